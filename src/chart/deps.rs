//! `kforge chart dependency update|build`: vendor dependencies into
//! `charts/` and write `Chart.lock`.
//!
//! Sources: `repository: file://PATH` (a chart directory or `.tgz`,
//! relative to the chart) and, with no repository, a chart archive already
//! in `charts/`, and remote repositories (`http(s)://` chart repositories and
//! `oci://` registries) through [`RemoteCharts`].
//!
//! Chart.lock is Helm's (`dependencies` with name, repository, version;
//! `digest` over Chart.yaml's dependencies and the lock's, as Helm computes
//! it; `generated`), and each dependency also records the sha256 `digest`
//! of the archive vendored, which Helm's readers ignore and `build` checks.
use std::path::{Path, PathBuf};

use serde_json::{json, Map, Value};
use sha2::Digest;

use super::load::Chart;
use super::metadata::Dependency;
use super::ChartError;

/// A resolved dependency.
#[derive(Debug, Clone)]
pub struct Locked {
    pub name: String,
    pub repository: String,
    pub version: String,
    /// `sha256:<hex>` of the vendored archive.
    pub digest: String,
}

/// What `update` / `build` did.
#[derive(Debug, Clone, Default)]
pub struct DependencyReport {
    /// Archives written into charts/.
    pub written: Vec<PathBuf>,
    pub locked: Vec<Locked>,
}

fn sha256_hex(data: &[u8]) -> String {
    sha2::Sha256::digest(data).iter().map(|b| format!("{b:02x}")).collect()
}

/// Helm's Go JSON of a Chart.yaml dependency (field order and omitempty
/// as in `chart.Dependency`).
fn dep_json(d: &Dependency) -> Value {
    let mut m = Map::new();
    m.insert("name".into(), json!(d.name));
    if !d.version.is_empty() {
        m.insert("version".into(), json!(d.version));
    }
    m.insert("repository".into(), json!(d.repository));
    if !d.condition.is_empty() {
        m.insert("condition".into(), json!(d.condition));
    }
    if !d.tags.is_empty() {
        m.insert("tags".into(), json!(d.tags));
    }
    if !d.import_values.is_empty() {
        m.insert("import-values".into(), Value::Array(d.import_values.clone()));
    }
    if !d.alias.is_empty() {
        m.insert("alias".into(), json!(d.alias));
    }
    Value::Object(m)
}

/// Go's json.Marshal of an ordered object (serde_json's Map is sorted, so
/// write it by hand in insertion order).
fn go_json(v: &Value, keys_in_order: bool, out: &mut String) {
    match v {
        Value::Object(m) if keys_in_order => {
            out.push('{');
            // Keys in Helm's field order.
            let order = ["name", "version", "repository", "condition", "tags", "enabled", "import-values", "alias"];
            let mut first = true;
            for k in order.iter().filter(|k| m.contains_key(**k)) {
                if !first {
                    out.push(',');
                }
                first = false;
                out.push_str(&serde_json::to_string(k).unwrap_or_default());
                out.push(':');
                go_json(&m[*k], false, out);
            }
            out.push('}');
        }
        other => out.push_str(&serde_json::to_string(other).unwrap_or_default()),
    }
}

/// Helm's `HashReq`: sha256 over the JSON of `[requested, locked]`.
pub fn hash_req(req: &[Dependency], locked: &[Locked]) -> String {
    let mut s = String::from("[[");
    for (i, d) in req.iter().enumerate() {
        if i > 0 {
            s.push(',');
        }
        go_json(&dep_json(d), true, &mut s);
    }
    s.push_str("],[");
    for (i, l) in locked.iter().enumerate() {
        if i > 0 {
            s.push(',');
        }
        let d = Dependency {
            name: l.name.clone(),
            version: l.version.clone(),
            repository: l.repository.clone(),
            ..Default::default()
        };
        go_json(&dep_json(&d), true, &mut s);
    }
    s.push_str("]]");
    format!("sha256:{}", sha256_hex(go_html_escape(&s).as_bytes()))
}

/// Go's json.Marshal escapes `<`, `>`, `&`, U+2028 and U+2029 in strings
/// (they only occur inside strings in JSON text).
fn go_html_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '<' => out.push_str("\\u003c"),
            '>' => out.push_str("\\u003e"),
            '&' => out.push_str("\\u0026"),
            '\u{2028}' => out.push_str("\\u2028"),
            '\u{2029}' => out.push_str("\\u2029"),
            c => out.push(c),
        }
    }
    out
}

/// The generated time written into Chart.lock: `SOURCE_DATE_EPOCH`, else
/// the package time (so that locks are reproducible).
fn generated_time() -> String {
    format_rfc3339(super::archive::package_mtime() as i64)
}

/// Seconds since the epoch as RFC 3339 in UTC (`2000-01-01T00:00:00Z`).
pub fn format_rfc3339(secs: i64) -> String {
    let days = secs.div_euclid(86400);
    let rem = secs.rem_euclid(86400);
    let (h, m, s) = (rem / 3600, (rem % 3600) / 60, rem % 60);
    // civil from days (Howard Hinnant's algorithm)
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let mo = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = if mo <= 2 { y + 1 } else { y };
    format!("{y:04}-{mo:02}-{d:02}T{h:02}:{m:02}:{s:02}Z")
}

/// Chart.lock as Helm writes it (`dependencies` with name, repository,
/// version; `digest`; `generated`), plus one `digest:` line per dependency
/// after its version: the sha256 of the archive vendored, which Helm's
/// readers ignore and `build` checks.
fn lock_text(req: &[Dependency], locked: &[Locked]) -> String {
    let deps: Vec<Value> =
        locked.iter().map(|l| json!({"name": l.name, "repository": l.repository, "version": l.version})).collect();
    let v = json!({"dependencies": deps, "digest": hash_req(req, locked), "generated": generated_time()});
    let text = crate::yaml::to_yaml(&v);
    // Each dependency's last line is its `version:` (keys are sorted, which is
    // also Helm's order); the archive digest goes right after it.
    let mut out = String::with_capacity(text.len() + locked.len() * 80);
    let mut next = locked.iter();
    let mut in_deps = false;
    for line in text.lines() {
        out.push_str(line);
        out.push('\n');
        if line.starts_with("dependencies:") {
            in_deps = true;
        } else if !line.starts_with(' ') && !line.starts_with('-') {
            in_deps = false;
        }
        if in_deps && line.starts_with("  version: ") {
            if let Some(l) = next.next().filter(|l| !l.digest.is_empty()) {
                out.push_str("  digest: ");
                out.push_str(&l.digest);
                out.push('\n');
            }
        }
    }
    out
}

/// Load a `file://` dependency and package it.
fn from_file_repo(chart_dir: &Path, d: &Dependency) -> Result<(Chart, Vec<u8>), ChartError> {
    let rel = d.repository.trim_start_matches("file://");
    let p = chart_dir.join(rel);
    let c = super::load_chart(&p)?;
    if c.metadata.name != d.name {
        return Err(ChartError::invalid(
            p.display().to_string(),
            format!("dependency {:?} points to chart {:?}", d.name, c.metadata.name),
        ));
    }
    if !super::values::version_in_range(&d.version, &c.metadata.version) {
        return Err(ChartError::invalid(
            p.display().to_string(),
            format!("dependency {}: version {} does not satisfy {:?}", d.name, c.metadata.version, d.version),
        ));
    }
    let bytes = if p.is_file() {
        std::fs::read(&p).map_err(|e| ChartError::io(&p, e))?
    } else {
        super::package::package_bytes(&c, None, None)?
    };
    Ok((c, bytes))
}

/// Archives in charts/: (file name, chart, bytes).
fn vendored(chart_dir: &Path) -> Result<Vec<(String, Chart, Vec<u8>)>, ChartError> {
    let dir = chart_dir.join("charts");
    let mut out = Vec::new();
    let Ok(rd) = std::fs::read_dir(&dir) else {
        return Ok(out);
    };
    let mut names: Vec<String> =
        rd.filter_map(|e| e.ok()).map(|e| e.file_name().to_string_lossy().into_owned()).collect();
    names.sort();
    for n in names {
        if !n.ends_with(".tgz") {
            continue;
        }
        let p = dir.join(&n);
        let bytes = std::fs::read(&p).map_err(|e| ChartError::io(&p, e))?;
        let c = super::load::load_archive_bytes(&bytes, &p.display().to_string())?;
        out.push((n, c, bytes));
    }
    Ok(out)
}

/// A chart fetched from a remote repository (HTTP chart repository or OCI
/// registry) for a dependency.
#[derive(Debug, Clone)]
pub struct RemoteChart {
    /// The version chosen (exact, or the highest matching the range).
    pub version: String,
    /// The file name Helm saves it under in charts/ (the download URL's last
    /// path segment for HTTP repositories, `<name>-<version>.tgz` for OCI).
    pub file_name: String,
    pub archive: Vec<u8>,
}

/// Where remote dependencies come from. `kforge chart dependency` passes
/// the registry/HTTP implementation (`oci::deps::RemoteFetcher`); the chart
/// model itself does no network I/O.
pub trait RemoteCharts {
    /// Fetches chart `name` from `repository` (`http(s)://…` or `oci://…`)
    /// at `version` (an exact version or a range, as Chart.yaml gives it).
    fn fetch(&self, repository: &str, name: &str, version: &str) -> Result<RemoteChart, String>;
}

/// No network: remote repositories are an error.
pub struct NoRemote;

impl RemoteCharts for NoRemote {
    fn fetch(&self, repository: &str, _name: &str, _version: &str) -> Result<RemoteChart, String> {
        Err(format!("remote repository {repository} is not reachable here (no network access configured)"))
    }
}

fn is_remote(repo: &str) -> bool {
    repo.starts_with("http://") || repo.starts_with("https://") || repo.starts_with("oci://")
}

/// A remote dependency: fetched, checked (name, version) and locked.
fn from_remote(
    chart_dir: &Path,
    index: usize,
    d: &Dependency,
    version: &str,
    remote: &dyn RemoteCharts,
) -> Result<(RemoteChart, Locked), ChartError> {
    let file = format!("{}/Chart.yaml", chart_dir.display());
    let got = remote
        .fetch(&d.repository, &d.name, version)
        .map_err(|e| ChartError::invalid(&file, format!("dependencies[{index}] ({}): {e}", d.name)))?;
    let origin = format!("{} {} {}", d.repository, d.name, got.version);
    let c = super::load::load_archive_bytes(&got.archive, &origin)?;
    if c.metadata.name != d.name {
        return Err(ChartError::invalid(
            &file,
            format!("dependencies[{index}]: {} holds chart {:?}, not {:?}", d.repository, c.metadata.name, d.name),
        ));
    }
    let bad_name = got.file_name.is_empty()
        || got.file_name == "."
        || got.file_name == ".."
        || got.file_name.contains(['/', '\\', '\0']);
    if bad_name {
        return Err(ChartError::invalid(
            &file,
            format!("dependencies[{index}] ({}): refusing archive file name {:?}", d.name, got.file_name),
        ));
    }
    let locked = Locked {
        name: d.name.clone(),
        repository: d.repository.clone(),
        version: got.version.clone(),
        digest: format!("sha256:{}", sha256_hex(&got.archive)),
    };
    Ok((got, locked))
}

/// Writes the archives into charts/ and removes outdated ones as Helm does:
/// every chart archive in charts/ not written now, unless it is the chart
/// of a dependency without a repository.
fn save_archives(
    chart_dir: &Path,
    deps: &[Dependency],
    to_write: Vec<(String, Vec<u8>)>,
    existing: &[(String, Chart, Vec<u8>)],
    report: &mut DependencyReport,
) -> Result<(), ChartError> {
    let charts = chart_dir.join("charts");
    std::fs::create_dir_all(&charts).map_err(|e| ChartError::io(&charts, e))?;
    let mut written = std::collections::BTreeSet::new();
    // Names come from the dependencies' Chart.yaml (a repository's):
    // one plain file name each, and all archives written or none.
    for (file, _) in &to_write {
        if file.contains(['/', '\\']) || file.starts_with('.') {
            let why = "refusing a chart archive name that is not a plain file name";
            return Err(ChartError::io(charts.join(file), std::io::Error::new(std::io::ErrorKind::InvalidInput, why)));
        }
    }
    crate::fsutil::write_tree(&charts, to_write.iter().map(|(f, b)| (Path::new(f.as_str()), b.as_slice())))
        .map_err(|(p, e)| ChartError::io(&p, e))?;
    for (file, _) in to_write {
        let p = charts.join(&file);
        if written.insert(file) {
            report.written.push(p);
        }
    }
    let local: std::collections::HashSet<&str> =
        deps.iter().filter(|d| d.repository.is_empty()).map(|d| d.name.as_str()).collect();
    for (old, c, _) in existing {
        if !written.contains(old) && !local.contains(c.metadata.name.as_str()) {
            let p = charts.join(old);
            std::fs::remove_file(&p).map_err(|e| ChartError::io(&p, e))?;
        }
    }
    Ok(())
}

/// `dependency update`: resolve every dependency, vendor it into charts/,
/// write Chart.lock. Remote repositories go through `remote`.
pub fn update(chart_dir: &Path, remote: &dyn RemoteCharts) -> Result<DependencyReport, ChartError> {
    let chart = super::load_chart(chart_dir)?;
    let existing = vendored(chart_dir)?;
    let mut report = DependencyReport::default();
    let mut to_write: Vec<(String, Vec<u8>)> = Vec::new();
    for (i, d) in chart.metadata.dependencies.iter().enumerate() {
        if d.repository.starts_with("file://") {
            let (c, bytes) = from_file_repo(chart_dir, d)?;
            let file = format!("{}-{}.tgz", c.metadata.name, c.metadata.version);
            report.locked.push(Locked {
                name: d.name.clone(),
                repository: d.repository.clone(),
                version: c.metadata.version.clone(),
                digest: format!("sha256:{}", sha256_hex(&bytes)),
            });
            to_write.push((file, bytes));
        } else if d.repository.is_empty() {
            let found = existing
                .iter()
                .filter(|(_, c, _)| {
                    c.metadata.name == d.name && super::values::version_in_range(&d.version, &c.metadata.version)
                })
                .max_by(|a, b| {
                    let va = super::values::loose_version(&a.1.metadata.version);
                    let vb = super::values::loose_version(&b.1.metadata.version);
                    va.cmp(&vb)
                });
            let Some((_, c, bytes)) = found else {
                return Err(ChartError::invalid(
                    format!("{}/Chart.yaml", chart_dir.display()),
                    format!("dependency {} {}: no repository and no matching archive in charts/", d.name, d.version),
                ));
            };
            report.locked.push(Locked {
                name: d.name.clone(),
                repository: String::new(),
                version: c.metadata.version.clone(),
                digest: format!("sha256:{}", sha256_hex(bytes)),
            });
        } else if is_remote(&d.repository) {
            let (got, locked) = from_remote(chart_dir, i, d, &d.version, remote)?;
            report.locked.push(locked);
            to_write.push((got.file_name, got.archive));
        } else {
            return Err(ChartError::invalid(
                format!("{}/Chart.yaml", chart_dir.display()),
                format!(
                    "dependencies[{i}].repository {:?}: not a URL (file://, http(s):// or oci://); repository names from helm's repositories.yaml are not read, write the repository's URL",
                    d.repository
                ),
            ));
        }
    }
    save_archives(chart_dir, &chart.metadata.dependencies, to_write, &existing, &mut report)?;
    let lock = chart_dir.join("Chart.lock");
    super::package::write_atomic(&lock, lock_text(&chart.metadata.dependencies, &report.locked).as_bytes())?;
    Ok(report)
}

/// `dependency build`: vendor what Chart.lock pins (checking it is in sync
/// with Chart.yaml and the archives' digests); without a lock, the same as
/// `update`. A remote dependency already in charts/ with the pinned digest
/// is not downloaded again.
pub fn build(chart_dir: &Path, remote: &dyn RemoteCharts) -> Result<DependencyReport, ChartError> {
    let chart = super::load_chart(chart_dir)?;
    let Some(lock) = &chart.lock else {
        return update(chart_dir, remote);
    };
    let lock_file = format!("{}/Chart.lock", chart_dir.display());
    let text = std::str::from_utf8(lock).map_err(|_| ChartError::invalid(&lock_file, "is not UTF-8"))?;
    let docs = crate::yaml::parse_values_documents(text, &lock_file)?;
    let root = docs.into_iter().next().unwrap_or(Value::Null);
    let mut locked = Vec::new();
    for (i, d) in root.get("dependencies").and_then(Value::as_array).cloned().unwrap_or_default().iter().enumerate() {
        let s = |k: &str| d.get(k).and_then(Value::as_str).unwrap_or("").to_string();
        if s("name").is_empty() || s("version").is_empty() {
            return Err(ChartError::invalid(&lock_file, format!("dependencies[{i}] needs a name and a version")));
        }
        locked.push(Locked {
            name: s("name"),
            repository: s("repository"),
            version: s("version"),
            digest: s("digest"),
        });
    }
    let digest = root.get("digest").and_then(Value::as_str).unwrap_or("");
    if digest != hash_req(&chart.metadata.dependencies, &locked) {
        return Err(ChartError::invalid(
            &lock_file,
            "the lock file is out of sync with the dependencies in Chart.yaml; run `kforge chart dependency update`",
        ));
    }
    let existing = vendored(chart_dir)?;
    let mut report = DependencyReport::default();
    let mut to_write: Vec<(String, Vec<u8>)> = Vec::new();
    for (i, (l, d)) in locked.iter().zip(&chart.metadata.dependencies).enumerate() {
        let check = |bytes: &[u8]| -> Result<(), ChartError> {
            let got = format!("sha256:{}", sha256_hex(bytes));
            if !l.digest.is_empty() && l.digest != got {
                return Err(ChartError::invalid(
                    &lock_file,
                    format!(
                        "dependencies[{i}] ({} {}): digest {} does not match the chart's {got}",
                        l.name, l.version, l.digest
                    ),
                ));
            }
            Ok(())
        };
        if l.repository.starts_with("file://") {
            let (c, bytes) = from_file_repo(chart_dir, d)?;
            if c.metadata.version != l.version {
                return Err(ChartError::invalid(
                    &lock_file,
                    format!(
                        "dependency {}: Chart.lock pins {} but {} holds {}",
                        l.name, l.version, l.repository, c.metadata.version
                    ),
                ));
            }
            check(&bytes)?;
            to_write.push((format!("{}-{}.tgz", l.name, l.version), bytes));
        } else if is_remote(&l.repository) {
            // Already vendored with the pinned digest: keep it.
            let have = existing.iter().find(|(_, c, bytes)| {
                c.metadata.name == l.name
                    && c.metadata.version == l.version
                    && !l.digest.is_empty()
                    && format!("sha256:{}", sha256_hex(bytes)) == l.digest
            });
            if let Some((file, _, bytes)) = have {
                to_write.push((file.clone(), bytes.clone()));
            } else {
                let (got, _) = from_remote(chart_dir, i, d, &l.version, remote)?;
                if got.version != l.version {
                    return Err(ChartError::invalid(
                        &lock_file,
                        format!(
                            "dependency {}: Chart.lock pins {} but {} gave {}",
                            l.name, l.version, l.repository, got.version
                        ),
                    ));
                }
                check(&got.archive)?;
                to_write.push((got.file_name, got.archive));
            }
        } else {
            let Some((_, _, bytes)) =
                existing.iter().find(|(_, c, _)| c.metadata.name == l.name && c.metadata.version == l.version)
            else {
                return Err(ChartError::invalid(
                    &lock_file,
                    format!("dependency {} {} is not in charts/", l.name, l.version),
                ));
            };
            check(bytes)?;
        }
        report.locked.push(l.clone());
    }
    save_archives(chart_dir, &chart.metadata.dependencies, to_write, &existing, &mut report)?;
    Ok(report)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rfc3339() {
        assert_eq!(format_rfc3339(0), "1970-01-01T00:00:00Z");
        assert_eq!(format_rfc3339(946_684_800), "2000-01-01T00:00:00Z");
        assert_eq!(format_rfc3339(1_764_608_400), "2025-12-01T17:00:00Z");
    }

    #[test]
    fn archives_are_plain_names_and_written_all_or_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let chart = dir.path().join("app");
        std::fs::create_dir_all(chart.join("charts")).unwrap();
        let mut report = DependencyReport::default();
        // A name from a repository's Chart.yaml that would climb out.
        let bad = vec![("ok-1.0.0.tgz".to_string(), b"a".to_vec()), ("../../evil-1.tgz".to_string(), b"b".to_vec())];
        let e = save_archives(&chart, &[], bad, &[], &mut report).unwrap_err().to_string();
        assert!(e.contains("not a plain file name"), "{e}");
        assert!(!dir.path().join("evil-1.tgz").exists());
        assert_eq!(std::fs::read_dir(chart.join("charts")).unwrap().count(), 0, "a file was written");
        // The second archive cannot be written (a directory is in the way):
        // the first is not left behind either.
        std::fs::create_dir_all(chart.join("charts/b-1.0.0.tgz/x")).unwrap();
        let two = vec![("a-1.0.0.tgz".to_string(), b"a".to_vec()), ("b-1.0.0.tgz".to_string(), b"b".to_vec())];
        assert!(save_archives(&chart, &[], two, &[], &mut report).is_err());
        assert!(!chart.join("charts/a-1.0.0.tgz").exists());
        assert!(report.written.is_empty());
    }
}
