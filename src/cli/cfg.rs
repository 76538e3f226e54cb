//! `kforge cfg ...`: kustomize's `cfg` commands (only `count` so far).
use std::path::PathBuf;

use clap::{Args, Subcommand};

#[derive(Debug, Subcommand)]
pub enum CfgCommand {
    /// Count resources by kind in the YAML files of DIR (or stdin), like `kustomize cfg count`.
    Count(CountArgs),
}

#[derive(Debug, Args)]
pub struct CountArgs {
    /// Directory to read (default: stdin).
    pub dir: Option<PathBuf>,
    /// count resources by kind.
    #[arg(long, default_value_t = true, action = clap::ArgAction::Set)]
    pub kind: bool,
}
