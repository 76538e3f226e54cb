//! Walking a field spec path (`spec/template/metadata/labels`) through an object.
//!
//! As in kustomize, a path steps through mappings by key and through every
//! element of a sequence implicitly; `create` makes missing mappings (and the
//! leaf, as null) on the way.
use anyhow::Result;
use serde_json::{Map, Value};

pub use crate::load::kustomization::FieldSpec;
use crate::model::{Gvk, Resource};

impl FieldSpec {
    pub fn new(group: &str, version: &str, kind: &str, path: &str, create: bool) -> FieldSpec {
        FieldSpec {
            group: group.into(),
            version: version.into(),
            kind: kind.into(),
            path: path.into(),
            create,
        }
    }

    /// Whether this spec applies to a resource of this kind (empty parts match all).
    pub fn selects(&self, gvk: &Gvk) -> bool {
        gvk.is_selected_by(&Gvk::new(&self.group, &self.version, &self.kind))
    }

    /// Path segments, honouring `\/` as an escaped slash inside a key.
    pub fn segments(&self) -> Vec<String> {
        split_path(&self.path)
    }

    /// Run `f` on every value this spec reaches in `r` (if it selects `r`'s kind).
    pub fn apply(&self, r: &mut Resource, f: &mut dyn FnMut(&mut Value) -> Result<()>) -> Result<()> {
        if !self.selects(&r.gvk()) {
            return Ok(());
        }
        let segs = self.segments();
        walk(&mut r.obj, &segs, self.create, f)
    }
}

pub fn split_path(path: &str) -> Vec<String> {
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
/// element; a segment ending in `[]` is the same as the plain key.
pub fn walk(v: &mut Value, path: &[String], create: bool, f: &mut dyn FnMut(&mut Value) -> Result<()>) -> Result<()> {
    let Some((head, rest)) = path.split_first() else {
        return f(v);
    };
    match v {
        Value::Array(items) => {
            for item in items {
                walk(item, path, create, f)?;
            }
            Ok(())
        }
        Value::Object(m) => {
            let key = head.strip_suffix("[]").unwrap_or(head);
            if let Some(child) = m.get_mut(key) {
                if child.is_null() && create && !rest.is_empty() {
                    *child = Value::Object(Map::new());
                }
                return walk(child, rest, create, f);
            }
            if !create {
                return Ok(());
            }
            let mut child = if rest.is_empty() { Value::Null } else { Value::Object(Map::new()) };
            walk(&mut child, rest, create, f)?;
            m.insert(key.to_string(), child);
            Ok(())
        }
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

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
    }
}
