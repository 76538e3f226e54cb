
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'kforge' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'kforge'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'kforge' {
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'Threads to use for parsing, transforming and writing (default: one per core)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Threads to use for parsing, transforming and writing (default: one per core)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors: no warnings, notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors: no warnings, notes or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more on stderr: what is done and how long it took (repeat for more: -vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more on stderr: what is done and how long it took (repeat for more: -vv)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('build', 'build', [CompletionResultType]::ParameterValue, 'Build a kustomization directory and print the resources (like `kustomize build`)')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change the kustomization file in the current directory (like `kustomize edit`)')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a kustomization.yaml in the current directory (like `kustomize create`)')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create a kustomization.yaml in the current directory (like `kustomize create`)')
            [CompletionResult]::new('localize', 'localize', [CompletionResultType]::ParameterValue, 'Vendor a kustomization into a new directory (like `kustomize localize`), or, with --mirror, rewrite every image to a regional mirror')
            [CompletionResult]::new('cfg', 'cfg', [CompletionResultType]::ParameterValue, 'Read resource files (like `kustomize cfg`): count')
            [CompletionResult]::new('version', 'version', [CompletionResultType]::ParameterValue, 'Print the version, the commit, and the kustomize and Helm versions kforge matches')
            [CompletionResult]::new('completion', 'completion', [CompletionResultType]::ParameterValue, 'Print a shell completion script (bash, zsh, fish, elvish, powershell)')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script (bash, zsh, fish, elvish, powershell)')
            [CompletionResult]::new('images', 'images', [CompletionResultType]::ParameterValue, 'List every container image with where it came from (a CI gate with --allowed-registries)')
            [CompletionResult]::new('mirror', 'mirror', [CompletionResultType]::ParameterValue, 'Mirror images (and charts) to another registry, check mirrors are current, runtime mirror configuration')
            [CompletionResult]::new('diff', 'diff', [CompletionResultType]::ParameterValue, 'Compare two renders (files, directories or -) by resource id; exit 3 when they differ')
            [CompletionResult]::new('template', 'template', [CompletionResultType]::ParameterValue, 'Render a chart (like `helm template`)')
            [CompletionResult]::new('chart', 'chart', [CompletionResultType]::ParameterValue, 'Create, lint, package and index charts')
            [CompletionResult]::new('registry', 'registry', [CompletionResultType]::ParameterValue, 'Log in to and out of container registries')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print a manual page (roff): kforge(1), or kforge-SUBCOMMAND(1) (nested: kforge man chart push)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kforge;build' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write to this file, or to one file per resource if it is a directory')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write to this file, or to one file per resource if it is a directory')
            [CompletionResult]::new('--reorder', '--reorder', [CompletionResultType]::ParameterName, 'Resource order: ''legacy'' (by kind) or ''none'' (as loaded)')
            [CompletionResult]::new('--load-restrictor', '--load-restrictor', [CompletionResultType]::ParameterName, 'Whether files outside the kustomization''s directory may be read')
            [CompletionResult]::new('--helm-command', '--helm-command', [CompletionResultType]::ParameterName, 'The helm binary to run for helmCharts (default: helm on PATH)')
            [CompletionResult]::new('--helm-api-versions', '--helm-api-versions', [CompletionResultType]::ParameterName, 'API versions for helm''s Capabilities.APIVersions (for charts that set none)')
            [CompletionResult]::new('--helm-kube-version', '--helm-kube-version', [CompletionResultType]::ParameterName, 'Kubernetes version for helm''s Capabilities.KubeVersion (for charts that set none)')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'a list of environment variables to be used by functions (KEY=VALUE)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'a list of environment variables to be used by functions (KEY=VALUE)')
            [CompletionResult]::new('--mount', '--mount', [CompletionResultType]::ParameterName, 'a list of storage options read from the filesystem (container functions only)')
            [CompletionResult]::new('--network-name', '--network-name', [CompletionResultType]::ParameterName, 'the docker network to run the container in (container functions only)')
            [CompletionResult]::new('--mirror', '--mirror', [CompletionResultType]::ParameterName, 'Rewrite every image of the output to a regional mirror by this mirror map (docs/mirroring.md)')
            [CompletionResult]::new('--targets', '--targets', [CompletionResultType]::ParameterName, 'Render every target of this targets file (docs/targets.md), in parallel')
            [CompletionResult]::new('--target', '--target', [CompletionResultType]::ParameterName, 'With --targets: render only this target (to stdout, -o, or OUT/NAME/ with --output-dir)')
            [CompletionResult]::new('--output-dir', '--output-dir', [CompletionResultType]::ParameterName, 'With --targets: write each target to OUT/<target>/manifest.yaml')
            [CompletionResult]::new('--check', '--check', [CompletionResultType]::ParameterName, 'Compare a fresh render with RENDERED (a file, an -o directory, or an --output-dir tree); exit 3 with a unified diff when they differ')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'Threads to use for parsing, transforming and writing (default: one per core)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Threads to use for parsing, transforming and writing (default: one per core)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never')
            [CompletionResult]::new('--enable-alpha-plugins', '--enable-alpha-plugins', [CompletionResultType]::ParameterName, 'Enable kustomize plugins (runs external programs)')
            [CompletionResult]::new('--enable-exec', '--enable-exec', [CompletionResultType]::ParameterName, 'Enable exec KRM functions (runs external programs)')
            [CompletionResult]::new('--enable-helm', '--enable-helm', [CompletionResultType]::ParameterName, 'Enable helmCharts inflation with a helm binary')
            [CompletionResult]::new('--helm-debug', '--helm-debug', [CompletionResultType]::ParameterName, 'Run helm template with --debug')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'enable network access for functions that declare it (container functions only)')
            [CompletionResult]::new('--as-current-user', '--as-current-user', [CompletionResultType]::ParameterName, 'use the uid and gid of the command executor to run the function in the container (container functions only)')
            [CompletionResult]::new('--enable-managedby-label', '--enable-managedby-label', [CompletionResultType]::ParameterName, 'Add app.kubernetes.io/managed-by to every resource')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors: no warnings, notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors: no warnings, notes or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more on stderr: what is done and how long it took (repeat for more: -vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more on stderr: what is done and how long it took (repeat for more: -vv)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kforge;edit' {
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'Threads to use for parsing, transforming and writing (default: one per core)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Threads to use for parsing, transforming and writing (default: one per core)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors: no warnings, notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors: no warnings, notes or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more on stderr: what is done and how long it took (repeat for more: -vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more on stderr: what is done and how long it took (repeat for more: -vv)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Adds an item to the kustomization file')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Sets the value of different fields in the kustomization file')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Removes items from the kustomization file')
            [CompletionResult]::new('fix', 'fix', [CompletionResultType]::ParameterValue, 'Fix the missing and deprecated fields in the kustomization file')
            [CompletionResult]::new('alpha-list-builtin-plugin', 'alpha-list-builtin-plugin', [CompletionResultType]::ParameterValue, '[Alpha] List the builtin plugins')
            [CompletionResult]::new('listbuiltin', 'listbuiltin', [CompletionResultType]::ParameterValue, '[Alpha] List the builtin plugins')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kforge;edit;add' {
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'Threads to use for parsing, transforming and writing (default: one per core)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Threads to use for parsing, transforming and writing (default: one per core)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors: no warnings, notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors: no warnings, notes or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more on stderr: what is done and how long it took (repeat for more: -vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more on stderr: what is done and how long it took (repeat for more: -vv)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('resource', 'resource', [CompletionResultType]::ParameterValue, 'Add the name of a file containing a resource (globs expand; directories and URLs as given)')
            [CompletionResult]::new('component', 'component', [CompletionResultType]::ParameterValue, 'Add the name of a file containing a component')
            [CompletionResult]::new('base', 'base', [CompletionResultType]::ParameterValue, 'Adds one or more bases (comma separated) to the resources')
            [CompletionResult]::new('patch', 'patch', [CompletionResultType]::ParameterValue, 'Add an item to the patches field')
            [CompletionResult]::new('configmap', 'configmap', [CompletionResultType]::ParameterValue, 'Adds a configmap generator entry')
            [CompletionResult]::new('secret', 'secret', [CompletionResultType]::ParameterValue, 'Adds a secret generator entry')
            [CompletionResult]::new('label', 'label', [CompletionResultType]::ParameterValue, 'Adds one or more commonLabels (key:value)')
            [CompletionResult]::new('annotation', 'annotation', [CompletionResultType]::ParameterValue, 'Adds one or more commonAnnotations (key:value)')
            [CompletionResult]::new('transformer', 'transformer', [CompletionResultType]::ParameterValue, 'Add the name of a file containing a transformer configuration')
            [CompletionResult]::new('generator', 'generator', [CompletionResultType]::ParameterValue, 'Add the name of a file containing a generator configuration')
            [CompletionResult]::new('buildmetadata', 'buildmetadata', [CompletionResultType]::ParameterValue, 'Adds one or more buildMetadata options (comma separated)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kforge;edit;add;resource' {
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'Threads to use for parsing, transforming and writing (default: one per core)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Threads to use for parsing, transforming and writing (default: one per core)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never')
            [CompletionResult]::new('--no-verify', '--no-verify', [CompletionResultType]::ParameterName, 'skip validation for resources')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors: no warnings, notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors: no warnings, notes or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more on stderr: what is done and how long it took (repeat for more: -vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more on stderr: what is done and how long it took (repeat for more: -vv)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kforge;edit;add;component' {
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'Threads to use for parsing, transforming and writing (default: one per core)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Threads to use for parsing, transforming and writing (default: one per core)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors: no warnings, notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors: no warnings, notes or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more on stderr: what is done and how long it took (repeat for more: -vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more on stderr: what is done and how long it took (repeat for more: -vv)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kforge;edit;add;base' {
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'Threads to use for parsing, transforming and writing (default: one per core)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Threads to use for parsing, transforming and writing (default: one per core)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors: no warnings, notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors: no warnings, notes or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more on stderr: what is done and how long it took (repeat for more: -vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more on stderr: what is done and how long it took (repeat for more: -vv)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kforge;edit;add;patch' {
            [CompletionResult]::new('--path', '--path', [CompletionResultType]::ParameterName, 'Path to the patch file. Cannot be used with --patch at the same time')
            [CompletionResult]::new('--patch', '--patch', [CompletionResultType]::ParameterName, 'Literal string of patch content. Cannot be used with --path at the same time')
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'API group in patch target')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'API version in patch target')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Resource kind in patch target')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Resource name in patch target')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Resource namespace in patch target')
            [CompletionResult]::new('--annotation-selector', '--annotation-selector', [CompletionResultType]::ParameterName, 'annotationSelector in patch target')
            [CompletionResult]::new('--label-selector', '--label-selector', [CompletionResultType]::ParameterName, 'labelSelector in patch target')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'Threads to use for parsing, transforming and writing (default: one per core)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Threads to use for parsing, transforming and writing (default: one per core)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors: no warnings, notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors: no warnings, notes or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more on stderr: what is done and how long it took (repeat for more: -vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more on stderr: what is done and how long it took (repeat for more: -vv)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kforge;edit;add;configmap' {
            [CompletionResult]::new('--from-file', '--from-file', [CompletionResultType]::ParameterName, '[key=]source file (globs; a directory adds each file)')
            [CompletionResult]::new('--from-literal', '--from-literal', [CompletionResultType]::ParameterName, 'key=value to insert')
            [CompletionResult]::new('--from-env-file', '--from-env-file', [CompletionResultType]::ParameterName, 'File of key=value lines (a Docker .env file)')
            [CompletionResult]::new('--behavior', '--behavior', [CompletionResultType]::ParameterName, 'create (default), merge or replace')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Namespace of the generated object')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'Threads to use for parsing, transforming and writing (default: one per core)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Threads to use for parsing, transforming and writing (default: one per core)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never')
            [CompletionResult]::new('--disableNameSuffixHash', '--disableNameSuffixHash', [CompletionResultType]::ParameterName, 'Disable the name suffix hash')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors: no warnings, notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors: no warnings, notes or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more on stderr: what is done and how long it took (repeat for more: -vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more on stderr: what is done and how long it took (repeat for more: -vv)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kforge;edit;add;secret' {
            [CompletionResult]::new('--from-file', '--from-file', [CompletionResultType]::ParameterName, '[key=]source file (globs; a directory adds each file)')
            [CompletionResult]::new('--from-literal', '--from-literal', [CompletionResultType]::ParameterName, 'key=value to insert')
            [CompletionResult]::new('--from-env-file', '--from-env-file', [CompletionResultType]::ParameterName, 'File of key=value lines (a Docker .env file)')
            [CompletionResult]::new('--behavior', '--behavior', [CompletionResultType]::ParameterName, 'create (default), merge or replace')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Namespace of the generated object')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Secret type (Opaque, kubernetes.io/tls, ...)')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'Threads to use for parsing, transforming and writing (default: one per core)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Threads to use for parsing, transforming and writing (default: one per core)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never')
            [CompletionResult]::new('--disableNameSuffixHash', '--disableNameSuffixHash', [CompletionResultType]::ParameterName, 'Disable the name suffix hash')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors: no warnings, notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors: no warnings, notes or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more on stderr: what is done and how long it took (repeat for more: -vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more on stderr: what is done and how long it took (repeat for more: -vv)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kforge;edit;add;label' {
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'Threads to use for parsing, transforming and writing (default: one per core)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Threads to use for parsing, transforming and writing (default: one per core)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'overwrite commonLabel if it already exists')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'overwrite commonLabel if it already exists')
            [CompletionResult]::new('--without-selector', '--without-selector', [CompletionResultType]::ParameterName, 'add to labels without selectors instead of commonLabels')
            [CompletionResult]::new('--include-templates', '--include-templates', [CompletionResultType]::ParameterName, 'include labels in templates (requires --without-selector)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors: no warnings, notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors: no warnings, notes or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more on stderr: what is done and how long it took (repeat for more: -vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more on stderr: what is done and how long it took (repeat for more: -vv)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kforge;edit;add;annotation' {
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'Threads to use for parsing, transforming and writing (default: one per core)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Threads to use for parsing, transforming and writing (default: one per core)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'overwrite commonAnnotation if it already exists')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'overwrite commonAnnotation if it already exists')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors: no warnings, notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors: no warnings, notes or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more on stderr: what is done and how long it took (repeat for more: -vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more on stderr: what is done and how long it took (repeat for more: -vv)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kforge;edit;add;transformer' {
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'Threads to use for parsing, transforming and writing (default: one per core)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Threads to use for parsing, transforming and writing (default: one per core)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors: no warnings, notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors: no warnings, notes or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more on stderr: what is done and how long it took (repeat for more: -vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more on stderr: what is done and how long it took (repeat for more: -vv)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kforge;edit;add;generator' {
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'Threads to use for parsing, transforming and writing (default: one per core)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Threads to use for parsing, transforming and writing (default: one per core)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors: no warnings, notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors: no warnings, notes or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more on stderr: what is done and how long it took (repeat for more: -vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more on stderr: what is done and how long it took (repeat for more: -vv)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kforge;edit;add;buildmetadata' {
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'Threads to use for parsing, transforming and writing (default: one per core)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Threads to use for parsing, transforming and writing (default: one per core)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors: no warnings, notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors: no warnings, notes or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more on stderr: what is done and how long it took (repeat for more: -vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more on stderr: what is done and how long it took (repeat for more: -vv)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kforge;edit;add;help' {
            [CompletionResult]::new('resource', 'resource', [CompletionResultType]::ParameterValue, 'Add the name of a file containing a resource (globs expand; directories and URLs as given)')
            [CompletionResult]::new('component', 'component', [CompletionResultType]::ParameterValue, 'Add the name of a file containing a component')
            [CompletionResult]::new('base', 'base', [CompletionResultType]::ParameterValue, 'Adds one or more bases (comma separated) to the resources')
            [CompletionResult]::new('patch', 'patch', [CompletionResultType]::ParameterValue, 'Add an item to the patches field')
            [CompletionResult]::new('configmap', 'configmap', [CompletionResultType]::ParameterValue, 'Adds a configmap generator entry')
            [CompletionResult]::new('secret', 'secret', [CompletionResultType]::ParameterValue, 'Adds a secret generator entry')
            [CompletionResult]::new('label', 'label', [CompletionResultType]::ParameterValue, 'Adds one or more commonLabels (key:value)')
            [CompletionResult]::new('annotation', 'annotation', [CompletionResultType]::ParameterValue, 'Adds one or more commonAnnotations (key:value)')
            [CompletionResult]::new('transformer', 'transformer', [CompletionResultType]::ParameterValue, 'Add the name of a file containing a transformer configuration')
            [CompletionResult]::new('generator', 'generator', [CompletionResultType]::ParameterValue, 'Add the name of a file containing a generator configuration')
            [CompletionResult]::new('buildmetadata', 'buildmetadata', [CompletionResultType]::ParameterValue, 'Adds one or more buildMetadata options (comma separated)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kforge;edit;add;help;resource' {
            break
        }
        'kforge;edit;add;help;component' {
            break
        }
        'kforge;edit;add;help;base' {
            break
        }
        'kforge;edit;add;help;patch' {
            break
        }
        'kforge;edit;add;help;configmap' {
            break
        }
        'kforge;edit;add;help;secret' {
            break
        }
        'kforge;edit;add;help;label' {
            break
        }
        'kforge;edit;add;help;annotation' {
            break
        }
        'kforge;edit;add;help;transformer' {
            break
        }
        'kforge;edit;add;help;generator' {
            break
        }
        'kforge;edit;add;help;buildmetadata' {
            break
        }
        'kforge;edit;add;help;help' {
            break
        }
        'kforge;edit;set' {
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'Threads to use for parsing, transforming and writing (default: one per core)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Threads to use for parsing, transforming and writing (default: one per core)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors: no warnings, notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors: no warnings, notes or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more on stderr: what is done and how long it took (repeat for more: -vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more on stderr: what is done and how long it took (repeat for more: -vv)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('image', 'image', [CompletionResultType]::ParameterValue, 'Sets images and their new names, new tags or digests (NAME=NEWNAME:TAG@DIGEST, NAME:TAG, NAME@DIGEST, ...)')
            [CompletionResult]::new('namespace', 'namespace', [CompletionResultType]::ParameterValue, 'Sets the value of the namespace field')
            [CompletionResult]::new('nameprefix', 'nameprefix', [CompletionResultType]::ParameterValue, 'Sets the value of the namePrefix field')
            [CompletionResult]::new('namesuffix', 'namesuffix', [CompletionResultType]::ParameterValue, 'Sets the value of the nameSuffix field')
            [CompletionResult]::new('label', 'label', [CompletionResultType]::ParameterValue, 'Sets one or more commonLabels (key:value)')
            [CompletionResult]::new('annotation', 'annotation', [CompletionResultType]::ParameterValue, 'Sets one or more commonAnnotations (key:value)')
            [CompletionResult]::new('replicas', 'replicas', [CompletionResultType]::ParameterValue, 'Sets replicas count for resources (NAME=COUNT)')
            [CompletionResult]::new('buildmetadata', 'buildmetadata', [CompletionResultType]::ParameterValue, 'Sets the buildMetadata options (comma separated), replacing the present ones')
            [CompletionResult]::new('configmap', 'configmap', [CompletionResultType]::ParameterValue, 'Edits the value of existing keys (or the namespace) of a configMapGenerator entry')
            [CompletionResult]::new('secret', 'secret', [CompletionResultType]::ParameterValue, 'Edits the value of existing keys (or the namespace) of a secretGenerator entry')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kforge;edit;set;image' {
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'Threads to use for parsing, transforming and writing (default: one per core)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Threads to use for parsing, transforming and writing (default: one per core)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors: no warnings, notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors: no warnings, notes or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more on stderr: what is done and how long it took (repeat for more: -vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more on stderr: what is done and how long it took (repeat for more: -vv)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kforge;edit;set;namespace' {
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'Threads to use for parsing, transforming and writing (default: one per core)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Threads to use for parsing, transforming and writing (default: one per core)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors: no warnings, notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors: no warnings, notes or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more on stderr: what is done and how long it took (repeat for more: -vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more on stderr: what is done and how long it took (repeat for more: -vv)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kforge;edit;set;nameprefix' {
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'Threads to use for parsing, transforming and writing (default: one per core)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Threads to use for parsing, transforming and writing (default: one per core)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors: no warnings, notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors: no warnings, notes or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more on stderr: what is done and how long it took (repeat for more: -vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more on stderr: what is done and how long it took (repeat for more: -vv)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kforge;edit;set;namesuffix' {
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'Threads to use for parsing, transforming and writing (default: one per core)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Threads to use for parsing, transforming and writing (default: one per core)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors: no warnings, notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors: no warnings, notes or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more on stderr: what is done and how long it took (repeat for more: -vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more on stderr: what is done and how long it took (repeat for more: -vv)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kforge;edit;set;label' {
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'Threads to use for parsing, transforming and writing (default: one per core)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Threads to use for parsing, transforming and writing (default: one per core)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors: no warnings, notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors: no warnings, notes or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more on stderr: what is done and how long it took (repeat for more: -vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more on stderr: what is done and how long it took (repeat for more: -vv)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kforge;edit;set;annotation' {
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'Threads to use for parsing, transforming and writing (default: one per core)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Threads to use for parsing, transforming and writing (default: one per core)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors: no warnings, notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors: no warnings, notes or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more on stderr: what is done and how long it took (repeat for more: -vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more on stderr: what is done and how long it took (repeat for more: -vv)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kforge;edit;set;replicas' {
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'Threads to use for parsing, transforming and writing (default: one per core)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Threads to use for parsing, transforming and writing (default: one per core)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors: no warnings, notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors: no warnings, notes or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more on stderr: what is done and how long it took (repeat for more: -vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more on stderr: what is done and how long it took (repeat for more: -vv)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kforge;edit;set;buildmetadata' {
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'Threads to use for parsing, transforming and writing (default: one per core)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Threads to use for parsing, transforming and writing (default: one per core)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors: no warnings, notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors: no warnings, notes or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more on stderr: what is done and how long it took (repeat for more: -vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more on stderr: what is done and how long it took (repeat for more: -vv)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kforge;edit;set;configmap' {
            [CompletionResult]::new('--from-literal', '--from-literal', [CompletionResultType]::ParameterName, 'An existing key and its new value (key=value)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Current namespace of the entry (default: default)')
            [CompletionResult]::new('--new-namespace', '--new-namespace', [CompletionResultType]::ParameterName, 'New namespace for the entry')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'Threads to use for parsing, transforming and writing (default: one per core)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Threads to use for parsing, transforming and writing (default: one per core)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors: no warnings, notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors: no warnings, notes or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more on stderr: what is done and how long it took (repeat for more: -vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more on stderr: what is done and how long it took (repeat for more: -vv)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kforge;edit;set;secret' {
            [CompletionResult]::new('--from-literal', '--from-literal', [CompletionResultType]::ParameterName, 'An existing key and its new value (key=value)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Current namespace of the entry (default: default)')
            [CompletionResult]::new('--new-namespace', '--new-namespace', [CompletionResultType]::ParameterName, 'New namespace for the entry')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'Threads to use for parsing, transforming and writing (default: one per core)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Threads to use for parsing, transforming and writing (default: one per core)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors: no warnings, notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors: no warnings, notes or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more on stderr: what is done and how long it took (repeat for more: -vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more on stderr: what is done and how long it took (repeat for more: -vv)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kforge;edit;set;help' {
            [CompletionResult]::new('image', 'image', [CompletionResultType]::ParameterValue, 'Sets images and their new names, new tags or digests (NAME=NEWNAME:TAG@DIGEST, NAME:TAG, NAME@DIGEST, ...)')
            [CompletionResult]::new('namespace', 'namespace', [CompletionResultType]::ParameterValue, 'Sets the value of the namespace field')
            [CompletionResult]::new('nameprefix', 'nameprefix', [CompletionResultType]::ParameterValue, 'Sets the value of the namePrefix field')
            [CompletionResult]::new('namesuffix', 'namesuffix', [CompletionResultType]::ParameterValue, 'Sets the value of the nameSuffix field')
            [CompletionResult]::new('label', 'label', [CompletionResultType]::ParameterValue, 'Sets one or more commonLabels (key:value)')
            [CompletionResult]::new('annotation', 'annotation', [CompletionResultType]::ParameterValue, 'Sets one or more commonAnnotations (key:value)')
            [CompletionResult]::new('replicas', 'replicas', [CompletionResultType]::ParameterValue, 'Sets replicas count for resources (NAME=COUNT)')
            [CompletionResult]::new('buildmetadata', 'buildmetadata', [CompletionResultType]::ParameterValue, 'Sets the buildMetadata options (comma separated), replacing the present ones')
            [CompletionResult]::new('configmap', 'configmap', [CompletionResultType]::ParameterValue, 'Edits the value of existing keys (or the namespace) of a configMapGenerator entry')
            [CompletionResult]::new('secret', 'secret', [CompletionResultType]::ParameterValue, 'Edits the value of existing keys (or the namespace) of a secretGenerator entry')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kforge;edit;set;help;image' {
            break
        }
        'kforge;edit;set;help;namespace' {
            break
        }
        'kforge;edit;set;help;nameprefix' {
            break
        }
        'kforge;edit;set;help;namesuffix' {
            break
        }
        'kforge;edit;set;help;label' {
            break
        }
        'kforge;edit;set;help;annotation' {
            break
        }
        'kforge;edit;set;help;replicas' {
            break
        }
        'kforge;edit;set;help;buildmetadata' {
            break
        }
        'kforge;edit;set;help;configmap' {
            break
        }
        'kforge;edit;set;help;secret' {
            break
        }
        'kforge;edit;set;help;help' {
            break
        }
        'kforge;edit;remove' {
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'Threads to use for parsing, transforming and writing (default: one per core)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Threads to use for parsing, transforming and writing (default: one per core)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors: no warnings, notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors: no warnings, notes or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more on stderr: what is done and how long it took (repeat for more: -vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more on stderr: what is done and how long it took (repeat for more: -vv)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('resource', 'resource', [CompletionResultType]::ParameterValue, 'Removes resources (patterns match entries of the file)')
            [CompletionResult]::new('component', 'component', [CompletionResultType]::ParameterValue, 'Removes components (patterns match entries of the file)')
            [CompletionResult]::new('patch', 'patch', [CompletionResultType]::ParameterValue, 'Removes a patch (same flags as `add patch`)')
            [CompletionResult]::new('label', 'label', [CompletionResultType]::ParameterValue, 'Removes commonLabels (comma separated keys)')
            [CompletionResult]::new('annotation', 'annotation', [CompletionResultType]::ParameterValue, 'Removes commonAnnotations (comma separated keys)')
            [CompletionResult]::new('transformer', 'transformer', [CompletionResultType]::ParameterValue, 'Removes transformers (patterns match entries of the file)')
            [CompletionResult]::new('configmap', 'configmap', [CompletionResultType]::ParameterValue, 'Removes configmap generator entries (comma separated names)')
            [CompletionResult]::new('secret', 'secret', [CompletionResultType]::ParameterValue, 'Removes secret generator entries (comma separated names)')
            [CompletionResult]::new('buildmetadata', 'buildmetadata', [CompletionResultType]::ParameterValue, 'Removes buildMetadata options (comma separated)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kforge;edit;remove;resource' {
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'Threads to use for parsing, transforming and writing (default: one per core)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Threads to use for parsing, transforming and writing (default: one per core)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors: no warnings, notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors: no warnings, notes or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more on stderr: what is done and how long it took (repeat for more: -vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more on stderr: what is done and how long it took (repeat for more: -vv)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kforge;edit;remove;component' {
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'Threads to use for parsing, transforming and writing (default: one per core)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Threads to use for parsing, transforming and writing (default: one per core)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors: no warnings, notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors: no warnings, notes or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more on stderr: what is done and how long it took (repeat for more: -vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more on stderr: what is done and how long it took (repeat for more: -vv)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kforge;edit;remove;patch' {
            [CompletionResult]::new('--path', '--path', [CompletionResultType]::ParameterName, 'Path to the patch file. Cannot be used with --patch at the same time')
            [CompletionResult]::new('--patch', '--patch', [CompletionResultType]::ParameterName, 'Literal string of patch content. Cannot be used with --path at the same time')
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'API group in patch target')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'API version in patch target')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Resource kind in patch target')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Resource name in patch target')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Resource namespace in patch target')
            [CompletionResult]::new('--annotation-selector', '--annotation-selector', [CompletionResultType]::ParameterName, 'annotationSelector in patch target')
            [CompletionResult]::new('--label-selector', '--label-selector', [CompletionResultType]::ParameterName, 'labelSelector in patch target')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'Threads to use for parsing, transforming and writing (default: one per core)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Threads to use for parsing, transforming and writing (default: one per core)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors: no warnings, notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors: no warnings, notes or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more on stderr: what is done and how long it took (repeat for more: -vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more on stderr: what is done and how long it took (repeat for more: -vv)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kforge;edit;remove;label' {
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'Threads to use for parsing, transforming and writing (default: one per core)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Threads to use for parsing, transforming and writing (default: one per core)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'ignore error if the given label doesn''t exist')
            [CompletionResult]::new('--ignore-non-existence', '--ignore-non-existence', [CompletionResultType]::ParameterName, 'ignore error if the given label doesn''t exist')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors: no warnings, notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors: no warnings, notes or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more on stderr: what is done and how long it took (repeat for more: -vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more on stderr: what is done and how long it took (repeat for more: -vv)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kforge;edit;remove;annotation' {
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'Threads to use for parsing, transforming and writing (default: one per core)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Threads to use for parsing, transforming and writing (default: one per core)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'ignore error if the given annotation doesn''t exist')
            [CompletionResult]::new('--ignore-non-existence', '--ignore-non-existence', [CompletionResultType]::ParameterName, 'ignore error if the given annotation doesn''t exist')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors: no warnings, notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors: no warnings, notes or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more on stderr: what is done and how long it took (repeat for more: -vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more on stderr: what is done and how long it took (repeat for more: -vv)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kforge;edit;remove;transformer' {
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'Threads to use for parsing, transforming and writing (default: one per core)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Threads to use for parsing, transforming and writing (default: one per core)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors: no warnings, notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors: no warnings, notes or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more on stderr: what is done and how long it took (repeat for more: -vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more on stderr: what is done and how long it took (repeat for more: -vv)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kforge;edit;remove;configmap' {
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Namespace to remove ConfigMap(s) from')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'Threads to use for parsing, transforming and writing (default: one per core)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Threads to use for parsing, transforming and writing (default: one per core)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors: no warnings, notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors: no warnings, notes or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more on stderr: what is done and how long it took (repeat for more: -vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more on stderr: what is done and how long it took (repeat for more: -vv)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kforge;edit;remove;secret' {
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Namespace to remove Secret(s) from')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'Threads to use for parsing, transforming and writing (default: one per core)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Threads to use for parsing, transforming and writing (default: one per core)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors: no warnings, notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors: no warnings, notes or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more on stderr: what is done and how long it took (repeat for more: -vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more on stderr: what is done and how long it took (repeat for more: -vv)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kforge;edit;remove;buildmetadata' {
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'Threads to use for parsing, transforming and writing (default: one per core)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Threads to use for parsing, transforming and writing (default: one per core)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors: no warnings, notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors: no warnings, notes or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more on stderr: what is done and how long it took (repeat for more: -vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more on stderr: what is done and how long it took (repeat for more: -vv)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kforge;edit;remove;help' {
            [CompletionResult]::new('resource', 'resource', [CompletionResultType]::ParameterValue, 'Removes resources (patterns match entries of the file)')
            [CompletionResult]::new('component', 'component', [CompletionResultType]::ParameterValue, 'Removes components (patterns match entries of the file)')
            [CompletionResult]::new('patch', 'patch', [CompletionResultType]::ParameterValue, 'Removes a patch (same flags as `add patch`)')
            [CompletionResult]::new('label', 'label', [CompletionResultType]::ParameterValue, 'Removes commonLabels (comma separated keys)')
            [CompletionResult]::new('annotation', 'annotation', [CompletionResultType]::ParameterValue, 'Removes commonAnnotations (comma separated keys)')
            [CompletionResult]::new('transformer', 'transformer', [CompletionResultType]::ParameterValue, 'Removes transformers (patterns match entries of the file)')
            [CompletionResult]::new('configmap', 'configmap', [CompletionResultType]::ParameterValue, 'Removes configmap generator entries (comma separated names)')
            [CompletionResult]::new('secret', 'secret', [CompletionResultType]::ParameterValue, 'Removes secret generator entries (comma separated names)')
            [CompletionResult]::new('buildmetadata', 'buildmetadata', [CompletionResultType]::ParameterValue, 'Removes buildMetadata options (comma separated)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kforge;edit;remove;help;resource' {
            break
        }
        'kforge;edit;remove;help;component' {
            break
        }
        'kforge;edit;remove;help;patch' {
            break
        }
        'kforge;edit;remove;help;label' {
            break
        }
        'kforge;edit;remove;help;annotation' {
            break
        }
        'kforge;edit;remove;help;transformer' {
            break
        }
        'kforge;edit;remove;help;configmap' {
            break
        }
        'kforge;edit;remove;help;secret' {
            break
        }
        'kforge;edit;remove;help;buildmetadata' {
            break
        }
        'kforge;edit;remove;help;help' {
            break
        }
        'kforge;edit;fix' {
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'Threads to use for parsing, transforming and writing (default: one per core)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Threads to use for parsing, transforming and writing (default: one per core)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never')
            [CompletionResult]::new('--vars', '--vars', [CompletionResultType]::ParameterName, 'Also convert vars to replacements (rewrites $(NAME) in the files they touch)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors: no warnings, notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors: no warnings, notes or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more on stderr: what is done and how long it took (repeat for more: -vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more on stderr: what is done and how long it took (repeat for more: -vv)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kforge;edit;alpha-list-builtin-plugin' {
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'Threads to use for parsing, transforming and writing (default: one per core)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Threads to use for parsing, transforming and writing (default: one per core)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors: no warnings, notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors: no warnings, notes or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more on stderr: what is done and how long it took (repeat for more: -vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more on stderr: what is done and how long it took (repeat for more: -vv)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kforge;edit;listbuiltin' {
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'Threads to use for parsing, transforming and writing (default: one per core)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Threads to use for parsing, transforming and writing (default: one per core)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors: no warnings, notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors: no warnings, notes or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more on stderr: what is done and how long it took (repeat for more: -vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more on stderr: what is done and how long it took (repeat for more: -vv)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kforge;edit;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Adds an item to the kustomization file')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Sets the value of different fields in the kustomization file')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Removes items from the kustomization file')
            [CompletionResult]::new('fix', 'fix', [CompletionResultType]::ParameterValue, 'Fix the missing and deprecated fields in the kustomization file')
            [CompletionResult]::new('alpha-list-builtin-plugin', 'alpha-list-builtin-plugin', [CompletionResultType]::ParameterValue, '[Alpha] List the builtin plugins')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kforge;edit;help;add' {
            [CompletionResult]::new('resource', 'resource', [CompletionResultType]::ParameterValue, 'Add the name of a file containing a resource (globs expand; directories and URLs as given)')
            [CompletionResult]::new('component', 'component', [CompletionResultType]::ParameterValue, 'Add the name of a file containing a component')
            [CompletionResult]::new('base', 'base', [CompletionResultType]::ParameterValue, 'Adds one or more bases (comma separated) to the resources')
            [CompletionResult]::new('patch', 'patch', [CompletionResultType]::ParameterValue, 'Add an item to the patches field')
            [CompletionResult]::new('configmap', 'configmap', [CompletionResultType]::ParameterValue, 'Adds a configmap generator entry')
            [CompletionResult]::new('secret', 'secret', [CompletionResultType]::ParameterValue, 'Adds a secret generator entry')
            [CompletionResult]::new('label', 'label', [CompletionResultType]::ParameterValue, 'Adds one or more commonLabels (key:value)')
            [CompletionResult]::new('annotation', 'annotation', [CompletionResultType]::ParameterValue, 'Adds one or more commonAnnotations (key:value)')
            [CompletionResult]::new('transformer', 'transformer', [CompletionResultType]::ParameterValue, 'Add the name of a file containing a transformer configuration')
            [CompletionResult]::new('generator', 'generator', [CompletionResultType]::ParameterValue, 'Add the name of a file containing a generator configuration')
            [CompletionResult]::new('buildmetadata', 'buildmetadata', [CompletionResultType]::ParameterValue, 'Adds one or more buildMetadata options (comma separated)')
            break
        }
        'kforge;edit;help;add;resource' {
            break
        }
        'kforge;edit;help;add;component' {
            break
        }
        'kforge;edit;help;add;base' {
            break
        }
        'kforge;edit;help;add;patch' {
            break
        }
        'kforge;edit;help;add;configmap' {
            break
        }
        'kforge;edit;help;add;secret' {
            break
        }
        'kforge;edit;help;add;label' {
            break
        }
        'kforge;edit;help;add;annotation' {
            break
        }
        'kforge;edit;help;add;transformer' {
            break
        }
        'kforge;edit;help;add;generator' {
            break
        }
        'kforge;edit;help;add;buildmetadata' {
            break
        }
        'kforge;edit;help;set' {
            [CompletionResult]::new('image', 'image', [CompletionResultType]::ParameterValue, 'Sets images and their new names, new tags or digests (NAME=NEWNAME:TAG@DIGEST, NAME:TAG, NAME@DIGEST, ...)')
            [CompletionResult]::new('namespace', 'namespace', [CompletionResultType]::ParameterValue, 'Sets the value of the namespace field')
            [CompletionResult]::new('nameprefix', 'nameprefix', [CompletionResultType]::ParameterValue, 'Sets the value of the namePrefix field')
            [CompletionResult]::new('namesuffix', 'namesuffix', [CompletionResultType]::ParameterValue, 'Sets the value of the nameSuffix field')
            [CompletionResult]::new('label', 'label', [CompletionResultType]::ParameterValue, 'Sets one or more commonLabels (key:value)')
            [CompletionResult]::new('annotation', 'annotation', [CompletionResultType]::ParameterValue, 'Sets one or more commonAnnotations (key:value)')
            [CompletionResult]::new('replicas', 'replicas', [CompletionResultType]::ParameterValue, 'Sets replicas count for resources (NAME=COUNT)')
            [CompletionResult]::new('buildmetadata', 'buildmetadata', [CompletionResultType]::ParameterValue, 'Sets the buildMetadata options (comma separated), replacing the present ones')
            [CompletionResult]::new('configmap', 'configmap', [CompletionResultType]::ParameterValue, 'Edits the value of existing keys (or the namespace) of a configMapGenerator entry')
            [CompletionResult]::new('secret', 'secret', [CompletionResultType]::ParameterValue, 'Edits the value of existing keys (or the namespace) of a secretGenerator entry')
            break
        }
        'kforge;edit;help;set;image' {
            break
        }
        'kforge;edit;help;set;namespace' {
            break
        }
        'kforge;edit;help;set;nameprefix' {
            break
        }
        'kforge;edit;help;set;namesuffix' {
            break
        }
        'kforge;edit;help;set;label' {
            break
        }
        'kforge;edit;help;set;annotation' {
            break
        }
        'kforge;edit;help;set;replicas' {
            break
        }
        'kforge;edit;help;set;buildmetadata' {
            break
        }
        'kforge;edit;help;set;configmap' {
            break
        }
        'kforge;edit;help;set;secret' {
            break
        }
        'kforge;edit;help;remove' {
            [CompletionResult]::new('resource', 'resource', [CompletionResultType]::ParameterValue, 'Removes resources (patterns match entries of the file)')
            [CompletionResult]::new('component', 'component', [CompletionResultType]::ParameterValue, 'Removes components (patterns match entries of the file)')
            [CompletionResult]::new('patch', 'patch', [CompletionResultType]::ParameterValue, 'Removes a patch (same flags as `add patch`)')
            [CompletionResult]::new('label', 'label', [CompletionResultType]::ParameterValue, 'Removes commonLabels (comma separated keys)')
            [CompletionResult]::new('annotation', 'annotation', [CompletionResultType]::ParameterValue, 'Removes commonAnnotations (comma separated keys)')
            [CompletionResult]::new('transformer', 'transformer', [CompletionResultType]::ParameterValue, 'Removes transformers (patterns match entries of the file)')
            [CompletionResult]::new('configmap', 'configmap', [CompletionResultType]::ParameterValue, 'Removes configmap generator entries (comma separated names)')
            [CompletionResult]::new('secret', 'secret', [CompletionResultType]::ParameterValue, 'Removes secret generator entries (comma separated names)')
            [CompletionResult]::new('buildmetadata', 'buildmetadata', [CompletionResultType]::ParameterValue, 'Removes buildMetadata options (comma separated)')
            break
        }
        'kforge;edit;help;remove;resource' {
            break
        }
        'kforge;edit;help;remove;component' {
            break
        }
        'kforge;edit;help;remove;patch' {
            break
        }
        'kforge;edit;help;remove;label' {
            break
        }
        'kforge;edit;help;remove;annotation' {
            break
        }
        'kforge;edit;help;remove;transformer' {
            break
        }
        'kforge;edit;help;remove;configmap' {
            break
        }
        'kforge;edit;help;remove;secret' {
            break
        }
        'kforge;edit;help;remove;buildmetadata' {
            break
        }
        'kforge;edit;help;fix' {
            break
        }
        'kforge;edit;help;alpha-list-builtin-plugin' {
            break
        }
        'kforge;edit;help;help' {
            break
        }
        'kforge;create' {
            [CompletionResult]::new('--resources', '--resources', [CompletionResultType]::ParameterName, 'Name of a file containing a file to add to the kustomization file (comma separated, globs)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Set the value of the namespace field in the kustomization file')
            [CompletionResult]::new('--annotations', '--annotations', [CompletionResultType]::ParameterName, 'Add one or more common annotations (k:v,k2:v2)')
            [CompletionResult]::new('--labels', '--labels', [CompletionResultType]::ParameterName, 'Add one or more common labels (k:v,k2:v2)')
            [CompletionResult]::new('--nameprefix', '--nameprefix', [CompletionResultType]::ParameterName, 'Sets the value of the namePrefix field in the kustomization file')
            [CompletionResult]::new('--namesuffix', '--namesuffix', [CompletionResultType]::ParameterName, 'Sets the value of the nameSuffix field in the kustomization file')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'Threads to use for parsing, transforming and writing (default: one per core)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Threads to use for parsing, transforming and writing (default: one per core)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never')
            [CompletionResult]::new('--autodetect', '--autodetect', [CompletionResultType]::ParameterName, 'Search for kubernetes resources in the current directory to be added to the kustomization file')
            [CompletionResult]::new('--recursive', '--recursive', [CompletionResultType]::ParameterName, 'Enable recursive directory searching for resource auto-detection')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors: no warnings, notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors: no warnings, notes or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more on stderr: what is done and how long it took (repeat for more: -vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more on stderr: what is done and how long it took (repeat for more: -vv)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kforge;init' {
            [CompletionResult]::new('--resources', '--resources', [CompletionResultType]::ParameterName, 'Name of a file containing a file to add to the kustomization file (comma separated, globs)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Set the value of the namespace field in the kustomization file')
            [CompletionResult]::new('--annotations', '--annotations', [CompletionResultType]::ParameterName, 'Add one or more common annotations (k:v,k2:v2)')
            [CompletionResult]::new('--labels', '--labels', [CompletionResultType]::ParameterName, 'Add one or more common labels (k:v,k2:v2)')
            [CompletionResult]::new('--nameprefix', '--nameprefix', [CompletionResultType]::ParameterName, 'Sets the value of the namePrefix field in the kustomization file')
            [CompletionResult]::new('--namesuffix', '--namesuffix', [CompletionResultType]::ParameterName, 'Sets the value of the nameSuffix field in the kustomization file')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'Threads to use for parsing, transforming and writing (default: one per core)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Threads to use for parsing, transforming and writing (default: one per core)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never')
            [CompletionResult]::new('--autodetect', '--autodetect', [CompletionResultType]::ParameterName, 'Search for kubernetes resources in the current directory to be added to the kustomization file')
            [CompletionResult]::new('--recursive', '--recursive', [CompletionResultType]::ParameterName, 'Enable recursive directory searching for resource auto-detection')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors: no warnings, notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors: no warnings, notes or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more on stderr: what is done and how long it took (repeat for more: -vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more on stderr: what is done and how long it took (repeat for more: -vv)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kforge;localize' {
            [CompletionResult]::new('--scope', '--scope', [CompletionResultType]::ParameterName, 'Vendoring: directory localize may read from; DEST mirrors it (local targets only; default: TARGET)')
            [CompletionResult]::new('--mirror', '--mirror', [CompletionResultType]::ParameterName, 'Rewrite every image by this mirror map (docs/mirroring.md)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Where to write the localized target (a directory, or a .tgz for charts)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Where to write the localized target (a directory, or a .tgz for charts)')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Filter a manifest stream instead: a file, or - for stdin; writes to stdout')
            [CompletionResult]::new('--filename', '--filename', [CompletionResultType]::ParameterName, 'Filter a manifest stream instead: a file, or - for stdin; writes to stdout')
            [CompletionResult]::new('--helm-command', '--helm-command', [CompletionResultType]::ParameterName, 'The helm binary (default: helm on PATH)')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'Threads to use for parsing, transforming and writing (default: one per core)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Threads to use for parsing, transforming and writing (default: one per core)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never')
            [CompletionResult]::new('--no-verify', '--no-verify', [CompletionResultType]::ParameterName, 'Vendoring: do not build TARGET and DEST to check they give the same output')
            [CompletionResult]::new('--verify', '--verify', [CompletionResultType]::ParameterName, 'Render the result and fail listing every image still outside the mirror')
            [CompletionResult]::new('--enable-helm', '--enable-helm', [CompletionResultType]::ParameterName, 'Render charts with a helm binary for --verify (runs an external program)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors: no warnings, notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors: no warnings, notes or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more on stderr: what is done and how long it took (repeat for more: -vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more on stderr: what is done and how long it took (repeat for more: -vv)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kforge;cfg' {
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'Threads to use for parsing, transforming and writing (default: one per core)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Threads to use for parsing, transforming and writing (default: one per core)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors: no warnings, notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors: no warnings, notes or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more on stderr: what is done and how long it took (repeat for more: -vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more on stderr: what is done and how long it took (repeat for more: -vv)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('count', 'count', [CompletionResultType]::ParameterValue, 'Count resources by kind in the YAML files of DIR (or stdin), like `kustomize cfg count`')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kforge;cfg;count' {
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'count resources by kind')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'Threads to use for parsing, transforming and writing (default: one per core)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Threads to use for parsing, transforming and writing (default: one per core)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors: no warnings, notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors: no warnings, notes or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more on stderr: what is done and how long it took (repeat for more: -vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more on stderr: what is done and how long it took (repeat for more: -vv)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kforge;cfg;help' {
            [CompletionResult]::new('count', 'count', [CompletionResultType]::ParameterValue, 'Count resources by kind in the YAML files of DIR (or stdin), like `kustomize cfg count`')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kforge;cfg;help;count' {
            break
        }
        'kforge;cfg;help;help' {
            break
        }
        'kforge;version' {
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'Threads to use for parsing, transforming and writing (default: one per core)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Threads to use for parsing, transforming and writing (default: one per core)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors: no warnings, notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors: no warnings, notes or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more on stderr: what is done and how long it took (repeat for more: -vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more on stderr: what is done and how long it took (repeat for more: -vv)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kforge;completion' {
            [CompletionResult]::new('--dir', '--dir', [CompletionResultType]::ParameterName, 'Write the scripts for every shell (kforge.bash, kforge.zsh, kforge.fish, kforge.elv, kforge.ps1) into this directory instead')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'Threads to use for parsing, transforming and writing (default: one per core)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Threads to use for parsing, transforming and writing (default: one per core)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors: no warnings, notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors: no warnings, notes or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more on stderr: what is done and how long it took (repeat for more: -vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more on stderr: what is done and how long it took (repeat for more: -vv)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kforge;completions' {
            [CompletionResult]::new('--dir', '--dir', [CompletionResultType]::ParameterName, 'Write the scripts for every shell (kforge.bash, kforge.zsh, kforge.fish, kforge.elv, kforge.ps1) into this directory instead')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'Threads to use for parsing, transforming and writing (default: one per core)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Threads to use for parsing, transforming and writing (default: one per core)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors: no warnings, notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors: no warnings, notes or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more on stderr: what is done and how long it took (repeat for more: -vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more on stderr: what is done and how long it took (repeat for more: -vv)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kforge;images' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Values files for rendering a chart (with --enable-helm)')
            [CompletionResult]::new('--values', '--values', [CompletionResultType]::ParameterName, 'Values files for rendering a chart (with --enable-helm)')
            [CompletionResult]::new('--set', '--set', [CompletionResultType]::ParameterName, 'Values for rendering a chart (key=value, as helm --set; with --enable-helm)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--allowed-registries', '--allowed-registries', [CompletionResultType]::ParameterName, 'Fail (exit 1) listing every image outside these registries (host or host/path, comma-separated)')
            [CompletionResult]::new('--helm-command', '--helm-command', [CompletionResultType]::ParameterName, 'The helm binary (default: helm on PATH)')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'Threads to use for parsing, transforming and writing (default: one per core)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Threads to use for parsing, transforming and writing (default: one per core)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never')
            [CompletionResult]::new('--enable-helm', '--enable-helm', [CompletionResultType]::ParameterName, 'Render charts (and kustomizations'' helmCharts) with a helm binary (runs an external program)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors: no warnings, notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors: no warnings, notes or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more on stderr: what is done and how long it took (repeat for more: -vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more on stderr: what is done and how long it took (repeat for more: -vv)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kforge;mirror' {
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'Threads to use for parsing, transforming and writing (default: one per core)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Threads to use for parsing, transforming and writing (default: one per core)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors: no warnings, notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors: no warnings, notes or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more on stderr: what is done and how long it took (repeat for more: -vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more on stderr: what is done and how long it took (repeat for more: -vv)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Write container runtime mirror configuration from a mirror map')
            [CompletionResult]::new('images', 'images', [CompletionResultType]::ParameterValue, 'Copy images (every platform, digests unchanged, signatures along) to a mirror registry')
            [CompletionResult]::new('chart', 'chart', [CompletionResultType]::ParameterValue, 'Mirror a chart and every image it needs; push the localized chart; write a lock file')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Compare upstream images with their mirror copies (HEAD and tag-list requests only); exit 3 when behind')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kforge;mirror;config' {
            [CompletionResult]::new('--mirror', '--mirror', [CompletionResultType]::ParameterName, 'The mirror map')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Runtime to configure')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write here (containerd: a directory like /etc/containerd/certs.d; cri-o: a file) instead of stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write here (containerd: a directory like /etc/containerd/certs.d; cri-o: a file) instead of stdout')
            [CompletionResult]::new('--registry', '--registry', [CompletionResultType]::ParameterName, 'Registries a "*" rule is also written for (besides the well-known public ones)')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'Threads to use for parsing, transforming and writing (default: one per core)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Threads to use for parsing, transforming and writing (default: one per core)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors: no warnings, notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors: no warnings, notes or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more on stderr: what is done and how long it took (repeat for more: -vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more on stderr: what is done and how long it took (repeat for more: -vv)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kforge;mirror;images' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Image list (one IMAGE[:TAG|@DIGEST] per line, optional `semver=RANGE`, `regex=RE` or `latest=N`) or a mirror lock file')
            [CompletionResult]::new('--filename', '--filename', [CompletionResultType]::ParameterName, 'Image list (one IMAGE[:TAG|@DIGEST] per line, optional `semver=RANGE`, `regex=RE` or `latest=N`) or a mirror lock file')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Mirror registry and path prefix: images go to TO/<source host>/<source path> unless a --mirror rule matches')
            [CompletionResult]::new('--mirror', '--mirror', [CompletionResultType]::ParameterName, 'Mirror rule SOURCE_PREFIX=DEST_PREFIX, or a file of such lines (repeatable)')
            [CompletionResult]::new('--plain-http-registry', '--plain-http-registry', [CompletionResultType]::ParameterName, 'Use plain HTTP for this registry only (repeatable; --plain-http covers all)')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) for registry TLS')
            [CompletionResult]::new('--registry-config', '--registry-config', [CompletionResultType]::ParameterName, 'Docker config.json with registry credentials (default: $DOCKER_CONFIG/config.json or ~/.docker/config.json)')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Registry user name (with --password or --password-stdin)')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'Registry user name (with --password or --password-stdin)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Registry password (prefer --password-stdin or `kforge registry login`)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Registry password (prefer --password-stdin or `kforge registry login`)')
            [CompletionResult]::new('--chunk-size', '--chunk-size', [CompletionResultType]::ParameterName, 'Blobs above this size are uploaded in resumable chunks (bytes; K, M, G suffixes)')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'Threads to use for parsing, transforming and writing (default: one per core)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Threads to use for parsing, transforming and writing (default: one per core)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never')
            [CompletionResult]::new('--plain-http', '--plain-http', [CompletionResultType]::ParameterName, 'Talk plain HTTP to registries (no TLS)')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Do not verify registry TLS certificates')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the registry password from standard input')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan without copying anything')
            [CompletionResult]::new('--no-artifacts', '--no-artifacts', [CompletionResultType]::ParameterName, 'Leave signatures, attestations, SBOMs and referrers behind')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors: no warnings, notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors: no warnings, notes or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more on stderr: what is done and how long it took (repeat for more: -vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more on stderr: what is done and how long it took (repeat for more: -vv)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kforge;mirror;chart' {
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Version or range')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Where the localized chart goes: oci://MIRROR/NAMESPACE')
            [CompletionResult]::new('--mirror', '--mirror', [CompletionResultType]::ParameterName, 'The mirror map (kind: MirrorMap) saying where each registry''s images go')
            [CompletionResult]::new('--lock', '--lock', [CompletionResultType]::ParameterName, 'Lock file to write (images with source, destination, digests, where found)')
            [CompletionResult]::new('--helm-command', '--helm-command', [CompletionResultType]::ParameterName, 'The helm binary for --enable-helm')
            [CompletionResult]::new('--chunk-size', '--chunk-size', [CompletionResultType]::ParameterName, 'Blobs above this size are uploaded in resumable chunks (bytes; K, M, G suffixes)')
            [CompletionResult]::new('--plain-http-registry', '--plain-http-registry', [CompletionResultType]::ParameterName, 'Use plain HTTP for this registry only (repeatable)')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) for registry TLS')
            [CompletionResult]::new('--registry-config', '--registry-config', [CompletionResultType]::ParameterName, 'Docker config.json with registry credentials (default: $DOCKER_CONFIG/config.json or ~/.docker/config.json)')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Registry user name (with --password or --password-stdin)')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'Registry user name (with --password or --password-stdin)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Registry password (prefer --password-stdin or `kforge registry login`)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Registry password (prefer --password-stdin or `kforge registry login`)')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'Threads to use for parsing, transforming and writing (default: one per core)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Threads to use for parsing, transforming and writing (default: one per core)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never')
            [CompletionResult]::new('--enable-helm', '--enable-helm', [CompletionResultType]::ParameterName, 'Render charts that need helm with this helm binary to find images (runs helm)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan without copying or pushing anything')
            [CompletionResult]::new('--no-artifacts', '--no-artifacts', [CompletionResultType]::ParameterName, 'Leave signatures, attestations, SBOMs and referrers behind')
            [CompletionResult]::new('--plain-http', '--plain-http', [CompletionResultType]::ParameterName, 'Talk plain HTTP to registries (no TLS)')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Do not verify registry TLS certificates')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the registry password from standard input')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors: no warnings, notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors: no warnings, notes or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more on stderr: what is done and how long it took (repeat for more: -vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more on stderr: what is done and how long it took (repeat for more: -vv)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kforge;mirror;status' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Image list or mirror lock file')
            [CompletionResult]::new('--filename', '--filename', [CompletionResultType]::ParameterName, 'Image list or mirror lock file')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Mirror registry and path prefix: images go to TO/<source host>/<source path> unless a --mirror rule matches')
            [CompletionResult]::new('--mirror', '--mirror', [CompletionResultType]::ParameterName, 'Mirror rule SOURCE_PREFIX=DEST_PREFIX, or a file of such lines (repeatable)')
            [CompletionResult]::new('--plain-http-registry', '--plain-http-registry', [CompletionResultType]::ParameterName, 'Use plain HTTP for this registry only (repeatable; --plain-http covers all)')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) for registry TLS')
            [CompletionResult]::new('--registry-config', '--registry-config', [CompletionResultType]::ParameterName, 'Docker config.json with registry credentials (default: $DOCKER_CONFIG/config.json or ~/.docker/config.json)')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Registry user name (with --password or --password-stdin)')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'Registry user name (with --password or --password-stdin)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Registry password (prefer --password-stdin or `kforge registry login`)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Registry password (prefer --password-stdin or `kforge registry login`)')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'Threads to use for parsing, transforming and writing (default: one per core)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Threads to use for parsing, transforming and writing (default: one per core)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never')
            [CompletionResult]::new('--plain-http', '--plain-http', [CompletionResultType]::ParameterName, 'Talk plain HTTP to registries (no TLS)')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Do not verify registry TLS certificates')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the registry password from standard input')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors: no warnings, notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors: no warnings, notes or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more on stderr: what is done and how long it took (repeat for more: -vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more on stderr: what is done and how long it took (repeat for more: -vv)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kforge;mirror;help' {
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Write container runtime mirror configuration from a mirror map')
            [CompletionResult]::new('images', 'images', [CompletionResultType]::ParameterValue, 'Copy images (every platform, digests unchanged, signatures along) to a mirror registry')
            [CompletionResult]::new('chart', 'chart', [CompletionResultType]::ParameterValue, 'Mirror a chart and every image it needs; push the localized chart; write a lock file')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Compare upstream images with their mirror copies (HEAD and tag-list requests only); exit 3 when behind')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kforge;mirror;help;config' {
            break
        }
        'kforge;mirror;help;images' {
            break
        }
        'kforge;mirror;help;chart' {
            break
        }
        'kforge;mirror;help;status' {
            break
        }
        'kforge;mirror;help;help' {
            break
        }
        'kforge;diff' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'Threads to use for parsing, transforming and writing (default: one per core)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Threads to use for parsing, transforming and writing (default: one per core)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors: no warnings, notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors: no warnings, notes or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more on stderr: what is done and how long it took (repeat for more: -vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more on stderr: what is done and how long it took (repeat for more: -vv)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kforge;template' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Values file(s), merged in order (later wins)')
            [CompletionResult]::new('--values', '--values', [CompletionResultType]::ParameterName, 'Values file(s), merged in order (later wins)')
            [CompletionResult]::new('--set', '--set', [CompletionResultType]::ParameterName, 'Set values (`a.b=1,c={x,y}`), typed as Helm types them')
            [CompletionResult]::new('--set-string', '--set-string', [CompletionResultType]::ParameterName, 'Set string values')
            [CompletionResult]::new('--set-json', '--set-json', [CompletionResultType]::ParameterName, 'Set JSON values (`a={"b":1}`)')
            [CompletionResult]::new('--set-file', '--set-file', [CompletionResultType]::ParameterName, 'Set values from files (`key=path`)')
            [CompletionResult]::new('--set-literal', '--set-literal', [CompletionResultType]::ParameterName, 'Set a literal string value (`key=rest,taken raw`)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Namespace of the release')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Namespace of the release')
            [CompletionResult]::new('--kube-version', '--kube-version', [CompletionResultType]::ParameterName, 'Kubernetes version for Capabilities.KubeVersion (default v1.35.0)')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Extra API versions for Capabilities.APIVersions')
            [CompletionResult]::new('--api-versions', '--api-versions', [CompletionResultType]::ParameterName, 'Extra API versions for Capabilities.APIVersions')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Only print documents from these templates (glob, relative to the chart: templates/x.yaml)')
            [CompletionResult]::new('--show-only', '--show-only', [CompletionResultType]::ParameterName, 'Only print documents from these templates (glob, relative to the chart: templates/x.yaml)')
            [CompletionResult]::new('--output-dir', '--output-dir', [CompletionResultType]::ParameterName, 'Write the documents into this directory instead of stdout')
            [CompletionResult]::new('--mirror', '--mirror', [CompletionResultType]::ParameterName, 'Rewrite every image of the output to a regional mirror by this mirror map (docs/mirroring.md)')
            [CompletionResult]::new('--seed', '--seed', [CompletionResultType]::ParameterName, 'Seed for random template functions (randAlphaNum, genCA, ...): the same seed gives the same output (not secret!)')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'Threads to use for parsing, transforming and writing (default: one per core)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Threads to use for parsing, transforming and writing (default: one per core)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never')
            [CompletionResult]::new('--force-namespace', '--force-namespace', [CompletionResultType]::ParameterName, 'Also set metadata.namespace on namespaced objects that have none (Helm leaves it unset)')
            [CompletionResult]::new('--include-crds', '--include-crds', [CompletionResultType]::ParameterName, 'Print the CRDs of crds/ folders first')
            [CompletionResult]::new('--no-hooks', '--no-hooks', [CompletionResultType]::ParameterName, 'Leave hooks out')
            [CompletionResult]::new('--skip-tests', '--skip-tests', [CompletionResultType]::ParameterName, 'Leave test hooks out')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'Undefined values are errors')
            [CompletionResult]::new('--skip-schema-validation', '--skip-schema-validation', [CompletionResultType]::ParameterName, 'Do not validate values against values.schema.json')
            [CompletionResult]::new('--is-upgrade', '--is-upgrade', [CompletionResultType]::ParameterName, 'Render as an upgrade (Release.IsUpgrade)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors: no warnings, notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors: no warnings, notes or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more on stderr: what is done and how long it took (repeat for more: -vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more on stderr: what is done and how long it took (repeat for more: -vv)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kforge;chart' {
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'Threads to use for parsing, transforming and writing (default: one per core)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Threads to use for parsing, transforming and writing (default: one per core)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors: no warnings, notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors: no warnings, notes or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more on stderr: what is done and how long it took (repeat for more: -vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more on stderr: what is done and how long it took (repeat for more: -vv)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a starter kforge chart (the objects `helm create` makes, templates in minijinja)')
            [CompletionResult]::new('lint', 'lint', [CompletionResultType]::ParameterValue, 'Check a chart: Chart.yaml, values against the schema, templates, rendered objects')
            [CompletionResult]::new('package', 'package', [CompletionResultType]::ParameterValue, 'Package a chart into a byte-reproducible NAME-VERSION.tgz')
            [CompletionResult]::new('dependency', 'dependency', [CompletionResultType]::ParameterValue, 'Vendor a chart''s dependencies into charts/ and write Chart.lock')
            [CompletionResult]::new('schema', 'schema', [CompletionResultType]::ParameterValue, 'Write values.schema.json inferred from values.yaml')
            [CompletionResult]::new('index', 'index', [CompletionResultType]::ParameterValue, 'Write index.yaml for a folder of chart packages (like `helm repo index`)')
            [CompletionResult]::new('push', 'push', [CompletionResultType]::ParameterValue, 'Push a chart archive to an OCI registry (as `helm push`)')
            [CompletionResult]::new('pull', 'pull', [CompletionResultType]::ParameterValue, 'Download a chart from an OCI registry or an HTTP chart repository (as `helm pull`)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kforge;chart;create' {
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'Threads to use for parsing, transforming and writing (default: one per core)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Threads to use for parsing, transforming and writing (default: one per core)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors: no warnings, notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors: no warnings, notes or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more on stderr: what is done and how long it took (repeat for more: -vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more on stderr: what is done and how long it took (repeat for more: -vv)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kforge;chart;lint' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Values file(s), merged in order (later wins)')
            [CompletionResult]::new('--values', '--values', [CompletionResultType]::ParameterName, 'Values file(s), merged in order (later wins)')
            [CompletionResult]::new('--set', '--set', [CompletionResultType]::ParameterName, 'Set values (`a.b=1,c={x,y}`), typed as Helm types them')
            [CompletionResult]::new('--set-string', '--set-string', [CompletionResultType]::ParameterName, 'Set string values')
            [CompletionResult]::new('--set-json', '--set-json', [CompletionResultType]::ParameterName, 'Set JSON values (`a={"b":1}`)')
            [CompletionResult]::new('--set-file', '--set-file', [CompletionResultType]::ParameterName, 'Set values from files (`key=path`)')
            [CompletionResult]::new('--set-literal', '--set-literal', [CompletionResultType]::ParameterName, 'Set a literal string value (`key=rest,taken raw`)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Namespace of the release the templates see')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Namespace of the release the templates see')
            [CompletionResult]::new('--kube-version', '--kube-version', [CompletionResultType]::ParameterName, 'Kubernetes version for Capabilities.KubeVersion')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'Threads to use for parsing, transforming and writing (default: one per core)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Threads to use for parsing, transforming and writing (default: one per core)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'Fail on warnings too')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors: no warnings, notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors: no warnings, notes or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more on stderr: what is done and how long it took (repeat for more: -vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more on stderr: what is done and how long it took (repeat for more: -vv)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kforge;chart;package' {
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Directory to write the archive to')
            [CompletionResult]::new('--destination', '--destination', [CompletionResultType]::ParameterName, 'Directory to write the archive to')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Set the chart''s version in the package')
            [CompletionResult]::new('--app-version', '--app-version', [CompletionResultType]::ParameterName, 'Set the chart''s appVersion in the package')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'Threads to use for parsing, transforming and writing (default: one per core)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Threads to use for parsing, transforming and writing (default: one per core)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors: no warnings, notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors: no warnings, notes or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more on stderr: what is done and how long it took (repeat for more: -vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more on stderr: what is done and how long it took (repeat for more: -vv)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kforge;chart;dependency' {
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'Threads to use for parsing, transforming and writing (default: one per core)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Threads to use for parsing, transforming and writing (default: one per core)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors: no warnings, notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors: no warnings, notes or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more on stderr: what is done and how long it took (repeat for more: -vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more on stderr: what is done and how long it took (repeat for more: -vv)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Resolve Chart.yaml''s dependencies (file://, http(s):// and oci:// repositories, archives in charts/), vendor them, write Chart.lock')
            [CompletionResult]::new('build', 'build', [CompletionResultType]::ParameterValue, 'Vendor the versions Chart.lock pins (update when there is no lock)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kforge;chart;dependency;update' {
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) for registry TLS')
            [CompletionResult]::new('--registry-config', '--registry-config', [CompletionResultType]::ParameterName, 'Docker config.json with registry credentials (default: $DOCKER_CONFIG/config.json or ~/.docker/config.json)')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Registry user name (with --password or --password-stdin)')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'Registry user name (with --password or --password-stdin)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Registry password (prefer --password-stdin or `kforge registry login`)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Registry password (prefer --password-stdin or `kforge registry login`)')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'Threads to use for parsing, transforming and writing (default: one per core)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Threads to use for parsing, transforming and writing (default: one per core)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never')
            [CompletionResult]::new('--plain-http', '--plain-http', [CompletionResultType]::ParameterName, 'Talk plain HTTP to registries (no TLS)')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Do not verify registry TLS certificates')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the registry password from standard input')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors: no warnings, notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors: no warnings, notes or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more on stderr: what is done and how long it took (repeat for more: -vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more on stderr: what is done and how long it took (repeat for more: -vv)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kforge;chart;dependency;build' {
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) for registry TLS')
            [CompletionResult]::new('--registry-config', '--registry-config', [CompletionResultType]::ParameterName, 'Docker config.json with registry credentials (default: $DOCKER_CONFIG/config.json or ~/.docker/config.json)')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Registry user name (with --password or --password-stdin)')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'Registry user name (with --password or --password-stdin)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Registry password (prefer --password-stdin or `kforge registry login`)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Registry password (prefer --password-stdin or `kforge registry login`)')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'Threads to use for parsing, transforming and writing (default: one per core)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Threads to use for parsing, transforming and writing (default: one per core)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never')
            [CompletionResult]::new('--plain-http', '--plain-http', [CompletionResultType]::ParameterName, 'Talk plain HTTP to registries (no TLS)')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Do not verify registry TLS certificates')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the registry password from standard input')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors: no warnings, notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors: no warnings, notes or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more on stderr: what is done and how long it took (repeat for more: -vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more on stderr: what is done and how long it took (repeat for more: -vv)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kforge;chart;dependency;help' {
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Resolve Chart.yaml''s dependencies (file://, http(s):// and oci:// repositories, archives in charts/), vendor them, write Chart.lock')
            [CompletionResult]::new('build', 'build', [CompletionResultType]::ParameterValue, 'Vendor the versions Chart.lock pins (update when there is no lock)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kforge;chart;dependency;help;update' {
            break
        }
        'kforge;chart;dependency;help;build' {
            break
        }
        'kforge;chart;dependency;help;help' {
            break
        }
        'kforge;chart;schema' {
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'Threads to use for parsing, transforming and writing (default: one per core)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Threads to use for parsing, transforming and writing (default: one per core)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the schema instead of writing values.schema.json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors: no warnings, notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors: no warnings, notes or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more on stderr: what is done and how long it took (repeat for more: -vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more on stderr: what is done and how long it took (repeat for more: -vv)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kforge;chart;index' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'URL of the folder, prefixed to each package''s file name')
            [CompletionResult]::new('--merge', '--merge', [CompletionResultType]::ParameterName, 'Merge into this existing index (its entries are kept unless the folder has the same version)')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'Threads to use for parsing, transforming and writing (default: one per core)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Threads to use for parsing, transforming and writing (default: one per core)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors: no warnings, notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors: no warnings, notes or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more on stderr: what is done and how long it took (repeat for more: -vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more on stderr: what is done and how long it took (repeat for more: -vv)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kforge;chart;push' {
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) for registry TLS')
            [CompletionResult]::new('--registry-config', '--registry-config', [CompletionResultType]::ParameterName, 'Docker config.json with registry credentials (default: $DOCKER_CONFIG/config.json or ~/.docker/config.json)')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Registry user name (with --password or --password-stdin)')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'Registry user name (with --password or --password-stdin)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Registry password (prefer --password-stdin or `kforge registry login`)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Registry password (prefer --password-stdin or `kforge registry login`)')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'Threads to use for parsing, transforming and writing (default: one per core)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Threads to use for parsing, transforming and writing (default: one per core)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never')
            [CompletionResult]::new('--plain-http', '--plain-http', [CompletionResultType]::ParameterName, 'Talk plain HTTP to registries (no TLS)')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Do not verify registry TLS certificates')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the registry password from standard input')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors: no warnings, notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors: no warnings, notes or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more on stderr: what is done and how long it took (repeat for more: -vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more on stderr: what is done and how long it took (repeat for more: -vv)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kforge;chart;pull' {
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Version or range (`1.2.3`, `~1.2`, `>=1 <2`); default: the highest release')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Directory to write to')
            [CompletionResult]::new('--destination', '--destination', [CompletionResultType]::ParameterName, 'Directory to write to')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) for registry TLS')
            [CompletionResult]::new('--registry-config', '--registry-config', [CompletionResultType]::ParameterName, 'Docker config.json with registry credentials (default: $DOCKER_CONFIG/config.json or ~/.docker/config.json)')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Registry user name (with --password or --password-stdin)')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'Registry user name (with --password or --password-stdin)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Registry password (prefer --password-stdin or `kforge registry login`)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Registry password (prefer --password-stdin or `kforge registry login`)')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'Threads to use for parsing, transforming and writing (default: one per core)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Threads to use for parsing, transforming and writing (default: one per core)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never')
            [CompletionResult]::new('--untar', '--untar', [CompletionResultType]::ParameterName, 'Unpack the chart into DIR/<name> instead of saving the archive')
            [CompletionResult]::new('--prov', '--prov', [CompletionResultType]::ParameterName, 'Also save the provenance file (.prov) when the chart has one')
            [CompletionResult]::new('--plain-http', '--plain-http', [CompletionResultType]::ParameterName, 'Talk plain HTTP to registries (no TLS)')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Do not verify registry TLS certificates')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the registry password from standard input')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors: no warnings, notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors: no warnings, notes or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more on stderr: what is done and how long it took (repeat for more: -vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more on stderr: what is done and how long it took (repeat for more: -vv)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kforge;chart;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a starter kforge chart (the objects `helm create` makes, templates in minijinja)')
            [CompletionResult]::new('lint', 'lint', [CompletionResultType]::ParameterValue, 'Check a chart: Chart.yaml, values against the schema, templates, rendered objects')
            [CompletionResult]::new('package', 'package', [CompletionResultType]::ParameterValue, 'Package a chart into a byte-reproducible NAME-VERSION.tgz')
            [CompletionResult]::new('dependency', 'dependency', [CompletionResultType]::ParameterValue, 'Vendor a chart''s dependencies into charts/ and write Chart.lock')
            [CompletionResult]::new('schema', 'schema', [CompletionResultType]::ParameterValue, 'Write values.schema.json inferred from values.yaml')
            [CompletionResult]::new('index', 'index', [CompletionResultType]::ParameterValue, 'Write index.yaml for a folder of chart packages (like `helm repo index`)')
            [CompletionResult]::new('push', 'push', [CompletionResultType]::ParameterValue, 'Push a chart archive to an OCI registry (as `helm push`)')
            [CompletionResult]::new('pull', 'pull', [CompletionResultType]::ParameterValue, 'Download a chart from an OCI registry or an HTTP chart repository (as `helm pull`)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kforge;chart;help;create' {
            break
        }
        'kforge;chart;help;lint' {
            break
        }
        'kforge;chart;help;package' {
            break
        }
        'kforge;chart;help;dependency' {
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Resolve Chart.yaml''s dependencies (file://, http(s):// and oci:// repositories, archives in charts/), vendor them, write Chart.lock')
            [CompletionResult]::new('build', 'build', [CompletionResultType]::ParameterValue, 'Vendor the versions Chart.lock pins (update when there is no lock)')
            break
        }
        'kforge;chart;help;dependency;update' {
            break
        }
        'kforge;chart;help;dependency;build' {
            break
        }
        'kforge;chart;help;schema' {
            break
        }
        'kforge;chart;help;index' {
            break
        }
        'kforge;chart;help;push' {
            break
        }
        'kforge;chart;help;pull' {
            break
        }
        'kforge;chart;help;help' {
            break
        }
        'kforge;registry' {
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'Threads to use for parsing, transforming and writing (default: one per core)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Threads to use for parsing, transforming and writing (default: one per core)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors: no warnings, notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors: no warnings, notes or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more on stderr: what is done and how long it took (repeat for more: -vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more on stderr: what is done and how long it took (repeat for more: -vv)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Check credentials against a registry and store them in the docker config')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'Remove stored credentials for a registry')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kforge;registry;login' {
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Registry user name')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'Registry user name')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Password (visible to other users of the machine; prefer --password-stdin)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password (visible to other users of the machine; prefer --password-stdin)')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Trust this CA certificate (PEM) for registry TLS')
            [CompletionResult]::new('--registry-config', '--registry-config', [CompletionResultType]::ParameterName, 'Docker config.json to write (default: $DOCKER_CONFIG/config.json or ~/.docker/config.json)')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'Threads to use for parsing, transforming and writing (default: one per core)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Threads to use for parsing, transforming and writing (default: one per core)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from standard input')
            [CompletionResult]::new('--plain-http', '--plain-http', [CompletionResultType]::ParameterName, 'Talk plain HTTP to the registry (no TLS)')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Do not verify registry TLS certificates')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors: no warnings, notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors: no warnings, notes or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more on stderr: what is done and how long it took (repeat for more: -vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more on stderr: what is done and how long it took (repeat for more: -vv)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kforge;registry;logout' {
            [CompletionResult]::new('--registry-config', '--registry-config', [CompletionResultType]::ParameterName, 'Docker config.json to change (default: $DOCKER_CONFIG/config.json or ~/.docker/config.json)')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'Threads to use for parsing, transforming and writing (default: one per core)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Threads to use for parsing, transforming and writing (default: one per core)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors: no warnings, notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors: no warnings, notes or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more on stderr: what is done and how long it took (repeat for more: -vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more on stderr: what is done and how long it took (repeat for more: -vv)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kforge;registry;help' {
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Check credentials against a registry and store them in the docker config')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'Remove stored credentials for a registry')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kforge;registry;help;login' {
            break
        }
        'kforge;registry;help;logout' {
            break
        }
        'kforge;registry;help;help' {
            break
        }
        'kforge;man' {
            [CompletionResult]::new('--dir', '--dir', [CompletionResultType]::ParameterName, 'Write every page (kforge.1, kforge-build.1, kforge-chart-push.1, ...) into this directory instead')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'Threads to use for parsing, transforming and writing (default: one per core)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Threads to use for parsing, transforming and writing (default: one per core)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors: no warnings, notes or progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors: no warnings, notes or progress')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more on stderr: what is done and how long it took (repeat for more: -vv)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more on stderr: what is done and how long it took (repeat for more: -vv)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kforge;help' {
            [CompletionResult]::new('build', 'build', [CompletionResultType]::ParameterValue, 'Build a kustomization directory and print the resources (like `kustomize build`)')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change the kustomization file in the current directory (like `kustomize edit`)')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a kustomization.yaml in the current directory (like `kustomize create`)')
            [CompletionResult]::new('localize', 'localize', [CompletionResultType]::ParameterValue, 'Vendor a kustomization into a new directory (like `kustomize localize`), or, with --mirror, rewrite every image to a regional mirror')
            [CompletionResult]::new('cfg', 'cfg', [CompletionResultType]::ParameterValue, 'Read resource files (like `kustomize cfg`): count')
            [CompletionResult]::new('version', 'version', [CompletionResultType]::ParameterValue, 'Print the version, the commit, and the kustomize and Helm versions kforge matches')
            [CompletionResult]::new('completion', 'completion', [CompletionResultType]::ParameterValue, 'Print a shell completion script (bash, zsh, fish, elvish, powershell)')
            [CompletionResult]::new('images', 'images', [CompletionResultType]::ParameterValue, 'List every container image with where it came from (a CI gate with --allowed-registries)')
            [CompletionResult]::new('mirror', 'mirror', [CompletionResultType]::ParameterValue, 'Mirror images (and charts) to another registry, check mirrors are current, runtime mirror configuration')
            [CompletionResult]::new('diff', 'diff', [CompletionResultType]::ParameterValue, 'Compare two renders (files, directories or -) by resource id; exit 3 when they differ')
            [CompletionResult]::new('template', 'template', [CompletionResultType]::ParameterValue, 'Render a chart (like `helm template`)')
            [CompletionResult]::new('chart', 'chart', [CompletionResultType]::ParameterValue, 'Create, lint, package and index charts')
            [CompletionResult]::new('registry', 'registry', [CompletionResultType]::ParameterValue, 'Log in to and out of container registries')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print a manual page (roff): kforge(1), or kforge-SUBCOMMAND(1) (nested: kforge man chart push)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kforge;help;build' {
            break
        }
        'kforge;help;edit' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Adds an item to the kustomization file')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Sets the value of different fields in the kustomization file')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Removes items from the kustomization file')
            [CompletionResult]::new('fix', 'fix', [CompletionResultType]::ParameterValue, 'Fix the missing and deprecated fields in the kustomization file')
            [CompletionResult]::new('alpha-list-builtin-plugin', 'alpha-list-builtin-plugin', [CompletionResultType]::ParameterValue, '[Alpha] List the builtin plugins')
            break
        }
        'kforge;help;edit;add' {
            [CompletionResult]::new('resource', 'resource', [CompletionResultType]::ParameterValue, 'Add the name of a file containing a resource (globs expand; directories and URLs as given)')
            [CompletionResult]::new('component', 'component', [CompletionResultType]::ParameterValue, 'Add the name of a file containing a component')
            [CompletionResult]::new('base', 'base', [CompletionResultType]::ParameterValue, 'Adds one or more bases (comma separated) to the resources')
            [CompletionResult]::new('patch', 'patch', [CompletionResultType]::ParameterValue, 'Add an item to the patches field')
            [CompletionResult]::new('configmap', 'configmap', [CompletionResultType]::ParameterValue, 'Adds a configmap generator entry')
            [CompletionResult]::new('secret', 'secret', [CompletionResultType]::ParameterValue, 'Adds a secret generator entry')
            [CompletionResult]::new('label', 'label', [CompletionResultType]::ParameterValue, 'Adds one or more commonLabels (key:value)')
            [CompletionResult]::new('annotation', 'annotation', [CompletionResultType]::ParameterValue, 'Adds one or more commonAnnotations (key:value)')
            [CompletionResult]::new('transformer', 'transformer', [CompletionResultType]::ParameterValue, 'Add the name of a file containing a transformer configuration')
            [CompletionResult]::new('generator', 'generator', [CompletionResultType]::ParameterValue, 'Add the name of a file containing a generator configuration')
            [CompletionResult]::new('buildmetadata', 'buildmetadata', [CompletionResultType]::ParameterValue, 'Adds one or more buildMetadata options (comma separated)')
            break
        }
        'kforge;help;edit;add;resource' {
            break
        }
        'kforge;help;edit;add;component' {
            break
        }
        'kforge;help;edit;add;base' {
            break
        }
        'kforge;help;edit;add;patch' {
            break
        }
        'kforge;help;edit;add;configmap' {
            break
        }
        'kforge;help;edit;add;secret' {
            break
        }
        'kforge;help;edit;add;label' {
            break
        }
        'kforge;help;edit;add;annotation' {
            break
        }
        'kforge;help;edit;add;transformer' {
            break
        }
        'kforge;help;edit;add;generator' {
            break
        }
        'kforge;help;edit;add;buildmetadata' {
            break
        }
        'kforge;help;edit;set' {
            [CompletionResult]::new('image', 'image', [CompletionResultType]::ParameterValue, 'Sets images and their new names, new tags or digests (NAME=NEWNAME:TAG@DIGEST, NAME:TAG, NAME@DIGEST, ...)')
            [CompletionResult]::new('namespace', 'namespace', [CompletionResultType]::ParameterValue, 'Sets the value of the namespace field')
            [CompletionResult]::new('nameprefix', 'nameprefix', [CompletionResultType]::ParameterValue, 'Sets the value of the namePrefix field')
            [CompletionResult]::new('namesuffix', 'namesuffix', [CompletionResultType]::ParameterValue, 'Sets the value of the nameSuffix field')
            [CompletionResult]::new('label', 'label', [CompletionResultType]::ParameterValue, 'Sets one or more commonLabels (key:value)')
            [CompletionResult]::new('annotation', 'annotation', [CompletionResultType]::ParameterValue, 'Sets one or more commonAnnotations (key:value)')
            [CompletionResult]::new('replicas', 'replicas', [CompletionResultType]::ParameterValue, 'Sets replicas count for resources (NAME=COUNT)')
            [CompletionResult]::new('buildmetadata', 'buildmetadata', [CompletionResultType]::ParameterValue, 'Sets the buildMetadata options (comma separated), replacing the present ones')
            [CompletionResult]::new('configmap', 'configmap', [CompletionResultType]::ParameterValue, 'Edits the value of existing keys (or the namespace) of a configMapGenerator entry')
            [CompletionResult]::new('secret', 'secret', [CompletionResultType]::ParameterValue, 'Edits the value of existing keys (or the namespace) of a secretGenerator entry')
            break
        }
        'kforge;help;edit;set;image' {
            break
        }
        'kforge;help;edit;set;namespace' {
            break
        }
        'kforge;help;edit;set;nameprefix' {
            break
        }
        'kforge;help;edit;set;namesuffix' {
            break
        }
        'kforge;help;edit;set;label' {
            break
        }
        'kforge;help;edit;set;annotation' {
            break
        }
        'kforge;help;edit;set;replicas' {
            break
        }
        'kforge;help;edit;set;buildmetadata' {
            break
        }
        'kforge;help;edit;set;configmap' {
            break
        }
        'kforge;help;edit;set;secret' {
            break
        }
        'kforge;help;edit;remove' {
            [CompletionResult]::new('resource', 'resource', [CompletionResultType]::ParameterValue, 'Removes resources (patterns match entries of the file)')
            [CompletionResult]::new('component', 'component', [CompletionResultType]::ParameterValue, 'Removes components (patterns match entries of the file)')
            [CompletionResult]::new('patch', 'patch', [CompletionResultType]::ParameterValue, 'Removes a patch (same flags as `add patch`)')
            [CompletionResult]::new('label', 'label', [CompletionResultType]::ParameterValue, 'Removes commonLabels (comma separated keys)')
            [CompletionResult]::new('annotation', 'annotation', [CompletionResultType]::ParameterValue, 'Removes commonAnnotations (comma separated keys)')
            [CompletionResult]::new('transformer', 'transformer', [CompletionResultType]::ParameterValue, 'Removes transformers (patterns match entries of the file)')
            [CompletionResult]::new('configmap', 'configmap', [CompletionResultType]::ParameterValue, 'Removes configmap generator entries (comma separated names)')
            [CompletionResult]::new('secret', 'secret', [CompletionResultType]::ParameterValue, 'Removes secret generator entries (comma separated names)')
            [CompletionResult]::new('buildmetadata', 'buildmetadata', [CompletionResultType]::ParameterValue, 'Removes buildMetadata options (comma separated)')
            break
        }
        'kforge;help;edit;remove;resource' {
            break
        }
        'kforge;help;edit;remove;component' {
            break
        }
        'kforge;help;edit;remove;patch' {
            break
        }
        'kforge;help;edit;remove;label' {
            break
        }
        'kforge;help;edit;remove;annotation' {
            break
        }
        'kforge;help;edit;remove;transformer' {
            break
        }
        'kforge;help;edit;remove;configmap' {
            break
        }
        'kforge;help;edit;remove;secret' {
            break
        }
        'kforge;help;edit;remove;buildmetadata' {
            break
        }
        'kforge;help;edit;fix' {
            break
        }
        'kforge;help;edit;alpha-list-builtin-plugin' {
            break
        }
        'kforge;help;create' {
            break
        }
        'kforge;help;localize' {
            break
        }
        'kforge;help;cfg' {
            [CompletionResult]::new('count', 'count', [CompletionResultType]::ParameterValue, 'Count resources by kind in the YAML files of DIR (or stdin), like `kustomize cfg count`')
            break
        }
        'kforge;help;cfg;count' {
            break
        }
        'kforge;help;version' {
            break
        }
        'kforge;help;completion' {
            break
        }
        'kforge;help;images' {
            break
        }
        'kforge;help;mirror' {
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Write container runtime mirror configuration from a mirror map')
            [CompletionResult]::new('images', 'images', [CompletionResultType]::ParameterValue, 'Copy images (every platform, digests unchanged, signatures along) to a mirror registry')
            [CompletionResult]::new('chart', 'chart', [CompletionResultType]::ParameterValue, 'Mirror a chart and every image it needs; push the localized chart; write a lock file')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Compare upstream images with their mirror copies (HEAD and tag-list requests only); exit 3 when behind')
            break
        }
        'kforge;help;mirror;config' {
            break
        }
        'kforge;help;mirror;images' {
            break
        }
        'kforge;help;mirror;chart' {
            break
        }
        'kforge;help;mirror;status' {
            break
        }
        'kforge;help;diff' {
            break
        }
        'kforge;help;template' {
            break
        }
        'kforge;help;chart' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a starter kforge chart (the objects `helm create` makes, templates in minijinja)')
            [CompletionResult]::new('lint', 'lint', [CompletionResultType]::ParameterValue, 'Check a chart: Chart.yaml, values against the schema, templates, rendered objects')
            [CompletionResult]::new('package', 'package', [CompletionResultType]::ParameterValue, 'Package a chart into a byte-reproducible NAME-VERSION.tgz')
            [CompletionResult]::new('dependency', 'dependency', [CompletionResultType]::ParameterValue, 'Vendor a chart''s dependencies into charts/ and write Chart.lock')
            [CompletionResult]::new('schema', 'schema', [CompletionResultType]::ParameterValue, 'Write values.schema.json inferred from values.yaml')
            [CompletionResult]::new('index', 'index', [CompletionResultType]::ParameterValue, 'Write index.yaml for a folder of chart packages (like `helm repo index`)')
            [CompletionResult]::new('push', 'push', [CompletionResultType]::ParameterValue, 'Push a chart archive to an OCI registry (as `helm push`)')
            [CompletionResult]::new('pull', 'pull', [CompletionResultType]::ParameterValue, 'Download a chart from an OCI registry or an HTTP chart repository (as `helm pull`)')
            break
        }
        'kforge;help;chart;create' {
            break
        }
        'kforge;help;chart;lint' {
            break
        }
        'kforge;help;chart;package' {
            break
        }
        'kforge;help;chart;dependency' {
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Resolve Chart.yaml''s dependencies (file://, http(s):// and oci:// repositories, archives in charts/), vendor them, write Chart.lock')
            [CompletionResult]::new('build', 'build', [CompletionResultType]::ParameterValue, 'Vendor the versions Chart.lock pins (update when there is no lock)')
            break
        }
        'kforge;help;chart;dependency;update' {
            break
        }
        'kforge;help;chart;dependency;build' {
            break
        }
        'kforge;help;chart;schema' {
            break
        }
        'kforge;help;chart;index' {
            break
        }
        'kforge;help;chart;push' {
            break
        }
        'kforge;help;chart;pull' {
            break
        }
        'kforge;help;registry' {
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Check credentials against a registry and store them in the docker config')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'Remove stored credentials for a registry')
            break
        }
        'kforge;help;registry;login' {
            break
        }
        'kforge;help;registry;logout' {
            break
        }
        'kforge;help;man' {
            break
        }
        'kforge;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
