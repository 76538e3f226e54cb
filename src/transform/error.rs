//! Errors of the transformers. Errors about one resource name its id and source file (`Resource::describe`).

crate::error::subsystem_error! {
    $ transform::error;
    pub enum TransformError {}
    transparent {
        Model(#[from] crate::model::ModelError),
        Yaml(#[from] crate::yaml::YamlError),
        Json(#[from] serde_json::Error),
        Io(#[from] std::io::Error),
        /// From a transformer implemented outside this module (images, plugins).
        Other(crate::error::BoxError),
    }
    boxed { Duplicate(crate::model::DuplicateId) }
}
