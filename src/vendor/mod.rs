//! Vendoring a kustomization: `kforge localize TARGET [DEST]`, kustomize's
//! `localize`. Copies the kustomization at TARGET (a directory, or a remote
//! git tree with `?ref=`) and every file and kustomization it references
//! into DEST, downloading remote trees and http(s) files, and rewrites the
//! references so DEST builds offline to the same output.
//!
//! Layout, as kustomize lays it out:
//! * DEST mirrors the scope (`--scope`, default TARGET; for a remote TARGET
//!   its repository), so `../` references inside the scope keep working;
//! * remote trees go to `localized-files/<host>/<repo path>/<ref>/<dir>`
//!   and http(s) files to `localized-files/<host>/<url path>`, beside the
//!   kustomization that names them (`file://` repositories under the host
//!   `file-schemed`);
//! * each kustomization file is written with its fields in alphabetical
//!   order, as kustomize writes it.
//!
//! Without `--no-verify` both trees are built afterwards and must give the
//! same output. On any failure DEST is removed.
use std::path::{Path, PathBuf};

use crate::yaml::{Map, Value};

use crate::load::http;
use crate::load::kustomization::Kustomization;
use crate::load::remote;
use crate::load::{LoadRestrictor, Loader};

/// `kforge localize` without image rewriting.
#[derive(Debug, Clone, Default)]
pub struct VendorOptions {
    /// A kustomization directory or a remote git target with `?ref=`.
    pub target: String,
    /// The directory localize may read from (local targets only; default TARGET).
    pub scope: Option<PathBuf>,
    /// The new directory (default `localized-<name>` in the current directory).
    pub dest: Option<PathBuf>,
    /// Skip building both trees to compare them.
    pub no_verify: bool,
    /// Where warnings go (git URL notes, the verification builds' warnings).
    pub warnings: crate::warnings::Warnings,
}

/// What a successful run did.
#[derive(Debug, Clone)]
pub struct VendorReport {
    /// The directory created.
    pub dest: PathBuf,
    /// Where the target's kustomization is inside `dest`.
    pub target_dir: PathBuf,
    /// Lines kustomize logs (verification and success).
    pub notes: Vec<String>,
}

#[derive(Debug, thiserror::Error)]
pub enum VendorError {
    #[error("{0}")]
    Message(String),
    /// A step that failed and its cause (whose whole chain is shown on the
    /// same line).
    #[error("{context}: {}", crate::error::chain_text(&**cause))]
    Other { context: String, cause: crate::error::BoxError },
}

fn msg(s: impl Into<String>) -> VendorError {
    VendorError::Message(s.into())
}

fn other(context: impl Into<String>, cause: impl Into<crate::error::BoxError>) -> VendorError {
    VendorError::Other { context: context.into(), cause: cause.into() }
}

/// Where remote content goes inside a localized kustomization directory.
pub const LOCALIZE_DIR: &str = "localized-files";
/// The host directory for `file://` repositories.
const FILE_SCHEME_DIR: &str = "file-schemed";

/// Run kustomize's `localize`.
pub fn localize(opts: &VendorOptions) -> Result<VendorReport, VendorError> {
    let target_text = if opts.target.is_empty() { "." } else { opts.target.as_str() };
    let remote_spec = if crate::load::loader::is_remote(target_text) { remote::parse(target_text).ok() } else { None };
    // The target's tree: a clone for remote targets.
    let mut keep_alive = Vec::new();
    let (root, scope, default_name) = match &remote_spec {
        Some(spec) => {
            if spec.git_ref.is_empty() {
                return Err(msg(format!("localize remote root {target_text:?} missing ref query string parameter")));
            }
            if let Some(s) = &opts.scope {
                return Err(msg(format!(
                    "invalid localize scope {:?}: scope {:?} specified for remote localize target {target_text:?}",
                    s.display().to_string(),
                    s.display().to_string()
                )));
            }
            let dir = remote::fetch(target_text, &opts.warnings)
                .map_err(|e| other(format!("unable to establish localize target {target_text:?}"), e))?;
            let root = dir.path.canonicalize().map_err(|e| other("remote target", e))?;
            let repo = dir.clone_root.canonicalize().map_err(|e| other("remote target", e))?;
            let base = if root == repo {
                url_base(&spec.repo_path)
            } else {
                root.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default()
            };
            let name = format!("localized-{base}-{}", spec.git_ref.replace('/', "-"));
            keep_alive.push(dir);
            (root, repo, name)
        }
        None => {
            let root = Path::new(target_text)
                .canonicalize()
                .map_err(|e| other(format!("unable to establish localize target {target_text:?}"), e))?;
            let scope = match &opts.scope {
                None => root.clone(),
                Some(s) => {
                    let scope = s.canonicalize().map_err(|e| {
                        other(
                            format!("invalid localize scope {:?}", s.display().to_string()),
                            other("unable to establish localize scope", e),
                        )
                    })?;
                    if !root.starts_with(&scope) {
                        return Err(msg(format!(
                            "invalid localize scope {:?}: localize scope {:?} does not contain target {target_text:?} at {:?}",
                            s.display().to_string(),
                            s.display().to_string(),
                            root.display().to_string()
                        )));
                    }
                    scope
                }
            };
            let name = match root.file_name() {
                Some(n) => format!("localized-{}", n.to_string_lossy()),
                None => "localized".to_string(),
            };
            (root, scope, name)
        }
    };
    let dest_raw = opts.dest.clone().unwrap_or_else(|| PathBuf::from(&default_name));
    if dest_raw.exists() {
        return Err(msg(format!(
            "invalid localize destination {:?}: localize destination {:?} already exists",
            dest_raw.display().to_string(),
            dest_raw.display().to_string()
        )));
    }
    std::fs::create_dir(&dest_raw).map_err(|e| {
        other(
            format!("invalid localize destination {:?}", dest_raw.display().to_string()),
            other("unable to create localize destination directory", e),
        )
    })?;
    // The destination is new: removed on a failure (below) and when kforge
    // is interrupted meanwhile.
    let dest_guard = crate::process::register_path(&dest_raw);
    let result = (|| {
        let dest = dest_raw.canonicalize().map_err(|e| other("localize destination", e))?;
        let rel = root.strip_prefix(&scope).unwrap_or(Path::new("")).to_path_buf();
        let dst = dest.join(&rel);
        std::fs::create_dir_all(&dst).map_err(|e| other("unable to create directory in localize destination", e))?;
        let ctx = Ctx {
            warnings: opts.warnings.clone(),
            scope: scope.clone(),
            dest: dest.clone(),
            local: remote_spec.is_none(),
        };
        let ldr = Loader::new(&root, LoadRestrictor::RootOnly).map_err(|e| other("localize target", e))?;
        localize_root(&ctx, &ldr, &dst).map_err(|e| other(format!("unable to localize target {target_text:?}"), e))?;
        let mut notes = Vec::new();
        if !opts.no_verify {
            let original = build_text(target_text, &opts.warnings)
                .map_err(|e| other(format!("unable to build target {target_text:?}"), e))?;
            let local = build_text(&dst.display().to_string(), &opts.warnings)
                .map_err(|e| other(format!("unable to build localized copy {}", dst.display()), e))?;
            if original != local {
                return Err(msg(format!(
                    "VERIFICATION FAILED: `kustomize build` for {target_text} and {} are different after localization.",
                    dest_raw.display()
                )));
            }
            notes.push(format!(
                "VERIFICATION SUCCESS: `kustomize build` for {target_text} and {} are the same after localization.",
                dest_raw.display()
            ));
        }
        notes.push(format!("SUCCESS: localized {target_text:?} to directory {}", dest_raw.display()));
        Ok(VendorReport { dest: dest_raw.clone(), target_dir: dst, notes })
    })();
    if result.is_err() {
        let _ = std::fs::remove_dir_all(&dest_raw);
    }
    drop(dest_guard);
    drop(keep_alive);
    result
}

fn build_text(dir: &str, warnings: &crate::warnings::Warnings) -> Result<String, String> {
    let opts =
        crate::pipeline::BuildOptions { dir: PathBuf::from(dir), warnings: warnings.clone(), ..Default::default() };
    crate::pipeline::build(&opts).map(|m| crate::emit::to_stream(&m)).map_err(|e| crate::error::chain_text(&e))
}

fn url_base(url: &str) -> String {
    let cleaned = url.trim_end_matches('/');
    cleaned.rsplit('/').next().unwrap_or(cleaned).to_string()
}

struct Ctx {
    warnings: crate::warnings::Warnings,
    scope: PathBuf,
    dest: PathBuf,
    /// Local roots must stay inside the scope (false below a remote tree).
    local: bool,
}

/// Localize the kustomization at `ldr.root` into `dst`.
fn localize_root(ctx: &Ctx, ldr: &Loader, dst: &Path) -> Result<(), VendorError> {
    let file = ldr.kustomization_file().map_err(|e| other("", e).flatten())?;
    let name = file.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let text = std::fs::read_to_string(&file).map_err(|e| other(file.display().to_string(), e))?;
    let value = crate::yaml::parse_kustomization(&text, &file.display().to_string())
        .map_err(|e| msg(format!("invalid Kustomization: {e}")))?;
    let value = if value.is_null() { Value::Object(Map::new()) } else { value };
    Kustomization::from_value(value.clone()).map_err(|e| msg(format!("{}: {e}", file.display())))?;
    let mut doc = Map::new();
    if let Value::Object(m) = value {
        for (k, v) in m {
            if !v.is_null() {
                doc.insert(crate::edit::kustfile::canonical_key(&k), v);
            }
        }
    }
    let lc = Localizer { ctx, ldr, dst };
    lc.native_fields(&mut doc)?;
    lc.plugin_fields(&mut doc)?;
    let out = crate::edit::kustfile::render_sorted(&doc);
    crate::fsutil::write_atomic(&dst.join(&name), out.as_bytes())
        .map_err(|e| other("unable to write localized kustomization file", e))
}

impl VendorError {
    fn flatten(self) -> VendorError {
        match self {
            VendorError::Other { context, cause } if context.is_empty() => msg(crate::error::chain_text(&*cause)),
            e => e,
        }
    }
}

struct Localizer<'a> {
    ctx: &'a Ctx,
    ldr: &'a Loader,
    dst: &'a Path,
}

fn strings_mut(doc: &mut Map<String, Value>, key: &str) -> Vec<String> {
    match doc.get(key) {
        Some(Value::Array(a)) => a.iter().map(|v| v.as_str().unwrap_or("").to_string()).collect(),
        _ => Vec::new(),
    }
}

fn set_strings(doc: &mut Map<String, Value>, key: &str, items: Vec<String>) {
    if doc.contains_key(key) {
        doc.insert(key.to_string(), Value::Array(items.into_iter().map(Value::String).collect()));
    }
}

impl Localizer<'_> {
    fn native_fields(&self, doc: &mut Map<String, Value>) -> Result<(), VendorError> {
        if let Some(Value::Object(o)) = doc.get_mut("openapi") {
            if let Some(Value::String(p)) = o.get("path").cloned() {
                let loc = self.file(&p).map_err(|e| prefix("unable to localize openapi path", e))?;
                o.insert("path".into(), Value::String(loc));
            }
        }
        for (field, kind) in
            [("bases", 'r'), ("components", 'r'), ("configurations", 'f'), ("crds", 'f'), ("resources", 'x')]
        {
            let mut items = strings_mut(doc, field);
            for item in items.iter_mut() {
                let loc = match kind {
                    'r' => self.root(item),
                    'f' => self.file(item),
                    _ => self.resource(item),
                }
                .map_err(|e| prefix(&format!("unable to localize {field} entry"), e))?;
                *item = loc;
            }
            set_strings(doc, field, items);
        }
        for field in ["configMapGenerator", "secretGenerator"] {
            if let Some(Value::Array(gens)) = doc.get_mut(field) {
                for g in gens.iter_mut().filter_map(Value::as_object_mut) {
                    self.generator(g).map_err(|e| prefix(&format!("unable to localize {field}"), e))?;
                }
            }
        }
        if let Some(Value::Array(charts)) = doc.get_mut("helmCharts") {
            for (i, c) in charts.iter_mut().filter_map(Value::as_object_mut).enumerate() {
                if let Some(Value::String(v)) = c.get("valuesFile").cloned() {
                    let loc = self
                        .file(&v)
                        .map_err(|e| prefix(&format!("unable to localize helmCharts entry {i} valuesFile"), e))?;
                    c.insert("valuesFile".into(), Value::String(loc));
                }
                if let Some(Value::Array(files)) = c.get_mut("additionalValuesFiles") {
                    for f in files.iter_mut() {
                        let loc = self.file(f.as_str().unwrap_or("")).map_err(|e| {
                            prefix(&format!("unable to localize helmCharts entry {i} additionalValuesFiles"), e)
                        })?;
                        *f = Value::String(loc);
                    }
                }
            }
            let home = doc
                .get("helmGlobals")
                .and_then(|g| g.get("chartHome"))
                .and_then(Value::as_str)
                .unwrap_or("charts")
                .to_string();
            self.copy_dir(&home).map_err(|e| prefix("unable to copy default chart home", e))?;
        }
        for field in ["patches", "patchesJson6902"] {
            if let Some(Value::Array(ps)) = doc.get_mut(field) {
                for p in ps.iter_mut().filter_map(Value::as_object_mut) {
                    if let Some(Value::String(path)) = p.get("path").cloned() {
                        let loc = self.file(&path).map_err(|e| prefix(&format!("unable to localize {field}"), e))?;
                        p.insert("path".into(), Value::String(loc));
                    }
                }
            }
        }
        let mut psm = strings_mut(doc, "patchesStrategicMerge");
        for p in psm.iter_mut() {
            if self.is_file_entry(p) {
                *p = self.file(p).map_err(|e| prefix("unable to localize patchesStrategicMerge entry", e))?;
            }
        }
        set_strings(doc, "patchesStrategicMerge", psm);
        if let Some(Value::Array(rs)) = doc.get_mut("replacements") {
            for r in rs.iter_mut().filter_map(Value::as_object_mut) {
                if let Some(Value::String(path)) = r.get("path").cloned() {
                    let loc = self.file(&path).map_err(|e| prefix("unable to localize replacements entry", e))?;
                    r.insert("path".into(), Value::String(loc));
                }
            }
        }
        Ok(())
    }

    /// `generators`, `transformers`, `validators`: files and inline configs.
    /// The files that built-in plugin configs name (patch paths, generator
    /// sources, replacement files) are localized too; a config whose
    /// references change is written again (in kustomize's output style),
    /// otherwise a file is copied as it is.
    fn plugin_fields(&self, doc: &mut Map<String, Value>) -> Result<(), VendorError> {
        for field in ["generators", "transformers", "validators"] {
            let mut items = strings_mut(doc, field);
            for item in items.iter_mut() {
                let wrap = |e| prefix(&format!("unable to localize {field} entry"), e);
                if self.is_file_entry(item) {
                    let content = self.load(item).map_err(wrap)?;
                    let text = String::from_utf8_lossy(&content).into_owned();
                    let out = match self.builtin_configs(&text, item).map_err(wrap)? {
                        Some(new) => new.into_bytes(),
                        None => content,
                    };
                    *item = self.write_file(item, &out).map_err(wrap)?;
                } else if item.contains('\n') || item.contains(": ") {
                    if let Some(new) = self.builtin_configs(item, field).map_err(wrap)? {
                        *item = new;
                    }
                } else {
                    return Err(msg(format!(
                        "unable to load {field} entry: {item:?} is neither a file nor an inline plugin configuration"
                    )));
                }
            }
            set_strings(doc, field, items);
        }
        Ok(())
    }

    /// Localize the file references of the built-in plugin configs in
    /// `text`; the new text when any reference changed.
    fn builtin_configs(&self, text: &str, origin: &str) -> Result<Option<String>, VendorError> {
        let Ok(mut docs) = crate::yaml::parse_documents(text, origin) else { return Ok(None) };
        let mut changed = false;
        for d in docs.iter_mut() {
            if d.get("apiVersion").and_then(Value::as_str) != Some("builtin") {
                continue;
            }
            let kind = d.get("kind").and_then(Value::as_str).unwrap_or("").to_string();
            let Some(obj) = d.as_object_mut() else { continue };
            match kind.as_str() {
                "PatchTransformer" | "PatchStrategicMergeTransformer" | "PatchJson6902Transformer" => {
                    if let Some(Value::String(p)) = obj.get("path").cloned() {
                        let loc = self.file(&p)?;
                        if loc != p {
                            obj.insert("path".into(), Value::String(loc));
                            changed = true;
                        }
                    }
                    if let Some(Value::Array(paths)) = obj.get_mut("paths") {
                        for p in paths.iter_mut() {
                            let old = p.as_str().unwrap_or("").to_string();
                            let loc = self.file(&old)?;
                            if loc != old {
                                *p = Value::String(loc);
                                changed = true;
                            }
                        }
                    }
                }
                "ConfigMapGenerator" | "SecretGenerator" => {
                    let before = Value::Object(obj.clone());
                    self.generator(obj)?;
                    changed |= Value::Object(obj.clone()) != before;
                }
                "ReplacementTransformer" => {
                    if let Some(Value::Array(rs)) = obj.get_mut("replacements") {
                        for r in rs.iter_mut().filter_map(Value::as_object_mut) {
                            if let Some(Value::String(p)) = r.get("path").cloned() {
                                let loc = self.file(&p)?;
                                if loc != p {
                                    r.insert("path".into(), Value::String(loc));
                                    changed = true;
                                }
                            }
                        }
                    }
                }
                _ => {}
            }
        }
        if !changed {
            return Ok(None);
        }
        let parts: Vec<String> = docs.iter().map(crate::yaml::to_yaml).collect();
        Ok(Some(parts.join("---\n")))
    }

    fn is_file_entry(&self, entry: &str) -> bool {
        http::is_http(entry) || (!entry.contains('\n') && self.ldr.root.join(entry).is_file())
    }

    fn generator(&self, g: &mut Map<String, Value>) -> Result<(), VendorError> {
        if let Some(Value::String(env)) = g.get("env").cloned() {
            let loc = self.file(&env).map_err(|e| prefix("unable to localize generator env file", e))?;
            g.insert("env".into(), Value::String(loc));
        }
        for key in ["envs", "files"] {
            if let Some(Value::Array(items)) = g.get_mut(key) {
                for it in items.iter_mut() {
                    let s = it.as_str().unwrap_or("").to_string();
                    let loc = if key == "files" {
                        let (k, path) = crate::generate::kv::parse_file_source(&s)
                            .map_err(|e| other(format!("invalid file source {s:?}"), e))?;
                        let loc = self.file(&path).map_err(|e| prefix(&format!("invalid file source {s:?}"), e))?;
                        if s == path {
                            loc
                        } else {
                            format!("{k}={loc}")
                        }
                    } else {
                        self.file(&s).map_err(|e| prefix("unable to localize generator envs file", e))?
                    };
                    *it = Value::String(loc);
                }
            }
        }
        Ok(())
    }

    /// Copy one file (local, inside the root, or http(s)); returns the new reference.
    fn file(&self, path: &str) -> Result<String, VendorError> {
        if path.is_empty() {
            return Ok(String::new());
        }
        let content = self.load(path)?;
        self.write_file(path, &content)
    }

    fn load(&self, path: &str) -> Result<Vec<u8>, VendorError> {
        if http::is_http(path) {
            return http::fetch(path, &http::HttpOptions::default())
                .map_err(|e| msg(format!("invalid file reference: {e}")));
        }
        self.ldr.read(path).map_err(|e| other("invalid file reference", e))
    }

    fn write_file(&self, path: &str, content: &[u8]) -> Result<String, VendorError> {
        let loc = if http::is_http(path) {
            if self.ldr.root.join(LOCALIZE_DIR).exists() {
                return Err(msg(format!(
                    "{} already contains {LOCALIZE_DIR} needed to store file {path:?}",
                    self.ldr.root.display()
                )));
            }
            http_file_path(path)
        } else {
            let abs = crate::load::loader::clean(&self.ldr.root.join(path));
            let rel = abs.strip_prefix(&self.ldr.root).map(Path::to_path_buf).unwrap_or_else(|_| PathBuf::from(path));
            rel.to_string_lossy().into_owned()
        };
        let abs = self.dst.join(&loc);
        // Everything lands inside the destination: a URL host or path that
        // would climb out (`..`, an absolute path) is refused.
        if Path::new(&loc).is_absolute() || !crate::load::loader::clean(&abs).starts_with(&self.ctx.dest) {
            return Err(msg(format!("refusing to localize {path:?} to {loc:?}: outside the localize destination")));
        }
        if let Some(parent) = abs.parent() {
            std::fs::create_dir_all(parent)
                .map_err(|e| other(format!("unable to create directories to localize file {path:?}"), e))?;
        }
        std::fs::write(&abs, content).map_err(|e| other(format!("unable to localize file {path:?}"), e))?;
        Ok(loc)
    }

    /// A `resources` entry: a file of resources, else a kustomization root.
    fn resource(&self, path: &str) -> Result<String, VendorError> {
        let as_file = match self.load(path) {
            Ok(content) => {
                let text = String::from_utf8_lossy(&content);
                match crate::load::loader::parse_resources(&text, path) {
                    Ok(_) => return self.write_file(path, &content),
                    Err(e) => format!("invalid resource at file {path:?}: {}", crate::error::chain_text(&e)),
                }
            }
            Err(e) => e.to_string(),
        };
        self.root(path).map_err(|root_err| {
            msg(format!(
                "could not localize path {path:?} as file: {as_file}; could not localize path {path:?} as directory: {root_err}"
            ))
        })
    }

    /// A kustomization root (directory or remote tree) localized in place.
    fn root(&self, path: &str) -> Result<String, VendorError> {
        if path.is_empty() {
            return Ok(String::new());
        }
        if crate::load::loader::is_remote(path) && !self.ldr.root.join(path).is_dir() {
            let spec = remote::parse(path).map_err(|e| other("invalid root reference", e))?;
            if spec.git_ref.is_empty() {
                return Err(msg(format!("localize remote root {path:?} missing ref query string parameter")));
            }
            if self.ldr.root.join(LOCALIZE_DIR).exists() {
                return Err(msg(format!(
                    "{} already contains {LOCALIZE_DIR} needed to store root {path:?}",
                    self.ldr.root.display()
                )));
            }
            let dir = remote::fetch(path, &self.ctx.warnings).map_err(|e| other("invalid root reference", e))?;
            let root = dir.path.canonicalize().map_err(|e| other("remote root", e))?;
            let repo = dir.clone_root.canonicalize().map_err(|e| other("remote root", e))?;
            let in_repo = root.strip_prefix(&repo).unwrap_or(Path::new("")).to_path_buf();
            let loc = Path::new(LOCALIZE_DIR)
                .join(host_dir(&spec.host))
                .join(spec.repo_path.trim_start_matches('/').trim_end_matches(".git"))
                .join(&spec.git_ref)
                .join(in_repo);
            let new_dst = self.dst.join(&loc);
            std::fs::create_dir_all(&new_dst).map_err(|e| other("unable to create root in localize destination", e))?;
            let sub_ctx = Ctx {
                warnings: self.ctx.warnings.clone(),
                scope: repo.clone(),
                dest: self.ctx.dest.clone(),
                local: false,
            };
            let ldr = Loader::new(&root, LoadRestrictor::RootOnly).map_err(|e| other("invalid root reference", e))?;
            localize_root(&sub_ctx, &ldr, &new_dst)
                .map_err(|e| prefix(&format!("unable to localize root {path:?}"), e))?;
            return Ok(clean_text(&loc));
        }
        let ldr = self.ldr.child(path).map_err(|e| other("invalid root reference", e))?;
        let root = ldr.root.clone();
        if self.ctx.local && !root.starts_with(&self.ctx.scope) {
            return Err(msg(format!(
                "invalid root reference: root {:?} outside localize scope {:?}",
                root.display().to_string(),
                self.ctx.scope.display().to_string()
            )));
        }
        if root.starts_with(&self.ctx.dest) {
            return Err(msg(format!(
                "invalid root reference: root {:?} references into localize destination {:?}",
                root.display().to_string(),
                self.ctx.dest.display().to_string()
            )));
        }
        let loc = relative(&self.ldr.root, &root);
        let new_dst = crate::load::loader::clean(&self.dst.join(&loc));
        std::fs::create_dir_all(&new_dst).map_err(|e| other("unable to create root in localize destination", e))?;
        localize_root(self.ctx, &ldr, &new_dst).map_err(|e| prefix(&format!("unable to localize root {path:?}"), e))?;
        Ok(clean_text(&loc))
    }

    /// Copy a chart home directory (when it exists) beside the kustomization.
    fn copy_dir(&self, rel: &str) -> Result<(), VendorError> {
        if Path::new(rel).is_absolute() {
            return Err(msg(format!("absolute path {rel:?} not handled in alpha")));
        }
        let src = self.ldr.root.join(rel);
        if !src.is_dir() {
            return Ok(());
        }
        copy_tree(&src, &self.dst.join(rel)).map_err(|e| other(format!("unable to copy home {rel:?}"), e))
    }
}

fn prefix(p: &str, e: VendorError) -> VendorError {
    msg(format!("{p}: {e}"))
}

fn copy_tree(from: &Path, to: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(to)?;
    for entry in std::fs::read_dir(from)? {
        let entry = entry?;
        let dest = to.join(entry.file_name());
        let ft = entry.file_type()?;
        if ft.is_dir() {
            copy_tree(&entry.path(), &dest)?;
        } else if ft.is_file() {
            std::fs::copy(entry.path(), &dest)?;
        }
    }
    Ok(())
}

/// `base` → `target` as a relative path (`../x` when needed).
fn relative(base: &Path, target: &Path) -> PathBuf {
    crate::load::loader::relative(base, target)
}

fn clean_text(p: &Path) -> String {
    let s = p.to_string_lossy().into_owned();
    if s.is_empty() {
        ".".to_string()
    } else {
        s
    }
}

/// `localized-files/<host>/<path>` for an http(s) file.
fn http_file_path(url: &str) -> String {
    let rest = url.split_once("://").map(|(_, r)| r).unwrap_or(url);
    let (hostport, path) = rest.split_once('/').unwrap_or((rest, ""));
    let host = hostport.rsplit_once('@').map(|(_, h)| h).unwrap_or(hostport);
    let host = match host.rsplit_once(':') {
        Some((h, port)) if port.chars().all(|c| c.is_ascii_digit()) => h,
        _ => host,
    };
    let path = path.split(['?', '#']).next().unwrap_or("");
    let cleaned = crate::load::loader::clean(&Path::new("/").join(path));
    format!("{LOCALIZE_DIR}/{host}{}", cleaned.display())
}

/// The host part of a repository spec's `host` (`https://github.com/` →
/// `github.com`, `git@github.com:` → `github.com`, `file://` → `file-schemed`).
fn host_dir(host: &str) -> String {
    let lower = host.to_ascii_lowercase();
    if lower.starts_with("file://") {
        return FILE_SCHEME_DIR.to_string();
    }
    if lower.starts_with("gh:") {
        return "gh".to_string();
    }
    let rest = lower.split_once("://").map(|(_, r)| r).unwrap_or(&lower);
    let rest = rest.trim_end_matches([':', '/']);
    let rest = rest.rsplit_once('@').map(|(_, h)| h).unwrap_or(rest);
    let rest = rest.split(['/', ':']).next().unwrap_or(rest);
    rest.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn remote_paths() {
        assert_eq!(
            http_file_path("https://raw.example.com:8443/org/repo/main/deploy.yaml?x=1"),
            "localized-files/raw.example.com/org/repo/main/deploy.yaml"
        );
        assert_eq!(host_dir("https://github.com/"), "github.com");
        assert_eq!(host_dir("git@github.com:"), "github.com");
        assert_eq!(host_dir("ssh://git@gitlab.example.com/"), "gitlab.example.com");
        assert_eq!(host_dir("file://"), "file-schemed");
        assert_eq!(url_base("org/repo/"), "repo");
    }
}
