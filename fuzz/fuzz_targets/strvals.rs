//! The `--set` family (`--set`, `--set-string`, `--set-json`, `--set-file`,
//! `--set-literal`): any argument parses into values or fails cleanly, and
//! what parses is bounded by Helm's limits. The first byte picks the flag.
#![no_main]
use kforge::chart::strvals;
use libfuzzer_sys::fuzz_target;
use serde_json::{Map, Value};

#[path = "common.rs"]
mod common;

fuzz_target!(|data: &[u8]| {
    let data = data.to_vec();
    common::on_big_stack(move || run(&data));
});

fn run(data: &[u8]) {
    let Some((&mode, rest)) = data.split_first() else { return };
    let Ok(text) = std::str::from_utf8(rest) else { return };
    // Values already set by an earlier flag, as `helm --set a=1 --set ...` merges them.
    let mut base = Value::Object(Map::from_iter([("a".to_string(), Value::from(1))]));
    let read = |p: &str| if p.len() % 2 == 0 { Ok(format!("file {p}")) } else { Err(format!("cannot read {p}")) };
    let r = match mode % 6 {
        0 => strvals::parse(text, &mut base),
        1 => strvals::parse_string(text, &mut base),
        2 => strvals::parse_json(text, &mut base),
        3 => strvals::parse_file(text, &mut base, &read),
        4 => strvals::parse_literal(text, &mut base),
        _ => {
            // A value written with every special character escaped reads back as itself.
            let escaped: String = text.chars().flat_map(|c| ['\\', c]).collect();
            let mut v = Value::Null;
            let arg = format!("k={escaped}");
            strvals::parse_string(&arg, &mut v).expect("an escaped --set-string value parses");
            assert_eq!(v.get("k").and_then(Value::as_str), Some(text), "escaped value changed: {arg:?}");
            return;
        }
    };
    assert!(base.is_object(), "values are a map");
    if r.is_ok() {
        check_bounds(&base, 0);
        let _ = serde_json::to_string(&base);
    }
}

/// Lists stay within Helm's largest index.
fn check_bounds(v: &Value, depth: usize) {
    match v {
        Value::Array(a) => {
            assert!(a.len() <= strvals::MAX_INDEX + 1, "list of {} items", a.len());
            a.iter().for_each(|x| check_bounds(x, depth + 1));
        }
        Value::Object(m) => m.values().for_each(|x| check_bounds(x, depth + 1)),
        _ => {}
    }
}
