//! `kforge version` / `kforge --version`.
use std::io::Write;

use anyhow::Result;

/// The Helm release whose `helm template` output kforge's chart rendering matches.
pub const HELM_VERSION: &str = "v4.1.4";

/// The text of `kforge version` (also `--version`, after the program name).
pub fn text() -> String {
    format!(
        "{} (commit {})\ncompatible with kustomize {} and Helm {}",
        env!("CARGO_PKG_VERSION"),
        env!("KFORGE_COMMIT"),
        crate::pipeline::KUSTOMIZE_VERSION,
        HELM_VERSION
    )
}

pub fn run() -> Result<()> {
    let mut out = std::io::stdout().lock();
    writeln!(out, "kforge {}", text())?;
    Ok(())
}
