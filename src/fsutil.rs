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
        if is_special(&target) {
            // A device, FIFO or socket (`-o /dev/null`, a named pipe): write
            // into it as `>` would; renaming over it would replace the node.
            let mut from = std::fs::File::open(&self.tmp)?;
            let mut to = std::fs::OpenOptions::new().write(true).open(&target)?;
            std::io::copy(&mut from, &mut to)?;
            return Ok(());
        }
        self.tmp.persist(&target).map_err(|e| e.error)
    }

    /// The file that [`Staged::commit`] will replace.
    pub fn target(&self) -> &Path {
        &self.target
    }
}

/// Stage `content` for `path` (see [`Staged`]).
pub fn stage(path: &Path, content: &[u8]) -> std::io::Result<Staged> {
    stage_mode(path, content, false)
}

/// Write `content` to `path` all at once, readable and writable by its
/// owner only (0600, whatever mode a file there had): for files holding
/// credentials or private state.
pub fn write_private(path: &Path, content: &[u8]) -> std::io::Result<()> {
    stage_mode(path, content, true)?.commit()
}

/// Whether `path` exists and is neither a regular file nor a directory
/// (a device, a FIFO or a socket): written into, never replaced.
fn is_special(path: &Path) -> bool {
    matches!(std::fs::metadata(path), Ok(md) if !md.is_file() && !md.is_dir())
}

fn stage_mode(path: &Path, content: &[u8], private: bool) -> std::io::Result<Staged> {
    let target = write_target(path);
    let dir = match target.parent() {
        // Content for a device is staged in the temporary directory: the
        // device's own directory (`/dev`) is not writable for most users.
        _ if is_special(&target) => std::env::temp_dir(),
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let mut builder = tempfile::Builder::new();
    builder.prefix(".kforge-");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        // Passed to open(2), so the umask applies as for any new file.
        builder.permissions(std::fs::Permissions::from_mode(if private { 0o600 } else { 0o666 }));
    }
    let mut tmp = builder.tempfile_in(&dir)?;
    let guard = crate::process::register_path(tmp.path());
    tmp.write_all(content)?;
    tmp.as_file().sync_all().ok();
    // An existing file keeps its mode, as a write in place would.
    if let Ok(md) = std::fs::metadata(&target) {
        if md.is_file() && !private {
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

/// Write `files` (paths relative to `root`, each a plain relative path:
/// no `..`, no root, no empty part) under `root`, all or nothing: missing
/// directories are created, every file is staged beside its target, then
/// all are committed with [`commit_all`]. On any failure (or SIGINT/SIGTERM)
/// the files this call created are removed, the files it replaced get their
/// old content back and the directories it created are removed again, so
/// `root` is left as it was; the error names the path that failed.
///
/// Symbolic links already under `root` (the user's own) are followed as any
/// write would; the relative paths themselves cannot climb out.
pub fn write_tree<'a>(
    root: &Path,
    files: impl IntoIterator<Item = (&'a Path, &'a [u8])>,
) -> Result<(), (PathBuf, std::io::Error)> {
    use std::path::Component;
    let files: Vec<(&Path, &[u8])> = files.into_iter().collect();
    for (rel, _) in &files {
        let plain = rel.components().all(|c| matches!(c, Component::Normal(_)));
        if !plain || rel.as_os_str().is_empty() {
            return Err((
                root.join(rel),
                std::io::Error::new(
                    std::io::ErrorKind::InvalidInput,
                    "not a plain relative path inside the output directory",
                ),
            ));
        }
    }
    let mut dirs = CreatedDirs::default();
    let result = (|| {
        dirs.create(root)?;
        let mut staged = Vec::with_capacity(files.len());
        for (rel, content) in &files {
            let path = root.join(rel);
            if let Some(parent) = path.parent() {
                dirs.create(parent)?;
            }
            staged.push(stage(&path, content).map_err(|e| (path.clone(), e))?);
        }
        commit_all(staged)
    })();
    match result {
        Ok(()) => {
            dirs.keep();
            Ok(())
        }
        Err(e) => Err(e),
    }
}

/// Directories created by [`write_tree`]: removed again (newest first, only
/// when empty) when dropped before [`CreatedDirs::keep`], and when kforge is
/// interrupted meanwhile.
#[derive(Default)]
struct CreatedDirs(Vec<(PathBuf, crate::process::PathGuard)>);

impl CreatedDirs {
    /// `create_dir_all`, recording each directory it made.
    fn create(&mut self, dir: &Path) -> Result<(), (PathBuf, std::io::Error)> {
        let mut missing = Vec::new();
        let mut cur = Some(dir);
        while let Some(d) = cur.filter(|d| !d.as_os_str().is_empty()) {
            match std::fs::symlink_metadata(d) {
                Ok(_) => break,
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => missing.push(d.to_path_buf()),
                Err(e) => return Err((d.to_path_buf(), e)),
            }
            cur = d.parent();
        }
        for d in missing.into_iter().rev() {
            match std::fs::create_dir(&d) {
                Ok(()) => {
                    let guard = crate::process::register_path(&d);
                    self.0.push((d, guard));
                }
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists && d.is_dir() => {}
                Err(e) => return Err((d, e)),
            }
        }
        Ok(())
    }

    fn keep(mut self) {
        self.0.clear();
    }
}

impl Drop for CreatedDirs {
    fn drop(&mut self) {
        for (d, _guard) in self.0.drain(..).rev() {
            let _ = std::fs::remove_dir(&d);
        }
    }
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

    /// Every path under `dir` with its content (`<dir>` for directories).
    fn tree(dir: &Path) -> Vec<(String, String)> {
        let mut out = Vec::new();
        let mut stack = vec![dir.to_path_buf()];
        while let Some(d) = stack.pop() {
            for e in std::fs::read_dir(&d).unwrap() {
                let p = e.unwrap().path();
                let rel = p.strip_prefix(dir).unwrap().display().to_string();
                if p.is_dir() {
                    out.push((rel, "<dir>".to_string()));
                    stack.push(p);
                } else {
                    out.push((rel, std::fs::read_to_string(&p).unwrap()));
                }
            }
        }
        out.sort();
        out
    }

    #[test]
    fn write_tree_writes_nested_files() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("out");
        let files: Vec<(&Path, &[u8])> =
            vec![(Path::new("c/templates/a.yaml"), b"a"), (Path::new("c/charts/s/templates/b.yaml"), b"b")];
        write_tree(&root, files).unwrap();
        assert_eq!(std::fs::read_to_string(root.join("c/templates/a.yaml")).unwrap(), "a");
        assert_eq!(std::fs::read_to_string(root.join("c/charts/s/templates/b.yaml")).unwrap(), "b");
    }

    #[test]
    fn write_tree_is_all_or_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        std::fs::create_dir_all(root.join("c/templates")).unwrap();
        std::fs::write(root.join("c/templates/old.yaml"), "old").unwrap();
        // The last target is a directory: its commit fails after the others
        // were written (one replaced, several created in new directories).
        std::fs::create_dir_all(root.join("c/z/last.yaml/x")).unwrap();
        let before = tree(root);
        let files: Vec<(&Path, &[u8])> = vec![
            (Path::new("c/templates/old.yaml"), b"new"),
            (Path::new("c/templates/new.yaml"), b"new"),
            (Path::new("c/deep/er/f.yaml"), b"new"),
            (Path::new("c/z/last.yaml"), b"new"),
        ];
        let (path, _) = write_tree(root, files).unwrap_err();
        assert_eq!(path, root.join("c/z/last.yaml"));
        assert_eq!(tree(root), before, "the output directory changed");
    }

    #[test]
    fn write_tree_leaves_nothing_when_a_directory_cannot_be_made() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("new-out");
        std::fs::create_dir(&root).unwrap();
        std::fs::write(root.join("blocker"), "a file").unwrap();
        let files: Vec<(&Path, &[u8])> = vec![(Path::new("a/b/one.yaml"), b"1"), (Path::new("blocker/two.yaml"), b"2")];
        let (path, _) = write_tree(&root, files).unwrap_err();
        assert!(path.starts_with(root.join("blocker")), "{}", path.display());
        assert_eq!(tree(&root), vec![("blocker".to_string(), "a file".to_string())]);
    }

    #[test]
    fn write_tree_refuses_paths_that_climb_out() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("out");
        for bad in ["../x.yaml", "/etc/x.yaml", "a/../../x.yaml", "./x", ""] {
            let files: Vec<(&Path, &[u8])> = vec![(Path::new("ok.yaml"), b"1"), (Path::new(bad), b"2")];
            let (_, e) = write_tree(&root, files).unwrap_err();
            assert_eq!(e.kind(), std::io::ErrorKind::InvalidInput, "{bad:?}");
            assert!(!root.exists(), "{bad:?} wrote something");
        }
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
    }

    #[test]
    fn private_files_are_owner_only_even_when_replacing() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("config.json");
        write_private(&p, b"{}").unwrap();
        assert_eq!(mode(&p), 0o600);
        std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o644)).unwrap();
        write_private(&p, b"{\"a\":1}").unwrap();
        assert_eq!(mode(&p), 0o600);
        assert_eq!(std::fs::read(&p).unwrap(), b"{\"a\":1}");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1, "a temporary file was left");
    }

    #[test]
    fn writes_into_a_fifo_without_replacing_it() {
        use std::io::Read;
        use std::os::unix::ffi::OsStrExt;
        use std::os::unix::fs::{FileTypeExt, OpenOptionsExt};
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("out.yaml");
        let c = std::ffi::CString::new(fifo.as_os_str().as_bytes()).unwrap();
        // SAFETY: a valid, NUL-terminated path.
        assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0);
        // A reader first (non-blocking), so the write does not wait for one.
        let mut reader = std::fs::OpenOptions::new().read(true).custom_flags(libc::O_NONBLOCK).open(&fifo).unwrap();
        write_atomic(&fifo, b"kind: A\n").unwrap();
        let mut got = Vec::new();
        let _ = reader.read_to_end(&mut got);
        assert_eq!(got, b"kind: A\n");
        assert!(std::fs::symlink_metadata(&fifo).unwrap().file_type().is_fifo(), "the FIFO was replaced");
        commit_all(vec![stage(&fifo, b"kind: B\n").unwrap()]).unwrap();
        let mut got = Vec::new();
        let _ = reader.read_to_end(&mut got);
        assert_eq!(got, b"kind: B\n");
        assert!(std::fs::symlink_metadata(&fifo).unwrap().file_type().is_fifo(), "the FIFO was replaced");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1, "a temporary file was left beside it");
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
