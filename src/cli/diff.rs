//! `kforge diff` and the fleet / CI flags of `kforge build`
//! (`--targets`, `--target`, `--output-dir`, `--check`).
use std::path::PathBuf;

use clap::{Args, ValueEnum};

/// `kforge build` flags for fleets and CI render steps (docs/targets.md).
#[derive(Debug, Args, Default, Clone)]
pub struct FleetArgs {
    /// Render every target of this targets file (docs/targets.md), in parallel.
    #[arg(long = "targets", value_name = "FILE", conflicts_with_all = ["dir", "mirror"])]
    pub targets: Option<PathBuf>,
    /// With --targets: render only this target (to stdout, -o, or OUT/NAME/ with --output-dir).
    #[arg(long = "target", value_name = "NAME", requires = "targets")]
    pub target: Option<String>,
    /// With --targets: write each target to OUT/<target>/manifest.yaml.
    #[arg(long = "output-dir", value_name = "OUT", requires = "targets", conflicts_with = "output")]
    pub output_dir: Option<PathBuf>,
    /// Compare a fresh render with RENDERED (a file, an -o directory, or an --output-dir tree); exit 3 with a unified diff when they differ.
    #[arg(long = "check", value_name = "RENDERED", conflicts_with_all = ["output", "output_dir"])]
    pub check: Option<PathBuf>,
}

impl FleetArgs {
    /// Whether `kforge build` runs as a fleet or check build.
    pub fn is_active(&self) -> bool {
        self.targets.is_some() || self.check.is_some()
    }
}

/// `--format` of `kforge diff`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum, Default)]
pub enum DiffFormat {
    /// Changed objects with a unified YAML diff, then added and removed ones.
    #[default]
    Text,
    /// One JSON object: added, removed, changed (with diffs).
    Json,
}

/// `kforge diff A B`.
#[derive(Debug, Args)]
pub struct DiffArgs {
    /// The first render: a file, a directory (-o DIR or --output-dir), or - for stdin.
    pub a: PathBuf,
    /// The second render: a file, a directory, or - for stdin.
    pub b: PathBuf,
    /// Output format.
    #[arg(long = "format", value_enum, default_value_t = DiffFormat::Text)]
    pub format: DiffFormat,
}

/// Run `kforge build` with fleet or check flags.
pub fn build(args: &super::build::BuildArgs) -> anyhow::Result<()> {
    use clap::CommandFactory;
    let f = &args.fleet;
    let usage = |msg: &str| -> ! {
        let mut cmd = super::Cli::command();
        let sub = cmd.find_subcommand_mut("build").map(|c| c.clone()).unwrap_or_default();
        sub.bin_name("kforge build").error(clap::error::ErrorKind::ArgumentConflict, msg).exit()
    };
    let mut opts = args.options();
    opts.warnings = crate::cmd::stderr_warnings();
    let Some(targets) = &f.targets else {
        let Some(check) = &f.check else { usage("--check RENDERED is needed") };
        return crate::cmd::fleet::check_build(&opts, args.mirror.as_deref(), check);
    };
    if f.target.is_none() && f.output_dir.is_none() && f.check.is_none() {
        usage("--targets needs --output-dir OUT, --target NAME or --check RENDERED");
    }
    if f.target.is_none() && args.output.is_some() {
        usage("-o/--output with --targets needs --target NAME (use --output-dir for every target)");
    }
    crate::cmd::fleet::run(&crate::cmd::fleet::FleetRun {
        file: targets.clone(),
        options: crate::fleet::FleetOptions { build: opts, only: f.target.clone() },
        read: crate::fleet::ReadOptions {
            allow_outside: args.load_restrictor == super::build::RestrictorArg::LoadRestrictionsNone,
        },
        output_dir: f.output_dir.clone(),
        output: args.output.clone(),
        check: f.check.clone(),
    })
}

/// Run `kforge diff`.
pub fn diff(args: &DiffArgs) -> anyhow::Result<()> {
    crate::cmd::diff::run(&args.a, &args.b, args.format == DiffFormat::Json)
}
