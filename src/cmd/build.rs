use std::io::Write;
use std::path::PathBuf;

use anyhow::Result;

use crate::pipeline::{build, BuildOptions};

/// Build and print (or write to `output`).
pub fn run(opts: &BuildOptions, output: Option<&PathBuf>) -> Result<()> {
    let opts = BuildOptions { warnings: super::stderr_warnings(), ..opts.clone() };
    let m = build(&opts)?;
    let result = match output {
        Some(path) => crate::emit::write_output(&m, path),
        None => {
            let text = crate::emit::to_stream(&m);
            let mut out = std::io::stdout().lock();
            out.write_all(text.as_bytes()).and_then(|()| out.flush()).map_err(Into::into)
        }
    };
    // The process ends right after this: freeing tens of thousands of
    // objects one by one would only cost time.
    std::mem::forget(m);
    result
}
