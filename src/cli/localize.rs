//! `kforge localize TARGET [DEST]`: kustomize's `localize` (vendoring).
//! The image-rewriting flags (`--mirror`, `-f`, `-o`, `--verify`) join
//! this command from the images work.
use std::path::PathBuf;

use clap::Args;

#[derive(Debug, Args)]
pub struct LocalizeArgs {
    /// Kustomization directory, or remote git target with ?ref= (default: current directory).
    pub target: Option<String>,
    /// New directory to create (default: localized-NAME in the current directory).
    pub dest: Option<PathBuf>,
    /// Directory localize may read from; DEST mirrors it (local targets only; default: TARGET).
    #[arg(long)]
    pub scope: Option<PathBuf>,
    /// Do not build TARGET and DEST to check they give the same output.
    #[arg(long = "no-verify")]
    pub no_verify: bool,
}

impl LocalizeArgs {
    pub fn vendor_options(&self) -> crate::vendor::VendorOptions {
        crate::vendor::VendorOptions {
            target: self.target.clone().unwrap_or_else(|| ".".to_string()),
            scope: self.scope.clone(),
            dest: self.dest.clone(),
            no_verify: self.no_verify,
            warnings: crate::cmd::stderr_warnings(),
        }
    }
}
