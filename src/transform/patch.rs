//! The patch transformers: `patches:`, `patchesStrategicMerge:` and
//! `patchesJson6902:`.
//!
//! Behaviour follows kustomize v5.7.1:
//! - a `patches:` entry is a strategic merge patch when its text parses as
//!   YAML mappings, a JSON 6902 patch when it is one list of operations; an
//!   empty patch counts as a JSON patch (so it needs a target);
//! - a strategic merge patch without a target applies to the one resource
//!   that has, or had, the patch's id (kind, name, namespace), else
//!   "no matches for Id …" / "multiple matches for Id …";
//! - with a target it applies to every selected resource; the patch takes
//!   each target's apiVersion, and the target keeps its name, kind and
//!   namespace unless `allowNameChange` / `allowKindChange`;
//! - a patch that leaves a resource empty (`$patch: delete`) removes it.
//! - strategic merges use the build's OpenAPI schema setting (`openapi:`,
//!   see [`super::openapi`]); without one, kustomize's built-in schema.
use std::collections::{BTreeMap, HashSet};

use crate::transform::error::{bail, Context, Result};
use crate::yaml::{Map, Value};

use super::fused::PerResource;
use super::jsonpatch::JsonPatch;
use super::openapi::SchemaState;
use super::selector::{compiled, Selector};
use super::smp;
use super::Transformer;
use crate::model::{Gvk, ResId, ResMap, Resource};

/// A loaded patch: strategic merge documents or JSON 6902 operations.
#[derive(Debug, Clone)]
pub enum PatchBody {
    Strategic(Vec<Value>),
    Json6902(JsonPatch),
}

/// How kustomize names the patch in errors: `[path: "p.yaml"]` or `[patch: "…"]`.
fn source_label(text: &str, origin: &str) -> String {
    if origin.is_empty() {
        format!("[patch: {text:?}]")
    } else {
        format!("[path: {origin:?}]")
    }
}

/// Decide between strategic merge and JSON 6902 for parsed documents.
fn classify(docs: Vec<Value>, source: &str) -> Result<PatchBody> {
    match docs.as_slice() {
        [] => Ok(PatchBody::Json6902(JsonPatch::default())),
        [Value::Array(_)] => {
            let ops = docs.into_iter().next().unwrap_or(Value::Null);
            parse_ops(ops, source).map(PatchBody::Json6902)
        }
        _ if docs.iter().all(Value::is_object) => Ok(PatchBody::Strategic(docs)),
        _ => bail!("unable to parse SM or JSON patch from {source}"),
    }
}

fn parse_ops(ops: Value, source: &str) -> Result<JsonPatch> {
    JsonPatch::from_value(ops).with_context(|| format!("invalid JSON patch operations in {source}"))
}

/// Patch text is YAML, except that text starting with `[` (no leading
/// space) is read as strict JSON, as kustomize does: a flow-YAML list such
/// as `[{op: add, ...}]` is refused there.
///
/// A JSON 6902 patch written in YAML (one list) is converted to JSON the way
/// sigs.k8s.io/yaml does it, as YAML 1.1: `y`, `yes`, `on`, `off` are
/// booleans there, `0o17` is a string, a repeated key keeps the last value.
fn parse_text(text: &str, origin: &str) -> Result<Vec<Value>> {
    let name = if origin.is_empty() { "inline patch" } else { origin };
    if text.starts_with('[') {
        let v: Value = serde_json::from_str(text).with_context(|| format!("decoding JSON patch {name}"))?;
        return Ok(vec![v]);
    }
    let docs = crate::yaml::parse_patch_documents(text, name).with_context(|| format!("parsing patch {name}"))?;
    if let [Value::Array(_)] = docs.as_slice() {
        let ops = crate::yaml::parse_kustomization(text, name).with_context(|| format!("parsing patch {name}"))?;
        return Ok(vec![ops]);
    }
    Ok(docs)
}

fn get_path<'a>(v: &'a Value, path: &[&str]) -> Option<&'a Value> {
    path.iter().try_fold(v, |cur, k| cur.as_object()?.get(*k))
}

/// Set a string at a mapping path, creating mappings on the way.
fn set_str(v: &mut Value, path: &[&str], val: Value) {
    let Some((last, parents)) = path.split_last() else {
        return;
    };
    let mut cur = v;
    for k in parents {
        if !cur.is_object() {
            *cur = Value::Object(crate::yaml::Map::new());
        }
        let Value::Object(m) = cur else { return };
        cur = m.entry(k.to_string()).or_insert_with(|| Value::Object(crate::yaml::Map::new()));
    }
    if !cur.is_object() {
        *cur = Value::Object(crate::yaml::Map::new());
    }
    if let Value::Object(m) = cur {
        m.insert((*last).to_string(), val);
    }
}

/// The id a strategic merge patch names.
fn patch_id(p: &Value) -> ResId {
    let s = |path: &[&str]| get_path(p, path).and_then(Value::as_str).unwrap_or("").to_string();
    ResId::new(
        Gvk::from_api_version(&s(&["apiVersion"]), &s(&["kind"])),
        &s(&["metadata", "name"]),
        &s(&["metadata", "namespace"]),
    )
}

fn cur_id_matches(r: &Resource, id: &ResId) -> bool {
    if r.kind() != id.gvk.kind || r.name() != id.name {
        return false;
    }
    r.cur_id().same_as(id)
}

/// Position of the single resource that has, or had, `id`.
fn find_unique_target(m: &ResMap, id: &ResId) -> Result<usize> {
    let mut found = Vec::new();
    for &i in m.indexes_ever_named(&id.name) {
        let r = m.at(i);
        if r.prev_ids.iter().any(|p| p.same_as(id)) || cur_id_matches(r, id) {
            found.push(i);
        }
    }
    match found.as_slice() {
        [i] => Ok(*i),
        [] => bail!("no matches for Id {id}; failed to find unique target for patch {id}"),
        _ => bail!("multiple matches for Id {id}; failed to find unique target for patch {id}"),
    }
}

/// Apply one strategic merge patch to one resource (kustomize's
/// `Resource.ApplySmPatch`). Returns false when the resource was deleted.
fn apply_sm_to(
    r: &mut Resource,
    patch: &Value,
    schema: &SchemaState,
    allow_name: bool,
    allow_kind: bool,
) -> Result<bool> {
    let before = r.cur_id();
    let (name, ns, kind) = (r.name().to_string(), r.namespace().to_string(), r.kind().to_string());
    // The patch takes the target's apiVersion and keeps its own kind.
    let mut p = patch.clone();
    if let Value::Object(m) = &mut p {
        let pkind = m.get("kind").cloned().unwrap_or_else(|| Value::String(String::new()));
        m.insert("apiVersion".into(), Value::String(r.api_version().to_string()));
        m.insert("kind".into(), pkind);
    }
    let gvk = r.gvk();
    let schema_now = schema.current();
    if !r.empty_nulls.is_empty() {
        let pointers = std::mem::take(&mut r.empty_nulls);
        smp::drop_empty_nulls(&schema_now, &mut r.obj, &pointers, &gvk);
    }
    smp::merge_patch_with(&schema_now, smp::MergeOptions::default(), &mut r.obj, &p, &gvk)
        .with_context(|| format!("applying patch to {before}"))?;
    if !r.scalar_notes.is_empty() {
        r.scalar_notes.retain(|n| !patch_reaches(&p, &n.pointer));
    }
    if r.obj.is_null() || matches!(&r.obj, Value::Object(m) if m.is_empty()) {
        return Ok(false);
    }
    untag_scalar_meta(r, allow_name);
    if !allow_kind {
        set_str(&mut r.obj, &["kind"], Value::String(kind));
    }
    if !allow_name {
        set_str(&mut r.obj, &["metadata", "name"], Value::String(name));
    }
    if ns.is_empty() {
        if let Some(Value::Object(meta)) = r.obj.get_mut("metadata") {
            meta.remove("namespace");
        }
    } else {
        set_str(&mut r.obj, &["metadata", "namespace"], Value::String(ns));
    }
    // kustomize stores the id before a patch that may rename, renamed or not.
    if allow_name || allow_kind {
        r.push_prev_id(before);
    }
    Ok(true)
}

/// Apply `patch` to the resources at `idx` (ascending), dropping deleted ones.
fn apply_sm_at(
    m: &mut ResMap,
    idx: &[usize],
    patch: &Value,
    schema: &SchemaState,
    allow_name: bool,
    allow_kind: bool,
) -> Result<()> {
    let mut deleted = HashSet::new();
    let kept = m.update_many(idx, |r| apply_sm_to(r, patch, schema, allow_name, allow_kind));
    for (&i, kept) in idx.iter().zip(kept) {
        if !kept? {
            deleted.insert(i);
        }
    }
    if !deleted.is_empty() {
        let mut pos = 0usize;
        let keep: Vec<bool> = (0..m.len()).map(|i| !deleted.contains(&i)).collect();
        m.retain(|_| {
            pos += 1;
            keep[pos - 1]
        });
    }
    Ok(())
}

fn apply_json_at(m: &mut ResMap, idx: &[usize], ops: &JsonPatch, source: &str) -> Result<()> {
    m.update_many(idx, |r| apply_json_to(r, ops, source)).into_iter().collect()
}

fn apply_json_to(r: &mut Resource, ops: &JsonPatch, source: &str) -> Result<()> {
    let before = r.cur_id();
    // kustomize stores the id before every JSON patch, renamed or not.
    r.push_prev_id(before.clone());
    type_plain_annotations(r);
    // Through JSON, an empty node (`matchLabels:`) becomes an explicit null,
    // which a later strategic merge keeps; scalars are typed again and
    // their text is how their value prints.
    r.empty_nulls.clear();
    r.scalar_notes.clear();
    // kustomize keeps its build state in annotations, which the patch sees
    // (a copy of `/metadata` carries them); they leave the resource's own
    // annotations afterwards.
    let internal = internal_annotations(r);
    set_internal_annotations(&mut r.obj, &internal);
    // the patch sees a numeric name or namespace as the number it still is
    if !r.scalar_meta.is_empty() {
        r.restore_scalar_meta();
    }
    // A failed patch fails the build, so the half-patched object is never used.
    ops.apply(&mut r.obj).with_context(|| format!("applying JSON patch {source} to {before}"))?;
    // kustomize then reads the annotations back as a map.
    if let Some(Value::Array(items)) = r.obj.get("metadata").and_then(|m| m.get("annotations")) {
        if items.len() % 2 == 1 {
            bail!("JSON patch {source} made metadata.annotations of {before} a list with an odd number of items, which kustomize cannot read as a map (it crashes: index out of range)");
        }
    }
    clear_internal_annotations(&mut r.obj, &internal);
    annotations_from_json(r);
    // A patch may give a numeric name (`value: 1000`), which kustomize keeps.
    r.read_scalar_meta();
    // through JSON every scalar is typed again
    r.scalar_meta.retain(|(f, _)| !f.ends_with(UNTAGGED));
    if !r.obj.is_object() {
        bail!("JSON patch {source} turned {before} into a non-object");
    }
    // kustomize re-reads the patched object and wants a kind and a name.
    if r.kind().is_empty() {
        bail!("JSON patch {source} left {before} without a kind (missing kind in object)");
    }
    if !r.has_name() && !r.kind().ends_with("List") {
        bail!("JSON patch {source} left {before} without a name (missing metadata.name in object)");
    }
    Ok(())
}

const UNTAGGED: &str = "@untagged";

/// Does a strategic merge patch set the scalar at `pointer` (or may it have
/// moved it: a list or a directive on the way)? Notes on such scalars are
/// dropped.
fn patch_reaches(patch: &Value, pointer: &str) -> bool {
    let mut cur = patch;
    for token in pointer.split('/').skip(1) {
        match cur {
            Value::Object(m) => {
                if m.contains_key("$patch") || m.keys().any(|k| k.starts_with("$setElementOrder")) {
                    return true;
                }
                let key = token.replace("~1", "/").replace("~0", "~");
                match m.get(key.as_str()) {
                    Some(v) => cur = v,
                    None => return false,
                }
            }
            Value::Array(_) => return true,
            _ => return true,
        }
    }
    true
}

/// After a strategic merge kustomize writes the name (unless the patch may
/// rename) and the namespace back as untagged scalars, which print as before
/// (`namespace: 3`); the next strategic merge quotes such a scalar when YAML
/// 1.1 would not read it as a string (`namespace: "3"`). A numeric name or
/// namespace (see `Resource::scalar_meta`) is marked on the first merge and
/// becomes a string on the second.
fn untag_scalar_meta(r: &mut Resource, allow_name: bool) {
    for (field, mark) in [("name", "name@untagged"), ("namespace", "namespace@untagged")] {
        if field == "name" && allow_name {
            continue;
        }
        if !r.scalar_meta.iter().any(|(f, _)| *f == field) {
            continue;
        }
        if r.scalar_meta.iter().any(|(f, _)| *f == mark) {
            r.scalar_meta.retain(|(f, _)| *f != field && *f != mark);
        } else {
            r.scalar_meta.push((mark, Value::Null));
        }
    }
}

/// The annotations in which kustomize keeps a resource's build state
/// (`internal.config.kubernetes.io/...`): generator options, name prefixes
/// and suffixes, and every id stored before a rename, a namespace change or
/// a JSON patch.
fn internal_annotations(r: &Resource) -> Vec<(String, String)> {
    const DOMAIN: &str = "internal.config.kubernetes.io/";
    let mut out = Vec::new();
    let mut add = |k: &str, v: String| {
        if !v.is_empty() {
            out.push((format!("{DOMAIN}{k}"), v));
        }
    };
    // every resource a ConfigMap or Secret generator made carries its
    // behavior, hashed or not (`disableNameSuffixHash`)
    let generated = r.origin.as_ref().is_some_and(|o| {
        let by = o.get("configuredBy").and_then(|b| b.get("kind")).and_then(Value::as_str);
        matches!(by, Some("ConfigMapGenerator" | "SecretGenerator"))
    });
    if generated || r.needs_hash || r.behavior != crate::model::Behavior::Unspecified {
        let b = match r.behavior {
            crate::model::Behavior::Unspecified => "unspecified",
            crate::model::Behavior::Create => "create",
            crate::model::Behavior::Merge => "merge",
            crate::model::Behavior::Replace => "replace",
        };
        add("generatorBehavior", b.to_string());
    }
    if r.needs_hash {
        add("needsHashSuffix", "enabled".to_string());
    }
    let csv = |it: &mut dyn Iterator<Item = String>| it.filter(|s| !s.is_empty()).collect::<Vec<_>>().join(",");
    add("prefixes", csv(&mut r.name_prefixes.iter().cloned()));
    add("suffixes", csv(&mut r.name_suffixes.iter().cloned()));
    add("previousKinds", csv(&mut r.prev_ids.iter().map(|id| id.gvk.kind.to_string())));
    add("previousNames", csv(&mut r.prev_ids.iter().map(|id| id.name.clone())));
    let ns = |id: &ResId| {
        if id.gvk.is_cluster_scoped() {
            "_non_namespaceable_".to_string()
        } else {
            id.effective_namespace().to_string()
        }
    };
    add("previousNamespaces", csv(&mut r.prev_ids.iter().map(ns)));
    out
}

fn set_internal_annotations(obj: &mut Value, internal: &[(String, String)]) {
    let Value::Object(o) = obj else { return };
    let meta = o.entry("metadata").or_insert_with(|| Value::Object(Map::new()));
    let Value::Object(meta) = meta else { return };
    let annos = meta.entry("annotations").or_insert_with(|| Value::Object(Map::new()));
    if annos.is_null() {
        *annos = Value::Object(Map::new());
    }
    let Value::Object(annos) = annos else { return };
    for (k, v) in internal {
        annos.insert(k.clone(), Value::String(v.clone()));
    }
}

/// kustomize puts its build annotations back after the patch (into a new
/// map when the patch left something else there) and drops them at the end
/// of the build, with the annotations field when nothing else is left.
fn clear_internal_annotations(obj: &mut Value, internal: &[(String, String)]) {
    let Some(Value::Object(meta)) = obj.get_mut("metadata") else { return };
    match meta.get_mut("annotations") {
        // Read back as a map, a list gives its items in pairs.
        Some(Value::Array(items)) => {
            let text = |v: &Value| match v {
                Value::String(s) => s.clone(),
                Value::Null => "null".to_string(),
                Value::Bool(b) => b.to_string(),
                Value::Number(n) => crate::yaml::format_go_float(n.as_f64().unwrap_or_default(), false),
                Value::Array(_) | Value::Object(_) => String::new(),
            };
            let mut m = Map::new();
            for pair in items.chunks(2) {
                if let [k, v] = pair {
                    m.insert(text(k), Value::String(text(v)));
                }
            }
            if m.is_empty() {
                meta.remove("annotations");
            } else {
                meta.insert("annotations".into(), Value::Object(m));
            }
            return;
        }
        Some(Value::Object(_)) | None => {}
        Some(_) => {
            meta.remove("annotations");
            return;
        }
    }
    let Some(Value::Object(annos)) = meta.get_mut("annotations") else { return };
    for (k, _) in internal {
        annos.remove(k.as_str());
    }
    if annos.is_empty() {
        meta.remove("annotations");
    }
}

/// kustomize sends a resource through JSON to patch it: annotations written
/// as plain scalars that YAML types (`1.0e3`, `0x10`, `~`, nothing) are
/// typed values in the patched document (a `copy` carries `1000`, `16`,
/// `null`).
fn type_plain_annotations(r: &mut Resource) {
    for pointer in std::mem::take(&mut r.typed_annotations) {
        if let Some(v) = r.obj.pointer_mut(&pointer) {
            if let Some(typed) = v.as_str().and_then(crate::yaml::plain_annotation_value) {
                *v = typed;
            }
        }
    }
}

/// ... and the annotations it reads back are Go's text of the JSON values:
/// numbers are float64 in `%g` form (`1000`, `1.23456789012e+11`), null is
/// `"null"`, lists and maps are `""`.
fn annotations_from_json(r: &mut Resource) {
    let Some(Value::Object(annos)) = r.obj.pointer_mut("/metadata/annotations") else {
        return;
    };
    for v in annos.values_mut() {
        let text = match v {
            Value::String(_) => continue,
            Value::Null => "null".to_string(),
            Value::Bool(b) => b.to_string(),
            Value::Number(n) => crate::yaml::format_go_float(n.as_f64().unwrap_or_default(), false),
            Value::Array(_) | Value::Object(_) => String::new(),
        };
        *v = Value::String(text);
    }
}

fn selected(m: &ResMap, sel: &Selector) -> Result<Vec<usize>> {
    use rayon::prelude::*;
    /// From this many resources the selector is tried on the rayon pool.
    const PARALLEL_SELECT_MIN: usize = 256;
    let c = compiled(sel)?;
    let pick = |(i, r): (usize, &Resource)| -> Result<Option<usize>> {
        if !c.id_matches(r) {
            return Ok(None);
        }
        // kustomize reads the labels and annotations of these as maps
        super::replacements::odd_list_meta(r)?;
        Ok(c.matches(r).then_some(i))
    };
    // only what was picked (or failed) is kept: a slot per resource would
    // hold an error's room for every one
    let picked: Vec<Result<usize>> = if crate::process::parallel_threads(m.len(), PARALLEL_SELECT_MIN).is_some() {
        m.resources().par_iter().enumerate().filter_map(|x| pick(x).transpose()).collect()
    } else {
        m.iter().enumerate().filter_map(|x| pick(x).transpose()).collect()
    };
    // the first error in map order, as one pass would report it
    picked.into_iter().collect()
}

/// A `patches:` entry.
#[derive(Debug, Clone)]
pub struct PatchTransformer {
    pub body: PatchBody,
    pub target: Option<Selector>,
    pub allow_name_change: bool,
    pub allow_kind_change: bool,
    /// How errors name the patch (`[path: "p.yaml"]`).
    pub source: String,
    /// The build's OpenAPI schema setting (default: the built-in schema).
    pub schema: SchemaState,
}

impl PatchTransformer {
    /// `patch_text` is the patch file's content (or the inline `patch:`);
    /// `origin` is the patch file path, empty for an inline patch.
    pub fn new(
        patch_text: &str,
        origin: &str,
        target: Option<Selector>,
        options: &BTreeMap<String, bool>,
    ) -> Result<Self> {
        let source = source_label(patch_text, origin);
        let docs = if patch_text.trim().is_empty() { Vec::new() } else { parse_text(patch_text, origin)? };
        Self::build(docs, source, target, options)
    }

    /// From already parsed documents.
    pub fn from_values(
        docs: Vec<Value>,
        origin: &str,
        target: Option<Selector>,
        options: &BTreeMap<String, bool>,
    ) -> Result<Self> {
        Self::build(docs, source_label("", origin), target, options)
    }

    fn build(
        docs: Vec<Value>,
        source: String,
        target: Option<Selector>,
        options: &BTreeMap<String, bool>,
    ) -> Result<Self> {
        let body = classify(docs, &source)?;
        if let Some(t) = &target {
            compiled(t).with_context(|| format!("patch {source}"))?;
        }
        Ok(PatchTransformer {
            body,
            target,
            allow_name_change: options.get("allowNameChange").copied().unwrap_or(false),
            allow_kind_change: options.get("allowKindChange").copied().unwrap_or(false),
            source,
            schema: SchemaState::default(),
        })
    }

    /// Use the build's schema setting for strategic merges.
    pub fn with_schema(mut self, schema: SchemaState) -> Self {
        self.schema = schema;
        self
    }
}

impl Transformer for PatchTransformer {
    fn apply(&self, m: &mut ResMap) -> Result<()> {
        match (&self.body, &self.target) {
            (PatchBody::Strategic(patches), None) => {
                for p in patches {
                    let i = find_unique_target(m, &patch_id(p))?;
                    apply_sm_at(m, &[i], p, &self.schema, self.allow_name_change, self.allow_kind_change)?;
                }
                Ok(())
            }
            (PatchBody::Strategic(patches), Some(sel)) => {
                // Selected once, like kustomize (by current id at selection time).
                let ids: Vec<ResId> = selected(m, sel)?.into_iter().map(|i| m.at(i).cur_id()).collect();
                for p in patches {
                    let idx: Vec<usize> = ids.iter().filter_map(|id| m.index_of(id)).collect();
                    let mut idx = idx;
                    idx.sort_unstable();
                    apply_sm_at(m, &idx, p, &self.schema, self.allow_name_change, self.allow_kind_change)?;
                }
                Ok(())
            }
            (PatchBody::Json6902(_), None) => {
                bail!("must specify a target for JSON patch {}", self.source)
            }
            (PatchBody::Json6902(ops), Some(sel)) => {
                let idx = selected(m, sel)?;
                apply_json_at(m, &idx, ops, &self.source)
            }
        }
    }
}

/// `patchesStrategicMerge:` — patches matched to resources by id.
#[derive(Debug, Clone, Default)]
pub struct PatchStrategicMergeTransformer {
    pub patches: Vec<Value>,
    /// The build's OpenAPI schema setting (default: the built-in schema).
    pub schema: SchemaState,
}

impl PatchStrategicMergeTransformer {
    /// One `(text, origin)` per entry (file content or inline YAML; origin is
    /// the path, empty for inline). Empty documents are ignored.
    pub fn new(entries: &[(String, String)]) -> Result<Self> {
        let mut patches = Vec::new();
        for (text, origin) in entries {
            if text.trim().is_empty() {
                continue;
            }
            patches.extend(parse_text(text, origin)?);
        }
        Self::from_values(patches)
    }

    pub fn from_values(patches: Vec<Value>) -> Result<Self> {
        for p in &patches {
            if !p.is_object() {
                bail!("strategic merge patch must be a mapping, got {p}");
            }
        }
        Ok(PatchStrategicMergeTransformer { patches, schema: SchemaState::default() })
    }

    /// Use the build's schema setting for strategic merges.
    pub fn with_schema(mut self, schema: SchemaState) -> Self {
        self.schema = schema;
        self
    }
}

impl Transformer for PatchStrategicMergeTransformer {
    fn apply(&self, m: &mut ResMap) -> Result<()> {
        for p in &self.patches {
            let i = find_unique_target(m, &patch_id(p))?;
            apply_sm_at(m, &[i], p, &self.schema, false, false)?;
        }
        Ok(())
    }
}

/// `patchesJson6902:` — JSON 6902 operations on the selected resources.
#[derive(Debug, Clone)]
pub struct PatchJson6902Transformer {
    pub target: Option<Selector>,
    pub ops: JsonPatch,
    pub source: String,
}

impl PatchJson6902Transformer {
    /// `ops_text` is YAML or JSON (a list of operations); `origin` the file
    /// path, empty for inline.
    pub fn new(ops_text: &str, origin: &str, target: Option<Selector>) -> Result<Self> {
        let source = source_label(ops_text, origin);
        let docs = if ops_text.trim().is_empty() { Vec::new() } else { parse_text(ops_text, origin)? };
        Self::build(docs, source, target)
    }

    pub fn from_values(docs: Vec<Value>, origin: &str, target: Option<Selector>) -> Result<Self> {
        Self::build(docs, source_label("", origin), target)
    }

    fn build(docs: Vec<Value>, source: String, target: Option<Selector>) -> Result<Self> {
        let ops = match docs.len() {
            0 => JsonPatch::default(),
            1 => parse_ops(docs.into_iter().next().unwrap_or(Value::Null), &source)?,
            _ => bail!("JSON patch {source} must be a single list of operations"),
        };
        Ok(PatchJson6902Transformer { target, ops, source })
    }
}

impl PatchJson6902Transformer {
    /// The per-resource form (see [`super::fused`]); fails without a target.
    pub fn step(&self) -> Result<Json6902Step<'_>> {
        let Some(sel) = &self.target else { bail!("must specify a target for JSON patch {}", self.source) };
        Ok(Json6902Step { t: self, sel: compiled(sel)? })
    }
}

pub struct Json6902Step<'a> {
    t: &'a PatchJson6902Transformer,
    sel: std::sync::Arc<super::selector::CompiledSelector>,
}

impl PerResource for Json6902Step<'_> {
    fn apply_one(&self, r: &mut Resource) -> Result<()> {
        if self.sel.matches(r) {
            apply_json_to(r, &self.t.ops, &self.t.source)?;
        }
        Ok(())
    }
}

impl Transformer for PatchJson6902Transformer {
    fn per_resource(&self) -> Result<Option<Box<dyn super::PerResource + '_>>> {
        Ok(Some(Box::new(Self::step(self)?)))
    }

    fn apply(&self, m: &mut ResMap) -> Result<()> {
        super::fused::run_one(&self.step()?, m)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::yaml::json;

    fn resmap(objs: Vec<Value>) -> ResMap {
        objs.into_iter().map(Resource::new).collect()
    }

    fn dep(name: &str) -> Value {
        json!({"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": name},
               "spec": {"replicas": 1, "template": {"spec": {"containers": [{"name": "app", "image": "a"}]}}}})
    }

    fn no_opts() -> BTreeMap<String, bool> {
        BTreeMap::new()
    }

    fn target(f: impl FnOnce(&mut Selector)) -> Option<Selector> {
        let mut s = Selector::default();
        f(&mut s);
        Some(s)
    }

    #[test]
    fn sm_patch_by_id() {
        let mut m = resmap(vec![dep("a"), dep("b")]);
        let p =
            json!({"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "b"}, "spec": {"replicas": 3}});
        PatchTransformer::from_values(vec![p], "p.yaml", None, &no_opts()).unwrap().apply(&mut m).unwrap();
        assert_eq!(m.at(0).obj["spec"]["replicas"], 1);
        assert_eq!(m.at(1).obj["spec"]["replicas"], 3);
    }

    #[test]
    fn sm_patch_finds_renamed_resource_by_previous_name() {
        let mut m = resmap(vec![dep("a")]);
        m.at_mut(0).set_name("p-a");
        let p =
            json!({"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "a"}, "spec": {"replicas": 2}});
        PatchStrategicMergeTransformer::from_values(vec![p]).unwrap().apply(&mut m).unwrap();
        assert_eq!(m.at(0).obj["spec"]["replicas"], 2);
        assert_eq!(m.at(0).name(), "p-a");
    }

    #[test]
    fn sm_patch_without_match_errors() {
        let mut m = resmap(vec![dep("a")]);
        let p = json!({"apiVersion": "v1", "kind": "Deployment", "metadata": {"name": "new-name"}});
        let e = PatchStrategicMergeTransformer::from_values(vec![p]).unwrap().apply(&mut m).unwrap_err();
        assert_eq!(
            e.to_string(),
            "no matches for Id Deployment.v1.[noGrp]/new-name.[noNs]; failed to find unique target for patch Deployment.v1.[noGrp]/new-name.[noNs]"
        );
    }

    #[test]
    fn targeted_sm_patch_keeps_names_unless_allowed() {
        let mut m =
            resmap(vec![dep("a"), dep("b"), json!({"apiVersion": "v1", "kind": "Service", "metadata": {"name": "s"}})]);
        let p = json!({"kind": "Deployment", "metadata": {"name": "ignored", "labels": {"x": "y"}}});
        PatchTransformer::from_values(vec![p], "p.yaml", target(|s| s.kind = "Deployment".into()), &no_opts())
            .unwrap()
            .apply(&mut m)
            .unwrap();
        assert_eq!(m.at(0).name(), "a");
        assert_eq!(m.at(1).name(), "b");
        assert_eq!(m.at(0).api_version(), "apps/v1");
        assert_eq!(m.at(1).obj["metadata"]["labels"], json!({"x": "y"}));
        assert!(m.at(2).labels().is_none());

        let mut m = resmap(vec![json!({"apiVersion": "v1", "kind": "Deployment", "metadata": {"name": "old-name"}})]);
        let p = json!({"apiVersion": "v1", "kind": "StatefulSet", "metadata": {"name": "new-name"}});
        let opts = BTreeMap::from([("allowNameChange".to_string(), true), ("allowKindChange".to_string(), true)]);
        PatchTransformer::from_values(vec![p], "p.yaml", target(|s| s.kind = "Deployment".into()), &opts)
            .unwrap()
            .apply(&mut m)
            .unwrap();
        assert_eq!(m.at(0).kind(), "StatefulSet");
        assert_eq!(m.at(0).name(), "new-name");
        assert_eq!(m.at(0).prev_ids[0].name, "old-name");
    }

    #[test]
    fn patch_delete_removes_resource() {
        let mut m = resmap(vec![dep("a"), dep("b")]);
        let p = json!({"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "a"}, "$patch": "delete"});
        PatchTransformer::from_values(vec![p], "p.yaml", None, &no_opts()).unwrap().apply(&mut m).unwrap();
        assert_eq!(m.len(), 1);
        assert_eq!(m.at(0).name(), "b");
    }

    #[test]
    fn json6902_ops() {
        let mut m = resmap(vec![dep("a"), dep("b")]);
        let ops = json!([
            {"op": "replace", "path": "/spec/template/spec/containers/0/image", "value": "img2"},
            {"op": "add", "path": "/metadata/annotations", "value": {"n": "v"}},
            {"op": "remove", "path": "/spec/replicas"}
        ]);
        let t =
            PatchTransformer::from_values(vec![ops.clone()], "", target(|s| s.name = "b".into()), &no_opts()).unwrap();
        assert!(matches!(t.body, PatchBody::Json6902(_)));
        t.apply(&mut m).unwrap();
        assert_eq!(m.at(1).obj["spec"]["template"]["spec"]["containers"][0]["image"], "img2");
        assert_eq!(m.at(1).obj["metadata"]["annotations"], json!({"n": "v"}));
        assert!(m.at(1).obj["spec"].get("replicas").is_none());
        assert_eq!(m.at(0).obj["spec"]["replicas"], 1);

        let j = PatchJson6902Transformer::from_values(
            vec![json!([{"op": "replace", "path": "/metadata/name", "value": "c"}])],
            "",
            target(|s| s.name = "a".into()),
        )
        .unwrap();
        j.apply(&mut m).unwrap();
        assert_eq!(m.at(0).name(), "c");
        assert_eq!(m.at(0).prev_ids[0].name, "a");

        let bad = PatchJson6902Transformer::from_values(
            vec![json!([{"op": "replace", "path": "/nope/x", "value": 1}])],
            "",
            target(|_| {}),
        )
        .unwrap();
        assert!(bad.apply(&mut m).is_err());
    }

    #[test]
    fn json_patch_cannot_drop_kind_or_name() {
        for (ops, want) in [
            (json!([{"op": "remove", "path": "/metadata"}]), "without a name"),
            (json!([{"op": "replace", "path": "/metadata/name", "value": ""}]), "without a name"),
            (json!([{"op": "remove", "path": "/kind"}]), "without a kind"),
        ] {
            let mut m = resmap(vec![dep("a")]);
            let t = PatchTransformer::from_values(vec![ops], "p.yaml", target(|_| {}), &no_opts()).unwrap();
            let e = crate::error::chain_text(&t.apply(&mut m).unwrap_err());
            assert!(e.contains(want) && e.contains("Deployment.v1.apps/a"), "{e}");
        }
    }

    #[test]
    fn missing_value_is_null() {
        let mut m = resmap(vec![dep("a")]);
        let ops = json!([{"op": "add", "path": "/x"}, {"op": "replace", "path": "/spec/replicas"}]);
        PatchTransformer::from_values(vec![ops], "p.yaml", target(|_| {}), &no_opts()).unwrap().apply(&mut m).unwrap();
        assert_eq!(m.at(0).obj["x"], Value::Null);
        assert_eq!(m.at(0).obj["spec"]["replicas"], Value::Null);
    }

    #[test]
    fn failing_json_patch_after_move_to_root_is_an_error() {
        let mut m = resmap(vec![dep("a")]);
        let ops = json!([
            {"op": "move", "from": "/metadata", "path": ""},
            {"op": "move", "from": "/metadata", "path": "/metadata"}
        ]);
        let t = PatchTransformer::from_values(vec![ops], "p.yaml", target(|_| {}), &no_opts()).unwrap();
        let e = t.apply(&mut m).unwrap_err();
        assert!(crate::error::chain_text(&e).contains("applying JSON patch"), "{e:#}");
    }

    #[test]
    fn json_patch_needs_target_and_empty_patch_is_json() {
        let mut m = resmap(vec![dep("a")]);
        let t = PatchTransformer::from_values(vec![], "empty.yaml", None, &no_opts()).unwrap();
        let e = t.apply(&mut m).unwrap_err();
        assert_eq!(e.to_string(), "must specify a target for JSON patch [path: \"empty.yaml\"]");
        let t = PatchTransformer::from_values(vec![], "empty.yaml", target(|_| {}), &no_opts()).unwrap();
        t.apply(&mut m).unwrap();
        let j = PatchJson6902Transformer::from_values(vec![json!([])], "p.yaml", None).unwrap();
        assert!(j.apply(&mut m).is_err());
    }

    #[test]
    fn mixed_documents_are_rejected() {
        assert!(PatchTransformer::from_values(vec![json!([]), json!({})], "p.yaml", None, &no_opts()).is_err());
        assert!(PatchTransformer::from_values(vec![json!("str")], "p.yaml", None, &no_opts()).is_err());
    }

    #[test]
    fn several_documents_in_one_patch() {
        let mut m = resmap(vec![dep("a"), dep("b")]);
        let p1 =
            json!({"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "a"}, "spec": {"replicas": 5}});
        let p2 =
            json!({"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "b"}, "spec": {"replicas": 6}});
        PatchTransformer::from_values(vec![p1, p2], "p.yaml", None, &no_opts()).unwrap().apply(&mut m).unwrap();
        assert_eq!(m.at(0).obj["spec"]["replicas"], 5);
        assert_eq!(m.at(1).obj["spec"]["replicas"], 6);
    }

    #[test]
    fn label_selector_target() {
        let mut a = dep("a");
        a["metadata"]["labels"] = json!({"tier": "fe"});
        let mut m = resmap(vec![a, dep("b")]);
        let p = json!({"spec": {"replicas": 9}});
        PatchTransformer::from_values(
            vec![p],
            "p.yaml",
            target(|s| s.label_selector = "tier in (fe,be)".into()),
            &no_opts(),
        )
        .unwrap()
        .apply(&mut m)
        .unwrap();
        assert_eq!(m.at(0).obj["spec"]["replicas"], 9);
        assert_eq!(m.at(1).obj["spec"]["replicas"], 1);
    }
}
