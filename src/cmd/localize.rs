//! `kforge localize`: vendor a kustomization and what it references.
use anyhow::Result;

use crate::vendor::VendorOptions;

/// Vendor; kustomize's log lines (verification, success) go to stderr.
pub fn vendor(opts: &VendorOptions) -> Result<()> {
    let report = crate::vendor::localize(opts)?;
    for n in &report.notes {
        eprintln!("{n}");
    }
    Ok(())
}
