//! The `--output-dir` layout: `OUT/<target>/manifest.yaml`, the target's
//! whole stream (the bytes `kforge build --targets F --target NAME` prints),
//! and `--check` against such a directory.
use std::path::{Path, PathBuf};

use super::FleetError;
use crate::diff::check::{file_drift, Drift};

/// The file each target's render goes to, inside its directory.
pub const MANIFEST: &str = "manifest.yaml";

/// `OUT/<target>/manifest.yaml`.
pub fn target_file(out: &Path, target: &str) -> PathBuf {
    out.join(target).join(MANIFEST)
}

/// Write one target's stream (atomically: a failed write leaves the old file).
pub fn write_target(out: &Path, target: &str, text: &str) -> Result<PathBuf, FleetError> {
    let dir = out.join(target);
    std::fs::create_dir_all(&dir).map_err(|e| FleetError::Io { path: dir.display().to_string(), source: e })?;
    let path = dir.join(MANIFEST);
    crate::fsutil::write_atomic(&path, text.as_bytes())
        .map_err(|e| FleetError::Io { path: path.display().to_string(), source: e })?;
    Ok(path)
}

/// Compare one target's fresh stream with `OUT/<target>/manifest.yaml`
/// (a missing file is drift: everything is new).
pub fn check_target(out: &Path, target: &str, text: &str) -> Result<Drift, FleetError> {
    let path = target_file(out, target);
    match std::fs::read(&path) {
        Ok(old) => Ok(file_drift(&String::from_utf8_lossy(&old), text, &path)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Drift {
            diffs: vec![crate::diff::unified(
                "",
                text,
                &format!("/dev/null ({} not committed)", path.display()),
                &format!("{} (fresh render)", path.display()),
            )],
        }),
        Err(e) => Err(FleetError::Io { path: path.display().to_string(), source: e }),
    }
}

/// Directories of `out` holding a `manifest.yaml` whose name is not in
/// `targets` (a target removed from the file, or no longer placed), sorted.
pub fn stale_targets(out: &Path, targets: &[&str]) -> Result<Vec<String>, FleetError> {
    let rd = std::fs::read_dir(out).map_err(|e| FleetError::Io { path: out.display().to_string(), source: e })?;
    let mut stale = Vec::new();
    for e in rd {
        let e = e.map_err(|err| FleetError::Io { path: out.display().to_string(), source: err })?;
        let name = e.file_name().to_string_lossy().into_owned();
        if !targets.contains(&name.as_str()) && e.path().join(MANIFEST).is_file() {
            stale.push(name);
        }
    }
    stale.sort();
    Ok(stale)
}
