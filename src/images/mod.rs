//! Image references, the mirror map, finding and rewriting images in
//! manifests and charts, and the runtime mirror configuration
//! (docs/mirroring.md).
//!
//! - [`reference`]: the distribution reference grammar and normalisation;
//! - [`mirror_map`]: the `MirrorMap` file and its decisions;
//! - [`find`]: every image in KRM objects, with where it was, and the rewrite;
//! - [`spans`]: text-level edits of YAML scalars (comments and layout kept);
//! - [`chart`]: localizing chart files (values, annotations, Images.lock,
//!   dependencies, index.yaml), directories and `.tgz`;
//! - [`localize`]: the entry points behind `kforge images` / `localize`;
//! - [`runtime`]: containerd `hosts.toml` and CRI-O `registries.conf`;
//! - [`transformer`]: the `ImageMirror` built-in transformer.
pub mod chart;
pub mod find;
pub mod localize;
pub mod manifest;
pub mod mirror_map;
pub mod reference;
pub mod runtime;
pub mod spans;
pub mod transformer;

use std::path::Path;

pub use find::{Change, Finding, Site};
pub use mirror_map::{Decision, MirrorMap};
pub use reference::{ImageRef, RefError};

/// Errors of the images subsystem; each names the file and field involved.
#[derive(Debug, thiserror::Error)]
pub enum ImagesError {
    #[error("{file}: {field}: {message}")]
    Map { file: String, field: String, message: String },
    #[error(transparent)]
    Yaml(#[from] crate::yaml::YamlError),
    #[error("{location}: {source}")]
    Ref { location: String, source: RefError },
    #[error("two sources map to one destination '{destination}': '{first}' and '{second}'")]
    Collision { destination: String, first: String, second: String },
    #[error("{path}: {source}")]
    Io { path: String, source: std::io::Error },
    #[error("{file}: {message}")]
    Input { file: String, message: String },
    #[error("{0}")]
    Other(String),
}

pub(crate) fn io_err(path: &Path, source: std::io::Error) -> ImagesError {
    ImagesError::Io { path: path.display().to_string(), source }
}

pub(crate) fn read_text(path: &Path) -> Result<String, ImagesError> {
    let bytes = std::fs::read(path).map_err(|e| io_err(path, e))?;
    String::from_utf8(bytes)
        .map_err(|_| ImagesError::Input { file: path.display().to_string(), message: "not UTF-8 text".into() })
}
