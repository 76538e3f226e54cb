//! `kforge chart create NAME`: a starter kforge chart with the objects
//! `helm create` makes (Deployment, Service, ServiceAccount, Ingress,
//! HTTPRoute, HorizontalPodAutoscaler, a test Pod, helper macros,
//! NOTES.txt), its templates in minijinja.
use std::path::{Path, PathBuf};

use super::ChartError;

const PLACEHOLDER: &str = "<CHARTNAME>";

/// The starter files: path relative to the chart, content with
/// `<CHARTNAME>` placeholders.
pub const STARTER: &[(&str, &str)] = &[
    ("Chart.yaml", include_str!("starter/Chart.yaml")),
    (".helmignore", include_str!("starter/.helmignore")),
    ("values.yaml", include_str!("starter/values.yaml")),
    ("templates/_helpers.tpl", include_str!("starter/templates/_helpers.tpl")),
    ("templates/NOTES.txt", include_str!("starter/templates/NOTES.txt")),
    ("templates/deployment.yaml", include_str!("starter/templates/deployment.yaml")),
    ("templates/hpa.yaml", include_str!("starter/templates/hpa.yaml")),
    ("templates/httproute.yaml", include_str!("starter/templates/httproute.yaml")),
    ("templates/ingress.yaml", include_str!("starter/templates/ingress.yaml")),
    ("templates/service.yaml", include_str!("starter/templates/service.yaml")),
    ("templates/serviceaccount.yaml", include_str!("starter/templates/serviceaccount.yaml")),
    ("templates/tests/test-connection.yaml", include_str!("starter/templates/tests/test-connection.yaml")),
];

/// Whether `name` is a valid chart name (lower-case letters, digits, `-`;
/// starts with a letter or digit; at most 250 characters).
pub fn valid_chart_name(name: &str) -> bool {
    let b = name.as_bytes();
    !b.is_empty()
        && b.len() <= 250
        && b[0].is_ascii_alphanumeric()
        && b.iter().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == b'-' || *c == b'_' || *c == b'.')
}

/// Create `<parent>/<name>` with the starter chart. `path` may be a path
/// whose last component is the chart name. Refuses to overwrite an
/// existing chart.
pub fn create(path: &Path) -> Result<PathBuf, ChartError> {
    let name = path
        .file_name()
        .and_then(|n| n.to_str())
        .ok_or_else(|| ChartError::invalid(path.display().to_string(), "not a valid chart name"))?;
    if !valid_chart_name(name) {
        return Err(ChartError::invalid(
            path.display().to_string(),
            format!("chart name {name:?} is not valid: use lower-case letters, digits and '-'"),
        ));
    }
    if path.join("Chart.yaml").exists() {
        return Err(ChartError::invalid(
            path.display().to_string(),
            "a chart already exists there; refusing to overwrite it",
        ));
    }
    // Write into a temporary directory beside the target, then rename, so
    // that nothing half written is left on failure.
    let parent = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    std::fs::create_dir_all(parent).map_err(|e| ChartError::io(parent, e))?;
    let tmp =
        tempfile::Builder::new().prefix(".kforge-create-").tempdir_in(parent).map_err(|e| ChartError::io(parent, e))?;
    for (rel, content) in STARTER {
        let p = tmp.path().join(rel);
        if let Some(d) = p.parent() {
            std::fs::create_dir_all(d).map_err(|e| ChartError::io(d, e))?;
        }
        std::fs::write(&p, content.replace(PLACEHOLDER, name)).map_err(|e| ChartError::io(&p, e))?;
    }
    if path.exists() {
        // An existing empty (or chart-less) directory: move files in.
        for (rel, _) in STARTER {
            let from = tmp.path().join(rel);
            let to = path.join(rel);
            if let Some(d) = to.parent() {
                std::fs::create_dir_all(d).map_err(|e| ChartError::io(d, e))?;
            }
            std::fs::rename(&from, &to).map_err(|e| ChartError::io(&to, e))?;
        }
    } else {
        let kept = tmp.keep();
        std::fs::rename(&kept, path).map_err(|e| ChartError::io(path, e))?;
    }
    Ok(path.to_path_buf())
}
