
use builtin;
use str;

set edit:completion:arg-completer[kforge] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'kforge'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'kforge'= {
            cand -j 'Threads to use for parsing, transforming and writing (default: one per core)'
            cand --jobs 'Threads to use for parsing, transforming and writing (default: one per core)'
            cand --color 'Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never'
            cand -q 'Print only results and errors: no warnings, notes or progress'
            cand --quiet 'Print only results and errors: no warnings, notes or progress'
            cand -v 'Print more on stderr: what is done and how long it took (repeat for more: -vv)'
            cand --verbose 'Print more on stderr: what is done and how long it took (repeat for more: -vv)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand build 'Build a kustomization directory and print the resources (like `kustomize build`)'
            cand edit 'Change the kustomization file in the current directory (like `kustomize edit`)'
            cand create 'Create a kustomization.yaml in the current directory (like `kustomize create`)'
            cand init 'Create a kustomization.yaml in the current directory (like `kustomize create`)'
            cand localize 'Vendor a kustomization into a new directory (like `kustomize localize`), or, with --mirror, rewrite every image to a regional mirror'
            cand cfg 'Read resource files (like `kustomize cfg`): count'
            cand version 'Print the version, the commit, and the kustomize and Helm versions kforge matches'
            cand completion 'Print a shell completion script (bash, zsh, fish, elvish, powershell)'
            cand completions 'Print a shell completion script (bash, zsh, fish, elvish, powershell)'
            cand images 'List every container image with where it came from (a CI gate with --allowed-registries)'
            cand mirror 'Mirror images (and charts) to another registry, check mirrors are current, runtime mirror configuration'
            cand diff 'Compare two renders (files, directories or -) by resource id; exit 3 when they differ'
            cand template 'Render a chart (like `helm template`)'
            cand chart 'Create, lint, package and index charts'
            cand registry 'Log in to and out of container registries'
            cand man 'Print a manual page (roff): kforge(1), or kforge-SUBCOMMAND(1) (nested: kforge man chart push)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kforge;build'= {
            cand -o 'Write to this file, or to one file per resource if it is a directory'
            cand --output 'Write to this file, or to one file per resource if it is a directory'
            cand --reorder 'Resource order: ''legacy'' (by kind) or ''none'' (as loaded)'
            cand --load-restrictor 'Whether files outside the kustomization''s directory may be read'
            cand --helm-command 'The helm binary to run for helmCharts (default: helm on PATH)'
            cand --helm-api-versions 'API versions for helm''s Capabilities.APIVersions (for charts that set none)'
            cand --helm-kube-version 'Kubernetes version for helm''s Capabilities.KubeVersion (for charts that set none)'
            cand -e 'a list of environment variables to be used by functions (KEY=VALUE)'
            cand --env 'a list of environment variables to be used by functions (KEY=VALUE)'
            cand --mount 'a list of storage options read from the filesystem (container functions only)'
            cand --network-name 'the docker network to run the container in (container functions only)'
            cand --mirror 'Rewrite every image of the output to a regional mirror by this mirror map (docs/mirroring.md)'
            cand --targets 'Render every target of this targets file (docs/targets.md), in parallel'
            cand --target 'With --targets: render only this target (to stdout, -o, or OUT/NAME/ with --output-dir)'
            cand --output-dir 'With --targets: write each target to OUT/<target>/manifest.yaml'
            cand --check 'Compare a fresh render with RENDERED (a file, an -o directory, or an --output-dir tree); exit 3 with a unified diff when they differ'
            cand -j 'Threads to use for parsing, transforming and writing (default: one per core)'
            cand --jobs 'Threads to use for parsing, transforming and writing (default: one per core)'
            cand --color 'Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never'
            cand --enable-alpha-plugins 'Enable kustomize plugins (runs external programs)'
            cand --enable-exec 'Enable exec KRM functions (runs external programs)'
            cand --enable-helm 'Enable helmCharts inflation with a helm binary'
            cand --helm-debug 'Run helm template with --debug'
            cand --network 'enable network access for functions that declare it (container functions only)'
            cand --as-current-user 'use the uid and gid of the command executor to run the function in the container (container functions only)'
            cand --enable-managedby-label 'Add app.kubernetes.io/managed-by to every resource'
            cand -q 'Print only results and errors: no warnings, notes or progress'
            cand --quiet 'Print only results and errors: no warnings, notes or progress'
            cand -v 'Print more on stderr: what is done and how long it took (repeat for more: -vv)'
            cand --verbose 'Print more on stderr: what is done and how long it took (repeat for more: -vv)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kforge;edit'= {
            cand -j 'Threads to use for parsing, transforming and writing (default: one per core)'
            cand --jobs 'Threads to use for parsing, transforming and writing (default: one per core)'
            cand --color 'Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never'
            cand -q 'Print only results and errors: no warnings, notes or progress'
            cand --quiet 'Print only results and errors: no warnings, notes or progress'
            cand -v 'Print more on stderr: what is done and how long it took (repeat for more: -vv)'
            cand --verbose 'Print more on stderr: what is done and how long it took (repeat for more: -vv)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand add 'Adds an item to the kustomization file'
            cand set 'Sets the value of different fields in the kustomization file'
            cand remove 'Removes items from the kustomization file'
            cand fix 'Fix the missing and deprecated fields in the kustomization file'
            cand alpha-list-builtin-plugin '[Alpha] List the builtin plugins'
            cand listbuiltin '[Alpha] List the builtin plugins'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kforge;edit;add'= {
            cand -j 'Threads to use for parsing, transforming and writing (default: one per core)'
            cand --jobs 'Threads to use for parsing, transforming and writing (default: one per core)'
            cand --color 'Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never'
            cand -q 'Print only results and errors: no warnings, notes or progress'
            cand --quiet 'Print only results and errors: no warnings, notes or progress'
            cand -v 'Print more on stderr: what is done and how long it took (repeat for more: -vv)'
            cand --verbose 'Print more on stderr: what is done and how long it took (repeat for more: -vv)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand resource 'Add the name of a file containing a resource (globs expand; directories and URLs as given)'
            cand component 'Add the name of a file containing a component'
            cand base 'Adds one or more bases (comma separated) to the resources'
            cand patch 'Add an item to the patches field'
            cand configmap 'Adds a configmap generator entry'
            cand secret 'Adds a secret generator entry'
            cand label 'Adds one or more commonLabels (key:value)'
            cand annotation 'Adds one or more commonAnnotations (key:value)'
            cand transformer 'Add the name of a file containing a transformer configuration'
            cand generator 'Add the name of a file containing a generator configuration'
            cand buildmetadata 'Adds one or more buildMetadata options (comma separated)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kforge;edit;add;resource'= {
            cand -j 'Threads to use for parsing, transforming and writing (default: one per core)'
            cand --jobs 'Threads to use for parsing, transforming and writing (default: one per core)'
            cand --color 'Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never'
            cand --no-verify 'skip validation for resources'
            cand -q 'Print only results and errors: no warnings, notes or progress'
            cand --quiet 'Print only results and errors: no warnings, notes or progress'
            cand -v 'Print more on stderr: what is done and how long it took (repeat for more: -vv)'
            cand --verbose 'Print more on stderr: what is done and how long it took (repeat for more: -vv)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kforge;edit;add;component'= {
            cand -j 'Threads to use for parsing, transforming and writing (default: one per core)'
            cand --jobs 'Threads to use for parsing, transforming and writing (default: one per core)'
            cand --color 'Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never'
            cand -q 'Print only results and errors: no warnings, notes or progress'
            cand --quiet 'Print only results and errors: no warnings, notes or progress'
            cand -v 'Print more on stderr: what is done and how long it took (repeat for more: -vv)'
            cand --verbose 'Print more on stderr: what is done and how long it took (repeat for more: -vv)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kforge;edit;add;base'= {
            cand -j 'Threads to use for parsing, transforming and writing (default: one per core)'
            cand --jobs 'Threads to use for parsing, transforming and writing (default: one per core)'
            cand --color 'Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never'
            cand -q 'Print only results and errors: no warnings, notes or progress'
            cand --quiet 'Print only results and errors: no warnings, notes or progress'
            cand -v 'Print more on stderr: what is done and how long it took (repeat for more: -vv)'
            cand --verbose 'Print more on stderr: what is done and how long it took (repeat for more: -vv)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kforge;edit;add;patch'= {
            cand --path 'Path to the patch file. Cannot be used with --patch at the same time'
            cand --patch 'Literal string of patch content. Cannot be used with --path at the same time'
            cand --group 'API group in patch target'
            cand --version 'API version in patch target'
            cand --kind 'Resource kind in patch target'
            cand --name 'Resource name in patch target'
            cand --namespace 'Resource namespace in patch target'
            cand --annotation-selector 'annotationSelector in patch target'
            cand --label-selector 'labelSelector in patch target'
            cand -j 'Threads to use for parsing, transforming and writing (default: one per core)'
            cand --jobs 'Threads to use for parsing, transforming and writing (default: one per core)'
            cand --color 'Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never'
            cand -q 'Print only results and errors: no warnings, notes or progress'
            cand --quiet 'Print only results and errors: no warnings, notes or progress'
            cand -v 'Print more on stderr: what is done and how long it took (repeat for more: -vv)'
            cand --verbose 'Print more on stderr: what is done and how long it took (repeat for more: -vv)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kforge;edit;add;configmap'= {
            cand --from-file '[key=]source file (globs; a directory adds each file)'
            cand --from-literal 'key=value to insert'
            cand --from-env-file 'File of key=value lines (a Docker .env file)'
            cand --behavior 'create (default), merge or replace'
            cand --namespace 'Namespace of the generated object'
            cand -j 'Threads to use for parsing, transforming and writing (default: one per core)'
            cand --jobs 'Threads to use for parsing, transforming and writing (default: one per core)'
            cand --color 'Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never'
            cand --disableNameSuffixHash 'Disable the name suffix hash'
            cand -q 'Print only results and errors: no warnings, notes or progress'
            cand --quiet 'Print only results and errors: no warnings, notes or progress'
            cand -v 'Print more on stderr: what is done and how long it took (repeat for more: -vv)'
            cand --verbose 'Print more on stderr: what is done and how long it took (repeat for more: -vv)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kforge;edit;add;secret'= {
            cand --from-file '[key=]source file (globs; a directory adds each file)'
            cand --from-literal 'key=value to insert'
            cand --from-env-file 'File of key=value lines (a Docker .env file)'
            cand --behavior 'create (default), merge or replace'
            cand --namespace 'Namespace of the generated object'
            cand --type 'Secret type (Opaque, kubernetes.io/tls, ...)'
            cand -j 'Threads to use for parsing, transforming and writing (default: one per core)'
            cand --jobs 'Threads to use for parsing, transforming and writing (default: one per core)'
            cand --color 'Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never'
            cand --disableNameSuffixHash 'Disable the name suffix hash'
            cand -q 'Print only results and errors: no warnings, notes or progress'
            cand --quiet 'Print only results and errors: no warnings, notes or progress'
            cand -v 'Print more on stderr: what is done and how long it took (repeat for more: -vv)'
            cand --verbose 'Print more on stderr: what is done and how long it took (repeat for more: -vv)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kforge;edit;add;label'= {
            cand -j 'Threads to use for parsing, transforming and writing (default: one per core)'
            cand --jobs 'Threads to use for parsing, transforming and writing (default: one per core)'
            cand --color 'Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never'
            cand -f 'overwrite commonLabel if it already exists'
            cand --force 'overwrite commonLabel if it already exists'
            cand --without-selector 'add to labels without selectors instead of commonLabels'
            cand --include-templates 'include labels in templates (requires --without-selector)'
            cand -q 'Print only results and errors: no warnings, notes or progress'
            cand --quiet 'Print only results and errors: no warnings, notes or progress'
            cand -v 'Print more on stderr: what is done and how long it took (repeat for more: -vv)'
            cand --verbose 'Print more on stderr: what is done and how long it took (repeat for more: -vv)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kforge;edit;add;annotation'= {
            cand -j 'Threads to use for parsing, transforming and writing (default: one per core)'
            cand --jobs 'Threads to use for parsing, transforming and writing (default: one per core)'
            cand --color 'Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never'
            cand -f 'overwrite commonAnnotation if it already exists'
            cand --force 'overwrite commonAnnotation if it already exists'
            cand -q 'Print only results and errors: no warnings, notes or progress'
            cand --quiet 'Print only results and errors: no warnings, notes or progress'
            cand -v 'Print more on stderr: what is done and how long it took (repeat for more: -vv)'
            cand --verbose 'Print more on stderr: what is done and how long it took (repeat for more: -vv)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kforge;edit;add;transformer'= {
            cand -j 'Threads to use for parsing, transforming and writing (default: one per core)'
            cand --jobs 'Threads to use for parsing, transforming and writing (default: one per core)'
            cand --color 'Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never'
            cand -q 'Print only results and errors: no warnings, notes or progress'
            cand --quiet 'Print only results and errors: no warnings, notes or progress'
            cand -v 'Print more on stderr: what is done and how long it took (repeat for more: -vv)'
            cand --verbose 'Print more on stderr: what is done and how long it took (repeat for more: -vv)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kforge;edit;add;generator'= {
            cand -j 'Threads to use for parsing, transforming and writing (default: one per core)'
            cand --jobs 'Threads to use for parsing, transforming and writing (default: one per core)'
            cand --color 'Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never'
            cand -q 'Print only results and errors: no warnings, notes or progress'
            cand --quiet 'Print only results and errors: no warnings, notes or progress'
            cand -v 'Print more on stderr: what is done and how long it took (repeat for more: -vv)'
            cand --verbose 'Print more on stderr: what is done and how long it took (repeat for more: -vv)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kforge;edit;add;buildmetadata'= {
            cand -j 'Threads to use for parsing, transforming and writing (default: one per core)'
            cand --jobs 'Threads to use for parsing, transforming and writing (default: one per core)'
            cand --color 'Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never'
            cand -q 'Print only results and errors: no warnings, notes or progress'
            cand --quiet 'Print only results and errors: no warnings, notes or progress'
            cand -v 'Print more on stderr: what is done and how long it took (repeat for more: -vv)'
            cand --verbose 'Print more on stderr: what is done and how long it took (repeat for more: -vv)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kforge;edit;add;help'= {
            cand resource 'Add the name of a file containing a resource (globs expand; directories and URLs as given)'
            cand component 'Add the name of a file containing a component'
            cand base 'Adds one or more bases (comma separated) to the resources'
            cand patch 'Add an item to the patches field'
            cand configmap 'Adds a configmap generator entry'
            cand secret 'Adds a secret generator entry'
            cand label 'Adds one or more commonLabels (key:value)'
            cand annotation 'Adds one or more commonAnnotations (key:value)'
            cand transformer 'Add the name of a file containing a transformer configuration'
            cand generator 'Add the name of a file containing a generator configuration'
            cand buildmetadata 'Adds one or more buildMetadata options (comma separated)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kforge;edit;add;help;resource'= {
        }
        &'kforge;edit;add;help;component'= {
        }
        &'kforge;edit;add;help;base'= {
        }
        &'kforge;edit;add;help;patch'= {
        }
        &'kforge;edit;add;help;configmap'= {
        }
        &'kforge;edit;add;help;secret'= {
        }
        &'kforge;edit;add;help;label'= {
        }
        &'kforge;edit;add;help;annotation'= {
        }
        &'kforge;edit;add;help;transformer'= {
        }
        &'kforge;edit;add;help;generator'= {
        }
        &'kforge;edit;add;help;buildmetadata'= {
        }
        &'kforge;edit;add;help;help'= {
        }
        &'kforge;edit;set'= {
            cand -j 'Threads to use for parsing, transforming and writing (default: one per core)'
            cand --jobs 'Threads to use for parsing, transforming and writing (default: one per core)'
            cand --color 'Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never'
            cand -q 'Print only results and errors: no warnings, notes or progress'
            cand --quiet 'Print only results and errors: no warnings, notes or progress'
            cand -v 'Print more on stderr: what is done and how long it took (repeat for more: -vv)'
            cand --verbose 'Print more on stderr: what is done and how long it took (repeat for more: -vv)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand image 'Sets images and their new names, new tags or digests (NAME=NEWNAME:TAG@DIGEST, NAME:TAG, NAME@DIGEST, ...)'
            cand namespace 'Sets the value of the namespace field'
            cand nameprefix 'Sets the value of the namePrefix field'
            cand namesuffix 'Sets the value of the nameSuffix field'
            cand label 'Sets one or more commonLabels (key:value)'
            cand annotation 'Sets one or more commonAnnotations (key:value)'
            cand replicas 'Sets replicas count for resources (NAME=COUNT)'
            cand buildmetadata 'Sets the buildMetadata options (comma separated), replacing the present ones'
            cand configmap 'Edits the value of existing keys (or the namespace) of a configMapGenerator entry'
            cand secret 'Edits the value of existing keys (or the namespace) of a secretGenerator entry'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kforge;edit;set;image'= {
            cand -j 'Threads to use for parsing, transforming and writing (default: one per core)'
            cand --jobs 'Threads to use for parsing, transforming and writing (default: one per core)'
            cand --color 'Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never'
            cand -q 'Print only results and errors: no warnings, notes or progress'
            cand --quiet 'Print only results and errors: no warnings, notes or progress'
            cand -v 'Print more on stderr: what is done and how long it took (repeat for more: -vv)'
            cand --verbose 'Print more on stderr: what is done and how long it took (repeat for more: -vv)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kforge;edit;set;namespace'= {
            cand -j 'Threads to use for parsing, transforming and writing (default: one per core)'
            cand --jobs 'Threads to use for parsing, transforming and writing (default: one per core)'
            cand --color 'Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never'
            cand -q 'Print only results and errors: no warnings, notes or progress'
            cand --quiet 'Print only results and errors: no warnings, notes or progress'
            cand -v 'Print more on stderr: what is done and how long it took (repeat for more: -vv)'
            cand --verbose 'Print more on stderr: what is done and how long it took (repeat for more: -vv)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kforge;edit;set;nameprefix'= {
            cand -j 'Threads to use for parsing, transforming and writing (default: one per core)'
            cand --jobs 'Threads to use for parsing, transforming and writing (default: one per core)'
            cand --color 'Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never'
            cand -q 'Print only results and errors: no warnings, notes or progress'
            cand --quiet 'Print only results and errors: no warnings, notes or progress'
            cand -v 'Print more on stderr: what is done and how long it took (repeat for more: -vv)'
            cand --verbose 'Print more on stderr: what is done and how long it took (repeat for more: -vv)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kforge;edit;set;namesuffix'= {
            cand -j 'Threads to use for parsing, transforming and writing (default: one per core)'
            cand --jobs 'Threads to use for parsing, transforming and writing (default: one per core)'
            cand --color 'Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never'
            cand -q 'Print only results and errors: no warnings, notes or progress'
            cand --quiet 'Print only results and errors: no warnings, notes or progress'
            cand -v 'Print more on stderr: what is done and how long it took (repeat for more: -vv)'
            cand --verbose 'Print more on stderr: what is done and how long it took (repeat for more: -vv)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kforge;edit;set;label'= {
            cand -j 'Threads to use for parsing, transforming and writing (default: one per core)'
            cand --jobs 'Threads to use for parsing, transforming and writing (default: one per core)'
            cand --color 'Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never'
            cand -q 'Print only results and errors: no warnings, notes or progress'
            cand --quiet 'Print only results and errors: no warnings, notes or progress'
            cand -v 'Print more on stderr: what is done and how long it took (repeat for more: -vv)'
            cand --verbose 'Print more on stderr: what is done and how long it took (repeat for more: -vv)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kforge;edit;set;annotation'= {
            cand -j 'Threads to use for parsing, transforming and writing (default: one per core)'
            cand --jobs 'Threads to use for parsing, transforming and writing (default: one per core)'
            cand --color 'Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never'
            cand -q 'Print only results and errors: no warnings, notes or progress'
            cand --quiet 'Print only results and errors: no warnings, notes or progress'
            cand -v 'Print more on stderr: what is done and how long it took (repeat for more: -vv)'
            cand --verbose 'Print more on stderr: what is done and how long it took (repeat for more: -vv)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kforge;edit;set;replicas'= {
            cand -j 'Threads to use for parsing, transforming and writing (default: one per core)'
            cand --jobs 'Threads to use for parsing, transforming and writing (default: one per core)'
            cand --color 'Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never'
            cand -q 'Print only results and errors: no warnings, notes or progress'
            cand --quiet 'Print only results and errors: no warnings, notes or progress'
            cand -v 'Print more on stderr: what is done and how long it took (repeat for more: -vv)'
            cand --verbose 'Print more on stderr: what is done and how long it took (repeat for more: -vv)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kforge;edit;set;buildmetadata'= {
            cand -j 'Threads to use for parsing, transforming and writing (default: one per core)'
            cand --jobs 'Threads to use for parsing, transforming and writing (default: one per core)'
            cand --color 'Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never'
            cand -q 'Print only results and errors: no warnings, notes or progress'
            cand --quiet 'Print only results and errors: no warnings, notes or progress'
            cand -v 'Print more on stderr: what is done and how long it took (repeat for more: -vv)'
            cand --verbose 'Print more on stderr: what is done and how long it took (repeat for more: -vv)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kforge;edit;set;configmap'= {
            cand --from-literal 'An existing key and its new value (key=value)'
            cand --namespace 'Current namespace of the entry (default: default)'
            cand --new-namespace 'New namespace for the entry'
            cand -j 'Threads to use for parsing, transforming and writing (default: one per core)'
            cand --jobs 'Threads to use for parsing, transforming and writing (default: one per core)'
            cand --color 'Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never'
            cand -q 'Print only results and errors: no warnings, notes or progress'
            cand --quiet 'Print only results and errors: no warnings, notes or progress'
            cand -v 'Print more on stderr: what is done and how long it took (repeat for more: -vv)'
            cand --verbose 'Print more on stderr: what is done and how long it took (repeat for more: -vv)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kforge;edit;set;secret'= {
            cand --from-literal 'An existing key and its new value (key=value)'
            cand --namespace 'Current namespace of the entry (default: default)'
            cand --new-namespace 'New namespace for the entry'
            cand -j 'Threads to use for parsing, transforming and writing (default: one per core)'
            cand --jobs 'Threads to use for parsing, transforming and writing (default: one per core)'
            cand --color 'Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never'
            cand -q 'Print only results and errors: no warnings, notes or progress'
            cand --quiet 'Print only results and errors: no warnings, notes or progress'
            cand -v 'Print more on stderr: what is done and how long it took (repeat for more: -vv)'
            cand --verbose 'Print more on stderr: what is done and how long it took (repeat for more: -vv)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kforge;edit;set;help'= {
            cand image 'Sets images and their new names, new tags or digests (NAME=NEWNAME:TAG@DIGEST, NAME:TAG, NAME@DIGEST, ...)'
            cand namespace 'Sets the value of the namespace field'
            cand nameprefix 'Sets the value of the namePrefix field'
            cand namesuffix 'Sets the value of the nameSuffix field'
            cand label 'Sets one or more commonLabels (key:value)'
            cand annotation 'Sets one or more commonAnnotations (key:value)'
            cand replicas 'Sets replicas count for resources (NAME=COUNT)'
            cand buildmetadata 'Sets the buildMetadata options (comma separated), replacing the present ones'
            cand configmap 'Edits the value of existing keys (or the namespace) of a configMapGenerator entry'
            cand secret 'Edits the value of existing keys (or the namespace) of a secretGenerator entry'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kforge;edit;set;help;image'= {
        }
        &'kforge;edit;set;help;namespace'= {
        }
        &'kforge;edit;set;help;nameprefix'= {
        }
        &'kforge;edit;set;help;namesuffix'= {
        }
        &'kforge;edit;set;help;label'= {
        }
        &'kforge;edit;set;help;annotation'= {
        }
        &'kforge;edit;set;help;replicas'= {
        }
        &'kforge;edit;set;help;buildmetadata'= {
        }
        &'kforge;edit;set;help;configmap'= {
        }
        &'kforge;edit;set;help;secret'= {
        }
        &'kforge;edit;set;help;help'= {
        }
        &'kforge;edit;remove'= {
            cand -j 'Threads to use for parsing, transforming and writing (default: one per core)'
            cand --jobs 'Threads to use for parsing, transforming and writing (default: one per core)'
            cand --color 'Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never'
            cand -q 'Print only results and errors: no warnings, notes or progress'
            cand --quiet 'Print only results and errors: no warnings, notes or progress'
            cand -v 'Print more on stderr: what is done and how long it took (repeat for more: -vv)'
            cand --verbose 'Print more on stderr: what is done and how long it took (repeat for more: -vv)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand resource 'Removes resources (patterns match entries of the file)'
            cand component 'Removes components (patterns match entries of the file)'
            cand patch 'Removes a patch (same flags as `add patch`)'
            cand label 'Removes commonLabels (comma separated keys)'
            cand annotation 'Removes commonAnnotations (comma separated keys)'
            cand transformer 'Removes transformers (patterns match entries of the file)'
            cand configmap 'Removes configmap generator entries (comma separated names)'
            cand secret 'Removes secret generator entries (comma separated names)'
            cand buildmetadata 'Removes buildMetadata options (comma separated)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kforge;edit;remove;resource'= {
            cand -j 'Threads to use for parsing, transforming and writing (default: one per core)'
            cand --jobs 'Threads to use for parsing, transforming and writing (default: one per core)'
            cand --color 'Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never'
            cand -q 'Print only results and errors: no warnings, notes or progress'
            cand --quiet 'Print only results and errors: no warnings, notes or progress'
            cand -v 'Print more on stderr: what is done and how long it took (repeat for more: -vv)'
            cand --verbose 'Print more on stderr: what is done and how long it took (repeat for more: -vv)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kforge;edit;remove;component'= {
            cand -j 'Threads to use for parsing, transforming and writing (default: one per core)'
            cand --jobs 'Threads to use for parsing, transforming and writing (default: one per core)'
            cand --color 'Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never'
            cand -q 'Print only results and errors: no warnings, notes or progress'
            cand --quiet 'Print only results and errors: no warnings, notes or progress'
            cand -v 'Print more on stderr: what is done and how long it took (repeat for more: -vv)'
            cand --verbose 'Print more on stderr: what is done and how long it took (repeat for more: -vv)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kforge;edit;remove;patch'= {
            cand --path 'Path to the patch file. Cannot be used with --patch at the same time'
            cand --patch 'Literal string of patch content. Cannot be used with --path at the same time'
            cand --group 'API group in patch target'
            cand --version 'API version in patch target'
            cand --kind 'Resource kind in patch target'
            cand --name 'Resource name in patch target'
            cand --namespace 'Resource namespace in patch target'
            cand --annotation-selector 'annotationSelector in patch target'
            cand --label-selector 'labelSelector in patch target'
            cand -j 'Threads to use for parsing, transforming and writing (default: one per core)'
            cand --jobs 'Threads to use for parsing, transforming and writing (default: one per core)'
            cand --color 'Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never'
            cand -q 'Print only results and errors: no warnings, notes or progress'
            cand --quiet 'Print only results and errors: no warnings, notes or progress'
            cand -v 'Print more on stderr: what is done and how long it took (repeat for more: -vv)'
            cand --verbose 'Print more on stderr: what is done and how long it took (repeat for more: -vv)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kforge;edit;remove;label'= {
            cand -j 'Threads to use for parsing, transforming and writing (default: one per core)'
            cand --jobs 'Threads to use for parsing, transforming and writing (default: one per core)'
            cand --color 'Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never'
            cand -i 'ignore error if the given label doesn''t exist'
            cand --ignore-non-existence 'ignore error if the given label doesn''t exist'
            cand -q 'Print only results and errors: no warnings, notes or progress'
            cand --quiet 'Print only results and errors: no warnings, notes or progress'
            cand -v 'Print more on stderr: what is done and how long it took (repeat for more: -vv)'
            cand --verbose 'Print more on stderr: what is done and how long it took (repeat for more: -vv)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kforge;edit;remove;annotation'= {
            cand -j 'Threads to use for parsing, transforming and writing (default: one per core)'
            cand --jobs 'Threads to use for parsing, transforming and writing (default: one per core)'
            cand --color 'Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never'
            cand -i 'ignore error if the given annotation doesn''t exist'
            cand --ignore-non-existence 'ignore error if the given annotation doesn''t exist'
            cand -q 'Print only results and errors: no warnings, notes or progress'
            cand --quiet 'Print only results and errors: no warnings, notes or progress'
            cand -v 'Print more on stderr: what is done and how long it took (repeat for more: -vv)'
            cand --verbose 'Print more on stderr: what is done and how long it took (repeat for more: -vv)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kforge;edit;remove;transformer'= {
            cand -j 'Threads to use for parsing, transforming and writing (default: one per core)'
            cand --jobs 'Threads to use for parsing, transforming and writing (default: one per core)'
            cand --color 'Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never'
            cand -q 'Print only results and errors: no warnings, notes or progress'
            cand --quiet 'Print only results and errors: no warnings, notes or progress'
            cand -v 'Print more on stderr: what is done and how long it took (repeat for more: -vv)'
            cand --verbose 'Print more on stderr: what is done and how long it took (repeat for more: -vv)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kforge;edit;remove;configmap'= {
            cand --namespace 'Namespace to remove ConfigMap(s) from'
            cand -j 'Threads to use for parsing, transforming and writing (default: one per core)'
            cand --jobs 'Threads to use for parsing, transforming and writing (default: one per core)'
            cand --color 'Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never'
            cand -q 'Print only results and errors: no warnings, notes or progress'
            cand --quiet 'Print only results and errors: no warnings, notes or progress'
            cand -v 'Print more on stderr: what is done and how long it took (repeat for more: -vv)'
            cand --verbose 'Print more on stderr: what is done and how long it took (repeat for more: -vv)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kforge;edit;remove;secret'= {
            cand --namespace 'Namespace to remove Secret(s) from'
            cand -j 'Threads to use for parsing, transforming and writing (default: one per core)'
            cand --jobs 'Threads to use for parsing, transforming and writing (default: one per core)'
            cand --color 'Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never'
            cand -q 'Print only results and errors: no warnings, notes or progress'
            cand --quiet 'Print only results and errors: no warnings, notes or progress'
            cand -v 'Print more on stderr: what is done and how long it took (repeat for more: -vv)'
            cand --verbose 'Print more on stderr: what is done and how long it took (repeat for more: -vv)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kforge;edit;remove;buildmetadata'= {
            cand -j 'Threads to use for parsing, transforming and writing (default: one per core)'
            cand --jobs 'Threads to use for parsing, transforming and writing (default: one per core)'
            cand --color 'Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never'
            cand -q 'Print only results and errors: no warnings, notes or progress'
            cand --quiet 'Print only results and errors: no warnings, notes or progress'
            cand -v 'Print more on stderr: what is done and how long it took (repeat for more: -vv)'
            cand --verbose 'Print more on stderr: what is done and how long it took (repeat for more: -vv)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kforge;edit;remove;help'= {
            cand resource 'Removes resources (patterns match entries of the file)'
            cand component 'Removes components (patterns match entries of the file)'
            cand patch 'Removes a patch (same flags as `add patch`)'
            cand label 'Removes commonLabels (comma separated keys)'
            cand annotation 'Removes commonAnnotations (comma separated keys)'
            cand transformer 'Removes transformers (patterns match entries of the file)'
            cand configmap 'Removes configmap generator entries (comma separated names)'
            cand secret 'Removes secret generator entries (comma separated names)'
            cand buildmetadata 'Removes buildMetadata options (comma separated)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kforge;edit;remove;help;resource'= {
        }
        &'kforge;edit;remove;help;component'= {
        }
        &'kforge;edit;remove;help;patch'= {
        }
        &'kforge;edit;remove;help;label'= {
        }
        &'kforge;edit;remove;help;annotation'= {
        }
        &'kforge;edit;remove;help;transformer'= {
        }
        &'kforge;edit;remove;help;configmap'= {
        }
        &'kforge;edit;remove;help;secret'= {
        }
        &'kforge;edit;remove;help;buildmetadata'= {
        }
        &'kforge;edit;remove;help;help'= {
        }
        &'kforge;edit;fix'= {
            cand -j 'Threads to use for parsing, transforming and writing (default: one per core)'
            cand --jobs 'Threads to use for parsing, transforming and writing (default: one per core)'
            cand --color 'Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never'
            cand --vars 'Also convert vars to replacements (rewrites $(NAME) in the files they touch)'
            cand -q 'Print only results and errors: no warnings, notes or progress'
            cand --quiet 'Print only results and errors: no warnings, notes or progress'
            cand -v 'Print more on stderr: what is done and how long it took (repeat for more: -vv)'
            cand --verbose 'Print more on stderr: what is done and how long it took (repeat for more: -vv)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kforge;edit;alpha-list-builtin-plugin'= {
            cand -j 'Threads to use for parsing, transforming and writing (default: one per core)'
            cand --jobs 'Threads to use for parsing, transforming and writing (default: one per core)'
            cand --color 'Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never'
            cand -q 'Print only results and errors: no warnings, notes or progress'
            cand --quiet 'Print only results and errors: no warnings, notes or progress'
            cand -v 'Print more on stderr: what is done and how long it took (repeat for more: -vv)'
            cand --verbose 'Print more on stderr: what is done and how long it took (repeat for more: -vv)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kforge;edit;listbuiltin'= {
            cand -j 'Threads to use for parsing, transforming and writing (default: one per core)'
            cand --jobs 'Threads to use for parsing, transforming and writing (default: one per core)'
            cand --color 'Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never'
            cand -q 'Print only results and errors: no warnings, notes or progress'
            cand --quiet 'Print only results and errors: no warnings, notes or progress'
            cand -v 'Print more on stderr: what is done and how long it took (repeat for more: -vv)'
            cand --verbose 'Print more on stderr: what is done and how long it took (repeat for more: -vv)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kforge;edit;help'= {
            cand add 'Adds an item to the kustomization file'
            cand set 'Sets the value of different fields in the kustomization file'
            cand remove 'Removes items from the kustomization file'
            cand fix 'Fix the missing and deprecated fields in the kustomization file'
            cand alpha-list-builtin-plugin '[Alpha] List the builtin plugins'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kforge;edit;help;add'= {
            cand resource 'Add the name of a file containing a resource (globs expand; directories and URLs as given)'
            cand component 'Add the name of a file containing a component'
            cand base 'Adds one or more bases (comma separated) to the resources'
            cand patch 'Add an item to the patches field'
            cand configmap 'Adds a configmap generator entry'
            cand secret 'Adds a secret generator entry'
            cand label 'Adds one or more commonLabels (key:value)'
            cand annotation 'Adds one or more commonAnnotations (key:value)'
            cand transformer 'Add the name of a file containing a transformer configuration'
            cand generator 'Add the name of a file containing a generator configuration'
            cand buildmetadata 'Adds one or more buildMetadata options (comma separated)'
        }
        &'kforge;edit;help;add;resource'= {
        }
        &'kforge;edit;help;add;component'= {
        }
        &'kforge;edit;help;add;base'= {
        }
        &'kforge;edit;help;add;patch'= {
        }
        &'kforge;edit;help;add;configmap'= {
        }
        &'kforge;edit;help;add;secret'= {
        }
        &'kforge;edit;help;add;label'= {
        }
        &'kforge;edit;help;add;annotation'= {
        }
        &'kforge;edit;help;add;transformer'= {
        }
        &'kforge;edit;help;add;generator'= {
        }
        &'kforge;edit;help;add;buildmetadata'= {
        }
        &'kforge;edit;help;set'= {
            cand image 'Sets images and their new names, new tags or digests (NAME=NEWNAME:TAG@DIGEST, NAME:TAG, NAME@DIGEST, ...)'
            cand namespace 'Sets the value of the namespace field'
            cand nameprefix 'Sets the value of the namePrefix field'
            cand namesuffix 'Sets the value of the nameSuffix field'
            cand label 'Sets one or more commonLabels (key:value)'
            cand annotation 'Sets one or more commonAnnotations (key:value)'
            cand replicas 'Sets replicas count for resources (NAME=COUNT)'
            cand buildmetadata 'Sets the buildMetadata options (comma separated), replacing the present ones'
            cand configmap 'Edits the value of existing keys (or the namespace) of a configMapGenerator entry'
            cand secret 'Edits the value of existing keys (or the namespace) of a secretGenerator entry'
        }
        &'kforge;edit;help;set;image'= {
        }
        &'kforge;edit;help;set;namespace'= {
        }
        &'kforge;edit;help;set;nameprefix'= {
        }
        &'kforge;edit;help;set;namesuffix'= {
        }
        &'kforge;edit;help;set;label'= {
        }
        &'kforge;edit;help;set;annotation'= {
        }
        &'kforge;edit;help;set;replicas'= {
        }
        &'kforge;edit;help;set;buildmetadata'= {
        }
        &'kforge;edit;help;set;configmap'= {
        }
        &'kforge;edit;help;set;secret'= {
        }
        &'kforge;edit;help;remove'= {
            cand resource 'Removes resources (patterns match entries of the file)'
            cand component 'Removes components (patterns match entries of the file)'
            cand patch 'Removes a patch (same flags as `add patch`)'
            cand label 'Removes commonLabels (comma separated keys)'
            cand annotation 'Removes commonAnnotations (comma separated keys)'
            cand transformer 'Removes transformers (patterns match entries of the file)'
            cand configmap 'Removes configmap generator entries (comma separated names)'
            cand secret 'Removes secret generator entries (comma separated names)'
            cand buildmetadata 'Removes buildMetadata options (comma separated)'
        }
        &'kforge;edit;help;remove;resource'= {
        }
        &'kforge;edit;help;remove;component'= {
        }
        &'kforge;edit;help;remove;patch'= {
        }
        &'kforge;edit;help;remove;label'= {
        }
        &'kforge;edit;help;remove;annotation'= {
        }
        &'kforge;edit;help;remove;transformer'= {
        }
        &'kforge;edit;help;remove;configmap'= {
        }
        &'kforge;edit;help;remove;secret'= {
        }
        &'kforge;edit;help;remove;buildmetadata'= {
        }
        &'kforge;edit;help;fix'= {
        }
        &'kforge;edit;help;alpha-list-builtin-plugin'= {
        }
        &'kforge;edit;help;help'= {
        }
        &'kforge;create'= {
            cand --resources 'Name of a file containing a file to add to the kustomization file (comma separated, globs)'
            cand --namespace 'Set the value of the namespace field in the kustomization file'
            cand --annotations 'Add one or more common annotations (k:v,k2:v2)'
            cand --labels 'Add one or more common labels (k:v,k2:v2)'
            cand --nameprefix 'Sets the value of the namePrefix field in the kustomization file'
            cand --namesuffix 'Sets the value of the nameSuffix field in the kustomization file'
            cand -j 'Threads to use for parsing, transforming and writing (default: one per core)'
            cand --jobs 'Threads to use for parsing, transforming and writing (default: one per core)'
            cand --color 'Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never'
            cand --autodetect 'Search for kubernetes resources in the current directory to be added to the kustomization file'
            cand --recursive 'Enable recursive directory searching for resource auto-detection'
            cand -q 'Print only results and errors: no warnings, notes or progress'
            cand --quiet 'Print only results and errors: no warnings, notes or progress'
            cand -v 'Print more on stderr: what is done and how long it took (repeat for more: -vv)'
            cand --verbose 'Print more on stderr: what is done and how long it took (repeat for more: -vv)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kforge;init'= {
            cand --resources 'Name of a file containing a file to add to the kustomization file (comma separated, globs)'
            cand --namespace 'Set the value of the namespace field in the kustomization file'
            cand --annotations 'Add one or more common annotations (k:v,k2:v2)'
            cand --labels 'Add one or more common labels (k:v,k2:v2)'
            cand --nameprefix 'Sets the value of the namePrefix field in the kustomization file'
            cand --namesuffix 'Sets the value of the nameSuffix field in the kustomization file'
            cand -j 'Threads to use for parsing, transforming and writing (default: one per core)'
            cand --jobs 'Threads to use for parsing, transforming and writing (default: one per core)'
            cand --color 'Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never'
            cand --autodetect 'Search for kubernetes resources in the current directory to be added to the kustomization file'
            cand --recursive 'Enable recursive directory searching for resource auto-detection'
            cand -q 'Print only results and errors: no warnings, notes or progress'
            cand --quiet 'Print only results and errors: no warnings, notes or progress'
            cand -v 'Print more on stderr: what is done and how long it took (repeat for more: -vv)'
            cand --verbose 'Print more on stderr: what is done and how long it took (repeat for more: -vv)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kforge;localize'= {
            cand --scope 'Vendoring: directory localize may read from; DEST mirrors it (local targets only; default: TARGET)'
            cand --mirror 'Rewrite every image by this mirror map (docs/mirroring.md)'
            cand -o 'Where to write the localized target (a directory, or a .tgz for charts)'
            cand --output 'Where to write the localized target (a directory, or a .tgz for charts)'
            cand -f 'Filter a manifest stream instead: a file, or - for stdin; writes to stdout'
            cand --filename 'Filter a manifest stream instead: a file, or - for stdin; writes to stdout'
            cand --helm-command 'The helm binary (default: helm on PATH)'
            cand -j 'Threads to use for parsing, transforming and writing (default: one per core)'
            cand --jobs 'Threads to use for parsing, transforming and writing (default: one per core)'
            cand --color 'Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never'
            cand --no-verify 'Vendoring: do not build TARGET and DEST to check they give the same output'
            cand --verify 'Render the result and fail listing every image still outside the mirror'
            cand --enable-helm 'Render charts with a helm binary for --verify (runs an external program)'
            cand -q 'Print only results and errors: no warnings, notes or progress'
            cand --quiet 'Print only results and errors: no warnings, notes or progress'
            cand -v 'Print more on stderr: what is done and how long it took (repeat for more: -vv)'
            cand --verbose 'Print more on stderr: what is done and how long it took (repeat for more: -vv)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kforge;cfg'= {
            cand -j 'Threads to use for parsing, transforming and writing (default: one per core)'
            cand --jobs 'Threads to use for parsing, transforming and writing (default: one per core)'
            cand --color 'Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never'
            cand -q 'Print only results and errors: no warnings, notes or progress'
            cand --quiet 'Print only results and errors: no warnings, notes or progress'
            cand -v 'Print more on stderr: what is done and how long it took (repeat for more: -vv)'
            cand --verbose 'Print more on stderr: what is done and how long it took (repeat for more: -vv)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand count 'Count resources by kind in the YAML files of DIR (or stdin), like `kustomize cfg count`'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kforge;cfg;count'= {
            cand --kind 'count resources by kind'
            cand -j 'Threads to use for parsing, transforming and writing (default: one per core)'
            cand --jobs 'Threads to use for parsing, transforming and writing (default: one per core)'
            cand --color 'Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never'
            cand -q 'Print only results and errors: no warnings, notes or progress'
            cand --quiet 'Print only results and errors: no warnings, notes or progress'
            cand -v 'Print more on stderr: what is done and how long it took (repeat for more: -vv)'
            cand --verbose 'Print more on stderr: what is done and how long it took (repeat for more: -vv)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kforge;cfg;help'= {
            cand count 'Count resources by kind in the YAML files of DIR (or stdin), like `kustomize cfg count`'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kforge;cfg;help;count'= {
        }
        &'kforge;cfg;help;help'= {
        }
        &'kforge;version'= {
            cand -j 'Threads to use for parsing, transforming and writing (default: one per core)'
            cand --jobs 'Threads to use for parsing, transforming and writing (default: one per core)'
            cand --color 'Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never'
            cand -q 'Print only results and errors: no warnings, notes or progress'
            cand --quiet 'Print only results and errors: no warnings, notes or progress'
            cand -v 'Print more on stderr: what is done and how long it took (repeat for more: -vv)'
            cand --verbose 'Print more on stderr: what is done and how long it took (repeat for more: -vv)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kforge;completion'= {
            cand --dir 'Write the scripts for every shell (kforge.bash, kforge.zsh, kforge.fish, kforge.elv, kforge.ps1) into this directory instead'
            cand -j 'Threads to use for parsing, transforming and writing (default: one per core)'
            cand --jobs 'Threads to use for parsing, transforming and writing (default: one per core)'
            cand --color 'Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never'
            cand -q 'Print only results and errors: no warnings, notes or progress'
            cand --quiet 'Print only results and errors: no warnings, notes or progress'
            cand -v 'Print more on stderr: what is done and how long it took (repeat for more: -vv)'
            cand --verbose 'Print more on stderr: what is done and how long it took (repeat for more: -vv)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kforge;completions'= {
            cand --dir 'Write the scripts for every shell (kforge.bash, kforge.zsh, kforge.fish, kforge.elv, kforge.ps1) into this directory instead'
            cand -j 'Threads to use for parsing, transforming and writing (default: one per core)'
            cand --jobs 'Threads to use for parsing, transforming and writing (default: one per core)'
            cand --color 'Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never'
            cand -q 'Print only results and errors: no warnings, notes or progress'
            cand --quiet 'Print only results and errors: no warnings, notes or progress'
            cand -v 'Print more on stderr: what is done and how long it took (repeat for more: -vv)'
            cand --verbose 'Print more on stderr: what is done and how long it took (repeat for more: -vv)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kforge;images'= {
            cand -f 'Values files for rendering a chart (with --enable-helm)'
            cand --values 'Values files for rendering a chart (with --enable-helm)'
            cand --set 'Values for rendering a chart (key=value, as helm --set; with --enable-helm)'
            cand --format 'Output format'
            cand --allowed-registries 'Fail (exit 1) listing every image outside these registries (host or host/path, comma-separated)'
            cand --helm-command 'The helm binary (default: helm on PATH)'
            cand -j 'Threads to use for parsing, transforming and writing (default: one per core)'
            cand --jobs 'Threads to use for parsing, transforming and writing (default: one per core)'
            cand --color 'Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never'
            cand --enable-helm 'Render charts (and kustomizations'' helmCharts) with a helm binary (runs an external program)'
            cand -q 'Print only results and errors: no warnings, notes or progress'
            cand --quiet 'Print only results and errors: no warnings, notes or progress'
            cand -v 'Print more on stderr: what is done and how long it took (repeat for more: -vv)'
            cand --verbose 'Print more on stderr: what is done and how long it took (repeat for more: -vv)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kforge;mirror'= {
            cand -j 'Threads to use for parsing, transforming and writing (default: one per core)'
            cand --jobs 'Threads to use for parsing, transforming and writing (default: one per core)'
            cand --color 'Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never'
            cand -q 'Print only results and errors: no warnings, notes or progress'
            cand --quiet 'Print only results and errors: no warnings, notes or progress'
            cand -v 'Print more on stderr: what is done and how long it took (repeat for more: -vv)'
            cand --verbose 'Print more on stderr: what is done and how long it took (repeat for more: -vv)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand config 'Write container runtime mirror configuration from a mirror map'
            cand images 'Copy images (every platform, digests unchanged, signatures along) to a mirror registry'
            cand chart 'Mirror a chart and every image it needs; push the localized chart; write a lock file'
            cand status 'Compare upstream images with their mirror copies (HEAD and tag-list requests only); exit 3 when behind'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kforge;mirror;config'= {
            cand --mirror 'The mirror map'
            cand --format 'Runtime to configure'
            cand -o 'Write here (containerd: a directory like /etc/containerd/certs.d; cri-o: a file) instead of stdout'
            cand --output 'Write here (containerd: a directory like /etc/containerd/certs.d; cri-o: a file) instead of stdout'
            cand --registry 'Registries a "*" rule is also written for (besides the well-known public ones)'
            cand -j 'Threads to use for parsing, transforming and writing (default: one per core)'
            cand --jobs 'Threads to use for parsing, transforming and writing (default: one per core)'
            cand --color 'Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never'
            cand -q 'Print only results and errors: no warnings, notes or progress'
            cand --quiet 'Print only results and errors: no warnings, notes or progress'
            cand -v 'Print more on stderr: what is done and how long it took (repeat for more: -vv)'
            cand --verbose 'Print more on stderr: what is done and how long it took (repeat for more: -vv)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kforge;mirror;images'= {
            cand -f 'Image list (one IMAGE[:TAG|@DIGEST] per line, optional `semver=RANGE`, `regex=RE` or `latest=N`) or a mirror lock file'
            cand --filename 'Image list (one IMAGE[:TAG|@DIGEST] per line, optional `semver=RANGE`, `regex=RE` or `latest=N`) or a mirror lock file'
            cand --to 'Mirror registry and path prefix: images go to TO/<source host>/<source path> unless a --mirror rule matches'
            cand --mirror 'Mirror rule SOURCE_PREFIX=DEST_PREFIX, or a file of such lines (repeatable)'
            cand --plain-http-registry 'Use plain HTTP for this registry only (repeatable; --plain-http covers all)'
            cand --ca-file 'Trust this CA certificate (PEM) for registry TLS'
            cand --registry-config 'Docker config.json with registry credentials (default: $DOCKER_CONFIG/config.json or ~/.docker/config.json)'
            cand -u 'Registry user name (with --password or --password-stdin)'
            cand --username 'Registry user name (with --password or --password-stdin)'
            cand -p 'Registry password (prefer --password-stdin or `kforge registry login`)'
            cand --password 'Registry password (prefer --password-stdin or `kforge registry login`)'
            cand --chunk-size 'Blobs above this size are uploaded in resumable chunks (bytes; K, M, G suffixes)'
            cand -j 'Threads to use for parsing, transforming and writing (default: one per core)'
            cand --jobs 'Threads to use for parsing, transforming and writing (default: one per core)'
            cand --color 'Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never'
            cand --plain-http 'Talk plain HTTP to registries (no TLS)'
            cand --insecure-skip-tls-verify 'Do not verify registry TLS certificates'
            cand --password-stdin 'Read the registry password from standard input'
            cand --dry-run 'Print the plan without copying anything'
            cand --no-artifacts 'Leave signatures, attestations, SBOMs and referrers behind'
            cand -q 'Print only results and errors: no warnings, notes or progress'
            cand --quiet 'Print only results and errors: no warnings, notes or progress'
            cand -v 'Print more on stderr: what is done and how long it took (repeat for more: -vv)'
            cand --verbose 'Print more on stderr: what is done and how long it took (repeat for more: -vv)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kforge;mirror;chart'= {
            cand --version 'Version or range'
            cand --to 'Where the localized chart goes: oci://MIRROR/NAMESPACE'
            cand --mirror 'The mirror map (kind: MirrorMap) saying where each registry''s images go'
            cand --lock 'Lock file to write (images with source, destination, digests, where found)'
            cand --helm-command 'The helm binary for --enable-helm'
            cand --chunk-size 'Blobs above this size are uploaded in resumable chunks (bytes; K, M, G suffixes)'
            cand --plain-http-registry 'Use plain HTTP for this registry only (repeatable)'
            cand --ca-file 'Trust this CA certificate (PEM) for registry TLS'
            cand --registry-config 'Docker config.json with registry credentials (default: $DOCKER_CONFIG/config.json or ~/.docker/config.json)'
            cand -u 'Registry user name (with --password or --password-stdin)'
            cand --username 'Registry user name (with --password or --password-stdin)'
            cand -p 'Registry password (prefer --password-stdin or `kforge registry login`)'
            cand --password 'Registry password (prefer --password-stdin or `kforge registry login`)'
            cand -j 'Threads to use for parsing, transforming and writing (default: one per core)'
            cand --jobs 'Threads to use for parsing, transforming and writing (default: one per core)'
            cand --color 'Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never'
            cand --enable-helm 'Render charts that need helm with this helm binary to find images (runs helm)'
            cand --dry-run 'Print the plan without copying or pushing anything'
            cand --no-artifacts 'Leave signatures, attestations, SBOMs and referrers behind'
            cand --plain-http 'Talk plain HTTP to registries (no TLS)'
            cand --insecure-skip-tls-verify 'Do not verify registry TLS certificates'
            cand --password-stdin 'Read the registry password from standard input'
            cand -q 'Print only results and errors: no warnings, notes or progress'
            cand --quiet 'Print only results and errors: no warnings, notes or progress'
            cand -v 'Print more on stderr: what is done and how long it took (repeat for more: -vv)'
            cand --verbose 'Print more on stderr: what is done and how long it took (repeat for more: -vv)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kforge;mirror;status'= {
            cand -f 'Image list or mirror lock file'
            cand --filename 'Image list or mirror lock file'
            cand --to 'Mirror registry and path prefix: images go to TO/<source host>/<source path> unless a --mirror rule matches'
            cand --mirror 'Mirror rule SOURCE_PREFIX=DEST_PREFIX, or a file of such lines (repeatable)'
            cand --plain-http-registry 'Use plain HTTP for this registry only (repeatable; --plain-http covers all)'
            cand --ca-file 'Trust this CA certificate (PEM) for registry TLS'
            cand --registry-config 'Docker config.json with registry credentials (default: $DOCKER_CONFIG/config.json or ~/.docker/config.json)'
            cand -u 'Registry user name (with --password or --password-stdin)'
            cand --username 'Registry user name (with --password or --password-stdin)'
            cand -p 'Registry password (prefer --password-stdin or `kforge registry login`)'
            cand --password 'Registry password (prefer --password-stdin or `kforge registry login`)'
            cand -j 'Threads to use for parsing, transforming and writing (default: one per core)'
            cand --jobs 'Threads to use for parsing, transforming and writing (default: one per core)'
            cand --color 'Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never'
            cand --plain-http 'Talk plain HTTP to registries (no TLS)'
            cand --insecure-skip-tls-verify 'Do not verify registry TLS certificates'
            cand --password-stdin 'Read the registry password from standard input'
            cand -q 'Print only results and errors: no warnings, notes or progress'
            cand --quiet 'Print only results and errors: no warnings, notes or progress'
            cand -v 'Print more on stderr: what is done and how long it took (repeat for more: -vv)'
            cand --verbose 'Print more on stderr: what is done and how long it took (repeat for more: -vv)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kforge;mirror;help'= {
            cand config 'Write container runtime mirror configuration from a mirror map'
            cand images 'Copy images (every platform, digests unchanged, signatures along) to a mirror registry'
            cand chart 'Mirror a chart and every image it needs; push the localized chart; write a lock file'
            cand status 'Compare upstream images with their mirror copies (HEAD and tag-list requests only); exit 3 when behind'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kforge;mirror;help;config'= {
        }
        &'kforge;mirror;help;images'= {
        }
        &'kforge;mirror;help;chart'= {
        }
        &'kforge;mirror;help;status'= {
        }
        &'kforge;mirror;help;help'= {
        }
        &'kforge;diff'= {
            cand --format 'Output format'
            cand -j 'Threads to use for parsing, transforming and writing (default: one per core)'
            cand --jobs 'Threads to use for parsing, transforming and writing (default: one per core)'
            cand --color 'Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never'
            cand -q 'Print only results and errors: no warnings, notes or progress'
            cand --quiet 'Print only results and errors: no warnings, notes or progress'
            cand -v 'Print more on stderr: what is done and how long it took (repeat for more: -vv)'
            cand --verbose 'Print more on stderr: what is done and how long it took (repeat for more: -vv)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kforge;template'= {
            cand -f 'Values file(s), merged in order (later wins)'
            cand --values 'Values file(s), merged in order (later wins)'
            cand --set 'Set values (`a.b=1,c={x,y}`), typed as Helm types them'
            cand --set-string 'Set string values'
            cand --set-json 'Set JSON values (`a={"b":1}`)'
            cand --set-file 'Set values from files (`key=path`)'
            cand --set-literal 'Set a literal string value (`key=rest,taken raw`)'
            cand -n 'Namespace of the release'
            cand --namespace 'Namespace of the release'
            cand --kube-version 'Kubernetes version for Capabilities.KubeVersion (default v1.35.0)'
            cand -a 'Extra API versions for Capabilities.APIVersions'
            cand --api-versions 'Extra API versions for Capabilities.APIVersions'
            cand -s 'Only print documents from these templates (glob, relative to the chart: templates/x.yaml)'
            cand --show-only 'Only print documents from these templates (glob, relative to the chart: templates/x.yaml)'
            cand --output-dir 'Write the documents into this directory instead of stdout'
            cand --mirror 'Rewrite every image of the output to a regional mirror by this mirror map (docs/mirroring.md)'
            cand --seed 'Seed for random template functions (randAlphaNum, genCA, ...): the same seed gives the same output (not secret!)'
            cand -j 'Threads to use for parsing, transforming and writing (default: one per core)'
            cand --jobs 'Threads to use for parsing, transforming and writing (default: one per core)'
            cand --color 'Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never'
            cand --force-namespace 'Also set metadata.namespace on namespaced objects that have none (Helm leaves it unset)'
            cand --include-crds 'Print the CRDs of crds/ folders first'
            cand --no-hooks 'Leave hooks out'
            cand --skip-tests 'Leave test hooks out'
            cand --strict 'Undefined values are errors'
            cand --skip-schema-validation 'Do not validate values against values.schema.json'
            cand --is-upgrade 'Render as an upgrade (Release.IsUpgrade)'
            cand -q 'Print only results and errors: no warnings, notes or progress'
            cand --quiet 'Print only results and errors: no warnings, notes or progress'
            cand -v 'Print more on stderr: what is done and how long it took (repeat for more: -vv)'
            cand --verbose 'Print more on stderr: what is done and how long it took (repeat for more: -vv)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kforge;chart'= {
            cand -j 'Threads to use for parsing, transforming and writing (default: one per core)'
            cand --jobs 'Threads to use for parsing, transforming and writing (default: one per core)'
            cand --color 'Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never'
            cand -q 'Print only results and errors: no warnings, notes or progress'
            cand --quiet 'Print only results and errors: no warnings, notes or progress'
            cand -v 'Print more on stderr: what is done and how long it took (repeat for more: -vv)'
            cand --verbose 'Print more on stderr: what is done and how long it took (repeat for more: -vv)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand create 'Create a starter kforge chart (the objects `helm create` makes, templates in minijinja)'
            cand lint 'Check a chart: Chart.yaml, values against the schema, templates, rendered objects'
            cand package 'Package a chart into a byte-reproducible NAME-VERSION.tgz'
            cand dependency 'Vendor a chart''s dependencies into charts/ and write Chart.lock'
            cand schema 'Write values.schema.json inferred from values.yaml'
            cand index 'Write index.yaml for a folder of chart packages (like `helm repo index`)'
            cand push 'Push a chart archive to an OCI registry (as `helm push`)'
            cand pull 'Download a chart from an OCI registry or an HTTP chart repository (as `helm pull`)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kforge;chart;create'= {
            cand -j 'Threads to use for parsing, transforming and writing (default: one per core)'
            cand --jobs 'Threads to use for parsing, transforming and writing (default: one per core)'
            cand --color 'Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never'
            cand -q 'Print only results and errors: no warnings, notes or progress'
            cand --quiet 'Print only results and errors: no warnings, notes or progress'
            cand -v 'Print more on stderr: what is done and how long it took (repeat for more: -vv)'
            cand --verbose 'Print more on stderr: what is done and how long it took (repeat for more: -vv)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kforge;chart;lint'= {
            cand -f 'Values file(s), merged in order (later wins)'
            cand --values 'Values file(s), merged in order (later wins)'
            cand --set 'Set values (`a.b=1,c={x,y}`), typed as Helm types them'
            cand --set-string 'Set string values'
            cand --set-json 'Set JSON values (`a={"b":1}`)'
            cand --set-file 'Set values from files (`key=path`)'
            cand --set-literal 'Set a literal string value (`key=rest,taken raw`)'
            cand -n 'Namespace of the release the templates see'
            cand --namespace 'Namespace of the release the templates see'
            cand --kube-version 'Kubernetes version for Capabilities.KubeVersion'
            cand -j 'Threads to use for parsing, transforming and writing (default: one per core)'
            cand --jobs 'Threads to use for parsing, transforming and writing (default: one per core)'
            cand --color 'Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never'
            cand --strict 'Fail on warnings too'
            cand -q 'Print only results and errors: no warnings, notes or progress'
            cand --quiet 'Print only results and errors: no warnings, notes or progress'
            cand -v 'Print more on stderr: what is done and how long it took (repeat for more: -vv)'
            cand --verbose 'Print more on stderr: what is done and how long it took (repeat for more: -vv)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kforge;chart;package'= {
            cand -d 'Directory to write the archive to'
            cand --destination 'Directory to write the archive to'
            cand --version 'Set the chart''s version in the package'
            cand --app-version 'Set the chart''s appVersion in the package'
            cand -j 'Threads to use for parsing, transforming and writing (default: one per core)'
            cand --jobs 'Threads to use for parsing, transforming and writing (default: one per core)'
            cand --color 'Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never'
            cand -q 'Print only results and errors: no warnings, notes or progress'
            cand --quiet 'Print only results and errors: no warnings, notes or progress'
            cand -v 'Print more on stderr: what is done and how long it took (repeat for more: -vv)'
            cand --verbose 'Print more on stderr: what is done and how long it took (repeat for more: -vv)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kforge;chart;dependency'= {
            cand -j 'Threads to use for parsing, transforming and writing (default: one per core)'
            cand --jobs 'Threads to use for parsing, transforming and writing (default: one per core)'
            cand --color 'Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never'
            cand -q 'Print only results and errors: no warnings, notes or progress'
            cand --quiet 'Print only results and errors: no warnings, notes or progress'
            cand -v 'Print more on stderr: what is done and how long it took (repeat for more: -vv)'
            cand --verbose 'Print more on stderr: what is done and how long it took (repeat for more: -vv)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand update 'Resolve Chart.yaml''s dependencies (file://, http(s):// and oci:// repositories, archives in charts/), vendor them, write Chart.lock'
            cand build 'Vendor the versions Chart.lock pins (update when there is no lock)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kforge;chart;dependency;update'= {
            cand --ca-file 'Trust this CA certificate (PEM) for registry TLS'
            cand --registry-config 'Docker config.json with registry credentials (default: $DOCKER_CONFIG/config.json or ~/.docker/config.json)'
            cand -u 'Registry user name (with --password or --password-stdin)'
            cand --username 'Registry user name (with --password or --password-stdin)'
            cand -p 'Registry password (prefer --password-stdin or `kforge registry login`)'
            cand --password 'Registry password (prefer --password-stdin or `kforge registry login`)'
            cand -j 'Threads to use for parsing, transforming and writing (default: one per core)'
            cand --jobs 'Threads to use for parsing, transforming and writing (default: one per core)'
            cand --color 'Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never'
            cand --plain-http 'Talk plain HTTP to registries (no TLS)'
            cand --insecure-skip-tls-verify 'Do not verify registry TLS certificates'
            cand --password-stdin 'Read the registry password from standard input'
            cand -q 'Print only results and errors: no warnings, notes or progress'
            cand --quiet 'Print only results and errors: no warnings, notes or progress'
            cand -v 'Print more on stderr: what is done and how long it took (repeat for more: -vv)'
            cand --verbose 'Print more on stderr: what is done and how long it took (repeat for more: -vv)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kforge;chart;dependency;build'= {
            cand --ca-file 'Trust this CA certificate (PEM) for registry TLS'
            cand --registry-config 'Docker config.json with registry credentials (default: $DOCKER_CONFIG/config.json or ~/.docker/config.json)'
            cand -u 'Registry user name (with --password or --password-stdin)'
            cand --username 'Registry user name (with --password or --password-stdin)'
            cand -p 'Registry password (prefer --password-stdin or `kforge registry login`)'
            cand --password 'Registry password (prefer --password-stdin or `kforge registry login`)'
            cand -j 'Threads to use for parsing, transforming and writing (default: one per core)'
            cand --jobs 'Threads to use for parsing, transforming and writing (default: one per core)'
            cand --color 'Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never'
            cand --plain-http 'Talk plain HTTP to registries (no TLS)'
            cand --insecure-skip-tls-verify 'Do not verify registry TLS certificates'
            cand --password-stdin 'Read the registry password from standard input'
            cand -q 'Print only results and errors: no warnings, notes or progress'
            cand --quiet 'Print only results and errors: no warnings, notes or progress'
            cand -v 'Print more on stderr: what is done and how long it took (repeat for more: -vv)'
            cand --verbose 'Print more on stderr: what is done and how long it took (repeat for more: -vv)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kforge;chart;dependency;help'= {
            cand update 'Resolve Chart.yaml''s dependencies (file://, http(s):// and oci:// repositories, archives in charts/), vendor them, write Chart.lock'
            cand build 'Vendor the versions Chart.lock pins (update when there is no lock)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kforge;chart;dependency;help;update'= {
        }
        &'kforge;chart;dependency;help;build'= {
        }
        &'kforge;chart;dependency;help;help'= {
        }
        &'kforge;chart;schema'= {
            cand -j 'Threads to use for parsing, transforming and writing (default: one per core)'
            cand --jobs 'Threads to use for parsing, transforming and writing (default: one per core)'
            cand --color 'Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never'
            cand --dry-run 'Print the schema instead of writing values.schema.json'
            cand -q 'Print only results and errors: no warnings, notes or progress'
            cand --quiet 'Print only results and errors: no warnings, notes or progress'
            cand -v 'Print more on stderr: what is done and how long it took (repeat for more: -vv)'
            cand --verbose 'Print more on stderr: what is done and how long it took (repeat for more: -vv)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kforge;chart;index'= {
            cand --url 'URL of the folder, prefixed to each package''s file name'
            cand --merge 'Merge into this existing index (its entries are kept unless the folder has the same version)'
            cand -j 'Threads to use for parsing, transforming and writing (default: one per core)'
            cand --jobs 'Threads to use for parsing, transforming and writing (default: one per core)'
            cand --color 'Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never'
            cand -q 'Print only results and errors: no warnings, notes or progress'
            cand --quiet 'Print only results and errors: no warnings, notes or progress'
            cand -v 'Print more on stderr: what is done and how long it took (repeat for more: -vv)'
            cand --verbose 'Print more on stderr: what is done and how long it took (repeat for more: -vv)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kforge;chart;push'= {
            cand --ca-file 'Trust this CA certificate (PEM) for registry TLS'
            cand --registry-config 'Docker config.json with registry credentials (default: $DOCKER_CONFIG/config.json or ~/.docker/config.json)'
            cand -u 'Registry user name (with --password or --password-stdin)'
            cand --username 'Registry user name (with --password or --password-stdin)'
            cand -p 'Registry password (prefer --password-stdin or `kforge registry login`)'
            cand --password 'Registry password (prefer --password-stdin or `kforge registry login`)'
            cand -j 'Threads to use for parsing, transforming and writing (default: one per core)'
            cand --jobs 'Threads to use for parsing, transforming and writing (default: one per core)'
            cand --color 'Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never'
            cand --plain-http 'Talk plain HTTP to registries (no TLS)'
            cand --insecure-skip-tls-verify 'Do not verify registry TLS certificates'
            cand --password-stdin 'Read the registry password from standard input'
            cand -q 'Print only results and errors: no warnings, notes or progress'
            cand --quiet 'Print only results and errors: no warnings, notes or progress'
            cand -v 'Print more on stderr: what is done and how long it took (repeat for more: -vv)'
            cand --verbose 'Print more on stderr: what is done and how long it took (repeat for more: -vv)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kforge;chart;pull'= {
            cand --version 'Version or range (`1.2.3`, `~1.2`, `>=1 <2`); default: the highest release'
            cand -d 'Directory to write to'
            cand --destination 'Directory to write to'
            cand --ca-file 'Trust this CA certificate (PEM) for registry TLS'
            cand --registry-config 'Docker config.json with registry credentials (default: $DOCKER_CONFIG/config.json or ~/.docker/config.json)'
            cand -u 'Registry user name (with --password or --password-stdin)'
            cand --username 'Registry user name (with --password or --password-stdin)'
            cand -p 'Registry password (prefer --password-stdin or `kforge registry login`)'
            cand --password 'Registry password (prefer --password-stdin or `kforge registry login`)'
            cand -j 'Threads to use for parsing, transforming and writing (default: one per core)'
            cand --jobs 'Threads to use for parsing, transforming and writing (default: one per core)'
            cand --color 'Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never'
            cand --untar 'Unpack the chart into DIR/<name> instead of saving the archive'
            cand --prov 'Also save the provenance file (.prov) when the chart has one'
            cand --plain-http 'Talk plain HTTP to registries (no TLS)'
            cand --insecure-skip-tls-verify 'Do not verify registry TLS certificates'
            cand --password-stdin 'Read the registry password from standard input'
            cand -q 'Print only results and errors: no warnings, notes or progress'
            cand --quiet 'Print only results and errors: no warnings, notes or progress'
            cand -v 'Print more on stderr: what is done and how long it took (repeat for more: -vv)'
            cand --verbose 'Print more on stderr: what is done and how long it took (repeat for more: -vv)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kforge;chart;help'= {
            cand create 'Create a starter kforge chart (the objects `helm create` makes, templates in minijinja)'
            cand lint 'Check a chart: Chart.yaml, values against the schema, templates, rendered objects'
            cand package 'Package a chart into a byte-reproducible NAME-VERSION.tgz'
            cand dependency 'Vendor a chart''s dependencies into charts/ and write Chart.lock'
            cand schema 'Write values.schema.json inferred from values.yaml'
            cand index 'Write index.yaml for a folder of chart packages (like `helm repo index`)'
            cand push 'Push a chart archive to an OCI registry (as `helm push`)'
            cand pull 'Download a chart from an OCI registry or an HTTP chart repository (as `helm pull`)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kforge;chart;help;create'= {
        }
        &'kforge;chart;help;lint'= {
        }
        &'kforge;chart;help;package'= {
        }
        &'kforge;chart;help;dependency'= {
            cand update 'Resolve Chart.yaml''s dependencies (file://, http(s):// and oci:// repositories, archives in charts/), vendor them, write Chart.lock'
            cand build 'Vendor the versions Chart.lock pins (update when there is no lock)'
        }
        &'kforge;chart;help;dependency;update'= {
        }
        &'kforge;chart;help;dependency;build'= {
        }
        &'kforge;chart;help;schema'= {
        }
        &'kforge;chart;help;index'= {
        }
        &'kforge;chart;help;push'= {
        }
        &'kforge;chart;help;pull'= {
        }
        &'kforge;chart;help;help'= {
        }
        &'kforge;registry'= {
            cand -j 'Threads to use for parsing, transforming and writing (default: one per core)'
            cand --jobs 'Threads to use for parsing, transforming and writing (default: one per core)'
            cand --color 'Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never'
            cand -q 'Print only results and errors: no warnings, notes or progress'
            cand --quiet 'Print only results and errors: no warnings, notes or progress'
            cand -v 'Print more on stderr: what is done and how long it took (repeat for more: -vv)'
            cand --verbose 'Print more on stderr: what is done and how long it took (repeat for more: -vv)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand login 'Check credentials against a registry and store them in the docker config'
            cand logout 'Remove stored credentials for a registry'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kforge;registry;login'= {
            cand -u 'Registry user name'
            cand --username 'Registry user name'
            cand -p 'Password (visible to other users of the machine; prefer --password-stdin)'
            cand --password 'Password (visible to other users of the machine; prefer --password-stdin)'
            cand --ca-file 'Trust this CA certificate (PEM) for registry TLS'
            cand --registry-config 'Docker config.json to write (default: $DOCKER_CONFIG/config.json or ~/.docker/config.json)'
            cand -j 'Threads to use for parsing, transforming and writing (default: one per core)'
            cand --jobs 'Threads to use for parsing, transforming and writing (default: one per core)'
            cand --color 'Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never'
            cand --password-stdin 'Read the password from standard input'
            cand --plain-http 'Talk plain HTTP to the registry (no TLS)'
            cand --insecure-skip-tls-verify 'Do not verify registry TLS certificates'
            cand -q 'Print only results and errors: no warnings, notes or progress'
            cand --quiet 'Print only results and errors: no warnings, notes or progress'
            cand -v 'Print more on stderr: what is done and how long it took (repeat for more: -vv)'
            cand --verbose 'Print more on stderr: what is done and how long it took (repeat for more: -vv)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kforge;registry;logout'= {
            cand --registry-config 'Docker config.json to change (default: $DOCKER_CONFIG/config.json or ~/.docker/config.json)'
            cand -j 'Threads to use for parsing, transforming and writing (default: one per core)'
            cand --jobs 'Threads to use for parsing, transforming and writing (default: one per core)'
            cand --color 'Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never'
            cand -q 'Print only results and errors: no warnings, notes or progress'
            cand --quiet 'Print only results and errors: no warnings, notes or progress'
            cand -v 'Print more on stderr: what is done and how long it took (repeat for more: -vv)'
            cand --verbose 'Print more on stderr: what is done and how long it took (repeat for more: -vv)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kforge;registry;help'= {
            cand login 'Check credentials against a registry and store them in the docker config'
            cand logout 'Remove stored credentials for a registry'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kforge;registry;help;login'= {
        }
        &'kforge;registry;help;logout'= {
        }
        &'kforge;registry;help;help'= {
        }
        &'kforge;man'= {
            cand --dir 'Write every page (kforge.1, kforge-build.1, kforge-chart-push.1, ...) into this directory instead'
            cand -j 'Threads to use for parsing, transforming and writing (default: one per core)'
            cand --jobs 'Threads to use for parsing, transforming and writing (default: one per core)'
            cand --color 'Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never'
            cand -q 'Print only results and errors: no warnings, notes or progress'
            cand --quiet 'Print only results and errors: no warnings, notes or progress'
            cand -v 'Print more on stderr: what is done and how long it took (repeat for more: -vv)'
            cand --verbose 'Print more on stderr: what is done and how long it took (repeat for more: -vv)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'kforge;help'= {
            cand build 'Build a kustomization directory and print the resources (like `kustomize build`)'
            cand edit 'Change the kustomization file in the current directory (like `kustomize edit`)'
            cand create 'Create a kustomization.yaml in the current directory (like `kustomize create`)'
            cand localize 'Vendor a kustomization into a new directory (like `kustomize localize`), or, with --mirror, rewrite every image to a regional mirror'
            cand cfg 'Read resource files (like `kustomize cfg`): count'
            cand version 'Print the version, the commit, and the kustomize and Helm versions kforge matches'
            cand completion 'Print a shell completion script (bash, zsh, fish, elvish, powershell)'
            cand images 'List every container image with where it came from (a CI gate with --allowed-registries)'
            cand mirror 'Mirror images (and charts) to another registry, check mirrors are current, runtime mirror configuration'
            cand diff 'Compare two renders (files, directories or -) by resource id; exit 3 when they differ'
            cand template 'Render a chart (like `helm template`)'
            cand chart 'Create, lint, package and index charts'
            cand registry 'Log in to and out of container registries'
            cand man 'Print a manual page (roff): kforge(1), or kforge-SUBCOMMAND(1) (nested: kforge man chart push)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kforge;help;build'= {
        }
        &'kforge;help;edit'= {
            cand add 'Adds an item to the kustomization file'
            cand set 'Sets the value of different fields in the kustomization file'
            cand remove 'Removes items from the kustomization file'
            cand fix 'Fix the missing and deprecated fields in the kustomization file'
            cand alpha-list-builtin-plugin '[Alpha] List the builtin plugins'
        }
        &'kforge;help;edit;add'= {
            cand resource 'Add the name of a file containing a resource (globs expand; directories and URLs as given)'
            cand component 'Add the name of a file containing a component'
            cand base 'Adds one or more bases (comma separated) to the resources'
            cand patch 'Add an item to the patches field'
            cand configmap 'Adds a configmap generator entry'
            cand secret 'Adds a secret generator entry'
            cand label 'Adds one or more commonLabels (key:value)'
            cand annotation 'Adds one or more commonAnnotations (key:value)'
            cand transformer 'Add the name of a file containing a transformer configuration'
            cand generator 'Add the name of a file containing a generator configuration'
            cand buildmetadata 'Adds one or more buildMetadata options (comma separated)'
        }
        &'kforge;help;edit;add;resource'= {
        }
        &'kforge;help;edit;add;component'= {
        }
        &'kforge;help;edit;add;base'= {
        }
        &'kforge;help;edit;add;patch'= {
        }
        &'kforge;help;edit;add;configmap'= {
        }
        &'kforge;help;edit;add;secret'= {
        }
        &'kforge;help;edit;add;label'= {
        }
        &'kforge;help;edit;add;annotation'= {
        }
        &'kforge;help;edit;add;transformer'= {
        }
        &'kforge;help;edit;add;generator'= {
        }
        &'kforge;help;edit;add;buildmetadata'= {
        }
        &'kforge;help;edit;set'= {
            cand image 'Sets images and their new names, new tags or digests (NAME=NEWNAME:TAG@DIGEST, NAME:TAG, NAME@DIGEST, ...)'
            cand namespace 'Sets the value of the namespace field'
            cand nameprefix 'Sets the value of the namePrefix field'
            cand namesuffix 'Sets the value of the nameSuffix field'
            cand label 'Sets one or more commonLabels (key:value)'
            cand annotation 'Sets one or more commonAnnotations (key:value)'
            cand replicas 'Sets replicas count for resources (NAME=COUNT)'
            cand buildmetadata 'Sets the buildMetadata options (comma separated), replacing the present ones'
            cand configmap 'Edits the value of existing keys (or the namespace) of a configMapGenerator entry'
            cand secret 'Edits the value of existing keys (or the namespace) of a secretGenerator entry'
        }
        &'kforge;help;edit;set;image'= {
        }
        &'kforge;help;edit;set;namespace'= {
        }
        &'kforge;help;edit;set;nameprefix'= {
        }
        &'kforge;help;edit;set;namesuffix'= {
        }
        &'kforge;help;edit;set;label'= {
        }
        &'kforge;help;edit;set;annotation'= {
        }
        &'kforge;help;edit;set;replicas'= {
        }
        &'kforge;help;edit;set;buildmetadata'= {
        }
        &'kforge;help;edit;set;configmap'= {
        }
        &'kforge;help;edit;set;secret'= {
        }
        &'kforge;help;edit;remove'= {
            cand resource 'Removes resources (patterns match entries of the file)'
            cand component 'Removes components (patterns match entries of the file)'
            cand patch 'Removes a patch (same flags as `add patch`)'
            cand label 'Removes commonLabels (comma separated keys)'
            cand annotation 'Removes commonAnnotations (comma separated keys)'
            cand transformer 'Removes transformers (patterns match entries of the file)'
            cand configmap 'Removes configmap generator entries (comma separated names)'
            cand secret 'Removes secret generator entries (comma separated names)'
            cand buildmetadata 'Removes buildMetadata options (comma separated)'
        }
        &'kforge;help;edit;remove;resource'= {
        }
        &'kforge;help;edit;remove;component'= {
        }
        &'kforge;help;edit;remove;patch'= {
        }
        &'kforge;help;edit;remove;label'= {
        }
        &'kforge;help;edit;remove;annotation'= {
        }
        &'kforge;help;edit;remove;transformer'= {
        }
        &'kforge;help;edit;remove;configmap'= {
        }
        &'kforge;help;edit;remove;secret'= {
        }
        &'kforge;help;edit;remove;buildmetadata'= {
        }
        &'kforge;help;edit;fix'= {
        }
        &'kforge;help;edit;alpha-list-builtin-plugin'= {
        }
        &'kforge;help;create'= {
        }
        &'kforge;help;localize'= {
        }
        &'kforge;help;cfg'= {
            cand count 'Count resources by kind in the YAML files of DIR (or stdin), like `kustomize cfg count`'
        }
        &'kforge;help;cfg;count'= {
        }
        &'kforge;help;version'= {
        }
        &'kforge;help;completion'= {
        }
        &'kforge;help;images'= {
        }
        &'kforge;help;mirror'= {
            cand config 'Write container runtime mirror configuration from a mirror map'
            cand images 'Copy images (every platform, digests unchanged, signatures along) to a mirror registry'
            cand chart 'Mirror a chart and every image it needs; push the localized chart; write a lock file'
            cand status 'Compare upstream images with their mirror copies (HEAD and tag-list requests only); exit 3 when behind'
        }
        &'kforge;help;mirror;config'= {
        }
        &'kforge;help;mirror;images'= {
        }
        &'kforge;help;mirror;chart'= {
        }
        &'kforge;help;mirror;status'= {
        }
        &'kforge;help;diff'= {
        }
        &'kforge;help;template'= {
        }
        &'kforge;help;chart'= {
            cand create 'Create a starter kforge chart (the objects `helm create` makes, templates in minijinja)'
            cand lint 'Check a chart: Chart.yaml, values against the schema, templates, rendered objects'
            cand package 'Package a chart into a byte-reproducible NAME-VERSION.tgz'
            cand dependency 'Vendor a chart''s dependencies into charts/ and write Chart.lock'
            cand schema 'Write values.schema.json inferred from values.yaml'
            cand index 'Write index.yaml for a folder of chart packages (like `helm repo index`)'
            cand push 'Push a chart archive to an OCI registry (as `helm push`)'
            cand pull 'Download a chart from an OCI registry or an HTTP chart repository (as `helm pull`)'
        }
        &'kforge;help;chart;create'= {
        }
        &'kforge;help;chart;lint'= {
        }
        &'kforge;help;chart;package'= {
        }
        &'kforge;help;chart;dependency'= {
            cand update 'Resolve Chart.yaml''s dependencies (file://, http(s):// and oci:// repositories, archives in charts/), vendor them, write Chart.lock'
            cand build 'Vendor the versions Chart.lock pins (update when there is no lock)'
        }
        &'kforge;help;chart;dependency;update'= {
        }
        &'kforge;help;chart;dependency;build'= {
        }
        &'kforge;help;chart;schema'= {
        }
        &'kforge;help;chart;index'= {
        }
        &'kforge;help;chart;push'= {
        }
        &'kforge;help;chart;pull'= {
        }
        &'kforge;help;registry'= {
            cand login 'Check credentials against a registry and store them in the docker config'
            cand logout 'Remove stored credentials for a registry'
        }
        &'kforge;help;registry;login'= {
        }
        &'kforge;help;registry;logout'= {
        }
        &'kforge;help;man'= {
        }
        &'kforge;help;help'= {
        }
    ]
    $completions[$command]
}
