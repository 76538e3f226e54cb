//! `kforge chart ...` verbs.
use std::path::Path;

use anyhow::Result;

/// `kforge chart create`.
pub fn create(path: &Path) -> Result<()> {
    let p = crate::chart::create::create(path)?;
    println!("Creating {}", p.display());
    Ok(())
}

/// Dispatch a `chart` subcommand.
pub fn run(cmd: &crate::cli::chart::ChartCommand) -> Result<()> {
    use crate::cli::chart::ChartCommand as C;
    match cmd {
        C::Create(a) => create(&a.name),
        C::Push(a) => crate::cmd::chart_oci::push(&a.options()?),
        C::Pull(a) => crate::cmd::chart_oci::pull(&a.options()?),
    }
}
