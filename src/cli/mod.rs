//! Command-line definitions (clap only): each subcommand fills an options
//! struct and calls one verb in `cmd`.
pub mod build;

use clap::{Parser, Subcommand};

#[derive(Debug, Parser)]
#[command(name = "kforge", version, about = "Build kustomizations and charts, and move them to regional mirrors")]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Build a kustomization directory and print the resources (like `kustomize build`).
    Build(build::BuildArgs),
    /// Print shell completions.
    Completions(CompletionsArgs),
}

#[derive(Debug, clap::Args)]
pub struct CompletionsArgs {
    /// Shell to generate completions for.
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}
