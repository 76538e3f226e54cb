//! Helm's chart model, independent of the template language.
//!
//! A chart is loaded from a directory or a `.tgz` ([`load`]), its values are
//! computed exactly as Helm v4 computes them ([`values`], [`strvals`]), and
//! [`render`] hands the whole chart tree to a [`TemplateEngine`]
//! (minijinja for kforge charts, [`jinja`]; Go text/template for Helm's own
//! charts, `src/gotmpl`), then orders and formats the documents as
//! `helm template` does.
//!
//! # The template-engine contract ([`engine`])
//!
//! An engine receives one [`engine::RenderJob`] per render:
//!
//! * `charts`: every chart of the tree that is enabled, the root first, each
//!   as a [`engine::ChartScope`] with its path (`demo`, `demo/charts/sub`),
//!   its scoped `.Values` (already coalesced: defaults, user values, globals,
//!   imports), its `.Chart` object (Chart.yaml with Helm's capitalised field
//!   names), its `.Files` (name → bytes), its subcharts (indexes) and its
//!   parent.
//! * `templates`: every template file of every chart, named as Helm names
//!   them (`demo/charts/sub/templates/x.yaml`), with the index of its chart,
//!   its source text, and `render` = whether its output is wanted (false for
//!   `_`-prefixed partials and for library charts' files, which only provide
//!   definitions). Deeper charts come first, so an engine that registers
//!   definitions in order lets the parent override a subchart's definition.
//! * `release`, `capabilities`: the `.Release` and `.Capabilities` objects as
//!   value trees (`Capabilities.APIVersions` is a list of strings; engines
//!   expose `Has`/`has` over it).
//! * `strict`: undefined values are errors.
//!
//! [`engine::RenderJob::objects`] builds the standard top-level value tree of
//! a template (`Values`, `Release`, `Chart`, `Capabilities`, `Template`,
//! `Subcharts`); `Files` is left to the engine (it has methods).
//!
//! Values are `serde_json::Value`s with Helm's typing: numbers read from YAML
//! or JSON (values files, `--set-json`) are `f64` (Go's float64), `--set`
//! integers are `i64` (Go's int64). Engines print numbers their own way.
//!
//! The engine returns the rendered text of every template whose `render`
//! flag is set, by template name, or an [`engine::EngineError`] naming the
//! template file and line.
pub mod archive;
pub mod create;
pub mod deps;
pub mod engine;
pub mod glob;
pub mod head;
pub mod index;
pub mod jinja;
pub mod lint;
pub mod load;
pub mod metadata;
pub mod package;
pub mod quickschema;
pub mod render;
pub mod schema;
pub mod sort;
pub mod strvals;
pub mod values;

pub use engine::{EngineError, RenderJob, TemplateEngine};
pub use load::{load_chart, Chart, ChartFile, FileData};
pub use metadata::Metadata;
pub use render::{render_chart, RenderOptions, RenderedChart};

use std::path::PathBuf;

/// Chart annotation that marks a kforge (minijinja) chart. Its value names
/// the engine: `minijinja`. Charts without it are Helm (Go template) charts.
pub const ENGINE_ANNOTATION: &str = "kforge.io/template-engine";

/// Everything that can go wrong with a chart.
#[derive(Debug, thiserror::Error)]
pub enum ChartError {
    #[error("{path}: {error}")]
    Io { path: PathBuf, error: std::io::Error },
    #[error("{path}: {message}")]
    Archive { path: String, message: String },
    #[error("{file}: {message}")]
    Invalid { file: String, message: String },
    #[error(transparent)]
    Yaml(#[from] crate::yaml::YamlError),
    #[error("{0}")]
    Set(String),
    #[error("values don't meet the specifications of the schema(s) in the following chart(s):\n{0}")]
    Schema(String),
    #[error(transparent)]
    Engine(#[from] EngineError),
    #[error("{0}")]
    Render(String),
}

impl ChartError {
    pub(crate) fn io(path: impl Into<PathBuf>, source: std::io::Error) -> ChartError {
        ChartError::Io { path: path.into(), error: source }
    }
    pub(crate) fn invalid(file: impl Into<String>, message: impl Into<String>) -> ChartError {
        ChartError::Invalid { file: file.into(), message: message.into() }
    }
}
