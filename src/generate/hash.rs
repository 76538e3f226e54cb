//! The content hash kustomize appends to generated names (`cm-4h2mbtbbt6`).
//!
//! kustomize (api/hasher) builds a small JSON object from the resource, encodes
//! it the way Go's `encoding/json.Marshal` does (sorted keys, no spaces,
//! HTML-safe escaping), takes the SHA-256, keeps the first ten hex digits and
//! swaps a few characters so the suffix never reads as a word or a number.
use crate::yaml::{Map, Value};
use sha2::{Digest, Sha256};

use crate::model::ResMap;
use crate::transform::Transformer;

/// The hash suffix (without the leading `-`) for a resource object.
///
/// ConfigMaps hash `kind`, `data` and `binaryData`; Secrets `kind`, `type`,
/// `data` and `stringData`; other kinds the whole object. The name never
/// counts (kustomize looks it up under a path that never matches, so it is
/// always `""`), nor do labels, annotations or the namespace.
pub fn suffix(obj: &Value) -> String {
    let encoded = encode_for_hash(obj);
    let digest = Sha256::digest(encoded.as_bytes());
    let hex: String = digest.iter().take(5).map(|b| format!("{b:02x}")).collect();
    hex.chars()
        .map(|c| match c {
            '0' => 'g',
            '1' => 'h',
            '3' => 'k',
            'a' => 'm',
            'e' => 't',
            other => other,
        })
        .collect()
}

/// The JSON text kustomize hashes for this object.
pub fn encode_for_hash(obj: &Value) -> String {
    let kind = obj.get("kind").and_then(Value::as_str).unwrap_or("");
    let mut m = Map::new();
    match kind {
        "ConfigMap" => {
            m.insert("kind".into(), Value::String("ConfigMap".into()));
            m.insert("name".into(), Value::String(String::new()));
            m.insert("data".into(), field_value(obj.get("data")));
            match obj.get("binaryData") {
                Some(b @ Value::Object(_)) => {
                    m.insert("binaryData".into(), b.clone());
                }
                // a list fails to decode into kustomize's (typed, nil) map, which still counts
                Some(Value::Array(_)) => {
                    m.insert("binaryData".into(), Value::Null);
                }
                _ => {}
            }
        }
        "Secret" => {
            m.insert("kind".into(), Value::String("Secret".into()));
            m.insert("type".into(), field_value(obj.get("type")));
            m.insert("name".into(), Value::String(String::new()));
            m.insert("data".into(), field_value(obj.get("data")));
            match obj.get("stringData") {
                Some(s @ Value::Object(_)) => {
                    m.insert("stringData".into(), s.clone());
                }
                Some(Value::Array(_)) => {
                    m.insert("stringData".into(), Value::Null);
                }
                _ => {}
            }
        }
        _ => return go_json(obj),
    }
    go_json(&Value::Object(m))
}

/// kustomize's view of one looked-up field: missing → `""`, a scalar → its
/// text, a mapping → itself, anything else (a list) → `null` (it fails to
/// decode into a Go map and stays nil).
fn field_value(v: Option<&Value>) -> Value {
    match v {
        None => Value::String(String::new()),
        // only a JSON patch leaves a null here, written `null`
        Some(Value::Null) => Value::String("null".to_string()),
        Some(Value::String(s)) => Value::String(s.clone()),
        Some(Value::Bool(b)) => Value::String(b.to_string()),
        // the text it is written with
        Some(v @ Value::Number(_)) => Value::String(crate::yaml::to_yaml(v).trim_end().to_string()),
        Some(m @ Value::Object(_)) => m.clone(),
        Some(Value::Array(_)) => Value::Null,
    }
}

/// Serialize like Go's `json.Marshal` of a decoded `interface{}`: map keys
/// sorted by bytes, numbers as float64, HTML-safe string escaping.
pub fn go_json(v: &Value) -> String {
    let mut out = String::new();
    write_go_json(v, &mut out);
    out
}

fn write_go_json(v: &Value, out: &mut String) {
    match v {
        Value::Null => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Number(n) => match n.as_f64() {
            Some(f) => out.push_str(&go_float(f)),
            None => out.push_str(&n.to_string()),
        },
        Value::String(s) => write_go_string(s, out),
        Value::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_go_json(item, out);
            }
            out.push(']');
        }
        Value::Object(m) => {
            // Sort explicitly: serde_json's map may keep insertion order.
            let mut keys: Vec<&str> = m.keys().map(|k| k.as_str()).collect();
            keys.sort();
            out.push('{');
            for (i, k) in keys.into_iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_go_string(k, out);
                out.push(':');
                write_go_json(&m[k], out);
            }
            out.push('}');
        }
    }
}

/// Go's float64 encoding: shortest round-trip digits, plain notation for
/// magnitudes in [1e-6, 1e21), otherwise `1e+21` / `1e-7` style.
fn go_float(f: f64) -> String {
    if !f.is_finite() {
        // Go refuses these; kustomize never produces them from YAML.
        return "null".to_string();
    }
    let abs = f.abs();
    if abs != 0.0 && !(1e-6..1e21).contains(&abs) {
        let s = format!("{f:e}");
        match s.split_once('e') {
            Some((mant, exp)) if !exp.starts_with('-') => format!("{mant}e+{exp}"),
            _ => s,
        }
    } else {
        format!("{f}")
    }
}

fn write_go_string(s: &str, out: &mut String) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            '<' | '>' | '&' | '\u{2028}' | '\u{2029}' => out.push_str(&format!("\\u{:04x}", c as u32)),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
}

/// Appends `-<hash>` to the name of every resource marked `needs_hash`, at the
/// end of the top-level build. The old id goes to `prev_ids` (via
/// `Resource::set_name`) so name references can be fixed up afterwards; the
/// mark is cleared so a second run leaves names alone.
#[derive(Debug, Default, Clone, Copy)]
pub struct HashTransformer;

impl Transformer for HashTransformer {
    fn apply(&self, m: &mut ResMap) -> crate::transform::error::Result<()> {
        for r in m.iter_mut() {
            if !r.needs_hash {
                continue;
            }
            let h = suffix(&r.obj);
            let name = format!("{}-{}", r.name(), h);
            r.set_name(&name);
            r.needs_hash = false;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Resource;
    use crate::yaml::json;

    #[test]
    fn worked_examples_from_notes() {
        let cm = json!({"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"x"},"data":{"a":"b"}});
        assert_eq!(encode_for_hash(&cm), r#"{"data":{"a":"b"},"kind":"ConfigMap","name":""}"#);
        assert_eq!(suffix(&cm), "4h2mbtbbt6");
        let empty = json!({"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"empty"}});
        assert_eq!(encode_for_hash(&empty), r#"{"data":"","kind":"ConfigMap","name":""}"#);
        assert_eq!(suffix(&empty), "6ct58987ht");
        let sec = json!({"apiVersion":"v1","kind":"Secret","metadata":{"name":"s"},
            "type":"Opaque","data":{"password":"aHVudGVyMg=="}});
        assert_eq!(suffix(&sec), "cf85kd65mm");
    }

    #[test]
    fn name_labels_namespace_do_not_count() {
        let a = json!({"kind":"ConfigMap","metadata":{"name":"a"},"data":{"k":"v"}});
        let b = json!({"kind":"ConfigMap","metadata":{"name":"b","namespace":"n","labels":{"x":"y"}},
            "data":{"k":"v"}});
        assert_eq!(suffix(&a), suffix(&b));
    }

    #[test]
    fn html_escaping_like_go() {
        // From the style notes: dev-app-config with an HTML literal.
        let cm = json!({"kind":"ConfigMap","data":{
            "ENABLED":"yes","HTML":"<b>&</b>","LOG_LEVEL":"debug","ZIP":"0123",
            "app.properties":"greeting=hello\nport=8080\nmultiline=first\\nsecond\n"}});
        let enc = encode_for_hash(&cm);
        assert!(enc.contains(r#""HTML":"\u003cb\u003e\u0026\u003c/b\u003e""#), "{enc}");
        assert!(enc.contains(r#"first\\nsecond\n"#), "{enc}");
        assert_eq!(go_json(&json!("\u{2028}\u{1}\u{8}é")), r#""\u2028\u0001\bé""#);
    }

    #[test]
    fn oracle_hashes() {
        // TestGeneratorBasics: blah-json-m8529t979f.
        let cm = json!({"kind":"ConfigMap","data":{
            "druid_segmentCache_locations":
                "[{\"path\": \"var/druid/segment-cache\", \"maxSize\": 32000000000, \"freeSpacePercent\": 1.0}]",
            "v2":"[{\"path\": \"var/druid/segment-cache\"}]"}});
        assert_eq!(suffix(&cm), "m8529t979f");
        // TestDataIsSingleQuote: test-m8t7bmb6g2.
        assert_eq!(suffix(&json!({"kind":"ConfigMap","data":{"TEST":"'"}})), "m8t7bmb6g2");
        // TestDisableNameSuffixHashPerObject: yeshash-82c2g5f8f6.
        let sec = json!({"kind":"Secret","type":"Opaque","data":{"DB_PASSWORD":"c29tZXB3","DB_USERNAME":"YWRtaW4="}});
        assert_eq!(suffix(&sec), "82c2g5f8f6");
        // An empty generated Secret has `data: {}` (kustomize v5.7.1: s-46f8b28mk5).
        assert_eq!(suffix(&json!({"kind":"Secret","type":"Opaque","data":{}})), "46f8b28mk5");
        // TestGeneratorBasics Secret: wrapped base64 values keep their newlines.
        let sec = json!({"kind":"Secret","type":"Opaque","data":{
            "BIRD":"ZmFsY29u","MOUNTAIN":"ZXZlcmVzdA==","OCEAN":"cGFjaWZpYw==",
            "forces.txt":"CmdyYXZpdGF0aW9uYWwKZWxlY3Ryb21hZ25ldGljCnN0cm9uZyBudWNsZWFyCndlYWsgbn\nVjbGVhcgo=\n",
            "fruit":"YXBwbGU=",
            "passphrase":"CkxpZmUgaXMgc2hvcnQuCkJ1dCB0aGUgeWVhcnMgYXJlIGxvbmcuCk5vdCB3aGlsZSB0aG\nUgZXZpbCBkYXlzIGNvbWUgbm90Lgo=\n",
            "vegetable":"YnJvY2NvbGk="}});
        assert_eq!(suffix(&sec), "58g62h555c");
    }

    #[test]
    fn binary_data_only_when_a_map() {
        let with = json!({"kind":"ConfigMap","binaryData":{"b":"AA=="}});
        assert_eq!(encode_for_hash(&with), r#"{"binaryData":{"b":"AA=="},"data":"","kind":"ConfigMap","name":""}"#);
        let scalar = json!({"kind":"ConfigMap","binaryData":"x"});
        assert_eq!(encode_for_hash(&scalar), r#"{"data":"","kind":"ConfigMap","name":""}"#);
    }

    #[test]
    fn numbers_like_go_float64() {
        assert_eq!(
            go_json(&json!({"b":1e21,"a":5,"c":1.5,"d":0.0000001,"e":1e20})),
            r#"{"a":5,"b":1e+21,"c":1.5,"d":1e-7,"e":100000000000000000000}"#
        );
    }

    #[test]
    fn other_kinds_hash_the_whole_object() {
        let a = json!({"kind":"Deployment","metadata":{"name":"a"}});
        assert_eq!(encode_for_hash(&a), r#"{"kind":"Deployment","metadata":{"name":"a"}}"#);
    }

    #[test]
    fn transformer_renames_marked_resources_once() {
        let mut m = ResMap::new();
        let mut r =
            Resource::new(json!({"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"x"},"data":{"a":"b"}}));
        r.needs_hash = true;
        m.append(r).unwrap();
        m.append(Resource::new(json!({"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"plain"}}))).unwrap();
        HashTransformer.apply(&mut m).unwrap();
        HashTransformer.apply(&mut m).unwrap();
        assert_eq!(m.at(0).name(), "x-4h2mbtbbt6");
        assert_eq!(m.at(0).prev_ids.len(), 1);
        assert_eq!(m.at(0).prev_ids[0].name, "x");
        assert_eq!(m.at(1).name(), "plain");
    }
}
