//! File access for one kustomization root, with kustomize's load restrictor.
use std::path::{Component, Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

use crate::load::error::{bail, Context, Result};

use super::fs::{EntryType, FileSystem, RealFs};
use super::remote;

/// Kept here for callers written before it moved to the model.
pub use crate::model::parse_resources;
use crate::model::ResMap;

/// Names a kustomization file may have, in the order kustomize looks for them.
pub const KUSTOMIZATION_FILE_NAMES: &[&str] = &["kustomization.yaml", "kustomization.yml", "Kustomization"];

/// Whether files may be read from outside the kustomization's directory.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum LoadRestrictor {
    #[default]
    RootOnly,
    None,
}

impl LoadRestrictor {
    pub fn parse(s: &str) -> Option<LoadRestrictor> {
        match s {
            "LoadRestrictionsRootOnly" | "rootOnly" => Some(LoadRestrictor::RootOnly),
            "LoadRestrictionsNone" | "none" => Some(LoadRestrictor::None),
            _ => None,
        }
    }
}

/// Reads files relative to one kustomization directory.
#[derive(Clone, Debug)]
pub struct Loader {
    /// Canonical directory of the kustomization.
    pub root: PathBuf,
    pub restrictor: LoadRestrictor,
    /// Kustomization directories on the way here (for cycle detection).
    pub ancestors: Vec<PathBuf>,
    /// Directory of the top-level kustomization (origins are shown relative to it).
    pub top: PathBuf,
    /// For a tree fetched from git: the top of the clone. Every directory and
    /// file this loader (and its children) reads must resolve inside it,
    /// whatever the load restrictor says.
    pub clone_root: Option<PathBuf>,
    /// The remote targets on the way here (for remote cycle detection).
    pub remotes: Vec<remote::RemoteId>,
    /// Clones made so far by the whole build.
    pub clones: Arc<AtomicUsize>,
    /// Where files come from (the real filesystem unless [`Loader::with_fs`]).
    pub fs: Arc<dyn FileSystem>,
    /// Directories resolved so far by this loader and the loaders made from
    /// it (see [`Loader::canonical_dir`]).
    dirs: Arc<DirCache>,
}

/// Resolved directories by the path they were asked for (as joined, `..`
/// and all): resolving a path asks the system about each of its
/// components, and the files of a tree sit in a few directories.
type DirCache = std::sync::Mutex<std::collections::HashMap<PathBuf, PathBuf>>;

/// What a `resources:` entry names (see [`Loader::entry`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Entry {
    Dir,
    /// A file (or nothing: reading it then reports why). `path`: where it
    /// is, when it is no symlink and may be read ([`Loader::resolve`]'s
    /// answer, worked out without asking the system again), so
    /// [`Loader::load_resources_at`] reads it at once; `len`: its length,
    /// when known.
    File {
        path: Option<PathBuf>,
        len: Option<u64>,
    },
}

/// How many remote trees may nest inside each other.
pub const MAX_REMOTE_DEPTH: usize = 20;
/// How many clones one build may make.
pub const MAX_CLONES: usize = 256;

/// True when an entry names a remote resource (git or http) rather than a path.
pub fn is_remote(entry: &str) -> bool {
    entry.contains("://")
        || entry.starts_with("git@")
        || entry.starts_with("github.com/")
        || entry.starts_with("gitlab.com/")
}

impl Loader {
    pub fn new(root: &Path, restrictor: LoadRestrictor) -> Result<Loader> {
        Loader::with_fs(root, restrictor, Arc::new(RealFs))
    }

    /// A loader reading through `fs` (an in-memory tree, an archive ...).
    pub fn with_fs(root: &Path, restrictor: LoadRestrictor, fs: Arc<dyn FileSystem>) -> Result<Loader> {
        let root = fs
            .canonicalize(root)
            .with_context(|| format!("cannot open kustomization directory '{}'", root.display()))?;
        if !fs.is_dir(&root) {
            bail!("must build at directory: '{}': file is not directory", root.display());
        }
        Ok(Loader {
            top: root.clone(),
            root,
            restrictor,
            ancestors: Vec::new(),
            clone_root: None,
            remotes: Vec::new(),
            clones: Arc::new(AtomicUsize::new(0)),
            fs,
            dirs: Arc::default(),
        })
    }

    /// A loader for a fetched remote tree (the build's top level, or a
    /// remote base or component of this loader's kustomization).
    pub fn for_remote(&self, dir: &remote::RemoteDir) -> Result<Loader> {
        let mut ldr = Loader::new_remote(dir, self.restrictor)?;
        ldr.remotes = self.remotes.clone();
        ldr.remotes.push(dir.id.clone());
        ldr.clones = self.clones.clone();
        Ok(ldr)
    }

    /// A loader for a remote tree built at the top level (`kforge build URL`).
    pub fn new_remote(dir: &remote::RemoteDir, restrictor: LoadRestrictor) -> Result<Loader> {
        let mut ldr = Loader::new(&dir.path, restrictor)?;
        ldr.top = dir.clone_root.clone();
        ldr.clone_root = Some(dir.clone_root.clone());
        ldr.remotes = vec![dir.id.clone()];
        ldr.clones.store(1, Ordering::Relaxed);
        Ok(ldr)
    }

    /// Fetch a remote entry of this kustomization, refusing cycles (a remote
    /// tree that includes itself, directly or not), nesting deeper than
    /// [`MAX_REMOTE_DEPTH`] and more than [`MAX_CLONES`] clones per build.
    pub fn fetch_remote(
        &self,
        entry: &str,
        warnings: &crate::warnings::Warnings,
    ) -> Result<(Loader, remote::RemoteDir)> {
        remote::warn_git_prefix(entry, warnings);
        let spec = remote::parse(entry)
            .with_context(|| format!("'{}' is not a valid remote target", remote::redact(entry)))?;
        let id = remote::RemoteId::of(&spec, &spec.kust_root);
        self.check_remote_cycle(&id, entry)?;
        if self.remotes.len() >= MAX_REMOTE_DEPTH {
            bail!(
                "remote '{}' is nested {} remote trees deep: at most {MAX_REMOTE_DEPTH} are allowed",
                remote::redact(entry),
                self.remotes.len() + 1
            );
        }
        if self.clones.fetch_add(1, Ordering::Relaxed) >= MAX_CLONES {
            bail!(
                "remote '{}': the build already made {MAX_CLONES} clones, the most one build may make",
                remote::redact(entry)
            );
        }
        let dir = remote::fetch_spec_for(&spec, entry)?;
        // The directory may be reached through symlinks: compare resolved paths too.
        self.check_remote_cycle(&dir.id, entry)?;
        let ldr = self.for_remote(&dir)?;
        Ok((ldr, dir))
    }

    fn check_remote_cycle(&self, id: &remote::RemoteId, entry: &str) -> Result<()> {
        if let Some(prev) = self.remotes.iter().find(|r| r.same_target(id)) {
            bail!("cycle detected: URI '{}' referenced by previous URI '{}'", remote::redact(entry), prev.shown);
        }
        Ok(())
    }

    /// For a tree fetched from git: refuse a directory or file `path` (absolute,
    /// or relative to the root; it need not exist yet) that is outside the
    /// clone, symlinks resolved as far as the path exists.
    pub fn check_path_in_clone(&self, path: &Path, what: &str) -> Result<()> {
        if self.clone_root.is_none() {
            return Ok(());
        }
        // Resolve the longest existing prefix as the system does (`..` after
        // a symlink is the symlink target's parent), then add the rest, which
        // may not climb (`mkdir -p` would create it component by component).
        let full = self.root.join(path);
        let mut existing = full.as_path();
        let mut rest = Vec::new();
        let real = loop {
            if let Ok(r) = existing.canonicalize() {
                break r;
            }
            match (existing.components().next_back(), existing.parent()) {
                (Some(Component::Normal(n)), Some(p)) => {
                    rest.push(n.to_os_string());
                    existing = p;
                }
                (Some(Component::CurDir), Some(p)) => existing = p,
                _ => bail!("security; {what} path '{}' cannot be resolved", full.display()),
            }
        };
        let real = rest.iter().rev().fold(real, |acc, n| acc.join(n));
        self.check_in_clone(&real, what)
    }

    /// Refuse `real` when this loader belongs to a clone and `real` is
    /// outside it.
    fn check_in_clone(&self, real: &Path, what: &str) -> Result<()> {
        if let Some(clone) = &self.clone_root {
            if !real.starts_with(clone) {
                bail!(
                    "security; {what} in kustomizations found in cloned git repos must be within the repo, but '{}' is outside '{}'",
                    real.display(),
                    clone.display()
                );
            }
        }
        Ok(())
    }

    /// A loader for a sub-directory (a base, an overlay or a component), with cycle detection.
    pub fn child(&self, rel: &str) -> Result<Loader> {
        if rel.is_empty() {
            bail!("new root cannot be empty");
        }
        if Path::new(rel).is_absolute() {
            bail!("new root '{rel}' cannot be absolute");
        }
        let path = self.root.join(rel);
        let dir = self.canonical_dir(&path).with_context(|| format!("evalsymlink failure on '{}'", path.display()))?;
        if !self.fs.is_dir(&dir) {
            bail!("must build at directory: '{}': file is not directory", dir.display());
        }
        self.check_in_clone(&dir, "bases")?;
        if dir == self.root || self.ancestors.contains(&dir) {
            bail!("cycle detected: '{}' refers to itself through its resources", dir.display());
        }
        let mut ancestors = self.ancestors.clone();
        ancestors.push(self.root.clone());
        Ok(Loader {
            root: dir,
            restrictor: self.restrictor,
            ancestors,
            top: self.top.clone(),
            clone_root: self.clone_root.clone(),
            remotes: self.remotes.clone(),
            clones: self.clones.clone(),
            fs: self.fs.clone(),
            dirs: self.dirs.clone(),
        })
    }

    /// [`FileSystem::canonicalize`] of a directory path, remembered for
    /// this loader and the loaders made from it. Failures are not kept.
    fn canonical_dir(&self, path: &Path) -> std::io::Result<PathBuf> {
        let lock = || self.dirs.lock().unwrap_or_else(|p| p.into_inner());
        if let Some(real) = lock().get(path) {
            return Ok(real.clone());
        }
        let real = self.fs.canonicalize(path)?;
        lock().insert(path.to_path_buf(), real.clone());
        Ok(real)
    }

    /// [`FileSystem::canonicalize`] of `joined` (the root joined with
    /// `rel`): for a `rel` of several components that ends in a name, its
    /// directory resolved once per build ([`Loader::canonical_dir`]) and
    /// the name looked at alone.
    fn canonical(&self, rel: &str, joined: &Path) -> std::io::Result<PathBuf> {
        match split_name(rel).zip(joined.parent()) {
            Some((name, dir)) => self.fs.canonical_child(&self.canonical_dir(dir)?, name),
            None => self.fs.canonicalize(joined),
        }
    }

    /// Resolve a path as kustomize would, refusing it when it leaves the root
    /// under the root-only restrictor.
    pub fn resolve(&self, rel: &str) -> Result<PathBuf> {
        let joined = self.root.join(rel);
        // The root is canonical: a plain name in it needs no full resolution.
        let plain = !rel.is_empty() && rel != "." && rel != ".." && !rel.contains(['/', '\\']);
        let real = if plain { self.fs.canonical_child(&self.root, rel) } else { self.canonical(rel, &joined) }
            .with_context(|| format!("evalsymlink failure on '{}'", joined.display()))?;
        self.check_in_clone(&real, "files")?;
        if !self.allowed(&real) {
            bail!(
                "security; file '{}' is not in or below '{}' (use --load-restrictor LoadRestrictionsNone to allow it)",
                real.display(),
                self.root.display()
            );
        }
        Ok(real)
    }

    /// Whether the load restrictor lets this loader read the resolved path `real`.
    fn allowed(&self, real: &Path) -> bool {
        self.restrictor != LoadRestrictor::RootOnly || real.starts_with(&self.root)
    }

    /// What the `resources:` entry `rel` names, with one `lstat` when it
    /// is not a symlink: a directory, or a file together with the path
    /// [`Loader::resolve`] would give for it (`None` when it must be
    /// resolved the usual way, which then also reports any error).
    pub fn entry(&self, rel: &str) -> Entry {
        let joined = self.root.join(rel);
        match self.fs.entry_type(&joined) {
            Some(EntryType::Dir) => Entry::Dir,
            Some(EntryType::File(len)) => Entry::File { path: self.checked_path(rel), len },
            Some(EntryType::Symlink) if self.is_dir(rel) => Entry::Dir,
            Some(EntryType::Symlink) | None => Entry::File { path: None, len: None },
        }
    }

    pub fn read(&self, rel: &str) -> Result<Vec<u8>> {
        // kustomize loads any file reference over http(s) too (patches,
        // generator files, openapi); the load restrictor does not apply.
        if super::http::is_http(rel) {
            return Ok(super::http::fetch(rel, &super::http::HttpOptions::default())?);
        }
        let p = self.resolve(rel)?;
        self.fs.read(&p).with_context(|| format!("cannot read '{}'", p.display()))
    }

    /// Call `f` with the bytes of `rel` (see [`FileSystem::read_with`]).
    fn read_with(&self, rel: &str, buf: &mut Vec<u8>, f: &mut dyn FnMut(&[u8])) -> Result<()> {
        if super::http::is_http(rel) {
            *buf = self.read(rel)?;
            f(buf);
            return Ok(());
        }
        let p = self.resolve(rel)?;
        self.fs.read_with(&p, buf, f).with_context(|| format!("cannot read '{}'", p.display()))
    }

    pub fn read_string(&self, rel: &str) -> Result<String> {
        let bytes = self.read(rel)?;
        String::from_utf8(bytes).map_err(|_| crate::load::error::err!("'{}' is not UTF-8 text", self.display(rel)))
    }

    /// The path as shown in messages: relative to the root as given.
    pub fn display(&self, rel: &str) -> String {
        self.root.join(rel).display().to_string()
    }

    /// `rel` (relative to this root) as a path relative to the top-level
    /// kustomization, the way `config.kubernetes.io/origin` shows it.
    pub fn origin_path(&self, rel: &str) -> String {
        let target = clean(&self.root.join(rel));
        relative(&self.top, &target).display().to_string()
    }

    /// True when `rel` names a directory (without the restrictor: directories
    /// of other kustomizations may live anywhere).
    pub fn is_dir(&self, rel: &str) -> bool {
        self.fs.is_dir(&self.root.join(rel))
    }

    /// True when `rel` names a file (without the restrictor; reading it
    /// goes through [`Loader::read`]).
    pub fn is_file(&self, rel: &str) -> bool {
        self.fs.is_file(&self.root.join(rel))
    }

    /// The text of a file found by [`Loader::kustomization_file`].
    pub fn read_path(&self, path: &Path) -> Result<String> {
        let bytes = self.fs.read(path).with_context(|| format!("cannot read '{}'", path.display()))?;
        String::from_utf8(bytes).map_err(|_| crate::load::error::err!("'{}' is not UTF-8 text", path.display()))
    }

    /// Find the kustomization file of this directory.
    pub fn kustomization_file(&self) -> Result<PathBuf> {
        let mut found = Vec::new();
        for name in KUSTOMIZATION_FILE_NAMES {
            let p = self.root.join(name);
            if self.fs.is_file(&p) {
                found.push(p);
            }
        }
        match found.len() {
            0 => bail!(
                "unable to find one of 'kustomization.yaml', 'kustomization.yml' or 'Kustomization' in directory '{}'",
                self.root.display()
            ),
            // The file itself may be a symlink: it is read through the
            // load restrictor like any other file.
            1 => {
                let name = found.remove(0);
                let rel = name.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
                self.resolve(&rel).with_context(|| format!("cannot read kustomization file '{}'", name.display()))?;
                Ok(name)
            }
            _ => bail!("found multiple kustomization files under: {}", self.root.display()),
        }
    }

    /// [`Loader::resolve`] of `rel`, a file known to be no symlink (see
    /// [`Loader::entry`]), worked out without asking the system again: the
    /// file's directory resolved (remembered) plus its name. `None` when
    /// `resolve` must do it (and report any error).
    fn checked_path(&self, rel: &str) -> Option<PathBuf> {
        let plain = !rel.is_empty() && !rel.contains(['/', '\\']) && rel != "." && rel != "..";
        let real = if plain {
            self.root.join(rel)
        } else {
            let joined = self.root.join(rel);
            let (name, dir) = split_name(rel).zip(joined.parent())?;
            self.canonical_dir(dir).ok()?.join(name)
        };
        (self.check_in_clone(&real, "files").is_ok() && self.allowed(&real)).then_some(real)
    }

    /// Load KRM resources from a file: documents parsed, `List` kinds expanded.
    pub fn load_resources(&self, rel: &str) -> Result<ResMap> {
        self.load_resources_at(rel, None)
    }

    /// [`Loader::load_resources`] of a file, read at `path` when
    /// [`Loader::entry`] found where it is.
    pub fn load_resources_at(&self, rel: &str, path: Option<&Path>) -> Result<ResMap> {
        let mut buf = READ_BUF.with(|b| b.take());
        let mut parsed = None;
        let mut parse = |bytes: &[u8]| {
            crate::process::add_work(bytes.len());
            parsed = Some(
                std::str::from_utf8(bytes)
                    .map_err(|_| crate::load::error::err!("'{}' is not UTF-8 text", self.display(rel)))
                    .and_then(|text| Ok(parse_resources(text, &self.display(rel))?)),
            );
        };
        let read = match path {
            Some(p) => {
                self.fs.read_with(p, &mut buf, &mut parse).with_context(|| format!("cannot read '{}'", p.display()))
            }
            None => self.read_with(rel, &mut buf, &mut parse),
        };
        let parsed = read.and_then(|()| parsed.unwrap_or_else(|| Ok(Vec::new())));
        // (not cleared: what it holds was written once, and a buffer used
        // again is not filled with zeros again before a read; see
        // `FileSystem::read_with`)
        if buf.capacity() <= READ_BUF_KEEP_MAX {
            READ_BUF.with(|b| b.set(buf));
        }
        let mut items = parsed?;
        let origin: crate::model::Origin = crate::yaml::json!({ "path": self.origin_path(rel) }).into();
        for r in &mut items {
            r.origin = Some(origin.clone());
        }
        ResMap::from_unique(items).with_context(|| format!("in '{}'", self.display(rel)))
    }
}

// Resource files are read into a buffer kept by the thread for its next
// file: a build reads many files, and every first touch of a fresh page
// costs (see docs/performance.md). Taken out of the slot, not borrowed, so
// a nested use on this thread just starts a new one.
thread_local! {
    static READ_BUF: std::cell::Cell<Vec<u8>> = const { std::cell::Cell::new(Vec::new()) };
}

/// A buffer larger than this is not kept for the next file.
const READ_BUF_KEEP_MAX: usize = 8 << 20;

/// Make the calling thread's read buffer (see [`Loader::load_resources_at`])
/// hold a file of `len` bytes before files are read one after the other:
/// read in entry order, a buffer grown for each larger file would be new
/// memory each time (lws: a 1.3 MB file then a 1.5 MB one, 320 more fresh
/// pages than one buffer of the larger size).
pub fn reserve_read_buffer(len: u64) {
    let Ok(len) = usize::try_from(len) else { return };
    // (one spare byte: see `fs::read_open_into`)
    let want = len.saturating_add(1);
    if want > READ_BUF_KEEP_MAX {
        return;
    }
    READ_BUF.with(|b| {
        let mut buf = b.take();
        if buf.capacity() < want {
            // (a new buffer: growing would copy bytes that are not wanted)
            buf = Vec::with_capacity(want);
        }
        b.set(buf);
    });
}

/// The last component of `rel` when it is a name (not `.`, `..` or
/// empty) after at least one other: `rel` is then its directory joined
/// with that name.
fn split_name(rel: &str) -> Option<&str> {
    if rel.contains('\\') {
        return None;
    }
    let (dir, name) = rel.rsplit_once('/')?;
    (!dir.is_empty() && !name.is_empty() && name != "." && name != "..").then_some(name)
}

/// Normalise `a/./b/../c` lexically (no filesystem access).
pub fn clean(p: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for c in p.components() {
        match c {
            Component::ParentDir => {
                if !out.pop() {
                    out.push("..");
                }
            }
            Component::CurDir => {}
            other => out.push(other.as_os_str()),
        }
    }
    out
}

/// Lexical path from directory `base` to `target` (both absolute and clean).
pub fn relative(base: &Path, target: &Path) -> PathBuf {
    // (components walked again rather than collected: this runs per file)
    let common = base.components().zip(target.components()).take_while(|(x, y)| x == y).count();
    let mut out = PathBuf::new();
    for _ in base.components().skip(common) {
        out.push("..");
    }
    for c in target.components().skip(common) {
        out.push(c.as_os_str());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relative_paths() {
        assert_eq!(relative(Path::new("/a/prod"), Path::new("/a/base/x.yaml")), PathBuf::from("../base/x.yaml"));
        assert_eq!(relative(Path::new("/a"), Path::new("/a/x.yaml")), PathBuf::from("x.yaml"));
        assert_eq!(clean(Path::new("/a/b/../c/./d")), PathBuf::from("/a/c/d"));
    }

    /// `entry` finds files with one look and gives the path `resolve`
    /// gives; resolving through remembered directories gives what the
    /// system's resolution gives.
    #[cfg(unix)]
    #[test]
    fn entries_and_resolved_paths() {
        let tmp = tempfile::tempdir().unwrap();
        let top = tmp.path().canonicalize().unwrap();
        for d in ["k/base", "k/overlay", "other"] {
            std::fs::create_dir_all(top.join(d)).unwrap();
        }
        let cm = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n";
        let len = Some(cm.len() as u64);
        std::fs::write(top.join("k/base/cm.yaml"), cm).unwrap();
        std::fs::write(top.join("other/x.yaml"), cm).unwrap();
        std::os::unix::fs::symlink(top.join("other"), top.join("k/overlay/link")).unwrap();
        std::os::unix::fs::symlink(top.join("k/base/cm.yaml"), top.join("k/overlay/cm-link.yaml")).unwrap();
        std::os::unix::fs::symlink(top.join("k/base"), top.join("k/overlay/base-link")).unwrap();
        let ldr = Loader::new(&top.join("k/overlay"), LoadRestrictor::None).unwrap();
        let found = |rel: &str| match ldr.entry(rel) {
            Entry::File { path, len } => (path.is_some(), len),
            Entry::Dir => panic!("{rel}: a directory"),
        };
        assert_eq!(ldr.entry("../base"), Entry::Dir);
        assert_eq!(ldr.entry("base-link"), Entry::Dir);
        assert_eq!(found("../base/cm.yaml"), (true, len));
        assert_eq!(found("link/x.yaml"), (true, len));
        assert_eq!(found("link/../k/base/cm.yaml"), (true, len));
        // a symlink, or nothing: resolved (and reported) the usual way
        assert_eq!(found("cm-link.yaml"), (false, None));
        assert_eq!(found("nope.yaml"), (false, None));
        assert_eq!(found("../nope/x.yaml"), (false, None));
        for rel in ["../base/cm.yaml", "link/x.yaml", "link/../k/base/cm.yaml", "./../base/cm.yaml", "cm-link.yaml"] {
            let system = top.join("k/overlay").join(rel).canonicalize().unwrap();
            // twice: the second time from remembered directories
            assert_eq!(ldr.resolve(rel).unwrap(), system, "{rel}");
            assert_eq!(ldr.resolve(rel).unwrap(), system, "{rel}");
            let path = match ldr.entry(rel) {
                Entry::File { path, .. } => path,
                Entry::Dir => panic!("{rel}: a directory"),
            };
            if let Some(p) = &path {
                assert_eq!(p, &system, "{rel}");
            }
            assert_eq!(ldr.load_resources_at(rel, path.as_deref()).unwrap().len(), 1);
        }
        let e = ldr.resolve("../nope/x.yaml").unwrap_err().to_string();
        assert!(e.starts_with("evalsymlink failure on"), "{e}");
        // the root-only restrictor: a file outside is left to `resolve`, which refuses it
        let strict = Loader::new(&top.join("k/overlay"), LoadRestrictor::RootOnly).unwrap();
        assert_eq!(strict.entry("../base/cm.yaml"), Entry::File { path: None, len });
        let e = strict.load_resources_at("../base/cm.yaml", None).unwrap_err().to_string();
        assert!(e.contains("is not in or below"), "{e}");
        // a loader for a base shares what was resolved
        let base = ldr.child("../base").unwrap();
        assert_eq!(base.root, top.join("k/base"));
        assert!(Arc::ptr_eq(&base.dirs, &ldr.dirs));
    }

    #[test]
    fn last_names() {
        assert_eq!(split_name("a/b.yaml"), Some("b.yaml"));
        assert_eq!(split_name("../x/b.yaml"), Some("b.yaml"));
        assert_eq!(split_name("b.yaml"), None);
        assert_eq!(split_name("/b.yaml"), None);
        assert_eq!(split_name("a/.."), None);
        assert_eq!(split_name("a/."), None);
        assert_eq!(split_name("a/"), None);
        assert_eq!(split_name("a\\b/c"), None);
    }

    #[test]
    fn remote_entries() {
        assert!(is_remote("https://github.com/org/repo//path?ref=v1"));
        assert!(is_remote("git@github.com:org/repo.git"));
        assert!(!is_remote("../base"));
    }
}
