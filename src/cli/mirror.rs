//! `kforge mirror ...` (owned by the oci helper; `mirror config` comes from the images helper).
use std::path::PathBuf;

use clap::{Args, Subcommand, ValueEnum};

use super::oci_flags::TransportArgs;

#[derive(Debug, Subcommand)]
pub enum MirrorCommand {
    /// Write container runtime mirror configuration from a mirror map.
    Config(MirrorConfigArgs),
    /// Copy images (every platform, digests unchanged, signatures along) to a mirror registry.
    Images(MirrorImagesArgs),
    /// Mirror a chart and every image it needs; push the localized chart; write a lock file.
    Chart(MirrorChartArgs),
    /// Compare upstream images with their mirror copies (HEAD and tag-list requests only); exit 3 when behind.
    Status(MirrorStatusArgs),
}

#[derive(Debug, Clone, Args)]
pub struct MirrorTarget {
    /// Mirror registry and path prefix: images go to TO/<source host>/<source path> unless a --mirror rule matches.
    #[arg(long, value_name = "HOST[/PATH]")]
    pub to: Option<String>,
    /// Mirror rule SOURCE_PREFIX=DEST_PREFIX, or a file of such lines (repeatable).
    #[arg(long = "mirror", value_name = "MAP")]
    pub mirror: Vec<String>,
    /// Use plain HTTP for this registry only (repeatable; --plain-http covers all).
    #[arg(long = "plain-http-registry", value_name = "HOST")]
    pub plain_http_registry: Vec<String>,
    #[command(flatten)]
    pub transport: TransportArgs,
}

#[derive(Debug, Args)]
pub struct MirrorImagesArgs {
    /// Image list (one IMAGE[:TAG|@DIGEST] per line, optional `semver=RANGE`, `regex=RE` or `latest=N`) or a mirror lock file.
    #[arg(short = 'f', long = "filename", value_name = "LIST|LOCKFILE")]
    pub filename: Vec<PathBuf>,
    /// More images to copy.
    pub images: Vec<String>,
    #[command(flatten)]
    pub target: MirrorTarget,
    /// Blobs above this size are uploaded in resumable chunks (bytes; K, M, G suffixes).
    #[arg(long = "chunk-size", default_value = "16M")]
    pub chunk_size: String,
    /// Print the plan without copying anything.
    #[arg(long = "dry-run")]
    pub dry_run: bool,
    /// Leave signatures, attestations, SBOMs and referrers behind.
    #[arg(long = "no-artifacts")]
    pub no_artifacts: bool,
}

#[derive(Debug, Args)]
pub struct MirrorChartArgs {
    /// oci://HOST/NS/NAME, an http(s) chart repository URL followed by the chart name, or a local chart (.tgz or directory).
    pub source: String,
    /// Chart name, when SOURCE is a chart repository.
    pub name: Option<String>,
    /// Version or range.
    #[arg(long)]
    pub version: Option<String>,
    /// Where the localized chart goes: oci://MIRROR/NAMESPACE.
    #[arg(long, value_name = "oci://HOST/NAMESPACE")]
    pub to: String,
    /// The mirror map (kind: MirrorMap) saying where each registry's images go.
    #[arg(long = "mirror", value_name = "MAP")]
    pub mirror: PathBuf,
    /// Lock file to write (images with source, destination, digests, where found).
    #[arg(long = "lock", default_value = "mirror-lock.yaml")]
    pub lock: PathBuf,
    /// Render charts that need helm with this helm binary to find images (runs helm).
    #[arg(long = "enable-helm")]
    pub enable_helm: bool,
    /// The helm binary for --enable-helm.
    #[arg(long = "helm-command", default_value = "helm")]
    pub helm_command: String,
    /// Blobs above this size are uploaded in resumable chunks (bytes; K, M, G suffixes).
    #[arg(long = "chunk-size", default_value = "16M")]
    pub chunk_size: String,
    /// Print the plan without copying or pushing anything.
    #[arg(long = "dry-run")]
    pub dry_run: bool,
    /// Leave signatures, attestations, SBOMs and referrers behind.
    #[arg(long = "no-artifacts")]
    pub no_artifacts: bool,
    /// Use plain HTTP for this registry only (repeatable).
    #[arg(long = "plain-http-registry", value_name = "HOST")]
    pub plain_http_registry: Vec<String>,
    #[command(flatten)]
    pub transport: TransportArgs,
}

#[derive(Debug, Args)]
pub struct MirrorStatusArgs {
    /// Image list or mirror lock file.
    #[arg(short = 'f', long = "filename", value_name = "LIST|LOCKFILE")]
    pub filename: Vec<PathBuf>,
    /// More images to check.
    pub images: Vec<String>,
    #[command(flatten)]
    pub target: MirrorTarget,
}

fn parse_size(s: &str) -> anyhow::Result<u64> {
    let t = s.trim().trim_end_matches(['B', 'b', 'i']);
    let (num, mul) = match t.chars().last() {
        Some('K' | 'k') => (&t[..t.len() - 1], 1u64 << 10),
        Some('M' | 'm') => (&t[..t.len() - 1], 1 << 20),
        Some('G' | 'g') => (&t[..t.len() - 1], 1 << 30),
        _ => (t, 1),
    };
    let n: u64 = num.trim().parse().map_err(|_| anyhow::anyhow!("--chunk-size {s:?}: expected a size like 16M"))?;
    if n == 0 {
        anyhow::bail!("--chunk-size must be more than 0");
    }
    Ok(n * mul)
}

impl MirrorTarget {
    fn transport(&self) -> anyhow::Result<crate::oci::TransportOptions> {
        let mut t = self.transport.options()?;
        t.plain_http_hosts = self.plain_http_registry.clone();
        Ok(t)
    }
}

fn sources(files: &[PathBuf], images: &[String]) -> anyhow::Result<Vec<crate::oci::mirror::SourceSpec>> {
    let mut out = Vec::new();
    for f in files {
        out.extend(crate::oci::mirror::parse_sources(f)?);
    }
    for i in images {
        out.push(crate::oci::mirror::SourceSpec {
            image: crate::oci::ImageRef::parse(i)?,
            select: crate::oci::mirror::TagSelector::Exact,
            origin: "command line".into(),
        });
    }
    if out.is_empty() {
        anyhow::bail!("no images: give -f LIST or image references");
    }
    Ok(out)
}

/// `jobs`: the global `-j/--jobs`, here the limit on concurrent blob
/// transfers over all images (default 8).
pub fn run(cmd: &MirrorCommand, jobs: Option<u16>) -> anyhow::Result<()> {
    let jobs = jobs.map(usize::from).unwrap_or(8);
    match cmd {
        MirrorCommand::Config(a) => crate::cmd::mirror::config(&a.options()),
        MirrorCommand::Images(a) => {
            let opts = crate::oci::mirror::MirrorOptions {
                sources: sources(&a.filename, &a.images)?,
                rules: crate::oci::mapping::MirrorRules::new(a.target.to.as_deref(), &a.target.mirror)?,
                transport: a.target.transport()?,
                jobs: jobs.max(1),
                dry_run: a.dry_run,
                chunk_size: parse_size(&a.chunk_size)?,
                artifacts: !a.no_artifacts,
                pairs: Vec::new(),
            };
            crate::cmd::mirror_oci::images(&opts, crate::cmd::ui::quiet())
        }
        MirrorCommand::Chart(a) => {
            let mut transport = a.transport.options()?;
            transport.plain_http_hosts = a.plain_http_registry.clone();
            let opts = crate::oci::mirror_chart::MirrorChartOptions {
                source: a.source.clone(),
                name: a.name.clone(),
                version: a.version.clone(),
                to: a.to.clone(),
                map: crate::images::MirrorMap::load(&a.mirror)?,
                lock_file: a.lock.clone(),
                transport,
                jobs: jobs.max(1),
                chunk_size: parse_size(&a.chunk_size)?,
                dry_run: a.dry_run,
                artifacts: !a.no_artifacts,
            };
            let helm = a.enable_helm.then_some(a.helm_command.as_str());
            crate::cmd::mirror_oci::chart(&opts, helm, crate::cmd::ui::quiet())
        }
        MirrorCommand::Status(a) => {
            let opts = crate::oci::status::StatusOptions {
                sources: sources(&a.filename, &a.images)?,
                rules: crate::oci::mapping::MirrorRules::new(a.target.to.as_deref(), &a.target.mirror)?,
                transport: a.target.transport()?,
            };
            crate::cmd::mirror_oci::status(&opts, crate::cmd::ui::quiet())
        }
    }
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
