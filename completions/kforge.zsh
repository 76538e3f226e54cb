#compdef kforge

autoload -U is-at-least

_kforge() {
    typeset -A opt_args
    typeset -a _arguments_options
    local ret=1

    if is-at-least 5.2; then
        _arguments_options=(-s -S -C)
    else
        _arguments_options=(-s -C)
    fi

    local context curcontext="$curcontext" state line
    _arguments "${_arguments_options[@]}" : \
'-j+[Threads to use for parsing, transforming and writing (default\: one per core)]:JOBS:_default' \
'--jobs=[Threads to use for parsing, transforming and writing (default\: one per core)]:JOBS:_default' \
'--color=[Color output\: auto (when stderr is a terminal and NO_COLOR is unset), always or never]:WHEN:((auto\:"Color when stderr is a terminal and NO_COLOR is not set"
always\:"Always color (also into pipes and files)"
never\:"Never color"))' \
'(-v --verbose)-q[Print only results and errors\: no warnings, notes or progress]' \
'(-v --verbose)--quiet[Print only results and errors\: no warnings, notes or progress]' \
'*-v[Print more on stderr\: what is done and how long it took (repeat for more\: -vv)]' \
'*--verbose[Print more on stderr\: what is done and how long it took (repeat for more\: -vv)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_kforge_commands" \
"*::: :->kforge" \
&& ret=0
    case $state in
    (kforge)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:kforge-command-$line[1]:"
        case $line[1] in
            (build)
_arguments "${_arguments_options[@]}" : \
'-o+[Write to this file, or to one file per resource if it is a directory]:OUTPUT:_files' \
'--output=[Write to this file, or to one file per resource if it is a directory]:OUTPUT:_files' \
'--reorder=[Resource order\: '\''legacy'\'' (by kind) or '\''none'\'' (as loaded)]:REORDER:((legacy\:"By kind, as kustomize'\''s legacy order"
none\:"As loaded"
unspecified\:"The kustomization'\''s sortOptions, else legacy"))' \
'--load-restrictor=[Whether files outside the kustomization'\''s directory may be read]:LOAD_RESTRICTOR:((LoadRestrictionsRootOnly\:"Files must be in or below the kustomization'\''s directory"
LoadRestrictionsNone\:"Files may be anywhere"))' \
'--helm-command=[The helm binary to run for helmCharts (default\: helm on PATH)]:HELM_COMMAND:_default' \
'*--helm-api-versions=[API versions for helm'\''s Capabilities.APIVersions (for charts that set none)]:HELM_API_VERSIONS:_default' \
'--helm-kube-version=[Kubernetes version for helm'\''s Capabilities.KubeVersion (for charts that set none)]:HELM_KUBE_VERSION:_default' \
'*-e+[a list of environment variables to be used by functions (KEY=VALUE)]:ENV:_default' \
'*--env=[a list of environment variables to be used by functions (KEY=VALUE)]:ENV:_default' \
'*--mount=[a list of storage options read from the filesystem (container functions only)]:MOUNT:_default' \
'--network-name=[the docker network to run the container in (container functions only)]:NETWORK_NAME:_default' \
'--mirror=[Rewrite every image of the output to a regional mirror by this mirror map (docs/mirroring.md)]:MAP:_files' \
'(--mirror)--targets=[Render every target of this targets file (docs/targets.md), in parallel]:FILE:_files' \
'--target=[With --targets\: render only this target (to stdout, -o, or OUT/NAME/ with --output-dir)]:NAME:_default' \
'(-o --output)--output-dir=[With --targets\: write each target to OUT/<target>/manifest.yaml]:OUT:_files' \
'(-o --output --output-dir)--check=[Compare a fresh render with RENDERED (a file, an -o directory, or an --output-dir tree); exit 3 with a unified diff when they differ]:RENDERED:_files' \
'-j+[Threads to use for parsing, transforming and writing (default\: one per core)]:JOBS:_default' \
'--jobs=[Threads to use for parsing, transforming and writing (default\: one per core)]:JOBS:_default' \
'--color=[Color output\: auto (when stderr is a terminal and NO_COLOR is unset), always or never]:WHEN:((auto\:"Color when stderr is a terminal and NO_COLOR is not set"
always\:"Always color (also into pipes and files)"
never\:"Never color"))' \
'--enable-alpha-plugins[Enable kustomize plugins (runs external programs)]' \
'--enable-exec[Enable exec KRM functions (runs external programs)]' \
'--enable-helm[Enable helmCharts inflation with a helm binary]' \
'--helm-debug[Run helm template with --debug]' \
'--network[enable network access for functions that declare it (container functions only)]' \
'--as-current-user[use the uid and gid of the command executor to run the function in the container (container functions only)]' \
'--enable-managedby-label[Add app.kubernetes.io/managed-by to every resource]' \
'(-v --verbose)-q[Print only results and errors\: no warnings, notes or progress]' \
'(-v --verbose)--quiet[Print only results and errors\: no warnings, notes or progress]' \
'*-v[Print more on stderr\: what is done and how long it took (repeat for more\: -vv)]' \
'*--verbose[Print more on stderr\: what is done and how long it took (repeat for more\: -vv)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'::dir -- Directory holding kustomization.yaml (default\: current directory):_files' \
&& ret=0
;;
(edit)
_arguments "${_arguments_options[@]}" : \
'-j+[Threads to use for parsing, transforming and writing (default\: one per core)]:JOBS:_default' \
'--jobs=[Threads to use for parsing, transforming and writing (default\: one per core)]:JOBS:_default' \
'--color=[Color output\: auto (when stderr is a terminal and NO_COLOR is unset), always or never]:WHEN:((auto\:"Color when stderr is a terminal and NO_COLOR is not set"
always\:"Always color (also into pipes and files)"
never\:"Never color"))' \
'(-v --verbose)-q[Print only results and errors\: no warnings, notes or progress]' \
'(-v --verbose)--quiet[Print only results and errors\: no warnings, notes or progress]' \
'*-v[Print more on stderr\: what is done and how long it took (repeat for more\: -vv)]' \
'*--verbose[Print more on stderr\: what is done and how long it took (repeat for more\: -vv)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
":: :_kforge__subcmd__edit_commands" \
"*::: :->edit" \
&& ret=0

    case $state in
    (edit)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:kforge-edit-command-$line[1]:"
        case $line[1] in
            (add)
_arguments "${_arguments_options[@]}" : \
'-j+[Threads to use for parsing, transforming and writing (default\: one per core)]:JOBS:_default' \
'--jobs=[Threads to use for parsing, transforming and writing (default\: one per core)]:JOBS:_default' \
'--color=[Color output\: auto (when stderr is a terminal and NO_COLOR is unset), always or never]:WHEN:((auto\:"Color when stderr is a terminal and NO_COLOR is not set"
always\:"Always color (also into pipes and files)"
never\:"Never color"))' \
'(-v --verbose)-q[Print only results and errors\: no warnings, notes or progress]' \
'(-v --verbose)--quiet[Print only results and errors\: no warnings, notes or progress]' \
'*-v[Print more on stderr\: what is done and how long it took (repeat for more\: -vv)]' \
'*--verbose[Print more on stderr\: what is done and how long it took (repeat for more\: -vv)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
":: :_kforge__subcmd__edit__subcmd__add_commands" \
"*::: :->add" \
&& ret=0

    case $state in
    (add)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:kforge-edit-add-command-$line[1]:"
        case $line[1] in
            (resource)
_arguments "${_arguments_options[@]}" : \
'-j+[Threads to use for parsing, transforming and writing (default\: one per core)]:JOBS:_default' \
'--jobs=[Threads to use for parsing, transforming and writing (default\: one per core)]:JOBS:_default' \
'--color=[Color output\: auto (when stderr is a terminal and NO_COLOR is unset), always or never]:WHEN:((auto\:"Color when stderr is a terminal and NO_COLOR is not set"
always\:"Always color (also into pipes and files)"
never\:"Never color"))' \
'--no-verify[skip validation for resources]' \
'(-v --verbose)-q[Print only results and errors\: no warnings, notes or progress]' \
'(-v --verbose)--quiet[Print only results and errors\: no warnings, notes or progress]' \
'*-v[Print more on stderr\: what is done and how long it took (repeat for more\: -vv)]' \
'*--verbose[Print more on stderr\: what is done and how long it took (repeat for more\: -vv)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'*::paths:_default' \
&& ret=0
;;
(component)
_arguments "${_arguments_options[@]}" : \
'-j+[Threads to use for parsing, transforming and writing (default\: one per core)]:JOBS:_default' \
'--jobs=[Threads to use for parsing, transforming and writing (default\: one per core)]:JOBS:_default' \
'--color=[Color output\: auto (when stderr is a terminal and NO_COLOR is unset), always or never]:WHEN:((auto\:"Color when stderr is a terminal and NO_COLOR is not set"
always\:"Always color (also into pipes and files)"
never\:"Never color"))' \
'(-v --verbose)-q[Print only results and errors\: no warnings, notes or progress]' \
'(-v --verbose)--quiet[Print only results and errors\: no warnings, notes or progress]' \
'*-v[Print more on stderr\: what is done and how long it took (repeat for more\: -vv)]' \
'*--verbose[Print more on stderr\: what is done and how long it took (repeat for more\: -vv)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'*::paths:_default' \
&& ret=0
;;
(base)
_arguments "${_arguments_options[@]}" : \
'-j+[Threads to use for parsing, transforming and writing (default\: one per core)]:JOBS:_default' \
'--jobs=[Threads to use for parsing, transforming and writing (default\: one per core)]:JOBS:_default' \
'--color=[Color output\: auto (when stderr is a terminal and NO_COLOR is unset), always or never]:WHEN:((auto\:"Color when stderr is a terminal and NO_COLOR is not set"
always\:"Always color (also into pipes and files)"
never\:"Never color"))' \
'(-v --verbose)-q[Print only results and errors\: no warnings, notes or progress]' \
'(-v --verbose)--quiet[Print only results and errors\: no warnings, notes or progress]' \
'*-v[Print more on stderr\: what is done and how long it took (repeat for more\: -vv)]' \
'*--verbose[Print more on stderr\: what is done and how long it took (repeat for more\: -vv)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'*::args:_default' \
&& ret=0
;;
(patch)
_arguments "${_arguments_options[@]}" : \
'--path=[Path to the patch file. Cannot be used with --patch at the same time]:PATH:_default' \
'--patch=[Literal string of patch content. Cannot be used with --path at the same time]:PATCH:_default' \
'--group=[API group in patch target]:GROUP:_default' \
'--version=[API version in patch target]:VERSION:_default' \
'--kind=[Resource kind in patch target]:KIND:_default' \
'--name=[Resource name in patch target]:NAME:_default' \
'--namespace=[Resource namespace in patch target]:NAMESPACE:_default' \
'--annotation-selector=[annotationSelector in patch target]:ANNOTATION_SELECTOR:_default' \
'--label-selector=[labelSelector in patch target]:LABEL_SELECTOR:_default' \
'-j+[Threads to use for parsing, transforming and writing (default\: one per core)]:JOBS:_default' \
'--jobs=[Threads to use for parsing, transforming and writing (default\: one per core)]:JOBS:_default' \
'--color=[Color output\: auto (when stderr is a terminal and NO_COLOR is unset), always or never]:WHEN:((auto\:"Color when stderr is a terminal and NO_COLOR is not set"
always\:"Always color (also into pipes and files)"
never\:"Never color"))' \
'(-v --verbose)-q[Print only results and errors\: no warnings, notes or progress]' \
'(-v --verbose)--quiet[Print only results and errors\: no warnings, notes or progress]' \
'*-v[Print more on stderr\: what is done and how long it took (repeat for more\: -vv)]' \
'*--verbose[Print more on stderr\: what is done and how long it took (repeat for more\: -vv)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
&& ret=0
;;
(configmap)
_arguments "${_arguments_options[@]}" : \
'*--from-file=[\[key=\]source file (globs; a directory adds each file)]:FROM_FILE:_default' \
'*--from-literal=[key=value to insert]:FROM_LITERAL:_default' \
'--from-env-file=[File of key=value lines (a Docker .env file)]:FROM_ENV_FILE:_default' \
'--behavior=[create (default), merge or replace]:BEHAVIOR:_default' \
'--namespace=[Namespace of the generated object]:NAMESPACE:_default' \
'-j+[Threads to use for parsing, transforming and writing (default\: one per core)]:JOBS:_default' \
'--jobs=[Threads to use for parsing, transforming and writing (default\: one per core)]:JOBS:_default' \
'--color=[Color output\: auto (when stderr is a terminal and NO_COLOR is unset), always or never]:WHEN:((auto\:"Color when stderr is a terminal and NO_COLOR is not set"
always\:"Always color (also into pipes and files)"
never\:"Never color"))' \
'--disableNameSuffixHash[Disable the name suffix hash]' \
'(-v --verbose)-q[Print only results and errors\: no warnings, notes or progress]' \
'(-v --verbose)--quiet[Print only results and errors\: no warnings, notes or progress]' \
'*-v[Print more on stderr\: what is done and how long it took (repeat for more\: -vv)]' \
'*--verbose[Print more on stderr\: what is done and how long it took (repeat for more\: -vv)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'*::name -- NAME:_default' \
&& ret=0
;;
(secret)
_arguments "${_arguments_options[@]}" : \
'*--from-file=[\[key=\]source file (globs; a directory adds each file)]:FROM_FILE:_default' \
'*--from-literal=[key=value to insert]:FROM_LITERAL:_default' \
'--from-env-file=[File of key=value lines (a Docker .env file)]:FROM_ENV_FILE:_default' \
'--behavior=[create (default), merge or replace]:BEHAVIOR:_default' \
'--namespace=[Namespace of the generated object]:NAMESPACE:_default' \
'--type=[Secret type (Opaque, kubernetes.io/tls, ...)]:SECRET_TYPE:_default' \
'-j+[Threads to use for parsing, transforming and writing (default\: one per core)]:JOBS:_default' \
'--jobs=[Threads to use for parsing, transforming and writing (default\: one per core)]:JOBS:_default' \
'--color=[Color output\: auto (when stderr is a terminal and NO_COLOR is unset), always or never]:WHEN:((auto\:"Color when stderr is a terminal and NO_COLOR is not set"
always\:"Always color (also into pipes and files)"
never\:"Never color"))' \
'--disableNameSuffixHash[Disable the name suffix hash]' \
'(-v --verbose)-q[Print only results and errors\: no warnings, notes or progress]' \
'(-v --verbose)--quiet[Print only results and errors\: no warnings, notes or progress]' \
'*-v[Print more on stderr\: what is done and how long it took (repeat for more\: -vv)]' \
'*--verbose[Print more on stderr\: what is done and how long it took (repeat for more\: -vv)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'*::name -- NAME:_default' \
&& ret=0
;;
(label)
_arguments "${_arguments_options[@]}" : \
'-j+[Threads to use for parsing, transforming and writing (default\: one per core)]:JOBS:_default' \
'--jobs=[Threads to use for parsing, transforming and writing (default\: one per core)]:JOBS:_default' \
'--color=[Color output\: auto (when stderr is a terminal and NO_COLOR is unset), always or never]:WHEN:((auto\:"Color when stderr is a terminal and NO_COLOR is not set"
always\:"Always color (also into pipes and files)"
never\:"Never color"))' \
'-f[overwrite commonLabel if it already exists]' \
'--force[overwrite commonLabel if it already exists]' \
'--without-selector[add to labels without selectors instead of commonLabels]' \
'--include-templates[include labels in templates (requires --without-selector)]' \
'(-v --verbose)-q[Print only results and errors\: no warnings, notes or progress]' \
'(-v --verbose)--quiet[Print only results and errors\: no warnings, notes or progress]' \
'*-v[Print more on stderr\: what is done and how long it took (repeat for more\: -vv)]' \
'*--verbose[Print more on stderr\: what is done and how long it took (repeat for more\: -vv)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'*::args:_default' \
&& ret=0
;;
(annotation)
_arguments "${_arguments_options[@]}" : \
'-j+[Threads to use for parsing, transforming and writing (default\: one per core)]:JOBS:_default' \
'--jobs=[Threads to use for parsing, transforming and writing (default\: one per core)]:JOBS:_default' \
'--color=[Color output\: auto (when stderr is a terminal and NO_COLOR is unset), always or never]:WHEN:((auto\:"Color when stderr is a terminal and NO_COLOR is not set"
always\:"Always color (also into pipes and files)"
never\:"Never color"))' \
'-f[overwrite commonAnnotation if it already exists]' \
'--force[overwrite commonAnnotation if it already exists]' \
'(-v --verbose)-q[Print only results and errors\: no warnings, notes or progress]' \
'(-v --verbose)--quiet[Print only results and errors\: no warnings, notes or progress]' \
'*-v[Print more on stderr\: what is done and how long it took (repeat for more\: -vv)]' \
'*--verbose[Print more on stderr\: what is done and how long it took (repeat for more\: -vv)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'*::args:_default' \
&& ret=0
;;
(transformer)
_arguments "${_arguments_options[@]}" : \
'-j+[Threads to use for parsing, transforming and writing (default\: one per core)]:JOBS:_default' \
'--jobs=[Threads to use for parsing, transforming and writing (default\: one per core)]:JOBS:_default' \
'--color=[Color output\: auto (when stderr is a terminal and NO_COLOR is unset), always or never]:WHEN:((auto\:"Color when stderr is a terminal and NO_COLOR is not set"
always\:"Always color (also into pipes and files)"
never\:"Never color"))' \
'(-v --verbose)-q[Print only results and errors\: no warnings, notes or progress]' \
'(-v --verbose)--quiet[Print only results and errors\: no warnings, notes or progress]' \
'*-v[Print more on stderr\: what is done and how long it took (repeat for more\: -vv)]' \
'*--verbose[Print more on stderr\: what is done and how long it took (repeat for more\: -vv)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'*::paths:_default' \
&& ret=0
;;
(generator)
_arguments "${_arguments_options[@]}" : \
'-j+[Threads to use for parsing, transforming and writing (default\: one per core)]:JOBS:_default' \
'--jobs=[Threads to use for parsing, transforming and writing (default\: one per core)]:JOBS:_default' \
'--color=[Color output\: auto (when stderr is a terminal and NO_COLOR is unset), always or never]:WHEN:((auto\:"Color when stderr is a terminal and NO_COLOR is not set"
always\:"Always color (also into pipes and files)"
never\:"Never color"))' \
'(-v --verbose)-q[Print only results and errors\: no warnings, notes or progress]' \
'(-v --verbose)--quiet[Print only results and errors\: no warnings, notes or progress]' \
'*-v[Print more on stderr\: what is done and how long it took (repeat for more\: -vv)]' \
'*--verbose[Print more on stderr\: what is done and how long it took (repeat for more\: -vv)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'*::paths:_default' \
&& ret=0
;;
(buildmetadata)
_arguments "${_arguments_options[@]}" : \
'-j+[Threads to use for parsing, transforming and writing (default\: one per core)]:JOBS:_default' \
'--jobs=[Threads to use for parsing, transforming and writing (default\: one per core)]:JOBS:_default' \
'--color=[Color output\: auto (when stderr is a terminal and NO_COLOR is unset), always or never]:WHEN:((auto\:"Color when stderr is a terminal and NO_COLOR is not set"
always\:"Always color (also into pipes and files)"
never\:"Never color"))' \
'(-v --verbose)-q[Print only results and errors\: no warnings, notes or progress]' \
'(-v --verbose)--quiet[Print only results and errors\: no warnings, notes or progress]' \
'*-v[Print more on stderr\: what is done and how long it took (repeat for more\: -vv)]' \
'*--verbose[Print more on stderr\: what is done and how long it took (repeat for more\: -vv)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'*::args:_default' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_kforge__subcmd__edit__subcmd__add__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:kforge-edit-add-help-command-$line[1]:"
        case $line[1] in
            (resource)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(component)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(base)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(patch)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(configmap)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(secret)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(label)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(annotation)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(transformer)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(generator)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(buildmetadata)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(set)
_arguments "${_arguments_options[@]}" : \
'-j+[Threads to use for parsing, transforming and writing (default\: one per core)]:JOBS:_default' \
'--jobs=[Threads to use for parsing, transforming and writing (default\: one per core)]:JOBS:_default' \
'--color=[Color output\: auto (when stderr is a terminal and NO_COLOR is unset), always or never]:WHEN:((auto\:"Color when stderr is a terminal and NO_COLOR is not set"
always\:"Always color (also into pipes and files)"
never\:"Never color"))' \
'(-v --verbose)-q[Print only results and errors\: no warnings, notes or progress]' \
'(-v --verbose)--quiet[Print only results and errors\: no warnings, notes or progress]' \
'*-v[Print more on stderr\: what is done and how long it took (repeat for more\: -vv)]' \
'*--verbose[Print more on stderr\: what is done and how long it took (repeat for more\: -vv)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
":: :_kforge__subcmd__edit__subcmd__set_commands" \
"*::: :->set" \
&& ret=0

    case $state in
    (set)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:kforge-edit-set-command-$line[1]:"
        case $line[1] in
            (image)
_arguments "${_arguments_options[@]}" : \
'-j+[Threads to use for parsing, transforming and writing (default\: one per core)]:JOBS:_default' \
'--jobs=[Threads to use for parsing, transforming and writing (default\: one per core)]:JOBS:_default' \
'--color=[Color output\: auto (when stderr is a terminal and NO_COLOR is unset), always or never]:WHEN:((auto\:"Color when stderr is a terminal and NO_COLOR is not set"
always\:"Always color (also into pipes and files)"
never\:"Never color"))' \
'(-v --verbose)-q[Print only results and errors\: no warnings, notes or progress]' \
'(-v --verbose)--quiet[Print only results and errors\: no warnings, notes or progress]' \
'*-v[Print more on stderr\: what is done and how long it took (repeat for more\: -vv)]' \
'*--verbose[Print more on stderr\: what is done and how long it took (repeat for more\: -vv)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'*::images:_default' \
&& ret=0
;;
(namespace)
_arguments "${_arguments_options[@]}" : \
'-j+[Threads to use for parsing, transforming and writing (default\: one per core)]:JOBS:_default' \
'--jobs=[Threads to use for parsing, transforming and writing (default\: one per core)]:JOBS:_default' \
'--color=[Color output\: auto (when stderr is a terminal and NO_COLOR is unset), always or never]:WHEN:((auto\:"Color when stderr is a terminal and NO_COLOR is not set"
always\:"Always color (also into pipes and files)"
never\:"Never color"))' \
'(-v --verbose)-q[Print only results and errors\: no warnings, notes or progress]' \
'(-v --verbose)--quiet[Print only results and errors\: no warnings, notes or progress]' \
'*-v[Print more on stderr\: what is done and how long it took (repeat for more\: -vv)]' \
'*--verbose[Print more on stderr\: what is done and how long it took (repeat for more\: -vv)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'*::args:_default' \
&& ret=0
;;
(nameprefix)
_arguments "${_arguments_options[@]}" : \
'-j+[Threads to use for parsing, transforming and writing (default\: one per core)]:JOBS:_default' \
'--jobs=[Threads to use for parsing, transforming and writing (default\: one per core)]:JOBS:_default' \
'--color=[Color output\: auto (when stderr is a terminal and NO_COLOR is unset), always or never]:WHEN:((auto\:"Color when stderr is a terminal and NO_COLOR is not set"
always\:"Always color (also into pipes and files)"
never\:"Never color"))' \
'(-v --verbose)-q[Print only results and errors\: no warnings, notes or progress]' \
'(-v --verbose)--quiet[Print only results and errors\: no warnings, notes or progress]' \
'*-v[Print more on stderr\: what is done and how long it took (repeat for more\: -vv)]' \
'*--verbose[Print more on stderr\: what is done and how long it took (repeat for more\: -vv)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'*::args:_default' \
&& ret=0
;;
(namesuffix)
_arguments "${_arguments_options[@]}" : \
'-j+[Threads to use for parsing, transforming and writing (default\: one per core)]:JOBS:_default' \
'--jobs=[Threads to use for parsing, transforming and writing (default\: one per core)]:JOBS:_default' \
'--color=[Color output\: auto (when stderr is a terminal and NO_COLOR is unset), always or never]:WHEN:((auto\:"Color when stderr is a terminal and NO_COLOR is not set"
always\:"Always color (also into pipes and files)"
never\:"Never color"))' \
'(-v --verbose)-q[Print only results and errors\: no warnings, notes or progress]' \
'(-v --verbose)--quiet[Print only results and errors\: no warnings, notes or progress]' \
'*-v[Print more on stderr\: what is done and how long it took (repeat for more\: -vv)]' \
'*--verbose[Print more on stderr\: what is done and how long it took (repeat for more\: -vv)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'*::args:_default' \
&& ret=0
;;
(label)
_arguments "${_arguments_options[@]}" : \
'-j+[Threads to use for parsing, transforming and writing (default\: one per core)]:JOBS:_default' \
'--jobs=[Threads to use for parsing, transforming and writing (default\: one per core)]:JOBS:_default' \
'--color=[Color output\: auto (when stderr is a terminal and NO_COLOR is unset), always or never]:WHEN:((auto\:"Color when stderr is a terminal and NO_COLOR is not set"
always\:"Always color (also into pipes and files)"
never\:"Never color"))' \
'(-v --verbose)-q[Print only results and errors\: no warnings, notes or progress]' \
'(-v --verbose)--quiet[Print only results and errors\: no warnings, notes or progress]' \
'*-v[Print more on stderr\: what is done and how long it took (repeat for more\: -vv)]' \
'*--verbose[Print more on stderr\: what is done and how long it took (repeat for more\: -vv)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'*::args:_default' \
&& ret=0
;;
(annotation)
_arguments "${_arguments_options[@]}" : \
'-j+[Threads to use for parsing, transforming and writing (default\: one per core)]:JOBS:_default' \
'--jobs=[Threads to use for parsing, transforming and writing (default\: one per core)]:JOBS:_default' \
'--color=[Color output\: auto (when stderr is a terminal and NO_COLOR is unset), always or never]:WHEN:((auto\:"Color when stderr is a terminal and NO_COLOR is not set"
always\:"Always color (also into pipes and files)"
never\:"Never color"))' \
'(-v --verbose)-q[Print only results and errors\: no warnings, notes or progress]' \
'(-v --verbose)--quiet[Print only results and errors\: no warnings, notes or progress]' \
'*-v[Print more on stderr\: what is done and how long it took (repeat for more\: -vv)]' \
'*--verbose[Print more on stderr\: what is done and how long it took (repeat for more\: -vv)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'*::args:_default' \
&& ret=0
;;
(replicas)
_arguments "${_arguments_options[@]}" : \
'-j+[Threads to use for parsing, transforming and writing (default\: one per core)]:JOBS:_default' \
'--jobs=[Threads to use for parsing, transforming and writing (default\: one per core)]:JOBS:_default' \
'--color=[Color output\: auto (when stderr is a terminal and NO_COLOR is unset), always or never]:WHEN:((auto\:"Color when stderr is a terminal and NO_COLOR is not set"
always\:"Always color (also into pipes and files)"
never\:"Never color"))' \
'(-v --verbose)-q[Print only results and errors\: no warnings, notes or progress]' \
'(-v --verbose)--quiet[Print only results and errors\: no warnings, notes or progress]' \
'*-v[Print more on stderr\: what is done and how long it took (repeat for more\: -vv)]' \
'*--verbose[Print more on stderr\: what is done and how long it took (repeat for more\: -vv)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'*::args:_default' \
&& ret=0
;;
(buildmetadata)
_arguments "${_arguments_options[@]}" : \
'-j+[Threads to use for parsing, transforming and writing (default\: one per core)]:JOBS:_default' \
'--jobs=[Threads to use for parsing, transforming and writing (default\: one per core)]:JOBS:_default' \
'--color=[Color output\: auto (when stderr is a terminal and NO_COLOR is unset), always or never]:WHEN:((auto\:"Color when stderr is a terminal and NO_COLOR is not set"
always\:"Always color (also into pipes and files)"
never\:"Never color"))' \
'(-v --verbose)-q[Print only results and errors\: no warnings, notes or progress]' \
'(-v --verbose)--quiet[Print only results and errors\: no warnings, notes or progress]' \
'*-v[Print more on stderr\: what is done and how long it took (repeat for more\: -vv)]' \
'*--verbose[Print more on stderr\: what is done and how long it took (repeat for more\: -vv)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'*::args:_default' \
&& ret=0
;;
(configmap)
_arguments "${_arguments_options[@]}" : \
'*--from-literal=[An existing key and its new value (key=value)]:FROM_LITERAL:_default' \
'--namespace=[Current namespace of the entry (default\: default)]:NAMESPACE:_default' \
'--new-namespace=[New namespace for the entry]:NEW_NAMESPACE:_default' \
'-j+[Threads to use for parsing, transforming and writing (default\: one per core)]:JOBS:_default' \
'--jobs=[Threads to use for parsing, transforming and writing (default\: one per core)]:JOBS:_default' \
'--color=[Color output\: auto (when stderr is a terminal and NO_COLOR is unset), always or never]:WHEN:((auto\:"Color when stderr is a terminal and NO_COLOR is not set"
always\:"Always color (also into pipes and files)"
never\:"Never color"))' \
'(-v --verbose)-q[Print only results and errors\: no warnings, notes or progress]' \
'(-v --verbose)--quiet[Print only results and errors\: no warnings, notes or progress]' \
'*-v[Print more on stderr\: what is done and how long it took (repeat for more\: -vv)]' \
'*--verbose[Print more on stderr\: what is done and how long it took (repeat for more\: -vv)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'*::name -- NAME:_default' \
&& ret=0
;;
(secret)
_arguments "${_arguments_options[@]}" : \
'*--from-literal=[An existing key and its new value (key=value)]:FROM_LITERAL:_default' \
'--namespace=[Current namespace of the entry (default\: default)]:NAMESPACE:_default' \
'--new-namespace=[New namespace for the entry]:NEW_NAMESPACE:_default' \
'-j+[Threads to use for parsing, transforming and writing (default\: one per core)]:JOBS:_default' \
'--jobs=[Threads to use for parsing, transforming and writing (default\: one per core)]:JOBS:_default' \
'--color=[Color output\: auto (when stderr is a terminal and NO_COLOR is unset), always or never]:WHEN:((auto\:"Color when stderr is a terminal and NO_COLOR is not set"
always\:"Always color (also into pipes and files)"
never\:"Never color"))' \
'(-v --verbose)-q[Print only results and errors\: no warnings, notes or progress]' \
'(-v --verbose)--quiet[Print only results and errors\: no warnings, notes or progress]' \
'*-v[Print more on stderr\: what is done and how long it took (repeat for more\: -vv)]' \
'*--verbose[Print more on stderr\: what is done and how long it took (repeat for more\: -vv)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'*::name -- NAME:_default' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_kforge__subcmd__edit__subcmd__set__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:kforge-edit-set-help-command-$line[1]:"
        case $line[1] in
            (image)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(namespace)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(nameprefix)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(namesuffix)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(label)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(annotation)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(replicas)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(buildmetadata)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(configmap)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(secret)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(remove)
_arguments "${_arguments_options[@]}" : \
'-j+[Threads to use for parsing, transforming and writing (default\: one per core)]:JOBS:_default' \
'--jobs=[Threads to use for parsing, transforming and writing (default\: one per core)]:JOBS:_default' \
'--color=[Color output\: auto (when stderr is a terminal and NO_COLOR is unset), always or never]:WHEN:((auto\:"Color when stderr is a terminal and NO_COLOR is not set"
always\:"Always color (also into pipes and files)"
never\:"Never color"))' \
'(-v --verbose)-q[Print only results and errors\: no warnings, notes or progress]' \
'(-v --verbose)--quiet[Print only results and errors\: no warnings, notes or progress]' \
'*-v[Print more on stderr\: what is done and how long it took (repeat for more\: -vv)]' \
'*--verbose[Print more on stderr\: what is done and how long it took (repeat for more\: -vv)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
":: :_kforge__subcmd__edit__subcmd__remove_commands" \
"*::: :->remove" \
&& ret=0

    case $state in
    (remove)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:kforge-edit-remove-command-$line[1]:"
        case $line[1] in
            (resource)
_arguments "${_arguments_options[@]}" : \
'-j+[Threads to use for parsing, transforming and writing (default\: one per core)]:JOBS:_default' \
'--jobs=[Threads to use for parsing, transforming and writing (default\: one per core)]:JOBS:_default' \
'--color=[Color output\: auto (when stderr is a terminal and NO_COLOR is unset), always or never]:WHEN:((auto\:"Color when stderr is a terminal and NO_COLOR is not set"
always\:"Always color (also into pipes and files)"
never\:"Never color"))' \
'(-v --verbose)-q[Print only results and errors\: no warnings, notes or progress]' \
'(-v --verbose)--quiet[Print only results and errors\: no warnings, notes or progress]' \
'*-v[Print more on stderr\: what is done and how long it took (repeat for more\: -vv)]' \
'*--verbose[Print more on stderr\: what is done and how long it took (repeat for more\: -vv)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'*::paths:_default' \
&& ret=0
;;
(component)
_arguments "${_arguments_options[@]}" : \
'-j+[Threads to use for parsing, transforming and writing (default\: one per core)]:JOBS:_default' \
'--jobs=[Threads to use for parsing, transforming and writing (default\: one per core)]:JOBS:_default' \
'--color=[Color output\: auto (when stderr is a terminal and NO_COLOR is unset), always or never]:WHEN:((auto\:"Color when stderr is a terminal and NO_COLOR is not set"
always\:"Always color (also into pipes and files)"
never\:"Never color"))' \
'(-v --verbose)-q[Print only results and errors\: no warnings, notes or progress]' \
'(-v --verbose)--quiet[Print only results and errors\: no warnings, notes or progress]' \
'*-v[Print more on stderr\: what is done and how long it took (repeat for more\: -vv)]' \
'*--verbose[Print more on stderr\: what is done and how long it took (repeat for more\: -vv)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'*::paths:_default' \
&& ret=0
;;
(patch)
_arguments "${_arguments_options[@]}" : \
'--path=[Path to the patch file. Cannot be used with --patch at the same time]:PATH:_default' \
'--patch=[Literal string of patch content. Cannot be used with --path at the same time]:PATCH:_default' \
'--group=[API group in patch target]:GROUP:_default' \
'--version=[API version in patch target]:VERSION:_default' \
'--kind=[Resource kind in patch target]:KIND:_default' \
'--name=[Resource name in patch target]:NAME:_default' \
'--namespace=[Resource namespace in patch target]:NAMESPACE:_default' \
'--annotation-selector=[annotationSelector in patch target]:ANNOTATION_SELECTOR:_default' \
'--label-selector=[labelSelector in patch target]:LABEL_SELECTOR:_default' \
'-j+[Threads to use for parsing, transforming and writing (default\: one per core)]:JOBS:_default' \
'--jobs=[Threads to use for parsing, transforming and writing (default\: one per core)]:JOBS:_default' \
'--color=[Color output\: auto (when stderr is a terminal and NO_COLOR is unset), always or never]:WHEN:((auto\:"Color when stderr is a terminal and NO_COLOR is not set"
always\:"Always color (also into pipes and files)"
never\:"Never color"))' \
'(-v --verbose)-q[Print only results and errors\: no warnings, notes or progress]' \
'(-v --verbose)--quiet[Print only results and errors\: no warnings, notes or progress]' \
'*-v[Print more on stderr\: what is done and how long it took (repeat for more\: -vv)]' \
'*--verbose[Print more on stderr\: what is done and how long it took (repeat for more\: -vv)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
&& ret=0
;;
(label)
_arguments "${_arguments_options[@]}" : \
'-j+[Threads to use for parsing, transforming and writing (default\: one per core)]:JOBS:_default' \
'--jobs=[Threads to use for parsing, transforming and writing (default\: one per core)]:JOBS:_default' \
'--color=[Color output\: auto (when stderr is a terminal and NO_COLOR is unset), always or never]:WHEN:((auto\:"Color when stderr is a terminal and NO_COLOR is not set"
always\:"Always color (also into pipes and files)"
never\:"Never color"))' \
'-i[ignore error if the given label doesn'\''t exist]' \
'--ignore-non-existence[ignore error if the given label doesn'\''t exist]' \
'(-v --verbose)-q[Print only results and errors\: no warnings, notes or progress]' \
'(-v --verbose)--quiet[Print only results and errors\: no warnings, notes or progress]' \
'*-v[Print more on stderr\: what is done and how long it took (repeat for more\: -vv)]' \
'*--verbose[Print more on stderr\: what is done and how long it took (repeat for more\: -vv)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'*::args:_default' \
&& ret=0
;;
(annotation)
_arguments "${_arguments_options[@]}" : \
'-j+[Threads to use for parsing, transforming and writing (default\: one per core)]:JOBS:_default' \
'--jobs=[Threads to use for parsing, transforming and writing (default\: one per core)]:JOBS:_default' \
'--color=[Color output\: auto (when stderr is a terminal and NO_COLOR is unset), always or never]:WHEN:((auto\:"Color when stderr is a terminal and NO_COLOR is not set"
always\:"Always color (also into pipes and files)"
never\:"Never color"))' \
'-i[ignore error if the given annotation doesn'\''t exist]' \
'--ignore-non-existence[ignore error if the given annotation doesn'\''t exist]' \
'(-v --verbose)-q[Print only results and errors\: no warnings, notes or progress]' \
'(-v --verbose)--quiet[Print only results and errors\: no warnings, notes or progress]' \
'*-v[Print more on stderr\: what is done and how long it took (repeat for more\: -vv)]' \
'*--verbose[Print more on stderr\: what is done and how long it took (repeat for more\: -vv)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'*::args:_default' \
&& ret=0
;;
(transformer)
_arguments "${_arguments_options[@]}" : \
'-j+[Threads to use for parsing, transforming and writing (default\: one per core)]:JOBS:_default' \
'--jobs=[Threads to use for parsing, transforming and writing (default\: one per core)]:JOBS:_default' \
'--color=[Color output\: auto (when stderr is a terminal and NO_COLOR is unset), always or never]:WHEN:((auto\:"Color when stderr is a terminal and NO_COLOR is not set"
always\:"Always color (also into pipes and files)"
never\:"Never color"))' \
'(-v --verbose)-q[Print only results and errors\: no warnings, notes or progress]' \
'(-v --verbose)--quiet[Print only results and errors\: no warnings, notes or progress]' \
'*-v[Print more on stderr\: what is done and how long it took (repeat for more\: -vv)]' \
'*--verbose[Print more on stderr\: what is done and how long it took (repeat for more\: -vv)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'*::paths:_default' \
&& ret=0
;;
(configmap)
_arguments "${_arguments_options[@]}" : \
'--namespace=[Namespace to remove ConfigMap(s) from]:NAMESPACE:_default' \
'-j+[Threads to use for parsing, transforming and writing (default\: one per core)]:JOBS:_default' \
'--jobs=[Threads to use for parsing, transforming and writing (default\: one per core)]:JOBS:_default' \
'--color=[Color output\: auto (when stderr is a terminal and NO_COLOR is unset), always or never]:WHEN:((auto\:"Color when stderr is a terminal and NO_COLOR is not set"
always\:"Always color (also into pipes and files)"
never\:"Never color"))' \
'(-v --verbose)-q[Print only results and errors\: no warnings, notes or progress]' \
'(-v --verbose)--quiet[Print only results and errors\: no warnings, notes or progress]' \
'*-v[Print more on stderr\: what is done and how long it took (repeat for more\: -vv)]' \
'*--verbose[Print more on stderr\: what is done and how long it took (repeat for more\: -vv)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'*::args:_default' \
&& ret=0
;;
(secret)
_arguments "${_arguments_options[@]}" : \
'--namespace=[Namespace to remove Secret(s) from]:NAMESPACE:_default' \
'-j+[Threads to use for parsing, transforming and writing (default\: one per core)]:JOBS:_default' \
'--jobs=[Threads to use for parsing, transforming and writing (default\: one per core)]:JOBS:_default' \
'--color=[Color output\: auto (when stderr is a terminal and NO_COLOR is unset), always or never]:WHEN:((auto\:"Color when stderr is a terminal and NO_COLOR is not set"
always\:"Always color (also into pipes and files)"
never\:"Never color"))' \
'(-v --verbose)-q[Print only results and errors\: no warnings, notes or progress]' \
'(-v --verbose)--quiet[Print only results and errors\: no warnings, notes or progress]' \
'*-v[Print more on stderr\: what is done and how long it took (repeat for more\: -vv)]' \
'*--verbose[Print more on stderr\: what is done and how long it took (repeat for more\: -vv)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'*::args:_default' \
&& ret=0
;;
(buildmetadata)
_arguments "${_arguments_options[@]}" : \
'-j+[Threads to use for parsing, transforming and writing (default\: one per core)]:JOBS:_default' \
'--jobs=[Threads to use for parsing, transforming and writing (default\: one per core)]:JOBS:_default' \
'--color=[Color output\: auto (when stderr is a terminal and NO_COLOR is unset), always or never]:WHEN:((auto\:"Color when stderr is a terminal and NO_COLOR is not set"
always\:"Always color (also into pipes and files)"
never\:"Never color"))' \
'(-v --verbose)-q[Print only results and errors\: no warnings, notes or progress]' \
'(-v --verbose)--quiet[Print only results and errors\: no warnings, notes or progress]' \
'*-v[Print more on stderr\: what is done and how long it took (repeat for more\: -vv)]' \
'*--verbose[Print more on stderr\: what is done and how long it took (repeat for more\: -vv)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'*::args:_default' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_kforge__subcmd__edit__subcmd__remove__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:kforge-edit-remove-help-command-$line[1]:"
        case $line[1] in
            (resource)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(component)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(patch)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(label)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(annotation)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(transformer)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(configmap)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(secret)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(buildmetadata)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(fix)
_arguments "${_arguments_options[@]}" : \
'-j+[Threads to use for parsing, transforming and writing (default\: one per core)]:JOBS:_default' \
'--jobs=[Threads to use for parsing, transforming and writing (default\: one per core)]:JOBS:_default' \
'--color=[Color output\: auto (when stderr is a terminal and NO_COLOR is unset), always or never]:WHEN:((auto\:"Color when stderr is a terminal and NO_COLOR is not set"
always\:"Always color (also into pipes and files)"
never\:"Never color"))' \
'--vars[Also convert vars to replacements (rewrites \$(NAME) in the files they touch)]' \
'(-v --verbose)-q[Print only results and errors\: no warnings, notes or progress]' \
'(-v --verbose)--quiet[Print only results and errors\: no warnings, notes or progress]' \
'*-v[Print more on stderr\: what is done and how long it took (repeat for more\: -vv)]' \
'*--verbose[Print more on stderr\: what is done and how long it took (repeat for more\: -vv)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
&& ret=0
;;
(alpha-list-builtin-plugin)
_arguments "${_arguments_options[@]}" : \
'-j+[Threads to use for parsing, transforming and writing (default\: one per core)]:JOBS:_default' \
'--jobs=[Threads to use for parsing, transforming and writing (default\: one per core)]:JOBS:_default' \
'--color=[Color output\: auto (when stderr is a terminal and NO_COLOR is unset), always or never]:WHEN:((auto\:"Color when stderr is a terminal and NO_COLOR is not set"
always\:"Always color (also into pipes and files)"
never\:"Never color"))' \
'(-v --verbose)-q[Print only results and errors\: no warnings, notes or progress]' \
'(-v --verbose)--quiet[Print only results and errors\: no warnings, notes or progress]' \
'*-v[Print more on stderr\: what is done and how long it took (repeat for more\: -vv)]' \
'*--verbose[Print more on stderr\: what is done and how long it took (repeat for more\: -vv)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
&& ret=0
;;
(listbuiltin)
_arguments "${_arguments_options[@]}" : \
'-j+[Threads to use for parsing, transforming and writing (default\: one per core)]:JOBS:_default' \
'--jobs=[Threads to use for parsing, transforming and writing (default\: one per core)]:JOBS:_default' \
'--color=[Color output\: auto (when stderr is a terminal and NO_COLOR is unset), always or never]:WHEN:((auto\:"Color when stderr is a terminal and NO_COLOR is not set"
always\:"Always color (also into pipes and files)"
never\:"Never color"))' \
'(-v --verbose)-q[Print only results and errors\: no warnings, notes or progress]' \
'(-v --verbose)--quiet[Print only results and errors\: no warnings, notes or progress]' \
'*-v[Print more on stderr\: what is done and how long it took (repeat for more\: -vv)]' \
'*--verbose[Print more on stderr\: what is done and how long it took (repeat for more\: -vv)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_kforge__subcmd__edit__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:kforge-edit-help-command-$line[1]:"
        case $line[1] in
            (add)
_arguments "${_arguments_options[@]}" : \
":: :_kforge__subcmd__edit__subcmd__help__subcmd__add_commands" \
"*::: :->add" \
&& ret=0

    case $state in
    (add)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:kforge-edit-help-add-command-$line[1]:"
        case $line[1] in
            (resource)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(component)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(base)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(patch)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(configmap)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(secret)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(label)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(annotation)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(transformer)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(generator)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(buildmetadata)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(set)
_arguments "${_arguments_options[@]}" : \
":: :_kforge__subcmd__edit__subcmd__help__subcmd__set_commands" \
"*::: :->set" \
&& ret=0

    case $state in
    (set)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:kforge-edit-help-set-command-$line[1]:"
        case $line[1] in
            (image)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(namespace)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(nameprefix)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(namesuffix)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(label)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(annotation)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(replicas)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(buildmetadata)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(configmap)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(secret)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(remove)
_arguments "${_arguments_options[@]}" : \
":: :_kforge__subcmd__edit__subcmd__help__subcmd__remove_commands" \
"*::: :->remove" \
&& ret=0

    case $state in
    (remove)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:kforge-edit-help-remove-command-$line[1]:"
        case $line[1] in
            (resource)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(component)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(patch)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(label)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(annotation)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(transformer)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(configmap)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(secret)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(buildmetadata)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(fix)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(alpha-list-builtin-plugin)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(create)
_arguments "${_arguments_options[@]}" : \
'--resources=[Name of a file containing a file to add to the kustomization file (comma separated, globs)]:RESOURCES:_default' \
'--namespace=[Set the value of the namespace field in the kustomization file]:NAMESPACE:_default' \
'--annotations=[Add one or more common annotations (k\:v,k2\:v2)]:ANNOTATIONS:_default' \
'--labels=[Add one or more common labels (k\:v,k2\:v2)]:LABELS:_default' \
'--nameprefix=[Sets the value of the namePrefix field in the kustomization file]:NAMEPREFIX:_default' \
'--namesuffix=[Sets the value of the nameSuffix field in the kustomization file]:NAMESUFFIX:_default' \
'-j+[Threads to use for parsing, transforming and writing (default\: one per core)]:JOBS:_default' \
'--jobs=[Threads to use for parsing, transforming and writing (default\: one per core)]:JOBS:_default' \
'--color=[Color output\: auto (when stderr is a terminal and NO_COLOR is unset), always or never]:WHEN:((auto\:"Color when stderr is a terminal and NO_COLOR is not set"
always\:"Always color (also into pipes and files)"
never\:"Never color"))' \
'--autodetect[Search for kubernetes resources in the current directory to be added to the kustomization file]' \
'--recursive[Enable recursive directory searching for resource auto-detection]' \
'(-v --verbose)-q[Print only results and errors\: no warnings, notes or progress]' \
'(-v --verbose)--quiet[Print only results and errors\: no warnings, notes or progress]' \
'*-v[Print more on stderr\: what is done and how long it took (repeat for more\: -vv)]' \
'*--verbose[Print more on stderr\: what is done and how long it took (repeat for more\: -vv)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
&& ret=0
;;
(init)
_arguments "${_arguments_options[@]}" : \
'--resources=[Name of a file containing a file to add to the kustomization file (comma separated, globs)]:RESOURCES:_default' \
'--namespace=[Set the value of the namespace field in the kustomization file]:NAMESPACE:_default' \
'--annotations=[Add one or more common annotations (k\:v,k2\:v2)]:ANNOTATIONS:_default' \
'--labels=[Add one or more common labels (k\:v,k2\:v2)]:LABELS:_default' \
'--nameprefix=[Sets the value of the namePrefix field in the kustomization file]:NAMEPREFIX:_default' \
'--namesuffix=[Sets the value of the nameSuffix field in the kustomization file]:NAMESUFFIX:_default' \
'-j+[Threads to use for parsing, transforming and writing (default\: one per core)]:JOBS:_default' \
'--jobs=[Threads to use for parsing, transforming and writing (default\: one per core)]:JOBS:_default' \
'--color=[Color output\: auto (when stderr is a terminal and NO_COLOR is unset), always or never]:WHEN:((auto\:"Color when stderr is a terminal and NO_COLOR is not set"
always\:"Always color (also into pipes and files)"
never\:"Never color"))' \
'--autodetect[Search for kubernetes resources in the current directory to be added to the kustomization file]' \
'--recursive[Enable recursive directory searching for resource auto-detection]' \
'(-v --verbose)-q[Print only results and errors\: no warnings, notes or progress]' \
'(-v --verbose)--quiet[Print only results and errors\: no warnings, notes or progress]' \
'*-v[Print more on stderr\: what is done and how long it took (repeat for more\: -vv)]' \
'*--verbose[Print more on stderr\: what is done and how long it took (repeat for more\: -vv)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
&& ret=0
;;
(localize)
_arguments "${_arguments_options[@]}" : \
'--scope=[Vendoring\: directory localize may read from; DEST mirrors it (local targets only; default\: TARGET)]:SCOPE:_files' \
'--mirror=[Rewrite every image by this mirror map (docs/mirroring.md)]:MAP:_files' \
'-o+[Where to write the localized target (a directory, or a .tgz for charts)]:OUT:_files' \
'--output=[Where to write the localized target (a directory, or a .tgz for charts)]:OUT:_files' \
'-f+[Filter a manifest stream instead\: a file, or - for stdin; writes to stdout]:FILE:_default' \
'--filename=[Filter a manifest stream instead\: a file, or - for stdin; writes to stdout]:FILE:_default' \
'--helm-command=[The helm binary (default\: helm on PATH)]:HELM_COMMAND:_default' \
'-j+[Threads to use for parsing, transforming and writing (default\: one per core)]:JOBS:_default' \
'--jobs=[Threads to use for parsing, transforming and writing (default\: one per core)]:JOBS:_default' \
'--color=[Color output\: auto (when stderr is a terminal and NO_COLOR is unset), always or never]:WHEN:((auto\:"Color when stderr is a terminal and NO_COLOR is not set"
always\:"Always color (also into pipes and files)"
never\:"Never color"))' \
'--no-verify[Vendoring\: do not build TARGET and DEST to check they give the same output]' \
'--verify[Render the result and fail listing every image still outside the mirror]' \
'--enable-helm[Render charts with a helm binary for --verify (runs an external program)]' \
'(-v --verbose)-q[Print only results and errors\: no warnings, notes or progress]' \
'(-v --verbose)--quiet[Print only results and errors\: no warnings, notes or progress]' \
'*-v[Print more on stderr\: what is done and how long it took (repeat for more\: -vv)]' \
'*--verbose[Print more on stderr\: what is done and how long it took (repeat for more\: -vv)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'::target -- Kustomization directory or remote git target with ?ref= (vendoring; default\: current directory), or, with --mirror, a chart (directory or .tgz), a kustomization or manifest directory, or an index.yaml:_default' \
'::dest -- Vendoring\: new directory to create (default\: localized-NAME in the current directory):_files' \
&& ret=0
;;
(cfg)
_arguments "${_arguments_options[@]}" : \
'-j+[Threads to use for parsing, transforming and writing (default\: one per core)]:JOBS:_default' \
'--jobs=[Threads to use for parsing, transforming and writing (default\: one per core)]:JOBS:_default' \
'--color=[Color output\: auto (when stderr is a terminal and NO_COLOR is unset), always or never]:WHEN:((auto\:"Color when stderr is a terminal and NO_COLOR is not set"
always\:"Always color (also into pipes and files)"
never\:"Never color"))' \
'(-v --verbose)-q[Print only results and errors\: no warnings, notes or progress]' \
'(-v --verbose)--quiet[Print only results and errors\: no warnings, notes or progress]' \
'*-v[Print more on stderr\: what is done and how long it took (repeat for more\: -vv)]' \
'*--verbose[Print more on stderr\: what is done and how long it took (repeat for more\: -vv)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
":: :_kforge__subcmd__cfg_commands" \
"*::: :->cfg" \
&& ret=0

    case $state in
    (cfg)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:kforge-cfg-command-$line[1]:"
        case $line[1] in
            (count)
_arguments "${_arguments_options[@]}" : \
'--kind=[count resources by kind]:KIND:(true false)' \
'-j+[Threads to use for parsing, transforming and writing (default\: one per core)]:JOBS:_default' \
'--jobs=[Threads to use for parsing, transforming and writing (default\: one per core)]:JOBS:_default' \
'--color=[Color output\: auto (when stderr is a terminal and NO_COLOR is unset), always or never]:WHEN:((auto\:"Color when stderr is a terminal and NO_COLOR is not set"
always\:"Always color (also into pipes and files)"
never\:"Never color"))' \
'(-v --verbose)-q[Print only results and errors\: no warnings, notes or progress]' \
'(-v --verbose)--quiet[Print only results and errors\: no warnings, notes or progress]' \
'*-v[Print more on stderr\: what is done and how long it took (repeat for more\: -vv)]' \
'*--verbose[Print more on stderr\: what is done and how long it took (repeat for more\: -vv)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'::dir -- Directory to read (default\: stdin):_files' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_kforge__subcmd__cfg__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:kforge-cfg-help-command-$line[1]:"
        case $line[1] in
            (count)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(version)
_arguments "${_arguments_options[@]}" : \
'-j+[Threads to use for parsing, transforming and writing (default\: one per core)]:JOBS:_default' \
'--jobs=[Threads to use for parsing, transforming and writing (default\: one per core)]:JOBS:_default' \
'--color=[Color output\: auto (when stderr is a terminal and NO_COLOR is unset), always or never]:WHEN:((auto\:"Color when stderr is a terminal and NO_COLOR is not set"
always\:"Always color (also into pipes and files)"
never\:"Never color"))' \
'(-v --verbose)-q[Print only results and errors\: no warnings, notes or progress]' \
'(-v --verbose)--quiet[Print only results and errors\: no warnings, notes or progress]' \
'*-v[Print more on stderr\: what is done and how long it took (repeat for more\: -vv)]' \
'*--verbose[Print more on stderr\: what is done and how long it took (repeat for more\: -vv)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
&& ret=0
;;
(completion)
_arguments "${_arguments_options[@]}" : \
'()--dir=[Write the scripts for every shell (kforge.bash, kforge.zsh, kforge.fish, kforge.elv, kforge.ps1) into this directory instead]:DIR:_files' \
'-j+[Threads to use for parsing, transforming and writing (default\: one per core)]:JOBS:_default' \
'--jobs=[Threads to use for parsing, transforming and writing (default\: one per core)]:JOBS:_default' \
'--color=[Color output\: auto (when stderr is a terminal and NO_COLOR is unset), always or never]:WHEN:((auto\:"Color when stderr is a terminal and NO_COLOR is not set"
always\:"Always color (also into pipes and files)"
never\:"Never color"))' \
'(-v --verbose)-q[Print only results and errors\: no warnings, notes or progress]' \
'(-v --verbose)--quiet[Print only results and errors\: no warnings, notes or progress]' \
'*-v[Print more on stderr\: what is done and how long it took (repeat for more\: -vv)]' \
'*--verbose[Print more on stderr\: what is done and how long it took (repeat for more\: -vv)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'::shell -- Shell to generate completions for:(bash elvish fish powershell zsh)' \
&& ret=0
;;
(completions)
_arguments "${_arguments_options[@]}" : \
'()--dir=[Write the scripts for every shell (kforge.bash, kforge.zsh, kforge.fish, kforge.elv, kforge.ps1) into this directory instead]:DIR:_files' \
'-j+[Threads to use for parsing, transforming and writing (default\: one per core)]:JOBS:_default' \
'--jobs=[Threads to use for parsing, transforming and writing (default\: one per core)]:JOBS:_default' \
'--color=[Color output\: auto (when stderr is a terminal and NO_COLOR is unset), always or never]:WHEN:((auto\:"Color when stderr is a terminal and NO_COLOR is not set"
always\:"Always color (also into pipes and files)"
never\:"Never color"))' \
'(-v --verbose)-q[Print only results and errors\: no warnings, notes or progress]' \
'(-v --verbose)--quiet[Print only results and errors\: no warnings, notes or progress]' \
'*-v[Print more on stderr\: what is done and how long it took (repeat for more\: -vv)]' \
'*--verbose[Print more on stderr\: what is done and how long it took (repeat for more\: -vv)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'::shell -- Shell to generate completions for:(bash elvish fish powershell zsh)' \
&& ret=0
;;
(images)
_arguments "${_arguments_options[@]}" : \
'*-f+[Values files for rendering a chart (with --enable-helm)]:VALUES:_files' \
'*--values=[Values files for rendering a chart (with --enable-helm)]:VALUES:_files' \
'*--set=[Values for rendering a chart (key=value, as helm --set; with --enable-helm)]:SET:_default' \
'--format=[Output format]:FORMAT:(table json yaml)' \
'*--allowed-registries=[Fail (exit 1) listing every image outside these registries (host or host/path, comma-separated)]:ALLOWED_REGISTRIES:_default' \
'--helm-command=[The helm binary (default\: helm on PATH)]:HELM_COMMAND:_default' \
'-j+[Threads to use for parsing, transforming and writing (default\: one per core)]:JOBS:_default' \
'--jobs=[Threads to use for parsing, transforming and writing (default\: one per core)]:JOBS:_default' \
'--color=[Color output\: auto (when stderr is a terminal and NO_COLOR is unset), always or never]:WHEN:((auto\:"Color when stderr is a terminal and NO_COLOR is not set"
always\:"Always color (also into pipes and files)"
never\:"Never color"))' \
'--enable-helm[Render charts (and kustomizations'\'' helmCharts) with a helm binary (runs an external program)]' \
'(-v --verbose)-q[Print only results and errors\: no warnings, notes or progress]' \
'(-v --verbose)--quiet[Print only results and errors\: no warnings, notes or progress]' \
'*-v[Print more on stderr\: what is done and how long it took (repeat for more\: -vv)]' \
'*--verbose[Print more on stderr\: what is done and how long it took (repeat for more\: -vv)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
':target -- A kustomization or manifest directory, a chart (directory or .tgz), a manifest file, or - for stdin:_default' \
&& ret=0
;;
(mirror)
_arguments "${_arguments_options[@]}" : \
'-j+[Threads to use for parsing, transforming and writing (default\: one per core)]:JOBS:_default' \
'--jobs=[Threads to use for parsing, transforming and writing (default\: one per core)]:JOBS:_default' \
'--color=[Color output\: auto (when stderr is a terminal and NO_COLOR is unset), always or never]:WHEN:((auto\:"Color when stderr is a terminal and NO_COLOR is not set"
always\:"Always color (also into pipes and files)"
never\:"Never color"))' \
'(-v --verbose)-q[Print only results and errors\: no warnings, notes or progress]' \
'(-v --verbose)--quiet[Print only results and errors\: no warnings, notes or progress]' \
'*-v[Print more on stderr\: what is done and how long it took (repeat for more\: -vv)]' \
'*--verbose[Print more on stderr\: what is done and how long it took (repeat for more\: -vv)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
":: :_kforge__subcmd__mirror_commands" \
"*::: :->mirror" \
&& ret=0

    case $state in
    (mirror)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:kforge-mirror-command-$line[1]:"
        case $line[1] in
            (config)
_arguments "${_arguments_options[@]}" : \
'--mirror=[The mirror map]:MAP:_files' \
'--format=[Runtime to configure]:FORMAT:((containerd\:"containerd hosts.toml files (one directory per registry, for config_path)"
cri-o\:"CRI-O / containers registries.conf"))' \
'-o+[Write here (containerd\: a directory like /etc/containerd/certs.d; cri-o\: a file) instead of stdout]:OUTPUT:_files' \
'--output=[Write here (containerd\: a directory like /etc/containerd/certs.d; cri-o\: a file) instead of stdout]:OUTPUT:_files' \
'*--registry=[Registries a "*" rule is also written for (besides the well-known public ones)]:REGISTRIES:_default' \
'-j+[Threads to use for parsing, transforming and writing (default\: one per core)]:JOBS:_default' \
'--jobs=[Threads to use for parsing, transforming and writing (default\: one per core)]:JOBS:_default' \
'--color=[Color output\: auto (when stderr is a terminal and NO_COLOR is unset), always or never]:WHEN:((auto\:"Color when stderr is a terminal and NO_COLOR is not set"
always\:"Always color (also into pipes and files)"
never\:"Never color"))' \
'(-v --verbose)-q[Print only results and errors\: no warnings, notes or progress]' \
'(-v --verbose)--quiet[Print only results and errors\: no warnings, notes or progress]' \
'*-v[Print more on stderr\: what is done and how long it took (repeat for more\: -vv)]' \
'*--verbose[Print more on stderr\: what is done and how long it took (repeat for more\: -vv)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
&& ret=0
;;
(images)
_arguments "${_arguments_options[@]}" : \
'*-f+[Image list (one IMAGE\[\:TAG|@DIGEST\] per line, optional \`semver=RANGE\`, \`regex=RE\` or \`latest=N\`) or a mirror lock file]:LIST|LOCKFILE:_files' \
'*--filename=[Image list (one IMAGE\[\:TAG|@DIGEST\] per line, optional \`semver=RANGE\`, \`regex=RE\` or \`latest=N\`) or a mirror lock file]:LIST|LOCKFILE:_files' \
'--to=[Mirror registry and path prefix\: images go to TO/<source host>/<source path> unless a --mirror rule matches]:HOST[/PATH]:_default' \
'*--mirror=[Mirror rule SOURCE_PREFIX=DEST_PREFIX, or a file of such lines (repeatable)]:MAP:_default' \
'*--plain-http-registry=[Use plain HTTP for this registry only (repeatable; --plain-http covers all)]:HOST:_default' \
'--ca-file=[Trust this CA certificate (PEM) for registry TLS]:FILE:_files' \
'--registry-config=[Docker config.json with registry credentials (default\: \$DOCKER_CONFIG/config.json or ~/.docker/config.json)]:FILE:_files' \
'-u+[Registry user name (with --password or --password-stdin)]:USERNAME:_default' \
'--username=[Registry user name (with --password or --password-stdin)]:USERNAME:_default' \
'-p+[Registry password (prefer --password-stdin or \`kforge registry login\`)]:PASSWORD:_default' \
'--password=[Registry password (prefer --password-stdin or \`kforge registry login\`)]:PASSWORD:_default' \
'--chunk-size=[Blobs above this size are uploaded in resumable chunks (bytes; K, M, G suffixes)]:CHUNK_SIZE:_default' \
'-j+[Threads to use for parsing, transforming and writing (default\: one per core)]:JOBS:_default' \
'--jobs=[Threads to use for parsing, transforming and writing (default\: one per core)]:JOBS:_default' \
'--color=[Color output\: auto (when stderr is a terminal and NO_COLOR is unset), always or never]:WHEN:((auto\:"Color when stderr is a terminal and NO_COLOR is not set"
always\:"Always color (also into pipes and files)"
never\:"Never color"))' \
'--plain-http[Talk plain HTTP to registries (no TLS)]' \
'--insecure-skip-tls-verify[Do not verify registry TLS certificates]' \
'--password-stdin[Read the registry password from standard input]' \
'--dry-run[Print the plan without copying anything]' \
'--no-artifacts[Leave signatures, attestations, SBOMs and referrers behind]' \
'(-v --verbose)-q[Print only results and errors\: no warnings, notes or progress]' \
'(-v --verbose)--quiet[Print only results and errors\: no warnings, notes or progress]' \
'*-v[Print more on stderr\: what is done and how long it took (repeat for more\: -vv)]' \
'*--verbose[Print more on stderr\: what is done and how long it took (repeat for more\: -vv)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'*::images -- More images to copy:_default' \
&& ret=0
;;
(chart)
_arguments "${_arguments_options[@]}" : \
'--version=[Version or range]:VERSION:_default' \
'--to=[Where the localized chart goes\: oci\://MIRROR/NAMESPACE]:oci://HOST/NAMESPACE:_default' \
'--mirror=[The mirror map (kind\: MirrorMap) saying where each registry'\''s images go]:MAP:_files' \
'--lock=[Lock file to write (images with source, destination, digests, where found)]:LOCK:_files' \
'--helm-command=[The helm binary for --enable-helm]:HELM_COMMAND:_default' \
'--chunk-size=[Blobs above this size are uploaded in resumable chunks (bytes; K, M, G suffixes)]:CHUNK_SIZE:_default' \
'*--plain-http-registry=[Use plain HTTP for this registry only (repeatable)]:HOST:_default' \
'--ca-file=[Trust this CA certificate (PEM) for registry TLS]:FILE:_files' \
'--registry-config=[Docker config.json with registry credentials (default\: \$DOCKER_CONFIG/config.json or ~/.docker/config.json)]:FILE:_files' \
'-u+[Registry user name (with --password or --password-stdin)]:USERNAME:_default' \
'--username=[Registry user name (with --password or --password-stdin)]:USERNAME:_default' \
'-p+[Registry password (prefer --password-stdin or \`kforge registry login\`)]:PASSWORD:_default' \
'--password=[Registry password (prefer --password-stdin or \`kforge registry login\`)]:PASSWORD:_default' \
'-j+[Threads to use for parsing, transforming and writing (default\: one per core)]:JOBS:_default' \
'--jobs=[Threads to use for parsing, transforming and writing (default\: one per core)]:JOBS:_default' \
'--color=[Color output\: auto (when stderr is a terminal and NO_COLOR is unset), always or never]:WHEN:((auto\:"Color when stderr is a terminal and NO_COLOR is not set"
always\:"Always color (also into pipes and files)"
never\:"Never color"))' \
'--enable-helm[Render charts that need helm with this helm binary to find images (runs helm)]' \
'--dry-run[Print the plan without copying or pushing anything]' \
'--no-artifacts[Leave signatures, attestations, SBOMs and referrers behind]' \
'--plain-http[Talk plain HTTP to registries (no TLS)]' \
'--insecure-skip-tls-verify[Do not verify registry TLS certificates]' \
'--password-stdin[Read the registry password from standard input]' \
'(-v --verbose)-q[Print only results and errors\: no warnings, notes or progress]' \
'(-v --verbose)--quiet[Print only results and errors\: no warnings, notes or progress]' \
'*-v[Print more on stderr\: what is done and how long it took (repeat for more\: -vv)]' \
'*--verbose[Print more on stderr\: what is done and how long it took (repeat for more\: -vv)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
':source -- oci\://HOST/NS/NAME, an http(s) chart repository URL followed by the chart name, or a local chart (.tgz or directory):_default' \
'::name -- Chart name, when SOURCE is a chart repository:_default' \
&& ret=0
;;
(status)
_arguments "${_arguments_options[@]}" : \
'*-f+[Image list or mirror lock file]:LIST|LOCKFILE:_files' \
'*--filename=[Image list or mirror lock file]:LIST|LOCKFILE:_files' \
'--to=[Mirror registry and path prefix\: images go to TO/<source host>/<source path> unless a --mirror rule matches]:HOST[/PATH]:_default' \
'*--mirror=[Mirror rule SOURCE_PREFIX=DEST_PREFIX, or a file of such lines (repeatable)]:MAP:_default' \
'*--plain-http-registry=[Use plain HTTP for this registry only (repeatable; --plain-http covers all)]:HOST:_default' \
'--ca-file=[Trust this CA certificate (PEM) for registry TLS]:FILE:_files' \
'--registry-config=[Docker config.json with registry credentials (default\: \$DOCKER_CONFIG/config.json or ~/.docker/config.json)]:FILE:_files' \
'-u+[Registry user name (with --password or --password-stdin)]:USERNAME:_default' \
'--username=[Registry user name (with --password or --password-stdin)]:USERNAME:_default' \
'-p+[Registry password (prefer --password-stdin or \`kforge registry login\`)]:PASSWORD:_default' \
'--password=[Registry password (prefer --password-stdin or \`kforge registry login\`)]:PASSWORD:_default' \
'-j+[Threads to use for parsing, transforming and writing (default\: one per core)]:JOBS:_default' \
'--jobs=[Threads to use for parsing, transforming and writing (default\: one per core)]:JOBS:_default' \
'--color=[Color output\: auto (when stderr is a terminal and NO_COLOR is unset), always or never]:WHEN:((auto\:"Color when stderr is a terminal and NO_COLOR is not set"
always\:"Always color (also into pipes and files)"
never\:"Never color"))' \
'--plain-http[Talk plain HTTP to registries (no TLS)]' \
'--insecure-skip-tls-verify[Do not verify registry TLS certificates]' \
'--password-stdin[Read the registry password from standard input]' \
'(-v --verbose)-q[Print only results and errors\: no warnings, notes or progress]' \
'(-v --verbose)--quiet[Print only results and errors\: no warnings, notes or progress]' \
'*-v[Print more on stderr\: what is done and how long it took (repeat for more\: -vv)]' \
'*--verbose[Print more on stderr\: what is done and how long it took (repeat for more\: -vv)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'*::images -- More images to check:_default' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_kforge__subcmd__mirror__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:kforge-mirror-help-command-$line[1]:"
        case $line[1] in
            (config)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(images)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(chart)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(status)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(diff)
_arguments "${_arguments_options[@]}" : \
'--format=[Output format]:FORMAT:((text\:"Changed objects with a unified YAML diff, then added and removed ones"
json\:"One JSON object\: added, removed, changed (with diffs)"))' \
'-j+[Threads to use for parsing, transforming and writing (default\: one per core)]:JOBS:_default' \
'--jobs=[Threads to use for parsing, transforming and writing (default\: one per core)]:JOBS:_default' \
'--color=[Color output\: auto (when stderr is a terminal and NO_COLOR is unset), always or never]:WHEN:((auto\:"Color when stderr is a terminal and NO_COLOR is not set"
always\:"Always color (also into pipes and files)"
never\:"Never color"))' \
'(-v --verbose)-q[Print only results and errors\: no warnings, notes or progress]' \
'(-v --verbose)--quiet[Print only results and errors\: no warnings, notes or progress]' \
'*-v[Print more on stderr\: what is done and how long it took (repeat for more\: -vv)]' \
'*--verbose[Print more on stderr\: what is done and how long it took (repeat for more\: -vv)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
':a -- The first render\: a file, a directory (-o DIR or --output-dir), or - for stdin:_files' \
':b -- The second render\: a file, a directory, or - for stdin:_files' \
&& ret=0
;;
(template)
_arguments "${_arguments_options[@]}" : \
'*-f+[Values file(s), merged in order (later wins)]:VALUES:_files' \
'*--values=[Values file(s), merged in order (later wins)]:VALUES:_files' \
'*--set=[Set values (\`a.b=1,c={x,y}\`), typed as Helm types them]:SET:_default' \
'*--set-string=[Set string values]:SET_STRING:_default' \
'*--set-json=[Set JSON values (\`a={"b"\:1}\`)]:SET_JSON:_default' \
'*--set-file=[Set values from files (\`key=path\`)]:SET_FILE:_default' \
'*--set-literal=[Set a literal string value (\`key=rest,taken raw\`)]:SET_LITERAL:_default' \
'-n+[Namespace of the release]:NAMESPACE:_default' \
'--namespace=[Namespace of the release]:NAMESPACE:_default' \
'--kube-version=[Kubernetes version for Capabilities.KubeVersion (default v1.35.0)]:KUBE_VERSION:_default' \
'*-a+[Extra API versions for Capabilities.APIVersions]:API_VERSIONS:_default' \
'*--api-versions=[Extra API versions for Capabilities.APIVersions]:API_VERSIONS:_default' \
'*-s+[Only print documents from these templates (glob, relative to the chart\: templates/x.yaml)]:SHOW_ONLY:_default' \
'*--show-only=[Only print documents from these templates (glob, relative to the chart\: templates/x.yaml)]:SHOW_ONLY:_default' \
'--output-dir=[Write the documents into this directory instead of stdout]:OUTPUT_DIR:_files' \
'--mirror=[Rewrite every image of the output to a regional mirror by this mirror map (docs/mirroring.md)]:MAP:_files' \
'--seed=[Seed for random template functions (randAlphaNum, genCA, ...)\: the same seed gives the same output (not secret!)]:N:_default' \
'-j+[Threads to use for parsing, transforming and writing (default\: one per core)]:JOBS:_default' \
'--jobs=[Threads to use for parsing, transforming and writing (default\: one per core)]:JOBS:_default' \
'--color=[Color output\: auto (when stderr is a terminal and NO_COLOR is unset), always or never]:WHEN:((auto\:"Color when stderr is a terminal and NO_COLOR is not set"
always\:"Always color (also into pipes and files)"
never\:"Never color"))' \
'--force-namespace[Also set metadata.namespace on namespaced objects that have none (Helm leaves it unset)]' \
'--include-crds[Print the CRDs of crds/ folders first]' \
'--no-hooks[Leave hooks out]' \
'--skip-tests[Leave test hooks out]' \
'--strict[Undefined values are errors]' \
'--skip-schema-validation[Do not validate values against values.schema.json]' \
'--is-upgrade[Render as an upgrade (Release.IsUpgrade)]' \
'(-v --verbose)-q[Print only results and errors\: no warnings, notes or progress]' \
'(-v --verbose)--quiet[Print only results and errors\: no warnings, notes or progress]' \
'*-v[Print more on stderr\: what is done and how long it took (repeat for more\: -vv)]' \
'*--verbose[Print more on stderr\: what is done and how long it took (repeat for more\: -vv)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'*::args -- Release name, then the chart (directory or .tgz). With one argument it is the chart:_default' \
&& ret=0
;;
(chart)
_arguments "${_arguments_options[@]}" : \
'-j+[Threads to use for parsing, transforming and writing (default\: one per core)]:JOBS:_default' \
'--jobs=[Threads to use for parsing, transforming and writing (default\: one per core)]:JOBS:_default' \
'--color=[Color output\: auto (when stderr is a terminal and NO_COLOR is unset), always or never]:WHEN:((auto\:"Color when stderr is a terminal and NO_COLOR is not set"
always\:"Always color (also into pipes and files)"
never\:"Never color"))' \
'(-v --verbose)-q[Print only results and errors\: no warnings, notes or progress]' \
'(-v --verbose)--quiet[Print only results and errors\: no warnings, notes or progress]' \
'*-v[Print more on stderr\: what is done and how long it took (repeat for more\: -vv)]' \
'*--verbose[Print more on stderr\: what is done and how long it took (repeat for more\: -vv)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
":: :_kforge__subcmd__chart_commands" \
"*::: :->chart" \
&& ret=0

    case $state in
    (chart)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:kforge-chart-command-$line[1]:"
        case $line[1] in
            (create)
_arguments "${_arguments_options[@]}" : \
'-j+[Threads to use for parsing, transforming and writing (default\: one per core)]:JOBS:_default' \
'--jobs=[Threads to use for parsing, transforming and writing (default\: one per core)]:JOBS:_default' \
'--color=[Color output\: auto (when stderr is a terminal and NO_COLOR is unset), always or never]:WHEN:((auto\:"Color when stderr is a terminal and NO_COLOR is not set"
always\:"Always color (also into pipes and files)"
never\:"Never color"))' \
'(-v --verbose)-q[Print only results and errors\: no warnings, notes or progress]' \
'(-v --verbose)--quiet[Print only results and errors\: no warnings, notes or progress]' \
'*-v[Print more on stderr\: what is done and how long it took (repeat for more\: -vv)]' \
'*--verbose[Print more on stderr\: what is done and how long it took (repeat for more\: -vv)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
':name -- Directory to create; its last component is the chart name:_files' \
&& ret=0
;;
(lint)
_arguments "${_arguments_options[@]}" : \
'*-f+[Values file(s), merged in order (later wins)]:VALUES:_files' \
'*--values=[Values file(s), merged in order (later wins)]:VALUES:_files' \
'*--set=[Set values (\`a.b=1,c={x,y}\`), typed as Helm types them]:SET:_default' \
'*--set-string=[Set string values]:SET_STRING:_default' \
'*--set-json=[Set JSON values (\`a={"b"\:1}\`)]:SET_JSON:_default' \
'*--set-file=[Set values from files (\`key=path\`)]:SET_FILE:_default' \
'*--set-literal=[Set a literal string value (\`key=rest,taken raw\`)]:SET_LITERAL:_default' \
'-n+[Namespace of the release the templates see]:NAMESPACE:_default' \
'--namespace=[Namespace of the release the templates see]:NAMESPACE:_default' \
'--kube-version=[Kubernetes version for Capabilities.KubeVersion]:KUBE_VERSION:_default' \
'-j+[Threads to use for parsing, transforming and writing (default\: one per core)]:JOBS:_default' \
'--jobs=[Threads to use for parsing, transforming and writing (default\: one per core)]:JOBS:_default' \
'--color=[Color output\: auto (when stderr is a terminal and NO_COLOR is unset), always or never]:WHEN:((auto\:"Color when stderr is a terminal and NO_COLOR is not set"
always\:"Always color (also into pipes and files)"
never\:"Never color"))' \
'--strict[Fail on warnings too]' \
'(-v --verbose)-q[Print only results and errors\: no warnings, notes or progress]' \
'(-v --verbose)--quiet[Print only results and errors\: no warnings, notes or progress]' \
'*-v[Print more on stderr\: what is done and how long it took (repeat for more\: -vv)]' \
'*--verbose[Print more on stderr\: what is done and how long it took (repeat for more\: -vv)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'::chart -- Chart directory or archive:_files' \
&& ret=0
;;
(package)
_arguments "${_arguments_options[@]}" : \
'-d+[Directory to write the archive to]:DESTINATION:_files' \
'--destination=[Directory to write the archive to]:DESTINATION:_files' \
'--version=[Set the chart'\''s version in the package]:VERSION:_default' \
'--app-version=[Set the chart'\''s appVersion in the package]:APP_VERSION:_default' \
'-j+[Threads to use for parsing, transforming and writing (default\: one per core)]:JOBS:_default' \
'--jobs=[Threads to use for parsing, transforming and writing (default\: one per core)]:JOBS:_default' \
'--color=[Color output\: auto (when stderr is a terminal and NO_COLOR is unset), always or never]:WHEN:((auto\:"Color when stderr is a terminal and NO_COLOR is not set"
always\:"Always color (also into pipes and files)"
never\:"Never color"))' \
'(-v --verbose)-q[Print only results and errors\: no warnings, notes or progress]' \
'(-v --verbose)--quiet[Print only results and errors\: no warnings, notes or progress]' \
'*-v[Print more on stderr\: what is done and how long it took (repeat for more\: -vv)]' \
'*--verbose[Print more on stderr\: what is done and how long it took (repeat for more\: -vv)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
':chart -- Chart directory:_files' \
&& ret=0
;;
(dependency)
_arguments "${_arguments_options[@]}" : \
'-j+[Threads to use for parsing, transforming and writing (default\: one per core)]:JOBS:_default' \
'--jobs=[Threads to use for parsing, transforming and writing (default\: one per core)]:JOBS:_default' \
'--color=[Color output\: auto (when stderr is a terminal and NO_COLOR is unset), always or never]:WHEN:((auto\:"Color when stderr is a terminal and NO_COLOR is not set"
always\:"Always color (also into pipes and files)"
never\:"Never color"))' \
'(-v --verbose)-q[Print only results and errors\: no warnings, notes or progress]' \
'(-v --verbose)--quiet[Print only results and errors\: no warnings, notes or progress]' \
'*-v[Print more on stderr\: what is done and how long it took (repeat for more\: -vv)]' \
'*--verbose[Print more on stderr\: what is done and how long it took (repeat for more\: -vv)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
":: :_kforge__subcmd__chart__subcmd__dependency_commands" \
"*::: :->dependency" \
&& ret=0

    case $state in
    (dependency)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:kforge-chart-dependency-command-$line[1]:"
        case $line[1] in
            (update)
_arguments "${_arguments_options[@]}" : \
'--ca-file=[Trust this CA certificate (PEM) for registry TLS]:FILE:_files' \
'--registry-config=[Docker config.json with registry credentials (default\: \$DOCKER_CONFIG/config.json or ~/.docker/config.json)]:FILE:_files' \
'-u+[Registry user name (with --password or --password-stdin)]:USERNAME:_default' \
'--username=[Registry user name (with --password or --password-stdin)]:USERNAME:_default' \
'-p+[Registry password (prefer --password-stdin or \`kforge registry login\`)]:PASSWORD:_default' \
'--password=[Registry password (prefer --password-stdin or \`kforge registry login\`)]:PASSWORD:_default' \
'-j+[Threads to use for parsing, transforming and writing (default\: one per core)]:JOBS:_default' \
'--jobs=[Threads to use for parsing, transforming and writing (default\: one per core)]:JOBS:_default' \
'--color=[Color output\: auto (when stderr is a terminal and NO_COLOR is unset), always or never]:WHEN:((auto\:"Color when stderr is a terminal and NO_COLOR is not set"
always\:"Always color (also into pipes and files)"
never\:"Never color"))' \
'--plain-http[Talk plain HTTP to registries (no TLS)]' \
'--insecure-skip-tls-verify[Do not verify registry TLS certificates]' \
'--password-stdin[Read the registry password from standard input]' \
'(-v --verbose)-q[Print only results and errors\: no warnings, notes or progress]' \
'(-v --verbose)--quiet[Print only results and errors\: no warnings, notes or progress]' \
'*-v[Print more on stderr\: what is done and how long it took (repeat for more\: -vv)]' \
'*--verbose[Print more on stderr\: what is done and how long it took (repeat for more\: -vv)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'::chart -- Chart directory:_files' \
&& ret=0
;;
(build)
_arguments "${_arguments_options[@]}" : \
'--ca-file=[Trust this CA certificate (PEM) for registry TLS]:FILE:_files' \
'--registry-config=[Docker config.json with registry credentials (default\: \$DOCKER_CONFIG/config.json or ~/.docker/config.json)]:FILE:_files' \
'-u+[Registry user name (with --password or --password-stdin)]:USERNAME:_default' \
'--username=[Registry user name (with --password or --password-stdin)]:USERNAME:_default' \
'-p+[Registry password (prefer --password-stdin or \`kforge registry login\`)]:PASSWORD:_default' \
'--password=[Registry password (prefer --password-stdin or \`kforge registry login\`)]:PASSWORD:_default' \
'-j+[Threads to use for parsing, transforming and writing (default\: one per core)]:JOBS:_default' \
'--jobs=[Threads to use for parsing, transforming and writing (default\: one per core)]:JOBS:_default' \
'--color=[Color output\: auto (when stderr is a terminal and NO_COLOR is unset), always or never]:WHEN:((auto\:"Color when stderr is a terminal and NO_COLOR is not set"
always\:"Always color (also into pipes and files)"
never\:"Never color"))' \
'--plain-http[Talk plain HTTP to registries (no TLS)]' \
'--insecure-skip-tls-verify[Do not verify registry TLS certificates]' \
'--password-stdin[Read the registry password from standard input]' \
'(-v --verbose)-q[Print only results and errors\: no warnings, notes or progress]' \
'(-v --verbose)--quiet[Print only results and errors\: no warnings, notes or progress]' \
'*-v[Print more on stderr\: what is done and how long it took (repeat for more\: -vv)]' \
'*--verbose[Print more on stderr\: what is done and how long it took (repeat for more\: -vv)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'::chart -- Chart directory:_files' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_kforge__subcmd__chart__subcmd__dependency__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:kforge-chart-dependency-help-command-$line[1]:"
        case $line[1] in
            (update)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(build)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(schema)
_arguments "${_arguments_options[@]}" : \
'-j+[Threads to use for parsing, transforming and writing (default\: one per core)]:JOBS:_default' \
'--jobs=[Threads to use for parsing, transforming and writing (default\: one per core)]:JOBS:_default' \
'--color=[Color output\: auto (when stderr is a terminal and NO_COLOR is unset), always or never]:WHEN:((auto\:"Color when stderr is a terminal and NO_COLOR is not set"
always\:"Always color (also into pipes and files)"
never\:"Never color"))' \
'--dry-run[Print the schema instead of writing values.schema.json]' \
'(-v --verbose)-q[Print only results and errors\: no warnings, notes or progress]' \
'(-v --verbose)--quiet[Print only results and errors\: no warnings, notes or progress]' \
'*-v[Print more on stderr\: what is done and how long it took (repeat for more\: -vv)]' \
'*--verbose[Print more on stderr\: what is done and how long it took (repeat for more\: -vv)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'::chart -- Chart directory:_files' \
&& ret=0
;;
(index)
_arguments "${_arguments_options[@]}" : \
'--url=[URL of the folder, prefixed to each package'\''s file name]:URL:_default' \
'--merge=[Merge into this existing index (its entries are kept unless the folder has the same version)]:MERGE:_files' \
'-j+[Threads to use for parsing, transforming and writing (default\: one per core)]:JOBS:_default' \
'--jobs=[Threads to use for parsing, transforming and writing (default\: one per core)]:JOBS:_default' \
'--color=[Color output\: auto (when stderr is a terminal and NO_COLOR is unset), always or never]:WHEN:((auto\:"Color when stderr is a terminal and NO_COLOR is not set"
always\:"Always color (also into pipes and files)"
never\:"Never color"))' \
'(-v --verbose)-q[Print only results and errors\: no warnings, notes or progress]' \
'(-v --verbose)--quiet[Print only results and errors\: no warnings, notes or progress]' \
'*-v[Print more on stderr\: what is done and how long it took (repeat for more\: -vv)]' \
'*--verbose[Print more on stderr\: what is done and how long it took (repeat for more\: -vv)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
':dir -- Folder of chart packages:_files' \
&& ret=0
;;
(push)
_arguments "${_arguments_options[@]}" : \
'--ca-file=[Trust this CA certificate (PEM) for registry TLS]:FILE:_files' \
'--registry-config=[Docker config.json with registry credentials (default\: \$DOCKER_CONFIG/config.json or ~/.docker/config.json)]:FILE:_files' \
'-u+[Registry user name (with --password or --password-stdin)]:USERNAME:_default' \
'--username=[Registry user name (with --password or --password-stdin)]:USERNAME:_default' \
'-p+[Registry password (prefer --password-stdin or \`kforge registry login\`)]:PASSWORD:_default' \
'--password=[Registry password (prefer --password-stdin or \`kforge registry login\`)]:PASSWORD:_default' \
'-j+[Threads to use for parsing, transforming and writing (default\: one per core)]:JOBS:_default' \
'--jobs=[Threads to use for parsing, transforming and writing (default\: one per core)]:JOBS:_default' \
'--color=[Color output\: auto (when stderr is a terminal and NO_COLOR is unset), always or never]:WHEN:((auto\:"Color when stderr is a terminal and NO_COLOR is not set"
always\:"Always color (also into pipes and files)"
never\:"Never color"))' \
'--plain-http[Talk plain HTTP to registries (no TLS)]' \
'--insecure-skip-tls-verify[Do not verify registry TLS certificates]' \
'--password-stdin[Read the registry password from standard input]' \
'(-v --verbose)-q[Print only results and errors\: no warnings, notes or progress]' \
'(-v --verbose)--quiet[Print only results and errors\: no warnings, notes or progress]' \
'*-v[Print more on stderr\: what is done and how long it took (repeat for more\: -vv)]' \
'*--verbose[Print more on stderr\: what is done and how long it took (repeat for more\: -vv)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
':chart -- Chart archive (.tgz) made by `chart package` or `helm package`:_files' \
':remote -- Destination\: oci\://HOST/NAMESPACE (the chart goes to NAMESPACE/<name>\:<version>):_default' \
&& ret=0
;;
(pull)
_arguments "${_arguments_options[@]}" : \
'--version=[Version or range (\`1.2.3\`, \`~1.2\`, \`>=1 <2\`); default\: the highest release]:VERSION:_default' \
'-d+[Directory to write to]:DESTINATION:_files' \
'--destination=[Directory to write to]:DESTINATION:_files' \
'--ca-file=[Trust this CA certificate (PEM) for registry TLS]:FILE:_files' \
'--registry-config=[Docker config.json with registry credentials (default\: \$DOCKER_CONFIG/config.json or ~/.docker/config.json)]:FILE:_files' \
'-u+[Registry user name (with --password or --password-stdin)]:USERNAME:_default' \
'--username=[Registry user name (with --password or --password-stdin)]:USERNAME:_default' \
'-p+[Registry password (prefer --password-stdin or \`kforge registry login\`)]:PASSWORD:_default' \
'--password=[Registry password (prefer --password-stdin or \`kforge registry login\`)]:PASSWORD:_default' \
'-j+[Threads to use for parsing, transforming and writing (default\: one per core)]:JOBS:_default' \
'--jobs=[Threads to use for parsing, transforming and writing (default\: one per core)]:JOBS:_default' \
'--color=[Color output\: auto (when stderr is a terminal and NO_COLOR is unset), always or never]:WHEN:((auto\:"Color when stderr is a terminal and NO_COLOR is not set"
always\:"Always color (also into pipes and files)"
never\:"Never color"))' \
'--untar[Unpack the chart into DIR/<name> instead of saving the archive]' \
'--prov[Also save the provenance file (.prov) when the chart has one]' \
'--plain-http[Talk plain HTTP to registries (no TLS)]' \
'--insecure-skip-tls-verify[Do not verify registry TLS certificates]' \
'--password-stdin[Read the registry password from standard input]' \
'(-v --verbose)-q[Print only results and errors\: no warnings, notes or progress]' \
'(-v --verbose)--quiet[Print only results and errors\: no warnings, notes or progress]' \
'*-v[Print more on stderr\: what is done and how long it took (repeat for more\: -vv)]' \
'*--verbose[Print more on stderr\: what is done and how long it took (repeat for more\: -vv)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
':chart -- oci\://HOST/NAMESPACE/NAME\[\:TAG|@sha256\:DIGEST\], or an http(s) chart repository URL followed by the chart name:_default' \
'::name -- Chart name, when CHART is an HTTP chart repository:_default' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_kforge__subcmd__chart__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:kforge-chart-help-command-$line[1]:"
        case $line[1] in
            (create)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(lint)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(package)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(dependency)
_arguments "${_arguments_options[@]}" : \
":: :_kforge__subcmd__chart__subcmd__help__subcmd__dependency_commands" \
"*::: :->dependency" \
&& ret=0

    case $state in
    (dependency)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:kforge-chart-help-dependency-command-$line[1]:"
        case $line[1] in
            (update)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(build)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(schema)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(index)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(push)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(pull)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(registry)
_arguments "${_arguments_options[@]}" : \
'-j+[Threads to use for parsing, transforming and writing (default\: one per core)]:JOBS:_default' \
'--jobs=[Threads to use for parsing, transforming and writing (default\: one per core)]:JOBS:_default' \
'--color=[Color output\: auto (when stderr is a terminal and NO_COLOR is unset), always or never]:WHEN:((auto\:"Color when stderr is a terminal and NO_COLOR is not set"
always\:"Always color (also into pipes and files)"
never\:"Never color"))' \
'(-v --verbose)-q[Print only results and errors\: no warnings, notes or progress]' \
'(-v --verbose)--quiet[Print only results and errors\: no warnings, notes or progress]' \
'*-v[Print more on stderr\: what is done and how long it took (repeat for more\: -vv)]' \
'*--verbose[Print more on stderr\: what is done and how long it took (repeat for more\: -vv)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
":: :_kforge__subcmd__registry_commands" \
"*::: :->registry" \
&& ret=0

    case $state in
    (registry)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:kforge-registry-command-$line[1]:"
        case $line[1] in
            (login)
_arguments "${_arguments_options[@]}" : \
'-u+[Registry user name]:USERNAME:_default' \
'--username=[Registry user name]:USERNAME:_default' \
'-p+[Password (visible to other users of the machine; prefer --password-stdin)]:PASSWORD:_default' \
'--password=[Password (visible to other users of the machine; prefer --password-stdin)]:PASSWORD:_default' \
'--ca-file=[Trust this CA certificate (PEM) for registry TLS]:FILE:_files' \
'--registry-config=[Docker config.json to write (default\: \$DOCKER_CONFIG/config.json or ~/.docker/config.json)]:FILE:_files' \
'-j+[Threads to use for parsing, transforming and writing (default\: one per core)]:JOBS:_default' \
'--jobs=[Threads to use for parsing, transforming and writing (default\: one per core)]:JOBS:_default' \
'--color=[Color output\: auto (when stderr is a terminal and NO_COLOR is unset), always or never]:WHEN:((auto\:"Color when stderr is a terminal and NO_COLOR is not set"
always\:"Always color (also into pipes and files)"
never\:"Never color"))' \
'--password-stdin[Read the password from standard input]' \
'--plain-http[Talk plain HTTP to the registry (no TLS)]' \
'--insecure-skip-tls-verify[Do not verify registry TLS certificates]' \
'(-v --verbose)-q[Print only results and errors\: no warnings, notes or progress]' \
'(-v --verbose)--quiet[Print only results and errors\: no warnings, notes or progress]' \
'*-v[Print more on stderr\: what is done and how long it took (repeat for more\: -vv)]' \
'*--verbose[Print more on stderr\: what is done and how long it took (repeat for more\: -vv)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
':host -- Registry host (HOST\[\:PORT\]):_default' \
&& ret=0
;;
(logout)
_arguments "${_arguments_options[@]}" : \
'--registry-config=[Docker config.json to change (default\: \$DOCKER_CONFIG/config.json or ~/.docker/config.json)]:FILE:_files' \
'-j+[Threads to use for parsing, transforming and writing (default\: one per core)]:JOBS:_default' \
'--jobs=[Threads to use for parsing, transforming and writing (default\: one per core)]:JOBS:_default' \
'--color=[Color output\: auto (when stderr is a terminal and NO_COLOR is unset), always or never]:WHEN:((auto\:"Color when stderr is a terminal and NO_COLOR is not set"
always\:"Always color (also into pipes and files)"
never\:"Never color"))' \
'(-v --verbose)-q[Print only results and errors\: no warnings, notes or progress]' \
'(-v --verbose)--quiet[Print only results and errors\: no warnings, notes or progress]' \
'*-v[Print more on stderr\: what is done and how long it took (repeat for more\: -vv)]' \
'*--verbose[Print more on stderr\: what is done and how long it took (repeat for more\: -vv)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
':host -- Registry host (HOST\[\:PORT\]):_default' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_kforge__subcmd__registry__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:kforge-registry-help-command-$line[1]:"
        case $line[1] in
            (login)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(logout)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(man)
_arguments "${_arguments_options[@]}" : \
'()--dir=[Write every page (kforge.1, kforge-build.1, kforge-chart-push.1, ...) into this directory instead]:DIR:_files' \
'-j+[Threads to use for parsing, transforming and writing (default\: one per core)]:JOBS:_default' \
'--jobs=[Threads to use for parsing, transforming and writing (default\: one per core)]:JOBS:_default' \
'--color=[Color output\: auto (when stderr is a terminal and NO_COLOR is unset), always or never]:WHEN:((auto\:"Color when stderr is a terminal and NO_COLOR is not set"
always\:"Always color (also into pipes and files)"
never\:"Never color"))' \
'(-v --verbose)-q[Print only results and errors\: no warnings, notes or progress]' \
'(-v --verbose)--quiet[Print only results and errors\: no warnings, notes or progress]' \
'*-v[Print more on stderr\: what is done and how long it took (repeat for more\: -vv)]' \
'*--verbose[Print more on stderr\: what is done and how long it took (repeat for more\: -vv)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'*::subcommand -- Subcommand whose page to print (default\: the main page); nested ones as `chart push` or `chart-push`:_default' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_kforge__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:kforge-help-command-$line[1]:"
        case $line[1] in
            (build)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(edit)
_arguments "${_arguments_options[@]}" : \
":: :_kforge__subcmd__help__subcmd__edit_commands" \
"*::: :->edit" \
&& ret=0

    case $state in
    (edit)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:kforge-help-edit-command-$line[1]:"
        case $line[1] in
            (add)
_arguments "${_arguments_options[@]}" : \
":: :_kforge__subcmd__help__subcmd__edit__subcmd__add_commands" \
"*::: :->add" \
&& ret=0

    case $state in
    (add)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:kforge-help-edit-add-command-$line[1]:"
        case $line[1] in
            (resource)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(component)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(base)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(patch)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(configmap)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(secret)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(label)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(annotation)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(transformer)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(generator)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(buildmetadata)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(set)
_arguments "${_arguments_options[@]}" : \
":: :_kforge__subcmd__help__subcmd__edit__subcmd__set_commands" \
"*::: :->set" \
&& ret=0

    case $state in
    (set)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:kforge-help-edit-set-command-$line[1]:"
        case $line[1] in
            (image)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(namespace)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(nameprefix)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(namesuffix)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(label)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(annotation)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(replicas)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(buildmetadata)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(configmap)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(secret)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(remove)
_arguments "${_arguments_options[@]}" : \
":: :_kforge__subcmd__help__subcmd__edit__subcmd__remove_commands" \
"*::: :->remove" \
&& ret=0

    case $state in
    (remove)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:kforge-help-edit-remove-command-$line[1]:"
        case $line[1] in
            (resource)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(component)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(patch)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(label)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(annotation)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(transformer)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(configmap)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(secret)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(buildmetadata)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(fix)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(alpha-list-builtin-plugin)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(create)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(localize)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(cfg)
_arguments "${_arguments_options[@]}" : \
":: :_kforge__subcmd__help__subcmd__cfg_commands" \
"*::: :->cfg" \
&& ret=0

    case $state in
    (cfg)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:kforge-help-cfg-command-$line[1]:"
        case $line[1] in
            (count)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(version)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(completion)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(images)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(mirror)
_arguments "${_arguments_options[@]}" : \
":: :_kforge__subcmd__help__subcmd__mirror_commands" \
"*::: :->mirror" \
&& ret=0

    case $state in
    (mirror)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:kforge-help-mirror-command-$line[1]:"
        case $line[1] in
            (config)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(images)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(chart)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(status)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(diff)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(template)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(chart)
_arguments "${_arguments_options[@]}" : \
":: :_kforge__subcmd__help__subcmd__chart_commands" \
"*::: :->chart" \
&& ret=0

    case $state in
    (chart)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:kforge-help-chart-command-$line[1]:"
        case $line[1] in
            (create)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(lint)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(package)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(dependency)
_arguments "${_arguments_options[@]}" : \
":: :_kforge__subcmd__help__subcmd__chart__subcmd__dependency_commands" \
"*::: :->dependency" \
&& ret=0

    case $state in
    (dependency)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:kforge-help-chart-dependency-command-$line[1]:"
        case $line[1] in
            (update)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(build)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(schema)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(index)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(push)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(pull)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(registry)
_arguments "${_arguments_options[@]}" : \
":: :_kforge__subcmd__help__subcmd__registry_commands" \
"*::: :->registry" \
&& ret=0

    case $state in
    (registry)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:kforge-help-registry-command-$line[1]:"
        case $line[1] in
            (login)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(logout)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(man)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
}

(( $+functions[_kforge_commands] )) ||
_kforge_commands() {
    local commands; commands=(
'build:Build a kustomization directory and print the resources (like \`kustomize build\`)' \
'edit:Change the kustomization file in the current directory (like \`kustomize edit\`)' \
'create:Create a kustomization.yaml in the current directory (like \`kustomize create\`)' \
'init:Create a kustomization.yaml in the current directory (like \`kustomize create\`)' \
'localize:Vendor a kustomization into a new directory (like \`kustomize localize\`), or, with --mirror, rewrite every image to a regional mirror' \
'cfg:Read resource files (like \`kustomize cfg\`)\: count' \
'version:Print the version, the commit, and the kustomize and Helm versions kforge matches' \
'completion:Print a shell completion script (bash, zsh, fish, elvish, powershell)' \
'completions:Print a shell completion script (bash, zsh, fish, elvish, powershell)' \
'images:List every container image with where it came from (a CI gate with --allowed-registries)' \
'mirror:Mirror images (and charts) to another registry, check mirrors are current, runtime mirror configuration' \
'diff:Compare two renders (files, directories or -) by resource id; exit 3 when they differ' \
'template:Render a chart (like \`helm template\`)' \
'chart:Create, lint, package and index charts' \
'registry:Log in to and out of container registries' \
'man:Print a manual page (roff)\: kforge(1), or kforge-SUBCOMMAND(1) (nested\: kforge man chart push)' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'kforge commands' commands "$@"
}
(( $+functions[_kforge__subcmd__build_commands] )) ||
_kforge__subcmd__build_commands() {
    local commands; commands=()
    _describe -t commands 'kforge build commands' commands "$@"
}
(( $+functions[_kforge__subcmd__cfg_commands] )) ||
_kforge__subcmd__cfg_commands() {
    local commands; commands=(
'count:Count resources by kind in the YAML files of DIR (or stdin), like \`kustomize cfg count\`' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'kforge cfg commands' commands "$@"
}
(( $+functions[_kforge__subcmd__cfg__subcmd__count_commands] )) ||
_kforge__subcmd__cfg__subcmd__count_commands() {
    local commands; commands=()
    _describe -t commands 'kforge cfg count commands' commands "$@"
}
(( $+functions[_kforge__subcmd__cfg__subcmd__help_commands] )) ||
_kforge__subcmd__cfg__subcmd__help_commands() {
    local commands; commands=(
'count:Count resources by kind in the YAML files of DIR (or stdin), like \`kustomize cfg count\`' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'kforge cfg help commands' commands "$@"
}
(( $+functions[_kforge__subcmd__cfg__subcmd__help__subcmd__count_commands] )) ||
_kforge__subcmd__cfg__subcmd__help__subcmd__count_commands() {
    local commands; commands=()
    _describe -t commands 'kforge cfg help count commands' commands "$@"
}
(( $+functions[_kforge__subcmd__cfg__subcmd__help__subcmd__help_commands] )) ||
_kforge__subcmd__cfg__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'kforge cfg help help commands' commands "$@"
}
(( $+functions[_kforge__subcmd__chart_commands] )) ||
_kforge__subcmd__chart_commands() {
    local commands; commands=(
'create:Create a starter kforge chart (the objects \`helm create\` makes, templates in minijinja)' \
'lint:Check a chart\: Chart.yaml, values against the schema, templates, rendered objects' \
'package:Package a chart into a byte-reproducible NAME-VERSION.tgz' \
'dependency:Vendor a chart'\''s dependencies into charts/ and write Chart.lock' \
'schema:Write values.schema.json inferred from values.yaml' \
'index:Write index.yaml for a folder of chart packages (like \`helm repo index\`)' \
'push:Push a chart archive to an OCI registry (as \`helm push\`)' \
'pull:Download a chart from an OCI registry or an HTTP chart repository (as \`helm pull\`)' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'kforge chart commands' commands "$@"
}
(( $+functions[_kforge__subcmd__chart__subcmd__create_commands] )) ||
_kforge__subcmd__chart__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'kforge chart create commands' commands "$@"
}
(( $+functions[_kforge__subcmd__chart__subcmd__dependency_commands] )) ||
_kforge__subcmd__chart__subcmd__dependency_commands() {
    local commands; commands=(
'update:Resolve Chart.yaml'\''s dependencies (file\://, http(s)\:// and oci\:// repositories, archives in charts/), vendor them, write Chart.lock' \
'build:Vendor the versions Chart.lock pins (update when there is no lock)' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'kforge chart dependency commands' commands "$@"
}
(( $+functions[_kforge__subcmd__chart__subcmd__dependency__subcmd__build_commands] )) ||
_kforge__subcmd__chart__subcmd__dependency__subcmd__build_commands() {
    local commands; commands=()
    _describe -t commands 'kforge chart dependency build commands' commands "$@"
}
(( $+functions[_kforge__subcmd__chart__subcmd__dependency__subcmd__help_commands] )) ||
_kforge__subcmd__chart__subcmd__dependency__subcmd__help_commands() {
    local commands; commands=(
'update:Resolve Chart.yaml'\''s dependencies (file\://, http(s)\:// and oci\:// repositories, archives in charts/), vendor them, write Chart.lock' \
'build:Vendor the versions Chart.lock pins (update when there is no lock)' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'kforge chart dependency help commands' commands "$@"
}
(( $+functions[_kforge__subcmd__chart__subcmd__dependency__subcmd__help__subcmd__build_commands] )) ||
_kforge__subcmd__chart__subcmd__dependency__subcmd__help__subcmd__build_commands() {
    local commands; commands=()
    _describe -t commands 'kforge chart dependency help build commands' commands "$@"
}
(( $+functions[_kforge__subcmd__chart__subcmd__dependency__subcmd__help__subcmd__help_commands] )) ||
_kforge__subcmd__chart__subcmd__dependency__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'kforge chart dependency help help commands' commands "$@"
}
(( $+functions[_kforge__subcmd__chart__subcmd__dependency__subcmd__help__subcmd__update_commands] )) ||
_kforge__subcmd__chart__subcmd__dependency__subcmd__help__subcmd__update_commands() {
    local commands; commands=()
    _describe -t commands 'kforge chart dependency help update commands' commands "$@"
}
(( $+functions[_kforge__subcmd__chart__subcmd__dependency__subcmd__update_commands] )) ||
_kforge__subcmd__chart__subcmd__dependency__subcmd__update_commands() {
    local commands; commands=()
    _describe -t commands 'kforge chart dependency update commands' commands "$@"
}
(( $+functions[_kforge__subcmd__chart__subcmd__help_commands] )) ||
_kforge__subcmd__chart__subcmd__help_commands() {
    local commands; commands=(
'create:Create a starter kforge chart (the objects \`helm create\` makes, templates in minijinja)' \
'lint:Check a chart\: Chart.yaml, values against the schema, templates, rendered objects' \
'package:Package a chart into a byte-reproducible NAME-VERSION.tgz' \
'dependency:Vendor a chart'\''s dependencies into charts/ and write Chart.lock' \
'schema:Write values.schema.json inferred from values.yaml' \
'index:Write index.yaml for a folder of chart packages (like \`helm repo index\`)' \
'push:Push a chart archive to an OCI registry (as \`helm push\`)' \
'pull:Download a chart from an OCI registry or an HTTP chart repository (as \`helm pull\`)' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'kforge chart help commands' commands "$@"
}
(( $+functions[_kforge__subcmd__chart__subcmd__help__subcmd__create_commands] )) ||
_kforge__subcmd__chart__subcmd__help__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'kforge chart help create commands' commands "$@"
}
(( $+functions[_kforge__subcmd__chart__subcmd__help__subcmd__dependency_commands] )) ||
_kforge__subcmd__chart__subcmd__help__subcmd__dependency_commands() {
    local commands; commands=(
'update:Resolve Chart.yaml'\''s dependencies (file\://, http(s)\:// and oci\:// repositories, archives in charts/), vendor them, write Chart.lock' \
'build:Vendor the versions Chart.lock pins (update when there is no lock)' \
    )
    _describe -t commands 'kforge chart help dependency commands' commands "$@"
}
(( $+functions[_kforge__subcmd__chart__subcmd__help__subcmd__dependency__subcmd__build_commands] )) ||
_kforge__subcmd__chart__subcmd__help__subcmd__dependency__subcmd__build_commands() {
    local commands; commands=()
    _describe -t commands 'kforge chart help dependency build commands' commands "$@"
}
(( $+functions[_kforge__subcmd__chart__subcmd__help__subcmd__dependency__subcmd__update_commands] )) ||
_kforge__subcmd__chart__subcmd__help__subcmd__dependency__subcmd__update_commands() {
    local commands; commands=()
    _describe -t commands 'kforge chart help dependency update commands' commands "$@"
}
(( $+functions[_kforge__subcmd__chart__subcmd__help__subcmd__help_commands] )) ||
_kforge__subcmd__chart__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'kforge chart help help commands' commands "$@"
}
(( $+functions[_kforge__subcmd__chart__subcmd__help__subcmd__index_commands] )) ||
_kforge__subcmd__chart__subcmd__help__subcmd__index_commands() {
    local commands; commands=()
    _describe -t commands 'kforge chart help index commands' commands "$@"
}
(( $+functions[_kforge__subcmd__chart__subcmd__help__subcmd__lint_commands] )) ||
_kforge__subcmd__chart__subcmd__help__subcmd__lint_commands() {
    local commands; commands=()
    _describe -t commands 'kforge chart help lint commands' commands "$@"
}
(( $+functions[_kforge__subcmd__chart__subcmd__help__subcmd__package_commands] )) ||
_kforge__subcmd__chart__subcmd__help__subcmd__package_commands() {
    local commands; commands=()
    _describe -t commands 'kforge chart help package commands' commands "$@"
}
(( $+functions[_kforge__subcmd__chart__subcmd__help__subcmd__pull_commands] )) ||
_kforge__subcmd__chart__subcmd__help__subcmd__pull_commands() {
    local commands; commands=()
    _describe -t commands 'kforge chart help pull commands' commands "$@"
}
(( $+functions[_kforge__subcmd__chart__subcmd__help__subcmd__push_commands] )) ||
_kforge__subcmd__chart__subcmd__help__subcmd__push_commands() {
    local commands; commands=()
    _describe -t commands 'kforge chart help push commands' commands "$@"
}
(( $+functions[_kforge__subcmd__chart__subcmd__help__subcmd__schema_commands] )) ||
_kforge__subcmd__chart__subcmd__help__subcmd__schema_commands() {
    local commands; commands=()
    _describe -t commands 'kforge chart help schema commands' commands "$@"
}
(( $+functions[_kforge__subcmd__chart__subcmd__index_commands] )) ||
_kforge__subcmd__chart__subcmd__index_commands() {
    local commands; commands=()
    _describe -t commands 'kforge chart index commands' commands "$@"
}
(( $+functions[_kforge__subcmd__chart__subcmd__lint_commands] )) ||
_kforge__subcmd__chart__subcmd__lint_commands() {
    local commands; commands=()
    _describe -t commands 'kforge chart lint commands' commands "$@"
}
(( $+functions[_kforge__subcmd__chart__subcmd__package_commands] )) ||
_kforge__subcmd__chart__subcmd__package_commands() {
    local commands; commands=()
    _describe -t commands 'kforge chart package commands' commands "$@"
}
(( $+functions[_kforge__subcmd__chart__subcmd__pull_commands] )) ||
_kforge__subcmd__chart__subcmd__pull_commands() {
    local commands; commands=()
    _describe -t commands 'kforge chart pull commands' commands "$@"
}
(( $+functions[_kforge__subcmd__chart__subcmd__push_commands] )) ||
_kforge__subcmd__chart__subcmd__push_commands() {
    local commands; commands=()
    _describe -t commands 'kforge chart push commands' commands "$@"
}
(( $+functions[_kforge__subcmd__chart__subcmd__schema_commands] )) ||
_kforge__subcmd__chart__subcmd__schema_commands() {
    local commands; commands=()
    _describe -t commands 'kforge chart schema commands' commands "$@"
}
(( $+functions[_kforge__subcmd__completion_commands] )) ||
_kforge__subcmd__completion_commands() {
    local commands; commands=()
    _describe -t commands 'kforge completion commands' commands "$@"
}
(( $+functions[_kforge__subcmd__create_commands] )) ||
_kforge__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'kforge create commands' commands "$@"
}
(( $+functions[_kforge__subcmd__diff_commands] )) ||
_kforge__subcmd__diff_commands() {
    local commands; commands=()
    _describe -t commands 'kforge diff commands' commands "$@"
}
(( $+functions[_kforge__subcmd__edit_commands] )) ||
_kforge__subcmd__edit_commands() {
    local commands; commands=(
'add:Adds an item to the kustomization file' \
'set:Sets the value of different fields in the kustomization file' \
'remove:Removes items from the kustomization file' \
'fix:Fix the missing and deprecated fields in the kustomization file' \
'alpha-list-builtin-plugin:\[Alpha\] List the builtin plugins' \
'listbuiltin:\[Alpha\] List the builtin plugins' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'kforge edit commands' commands "$@"
}
(( $+functions[_kforge__subcmd__edit__subcmd__add_commands] )) ||
_kforge__subcmd__edit__subcmd__add_commands() {
    local commands; commands=(
'resource:Add the name of a file containing a resource (globs expand; directories and URLs as given)' \
'component:Add the name of a file containing a component' \
'base:Adds one or more bases (comma separated) to the resources' \
'patch:Add an item to the patches field' \
'configmap:Adds a configmap generator entry' \
'secret:Adds a secret generator entry' \
'label:Adds one or more commonLabels (key\:value)' \
'annotation:Adds one or more commonAnnotations (key\:value)' \
'transformer:Add the name of a file containing a transformer configuration' \
'generator:Add the name of a file containing a generator configuration' \
'buildmetadata:Adds one or more buildMetadata options (comma separated)' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'kforge edit add commands' commands "$@"
}
(( $+functions[_kforge__subcmd__edit__subcmd__add__subcmd__annotation_commands] )) ||
_kforge__subcmd__edit__subcmd__add__subcmd__annotation_commands() {
    local commands; commands=()
    _describe -t commands 'kforge edit add annotation commands' commands "$@"
}
(( $+functions[_kforge__subcmd__edit__subcmd__add__subcmd__base_commands] )) ||
_kforge__subcmd__edit__subcmd__add__subcmd__base_commands() {
    local commands; commands=()
    _describe -t commands 'kforge edit add base commands' commands "$@"
}
(( $+functions[_kforge__subcmd__edit__subcmd__add__subcmd__buildmetadata_commands] )) ||
_kforge__subcmd__edit__subcmd__add__subcmd__buildmetadata_commands() {
    local commands; commands=()
    _describe -t commands 'kforge edit add buildmetadata commands' commands "$@"
}
(( $+functions[_kforge__subcmd__edit__subcmd__add__subcmd__component_commands] )) ||
_kforge__subcmd__edit__subcmd__add__subcmd__component_commands() {
    local commands; commands=()
    _describe -t commands 'kforge edit add component commands' commands "$@"
}
(( $+functions[_kforge__subcmd__edit__subcmd__add__subcmd__configmap_commands] )) ||
_kforge__subcmd__edit__subcmd__add__subcmd__configmap_commands() {
    local commands; commands=()
    _describe -t commands 'kforge edit add configmap commands' commands "$@"
}
(( $+functions[_kforge__subcmd__edit__subcmd__add__subcmd__generator_commands] )) ||
_kforge__subcmd__edit__subcmd__add__subcmd__generator_commands() {
    local commands; commands=()
    _describe -t commands 'kforge edit add generator commands' commands "$@"
}
(( $+functions[_kforge__subcmd__edit__subcmd__add__subcmd__help_commands] )) ||
_kforge__subcmd__edit__subcmd__add__subcmd__help_commands() {
    local commands; commands=(
'resource:Add the name of a file containing a resource (globs expand; directories and URLs as given)' \
'component:Add the name of a file containing a component' \
'base:Adds one or more bases (comma separated) to the resources' \
'patch:Add an item to the patches field' \
'configmap:Adds a configmap generator entry' \
'secret:Adds a secret generator entry' \
'label:Adds one or more commonLabels (key\:value)' \
'annotation:Adds one or more commonAnnotations (key\:value)' \
'transformer:Add the name of a file containing a transformer configuration' \
'generator:Add the name of a file containing a generator configuration' \
'buildmetadata:Adds one or more buildMetadata options (comma separated)' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'kforge edit add help commands' commands "$@"
}
(( $+functions[_kforge__subcmd__edit__subcmd__add__subcmd__help__subcmd__annotation_commands] )) ||
_kforge__subcmd__edit__subcmd__add__subcmd__help__subcmd__annotation_commands() {
    local commands; commands=()
    _describe -t commands 'kforge edit add help annotation commands' commands "$@"
}
(( $+functions[_kforge__subcmd__edit__subcmd__add__subcmd__help__subcmd__base_commands] )) ||
_kforge__subcmd__edit__subcmd__add__subcmd__help__subcmd__base_commands() {
    local commands; commands=()
    _describe -t commands 'kforge edit add help base commands' commands "$@"
}
(( $+functions[_kforge__subcmd__edit__subcmd__add__subcmd__help__subcmd__buildmetadata_commands] )) ||
_kforge__subcmd__edit__subcmd__add__subcmd__help__subcmd__buildmetadata_commands() {
    local commands; commands=()
    _describe -t commands 'kforge edit add help buildmetadata commands' commands "$@"
}
(( $+functions[_kforge__subcmd__edit__subcmd__add__subcmd__help__subcmd__component_commands] )) ||
_kforge__subcmd__edit__subcmd__add__subcmd__help__subcmd__component_commands() {
    local commands; commands=()
    _describe -t commands 'kforge edit add help component commands' commands "$@"
}
(( $+functions[_kforge__subcmd__edit__subcmd__add__subcmd__help__subcmd__configmap_commands] )) ||
_kforge__subcmd__edit__subcmd__add__subcmd__help__subcmd__configmap_commands() {
    local commands; commands=()
    _describe -t commands 'kforge edit add help configmap commands' commands "$@"
}
(( $+functions[_kforge__subcmd__edit__subcmd__add__subcmd__help__subcmd__generator_commands] )) ||
_kforge__subcmd__edit__subcmd__add__subcmd__help__subcmd__generator_commands() {
    local commands; commands=()
    _describe -t commands 'kforge edit add help generator commands' commands "$@"
}
(( $+functions[_kforge__subcmd__edit__subcmd__add__subcmd__help__subcmd__help_commands] )) ||
_kforge__subcmd__edit__subcmd__add__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'kforge edit add help help commands' commands "$@"
}
(( $+functions[_kforge__subcmd__edit__subcmd__add__subcmd__help__subcmd__label_commands] )) ||
_kforge__subcmd__edit__subcmd__add__subcmd__help__subcmd__label_commands() {
    local commands; commands=()
    _describe -t commands 'kforge edit add help label commands' commands "$@"
}
(( $+functions[_kforge__subcmd__edit__subcmd__add__subcmd__help__subcmd__patch_commands] )) ||
_kforge__subcmd__edit__subcmd__add__subcmd__help__subcmd__patch_commands() {
    local commands; commands=()
    _describe -t commands 'kforge edit add help patch commands' commands "$@"
}
(( $+functions[_kforge__subcmd__edit__subcmd__add__subcmd__help__subcmd__resource_commands] )) ||
_kforge__subcmd__edit__subcmd__add__subcmd__help__subcmd__resource_commands() {
    local commands; commands=()
    _describe -t commands 'kforge edit add help resource commands' commands "$@"
}
(( $+functions[_kforge__subcmd__edit__subcmd__add__subcmd__help__subcmd__secret_commands] )) ||
_kforge__subcmd__edit__subcmd__add__subcmd__help__subcmd__secret_commands() {
    local commands; commands=()
    _describe -t commands 'kforge edit add help secret commands' commands "$@"
}
(( $+functions[_kforge__subcmd__edit__subcmd__add__subcmd__help__subcmd__transformer_commands] )) ||
_kforge__subcmd__edit__subcmd__add__subcmd__help__subcmd__transformer_commands() {
    local commands; commands=()
    _describe -t commands 'kforge edit add help transformer commands' commands "$@"
}
(( $+functions[_kforge__subcmd__edit__subcmd__add__subcmd__label_commands] )) ||
_kforge__subcmd__edit__subcmd__add__subcmd__label_commands() {
    local commands; commands=()
    _describe -t commands 'kforge edit add label commands' commands "$@"
}
(( $+functions[_kforge__subcmd__edit__subcmd__add__subcmd__patch_commands] )) ||
_kforge__subcmd__edit__subcmd__add__subcmd__patch_commands() {
    local commands; commands=()
    _describe -t commands 'kforge edit add patch commands' commands "$@"
}
(( $+functions[_kforge__subcmd__edit__subcmd__add__subcmd__resource_commands] )) ||
_kforge__subcmd__edit__subcmd__add__subcmd__resource_commands() {
    local commands; commands=()
    _describe -t commands 'kforge edit add resource commands' commands "$@"
}
(( $+functions[_kforge__subcmd__edit__subcmd__add__subcmd__secret_commands] )) ||
_kforge__subcmd__edit__subcmd__add__subcmd__secret_commands() {
    local commands; commands=()
    _describe -t commands 'kforge edit add secret commands' commands "$@"
}
(( $+functions[_kforge__subcmd__edit__subcmd__add__subcmd__transformer_commands] )) ||
_kforge__subcmd__edit__subcmd__add__subcmd__transformer_commands() {
    local commands; commands=()
    _describe -t commands 'kforge edit add transformer commands' commands "$@"
}
(( $+functions[_kforge__subcmd__edit__subcmd__alpha-list-builtin-plugin_commands] )) ||
_kforge__subcmd__edit__subcmd__alpha-list-builtin-plugin_commands() {
    local commands; commands=()
    _describe -t commands 'kforge edit alpha-list-builtin-plugin commands' commands "$@"
}
(( $+functions[_kforge__subcmd__edit__subcmd__fix_commands] )) ||
_kforge__subcmd__edit__subcmd__fix_commands() {
    local commands; commands=()
    _describe -t commands 'kforge edit fix commands' commands "$@"
}
(( $+functions[_kforge__subcmd__edit__subcmd__help_commands] )) ||
_kforge__subcmd__edit__subcmd__help_commands() {
    local commands; commands=(
'add:Adds an item to the kustomization file' \
'set:Sets the value of different fields in the kustomization file' \
'remove:Removes items from the kustomization file' \
'fix:Fix the missing and deprecated fields in the kustomization file' \
'alpha-list-builtin-plugin:\[Alpha\] List the builtin plugins' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'kforge edit help commands' commands "$@"
}
(( $+functions[_kforge__subcmd__edit__subcmd__help__subcmd__add_commands] )) ||
_kforge__subcmd__edit__subcmd__help__subcmd__add_commands() {
    local commands; commands=(
'resource:Add the name of a file containing a resource (globs expand; directories and URLs as given)' \
'component:Add the name of a file containing a component' \
'base:Adds one or more bases (comma separated) to the resources' \
'patch:Add an item to the patches field' \
'configmap:Adds a configmap generator entry' \
'secret:Adds a secret generator entry' \
'label:Adds one or more commonLabels (key\:value)' \
'annotation:Adds one or more commonAnnotations (key\:value)' \
'transformer:Add the name of a file containing a transformer configuration' \
'generator:Add the name of a file containing a generator configuration' \
'buildmetadata:Adds one or more buildMetadata options (comma separated)' \
    )
    _describe -t commands 'kforge edit help add commands' commands "$@"
}
(( $+functions[_kforge__subcmd__edit__subcmd__help__subcmd__add__subcmd__annotation_commands] )) ||
_kforge__subcmd__edit__subcmd__help__subcmd__add__subcmd__annotation_commands() {
    local commands; commands=()
    _describe -t commands 'kforge edit help add annotation commands' commands "$@"
}
(( $+functions[_kforge__subcmd__edit__subcmd__help__subcmd__add__subcmd__base_commands] )) ||
_kforge__subcmd__edit__subcmd__help__subcmd__add__subcmd__base_commands() {
    local commands; commands=()
    _describe -t commands 'kforge edit help add base commands' commands "$@"
}
(( $+functions[_kforge__subcmd__edit__subcmd__help__subcmd__add__subcmd__buildmetadata_commands] )) ||
_kforge__subcmd__edit__subcmd__help__subcmd__add__subcmd__buildmetadata_commands() {
    local commands; commands=()
    _describe -t commands 'kforge edit help add buildmetadata commands' commands "$@"
}
(( $+functions[_kforge__subcmd__edit__subcmd__help__subcmd__add__subcmd__component_commands] )) ||
_kforge__subcmd__edit__subcmd__help__subcmd__add__subcmd__component_commands() {
    local commands; commands=()
    _describe -t commands 'kforge edit help add component commands' commands "$@"
}
(( $+functions[_kforge__subcmd__edit__subcmd__help__subcmd__add__subcmd__configmap_commands] )) ||
_kforge__subcmd__edit__subcmd__help__subcmd__add__subcmd__configmap_commands() {
    local commands; commands=()
    _describe -t commands 'kforge edit help add configmap commands' commands "$@"
}
(( $+functions[_kforge__subcmd__edit__subcmd__help__subcmd__add__subcmd__generator_commands] )) ||
_kforge__subcmd__edit__subcmd__help__subcmd__add__subcmd__generator_commands() {
    local commands; commands=()
    _describe -t commands 'kforge edit help add generator commands' commands "$@"
}
(( $+functions[_kforge__subcmd__edit__subcmd__help__subcmd__add__subcmd__label_commands] )) ||
_kforge__subcmd__edit__subcmd__help__subcmd__add__subcmd__label_commands() {
    local commands; commands=()
    _describe -t commands 'kforge edit help add label commands' commands "$@"
}
(( $+functions[_kforge__subcmd__edit__subcmd__help__subcmd__add__subcmd__patch_commands] )) ||
_kforge__subcmd__edit__subcmd__help__subcmd__add__subcmd__patch_commands() {
    local commands; commands=()
    _describe -t commands 'kforge edit help add patch commands' commands "$@"
}
(( $+functions[_kforge__subcmd__edit__subcmd__help__subcmd__add__subcmd__resource_commands] )) ||
_kforge__subcmd__edit__subcmd__help__subcmd__add__subcmd__resource_commands() {
    local commands; commands=()
    _describe -t commands 'kforge edit help add resource commands' commands "$@"
}
(( $+functions[_kforge__subcmd__edit__subcmd__help__subcmd__add__subcmd__secret_commands] )) ||
_kforge__subcmd__edit__subcmd__help__subcmd__add__subcmd__secret_commands() {
    local commands; commands=()
    _describe -t commands 'kforge edit help add secret commands' commands "$@"
}
(( $+functions[_kforge__subcmd__edit__subcmd__help__subcmd__add__subcmd__transformer_commands] )) ||
_kforge__subcmd__edit__subcmd__help__subcmd__add__subcmd__transformer_commands() {
    local commands; commands=()
    _describe -t commands 'kforge edit help add transformer commands' commands "$@"
}
(( $+functions[_kforge__subcmd__edit__subcmd__help__subcmd__alpha-list-builtin-plugin_commands] )) ||
_kforge__subcmd__edit__subcmd__help__subcmd__alpha-list-builtin-plugin_commands() {
    local commands; commands=()
    _describe -t commands 'kforge edit help alpha-list-builtin-plugin commands' commands "$@"
}
(( $+functions[_kforge__subcmd__edit__subcmd__help__subcmd__fix_commands] )) ||
_kforge__subcmd__edit__subcmd__help__subcmd__fix_commands() {
    local commands; commands=()
    _describe -t commands 'kforge edit help fix commands' commands "$@"
}
(( $+functions[_kforge__subcmd__edit__subcmd__help__subcmd__help_commands] )) ||
_kforge__subcmd__edit__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'kforge edit help help commands' commands "$@"
}
(( $+functions[_kforge__subcmd__edit__subcmd__help__subcmd__remove_commands] )) ||
_kforge__subcmd__edit__subcmd__help__subcmd__remove_commands() {
    local commands; commands=(
'resource:Removes resources (patterns match entries of the file)' \
'component:Removes components (patterns match entries of the file)' \
'patch:Removes a patch (same flags as \`add patch\`)' \
'label:Removes commonLabels (comma separated keys)' \
'annotation:Removes commonAnnotations (comma separated keys)' \
'transformer:Removes transformers (patterns match entries of the file)' \
'configmap:Removes configmap generator entries (comma separated names)' \
'secret:Removes secret generator entries (comma separated names)' \
'buildmetadata:Removes buildMetadata options (comma separated)' \
    )
    _describe -t commands 'kforge edit help remove commands' commands "$@"
}
(( $+functions[_kforge__subcmd__edit__subcmd__help__subcmd__remove__subcmd__annotation_commands] )) ||
_kforge__subcmd__edit__subcmd__help__subcmd__remove__subcmd__annotation_commands() {
    local commands; commands=()
    _describe -t commands 'kforge edit help remove annotation commands' commands "$@"
}
(( $+functions[_kforge__subcmd__edit__subcmd__help__subcmd__remove__subcmd__buildmetadata_commands] )) ||
_kforge__subcmd__edit__subcmd__help__subcmd__remove__subcmd__buildmetadata_commands() {
    local commands; commands=()
    _describe -t commands 'kforge edit help remove buildmetadata commands' commands "$@"
}
(( $+functions[_kforge__subcmd__edit__subcmd__help__subcmd__remove__subcmd__component_commands] )) ||
_kforge__subcmd__edit__subcmd__help__subcmd__remove__subcmd__component_commands() {
    local commands; commands=()
    _describe -t commands 'kforge edit help remove component commands' commands "$@"
}
(( $+functions[_kforge__subcmd__edit__subcmd__help__subcmd__remove__subcmd__configmap_commands] )) ||
_kforge__subcmd__edit__subcmd__help__subcmd__remove__subcmd__configmap_commands() {
    local commands; commands=()
    _describe -t commands 'kforge edit help remove configmap commands' commands "$@"
}
(( $+functions[_kforge__subcmd__edit__subcmd__help__subcmd__remove__subcmd__label_commands] )) ||
_kforge__subcmd__edit__subcmd__help__subcmd__remove__subcmd__label_commands() {
    local commands; commands=()
    _describe -t commands 'kforge edit help remove label commands' commands "$@"
}
(( $+functions[_kforge__subcmd__edit__subcmd__help__subcmd__remove__subcmd__patch_commands] )) ||
_kforge__subcmd__edit__subcmd__help__subcmd__remove__subcmd__patch_commands() {
    local commands; commands=()
    _describe -t commands 'kforge edit help remove patch commands' commands "$@"
}
(( $+functions[_kforge__subcmd__edit__subcmd__help__subcmd__remove__subcmd__resource_commands] )) ||
_kforge__subcmd__edit__subcmd__help__subcmd__remove__subcmd__resource_commands() {
    local commands; commands=()
    _describe -t commands 'kforge edit help remove resource commands' commands "$@"
}
(( $+functions[_kforge__subcmd__edit__subcmd__help__subcmd__remove__subcmd__secret_commands] )) ||
_kforge__subcmd__edit__subcmd__help__subcmd__remove__subcmd__secret_commands() {
    local commands; commands=()
    _describe -t commands 'kforge edit help remove secret commands' commands "$@"
}
(( $+functions[_kforge__subcmd__edit__subcmd__help__subcmd__remove__subcmd__transformer_commands] )) ||
_kforge__subcmd__edit__subcmd__help__subcmd__remove__subcmd__transformer_commands() {
    local commands; commands=()
    _describe -t commands 'kforge edit help remove transformer commands' commands "$@"
}
(( $+functions[_kforge__subcmd__edit__subcmd__help__subcmd__set_commands] )) ||
_kforge__subcmd__edit__subcmd__help__subcmd__set_commands() {
    local commands; commands=(
'image:Sets images and their new names, new tags or digests (NAME=NEWNAME\:TAG@DIGEST, NAME\:TAG, NAME@DIGEST, ...)' \
'namespace:Sets the value of the namespace field' \
'nameprefix:Sets the value of the namePrefix field' \
'namesuffix:Sets the value of the nameSuffix field' \
'label:Sets one or more commonLabels (key\:value)' \
'annotation:Sets one or more commonAnnotations (key\:value)' \
'replicas:Sets replicas count for resources (NAME=COUNT)' \
'buildmetadata:Sets the buildMetadata options (comma separated), replacing the present ones' \
'configmap:Edits the value of existing keys (or the namespace) of a configMapGenerator entry' \
'secret:Edits the value of existing keys (or the namespace) of a secretGenerator entry' \
    )
    _describe -t commands 'kforge edit help set commands' commands "$@"
}
(( $+functions[_kforge__subcmd__edit__subcmd__help__subcmd__set__subcmd__annotation_commands] )) ||
_kforge__subcmd__edit__subcmd__help__subcmd__set__subcmd__annotation_commands() {
    local commands; commands=()
    _describe -t commands 'kforge edit help set annotation commands' commands "$@"
}
(( $+functions[_kforge__subcmd__edit__subcmd__help__subcmd__set__subcmd__buildmetadata_commands] )) ||
_kforge__subcmd__edit__subcmd__help__subcmd__set__subcmd__buildmetadata_commands() {
    local commands; commands=()
    _describe -t commands 'kforge edit help set buildmetadata commands' commands "$@"
}
(( $+functions[_kforge__subcmd__edit__subcmd__help__subcmd__set__subcmd__configmap_commands] )) ||
_kforge__subcmd__edit__subcmd__help__subcmd__set__subcmd__configmap_commands() {
    local commands; commands=()
    _describe -t commands 'kforge edit help set configmap commands' commands "$@"
}
(( $+functions[_kforge__subcmd__edit__subcmd__help__subcmd__set__subcmd__image_commands] )) ||
_kforge__subcmd__edit__subcmd__help__subcmd__set__subcmd__image_commands() {
    local commands; commands=()
    _describe -t commands 'kforge edit help set image commands' commands "$@"
}
(( $+functions[_kforge__subcmd__edit__subcmd__help__subcmd__set__subcmd__label_commands] )) ||
_kforge__subcmd__edit__subcmd__help__subcmd__set__subcmd__label_commands() {
    local commands; commands=()
    _describe -t commands 'kforge edit help set label commands' commands "$@"
}
(( $+functions[_kforge__subcmd__edit__subcmd__help__subcmd__set__subcmd__nameprefix_commands] )) ||
_kforge__subcmd__edit__subcmd__help__subcmd__set__subcmd__nameprefix_commands() {
    local commands; commands=()
    _describe -t commands 'kforge edit help set nameprefix commands' commands "$@"
}
(( $+functions[_kforge__subcmd__edit__subcmd__help__subcmd__set__subcmd__namespace_commands] )) ||
_kforge__subcmd__edit__subcmd__help__subcmd__set__subcmd__namespace_commands() {
    local commands; commands=()
    _describe -t commands 'kforge edit help set namespace commands' commands "$@"
}
(( $+functions[_kforge__subcmd__edit__subcmd__help__subcmd__set__subcmd__namesuffix_commands] )) ||
_kforge__subcmd__edit__subcmd__help__subcmd__set__subcmd__namesuffix_commands() {
    local commands; commands=()
    _describe -t commands 'kforge edit help set namesuffix commands' commands "$@"
}
(( $+functions[_kforge__subcmd__edit__subcmd__help__subcmd__set__subcmd__replicas_commands] )) ||
_kforge__subcmd__edit__subcmd__help__subcmd__set__subcmd__replicas_commands() {
    local commands; commands=()
    _describe -t commands 'kforge edit help set replicas commands' commands "$@"
}
(( $+functions[_kforge__subcmd__edit__subcmd__help__subcmd__set__subcmd__secret_commands] )) ||
_kforge__subcmd__edit__subcmd__help__subcmd__set__subcmd__secret_commands() {
    local commands; commands=()
    _describe -t commands 'kforge edit help set secret commands' commands "$@"
}
(( $+functions[_kforge__subcmd__edit__subcmd__remove_commands] )) ||
_kforge__subcmd__edit__subcmd__remove_commands() {
    local commands; commands=(
'resource:Removes resources (patterns match entries of the file)' \
'component:Removes components (patterns match entries of the file)' \
'patch:Removes a patch (same flags as \`add patch\`)' \
'label:Removes commonLabels (comma separated keys)' \
'annotation:Removes commonAnnotations (comma separated keys)' \
'transformer:Removes transformers (patterns match entries of the file)' \
'configmap:Removes configmap generator entries (comma separated names)' \
'secret:Removes secret generator entries (comma separated names)' \
'buildmetadata:Removes buildMetadata options (comma separated)' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'kforge edit remove commands' commands "$@"
}
(( $+functions[_kforge__subcmd__edit__subcmd__remove__subcmd__annotation_commands] )) ||
_kforge__subcmd__edit__subcmd__remove__subcmd__annotation_commands() {
    local commands; commands=()
    _describe -t commands 'kforge edit remove annotation commands' commands "$@"
}
(( $+functions[_kforge__subcmd__edit__subcmd__remove__subcmd__buildmetadata_commands] )) ||
_kforge__subcmd__edit__subcmd__remove__subcmd__buildmetadata_commands() {
    local commands; commands=()
    _describe -t commands 'kforge edit remove buildmetadata commands' commands "$@"
}
(( $+functions[_kforge__subcmd__edit__subcmd__remove__subcmd__component_commands] )) ||
_kforge__subcmd__edit__subcmd__remove__subcmd__component_commands() {
    local commands; commands=()
    _describe -t commands 'kforge edit remove component commands' commands "$@"
}
(( $+functions[_kforge__subcmd__edit__subcmd__remove__subcmd__configmap_commands] )) ||
_kforge__subcmd__edit__subcmd__remove__subcmd__configmap_commands() {
    local commands; commands=()
    _describe -t commands 'kforge edit remove configmap commands' commands "$@"
}
(( $+functions[_kforge__subcmd__edit__subcmd__remove__subcmd__help_commands] )) ||
_kforge__subcmd__edit__subcmd__remove__subcmd__help_commands() {
    local commands; commands=(
'resource:Removes resources (patterns match entries of the file)' \
'component:Removes components (patterns match entries of the file)' \
'patch:Removes a patch (same flags as \`add patch\`)' \
'label:Removes commonLabels (comma separated keys)' \
'annotation:Removes commonAnnotations (comma separated keys)' \
'transformer:Removes transformers (patterns match entries of the file)' \
'configmap:Removes configmap generator entries (comma separated names)' \
'secret:Removes secret generator entries (comma separated names)' \
'buildmetadata:Removes buildMetadata options (comma separated)' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'kforge edit remove help commands' commands "$@"
}
(( $+functions[_kforge__subcmd__edit__subcmd__remove__subcmd__help__subcmd__annotation_commands] )) ||
_kforge__subcmd__edit__subcmd__remove__subcmd__help__subcmd__annotation_commands() {
    local commands; commands=()
    _describe -t commands 'kforge edit remove help annotation commands' commands "$@"
}
(( $+functions[_kforge__subcmd__edit__subcmd__remove__subcmd__help__subcmd__buildmetadata_commands] )) ||
_kforge__subcmd__edit__subcmd__remove__subcmd__help__subcmd__buildmetadata_commands() {
    local commands; commands=()
    _describe -t commands 'kforge edit remove help buildmetadata commands' commands "$@"
}
(( $+functions[_kforge__subcmd__edit__subcmd__remove__subcmd__help__subcmd__component_commands] )) ||
_kforge__subcmd__edit__subcmd__remove__subcmd__help__subcmd__component_commands() {
    local commands; commands=()
    _describe -t commands 'kforge edit remove help component commands' commands "$@"
}
(( $+functions[_kforge__subcmd__edit__subcmd__remove__subcmd__help__subcmd__configmap_commands] )) ||
_kforge__subcmd__edit__subcmd__remove__subcmd__help__subcmd__configmap_commands() {
    local commands; commands=()
    _describe -t commands 'kforge edit remove help configmap commands' commands "$@"
}
(( $+functions[_kforge__subcmd__edit__subcmd__remove__subcmd__help__subcmd__help_commands] )) ||
_kforge__subcmd__edit__subcmd__remove__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'kforge edit remove help help commands' commands "$@"
}
(( $+functions[_kforge__subcmd__edit__subcmd__remove__subcmd__help__subcmd__label_commands] )) ||
_kforge__subcmd__edit__subcmd__remove__subcmd__help__subcmd__label_commands() {
    local commands; commands=()
    _describe -t commands 'kforge edit remove help label commands' commands "$@"
}
(( $+functions[_kforge__subcmd__edit__subcmd__remove__subcmd__help__subcmd__patch_commands] )) ||
_kforge__subcmd__edit__subcmd__remove__subcmd__help__subcmd__patch_commands() {
    local commands; commands=()
    _describe -t commands 'kforge edit remove help patch commands' commands "$@"
}
(( $+functions[_kforge__subcmd__edit__subcmd__remove__subcmd__help__subcmd__resource_commands] )) ||
_kforge__subcmd__edit__subcmd__remove__subcmd__help__subcmd__resource_commands() {
    local commands; commands=()
    _describe -t commands 'kforge edit remove help resource commands' commands "$@"
}
(( $+functions[_kforge__subcmd__edit__subcmd__remove__subcmd__help__subcmd__secret_commands] )) ||
_kforge__subcmd__edit__subcmd__remove__subcmd__help__subcmd__secret_commands() {
    local commands; commands=()
    _describe -t commands 'kforge edit remove help secret commands' commands "$@"
}
(( $+functions[_kforge__subcmd__edit__subcmd__remove__subcmd__help__subcmd__transformer_commands] )) ||
_kforge__subcmd__edit__subcmd__remove__subcmd__help__subcmd__transformer_commands() {
    local commands; commands=()
    _describe -t commands 'kforge edit remove help transformer commands' commands "$@"
}
(( $+functions[_kforge__subcmd__edit__subcmd__remove__subcmd__label_commands] )) ||
_kforge__subcmd__edit__subcmd__remove__subcmd__label_commands() {
    local commands; commands=()
    _describe -t commands 'kforge edit remove label commands' commands "$@"
}
(( $+functions[_kforge__subcmd__edit__subcmd__remove__subcmd__patch_commands] )) ||
_kforge__subcmd__edit__subcmd__remove__subcmd__patch_commands() {
    local commands; commands=()
    _describe -t commands 'kforge edit remove patch commands' commands "$@"
}
(( $+functions[_kforge__subcmd__edit__subcmd__remove__subcmd__resource_commands] )) ||
_kforge__subcmd__edit__subcmd__remove__subcmd__resource_commands() {
    local commands; commands=()
    _describe -t commands 'kforge edit remove resource commands' commands "$@"
}
(( $+functions[_kforge__subcmd__edit__subcmd__remove__subcmd__secret_commands] )) ||
_kforge__subcmd__edit__subcmd__remove__subcmd__secret_commands() {
    local commands; commands=()
    _describe -t commands 'kforge edit remove secret commands' commands "$@"
}
(( $+functions[_kforge__subcmd__edit__subcmd__remove__subcmd__transformer_commands] )) ||
_kforge__subcmd__edit__subcmd__remove__subcmd__transformer_commands() {
    local commands; commands=()
    _describe -t commands 'kforge edit remove transformer commands' commands "$@"
}
(( $+functions[_kforge__subcmd__edit__subcmd__set_commands] )) ||
_kforge__subcmd__edit__subcmd__set_commands() {
    local commands; commands=(
'image:Sets images and their new names, new tags or digests (NAME=NEWNAME\:TAG@DIGEST, NAME\:TAG, NAME@DIGEST, ...)' \
'namespace:Sets the value of the namespace field' \
'nameprefix:Sets the value of the namePrefix field' \
'namesuffix:Sets the value of the nameSuffix field' \
'label:Sets one or more commonLabels (key\:value)' \
'annotation:Sets one or more commonAnnotations (key\:value)' \
'replicas:Sets replicas count for resources (NAME=COUNT)' \
'buildmetadata:Sets the buildMetadata options (comma separated), replacing the present ones' \
'configmap:Edits the value of existing keys (or the namespace) of a configMapGenerator entry' \
'secret:Edits the value of existing keys (or the namespace) of a secretGenerator entry' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'kforge edit set commands' commands "$@"
}
(( $+functions[_kforge__subcmd__edit__subcmd__set__subcmd__annotation_commands] )) ||
_kforge__subcmd__edit__subcmd__set__subcmd__annotation_commands() {
    local commands; commands=()
    _describe -t commands 'kforge edit set annotation commands' commands "$@"
}
(( $+functions[_kforge__subcmd__edit__subcmd__set__subcmd__buildmetadata_commands] )) ||
_kforge__subcmd__edit__subcmd__set__subcmd__buildmetadata_commands() {
    local commands; commands=()
    _describe -t commands 'kforge edit set buildmetadata commands' commands "$@"
}
(( $+functions[_kforge__subcmd__edit__subcmd__set__subcmd__configmap_commands] )) ||
_kforge__subcmd__edit__subcmd__set__subcmd__configmap_commands() {
    local commands; commands=()
    _describe -t commands 'kforge edit set configmap commands' commands "$@"
}
(( $+functions[_kforge__subcmd__edit__subcmd__set__subcmd__help_commands] )) ||
_kforge__subcmd__edit__subcmd__set__subcmd__help_commands() {
    local commands; commands=(
'image:Sets images and their new names, new tags or digests (NAME=NEWNAME\:TAG@DIGEST, NAME\:TAG, NAME@DIGEST, ...)' \
'namespace:Sets the value of the namespace field' \
'nameprefix:Sets the value of the namePrefix field' \
'namesuffix:Sets the value of the nameSuffix field' \
'label:Sets one or more commonLabels (key\:value)' \
'annotation:Sets one or more commonAnnotations (key\:value)' \
'replicas:Sets replicas count for resources (NAME=COUNT)' \
'buildmetadata:Sets the buildMetadata options (comma separated), replacing the present ones' \
'configmap:Edits the value of existing keys (or the namespace) of a configMapGenerator entry' \
'secret:Edits the value of existing keys (or the namespace) of a secretGenerator entry' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'kforge edit set help commands' commands "$@"
}
(( $+functions[_kforge__subcmd__edit__subcmd__set__subcmd__help__subcmd__annotation_commands] )) ||
_kforge__subcmd__edit__subcmd__set__subcmd__help__subcmd__annotation_commands() {
    local commands; commands=()
    _describe -t commands 'kforge edit set help annotation commands' commands "$@"
}
(( $+functions[_kforge__subcmd__edit__subcmd__set__subcmd__help__subcmd__buildmetadata_commands] )) ||
_kforge__subcmd__edit__subcmd__set__subcmd__help__subcmd__buildmetadata_commands() {
    local commands; commands=()
    _describe -t commands 'kforge edit set help buildmetadata commands' commands "$@"
}
(( $+functions[_kforge__subcmd__edit__subcmd__set__subcmd__help__subcmd__configmap_commands] )) ||
_kforge__subcmd__edit__subcmd__set__subcmd__help__subcmd__configmap_commands() {
    local commands; commands=()
    _describe -t commands 'kforge edit set help configmap commands' commands "$@"
}
(( $+functions[_kforge__subcmd__edit__subcmd__set__subcmd__help__subcmd__help_commands] )) ||
_kforge__subcmd__edit__subcmd__set__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'kforge edit set help help commands' commands "$@"
}
(( $+functions[_kforge__subcmd__edit__subcmd__set__subcmd__help__subcmd__image_commands] )) ||
_kforge__subcmd__edit__subcmd__set__subcmd__help__subcmd__image_commands() {
    local commands; commands=()
    _describe -t commands 'kforge edit set help image commands' commands "$@"
}
(( $+functions[_kforge__subcmd__edit__subcmd__set__subcmd__help__subcmd__label_commands] )) ||
_kforge__subcmd__edit__subcmd__set__subcmd__help__subcmd__label_commands() {
    local commands; commands=()
    _describe -t commands 'kforge edit set help label commands' commands "$@"
}
(( $+functions[_kforge__subcmd__edit__subcmd__set__subcmd__help__subcmd__nameprefix_commands] )) ||
_kforge__subcmd__edit__subcmd__set__subcmd__help__subcmd__nameprefix_commands() {
    local commands; commands=()
    _describe -t commands 'kforge edit set help nameprefix commands' commands "$@"
}
(( $+functions[_kforge__subcmd__edit__subcmd__set__subcmd__help__subcmd__namespace_commands] )) ||
_kforge__subcmd__edit__subcmd__set__subcmd__help__subcmd__namespace_commands() {
    local commands; commands=()
    _describe -t commands 'kforge edit set help namespace commands' commands "$@"
}
(( $+functions[_kforge__subcmd__edit__subcmd__set__subcmd__help__subcmd__namesuffix_commands] )) ||
_kforge__subcmd__edit__subcmd__set__subcmd__help__subcmd__namesuffix_commands() {
    local commands; commands=()
    _describe -t commands 'kforge edit set help namesuffix commands' commands "$@"
}
(( $+functions[_kforge__subcmd__edit__subcmd__set__subcmd__help__subcmd__replicas_commands] )) ||
_kforge__subcmd__edit__subcmd__set__subcmd__help__subcmd__replicas_commands() {
    local commands; commands=()
    _describe -t commands 'kforge edit set help replicas commands' commands "$@"
}
(( $+functions[_kforge__subcmd__edit__subcmd__set__subcmd__help__subcmd__secret_commands] )) ||
_kforge__subcmd__edit__subcmd__set__subcmd__help__subcmd__secret_commands() {
    local commands; commands=()
    _describe -t commands 'kforge edit set help secret commands' commands "$@"
}
(( $+functions[_kforge__subcmd__edit__subcmd__set__subcmd__image_commands] )) ||
_kforge__subcmd__edit__subcmd__set__subcmd__image_commands() {
    local commands; commands=()
    _describe -t commands 'kforge edit set image commands' commands "$@"
}
(( $+functions[_kforge__subcmd__edit__subcmd__set__subcmd__label_commands] )) ||
_kforge__subcmd__edit__subcmd__set__subcmd__label_commands() {
    local commands; commands=()
    _describe -t commands 'kforge edit set label commands' commands "$@"
}
(( $+functions[_kforge__subcmd__edit__subcmd__set__subcmd__nameprefix_commands] )) ||
_kforge__subcmd__edit__subcmd__set__subcmd__nameprefix_commands() {
    local commands; commands=()
    _describe -t commands 'kforge edit set nameprefix commands' commands "$@"
}
(( $+functions[_kforge__subcmd__edit__subcmd__set__subcmd__namespace_commands] )) ||
_kforge__subcmd__edit__subcmd__set__subcmd__namespace_commands() {
    local commands; commands=()
    _describe -t commands 'kforge edit set namespace commands' commands "$@"
}
(( $+functions[_kforge__subcmd__edit__subcmd__set__subcmd__namesuffix_commands] )) ||
_kforge__subcmd__edit__subcmd__set__subcmd__namesuffix_commands() {
    local commands; commands=()
    _describe -t commands 'kforge edit set namesuffix commands' commands "$@"
}
(( $+functions[_kforge__subcmd__edit__subcmd__set__subcmd__replicas_commands] )) ||
_kforge__subcmd__edit__subcmd__set__subcmd__replicas_commands() {
    local commands; commands=()
    _describe -t commands 'kforge edit set replicas commands' commands "$@"
}
(( $+functions[_kforge__subcmd__edit__subcmd__set__subcmd__secret_commands] )) ||
_kforge__subcmd__edit__subcmd__set__subcmd__secret_commands() {
    local commands; commands=()
    _describe -t commands 'kforge edit set secret commands' commands "$@"
}
(( $+functions[_kforge__subcmd__help_commands] )) ||
_kforge__subcmd__help_commands() {
    local commands; commands=(
'build:Build a kustomization directory and print the resources (like \`kustomize build\`)' \
'edit:Change the kustomization file in the current directory (like \`kustomize edit\`)' \
'create:Create a kustomization.yaml in the current directory (like \`kustomize create\`)' \
'localize:Vendor a kustomization into a new directory (like \`kustomize localize\`), or, with --mirror, rewrite every image to a regional mirror' \
'cfg:Read resource files (like \`kustomize cfg\`)\: count' \
'version:Print the version, the commit, and the kustomize and Helm versions kforge matches' \
'completion:Print a shell completion script (bash, zsh, fish, elvish, powershell)' \
'images:List every container image with where it came from (a CI gate with --allowed-registries)' \
'mirror:Mirror images (and charts) to another registry, check mirrors are current, runtime mirror configuration' \
'diff:Compare two renders (files, directories or -) by resource id; exit 3 when they differ' \
'template:Render a chart (like \`helm template\`)' \
'chart:Create, lint, package and index charts' \
'registry:Log in to and out of container registries' \
'man:Print a manual page (roff)\: kforge(1), or kforge-SUBCOMMAND(1) (nested\: kforge man chart push)' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'kforge help commands' commands "$@"
}
(( $+functions[_kforge__subcmd__help__subcmd__build_commands] )) ||
_kforge__subcmd__help__subcmd__build_commands() {
    local commands; commands=()
    _describe -t commands 'kforge help build commands' commands "$@"
}
(( $+functions[_kforge__subcmd__help__subcmd__cfg_commands] )) ||
_kforge__subcmd__help__subcmd__cfg_commands() {
    local commands; commands=(
'count:Count resources by kind in the YAML files of DIR (or stdin), like \`kustomize cfg count\`' \
    )
    _describe -t commands 'kforge help cfg commands' commands "$@"
}
(( $+functions[_kforge__subcmd__help__subcmd__cfg__subcmd__count_commands] )) ||
_kforge__subcmd__help__subcmd__cfg__subcmd__count_commands() {
    local commands; commands=()
    _describe -t commands 'kforge help cfg count commands' commands "$@"
}
(( $+functions[_kforge__subcmd__help__subcmd__chart_commands] )) ||
_kforge__subcmd__help__subcmd__chart_commands() {
    local commands; commands=(
'create:Create a starter kforge chart (the objects \`helm create\` makes, templates in minijinja)' \
'lint:Check a chart\: Chart.yaml, values against the schema, templates, rendered objects' \
'package:Package a chart into a byte-reproducible NAME-VERSION.tgz' \
'dependency:Vendor a chart'\''s dependencies into charts/ and write Chart.lock' \
'schema:Write values.schema.json inferred from values.yaml' \
'index:Write index.yaml for a folder of chart packages (like \`helm repo index\`)' \
'push:Push a chart archive to an OCI registry (as \`helm push\`)' \
'pull:Download a chart from an OCI registry or an HTTP chart repository (as \`helm pull\`)' \
    )
    _describe -t commands 'kforge help chart commands' commands "$@"
}
(( $+functions[_kforge__subcmd__help__subcmd__chart__subcmd__create_commands] )) ||
_kforge__subcmd__help__subcmd__chart__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'kforge help chart create commands' commands "$@"
}
(( $+functions[_kforge__subcmd__help__subcmd__chart__subcmd__dependency_commands] )) ||
_kforge__subcmd__help__subcmd__chart__subcmd__dependency_commands() {
    local commands; commands=(
'update:Resolve Chart.yaml'\''s dependencies (file\://, http(s)\:// and oci\:// repositories, archives in charts/), vendor them, write Chart.lock' \
'build:Vendor the versions Chart.lock pins (update when there is no lock)' \
    )
    _describe -t commands 'kforge help chart dependency commands' commands "$@"
}
(( $+functions[_kforge__subcmd__help__subcmd__chart__subcmd__dependency__subcmd__build_commands] )) ||
_kforge__subcmd__help__subcmd__chart__subcmd__dependency__subcmd__build_commands() {
    local commands; commands=()
    _describe -t commands 'kforge help chart dependency build commands' commands "$@"
}
(( $+functions[_kforge__subcmd__help__subcmd__chart__subcmd__dependency__subcmd__update_commands] )) ||
_kforge__subcmd__help__subcmd__chart__subcmd__dependency__subcmd__update_commands() {
    local commands; commands=()
    _describe -t commands 'kforge help chart dependency update commands' commands "$@"
}
(( $+functions[_kforge__subcmd__help__subcmd__chart__subcmd__index_commands] )) ||
_kforge__subcmd__help__subcmd__chart__subcmd__index_commands() {
    local commands; commands=()
    _describe -t commands 'kforge help chart index commands' commands "$@"
}
(( $+functions[_kforge__subcmd__help__subcmd__chart__subcmd__lint_commands] )) ||
_kforge__subcmd__help__subcmd__chart__subcmd__lint_commands() {
    local commands; commands=()
    _describe -t commands 'kforge help chart lint commands' commands "$@"
}
(( $+functions[_kforge__subcmd__help__subcmd__chart__subcmd__package_commands] )) ||
_kforge__subcmd__help__subcmd__chart__subcmd__package_commands() {
    local commands; commands=()
    _describe -t commands 'kforge help chart package commands' commands "$@"
}
(( $+functions[_kforge__subcmd__help__subcmd__chart__subcmd__pull_commands] )) ||
_kforge__subcmd__help__subcmd__chart__subcmd__pull_commands() {
    local commands; commands=()
    _describe -t commands 'kforge help chart pull commands' commands "$@"
}
(( $+functions[_kforge__subcmd__help__subcmd__chart__subcmd__push_commands] )) ||
_kforge__subcmd__help__subcmd__chart__subcmd__push_commands() {
    local commands; commands=()
    _describe -t commands 'kforge help chart push commands' commands "$@"
}
(( $+functions[_kforge__subcmd__help__subcmd__chart__subcmd__schema_commands] )) ||
_kforge__subcmd__help__subcmd__chart__subcmd__schema_commands() {
    local commands; commands=()
    _describe -t commands 'kforge help chart schema commands' commands "$@"
}
(( $+functions[_kforge__subcmd__help__subcmd__completion_commands] )) ||
_kforge__subcmd__help__subcmd__completion_commands() {
    local commands; commands=()
    _describe -t commands 'kforge help completion commands' commands "$@"
}
(( $+functions[_kforge__subcmd__help__subcmd__create_commands] )) ||
_kforge__subcmd__help__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'kforge help create commands' commands "$@"
}
(( $+functions[_kforge__subcmd__help__subcmd__diff_commands] )) ||
_kforge__subcmd__help__subcmd__diff_commands() {
    local commands; commands=()
    _describe -t commands 'kforge help diff commands' commands "$@"
}
(( $+functions[_kforge__subcmd__help__subcmd__edit_commands] )) ||
_kforge__subcmd__help__subcmd__edit_commands() {
    local commands; commands=(
'add:Adds an item to the kustomization file' \
'set:Sets the value of different fields in the kustomization file' \
'remove:Removes items from the kustomization file' \
'fix:Fix the missing and deprecated fields in the kustomization file' \
'alpha-list-builtin-plugin:\[Alpha\] List the builtin plugins' \
    )
    _describe -t commands 'kforge help edit commands' commands "$@"
}
(( $+functions[_kforge__subcmd__help__subcmd__edit__subcmd__add_commands] )) ||
_kforge__subcmd__help__subcmd__edit__subcmd__add_commands() {
    local commands; commands=(
'resource:Add the name of a file containing a resource (globs expand; directories and URLs as given)' \
'component:Add the name of a file containing a component' \
'base:Adds one or more bases (comma separated) to the resources' \
'patch:Add an item to the patches field' \
'configmap:Adds a configmap generator entry' \
'secret:Adds a secret generator entry' \
'label:Adds one or more commonLabels (key\:value)' \
'annotation:Adds one or more commonAnnotations (key\:value)' \
'transformer:Add the name of a file containing a transformer configuration' \
'generator:Add the name of a file containing a generator configuration' \
'buildmetadata:Adds one or more buildMetadata options (comma separated)' \
    )
    _describe -t commands 'kforge help edit add commands' commands "$@"
}
(( $+functions[_kforge__subcmd__help__subcmd__edit__subcmd__add__subcmd__annotation_commands] )) ||
_kforge__subcmd__help__subcmd__edit__subcmd__add__subcmd__annotation_commands() {
    local commands; commands=()
    _describe -t commands 'kforge help edit add annotation commands' commands "$@"
}
(( $+functions[_kforge__subcmd__help__subcmd__edit__subcmd__add__subcmd__base_commands] )) ||
_kforge__subcmd__help__subcmd__edit__subcmd__add__subcmd__base_commands() {
    local commands; commands=()
    _describe -t commands 'kforge help edit add base commands' commands "$@"
}
(( $+functions[_kforge__subcmd__help__subcmd__edit__subcmd__add__subcmd__buildmetadata_commands] )) ||
_kforge__subcmd__help__subcmd__edit__subcmd__add__subcmd__buildmetadata_commands() {
    local commands; commands=()
    _describe -t commands 'kforge help edit add buildmetadata commands' commands "$@"
}
(( $+functions[_kforge__subcmd__help__subcmd__edit__subcmd__add__subcmd__component_commands] )) ||
_kforge__subcmd__help__subcmd__edit__subcmd__add__subcmd__component_commands() {
    local commands; commands=()
    _describe -t commands 'kforge help edit add component commands' commands "$@"
}
(( $+functions[_kforge__subcmd__help__subcmd__edit__subcmd__add__subcmd__configmap_commands] )) ||
_kforge__subcmd__help__subcmd__edit__subcmd__add__subcmd__configmap_commands() {
    local commands; commands=()
    _describe -t commands 'kforge help edit add configmap commands' commands "$@"
}
(( $+functions[_kforge__subcmd__help__subcmd__edit__subcmd__add__subcmd__generator_commands] )) ||
_kforge__subcmd__help__subcmd__edit__subcmd__add__subcmd__generator_commands() {
    local commands; commands=()
    _describe -t commands 'kforge help edit add generator commands' commands "$@"
}
(( $+functions[_kforge__subcmd__help__subcmd__edit__subcmd__add__subcmd__label_commands] )) ||
_kforge__subcmd__help__subcmd__edit__subcmd__add__subcmd__label_commands() {
    local commands; commands=()
    _describe -t commands 'kforge help edit add label commands' commands "$@"
}
(( $+functions[_kforge__subcmd__help__subcmd__edit__subcmd__add__subcmd__patch_commands] )) ||
_kforge__subcmd__help__subcmd__edit__subcmd__add__subcmd__patch_commands() {
    local commands; commands=()
    _describe -t commands 'kforge help edit add patch commands' commands "$@"
}
(( $+functions[_kforge__subcmd__help__subcmd__edit__subcmd__add__subcmd__resource_commands] )) ||
_kforge__subcmd__help__subcmd__edit__subcmd__add__subcmd__resource_commands() {
    local commands; commands=()
    _describe -t commands 'kforge help edit add resource commands' commands "$@"
}
(( $+functions[_kforge__subcmd__help__subcmd__edit__subcmd__add__subcmd__secret_commands] )) ||
_kforge__subcmd__help__subcmd__edit__subcmd__add__subcmd__secret_commands() {
    local commands; commands=()
    _describe -t commands 'kforge help edit add secret commands' commands "$@"
}
(( $+functions[_kforge__subcmd__help__subcmd__edit__subcmd__add__subcmd__transformer_commands] )) ||
_kforge__subcmd__help__subcmd__edit__subcmd__add__subcmd__transformer_commands() {
    local commands; commands=()
    _describe -t commands 'kforge help edit add transformer commands' commands "$@"
}
(( $+functions[_kforge__subcmd__help__subcmd__edit__subcmd__alpha-list-builtin-plugin_commands] )) ||
_kforge__subcmd__help__subcmd__edit__subcmd__alpha-list-builtin-plugin_commands() {
    local commands; commands=()
    _describe -t commands 'kforge help edit alpha-list-builtin-plugin commands' commands "$@"
}
(( $+functions[_kforge__subcmd__help__subcmd__edit__subcmd__fix_commands] )) ||
_kforge__subcmd__help__subcmd__edit__subcmd__fix_commands() {
    local commands; commands=()
    _describe -t commands 'kforge help edit fix commands' commands "$@"
}
(( $+functions[_kforge__subcmd__help__subcmd__edit__subcmd__remove_commands] )) ||
_kforge__subcmd__help__subcmd__edit__subcmd__remove_commands() {
    local commands; commands=(
'resource:Removes resources (patterns match entries of the file)' \
'component:Removes components (patterns match entries of the file)' \
'patch:Removes a patch (same flags as \`add patch\`)' \
'label:Removes commonLabels (comma separated keys)' \
'annotation:Removes commonAnnotations (comma separated keys)' \
'transformer:Removes transformers (patterns match entries of the file)' \
'configmap:Removes configmap generator entries (comma separated names)' \
'secret:Removes secret generator entries (comma separated names)' \
'buildmetadata:Removes buildMetadata options (comma separated)' \
    )
    _describe -t commands 'kforge help edit remove commands' commands "$@"
}
(( $+functions[_kforge__subcmd__help__subcmd__edit__subcmd__remove__subcmd__annotation_commands] )) ||
_kforge__subcmd__help__subcmd__edit__subcmd__remove__subcmd__annotation_commands() {
    local commands; commands=()
    _describe -t commands 'kforge help edit remove annotation commands' commands "$@"
}
(( $+functions[_kforge__subcmd__help__subcmd__edit__subcmd__remove__subcmd__buildmetadata_commands] )) ||
_kforge__subcmd__help__subcmd__edit__subcmd__remove__subcmd__buildmetadata_commands() {
    local commands; commands=()
    _describe -t commands 'kforge help edit remove buildmetadata commands' commands "$@"
}
(( $+functions[_kforge__subcmd__help__subcmd__edit__subcmd__remove__subcmd__component_commands] )) ||
_kforge__subcmd__help__subcmd__edit__subcmd__remove__subcmd__component_commands() {
    local commands; commands=()
    _describe -t commands 'kforge help edit remove component commands' commands "$@"
}
(( $+functions[_kforge__subcmd__help__subcmd__edit__subcmd__remove__subcmd__configmap_commands] )) ||
_kforge__subcmd__help__subcmd__edit__subcmd__remove__subcmd__configmap_commands() {
    local commands; commands=()
    _describe -t commands 'kforge help edit remove configmap commands' commands "$@"
}
(( $+functions[_kforge__subcmd__help__subcmd__edit__subcmd__remove__subcmd__label_commands] )) ||
_kforge__subcmd__help__subcmd__edit__subcmd__remove__subcmd__label_commands() {
    local commands; commands=()
    _describe -t commands 'kforge help edit remove label commands' commands "$@"
}
(( $+functions[_kforge__subcmd__help__subcmd__edit__subcmd__remove__subcmd__patch_commands] )) ||
_kforge__subcmd__help__subcmd__edit__subcmd__remove__subcmd__patch_commands() {
    local commands; commands=()
    _describe -t commands 'kforge help edit remove patch commands' commands "$@"
}
(( $+functions[_kforge__subcmd__help__subcmd__edit__subcmd__remove__subcmd__resource_commands] )) ||
_kforge__subcmd__help__subcmd__edit__subcmd__remove__subcmd__resource_commands() {
    local commands; commands=()
    _describe -t commands 'kforge help edit remove resource commands' commands "$@"
}
(( $+functions[_kforge__subcmd__help__subcmd__edit__subcmd__remove__subcmd__secret_commands] )) ||
_kforge__subcmd__help__subcmd__edit__subcmd__remove__subcmd__secret_commands() {
    local commands; commands=()
    _describe -t commands 'kforge help edit remove secret commands' commands "$@"
}
(( $+functions[_kforge__subcmd__help__subcmd__edit__subcmd__remove__subcmd__transformer_commands] )) ||
_kforge__subcmd__help__subcmd__edit__subcmd__remove__subcmd__transformer_commands() {
    local commands; commands=()
    _describe -t commands 'kforge help edit remove transformer commands' commands "$@"
}
(( $+functions[_kforge__subcmd__help__subcmd__edit__subcmd__set_commands] )) ||
_kforge__subcmd__help__subcmd__edit__subcmd__set_commands() {
    local commands; commands=(
'image:Sets images and their new names, new tags or digests (NAME=NEWNAME\:TAG@DIGEST, NAME\:TAG, NAME@DIGEST, ...)' \
'namespace:Sets the value of the namespace field' \
'nameprefix:Sets the value of the namePrefix field' \
'namesuffix:Sets the value of the nameSuffix field' \
'label:Sets one or more commonLabels (key\:value)' \
'annotation:Sets one or more commonAnnotations (key\:value)' \
'replicas:Sets replicas count for resources (NAME=COUNT)' \
'buildmetadata:Sets the buildMetadata options (comma separated), replacing the present ones' \
'configmap:Edits the value of existing keys (or the namespace) of a configMapGenerator entry' \
'secret:Edits the value of existing keys (or the namespace) of a secretGenerator entry' \
    )
    _describe -t commands 'kforge help edit set commands' commands "$@"
}
(( $+functions[_kforge__subcmd__help__subcmd__edit__subcmd__set__subcmd__annotation_commands] )) ||
_kforge__subcmd__help__subcmd__edit__subcmd__set__subcmd__annotation_commands() {
    local commands; commands=()
    _describe -t commands 'kforge help edit set annotation commands' commands "$@"
}
(( $+functions[_kforge__subcmd__help__subcmd__edit__subcmd__set__subcmd__buildmetadata_commands] )) ||
_kforge__subcmd__help__subcmd__edit__subcmd__set__subcmd__buildmetadata_commands() {
    local commands; commands=()
    _describe -t commands 'kforge help edit set buildmetadata commands' commands "$@"
}
(( $+functions[_kforge__subcmd__help__subcmd__edit__subcmd__set__subcmd__configmap_commands] )) ||
_kforge__subcmd__help__subcmd__edit__subcmd__set__subcmd__configmap_commands() {
    local commands; commands=()
    _describe -t commands 'kforge help edit set configmap commands' commands "$@"
}
(( $+functions[_kforge__subcmd__help__subcmd__edit__subcmd__set__subcmd__image_commands] )) ||
_kforge__subcmd__help__subcmd__edit__subcmd__set__subcmd__image_commands() {
    local commands; commands=()
    _describe -t commands 'kforge help edit set image commands' commands "$@"
}
(( $+functions[_kforge__subcmd__help__subcmd__edit__subcmd__set__subcmd__label_commands] )) ||
_kforge__subcmd__help__subcmd__edit__subcmd__set__subcmd__label_commands() {
    local commands; commands=()
    _describe -t commands 'kforge help edit set label commands' commands "$@"
}
(( $+functions[_kforge__subcmd__help__subcmd__edit__subcmd__set__subcmd__nameprefix_commands] )) ||
_kforge__subcmd__help__subcmd__edit__subcmd__set__subcmd__nameprefix_commands() {
    local commands; commands=()
    _describe -t commands 'kforge help edit set nameprefix commands' commands "$@"
}
(( $+functions[_kforge__subcmd__help__subcmd__edit__subcmd__set__subcmd__namespace_commands] )) ||
_kforge__subcmd__help__subcmd__edit__subcmd__set__subcmd__namespace_commands() {
    local commands; commands=()
    _describe -t commands 'kforge help edit set namespace commands' commands "$@"
}
(( $+functions[_kforge__subcmd__help__subcmd__edit__subcmd__set__subcmd__namesuffix_commands] )) ||
_kforge__subcmd__help__subcmd__edit__subcmd__set__subcmd__namesuffix_commands() {
    local commands; commands=()
    _describe -t commands 'kforge help edit set namesuffix commands' commands "$@"
}
(( $+functions[_kforge__subcmd__help__subcmd__edit__subcmd__set__subcmd__replicas_commands] )) ||
_kforge__subcmd__help__subcmd__edit__subcmd__set__subcmd__replicas_commands() {
    local commands; commands=()
    _describe -t commands 'kforge help edit set replicas commands' commands "$@"
}
(( $+functions[_kforge__subcmd__help__subcmd__edit__subcmd__set__subcmd__secret_commands] )) ||
_kforge__subcmd__help__subcmd__edit__subcmd__set__subcmd__secret_commands() {
    local commands; commands=()
    _describe -t commands 'kforge help edit set secret commands' commands "$@"
}
(( $+functions[_kforge__subcmd__help__subcmd__help_commands] )) ||
_kforge__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'kforge help help commands' commands "$@"
}
(( $+functions[_kforge__subcmd__help__subcmd__images_commands] )) ||
_kforge__subcmd__help__subcmd__images_commands() {
    local commands; commands=()
    _describe -t commands 'kforge help images commands' commands "$@"
}
(( $+functions[_kforge__subcmd__help__subcmd__localize_commands] )) ||
_kforge__subcmd__help__subcmd__localize_commands() {
    local commands; commands=()
    _describe -t commands 'kforge help localize commands' commands "$@"
}
(( $+functions[_kforge__subcmd__help__subcmd__man_commands] )) ||
_kforge__subcmd__help__subcmd__man_commands() {
    local commands; commands=()
    _describe -t commands 'kforge help man commands' commands "$@"
}
(( $+functions[_kforge__subcmd__help__subcmd__mirror_commands] )) ||
_kforge__subcmd__help__subcmd__mirror_commands() {
    local commands; commands=(
'config:Write container runtime mirror configuration from a mirror map' \
'images:Copy images (every platform, digests unchanged, signatures along) to a mirror registry' \
'chart:Mirror a chart and every image it needs; push the localized chart; write a lock file' \
'status:Compare upstream images with their mirror copies (HEAD and tag-list requests only); exit 3 when behind' \
    )
    _describe -t commands 'kforge help mirror commands' commands "$@"
}
(( $+functions[_kforge__subcmd__help__subcmd__mirror__subcmd__chart_commands] )) ||
_kforge__subcmd__help__subcmd__mirror__subcmd__chart_commands() {
    local commands; commands=()
    _describe -t commands 'kforge help mirror chart commands' commands "$@"
}
(( $+functions[_kforge__subcmd__help__subcmd__mirror__subcmd__config_commands] )) ||
_kforge__subcmd__help__subcmd__mirror__subcmd__config_commands() {
    local commands; commands=()
    _describe -t commands 'kforge help mirror config commands' commands "$@"
}
(( $+functions[_kforge__subcmd__help__subcmd__mirror__subcmd__images_commands] )) ||
_kforge__subcmd__help__subcmd__mirror__subcmd__images_commands() {
    local commands; commands=()
    _describe -t commands 'kforge help mirror images commands' commands "$@"
}
(( $+functions[_kforge__subcmd__help__subcmd__mirror__subcmd__status_commands] )) ||
_kforge__subcmd__help__subcmd__mirror__subcmd__status_commands() {
    local commands; commands=()
    _describe -t commands 'kforge help mirror status commands' commands "$@"
}
(( $+functions[_kforge__subcmd__help__subcmd__registry_commands] )) ||
_kforge__subcmd__help__subcmd__registry_commands() {
    local commands; commands=(
'login:Check credentials against a registry and store them in the docker config' \
'logout:Remove stored credentials for a registry' \
    )
    _describe -t commands 'kforge help registry commands' commands "$@"
}
(( $+functions[_kforge__subcmd__help__subcmd__registry__subcmd__login_commands] )) ||
_kforge__subcmd__help__subcmd__registry__subcmd__login_commands() {
    local commands; commands=()
    _describe -t commands 'kforge help registry login commands' commands "$@"
}
(( $+functions[_kforge__subcmd__help__subcmd__registry__subcmd__logout_commands] )) ||
_kforge__subcmd__help__subcmd__registry__subcmd__logout_commands() {
    local commands; commands=()
    _describe -t commands 'kforge help registry logout commands' commands "$@"
}
(( $+functions[_kforge__subcmd__help__subcmd__template_commands] )) ||
_kforge__subcmd__help__subcmd__template_commands() {
    local commands; commands=()
    _describe -t commands 'kforge help template commands' commands "$@"
}
(( $+functions[_kforge__subcmd__help__subcmd__version_commands] )) ||
_kforge__subcmd__help__subcmd__version_commands() {
    local commands; commands=()
    _describe -t commands 'kforge help version commands' commands "$@"
}
(( $+functions[_kforge__subcmd__images_commands] )) ||
_kforge__subcmd__images_commands() {
    local commands; commands=()
    _describe -t commands 'kforge images commands' commands "$@"
}
(( $+functions[_kforge__subcmd__localize_commands] )) ||
_kforge__subcmd__localize_commands() {
    local commands; commands=()
    _describe -t commands 'kforge localize commands' commands "$@"
}
(( $+functions[_kforge__subcmd__man_commands] )) ||
_kforge__subcmd__man_commands() {
    local commands; commands=()
    _describe -t commands 'kforge man commands' commands "$@"
}
(( $+functions[_kforge__subcmd__mirror_commands] )) ||
_kforge__subcmd__mirror_commands() {
    local commands; commands=(
'config:Write container runtime mirror configuration from a mirror map' \
'images:Copy images (every platform, digests unchanged, signatures along) to a mirror registry' \
'chart:Mirror a chart and every image it needs; push the localized chart; write a lock file' \
'status:Compare upstream images with their mirror copies (HEAD and tag-list requests only); exit 3 when behind' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'kforge mirror commands' commands "$@"
}
(( $+functions[_kforge__subcmd__mirror__subcmd__chart_commands] )) ||
_kforge__subcmd__mirror__subcmd__chart_commands() {
    local commands; commands=()
    _describe -t commands 'kforge mirror chart commands' commands "$@"
}
(( $+functions[_kforge__subcmd__mirror__subcmd__config_commands] )) ||
_kforge__subcmd__mirror__subcmd__config_commands() {
    local commands; commands=()
    _describe -t commands 'kforge mirror config commands' commands "$@"
}
(( $+functions[_kforge__subcmd__mirror__subcmd__help_commands] )) ||
_kforge__subcmd__mirror__subcmd__help_commands() {
    local commands; commands=(
'config:Write container runtime mirror configuration from a mirror map' \
'images:Copy images (every platform, digests unchanged, signatures along) to a mirror registry' \
'chart:Mirror a chart and every image it needs; push the localized chart; write a lock file' \
'status:Compare upstream images with their mirror copies (HEAD and tag-list requests only); exit 3 when behind' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'kforge mirror help commands' commands "$@"
}
(( $+functions[_kforge__subcmd__mirror__subcmd__help__subcmd__chart_commands] )) ||
_kforge__subcmd__mirror__subcmd__help__subcmd__chart_commands() {
    local commands; commands=()
    _describe -t commands 'kforge mirror help chart commands' commands "$@"
}
(( $+functions[_kforge__subcmd__mirror__subcmd__help__subcmd__config_commands] )) ||
_kforge__subcmd__mirror__subcmd__help__subcmd__config_commands() {
    local commands; commands=()
    _describe -t commands 'kforge mirror help config commands' commands "$@"
}
(( $+functions[_kforge__subcmd__mirror__subcmd__help__subcmd__help_commands] )) ||
_kforge__subcmd__mirror__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'kforge mirror help help commands' commands "$@"
}
(( $+functions[_kforge__subcmd__mirror__subcmd__help__subcmd__images_commands] )) ||
_kforge__subcmd__mirror__subcmd__help__subcmd__images_commands() {
    local commands; commands=()
    _describe -t commands 'kforge mirror help images commands' commands "$@"
}
(( $+functions[_kforge__subcmd__mirror__subcmd__help__subcmd__status_commands] )) ||
_kforge__subcmd__mirror__subcmd__help__subcmd__status_commands() {
    local commands; commands=()
    _describe -t commands 'kforge mirror help status commands' commands "$@"
}
(( $+functions[_kforge__subcmd__mirror__subcmd__images_commands] )) ||
_kforge__subcmd__mirror__subcmd__images_commands() {
    local commands; commands=()
    _describe -t commands 'kforge mirror images commands' commands "$@"
}
(( $+functions[_kforge__subcmd__mirror__subcmd__status_commands] )) ||
_kforge__subcmd__mirror__subcmd__status_commands() {
    local commands; commands=()
    _describe -t commands 'kforge mirror status commands' commands "$@"
}
(( $+functions[_kforge__subcmd__registry_commands] )) ||
_kforge__subcmd__registry_commands() {
    local commands; commands=(
'login:Check credentials against a registry and store them in the docker config' \
'logout:Remove stored credentials for a registry' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'kforge registry commands' commands "$@"
}
(( $+functions[_kforge__subcmd__registry__subcmd__help_commands] )) ||
_kforge__subcmd__registry__subcmd__help_commands() {
    local commands; commands=(
'login:Check credentials against a registry and store them in the docker config' \
'logout:Remove stored credentials for a registry' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'kforge registry help commands' commands "$@"
}
(( $+functions[_kforge__subcmd__registry__subcmd__help__subcmd__help_commands] )) ||
_kforge__subcmd__registry__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'kforge registry help help commands' commands "$@"
}
(( $+functions[_kforge__subcmd__registry__subcmd__help__subcmd__login_commands] )) ||
_kforge__subcmd__registry__subcmd__help__subcmd__login_commands() {
    local commands; commands=()
    _describe -t commands 'kforge registry help login commands' commands "$@"
}
(( $+functions[_kforge__subcmd__registry__subcmd__help__subcmd__logout_commands] )) ||
_kforge__subcmd__registry__subcmd__help__subcmd__logout_commands() {
    local commands; commands=()
    _describe -t commands 'kforge registry help logout commands' commands "$@"
}
(( $+functions[_kforge__subcmd__registry__subcmd__login_commands] )) ||
_kforge__subcmd__registry__subcmd__login_commands() {
    local commands; commands=()
    _describe -t commands 'kforge registry login commands' commands "$@"
}
(( $+functions[_kforge__subcmd__registry__subcmd__logout_commands] )) ||
_kforge__subcmd__registry__subcmd__logout_commands() {
    local commands; commands=()
    _describe -t commands 'kforge registry logout commands' commands "$@"
}
(( $+functions[_kforge__subcmd__template_commands] )) ||
_kforge__subcmd__template_commands() {
    local commands; commands=()
    _describe -t commands 'kforge template commands' commands "$@"
}
(( $+functions[_kforge__subcmd__version_commands] )) ||
_kforge__subcmd__version_commands() {
    local commands; commands=()
    _describe -t commands 'kforge version commands' commands "$@"
}

if [ "$funcstack[1]" = "_kforge" ]; then
    _kforge "$@"
else
    compdef _kforge kforge
fi
