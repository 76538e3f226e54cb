//! Errors of the transformers. Errors about one resource name its id and source file (`Resource::describe`).
use crate::error::{subsystem_error, BoxError};

#[derive(Debug, thiserror::Error)]
pub enum TransformError {
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
    Model(#[from] crate::model::ModelError),
    #[error(transparent)]
    Duplicate(Box<crate::model::DuplicateId>),
    #[error(transparent)]
    Yaml(#[from] crate::yaml::YamlError),
    #[error(transparent)]
    Json(#[from] serde_json::Error),
    #[error(transparent)]
    Io(#[from] std::io::Error),
    /// From a transformer implemented outside this module (images, plugins).
    #[error(transparent)]
    Other(BoxError),
}

subsystem_error!(TransformError);

/// `return Err(..)` with a formatted message.
macro_rules! bail {
    ($($arg:tt)*) => {
        return Err($crate::transform::error::TransformError::Msg(format!($($arg)*)))
    };
}
/// A formatted message as this subsystem's error.
macro_rules! err {
    ($($arg:tt)*) => {
        $crate::transform::error::TransformError::Msg(format!($($arg)*))
    };
}
pub(crate) use {bail, err};

impl From<crate::model::DuplicateId> for TransformError {
    fn from(e: crate::model::DuplicateId) -> Self {
        TransformError::Duplicate(Box::new(e))
    }
}
