//! `kforge chart ...` verbs.
use std::path::Path;

use anyhow::{bail, Result};

use crate::chart::package::PackageOptions;
use crate::chart::RenderOptions;

/// `kforge chart package`.
pub fn package(chart: &Path, opts: &PackageOptions) -> Result<()> {
    let p = crate::chart::package::package(chart, opts)?;
    println!("Successfully packaged chart and saved it to: {}", p.display());
    Ok(())
}

/// `kforge chart schema`: write values.schema.json, or print it (`dry_run`).
pub fn schema(chart: &Path, dry_run: bool) -> Result<()> {
    let text = crate::chart::schema::write_schema(chart, dry_run)?;
    if dry_run {
        print!("{text}");
    } else {
        println!("wrote {}", chart.join("values.schema.json").display());
    }
    Ok(())
}

/// `kforge chart index`: write DIR/index.yaml.
pub fn index(dir: &Path, url: &str, merge: Option<&Path>) -> Result<()> {
    let text = crate::chart::index::index(dir, url, merge)?;
    crate::chart::package::write_atomic(&dir.join("index.yaml"), text.as_bytes())?;
    Ok(())
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
    let report = crate::chart::lint::lint(chart, opts, crate::engines::for_chart);
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

/// `kforge chart dependency update|build`.
pub fn dependencies(chart: &Path, transport: &crate::oci::TransportOptions, build: bool) -> Result<()> {
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
