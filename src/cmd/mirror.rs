//! `kforge mirror config`: containerd / CRI-O mirror configuration from a mirror map.
use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::Result;

use crate::images::{runtime, MirrorMap};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Runtime {
    Containerd,
    CriO,
}

#[derive(Clone, Debug)]
pub struct MirrorConfigOptions {
    pub mirror: PathBuf,
    pub runtime: Runtime,
    pub output: Option<PathBuf>,
    pub registries: Vec<String>,
}

pub fn config(opts: &MirrorConfigOptions) -> Result<()> {
    let map = MirrorMap::load(&opts.mirror)?;
    let files = match opts.runtime {
        Runtime::Containerd => runtime::containerd(&map, &opts.registries),
        Runtime::CriO => vec![runtime::crio(&map, &opts.registries)],
    };
    match &opts.output {
        Some(out) if opts.runtime == Runtime::CriO && !out.is_dir() => {
            for f in &files {
                crate::emit::write_atomic(out, f.content.as_bytes())?;
            }
            super::ui::note(format_args!("wrote {} file(s) under {}", files.len(), out.display()));
        }
        Some(out) => {
            // One file per registry, all or nothing; registry names from the
            // mirror map cannot climb out of the directory.
            crate::fsutil::write_tree(out, files.iter().map(|f| (Path::new(&f.path), f.content.as_bytes())))
                .map_err(|(p, e)| anyhow::anyhow!("cannot write '{}': {e}", p.display()))?;
            super::ui::note(format_args!("wrote {} file(s) under {}", files.len(), out.display()));
        }
        None => {
            let mut stdout = std::io::stdout().lock();
            for (i, f) in files.iter().enumerate() {
                if opts.runtime == Runtime::Containerd {
                    if i > 0 {
                        stdout.write_all(b"\n")?;
                    }
                    writeln!(stdout, "# ==> {} <==", f.path)?;
                }
                stdout.write_all(f.content.as_bytes())?;
            }
            stdout.flush()?;
        }
    }
    Ok(())
}
