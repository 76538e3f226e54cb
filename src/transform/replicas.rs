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
            // (a missing or null field is given as "" to the closure below)
            let existed = s.path.contains("[]") || r.obj.pointer(&format!("/{}", s.path)).is_some_and(|v| !v.is_null());
            s.visit_resource(r, Leaf::Scalar, &mut |v| {
                // kustomize sets the count as the node's text, keeping its
                // style: a count a patch made a string that YAML must quote
                // (`"10"`) stays a string; one written plain (`x`) reads
                // back as the number.
                *v = match v {
                    Value::Object(_) | Value::Array(_) => {
                        bail!(
                            "wrong node kind: expected ScalarNode but got {}: node contents:\n{}",
                            node_kind(v),
                            node_contents(v)
                        )
                    }
                    Value::String(s) if existed && written_quoted(s) => Value::String(self.t.replica.count.to_string()),
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

/// Whether go-yaml writes the string `s` as a map value in a quoted (or
/// block) style rather than plain. A string reaches `spec.replicas` through
/// a JSON patch, which kustomize writes back to YAML, so the node is quoted
/// exactly when the writer quotes it (`"10"`, `"yes"`, `""`, `"a: b"`),
/// and plain otherwise (`x`, `3x`, `1.2.3`). (A string quoted in a resource
/// file without need, `replicas: "x"`, also keeps its quotes in kustomize;
/// kforge does not keep quoting and counts it as plain.)
fn written_quoted(s: &str) -> bool {
    let mut m = crate::yaml::Map::new();
    m.insert("a".to_string(), Value::String(s.to_string()));
    let y = crate::yaml::to_yaml(&Value::Object(m));
    !matches!(y.strip_prefix("a:").and_then(|r| r.chars().nth(1)), Some(c) if c != '"' && c != '\'' && c != '|' && c != '>')
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

    #[test]
    fn a_string_count_stays_a_string_only_when_written_quoted() {
        let mut m: ResMap = ["10", "x", "", "yes", "1.2.3"]
            .iter()
            .enumerate()
            .map(|(i, c)| {
                Resource::new(json!({"apiVersion":"apps/v1","kind":"Deployment",
                    "metadata":{"name":format!("d{i}")},"spec":{"replicas":c}}))
            })
            .collect();
        for i in 0..5 {
            let t =
                ReplicaCountTransformer { replica: Replica { name: format!("d{i}"), count: 3 }, fields: defaults() };
            t.apply(&mut m).unwrap();
        }
        let counts: Vec<&Value> = m.iter().map(|r| &r.obj["spec"]["replicas"]).collect();
        assert_eq!(counts, [&json!("3"), &json!(3), &json!("3"), &json!("3"), &json!(3)]);
    }
}
