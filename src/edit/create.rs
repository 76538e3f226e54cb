//! `kforge create`: a new kustomization.yaml in a directory, as `kustomize
//! create` writes it.
use std::path::{Path, PathBuf};

use crate::yaml::{Map, Value};

use super::kustfile::{self, KustFile};
use super::EditError;

#[derive(Debug, Clone, Default)]
pub struct CreateOptions {
    /// The directory to create it in (the current directory).
    pub dir: PathBuf,
    /// `--resources a.yaml,../base` (globs expanded).
    pub resources: String,
    pub namespace: String,
    /// `--annotations k:v,k2:v2`.
    pub annotations: String,
    /// `--labels k:v,k2:v2`.
    pub labels: String,
    pub name_prefix: String,
    pub name_suffix: String,
    pub autodetect: bool,
    pub recursive: bool,
}

/// Write `kustomization.yaml` in `opts.dir`; returns its path.
pub fn create(opts: &CreateOptions) -> Result<PathBuf, EditError> {
    let mut resources = Vec::new();
    if !opts.resources.is_empty() {
        let patterns: Vec<String> = opts.resources.split(',').map(str::to_string).collect();
        resources = super::ops::glob_with_dirs(&opts.dir, &patterns, false)?;
    }
    if kustfile::find(&opts.dir).is_ok() {
        return Err(EditError::msg("kustomization file already exists"));
    }
    if opts.autodetect {
        for r in detect(&opts.dir, Path::new(""), opts.recursive)? {
            if !resources.contains(&r) {
                resources.push(r);
            }
        }
    }
    let annotations = to_map(&opts.annotations, "annotation")?;
    let labels = to_map(&opts.labels, "label")?;
    let path = opts.dir.join("kustomization.yaml");
    let mut kf = KustFile::from_text(path.clone(), "")?;
    kf.set_strings("resources", resources);
    for (k, v) in [("namespace", &opts.namespace), ("namePrefix", &opts.name_prefix), ("nameSuffix", &opts.name_suffix)]
    {
        kf.doc.insert(k.into(), Value::String(v.clone()));
    }
    kf.doc.insert("commonAnnotations".into(), Value::Object(annotations));
    kf.doc.insert("commonLabels".into(), Value::Object(labels));
    kf.write()?;
    Ok(path)
}

/// kustomize's `ConvertToMap`: `k:v,k2:v2` (a key alone means "").
fn to_map(input: &str, kind: &str) -> Result<Map<String, Value>, EditError> {
    let mut out = Map::new();
    if input.is_empty() {
        return Ok(out);
    }
    for item in input.split(',') {
        match item.find(':') {
            Some(0) => {
                return Err(EditError::msg(format!("invalid {kind}: '{item}' (need k:v pair where v may be quoted)")))
            }
            None => {
                out.insert(item.to_string(), Value::String(String::new()));
            }
            Some(c) => {
                let v = &item[c + 1..];
                let v = if v.len() >= 2 && v.starts_with('"') && v.ends_with('"') { &v[1..v.len() - 1] } else { v };
                out.insert(item[..c].to_string(), Value::String(v.to_string()));
            }
        }
    }
    Ok(out)
}

/// Files under `dir/rel` that hold Kubernetes resources, in lexical walk
/// order; with `recursive`, subdirectories too, a subdirectory with its own
/// kustomization standing for everything below it.
fn detect(dir: &Path, rel: &Path, recursive: bool) -> Result<Vec<String>, EditError> {
    let here = dir.join(rel);
    let rd = std::fs::read_dir(&here).map_err(|e| EditError::io(&here, e))?;
    let mut entries: Vec<(String, bool)> = rd
        .filter_map(|e| e.ok())
        .map(|e| (e.file_name().to_string_lossy().into_owned(), e.file_type().map(|t| t.is_dir()).unwrap_or(false)))
        .collect();
    entries.sort();
    let mut out = Vec::new();
    for (name, is_dir) in entries {
        let p = rel.join(&name);
        let shown = p.to_string_lossy().into_owned();
        if is_dir {
            if !recursive {
                continue;
            }
            if kustfile::FILE_NAMES.iter().any(|f| dir.join(&p).join(f).exists()) {
                out.push(shown);
                continue;
            }
            out.extend(detect(dir, &p, recursive)?);
            continue;
        }
        let Ok(bytes) = std::fs::read(dir.join(&p)) else {
            continue;
        };
        let text = String::from_utf8_lossy(&bytes);
        if let Ok(docs) = crate::yaml::parse_documents(&text, &shown) {
            // A document that is not a Kubernetes object (no kind) rules the file out.
            let is_object = |d: &crate::yaml::Value| {
                d.get("kind").and_then(crate::yaml::Value::as_str).is_some_and(|k| !k.is_empty())
                    && d.get("apiVersion").is_some()
            };
            if docs.iter().all(|d| d.is_null() || is_object(d)) {
                out.push(shown);
            }
        }
    }
    Ok(out)
}
