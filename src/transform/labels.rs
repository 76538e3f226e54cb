//! Adding string pairs to mappings at field-spec paths: `commonLabels`,
//! `labels:` entries and `commonAnnotations` (kustomize's LabelTransformer and
//! AnnotationsTransformer).

use std::collections::BTreeMap;

use crate::transform::error::{bail, err, Result};
use crate::yaml::Value;

use super::config::TransformerConfig;
use super::fieldspec::{node_contents, node_kind, FieldSpec, Leaf, PathSpec};
use super::fused::PerResource;
use super::Transformer;
use crate::model::{ResMap, Resource};
use crate::types::Label;

/// Adds `pairs` to the mapping at each of `fields` (commonLabels, labels,
/// commonAnnotations). Values are always strings.
#[derive(Clone, Debug, Default)]
pub struct MapFieldTransformer {
    pub pairs: BTreeMap<String, String>,
    pub fields: Vec<FieldSpec>,
}

/// One `labels:` entry: selectors too with `includeSelectors`, else pod and
/// claim templates with `includeTemplates`, else only `metadata/labels`; plus
/// the entry's own `fields`. Specs are merged as kustomize does (a spec
/// covered by an earlier one with the same path is dropped; a different
/// `create` for it is an error).
pub fn label_entry_specs(label: &Label, cfg: &TransformerConfig) -> Result<Vec<FieldSpec>> {
    // The entry's own specs come first; the defaults are merged into them.
    let mut fields = Vec::new();
    merge_all(&mut fields, &label.fields)?;
    if label.include_selectors {
        merge_all(&mut fields, &cfg.common_labels)?;
    } else {
        merge_all(&mut fields, &[FieldSpec::new("", "", "", "metadata/labels", true)])?;
        if label.include_templates {
            merge_all(&mut fields, &cfg.template_labels)?;
        }
    }
    // Extra places for `labels:` entries from `configurations:` files.
    merge_all(&mut fields, &cfg.labels)?;
    Ok(fields)
}

/// kustomize's `FsSlice.MergeAll`, with the label transformer's error text.
fn merge_all(dst: &mut Vec<FieldSpec>, src: &[FieldSpec]) -> Result<()> {
    super::config::merge_specs(dst, src).map_err(|_| err!("failed to merge labels: conflicting fieldspecs"))
}

fn set_pairs(v: &mut Value, pairs: &BTreeMap<String, String>) -> Result<()> {
    match v {
        // An existing null the spec may not create stays as it is.
        Value::Null => Ok(()),
        Value::Object(m) => {
            for (k, val) in pairs {
                m.insert(k.clone(), Value::String(val.clone()));
            }
            Ok(())
        }
        other => bail!(
            "wrong node kind: expected MappingNode but got {}: node contents:\n{}",
            node_kind(other),
            node_contents(other)
        ),
    }
}

impl MapFieldTransformer {
    /// The per-resource form (see [`super::fused`]).
    pub fn step(&self) -> MapFieldStep<'_> {
        MapFieldStep { t: self, specs: PathSpec::compile(&self.fields).into() }
    }
}

pub struct MapFieldStep<'a> {
    t: &'a MapFieldTransformer,
    specs: super::fieldspec::SpecList,
}

impl PerResource for MapFieldStep<'_> {
    fn apply_one(&self, r: &mut Resource) -> Result<()> {
        if self.t.pairs.is_empty() {
            return Ok(());
        }
        for s in super::fieldspec::selecting(&self.specs, r) {
            s.visit_resource(r, Leaf::Map, &mut |v| set_pairs(v, &self.t.pairs))?;
        }
        Ok(())
    }
}

impl Transformer for MapFieldTransformer {
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

    fn map(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
        pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
    }

    fn fs(kind: &str, path: &str, create: bool) -> FieldSpec {
        FieldSpec::new("", "", kind, path, create)
    }

    fn resmap(objs: Vec<Value>) -> ResMap {
        objs.into_iter().map(Resource::new).collect()
    }

    #[test]
    fn creates_maps_but_not_sequences() {
        let t = MapFieldTransformer {
            pairs: map(&[("app", "x")]),
            fields: vec![
                fs("", "metadata/labels", true),
                fs("StatefulSet", "spec/selector/matchLabels", true),
                fs("StatefulSet", "spec/volumeClaimTemplates[]/metadata/labels", true),
                fs("Job", "spec/selector/matchLabels", false),
            ],
        };
        let mut m = resmap(vec![
            json!({"apiVersion":"apps/v1","kind":"StatefulSet","metadata":{"name":"a"}}),
            json!({"apiVersion":"apps/v1","kind":"StatefulSet","metadata":{"name":"b","labels":{"z":"1"}},
                   "spec":{"volumeClaimTemplates":[{"metadata":{"name":"v"}}]}}),
            json!({"apiVersion":"batch/v1","kind":"Job","metadata":{"name":"j"}}),
        ]);
        t.apply(&mut m).unwrap();
        assert_eq!(
            m.at(0).obj,
            json!({"apiVersion":"apps/v1","kind":"StatefulSet","metadata":{"name":"a","labels":{"app":"x"}},
                   "spec":{"selector":{"matchLabels":{"app":"x"}}}})
        );
        assert_eq!(m.at(1).obj["metadata"]["labels"], json!({"app":"x","z":"1"}));
        assert_eq!(m.at(1).obj["spec"]["volumeClaimTemplates"][0]["metadata"]["labels"], json!({"app":"x"}));
        assert_eq!(m.at(2).obj.get("spec"), None);
    }

    #[test]
    fn nulls_and_wrong_kinds() {
        let t = MapFieldTransformer {
            pairs: map(&[("a", "b")]),
            fields: vec![
                fs("Foo", "spec/items[]/metadata/labels", true),
                fs("Foo", "spec/other/labels", true),
                fs("Foo", "spec/sel/matchLabels", false),
            ],
        };
        let mut m = resmap(vec![
            json!({"apiVersion":"x/v1","kind":"Foo","metadata":{"name":"a"}}),
            json!({"apiVersion":"x/v1","kind":"Foo","metadata":{"name":"b"},
                   "spec":{"items":null,"other":null,"sel":{"matchLabels":null}}}),
        ]);
        t.apply(&mut m).unwrap();
        assert_eq!(m.at(0).obj["spec"], json!({"other":{"labels":{"a":"b"}}}));
        assert_eq!(m.at(1).obj["spec"], json!({"items":[],"other":{"labels":{"a":"b"}},"sel":{"matchLabels":null}}));

        let bad = MapFieldTransformer { pairs: map(&[("a", "b")]), fields: vec![fs("Foo", "spec/str", false)] };
        let mut m =
            resmap(vec![json!({"apiVersion":"x/v1","kind":"Foo","metadata":{"name":"b"},"spec":{"str":"hello"}})]);
        let e = bad.apply(&mut m).unwrap_err();
        assert!(e.to_string().starts_with("transforming Foo.v1.x/b.[noNs]"), "{e:#}");
        let e = e.root_cause().to_string();
        assert!(
            e.starts_with("considering field 'spec/str' of object Foo.v1.x/b.[noNs]: wrong node kind: expected MappingNode but got ScalarNode"),
            "{e}"
        );
    }

    #[test]
    fn implicit_sequences() {
        let t = MapFieldTransformer {
            pairs: map(&[("a", "b")]),
            fields: vec![fs("NetworkPolicy", "spec/ingress/from/podSelector/matchLabels", false)],
        };
        let mut m =
            resmap(vec![json!({"apiVersion":"networking.k8s.io/v1","kind":"NetworkPolicy","metadata":{"name":"n"},
            "spec":{"ingress":[{"from":[{"podSelector":{"matchLabels":{"x":"y"}}},{"ipBlock":{}}]}]}})]);
        t.apply(&mut m).unwrap();
        assert_eq!(
            m.at(0).obj["spec"]["ingress"][0]["from"][0]["podSelector"]["matchLabels"],
            json!({"a":"b","x":"y"})
        );
        assert_eq!(m.at(0).obj["spec"]["ingress"][0]["from"][1], json!({"ipBlock":{}}));
    }

    fn cfg() -> TransformerConfig {
        TransformerConfig {
            common_labels: vec![
                fs("", "metadata/labels", true),
                fs("Deployment", "spec/template/metadata/labels", true),
                fs("Deployment", "spec/selector/matchLabels", true),
            ],
            template_labels: vec![
                fs("", "metadata/labels", true),
                fs("Deployment", "spec/template/metadata/labels", true),
            ],
            common_annotations: vec![fs("", "metadata/annotations", true)],
            ..Default::default()
        }
    }

    #[test]
    fn labels_entry_field_choice() {
        let c = cfg();
        let plain = Label { pairs: map(&[("a", "b")]), ..Default::default() };
        assert_eq!(label_entry_specs(&plain, &c).unwrap(), vec![fs("", "metadata/labels", true)]);

        let tmpl = Label { include_templates: true, ..plain.clone() };
        assert_eq!(label_entry_specs(&tmpl, &c).unwrap(), c.template_labels);

        let sel = Label {
            include_selectors: true,
            include_templates: true,
            fields: vec![fs("ConfigMap", "metadata/labels", true), fs("Foo", "spec/x", true)],
            ..plain.clone()
        };
        // The entry's own specs come first and shadow the general
        // `metadata/labels` default (checked with kustomize v5.7.1: only the
        // ConfigMap then gets metadata labels).
        let got = label_entry_specs(&sel, &c).unwrap();
        assert_eq!(got[..2], [fs("ConfigMap", "metadata/labels", true), fs("Foo", "spec/x", true)]);
        assert!(!got.iter().any(|f| f.kind.is_empty() && f.path == "metadata/labels"));
        assert!(got.iter().any(|f| f.path == "spec/selector/matchLabels"));

        let conflict = Label { fields: vec![fs("ConfigMap", "metadata/labels", false)], ..plain };
        let e = label_entry_specs(&conflict, &c).unwrap_err().to_string();
        assert_eq!(e, "failed to merge labels: conflicting fieldspecs");
    }

    #[test]
    fn common_labels_and_annotations() {
        let c = cfg();
        let mut m = resmap(vec![
            json!({"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"d"}}),
            json!({"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"c"}}),
        ]);
        MapFieldTransformer { pairs: map(&[("app", "1")]), fields: c.common_labels.clone() }.apply(&mut m).unwrap();
        MapFieldTransformer { pairs: map(&[("note", "x")]), fields: c.common_annotations.clone() }
            .apply(&mut m)
            .unwrap();
        assert_eq!(
            m.at(0).obj,
            json!({"apiVersion":"apps/v1","kind":"Deployment",
                   "metadata":{"name":"d","labels":{"app":"1"},"annotations":{"note":"x"}},
                   "spec":{"selector":{"matchLabels":{"app":"1"}},"template":{"metadata":{"labels":{"app":"1"}}}}})
        );
        assert_eq!(m.at(1).obj["metadata"], json!({"name":"c","labels":{"app":"1"},"annotations":{"note":"x"}}));
    }
}

#[cfg(test)]
mod builtin_tests {
    use super::*;

    fn has(specs: &[FieldSpec], group: &str, kind: &str, path: &str, create: bool) -> bool {
        specs.contains(&FieldSpec::new(group, "", kind, path, create))
    }

    #[test]
    fn builtin_label_specs() {
        let c = TransformerConfig::builtin();
        let cl = &c.common_labels;
        assert!(has(cl, "", "", "metadata/labels", true));
        assert!(has(cl, "", "Deployment", "spec/selector/matchLabels", true));
        assert!(has(cl, "", "Deployment", "spec/template/metadata/labels", true));
        assert!(has(cl, "apps", "StatefulSet", "spec/volumeClaimTemplates[]/metadata/labels", true));
        assert!(has(cl, "batch", "Job", "spec/selector/matchLabels", false));
        assert!(has(cl, "batch", "CronJob", "spec/jobTemplate/spec/template/metadata/labels", true));
        assert!(has(cl, "policy", "PodDisruptionBudget", "spec/selector/matchLabels", false));
        assert!(has(cl, "networking.k8s.io", "NetworkPolicy", "spec/podSelector/matchLabels", false));
        assert!(cl.contains(&FieldSpec::new("", "v1", "Service", "spec/selector", true)));
        assert_eq!(cl.len(), 32);
        // Templates: no selectors.
        assert_eq!(c.template_labels.len(), 10);
        assert!(!c.template_labels.iter().any(|f| f.path.contains("selector")));
        assert_eq!(c.common_annotations.len(), 9);
        assert_eq!(c.name_prefix, vec![FieldSpec::new("", "", "", "metadata/name", false)]);
        assert_eq!(c.name_suffix, c.name_prefix);
        assert_eq!(c.namespace.len(), 6);
        assert_eq!(c.images.len(), 4);
        assert_eq!(c.replicas.len(), 4);
        assert!(has(&c.var_reference, "", "Ingress", "spec/rules/host", false));
    }
}
