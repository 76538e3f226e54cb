//! The `--set` family's syntax and typing, as Helm's `pkg/strvals` parses
//! it: `a.b=1,c[0].d=x`, `\` escaping any character, `{a,b}` lists,
//! `[i]` indexes (at most 65536, 30 levels of names), `--set` typing
//! (true/false/null case-insensitive, `0` and integers not starting with 0
//! as int64, else strings), `--set-string` (all strings), `--set-json`
//! (JSON values, numbers as float64), `--set-file` (file contents) and
//! `--set-literal` (the raw rest of the argument).
use serde_json::{Map, Value};

use super::ChartError;

/// Largest list index accepted.
pub const MAX_INDEX: usize = 65536;
/// Deepest `a.b.c...` nesting accepted.
pub const MAX_NESTED_NAME_LEVEL: usize = 30;
/// Deepest `a[0][0]...` nesting accepted (Helm has no limit; kforge's
/// documents nest at most this deep anywhere).
pub const MAX_NESTED_INDEX_LEVEL: usize = crate::yaml::MAX_DEPTH;

enum Mode<'a> {
    Typed,
    String,
    Json,
    File(&'a dyn Fn(&str) -> Result<String, String>),
}

struct Parser<'a> {
    s: Vec<char>,
    pos: usize,
    mode: Mode<'a>,
    /// Indexes nested in the key being read.
    indexes: usize,
}

enum Stop {
    Eof,
    At(char),
}

type PResult<T> = Result<T, String>;

/// Parse `--set` into `base`.
pub fn parse(s: &str, base: &mut Value) -> Result<(), ChartError> {
    run(s, base, Mode::Typed, "--set")
}

/// Parse `--set-string` into `base`.
pub fn parse_string(s: &str, base: &mut Value) -> Result<(), ChartError> {
    run(s, base, Mode::String, "--set-string")
}

/// Parse `--set-json` into `base`.
pub fn parse_json(s: &str, base: &mut Value) -> Result<(), ChartError> {
    run(s, base, Mode::Json, "--set-json")
}

/// Parse `--set-file` into `base`; `read` returns a file's contents.
pub fn parse_file(s: &str, base: &mut Value, read: &dyn Fn(&str) -> Result<String, String>) -> Result<(), ChartError> {
    run(s, base, Mode::File(read), "--set-file")
}

fn run(s: &str, base: &mut Value, mode: Mode<'_>, flag: &str) -> Result<(), ChartError> {
    if !base.is_object() {
        *base = Value::Object(Map::new());
    }
    let Value::Object(map) = base else {
        return Ok(());
    };
    let mut p = Parser { s: s.chars().collect(), pos: 0, mode, indexes: 0 };
    loop {
        match p.key(map, 0) {
            Ok(true) => continue,
            Ok(false) => return Ok(()),
            Err(e) => return Err(ChartError::Set(format!("failed parsing {flag} data {s:?}: {e}"))),
        }
    }
}

impl Parser<'_> {
    fn read(&mut self) -> Option<char> {
        let c = self.s.get(self.pos).copied();
        if c.is_some() {
            self.pos += 1;
        }
        c
    }

    /// Characters up to one of `stop` (consumed), `\` escaping.
    fn until(&mut self, stop: &[char]) -> (String, Stop) {
        let mut out = String::new();
        loop {
            match self.read() {
                None => return (out, Stop::Eof),
                Some('\\') => match self.read() {
                    Some(c) => out.push(c),
                    None => return (out, Stop::Eof),
                },
                Some(c) if stop.contains(&c) => return (out, Stop::At(c)),
                Some(c) => out.push(c),
            }
        }
    }

    fn typed(&self, raw: String) -> PResult<Value> {
        match &self.mode {
            Mode::String => Ok(Value::String(raw)),
            Mode::File(read) => read(&raw).map(Value::String),
            _ => Ok(typed_val(&raw)),
        }
    }

    /// Parse one `key=value`; Ok(false) at the end of input.
    fn key(&mut self, data: &mut Map<String, Value>, level: usize) -> PResult<bool> {
        let (k, last) = self.until(&['=', '[', ',', '.']);
        match last {
            Stop::Eof => {
                if k.is_empty() {
                    Ok(false)
                } else {
                    Err(format!("key {k:?} has no value"))
                }
            }
            Stop::At('[') => {
                let i = self.key_index()?;
                let list = match data.get_mut(&k) {
                    Some(Value::Array(a)) => take_or_copy(&k, a),
                    _ => Vec::new(),
                };
                let (list, more) = self.list_item(list, i, level)?;
                set(data, &k, Value::Array(list));
                Ok(more)
            }
            Stop::At('=') => {
                if matches!(self.mode, Mode::Json) {
                    if self.empty_val() {
                        set(data, &k, Value::Null);
                        return Ok(true);
                    }
                    let v = self.json_value()?;
                    set(data, &k, v);
                    self.empty_val();
                    return Ok(true);
                }
                match self.val_list()? {
                    ListOrNot::List(l) => {
                        set(data, &k, Value::Array(l));
                        Ok(true)
                    }
                    ListOrNot::Eof => {
                        set(data, &k, Value::String(String::new()));
                        Ok(false)
                    }
                    ListOrNot::NotList => {
                        let (rs, _) = self.until(&[',']);
                        let v = self.typed(rs)?;
                        set(data, &k, v);
                        Ok(true)
                    }
                }
            }
            Stop::At(',') => Err(format!("key {k:?} has no value (cannot end with ,)")),
            Stop::At(_) => {
                // '.'
                let level = level + 1;
                if level > MAX_NESTED_NAME_LEVEL {
                    return Err(format!(
                        "value name nested level is greater than maximum supported nested level of {MAX_NESTED_NAME_LEVEL}"
                    ));
                }
                let mut inner = match data.get_mut(&k) {
                    Some(Value::Object(m)) => take_or_copy(&k, m),
                    _ => Map::new(),
                };
                let r = self.key(&mut inner, level);
                if r.is_ok() && inner.is_empty() {
                    return Err(format!("key map {k:?} has no value"));
                }
                if !inner.is_empty() {
                    set(data, &k, Value::Object(inner));
                }
                r
            }
        }
    }

    fn key_index(&mut self) -> PResult<usize> {
        let (v, last) = self.until(&[']']);
        if matches!(last, Stop::Eof) {
            return Err("error parsing index: unexpected end of input".into());
        }
        let i: i64 = v.trim().parse().map_err(|_| format!("error parsing index: {v:?} is not a number"))?;
        if i < 0 {
            return Err(format!("negative {i} index not allowed"));
        }
        if i as u64 > MAX_INDEX as u64 {
            return Err(format!("index of {i} is greater than maximum supported index of {MAX_INDEX}"));
        }
        Ok(i as usize)
    }

    fn list_item(&mut self, mut list: Vec<Value>, i: usize, level: usize) -> PResult<(Vec<Value>, bool)> {
        let (k, last) = self.until(&['[', '.', '=']);
        if !k.is_empty() {
            return Err(format!("unexpected data at end of array index: {k:?}"));
        }
        match last {
            Stop::Eof => Err("unexpected end of input after an index".into()),
            Stop::At('=') => {
                if matches!(self.mode, Mode::Json) {
                    if self.empty_val() {
                        set_index(&mut list, i, Value::Null);
                        return Ok((list, true));
                    }
                    let v = self.json_value()?;
                    set_index(&mut list, i, v);
                    self.empty_val();
                    return Ok((list, true));
                }
                match self.val_list()? {
                    ListOrNot::List(l) => {
                        set_index(&mut list, i, Value::Array(l));
                        Ok((list, true))
                    }
                    ListOrNot::Eof => {
                        set_index(&mut list, i, Value::String(String::new()));
                        Ok((list, false))
                    }
                    ListOrNot::NotList => {
                        let (rs, _) = self.until(&[',']);
                        let v = self.typed(rs)?;
                        set_index(&mut list, i, v);
                        Ok((list, true))
                    }
                }
            }
            Stop::At('[') => {
                let next = self.key_index()?;
                self.indexes += 1;
                if self.indexes >= MAX_NESTED_INDEX_LEVEL {
                    return Err(format!(
                        "indexes nested deeper than the maximum supported level of {MAX_NESTED_INDEX_LEVEL}"
                    ));
                }
                let inner = match list.get_mut(i) {
                    Some(Value::Array(a)) => std::mem::take(a),
                    _ => Vec::new(),
                };
                let (inner, more) = self.list_item(inner, next, level)?;
                self.indexes -= 1;
                set_index(&mut list, i, Value::Array(inner));
                Ok((list, more))
            }
            Stop::At(_) => {
                let mut inner = match list.get_mut(i) {
                    Some(Value::Object(m)) => std::mem::take(m),
                    _ => Map::new(),
                };
                let more = self.key(&mut inner, level)?;
                set_index(&mut list, i, Value::Object(inner));
                Ok((list, more))
            }
        }
    }

    fn val_list(&mut self) -> PResult<ListOrNot> {
        match self.s.get(self.pos) {
            None => return Ok(ListOrNot::Eof),
            Some('{') => self.pos += 1,
            Some(_) => return Ok(ListOrNot::NotList),
        }
        let mut list = Vec::new();
        loop {
            let (rs, last) = self.until(&[',', '}']);
            match last {
                Stop::Eof => return Err("list must terminate with '}'".into()),
                Stop::At('}') => {
                    if self.s.get(self.pos) == Some(&',') {
                        self.pos += 1;
                    }
                    list.push(self.typed(rs)?);
                    return Ok(ListOrNot::List(list));
                }
                Stop::At(_) => list.push(self.typed(rs)?),
            }
        }
    }

    /// Skip blanks and one comma; true when at the end or a comma was eaten.
    fn empty_val(&mut self) -> bool {
        loop {
            match self.s.get(self.pos) {
                None => return true,
                Some(',') => {
                    self.pos += 1;
                    return true;
                }
                Some(c) if c.is_whitespace() => self.pos += 1,
                Some(_) => return false,
            }
        }
    }

    fn json_value(&mut self) -> PResult<Value> {
        let rest: String = self.s[self.pos..].iter().collect();
        let mut stream = serde_json::Deserializer::from_str(&rest).into_iter::<Value>();
        let v = match stream.next() {
            Some(Ok(v)) => v,
            Some(Err(e)) => return Err(format!("invalid JSON: {e}")),
            None => return Err("missing JSON value".into()),
        };
        let used = stream.byte_offset();
        self.pos += rest[..used].chars().count();
        let mut v = v;
        super::load::floats(&mut v);
        Ok(v)
    }
}

enum ListOrNot {
    List(Vec<Value>),
    NotList,
    Eof,
}

/// The list or map under `key`, taken out to be changed and set back (a
/// copy would make each of many `a[i]=x` cost the whole list). The empty
/// key is never set, so what it holds is copied and left in place.
fn take_or_copy<T: Default + Clone>(key: &str, v: &mut T) -> T {
    if key.is_empty() {
        v.clone()
    } else {
        std::mem::take(v)
    }
}

fn set(data: &mut Map<String, Value>, key: &str, val: Value) {
    if !key.is_empty() {
        data.insert(key.to_string(), val);
    }
}

fn set_index(list: &mut Vec<Value>, i: usize, val: Value) {
    if list.len() <= i {
        list.resize(i + 1, Value::Null);
    }
    list[i] = val;
}

/// `--set` typing.
pub fn typed_val(s: &str) -> Value {
    if s.eq_ignore_ascii_case("true") {
        return Value::Bool(true);
    }
    if s.eq_ignore_ascii_case("false") {
        return Value::Bool(false);
    }
    if s.eq_ignore_ascii_case("null") {
        return Value::Null;
    }
    if s == "0" {
        return Value::from(0i64);
    }
    if !s.is_empty() && !s.starts_with('0') {
        if let Some(i) = go_parse_int10(s) {
            return Value::from(i);
        }
    }
    Value::String(s.to_string())
}

/// Go's `strconv.ParseInt(s, 10, 64)`: optional sign, decimal digits (with
/// `_` only when... never in base 10), no overflow.
fn go_parse_int10(s: &str) -> Option<i64> {
    let digits = s.strip_prefix(['+', '-']).unwrap_or(s);
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse::<i64>().ok()
}

/// Parse `--set-literal`: `a.b[0].c=<rest taken raw>`.
pub fn parse_literal(s: &str, base: &mut Value) -> Result<(), ChartError> {
    let err = |m: String| ChartError::Set(format!("failed parsing --set-literal data {s:?}: {m}"));
    let Some((key, value)) = s.split_once('=') else {
        return Err(err("key has no value".into()));
    };
    // Path: names separated by '.', each possibly followed by [i] indexes.
    enum Seg {
        Name(String),
        Index(usize),
    }
    let mut segs = Vec::new();
    for part in key.split('.') {
        let (name, mut rest) = match part.find('[') {
            Some(i) => (&part[..i], &part[i..]),
            None => (part, ""),
        };
        if name.is_empty() {
            return Err(err(format!("empty key in {key:?}")));
        }
        segs.push(Seg::Name(name.to_string()));
        while let Some(r) = rest.strip_prefix('[') {
            let end = r.find(']').ok_or_else(|| err(format!("unterminated index in {key:?}")))?;
            let i: usize = r[..end].parse().map_err(|_| err(format!("bad index in {key:?}")))?;
            if i > MAX_INDEX {
                return Err(err(format!("index of {i} is greater than maximum supported index of {MAX_INDEX}")));
            }
            segs.push(Seg::Index(i));
            rest = &r[end + 1..];
        }
        if !rest.is_empty() {
            return Err(err(format!("unexpected data after index in {key:?}")));
        }
    }
    if segs.iter().filter(|s| matches!(s, Seg::Name(_))).count() > MAX_NESTED_NAME_LEVEL + 1 {
        return Err(err(format!(
            "value name nested level is greater than maximum supported nested level of {MAX_NESTED_NAME_LEVEL}"
        )));
    }
    if !base.is_object() {
        *base = Value::Object(Map::new());
    }
    let mut cur = base;
    let n = segs.len();
    for (i, seg) in segs.into_iter().enumerate() {
        let last = i + 1 == n;
        match seg {
            Seg::Name(name) => {
                if !cur.is_object() {
                    *cur = Value::Object(Map::new());
                }
                let Value::Object(m) = cur else { unreachable!() };
                if last {
                    m.insert(name, Value::String(value.to_string()));
                    return Ok(());
                }
                cur = m.entry(name).or_insert(Value::Null);
            }
            Seg::Index(idx) => {
                if !cur.is_array() {
                    *cur = Value::Array(Vec::new());
                }
                let Value::Array(a) = cur else { unreachable!() };
                if a.len() <= idx {
                    a.resize(idx + 1, Value::Null);
                }
                if last {
                    a[idx] = Value::String(value.to_string());
                    return Ok(());
                }
                cur = &mut a[idx];
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn set_(s: &str) -> Value {
        let mut v = json!({});
        parse(s, &mut v).unwrap();
        v
    }

    #[test]
    fn typing_and_syntax() {
        assert_eq!(
            set_("a=1,b=true,c=NULL,d=007,e=1.5,f=0,g=-3,h=x"),
            json!({"a": 1, "b": true, "c": null, "d": "007", "e": "1.5", "f": 0, "g": -3, "h": "x"})
        );
        assert_eq!(set_("a\\.b=1"), json!({"a.b": 1}));
        assert_eq!(set_("a.b.c=x,a.b.d=y"), json!({"a": {"b": {"c": "x", "d": "y"}}}));
        assert_eq!(set_("l={a,b,3}"), json!({"l": ["a", "b", 3]}));
        assert_eq!(set_("l[1]=x"), json!({"l": [null, "x"]}));
        assert_eq!(set_("l[0].name=n,l[0].v=2"), json!({"l": [{"name": "n", "v": 2}]}));
        assert_eq!(set_("l[0][1]=z"), json!({"l": [[null, "z"]]}));
        assert_eq!(set_("a="), json!({"a": ""}));
        assert_eq!(set_("a=x\\,y"), json!({"a": "x,y"}));
        assert_eq!(set_("big=1234567"), json!({"big": 1234567}));
        let mut v = json!({});
        parse_string("a=true,b=1", &mut v).unwrap();
        assert_eq!(v, json!({"a": "true", "b": "1"}));
    }

    #[test]
    fn many_indexes_into_one_long_list_are_cheap() {
        // Each `l[65536]=i` used to copy the whole list of 65,537 items.
        let arg: Vec<String> = (0..3000).map(|i| format!("l[{}]={i}", MAX_INDEX - i)).collect();
        let start = std::time::Instant::now();
        let v = set_(&arg.join(","));
        assert!(start.elapsed() < std::time::Duration::from_secs(5), "took {:?}", start.elapsed());
        let l = v["l"].as_array().unwrap();
        assert_eq!((l.len(), &l[MAX_INDEX], &l[MAX_INDEX - 2999]), (MAX_INDEX + 1, &json!(0), &json!(2999)));
        // Keys under one map, the same.
        let arg: Vec<String> = (0..20000).map(|i| format!("m.k{i}={i}")).collect();
        assert_eq!(set_(&arg.join(","))["m"].as_object().unwrap().len(), 20000);
        // The empty key is never set and keeps what a values file gave it.
        let mut v = json!({"": [1, 2]});
        parse("[0]=x", &mut v).unwrap();
        assert_eq!(v, json!({"": [1, 2]}));
    }

    #[test]
    fn nested_indexes_are_bounded() {
        // Parsing recurses once per level: run on a large stack as kforge does.
        crate::process::with_big_stack(|| {
            let ok = format!("a{}=1", "[0]".repeat(MAX_NESTED_INDEX_LEVEL));
            let mut v = set_(&ok);
            let mut depth = 0;
            loop {
                // Unwound by hand: no deep recursive drop.
                let next = match &mut v {
                    Value::Object(m) => m.remove("a"),
                    Value::Array(l) if !l.is_empty() => Some(l.remove(0)),
                    _ => None,
                };
                match next {
                    Some(n) => {
                        v = n;
                        depth += 1;
                    }
                    None => break,
                }
            }
            assert_eq!((depth, v), (MAX_NESTED_INDEX_LEVEL + 1, json!(1)));
            let deep = format!("a{}=1", "[0]".repeat(MAX_NESTED_INDEX_LEVEL + 1));
            let e = parse(&deep, &mut json!({})).unwrap_err().to_string();
            assert!(
                e.ends_with("indexes nested deeper than the maximum supported level of 10000"),
                "{}",
                &e[e.len() - 120..]
            );
            // The count starts again for each key.
            let mut v = json!({});
            parse(&format!("{ok},{ok}"), &mut v).unwrap();
            std::mem::forget(v);
        });
    }

    #[test]
    fn errors() {
        let mut v = json!({});
        assert!(parse("a", &mut v).is_err());
        assert!(parse("a,b=1", &mut v).is_err());
        assert!(parse("l[-1]=1", &mut v).is_err());
        assert!(parse("l[70000]=1", &mut v).is_err());
        assert!(parse("l={a,b", &mut v).is_err());
        let deep = (0..32).map(|i| format!("k{i}")).collect::<Vec<_>>().join(".") + "=1";
        assert!(parse(&deep, &mut v).unwrap_err().to_string().contains("nested level"));
    }

    #[test]
    fn json_and_literal() {
        let mut v = json!({});
        parse_json("a={\"x\":[1,2]},b=\"s\",c=null", &mut v).unwrap();
        assert_eq!(v, json!({"a": {"x": [1.0, 2.0]}, "b": "s", "c": null}));
        let mut v = json!({});
        parse_literal("a.b[1]=x,y=z\\n", &mut v).unwrap();
        assert_eq!(v, json!({"a": {"b": [null, "x,y=z\\n"]}}));
    }
}
