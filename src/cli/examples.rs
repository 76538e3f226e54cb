//! The examples shown by `--help` (and in the manual pages) of every
//! command, kept in one table and attached to the clap command tree when it
//! is built ([`apply`]), so the argument definitions stay free of them.
//! A test checks every command has examples and every example parses.

/// (command path, examples): each example is (what it does, command line).
/// The path is the subcommand names after `kforge`, space separated; ""
/// is `kforge` itself.
pub const EXAMPLES: &[(&str, &[(&str, &str)])] = &[
    (
        "",
        &[
            ("Build a kustomization", "kforge build overlays/prod"),
            ("Render a chart", "kforge template my-release ./mychart -f values-prod.yaml"),
            ("List the images a render needs", "kforge images overlays/prod"),
            ("Install completions for bash", "kforge completion bash > ~/.local/share/bash-completion/completions/kforge"),
        ],
    ),
    (
        "build",
        &[
            ("Print the resources of a kustomization", "kforge build overlays/prod"),
            ("Write one file per resource into a directory", "kforge build overlays/prod -o rendered/"),
            ("Keep the order resources were loaded in", "kforge build . --reorder none"),
            ("Inflate helmCharts with a helm binary", "kforge build overlays/prod --enable-helm --helm-command /usr/local/bin/helm"),
            ("Rewrite every image to a regional mirror", "kforge build overlays/prod --mirror mirrors/eu.yaml"),
            ("Use two threads and print no warnings", "kforge build overlays/prod -j 2 --quiet"),
        ],
    ),
    (
        "edit",
        &[
            ("Add resources to kustomization.yaml in the current directory", "kforge edit add resource deployment.yaml service.yaml"),
            ("Pin an image", "kforge edit set image nginx=registry.example.com/nginx:1.27"),
        ],
    ),
    (
        "edit add",
        &[
            ("Add resource files (globs expand)", "kforge edit add resource '*.yaml'"),
            ("Add a ConfigMap generator", "kforge edit add configmap settings --from-literal=mode=prod"),
        ],
    ),
    ("edit add resource", &[("Add files and a base directory", "kforge edit add resource deployment.yaml ../base")]),
    ("edit add component", &[("Add a component", "kforge edit add component ../components/monitoring")]),
    ("edit add base", &[("Add bases (comma separated) as resources", "kforge edit add base ../base,../common")]),
    (
        "edit add patch",
        &[
            ("Patch every Deployment named web with a file", "kforge edit add patch --path patch.yaml --kind Deployment --name web"),
            ("Add an inline patch", "kforge edit add patch --patch '[{\"op\": \"replace\", \"path\": \"/spec/replicas\", \"value\": 3}]' --kind Deployment"),
        ],
    ),
    (
        "edit add configmap",
        &[
            ("Generate a ConfigMap from literals and a file", "kforge edit add configmap settings --from-literal=mode=prod --from-file=app.properties"),
            ("Generate it from an env file, without the name hash", "kforge edit add configmap env --from-env-file=.env --disableNameSuffixHash"),
        ],
    ),
    (
        "edit add secret",
        &[
            ("Generate an Opaque Secret from an env file", "kforge edit add secret creds --from-env-file=.env"),
            ("Generate a TLS Secret", "kforge edit add secret tls --from-file=tls.crt --from-file=tls.key --type=kubernetes.io/tls"),
        ],
    ),
    (
        "edit add label",
        &[
            ("Add commonLabels", "kforge edit add label app:web,tier:frontend"),
            ("Add labels that stay out of selectors", "kforge edit add label team:shop --without-selector --include-templates"),
        ],
    ),
    ("edit add annotation", &[("Add commonAnnotations", "kforge edit add annotation owner:shop-team,oncall:shop-pager")]),
    ("edit add transformer", &[("Add a transformer configuration", "kforge edit add transformer transformers/labels.yaml")]),
    ("edit add generator", &[("Add a generator configuration", "kforge edit add generator generators/secret.yaml")]),
    ("edit add buildmetadata", &[("Record origins and the managed-by label", "kforge edit add buildmetadata originAnnotations,managedByLabel")]),
    (
        "edit set",
        &[
            ("Set the namespace", "kforge edit set namespace staging"),
            ("Set replicas", "kforge edit set replicas web=3"),
        ],
    ),
    (
        "edit set image",
        &[
            ("Move an image to another registry and tag", "kforge edit set image nginx=registry.example.com/nginx:1.27"),
            ("Change only the tag ('*' keeps the rest)", "kforge edit set image app=*:v2"),
        ],
    ),
    ("edit set namespace", &[("Set the namespace field", "kforge edit set namespace staging")]),
    ("edit set nameprefix", &[("Prefix every name", "kforge edit set nameprefix acme-")]),
    ("edit set namesuffix", &[("Suffix every name", "kforge edit set namesuffix -v2")]),
    ("edit set label", &[("Set commonLabels (replacing values of the same keys)", "kforge edit set label app:web")]),
    ("edit set annotation", &[("Set commonAnnotations", "kforge edit set annotation owner:shop-team")]),
    ("edit set replicas", &[("Set the replicas of two workloads", "kforge edit set replicas web=3 worker=2")]),
    ("edit set buildmetadata", &[("Replace the buildMetadata options", "kforge edit set buildmetadata originAnnotations")]),
    ("edit set configmap", &[("Change a key of a ConfigMap generator", "kforge edit set configmap settings --from-literal=mode=debug")]),
    ("edit set secret", &[("Move a Secret generator to another namespace", "kforge edit set secret creds --new-namespace payments")]),
    (
        "edit remove",
        &[
            ("Remove resources matching a pattern", "kforge edit remove resource 'extra/*'"),
            ("Remove ConfigMap generators", "kforge edit remove configmap settings,old"),
        ],
    ),
    ("edit remove resource", &[("Remove resources matching a pattern", "kforge edit remove resource 'extra/*'")]),
    ("edit remove component", &[("Remove a component", "kforge edit remove component ../components/monitoring")]),
    ("edit remove patch", &[("Remove the patch added from a file", "kforge edit remove patch --path patch.yaml")]),
    ("edit remove label", &[("Remove commonLabels by key", "kforge edit remove label tier,team")]),
    ("edit remove annotation", &[("Remove commonAnnotations by key", "kforge edit remove annotation oncall")]),
    ("edit remove transformer", &[("Remove transformers matching a pattern", "kforge edit remove transformer 'transformers/*'")]),
    ("edit remove configmap", &[("Remove ConfigMap generators", "kforge edit remove configmap settings,old")]),
    ("edit remove secret", &[("Remove a Secret generator", "kforge edit remove secret creds")]),
    ("edit remove buildmetadata", &[("Stop recording origins", "kforge edit remove buildmetadata originAnnotations")]),
    (
        "edit fix",
        &[
            ("Rewrite deprecated fields (bases, patchesStrategicMerge, ...)", "kforge edit fix"),
            ("Also turn vars into replacements", "kforge edit fix --vars"),
        ],
    ),
    ("edit alpha-list-builtin-plugin", &[("List the built-in plugins", "kforge edit alpha-list-builtin-plugin")]),
    (
        "create",
        &[
            ("Create a kustomization.yaml listing the resources found here", "kforge create --autodetect"),
            ("Create one with resources, a namespace and a prefix", "kforge create --resources deployment.yaml,service.yaml --namespace shop --nameprefix shop-"),
        ],
    ),
    (
        "localize",
        &[
            ("Vendor a kustomization and everything it references", "kforge localize overlays/prod localized-prod"),
            ("Rewrite every image of a chart to a mirror and check the result", "kforge localize ./mychart --mirror mirrors/eu.yaml -o mychart-eu --verify"),
            ("Filter a manifest stream through a mirror map", "kforge localize -f all.yaml --mirror mirrors/eu.yaml"),
        ],
    ),
    ("cfg", &[("Count resources by kind", "kforge cfg count overlays/prod")]),
    ("cfg count", &[("Count resources by kind in the YAML files of a directory", "kforge cfg count manifests/")]),
    ("version", &[("Print the version, commit and matched kustomize and Helm versions", "kforge version")]),
    (
        "completion",
        &[
            ("Print the bash completion script", "kforge completion bash"),
            ("Write the scripts for every shell into a directory", "kforge completion --dir completions"),
        ],
    ),
    (
        "images",
        &[
            ("List every image of a kustomization with where it came from", "kforge images overlays/prod"),
            ("Fail when an image is outside the allowed registries (a CI gate)", "kforge images overlays/prod --allowed-registries registry.example.com,ghcr.io/acme"),
            ("List the images of a chart as JSON", "kforge images ./mychart --format json"),
        ],
    ),
    (
        "mirror",
        &[
            ("Copy images to a mirror registry", "kforge mirror images -f images.txt --to mirror.example.com/hub"),
            ("Check the mirror is current (exit 3 when behind)", "kforge mirror status -f mirror-lock.yaml"),
        ],
    ),
    (
        "mirror config",
        &[
            ("Write containerd hosts.toml files", "kforge mirror config --mirror mirrors/eu.yaml --format containerd -o /etc/containerd/certs.d"),
            ("Print a CRI-O registries.conf", "kforge mirror config --mirror mirrors/eu.yaml --format cri-o"),
        ],
    ),
    (
        "mirror images",
        &[
            ("Copy the images listed in a file", "kforge mirror images -f images.txt --to mirror.example.com/hub"),
            ("Show the plan without copying", "kforge mirror images nginx:1.27 --to mirror.example.com/hub --dry-run"),
        ],
    ),
    (
        "mirror chart",
        &[
            ("Mirror a chart and its images, push the localized chart", "kforge mirror chart oci://registry.example.com/charts/web --version 1.2.3 --to oci://mirror.example.com/charts --mirror mirrors/eu.yaml"),
        ],
    ),
    (
        "mirror status",
        &[
            ("Compare a lock file's images with their mirror copies", "kforge mirror status -f mirror-lock.yaml"),
            ("Check images against a mirror, printing only what is behind", "kforge mirror status nginx:1.27 --to mirror.example.com/hub --quiet"),
        ],
    ),
    (
        "template",
        &[
            ("Render a chart", "kforge template ./mychart"),
            ("Render a release with values files and --set", "kforge template web ./mychart -f values-prod.yaml --set image.tag=1.2.3 -n shop"),
            ("Write one file per template", "kforge template web ./mychart --output-dir rendered/"),
        ],
    ),
    (
        "chart",
        &[
            ("Create a chart", "kforge chart create mychart"),
            ("Lint and package it", "kforge chart package mychart -d dist/"),
        ],
    ),
    ("chart create", &[("Create a starter chart in ./mychart", "kforge chart create mychart")]),
    (
        "chart lint",
        &[
            ("Lint a chart", "kforge chart lint mychart"),
            ("Lint with production values, failing on warnings", "kforge chart lint mychart -f values-prod.yaml --strict"),
        ],
    ),
    (
        "chart package",
        &[
            ("Package a chart into dist/", "kforge chart package mychart -d dist/"),
            ("Package with another version", "kforge chart package mychart --version 1.2.4 --app-version 2.0.0"),
        ],
    ),
    ("chart dependency", &[("Vendor dependencies and write Chart.lock", "kforge chart dependency update mychart")]),
    ("chart dependency update", &[("Resolve, vendor and lock dependencies", "kforge chart dependency update mychart")]),
    ("chart dependency build", &[("Vendor the versions Chart.lock pins", "kforge chart dependency build mychart")]),
    (
        "chart schema",
        &[
            ("Write values.schema.json from values.yaml", "kforge chart schema mychart"),
            ("Print the schema instead", "kforge chart schema mychart --dry-run"),
        ],
    ),
    ("chart index", &[("Index a folder of packages", "kforge chart index dist/ --url https://charts.example.com")]),
    ("chart push", &[("Push a package to an OCI registry", "kforge chart push dist/mychart-0.1.0.tgz oci://registry.example.com/charts")]),
    (
        "chart pull",
        &[
            ("Pull a chart from an OCI registry", "kforge chart pull oci://registry.example.com/charts/mychart --version 0.1.0"),
            ("Pull from an HTTP chart repository and unpack it", "kforge chart pull https://charts.example.com mychart --untar -d vendor/"),
        ],
    ),
    (
        "registry",
        &[("Log in with a password from stdin", "kforge registry login registry.example.com -u ci --password-stdin")],
    ),
    ("registry login", &[("Log in with a password from stdin", "kforge registry login registry.example.com -u ci --password-stdin")]),
    ("registry logout", &[("Forget the credentials of a registry", "kforge registry logout registry.example.com")]),
    (
        "man",
        &[
            ("Show the page of a nested command", "kforge man chart push"),
            ("Write every page into a directory", "kforge man --dir docs/man"),
        ],
    ),
];

/// The examples of the command at `path` ("" for kforge itself).
pub fn examples_for(path: &str) -> Option<&'static [(&'static str, &'static str)]> {
    EXAMPLES.iter().find(|(p, _)| *p == path).map(|(_, e)| *e)
}

/// The "Examples:" text for `path`, with `kforge` spelled as `bin_name`
/// (`kubectl kforge` for the kubectl plugin).
pub fn text(path: &str, bin_name: &str) -> Option<String> {
    let examples = examples_for(path)?;
    let mut s = String::from("Examples:\n");
    for (i, (what, line)) in examples.iter().enumerate() {
        if i > 0 {
            s.push('\n');
        }
        let line = line.strip_prefix("kforge").map(|rest| format!("{bin_name}{rest}")).unwrap_or(line.to_string());
        s.push_str(&format!("  # {what}\n  {line}\n"));
    }
    s.push_str("\nExit status: 0 ok, 1 error, 2 usage error, 3 differences found (docs/commands/README.md).");
    Some(s)
}

/// Attach the examples to `cmd` and every subcommand under it.
pub fn apply(cmd: clap::Command, bin_name: &str) -> clap::Command {
    apply_at(cmd, "", bin_name)
}

fn apply_at(mut cmd: clap::Command, path: &str, bin_name: &str) -> clap::Command {
    if let Some(t) = text(path, bin_name) {
        cmd = cmd.after_help(t);
    }
    let names: Vec<String> = cmd.get_subcommands().map(|s| s.get_name().to_string()).collect();
    for name in names {
        let sub_path = if path.is_empty() { name.clone() } else { format!("{path} {name}") };
        cmd = cmd.mut_subcommand(name.as_str(), |s| apply_at(s, &sub_path, bin_name));
    }
    cmd
}

/// Every command path of `cmd`'s tree ("" first), without clap's `help`.
pub fn command_paths(cmd: &clap::Command) -> Vec<String> {
    fn walk(cmd: &clap::Command, path: &str, out: &mut Vec<String>) {
        out.push(path.to_string());
        for s in cmd.get_subcommands().filter(|s| s.get_name() != "help") {
            let p = if path.is_empty() { s.get_name().to_string() } else { format!("{path} {}", s.get_name()) };
            walk(s, &p, out);
        }
    }
    let mut out = Vec::new();
    walk(cmd, "", &mut out);
    out
}
