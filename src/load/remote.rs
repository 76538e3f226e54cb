//! Remote resources: git repositories cloned with the `git` binary.
//! (Stub: replaced by the remote implementation.)
use std::path::PathBuf;

use anyhow::{bail, Result};

/// A fetched remote directory; the clone lives as long as this value.
pub struct RemoteDir {
    /// The directory the entry points at inside the clone.
    pub path: PathBuf,
    pub _keep: Option<tempfile::TempDir>,
}

/// Fetch a remote entry (`https://host/org/repo//path?ref=v1`, `git@...`, `file://...`).
pub fn fetch(entry: &str) -> Result<RemoteDir> {
    bail!("remote resource '{entry}' cannot be loaded: kforge does not fetch git or http resources yet")
}
