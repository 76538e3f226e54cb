//! Errors of the generators (ConfigMap/Secret, helm charts).

crate::error::subsystem_error! {
    $ generate::error;
    pub enum GenerateError {}
    transparent {
        Load(#[from] crate::load::LoadError),
        Transform(#[from] crate::transform::TransformError),
        Model(#[from] crate::model::ModelError),
        Yaml(#[from] crate::yaml::YamlError),
        Json(#[from] serde_json::Error),
        Io(#[from] std::io::Error),
        Process(#[from] crate::process::ProcessError),
    }
    boxed { Duplicate(crate::model::DuplicateId), Chart(crate::chart::ChartError) }
}
