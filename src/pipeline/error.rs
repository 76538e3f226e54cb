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

/// The shared error machinery of `crate::error`, checked here: the
/// pipeline stands above every subsystem it names.
#[cfg(test)]
mod tests {
    use crate::error::chain_text;

    /// Errors travel in every `Result` of the build: the enums stay small
    /// (large payloads are boxed), as clippy's `result_large_err` wants.
    #[test]
    fn subsystem_errors_stay_small() {
        use std::mem::size_of;
        let sizes = [
            ("model", size_of::<crate::model::ModelError>()),
            ("load", size_of::<crate::load::LoadError>()),
            ("transform", size_of::<crate::transform::TransformError>()),
            ("generate", size_of::<crate::generate::GenerateError>()),
            ("plugin", size_of::<crate::plugin::PluginError>()),
            ("pipeline", size_of::<crate::pipeline::PipelineError>()),
        ];
        for (name, size) in sizes {
            assert!(size <= 96, "{name} error is {size} bytes");
        }
    }

    #[test]
    fn context_keeps_the_source_and_chain_text_joins_it() {
        use crate::transform::error::{Context, TransformError};
        let io = std::io::Error::new(std::io::ErrorKind::NotFound, "no such file");
        let e: TransformError = Err::<(), _>(io).context("reading 'a.yaml'").unwrap_err();
        assert_eq!(e.to_string(), "reading 'a.yaml'");
        let source = std::error::Error::source(&e).expect("a source");
        assert!(source.downcast_ref::<std::io::Error>().is_some());
        assert_eq!(chain_text(&e), "reading 'a.yaml': no such file");
        assert_eq!(e.root_cause().to_string(), "no such file");
        let outer = e.context("patches[0]");
        assert_eq!(chain_text(&outer), "patches[0]: reading 'a.yaml': no such file");
        let none: Option<u8> = None;
        assert_eq!(none.context("missing").unwrap_err().to_string(), "missing");
    }
}
