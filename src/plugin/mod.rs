//! Plugins: every generator, transformer and validator behind one interface.
//! Built-ins are configured by `apiVersion: builtin` configs; external ones
//! run as exec KRM functions or legacy exec plugins, only when enabled.
//! (Stub: replaced by the plugin implementation.)
use anyhow::{bail, Result};

use crate::build::BuildOptions;
use crate::load::Loader;
use crate::model::{ResMap, Resource};
use crate::transform::config::TransformerConfig;

/// What a plugin may use: the kustomization's loader (and its restrictor),
/// the build flags and the field-spec configuration.
pub struct PluginContext<'a> {
    pub ldr: &'a Loader,
    pub opts: &'a BuildOptions,
    pub config: &'a TransformerConfig,
    /// Where the config came from, relative to the top kustomization (for origin annotations).
    pub configured_in: String,
}

pub trait Generator {
    fn generate(&self) -> Result<ResMap>;
}

pub trait Transformer {
    fn transform(&self, m: &mut ResMap) -> Result<()>;
}

/// Make the generator a `generators:` config describes.
pub fn make_generator(config: &Resource, _ctx: &PluginContext) -> Result<Box<dyn Generator>> {
    bail!("generator plugin {}/{} is not supported yet", config.api_version(), config.kind())
}

/// Make the transformer a `transformers:` (or `validators:`) config describes.
pub fn make_transformer(config: &Resource, _ctx: &PluginContext) -> Result<Box<dyn Transformer>> {
    bail!("transformer plugin {}/{} is not supported yet", config.api_version(), config.kind())
}
