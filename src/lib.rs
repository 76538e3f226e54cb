//! kforge: build kustomizations, render charts, relocate images.
pub mod yaml;
