//! Rendering a chart as `helm template` does: values, dependencies,
//! schema, the engine, then Helm's output (install order by kind, hooks
//! last, `# Source:` lines, CRDs, `--show-only`, `--output-dir`).
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde_json::{Map, Value};

use super::engine::{ChartScope, RenderJob, TemplateEngine, TemplateSource};
use super::load::Chart;
use super::values;
use super::ChartError;
use crate::model::ResMap;

/// The Kubernetes version `helm template` assumes (Helm v4.1.4).
pub const DEFAULT_KUBE_VERSION: &str = "v1.35.0";

/// Options of one render (`kforge template` flags).
#[derive(Debug, Clone)]
pub struct RenderOptions {
    pub release_name: String,
    pub namespace: String,
    /// The user's merged values (`-f`, `--set`...): see
    /// [`values::ValueOptions::merge`].
    pub values: Value,
    pub kube_version: Option<String>,
    pub api_versions: Vec<String>,
    pub include_crds: bool,
    pub show_only: Vec<String>,
    pub no_hooks: bool,
    pub skip_tests: bool,
    pub strict: bool,
    pub skip_schema_validation: bool,
    pub is_upgrade: bool,
    /// Set `metadata.namespace` on namespaced objects that have none
    /// (helm#3553); off by default, as in Helm.
    pub force_namespace: bool,
    /// Seed for random template functions (`--seed`): reproducible output.
    pub seed: Option<u64>,
    /// The process ends after this render (`kforge template`): the chart,
    /// its values and the engine's objects are left to the exit instead of
    /// being freed one by one (a few percent of a render's instructions).
    pub leave_to_exit: bool,
}

impl Default for RenderOptions {
    fn default() -> Self {
        RenderOptions {
            release_name: "release-name".into(),
            namespace: "default".into(),
            values: Value::Object(Map::new()),
            kube_version: None,
            api_versions: Vec::new(),
            include_crds: false,
            show_only: Vec::new(),
            no_hooks: false,
            skip_tests: false,
            strict: false,
            skip_schema_validation: false,
            is_upgrade: false,
            force_namespace: false,
            seed: None,
            leave_to_exit: false,
        }
    }
}

/// What a document is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DocKind {
    Crd,
    Manifest,
    Hook,
}

/// One output document.
#[derive(Debug, Clone)]
pub struct Document {
    /// `demo/templates/x.yaml`
    pub source: String,
    /// The document text (trimmed, without `---` or `# Source:`).
    pub content: String,
    pub kind: DocKind,
    /// `kind:` of the document.
    pub object_kind: String,
}

/// A rendered chart, in `helm template`'s output order.
#[derive(Debug, Clone, Default)]
pub struct RenderedChart {
    pub documents: Vec<Document>,
    /// The root chart's NOTES.txt, rendered.
    pub notes: Option<String>,
    /// Picked with `--show-only` (helm prints those documents alone).
    pub show_only: bool,
}

/// The chart model's own engine: `minijinja` for kforge charts. Other
/// engines (the Go-template one for Helm charts) are chosen above this
/// module, by `engines::for_chart` (in `src/engines.rs`), which falls back to this one.
pub fn engine_for(chart: &Chart) -> Result<Box<dyn TemplateEngine>, ChartError> {
    match chart.engine_name() {
        "minijinja" => Ok(Box::new(super::jinja::JinjaEngine)),
        other => Err(ChartError::Render(format!(
            "{}: chart {:?} uses the {other} template engine, which this build cannot render (kforge charts set the annotation {}: minijinja)",
            chart.origin,
            chart.name(),
            super::ENGINE_ANNOTATION
        ))),
    }
}

/// Parse a `--kube-version` (`1.30`, `v1.30.2`) into the
/// `Capabilities.KubeVersion` object.
pub fn kube_version_object(v: &str) -> Result<(Value, semver::Version), ChartError> {
    let sv = values::loose_version(v).ok_or_else(|| ChartError::Render(format!("invalid kube version {v:?}")))?;
    let version = format!("v{}.{}.{}", sv.major, sv.minor, sv.patch);
    let mut m = Map::new();
    m.insert("Version".into(), Value::String(version.clone()));
    m.insert("Major".into(), Value::String(sv.major.to_string()));
    m.insert("Minor".into(), Value::String(sv.minor.to_string()));
    m.insert("GitVersion".into(), Value::String(version));
    Ok((Value::Object(m), sv))
}

/// Group/versions (and group/version/kind) a default cluster knows.
const BUILTIN_API_VERSIONS: &[&str] = &[
    "v1",
    "admissionregistration.k8s.io/v1",
    "apiextensions.k8s.io/v1",
    "apiregistration.k8s.io/v1",
    "apps/v1",
    "authentication.k8s.io/v1",
    "authorization.k8s.io/v1",
    "autoscaling/v1",
    "autoscaling/v2",
    "batch/v1",
    "certificates.k8s.io/v1",
    "coordination.k8s.io/v1",
    "discovery.k8s.io/v1",
    "events.k8s.io/v1",
    "flowcontrol.apiserver.k8s.io/v1",
    "networking.k8s.io/v1",
    "node.k8s.io/v1",
    "policy/v1",
    "rbac.authorization.k8s.io/v1",
    "resource.k8s.io/v1",
    "scheduling.k8s.io/v1",
    "storage.k8s.io/v1",
    "v1/ConfigMap",
    "v1/Namespace",
    "v1/Pod",
    "v1/Secret",
    "v1/Service",
    "v1/ServiceAccount",
    "apps/v1/DaemonSet",
    "apps/v1/Deployment",
    "apps/v1/StatefulSet",
    "autoscaling/v2/HorizontalPodAutoscaler",
    "batch/v1/CronJob",
    "batch/v1/Job",
    "networking.k8s.io/v1/Ingress",
    "networking.k8s.io/v1/NetworkPolicy",
    "policy/v1/PodDisruptionBudget",
];

/// Whether `s` is one of the API versions the model always adds (so an
/// engine can tell them from `--api-versions`).
pub fn is_builtin_api_version(s: &str) -> bool {
    BUILTIN_API_VERSIONS.contains(&s)
}

fn capabilities(opts: &RenderOptions) -> Result<(Value, semver::Version), ChartError> {
    let (kv, sv) = kube_version_object(opts.kube_version.as_deref().unwrap_or(DEFAULT_KUBE_VERSION))?;
    let mut apis: Vec<Value> = BUILTIN_API_VERSIONS.iter().map(|s| Value::String(s.to_string())).collect();
    apis.extend(opts.api_versions.iter().map(|s| Value::String(s.clone())));
    let mut m = Map::new();
    m.insert("KubeVersion".into(), kv);
    m.insert("APIVersions".into(), Value::Array(apis));
    let mut hv = Map::new();
    hv.insert("Version".into(), Value::String(format!("v{}", env!("CARGO_PKG_VERSION"))));
    m.insert("HelmVersion".into(), Value::Object(hv));
    Ok((Value::Object(m), sv))
}

fn release(opts: &RenderOptions) -> Value {
    serde_json::json!({
        "Name": opts.release_name,
        "Namespace": opts.namespace,
        "Service": "kforge",
        "IsInstall": !opts.is_upgrade,
        "IsUpgrade": opts.is_upgrade,
        "Revision": 1,
    })
}

/// Compute the values a chart's templates see (after dependency
/// processing, which it applies to `chart`).
pub fn compute_values(chart: &mut Chart, user: &Value, warn: &mut dyn FnMut(String)) -> Result<Value, ChartError> {
    values::process_dependencies_and_values(chart, user, warn)
}

/// Render a chart with `engine`. Warnings go to `warn`.
pub fn render_chart(
    chart: &Chart,
    opts: &RenderOptions,
    engine: &dyn TemplateEngine,
    warn: &mut dyn FnMut(String),
) -> Result<RenderedChart, ChartError> {
    render_chart_owned(chart.clone(), opts, engine, warn)
}

/// [`render_chart`] on a chart the caller no longer needs: rendering
/// changes the chart (dependencies enabled, aliases), and taking it saves
/// copying the whole tree (every chart's values and files).
pub fn render_chart_owned(
    mut chart: Chart,
    opts: &RenderOptions,
    engine: &dyn TemplateEngine,
    warn: &mut dyn FnMut(String),
) -> Result<RenderedChart, ChartError> {
    let vals = compute_values(&mut chart, &opts.values, warn)?;
    if !opts.skip_schema_validation {
        values::validate_schemas(&chart, &vals)?;
    }
    // The charts' defaults are in `vals` now: their memory goes back to
    // the allocator, for the template engine's trees to reuse (fewer
    // fresh pages touched).
    drop_defaults(&mut chart);
    let (caps, kube) = capabilities(opts)?;
    check_kube_version(&chart, &kube)?;
    let mut job = RenderJob {
        charts: Vec::new(),
        templates: Vec::new(),
        release: release(opts),
        capabilities: caps,
        strict: opts.strict,
        seed: opts.seed,
        leave_to_exit: opts.leave_to_exit,
    };
    let mut depth_of: Vec<usize> = Vec::new();
    let empty = Value::Object(Map::new());
    // (templates are read here: only those of the charts that render)
    let mut texts = super::load::TemplateTexts::default();
    let mut walk = Collect { empty: &empty, job: &mut job, depth_of: &mut depth_of, texts: &mut texts };
    walk.chart(&chart, &vals, None, chart.name().to_string(), 0)?;
    // Deeper charts first (their definitions are overridden by parents'), then by name.
    job.templates.sort_by(|a, b| depth_of[b.chart].cmp(&depth_of[a.chart]).then_with(|| a.name.cmp(&b.name)));
    let rendered = engine.render(&job)?;
    let root = &job.charts[0];
    let notes_name = format!("{}/templates/NOTES.txt", root.path);
    let notes = rendered.get(&notes_name).cloned();
    let crds = if opts.include_crds { crd_documents(&chart, chart.name())? } else { Vec::new() };
    let mut out = build_documents(rendered, crds, opts)?;
    out.notes = notes;
    if opts.leave_to_exit {
        std::mem::forget(job);
        std::mem::forget(vals);
        std::mem::forget(chart);
    }
    Ok(out)
}

/// Free every chart's default values, their text and schema (rendering
/// reads the coalesced values only, validated before).
fn drop_defaults(chart: &mut Chart) {
    chart.values = Value::Null;
    chart.raw_values = None;
    chart.schema = None;
    for d in chart.dependencies.iter_mut() {
        drop_defaults(d);
    }
}

fn check_kube_version(chart: &Chart, kube: &semver::Version) -> Result<(), ChartError> {
    if chart.metadata.kube_version.is_empty() {
        return Ok(());
    }
    let c = values::semver_constraint(&chart.metadata.kube_version)
        .map_err(|e| ChartError::invalid(format!("{}/Chart.yaml", chart.origin), format!("field kubeVersion: {e}")))?;
    if !c.matches(kube) {
        return Err(ChartError::Render(format!(
            "chart requires kubeVersion: {} which is incompatible with Kubernetes v{kube}",
            chart.metadata.kube_version
        )));
    }
    Ok(())
}

/// Fills a render job with the charts of the tree (root first) and
/// their templates.
struct Collect<'a, 'j> {
    empty: &'a Value,
    job: &'j mut RenderJob<'a>,
    /// the depth of each chart of `job.charts`
    depth_of: &'j mut Vec<usize>,
    texts: &'j mut super::load::TemplateTexts,
}

impl<'a> Collect<'a, '_> {
    /// Add `chart` (values `vals`) and its subcharts: the chart's index.
    fn chart(
        &mut self,
        chart: &'a Chart,
        vals: &'a Value,
        parent: Option<usize>,
        path: String,
        depth: usize,
    ) -> Result<usize, ChartError> {
        let idx = self.job.charts.len();
        self.job.charts.push(ChartScope {
            path: path.clone(),
            name: chart.name().to_string(),
            values: vals,
            chart: chart.metadata.to_object(parent.is_none()),
            files: &chart.files,
            subcharts: Vec::new(),
            parent,
            is_library: chart.metadata.is_library(),
        });
        self.depth_of.push(depth);
        let library = chart.metadata.is_library();
        for t in chart.templates.iter() {
            let base = t.name.rsplit('/').next().unwrap_or(&t.name);
            let partial = base.starts_with('_');
            if library && !partial {
                continue;
            }
            // (a template that is not UTF-8 is left out)
            let Some(source) = t.data.template_text(self.texts)? else {
                continue;
            };
            self.job.templates.push(TemplateSource {
                name: format!("{path}/{}", t.name),
                chart: idx,
                source,
                render: !partial,
            });
        }
        for d in &chart.dependencies {
            let sub_vals = match vals.get(d.name()) {
                Some(v @ Value::Object(_)) => v,
                _ => self.empty,
            };
            let child = self.chart(d, sub_vals, Some(idx), format!("{path}/charts/{}", d.name()), depth + 1)?;
            self.job.charts[idx].subcharts.push(child);
        }
        Ok(idx)
    }
}

fn crd_documents(chart: &Chart, path: &str) -> Result<Vec<Document>, ChartError> {
    let mut out = Vec::new();
    for f in chart.crds() {
        out.push(Document {
            source: format!("{path}/{}", f.name),
            content: String::from_utf8_lossy(f.data.bytes()?).into_owned(),
            kind: DocKind::Crd,
            object_kind: "CustomResourceDefinition".into(),
        });
    }
    for d in &chart.dependencies {
        out.extend(crd_documents(d, &format!("{path}/charts/{}", d.name()))?);
    }
    Ok(out)
}

/// Go's `\s` (RE2, ASCII only).
fn go_space(b: u8) -> bool {
    matches!(b, b'\t' | b'\n' | b'\x0c' | b'\r' | b' ')
}

fn skip_space(s: &[u8], mut i: usize) -> usize {
    while i < s.len() && go_space(s[i]) {
        i += 1;
    }
    i
}

/// The next match of Helm's separator `(?:^|\s*\n)---\s*` at or after
/// `from`, leftmost-first as Go's regexp finds it: (start, end). A match
/// is a run of spaces ending in a newline right before `---`: the first
/// `\n---` after `from`, widened back over the spaces before it.
fn next_separator(s: &[u8], from: usize) -> Option<(usize, usize)> {
    if from == 0 && s.starts_with(b"---") {
        return Some((0, skip_space(s, 3)));
    }
    let j = from + memchr::memmem::find(s.get(from..)?, b"\n---")?;
    let mut i = j;
    while i > from && go_space(s[i - 1]) {
        i -= 1;
    }
    Some((i, skip_space(s, j + 4)))
}

/// Helm's `SplitManifests`: split on `(?:^|\s*\n)---\s*`, trim, drop empty.
pub fn split_manifests(text: &str) -> Vec<String> {
    manifest_ranges(text).into_iter().map(|r| text[r].to_string()).collect()
}

/// [`split_manifests`] of a text the caller gives away: a text holding
/// one document becomes that document (no copy).
fn split_manifests_owned(mut text: String) -> Vec<String> {
    let mut ranges = manifest_ranges(&text);
    if let [r] = ranges.as_slice() {
        let r = r.clone();
        text.truncate(r.end);
        text.drain(..r.start);
        return vec![text];
    }
    ranges.drain(..).map(|r| text[r].to_string()).collect()
}

/// Where the documents of [`split_manifests`] are in `text`.
fn manifest_ranges(text: &str) -> Vec<std::ops::Range<usize>> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut push = |start: usize, end: usize| {
        let piece = &text[start..end];
        let d = piece.trim_start_matches(|c: char| c.is_whitespace());
        let start = start + (piece.len() - d.len());
        let d = d.trim_end_matches(|c: char| c.is_whitespace());
        if !d.is_empty() {
            out.push(start..start + d.len());
        }
    };
    let mut last = 0;
    let mut from = 0;
    while let Some((start, end)) = next_separator(b, from) {
        push(last, start);
        last = end;
        from = end.max(start + 1);
    }
    push(last, text.len());
    out
}

fn is_test_hook(hook: &str) -> bool {
    hook.split(',').map(str::trim).any(|e| e == "test" || e == "test-success" || e == "test-failure")
}

fn build_documents(
    rendered: BTreeMap<String, String>,
    crds: Vec<Document>,
    opts: &RenderOptions,
) -> Result<RenderedChart, ChartError> {
    let mut generic: Vec<Document> = Vec::new();
    let mut hooks: Vec<Document> = Vec::new();
    for (name, text) in rendered {
        let base = name.rsplit('/').next().unwrap_or(&name);
        if base.starts_with('_') || base == "NOTES.txt" || text.trim().is_empty() {
            continue;
        }
        for doc in split_manifests_owned(text) {
            let head = super::head::read_head(&doc)
                .map_err(|(line, m)| ChartError::Render(format!("YAML parse error on {name}: line {line}: {m}")))?;
            let (kind, hook) = (head.kind.clone(), head.hook.clone());
            let mut content = doc;
            if opts.force_namespace && !head.has_namespace {
                if let Some(Value::Object(m)) = crate::yaml::parse_documents_as::<serde_json::Value>(&content, &name)
                    .map_err(|e| ChartError::Render(format!("YAML parse error on {name}: {e}")))?
                    .into_iter()
                    .next()
                {
                    content = with_namespace(Value::Object(m), &opts.namespace).unwrap_or(content);
                }
            }
            match hook {
                Some(h) => {
                    if opts.no_hooks || (opts.skip_tests && is_test_hook(&h)) {
                        continue;
                    }
                    hooks.push(Document { source: name.clone(), content, kind: DocKind::Hook, object_kind: kind });
                }
                None => {
                    generic.push(Document { source: name.clone(), content, kind: DocKind::Manifest, object_kind: kind })
                }
            }
        }
    }
    super::sort::sort_by_kind(&mut generic, |d| &d.object_kind);
    super::sort::sort_by_kind(&mut hooks, |d| &d.object_kind);
    let mut documents = crds;
    documents.extend(generic);
    documents.extend(hooks);
    if !opts.show_only.is_empty() {
        documents = show_only(&documents, &opts.show_only)?;
    }
    Ok(RenderedChart { documents, notes: None, show_only: !opts.show_only.is_empty() })
}

/// `--show-only`, as Helm does it: the whole output split again into
/// documents, each selected by the path in its `# Source:` line (after the
/// chart name), pattern by pattern.
fn show_only(documents: &[Document], patterns: &[String]) -> Result<Vec<Document>, ChartError> {
    let text = RenderedChart { documents: documents.to_vec(), notes: None, show_only: true }.to_text();
    let pieces = split_manifests(&text);
    static SOURCE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let source_re = SOURCE.get_or_init(|| regex::Regex::new(r"# Source: [^/]+/(.+)").expect("valid regex"));
    let mut picked = Vec::new();
    for pat in patterns {
        let pat = pat.replace('\\', "/");
        let mut missing = true;
        for piece in &pieces {
            let Some(cap) = source_re.captures(piece) else {
                continue;
            };
            if !super::glob::matches(&pat, &cap[1]) {
                continue;
            }
            missing = false;
            let (source, content) = match piece.strip_prefix("# Source: ") {
                Some(rest) => match rest.split_once('\n') {
                    Some((src, body)) => (src.to_string(), body.to_string()),
                    None => (rest.to_string(), String::new()),
                },
                None => (String::new(), piece.clone()),
            };
            let kind = documents.iter().find(|d| d.source == source).map(|d| d.kind).unwrap_or(DocKind::Manifest);
            picked.push(Document { source, content, kind, object_kind: String::new() });
        }
        if missing {
            return Err(ChartError::Render(format!("could not find template {pat} in chart")));
        }
    }
    Ok(picked)
}

/// Re-emit a document with `metadata.namespace` set when it is namespaced
/// and has none. `None` when nothing changes.
fn with_namespace(mut doc: Value, ns: &str) -> Option<String> {
    let api = doc.get("apiVersion").and_then(Value::as_str).unwrap_or("").to_string();
    let kind = doc.get("kind").and_then(Value::as_str).unwrap_or("").to_string();
    if kind.is_empty() || crate::model::Gvk::from_api_version(&api, &kind).is_cluster_scoped() {
        return None;
    }
    let meta = doc.get_mut("metadata")?.as_object_mut()?;
    if meta.get("namespace").and_then(Value::as_str).is_some_and(|s| !s.is_empty()) {
        return None;
    }
    meta.insert("namespace".into(), Value::String(ns.to_string()));
    Some(crate::yaml::to_yaml(&doc).trim_end().to_string())
}

impl RenderedChart {
    /// The text `helm template` prints.
    pub fn to_text(&self) -> String {
        let mut out = Vec::new();
        // (writing to memory cannot fail)
        let _ = self.write_text(&mut out);
        String::from_utf8(out).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
    }

    /// Write [`RenderedChart::to_text`] to `w` piece by piece (no copy of
    /// the whole output in memory).
    pub fn write_text(&self, w: &mut dyn std::io::Write) -> std::io::Result<()> {
        // helm prints the release manifest trimmed, then a line break, then
        // the hooks: with no manifest (only hooks, or nothing) that leaves
        // an empty first line.
        if !self.show_only && self.documents.iter().all(|d| d.kind == DocKind::Hook) {
            w.write_all(b"\n")?;
        }
        for d in &self.documents {
            w.write_all(b"---\n")?;
            if !d.source.is_empty() {
                w.write_all(b"# Source: ")?;
                w.write_all(d.source.as_bytes())?;
                w.write_all(b"\n")?;
            }
            if !d.content.is_empty() {
                w.write_all(d.content.as_bytes())?;
                w.write_all(b"\n")?;
            }
        }
        Ok(())
    }

    /// The documents as resources (for transformers and `--mirror`).
    pub fn to_resmap(&self) -> Result<ResMap, ChartError> {
        let mut m = ResMap::new();
        for d in &self.documents {
            let res = crate::model::parse_resources(&d.content, &d.source)
                .map_err(|e| ChartError::Render(format!("{e:#}")))?;
            for r in res {
                m.append(r).map_err(|e| ChartError::Render(format!("{}: {e}", d.source)))?;
            }
        }
        Ok(m)
    }

    /// Write the documents under `dir` as `helm template --output-dir`
    /// does (`<dir>/<chart path>/templates/x.yaml`, documents of one file
    /// appended). Returns the files written, in order (repeats included).
    pub fn write_output_dir(&self, dir: &Path) -> Result<Vec<PathBuf>, ChartError> {
        let mut written: Vec<PathBuf> = Vec::new();
        // Each file's whole text, in first-seen order; then written all or
        // nothing (a failure or an interruption leaves `dir` as it was).
        let mut files: Vec<(PathBuf, String)> = Vec::new();
        let mut index: std::collections::HashMap<PathBuf, usize> = std::collections::HashMap::new();
        for d in &self.documents {
            if d.source.split('/').any(|c| c == ".." || c == "." || c.is_empty()) {
                return Err(ChartError::Render(format!(
                    "refusing to write {:?} outside the output directory",
                    d.source
                )));
            }
            let rel = PathBuf::from(&d.source);
            let text = format!("---\n# Source: {}\n{}\n", d.source, d.content);
            match index.get(&rel) {
                Some(&i) => files[i].1.push_str(&text),
                None => {
                    index.insert(rel.clone(), files.len());
                    files.push((rel.clone(), text));
                }
            }
            written.push(dir.join(rel));
        }
        crate::fsutil::write_tree(dir, files.iter().map(|(p, t)| (p.as_path(), t.as_bytes())))
            .map_err(|(p, e)| ChartError::io(&p, e))?;
        Ok(written)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn split_like_helm() {
        assert_eq!(split_manifests("a: 1\n---\nb: 2\n--- \n\n---\nc: 3"), vec!["a: 1", "b: 2", "---\nc: 3"]);
        assert_eq!(split_manifests("---\na: 1\n"), vec!["a: 1"]);
        assert_eq!(split_manifests("a: '---'\n"), vec!["a: '---'"]);
        assert_eq!(split_manifests("a: 1\n---\n\n---\nb: 2"), vec!["a: 1", "---\nb: 2"]);
        assert_eq!(split_manifests("a: 1 \t\n  \n---x\n---"), vec!["a: 1", "x"]);
        assert_eq!(split_manifests("a\n--\n-- -\n\n\n"), vec!["a\n--\n-- -"]);
        assert_eq!(split_manifests("\n---\na\n ---\nb\n---"), vec!["a\n ---\nb"]);
    }

    /// Only the templates of the charts that render are read: a disabled
    /// subchart's template removed after loading is never missed.
    #[test]
    fn templates_of_disabled_subcharts_are_not_read() {
        let dir = tempfile::tempdir().unwrap();
        let engine = "annotations:\n  kforge.io/template-engine: minijinja\n";
        let top = format!("apiVersion: v2\nname: top\nversion: 1.0.0\n{engine}dependencies:\n- name: sub\n  version: 1.0.0\n  condition: sub.enabled\n");
        let sub = format!("apiVersion: v2\nname: sub\nversion: 1.0.0\n{engine}");
        let files = [
            ("Chart.yaml", top.as_str()),
            ("values.yaml", "sub:\n  enabled: false\n"),
            ("templates/cm.yaml", "kind: ConfigMap\nmetadata:\n  name: top\n"),
            ("charts/sub/Chart.yaml", sub.as_str()),
            ("charts/sub/templates/s.yaml", "kind: Secret\nmetadata:\n  name: sub\n"),
        ];
        crate::fsutil::write_tree(dir.path(), files.iter().map(|(p, d)| (std::path::Path::new(*p), d.as_bytes())))
            .unwrap();
        let chart = super::super::load::load_chart(dir.path()).unwrap();
        std::fs::remove_file(dir.path().join("charts/sub/templates/s.yaml")).unwrap();
        let engine = super::super::jinja::JinjaEngine;
        let out = render_chart(&chart, &RenderOptions::default(), &engine, &mut |_| {}).unwrap();
        assert_eq!(out.to_text(), "---\n# Source: top/templates/cm.yaml\nkind: ConfigMap\nmetadata:\n  name: top\n");
        // enabled, it is read, and its absence is an error naming it
        let opts = RenderOptions { values: serde_json::json!({"sub": {"enabled": true}}), ..RenderOptions::default() };
        let e = render_chart(&chart, &opts, &engine, &mut |_| {}).unwrap_err();
        assert!(e.to_string().contains("charts/sub/templates/s.yaml"), "{e}");
    }

    #[test]
    fn defaults_are_dropped_through_the_tree_once_coalesced() {
        let file = |n: &str, d: &str| super::super::load::ChartFile { name: n.into(), data: d.as_bytes().into() };
        let mut c = super::super::load::from_files(
            vec![
                file("Chart.yaml", "apiVersion: v2\nname: top\nversion: 1.0.0\n"),
                file("values.yaml", "a: 1\n"),
                file("values.schema.json", "{}"),
                file("charts/sub/Chart.yaml", "apiVersion: v2\nname: sub\nversion: 1.0.0\n"),
                file("charts/sub/values.yaml", "b: 2\n"),
                file("charts/sub/values.schema.json", "{}"),
            ],
            "top",
        )
        .unwrap();
        let vals = compute_values(&mut c, &Value::Object(Map::new()), &mut |_| {}).unwrap();
        values::validate_schemas(&c, &vals).unwrap();
        drop_defaults(&mut c);
        assert_eq!(vals.pointer("/a").and_then(Value::as_f64), Some(1.0));
        assert_eq!(vals.pointer("/sub/b").and_then(Value::as_f64), Some(2.0));
        for ch in [&c, &c.dependencies[0]] {
            assert!(ch.values.is_null() && ch.raw_values.is_none() && ch.schema.is_none());
        }
    }
}
