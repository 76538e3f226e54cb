//! Arguments of `kforge chart push` and `kforge chart pull`.
use std::path::PathBuf;

use clap::Args;

use super::oci_flags::TransportArgs;

#[derive(Debug, Args)]
pub struct PushArgs {
    /// Chart archive (.tgz) made by `chart package` or `helm package`.
    pub chart: PathBuf,
    /// Destination: oci://HOST/NAMESPACE (the chart goes to NAMESPACE/<name>:<version>).
    pub remote: String,
    #[command(flatten)]
    pub transport: TransportArgs,
}

#[derive(Debug, Args)]
pub struct PullArgs {
    /// oci://HOST/NAMESPACE/NAME[:TAG|@sha256:DIGEST], or an http(s) chart repository URL followed by the chart name.
    pub chart: String,
    /// Chart name, when CHART is an HTTP chart repository.
    pub name: Option<String>,
    /// Version or range (`1.2.3`, `~1.2`, `>=1 <2`); default: the highest release.
    #[arg(long)]
    pub version: Option<String>,
    /// Unpack the chart into DIR/<name> instead of saving the archive.
    #[arg(long)]
    pub untar: bool,
    /// Directory to write to.
    #[arg(short = 'd', long = "destination", default_value = ".")]
    pub destination: PathBuf,
    /// Also save the provenance file (.prov) when the chart has one.
    #[arg(long)]
    pub prov: bool,
    #[command(flatten)]
    pub transport: TransportArgs,
}

impl PushArgs {
    pub fn options(&self) -> anyhow::Result<crate::oci::chart::PushOptions> {
        Ok(crate::oci::chart::PushOptions {
            archive: self.chart.clone(),
            destination: self.remote.clone(),
            transport: self.transport.options()?,
        })
    }
}

impl PullArgs {
    pub fn options(&self) -> anyhow::Result<crate::oci::chart::PullOptions> {
        Ok(crate::oci::chart::PullOptions {
            source: self.chart.clone(),
            name: self.name.clone(),
            version: self.version.clone(),
            untar: self.untar,
            dest_dir: self.destination.clone(),
            prov: self.prov,
            transport: self.transport.options()?,
        })
    }
}
