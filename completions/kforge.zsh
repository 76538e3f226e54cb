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
'--seed=[Seed for random template functions (randAlphaNum, genCA, ...)\: the same seed gives the same output (not secret!)]:N:_default' \
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
'--strict[Fail on warnings too]' \
'-h[Print help]' \
'--help[Print help]' \
'::chart -- Chart directory or archive:_files' \
&& ret=0
;;
(package)
_arguments "${_arguments_options[@]}" : \
'-d+[Directory to write the archive to]:DESTINATION:_files' \
'--destination=[Directory to write the archive to]:DESTINATION:_files' \
'--version=[Set the chart'\''s version in the package]:VERSION:_default' \
'--app-version=[Set the chart'\''s appVersion in the package]:APP_VERSION:_default' \
'-h[Print help]' \
'--help[Print help]' \
':chart -- Chart directory:_files' \
&& ret=0
;;
(dependency)
_arguments "${_arguments_options[@]}" : \
'-h[Print help]' \
'--help[Print help]' \
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
'-h[Print help]' \
'--help[Print help]' \
'::chart -- Chart directory:_files' \
&& ret=0
;;
(build)
_arguments "${_arguments_options[@]}" : \
'-h[Print help]' \
'--help[Print help]' \
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
'--dry-run[Print the schema instead of writing values.schema.json]' \
'-h[Print help]' \
'--help[Print help]' \
'::chart -- Chart directory:_files' \
&& ret=0
;;
(index)
_arguments "${_arguments_options[@]}" : \
'--url=[URL of the folder, prefixed to each package'\''s file name]:URL:_default' \
'--merge=[Merge into this existing index (its entries are kept unless the folder has the same version)]:MERGE:_files' \
'-h[Print help]' \
'--help[Print help]' \
':dir -- Folder of chart packages:_files' \
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
'lint:Check a chart\: Chart.yaml, values against the schema, templates, rendered objects' \
'package:Package a chart into a byte-reproducible NAME-VERSION.tgz' \
'dependency:Vendor a chart'\''s dependencies into charts/ and write Chart.lock' \
'schema:Write values.schema.json inferred from values.yaml' \
'index:Write index.yaml for a folder of chart packages (like \`helm repo index\`)' \
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
'update:Resolve Chart.yaml'\''s dependencies (file\:// paths, archives in charts/), vendor them, write Chart.lock' \
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
'update:Resolve Chart.yaml'\''s dependencies (file\:// paths, archives in charts/), vendor them, write Chart.lock' \
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
'update:Resolve Chart.yaml'\''s dependencies (file\:// paths, archives in charts/), vendor them, write Chart.lock' \
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
(( $+functions[_kforge__subcmd__chart__subcmd__schema_commands] )) ||
_kforge__subcmd__chart__subcmd__schema_commands() {
    local commands; commands=()
    _describe -t commands 'kforge chart schema commands' commands "$@"
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
'lint:Check a chart\: Chart.yaml, values against the schema, templates, rendered objects' \
'package:Package a chart into a byte-reproducible NAME-VERSION.tgz' \
'dependency:Vendor a chart'\''s dependencies into charts/ and write Chart.lock' \
'schema:Write values.schema.json inferred from values.yaml' \
'index:Write index.yaml for a folder of chart packages (like \`helm repo index\`)' \
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
'update:Resolve Chart.yaml'\''s dependencies (file\:// paths, archives in charts/), vendor them, write Chart.lock' \
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
(( $+functions[_kforge__subcmd__help__subcmd__chart__subcmd__schema_commands] )) ||
_kforge__subcmd__help__subcmd__chart__subcmd__schema_commands() {
    local commands; commands=()
    _describe -t commands 'kforge help chart schema commands' commands "$@"
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
(( $+functions[_kforge__subcmd__help__subcmd__man_commands] )) ||
_kforge__subcmd__help__subcmd__man_commands() {
    local commands; commands=()
    _describe -t commands 'kforge help man commands' commands "$@"
}
(( $+functions[_kforge__subcmd__help__subcmd__template_commands] )) ||
_kforge__subcmd__help__subcmd__template_commands() {
    local commands; commands=()
    _describe -t commands 'kforge help template commands' commands "$@"
}
(( $+functions[_kforge__subcmd__man_commands] )) ||
_kforge__subcmd__man_commands() {
    local commands; commands=()
    _describe -t commands 'kforge man commands' commands "$@"
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
