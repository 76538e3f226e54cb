//! `kforge chart package`: a byte-deterministic `<name>-<version>.tgz`.
//!
//! Laid out as Helm lays out chart archives: everything under
//! `<name>/`, subcharts expanded under `<name>/charts/<sub>/`, files
//! filtered by `.helmignore`. Entries are sorted, regular files only, mode
//! 0644, owner 0:0, mtime from `SOURCE_DATE_EPOCH` (else 2000-01-01), and
//! the gzip header carries no time or name: the same chart gives the same
//! bytes whenever and wherever it is packaged.
use std::path::{Path, PathBuf};

use serde_json::Value;

use super::archive::{self, Entry};
use super::load::Chart;
use super::ChartError;

/// Options of `chart package`.
#[derive(Debug, Clone, Default)]
pub struct PackageOptions {
    /// Directory to write the archive to (default: current directory).
    pub destination: PathBuf,
    /// Replace the chart's version.
    pub version: Option<String>,
    /// Replace the chart's appVersion.
    pub app_version: Option<String>,
}

/// Every file of a chart (and its subcharts) as archive entries under
/// `prefix/`.
pub fn chart_entries(chart: &Chart, prefix: &str, out: &mut Vec<Entry>) -> Result<(), ChartError> {
    let mut push = |name: &str, data: &[u8]| out.push(Entry { path: format!("{prefix}/{name}"), data: data.to_vec() });
    push("Chart.yaml", &chart.chart_yaml);
    if let Some(v) = &chart.raw_values {
        push("values.yaml", v.bytes()?);
    }
    if let Some(s) = &chart.schema {
        push("values.schema.json", s.bytes()?);
    }
    if let Some(l) = &chart.lock {
        push("Chart.lock", l);
    }
    for f in chart.templates.iter().chain(chart.files.iter()) {
        push(&f.name, f.data.bytes()?);
    }
    for d in &chart.dependencies {
        // The directory name is the subchart's own name (not an alias).
        chart_entries(d, &format!("{prefix}/charts/{}", d.metadata.name), out)?;
    }
    Ok(())
}

/// Chart.yaml with `version` / `appVersion` replaced (re-emitted; comments
/// are lost only when something is replaced).
fn chart_yaml_with(chart: &Chart, version: Option<&str>, app_version: Option<&str>) -> Vec<u8> {
    if version.is_none() && app_version.is_none() {
        return chart.chart_yaml.clone();
    }
    let mut raw = chart.raw_metadata.clone();
    if let Value::Object(m) = &mut raw {
        if let Some(v) = version {
            m.insert("version".into(), Value::String(v.to_string()));
        }
        if let Some(v) = app_version {
            m.insert("appVersion".into(), Value::String(v.to_string()));
        }
    }
    crate::yaml::to_yaml(&raw).into_bytes()
}

/// The archive bytes of a chart.
pub fn package_bytes(chart: &Chart, version: Option<&str>, app_version: Option<&str>) -> Result<Vec<u8>, ChartError> {
    let mut c = chart.clone();
    if let Some(v) = version {
        if !super::metadata::helm_version_ok(v) {
            return Err(ChartError::invalid("--version", format!("{v:?} is not a valid semantic version")));
        }
        c.metadata.version = v.to_string();
    }
    if let Some(v) = app_version {
        c.metadata.app_version = v.to_string();
    }
    c.chart_yaml = chart_yaml_with(chart, version, app_version);
    let mut entries = Vec::new();
    chart_entries(&c, &c.metadata.name, &mut entries)?;
    archive::write_tgz(&entries, archive::package_mtime()).map_err(|e| ChartError::io(&c.origin, e))
}

/// Package the chart at `path`; returns the archive written.
pub fn package(path: &Path, opts: &PackageOptions) -> Result<PathBuf, ChartError> {
    let chart = super::load_chart(path)?;
    check_dependencies(&chart)?;
    let bytes = package_bytes(&chart, opts.version.as_deref(), opts.app_version.as_deref())?;
    let version = opts.version.clone().unwrap_or_else(|| chart.metadata.version.clone());
    let dest_dir = if opts.destination.as_os_str().is_empty() { PathBuf::from(".") } else { opts.destination.clone() };
    std::fs::create_dir_all(&dest_dir).map_err(|e| ChartError::io(&dest_dir, e))?;
    let dest = dest_dir.join(format!("{}-{}.tgz", chart.metadata.name, version));
    write_atomic(&dest, &bytes)?;
    Ok(dest)
}

/// Every dependency named in Chart.yaml is present in charts/.
pub fn check_dependencies(chart: &Chart) -> Result<(), ChartError> {
    for d in &chart.metadata.dependencies {
        let found = chart
            .dependencies
            .iter()
            .any(|c| c.metadata.name == d.name && super::values::version_in_range(&d.version, &c.metadata.version));
        if !found {
            return Err(ChartError::invalid(
                format!("{}/Chart.yaml", chart.origin),
                format!(
                    "found in Chart.yaml, but missing in charts/ directory: {} (run `kforge chart dependency build`)",
                    d.name
                ),
            ));
        }
    }
    Ok(())
}

/// Write a file through a temporary file in the same directory, so that a
/// failure leaves nothing half written.
pub fn write_atomic(dest: &Path, bytes: &[u8]) -> Result<(), ChartError> {
    // Also removes the temporary file when kforge is interrupted.
    crate::fsutil::write_atomic(dest, bytes).map_err(|e| ChartError::io(dest, e))
}
