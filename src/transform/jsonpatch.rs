//! JSON 6902 patches with the semantics of the patch library kustomize uses
//! (learned by running kustomize v5.7.1 on each case):
//!
//! * A path is split on `/` after its first character, so `spec/x` means
//!   `/x`; `""` (the whole document) is missing for every operation.
//! * Objects: reading a missing key gives null, so `replace` and `test`
//!   (against null) of a missing key succeed and `copy` from one copies null;
//!   `remove` of a missing key fails. Parents must exist for every operation.
//! * Arrays: indexes are Go integers (`+1`, `01`, `-0` are fine); negative
//!   indexes count from the end (`-1` is the last element, for `add` the
//!   position after it); `-` is accepted only by `add` (append).
//! * A missing `value` is null. An unknown `op` fails when applied.
use crate::yaml::{Map, Value};

/// One operation, as written (checked when applied, like kustomize).
#[derive(Debug, Clone, PartialEq)]
pub struct Op {
    pub op: Option<String>,
    pub path: Option<String>,
    pub from: Option<String>,
    pub value: Value,
}

/// A list of operations.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct JsonPatch(pub Vec<Op>);

#[derive(Debug, thiserror::Error, PartialEq)]
pub enum JsonPatchError {
    #[error("json patch must be a list of operations, found {0}")]
    NotAList(&'static str),
    #[error("json patch operation {0} must be an object")]
    NotAnObject(usize),
    #[error("operation {index}: {message}")]
    Op { index: usize, message: String },
}

fn kind_of(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "a list",
        Value::Object(_) => "a map",
    }
}

fn text_field(o: &Map<String, Value>, k: &str) -> Option<String> {
    match o.get(k)? {
        Value::String(s) => Some(s.clone()),
        Value::Null => None,
        other => Some(other.to_string()),
    }
}

impl JsonPatch {
    /// Read operations from a parsed list.
    pub fn from_value(v: Value) -> Result<JsonPatch, JsonPatchError> {
        let Value::Array(list) = v else {
            return Err(JsonPatchError::NotAList(kind_of(&v)));
        };
        let mut ops = Vec::with_capacity(list.len());
        for (i, item) in list.into_iter().enumerate() {
            let Value::Object(mut o) = item else {
                return Err(JsonPatchError::NotAnObject(i));
            };
            ops.push(Op {
                op: text_field(&o, "op"),
                path: text_field(&o, "path"),
                from: text_field(&o, "from"),
                value: o.remove("value").unwrap_or(Value::Null),
            });
        }
        Ok(JsonPatch(ops))
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Apply every operation in order to `doc`; the first failure stops.
    /// `doc` is left partly patched on failure (callers fail the build).
    pub fn apply(&self, doc: &mut Value) -> Result<(), JsonPatchError> {
        for (index, op) in self.0.iter().enumerate() {
            apply_op(doc, op).map_err(|message| JsonPatchError::Op { index, message })?;
        }
        Ok(())
    }
}

fn decode_token(t: &str) -> String {
    if t.contains('~') {
        t.replace("~1", "/").replace("~0", "~")
    } else {
        t.to_string()
    }
}

/// Go's `strconv.Atoi`: optional sign, decimal digits, no overflow.
fn atoi(s: &str) -> Option<i64> {
    let digits = s.strip_prefix(['+', '-']).unwrap_or(s);
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.strip_prefix('+').unwrap_or(s).parse::<i64>().ok()
}

/// The parent container of `path` and the last token, or `None` when the
/// path has no token or a parent is missing or not a container.
fn find_parent<'a>(doc: &'a mut Value, path: &str) -> Option<(&'a mut Value, String)> {
    let mut parts: Vec<&str> = path.split('/').collect();
    if parts.len() < 2 {
        return None;
    }
    let key = decode_token(parts.pop().unwrap_or_default());
    let mut cur = doc;
    for part in &parts[1..] {
        let next = match cur {
            Value::Object(m) => m.get_mut(&decode_token(part)),
            Value::Array(a) => {
                let i = array_index(a.len(), &decode_token(part))?;
                a.get_mut(i)
            }
            _ => None,
        }?;
        if !(next.is_object() || next.is_array()) {
            return None;
        }
        cur = next;
    }
    Some((cur, key))
}

/// An existing element's index (negative counts from the end).
fn array_index(len: usize, key: &str) -> Option<usize> {
    let i = atoi(key)?;
    let len = i64::try_from(len).ok()?;
    let i = if i < 0 { i + len } else { i };
    if i < 0 || i >= len {
        return None;
    }
    usize::try_from(i).ok()
}

fn get(con: &Value, key: &str) -> Result<Value, String> {
    match con {
        Value::Object(m) => Ok(m.get(key).cloned().unwrap_or(Value::Null)),
        Value::Array(a) => match array_index(a.len(), key) {
            Some(i) => Ok(a[i].clone()),
            None => Err(format!("unable to access invalid index: {key}")),
        },
        _ => Err("not a container".into()),
    }
}

fn add(con: &mut Value, key: String, val: Value) -> Result<(), String> {
    match con {
        Value::Object(m) => {
            m.insert(key, val);
            Ok(())
        }
        Value::Array(a) => {
            if key == "-" {
                a.push(val);
                return Ok(());
            }
            let Some(i) = atoi(&key) else {
                return Err(format!("value was not a proper array index: '{key}'"));
            };
            let size = i64::try_from(a.len()).unwrap_or(i64::MAX) + 1;
            let pos = if i < 0 { i + size } else { i };
            if i >= size || pos < 0 {
                return Err(format!("unable to access invalid index: {i}"));
            }
            a.insert(usize::try_from(pos).unwrap_or(0), val);
            Ok(())
        }
        _ => Err("not a container".into()),
    }
}

fn remove(con: &mut Value, key: &str) -> Result<Value, String> {
    match con {
        Value::Object(m) => m.remove(key).ok_or_else(|| format!("unable to remove nonexistent key: {key}")),
        Value::Array(a) => match array_index(a.len(), key) {
            Some(i) => Ok(a.remove(i)),
            None => Err(format!("unable to remove invalid index: {key}")),
        },
        _ => Err("not a container".into()),
    }
}

fn apply_op(doc: &mut Value, op: &Op) -> Result<(), String> {
    let kind = op.op.as_deref().unwrap_or("unknown");
    let path = || op.path.clone().ok_or_else(|| format!("{kind} operation: missing path"));
    let from = || op.from.clone().ok_or_else(|| format!("{kind} operation: missing from"));
    let missing = |what: &str, p: &str| format!("{kind} operation does not apply: doc is missing {what}: \"{p}\"");
    match kind {
        "add" => {
            let p = path()?;
            let (con, key) = find_parent(doc, &p).ok_or_else(|| missing("path", &p))?;
            add(con, key, op.value.clone())
        }
        "remove" => {
            let p = path()?;
            let (con, key) = find_parent(doc, &p).ok_or_else(|| missing("path", &p))?;
            remove(con, &key).map(|_| ())
        }
        "replace" => {
            let p = path()?;
            let (con, key) = find_parent(doc, &p).ok_or_else(|| missing("path", &p))?;
            get(con, &key).map_err(|_| missing("key", &p))?;
            match con {
                Value::Object(m) => {
                    m.insert(key, op.value.clone());
                }
                Value::Array(a) => {
                    if let Some(i) = array_index(a.len(), &key) {
                        a[i] = op.value.clone();
                    }
                }
                _ => {}
            }
            Ok(())
        }
        "move" => {
            let f = from()?;
            let (con, key) = find_parent(doc, &f).ok_or_else(|| missing("from path", &f))?;
            get(con, &key)?;
            let val = remove(con, &key)?;
            let p = path()?;
            let (con, key) = find_parent(doc, &p).ok_or_else(|| missing("destination path", &p))?;
            add(con, key, val)
        }
        "copy" => {
            let f = from()?;
            let (con, key) = find_parent(doc, &f).ok_or_else(|| missing("from path", &f))?;
            let val = get(con, &key)?;
            let p = path()?;
            let (con, key) = find_parent(doc, &p).ok_or_else(|| missing("destination path", &p))?;
            add(con, key, val)
        }
        "test" => {
            let p = path()?;
            let (con, key) = find_parent(doc, &p).ok_or_else(|| missing("path", &p))?;
            let val = get(con, &key)?;
            if val == op.value {
                Ok(())
            } else {
                Err(format!("testing value {p} failed"))
            }
        }
        other => Err(format!("unexpected kind: {other}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::yaml::json;

    fn run(ops: Value) -> Result<Value, JsonPatchError> {
        let mut doc = json!({"kind": "K", "spec": {"list": ["x", "y", "z"], "obj": {"k": "v"}}});
        JsonPatch::from_value(ops)?.apply(&mut doc)?;
        Ok(doc)
    }

    #[test]
    fn objects_read_missing_keys_as_null() {
        let d = run(json!([{"op": "replace", "path": "/spec/new", "value": 1}])).unwrap();
        assert_eq!(d["spec"]["new"], json!(1));
        let d = run(json!([{"op": "copy", "from": "/spec/none", "path": "/spec/c"}])).unwrap();
        assert_eq!(d["spec"]["c"], Value::Null);
        assert!(d["spec"].as_object().unwrap().contains_key("c"));
        assert!(run(json!([{"op": "test", "path": "/spec/none", "value": null}])).is_ok());
        assert!(run(json!([{"op": "test", "path": "/spec/none", "value": 1}])).is_err());
        assert!(run(json!([{"op": "remove", "path": "/spec/none"}])).is_err());
        assert!(run(json!([{"op": "move", "from": "/spec/none", "path": "/spec/m"}])).is_err());
        assert!(run(json!([{"op": "add", "path": "/spec/none/deep", "value": 1}])).is_err());
        assert!(run(json!([{"op": "replace", "path": "/spec/obj/k/deep", "value": 1}])).is_err());
    }

    #[test]
    fn array_indexes() {
        let l = |d: Value| d["spec"]["list"].clone();
        assert_eq!(
            l(run(json!([{"op": "add", "path": "/spec/list/-1", "value": "n"}])).unwrap()),
            json!(["x", "y", "z", "n"])
        );
        assert_eq!(
            l(run(json!([{"op": "add", "path": "/spec/list/-4", "value": "n"}])).unwrap()),
            json!(["n", "x", "y", "z"])
        );
        assert!(run(json!([{"op": "add", "path": "/spec/list/-5", "value": "n"}])).is_err());
        assert_eq!(
            l(run(json!([{"op": "add", "path": "/spec/list/3", "value": "n"}])).unwrap()),
            json!(["x", "y", "z", "n"])
        );
        assert!(run(json!([{"op": "add", "path": "/spec/list/4", "value": "n"}])).is_err());
        assert_eq!(
            l(run(json!([{"op": "add", "path": "/spec/list/+1", "value": "n"}])).unwrap()),
            json!(["x", "n", "y", "z"])
        );
        assert_eq!(
            l(run(json!([{"op": "replace", "path": "/spec/list/-1", "value": "n"}])).unwrap()),
            json!(["x", "y", "n"])
        );
        assert!(run(json!([{"op": "replace", "path": "/spec/list/-", "value": "n"}])).is_err());
        assert!(run(json!([{"op": "replace", "path": "/spec/list/3", "value": "n"}])).is_err());
        assert_eq!(l(run(json!([{"op": "remove", "path": "/spec/list/-0"}])).unwrap()), json!(["y", "z"]));
        assert_eq!(l(run(json!([{"op": "remove", "path": "/spec/list/-1"}])).unwrap()), json!(["x", "y"]));
        assert!(run(json!([{"op": "remove", "path": "/spec/list/-"}])).is_err());
        assert_eq!(
            l(run(json!([{"op": "move", "from": "/spec/list/-1", "path": "/spec/list/0"}])).unwrap()),
            json!(["z", "x", "y"])
        );
    }

    #[test]
    fn paths() {
        let d = run(json!([{"op": "add", "path": "spec/x", "value": 1}])).unwrap();
        assert_eq!(d["x"], json!(1));
        assert!(run(json!([{"op": "add", "path": "", "value": {}}])).is_err());
        let d = run(json!([{"op": "add", "path": "/spec/a~1b~0c"}])).unwrap();
        assert!(d["spec"].as_object().unwrap().contains_key("a/b~c"));
        assert!(run(json!([{"op": "frobnicate", "path": "/spec"}])).is_err());
        assert!(run(json!([{"op": "add"}])).is_err());
        assert!(matches!(JsonPatch::from_value(json!({})), Err(JsonPatchError::NotAList(_))));
        assert!(matches!(JsonPatch::from_value(json!([1])), Err(JsonPatchError::NotAnObject(0))));
    }
}
