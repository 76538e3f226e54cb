//! Errors of the kustomization pipeline.

crate::error::subsystem_error! {
    $ pipeline::error;
    pub enum PipelineError {}
    transparent {
        Load(#[from] crate::load::LoadError),
        Generate(#[from] crate::generate::GenerateError),
        Transform(#[from] crate::transform::TransformError),
        Plugin(#[from] crate::plugin::PluginError),
        Model(#[from] crate::model::ModelError),
        Yaml(#[from] crate::yaml::YamlError),
        Json(#[from] serde_json::Error),
        Io(#[from] std::io::Error),
    }
    boxed { Duplicate(crate::model::DuplicateId) }
}
