//! `kforge cfg count`.
use std::io::{Read, Write};

use anyhow::Result;

pub fn count(dir: Option<&std::path::Path>, by_kind: bool) -> Result<()> {
    let mut input = String::new();
    if dir.is_none() {
        std::io::stdin().read_to_string(&mut input)?;
    }
    let lines = crate::cfg::count(dir, dir.is_none().then_some(input.as_str()), by_kind);
    let mut out = std::io::stdout().lock();
    for l in lines {
        writeln!(out, "{l}")?;
    }
    Ok(())
}
