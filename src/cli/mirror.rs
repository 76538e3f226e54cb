use std::path::PathBuf;

use clap::{Args, Subcommand, ValueEnum};

/// `kforge mirror ...`
#[derive(Debug, Subcommand)]
pub enum MirrorCommand {
    /// Write container runtime mirror configuration from a mirror map.
    Config(MirrorConfigArgs),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum RuntimeFormat {
    /// containerd hosts.toml files (one directory per registry, for config_path).
    Containerd,
    /// CRI-O / containers registries.conf.
    #[value(name = "cri-o", alias = "crio")]
    CriO,
}

#[derive(Debug, Args)]
pub struct MirrorConfigArgs {
    /// The mirror map.
    #[arg(long = "mirror", value_name = "MAP")]
    pub mirror: PathBuf,
    /// Runtime to configure.
    #[arg(long, value_enum)]
    pub format: RuntimeFormat,
    /// Write here (containerd: a directory like /etc/containerd/certs.d; cri-o: a file) instead of stdout.
    #[arg(short = 'o', long = "output")]
    pub output: Option<PathBuf>,
    /// Registries a "*" rule is also written for (besides the well-known public ones).
    #[arg(long = "registry", value_delimiter = ',')]
    pub registries: Vec<String>,
}

impl MirrorConfigArgs {
    pub fn options(&self) -> crate::cmd::mirror::MirrorConfigOptions {
        crate::cmd::mirror::MirrorConfigOptions {
            mirror: self.mirror.clone(),
            runtime: match self.format {
                RuntimeFormat::Containerd => crate::cmd::mirror::Runtime::Containerd,
                RuntimeFormat::CriO => crate::cmd::mirror::Runtime::CriO,
            },
            output: self.output.clone(),
            registries: self.registries.clone(),
        }
    }
}
