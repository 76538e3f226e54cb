//! Transformers: each one a small options struct with one `apply` over the
//! resource map, in the spirit of kustomize's filters.
pub mod error;
pub use error::TransformError;
pub mod config;
pub mod fieldspec;
pub mod fused;
pub mod images;
pub mod jsonpatch;
pub mod labels;
pub mod namereference;
pub mod namespace;
pub mod openapi;
pub mod patch;
pub mod prefix_suffix;
pub mod replacements;
pub mod replicas;
pub mod selector;
pub mod smp;
pub mod sort;
pub mod vars;

use crate::model::ResMap;

pub use fused::{Fused, PerResource};

/// Anything that rewrites the resource map in place.
pub trait Transformer {
    fn apply(&self, m: &mut ResMap) -> error::Result<()>;

    /// The same change as a per-resource step, for transformers that treat
    /// each resource on its own: the pipeline runs consecutive ones in one
    /// fused pass ([`Fused`]). `None` (the default) for whole-map ones.
    fn per_resource(&self) -> error::Result<Option<Box<dyn PerResource + '_>>> {
        Ok(None)
    }
}
