//! Walking a field spec path (`spec/template/metadata/labels`) through an object.
//!
//! As in kustomize, a path steps through mappings by key and through every
//! element of a sequence implicitly. [`PathSpec`] is the walk the built-in
//! transformers use, with kustomize's exact creation rules; [`walk`] is the
//! plain form for readers and rewriters that never create fields (name
//! references, vars).
use crate::transform::error::{bail, Result, TransformError};
use crate::yaml::{Map, Value};

use crate::model::{Gvk, Resource};
pub use crate::types::FieldSpec;

/// What a walk creates at a missing (or null) leaf when the spec says `create`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Leaf {
    /// An empty mapping (labels, annotations, selectors).
    Map,
    /// An empty string, then set by the visitor (namespace, replicas).
    Scalar,
    /// Nothing: the transformer never creates fields (images, name prefixes).
    Never,
}

/// A field spec with its kind selector and path parsed once, walked the way
/// kustomize's fieldspec filter does:
/// - a sequence met on the way is traversed element by element;
/// - with `create`, missing mappings are created (and kept even when nothing
///   deeper is set) and a null value becomes the created kind;
/// - a segment ending in `[]` names a sequence that is never created; a null
///   there becomes an empty sequence;
/// - a null met before the end of the path stops the walk; a scalar there is
///   an error ("expected sequence or mapping node").
#[derive(Clone, Debug)]
pub struct PathSpec {
    pub gvk: Gvk,
    pub path: String,
    pub segs: Vec<String>,
    pub create: bool,
}

impl PathSpec {
    pub fn new(fs: &FieldSpec) -> PathSpec {
        PathSpec {
            gvk: Gvk::new(&fs.group, &fs.version, &fs.kind),
            path: fs.path.clone(),
            segs: split_path(&fs.path),
            create: fs.create,
        }
    }

    pub fn compile(fields: &[FieldSpec]) -> Vec<PathSpec> {
        fields.iter().map(PathSpec::new).collect()
    }

    /// Whether this spec applies to objects of this kind (empty parts match all).
    pub fn selects(&self, gvk: &Gvk) -> bool {
        gvk.is_selected_by(&self.gvk)
    }

    /// [`Self::selects`] for borrowed parts.
    pub fn selects_parts(&self, group: &str, version: &str, kind: &str) -> bool {
        (self.gvk.group.is_empty() || self.gvk.group == group)
            && (self.gvk.version.is_empty() || self.gvk.version == version)
            && (self.gvk.kind.is_empty() || self.gvk.kind == kind)
    }

    /// Run `f` on every node the path reaches in `obj` (kind already checked).
    pub fn visit(&self, obj: &mut Value, leaf: Leaf, f: &mut dyn FnMut(&mut Value) -> Result<()>) -> Result<()> {
        let leaf = if self.create { leaf } else { Leaf::Never };
        check_depth(&self.segs)?;
        visit_node(obj, &self.segs, leaf, f)
    }

    /// `visit` on a resource, with kustomize's error context
    /// (`considering field 'p' of object Kind.v.g/name.ns: ...`).
    pub fn visit_resource(
        &self,
        r: &mut Resource,
        leaf: Leaf,
        f: &mut dyn FnMut(&mut Value) -> Result<()>,
    ) -> Result<()> {
        match self.visit(&mut r.obj, leaf, f) {
            Ok(()) => Ok(()),
            Err(e) => Err(TransformError::with_cause(
                format_args!("considering field '{}' of object {}", self.path, r.cur_id()),
                e,
            )),
        }
    }
}

/// A resource's current group, version and kind, borrowed from its object
/// (what [`Resource::gvk`] builds, without allocating).
pub fn gvk_parts(r: &Resource) -> (&str, &str, &str) {
    let av = r.api_version();
    let (group, version) = av.split_once('/').unwrap_or(("", av));
    (group, version, r.kind())
}

/// Field specs with their positions grouped by the kind they select, so
/// that [`selecting`] checks only a resource's kind's specs and the specs
/// for every kind (the default label specs name some 40 kinds).
#[derive(Clone, Debug, Default)]
pub struct SpecList {
    specs: Vec<PathSpec>,
    /// Positions (ascending) of the specs naming each kind.
    by_kind: crate::model::fasthash::FastMap<String, Vec<u32>>,
    /// Positions (ascending) of the specs for every kind.
    any_kind: Vec<u32>,
}

impl From<Vec<PathSpec>> for SpecList {
    fn from(specs: Vec<PathSpec>) -> SpecList {
        let mut by_kind: crate::model::fasthash::FastMap<String, Vec<u32>> = Default::default();
        let mut any_kind = Vec::new();
        for (i, s) in specs.iter().enumerate() {
            // (positions past u32 never come from a configuration)
            let i = u32::try_from(i).unwrap_or(u32::MAX);
            if s.gvk.kind.is_empty() {
                any_kind.push(i);
            } else {
                by_kind.entry(s.gvk.kind.as_str().to_string()).or_default().push(i);
            }
        }
        SpecList { specs, by_kind, any_kind }
    }
}

impl FromIterator<PathSpec> for SpecList {
    fn from_iter<T: IntoIterator<Item = PathSpec>>(iter: T) -> SpecList {
        iter.into_iter().collect::<Vec<_>>().into()
    }
}

impl std::ops::Deref for SpecList {
    type Target = [PathSpec];
    fn deref(&self) -> &[PathSpec] {
        &self.specs
    }
}

/// The specs that select `r`'s current kind, in order.
pub fn selecting<'s>(specs: &'s SpecList, r: &Resource) -> Vec<&'s PathSpec> {
    let (group, version, kind) = gvk_parts(r);
    let mine: &[u32] = specs.by_kind.get(kind).map_or(&[], Vec::as_slice);
    let (mut a, mut b) = (mine.iter().peekable(), specs.any_kind.iter().peekable());
    let mut out = Vec::new();
    // the two position lists merged: configuration order
    loop {
        let i = match (a.peek(), b.peek()) {
            (Some(&&x), Some(&&y)) if x < y => a.next(),
            (Some(_), Some(_)) | (None, Some(_)) => b.next(),
            (Some(_), None) => a.next(),
            (None, None) => break,
        };
        let Some(s) = i.and_then(|&i| specs.specs.get(i as usize)) else { break };
        if s.selects_parts(group, version, kind) {
            out.push(s);
        }
    }
    out
}

fn empty_of(leaf: Leaf) -> Value {
    match leaf {
        Leaf::Map => Value::Object(Map::new()),
        _ => Value::String(String::new()),
    }
}

fn visit_node(v: &mut Value, segs: &[String], leaf: Leaf, f: &mut dyn FnMut(&mut Value) -> Result<()>) -> Result<()> {
    let Some((head, rest)) = segs.split_first() else {
        return f(v);
    };
    match v {
        Value::Null => Ok(()),
        Value::Array(items) => {
            for item in items {
                visit_node(item, segs, leaf, f)?;
            }
            Ok(())
        }
        Value::Object(m) => {
            let (key, is_seq) = match head.strip_suffix("[]") {
                Some(k) => (k, true),
                None => (head.as_str(), false),
            };
            // What to create here when missing or null.
            let create = match leaf {
                Leaf::Never => None,
                _ if is_seq => None,
                _ if rest.is_empty() => Some(empty_of(leaf)),
                _ => Some(Value::Object(Map::new())),
            };
            let child = match m.get_mut(key) {
                Some(c) => c,
                None => match &create {
                    Some(empty) => m.entry(key.to_string()).or_insert_with(|| empty.clone()),
                    None => return Ok(()),
                },
            };
            if child.is_null() {
                if is_seq {
                    *child = Value::Array(Vec::new());
                } else if let Some(empty) = create {
                    *child = empty;
                }
            }
            visit_node(child, rest, leaf, f)
        }
        _ => bail!("expected sequence or mapping node"),
    }
}

/// kyaml's name for a node's kind, for error messages.
pub fn node_kind(v: &Value) -> &'static str {
    match v {
        Value::Object(_) => "MappingNode",
        Value::Array(_) => "SequenceNode",
        _ => "ScalarNode",
    }
}

/// Short rendering of a node for "node contents" in errors.
pub fn node_contents(v: &Value) -> String {
    serde_json::to_string(v).unwrap_or_default()
}

impl FieldSpec {
    pub fn new(group: &str, version: &str, kind: &str, path: &str, create: bool) -> FieldSpec {
        FieldSpec { group: group.into(), version: version.into(), kind: kind.into(), path: path.into(), create }
    }

    /// Whether this spec applies to a resource of this kind (empty parts match all).
    pub fn selects(&self, gvk: &Gvk) -> bool {
        gvk.is_selected_by(&Gvk::new(&self.group, &self.version, &self.kind))
    }

    /// Path segments, honouring `\/` as an escaped slash inside a key.
    pub fn segments(&self) -> Vec<String> {
        split_path(&self.path)
    }
}

pub fn split_path(path: &str) -> Vec<String> {
    if !path.contains('\\') {
        return path.split('/').filter(|s| !s.is_empty()).map(str::to_string).collect();
    }
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut chars = path.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' if chars.peek() == Some(&'/') => {
                cur.push('/');
                chars.next();
            }
            '/' => out.push(std::mem::take(&mut cur)),
            _ => cur.push(c),
        }
    }
    out.push(cur);
    out.retain(|s| !s.is_empty());
    out
}

/// Visit every node at `path` below `v`. Sequences are traversed element by
/// element; a segment ending in `[]` is the same as the plain key; a scalar
/// before the end of the path is an error, as in kustomize.
pub fn walk(v: &mut Value, path: &[String], create: bool, f: &mut dyn FnMut(&mut Value) -> Result<()>) -> Result<()> {
    check_depth(path)?;
    walk_inner(v, path, create, f)
}

/// A field path may be as deep as a document may be ([`crate::yaml::MAX_DEPTH`]).
pub fn check_depth(path: &[String]) -> Result<()> {
    if path.len() > crate::yaml::MAX_DEPTH {
        bail!("field path has {} segments: at most {} are supported", path.len(), crate::yaml::MAX_DEPTH);
    }
    Ok(())
}

fn walk_inner(v: &mut Value, path: &[String], create: bool, f: &mut dyn FnMut(&mut Value) -> Result<()>) -> Result<()> {
    let Some((head, rest)) = path.split_first() else {
        return f(v);
    };
    match v {
        Value::Array(items) => {
            for item in items {
                walk_inner(item, path, create, f)?;
            }
            Ok(())
        }
        Value::Object(m) => {
            let key = head.strip_suffix("[]").unwrap_or(head);
            if let Some(child) = m.get_mut(key) {
                if child.is_null() && create && !rest.is_empty() {
                    *child = Value::Object(Map::new());
                }
                return walk_inner(child, rest, create, f);
            }
            if !create {
                return Ok(());
            }
            let mut child = if rest.is_empty() { Value::Null } else { Value::Object(Map::new()) };
            walk_inner(&mut child, rest, create, f)?;
            m.insert(key.to_string(), child);
            Ok(())
        }
        Value::Null => Ok(()),
        // kustomize's fieldspec filter refuses a scalar where the path goes on
        // (`env: [a]` under a name reference path)
        _ => bail!("expected sequence or mapping node at '{head}', found {}", node_kind(v)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::yaml::json;

    #[test]
    fn walks_sequences_and_creates() {
        let mut v = json!({"spec":{"containers":[{"name":"a"},{"name":"b"}]}});
        let mut n = 0;
        walk(&mut v, &split_path("spec/containers/name"), false, &mut |x| {
            n += 1;
            *x = json!(format!("p-{}", x.as_str().unwrap_or("")));
            Ok(())
        })
        .unwrap();
        assert_eq!(n, 2);
        assert_eq!(v["spec"]["containers"][1]["name"], "p-b");
        walk(&mut v, &split_path("spec/selector/matchLabels"), true, &mut |x| {
            if x.is_null() {
                *x = json!({});
            }
            Ok(())
        })
        .unwrap();
        assert_eq!(v["spec"]["selector"]["matchLabels"], json!({}));
    }

    #[test]
    fn escaped_slash() {
        assert_eq!(split_path(r"metadata/annotations/a\/b"), ["metadata", "annotations", "a/b"]);
        assert_eq!(split_path("/spec//template/"), ["spec", "template"]);
        assert_eq!(split_path(r"a\b/c"), [r"a\b", "c"]);
    }
}
