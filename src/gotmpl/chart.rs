//! The adapter between the chart model (`crate::chart`) and this engine:
//! renders a [`RenderJob`] the way Helm's engine does.
//!
//! * Every template of the tree is parsed into one set, in Helm's order
//!   (more `/` in the name first; among equals, reverse lexical order), so
//!   a parent's `define` overrides a subchart's and, among files of one
//!   directory, the lexically first file's definition wins.
//! * Templates execute in that same order, sharing each chart's top-level
//!   object and `.Values` map, so `set`/`merge` on values in one template
//!   are seen by the templates executed after it, as in Helm. A subchart's
//!   `.Values` is its parent's `.Values.<name>` map.
//! * `.Release.Service` is `Helm` and `.Capabilities` are Helm v4.1.4's
//!   defaults (plus `--api-versions`), so output matches `helm template`.
use std::collections::BTreeMap;
use std::rc::Rc;

use serde_json::Value as Json;

use super::helm::{Capabilities, Files};
use super::value::{Map, Value};
use super::{Ctx, Error, Runner, TemplateSet};
use crate::chart::engine::{ChartScope, EngineError, RenderJob, TemplateEngine};
use crate::chart::FileData;

/// The Go-template engine for Helm charts.
#[derive(Debug, Default, Clone)]
pub struct GotmplEngine {
    /// Seed for random functions (`randAlphaNum`, ...); `None`: random.
    pub seed: Option<u64>,
}

impl GotmplEngine {
    pub fn new(seed: Option<u64>) -> Self {
        GotmplEngine { seed }
    }
}

/// Helm's template order: deeper paths first, then reverse lexical order.
pub fn helm_order(names: &mut [&str]) {
    names.sort_by_cached_key(|n| (std::cmp::Reverse(n.bytes().filter(|&c| c == b'/').count()), std::cmp::Reverse(*n)));
}

fn map_of(v: &Value) -> Option<super::value::MapRef> {
    match v {
        Value::Map(m) => Some(m.clone()),
        _ => None,
    }
}

fn split_location(msg: &str) -> (String, Option<usize>) {
    // "template: NAME:LINE:COL: ..." or "template: NAME:LINE: ..."
    let rest = msg.strip_prefix("template: ").unwrap_or(msg);
    let mut parts = rest.splitn(3, ':');
    let name = parts.next().unwrap_or_default().to_string();
    let line = parts.next().and_then(|l| l.trim().parse().ok());
    (name, line)
}

fn engine_error(e: Error) -> EngineError {
    match e {
        Error::Parse(p) => EngineError::new(p.name, Some(p.line), p.msg),
        Error::Exec(m) | Error::Call(m) => {
            let loc =
                m.strip_prefix("execution error at (").and_then(|r| r.split_once(')')).map(|(l, _)| l.to_string());
            match loc {
                Some(l) => {
                    let (name, line) = split_location(&l);
                    EngineError::new(name, line, m)
                }
                None => {
                    let (_, line) = split_location(&m);
                    EngineError::new("", line, m)
                }
            }
        }
    }
}

impl TemplateEngine for GotmplEngine {
    fn name(&self) -> &'static str {
        "gotmpl"
    }

    fn render(&self, job: &RenderJob<'_>) -> Result<BTreeMap<String, String>, EngineError> {
        // parse everything into one set, in Helm's order
        let mut order: Vec<&str> = job.templates.iter().map(|t| t.name.as_str()).collect();
        helm_order(&mut order);
        let by_name: BTreeMap<&str, usize> =
            job.templates.iter().enumerate().map(|(i, t)| (t.name.as_str(), i)).collect();
        let mut set = TemplateSet::new();
        for name in &order {
            let t = &job.templates[by_name[name]];
            set.add_shared(&t.name, t.source.clone()).map_err(engine_error)?;
        }

        // the objects
        let release = Value::from_json_typed(&job.release);
        if let Value::Map(m) = &release {
            m.borrow_mut().insert("Service".into(), Value::str("Helm"));
        }
        let caps = capabilities(&job.capabilities);
        // `.Files` holds a copy of every non-template file (CRDs of a
        // subchart can be megabytes). Reading it needs the field `.Files`
        // or a string naming `Files` in an action, or the word in a string
        // that `tpl` renders: without one, the copy is skipped (`.Files` is
        // then empty; it can still be printed whole through `toYaml $` and
        // the like, where helm prints base64 that kforge does not match
        // anyway).
        let uses_files = set.uses_files()
            || job
                .charts
                .iter()
                .any(|c| mentions(&c.chart, "Files") || (!within_parent(job, c) && mentions(c.values, "Files")));
        let mut tops: Vec<Value> = Vec::with_capacity(job.charts.len());
        for (i, scope) in job.charts.iter().enumerate() {
            let values = scope
                .parent
                .and_then(|p| map_of(&tops[p]))
                .and_then(|top| top.borrow().get("Values").cloned())
                .and_then(|pv| map_of(&pv))
                .and_then(|pv| pv.borrow().get(&scope.name).cloned())
                .filter(|v| matches!(v, Value::Map(_)))
                .unwrap_or_else(|| Value::from_json_typed(scope.values));
            let files: BTreeMap<String, FileData> = if uses_files {
                scope.files.iter().map(|f| (f.name.clone(), f.data.clone())).collect()
            } else {
                BTreeMap::new()
            };
            let mut top = Map::new();
            top.insert("Values".to_string(), values);
            top.insert("Release".to_string(), release.clone());
            top.insert("Chart".to_string(), Value::from_json_typed(&scope.chart));
            top.insert("Capabilities".to_string(), caps.clone());
            top.insert("Files".to_string(), Value::Object(Rc::new(Files::new(files))));
            top.insert("Subcharts".to_string(), Value::new_map());
            let _ = i;
            tops.push(Value::from_map(top));
        }
        // Subcharts: name -> the subchart's top-level object
        for (i, scope) in job.charts.iter().enumerate() {
            let Some(top) = map_of(&tops[i]) else {
                continue;
            };
            let subs = top.borrow().get("Subcharts").cloned();
            if let Some(Value::Map(subs)) = subs {
                for &s in &scope.subcharts {
                    subs.borrow_mut().insert(job.charts[s].name.clone(), tops[s].clone());
                }
            }
        }

        let mut runner = Runner::new(&set, Ctx::new(job.seed.or(self.seed)));
        runner.strict = job.strict;
        let mut out = BTreeMap::new();
        for name in &order {
            let t = &job.templates[by_name[name]];
            if !t.render {
                continue;
            }
            let scope = &job.charts[t.chart];
            let top = &tops[t.chart];
            if let Some(m) = map_of(top) {
                let mut tm = Map::new();
                tm.insert("Name".to_string(), Value::str(&t.name));
                tm.insert("BasePath".to_string(), Value::from(format!("{}/templates", scope.path)));
                m.borrow_mut().insert("Template".to_string(), Value::from_map(tm));
            }
            let text = set.render(&mut runner, &t.name, top.clone()).map_err(engine_error)?;
            out.insert(t.name.clone(), text);
        }
        if job.leave_to_exit {
            std::mem::forget(runner);
            std::mem::forget(tops);
            std::mem::forget(set);
        }
        Ok(out)
    }
}

/// Whether a chart's values are its parent's `.Values.<name>` (as the chart
/// model hands them over), so looking through the parent's looked through
/// them too.
fn within_parent(job: &RenderJob<'_>, c: &ChartScope<'_>) -> bool {
    c.parent.and_then(|p| job.charts[p].values.get(&c.name)).is_some_and(|v| std::ptr::eq(v, c.values))
}

/// Whether a string anywhere in `j` contains `word`.
fn mentions(j: &Json, word: &str) -> bool {
    // (one searcher for every string: `str::contains` sets one up per call)
    fn walk(j: &Json, f: &memchr::memmem::Finder<'_>) -> bool {
        match j {
            Json::String(s) => f.find(s.as_bytes()).is_some(),
            Json::Array(a) => a.iter().any(|v| walk(v, f)),
            Json::Object(o) => o.values().any(|v| walk(v, f)),
            _ => false,
        }
    }
    walk(j, &memchr::memmem::Finder::new(word))
}

fn capabilities(j: &Json) -> Value {
    let kube = j.pointer("/KubeVersion/Version").and_then(Json::as_str).map(str::to_string);
    // API versions the chart model adds beyond its defaults are the user's
    // (--api-versions); Helm's own defaults replace the model's.
    let extra: Vec<String> = j
        .get("APIVersions")
        .and_then(Json::as_array)
        .map(|a| {
            a.iter()
                .filter_map(Json::as_str)
                .filter(|s| !crate::chart::render::is_builtin_api_version(s))
                .map(str::to_string)
                .collect()
        })
        .unwrap_or_default();
    Value::Object(Rc::new(Capabilities::new(kube.as_deref(), &extra)))
}
