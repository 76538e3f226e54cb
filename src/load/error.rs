//! Errors of the loader: files, kustomization roots, remote trees.
use crate::error::{subsystem_error, BoxError};

#[derive(Debug, thiserror::Error)]
pub enum LoadError {
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
    Io(#[from] std::io::Error),
    #[error(transparent)]
    Http(#[from] super::http::HttpError),
    #[error(transparent)]
    Process(#[from] crate::process::ProcessError),
}

subsystem_error!(LoadError);

/// `return Err(..)` with a formatted message.
macro_rules! bail {
    ($($arg:tt)*) => {
        return Err($crate::load::error::LoadError::Msg(format!($($arg)*)))
    };
}
/// A formatted message as this subsystem's error.
macro_rules! err {
    ($($arg:tt)*) => {
        $crate::load::error::LoadError::Msg(format!($($arg)*))
    };
}
pub(crate) use {bail, err};

impl From<crate::model::DuplicateId> for LoadError {
    fn from(e: crate::model::DuplicateId) -> Self {
        LoadError::Duplicate(Box::new(e))
    }
}
