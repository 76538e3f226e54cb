//! Errors of the resource model (parsing resources).
use crate::error::{subsystem_error, BoxError};

#[derive(Debug, thiserror::Error)]
pub enum ModelError {
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
    /// A resource file that is not YAML.
    #[error("MalformedYAMLError: {0}")]
    MalformedYaml(crate::yaml::YamlError),
    #[error(transparent)]
    Yaml(#[from] crate::yaml::YamlError),
}

subsystem_error!(ModelError);

/// `return Err(..)` with a formatted message.
macro_rules! bail {
    ($($arg:tt)*) => {
        return Err($crate::model::error::ModelError::Msg(format!($($arg)*)))
    };
}
/// A formatted message as this subsystem's error.
macro_rules! err {
    ($($arg:tt)*) => {
        $crate::model::error::ModelError::Msg(format!($($arg)*))
    };
}
pub(crate) use {bail, err};
