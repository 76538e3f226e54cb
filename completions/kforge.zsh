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
'--reorder=[Resource order\: '\''legacy'\'' (by kind) or '\''none'\'' (as loaded)]:REORDER:((legacy\:"By kind, as kustomize'\''s legacy order"
none\:"As loaded"
unspecified\:"The kustomization'\''s sortOptions, else legacy"))' \
'--load-restrictor=[Whether files outside the kustomization'\''s directory may be read]:LOAD_RESTRICTOR:((LoadRestrictionsRootOnly\:"Files must be in or below the kustomization'\''s directory"
LoadRestrictionsNone\:"Files may be anywhere"))' \
'--helm-command=[The helm binary to run for helmCharts (default\: helm on PATH)]:HELM_COMMAND:_default' \
'*--helm-api-versions=[API versions for helm'\''s Capabilities.APIVersions (for charts that set none)]:HELM_API_VERSIONS:_default' \
'--helm-kube-version=[Kubernetes version for helm'\''s Capabilities.KubeVersion (for charts that set none)]:HELM_KUBE_VERSION:_default' \
'-j+[Threads to use for parsing, transforming and writing (default\: one per core)]:JOBS:_default' \
'--jobs=[Threads to use for parsing, transforming and writing (default\: one per core)]:JOBS:_default' \
'--enable-alpha-plugins[Enable kustomize plugins (runs external programs)]' \
'--enable-exec[Enable exec KRM functions (runs external programs)]' \
'--enable-helm[Enable helmCharts inflation with a helm binary]' \
'--helm-debug[Run helm template with --debug]' \
'--enable-managedby-label[Add app.kubernetes.io/managed-by to every resource]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'::dir -- Directory holding kustomization.yaml (default\: current directory):_files' \
&& ret=0
;;
(completions)
_arguments "${_arguments_options[@]}" : \
'-j+[Threads to use for parsing, transforming and writing (default\: one per core)]:JOBS:_default' \
'--jobs=[Threads to use for parsing, transforming and writing (default\: one per core)]:JOBS:_default' \
'-h[Print help]' \
'--help[Print help]' \
':shell -- Shell to generate completions for:(bash elvish fish powershell zsh)' \
&& ret=0
;;
(man)
_arguments "${_arguments_options[@]}" : \
'-j+[Threads to use for parsing, transforming and writing (default\: one per core)]:JOBS:_default' \
'--jobs=[Threads to use for parsing, transforming and writing (default\: one per core)]:JOBS:_default' \
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
(( $+functions[_kforge__subcmd__man_commands] )) ||
_kforge__subcmd__man_commands() {
    local commands; commands=()
    _describe -t commands 'kforge man commands' commands "$@"
}

if [ "$funcstack[1]" = "_kforge" ]; then
    _kforge "$@"
else
    compdef _kforge kforge
fi
