//! The minijinja (Jinja2) engine for kforge charts.
//!
//! A chart is a kforge chart when its Chart.yaml has the annotation
//! `kforge.io/template-engine: minijinja`; it stays a valid apiVersion v2
//! chart for Helm's `show`, `pull` and `package` readers.
//!
//! Templates see Helm's objects under Helm's names: `Values`, `Release`
//! (`Name`, `Namespace`, `Service` = "kforge", `IsInstall`, `IsUpgrade`,
//! `Revision`), `Chart` (`Name`, `Version`, `AppVersion`, ...),
//! `Capabilities` (`KubeVersion.Version`/`Major`/`Minor`/`GitVersion`,
//! `APIVersions.has("apps/v1")`), `Files` (`get`, `get_bytes`, `glob`,
//! `lines`, `as_config`, `as_secrets`), `Template` (`Name`, `BasePath`) and
//! `Subcharts`. Methods are snake_case (Helm's CamelCase names work too).
//!
//! Whitespace: `trim_blocks` and `lstrip_blocks` are on, trailing newlines
//! kept. Output is never HTML- or JSON-escaped. `none` prints as nothing
//! (as Helm's `<no value>` is stripped). Undefined values print as nothing
//! unless `--strict`, where they are errors. Helpers are listed in
//! [`helpers`].
//!
//! `ctx` is the whole top-level object (Helm's `.` / `$`), to pass to
//! macros.
//!
//! Named templates are macros. `include("name", ctx)` calls the macro
//! `name` defined in the calling template's chart or, failing that, in one
//! of its library dependencies (the chart's own definition wins), with
//! `ctx` as its argument and as the defining file's context. So subcharts
//! keep their own `fullname` even when the parent defines one.
//! `{% import "_helpers.tpl" as h %}` works too, relative to the importing
//! template's directory.
//!
//! `include` keeps what a macro printed and answers a later call of the
//! same macro with the same arguments from it, in every template of the
//! render (a chart's templates share its context object, all but
//! `Template`). A call that read `Template`, or took an argument a macro
//! can change (a namespace) or one that is not plain data, is not kept:
//! see `helpers::memo_key`. On a 200-template chart this removed a third
//! of the instructions.
pub mod helpers;
mod modules;

use std::collections::{BTreeMap, HashMap, HashSet};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use minijinja::value::{Enumerator, Object, ObjectRepr};
use minijinja::{Environment, Error, ErrorKind, State, UndefinedBehavior, Value};

use super::engine::{EngineError, RenderJob, TemplateEngine};
use super::load::ChartFile;

/// The minijinja engine.
#[derive(Debug, Default, Clone, Copy)]
pub struct JinjaEngine;

/// Where `include` finds macros: per chart (by path), the chart's own
/// macros over those of its library dependencies.
#[derive(Debug, Default)]
pub(crate) struct MacroTable {
    /// chart path → (macro name → template defining it)
    pub charts: HashMap<String, HashMap<String, String>>,
    /// chart paths, longest first (to find a template's chart)
    pub paths: Vec<String>,
}

impl MacroTable {
    /// The template defining macro `name` as seen from template `caller`.
    pub fn resolve(&self, caller: &str, name: &str) -> Option<&String> {
        let caller = caller.strip_suffix(" (tpl)").unwrap_or(caller);
        let path = self
            .paths
            .iter()
            .find(|p| caller.strip_prefix(p.as_str()).is_some_and(|rest| rest.starts_with("/templates/")))?;
        self.charts.get(path)?.get(name)
    }
}

impl TemplateEngine for JinjaEngine {
    fn name(&self) -> &'static str {
        "minijinja"
    }

    /// Helper files (`_*.tpl`, a library's templates) are compiled into the
    /// environment first; each rendered template is compiled by the thread
    /// that renders it, on the rayon pool (`-j`), and dropped once rendered
    /// (so the next one reuses its memory). The result does not depend on
    /// the order: each template's output is its own, and `include`'s
    /// shared memo holds only outputs that are the same in every template.
    /// Errors are chosen as when every template was compiled up front: the
    /// first template (in `job.templates` order) that does not compile,
    /// else the first (in that order) that fails to render.
    fn render(&self, job: &RenderJob<'_>) -> Result<BTreeMap<String, String>, EngineError> {
        let (env, mut errors) = build_env(job)?;
        // Each chart's objects are built once and shared by its templates.
        let bases: Vec<Arc<Base>> = (0..job.charts.len()).map(|i| Arc::new(base_context(job, i))).collect();
        let wanted: Vec<usize> = (0..job.templates.len()).filter(|&i| job.templates[i].render).collect();
        let render_one = |i: usize| -> Outcome {
            let t = &job.templates[i];
            let tmpl = match env.template_from_named_str(&t.name, &t.source) {
                Ok(tmpl) => tmpl,
                Err(e) => return Outcome::Compile(to_engine_error(&e, &t.name)),
            };
            if !errors.is_empty() {
                // a helper file does not compile: that is the error
                return Outcome::Rendered(String::new());
            }
            // Helper modules evaluated by `include` during this render are
            // dropped when it ends (they borrow `env`).
            let _modules = modules::RenderScope::new();
            let ctx =
                RenderCtx::top(t.chart, bases[t.chart].clone(), template_object(&t.name, &job.charts[t.chart].path));
            match tmpl.render(ctx) {
                Ok(out) => Outcome::Rendered(out),
                Err(e) => Outcome::Failed(to_engine_error(&e, &t.name)),
            }
        };
        let threads = crate::process::parallel_threads(wanted.len(), PARALLEL_MIN).map(|t| t.min(wanted.len()));
        let results: Vec<Outcome> = if let Some(threads) = threads {
            // This thread starts at once; helpers from the pool join in as
            // they get a core, each taking the next template.
            let slots: Vec<Mutex<Option<Outcome>>> = wanted.iter().map(|_| Mutex::new(None)).collect();
            let next = AtomicUsize::new(0);
            let work = || loop {
                let k = next.fetch_add(1, Ordering::Relaxed);
                let Some(&i) = wanted.get(k) else {
                    break;
                };
                let r = render_one(i);
                *slots[k].lock().unwrap_or_else(|p| p.into_inner()) = Some(r);
            };
            rayon::in_place_scope(|s| {
                for _ in 1..threads {
                    s.spawn(|_| work());
                }
                work();
            });
            slots
                .into_iter()
                .map(|m| {
                    m.into_inner()
                        .unwrap_or_else(|p| p.into_inner())
                        .unwrap_or_else(|| Outcome::Failed(EngineError::new("", None, "a render worker stopped")))
                })
                .collect()
        } else {
            wanted.iter().map(|&i| render_one(i)).collect()
        };
        for (&i, r) in wanted.iter().zip(&results) {
            if let Outcome::Compile(e) = r {
                errors.push((i, e.clone()));
            }
        }
        if let Some((_, e)) = errors.into_iter().min_by_key(|(i, _)| *i) {
            return Err(e);
        }
        let mut out = BTreeMap::new();
        for (i, r) in wanted.into_iter().zip(results) {
            match r {
                Outcome::Rendered(text) => {
                    out.insert(job.templates[i].name.clone(), text);
                }
                Outcome::Failed(e) | Outcome::Compile(e) => return Err(e),
            }
        }
        Ok(out)
    }
}

/// What became of one rendered template.
enum Outcome {
    Rendered(String),
    Compile(EngineError),
    Failed(EngineError),
}

/// Fewer templates than this render on one thread (the starter chart's
/// nine: handing them out costs more than it saves).
const PARALLEL_MIN: usize = 16;

fn template_object(name: &str, chart_path: &str) -> Value {
    let mut m = BTreeMap::new();
    m.insert("Name".to_string(), Value::from(name));
    m.insert("BasePath".to_string(), Value::from(format!("{chart_path}/templates")));
    Value::from_object(m)
}

/// The context of a chart's templates, without `Template`: its objects
/// under [`BASE_KEYS`], found by a `match` on the name (every name a
/// template reads, its own variables and the helpers too, is looked up
/// here first).
#[derive(Debug)]
struct Base([Value; 6]);

/// The names of [`Base`]'s objects, sorted.
const BASE_KEYS: [&str; 6] = ["Capabilities", "Chart", "Files", "Release", "Subcharts", "Values"];

impl Base {
    fn get(&self, key: &str) -> Option<&Value> {
        let i = match key {
            "Capabilities" => 0,
            "Chart" => 1,
            "Files" => 2,
            "Release" => 3,
            "Subcharts" => 4,
            "Values" => 5,
            _ => return None,
        };
        Some(&self.0[i])
    }
}

fn base_context(job: &RenderJob<'_>, chart: usize) -> Base {
    let scope = &job.charts[chart];
    let mut caps = BTreeMap::new();
    if let serde_json::Value::Object(c) = &job.capabilities {
        for (k, v) in c {
            if k == "APIVersions" {
                let list = v
                    .as_array()
                    .map(|a| a.iter().filter_map(|x| x.as_str().map(String::from)).collect())
                    .unwrap_or_default();
                caps.insert(k.clone(), Value::from_object(ApiVersions(list)));
            } else {
                caps.insert(k.clone(), to_value(v));
            }
        }
    }
    let mut subs = BTreeMap::new();
    for &s in &scope.subcharts {
        let Base(objects) = base_context(job, s);
        let mut sub: BTreeMap<String, Value> = BASE_KEYS.iter().map(|k| k.to_string()).zip(objects).collect();
        sub.insert("Template".into(), template_object("", &job.charts[s].path));
        subs.insert(job.charts[s].name.clone(), Value::from_object(sub));
    }
    Base([
        Value::from_object(caps),
        to_value(&scope.chart),
        Value::from_object(FilesObject::new(scope.files.to_vec())),
        to_value(&job.release),
        Value::from_object(subs),
        to_value(scope.values),
    ])
}

/// JSON value → minijinja value. Integral floats (Helm's float64 numbers
/// from YAML) become integers, so `replicas: {{ Values.replicaCount }}`
/// prints `1`, as Helm prints it.
pub fn to_value(v: &serde_json::Value) -> Value {
    match v {
        serde_json::Value::Null => Value::from(()),
        serde_json::Value::Bool(b) => Value::from(*b),
        serde_json::Value::Number(n) => {
            if let Some(i) = n.as_i64() {
                Value::from(i)
            } else if let Some(u) = n.as_u64() {
                Value::from(u)
            } else {
                let f = n.as_f64().unwrap_or(0.0);
                if f.fract() == 0.0 && f.abs() < 9.0e15 {
                    Value::from(f as i64)
                } else {
                    Value::from(f)
                }
            }
        }
        serde_json::Value::String(s) => Value::from(s.as_str()),
        serde_json::Value::Array(a) => Value::from(a.iter().map(to_value).collect::<Vec<_>>()),
        serde_json::Value::Object(m) => {
            Value::from_object(m.iter().map(|(k, v)| (k.clone(), to_value(v))).collect::<BTreeMap<String, Value>>())
        }
    }
}

/// minijinja value → JSON value (for toyaml/tojson and the like).
pub fn to_json(v: &Value) -> Result<serde_json::Value, Error> {
    serde_json::to_value(v).map_err(|e| Error::new(ErrorKind::InvalidOperation, format!("cannot convert value: {e}")))
}

fn to_engine_error(e: &Error, fallback: &str) -> EngineError {
    let template = e.name().unwrap_or(fallback).to_string();
    let mut message = match e.detail() {
        Some(d) if e.kind() == ErrorKind::InvalidOperation => d.to_string(),
        Some(d) => format!("{}: {d}", e.kind()),
        None => e.kind().to_string(),
    };
    let mut src = std::error::Error::source(e);
    while let Some(s) = src {
        if let Some(inner) = s.downcast_ref::<Error>() {
            let loc = match (inner.name(), inner.line()) {
                (Some(n), Some(l)) => format!(" (in {n}:{l})"),
                (Some(n), None) => format!(" (in {n})"),
                _ => String::new(),
            };
            message.push_str(&format!(": {}{loc}", inner.detail().unwrap_or_default()));
        }
        src = s.source();
    }
    EngineError::new(template, e.line(), message)
}

/// The environment, with the helper files compiled in; the helper files
/// that do not compile are returned with their index in `job.templates`.
#[allow(clippy::type_complexity)]
fn build_env<'a>(job: &'a RenderJob<'a>) -> Result<(Environment<'a>, Vec<(usize, EngineError)>), EngineError> {
    let mut env = Environment::new();
    let syntax = minijinja::syntax::SyntaxConfig::builder()
        .trim_blocks(true)
        .lstrip_blocks(true)
        .keep_trailing_newline(true)
        .build()
        .map_err(|e| EngineError::new("", None, e.to_string()))?;
    env.set_syntax(syntax);
    env.set_auto_escape_callback(|_| minijinja::AutoEscape::None);
    env.set_undefined_behavior(if job.strict { UndefinedBehavior::Strict } else { UndefinedBehavior::Lenient });
    env.set_recursion_limit(1000);
    env.set_formatter(|out, state, value| {
        if value.is_none() || value.is_undefined() {
            if value.is_undefined() && state.undefined_behavior() == UndefinedBehavior::Strict {
                return Err(Error::new(ErrorKind::UndefinedError, "undefined value"));
            }
            return Ok(());
        }
        if value.kind() == minijinja::value::ValueKind::Bool {
            return out
                .write_str(if value.is_true() { "true" } else { "false" })
                .map_err(|_| Error::new(ErrorKind::WriteFailure, "write failed"));
        }
        // Strings (most of what templates print) straight to the output,
        // as the default formatter prints them without escaping, minus its
        // trip through `fmt::write`.
        if value.kind() == minijinja::value::ValueKind::String {
            if let Some(s) = value.as_str() {
                return out.write_str(s).map_err(|_| Error::new(ErrorKind::WriteFailure, "write failed"));
            }
        }
        minijinja::escape_formatter(out, state, value)
    });
    let names: Arc<HashSet<String>> = Arc::new(job.templates.iter().map(|t| t.name.clone()).collect());
    let known = names.clone();
    env.set_path_join_callback(move |name, parent| {
        if known.contains(name) {
            return std::borrow::Cow::Borrowed(name);
        }
        let dir = parent.rsplit_once('/').map(|(d, _)| d).unwrap_or("");
        let mut parts: Vec<&str> = if dir.is_empty() { Vec::new() } else { dir.split('/').collect() };
        for seg in name.split('/') {
            match seg {
                "." | "" => {}
                ".." => {
                    parts.pop();
                }
                s => parts.push(s),
            }
        }
        parts.join("/").into()
    });
    // Helper files are compiled now (every template may need them). A
    // rendered template another one asks for by name (`{% include %}`,
    // `{% import %}`) is compiled into the environment when asked for.
    let mut errors = Vec::new();
    // (the loader shares the texts with `job`)
    let mut others: HashMap<String, Arc<str>> = HashMap::new();
    for (i, t) in job.templates.iter().enumerate() {
        if t.render {
            others.insert(t.name.clone(), t.source.clone());
        } else if let Err(e) = env.add_template(&t.name, &t.source) {
            errors.push((i, to_engine_error(&e, &t.name)));
        }
    }
    env.set_loader(move |name| Ok(others.get(name).map(|s| s.to_string())));
    let mut own: Vec<HashMap<String, String>> = vec![HashMap::new(); job.charts.len()];
    for t in &job.templates {
        for name in macro_names(&t.source) {
            own[t.chart].insert(name.to_string(), t.name.clone());
        }
    }
    let mut macros = MacroTable::default();
    for (i, c) in job.charts.iter().enumerate() {
        macros.charts.insert(c.path.clone(), visible_macros(job, &own, i));
        macros.paths.push(c.path.clone());
    }
    macros.paths.sort_by_key(|p| std::cmp::Reverse(p.len()));
    helpers::register(&mut env, Arc::new(macros));
    Ok((env, errors))
}

/// Names of the macros a template defines (`{% macro name(` or
/// `{%- macro name(`).
fn macro_names(src: &str) -> Vec<&str> {
    let mut out = Vec::new();
    // Most templates define none.
    if !src.contains("macro") {
        return out;
    }
    let mut rest = src;
    // (`find('{')` is a memchr; `find("{%")` set up a substring searcher
    // per call: 2% of a 200-template render)
    while let Some(i) = rest.find('{') {
        rest = &rest[i + 1..];
        let Some(r) = rest.strip_prefix('%') else {
            continue;
        };
        rest = r;
        let r = rest.strip_prefix(['-', '+']).unwrap_or(rest).trim_start();
        if let Some(r) = r.strip_prefix("macro") {
            if r.starts_with(char::is_whitespace) {
                let r = r.trim_start();
                let end = r.find(|c: char| !(c.is_ascii_alphanumeric() || c == '_')).unwrap_or(r.len());
                if end > 0 && !r.as_bytes()[0].is_ascii_digit() {
                    out.push(&r[..end]);
                }
            }
        }
    }
    out
}

/// Macros chart `i` sees: its library dependencies' (recursively), then
/// its own, which win.
fn visible_macros(job: &RenderJob<'_>, own: &[HashMap<String, String>], i: usize) -> HashMap<String, String> {
    let mut out = HashMap::new();
    for &s in &job.charts[i].subcharts {
        if job.charts[s].is_library {
            out.extend(visible_macros(job, own, s));
        }
    }
    out.extend(own[i].iter().map(|(k, v)| (k.clone(), v.clone())));
    out
}

// ---- objects ----

/// What a template's context holds: its chart's objects, shared by the
/// chart's templates, and its own `Template`.
#[derive(Debug)]
struct CtxData {
    /// index of the chart in the render job
    chart: usize,
    base: Arc<Base>,
    template: Value,
}

/// A template's top-level object (Helm's `.`), and `ctx`, the same
/// without the `ctx` key. Reading `Template` is noted
/// ([`modules::note_template_read`]): everything else is the same for
/// every template of the chart, which lets `include` reuse a macro's
/// output across them.
#[derive(Debug)]
pub(crate) struct RenderCtx {
    data: Arc<CtxData>,
    /// `ctx` (for the top-level object only)
    inner: Option<Value>,
}

impl RenderCtx {
    fn top(chart: usize, base: Arc<Base>, template: Value) -> Value {
        let data = Arc::new(CtxData { chart, base, template });
        let inner = Value::from_object(RenderCtx { data: data.clone(), inner: None });
        Value::from_object(RenderCtx { data, inner: Some(inner) })
    }

    /// The chart the context belongs to, and whether it is the top-level
    /// object (with `ctx`).
    pub(crate) fn identity(&self) -> (usize, bool) {
        (self.data.chart, self.inner.is_some())
    }
}

impl Object for RenderCtx {
    fn repr(self: &Arc<Self>) -> ObjectRepr {
        ObjectRepr::Map
    }
    fn get_value(self: &Arc<Self>, key: &Value) -> Option<Value> {
        self.get_value_by_str(key.as_str()?)
    }
    fn get_value_by_str(self: &Arc<Self>, key: &str) -> Option<Value> {
        match key {
            "Template" => {
                modules::note_template_read();
                Some(self.data.template.clone())
            }
            "ctx" => self.inner.clone(),
            _ => self.data.base.get(key).cloned(),
        }
    }
    fn enumerate(self: &Arc<Self>) -> Enumerator {
        let mut keys: Vec<&str> = BASE_KEYS.to_vec();
        keys.push("Template");
        keys.sort_unstable();
        if self.inner.is_some() {
            keys.push("ctx");
        }
        Enumerator::Values(keys.into_iter().map(Value::from).collect())
    }
}

/// `Capabilities.APIVersions`: a list with `has`.
#[derive(Debug)]
struct ApiVersions(Vec<String>);

impl Object for ApiVersions {
    fn repr(self: &Arc<Self>) -> ObjectRepr {
        ObjectRepr::Seq
    }
    fn get_value(self: &Arc<Self>, key: &Value) -> Option<Value> {
        let i = key.as_usize()?;
        self.0.get(i).map(|s| Value::from(s.as_str()))
    }
    fn enumerate(self: &Arc<Self>) -> Enumerator {
        Enumerator::Seq(self.0.len())
    }
    fn call_method(self: &Arc<Self>, _state: &mut State<'_, '_>, method: &str, args: &[Value]) -> Result<Value, Error> {
        match method {
            "has" | "Has" => {
                let want = args.first().and_then(|v| v.as_str()).unwrap_or("");
                Ok(Value::from(self.0.iter().any(|v| v == want)))
            }
            _ => Err(Error::from(ErrorKind::UnknownMethod)),
        }
    }
}

/// `Files`: the chart's non-template files.
#[derive(Debug)]
pub struct FilesObject {
    files: Vec<ChartFile>,
}

impl FilesObject {
    pub fn new(files: Vec<ChartFile>) -> FilesObject {
        FilesObject { files }
    }
    fn get(&self, name: &str) -> Option<&ChartFile> {
        self.files.iter().find(|f| f.name == name)
    }
}

/// A file's bytes (read now if the chart was loaded without them).
fn file_bytes(f: &ChartFile) -> Result<&[u8], Error> {
    f.data.bytes().map_err(|e| Error::new(ErrorKind::InvalidOperation, e.to_string()))
}

impl Object for FilesObject {
    fn repr(self: &Arc<Self>) -> ObjectRepr {
        ObjectRepr::Map
    }
    fn get_value(self: &Arc<Self>, key: &Value) -> Option<Value> {
        let k = key.as_str()?;
        let data = file_bytes(self.get(k)?).ok()?;
        Some(Value::from(String::from_utf8_lossy(data).into_owned()))
    }
    fn enumerate(self: &Arc<Self>) -> Enumerator {
        Enumerator::Values(self.files.iter().map(|f| Value::from(f.name.as_str())).collect())
    }
    fn call_method(self: &Arc<Self>, _state: &mut State<'_, '_>, method: &str, args: &[Value]) -> Result<Value, Error> {
        let arg = |i: usize| args.get(i).and_then(|v| v.as_str()).unwrap_or("").to_string();
        match method {
            "get" | "Get" => Ok(Value::from(match self.get(&arg(0)) {
                Some(f) => String::from_utf8_lossy(file_bytes(f)?).into_owned(),
                None => String::new(),
            })),
            "get_bytes" | "GetBytes" => Ok(Value::from_bytes(match self.get(&arg(0)) {
                Some(f) => file_bytes(f)?.to_vec(),
                None => Vec::new(),
            })),
            "lines" | "Lines" => {
                let Some(f) = self.get(&arg(0)) else {
                    return Ok(Value::from(Vec::<Value>::new()));
                };
                let s = String::from_utf8_lossy(file_bytes(f)?);
                let s = s.strip_suffix('\n').unwrap_or(&s);
                Ok(Value::from(s.split('\n').map(Value::from).collect::<Vec<_>>()))
            }
            "glob" | "Glob" => {
                let pat = arg(0);
                let files =
                    self.files.iter().filter(|f| super::glob::match_double_star(&pat, &f.name)).cloned().collect();
                Ok(Value::from_object(FilesObject::new(files)))
            }
            "as_config" | "AsConfig" => {
                let mut m = serde_json::Map::new();
                for f in &self.files {
                    let base = f.name.rsplit('/').next().unwrap_or(&f.name);
                    m.insert(
                        base.to_string(),
                        serde_json::Value::String(String::from_utf8_lossy(file_bytes(f)?).into_owned()),
                    );
                }
                Ok(Value::from(helpers::yaml_text(&serde_json::Value::Object(m))))
            }
            "as_secrets" | "AsSecrets" => {
                use base64::Engine as _;
                let mut m = serde_json::Map::new();
                for f in &self.files {
                    let base = f.name.rsplit('/').next().unwrap_or(&f.name);
                    m.insert(
                        base.to_string(),
                        serde_json::Value::String(base64::engine::general_purpose::STANDARD.encode(file_bytes(f)?)),
                    );
                }
                Ok(Value::from(helpers::yaml_text(&serde_json::Value::Object(m))))
            }
            _ => Err(Error::from(ErrorKind::UnknownMethod)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::chart::engine::{ChartScope, TemplateSource};
    use serde_json::json;

    fn job<'a>(templates: &[(&str, &'a str)], values: serde_json::Value, files: &'a [ChartFile]) -> RenderJob<'a> {
        // (a job borrows its values; a test's live as long as the test)
        let values: &'a serde_json::Value = Box::leak(Box::new(values));
        RenderJob {
            charts: vec![ChartScope {
                path: "c".into(),
                name: "c".into(),
                values,
                chart: json!({"Name": "c", "Version": "1.0.0", "AppVersion": "2.0"}),
                files,
                subcharts: vec![],
                parent: None,
                is_library: false,
            }],
            templates: templates
                .iter()
                .map(|(n, s)| TemplateSource {
                    name: format!("c/templates/{n}"),
                    chart: 0,
                    source: Arc::from(*s),
                    render: !n.starts_with('_'),
                })
                .collect(),
            release: json!({"Name": "rel", "Namespace": "ns", "Service": "kforge", "IsInstall": true, "IsUpgrade": false, "Revision": 1}),
            capabilities: json!({"KubeVersion": {"Version": "v1.35.0", "Major": "1", "Minor": "35", "GitVersion": "v1.35.0"}, "APIVersions": ["v1", "apps/v1"]}),
            strict: false,
            seed: None,
            leave_to_exit: false,
        }
    }

    fn render(src: &str, values: serde_json::Value) -> String {
        let files = [
            ChartFile { name: "files/a.txt".into(), data: b"A\nB\n".to_vec().into() },
            ChartFile { name: "files/sub/b.conf".into(), data: b"x=1".to_vec().into() },
            ChartFile { name: "other.txt".into(), data: b"o".to_vec().into() },
        ];
        let j = job(&[("t.yaml", src)], values, &files);
        let out = JinjaEngine.render(&j).unwrap_or_else(|e| panic!("{src}: {e}"));
        out["c/templates/t.yaml"].clone()
    }

    fn render_err(src: &str) -> EngineError {
        let j = job(&[("t.yaml", src)], json!({}), &[]);
        JinjaEngine.render(&j).unwrap_err()
    }

    #[test]
    fn helpers_with_helms_meaning() {
        let v = json!({"m": {"b": 2.0, "a": "x", "list": [1.0, "two"]}, "s": "  hi  ", "n": 3.0, "f": 2.5, "e": "", "t": true, "big": 1234567.0});
        let cases: &[(&str, &str)] = &[
            ("{{ Values.m | toyaml }}", "a: x\nb: 2\nlist:\n- 1\n- two"),
            ("{{ Values.m | tojson }}", r#"{"a":"x","b":2,"list":[1,"two"]}"#),
            ("{{ ('a: 1\\nb: [x]' | fromyaml).b[0] }}", "x"),
            ("{{ ('{\"k\": 5}' | fromjson).k }}", "5"),
            ("{{ 'a\\nb' | indent(2) }}", "  a\n  b"),
            ("x:{{ 'a\\nb' | nindent(2) }}", "x:\n  a\n  b"),
            ("{{ 'say \"hi\"' | quote }} {{ Values.n | quote }} {{ Values.t | quote }}", r#""say \"hi\"" "3" "true""#),
            ("{{ 'x' | squote }}", "'x'"),
            ("{{ Values.e | default('d') }} {{ Values.nope | default('u') }} {{ 0 | default(7) }} {{ Values.s | default('no') }}", "d u 7   hi  "),
            ("{{ default('d', Values.e) }}", "d"),
            ("{{ 'abcdef' | trunc(3) }} {{ 'abcdef' | trunc(-2) }}", "abc ef"),
            ("{{ Values.s | trim }}|{{ 'pre-x' | trimprefix('pre-') }}|{{ 'x-suf' | trimsuffix('-suf') }}", "hi|x|x"),
            ("{{ 'hello' | b64enc }} {{ 'aGVsbG8=' | b64dec }}", "aGVsbG8= hello"),
            ("{{ 'abc' | sha256sum }}", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
            ("{{ 'v1.2.3' | regex_match('^v[0-9]+') }} {{ regex_match('^x', 'abc') }}", "true false"),
            ("{{ 'a-b-c' | regex_replace('-(.)', '_$1') }} {{ regex_replace('[0-9]', 'a1b2', '#') }}", "a_b_c a#b#"),
            ("{{ 'ab12cd' | regex_find('[0-9]+') }}", "12"),
            ("{{ semver_compare('>=1.20.0-0', Capabilities.KubeVersion.Version) }} {{ '1.2.3' | semver_compare('^2.0') }}", "true false"),
            ("{{ dict('a', 1, 'b', 'x') | tojson }} {{ dict(k=2) | tojson }}", r#"{"a":1,"b":"x"} {"k":2}"#),
            ("{{ list(1, 'a', Values.n) | tojson }}", r#"[1,"a",3]"#),
            ("{{ merge({'a': 1, 'n': {'x': 1}}, {'a': 2, 'b': 3, 'n': {'y': 2}}) | tojson }}", r#"{"a":1,"b":3,"n":{"x":1,"y":2}}"#),
            ("{{ merge_overwrite({'a': 1, 'n': {'x': 1}}, {'a': 2, 'n': {'x': 5}}) | tojson }}", r#"{"a":2,"n":{"x":5}}"#),
            ("{{ Values.m | deep_copy | tojson }}", r#"{"a":"x","b":2,"list":[1,"two"]}"#),
            ("{{ Values | dig('m', 'a', 'none') }} {{ Values | dig('m', 'zz', 'none') }} {{ dig('m', 'b', 0, Values) }}", "x none 2"),
            ("{{ Values.m | pick('a', 'zz') | tojson }} {{ Values.m | omit('list') | tojson }}", r#"{"a":"x"} {"a":"x","b":2}"#),
            ("{{ Values.m | keys | join(',') }} {{ Values.m | has_key('a') }} {{ has_key(Values.m, 'q') }}", "a,b,list true false"),
            ("{{ Values.t | ternary('yes', 'no') }} {{ ternary('yes', 'no', false) }}", "yes no"),
            ("{{ 'ab cD' | upper }} {{ 'AB' | lower }} {{ 'hello wORLD' | title }}", "AB CD ab Hello WORLD"),
            ("{{ '42' | int + 1 }} {{ Values.f | int }} {{ '1.5' | float }} {{ Values.n | to_string }}", "43 2 1.5 3"),
            ("{{ Values.big }} {{ Values.f }} {{ Values.t }} {{ none }}|", "1234567 2.5 true |"),
            ("{{ lookup('v1', 'Secret', 'ns', 'x') | tojson }}", "{}"),
            ("{{ tpl('{{ Release.Name }}-{{ Values.n }}', ctx) }}", "rel-3"),
            ("{{ Files.get('files/a.txt') }}|{{ Files.lines('files/a.txt') | join(',') }}|{{ Files.get('missing') }}", "A\nB\n|A,B|"),
            ("{{ Files.glob('files/**') | list | join(',') }}", "files/a.txt,files/sub/b.conf"),
            ("{{ Files.glob('files/*.txt').as_config() }}", "a.txt: |\n  A\n  B"),
            ("{{ Files.glob('files/sub/*').as_secrets() }}", "b.conf: eD0x"),
            ("{{ Capabilities.APIVersions.has('apps/v1') }} {{ Capabilities.APIVersions.has('x/v1') }}", "true false"),
            ("{{ Template.Name }} {{ Template.BasePath }} {{ Chart.Name }}-{{ Chart.AppVersion }} {{ Release.Namespace }}", "c/templates/t.yaml c/templates c-2.0 ns"),
            ("{{ ctx.Values.n }} {{ ctx.Release.Name }}", "3 rel"),
            ("{% if Values.e %}x{% else %}y{% endif %}", "y"),
            ("<&>{{ '<b>' }}", "<&><b>"),
        ];
        for (src, want) in cases {
            assert_eq!(render(src, v.clone()), *want, "template: {src}");
        }
    }

    /// Templates compile and render spread over threads, but the error
    /// reported is the one of a render that compiled everything first: the
    /// first template (in name order) that does not compile, else the first
    /// that fails to render; a helper file that does not compile comes
    /// before every render error.
    #[test]
    fn errors_are_chosen_in_template_order() {
        let names: Vec<String> = (0..40).map(|i| format!("t{i:02}.yaml")).collect();
        let body = "{{ include('n', ctx) }}";
        let with = |helpers: &'static str, bad: &[(usize, &'static str)]| {
            let mut ts: Vec<(&str, &str)> = vec![("_h.tpl", helpers)];
            ts.extend(
                names
                    .iter()
                    .enumerate()
                    .map(|(i, n)| (n.as_str(), bad.iter().find(|(j, _)| *j == i).map_or(body, |(_, src)| *src))),
            );
            JinjaEngine.render(&job(&ts, json!({}), &[])).map(|out| out.len())
        };
        let good = "{% macro n(ctx) %}x{% endmacro %}";
        assert_eq!(with(good, &[]), Ok(40));
        let e = with(good, &[(30, "{{ fail('late') }}"), (7, "{{ fail('early') }}"), (20, "{% if %}")]).unwrap_err();
        assert_eq!((e.template.as_str(), e.line), ("c/templates/t20.yaml", Some(1)), "{e}");
        let e = with(good, &[(30, "{{ fail('late') }}"), (7, "\n{{ fail('early') }}")]).unwrap_err();
        assert_eq!((e.template.as_str(), e.line, e.message.as_str()), ("c/templates/t07.yaml", Some(2), "early"));
        let e = with("{% macro n(ctx) %}", &[(3, "{{ fail('x') }}")]).unwrap_err();
        assert_eq!(e.template, "c/templates/_h.tpl", "{e}");
        // a template included by name compiles on demand
        let e = with(good, &[(5, "{% include 'c/templates/t06.yaml' %}"), (6, "{{ 1 + }}")]).unwrap_err();
        assert_eq!(e.template, "c/templates/t06.yaml", "{e}");
        let out = JinjaEngine
            .render(&job(&[("a.yaml", "<{% include 'c/templates/b.yaml' %}>"), ("b.yaml", "b")], json!({}), &[]))
            .unwrap();
        assert_eq!(out["c/templates/a.yaml"], "<b>");
    }

    #[test]
    fn failures_and_strictness() {
        let e = render_err("a\n{{ required('need x', Values.x) }}");
        assert_eq!((e.template.as_str(), e.line, e.message.as_str()), ("c/templates/t.yaml", Some(2), "need x"));
        let e = render_err("{{ Values.x | required('need y') }}");
        assert_eq!(e.message, "need y");
        let e = render_err("\n\n{{ fail('boom') }}");
        assert_eq!((e.line, e.message.as_str()), (Some(3), "boom"));
        let e = render_err("{{ include('nope', ctx) }}");
        assert!(e.message.contains("no macro named \"nope\""), "{e}");
        let e = render_err("{{ 'x' | regex_match('(') }}");
        assert!(e.message.contains("invalid regular expression"), "{e}");
        let mut j = job(&[("t.yaml", "{{ Values.nope }}")], json!({}), &[]);
        j.strict = true;
        let e = JinjaEngine.render(&j).unwrap_err();
        assert!(e.message.contains("undefined"), "{e}");
    }

    #[test]
    fn include_resolves_per_chart_parent_first() {
        let parent = [
            ("_h.tpl", "{% macro name(ctx) %}parent-{{ ctx.Chart.Name }}{% endmacro %}"),
            ("a.yaml", "{{ include('name', ctx) }} {{ include('shared', ctx) }}"),
        ];
        let mut j = job(&parent, json!({}), &[]);
        j.charts.push(ChartScope {
            path: "c/charts/lib".into(),
            name: "lib".into(),
            values: Box::leak(Box::new(json!({}))),
            chart: json!({"Name": "lib"}),
            files: &[],
            subcharts: vec![],
            parent: Some(0),
            is_library: true,
        });
        j.charts[0].subcharts.push(1);
        j.templates.push(TemplateSource {
            name: "c/charts/lib/templates/_lib.tpl".into(),
            chart: 1,
            source: Arc::from("{% macro name(ctx) %}lib{% endmacro %}{% macro shared(ctx) %}shared-{{ ctx.Chart.Name }}{% endmacro %}"),
            render: false,
        });
        let out = JinjaEngine.render(&j).unwrap();
        assert_eq!(out["c/templates/a.yaml"], "parent-c shared-c");
        assert!(!out.contains_key("c/templates/_h.tpl"));
    }

    /// `include` reuses a macro's output across templates, except when it
    /// depends on the calling template: `Template` read in the macro, in
    /// the helper file's top level, or passed in an argument; or an
    /// argument a macro can change (a namespace).
    #[test]
    fn include_output_reused_only_when_the_same() {
        let helpers = "{% set here = Template.Name %}\
            {% macro plain(ctx) %}{{ ctx.Release.Name }}-{{ ctx.Values.n }}{% endmacro %}\
            {% macro who(ctx) %}{{ ctx.Template.Name }}{% endmacro %}\
            {% macro top(ctx) %}{{ Template.Name }}{% endmacro %}\
            {% macro kept(ctx) %}{{ here }}{% endmacro %}\
            {% macro nest(ctx) %}<{{ include('who', ctx) }}>{% endmacro %}";
        // (evaluated with a dict or a namespace as its context: no top level
        // reading `Template`)
        let plain = "{% macro arg(d) %}{{ d.t }}/{{ d.k }}{% endmacro %}\
            {% macro bump(ns) %}{% set ns.n = ns.n + 1 %}{{ ns.n }}{% endmacro %}";
        let body = "{{ include('plain', ctx) }} {{ include('who', ctx) }} {{ include('top', ctx) }} \
            {{ include('kept', ctx) }} {{ include('arg', dict('t', Template.Name, 'k', 1)) }} \
            {{ include('nest', ctx) }} {% set ns = namespace(n=0) %}{{ include('bump', ns) }}{{ include('bump', ns) }} \
            {{ include('plain', ctx) }}";
        let j =
            job(&[("_h.tpl", helpers), ("_g.tpl", plain), ("a.yaml", body), ("b.yaml", body)], json!({"n": 7}), &[]);
        let out = JinjaEngine.render(&j).unwrap();
        for t in ["a", "b"] {
            let n = format!("c/templates/{t}.yaml");
            assert_eq!(out[&n], format!("rel-7 {n} {n} {n} {n}/1 <{n}> 12 rel-7"), "{t}");
        }
        // many templates over the worker threads: each its own name
        let names: Vec<String> = (0..40).map(|i| format!("t{i:02}.yaml")).collect();
        let mut ts: Vec<(&str, &str)> = vec![("_h.tpl", helpers), ("_g.tpl", plain)];
        ts.extend(names.iter().map(|n| (n.as_str(), body)));
        let out = JinjaEngine.render(&job(&ts, json!({"n": 7}), &[])).unwrap();
        for n in &names {
            let n = format!("c/templates/{n}");
            assert_eq!(out[&n], format!("rel-7 {n} {n} {n} {n}/1 <{n}> 12 rel-7"));
        }
    }

    /// The context object reads like the map it replaced: its keys in
    /// order, `ctx` without itself, `Template` per template.
    #[test]
    fn context_object_keys_and_ctx() {
        assert_eq!(
            render("{{ ctx | list | join(',') }}|{{ ctx.ctx }}|{{ ctx.Template.Name }}", json!({})),
            "Capabilities,Chart,Files,Release,Subcharts,Template,Values||c/templates/t.yaml"
        );
        assert_eq!(
            render("{{ ctx.Values | tojson }} {{ ctx.Release | tojson }}", json!({"a": 1})),
            r#"{"a":1} {"IsInstall":true,"IsUpgrade":false,"Name":"rel","Namespace":"ns","Revision":1,"Service":"kforge"}"#
        );
    }
}
