//! Errors of the resource model (parsing resources).

crate::error::subsystem_error! {
    $ model::error;
    pub enum ModelError {
        /// A resource file that is not YAML.
        #[error("MalformedYAMLError: {0}")]
        MalformedYaml(crate::yaml::YamlError),
    }
    transparent {
        Yaml(#[from] crate::yaml::YamlError),
    }
    boxed {}
}
