//! `helmCharts:` — inflate charts with a `helm` binary (only with `--enable-helm`).
//! (Stub: replaced by the helm implementation.)
use anyhow::{bail, Result};
use serde_json::Value;

use crate::build::BuildOptions;
use crate::load::Loader;
use crate::model::ResMap;

/// Render every chart of `helmCharts` (with `helmGlobals`) into resources.
pub fn inflate(charts: &[Value], _globals: Option<&Value>, _ldr: &Loader, opts: &BuildOptions) -> Result<ResMap> {
    if charts.is_empty() {
        return Ok(ResMap::new());
    }
    if !opts.enable_helm {
        bail!("must specify --enable-helm to inflate helmCharts");
    }
    bail!("helmCharts are not supported yet")
}
