//! Comparing renders: two sets of KRM objects matched by resource id
//! (group, kind, namespace, name), with a unified YAML diff per changed
//! object ([`compare`]); and comparing a fresh render with a committed one
//! byte for byte ([`check`], behind `kforge build --check`).
//!
//! Objects are compared as data: key order and YAML style do not count,
//! and each changed object's diff is between both sides written by
//! kforge's emitter (keys sorted, kustomize's style).
pub mod check;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::yaml::{json, Value};

/// What can go wrong reading renders.
#[derive(Debug, thiserror::Error)]
pub enum DiffError {
    #[error("{path}: {source}")]
    Io { path: String, source: std::io::Error },
    #[error("{origin}: {message}")]
    Parse { origin: String, message: String },
    #[error("{origin}: {id} appears twice ({first} and {second})")]
    Duplicate { origin: String, id: String, first: String, second: String },
}

/// The identity two renders are matched by. `scope` is the directory of
/// the file an object came from, relative to the directory given (empty for
/// files and for flat directories), so two `--output-dir` trees compare
/// target by target.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ObjectId {
    pub scope: String,
    pub group: String,
    pub kind: String,
    pub namespace: String,
    pub name: String,
}

impl std::fmt::Display for ObjectId {
    /// `[scope: ]Kind[.group] [namespace/]name`, as kubectl names objects.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if !self.scope.is_empty() {
            write!(f, "{}: ", self.scope)?;
        }
        f.write_str(&self.kind)?;
        if !self.group.is_empty() {
            write!(f, ".{}", self.group)?;
        }
        f.write_str(" ")?;
        if !self.namespace.is_empty() {
            write!(f, "{}/", self.namespace)?;
        }
        f.write_str(&self.name)
    }
}

impl ObjectId {
    fn to_json(&self) -> Value {
        json!({
            "id": self.to_string(),
            "scope": self.scope,
            "group": self.group,
            "kind": self.kind,
            "namespace": self.namespace,
            "name": self.name,
        })
    }
}

/// One object of a render and the file it came from.
#[derive(Clone, Debug)]
pub struct Object {
    pub value: Value,
    pub file: String,
}

/// Every object of a render, by id.
#[derive(Clone, Debug, Default)]
pub struct Render {
    /// What was read (a path or `-`), for messages and diff headers.
    pub origin: String,
    pub objects: BTreeMap<ObjectId, Object>,
}

pub(crate) fn io_err(path: &Path, source: std::io::Error) -> DiffError {
    DiffError::Io { path: path.display().to_string(), source }
}

impl Render {
    /// Objects of a YAML (or JSON) stream.
    pub fn from_text(text: &str, origin: &str) -> Result<Render, DiffError> {
        let mut r = Render { origin: origin.to_string(), ..Default::default() };
        r.add_text(text, origin, "")?;
        Ok(r)
    }

    /// Objects of a file, or of every `.yaml`/`.yml`/`.json` file under a
    /// directory (in name order; hidden files and directories skipped).
    pub fn from_path(path: &Path) -> Result<Render, DiffError> {
        let meta = std::fs::metadata(path).map_err(|e| io_err(path, e))?;
        let origin = path.display().to_string();
        if !meta.is_dir() {
            let text = read_text(path)?;
            return Render::from_text(&text, &origin);
        }
        let mut r = Render { origin, ..Default::default() };
        let mut files = Vec::new();
        collect_files(path, path, &mut files)?;
        for (rel, full) in files {
            let text = read_text(&full)?;
            let scope = match rel.rfind('/') {
                Some(i) => rel[..i].to_string(),
                None => String::new(),
            };
            r.add_text(&text, &full.display().to_string(), &scope)?;
        }
        Ok(r)
    }

    fn add_text(&mut self, text: &str, file: &str, scope: &str) -> Result<(), DiffError> {
        let resources = crate::model::parse_resources(text, file)
            .map_err(|e| DiffError::Parse { origin: file.to_string(), message: crate::error::chain_text(&e) })?;
        for res in resources {
            let gvk = res.gvk();
            let id = ObjectId {
                scope: scope.to_string(),
                group: gvk.group.into(),
                kind: gvk.kind.into(),
                namespace: res.namespace().to_string(),
                name: res.name().to_string(),
            };
            if let Some(prev) = self.objects.get(&id) {
                return Err(DiffError::Duplicate {
                    origin: self.origin.clone(),
                    id: id.to_string(),
                    first: prev.file.clone(),
                    second: file.to_string(),
                });
            }
            self.objects.insert(id, Object { value: res.obj, file: file.to_string() });
        }
        Ok(())
    }
}

fn read_text(path: &Path) -> Result<String, DiffError> {
    let bytes = std::fs::read(path).map_err(|e| io_err(path, e))?;
    String::from_utf8(bytes)
        .map_err(|_| DiffError::Parse { origin: path.display().to_string(), message: "not UTF-8 text".into() })
}

/// Files under `dir` with a manifest extension, as (relative path with `/`, full path), sorted.
fn collect_files(root: &Path, dir: &Path, out: &mut Vec<(String, PathBuf)>) -> Result<(), DiffError> {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .map_err(|e| io_err(dir, e))?
        .map(|e| e.map_err(|err| io_err(dir, err)))
        .collect::<Result<_, _>>()?;
    entries.sort_by_key(|e| e.file_name());
    for e in entries {
        let name = e.file_name();
        let Some(name) = name.to_str() else { continue };
        if name.starts_with('.') {
            continue;
        }
        let path = e.path();
        let ft = std::fs::metadata(&path).map_err(|err| io_err(&path, err))?;
        if ft.is_dir() {
            collect_files(root, &path, out)?;
        } else if name.ends_with(".yaml") || name.ends_with(".yml") || name.ends_with(".json") {
            let rel = path.strip_prefix(root).unwrap_or(&path);
            let rel: Vec<String> = rel.components().map(|c| c.as_os_str().to_string_lossy().into_owned()).collect();
            out.push((rel.join("/"), path));
        }
    }
    Ok(())
}

/// A changed object and its diff.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Changed {
    pub id: ObjectId,
    /// Unified diff of the object's YAML, A to B.
    pub diff: String,
}

/// The differences between two renders, each list in id order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Report {
    pub a: String,
    pub b: String,
    pub added: Vec<ObjectId>,
    pub removed: Vec<ObjectId>,
    pub changed: Vec<Changed>,
    pub unchanged: usize,
}

impl Report {
    pub fn is_same(&self) -> bool {
        self.added.is_empty() && self.removed.is_empty() && self.changed.is_empty()
    }

    /// The report for people: changed objects with their diffs, then added
    /// and removed ones, then a summary line.
    pub fn to_text(&self) -> String {
        let mut out = String::new();
        for c in &self.changed {
            out.push_str(&format!("changed {}\n", c.id));
            out.push_str(&c.diff);
        }
        for id in &self.added {
            out.push_str(&format!("added   {id}\n"));
        }
        for id in &self.removed {
            out.push_str(&format!("removed {id}\n"));
        }
        out.push_str(&format!(
            "{} added, {} removed, {} changed, {} unchanged\n",
            self.added.len(),
            self.removed.len(),
            self.changed.len(),
            self.unchanged
        ));
        out
    }

    /// The report for machines (one JSON object, pretty-printed).
    pub fn to_json(&self) -> String {
        let v = json!({
            "a": self.a,
            "b": self.b,
            "same": self.is_same(),
            "added": self.added.iter().map(ObjectId::to_json).collect::<Vec<_>>(),
            "removed": self.removed.iter().map(ObjectId::to_json).collect::<Vec<_>>(),
            "changed": self.changed.iter().map(|c| {
                let mut o = c.id.to_json();
                o["diff"] = Value::String(c.diff.clone());
                o
            }).collect::<Vec<_>>(),
            "unchanged": self.unchanged,
        });
        let mut s = serde_json::to_string_pretty(&v).unwrap_or_default();
        s.push('\n');
        s
    }
}

/// Compare two renders by object id.
pub fn compare(a: &Render, b: &Render) -> Report {
    let mut r = Report { a: a.origin.clone(), b: b.origin.clone(), ..Default::default() };
    for (id, oa) in &a.objects {
        match b.objects.get(id) {
            None => r.removed.push(id.clone()),
            Some(ob) if ob.value == oa.value => r.unchanged += 1,
            Some(ob) => {
                let ya = crate::yaml::to_yaml(&oa.value);
                let yb = crate::yaml::to_yaml(&ob.value);
                let diff = unified(&ya, &yb, &format!("{} ({})", a.origin, id), &format!("{} ({})", b.origin, id));
                r.changed.push(Changed { id: id.clone(), diff });
            }
        }
    }
    r.added = b.objects.keys().filter(|id| !a.objects.contains_key(*id)).cloned().collect();
    r
}

/// A unified diff (3 lines of context) from `a` to `b`; empty when equal.
pub fn unified(a: &str, b: &str, a_label: &str, b_label: &str) -> String {
    if a == b {
        return String::new();
    }
    let d = similar::TextDiff::from_lines(a, b);
    let mut s = d.unified_diff().context_radius(3).header(a_label, b_label).to_string();
    if !s.ends_with('\n') {
        s.push('\n');
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    const A: &str = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\ndata:\n  k: v\n---\n\
        apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n  namespace: shop\nspec:\n  replicas: 1\n";
    const B: &str =
        "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  namespace: shop\n  name: web\nspec:\n  replicas: 2\n---\n\
        apiVersion: v1\nkind: Service\nmetadata:\n  name: s\n";

    #[test]
    fn added_removed_changed() {
        let r = compare(&Render::from_text(A, "a").unwrap(), &Render::from_text(B, "b").unwrap());
        assert_eq!(r.added.iter().map(|i| i.to_string()).collect::<Vec<_>>(), ["Service s"]);
        assert_eq!(r.removed.iter().map(|i| i.to_string()).collect::<Vec<_>>(), ["ConfigMap a"]);
        assert_eq!(r.changed.len(), 1);
        assert_eq!(r.changed[0].id.to_string(), "Deployment.apps shop/web");
        assert!(r.changed[0].diff.contains("-  replicas: 1\n+  replicas: 2\n"), "{}", r.changed[0].diff);
        assert!(!r.is_same());
        let j: Value = serde_json::from_str(&r.to_json()).unwrap();
        assert_eq!(j["changed"][0]["kind"], "Deployment");
        assert_eq!(j["added"][0]["name"], "s");
    }

    #[test]
    fn key_order_does_not_count() {
        let a = "kind: ConfigMap\napiVersion: v1\nmetadata: {name: x}\ndata: {a: '1', b: '2'}\n";
        let b = "apiVersion: v1\nkind: ConfigMap\ndata: {b: '2', a: '1'}\nmetadata: {name: x}\n";
        let r = compare(&Render::from_text(a, "a").unwrap(), &Render::from_text(b, "b").unwrap());
        assert!(r.is_same());
        assert_eq!(r.unchanged, 1);
    }

    #[test]
    fn duplicates_are_named() {
        let t = "kind: ConfigMap\napiVersion: v1\nmetadata: {name: x}\n---\nkind: ConfigMap\napiVersion: v1\nmetadata: {name: x}\n";
        let e = Render::from_text(t, "f.yaml").unwrap_err().to_string();
        assert_eq!(e, "f.yaml: ConfigMap x appears twice (f.yaml and f.yaml)");
    }
}
