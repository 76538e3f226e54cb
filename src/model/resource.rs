use crate::yaml::{Key, Map, Value};

use super::resid::{Gvk, ResId};

/// How a generated resource combines with one of the same id from a base.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Behavior {
    #[default]
    Unspecified,
    Create,
    Merge,
    Replace,
}

impl Behavior {
    pub fn parse(s: &str) -> Option<Behavior> {
        match s {
            "" => Some(Behavior::Unspecified),
            "create" => Some(Behavior::Create),
            "merge" => Some(Behavior::Merge),
            "replace" => Some(Behavior::Replace),
            _ => None,
        }
    }
}

/// Where a resource came from (`path`, `repo`, `configuredIn`, ...: the
/// `config.kubernetes.io/origin` fields), shared by the resources of one file
/// or one generator; changed copy-on-write (`Arc::make_mut`).
pub type Origin = std::sync::Arc<Value>;

static NEXT_UID: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);

/// One KRM object plus what the build remembers about it (never printed).
#[derive(Clone, Debug)]
pub struct Resource {
    /// Identity that survives renames (copies share it): lets vars and
    /// plugins find "the same resource" after transformers ran.
    pub uid: u64,
    /// The object itself; always a JSON/YAML mapping.
    pub obj: Value,
    /// Id when the resource entered the build, before any renaming (boxed:
    /// read rarely, and a smaller `Resource` is cheaper to move; the build
    /// moves every resource between vectors several times).
    pub orig_id: Box<ResId>,
    /// Ids this resource had before each rename, oldest first.
    pub prev_ids: Vec<ResId>,
    /// Generator behaviour (create/merge/replace) for generated resources.
    pub behavior: Behavior,
    /// Generated resources get a content hash appended to their name at the end of the build.
    pub needs_hash: bool,
    /// Build annotations (origin, transformations) collected for `buildMetadata`.
    pub origin: Option<Origin>,
    /// Names of the `vars:` bound to this resource (kustomize's refVarNames):
    /// a var reads its value from the first resource that carries its name.
    pub ref_vars: Vec<String>,
    /// Name prefixes applied so far, innermost (first applied) first.
    pub name_prefixes: Vec<String>,
    /// Name suffixes applied so far, innermost first.
    pub name_suffixes: Vec<String>,
    /// `metadata.name`/`namespace` given as a number or boolean: the build
    /// works on their text, and the original scalar is written back at the
    /// end if the text did not change (kustomize keeps `name: 1` a number).
    pub scalar_meta: Vec<(&'static str, Value)>,
    /// JSON pointers of map values written as an empty node in the source
    /// file (`key:`): kustomize's strategic merge drops them from its target
    /// (see `transform::smp::drop_empty_nulls`). Cleared once used.
    pub empty_nulls: Vec<String>,
    /// Pointers of annotations JSON would type (see
    /// `yaml::ResourceDoc::typed_annotations`). Cleared once used.
    pub typed_annotations: Vec<String>,
    /// Scalars whose YAML node kustomize keeps in a form the value does not
    /// tell (see [`ScalarNote`]); usually empty.
    pub scalar_notes: Vec<ScalarNote>,
}

/// A scalar whose YAML node says more than its value: the text it was
/// written with (`0x10`, `.443`, `1.0e3`, `True`: kustomize keeps the text
/// and copies it in replacements, while the value prints as `16`), or a node
/// without a tag (one a transformer set: its type follows from its text,
/// so writing `1` into it gives a number). Only replacements read notes; a
/// note whose scalar changed since is stale and ignored.
#[derive(Clone, Debug, PartialEq)]
pub struct ScalarNote {
    /// JSON pointer of the scalar.
    pub pointer: String,
    /// The value it had when noted.
    pub value: Value,
    /// The node's text.
    pub text: String,
    /// The node has no tag (plain style): its type is resolved from the text.
    pub untagged: bool,
}

/// The current id of a resource's object (what [`Resource::cur_id`] gives),
/// for code that holds the object apart from its resource.
pub fn id_of(obj: &Value) -> ResId {
    let [api_version, kind, name, namespace] = id_parts(obj);
    ResId::new(Gvk::from_api_version(api_version, kind), name, namespace)
}

/// An object's `apiVersion`, `kind`, `metadata.name` and
/// `metadata.namespace` (each `""` when missing or not a string), with
/// `metadata` looked up once.
pub fn id_parts(obj: &Value) -> [&str; 4] {
    let Some(o) = obj.as_object() else {
        return [""; 4];
    };
    fn s(v: Option<&Value>) -> &str {
        v.and_then(Value::as_str).unwrap_or("")
    }
    let meta = o.get("metadata").and_then(Value::as_object);
    [
        s(o.get("apiVersion")),
        s(o.get("kind")),
        s(meta.and_then(|m| m.get("name"))),
        s(meta.and_then(|m| m.get("namespace"))),
    ]
}

impl Resource {
    /// The note on the scalar at `pointer` whose value is `value`, if any.
    pub fn scalar_note(&self, pointer: &str, value: &Value) -> Option<&ScalarNote> {
        self.scalar_notes.iter().find(|n| n.pointer == pointer && n.value == *value)
    }

    /// Replace the note at `pointer` (none when `note` is `None`).
    pub fn set_scalar_note(&mut self, pointer: &str, note: Option<ScalarNote>) {
        self.scalar_notes.retain(|n| n.pointer != pointer);
        if let Some(note) = note {
            // most resources get one note at most: no room for four
            self.scalar_notes.reserve_exact(1);
            self.scalar_notes.push(note);
        }
    }
}

impl Resource {
    /// Where the resource came from, for error messages: its file (relative
    /// to the top kustomization, with the repository for remote ones) or
    /// the generator or plugin that made it; `None` when unknown.
    pub fn source(&self) -> Option<String> {
        let o = self.origin.as_ref()?;
        let s = |k: &str| o.get(k).and_then(Value::as_str);
        if let Some(path) = s("path") {
            return Some(match s("repo") {
                Some(repo) => format!("{path} in {repo}"),
                None => path.to_string(),
            });
        }
        let by = o.get("configuredBy").and_then(|b| b.get("kind")).and_then(Value::as_str)?;
        Some(match s("configuredIn") {
            Some(file) => format!("{by} configured in {file}"),
            None => by.to_string(),
        })
    }

    /// `Kind/name` (with the namespace) and, when known, where it came from:
    /// how errors about one resource name it.
    pub fn describe(&self) -> String {
        match self.source() {
            Some(src) => format!("{} from {src}", self.cur_id()),
            None => self.cur_id().to_string(),
        }
    }

    /// Wrap an object. The caller has checked it is a mapping.
    pub fn new(obj: Value) -> Resource {
        let mut r = Resource {
            uid: NEXT_UID.fetch_add(1, std::sync::atomic::Ordering::Relaxed),
            obj,
            orig_id: Box::default(),
            prev_ids: Vec::new(),
            behavior: Behavior::Unspecified,
            needs_hash: false,
            origin: None,
            ref_vars: Vec::new(),
            name_prefixes: Vec::new(),
            name_suffixes: Vec::new(),
            scalar_meta: Vec::new(),
            empty_nulls: Vec::new(),
            typed_annotations: Vec::new(),
            scalar_notes: Vec::new(),
        };
        r.read_scalar_meta();
        *r.orig_id = r.cur_id();
        r
    }

    /// Turn a numeric or boolean `metadata.name`/`namespace` into its text,
    /// remembering the original.
    pub fn read_scalar_meta(&mut self) {
        let Some(Value::Object(meta)) = self.obj.get_mut("metadata") else {
            return;
        };
        for field in ["name", "namespace"] {
            let Some(text) = meta.get(field).and_then(scalar_meta_text) else {
                continue;
            };
            if let Some(orig) = meta.insert(field.to_string(), Value::String(text)) {
                self.scalar_meta.push((field, orig));
            }
        }
    }

    /// Write back numeric or boolean names left unchanged by the build.
    pub fn restore_scalar_meta(&mut self) {
        let originals = std::mem::take(&mut self.scalar_meta);
        let Some(Value::Object(meta)) = self.obj.get_mut("metadata") else {
            return;
        };
        for (field, orig) in originals {
            let Some(text) = scalar_meta_text(&orig) else {
                continue;
            };
            let Some(now) = meta.get(field).and_then(Value::as_str) else {
                continue;
            };
            // the same text, or text YAML reads as the same value (a
            // renamed plain scalar, see `transform::prefix_suffix`)
            if now == text || crate::yaml::plain_annotation_value(now).as_ref() == Some(&orig) {
                meta.insert(field.to_string(), orig);
            }
        }
    }

    pub fn str_at(&self, path: &[&str]) -> Option<&str> {
        get_path(&self.obj, path).and_then(Value::as_str)
    }

    pub fn api_version(&self) -> &str {
        self.str_at(&["apiVersion"]).unwrap_or("")
    }

    pub fn kind(&self) -> &str {
        self.str_at(&["kind"]).unwrap_or("")
    }

    pub fn name(&self) -> &str {
        self.str_at(&["metadata", "name"]).unwrap_or("")
    }

    pub fn namespace(&self) -> &str {
        self.str_at(&["metadata", "namespace"]).unwrap_or("")
    }

    pub fn gvk(&self) -> Gvk {
        Gvk::from_api_version(self.api_version(), self.kind())
    }

    pub fn cur_id(&self) -> ResId {
        id_of(&self.obj)
    }

    /// Remember an id this resource had (before a rename or a move). The
    /// list grows one at a time: most resources are renamed once or twice,
    /// and a first push would otherwise make room for four ids.
    pub fn push_prev_id(&mut self, id: ResId) {
        self.prev_ids.reserve_exact(1);
        self.prev_ids.push(id);
    }

    /// Every id this resource has had, the current one last.
    pub fn all_ids(&self) -> impl Iterator<Item = ResId> + '_ {
        self.prev_ids.iter().cloned().chain(std::iter::once(self.cur_id()))
    }

    /// Rename, remembering the id it had before. A name given as a
    /// `String` is moved in; the old name moves into the id remembered.
    pub fn set_name(&mut self, name: impl AsRef<str> + Into<String>) {
        let slot = self.obj.get_mut("metadata").and_then(|m| m.get_mut("name"));
        if let Some(Value::String(old)) = slot {
            if *old == name.as_ref() {
                return;
            }
            let old = std::mem::replace(old, name.into());
            let [api_version, kind, _, namespace] = id_parts(&self.obj);
            let gvk = Gvk::from_api_version(api_version, kind);
            let id = ResId { gvk, name: old, namespace: namespace.to_string() };
            self.push_prev_id(id);
            return;
        }
        // no name yet, or one that is not a string
        if self.name() == name.as_ref() {
            return;
        }
        self.push_prev_id(self.cur_id());
        set_path(&mut self.obj, &["metadata", "name"], Value::String(name.into()));
    }

    /// Move to another namespace, remembering the id it had before.
    pub fn set_namespace(&mut self, ns: &str) {
        if self.namespace() == ns {
            return;
        }
        self.push_prev_id(self.cur_id());
        set_path(&mut self.obj, &["metadata", "namespace"], Value::String(ns.to_string()));
    }

    /// `metadata.<field>` as a mutable string map, created when missing.
    pub fn meta_map_mut(&mut self, field: &str) -> &mut Map<String, Value> {
        let meta = object_entry(&mut self.obj, "metadata");
        let v = object_entry(meta, field);
        match v {
            Value::Object(m) => m,
            _ => unreachable!("object_entry always yields an object"),
        }
    }

    pub fn labels(&self) -> Option<&Map<String, Value>> {
        get_path(&self.obj, &["metadata", "labels"]).and_then(Value::as_object)
    }

    pub fn annotations(&self) -> Option<&Map<String, Value>> {
        get_path(&self.obj, &["metadata", "annotations"]).and_then(Value::as_object)
    }

    /// True when the name was left for the build to fill (empty name), or not.
    pub fn has_name(&self) -> bool {
        !self.name().is_empty()
    }
}

/// The text of a numeric or boolean name (a float, which only JSON patches
/// give, as Go writes it: `1000`, `1.5`).
fn scalar_meta_text(v: &Value) -> Option<String> {
    match v {
        Value::Number(n) if n.is_f64() => Some(crate::yaml::format_go_float(n.as_f64().unwrap_or_default(), false)),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

/// Follow mapping keys; `None` when any step is missing or not a mapping.
pub fn get_path<'a>(v: &'a Value, path: &[&str]) -> Option<&'a Value> {
    let mut cur = v;
    for k in path {
        cur = cur.as_object()?.get(*k)?;
    }
    Some(cur)
}

/// Set a value, creating (or replacing non-mapping) intermediate mappings.
pub fn set_path(v: &mut Value, path: &[&str], val: Value) {
    let Some((last, parents)) = path.split_last() else {
        *v = val;
        return;
    };
    let mut cur = v;
    for k in parents {
        cur = object_entry(cur, k);
    }
    if !cur.is_object() {
        *cur = Value::Object(Map::new());
    }
    if let Value::Object(m) = cur {
        m.insert_key(Key::new(last), val);
    }
}

/// The mapping under `key`, created (replacing a non-mapping value) when needed.
pub fn object_entry<'a>(v: &'a mut Value, key: &str) -> &'a mut Value {
    if !v.is_object() {
        *v = Value::Object(Map::new());
    }
    let Value::Object(m) = v else { unreachable!() };
    let e = m.entry(key).or_insert_with(|| Value::Object(Map::new()));
    if !e.is_object() {
        *e = Value::Object(Map::new());
    }
    e
}

#[cfg(test)]
mod tests {

    #[test]
    fn describe_names_the_source() {
        let mut r =
            Resource::new(crate::yaml::json!({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "x"}}));
        assert_eq!(r.describe(), "ConfigMap.v1.[noGrp]/x.[noNs]");
        r.origin = Some(crate::yaml::json!({"path": "base/cm.yaml"}).into());
        assert_eq!(r.describe(), "ConfigMap.v1.[noGrp]/x.[noNs] from base/cm.yaml");
        r.origin = Some(crate::yaml::json!({"path": "cm.yaml", "repo": "https://example.com/r"}).into());
        assert_eq!(r.source().as_deref(), Some("cm.yaml in https://example.com/r"));
        r.origin = Some(
            crate::yaml::json!({"configuredIn": "kustomization.yaml",
            "configuredBy": {"apiVersion": "builtin", "kind": "ConfigMapGenerator"}})
            .into(),
        );
        assert_eq!(r.source().as_deref(), Some("ConfigMapGenerator configured in kustomization.yaml"));
    }

    use super::*;
    use crate::yaml::json;

    #[test]
    fn rename_keeps_history() {
        let mut r = Resource::new(json!({"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"a"}}));
        r.set_name("p-a");
        r.set_namespace("ns");
        assert_eq!(r.name(), "p-a");
        assert_eq!(r.orig_id.name, "a");
        let names: Vec<String> = r.all_ids().map(|i| i.name).collect();
        assert_eq!(names, ["a", "p-a", "p-a"]);
    }

    #[test]
    fn numeric_names_are_text_during_the_build() {
        let mut r = Resource::new(json!({"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":1}}));
        assert_eq!(r.name(), "1");
        assert_eq!(r.orig_id.name, "1");
        let mut kept = r.clone();
        kept.restore_scalar_meta();
        assert_eq!(kept.obj["metadata"]["name"], json!(1));
        r.set_name("p-1");
        r.restore_scalar_meta();
        assert_eq!(r.obj["metadata"]["name"], json!("p-1"));
    }

    #[test]
    fn meta_map_created() {
        let mut r = Resource::new(json!({"kind":"X","metadata":{"labels":"bad"}}));
        r.meta_map_mut("labels").insert("a".into(), json!("b"));
        assert_eq!(r.labels().and_then(|m| m.get("a")), Some(&json!("b")));
    }
}
