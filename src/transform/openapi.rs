//! `openapi:` — which OpenAPI schema strategic-merge patches use, so custom
//! kinds can get merge keys and patch strategies.
//!
//! Behaviour of kustomize v5.7.1 (measured against `kubectl kustomize`):
//! - `openapi: {path: schema.json}` names an OpenAPI v2 document (JSON or
//!   YAML). Its `definitions` give, per definition, the fields' `$ref`s,
//!   `items`, `additionalProperties`, `x-kubernetes-patch-strategy`,
//!   `x-kubernetes-patch-merge-key` and `x-kubernetes-list-map-keys`;
//!   `x-kubernetes-group-version-kind` makes a definition the root of kinds.
//! - `openapi: {version: v1.21.2}` selects the built-in schema, the only one
//!   kustomize has; any other version is "the specified OpenAPI version is
//!   not built in". `path` and `version` together are an error; the `path`
//!   file is read (and must exist) before that check.
//! - The schema is one setting for the whole build. The top kustomization
//!   sets it first; a base or component (including one reached through an
//!   overlay) sets it only when nothing has set it yet, so the first one
//!   met in accumulation order wins and an overlay's own setting always does.
//!   A base's `path` file is still read (and must exist) when ignored.
//! - The schema is loaded lazily, when the first strategic merge patch is
//!   applied: with no setting, the built-in schema; with a custom file, the
//!   file's definitions *replace* the built-in ones, so built-in kinds lose
//!   their merge keys — unless the built-in schema was already loaded by an
//!   earlier patch, in which case the custom definitions are added to it
//!   (overriding definitions of the same name). Loading a resource of a kind
//!   the built-in schema does not know (a CRD's kind) also loads the schema:
//!   kustomize looks up whether the kind is namespaced.
use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};

use crate::transform::error::{bail, Context, Result};
use crate::yaml::Value;

use super::smp::{FieldSchema, Schema, Shape};
use crate::model::Gvk;

/// The only `openapi.version` kustomize has built in.
pub const BUILTIN_VERSION: &str = "v1.21.2";

const DEFINITIONS_REF: &str = "#/definitions/";
const GVK_EXT: &str = "x-kubernetes-group-version-kind";
const STRATEGY_EXT: &str = "x-kubernetes-patch-strategy";
const MERGE_KEY_EXT: &str = "x-kubernetes-patch-merge-key";
const LIST_MAP_KEYS_EXT: &str = "x-kubernetes-list-map-keys";

/// Group/versions Kubernetes v1.21 serves (kustomize's built-in schema).
const BUILTIN_GROUP_VERSIONS: &[&str] = &[
    "v1",
    "admissionregistration.k8s.io/v1",
    "admissionregistration.k8s.io/v1beta1",
    "apiextensions.k8s.io/v1",
    "apiextensions.k8s.io/v1beta1",
    "apiregistration.k8s.io/v1",
    "apiregistration.k8s.io/v1beta1",
    "apps/v1",
    "authentication.k8s.io/v1",
    "authentication.k8s.io/v1beta1",
    "authorization.k8s.io/v1",
    "authorization.k8s.io/v1beta1",
    "autoscaling/v1",
    "autoscaling/v2beta1",
    "autoscaling/v2beta2",
    "batch/v1",
    "batch/v1beta1",
    "certificates.k8s.io/v1",
    "certificates.k8s.io/v1beta1",
    "coordination.k8s.io/v1",
    "coordination.k8s.io/v1beta1",
    "discovery.k8s.io/v1",
    "discovery.k8s.io/v1beta1",
    "events.k8s.io/v1",
    "events.k8s.io/v1beta1",
    "extensions/v1beta1",
    "flowcontrol.apiserver.k8s.io/v1alpha1",
    "flowcontrol.apiserver.k8s.io/v1beta1",
    "internal.apiserver.k8s.io/v1alpha1",
    "networking.k8s.io/v1",
    "networking.k8s.io/v1beta1",
    "node.k8s.io/v1",
    "node.k8s.io/v1alpha1",
    "node.k8s.io/v1beta1",
    "policy/v1",
    "policy/v1beta1",
    "rbac.authorization.k8s.io/v1",
    "rbac.authorization.k8s.io/v1alpha1",
    "rbac.authorization.k8s.io/v1beta1",
    "scheduling.k8s.io/v1",
    "scheduling.k8s.io/v1alpha1",
    "scheduling.k8s.io/v1beta1",
    "storage.k8s.io/v1",
    "storage.k8s.io/v1alpha1",
    "storage.k8s.io/v1beta1",
];

/// Kinds of Kubernetes v1.21 (in any of its group/versions).
const BUILTIN_KINDS: &[&str] = &[
    "APIService",
    "Binding",
    "CSIDriver",
    "CSINode",
    "CSIStorageCapacity",
    "CertificateSigningRequest",
    "ClusterRole",
    "ClusterRoleBinding",
    "ComponentStatus",
    "ConfigMap",
    "ControllerRevision",
    "CronJob",
    "CustomResourceDefinition",
    "DaemonSet",
    "Deployment",
    "EndpointSlice",
    "Endpoints",
    "Event",
    "Eviction",
    "FlowSchema",
    "HorizontalPodAutoscaler",
    "Ingress",
    "IngressClass",
    "Job",
    "Lease",
    "LimitRange",
    "LocalSubjectAccessReview",
    "MutatingWebhookConfiguration",
    "Namespace",
    "NetworkPolicy",
    "Node",
    "PersistentVolume",
    "PersistentVolumeClaim",
    "Pod",
    "PodDisruptionBudget",
    "PodSecurityPolicy",
    "PodTemplate",
    "PriorityClass",
    "PriorityLevelConfiguration",
    "ReplicaSet",
    "ReplicationController",
    "ResourceQuota",
    "Role",
    "RoleBinding",
    "RuntimeClass",
    "Scale",
    "Secret",
    "SelfSubjectAccessReview",
    "SelfSubjectRulesReview",
    "Service",
    "ServiceAccount",
    "StatefulSet",
    "StorageClass",
    "StorageVersion",
    "SubjectAccessReview",
    "TokenRequest",
    "TokenReview",
    "ValidatingWebhookConfiguration",
    "VolumeAttachment",
];

/// Whether kustomize knows the kind's scope without loading its schema (its
/// table of Kubernetes v1.21 kinds; approximated by group/version and kind name).
pub fn scope_is_builtin(gvk: &Gvk) -> bool {
    BUILTIN_KINDS.contains(&gvk.kind.as_str()) && BUILTIN_GROUP_VERSIONS.contains(&gvk.api_version().as_str())
}

/// The built-in schema, shared.
fn builtin() -> Arc<Schema> {
    Schema::builtin_shared().clone()
}

/// Definition names as the built-in table spells them (without `io.k8s.`),
/// so that a custom definition overrides the built-in one of the same name.
fn short(name: &str) -> &str {
    name.strip_prefix("io.k8s.").unwrap_or(name)
}

// ---------------------------------------------------------------------------
// Custom schema documents
// ---------------------------------------------------------------------------

/// What a custom OpenAPI document says about merging: root definitions of
/// kinds and the fields of each definition it defines.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CustomSchema {
    /// `(apiVersion/kind, definition)`.
    pub kinds: Vec<(String, String)>,
    /// Definitions in document order, each with its fields.
    pub defs: Vec<(String, Vec<(String, FieldSchema)>)>,
}

impl CustomSchema {
    /// Parse an OpenAPI v2 document (JSON or YAML); `name` is shown in errors.
    pub fn parse(text: &str, name: &str) -> Result<CustomSchema> {
        let doc: Value = match serde_json::from_str(text) {
            Ok(v) => v,
            Err(_) => crate::yaml::parse_documents(text, name)
                .with_context(|| format!("invalid OpenAPI schema '{name}'"))?
                .into_iter()
                .next()
                .unwrap_or(Value::Null),
        };
        let mut out = CustomSchema::default();
        let defs = match doc.get("definitions") {
            None | Some(Value::Null) => return Ok(out),
            Some(Value::Object(d)) => d,
            Some(_) => {
                bail!("invalid OpenAPI schema '{name}': field 'definitions' must be a mapping")
            }
        };
        for (dname, d) in defs {
            let dname = short(dname);
            if let Some(Value::Array(gvks)) = d.get(GVK_EXT) {
                for g in gvks {
                    let s = |k: &str| g.get(k).and_then(Value::as_str).unwrap_or("");
                    let (group, version, kind) = (s("group"), s("version"), s("kind"));
                    if kind.is_empty() {
                        continue;
                    }
                    let api_version = if group.is_empty() { version.to_string() } else { format!("{group}/{version}") };
                    out.kinds.push((format!("{api_version}/{kind}"), dname.to_string()));
                }
            }
            out.add_object(dname, d);
        }
        Ok(out)
    }

    /// Add the definition `def` described by the schema object `sch`, and
    /// any anonymous objects nested in it (named after their place).
    fn add_object(&mut self, def: &str, sch: &Value) {
        let sch = unwrap_all_of(sch);
        let mut fields = Vec::new();
        if let Some(Value::Object(props)) = sch.get("properties") {
            for (fname, fsch) in props {
                fields.push((fname.to_string(), self.field(def, fname, fsch)));
            }
        }
        self.defs.push((def.to_string(), fields));
    }

    fn field(&mut self, def: &str, fname: &str, fsch: &Value) -> FieldSchema {
        let fsch_outer = fsch;
        let fsch = unwrap_all_of(fsch);
        let strategy = ext_str(fsch_outer, STRATEGY_EXT).or_else(|| ext_str(fsch, STRATEGY_EXT)).unwrap_or_default();
        let mut keys = list_map_keys(fsch_outer).or_else(|| list_map_keys(fsch)).unwrap_or_else(|| {
            ext_str(fsch_outer, MERGE_KEY_EXT).or_else(|| ext_str(fsch, MERGE_KEY_EXT)).into_iter().collect()
        });
        if !strategy.split(',').any(|s| s.trim() == "merge") {
            keys.clear();
        }
        let is_array = fsch.get("items").is_some()
            || matches!(fsch.get("type"), Some(Value::String(t)) if t == "array")
            || matches!(fsch.get("type"), Some(Value::Array(t)) if t.iter().any(|x| x == "array"));
        let (shape, target) = if let Some(r) = ref_name(fsch) {
            (Shape::Object, r)
        } else if is_array {
            let items = fsch.get("items").unwrap_or(&Value::Null);
            (Shape::List, self.nested(items, &format!("{def}#{fname}[]")))
        } else if let Some(ap) = fsch.get("additionalProperties").filter(|v| v.is_object()) {
            (Shape::Map, self.nested(ap, &format!("{def}#{fname}{{}}")))
        } else {
            (Shape::Object, self.nested(fsch, &format!("{def}#{fname}")))
        };
        FieldSchema { shape, def: target, strategy, keys }
    }

    /// The definition describing `sch`: its `$ref`, or an anonymous
    /// definition named `anon` when it has properties of its own.
    fn nested(&mut self, sch: &Value, anon: &str) -> Option<String> {
        let sch = unwrap_all_of(sch);
        if let Some(r) = ref_name(sch) {
            return r;
        }
        if matches!(sch.get("properties"), Some(Value::Object(p)) if !p.is_empty()) {
            self.add_object(anon, sch);
            return Some(anon.to_string());
        }
        None
    }

    /// Load these definitions into `schema`: a definition replaces the one of
    /// the same name; kinds point at their root definitions.
    pub fn apply_to(&self, schema: &mut Schema) {
        for (def, fields) in &self.defs {
            schema.reset_def(def);
            for (f, fs) in fields {
                schema.set_field(def, f, fs.clone());
            }
        }
        for (kind, def) in &self.kinds {
            schema.set_kind(kind, def);
        }
    }
}

/// `allOf: [X]` (one element, as OpenAPI generators wrap a `$ref` with a
/// description) stands for X.
fn unwrap_all_of(sch: &Value) -> &Value {
    match sch.get("allOf") {
        Some(Value::Array(items)) if items.len() == 1 && sch.get("$ref").is_none() => &items[0],
        _ => sch,
    }
}

/// `Some(Some(def))` for a `#/definitions/` reference, `Some(None)` for a
/// reference elsewhere (not resolvable: no schema), `None` without `$ref`.
fn ref_name(sch: &Value) -> Option<Option<String>> {
    let r = sch.get("$ref")?.as_str()?;
    Some(r.strip_prefix(DEFINITIONS_REF).map(|n| short(n).to_string()))
}

fn ext_str(sch: &Value, key: &str) -> Option<String> {
    sch.get(key).and_then(Value::as_str).map(str::to_string)
}

fn list_map_keys(sch: &Value) -> Option<Vec<String>> {
    let Some(Value::Array(items)) = sch.get(LIST_MAP_KEYS_EXT) else {
        return None;
    };
    let keys: Vec<String> = items.iter().filter_map(|k| k.as_str().map(str::to_string)).collect();
    (!keys.is_empty()).then_some(keys)
}

// ---------------------------------------------------------------------------
// The build-wide setting
// ---------------------------------------------------------------------------

#[derive(Debug, Default)]
struct State {
    /// `""` (not set), the built-in version, or `"custom"`.
    version: String,
    custom: Option<Arc<CustomSchema>>,
    /// Whether `current` reflects the setting (loaded at first use).
    loaded: bool,
    current: Option<Arc<Schema>>,
    /// The built-in schema was loaded while `current` is `None`: it is
    /// parsed only when asked for (loading a kind's scope needs no table).
    builtin_loaded: bool,
}

/// The schema setting of one build, shared by every kustomization in it
/// (clones share the same state).
#[derive(Clone, Debug, Default)]
pub struct SchemaState(Arc<Mutex<State>>);

impl SchemaState {
    fn lock(&self) -> std::sync::MutexGuard<'_, State> {
        self.0.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Apply a kustomization's `openapi:` field. `top` is true for the
    /// kustomization being built (it always applies); a base's or
    /// component's applies only while nothing is set. `file` is the text
    /// and shown name of the `path:` schema file, read by the caller.
    pub fn set(&self, openapi: &BTreeMap<String, String>, file: Option<(String, String)>, top: bool) -> Result<()> {
        let mut st = self.lock();
        let is_set = !st.version.is_empty() || st.custom.is_some();
        if is_set && !top {
            return Ok(());
        }
        let version = openapi.get("version");
        if version.is_some() && file.is_some() {
            bail!("builtin version and custom schema provided, cannot use both");
        }
        if let Some((text, name)) = file {
            st.custom = Some(Arc::new(CustomSchema::parse(&text, &name)?));
            st.version = "custom".to_string();
            st.loaded = false;
            return Ok(());
        }
        let version = version.cloned().unwrap_or_default();
        if version.is_empty() {
            st.version.clear();
            return Ok(());
        }
        if version != BUILTIN_VERSION {
            bail!("the specified OpenAPI version is not built in");
        }
        st.version = version;
        st.custom = None;
        st.loaded = false;
        Ok(())
    }

    /// Resources of these kinds were loaded: a kind whose scope kustomize
    /// does not know loads the schema (see the module docs).
    pub fn note_kinds(&self, mut kinds: impl Iterator<Item = Gvk>) {
        if !self.lock().loaded && kinds.any(|g| !scope_is_builtin(&g)) {
            self.load();
        }
    }

    /// [`Self::note_kinds`] for `(apiVersion, kind)` pairs, without building a `Gvk` each.
    pub fn note_api_kinds<'a>(&self, kinds: impl Iterator<Item = (&'a str, &'a str)>) {
        if !self.lock().loaded && !builtin_kinds_only(kinds) {
            self.load();
        }
    }

    /// Load the schema in effect unless it is loaded (the built-in one is
    /// only marked loaded: see `State::builtin_loaded`).
    fn load(&self) {
        let mut st = self.lock();
        if st.loaded {
            return;
        }
        st.loaded = true;
        let st = &mut *st;
        match (&st.custom, st.current.take()) {
            (Some(custom), loaded) => {
                let loaded = loaded.or_else(|| st.builtin_loaded.then(builtin));
                let mut s = loaded.map(|a| (*a).clone()).unwrap_or_default();
                custom.apply_to(&mut s);
                st.current = Some(Arc::new(s));
            }
            // Only the built-in schema can have been loaded before.
            (None, Some(loaded)) => st.current = Some(loaded),
            (None, None) => st.builtin_loaded = true,
        }
    }

    /// The schema in effect, loading it on first use.
    pub fn current(&self) -> Arc<Schema> {
        self.load();
        self.lock().current.clone().unwrap_or_else(builtin)
    }
}

/// True when every `(apiVersion, kind)` pair is a built-in kind of a
/// built-in group version: [`SchemaState::note_api_kinds`] then has
/// nothing to load (a loader can tell it ahead, on the thread that parsed
/// the resources).
pub fn builtin_kinds_only<'a>(mut kinds: impl Iterator<Item = (&'a str, &'a str)>) -> bool {
    // (`Gvk::api_version` of an apiVersion `/v1` is `v1`)
    !kinds.any(|(av, k)| {
        let av = av.strip_prefix('/').unwrap_or(av);
        !(BUILTIN_KINDS.contains(&k) && BUILTIN_GROUP_VERSIONS.contains(&av))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::{LoadRestrictor, Loader};
    use crate::model::Gvk;
    use crate::transform::smp::{merge_patch_with, MergeOptions};
    use crate::yaml::json;

    const CRD_SCHEMA: &str = r##"{
      "definitions": {
        "v1alpha1.MyCRD": {
          "properties": {
            "spec": {"properties": {"template": {"$ref": "#/definitions/io.k8s.api.core.v1.PodTemplateSpec"}}, "type": "object"}
          },
          "x-kubernetes-group-version-kind": [
            {"group": "example.com", "kind": "MyCRD", "version": "v1alpha1"},
            {"group": "", "kind": "MyCRD", "version": "v1alpha1"}
          ]
        },
        "io.k8s.api.core.v1.PodTemplateSpec": {"properties": {"spec": {"$ref": "#/definitions/io.k8s.api.core.v1.PodSpec"}}},
        "io.k8s.api.core.v1.PodSpec": {
          "properties": {
            "containers": {"items": {"$ref": "#/definitions/io.k8s.api.core.v1.Container"}, "type": "array",
                           "x-kubernetes-patch-merge-key": "name", "x-kubernetes-patch-strategy": "merge"}
          }
        },
        "io.k8s.api.core.v1.Container": {
          "properties": {
            "ports": {"items": {"$ref": "#/definitions/io.k8s.api.core.v1.ContainerPort"}, "type": "array",
                      "x-kubernetes-list-map-keys": ["containerPort", "protocol"],
                      "x-kubernetes-patch-merge-key": "containerPort", "x-kubernetes-patch-strategy": "merge"}
          }
        }
      }
    }"##;

    fn crd(api_version: &str, containers: Value) -> Value {
        json!({"apiVersion": api_version, "kind": "MyCRD", "metadata": {"name": "s"},
               "spec": {"template": {"spec": {"containers": containers}}}})
    }

    fn deployment(containers: Value) -> Value {
        json!({"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "d"},
               "spec": {"template": {"spec": {"containers": containers}}}})
    }

    fn merge(schema: &Schema, target: Value, patch: Value) -> Value {
        let gvk =
            Gvk::from_api_version(target["apiVersion"].as_str().unwrap_or(""), target["kind"].as_str().unwrap_or(""));
        let mut t = target;
        merge_patch_with(schema, MergeOptions::default(), &mut t, &patch, &gvk).unwrap();
        t
    }

    fn schema_of(text: &str) -> Schema {
        let mut s = Schema::default();
        CustomSchema::parse(text, "s.json").unwrap().apply_to(&mut s);
        s
    }

    #[test]
    fn custom_kind_gets_merge_keys_for_every_gvk() {
        let s = schema_of(CRD_SCHEMA);
        for av in ["example.com/v1alpha1", "v1alpha1"] {
            let target = crd(
                av,
                json!([{"name": "a", "image": "x", "ports": [{"containerPort": 80, "protocol": "TCP"}]}, {"name": "b"}]),
            );
            let out = merge(&s, target, crd(av, json!([{"name": "a", "image": "y"}])));
            assert_eq!(
                out["spec"]["template"]["spec"]["containers"],
                json!([{"name": "a", "image": "y", "ports": [{"containerPort": 80, "protocol": "TCP"}]}, {"name": "b"}])
            );
        }
        // Another version of the kind is not in the schema: the list is replaced.
        let out = merge(
            &s,
            crd("example.com/v1", json!([{"name": "a"}, {"name": "b"}])),
            crd("example.com/v1", json!([{"name": "b"}])),
        );
        assert_eq!(out["spec"]["template"]["spec"]["containers"], json!([{"name": "b"}]));
    }

    #[test]
    fn parses_yaml_documents_and_list_map_keys() {
        let text = "definitions:\n  x.Thing:\n    x-kubernetes-group-version-kind:\n    - {group: g.io, version: v1, kind: Thing}\n    properties:\n      items:\n        type: array\n        items:\n          properties:\n            id: {type: string}\n        x-kubernetes-patch-strategy: merge\n        x-kubernetes-patch-merge-key: id\n        x-kubernetes-list-map-keys: [id, zone]\n      tags:\n        type: array\n        items: {type: string}\n        x-kubernetes-patch-strategy: merge\n      labels:\n        type: object\n        additionalProperties:\n          $ref: '#/definitions/x.Label'\n";
        let c = CustomSchema::parse(text, "s.yaml").unwrap();
        assert_eq!(c.kinds, vec![("g.io/v1/Thing".to_string(), "x.Thing".to_string())]);
        let (_, fields) = &c.defs.iter().find(|(n, _)| n == "x.Thing").unwrap();
        let get = |n: &str| fields.iter().find(|(f, _)| f == n).map(|(_, fs)| fs.clone()).unwrap();
        assert_eq!(get("items").shape, Shape::List);
        assert_eq!(get("items").keys, vec!["id", "zone"]);
        assert_eq!(get("items").def.as_deref(), Some("x.Thing#items[]"));
        assert_eq!(get("tags").strategy, "merge");
        assert!(get("tags").keys.is_empty());
        assert_eq!(get("labels").shape, Shape::Map);
        assert_eq!(get("labels").def.as_deref(), Some("x.Label"));

        let s = schema_of(text);
        let t = json!({"apiVersion": "g.io/v1", "kind": "Thing", "items": [{"id": 1, "zone": "a", "v": 1}, {"id": 1, "zone": "b"}], "tags": ["x"]});
        let p =
            json!({"apiVersion": "g.io/v1", "kind": "Thing", "items": [{"id": 1, "zone": "b", "v": 2}], "tags": ["y"]});
        let out = merge(&s, t, p);
        // Merged by (id, zone): both elements stay, only zone b changes.
        let items = out["items"].as_array().unwrap();
        assert_eq!(items.len(), 2);
        let by_zone = |z: &str| items.iter().find(|i| i["zone"] == z).unwrap()["v"].clone();
        assert_eq!((by_zone("a"), by_zone("b")), (json!(1), json!(2)));
        assert_eq!(out["tags"], json!(["y", "x"]));
    }

    #[test]
    fn invalid_documents_are_errors() {
        assert!(CustomSchema::parse("definitions: [1, 2]", "bad.yaml").is_err());
        assert!(CustomSchema::parse("a: [", "bad.yaml").is_err());
        assert_eq!(CustomSchema::parse("{}", "empty.json").unwrap(), CustomSchema::default());
    }

    fn tempdir(files: &[(&str, &str)]) -> (tempfile::TempDir, Loader) {
        let d = tempfile::tempdir().unwrap();
        for (name, text) in files {
            std::fs::write(d.path().join(name), text).unwrap();
        }
        let ldr = Loader::new(d.path(), LoadRestrictor::default()).unwrap();
        (d, ldr)
    }

    /// `set` with the `path:` file read from `ldr`, as the pipeline does.
    trait SetFromDir {
        fn set_l(&self, o: &BTreeMap<String, String>, ldr: &Loader, top: bool) -> Result<()>;
    }

    impl SetFromDir for SchemaState {
        fn set_l(&self, o: &BTreeMap<String, String>, ldr: &Loader, top: bool) -> Result<()> {
            let file = match o.get("path") {
                Some(p) => Some((
                    ldr.read_string(p).map_err(|e| crate::transform::TransformError::Other(Box::new(e)))?,
                    ldr.display(p),
                )),
                None => None,
            };
            self.set(o, file, top)
        }
    }

    fn field(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
        pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
    }

    fn containers_after_patch(schema: &Schema) -> Value {
        let out = merge(
            schema,
            deployment(json!([{"name": "a"}, {"name": "b"}])),
            deployment(json!([{"name": "b", "image": "x"}])),
        );
        out["spec"]["template"]["spec"]["containers"].clone()
    }

    #[test]
    fn unset_means_builtin_schema() {
        let (_d, ldr) = tempdir(&[]);
        let st = SchemaState::default();
        st.set_l(&BTreeMap::new(), &ldr, true).unwrap();
        assert_eq!(containers_after_patch(&st.current()), json!([{"name": "b", "image": "x"}, {"name": "a"}]));
    }

    #[test]
    fn version_selects_the_builtin_schema_only() {
        let (_d, ldr) = tempdir(&[]);
        let st = SchemaState::default();
        st.set_l(&field(&[("version", "v1.21.2")]), &ldr, true).unwrap();
        assert_eq!(containers_after_patch(&st.current()), json!([{"name": "b", "image": "x"}, {"name": "a"}]));
        for v in ["v1212", "v1.14.1", "custom"] {
            let e = SchemaState::default().set_l(&field(&[("version", v)]), &ldr, true).unwrap_err();
            assert_eq!(e.to_string(), "the specified OpenAPI version is not built in");
        }
    }

    #[test]
    fn path_and_version_together_and_missing_file_are_errors() {
        let (d, ldr) = tempdir(&[("s.json", CRD_SCHEMA)]);
        let e = SchemaState::default()
            .set_l(&field(&[("path", "s.json"), ("version", "v1.21.2")]), &ldr, true)
            .unwrap_err();
        assert_eq!(e.to_string(), "builtin version and custom schema provided, cannot use both");
        let e = SchemaState::default().set_l(&field(&[("path", "nope.json")]), &ldr, true).unwrap_err();
        assert!(crate::error::chain_text(&e).contains("nope.json"), "{e:#}");
        drop(d);
    }

    #[test]
    fn custom_schema_replaces_builtin_when_loaded_first() {
        let (_d, ldr) = tempdir(&[("s.json", CRD_SCHEMA)]);
        let st = SchemaState::default();
        st.set_l(&field(&[("path", "s.json")]), &ldr, true).unwrap();
        // Deployment is not in the custom schema: its list is replaced.
        assert_eq!(containers_after_patch(&st.current()), json!([{"name": "b", "image": "x"}]));
        let out = merge(
            &st.current(),
            crd("v1alpha1", json!([{"name": "a"}, {"name": "b"}])),
            crd("v1alpha1", json!([{"name": "b", "image": "x"}])),
        );
        assert_eq!(out["spec"]["template"]["spec"]["containers"], json!([{"name": "b", "image": "x"}, {"name": "a"}]));
    }

    #[test]
    fn custom_schema_adds_to_builtin_already_in_use() {
        let (_d, ldr) = tempdir(&[("s.json", CRD_SCHEMA)]);
        let st = SchemaState::default();
        st.set_l(&BTreeMap::new(), &ldr, true).unwrap();
        let _ = st.current(); // a patch in an earlier base loaded the built-in schema
        st.set_l(&field(&[("path", "s.json")]), &ldr, false).unwrap();
        let s = st.current();
        assert_eq!(containers_after_patch(&s), json!([{"name": "b", "image": "x"}, {"name": "a"}]));
        assert!(s.has_kind(&Gvk::new("example.com", "v1alpha1", "MyCRD")));
    }

    #[test]
    fn loading_an_unknown_kind_loads_the_schema() {
        let (_d, ldr) = tempdir(&[("s.json", CRD_SCHEMA)]);
        let known = [Gvk::new("", "v1", "ConfigMap"), Gvk::new("networking.k8s.io", "v1beta1", "Ingress")];
        let st = SchemaState::default();
        st.note_kinds(known.iter().cloned());
        st.set_l(&field(&[("path", "s.json")]), &ldr, false).unwrap();
        assert_eq!(containers_after_patch(&st.current()), json!([{"name": "b", "image": "x"}]));

        let st = SchemaState::default();
        st.note_kinds([Gvk::new("apps", "v1", "Foo")].into_iter());
        st.set_l(&field(&[("path", "s.json")]), &ldr, false).unwrap();
        assert_eq!(containers_after_patch(&st.current()), json!([{"name": "b", "image": "x"}, {"name": "a"}]));
    }

    #[test]
    fn first_setting_wins_below_the_top() {
        let (_d, ldr) = tempdir(&[("s.json", CRD_SCHEMA)]);
        let st = SchemaState::default();
        st.set_l(&field(&[("version", "v1.21.2")]), &ldr, true).unwrap();
        // Ignored, even though invalid on its own.
        st.set_l(&field(&[("path", "s.json"), ("version", "v9")]), &ldr, false).unwrap();
        assert!(!st.current().has_kind(&Gvk::new("example.com", "v1alpha1", "MyCRD")));
        // …but its file must still exist.
        assert!(st.set_l(&field(&[("path", "nope.json")]), &ldr, false).is_err());

        let st = SchemaState::default();
        st.set_l(&BTreeMap::new(), &ldr, true).unwrap();
        st.set_l(&field(&[("path", "s.json")]), &ldr, false).unwrap();
        st.set_l(&field(&[("version", "v1.21.2")]), &ldr, false).unwrap();
        assert!(st.current().has_kind(&Gvk::new("example.com", "v1alpha1", "MyCRD")));
    }
}
