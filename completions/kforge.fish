# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_kforge_global_optspecs
    string join \n j/jobs= h/help V/version
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
complete -c kforge -n "__fish_kforge_needs_command" -s h -l help -d 'Print help'
complete -c kforge -n "__fish_kforge_needs_command" -s V -l version -d 'Print version'
complete -c kforge -n "__fish_kforge_needs_command" -f -a "build" -d 'Build a kustomization directory and print the resources (like `kustomize build`)'
complete -c kforge -n "__fish_kforge_needs_command" -f -a "completions" -d 'Print shell completions'
complete -c kforge -n "__fish_kforge_needs_command" -f -a "man" -d 'Print a manual page (roff): kforge(1), or kforge-SUBCOMMAND(1)'
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
complete -c kforge -n "__fish_kforge_using_subcommand build" -s j -l jobs -d 'Threads to use for parsing, transforming and writing (default: one per core)' -r
complete -c kforge -n "__fish_kforge_using_subcommand build" -l enable-alpha-plugins -d 'Enable kustomize plugins (runs external programs)'
complete -c kforge -n "__fish_kforge_using_subcommand build" -l enable-exec -d 'Enable exec KRM functions (runs external programs)'
complete -c kforge -n "__fish_kforge_using_subcommand build" -l enable-helm -d 'Enable helmCharts inflation with a helm binary'
complete -c kforge -n "__fish_kforge_using_subcommand build" -l helm-debug -d 'Run helm template with --debug'
complete -c kforge -n "__fish_kforge_using_subcommand build" -l enable-managedby-label -d 'Add app.kubernetes.io/managed-by to every resource'
complete -c kforge -n "__fish_kforge_using_subcommand build" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kforge -n "__fish_kforge_using_subcommand completions" -s j -l jobs -d 'Threads to use for parsing, transforming and writing (default: one per core)' -r
complete -c kforge -n "__fish_kforge_using_subcommand completions" -s h -l help -d 'Print help'
complete -c kforge -n "__fish_kforge_using_subcommand man" -s j -l jobs -d 'Threads to use for parsing, transforming and writing (default: one per core)' -r
complete -c kforge -n "__fish_kforge_using_subcommand man" -s h -l help -d 'Print help'
complete -c kforge -n "__fish_kforge_using_subcommand help; and not __fish_seen_subcommand_from build completions man help" -f -a "build" -d 'Build a kustomization directory and print the resources (like `kustomize build`)'
complete -c kforge -n "__fish_kforge_using_subcommand help; and not __fish_seen_subcommand_from build completions man help" -f -a "completions" -d 'Print shell completions'
complete -c kforge -n "__fish_kforge_using_subcommand help; and not __fish_seen_subcommand_from build completions man help" -f -a "man" -d 'Print a manual page (roff): kforge(1), or kforge-SUBCOMMAND(1)'
complete -c kforge -n "__fish_kforge_using_subcommand help; and not __fish_seen_subcommand_from build completions man help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
