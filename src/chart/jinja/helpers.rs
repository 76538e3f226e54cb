//! Filters and functions for kforge charts, with Helm's meaning.
//!
//! As filters the value comes first (`Values.name | trunc(63)`); as
//! functions they take Helm's argument order where Helm's is the natural
//! one (`include("name", ctx)`, `required("msg", v)`, `ternary(a, b, cond)`,
//! `semver_compare(">=1.20", v)`, `regex_match(re, s)`,
//! `regex_replace(re, s, repl)`, `dict("k", v, ...)`, `list(a, b)`,
//! `merge(dst, src...)`, `fail("msg")`, `lookup(...)`, `tpl(text, ctx)`).
//!
//! | name | as filter | meaning |
//! |---|---|---|
//! | include | – | render macro `name` with `ctx` to a string |
//! | tpl | `text|tpl(ctx)` | render a string as a template |
//! | required | `v|required("msg")` | fail with msg when `v` is empty |
//! | fail | – | fail with a message |
//! | lookup | – | always an empty mapping (there is no cluster) |
//! | toyaml / fromyaml | yes | YAML with sorted keys, no trailing newline / parse |
//! | tojson / fromjson | yes | compact JSON, sorted keys, nothing escaped / parse |
//! | indent / nindent | `s|nindent(4)` | indent every line (nindent: newline first) |
//! | quote / squote | yes | `"…"` with Go's escaping / `'…'` |
//! | default | `v|default(d)` | `d` when `v` is empty (undefined, none, false, 0, "", [], {}) |
//! | trunc | `s|trunc(63)` | first n characters (last -n when negative) |
//! | trim / trimprefix / trimsuffix | yes | |
//! | b64enc / b64dec / sha256sum | yes | |
//! | regex_match / regex_replace / regex_find | yes | RE2-like syntax |
//! | semver_compare | `v|semver_compare(c)` | version in constraint |
//! | dict / list | – | build a mapping / a list |
//! | merge / merge_overwrite | yes | deep merge; left-most / right-most wins |
//! | deep_copy / dig / pick / omit / keys / has_key | yes | `dig`: keys…, then the default |
//! | ternary | `cond|ternary(a, b)` | a if cond else b |
//! | upper / lower / title | yes | title: first letter of each word |
//! | int / float / to_string | yes | conversions |
use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use base64::Engine as _;
use minijinja::value::{Kwargs, Rest, ValueKind};
use minijinja::{Environment, Error, ErrorKind, State, Value};
use sha2::Digest;

use super::{to_json, to_value, MacroTable};

fn op_err(msg: impl Into<String>) -> Error {
    Error::new(ErrorKind::InvalidOperation, msg.into())
}

/// YAML of a JSON value as Helm's toYaml writes it, without the final newline.
pub fn yaml_text(v: &serde_json::Value) -> String {
    let mut s = crate::yaml::to_yaml(v);
    while s.ends_with('\n') {
        s.pop();
    }
    s
}

/// Helm's notion of an empty value.
pub fn is_empty(v: &Value) -> bool {
    match v.kind() {
        ValueKind::Undefined | ValueKind::None => true,
        ValueKind::Bool => !v.is_true(),
        ValueKind::Number => !v.is_true(),
        ValueKind::String => v.as_str().is_some_and(str::is_empty),
        ValueKind::Seq | ValueKind::Map | ValueKind::Iterable => v.len() == Some(0),
        _ => false,
    }
}

fn text(v: &Value) -> String {
    if v.is_none() || v.is_undefined() {
        return String::new();
    }
    if v.kind() == ValueKind::Bool {
        return if v.is_true() { "true" } else { "false" }.to_string();
    }
    match v.as_str() {
        Some(s) => s.to_string(),
        None => v.to_string(),
    }
}

pub use crate::goquote::go_quote;

fn indent_text(s: &str, n: usize) -> String {
    indent_into(String::new(), s, n)
}

/// `out` followed by `s` with `n` spaces before each of its lines.
fn indent_into(mut out: String, s: &str, n: usize) -> String {
    const SPACES: &str = "                                                                ";
    let pad = |out: &mut String| {
        let mut k = n;
        while k > 0 {
            let m = k.min(SPACES.len());
            out.push_str(&SPACES[..m]);
            k -= m;
        }
    };
    let lines = memchr::memchr_iter(b'\n', s.as_bytes()).count() + 1;
    out.reserve(s.len() + lines * n);
    let mut start = 0;
    for nl in memchr::memchr_iter(b'\n', s.as_bytes()) {
        pad(&mut out);
        // (up to and with the line feed)
        out.push_str(&s[start..=nl]);
        start = nl + 1;
    }
    pad(&mut out);
    out.push_str(&s[start..]);
    out
}

fn trunc(s: &str, n: i64) -> String {
    let chars: Vec<char> = s.chars().collect();
    if n >= 0 {
        chars.iter().take(n as usize).collect()
    } else {
        let k = (-n) as usize;
        if k >= chars.len() {
            s.to_string()
        } else {
            chars[chars.len() - k..].iter().collect()
        }
    }
}

fn title(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut prev_letter = false;
    for c in s.chars() {
        if !prev_letter && c.is_alphabetic() {
            out.extend(c.to_uppercase());
        } else {
            out.push(c);
        }
        prev_letter = c.is_alphanumeric() || c == '_' || c == '\'';
    }
    out
}

fn merge_values(dst: &serde_json::Value, src: &serde_json::Value, overwrite: bool) -> serde_json::Value {
    match (dst, src) {
        (serde_json::Value::Object(d), serde_json::Value::Object(s)) => {
            let mut out = d.clone();
            for (k, sv) in s {
                let nv = match out.get(k) {
                    Some(dv) if dv.is_object() && sv.is_object() => merge_values(dv, sv, overwrite),
                    Some(dv) if !overwrite && !json_empty(dv) => dv.clone(),
                    Some(dv) if overwrite && json_empty(sv) && !sv.is_boolean() && !sv.is_number() => dv.clone(),
                    _ => sv.clone(),
                };
                out.insert(k.clone(), nv);
            }
            serde_json::Value::Object(out)
        }
        _ => dst.clone(),
    }
}

fn json_empty(v: &serde_json::Value) -> bool {
    match v {
        serde_json::Value::Null => true,
        serde_json::Value::Bool(b) => !b,
        serde_json::Value::Number(n) => n.as_f64() == Some(0.0),
        serde_json::Value::String(s) => s.is_empty(),
        serde_json::Value::Array(a) => a.is_empty(),
        serde_json::Value::Object(m) => m.is_empty(),
    }
}

fn map_of(v: &Value, what: &str) -> Result<serde_json::Map<String, serde_json::Value>, Error> {
    match to_json(v)? {
        serde_json::Value::Object(m) => Ok(m),
        serde_json::Value::Null => Ok(serde_json::Map::new()),
        _ => Err(op_err(format!("{what} expects a mapping, got {}", v.kind()))),
    }
}

fn regex(re: &str) -> Result<regex::Regex, Error> {
    regex::Regex::new(re).map_err(|e| op_err(format!("invalid regular expression {re:?}: {e}")))
}

fn semver_compare(constraint: &str, version: &str) -> Result<bool, Error> {
    let c = crate::chart::values::semver_constraint(constraint).map_err(op_err)?;
    let v = crate::chart::values::loose_version(version)
        .ok_or_else(|| op_err(format!("{version:?} is not a valid version")))?;
    Ok(c.matches(&v))
}

fn dig(map: &Value, keys: &[Value], default: Value) -> Result<Value, Error> {
    let mut cur = map.clone();
    for k in keys {
        if cur.kind() != ValueKind::Map {
            return Ok(default);
        }
        match cur.get_item(k) {
            Ok(v) if !v.is_undefined() => cur = v,
            _ => return Ok(default),
        }
    }
    Ok(cur)
}

fn from_yaml(s: &str) -> Value {
    match crate::yaml::parse_values_documents(s, "fromyaml") {
        Ok(docs) => to_value(&docs.into_iter().next().unwrap_or(serde_json::Value::Object(Default::default()))),
        Err(e) => {
            let mut m = std::collections::BTreeMap::new();
            m.insert("Error".to_string(), Value::from(e.to_string()));
            Value::from_object(m)
        }
    }
}

fn from_json(s: &str) -> Value {
    match serde_json::from_str::<serde_json::Value>(s) {
        Ok(v) => to_value(&v),
        Err(e) => {
            let mut m = std::collections::BTreeMap::new();
            m.insert("Error".to_string(), Value::from(e.to_string()));
            Value::from_object(m)
        }
    }
}

fn dict_from(args: &[Value], kwargs: Option<Kwargs>) -> Result<Value, Error> {
    let mut m = std::collections::BTreeMap::new();
    let mut it = args.chunks(2);
    for pair in &mut it {
        let k = text(&pair[0]);
        let v = pair.get(1).cloned().unwrap_or(Value::from(""));
        m.insert(k, v);
    }
    if let Some(kw) = kwargs {
        for k in kw.args().map(String::from).collect::<Vec<_>>() {
            let v: Value = kw.get(&k)?;
            m.insert(k, v);
        }
    }
    Ok(Value::from_object(m))
}

/// The key under which `include` keeps a macro's output: the file and the
/// macro, and the arguments by content, each chart's context standing for
/// itself (its templates share everything in it but `Template`, whose
/// reading `include` watches). None: an argument that is not plain data
/// (a namespace, which macros can change; another object) or too much of
/// it, so the output is not kept.
///
/// Macros are pure: what they print depends on their arguments, the
/// defining file's context (the first argument) and nothing else (no
/// helper reads a clock, a random source or the cluster), so the same
/// call prints the same text in every template.
fn memo_key(template: &str, name: &str, args: &[Value]) -> Option<String> {
    let mut key = String::with_capacity(template.len() + name.len() + 16);
    key.push_str(template);
    key.push('\0');
    key.push_str(name);
    let mut budget = 4096usize;
    for a in args {
        key.push('\0');
        encode_arg(a, &mut key, &mut budget)?;
    }
    Some(key)
}

fn encode_arg(v: &Value, out: &mut String, budget: &mut usize) -> Option<()> {
    use std::fmt::Write as _;
    *budget = budget.checked_sub(1)?;
    if let Some(c) = v.downcast_object_ref::<super::RenderCtx>() {
        let (chart, top) = c.identity();
        let _ = write!(out, "C{chart}{}", if top { 't' } else { 'c' });
        return Some(());
    }
    match v.kind() {
        ValueKind::Undefined => out.push('U'),
        ValueKind::None => out.push('N'),
        ValueKind::Bool => out.push(if v.is_true() { 'T' } else { 'F' }),
        ValueKind::Number => {
            let _ = write!(out, "{}{v};", if v.is_integer() { 'i' } else { 'f' });
        }
        ValueKind::String => {
            let s = v.as_str()?;
            *budget = budget.checked_sub(s.len())?;
            let _ = write!(out, "{}{}:{s}", if v.is_safe() { 'S' } else { 's' }, s.len());
        }
        ValueKind::Seq => {
            let items = v.downcast_object_ref::<Vec<Value>>()?;
            out.push('[');
            for i in items {
                encode_arg(i, out, budget)?;
            }
            out.push(']');
        }
        ValueKind::Map => {
            let map = v.downcast_object_ref::<std::collections::BTreeMap<String, Value>>()?;
            out.push('{');
            for (k, i) in map {
                *budget = budget.checked_sub(k.len())?;
                let _ = write!(out, "{}:{k}", k.len());
                encode_arg(i, out, budget)?;
            }
            out.push('}');
        }
        _ => return None,
    }
    Some(())
}

/// Register every helper on `env`.
pub(crate) fn register(env: &mut Environment<'_>, macros: Arc<MacroTable>) {
    // include / tpl / required / fail / lookup
    let memo: Arc<Mutex<HashMap<String, Value>>> = Arc::default();
    env.add_function("include", move |state: &State, name: String, args: Rest<Value>| -> Result<Value, Error> {
        let tname = macros
            .resolve(state.name(), &name)
            .ok_or_else(|| op_err(format!("include: no macro named {name:?} in the chart or its dependencies")))?;
        let key = memo_key(tname, &name, &args.0);
        if let Some(hit) = key.as_ref().and_then(|k| memo.lock().ok()?.get(k).cloned()) {
            return Ok(hit);
        }
        let ctx = args.0.first().cloned().unwrap_or(Value::UNDEFINED);
        let module_ctx = if ctx.kind() == ValueKind::Map { ctx.clone() } else { Value::from(()) };
        let reads = super::modules::template_reads();
        let out = Value::from(super::modules::call_macro(state, tname, module_ctx, &name, &args.0)?);
        if let Some(k) = key {
            if super::modules::template_reads() == reads {
                if let Ok(mut m) = memo.lock() {
                    m.insert(k, out.clone());
                }
            }
        }
        Ok(out)
    });
    fn tpl_impl(state: &State, text_v: &Value, ctx: Value) -> Result<Value, Error> {
        let src = text(text_v);
        let name = format!("{} (tpl)", state.name());
        let out = state.env().render_named_str(&name, &src, ctx)?;
        Ok(Value::from(out))
    }
    env.add_function("tpl", |state: &State, t: Value, ctx: Value| tpl_impl(state, &t, ctx));
    env.add_filter("tpl", |state: &State, t: Value, ctx: Value| tpl_impl(state, &t, ctx));
    env.add_function("required", |msg: String, v: Value| -> Result<Value, Error> {
        if is_empty(&v) {
            Err(op_err(msg))
        } else {
            Ok(v)
        }
    });
    env.add_filter("required", |v: Value, msg: String| -> Result<Value, Error> {
        if is_empty(&v) {
            Err(op_err(msg))
        } else {
            Ok(v)
        }
    });
    env.add_function("fail", |msg: String| -> Result<Value, Error> { Err(op_err(msg)) });
    env.add_function("lookup", |_args: Rest<Value>| -> Value {
        Value::from_object(std::collections::BTreeMap::<String, Value>::new())
    });

    // YAML / JSON
    // The YAML of a mapping or list of the values tree, kept by identity:
    // such objects never change, and templates print the same ones
    // (`Values.resources | toyaml`) again and again.
    let yaml_memo: Arc<Mutex<HashMap<usize, (Value, String)>>> = Arc::default();
    let toyaml = move |v: Value| -> Result<String, Error> {
        let id = v
            .downcast_object_ref::<std::collections::BTreeMap<String, Value>>()
            .map(|m| m as *const _ as usize)
            .or_else(|| v.downcast_object_ref::<Vec<Value>>().map(|l| l as *const _ as usize));
        let Some(id) = id else {
            return Ok(yaml_text(&to_json(&v)?));
        };
        if let Some(text) = yaml_memo.lock().ok().and_then(|m| m.get(&id).map(|(_, t)| t.clone())) {
            return Ok(text);
        }
        let text = yaml_text(&to_json(&v)?);
        if let Ok(mut m) = yaml_memo.lock() {
            // (the value is kept so that its address is not reused)
            m.insert(id, (v, text.clone()));
        }
        Ok(text)
    };
    env.add_filter("toyaml", toyaml.clone());
    env.add_function("toyaml", toyaml);
    env.add_filter("fromyaml", |s: String| from_yaml(&s));
    env.add_function("fromyaml", |s: String| from_yaml(&s));
    let tojson =
        |v: Value| -> Result<String, Error> { serde_json::to_string(&to_json(&v)?).map_err(|e| op_err(e.to_string())) };
    env.add_filter("tojson", tojson);
    env.add_function("tojson", tojson);
    env.add_filter("fromjson", |s: String| from_json(&s));
    env.add_function("fromjson", |s: String| from_json(&s));

    // strings
    env.add_filter("indent", |v: Value, n: usize| match v.as_str() {
        Some(s) => indent_text(s, n),
        None => indent_text(&text(&v), n),
    });
    env.add_filter("nindent", |v: Value, n: usize| match v.as_str() {
        Some(s) => indent_into(String::from("\n"), s, n),
        None => indent_into(String::from("\n"), &text(&v), n),
    });
    env.add_filter(
        "quote",
        |v: Value| {
            if v.is_none() || v.is_undefined() {
                String::new()
            } else {
                go_quote(&text(&v))
            }
        },
    );
    env.add_filter(
        "squote",
        |v: Value| {
            if v.is_none() || v.is_undefined() {
                String::new()
            } else {
                format!("'{}'", text(&v))
            }
        },
    );
    env.add_filter("trunc", |v: Value, n: i64| trunc(&text(&v), n));
    env.add_filter("trimprefix", |v: Value, p: String| {
        let s = text(&v);
        s.strip_prefix(p.as_str()).unwrap_or(&s).to_string()
    });
    env.add_filter("trimsuffix", |v: Value, p: String| {
        let s = text(&v);
        s.strip_suffix(p.as_str()).unwrap_or(&s).to_string()
    });
    env.add_filter("title", |v: Value| title(&text(&v)));
    env.add_filter("to_string", |v: Value| text(&v));
    env.add_filter("b64enc", |v: Value| base64::engine::general_purpose::STANDARD.encode(text(&v)));
    env.add_filter("b64dec", |v: Value| -> Result<String, Error> {
        let bytes = base64::engine::general_purpose::STANDARD
            .decode(text(&v).as_bytes())
            .map_err(|e| op_err(format!("b64dec: {e}")))?;
        Ok(String::from_utf8_lossy(&bytes).into_owned())
    });
    env.add_filter("sha256sum", |v: Value| {
        let d = sha2::Sha256::digest(text(&v).as_bytes());
        d.iter().map(|b| format!("{b:02x}")).collect::<String>()
    });

    // default / ternary / empty
    env.add_filter("default", |v: Value, d: Option<Value>| if is_empty(&v) { d.unwrap_or(Value::from("")) } else { v });
    env.add_function("default", |d: Value, v: Option<Value>| {
        let v = v.unwrap_or(Value::UNDEFINED);
        if is_empty(&v) {
            d
        } else {
            v
        }
    });
    env.add_filter("ternary", |cond: Value, a: Value, b: Value| if cond.is_true() { a } else { b });
    env.add_function("ternary", |a: Value, b: Value, cond: Value| if cond.is_true() { a } else { b });
    env.add_filter("empty", |v: Value| is_empty(&v));
    env.add_function("empty", |v: Value| is_empty(&v));

    // regex / semver
    env.add_filter("regex_match", |s: Value, re: String| -> Result<bool, Error> {
        Ok(regex(&re)?.is_match(&text(&s)))
    });
    env.add_function("regex_match", |re: String, s: Value| -> Result<bool, Error> {
        Ok(regex(&re)?.is_match(&text(&s)))
    });
    env.add_filter("regex_replace", |s: Value, re: String, repl: String| -> Result<String, Error> {
        Ok(regex(&re)?.replace_all(&text(&s), repl.as_str()).into_owned())
    });
    env.add_function("regex_replace", |re: String, s: Value, repl: String| -> Result<String, Error> {
        Ok(regex(&re)?.replace_all(&text(&s), repl.as_str()).into_owned())
    });
    env.add_filter("regex_find", |s: Value, re: String| -> Result<String, Error> {
        Ok(regex(&re)?.find(&text(&s)).map(|m| m.as_str().to_string()).unwrap_or_default())
    });
    env.add_filter("semver_compare", |v: Value, c: String| semver_compare(&c, &text(&v)));
    env.add_function("semver_compare", |c: String, v: Value| semver_compare(&c, &text(&v)));

    // collections
    env.add_function("dict", |args: Rest<Value>, kw: Kwargs| dict_from(&args.0, Some(kw)));
    env.add_function("list", |args: Rest<Value>| Value::from(args.0));
    let merge = |overwrite: bool| {
        move |dst: Value, srcs: Rest<Value>| -> Result<Value, Error> {
            let mut acc = serde_json::Value::Object(map_of(&dst, "merge")?);
            for s in &srcs.0 {
                let sv = serde_json::Value::Object(map_of(s, "merge")?);
                acc = merge_values(&acc, &sv, overwrite);
            }
            Ok(to_value(&acc))
        }
    };
    env.add_function("merge", merge(false));
    env.add_filter("merge", merge(false));
    env.add_function("merge_overwrite", merge(true));
    env.add_filter("merge_overwrite", merge(true));
    env.add_filter("deep_copy", |v: Value| -> Result<Value, Error> { Ok(to_value(&to_json(&v)?)) });
    env.add_function("deep_copy", |v: Value| -> Result<Value, Error> { Ok(to_value(&to_json(&v)?)) });
    env.add_filter("dig", |m: Value, args: Rest<Value>| -> Result<Value, Error> {
        let mut a = args.0;
        let default = a.pop().ok_or_else(|| op_err("dig: expects keys and a default"))?;
        dig(&m, &a, default)
    });
    env.add_function("dig", |args: Rest<Value>| -> Result<Value, Error> {
        // Sprig order: keys..., default, map
        let mut a = args.0;
        if a.len() < 2 {
            return Err(op_err("dig: expects keys, a default and a mapping"));
        }
        let m = a.pop().unwrap_or_default();
        let default = a.pop().unwrap_or_default();
        dig(&m, &a, default)
    });
    let pick = |keep: bool| {
        move |m: Value, keys: Rest<Value>| -> Result<Value, Error> {
            let map = map_of(&m, if keep { "pick" } else { "omit" })?;
            let ks: Vec<String> = keys.0.iter().map(text).collect();
            let out: serde_json::Map<String, serde_json::Value> =
                map.into_iter().filter(|(k, _)| ks.contains(k) == keep).collect();
            Ok(to_value(&serde_json::Value::Object(out)))
        }
    };
    env.add_filter("pick", pick(true));
    env.add_function("pick", pick(true));
    env.add_filter("omit", pick(false));
    env.add_function("omit", pick(false));
    let keys = |m: Value| -> Result<Value, Error> {
        let map = map_of(&m, "keys")?;
        Ok(Value::from(map.keys().map(|k| Value::from(k.as_str())).collect::<Vec<_>>()))
    };
    env.add_filter("keys", keys);
    env.add_function("keys", keys);
    let has_key =
        |m: Value, k: String| -> bool { m.kind() == ValueKind::Map && m.get_attr(&k).is_ok_and(|v| !v.is_undefined()) };
    env.add_filter("has_key", has_key);
    env.add_function("has_key", has_key);
    env.add_filter("has", |list: Value, item: Value| -> bool {
        list.try_iter().map(|mut it| it.any(|x| x == item)).unwrap_or(false)
    });
    env.add_function("int", |v: Value| -> Result<Value, Error> {
        let s = text(&v);
        if let Some(i) = v.as_i64() {
            return Ok(Value::from(i));
        }
        if let Ok(f) = f64::try_from(v.clone()) {
            return Ok(Value::from(f.trunc() as i64));
        }
        Ok(Value::from(s.trim().parse::<i64>().unwrap_or(0)))
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn go_quote_escapes_like_strconv() {
        assert_eq!(go_quote("a\"b\\c\n"), "\"a\\\"b\\\\c\\n\"");
        assert_eq!(go_quote("é"), "\"é\"");
        assert_eq!(go_quote("\u{1}"), "\"\\x01\"");
    }

    #[test]
    fn trunc_title_indent() {
        assert_eq!(trunc("abcdef", 3), "abc");
        assert_eq!(trunc("abcdef", -2), "ef");
        assert_eq!(trunc("ab", 5), "ab");
        assert_eq!(title("hello wORLD-x"), "Hello WORLD-X");
        assert_eq!(indent_text("a\nb", 2), "  a\n  b");
    }
}
