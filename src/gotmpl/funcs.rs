//! Functions: Go's builtins, Sprig v3 and Helm's own (except `include` and
//! `tpl`, which live in the executor because they need the template set).
use std::collections::HashMap;
use std::sync::OnceLock;

use base64::Engine as _;
use sha2::Digest as _;

use super::fmt::{sprint, sprint_value, sprintf, sprintln};
use super::value::{go_quote, Map, Value};
use crate::yaml::Key;

/// Prefix of an error message that Helm reports as `execution error at (...)`.
pub const HELM_FAIL: &str = "\u{1}helmfail:";

/// What functions may use besides their arguments.
pub struct Ctx {
    rng: u64,
    /// OS randomness when no seed was given
    urandom: Option<std::fs::File>,
    /// Kubernetes API versions known to `lookup`-free rendering (unused by functions).
    pub now: Option<i64>,
    /// `fromYaml`/`fromYamlArray` texts already parsed (charts convert the
    /// same labels and values again and again, istio each CRD twice); each
    /// call gets its own maps (`Value::deep_copy`), never the cached ones.
    yaml_cache: crate::model::fasthash::FastMap<String, Result<Value, String>>,
    /// bytes of text in `yaml_cache`
    yaml_cached: usize,
}

impl Ctx {
    /// `seed` makes random functions reproducible.
    pub fn new(seed: Option<u64>) -> Ctx {
        let urandom = match seed {
            Some(_) => None,
            None => std::fs::File::open("/dev/urandom").ok(),
        };
        let s = seed.unwrap_or_else(|| {
            let t = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map(|d| d.as_nanos() as u64)
                .unwrap_or(0x9e3779b97f4a7c15);
            t ^ (std::process::id() as u64).rotate_left(32)
        });
        Ctx {
            rng: s ^ 0x2545f4914f6cdd1d,
            urandom,
            now: None,
            yaml_cache: crate::model::fasthash::FastMap::default(),
            yaml_cached: 0,
        }
    }
    /// Random bytes: the OS's, or the seeded generator's.
    pub fn fill_bytes(&mut self, buf: &mut [u8]) {
        use std::io::Read as _;
        if let Some(f) = self.urandom.as_mut() {
            if f.read_exact(buf).is_ok() {
                return;
            }
        }
        for chunk in buf.chunks_mut(8) {
            let v = self.splitmix().to_le_bytes();
            chunk.copy_from_slice(&v[..chunk.len()]);
        }
    }
    pub fn next_u64(&mut self) -> u64 {
        let mut b = [0u8; 8];
        self.fill_bytes(&mut b);
        u64::from_le_bytes(b)
    }
    /// splitmix64
    fn splitmix(&mut self) -> u64 {
        self.rng = self.rng.wrapping_add(0x9e3779b97f4a7c15);
        let mut z = self.rng;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58476d1ce4e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d049bb133111eb);
        z ^ (z >> 31)
    }
    pub fn below(&mut self, n: u64) -> u64 {
        if n == 0 {
            return 0;
        }
        self.next_u64() % n
    }
}

/// A function of the table. Its arguments come in a vector the caller
/// lends (and reuses for the next call: no allocation per call); a
/// function that keeps them takes them (`std::mem::take`).
pub type F = fn(&mut Ctx, &mut Vec<Value>) -> Result<Value, String>;

/// A function name resolved when parsing.
#[derive(Clone, Copy)]
pub enum Func {
    And,
    Or,
    Include,
    Tpl,
    Table(F),
}

impl std::fmt::Debug for Func {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Func::And => "and",
            Func::Or => "or",
            Func::Include => "include",
            Func::Tpl => "tpl",
            Func::Table(_) => "func",
        })
    }
}

/// The function of that name, if any.
pub fn resolve(name: &str) -> Option<Func> {
    resolve_id(name).map(FuncId::func)
}

/// A function name resolved when parsing, as a number (every function
/// name of a parse tree holds one: a number keeps `parse::Arg` small):
/// `and`, `or`, `include` and `tpl` are 0 to 3, the table's functions
/// follow in the table's order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FuncId(u32);

const OWN_FUNCS: u32 = 4;

impl FuncId {
    /// The function this number stands for.
    #[inline]
    pub fn func(self) -> Func {
        match self.0 {
            0 => Func::And,
            1 => Func::Or,
            2 => Func::Include,
            3 => Func::Tpl,
            n => match table().funcs.get((n - OWN_FUNCS) as usize) {
                Some(f) => Func::Table(*f),
                // numbers come from `resolve_id` only
                None => Func::And,
            },
        }
    }
}

/// The number of the function of that name, if any.
pub fn resolve_id(name: &str) -> Option<FuncId> {
    Some(FuncId(match name {
        "and" => 0,
        "or" => 1,
        "include" => 2,
        "tpl" => 3,
        _ => OWN_FUNCS + *table().by_name.get(name)?,
    }))
}

/// The function table: names to numbers, and the functions by number.
struct Table {
    by_name: super::FastMap<&'static str, u32>,
    funcs: Vec<F>,
}

impl Table {
    fn get(&self, name: &str) -> Option<&F> {
        self.by_name.get(name).and_then(|&i| self.funcs.get(i as usize))
    }
    fn contains_key(&self, name: &str) -> bool {
        self.by_name.contains_key(name)
    }
}

fn table() -> &'static Table {
    static T: OnceLock<Table> = OnceLock::new();
    T.get_or_init(|| {
        let map = build_table();
        let mut funcs = Vec::with_capacity(map.len());
        let mut by_name = super::FastMap::default();
        by_name.reserve(map.len());
        for (name, f) in map {
            by_name.insert(name, to_u32_index(funcs.len()));
            funcs.push(f);
        }
        Table { by_name, funcs }
    })
}

fn to_u32_index(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// Whether a function of that name exists (checked when parsing).
pub fn exists(name: &str) -> bool {
    matches!(name, "and" | "or" | "include" | "tpl") || table().contains_key(name)
}

/// Whether argument `i` (of `n`) of function `name` is a Go map parameter.
pub fn is_map_param(name: &str, i: usize, n: usize) -> bool {
    match name {
        "hasKey" | "get" | "set" | "unset" | "pick" | "omit" | "values" => i == 0,
        "keys" | "merge" | "mustMerge" | "mergeOverwrite" | "mustMergeOverwrite" => true,
        "pluck" => i >= 1,
        "dig" => i + 1 == n,
        _ => false,
    }
}

pub fn call(name: &str, ctx: &mut Ctx, mut args: Vec<Value>) -> Result<Value, String> {
    match table().get(name) {
        Some(f) => f(ctx, &mut args),
        None => Err(format!("function {name:?} not defined")),
    }
}

// ---------------------------------------------------------------------------
// argument helpers (Go's reflect conversions)

fn nargs(name: &str, a: &[Value], n: usize) -> Result<(), String> {
    if a.len() != n {
        return Err(format!("wrong number of args for {name}: want {n} got {}", a.len()));
    }
    Ok(())
}

fn min_args(name: &str, a: &[Value], n: usize) -> Result<(), String> {
    if a.len() < n {
        return Err(format!("wrong number of args for {name}: want at least {n} got {}", a.len()));
    }
    Ok(())
}

fn s_arg(v: &Value) -> Result<String, String> {
    match v {
        Value::Str(s) => Ok(String::from(&**s)),
        Value::Nil => Err("invalid value; expected string".into()),
        other => Err(format!("wrong type for value; expected string; got {}", other.type_name())),
    }
}

fn i_arg(v: &Value) -> Result<i64, String> {
    match v {
        Value::Int(i) => Ok(*i),
        Value::Nil => Err("invalid value; expected int".into()),
        other => Err(format!("wrong type for value; expected int; got {}", other.type_name())),
    }
}

fn map_arg(v: &Value) -> Result<super::value::MapRef, String> {
    match v {
        Value::Map(m) => Ok(m.clone()),
        // Go passes a nil map: reads find nothing
        Value::Nil => Ok(std::rc::Rc::new(std::cell::RefCell::new(Map::new()))),
        other => Err(format!("wrong type for value; expected map[string]interface {{}}; got {}", other.type_name())),
    }
}

/// Sprig's `strval`.
pub fn strval(v: &Value) -> String {
    match v {
        Value::Str(s) => String::from(&**s),
        other => sprint_value(other),
    }
}

/// cast.ToInt64E (errors give 0).
pub fn to_i64(v: &Value) -> i64 {
    match v {
        Value::Int(i) => *i,
        Value::Float(f) => *f as i64,
        Value::Bool(b) => *b as i64,
        Value::Str(s) => {
            let t = trim_zero_decimal(s);
            parse_go_int(t).unwrap_or(0)
        }
        _ => 0,
    }
}

fn trim_zero_decimal(s: &str) -> &str {
    // cast trims a ".0..." suffix
    if let Some(dot) = s.find('.') {
        if s[dot + 1..].bytes().all(|c| c == b'0') && dot > 0 {
            return &s[..dot];
        }
    }
    s
}

/// strconv.ParseInt(s, 0, 64)
fn parse_go_int(s: &str) -> Option<i64> {
    let (neg, b) = match s.strip_prefix('-') {
        Some(r) => (true, r),
        None => (false, s.strip_prefix('+').unwrap_or(s)),
    };
    let b = b.replace('_', "");
    let l = b.to_ascii_lowercase();
    let v = if let Some(h) = l.strip_prefix("0x") {
        i64::from_str_radix(h, 16).ok()?
    } else if let Some(o) = l.strip_prefix("0o") {
        i64::from_str_radix(o, 8).ok()?
    } else if let Some(bb) = l.strip_prefix("0b") {
        i64::from_str_radix(bb, 2).ok()?
    } else if l.len() > 1 && l.starts_with('0') {
        i64::from_str_radix(&l[1..], 8).ok()?
    } else {
        l.parse::<i64>().ok()?
    };
    Some(if neg { -v } else { v })
}

/// cast.ToFloat64E (errors give 0).
pub fn to_f64(v: &Value) -> f64 {
    match v {
        Value::Int(i) => *i as f64,
        Value::Float(f) => *f,
        Value::Bool(b) => *b as i64 as f64,
        Value::Str(s) => s.parse::<f64>().unwrap_or(0.0),
        _ => 0.0,
    }
}

/// Sprig's `empty`.
pub fn is_empty(v: &Value) -> bool {
    !v.truthy()
}

/// Sprig's `strslice`.
fn strslice(v: &Value) -> Vec<String> {
    match v {
        Value::List(l) => l.iter().filter(|e| !e.is_nil()).map(strval).collect(),
        Value::Nil => Vec::new(),
        other => vec![strval(other)],
    }
}

fn list_arg(name: &str, v: &Value) -> Result<std::rc::Rc<Vec<Value>>, String> {
    match v {
        Value::List(l) => Ok(l.clone()),
        other => Err(format!("Cannot {name} on type {}", other.type_name())),
    }
}

// ---------------------------------------------------------------------------
// comparisons (Go builtins)

#[derive(PartialEq, Clone, Copy)]
enum Kind {
    Bool,
    Int,
    Float,
    Str,
    Other,
    Invalid,
}

fn basic_kind(v: &Value) -> Kind {
    match v {
        Value::Bool(_) => Kind::Bool,
        Value::Int(_) => Kind::Int,
        Value::Float(_) => Kind::Float,
        Value::Str(_) => Kind::Str,
        Value::Nil => Kind::Invalid,
        _ => Kind::Other,
    }
}

fn go_eq(args: &[Value]) -> Result<bool, String> {
    if args.len() < 2 {
        return Err("missing argument for comparison".into());
    }
    let a = &args[0];
    let k1 = basic_kind(a);
    for b in &args[1..] {
        let k2 = basic_kind(b);
        let truth = if k1 != k2 {
            if k1 != Kind::Invalid && k2 != Kind::Invalid {
                return Err(format!("incompatible types for comparison: {} and {}", a.type_name(), b.type_name()));
            }
            false
        } else {
            match (a, b) {
                (Value::Bool(x), Value::Bool(y)) => x == y,
                (Value::Int(x), Value::Int(y)) => x == y,
                (Value::Float(x), Value::Float(y)) => x == y,
                (Value::Str(x), Value::Str(y)) => x == y,
                (Value::Nil, Value::Nil) => true,
                (Value::Map(_), Value::Map(_)) => {
                    return Err(format!("non-comparable type {}: map[string]interface {{}}", sprint_value(a)))
                }
                (Value::List(_), Value::List(_)) => {
                    return Err(format!("non-comparable type {}: []interface {{}}", sprint_value(a)))
                }
                (Value::Object(x), Value::Object(y)) => std::rc::Rc::ptr_eq(x, y),
                _ => return Err(format!("incompatible types for comparison: {} and {}", a.type_name(), b.type_name())),
            }
        };
        if truth {
            return Ok(true);
        }
    }
    Ok(false)
}

fn go_lt(a: &Value, b: &Value) -> Result<bool, String> {
    let k1 = basic_kind(a);
    let k2 = basic_kind(b);
    if matches!(k1, Kind::Other | Kind::Invalid) || matches!(k2, Kind::Other | Kind::Invalid) {
        return Err("invalid type for comparison".into());
    }
    if k1 != k2 {
        return Err(format!("incompatible types for comparison: {} and {}", a.type_name(), b.type_name()));
    }
    Ok(match (a, b) {
        (Value::Int(x), Value::Int(y)) => x < y,
        (Value::Float(x), Value::Float(y)) => x < y,
        (Value::Str(x), Value::Str(y)) => x < y,
        _ => return Err("invalid type for comparison".into()),
    })
}

fn go_index(args: Vec<Value>) -> Result<Value, String> {
    min_args("index", &args, 1)?;
    let mut it = args.into_iter();
    let mut v = it.next().unwrap_or_default();
    for idx in it {
        v = match &v {
            Value::Map(m) => match &idx {
                Value::Str(k) => m.borrow().get(k).cloned().unwrap_or(Value::Nil),
                Value::Nil => {
                    return Err("value is nil; should be of type string".into());
                }
                other => return Err(format!("value has type {}; should be string", other.type_name())),
            },
            Value::List(l) => {
                let i = match &idx {
                    Value::Int(i) => *i,
                    Value::Nil => return Err("cannot index slice/array with nil".into()),
                    other => return Err(format!("cannot index slice/array with type {}", other.type_name())),
                };
                if i < 0 || i as usize >= l.len() {
                    return Err(format!("index out of range: {i}"));
                }
                l[i as usize].clone()
            }
            Value::Str(s) => {
                let i = match &idx {
                    Value::Int(i) => *i,
                    other => return Err(format!("cannot index slice/array with type {}", other.type_name())),
                };
                match s.as_bytes().get(i as usize) {
                    Some(b) if i >= 0 => Value::Int(*b as i64),
                    _ => return Err(format!("index out of range: {i}")),
                }
            }
            Value::Nil => return Err("index of untyped nil".into()),
            other => return Err(format!("can't index item of type {}", other.type_name())),
        };
    }
    Ok(v)
}

fn go_len(args: &[Value]) -> Result<Value, String> {
    nargs("len", args, 1)?;
    Ok(Value::Int(match &args[0] {
        Value::Str(s) => super::helm::raw_bytes(s).map_or(s.len(), |b| b.len()),
        Value::List(l) => l.len(),
        Value::Map(m) => m.borrow().len(),
        Value::Object(o) => match o.to_value() {
            Value::Map(m) => m.borrow().len(),
            Value::List(l) => l.len(),
            _ => return Err(format!("len of type {}", o.type_name())),
        },
        Value::Nil => return Err("len of nil pointer".into()),
        other => return Err(format!("len of type {}", other.type_name())),
    } as i64))
}

// ---------------------------------------------------------------------------
// JSON in Go's encoding

/// Go `strconv.FormatFloat(f, 'f', -1, 64)`.
fn format_f(f: f64) -> String {
    let s = format!("{f}");
    // Rust's Display is shortest round-trip without exponent: same digits.
    s
}

fn json_float(f: f64, out: &mut String) {
    let a = f.abs();
    if a != 0.0 && !(1e-6..1e21).contains(&a) {
        let s = crate::yaml::format_go_float(f, false);
        // format_go_float gives %e form here already for these ranges
        let s = if s.contains('e') {
            let (m, e) = s.split_once('e').unwrap_or((&s, "+00"));
            let (sign, digits) = e.split_at(1);
            let digits = digits.trim_start_matches('0');
            format!("{m}e{sign}{}", if digits.is_empty() { "0" } else { digits })
        } else {
            s
        };
        out.push_str(&s);
    } else {
        out.push_str(&format_f(f));
    }
}

fn json_string(s: &str, html: bool, out: &mut String) {
    // runs of characters that need no escape are copied whole
    out.reserve(s.len() + 2);
    out.push('"');
    let b = s.as_bytes();
    let (mut start, mut i) = (0, 0);
    while i < b.len() {
        let c = b[i];
        let special = c < 0x20 || c == b'"' || c == b'\\' || c == 0xE2 || (html && matches!(c, b'<' | b'>' | b'&'));
        if !special {
            i += 1;
            continue;
        }
        let esc: &str = match c {
            // U+2028 and U+2029 (E2 80 A8/A9) are escaped, other characters
            // starting with E2 are not
            0xE2 => match (b.get(i + 1), b.get(i + 2)) {
                (Some(0x80), Some(0xA8)) => "\\u2028",
                (Some(0x80), Some(0xA9)) => "\\u2029",
                _ => {
                    i += 1;
                    continue;
                }
            },
            b'"' => "\\\"",
            b'\\' => "\\\\",
            b'\n' => "\\n",
            b'\r' => "\\r",
            b'\t' => "\\t",
            0x08 => "\\b",
            0x0c => "\\f",
            _ => "",
        };
        out.push_str(&s[start..i]);
        if esc.is_empty() {
            // other control characters, and <, >, & for HTML
            const HEX: &[u8; 16] = b"0123456789abcdef";
            out.push_str("\\u00");
            out.push(char::from(HEX[usize::from(c >> 4)]));
            out.push(char::from(HEX[usize::from(c & 15)]));
        } else {
            out.push_str(esc);
        }
        i += if c == 0xE2 { 3 } else { 1 };
        start = i;
    }
    out.push_str(&s[start..]);
    out.push('"');
}

/// Go's `json.Marshal` (compact; `html` escapes <, > and &).
pub fn to_json_string(v: &Value, html: bool, out: &mut String) {
    match v {
        Value::Nil => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Int(i) => {
            use std::fmt::Write;
            let _ = write!(out, "{i}");
        }
        Value::Float(f) => json_float(*f, out),
        Value::Str(s) => json_string(s, html, out),
        Value::List(l) => {
            out.push('[');
            for (i, e) in l.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                to_json_string(e, html, out);
            }
            out.push(']');
        }
        Value::Map(m) => {
            out.push('{');
            for (i, (k, e)) in m.borrow().iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                json_string(k, html, out);
                out.push(':');
                to_json_string(e, html, out);
            }
            out.push('}');
        }
        Value::Object(o) => to_json_string(&o.to_value(), html, out),
    }
}

/// Go's `json.MarshalIndent(v, "", "  ")`.
fn to_pretty_json(v: &Value, ind: usize, out: &mut String) {
    let pad = |n: usize, out: &mut String| {
        out.push('\n');
        for _ in 0..n {
            out.push_str("  ");
        }
    };
    match v {
        Value::List(l) if !l.is_empty() => {
            out.push('[');
            for (i, e) in l.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                pad(ind + 1, out);
                to_pretty_json(e, ind + 1, out);
            }
            pad(ind, out);
            out.push(']');
        }
        Value::Map(m) if !m.borrow().is_empty() => {
            out.push('{');
            for (i, (k, e)) in m.borrow().iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                pad(ind + 1, out);
                json_string(k, true, out);
                out.push_str(": ");
                to_pretty_json(e, ind + 1, out);
            }
            pad(ind, out);
            out.push('}');
        }
        Value::Object(o) => to_pretty_json(&o.to_value(), ind, out),
        other => to_json_string(other, true, out),
    }
}

/// Helm's `toYaml` (sigs.k8s.io/yaml.Marshal, trailing newline removed).
pub fn to_yaml(v: &Value) -> String {
    let mut s = crate::yaml::to_yaml(v);
    if s.ends_with('\n') {
        s.pop();
    }
    s
}

/// Texts cached by `fromYaml` in one render, at most (a chart's CRDs can be
/// megabytes; more than this is not worth keeping).
const YAML_CACHE_BYTES: usize = 64 << 20;

/// The value a YAML text parses to, shared with the cache: callers hand
/// out `deep_copy`s only (maps are mutable and must not be shared).
fn parse_yaml_value(c: &mut Ctx, s: &str) -> Result<Value, String> {
    if let Some(r) = c.yaml_cache.get(s) {
        return r.clone();
    }
    let r = crate::yaml::parse_kustomization_as::<Value>(s, "fromYaml")
        .map_err(|e| format!("error converting YAML to JSON: yaml: {}", e.message));
    if c.yaml_cached + s.len() <= YAML_CACHE_BYTES {
        c.yaml_cached += s.len();
        c.yaml_cache.insert(s.to_string(), r.clone());
    }
    r
}

fn err_map(msg: String) -> Value {
    let mut m = Map::new();
    m.insert("Error".to_string(), Value::from(msg));
    Value::from_map(m)
}

// ---------------------------------------------------------------------------
// mergo

fn mergo(dst: &super::value::MapRef, src: &super::value::MapRef, overwrite: bool) {
    if std::rc::Rc::ptr_eq(dst, src) {
        return;
    }
    let src_entries: Vec<(Key, Value)> = src.borrow().iter().map(|(k, v)| (k.clone(), v.clone())).collect();
    for (k, sv) in src_entries {
        let dv = dst.borrow().get(&k).cloned();
        match &sv {
            Value::Nil => {
                if overwrite {
                    dst.borrow_mut().insert_key(k, Value::Nil);
                }
                continue;
            }
            Value::Map(sm) => {
                if let Some(Value::Map(dm)) = &dv {
                    mergo(dm, sm, overwrite);
                    if !dm.borrow().is_empty() {
                        continue;
                    }
                }
            }
            Value::List(_) => {
                if let Some(d) = &dv {
                    if !overwrite && d.truthy() {
                        continue;
                    }
                }
            }
            _ => {}
        }
        let set = overwrite || dv.as_ref().is_none_or(|d| !d.truthy());
        if set {
            dst.borrow_mut().insert_key(k, sv);
        }
    }
}

// ---------------------------------------------------------------------------
// strings

fn go_title(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut prev_sep = true;
    for c in s.chars() {
        if prev_sep && c.is_alphabetic() {
            out.extend(c.to_uppercase());
        } else {
            out.push(c);
        }
        prev_sep = !(c.is_alphanumeric() || c == '_');
        if c.is_ascii() && !c.is_ascii_alphanumeric() && c != '_' {
            prev_sep = true;
        } else if !c.is_ascii() {
            prev_sep = c.is_whitespace();
        }
    }
    out
}

fn indent(n: i64, s: &str) -> String {
    let mut out = String::new();
    indent_into(&mut out, n, s);
    out
}

/// `s` with `n` spaces before every line, appended to `out` in one pass.
fn indent_into(out: &mut String, n: i64, s: &str) {
    const SPACES: &str = "                                                                ";
    let n = n.max(0) as usize;
    let long;
    let pad = match SPACES.get(..n) {
        Some(p) => p,
        None => {
            long = " ".repeat(n);
            &long
        }
    };
    let lines = 1 + memchr::memchr_iter(b'\n', s.as_bytes()).count();
    out.reserve(s.len() + n * lines);
    let mut start = 0;
    for nl in memchr::memchr_iter(b'\n', s.as_bytes()) {
        out.push_str(pad);
        out.push_str(&s[start..=nl]);
        start = nl + 1;
    }
    out.push_str(pad);
    out.push_str(&s[start..]);
}

/// A string argument as Go's functions see it: its bytes (a file read by
/// `.Files.Get` that is not UTF-8 keeps its own bytes, see
/// `helm::raw_bytes`).
fn s_bytes(v: &Value) -> Result<std::borrow::Cow<'_, [u8]>, String> {
    if let Value::Str(s) = v {
        if let Some(raw) = super::helm::raw_bytes(s) {
            return Ok(std::borrow::Cow::Owned(raw.to_vec()));
        }
    }
    s_ref(v).map(|s| std::borrow::Cow::Borrowed(s.as_bytes()))
}

/// A string argument, borrowed (`s_arg`'s errors).
fn s_ref(v: &Value) -> Result<&str, String> {
    match v {
        Value::Str(s) => Ok(s),
        Value::Nil => Err("invalid value; expected string".into()),
        other => Err(format!("wrong type for value; expected string; got {}", other.type_name())),
    }
}

fn rand_string(ctx: &mut Ctx, n: i64, charset: &[u8]) -> String {
    (0..n.max(0)).map(|_| charset[ctx.below(charset.len() as u64) as usize] as char).collect()
}

const ALPHA: &[u8] = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
const ALNUM: &[u8] = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
const NUM: &[u8] = b"0123456789";

/// A compiled regular expression, cached by its text. Shared (`Arc`), not
/// cloned: a cloned `Regex` starts with an empty match-cache pool and
/// rebuilds its lazy DFA on every call.
fn regex(re: &str) -> Result<std::sync::Arc<regex::Regex>, String> {
    static CACHE: OnceLock<std::sync::Mutex<HashMap<String, std::sync::Arc<regex::Regex>>>> = OnceLock::new();
    let c = CACHE.get_or_init(Default::default);
    if let Ok(g) = c.lock() {
        if let Some(r) = g.get(re) {
            return Ok(r.clone());
        }
    }
    let go = go_perl_classes(re);
    let r = match regex::Regex::new(&go) {
        Ok(r) => r,
        // the error names the pattern as written
        Err(_) => regex::Regex::new(re).map_err(|e| format!("error parsing regexp: {e}"))?,
    };
    let r = std::sync::Arc::new(r);
    if let Ok(mut g) = c.lock() {
        g.insert(re.to_string(), r.clone());
    }
    Ok(r)
}

/// Go's Perl classes are ASCII (RE2: `\d` is `[0-9]`, `\w` is
/// `[0-9A-Za-z_]`, `\s` is `[\t\n\f\r ]`); the regex crate's are Unicode
/// (`\d` matches every decimal digit, `\w` letters of every script, `\s`
/// also `\v`). Writes them as the ASCII classes Go means. (Compiling is also
/// several times cheaper: Unicode `\W` costs ~2 M instructions.)
fn go_perl_classes(re: &str) -> std::borrow::Cow<'_, str> {
    if !re.as_bytes().windows(2).any(|w| w[0] == b'\\' && b"dDwWsS".contains(&w[1])) {
        return std::borrow::Cow::Borrowed(re);
    }
    const D: &str = "0-9";
    const W: &str = "0-9A-Za-z_";
    const S: &str = "\\t\\n\\f\\r ";
    let mut out = String::with_capacity(re.len() + 16);
    // depth of bracketed classes (the regex crate nests them)
    let mut depth = 0usize;
    let mut it = re.chars().peekable();
    // right after `[` or `[^`: a `]` there is a literal
    let mut class_start = false;
    while let Some(c) = it.next() {
        let at_start = std::mem::replace(&mut class_start, false);
        match c {
            '\\' => {
                let Some(e) = it.next() else {
                    out.push(c);
                    break;
                };
                let (set, neg) = match e {
                    'd' => (D, false),
                    'D' => (D, true),
                    'w' => (W, false),
                    'W' => (W, true),
                    's' => (S, false),
                    'S' => (S, true),
                    _ => {
                        out.push(c);
                        out.push(e);
                        continue;
                    }
                };
                if depth > 0 && !neg {
                    out.push_str(set);
                } else {
                    out.push_str(if neg { "[^" } else { "[" });
                    out.push_str(set);
                    out.push(']');
                }
            }
            '[' => {
                out.push(c);
                if depth > 0 && it.peek() == Some(&':') {
                    // a POSIX class `[:alpha:]`: copied as it is
                    for c2 in it.by_ref() {
                        out.push(c2);
                        if c2 == ']' {
                            break;
                        }
                    }
                    continue;
                }
                depth += 1;
                if it.peek() == Some(&'^') {
                    it.next();
                    out.push('^');
                }
                class_start = true;
            }
            ']' if depth > 0 && !at_start => {
                out.push(c);
                depth -= 1;
            }
            _ => out.push(c),
        }
    }
    std::borrow::Cow::Owned(out)
}

/// Go's regexp replacement template ($1, ${name}).
fn go_expand(caps: &regex::Captures, repl: &str, out: &mut String) {
    caps.expand(repl, out);
}

fn sha1_hex(data: &[u8]) -> String {
    hex(&sha1_bytes(data))
}

/// SHA-1 (for `sha1sum` and certificate key identifiers).
pub fn sha1_bytes(data: &[u8]) -> [u8; 20] {
    let mut h: [u32; 5] = [0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0];
    let mut msg = data.to_vec();
    let bitlen = (data.len() as u64).wrapping_mul(8);
    msg.push(0x80);
    while msg.len() % 64 != 56 {
        msg.push(0);
    }
    msg.extend_from_slice(&bitlen.to_be_bytes());
    for chunk in msg.chunks(64) {
        let mut w = [0u32; 80];
        for i in 0..16 {
            w[i] = u32::from_be_bytes([chunk[4 * i], chunk[4 * i + 1], chunk[4 * i + 2], chunk[4 * i + 3]]);
        }
        for i in 16..80 {
            w[i] = (w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16]).rotate_left(1);
        }
        let (mut a, mut b, mut c, mut d, mut e) = (h[0], h[1], h[2], h[3], h[4]);
        for (i, wi) in w.iter().enumerate() {
            let (f, k) = match i {
                0..=19 => ((b & c) | ((!b) & d), 0x5A827999),
                20..=39 => (b ^ c ^ d, 0x6ED9EBA1),
                40..=59 => ((b & c) | (b & d) | (c & d), 0x8F1BBCDC),
                _ => (b ^ c ^ d, 0xCA62C1D6),
            };
            let t = a.rotate_left(5).wrapping_add(f).wrapping_add(e).wrapping_add(k).wrapping_add(*wi);
            e = d;
            d = c;
            c = b.rotate_left(30);
            b = a;
            a = t;
        }
        h[0] = h[0].wrapping_add(a);
        h[1] = h[1].wrapping_add(b);
        h[2] = h[2].wrapping_add(c);
        h[3] = h[3].wrapping_add(d);
        h[4] = h[4].wrapping_add(e);
    }
    let mut out = [0u8; 20];
    for (i, x) in h.iter().enumerate() {
        out[4 * i..4 * i + 4].copy_from_slice(&x.to_be_bytes());
    }
    out
}

fn hex(b: &[u8]) -> String {
    b.iter().map(|x| format!("{x:02x}")).collect()
}

// shopspring/decimal-like exact arithmetic on the shortest decimal forms
fn dec_of(f: f64) -> Option<(i128, i32)> {
    if !f.is_finite() {
        return None;
    }
    let s = format!("{:e}", f);
    let (m, e) = s.split_once('e')?;
    let e: i32 = e.parse().ok()?;
    let neg = m.starts_with('-');
    let m = m.trim_start_matches('-');
    let (ip, fp) = m.split_once('.').unwrap_or((m, ""));
    let digits = format!("{ip}{fp}");
    let mut v: i128 = digits.parse().ok()?;
    if neg {
        v = -v;
    }
    Some((v, e - fp.len() as i32))
}

fn dec_to_f(v: i128, e: i32) -> f64 {
    format!("{v}e{e}").parse().unwrap_or(0.0)
}

fn dec_add(a: f64, b: f64, sub: bool) -> f64 {
    let r = || -> Option<f64> {
        let (mut x, ex) = dec_of(a)?;
        let (mut y, ey) = dec_of(b)?;
        if sub {
            y = -y;
        }
        let e = ex.min(ey);
        if (ex - e) > 30 || (ey - e) > 30 {
            return None;
        }
        x = x.checked_mul(10i128.checked_pow((ex - e) as u32)?)?;
        y = y.checked_mul(10i128.checked_pow((ey - e) as u32)?)?;
        Some(dec_to_f(x.checked_add(y)?, e))
    };
    r().unwrap_or(if sub { a - b } else { a + b })
}

fn dec_mul(a: f64, b: f64) -> f64 {
    let r = || -> Option<f64> {
        let (x, ex) = dec_of(a)?;
        let (y, ey) = dec_of(b)?;
        Some(dec_to_f(x.checked_mul(y)?, ex + ey))
    };
    r().unwrap_or(a * b)
}

// ---------------------------------------------------------------------------

fn build_table() -> crate::model::fasthash::FastMap<&'static str, F> {
    let mut t: crate::model::fasthash::FastMap<&'static str, F> = crate::model::fasthash::FastMap::default();
    macro_rules! f {
        ($name:expr, |$c:ident, $a:ident| $body:expr) => {
            #[allow(unused_variables)]
            t.insert($name, |$c: &mut Ctx, $a: &mut Vec<Value>| -> Result<Value, String> {
                let $c = $c;
                $body
            });
        };
    }

    // --- Go builtins
    f!("not", |c, a| {
        nargs("not", a, 1)?;
        Ok(Value::Bool(!a[0].truthy()))
    });
    f!("eq", |c, a| go_eq(a).map(Value::Bool));
    f!("ne", |c, a| {
        nargs("ne", a, 2)?;
        go_eq(a).map(|b| Value::Bool(!b))
    });
    f!("lt", |c, a| {
        nargs("lt", a, 2)?;
        go_lt(&a[0], &a[1]).map(Value::Bool)
    });
    f!("le", |c, a| {
        nargs("le", a, 2)?;
        Ok(Value::Bool(go_lt(&a[0], &a[1])? || go_eq(a)?))
    });
    f!("gt", |c, a| {
        nargs("gt", a, 2)?;
        Ok(Value::Bool(!(go_lt(&a[0], &a[1])? || go_eq(a)?)))
    });
    f!("ge", |c, a| {
        nargs("ge", a, 2)?;
        Ok(Value::Bool(!go_lt(&a[0], &a[1])?))
    });
    f!("index", |c, a| go_index(std::mem::take(a)));
    f!("len", |c, a| go_len(a));
    f!("print", |c, a| Ok(Value::from(sprint(a))));
    f!("println", |c, a| Ok(Value::from(sprintln(a))));
    f!("printf", |c, a| {
        min_args("printf", a, 1)?;
        let fmt = s_ref(&a[0])?;
        Ok(Value::from(sprintf(fmt, &a[1..])))
    });
    f!("html", |c, a| {
        let s = sprint(a);
        Ok(Value::from(
            s.replace('&', "&amp;")
                .replace('\'', "&#39;")
                .replace('<', "&lt;")
                .replace('>', "&gt;")
                .replace('"', "&#34;")
                .replace('\0', "\u{FFFD}"),
        ))
    });
    f!("js", |c, a| {
        let s = sprint(a);
        let mut o = String::new();
        for ch in s.chars() {
            match ch {
                '\\' => o.push_str("\\\\"),
                '\'' => o.push_str("\\'"),
                '"' => o.push_str("\\\""),
                '<' => o.push_str("\\u003C"),
                '>' => o.push_str("\\u003E"),
                '&' => o.push_str("\\u0026"),
                '=' => o.push_str("\\u003D"),
                '\n' => o.push_str("\\n"),
                '\r' => o.push_str("\\r"),
                '\t' => o.push_str("\\t"),
                c if (c as u32) < 0x20 => o.push_str(&format!("\\u{:04X}", c as u32)),
                c => o.push(c),
            }
        }
        Ok(Value::from(o))
    });
    f!("urlquery", |c, a| {
        let s = sprint(a);
        let mut o = String::new();
        for b in s.bytes() {
            match b {
                b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => o.push(b as char),
                b' ' => o.push('+'),
                _ => o.push_str(&format!("%{b:02X}")),
            }
        }
        Ok(Value::from(o))
    });

    // --- Helm
    f!("required", |c, a| {
        nargs("required", a, 2)?;
        let msg = s_ref(&a[0])?;
        match &a[1] {
            Value::Nil => Err(format!("{HELM_FAIL}{msg}")),
            Value::Str(s) if s.is_empty() => Err(format!("{HELM_FAIL}{msg}")),
            v => Ok(v.clone()),
        }
    });
    f!("fail", |c, a| {
        nargs("fail", a, 1)?;
        Err(format!("{HELM_FAIL}{}", s_ref(&a[0])?))
    });
    f!("lookup", |c, a| {
        nargs("lookup", a, 4)?;
        Ok(Value::new_map())
    });
    f!("toYaml", |c, a| {
        nargs("toYaml", a, 1)?;
        Ok(Value::from(to_yaml(&a[0])))
    });
    f!("mustToYaml", |c, a| {
        nargs("mustToYaml", a, 1)?;
        Ok(Value::from(to_yaml(&a[0])))
    });
    f!("toYamlPretty", |c, a| {
        nargs("toYamlPretty", a, 1)?;
        let mut s = crate::yaml::to_yaml_pretty(&a[0].to_json_floats());
        if s.ends_with('\n') {
            s.pop();
        }
        Ok(Value::from(s))
    });
    f!("fromYaml", |c, a| {
        nargs("fromYaml", a, 1)?;
        let s = s_ref(&a[0])?;
        Ok(match parse_yaml_value(c, s) {
            Ok(m @ Value::Map(_)) => m.deep_copy(),
            Ok(Value::Nil) => Value::new_map(),
            Ok(_) => err_map("error unmarshaling JSON: while decoding JSON: json: cannot unmarshal array into Go value of type map[string]interface {}".into()),
            Err(e) => err_map(e),
        })
    });
    f!("fromYamlArray", |c, a| {
        nargs("fromYamlArray", a, 1)?;
        let s = s_ref(&a[0])?;
        Ok(match parse_yaml_value(c, s) {
            Ok(l @ Value::List(_)) => l.deep_copy(),
            Ok(Value::Map(m)) if m.borrow().is_empty() => Value::list(vec![]),
            Ok(_) => Value::list(vec![Value::from(
                "error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}".to_string(),
            )]),
            Err(e) => Value::list(vec![Value::from(e)]),
        })
    });
    f!("toJson", |c, a| {
        nargs("toJson", a, 1)?;
        let mut s = String::new();
        to_json_string(&a[0], true, &mut s);
        Ok(Value::from(s))
    });
    f!("mustToJson", |c, a| {
        nargs("mustToJson", a, 1)?;
        let mut s = String::new();
        to_json_string(&a[0], true, &mut s);
        Ok(Value::from(s))
    });
    f!("toRawJson", |c, a| {
        nargs("toRawJson", a, 1)?;
        let mut s = String::new();
        to_json_string(&a[0], false, &mut s);
        Ok(Value::from(s))
    });
    f!("mustToRawJson", |c, a| {
        nargs("mustToRawJson", a, 1)?;
        let mut s = String::new();
        to_json_string(&a[0], false, &mut s);
        Ok(Value::from(s))
    });
    f!("toPrettyJson", |c, a| {
        nargs("toPrettyJson", a, 1)?;
        let mut s = String::new();
        to_pretty_json(&a[0], 0, &mut s);
        Ok(Value::from(s))
    });
    f!("mustToPrettyJson", |c, a| {
        nargs("mustToPrettyJson", a, 1)?;
        let mut s = String::new();
        to_pretty_json(&a[0], 0, &mut s);
        Ok(Value::from(s))
    });
    f!("fromJson", |c, a| {
        nargs("fromJson", a, 1)?;
        let s = s_ref(&a[0])?;
        Ok(match serde_json::from_str::<serde_json::Value>(s) {
            Ok(j @ serde_json::Value::Object(_)) => Value::from_json(&j),
            Ok(_) => err_map("json: cannot unmarshal into Go value of type map[string]interface {}".into()),
            Err(e) => err_map(e.to_string()),
        })
    });
    f!("mustFromJson", |c, a| {
        nargs("mustFromJson", a, 1)?;
        let s = s_ref(&a[0])?;
        serde_json::from_str::<serde_json::Value>(s).map(|j| Value::from_json(&j)).map_err(|e| e.to_string())
    });
    f!("mustFromJsonArray", |c, a| {
        nargs("mustFromJsonArray", a, 1)?;
        let s = s_ref(&a[0])?;
        serde_json::from_str::<serde_json::Value>(s).map(|j| Value::from_json(&j)).map_err(|e| e.to_string())
    });
    f!("fromJsonArray", |c, a| {
        nargs("fromJsonArray", a, 1)?;
        let s = s_ref(&a[0])?;
        Ok(match serde_json::from_str::<serde_json::Value>(s) {
            Ok(j @ serde_json::Value::Array(_)) => Value::from_json(&j),
            Ok(_) => {
                Value::list(vec![Value::str("json: cannot unmarshal object into Go value of type []interface {}")])
            }
            Err(e) => Value::list(vec![Value::from(e.to_string())]),
        })
    });
    f!("toToml", |c, a| {
        nargs("toToml", a, 1)?;
        Ok(Value::from(super::toml::to_toml(&a[0])))
    });

    // --- Sprig: defaults and logic
    f!("default", |c, a| {
        min_args("default", a, 1)?;
        if a.len() == 1 || is_empty(&a[1]) {
            Ok(a[0].clone())
        } else {
            Ok(a[1].clone())
        }
    });
    f!("empty", |c, a| {
        nargs("empty", a, 1)?;
        Ok(Value::Bool(is_empty(&a[0])))
    });
    f!("coalesce", |c, a| Ok(std::mem::take(a).into_iter().find(|v| !is_empty(v)).unwrap_or(Value::Nil)));
    f!("all", |c, a| Ok(Value::Bool(a.iter().all(|v| !is_empty(v)))));
    f!("any", |c, a| Ok(Value::Bool(a.iter().any(|v| !is_empty(v)))));
    f!("ternary", |c, a| {
        nargs("ternary", a, 3)?;
        match &a[2] {
            Value::Bool(b) => Ok(if *b { a[0].clone() } else { a[1].clone() }),
            Value::Nil => Err("invalid value; expected bool".into()),
            o => Err(format!("wrong type for value; expected bool; got {}", o.type_name())),
        }
    });
    f!("deepEqual", |c, a| {
        nargs("deepEqual", a, 2)?;
        Ok(Value::Bool(a[0] == a[1]))
    });
    f!("typeOf", |c, a| {
        nargs("typeOf", a, 1)?;
        Ok(Value::from(a[0].type_name()))
    });
    f!("typeIs", |c, a| {
        nargs("typeIs", a, 2)?;
        Ok(Value::Bool(s_ref(&a[0])? == a[1].type_name()))
    });
    f!("typeIsLike", |c, a| {
        nargs("typeIsLike", a, 2)?;
        let t = s_ref(&a[0])?;
        let n = a[1].type_name();
        Ok(Value::Bool(t == n || t == format!("*{n}")))
    });
    f!("kindOf", |c, a| {
        nargs("kindOf", a, 1)?;
        Ok(Value::str(a[0].kind_name()))
    });
    f!("kindIs", |c, a| {
        nargs("kindIs", a, 2)?;
        Ok(Value::Bool(s_ref(&a[0])? == a[1].kind_name()))
    });

    // --- strings
    f!("toString", |c, a| {
        nargs("toString", a, 1)?;
        Ok(Value::from(strval(&a[0])))
    });
    f!("quote", |c, a| {
        let v: Vec<String> = a.iter().filter(|v| !v.is_nil()).map(|v| go_quote(&strval(v))).collect();
        Ok(Value::from(v.join(" ")))
    });
    f!("squote", |c, a| {
        let v: Vec<String> = a.iter().filter(|v| !v.is_nil()).map(|v| format!("'{}'", strval(v))).collect();
        Ok(Value::from(v.join(" ")))
    });
    f!("cat", |c, a| {
        let v: Vec<String> = a.iter().filter(|v| !v.is_nil()).map(sprint_value).collect();
        Ok(Value::from(v.join(" ")))
    });
    f!("indent", |c, a| {
        nargs("indent", a, 2)?;
        let n = i_arg(&a[0])?;
        Ok(Value::from(indent(n, s_ref(&a[1])?)))
    });
    f!("nindent", |c, a| {
        nargs("nindent", a, 2)?;
        let n = i_arg(&a[0])?;
        let mut out = String::from("\n");
        indent_into(&mut out, n, s_ref(&a[1])?);
        Ok(Value::from(out))
    });
    f!("trim", |c, a| {
        nargs("trim", a, 1)?;
        Ok(Value::from(s_ref(&a[0])?.trim().to_string()))
    });
    f!("trimAll", |c, a| {
        nargs("trimAll", a, 2)?;
        let cut: Vec<char> = s_ref(&a[0])?.chars().collect();
        Ok(Value::from(s_ref(&a[1])?.trim_matches(|ch| cut.contains(&ch)).to_string()))
    });
    f!("trimSuffix", |c, a| {
        nargs("trimSuffix", a, 2)?;
        let suf = s_ref(&a[0])?;
        let s = s_ref(&a[1])?;
        Ok(Value::from(s.strip_suffix(suf).unwrap_or(s).to_string()))
    });
    f!("trimPrefix", |c, a| {
        nargs("trimPrefix", a, 2)?;
        let p = s_ref(&a[0])?;
        let s = s_ref(&a[1])?;
        Ok(Value::from(s.strip_prefix(p).unwrap_or(s).to_string()))
    });
    f!("upper", |c, a| {
        nargs("upper", a, 1)?;
        Ok(Value::from(s_ref(&a[0])?.to_uppercase()))
    });
    f!("lower", |c, a| {
        nargs("lower", a, 1)?;
        Ok(Value::from(s_ref(&a[0])?.to_lowercase()))
    });
    f!("title", |c, a| {
        nargs("title", a, 1)?;
        Ok(Value::from(go_title(s_ref(&a[0])?)))
    });
    f!("untitle", |c, a| {
        nargs("untitle", a, 1)?;
        let s = s_ref(&a[0])?;
        let mut out = String::new();
        let mut prev_space = true;
        for ch in s.chars() {
            if prev_space && ch.is_alphabetic() {
                out.extend(ch.to_lowercase());
            } else {
                out.push(ch);
            }
            prev_space = ch.is_whitespace();
        }
        Ok(Value::from(out))
    });
    f!("repeat", |c, a| {
        nargs("repeat", a, 2)?;
        Ok(Value::from(s_ref(&a[1])?.repeat(i_arg(&a[0])?.max(0) as usize)))
    });
    f!("substr", |c, a| {
        nargs("substr", a, 3)?;
        let (start, end, s) = (i_arg(&a[0])?, i_arg(&a[1])?, s_ref(&a[2])?);
        let b = s.as_bytes();
        let r = if start < 0 {
            &b[..(end.max(0) as usize).min(b.len())]
        } else if end < 0 || end as usize > b.len() {
            &b[(start as usize).min(b.len())..]
        } else {
            &b[(start as usize).min(end as usize)..end as usize]
        };
        Ok(Value::from(String::from_utf8_lossy(r).into_owned()))
    });
    f!("trunc", |c, a| {
        nargs("trunc", a, 2)?;
        let n = i_arg(&a[0])?;
        let s = s_ref(&a[1])?;
        let b = s.as_bytes();
        let r = if n < 0 && (b.len() as i64) + n > 0 {
            &b[(b.len() as i64 + n) as usize..]
        } else if n >= 0 && b.len() as i64 > n {
            &b[..n as usize]
        } else {
            b
        };
        Ok(Value::from(String::from_utf8_lossy(r).into_owned()))
    });
    f!("abbrev", |c, a| {
        nargs("abbrev", a, 2)?;
        let w = i_arg(&a[0])?;
        let s = s_ref(&a[1])?;
        if w < 4 || s.len() as i64 <= w {
            return Ok(Value::from(s));
        }
        Ok(Value::from(format!("{}...", &s[..(w - 3) as usize])))
    });
    f!("nospace", |c, a| {
        nargs("nospace", a, 1)?;
        Ok(Value::from(s_ref(&a[0])?.chars().filter(|c| !c.is_whitespace()).collect::<String>()))
    });
    f!("initials", |c, a| {
        nargs("initials", a, 1)?;
        Ok(Value::from(s_ref(&a[0])?.split_whitespace().filter_map(|w| w.chars().next()).collect::<String>()))
    });
    f!("contains", |c, a| {
        nargs("contains", a, 2)?;
        Ok(Value::Bool(s_ref(&a[1])?.contains(s_ref(&a[0])?)))
    });
    f!("hasPrefix", |c, a| {
        nargs("hasPrefix", a, 2)?;
        Ok(Value::Bool(s_ref(&a[1])?.starts_with(s_ref(&a[0])?)))
    });
    f!("hasSuffix", |c, a| {
        nargs("hasSuffix", a, 2)?;
        Ok(Value::Bool(s_ref(&a[1])?.ends_with(s_ref(&a[0])?)))
    });
    f!("replace", |c, a| {
        nargs("replace", a, 3)?;
        let (o, n, s) = (s_ref(&a[0])?, s_ref(&a[1])?, s_ref(&a[2])?);
        if o.is_empty() {
            // Go inserts `new` around every rune
            let mut out = n.to_string();
            for ch in s.chars() {
                out.push(ch);
                out.push_str(n);
            }
            return Ok(Value::from(out));
        }
        Ok(Value::from(s.replace(o, n)))
    });
    f!("plural", |c, a| {
        nargs("plural", a, 3)?;
        Ok(if i_arg(&a[2])? == 1 { a[0].clone() } else { a[1].clone() })
    });
    f!("wrap", |c, a| {
        nargs("wrap", a, 2)?;
        Ok(Value::from(wrap(s_ref(&a[1])?, i_arg(&a[0])? as usize, "\n")))
    });
    f!("wrapWith", |c, a| {
        nargs("wrapWith", a, 3)?;
        Ok(Value::from(wrap(s_ref(&a[2])?, i_arg(&a[0])? as usize, s_ref(&a[1])?)))
    });
    f!("snakecase", |c, a| {
        nargs("snakecase", a, 1)?;
        Ok(Value::from(delimit_case(s_ref(&a[0])?, '_')))
    });
    f!("kebabcase", |c, a| {
        nargs("kebabcase", a, 1)?;
        Ok(Value::from(delimit_case(s_ref(&a[0])?, '-')))
    });
    f!("camelcase", |c, a| {
        nargs("camelcase", a, 1)?;
        let s = s_ref(&a[0])?;
        let mut out = String::new();
        for part in s.split(['_', ' ', '-']) {
            let mut cs = part.chars();
            if let Some(f) = cs.next() {
                out.extend(f.to_uppercase());
                out.push_str(cs.as_str());
            }
        }
        Ok(Value::from(out))
    });
    f!("swapcase", |c, a| {
        nargs("swapcase", a, 1)?;
        Ok(Value::from(
            s_ref(&a[0])?
                .chars()
                .flat_map(|ch| {
                    if ch.is_uppercase() {
                        ch.to_lowercase().collect::<Vec<_>>()
                    } else {
                        ch.to_uppercase().collect::<Vec<_>>()
                    }
                })
                .collect::<String>(),
        ))
    });
    f!("shuffle", |c, a| {
        nargs("shuffle", a, 1)?;
        let mut v: Vec<char> = s_ref(&a[0])?.chars().collect();
        for i in (1..v.len()).rev() {
            let j = c.below(i as u64 + 1) as usize;
            v.swap(i, j);
        }
        Ok(Value::from(v.into_iter().collect::<String>()))
    });
    f!("randAlphaNum", |c, a| {
        nargs("randAlphaNum", a, 1)?;
        let n = i_arg(&a[0])?;
        Ok(Value::from(rand_string(c, n, ALNUM)))
    });
    f!("randAlpha", |c, a| {
        nargs("randAlpha", a, 1)?;
        let n = i_arg(&a[0])?;
        Ok(Value::from(rand_string(c, n, ALPHA)))
    });
    f!("randNumeric", |c, a| {
        nargs("randNumeric", a, 1)?;
        let n = i_arg(&a[0])?;
        Ok(Value::from(rand_string(c, n, NUM)))
    });
    f!("randAscii", |c, a| {
        nargs("randAscii", a, 1)?;
        let n = i_arg(&a[0])?;
        let cs: Vec<u8> = (32u8..127).collect();
        Ok(Value::from(rand_string(c, n, &cs)))
    });
    f!("randInt", |c, a| {
        nargs("randInt", a, 2)?;
        let (lo, hi) = (i_arg(&a[0])?, i_arg(&a[1])?);
        Ok(Value::Int(lo + c.below((hi - lo).max(1) as u64) as i64))
    });
    f!("uuidv4", |c, a| {
        let mut b = [0u8; 16];
        for chunk in b.chunks_mut(8) {
            chunk.copy_from_slice(&c.next_u64().to_le_bytes());
        }
        b[6] = (b[6] & 0x0f) | 0x40;
        b[8] = (b[8] & 0x3f) | 0x80;
        let h = hex(&b);
        Ok(Value::from(format!("{}-{}-{}-{}-{}", &h[..8], &h[8..12], &h[12..16], &h[16..20], &h[20..])))
    });
    f!("join", |c, a| {
        nargs("join", a, 2)?;
        Ok(Value::from(strslice(&a[1]).join(s_ref(&a[0])?)))
    });
    f!("splitList", |c, a| {
        nargs("splitList", a, 2)?;
        let (sep, s) = (s_ref(&a[0])?, s_ref(&a[1])?);
        Ok(Value::list(go_split(s, sep, -1).into_iter().map(Value::from).collect()))
    });
    f!("split", |c, a| {
        nargs("split", a, 2)?;
        let (sep, s) = (s_ref(&a[0])?, s_ref(&a[1])?);
        let m: Map =
            go_split(s, sep, -1).into_iter().enumerate().map(|(i, p)| (format!("_{i}"), Value::from(p))).collect();
        Ok(Value::from_map(m))
    });
    f!("splitn", |c, a| {
        nargs("splitn", a, 3)?;
        let (sep, n, s) = (s_ref(&a[0])?, i_arg(&a[1])?, s_ref(&a[2])?);
        let m: Map =
            go_split(s, sep, n).into_iter().enumerate().map(|(i, p)| (format!("_{i}"), Value::from(p))).collect();
        Ok(Value::from_map(m))
    });
    f!("sortAlpha", |c, a| {
        nargs("sortAlpha", a, 1)?;
        let mut v = strslice(&a[0]);
        v.sort();
        Ok(Value::list(v.into_iter().map(Value::from).collect()))
    });
    f!("toStrings", |c, a| {
        nargs("toStrings", a, 1)?;
        Ok(Value::list(strslice(&a[0]).into_iter().map(Value::from).collect()))
    });
    f!("b64enc", |c, a| {
        nargs("b64enc", a, 1)?;
        Ok(Value::from(base64::engine::general_purpose::STANDARD.encode(s_bytes(&a[0])?)))
    });
    f!("b64dec", |c, a| {
        nargs("b64dec", a, 1)?;
        let s = s_ref(&a[0])?;
        Ok(Value::from(match base64::engine::general_purpose::STANDARD.decode(s.as_bytes()) {
            Ok(b) => String::from_utf8_lossy(&b).into_owned(),
            Err(e) => format!("illegal base64 data at input byte {}", b64_err_pos(&e)),
        }))
    });
    f!("b32enc", |c, a| {
        nargs("b32enc", a, 1)?;
        Ok(Value::from(base32_enc(&s_bytes(&a[0])?)))
    });
    f!("sha256sum", |c, a| {
        nargs("sha256sum", a, 1)?;
        Ok(Value::from(hex(&sha2::Sha256::digest(s_bytes(&a[0])?))))
    });
    f!("sha512sum", |c, a| {
        nargs("sha512sum", a, 1)?;
        Ok(Value::from(hex(&sha2::Sha512::digest(s_bytes(&a[0])?))))
    });
    f!("sha1sum", |c, a| {
        nargs("sha1sum", a, 1)?;
        Ok(Value::from(sha1_hex(&s_bytes(&a[0])?)))
    });
    f!("adler32sum", |c, a| {
        nargs("adler32sum", a, 1)?;
        let (mut x, mut y) = (1u32, 0u32);
        for &b in s_bytes(&a[0])?.iter() {
            x = (x + b as u32) % 65521;
            y = (y + x) % 65521;
        }
        Ok(Value::from(((y << 16) | x).to_string()))
    });
    f!("regexMatch", |c, a| {
        nargs("regexMatch", a, 2)?;
        Ok(Value::Bool(regex(s_ref(&a[0])?)?.is_match(s_ref(&a[1])?)))
    });
    f!("mustRegexMatch", |c, a| {
        nargs("mustRegexMatch", a, 2)?;
        Ok(Value::Bool(regex(s_ref(&a[0])?)?.is_match(s_ref(&a[1])?)))
    });
    for name in ["regexFind", "mustRegexFind"] {
        t.insert(name, |_c, a| {
            nargs("regexFind", a, 2)?;
            let s = s_ref(&a[1])?;
            Ok(Value::from(regex(s_ref(&a[0])?)?.find(s).map(|m| m.as_str().to_string()).unwrap_or_default()))
        });
    }
    for name in ["regexFindAll", "mustRegexFindAll"] {
        t.insert(name, |_c, a| {
            nargs("regexFindAll", a, 3)?;
            let s = s_ref(&a[1])?;
            let n = i_arg(&a[2])?;
            let re = regex(s_ref(&a[0])?)?;
            let it = re.find_iter(s).map(|m| Value::str(m.as_str()));
            let v: Vec<Value> = if n < 0 { it.collect() } else { it.take(n as usize).collect() };
            Ok(Value::list(v))
        });
    }
    for name in ["regexReplaceAll", "mustRegexReplaceAll"] {
        t.insert(name, |_c, a| {
            nargs("regexReplaceAll", a, 3)?;
            let re = regex(s_ref(&a[0])?)?;
            let s = s_ref(&a[1])?;
            let repl = s_ref(&a[2])?;
            let mut out = String::new();
            let mut last = 0;
            for caps in re.captures_iter(s) {
                let Some(m) = caps.get(0) else { continue };
                out.push_str(&s[last..m.start()]);
                go_expand(&caps, repl, &mut out);
                last = m.end();
            }
            out.push_str(&s[last..]);
            Ok(Value::from(out))
        });
    }
    for name in ["regexReplaceAllLiteral", "mustRegexReplaceAllLiteral"] {
        t.insert(name, |_c, a| {
            nargs("regexReplaceAllLiteral", a, 3)?;
            let re = regex(s_ref(&a[0])?)?;
            let s = s_ref(&a[1])?;
            let repl = s_ref(&a[2])?;
            Ok(Value::from(re.replace_all(s, regex::NoExpand(repl)).into_owned()))
        });
    }
    for name in ["regexSplit", "mustRegexSplit"] {
        t.insert(name, |_c, a| {
            nargs("regexSplit", a, 3)?;
            let re = regex(s_ref(&a[0])?)?;
            let s = s_ref(&a[1])?;
            let n = i_arg(&a[2])?;
            let v: Vec<Value> = if n < 0 {
                re.split(s).map(Value::str).collect()
            } else {
                re.splitn(s, n as usize).map(Value::str).collect()
            };
            Ok(Value::list(v))
        });
    }
    f!("regexQuoteMeta", |c, a| {
        nargs("regexQuoteMeta", a, 1)?;
        Ok(Value::from(regex::escape(s_ref(&a[0])?)))
    });

    // --- numbers
    f!("int", |c, a| {
        nargs("int", a, 1)?;
        Ok(Value::Int(to_i64(&a[0])))
    });
    f!("int64", |c, a| {
        nargs("int64", a, 1)?;
        Ok(Value::Int(to_i64(&a[0])))
    });
    f!("atoi", |c, a| {
        nargs("atoi", a, 1)?;
        Ok(Value::Int(s_ref(&a[0])?.parse::<i64>().unwrap_or(0)))
    });
    f!("float64", |c, a| {
        nargs("float64", a, 1)?;
        Ok(Value::Float(to_f64(&a[0])))
    });
    f!("toDecimal", |c, a| {
        nargs("toDecimal", a, 1)?;
        Ok(Value::Int(i64::from_str_radix(&strval(&a[0]), 8).unwrap_or(0)))
    });
    f!("add", |c, a| Ok(Value::Int(a.iter().map(to_i64).fold(0i64, |x, y| x.wrapping_add(y)))));
    f!("add1", |c, a| {
        nargs("add1", a, 1)?;
        Ok(Value::Int(to_i64(&a[0]).wrapping_add(1)))
    });
    f!("sub", |c, a| {
        nargs("sub", a, 2)?;
        Ok(Value::Int(to_i64(&a[0]).wrapping_sub(to_i64(&a[1]))))
    });
    f!("mul", |c, a| {
        min_args("mul", a, 1)?;
        Ok(Value::Int(a.iter().map(to_i64).fold(1i64, |x, y| x.wrapping_mul(y))))
    });
    f!("div", |c, a| {
        nargs("div", a, 2)?;
        let d = to_i64(&a[1]);
        if d == 0 {
            return Err("runtime error: integer divide by zero".into());
        }
        Ok(Value::Int(to_i64(&a[0]).wrapping_div(d)))
    });
    f!("mod", |c, a| {
        nargs("mod", a, 2)?;
        let d = to_i64(&a[1]);
        if d == 0 {
            return Err("runtime error: integer divide by zero".into());
        }
        Ok(Value::Int(to_i64(&a[0]).wrapping_rem(d)))
    });
    f!("max", |c, a| {
        min_args("max", a, 1)?;
        Ok(Value::Int(a.iter().map(to_i64).max().unwrap_or(0)))
    });
    f!("min", |c, a| {
        min_args("min", a, 1)?;
        Ok(Value::Int(a.iter().map(to_i64).min().unwrap_or(0)))
    });
    f!("biggest", |c, a| {
        min_args("biggest", a, 1)?;
        Ok(Value::Int(a.iter().map(to_i64).max().unwrap_or(0)))
    });
    f!("addf", |c, a| Ok(Value::Float(a.iter().map(to_f64).fold(0.0, |x, y| dec_add(x, y, false)))));
    f!("add1f", |c, a| {
        nargs("add1f", a, 1)?;
        Ok(Value::Float(dec_add(to_f64(&a[0]), 1.0, false)))
    });
    f!("subf", |c, a| {
        min_args("subf", a, 1)?;
        Ok(Value::Float(a[1..].iter().map(to_f64).fold(to_f64(&a[0]), |x, y| dec_add(x, y, true))))
    });
    f!("mulf", |c, a| {
        min_args("mulf", a, 1)?;
        Ok(Value::Float(a[1..].iter().map(to_f64).fold(to_f64(&a[0]), dec_mul)))
    });
    f!("divf", |c, a| {
        min_args("divf", a, 1)?;
        let mut r = to_f64(&a[0]);
        for d in &a[1..] {
            let d = to_f64(d);
            if d == 0.0 {
                return Err("decimal division by 0".into());
            }
            r /= d;
        }
        Ok(Value::Float(r))
    });
    f!("maxf", |c, a| {
        min_args("maxf", a, 1)?;
        Ok(Value::Float(a.iter().map(to_f64).fold(f64::MIN, f64::max)))
    });
    f!("minf", |c, a| {
        min_args("minf", a, 1)?;
        Ok(Value::Float(a.iter().map(to_f64).fold(f64::MAX, f64::min)))
    });
    f!("ceil", |c, a| {
        nargs("ceil", a, 1)?;
        Ok(Value::Float(to_f64(&a[0]).ceil()))
    });
    f!("floor", |c, a| {
        nargs("floor", a, 1)?;
        Ok(Value::Float(to_f64(&a[0]).floor()))
    });
    f!("round", |c, a| {
        min_args("round", a, 2)?;
        let x = to_f64(&a[0]);
        let p = to_i64(&a[1]);
        let m = 10f64.powi(p as i32);
        Ok(Value::Float((x * m).round() / m))
    });
    f!("until", |c, a| {
        nargs("until", a, 1)?;
        let n = i_arg(&a[0])?;
        let v: Vec<Value> =
            if n >= 0 { (0..n).map(Value::Int).collect() } else { (n + 1..=0).rev().map(Value::Int).collect() };
        Ok(Value::list(v))
    });
    f!("untilStep", |c, a| {
        nargs("untilStep", a, 3)?;
        let (start, stop, step) = (i_arg(&a[0])?, i_arg(&a[1])?, i_arg(&a[2])?);
        let mut v = Vec::new();
        if step > 0 {
            let mut i = start;
            while i < stop {
                v.push(Value::Int(i));
                i += step;
            }
        } else if step < 0 {
            let mut i = start;
            while i > stop {
                v.push(Value::Int(i));
                i += step;
            }
        }
        Ok(Value::list(v))
    });
    f!("seq", |c, a| {
        let n: Vec<i64> = a.iter().map(to_i64).collect();
        let (start, step, end) = match n.as_slice() {
            [e] => (1, 1, *e),
            [s, e] => (*s, if s <= e { 1 } else { -1 }, *e),
            [s, st, e] => (*s, *st, *e),
            _ => return Ok(Value::str("")),
        };
        let mut v = Vec::new();
        if step > 0 {
            let mut i = start;
            while i <= end {
                v.push(i.to_string());
                i += step;
            }
        } else if step < 0 {
            let mut i = start;
            while i >= end {
                v.push(i.to_string());
                i += step;
            }
        }
        Ok(Value::from(v.join(" ")))
    });

    // --- lists
    f!("list", |c, a| Ok(Value::list(std::mem::take(a))));
    f!("tuple", |c, a| Ok(Value::list(std::mem::take(a))));
    for name in ["append", "push", "mustAppend", "mustPush"] {
        t.insert(name, |_c, a| {
            nargs("append", a, 2)?;
            let l = match &a[0] {
                Value::List(l) => l.clone(),
                Value::Nil => std::rc::Rc::new(Vec::new()),
                o => return Err(format!("Cannot push on type {}", o.type_name())),
            };
            let mut v = (*l).clone();
            v.push(a[1].clone());
            Ok(Value::list(v))
        });
    }
    for name in ["prepend", "mustPrepend"] {
        t.insert(name, |_c, a| {
            nargs("prepend", a, 2)?;
            let l = list_arg("prepend", &a[0])?;
            let mut v = vec![a[1].clone()];
            v.extend(l.iter().cloned());
            Ok(Value::list(v))
        });
    }
    for name in ["first", "mustFirst"] {
        t.insert(name, |_c, a| {
            nargs("first", a, 1)?;
            if a[0].is_nil() {
                return Ok(Value::Nil);
            }
            Ok(list_arg("find first", &a[0])?.first().cloned().unwrap_or(Value::Nil))
        });
    }
    for name in ["last", "mustLast"] {
        t.insert(name, |_c, a| {
            nargs("last", a, 1)?;
            if a[0].is_nil() {
                return Ok(Value::Nil);
            }
            Ok(list_arg("find last", &a[0])?.last().cloned().unwrap_or(Value::Nil))
        });
    }
    for name in ["rest", "mustRest"] {
        t.insert(name, |_c, a| {
            nargs("rest", a, 1)?;
            let l = list_arg("find rest", &a[0])?;
            Ok(if l.is_empty() { Value::Nil } else { Value::list(l[1..].to_vec()) })
        });
    }
    for name in ["initial", "mustInitial"] {
        t.insert(name, |_c, a| {
            nargs("initial", a, 1)?;
            let l = list_arg("find initial", &a[0])?;
            Ok(if l.is_empty() { Value::Nil } else { Value::list(l[..l.len() - 1].to_vec()) })
        });
    }
    for name in ["reverse", "mustReverse"] {
        t.insert(name, |_c, a| {
            nargs("reverse", a, 1)?;
            let l = list_arg("find reverse", &a[0])?;
            Ok(Value::list(l.iter().rev().cloned().collect()))
        });
    }
    for name in ["uniq", "mustUniq"] {
        t.insert(name, |_c, a| {
            nargs("uniq", a, 1)?;
            let l = list_arg("find uniq", &a[0])?;
            let mut v: Vec<Value> = Vec::new();
            for e in l.iter() {
                if !v.iter().any(|x| x == e) {
                    v.push(e.clone());
                }
            }
            Ok(Value::list(v))
        });
    }
    for name in ["compact", "mustCompact"] {
        t.insert(name, |_c, a| {
            nargs("compact", a, 1)?;
            let l = list_arg("compact", &a[0])?;
            Ok(Value::list(l.iter().filter(|v| !is_empty(v)).cloned().collect()))
        });
    }
    for name in ["without", "mustWithout"] {
        t.insert(name, |_c, a| {
            min_args("without", a, 1)?;
            let l = list_arg("find without", &a[0])?;
            Ok(Value::list(l.iter().filter(|v| !a[1..].contains(v)).cloned().collect()))
        });
    }
    for name in ["has", "mustHas"] {
        t.insert(name, |_c, a| {
            nargs("has", a, 2)?;
            match &a[1] {
                Value::List(l) => Ok(Value::Bool(l.iter().any(|v| v == &a[0]))),
                Value::Nil => Ok(Value::Bool(false)),
                o => Err(format!("Cannot find has on type {}", o.type_name())),
            }
        });
    }
    for name in ["slice", "mustSlice"] {
        t.insert(name, |_c, a| {
            min_args("slice", a, 1)?;
            let l = match &a[0] {
                Value::List(l) => l.clone(),
                o => return Err(format!("list should be type of slice or array but {}", o.kind_name())),
            };
            let idx: Vec<i64> = a[1..].iter().map(to_i64).collect();
            let lo = idx.first().copied().unwrap_or(0).max(0) as usize;
            let hi = idx.get(1).copied().map(|h| h.max(0) as usize).unwrap_or(l.len());
            if lo > hi || hi > l.len() {
                return Err(format!("runtime error: slice bounds out of range [{lo}:{hi}]"));
            }
            Ok(Value::list(l[lo..hi].to_vec()))
        });
    }
    for name in ["chunk", "mustChunk"] {
        t.insert(name, |_c, a| {
            nargs("chunk", a, 2)?;
            let n = i_arg(&a[0])?.max(1) as usize;
            let l = list_arg("chunk", &a[1])?;
            Ok(Value::list(l.chunks(n).map(|c| Value::list(c.to_vec())).collect()))
        });
    }
    f!("concat", |c, a| {
        let mut v = Vec::new();
        for l in a.iter() {
            match l {
                Value::List(l) => v.extend(l.iter().cloned()),
                Value::Nil => {}
                o => return Err(format!("Cannot concat type {} as list", o.type_name())),
            }
        }
        Ok(Value::list(v))
    });
    // --- dicts
    f!("dict", |c, a| {
        let mut m = Map::new();
        let mut it = a.chunks(2);
        for pair in &mut it {
            let k = strval(&pair[0]);
            let v = pair.get(1).cloned().unwrap_or_else(|| Value::str(""));
            m.insert(k, v);
        }
        Ok(Value::from_map(m))
    });
    f!("get", |c, a| {
        nargs("get", a, 2)?;
        let m = map_arg(&a[0])?;
        let k = s_ref(&a[1])?;
        let v = m.borrow().get(k).cloned();
        Ok(v.unwrap_or_else(|| Value::str("")))
    });
    f!("set", |c, a| {
        nargs("set", a, 3)?;
        let m = map_arg(&a[0])?;
        let k = s_ref(&a[1])?;
        m.borrow_mut().insert(k.to_string(), a[2].clone());
        Ok(a[0].clone())
    });
    f!("unset", |c, a| {
        nargs("unset", a, 2)?;
        let m = map_arg(&a[0])?;
        let k = s_ref(&a[1])?;
        m.borrow_mut().remove(k);
        Ok(a[0].clone())
    });
    f!("hasKey", |c, a| {
        nargs("hasKey", a, 2)?;
        let m = map_arg(&a[0])?;
        let k = s_ref(&a[1])?;
        let b = m.borrow().contains_key(k);
        Ok(Value::Bool(b))
    });
    f!("pluck", |c, a| {
        min_args("pluck", a, 1)?;
        let k = s_ref(&a[0])?;
        let mut v = Vec::new();
        for m in &a[1..] {
            let m = map_arg(m)?;
            let x = m.borrow().get(k).cloned();
            if let Some(x) = x {
                v.push(x);
            }
        }
        Ok(Value::list(v))
    });
    f!("keys", |c, a| {
        let mut v = Vec::new();
        for m in a.iter() {
            let m = map_arg(m)?;
            v.extend(m.borrow().keys().map(|k| Value::str(k)));
        }
        Ok(Value::list(v))
    });
    f!("values", |c, a| {
        nargs("values", a, 1)?;
        let m = map_arg(&a[0])?;
        let v: Vec<Value> = m.borrow().values().cloned().collect();
        Ok(Value::list(v))
    });
    f!("pick", |c, a| {
        min_args("pick", a, 1)?;
        let m = map_arg(&a[0])?;
        let mut out = Map::new();
        for k in &a[1..] {
            let k = s_ref(k)?;
            if let Some(v) = m.borrow().get(k) {
                out.insert(k.to_string(), v.clone());
            }
        }
        Ok(Value::from_map(out))
    });
    f!("omit", |c, a| {
        min_args("omit", a, 1)?;
        let m = map_arg(&a[0])?;
        let ks: Vec<String> = a[1..].iter().map(s_arg).collect::<Result<_, _>>()?;
        let out: Map = m
            .borrow()
            .iter()
            .filter(|(k, _)| !ks.iter().any(|x| x == k.as_str()))
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect();
        Ok(Value::from_map(out))
    });
    for name in ["merge", "mustMerge"] {
        t.insert(name, |_c, a| {
            min_args("merge", a, 1)?;
            let dst = map_arg(&a[0])?;
            for s in &a[1..] {
                let s = map_arg(s)?;
                mergo(&dst, &s, false);
            }
            Ok(a[0].clone())
        });
    }
    for name in ["mergeOverwrite", "mustMergeOverwrite"] {
        t.insert(name, |_c, a| {
            min_args("mergeOverwrite", a, 1)?;
            let dst = map_arg(&a[0])?;
            for s in &a[1..] {
                let s = map_arg(s)?;
                mergo(&dst, &s, true);
            }
            Ok(a[0].clone())
        });
    }
    for name in ["deepCopy", "mustDeepCopy"] {
        t.insert(name, |_c, a| {
            nargs("deepCopy", a, 1)?;
            Ok(a[0].deep_copy())
        });
    }
    f!("dig", |c, a| {
        min_args("dig", a, 3)?;
        let n = a.len();
        let dict = map_arg(&a[n - 1])?;
        let def = a[n - 2].clone();
        let keys: Vec<String> = a[..n - 2].iter().map(s_arg).collect::<Result<_, _>>()?;
        let mut cur = dict;
        for (i, k) in keys.iter().enumerate() {
            let step = cur.borrow().get(k).cloned();
            let Some(step) = step else { return Ok(def) };
            if i + 1 == keys.len() {
                return Ok(step);
            }
            cur = match step {
                Value::Map(m) => m,
                o => {
                    return Err(format!(
                        "interface conversion: interface {{}} is {}, not map[string]interface {{}}",
                        o.type_name()
                    ))
                }
            };
        }
        Ok(def)
    });

    // --- paths
    f!("base", |c, a| {
        nargs("base", a, 1)?;
        Ok(Value::from(path_base(s_ref(&a[0])?)))
    });
    f!("dir", |c, a| {
        nargs("dir", a, 1)?;
        Ok(Value::from(path_dir(s_ref(&a[0])?)))
    });
    f!("ext", |c, a| {
        nargs("ext", a, 1)?;
        let s = s_ref(&a[0])?;
        let b = path_base_raw(s);
        Ok(Value::from(b.rfind('.').map(|i| b[i..].to_string()).unwrap_or_default()))
    });
    f!("clean", |c, a| {
        nargs("clean", a, 1)?;
        Ok(Value::from(path_clean(s_ref(&a[0])?)))
    });
    f!("isAbs", |c, a| {
        nargs("isAbs", a, 1)?;
        Ok(Value::Bool(s_ref(&a[0])?.starts_with('/')))
    });

    f!("urlParse", |c, a| {
        nargs("urlParse", a, 1)?;
        Ok(url_parse(s_ref(&a[0])?))
    });
    f!("urlJoin", |c, a| {
        nargs("urlJoin", a, 1)?;
        Ok(Value::from(url_join(&map_arg(&a[0])?.borrow())))
    });

    // --- semver, dates, crypto
    f!("semverCompare", |c, a| {
        nargs("semverCompare", a, 2)?;
        super::semver::compare(s_ref(&a[0])?, s_ref(&a[1])?).map(Value::Bool)
    });
    f!("semver", |c, a| {
        nargs("semver", a, 1)?;
        super::semver::semver_object(s_ref(&a[0])?)
    });
    f!("now", |c, a| Ok(super::time::now(c)));
    f!("date", |c, a| {
        nargs("date", a, 2)?;
        Ok(Value::from(super::time::date(s_ref(&a[0])?, &a[1], "UTC")))
    });
    f!("dateInZone", |c, a| {
        nargs("dateInZone", a, 3)?;
        Ok(Value::from(super::time::date(s_ref(&a[0])?, &a[1], s_ref(&a[2])?)))
    });
    f!("htmlDate", |c, a| {
        nargs("htmlDate", a, 1)?;
        Ok(Value::from(super::time::date("2006-01-02", &a[0], "UTC")))
    });
    f!("unixEpoch", |c, a| {
        nargs("unixEpoch", a, 1)?;
        Ok(Value::from(super::time::unix(&a[0]).to_string()))
    });
    f!("genPrivateKey", |c, a| {
        nargs("genPrivateKey", a, 1)?;
        super::crypto::gen_private_key(c, s_ref(&a[0])?).map(Value::from)
    });
    f!("genCA", |c, a| {
        nargs("genCA", a, 2)?;
        super::crypto::gen_ca(c, s_ref(&a[0])?, i_arg(&a[1])?)
    });
    f!("genSelfSignedCert", |c, a| {
        nargs("genSelfSignedCert", a, 4)?;
        super::crypto::gen_self_signed(c, a)
    });
    f!("genSignedCert", |c, a| {
        nargs("genSignedCert", a, 5)?;
        super::crypto::gen_signed(c, a)
    });
    f!("buildCustomCert", |c, a| {
        nargs("buildCustomCert", a, 2)?;
        super::crypto::build_custom_cert(s_ref(&a[0])?, s_ref(&a[1])?)
    });
    f!("htpasswd", |c, a| {
        nargs("htpasswd", a, 2)?;
        let user = s_ref(&a[0])?;
        let pass = s_ref(&a[1])?;
        Ok(Value::from(super::crypto::htpasswd(c, user, pass)))
    });
    f!("encryptAES", |c, a| {
        nargs("encryptAES", a, 2)?;
        let key = s_ref(&a[0])?;
        let text = s_ref(&a[1])?;
        Ok(Value::from(super::crypto::encrypt_aes(c, key, text)))
    });
    f!("decryptAES", |c, a| {
        nargs("decryptAES", a, 2)?;
        let key = s_ref(&a[0])?;
        let text = s_ref(&a[1])?;
        let bytes = base64::engine::general_purpose::STANDARD
            .decode(text.as_bytes())
            .map_err(|e| format!("illegal base64 data at input byte {}", b64_err_pos(&e)))?;
        super::crypto::decrypt_aes(key, &bytes).map(Value::from)
    });
    t
}

fn b64_err_pos(e: &base64::DecodeError) -> usize {
    match e {
        base64::DecodeError::InvalidByte(p, _) => *p,
        base64::DecodeError::InvalidLength(p) => *p,
        base64::DecodeError::InvalidLastSymbol(p, _) => *p,
        base64::DecodeError::InvalidPadding => 0,
    }
}

fn base32_enc(b: &[u8]) -> String {
    const A: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    let mut out = String::new();
    for chunk in b.chunks(5) {
        let mut buf = [0u8; 5];
        buf[..chunk.len()].copy_from_slice(chunk);
        let n = u64::from_be_bytes([0, 0, 0, buf[0], buf[1], buf[2], buf[3], buf[4]]);
        let chars = match chunk.len() {
            1 => 2,
            2 => 4,
            3 => 5,
            4 => 7,
            _ => 8,
        };
        for i in 0..8 {
            if i < chars {
                out.push(A[((n >> (35 - 5 * i)) & 31) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

fn go_split(s: &str, sep: &str, n: i64) -> Vec<String> {
    if n == 0 {
        return Vec::new();
    }
    if sep.is_empty() {
        let mut v: Vec<String> = s.chars().map(|c| c.to_string()).collect();
        if n > 0 && v.len() > n as usize {
            let rest: String = v[n as usize - 1..].concat();
            v.truncate(n as usize - 1);
            v.push(rest);
        }
        return v;
    }
    if n < 0 {
        s.split(sep).map(str::to_string).collect()
    } else {
        s.splitn(n as usize, sep).map(str::to_string).collect()
    }
}

fn wrap(s: &str, width: usize, nl: &str) -> String {
    // goutils.WrapCustom without long-word wrapping
    let mut out = String::new();
    for (li, line) in s.split('\n').enumerate() {
        if li > 0 {
            out.push_str(nl);
        }
        let mut col = 0;
        for (wi, w) in line.split(' ').filter(|w| !w.is_empty()).enumerate() {
            if wi > 0 {
                if col + 1 + w.len() > width {
                    out.push_str(nl);
                    col = 0;
                } else {
                    out.push(' ');
                    col += 1;
                }
            }
            out.push_str(w);
            col += w.len();
        }
    }
    out
}

fn delimit_case(s: &str, d: char) -> String {
    let mut out = String::new();
    let chars: Vec<char> = s.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        if c.is_uppercase() {
            let prev_lower = i > 0 && (chars[i - 1].is_lowercase() || chars[i - 1].is_ascii_digit());
            let next_lower = chars.get(i + 1).is_some_and(|n| n.is_lowercase());
            if i > 0 && (prev_lower || (next_lower && chars[i - 1].is_uppercase())) && !out.ends_with(d) {
                out.push(d);
            }
            out.extend(c.to_lowercase());
        } else if c == ' ' || c == '_' || c == '-' || c == '.' {
            if !out.is_empty() && !out.ends_with(d) {
                out.push(d);
            }
        } else {
            out.push(c);
        }
    }
    out
}

fn path_clean(p: &str) -> String {
    if p.is_empty() {
        return ".".into();
    }
    let rooted = p.starts_with('/');
    let mut parts: Vec<&str> = Vec::new();
    for seg in p.split('/') {
        match seg {
            "" | "." => {}
            ".." => {
                if parts.last().is_some_and(|l| *l != "..") {
                    parts.pop();
                } else if !rooted {
                    parts.push("..");
                }
            }
            s => parts.push(s),
        }
    }
    let j = parts.join("/");
    if rooted {
        format!("/{j}")
    } else if j.is_empty() {
        ".".into()
    } else {
        j
    }
}

fn path_base_raw(p: &str) -> &str {
    let t = p.trim_end_matches('/');
    match t.rfind('/') {
        Some(i) => &t[i + 1..],
        None => t,
    }
}

fn path_base(p: &str) -> String {
    if p.is_empty() {
        return ".".into();
    }
    let t = p.trim_end_matches('/');
    if t.is_empty() {
        return "/".into();
    }
    path_base_raw(t).to_string()
}

fn path_dir(p: &str) -> String {
    let i = p.rfind('/').map(|i| i + 1).unwrap_or(0);
    path_clean(&p[..i])
}

/// Sprig's `urlParse` (Go's url.Parse, common cases).
fn url_parse(s: &str) -> Value {
    let mut m = Map::new();
    let (rest, fragment) = match s.split_once('#') {
        Some((a, b)) => (a, b),
        None => (s, ""),
    };
    let (rest, query) = match rest.split_once('?') {
        Some((a, b)) => (a, b),
        None => (rest, ""),
    };
    let (scheme, rest) = match rest.find(':') {
        Some(i)
            if i > 0
                && rest[..i].chars().all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
                && rest[..i].starts_with(|c: char| c.is_ascii_alphabetic()) =>
        {
            (&rest[..i], &rest[i + 1..])
        }
        _ => ("", rest),
    };
    let (mut host, mut path, mut userinfo, mut opaque) = ("", rest, "", "");
    if let Some(r) = rest.strip_prefix("//") {
        let (auth, p) = match r.find('/') {
            Some(i) => (&r[..i], &r[i..]),
            None => (r, ""),
        };
        path = p;
        match auth.rsplit_once('@') {
            Some((u, h)) => {
                userinfo = u;
                host = h;
            }
            None => host = auth,
        }
    } else if !scheme.is_empty() && !rest.starts_with('/') {
        opaque = rest;
        path = "";
    }
    let hostname = if host.starts_with('[') {
        host.split(']').next().unwrap_or("").trim_start_matches('[')
    } else {
        host.split(':').next().unwrap_or("")
    };
    for (k, v) in [
        ("scheme", scheme),
        ("host", host),
        ("hostname", hostname),
        ("path", path),
        ("query", query),
        ("opaque", opaque),
        ("fragment", fragment),
        ("userinfo", userinfo),
    ] {
        m.insert(k.to_string(), Value::str(v));
    }
    Value::from_map(m)
}

fn url_join(m: &Map) -> String {
    let g = |k: &str| m.get(k).map(strval).unwrap_or_default();
    let mut out = String::new();
    let scheme = g("scheme");
    if !scheme.is_empty() {
        out.push_str(&scheme);
        out.push(':');
    }
    let opaque = g("opaque");
    if !opaque.is_empty() {
        out.push_str(&opaque);
    } else {
        let host = g("host");
        let ui = g("userinfo");
        if !host.is_empty() || !ui.is_empty() {
            out.push_str("//");
            if !ui.is_empty() {
                out.push_str(&ui);
                out.push('@');
            }
            out.push_str(&host);
        }
        out.push_str(&g("path"));
    }
    let q = g("query");
    if !q.is_empty() {
        out.push('?');
        out.push_str(&q);
    }
    let f = g("fragment");
    if !f.is_empty() {
        out.push('#');
        out.push_str(&f);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_strings_escape_as_go() {
        let s = "a\"b\\c\n\r\t\u{8}\u{c}\u{1}\u{1f}<>&\u{2028}\u{2029}é€\u{7f}x";
        let mut out = String::new();
        json_string(s, true, &mut out);
        assert_eq!(
            out,
            r#""a\"b\\c\n\r\t\b\f\u0001\u001f\u003c\u003e\u0026\u2028\u2029é€\u{7f}x""#.replace(r"\u{7f}", "\u{7f}")
        );
        out.clear();
        json_string(s, false, &mut out);
        assert_eq!(out, r#""a\"b\\c\n\r\t\b\f\u0001\u001f<>&\u2028\u2029é€\u{7f}x""#.replace(r"\u{7f}", "\u{7f}"));
        out.clear();
        json_string("", true, &mut out);
        assert_eq!(out, r#""""#);
        out.clear();
        json_string("€", true, &mut out);
        assert_eq!(out, "\"€\"");
    }

    #[test]
    fn perl_classes_become_go_ascii_classes() {
        let cases = [
            (r"-r\d+$|sha256:", r"-r[0-9]+$|sha256:"),
            (r"(-?[^a-z\d\-])+-?", r"(-?[^a-z0-9\-])+-?"),
            (r"\W", r"[^0-9A-Za-z_]"),
            (r"a\sb\S", r"a[\t\n\f\r ]b[^\t\n\f\r ]"),
            (r"[\w.]+", r"[0-9A-Za-z_.]+"),
            (r"[a\D]", r"[a[^0-9]]"),
            (r"[]\d]", r"[]0-9]"),
            (r"[^]\d]", r"[^]0-9]"),
            (r"[[:alpha:]\d]", r"[[:alpha:]0-9]"),
            (r"\\d", r"\\d"),
            (r"\.\d", r"\.[0-9]"),
            (r"x\", r"x\"),
            ("no classes", "no classes"),
        ];
        for (go, want) in cases {
            assert_eq!(go_perl_classes(go), want, "{go}");
        }
    }

    #[test]
    fn perl_classes_match_ascii_only_as_in_go() {
        let mut ctx = Ctx::new(Some(1));
        let call = |ctx: &mut Ctx, name: &str, args: Vec<Value>| match resolve(name) {
            Some(Func::Table(f)) => f(ctx, &mut { args }),
            _ => panic!("{name}"),
        };
        // Go: `\W` is any character but [0-9A-Za-z_], so `é` is replaced
        let v = call(&mut ctx, "regexReplaceAllLiteral", vec![Value::str(r"\W"), Value::str("é-a_1"), Value::str("_")]);
        assert_eq!(v.unwrap().as_str(), Some("__a_1"));
        // Go: `\d` is [0-9] (not the Arabic-Indic digit)
        let v = call(&mut ctx, "regexMatch", vec![Value::str(r"^\d+$"), Value::str("١٢")]);
        assert!(matches!(v, Ok(Value::Bool(false))));
        // Go: `\s` is [\t\n\f\r ] (not \v); `\w` is ASCII (helm 4.1.4 prints
        // these four results)
        let v = call(&mut ctx, "regexReplaceAll", vec![Value::str(r"\s"), Value::str("a\u{b}b c"), Value::str("_")]);
        assert_eq!(v.unwrap().as_str(), Some("a\u{b}b_c"));
        let v = call(&mut ctx, "regexFind", vec![Value::str(r"[\w.]+"), Value::str("é.ab")]);
        assert_eq!(v.unwrap().as_str(), Some(".ab"));
        let v = call(&mut ctx, "regexFind", vec![Value::str(r"-r\d+$|sha256:"), Value::str("1.2.3-r45")]);
        assert_eq!(v.unwrap().as_str(), Some("-r45"));
        // an invalid pattern's error names the pattern as written
        let e = call(&mut ctx, "regexMatch", vec![Value::str(r"(\d"), Value::str("1")]).unwrap_err();
        assert!(e.starts_with("error parsing regexp") && e.contains(r"(\d"), "{e}");
    }
}
