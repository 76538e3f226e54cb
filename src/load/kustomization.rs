//! The `kustomization.yaml` schema, field for field as kustomize v5 reads it.
//!
//! kustomize decodes the file with Go's `encoding/json` after a YAML 1.1 → JSON
//! step: unknown fields are errors and top-level field names match without
//! regard to case (`nameprefix` is `namePrefix`).
use std::collections::BTreeMap;

use crate::yaml::Value;
use serde::Deserialize;

pub use crate::types::{
    FieldSpec, GeneratorArgs, GeneratorOptions, Image, Label, LegacySortOptions, Patch, Replica, Selector, SortOptions,
};

/// A kustomization (kind `Kustomization`) or a component (kind `Component`).
#[derive(Debug, Default, Clone, Deserialize)]
#[serde(default, rename_all = "camelCase", deny_unknown_fields)]
pub struct Kustomization {
    pub api_version: String,
    pub kind: String,
    pub metadata: Option<Value>,
    #[serde(rename = "openapi")]
    pub open_api: Option<BTreeMap<String, String>>,
    pub name_prefix: String,
    pub name_suffix: String,
    pub namespace: String,
    pub common_labels: BTreeMap<String, String>,
    pub labels: Vec<Label>,
    pub common_annotations: BTreeMap<String, String>,
    pub patches_strategic_merge: Vec<String>,
    #[serde(rename = "patchesJson6902")]
    pub patches_json6902: Vec<Patch>,
    pub patches: Vec<Patch>,
    pub images: Vec<Image>,
    pub image_tags: Vec<Image>,
    pub replacements: Vec<Value>,
    pub replicas: Vec<Replica>,
    pub vars: Vec<Value>,
    pub sort_options: Option<SortOptions>,
    pub resources: Vec<String>,
    pub components: Vec<String>,
    pub crds: Vec<String>,
    pub bases: Vec<String>,
    pub config_map_generator: Vec<GeneratorArgs>,
    pub secret_generator: Vec<GeneratorArgs>,
    pub helm_globals: Option<Value>,
    pub helm_charts: Vec<Value>,
    pub helm_chart_inflation_generator: Vec<Value>,
    pub generator_options: Option<GeneratorOptions>,
    pub configurations: Vec<String>,
    pub generators: Vec<String>,
    pub transformers: Vec<String>,
    pub validators: Vec<String>,
    pub build_metadata: Vec<String>,
}

/// Top-level field names, for case-insensitive matching.
const FIELDS: &[&str] = &[
    "apiVersion",
    "kind",
    "metadata",
    "openapi",
    "namePrefix",
    "nameSuffix",
    "namespace",
    "commonLabels",
    "labels",
    "commonAnnotations",
    "patchesStrategicMerge",
    "patchesJson6902",
    "patches",
    "images",
    "imageTags",
    "replacements",
    "replicas",
    "vars",
    "sortOptions",
    "resources",
    "components",
    "crds",
    "bases",
    "configMapGenerator",
    "secretGenerator",
    "helmGlobals",
    "helmCharts",
    "helmChartInflationGenerator",
    "generatorOptions",
    "configurations",
    "generators",
    "transformers",
    "validators",
    "buildMetadata",
];

impl Kustomization {
    /// Decode from the parsed YAML, with kustomize's field-name matching.
    pub fn from_value(v: Value) -> Result<Kustomization, String> {
        let v = match v {
            Value::Null => return Ok(Kustomization::default()),
            Value::Object(m) => {
                let mut out = crate::yaml::Map::new();
                for (k, val) in m {
                    let canon = FIELDS
                        .iter()
                        .find(|f| f.eq_ignore_ascii_case(&k))
                        .map(|f| f.to_string())
                        .unwrap_or_else(|| k.into());
                    out.insert(canon, val);
                }
                // Go's json leaves a field unset for null.
                out.retain(|_, v| !v.is_null());
                Value::Object(out)
            }
            _ => return Err("kustomization must be a mapping".to_string()),
        };
        match Kustomization::deserialize(&serde_json::Value::from(&v)) {
            Ok(k) => Ok(k),
            Err(e) => {
                let msg = e.to_string();
                // "unknown field `x`" already names the key: show where it is.
                let path = error_path(&v).map(|path| {
                    msg.strip_prefix("unknown field `")
                        .and_then(|rest| rest.split('`').next())
                        .and_then(|name| path.strip_suffix(name))
                        .map(|p| p.trim_end_matches('.').to_string())
                        .unwrap_or(path)
                });
                Err(match path {
                    Some(path) if !path.is_empty() => {
                        format!("invalid Kustomization: field {path}: {msg}")
                    }
                    _ => format!("invalid Kustomization: {msg}"),
                })
            }
        }
    }

    /// `resources` with the deprecated `bases` appended, as kustomize reads them.
    pub fn all_resources(&self) -> impl Iterator<Item = &String> {
        self.resources.iter().chain(self.bases.iter())
    }
}

/// Where in `doc` (a kustomization that fails to decode) the bad value is,
/// as a path like `replicas[0].count`. serde_json does not report paths, so
/// this decodes the document's parts alone (every field has a default) and
/// follows the part that still fails. Only runs on the error path.
fn error_path(doc: &Value) -> Option<String> {
    let fails = |v: Value| Kustomization::deserialize(&serde_json::Value::from(v)).is_err();
    let top = doc.as_object()?;
    let (key, val) = top.iter().find(|(k, v)| {
        let mut one = crate::yaml::Map::new();
        one.insert_key((*k).clone(), (*v).clone());
        fails(Value::Object(one))
    })?;
    let mut path = key.to_string();
    // Wrap a value found at `steps` below the top-level field back into a
    // document with nothing else in it.
    let mut steps: Vec<Step> = Vec::new();
    let mut cur = val;
    'narrow: loop {
        let (children, empty): (Vec<(Step, &Value)>, Value) = match cur {
            Value::Array(items) => {
                (items.iter().enumerate().map(|(i, x)| (Step::Index(i), x)).collect(), Value::Array(Vec::new()))
            }
            Value::Object(m) => {
                (m.iter().map(|(k, x)| (Step::Key(k.to_string()), x)).collect(), Value::Object(crate::yaml::Map::new()))
            }
            _ => break,
        };
        // A list or map where none is allowed: the fault is here, not inside.
        if fails(rebuild(key, &steps, empty)) {
            break;
        }
        for (step, child) in children {
            steps.push(step);
            if fails(rebuild(key, &steps, child.clone())) {
                match steps.last() {
                    Some(Step::Index(i)) => path.push_str(&format!("[{i}]")),
                    Some(Step::Key(k)) => {
                        path.push('.');
                        path.push_str(k);
                    }
                    None => {}
                }
                cur = child;
                continue 'narrow;
            }
            steps.pop();
        }
        break;
    }
    Some(path)
}

enum Step {
    Index(usize),
    Key(String),
}

/// `{key: <steps wrapped around leaf>}`: a one-element list for an index, a
/// one-entry map for a key.
fn rebuild(key: &str, steps: &[Step], leaf: Value) -> Value {
    let mut v = leaf;
    for step in steps.iter().rev() {
        v = match step {
            Step::Index(_) => Value::Array(vec![v]),
            Step::Key(k) => {
                let mut m = crate::yaml::Map::new();
                m.insert(k.clone(), v);
                Value::Object(m)
            }
        };
    }
    let mut m = crate::yaml::Map::new();
    m.insert(key.to_string(), v);
    Value::Object(m)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::yaml::json;

    #[test]
    fn case_insensitive_top_level() {
        let k = Kustomization::from_value(json!({"nameprefix": "p-", "Resources": ["a.yaml"]})).unwrap();
        assert_eq!(k.name_prefix, "p-");
        assert_eq!(k.resources, ["a.yaml"]);
    }

    #[test]
    fn unknown_field_is_an_error() {
        let e =
            Kustomization::from_value(json!({"labels": [{"pairs": {"a": "b"}, "includeVolumeClaimTemplates": true}]}))
                .unwrap_err();
        assert!(e.contains("unknown field `includeVolumeClaimTemplates`"), "{e}");
        assert!(e.contains("field labels[0]:"), "{e}");
        let e = Kustomization::from_value(json!({"resources": [], "nmePrefix": "x"})).unwrap_err();
        assert_eq!(e.matches("nmePrefix").count(), 1, "{e}");
        assert!(!e.contains("field nmePrefix"), "{e}");
    }

    #[test]
    fn type_errors_name_the_field() {
        let cases = [
            (json!({"namePrefix": ["a"]}), "field namePrefix: invalid type: sequence"),
            (json!({"resources": ["a.yaml"], "patches": "x"}), "field patches: invalid type: string"),
            (json!({"images": {"a": "b"}}), "field images: invalid type: map"),
            (
                json!({"replicas": [{"name": "web", "count": 1}, {"name": "x", "count": "three"}]}),
                "field replicas[1].count: invalid type: string \"three\"",
            ),
            (json!({"commonLabels": {"a": "b", "c": [1]}}), "field commonLabels.c: invalid type: sequence"),
            (
                json!({"patches": [{"path": "p.yaml", "target": {"kind": 3}}]}),
                "field patches[0].target.kind: invalid type: integer",
            ),
            (
                json!({"configMapGenerator": [{"name": "x", "literals": "a=b"}]}),
                "field configMapGenerator[0].literals:",
            ),
        ];
        for (doc, want) in cases {
            let e = Kustomization::from_value(doc.clone()).unwrap_err();
            assert!(e.contains(want), "{doc}: {e}");
        }
    }
}
