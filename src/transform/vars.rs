//! Legacy `vars:` — `$(NAME)` substitution from fields of other resources.
//! (Stub: replaced by the vars implementation.)
use anyhow::{bail, Result};
use serde_json::Value;

use super::config::TransformerConfig;
use crate::model::ResMap;

/// A declared var bound to the resource (by `Resource::uid`) it reads from.
#[derive(Clone, Debug)]
pub struct BoundVar {
    pub name: String,
    pub uid: u64,
    pub field_path: String,
}

/// Bind a kustomization's `vars:` to resources of `m` and add them to `acc_vars`
/// (kustomize's `MergeVars`): a name declared twice is an error.
pub fn merge_vars(_acc_vars: &mut Vec<BoundVar>, vars: &[Value], _m: &ResMap) -> Result<()> {
    if !vars.is_empty() {
        bail!("vars are not supported yet");
    }
    Ok(())
}

/// Add vars from a base's accumulation (kustomize's `MergeAccumulator`).
pub fn absorb(acc_vars: &mut Vec<BoundVar>, sub: Vec<BoundVar>) -> Result<()> {
    acc_vars.extend(sub);
    Ok(())
}

/// Replace `$(NAME)` in the var-reference fields of every resource (top level, once).
pub fn resolve(_m: &mut ResMap, _vars: &[BoundVar], _cfg: &TransformerConfig) -> Result<()> {
    Ok(())
}
