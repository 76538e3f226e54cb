//! `replicas:` (kustomize's ReplicaCountTransformer).
//!
//! For each field spec, the resources that have (or had, before any rename)
//! the entry's name and a kind the spec selects get the count at the spec's
//! path (created when missing). No match for any spec is an error.
use crate::transform::error::{bail, Result};
use crate::yaml::Value;

use super::fieldspec::FieldSpec;
use super::fieldspec::{node_contents, node_kind, Leaf, PathSpec};
use super::fused::PerResource;
use super::Transformer;
use crate::model::{Gvk, ResMap, Resource};
use crate::types::Replica;

#[derive(Clone, Debug, Default)]
pub struct ReplicaCountTransformer {
    pub replica: Replica,
    pub fields: Vec<FieldSpec>,
}

impl ReplicaCountTransformer {
    /// The per-resource form (see [`super::fused`]).
    pub fn step(&self) -> ReplicaStep<'_> {
        ReplicaStep {
            t: self,
            specs: PathSpec::compile(&self.fields),
            found: std::sync::atomic::AtomicBool::new(false),
        }
    }
}

pub struct ReplicaStep<'a> {
    t: &'a ReplicaCountTransformer,
    specs: Vec<PathSpec>,
    found: std::sync::atomic::AtomicBool,
}

impl PerResource for ReplicaStep<'_> {
    fn apply_one(&self, r: &mut Resource) -> Result<()> {
        let name = self.t.replica.name.as_str();
        // Resources that have or had this name (checked without allocating ids).
        if r.name() != name && !r.prev_ids.iter().any(|p| p.name == name) {
            return Ok(());
        }
        for s in &self.specs {
            if !r.all_ids().any(|id| id.name == name && s.selects(&id.gvk)) {
                continue;
            }
            self.found.store(true, std::sync::atomic::Ordering::Relaxed);
            if !s.selects(&r.gvk()) {
                continue;
            }
            s.visit_resource(r, Leaf::Scalar, &mut |v| {
                // kustomize sets the count as the node's text, keeping its
                // tag: a count a patch made a string stays one (`"10"`).
                *v = match v {
                    Value::Object(_) | Value::Array(_) => {
                        bail!(
                            "wrong node kind: expected ScalarNode but got {}: node contents:\n{}",
                            node_kind(v),
                            node_contents(v)
                        )
                    }
                    Value::String(s) if !s.is_empty() => Value::String(self.t.replica.count.to_string()),
                    _ => Value::from(self.t.replica.count),
                };
                Ok(())
            })?;
        }
        Ok(())
    }

    fn finish(&self, _m: &mut ResMap) -> Result<()> {
        if !self.found.load(std::sync::atomic::Ordering::Relaxed) {
            let gvks: Vec<String> =
                self.t.fields.iter().map(|f| Gvk::new(&f.group, &f.version, &f.kind).to_string()).collect();
            bail!(
                "resource with name {} does not match a config with the following GVK [{}]",
                self.t.replica.name,
                gvks.join(" ")
            );
        }
        Ok(())
    }
}

impl Transformer for ReplicaCountTransformer {
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
        ["Deployment", "StatefulSet", "ReplicaSet", "ReplicationController"]
            .iter()
            .map(|k| FieldSpec::new("", "", k, "spec/replicas", true))
            .collect()
    }

    fn resmap() -> ResMap {
        vec![
            json!({"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"d"}}),
            json!({"apiVersion":"apps/v1","kind":"StatefulSet","metadata":{"name":"d"},"spec":{"replicas":5}}),
            json!({"apiVersion":"x/v1","kind":"Foo","metadata":{"name":"d"},"spec":{"replicas":5}}),
            json!({"apiVersion":"v1","kind":"ReplicationController","metadata":{"name":"rc"},"spec":{"replicas":5}}),
        ]
        .into_iter()
        .map(Resource::new)
        .collect()
    }

    #[test]
    fn sets_by_current_or_original_name() {
        let mut m = resmap();
        for r in m.iter_mut() {
            let n = format!("p-{}", r.name());
            r.set_name(&n);
        }
        let t = ReplicaCountTransformer { replica: Replica { name: "d".into(), count: 3 }, fields: defaults() };
        t.apply(&mut m).unwrap();
        let t = ReplicaCountTransformer { replica: Replica { name: "p-rc".into(), count: 0 }, fields: defaults() };
        t.apply(&mut m).unwrap();
        let counts: Vec<&Value> = m.iter().map(|r| &r.obj["spec"]["replicas"]).collect();
        assert_eq!(counts, [&json!(3), &json!(3), &json!(5), &json!(0)]);
    }

    #[test]
    fn no_match_is_an_error() {
        let mut m = resmap();
        let t = ReplicaCountTransformer { replica: Replica { name: "nope".into(), count: 3 }, fields: defaults() };
        assert_eq!(
            t.apply(&mut m).unwrap_err().to_string(),
            "resource with name nope does not match a config with the following GVK \
             [Deployment.[noVer].[noGrp] StatefulSet.[noVer].[noGrp] ReplicaSet.[noVer].[noGrp] ReplicationController.[noVer].[noGrp]]"
        );
    }
}
