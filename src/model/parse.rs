//! KRM documents into resources: a YAML stream parsed, `List` kinds
//! expanded, every document checked to be a mapping with a kind and a name.
use crate::model::error::{bail, Result};

use super::Resource;

/// Parse a stream into resources: lists expanded, each document checked to
/// be a mapping with a kind.
pub fn parse_resources(text: &str, origin: &str) -> Result<Vec<Resource>> {
    let docs = crate::yaml::parse_resource_documents(text, origin)
        .map_err(|e| crate::model::error::err!("MalformedYAMLError: {e}"))?;
    let mut out = Vec::with_capacity(docs.len());
    for doc in docs {
        if doc.unwrapped {
            // kyaml's reader unwraps a file that is one List: its items are
            // documents (a null or missing `items` gives none).
            match doc.value.get("items") {
                None | Some(crate::yaml::Value::Null) => {}
                Some(crate::yaml::Value::Array(items)) => {
                    for (i, item) in items.iter().enumerate() {
                        let before = out.len();
                        push_resource(item.clone(), origin, &mut out)?;
                        if out.len() == before + 1 {
                            let prefix = format!("/items/{i}/");
                            if let Some(r) = out.last_mut() {
                                let inner = |p: &str| {
                                    p.strip_prefix(&prefix[..prefix.len() - 1])
                                        .filter(|p| p.starts_with('/'))
                                        .map(str::to_string)
                                };
                                r.empty_nulls = doc.empty_nulls.iter().filter_map(|p| inner(p)).collect();
                                r.typed_annotations = doc.typed_annotations.iter().filter_map(|p| inner(p)).collect();
                                let texts = doc.scalar_texts.iter().filter_map(|(p, t)| Some((inner(p)?, t.clone())));
                                r.scalar_notes = notes(&r.obj, texts);
                            }
                        }
                    }
                }
                Some(other) => bail!("{origin}: field 'items' of a List must be a sequence, found {}", kind_of(other)),
            }
            continue;
        }
        let before = out.len();
        let expands = doc.value.get("kind").and_then(|k| k.as_str()).is_some_and(|k| k.ends_with("List"))
            && doc.value.get("items").is_some();
        push_resource(doc.value, origin, &mut out)?;
        // Items of other lists are read through Go maps and JSON: no
        // pointers of empty values.
        if !expands && out.len() == before + 1 {
            if let Some(r) = out.last_mut() {
                r.empty_nulls = doc.empty_nulls;
                r.typed_annotations = doc.typed_annotations;
                r.scalar_notes = notes(&r.obj, doc.scalar_texts);
            }
        }
    }
    Ok(out)
}

/// Notes of the source text of scalars (see `Resource::scalar_notes`).
fn notes(obj: &crate::yaml::Value, texts: impl IntoIterator<Item = (String, String)>) -> Vec<super::ScalarNote> {
    texts
        .into_iter()
        .filter_map(|(pointer, text)| {
            let value = obj.pointer(&pointer)?.clone();
            Some(super::ScalarNote { pointer, value, text, untagged: false })
        })
        .collect()
}

fn push_resource(mut doc: crate::yaml::Value, origin: &str, out: &mut Vec<Resource>) -> Result<()> {
    let crate::yaml::Value::Object(map) = &mut doc else {
        bail!("{origin}: a resource must be a mapping, found {}", kind_of(&doc));
    };
    let kind = map.get("kind").and_then(|k| k.as_str()).unwrap_or("").to_string();
    if kind.is_empty() {
        bail!("{origin}: missing Resource metadata: a resource needs a 'kind'");
    }
    if kind.ends_with("List") {
        match map.get("items") {
            // kustomize treats a null `items` as an empty list.
            Some(crate::yaml::Value::Null) => return Ok(()),
            Some(crate::yaml::Value::Array(items)) => {
                for item in items.clone() {
                    push_resource(item, origin, out)?;
                }
                return Ok(());
            }
            Some(other) => {
                bail!("{origin}: expected array in {kind}/items, but found {}", kind_of(other));
            }
            // A list without items stays a resource; kustomize gives it
            // an empty metadata when it has none.
            None => {
                if !map.contains_key("metadata") {
                    map.insert("metadata".to_string(), crate::yaml::Value::Object(crate::yaml::Map::new()));
                }
            }
        }
    }
    // kustomize (kyaml's GetValidatedMetadata) wants a name on everything
    // but lists; a number or boolean is read as its text.
    let has_name = match map.get("metadata").and_then(|m| m.get("name")) {
        Some(crate::yaml::Value::String(s)) => !s.is_empty(),
        Some(crate::yaml::Value::Number(_) | crate::yaml::Value::Bool(_)) => true,
        _ => false,
    };
    if !has_name && !kind.ends_with("List") {
        let found = match map.get("metadata") {
            None => "no metadata".to_string(),
            Some(m @ crate::yaml::Value::Object(_)) => match m.get("name") {
                None => "no metadata.name".to_string(),
                Some(crate::yaml::Value::String(_)) => "an empty metadata.name".to_string(),
                Some(other) => format!("metadata.name is {}", kind_of(other)),
            },
            Some(other) => format!("metadata is {}", kind_of(other)),
        };
        bail!("{origin}: missing metadata.name in a {kind} ({found}): a resource needs a name");
    }
    out.push(Resource::new(doc));
    Ok(())
}

fn kind_of(v: &crate::yaml::Value) -> &'static str {
    match v {
        crate::yaml::Value::Null => "null",
        crate::yaml::Value::Bool(_) => "a boolean",
        crate::yaml::Value::Number(_) => "a number",
        crate::yaml::Value::String(_) => "a string",
        crate::yaml::Value::Array(_) => "a sequence",
        crate::yaml::Value::Object(_) => "a mapping",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resources_need_a_name() {
        let err = |y: &str| parse_resources(y, "r.yaml").unwrap_err().to_string();
        let e = err("apiVersion: v1\nkind: ConfigMap\n");
        assert!(e.starts_with("r.yaml: missing metadata.name in a ConfigMap (no metadata)"), "{e}");
        let e = err("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: [x]}\n");
        assert!(e.contains("(metadata.name is a sequence)"), "{e}");
        let e = err("apiVersion: v1\nkind: ConfigMap\nmetadata: x\n");
        assert!(e.contains("(metadata is a string)"), "{e}");
        let e = err("kind: List\nitems:\n- kind: Secret\n  metadata: {name: ''}\n");
        assert!(e.contains("in a Secret (an empty metadata.name)"), "{e}");
        // Lists need none; numbers and booleans are names.
        assert!(parse_resources("kind: ConfigMapList\nmetadata: {}\n", "r.yaml").is_ok());
        assert!(parse_resources("kind: ConfigMap\nmetadata: {name: 1}\n", "r.yaml").is_ok());
    }
}
