//! `replacements:` — copy a field of one resource into fields of others
//! (kustomize's ReplacementTransformer, v5.7.1 behaviour).
//!
//! Each replacement has one `source` (a resource id selector, a `fieldPath`,
//! default `metadata.name`, and optional `delimiter`/`index` to take one
//! part of a delimited string) and a list of `targets` (`select`, `reject`,
//! `fieldPaths`, `options`). Replacements run in order, each seeing the
//! results of the ones before.
//!
//! Selection, as in kustomize:
//! * ids are matched exactly (no regexes): an empty field matches anything,
//!   namespaces compare as the cluster sees them (unset = `default`);
//! * a resource is tried under its current id and every id it had before
//!   (name prefixes/suffixes, namespace changes), so `name: app` still finds
//!   `pre-app-dev`;
//! * the source must match exactly one resource;
//! * a target is rejected when any reject id selects any of its ids, or any
//!   reject with a label/annotation selector matches its labels/annotations.
//!
//! Field paths are split on `.` (`\.` escapes a dot, `[a.b=c.d]` and
//! `[a.b/c]` stay whole, the latter naming a key with dots). Steps:
//! `name` (mapping key), `3` (list index), `[key=regex]` (list elements
//! whose `key` matches the unanchored regex), `[=regex]` (scalar elements)
//! and `*` (every element). Source paths match `[key=value]` exactly, take
//! `-` as the last element and refuse `*`.
//!
//! Writing a value: a scalar target keeps its type and takes the source's
//! text (`"8080"` into an int field gives `8080`; text that the target type
//! cannot hold is kustomize's "cannot decode" error); a mapping or list
//! target is replaced by the source value as is. With `create: true`
//! missing fields, `[key=value]` elements and the element just past the end
//! of a list are created on the way; a created scalar's type comes from its
//! text. With `delimiter`, the target's string is split and the part at
//! `index` replaced (negative: prepended, past the end: appended).
//!
//! Text: kustomize copies a scalar's text as written (`0x10`, `.443`,
//! `1.0e3`), not as its value prints (`16`): the source text of plain
//! scalars comes from the resource's notes (`Resource::scalar_notes`), and
//! a target keeps the text it was given. A field a replacement created has
//! no tag; the next replacement writing into it (say with a delimiter)
//! types it again from its new text.
use crate::transform::error::{bail, err, Context, Result};
use crate::yaml::{Map, Value};
use regex::Regex;
use serde::Deserialize;

use super::selector;
use super::Transformer;
use crate::model::{Gvk, ResId, ResMap, Resource, ScalarNote};
use crate::yaml::resolve::{resolve_plain, Resolved, Schema};

const DEFAULT_FIELD_PATH: &str = "metadata.name";

#[derive(Debug, Default, Clone, Deserialize)]
#[serde(default, rename_all = "camelCase")]
struct FieldOptions {
    delimiter: String,
    index: i64,
    create: bool,
}

#[derive(Debug, Default, Clone, Deserialize)]
#[serde(default, rename_all = "camelCase")]
struct SourceSelector {
    group: String,
    version: String,
    kind: String,
    name: String,
    namespace: String,
    field_path: String,
    options: Option<FieldOptions>,
}

#[derive(Debug, Default, Clone, Deserialize)]
#[serde(default, rename_all = "camelCase")]
struct TargetIdSelector {
    group: String,
    version: String,
    kind: String,
    name: String,
    namespace: String,
    label_selector: String,
    annotation_selector: String,
}

#[derive(Debug, Default, Clone, Deserialize)]
#[serde(default, rename_all = "camelCase")]
struct TargetSelector {
    select: Option<TargetIdSelector>,
    reject: Vec<TargetIdSelector>,
    field_paths: Vec<String>,
    options: Option<FieldOptions>,
}

#[derive(Debug, Default, Clone, Deserialize)]
#[serde(default)]
struct Replacement {
    source: Option<SourceSelector>,
    targets: Option<Vec<TargetSelector>>,
}

/// A resource id pattern: empty fields match anything.
#[derive(Debug, Clone)]
struct IdPattern(ResId);

impl IdPattern {
    fn new(group: &str, version: &str, kind: &str, name: &str, namespace: &str) -> IdPattern {
        IdPattern(ResId::new(Gvk::new(group, version, kind), name, namespace))
    }

    fn is_empty(&self) -> bool {
        let g = &self.0.gvk;
        g.group.is_empty()
            && g.version.is_empty()
            && g.kind.is_empty()
            && self.0.name.is_empty()
            && self.0.namespace.is_empty()
    }

    /// kustomize's `ResId.IsSelectedBy`.
    fn selects(&self, id: &ResId) -> bool {
        let p = &self.0;
        (p.name.is_empty() || p.name == id.name)
            && (p.namespace.is_empty() || p.effective_namespace() == id.effective_namespace())
            && id.gvk.is_selected_by(&p.gvk)
    }
}

impl TargetIdSelector {
    fn id(&self) -> IdPattern {
        IdPattern::new(&self.group, &self.version, &self.kind, &self.name, &self.namespace)
    }

    fn has_meta_selector(&self) -> bool {
        !self.label_selector.is_empty() || !self.annotation_selector.is_empty()
    }

    /// Label and annotation selectors (both must match; empty matches all).
    fn meta_matches(&self, r: &Resource) -> Result<bool> {
        if !self.has_meta_selector() {
            return Ok(true);
        }
        let sel = selector::Selector {
            label_selector: self.label_selector.clone(),
            annotation_selector: self.annotation_selector.clone(),
            ..Default::default()
        };
        selector::matches(&sel, r)
    }
}

impl SourceSelector {
    fn id(&self) -> IdPattern {
        IdPattern::new(&self.group, &self.version, &self.kind, &self.name, &self.namespace)
    }

    /// As kustomize prints a source selector: `Kind.version.group/name.ns[:fieldPath]`.
    fn describe(&self) -> String {
        let mut s = self.id().0.to_string();
        if !self.field_path.is_empty() {
            s.push(':');
            s.push_str(&self.field_path);
        }
        s
    }
}

pub struct ReplacementTransformer {
    replacements: Vec<Replacement>,
}

impl ReplacementTransformer {
    /// From replacement objects (files already loaded and expanded by the caller).
    pub fn from_values(replacements: Vec<Value>) -> Result<Self> {
        let replacements = replacements
            .into_iter()
            .enumerate()
            .map(|(i, v)| {
                crate::yaml::from_value(go_json_keys(v)).with_context(|| format!("invalid replacement #{}", i + 1))
            })
            .collect::<Result<Vec<Replacement>>>()?;
        Ok(ReplacementTransformer { replacements })
    }
}

/// kustomize's rules for `replacements:` entries, for the kustomization
/// field and the `ReplacementTransformer` config alike: an entry with
/// `path:` is replaced by the replacements its file holds (a list of them,
/// or one); it cannot also have `source` or `targets`. `read(path)` gives
/// the file's text and shown name.
/// Gives a file's text and its shown name (the caller does the reading).
pub type ReadFile<'a> = dyn FnMut(&str) -> Result<(String, String), crate::error::BoxError> + 'a;

pub fn expand_entries(entries: Vec<Value>, read: &mut ReadFile<'_>) -> Result<Vec<Value>> {
    let mut out = Vec::new();
    for e in entries {
        let e = go_json_keys(e);
        match e.get("path").and_then(Value::as_str) {
            Some(p) => {
                if e.get("source").is_some() || e.get("targets").is_some() {
                    bail!("cannot specify both path and inline replacement");
                }
                let (text, shown) = read(p).map_err(super::TransformError::Other)?;
                out.extend(parse_file(&text, &shown)?);
            }
            None => out.push(e),
        }
    }
    Ok(out)
}

/// Every field name of a replacement entry.
const FIELD_NAMES: &[&str] = &[
    "source",
    "targets",
    "path",
    "group",
    "version",
    "kind",
    "name",
    "namespace",
    "fieldPath",
    "options",
    "delimiter",
    "index",
    "create",
    "select",
    "reject",
    "fieldPaths",
    "labelSelector",
    "annotationSelector",
];

/// kustomize decodes replacements with Go's JSON rules, which match field
/// names without regard to case (`fieldpath:` is `fieldPath:`, as in the
/// metal3 baremetal-operator's config). A replacement has no free-form
/// maps, so every key is matched.
fn go_json_keys(v: Value) -> Value {
    match v {
        Value::Object(m) => Value::Object(
            m.into_iter()
                .map(|(k, v)| {
                    let k = match FIELD_NAMES.iter().find(|f| f.eq_ignore_ascii_case(&k)) {
                        Some(f) => f.to_string(),
                        None => k.into(),
                    };
                    (k, go_json_keys(v))
                })
                .collect(),
        ),
        Value::Array(items) => Value::Array(items.into_iter().map(go_json_keys).collect()),
        other => other,
    }
}

/// The replacements a `path:` file holds: each document a list of them or one.
fn parse_file(text: &str, shown: &str) -> Result<Vec<Value>> {
    let mut out = Vec::new();
    for doc in crate::yaml::parse_documents(text, shown)? {
        match doc {
            Value::Array(items) => out.extend(items),
            v @ Value::Object(_) => out.push(v),
            Value::Null => {}
            other => bail!("unsupported replacement type in {shown}: {}", kind_name(&other)),
        }
    }
    Ok(out)
}

impl Transformer for ReplacementTransformer {
    fn apply(&self, m: &mut ResMap) -> Result<()> {
        for (i, r) in self.replacements.iter().enumerate() {
            apply_one(m, r).with_context(|| format!("replacement #{}", i + 1))?;
        }
        Ok(())
    }
}

fn apply_one(m: &mut ResMap, r: &Replacement) -> Result<()> {
    let (Some(source), Some(targets)) = (&r.source, &r.targets) else {
        bail!("replacements must specify a source and at least one target");
    };
    let (mut value, live) = source_value(m, source)?;
    for t in targets {
        apply_target(m, &mut value, live.as_ref(), t)?;
    }
    Ok(())
}

// ---------------------------------------------------------------------------
// Values and their YAML types
// ---------------------------------------------------------------------------

/// The YAML tag a scalar node carries; `Untagged` for scalars created by a
/// replacement (their type is resolved from the text).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tag {
    Str,
    Int,
    Float,
    Bool,
    Null,
    Untagged,
}

impl Tag {
    fn of(v: &Value) -> Tag {
        match v {
            Value::String(_) => Tag::Str,
            Value::Number(n) if n.is_f64() => Tag::Float,
            Value::Number(_) => Tag::Int,
            Value::Bool(_) => Tag::Bool,
            _ => Tag::Null,
        }
    }

    fn name(self) -> &'static str {
        match self {
            Tag::Str => "str",
            Tag::Int => "int",
            Tag::Float => "float",
            Tag::Bool => "bool",
            Tag::Null | Tag::Untagged => "null",
        }
    }
}

/// A scalar's text as it stands in YAML (`Value` of the yaml node).
fn scalar_text(v: &Value) -> Option<String> {
    Some(match v {
        Value::String(s) => s.clone(),
        Value::Number(n) => match n.as_f64() {
            Some(f) if n.is_f64() => crate::yaml::format_go_float(f, false),
            _ => n.to_string(),
        },
        Value::Bool(b) => b.to_string(),
        Value::Null => String::new(),
        Value::Array(_) | Value::Object(_) => return None,
    })
}

fn kind_name(v: &Value) -> &'static str {
    match v {
        Value::Object(_) => "MappingNode",
        Value::Array(_) => "SequenceNode",
        _ => "ScalarNode",
    }
}

fn resolved_name(r: &Resolved) -> &'static str {
    match r {
        Resolved::Null => "null",
        Resolved::Bool(_) => "bool",
        Resolved::Int(_) | Resolved::Uint(_) => "int",
        Resolved::Float(_) | Resolved::NonFinite => "float",
        Resolved::Timestamp(_) => "timestamp",
        Resolved::Str => "str",
    }
}

fn float_value(f: f64, text: &str) -> Value {
    serde_json::Number::from_f64(f).map(Value::Number).unwrap_or_else(|| Value::String(text.to_string()))
}

/// The value a scalar node with `tag` and `text` decodes to (go-yaml v3's
/// rules: a tag accepts only text that resolves to it; `!!float` takes ints).
fn decode(tag: Tag, text: &str) -> Result<Value> {
    if tag == Tag::Str {
        return Ok(Value::String(text.to_string()));
    }
    let r = resolve_plain(text, Schema::V3);
    let v = match (tag, &r) {
        (Tag::Untagged, Resolved::Null) | (Tag::Null, Resolved::Null) => Some(Value::Null),
        (Tag::Untagged | Tag::Bool, Resolved::Bool(b)) => Some(Value::Bool(*b)),
        (Tag::Untagged | Tag::Int, Resolved::Int(i)) => Some(Value::Number((*i).into())),
        (Tag::Untagged | Tag::Int, Resolved::Uint(u)) => Some(Value::Number((*u).into())),
        (Tag::Float, Resolved::Int(i)) => Some(float_value(*i as f64, text)),
        (Tag::Float, Resolved::Uint(u)) => Some(float_value(*u as f64, text)),
        (Tag::Untagged | Tag::Float, Resolved::Float(f)) => Some(float_value(*f, text)),
        (Tag::Untagged, Resolved::Timestamp(t)) => Some(Value::String(t.to_rfc3339_nano())),
        (Tag::Untagged, Resolved::Str | Resolved::NonFinite) => Some(Value::String(text.to_string())),
        _ => None,
    };
    v.ok_or_else(|| err!("cannot decode !!{} `{}` as a !!{}", resolved_name(&r), text, tag.name()))
}

/// The value a replacement copies: a node (with the note on its text when
/// it is a scalar that has one), or (after a source delimiter picked one
/// part) a scalar text keeping the source node's tag.
#[derive(Debug, Clone)]
enum Payload {
    Node(Value, Option<ScalarNote>),
    Scalar { tag: Tag, text: String },
}

impl Payload {
    /// The text a scalar target takes (a mapping or list has none).
    fn text(&self) -> String {
        match self {
            Payload::Node(_, Some(note)) => note.text.clone(),
            Payload::Node(v, None) => scalar_text(v).unwrap_or_default(),
            Payload::Scalar { text, .. } => text.clone(),
        }
    }

    /// The whole value, for a mapping or list target.
    fn to_value(&self) -> Result<Value> {
        match self {
            Payload::Node(v, _) => Ok(v.clone()),
            Payload::Scalar { tag, text } => decode(*tag, text),
        }
    }

    /// The note a mapping or list target replaced by this value gets.
    fn note(&self) -> Option<(String, bool)> {
        match self {
            Payload::Node(_, note) => note.as_ref().map(|n| (n.text.clone(), n.untagged)),
            Payload::Scalar { tag, text } => Some((text.clone(), *tag == Tag::Untagged)),
        }
    }

    fn create_kind(&self) -> Kind {
        match self {
            Payload::Node(Value::Object(_), _) => Kind::Mapping,
            Payload::Node(Value::Array(_), _) => Kind::Sequence,
            _ => Kind::Scalar,
        }
    }
}

/// The note a scalar with `value`, `text` and no tag (or a tag) needs:
/// none when the value prints as the text and has a tag.
fn note_for(pointer: &str, value: &Value, text: &str, untagged: bool) -> Option<ScalarNote> {
    if matches!(value, Value::Array(_) | Value::Object(_)) {
        return None;
    }
    let plain = scalar_text(value).is_some_and(|t| t == text);
    (untagged || !plain).then(|| ScalarNote {
        pointer: pointer.to_string(),
        value: value.clone(),
        text: text.to_string(),
        untagged,
    })
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Scalar,
    Mapping,
    Sequence,
}

fn new_node(kind: Kind) -> Value {
    match kind {
        Kind::Scalar => Value::Null,
        Kind::Mapping => Value::Object(Map::new()),
        Kind::Sequence => Value::Array(Vec::new()),
    }
}

fn wrong_kind(expected: &str, node: &Value) -> crate::transform::error::TransformError {
    err!(
        "wrong node kind: expected {expected} but got {}: node contents:\n{}",
        kind_name(node),
        crate::yaml::to_yaml(node)
    )
}

// ---------------------------------------------------------------------------
// Paths
// ---------------------------------------------------------------------------

/// kustomize's `SmarterPathSplitter(path, ".")`: `\.` escapes a dot; a
/// bracketed part spanning dots stays whole, and loses its brackets when it
/// has no `=` (a mapping key with dots).
pub fn split_field_path(path: &str) -> Vec<String> {
    let path = path.strip_prefix('.').filter(|_| path.len() > 1).unwrap_or(path);
    let mut parts: Vec<String> = Vec::new();
    for piece in path.split('.') {
        match parts.last_mut() {
            Some(last) if last.ends_with('\\') => {
                last.pop();
                last.push('.');
                last.push_str(piece);
            }
            _ => parts.push(piece.to_string()),
        }
    }
    let mut out = Vec::new();
    let mut i = 0;
    while i < parts.len() {
        let p = &parts[i];
        if p.starts_with('[') && !p.ends_with(']') {
            let mut joined = p.clone();
            while i + 1 < parts.len() {
                i += 1;
                joined.push('.');
                joined.push_str(&parts[i]);
                if parts[i].ends_with(']') {
                    break;
                }
            }
            if joined.contains('=') {
                out.push(joined);
            } else {
                out.push(joined.trim_matches(|c| c == '[' || c == ']').to_string());
            }
        } else {
            out.push(p.clone());
        }
        i += 1;
    }
    out
}

fn is_list_index(p: &str) -> bool {
    p.starts_with('[') && p.ends_with(']')
}

fn idx_number(p: &str) -> Option<usize> {
    p.parse::<i64>().ok().and_then(|i| usize::try_from(i).ok())
}

/// `[name=value]` → (`name`, `value`).
fn split_index_name_value(p: &str) -> Result<(&str, &str)> {
    let inner = p.strip_prefix('[').unwrap_or(p);
    let inner = inner.strip_suffix(']').unwrap_or(inner);
    inner
        .split_once('=')
        .ok_or_else(|| err!("list path element must contain fieldName=fieldValue for element to match"))
}

/// Look a source field up (kyaml `Lookup`): exact `[k=v]` matches, `-` for
/// the last element, no wildcards. `Ok(None)` when something is missing.
/// Also returns the JSON pointer of the node found.
fn lookup<'a>(root: &'a Value, parts: &[String]) -> Result<Option<(&'a Value, String)>> {
    let mut cur = root;
    let mut ptr = String::new();
    for part in parts.iter().map(|p| p.trim()).filter(|p| !p.is_empty()) {
        let next = if let Ok(i) = part.parse::<i64>() {
            if i < 0 {
                bail!("array index {i} cannot be negative");
            }
            match cur {
                Value::Array(items) => usize::try_from(i).ok().and_then(|i| items.get(i).map(|v| (i, v))),
                Value::Null => None,
                other => return Err(wrong_kind("SequenceNode", other)),
            }
        } else if part == "-" {
            match cur {
                Value::Array(items) => items.last().map(|v| (items.len() - 1, v)),
                Value::Null => None,
                other => return Err(wrong_kind("SequenceNode", other)),
            }
        } else if is_list_index(part) {
            let (key, want) = split_index_name_value(part)?;
            match cur {
                Value::Array(items) => items.iter().enumerate().find(|(_, e)| {
                    let v = if key.is_empty() { Some(*e) } else { e.as_object().and_then(|m| m.get(key)) };
                    v.map(|v| scalar_text(v).unwrap_or_default() == want).unwrap_or(false)
                }),
                Value::Null => None,
                other => return Err(wrong_kind("SequenceNode", other)),
            }
        } else if part == "*" {
            bail!("wildcard is not supported in PathGetter");
        } else {
            match cur {
                Value::Object(m) => m.get(part).map(|v| {
                    crate::yaml::push_pointer_key(&mut ptr, part);
                    (usize::MAX, v)
                }),
                Value::Null => None,
                other => return Err(wrong_kind("MappingNode", other)),
            }
        };
        match next {
            Some((i, v)) => {
                if i != usize::MAX {
                    ptr.push('/');
                    ptr.push_str(&i.to_string());
                }
                cur = v;
            }
            None => return Ok(None),
        }
    }
    Ok(Some((cur, ptr)))
}

/// The text kustomize matches `[key=regex]` against (the node as YAML, trimmed).
fn match_text(v: &Value) -> String {
    match v {
        Value::String(s) if !s.contains('\n') => {
            let y = crate::yaml::to_yaml(v);
            let y = y.trim();
            // Plain or quoted form of a one-line string.
            if y.starts_with('"') || y.starts_with('\'') {
                y.to_string()
            } else {
                s.clone()
            }
        }
        _ => crate::yaml::to_yaml(v).trim().to_string(),
    }
}

type Setter<'a> = dyn FnMut(&mut Value, bool, &str) -> Result<()> + 'a;

/// Find (and with `create`, make) the target fields at `parts` below
/// `node` (kyaml `PathMatcher`), calling `set` on each with whether it was
/// just created and its JSON pointer. Returns how many fields were reached.
fn walk(node: &mut Value, parts: &[String], create: Option<Kind>, set: &mut Setter<'_>) -> Result<usize> {
    walk_at(node, parts, false, create, set, &mut String::new())
}

/// The kind a missing node is created as, given the path part after it.
fn part_kind(next: Option<&String>, create: Kind) -> Kind {
    match next {
        None => create,
        Some(p) if p.is_empty() => create,
        Some(p) if is_list_index(p) || idx_number(p).is_some() => Kind::Sequence,
        Some(_) => Kind::Mapping,
    }
}

/// `walk_at` one level down: `ptr` extended by `seg` for the call.
fn descend(
    node: &mut Value,
    seg: Seg<'_>,
    parts: &[String],
    created: bool,
    create: Option<Kind>,
    set: &mut Setter<'_>,
    ptr: &mut String,
) -> Result<usize> {
    let len = ptr.len();
    match seg {
        Seg::Key(k) => crate::yaml::push_pointer_key(ptr, k),
        Seg::Index(i) => {
            ptr.push('/');
            ptr.push_str(&i.to_string());
        }
    }
    let r = walk_at(node, parts, created, create, set, ptr);
    ptr.truncate(len);
    r
}

#[derive(Clone, Copy)]
enum Seg<'a> {
    Key(&'a str),
    Index(usize),
}

fn walk_at(
    node: &mut Value,
    parts: &[String],
    created: bool,
    create: Option<Kind>,
    set: &mut Setter<'_>,
    ptr: &mut String,
) -> Result<usize> {
    let Some((head, rest)) = parts.split_first() else {
        set(node, created, ptr)?;
        return Ok(1);
    };
    if let Some(idx) = idx_number(head) {
        let len = match node {
            Value::Array(items) => items.len(),
            Value::Null => 0,
            other => return Err(wrong_kind("SequenceNode", other)),
        };
        if let Some(kind) = create.filter(|_| len == idx) {
            let elem = new_node(part_kind(rest.first(), kind));
            return match node {
                Value::Array(items) => {
                    items.push(elem);
                    let last = items.len() - 1;
                    descend(&mut items[last], Seg::Index(last), rest, true, create, set, ptr)
                }
                // Appending to a null node changes nothing that is written out.
                _ => descend(&mut elem.clone(), Seg::Index(0), rest, true, create, set, ptr),
            };
        }
        if idx >= len {
            bail!("index {idx} specified but only {len} elements found");
        }
        return match node {
            Value::Array(items) => descend(&mut items[idx], Seg::Index(idx), rest, false, create, set, ptr),
            _ => Ok(0),
        };
    }
    if is_list_index(head) {
        let (key, pattern) = split_index_name_value(head)?;
        let re = Regex::new(pattern).with_context(|| format!("invalid regex {pattern:?} in {head}"))?;
        let items = match node {
            Value::Array(items) => Some(items),
            Value::Null => None,
            other => return Err(wrong_kind("SequenceNode", other)),
        };
        let mut found = 0;
        if let Some(items) = items {
            for (i, elem) in items.iter_mut().enumerate() {
                if key.is_empty() {
                    if re.is_match(&match_text(elem)) {
                        let len = ptr.len();
                        ptr.push('/');
                        ptr.push_str(&i.to_string());
                        let r = set(elem, false, ptr);
                        ptr.truncate(len);
                        r?;
                        found += 1;
                    }
                } else {
                    let hit = elem.as_object().and_then(|m| m.get(key)).is_some_and(|v| re.is_match(&match_text(v)));
                    if hit {
                        found += descend(elem, Seg::Index(i), rest, false, create, set, ptr)?;
                    }
                }
            }
        }
        let Some(_) = create.filter(|_| found == 0) else {
            return Ok(found);
        };
        let value = decode(Tag::Untagged, pattern)?;
        let mut elem = if key.is_empty() {
            value
        } else {
            let mut m = Map::new();
            m.insert(key.to_string(), value);
            Value::Object(m)
        };
        let (target, at) = match node {
            Value::Array(items) => {
                items.push(elem);
                let last = items.len() - 1;
                (&mut items[last], last)
            }
            _ => (&mut elem, 0),
        };
        if key.is_empty() {
            if re.is_match(&match_text(target)) {
                let len = ptr.len();
                ptr.push('/');
                ptr.push_str(&at.to_string());
                let r = set(target, true, ptr);
                ptr.truncate(len);
                r?;
                return Ok(1);
            }
            return Ok(0);
        }
        return descend(target, Seg::Index(at), rest, false, create, set, ptr);
    }
    if head == "*" {
        return match node {
            Value::Array(items) => {
                let mut found = 0;
                for (i, elem) in items.iter_mut().enumerate() {
                    found += descend(elem, Seg::Index(i), rest, false, create, set, ptr)?;
                }
                Ok(found)
            }
            Value::Null => Ok(0),
            other => Err(wrong_kind("SequenceNode", other)),
        };
    }
    match node {
        Value::Object(m) => {
            if m.contains_key(head.as_str()) {
                let child = m.get_mut(head.as_str()).ok_or_else(|| err!("field {head} vanished"))?;
                return descend(child, Seg::Key(head), rest, false, create, set, ptr);
            }
            match create {
                Some(kind) => {
                    let child = m.entry(head.clone()).or_insert_with(|| new_node(part_kind(rest.first(), kind)));
                    descend(child, Seg::Key(head), rest, true, create, set, ptr)
                }
                None => Ok(0),
            }
        }
        // A field of a null node: missing; created on a detached node that
        // is never written out.
        Value::Null => match create {
            Some(kind) => {
                descend(&mut new_node(part_kind(rest.first(), kind)), Seg::Key(head), rest, true, create, set, ptr)
            }
            None => Ok(0),
        },
        other => Err(wrong_kind("MappingNode", other)),
    }
}

// ---------------------------------------------------------------------------
// The transformer
// ---------------------------------------------------------------------------

/// Where a source value lives: kustomize copies from the source node
/// itself (unless a source delimiter made a new one), so a target that
/// rewrites the source field changes what later targets get.
struct Live {
    uid: u64,
    pointer: String,
}

fn source_value(m: &ResMap, src: &SourceSelector) -> Result<(Payload, Option<Live>)> {
    let pattern = src.id();
    let mut found: Option<usize> = None;
    for (i, r) in m.iter().enumerate() {
        if r.all_ids().any(|id| pattern.selects(&id)) {
            if found.is_some() {
                bail!("multiple matches for selector {}", src.describe());
            }
            found = Some(i);
        }
    }
    let i = found.ok_or_else(|| err!("nothing selected by {}", src.describe()))?;
    let fp = if src.field_path.is_empty() { DEFAULT_FIELD_PATH } else { &src.field_path };
    let parts = split_field_path(fp);
    let res = m.at(i);
    let found = lookup(&res.obj, &parts).map_err(|e| err!("error looking up replacement source: {e}"))?;
    let found = match found {
        None | Some((Value::Null, _)) => None,
        Some((Value::Object(o), _)) if o.is_empty() => None,
        Some((Value::Array(a), _)) if a.is_empty() => None,
        Some(v) => Some(v),
    };
    let Some((node, ptr)) = found else {
        bail!("fieldPath `{fp}` is missing for replacement source {}", pattern.0);
    };
    let note = res.scalar_note(&ptr, node).cloned();
    match src.options.as_ref().filter(|o| !o.delimiter.is_empty()) {
        None => Ok((Payload::Node(node.clone(), note), Some(Live { uid: res.uid, pointer: ptr }))),
        Some(o) => {
            let Some(text) = note.as_ref().map(|n| n.text.clone()).or_else(|| scalar_text(node)) else {
                bail!("delimiter option can only be used with scalar nodes");
            };
            let parts: Vec<&str> = text.split(o.delimiter.as_str()).collect();
            let part = usize::try_from(o.index)
                .ok()
                .and_then(|i| parts.get(i))
                .ok_or_else(|| err!("options.index {} is out of bounds for value {}", o.index, text))?;
            let tag = if note.is_some_and(|n| n.untagged) { Tag::Untagged } else { Tag::of(node) };
            Ok((Payload::Scalar { tag, text: part.to_string() }, None))
        }
    }
}

fn apply_target(m: &mut ResMap, value: &mut Payload, live: Option<&Live>, t: &TargetSelector) -> Result<()> {
    let Some(select) = &t.select else {
        bail!("target must specify resources to select");
    };
    let default_paths = [DEFAULT_FIELD_PATH.to_string()];
    let field_paths: &[String] = if t.field_paths.is_empty() { &default_paths } else { &t.field_paths };
    let select_id = select.id();
    let reject_ids: Vec<IdPattern> = t.reject.iter().map(|r| r.id()).filter(|p| !p.is_empty()).collect();
    for i in 0..m.len() {
        let r = m.at(i);
        odd_list_meta(r)?;
        if !select.meta_matches(r).context("invalid target selector")? {
            continue;
        }
        let mut rejected = false;
        for rj in t.reject.iter().filter(|rj| rj.has_meta_selector()) {
            if rj.meta_matches(r).context("invalid reject selector")? {
                rejected = true;
                break;
            }
        }
        if rejected {
            continue;
        }
        let ids: Vec<ResId> = r.all_ids().collect();
        if !ids.iter().any(|id| select_id.selects(id)) {
            continue;
        }
        if reject_ids.iter().any(|p| ids.iter().any(|id| p.selects(id))) {
            continue;
        }
        let id = r.cur_id();
        let live = live.filter(|l| l.uid == r.uid);
        copy_to_target(m.at_mut(i), value, live, field_paths, t.options.as_ref())
            .with_context(|| format!("replacement target {id}"))?;
    }
    Ok(())
}

/// kustomize reads every resource's annotations and labels as maps when it
/// selects replacement targets; a list there with an odd number of items
/// (a JSON patch can leave one) crashes it.
pub(crate) fn odd_list_meta(r: &Resource) -> Result<()> {
    for field in ["annotations", "labels"] {
        if let Some(Value::Array(items)) = r.obj.get("metadata").and_then(|m| m.get(field)) {
            if items.len() % 2 == 1 {
                bail!(
                    "metadata.{field} of {} is a list with an odd number of items, which kustomize cannot read as a map (it crashes: index out of range)",
                    r.cur_id()
                );
            }
        }
    }
    Ok(())
}

fn copy_to_target(
    r: &mut Resource,
    value: &mut Payload,
    live: Option<&Live>,
    field_paths: &[String],
    opts: Option<&FieldOptions>,
) -> Result<()> {
    let Resource { obj, scalar_notes, .. } = r;
    let create = opts.filter(|o| o.create).map(|_| value.create_kind());
    for fp in field_paths {
        let payload = &*value;
        let parts = split_field_path(fp);
        super::fieldspec::check_depth(&parts)?;
        let verb = if create.is_some() { "find or create" } else { "find" };
        // Errors writing a value are reported as they are; errors finding
        // the field are wrapped the way kustomize words them.
        let mut set_err = None;
        let mut set = |target: &mut Value, created: bool, ptr: &str| {
            set_value(target, created, ptr, scalar_notes, payload, opts).map_err(|e| {
                set_err = Some(e);
                err!("value not set")
            })
        };
        let walked = walk(obj, &parts, create, &mut set);
        if let Some(e) = set_err {
            return Err(e).with_context(|| format!("field {fp:?}"));
        }
        let n = walked.map_err(|e| err!("unable to {verb} field {fp:?} in replacement target: {e}"))?;
        if n == 0 {
            bail!("unable to {verb} field {fp:?} in replacement target");
        }
        // this may have rewritten the source field itself
        if let Some(l) = live {
            if let Some(v) = obj.pointer(&l.pointer) {
                let note = scalar_notes.iter().find(|n| n.pointer == l.pointer && n.value == *v).cloned();
                *value = Payload::Node(v.clone(), note);
            }
        }
    }
    Ok(())
}

/// Write `value` into the target node at `ptr`, keeping the resource's
/// notes on scalar text and tags current.
fn set_value(
    target: &mut Value,
    created: bool,
    ptr: &str,
    notes: &mut Vec<ScalarNote>,
    value: &Payload,
    opts: Option<&FieldOptions>,
) -> Result<()> {
    let is_scalar = !matches!(target, Value::Array(_) | Value::Object(_));
    let note = notes.iter().position(|n| n.pointer == ptr && n.value == *target).map(|i| notes.remove(i));
    let untagged = created || note.as_ref().is_some_and(|n| n.untagged);
    let tag = if untagged { Tag::Untagged } else { Tag::of(target) };
    let mut text = value.text();
    if let Some(o) = opts.filter(|o| !o.delimiter.is_empty()) {
        if !is_scalar {
            bail!("delimiter option can only be used with scalar nodes");
        }
        let current = match &note {
            _ if created => String::new(),
            Some(n) => n.text.clone(),
            None => scalar_text(target).unwrap_or_default(),
        };
        let mut parts: Vec<String> = current.split(o.delimiter.as_str()).map(str::to_string).collect();
        match usize::try_from(o.index) {
            Err(_) => parts.insert(0, text),
            Ok(i) if i >= parts.len() => parts.push(text),
            Ok(i) => parts[i] = text,
        }
        text = parts.join(&o.delimiter);
    }
    notes.retain(|n| n.pointer != ptr);
    if is_scalar {
        *target = decode(tag, &text)?;
        notes.extend(note_for(ptr, target, &text, untagged));
    } else {
        *target = value.to_value()?;
        if let Some((text, untagged)) = value.note() {
            notes.extend(note_for(ptr, target, &text, untagged));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::yaml::parse_documents;

    fn resmap(yaml: &str) -> ResMap {
        parse_documents(yaml, "test").unwrap().into_iter().map(Resource::new).collect()
    }

    fn run(resources: &str, replacements: &str) -> Result<ResMap> {
        let mut m = resmap(resources);
        let list = match parse_documents(replacements, "repl").unwrap().pop().unwrap() {
            Value::Array(a) => a,
            v => vec![v],
        };
        ReplacementTransformer::from_values(list)?.apply(&mut m)?;
        Ok(m)
    }

    fn get<'a>(m: &'a ResMap, i: usize, path: &str) -> Option<&'a Value> {
        lookup(&m.at(i).obj, &split_field_path(path)).unwrap().map(|(v, _)| v)
    }

    const RES: &str = r#"
apiVersion: v1
kind: ConfigMap
metadata:
  name: src
  annotations:
    a.b/c: hello
data:
  port: "8080"
  word: foo
  num: 42
  flag: "true"
  list: [x, y]
  map: {k: v}
  dotted: a.b.c
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: dep
  labels: {tier: web}
spec:
  replicas: 1
  template:
    spec:
      containers:
      - name: app1
        image: nginx:1.0
        ports:
        - containerPort: 80
      - name: myapp
        image: redis
      - name: other
        image: busybox
        args: [a, -jar, b]
        nullval:
        boolval: false
"#;

    fn one(src_path: &str, fp: &str, opts: &str) -> Result<ResMap> {
        run(
            RES,
            &format!(
                "- source: {{kind: ConfigMap, name: src, fieldPath: '{src_path}'}}\n  targets:\n  - select: {{kind: Deployment}}\n    fieldPaths: ['{fp}']\n    options: {opts}\n"
            ),
        )
    }

    #[test]
    fn path_splitting() {
        assert_eq!(split_field_path("a.b.c"), ["a", "b", "c"]);
        assert_eq!(split_field_path("a.[name=x.y].c"), ["a", "[name=x.y]", "c"]);
        assert_eq!(split_field_path("metadata.annotations.[a.b/c]"), ["metadata", "annotations", "a.b/c"]);
        assert_eq!(split_field_path(r"metadata.annotations.a\.b/c"), ["metadata", "annotations", "a.b/c"]);
        assert_eq!(split_field_path("a.[x]"), ["a", "[x]"]);
        assert_eq!(split_field_path("a.*.b"), ["a", "*", "b"]);
    }

    #[test]
    fn source_text_and_untagged_targets() {
        let res = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: src\ndata:\n  hex: 0x10\n  n: 2\n\
                   ---\napiVersion: v1\nkind: Secret\nmetadata:\n  name: t\nspec:\n  s: x\n  i: 1\n";
        let mut m: ResMap = crate::model::parse_resources(res, "test").unwrap().into_iter().collect();
        let list = parse_documents(
            "- source: {kind: ConfigMap, fieldPath: data.hex}\n  targets:\n  - select: {kind: Secret}\n\
             \x20   fieldPaths: [spec.s, spec.i, spec.new]\n    options: {create: true}\n\
             - source: {kind: ConfigMap, fieldPath: data.n}\n  targets:\n  - select: {kind: Secret}\n\
             \x20   fieldPaths: [spec.new]\n    options: {delimiter: '.', index: 0}\n",
            "repl",
        )
        .unwrap()
        .pop()
        .unwrap();
        let Value::Array(list) = list else { panic!("not a list") };
        ReplacementTransformer::from_values(list).unwrap().apply(&mut m).unwrap();
        // the text as written, kept by a string target, typed by an int one
        assert_eq!(get(&m, 1, "spec.s"), Some(&crate::yaml::json!("0x10")));
        assert_eq!(get(&m, 1, "spec.i"), Some(&crate::yaml::json!(16)));
        // created without a tag from `0x10`, then its only part replaced
        // by `2` through a delimiter: typed again from the new text
        assert_eq!(get(&m, 1, "spec.new"), Some(&crate::yaml::json!(2)));
        let note = m.at(1).scalar_notes.iter().find(|n| n.pointer == "/spec/new").unwrap();
        assert!(note.untagged);
    }

    #[test]
    fn scalar_target_keeps_its_type() {
        let m = one("data.port", "spec.replicas", "{}").unwrap();
        assert_eq!(get(&m, 1, "spec.replicas"), Some(&crate::yaml::json!(8080)));
        let m = one("data.num", "spec.template.spec.containers.1.image", "{}").unwrap();
        assert_eq!(get(&m, 1, "spec.template.spec.containers.1.image"), Some(&crate::yaml::json!("42")));
        let m = one("data.flag", "spec.template.spec.containers.2.boolval", "{}").unwrap();
        assert_eq!(get(&m, 1, "spec.template.spec.containers.2.boolval"), Some(&crate::yaml::json!(true)));
        let e = one("data.word", "spec.replicas", "{}").unwrap_err();
        assert!(crate::error::chain_text(&e).contains("cannot decode !!str `foo` as a !!int"), "{e:#}");
        let e = one("data.num", "spec.template.spec.containers.2.nullval", "{}").unwrap_err();
        assert!(crate::error::chain_text(&e).contains("cannot decode !!int `42` as a !!null"), "{e:#}");
    }

    #[test]
    fn whole_values_replace_maps_and_lists() {
        let m = one("data.map", "spec.template.spec.containers.2.args", "{}").unwrap();
        assert_eq!(get(&m, 1, "spec.template.spec.containers.2.args"), Some(&crate::yaml::json!({"k": "v"})));
        let m = one("data.list", "spec.template", "{}").unwrap();
        assert_eq!(get(&m, 1, "spec.template"), Some(&crate::yaml::json!(["x", "y"])));
        // A map into a scalar string leaves its (empty) text.
        let m = one("data.map", "spec.template.spec.containers.0.image", "{}").unwrap();
        assert_eq!(get(&m, 1, "spec.template.spec.containers.0.image"), Some(&crate::yaml::json!("")));
    }

    #[test]
    fn list_selectors_are_unanchored_regexes() {
        let m = one("data.word", "spec.template.spec.containers.[name=app].image", "{}").unwrap();
        assert_eq!(get(&m, 1, "spec.template.spec.containers.0.image"), Some(&crate::yaml::json!("foo")));
        assert_eq!(get(&m, 1, "spec.template.spec.containers.1.image"), Some(&crate::yaml::json!("foo")));
        assert_eq!(get(&m, 1, "spec.template.spec.containers.2.image"), Some(&crate::yaml::json!("busybox")));
        let m = one("data.word", "spec.template.spec.containers.[name=^app1$].image", "{}").unwrap();
        assert_eq!(get(&m, 1, "spec.template.spec.containers.1.image"), Some(&crate::yaml::json!("redis")));
        let m = one("data.word", "spec.template.spec.containers.2.args.[=jar]", "{}").unwrap();
        assert_eq!(get(&m, 1, "spec.template.spec.containers.2.args"), Some(&crate::yaml::json!(["a", "foo", "b"])));
    }

    #[test]
    fn wildcard_and_index() {
        let m = one("data.word", "spec.template.spec.containers.*.image", "{}").unwrap();
        for i in 0..3 {
            assert_eq!(
                get(&m, 1, &format!("spec.template.spec.containers.{i}.image")),
                Some(&crate::yaml::json!("foo"))
            );
        }
        let e = one("data.word", "spec.template.spec.containers.7.image", "{}").unwrap_err();
        assert!(crate::error::chain_text(&e).contains("index 7 specified but only 3 elements found"), "{e:#}");
        let e = one("data.word", "spec.template.*.image", "{}").unwrap_err();
        assert!(crate::error::chain_text(&e).contains("expected SequenceNode but got MappingNode"), "{e:#}");
        let e = one("data.word", "spec.replicas.x", "{}").unwrap_err();
        assert!(crate::error::chain_text(&e).contains("expected MappingNode but got ScalarNode"), "{e:#}");
    }

    #[test]
    fn missing_target_field_is_an_error() {
        let e = one("data.word", "spec.nope.x", "{}").unwrap_err();
        assert!(
            crate::error::chain_text(&e).contains(r#"unable to find field "spec.nope.x" in replacement target"#),
            "{e:#}"
        );
        let e = one("data.word", "spec.template.spec.containers.[name=zzz].image", "{}").unwrap_err();
        assert!(crate::error::chain_text(&e).contains("unable to find field"), "{e:#}");
    }

    #[test]
    fn create_makes_fields_elements_and_types_from_text() {
        let m = one("data.port", "spec.newport", "{create: true}").unwrap();
        assert_eq!(get(&m, 1, "spec.newport"), Some(&crate::yaml::json!(8080)));
        let m = one("data.map", "spec.a.b", "{create: true}").unwrap();
        assert_eq!(get(&m, 1, "spec.a.b"), Some(&crate::yaml::json!({"k": "v"})));
        let m =
            one("data.word", "spec.template.spec.containers.[name=new].env.[name=X].value", "{create: true}").unwrap();
        assert_eq!(
            get(&m, 1, "spec.template.spec.containers.3"),
            Some(&crate::yaml::json!({"name": "new", "env": [{"name": "X", "value": "foo"}]}))
        );
        let m =
            one("data.port", "spec.template.spec.containers.*.ports.[containerPort=81].x", "{create: true}").unwrap();
        assert_eq!(
            get(&m, 1, "spec.template.spec.containers.1.ports"),
            Some(&crate::yaml::json!([{"containerPort": 81, "x": 8080}]))
        );
        let m = one("data.port", "spec.template.spec.containers.2.args.3", "{create: true}").unwrap();
        assert_eq!(get(&m, 1, "spec.template.spec.containers.2.args.3"), Some(&crate::yaml::json!(8080)));
        let m = one("data.word", "spec.template.spec.containers.1.ports.0.x", "{create: true}").unwrap();
        assert_eq!(get(&m, 1, "spec.template.spec.containers.1.ports"), Some(&crate::yaml::json!([{"x": "foo"}])));
        // Fields under a null value are created on nothing: no change, no error.
        let m = one("data.port", "spec.template.spec.containers.2.nullval.x", "{create: true}").unwrap();
        assert_eq!(get(&m, 1, "spec.template.spec.containers.2.nullval"), Some(&Value::Null));
        let e = one("data.port", "spec.template.spec.containers.2.args.4", "{create: true}").unwrap_err();
        assert!(crate::error::chain_text(&e).contains("unable to find or create field"), "{e:#}");
    }

    #[test]
    fn delimiters() {
        let m = one("data.word", "spec.template.spec.containers.0.image", "{delimiter: ':', index: 1}").unwrap();
        assert_eq!(get(&m, 1, "spec.template.spec.containers.0.image"), Some(&crate::yaml::json!("nginx:foo")));
        let m = one("data.word", "spec.template.spec.containers.0.image", "{delimiter: ':', index: 5}").unwrap();
        assert_eq!(get(&m, 1, "spec.template.spec.containers.0.image"), Some(&crate::yaml::json!("nginx:1.0:foo")));
        let m = one("data.word", "spec.template.spec.containers.0.image", "{delimiter: ':', index: -1}").unwrap();
        assert_eq!(get(&m, 1, "spec.template.spec.containers.0.image"), Some(&crate::yaml::json!("foo:nginx:1.0")));
        let e = one("data.word", "spec.template.spec.containers.2.args", "{delimiter: ':'}").unwrap_err();
        assert!(crate::error::chain_text(&e).contains("delimiter option can only be used with scalar nodes"), "{e:#}");

        let src = |opts: &str| {
            run(
                RES,
                &format!("- source: {{kind: ConfigMap, fieldPath: data.dotted, options: {opts}}}\n  targets:\n  - select: {{kind: Deployment}}\n    fieldPaths: [spec.template.spec.containers.1.image]\n"),
            )
        };
        let m = src("{delimiter: '.', index: 1}").unwrap();
        assert_eq!(get(&m, 1, "spec.template.spec.containers.1.image"), Some(&crate::yaml::json!("b")));
        let e = src("{delimiter: '.', index: 3}").unwrap_err();
        assert_eq!(e.root_cause().to_string(), "options.index 3 is out of bounds for value a.b.c");
    }

    #[test]
    fn source_lookup_forms() {
        let v = |p: &str| one(p, "spec.out", "{create: true}").map(|m| get(&m, 1, "spec.out").cloned());
        assert_eq!(v("data.list.1").unwrap(), Some(crate::yaml::json!("y")));
        assert_eq!(v("data.list.-").unwrap(), Some(crate::yaml::json!("y")));
        assert_eq!(v("data.list.[=y]").unwrap(), Some(crate::yaml::json!("y")));
        assert_eq!(v("metadata.annotations.[a.b/c]").unwrap(), Some(crate::yaml::json!("hello")));
        assert_eq!(v(r"metadata.annotations.a\.b/c").unwrap(), Some(crate::yaml::json!("hello")));
        let err = |p: &str| v(p).unwrap_err().root_cause().to_string();
        assert_eq!(
            err("data.list.[=x.*]"),
            "fieldPath `data.list.[=x.*]` is missing for replacement source ConfigMap.[noVer].[noGrp]/src.[noNs]"
        );
        assert!(err("data.word.0")
            .starts_with("error looking up replacement source: wrong node kind: expected SequenceNode"));
        assert_eq!(err("data.list.-1"), "error looking up replacement source: array index -1 cannot be negative");
        assert_eq!(err("data.list.*"), "error looking up replacement source: wildcard is not supported in PathGetter");
    }

    #[test]
    fn source_must_match_once() {
        let r = |src: &str| {
            run(
                RES,
                &format!(
                    "- source: {src}\n  targets:\n  - select: {{kind: Deployment}}\n    fieldPaths: [spec.replicas]\n"
                ),
            )
            .unwrap_err()
            .root_cause()
            .to_string()
        };
        assert_eq!(
            r("{kind: ConfigMap, name: nope, fieldPath: data.num}"),
            "nothing selected by ConfigMap.[noVer].[noGrp]/nope.[noNs]:data.num"
        );
        assert_eq!(r("{version: v1}"), "multiple matches for selector [noKind].v1.[noGrp]/[noName].[noNs]");
        let e = run(RES, "- targets:\n  - select: {kind: Deployment}\n").unwrap_err();
        assert_eq!(e.root_cause().to_string(), "replacements must specify a source and at least one target");
        let e = run(RES, "- source: {kind: ConfigMap}\n  targets:\n  - fieldPaths: [spec.replicas]\n").unwrap_err();
        assert_eq!(e.root_cause().to_string(), "target must specify resources to select");
    }

    #[test]
    fn default_field_paths_and_namespace_matching() {
        let m = run(
            RES,
            "- source: {kind: Deployment}\n  targets:\n  - select: {kind: ConfigMap, namespace: default}\n    fieldPaths: [data.word]\n",
        )
        .unwrap();
        assert_eq!(get(&m, 0, "data.word"), Some(&crate::yaml::json!("dep")));
        let m = run(RES, "- source: {kind: Deployment}\n  targets:\n  - select: {kind: ConfigMap}\n").unwrap();
        assert_eq!(m.at(0).name(), "dep");
        let m = run(RES, "- source: {kind: Deployment}\n  targets:\n  - select: {kind: ConfigMap, namespace: other}\n")
            .unwrap();
        assert_eq!(m.at(0).name(), "src");
    }

    #[test]
    fn select_and_reject_by_previous_ids_and_labels() {
        let mut m = resmap(RES);
        m.at_mut(1).set_name("pre-dep-dev");
        m.at_mut(0).set_name("pre-src");
        let t = |m: &ResMap, repl: &str| {
            let mut m = m.clone();
            let list = match parse_documents(repl, "r").unwrap().pop().unwrap() {
                Value::Array(a) => a,
                v => vec![v],
            };
            ReplacementTransformer::from_values(list).unwrap().apply(&mut m).unwrap();
            get(&m, 1, "spec.template.spec.containers.0.name").cloned()
        };
        let base = "- source: {kind: ConfigMap, name: src, fieldPath: data.word}\n  targets:\n  - fieldPaths: [spec.template.spec.containers.0.name]\n";
        assert_eq!(t(&m, &format!("{base}    select: {{name: dep}}\n")), Some(crate::yaml::json!("foo")));
        assert_eq!(t(&m, &format!("{base}    select: {{name: pre-dep-dev}}\n")), Some(crate::yaml::json!("foo")));
        assert_eq!(t(&m, &format!("{base}    select: {{name: de.*}}\n")), Some(crate::yaml::json!("app1")));
        assert_eq!(
            t(&m, &format!("{base}    select: {{kind: Deployment}}\n    reject: [{{name: dep}}]\n")),
            Some(crate::yaml::json!("app1"))
        );
        assert_eq!(
            t(&m, &format!("{base}    select: {{kind: Deployment}}\n    reject: [{{name: .*dep.*}}]\n")),
            Some(crate::yaml::json!("foo"))
        );
        assert_eq!(t(&m, &format!("{base}    select: {{labelSelector: tier=web}}\n")), Some(crate::yaml::json!("foo")));
        assert_eq!(t(&m, &format!("{base}    select: {{labelSelector: tier=db}}\n")), Some(crate::yaml::json!("app1")));
        assert_eq!(
            t(&m, &format!("{base}    select: {{kind: Deployment}}\n    reject: [{{labelSelector: tier}}]\n")),
            Some(crate::yaml::json!("app1"))
        );
    }

    #[test]
    fn replacements_run_in_order() {
        let m = run(
            RES,
            "- source: {kind: ConfigMap, fieldPath: data.word}\n  targets:\n  - select: {kind: Deployment}\n    fieldPaths: [spec.template.spec.containers.0.name]\n- source: {kind: Deployment, fieldPath: 'spec.template.spec.containers.[name=foo].name'}\n  targets:\n  - select: {kind: Deployment}\n    fieldPaths: [spec.template.spec.containers.1.name]\n",
        )
        .unwrap();
        assert_eq!(get(&m, 1, "spec.template.spec.containers.1.name"), Some(&crate::yaml::json!("foo")));
    }
}
