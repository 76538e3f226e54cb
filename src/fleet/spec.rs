//! The targets file: its schema, read into [`TargetsFile`] with every error
//! naming the file and the field.
use std::collections::BTreeMap;
use std::path::{Component, Path, PathBuf};
use std::sync::Arc;

use serde_json::{Map, Value};

use super::FleetError;
use crate::images::MirrorMap;

/// `apiVersion` of a targets file.
pub const API_VERSION: &str = "kforge.dev/v1alpha1";
/// `kind` of a targets file.
pub const KIND: &str = "Targets";

/// What every target renders before its overrides.
#[derive(Clone, Debug, PartialEq)]
pub enum TemplateSource {
    /// A kustomization directory, built as `kforge build` builds it.
    Kustomization(PathBuf),
    /// A chart (directory or `.tgz`; kforge or Helm chart), rendered as
    /// `kforge template` renders it.
    Chart(PathBuf),
}

/// The `template:` section.
#[derive(Clone, Debug)]
pub struct Template {
    pub source: TemplateSource,
    /// Chart release name (default: `metadata.name`, else `release-name`).
    pub release: String,
    /// Chart release namespace (default `default`); overrides may set another.
    pub namespace: Option<String>,
    /// Chart values: `valueFiles` merged in order, then `values`.
    pub values: Value,
    /// Chart `Capabilities.KubeVersion` (default Helm's).
    pub kube_version: Option<String>,
}

/// One target (a cluster, a region ...).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Target {
    pub name: String,
    pub labels: BTreeMap<String, String>,
}

/// A label-selector requirement (Kubernetes' `matchExpressions`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Requirement {
    In(String, Vec<String>),
    NotIn(String, Vec<String>),
    Exists(String),
    DoesNotExist(String),
}

/// Which targets something applies to: listed by name, or matched by a
/// label selector (either one selects; neither selects every target).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Selection {
    pub names: Vec<String>,
    pub match_labels: BTreeMap<String, String>,
    pub match_expressions: Vec<Requirement>,
    /// A `selector:` was given (an empty one matches every target).
    pub has_selector: bool,
}

impl Selection {
    /// Does this selection pick `t`?
    pub fn selects(&self, t: &Target) -> bool {
        if self.names.is_empty() && !self.has_selector {
            return true;
        }
        if self.names.contains(&t.name) {
            return true;
        }
        self.has_selector && self.labels_match(&t.labels)
    }

    fn labels_match(&self, labels: &BTreeMap<String, String>) -> bool {
        self.match_labels.iter().all(|(k, v)| labels.get(k) == Some(v))
            && self.match_expressions.iter().all(|r| match r {
                Requirement::In(k, vs) => labels.get(k).is_some_and(|v| vs.contains(v)),
                Requirement::NotIn(k, vs) => labels.get(k).is_none_or(|v| !vs.contains(v)),
                Requirement::Exists(k) => labels.contains_key(k),
                Requirement::DoesNotExist(k) => !labels.contains_key(k),
            })
    }
}

/// Which resources a patch changes: every non-empty field must match.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ResourceSelector {
    pub group: Option<String>,
    pub version: Option<String>,
    pub kind: Option<String>,
    pub name: Option<String>,
    pub namespace: Option<String>,
}

impl ResourceSelector {
    pub fn matches(&self, r: &crate::model::Resource) -> bool {
        let gvk = r.gvk();
        let eq = |want: &Option<String>, have: &str| want.as_deref().is_none_or(|w| w == have);
        eq(&self.group, &gvk.group)
            && eq(&self.version, &gvk.version)
            && eq(&self.kind, &gvk.kind)
            && eq(&self.name, r.name())
            && eq(&self.namespace, r.namespace())
    }
}

impl std::fmt::Display for ResourceSelector {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut parts = Vec::new();
        for (k, v) in [
            ("group", &self.group),
            ("version", &self.version),
            ("kind", &self.kind),
            ("namespace", &self.namespace),
            ("name", &self.name),
        ] {
            if let Some(v) = v {
                parts.push(format!("{k}={v}"));
            }
        }
        if parts.is_empty() {
            f.write_str("every resource")
        } else {
            f.write_str(&parts.join(","))
        }
    }
}

/// JSON-pointer operations on the resources a selector picks.
#[derive(Clone, Debug)]
pub struct ResourcePatch {
    pub target: ResourceSelector,
    pub ops: json_patch::Patch,
    /// `overrides[i].patches[j]`, for messages.
    pub field: String,
}

/// A mirror map, read once; a target using a map that failed to load fails
/// with the map's error.
pub type MirrorRef = Arc<Result<MirrorMap, String>>;

/// One entry of `overrides:`.
#[derive(Clone, Debug)]
pub struct Override {
    /// The override's `name`, else `overrides[i]`.
    pub name: String,
    pub selection: Selection,
    pub namespace: Option<String>,
    /// Chart values merged over the template's.
    pub values: Option<Value>,
    pub mirror: Option<MirrorRef>,
    /// Another kustomization directory for the selected targets.
    pub kustomization: Option<PathBuf>,
    pub patches: Vec<ResourcePatch>,
}

/// A targets file, read and checked.
#[derive(Clone, Debug)]
pub struct TargetsFile {
    /// The file, as given (for messages).
    pub origin: String,
    /// Its directory: relative paths are resolved against it.
    pub base: PathBuf,
    pub name: Option<String>,
    pub template: Template,
    pub targets: Vec<Target>,
    pub placement: Selection,
    pub overrides: Vec<Override>,
}

impl TargetsFile {
    /// The targets the placement selects, in file order.
    pub fn placed(&self) -> impl Iterator<Item = &Target> {
        self.targets.iter().filter(|t| self.placement.selects(t))
    }

    /// The overrides that apply to `t`, in file order.
    pub fn overrides_for<'a>(&'a self, t: &'a Target) -> impl Iterator<Item = &'a Override> {
        self.overrides.iter().filter(move |o| o.selection.selects(t))
    }
}

/// Options for reading a targets file.
#[derive(Clone, Copy, Debug, Default)]
pub struct ReadOptions {
    /// Paths may leave the targets file's directory (`--load-restrictor LoadRestrictionsNone`).
    pub allow_outside: bool,
}

struct Ctx<'a> {
    origin: &'a str,
    base: &'a Path,
    opts: ReadOptions,
}

impl Ctx<'_> {
    fn err(&self, field: impl Into<String>, message: impl Into<String>) -> FleetError {
        FleetError::File { file: self.origin.to_string(), field: field.into(), message: message.into() }
    }

    fn map<'v>(&self, v: &'v Value, field: &str) -> Result<&'v Map<String, Value>, FleetError> {
        v.as_object().ok_or_else(|| self.err(field, format!("expected a mapping, found {}", kind_of(v))))
    }

    fn known(&self, m: &Map<String, Value>, field: &str, keys: &[&str]) -> Result<(), FleetError> {
        for k in m.keys() {
            if !keys.contains(&k.as_str()) {
                let at = if field.is_empty() { k.clone() } else { format!("{field}.{k}") };
                return Err(self.err(at, format!("unknown field (expected one of: {})", keys.join(", "))));
            }
        }
        Ok(())
    }

    fn string(&self, m: &Map<String, Value>, key: &str, field: &str) -> Result<Option<String>, FleetError> {
        match m.get(key) {
            None | Some(Value::Null) => Ok(None),
            Some(Value::String(s)) => Ok(Some(s.clone())),
            Some(v) => Err(self.err(join(field, key), format!("expected a string, found {}", kind_of(v)))),
        }
    }

    fn list<'v>(&self, m: &'v Map<String, Value>, key: &str, field: &str) -> Result<&'v [Value], FleetError> {
        match m.get(key) {
            None | Some(Value::Null) => Ok(&[]),
            Some(Value::Array(a)) => Ok(a),
            Some(v) => Err(self.err(join(field, key), format!("expected a list, found {}", kind_of(v)))),
        }
    }

    fn strings(&self, m: &Map<String, Value>, key: &str, field: &str) -> Result<Vec<String>, FleetError> {
        self.list(m, key, field)?
            .iter()
            .enumerate()
            .map(|(i, v)| match v {
                Value::String(s) => Ok(s.clone()),
                other => Err(self
                    .err(format!("{}[{i}]", join(field, key)), format!("expected a string, found {}", kind_of(other)))),
            })
            .collect()
    }

    fn string_map(
        &self,
        m: &Map<String, Value>,
        key: &str,
        field: &str,
    ) -> Result<BTreeMap<String, String>, FleetError> {
        let at = join(field, key);
        match m.get(key) {
            None | Some(Value::Null) => Ok(BTreeMap::new()),
            Some(Value::Object(o)) => o
                .iter()
                .map(|(k, v)| match v {
                    Value::String(s) => Ok((k.clone(), s.clone())),
                    other => Err(self.err(format!("{at}.{k}"), format!("expected a string, found {}", kind_of(other)))),
                })
                .collect(),
            Some(v) => Err(self.err(at, format!("expected a mapping, found {}", kind_of(v)))),
        }
    }

    /// A path relative to the targets file, confined to its directory
    /// unless allowed.
    fn path(&self, s: &str, field: &str) -> Result<PathBuf, FleetError> {
        if s.is_empty() {
            return Err(self.err(field, "empty path"));
        }
        let p = Path::new(s);
        let full = self.base.join(p);
        if !self.opts.allow_outside {
            let escapes = p.is_absolute() || {
                let mut depth = 0i32;
                p.components().any(|c| {
                    match c {
                        Component::ParentDir => depth -= 1,
                        Component::Normal(_) => depth += 1,
                        _ => {}
                    }
                    depth < 0
                })
            };
            let resolved_outside = match (full.canonicalize(), self.base.canonicalize()) {
                (Ok(f), Ok(b)) => !f.starts_with(&b),
                _ => false,
            };
            if escapes || resolved_outside {
                return Err(self.err(
                    field,
                    format!(
                        "'{s}' is outside the targets file's directory (use --load-restrictor LoadRestrictionsNone to allow it)"
                    ),
                ));
            }
        }
        Ok(full)
    }

    /// `valueFiles` then `values`, merged.
    fn values(&self, m: &Map<String, Value>, field: &str) -> Result<Option<Value>, FleetError> {
        let files = self.strings(m, "valueFiles", field)?;
        let inline = m.get("values").filter(|v| !v.is_null());
        if files.is_empty() && inline.is_none() {
            return Ok(None);
        }
        let mut out = Value::Object(Map::new());
        for (i, f) in files.iter().enumerate() {
            let at = format!("{}[{i}]", join(field, "valueFiles"));
            let path = self.path(f, &at)?;
            let text = std::fs::read_to_string(&path).map_err(|e| self.err(&at, format!("{}: {e}", path.display())))?;
            let v = crate::chart::load::parse_values(&text, &path.display().to_string())
                .map_err(|e| self.err(&at, e.to_string()))?;
            crate::chart::values::merge_maps(&mut out, v);
        }
        if let Some(v) = inline {
            self.map(v, &join(field, "values"))?;
            crate::chart::values::merge_maps(&mut out, v.clone());
        }
        Ok(Some(out))
    }

    fn selection(&self, m: &Map<String, Value>, field: &str, names_key: &str) -> Result<Selection, FleetError> {
        let mut s = Selection { names: self.strings(m, names_key, field)?, ..Default::default() };
        if let Some(sel) = m.get("selector").filter(|v| !v.is_null()) {
            let at = join(field, "selector");
            let sm = self.map(sel, &at)?;
            self.known(sm, &at, &["matchLabels", "matchExpressions"])?;
            s.has_selector = true;
            s.match_labels = self.string_map(sm, "matchLabels", &at)?;
            for (i, e) in self.list(sm, "matchExpressions", &at)?.iter().enumerate() {
                let ef = format!("{at}.matchExpressions[{i}]");
                let em = self.map(e, &ef)?;
                self.known(em, &ef, &["key", "operator", "values"])?;
                let key = self.string(em, "key", &ef)?.ok_or_else(|| self.err(format!("{ef}.key"), "missing"))?;
                let values = self.strings(em, "values", &ef)?;
                let op = self.string(em, "operator", &ef)?.unwrap_or_default();
                let r = match op.as_str() {
                    "In" | "NotIn" if values.is_empty() => {
                        return Err(self.err(format!("{ef}.values"), format!("operator {op} needs values")))
                    }
                    "In" => Requirement::In(key, values),
                    "NotIn" => Requirement::NotIn(key, values),
                    "Exists" | "DoesNotExist" if !values.is_empty() => {
                        return Err(self.err(format!("{ef}.values"), format!("operator {op} takes no values")))
                    }
                    "Exists" => Requirement::Exists(key),
                    "DoesNotExist" => Requirement::DoesNotExist(key),
                    other => {
                        return Err(self.err(
                            format!("{ef}.operator"),
                            format!("'{other}' is not one of In, NotIn, Exists, DoesNotExist"),
                        ))
                    }
                };
                s.match_expressions.push(r);
            }
        }
        Ok(s)
    }
}

fn join(field: &str, key: &str) -> String {
    if field.is_empty() {
        key.to_string()
    } else {
        format!("{field}.{key}")
    }
}

fn kind_of(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "a list",
        Value::Object(_) => "a mapping",
    }
}

/// A target name is a directory name of `--output-dir`: letters, digits,
/// `-`, `_`, `.`, starting with a letter or digit.
pub fn valid_target_name(s: &str) -> bool {
    s.len() <= 253
        && s.chars().next().is_some_and(|c| c.is_ascii_alphanumeric())
        && s.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
}

/// Read and check a targets file.
pub fn read(path: &Path, opts: ReadOptions) -> Result<TargetsFile, FleetError> {
    let origin = path.display().to_string();
    let text = std::fs::read_to_string(path).map_err(|e| FleetError::Io { path: origin.clone(), source: e })?;
    let base = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    parse(&text, &origin, &base, opts)
}

/// Parse a targets file's text; `origin` names it in errors and relative
/// paths are resolved against `base`.
pub fn parse(text: &str, origin: &str, base: &Path, opts: ReadOptions) -> Result<TargetsFile, FleetError> {
    let cx = Ctx { origin, base, opts };
    let docs = crate::yaml::parse_documents_as::<Value>(text, origin)?;
    let doc = match docs.as_slice() {
        [d] => d,
        [] => return Err(cx.err("(document)", "the file is empty")),
        _ => return Err(cx.err("(document)", "expected one YAML document")),
    };
    let top = cx.map(doc, "(document)")?;
    cx.known(top, "", &["apiVersion", "kind", "metadata", "template", "targets", "placement", "overrides"])?;
    match cx.string(top, "apiVersion", "")?.as_deref() {
        Some(API_VERSION) => {}
        Some(other) => return Err(cx.err("apiVersion", format!("expected {API_VERSION}, got {other}"))),
        None => return Err(cx.err("apiVersion", format!("missing (expected {API_VERSION})"))),
    }
    match cx.string(top, "kind", "")?.as_deref() {
        Some(KIND) => {}
        Some(other) => return Err(cx.err("kind", format!("expected {KIND}, got {other}"))),
        None => return Err(cx.err("kind", format!("missing (expected {KIND})"))),
    }
    let name = match top.get("metadata") {
        None | Some(Value::Null) => None,
        Some(m) => cx.string(cx.map(m, "metadata")?, "name", "metadata")?,
    };

    // template
    let tv = top.get("template").ok_or_else(|| cx.err("template", "missing"))?;
    let tm = cx.map(tv, "template")?;
    cx.known(
        tm,
        "template",
        &["kustomization", "chart", "release", "namespace", "values", "valueFiles", "kubeVersion"],
    )?;
    let source = match (cx.string(tm, "kustomization", "template")?, cx.string(tm, "chart", "template")?) {
        (Some(k), None) => TemplateSource::Kustomization(cx.path(&k, "template.kustomization")?),
        (None, Some(c)) => TemplateSource::Chart(cx.path(&c, "template.chart")?),
        (Some(_), Some(_)) => return Err(cx.err("template", "give either kustomization or chart, not both")),
        (None, None) => return Err(cx.err("template", "missing kustomization or chart")),
    };
    let is_chart = matches!(source, TemplateSource::Chart(_));
    let values = cx.values(tm, "template")?;
    if !is_chart {
        for k in ["release", "namespace", "values", "valueFiles", "kubeVersion"] {
            if tm.contains_key(k) {
                return Err(cx.err(format!("template.{k}"), "only for a chart template"));
            }
        }
    }
    let template = Template {
        source,
        release: cx
            .string(tm, "release", "template")?
            .or_else(|| name.clone())
            .unwrap_or_else(|| "release-name".into()),
        namespace: cx.string(tm, "namespace", "template")?,
        values: values.unwrap_or_else(|| Value::Object(Map::new())),
        kube_version: cx.string(tm, "kubeVersion", "template")?,
    };

    // targets
    let mut targets: Vec<Target> = Vec::new();
    let tl = cx.list(top, "targets", "")?;
    if tl.is_empty() {
        return Err(cx.err("targets", "missing (list at least one target)"));
    }
    for (i, t) in tl.iter().enumerate() {
        let f = format!("targets[{i}]");
        let m = cx.map(t, &f)?;
        cx.known(m, &f, &["name", "labels"])?;
        let n = cx.string(m, "name", &f)?.ok_or_else(|| cx.err(format!("{f}.name"), "missing"))?;
        if !valid_target_name(&n) {
            return Err(cx.err(
                format!("{f}.name"),
                format!("'{n}' is not a valid target name (letters, digits, '-', '_', '.'; starting with a letter or digit)"),
            ));
        }
        if targets.iter().any(|x| x.name == n) {
            return Err(cx.err(format!("{f}.name"), format!("target '{n}' is listed twice")));
        }
        targets.push(Target { name: n, labels: cx.string_map(m, "labels", &f)? });
    }
    let check_names = |s: &Selection, field: &str, key: &str| -> Result<(), FleetError> {
        for (i, n) in s.names.iter().enumerate() {
            if !targets.iter().any(|t| t.name == *n) {
                return Err(cx.err(format!("{field}.{key}[{i}]"), format!("no target named '{n}'")));
            }
        }
        Ok(())
    };

    // placement
    let placement = match top.get("placement") {
        None | Some(Value::Null) => Selection::default(),
        Some(p) => {
            let pm = cx.map(p, "placement")?;
            cx.known(pm, "placement", &["names", "selector"])?;
            let s = cx.selection(pm, "placement", "names")?;
            check_names(&s, "placement", "names")?;
            s
        }
    };

    // overrides
    let mut overrides = Vec::new();
    let mut maps: BTreeMap<PathBuf, MirrorRef> = BTreeMap::new();
    for (i, o) in cx.list(top, "overrides", "")?.iter().enumerate() {
        let f = format!("overrides[{i}]");
        let m = cx.map(o, &f)?;
        cx.known(
            m,
            &f,
            &["name", "targets", "selector", "namespace", "values", "valueFiles", "mirror", "kustomization", "patches"],
        )?;
        let name = cx.string(m, "name", &f)?.unwrap_or_else(|| f.clone());
        let selection = cx.selection(m, &f, "targets")?;
        check_names(&selection, &f, "targets")?;
        let values = cx.values(m, &f)?;
        if values.is_some() && !is_chart {
            return Err(cx.err(format!("{f}.values"), "values are for a chart template"));
        }
        let kustomization = match cx.string(m, "kustomization", &f)? {
            Some(_) if is_chart => {
                return Err(cx.err(format!("{f}.kustomization"), "only for a kustomization template"));
            }
            Some(k) => Some(cx.path(&k, &format!("{f}.kustomization"))?),
            None => None,
        };
        let mirror = match m.get("mirror") {
            None | Some(Value::Null) => None,
            Some(Value::String(p)) => {
                let path = cx.path(p, &format!("{f}.mirror"))?;
                let entry = maps
                    .entry(path.clone())
                    .or_insert_with(|| Arc::new(MirrorMap::load(&path).map_err(|e| format!("mirror map {}", e))));
                Some(entry.clone())
            }
            Some(v @ Value::Object(_)) => {
                let at = format!("{origin} {f}.mirror");
                Some(Arc::new(
                    MirrorMap::from_value(&crate::yaml::Value::from(v.clone()), &at)
                        .map_err(|e| format!("mirror map {e}")),
                ))
            }
            Some(v) => {
                return Err(cx.err(
                    format!("{f}.mirror"),
                    format!("expected a mirror map file or an inline MirrorMap, found {}", kind_of(v)),
                ))
            }
        };
        let mut patches = Vec::new();
        for (j, p) in cx.list(m, "patches", &f)?.iter().enumerate() {
            let pf = format!("{f}.patches[{j}]");
            let pm = cx.map(p, &pf)?;
            cx.known(pm, &pf, &["target", "ops"])?;
            let target = match pm.get("target") {
                None | Some(Value::Null) => ResourceSelector::default(),
                Some(t) => {
                    let tf = format!("{pf}.target");
                    let tm = cx.map(t, &tf)?;
                    cx.known(tm, &tf, &["group", "version", "kind", "name", "namespace"])?;
                    ResourceSelector {
                        group: cx.string(tm, "group", &tf)?,
                        version: cx.string(tm, "version", &tf)?,
                        kind: cx.string(tm, "kind", &tf)?,
                        name: cx.string(tm, "name", &tf)?,
                        namespace: cx.string(tm, "namespace", &tf)?,
                    }
                }
            };
            let ops_v = cx.list(pm, "ops", &pf)?;
            if ops_v.is_empty() {
                return Err(cx.err(format!("{pf}.ops"), "missing (list at least one operation)"));
            }
            for (k, op) in ops_v.iter().enumerate() {
                let of = format!("{pf}.ops[{k}]");
                let om = cx.map(op, &of)?;
                cx.known(om, &of, &["op", "path", "value"])?;
                match cx.string(om, "op", &of)?.as_deref() {
                    Some("add" | "replace") if !om.contains_key("value") => {
                        return Err(cx.err(format!("{of}.value"), "missing"))
                    }
                    Some("add" | "replace" | "remove") => {}
                    Some(other) => {
                        return Err(cx.err(format!("{of}.op"), format!("'{other}' is not one of add, replace, remove")))
                    }
                    None => return Err(cx.err(format!("{of}.op"), "missing (add, replace or remove)")),
                }
                match cx.string(om, "path", &of)? {
                    Some(p) if p.starts_with('/') => {}
                    Some(p) => {
                        return Err(
                            cx.err(format!("{of}.path"), format!("'{p}' is not a JSON pointer (starts with '/')"))
                        )
                    }
                    None => return Err(cx.err(format!("{of}.path"), "missing")),
                }
            }
            let ops: json_patch::Patch = serde_json::from_value(Value::Array(ops_v.to_vec()))
                .map_err(|e| cx.err(format!("{pf}.ops"), e.to_string()))?;
            patches.push(ResourcePatch { target, ops, field: pf });
        }
        overrides.push(Override {
            name,
            selection,
            namespace: cx.string(m, "namespace", &f)?,
            values,
            mirror,
            kustomization,
            patches,
        });
    }
    Ok(TargetsFile {
        origin: origin.to_string(),
        base: base.to_path_buf(),
        name,
        template,
        targets,
        placement,
        overrides,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_str(text: &str) -> Result<TargetsFile, FleetError> {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("app")).unwrap();
        parse(text, "fleet.yaml", dir.path(), ReadOptions::default())
    }

    const HEAD: &str = "apiVersion: kforge.dev/v1alpha1\nkind: Targets\ntemplate:\n  kustomization: app\n";

    #[test]
    fn selections_by_name_and_labels() {
        let f = parse_str(&format!(
            "{HEAD}targets:\n- name: a\n  labels: {{region: eu, env: prod}}\n- name: b\n  labels: {{region: us}}\n- name: c\n\
             placement:\n  selector:\n    matchExpressions:\n    - {{key: region, operator: Exists}}\n\
             overrides:\n- name: eu\n  selector: {{matchLabels: {{region: eu}}}}\n  namespace: x\n- targets: [b]\n  namespace: y\n"
        ))
        .unwrap();
        assert_eq!(f.placed().map(|t| t.name.as_str()).collect::<Vec<_>>(), ["a", "b"]);
        let a = &f.targets[0];
        assert_eq!(f.overrides_for(a).map(|o| o.name.as_str()).collect::<Vec<_>>(), ["eu"]);
        let b = &f.targets[1];
        assert_eq!(f.overrides_for(b).map(|o| o.name.as_str()).collect::<Vec<_>>(), ["overrides[1]"]);
    }

    #[test]
    fn errors_name_the_file_and_field() {
        let e =
            parse_str(&format!("{HEAD}targets:\n- name: a\noverrides:\n- targets: [zz]\n")).unwrap_err().to_string();
        assert_eq!(e, "fleet.yaml: overrides[0].targets[0]: no target named 'zz'");
        let e = parse_str(&format!(
            "{HEAD}targets:\n- name: a\noverrides:\n- patches:\n  - target: {{kind: X}}\n    ops:\n    - {{op: move, path: /a}}\n"
        ))
        .unwrap_err()
        .to_string();
        assert_eq!(e, "fleet.yaml: overrides[0].patches[0].ops[0].op: 'move' is not one of add, replace, remove");
        let e = parse_str(&format!("{HEAD}targets:\n- name: a\n- name: a\n")).unwrap_err().to_string();
        assert_eq!(e, "fleet.yaml: targets[1].name: target 'a' is listed twice");
        let e = parse_str(&format!("{HEAD}targets:\n- name: ../a\n")).unwrap_err().to_string();
        assert!(e.starts_with("fleet.yaml: targets[0].name: '../a' is not a valid target name"), "{e}");
        let e = parse_str(&format!("{HEAD}targets:\n- name: a\n  lables: {{}}\n")).unwrap_err().to_string();
        assert_eq!(e, "fleet.yaml: targets[0].lables: unknown field (expected one of: name, labels)");
        let e =
            parse_str(&format!("{HEAD}targets:\n- name: a\noverrides:\n- values: {{a: 1}}\n")).unwrap_err().to_string();
        assert_eq!(e, "fleet.yaml: overrides[0].values: values are for a chart template");
    }

    #[test]
    fn paths_stay_in_the_directory() {
        let e = parse_str(
            "apiVersion: kforge.dev/v1alpha1\nkind: Targets\ntemplate:\n  kustomization: ../x\ntargets: [{name: a}]\n",
        )
        .unwrap_err()
        .to_string();
        assert!(e.starts_with("fleet.yaml: template.kustomization: '../x' is outside"), "{e}");
    }

    #[test]
    fn label_expressions() {
        let mut s = Selection { has_selector: true, ..Default::default() };
        s.match_expressions.push(Requirement::NotIn("env".into(), vec!["dev".into()]));
        let t = |l: &[(&str, &str)]| Target {
            name: "t".into(),
            labels: l.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect(),
        };
        assert!(s.selects(&t(&[])));
        assert!(s.selects(&t(&[("env", "prod")])));
        assert!(!s.selects(&t(&[("env", "dev")])));
        assert!(Selection::default().selects(&t(&[])));
    }
}
