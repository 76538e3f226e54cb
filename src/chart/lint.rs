//! `kforge chart lint`: Chart.yaml checks, values against the schema,
//! every template rendered, every document a Kubernetes object.
use std::fmt;
use std::path::Path;

use serde_json::Value;

use super::engine::EngineFor;
use super::render::{self, RenderOptions};
use super::ChartError;

/// How bad a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Info,
    Warning,
    Error,
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Severity::Info => "INFO",
            Severity::Warning => "WARNING",
            Severity::Error => "ERROR",
        })
    }
}

/// One finding, with the file (relative to the chart's parent) and line
/// when known.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub severity: Severity,
    pub file: String,
    pub line: Option<usize>,
    pub message: String,
}

impl fmt::Display for Finding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(l) => write!(f, "[{}] {}:{}: {}", self.severity, self.file, l, self.message),
            None => write!(f, "[{}] {}: {}", self.severity, self.file, self.message),
        }
    }
}

/// The findings of one lint.
#[derive(Debug, Clone, Default)]
pub struct LintReport {
    pub findings: Vec<Finding>,
}

impl LintReport {
    /// Whether the lint fails: errors, or warnings when `strict`.
    pub fn failed(&self, strict: bool) -> bool {
        self.findings.iter().any(|f| f.severity == Severity::Error || (strict && f.severity == Severity::Warning))
    }

    fn push(&mut self, severity: Severity, file: impl Into<String>, line: Option<usize>, message: impl Into<String>) {
        self.findings.push(Finding { severity, file: file.into(), line, message: message.into() });
    }
}

/// Lint the chart at `path`, rendered with `opts` (its values must be
/// merged already) by the engine `engine_for` picks (`engines::for_chart` (in `src/engines.rs`)).
pub fn lint(path: &Path, opts: &RenderOptions, engine_for: EngineFor) -> LintReport {
    let mut report = LintReport::default();
    let origin = path.display().to_string();
    let chart = match super::load_chart(path) {
        Ok(c) => c,
        Err(e) => {
            let (file, line, msg) = split_error(&e, &origin);
            report.push(Severity::Error, file, line, msg);
            return report;
        }
    };
    let name = chart.name().to_string();
    let cy = format!("{name}/Chart.yaml");
    // Chart.yaml
    if chart.metadata.api_version != "v2" {
        report.push(
            Severity::Warning,
            &cy,
            None,
            format!("apiVersion {:?}: kforge charts use v2", chart.metadata.api_version),
        );
    }
    if path.is_dir() {
        if let Some(dir) =
            path.canonicalize().ok().and_then(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()))
        {
            if dir != name {
                report.push(
                    Severity::Error,
                    &cy,
                    None,
                    format!("chart name {name:?} must match the directory name {dir:?}"),
                );
            }
        }
    }
    if !super::create::valid_chart_name(&name) {
        report.push(
            Severity::Warning,
            &cy,
            None,
            format!("chart name {name:?} should use lower-case letters, digits and '-'"),
        );
    }
    if chart.metadata.description.is_empty() {
        report.push(Severity::Info, &cy, None, "description is recommended");
    }
    if chart.metadata.icon.is_empty() {
        report.push(Severity::Info, &cy, None, "icon is recommended");
    }
    if chart.metadata.app_version.is_empty() && !chart.metadata.is_library() {
        report.push(Severity::Info, &cy, None, "appVersion is recommended");
    }
    if chart.raw_values.is_none() {
        report.push(Severity::Info, format!("{name}/values.yaml"), None, "file does not exist");
    }
    if chart.templates.is_empty() {
        report.push(
            Severity::Warning,
            format!("{name}/templates/"),
            None,
            "directory does not exist or holds no templates",
        );
    }
    if let Err(e) = super::package::check_dependencies(&chart) {
        report.push(Severity::Error, &cy, None, strip_origin(&e.to_string()));
    }
    if chart.metadata.is_library() {
        return report;
    }
    let engine = match engine_for(&chart) {
        Ok(e) => e,
        Err(e) => {
            report.push(Severity::Error, &cy, None, e.to_string());
            return report;
        }
    };
    let mut warnings = Vec::new();
    let rendered = match render::render_chart(&chart, opts, engine.as_ref(), &mut |w| warnings.push(w)) {
        Ok(r) => r,
        Err(e) => {
            let (file, line, msg) = split_error(&e, &name);
            report.push(Severity::Error, file, line, msg);
            return report;
        }
    };
    for w in warnings {
        report.push(Severity::Warning, &cy, None, w);
    }
    // Every document is a Kubernetes object.
    let mut index_in_file: std::collections::HashMap<String, usize> = Default::default();
    for d in &rendered.documents {
        let n = index_in_file.entry(d.source.clone()).or_insert(0);
        *n += 1;
        let which = format!("document {}", n);
        let docs = match crate::yaml::parse_documents_as::<serde_json::Value>(&d.content, &d.source) {
            Ok(v) => v,
            Err(e) => {
                report.push(Severity::Error, &d.source, Some(e.line), format!("{which}: {}", e.message));
                continue;
            }
        };
        for doc in docs {
            let Value::Object(m) = &doc else {
                report.push(Severity::Error, &d.source, None, format!("{which}: not a mapping"));
                continue;
            };
            for field in ["apiVersion", "kind"] {
                if m.get(field).and_then(Value::as_str).is_none_or(str::is_empty) {
                    report.push(Severity::Error, &d.source, None, format!("{which}: object has no {field}"));
                }
            }
            match doc.get("metadata").and_then(|md| md.get("name")).and_then(Value::as_str) {
                None | Some("") if doc.get("metadata").and_then(|md| md.get("generateName")).is_none() => {
                    report.push(Severity::Error, &d.source, None, format!("{which}: object has no metadata.name"))
                }
                Some(n) if !valid_dns_name(n) => report.push(
                    Severity::Error,
                    &d.source,
                    None,
                    format!("{which}: metadata.name {n:?} is invalid: a lowercase RFC 1123 subdomain is required"),
                ),
                _ => {}
            }
        }
    }
    report
}

fn valid_dns_name(n: &str) -> bool {
    n.len() <= 253
        && n.split('.').all(|l| {
            !l.is_empty()
                && l.len() <= 63
                && l.bytes().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == b'-')
                && !l.starts_with('-')
                && !l.ends_with('-')
        })
}

fn strip_origin(s: &str) -> String {
    match s.split_once(": ") {
        Some((_, rest)) => rest.to_string(),
        None => s.to_string(),
    }
}

/// (file, line, message) of an error.
fn split_error(e: &ChartError, fallback: &str) -> (String, Option<usize>, String) {
    match e {
        ChartError::Engine(ee) => (ee.template.clone(), ee.line, ee.message.clone()),
        ChartError::Yaml(y) => (y.origin.clone(), Some(y.line), y.message.clone()),
        ChartError::Invalid { file, message } => (file.clone(), None, message.clone()),
        other => (fallback.to_string(), None, other.to_string()),
    }
}
