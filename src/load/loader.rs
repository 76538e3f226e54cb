//! File access for one kustomization root, with kustomize's load restrictor.
use std::path::{Component, Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

use crate::load::error::{bail, Context, Result};

use super::fs::{FileSystem, RealFs};
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
        let dir =
            self.fs.canonicalize(&path).with_context(|| format!("evalsymlink failure on '{}'", path.display()))?;
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
        })
    }

    /// Resolve a path as kustomize would, refusing it when it leaves the root
    /// under the root-only restrictor.
    pub fn resolve(&self, rel: &str) -> Result<PathBuf> {
        let joined = self.root.join(rel);
        // The root is canonical: a plain name in it needs no full resolution.
        let plain = !rel.is_empty() && rel != "." && rel != ".." && !rel.contains(['/', '\\']);
        let real = if plain { self.fs.canonical_child(&self.root, rel) } else { self.fs.canonicalize(&joined) }
            .with_context(|| format!("evalsymlink failure on '{}'", joined.display()))?;
        self.check_in_clone(&real, "files")?;
        if self.restrictor == LoadRestrictor::RootOnly && !real.starts_with(&self.root) {
            bail!(
                "security; file '{}' is not in or below '{}' (use --load-restrictor LoadRestrictionsNone to allow it)",
                real.display(),
                self.root.display()
            );
        }
        Ok(real)
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

    /// Load KRM resources from a file: documents parsed, `List` kinds expanded.
    pub fn load_resources(&self, rel: &str) -> Result<ResMap> {
        // The file is read into a buffer kept by the thread for its next
        // file: a build reads many files, and every first touch of a fresh
        // page costs (see docs/performance.md). Taken out of the slot, not
        // borrowed, so a nested use on this thread just starts a new one.
        thread_local! {
            static READ_BUF: std::cell::Cell<Vec<u8>> = const { std::cell::Cell::new(Vec::new()) };
        }
        /// A buffer larger than this is not kept for the next file.
        const KEEP_MAX: usize = 8 << 20;
        let mut buf = READ_BUF.with(|b| b.take());
        let mut parsed = None;
        let read = self.read_with(rel, &mut buf, &mut |bytes| {
            parsed = Some(
                std::str::from_utf8(bytes)
                    .map_err(|_| crate::load::error::err!("'{}' is not UTF-8 text", self.display(rel)))
                    .and_then(|text| Ok(parse_resources(text, &self.display(rel))?)),
            );
        });
        let parsed = read.and_then(|()| parsed.unwrap_or_else(|| Ok(Vec::new())));
        buf.clear();
        if buf.capacity() <= KEEP_MAX {
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

    #[test]
    fn remote_entries() {
        assert!(is_remote("https://github.com/org/repo//path?ref=v1"));
        assert!(is_remote("git@github.com:org/repo.git"));
        assert!(!is_remote("../base"));
    }
}
