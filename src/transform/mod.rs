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

/// A small deterministic generator (xorshift) for the random tests.
#[cfg(test)]
pub(crate) struct TestRng(pub u64);

#[cfg(test)]
impl TestRng {
    /// A number below `n`.
    pub fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % n
    }

    /// One of `from`.
    pub fn pick<'a>(&mut self, from: &[&'a str]) -> &'a str {
        from[self.below(from.len() as u64) as usize]
    }
}

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
