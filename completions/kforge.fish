# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_kforge_global_optspecs
    string join \n h/help V/version
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

complete -c kforge -n "__fish_kforge_needs_command" -s h -l help -d 'Print help'
complete -c kforge -n "__fish_kforge_needs_command" -s V -l version -d 'Print version'
complete -c kforge -n "__fish_kforge_needs_command" -f -a "build" -d 'Build a kustomization directory and print the resources (like `kustomize build`)'
complete -c kforge -n "__fish_kforge_needs_command" -f -a "completions" -d 'Print shell completions'
complete -c kforge -n "__fish_kforge_needs_command" -f -a "images" -d 'List every container image with where it came from (a CI gate with --allowed-registries)'
complete -c kforge -n "__fish_kforge_needs_command" -f -a "localize" -d 'Rewrite every image of a chart, directory or stream to a regional mirror (docs/mirroring.md)'
complete -c kforge -n "__fish_kforge_needs_command" -f -a "mirror" -d 'Mirror configuration and operations'
complete -c kforge -n "__fish_kforge_needs_command" -f -a "template" -d 'Render a chart (like `helm template`)'
complete -c kforge -n "__fish_kforge_needs_command" -f -a "chart" -d 'Create, lint, package and index charts'
complete -c kforge -n "__fish_kforge_needs_command" -f -a "man" -d 'Print a manual page (roff): kforge(1), or kforge-SUBCOMMAND(1)'
complete -c kforge -n "__fish_kforge_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kforge -n "__fish_kforge_using_subcommand build" -s o -l output -d 'Write to this file, or to one file per resource if it is a directory' -r -F
complete -c kforge -n "__fish_kforge_using_subcommand build" -l reorder -d 'Resource order: \'legacy\' (by kind) or \'none\' (as loaded)' -r -f -a "legacy\t''
none\t''
unspecified\t''"
complete -c kforge -n "__fish_kforge_using_subcommand build" -l load-restrictor -d 'LoadRestrictionsRootOnly (default) or LoadRestrictionsNone' -r -f -a "LoadRestrictionsRootOnly\t''
LoadRestrictionsNone\t''
rootOnly\t''
none\t''"
complete -c kforge -n "__fish_kforge_using_subcommand build" -l helm-command -d 'The helm binary to run for helmCharts (default: helm on PATH)' -r
complete -c kforge -n "__fish_kforge_using_subcommand build" -l helm-api-versions -d 'API versions for helm\'s Capabilities.APIVersions (for charts that set none)' -r
complete -c kforge -n "__fish_kforge_using_subcommand build" -l helm-kube-version -d 'Kubernetes version for helm\'s Capabilities.KubeVersion (for charts that set none)' -r
complete -c kforge -n "__fish_kforge_using_subcommand build" -l mirror -d 'Rewrite every image of the output to a regional mirror by this mirror map (docs/mirroring.md)' -r -F
complete -c kforge -n "__fish_kforge_using_subcommand build" -l enable-alpha-plugins -d 'Enable kustomize plugins (runs external programs)'
complete -c kforge -n "__fish_kforge_using_subcommand build" -l enable-exec -d 'Enable exec KRM functions (runs external programs)'
complete -c kforge -n "__fish_kforge_using_subcommand build" -l enable-helm -d 'Enable helmCharts inflation with a helm binary'
complete -c kforge -n "__fish_kforge_using_subcommand build" -l helm-debug -d 'Run helm template with --debug'
complete -c kforge -n "__fish_kforge_using_subcommand build" -l enable-managedby-label -d 'Add app.kubernetes.io/managed-by to every resource'
complete -c kforge -n "__fish_kforge_using_subcommand build" -s h -l help -d 'Print help'
complete -c kforge -n "__fish_kforge_using_subcommand completions" -s h -l help -d 'Print help'
complete -c kforge -n "__fish_kforge_using_subcommand images" -s f -l values -d 'Values files for rendering a chart (with --enable-helm)' -r -F
complete -c kforge -n "__fish_kforge_using_subcommand images" -l set -d 'Values for rendering a chart (key=value, as helm --set; with --enable-helm)' -r
complete -c kforge -n "__fish_kforge_using_subcommand images" -l format -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kforge -n "__fish_kforge_using_subcommand images" -l allowed-registries -d 'Fail (exit 1) listing every image outside these registries (host or host/path, comma-separated)' -r
complete -c kforge -n "__fish_kforge_using_subcommand images" -l helm-command -d 'The helm binary (default: helm on PATH)' -r
complete -c kforge -n "__fish_kforge_using_subcommand images" -l enable-helm -d 'Render charts (and kustomizations\' helmCharts) with a helm binary (runs an external program)'
complete -c kforge -n "__fish_kforge_using_subcommand images" -s h -l help -d 'Print help'
complete -c kforge -n "__fish_kforge_using_subcommand localize" -l mirror -d 'The mirror map (docs/mirroring.md)' -r -F
complete -c kforge -n "__fish_kforge_using_subcommand localize" -s o -l output -d 'Where to write the localized target (a directory, or a .tgz for charts)' -r -F
complete -c kforge -n "__fish_kforge_using_subcommand localize" -s f -l filename -d 'Filter a manifest stream instead: a file, or - for stdin; writes to stdout' -r
complete -c kforge -n "__fish_kforge_using_subcommand localize" -l helm-command -d 'The helm binary (default: helm on PATH)' -r
complete -c kforge -n "__fish_kforge_using_subcommand localize" -l verify -d 'Render the result and fail listing every image still outside the mirror'
complete -c kforge -n "__fish_kforge_using_subcommand localize" -l enable-helm -d 'Render charts with a helm binary for --verify (runs an external program)'
complete -c kforge -n "__fish_kforge_using_subcommand localize" -s h -l help -d 'Print help'
complete -c kforge -n "__fish_kforge_using_subcommand mirror; and not __fish_seen_subcommand_from config help" -s h -l help -d 'Print help'
complete -c kforge -n "__fish_kforge_using_subcommand mirror; and not __fish_seen_subcommand_from config help" -f -a "config" -d 'Write container runtime mirror configuration from a mirror map'
complete -c kforge -n "__fish_kforge_using_subcommand mirror; and not __fish_seen_subcommand_from config help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kforge -n "__fish_kforge_using_subcommand mirror; and __fish_seen_subcommand_from config" -l mirror -d 'The mirror map' -r -F
complete -c kforge -n "__fish_kforge_using_subcommand mirror; and __fish_seen_subcommand_from config" -l format -d 'Runtime to configure' -r -f -a "containerd\t'containerd hosts.toml files (one directory per registry, for config_path)'
cri-o\t'CRI-O / containers registries.conf'"
complete -c kforge -n "__fish_kforge_using_subcommand mirror; and __fish_seen_subcommand_from config" -s o -l output -d 'Write here (containerd: a directory like /etc/containerd/certs.d; cri-o: a file) instead of stdout' -r -F
complete -c kforge -n "__fish_kforge_using_subcommand mirror; and __fish_seen_subcommand_from config" -l registry -d 'Registries a "*" rule is also written for (besides the well-known public ones)' -r
complete -c kforge -n "__fish_kforge_using_subcommand mirror; and __fish_seen_subcommand_from config" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kforge -n "__fish_kforge_using_subcommand mirror; and __fish_seen_subcommand_from help" -f -a "config" -d 'Write container runtime mirror configuration from a mirror map'
complete -c kforge -n "__fish_kforge_using_subcommand mirror; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
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
complete -c kforge -n "__fish_kforge_using_subcommand template" -l force-namespace -d 'Also set metadata.namespace on namespaced objects that have none (Helm leaves it unset)'
complete -c kforge -n "__fish_kforge_using_subcommand template" -l include-crds -d 'Print the CRDs of crds/ folders first'
complete -c kforge -n "__fish_kforge_using_subcommand template" -l no-hooks -d 'Leave hooks out'
complete -c kforge -n "__fish_kforge_using_subcommand template" -l skip-tests -d 'Leave test hooks out'
complete -c kforge -n "__fish_kforge_using_subcommand template" -l strict -d 'Undefined values are errors'
complete -c kforge -n "__fish_kforge_using_subcommand template" -l skip-schema-validation -d 'Do not validate values against values.schema.json'
complete -c kforge -n "__fish_kforge_using_subcommand template" -l is-upgrade -d 'Render as an upgrade (Release.IsUpgrade)'
complete -c kforge -n "__fish_kforge_using_subcommand template" -s h -l help -d 'Print help'
complete -c kforge -n "__fish_kforge_using_subcommand chart; and not __fish_seen_subcommand_from create help" -s h -l help -d 'Print help'
complete -c kforge -n "__fish_kforge_using_subcommand chart; and not __fish_seen_subcommand_from create help" -f -a "create" -d 'Create a starter kforge chart (the objects `helm create` makes, templates in minijinja)'
complete -c kforge -n "__fish_kforge_using_subcommand chart; and not __fish_seen_subcommand_from create help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kforge -n "__fish_kforge_using_subcommand chart; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c kforge -n "__fish_kforge_using_subcommand chart; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a starter kforge chart (the objects `helm create` makes, templates in minijinja)'
complete -c kforge -n "__fish_kforge_using_subcommand chart; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kforge -n "__fish_kforge_using_subcommand man" -s h -l help -d 'Print help'
complete -c kforge -n "__fish_kforge_using_subcommand help; and not __fish_seen_subcommand_from build completions images localize mirror template chart man help" -f -a "build" -d 'Build a kustomization directory and print the resources (like `kustomize build`)'
complete -c kforge -n "__fish_kforge_using_subcommand help; and not __fish_seen_subcommand_from build completions images localize mirror template chart man help" -f -a "completions" -d 'Print shell completions'
complete -c kforge -n "__fish_kforge_using_subcommand help; and not __fish_seen_subcommand_from build completions images localize mirror template chart man help" -f -a "images" -d 'List every container image with where it came from (a CI gate with --allowed-registries)'
complete -c kforge -n "__fish_kforge_using_subcommand help; and not __fish_seen_subcommand_from build completions images localize mirror template chart man help" -f -a "localize" -d 'Rewrite every image of a chart, directory or stream to a regional mirror (docs/mirroring.md)'
complete -c kforge -n "__fish_kforge_using_subcommand help; and not __fish_seen_subcommand_from build completions images localize mirror template chart man help" -f -a "mirror" -d 'Mirror configuration and operations'
complete -c kforge -n "__fish_kforge_using_subcommand help; and not __fish_seen_subcommand_from build completions images localize mirror template chart man help" -f -a "template" -d 'Render a chart (like `helm template`)'
complete -c kforge -n "__fish_kforge_using_subcommand help; and not __fish_seen_subcommand_from build completions images localize mirror template chart man help" -f -a "chart" -d 'Create, lint, package and index charts'
complete -c kforge -n "__fish_kforge_using_subcommand help; and not __fish_seen_subcommand_from build completions images localize mirror template chart man help" -f -a "man" -d 'Print a manual page (roff): kforge(1), or kforge-SUBCOMMAND(1)'
complete -c kforge -n "__fish_kforge_using_subcommand help; and not __fish_seen_subcommand_from build completions images localize mirror template chart man help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kforge -n "__fish_kforge_using_subcommand help; and __fish_seen_subcommand_from mirror" -f -a "config" -d 'Write container runtime mirror configuration from a mirror map'
complete -c kforge -n "__fish_kforge_using_subcommand help; and __fish_seen_subcommand_from chart" -f -a "create" -d 'Create a starter kforge chart (the objects `helm create` makes, templates in minijinja)'
