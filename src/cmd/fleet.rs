//! `kforge build --targets` (render a fleet) and `kforge build --check`
//! (compare a fresh render with a committed one).
use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{bail, Result};

use super::diff::DifferencesFound;
use crate::diff::check::{check_dir, check_file, Drift};
use crate::fleet::{output, FleetOptions, ReadOptions};
use crate::pipeline::BuildOptions;

/// Everything `kforge build --targets` was asked.
pub struct FleetRun {
    pub file: PathBuf,
    pub options: FleetOptions,
    pub read: ReadOptions,
    /// `--output-dir OUT`: every target to `OUT/<target>/manifest.yaml`.
    pub output_dir: Option<PathBuf>,
    /// `-o`: the one `--target` to a file or a directory of resources.
    pub output: Option<PathBuf>,
    /// `--check RENDERED`.
    pub check: Option<PathBuf>,
}

fn print(text: &str) -> Result<()> {
    let mut out = std::io::stdout().lock();
    out.write_all(text.as_bytes()).and_then(|()| out.flush())?;
    Ok(())
}

/// What one target's callback produced.
enum Done {
    Written,
    Checked(Drift),
    Kept(crate::model::ResMap),
}

/// Render a fleet; each failed target is reported on stderr and the
/// others are written (or checked). Exit 1 when a target failed, 3 when a
/// check found drift.
pub fn run(r: &FleetRun) -> Result<()> {
    let file = crate::fleet::read(&r.file, r.read)?;
    let single = r.options.only.is_some();
    let out_dir = r.output_dir.as_deref();
    let check = r.check.as_deref();
    let check_is_dir = check.is_some_and(Path::is_dir);
    if let (Some(c), false, false) = (check, check_is_dir, single) {
        bail!(
            "--check {} with --targets needs the directory --output-dir wrote (or --target NAME for one file)",
            c.display()
        );
    }
    let results = crate::fleet::render_each(&file, &r.options, |t, m| {
        let io = |e: crate::diff::DiffError| crate::fleet::FleetError::Target {
            file: file.origin.clone(),
            target: t.name.clone(),
            message: e.to_string(),
        };
        if let Some(c) = check {
            let text = crate::emit::to_stream(&m);
            std::mem::forget(m);
            let drift = if check_is_dir {
                output::check_target(c, &t.name, &text)?
            } else {
                check_file(c, &text).map_err(io)?
            };
            return Ok(Done::Checked(drift));
        }
        if let Some(dir) = out_dir {
            let text = crate::emit::to_stream(&m);
            // Freeing thousands of objects one by one only costs time; the
            // process ends soon after.
            std::mem::forget(m);
            output::write_target(dir, &t.name, &text)?;
            return Ok(Done::Written);
        }
        Ok(Done::Kept(m))
    })?;

    let mut failed = Vec::new();
    let mut drift = false;
    for (name, res) in &results {
        match res {
            Ok(Done::Written) => {}
            Ok(Done::Checked(d)) => {
                if !d.is_empty() {
                    drift = true;
                    print(&d.to_text())?;
                }
            }
            Ok(Done::Kept(m)) => match &r.output {
                Some(path) => crate::emit::write_output(m, path)?,
                None => print(&crate::emit::to_stream(m))?,
            },
            Err(e) => {
                eprintln!("Error: {e}");
                failed.push(name.clone());
            }
        }
    }
    if let (Some(c), true, false) = (check, check_is_dir, single) {
        let names: Vec<&str> = results.iter().map(|(n, _)| n.as_str()).collect();
        for stale in output::stale_targets(c, &names)? {
            drift = true;
            print(&format!(
                "only in {}: {stale}/{} (not a placed target of {})\n",
                c.display(),
                output::MANIFEST,
                file.origin
            ))?;
        }
    }
    std::mem::forget(results);
    if !failed.is_empty() {
        bail!("{} of {} targets failed: {}", failed.len(), file.placed().count().max(failed.len()), failed.join(", "));
    }
    if drift {
        return Err(DifferencesFound.into());
    }
    Ok(())
}

/// `kforge build DIR --check RENDERED`: build (and mirror) as `kforge
/// build` does, then compare with RENDERED (a file: the stream; a
/// directory: the files `-o DIR` writes).
pub fn check_build(opts: &BuildOptions, mirror: Option<&Path>, rendered: &Path) -> Result<()> {
    let mut m = crate::pipeline::build(opts)?;
    if let Some(path) = mirror {
        let map = crate::images::MirrorMap::load(path)?;
        crate::images::find::rewrite_resmap(&mut m, &map)?;
    }
    let drift = if rendered.is_dir() {
        let names = crate::emit::file_names(&m)?;
        let files: Vec<(String, String)> =
            m.iter().zip(names).map(|(r, n)| (n, crate::yaml::to_yaml(&r.obj))).collect();
        check_dir(rendered, &files)?
    } else {
        check_file(rendered, &crate::emit::to_stream(&m))?
    };
    std::mem::forget(m);
    if drift.is_empty() {
        return Ok(());
    }
    print(&drift.to_text())?;
    Err(DifferencesFound.into())
}
