//! File access for one kustomization root, with kustomize's load restrictor.
use std::path::{Component, Path, PathBuf};

use anyhow::{bail, Context, Result};

use crate::model::{ResMap, Resource};

/// Names a kustomization file may have, in the order kustomize looks for them.
pub const KUSTOMIZATION_FILE_NAMES: &[&str] =
    &["kustomization.yaml", "kustomization.yml", "Kustomization"];

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
}

/// True when an entry names a remote resource (git or http) rather than a path.
pub fn is_remote(entry: &str) -> bool {
    entry.contains("://")
        || entry.starts_with("git@")
        || entry.starts_with("github.com/")
        || entry.starts_with("gitlab.com/")
}

impl Loader {
    pub fn new(root: &Path, restrictor: LoadRestrictor) -> Result<Loader> {
        let root = root
            .canonicalize()
            .with_context(|| format!("cannot open kustomization directory '{}'", root.display()))?;
        if !root.is_dir() {
            bail!(
                "must build at directory: '{}': file is not directory",
                root.display()
            );
        }
        Ok(Loader {
            top: root.clone(),
            root,
            restrictor,
            ancestors: Vec::new(),
        })
    }

    /// A loader for a sub-directory (a base, an overlay or a component), with cycle detection.
    pub fn child(&self, rel: &str) -> Result<Loader> {
        let path = self.root.join(rel);
        let dir = path
            .canonicalize()
            .with_context(|| format!("evalsymlink failure on '{}'", path.display()))?;
        if !dir.is_dir() {
            bail!(
                "must build at directory: '{}': file is not directory",
                dir.display()
            );
        }
        if dir == self.root || self.ancestors.contains(&dir) {
            bail!(
                "cycle detected: '{}' refers to itself through its resources",
                dir.display()
            );
        }
        let mut ancestors = self.ancestors.clone();
        ancestors.push(self.root.clone());
        Ok(Loader {
            root: dir,
            restrictor: self.restrictor,
            ancestors,
            top: self.top.clone(),
        })
    }

    /// Resolve a path as kustomize would, refusing it when it leaves the root
    /// under the root-only restrictor.
    pub fn resolve(&self, rel: &str) -> Result<PathBuf> {
        let joined = self.root.join(rel);
        let real = joined
            .canonicalize()
            .with_context(|| format!("evalsymlink failure on '{}'", joined.display()))?;
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
        let p = self.resolve(rel)?;
        std::fs::read(&p).with_context(|| format!("cannot read '{}'", p.display()))
    }

    pub fn read_string(&self, rel: &str) -> Result<String> {
        let bytes = self.read(rel)?;
        String::from_utf8(bytes)
            .map_err(|_| anyhow::anyhow!("'{}' is not UTF-8 text", self.display(rel)))
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
        self.root.join(rel).is_dir()
    }

    /// Find the kustomization file of this directory.
    pub fn kustomization_file(&self) -> Result<PathBuf> {
        let mut found = Vec::new();
        for name in KUSTOMIZATION_FILE_NAMES {
            let p = self.root.join(name);
            if p.is_file() {
                found.push(p);
            }
        }
        match found.len() {
            0 => bail!(
                "unable to find one of 'kustomization.yaml', 'kustomization.yml' or 'Kustomization' in directory '{}'",
                self.root.display()
            ),
            1 => Ok(found.remove(0)),
            _ => bail!(
                "found multiple kustomization files under: {}",
                self.root.display()
            ),
        }
    }

    /// Load KRM resources from a file: documents parsed, `List` kinds expanded.
    pub fn load_resources(&self, rel: &str) -> Result<ResMap> {
        let text = self.read_string(rel)?;
        let mut m = ResMap::new();
        let origin = serde_json::json!({ "path": self.origin_path(rel) });
        for mut r in parse_resources(&text, &self.display(rel))? {
            r.origin = Some(origin.clone());
            m.append(r)
                .with_context(|| format!("in '{}'", self.display(rel)))?;
        }
        Ok(m)
    }
}

/// Parse a stream into resources: lists expanded, each document checked to
/// be a mapping with a kind.
pub fn parse_resources(text: &str, origin: &str) -> Result<Vec<Resource>> {
    let docs = crate::yaml::parse_resource_documents(text, origin)
        .map_err(|e| anyhow::anyhow!("MalformedYAMLError: {e}"))?;
    let mut out = Vec::with_capacity(docs.len());
    for doc in docs {
        let before = out.len();
        let expands = doc
            .value
            .get("kind")
            .and_then(|k| k.as_str())
            .is_some_and(|k| k.ends_with("List"))
            && doc.value.get("items").is_some();
        push_resource(doc.value, origin, &mut out)?;
        // Items of a list lose their pointers (kustomize would drop their
        // empty values too on a strategic merge; a rare case).
        if !expands && out.len() == before + 1 {
            if let Some(r) = out.last_mut() {
                r.empty_nulls = doc.empty_nulls;
            }
        }
    }
    Ok(out)
}

fn push_resource(doc: serde_json::Value, origin: &str, out: &mut Vec<Resource>) -> Result<()> {
    let serde_json::Value::Object(map) = &doc else {
        bail!(
            "{origin}: a resource must be a mapping, found {}",
            kind_of(&doc)
        );
    };
    let kind = map.get("kind").and_then(|k| k.as_str()).unwrap_or("");
    if kind.is_empty() {
        bail!("{origin}: missing Resource metadata: a resource needs a 'kind'");
    }
    if kind.ends_with("List") {
        if let Some(items) = map.get("items") {
            let serde_json::Value::Array(items) = items else {
                bail!("{origin}: field 'items' of a {kind} must be a sequence");
            };
            for item in items.clone() {
                push_resource(item, origin, out)?;
            }
            return Ok(());
        }
    }
    // kustomize (kyaml's GetValidatedMetadata) wants a name on everything
    // but lists; a number or boolean is read as its text.
    let has_name = match map.get("metadata").and_then(|m| m.get("name")) {
        Some(serde_json::Value::String(s)) => !s.is_empty(),
        Some(serde_json::Value::Number(_) | serde_json::Value::Bool(_)) => true,
        _ => false,
    };
    if !has_name && !kind.ends_with("List") {
        let found = match map.get("metadata") {
            None => "no metadata".to_string(),
            Some(m @ serde_json::Value::Object(_)) => match m.get("name") {
                None => "no metadata.name".to_string(),
                Some(serde_json::Value::String(_)) => "an empty metadata.name".to_string(),
                Some(other) => format!("metadata.name is {}", kind_of(other)),
            },
            Some(other) => format!("metadata is {}", kind_of(other)),
        };
        bail!("{origin}: missing metadata.name in a {kind} ({found}): a resource needs a name");
    }
    out.push(Resource::new(doc));
    Ok(())
}

fn kind_of(v: &serde_json::Value) -> &'static str {
    match v {
        serde_json::Value::Null => "null",
        serde_json::Value::Bool(_) => "a boolean",
        serde_json::Value::Number(_) => "a number",
        serde_json::Value::String(_) => "a string",
        serde_json::Value::Array(_) => "a sequence",
        serde_json::Value::Object(_) => "a mapping",
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
    let b: Vec<_> = base.components().collect();
    let t: Vec<_> = target.components().collect();
    let common = b.iter().zip(t.iter()).take_while(|(x, y)| x == y).count();
    let mut out = PathBuf::new();
    for _ in common..b.len() {
        out.push("..");
    }
    for c in &t[common..] {
        out.push(c.as_os_str());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relative_paths() {
        assert_eq!(
            relative(Path::new("/a/prod"), Path::new("/a/base/x.yaml")),
            PathBuf::from("../base/x.yaml")
        );
        assert_eq!(
            relative(Path::new("/a"), Path::new("/a/x.yaml")),
            PathBuf::from("x.yaml")
        );
        assert_eq!(clean(Path::new("/a/b/../c/./d")), PathBuf::from("/a/c/d"));
    }

    #[test]
    fn resources_need_a_name() {
        let err = |y: &str| parse_resources(y, "r.yaml").unwrap_err().to_string();
        let e = err("apiVersion: v1\nkind: ConfigMap\n");
        assert!(
            e.starts_with("r.yaml: missing metadata.name in a ConfigMap (no metadata)"),
            "{e}"
        );
        let e = err("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: [x]}\n");
        assert!(e.contains("(metadata.name is a sequence)"), "{e}");
        let e = err("apiVersion: v1\nkind: ConfigMap\nmetadata: x\n");
        assert!(e.contains("(metadata is a string)"), "{e}");
        let e = err("kind: List\nitems:\n- kind: Secret\n  metadata: {name: ''}\n");
        assert!(e.contains("in a Secret (an empty metadata.name)"), "{e}");
        // Lists need none; numbers and booleans are names.
        assert!(parse_resources("kind: ConfigMapList\nmetadata: {}\n", "r.yaml").is_ok());
        assert!(parse_resources("kind: ConfigMap\nmetadata: {name: 1}\n", "r.yaml").is_ok());
    }

    #[test]
    fn remote_entries() {
        assert!(is_remote("https://github.com/org/repo//path?ref=v1"));
        assert!(is_remote("git@github.com:org/repo.git"));
        assert!(!is_remote("../base"));
    }
}
