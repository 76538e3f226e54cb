//! `kforge chart ...` verbs.
use std::path::Path;

use anyhow::{bail, Result};

use crate::chart::RenderOptions;
use crate::cli::chart::{ChartCommand as C, DependencyCommand as D};

/// Dispatch a `chart` subcommand.
pub fn run(cmd: &C) -> Result<()> {
    match cmd {
        C::Create(a) => create(&a.name),
        C::Push(a) => crate::cmd::chart_oci::push(&a.options()?),
        C::Pull(a) => crate::cmd::chart_oci::pull(&a.options()?),
        C::Lint(a) => {
            let opts = RenderOptions {
                namespace: a.namespace.clone(),
                kube_version: a.kube_version.clone(),
                values: a.values.options().merge()?,
                ..RenderOptions::default()
            };
            lint(&a.chart, &opts, a.strict)
        }
        C::Package(a) => {
            let opts = crate::chart::package::PackageOptions {
                destination: a.destination.clone(),
                version: a.version.clone(),
                app_version: a.app_version.clone(),
            };
            let p = crate::chart::package::package(&a.chart, &opts)?;
            println!("Successfully packaged chart and saved it to: {}", p.display());
            Ok(())
        }
        C::Dependency(D::Update(a)) => dependencies(&a.chart, &a.transport.options()?, false),
        C::Dependency(D::Build(a)) => dependencies(&a.chart, &a.transport.options()?, true),
        C::Schema(a) => {
            let text = crate::chart::schema::write_schema(&a.chart, a.dry_run)?;
            if a.dry_run {
                print!("{text}");
            } else {
                println!("wrote {}", a.chart.join("values.schema.json").display());
            }
            Ok(())
        }
        C::Index(a) => {
            let text = crate::chart::index::index(&a.dir, &a.url, a.merge.as_deref())?;
            crate::chart::package::write_atomic(&a.dir.join("index.yaml"), text.as_bytes())?;
            Ok(())
        }
    }
}

/// `kforge chart create`.
pub fn create(path: &Path) -> Result<()> {
    let p = crate::chart::create::create(path)?;
    println!("Creating {}", p.display());
    Ok(())
}

/// `kforge chart lint`: findings on stdout, exit 1 on errors (or warnings
/// with `--strict`).
pub fn lint(chart: &Path, opts: &RenderOptions, strict: bool) -> Result<()> {
    let report = crate::chart::lint::lint(chart, opts);
    println!("==> Linting {}", chart.display());
    for f in &report.findings {
        println!("{f}");
    }
    let failed = report.failed(strict);
    println!();
    println!("1 chart(s) linted, {} chart(s) failed", u8::from(failed));
    if failed {
        bail!("1 chart(s) failed linting");
    }
    Ok(())
}

fn dependencies(chart: &Path, transport: &crate::oci::TransportOptions, build: bool) -> Result<()> {
    let remote = crate::oci::deps::RemoteFetcher::new(transport)?;
    let r =
        if build { crate::chart::deps::build(chart, &remote)? } else { crate::chart::deps::update(chart, &remote)? };
    for p in &r.written {
        println!("Saving {}", p.display());
    }
    for l in &r.locked {
        println!("{} {} {}", l.name, l.version, l.digest);
    }
    Ok(())
}
