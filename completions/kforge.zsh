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
'-h[Print help]' \
'--help[Print help]' \
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
'--reorder=[Resource order\: '\''legacy'\'' (by kind) or '\''none'\'' (as loaded)]:REORDER:(legacy none unspecified)' \
'--load-restrictor=[LoadRestrictionsRootOnly (default) or LoadRestrictionsNone]:LOAD_RESTRICTOR:(LoadRestrictionsRootOnly LoadRestrictionsNone rootOnly none)' \
'--helm-command=[The helm binary to run for helmCharts (default\: helm on PATH)]:HELM_COMMAND:_default' \
'*--helm-api-versions=[API versions for helm'\''s Capabilities.APIVersions (for charts that set none)]:HELM_API_VERSIONS:_default' \
'--helm-kube-version=[Kubernetes version for helm'\''s Capabilities.KubeVersion (for charts that set none)]:HELM_KUBE_VERSION:_default' \
'--mirror=[Rewrite every image of the output to a regional mirror by this mirror map (docs/mirroring.md)]:MAP:_files' \
'--enable-alpha-plugins[Enable kustomize plugins (runs external programs)]' \
'--enable-exec[Enable exec KRM functions (runs external programs)]' \
'--enable-helm[Enable helmCharts inflation with a helm binary]' \
'--helm-debug[Run helm template with --debug]' \
'--enable-managedby-label[Add app.kubernetes.io/managed-by to every resource]' \
'-h[Print help]' \
'--help[Print help]' \
'::dir -- Directory holding kustomization.yaml (default\: current directory):_files' \
&& ret=0
;;
(completions)
_arguments "${_arguments_options[@]}" : \
'-h[Print help]' \
'--help[Print help]' \
':shell -- Shell to generate completions for:(bash elvish fish powershell zsh)' \
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
'--enable-helm[Render charts (and kustomizations'\'' helmCharts) with a helm binary (runs an external program)]' \
'-h[Print help]' \
'--help[Print help]' \
':target -- A kustomization or manifest directory, a chart (directory or .tgz), a manifest file, or - for stdin:_default' \
&& ret=0
;;
(localize)
_arguments "${_arguments_options[@]}" : \
'--mirror=[The mirror map (docs/mirroring.md)]:MAP:_files' \
'-o+[Where to write the localized target (a directory, or a .tgz for charts)]:OUT:_files' \
'--output=[Where to write the localized target (a directory, or a .tgz for charts)]:OUT:_files' \
'-f+[Filter a manifest stream instead\: a file, or - for stdin; writes to stdout]:FILE:_default' \
'--filename=[Filter a manifest stream instead\: a file, or - for stdin; writes to stdout]:FILE:_default' \
'--helm-command=[The helm binary (default\: helm on PATH)]:HELM_COMMAND:_default' \
'--verify[Render the result and fail listing every image still outside the mirror]' \
'--enable-helm[Render charts with a helm binary for --verify (runs an external program)]' \
'-h[Print help]' \
'--help[Print help]' \
'::target -- A chart (directory or .tgz), a kustomization or manifest directory, or a repository index.yaml:_files' \
&& ret=0
;;
(mirror)
_arguments "${_arguments_options[@]}" : \
'-h[Print help]' \
'--help[Print help]' \
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
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
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
'--force-namespace[Also set metadata.namespace on namespaced objects that have none (Helm leaves it unset)]' \
'--include-crds[Print the CRDs of crds/ folders first]' \
'--no-hooks[Leave hooks out]' \
'--skip-tests[Leave test hooks out]' \
'--strict[Undefined values are errors]' \
'--skip-schema-validation[Do not validate values against values.schema.json]' \
'--is-upgrade[Render as an upgrade (Release.IsUpgrade)]' \
'-h[Print help]' \
'--help[Print help]' \
'*::args -- Release name, then the chart (directory or .tgz). With one argument it is the chart:_default' \
&& ret=0
;;
(chart)
_arguments "${_arguments_options[@]}" : \
'-h[Print help]' \
'--help[Print help]' \
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
'-h[Print help]' \
'--help[Print help]' \
':name -- Directory to create; its last component is the chart name:_files' \
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
'-h[Print help]' \
'--help[Print help]' \
'::subcommand -- Subcommand whose page to print (default\: the main page):_default' \
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
(completions)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(images)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(localize)
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
        esac
    ;;
esac
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
'completions:Print shell completions' \
'images:List every container image with where it came from (a CI gate with --allowed-registries)' \
'localize:Rewrite every image of a chart, directory or stream to a regional mirror (docs/mirroring.md)' \
'mirror:Mirror configuration and operations' \
'template:Render a chart (like \`helm template\`)' \
'chart:Create, lint, package and index charts' \
'man:Print a manual page (roff)\: kforge(1), or kforge-SUBCOMMAND(1)' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'kforge commands' commands "$@"
}
(( $+functions[_kforge__subcmd__build_commands] )) ||
_kforge__subcmd__build_commands() {
    local commands; commands=()
    _describe -t commands 'kforge build commands' commands "$@"
}
(( $+functions[_kforge__subcmd__chart_commands] )) ||
_kforge__subcmd__chart_commands() {
    local commands; commands=(
'create:Create a starter kforge chart (the objects \`helm create\` makes, templates in minijinja)' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'kforge chart commands' commands "$@"
}
(( $+functions[_kforge__subcmd__chart__subcmd__create_commands] )) ||
_kforge__subcmd__chart__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'kforge chart create commands' commands "$@"
}
(( $+functions[_kforge__subcmd__chart__subcmd__help_commands] )) ||
_kforge__subcmd__chart__subcmd__help_commands() {
    local commands; commands=(
'create:Create a starter kforge chart (the objects \`helm create\` makes, templates in minijinja)' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'kforge chart help commands' commands "$@"
}
(( $+functions[_kforge__subcmd__chart__subcmd__help__subcmd__create_commands] )) ||
_kforge__subcmd__chart__subcmd__help__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'kforge chart help create commands' commands "$@"
}
(( $+functions[_kforge__subcmd__chart__subcmd__help__subcmd__help_commands] )) ||
_kforge__subcmd__chart__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'kforge chart help help commands' commands "$@"
}
(( $+functions[_kforge__subcmd__completions_commands] )) ||
_kforge__subcmd__completions_commands() {
    local commands; commands=()
    _describe -t commands 'kforge completions commands' commands "$@"
}
(( $+functions[_kforge__subcmd__help_commands] )) ||
_kforge__subcmd__help_commands() {
    local commands; commands=(
'build:Build a kustomization directory and print the resources (like \`kustomize build\`)' \
'completions:Print shell completions' \
'images:List every container image with where it came from (a CI gate with --allowed-registries)' \
'localize:Rewrite every image of a chart, directory or stream to a regional mirror (docs/mirroring.md)' \
'mirror:Mirror configuration and operations' \
'template:Render a chart (like \`helm template\`)' \
'chart:Create, lint, package and index charts' \
'man:Print a manual page (roff)\: kforge(1), or kforge-SUBCOMMAND(1)' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'kforge help commands' commands "$@"
}
(( $+functions[_kforge__subcmd__help__subcmd__build_commands] )) ||
_kforge__subcmd__help__subcmd__build_commands() {
    local commands; commands=()
    _describe -t commands 'kforge help build commands' commands "$@"
}
(( $+functions[_kforge__subcmd__help__subcmd__chart_commands] )) ||
_kforge__subcmd__help__subcmd__chart_commands() {
    local commands; commands=(
'create:Create a starter kforge chart (the objects \`helm create\` makes, templates in minijinja)' \
    )
    _describe -t commands 'kforge help chart commands' commands "$@"
}
(( $+functions[_kforge__subcmd__help__subcmd__chart__subcmd__create_commands] )) ||
_kforge__subcmd__help__subcmd__chart__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'kforge help chart create commands' commands "$@"
}
(( $+functions[_kforge__subcmd__help__subcmd__completions_commands] )) ||
_kforge__subcmd__help__subcmd__completions_commands() {
    local commands; commands=()
    _describe -t commands 'kforge help completions commands' commands "$@"
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
    )
    _describe -t commands 'kforge help mirror commands' commands "$@"
}
(( $+functions[_kforge__subcmd__help__subcmd__mirror__subcmd__config_commands] )) ||
_kforge__subcmd__help__subcmd__mirror__subcmd__config_commands() {
    local commands; commands=()
    _describe -t commands 'kforge help mirror config commands' commands "$@"
}
(( $+functions[_kforge__subcmd__help__subcmd__template_commands] )) ||
_kforge__subcmd__help__subcmd__template_commands() {
    local commands; commands=()
    _describe -t commands 'kforge help template commands' commands "$@"
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
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'kforge mirror commands' commands "$@"
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
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'kforge mirror help commands' commands "$@"
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
(( $+functions[_kforge__subcmd__template_commands] )) ||
_kforge__subcmd__template_commands() {
    local commands; commands=()
    _describe -t commands 'kforge template commands' commands "$@"
}

if [ "$funcstack[1]" = "_kforge" ]; then
    _kforge "$@"
else
    compdef _kforge kforge
fi
