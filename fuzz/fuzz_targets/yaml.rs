//! The YAML loader: resource streams (go-yaml v3 rules) and kustomization
//! files (v2 rules) must never panic; what parses must emit, and the emitted
//! text must read back as the same data (numbers compared by value: the
//! emitter writes `1.0` as `1`, as kustomize does).
#![no_main]
use libfuzzer_sys::fuzz_target;

#[path = "common.rs"]
mod common;
use serde_json::Value;

fn same(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => x == y || x.as_f64() == y.as_f64(),
        (Value::Array(x), Value::Array(y)) => x.len() == y.len() && x.iter().zip(y).all(|(a, b)| same(a, b)),
        (Value::Object(x), Value::Object(y)) => {
            x.len() == y.len() && x.iter().all(|(k, v)| y.get(k).is_some_and(|w| same(v, w)))
        }
        _ => a == b,
    }
}

fuzz_target!(|data: &[u8]| {
    // As in kforge, the work runs on a thread with a large stack.
    let data = data.to_vec();
    common::on_big_stack(move || run(&data));
});

fn run(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else { return };
    if let Ok(docs) = kforge::yaml::parse_documents_as::<Value>(text, "fuzz.yaml") {
        for d in docs {
            let out = kforge::yaml::to_yaml(&d);
            let back = kforge::yaml::parse_documents_as::<Value>(&out, "emitted.yaml")
                .unwrap_or_else(|e| panic!("emitted YAML does not parse: {e}\n{out}"));
            let back = back.into_iter().next().unwrap_or(Value::Null);
            assert!(same(&back, &d), "emitted YAML reads back differently:\n{out}\n{back:?}\n{d:?}");
        }
    }
    let _ = kforge::yaml::parse_kustomization(text, "kustomization.yaml");
    let _ = kforge::model::parse_resources(text, "fuzz.yaml");
}
