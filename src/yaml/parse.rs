//! Reading YAML (and JSON) into `crate::yaml::Value` trees.
//!
//! Events come from `saphyr-parser`; scalar resolution, anchors/aliases, merge
//! keys and duplicate-key checks are ours, imitating the Go libraries
//! kustomize uses (see `resolve.rs`).
//!
//! Documented choices where JSON cannot follow YAML:
//! * `.inf`, `-.inf`, `.nan` (plain) in resource files are kept as the
//!   original *string* (kustomize itself fails when it converts such a
//!   resource to JSON). In kustomization files they are an error.
//! * Mapping keys in resource files are the key's source text (`1: x` gives
//!   key `"1"`, `0x1F: x` gives `"0x1F"`), like go-yaml v3 decoding into
//!   `map[string]interface{}`. In kustomization files keys are resolved and
//!   re-stringified like sigs.k8s.io/yaml (`yes:` gives `"true"`, `0123:`
//!   gives `"83"`); null keys are an error there.
//! * Complex (collection) keys are an error.
//! * Duplicate keys are an error in resource files (go-yaml v3) but allowed in
//!   kustomization files, the last one winning (go-yaml v2, non-strict).
use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::atomic::{AtomicUsize, Ordering};

use crate::yaml::{Map, Number, Value};
use base64::Engine;
use saphyr_parser::{Event, Parser, ScalarStyle, ScanError, Span, Tag};

use super::resolve::{format_go_float, resolve_plain, Resolved, Schema};

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{origin}:{line}:{column}: {message}")]
pub struct YamlError {
    pub origin: String,
    pub line: usize,
    pub column: usize,
    pub message: String,
}

/// Parse a multi-document YAML (or JSON) stream as kustomize reads resource
/// files (YAML 1.2 core schema with go-yaml v3's quirks). Empty documents
/// (nothing, only comments, or `null`) are dropped. Documents that are not
/// mappings are returned as they are.
pub fn parse_documents(text: &str, origin: &str) -> Result<Vec<Value>, YamlError> {
    parse_documents_as(text, origin)
}

/// [`parse_documents`] into another tree type (`serde_json::Value` for the
/// chart side), converted once after parsing.
pub fn parse_documents_as<V: From<Value>>(text: &str, origin: &str) -> Result<Vec<V>, YamlError> {
    let mut docs = Vec::new();
    parse_stream(text, origin, Schema::V3, false, false, &Lists::default(), &mut |v, _| {
        if !v.is_null() {
            docs.push(V::from(v));
        }
    })?;
    Ok(docs)
}

/// As [`parse_documents`], for patch files: kustomize ignores a repeated
/// mapping key (the first wins) unless the mapping is inside a sequence.
pub fn parse_patch_documents(text: &str, origin: &str) -> Result<Vec<Value>, YamlError> {
    let mut docs = Vec::new();
    let opts = Lists { first_key_wins: true, ..Lists::default() };
    parse_stream(text, origin, Schema::V3, false, false, &opts, &mut |v, _| {
        if !v.is_null() {
            docs.push(v);
        }
    })?;
    Ok(docs)
}

/// A document of a resource file (see [`parse_resource_documents`]).
#[derive(Debug, Clone, PartialEq)]
pub struct ResourceDoc {
    pub value: Value,
    /// Pointers (`/spec/selector/matchLabels`) of map values that are an
    /// empty node (`key:` and nothing), which kustomize's strategic merge
    /// drops from its target where explicit `null`s stay.
    pub empty_nulls: Vec<String>,
    /// Pointers of annotations written as a plain scalar that is not a
    /// string to YAML (`a: 1.0e3`, `b: 0x10`, `c: ~`, `d:`): typed again
    /// when a JSON 6902 patch sends the resource through JSON (see
    /// [`plain_annotation_value`]).
    pub typed_annotations: Vec<String>,
    /// Pointers and source text of plain scalars that YAML types and whose
    /// text is not how their value prints (`0x10`, `.443`, `1.0e3`, `True`,
    /// `2024-01-01`): kustomize keeps the text, which replacements copy.
    pub scalar_texts: Vec<(String, String)>,
    /// The file is this one `List` (or `ResourceList`) document with
    /// `items` or `functionConfig`: kustomize's reader unwraps its items as
    /// documents of their own (annotations keep their source text, empty
    /// values stay what they are in documents). Other lists' items are read
    /// through Go maps and JSON.
    pub unwrapped: bool,
}

/// How the items of `List` documents are read.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
enum ListItems {
    /// As any other value of the document.
    #[default]
    Plain,
    /// As documents (the file is one `List`): annotations are source text.
    Documents,
    /// Through Go maps and JSON: empty values in flow collections are null,
    /// folded scalars are not round-tripped, no pointers of empty values.
    ViaJson,
}

/// Which documents of a stream (by position) are lists, and how to read
/// their items.
#[derive(Clone, Debug, Default)]
struct Lists {
    mode: ListItems,
    docs: Vec<usize>,
    /// Patch files: a repeated mapping key outside any sequence is ignored
    /// (the first one wins), as kustomize reads strategic merge patches.
    first_key_wins: bool,
}

/// kyaml's reader splits a file at lines starting with `---` that follow a
/// line break and end with one; a file without such a line is one value.
fn is_single_value(text: &str) -> bool {
    let mut rest = text;
    while let Some(i) = rest.find("\n---") {
        if rest[i + 4..].contains('\n') {
            return false;
        }
        rest = &rest[i + 4..];
    }
    true
}

fn is_list_with_items(v: &Value) -> bool {
    v.get("kind").and_then(Value::as_str).is_some_and(|k| k.ends_with("List")) && v.get("items").is_some()
}

/// As [`parse_documents`], for resource files: values under
/// `metadata.annotations` of each document (not of a `List`'s items) are
/// their source text, as kustomize writes annotations (`createdAt:` gives
/// `""`, `n: 0x10` gives `"0x10"`, `b: null` gives `"null"`).
pub fn parse_resource_documents(text: &str, origin: &str) -> Result<Vec<ResourceDoc>, YamlError> {
    let mut docs = Vec::new();
    let mut lists = Lists::default();
    let mut ord = 0usize;
    parse_stream(text, origin, Schema::V3, false, true, &Lists::default(), &mut |value, facts| {
        if is_list_with_items(&value) {
            lists.docs.push(ord);
        }
        ord += 1;
        if !value.is_null() {
            let SourceFacts { empty_nulls, typed_annotations, scalar_texts } = facts;
            docs.push(ResourceDoc { value, empty_nulls, typed_annotations, scalar_texts, unwrapped: false });
        }
    })?;
    let unwraps = |v: &Value| {
        v.get("kind").and_then(Value::as_str).is_some_and(|k| k == "List" || k == "ResourceList")
            && (v.get("items").is_some() || v.get("functionConfig").is_some())
    };
    let unwrapped = docs.len() == 1 && unwraps(&docs[0].value) && is_single_value(text);
    if lists.docs.is_empty() {
        if unwrapped {
            docs[0].unwrapped = true;
        }
        return Ok(docs);
    }
    // Lists are rare: read the stream again, their items the way kustomize does.
    lists.mode = if unwrapped { ListItems::Documents } else { ListItems::ViaJson };
    let mut again = Vec::with_capacity(docs.len());
    parse_stream(text, origin, Schema::V3, false, true, &lists, &mut |value, facts| {
        if !value.is_null() {
            let SourceFacts { empty_nulls, typed_annotations, scalar_texts } = facts;
            again.push(ResourceDoc { value, empty_nulls, typed_annotations, scalar_texts, unwrapped });
        }
    })?;
    Ok(again)
}

/// Parse a kustomization file as kustomize reads it (YAML 1.1,
/// sigs.k8s.io/yaml over go-yaml v2). Only the first document is read; an
/// empty or null document gives an empty object.
///
/// Note for callers converting numbers into string fields: sigs.k8s.io/yaml
/// formats floats for string targets with 32-bit precision
/// (`format_go_float(f, true)`).
pub fn parse_kustomization(text: &str, origin: &str) -> Result<Value, YamlError> {
    parse_kustomization_as(text, origin)
}

/// [`parse_kustomization`] into another tree type (`serde_json::Value` for
/// the chart side).
pub fn parse_kustomization_as<V: From<Value>>(text: &str, origin: &str) -> Result<V, YamlError> {
    let mut first: Option<Value> = None;
    parse_stream(text, origin, Schema::V2, true, false, &Lists::default(), &mut |v, _| {
        if first.is_none() {
            first = Some(v);
        }
    })?;
    Ok(V::from(match first {
        None | Some(Value::Null) => Value::Object(Map::new()),
        Some(v) => v,
    }))
}

/// Parse a Helm values file (or Chart.yaml) as Helm reads it:
/// sigs.k8s.io/yaml semantics (YAML 1.1 scalars, keys re-stringified), every
/// document of the stream, empty or null documents dropped.
///
/// The chart side works on `serde_json::Value`: documents are converted once
/// after parsing.
pub fn parse_values_documents(text: &str, origin: &str) -> Result<Vec<serde_json::Value>, YamlError> {
    let mut docs = Vec::new();
    parse_stream(text, origin, Schema::V2, false, false, &Lists::default(), &mut |v: Value, _| {
        if !v.is_null() {
            docs.push(serde_json::Value::from(v));
        }
    })?;
    Ok(docs)
}

/// Upper bound on nodes produced by alias expansion per stream (guards
/// against "billion laughs" inputs; with the byte budget it keeps a document
/// well under 1 GB of memory).
const ALIAS_NODE_BUDGET: usize = 2_000_000;
/// Upper bound on scalar bytes (strings and keys) copied by alias expansion
/// per stream.
const ALIAS_BYTE_BUDGET: usize = 64 << 20;
/// The same budgets for all streams read since [`reset_alias_budget`] (one
/// build): many files each just under the per-stream budget stay bounded too.
const ALIAS_NODE_BUDGET_TOTAL: usize = 4_000_000;
const ALIAS_BYTE_BUDGET_TOTAL: usize = 128 << 20;
static ALIAS_NODES_TOTAL: AtomicUsize = AtomicUsize::new(0);
static ALIAS_BYTES_TOTAL: AtomicUsize = AtomicUsize::new(0);

/// Start a new build-wide alias budget (the pipeline calls this once per build).
pub fn reset_alias_budget() {
    ALIAS_NODES_TOTAL.store(0, Ordering::Relaxed);
    ALIAS_BYTES_TOTAL.store(0, Ordering::Relaxed);
}

/// Take `nodes` and `bytes` from the build-wide budget; false when spent.
fn take_from_build_budget(nodes: usize, bytes: usize) -> bool {
    let n = ALIAS_NODES_TOTAL.fetch_add(nodes, Ordering::Relaxed).saturating_add(nodes);
    let b = ALIAS_BYTES_TOTAL.fetch_add(bytes, Ordering::Relaxed).saturating_add(bytes);
    n <= ALIAS_NODE_BUDGET_TOTAL && b <= ALIAS_BYTE_BUDGET_TOTAL
}

/// Maximum nesting of collections, aliases expanded (go-yaml v3's limit).
use super::MAX_DEPTH;

/// One step from a collection to a child: an index or a key.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Seg {
    Index(usize),
    Key(String),
}

/// What an anchor names. A collection is not copied when it is anchored:
/// the anchor records where it is in the document, and an alias copies it
/// from there (only aliases cost memory).
enum Anchor {
    Owned(Value),
    At(Vec<Seg>),
}

struct PendingKey {
    name: String,
    merge: bool,
    line: usize,
    col: usize,
}

enum Frame {
    Seq {
        items: Vec<Value>,
        anchor: usize,
    },
    Map {
        map: Map<String, Value>,
        key: Option<PendingKey>,
        anchor: usize,
        merges: Vec<(Value, usize, usize)>,
        /// Start of this mapping's key lines in `Builder::key_lines`.
        lines_start: usize,
    },
}

struct Builder<'o> {
    origin: &'o str,
    /// The text being parsed, and the byte offset of each character when
    /// it is not ASCII (built on first use; saphyr's markers count
    /// characters).
    text: &'o str,
    char_offsets: Option<Vec<u32>>,
    /// Whether the text is ASCII (character index = byte index), computed once.
    ascii: Option<bool>,
    /// Markers count bytes, not characters (the fast reader's).
    byte_markers: bool,
    /// Per open collection (resource files): inside a flow collection.
    flow: Vec<bool>,
    schema: Schema,
    anchors: HashMap<usize, Anchor>,
    stack: Vec<Frame>,
    root: Option<Value>,
    alias_nodes: usize,
    alias_bytes: usize,
    /// Line of each explicit key of the open mappings, in insertion order
    /// (for duplicate-key errors); one shared buffer to avoid allocations.
    key_lines: Vec<usize>,
    /// Resource files: annotation values are their source text, folded
    /// scalars come out as kustomize's go-yaml round trip leaves them.
    annotation_text: bool,
    /// Whether the text ends without a line break (see `at_eof`).
    no_final_break: bool,
    /// Its length in characters, counted on first use.
    eof_chars: Option<usize>,
    /// Resource files: pointers of empty map values in this document.
    empty_nulls: Vec<String>,
    /// Resource files: annotations that JSON would type (see `ResourceDoc`).
    typed_annotations: Vec<String>,
    /// Resource files: plain scalars whose text is not their value's (see
    /// `ResourceDoc::scalar_texts`).
    scalar_texts: Vec<(String, String)>,
    /// How the items of which `List` documents are read.
    lists: &'o Lists,
    /// Position of the document being built in the stream.
    doc_no: usize,
    /// Emptied collections of finished frames, kept for their capacity: a
    /// collection is built in one of these and copied out at its exact size,
    /// instead of growing (and shrinking) a new one for every node.
    map_pool: Vec<Map<String, Value>>,
    seq_pool: Vec<Vec<Value>>,
}

/// Nodes, scalar bytes and depth (levels of collections) of a value,
/// without recursion.
fn measure(v: &Value) -> (usize, usize, usize) {
    let (mut nodes, mut bytes, mut depth) = (0usize, 0usize, 0usize);
    let mut todo: Vec<(&Value, usize)> = vec![(v, 0)];
    while let Some((v, d)) = todo.pop() {
        nodes += 1;
        match v {
            Value::Array(a) => {
                depth = depth.max(d + 1);
                todo.extend(a.iter().map(|x| (x, d + 1)));
            }
            Value::Object(m) => {
                depth = depth.max(d + 1);
                for (k, x) in m {
                    bytes += k.len();
                    todo.push((x, d + 1));
                }
            }
            Value::String(s) => bytes += s.len(),
            _ => bytes += 8,
        }
    }
    (nodes, bytes, depth)
}

fn line_col(span: &Span) -> (usize, usize) {
    (span.start.line().max(1), span.start.col() + 1)
}

impl<'o> Builder<'o> {
    fn new(text: &'o str, origin: &'o str, schema: Schema, annotation_text: bool, lists: &'o Lists) -> Builder<'o> {
        // saphyr ends a block scalar that runs to the end of the stream with a
        // line break even when the text has none; go-yaml does not.
        Builder {
            origin,
            text,
            char_offsets: None,
            ascii: None,
            byte_markers: false,
            flow: Vec::new(),
            schema,
            anchors: HashMap::new(),
            stack: Vec::new(),
            root: None,
            alias_nodes: 0,
            alias_bytes: 0,
            key_lines: Vec::new(),
            annotation_text,
            no_final_break: !text.ends_with(['\n', '\r']),
            eof_chars: None,
            empty_nulls: Vec::new(),
            typed_annotations: Vec::new(),
            scalar_texts: Vec::new(),
            lists,
            doc_no: 0,
            map_pool: Vec::new(),
            seq_pool: Vec::new(),
        }
    }

    fn err(&self, line: usize, column: usize, message: impl Into<String>) -> YamlError {
        YamlError { origin: self.origin.to_string(), line, column, message: message.into() }
    }

    fn err_at(&self, span: &Span, message: impl Into<String>) -> YamlError {
        let (l, c) = line_col(span);
        self.err(l, c, message)
    }

    /// Is the next value one of `metadata.annotations` of the document?
    /// (Items of a `List` are not: kustomize reads those through JSON.)
    fn at_annotation_value(&self) -> bool {
        fn key_is(f: &Frame, name: &str) -> bool {
            matches!(f, Frame::Map { key: Some(k), .. } if k.name == name && !k.merge)
        }
        let s = &self.stack;
        if s.len() == 5 && self.in_list_items(ListItems::Documents) {
            return key_is(&s[2], "metadata") && key_is(&s[3], "annotations");
        }
        s.len() == 3 && key_is(&s[0], "metadata") && key_is(&s[1], "annotations")
    }

    /// Is the value being built inside `items` of a list read in this mode?
    fn in_list_items(&self, mode: ListItems) -> bool {
        let s = &self.stack;
        self.lists.mode == mode
            && s.len() >= 2
            && matches!(&s[0], Frame::Map { key: Some(k), .. } if k.name == "items" && !k.merge)
            && matches!(&s[1], Frame::Seq { .. })
            && self.lists.docs.contains(&self.doc_no)
    }

    /// JSON pointer of the value being built.
    fn pointer(&self) -> String {
        let mut p = String::new();
        for f in &self.stack {
            match f {
                Frame::Seq { items, .. } => {
                    p.push('/');
                    p.push_str(&items.len().to_string());
                }
                Frame::Map { key, .. } => {
                    super::push_pointer_key(&mut p, key.as_ref().map(|k| k.name.as_str()).unwrap_or(""));
                }
            }
        }
        p
    }

    /// Are we positioned at a mapping key?
    fn expecting_key(&self) -> bool {
        matches!(self.stack.last(), Some(Frame::Map { key: None, .. }))
    }

    /// Anchor a scalar (copied: scalars are small next to collections).
    fn register_anchor(&mut self, anchor: usize, v: &Value) {
        if anchor > 0 {
            self.anchors.insert(anchor, Anchor::Owned(v.clone()));
        }
    }

    /// Where the child being completed now goes: the open position of every
    /// frame. `None` when a frame's position is a merge key (merge sources
    /// do not stay in the tree).
    fn open_path(&self) -> Option<Vec<Seg>> {
        let mut path = Vec::with_capacity(self.stack.len());
        for f in &self.stack {
            path.push(match f {
                Frame::Seq { items, .. } => Seg::Index(items.len()),
                Frame::Map { key: Some(k), .. } if !k.merge => Seg::Key(k.name.clone()),
                Frame::Map { .. } => return None,
            });
        }
        Some(path)
    }

    /// Anchor a collection that is about to be completed: by position, or
    /// by copy when it is a merge source.
    fn register_collection_anchor(&mut self, anchor: usize, v: &Value) {
        if anchor == 0 {
            return;
        }
        let a = match self.open_path() {
            Some(p) => Anchor::At(p),
            None => Anchor::Owned(v.clone()),
        };
        self.anchors.insert(anchor, a);
    }

    /// The value an anchored position holds now: through the open frames,
    /// then down the completed value.
    fn lookup(&self, path: &[Seg]) -> Option<&Value> {
        let mut i = 0;
        let mut cur: &Value = loop {
            let frame = self.stack.get(i)?;
            let seg = path.get(i)?;
            let open = match (frame, seg) {
                (Frame::Seq { items, .. }, Seg::Index(n)) => *n == items.len(),
                (Frame::Map { key: Some(k), .. }, Seg::Key(name)) => !k.merge && k.name == *name,
                _ => false,
            };
            if open && i + 1 < self.stack.len() {
                i += 1;
                continue;
            }
            break match (frame, seg) {
                (Frame::Seq { items, .. }, Seg::Index(n)) => items.get(*n)?,
                (Frame::Map { map, .. }, Seg::Key(k)) => map.get(k)?,
                _ => return None,
            };
        };
        for seg in &path[i + 1..] {
            cur = match (cur, seg) {
                (Value::Array(a), Seg::Index(n)) => a.get(*n)?,
                (Value::Object(m), Seg::Key(k)) => m.get(k)?,
                _ => return None,
            };
        }
        Some(cur)
    }

    /// A copy of an anchored value for an alias, within the alias budgets
    /// and the depth limit.
    fn alias_value(&mut self, id: usize, span: &Span) -> Result<Value, YamlError> {
        let v = match self.anchors.get(&id) {
            None => return Err(self.err_at(span, "unknown anchor")),
            Some(Anchor::Owned(v)) => v,
            Some(Anchor::At(p)) => match self.lookup(p) {
                Some(v) => v,
                None => return Err(self.err_at(span, "internal error: anchored value not found")),
            },
        };
        let (nodes, bytes, depth) = measure(v);
        let nodes_total = self.alias_nodes.saturating_add(nodes);
        let bytes_total = self.alias_bytes.saturating_add(bytes);
        if nodes_total > ALIAS_NODE_BUDGET || bytes_total > ALIAS_BYTE_BUDGET {
            return Err(self.err_at(span, "document contains excessive aliasing"));
        }
        if self.stack.len() + depth > MAX_DEPTH {
            return Err(self.err_at(span, format!("exceeded max depth of {MAX_DEPTH}")));
        }
        if !take_from_build_budget(nodes, bytes) {
            return Err(self.err_at(span, "document contains excessive aliasing (the build's alias budget is spent)"));
        }
        let v = v.clone();
        self.alias_nodes = nodes_total;
        self.alias_bytes = bytes_total;
        Ok(v)
    }

    /// Before a duplicate key (allowed in kustomization files) replaces a
    /// value, anchors inside that value are copied out: aliases still name
    /// what the anchor was set on.
    fn keep_anchors_of_replaced_value(&mut self) {
        if self.schema != Schema::V2 {
            return;
        }
        let Some(Frame::Map { map, key: Some(k), .. }) = self.stack.last() else { return };
        if k.merge || !map.contains_key(&k.name) {
            return;
        }
        let Some(prefix) = self.open_path() else { return };
        let ids: Vec<usize> = self
            .anchors
            .iter()
            .filter(|(_, a)| matches!(a, Anchor::At(p) if p.starts_with(&prefix)))
            .map(|(id, _)| *id)
            .collect();
        for id in ids {
            let copy = match self.anchors.get(&id) {
                Some(Anchor::At(p)) => self.lookup(p).cloned(),
                _ => None,
            };
            if let Some(v) = copy {
                self.anchors.insert(id, Anchor::Owned(v));
            }
        }
    }

    /// A complete value node (not a key) has been built.
    fn complete(&mut self, v: Value, span: &Span) -> Result<(), YamlError> {
        match self.stack.last_mut() {
            None => {
                self.root = Some(v);
                Ok(())
            }
            Some(Frame::Seq { items, .. }) => {
                items.push(v);
                Ok(())
            }
            Some(Frame::Map { key, .. }) => {
                let Some(k) = key.take() else {
                    return Err(self.err_at(span, "internal error: value without key"));
                };
                self.insert(k, v)
            }
        }
    }

    fn insert(&mut self, k: PendingKey, v: Value) -> Result<(), YamlError> {
        let origin = self.origin;
        let schema = self.schema;
        let first_wins = self.lists.first_key_wins && !self.stack.iter().any(|f| matches!(f, Frame::Seq { .. }));
        let key_lines = &mut self.key_lines;
        let Some(Frame::Map { map, merges, lines_start, .. }) = self.stack.last_mut() else {
            return Ok(());
        };
        if k.merge {
            let ok = match &v {
                Value::Object(_) => true,
                Value::Array(a) => a.iter().all(Value::is_object),
                _ => false,
            };
            if !ok {
                return Err(YamlError {
                    origin: origin.to_string(),
                    line: k.line,
                    column: k.col,
                    message: "map merge requires map or sequence of maps as the value".into(),
                });
            }
            merges.push((v, k.line, k.col));
            return Ok(());
        }
        if map.contains_key(&k.name) {
            if first_wins {
                return Ok(());
            }
            if schema == Schema::V2 {
                // go-yaml v2 (non-strict, as sigs.k8s.io/yaml.Unmarshal): last one wins
                map.insert(k.name, v);
                return Ok(());
            }
            let first_line = map
                .keys()
                .position(|x| *x == k.name)
                .and_then(|i| key_lines.get(*lines_start + i))
                .copied()
                .unwrap_or(0);
            return Err(YamlError {
                origin: origin.to_string(),
                line: k.line,
                column: k.col,
                message: format!(
                    "mapping key {} already defined at line {}",
                    serde_json::to_string(&k.name).unwrap_or_default(),
                    first_line
                ),
            });
        }
        map.insert(k.name, v);
        key_lines.push(k.line);
        Ok(())
    }

    fn key_from_scalar(
        &self,
        text: Cow<'_, str>,
        style: ScalarStyle,
        tag: Option<&Tag>,
        span: &Span,
    ) -> Result<PendingKey, YamlError> {
        let (line, col) = line_col(span);
        let plain = style == ScalarStyle::Plain;
        // A merge key: a plain `<<`, or `<<` tagged `!!merge` (go-yaml v2
        // and v3 both; generated CRDs write `!!merge <<: *anchor`).
        let merge_tag = tag.is_some_and(|t| t.is_yaml_core_schema() && t.suffix == "merge");
        if text == "<<" && ((plain && tag.is_none()) || merge_tag) {
            return Ok(PendingKey { name: String::new(), merge: true, line, col });
        }
        let name = match self.schema {
            Schema::V3 => v3_key(text, plain && tag.is_none()),
            Schema::V2 => {
                let v = self.scalar_value(text, style, tag, span)?;
                self.key_string(v, span)?
            }
        };
        Ok(PendingKey { name, merge: false, line, col })
    }

    /// Turn a resolved key value into a string key.
    fn key_string(&self, v: Value, span: &Span) -> Result<String, YamlError> {
        match v {
            Value::String(s) => Ok(s),
            Value::Bool(b) => Ok(if b { "true".into() } else { "false".into() }),
            Value::Number(n) => {
                if let Some(i) = n.as_i64() {
                    Ok(i.to_string())
                } else if n.is_u64() {
                    match self.schema {
                        Schema::V3 => Ok(n.to_string()),
                        Schema::V2 => Err(self.err_at(span, format!("unsupported map key: {n}"))),
                    }
                } else {
                    let f = n.as_f64().unwrap_or(0.0);
                    Ok(format_go_float(f, self.schema == Schema::V2))
                }
            }
            Value::Null => match self.schema {
                Schema::V3 => Ok(String::new()),
                Schema::V2 => Err(self.err_at(span, "unsupported map key: null")),
            },
            _ => Err(self.err_at(span, "complex mapping keys are not supported")),
        }
    }

    fn scalar_value(
        &self,
        text: Cow<'_, str>,
        style: ScalarStyle,
        tag: Option<&Tag>,
        span: &Span,
    ) -> Result<Value, YamlError> {
        if let Some(tag) = tag {
            if !tag.is_yaml_core_schema() {
                // local / custom / non-specific tags: the text as a string
                return Ok(Value::String(exact(text)));
            }
            let want = tag.suffix.as_str();
            return match want {
                "str" => Ok(Value::String(exact(text))),
                "binary" => {
                    let cleaned: String = text.chars().filter(|c| !c.is_whitespace()).collect();
                    match base64::engine::general_purpose::STANDARD.decode(cleaned.as_bytes()) {
                        Ok(bytes) => Ok(Value::String(String::from_utf8_lossy(&bytes).into_owned())),
                        Err(_) => Err(self.err_at(span, "!!binary value contains invalid base64 data")),
                    }
                }
                "null" | "bool" | "int" | "float" | "timestamp" => {
                    let r = resolve_plain(&text, self.schema);
                    let ok = matches!(
                        (want, &r),
                        ("null", Resolved::Null)
                            | ("bool", Resolved::Bool(_))
                            | ("int", Resolved::Int(_) | Resolved::Uint(_))
                            | ("float", Resolved::Float(_) | Resolved::NonFinite)
                            | ("float", Resolved::Int(_) | Resolved::Uint(_))
                            | ("timestamp", Resolved::Timestamp(_))
                    );
                    if !ok {
                        return Err(self.err_at(span, format!("cannot decode !!str `{}` as a !!{}", text, want)));
                    }
                    let v = self.resolved_to_value(r, text, span)?;
                    if want == "float" {
                        if let Value::Number(n) = &v {
                            if let Some(f) = n.as_f64() {
                                if let Some(n) = Number::from_f64(f) {
                                    return Ok(Value::Number(n));
                                }
                            }
                        }
                    }
                    Ok(v)
                }
                "map" | "seq" => Err(self.err_at(span, format!("cannot decode !!str `{}` as a !!{}", text, want))),
                _ => Ok(Value::String(exact(text))),
            };
        }
        if style != ScalarStyle::Plain {
            return Ok(Value::String(exact(text)));
        }
        let r = resolve_plain(&text, self.schema);
        self.resolved_to_value(r, text, span)
    }

    /// The character at a character index of the text.
    fn char_at(&mut self, index: usize) -> Option<char> {
        let text = self.text;
        let ascii = self.byte_markers || *self.ascii.get_or_insert_with(|| text.is_ascii());
        let byte = if ascii {
            index
        } else {
            let offs = self.char_offsets.get_or_insert_with(|| text.char_indices().map(|(i, _)| i as u32).collect());
            *offs.get(index)? as usize
        };
        text.get(byte..)?.chars().next()
    }

    /// saphyr ends a block scalar that runs to the end of the stream with a
    /// line break even when the text has none; go-yaml does not. True when
    /// the text has no final line break and the marker index is at its end.
    fn at_eof(&mut self, index: usize) -> bool {
        if !self.no_final_break {
            return false;
        }
        let text = self.text;
        let len =
            if self.byte_markers { text.len() } else { *self.eof_chars.get_or_insert_with(|| text.chars().count()) };
        index >= len
    }

    /// go-yaml v3 reads an empty value inside a flow collection (`{a: }`,
    /// `[k: ]`) as the empty string.
    fn empty_in_flow(&self) -> bool {
        self.schema == Schema::V3 && self.flow.last().copied().unwrap_or(false)
    }

    /// Record whether a collection starting at `span` is in flow style.
    fn push_flow(&mut self, span: &Span) {
        if self.schema != Schema::V3 {
            return;
        }
        let outer = self.flow.last().copied().unwrap_or(false);
        let flow = outer || matches!(self.char_at(span.start.index()), Some('{' | '['));
        self.flow.push(flow);
    }

    fn resolved_to_value(&self, r: Resolved, text: Cow<'_, str>, span: &Span) -> Result<Value, YamlError> {
        resolved_value(r, text, self.schema)
            .map_err(|text| self.err_at(span, format!("unsupported value: {text} (not representable in JSON)")))
    }

    fn finish_map(&mut self, span: &Span) -> Result<(), YamlError> {
        let Some(Frame::Map { mut map, anchor, merges, key, lines_start }) = self.stack.pop() else {
            return Err(self.err_at(span, "internal error: unbalanced mapping"));
        };
        if key.is_some() {
            return Err(self.err_at(span, "internal error: mapping ended after a key"));
        }
        self.key_lines.truncate(lines_start);
        for (src, _, _) in merges {
            let sources: Vec<Value> = match src {
                Value::Array(a) => a,
                other => vec![other],
            };
            for s in sources {
                if let Value::Object(m) = s {
                    for (k, v) in m {
                        if !map.contains_key(&k) {
                            map.insert_key(k, v);
                        }
                    }
                }
            }
        }
        // exact capacity: a grown vector keeps up to half its slots empty
        let v = Value::Object(map.take_exact());
        self.map_pool.push(map);
        self.register_collection_anchor(anchor, &v);
        self.complete(v, span)
    }

    fn finish_seq(&mut self, span: &Span) -> Result<(), YamlError> {
        let Some(Frame::Seq { mut items, anchor }) = self.stack.pop() else {
            return Err(self.err_at(span, "internal error: unbalanced sequence"));
        };
        // exact capacity; the buffer stays for the next sequence
        let mut exact = Vec::with_capacity(items.len());
        exact.append(&mut items);
        let v = Value::Array(exact);
        self.seq_pool.push(items);
        self.register_collection_anchor(anchor, &v);
        self.complete(v, span)
    }

    /// Take one event of the stream (`seen` documents so far). At a
    /// document's end the document goes to `sink`, unless an earlier read of
    /// the stream delivered it (`delivered` documents); true when the
    /// reading should stop there (`first_only`).
    fn feed(
        &mut self,
        ev: Event<'_>,
        span: Span,
        seen: &mut usize,
        delivered: &mut usize,
        first_only: bool,
        sink: &mut dyn FnMut(Value, SourceFacts),
    ) -> Result<bool, YamlError> {
        let is_end = matches!(ev, Event::DocumentEnd);
        self.doc_no = *seen;
        self.event(ev, span)?;
        if !is_end {
            return Ok(false);
        }
        let v = self.root.take().unwrap_or(Value::Null);
        *seen += 1;
        if *seen > *delivered {
            *delivered = *seen;
            let facts = SourceFacts {
                empty_nulls: std::mem::take(&mut self.empty_nulls),
                typed_annotations: std::mem::take(&mut self.typed_annotations),
                scalar_texts: std::mem::take(&mut self.scalar_texts),
            };
            sink(v, facts);
        }
        Ok(first_only)
    }

    fn event(&mut self, ev: Event<'_>, span: Span) -> Result<(), YamlError> {
        match ev {
            Event::Scalar(mut text, style, anchor, tag) => {
                if matches!(style, ScalarStyle::Literal | ScalarStyle::Folded)
                    && self.at_eof(span.end.index())
                    && text.ends_with('\n')
                {
                    let mut t = text.into_owned();
                    t.pop();
                    text = Cow::Owned(t);
                }
                if self.expecting_key() {
                    if anchor > 0 {
                        let v = self.scalar_value(Cow::Borrowed(&*text), style, tag.as_deref(), &span)?;
                        self.register_anchor(anchor, &v);
                    }
                    let k = self.key_from_scalar(text, style, tag.as_deref(), &span)?;
                    if let Some(Frame::Map { key, .. }) = self.stack.last_mut() {
                        *key = Some(k);
                    }
                    self.keep_anchors_of_replaced_value();
                } else if self.annotation_text && self.at_annotation_value() {
                    // an empty node comes as a plain `~` with an empty span
                    let empty = style == ScalarStyle::Plain && span.is_empty();
                    if empty && tag.is_none() {
                        let p = self.pointer();
                        self.empty_nulls.push(p);
                    }
                    if style == ScalarStyle::Plain
                        && tag.is_none()
                        && plain_annotation_value(if empty { "" } else { &text }).is_some()
                    {
                        let p = self.pointer();
                        self.typed_annotations.push(p);
                    }
                    let v = Value::String(if empty { String::new() } else { exact(text) });
                    self.register_anchor(anchor, &v);
                    self.complete(v, &span)?;
                } else {
                    let via_json = self.in_list_items(ListItems::ViaJson);
                    // the text a folded scalar's value loses in the round trip
                    let mut folded_text = None;
                    if self.annotation_text && style == ScalarStyle::Folded && tag.is_none() && !via_json {
                        // kustomize's round trip through go-yaml (folded.rs),
                        // when it writes the node out; replacements copy the
                        // text it read
                        if let Some(t) = super::folded::go_round_trip(&text) {
                            folded_text = Some(std::mem::replace(&mut text, Cow::Owned(t)).into_owned());
                        }
                    }
                    let empty = self.annotation_text
                        && !via_json
                        && style == ScalarStyle::Plain
                        && tag.is_none()
                        && span.is_empty()
                        && matches!(self.stack.last(), Some(Frame::Map { .. }));
                    // An empty node in a flow collection: `{a: }`, and `{? q}` or
                    // `[q: ]` where saphyr's span of the empty value is not empty.
                    let empty_flow = style == ScalarStyle::Plain
                        && tag.is_none()
                        && self.empty_in_flow()
                        && (span.is_empty() || (&*text == "~" && self.char_at(span.start.index()) != Some('~')));
                    // the source text of a plain scalar YAML may type (checked below)
                    let typed_text = (self.annotation_text
                        && !via_json
                        && !empty_flow
                        && style == ScalarStyle::Plain
                        && tag.is_none()
                        && may_be_typed(&text))
                    .then(|| text.to_string());
                    let v = if empty_flow {
                        // Go maps read an empty flow value as nil.
                        if via_json {
                            Value::Null
                        } else {
                            Value::String(String::new())
                        }
                    } else {
                        self.scalar_value(text, style, tag.as_deref(), &span)?
                    };
                    if let Some(t) = typed_text.or(folded_text).filter(|t| !prints_as(&v, t)) {
                        let p = self.pointer();
                        self.scalar_texts.push((p, t));
                    }
                    if empty {
                        let p = self.pointer();
                        self.empty_nulls.push(p);
                    }
                    self.register_anchor(anchor, &v);
                    self.complete(v, &span)?;
                }
            }
            Event::Alias(id) => {
                let v = self.alias_value(id, &span)?;
                if self.expecting_key() {
                    let (line, col) = line_col(&span);
                    let name = self.key_string(v, &span)?;
                    if let Some(Frame::Map { key, .. }) = self.stack.last_mut() {
                        *key = Some(PendingKey { name, merge: false, line, col });
                    }
                    self.keep_anchors_of_replaced_value();
                } else {
                    self.complete(v, &span)?;
                }
            }
            Event::SequenceStart(anchor, _) => {
                if self.expecting_key() {
                    return Err(self.err_at(&span, "complex mapping keys are not supported"));
                }
                if self.stack.len() >= MAX_DEPTH {
                    return Err(self.err_at(&span, format!("exceeded max depth of {MAX_DEPTH}")));
                }
                self.push_flow(&span);
                let items = self.seq_pool.pop().unwrap_or_default();
                self.stack.push(Frame::Seq { items, anchor });
            }
            Event::SequenceEnd => {
                self.flow.pop();
                self.finish_seq(&span)?
            }
            Event::MappingStart(anchor, _) => {
                if self.expecting_key() {
                    return Err(self.err_at(&span, "complex mapping keys are not supported"));
                }
                if self.stack.len() >= MAX_DEPTH {
                    return Err(self.err_at(&span, format!("exceeded max depth of {MAX_DEPTH}")));
                }
                self.push_flow(&span);
                let map = self.map_pool.pop().unwrap_or_default();
                self.stack.push(Frame::Map {
                    map,
                    key: None,
                    anchor,
                    merges: Vec::new(),
                    lines_start: self.key_lines.len(),
                });
            }
            Event::MappingEnd => {
                self.flow.pop();
                self.finish_map(&span)?
            }
            Event::DocumentStart(_) => {
                self.empty_nulls.clear();
                self.typed_annotations.clear();
                self.scalar_texts.clear();
                self.flow.clear();
                self.root = None;
                self.stack.clear();
                self.anchors.clear();
                self.key_lines.clear();
            }
            Event::DocumentEnd | Event::StreamStart | Event::StreamEnd | Event::Nothing => {}
        }
        Ok(())
    }
}

/// Can a plain scalar with this text be a number, a boolean or a timestamp
/// whose value prints differently? (A cheap first test: ints written the
/// usual way and `true`/`false` print as written.)
pub(super) fn may_be_typed(text: &str) -> bool {
    let b = text.as_bytes();
    match b.first() {
        Some(b'0'..=b'9' | b'-' | b'+' | b'.') => {
            let digits = b.strip_prefix(b"-").unwrap_or(b);
            // `0`, or no leading zero and short enough to stay an integer
            let plain_int = text == "0"
                || (!digits.is_empty()
                    && digits.len() < 19
                    && digits[0] != b'0'
                    && digits.iter().all(u8::is_ascii_digit));
            !plain_int
        }
        Some(b'T' | b'F') => matches!(text, "True" | "TRUE" | "False" | "FALSE"),
        _ => false,
    }
}

/// Does `v` print as `text` (go-yaml's and Go's forms)?
pub(super) fn prints_as(v: &Value, text: &str) -> bool {
    match v {
        Value::Number(n) => match n.as_f64() {
            Some(f) if n.is_f64() => format_go_float(f, false) == text,
            _ => n.to_string() == text,
        },
        Value::Bool(b) => (if *b { "true" } else { "false" }) == text,
        Value::String(s) => s == text,
        // null, and collections (never from a scalar)
        _ => true,
    }
}

/// What a resource document's source says beyond its value (see
/// [`ResourceDoc`]).
#[derive(Default)]
pub(super) struct SourceFacts {
    pub(super) empty_nulls: Vec<String>,
    pub(super) typed_annotations: Vec<String>,
    pub(super) scalar_texts: Vec<(String, String)>,
}

/// The value go-yaml gives the plain scalar `text` of an annotation when
/// kustomize sends the resource through JSON (a JSON 6902 patch): a number,
/// a boolean, null (also for an empty node), a timestamp in RFC 3339 form.
/// `None` when it is a string (or `.inf`, which JSON cannot carry).
pub fn plain_annotation_value(text: &str) -> Option<Value> {
    Some(match resolve_plain(text, Schema::V3) {
        Resolved::Null => Value::Null,
        Resolved::Bool(b) => Value::Bool(b),
        Resolved::Int(i) => Value::Number(i.into()),
        Resolved::Uint(u) => Value::Number(u.into()),
        Resolved::Float(f) => Value::Number(Number::from_f64(f)?),
        Resolved::Timestamp(ts) => Value::String(ts.to_rfc3339_nano()),
        Resolved::NonFinite | Resolved::Str => return None,
    })
}

fn scan_error(origin: &str, e: &ScanError) -> YamlError {
    let m = e.marker();
    YamlError { origin: origin.to_string(), line: m.line().max(1), column: m.col() + 1, message: e.info().to_string() }
}

fn parse_stream(
    text: &str,
    origin: &str,
    schema: Schema,
    first_only: bool,
    annotation_text: bool,
    lists: &Lists,
    sink: &mut dyn FnMut(Value, SourceFacts),
) -> Result<(), YamlError> {
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    // A last line of only blanks is nothing to go-yaml; saphyr reads it as
    // an empty line of a block scalar that ends the stream.
    let text = text.trim_end_matches([' ', '\t']);
    // Documents already handed to `sink` by an earlier attempt are skipped
    // when a quoted scalar had to be re-indented (see `input.rs`).
    let mut delivered = 0usize;
    let mut fixed: Option<String> = None;
    // Each re-indent fixes one quoted scalar, later in the text than the one
    // before: an error at the same place (or earlier) again means the fix did
    // not help, and the loop must end (it did not for `e: "\n\r"`).
    let mut last_fix: Option<(usize, usize)> = None;
    if use_fast_reader() {
        // Resource and patch files (lists read as plain values): the fast
        // reader straight into the tree; then the general builder.
        let direct = schema == Schema::V3 && !first_only && lists.mode == ListItems::Plain && lists.docs.is_empty();
        if direct && use_direct_builder() {
            let mut d = super::direct::Direct::new(text, annotation_text, lists.first_key_wins, &mut delivered, sink);
            if super::fast::events(text, &mut d).is_ok() {
                return Ok(());
            }
        }
        if parse_stream_fast(text, origin, schema, first_only, annotation_text, lists, &mut delivered, sink) {
            return Ok(());
        }
    }
    loop {
        let cur = fixed.as_deref().unwrap_or(text);
        match parse_stream_once(cur, origin, schema, first_only, annotation_text, lists, &mut delivered, sink) {
            Ok(()) => return Ok(()),
            Err((e, Some(m))) if e.message == super::input::QUOTED_INDENT_MESSAGE => {
                let at = (m.line(), m.col());
                if last_fix.is_some_and(|prev| at <= prev) {
                    return Err(e);
                }
                last_fix = Some(at);
                match super::input::reindent_quoted(cur, m.line(), m.col()) {
                    Some(t) => fixed = Some(t),
                    None => return Err(e),
                }
            }
            Err((e, Some(m))) if e.message == super::input::INDENT_MESSAGE => {
                let at = (m.line(), m.col());
                if last_fix.is_some_and(|prev| at <= prev) {
                    return Err(e);
                }
                last_fix = Some(at);
                match super::input::reindent_flow_end(cur, m.line(), m.col()) {
                    Some(t) => fixed = Some(t),
                    None => return Err(e),
                }
            }
            Err((e, _)) => return Err(e),
        }
    }
}

/// Whether [`parse_stream`] tries the fast reader first (tests compare
/// both readers by turning it off).
fn use_fast_reader() -> bool {
    FAST_READER.with(|f| f.get())
}

thread_local! {
    static FAST_READER: std::cell::Cell<bool> = const { std::cell::Cell::new(true) };
    static DIRECT_BUILDER: std::cell::Cell<bool> = const { std::cell::Cell::new(true) };
}

/// Whether the fast reader feeds resource files straight to the direct
/// builder (`direct.rs`); tests compare it with the general builder.
fn use_direct_builder() -> bool {
    DIRECT_BUILDER.with(|f| f.get())
}

/// Run `f` with one of the switches above off.
#[cfg(test)]
fn with_switch_off<T>(switch: &'static std::thread::LocalKey<std::cell::Cell<bool>>, f: impl FnOnce() -> T) -> T {
    switch.with(|c| c.set(false));
    let out = f();
    switch.with(|c| c.set(true));
    out
}

/// Read without the direct builder (for tests comparing the builders).
#[cfg(test)]
pub(crate) fn without_direct_builder<T>(f: impl FnOnce() -> T) -> T {
    with_switch_off(&DIRECT_BUILDER, f)
}

/// Read with saphyr only (for tests comparing the two readers).
#[cfg(test)]
pub(crate) fn without_fast_reader<T>(f: impl FnOnce() -> T) -> T {
    with_switch_off(&FAST_READER, f)
}

/// [`parse_stream_once`] with the fast reader (`fast.rs`): true when it
/// read the whole stream (or the first document, when that is all that is
/// wanted). False when the text is outside its subset or the tree builder
/// refused an event: the caller then reads with saphyr, which skips the
/// documents already delivered and reports errors with saphyr's positions.
#[allow(clippy::too_many_arguments)]
fn parse_stream_fast(
    text: &str,
    origin: &str,
    schema: Schema,
    first_only: bool,
    annotation_text: bool,
    lists: &Lists,
    delivered: &mut usize,
    sink: &mut dyn FnMut(Value, SourceFacts),
) -> bool {
    use super::fast::Stop;
    let mut seen = 0usize;
    let mut b = Builder::new(text, origin, schema, annotation_text, lists);
    b.byte_markers = true;
    let r = super::fast::events(text, &mut |ev, span| match b.feed(ev, span, &mut seen, delivered, first_only, sink) {
        Ok(false) => Ok(()),
        Ok(true) => Err(Stop::Done),
        Err(_) => Err(Stop::Bail),
    });
    matches!(r, Ok(()) | Err(Stop::Done))
}

#[allow(clippy::too_many_arguments)]
fn parse_stream_once(
    text: &str,
    origin: &str,
    schema: Schema,
    first_only: bool,
    annotation_text: bool,
    lists: &Lists,
    delivered: &mut usize,
    sink: &mut dyn FnMut(Value, SourceFacts),
) -> Result<(), (YamlError, Option<saphyr_parser::Marker>)> {
    let mut seen = 0usize;
    let mut parser = Parser::new(super::input::LineInput::new(text));
    let mut b = Builder::new(text, origin, schema, annotation_text, lists);
    for item in &mut parser {
        let (ev, span) = item.map_err(|e| (scan_error(origin, &e), Some(*e.marker())))?;
        if b.feed(ev, span, &mut seen, delivered, first_only, sink).map_err(|e| (e, None))? {
            break;
        }
    }
    Ok(())
}

/// A resource file's mapping key (go-yaml v3): its text, except that a
/// plain untagged null (`~`, `null`, nothing) decodes to the empty string.
pub(super) fn v3_key(text: Cow<'_, str>, plain_untagged: bool) -> String {
    if plain_untagged && matches!(&*text, "" | "~" | "null" | "Null" | "NULL") {
        String::new()
    } else {
        exact(text)
    }
}

/// The value of a resolved plain scalar; `Err` with the text for a
/// non-finite float in `Schema::V2`, which JSON cannot carry.
pub(super) fn resolved_value(r: Resolved, text: Cow<'_, str>, schema: Schema) -> Result<Value, Cow<'_, str>> {
    Ok(match r {
        Resolved::Null => Value::Null,
        Resolved::Bool(b) => Value::Bool(b),
        Resolved::Int(i) => Value::Number(i.into()),
        Resolved::Uint(u) => Value::Number(u.into()),
        Resolved::Float(f) => match Number::from_f64(f) {
            Some(n) => Value::Number(n),
            None => Value::String(exact(text)),
        },
        Resolved::NonFinite => match schema {
            Schema::V3 => Value::String(exact(text)),
            Schema::V2 => return Err(text),
        },
        Resolved::Timestamp(t) => match schema {
            Schema::V3 => Value::String(t.to_rfc3339_nano()),
            Schema::V2 => Value::String(exact(text)),
        },
        Resolved::Str => Value::String(exact(text)),
    })
}

/// A scalar's text as an owned string of exactly its length: the scanner
/// hands over strings that keep its whole buffer as capacity (129 bytes or
/// more for a one-word value), which a tree of thousands of resources
/// would carry to the end of the build.
pub(super) fn exact(text: Cow<'_, str>) -> String {
    match text {
        Cow::Borrowed(s) => s.to_owned(),
        Cow::Owned(mut s) => {
            s.shrink_to_fit();
            s
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::yaml::json;
    use crate::yaml::to_yaml;

    fn one(text: &str) -> Value {
        let mut d = parse_documents(text, "t.yaml").expect("parse");
        assert_eq!(d.len(), 1, "{d:?}");
        d.remove(0)
    }

    #[test]
    fn resource_documents_note_source_text() {
        let text = "a: 0x10\nb: 16\nc: 1.0e3\nd: True\ne: x\nf: 2024-01-01\ng: >\n  one\n    more\n  back\n\
             h: [012, '0x10', 0]\ni: 1.5\nj: -0\nk: 1.20.3\n";
        let docs = parse_resource_documents(text, "t.yaml").expect("parse");
        let got: Vec<(&str, &str)> = docs[0].scalar_texts.iter().map(|(p, t)| (p.as_str(), t.as_str())).collect();
        assert_eq!(
            got,
            [
                ("/a", "0x10"),
                ("/c", "1.0e3"),
                ("/d", "True"),
                ("/f", "2024-01-01"),
                ("/g", "one\n  more\nback\n"),
                ("/h/0", "012"),
                ("/j", "-0")
            ]
        );
        assert_eq!(docs[0].value["a"], json!(16));
        // nothing for kustomization files
        let docs = parse_documents("a: 0x10\n", "t.yaml").expect("parse");
        assert_eq!(docs[0]["a"], json!(16));
    }

    #[test]
    fn scalars_v3() {
        let v = one("a: 0123\nb: 0x1F\nc: 0o17\nd: 0b101\ne: 1_000\nf: 1.0\ng: 1.5e3\nh: 12345678901234567890\n\
             i: 123456789012345678901234567890\nj: yes\nk: on\nl: y\nm: True\nn: FALSE\no: ~\np: Null\nq:\n\
             r: 2024-01-01\ns: 2001-12-14t21:59:43.10-05:00\nt: '0123'\nu: \"true\"\nv: .inf\nw: -42\nx: .5\n");
        assert_eq!(
            v,
            json!({
                "a": 83, "b": 31, "c": 15, "d": 5, "e": 1000, "f": 1.0, "g": 1500.0,
                "h": 12345678901234567890u64, "i": 1.2345678901234568e29, "j": "yes", "k": "on",
                "l": "y", "m": true, "n": false, "o": null, "p": null, "q": null,
                "r": "2024-01-01T00:00:00Z", "s": "2001-12-14T21:59:43.1-05:00", "t": "0123",
                "u": "true", "v": ".inf", "w": -42, "x": 0.5
            })
        );
    }

    #[test]
    fn kustomization_is_yaml_1_1() {
        let v = parse_kustomization(
            "a: y\nb: yes\nc: off\nd: N\ne: 0123\nf: 2024-01-01\nyes: k\n1.5: f\nnamePrefix: x1\nnamePrefix: x2\n",
            "kustomization.yaml",
        )
        .expect("parse");
        assert_eq!(
            v,
            json!({"a": true, "b": true, "c": false, "d": false, "e": 83, "f": "2024-01-01",
                   "true": "k", "1.5": "f", "namePrefix": "x2"})
        );
        assert_eq!(parse_kustomization("", "k").expect("empty"), json!({}));
        assert_eq!(parse_kustomization("# just a comment\n", "k").expect("c"), json!({}));
        assert!(parse_kustomization("a: .inf\n", "k").is_err());
        assert!(parse_kustomization("~: x\n", "k").is_err());
    }

    #[test]
    fn multi_doc_and_empty_docs() {
        let text = "---\n# comment only\n---\na: 1\n---\n---\nnull\n...\n---\nkind: List\nitems:\n- a: 1\n---\n- x\n---\nplain\n";
        let docs = parse_documents(text, "m.yaml").expect("parse");
        assert_eq!(
            docs,
            vec![json!({"a": 1}), json!({"kind": "List", "items": [{"a": 1}]}), json!(["x"]), json!("plain")]
        );
        assert!(parse_documents("", "e").expect("e").is_empty());
        assert!(parse_documents("# nothing\n\n", "e").expect("e").is_empty());
        assert!(parse_documents("---\n---\n", "e").expect("e").is_empty());
        // BOM and CRLF
        assert_eq!(parse_documents("\u{FEFF}a: 1\r\nb: x\r\n", "b").expect("b"), vec![json!({"a": 1, "b": "x"})]);
    }

    #[test]
    fn json_input() {
        let docs = parse_documents(
            "{\"apiVersion\":\"v1\",\"kind\":\"ConfigMap\",\"data\":{\"a\":\"1\",\"b\":[1,2.5,true,null]}}\n",
            "j.json",
        )
        .expect("parse");
        assert_eq!(
            docs,
            vec![json!({"apiVersion": "v1", "kind": "ConfigMap", "data": {"a": "1", "b": [1, 2.5, true, null]}})]
        );
    }

    #[test]
    fn every_key_is_kept() {
        // Key order is not kept (the emitter sorts keys as kustomize does).
        let v = one("z: 1\na: 2\nm: 3\n");
        let mut keys: Vec<&str> = v.as_object().map(|m| m.keys().map(|k| k.as_str()).collect()).unwrap_or_default();
        keys.sort();
        assert_eq!(keys, ["a", "m", "z"]);
    }

    #[test]
    fn anchors_aliases_merge() {
        let v = one("base: &b\n  x: 1\n  y: 2\nother: &o\n  y: 20\n  z: 30\nlist: &l [1, 2]\n\
             use:\n  <<: [*b, *o]\n  x: 10\ncopy: *l\nk: &s str\nref: *s\nsingle:\n  <<: *b\n");
        assert_eq!(
            v,
            json!({
                "base": {"x": 1, "y": 2}, "other": {"y": 20, "z": 30}, "list": [1, 2],
                "use": {"x": 10, "y": 2, "z": 30}, "copy": [1, 2], "k": "str", "ref": "str",
                "single": {"x": 1, "y": 2}
            })
        );
        let e = parse_documents("a:\n  <<: 5\n", "m.yaml").expect_err("bad merge");
        assert_eq!((e.line, e.column), (2, 3));
    }

    #[test]
    fn merge_keys_tagged_merge() {
        // `!!merge <<` is a merge key as a plain `<<` is (generated CRDs
        // write it); a quoted `"<<"` without the tag is a plain key.
        let text = "p: &p {k: v, z: w}\nt:\n  !!merge <<: *p\n  z: local\n\
                    q:\n  !!merge \"<<\": [*p, {m: o}]\nr:\n  \"<<\": 1\n";
        let want = json!({
            "p": {"k": "v", "z": "w"}, "t": {"k": "v", "z": "local"},
            "q": {"k": "v", "z": "w", "m": "o"}, "r": {"<<": 1}
        });
        assert_eq!(one(text), want);
        let v = parse_values_documents(text, "values.yaml").expect("values");
        assert_eq!(v.len(), 1);
        assert_eq!(serde_json::to_string(&v[0]).ok(), serde_json::to_string(&want).ok());
    }

    #[test]
    fn errors_carry_position() {
        let e = parse_documents("a: 1\nb: 2\na: 3\n", "dup.yaml").expect_err("dup");
        assert_eq!((e.origin.as_str(), e.line, e.column), ("dup.yaml", 3, 1));
        assert_eq!(e.message, "mapping key \"a\" already defined at line 1");
        assert_eq!(e.to_string(), "dup.yaml:3:1: mapping key \"a\" already defined at line 1");

        let e = parse_documents("a: 1\nb:\n  c: [1, 2\n", "f.yaml").expect_err("flow");
        assert_eq!(e.origin, "f.yaml");
        assert!(e.line >= 3, "{e}");

        let e = parse_documents("spec:\n  selector:\n    app: x\n    - name: http\n", "s.yaml").expect_err("bad block");
        assert_eq!(e.line, 4, "{e}");
        assert!(e.column >= 1);

        let e = parse_documents("a: *nope\n", "u.yaml").expect_err("unknown alias");
        assert_eq!(e.line, 1, "{e}");
    }

    #[test]
    fn tags() {
        let v = one("a: !!str 123\nb: !!int \"42\"\nc: !custom 7\nd: !!float 1\ne: !!binary aGVsbG8=\n");
        assert_eq!(v, json!({"a": "123", "b": 42, "c": "7", "d": 1.0, "e": "hello"}));
        assert!(parse_documents("a: !!int abc\n", "t").is_err());
    }

    #[test]
    fn non_string_keys_v3() {
        let v = one("1: a\n0x1F: b\ntrue: c\n\"q\": d\n");
        assert_eq!(v, json!({"1": "a", "0x1F": "b", "true": "c", "q": "d"}));
    }

    #[test]
    fn deep_nesting_is_refused() {
        // Deep trees are dropped recursively: use a thread with room for it.
        let t = std::thread::Builder::new().stack_size(64 << 20).spawn(|| {
            // `- - - x`: one block sequence per `- ` (flow nesting stops at 255 in the scanner).
            let deep = |n: usize| format!("{}x\n", "- ".repeat(n));
            assert!(parse_documents(&deep(MAX_DEPTH), "ok.yaml").is_ok());
            let e = parse_documents(&deep(MAX_DEPTH + 1), "deep.yaml").expect_err("too deep");
            assert_eq!(e.message, "exceeded max depth of 10000", "{e}");
            assert!(parse_documents(&"[".repeat(100_000), "flow.yaml").is_err());
        });
        t.unwrap().join().unwrap();
    }

    #[test]
    fn billion_laughs_is_refused() {
        let mut text = String::from("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for i in 1..9 {
            let p = i - 1;
            text.push_str(&format!(
                "a{i}: &a{i} [*a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}]\n"
            ));
        }
        assert!(parse_documents(&text, "bomb.yaml").is_err());
    }

    #[test]
    fn garbage_never_panics() {
        let inputs = [
            "",
            "-",
            ":",
            "? ",
            "- - -",
            "{",
            "[",
            "]",
            "}",
            "a: [}",
            "&a",
            "*a",
            "!",
            "!!",
            "%YAML 1.2\n---\n",
            "a: |\n  x\n b",
            "\t",
            "a:\tb",
            "'",
            "\"\\x\"",
            "a: 'b\n",
            "key: @",
            "- &a\n- *a",
            "<<: *x",
            "\u{0}",
            "a: \u{1}",
            "---\n...\n...\n",
            ">\n\n",
            "|-9",
            "? [a]: b",
            "[a]: b",
        ];
        for s in inputs {
            let _ = parse_documents(s, "g");
            let _ = parse_kustomization(s, "g");
            if let Ok(docs) = parse_documents(s, "g") {
                for d in docs {
                    let _ = to_yaml(&d);
                }
            }
        }
    }

    /// kustomize output is a fixed point: reading it and writing it back gives
    /// the same bytes.
    #[test]
    fn round_trip_kustomize_output() {
        let text = r#"apiVersion: v1
data:
  ENABLED: "yes"
  HTML: <b>&</b>
  ZIP: "0123"
  app.properties: |
    greeting=hello
    port=8080
  colon: 'a: b'
  empty: ""
  ending-space: "line1 \nline2\n"
  longline: aaaaaaaaaa bbbbbbbbbb cccccccccc dddddddddd eeeeeeeeee ffffffffff gggggggggg
    hhhhhhhhhh iiiiiiiiii jjjjjjjjjj
  nonl: |-
    line1
    line2
  spaces: '  leading spaces'
  tabbed: "a\tb"
  tilde: "~"
  unicode: héllo ☃
kind: ConfigMap
metadata:
  name: dev-app-config-fdhkh5f742
---
apiVersion: example.com/v1
kind: Widget
metadata:
  name: nums
spec:
  base60: "1:20"
  bigint: 12345678901234567890
  booly: "yes"
  ctrl: "a\x01b"
  date: "2024-01-01T00:00:00Z"
  emoji: "\U0001F600"
  empty: null
  emptylist: []
  emptymap: {}
  float3: 1e-06
  hugeint: 1.2345678901234568e+29
  indented: |2
      a
    b
  leadnl: |2-

    abc
  list:
  - a
  - - nested
    - list
  - a: b
    k: v
  - []
  - {}
  longq: 'aaaaaaaaaa bbbbbbbbbb cccccccccc dddddddddd eeeeeeeeee ffffffffff gggggggggg
    hhhhhhhhhh: iiiiiiiiii jjjjjjjjjj'
  multi_trailing_nl: |+
    a

  onlynl: |2+

  q: ?x
  star: '*x'
  ts: "2001-12-14T21:59:43.1-05:00"
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: dev-web
spec:
  template:
    spec:
      containers:
      - args:
        - --port
        - "8080"
        command:
        - sh
        - -c
        - |
          while true; do
            echo hi
          done
        image: busybox@sha256:0000000000000000000000000000000000000000000000000000000000000000
        name: sidecar
"#;
        let docs = parse_documents(text, "oracle.yaml").expect("parse");
        assert_eq!(docs.len(), 3);
        let mut out = String::new();
        for (i, d) in docs.iter().enumerate() {
            if i > 0 {
                out.push_str("---\n");
            }
            crate::yaml::to_yaml_into(d, &mut out);
        }
        assert_eq!(out, text);
    }

    #[test]
    fn input_styles_normalised() {
        let text = "kind: ConfigMap\napiVersion: v1\ndata:\n  folded: >\n    this is folded\n    text here\n  \
                    flow: {cpu: 500m, b: [\"a\", 'b']}\n  octal: 0123\n  booly: yes\n  n: 1.0\n";
        let v = one(text);
        assert_eq!(
            to_yaml(&v),
            "apiVersion: v1\ndata:\n  booly: \"yes\"\n  flow:\n    b:\n    - a\n    - b\n    cpu: 500m\n  \
             folded: |\n    this is folded text here\n  \"n\": 1\n  octal: 83\nkind: ConfigMap\n"
        );
    }

    #[test]
    fn quoted_scalar_with_a_carriage_return_line_ends() {
        // Found by fuzzing (fuzz/fuzz_targets/kustomization.rs): the
        // re-indent retry looped forever on a `\r` line in a quoted scalar.
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let _ = tx.send((
                parse_kustomization("e: \"\n\r\"", "k.yaml").is_ok(),
                parse_documents("e: \"\n\r\"", "r.yaml").is_ok(),
            ));
        });
        let done = rx.recv_timeout(std::time::Duration::from_secs(20));
        assert!(done.is_ok(), "parsing did not end");
    }
}
