//! The values a template works on: Go's `interface{}` as Helm sees it.
//!
//! Maps are shared and mutable (`set`, `unset`, `merge` change them in place
//! and every holder sees the change, as with Go maps); lists are immutable
//! (Sprig never changes a slice in place). Objects (`.Files`,
//! `.Capabilities`, `.Chart`) expose fields and methods.
use std::cell::RefCell;
use std::rc::Rc;

use serde_json::Value as Json;

/// A template map: keys sorted by their bytes (Go prints and ranges over
/// maps in that order), kept as one sorted vector of entries (the YAML
/// layer's map type). Charts' values are thousands of maps of a few keys:
/// a B-tree allocated a node of ~540 bytes for each, and a key a heap
/// block; here a map is one block and most keys live inline.
pub type Map = crate::yaml::Map<String, Value>;

/// A shared, mutable map (`set`, `unset`, `merge` change it in place and
/// every holder sees the change, as with Go maps).
pub type MapRef = Rc<RefCell<Map>>;

/// An object with fields and methods, such as Helm's `.Files`.
pub trait Object {
    /// Go type name, used in error messages and `typeOf`.
    fn type_name(&self) -> &str;
    /// A field (or a method without arguments).
    fn field(&self, name: &str) -> Option<Value>;
    /// A method call with arguments; `None` when there is no such method.
    fn call(&self, _name: &str, _args: &[Value]) -> Option<Result<Value, String>> {
        None
    }
    /// The text `{{ . }}` prints (a `String()` method), if any.
    fn display(&self) -> Option<String> {
        None
    }
    /// Go's truth of the object (a map type is false when empty).
    fn truthy(&self) -> bool {
        true
    }
    /// The data `toYaml`/`toJson` see, if any.
    fn to_value(&self) -> Value {
        Value::Nil
    }
}

#[derive(Clone, Default)]
pub enum Value {
    /// Go's untyped nil / an invalid value (`<no value>` when printed).
    #[default]
    Nil,
    Bool(bool),
    /// Go `int` (template literals, `int`, `len`, `--set` integers).
    Int(i64),
    /// Go `float64` (every number read from YAML or JSON).
    Float(f64),
    Str(Rc<str>),
    List(Rc<Vec<Value>>),
    Map(MapRef),
    Object(Rc<dyn Object>),
}

impl std::fmt::Debug for Value {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&crate::gotmpl::fmt::sprint_value(self))
    }
}

impl PartialEq for Value {
    fn eq(&self, other: &Self) -> bool {
        deep_equal(self, other)
    }
}

impl From<&str> for Value {
    fn from(s: &str) -> Self {
        Value::Str(Rc::from(s))
    }
}
impl From<String> for Value {
    fn from(s: String) -> Self {
        Value::Str(Rc::from(s))
    }
}
impl From<crate::yaml::Value> for Value {
    fn from(y: crate::yaml::Value) -> Self {
        Value::from_yaml(y)
    }
}
impl From<bool> for Value {
    fn from(b: bool) -> Self {
        Value::Bool(b)
    }
}
impl From<i64> for Value {
    fn from(i: i64) -> Self {
        Value::Int(i)
    }
}

impl Value {
    pub fn str(s: &str) -> Value {
        Value::Str(Rc::from(s))
    }
    pub fn new_map() -> Value {
        Value::Map(Rc::new(RefCell::new(Map::new())))
    }
    pub fn from_map(m: Map) -> Value {
        Value::Map(Rc::new(RefCell::new(m)))
    }
    pub fn list(v: Vec<Value>) -> Value {
        Value::List(Rc::new(v))
    }
    pub fn is_nil(&self) -> bool {
        matches!(self, Value::Nil)
    }
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::Str(s) => Some(s),
            _ => None,
        }
    }

    /// Go's truth: false for nil, zero numbers, false, empty strings, lists and maps.
    pub fn truthy(&self) -> bool {
        match self {
            Value::Nil => false,
            Value::Bool(b) => *b,
            Value::Int(i) => *i != 0,
            Value::Float(f) => *f != 0.0,
            Value::Str(s) => !s.is_empty(),
            Value::List(l) => !l.is_empty(),
            Value::Map(m) => !m.borrow().is_empty(),
            Value::Object(o) => o.truthy(),
        }
    }

    /// Go's `%T`.
    pub fn type_name(&self) -> String {
        match self {
            Value::Nil => "<nil>".into(),
            Value::Bool(_) => "bool".into(),
            Value::Int(_) => "int".into(),
            Value::Float(_) => "float64".into(),
            Value::Str(_) => "string".into(),
            Value::List(_) => "[]interface {}".into(),
            Value::Map(_) => "map[string]interface {}".into(),
            Value::Object(o) => o.type_name().to_string(),
        }
    }

    /// reflect.Kind name (`kindOf`).
    pub fn kind_name(&self) -> &'static str {
        match self {
            Value::Nil => "invalid",
            Value::Bool(_) => "bool",
            Value::Int(_) => "int",
            Value::Float(_) => "float64",
            Value::Str(_) => "string",
            Value::List(_) => "slice",
            Value::Map(_) => "map",
            Value::Object(_) => "ptr",
        }
    }

    /// Read a JSON tree as Helm reads values: every number is a float64.
    pub fn from_json(j: &Json) -> Value {
        match j {
            Json::Null => Value::Nil,
            Json::Bool(b) => Value::Bool(*b),
            Json::Number(n) => Value::Float(n.as_f64().unwrap_or(0.0)),
            Json::String(s) => Value::str(s),
            Json::Array(a) => Value::list(a.iter().map(Value::from_json).collect()),
            Json::Object(o) => Value::from_map(o.iter().map(|(k, v)| (k, Value::from_json(v))).collect()),
        }
    }

    /// Read a parsed YAML tree as Helm's `fromYaml` does (through JSON:
    /// every number a float64), without a JSON tree in between.
    pub fn from_yaml(y: crate::yaml::Value) -> Value {
        use crate::yaml::Value as Y;
        match y {
            Y::Null => Value::Nil,
            Y::Bool(b) => Value::Bool(b),
            Y::Number(n) => Value::Float(n.as_f64().unwrap_or(0.0)),
            Y::String(s) => Value::from(s),
            Y::Array(a) => Value::list(a.into_iter().map(Value::from_yaml).collect()),
            // entries come sorted by key: the map is built in one pass
            Y::Object(o) => Value::from_map(o.into_iter().map(|(k, v)| (k, Value::from_yaml(v))).collect()),
        }
    }

    /// Read a JSON tree keeping integers as Go ints (`--set` values).
    pub fn from_json_typed(j: &Json) -> Value {
        match j {
            Json::Number(n) => match n.as_i64() {
                Some(i) => Value::Int(i),
                None => Value::Float(n.as_f64().unwrap_or(0.0)),
            },
            Json::Array(a) => Value::list(a.iter().map(Value::from_json_typed).collect()),
            Json::Object(o) => Value::from_map(o.iter().map(|(k, v)| (k, Value::from_json_typed(v))).collect()),
            other => Value::from_json(other),
        }
    }

    /// The JSON Go's encoding/json would produce for this value.
    pub fn to_json(&self) -> Json {
        match self {
            Value::Nil => Json::Null,
            Value::Bool(b) => Json::Bool(*b),
            Value::Int(i) => Json::from(*i),
            Value::Float(f) => {
                if f.fract() == 0.0 && f.abs() < 9.0e15 {
                    Json::from(*f as i64)
                } else {
                    serde_json::Number::from_f64(*f).map(Json::Number).unwrap_or(Json::Null)
                }
            }
            Value::Str(s) => Json::String(String::from(&**s)),
            Value::List(l) => Json::Array(l.iter().map(|v| v.to_json()).collect()),
            Value::Map(m) => Json::Object(m.borrow().iter().map(|(k, v)| (String::from(k), v.to_json())).collect()),
            Value::Object(o) => o.to_value().to_json(),
        }
    }

    /// Like `to_json`, but every float stays a float (go-yaml v3 writes a
    /// float64 `12345678` as `1.2345678e+07`, JSON as `12345678`).
    pub fn to_json_floats(&self) -> Json {
        match self {
            Value::Float(f) => serde_json::Number::from_f64(*f).map(Json::Number).unwrap_or(Json::Null),
            Value::List(l) => Json::Array(l.iter().map(|v| v.to_json_floats()).collect()),
            Value::Map(m) => {
                Json::Object(m.borrow().iter().map(|(k, v)| (String::from(k), v.to_json_floats())).collect())
            }
            Value::Object(o) => o.to_value().to_json_floats(),
            other => other.to_json(),
        }
    }

    /// A deep copy (maps are new maps). Lists are immutable: one without a
    /// map inside is shared, not copied.
    pub fn deep_copy(&self) -> Value {
        match self {
            Value::List(l) if !l.iter().any(Value::holds_map) => Value::List(l.clone()),
            Value::List(l) => Value::list(l.iter().map(|v| v.deep_copy()).collect()),
            Value::Map(m) => {
                // a clone of the entries (no sorting), then new
                // copies of the maps inside
                let mut c = m.borrow().clone();
                for v in c.values_mut() {
                    if v.holds_map() {
                        *v = v.deep_copy();
                    }
                }
                Value::from_map(c)
            }
            other => other.clone(),
        }
    }
}

impl Value {
    /// Whether a map is in this value (itself, or inside its lists).
    fn holds_map(&self) -> bool {
        match self {
            Value::Map(_) => true,
            Value::List(l) => l.iter().any(Value::holds_map),
            _ => false,
        }
    }
}

/// `toYaml` writes template values directly (no JSON tree in between),
/// as sigs.k8s.io/yaml sees them after its trip through JSON: whole floats
/// below 2^53 are integers, NaN and infinities null (as `Value::to_json`).
impl crate::yaml::YamlNode for Value {
    fn with_node<R>(&self, f: impl FnOnce(crate::yaml::Node<'_, Self>) -> R) -> R {
        use crate::yaml::Node;
        use serde_json::Number;
        match self {
            Value::Nil => f(Node::Null),
            Value::Bool(b) => f(Node::Bool(*b)),
            Value::Int(i) => f(Node::Number(&Number::from(*i))),
            Value::Float(x) if x.fract() == 0.0 && x.abs() < 9.0e15 => f(Node::Number(&Number::from(*x as i64))),
            Value::Float(x) => match Number::from_f64(*x) {
                Some(n) => f(Node::Number(&n)),
                None => f(Node::Null),
            },
            Value::Str(s) => f(Node::String(s)),
            Value::List(l) => f(Node::Array(l)),
            Value::Map(m) => f(Node::Sorted(&m.borrow())),
            Value::Object(o) => o.to_value().with_node(f),
        }
    }
}

/// reflect.DeepEqual-like equality.
pub fn deep_equal(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Nil, Value::Nil) => true,
        (Value::Bool(x), Value::Bool(y)) => x == y,
        (Value::Int(x), Value::Int(y)) => x == y,
        (Value::Float(x), Value::Float(y)) => x == y,
        (Value::Str(x), Value::Str(y)) => x == y,
        (Value::List(x), Value::List(y)) => x.len() == y.len() && x.iter().zip(y.iter()).all(|(p, q)| deep_equal(p, q)),
        (Value::Map(x), Value::Map(y)) => {
            if Rc::ptr_eq(x, y) {
                return true;
            }
            let (x, y) = (x.borrow(), y.borrow());
            x.len() == y.len() && x.iter().zip(y.iter()).all(|((k1, v1), (k2, v2))| k1 == k2 && deep_equal(v1, v2))
        }
        (Value::Object(x), Value::Object(y)) => Rc::ptr_eq(x, y),
        _ => false,
    }
}

pub use crate::goquote::go_quote;
