//! Field specs telling each transformer where to act: the built-in defaults
//! (embedded YAML under `defaults/`) plus the user's `configurations:` files.
use serde::Deserialize;

use super::fieldspec::FieldSpec;

/// One referral kind and the fields of other kinds that name it
/// (kustomize's `nameReference` entries).
#[derive(Debug, Default, Clone, PartialEq, Deserialize)]
#[serde(default, rename_all = "camelCase", deny_unknown_fields)]
pub struct NameBackRefs {
    pub group: String,
    pub version: String,
    pub kind: String,
    pub field_specs: Vec<FieldSpec>,
}

/// kustomize's `TransformerConfig`: where each built-in transformer acts.
#[derive(Debug, Default, Clone, PartialEq, Deserialize)]
#[serde(default, rename_all = "camelCase", deny_unknown_fields)]
pub struct TransformerConfig {
    pub name_prefix: Vec<FieldSpec>,
    pub name_suffix: Vec<FieldSpec>,
    pub namespace: Vec<FieldSpec>,
    pub common_labels: Vec<FieldSpec>,
    pub template_labels: Vec<FieldSpec>,
    pub common_annotations: Vec<FieldSpec>,
    pub images: Vec<FieldSpec>,
    pub replicas: Vec<FieldSpec>,
    pub name_reference: Vec<NameBackRefs>,
    pub var_reference: Vec<FieldSpec>,
}

/// The embedded default configuration files, one per concern.
const DEFAULTS: &[(&str, &str)] = &[
    ("defaults/fieldspecs.yaml", include_str!("defaults/fieldspecs.yaml")),
    ("defaults/namereference.yaml", include_str!("defaults/namereference.yaml")),
];

impl TransformerConfig {
    /// kustomize's built-in configuration.
    pub fn builtin() -> TransformerConfig {
        let mut cfg = TransformerConfig::default();
        for (name, text) in DEFAULTS {
            match TransformerConfig::parse(text, name) {
                Ok(c) => cfg.merge(c),
                // The defaults are part of the binary and covered by tests.
                Err(e) => panic!("built-in configuration {name} is invalid: {e}"),
            }
        }
        cfg
    }

    /// Read a configuration file (the format of `configurations:` entries).
    pub fn parse(text: &str, origin: &str) -> anyhow::Result<TransformerConfig> {
        let v = crate::yaml::parse_kustomization(text, origin)?;
        if v.is_null() || v.as_object().is_some_and(|m| m.is_empty()) {
            return Ok(TransformerConfig::default());
        }
        serde_json::from_value(v).map_err(|e| anyhow::anyhow!("{origin}: invalid transformer configuration: {e}"))
    }

    /// Add another configuration's specs, dropping exact duplicates; name
    /// references for the same kind are combined.
    pub fn merge(&mut self, other: TransformerConfig) {
        fn add(dst: &mut Vec<FieldSpec>, src: Vec<FieldSpec>) {
            for fs in src {
                if !dst.contains(&fs) {
                    dst.push(fs);
                }
            }
        }
        add(&mut self.name_prefix, other.name_prefix);
        add(&mut self.name_suffix, other.name_suffix);
        add(&mut self.namespace, other.namespace);
        add(&mut self.common_labels, other.common_labels);
        add(&mut self.template_labels, other.template_labels);
        add(&mut self.common_annotations, other.common_annotations);
        add(&mut self.images, other.images);
        add(&mut self.replicas, other.replicas);
        add(&mut self.var_reference, other.var_reference);
        for nb in other.name_reference {
            match self
                .name_reference
                .iter_mut()
                .find(|x| x.group == nb.group && x.version == nb.version && x.kind == nb.kind)
            {
                Some(existing) => add(&mut existing.field_specs, nb.field_specs),
                None => self.name_reference.push(nb),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_parses() {
        let _ = TransformerConfig::builtin();
    }

    #[test]
    fn merge_dedupes_and_combines() {
        let mut a = TransformerConfig::parse(
            "nameReference:\n- kind: ConfigMap\n  fieldSpecs:\n  - path: spec/a\n    kind: X\n",
            "a",
        )
        .unwrap();
        let b = TransformerConfig::parse(
            "nameReference:\n- kind: ConfigMap\n  fieldSpecs:\n  - path: spec/a\n    kind: X\n  - path: spec/b\n    kind: X\n",
            "b",
        )
        .unwrap();
        a.merge(b);
        assert_eq!(a.name_reference.len(), 1);
        assert_eq!(a.name_reference[0].field_specs.len(), 2);
    }
}
