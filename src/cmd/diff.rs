//! `kforge diff A B`: compare two renders by resource id.
use std::io::{Read, Write};
use std::path::Path;

use anyhow::{bail, Context, Result};

use crate::diff::{compare, Render};

/// Returned when a comparison found differences (already printed): the
/// CLI exits 3.
#[derive(Debug, thiserror::Error)]
#[error("differences found")]
pub struct DifferencesFound;

fn load(path: &Path) -> Result<Render> {
    if path.as_os_str() == "-" {
        let mut text = String::new();
        std::io::stdin().read_to_string(&mut text).context("cannot read stdin")?;
        return Ok(Render::from_text(&text, "-")?);
    }
    Ok(Render::from_path(path)?)
}

/// Print the differences between two renders; `DifferencesFound` when there are any.
pub fn run(a: &Path, b: &Path, json: bool) -> Result<()> {
    if a.as_os_str() == "-" && b.as_os_str() == "-" {
        bail!("only one of A and B can be - (stdin)");
    }
    let (ra, rb) = (load(a)?, load(b)?);
    let report = compare(&ra, &rb);
    let text = if json { report.to_json() } else { report.to_text() };
    let mut out = std::io::stdout().lock();
    out.write_all(text.as_bytes()).and_then(|()| out.flush())?;
    if report.is_same() {
        Ok(())
    } else {
        Err(DifferencesFound.into())
    }
}
