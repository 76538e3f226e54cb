use std::path::PathBuf;

use clap::{Args, Subcommand};

use super::template::ValuesArgs;

/// Dispatch a `chart` subcommand: clap arguments become the verb's options.
pub fn run(cmd: &ChartCommand) -> anyhow::Result<()> {
    use crate::cmd::chart as verb;
    match cmd {
        ChartCommand::Create(a) => verb::create(&a.name),
        ChartCommand::Push(a) => crate::cmd::chart_oci::push(&a.options()?),
        ChartCommand::Pull(a) => crate::cmd::chart_oci::pull(&a.options()?),
        ChartCommand::Lint(a) => {
            let opts = crate::chart::RenderOptions {
                namespace: a.namespace.clone(),
                kube_version: a.kube_version.clone(),
                values: a.values.options().merge()?,
                ..crate::chart::RenderOptions::default()
            };
            verb::lint(&a.chart, &opts, a.strict)
        }
        ChartCommand::Package(a) => {
            let opts = crate::chart::package::PackageOptions {
                destination: a.destination.clone(),
                version: a.version.clone(),
                app_version: a.app_version.clone(),
            };
            verb::package(&a.chart, &opts)
        }
        ChartCommand::Dependency(DependencyCommand::Update(a)) => {
            verb::dependencies(&a.chart, &a.transport.options()?, false)
        }
        ChartCommand::Dependency(DependencyCommand::Build(a)) => {
            verb::dependencies(&a.chart, &a.transport.options()?, true)
        }
        ChartCommand::Schema(a) => verb::schema(&a.chart, a.dry_run),
        ChartCommand::Index(a) => verb::index(&a.dir, &a.url, a.merge.as_deref()),
    }
}

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
    /// Check a chart: Chart.yaml, values against the schema, templates, rendered objects.
    Lint(LintArgs),
    /// Package a chart into a byte-reproducible NAME-VERSION.tgz.
    Package(PackageArgs),
    /// Vendor a chart's dependencies into charts/ and write Chart.lock.
    #[command(subcommand)]
    Dependency(DependencyCommand),
    /// Write values.schema.json inferred from values.yaml.
    Schema(SchemaArgs),
    /// Write index.yaml for a folder of chart packages (like `helm repo index`).
    Index(IndexArgs),
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

#[derive(Debug, Args)]
pub struct LintArgs {
    /// Chart directory or archive.
    #[arg(default_value = ".")]
    pub chart: PathBuf,
    #[command(flatten)]
    pub values: ValuesArgs,
    /// Fail on warnings too.
    #[arg(long)]
    pub strict: bool,
    /// Namespace of the release the templates see.
    #[arg(short = 'n', long = "namespace", default_value = "default")]
    pub namespace: String,
    /// Kubernetes version for Capabilities.KubeVersion.
    #[arg(long = "kube-version")]
    pub kube_version: Option<String>,
}

#[derive(Debug, Args)]
pub struct PackageArgs {
    /// Chart directory.
    pub chart: PathBuf,
    /// Directory to write the archive to.
    #[arg(short = 'd', long = "destination", default_value = ".")]
    pub destination: PathBuf,
    /// Set the chart's version in the package.
    #[arg(long)]
    pub version: Option<String>,
    /// Set the chart's appVersion in the package.
    #[arg(long = "app-version")]
    pub app_version: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum DependencyCommand {
    /// Resolve Chart.yaml's dependencies (file://, http(s):// and oci:// repositories, archives in charts/), vendor them, write Chart.lock.
    Update(DependencyArgs),
    /// Vendor the versions Chart.lock pins (update when there is no lock).
    Build(DependencyArgs),
}

#[derive(Debug, Args)]
pub struct DependencyArgs {
    /// Chart directory.
    #[arg(default_value = ".")]
    pub chart: PathBuf,
    #[command(flatten)]
    pub transport: super::oci_flags::TransportArgs,
}

#[derive(Debug, Args)]
pub struct SchemaArgs {
    /// Chart directory.
    #[arg(default_value = ".")]
    pub chart: PathBuf,
    /// Print the schema instead of writing values.schema.json.
    #[arg(long = "dry-run")]
    pub dry_run: bool,
}

#[derive(Debug, Args)]
pub struct IndexArgs {
    /// Folder of chart packages.
    pub dir: PathBuf,
    /// URL of the folder, prefixed to each package's file name.
    #[arg(long, default_value = "")]
    pub url: String,
    /// Merge into this existing index (its entries are kept unless the folder has the same version).
    #[arg(long)]
    pub merge: Option<PathBuf>,
}
