//! Field specs telling each transformer where to act: the built-in defaults
//! (kustomize's YAML under `defaults/`, compiled into `config/defaults_table.rs`)
//! plus the user's `configurations:` files.
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

/// One built-in field spec: group, version, kind, path, create.
pub(super) struct Spec(&'static str, &'static str, &'static str, &'static str, bool);

/// kustomize's built-in configuration as tables, generated from the YAML
/// files under `defaults/` (see `defaults_table_is_the_yaml` below).
mod defaults_table;

impl Spec {
    fn field_spec(&self) -> FieldSpec {
        FieldSpec::new(self.0, self.1, self.2, self.3, self.4)
    }
}

impl TransformerConfig {
    /// kustomize's built-in configuration.
    pub fn builtin() -> TransformerConfig {
        TransformerConfig::builtin_ref().clone()
    }

    /// [`TransformerConfig::builtin`], shared (made once).
    pub fn builtin_ref() -> &'static TransformerConfig {
        static BUILTIN: std::sync::OnceLock<TransformerConfig> = std::sync::OnceLock::new();
        BUILTIN.get_or_init(TransformerConfig::from_defaults_table)
    }

    /// Whether each section of `self` begins with that section of `other`
    /// (and its name references with `other`'s, entry for entry).
    fn starts_with(&self, other: &TransformerConfig) -> bool {
        fn prefix<T: PartialEq>(a: &[T], b: &[T]) -> bool {
            a.len() >= b.len() && a[..b.len()] == *b
        }
        prefix(&self.name_prefix, &other.name_prefix)
            && prefix(&self.name_suffix, &other.name_suffix)
            && prefix(&self.namespace, &other.namespace)
            && prefix(&self.common_labels, &other.common_labels)
            && prefix(&self.labels, &other.labels)
            && prefix(&self.template_labels, &other.template_labels)
            && prefix(&self.common_annotations, &other.common_annotations)
            && prefix(&self.images, &other.images)
            && prefix(&self.replicas, &other.replicas)
            && prefix(&self.var_reference, &other.var_reference)
            && prefix(&self.name_reference, &other.name_reference)
    }

    /// Whether no section has a spec.
    pub fn is_empty(&self) -> bool {
        let TransformerConfig {
            name_prefix,
            name_suffix,
            namespace,
            common_labels,
            labels,
            template_labels,
            common_annotations,
            images,
            replicas,
            name_reference,
            var_reference,
        } = self;
        [name_prefix, name_suffix, namespace, common_labels, labels, template_labels, common_annotations, images]
            .iter()
            .all(|v| v.is_empty())
            && replicas.is_empty()
            && name_reference.is_empty()
            && var_reference.is_empty()
    }

    /// The field specs of a section of a configuration file (other than
    /// `nameReference`).
    fn section_mut(&mut self, name: &str) -> Option<&mut Vec<FieldSpec>> {
        Some(match name {
            "namePrefix" => &mut self.name_prefix,
            "nameSuffix" => &mut self.name_suffix,
            "namespace" => &mut self.namespace,
            "commonLabels" => &mut self.common_labels,
            "labels" => &mut self.labels,
            "templateLabels" => &mut self.template_labels,
            "commonAnnotations" => &mut self.common_annotations,
            "images" => &mut self.images,
            "replicas" => &mut self.replicas,
            "varReference" => &mut self.var_reference,
            _ => return None,
        })
    }

    /// The defaults as the two files give them (field specs, name
    /// references), before merging.
    fn defaults_files() -> [TransformerConfig; 2] {
        let mut specs = TransformerConfig::default();
        for (section, table) in defaults_table::FIELD_SPECS {
            if let Some(dst) = specs.section_mut(section) {
                dst.extend(table.iter().map(Spec::field_spec));
            }
        }
        let refs = TransformerConfig {
            name_reference: defaults_table::NAME_REFERENCE
                .iter()
                .map(|(group, version, kind, table)| NameBackRefs {
                    group: group.to_string(),
                    version: version.to_string(),
                    kind: kind.to_string(),
                    field_specs: table.iter().map(Spec::field_spec).collect(),
                })
                .collect(),
            ..Default::default()
        };
        [specs, refs]
    }

    /// The built-in configuration: the two default files merged in order.
    fn from_defaults_table() -> TransformerConfig {
        let mut cfg = TransformerConfig::default();
        for file in TransformerConfig::defaults_files() {
            match cfg.merge(file) {
                Ok(()) => {}
                // The defaults are part of the binary and covered by tests.
                Err(e) => panic!("built-in configuration is invalid: {e}"),
            }
        }
        cfg
    }

    /// Read a configuration file (the format of `configurations:` entries).
    pub fn parse(text: &str, origin: &str) -> crate::transform::error::Result<TransformerConfig> {
        let v = crate::yaml::parse_kustomization(text, origin)?;
        if v.is_null() || v.as_object().is_some_and(|m| m.is_empty()) {
            return Ok(TransformerConfig::default());
        }
        crate::yaml::from_value(v)
            .map_err(|e| crate::transform::error::err!("{origin}: invalid transformer configuration: {e}"))
    }

    /// Add another configuration's specs as kustomize merges them: a spec is
    /// left out when one already here has the same path and a kind the new
    /// one selects (so user specs given first shadow the general defaults);
    /// name references for the same kind are combined the same way.
    pub fn merge(&mut self, other: TransformerConfig) -> crate::transform::error::Result<()> {
        self.merge_all(&other)
    }

    /// [`TransformerConfig::merge`] of a configuration that itself was made
    /// by merges (a kustomization's own, or an accumulated one): merged
    /// into an empty one it would come out the same, so it is taken as is.
    pub fn merge_merged(&mut self, other: TransformerConfig) -> crate::transform::error::Result<()> {
        if self.is_empty() {
            *self = other;
            return Ok(());
        }
        self.merge_ref(&other)
    }

    /// [`TransformerConfig::merge`] by reference (what is added is copied).
    pub fn merge_ref(&mut self, other: &TransformerConfig) -> crate::transform::error::Result<()> {
        let builtin = TransformerConfig::builtin_ref();
        if (std::ptr::eq(other, builtin) || other == builtin) && self.starts_with(builtin) {
            // Merging the defaults into a configuration that begins with
            // them changes nothing: each default spec's first match is
            // itself (it was kept because no earlier one matched).
            return Ok(());
        }
        self.merge_all(other)
    }

    /// [`TransformerConfig::merge`], spec by spec.
    fn merge_all(&mut self, other: &TransformerConfig) -> crate::transform::error::Result<()> {
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
        for nb in &other.name_reference {
            match self
                .name_reference
                .iter_mut()
                .find(|x| x.group == nb.group && x.version == nb.version && x.kind == nb.kind)
            {
                Some(existing) => merge_specs(&mut existing.field_specs, &nb.field_specs)?,
                None => self.name_reference.push(nb.clone()),
            }
        }
        Ok(())
    }

    /// A kustomization's own configuration: its `configurations:` files first,
    /// then the built-in defaults merged in.
    pub fn with_user_files(user: Vec<TransformerConfig>) -> crate::transform::error::Result<TransformerConfig> {
        if user.is_empty() {
            // (the defaults merged into nothing are the defaults)
            return Ok(TransformerConfig::builtin());
        }
        let mut cfg = TransformerConfig::default();
        for u in user {
            cfg.merge(u)?;
        }
        cfg.merge_ref(TransformerConfig::builtin_ref())?;
        Ok(cfg)
    }
}

/// The OpenAPI extensions a `crds:` definition may carry on a property
/// (exact lower-case keys with string values, as kustomize reads them).
const X_ANNOTATION: &str = "x-kubernetes-annotation";
const X_LABEL_SELECTOR: &str = "x-kubernetes-label-selector";
const X_IDENTITY: &str = "x-kubernetes-identity";
const X_REF_VERSION: &str = "x-kubernetes-object-ref-api-version";
const X_REF_KIND: &str = "x-kubernetes-object-ref-kind";
const X_REF_NAME_KEY: &str = "x-kubernetes-object-ref-name-key";

impl TransformerConfig {
    /// The configuration a `crds:` file declares: a map from type name to
    /// OpenAPI definition (`{Schema: {properties: ...}}`). Each definition
    /// whose properties include `kind`, `apiVersion` and `metadata` is a
    /// kind (the last dot-separated part of its name, any group and
    /// version); its properties, and those of definitions reached through
    /// `$ref` (by exact name), declare where that kind's fields take common
    /// annotations (`x-kubernetes-annotation`), common labels
    /// (`x-kubernetes-label-selector`), the name prefix
    /// (`x-kubernetes-identity`) and name references
    /// (`x-kubernetes-object-ref-api-version` + `-kind`, the name under
    /// `x-kubernetes-object-ref-name-key`, default `name`).
    pub fn from_openapi_definitions(text: &str, shown: &str) -> crate::transform::error::Result<TransformerConfig> {
        let bad =
            |why: String| crate::transform::error::err!("unable to parse open API definition from '{shown}': {why}");
        let doc = crate::yaml::parse_kustomization(text, shown).map_err(|e| bad(e.to_string()))?;
        let defs = match doc {
            crate::yaml::Value::Object(m) => m,
            crate::yaml::Value::Null => crate::yaml::Map::new(),
            _ => return Err(bad("expected a mapping of definition names to OpenAPI definitions".to_string())),
        };
        let mut props: std::collections::BTreeMap<&str, &crate::yaml::Map<String, crate::yaml::Value>> =
            std::collections::BTreeMap::new();
        for (name, def) in &defs {
            let def = match def {
                crate::yaml::Value::Object(d) => d,
                crate::yaml::Value::Null => continue,
                _ => {
                    return Err(bad(format!(
                        "definition '{name}' is not a mapping (a crds: file holds OpenAPI definitions, not CustomResourceDefinition objects)"
                    )))
                }
            };
            // Go's JSON decoding matches the `Schema` and `properties` keys
            // without regard to case.
            let schema = def.iter().find(|(k, _)| k.eq_ignore_ascii_case("schema")).map(|(_, v)| v);
            let p = match schema {
                Some(crate::yaml::Value::Object(s)) => {
                    s.iter().find(|(k, _)| k.eq_ignore_ascii_case("properties")).map(|(_, v)| v)
                }
                None | Some(crate::yaml::Value::Null) => None,
                Some(_) => return Err(bad(format!("definition '{name}': Schema is not a mapping"))),
            };
            match p {
                Some(crate::yaml::Value::Object(p)) => {
                    props.insert(name, p);
                }
                None | Some(crate::yaml::Value::Null) => {}
                Some(_) => return Err(bad(format!("definition '{name}': properties is not a mapping"))),
            }
        }
        let mut cfg = TransformerConfig::default();
        for (name, p) in &props {
            if !(p.contains_key("kind") && p.contains_key("apiVersion") && p.contains_key("metadata")) {
                continue;
            }
            let kind = name.rsplit('.').next().unwrap_or(name);
            let mut one = TransformerConfig::default();
            let mut chain = vec![*name];
            crd_properties(&mut one, kind, &props, p, &mut Vec::new(), &mut chain)?;
            cfg.merge(one)?;
        }
        Ok(cfg)
    }
}

fn crd_properties<'a>(
    cfg: &mut TransformerConfig,
    kind: &str,
    all: &std::collections::BTreeMap<&'a str, &'a crate::yaml::Map<String, crate::yaml::Value>>,
    props: &crate::yaml::Map<String, crate::yaml::Value>,
    path: &mut Vec<String>,
    chain: &mut Vec<&'a str>,
) -> crate::transform::error::Result<()> {
    for (prop, def) in props {
        let Some(def) = def.as_object() else { continue };
        let ext = |k: &str| def.get(k).and_then(crate::yaml::Value::as_str);
        path.push(prop.to_string());
        let fs = |path: &[String]| FieldSpec::new("", "", kind, &path.join("/"), false);
        if ext(X_ANNOTATION).is_some() {
            merge_specs(&mut cfg.common_annotations, &[fs(path)])?;
        }
        if ext(X_LABEL_SELECTOR).is_some() {
            merge_specs(&mut cfg.common_labels, &[fs(path)])?;
        }
        if ext(X_IDENTITY).is_some() {
            merge_specs(&mut cfg.name_prefix, &[fs(path)])?;
        }
        if let (Some(version), Some(target)) = (ext(X_REF_VERSION), ext(X_REF_KIND)) {
            let key = ext(X_REF_NAME_KEY).unwrap_or("name");
            let mut at = path.clone();
            at.push(key.to_string());
            let nb = NameBackRefs {
                group: String::new(),
                version: version.to_string(),
                kind: target.to_string(),
                field_specs: vec![fs(&at)],
            };
            cfg.merge(TransformerConfig { name_reference: vec![nb], ..TransformerConfig::default() })?;
        }
        if let Some(target) = def.get("$ref").and_then(crate::yaml::Value::as_str) {
            // A definition that refers back to one being walked would never
            // end (kustomize recurses without limit); stop there.
            if let Some((name, sub)) = all.get_key_value(target) {
                if !chain.contains(name) {
                    chain.push(name);
                    crd_properties(cfg, kind, all, sub, path, chain)?;
                    chain.pop();
                }
            }
        }
        path.pop();
    }
    Ok(())
}

/// Above this many pairs of specs, [`merge_specs`] indexes `dst` by path.
const INDEX_MERGE_MIN: usize = 4096;

/// Two specs for the same path and kind must agree on `create`.
fn check_same_create(have: &FieldSpec, new: &FieldSpec) -> crate::transform::error::Result<()> {
    if have.create != new.create {
        crate::transform::error::bail!(
            "conflicting fieldspecs for path '{}' (create: {} and {})",
            new.path,
            have.create,
            new.create
        )
    }
    Ok(())
}

/// kustomize's `FsSlice.MergeAll`: add each spec unless one with the same
/// path whose kind the new spec selects is already there (a different
/// `create` for it is an error).
pub fn merge_specs(dst: &mut Vec<FieldSpec>, src: &[FieldSpec]) -> crate::transform::error::Result<()> {
    // `crate::model::Gvk::is_selected_by` on the specs' own fields (no `Gvk` built per pair)
    let selects = |x: &FieldSpec, s: &FieldSpec| {
        (x.group.is_empty() || x.group == s.group)
            && (x.version.is_empty() || x.version == s.version)
            && (x.kind.is_empty() || x.kind == s.kind)
    };
    // Large merges (the defaults into a kustomization's configuration, a
    // base's into its overlay's) look specs up by path: the same first
    // match in `dst`'s order as the scan below, without comparing every pair.
    if dst.len().saturating_mul(src.len()) > INDEX_MERGE_MIN {
        // Specs by path, in order: those of `dst`, then those of `src` added.
        let mut by_path: crate::model::fasthash::FastMap<&str, Vec<&FieldSpec>> = Default::default();
        for s in dst.iter() {
            by_path.entry(s.path.as_str()).or_default().push(s);
        }
        let mut added = Vec::new();
        for x in src {
            let same_path = by_path.entry(x.path.as_str()).or_default();
            match same_path.iter().find(|s| selects(x, s)) {
                Some(s) => check_same_create(s, x)?,
                None => {
                    same_path.push(x);
                    added.push(x.clone());
                }
            }
        }
        dst.extend(added);
        return Ok(());
    }
    for x in src {
        let existing = dst.iter().find(|s| s.path == x.path && selects(x, s));
        match existing {
            Some(s) => check_same_create(s, x)?,
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

    /// The sections of a configuration file other than `nameReference`, in the
    /// order the defaults table lists them.
    const SECTIONS: [&str; 10] = [
        "namePrefix",
        "nameSuffix",
        "namespace",
        "commonLabels",
        "labels",
        "templateLabels",
        "commonAnnotations",
        "images",
        "replicas",
        "varReference",
    ];

    /// The YAML files kustomize's defaults are kept in (readable, in
    /// kustomize's own format), and the tables built from them.
    const DEFAULTS: [(&str, &str); 2] = [
        ("defaults/fieldspecs.yaml", include_str!("defaults/fieldspecs.yaml")),
        ("defaults/namereference.yaml", include_str!("defaults/namereference.yaml")),
    ];

    /// `config/defaults_table.rs` as the YAML files give it.
    fn render_table(files: &[TransformerConfig]) -> String {
        let q = |s: &str| format!("{s:?}");
        let spec = |f: &FieldSpec| {
            format!("S({}, {}, {}, {}, {})", q(&f.group), q(&f.version), q(&f.kind), q(&f.path), f.create)
        };
        let mut out = String::from(
            "//! kustomize's built-in configuration, generated from `../defaults/*.yaml`\n\
             //! by the test `defaults_table_is_the_yaml` in `config.rs`: do not edit;\n\
             //! edit the YAML and run\n\
             //! `KFORGE_REGEN_DEFAULTS=1 cargo test --release --lib defaults_table_is_the_yaml`.\n\
             use super::Spec as S;\n\n\
             #[rustfmt::skip]\n\
             pub(super) const FIELD_SPECS: &[(&str, &[S])] = &[\n",
        );
        for name in SECTIONS {
            let mut merged = Vec::new();
            for f in files {
                let mut c = f.clone();
                merged.extend(c.section_mut(name).map(std::mem::take).unwrap_or_default());
            }
            if merged.is_empty() {
                continue;
            }
            out.push_str(&format!("    (\n        {},\n        &[\n", q(name)));
            for f in &merged {
                out.push_str(&format!("            {},\n", spec(f)));
            }
            out.push_str("        ],\n    ),\n");
        }
        out.push_str("];\n\n#[rustfmt::skip]\npub(super) const NAME_REFERENCE: &[(&str, &str, &str, &[S])] = &[\n");
        for f in files {
            for nb in &f.name_reference {
                out.push_str(&format!(
                    "    (\n        {},\n        {},\n        {},\n        &[\n",
                    q(&nb.group),
                    q(&nb.version),
                    q(&nb.kind)
                ));
                for s in &nb.field_specs {
                    out.push_str(&format!("            {},\n", spec(s)));
                }
                out.push_str("        ],\n    ),\n");
            }
        }
        out.push_str("];\n");
        out
    }

    #[test]
    fn defaults_table_is_the_yaml() {
        let files: Vec<TransformerConfig> =
            DEFAULTS.iter().map(|(name, text)| TransformerConfig::parse(text, name).unwrap()).collect();
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/src/transform/config/defaults_table.rs");
        let fresh = render_table(&files);
        if std::env::var_os("KFORGE_REGEN_DEFAULTS").is_some() {
            std::fs::write(path, &fresh).unwrap();
        }
        assert_eq!(
            std::fs::read_to_string(path).unwrap(),
            fresh,
            "defaults_table.rs is stale: KFORGE_REGEN_DEFAULTS=1 cargo test --release --lib defaults_table_is_the_yaml"
        );
        // Each file's sections only (the files do not share a section).
        assert_eq!(TransformerConfig::defaults_files().to_vec(), files);
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

#[cfg(test)]
mod crd_tests {
    use super::*;

    #[test]
    fn openapi_definitions_declare_field_specs() {
        let defs = r#"{
          "a.v1.Kind": {"Schema": {"properties": {"kind": {}, "apiVersion": {}, "metadata": {},
            "spec": {"$ref": "a.v1.Spec"}}}},
          "a.v1.Spec": {"Schema": {"properties": {
            "self": {"$ref": "a.v1.Spec"},
            "cm": {"x-kubernetes-object-ref-api-version": "v1", "x-kubernetes-object-ref-kind": "ConfigMap"},
            "id": {"x-kubernetes-identity": ""},
            "notString": {"x-kubernetes-identity": true}}}}
        }"#;
        let cfg = TransformerConfig::from_openapi_definitions(defs, "d.json").unwrap();
        // A definition referring to itself is walked once.
        assert_eq!(cfg.name_prefix, vec![FieldSpec::new("", "", "Kind", "spec/id", false)]);
        assert_eq!(cfg.name_reference.len(), 1);
        let nb = &cfg.name_reference[0];
        assert_eq!((nb.version.as_str(), nb.kind.as_str()), ("v1", "ConfigMap"));
        assert_eq!(nb.field_specs, vec![FieldSpec::new("", "", "Kind", "spec/cm/name", false)]);
        assert!(TransformerConfig::from_openapi_definitions("a: 1\n", "d.yaml").is_err());
    }
}
