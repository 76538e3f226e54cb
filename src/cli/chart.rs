use std::path::PathBuf;

use clap::{Args, Subcommand};

use super::template::ValuesArgs;

/// `kforge chart ...`: create, lint, package and index charts.
#[derive(Debug, Args)]
pub struct ChartArgs {
    #[command(subcommand)]
    pub command: ChartCommand,
}

#[derive(Debug, Subcommand)]
pub enum ChartCommand {
    /// Create a starter kforge chart (the objects `helm create` makes, templates in minijinja).
    Create(CreateArgs),
    /// Push a chart archive to an OCI registry (as `helm push`).
    Push(super::chart_oci::PushArgs),
    /// Download a chart from an OCI registry or an HTTP chart repository (as `helm pull`).
    Pull(super::chart_oci::PullArgs),
}

#[derive(Debug, Args)]
pub struct CreateArgs {
    /// Directory to create; its last component is the chart name.
    pub name: PathBuf,
}

#[allow(dead_code)]
fn _values(_: ValuesArgs) {}
