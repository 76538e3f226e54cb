//! The filesystem behind the loader: the real one, or a tree in memory
//! (chart archives, OCI layers and tests read trees that are not on disk).
use std::collections::BTreeMap;
use std::fmt;
use std::io;
use std::path::{Path, PathBuf};

/// What the loader needs from a filesystem. Paths are absolute.
pub trait FileSystem: Send + Sync + fmt::Debug {
    fn read(&self, path: &Path) -> io::Result<Vec<u8>>;
    /// [`FileSystem::read`] into `buf` (cleared first), so a caller that
    /// reads many files can reuse one buffer.
    fn read_into(&self, path: &Path, buf: &mut Vec<u8>) -> io::Result<()> {
        buf.clear();
        buf.extend_from_slice(&self.read(path)?);
        Ok(())
    }
    /// Call `f` with the file's bytes. Like [`FileSystem::read_into`] (and
    /// `buf` may be used the same way), but a filesystem may hand over the
    /// bytes without copying them into `buf`.
    fn read_with(&self, path: &Path, buf: &mut Vec<u8>, f: &mut dyn FnMut(&[u8])) -> io::Result<()> {
        self.read_into(path, buf)?;
        f(buf);
        Ok(())
    }
    /// The path with symlinks resolved; an error when it does not exist.
    fn canonicalize(&self, path: &Path) -> io::Result<PathBuf>;
    fn is_dir(&self, path: &Path) -> bool;
    fn is_file(&self, path: &Path) -> bool;
    /// [`FileSystem::canonicalize`] of `dir.join(name)`, for a canonical
    /// `dir` and a `name` of one plain component: a filesystem can answer
    /// it without resolving every component of `dir` again.
    fn canonical_child(&self, dir: &Path, name: &str) -> io::Result<PathBuf> {
        self.canonicalize(&dir.join(name))
    }
}

/// The machine's filesystem.
#[derive(Clone, Copy, Debug, Default)]
pub struct RealFs;

impl FileSystem for RealFs {
    fn read(&self, path: &Path) -> io::Result<Vec<u8>> {
        std::fs::read(path)
    }
    fn read_into(&self, path: &Path, buf: &mut Vec<u8>) -> io::Result<()> {
        let mut f = std::fs::File::open(path)?;
        let len = f.metadata().ok().map(|m| m.len());
        read_open_into(&mut f, len, buf)
    }
    fn canonicalize(&self, path: &Path) -> io::Result<PathBuf> {
        path.canonicalize()
    }
    fn is_dir(&self, path: &Path) -> bool {
        path.is_dir()
    }
    fn is_file(&self, path: &Path) -> bool {
        path.is_file()
    }
    /// One `lstat` instead of resolving each component (a large base lists
    /// thousands of files in its own directory): unless it is a symlink,
    /// the child of a canonical directory is canonical.
    fn canonical_child(&self, dir: &Path, name: &str) -> io::Result<PathBuf> {
        let p = dir.join(name);
        if std::fs::symlink_metadata(&p)?.file_type().is_symlink() {
            return p.canonicalize();
        }
        Ok(p)
    }
}

/// Read an open file of `len` bytes (when known) into `buf`.
fn read_open_into(f: &mut std::fs::File, len: Option<u64>, buf: &mut Vec<u8>) -> io::Result<()> {
    use std::io::Read as _;
    buf.clear();
    if let Some(len) = len {
        // (one spare byte: reading to the end then needs no extra probe)
        let need = usize::try_from(len).unwrap_or(0).saturating_add(1);
        if buf.capacity() < need {
            // a new buffer rather than a grown one: growing would copy
            // the old one's bytes, which are not wanted
            *buf = Vec::new();
            buf.reserve_exact(need);
        }
    }
    f.read_to_end(buf)?;
    Ok(())
}

/// Files in memory under absolute paths; directories are the parents of
/// files. No symlinks: canonical paths are the lexically cleaned ones.
#[derive(Clone, Debug, Default)]
pub struct MemFs {
    files: BTreeMap<PathBuf, Vec<u8>>,
}

impl MemFs {
    pub fn new() -> MemFs {
        MemFs::default()
    }

    /// Add (or replace) a file; `path` must be absolute.
    pub fn with(mut self, path: impl AsRef<Path>, content: impl Into<Vec<u8>>) -> MemFs {
        self.insert(path, content);
        self
    }

    pub fn insert(&mut self, path: impl AsRef<Path>, content: impl Into<Vec<u8>>) {
        self.files.insert(super::loader::clean(path.as_ref()), content.into());
    }
}

impl FileSystem for MemFs {
    fn read(&self, path: &Path) -> io::Result<Vec<u8>> {
        self.files.get(&super::loader::clean(path)).cloned().ok_or_else(|| not_found(path))
    }
    fn canonicalize(&self, path: &Path) -> io::Result<PathBuf> {
        if !path.is_absolute() {
            return Err(io::Error::new(io::ErrorKind::InvalidInput, "in-memory paths are absolute"));
        }
        let p = super::loader::clean(path);
        if self.is_file(&p) || self.is_dir(&p) {
            Ok(p)
        } else {
            Err(not_found(path))
        }
    }
    fn is_dir(&self, path: &Path) -> bool {
        let p = super::loader::clean(path);
        // Paths order by components: a directory's files follow it.
        self.files.range(p.clone()..).next().is_some_and(|(f, _)| f != &p && f.starts_with(&p))
    }
    fn is_file(&self, path: &Path) -> bool {
        self.files.contains_key(&super::loader::clean(path))
    }
}

fn not_found(path: &Path) -> io::Error {
    io::Error::new(io::ErrorKind::NotFound, format!("'{}' does not exist", path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn memory_tree() {
        let fs = MemFs::new().with("/k/base/cm.yaml", "x").with("/k/kustomization.yaml", "y");
        assert!(fs.is_dir(Path::new("/k")) && fs.is_dir(Path::new("/k/base")) && fs.is_dir(Path::new("/")));
        assert!(!fs.is_dir(Path::new("/k/base/cm.yaml")) && !fs.is_dir(Path::new("/k/ba")));
        assert!(fs.is_file(Path::new("/k/base/../kustomization.yaml")));
        assert_eq!(fs.canonicalize(Path::new("/k/./base/cm.yaml")).unwrap(), PathBuf::from("/k/base/cm.yaml"));
        assert_eq!(fs.canonicalize(Path::new("/k/nope")).unwrap_err().kind(), io::ErrorKind::NotFound);
        assert_eq!(fs.read(Path::new("/k/base/cm.yaml")).unwrap(), b"x");
        assert!(fs.read(Path::new("/k/base")).is_err());
    }
}
