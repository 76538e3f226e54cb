//! `edit fix --vars`: `vars` → `replacements`, as kustomize converts them.
//!
//! For each var, every file the kustomization reaches (its resources, the
//! resources of kustomizations below it, its patch files) is searched for
//! `$(NAME)`; each field holding it becomes a replacement target (with a
//! delimiter and index when the var is part of a longer value), the var's
//! object and field become the source, and `$(NAME)` in the files becomes
//! `NAME_PLACEHOLDER`, which the replacement then overwrites. Fields are
//! visited in key order (kustomize visits them in file order).
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::yaml::{json, Map, Value};

use super::kustfile::KustFile;
use super::EditError;

/// The changed files (path → new content) and the replacements.
pub struct Converted {
    pub files: Vec<(PathBuf, String)>,
    pub replacements: Vec<Value>,
}

/// A patch file's entry, for targets found in it.
type PatchTargets = BTreeMap<String, Value>;

/// Convert the vars of `kf` (in `dir`); nothing is written.
pub fn convert(kf: &KustFile, dir: &Path) -> Result<Option<Converted>, EditError> {
    let Some(Value::Array(vars)) = kf.doc.get("vars") else { return Ok(None) };
    let mut patch_targets = PatchTargets::new();
    let files = touched(&kf.doc, "", dir, &mut patch_targets, 0)?;
    let mut contents: Vec<(String, Option<String>)> =
        files.iter().map(|f| (f.clone(), std::fs::read_to_string(dir.join(f)).ok())).collect();
    let mut replacements = Vec::new();
    for v in vars {
        let name = v.get("name").and_then(Value::as_str).unwrap_or("");
        let placeholder = format!("$({name})");
        let mut targets = Vec::new();
        for (file, text) in &contents {
            let Some(text) = text else { continue };
            let Ok(docs) = crate::yaml::parse_documents(text, file) else { continue };
            for doc in docs.iter().filter(|d| d.is_object()) {
                let mut found = Vec::new();
                find(doc, &placeholder, &mut Vec::new(), &mut found)
                    .map_err(|e| EditError::msg(format!("error with {file}: {e}")))?;
                for (path, options) in found {
                    targets.push(target(doc, path, options, patch_targets.get(file)));
                }
            }
        }
        let mut source = Map::new();
        let objref = v.get("objref").cloned().unwrap_or(Value::Null);
        let s = |o: &Value, k: &str| o.get(k).and_then(Value::as_str).unwrap_or("").to_string();
        let (group, version) = split_api_version(&s(&objref, "apiVersion"));
        for (k, val) in [
            ("group", group),
            ("version", version),
            ("kind", s(&objref, "kind")),
            ("name", s(&objref, "name")),
            ("namespace", s(&objref, "namespace")),
            ("fieldPath", v.get("fieldref").map(|f| s(f, "fieldPath")).unwrap_or_default()),
        ] {
            if !val.is_empty() {
                source.insert(k.into(), json!(val));
            }
        }
        let mut r = Map::new();
        r.insert("source".into(), Value::Object(source));
        if !targets.is_empty() {
            r.insert("targets".into(), Value::Array(targets));
        }
        replacements.push(Value::Object(r));
        for (_, text) in contents.iter_mut() {
            if let Some(t) = text {
                *t = t.replace(&placeholder, &format!("{name}_PLACEHOLDER"));
            }
        }
    }
    let files = files
        .iter()
        .zip(contents)
        .filter_map(|(f, (_, new))| {
            let old = std::fs::read_to_string(dir.join(f)).ok()?;
            let new = new?;
            (old != new).then(|| (dir.join(f), new))
        })
        .collect();
    Ok(Some(Converted { files, replacements }))
}

/// `apps/v1` → (`apps`, `v1`); `v1` → (``, `v1`).
fn split_api_version(av: &str) -> (String, String) {
    match av.split_once('/') {
        Some((g, v)) => (g.to_string(), v.to_string()),
        None => (String::new(), av.to_string()),
    }
}

/// The files a kustomization reaches, as kustomize's conversion lists them.
fn touched(
    doc: &Map<String, Value>,
    base: &str,
    dir: &Path,
    patch_targets: &mut PatchTargets,
    depth: usize,
) -> Result<Vec<String>, EditError> {
    if depth > 64 {
        return Err(EditError::msg("kustomizations nest too deep (a cycle?)"));
    }
    let join = |a: &str, b: &str| if a.is_empty() { b.to_string() } else { format!("{a}/{b}") };
    let mut out = Vec::new();
    let list = |k: &str| -> Vec<String> {
        match doc.get(k) {
            Some(Value::Array(a)) => a.iter().filter_map(|v| v.as_str().map(str::to_string)).collect(),
            _ => Vec::new(),
        }
    };
    for r in list("resources").into_iter().chain(list("bases")) {
        let rel = join(base, &r);
        if dir.join(&rel).is_dir() {
            for name in super::kustfile::FILE_NAMES {
                let p = dir.join(&rel).join(name);
                let Ok(text) = std::fs::read_to_string(&p) else { continue };
                let sub = crate::yaml::parse_kustomization(&text, &p.display().to_string())
                    .map_err(|e| EditError::msg(format!("{e}")))?;
                if let Value::Object(m) = sub {
                    out.extend(touched(&m, &rel, dir, patch_targets, depth + 1)?);
                }
            }
        }
        out.push(rel);
    }
    if let Some(Value::Array(patches)) = doc.get("patches") {
        for p in patches {
            if let Some(path) = p.get("path").and_then(Value::as_str).filter(|s| !s.is_empty()) {
                let rel = join(base, path);
                patch_targets.insert(rel.clone(), p.clone());
                out.push(rel);
            }
        }
    }
    Ok(out)
}

/// Field paths (kustomize's dotted form) holding `var`, with their options.
fn find(node: &Value, var: &str, path: &mut Vec<String>, out: &mut Vec<(String, Value)>) -> Result<(), String> {
    match node {
        Value::Array(items) => {
            for (i, it) in items.iter().enumerate() {
                path.push(i.to_string());
                find(it, var, path, out)?;
                path.pop();
            }
        }
        Value::Object(m) => {
            for (k, v) in m {
                let key = k.trim();
                path.push(if key.contains('.') { format!("[{key}]") } else { key.to_string() });
                find(v, var, path, out)?;
                path.pop();
            }
        }
        Value::String(s) if s.contains(var) => {
            out.push((path.join("."), options(s, var)?));
        }
        _ => {}
    }
    Ok(())
}

/// Where in a longer value the var sits: kustomize's delimiter and index.
fn options(value: &str, var: &str) -> Result<Value, String> {
    if value == var {
        return Ok(Value::Null);
    }
    let i = value.find(var).unwrap_or(0);
    let end = i + var.len();
    let (delimiter, index) = if i == 0 {
        let d = value[end..].chars().next().map(String::from).unwrap_or_default();
        (d, 0)
    } else if end >= value.len() {
        let d = value[..i].chars().last().map(String::from).unwrap_or_default();
        let n = value.split(d.as_str()).count() - 1;
        (d, n)
    } else {
        let pre = value[..i].chars().last().map(String::from).unwrap_or_default();
        let post = value[end..].chars().next().map(String::from).unwrap_or_default();
        if pre != post {
            return Err(format!("cannot convert all vars to replacements; {var} is not delimited"));
        }
        let index = value
            .split(pre.as_str())
            .position(|p| p == var)
            .ok_or_else(|| format!("internal error: could not get index of var {var}"))?;
        (pre, index)
    };
    let mut o = Map::new();
    if !delimiter.is_empty() {
        o.insert("delimiter".into(), json!(delimiter));
    }
    if index != 0 {
        o.insert("index".into(), json!(index));
    }
    Ok(if o.is_empty() { Value::Null } else { Value::Object(o) })
}

/// One replacement target for `path` in `doc` (a patch file's targets use
/// the patch's own target selector).
fn target(doc: &Value, path: String, options: Value, patch: Option<&Value>) -> Value {
    let s = |k: &str| doc.get(k).and_then(Value::as_str).unwrap_or("").to_string();
    let meta = |k: &str| doc.get("metadata").and_then(|m| m.get(k)).and_then(Value::as_str).unwrap_or("").to_string();
    let mut select = Map::new();
    let patch_opts =
        |k: &str| patch.and_then(|p| p.get("options")).and_then(|o| o.get(k)).and_then(Value::as_bool).unwrap_or(false);
    if patch.is_some() && (!patch_opts("allowNameChange") || !patch_opts("allowKindChange")) {
        if let Some(Value::Object(t)) = patch.and_then(|p| p.get("target")) {
            select = t.clone();
        }
        if patch_opts("allowNameChange") {
            select.insert("name".into(), json!(meta("name")));
        }
        if patch_opts("allowKindChange") {
            select.insert("kind".into(), json!(s("kind")));
        }
        if !meta("namespace").is_empty() {
            select.insert("namespace".into(), json!(meta("namespace")));
        }
    } else {
        let (group, version) = split_api_version(&s("apiVersion"));
        for (k, v) in [
            ("group", group),
            ("version", version),
            ("kind", s("kind")),
            ("name", meta("name")),
            ("namespace", meta("namespace")),
        ] {
            if !v.is_empty() {
                select.insert(k.into(), json!(v));
            }
        }
    }
    let mut t = Map::new();
    t.insert("select".into(), Value::Object(select));
    t.insert("fieldPaths".into(), json!([path]));
    if !options.is_null() {
        t.insert("options".into(), options);
    }
    Value::Object(t)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn delimited_positions() {
        assert_eq!(options("$(A)", "$(A)").unwrap(), Value::Null);
        assert_eq!(options("$(A)-x", "$(A)").unwrap(), json!({"delimiter": "-"}));
        assert_eq!(options("x.y.$(A)", "$(A)").unwrap(), json!({"delimiter": ".", "index": 2}));
        assert_eq!(options("a/$(A)/b", "$(A)").unwrap(), json!({"delimiter": "/", "index": 1}));
        assert!(options("a/$(A)-b", "$(A)").is_err());
    }
}
