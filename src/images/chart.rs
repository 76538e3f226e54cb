//! Localizing chart files, whatever engine renders the chart: the values
//! files by the conventions real charts use, the Chart.yaml annotations
//! that list images, Images.lock, dependency repositories, hard-coded
//! images in templates, and subcharts (directories or `.tgz`) the same way.
//!
//! Values conventions understood:
//! - `registry` + `repository` + `tag`/`digest` mappings (Bitnami style; any
//!   key, e.g. `image`, `metrics.image`, `volumePermissions.image`), and the
//!   `imageRegistry`/`imageRepository`/`imageTag` flat variant;
//! - `global.imageRegistry` and `global.image.registry` (mapped as registries);
//! - `image: repo:tag` strings and `<something>Image` strings;
//! - lists of image strings under keys naming images (`images`, `extraImages`);
//! - references embedded in other strings (`--reloader=quay.io/...:v1`).
//!
//! Edits are made on the source text of the scalars: comments and layout stay.
use std::collections::BTreeSet;
use std::io::Read;
use std::path::Path;

use crate::yaml::Value;

use super::find::{scan_embedded, Change, Finding, Site};
use super::manifest::{edit_multi, edit_scalar, replace_tokens};
use super::mirror_map::{CollisionGuard, Decision, MirrorMap};
use super::reference::ImageRef;
use super::spans::{self, Edits, Node, Scalar};
use super::{io_err, ImagesError};

/// A chart's files in memory, paths relative to the chart root (`/`-separated).
#[derive(Clone, Debug, Default)]
pub struct ChartFiles {
    /// Top directory name inside a `.tgz` (the chart's name).
    pub name: String,
    pub files: Vec<(String, Vec<u8>)>,
}

/// Upper bound on a chart's unpacked size (guards against archive bombs).
const MAX_CHART_BYTES: u64 = 1 << 30;

impl ChartFiles {
    pub fn get(&self, path: &str) -> Option<&[u8]> {
        self.files.iter().find(|(p, _)| p == path).map(|(_, b)| b.as_slice())
    }

    pub fn text(&self, path: &str) -> Option<&str> {
        self.get(path).and_then(|b| std::str::from_utf8(b).ok())
    }

    fn set(&mut self, path: &str, content: Vec<u8>) {
        match self.files.iter_mut().find(|(p, _)| p == path) {
            Some((_, b)) => *b = content,
            None => self.files.push((path.to_string(), content)),
        }
    }

    /// Load a chart directory or `.tgz`.
    pub fn load(path: &Path) -> Result<ChartFiles, ImagesError> {
        if path.is_dir() {
            let mut files = Vec::new();
            walk_dir(path, path, &mut files)?;
            files.sort();
            let name = path.file_name().map(|n| n.to_string_lossy().to_string()).unwrap_or_default();
            let mut c = ChartFiles { name, files };
            if let Some(n) = c.chart_name() {
                c.name = n;
            }
            return Ok(c);
        }
        let bytes = std::fs::read(path).map_err(|e| io_err(path, e))?;
        Self::from_tgz(&bytes, &path.display().to_string())
    }

    /// `name:` of Chart.yaml.
    pub fn chart_name(&self) -> Option<String> {
        let doc = crate::yaml::parse_documents(self.text("Chart.yaml")?, "Chart.yaml").ok()?.into_iter().next()?;
        doc.get("name").and_then(Value::as_str).map(str::to_string)
    }

    /// Unpack a chart archive: one top directory; entries outside it, links
    /// and absolute or `..` paths are refused.
    pub fn from_tgz(bytes: &[u8], origin: &str) -> Result<ChartFiles, ImagesError> {
        let bad = |m: String| ImagesError::Input { file: origin.to_string(), message: m };
        let gz = flate2::read::GzDecoder::new(bytes);
        let mut ar = tar::Archive::new(gz);
        let mut files = Vec::new();
        let mut name = String::new();
        let mut total = 0u64;
        let entries = ar.entries().map_err(|e| bad(format!("not a gzipped tar archive: {e}")))?;
        for entry in entries {
            let mut entry = entry.map_err(|e| bad(format!("reading the archive: {e}")))?;
            let et = entry.header().entry_type();
            if et.is_dir() || et.is_pax_global_extensions() || et.is_pax_local_extensions() {
                continue;
            }
            let path = entry.path().map_err(|e| bad(format!("bad entry name: {e}")))?.to_string_lossy().to_string();
            if !et.is_file() {
                return Err(bad(format!("entry '{path}' is not a regular file (links are refused)")));
            }
            let parts: Vec<&str> = path.split('/').filter(|p| !p.is_empty() && *p != ".").collect();
            if path.starts_with('/') || parts.contains(&"..") || parts.len() < 2 {
                return Err(bad(format!("entry '{path}' is outside the chart directory")));
            }
            if name.is_empty() {
                name = parts[0].to_string();
            } else if name != parts[0] {
                return Err(bad(format!("entry '{path}' is outside the chart directory '{name}'")));
            }
            total += entry.header().size().unwrap_or(0);
            if total > MAX_CHART_BYTES {
                return Err(bad("chart archive is larger than 1 GiB unpacked".into()));
            }
            let mut buf = Vec::new();
            entry.read_to_end(&mut buf).map_err(|e| bad(format!("reading '{path}': {e}")))?;
            files.push((parts[1..].join("/"), buf));
        }
        if name.is_empty() {
            return Err(bad("empty chart archive".into()));
        }
        files.sort();
        Ok(ChartFiles { name, files })
    }

    /// Pack as a `.tgz` with the chart's name as the top directory.
    pub fn to_tgz(&self) -> Result<Vec<u8>, ImagesError> {
        let gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        let mut b = tar::Builder::new(gz);
        for (p, content) in &self.files {
            let mut h = tar::Header::new_gnu();
            h.set_size(content.len() as u64);
            h.set_mode(0o644);
            h.set_mtime(0);
            h.set_entry_type(tar::EntryType::Regular);
            b.append_data(&mut h, format!("{}/{p}", self.name), content.as_slice())
                .map_err(|e| ImagesError::Other(format!("packing {p}: {e}")))?;
        }
        let gz = b.into_inner().map_err(|e| ImagesError::Other(format!("packing: {e}")))?;
        gz.finish().map_err(|e| ImagesError::Other(format!("packing: {e}")))
    }

    /// Write to `out`: a `.tgz` when it ends so, else a directory (which must
    /// not exist or be empty). Written beside and renamed: nothing half written.
    pub fn write(&self, out: &Path) -> Result<(), ImagesError> {
        let is_tgz = out.extension().is_some_and(|e| e == "tgz") || out.to_string_lossy().ends_with(".tar.gz");
        if is_tgz {
            let bytes = self.to_tgz()?;
            return crate::emit::write_atomic(out, &bytes)
                .map_err(|e| ImagesError::Other(format!("{}: {}", out.display(), crate::error::chain_text(&e))));
        }
        if out.exists() && std::fs::read_dir(out).map_err(|e| io_err(out, e))?.next().is_some() {
            return Err(ImagesError::Input {
                file: out.display().to_string(),
                message: "output directory exists and is not empty".into(),
            });
        }
        let parent = out.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
        std::fs::create_dir_all(parent).map_err(|e| io_err(parent, e))?;
        let tmp =
            tempfile::Builder::new().prefix(".kforge-localize-").tempdir_in(parent).map_err(|e| io_err(parent, e))?;
        // Removed on a failure (dropped) and when kforge is interrupted.
        let _guard = crate::process::register_path(tmp.path());
        for (p, content) in &self.files {
            let dest = tmp.path().join(p);
            if let Some(d) = dest.parent() {
                std::fs::create_dir_all(d).map_err(|e| io_err(d, e))?;
            }
            std::fs::write(&dest, content).map_err(|e| io_err(&dest, e))?;
        }
        if out.exists() {
            std::fs::remove_dir(out).map_err(|e| io_err(out, e))?;
        }
        // Renamed into place; a failed rename leaves no staging directory.
        std::fs::rename(tmp.path(), out).map_err(|e| io_err(out, e))?;
        let _ = tmp.keep();
        Ok(())
    }
}

fn walk_dir(root: &Path, dir: &Path, out: &mut Vec<(String, Vec<u8>)>) -> Result<(), ImagesError> {
    let rd = std::fs::read_dir(dir).map_err(|e| io_err(dir, e))?;
    for e in rd {
        let e = e.map_err(|e| io_err(dir, e))?;
        let p = e.path();
        let ft = e.file_type().map_err(|e| io_err(&p, e))?;
        if ft.is_symlink() {
            return Err(ImagesError::Input {
                file: p.display().to_string(),
                message: "symbolic links in charts are not followed".into(),
            });
        }
        if ft.is_dir() {
            walk_dir(root, &p, out)?;
        } else if ft.is_file() {
            let rel = p.strip_prefix(root).unwrap_or(&p).to_string_lossy().replace('\\', "/");
            out.push((rel, std::fs::read(&p).map_err(|e| io_err(&p, e))?));
        }
    }
    Ok(())
}

/// What localizing (or scanning) a chart found and did.
#[derive(Debug, Default)]
pub struct ChartReport {
    pub findings: Vec<Finding>,
    pub changes: Vec<Change>,
    /// Images that only a template literal held (rewritten in the template).
    pub template_literals: Vec<Change>,
    pub notes: Vec<String>,
}

/// Scan (map `None`) or localize a chart and its subcharts.
pub fn localize_chart(
    c: &mut ChartFiles,
    map: Option<&MirrorMap>,
    guard: &mut CollisionGuard,
    report: &mut ChartReport,
) -> Result<(), ImagesError> {
    localize_at(c, "", map, guard, None, report)?;
    if map.is_some() && !report.changes.is_empty() {
        report.notes.push(format!(
            "chart '{}' was rewritten: it no longer matches the upstream chart's digest or provenance signature (.prov); sign it again if your clusters verify charts",
            c.name
        ));
    }
    Ok(())
}

fn localize_at(
    c: &mut ChartFiles,
    prefix: &str,
    map: Option<&MirrorMap>,
    guard: &mut CollisionGuard,
    inherited: Option<&GlobalPlan>,
    report: &mut ChartReport,
) -> Result<(), ImagesError> {
    let paths: Vec<String> = c.files.iter().map(|(p, _)| p.clone()).collect();
    let own = |p: &str| -> Option<String> {
        let rel = p.strip_prefix(prefix)?;
        if rel.starts_with("charts/") {
            None
        } else {
            Some(rel.to_string())
        }
    };
    // Global registries first: the images below are read with them.
    let values_path = format!("{prefix}values.yaml");
    let mut global = None;
    let mut plan = None;
    if let Some(text) = c.text(&values_path).map(str::to_string) {
        let mut served = Vec::new();
        collect_served(c, prefix, true, &mut served);
        let (out, g, p) = rewrite_globals(&text, &values_path, map, &served, report)?;
        global = g;
        plan = p;
        c.set(&values_path, out.into_bytes());
    }
    // A parent's global knob reaches the subcharts that set none of their own.
    let plan = if global.is_none() { inherited.cloned() } else { plan };
    for p in &paths {
        let Some(rel) = own(p) else { continue };
        let Some(text) = c.text(p).map(str::to_string) else {
            continue;
        };
        let file = p.clone();
        let out = if rel == "values.yaml" || (rel.starts_with("ci/") && rel.ends_with("values.yaml")) {
            rewrite_values(&text, &file, map, guard, global.as_deref(), plan.as_ref(), report)?
        } else if rel == "Chart.yaml" || rel == "requirements.yaml" {
            rewrite_chart_yaml(&text, &file, map, guard, report)?
        } else if rel.eq_ignore_ascii_case("images.lock") {
            rewrite_lock(&text, &file, map, guard, report)?
        } else if rel.starts_with("templates/") {
            rewrite_template(&text, &file, map, guard, report)?
        } else {
            continue;
        };
        if out != text {
            c.set(p, out.into_bytes());
        }
    }
    // Subcharts: directories and archives under charts/.
    let mut subdirs: Vec<String> = Vec::new();
    for p in &paths {
        let Some(rest) = p.strip_prefix(&format!("{prefix}charts/")) else {
            continue;
        };
        match rest.split_once('/') {
            Some((dir, "Chart.yaml")) => subdirs.push(format!("{prefix}charts/{dir}/")),
            None if rest.ends_with(".tgz") => {
                let bytes = c.get(p).map(<[u8]>::to_vec).unwrap_or_default();
                let mut sub = ChartFiles::from_tgz(&bytes, p)?;
                let before = report.changes.len() + report.template_literals.len();
                let mut sub_report = ChartReport::default();
                localize_at(&mut sub, "", map, guard, None, &mut sub_report)?;
                for f in sub_report.findings.iter_mut() {
                    f.file = format!("{p}!{}", f.file);
                }
                for ch in sub_report.changes.iter_mut().chain(sub_report.template_literals.iter_mut()) {
                    ch.file = format!("{p}!{}", ch.file);
                }
                report.findings.extend(sub_report.findings);
                report.changes.extend(sub_report.changes);
                report.template_literals.extend(sub_report.template_literals);
                report.notes.extend(sub_report.notes);
                if report.changes.len() + report.template_literals.len() > before {
                    c.set(p, sub.to_tgz()?);
                }
            }
            _ => {}
        }
    }
    for d in subdirs {
        localize_at(c, &d, map, guard, plan.as_ref(), report)?;
    }
    Ok(())
}

/// Decide one reference; record the finding and, when mirrored, the change.
fn decide(
    map: Option<&MirrorMap>,
    guard: &mut CollisionGuard,
    image: &ImageRef,
) -> Result<Option<ImageRef>, ImagesError> {
    let Some(map) = map else { return Ok(None) };
    match map.decide(image) {
        Decision::Mirror(new) => {
            guard.check(image, &new)?;
            Ok(Some(new))
        }
        _ => Ok(None),
    }
}

fn finding(text: &str, image: ImageRef, file: &str, path: &str, site: Site) -> Finding {
    Finding {
        text: text.to_string(),
        image,
        resource: String::new(),
        file: file.to_string(),
        path: path.to_string(),
        site,
        note: String::new(),
        pointer: String::new(),
        range: (0, 0),
    }
}

fn change(from: &str, to: &str, file: &str, path: &str) -> Change {
    Change { from: from.into(), to: to.into(), resource: String::new(), file: file.into(), path: path.into() }
}

fn first_doc(text: &str, file: &str) -> Result<Option<Node>, ImagesError> {
    Ok(spans::parse(text, file)?.into_iter().next())
}

fn join(path: &[String], key: &str) -> String {
    let mut p = path.join(".");
    if !p.is_empty() {
        p.push('.');
    }
    p.push_str(key);
    p
}

/// How a global registry knob is rewritten when the images it serves do not
/// all go where the knob, mapped as a registry, would send them (a
/// path-scoped rule such as `docker.io/library` under `global.imageRegistry:
/// docker.io`): the knob becomes the part all their destinations share
/// (`mirror.example.cn`) and each image's repository the rest
/// (`library/nginx`, `docker.io/bitnami/redis`).
#[derive(Clone, Debug)]
pub struct GlobalPlan {
    /// The knob as written in the source chart (`docker.io`).
    pub source: String,
    /// Its new value (`mirror.example.cn`).
    pub new: String,
}

/// Is this repository read under a global registry knob (no host of its own)?
fn served_by_global(repo: &str) -> bool {
    let first = repo.split('/').next().unwrap_or("");
    !repo.is_empty()
        && !repo.contains("{{")
        && !(repo.contains('/') && (first.contains(['.', ':']) || first == "localhost"))
}

/// A non-empty `global.imageRegistry` / `global.image.registry`.
fn global_knob(doc: &Node) -> Option<(&'static str, &Scalar)> {
    let g = doc.get("global")?;
    [
        ("global.imageRegistry", g.str_at("imageRegistry")),
        ("global.image.registry", g.get("image").and_then(|i| i.str_at("registry"))),
    ]
    .into_iter()
    .find_map(|(p, s)| s.filter(|s| !s.text().trim().is_empty() && !s.text().contains("{{")).map(|s| (p, s)))
}

/// The repositories (with tag/digest suffix ignored) of the registry/repository
/// mappings a chart's global knob serves: the chart's own and those of its
/// directory subcharts that set no knob of their own.
fn collect_served(c: &ChartFiles, prefix: &str, top: bool, out: &mut Vec<String>) {
    fn walk(n: &Node, out: &mut Vec<String>) {
        match n {
            Node::Map(entries) => {
                for (kreg, krepo, ktag, kdig) in [
                    ("registry", "repository", "tag", "digest"),
                    ("imageRegistry", "imageRepository", "imageTag", "imageDigest"),
                ] {
                    if let Some(r) = n.str_at(krepo) {
                        let has = n.get(kreg).is_some() || n.get(ktag).is_some() || n.get(kdig).is_some();
                        if has && served_by_global(r.text().trim()) {
                            out.push(r.text().trim().to_string());
                        }
                    }
                }
                for (k, v) in entries {
                    if k != "global" {
                        walk(v, out);
                    }
                }
            }
            Node::Seq(items) => items.iter().for_each(|i| walk(i, out)),
            _ => {}
        }
    }
    let vp = format!("{prefix}values.yaml");
    if let Some(doc) = c.text(&vp).and_then(|t| first_doc(t, &vp).ok().flatten()) {
        if !top && global_knob(&doc).is_some() {
            return;
        }
        walk(&doc, out);
    }
    let sub = format!("{prefix}charts/");
    let dirs: BTreeSet<String> = c
        .files
        .iter()
        .filter_map(|(p, _)| {
            p.strip_prefix(&sub)?.strip_suffix("/Chart.yaml").filter(|d| !d.contains('/')).map(str::to_string)
        })
        .collect();
    for d in dirs {
        collect_served(c, &format!("{sub}{d}/"), false, out);
    }
}

/// Where the images a knob serves must go, and the knob value they share.
/// `None` when mapping the knob as a registry sends every one of them where
/// the map does (the common case), or when no single value can.
fn plan_for(map: &MirrorMap, source: &str, mapped: &str, served: &[String]) -> Result<Option<GlobalPlan>, String> {
    let mut targets = Vec::new();
    let mut all_follow = true;
    for repo in served {
        let Ok(r) = ImageRef::parse(&format!("{source}/{repo}")) else {
            continue;
        };
        let Decision::Mirror(t) = map.decide(&r) else {
            continue;
        };
        let name = t.name();
        all_follow &= name == format!("{mapped}/{repo}");
        targets.push(name);
    }
    if all_follow || targets.is_empty() {
        return Ok(None);
    }
    // The longest run of leading path components all destinations share,
    // leaving each a non-empty repository.
    let split: Vec<Vec<&str>> = targets.iter().map(|t| t.split('/').collect()).collect();
    let mut n = 0;
    while split.iter().all(|p| p.len() > n + 1 && p[n] == split[0][n]) {
        n += 1;
    }
    if n == 0 {
        return Err(format!(
            "the images global registry '{source}' serves go to different mirror hosts ({}); it is mapped as a registry, and --verify reports the images that land elsewhere",
            targets.join(", ")
        ));
    }
    Ok(Some(GlobalPlan { source: source.to_string(), new: split[0][..n].join("/") }))
}

/// `global.imageRegistry` / `global.image.registry`: mapped as registries,
/// or by a [`GlobalPlan`] when path-scoped rules send the images they serve
/// elsewhere. Returns the new text, the global registry the images are read
/// with, and the plan.
fn rewrite_globals(
    text: &str,
    file: &str,
    map: Option<&MirrorMap>,
    served: &[String],
    report: &mut ChartReport,
) -> Result<(String, Option<String>, Option<GlobalPlan>), ImagesError> {
    let Some(doc) = first_doc(text, file)? else {
        return Ok((text.to_string(), None, None));
    };
    let Some(g) = doc.get("global") else {
        return Ok((text.to_string(), None, None));
    };
    let mut edits = Edits::default();
    let mut effective = None;
    let mut plan = None;
    let candidates = [
        ("global.imageRegistry", g.str_at("imageRegistry")),
        ("global.image.registry", g.get("image").and_then(|i| i.str_at("registry"))),
    ];
    for (path, s) in candidates {
        let Some(s) = s else { continue };
        let reg = s.text().trim();
        if reg.is_empty() || reg.contains("{{") {
            continue;
        }
        let mut now = reg.to_string();
        if let Some(map) = map {
            if let Some(mut new) = map_registry(map, reg) {
                // The first knob serves the registry/repository images.
                if effective.is_none() {
                    match plan_for(map, reg, &new, served) {
                        Ok(Some(p)) => {
                            new = p.new.clone();
                            report.notes.push(format!(
                                "{file}: {path}: the images it serves go to different mirror paths: set to '{new}' and each image's repository carries the rest"
                            ));
                            plan = Some(p);
                        }
                        Ok(None) => {}
                        Err(note) => report.notes.push(format!("{file}: {path}: {note}")),
                    }
                }
                edits.set(s, text, &new);
                report.changes.push(change(reg, &new, file, path));
                now = new;
            }
        }
        effective.get_or_insert(now);
    }
    Ok((edits.apply(text), effective, plan))
}

struct ValuesCtx<'a> {
    src: &'a str,
    file: &'a str,
    map: Option<&'a MirrorMap>,
    global: Option<&'a str>,
    plan: Option<&'a GlobalPlan>,
    edits: Edits,
}

fn is_imageish_key(k: &str) -> bool {
    let l = k.to_ascii_lowercase();
    l == "image" || l.ends_with("image") || l == "images" || l.ends_with("images")
}

fn rewrite_values(
    text: &str,
    file: &str,
    map: Option<&MirrorMap>,
    guard: &mut CollisionGuard,
    global: Option<&str>,
    plan: Option<&GlobalPlan>,
    report: &mut ChartReport,
) -> Result<String, ImagesError> {
    let Some(doc) = first_doc(text, file)? else {
        return Ok(text.to_string());
    };
    let mut cx = ValuesCtx { src: text, file, map, global, plan, edits: Edits::default() };
    values_walk(&mut cx, &doc, &mut Vec::new(), None, guard, report)?;
    Ok(cx.edits.apply(text))
}

fn values_walk(
    cx: &mut ValuesCtx,
    node: &Node,
    path: &mut Vec<String>,
    key: Option<&str>,
    guard: &mut CollisionGuard,
    report: &mut ChartReport,
) -> Result<(), ImagesError> {
    match node {
        Node::Map(entries) => {
            let mut handled: Vec<&str> = Vec::new();
            for (kreg, krepo, ktag, kdig) in [
                ("registry", "repository", "tag", "digest"),
                ("imageRegistry", "imageRepository", "imageTag", "imageDigest"),
            ] {
                if composite(cx, node, path, kreg, krepo, ktag, kdig, guard, report)? {
                    handled.extend([kreg, krepo, ktag, kdig]);
                }
            }
            for (k, v) in entries {
                if handled.contains(&k.as_str()) || (path.is_empty() && k == "global") {
                    if path.is_empty() && k == "global" {
                        // global.imageRegistry was handled; other global keys are walked.
                        if let Node::Map(ge) = v {
                            path.push(k.clone());
                            for (gk, gv) in ge {
                                if gk == "imageRegistry" || gk == "image" {
                                    continue;
                                }
                                path.push(gk.clone());
                                values_walk(cx, gv, path, Some(gk), guard, report)?;
                                path.pop();
                            }
                            path.pop();
                        }
                    }
                    continue;
                }
                path.push(k.clone());
                values_walk(cx, v, path, Some(k), guard, report)?;
                path.pop();
            }
        }
        Node::Seq(items) => {
            for (i, item) in items.iter().enumerate() {
                path.push(format!("[{i}]"));
                // Items of an image list are images.
                let item_key = if key.is_some_and(is_imageish_key) { Some("image") } else { None };
                values_walk(cx, item, path, item_key, guard, report)?;
                path.pop();
            }
        }
        Node::Scalar(s) => {
            if s.is_null() || s.value.contains("{{") {
                return Ok(());
            }
            let p = path.join(".").replace(".[", "[");
            let whole = key.is_some_and(|k| {
                k == "image" || (is_imageish_key(k) && (s.value.contains('/') || s.value.contains(':')))
            });
            if whole {
                if let Ok(r) = ImageRef::parse(s.value.trim()) {
                    report.findings.push(finding(&s.value, r.clone(), cx.file, &p, Site::Values));
                    if let Some(new) = decide(cx.map, guard, &r)? {
                        let to = new.to_string();
                        edit_scalar(&mut cx.edits, cx.src, s, &to, s.value.trim(), &to);
                        report.changes.push(change(&s.value, &to, cx.file, &p));
                    }
                    return Ok(());
                }
            }
            embedded_scalar(cx.src, cx.file, &p, s, cx.map, guard, &mut cx.edits, report, Site::Values)?;
        }
        Node::Alias => {}
    }
    Ok(())
}

#[allow(clippy::too_many_arguments)]
fn embedded_scalar(
    src: &str,
    file: &str,
    path: &str,
    s: &Scalar,
    map: Option<&MirrorMap>,
    guard: &mut CollisionGuard,
    edits: &mut Edits,
    report: &mut ChartReport,
    site: Site,
) -> Result<(), ImagesError> {
    let found = scan_embedded(&s.value);
    if found.is_empty() {
        return Ok(());
    }
    let mut value = s.value.clone();
    let mut pairs = Vec::new();
    for (a, b, r) in found.into_iter().rev() {
        let text = s.value[a..b].to_string();
        report.findings.push(finding(&text, r.clone(), file, path, site));
        if let Some(new) = decide(map, guard, &r)? {
            let to = new.to_string();
            value.replace_range(a..b, &to);
            report.changes.push(change(&text, &to, file, path));
            pairs.push((text, to));
        }
    }
    if !pairs.is_empty() {
        edit_multi(edits, src, s, &value, &pairs);
    }
    Ok(())
}

/// A `registry`/`repository`/`tag`/`digest` mapping. True when it is one.
#[allow(clippy::too_many_arguments)]
fn composite(
    cx: &mut ValuesCtx,
    node: &Node,
    path: &[String],
    kreg: &str,
    krepo: &str,
    ktag: &str,
    kdig: &str,
    guard: &mut CollisionGuard,
    report: &mut ChartReport,
) -> Result<bool, ImagesError> {
    let Some(repo_s) = node.str_at(krepo) else {
        return Ok(false);
    };
    let repo = repo_s.text().trim();
    let reg_s = node.str_at(kreg);
    let has_reg_key = node.get(kreg).is_some();
    let tag = node.str_at(ktag).map(|s| s.text().trim().to_string()).unwrap_or_default();
    let dig = node.str_at(kdig).map(|s| s.text().trim().to_string()).unwrap_or_default();
    if repo.is_empty() || repo.contains("{{") || !(has_reg_key || node.get(ktag).is_some() || node.get(kdig).is_some())
    {
        return Ok(false);
    }
    if let Some(plan) = cx.plan.filter(|_| served_by_global(repo)) {
        // The knob wins (Bitnami's rule): the image is the knob's registry
        // and this repository; the repository takes what the knob's new
        // value leaves of the destination.
        let mut text = format!("{}/{repo}", plan.source);
        if !tag.is_empty() {
            text.push(':');
            text.push_str(&tag);
        }
        if !dig.is_empty() {
            text.push('@');
            text.push_str(&dig);
        }
        let Ok(r) = ImageRef::parse(&text) else {
            return Ok(false);
        };
        let p = join(path, krepo);
        report.findings.push(finding(&text, r.clone(), cx.file, &p, Site::Values));
        let Some(new) = decide(cx.map, guard, &r)? else {
            return Ok(true);
        };
        if let Some(rest) = new.name().strip_prefix(&format!("{}/", plan.new)) {
            if rest != repo {
                cx.edits.set(repo_s, cx.src, rest);
            }
            if let Some(s) = reg_s.filter(|s| !s.text().trim().is_empty()) {
                cx.edits.set(s, cx.src, &plan.new);
            }
            report.changes.push(change(&text, &new.to_string(), cx.file, &p));
        }
        return Ok(true);
    }
    let reg_own = reg_s.map(|s| s.text().trim().to_string()).unwrap_or_default();
    let reg = if !reg_own.is_empty() { reg_own.clone() } else { cx.global.unwrap_or("").to_string() };
    let mut text = if reg.is_empty() { repo.to_string() } else { format!("{reg}/{repo}") };
    if !tag.is_empty() {
        text.push(':');
        text.push_str(&tag);
    }
    if !dig.is_empty() {
        text.push('@');
        text.push_str(&dig);
    }
    let Ok(r) = ImageRef::parse(&text) else {
        return Ok(false);
    };
    let p = join(path, krepo);
    report.findings.push(finding(&text, r.clone(), cx.file, &p, Site::Values));
    let Some(new) = decide(cx.map, guard, &r)? else {
        return Ok(true);
    };
    let new_name = format!("{}/{}", new.registry, new.repository);
    let to = new.to_string();
    if has_reg_key && !(reg_own.is_empty() && cx.global.is_some()) {
        let (new_reg, new_repo) = match new_name.strip_suffix(&format!("/{repo}")) {
            Some(prefix) if !prefix.is_empty() => (prefix.to_string(), repo.to_string()),
            _ => (new.registry.clone(), new.repository.clone()),
        };
        if let Some(s) = reg_s {
            cx.edits.set(s, cx.src, &new_reg);
        }
        if new_repo != repo {
            cx.edits.set(repo_s, cx.src, &new_repo);
        }
    } else {
        // No registry knob (or a global one that wins): the repository carries the whole name.
        cx.edits.set(repo_s, cx.src, &new_name);
    }
    report.changes.push(change(&text, &to, cx.file, &p));
    Ok(true)
}

const IMAGE_ANNOTATIONS: &[&str] = &["images", "artifacthub.io/images", "helm.sh/images"];

fn rewrite_chart_yaml(
    text: &str,
    file: &str,
    map: Option<&MirrorMap>,
    guard: &mut CollisionGuard,
    report: &mut ChartReport,
) -> Result<String, ImagesError> {
    let Some(doc) = first_doc(text, file)? else {
        return Ok(text.to_string());
    };
    let mut edits = Edits::default();
    if let Some(Node::Map(ann)) = doc.get("annotations") {
        for (k, v) in ann {
            let Some(s) = v.scalar().filter(|_| IMAGE_ANNOTATIONS.contains(&k.as_str())) else {
                continue;
            };
            let inner = crate::yaml::parse_documents(&s.value, &format!("{file}: annotations.{k}"))
                .map_err(|e| ImagesError::Input { file: file.to_string(), message: format!("annotations.{k}: {e}") })?;
            let mut refs = Vec::new();
            for d in &inner {
                collect_strings(d, None, &mut refs);
            }
            let mut value = s.value.clone();
            let mut pairs = Vec::new();
            for r_text in refs {
                let Ok(r) = ImageRef::parse(r_text.trim()) else {
                    continue;
                };
                let p = format!("annotations[{k:?}]");
                report.findings.push(finding(&r_text, r.clone(), file, &p, Site::Annotation));
                if let Some(new) = decide(map, guard, &r)? {
                    let to = new.to_string();
                    let (next, n) = replace_tokens(&value, r_text.trim(), &to);
                    if n > 0 && !pairs.iter().any(|(o, _): &(String, String)| o == r_text.trim()) {
                        value = next;
                        report.changes.push(change(&r_text, &to, file, &p));
                        pairs.push((r_text.trim().to_string(), to));
                    }
                }
            }
            if !pairs.is_empty() {
                edit_multi(&mut edits, text, s, &value, &pairs);
            }
        }
    }
    if let (Some(map), Some(Node::Seq(deps))) = (map, doc.get("dependencies")) {
        for (i, d) in deps.iter().enumerate() {
            let Some(s) = d.str_at("repository") else {
                continue;
            };
            if let Some(new) = map.map_chart_url(s.text().trim()) {
                edits.set(s, text, &new);
                report.changes.push(change(s.text(), &new, file, &format!("dependencies[{i}].repository")));
            }
        }
    }
    Ok(edits.apply(text))
}

/// Strings of an annotation's image list: items, and `image` values.
fn collect_strings(v: &Value, key: Option<&str>, out: &mut Vec<String>) {
    match v {
        Value::String(s) if key.is_none_or(|k| k == "image") => out.push(s.clone()),
        Value::Array(a) => a.iter().for_each(|x| collect_strings(x, key, out)),
        Value::Object(m) => m.iter().for_each(|(k, x)| collect_strings(x, Some(k), out)),
        _ => {}
    }
}

fn rewrite_lock(
    text: &str,
    file: &str,
    map: Option<&MirrorMap>,
    guard: &mut CollisionGuard,
    report: &mut ChartReport,
) -> Result<String, ImagesError> {
    let Some(doc) = first_doc(text, file)? else {
        return Ok(text.to_string());
    };
    let mut edits = Edits::default();
    let Some(Node::Seq(items)) = doc.get("images") else {
        return Ok(text.to_string());
    };
    for (i, it) in items.iter().enumerate() {
        let Some(s) = it.str_at("image") else {
            continue;
        };
        let Ok(r) = ImageRef::parse(s.text().trim()) else {
            continue;
        };
        let p = format!("images[{i}].image");
        report.findings.push(finding(s.text(), r.clone(), file, &p, Site::Lock));
        if let Some(new) = decide(map, guard, &r)? {
            let to = new.to_string();
            edit_scalar(&mut edits, text, s, &to, s.text().trim(), &to);
            report.changes.push(change(s.text(), &to, file, &p));
        }
    }
    Ok(edits.apply(text))
}

/// Template actions (`{{ ... }}`, possibly over several lines): byte spans.
fn action_spans(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(j) = text[i..].find("{{") {
        let a = i + j;
        let close = text[a + 2..].find("}}").map_or(text.len(), |k| a + 2 + k + 2);
        out.push((a, close));
        i = close;
    }
    out
}

/// String literals of one action (`"..."` with escapes, and `` `...` ``): byte spans of their contents.
fn action_literals(action: &str) -> Vec<(usize, usize)> {
    let b = action.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let q = b[i];
        if q != b'"' && q != b'`' {
            i += 1;
            continue;
        }
        let start = i + 1;
        let mut j = start;
        while j < b.len() && b[j] != q {
            if q == b'"' && b[j] == b'\\' {
                j += 1;
            }
            j += 1;
        }
        if j >= b.len() {
            break;
        }
        out.push((start, j));
        i = j + 1;
    }
    out
}

/// The registry a rule sends a whole registry to (`quay.io` ->
/// `mirror.example.cn/quay.io`), for registry literals and knobs.
fn map_registry(map: &MirrorMap, reg: &str) -> Option<String> {
    let host = reg.split('/').next().unwrap_or(reg);
    let rest = reg[host.len()..].trim_start_matches('/');
    let probe = if rest.is_empty() { "x".to_string() } else { format!("{rest}/x") };
    let (h, p) = map.map_name(&super::reference::normalize_registry(host), &probe).ok()??;
    let full = format!("{h}/{p}");
    Some(full.strip_suffix("/x").unwrap_or(&full).to_string())
}

/// Hard-coded images in a template, over the whole file (actions and
/// literals may span lines):
/// - `image: <literal>` outside actions, with the literal on the same line or,
///   after `image:` / `image: >-` / `image: |`, on the next (more indented) line;
/// - references outside actions by the free-text rule ([`scan_embedded`]:
///   registry references, Docker Hub short names such as `redis:7`);
/// - string literals inside actions: with `default`, any reference with a tag,
///   a digest, or a well-known registry (`default "quay.io/org/app"`, not
///   `default "prometheus.io/scrape"`); elsewhere (`$img := "bitnami/redis:7.2"`)
///   by the free-text rule;
/// - a registry literal defaulted inside an action directly followed by `/`
///   on a line naming an image (`image: {{ .Values.registry | default "quay.io" }}/org/app`):
///   mapped as a registry.
fn rewrite_template(
    text: &str,
    file: &str,
    map: Option<&MirrorMap>,
    guard: &mut CollisionGuard,
    report: &mut ChartReport,
) -> Result<String, ImagesError> {
    let spans = action_spans(text);
    // Outside actions: actions blanked (newlines kept), positions kept.
    let mut bytes = text.as_bytes().to_vec();
    for &(a, b) in &spans {
        for c in &mut bytes[a..b] {
            if *c != b'\n' {
                *c = b' ';
            }
        }
    }
    let outside = String::from_utf8(bytes).unwrap_or_default();
    let line_starts: Vec<usize> =
        std::iter::once(0).chain(text.match_indices('\n').map(|(i, _)| i + 1)).filter(|i| *i <= text.len()).collect();
    let line_of = |pos: usize| line_starts.partition_point(|s| *s <= pos);

    let mut hits: Vec<(usize, usize, ImageRef)> = Vec::new();
    let lines: Vec<(usize, &str)> =
        line_starts.iter().map(|&s| (s, outside[s..].split('\n').next().unwrap_or(""))).collect();
    for (n, &(start, line)) in lines.iter().enumerate() {
        let indent = line.len() - line.trim_start().len();
        let trimmed = line.trim_start().trim_start_matches("- ");
        let Some(v) = trimmed.strip_prefix("image:") else {
            continue;
        };
        let v_trim = v.trim();
        // What the source line holds there (an action is blanked in `v`).
        let src_v = &text[start + line.len() - v.len()..start + line.len()];
        let block = matches!(src_v.trim(), "" | "|" | "|-" | ">" | ">-");
        if v_trim.is_empty() && !block {
            continue;
        }
        let (lit_line, lit_start) = if block {
            // The value on the next non-blank line of the source, more indented.
            let Some(&(s2, l2)) = lines[n + 1..].iter().find(|(s, _)| {
                let src_line = text[*s..].split('\n').next().unwrap_or("");
                !src_line.trim().is_empty()
            }) else {
                continue;
            };
            if l2.len() - l2.trim_start().len() <= indent {
                continue;
            }
            (l2, s2)
        } else {
            (v, start + (line.len() - v.len()))
        };
        let lit = lit_line.trim().trim_matches(|c| c == '"' || c == '\'');
        if lit.is_empty() || lit.contains([' ', '#']) {
            continue;
        }
        if let (Ok(r), Some(pos)) = (ImageRef::parse(lit), lit_line.rfind(lit)) {
            hits.push((lit_start + pos, lit_start + pos + lit.len(), r));
        }
    }
    for (a, b, r) in scan_embedded(&outside) {
        if !hits.iter().any(|(x, _, _)| *x == a) {
            hits.push((a, b, r));
        }
    }
    let mut registries: Vec<(usize, usize, String)> = Vec::new();
    for &(a, b) in &spans {
        let action = &text[a..b];
        let with_default = action.contains("default");
        for (x, y) in action_literals(action) {
            let lit = &action[x..y];
            let (pa, pb) = (a + x, a + y);
            if hits.iter().any(|(h, _, _)| *h == pa) {
                continue;
            }
            // On the line of an `image` key or value (for registry literals).
            let line_start = text[..pa].rfind('\n').map_or(0, |i| i + 1);
            let line_end = text[pa..].find('\n').map_or(text.len(), |i| pa + i);
            let image_line = text[line_start..line_end].to_ascii_lowercase().contains("image");
            match ImageRef::parse(lit) {
                Ok(r) if with_default && (r.tag.is_some() || r.digest.is_some()) => hits.push((pa, pb, r)),
                Ok(_) if with_default && lit.contains('/') && super::find::free_text_ref(lit).is_some() => {
                    if let Some(r) = super::find::free_text_ref(lit) {
                        hits.push((pa, pb, r));
                    }
                }
                Ok(_) if !with_default => {
                    if let Some(r) = super::find::free_text_ref(lit) {
                        hits.push((pa, pb, r));
                    }
                }
                _ => {
                    let is_host = !lit.contains('/')
                        && (lit.contains('.') || lit.contains(':') || lit == "localhost")
                        && super::reference::valid_domain(lit);
                    if with_default && is_host && image_line && text[b..].starts_with('/') {
                        registries.push((pa, pb, lit.to_string()));
                    }
                }
            }
        }
    }
    let mut edits: Vec<(usize, usize, String)> = Vec::new();
    hits.sort_by_key(|h| h.0);
    for (a, b, r) in hits {
        let lit = text[a..b].to_string();
        let p = format!("line {}", line_of(a));
        let mut f = finding(&lit, r.clone(), file, &p, Site::Template);
        f.note = "hard-coded in template".into();
        report.findings.push(f);
        if let Some(new) = decide(map, guard, &r)? {
            let to = new.to_string();
            edits.push((a, b, to.clone()));
            report.template_literals.push(change(&lit, &to, file, &p));
        }
    }
    if let Some(map) = map {
        for (a, b, reg) in registries {
            if let Some(new) = map_registry(map, &reg) {
                let p = format!("line {}", line_of(a));
                report.template_literals.push(change(&reg, &new, file, &p));
                edits.push((a, b, new));
            }
        }
    }
    edits.sort_by_key(|e| std::cmp::Reverse(e.0));
    let mut out = text.to_string();
    for (a, b, to) in edits {
        out.replace_range(a..b, &to);
    }
    Ok(out)
}

/// Rewrite a chart repository `index.yaml`: every `entries.*[].urls[]` by
/// the map's `charts:` entries (oci:// by the image rules).
pub fn localize_index(text: &str, file: &str, map: &MirrorMap) -> Result<(String, Vec<Change>), ImagesError> {
    let mut changes = Vec::new();
    let Some(doc) = first_doc(text, file)? else {
        return Ok((text.to_string(), changes));
    };
    let mut edits = Edits::default();
    if let Some(Node::Map(entries)) = doc.get("entries") {
        for (name, versions) in entries {
            let Node::Seq(vs) = versions else { continue };
            for (i, v) in vs.iter().enumerate() {
                let Some(Node::Seq(urls)) = v.get("urls") else {
                    continue;
                };
                for (j, u) in urls.iter().enumerate() {
                    let Some(s) = u.scalar() else { continue };
                    if let Some(new) = map.map_chart_url(s.text().trim()) {
                        edits.set(s, text, &new);
                        changes.push(change(s.text(), &new, file, &format!("entries.{name}[{i}].urls[{j}]")));
                    }
                }
            }
        }
    }
    Ok((edits.apply(text), changes))
}

/// Set `global.security.allowInsecureImages: true` in a values file (the
/// Bitnami guard's switch), editing the text.
pub fn allow_insecure_images(text: &str, file: &str) -> Result<String, ImagesError> {
    let doc = first_doc(text, file)?;
    let sec = doc.as_ref().and_then(|d| d.get("global")).and_then(|g| g.get("security"));
    if let Some(s) = sec.and_then(|s| s.str_at("allowInsecureImages")) {
        let mut e = Edits::default();
        e.raw(s.start, s.end.max(s.start), "true".into());
        if s.start == s.end {
            e = Edits::default();
            e.set(s, text, "true");
        }
        return Ok(e.apply(text));
    }
    let has_global = doc.as_ref().is_some_and(|d| d.get("global").is_some());
    if !has_global {
        let mut out = text.to_string();
        if !out.ends_with('\n') && !out.is_empty() {
            out.push('\n');
        }
        out.push_str("global:\n  security:\n    allowInsecureImages: true\n");
        return Ok(out);
    }
    // Insert under the existing `global:` line.
    let mut out = String::new();
    let mut done = false;
    for line in text.split_inclusive('\n') {
        out.push_str(line);
        if !done && line.trim_end() == "global:" {
            if sec.is_some() {
                continue;
            }
            out.push_str("  security:\n    allowInsecureImages: true\n");
            done = true;
        }
    }
    if !done {
        return Err(ImagesError::Input {
            file: file.to_string(),
            message: "cannot set global.security.allowInsecureImages (unusual layout of 'global')".into(),
        });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    const MAP: &str = "mirrors:\n- {from: '*', to: 'mirror.example.cn/{host}/{path}'}\ncharts:\n- {from: 'https://charts.bitnami.com/bitnami', to: 'https://mirror.example.cn/charts/bitnami'}\n";

    fn run(values: &str) -> (String, ChartReport) {
        let map = MirrorMap::parse(MAP, "m").unwrap();
        let mut c = ChartFiles { name: "t".into(), files: vec![("values.yaml".into(), values.as_bytes().to_vec())] };
        let mut rep = ChartReport::default();
        localize_chart(&mut c, Some(&map), &mut CollisionGuard::default(), &mut rep).unwrap();
        (c.text("values.yaml").unwrap().to_string(), rep)
    }

    #[test]
    fn bitnami_style_values() {
        let src = "## comment\nimage:\n  registry: docker.io   # the registry\n  repository: bitnami/redis\n  tag: 7.4.2-debian-12-r0\n  digest: \"\"\nmetrics:\n  image:\n    registry: docker.io\n    repository: bitnami/redis-exporter\n    tag: 1.67.0\n";
        let (out, rep) = run(src);
        assert_eq!(
            out,
            "## comment\nimage:\n  registry: mirror.example.cn/docker.io   # the registry\n  repository: bitnami/redis\n  tag: 7.4.2-debian-12-r0\n  digest: \"\"\nmetrics:\n  image:\n    registry: mirror.example.cn/docker.io\n    repository: bitnami/redis-exporter\n    tag: 1.67.0\n"
        );
        assert_eq!(rep.findings.len(), 2);
        assert_eq!(rep.findings[0].path, "image.repository");
        // Idempotent.
        assert_eq!(run(&out).0, out);
    }

    #[test]
    fn global_registry_strings_lists_and_args() {
        let src = "global:\n  imageRegistry: quay.io\nimage:\n  repository: org/app\n  tag: v1\nsidecarImage: \"busybox:1.36\"\nimages:\n- ghcr.io/o/a:1\n- name: x\n  image: gcr.io/p/b@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\nextraArgs: [\"--reloader=quay.io/po/reloader:v0.1\"]\nplain:\n  repository: nginx\n  tag: \"1.25\"\n";
        let (out, rep) = run(src);
        assert!(out.starts_with("global:\n  imageRegistry: mirror.example.cn/quay.io\n"), "{out}");
        assert!(out.contains("image:\n  repository: org/app\n"), "{out}");
        assert!(out.contains("sidecarImage: \"mirror.example.cn/docker.io/library/busybox:1.36\""), "{out}");
        assert!(out.contains("- mirror.example.cn/ghcr.io/o/a:1"), "{out}");
        assert!(out.contains("image: mirror.example.cn/gcr.io/p/b@sha256:0123"), "{out}");
        assert!(out.contains("--reloader=mirror.example.cn/quay.io/po/reloader:v0.1"), "{out}");
        // The global registry (now the mirror) applies to every registry/repository image.
        assert!(out.contains("plain:\n  repository: nginx\n  tag: \"1.25\""), "{out}");
        assert_eq!(run(&out).0, out);
        assert!(rep.changes.iter().any(|c| c.path == "global.imageRegistry"));
    }

    #[test]
    fn global_knob_follows_path_scoped_rules() {
        let map = MirrorMap::parse(
            "mirrors:\n- {from: docker.io/library, to: mirror.example.cn/library}\n- {from: '*', to: 'mirror.example.cn/{host}/{path}'}\n",
            "m",
        )
        .unwrap();
        let values = "global:\n  imageRegistry: docker.io\nimage:\n  registry: docker.io\n  repository: bitnami/redis\n  tag: 7.4.2\nweb:\n  image:\n    repository: nginx\n    tag: \"1.25\"\nother:\n  image:\n    repository: quay.io/o/x\n    tag: v1\n";
        let sub = "image:\n  registry: docker.io\n  repository: busybox\n  tag: \"1.36\"\n";
        let mk = |v: &str, s: &str| ChartFiles {
            name: "t".into(),
            files: vec![
                ("Chart.yaml".into(), b"name: t\n".to_vec()),
                ("charts/sub/Chart.yaml".into(), b"name: sub\n".to_vec()),
                ("charts/sub/values.yaml".into(), s.as_bytes().to_vec()),
                ("values.yaml".into(), v.as_bytes().to_vec()),
            ],
        };
        let mut c = mk(values, sub);
        let mut rep = ChartReport::default();
        localize_chart(&mut c, Some(&map), &mut CollisionGuard::default(), &mut rep).unwrap();
        let out = c.text("values.yaml").unwrap().to_string();
        // The knob keeps what every destination shares; repositories carry the rest.
        assert!(out.starts_with("global:\n  imageRegistry: mirror.example.cn\nimage:\n  registry: mirror.example.cn\n  repository: docker.io/bitnami/redis\n"), "{out}");
        assert!(out.contains("web:\n  image:\n    repository: library/nginx\n"), "{out}");
        // The subchart setting no knob is served by the parent's.
        assert_eq!(
            c.text("charts/sub/values.yaml").unwrap(),
            "image:\n  registry: mirror.example.cn\n  repository: library/busybox\n  tag: \"1.36\"\n"
        );
        assert!(rep.notes.iter().any(|n| n.contains("different mirror paths")), "{:?}", rep.notes);
        // What a Bitnami-style template renders (knob wins) is where the map sends each image.
        let imgs: Vec<String> =
            rep.changes.iter().filter(|c| c.path.ends_with("repository")).map(|c| c.to.clone()).collect();
        assert_eq!(
            imgs,
            [
                "mirror.example.cn/docker.io/bitnami/redis:7.4.2",
                "mirror.example.cn/library/nginx:1.25",
                "mirror.example.cn/library/busybox:1.36"
            ]
        );
        // Running again changes nothing.
        let sub_out = c.text("charts/sub/values.yaml").unwrap().to_string();
        let mut again = mk(&out, &sub_out);
        let mut rep2 = ChartReport::default();
        localize_chart(&mut again, Some(&map), &mut CollisionGuard::default(), &mut rep2).unwrap();
        assert_eq!(again.text("values.yaml").unwrap(), out);
        assert!(rep2.changes.is_empty(), "{:?}", rep2.changes);
        // Only the official image under the knob: the knob alone moves it.
        let mut one =
            mk("global:\n  imageRegistry: docker.io\nimage:\n  repository: busybox\n  tag: \"1.36\"\n", "x: 1\n");
        localize_chart(&mut one, Some(&map), &mut CollisionGuard::default(), &mut ChartReport::default()).unwrap();
        assert_eq!(
            one.text("values.yaml").unwrap(),
            "global:\n  imageRegistry: mirror.example.cn/library\nimage:\n  repository: busybox\n  tag: \"1.36\"\n"
        );
    }

    #[test]
    fn chart_yaml_annotations_and_dependencies() {
        let map = MirrorMap::parse(MAP, "m").unwrap();
        let src = "apiVersion: v2\nname: redis\nannotations:\n  images: |\n    - name: redis\n      image: docker.io/bitnami/redis:7.4.2\n    - name: redis-exporter\n      image: docker.io/bitnami/redis-exporter:1.67.0\n  licenses: Apache-2.0\ndependencies:\n- name: common\n  repository: https://charts.bitnami.com/bitnami  # upstream\n  version: 2.x.x\n- name: sub\n  repository: oci://registry-1.docker.io/bitnamicharts\n";
        let mut rep = ChartReport::default();
        let out = rewrite_chart_yaml(src, "Chart.yaml", Some(&map), &mut CollisionGuard::default(), &mut rep).unwrap();
        assert!(out.contains("      image: mirror.example.cn/docker.io/bitnami/redis:7.4.2\n"), "{out}");
        assert!(out.contains("      image: mirror.example.cn/docker.io/bitnami/redis-exporter:1.67.0\n"), "{out}");
        assert!(out.contains("repository: https://mirror.example.cn/charts/bitnami  # upstream"), "{out}");
        assert!(out.contains("repository: oci://mirror.example.cn/docker.io/bitnamicharts"), "{out}");
    }

    #[test]
    fn templates_and_index() {
        let map = MirrorMap::parse(MAP, "m").unwrap();
        let t = "      containers:\n      - image: busybox:1.36\n        args: [\"--img={{ .Values.x | default \"quay.io/a/b:1\" }}\"]\n      - image: {{ .Values.image.repository }}\n";
        let mut rep = ChartReport::default();
        let out =
            rewrite_template(t, "templates/d.yaml", Some(&map), &mut CollisionGuard::default(), &mut rep).unwrap();
        assert!(out.contains("- image: mirror.example.cn/docker.io/library/busybox:1.36\n"), "{out}");
        assert!(out.contains("default \"mirror.example.cn/quay.io/a/b:1\""), "{out}");
        assert_eq!(rep.template_literals.len(), 2);
        let idx = "apiVersion: v1\nentries:\n  redis:\n  - name: redis\n    urls:\n    - https://charts.bitnami.com/bitnami/redis-1.0.0.tgz\n    - https://other.example.org/redis.tgz\n";
        let (out, ch) = localize_index(idx, "index.yaml", &map).unwrap();
        assert!(
            out.contains(
                "- https://mirror.example.cn/charts/bitnami/redis-1.0.0.tgz\n    - https://other.example.org/redis.tgz"
            ),
            "{out}"
        );
        assert_eq!(ch.len(), 1);
    }

    #[test]
    fn template_literals_over_several_lines() {
        let map = MirrorMap::parse(MAP, "m").unwrap();
        let t = concat!(
            "{{- define \"x.image\" -}}\n",
            "{{- $img := \"bitnami/redis:7.2\" -}}\n",
            "{{- .Values.image | default\n",
            "      \"quay.io/org/app:v1\" }}\n",
            "{{- end }}\n",
            "      containers:\n",
            "      - name: a\n",
            "        image: >-\n",
            "          busybox:1.36\n",
            "      - name: b\n",
            "        image:\n",
            "          \"ghcr.io/o/b:2\"\n",
            "      - name: c\n",
            "        image: \"{{ .Values.reg | default \"quay.io\" }}/{{ .Values.repo | default \"org/c\" }}:{{ .Values.tag | default \"v3\" }}\"\n",
            "      - name: d\n",
            "        image: {{ .Values.d }}\n",
            "        command: [\"sh\", \"-c\", \"docker pull redis:7; redis-cli -h redis:6379; chown 1001:1001 /x\"]\n",
            "        env:\n",
            "        - name: URL\n",
            "          value: \"{{ .Values.host | default \"example.com\" }}/api {{ .Values.k | default \"prometheus.io/scrape\" }}\"\n",
            "        - name: X\n",
            "          value: {{ .Values.x | default\n",
            "            \"quay.io/org/ignored:1\" | quote }}\n",
        );
        let mut rep = ChartReport::default();
        let out =
            rewrite_template(t, "templates/d.yaml", Some(&map), &mut CollisionGuard::default(), &mut rep).unwrap();
        let lines: Vec<(String, String)> =
            rep.template_literals.iter().map(|c| (c.from.clone(), c.path.clone())).collect();
        assert_eq!(
            lines,
            [
                ("bitnami/redis:7.2", "line 2"),
                ("quay.io/org/app:v1", "line 4"),
                ("busybox:1.36", "line 9"),
                ("ghcr.io/o/b:2", "line 12"),
                ("redis:7", "line 17"),
                ("quay.io/org/ignored:1", "line 23"),
                ("quay.io", "line 14"),
            ]
            .map(|(a, b)| (a.to_string(), b.to_string()))
        );
        assert!(out.contains("{{- $img := \"mirror.example.cn/docker.io/bitnami/redis:7.2\" -}}\n"), "{out}");
        assert!(out.contains("default\n      \"mirror.example.cn/quay.io/org/app:v1\" }}"), "{out}");
        assert!(out.contains("image: >-\n          mirror.example.cn/docker.io/library/busybox:1.36\n"), "{out}");
        assert!(out.contains("image:\n          \"mirror.example.cn/ghcr.io/o/b:2\"\n"), "{out}");
        assert!(
            out.contains("default \"mirror.example.cn/quay.io\" }}/{{ .Values.repo | default \"org/c\" }}"),
            "{out}"
        );
        assert!(
            out.contains("docker pull mirror.example.cn/docker.io/library/redis:7; redis-cli -h redis:6379;"),
            "{out}"
        );
        assert!(out.contains("        image: {{ .Values.d }}\n"), "{out}");
        // Running again changes nothing.
        let mut rep2 = ChartReport::default();
        let again =
            rewrite_template(&out, "templates/d.yaml", Some(&map), &mut CollisionGuard::default(), &mut rep2).unwrap();
        assert_eq!(again, out);
        assert!(rep2.template_literals.is_empty());
    }

    proptest::proptest! {
        /// No template text panics the scanner, and rewriting is idempotent.
        #[test]
        fn templates_never_panic(t in "(\\{\\{|\\}\\}|\"|`|image:|default|- |\n|  |redis:7|quay.io/a/b:1|é|[a-z0-9:/@._-]{0,8}){0,40}") {
            let map = MirrorMap::parse(MAP, "m").unwrap();
            let mut rep = ChartReport::default();
            let once = rewrite_template(&t, "templates/t.yaml", Some(&map), &mut CollisionGuard::default(), &mut rep).unwrap();
            let mut rep2 = ChartReport::default();
            let twice = rewrite_template(&once, "templates/t.yaml", Some(&map), &mut CollisionGuard::default(), &mut rep2).unwrap();
            proptest::prop_assert_eq!(twice, once);
        }

        #[test]
        fn free_text_never_panics(t in "\\PC{0,60}") {
            for (a, b, r) in scan_embedded(&t) {
                proptest::prop_assert!(t.is_char_boundary(a) && t.is_char_boundary(b));
                proptest::prop_assert_eq!(ImageRef::parse(&t[a..b]).unwrap(), r);
            }
        }
    }

    #[test]
    fn allow_insecure_switch() {
        let v = "global:\n  imageRegistry: \"\"\n  security:\n    allowInsecureImages: false\nx: 1\n";
        assert_eq!(allow_insecure_images(v, "v").unwrap(), v.replace("false", "true"));
        assert_eq!(
            allow_insecure_images("x: 1\n", "v").unwrap(),
            "x: 1\nglobal:\n  security:\n    allowInsecureImages: true\n"
        );
    }

    #[test]
    fn archives_refuse_escapes() {
        let c = ChartFiles { name: "c".into(), files: vec![("Chart.yaml".into(), b"name: c\n".to_vec())] };
        let t = c.to_tgz().unwrap();
        let back = ChartFiles::from_tgz(&t, "c.tgz").unwrap();
        assert_eq!(back.files, c.files);
        assert_eq!(back.name, "c");
        let gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        let mut b = tar::Builder::new(gz);
        let mut h = tar::Header::new_gnu();
        h.set_size(1);
        h.set_entry_type(tar::EntryType::Regular);
        // `append_data` refuses `..` itself: write the name into the header.
        h.as_gnu_mut().unwrap().name[..12].copy_from_slice(b"c/../../evil");
        h.set_cksum();
        b.append(&h, &b"x"[..]).unwrap();
        let bytes = b.into_inner().unwrap().finish().unwrap();
        let e = ChartFiles::from_tgz(&bytes, "evil.tgz").unwrap_err().to_string();
        assert!(e.contains("outside the chart"), "{e}");
    }
}
