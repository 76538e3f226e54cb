//! Values as Helm v4 computes them (`pkg/chart/common/util/coalesce.go`,
//! `pkg/chart/v2/util/dependencies.go`, `pkg/cli/values/options.go`):
//! user values from `-f` and the `--set` family, laid over each chart's
//! defaults; subchart scoping by name or alias; `global` copied down with
//! the parent winning; dependencies enabled by tags then conditions;
//! import-values; per-chart schema validation.
use std::path::Path;

use serde_json::{Map, Value};

use super::load::Chart;
use super::strvals;
use super::ChartError;

/// Helm's `MergeMaps`: `src` laid over `dst`, maps merged recursively,
/// everything else (lists too) replaced.
pub fn merge_maps(dst: &mut Value, src: Value) {
    match (dst, src) {
        (Value::Object(d), Value::Object(s)) => {
            for (k, v) in s {
                match d.get_mut(&k) {
                    Some(dv) if dv.is_object() && v.is_object() => merge_maps(dv, v),
                    _ => {
                        d.insert(k, v);
                    }
                }
            }
        }
        (d, s) => *d = s,
    }
}

/// The user's value sources, applied in Helm's fixed order.
#[derive(Debug, Clone, Default)]
pub struct ValueOptions {
    /// `-f`: files (or `-` for stdin, read by the caller into `value_texts`).
    pub value_files: Vec<std::path::PathBuf>,
    pub set_json: Vec<String>,
    pub set: Vec<String>,
    pub set_string: Vec<String>,
    pub set_file: Vec<String>,
    pub set_literal: Vec<String>,
}

impl ValueOptions {
    /// Merge the user's values: `-f` files in order, then `--set-json`,
    /// `--set`, `--set-string`, `--set-file`, `--set-literal`.
    pub fn merge(&self) -> Result<Value, ChartError> {
        let mut base = Value::Object(Map::new());
        for f in &self.value_files {
            let text = std::fs::read_to_string(f).map_err(|e| ChartError::io(f, e))?;
            let v = super::load::parse_values(&text, &f.display().to_string())?;
            merge_maps(&mut base, v);
        }
        for s in &self.set_json {
            strvals::parse_json(s, &mut base)?;
        }
        for s in &self.set {
            strvals::parse(s, &mut base)?;
        }
        for s in &self.set_string {
            strvals::parse_string(s, &mut base)?;
        }
        for s in &self.set_file {
            strvals::parse_file(s, &mut base, &|p: &str| {
                std::fs::read_to_string(Path::new(p)).map_err(|e| format!("reading {p}: {e}"))
            })?;
        }
        for s in &self.set_literal {
            strvals::parse_literal(s, &mut base)?;
        }
        Ok(base)
    }
}

// ---- coalescing ----

/// Helm's `coalesceTablesFullKey`: `dst` has precedence over `src`. With
/// `merge` false, a null in `dst` deletes a key that `src` has; a null for a
/// key `src` lacks stays (helm v4.1.4 keeps it, e.g. `tcpSocket: null`).
pub fn coalesce_tables(dst: &mut Map<String, Value>, src: &Map<String, Value>, merge: bool) {
    for (key, val) in src {
        match dst.get_mut(key) {
            None => {
                dst.insert(key.clone(), val.clone());
            }
            Some(dv) if dv.is_null() => {
                if !merge {
                    dst.remove(key);
                }
            }
            Some(Value::Object(dm)) => {
                if let Value::Object(sm) = val {
                    coalesce_tables(dm, sm, merge);
                }
            }
            Some(_) => {}
        }
    }
}

/// Helm's `CoalesceValues(chart, vals)` (merge false) or `MergeValues`
/// (merge true): the user's values over the chart's defaults, recursively
/// for every subchart.
pub fn coalesce(chart: &Chart, user: &Value, merge: bool) -> Value {
    let mut v = match user {
        Value::Object(m) => m.clone(),
        _ => Map::new(),
    };
    coalesce_chart(chart, &mut v, merge);
    Value::Object(v)
}

fn coalesce_chart(c: &Chart, v: &mut Map<String, Value>, merge: bool) {
    coalesce_own(c, v, merge);
    coalesce_deps(c, v, merge);
}

fn coalesce_own(c: &Chart, v: &mut Map<String, Value>, merge: bool) {
    let Value::Object(defaults) = &c.values else {
        return;
    };
    for (key, val) in defaults {
        match v.get_mut(key) {
            Some(value) => {
                if value.is_null() && !merge {
                    v.remove(key);
                } else if let (Value::Object(dest), Value::Object(src)) = (value, val) {
                    let child = c.dependencies.iter().any(|d| d.name() == key);
                    coalesce_tables(dest, src, merge || child);
                }
            }
            None => {
                v.insert(key.clone(), val.clone());
            }
        }
    }
}

fn coalesce_deps(c: &Chart, dest: &mut Map<String, Value>, merge: bool) {
    for sub in &c.dependencies {
        if let Some(dv) = sub_values(dest, sub.name()) {
            coalesce_chart(sub, dv, merge);
        }
    }
}

/// A subchart's values under its name in `dest` (an empty map put there
/// when missing), with the parent's `global` copied in; `None` when the
/// user set that name to something other than a map (Helm fails on this
/// with a type mismatch; the user's value is kept and the subchart's
/// defaults skipped).
fn sub_values<'a>(dest: &'a mut Map<String, Value>, name: &str) -> Option<&'a mut Map<String, Value>> {
    match dest.get(name) {
        None => {
            dest.insert(name.to_string(), Value::Object(Map::new()));
        }
        Some(Value::Object(_)) => {}
        Some(_) => return None,
    }
    let parent_global = dest.get("global").cloned();
    match dest.get_mut(name) {
        Some(Value::Object(dv)) => {
            coalesce_globals(dv, parent_global.as_ref());
            Some(dv)
        }
        _ => None,
    }
}

/// Copy the parent's `global` into a subchart's values; the parent wins.
fn coalesce_globals(dest: &mut Map<String, Value>, src_global: Option<&Value>) {
    let mut dg = match dest.get("global") {
        None => Map::new(),
        Some(Value::Object(m)) => m.clone(),
        Some(_) => return,
    };
    let sg = match src_global {
        None => Map::new(),
        Some(Value::Object(m)) => m.clone(),
        Some(_) => return,
    };
    for (key, val) in sg {
        if let Value::Object(vm) = &val {
            let mut vv = vm.clone();
            match dg.get(&key) {
                None => {
                    dg.insert(key, Value::Object(vv));
                }
                Some(Value::Object(destv)) => {
                    coalesce_tables(&mut vv, destv, true);
                    dg.insert(key, Value::Object(vv));
                }
                Some(_) => {}
            }
        } else if dg.get(&key).is_some_and(Value::is_object) {
        } else {
            dg.insert(key, val);
        }
    }
    dest.insert("global".into(), Value::Object(dg));
}

/// [`coalesce`] that moves every chart's defaults into the result instead
/// of copying them (each chart's `values` is left `Null`): for a render,
/// which reads the coalesced values only.
fn coalesce_taking(chart: &mut Chart, user: &Value, merge: bool) -> Value {
    let mut v = match user {
        Value::Object(m) => m.clone(),
        _ => Map::new(),
    };
    coalesce_chart_taking(chart, &mut v, merge);
    Value::Object(v)
}

fn coalesce_chart_taking(c: &mut Chart, v: &mut Map<String, Value>, merge: bool) {
    let Value::Object(defaults) = std::mem::take(&mut c.values) else {
        coalesce_deps_taking(c, v, merge);
        return;
    };
    for (key, val) in defaults {
        match v.get_mut(&key) {
            Some(value) => {
                if value.is_null() && !merge {
                    v.remove(&key);
                } else if let (Value::Object(dest), Value::Object(src)) = (value, val) {
                    let child = c.dependencies.iter().any(|d| d.name() == key);
                    coalesce_tables_taking(dest, src, merge || child);
                }
            }
            None => {
                v.insert(key, val);
            }
        }
    }
    coalesce_deps_taking(c, v, merge);
}

/// [`coalesce_tables`] taking `src`'s entries.
fn coalesce_tables_taking(dst: &mut Map<String, Value>, src: Map<String, Value>, merge: bool) {
    for (key, val) in src {
        match dst.get_mut(&key) {
            None => {
                dst.insert(key, val);
            }
            Some(dv) if dv.is_null() => {
                if !merge {
                    dst.remove(&key);
                }
            }
            Some(Value::Object(dm)) => {
                if let Value::Object(sm) = val {
                    coalesce_tables_taking(dm, sm, merge);
                }
            }
            Some(_) => {}
        }
    }
}

fn coalesce_deps_taking(c: &mut Chart, dest: &mut Map<String, Value>, merge: bool) {
    for sub in c.dependencies.iter_mut() {
        if let Some(dv) = sub_values(dest, sub.name()) {
            coalesce_chart_taking(sub, dv, merge);
        }
    }
}

// ---- coalescing only what conditions and tags read ----

/// The parts of a values tree that are read: `All` of a value, or some
/// keys of a map. A key named `global` is always kept whole (a subchart's
/// globals are copied from its parent's, all of them).
#[derive(Debug, Clone, PartialEq)]
enum Need {
    All,
    Keys(std::collections::BTreeMap<String, Need>),
}

static ALL: Need = Need::All;

impl Need {
    fn none() -> Need {
        Need::Keys(Default::default())
    }

    /// Add a `.`-separated path (read whole at its end).
    fn add(&mut self, path: &str) {
        let mut cur = self;
        for part in path.split('.') {
            let Need::Keys(m) = cur else {
                return;
            };
            cur = m.entry(part.to_string()).or_insert_with(Need::none);
        }
        *cur = Need::All;
    }

    /// What is read under `key`, if anything.
    fn child(&self, key: &str) -> Option<&Need> {
        match self {
            Need::All => Some(&ALL),
            _ if key == "global" => Some(&ALL),
            Need::Keys(m) => m.get(key),
        }
    }
}

/// The paths dependency processing reads in coalesced values: `tags` and
/// every condition, under the path of its chart (by the names charts get,
/// aliases included; a superset is fine).
fn condition_paths(c: &Chart) -> Need {
    fn walk(c: &Chart, path: &str, need: &mut Need) {
        for r in &c.metadata.dependencies {
            for cond in r.condition.trim().split(',') {
                let cond = cond.trim();
                if !cond.is_empty() {
                    need.add(&format!("{path}{cond}"));
                }
            }
            let name = if r.alias.is_empty() { &r.name } else { &r.alias };
            for e in c.dependencies.iter().filter(|e| e.name() == r.name) {
                walk(e, &format!("{path}{name}."), need);
            }
        }
        for e in &c.dependencies {
            walk(e, &format!("{path}{}.", e.name()), need);
        }
    }
    let mut need = Need::none();
    need.add("tags");
    walk(c, "", &mut need);
    need
}

/// A copy of the parts of `v` that `need` reads.
fn copy_needed(v: &Value, need: &Need) -> Value {
    match (v, need) {
        (Value::Object(m), Need::Keys(_)) => Value::Object(copy_needed_map(m, need)),
        _ => v.clone(),
    }
}

fn copy_needed_map(m: &Map<String, Value>, need: &Need) -> Map<String, Value> {
    match need {
        Need::All => m.clone(),
        Need::Keys(_) => m.iter().filter_map(|(k, v)| Some((k.clone(), copy_needed(v, need.child(k)?)))).collect(),
    }
}

/// [`coalesce`] (merge false) exact at every path `need` reads, and
/// nothing else copied: every key of coalesced values is computed from
/// the same key of the inputs (and globals, always kept whole).
fn coalesce_needed(chart: &Chart, user: &Value, need: &Need) -> Value {
    let mut v = match user {
        Value::Object(m) => copy_needed_map(m, need),
        _ => Map::new(),
    };
    coalesce_chart_needed(chart, &mut v, need);
    Value::Object(v)
}

fn coalesce_chart_needed(c: &Chart, v: &mut Map<String, Value>, need: &Need) {
    if let Value::Object(defaults) = &c.values {
        for (key, val) in defaults {
            let Some(kneed) = need.child(key) else {
                continue;
            };
            match v.get_mut(key) {
                Some(value) => {
                    if value.is_null() {
                        v.remove(key);
                    } else if let (Value::Object(dest), Value::Object(src)) = (value, val) {
                        let child = c.dependencies.iter().any(|d| d.name() == key);
                        coalesce_tables_needed(dest, src, child, kneed);
                    }
                }
                None => {
                    v.insert(key.clone(), copy_needed(val, kneed));
                }
            }
        }
    }
    for sub in &c.dependencies {
        let name = sub.name();
        let Some(sneed) = need.child(name) else {
            continue;
        };
        match v.get(name) {
            None => {
                v.insert(name.to_string(), Value::Object(Map::new()));
            }
            Some(Value::Object(_)) => {}
            Some(_) => continue,
        }
        let parent_global = v.get("global").cloned();
        if let Some(Value::Object(dv)) = v.get_mut(name) {
            coalesce_globals(dv, parent_global.as_ref());
            coalesce_chart_needed(sub, dv, sneed);
        }
    }
}

fn coalesce_tables_needed(dst: &mut Map<String, Value>, src: &Map<String, Value>, merge: bool, need: &Need) {
    if *need == Need::All {
        return coalesce_tables(dst, src, merge);
    }
    for (key, val) in src {
        let Some(kneed) = need.child(key) else {
            continue;
        };
        match dst.get_mut(key) {
            None => {
                dst.insert(key.clone(), copy_needed(val, kneed));
            }
            Some(dv) if dv.is_null() => {
                if !merge {
                    dst.remove(key);
                }
            }
            Some(Value::Object(dm)) => {
                if let Value::Object(sm) = val {
                    coalesce_tables_needed(dm, sm, merge, kneed);
                }
            }
            Some(_) => {}
        }
    }
}

// ---- dependencies: enabled, aliases, import-values ----

/// A `.`-separated path through maps (Helm's `Values.Table`).
pub fn table<'a>(v: &'a Value, path: &str) -> Option<&'a Map<String, Value>> {
    let mut cur = v;
    for part in path.split('.') {
        cur = cur.as_object()?.get(part)?;
    }
    cur.as_object()
}

/// Helm's `Values.PathValue`: the value at `a.b.c` (the last segment may
/// be any value).
pub fn path_value<'a>(v: &'a Value, path: &str) -> Option<&'a Value> {
    let (head, last) = match path.rsplit_once('.') {
        Some((h, l)) => (Some(h), l),
        None => (None, path),
    };
    let t = match head {
        Some(h) => table(v, h)?,
        None => v.as_object()?,
    };
    t.get(last)
}

/// Apply Helm's dependency processing to a chart tree (in place): aliases,
/// charts disabled by tags and conditions removed, import-values resolved.
/// `user` are the user's merged values. Warnings go to `warn`.
pub fn process_dependencies(chart: &mut Chart, user: &Value, warn: &mut dyn FnMut(String)) -> Result<(), ChartError> {
    let need = condition_paths(chart);
    process_enabled(chart, user, "", warn, &need)?;
    process_imports(chart, warn);
    Ok(())
}

/// [`process_dependencies`], then the values the chart's templates see
/// (Helm's `CoalesceValues` of the processed tree). Every chart's defaults
/// are moved into those values: each chart's `values` is `Null` after.
pub fn process_dependencies_and_values(
    chart: &mut Chart,
    user: &Value,
    warn: &mut dyn FnMut(String),
) -> Result<Value, ChartError> {
    process_dependencies(chart, user, warn)?;
    Ok(coalesce_taking(chart, user, false))
}

/// Helm coalesces the chart's values at every level (a copy of the whole
/// tree each time) only to read `tags` and conditions: `need` are the
/// paths read (see [`condition_paths`]), and only those are coalesced.
fn process_enabled(
    c: &mut Chart,
    v: &Value,
    path: &str,
    warn: &mut dyn FnMut(String),
    need: &Need,
) -> Result<(), ChartError> {
    if c.metadata.dependencies.is_empty() {
        return Ok(());
    }
    let existing = std::mem::take(&mut c.dependencies);
    // Which charts of charts/ are kept, in order (an index may repeat: two
    // aliases of one chart), with the alias each gets; the charts are then
    // moved, not copied, except for the repeats.
    let mut picks: Vec<(usize, Option<String>)> = Vec::new();
    // Charts in charts/ not named in Chart.yaml are kept as they are.
    for (i, e) in existing.iter().enumerate() {
        let listed = c
            .metadata
            .dependencies
            .iter()
            .any(|r| r.name == e.name() && version_in_range(&r.version, &e.metadata.version));
        if !listed {
            picks.push((i, None));
        }
    }
    for r in c.metadata.dependencies.iter_mut() {
        let found = existing.iter().position(|e| {
            e.name() == r.name && (r.version.is_empty() || version_in_range(&r.version, &e.metadata.version))
        });
        match found {
            Some(i) => picks.push((i, (!r.alias.is_empty()).then(|| r.alias.clone()))),
            // Helm keeps a chart of that name whose version is out of range
            // as an unlisted dependency (added above) and renders it; only
            // a missing name is an error (action.CheckDependencies).
            None if existing.iter().any(|e| e.name() == r.name) => {}
            None => {
                return Err(ChartError::invalid(
                    format!("{}/Chart.yaml", c.origin),
                    format!(
                    "found in Chart.yaml, but missing in charts/ directory: {}{} (run `kforge chart dependency build`)",
                    r.name,
                    if r.version.is_empty() { String::new() } else { format!(" {}", r.version) }
                ),
                ))
            }
        }
        if !r.alias.is_empty() {
            r.name = r.alias.clone();
        }
        r.enabled = true;
    }
    let mut uses = vec![0usize; existing.len()];
    for (i, _) in &picks {
        uses[*i] += 1;
    }
    let mut existing: Vec<Option<Chart>> = existing.into_iter().map(Some).collect();
    let mut deps: Vec<Chart> = Vec::with_capacity(picks.len());
    for (i, alias) in picks {
        uses[i] -= 1;
        let Some(mut e) = (if uses[i] == 0 { existing[i].take() } else { existing[i].clone() }) else {
            continue;
        };
        if let Some(alias) = alias {
            e.metadata.name = alias;
        }
        deps.push(e);
    }
    c.dependencies = deps;
    // Helm coalesces the chart's values again at every level, over the
    // parent's (a copy of the whole tree each time), only to read `tags`
    // and the conditions under this chart's path. Coalescing a chart
    // changes only the top-level keys its own defaults and subcharts are
    // named by: when neither `tags` nor this path's first key is one of
    // them, anywhere below, the parent's values give the same answers.
    let first = path.split('.').next().unwrap_or_default();
    let mut own = None;
    let cvals =
        if !path.is_empty() && !touches_top_level(c, first) { v } else { &*own.insert(coalesce_needed(c, v, need)) };
    // tags
    if let Some(tags) = table(cvals, "tags") {
        for r in c.metadata.dependencies.iter_mut() {
            let (mut has_true, mut has_false) = (false, false);
            for t in &r.tags {
                match tags.get(t) {
                    Some(Value::Bool(true)) => has_true = true,
                    Some(Value::Bool(false)) => has_false = true,
                    Some(_) => warn(format!("tag {t:?} for chart {} is not a bool", r.name)),
                    None => {}
                }
            }
            r.enabled = has_true || !has_false;
        }
    }
    // conditions (override tags; first path that resolves to a bool wins)
    for r in c.metadata.dependencies.iter_mut() {
        for cond in r.condition.trim().split(',') {
            let cond = cond.trim();
            if cond.is_empty() {
                continue;
            }
            match path_value(cvals, &format!("{path}{cond}")) {
                Some(Value::Bool(b)) => {
                    r.enabled = *b;
                    break;
                }
                Some(_) => warn(format!("condition path '{cond}' for chart {} returned non-bool value", r.name)),
                None => {}
            }
        }
    }
    let disabled: Vec<String> = c.metadata.dependencies.iter().filter(|r| !r.enabled).map(|r| r.name.clone()).collect();
    c.dependencies.retain(|d| !disabled.iter().any(|n| n == d.name()));
    c.metadata.dependencies.retain(|r| r.enabled);
    for d in c.dependencies.iter_mut() {
        let sub = format!("{path}{}.", d.name());
        process_enabled(d, cvals, &sub, warn, need)?;
    }
    Ok(())
}

/// Whether coalescing `c` or any chart below it can change or read
/// differently the top-level key `first` or `tags`: whether one of them
/// names a default value or a subchart (by name or by alias, as aliases
/// are applied level by level) of one of these charts.
fn touches_top_level(c: &Chart, first: &str) -> bool {
    let hit = |k: &str| k == first || k == "tags";
    c.values.as_object().is_some_and(|m| m.contains_key(first) || m.contains_key("tags"))
        || c.metadata.dependencies.iter().any(|r| hit(&r.name) || hit(&r.alias))
        || c.dependencies.iter().any(|d| hit(d.name()) || touches_top_level(d, first))
}

fn path_to_map(path: &str, data: Map<String, Value>) -> Map<String, Value> {
    if path == "." {
        return data;
    }
    let mut cur = Value::Object(data);
    for part in path.split('.').rev() {
        let mut m = Map::new();
        m.insert(part.to_string(), cur);
        cur = Value::Object(m);
    }
    match cur {
        Value::Object(m) => m,
        _ => Map::new(),
    }
}

/// Whether any chart's values changed.
fn process_imports(c: &mut Chart, warn: &mut dyn FnMut(String)) -> bool {
    let mut changed = false;
    for d in c.dependencies.iter_mut() {
        changed |= process_imports(d, warn);
    }
    if c.metadata.dependencies.iter().all(|r| r.import_values.is_empty()) {
        return changed;
    }
    let cvals = coalesce(c, &Value::Object(Map::new()), true);
    let mut b: Map<String, Value> = Map::new();
    let mut any = false;
    for r in c.metadata.dependencies.iter_mut() {
        let mut out = Vec::new();
        for iv in &r.import_values {
            any = true;
            match iv {
                Value::Object(o) => {
                    let child = o.get("child").and_then(Value::as_str).unwrap_or_default().to_string();
                    let parent = o.get("parent").and_then(Value::as_str).unwrap_or_default().to_string();
                    out.push(serde_json::json!({"child": child, "parent": parent}));
                    match table(&cvals, &format!("{}.{child}", r.name)) {
                        Some(t) => coalesce_tables(&mut b, &path_to_map(&parent, t.clone()), true),
                        None => warn(format!("ImportValues missing table from chart {}: {child}", r.name)),
                    }
                }
                Value::String(s) => {
                    let child = format!("exports.{s}");
                    out.push(serde_json::json!({"child": child, "parent": "."}));
                    match table(&cvals, &format!("{}.{child}", r.name)) {
                        Some(t) => coalesce_tables(&mut b, t, true),
                        None => warn(format!("ImportValues missing table from chart {}: {child}", r.name)),
                    }
                }
                _ => {}
            }
        }
        r.import_values = out;
    }
    if !any {
        return changed;
    }
    let mut merged = match cvals {
        Value::Object(m) => m,
        _ => Map::new(),
    };
    coalesce_tables(&mut merged, &b, true);
    c.values = Value::Object(merged);
    true
}

// ---- semver constraints (Masterminds syntax) ----

/// A parsed version range: alternatives (`||`) of conjunctions.
#[derive(Debug, Clone)]
pub struct Constraint {
    groups: Vec<Vec<(Op, semver::Version)>>,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Op {
    Eq,
    Ne,
    Gt,
    Ge,
    Lt,
    Le,
}

/// A version with possibly missing parts (`1`, `1.2`, `1.2.x`).
struct Partial {
    major: Option<u64>,
    minor: Option<u64>,
    patch: Option<u64>,
    pre: String,
}

fn parse_partial(s: &str) -> Result<Partial, String> {
    let s = s.trim().trim_start_matches(['v', 'V']);
    let (core, pre) = match s.find(['-', '+']) {
        Some(i) if s.as_bytes()[i] == b'-' => {
            let rest = &s[i + 1..];
            (&s[..i], rest.split('+').next().unwrap_or("").to_string())
        }
        Some(i) => (&s[..i], String::new()),
        None => (s, String::new()),
    };
    let mut parts = [None, None, None];
    let pieces: Vec<&str> = core.split('.').collect();
    if pieces.is_empty() || pieces.len() > 3 || core.is_empty() {
        return Err(format!("{s:?} is not a valid version"));
    }
    for (i, p) in pieces.iter().enumerate() {
        if matches!(*p, "x" | "X" | "*") {
            break;
        }
        parts[i] = Some(p.parse::<u64>().map_err(|_| format!("{s:?} is not a valid version"))?);
    }
    Ok(Partial { major: parts[0], minor: parts[1], patch: parts[2], pre })
}

fn ver(major: u64, minor: u64, patch: u64, pre: &str) -> semver::Version {
    let mut v = semver::Version::new(major, minor, patch);
    if !pre.is_empty() {
        if let Ok(p) = semver::Prerelease::new(pre) {
            v.pre = p;
        }
    }
    v
}

/// Parse a constraint such as `^1.2`, `~1.2.3`, `>=1.0 <2.0`, `1.2.x`,
/// `1.0 - 2.0`, `>=1.19.0-0`, alternatives with `||`.
pub fn semver_constraint(s: &str) -> Result<Constraint, String> {
    let mut groups = Vec::new();
    for alt in s.split("||") {
        let mut conj = Vec::new();
        let tokens = tokenize(alt);
        let mut i = 0;
        while i < tokens.len() {
            // hyphen range
            if i + 2 < tokens.len() && tokens[i + 1] == "-" {
                let lo = parse_partial(&tokens[i])?;
                let hi = parse_partial(&tokens[i + 2])?;
                conj.push((Op::Ge, ver(lo.major.unwrap_or(0), lo.minor.unwrap_or(0), lo.patch.unwrap_or(0), &lo.pre)));
                push_le(&mut conj, &hi);
                i += 3;
                continue;
            }
            expand(&tokens[i], &mut conj)?;
            i += 1;
        }
        if conj.is_empty() {
            return Err(format!("{s:?} is not a valid version constraint"));
        }
        groups.push(conj);
    }
    Ok(Constraint { groups })
}

fn tokenize(s: &str) -> Vec<String> {
    // Operators may be separated from their version by spaces (`>= 1.2`).
    let mut out: Vec<String> = Vec::new();
    let mut pending_op = String::new();
    for raw in s.split([' ', ',', '\t']).filter(|t| !t.is_empty()) {
        if raw.chars().all(|c| "=<>!~^".contains(c)) {
            pending_op.push_str(raw);
            continue;
        }
        out.push(format!("{pending_op}{raw}"));
        pending_op.clear();
    }
    out
}

fn push_le(conj: &mut Vec<(Op, semver::Version)>, p: &Partial) {
    match (p.major, p.minor, p.patch) {
        (Some(a), Some(b), Some(c)) => conj.push((Op::Le, ver(a, b, c, &p.pre))),
        (Some(a), Some(b), None) => conj.push((Op::Lt, ver(a, b + 1, 0, "0"))),
        (Some(a), None, _) => conj.push((Op::Lt, ver(a + 1, 0, 0, "0"))),
        (None, _, _) => {}
    }
}

fn expand(tok: &str, conj: &mut Vec<(Op, semver::Version)>) -> Result<(), String> {
    let ops = ["~>", ">=", "=>", "<=", "=<", "!=", "^", "~", ">", "<", "="];
    let (op, rest) = ops.iter().find_map(|o| tok.strip_prefix(o).map(|r| (*o, r))).unwrap_or(("", tok));
    let p = parse_partial(rest)?;
    let major = p.major;
    let (a, b, c) = (major.unwrap_or(0), p.minor.unwrap_or(0), p.patch.unwrap_or(0));
    let base = ver(a, b, c, &p.pre);
    match op {
        "" | "=" => match (p.major, p.minor, p.patch) {
            (None, _, _) => conj.push((Op::Ge, ver(0, 0, 0, ""))),
            (Some(_), Some(_), Some(_)) => conj.push((Op::Eq, base)),
            (Some(_), Some(_), None) => {
                conj.push((Op::Ge, base));
                conj.push((Op::Lt, ver(a, b + 1, 0, "0")));
            }
            (Some(_), None, _) => {
                conj.push((Op::Ge, base));
                conj.push((Op::Lt, ver(a + 1, 0, 0, "0")));
            }
        },
        "!=" => conj.push((Op::Ne, base)),
        ">" => match (p.major, p.minor, p.patch) {
            (Some(_), Some(_), Some(_)) => conj.push((Op::Gt, base)),
            (Some(_), Some(_), None) => conj.push((Op::Ge, ver(a, b + 1, 0, ""))),
            (Some(_), None, _) => conj.push((Op::Ge, ver(a + 1, 0, 0, ""))),
            (None, _, _) => conj.push((Op::Lt, ver(0, 0, 0, "0"))),
        },
        ">=" | "=>" => conj.push((Op::Ge, base)),
        "<" => conj.push((Op::Lt, base)),
        "<=" | "=<" => push_le(conj, &p),
        "~" | "~>" => {
            conj.push((Op::Ge, base));
            match (p.major, p.minor) {
                (Some(_), Some(_)) => conj.push((Op::Lt, ver(a, b + 1, 0, "0"))),
                (Some(_), None) => conj.push((Op::Lt, ver(a + 1, 0, 0, "0"))),
                _ => {}
            }
        }
        "^" => {
            conj.push((Op::Ge, base));
            match (p.major, p.minor, p.patch) {
                (None, _, _) => {}
                (Some(x), _, _) if x > 0 => conj.push((Op::Lt, ver(a + 1, 0, 0, "0"))),
                (Some(_), None, _) => conj.push((Op::Lt, ver(1, 0, 0, "0"))),
                (Some(_), Some(y), _) if y > 0 => conj.push((Op::Lt, ver(0, b + 1, 0, "0"))),
                (Some(_), Some(_), None) => conj.push((Op::Lt, ver(0, 1, 0, "0"))),
                (Some(_), Some(_), Some(_)) => conj.push((Op::Lt, ver(0, 0, c + 1, "0"))),
            }
        }
        _ => return Err(format!("{tok:?} is not a valid version constraint")),
    }
    Ok(())
}

impl Constraint {
    /// Whether `v` satisfies the constraint. As in Masterminds/semver, a
    /// pre-release version only satisfies a group whose bounds mention a
    /// pre-release.
    pub fn matches(&self, v: &semver::Version) -> bool {
        self.groups.iter().any(|g| {
            if !v.pre.is_empty() && !g.iter().any(|(_, b)| !b.pre.is_empty() && b.pre.as_str() != "0") {
                // `-0` lower bounds (kubeVersion: ">=1.19.0-0") admit pre-releases.
                if !g.iter().any(|(o, b)| *o == Op::Ge && b.pre.as_str() == "0") {
                    return false;
                }
            }
            g.iter().all(|(op, b)| {
                let ord = cmp_core(v, b);
                match op {
                    Op::Eq => ord == std::cmp::Ordering::Equal,
                    Op::Ne => ord != std::cmp::Ordering::Equal,
                    Op::Gt => ord == std::cmp::Ordering::Greater,
                    Op::Ge => ord != std::cmp::Ordering::Less,
                    Op::Lt => ord == std::cmp::Ordering::Less,
                    Op::Le => ord != std::cmp::Ordering::Greater,
                }
            })
        })
    }
}

fn cmp_core(a: &semver::Version, b: &semver::Version) -> std::cmp::Ordering {
    (a.major, a.minor, a.patch).cmp(&(b.major, b.minor, b.patch)).then_with(|| a.pre.cmp(&b.pre))
}

/// Parse a version loosely (`v1.2`, `1.2.3-rc.1`) as Masterminds does.
pub fn loose_version(s: &str) -> Option<semver::Version> {
    let p = parse_partial(s).ok()?;
    Some(ver(p.major?, p.minor.unwrap_or(0), p.patch.unwrap_or(0), &p.pre))
}

/// Whether `version` is in the range `constraint` (an empty or unparsable
/// constraint accepts nothing but an exact string match).
pub fn version_in_range(constraint: &str, version: &str) -> bool {
    if constraint.trim().is_empty() {
        return true;
    }
    match (semver_constraint(constraint), loose_version(version)) {
        (Ok(c), Some(v)) => c.matches(&v),
        _ => constraint == version,
    }
}

// ---- schema ----

/// Validate the values of every chart of the tree against its
/// `values.schema.json` (its own subtree of the values).
pub fn validate_schemas(chart: &Chart, values: &Value) -> Result<(), ChartError> {
    let mut report = String::new();
    validate_rec(chart, values, chart.name(), &mut report)?;
    if report.is_empty() {
        Ok(())
    } else {
        Err(ChartError::Schema(report.trim_end().to_string()))
    }
}

fn validate_rec(chart: &Chart, values: &Value, path: &str, report: &mut String) -> Result<(), ChartError> {
    if let Some(schema) = &chart.schema {
        let file = format!("{path}/values.schema.json");
        // (read now, and freed once checked)
        let text = schema.read_uncached()?;
        // Values are almost always valid: the quick check answers without
        // compiling the schema (read into its own light tree); the crate
        // decides (and words the errors) otherwise.
        if super::quickschema::Schema::parse(&text).is_some_and(|s| super::quickschema::certainly_valid(&s, values)) {
            return validate_deps(chart, values, path, report);
        }
        let schema: Value =
            serde_json::from_slice(&text).map_err(|e| ChartError::invalid(&file, format!("is not valid JSON: {e}")))?;
        let validator = jsonschema::validator_for(&schema)
            .map_err(|e| ChartError::invalid(&file, format!("is not a valid JSON Schema: {e}")))?;
        let mut errs: Vec<String> = validator
            .iter_errors(values)
            .map(|e| {
                let p = e.instance_path().to_string();
                format!("- at '{}': {}", if p.is_empty() { "/".into() } else { p }, e)
            })
            .collect();
        if !errs.is_empty() {
            errs.sort();
            report.push_str(&format!("{path} ({file}):\n"));
            for e in errs {
                report.push_str(&e);
                report.push('\n');
            }
        }
    }
    validate_deps(chart, values, path, report)
}

fn validate_deps(chart: &Chart, values: &Value, path: &str, report: &mut String) -> Result<(), ChartError> {
    let empty = Value::Object(Map::new());
    for d in &chart.dependencies {
        let sub = values.get(d.name()).unwrap_or(&empty);
        validate_rec(d, sub, &format!("{path}/charts/{}", d.name()), report)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn constraints() {
        let ok = |c: &str, v: &str| version_in_range(c, v);
        assert!(ok("^1.2", "1.9.0"));
        assert!(!ok("^1.2", "2.0.0"));
        assert!(ok("~1.2", "1.2.9"));
        assert!(!ok("~1.2", "1.3.0"));
        assert!(ok(">=1.0 <2.0", "1.5.0"));
        assert!(ok(">=1.0, <2.0", "1.5.0"));
        assert!(!ok(">=1.0 <2.0", "2.0.0"));
        assert!(ok("1.2.x", "1.2.7"));
        assert!(!ok("1.2.x", "1.3.0"));
        assert!(ok("<1.0 || >=3.0", "3.1.0"));
        assert!(!ok("<1.0 || >=3.0", "2.1.0"));
        assert!(ok("1.0 - 2.0", "2.0.5"));
        assert!(ok("*", "9.9.9"));
        assert!(ok(">= 1.19.0-0", "1.35.0"));
        assert!(!ok("^1.0", "1.5.0-rc.1"));
        assert!(ok("^0.2.3", "0.2.9"));
        assert!(!ok("^0.2.3", "0.3.0"));
        assert!(semver_constraint(">>1").is_err());
    }

    #[test]
    fn tables_and_paths() {
        let v = json!({"a": {"b": {"c": true}}, "x": 1});
        assert!(table(&v, "a.b").is_some());
        assert_eq!(path_value(&v, "a.b.c"), Some(&json!(true)));
        assert_eq!(path_value(&v, "x"), Some(&json!(1)));
        assert!(path_value(&v, "a.q.c").is_none());
    }

    fn tree(a_values: &str) -> Chart {
        let file = |n: &str, d: &str| super::super::ChartFile { name: n.into(), data: d.as_bytes().into() };
        super::super::load::from_files(
            vec![
                file("Chart.yaml", "apiVersion: v2\nname: top\nversion: 1.0.0\ndependencies:\n- name: a\n  version: 1.0.0\n"),
                file(
                    "charts/a/Chart.yaml",
                    "apiVersion: v2\nname: a\nversion: 1.0.0\ndependencies:\n- name: b\n  version: 1.0.0\n  condition: b.enabled\n",
                ),
                file("charts/a/values.yaml", a_values),
                file("charts/a/charts/b/Chart.yaml", "apiVersion: v2\nname: b\nversion: 1.0.0\n"),
            ],
            "top",
        )
        .unwrap()
    }

    fn enabled_below_a(a_values: &str) -> Vec<String> {
        let mut c = tree(a_values);
        process_dependencies(&mut c, &json!({}), &mut |_| {}).unwrap();
        c.dependencies[0].dependencies.iter().map(|d| d.name().to_string()).collect()
    }

    /// Helm looks up a subchart's condition in its parent's values coalesced
    /// once more at the top level: a default of `a` named `a` fills in
    /// `a.b.enabled` there (the shortcut must not skip that coalescing).
    #[test]
    fn conditions_read_the_values_coalesced_at_each_level() {
        assert_eq!(enabled_below_a("x: 1\n"), ["b"]);
        assert_eq!(enabled_below_a("a:\n  b:\n    enabled: false\n"), Vec::<String>::new());
        assert_eq!(enabled_below_a("b:\n  enabled: false\n"), Vec::<String>::new());
        assert_eq!(enabled_below_a("tags: {}\nb:\n  enabled: true\n"), ["b"]);
        let c = tree("x: 1\n");
        assert!(!touches_top_level(&c.dependencies[0], "a"));
        assert!(touches_top_level(&c.dependencies[0], "b"));
        assert!(touches_top_level(&tree("tags: {}\n").dependencies[0], "a"));
        assert!(touches_top_level(&tree("a: 1\n").dependencies[0], "a"));
    }

    /// The values reused from dependency processing are those computed
    /// again over the processed tree, with every subchart kept or not.
    #[test]
    fn values_after_dependency_processing() {
        for (a_values, user) in [
            ("x: 1\n", json!({})),
            ("b:\n  enabled: false\n", json!({})),
            ("x: 1\n", json!({"a": {"b": {"enabled": false}}})),
            ("b:\n  enabled: false\n  y: 2\n", json!({"a": {"b": {"enabled": true}}, "z": null})),
        ] {
            let mut c = tree(a_values);
            let got = process_dependencies_and_values(&mut c, &user, &mut |_| {}).unwrap();
            let mut again = tree(a_values);
            process_dependencies(&mut again, &user, &mut |_| {}).unwrap();
            assert_eq!(got, coalesce(&again, &user, false), "{a_values} {user}");
        }
    }

    /// A tree with globals, nulls, aliases and a subchart named by a
    /// default of its parent, to compare the partial and moving coalesces
    /// with the plain one.
    fn rich_tree() -> Chart {
        let file = |n: &str, d: &str| super::super::ChartFile { name: n.into(), data: d.as_bytes().into() };
        super::super::load::from_files(
            vec![
                file(
                    "Chart.yaml",
                    "apiVersion: v2\nname: top\nversion: 1.0.0\ndependencies:\n- name: a\n  version: 1.0.0\n  condition: a.enabled,x.on\n- name: a\n  alias: a2\n  version: 1.0.0\n  condition: a2.enabled\n  tags: [t1]\n",
                ),
                file(
                    "values.yaml",
                    "global: {g1: 1, deep: {k: top}}\na: {enabled: true, keep: {p: 1}, n: null}\nx: {on: false, big: [1, 2]}\ntags: {t1: true}\nother: {q: 1}\n",
                ),
                file(
                    "charts/a/Chart.yaml",
                    "apiVersion: v2\nname: a\nversion: 1.0.0\ndependencies:\n- name: b\n  version: 1.0.0\n  condition: b.enabled,global.bOn\n",
                ),
                file(
                    "charts/a/values.yaml",
                    "global: {g2: 2, deep: {k: a, j: 1}}\nenabled: false\nkeep: {p: 2, r: 3}\nn: 5\nb: {enabled: null, v: 1}\n",
                ),
                file("charts/a/charts/b/Chart.yaml", "apiVersion: v2\nname: b\nversion: 1.0.0\n"),
                file("charts/a/charts/b/values.yaml", "global: {bOn: true}\nenabled: true\nw: {z: 1}\n"),
            ],
            "top",
        )
        .unwrap()
    }

    #[test]
    fn partial_coalesce_is_exact_where_read() {
        let users = [
            json!({}),
            json!({"a": {"enabled": null, "b": {"enabled": false}}, "global": {"bOn": false}}),
            json!({"a": null, "x": {"on": true}, "tags": {"t1": false}}),
            json!({"a": {"b": null}, "a2": {"global": {"g1": 9}}, "global": {"deep": null}}),
            json!({"x": 1, "a": 7, "a2": {"enabled": false}}),
        ];
        let paths = [
            "tags",
            "a.enabled",
            "x.on",
            "a2.enabled",
            "a.b.enabled",
            "a.global.bOn",
            "a2.b.enabled",
            "a2.global.bOn",
            "global",
            "a.global",
        ];
        for user in &users {
            let c = rich_tree();
            let need = condition_paths(&c);
            for p in paths {
                assert!(need.child(p.split('.').next().unwrap()).is_some(), "{p} should be needed: {need:?}");
            }
            let full = coalesce(&c, user, false);
            let part = coalesce_needed(&c, user, &need);
            for p in paths {
                assert_eq!(path_value(&part, p), path_value(&full, p), "{p} with {user}");
            }
            assert!(part.get("other").is_none(), "{part}");
            // the nested coalesce, over the partial values
            let sub = &c.dependencies[0];
            assert_eq!(
                path_value(&coalesce_needed(sub, &part, &need), "a.b.enabled"),
                path_value(&coalesce(sub, &full, false), "a.b.enabled")
            );
            let mut taken = rich_tree();
            assert_eq!(coalesce_taking(&mut taken, user, false), full, "{user}");
            assert!(taken.values.is_null());
            // (a subchart whose values are not a map keeps its defaults)
            assert_eq!(taken.dependencies[0].values.is_null(), user["a"] != json!(7), "{user}");
        }
    }

    #[test]
    fn needed_paths() {
        let mut n = Need::none();
        n.add("a.b");
        n.add("a.b.c");
        n.add("d");
        assert_eq!(n.child("a").and_then(|a| a.child("b")), Some(&Need::All));
        assert_eq!(n.child("a").and_then(|a| a.child("z")), None);
        assert_eq!(n.child("a").and_then(|a| a.child("global")), Some(&Need::All));
        assert_eq!(n.child("e"), None);
        let v = json!({"a": {"b": {"c": 1}, "z": 2, "global": {"g": 1}}, "e": 3, "d": [1]});
        assert_eq!(copy_needed(&v, &n), json!({"a": {"b": {"c": 1}, "global": {"g": 1}}, "d": [1]}));
    }

    #[test]
    fn user_null_deletes_default() {
        let mut dst = json!({"a": null, "b": {"c": null, "d": 1}}).as_object().unwrap().clone();
        let src = json!({"a": 1, "b": {"c": 2, "e": 3}, "f": 4}).as_object().unwrap().clone();
        coalesce_tables(&mut dst, &src, false);
        assert_eq!(Value::Object(dst), json!({"b": {"d": 1, "e": 3}, "f": 4}));
    }
}
