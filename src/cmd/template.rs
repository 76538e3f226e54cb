//! `kforge template`.
use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::Result;

use crate::chart::values::ValueOptions;
use crate::chart::RenderOptions;

/// Render a chart and print it (or write it under `output_dir`).
pub fn run(chart: &Path, mut opts: RenderOptions, values: &ValueOptions, output_dir: Option<&PathBuf>) -> Result<()> {
    let c = crate::chart::load_chart(chart)?;
    opts.values = values.merge()?;
    // (the process ends after printing: nothing of the render is freed)
    opts.leave_to_exit = true;
    let engine = crate::engines::for_chart(&c)?;
    let mut warnings = Vec::new();
    let rendered = crate::chart::render::render_chart_owned(c, &opts, engine.as_ref(), &mut |w| warnings.push(w))?;
    for w in warnings {
        super::ui::warning(w);
    }
    match output_dir {
        Some(dir) => {
            for p in rendered.write_output_dir(dir)? {
                println!("wrote {}", p.display());
            }
        }
        None => {
            // (written as it is laid out, through one buffer: no copy of
            // the whole output)
            let mut out = std::io::BufWriter::with_capacity(64 << 10, std::io::stdout().lock());
            rendered.write_text(&mut out)?;
            out.flush()?;
        }
    }
    Ok(())
}
