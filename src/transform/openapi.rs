//! `openapi:` — custom OpenAPI schemas that give custom kinds merge keys.
//! (Stub: replaced by the openapi implementation.)
use std::collections::BTreeMap;

use anyhow::{bail, Result};

use crate::load::Loader;
use super::smp::Schema;

/// The schema a kustomization's `openapi:` field selects, if any.
pub fn load(openapi: &BTreeMap<String, String>, _ldr: &Loader) -> Result<Option<Schema>> {
    if openapi.is_empty() {
        return Ok(None);
    }
    bail!("the openapi field is not supported yet")
}
