//! `kforge edit ...` and `kforge create`: kustomize's arguments and flags.
use clap::{Args, Subcommand};

use crate::edit::{EditOp, GeneratorFlags, PatchArgs};

#[derive(Debug, Args)]
pub struct EditArgs {
    #[command(subcommand)]
    pub command: EditCommand,
}

#[derive(Debug, Subcommand)]
pub enum EditCommand {
    /// Adds an item to the kustomization file.
    #[command(subcommand)]
    Add(AddCommand),
    /// Sets the value of different fields in the kustomization file.
    #[command(subcommand)]
    Set(SetCommand),
    /// Removes items from the kustomization file.
    #[command(subcommand)]
    Remove(RemoveCommand),
    /// Fix the missing and deprecated fields in the kustomization file.
    Fix {
        /// Also convert vars to replacements (rewrites $(NAME) in the files they touch).
        #[arg(long)]
        vars: bool,
    },
    /// [Alpha] List the builtin plugins.
    #[command(name = "alpha-list-builtin-plugin", visible_alias = "listbuiltin")]
    ListBuiltin,
}

#[derive(Debug, Subcommand)]
pub enum SetCommand {
    /// Sets images and their new names, new tags or digests (NAME=NEWNAME:TAG@DIGEST, NAME:TAG, NAME@DIGEST, ...).
    Image { images: Vec<String> },
    /// Sets the value of the namespace field.
    Namespace { args: Vec<String> },
    /// Sets the value of the namePrefix field.
    Nameprefix {
        #[arg(allow_hyphen_values = true)]
        args: Vec<String>,
    },
    /// Sets the value of the nameSuffix field.
    Namesuffix {
        #[arg(allow_hyphen_values = true)]
        args: Vec<String>,
    },
    /// Sets one or more commonLabels (key:value).
    Label { args: Vec<String> },
    /// Sets one or more commonAnnotations (key:value).
    Annotation { args: Vec<String> },
    /// Sets replicas count for resources (NAME=COUNT).
    Replicas { args: Vec<String> },
    /// Sets the buildMetadata options (comma separated), replacing the present ones.
    Buildmetadata { args: Vec<String> },
    /// Edits the value of existing keys (or the namespace) of a configMapGenerator entry.
    Configmap(SetGeneratorArgs),
    /// Edits the value of existing keys (or the namespace) of a secretGenerator entry.
    Secret(SetGeneratorArgs),
}

#[derive(Debug, Args)]
pub struct SetGeneratorArgs {
    /// NAME
    pub name: Vec<String>,
    /// An existing key and its new value (key=value).
    #[arg(long = "from-literal")]
    pub from_literal: Vec<String>,
    /// Current namespace of the entry (default: default).
    #[arg(long, default_value = "")]
    pub namespace: String,
    /// New namespace for the entry.
    #[arg(long = "new-namespace", default_value = "")]
    pub new_namespace: String,
}

impl SetGeneratorArgs {
    fn flags(&self) -> GeneratorFlags {
        GeneratorFlags {
            name: self.name.clone(),
            from_literal: self.from_literal.clone(),
            namespace: self.namespace.clone(),
            new_namespace: self.new_namespace.clone(),
            ..GeneratorFlags::default()
        }
    }
}

#[derive(Debug, Args, Default)]
pub struct PatchFlags {
    /// Path to the patch file. Cannot be used with --patch at the same time.
    #[arg(long, default_value = "")]
    pub path: String,
    /// Literal string of patch content. Cannot be used with --path at the same time.
    #[arg(long, default_value = "")]
    pub patch: String,
    /// API group in patch target
    #[arg(long, default_value = "")]
    pub group: String,
    /// API version in patch target
    #[arg(long, default_value = "")]
    pub version: String,
    /// Resource kind in patch target
    #[arg(long, default_value = "")]
    pub kind: String,
    /// Resource name in patch target
    #[arg(long, default_value = "")]
    pub name: String,
    /// Resource namespace in patch target
    #[arg(long, default_value = "")]
    pub namespace: String,
    /// annotationSelector in patch target
    #[arg(long = "annotation-selector", default_value = "")]
    pub annotation_selector: String,
    /// labelSelector in patch target
    #[arg(long = "label-selector", default_value = "")]
    pub label_selector: String,
}

impl PatchFlags {
    fn args(&self) -> PatchArgs {
        PatchArgs {
            path: self.path.clone(),
            patch: self.patch.clone(),
            group: self.group.clone(),
            version: self.version.clone(),
            kind: self.kind.clone(),
            name: self.name.clone(),
            namespace: self.namespace.clone(),
            annotation_selector: self.annotation_selector.clone(),
            label_selector: self.label_selector.clone(),
        }
    }
}

#[derive(Debug, Args)]
pub struct GeneratorArgs {
    /// NAME
    pub name: Vec<String>,
    /// [key=]source file (globs; a directory adds each file).
    #[arg(long = "from-file", value_delimiter = ',')]
    pub from_file: Vec<String>,
    /// key=value to insert.
    #[arg(long = "from-literal")]
    pub from_literal: Vec<String>,
    /// File of key=value lines (a Docker .env file).
    #[arg(long = "from-env-file", default_value = "")]
    pub from_env_file: String,
    /// create (default), merge or replace.
    #[arg(long, default_value = "")]
    pub behavior: String,
    /// Namespace of the generated object.
    #[arg(long, default_value = "")]
    pub namespace: String,
    /// Disable the name suffix hash.
    #[arg(long = "disableNameSuffixHash")]
    pub disable_name_suffix_hash: bool,
}

impl GeneratorArgs {
    fn flags(&self, secret_type: &str) -> GeneratorFlags {
        GeneratorFlags {
            name: self.name.clone(),
            from_file: self.from_file.clone(),
            from_literal: self.from_literal.clone(),
            from_env_file: self.from_env_file.clone(),
            behavior: self.behavior.clone(),
            namespace: self.namespace.clone(),
            disable_name_suffix_hash: self.disable_name_suffix_hash,
            secret_type: secret_type.to_string(),
            new_namespace: String::new(),
        }
    }
}

#[derive(Debug, Subcommand)]
pub enum AddCommand {
    /// Add the name of a file containing a resource (globs expand; directories and URLs as given).
    Resource {
        paths: Vec<String>,
        /// skip validation for resources
        #[arg(long = "no-verify")]
        no_verify: bool,
    },
    /// Add the name of a file containing a component.
    Component { paths: Vec<String> },
    /// Adds one or more bases (comma separated) to the resources.
    Base { args: Vec<String> },
    /// Add an item to the patches field.
    Patch(PatchFlags),
    /// Adds a configmap generator entry.
    Configmap(GeneratorArgs),
    /// Adds a secret generator entry.
    Secret {
        #[command(flatten)]
        gen: GeneratorArgs,
        /// Secret type (Opaque, kubernetes.io/tls, ...).
        #[arg(long = "type", default_value = "Opaque")]
        secret_type: String,
    },
    /// Adds one or more commonLabels (key:value).
    Label {
        args: Vec<String>,
        /// overwrite commonLabel if it already exists
        #[arg(short, long)]
        force: bool,
        /// add to labels without selectors instead of commonLabels
        #[arg(long = "without-selector")]
        without_selector: bool,
        /// include labels in templates (requires --without-selector)
        #[arg(long = "include-templates")]
        include_templates: bool,
    },
    /// Adds one or more commonAnnotations (key:value).
    Annotation {
        args: Vec<String>,
        /// overwrite commonAnnotation if it already exists
        #[arg(short, long)]
        force: bool,
    },
    /// Add the name of a file containing a transformer configuration.
    Transformer { paths: Vec<String> },
    /// Add the name of a file containing a generator configuration.
    Generator { paths: Vec<String> },
    /// Adds one or more buildMetadata options (comma separated).
    Buildmetadata { args: Vec<String> },
}

#[derive(Debug, Subcommand)]
pub enum RemoveCommand {
    /// Removes resources (patterns match entries of the file).
    Resource { paths: Vec<String> },
    /// Removes components (patterns match entries of the file).
    Component { paths: Vec<String> },
    /// Removes a patch (same flags as `add patch`).
    Patch(PatchFlags),
    /// Removes commonLabels (comma separated keys).
    Label {
        args: Vec<String>,
        /// ignore error if the given label doesn't exist
        #[arg(short = 'i', long = "ignore-non-existence")]
        ignore: bool,
    },
    /// Removes commonAnnotations (comma separated keys).
    Annotation {
        args: Vec<String>,
        /// ignore error if the given annotation doesn't exist
        #[arg(short = 'i', long = "ignore-non-existence")]
        ignore: bool,
    },
    /// Removes transformers (patterns match entries of the file).
    Transformer { paths: Vec<String> },
    /// Removes configmap generator entries (comma separated names).
    Configmap {
        args: Vec<String>,
        /// Namespace to remove ConfigMap(s) from
        #[arg(long, default_value = "")]
        namespace: String,
    },
    /// Removes secret generator entries (comma separated names).
    Secret {
        args: Vec<String>,
        /// Namespace to remove Secret(s) from
        #[arg(long, default_value = "")]
        namespace: String,
    },
    /// Removes buildMetadata options (comma separated).
    Buildmetadata { args: Vec<String> },
}

impl EditArgs {
    pub fn op(&self) -> EditOp {
        match &self.command {
            EditCommand::Fix { vars } => EditOp::Fix { vars: *vars },
            EditCommand::ListBuiltin => EditOp::ListBuiltin,
            EditCommand::Set(s) => match s {
                SetCommand::Image { images } => EditOp::SetImage(images.clone()),
                SetCommand::Namespace { args } => EditOp::SetNamespace(args.clone()),
                SetCommand::Nameprefix { args } => EditOp::SetNamePrefix(args.clone()),
                SetCommand::Namesuffix { args } => EditOp::SetNameSuffix(args.clone()),
                SetCommand::Label { args } => EditOp::SetLabel(args.clone()),
                SetCommand::Annotation { args } => EditOp::SetAnnotation(args.clone()),
                SetCommand::Replicas { args } => EditOp::SetReplicas(args.clone()),
                SetCommand::Buildmetadata { args } => EditOp::SetBuildMetadata(args.clone()),
                SetCommand::Configmap(g) => EditOp::SetConfigMap(g.flags()),
                SetCommand::Secret(g) => EditOp::SetSecret(g.flags()),
            },
            EditCommand::Add(a) => match a {
                AddCommand::Resource { paths, no_verify } => {
                    EditOp::AddResource { paths: paths.clone(), no_verify: *no_verify }
                }
                AddCommand::Component { paths } => EditOp::AddComponent(paths.clone()),
                AddCommand::Base { args } => EditOp::AddBase(args.clone()),
                AddCommand::Patch(p) => EditOp::AddPatch(p.args()),
                AddCommand::Configmap(g) => EditOp::AddConfigMap(g.flags("")),
                AddCommand::Secret { gen, secret_type } => EditOp::AddSecret(gen.flags(secret_type)),
                AddCommand::Label { args, force, without_selector, include_templates } => EditOp::AddLabel {
                    args: args.clone(),
                    force: *force,
                    without_selector: *without_selector,
                    include_templates: *include_templates,
                },
                AddCommand::Annotation { args, force } => EditOp::AddAnnotation { args: args.clone(), force: *force },
                AddCommand::Transformer { paths } => EditOp::AddTransformer(paths.clone()),
                AddCommand::Generator { paths } => EditOp::AddGenerator(paths.clone()),
                AddCommand::Buildmetadata { args } => EditOp::AddBuildMetadata(args.clone()),
            },
            EditCommand::Remove(r) => match r {
                RemoveCommand::Resource { paths } => EditOp::RemoveResource(paths.clone()),
                RemoveCommand::Component { paths } => EditOp::RemoveComponent(paths.clone()),
                RemoveCommand::Patch(p) => EditOp::RemovePatch(p.args()),
                RemoveCommand::Label { args, ignore } => EditOp::RemoveLabel { args: args.clone(), ignore: *ignore },
                RemoveCommand::Annotation { args, ignore } => {
                    EditOp::RemoveAnnotation { args: args.clone(), ignore: *ignore }
                }
                RemoveCommand::Transformer { paths } => EditOp::RemoveTransformer(paths.clone()),
                RemoveCommand::Configmap { args, namespace } => {
                    EditOp::RemoveConfigMap { args: args.clone(), namespace: namespace.clone() }
                }
                RemoveCommand::Secret { args, namespace } => {
                    EditOp::RemoveSecret { args: args.clone(), namespace: namespace.clone() }
                }
                RemoveCommand::Buildmetadata { args } => EditOp::RemoveBuildMetadata(args.clone()),
            },
        }
    }
}

/// `kforge create` flags (kustomize's names).
#[derive(Debug, Args)]
pub struct CreateArgs {
    /// Name of a file containing a file to add to the kustomization file (comma separated, globs).
    #[arg(long, default_value = "")]
    pub resources: String,
    /// Set the value of the namespace field in the kustomization file.
    #[arg(long, default_value = "")]
    pub namespace: String,
    /// Add one or more common annotations (k:v,k2:v2).
    #[arg(long, default_value = "")]
    pub annotations: String,
    /// Add one or more common labels (k:v,k2:v2).
    #[arg(long, default_value = "")]
    pub labels: String,
    /// Sets the value of the namePrefix field in the kustomization file.
    #[arg(long, default_value = "", allow_hyphen_values = true)]
    pub nameprefix: String,
    /// Sets the value of the nameSuffix field in the kustomization file.
    #[arg(long, default_value = "", allow_hyphen_values = true)]
    pub namesuffix: String,
    /// Search for kubernetes resources in the current directory to be added to the kustomization file.
    #[arg(long)]
    pub autodetect: bool,
    /// Enable recursive directory searching for resource auto-detection.
    #[arg(long)]
    pub recursive: bool,
}

impl CreateArgs {
    pub fn options(&self, dir: std::path::PathBuf) -> crate::edit::create::CreateOptions {
        crate::edit::create::CreateOptions {
            dir,
            resources: self.resources.clone(),
            namespace: self.namespace.clone(),
            annotations: self.annotations.clone(),
            labels: self.labels.clone(),
            name_prefix: self.nameprefix.clone(),
            name_suffix: self.namesuffix.clone(),
            autodetect: self.autodetect,
            recursive: self.recursive,
        }
    }
}
