//! What a mirror run remembers for the next one, one small JSON file per
//! destination registry under the state directory (`$KFORGE_STATE_DIR`,
//! else `$XDG_STATE_HOME/kforge/mirror`, else `~/.local/state/kforge/mirror`):
//!
//! - per (source, destination) pair, the digest last mirrored and the
//!   supply-chain artifacts found for it: a warm rerun whose source and
//!   mirror still have that digest skips artifact discovery (tag lists,
//!   referrers) and makes only the two manifest HEADs;
//! - chunked upload sessions in progress, so a run killed in the middle of a
//!   large blob resumes it at the offset the registry reports.
//!
//! The file is a cache: a missing, unreadable or stale file only costs
//! requests. It holds no credentials (upload URLs carry the registry's own
//! opaque session state) and is written atomically with mode 0600.
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct ImageState {
    pub digest: String,
    #[serde(default)]
    pub artifacts: Vec<String>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct RegistryState {
    /// `SOURCE -> DESTINATION` → what was mirrored.
    #[serde(default)]
    pub images: BTreeMap<String, ImageState>,
    /// `REPOSITORY@DIGEST` → upload session URL.
    #[serde(default)]
    pub uploads: BTreeMap<String, String>,
}

/// The state directory (see the module docs).
pub fn default_dir() -> Option<PathBuf> {
    if let Some(d) = std::env::var_os("KFORGE_STATE_DIR").filter(|d| !d.is_empty()) {
        return Some(PathBuf::from(d));
    }
    if let Some(d) = std::env::var_os("XDG_STATE_HOME").filter(|d| !d.is_empty()) {
        return Some(PathBuf::from(d).join("kforge/mirror"));
    }
    std::env::var_os("HOME").filter(|d| !d.is_empty()).map(|h| PathBuf::from(h).join(".local/state/kforge/mirror"))
}

fn file_for(dir: &Path, registry: &str) -> PathBuf {
    let safe: String =
        registry.chars().map(|c| if c.is_ascii_alphanumeric() || c == '.' || c == '-' { c } else { '_' }).collect();
    dir.join(format!("{safe}.json"))
}

pub fn load(dir: &Path, registry: &str) -> RegistryState {
    std::fs::read(file_for(dir, registry)).ok().and_then(|b| serde_json::from_slice(&b).ok()).unwrap_or_default()
}

/// Merges `changes` into the file as it is now (another run may have
/// written it meanwhile) and writes it atomically. Errors are ignored: the
/// state is only a cache.
pub fn save(dir: &Path, registry: &str, changes: &Changes) {
    if changes.is_empty() {
        return;
    }
    let mut st = load(dir, registry);
    for (k, v) in &changes.images {
        match v {
            Some(v) => st.images.insert(k.clone(), v.clone()),
            None => st.images.remove(k),
        };
    }
    for (k, v) in &changes.uploads {
        match v {
            Some(v) => st.uploads.insert(k.clone(), v.clone()),
            None => st.uploads.remove(k),
        };
    }
    let _ = write(dir, &file_for(dir, registry), &st);
}

fn write(dir: &Path, path: &Path, st: &RegistryState) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)?;
    // All or nothing, owner only, and no temporary file left on SIGINT/SIGTERM.
    crate::fsutil::write_private(path, &serde_json::to_vec(st).unwrap_or_default())
}

/// Entries set (`Some`) or removed (`None`) by this run.
#[derive(Debug, Default, Clone)]
pub struct Changes {
    pub images: BTreeMap<String, Option<ImageState>>,
    pub uploads: BTreeMap<String, Option<String>>,
}

impl Changes {
    pub fn is_empty(&self) -> bool {
        self.images.is_empty() && self.uploads.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn merge_keeps_other_runs_entries() {
        let dir = tempfile::tempdir().unwrap();
        let mut a = Changes::default();
        a.images.insert("s1 -> d1".into(), Some(ImageState { digest: "sha256:1".into(), artifacts: vec![] }));
        a.uploads.insert("r@sha256:x".into(), Some("http://h/v2/r/blobs/uploads/u".into()));
        save(dir.path(), "127.0.0.1:5000", &a);
        let mut b = Changes::default();
        b.images.insert("s2 -> d2".into(), Some(ImageState { digest: "sha256:2".into(), artifacts: vec![] }));
        b.uploads.insert("r@sha256:x".into(), None);
        save(dir.path(), "127.0.0.1:5000", &b);
        let st = load(dir.path(), "127.0.0.1:5000");
        assert_eq!(st.images.len(), 2);
        assert!(st.uploads.is_empty());
        assert!(dir.path().join("127.0.0.1_5000.json").is_file());
        // Another registry has its own file; garbage reads as empty.
        assert!(load(dir.path(), "other").images.is_empty());
        std::fs::write(dir.path().join("bad.json"), "{").unwrap();
        assert!(load(dir.path(), "bad").images.is_empty());
    }
}
