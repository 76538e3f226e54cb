//! `kforge edit ...` and `kforge create`.
use std::io::Write;

use anyhow::Result;

use crate::edit::{create::CreateOptions, EditOptions};

/// Run an edit; kustomize's log lines go to stderr, its report to stdout.
pub fn run(opts: &EditOptions) -> Result<()> {
    let outcome = crate::edit::edit(opts)?;
    for n in &outcome.notes {
        super::ui::note(n);
    }
    if !outcome.output.is_empty() {
        let mut out = std::io::stdout().lock();
        for line in &outcome.output {
            writeln!(out, "{line}")?;
        }
    }
    Ok(())
}

/// Write a new kustomization.yaml.
pub fn create(opts: &CreateOptions) -> Result<()> {
    crate::edit::create::create(opts)?;
    Ok(())
}
