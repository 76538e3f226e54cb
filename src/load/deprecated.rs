//! kustomize's deprecation warnings for kustomization fields, printed
//! (through the build's warnings) for every kustomization a build loads.

/// kustomize's deprecation warnings for a kustomization document (the
/// decoded YAML, before field defaults): one line per deprecated field that
/// is present, in kustomize's order, each with its `edit fix` hint.
pub fn deprecated_fields(doc: &crate::yaml::Value) -> Vec<String> {
    const FIX: &str = "Run 'kustomize edit fix' to update your Kustomization automatically.";
    let table: [(&str, String); 6] = [
        ("bases", format!("# Warning: 'bases' is deprecated. Please use 'resources' instead. {FIX}")),
        ("commonLabels", format!("# Warning: 'commonLabels' is deprecated. Please use 'labels' instead. {FIX}")),
        ("imageTags", format!("# Warning: 'imageTags' is deprecated. Please use 'images' instead. {FIX}")),
        ("patchesJson6902", format!("# Warning: 'patchesJson6902' is deprecated. Please use 'patches' instead. {FIX}")),
        (
            "patchesStrategicMerge",
            format!("# Warning: 'patchesStrategicMerge' is deprecated. Please use 'patches' instead. {FIX}"),
        ),
        ("vars", format!("# Warning: 'vars' is deprecated. Please use 'replacements' instead. [EXPERIMENTAL] {FIX}")),
    ];
    let Some(m) = doc.as_object() else {
        return Vec::new();
    };
    table
        .into_iter()
        .filter(|(field, _)| m.iter().any(|(k, v)| k.eq_ignore_ascii_case(field) && !v.is_null()))
        .map(|(_, msg)| msg)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deprecated_fields_in_kustomize_order() {
        let doc = crate::yaml::json!({"vars": [], "Bases": ["a"], "commonLabels": {"a": "b"}, "imageTags": null});
        let w = deprecated_fields(&doc);
        assert_eq!(w.len(), 3);
        assert!(w[0].starts_with("# Warning: 'bases' is deprecated."));
        assert!(w[1].starts_with("# Warning: 'commonLabels'"));
        assert!(w[2].ends_with("[EXPERIMENTAL] Run 'kustomize edit fix' to update your Kustomization automatically."));
    }
}
