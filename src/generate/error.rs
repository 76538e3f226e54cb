//! Errors of the generators (ConfigMap/Secret, helm charts).
use crate::error::{subsystem_error, BoxError};

#[derive(Debug, thiserror::Error)]
pub enum GenerateError {
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
    Transform(#[from] crate::transform::TransformError),
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
    #[error(transparent)]
    Process(#[from] crate::process::ProcessError),
    #[error(transparent)]
    Chart(Box<crate::chart::ChartError>),
}

subsystem_error!(GenerateError);

/// `return Err(..)` with a formatted message.
macro_rules! bail {
    ($($arg:tt)*) => {
        return Err($crate::generate::error::GenerateError::Msg(format!($($arg)*)))
    };
}
/// A formatted message as this subsystem's error.
macro_rules! err {
    ($($arg:tt)*) => {
        $crate::generate::error::GenerateError::Msg(format!($($arg)*))
    };
}
pub(crate) use {bail, err};

impl From<crate::model::DuplicateId> for GenerateError {
    fn from(e: crate::model::DuplicateId) -> Self {
        GenerateError::Duplicate(Box::new(e))
    }
}

impl From<crate::chart::ChartError> for GenerateError {
    fn from(e: crate::chart::ChartError) -> Self {
        GenerateError::Chart(Box::new(e))
    }
}
