//! Errors of plugins: built-in, KRM function and exec plugin configs and runs.

crate::error::subsystem_error! {
    $ plugin::error;
    pub enum PluginError {}
    transparent {
        Load(#[from] crate::load::LoadError),
        Generate(#[from] crate::generate::GenerateError),
        Transform(#[from] crate::transform::TransformError),
        Model(#[from] crate::model::ModelError),
        Yaml(#[from] crate::yaml::YamlError),
        Json(#[from] serde_json::Error),
        Io(#[from] std::io::Error),
        Process(#[from] crate::process::ProcessError),
    }
    boxed { Duplicate(crate::model::DuplicateId), Images(crate::images::ImagesError) }
}
