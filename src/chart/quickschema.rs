//! A quick "certainly valid" check of values against a `values.schema.json`,
//! run before the `jsonschema` crate is asked.
//!
//! Compiling a schema with the crate is the dearest step of rendering many
//! charts: Bitnami's redis schema (150 KB) costs ~30 M instructions to
//! compile, a quarter of rendering the mastodon chart, plus the
//! meta-schema's own compilation. Almost always the values are valid, and
//! the schemas charts ship use a handful of keywords. This module walks the
//! schema and the values directly and answers only when it is sure:
//!
//! * the schema is well formed for every keyword it knows (the crate's
//!   meta-schema check would pass for them), it uses no keyword it does not
//!   know from the JSON Schema vocabularies (`pattern`, `format`, `if`,
//!   `patternProperties`, ... make it give up), every `$ref` is a local
//!   JSON pointer that resolves, and the draft is 6, 7, 2019-09 or 2020-12;
//! * and every keyword holds for the values.
//!
//! Then the values are valid and the crate is not needed. In every other
//! case (invalid values included) the caller asks the crate, so error
//! messages, and errors about broken schemas, stay the crate's.
//!
//! The schema is read into [`Schema`], a light tree whose strings point
//! into the file's text where they can and whose objects are sorted entry
//! lists (Bitnami's redis schema is 150 KB: as a `serde_json::Value` its
//! maps and strings were 12% of mastodon's page faults).
use std::borrow::Cow;

use serde_json::{Map, Number, Value};

/// A JSON text as the quick check reads it: what `serde_json::Value`
/// holds, with strings borrowed from the text when they have no escapes,
/// and objects as entries sorted by key (a repeated key: the last one
/// wins, as in `serde_json::Map`).
#[derive(Debug, Clone, PartialEq)]
pub enum Schema<'a> {
    Null,
    Bool(bool),
    Number(Number),
    String(Cow<'a, str>),
    Array(Vec<Schema<'a>>),
    Object(Obj<'a>),
}

/// An object of a [`Schema`]: entries sorted by key, keys unique.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Obj<'a>(Vec<(Cow<'a, str>, Schema<'a>)>);

impl<'a> Obj<'a> {
    fn get(&self, k: &str) -> Option<&Schema<'a>> {
        self.0.binary_search_by(|(x, _)| (**x).cmp(k)).ok().map(|i| &self.0[i].1)
    }
    fn contains_key(&self, k: &str) -> bool {
        self.get(k).is_some()
    }
    fn iter(&self) -> impl Iterator<Item = (&str, &Schema<'a>)> {
        self.0.iter().map(|(k, v)| (&**k, v))
    }
    fn values(&self) -> impl Iterator<Item = &Schema<'a>> {
        self.0.iter().map(|(_, v)| v)
    }
    fn len(&self) -> usize {
        self.0.len()
    }
}

impl<'a> Schema<'a> {
    /// Read a JSON text (`None` when it is not valid JSON: the caller
    /// then reads it with `serde_json`, whose error it reports).
    pub fn parse(text: &'a [u8]) -> Option<Schema<'a>> {
        // The reader below takes the common forms (~4x fewer instructions
        // than `serde_json` on Bitnami's 150 KB redis schema); anything
        // else it leaves to `serde_json` (exotic escapes, deep nesting)
        // or to the caller (invalid JSON).
        match Reader::read(text) {
            Some(s) => Some(s),
            None => serde_json::from_slice(text).ok(),
        }
    }
    fn as_str(&self) -> Option<&str> {
        match self {
            Schema::String(s) => Some(s),
            _ => None,
        }
    }
    fn as_array(&self) -> Option<&Vec<Schema<'a>>> {
        match self {
            Schema::Array(a) => Some(a),
            _ => None,
        }
    }
    fn as_object(&self) -> Option<&Obj<'a>> {
        match self {
            Schema::Object(o) => Some(o),
            _ => None,
        }
    }
    fn as_number(&self) -> Option<&Number> {
        match self {
            Schema::Number(n) => Some(n),
            _ => None,
        }
    }
    fn as_f64(&self) -> Option<f64> {
        self.as_number().and_then(Number::as_f64)
    }
    fn is_string(&self) -> bool {
        matches!(self, Schema::String(_))
    }
}

impl<'de> serde::Deserialize<'de> for Schema<'de> {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(SchemaVisitor)
    }
}

struct SchemaVisitor;

impl<'de> serde::de::Visitor<'de> for SchemaVisitor {
    type Value = Schema<'de>;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("any JSON value")
    }
    fn visit_bool<E>(self, b: bool) -> Result<Schema<'de>, E> {
        Ok(Schema::Bool(b))
    }
    fn visit_i64<E>(self, i: i64) -> Result<Schema<'de>, E> {
        Ok(Schema::Number(i.into()))
    }
    fn visit_u64<E>(self, u: u64) -> Result<Schema<'de>, E> {
        Ok(Schema::Number(u.into()))
    }
    fn visit_f64<E>(self, f: f64) -> Result<Schema<'de>, E> {
        // (as serde_json::Value: a float with no JSON form is null)
        Ok(Number::from_f64(f).map_or(Schema::Null, Schema::Number))
    }
    fn visit_borrowed_str<E>(self, s: &'de str) -> Result<Schema<'de>, E> {
        Ok(Schema::String(Cow::Borrowed(s)))
    }
    fn visit_str<E>(self, s: &str) -> Result<Schema<'de>, E> {
        Ok(Schema::String(Cow::Owned(s.to_owned())))
    }
    fn visit_string<E>(self, s: String) -> Result<Schema<'de>, E> {
        Ok(Schema::String(Cow::Owned(s)))
    }
    fn visit_unit<E>(self) -> Result<Schema<'de>, E> {
        Ok(Schema::Null)
    }
    fn visit_none<E>(self) -> Result<Schema<'de>, E> {
        Ok(Schema::Null)
    }
    fn visit_some<D: serde::Deserializer<'de>>(self, d: D) -> Result<Schema<'de>, D::Error> {
        serde::Deserialize::deserialize(d)
    }
    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut a: A) -> Result<Schema<'de>, A::Error> {
        let mut v = Vec::new();
        while let Some(x) = a.next_element()? {
            v.push(x);
        }
        Ok(Schema::Array(v))
    }
    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut a: A) -> Result<Schema<'de>, A::Error> {
        let mut v: Vec<(Cow<'de, str>, Schema<'de>)> = Vec::new();
        while let Some((KeyText(k), x)) = a.next_entry()? {
            v.push((k, x));
        }
        Ok(Schema::Object(Obj::from_entries(v)))
    }
}

impl<'a> Obj<'a> {
    /// An object of entries in the text's order.
    fn from_entries(mut v: Vec<(Cow<'a, str>, Schema<'a>)>) -> Obj<'a> {
        if v.windows(2).any(|w| w[0].0 >= w[1].0) {
            // sorted by key (stable: repeated keys stay in order), then
            // the last of each repeated key kept (moved into the first's
            // place, which `dedup_by` keeps)
            v.sort_by(|x, y| x.0.cmp(&y.0));
            v.dedup_by(|later, kept| {
                let same = later.0 == kept.0;
                if same {
                    std::mem::swap(later, kept);
                }
                same
            });
        }
        Obj(v)
    }
}

/// A strict JSON reader for [`Schema::parse`]: it answers only for texts
/// `serde_json` reads the same way, and `None` otherwise (invalid JSON,
/// and what it leaves to `serde_json`: `\u` escapes of surrogates,
/// nesting deeper than `MAX_READ_DEPTH`). Floats are read by `serde_json`
/// itself (its rounding, not the standard library's).
struct Reader<'a> {
    text: &'a str,
    b: &'a [u8],
    i: usize,
}

/// The length of the run of a JSON string's plain characters at the
/// start of `b`, up to a quote or a backslash; `None` when the run holds a
/// control character (not allowed raw) or the text ends in it.
fn plain_run(b: &[u8]) -> Option<usize> {
    let n = memchr::memchr2(b'"', b'\\', b)?;
    // (no early exit: the check is a few vector instructions)
    let control = b[..n].iter().fold(false, |any, &c| any | (c < 0x20));
    (!control).then_some(n)
}

/// Nesting the reader takes (`serde_json` stops at 128).
const MAX_READ_DEPTH: usize = 100;

impl<'a> Reader<'a> {
    fn read(text: &'a [u8]) -> Option<Schema<'a>> {
        let text = std::str::from_utf8(text).ok()?;
        let mut r = Reader { text, b: text.as_bytes(), i: 0 };
        let v = r.value(0)?;
        r.space();
        (r.i == r.b.len()).then_some(v)
    }

    fn space(&mut self) {
        let b = self.b;
        let mut i = self.i;
        loop {
            // indentation eight spaces at a time
            while b.get(i..i + 8) == Some(b"        ") {
                i += 8;
            }
            match b.get(i) {
                Some(b' ' | b'\t' | b'\n' | b'\r') => i += 1,
                _ => break,
            }
        }
        self.i = i;
    }

    /// Skip spaces, then take `c` if it comes next.
    fn eat(&mut self, c: u8) -> bool {
        self.space();
        let hit = self.b.get(self.i) == Some(&c);
        self.i += usize::from(hit);
        hit
    }

    fn word(&mut self, w: &str, v: Schema<'a>) -> Option<Schema<'a>> {
        self.b[self.i..].starts_with(w.as_bytes()).then(|| {
            self.i += w.len();
            v
        })
    }

    /// The items of the object or array opening at `i` (at `depth`), each
    /// read by `item`, separated by commas, up to `close`.
    fn items(&mut self, depth: usize, close: u8, mut item: impl FnMut(&mut Self) -> Option<()>) -> Option<()> {
        if depth >= MAX_READ_DEPTH {
            return None;
        }
        self.i += 1;
        if self.eat(close) {
            return Some(());
        }
        loop {
            item(self)?;
            if self.eat(close) {
                return Some(());
            }
            if !self.eat(b',') {
                return None;
            }
        }
    }

    fn value(&mut self, depth: usize) -> Option<Schema<'a>> {
        self.space();
        match *self.b.get(self.i)? {
            b'{' => {
                let mut v = Vec::new();
                self.items(depth, b'}', |r| {
                    r.space();
                    if r.b.get(r.i) != Some(&b'"') {
                        return None;
                    }
                    let k = r.string()?;
                    if !r.eat(b':') {
                        return None;
                    }
                    v.push((k, r.value(depth + 1)?));
                    Some(())
                })?;
                Some(Schema::Object(Obj::from_entries(v)))
            }
            b'[' => {
                let mut v = Vec::new();
                self.items(depth, b']', |r| {
                    v.push(r.value(depth + 1)?);
                    Some(())
                })?;
                Some(Schema::Array(v))
            }
            b'"' => self.string().map(Schema::String),
            b't' => self.word("true", Schema::Bool(true)),
            b'f' => self.word("false", Schema::Bool(false)),
            b'n' => self.word("null", Schema::Null),
            b'-' | b'0'..=b'9' => self.number(),
            _ => None,
        }
    }

    /// The string at `i` (its opening quote): borrowed when it has no
    /// escapes.
    fn string(&mut self) -> Option<Cow<'a, str>> {
        let start = self.i + 1;
        let b = self.b;
        let mut k = start + plain_run(b.get(start..)?)?;
        match *b.get(k)? {
            b'"' => {
                self.i = k + 1;
                return Some(Cow::Borrowed(&self.text[start..k]));
            }
            b'\\' => {}
            // control characters are not allowed raw
            _ => return None,
        }
        let mut s = String::from(&self.text[start..k]);
        loop {
            match *self.b.get(k)? {
                b'"' => {
                    self.i = k + 1;
                    return Some(Cow::Owned(s));
                }
                b'\\' => {
                    let c = match *self.b.get(k + 1)? {
                        b'"' => '"',
                        b'\\' => '\\',
                        b'/' => '/',
                        b'b' => '\u{8}',
                        b'f' => '\u{c}',
                        b'n' => '\n',
                        b'r' => '\r',
                        b't' => '\t',
                        b'u' => {
                            let hex = self.text.get(k + 2..k + 6)?;
                            if !hex.bytes().all(|c| c.is_ascii_hexdigit()) {
                                return None;
                            }
                            // surrogates (pairs and lone ones) are left to serde_json
                            char::from_u32(u32::from_str_radix(hex, 16).ok()?)?
                        }
                        _ => return None,
                    };
                    s.push(c);
                    k += if self.b[k + 1] == b'u' { 6 } else { 2 };
                }
                0..=0x1f => return None,
                _ => {
                    // the run up to the next quote or backslash, whole
                    let run = plain_run(&self.b[k..])?;
                    s.push_str(&self.text[k..k + run]);
                    k += run;
                }
            }
        }
    }

    /// A number as `serde_json` reads one into a value: an integer that
    /// fits as `u64` (`i64` when negative), else a float (`-0` too).
    fn number(&mut self) -> Option<Schema<'a>> {
        let start = self.i;
        let b = self.b;
        let mut k = start + usize::from(b[start] == b'-');
        let digits = |k: usize| b[k..].iter().take_while(|c| c.is_ascii_digit()).count();
        let int = digits(k);
        // one leading zero at most, at least one digit
        if int == 0 || (int > 1 && b[k] == b'0') {
            return None;
        }
        k += int;
        let mut float = false;
        if b.get(k) == Some(&b'.') {
            let n = digits(k + 1);
            if n == 0 {
                return None;
            }
            k += 1 + n;
            float = true;
        }
        if let Some(b'e' | b'E') = b.get(k) {
            k += 1;
            if let Some(b'+' | b'-') = b.get(k) {
                k += 1;
            }
            let n = digits(k);
            if n == 0 {
                return None;
            }
            k += n;
            float = true;
        }
        self.i = k;
        let text = &self.text[start..k];
        if !float {
            if let Some(d) = text.strip_prefix('-') {
                if let Ok(u) = d.parse::<u64>() {
                    if u != 0 && u <= 1 << 63 {
                        return Some(Schema::Number((u as i64).wrapping_neg().into()));
                    }
                }
            } else if let Ok(u) = text.parse::<u64>() {
                return Some(Schema::Number(u.into()));
            }
        }
        let f: f64 = serde_json::from_str(text).ok()?;
        // (as serde_json::Value: a float with no JSON form is null)
        Some(Number::from_f64(f).map_or(Schema::Null, Schema::Number))
    }
}

/// An object key, borrowed from the text when it has no escapes.
struct KeyText<'a>(Cow<'a, str>);

impl<'de> serde::Deserialize<'de> for KeyText<'de> {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> serde::de::Visitor<'de> for V {
            type Value = KeyText<'de>;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a string")
            }
            fn visit_borrowed_str<E>(self, s: &'de str) -> Result<KeyText<'de>, E> {
                Ok(KeyText(Cow::Borrowed(s)))
            }
            fn visit_str<E>(self, s: &str) -> Result<KeyText<'de>, E> {
                Ok(KeyText(Cow::Owned(s.to_owned())))
            }
            fn visit_string<E>(self, s: String) -> Result<KeyText<'de>, E> {
                Ok(KeyText(Cow::Owned(s)))
            }
        }
        d.deserialize_str(V)
    }
}

/// Which drafts change what this module checks: before 2019-09 a `$ref`
/// hides its sibling keywords.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Draft {
    Legacy,
    Modern,
}

/// True only when `values` certainly satisfies `schema` and the schema is
/// certainly one the crate compiles; false means "ask the crate".
pub fn certainly_valid(schema: &Schema<'_>, values: &Value) -> bool {
    let Some(draft) = draft_of(schema) else {
        return false;
    };
    if !well_formed(schema, schema, true, 0) {
        return false;
    }
    check(schema, values, schema, draft, 0) == Some(true)
}

fn draft_of(schema: &Schema<'_>) -> Option<Draft> {
    let Schema::Object(m) = schema else {
        // `true` / `false` schemas.
        return Some(Draft::Modern);
    };
    match m.get("$schema") {
        None => Some(Draft::Modern),
        Some(Schema::String(s)) => match s.trim_end_matches('#') {
            "https://json-schema.org/draft-07/schema"
            | "http://json-schema.org/draft-07/schema"
            | "https://json-schema.org/draft-06/schema"
            | "http://json-schema.org/draft-06/schema" => Some(Draft::Legacy),
            // The version-less URI names the crate's default draft (2020-12).
            "https://json-schema.org/draft/2020-12/schema"
            | "http://json-schema.org/draft/2020-12/schema"
            | "https://json-schema.org/draft/2019-09/schema"
            | "http://json-schema.org/draft/2019-09/schema"
            | "https://json-schema.org/schema"
            | "http://json-schema.org/schema" => Some(Draft::Modern),
            _ => None,
        },
        Some(_) => None,
    }
}

/// Keywords of the JSON Schema vocabularies (drafts 4 to 2020-12) this
/// module does not evaluate: a schema using one is left to the crate.
const UNHANDLED: &[&str] = &[
    "$anchor",
    "$dynamicRef",
    "$dynamicAnchor",
    "$recursiveRef",
    "$recursiveAnchor",
    "$vocabulary",
    "id",
    "not",
    "if",
    "then",
    "else",
    "dependentSchemas",
    "dependencies",
    "dependentRequired",
    "prefixItems",
    "additionalItems",
    "contains",
    "minContains",
    "maxContains",
    "patternProperties",
    "propertyNames",
    "unevaluatedItems",
    "unevaluatedProperties",
    "multipleOf",
    "exclusiveMaximum",
    "exclusiveMinimum",
    "pattern",
    "uniqueItems",
    "format",
    "contentEncoding",
    "contentMediaType",
    "contentSchema",
];

const TYPES: &[&str] = &["null", "boolean", "object", "array", "number", "string", "integer"];

/// Deepest nesting of subschemas (and `$ref` hops) followed.
const MAX_DEPTH: usize = 200;

fn is_schema_shape(v: &Schema<'_>) -> bool {
    matches!(v, Schema::Object(_) | Schema::Bool(_))
}

fn non_negative_integer(v: &Schema<'_>) -> bool {
    match v {
        Schema::Number(n) => is_integer(n) && n.as_f64().is_some_and(|f| f >= 0.0),
        _ => false,
    }
}

fn is_integer(n: &Number) -> bool {
    n.is_i64() || n.is_u64() || n.as_f64().is_some_and(|f| f.is_finite() && f.fract() == 0.0)
}

/// Every subschema's known keywords have the right shape, no unhandled
/// keyword is used, every `$ref` resolves.
fn well_formed(s: &Schema<'_>, root: &Schema<'_>, is_root: bool, depth: usize) -> bool {
    if depth > MAX_DEPTH {
        return false;
    }
    let m = match s {
        Schema::Bool(_) => return true,
        Schema::Object(m) => m,
        _ => return false,
    };
    let sub = |v: &Schema<'_>| well_formed(v, root, false, depth + 1);
    for (k, v) in m.iter() {
        let ok = match k {
            "type" => match v {
                Schema::String(t) => TYPES.contains(&&**t),
                Schema::Array(a) => {
                    !a.is_empty()
                        && a.iter()
                            .enumerate()
                            .all(|(i, t)| t.as_str().is_some_and(|t| TYPES.contains(&t)) && !a[..i].contains(t))
                }
                _ => false,
            },
            "enum" => v.as_array().is_some(),
            "const" | "default" => true,
            "properties" | "definitions" | "$defs" => v.as_object().is_some_and(|o| o.values().all(sub)),
            "additionalProperties" | "items" => is_schema_shape(v) && sub(v),
            "required" => {
                v.as_array().is_some_and(|a| a.iter().enumerate().all(|(i, r)| r.is_string() && !a[..i].contains(r)))
            }
            "minimum" | "maximum" => v.as_number().is_some(),
            "minLength" | "maxLength" | "minItems" | "maxItems" | "minProperties" | "maxProperties" => {
                non_negative_integer(v)
            }
            "allOf" | "anyOf" | "oneOf" => {
                v.as_array().is_some_and(|a| !a.is_empty() && a.iter().all(|x| is_schema_shape(x) && sub(x)))
            }
            "$ref" => v.as_str().and_then(|r| resolve(root, r)).is_some_and(is_schema_shape),
            "$schema" | "$id" => is_root && v.is_string(),
            "title" | "description" | "$comment" => v.is_string(),
            "examples" => v.as_array().is_some(),
            "deprecated" | "readOnly" | "writeOnly" => matches!(v, Schema::Bool(_)),
            other => !UNHANDLED.contains(&other),
        };
        if !ok {
            return false;
        }
    }
    true
}

/// The target of a local JSON-pointer `$ref` (`#`, `#/definitions/x`).
fn resolve<'s, 'a>(root: &'s Schema<'a>, r: &str) -> Option<&'s Schema<'a>> {
    let pointer = r.strip_prefix('#')?;
    if pointer.contains('%') {
        return None;
    }
    if pointer.is_empty() {
        return Some(root);
    }
    if !pointer.starts_with('/') {
        return None;
    }
    let mut cur = root;
    for part in pointer[1..].split('/') {
        let key = part.replace("~1", "/").replace("~0", "~");
        cur = match cur {
            Schema::Object(o) => o.get(&key)?,
            Schema::Array(a) => {
                if key.is_empty() || (key.len() > 1 && key.starts_with('0')) {
                    return None;
                }
                a.get(key.parse::<usize>().ok()?)?
            }
            _ => return None,
        };
    }
    Some(cur)
}

/// `Some(true)`: certainly valid; `Some(false)`: certainly invalid; `None`:
/// not sure.
fn check(s: &Schema<'_>, v: &Value, root: &Schema<'_>, draft: Draft, depth: usize) -> Option<bool> {
    if depth > MAX_DEPTH {
        return None;
    }
    let m = match s {
        Schema::Bool(b) => return Some(*b),
        Schema::Object(m) => m,
        _ => return None,
    };
    let sub = |s: &Schema<'_>, v: &Value| check(s, v, root, draft, depth + 1);
    if draft == Draft::Legacy {
        if let Some(r) = m.get("$ref") {
            return sub(resolve(root, r.as_str()?)?, v);
        }
    }
    let keyword = |k: &str, kv: &Schema<'_>| -> Option<bool> {
        match k {
            "type" => Some(match kv {
                Schema::String(t) => has_type(v, t),
                Schema::Array(a) => a.iter().any(|t| t.as_str().is_some_and(|t| has_type(v, t))),
                _ => return None,
            }),
            "enum" => any(kv.as_array()?.iter().map(|x| equal(x, v))),
            "const" => equal(kv, v),
            "properties" => match v {
                Value::Object(o) => all(kv.as_object()?.iter().filter_map(|(p, ps)| o.get(p).map(|x| sub(ps, x)))),
                _ => Some(true),
            },
            "additionalProperties" => match v {
                Value::Object(o) => {
                    let props = m.get("properties").and_then(Schema::as_object);
                    all(o.iter().filter(|(k, _)| !props.is_some_and(|p| p.contains_key(k))).map(|(_, x)| sub(kv, x)))
                }
                _ => Some(true),
            },
            "items" => match v {
                Value::Array(a) => all(a.iter().map(|x| sub(kv, x))),
                _ => Some(true),
            },
            "required" => match v {
                Value::Object(o) => Some(kv.as_array()?.iter().all(|r| r.as_str().is_some_and(|r| o.contains_key(r)))),
                _ => Some(true),
            },
            "minimum" | "maximum" => match v {
                Value::Number(n) => {
                    let (x, bound) = (exact_f64(n)?, exact_f64(kv.as_number()?)?);
                    Some(if k == "minimum" { x >= bound } else { x <= bound })
                }
                _ => Some(true),
            },
            "minLength" | "maxLength" => match v {
                Value::String(t) => limit(k, t.chars().count(), kv),
                _ => Some(true),
            },
            "minItems" | "maxItems" => match v {
                Value::Array(a) => limit(k, a.len(), kv),
                _ => Some(true),
            },
            "minProperties" | "maxProperties" => match v {
                Value::Object(o) => limit(k, o.len(), kv),
                _ => Some(true),
            },
            "allOf" => all(kv.as_array()?.iter().map(|x| sub(x, v))),
            "anyOf" => any(kv.as_array()?.iter().map(|x| sub(x, v))),
            "oneOf" => {
                let mut n = 0;
                for x in kv.as_array()? {
                    if sub(x, v)? {
                        n += 1;
                    }
                }
                Some(n == 1)
            }
            "$ref" => sub(resolve(root, kv.as_str()?)?, v),
            // Annotations, definitions and keywords outside the
            // vocabularies (`well_formed` turned away the rest).
            _ => Some(true),
        }
    };
    all(m.iter().map(|(k, kv)| keyword(k, kv)))
}

/// Disjunction of certain answers: true as soon as one is certainly true.
fn any(it: impl Iterator<Item = Option<bool>>) -> Option<bool> {
    let mut unsure = false;
    for r in it {
        match r {
            Some(true) => return Some(true),
            Some(false) => {}
            None => unsure = true,
        }
    }
    if unsure {
        None
    } else {
        Some(false)
    }
}

/// Conjunction of certain answers: false as soon as one is certainly false.
fn all(it: impl Iterator<Item = Option<bool>>) -> Option<bool> {
    let mut unsure = false;
    for r in it {
        match r {
            Some(true) => {}
            Some(false) => return Some(false),
            None => unsure = true,
        }
    }
    if unsure {
        None
    } else {
        Some(true)
    }
}

fn limit(keyword: &str, n: usize, bound: &Schema<'_>) -> Option<bool> {
    let b = bound.as_f64()?;
    let n = n as f64;
    Some(if keyword.starts_with("min") { n >= b } else { n <= b })
}

fn has_type(v: &Value, t: &str) -> bool {
    match (t, v) {
        ("null", Value::Null)
        | ("boolean", Value::Bool(_))
        | ("object", Value::Object(_))
        | ("array", Value::Array(_))
        | ("number", Value::Number(_))
        | ("string", Value::String(_)) => true,
        ("integer", Value::Number(n)) => is_integer(n),
        _ => false,
    }
}

/// A number as an f64 when that is exact (|x| <= 2^53 for integers).
fn exact_f64(n: &Number) -> Option<f64> {
    const EXACT: f64 = 9_007_199_254_740_992.0;
    let f = n.as_f64()?;
    if !f.is_finite() || ((n.is_i64() || n.is_u64()) && f.abs() > EXACT) {
        return None;
    }
    Some(f)
}

/// JSON equality of a schema's value and a value (numbers by value: 1
/// equals 1.0); `None` when unsure.
fn equal(a: &Schema<'_>, b: &Value) -> Option<bool> {
    Some(match (a, b) {
        (Schema::Null, Value::Null) => true,
        (Schema::Bool(x), Value::Bool(y)) => x == y,
        (Schema::String(x), Value::String(y)) => **x == **y,
        (Schema::Number(x), Value::Number(y)) => {
            if x == y {
                true
            } else {
                exact_f64(x)? == exact_f64(y)?
            }
        }
        (Schema::Array(x), Value::Array(y)) => {
            if x.len() != y.len() {
                return Some(false);
            }
            for (p, q) in x.iter().zip(y) {
                if !equal(p, q)? {
                    return Some(false);
                }
            }
            true
        }
        (Schema::Object(x), Value::Object(y)) => objects_equal(x, y)?,
        _ => false,
    })
}

fn objects_equal(x: &Obj<'_>, y: &Map<String, Value>) -> Option<bool> {
    if x.len() != y.len() {
        return Some(false);
    }
    for (k, p) in x.iter() {
        match y.get(k) {
            Some(q) => {
                if !equal(p, q)? {
                    return Some(false);
                }
            }
            None => return Some(false),
        }
    }
    Some(true)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    /// The crate's verdict.
    fn crate_valid(schema: &Value, v: &Value) -> Option<bool> {
        jsonschema::validator_for(schema).ok().map(|c| c.is_valid(v))
    }

    /// Whenever the quick check is sure the values are valid, the crate
    /// compiles the schema and agrees.
    fn agrees(schema: Value, v: Value, expect_quick: bool) {
        let text = serde_json::to_vec(&schema).unwrap();
        let quick = certainly_valid(&Schema::parse(&text).unwrap(), &v);
        assert_eq!(quick, expect_quick, "quick verdict for {schema} / {v}");
        if quick {
            assert_eq!(crate_valid(&schema, &v), Some(true), "crate disagrees on {schema} / {v}");
        }
    }

    /// The reader gives what `serde_json` gives, and `None` where that
    /// fails; where it leaves a text to `serde_json`, `parse` still reads it.
    #[test]
    fn reader_reads_as_serde_json() {
        fn serde(t: &str) -> Option<Schema<'_>> {
            serde_json::from_slice(t.as_bytes()).ok()
        }
        let deep = format!("{}1{}", "[".repeat(120), "]".repeat(120));
        let same = [
            "{}",
            "[]",
            " { } ",
            "\t[ ]\r\n",
            "null",
            "true",
            "false",
            "0",
            "-0",
            "7",
            "-7",
            "1.5",
            "-1.5e3",
            "2E-2",
            "1e400",
            "18446744073709551615",
            "18446744073709551616",
            "-9223372036854775808",
            "-9223372036854775809",
            "0.1",
            "123456789012345678901234567890",
            r#"{"b": 1, "a": [true, null, "x"], "c": {"d": {}}}"#,
            r#"{"a": 1, "b": 2, "a": 3}"#,
            r#""plain""#,
            r#""esc \" \\ \/ \b \f \n \r \t""#,
            r#""\u00e9\u0000 \u20AC""#,
            "\"caf\u{e9} \u{1F600}\"",
            r#"{"k\"ey": "v", "k": "v\nw"}"#,
            // invalid: both refuse
            "",
            " ",
            "{",
            "}",
            "[1,]",
            r#"{"a":1,}"#,
            r#"{"a" 1}"#,
            r#"{a: 1}"#,
            "[1 2]",
            "01",
            "-",
            "1.",
            ".5",
            "1e",
            "1e+",
            "+1",
            "tru",
            "nul",
            "True",
            "[1]x",
            "\"a",
            "\"a\u{1}\"",
            r#""\x""#,
            r#""\u12""#,
            r#""\u12G4""#,
            "\u{feff}{}",
            "{}}",
            "[",
            "[]]",
        ];
        for t in same {
            assert_eq!(Reader::read(t.as_bytes()), serde(t), "{t:?}");
        }
        assert!(Reader::read(b"\"\xff\"").is_none() && serde_json::from_slice::<Schema<'_>>(b"\"\xff\"").is_err());
        // left to serde_json: surrogate escapes, deep nesting
        for t in [r#""\ud83d\ude00""#, r#""\ud800""#, deep.as_str()] {
            assert!(Reader::read(t.as_bytes()).is_none(), "{t:?}");
            assert_eq!(Schema::parse(t.as_bytes()), serde(t), "{t:?}");
        }
        assert!(serde(r#""\ud83d\ude00""#).is_some() && serde(&deep).is_some());
        // a repeated key: the last one wins, wherever it is
        let t = r#"{"b": 0, "a": 1, "c": 2, "a": 3, "a": 4, "b": 5}"#;
        let Some(Schema::Object(o)) = Reader::read(t.as_bytes()) else { panic!("an object") };
        assert_eq!(o.len(), 3);
        assert_eq!(o.get("a"), Some(&Schema::Number(4.into())));
        assert_eq!(o.get("b"), Some(&Schema::Number(5.into())));
        // borrowed strings when there is no escape
        let t = r#"{"key": "value", "e": "a\nb"}"#;
        let Some(Schema::Object(o)) = Reader::read(t.as_bytes()) else { panic!("an object") };
        assert!(matches!(o.get("key"), Some(Schema::String(Cow::Borrowed("value")))));
        assert!(matches!(o.get("e"), Some(Schema::String(Cow::Owned(s))) if s == "a\nb"));
    }

    #[test]
    fn valid_values_need_no_crate() {
        let s = json!({
            "$schema": "http://json-schema.org/draft-07/schema#",
            "type": "object",
            "title": "t",
            "form": true,
            "properties": {
                "replicas": {"type": "integer", "minimum": 1, "maximum": 5},
                "name": {"type": ["string", "null"], "minLength": 1, "maxLength": 3},
                "mode": {"enum": ["a", 1, null]},
                "list": {"type": "array", "items": {"$ref": "#/definitions/item"}, "maxItems": 2},
                "any": {"anyOf": [{"type": "string"}, {"type": "boolean"}]},
                "one": {"oneOf": [{"type": "string"}, {"type": "integer"}]},
                "both": {"allOf": [{"type": "object"}, {"required": ["a"]}]},
            },
            "additionalProperties": {"type": ["object", "boolean", "string"]},
            "required": ["replicas"],
            "definitions": {"item": {"type": "object", "properties": {"x": {"const": 2}}}},
        });
        let v = json!({"replicas": 2.0, "name": "ab", "mode": 1.0, "list": [{"x": 2.0}],
            "any": true, "one": 3.0, "both": {"a": 1}, "extra": "x"});
        agrees(s.clone(), v, true);
        for bad in [
            json!({"replicas": 0.0}),
            json!({"replicas": 1.5}),
            json!({"name": "abcd", "replicas": 1}),
            json!({"mode": "b", "replicas": 1}),
            json!({"list": [{"x": 3}], "replicas": 1}),
            json!({"list": [{}, {}, {}], "replicas": 1}),
            json!({"any": 1, "replicas": 1}),
            json!({"both": {}, "replicas": 1}),
            json!({"extra": 1, "replicas": 1}),
            json!({}),
        ] {
            agrees(s.clone(), bad.clone(), false);
            assert_eq!(crate_valid(&s, &bad), Some(false), "{bad}");
        }
    }

    #[test]
    fn unhandled_or_broken_schemas_go_to_the_crate() {
        let v = json!({"a": "x"});
        for s in [
            json!({"properties": {"a": {"pattern": "^x$"}}}),
            json!({"properties": {"a": {"format": "email"}}}),
            json!({"$schema": "http://json-schema.org/draft-04/schema#"}),
            json!({"$schema": "http://example.com/schema"}),
            json!({"properties": {"a": {"$ref": "#/definitions/missing"}}}),
            json!({"properties": {"a": {"$ref": "other.json#/x"}}}),
            json!({"properties": {"a": {"type": "text"}}}),
            json!({"properties": {"a": {"minLength": -1}}}),
            json!({"properties": {"a": {"$id": "x"}}}),
            json!({"required": ["a", "a"]}),
            json!({"items": [{"type": "string"}]}),
            json!({"title": 3}),
            json!({"anyOf": []}),
        ] {
            agrees(s, v.clone(), false);
        }
    }

    #[test]
    fn ref_siblings_count_from_2019_09_on() {
        let defs = json!({"d": {"type": "object"}});
        let legacy = json!({"$schema": "http://json-schema.org/draft-07/schema#", "definitions": defs,
            "$ref": "#/definitions/d", "required": ["b"]});
        let modern = json!({"$schema": "https://json-schema.org/draft/2020-12/schema", "$defs": defs,
            "$ref": "#/$defs/d", "required": ["b"]});
        agrees(legacy, json!({"a": 1}), true);
        agrees(modern, json!({"a": 1}), false);
    }

    #[test]
    fn corpus_style_schemas_agree_with_the_crate() {
        // Bitnami style: an annotation vocabulary of its own, defaults,
        // nested objects, free-form maps.
        let s = json!({
            "$schema": "http://json-schema.org/schema#",
            "type": "object",
            "properties": {"a": {"type": "string", "form": true, "sliderMin": 1}},
        });
        // The version-less URI is the crate's default draft.
        agrees(s.clone(), json!({"a": "x"}), true);
        let mut s = s;
        s.as_object_mut().unwrap().insert("$schema".into(), json!("http://example.com/mine#"));
        agrees(s.clone(), json!({"a": "x"}), false);
        s.as_object_mut().unwrap().remove("$schema");
        agrees(s, json!({"a": "x", "b": [1, 2]}), true);
    }
}
