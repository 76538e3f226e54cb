//! Field specs telling each transformer where to act: the built-in defaults
//! (embedded YAML under `defaults/`) plus the user's `configurations:` files.
use serde::Deserialize;

use super::fieldspec::FieldSpec;
use crate::model::Gvk;

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
/// Unknown keys are ignored, as kustomize ignores them.
#[derive(Debug, Default, Clone, PartialEq, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct TransformerConfig {
    pub name_prefix: Vec<FieldSpec>,
    pub name_suffix: Vec<FieldSpec>,
    pub namespace: Vec<FieldSpec>,
    pub common_labels: Vec<FieldSpec>,
    /// Extra field specs for `labels:` entries.
    pub labels: Vec<FieldSpec>,
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
        static BUILTIN: std::sync::OnceLock<TransformerConfig> = std::sync::OnceLock::new();
        BUILTIN.get_or_init(TransformerConfig::parse_builtin).clone()
    }

    fn parse_builtin() -> TransformerConfig {
        let mut cfg = TransformerConfig::default();
        for (name, text) in DEFAULTS {
            match TransformerConfig::parse(text, name).and_then(|c| cfg.merge(c)) {
                Ok(()) => {}
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

    /// Add another configuration's specs as kustomize merges them: a spec is
    /// left out when one already here has the same path and a kind the new
    /// one selects (so user specs given first shadow the general defaults);
    /// name references for the same kind are combined the same way.
    pub fn merge(&mut self, other: TransformerConfig) -> anyhow::Result<()> {
        merge_specs(&mut self.name_prefix, &other.name_prefix)?;
        merge_specs(&mut self.name_suffix, &other.name_suffix)?;
        merge_specs(&mut self.namespace, &other.namespace)?;
        merge_specs(&mut self.common_labels, &other.common_labels)?;
        merge_specs(&mut self.labels, &other.labels)?;
        merge_specs(&mut self.template_labels, &other.template_labels)?;
        merge_specs(&mut self.common_annotations, &other.common_annotations)?;
        merge_specs(&mut self.images, &other.images)?;
        merge_specs(&mut self.replicas, &other.replicas)?;
        merge_specs(&mut self.var_reference, &other.var_reference)?;
        for nb in other.name_reference {
            match self
                .name_reference
                .iter_mut()
                .find(|x| x.group == nb.group && x.version == nb.version && x.kind == nb.kind)
            {
                Some(existing) => merge_specs(&mut existing.field_specs, &nb.field_specs)?,
                None => self.name_reference.push(nb),
            }
        }
        Ok(())
    }

    /// A kustomization's own configuration: its `configurations:` files first,
    /// then the built-in defaults merged in.
    pub fn with_user_files(user: Vec<TransformerConfig>) -> anyhow::Result<TransformerConfig> {
        let mut cfg = TransformerConfig::default();
        for u in user {
            cfg.merge(u)?;
        }
        cfg.merge(TransformerConfig::builtin())?;
        Ok(cfg)
    }
}

/// kustomize's `FsSlice.MergeAll`: add each spec unless one with the same
/// path whose kind the new spec selects is already there (a different
/// `create` for it is an error).
pub fn merge_specs(dst: &mut Vec<FieldSpec>, src: &[FieldSpec]) -> anyhow::Result<()> {
    for x in src {
        let xg = Gvk::new(&x.group, &x.version, &x.kind);
        let existing =
            dst.iter().find(|s| s.path == x.path && Gvk::new(&s.group, &s.version, &s.kind).is_selected_by(&xg));
        match existing {
            Some(s) if s.create != x.create => {
                anyhow::bail!("conflicting fieldspecs for path '{}' (create: {} and {})", x.path, s.create, x.create)
            }
            Some(_) => {}
            None => dst.push(x.clone()),
        }
    }
    Ok(())
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
        a.merge(b).unwrap();
        assert_eq!(a.name_reference.len(), 1);
        assert_eq!(a.name_reference[0].field_specs.len(), 2);
    }
}

#[cfg(test)]
mod merge_tests {
    use super::*;

    #[test]
    fn user_specs_shadow_general_defaults() {
        let user = TransformerConfig::parse("namePrefix:\n- path: metadata/name\n  kind: IngressHost\n", "u").unwrap();
        let cfg = TransformerConfig::with_user_files(vec![user]).unwrap();
        assert_eq!(cfg.name_prefix.len(), 1);
        assert_eq!(cfg.name_prefix[0].kind, "IngressHost");
        // Without user files the general spec is there.
        let cfg = TransformerConfig::with_user_files(vec![]).unwrap();
        assert!(cfg.name_prefix.iter().any(|f| f.kind.is_empty() && f.path == "metadata/name"));
    }

    #[test]
    fn conflicting_create_is_an_error() {
        let mut a = vec![FieldSpec::new("", "", "X", "metadata/labels", false)];
        let b = vec![FieldSpec::new("", "", "", "metadata/labels", true)];
        assert!(merge_specs(&mut a, &b).is_err());
    }
}
