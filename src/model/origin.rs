//! A resource's origin (`config.kubernetes.io/origin`) as text.

/// The text of a `config.kubernetes.io/origin` annotation, keys in kustomize's order.
pub fn origin_text(origin: &crate::yaml::Value) -> String {
    let s = |k: &str| origin.get(k).and_then(|v| v.as_str());
    let mut out = String::new();
    for key in ["path", "repo", "ref", "configuredIn"] {
        if let Some(v) = s(key) {
            out.push_str(&format!("{key}: {v}\n"));
        }
    }
    if let Some(by) = origin.get("configuredBy") {
        out.push_str("configuredBy:\n");
        for key in ["apiVersion", "kind", "name", "namespace"] {
            if let Some(v) = by.get(key).and_then(|v| v.as_str()) {
                out.push_str(&format!("  {key}: {v}\n"));
            }
        }
    }
    out
}
