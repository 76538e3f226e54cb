//! `kforge edit` and `kforge create`: changes to a kustomization file with
//! `kustomize edit`'s arguments, checks, messages and output bytes.
//!
//! Every operation reads the file ([`kustfile::KustFile`]), changes the
//! decoded value and writes it back in one atomic step. Lines kustomize
//! logs (an entry already present, a pattern without a match) come back in
//! [`Outcome::notes`] for the caller to print.
pub mod create;
pub mod fix;
pub mod kustfile;
mod ops;
mod vars;

use std::path::{Path, PathBuf};

pub use ops::{image_arg, Patch as PatchArgs};

/// What went wrong in an edit. The text is kustomize's message.
#[derive(Debug, thiserror::Error)]
pub enum EditError {
    #[error("{0}")]
    Message(String),
    #[error("{}: {source}", path.display())]
    Io { path: PathBuf, source: std::io::Error },
}

impl EditError {
    pub fn msg(s: impl Into<String>) -> EditError {
        EditError::Message(s.into())
    }
    pub fn io(path: &Path, source: std::io::Error) -> EditError {
        EditError::Io { path: path.to_path_buf(), source }
    }
}

/// What an edit reports besides success.
#[derive(Debug, Default)]
pub struct Outcome {
    /// Lines kustomize would log on stderr.
    pub notes: Vec<String>,
    /// Lines kustomize prints on stdout (`edit fix`, `listbuiltin`).
    pub output: Vec<String>,
}

/// One `kforge edit` invocation.
#[derive(Debug, Clone)]
pub struct EditOptions {
    /// Directory holding the kustomization file (the current directory).
    pub dir: PathBuf,
    pub op: EditOp,
    /// Warnings for the caller to print (`edit fix` builds the tree, and
    /// the build warns about deprecated fields as `kustomize build` does).
    pub warnings: crate::warnings::Warnings,
}

/// Generator flags of `edit add configmap|secret`.
#[derive(Debug, Clone, Default)]
pub struct GeneratorFlags {
    pub name: Vec<String>,
    pub from_file: Vec<String>,
    pub from_literal: Vec<String>,
    pub from_env_file: String,
    pub behavior: String,
    pub namespace: String,
    pub disable_name_suffix_hash: bool,
    /// Secret type (secrets only).
    pub secret_type: String,
    /// `edit set configmap|secret --new-namespace`.
    pub new_namespace: String,
}

/// The edits `kustomize edit` knows.
#[derive(Debug, Clone)]
pub enum EditOp {
    SetImage(Vec<String>),
    SetNamespace(Vec<String>),
    SetNamePrefix(Vec<String>),
    SetNameSuffix(Vec<String>),
    SetLabel(Vec<String>),
    SetAnnotation(Vec<String>),
    SetReplicas(Vec<String>),
    SetBuildMetadata(Vec<String>),
    SetConfigMap(GeneratorFlags),
    SetSecret(GeneratorFlags),
    AddResource { paths: Vec<String>, no_verify: bool },
    AddComponent(Vec<String>),
    AddBase(Vec<String>),
    AddPatch(PatchArgs),
    AddConfigMap(GeneratorFlags),
    AddSecret(GeneratorFlags),
    AddLabel { args: Vec<String>, force: bool, without_selector: bool, include_templates: bool },
    AddAnnotation { args: Vec<String>, force: bool },
    AddTransformer(Vec<String>),
    AddGenerator(Vec<String>),
    AddBuildMetadata(Vec<String>),
    RemoveResource(Vec<String>),
    RemoveComponent(Vec<String>),
    RemovePatch(PatchArgs),
    RemoveLabel { args: Vec<String>, ignore: bool },
    RemoveAnnotation { args: Vec<String>, ignore: bool },
    RemoveTransformer(Vec<String>),
    RemoveConfigMap { args: Vec<String>, namespace: String },
    RemoveSecret { args: Vec<String>, namespace: String },
    RemoveBuildMetadata(Vec<String>),
    Fix { vars: bool },
    ListBuiltin,
}

/// Run one edit in `opts.dir`.
pub fn edit(opts: &EditOptions) -> Result<Outcome, EditError> {
    match &opts.op {
        EditOp::Fix { vars } => fix::fix(&opts.dir, *vars, &opts.warnings),
        EditOp::ListBuiltin => Ok(Outcome { notes: Vec::new(), output: builtin_plugin_lines() }),
        op => ops::run(&opts.dir, op),
    }
}

fn builtin_plugin_lines() -> Vec<String> {
    let mut out = vec!["Builtin plugins:".to_string(), String::new()];
    // kustomize's built-in plugin kinds, from the one table of built-ins.
    out.extend(crate::plugin::builtin::kustomize_kinds().map(|p| format!(" * {p}")));
    out
}
