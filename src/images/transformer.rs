//! `ImageMirror`: the built-in transformer that rewrites every image of the
//! resources it sees by a mirror map (the same rewrite as `kforge localize`
//! and `kforge build --mirror`).
use super::find::rewrite_resmap;
use super::mirror_map::MirrorMap;
use crate::model::ResMap;

/// Rewrites every image reference found in the resources by `map`.
pub struct ImageMirrorTransformer {
    pub map: MirrorMap,
}

impl crate::transform::Transformer for ImageMirrorTransformer {
    fn apply(&self, m: &mut ResMap) -> Result<(), crate::transform::TransformError> {
        rewrite_resmap(m, &self.map).map_err(|e| crate::transform::TransformError::Other(Box::new(e)))?;
        Ok(())
    }
}
