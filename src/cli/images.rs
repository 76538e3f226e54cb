use std::path::PathBuf;

use clap::{Args, ValueEnum};

/// Output format of `kforge images`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, ValueEnum)]
pub enum ImagesFormat {
    #[default]
    Table,
    Json,
    Yaml,
}

/// `kforge images`: every image and where it came from.
#[derive(Debug, Args)]
pub struct ImagesArgs {
    /// A kustomization or manifest directory, a chart (directory or .tgz), a manifest file, or - for stdin.
    pub target: String,
    /// Values files for rendering a chart (with --enable-helm).
    #[arg(short = 'f', long = "values")]
    pub values: Vec<PathBuf>,
    /// Values for rendering a chart (key=value, as helm --set; with --enable-helm).
    #[arg(long = "set")]
    pub set: Vec<String>,
    /// Output format.
    #[arg(long, value_enum, default_value_t)]
    pub format: ImagesFormat,
    /// Fail (exit 1) listing every image outside these registries (host or host/path, comma-separated).
    #[arg(long = "allowed-registries", value_delimiter = ',')]
    pub allowed_registries: Vec<String>,
    /// Render charts (and kustomizations' helmCharts) with a helm binary (runs an external program).
    #[arg(long = "enable-helm")]
    pub enable_helm: bool,
    /// The helm binary (default: helm on PATH).
    #[arg(long = "helm-command")]
    pub helm_command: Option<String>,
}

impl ImagesArgs {
    pub fn options(&self) -> crate::cmd::images::ImagesOptions {
        use crate::cmd::images::Format;
        crate::cmd::images::ImagesOptions {
            target: self.target.clone(),
            values: self.values.clone(),
            set: self.set.clone(),
            format: match self.format {
                ImagesFormat::Table => Format::Table,
                ImagesFormat::Json => Format::Json,
                ImagesFormat::Yaml => Format::Yaml,
            },
            allowed_registries: self.allowed_registries.iter().filter(|s| !s.trim().is_empty()).cloned().collect(),
            helm: self.enable_helm.then(|| self.helm_command.clone().unwrap_or_else(|| "helm".into())),
        }
    }
}
