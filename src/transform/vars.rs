//! Legacy `vars:` — `$(NAME)` substitution from fields of other resources.
//!
//! As in kustomize, a kustomization's vars are bound at the end of its
//! accumulation: the one resource whose current or previous id matches the
//! var's `objref` records the var name (`Resource::ref_vars`), so the binding
//! follows the resource through later renames, patches and merges. Once, at
//! the top of the build (after hash suffixes and name references), every var
//! is read from its resource's current state and `$(NAME)` is expanded in
//! the `varReference` fields of every resource.
use std::collections::HashMap;
use std::fmt;

use crate::transform::error::{bail, err, Context, Result};
use crate::yaml::{Map, Value};

use super::config::TransformerConfig;
use super::fieldspec::{split_path, walk, FieldSpec};
use crate::model::{Gvk, ResId, ResMap};

/// Field read when a var gives no `fieldref.fieldPath`.
const DEFAULT_FIELD_PATH: &str = "metadata.name";

/// A declared var (kustomize's `types.Var`) after defaulting. The resource it
/// reads from carries its name in `ref_vars`.
#[derive(Clone, Debug, PartialEq)]
pub struct BoundVar {
    pub name: String,
    /// The `objref` kind, with `apiVersion` folded into group and version.
    pub gvk: Gvk,
    pub obj_name: String,
    pub namespace: String,
    pub field_path: String,
}

impl fmt::Display for BoundVar {
    /// kustomize prints a var as `{NAME Kind.version.group {fieldPath}}`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{{{} {} {{{}}}}}", self.name, self.gvk, self.field_path)
    }
}

/// The entry of a JSON mapping whose key equals `key`, exactly or else
/// ignoring ASCII case (Go's JSON decoding, which kustomize uses for
/// kustomization files, matches field names that way).
fn get_ci<'a>(m: &'a Map<String, Value>, key: &str) -> Option<&'a Value> {
    m.get(key).or_else(|| m.iter().find(|(k, _)| k.eq_ignore_ascii_case(key)).map(|(_, v)| v))
}

/// A string field of a var's mapping; missing or null is empty.
fn str_field(m: &Map<String, Value>, key: &str, what: &str) -> Result<String> {
    match get_ci(m, key) {
        None | Some(Value::Null) => Ok(String::new()),
        Some(Value::String(s)) => Ok(s.clone()),
        Some(other) => bail!("{what}: field '{key}' must be a string, got {other}"),
    }
}

fn map_field<'a>(m: &'a Map<String, Value>, key: &str, what: &str) -> Result<Option<&'a Map<String, Value>>> {
    match get_ci(m, key) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::Object(o)) => Ok(Some(o)),
        Some(other) => bail!("{what}: field '{key}' must be a mapping, got {other}"),
    }
}

/// Read one `vars:` entry. Returns the var and the field path as written
/// (kustomize reports ambiguity before defaulting it).
fn parse_var(v: &Value, index: usize) -> Result<(BoundVar, String)> {
    let what = format!("vars[{index}]");
    let m = v.as_object().ok_or_else(|| err!("{what}: expected a mapping, got {v}"))?;
    let name = str_field(m, "name", &what)?;
    let empty = Map::new();
    let objref = map_field(m, "objref", &what)?.unwrap_or(&empty);
    let what_ref = format!("{what}.objref");
    let mut group = str_field(objref, "group", &what_ref)?;
    let mut version = str_field(objref, "version", &what_ref)?;
    let kind = str_field(objref, "kind", &what_ref)?;
    let api_version = str_field(objref, "apiVersion", &what_ref)?;
    // kustomize's Target.GVK(): apiVersion, when given, overrides the
    // group/version fields (a one-part apiVersion sets only the version).
    if !api_version.is_empty() {
        let parts: Vec<&str> = api_version.split('/').collect();
        match parts.as_slice() {
            [v] => version = (*v).to_string(),
            [g, v] => {
                group = (*g).to_string();
                version = (*v).to_string();
            }
            _ => {}
        }
    }
    let fieldref = map_field(m, "fieldref", &what)?;
    let raw_path = match fieldref {
        Some(f) => str_field(f, "fieldPath", &format!("{what}.fieldref"))?,
        None => String::new(),
    };
    let field_path = if raw_path.is_empty() { DEFAULT_FIELD_PATH.to_string() } else { raw_path.clone() };
    let var = BoundVar {
        name,
        gvk: Gvk::new(&group, &version, &kind),
        obj_name: str_field(objref, "name", &what_ref)?,
        namespace: str_field(objref, "namespace", &what_ref)?,
        field_path,
    };
    Ok((var, raw_path))
}

/// Add `incoming` to the declared vars; a name already declared is an error.
fn merge_set(acc_vars: &mut Vec<BoundVar>, incoming: impl IntoIterator<Item = BoundVar>) -> Result<()> {
    for v in incoming {
        if acc_vars.iter().any(|x| x.name == v.name) {
            bail!("var '{}' already encountered", v.name);
        }
        acc_vars.push(v);
    }
    Ok(())
}

/// Bind a kustomization's `vars:` to resources of `m` and add them to `acc_vars`
/// (kustomize's `MergeVars`): a var whose `objref` matches (by any current or
/// previous id) more than one resource is an error, one that matches none is
/// left unbound (an error only when vars are resolved), and a name declared
/// twice is an error.
/// What kustomize says about a kustomization with `vars:` (the pipeline
/// sends it to the build's warnings).
pub const DEPRECATION_WARNING: &str = "# Warning: 'vars' is deprecated. Please use 'replacements' instead. [EXPERIMENTAL] Run 'kustomize edit fix' to update your Kustomization automatically.";

pub fn merge_vars(acc_vars: &mut Vec<BoundVar>, vars: &[Value], m: &mut ResMap) -> Result<()> {
    if vars.is_empty() {
        return Ok(());
    }
    let mut parsed = Vec::with_capacity(vars.len());
    for (i, raw) in vars.iter().enumerate() {
        let (var, raw_path) = parse_var(raw, i)?;
        let target = ResId::new(var.gvk.clone(), &var.obj_name, &var.namespace);
        // An objref without namespace matches any namespace (kustomize keeps
        // this for compatibility), unless its kind is cluster-scoped.
        let with_ns = !target.namespace.is_empty() || target.gvk.is_cluster_scoped();
        let matches = |id: &ResId| {
            id.gvk == target.gvk
                && id.name == target.name
                && (!with_ns || id.effective_namespace() == target.effective_namespace())
        };
        let matched: Vec<usize> = (0..m.len()).filter(|&i| m.at(i).all_ids().any(|id| matches(&id))).collect();
        match matched.as_slice() {
            [] => {}
            [one] => {
                let r = m.at_mut(*one);
                r.ref_vars.push(var.name.clone());
            }
            many => {
                let shown = BoundVar { field_path: raw_path, ..var.clone() };
                bail!("found {} resId matches for var {shown} (unable to disambiguate)", many.len());
            }
        }
        parsed.push(var);
    }
    merge_set(acc_vars, parsed)
}

/// Add vars from a base's accumulation (kustomize's `MergeAccumulator`).
pub fn absorb(acc_vars: &mut Vec<BoundVar>, sub: Vec<BoundVar>) -> Result<()> {
    merge_set(acc_vars, sub)
}

/// Replace `$(NAME)` in the var-reference fields of every resource (top level, once).
/// Substitute `$(VAR)` references; returns the names of vars that were
/// never used, sorted (kustomize warns about them).
pub fn resolve(m: &mut ResMap, vars: &[BoundVar], cfg: &TransformerConfig) -> Result<Vec<String>> {
    if vars.is_empty() {
        return Ok(Vec::new());
    }
    // The first resource (in build order) bound to each var name.
    let mut bound: HashMap<&str, usize> = HashMap::new();
    for (i, r) in m.iter().enumerate() {
        for name in &r.ref_vars {
            bound.entry(name.as_str()).or_insert(i);
        }
    }
    let mut sorted: Vec<&BoundVar> = vars.iter().collect();
    sorted.sort_by(|a, b| a.name.cmp(&b.name));
    let mut values: HashMap<String, Value> = HashMap::with_capacity(sorted.len());
    for v in sorted {
        let Some(&i) = bound.get(v.name.as_str()) else {
            bail!("var '{v}' cannot be mapped to a field in the set of known resources");
        };
        let r = m.at(i);
        let mut ptr = String::new();
        let found = field_value(&r.obj, &v.field_path, &mut ptr)
            .with_context(|| format!("field specified in var '{v}' not found in corresponding resource"))?;
        // A scalar written as text its value does not print as (`012`,
        // `2024-01-01`): kustomize reads the text, an int with Go's Atoi
        // (`012` is 12; `0x10` fails).
        let found = match found {
            Some(value) => match r.scalar_note(&ptr, &value) {
                Some(note) => noted_value(&note.text, &value),
                None => Some(value),
            },
            None => None,
        };
        let Some(value) = found else {
            bail!("field specified in var '{v}' not found in corresponding resource");
        };
        values.insert(v.name.clone(), value);
    }
    let specs: Vec<(&FieldSpec, Vec<String>)> = cfg.var_reference.iter().map(|fs| (fs, split_path(&fs.path))).collect();
    let mut counts: HashMap<String, usize> = HashMap::new();
    for r in m.iter_mut() {
        let gvk = r.gvk();
        let id = r.cur_id();
        for (fs, segs) in &specs {
            if !fs.selects(&gvk) {
                continue;
            }
            walk(&mut r.obj, segs, fs.create, &mut |node| substitute(node, &values, &mut counts))
                .with_context(|| format!("replacing vars in field '{}' of {id}", fs.path))?;
        }
    }
    let mut unused: Vec<String> =
        values.keys().filter(|k| counts.get(k.as_str()).copied().unwrap_or(0) == 0).cloned().collect();
    unused.sort_unstable();
    Ok(unused)
}

/// Expand the strings of one var-reference field: a string, the string
/// values of a mapping, or the items of a sequence (which must all be strings).
fn substitute(node: &mut Value, values: &HashMap<String, Value>, counts: &mut HashMap<String, usize>) -> Result<()> {
    let mut mapping = |name: &str| -> Value {
        match values.get(name) {
            Some(v @ (Value::String(_) | Value::Number(_) | Value::Bool(_))) => {
                *counts.entry(name.to_string()).or_default() += 1;
                v.clone()
            }
            _ => Value::String(format!("$({name})")),
        }
    };
    match node {
        Value::String(s) => {
            *node = expand(s, &mut mapping);
        }
        Value::Object(map) => {
            for v in map.values_mut() {
                if let Value::String(s) = v {
                    *v = expand(s, &mut mapping);
                }
            }
        }
        Value::Array(items) => {
            for item in items.iter_mut() {
                let Value::String(s) = item else {
                    bail!("invalid value type expect a string, got {item}");
                };
                *item = expand(s, &mut mapping);
            }
        }
        _ => {}
    }
    Ok(())
}

/// kustomize's `expansion.Expand`: `$(NAME)` is replaced by the mapping's
/// value, `$$` is a literal `$`, anything else is kept. When the whole
/// string is one reference the value keeps its type (number, bool).
fn expand(input: &str, mapping: &mut dyn FnMut(&str) -> Value) -> Value {
    let bytes = input.as_bytes();
    let mut buf = String::with_capacity(input.len());
    let mut checkpoint = 0;
    let mut cursor = 0;
    while cursor < bytes.len() {
        if bytes[cursor] == b'$' && cursor + 1 < bytes.len() {
            buf.push_str(&input[checkpoint..cursor]);
            let rest = &input[cursor + 1..];
            let advance = match rest.as_bytes()[0] {
                b'$' => {
                    buf.push('$');
                    1
                }
                b'(' => match rest.find(')') {
                    Some(close) => {
                        let name = &rest[1..close];
                        let mapped = mapping(name);
                        if cursor == 0 && close + 2 == input.len() {
                            return mapped;
                        }
                        buf.push_str(&go_sprint(&mapped));
                        close + 1
                    }
                    None => {
                        buf.push_str("$(");
                        1
                    }
                },
                _ => {
                    // Not a reference: keep `$` and the next character.
                    let len = rest.chars().next().map_or(1, char::len_utf8);
                    buf.push('$');
                    buf.push_str(&rest[..len]);
                    len
                }
            };
            cursor += advance;
            checkpoint = cursor + 1;
        }
        cursor += 1;
    }
    buf.push_str(&input[checkpoint.min(input.len())..]);
    Value::String(buf)
}

/// Go's `fmt.Sprint` of a var value embedded in a longer string.
fn go_sprint(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => match (n.as_i64(), n.as_u64(), n.as_f64()) {
            (Some(i), _, _) => i.to_string(),
            (_, Some(u), _) => u.to_string(),
            (_, _, Some(f)) => go_float(f),
            _ => n.to_string(),
        },
        other => other.to_string(),
    }
}

/// Go's `%v` of a float64 (`%g` with the shortest precision): exponent form
/// (`1e+06`, `1.5e-05`) when the decimal exponent is below -4 or at least 6.
fn go_float(f: f64) -> String {
    if f.is_nan() {
        return "NaN".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "+Inf".into() } else { "-Inf".into() };
    }
    if f == 0.0 {
        return if f.is_sign_negative() { "-0".into() } else { "0".into() };
    }
    // Shortest digits in scientific form, e.g. "1.5e6" or "2.5e-1".
    let sci = format!("{f:e}");
    let (mantissa, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    if !(-4..6).contains(&exp) {
        let sign = if exp < 0 { '-' } else { '+' };
        format!("{mantissa}e{sign}{:02}", exp.abs())
    } else {
        format!("{f}")
    }
}

/// The value kustomize reads from a scalar noted with its source text
/// (see `Resource::scalar_notes`); `None` when Go cannot parse the text
/// as the node's type.
fn noted_value(text: &str, value: &Value) -> Option<Value> {
    match value {
        Value::Number(n) if n.is_f64() => {
            text.parse::<f64>().ok().and_then(crate::yaml::Number::from_f64).map(Value::Number)
        }
        Value::Number(_) => text.parse::<i64>().ok().map(|i| Value::Number(i.into())),
        Value::String(_) => Some(Value::String(text.to_string())),
        other => Some(other.clone()),
    }
}

/// kustomize's `GetFieldValue`: follow a dotted path (`spec.ports[0].port`,
/// `spec.containers.[name=app].image`, `items.-` for the last element).
/// `Ok(None)` when nothing is there. `ptr` gets the JSON pointer of the node.
fn field_value(obj: &Value, path: &str, ptr: &mut String) -> Result<Option<Value>> {
    let mut cur = obj;
    for part in dotted_parts(path) {
        let next = if let Ok(idx) = part.parse::<i64>() {
            if idx < 0 {
                bail!("array index {idx} cannot be negative");
            }
            cur.as_array().and_then(|a| usize::try_from(idx).ok().and_then(|i| a.get(i).map(|v| (Some(i), v))))
        } else if part == "-" {
            cur.as_array().and_then(|a| a.last().map(|v| (Some(a.len() - 1), v)))
        } else if part == "*" {
            bail!("wildcard is not supported in a var field path");
        } else if part.starts_with('[') && part.ends_with(']') && part.len() >= 2 {
            let inner = &part[1..part.len() - 1];
            let (key, want) = inner
                .split_once('=')
                .ok_or_else(|| err!("list path element must contain fieldName=fieldValue for element to match"))?;
            cur.as_array().and_then(|a| {
                a.iter()
                    .enumerate()
                    .find(|(_, item)| {
                        let v = if key.is_empty() { Some(*item) } else { item.as_object().and_then(|m| m.get(key)) };
                        v.and_then(scalar_text).is_some_and(|t| t == want)
                    })
                    .map(|(i, v)| (Some(i), v))
            })
        } else {
            cur.as_object().and_then(|m| {
                let v = m.get(&part)?;
                crate::yaml::push_pointer_key(ptr, &part);
                Some((None, v))
            })
        };
        match next {
            Some((i, n)) => {
                if let Some(i) = i {
                    ptr.push('/');
                    ptr.push_str(&i.to_string());
                }
                cur = n;
            }
            None => return Ok(None),
        }
    }
    Ok(Some(match cur {
        // A null scalar is read as its text.
        Value::Null => Value::String("null".into()),
        other => other.clone(),
    }))
}

/// The text of a scalar node, as YAML shows it.
fn scalar_text(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        Value::Null => Some("null".into()),
        _ => None,
    }
}

/// Split a var field path on dots, turning `name[3]` into `name`, `3`.
fn dotted_parts(path: &str) -> Vec<String> {
    let mut out = Vec::new();
    for s in path.split('.') {
        if let Some(body) = s.strip_suffix(']') {
            if let Some(open) = body.rfind('[') {
                let digits = &body[open + 1..];
                if !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) {
                    if open > 0 {
                        out.push(body[..open].to_string());
                    }
                    out.push(digits.to_string());
                    continue;
                }
            }
        }
        out.push(s.to_string());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Resource;
    use crate::yaml::json;

    fn res(v: Value) -> Resource {
        Resource::new(v)
    }

    fn map_of(items: Vec<Value>) -> ResMap {
        items.into_iter().map(res).collect()
    }

    fn var(name: &str, kind: &str, obj: &str, path: Option<&str>) -> Value {
        let mut v = json!({"name": name, "objref": {"apiVersion": "v1", "kind": kind, "name": obj}});
        if let Some(p) = path {
            v["fieldref"] = json!({"fieldPath": p});
        }
        v
    }

    fn expand_with(input: &str, vars: &[(&str, Value)]) -> Value {
        let mut f = |name: &str| {
            vars.iter()
                .find(|(n, _)| *n == name)
                .map(|(_, v)| v.clone())
                .unwrap_or_else(|| Value::String(format!("$({name})")))
        };
        expand(input, &mut f)
    }

    #[test]
    fn expand_forms() {
        let vars = [("A", json!("x")), ("N", json!(8080)), ("B", json!(true)), ("F", json!(1000000.0))];
        assert_eq!(expand_with("$(A)", &vars), json!("x"));
        assert_eq!(expand_with("$(N)", &vars), json!(8080));
        assert_eq!(expand_with("$(B)", &vars), json!(true));
        assert_eq!(expand_with("p-$(A)-$(N)-$(B)", &vars), json!("p-x-8080-true"));
        assert_eq!(expand_with("f=$(F)", &vars), json!("f=1e+06"));
        assert_eq!(expand_with("$$(A)", &vars), json!("$(A)"));
        assert_eq!(expand_with("$(NOPE)", &vars), json!("$(NOPE)"));
        assert_eq!(expand_with("a$(A", &vars), json!("a$(A"));
        assert_eq!(expand_with("cost$5 and $", &vars), json!("cost$5 and $"));
        assert_eq!(expand_with("é$é$(A)", &vars), json!("é$éx"));
    }

    #[test]
    fn go_float_format() {
        assert_eq!(go_float(2.5), "2.5");
        assert_eq!(go_float(123456.0), "123456");
        assert_eq!(go_float(1234567.0), "1.234567e+06");
        assert_eq!(go_float(0.0001), "0.0001");
        assert_eq!(go_float(0.00001), "1e-05");
    }

    #[test]
    fn field_paths() {
        let obj = json!({"spec": {"ports": [{"port": 80}, {"port": 81}],
            "containers": [{"name": "a", "image": "i1"}, {"name": "b", "image": "i2"}],
            "n": null, "tags": ["x", "y"]}});
        assert_eq!(field_value(&obj, "spec.ports[1].port", &mut String::new()).unwrap(), Some(json!(81)));
        assert_eq!(field_value(&obj, "spec.ports.0.port", &mut String::new()).unwrap(), Some(json!(80)));
        assert_eq!(field_value(&obj, "spec.containers.[name=b].image", &mut String::new()).unwrap(), Some(json!("i2")));
        assert_eq!(field_value(&obj, "spec.containers.-.name", &mut String::new()).unwrap(), Some(json!("b")));
        assert_eq!(field_value(&obj, "spec.tags.[=y]", &mut String::new()).unwrap(), Some(json!("y")));
        // kustomize does not read `name[key=value]` in one part.
        assert_eq!(field_value(&obj, "spec.containers[name=b].image", &mut String::new()).unwrap(), None);
        assert_eq!(field_value(&obj, "spec.ports[5].port", &mut String::new()).unwrap(), None);
        assert_eq!(field_value(&obj, "spec.n", &mut String::new()).unwrap(), Some(json!("null")));
        assert!(field_value(&obj, "spec.ports.[port]", &mut String::new()).is_err());
    }

    #[test]
    fn binds_records_name_and_resolves_current_state() {
        let mut m = map_of(vec![
            json!({"apiVersion": "v1", "kind": "Service", "metadata": {"name": "svc"},
                   "spec": {"ports": [{"port": 80, "targetPort": "$(PORT)"}]}}),
            json!({"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "p", "labels": {"svc": "$(SVC)", "n": 1}},
                   "spec": {"containers": [{"name": "c", "args": ["--to=$(SVC)", "$(PORT)"],
                                            "env": [{"name": "E", "value": "$(SVC)"}]}]}}),
        ]);
        let mut acc = Vec::new();
        let vars = [var("SVC", "Service", "svc", None), var("PORT", "Service", "svc", Some("spec.ports[0].port"))];
        merge_vars(&mut acc, &vars, &mut m).unwrap();
        assert_eq!(m.at(0).ref_vars, ["SVC", "PORT"]);
        // A rename after binding is seen at resolve time.
        m.at_mut(0).set_name("x-svc");
        resolve(&mut m, &acc, &TransformerConfig::builtin()).unwrap();
        assert_eq!(m.at(0).obj["spec"]["ports"][0]["targetPort"], json!(80));
        let pod = &m.at(1).obj;
        assert_eq!(pod["metadata"]["labels"], json!({"svc": "x-svc", "n": 1}));
        assert_eq!(pod["spec"]["containers"][0]["args"], json!(["--to=x-svc", 80]));
        assert_eq!(pod["spec"]["containers"][0]["env"][0]["value"], json!("x-svc"));
    }

    #[test]
    fn binding_uses_previous_ids() {
        let mut m = map_of(vec![json!({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "cm"}})]);
        m.at_mut(0).set_name("p-cm");
        let mut acc = Vec::new();
        merge_vars(&mut acc, &[var("CM", "ConfigMap", "cm", None)], &mut m).unwrap();
        assert_eq!(m.at(0).ref_vars, ["CM"]);
    }

    #[test]
    fn ambiguity_and_namespace() {
        let two = || {
            map_of(vec![
                json!({"apiVersion": "v1", "kind": "Service", "metadata": {"name": "s", "namespace": "a"}}),
                json!({"apiVersion": "v1", "kind": "Service", "metadata": {"name": "s", "namespace": "b"}}),
            ])
        };
        let mut m = two();
        let err = merge_vars(&mut Vec::new(), &[var("S", "Service", "s", None)], &mut m).unwrap_err();
        assert_eq!(err.to_string(), "found 2 resId matches for var {S Service.v1.[noGrp] {}} (unable to disambiguate)");
        let mut m = two();
        let mut v = var("S", "Service", "s", None);
        v["objref"]["namespace"] = json!("b");
        merge_vars(&mut Vec::new(), &[v], &mut m).unwrap();
        assert!(m.at(0).ref_vars.is_empty());
        assert_eq!(m.at(1).ref_vars, ["S"]);
    }

    #[test]
    fn kind_and_version_must_match_exactly() {
        let mut m = map_of(vec![json!({"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "p"}})]);
        let mut acc = Vec::new();
        let v = json!({"name": "P", "objref": {"kind": "Pod", "name": "p"}});
        merge_vars(&mut acc, &[v], &mut m).unwrap();
        assert!(m.at(0).ref_vars.is_empty());
        let err = resolve(&mut m, &acc, &TransformerConfig::builtin()).unwrap_err();
        assert_eq!(
            err.to_string(),
            "var '{P Pod.[noVer].[noGrp] {metadata.name}}' cannot be mapped to a field in the set of known resources"
        );
    }

    #[test]
    fn collisions() {
        let mut m = map_of(vec![json!({"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "p"}})]);
        let mut acc = Vec::new();
        merge_vars(&mut acc, &[var("P", "Pod", "p", None)], &mut m).unwrap();
        let mut sub = Vec::new();
        merge_vars(&mut sub, &[var("P", "Pod", "p", None)], &mut m).unwrap();
        let err = absorb(&mut acc, sub).unwrap_err();
        assert_eq!(err.to_string(), "var 'P' already encountered");
    }

    #[test]
    fn lowercase_keys_and_missing_field() {
        let mut m = map_of(vec![json!({"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "p"}})]);
        let mut acc = Vec::new();
        let v = json!({"name": "P", "objref": {"apiversion": "v1", "kind": "Pod", "name": "p"},
                       "fieldref": {"fieldpath": "spec.nodeName"}});
        merge_vars(&mut acc, &[v], &mut m).unwrap();
        assert_eq!(acc[0].field_path, "spec.nodeName");
        let err = resolve(&mut m, &acc, &TransformerConfig::builtin()).unwrap_err();
        assert!(err.to_string().contains("not found in corresponding resource"), "{err}");
    }

    #[test]
    fn non_string_list_item_is_an_error() {
        let mut m = map_of(vec![json!({"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "p"},
                   "spec": {"containers": [{"name": "c", "args": [1, "$(P)"]}]}})]);
        let mut acc = Vec::new();
        merge_vars(&mut acc, &[var("P", "Pod", "p", None)], &mut m).unwrap();
        let err = resolve(&mut m, &acc, &TransformerConfig::builtin()).unwrap_err();
        assert!(crate::error::chain_text(&err).contains("invalid value type expect a string"), "{err:#}");
    }

    #[test]
    fn bad_entries_are_reported() {
        let mut m = ResMap::new();
        let err = merge_vars(&mut Vec::new(), &[json!({"name": ["x"]})], &mut m).unwrap_err();
        assert!(err.to_string().contains("vars[0]: field 'name' must be a string"), "{err}");
        let err = merge_vars(&mut Vec::new(), &[json!("x")], &mut m).unwrap_err();
        assert!(err.to_string().contains("vars[0]: expected a mapping"), "{err}");
    }
}
