//! `--check`: a fresh render against the committed one, byte for byte.
//! A stream is compared with a file; per-resource files (`-o DIR`) with
//! the `.yaml` files of a directory.
use std::collections::BTreeMap;
use std::path::Path;

use super::{io_err, unified, DiffError};

/// Drift between a committed render and a fresh one: a unified diff per
/// file that differs, and files only on one side.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Drift {
    pub diffs: Vec<String>,
}

impl Drift {
    pub fn is_empty(&self) -> bool {
        self.diffs.is_empty()
    }

    pub fn to_text(&self) -> String {
        self.diffs.concat()
    }
}

/// Compare `fresh` with the file `committed` (a missing file is an error).
pub fn check_file(committed: &Path, fresh: &str) -> Result<Drift, DiffError> {
    let old = std::fs::read(committed).map_err(|e| io_err(committed, e))?;
    let old = String::from_utf8_lossy(&old);
    Ok(file_drift(&old, fresh, committed))
}

/// The diff of one file, committed (`old`) to fresh.
pub fn file_drift(old: &str, fresh: &str, committed: &Path) -> Drift {
    let mut d = Drift::default();
    if old != fresh {
        let name = committed.display().to_string();
        d.diffs.push(unified(old, fresh, &name, &format!("{name} (fresh render)")));
    }
    d
}

/// Compare fresh per-resource files (name → content, as `-o DIR` writes
/// them) with the `.yaml` files directly in `committed`.
pub fn check_dir(committed: &Path, fresh: &[(String, String)]) -> Result<Drift, DiffError> {
    let mut old: BTreeMap<String, String> = BTreeMap::new();
    for e in std::fs::read_dir(committed).map_err(|e| io_err(committed, e))? {
        let e = e.map_err(|err| io_err(committed, err))?;
        let name = e.file_name().to_string_lossy().into_owned();
        let path = e.path();
        if !name.ends_with(".yaml") || name.starts_with('.') || !path.is_file() {
            continue;
        }
        let bytes = std::fs::read(&path).map_err(|err| io_err(&path, err))?;
        old.insert(name, String::from_utf8_lossy(&bytes).into_owned());
    }
    let mut drift = Drift::default();
    let fresh: BTreeMap<&str, &str> = fresh.iter().map(|(n, t)| (n.as_str(), t.as_str())).collect();
    let mut names: Vec<&str> = old.keys().map(String::as_str).chain(fresh.keys().copied()).collect();
    names.sort_unstable();
    names.dedup();
    for name in names {
        let path = committed.join(name);
        let label = path.display().to_string();
        match (old.get(name), fresh.get(name)) {
            (Some(o), Some(f)) if o == f => {}
            (Some(o), Some(f)) => drift.diffs.push(unified(o, f, &label, &format!("{label} (fresh render)"))),
            (Some(o), None) => drift.diffs.push(unified(o, "", &label, "/dev/null (not in the fresh render)")),
            (None, Some(f)) => {
                drift.diffs.push(unified("", f, "/dev/null (not committed)", &format!("{label} (fresh render)")))
            }
            (None, None) => {}
        }
    }
    Ok(drift)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn directory_drift() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("a.yaml"), "x: 1\n").unwrap();
        std::fs::write(dir.path().join("b.yaml"), "y: 1\n").unwrap();
        std::fs::write(dir.path().join("README.md"), "not a render\n").unwrap();
        let same = check_dir(dir.path(), &[("a.yaml".into(), "x: 1\n".into()), ("b.yaml".into(), "y: 1\n".into())]);
        assert!(same.unwrap().is_empty());
        let d =
            check_dir(dir.path(), &[("a.yaml".into(), "x: 2\n".into()), ("c.yaml".into(), "z: 1\n".into())]).unwrap();
        let t = d.to_text();
        assert_eq!(d.diffs.len(), 3, "{t}");
        assert!(t.contains("-x: 1\n+x: 2\n"), "{t}");
        assert!(t.contains("-y: 1\n"), "{t}");
        assert!(t.contains("+z: 1\n"), "{t}");
    }
}
