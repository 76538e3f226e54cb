//! Errors of the loader: files, kustomization roots, remote trees.

crate::error::subsystem_error! {
    $ load::error;
    pub enum LoadError {}
    transparent {
        Model(#[from] crate::model::ModelError),
        Yaml(#[from] crate::yaml::YamlError),
        Io(#[from] std::io::Error),
        Http(#[from] super::http::HttpError),
        Process(#[from] crate::process::ProcessError),
    }
    boxed { Duplicate(crate::model::DuplicateId) }
}
