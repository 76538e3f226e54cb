//! `kforge localize`: one command for kustomize's vendoring (`TARGET [DEST]`,
//! `--scope`, `--no-verify`) and for rewriting images to a regional mirror
//! (`--mirror MAP` with `-o OUT`, or `-f FILE|-` as a filter). With
//! `--mirror` and a DEST, the tree is vendored into DEST first and the
//! vendored copy is then localized to `-o OUT`.
use std::path::PathBuf;

use clap::Args;

#[derive(Debug, Args)]
pub struct LocalizeArgs {
    /// Kustomization directory or remote git target with ?ref= (vendoring; default: current directory),
    /// or, with --mirror, a chart (directory or .tgz), a kustomization or manifest directory, or an index.yaml.
    pub target: Option<String>,
    /// Vendoring: new directory to create (default: localized-NAME in the current directory).
    pub dest: Option<PathBuf>,
    /// Vendoring: directory localize may read from; DEST mirrors it (local targets only; default: TARGET).
    #[arg(long)]
    pub scope: Option<PathBuf>,
    /// Vendoring: do not build TARGET and DEST to check they give the same output.
    #[arg(long = "no-verify")]
    pub no_verify: bool,
    /// Rewrite every image by this mirror map (docs/mirroring.md).
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
    /// True when images are to be rewritten (`--mirror` or `-f`).
    pub fn rewrites_images(&self) -> bool {
        self.mirror.is_some() || self.filename.is_some()
    }

    pub fn vendor_options(&self) -> crate::vendor::VendorOptions {
        crate::vendor::VendorOptions {
            target: self.target.clone().unwrap_or_else(|| ".".to_string()),
            scope: self.scope.clone(),
            dest: self.dest.clone(),
            no_verify: self.no_verify,
            warnings: crate::cmd::stderr_warnings(),
        }
    }

    /// The image half; `target` overrides TARGET (the vendored copy).
    pub fn options(&self, target: Option<PathBuf>) -> anyhow::Result<crate::cmd::localize::LocalizeImagesOptions> {
        let mirror = self
            .mirror
            .clone()
            .ok_or_else(|| anyhow::anyhow!("localize: -f rewrites images and needs --mirror MAP"))?;
        Ok(crate::cmd::localize::LocalizeImagesOptions {
            target: target.or_else(|| self.target.as_ref().map(PathBuf::from)),
            mirror,
            output: self.output.clone(),
            filename: self.filename.clone(),
            verify: self.verify,
            helm: self.enable_helm.then(|| self.helm_command.clone().unwrap_or_else(|| "helm".into())),
        })
    }
}
