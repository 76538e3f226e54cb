//! `kforge mirror ...` (owned by the oci helper; `mirror config` comes from the images helper).
use clap::Subcommand;

#[derive(Debug, Subcommand)]
pub enum MirrorCommand {}

pub fn run(cmd: &MirrorCommand) -> anyhow::Result<()> {
    match *cmd {}
}
