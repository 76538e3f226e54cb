use std::path::PathBuf;

use clap::Args;

/// `kforge localize` (image half): rewrite every image to the mirror.
#[derive(Debug, Args)]
pub struct LocalizeArgs {
    /// A chart (directory or .tgz), a kustomization or manifest directory, or a repository index.yaml.
    pub target: Option<PathBuf>,
    /// The mirror map (docs/mirroring.md).
    #[arg(long = "mirror", value_name = "MAP")]
    pub mirror: Option<PathBuf>,
    /// Where to write the localized target (a directory, or a .tgz for charts).
    #[arg(short = 'o', long = "output", value_name = "OUT")]
    pub output: Option<PathBuf>,
    /// Filter a manifest stream instead: a file, or - for stdin; writes to stdout.
    #[arg(short = 'f', long = "filename", value_name = "FILE")]
    pub filename: Option<String>,
    /// Render the result and fail listing every image still outside the mirror.
    #[arg(long = "verify")]
    pub verify: bool,
    /// Render charts with a helm binary for --verify (runs an external program).
    #[arg(long = "enable-helm")]
    pub enable_helm: bool,
    /// The helm binary (default: helm on PATH).
    #[arg(long = "helm-command")]
    pub helm_command: Option<String>,
}

impl LocalizeArgs {
    pub fn options(&self) -> anyhow::Result<crate::cmd::localize::LocalizeImagesOptions> {
        let mirror = self.mirror.clone().ok_or_else(|| {
            anyhow::anyhow!(
                "localize: --mirror MAP is required to rewrite images (kustomize-style vendoring is not in this build)"
            )
        })?;
        Ok(crate::cmd::localize::LocalizeImagesOptions {
            target: self.target.clone(),
            mirror,
            output: self.output.clone(),
            filename: self.filename.clone(),
            verify: self.verify,
            helm: self.enable_helm.then(|| self.helm_command.clone().unwrap_or_else(|| "helm".into())),
        })
    }
}
