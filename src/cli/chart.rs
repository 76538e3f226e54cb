//! `kforge chart ...` subcommands. The chart helper owns this group; the
//! OCI verbs (push, pull) have their arguments in `chart_oci.rs`.
use clap::Subcommand;

use super::chart_oci;

#[derive(Debug, Subcommand)]
pub enum ChartCommand {
    /// Push a chart archive to an OCI registry (as `helm push`).
    Push(chart_oci::PushArgs),
    /// Download a chart from an OCI registry or an HTTP chart repository (as `helm pull`).
    Pull(chart_oci::PullArgs),
}

pub fn run(cmd: &ChartCommand) -> anyhow::Result<()> {
    match cmd {
        ChartCommand::Push(a) => chart_oci::push(a),
        ChartCommand::Pull(a) => chart_oci::pull(a),
    }
}
