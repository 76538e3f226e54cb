//! `toToml`: BurntSushi/toml's encoder for map data.
use std::fmt::Write as _;

use super::value::Value;

fn key(k: &str) -> String {
    if !k.is_empty() && k.bytes().all(|c| c.is_ascii_alphanumeric() || c == b'_' || c == b'-') {
        k.to_string()
    } else {
        toml_str(k)
    }
}

fn toml_str(s: &str) -> String {
    let mut o = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => o.push_str("\\\""),
            '\\' => o.push_str("\\\\"),
            '\n' => o.push_str("\\n"),
            '\t' => o.push_str("\\t"),
            '\r' => o.push_str("\\r"),
            c if (c as u32) < 0x20 => {
                let _ = write!(o, "\\u{:04X}", c as u32);
            }
            c => o.push(c),
        }
    }
    o.push('"');
    o
}

fn scalar(v: &Value) -> String {
    match v {
        Value::Str(s) => toml_str(s),
        Value::Bool(b) => b.to_string(),
        Value::Int(i) => i.to_string(),
        Value::Float(f) => {
            if f.fract() == 0.0 && f.abs() < 1e17 {
                format!("{f:.1}")
            } else {
                crate::yaml::format_go_float(*f, false)
            }
        }
        Value::List(l) => {
            let items: Vec<String> = l.iter().map(scalar).collect();
            format!("[{}]", items.join(", "))
        }
        Value::Map(m) => {
            let items: Vec<String> = m.borrow().iter().map(|(k, v)| format!("{} = {}", key(k), scalar(v))).collect();
            format!("{{{}}}", items.join(", "))
        }
        _ => String::new(),
    }
}

fn is_table(v: &Value) -> bool {
    matches!(v, Value::Map(_))
}

fn is_table_array(v: &Value) -> bool {
    matches!(v, Value::List(l) if !l.is_empty() && l.iter().all(is_table))
}

fn write_table(out: &mut String, path: &[String], v: &Value, indent: usize) {
    let Value::Map(m) = v else { return };
    let m = m.borrow();
    let pad = "  ".repeat(indent);
    for (k, e) in m.iter() {
        if e.is_nil() || is_table(e) || is_table_array(e) {
            continue;
        }
        let _ = writeln!(out, "{pad}{} = {}", key(k), scalar(e));
    }
    for (k, e) in m.iter() {
        let mut p = path.to_vec();
        p.push(key(k));
        if is_table(e) {
            let _ = writeln!(out, "\n{pad}[{}]", p.join("."));
            write_table(out, &p, e, indent + 1);
        } else if is_table_array(e) {
            if let Value::List(l) = e {
                for item in l.iter() {
                    let _ = writeln!(out, "\n{pad}[[{}]]", p.join("."));
                    write_table(out, &p, item, indent + 1);
                }
            }
        }
    }
}

/// Encode a map as TOML.
pub fn to_toml(v: &Value) -> String {
    let mut out = String::new();
    write_table(&mut out, &[], v, 0);
    out
}
