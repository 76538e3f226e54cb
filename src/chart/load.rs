//! Loading a chart from a directory or a `.tgz` into memory.
//!
//! Layout as Helm reads it: `Chart.yaml`, `values.yaml`,
//! `values.schema.json`, `Chart.lock`, `templates/`, `crds/`, `charts/`
//! (subcharts as directories or `.tgz` archives); every other file is a
//! chart file (`.Files`). In a directory, `.helmignore` is honoured (plus
//! Helm's default rule `templates/.?*`); symbolic links are followed only
//! when they stay inside the chart directory.
use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

use serde_json::{Map, Value};

use super::archive::{self, Entry};
use super::metadata::Metadata;
use super::ChartError;

/// A file of a chart, named relative to the chart root with `/`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChartFile {
    pub name: String,
    pub data: FileData,
}

/// The bytes of a chart file: in memory, or, for a chart directory's
/// templates and `.Files` (READMEs, changelogs, CRDs, config files: most
/// of a chart's bytes, rarely read by a template), read from disk on first
/// use. Loading a chart then reads only what every render needs
/// (Chart.yaml, values); a render reads the templates of the charts it
/// renders, not those of subcharts disabled by a condition or tags. Cheap
/// to clone (shared). A template of a chart directory is read as shared
/// text ([`FileData::template_text`]), which template engines keep as it
/// is (no copy of the chart's template texts).
#[derive(Clone)]
pub struct FileData(Arc<FileInner>);

struct FileInner {
    /// Where to read the bytes from (`None`: they are in `bytes`).
    path: Option<PathBuf>,
    /// The file's size when the chart was loaded (of a file not read yet;
    /// 0 when unknown): a template is read up to it, with no second stat.
    len: u64,
    bytes: OnceLock<Held>,
}

/// How the bytes are held.
enum Held {
    Bytes(Box<[u8]>),
    /// UTF-8 text, shared with the template engines.
    Text(Arc<str>),
}

impl Held {
    fn as_bytes(&self) -> &[u8] {
        match self {
            Held::Bytes(b) => b,
            Held::Text(t) => t.as_bytes(),
        }
    }
}

impl FileData {
    /// A file not read yet, of `len` bytes when seen: `path` is read on
    /// first use.
    fn deferred(path: PathBuf, len: u64) -> FileData {
        FileData(Arc::new(FileInner { path: Some(path), len, bytes: OnceLock::new() }))
    }

    fn held(h: Held) -> FileData {
        FileData(Arc::new(FileInner { path: None, len: 0, bytes: OnceLock::from(h) }))
    }

    /// The file's bytes (read now if they were not read yet). An error
    /// names the file: it was readable when the chart was loaded, so only
    /// a change on disk since then causes one.
    pub fn bytes(&self) -> Result<&[u8], ChartError> {
        if let Some(b) = self.0.bytes.get() {
            return Ok(b.as_bytes());
        }
        let Some(path) = &self.0.path else {
            return Ok(&[]);
        };
        let data = std::fs::read(path).map_err(|e| ChartError::io(path, e))?;
        Ok(self.0.bytes.get_or_init(|| Held::Bytes(data.into_boxed_slice())).as_bytes())
    }

    /// A template's text, `None` when it is not UTF-8. A file not read yet
    /// is read now, straight into the shared text (no copy); when `texts`
    /// has the same text already (a library chart vendored by several
    /// subcharts), that one is shared instead. An error names the file.
    pub fn template_text(&self, texts: &mut TemplateTexts) -> Result<Option<Arc<str>>, ChartError> {
        let held = match (self.0.bytes.get(), &self.0.path) {
            (Some(h), _) => h,
            (None, None) => return Ok(Some(Arc::from(""))),
            (None, Some(path)) => {
                let h = read_template(path, self.0.len, texts)?;
                self.0.bytes.get_or_init(|| h)
            }
        };
        Ok(match held {
            Held::Text(t) => Some(t.clone()),
            Held::Bytes(b) => std::str::from_utf8(b).ok().map(Arc::from),
        })
    }

    /// The bytes, read into `scratch` when not read yet (not kept: a
    /// values file is parsed and dropped, and each chart's reuses the
    /// memory of the one before).
    fn read_into<'a>(&'a self, scratch: &'a mut Vec<u8>) -> Result<&'a [u8], ChartError> {
        if let Some(b) = self.0.bytes.get() {
            return Ok(b.as_bytes());
        }
        let Some(path) = &self.0.path else {
            return Ok(&[]);
        };
        use std::io::Read;
        scratch.clear();
        std::fs::File::open(path).and_then(|mut f| f.read_to_end(scratch)).map_err(|e| ChartError::io(path, e))?;
        Ok(scratch)
    }

    /// The bytes, without keeping them: a file not read yet is read now
    /// and its bytes are the caller's (freed when it is done with them).
    pub fn read_uncached(&self) -> Result<std::borrow::Cow<'_, [u8]>, ChartError> {
        if let Some(b) = self.0.bytes.get() {
            return Ok(std::borrow::Cow::Borrowed(b.as_bytes()));
        }
        match &self.0.path {
            Some(path) => std::fs::read(path).map(std::borrow::Cow::Owned).map_err(|e| ChartError::io(path, e)),
            None => Ok(std::borrow::Cow::Borrowed(&[])),
        }
    }

    /// The bytes as an owned vector (no copy when this is the only handle
    /// and they are in memory, not as shared text).
    pub fn into_vec(self) -> Result<Vec<u8>, ChartError> {
        match Arc::try_unwrap(self.0) {
            Ok(inner) => match inner.bytes.into_inner() {
                Some(Held::Bytes(b)) => Ok(b.into_vec()),
                Some(Held::Text(t)) => Ok(t.as_bytes().to_vec()),
                None => match &inner.path {
                    Some(path) => std::fs::read(path).map_err(|e| ChartError::io(path, e)),
                    None => Ok(Vec::new()),
                },
            },
            Err(shared) => FileData(shared).bytes().map(<[u8]>::to_vec),
        }
    }
}

impl From<Vec<u8>> for FileData {
    fn from(v: Vec<u8>) -> FileData {
        FileData::held(Held::Bytes(v.into_boxed_slice()))
    }
}

impl From<&[u8]> for FileData {
    fn from(v: &[u8]) -> FileData {
        FileData::from(v.to_vec())
    }
}

impl std::fmt::Debug for FileData {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match (self.0.bytes.get(), &self.0.path) {
            (Some(b), _) => write!(f, "FileData({} bytes)", b.as_bytes().len()),
            (None, Some(p)) => write!(f, "FileData(not read yet: {})", p.display()),
            (None, None) => write!(f, "FileData(0 bytes)"),
        }
    }
}

/// Equal bytes (files that cannot be read are equal to nothing).
impl PartialEq for FileData {
    fn eq(&self, other: &FileData) -> bool {
        match (self.bytes(), other.bytes()) {
            (Ok(a), Ok(b)) => a == b,
            _ => false,
        }
    }
}

impl Eq for FileData {}

/// A chart in memory.
#[derive(Debug, Clone)]
pub struct Chart {
    pub metadata: Metadata,
    /// Chart.yaml as a value tree.
    pub raw_metadata: Value,
    /// Chart.yaml as written.
    pub chart_yaml: Vec<u8>,
    /// values.yaml (numbers as Go's float64), always a mapping.
    pub values: Value,
    /// values.yaml as written (of a chart directory: read again from disk
    /// when used; rendering needs only `values`).
    pub raw_values: Option<FileData>,
    /// values.schema.json (of a chart directory: read from disk when used).
    pub schema: Option<FileData>,
    pub lock: Option<Vec<u8>>,
    /// Files under `templates/`, names starting with `templates/`, sorted.
    /// (Shared: rendering clones the chart to process its dependencies,
    /// which never changes files.)
    pub templates: Arc<Vec<ChartFile>>,
    /// `.Files`: everything else except Chart.yaml, values.yaml,
    /// values.schema.json and Chart.lock (includes `crds/`), sorted.
    pub files: Arc<Vec<ChartFile>>,
    /// Subcharts found in `charts/`, sorted by name.
    pub dependencies: Vec<Chart>,
    /// Where the chart came from, for messages (`path/to/chart`,
    /// `x.tgz`, `parent/charts/sub`).
    pub origin: String,
}

impl Chart {
    pub fn name(&self) -> &str {
        &self.metadata.name
    }

    /// Files under `crds/` (never templated).
    pub fn crds(&self) -> impl Iterator<Item = &ChartFile> {
        self.files.iter().filter(|f| f.name.starts_with("crds/"))
    }

    /// Which engine renders this chart: the value of the
    /// [`super::ENGINE_ANNOTATION`] annotation, `gotmpl` when absent.
    pub fn engine_name(&self) -> &str {
        self.metadata.annotations.get(super::ENGINE_ANNOTATION).map(String::as_str).unwrap_or("gotmpl")
    }
}

/// Load a chart from a directory or a `.tgz` file.
pub fn load_chart(path: &Path) -> Result<Chart, ChartError> {
    let meta = std::fs::metadata(path).map_err(|e| ChartError::io(path, e))?;
    let origin = path.display().to_string();
    if meta.is_dir() {
        let files = read_dir_files(path)?;
        from_files(files, &origin)
    } else {
        let bytes = std::fs::read(path).map_err(|e| ChartError::io(path, e))?;
        load_archive_bytes(&bytes, &origin)
    }
}

/// Load a chart from the bytes of a `.tgz`.
pub fn load_archive_bytes(bytes: &[u8], origin: &str) -> Result<Chart, ChartError> {
    let entries = archive::read_tgz(bytes, origin)?;
    let files = strip_top_dir(entries, origin)?;
    from_files(files, origin)
}

/// Helm's archives hold one top-level directory; remove it.
fn strip_top_dir(entries: Vec<Entry>, origin: &str) -> Result<Vec<ChartFile>, ChartError> {
    let mut top: Option<String> = None;
    let mut out = Vec::new();
    for e in entries {
        let Some((first, rest)) = e.path.split_once('/') else {
            return Err(ChartError::Archive {
                path: origin.to_string(),
                message: format!("entry {:?} is not inside the chart's directory", e.path),
            });
        };
        match &top {
            None => top = Some(first.to_string()),
            Some(t) if t != first => {
                return Err(ChartError::Archive {
                    path: origin.to_string(),
                    message: format!("chart archive holds more than one top-level directory ({t:?}, {first:?})"),
                })
            }
            _ => {}
        }
        if rest.is_empty() {
            continue;
        }
        out.push(ChartFile { name: rest.to_string(), data: e.data.into() });
    }
    Ok(out)
}

/// Build a chart from its files (names relative to the chart root).
pub fn from_files(files: Vec<ChartFile>, origin: &str) -> Result<Chart, ChartError> {
    from_files_in(files, origin, &mut Vec::new())
}

/// [`from_files`], values files read into `scratch` (one buffer for the
/// whole tree: no fresh memory for each chart's values text).
fn from_files_in(mut files: Vec<ChartFile>, origin: &str, scratch: &mut Vec<u8>) -> Result<Chart, ChartError> {
    files.sort_by(|a, b| a.name.cmp(&b.name));
    let chart_yaml = files.iter().find(|f| f.name == "Chart.yaml").ok_or_else(|| {
        ChartError::invalid(origin, "Chart.yaml file is missing (is this a chart directory or archive?)")
    })?;
    let md_origin = format!("{origin}/Chart.yaml");
    let chart_yaml = chart_yaml.data.bytes()?.to_vec();
    let text = utf8(&chart_yaml, &md_origin)?;
    let (metadata, raw_metadata) = Metadata::parse(text, &md_origin)?;

    let mut chart = Chart {
        metadata,
        raw_metadata,
        chart_yaml,
        values: Value::Object(Map::new()),
        raw_values: None,
        schema: None,
        lock: None,
        templates: Arc::default(),
        files: Arc::default(),
        dependencies: Vec::new(),
        origin: origin.to_string(),
    };
    let mut sub_dirs: std::collections::BTreeMap<String, Vec<ChartFile>> = Default::default();
    let (mut templates, mut chart_files) = (Vec::new(), Vec::new());
    for f in files {
        match f.name.as_str() {
            "Chart.yaml" => {}
            "values.yaml" => {
                let vorigin = format!("{origin}/values.yaml");
                // (the text of a file on disk is not kept once parsed)
                chart.values = parse_values(utf8(f.data.read_into(scratch)?, &vorigin)?, &vorigin)?;
                chart.raw_values = Some(f.data);
            }
            "values.schema.json" => chart.schema = Some(f.data),
            "Chart.lock" => chart.lock = Some(f.data.into_vec()?),
            // Helm reads requirements.yaml into the chart's metadata (the
            // apiVersion v1 place for dependencies): its `dependencies`
            // replace Chart.yaml's.
            "requirements.yaml" => {
                let rorigin = format!("{origin}/requirements.yaml");
                let (req, raw) = Metadata::parse_fields(utf8(f.data.bytes()?, &rorigin)?, &rorigin)?;
                if raw.get("dependencies").is_some() {
                    chart.metadata.dependencies = req.dependencies;
                }
            }
            "requirements.lock" => {}
            n if n.starts_with("templates/") => templates.push(f),
            n if n.starts_with("charts/") => {
                let rest = &n["charts/".len()..];
                match rest.split_once('/') {
                    Some((dir, inner)) => sub_dirs
                        .entry(dir.to_string())
                        .or_default()
                        .push(ChartFile { name: inner.to_string(), data: f.data }),
                    None if rest.ends_with(".tgz") || rest.ends_with(".tar.gz") => {
                        let sub = load_archive_bytes(f.data.bytes()?, &format!("{origin}/charts/{rest}"))?;
                        chart.dependencies.push(sub);
                    }
                    // Loose files in charts/ (provenance files, READMEs) are not charts.
                    None => {}
                }
            }
            _ => chart_files.push(f),
        }
    }
    chart.templates = Arc::new(templates);
    chart.files = Arc::new(chart_files);
    for (dir, files) in sub_dirs {
        let sub = from_files_in(files, &format!("{origin}/charts/{dir}"), scratch)?;
        chart.dependencies.push(sub);
    }
    chart.dependencies.sort_by(|a, b| a.metadata.name.cmp(&b.metadata.name));
    Ok(chart)
}

fn utf8<'a>(data: &'a [u8], origin: &str) -> Result<&'a str, ChartError> {
    std::str::from_utf8(data).map_err(|_| ChartError::invalid(origin, "is not valid UTF-8"))
}

/// Parse a values file as Helm does: every document merged in order
/// (later wins), numbers as Go's float64. Always a mapping.
pub fn parse_values(text: &str, origin: &str) -> Result<Value, ChartError> {
    let docs = crate::yaml::parse_values_documents(text, origin)?;
    let mut out = Value::Object(Map::new());
    for mut d in docs {
        if !d.is_object() {
            return Err(ChartError::invalid(origin, "values must be a mapping at the top level"));
        }
        floats(&mut d);
        if out.as_object().is_some_and(Map::is_empty) {
            // (the first document: taken as it is)
            out = d;
        } else {
            super::values::merge_maps(&mut out, d);
        }
    }
    Ok(out)
}

/// Numbers become Go float64s, as sigs.k8s.io/yaml and encoding/json
/// decode them into `interface{}`.
pub fn floats(v: &mut Value) {
    match v {
        Value::Number(n) if !n.is_f64() => {
            if let Some(f) = n.as_f64().and_then(serde_json::Number::from_f64) {
                *n = f;
            }
        }
        Value::Array(a) => a.iter_mut().for_each(floats),
        Value::Object(m) => m.values_mut().for_each(floats),
        _ => {}
    }
}

// ---- directories and .helmignore ----

/// One `.helmignore` rule.
#[derive(Debug, Clone)]
struct Rule {
    pattern: String,
    negate: bool,
    must_dir: bool,
    anchored_or_path: bool,
    /// How the pattern matches, decided once (rules are tried on every file).
    shape: Shape,
}

/// A pattern's shape: most `.helmignore` lines are a name (`.DS_Store`) or
/// `*` and a suffix (`*.swp`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Shape {
    /// no special character: the name itself
    Literal,
    /// `*` then no special character: a name (no `/`) ending so
    StarSuffix,
    /// anything else: [`super::glob::matches`]
    Glob,
}

impl Shape {
    fn of(p: &str) -> Shape {
        let special = |s: &str| s.contains(['*', '?', '[', '\\']);
        match p.strip_prefix('*') {
            _ if !special(p) => Shape::Literal,
            Some(suffix) if !special(suffix) => Shape::StarSuffix,
            _ => Shape::Glob,
        }
    }
}

/// `.helmignore` rules, with Helm's semantics.
#[derive(Debug, Clone, Default)]
pub struct IgnoreRules {
    rules: Vec<Rule>,
}

impl IgnoreRules {
    /// Parse `.helmignore` text. `**` is refused, as Helm does.
    pub fn parse(text: &str, origin: &str) -> Result<IgnoreRules, ChartError> {
        let mut rules = IgnoreRules::default();
        for (i, line) in text.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            if line.contains("**") {
                return Err(ChartError::invalid(
                    origin,
                    format!("line {}: double-star (**) syntax is not supported", i + 1),
                ));
            }
            rules.add(line).map_err(|m| ChartError::invalid(origin, format!("line {}: {m}", i + 1)))?;
        }
        Ok(rules)
    }

    fn add(&mut self, line: &str) -> Result<(), String> {
        let mut p = line;
        let negate = p.starts_with('!');
        if negate {
            p = &p[1..];
        }
        let must_dir = p.ends_with('/') && p.len() > 1;
        if must_dir {
            p = p.trim_end_matches('/');
        }
        let anchored_or_path = p.contains('/');
        let p = p.trim_start_matches('/');
        if !super::glob::is_valid(p) {
            return Err(format!("bad pattern {line:?}"));
        }
        self.rules.push(Rule { pattern: p.to_string(), negate, must_dir, anchored_or_path, shape: Shape::of(p) });
        Ok(())
    }

    /// Helm's default rule: hidden files in templates/.
    pub fn add_defaults(&mut self) {
        let _ = self.add("templates/.?*");
    }

    /// Whether `path` (relative, `/`-separated) is ignored.
    pub fn ignored(&self, path: &str, is_dir: bool) -> bool {
        if path.is_empty() || path == "." || path == "./" {
            return false;
        }
        let base = path.rsplit_once('/').map_or(path, |(_, b)| b);
        for r in &self.rules {
            let subject = if r.anchored_or_path { path } else { base };
            let m = match r.shape {
                Shape::Literal => r.pattern == subject,
                Shape::StarSuffix => {
                    let suffix = &r.pattern[1..];
                    subject.ends_with(suffix) && !subject[..subject.len() - suffix.len()].contains('/')
                }
                Shape::Glob => super::glob::matches(&r.pattern, subject),
            };
            if r.negate {
                if r.must_dir && !is_dir {
                    return true;
                }
                if !m {
                    return true;
                }
                continue;
            }
            if r.must_dir && !is_dir {
                continue;
            }
            if m {
                return true;
            }
        }
        false
    }
}

/// Read every non-ignored file of a chart directory.
pub fn read_dir_files(root: &Path) -> Result<Vec<ChartFile>, ChartError> {
    let canon_root = root.canonicalize().map_err(|e| ChartError::io(root, e))?;
    let mut rules = IgnoreRules::default();
    let ignore_path = root.join(".helmignore");
    if ignore_path.is_file() {
        let text = std::fs::read_to_string(&ignore_path).map_err(|e| ChartError::io(&ignore_path, e))?;
        rules = IgnoreRules::parse(&text, &ignore_path.display().to_string())?;
    }
    rules.add_defaults();
    let mut out = Vec::new();
    let mut total: u64 = 0;
    walk(root, &canon_root, "", &rules, &mut out, &mut total)?;
    Ok(out)
}

/// Template texts read so far (by [`FileData::template_text`]), by size
/// and file name: a library chart vendored by several subcharts
/// (Bitnami's `common`, 68 KB of templates, seven times in mastodon) is
/// held once. A file with the size and name of one read before is read
/// into a reused buffer and, when its bytes are the same, shares that text
/// (no fresh memory); other files are read straight into their own buffer.
#[derive(Default)]
pub struct TemplateTexts {
    /// (size, hash of the file name) -> the first such text
    texts: crate::model::fasthash::FastMap<(u64, u64), Arc<str>>,
    scratch: Vec<u8>,
}

impl TemplateTexts {
    fn key(path: &Path, len: usize) -> (u64, u64) {
        use std::hash::Hasher;
        let mut h = crate::model::fasthash::FastHasher::default();
        h.write(path.file_name().unwrap_or_default().as_encoded_bytes());
        (len as u64, h.finish())
    }
}

fn walk(
    dir: &Path,
    canon_root: &Path,
    rel: &str,
    rules: &IgnoreRules,
    out: &mut Vec<ChartFile>,
    total: &mut u64,
) -> Result<(), ChartError> {
    // (name, path, type from the directory entry: no stat per file)
    let mut entries: Vec<(String, PathBuf, Option<std::fs::FileType>)> = std::fs::read_dir(dir)
        .map_err(|e| ChartError::io(dir, e))?
        .filter_map(|e| e.ok())
        .map(|e| (e.file_name().to_string_lossy().into_owned(), e.path(), e.file_type().ok()))
        .collect();
    entries.sort_by(|a, b| a.0.cmp(&b.0).then_with(|| a.1.cmp(&b.1)));
    for (name, path, ftype) in entries {
        let rel_name = if rel.is_empty() { name.clone() } else { format!("{rel}/{name}") };
        let ftype = match ftype {
            Some(t) => t,
            None => std::fs::symlink_metadata(&path).map_err(|e| ChartError::io(&path, e))?.file_type(),
        };
        // A link is followed (when it stays inside the chart): what it
        // points to decides.
        let (is_dir, is_file) = if ftype.is_symlink() {
            let target = path.canonicalize().map_err(|e| ChartError::io(&path, e))?;
            if !target.starts_with(canon_root) {
                return Err(ChartError::invalid(
                    path.display().to_string(),
                    "symbolic link points outside the chart directory; refused",
                ));
            }
            let meta = std::fs::metadata(&path).map_err(|e| ChartError::io(&path, e))?;
            (meta.is_dir(), meta.is_file())
        } else {
            (ftype.is_dir(), ftype.is_file())
        };
        if rules.ignored(&rel_name, is_dir) {
            continue;
        }
        if is_dir {
            walk(&path, canon_root, &rel_name, rules, out, total)?;
        } else if is_file {
            let data =
                if read_at_load(&rel_name) { read_limited(&path, total)?.into() } else { defer_limited(path, total)? };
            out.push(ChartFile { name: rel_name, data });
        }
    }
    Ok(())
}

/// Whether loading needs the file's bytes: Chart.yaml, lock and
/// requirements files and subchart archives (of this chart or, by the same
/// names, of a subchart directory). Every other file is read when used:
/// values.yaml when its chart is built from its files (one at a time, each
/// text dropped once parsed), values.schema.json when values are
/// validated, a template when its chart is rendered, a `.Files` entry when
/// a template reads it.
fn read_at_load(rel: &str) -> bool {
    let base = rel.rsplit_once('/').map_or(rel, |(_, b)| b);
    matches!(base, "Chart.yaml" | "Chart.lock" | "requirements.yaml" | "requirements.lock")
        || base.ends_with(".tgz")
        || base.ends_with(".tar.gz")
}

/// A template or `.Files` entry, counted against the chart's size limit
/// but not read yet (one stat). As Helm, which reads every file, loading fails on a file
/// that cannot be read: a file whose permissions do not let everyone read
/// it is opened once to check.
fn defer_limited(path: PathBuf, total: &mut u64) -> Result<FileData, ChartError> {
    let meta = std::fs::metadata(&path).map_err(|e| ChartError::io(&path, e))?;
    *total += meta.len();
    if *total > archive::MAX_ARCHIVE_SIZE {
        return Err(ChartError::invalid(
            path.display().to_string(),
            format!("chart is larger than the limit of {} bytes", archive::MAX_ARCHIVE_SIZE),
        ));
    }
    #[cfg(unix)]
    let readable_by_all = std::os::unix::fs::PermissionsExt::mode(&meta.permissions()) & 0o004 != 0;
    #[cfg(not(unix))]
    let readable_by_all = false;
    if !readable_by_all {
        std::fs::File::open(&path).map_err(|e| ChartError::io(&path, e))?;
    }
    Ok(FileData::deferred(path, meta.len()))
}

/// Open a chart file and count its size against the chart's limit (one
/// stat of the open file): the file and that size.
fn open_limited(path: &Path, total: &mut u64) -> Result<(std::fs::File, usize), ChartError> {
    let f = std::fs::File::open(path).map_err(|e| ChartError::io(path, e))?;
    let len = f.metadata().map_err(|e| ChartError::io(path, e))?.len();
    *total += len;
    if *total > archive::MAX_ARCHIVE_SIZE {
        return Err(ChartError::invalid(
            path.display().to_string(),
            format!("chart is larger than the limit of {} bytes", archive::MAX_ARCHIVE_SIZE),
        ));
    }
    let len = usize::try_from(len).map_err(|_| ChartError::invalid(path.display().to_string(), "file too large"))?;
    Ok((f, len))
}

/// Fill `buf` from `f` (up to the size the file had when opened): the
/// number of bytes read.
fn fill(f: &mut std::fs::File, buf: &mut [u8], path: &Path) -> Result<usize, ChartError> {
    use std::io::Read;
    let mut filled = 0;
    while filled < buf.len() {
        match f.read(&mut buf[filled..]) {
            Ok(0) => break,
            Ok(n) => filled += n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(e) => return Err(ChartError::io(path, e)),
        }
    }
    Ok(filled)
}

/// Read a chart file, counting its size against the chart's limit
/// (open, one stat of the open file, reads until the size it had).
fn read_limited(path: &Path, total: &mut u64) -> Result<Vec<u8>, ChartError> {
    let (mut f, len) = open_limited(path, total)?;
    let mut data = vec![0u8; len];
    let filled = fill(&mut f, &mut data, path)?;
    data.truncate(filled);
    Ok(data)
}

/// Read a template of `len` bytes (its size when the chart was loaded):
/// a text read before with the same size, name and bytes is shared (see
/// [`TemplateTexts`]); otherwise see [`read_text`].
fn read_template(path: &Path, len: u64, texts: &mut TemplateTexts) -> Result<Held, ChartError> {
    let len = usize::try_from(len).map_err(|_| ChartError::invalid(path.display().to_string(), "file too large"))?;
    let mut f = std::fs::File::open(path).map_err(|e| ChartError::io(path, e))?;
    let key = TemplateTexts::key(path, len);
    let Some(known) = texts.texts.get(&key) else {
        let held = read_text(f, len, path)?;
        if let Held::Text(t) = &held {
            texts.texts.insert(key, t.clone());
        }
        return Ok(held);
    };
    let buf = &mut texts.scratch;
    buf.clear();
    buf.resize(len, 0);
    let filled = fill(&mut f, buf, path)?;
    if filled == len && known.as_bytes() == buf.as_slice() {
        return Ok(Held::Text(known.clone()));
    }
    match std::str::from_utf8(&buf[..filled]) {
        Ok(text) if filled == len => Ok(Held::Text(Arc::from(text))),
        // shorter than it was (changed meanwhile), or not text
        _ => Ok(Held::Bytes(buf[..filled].into())),
    }
}

/// Read a template straight into a shared buffer that becomes the text
/// engines keep (no copy), unless it is not UTF-8.
fn read_text(mut f: std::fs::File, len: usize, path: &Path) -> Result<Held, ChartError> {
    let mut fresh = Arc::<[u8]>::new_uninit_slice(len);
    let Some(dst) = Arc::get_mut(&mut fresh) else {
        // (a new Arc is not shared: never taken)
        let mut data = vec![0u8; len];
        let filled = fill(&mut f, &mut data, path)?;
        data.truncate(filled);
        return Ok(Held::Bytes(data.into_boxed_slice()));
    };
    dst.fill(std::mem::MaybeUninit::new(0));
    // SAFETY: every byte was initialised just above.
    let mut buf: Arc<[u8]> = unsafe { fresh.assume_init() };
    let filled = match Arc::get_mut(&mut buf) {
        Some(dst) => fill(&mut f, dst, path)?,
        None => 0,
    };
    if filled < len || std::str::from_utf8(&buf).is_err() {
        // shorter than it was (changed meanwhile), or not text
        return Ok(Held::Bytes(buf[..filled].into()));
    }
    // SAFETY: `str` and `[u8]` have the same layout, and the bytes were
    // just checked to be UTF-8; nothing else holds the buffer, and it is
    // never written again.
    let text: Arc<str> = unsafe { Arc::from_raw(Arc::into_raw(buf) as *const str) };
    Ok(Held::Text(text))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn helmignore_rules() {
        let mut r = IgnoreRules::parse("# c\n*.swp\n/secret.txt\ndocs/\ntemplates/*.bak\n", ".helmignore").unwrap();
        r.add_defaults();
        assert!(r.ignored("a.swp", false));
        assert!(r.ignored("templates/x.swp", false));
        assert!(r.ignored("secret.txt", false));
        assert!(!r.ignored("sub/secret.txt", false));
        assert!(r.ignored("docs", true));
        assert!(!r.ignored("docs", false));
        assert!(r.ignored("templates/a.bak", false));
        assert!(r.ignored("templates/.hidden", false));
        assert!(!r.ignored("templates/a.yaml", false));
        assert!(IgnoreRules::parse("a/**/b\n", "x").is_err());
    }

    #[test]
    fn requirements_yaml_gives_v1_charts_their_dependencies() {
        let file = |n: &str, d: &str| ChartFile { name: n.into(), data: d.as_bytes().into() };
        let sub = "apiVersion: v1\nname: sub\nversion: 1.0.0\n";
        let c = from_files(
            vec![
                file("Chart.yaml", "apiVersion: v1\nname: top\nversion: 1.0.0\n"),
                file("requirements.yaml", "dependencies:\n- name: sub\n  version: 1.0.0\n  condition: sub.enabled\n"),
                file("charts/sub/Chart.yaml", sub),
            ],
            "top",
        )
        .unwrap();
        assert_eq!(c.metadata.dependencies.len(), 1);
        assert_eq!(c.metadata.dependencies[0].condition, "sub.enabled");
        // without a dependencies key, Chart.yaml's stay
        let c = from_files(
            vec![
                file(
                    "Chart.yaml",
                    "apiVersion: v2\nname: top\nversion: 1.0.0\ndependencies:\n- name: sub\n  version: 1.0.0\n",
                ),
                file("requirements.yaml", "# nothing\n"),
                file("charts/sub/Chart.yaml", sub),
            ],
            "top",
        )
        .unwrap();
        assert_eq!(c.metadata.dependencies.len(), 1);
    }

    #[test]
    fn files_are_read_when_first_used() {
        let dir = tempfile::tempdir().unwrap();
        let put = |p: &str, d: &str| {
            let p = dir.path().join(p);
            std::fs::create_dir_all(p.parent().unwrap()).unwrap();
            std::fs::write(p, d).unwrap();
        };
        put("Chart.yaml", "apiVersion: v2\nname: top\nversion: 1.0.0\n");
        put("values.yaml", "a: 1\n");
        put("templates/cm.yaml", "kind: ConfigMap\n");
        put("README.md", "read me\n");
        put("files/conf/x.txt", "x\n");
        put("charts/sub/Chart.yaml", "apiVersion: v2\nname: sub\nversion: 1.0.0\n");
        put("charts/sub/templates/s.yaml", "kind: Secret\n");
        put("charts/sub/NOTES.md", "sub notes\n");
        let c = load_chart(dir.path()).unwrap();
        let names: Vec<&str> = c.files.iter().map(|f| f.name.as_str()).collect();
        assert_eq!(names, ["README.md", "files/conf/x.txt"]);
        let (files, templates) = (c.files.iter(), c.templates.iter());
        let (sub_files, sub_templates) = (c.dependencies[0].files.iter(), c.dependencies[0].templates.iter());
        for f in files.chain(sub_files).chain(templates).chain(sub_templates) {
            assert!(format!("{:?}", f.data).contains("not read yet"), "{}: {:?}", f.name, f.data);
        }
        let mut texts = TemplateTexts::default();
        assert_eq!(&*c.templates[0].data.template_text(&mut texts).unwrap().unwrap(), "kind: ConfigMap\n");
        assert!(!format!("{:?}", c.templates[0].data).contains("not read yet"));
        assert_eq!(c.dependencies[0].templates[0].data.bytes().unwrap(), b"kind: Secret\n");
        assert_eq!(c.files[0].data.bytes().unwrap(), b"read me\n");
        assert_eq!(c.dependencies[0].files[0].data.clone().into_vec().unwrap(), b"sub notes\n");
        assert_eq!(c.files[1].data, FileData::from(b"x\n".to_vec()));
        // read once: a later change on disk is not seen
        put("README.md", "changed\n");
        assert_eq!(c.files[0].data.bytes().unwrap(), b"read me\n");
        // a file removed before its first use: an error naming it
        let c = load_chart(dir.path()).unwrap();
        std::fs::remove_file(dir.path().join("charts/sub/NOTES.md")).unwrap();
        let e = c.dependencies[0].files[0].data.bytes().unwrap_err();
        assert!(e.to_string().contains("charts/sub/NOTES.md"), "{e}");
        std::fs::remove_file(dir.path().join("charts/sub/templates/s.yaml")).unwrap();
        let e = c.dependencies[0].templates[0].data.template_text(&mut texts).unwrap_err();
        assert!(e.to_string().contains("charts/sub/templates/s.yaml"), "{e}");
    }

    #[test]
    fn values_and_schema_texts_are_not_kept() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("Chart.yaml"), "apiVersion: v2\nname: top\nversion: 1.0.0\n").unwrap();
        std::fs::write(dir.path().join("values.yaml"), "a: 1\n").unwrap();
        std::fs::write(dir.path().join("values.schema.json"), "{}").unwrap();
        let c = load_chart(dir.path()).unwrap();
        assert_eq!(c.values["a"], serde_json::json!(1.0));
        let (raw, schema) = (c.raw_values.as_ref().unwrap(), c.schema.as_ref().unwrap());
        assert!(format!("{raw:?}").contains("not read yet"), "{raw:?}");
        assert_eq!(&*schema.read_uncached().unwrap(), b"{}");
        assert!(format!("{schema:?}").contains("not read yet"), "{schema:?}");
        assert_eq!(raw.bytes().unwrap(), b"a: 1\n");
        // in memory (an archive's files): kept as they are
        let file = |n: &str, d: &str| ChartFile { name: n.into(), data: d.as_bytes().into() };
        let c = from_files(
            vec![file("Chart.yaml", "apiVersion: v2\nname: t\nversion: 1.0.0\n"), file("values.yaml", "b: 2\n")],
            "t",
        )
        .unwrap();
        assert_eq!(c.raw_values.unwrap().bytes().unwrap(), b"b: 2\n");
    }

    #[test]
    fn identical_templates_of_subcharts_share_one_text() {
        let dir = tempfile::tempdir().unwrap();
        let chart = |d: &Path, name: &str| {
            std::fs::create_dir_all(d.join("templates")).unwrap();
            std::fs::write(d.join("Chart.yaml"), format!("apiVersion: v2\nname: {name}\nversion: 1.0.0\n")).unwrap();
        };
        chart(dir.path(), "top");
        for (sub, text) in [("a", "{{/* same */}}\n"), ("b", "{{/* same */}}\n"), ("c", "{{/* diff */}}\n")] {
            let d = dir.path().join("charts").join(sub);
            chart(&d, sub);
            std::fs::write(d.join("templates/_h.tpl"), text).unwrap();
        }
        let c = load_chart(dir.path()).unwrap();
        let mut seen = TemplateTexts::default();
        let texts: Vec<Arc<str>> =
            c.dependencies.iter().map(|d| d.templates[0].data.template_text(&mut seen).unwrap().unwrap()).collect();
        assert_eq!(&*texts[0], "{{/* same */}}\n");
        assert!(Arc::ptr_eq(&texts[0], &texts[1]));
        assert_eq!(&*texts[2], "{{/* diff */}}\n");
        // read once: asked again, the same text
        assert!(Arc::ptr_eq(
            &texts[2],
            &c.dependencies[2].templates[0].data.template_text(&mut seen).unwrap().unwrap()
        ));
    }

    #[test]
    fn values_are_float64_and_documents_merge() {
        let v = parse_values("a: 1\nb: {c: 2}\n---\nb: {d: yes}\n", "v.yaml").unwrap();
        assert_eq!(v["a"], serde_json::json!(1.0));
        assert!(v["a"].as_f64().is_some() && !v["a"].is_i64());
        assert_eq!(v["b"]["d"], serde_json::json!(true));
        assert_eq!(v["b"]["c"], serde_json::json!(2.0));
    }
}
