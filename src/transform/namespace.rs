//! `namespace:` and the NamespaceTransformer plugin: move namespaced objects
//! into one namespace and rewrite the fields that name it.
//!
//! As kustomize does:
//! - `metadata.namespace` is set on every namespaced kind (never on
//!   cluster-scoped ones), whatever the field specs say about it;
//! - a `metadata/name` spec (the default one renames `Namespace` objects)
//!   only applies to objects of `apiVersion: v1`;
//! - RoleBinding / ClusterRoleBinding subjects follow `setRoleBindingSubjects`
//!   (default: only subjects named `default`), and `subjects/namespace` specs
//!   for those kinds are ignored;
//! - every other spec sets its scalar (creating it when the spec says so);
//! - `unsetOnly` leaves fields that already hold a non-empty value.
use crate::transform::error::{bail, Result};
use crate::yaml::Value;

use super::fieldspec::FieldSpec;
use super::fieldspec::{node_kind, Leaf, PathSpec};
use super::fused::PerResource;
use super::Transformer;
use crate::model::{ResMap, Resource};

/// Which RoleBinding/ClusterRoleBinding subjects get the namespace.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum RoleBindingSubjects {
    /// Subjects named `default` (any kind). kustomize's default.
    #[default]
    DefaultOnly,
    /// Subjects of kind ServiceAccount.
    AllServiceAccounts,
    /// No subjects.
    None,
}

impl RoleBindingSubjects {
    /// The plugin config's `setRoleBindingSubjects` value (empty = default).
    pub fn parse(s: &str) -> Result<RoleBindingSubjects> {
        match s {
            "" | "defaultOnly" => Ok(RoleBindingSubjects::DefaultOnly),
            "allServiceAccounts" => Ok(RoleBindingSubjects::AllServiceAccounts),
            "none" => Ok(RoleBindingSubjects::None),
            other => bail!(
                "invalid value \"{other}\" for setRoleBindingSubjects: must be one of \"defaultOnly\", \"none\" or \"allServiceAccounts\""
            ),
        }
    }
}

#[derive(Clone, Debug, Default)]
pub struct NamespaceTransformer {
    pub namespace: String,
    pub fields: Vec<FieldSpec>,
    pub unset_only: bool,
    pub set_role_binding_subjects: RoleBindingSubjects,
}

fn is_role_binding(kind: &str) -> bool {
    kind == "RoleBinding" || kind == "ClusterRoleBinding"
}

impl NamespaceTransformer {
    /// Set one scalar field (kustomize's SetEntry / SetEntryIfEmpty).
    fn set(&self, v: &mut Value) -> Result<()> {
        match v {
            Value::Object(_) | Value::Array(_) => bail!(
                "namespace field specs must target scalar nodes: wrong node kind: expected ScalarNode but got {}",
                node_kind(v)
            ),
            Value::String(s) if self.unset_only && !s.is_empty() => Ok(()),
            Value::Bool(_) | Value::Number(_) if self.unset_only => Ok(()),
            _ => {
                *v = Value::String(self.namespace.clone());
                Ok(())
            }
        }
    }

    fn subjects(&self, obj: &mut Value) -> Result<()> {
        if self.set_role_binding_subjects == RoleBindingSubjects::None {
            return Ok(());
        }
        let Some(subjects) = obj.get_mut("subjects") else {
            return Ok(());
        };
        let items = match subjects {
            Value::Null => return Ok(()),
            Value::Array(items) => items,
            other => bail!(
                "setting namespace on (cluster)role binding subjects: wrong node kind: expected SequenceNode but got {}",
                node_kind(other)
            ),
        };
        for item in items {
            let Value::Object(o) = item else { continue };
            let (field, want) = match self.set_role_binding_subjects {
                RoleBindingSubjects::AllServiceAccounts => ("kind", "ServiceAccount"),
                _ => ("name", "default"),
            };
            if o.get(field).and_then(Value::as_str) != Some(want) {
                continue;
            }
            let ns = o.entry("namespace").or_insert_with(|| Value::String(String::new()));
            self.set(ns)?;
        }
        Ok(())
    }
}

impl NamespaceTransformer {
    /// The per-resource form (see [`super::fused`]).
    pub fn step(&self) -> NamespaceStep<'_> {
        let specs = PathSpec::compile(&self.fields).into_iter().filter(|s| s.path != "metadata/namespace").collect();
        NamespaceStep { t: self, specs }
    }
}

pub struct NamespaceStep<'a> {
    t: &'a NamespaceTransformer,
    specs: super::fieldspec::SpecList,
}

impl PerResource for NamespaceStep<'_> {
    fn apply_one(&self, r: &mut Resource) -> Result<()> {
        let t = self.t;
        if t.namespace.is_empty() || r.obj.as_object().is_none_or(|o| o.is_empty()) {
            return Ok(());
        }
        let (group, version, kind) = super::fieldspec::gvk_parts(r);
        let cluster_scoped = crate::model::Gvk::parts_cluster_scoped(group, version, kind);
        let binding = is_role_binding(kind);
        let chosen = super::fieldspec::selecting(&self.specs, r);
        // kustomize records the id before this step for every resource,
        // cluster-scoped or unchanged ones too: name references rely on it.
        r.push_prev_id(r.cur_id());
        if !cluster_scoped && (!t.unset_only || r.namespace().is_empty()) {
            // a JSON patch may have made it a mapping or a list
            if let Some(v @ (Value::Object(_) | Value::Array(_))) = r.obj.pointer("/metadata/namespace") {
                bail!(
                    "considering field 'metadata/namespace' of object {}: wrong node kind: expected ScalarNode but got {}",
                    r.cur_id(),
                    super::fieldspec::node_kind(v)
                );
            }
            crate::model::set_path(&mut r.obj, &["metadata", "namespace"], Value::String(t.namespace.clone()));
        }
        if binding {
            let id = r.cur_id();
            t.subjects(&mut r.obj).map_err(|e| crate::transform::TransformError::with_cause(id, e))?;
        }
        let is_v1 = r.api_version() == "v1";
        for s in chosen {
            if binding && s.path == "subjects/namespace" && is_role_binding(&s.gvk.kind) {
                continue;
            }
            if s.path == "metadata/name" {
                // Renaming (the Namespace object itself) keeps the id history.
                if is_v1 && (r.has_name() || s.create) && (!t.unset_only || !r.has_name()) {
                    r.set_name(&t.namespace);
                }
                continue;
            }
            s.visit_resource(r, Leaf::Scalar, &mut |v| t.set(v))
                .map_err(|e| crate::transform::TransformError::with_cause("namespace transformation failed", e))?;
        }
        Ok(())
    }

    fn finish(&self, m: &mut ResMap) -> Result<()> {
        if self.t.namespace.is_empty() {
            return Ok(());
        }
        if let Err(e) = m.check_unique() {
            bail!("namespace transformation produces ID conflict: {}", e.0);
        }
        Ok(())
    }
}

impl Transformer for NamespaceTransformer {
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
    use crate::model::Resource;
    use crate::yaml::json;

    fn defaults() -> Vec<FieldSpec> {
        vec![
            FieldSpec::new("", "", "", "metadata/namespace", true),
            FieldSpec::new("", "", "Namespace", "metadata/name", true),
            FieldSpec::new("", "", "RoleBinding", "subjects/namespace", false),
            FieldSpec::new("", "", "ClusterRoleBinding", "subjects/namespace", false),
            FieldSpec::new("apiregistration.k8s.io", "", "APIService", "spec/service/namespace", true),
            FieldSpec::new(
                "apiextensions.k8s.io",
                "",
                "CustomResourceDefinition",
                "spec/conversion/webhook/clientConfig/service/namespace",
                false,
            ),
        ]
    }

    fn resmap(objs: Vec<Value>) -> ResMap {
        objs.into_iter().map(Resource::new).collect()
    }

    fn binding() -> Value {
        json!({"apiVersion":"rbac.authorization.k8s.io/v1","kind":"RoleBinding","metadata":{"name":"rb"},
               "subjects":[{"kind":"ServiceAccount","name":"default"},{"kind":"ServiceAccount","name":"sa1"},
                           {"kind":"ServiceAccount","name":"sa2","namespace":"other"},{"kind":"Group","name":"default"}]})
    }

    #[test]
    fn kustomization_namespace() {
        let mut m = resmap(vec![
            json!({"apiVersion":"v1","kind":"Namespace","metadata":{"name":"old"}}),
            json!({"apiVersion":"example.com/v1","kind":"Widget","metadata":{"name":"w","namespace":"x"}}),
            json!({"apiVersion":"rbac.authorization.k8s.io/v1","kind":"ClusterRole","metadata":{"name":"cr"}}),
            binding(),
            json!({"apiVersion":"apiregistration.k8s.io/v1","kind":"APIService","metadata":{"name":"a"}}),
            json!({"apiVersion":"apiextensions.k8s.io/v1","kind":"CustomResourceDefinition","metadata":{"name":"c"},
                   "spec":{"conversion":{"webhook":{"clientConfig":{"service":{"name":"s","namespace":"y"}}}}}}),
            json!({"apiVersion":"admissionregistration.k8s.io/v1","kind":"MutatingWebhookConfiguration","metadata":{"name":"m"},
                   "webhooks":[{"clientConfig":{"service":{"name":"s","namespace":"x"}}}]}),
        ]);
        NamespaceTransformer { namespace: "newns".into(), fields: defaults(), ..Default::default() }
            .apply(&mut m)
            .unwrap();
        assert_eq!(m.at(0).obj["metadata"], json!({"name":"newns"}));
        assert_eq!(m.at(0).prev_ids[0].name, "old");
        assert_eq!(m.at(1).namespace(), "newns");
        assert_eq!(m.at(1).prev_ids[0].namespace, "x");
        assert_eq!(m.at(2).obj["metadata"], json!({"name":"cr"}));
        assert_eq!(
            m.at(3).obj["subjects"],
            json!([{"kind":"ServiceAccount","name":"default","namespace":"newns"},{"kind":"ServiceAccount","name":"sa1"},
                   {"kind":"ServiceAccount","name":"sa2","namespace":"other"},{"kind":"Group","name":"default","namespace":"newns"}])
        );
        assert_eq!(m.at(3).namespace(), "newns");
        assert_eq!(m.at(4).obj["spec"], json!({"service":{"namespace":"newns"}}));
        assert_eq!(m.at(4).obj["metadata"], json!({"name":"a"}));
        assert_eq!(m.at(5).obj["spec"]["conversion"]["webhook"]["clientConfig"]["service"]["namespace"], "newns");
        assert_eq!(m.at(6).obj["webhooks"][0]["clientConfig"]["service"]["namespace"], "x");
    }

    #[test]
    fn custom_namespace_kind_is_not_renamed() {
        let mut m = resmap(vec![json!({"apiVersion":"example.com/v1","kind":"Namespace","metadata":{"name":"n"}})]);
        NamespaceTransformer { namespace: "newns".into(), fields: defaults(), ..Default::default() }
            .apply(&mut m)
            .unwrap();
        assert_eq!(m.at(0).name(), "n");
    }

    #[test]
    fn unset_only_and_all_service_accounts() {
        let mut m = resmap(vec![
            json!({"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"keep","namespace":"keep"}}),
            json!({"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"set"}}),
            binding(),
        ]);
        let t = NamespaceTransformer {
            namespace: "newns".into(),
            fields: defaults(),
            unset_only: true,
            set_role_binding_subjects: RoleBindingSubjects::AllServiceAccounts,
        };
        t.apply(&mut m).unwrap();
        assert_eq!(m.at(0).namespace(), "keep");
        assert_eq!(m.at(1).namespace(), "newns");
        assert_eq!(
            m.at(2).obj["subjects"],
            json!([{"kind":"ServiceAccount","name":"default","namespace":"newns"},{"kind":"ServiceAccount","name":"sa1","namespace":"newns"},
                   {"kind":"ServiceAccount","name":"sa2","namespace":"other"},{"kind":"Group","name":"default"}])
        );

        let mut m = resmap(vec![binding()]);
        let t = NamespaceTransformer { set_role_binding_subjects: RoleBindingSubjects::AllServiceAccounts, ..t };
        NamespaceTransformer { unset_only: false, ..t }.apply(&mut m).unwrap();
        assert_eq!(m.at(0).obj["subjects"][2]["namespace"], "newns");

        let mut m = resmap(vec![binding()]);
        let none = NamespaceTransformer {
            namespace: "n".into(),
            set_role_binding_subjects: RoleBindingSubjects::None,
            ..Default::default()
        };
        none.apply(&mut m).unwrap();
        assert_eq!(m.at(0).obj["subjects"], binding()["subjects"]);
    }

    #[test]
    fn id_conflict_and_parse() {
        let mut m = resmap(vec![
            json!({"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"c","namespace":"a"}}),
            json!({"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"c","namespace":"b"}}),
        ]);
        let e = NamespaceTransformer { namespace: "x".into(), fields: defaults(), ..Default::default() }
            .apply(&mut m)
            .unwrap_err()
            .to_string();
        assert!(e.starts_with("namespace transformation produces ID conflict"), "{e}");
        assert_eq!(RoleBindingSubjects::parse("").unwrap(), RoleBindingSubjects::DefaultOnly);
        assert!(RoleBindingSubjects::parse("some").unwrap_err().to_string().contains("invalid value \"some\""));
    }
}
