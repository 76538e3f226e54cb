//! Folding generated resources into the map, by their `behavior`
//! (kustomize's resWrangler.appendReplaceOrMerge).
//!
//! A generated resource matches an existing one when any id the existing one
//! has had (original, after a base's prefix, before a namespace change...)
//! equals the generated one's id. Then:
//! - create / unspecified: an error when something matches, else appended;
//! - merge: labels, annotations, `data` and `binaryData` of both, the new
//!   values winning; name and namespace stay the existing resource's;
//! - replace: the new object with the existing labels and annotations merged
//!   under its own, and the existing name and namespace.
//!
//! The result keeps the existing resource's place in the map and its build
//! history (original id, previous ids, reference scopes). It gets a name hash
//! only if both the existing and the new resource asked for one (kustomize
//! v5.7.1: a merge into a resource without a hash, or a merge that disables
//! the hash, gives no hash).
use crate::generate::error::bail;
use crate::yaml::{Map, Value};

use crate::model::{Behavior, ResId, ResMap, Resource};

/// Add one generated resource to `m` according to its behavior.
pub fn merge_generated(m: &mut ResMap, generated: Resource) -> crate::generate::error::Result<()> {
    let id = generated.cur_id();
    let matches = matching(m, &id);
    match matches.as_slice() {
        [] => match generated.behavior {
            Behavior::Merge | Behavior::Replace => {
                bail!("id {} does not exist; cannot merge or replace", go_resid(&id))
            }
            Behavior::Create | Behavior::Unspecified => {
                m.append(generated)?;
                Ok(())
            }
        },
        [i] => {
            let i = *i;
            let merge_data = match generated.behavior {
                Behavior::Merge => true,
                Behavior::Replace => false,
                Behavior::Create | Behavior::Unspecified => {
                    bail!("id {} exists; behavior must be merge or replace", go_resid(&id))
                }
            };
            let combined = combine(m.at(i), generated, merge_data);
            m.replace_at(i, combined);
            Ok(())
        }
        many => {
            let ids: Vec<String> = many.iter().map(|&i| m.at(i).cur_id().to_string()).collect();
            bail!("found multiple objects [{}] that could accept merge of {}", ids.join(" "), id)
        }
    }
}

/// [`merge_generated`] for each resource in turn (one generator's output, or
/// all generators of a kustomization in order).
pub fn merge_all_generated(
    m: &mut ResMap,
    generated: impl IntoIterator<Item = Resource>,
) -> crate::generate::error::Result<()> {
    for r in generated {
        merge_generated(m, r)?;
    }
    Ok(())
}

/// Positions of resources that have, or had, exactly `id`.
fn matching(m: &ResMap, id: &ResId) -> Vec<usize> {
    let ns = id.effective_namespace();
    let mut out = Vec::new();
    for i in m.positions_ever_named(&id.name) {
        let r = m.at(i);
        let prev = r.prev_ids.iter().any(|p| p.name == id.name && p.same_as(id));
        let cur = || {
            r.name() == id.name && r.kind() == id.gvk.kind && r.gvk() == id.gvk && {
                let c = r.cur_id();
                c.effective_namespace() == ns
            }
        };
        if prev || cur() {
            out.push(i);
        }
    }
    out
}

/// The new resource folded over the old one.
fn combine(old: &Resource, new: Resource, merge_data: bool) -> Resource {
    let mut res = new;
    for field in ["labels", "annotations"] {
        let merged =
            merged_strings(old, &format!("/metadata/{field}"), meta_map(&old.obj, field), meta_map(&res.obj, field));
        set_or_clear(meta_mut(&mut res.obj), field, merged);
    }
    let meta = meta_mut(&mut res.obj);
    meta.insert("name".into(), Value::String(old.name().to_string()));
    if old.namespace().is_empty() {
        meta.remove("namespace");
    } else {
        meta.insert("namespace".into(), Value::String(old.namespace().to_string()));
    }
    if merge_data {
        for field in ["data", "binaryData"] {
            let merged = merged_strings(
                old,
                &format!("/{field}"),
                old.obj.get(field).and_then(Value::as_object),
                res.obj.get(field).and_then(Value::as_object),
            );
            if let Value::Object(top) = &mut res.obj {
                set_or_clear(top, field, merged);
            }
        }
        res.origin = old.origin.clone().or(res.origin.take());
    } else {
        res.origin = res.origin.take().or_else(|| old.origin.clone());
    }
    res.orig_id = old.orig_id.clone();
    res.prev_ids = old.prev_ids.clone();
    res.ref_vars = old.ref_vars.clone();
    res.needs_hash = old.needs_hash && res.needs_hash;
    // the result keeps the base's behavior (kustomize's internal
    // generatorBehavior annotation, which a JSON patch can copy)
    res.behavior = old.behavior;
    res
}

fn meta_map<'a>(obj: &'a Value, field: &str) -> Option<&'a Map<String, Value>> {
    obj.get("metadata")?.get(field)?.as_object()
}

fn meta_mut(obj: &mut Value) -> &mut Map<String, Value> {
    if !obj.is_object() {
        *obj = Value::Object(Map::new());
    }
    let Value::Object(top) = obj else { unreachable!("made a mapping above") };
    let meta = top.entry("metadata").or_insert_with(|| Value::Object(Map::new()));
    if !meta.is_object() {
        *meta = Value::Object(Map::new());
    }
    let Value::Object(m) = meta else { unreachable!("made a mapping above") };
    m
}

/// Both maps as strings, `b` winning. `a` is `old`'s map at `at`: a value
/// written there as a scalar whose text is not how its value prints (`012`,
/// `0x10`, `1.0`, `True`, `2024-01-01`, a folded scalar before go-yaml's
/// write-and-read-back) gives its text, as kustomize reads the node's text
/// into its `map[string]string`.
fn merged_strings(
    old: &Resource,
    at: &str,
    a: Option<&Map<String, Value>>,
    b: Option<&Map<String, Value>>,
) -> Map<String, Value> {
    let mut out = Map::new();
    if let Some(a) = a {
        for (k, v) in a {
            let noted = || {
                let mut ptr = at.to_string();
                crate::yaml::push_pointer_key(&mut ptr, k);
                old.scalar_note(&ptr, v).map(|n| n.text.clone())
            };
            let text = match old.scalar_notes.is_empty() {
                false => noted().unwrap_or_else(|| scalar_text(v)),
                true => scalar_text(v),
            };
            out.insert_key(k.clone(), Value::String(text));
        }
    }
    for (k, v) in b.into_iter().flatten() {
        out.insert_key(k.clone(), Value::String(scalar_text(v)));
    }
    out
}

/// A map value as kustomize reads it into a `map[string]string`.
fn scalar_text(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        Value::Null => String::new(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => n.to_string(),
        other => other.to_string(),
    }
}

fn set_or_clear(m: &mut Map<String, Value>, field: &str, val: Map<String, Value>) {
    if val.is_empty() {
        m.remove(field);
    } else {
        m.insert(field.to_string(), Value::Object(val));
    }
}

/// Go's `%#v` of a kustomize ResId, as its merge errors print it.
pub fn go_resid(id: &ResId) -> String {
    use super::kv::go_quote;
    format!(
        "resid.ResId{{Gvk:resid.Gvk{{Group:{}, Version:{}, Kind:{}, isClusterScoped:{}}}, Name:{}, Namespace:{}}}",
        go_quote(&id.gvk.group),
        go_quote(&id.gvk.version),
        go_quote(&id.gvk.kind),
        id.gvk.is_cluster_scoped(),
        go_quote(&id.name),
        go_quote(&id.namespace)
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::generate::{config_map, secret, MemFiles};
    use crate::types::{GeneratorArgs, GeneratorOptions};
    use crate::yaml::json;

    fn gen(name: &str, behavior: &str, lits: &[&str]) -> Resource {
        let a = GeneratorArgs {
            name: name.into(),
            behavior: behavior.into(),
            literals: lits.iter().map(|s| s.to_string()).collect(),
            ..Default::default()
        };
        config_map(&a, None, &MemFiles::new()).unwrap()
    }

    fn with_opts(name: &str, behavior: &str, lits: &[&str], opts: GeneratorOptions) -> Resource {
        let a = GeneratorArgs {
            name: name.into(),
            behavior: behavior.into(),
            literals: lits.iter().map(|s| s.to_string()).collect(),
            options: Some(opts),
            ..Default::default()
        };
        config_map(&a, None, &MemFiles::new()).unwrap()
    }

    fn no_hash() -> GeneratorOptions {
        GeneratorOptions { disable_name_suffix_hash: Some(true), ..Default::default() }
    }

    #[test]
    fn create_appends_and_refuses_existing_ids() {
        let mut m = ResMap::new();
        merge_generated(&mut m, gen("test", "", &["key=value"])).unwrap();
        let mut again = gen("test", "", &["key=value"]);
        set_ns(&mut again, "default");
        let e = merge_generated(&mut m, again).unwrap_err();
        assert_eq!(
            e.to_string(),
            r#"id resid.ResId{Gvk:resid.Gvk{Group:"", Version:"v1", Kind:"ConfigMap", isClusterScoped:false}, Name:"test", Namespace:"default"} exists; behavior must be merge or replace"#
        );
        // A different namespace is a different object.
        let mut other = gen("test", "create", &["key=value"]);
        set_ns(&mut other, "other");
        merge_generated(&mut m, other).unwrap();
        assert_eq!(m.len(), 2);
    }

    fn set_ns(r: &mut Resource, ns: &str) {
        meta_mut(&mut r.obj).insert("namespace".into(), json!(ns));
    }

    #[test]
    fn create_refuses_a_previous_name() {
        // Base `cm` renamed by a prefix to `p-cm`; the overlay creating `cm` again fails.
        let mut m = ResMap::new();
        merge_generated(&mut m, gen("cm", "", &["a=1"])).unwrap();
        m.at_mut(0).set_name("p-cm");
        assert!(merge_generated(&mut m, gen("cm", "", &["b=1"])).unwrap_err().to_string().contains("Name:\"cm\""));
        assert!(merge_generated(&mut m, gen("p-cm", "", &["b=1"])).is_err());
    }

    #[test]
    fn merge_or_replace_needs_a_target() {
        let mut m = ResMap::new();
        let e = merge_generated(&mut m, gen("s", "merge", &["a=1"])).unwrap_err();
        assert_eq!(
            e.to_string(),
            r#"id resid.ResId{Gvk:resid.Gvk{Group:"", Version:"v1", Kind:"ConfigMap", isClusterScoped:false}, Name:"s", Namespace:""} does not exist; cannot merge or replace"#
        );
        assert!(merge_generated(&mut m, gen("s", "replace", &["a=1"])).is_err());
    }

    #[test]
    fn merge_by_original_name_keeps_current_name() {
        // TestGeneratorOverlays: base `com1` with prefix p1-, overlay merges `com1`.
        let mut m = ResMap::new();
        m.append(Resource::new(json!({"apiVersion":"v1","kind":"Service","metadata":{"name":"svc"}}))).unwrap();
        merge_generated(&mut m, gen("com1", "create", &["from=base"])).unwrap();
        m.at_mut(1).set_name("p1-com1");
        merge_generated(&mut m, gen("com1", "merge", &["from=overlay", "foo=bar"])).unwrap();
        let r = m.at(1);
        assert_eq!(r.name(), "p1-com1");
        assert_eq!(r.obj["data"], json!({"from":"overlay","foo":"bar"}));
        assert_eq!(r.orig_id.name, "com1");
        assert_eq!(r.prev_ids.len(), 1);
        assert!(r.needs_hash);
        assert_eq!(m.len(), 2);
        // And by the current name (TestConfigMapGeneratorMergeNamePrefix).
        merge_generated(&mut m, gen("p1-com1", "merge", &["big=bang"])).unwrap();
        assert_eq!(m.at(1).obj["data"]["big"], "bang");
        assert_eq!(m.at(1).obj["data"]["foo"], "bar");
    }

    #[test]
    fn merge_matches_namespace_before_a_namespace_change() {
        // TestNamespacedGeneratorWithOverlays: base put `testCase` in namespace `base`.
        let mut m = ResMap::new();
        merge_generated(&mut m, gen("testCase", "", &["base=apple"])).unwrap();
        m.at_mut(0).set_namespace("base");
        merge_generated(&mut m, gen("testCase", "merge", &["overlay=peach"])).unwrap();
        assert_eq!(m.at(0).namespace(), "base");
        assert_eq!(m.at(0).obj["data"], json!({"base":"apple","overlay":"peach"}));
        // A namespace that never was the resource's does not match.
        let mut other = gen("testCase", "merge", &["x=1"]);
        set_ns(&mut other, "elsewhere");
        assert!(merge_generated(&mut m, other).is_err());
    }

    #[test]
    fn merge_into_plain_resource_stringifies_and_drops_hash() {
        // TestIssue3393 / plain ConfigMap from resources: data values become strings, no hash.
        let mut m = ResMap::new();
        m.append(Resource::new(json!({"apiVersion":"v1","kind":"ConfigMap",
            "metadata":{"name":"project","labels":{"l":"base"}},"data":{"k":"1","n":5}})))
            .unwrap();
        merge_generated(&mut m, gen("project", "merge", &["b=\"bar\""])).unwrap();
        let r = m.at(0);
        assert_eq!(
            r.obj,
            json!({"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"project","labels":{"l":"base"}},
                "data":{"b":"bar","k":"1","n":"5"}})
        );
        assert!(!r.needs_hash);
    }

    #[test]
    fn hash_only_when_both_want_it() {
        let cases = [(true, true, true), (true, false, false), (false, true, false), (false, false, false)];
        for (old_hash, new_hash, want) in cases {
            for behavior in ["merge", "replace"] {
                let mut m = ResMap::new();
                let base = if old_hash { gen("c", "", &["a=1"]) } else { with_opts("c", "", &["a=1"], no_hash()) };
                merge_generated(&mut m, base).unwrap();
                let ov =
                    if new_hash { gen("c", behavior, &["b=2"]) } else { with_opts("c", behavior, &["b=2"], no_hash()) };
                merge_generated(&mut m, ov).unwrap();
                assert_eq!(m.at(0).needs_hash, want, "{old_hash} {new_hash} {behavior}");
            }
        }
    }

    #[test]
    fn labels_and_annotations_merge_new_wins() {
        let mut m = ResMap::new();
        let base_opts = GeneratorOptions {
            labels: [("a".into(), "base".into()), ("b".into(), "base".into())].into(),
            annotations: [("x".into(), "base".into())].into(),
            ..Default::default()
        };
        merge_generated(&mut m, with_opts("c", "", &["a=1"], base_opts)).unwrap();
        let ov = GeneratorOptions { labels: [("a".into(), "ov".into())].into(), ..Default::default() };
        merge_generated(&mut m, with_opts("c", "replace", &["b=2"], ov)).unwrap();
        assert_eq!(
            m.at(0).obj,
            json!({"apiVersion":"v1","kind":"ConfigMap","data":{"b":"2"},
                "metadata":{"name":"c","labels":{"a":"ov","b":"base"},"annotations":{"x":"base"}}})
        );
    }

    #[test]
    fn merge_binary_data_and_empty_new() {
        // TestGeneratorOverlaysBinaryData: a merge with no sources keeps the base's binaryData.
        let mut m = ResMap::new();
        let files = MemFiles::new().with("data.bin", b"\xffhello".to_vec());
        let a = GeneratorArgs { name: "com1".into(), files: vec!["data.bin".into()], ..Default::default() };
        merge_generated(&mut m, config_map(&a, None, &files).unwrap()).unwrap();
        merge_generated(&mut m, gen("com1", "merge", &[])).unwrap();
        assert_eq!(
            m.at(0).obj,
            json!({"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"com1"},
            "binaryData":{"data.bin":"/2hlbGxv"}})
        );
    }

    #[test]
    fn secret_merge_takes_new_type_and_merges_data() {
        let mut m = ResMap::new();
        let base = GeneratorArgs {
            name: "tls".into(),
            namespace: "x".into(),
            kind: "kubernetes.io/tls".into(),
            literals: vec!["a=1".into()],
            ..Default::default()
        };
        merge_generated(&mut m, secret(&base, None, &MemFiles::new()).unwrap()).unwrap();
        let ov = GeneratorArgs {
            name: "tls".into(),
            namespace: "x".into(),
            behavior: "merge".into(),
            literals: vec!["b=2".into()],
            ..Default::default()
        };
        merge_generated(&mut m, secret(&ov, None, &MemFiles::new()).unwrap()).unwrap();
        assert_eq!(
            m.at(0).obj,
            json!({"apiVersion":"v1","kind":"Secret","metadata":{"name":"tls","namespace":"x"},
                "type":"Opaque","data":{"a":"MQ==","b":"Mg=="}})
        );
    }

    #[test]
    fn origin_kept_on_merge_replaced_on_replace() {
        for (behavior, want) in [("merge", "base"), ("replace", "overlay")] {
            let mut m = ResMap::new();
            let mut base = gen("bob", "", &["a=1"]);
            base.origin = Some(json!("base").into());
            base.ref_vars = vec!["base".into()];
            merge_generated(&mut m, base).unwrap();
            let mut ov = gen("bob", behavior, &["month=12"]);
            ov.origin = Some(json!("overlay").into());
            merge_generated(&mut m, ov).unwrap();
            assert_eq!(m.at(0).origin, Some(json!(want).into()));
            assert_eq!(m.at(0).ref_vars, ["base"]);
        }
    }

    #[test]
    fn several_candidates_is_an_error() {
        let mut m = ResMap::new();
        merge_generated(&mut m, gen("a", "", &[])).unwrap();
        merge_generated(&mut m, gen("b", "", &[])).unwrap();
        m.at_mut(0).set_name("x-a");
        m.at_mut(1).set_name("a");
        let e = merge_generated(&mut m, gen("a", "merge", &[])).unwrap_err().to_string();
        assert!(e.starts_with("found multiple objects"), "{e}");
    }
}
