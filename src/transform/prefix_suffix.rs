//! `namePrefix:` / `nameSuffix:` and the PrefixSuffixTransformer plugin.
//!
//! As kustomize does: CustomResourceDefinitions (any group), APIServices of
//! `apiregistration.k8s.io` and Namespaces (any group) are never renamed
//! (judged by the kind the resource had when it entered the build); a spec
//! must select both the original and the current kind; `metadata/name` is a
//! rename that keeps the id history; other paths get the prefix/suffix
//! added to their scalar values, and nothing is created.
use crate::transform::error::Result;
use crate::yaml::Value;

use super::fieldspec::FieldSpec;
use super::fieldspec::{Leaf, PathSpec};
use super::fused::PerResource;
use super::Transformer;
use crate::model::{Gvk, ResMap, Resource};

#[derive(Clone, Debug, Default)]
pub struct PrefixSuffixTransformer {
    pub prefix: String,
    pub suffix: String,
    pub fields: Vec<FieldSpec>,
}

/// Kinds kustomize never prefixes or suffixes.
fn skipped(orig: &Gvk) -> bool {
    orig.kind == "CustomResourceDefinition"
        || orig.kind == "Namespace"
        || (orig.kind == "APIService" && orig.group == "apiregistration.k8s.io")
}

impl PrefixSuffixTransformer {
    fn decorate(&self, s: &str) -> String {
        let mut out = String::with_capacity(self.prefix.len() + s.len() + self.suffix.len());
        out.push_str(&self.prefix);
        out.push_str(s);
        out.push_str(&self.suffix);
        out
    }

    fn apply_one(&self, r: &mut Resource, specs: &super::fieldspec::SpecList) -> Result<()> {
        if skipped(&r.orig_id.gvk) {
            return Ok(());
        }
        let mut chosen = super::fieldspec::selecting(specs, r);
        chosen.retain(|s| s.selects(&r.orig_id.gvk));
        for s in chosen {
            if s.path == "metadata/name" {
                if let Some(name) = r.obj.get("metadata").and_then(|m| m.get("name")).and_then(Value::as_str) {
                    let new = self.decorate(name);
                    // kustomize writes the new name as a node without a tag
                    // in the old one's style: a plain name whose new text
                    // YAML types prints typed (`2` with prefix `1` gives
                    // `name: 12`, `x10` with prefix `0` gives `16`).
                    let was_plain = r.scalar_meta.iter().any(|(f, _)| *f == "name")
                        || crate::yaml::plain_annotation_value(name).is_none();
                    let typed = if was_plain { crate::yaml::plain_annotation_value(&new) } else { None };
                    r.set_name(new);
                    r.scalar_meta.retain(|(f, _)| *f != "name");
                    if let Some(v) = typed.filter(|v| v.is_number() || v.is_boolean()) {
                        r.scalar_meta.push(("name", v));
                    }
                    // one at a time (most resources get one of each)
                    if !self.prefix.is_empty() {
                        r.name_prefixes.reserve_exact(1);
                        r.name_prefixes.push(self.prefix.clone());
                    }
                    if !self.suffix.is_empty() {
                        r.name_suffixes.reserve_exact(1);
                        r.name_suffixes.push(self.suffix.clone());
                    }
                }
                continue;
            }
            s.visit_resource(r, Leaf::Never, &mut |v| {
                let new = match v {
                    Value::String(s) => self.decorate(s),
                    Value::Number(n) => self.decorate(&n.to_string()),
                    Value::Bool(b) => self.decorate(&b.to_string()),
                    _ => return Ok(()),
                };
                *v = Value::String(new);
                Ok(())
            })?;
        }
        Ok(())
    }
}

impl PrefixSuffixTransformer {
    /// The per-resource form (see [`super::fused`]).
    pub fn step(&self) -> PrefixSuffixStep<'_> {
        PrefixSuffixStep { t: self, specs: PathSpec::compile(&self.fields).into() }
    }
}

pub struct PrefixSuffixStep<'a> {
    t: &'a PrefixSuffixTransformer,
    specs: super::fieldspec::SpecList,
}

impl PerResource for PrefixSuffixStep<'_> {
    fn apply_one(&self, r: &mut Resource) -> Result<()> {
        if self.t.prefix.is_empty() && self.t.suffix.is_empty() {
            return Ok(());
        }
        self.t.apply_one(r, &self.specs)
    }
}

impl Transformer for PrefixSuffixTransformer {
    fn per_resource(&self) -> Result<Option<Box<dyn super::PerResource + '_>>> {
        Ok(Some(Box::new(Self::step(self))))
    }

    fn apply(&self, m: &mut ResMap) -> Result<()> {
        super::fused::run_one(&self.step(), m)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::yaml::json;

    fn resmap(objs: Vec<Value>) -> ResMap {
        objs.into_iter().map(Resource::new).collect()
    }

    fn name_spec() -> Vec<FieldSpec> {
        vec![FieldSpec::new("", "", "", "metadata/name", false)]
    }

    #[test]
    fn renames_all_but_skipped_kinds() {
        let mut m = resmap(vec![
            json!({"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"cm"}}),
            json!({"apiVersion":"apiextensions.k8s.io/v1","kind":"CustomResourceDefinition","metadata":{"name":"crd"}}),
            json!({"apiVersion":"example.com/v1","kind":"CustomResourceDefinition","metadata":{"name":"crd2"}}),
            json!({"apiVersion":"apiregistration.k8s.io/v1","kind":"APIService","metadata":{"name":"api"}}),
            json!({"apiVersion":"example.com/v1","kind":"APIService","metadata":{"name":"api2"}}),
            json!({"apiVersion":"v1","kind":"Namespace","metadata":{"name":"ns"}}),
            json!({"apiVersion":"rbac.authorization.k8s.io/v1","kind":"ClusterRole","metadata":{"name":"cr"}}),
        ]);
        for t in [
            PrefixSuffixTransformer { prefix: "p-".into(), suffix: String::new(), fields: name_spec() },
            PrefixSuffixTransformer { prefix: String::new(), suffix: "-s".into(), fields: name_spec() },
        ] {
            t.apply(&mut m).unwrap();
        }
        let names: Vec<&str> = m.iter().map(|r| r.name()).collect();
        assert_eq!(names, ["p-cm-s", "crd", "crd2", "api", "p-api2-s", "ns", "p-cr-s"]);
        let hist: Vec<String> = m.at(0).all_ids().map(|i| i.name).collect();
        assert_eq!(hist, ["cm", "p-cm", "p-cm-s"]);
    }

    #[test]
    fn kind_selective_specs_and_other_paths() {
        let t = PrefixSuffixTransformer {
            prefix: "zzz-".into(),
            suffix: String::new(),
            fields: vec![
                FieldSpec::new("", "", "Deployment", "metadata/name", false),
                FieldSpec::new("", "", "Deployment", "spec/x/name", true),
                FieldSpec::new("", "", "Deployment", "spec/missing", true),
            ],
        };
        let mut m = resmap(vec![
            json!({"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"d"},"spec":{"x":[{"name":"a"},{"name":"b"},{}]}}),
            json!({"apiVersion":"v1","kind":"Service","metadata":{"name":"s"}}),
        ]);
        t.apply(&mut m).unwrap();
        assert_eq!(m.at(0).name(), "zzz-d");
        assert_eq!(m.at(0).obj["spec"], json!({"x":[{"name":"zzz-a"},{"name":"zzz-b"},{}]}));
        assert_eq!(m.at(1).name(), "s");
    }
}
