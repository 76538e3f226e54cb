//! `kforge chart schema`: a `values.schema.json` (draft 2020-12) inferred
//! from `values.yaml`: types from the default values, nesting, and
//! descriptions from `# -- text` comments on the lines just above a key.
//!
//! Inference rules: a mapping gives `type: object` with `properties`
//! (extra keys stay allowed, so users can add values the chart reads with
//! `default`); a list gives `type: array` with `items` inferred from its
//! first element (no `items` for an empty list); integral numbers give
//! `integer`, other numbers `number`; `null` gives no type constraint
//! (any value).
use std::collections::HashMap;

use serde_json::{json, Map, Value};

use super::ChartError;

/// Descriptions by dotted key path (`image.tag`), from `# --` comments.
pub fn descriptions(text: &str) -> HashMap<String, String> {
    let mut out = HashMap::new();
    // Open mapping keys: (indent, key).
    let mut stack: Vec<(usize, String)> = Vec::new();
    let mut pending: Vec<String> = Vec::new();
    let mut in_list_depth: Option<usize> = None;
    for line in text.lines() {
        let trimmed = line.trim_start();
        let indent = line.len() - trimmed.len();
        if trimmed.is_empty() {
            pending.clear();
            continue;
        }
        if let Some(c) = trimmed.strip_prefix('#') {
            let c = c.trim_start();
            if let Some(d) = c.strip_prefix("--") {
                pending = vec![d.trim().to_string()];
            } else if !pending.is_empty() && indent_ok(&stack, indent) {
                // Continuation lines: `# more text`.
                pending.push(c.trim().to_string());
            }
            continue;
        }
        if trimmed == "---" {
            stack.clear();
            pending.clear();
            continue;
        }
        if let Some(d) = in_list_depth {
            if indent > d || (indent == d && trimmed.starts_with("- ")) {
                pending.clear();
                continue;
            }
            in_list_depth = None;
        }
        if trimmed.starts_with("- ") || trimmed == "-" {
            // Items of a list: not described (their keys have no path).
            in_list_depth = Some(indent);
            pending.clear();
            continue;
        }
        let Some(key) = mapping_key(trimmed) else {
            pending.clear();
            continue;
        };
        while stack.last().is_some_and(|(i, _)| *i >= indent) {
            stack.pop();
        }
        let path: Vec<&str> = stack.iter().map(|(_, k)| k.as_str()).chain(std::iter::once(key.as_str())).collect();
        let path = path.join(".");
        if !pending.is_empty() {
            out.insert(path, pending.join(" ").trim().to_string());
            pending.clear();
        }
        stack.push((indent, key));
    }
    out
}

fn indent_ok(_stack: &[(usize, String)], _indent: usize) -> bool {
    true
}

/// The key of a `key: value` line (quotes removed), if it is one.
fn mapping_key(line: &str) -> Option<String> {
    if let Some(rest) = line.strip_prefix('"') {
        let end = rest.find('"')?;
        return rest[end + 1..].trim_start().starts_with(':').then(|| rest[..end].to_string());
    }
    if let Some(rest) = line.strip_prefix('\'') {
        let end = rest.find('\'')?;
        return rest[end + 1..].trim_start().starts_with(':').then(|| rest[..end].to_string());
    }
    let i = line.find(": ").or_else(|| line.strip_suffix(':').map(|s| s.len()))?;
    let k = line[..i].trim_end();
    if k.is_empty() || k.contains(['{', '[', '#']) {
        return None;
    }
    Some(k.to_string())
}

fn infer(v: &Value, path: &str, desc: &HashMap<String, String>) -> Value {
    let mut m = Map::new();
    match v {
        Value::Null => {}
        Value::Bool(_) => {
            m.insert("type".into(), json!("boolean"));
        }
        Value::Number(n) => {
            let integral = n.is_i64() || n.is_u64() || n.as_f64().is_some_and(|f| f.fract() == 0.0);
            m.insert("type".into(), json!(if integral { "integer" } else { "number" }));
        }
        Value::String(_) => {
            m.insert("type".into(), json!("string"));
        }
        Value::Array(a) => {
            m.insert("type".into(), json!("array"));
            if let Some(first) = a.first() {
                let item = infer(first, "", &HashMap::new());
                // Only when every element fits the first one's type.
                let t = item.get("type").cloned();
                let same = a.iter().all(|x| infer(x, "", &HashMap::new()).get("type") == t.as_ref());
                if same && t.is_some() {
                    m.insert("items".into(), item);
                }
            }
        }
        Value::Object(o) => {
            m.insert("type".into(), json!("object"));
            let mut props = Map::new();
            for (k, child) in o {
                let p = if path.is_empty() { k.clone() } else { format!("{path}.{k}") };
                props.insert(k.clone(), infer(child, &p, desc));
            }
            if !props.is_empty() {
                m.insert("properties".into(), Value::Object(props));
            }
        }
    }
    if let Some(d) = desc.get(path) {
        if !path.is_empty() {
            m.insert("description".into(), json!(d));
        }
    }
    Value::Object(m)
}

/// The schema text for a values.yaml.
pub fn schema_for(values_text: &str, origin: &str) -> Result<String, ChartError> {
    let values = super::load::parse_values(values_text, origin)?;
    let desc = descriptions(values_text);
    let mut root = match infer(&values, "", &desc) {
        Value::Object(m) => m,
        _ => Map::new(),
    };
    root.insert("$schema".into(), json!("https://json-schema.org/draft/2020-12/schema"));
    let mut text = serde_json::to_string_pretty(&Value::Object(root)).map_err(|e| ChartError::Render(e.to_string()))?;
    text.push('\n');
    Ok(text)
}

/// Write `<chart>/values.schema.json` (or print it when `dry_run`);
/// returns the schema text.
pub fn write_schema(chart_dir: &std::path::Path, dry_run: bool) -> Result<String, ChartError> {
    let vp = chart_dir.join("values.yaml");
    let text = std::fs::read_to_string(&vp).map_err(|e| ChartError::io(&vp, e))?;
    let schema = schema_for(&text, &vp.display().to_string())?;
    if !dry_run {
        super::package::write_atomic(&chart_dir.join("values.schema.json"), schema.as_bytes())?;
    }
    Ok(schema)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn infers_types_and_descriptions() {
        let text = "# -- How many pods.\nreplicaCount: 1\nimage:\n  # -- Image tag;\n  # empty means appVersion.\n  tag: \"\"\n  pull: IfNotPresent\nratio: 0.5\nlist: [a, b]\nempty: []\nnothing: null\nhosts:\n  - host: x\n    # -- not a path\n    paths: []\nafter: true\n";
        let s: Value = serde_json::from_str(&schema_for(text, "v.yaml").unwrap()).unwrap();
        let p = &s["properties"];
        assert_eq!(p["replicaCount"]["type"], "integer");
        assert_eq!(p["replicaCount"]["description"], "How many pods.");
        assert_eq!(p["image"]["properties"]["tag"]["description"], "Image tag; empty means appVersion.");
        assert_eq!(p["image"]["properties"]["tag"]["type"], "string");
        assert!(p["image"]["properties"]["pull"].get("description").is_none());
        assert_eq!(p["ratio"]["type"], "number");
        assert_eq!(p["list"]["items"]["type"], "string");
        assert!(p["empty"].get("items").is_none());
        assert!(p["nothing"].get("type").is_none());
        assert_eq!(p["hosts"]["items"]["properties"]["host"]["type"], "string");
        assert_eq!(p["after"]["type"], "boolean");
        assert_eq!(s["$schema"], "https://json-schema.org/draft/2020-12/schema");
    }
}
