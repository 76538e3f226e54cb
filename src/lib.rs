//! kforge: build kustomizations, render charts, relocate images.
//!
//! Data flows CLI (`cli`, `cmd`) → loader (`load`) → resource map (`model`)
//! → generators and transformers (`generate`, `transform`) → emitter (`emit`).
pub mod build;
pub mod cli;
pub mod cmd;
pub mod emit;
pub mod generate;
pub mod load;
pub mod model;
pub mod plugin;
pub mod transform;
pub mod yaml;
