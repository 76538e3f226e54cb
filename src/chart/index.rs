//! `kforge chart index DIR --url BASE [--merge index.yaml]`: a repository
//! `index.yaml` for a folder of chart packages, as `helm repo index` writes
//! it, but deterministic: `created` is the newest mtime inside each
//! package (not the time of indexing) and `generated` the newest `created`.
use std::path::Path;

use serde_json::{json, Map, Value};
use sha2::Digest;

use super::metadata::Metadata;
use super::ChartError;

/// Helm's JSON of chart metadata (omitempty fields left out).
pub fn metadata_json(md: &Metadata) -> Map<String, Value> {
    let mut m = Map::new();
    let mut s = |k: &str, v: &str| {
        if !v.is_empty() {
            m.insert(k.into(), json!(v));
        }
    };
    s("name", &md.name);
    s("home", &md.home);
    s("version", &md.version);
    s("description", &md.description);
    s("icon", &md.icon);
    s("apiVersion", &md.api_version);
    s("appVersion", &md.app_version);
    s("kubeVersion", &md.kube_version);
    s("type", &md.kind);
    if !md.sources.is_empty() {
        m.insert("sources".into(), json!(md.sources));
    }
    if !md.keywords.is_empty() {
        m.insert("keywords".into(), json!(md.keywords));
    }
    if !md.maintainers.is_empty() {
        let list: Vec<Value> = md
            .maintainers
            .iter()
            .map(|x| {
                let mut mm = Map::new();
                for (k, v) in [("name", &x.name), ("email", &x.email), ("url", &x.url)] {
                    if !v.is_empty() {
                        mm.insert(k.into(), json!(v));
                    }
                }
                Value::Object(mm)
            })
            .collect();
        m.insert("maintainers".into(), Value::Array(list));
    }
    if md.deprecated {
        m.insert("deprecated".into(), json!(true));
    }
    if !md.annotations.is_empty() {
        m.insert("annotations".into(), json!(md.annotations));
    }
    if !md.dependencies.is_empty() {
        let list: Vec<Value> = md
            .dependencies
            .iter()
            .map(|d| {
                let mut mm = Map::new();
                mm.insert("name".into(), json!(d.name));
                if !d.version.is_empty() {
                    mm.insert("version".into(), json!(d.version));
                }
                mm.insert("repository".into(), json!(d.repository));
                if !d.condition.is_empty() {
                    mm.insert("condition".into(), json!(d.condition));
                }
                if !d.tags.is_empty() {
                    mm.insert("tags".into(), json!(d.tags));
                }
                if !d.import_values.is_empty() {
                    mm.insert("import-values".into(), Value::Array(d.import_values.clone()));
                }
                if !d.alias.is_empty() {
                    mm.insert("alias".into(), json!(d.alias));
                }
                Value::Object(mm)
            })
            .collect();
        m.insert("dependencies".into(), Value::Array(list));
    }
    m
}

/// Build the index text for the packages in `dir` (and its direct
/// subdirectories), URLs under `base_url`, merged over `merge` when given.
pub fn index(dir: &Path, base_url: &str, merge: Option<&Path>) -> Result<String, ChartError> {
    let mut archives: Vec<(String, std::path::PathBuf)> = Vec::new();
    let mut scan = |d: &Path, rel: &str| -> Result<Vec<String>, ChartError> {
        let mut subdirs = Vec::new();
        let rd = std::fs::read_dir(d).map_err(|e| ChartError::io(d, e))?;
        for e in rd.filter_map(|e| e.ok()) {
            let name = e.file_name().to_string_lossy().into_owned();
            let p = e.path();
            if p.is_dir() {
                subdirs.push(name);
            } else if name.ends_with(".tgz") {
                let r = if rel.is_empty() { name } else { format!("{rel}/{name}") };
                archives.push((r, p));
            }
        }
        Ok(subdirs)
    };
    let subdirs = scan(dir, "")?;
    for s in subdirs {
        scan(&dir.join(&s), &s)?;
    }
    archives.sort();
    let base = base_url.trim_end_matches('/');
    let mut entries: std::collections::BTreeMap<String, Vec<(semver::Version, Value)>> = Default::default();
    let mut newest: u64 = 0;
    for (rel, p) in &archives {
        let bytes = std::fs::read(p).map_err(|e| ChartError::io(p, e))?;
        let chart = super::load::load_archive_bytes(&bytes, &p.display().to_string())?;
        let created = super::archive::latest_mtime(&bytes).unwrap_or(0);
        newest = newest.max(created);
        let mut m = metadata_json(&chart.metadata);
        let digest: String = sha2::Sha256::digest(&bytes).iter().map(|b| format!("{b:02x}")).collect();
        m.insert("digest".into(), json!(digest));
        m.insert("created".into(), json!(super::deps::format_rfc3339(created as i64)));
        let url = if base.is_empty() { rel.clone() } else { format!("{base}/{rel}") };
        m.insert("urls".into(), json!([url]));
        let v = super::values::loose_version(&chart.metadata.version).unwrap_or(semver::Version::new(0, 0, 0));
        let list = entries.entry(chart.metadata.name.clone()).or_default();
        if list.iter().any(|(_, e)| e.get("version") == m.get("version")) {
            return Err(ChartError::invalid(
                p.display().to_string(),
                format!("{} {} is in the folder twice", chart.metadata.name, chart.metadata.version),
            ));
        }
        list.push((v, Value::Object(m)));
    }
    if let Some(mp) = merge {
        let text = std::fs::read_to_string(mp).map_err(|e| ChartError::io(mp, e))?;
        let docs = crate::yaml::parse_values_documents(&text, &mp.display().to_string())?;
        let old = docs.into_iter().next().unwrap_or(Value::Null);
        if let Some(Value::Object(old_entries)) = old.get("entries") {
            for (name, versions) in old_entries {
                for v in versions.as_array().cloned().unwrap_or_default() {
                    let ver = v.get("version").and_then(Value::as_str).unwrap_or("").to_string();
                    let list = entries.entry(name.clone()).or_default();
                    if list.iter().any(|(_, e)| e.get("version").and_then(Value::as_str) == Some(ver.as_str())) {
                        continue;
                    }
                    let sv = super::values::loose_version(&ver).unwrap_or(semver::Version::new(0, 0, 0));
                    list.push((sv, v));
                }
            }
        }
    }
    let mut out_entries = Map::new();
    for (name, mut list) in entries {
        list.sort_by(|a, b| b.0.cmp(&a.0));
        out_entries.insert(name, Value::Array(list.into_iter().map(|(_, v)| v).collect()));
    }
    let doc = json!({
        "apiVersion": "v1",
        "entries": Value::Object(out_entries),
        "generated": super::deps::format_rfc3339(newest as i64),
    });
    Ok(crate::yaml::to_yaml(&doc))
}
