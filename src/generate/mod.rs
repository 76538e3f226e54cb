//! Generators: resources made from kustomization fields (ConfigMaps, Secrets).
//!
//! - [`kv`] turns `literals`, `files` and `envs` into key/value pairs;
//! - [`configmap`] builds the ConfigMap or Secret from them and the options;
//! - [`merge`] folds a generated resource into the map (behavior create,
//!   merge or replace);
//! - [`hash`] computes the name suffix and appends it at the end of the build.
pub mod error;
pub use error::GenerateError;
pub mod configmap;
pub mod hash;
pub mod helm;
pub mod kv;
pub mod merge;

pub use configmap::{args_from_plugin_config, config_map, merge_options, secret, BuiltinGenerator};
pub use merge::{merge_all_generated, merge_generated};

/// Where generators read `files` and `envs` from. The build implements it
/// with its load restrictor; paths are as written in the kustomization.
pub trait FileSource {
    fn read(&self, path: &str) -> crate::generate::error::Result<Vec<u8>>;
}

/// An in-memory [`FileSource`] (tests, generated inputs).
#[derive(Debug, Default, Clone)]
pub struct MemFiles(pub std::collections::HashMap<String, Vec<u8>>);

impl MemFiles {
    pub fn new() -> MemFiles {
        MemFiles::default()
    }

    pub fn with(mut self, path: &str, content: impl Into<Vec<u8>>) -> MemFiles {
        self.0.insert(path.to_string(), content.into());
        self
    }
}

impl FileSource for MemFiles {
    fn read(&self, path: &str) -> crate::generate::error::Result<Vec<u8>> {
        self.0.get(path).cloned().ok_or_else(|| crate::generate::error::err!("'{path}' doesn't exist"))
    }
}
