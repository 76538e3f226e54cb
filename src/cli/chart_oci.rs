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

pub fn push(a: &PushArgs) -> anyhow::Result<()> {
    let opts = crate::oci::chart::PushOptions {
        archive: a.chart.clone(),
        destination: a.remote.clone(),
        transport: a.transport.options()?,
    };
    crate::cmd::chart_oci::push(&opts)
}

pub fn pull(a: &PullArgs) -> anyhow::Result<()> {
    let opts = crate::oci::chart::PullOptions {
        source: a.chart.clone(),
        name: a.name.clone(),
        version: a.version.clone(),
        untar: a.untar,
        dest_dir: a.destination.clone(),
        prov: a.prov,
        transport: a.transport.options()?,
    };
    crate::cmd::chart_oci::pull(&opts)
}
