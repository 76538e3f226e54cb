use std::io::Write;
use std::path::PathBuf;

use anyhow::Result;

use crate::pipeline::{build, BuildOptions};

/// Build and print (or write to `output`).
pub fn run(opts: &BuildOptions, output: Option<&PathBuf>) -> Result<()> {
    run_mirrored(opts, output, None)
}

/// Build, rewrite every image by the mirror map `mirror` (`--mirror`), and print.
pub fn run_mirrored(opts: &BuildOptions, output: Option<&PathBuf>, mirror: Option<&std::path::Path>) -> Result<()> {
    let opts = BuildOptions { warnings: super::stderr_warnings(), ..opts.clone() };
    let mut m = build(&opts)?;
    if let Some(path) = mirror {
        let map = crate::images::MirrorMap::load(path)?;
        crate::images::find::rewrite_resmap(&mut m, &map)?;
    }
    let result = match output {
        Some(path) => crate::emit::write_output(&m, path),
        None => {
            // Written as it is emitted, in order (never the whole output at once).
            let mut out = std::io::stdout().lock();
            crate::emit::write_stream(&m, &mut out).and_then(|()| out.flush()).map_err(Into::into)
        }
    };
    // The process ends right after this: freeing tens of thousands of
    // objects one by one would only cost time.
    std::mem::forget(m);
    Ok(result?)
}
