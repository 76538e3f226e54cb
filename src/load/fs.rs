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
    /// bytes without copying them into `buf`, or leave `buf` longer than
    /// the file (bytes past it written before: a buffer used again is then
    /// not cleared to zeros again before the next read).
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
    /// What `path` names, a final symlink not followed (`None`: nothing,
    /// or it cannot be looked at). The default asks [`FileSystem::is_dir`]
    /// and [`FileSystem::is_file`] (a filesystem without symlinks).
    fn entry_type(&self, path: &Path) -> Option<EntryType> {
        if self.is_dir(path) {
            Some(EntryType::Dir)
        } else if self.is_file(path) {
            Some(EntryType::File(None))
        } else {
            None
        }
    }
}

/// What [`FileSystem::entry_type`] finds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EntryType {
    Dir,
    /// Anything else that is not a symlink (a regular file, a device
    /// ...), with its length when known.
    File(Option<u64>),
    Symlink,
}

/// The machine's filesystem.
#[derive(Clone, Copy, Debug, Default)]
pub struct RealFs;

impl FileSystem for RealFs {
    fn read(&self, path: &Path) -> io::Result<Vec<u8>> {
        let mut buf = Vec::new();
        self.read_into(path, &mut buf)?;
        Ok(buf)
    }
    fn read_into(&self, path: &Path, buf: &mut Vec<u8>) -> io::Result<()> {
        let mut f = std::fs::File::open(path)?;
        let len = f.metadata().ok().map(|m| m.len());
        read_open_into(&mut f, len, buf)
    }
    fn read_with(&self, path: &Path, buf: &mut Vec<u8>, f: &mut dyn FnMut(&[u8])) -> io::Result<()> {
        let mut file = std::fs::File::open(path)?;
        let len = file.metadata().ok().map(|m| m.len());
        let n = read_open_over(&mut file, len, buf)?;
        f(&buf[..n]);
        Ok(())
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
    /// One `lstat`.
    fn entry_type(&self, path: &Path) -> Option<EntryType> {
        let m = std::fs::symlink_metadata(path).ok()?;
        let t = m.file_type();
        Some(if t.is_symlink() {
            EntryType::Symlink
        } else if t.is_dir() {
            EntryType::Dir
        } else {
            EntryType::File(Some(m.len()))
        })
    }
}

/// Read an open file of `len` bytes (when known) into `buf`.
fn read_open_into(f: &mut std::fs::File, len: Option<u64>, buf: &mut Vec<u8>) -> io::Result<()> {
    let n = read_open_over(f, len, buf)?;
    buf.truncate(n);
    Ok(())
}

/// Read an open file of `len` bytes (when known) into the start of `buf`,
/// returning how many bytes it holds: `buf[..n]` is the file, and `buf` may
/// be longer (what it held before is written over, not cleared first, so
/// a buffer used again is not filled with zeros again before each read).
///
/// With the length known this is one `read` of `len + 1` bytes: a short
/// read that ends exactly at the length the file had is its end (the
/// standard library's `read_to_end` asks the size again, seeks, and reads
/// once more to see the end: three more system calls per file, and a build
/// reads thousands). A file that grew meanwhile is read on to its end; one
/// that shrank, until a read returns nothing.
fn read_open_over(f: &mut std::fs::File, len: Option<u64>, buf: &mut Vec<u8>) -> io::Result<usize> {
    use std::io::Read as _;
    let Some(len) = len.and_then(|l| usize::try_from(l).ok()).filter(|l| *l < usize::MAX) else {
        buf.clear();
        f.read_to_end(buf)?;
        return Ok(buf.len());
    };
    // (one spare byte: a file that grew shows it without another read)
    let want = len + 1;
    if buf.capacity() < want {
        // a new buffer rather than a grown one: growing would copy the old
        // one's bytes, which are not wanted
        *buf = Vec::new();
        buf.reserve_exact(want);
    }
    if buf.len() < want {
        // (only the part never written before)
        buf.resize(want, 0);
    }
    let mut filled = 0;
    loop {
        match f.read(&mut buf[filled..want]) {
            Ok(0) => break,
            Ok(n) => {
                filled += n;
                if filled == want {
                    // It grew: the rest as it comes.
                    buf.truncate(want);
                    f.read_to_end(buf)?;
                    return Ok(buf.len());
                }
                if filled == len {
                    break;
                }
            }
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => {
                buf.clear();
                return Err(e);
            }
        }
    }
    Ok(filled)
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

    /// Files read with their length known, or not, whatever their size
    /// and however the length given differs from the file's.
    #[test]
    fn files_read_whole() {
        let tmp = tempfile::tempdir().unwrap();
        let mut buf = Vec::new();
        for size in [0usize, 1, 4095, 4096, 70_000] {
            let p = tmp.path().join(format!("f{size}"));
            let text: Vec<u8> = (0..size).map(|i| b'a' + (i % 26) as u8).collect();
            std::fs::write(&p, &text).unwrap();
            assert_eq!(RealFs.read(&p).unwrap(), text);
            RealFs.read_into(&p, &mut buf).unwrap();
            assert_eq!(buf, text);
            for len in [None, Some(0), Some(size as u64 / 2), Some(size as u64 + 10)] {
                let mut f = std::fs::File::open(&p).unwrap();
                read_open_into(&mut f, len, &mut buf).unwrap();
                assert_eq!(buf, text, "size {size}, length given {len:?}");
            }
        }
        // One buffer used for files of every size, in both orders: each
        // read gives exactly the file, whatever the buffer held before.
        for sizes in [[0usize, 70_000, 1, 4096, 4095], [70_000, 4096, 4095, 1, 0]] {
            let mut buf = Vec::new();
            for size in sizes {
                let p = tmp.path().join(format!("f{size}"));
                let mut got = Vec::new();
                RealFs.read_with(&p, &mut buf, &mut |b| got = b.to_vec()).unwrap();
                assert_eq!(got, std::fs::read(&p).unwrap(), "size {size}");
                assert!(buf.len() >= size);
                for len in [None, Some(0), Some(size as u64 / 2), Some(size as u64 + 10)] {
                    let mut f = std::fs::File::open(&p).unwrap();
                    let n = read_open_over(&mut f, len, &mut buf).unwrap();
                    assert_eq!(buf[..n], got[..], "size {size}, length given {len:?}");
                }
            }
        }
        assert!(RealFs.read(tmp.path()).is_err());
        assert!(RealFs.read(&tmp.path().join("nope")).is_err());
        let fs = MemFs::new().with("/k/a.yaml", "x");
        assert_eq!(fs.entry_type(Path::new("/k")), Some(EntryType::Dir));
        assert_eq!(fs.entry_type(Path::new("/k/a.yaml")), Some(EntryType::File(None)));
        assert_eq!(fs.entry_type(Path::new("/k/b.yaml")), None);
        assert_eq!(RealFs.entry_type(tmp.path()), Some(EntryType::Dir));
        assert_eq!(RealFs.entry_type(&tmp.path().join("f1")), Some(EntryType::File(Some(1))));
        #[cfg(unix)]
        {
            std::os::unix::fs::symlink(tmp.path().join("f1"), tmp.path().join("l")).unwrap();
            assert_eq!(RealFs.entry_type(&tmp.path().join("l")), Some(EntryType::Symlink));
        }
    }

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
