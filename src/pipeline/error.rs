//! Errors of the kustomization pipeline.
use crate::error::{subsystem_error, BoxError};

#[derive(Debug, thiserror::Error)]
pub enum PipelineError {
    /// A message of this subsystem.
    #[error("{0}")]
    Msg(String),
    /// What was being done when an error from below happened.
    #[error("{context}")]
    Context {
        context: String,
        #[source]
        source: BoxError,
    },
    /// A message ending with its cause's whole chain, on one line (the cause
    /// is kept, typed, but not printed again as a source).
    #[error("{context}: {}", crate::error::chain_text(&**cause))]
    WithCause { context: String, cause: BoxError },
    #[error(transparent)]
    Load(#[from] crate::load::LoadError),
    #[error(transparent)]
    Generate(#[from] crate::generate::GenerateError),
    #[error(transparent)]
    Transform(#[from] crate::transform::TransformError),
    #[error(transparent)]
    Plugin(#[from] crate::plugin::PluginError),
    #[error(transparent)]
    Model(#[from] crate::model::ModelError),
    #[error(transparent)]
    Duplicate(Box<crate::model::DuplicateId>),
    #[error(transparent)]
    Yaml(#[from] crate::yaml::YamlError),
    #[error(transparent)]
    Json(#[from] serde_json::Error),
    #[error(transparent)]
    Io(#[from] std::io::Error),
}

subsystem_error!(PipelineError);

/// `return Err(..)` with a formatted message.
macro_rules! bail {
    ($($arg:tt)*) => {
        return Err($crate::pipeline::error::PipelineError::Msg(format!($($arg)*)))
    };
}
/// A formatted message as this subsystem's error.
macro_rules! err {
    ($($arg:tt)*) => {
        $crate::pipeline::error::PipelineError::Msg(format!($($arg)*))
    };
}
pub(crate) use {bail, err};

impl From<crate::model::DuplicateId> for PipelineError {
    fn from(e: crate::model::DuplicateId) -> Self {
        PipelineError::Duplicate(Box::new(e))
    }
}
