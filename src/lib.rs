//! kforge: build kustomizations, render charts, relocate images.
pub mod generate;
pub mod load;
pub mod model;
pub mod transform;
pub mod yaml;
