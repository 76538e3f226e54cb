# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_kforge_global_optspecs
    string join \n j/jobs= q/quiet v/verbose color= h/help V/version
end

function __fish_kforge_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_kforge_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_kforge_using_subcommand
    set -l cmd (__fish_kforge_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c kforge -n "__fish_kforge_needs_command" -s j -l jobs -d 'Threads to use for parsing, transforming and writing (default: one per core)' -r
complete -c kforge -n "__fish_kforge_needs_command" -l color -d 'Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never' -r -f -a "auto\t'Color when stderr is a terminal and NO_COLOR is not set'
always\t'Always color (also into pipes and files)'
never\t'Never color'"
complete -c kforge -n "__fish_kforge_needs_command" -s q -l quiet -d 'Print only results and errors: no warnings, notes or progress'
complete -c kforge -n "__fish_kforge_needs_command" -s v -l verbose -d 'Print more on stderr: what is done and how long it took (repeat for more: -vv)'
complete -c kforge -n "__fish_kforge_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kforge -n "__fish_kforge_needs_command" -s V -l version -d 'Print version'
complete -c kforge -n "__fish_kforge_needs_command" -f -a "build" -d 'Build a kustomization directory and print the resources (like `kustomize build`)'
complete -c kforge -n "__fish_kforge_needs_command" -f -a "edit" -d 'Change the kustomization file in the current directory (like `kustomize edit`)'
complete -c kforge -n "__fish_kforge_needs_command" -f -a "create" -d 'Create a kustomization.yaml in the current directory (like `kustomize create`)'
complete -c kforge -n "__fish_kforge_needs_command" -f -a "init" -d 'Create a kustomization.yaml in the current directory (like `kustomize create`)'
complete -c kforge -n "__fish_kforge_needs_command" -f -a "localize" -d 'Vendor a kustomization into a new directory (like `kustomize localize`), or, with --mirror, rewrite every image to a regional mirror'
complete -c kforge -n "__fish_kforge_needs_command" -f -a "cfg" -d 'Read resource files (like `kustomize cfg`): count'
complete -c kforge -n "__fish_kforge_needs_command" -f -a "version" -d 'Print the version, the commit, and the kustomize and Helm versions kforge matches'
complete -c kforge -n "__fish_kforge_needs_command" -f -a "completion" -d 'Print a shell completion script (bash, zsh, fish, elvish, powershell)'
complete -c kforge -n "__fish_kforge_needs_command" -f -a "completions" -d 'Print a shell completion script (bash, zsh, fish, elvish, powershell)'
complete -c kforge -n "__fish_kforge_needs_command" -f -a "images" -d 'List every container image with where it came from (a CI gate with --allowed-registries)'
complete -c kforge -n "__fish_kforge_needs_command" -f -a "mirror" -d 'Mirror images (and charts) to another registry, check mirrors are current, runtime mirror configuration'
complete -c kforge -n "__fish_kforge_needs_command" -f -a "diff" -d 'Compare two renders (files, directories or -) by resource id; exit 3 when they differ'
complete -c kforge -n "__fish_kforge_needs_command" -f -a "template" -d 'Render a chart (like `helm template`)'
complete -c kforge -n "__fish_kforge_needs_command" -f -a "chart" -d 'Create, lint, package and index charts'
complete -c kforge -n "__fish_kforge_needs_command" -f -a "registry" -d 'Log in to and out of container registries'
complete -c kforge -n "__fish_kforge_needs_command" -f -a "man" -d 'Print a manual page (roff): kforge(1), or kforge-SUBCOMMAND(1) (nested: kforge man chart push)'
complete -c kforge -n "__fish_kforge_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kforge -n "__fish_kforge_using_subcommand build" -s o -l output -d 'Write to this file, or to one file per resource if it is a directory' -r -F
complete -c kforge -n "__fish_kforge_using_subcommand build" -l reorder -d 'Resource order: \'legacy\' (by kind) or \'none\' (as loaded)' -r -f -a "legacy\t'By kind, as kustomize\'s legacy order'
none\t'As loaded'
unspecified\t'The kustomization\'s sortOptions, else legacy'"
complete -c kforge -n "__fish_kforge_using_subcommand build" -l load-restrictor -d 'Whether files outside the kustomization\'s directory may be read' -r -f -a "LoadRestrictionsRootOnly\t'Files must be in or below the kustomization\'s directory'
LoadRestrictionsNone\t'Files may be anywhere'"
complete -c kforge -n "__fish_kforge_using_subcommand build" -l helm-command -d 'The helm binary to run for helmCharts (default: helm on PATH)' -r
complete -c kforge -n "__fish_kforge_using_subcommand build" -l helm-api-versions -d 'API versions for helm\'s Capabilities.APIVersions (for charts that set none)' -r
complete -c kforge -n "__fish_kforge_using_subcommand build" -l helm-kube-version -d 'Kubernetes version for helm\'s Capabilities.KubeVersion (for charts that set none)' -r
complete -c kforge -n "__fish_kforge_using_subcommand build" -s e -l env -d 'a list of environment variables to be used by functions (KEY=VALUE)' -r
complete -c kforge -n "__fish_kforge_using_subcommand build" -l mount -d 'a list of storage options read from the filesystem (container functions only)' -r
complete -c kforge -n "__fish_kforge_using_subcommand build" -l network-name -d 'the docker network to run the container in (container functions only)' -r
complete -c kforge -n "__fish_kforge_using_subcommand build" -l mirror -d 'Rewrite every image of the output to a regional mirror by this mirror map (docs/mirroring.md)' -r -F
complete -c kforge -n "__fish_kforge_using_subcommand build" -l targets -d 'Render every target of this targets file (docs/targets.md), in parallel' -r -F
complete -c kforge -n "__fish_kforge_using_subcommand build" -l target -d 'With --targets: render only this target (to stdout, -o, or OUT/NAME/ with --output-dir)' -r
complete -c kforge -n "__fish_kforge_using_subcommand build" -l output-dir -d 'With --targets: write each target to OUT/<target>/manifest.yaml' -r -F
complete -c kforge -n "__fish_kforge_using_subcommand build" -l check -d 'Compare a fresh render with RENDERED (a file, an -o directory, or an --output-dir tree); exit 3 with a unified diff when they differ' -r -F
complete -c kforge -n "__fish_kforge_using_subcommand build" -s j -l jobs -d 'Threads to use for parsing, transforming and writing (default: one per core)' -r
complete -c kforge -n "__fish_kforge_using_subcommand build" -l color -d 'Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never' -r -f -a "auto\t'Color when stderr is a terminal and NO_COLOR is not set'
always\t'Always color (also into pipes and files)'
never\t'Never color'"
complete -c kforge -n "__fish_kforge_using_subcommand build" -l enable-alpha-plugins -d 'Enable kustomize plugins (runs external programs)'
complete -c kforge -n "__fish_kforge_using_subcommand build" -l enable-exec -d 'Enable exec KRM functions (runs external programs)'
complete -c kforge -n "__fish_kforge_using_subcommand build" -l enable-helm -d 'Enable helmCharts inflation with a helm binary'
complete -c kforge -n "__fish_kforge_using_subcommand build" -l helm-debug -d 'Run helm template with --debug'
complete -c kforge -n "__fish_kforge_using_subcommand build" -l network -d 'enable network access for functions that declare it (container functions only)'
complete -c kforge -n "__fish_kforge_using_subcommand build" -l as-current-user -d 'use the uid and gid of the command executor to run the function in the container (container functions only)'
complete -c kforge -n "__fish_kforge_using_subcommand build" -l enable-managedby-label -d 'Add app.kubernetes.io/managed-by to every resource'
complete -c kforge -n "__fish_kforge_using_subcommand build" -s q -l quiet -d 'Print only results and errors: no warnings, notes or progress'
complete -c kforge -n "__fish_kforge_using_subcommand build" -s v -l verbose -d 'Print more on stderr: what is done and how long it took (repeat for more: -vv)'
complete -c kforge -n "__fish_kforge_using_subcommand build" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kforge -n "__fish_kforge_using_subcommand edit; and not __fish_seen_subcommand_from add set remove fix alpha-list-builtin-plugin listbuiltin help" -s j -l jobs -d 'Threads to use for parsing, transforming and writing (default: one per core)' -r
complete -c kforge -n "__fish_kforge_using_subcommand edit; and not __fish_seen_subcommand_from add set remove fix alpha-list-builtin-plugin listbuiltin help" -l color -d 'Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never' -r -f -a "auto\t'Color when stderr is a terminal and NO_COLOR is not set'
always\t'Always color (also into pipes and files)'
never\t'Never color'"
complete -c kforge -n "__fish_kforge_using_subcommand edit; and not __fish_seen_subcommand_from add set remove fix alpha-list-builtin-plugin listbuiltin help" -s q -l quiet -d 'Print only results and errors: no warnings, notes or progress'
complete -c kforge -n "__fish_kforge_using_subcommand edit; and not __fish_seen_subcommand_from add set remove fix alpha-list-builtin-plugin listbuiltin help" -s v -l verbose -d 'Print more on stderr: what is done and how long it took (repeat for more: -vv)'
complete -c kforge -n "__fish_kforge_using_subcommand edit; and not __fish_seen_subcommand_from add set remove fix alpha-list-builtin-plugin listbuiltin help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kforge -n "__fish_kforge_using_subcommand edit; and not __fish_seen_subcommand_from add set remove fix alpha-list-builtin-plugin listbuiltin help" -f -a "add" -d 'Adds an item to the kustomization file'
complete -c kforge -n "__fish_kforge_using_subcommand edit; and not __fish_seen_subcommand_from add set remove fix alpha-list-builtin-plugin listbuiltin help" -f -a "set" -d 'Sets the value of different fields in the kustomization file'
complete -c kforge -n "__fish_kforge_using_subcommand edit; and not __fish_seen_subcommand_from add set remove fix alpha-list-builtin-plugin listbuiltin help" -f -a "remove" -d 'Removes items from the kustomization file'
complete -c kforge -n "__fish_kforge_using_subcommand edit; and not __fish_seen_subcommand_from add set remove fix alpha-list-builtin-plugin listbuiltin help" -f -a "fix" -d 'Fix the missing and deprecated fields in the kustomization file'
complete -c kforge -n "__fish_kforge_using_subcommand edit; and not __fish_seen_subcommand_from add set remove fix alpha-list-builtin-plugin listbuiltin help" -f -a "alpha-list-builtin-plugin" -d '[Alpha] List the builtin plugins'
complete -c kforge -n "__fish_kforge_using_subcommand edit; and not __fish_seen_subcommand_from add set remove fix alpha-list-builtin-plugin listbuiltin help" -f -a "listbuiltin" -d '[Alpha] List the builtin plugins'
complete -c kforge -n "__fish_kforge_using_subcommand edit; and not __fish_seen_subcommand_from add set remove fix alpha-list-builtin-plugin listbuiltin help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kforge -n "__fish_kforge_using_subcommand edit; and __fish_seen_subcommand_from add" -s j -l jobs -d 'Threads to use for parsing, transforming and writing (default: one per core)' -r
complete -c kforge -n "__fish_kforge_using_subcommand edit; and __fish_seen_subcommand_from add" -l color -d 'Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never' -r -f -a "auto\t'Color when stderr is a terminal and NO_COLOR is not set'
always\t'Always color (also into pipes and files)'
never\t'Never color'"
complete -c kforge -n "__fish_kforge_using_subcommand edit; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print only results and errors: no warnings, notes or progress'
complete -c kforge -n "__fish_kforge_using_subcommand edit; and __fish_seen_subcommand_from add" -s v -l verbose -d 'Print more on stderr: what is done and how long it took (repeat for more: -vv)'
complete -c kforge -n "__fish_kforge_using_subcommand edit; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kforge -n "__fish_kforge_using_subcommand edit; and __fish_seen_subcommand_from add" -f -a "resource" -d 'Add the name of a file containing a resource (globs expand; directories and URLs as given)'
complete -c kforge -n "__fish_kforge_using_subcommand edit; and __fish_seen_subcommand_from add" -f -a "component" -d 'Add the name of a file containing a component'
complete -c kforge -n "__fish_kforge_using_subcommand edit; and __fish_seen_subcommand_from add" -f -a "base" -d 'Adds one or more bases (comma separated) to the resources'
complete -c kforge -n "__fish_kforge_using_subcommand edit; and __fish_seen_subcommand_from add" -f -a "patch" -d 'Add an item to the patches field'
complete -c kforge -n "__fish_kforge_using_subcommand edit; and __fish_seen_subcommand_from add" -f -a "configmap" -d 'Adds a configmap generator entry'
complete -c kforge -n "__fish_kforge_using_subcommand edit; and __fish_seen_subcommand_from add" -f -a "secret" -d 'Adds a secret generator entry'
complete -c kforge -n "__fish_kforge_using_subcommand edit; and __fish_seen_subcommand_from add" -f -a "label" -d 'Adds one or more commonLabels (key:value)'
complete -c kforge -n "__fish_kforge_using_subcommand edit; and __fish_seen_subcommand_from add" -f -a "annotation" -d 'Adds one or more commonAnnotations (key:value)'
complete -c kforge -n "__fish_kforge_using_subcommand edit; and __fish_seen_subcommand_from add" -f -a "transformer" -d 'Add the name of a file containing a transformer configuration'
complete -c kforge -n "__fish_kforge_using_subcommand edit; and __fish_seen_subcommand_from add" -f -a "generator" -d 'Add the name of a file containing a generator configuration'
complete -c kforge -n "__fish_kforge_using_subcommand edit; and __fish_seen_subcommand_from add" -f -a "buildmetadata" -d 'Adds one or more buildMetadata options (comma separated)'
complete -c kforge -n "__fish_kforge_using_subcommand edit; and __fish_seen_subcommand_from add" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kforge -n "__fish_kforge_using_subcommand edit; and __fish_seen_subcommand_from set" -s j -l jobs -d 'Threads to use for parsing, transforming and writing (default: one per core)' -r
complete -c kforge -n "__fish_kforge_using_subcommand edit; and __fish_seen_subcommand_from set" -l color -d 'Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never' -r -f -a "auto\t'Color when stderr is a terminal and NO_COLOR is not set'
always\t'Always color (also into pipes and files)'
never\t'Never color'"
complete -c kforge -n "__fish_kforge_using_subcommand edit; and __fish_seen_subcommand_from set" -s q -l quiet -d 'Print only results and errors: no warnings, notes or progress'
complete -c kforge -n "__fish_kforge_using_subcommand edit; and __fish_seen_subcommand_from set" -s v -l verbose -d 'Print more on stderr: what is done and how long it took (repeat for more: -vv)'
complete -c kforge -n "__fish_kforge_using_subcommand edit; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kforge -n "__fish_kforge_using_subcommand edit; and __fish_seen_subcommand_from set" -f -a "image" -d 'Sets images and their new names, new tags or digests (NAME=NEWNAME:TAG@DIGEST, NAME:TAG, NAME@DIGEST, ...)'
complete -c kforge -n "__fish_kforge_using_subcommand edit; and __fish_seen_subcommand_from set" -f -a "namespace" -d 'Sets the value of the namespace field'
complete -c kforge -n "__fish_kforge_using_subcommand edit; and __fish_seen_subcommand_from set" -f -a "nameprefix" -d 'Sets the value of the namePrefix field'
complete -c kforge -n "__fish_kforge_using_subcommand edit; and __fish_seen_subcommand_from set" -f -a "namesuffix" -d 'Sets the value of the nameSuffix field'
complete -c kforge -n "__fish_kforge_using_subcommand edit; and __fish_seen_subcommand_from set" -f -a "label" -d 'Sets one or more commonLabels (key:value)'
complete -c kforge -n "__fish_kforge_using_subcommand edit; and __fish_seen_subcommand_from set" -f -a "annotation" -d 'Sets one or more commonAnnotations (key:value)'
complete -c kforge -n "__fish_kforge_using_subcommand edit; and __fish_seen_subcommand_from set" -f -a "replicas" -d 'Sets replicas count for resources (NAME=COUNT)'
complete -c kforge -n "__fish_kforge_using_subcommand edit; and __fish_seen_subcommand_from set" -f -a "buildmetadata" -d 'Sets the buildMetadata options (comma separated), replacing the present ones'
complete -c kforge -n "__fish_kforge_using_subcommand edit; and __fish_seen_subcommand_from set" -f -a "configmap" -d 'Edits the value of existing keys (or the namespace) of a configMapGenerator entry'
complete -c kforge -n "__fish_kforge_using_subcommand edit; and __fish_seen_subcommand_from set" -f -a "secret" -d 'Edits the value of existing keys (or the namespace) of a secretGenerator entry'
complete -c kforge -n "__fish_kforge_using_subcommand edit; and __fish_seen_subcommand_from set" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kforge -n "__fish_kforge_using_subcommand edit; and __fish_seen_subcommand_from remove" -s j -l jobs -d 'Threads to use for parsing, transforming and writing (default: one per core)' -r
complete -c kforge -n "__fish_kforge_using_subcommand edit; and __fish_seen_subcommand_from remove" -l color -d 'Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never' -r -f -a "auto\t'Color when stderr is a terminal and NO_COLOR is not set'
always\t'Always color (also into pipes and files)'
never\t'Never color'"
complete -c kforge -n "__fish_kforge_using_subcommand edit; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'Print only results and errors: no warnings, notes or progress'
complete -c kforge -n "__fish_kforge_using_subcommand edit; and __fish_seen_subcommand_from remove" -s v -l verbose -d 'Print more on stderr: what is done and how long it took (repeat for more: -vv)'
complete -c kforge -n "__fish_kforge_using_subcommand edit; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kforge -n "__fish_kforge_using_subcommand edit; and __fish_seen_subcommand_from remove" -f -a "resource" -d 'Removes resources (patterns match entries of the file)'
complete -c kforge -n "__fish_kforge_using_subcommand edit; and __fish_seen_subcommand_from remove" -f -a "component" -d 'Removes components (patterns match entries of the file)'
complete -c kforge -n "__fish_kforge_using_subcommand edit; and __fish_seen_subcommand_from remove" -f -a "patch" -d 'Removes a patch (same flags as `add patch`)'
complete -c kforge -n "__fish_kforge_using_subcommand edit; and __fish_seen_subcommand_from remove" -f -a "label" -d 'Removes commonLabels (comma separated keys)'
complete -c kforge -n "__fish_kforge_using_subcommand edit; and __fish_seen_subcommand_from remove" -f -a "annotation" -d 'Removes commonAnnotations (comma separated keys)'
complete -c kforge -n "__fish_kforge_using_subcommand edit; and __fish_seen_subcommand_from remove" -f -a "transformer" -d 'Removes transformers (patterns match entries of the file)'
complete -c kforge -n "__fish_kforge_using_subcommand edit; and __fish_seen_subcommand_from remove" -f -a "configmap" -d 'Removes configmap generator entries (comma separated names)'
complete -c kforge -n "__fish_kforge_using_subcommand edit; and __fish_seen_subcommand_from remove" -f -a "secret" -d 'Removes secret generator entries (comma separated names)'
complete -c kforge -n "__fish_kforge_using_subcommand edit; and __fish_seen_subcommand_from remove" -f -a "buildmetadata" -d 'Removes buildMetadata options (comma separated)'
complete -c kforge -n "__fish_kforge_using_subcommand edit; and __fish_seen_subcommand_from remove" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kforge -n "__fish_kforge_using_subcommand edit; and __fish_seen_subcommand_from fix" -s j -l jobs -d 'Threads to use for parsing, transforming and writing (default: one per core)' -r
complete -c kforge -n "__fish_kforge_using_subcommand edit; and __fish_seen_subcommand_from fix" -l color -d 'Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never' -r -f -a "auto\t'Color when stderr is a terminal and NO_COLOR is not set'
always\t'Always color (also into pipes and files)'
never\t'Never color'"
complete -c kforge -n "__fish_kforge_using_subcommand edit; and __fish_seen_subcommand_from fix" -l vars -d 'Also convert vars to replacements (rewrites $(NAME) in the files they touch)'
complete -c kforge -n "__fish_kforge_using_subcommand edit; and __fish_seen_subcommand_from fix" -s q -l quiet -d 'Print only results and errors: no warnings, notes or progress'
complete -c kforge -n "__fish_kforge_using_subcommand edit; and __fish_seen_subcommand_from fix" -s v -l verbose -d 'Print more on stderr: what is done and how long it took (repeat for more: -vv)'
complete -c kforge -n "__fish_kforge_using_subcommand edit; and __fish_seen_subcommand_from fix" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kforge -n "__fish_kforge_using_subcommand edit; and __fish_seen_subcommand_from alpha-list-builtin-plugin" -s j -l jobs -d 'Threads to use for parsing, transforming and writing (default: one per core)' -r
complete -c kforge -n "__fish_kforge_using_subcommand edit; and __fish_seen_subcommand_from alpha-list-builtin-plugin" -l color -d 'Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never' -r -f -a "auto\t'Color when stderr is a terminal and NO_COLOR is not set'
always\t'Always color (also into pipes and files)'
never\t'Never color'"
complete -c kforge -n "__fish_kforge_using_subcommand edit; and __fish_seen_subcommand_from alpha-list-builtin-plugin" -s q -l quiet -d 'Print only results and errors: no warnings, notes or progress'
complete -c kforge -n "__fish_kforge_using_subcommand edit; and __fish_seen_subcommand_from alpha-list-builtin-plugin" -s v -l verbose -d 'Print more on stderr: what is done and how long it took (repeat for more: -vv)'
complete -c kforge -n "__fish_kforge_using_subcommand edit; and __fish_seen_subcommand_from alpha-list-builtin-plugin" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kforge -n "__fish_kforge_using_subcommand edit; and __fish_seen_subcommand_from listbuiltin" -s j -l jobs -d 'Threads to use for parsing, transforming and writing (default: one per core)' -r
complete -c kforge -n "__fish_kforge_using_subcommand edit; and __fish_seen_subcommand_from listbuiltin" -l color -d 'Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never' -r -f -a "auto\t'Color when stderr is a terminal and NO_COLOR is not set'
always\t'Always color (also into pipes and files)'
never\t'Never color'"
complete -c kforge -n "__fish_kforge_using_subcommand edit; and __fish_seen_subcommand_from listbuiltin" -s q -l quiet -d 'Print only results and errors: no warnings, notes or progress'
complete -c kforge -n "__fish_kforge_using_subcommand edit; and __fish_seen_subcommand_from listbuiltin" -s v -l verbose -d 'Print more on stderr: what is done and how long it took (repeat for more: -vv)'
complete -c kforge -n "__fish_kforge_using_subcommand edit; and __fish_seen_subcommand_from listbuiltin" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kforge -n "__fish_kforge_using_subcommand edit; and __fish_seen_subcommand_from help" -f -a "add" -d 'Adds an item to the kustomization file'
complete -c kforge -n "__fish_kforge_using_subcommand edit; and __fish_seen_subcommand_from help" -f -a "set" -d 'Sets the value of different fields in the kustomization file'
complete -c kforge -n "__fish_kforge_using_subcommand edit; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Removes items from the kustomization file'
complete -c kforge -n "__fish_kforge_using_subcommand edit; and __fish_seen_subcommand_from help" -f -a "fix" -d 'Fix the missing and deprecated fields in the kustomization file'
complete -c kforge -n "__fish_kforge_using_subcommand edit; and __fish_seen_subcommand_from help" -f -a "alpha-list-builtin-plugin" -d '[Alpha] List the builtin plugins'
complete -c kforge -n "__fish_kforge_using_subcommand edit; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kforge -n "__fish_kforge_using_subcommand create" -l resources -d 'Name of a file containing a file to add to the kustomization file (comma separated, globs)' -r
complete -c kforge -n "__fish_kforge_using_subcommand create" -l namespace -d 'Set the value of the namespace field in the kustomization file' -r
complete -c kforge -n "__fish_kforge_using_subcommand create" -l annotations -d 'Add one or more common annotations (k:v,k2:v2)' -r
complete -c kforge -n "__fish_kforge_using_subcommand create" -l labels -d 'Add one or more common labels (k:v,k2:v2)' -r
complete -c kforge -n "__fish_kforge_using_subcommand create" -l nameprefix -d 'Sets the value of the namePrefix field in the kustomization file' -r
complete -c kforge -n "__fish_kforge_using_subcommand create" -l namesuffix -d 'Sets the value of the nameSuffix field in the kustomization file' -r
complete -c kforge -n "__fish_kforge_using_subcommand create" -s j -l jobs -d 'Threads to use for parsing, transforming and writing (default: one per core)' -r
complete -c kforge -n "__fish_kforge_using_subcommand create" -l color -d 'Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never' -r -f -a "auto\t'Color when stderr is a terminal and NO_COLOR is not set'
always\t'Always color (also into pipes and files)'
never\t'Never color'"
complete -c kforge -n "__fish_kforge_using_subcommand create" -l autodetect -d 'Search for kubernetes resources in the current directory to be added to the kustomization file'
complete -c kforge -n "__fish_kforge_using_subcommand create" -l recursive -d 'Enable recursive directory searching for resource auto-detection'
complete -c kforge -n "__fish_kforge_using_subcommand create" -s q -l quiet -d 'Print only results and errors: no warnings, notes or progress'
complete -c kforge -n "__fish_kforge_using_subcommand create" -s v -l verbose -d 'Print more on stderr: what is done and how long it took (repeat for more: -vv)'
complete -c kforge -n "__fish_kforge_using_subcommand create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kforge -n "__fish_kforge_using_subcommand init" -l resources -d 'Name of a file containing a file to add to the kustomization file (comma separated, globs)' -r
complete -c kforge -n "__fish_kforge_using_subcommand init" -l namespace -d 'Set the value of the namespace field in the kustomization file' -r
complete -c kforge -n "__fish_kforge_using_subcommand init" -l annotations -d 'Add one or more common annotations (k:v,k2:v2)' -r
complete -c kforge -n "__fish_kforge_using_subcommand init" -l labels -d 'Add one or more common labels (k:v,k2:v2)' -r
complete -c kforge -n "__fish_kforge_using_subcommand init" -l nameprefix -d 'Sets the value of the namePrefix field in the kustomization file' -r
complete -c kforge -n "__fish_kforge_using_subcommand init" -l namesuffix -d 'Sets the value of the nameSuffix field in the kustomization file' -r
complete -c kforge -n "__fish_kforge_using_subcommand init" -s j -l jobs -d 'Threads to use for parsing, transforming and writing (default: one per core)' -r
complete -c kforge -n "__fish_kforge_using_subcommand init" -l color -d 'Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never' -r -f -a "auto\t'Color when stderr is a terminal and NO_COLOR is not set'
always\t'Always color (also into pipes and files)'
never\t'Never color'"
complete -c kforge -n "__fish_kforge_using_subcommand init" -l autodetect -d 'Search for kubernetes resources in the current directory to be added to the kustomization file'
complete -c kforge -n "__fish_kforge_using_subcommand init" -l recursive -d 'Enable recursive directory searching for resource auto-detection'
complete -c kforge -n "__fish_kforge_using_subcommand init" -s q -l quiet -d 'Print only results and errors: no warnings, notes or progress'
complete -c kforge -n "__fish_kforge_using_subcommand init" -s v -l verbose -d 'Print more on stderr: what is done and how long it took (repeat for more: -vv)'
complete -c kforge -n "__fish_kforge_using_subcommand init" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kforge -n "__fish_kforge_using_subcommand localize" -l scope -d 'Vendoring: directory localize may read from; DEST mirrors it (local targets only; default: TARGET)' -r -F
complete -c kforge -n "__fish_kforge_using_subcommand localize" -l mirror -d 'Rewrite every image by this mirror map (docs/mirroring.md)' -r -F
complete -c kforge -n "__fish_kforge_using_subcommand localize" -s o -l output -d 'Where to write the localized target (a directory, or a .tgz for charts)' -r -F
complete -c kforge -n "__fish_kforge_using_subcommand localize" -s f -l filename -d 'Filter a manifest stream instead: a file, or - for stdin; writes to stdout' -r
complete -c kforge -n "__fish_kforge_using_subcommand localize" -l helm-command -d 'The helm binary (default: helm on PATH)' -r
complete -c kforge -n "__fish_kforge_using_subcommand localize" -s j -l jobs -d 'Threads to use for parsing, transforming and writing (default: one per core)' -r
complete -c kforge -n "__fish_kforge_using_subcommand localize" -l color -d 'Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never' -r -f -a "auto\t'Color when stderr is a terminal and NO_COLOR is not set'
always\t'Always color (also into pipes and files)'
never\t'Never color'"
complete -c kforge -n "__fish_kforge_using_subcommand localize" -l no-verify -d 'Vendoring: do not build TARGET and DEST to check they give the same output'
complete -c kforge -n "__fish_kforge_using_subcommand localize" -l verify -d 'Render the result and fail listing every image still outside the mirror'
complete -c kforge -n "__fish_kforge_using_subcommand localize" -l enable-helm -d 'Render charts with a helm binary for --verify (runs an external program)'
complete -c kforge -n "__fish_kforge_using_subcommand localize" -s q -l quiet -d 'Print only results and errors: no warnings, notes or progress'
complete -c kforge -n "__fish_kforge_using_subcommand localize" -s v -l verbose -d 'Print more on stderr: what is done and how long it took (repeat for more: -vv)'
complete -c kforge -n "__fish_kforge_using_subcommand localize" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kforge -n "__fish_kforge_using_subcommand cfg; and not __fish_seen_subcommand_from count help" -s j -l jobs -d 'Threads to use for parsing, transforming and writing (default: one per core)' -r
complete -c kforge -n "__fish_kforge_using_subcommand cfg; and not __fish_seen_subcommand_from count help" -l color -d 'Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never' -r -f -a "auto\t'Color when stderr is a terminal and NO_COLOR is not set'
always\t'Always color (also into pipes and files)'
never\t'Never color'"
complete -c kforge -n "__fish_kforge_using_subcommand cfg; and not __fish_seen_subcommand_from count help" -s q -l quiet -d 'Print only results and errors: no warnings, notes or progress'
complete -c kforge -n "__fish_kforge_using_subcommand cfg; and not __fish_seen_subcommand_from count help" -s v -l verbose -d 'Print more on stderr: what is done and how long it took (repeat for more: -vv)'
complete -c kforge -n "__fish_kforge_using_subcommand cfg; and not __fish_seen_subcommand_from count help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kforge -n "__fish_kforge_using_subcommand cfg; and not __fish_seen_subcommand_from count help" -f -a "count" -d 'Count resources by kind in the YAML files of DIR (or stdin), like `kustomize cfg count`'
complete -c kforge -n "__fish_kforge_using_subcommand cfg; and not __fish_seen_subcommand_from count help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kforge -n "__fish_kforge_using_subcommand cfg; and __fish_seen_subcommand_from count" -l kind -d 'count resources by kind' -r -f -a "true\t''
false\t''"
complete -c kforge -n "__fish_kforge_using_subcommand cfg; and __fish_seen_subcommand_from count" -s j -l jobs -d 'Threads to use for parsing, transforming and writing (default: one per core)' -r
complete -c kforge -n "__fish_kforge_using_subcommand cfg; and __fish_seen_subcommand_from count" -l color -d 'Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never' -r -f -a "auto\t'Color when stderr is a terminal and NO_COLOR is not set'
always\t'Always color (also into pipes and files)'
never\t'Never color'"
complete -c kforge -n "__fish_kforge_using_subcommand cfg; and __fish_seen_subcommand_from count" -s q -l quiet -d 'Print only results and errors: no warnings, notes or progress'
complete -c kforge -n "__fish_kforge_using_subcommand cfg; and __fish_seen_subcommand_from count" -s v -l verbose -d 'Print more on stderr: what is done and how long it took (repeat for more: -vv)'
complete -c kforge -n "__fish_kforge_using_subcommand cfg; and __fish_seen_subcommand_from count" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kforge -n "__fish_kforge_using_subcommand cfg; and __fish_seen_subcommand_from help" -f -a "count" -d 'Count resources by kind in the YAML files of DIR (or stdin), like `kustomize cfg count`'
complete -c kforge -n "__fish_kforge_using_subcommand cfg; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kforge -n "__fish_kforge_using_subcommand version" -s j -l jobs -d 'Threads to use for parsing, transforming and writing (default: one per core)' -r
complete -c kforge -n "__fish_kforge_using_subcommand version" -l color -d 'Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never' -r -f -a "auto\t'Color when stderr is a terminal and NO_COLOR is not set'
always\t'Always color (also into pipes and files)'
never\t'Never color'"
complete -c kforge -n "__fish_kforge_using_subcommand version" -s q -l quiet -d 'Print only results and errors: no warnings, notes or progress'
complete -c kforge -n "__fish_kforge_using_subcommand version" -s v -l verbose -d 'Print more on stderr: what is done and how long it took (repeat for more: -vv)'
complete -c kforge -n "__fish_kforge_using_subcommand version" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kforge -n "__fish_kforge_using_subcommand completion" -l dir -d 'Write the scripts for every shell (kforge.bash, kforge.zsh, kforge.fish, kforge.elv, kforge.ps1) into this directory instead' -r -F
complete -c kforge -n "__fish_kforge_using_subcommand completion" -s j -l jobs -d 'Threads to use for parsing, transforming and writing (default: one per core)' -r
complete -c kforge -n "__fish_kforge_using_subcommand completion" -l color -d 'Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never' -r -f -a "auto\t'Color when stderr is a terminal and NO_COLOR is not set'
always\t'Always color (also into pipes and files)'
never\t'Never color'"
complete -c kforge -n "__fish_kforge_using_subcommand completion" -s q -l quiet -d 'Print only results and errors: no warnings, notes or progress'
complete -c kforge -n "__fish_kforge_using_subcommand completion" -s v -l verbose -d 'Print more on stderr: what is done and how long it took (repeat for more: -vv)'
complete -c kforge -n "__fish_kforge_using_subcommand completion" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kforge -n "__fish_kforge_using_subcommand completions" -l dir -d 'Write the scripts for every shell (kforge.bash, kforge.zsh, kforge.fish, kforge.elv, kforge.ps1) into this directory instead' -r -F
complete -c kforge -n "__fish_kforge_using_subcommand completions" -s j -l jobs -d 'Threads to use for parsing, transforming and writing (default: one per core)' -r
complete -c kforge -n "__fish_kforge_using_subcommand completions" -l color -d 'Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never' -r -f -a "auto\t'Color when stderr is a terminal and NO_COLOR is not set'
always\t'Always color (also into pipes and files)'
never\t'Never color'"
complete -c kforge -n "__fish_kforge_using_subcommand completions" -s q -l quiet -d 'Print only results and errors: no warnings, notes or progress'
complete -c kforge -n "__fish_kforge_using_subcommand completions" -s v -l verbose -d 'Print more on stderr: what is done and how long it took (repeat for more: -vv)'
complete -c kforge -n "__fish_kforge_using_subcommand completions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kforge -n "__fish_kforge_using_subcommand images" -s f -l values -d 'Values files for rendering a chart (with --enable-helm)' -r -F
complete -c kforge -n "__fish_kforge_using_subcommand images" -l set -d 'Values for rendering a chart (key=value, as helm --set; with --enable-helm)' -r
complete -c kforge -n "__fish_kforge_using_subcommand images" -l format -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kforge -n "__fish_kforge_using_subcommand images" -l allowed-registries -d 'Fail (exit 1) listing every image outside these registries (host or host/path, comma-separated)' -r
complete -c kforge -n "__fish_kforge_using_subcommand images" -l helm-command -d 'The helm binary (default: helm on PATH)' -r
complete -c kforge -n "__fish_kforge_using_subcommand images" -s j -l jobs -d 'Threads to use for parsing, transforming and writing (default: one per core)' -r
complete -c kforge -n "__fish_kforge_using_subcommand images" -l color -d 'Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never' -r -f -a "auto\t'Color when stderr is a terminal and NO_COLOR is not set'
always\t'Always color (also into pipes and files)'
never\t'Never color'"
complete -c kforge -n "__fish_kforge_using_subcommand images" -l enable-helm -d 'Render charts (and kustomizations\' helmCharts) with a helm binary (runs an external program)'
complete -c kforge -n "__fish_kforge_using_subcommand images" -s q -l quiet -d 'Print only results and errors: no warnings, notes or progress'
complete -c kforge -n "__fish_kforge_using_subcommand images" -s v -l verbose -d 'Print more on stderr: what is done and how long it took (repeat for more: -vv)'
complete -c kforge -n "__fish_kforge_using_subcommand images" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kforge -n "__fish_kforge_using_subcommand mirror; and not __fish_seen_subcommand_from config images chart status help" -s j -l jobs -d 'Threads to use for parsing, transforming and writing (default: one per core)' -r
complete -c kforge -n "__fish_kforge_using_subcommand mirror; and not __fish_seen_subcommand_from config images chart status help" -l color -d 'Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never' -r -f -a "auto\t'Color when stderr is a terminal and NO_COLOR is not set'
always\t'Always color (also into pipes and files)'
never\t'Never color'"
complete -c kforge -n "__fish_kforge_using_subcommand mirror; and not __fish_seen_subcommand_from config images chart status help" -s q -l quiet -d 'Print only results and errors: no warnings, notes or progress'
complete -c kforge -n "__fish_kforge_using_subcommand mirror; and not __fish_seen_subcommand_from config images chart status help" -s v -l verbose -d 'Print more on stderr: what is done and how long it took (repeat for more: -vv)'
complete -c kforge -n "__fish_kforge_using_subcommand mirror; and not __fish_seen_subcommand_from config images chart status help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kforge -n "__fish_kforge_using_subcommand mirror; and not __fish_seen_subcommand_from config images chart status help" -f -a "config" -d 'Write container runtime mirror configuration from a mirror map'
complete -c kforge -n "__fish_kforge_using_subcommand mirror; and not __fish_seen_subcommand_from config images chart status help" -f -a "images" -d 'Copy images (every platform, digests unchanged, signatures along) to a mirror registry'
complete -c kforge -n "__fish_kforge_using_subcommand mirror; and not __fish_seen_subcommand_from config images chart status help" -f -a "chart" -d 'Mirror a chart and every image it needs; push the localized chart; write a lock file'
complete -c kforge -n "__fish_kforge_using_subcommand mirror; and not __fish_seen_subcommand_from config images chart status help" -f -a "status" -d 'Compare upstream images with their mirror copies (HEAD and tag-list requests only); exit 3 when behind'
complete -c kforge -n "__fish_kforge_using_subcommand mirror; and not __fish_seen_subcommand_from config images chart status help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kforge -n "__fish_kforge_using_subcommand mirror; and __fish_seen_subcommand_from config" -l mirror -d 'The mirror map' -r -F
complete -c kforge -n "__fish_kforge_using_subcommand mirror; and __fish_seen_subcommand_from config" -l format -d 'Runtime to configure' -r -f -a "containerd\t'containerd hosts.toml files (one directory per registry, for config_path)'
cri-o\t'CRI-O / containers registries.conf'"
complete -c kforge -n "__fish_kforge_using_subcommand mirror; and __fish_seen_subcommand_from config" -s o -l output -d 'Write here (containerd: a directory like /etc/containerd/certs.d; cri-o: a file) instead of stdout' -r -F
complete -c kforge -n "__fish_kforge_using_subcommand mirror; and __fish_seen_subcommand_from config" -l registry -d 'Registries a "*" rule is also written for (besides the well-known public ones)' -r
complete -c kforge -n "__fish_kforge_using_subcommand mirror; and __fish_seen_subcommand_from config" -s j -l jobs -d 'Threads to use for parsing, transforming and writing (default: one per core)' -r
complete -c kforge -n "__fish_kforge_using_subcommand mirror; and __fish_seen_subcommand_from config" -l color -d 'Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never' -r -f -a "auto\t'Color when stderr is a terminal and NO_COLOR is not set'
always\t'Always color (also into pipes and files)'
never\t'Never color'"
complete -c kforge -n "__fish_kforge_using_subcommand mirror; and __fish_seen_subcommand_from config" -s q -l quiet -d 'Print only results and errors: no warnings, notes or progress'
complete -c kforge -n "__fish_kforge_using_subcommand mirror; and __fish_seen_subcommand_from config" -s v -l verbose -d 'Print more on stderr: what is done and how long it took (repeat for more: -vv)'
complete -c kforge -n "__fish_kforge_using_subcommand mirror; and __fish_seen_subcommand_from config" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kforge -n "__fish_kforge_using_subcommand mirror; and __fish_seen_subcommand_from images" -s f -l filename -d 'Image list (one IMAGE[:TAG|@DIGEST] per line, optional `semver=RANGE`, `regex=RE` or `latest=N`) or a mirror lock file' -r -F
complete -c kforge -n "__fish_kforge_using_subcommand mirror; and __fish_seen_subcommand_from images" -l to -d 'Mirror registry and path prefix: images go to TO/<source host>/<source path> unless a --mirror rule matches' -r
complete -c kforge -n "__fish_kforge_using_subcommand mirror; and __fish_seen_subcommand_from images" -l mirror -d 'Mirror rule SOURCE_PREFIX=DEST_PREFIX, or a file of such lines (repeatable)' -r
complete -c kforge -n "__fish_kforge_using_subcommand mirror; and __fish_seen_subcommand_from images" -l plain-http-registry -d 'Use plain HTTP for this registry only (repeatable; --plain-http covers all)' -r
complete -c kforge -n "__fish_kforge_using_subcommand mirror; and __fish_seen_subcommand_from images" -l ca-file -d 'Trust this CA certificate (PEM) for registry TLS' -r -F
complete -c kforge -n "__fish_kforge_using_subcommand mirror; and __fish_seen_subcommand_from images" -l registry-config -d 'Docker config.json with registry credentials (default: $DOCKER_CONFIG/config.json or ~/.docker/config.json)' -r -F
complete -c kforge -n "__fish_kforge_using_subcommand mirror; and __fish_seen_subcommand_from images" -s u -l username -d 'Registry user name (with --password or --password-stdin)' -r
complete -c kforge -n "__fish_kforge_using_subcommand mirror; and __fish_seen_subcommand_from images" -s p -l password -d 'Registry password (prefer --password-stdin or `kforge registry login`)' -r
complete -c kforge -n "__fish_kforge_using_subcommand mirror; and __fish_seen_subcommand_from images" -l chunk-size -d 'Blobs above this size are uploaded in resumable chunks (bytes; K, M, G suffixes)' -r
complete -c kforge -n "__fish_kforge_using_subcommand mirror; and __fish_seen_subcommand_from images" -s j -l jobs -d 'Threads to use for parsing, transforming and writing (default: one per core)' -r
complete -c kforge -n "__fish_kforge_using_subcommand mirror; and __fish_seen_subcommand_from images" -l color -d 'Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never' -r -f -a "auto\t'Color when stderr is a terminal and NO_COLOR is not set'
always\t'Always color (also into pipes and files)'
never\t'Never color'"
complete -c kforge -n "__fish_kforge_using_subcommand mirror; and __fish_seen_subcommand_from images" -l plain-http -d 'Talk plain HTTP to registries (no TLS)'
complete -c kforge -n "__fish_kforge_using_subcommand mirror; and __fish_seen_subcommand_from images" -l insecure-skip-tls-verify -d 'Do not verify registry TLS certificates'
complete -c kforge -n "__fish_kforge_using_subcommand mirror; and __fish_seen_subcommand_from images" -l password-stdin -d 'Read the registry password from standard input'
complete -c kforge -n "__fish_kforge_using_subcommand mirror; and __fish_seen_subcommand_from images" -l dry-run -d 'Print the plan without copying anything'
complete -c kforge -n "__fish_kforge_using_subcommand mirror; and __fish_seen_subcommand_from images" -l no-artifacts -d 'Leave signatures, attestations, SBOMs and referrers behind'
complete -c kforge -n "__fish_kforge_using_subcommand mirror; and __fish_seen_subcommand_from images" -s q -l quiet -d 'Print only results and errors: no warnings, notes or progress'
complete -c kforge -n "__fish_kforge_using_subcommand mirror; and __fish_seen_subcommand_from images" -s v -l verbose -d 'Print more on stderr: what is done and how long it took (repeat for more: -vv)'
complete -c kforge -n "__fish_kforge_using_subcommand mirror; and __fish_seen_subcommand_from images" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kforge -n "__fish_kforge_using_subcommand mirror; and __fish_seen_subcommand_from chart" -l version -d 'Version or range' -r
complete -c kforge -n "__fish_kforge_using_subcommand mirror; and __fish_seen_subcommand_from chart" -l to -d 'Where the localized chart goes: oci://MIRROR/NAMESPACE' -r
complete -c kforge -n "__fish_kforge_using_subcommand mirror; and __fish_seen_subcommand_from chart" -l mirror -d 'The mirror map (kind: MirrorMap) saying where each registry\'s images go' -r -F
complete -c kforge -n "__fish_kforge_using_subcommand mirror; and __fish_seen_subcommand_from chart" -l lock -d 'Lock file to write (images with source, destination, digests, where found)' -r -F
complete -c kforge -n "__fish_kforge_using_subcommand mirror; and __fish_seen_subcommand_from chart" -l helm-command -d 'The helm binary for --enable-helm' -r
complete -c kforge -n "__fish_kforge_using_subcommand mirror; and __fish_seen_subcommand_from chart" -l chunk-size -d 'Blobs above this size are uploaded in resumable chunks (bytes; K, M, G suffixes)' -r
complete -c kforge -n "__fish_kforge_using_subcommand mirror; and __fish_seen_subcommand_from chart" -l plain-http-registry -d 'Use plain HTTP for this registry only (repeatable)' -r
complete -c kforge -n "__fish_kforge_using_subcommand mirror; and __fish_seen_subcommand_from chart" -l ca-file -d 'Trust this CA certificate (PEM) for registry TLS' -r -F
complete -c kforge -n "__fish_kforge_using_subcommand mirror; and __fish_seen_subcommand_from chart" -l registry-config -d 'Docker config.json with registry credentials (default: $DOCKER_CONFIG/config.json or ~/.docker/config.json)' -r -F
complete -c kforge -n "__fish_kforge_using_subcommand mirror; and __fish_seen_subcommand_from chart" -s u -l username -d 'Registry user name (with --password or --password-stdin)' -r
complete -c kforge -n "__fish_kforge_using_subcommand mirror; and __fish_seen_subcommand_from chart" -s p -l password -d 'Registry password (prefer --password-stdin or `kforge registry login`)' -r
complete -c kforge -n "__fish_kforge_using_subcommand mirror; and __fish_seen_subcommand_from chart" -s j -l jobs -d 'Threads to use for parsing, transforming and writing (default: one per core)' -r
complete -c kforge -n "__fish_kforge_using_subcommand mirror; and __fish_seen_subcommand_from chart" -l color -d 'Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never' -r -f -a "auto\t'Color when stderr is a terminal and NO_COLOR is not set'
always\t'Always color (also into pipes and files)'
never\t'Never color'"
complete -c kforge -n "__fish_kforge_using_subcommand mirror; and __fish_seen_subcommand_from chart" -l enable-helm -d 'Render charts that need helm with this helm binary to find images (runs helm)'
complete -c kforge -n "__fish_kforge_using_subcommand mirror; and __fish_seen_subcommand_from chart" -l dry-run -d 'Print the plan without copying or pushing anything'
complete -c kforge -n "__fish_kforge_using_subcommand mirror; and __fish_seen_subcommand_from chart" -l no-artifacts -d 'Leave signatures, attestations, SBOMs and referrers behind'
complete -c kforge -n "__fish_kforge_using_subcommand mirror; and __fish_seen_subcommand_from chart" -l plain-http -d 'Talk plain HTTP to registries (no TLS)'
complete -c kforge -n "__fish_kforge_using_subcommand mirror; and __fish_seen_subcommand_from chart" -l insecure-skip-tls-verify -d 'Do not verify registry TLS certificates'
complete -c kforge -n "__fish_kforge_using_subcommand mirror; and __fish_seen_subcommand_from chart" -l password-stdin -d 'Read the registry password from standard input'
complete -c kforge -n "__fish_kforge_using_subcommand mirror; and __fish_seen_subcommand_from chart" -s q -l quiet -d 'Print only results and errors: no warnings, notes or progress'
complete -c kforge -n "__fish_kforge_using_subcommand mirror; and __fish_seen_subcommand_from chart" -s v -l verbose -d 'Print more on stderr: what is done and how long it took (repeat for more: -vv)'
complete -c kforge -n "__fish_kforge_using_subcommand mirror; and __fish_seen_subcommand_from chart" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kforge -n "__fish_kforge_using_subcommand mirror; and __fish_seen_subcommand_from status" -s f -l filename -d 'Image list or mirror lock file' -r -F
complete -c kforge -n "__fish_kforge_using_subcommand mirror; and __fish_seen_subcommand_from status" -l to -d 'Mirror registry and path prefix: images go to TO/<source host>/<source path> unless a --mirror rule matches' -r
complete -c kforge -n "__fish_kforge_using_subcommand mirror; and __fish_seen_subcommand_from status" -l mirror -d 'Mirror rule SOURCE_PREFIX=DEST_PREFIX, or a file of such lines (repeatable)' -r
complete -c kforge -n "__fish_kforge_using_subcommand mirror; and __fish_seen_subcommand_from status" -l plain-http-registry -d 'Use plain HTTP for this registry only (repeatable; --plain-http covers all)' -r
complete -c kforge -n "__fish_kforge_using_subcommand mirror; and __fish_seen_subcommand_from status" -l ca-file -d 'Trust this CA certificate (PEM) for registry TLS' -r -F
complete -c kforge -n "__fish_kforge_using_subcommand mirror; and __fish_seen_subcommand_from status" -l registry-config -d 'Docker config.json with registry credentials (default: $DOCKER_CONFIG/config.json or ~/.docker/config.json)' -r -F
complete -c kforge -n "__fish_kforge_using_subcommand mirror; and __fish_seen_subcommand_from status" -s u -l username -d 'Registry user name (with --password or --password-stdin)' -r
complete -c kforge -n "__fish_kforge_using_subcommand mirror; and __fish_seen_subcommand_from status" -s p -l password -d 'Registry password (prefer --password-stdin or `kforge registry login`)' -r
complete -c kforge -n "__fish_kforge_using_subcommand mirror; and __fish_seen_subcommand_from status" -s j -l jobs -d 'Threads to use for parsing, transforming and writing (default: one per core)' -r
complete -c kforge -n "__fish_kforge_using_subcommand mirror; and __fish_seen_subcommand_from status" -l color -d 'Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never' -r -f -a "auto\t'Color when stderr is a terminal and NO_COLOR is not set'
always\t'Always color (also into pipes and files)'
never\t'Never color'"
complete -c kforge -n "__fish_kforge_using_subcommand mirror; and __fish_seen_subcommand_from status" -l plain-http -d 'Talk plain HTTP to registries (no TLS)'
complete -c kforge -n "__fish_kforge_using_subcommand mirror; and __fish_seen_subcommand_from status" -l insecure-skip-tls-verify -d 'Do not verify registry TLS certificates'
complete -c kforge -n "__fish_kforge_using_subcommand mirror; and __fish_seen_subcommand_from status" -l password-stdin -d 'Read the registry password from standard input'
complete -c kforge -n "__fish_kforge_using_subcommand mirror; and __fish_seen_subcommand_from status" -s q -l quiet -d 'Print only results and errors: no warnings, notes or progress'
complete -c kforge -n "__fish_kforge_using_subcommand mirror; and __fish_seen_subcommand_from status" -s v -l verbose -d 'Print more on stderr: what is done and how long it took (repeat for more: -vv)'
complete -c kforge -n "__fish_kforge_using_subcommand mirror; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kforge -n "__fish_kforge_using_subcommand mirror; and __fish_seen_subcommand_from help" -f -a "config" -d 'Write container runtime mirror configuration from a mirror map'
complete -c kforge -n "__fish_kforge_using_subcommand mirror; and __fish_seen_subcommand_from help" -f -a "images" -d 'Copy images (every platform, digests unchanged, signatures along) to a mirror registry'
complete -c kforge -n "__fish_kforge_using_subcommand mirror; and __fish_seen_subcommand_from help" -f -a "chart" -d 'Mirror a chart and every image it needs; push the localized chart; write a lock file'
complete -c kforge -n "__fish_kforge_using_subcommand mirror; and __fish_seen_subcommand_from help" -f -a "status" -d 'Compare upstream images with their mirror copies (HEAD and tag-list requests only); exit 3 when behind'
complete -c kforge -n "__fish_kforge_using_subcommand mirror; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kforge -n "__fish_kforge_using_subcommand diff" -l format -d 'Output format' -r -f -a "text\t'Changed objects with a unified YAML diff, then added and removed ones'
json\t'One JSON object: added, removed, changed (with diffs)'"
complete -c kforge -n "__fish_kforge_using_subcommand diff" -s j -l jobs -d 'Threads to use for parsing, transforming and writing (default: one per core)' -r
complete -c kforge -n "__fish_kforge_using_subcommand diff" -l color -d 'Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never' -r -f -a "auto\t'Color when stderr is a terminal and NO_COLOR is not set'
always\t'Always color (also into pipes and files)'
never\t'Never color'"
complete -c kforge -n "__fish_kforge_using_subcommand diff" -s q -l quiet -d 'Print only results and errors: no warnings, notes or progress'
complete -c kforge -n "__fish_kforge_using_subcommand diff" -s v -l verbose -d 'Print more on stderr: what is done and how long it took (repeat for more: -vv)'
complete -c kforge -n "__fish_kforge_using_subcommand diff" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kforge -n "__fish_kforge_using_subcommand template" -s f -l values -d 'Values file(s), merged in order (later wins)' -r -F
complete -c kforge -n "__fish_kforge_using_subcommand template" -l set -d 'Set values (`a.b=1,c={x,y}`), typed as Helm types them' -r
complete -c kforge -n "__fish_kforge_using_subcommand template" -l set-string -d 'Set string values' -r
complete -c kforge -n "__fish_kforge_using_subcommand template" -l set-json -d 'Set JSON values (`a={"b":1}`)' -r
complete -c kforge -n "__fish_kforge_using_subcommand template" -l set-file -d 'Set values from files (`key=path`)' -r
complete -c kforge -n "__fish_kforge_using_subcommand template" -l set-literal -d 'Set a literal string value (`key=rest,taken raw`)' -r
complete -c kforge -n "__fish_kforge_using_subcommand template" -s n -l namespace -d 'Namespace of the release' -r
complete -c kforge -n "__fish_kforge_using_subcommand template" -l kube-version -d 'Kubernetes version for Capabilities.KubeVersion (default v1.35.0)' -r
complete -c kforge -n "__fish_kforge_using_subcommand template" -s a -l api-versions -d 'Extra API versions for Capabilities.APIVersions' -r
complete -c kforge -n "__fish_kforge_using_subcommand template" -s s -l show-only -d 'Only print documents from these templates (glob, relative to the chart: templates/x.yaml)' -r
complete -c kforge -n "__fish_kforge_using_subcommand template" -l output-dir -d 'Write the documents into this directory instead of stdout' -r -F
complete -c kforge -n "__fish_kforge_using_subcommand template" -l mirror -d 'Rewrite every image of the output to a regional mirror by this mirror map (docs/mirroring.md)' -r -F
complete -c kforge -n "__fish_kforge_using_subcommand template" -l seed -d 'Seed for random template functions (randAlphaNum, genCA, ...): the same seed gives the same output (not secret!)' -r
complete -c kforge -n "__fish_kforge_using_subcommand template" -s j -l jobs -d 'Threads to use for parsing, transforming and writing (default: one per core)' -r
complete -c kforge -n "__fish_kforge_using_subcommand template" -l color -d 'Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never' -r -f -a "auto\t'Color when stderr is a terminal and NO_COLOR is not set'
always\t'Always color (also into pipes and files)'
never\t'Never color'"
complete -c kforge -n "__fish_kforge_using_subcommand template" -l force-namespace -d 'Also set metadata.namespace on namespaced objects that have none (Helm leaves it unset)'
complete -c kforge -n "__fish_kforge_using_subcommand template" -l include-crds -d 'Print the CRDs of crds/ folders first'
complete -c kforge -n "__fish_kforge_using_subcommand template" -l no-hooks -d 'Leave hooks out'
complete -c kforge -n "__fish_kforge_using_subcommand template" -l skip-tests -d 'Leave test hooks out'
complete -c kforge -n "__fish_kforge_using_subcommand template" -l strict -d 'Undefined values are errors'
complete -c kforge -n "__fish_kforge_using_subcommand template" -l skip-schema-validation -d 'Do not validate values against values.schema.json'
complete -c kforge -n "__fish_kforge_using_subcommand template" -l is-upgrade -d 'Render as an upgrade (Release.IsUpgrade)'
complete -c kforge -n "__fish_kforge_using_subcommand template" -s q -l quiet -d 'Print only results and errors: no warnings, notes or progress'
complete -c kforge -n "__fish_kforge_using_subcommand template" -s v -l verbose -d 'Print more on stderr: what is done and how long it took (repeat for more: -vv)'
complete -c kforge -n "__fish_kforge_using_subcommand template" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kforge -n "__fish_kforge_using_subcommand chart; and not __fish_seen_subcommand_from create lint package dependency schema index push pull help" -s j -l jobs -d 'Threads to use for parsing, transforming and writing (default: one per core)' -r
complete -c kforge -n "__fish_kforge_using_subcommand chart; and not __fish_seen_subcommand_from create lint package dependency schema index push pull help" -l color -d 'Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never' -r -f -a "auto\t'Color when stderr is a terminal and NO_COLOR is not set'
always\t'Always color (also into pipes and files)'
never\t'Never color'"
complete -c kforge -n "__fish_kforge_using_subcommand chart; and not __fish_seen_subcommand_from create lint package dependency schema index push pull help" -s q -l quiet -d 'Print only results and errors: no warnings, notes or progress'
complete -c kforge -n "__fish_kforge_using_subcommand chart; and not __fish_seen_subcommand_from create lint package dependency schema index push pull help" -s v -l verbose -d 'Print more on stderr: what is done and how long it took (repeat for more: -vv)'
complete -c kforge -n "__fish_kforge_using_subcommand chart; and not __fish_seen_subcommand_from create lint package dependency schema index push pull help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kforge -n "__fish_kforge_using_subcommand chart; and not __fish_seen_subcommand_from create lint package dependency schema index push pull help" -f -a "create" -d 'Create a starter kforge chart (the objects `helm create` makes, templates in minijinja)'
complete -c kforge -n "__fish_kforge_using_subcommand chart; and not __fish_seen_subcommand_from create lint package dependency schema index push pull help" -f -a "lint" -d 'Check a chart: Chart.yaml, values against the schema, templates, rendered objects'
complete -c kforge -n "__fish_kforge_using_subcommand chart; and not __fish_seen_subcommand_from create lint package dependency schema index push pull help" -f -a "package" -d 'Package a chart into a byte-reproducible NAME-VERSION.tgz'
complete -c kforge -n "__fish_kforge_using_subcommand chart; and not __fish_seen_subcommand_from create lint package dependency schema index push pull help" -f -a "dependency" -d 'Vendor a chart\'s dependencies into charts/ and write Chart.lock'
complete -c kforge -n "__fish_kforge_using_subcommand chart; and not __fish_seen_subcommand_from create lint package dependency schema index push pull help" -f -a "schema" -d 'Write values.schema.json inferred from values.yaml'
complete -c kforge -n "__fish_kforge_using_subcommand chart; and not __fish_seen_subcommand_from create lint package dependency schema index push pull help" -f -a "index" -d 'Write index.yaml for a folder of chart packages (like `helm repo index`)'
complete -c kforge -n "__fish_kforge_using_subcommand chart; and not __fish_seen_subcommand_from create lint package dependency schema index push pull help" -f -a "push" -d 'Push a chart archive to an OCI registry (as `helm push`)'
complete -c kforge -n "__fish_kforge_using_subcommand chart; and not __fish_seen_subcommand_from create lint package dependency schema index push pull help" -f -a "pull" -d 'Download a chart from an OCI registry or an HTTP chart repository (as `helm pull`)'
complete -c kforge -n "__fish_kforge_using_subcommand chart; and not __fish_seen_subcommand_from create lint package dependency schema index push pull help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kforge -n "__fish_kforge_using_subcommand chart; and __fish_seen_subcommand_from create" -s j -l jobs -d 'Threads to use for parsing, transforming and writing (default: one per core)' -r
complete -c kforge -n "__fish_kforge_using_subcommand chart; and __fish_seen_subcommand_from create" -l color -d 'Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never' -r -f -a "auto\t'Color when stderr is a terminal and NO_COLOR is not set'
always\t'Always color (also into pipes and files)'
never\t'Never color'"
complete -c kforge -n "__fish_kforge_using_subcommand chart; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print only results and errors: no warnings, notes or progress'
complete -c kforge -n "__fish_kforge_using_subcommand chart; and __fish_seen_subcommand_from create" -s v -l verbose -d 'Print more on stderr: what is done and how long it took (repeat for more: -vv)'
complete -c kforge -n "__fish_kforge_using_subcommand chart; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kforge -n "__fish_kforge_using_subcommand chart; and __fish_seen_subcommand_from lint" -s f -l values -d 'Values file(s), merged in order (later wins)' -r -F
complete -c kforge -n "__fish_kforge_using_subcommand chart; and __fish_seen_subcommand_from lint" -l set -d 'Set values (`a.b=1,c={x,y}`), typed as Helm types them' -r
complete -c kforge -n "__fish_kforge_using_subcommand chart; and __fish_seen_subcommand_from lint" -l set-string -d 'Set string values' -r
complete -c kforge -n "__fish_kforge_using_subcommand chart; and __fish_seen_subcommand_from lint" -l set-json -d 'Set JSON values (`a={"b":1}`)' -r
complete -c kforge -n "__fish_kforge_using_subcommand chart; and __fish_seen_subcommand_from lint" -l set-file -d 'Set values from files (`key=path`)' -r
complete -c kforge -n "__fish_kforge_using_subcommand chart; and __fish_seen_subcommand_from lint" -l set-literal -d 'Set a literal string value (`key=rest,taken raw`)' -r
complete -c kforge -n "__fish_kforge_using_subcommand chart; and __fish_seen_subcommand_from lint" -s n -l namespace -d 'Namespace of the release the templates see' -r
complete -c kforge -n "__fish_kforge_using_subcommand chart; and __fish_seen_subcommand_from lint" -l kube-version -d 'Kubernetes version for Capabilities.KubeVersion' -r
complete -c kforge -n "__fish_kforge_using_subcommand chart; and __fish_seen_subcommand_from lint" -s j -l jobs -d 'Threads to use for parsing, transforming and writing (default: one per core)' -r
complete -c kforge -n "__fish_kforge_using_subcommand chart; and __fish_seen_subcommand_from lint" -l color -d 'Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never' -r -f -a "auto\t'Color when stderr is a terminal and NO_COLOR is not set'
always\t'Always color (also into pipes and files)'
never\t'Never color'"
complete -c kforge -n "__fish_kforge_using_subcommand chart; and __fish_seen_subcommand_from lint" -l strict -d 'Fail on warnings too'
complete -c kforge -n "__fish_kforge_using_subcommand chart; and __fish_seen_subcommand_from lint" -s q -l quiet -d 'Print only results and errors: no warnings, notes or progress'
complete -c kforge -n "__fish_kforge_using_subcommand chart; and __fish_seen_subcommand_from lint" -s v -l verbose -d 'Print more on stderr: what is done and how long it took (repeat for more: -vv)'
complete -c kforge -n "__fish_kforge_using_subcommand chart; and __fish_seen_subcommand_from lint" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kforge -n "__fish_kforge_using_subcommand chart; and __fish_seen_subcommand_from package" -s d -l destination -d 'Directory to write the archive to' -r -F
complete -c kforge -n "__fish_kforge_using_subcommand chart; and __fish_seen_subcommand_from package" -l version -d 'Set the chart\'s version in the package' -r
complete -c kforge -n "__fish_kforge_using_subcommand chart; and __fish_seen_subcommand_from package" -l app-version -d 'Set the chart\'s appVersion in the package' -r
complete -c kforge -n "__fish_kforge_using_subcommand chart; and __fish_seen_subcommand_from package" -s j -l jobs -d 'Threads to use for parsing, transforming and writing (default: one per core)' -r
complete -c kforge -n "__fish_kforge_using_subcommand chart; and __fish_seen_subcommand_from package" -l color -d 'Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never' -r -f -a "auto\t'Color when stderr is a terminal and NO_COLOR is not set'
always\t'Always color (also into pipes and files)'
never\t'Never color'"
complete -c kforge -n "__fish_kforge_using_subcommand chart; and __fish_seen_subcommand_from package" -s q -l quiet -d 'Print only results and errors: no warnings, notes or progress'
complete -c kforge -n "__fish_kforge_using_subcommand chart; and __fish_seen_subcommand_from package" -s v -l verbose -d 'Print more on stderr: what is done and how long it took (repeat for more: -vv)'
complete -c kforge -n "__fish_kforge_using_subcommand chart; and __fish_seen_subcommand_from package" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kforge -n "__fish_kforge_using_subcommand chart; and __fish_seen_subcommand_from dependency" -s j -l jobs -d 'Threads to use for parsing, transforming and writing (default: one per core)' -r
complete -c kforge -n "__fish_kforge_using_subcommand chart; and __fish_seen_subcommand_from dependency" -l color -d 'Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never' -r -f -a "auto\t'Color when stderr is a terminal and NO_COLOR is not set'
always\t'Always color (also into pipes and files)'
never\t'Never color'"
complete -c kforge -n "__fish_kforge_using_subcommand chart; and __fish_seen_subcommand_from dependency" -s q -l quiet -d 'Print only results and errors: no warnings, notes or progress'
complete -c kforge -n "__fish_kforge_using_subcommand chart; and __fish_seen_subcommand_from dependency" -s v -l verbose -d 'Print more on stderr: what is done and how long it took (repeat for more: -vv)'
complete -c kforge -n "__fish_kforge_using_subcommand chart; and __fish_seen_subcommand_from dependency" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kforge -n "__fish_kforge_using_subcommand chart; and __fish_seen_subcommand_from dependency" -f -a "update" -d 'Resolve Chart.yaml\'s dependencies (file://, http(s):// and oci:// repositories, archives in charts/), vendor them, write Chart.lock'
complete -c kforge -n "__fish_kforge_using_subcommand chart; and __fish_seen_subcommand_from dependency" -f -a "build" -d 'Vendor the versions Chart.lock pins (update when there is no lock)'
complete -c kforge -n "__fish_kforge_using_subcommand chart; and __fish_seen_subcommand_from dependency" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kforge -n "__fish_kforge_using_subcommand chart; and __fish_seen_subcommand_from schema" -s j -l jobs -d 'Threads to use for parsing, transforming and writing (default: one per core)' -r
complete -c kforge -n "__fish_kforge_using_subcommand chart; and __fish_seen_subcommand_from schema" -l color -d 'Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never' -r -f -a "auto\t'Color when stderr is a terminal and NO_COLOR is not set'
always\t'Always color (also into pipes and files)'
never\t'Never color'"
complete -c kforge -n "__fish_kforge_using_subcommand chart; and __fish_seen_subcommand_from schema" -l dry-run -d 'Print the schema instead of writing values.schema.json'
complete -c kforge -n "__fish_kforge_using_subcommand chart; and __fish_seen_subcommand_from schema" -s q -l quiet -d 'Print only results and errors: no warnings, notes or progress'
complete -c kforge -n "__fish_kforge_using_subcommand chart; and __fish_seen_subcommand_from schema" -s v -l verbose -d 'Print more on stderr: what is done and how long it took (repeat for more: -vv)'
complete -c kforge -n "__fish_kforge_using_subcommand chart; and __fish_seen_subcommand_from schema" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kforge -n "__fish_kforge_using_subcommand chart; and __fish_seen_subcommand_from index" -l url -d 'URL of the folder, prefixed to each package\'s file name' -r
complete -c kforge -n "__fish_kforge_using_subcommand chart; and __fish_seen_subcommand_from index" -l merge -d 'Merge into this existing index (its entries are kept unless the folder has the same version)' -r -F
complete -c kforge -n "__fish_kforge_using_subcommand chart; and __fish_seen_subcommand_from index" -s j -l jobs -d 'Threads to use for parsing, transforming and writing (default: one per core)' -r
complete -c kforge -n "__fish_kforge_using_subcommand chart; and __fish_seen_subcommand_from index" -l color -d 'Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never' -r -f -a "auto\t'Color when stderr is a terminal and NO_COLOR is not set'
always\t'Always color (also into pipes and files)'
never\t'Never color'"
complete -c kforge -n "__fish_kforge_using_subcommand chart; and __fish_seen_subcommand_from index" -s q -l quiet -d 'Print only results and errors: no warnings, notes or progress'
complete -c kforge -n "__fish_kforge_using_subcommand chart; and __fish_seen_subcommand_from index" -s v -l verbose -d 'Print more on stderr: what is done and how long it took (repeat for more: -vv)'
complete -c kforge -n "__fish_kforge_using_subcommand chart; and __fish_seen_subcommand_from index" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kforge -n "__fish_kforge_using_subcommand chart; and __fish_seen_subcommand_from push" -l ca-file -d 'Trust this CA certificate (PEM) for registry TLS' -r -F
complete -c kforge -n "__fish_kforge_using_subcommand chart; and __fish_seen_subcommand_from push" -l registry-config -d 'Docker config.json with registry credentials (default: $DOCKER_CONFIG/config.json or ~/.docker/config.json)' -r -F
complete -c kforge -n "__fish_kforge_using_subcommand chart; and __fish_seen_subcommand_from push" -s u -l username -d 'Registry user name (with --password or --password-stdin)' -r
complete -c kforge -n "__fish_kforge_using_subcommand chart; and __fish_seen_subcommand_from push" -s p -l password -d 'Registry password (prefer --password-stdin or `kforge registry login`)' -r
complete -c kforge -n "__fish_kforge_using_subcommand chart; and __fish_seen_subcommand_from push" -s j -l jobs -d 'Threads to use for parsing, transforming and writing (default: one per core)' -r
complete -c kforge -n "__fish_kforge_using_subcommand chart; and __fish_seen_subcommand_from push" -l color -d 'Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never' -r -f -a "auto\t'Color when stderr is a terminal and NO_COLOR is not set'
always\t'Always color (also into pipes and files)'
never\t'Never color'"
complete -c kforge -n "__fish_kforge_using_subcommand chart; and __fish_seen_subcommand_from push" -l plain-http -d 'Talk plain HTTP to registries (no TLS)'
complete -c kforge -n "__fish_kforge_using_subcommand chart; and __fish_seen_subcommand_from push" -l insecure-skip-tls-verify -d 'Do not verify registry TLS certificates'
complete -c kforge -n "__fish_kforge_using_subcommand chart; and __fish_seen_subcommand_from push" -l password-stdin -d 'Read the registry password from standard input'
complete -c kforge -n "__fish_kforge_using_subcommand chart; and __fish_seen_subcommand_from push" -s q -l quiet -d 'Print only results and errors: no warnings, notes or progress'
complete -c kforge -n "__fish_kforge_using_subcommand chart; and __fish_seen_subcommand_from push" -s v -l verbose -d 'Print more on stderr: what is done and how long it took (repeat for more: -vv)'
complete -c kforge -n "__fish_kforge_using_subcommand chart; and __fish_seen_subcommand_from push" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kforge -n "__fish_kforge_using_subcommand chart; and __fish_seen_subcommand_from pull" -l version -d 'Version or range (`1.2.3`, `~1.2`, `>=1 <2`); default: the highest release' -r
complete -c kforge -n "__fish_kforge_using_subcommand chart; and __fish_seen_subcommand_from pull" -s d -l destination -d 'Directory to write to' -r -F
complete -c kforge -n "__fish_kforge_using_subcommand chart; and __fish_seen_subcommand_from pull" -l ca-file -d 'Trust this CA certificate (PEM) for registry TLS' -r -F
complete -c kforge -n "__fish_kforge_using_subcommand chart; and __fish_seen_subcommand_from pull" -l registry-config -d 'Docker config.json with registry credentials (default: $DOCKER_CONFIG/config.json or ~/.docker/config.json)' -r -F
complete -c kforge -n "__fish_kforge_using_subcommand chart; and __fish_seen_subcommand_from pull" -s u -l username -d 'Registry user name (with --password or --password-stdin)' -r
complete -c kforge -n "__fish_kforge_using_subcommand chart; and __fish_seen_subcommand_from pull" -s p -l password -d 'Registry password (prefer --password-stdin or `kforge registry login`)' -r
complete -c kforge -n "__fish_kforge_using_subcommand chart; and __fish_seen_subcommand_from pull" -s j -l jobs -d 'Threads to use for parsing, transforming and writing (default: one per core)' -r
complete -c kforge -n "__fish_kforge_using_subcommand chart; and __fish_seen_subcommand_from pull" -l color -d 'Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never' -r -f -a "auto\t'Color when stderr is a terminal and NO_COLOR is not set'
always\t'Always color (also into pipes and files)'
never\t'Never color'"
complete -c kforge -n "__fish_kforge_using_subcommand chart; and __fish_seen_subcommand_from pull" -l untar -d 'Unpack the chart into DIR/<name> instead of saving the archive'
complete -c kforge -n "__fish_kforge_using_subcommand chart; and __fish_seen_subcommand_from pull" -l prov -d 'Also save the provenance file (.prov) when the chart has one'
complete -c kforge -n "__fish_kforge_using_subcommand chart; and __fish_seen_subcommand_from pull" -l plain-http -d 'Talk plain HTTP to registries (no TLS)'
complete -c kforge -n "__fish_kforge_using_subcommand chart; and __fish_seen_subcommand_from pull" -l insecure-skip-tls-verify -d 'Do not verify registry TLS certificates'
complete -c kforge -n "__fish_kforge_using_subcommand chart; and __fish_seen_subcommand_from pull" -l password-stdin -d 'Read the registry password from standard input'
complete -c kforge -n "__fish_kforge_using_subcommand chart; and __fish_seen_subcommand_from pull" -s q -l quiet -d 'Print only results and errors: no warnings, notes or progress'
complete -c kforge -n "__fish_kforge_using_subcommand chart; and __fish_seen_subcommand_from pull" -s v -l verbose -d 'Print more on stderr: what is done and how long it took (repeat for more: -vv)'
complete -c kforge -n "__fish_kforge_using_subcommand chart; and __fish_seen_subcommand_from pull" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kforge -n "__fish_kforge_using_subcommand chart; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a starter kforge chart (the objects `helm create` makes, templates in minijinja)'
complete -c kforge -n "__fish_kforge_using_subcommand chart; and __fish_seen_subcommand_from help" -f -a "lint" -d 'Check a chart: Chart.yaml, values against the schema, templates, rendered objects'
complete -c kforge -n "__fish_kforge_using_subcommand chart; and __fish_seen_subcommand_from help" -f -a "package" -d 'Package a chart into a byte-reproducible NAME-VERSION.tgz'
complete -c kforge -n "__fish_kforge_using_subcommand chart; and __fish_seen_subcommand_from help" -f -a "dependency" -d 'Vendor a chart\'s dependencies into charts/ and write Chart.lock'
complete -c kforge -n "__fish_kforge_using_subcommand chart; and __fish_seen_subcommand_from help" -f -a "schema" -d 'Write values.schema.json inferred from values.yaml'
complete -c kforge -n "__fish_kforge_using_subcommand chart; and __fish_seen_subcommand_from help" -f -a "index" -d 'Write index.yaml for a folder of chart packages (like `helm repo index`)'
complete -c kforge -n "__fish_kforge_using_subcommand chart; and __fish_seen_subcommand_from help" -f -a "push" -d 'Push a chart archive to an OCI registry (as `helm push`)'
complete -c kforge -n "__fish_kforge_using_subcommand chart; and __fish_seen_subcommand_from help" -f -a "pull" -d 'Download a chart from an OCI registry or an HTTP chart repository (as `helm pull`)'
complete -c kforge -n "__fish_kforge_using_subcommand chart; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kforge -n "__fish_kforge_using_subcommand registry; and not __fish_seen_subcommand_from login logout help" -s j -l jobs -d 'Threads to use for parsing, transforming and writing (default: one per core)' -r
complete -c kforge -n "__fish_kforge_using_subcommand registry; and not __fish_seen_subcommand_from login logout help" -l color -d 'Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never' -r -f -a "auto\t'Color when stderr is a terminal and NO_COLOR is not set'
always\t'Always color (also into pipes and files)'
never\t'Never color'"
complete -c kforge -n "__fish_kforge_using_subcommand registry; and not __fish_seen_subcommand_from login logout help" -s q -l quiet -d 'Print only results and errors: no warnings, notes or progress'
complete -c kforge -n "__fish_kforge_using_subcommand registry; and not __fish_seen_subcommand_from login logout help" -s v -l verbose -d 'Print more on stderr: what is done and how long it took (repeat for more: -vv)'
complete -c kforge -n "__fish_kforge_using_subcommand registry; and not __fish_seen_subcommand_from login logout help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kforge -n "__fish_kforge_using_subcommand registry; and not __fish_seen_subcommand_from login logout help" -f -a "login" -d 'Check credentials against a registry and store them in the docker config'
complete -c kforge -n "__fish_kforge_using_subcommand registry; and not __fish_seen_subcommand_from login logout help" -f -a "logout" -d 'Remove stored credentials for a registry'
complete -c kforge -n "__fish_kforge_using_subcommand registry; and not __fish_seen_subcommand_from login logout help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kforge -n "__fish_kforge_using_subcommand registry; and __fish_seen_subcommand_from login" -s u -l username -d 'Registry user name' -r
complete -c kforge -n "__fish_kforge_using_subcommand registry; and __fish_seen_subcommand_from login" -s p -l password -d 'Password (visible to other users of the machine; prefer --password-stdin)' -r
complete -c kforge -n "__fish_kforge_using_subcommand registry; and __fish_seen_subcommand_from login" -l ca-file -d 'Trust this CA certificate (PEM) for registry TLS' -r -F
complete -c kforge -n "__fish_kforge_using_subcommand registry; and __fish_seen_subcommand_from login" -l registry-config -d 'Docker config.json to write (default: $DOCKER_CONFIG/config.json or ~/.docker/config.json)' -r -F
complete -c kforge -n "__fish_kforge_using_subcommand registry; and __fish_seen_subcommand_from login" -s j -l jobs -d 'Threads to use for parsing, transforming and writing (default: one per core)' -r
complete -c kforge -n "__fish_kforge_using_subcommand registry; and __fish_seen_subcommand_from login" -l color -d 'Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never' -r -f -a "auto\t'Color when stderr is a terminal and NO_COLOR is not set'
always\t'Always color (also into pipes and files)'
never\t'Never color'"
complete -c kforge -n "__fish_kforge_using_subcommand registry; and __fish_seen_subcommand_from login" -l password-stdin -d 'Read the password from standard input'
complete -c kforge -n "__fish_kforge_using_subcommand registry; and __fish_seen_subcommand_from login" -l plain-http -d 'Talk plain HTTP to the registry (no TLS)'
complete -c kforge -n "__fish_kforge_using_subcommand registry; and __fish_seen_subcommand_from login" -l insecure-skip-tls-verify -d 'Do not verify registry TLS certificates'
complete -c kforge -n "__fish_kforge_using_subcommand registry; and __fish_seen_subcommand_from login" -s q -l quiet -d 'Print only results and errors: no warnings, notes or progress'
complete -c kforge -n "__fish_kforge_using_subcommand registry; and __fish_seen_subcommand_from login" -s v -l verbose -d 'Print more on stderr: what is done and how long it took (repeat for more: -vv)'
complete -c kforge -n "__fish_kforge_using_subcommand registry; and __fish_seen_subcommand_from login" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kforge -n "__fish_kforge_using_subcommand registry; and __fish_seen_subcommand_from logout" -l registry-config -d 'Docker config.json to change (default: $DOCKER_CONFIG/config.json or ~/.docker/config.json)' -r -F
complete -c kforge -n "__fish_kforge_using_subcommand registry; and __fish_seen_subcommand_from logout" -s j -l jobs -d 'Threads to use for parsing, transforming and writing (default: one per core)' -r
complete -c kforge -n "__fish_kforge_using_subcommand registry; and __fish_seen_subcommand_from logout" -l color -d 'Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never' -r -f -a "auto\t'Color when stderr is a terminal and NO_COLOR is not set'
always\t'Always color (also into pipes and files)'
never\t'Never color'"
complete -c kforge -n "__fish_kforge_using_subcommand registry; and __fish_seen_subcommand_from logout" -s q -l quiet -d 'Print only results and errors: no warnings, notes or progress'
complete -c kforge -n "__fish_kforge_using_subcommand registry; and __fish_seen_subcommand_from logout" -s v -l verbose -d 'Print more on stderr: what is done and how long it took (repeat for more: -vv)'
complete -c kforge -n "__fish_kforge_using_subcommand registry; and __fish_seen_subcommand_from logout" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kforge -n "__fish_kforge_using_subcommand registry; and __fish_seen_subcommand_from help" -f -a "login" -d 'Check credentials against a registry and store them in the docker config'
complete -c kforge -n "__fish_kforge_using_subcommand registry; and __fish_seen_subcommand_from help" -f -a "logout" -d 'Remove stored credentials for a registry'
complete -c kforge -n "__fish_kforge_using_subcommand registry; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kforge -n "__fish_kforge_using_subcommand man" -l dir -d 'Write every page (kforge.1, kforge-build.1, kforge-chart-push.1, ...) into this directory instead' -r -F
complete -c kforge -n "__fish_kforge_using_subcommand man" -s j -l jobs -d 'Threads to use for parsing, transforming and writing (default: one per core)' -r
complete -c kforge -n "__fish_kforge_using_subcommand man" -l color -d 'Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never' -r -f -a "auto\t'Color when stderr is a terminal and NO_COLOR is not set'
always\t'Always color (also into pipes and files)'
never\t'Never color'"
complete -c kforge -n "__fish_kforge_using_subcommand man" -s q -l quiet -d 'Print only results and errors: no warnings, notes or progress'
complete -c kforge -n "__fish_kforge_using_subcommand man" -s v -l verbose -d 'Print more on stderr: what is done and how long it took (repeat for more: -vv)'
complete -c kforge -n "__fish_kforge_using_subcommand man" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kforge -n "__fish_kforge_using_subcommand help; and not __fish_seen_subcommand_from build edit create localize cfg version completion images mirror diff template chart registry man help" -f -a "build" -d 'Build a kustomization directory and print the resources (like `kustomize build`)'
complete -c kforge -n "__fish_kforge_using_subcommand help; and not __fish_seen_subcommand_from build edit create localize cfg version completion images mirror diff template chart registry man help" -f -a "edit" -d 'Change the kustomization file in the current directory (like `kustomize edit`)'
complete -c kforge -n "__fish_kforge_using_subcommand help; and not __fish_seen_subcommand_from build edit create localize cfg version completion images mirror diff template chart registry man help" -f -a "create" -d 'Create a kustomization.yaml in the current directory (like `kustomize create`)'
complete -c kforge -n "__fish_kforge_using_subcommand help; and not __fish_seen_subcommand_from build edit create localize cfg version completion images mirror diff template chart registry man help" -f -a "localize" -d 'Vendor a kustomization into a new directory (like `kustomize localize`), or, with --mirror, rewrite every image to a regional mirror'
complete -c kforge -n "__fish_kforge_using_subcommand help; and not __fish_seen_subcommand_from build edit create localize cfg version completion images mirror diff template chart registry man help" -f -a "cfg" -d 'Read resource files (like `kustomize cfg`): count'
complete -c kforge -n "__fish_kforge_using_subcommand help; and not __fish_seen_subcommand_from build edit create localize cfg version completion images mirror diff template chart registry man help" -f -a "version" -d 'Print the version, the commit, and the kustomize and Helm versions kforge matches'
complete -c kforge -n "__fish_kforge_using_subcommand help; and not __fish_seen_subcommand_from build edit create localize cfg version completion images mirror diff template chart registry man help" -f -a "completion" -d 'Print a shell completion script (bash, zsh, fish, elvish, powershell)'
complete -c kforge -n "__fish_kforge_using_subcommand help; and not __fish_seen_subcommand_from build edit create localize cfg version completion images mirror diff template chart registry man help" -f -a "images" -d 'List every container image with where it came from (a CI gate with --allowed-registries)'
complete -c kforge -n "__fish_kforge_using_subcommand help; and not __fish_seen_subcommand_from build edit create localize cfg version completion images mirror diff template chart registry man help" -f -a "mirror" -d 'Mirror images (and charts) to another registry, check mirrors are current, runtime mirror configuration'
complete -c kforge -n "__fish_kforge_using_subcommand help; and not __fish_seen_subcommand_from build edit create localize cfg version completion images mirror diff template chart registry man help" -f -a "diff" -d 'Compare two renders (files, directories or -) by resource id; exit 3 when they differ'
complete -c kforge -n "__fish_kforge_using_subcommand help; and not __fish_seen_subcommand_from build edit create localize cfg version completion images mirror diff template chart registry man help" -f -a "template" -d 'Render a chart (like `helm template`)'
complete -c kforge -n "__fish_kforge_using_subcommand help; and not __fish_seen_subcommand_from build edit create localize cfg version completion images mirror diff template chart registry man help" -f -a "chart" -d 'Create, lint, package and index charts'
complete -c kforge -n "__fish_kforge_using_subcommand help; and not __fish_seen_subcommand_from build edit create localize cfg version completion images mirror diff template chart registry man help" -f -a "registry" -d 'Log in to and out of container registries'
complete -c kforge -n "__fish_kforge_using_subcommand help; and not __fish_seen_subcommand_from build edit create localize cfg version completion images mirror diff template chart registry man help" -f -a "man" -d 'Print a manual page (roff): kforge(1), or kforge-SUBCOMMAND(1) (nested: kforge man chart push)'
complete -c kforge -n "__fish_kforge_using_subcommand help; and not __fish_seen_subcommand_from build edit create localize cfg version completion images mirror diff template chart registry man help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kforge -n "__fish_kforge_using_subcommand help; and __fish_seen_subcommand_from edit" -f -a "add" -d 'Adds an item to the kustomization file'
complete -c kforge -n "__fish_kforge_using_subcommand help; and __fish_seen_subcommand_from edit" -f -a "set" -d 'Sets the value of different fields in the kustomization file'
complete -c kforge -n "__fish_kforge_using_subcommand help; and __fish_seen_subcommand_from edit" -f -a "remove" -d 'Removes items from the kustomization file'
complete -c kforge -n "__fish_kforge_using_subcommand help; and __fish_seen_subcommand_from edit" -f -a "fix" -d 'Fix the missing and deprecated fields in the kustomization file'
complete -c kforge -n "__fish_kforge_using_subcommand help; and __fish_seen_subcommand_from edit" -f -a "alpha-list-builtin-plugin" -d '[Alpha] List the builtin plugins'
complete -c kforge -n "__fish_kforge_using_subcommand help; and __fish_seen_subcommand_from cfg" -f -a "count" -d 'Count resources by kind in the YAML files of DIR (or stdin), like `kustomize cfg count`'
complete -c kforge -n "__fish_kforge_using_subcommand help; and __fish_seen_subcommand_from mirror" -f -a "config" -d 'Write container runtime mirror configuration from a mirror map'
complete -c kforge -n "__fish_kforge_using_subcommand help; and __fish_seen_subcommand_from mirror" -f -a "images" -d 'Copy images (every platform, digests unchanged, signatures along) to a mirror registry'
complete -c kforge -n "__fish_kforge_using_subcommand help; and __fish_seen_subcommand_from mirror" -f -a "chart" -d 'Mirror a chart and every image it needs; push the localized chart; write a lock file'
complete -c kforge -n "__fish_kforge_using_subcommand help; and __fish_seen_subcommand_from mirror" -f -a "status" -d 'Compare upstream images with their mirror copies (HEAD and tag-list requests only); exit 3 when behind'
complete -c kforge -n "__fish_kforge_using_subcommand help; and __fish_seen_subcommand_from chart" -f -a "create" -d 'Create a starter kforge chart (the objects `helm create` makes, templates in minijinja)'
complete -c kforge -n "__fish_kforge_using_subcommand help; and __fish_seen_subcommand_from chart" -f -a "lint" -d 'Check a chart: Chart.yaml, values against the schema, templates, rendered objects'
complete -c kforge -n "__fish_kforge_using_subcommand help; and __fish_seen_subcommand_from chart" -f -a "package" -d 'Package a chart into a byte-reproducible NAME-VERSION.tgz'
complete -c kforge -n "__fish_kforge_using_subcommand help; and __fish_seen_subcommand_from chart" -f -a "dependency" -d 'Vendor a chart\'s dependencies into charts/ and write Chart.lock'
complete -c kforge -n "__fish_kforge_using_subcommand help; and __fish_seen_subcommand_from chart" -f -a "schema" -d 'Write values.schema.json inferred from values.yaml'
complete -c kforge -n "__fish_kforge_using_subcommand help; and __fish_seen_subcommand_from chart" -f -a "index" -d 'Write index.yaml for a folder of chart packages (like `helm repo index`)'
complete -c kforge -n "__fish_kforge_using_subcommand help; and __fish_seen_subcommand_from chart" -f -a "push" -d 'Push a chart archive to an OCI registry (as `helm push`)'
complete -c kforge -n "__fish_kforge_using_subcommand help; and __fish_seen_subcommand_from chart" -f -a "pull" -d 'Download a chart from an OCI registry or an HTTP chart repository (as `helm pull`)'
complete -c kforge -n "__fish_kforge_using_subcommand help; and __fish_seen_subcommand_from registry" -f -a "login" -d 'Check credentials against a registry and store them in the docker config'
complete -c kforge -n "__fish_kforge_using_subcommand help; and __fish_seen_subcommand_from registry" -f -a "logout" -d 'Remove stored credentials for a registry'
