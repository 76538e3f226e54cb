//! Writing files the way a user expects from a command-line tool: all or
//! nothing (a temporary file beside the target, renamed over it), through a
//! symbolic link to its target, with the mode an ordinary create gives
//! (0666 minus the umask) or the mode the file already had.
use std::io::Write;
use std::path::{Path, PathBuf};

/// Where a write to `path` must land: the final target when `path` is a
/// symbolic link (followed as `open` would), else `path` itself.
pub fn write_target(path: &Path) -> PathBuf {
    let mut cur = path.to_path_buf();
    // A bounded walk: a link loop ends as the last link, whose write fails.
    for _ in 0..40 {
        match std::fs::symlink_metadata(&cur) {
            Ok(md) if md.file_type().is_symlink() => match std::fs::read_link(&cur) {
                Ok(next) => {
                    cur = match cur.parent() {
                        Some(dir) if next.is_relative() => dir.join(next),
                        _ => next,
                    }
                }
                Err(_) => return cur,
            },
            _ => return cur,
        }
    }
    cur
}

/// A closed temporary file beside the final target of `path` holding
/// `content`, with the mode the finished file should have. Persist it with
/// [`Staged::commit`]; dropping it removes it.
pub struct Staged {
    tmp: tempfile::TempPath,
    target: PathBuf,
    // Removes the temporary file if kforge is interrupted before the commit.
    _guard: crate::process::PathGuard,
}

impl Staged {
    /// Rename the staged file over its target.
    pub fn commit(self) -> std::io::Result<()> {
        let target = self.target;
        self.tmp.persist(&target).map_err(|e| e.error)
    }

    /// The file that [`Staged::commit`] will replace.
    pub fn target(&self) -> &Path {
        &self.target
    }
}

/// Stage `content` for `path` (see [`Staged`]).
pub fn stage(path: &Path, content: &[u8]) -> std::io::Result<Staged> {
    let target = write_target(path);
    let dir = match target.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let mut builder = tempfile::Builder::new();
    builder.prefix(".kforge-");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        // Passed to open(2), so the umask applies as for any new file.
        builder.permissions(std::fs::Permissions::from_mode(0o666));
    }
    let mut tmp = builder.tempfile_in(&dir)?;
    let guard = crate::process::register_path(tmp.path());
    tmp.write_all(content)?;
    tmp.as_file().sync_all().ok();
    // An existing file keeps its mode, as a write in place would.
    if let Ok(md) = std::fs::metadata(&target) {
        if md.is_file() {
            std::fs::set_permissions(tmp.path(), md.permissions())?;
        }
    }
    Ok(Staged { tmp: tmp.into_temp_path(), target, _guard: guard })
}

/// Write `content` to `path` all at once (see the module documentation).
pub fn write_atomic(path: &Path, content: &[u8]) -> std::io::Result<()> {
    stage(path, content)?.commit()
}

/// Commit every staged file, all or nothing. A file about to be replaced is
/// first saved beside itself (a hard link, else a copy); when a commit
/// fails, the files committed so far are undone, newest first (replaced
/// files get their old content back, created ones are removed) and the
/// failing target and its error are returned. A SIGINT or SIGTERM during the
/// commits undoes them the same way (see [`crate::process::register_restore`]).
pub fn commit_all(staged: Vec<Staged>) -> Result<(), (PathBuf, std::io::Error)> {
    enum Done {
        Replaced { target: PathBuf, backup: tempfile::TempPath },
        Created(PathBuf),
    }
    let mut done: Vec<(Done, crate::process::PathGuard)> = Vec::with_capacity(staged.len());
    let rollback = |done: Vec<(Done, crate::process::PathGuard)>| {
        for (d, _guard) in done.into_iter().rev() {
            match d {
                Done::Replaced { target, backup } => {
                    let _ = backup.persist(&target);
                }
                Done::Created(target) => {
                    let _ = std::fs::remove_file(&target);
                }
            }
        }
    };
    for st in staged {
        let target = st.target().to_path_buf();
        let step = match std::fs::symlink_metadata(&target) {
            Ok(md) if md.is_file() => match backup(&target) {
                Ok(b) => {
                    let guard = crate::process::register_restore(&b, &target);
                    Some((Done::Replaced { target: target.clone(), backup: b }, guard))
                }
                Err(e) => {
                    rollback(done);
                    return Err((target, e));
                }
            },
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                let guard = crate::process::register_new_file(&target);
                Some((Done::Created(target.clone()), guard))
            }
            // A directory or something else: the rename below fails.
            _ => None,
        };
        if let Err(e) = st.commit() {
            // This step did not happen: nothing of it to undo.
            drop(step);
            rollback(done);
            return Err((target, e));
        }
        done.extend(step);
    }
    Ok(())
}

/// A copy of the file `target` beside it (`.kforge-old-XXXXXX`), removed
/// when dropped: a hard link, so the original inode (content, mode, owner)
/// comes back on a restore; a plain copy where links are not supported.
fn backup(target: &Path) -> std::io::Result<tempfile::TempPath> {
    let dir = match target.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let mut b = tempfile::Builder::new();
    b.prefix(".kforge-old-");
    let saved = b.make_in(&dir, |p| std::fs::hard_link(target, p)).or_else(|_| {
        b.make_in(&dir, |p| {
            std::fs::OpenOptions::new().write(true).create_new(true).open(p)?;
            std::fs::copy(target, p).map(|_| ())
        })
    })?;
    Ok(saved.into_temp_path())
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    fn mode(p: &Path) -> u32 {
        std::fs::metadata(p).unwrap().permissions().mode() & 0o777
    }

    fn umask() -> u32 {
        // Read the umask by creating a file with 0666.
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("probe");
        use std::os::unix::fs::OpenOptionsExt;
        std::fs::OpenOptions::new().write(true).create(true).truncate(true).mode(0o666).open(&p).unwrap();
        0o666 & !mode(&p)
    }

    #[test]
    fn new_file_gets_the_umask_mode() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("out.yaml");
        write_atomic(&p, b"a: 1\n").unwrap();
        assert_eq!(std::fs::read(&p).unwrap(), b"a: 1\n");
        assert_eq!(mode(&p), 0o666 & !umask());
    }

    #[test]
    fn existing_file_keeps_its_mode() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("out.yaml");
        std::fs::write(&p, "old").unwrap();
        std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o640)).unwrap();
        write_atomic(&p, b"new").unwrap();
        assert_eq!(mode(&p), 0o640);
        assert_eq!(std::fs::read(&p).unwrap(), b"new");
    }

    #[test]
    fn writes_through_a_symlink() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("real")).unwrap();
        let target = dir.path().join("real/file.yaml");
        std::fs::write(&target, "old").unwrap();
        let link = dir.path().join("link.yaml");
        std::os::unix::fs::symlink("real/file.yaml", &link).unwrap();
        write_atomic(&link, b"new").unwrap();
        assert!(std::fs::symlink_metadata(&link).unwrap().file_type().is_symlink());
        assert_eq!(std::fs::read(&target).unwrap(), b"new");
        // No temporary file is left beside either.
        assert_eq!(std::fs::read_dir(dir.path().join("real")).unwrap().count(), 1);
    }
}
