//! `replacements:` — copy a field of one resource into fields of others.
//! (Stub: replaced by the replacements implementation.)
use anyhow::{bail, Result};
use serde_json::Value;

use super::Transformer;
use crate::model::ResMap;

pub struct ReplacementTransformer {
    pub replacements: Vec<Value>,
}

impl ReplacementTransformer {
    /// From replacement objects (files already loaded and expanded by the caller).
    pub fn from_values(replacements: Vec<Value>) -> Result<Self> {
        Ok(ReplacementTransformer { replacements })
    }
}

impl Transformer for ReplacementTransformer {
    fn apply(&self, _m: &mut ResMap) -> Result<()> {
        if !self.replacements.is_empty() {
            bail!("replacements are not supported yet");
        }
        Ok(())
    }
}
