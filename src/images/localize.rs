//! Entry points behind `kforge images` and `kforge localize` (images half):
//! listing every image with where it came from, localizing manifest
//! streams, manifest directories and charts, and verifying a localized
//! chart by rendering it.
//!
//! Rendering is behind [`Renderer`], so the library runs nothing itself:
//! the command layer passes a helm-backed renderer only when the user asked
//! for one (`--enable-helm`), or the native chart engine.
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use crate::yaml::{Map, Value};

use super::chart::{allow_insecure_images, localize_chart, ChartFiles, ChartReport};
use super::find::{find_in_object, Change, Finding, Site};
use super::manifest::{doc_id, localize_text, replace_tokens};
use super::mirror_map::{CollisionGuard, Decision, MirrorMap};
use super::reference::ImageRef;
use super::spans::{self, Edits, Node};
use super::{io_err, read_text, ImagesError};

/// Renders a chart directory to a manifest stream (helm or native).
pub trait Renderer {
    /// Render `chart` with these values files (in order). `Err` carries the
    /// renderer's message.
    fn render(&self, chart: &Path, values: &[PathBuf]) -> Result<String, String>;
    /// Name for messages (`helm`, `kforge`).
    fn name(&self) -> String;
}

/// What a target is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TargetKind {
    Chart,
    Kustomization,
    ManifestDir,
    ManifestFile,
    RepoIndex,
}

/// Decide what a path holds.
pub fn target_kind(path: &Path) -> TargetKind {
    if path.is_dir() {
        if path.join("Chart.yaml").is_file() {
            return TargetKind::Chart;
        }
        if ["kustomization.yaml", "kustomization.yml", "Kustomization"].iter().any(|k| path.join(k).is_file()) {
            return TargetKind::Kustomization;
        }
        return TargetKind::ManifestDir;
    }
    let name = path.file_name().map(|n| n.to_string_lossy().to_string()).unwrap_or_default();
    if name.ends_with(".tgz") || name.ends_with(".tar.gz") {
        return TargetKind::Chart;
    }
    if name == "index.yaml" {
        return TargetKind::RepoIndex;
    }
    TargetKind::ManifestFile
}

/// Is this file a manifest we read (YAML or JSON)?
pub fn is_manifest_file(p: &Path) -> bool {
    p.extension().is_some_and(|e| e == "yaml" || e == "yml" || e == "json")
}

/// Every image in a manifest stream.
pub fn find_in_stream(text: &str, origin: &str) -> Result<Vec<Finding>, ImagesError> {
    super::manifest::find_in_text(text, origin)
}

/// Every manifest file under a directory, sorted.
pub fn manifest_files(dir: &Path) -> Result<Vec<PathBuf>, ImagesError> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).map_err(|e| io_err(&d, e))? {
            let e = e.map_err(|e| io_err(&d, e))?;
            let p = e.path();
            let ft = e.file_type().map_err(|e| io_err(&p, e))?;
            if ft.is_dir() {
                if !e.file_name().to_string_lossy().starts_with('.') {
                    stack.push(p);
                }
            } else if ft.is_file() && is_manifest_file(&p) {
                out.push(p);
            }
        }
    }
    out.sort();
    Ok(out)
}

/// Every image in a directory of manifest files.
pub fn find_in_dir(dir: &Path) -> Result<Vec<Finding>, ImagesError> {
    let mut out = Vec::new();
    for f in manifest_files(dir)? {
        let text = read_text(&f)?;
        let rel = f.strip_prefix(dir).unwrap_or(&f).display().to_string();
        out.extend(find_in_stream(&text, &rel)?);
    }
    Ok(out)
}

/// References not under a mirror destination nor excluded.
pub fn offenders<'a>(findings: &'a [Finding], map: &MirrorMap) -> Vec<&'a Finding> {
    findings.iter().filter(|f| !map.is_localized(&f.image)).collect()
}

/// References outside the allowed registries (`--allowed-registries`):
/// each entry is a registry host, optionally with a path prefix.
pub fn disallowed<'a>(findings: &'a [Finding], allowed: &[String]) -> Vec<&'a Finding> {
    findings
        .iter()
        .filter(|f| {
            let name = f.image.name();
            !allowed.iter().any(|a| {
                let a = a.trim().trim_end_matches('/');
                let a = super::reference::normalize_registry(a);
                name == a || name.starts_with(&format!("{a}/"))
            })
        })
        .collect()
}

/// Localize one manifest stream (a filter); kustomization files also get
/// their `images:` entries moved so they still match.
pub fn localize_stream(
    text: &str,
    origin: &str,
    map: &MirrorMap,
    guard: &mut CollisionGuard,
) -> Result<(String, Vec<Change>), ImagesError> {
    localize_text(text, origin, map, guard)
}

/// `images:` entries of a kustomization: `name` and `newName` mapped like
/// the resources' images, so the entries still match after localization.
pub fn localize_kustomization(
    text: &str,
    origin: &str,
    map: &MirrorMap,
    guard: &mut CollisionGuard,
) -> Result<(String, Vec<Change>), ImagesError> {
    let mut changes = Vec::new();
    let Some(doc) = spans::parse(text, origin)?.into_iter().next() else {
        return Ok((text.to_string(), changes));
    };
    let mut edits = Edits::default();
    if let Some(Node::Seq(items)) = doc.get("images") {
        for (i, it) in items.iter().enumerate() {
            for key in ["name", "newName"] {
                let Some(s) = it.str_at(key) else { continue };
                let Ok(r) = ImageRef::parse(s.text().trim()) else {
                    continue;
                };
                if let Decision::Mirror(new) = map.decide(&r) {
                    guard.check(&r, &new)?;
                    let to = new.to_string();
                    edits.set(s, text, &to);
                    changes.push(Change {
                        from: s.text().to_string(),
                        to,
                        resource: String::new(),
                        file: origin.to_string(),
                        path: format!("images[{i}].{key}"),
                    });
                }
            }
        }
    }
    let text = edits.apply(text);
    let (text, more) = localize_text(&text, origin, map, guard)?;
    changes.extend(more);
    Ok((text, changes))
}

/// What a directory or chart localization did.
#[derive(Debug, Default)]
pub struct LocalizeReport {
    pub changes: Vec<Change>,
    /// Images only a template literal (or the rendered output) held.
    pub template_literals: Vec<Change>,
    pub notes: Vec<String>,
    /// Images found by the verification renders.
    pub verified_images: usize,
    /// Renders run by the verification.
    pub renders: Vec<String>,
}

/// New content, changes made, and a note for the user.
type EntryResult = (Vec<u8>, Vec<Change>, Option<String>);

struct Entry {
    rel: String,
    bytes: Vec<u8>,
    is_kust: bool,
    yaml: bool,
}

/// One file of a directory localization: new content, changes, a note.
fn localize_entry(e: &Entry, map: &MirrorMap) -> Result<EntryResult, ImagesError> {
    let text = match std::str::from_utf8(&e.bytes) {
        Ok(t) if e.yaml => t,
        _ => return Ok((e.bytes.clone(), Vec::new(), None)),
    };
    // Collisions are checked over the whole run by the caller.
    let mut guard = CollisionGuard::default();
    let result = if e.is_kust {
        localize_kustomization(text, &e.rel, map, &mut guard)
    } else {
        localize_text(text, &e.rel, map, &mut guard)
    };
    match result {
        Ok((new, ch)) => Ok((new.into_bytes(), ch, None)),
        Err(ImagesError::Yaml(y)) => {
            Ok((e.bytes.clone(), Vec::new(), Some(format!("{}: not YAML ({y}); copied unchanged", e.rel))))
        }
        Err(err) => Err(err),
    }
}

/// Localize a directory of manifests (a kustomization tree or plain YAML)
/// into `out`: YAML files rewritten in place of their scalars, other files
/// copied. `out` must not exist or be empty; it is written beside and renamed.
pub fn localize_manifest_dir(src: &Path, out: &Path, map: &MirrorMap) -> Result<LocalizeReport, ImagesError> {
    let mut report = LocalizeReport::default();
    let mut guard = CollisionGuard::default();
    let mut files = ChartFiles::default();
    let mut entries: Vec<Entry> = Vec::new();
    let mut stack = vec![src.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).map_err(|e| io_err(&d, e))? {
            let e = e.map_err(|e| io_err(&d, e))?;
            let p = e.path();
            let ft = e.file_type().map_err(|e| io_err(&p, e))?;
            let rel = p.strip_prefix(src).unwrap_or(&p).to_string_lossy().replace('\\', "/");
            if ft.is_symlink() {
                return Err(ImagesError::Input {
                    file: p.display().to_string(),
                    message: "symbolic links are not followed".into(),
                });
            }
            if ft.is_dir() {
                if e.file_name() != ".git" {
                    stack.push(p);
                }
                continue;
            }
            let bytes = std::fs::read(&p).map_err(|e| io_err(&p, e))?;
            let name = e.file_name().to_string_lossy().to_string();
            let is_kust = matches!(name.as_str(), "kustomization.yaml" | "kustomization.yml" | "Kustomization");
            let yaml = is_kust || is_manifest_file(&p);
            entries.push(Entry { rel, bytes, is_kust, yaml });
        }
    }
    // Files are independent: rewrite them on all cores, then check the
    // whole run for two sources landing on one destination, in file order.
    entries.sort_by(|a, b| a.rel.cmp(&b.rel));
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get()).clamp(1, 8);
    let chunk = entries.len().div_ceil(threads).max(1);
    // These threads may hand work to the rayon pool while this one waits.
    crate::process::start_workers();
    let results: Vec<Result<EntryResult, ImagesError>> = std::thread::scope(|scope| {
        let handles: Vec<_> = entries
            .chunks(chunk)
            .map(|part| scope.spawn(move || part.iter().map(|e| localize_entry(e, map)).collect::<Vec<_>>()))
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap_or_else(|_| vec![Err(ImagesError::Other("a localize worker failed".into()))]))
            .collect()
    });
    for (e, r) in entries.iter().zip(results) {
        let (content, changes, note) = r?;
        for c in &changes {
            if let (Ok(from), Ok(to)) = (ImageRef::parse(c.from.trim()), ImageRef::parse(&c.to)) {
                guard.check(&from, &to)?;
            }
        }
        report.changes.extend(changes);
        report.notes.extend(note);
        files.files.push((e.rel.clone(), content));
    }
    files.files.sort();
    files.write(out)?;
    Ok(report)
}

/// A chart scan for `kforge images CHART`.
pub fn scan_chart(
    path: &Path,
    renderer: Option<&dyn Renderer>,
    values: &[PathBuf],
) -> Result<(Vec<Finding>, Vec<String>), ImagesError> {
    let mut c = ChartFiles::load(path)?;
    let mut rep = ChartReport::default();
    localize_chart(&mut c, None, &mut CollisionGuard::default(), &mut rep)?;
    let mut findings = rep.findings;
    let mut notes = rep.notes;
    match renderer {
        None => notes.push(
            "images listed from the chart's files (values, annotations, Images.lock, template literals); rendering this chart needs --enable-helm (helm)"
                .into(),
        ),
        Some(r) => {
            let dir = materialize(&c)?;
            let defaults = render_findings(r, dir.path(), values, "defaults")?;
            let all_on = all_on_values(&c)?;
            let on_file = dir.path().join(".kforge-all-on-values.yaml");
            std::fs::write(&on_file, crate::yaml::to_yaml(&all_on)).map_err(|e| io_err(&on_file, e))?;
            let mut with_on = values.to_vec();
            with_on.push(on_file);
            let everything = render_findings(r, dir.path(), &with_on, "all components on")?;
            let seen: BTreeSet<(String, String, String)> =
                defaults.iter().map(|f| (f.image.to_string(), f.resource.clone(), f.path.clone())).collect();
            findings.extend(defaults);
            for mut f in everything {
                if !seen.contains(&(f.image.to_string(), f.resource.clone(), f.path.clone())) {
                    f.note = "disabled by default".into();
                    findings.push(f);
                }
            }
        }
    }
    Ok((findings, notes))
}

/// Write a chart's files to a temporary directory (for a renderer).
fn materialize(c: &ChartFiles) -> Result<tempfile::TempDir, ImagesError> {
    let dir = tempfile::Builder::new()
        .prefix("kforge-chart-")
        .tempdir()
        .map_err(|e| ImagesError::Other(format!("temporary directory: {e}")))?;
    for (p, content) in &c.files {
        let dest = dir.path().join(p);
        if let Some(d) = dest.parent() {
            std::fs::create_dir_all(d).map_err(|e| io_err(d, e))?;
        }
        std::fs::write(&dest, content).map_err(|e| io_err(&dest, e))?;
    }
    Ok(dir)
}

/// Split a rendered stream into documents with their `# Source:` file.
pub fn split_rendered(text: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut source = String::new();
    let flush = |cur: &mut String, source: &mut String, out: &mut Vec<(String, String)>| {
        if !cur.trim().is_empty() {
            out.push((std::mem::take(source), std::mem::take(cur)));
        }
        cur.clear();
        source.clear();
    };
    for line in text.split_inclusive('\n') {
        if line.trim_end() == "---" || line.starts_with("--- ") {
            flush(&mut cur, &mut source, &mut out);
            continue;
        }
        if let Some(s) = line.strip_prefix("# Source: ") {
            source = s.trim().to_string();
        }
        cur.push_str(line);
    }
    flush(&mut cur, &mut source, &mut out);
    out
}

/// Every image of a rendered stream, each with its template file.
pub fn rendered_findings(text: &str, what: &str) -> Result<Vec<Finding>, ImagesError> {
    let mut out = Vec::new();
    for (source, doc) in split_rendered(text) {
        let origin = if source.is_empty() { what.to_string() } else { source };
        for v in crate::yaml::parse_documents(&doc, &origin)? {
            find_in_object(&v, &doc_id(&v), &origin, &mut out)?;
        }
    }
    Ok(out)
}

fn render_findings(r: &dyn Renderer, dir: &Path, values: &[PathBuf], what: &str) -> Result<Vec<Finding>, ImagesError> {
    let text = r
        .render(dir, values)
        .map_err(|e| ImagesError::Other(format!("rendering the chart with {} ({what}) failed: {e}", r.name())))?;
    rendered_findings(&text, what)
}

/// Values turning every component on: each `enabled`/`create` that is
/// false, and each dependency `condition`, set to true (subcharts'
/// values under their alias or name).
pub fn all_on_values(c: &ChartFiles) -> Result<Value, ImagesError> {
    let mut out = Value::Object(Map::new());
    all_on_at(c, "", &[], &mut out)?;
    Ok(out)
}

fn all_on_at(c: &ChartFiles, prefix: &str, at: &[String], out: &mut Value) -> Result<(), ImagesError> {
    if let Some(text) = c.text(&format!("{prefix}values.yaml")) {
        let v = crate::yaml::parse_documents(text, &format!("{prefix}values.yaml"))?
            .into_iter()
            .next()
            .unwrap_or(Value::Null);
        let mut path = at.to_vec();
        flags_on(&v, &mut path, out);
    }
    if let Some(text) = c.text(&format!("{prefix}Chart.yaml")) {
        let chart = crate::yaml::parse_documents(text, &format!("{prefix}Chart.yaml"))?
            .into_iter()
            .next()
            .unwrap_or(Value::Null);
        if let Some(Value::Array(deps)) = chart.get("dependencies") {
            for d in deps {
                let name = d.get("name").and_then(Value::as_str).unwrap_or("");
                let key = d.get("alias").and_then(Value::as_str).unwrap_or(name).to_string();
                if let Some(cond) = d.get("condition").and_then(Value::as_str) {
                    for one in cond.split(',') {
                        let mut p = at.to_vec();
                        p.extend(one.trim().split('.').map(str::to_string));
                        set_true(out, &p);
                    }
                }
                // The subchart's own flags, under its key.
                let sub = format!("{prefix}charts/{name}/");
                if c.files.iter().any(|(p, _)| p == &format!("{sub}Chart.yaml")) && !name.is_empty() {
                    let mut p = at.to_vec();
                    p.push(key);
                    all_on_at(c, &sub, &p, out)?;
                }
            }
        }
    }
    Ok(())
}

fn flags_on(v: &Value, path: &mut Vec<String>, out: &mut Value) {
    if let Value::Object(m) = v {
        for (k, child) in m {
            path.push(k.to_string());
            if (k == "enabled" || k == "create") && child == &Value::Bool(false) {
                set_true(out, path);
            } else {
                flags_on(child, path, out);
            }
            path.pop();
        }
    }
}

fn set_true(out: &mut Value, path: &[String]) {
    if path.is_empty() || path.iter().any(|p| p.is_empty()) {
        return;
    }
    let mut cur = out;
    for p in &path[..path.len() - 1] {
        let Value::Object(m) = cur else { return };
        let e = m.entry(p.clone()).or_insert_with(|| Value::Object(Map::new()));
        if !e.is_object() {
            *e = Value::Object(Map::new());
        }
        cur = e;
    }
    if let Value::Object(m) = cur {
        m.insert(path[path.len() - 1].clone(), Value::Bool(true));
    }
}

/// An image still outside the mirror after localization.
#[derive(Debug, Clone)]
pub struct Offender {
    pub finding: Finding,
    /// Which render showed it (`defaults`, `all components on`, `ci/x-values.yaml`).
    pub render: String,
}

/// Localize a chart (directory or `.tgz`) into `out`; with a renderer,
/// verify by rendering the result (defaults, every component on, each
/// `ci/*values.yaml`). Returns the report, or the offenders that remain.
pub fn localize_chart_path(
    src: &Path,
    out: &Path,
    map: &MirrorMap,
    verify: Option<&dyn Renderer>,
) -> Result<(LocalizeReport, Vec<Offender>), ImagesError> {
    let mut c = ChartFiles::load(src)?;
    // What the original chart renders, mapped: the only images the
    // localized chart may render (a registry knob can move an image to a
    // mirror host but to the wrong path).
    let expected = match verify {
        Some(r) => expected_images(&c, map, r)?,
        None => None,
    };
    let mut guard = CollisionGuard::default();
    let mut rep = ChartReport::default();
    localize_chart(&mut c, Some(map), &mut guard, &mut rep)?;
    let mut report = LocalizeReport {
        changes: rep.changes,
        template_literals: rep.template_literals,
        notes: rep.notes,
        ..Default::default()
    };
    let mut offenders = Vec::new();
    if let Some(r) = verify {
        offenders = verify_chart(&mut c, map, r, expected.as_ref(), &mut report)?;
    }
    if offenders.is_empty() {
        c.write(out)?;
    }
    Ok((report, offenders))
}

/// The values files `--verify` renders a chart with: defaults, every
/// component on, each `ci/*values.yaml` (paths inside `dir`).
fn render_sets(c: &ChartFiles, dir: &Path) -> Result<Vec<(String, Vec<PathBuf>)>, ImagesError> {
    let mut sets: Vec<(String, Vec<PathBuf>)> = vec![("defaults".into(), Vec::new())];
    let on = dir.join(".kforge-all-on-values.yaml");
    std::fs::write(&on, crate::yaml::to_yaml(&all_on_values(c)?)).map_err(|e| io_err(&on, e))?;
    sets.push(("all components on".into(), vec![on]));
    for (p, _) in &c.files {
        if p.starts_with("ci/") && p.ends_with("values.yaml") {
            sets.push((p.clone(), vec![dir.join(p)]));
        }
    }
    Ok(sets)
}

/// Every image the original chart renders, as the map sends it (images the
/// map leaves alone as they are). `None` when the original does not render.
fn expected_images(c: &ChartFiles, map: &MirrorMap, r: &dyn Renderer) -> Result<Option<BTreeSet<String>>, ImagesError> {
    let dir = materialize(c)?;
    let mut out = BTreeSet::new();
    for (_, values) in render_sets(c, dir.path())? {
        let Ok(text) = r.render(dir.path(), &values) else {
            return Ok(None);
        };
        for f in rendered_findings(&text, "original")? {
            out.insert(match map.decide(&f.image) {
                Decision::Mirror(m) => m.to_string(),
                _ => f.image.to_string(),
            });
        }
    }
    Ok(Some(out))
}

/// Render the localized chart every way `--verify` asks; rewrite template
/// literals that the values could not move; fall back to the Bitnami
/// guard's switch only when the guard still fails.
fn verify_chart(
    c: &mut ChartFiles,
    map: &MirrorMap,
    r: &dyn Renderer,
    expected: Option<&BTreeSet<String>>,
    report: &mut LocalizeReport,
) -> Result<Vec<Offender>, ImagesError> {
    let mut insecure_set = false;
    for _pass in 0..3 {
        let dir = materialize(c)?;
        let mut sets: Vec<(String, Vec<PathBuf>)> = vec![("defaults".into(), Vec::new())];
        let on = dir.path().join(".kforge-all-on-values.yaml");
        std::fs::write(&on, crate::yaml::to_yaml(&all_on_values(c)?)).map_err(|e| io_err(&on, e))?;
        sets.push(("all components on".into(), vec![on]));
        for (p, _) in &c.files {
            if p.starts_with("ci/") && p.ends_with("values.yaml") {
                sets.push((p.clone(), vec![dir.path().join(p)]));
            }
        }
        let mut offenders = Vec::new();
        let mut total = 0;
        let mut retry = false;
        report.renders.clear();
        for (what, values) in &sets {
            let text = match r.render(dir.path(), values) {
                Ok(t) => t,
                Err(e) if e.contains("allowInsecureImages") && !insecure_set => {
                    let v = c.text("values.yaml").unwrap_or("").to_string();
                    let new = allow_insecure_images(&v, "values.yaml")?;
                    c.files.retain(|(p, _)| p != "values.yaml");
                    c.files.push(("values.yaml".into(), new.into_bytes()));
                    c.files.sort();
                    insecure_set = true;
                    report.notes.push(
                        "the chart's image guard still refused the rewritten images: set global.security.allowInsecureImages: true in values.yaml"
                            .into(),
                    );
                    retry = true;
                    break;
                }
                Err(e) => {
                    return Err(ImagesError::Other(format!(
                        "verify: rendering the localized chart with {} ({what}) failed: {e}",
                        r.name()
                    )))
                }
            };
            report.renders.push(what.clone());
            let found = rendered_findings(&text, what)?;
            total += found.len();
            for mut f in found {
                if !map.is_localized(&f.image) {
                    offenders.push(Offender { finding: f, render: what.clone() });
                } else if expected.is_some_and(|e| !e.contains(&f.image.to_string()))
                    && !map.is_excluded(&f.image.registry, &f.image.repository)
                {
                    f.note = "under a mirror host, but not where the map sends any image of the original chart".into();
                    offenders.push(Offender { finding: f, render: what.clone() });
                }
            }
        }
        if retry {
            continue;
        }
        report.verified_images = total;
        if offenders.is_empty() {
            return Ok(offenders);
        }
        // Literals the values cannot move: rewrite them in the template files.
        let mut fixed = false;
        let mut guard = CollisionGuard::default();
        for o in &offenders {
            let Decision::Mirror(new) = map.decide(&o.finding.image) else {
                continue;
            };
            guard.check(&o.finding.image, &new)?;
            let to = new.to_string();
            for (p, bytes) in c.files.iter_mut() {
                if !p.contains("templates/") {
                    continue;
                }
                let Ok(text) = std::str::from_utf8(bytes) else {
                    continue;
                };
                let (next, n) = replace_tokens(text, &o.finding.text, &to);
                if n > 0 {
                    *bytes = next.into_bytes();
                    fixed = true;
                    report.template_literals.push(Change {
                        from: o.finding.text.clone(),
                        to: to.clone(),
                        resource: o.finding.resource.clone(),
                        file: p.clone(),
                        path: o.finding.path.clone(),
                    });
                }
            }
        }
        if !fixed {
            return Ok(offenders);
        }
    }
    Err(ImagesError::Other("verify: the localized chart did not settle after three passes".into()))
}

/// Localize a chart repository index file into `out` (or return the text).
pub fn localize_index_file(src: &Path, map: &MirrorMap) -> Result<(String, Vec<Change>), ImagesError> {
    let text = read_text(src)?;
    super::chart::localize_index(&text, &src.display().to_string(), map)
}

/// Findings as a table / JSON / YAML.
pub fn findings_value(findings: &[Finding]) -> Value {
    Value::Array(
        findings
            .iter()
            .map(|f| {
                let mut m = Map::new();
                m.insert("image".into(), Value::String(f.image.to_string()));
                m.insert("as_written".into(), Value::String(f.text.clone()));
                m.insert("site".into(), Value::String(f.site.as_str().into()));
                if !f.resource.is_empty() {
                    m.insert("resource".into(), Value::String(f.resource.clone()));
                }
                if !f.file.is_empty() {
                    m.insert("file".into(), Value::String(f.file.clone()));
                }
                m.insert("path".into(), Value::String(f.path.clone()));
                if !f.note.is_empty() {
                    m.insert("note".into(), Value::String(f.note.clone()));
                }
                Value::Object(m)
            })
            .collect(),
    )
}

/// A plain-text table of findings.
pub fn findings_table(findings: &[Finding]) -> String {
    let rows: Vec<[String; 5]> = findings
        .iter()
        .map(|f| {
            let site = if f.note.is_empty() {
                f.site.as_str().to_string()
            } else {
                format!("{} ({})", f.site.as_str(), f.note)
            };
            let loc = if f.resource.is_empty() {
                f.file.clone()
            } else if f.file.is_empty() {
                f.resource.clone()
            } else {
                format!("{} ({})", f.resource, f.file)
            };
            [f.image.to_string(), site, loc, f.path.clone(), String::new()]
        })
        .collect();
    let head = ["IMAGE", "SITE", "WHERE", "PATH"];
    let mut w = head.map(str::len);
    for r in &rows {
        for i in 0..4 {
            w[i] = w[i].max(r[i].len());
        }
    }
    let mut out = String::new();
    let line = |cells: [&str; 4], out: &mut String| {
        let s =
            format!("{:<a$}  {:<b$}  {:<c$}  {}", cells[0], cells[1], cells[2], cells[3], a = w[0], b = w[1], c = w[2]);
        out.push_str(s.trim_end());
        out.push('\n');
    };
    line(head, &mut out);
    for r in &rows {
        line([&r[0], &r[1], &r[2], &r[3]], &mut out);
    }
    out
}

/// Unique image names of findings, sorted (for summaries).
pub fn unique_images(findings: &[Finding]) -> BTreeSet<String> {
    findings.iter().map(|f| f.image.to_string()).collect()
}

/// Does a site come from a chart's files rather than rendered output?
pub fn is_static(site: Site) -> bool {
    matches!(site, Site::Values | Site::Annotation | Site::Lock | Site::Template)
}

/// The ImageMirror config kforge adds to a localized kustomization whose
/// build still names images outside the mirror (helmCharts, generators,
/// remote bases...).
pub const MIRROR_CONFIG_FILE: &str = "kforge-image-mirror.yaml";
/// The copy of the mirror map that config reads.
pub const MIRROR_MAP_FILE: &str = "kforge-mirror-map.yaml";

/// Add an `ImageMirror` transformer (with a copy of the map) to the
/// kustomization in `dir`, so its build output is rewritten too. The
/// kustomization file is edited as text (comments kept).
pub fn add_mirror_transformer(dir: &Path, map_text: &str) -> Result<PathBuf, ImagesError> {
    let kfile = ["kustomization.yaml", "kustomization.yml", "Kustomization"]
        .iter()
        .map(|n| dir.join(n))
        .find(|p| p.is_file())
        .ok_or_else(|| ImagesError::Input {
            file: dir.display().to_string(),
            message: "no kustomization file".into(),
        })?;
    let text = read_text(&kfile)?;
    let origin = kfile.display().to_string();
    let doc = spans::parse(&text, &origin)?.into_iter().next();
    let entry = MIRROR_CONFIG_FILE;
    let new_text = match doc.as_ref().and_then(|d| d.get("transformers")) {
        Some(Node::Seq(items)) if !items.is_empty() => {
            let Some(last) = items.last().and_then(Node::scalar) else {
                return Err(ImagesError::Input {
                    file: origin,
                    message: "transformers: cannot add an entry after a non-scalar one".into(),
                });
            };
            let after = text[last.end..].trim_start_matches([' ', '\t']);
            if after.starts_with(',') || after.starts_with(']') {
                let mut t = text.clone();
                t.insert_str(last.end, &format!(", {entry}"));
                t
            } else {
                let line_start = text[..last.start].rfind('\n').map_or(0, |i| i + 1);
                let prefix = &text[line_start..last.start];
                let indent: String = prefix.chars().take_while(|c| *c == ' ').collect();
                let line_end = text[last.end..].find('\n').map_or(text.len(), |i| last.end + i + 1);
                let mut t = text.clone();
                if line_end == text.len() && !t.ends_with('\n') {
                    t.push('\n');
                }
                let at = if line_end == text.len() { t.len() } else { line_end };
                t.insert_str(at, &format!("{indent}- {entry}\n"));
                t
            }
        }
        Some(Node::Seq(_)) | Some(Node::Scalar(_)) => {
            return Err(ImagesError::Input {
                file: origin,
                message: "transformers: empty or not a block list; add the ImageMirror transformer by hand".into(),
            })
        }
        Some(_) => return Err(ImagesError::Input { file: origin, message: "transformers: expected a list".into() }),
        None => {
            let mut t = text.clone();
            if !t.is_empty() && !t.ends_with('\n') {
                t.push('\n');
            }
            t.push_str(&format!("transformers:\n- {entry}\n"));
            t
        }
    };
    let write = |p: &Path, s: &str| -> Result<(), ImagesError> {
        crate::emit::write_atomic(p, s.as_bytes())
            .map_err(|e| ImagesError::Other(format!("{}: {}", p.display(), crate::error::chain_text(&e))))
    };
    write(&dir.join(MIRROR_MAP_FILE), map_text)?;
    write(
        &dir.join(MIRROR_CONFIG_FILE),
        &format!("# Added by kforge localize: rewrites the images the files could not move.\napiVersion: builtin\nkind: ImageMirror\nmetadata:\n  name: kforge-localize\npath: {MIRROR_MAP_FILE}\n"),
    )?;
    write(&kfile, &new_text)?;
    Ok(kfile)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn collisions_across_files_are_found() {
        let d = tempfile::tempdir().unwrap();
        let src = d.path().join("src");
        std::fs::create_dir_all(&src).unwrap();
        for (f, img) in [("a.yaml", "gcr.io/x/app:1"), ("b.yaml", "quay.io/x/app:1")] {
            let text = format!("kind: Pod\nmetadata: {{name: {f}}}\nspec:\n  containers:\n  - image: {img}\n");
            std::fs::write(src.join(f), text).unwrap();
        }
        let map = MirrorMap::parse("mirrors: [{from: '*', to: 'm.example.cn/flat/{path}'}]", "m").unwrap();
        let out = d.path().join("out");
        let e = localize_manifest_dir(&src, &out, &map).unwrap_err().to_string();
        assert!(e.contains("two sources map to one destination 'm.example.cn/flat/x/app'"), "{e}");
        assert!(!out.exists());
    }

    #[test]
    fn mirror_transformer_is_added_to_any_kustomization_layout() {
        for (before, after) in [
            ("resources: [a.yaml]\n", "resources: [a.yaml]\ntransformers:\n- kforge-image-mirror.yaml\n"),
            (
                "transformers:\n  - t.yaml  # mine\nimages: []\n",
                "transformers:\n  - t.yaml  # mine\n  - kforge-image-mirror.yaml\nimages: []\n",
            ),
            ("transformers: [t.yaml]\n", "transformers: [t.yaml, kforge-image-mirror.yaml]\n"),
            ("transformers:\n- t.yaml", "transformers:\n- t.yaml\n- kforge-image-mirror.yaml\n"),
        ] {
            let d = tempfile::tempdir().unwrap();
            std::fs::write(d.path().join("kustomization.yaml"), before).unwrap();
            add_mirror_transformer(d.path(), "mirrors: []\n").unwrap();
            assert_eq!(std::fs::read_to_string(d.path().join("kustomization.yaml")).unwrap(), after);
            assert!(d.path().join(MIRROR_CONFIG_FILE).is_file() && d.path().join(MIRROR_MAP_FILE).is_file());
        }
    }
}
