//! The template-engine trait: what the chart model gives an engine and what
//! it gets back (see the module documentation of [`crate::chart`]).
use std::collections::BTreeMap;

use serde_json::{Map, Value};

use super::load::ChartFile;

/// Picks the engine for a chart. The chart model knows only its own
/// minijinja engine (`render::engine_for`); callers pass
/// `engines::for_chart` (in `src/engines.rs`), which knows every engine.
pub type EngineFor = fn(&super::Chart) -> Result<Box<dyn TemplateEngine>, super::ChartError>;

/// A template language able to render a chart tree.
pub trait TemplateEngine: Send + Sync {
    /// The engine's name (`minijinja`, `gotmpl`), as used in messages.
    fn name(&self) -> &'static str;

    /// Render every template of `job` whose `render` flag is set. The result
    /// maps template names (`demo/templates/x.yaml`) to their output.
    fn render(&self, job: &RenderJob<'_>) -> Result<BTreeMap<String, String>, EngineError>;
}

/// An error while rendering, with the template file and line when known.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", self.describe())]
pub struct EngineError {
    /// Template name (`demo/templates/x.yaml`), empty when unknown.
    pub template: String,
    pub line: Option<usize>,
    pub message: String,
}

impl EngineError {
    pub fn new(template: impl Into<String>, line: Option<usize>, message: impl Into<String>) -> EngineError {
        EngineError { template: template.into(), line, message: message.into() }
    }

    fn describe(&self) -> String {
        match (self.template.is_empty(), self.line) {
            (true, _) => self.message.clone(),
            (false, Some(l)) => format!("{}:{}: {}", self.template, l, self.message),
            (false, None) => format!("{}: {}", self.template, self.message),
        }
    }
}

/// One chart of the tree, as templates see it.
#[derive(Debug, Clone)]
pub struct ChartScope<'a> {
    /// Path of the chart in the tree: `demo`, `demo/charts/sub` (aliases
    /// applied).
    pub path: String,
    /// The chart's name (its alias when it has one).
    pub name: String,
    /// `.Values` of this chart's templates (a subchart's are part of its
    /// parent's).
    pub values: &'a Value,
    /// `.Chart`: Chart.yaml with Helm's field names, plus `IsRoot`.
    pub chart: Value,
    /// `.Files`: every file of the chart except templates/, charts/,
    /// Chart.yaml, values.yaml, values.schema.json and Chart.lock.
    pub files: &'a [ChartFile],
    /// Indexes (in [`RenderJob::charts`]) of the enabled subcharts.
    pub subcharts: Vec<usize>,
    /// Index of the parent chart; `None` for the root.
    pub parent: Option<usize>,
    /// `type: library`.
    pub is_library: bool,
}

/// One template file.
#[derive(Debug, Clone)]
pub struct TemplateSource {
    /// Helm's name for it: `<chart path>/templates/<file>`.
    pub name: String,
    /// Index of its chart in [`RenderJob::charts`].
    pub chart: usize,
    /// The text, shared with the chart (engines may keep it: no copy).
    pub source: std::sync::Arc<str>,
    /// Whether the output is wanted (not a `_` partial, not a library's).
    pub render: bool,
}

/// Everything an engine needs for one render.
#[derive(Debug, Clone)]
pub struct RenderJob<'a> {
    /// The enabled charts; index 0 is the root.
    pub charts: Vec<ChartScope<'a>>,
    /// Templates, deeper charts first, then by name.
    pub templates: Vec<TemplateSource>,
    /// `.Release`: Name, Namespace, Service, IsInstall, IsUpgrade, Revision.
    pub release: Value,
    /// `.Capabilities`: KubeVersion {Version, Major, Minor, GitVersion},
    /// APIVersions (list of strings), HelmVersion.
    pub capabilities: Value,
    /// Undefined values are errors.
    pub strict: bool,
    /// Seed for random functions (`randAlphaNum`, `genCA`, ...); `None`:
    /// really random.
    pub seed: Option<u64>,
    /// The process ends after the render: an engine may leave what it
    /// built to the exit instead of freeing it
    /// ([`super::RenderOptions::leave_to_exit`]).
    pub leave_to_exit: bool,
}

impl RenderJob<'_> {
    /// The top-level object of a template of chart `chart`, without `Files`:
    /// `Values`, `Release`, `Chart`, `Capabilities`, `Template {Name,
    /// BasePath}`, `Subcharts` (name → that subchart's object).
    pub fn objects(&self, chart: usize, template_name: &str) -> Value {
        let scope = &self.charts[chart];
        let mut m = Map::new();
        m.insert("Values".into(), scope.values.clone());
        m.insert("Release".into(), self.release.clone());
        m.insert("Chart".into(), scope.chart.clone());
        m.insert("Capabilities".into(), self.capabilities.clone());
        let mut t = Map::new();
        t.insert("Name".into(), Value::String(template_name.to_string()));
        t.insert("BasePath".into(), Value::String(format!("{}/templates", scope.path)));
        m.insert("Template".into(), Value::Object(t));
        let mut subs = Map::new();
        for &s in &scope.subcharts {
            subs.insert(self.charts[s].name.clone(), self.objects(s, template_name));
        }
        m.insert("Subcharts".into(), Value::Object(subs));
        Value::Object(m)
    }
}
