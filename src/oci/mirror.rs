//! Image mirroring: every platform of an index, digests unchanged, blobs
//! streamed (never whole in memory), existing blobs skipped after a HEAD,
//! cross-repository mounts, one global transfer limit, retries that honour
//! Retry-After, chunked uploads resumed at the registry's offset, and the
//! supply-chain artifacts that hang off an image (cosign tags, referrers).
use std::collections::{BTreeSet, HashMap};
use std::future::Future;
use std::path::Path;
use std::pin::Pin;
use std::sync::atomic::Ordering;
use std::sync::Arc;
use std::time::{Duration, Instant};

use futures_util::stream::{self, StreamExt};
use reqwest::header::{CONTENT_LENGTH, CONTENT_TYPE};
use reqwest::StatusCode;
use serde_json::Value;
use tokio::sync::{Mutex, OnceCell, Semaphore};

use super::client::{check, push_scope, retry_after, with_query, RegistryClient, Stats};
use super::mapping::MirrorRules;
use super::progress::Progress;
use super::reference::ImageRef;
use super::{constraint, state, OciError, TransportOptions};

/// Which tags of a repository to copy.
#[derive(Debug, Clone, PartialEq)]
pub enum TagSelector {
    /// The tag or digest in the reference (`latest` when it has neither).
    Exact,
    /// Every tag that is a version in this range.
    Semver(String),
    /// Every tag matching this regular expression.
    Regex(String),
    /// The N highest version tags.
    Latest(usize),
}

/// One line of an image list (or one image of a lock file).
#[derive(Debug, Clone)]
pub struct SourceSpec {
    pub image: ImageRef,
    pub select: TagSelector,
    /// Where the entry came from (file:line), for messages.
    pub origin: String,
}

#[derive(Debug, Clone)]
pub struct MirrorOptions {
    pub sources: Vec<SourceSpec>,
    pub rules: MirrorRules,
    pub transport: TransportOptions,
    /// Concurrent blob transfers, all images together.
    pub jobs: usize,
    pub dry_run: bool,
    /// Blobs larger than this are uploaded in chunks (resumable).
    pub chunk_size: u64,
    /// Copy cosign tag-convention artifacts and OCI referrers.
    pub artifacts: bool,
    /// Already-mapped (source, destination, where found) pairs, copied as given.
    pub pairs: Vec<(ImageRef, ImageRef, String)>,
}

impl Default for MirrorOptions {
    fn default() -> Self {
        MirrorOptions {
            sources: Vec::new(),
            rules: MirrorRules::default(),
            transport: TransportOptions::default(),
            jobs: 8,
            dry_run: false,
            chunk_size: 16 << 20,
            artifacts: true,
            pairs: Vec::new(),
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    Copied,
    UpToDate,
    /// Dry run: what would happen.
    Planned(String),
    Failed(String),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Platform {
    /// `os/arch[/variant]`, or empty for a single-platform image.
    pub platform: String,
    pub digest: String,
}

#[derive(Debug, Clone)]
pub struct ImageResult {
    pub source: ImageRef,
    pub dest: ImageRef,
    pub digest: Option<String>,
    pub platforms: Vec<Platform>,
    pub artifacts: Vec<String>,
    pub outcome: Outcome,
    pub origin: String,
}

#[derive(Debug, Clone, Default)]
pub struct MirrorReport {
    pub images: Vec<ImageResult>,
    pub requests: u64,
    pub head_requests: u64,
    pub retries: u64,
    pub blobs_copied: u64,
    pub blobs_skipped: u64,
    pub blobs_mounted: u64,
    pub uploads_resumed: u64,
    pub manifests_pushed: u64,
    pub bytes: u64,
    pub elapsed: Duration,
}

impl MirrorReport {
    pub fn failed(&self) -> usize {
        self.images.iter().filter(|i| matches!(i.outcome, Outcome::Failed(_))).count()
    }
}

/// Reads an image list: one `IMAGE[:TAG|@DIGEST]` per line, optionally
/// followed by a selector (`semver=RANGE`, `regex=RE`, `latest=N`); `#`
/// starts a comment. A YAML lock file written by `mirror chart` (a mapping
/// with `images:` entries holding `source:`) is read too.
pub fn parse_sources(path: &Path) -> Result<Vec<SourceSpec>, OciError> {
    let text = std::fs::read_to_string(path).map_err(|e| OciError::file(path, e))?;
    let trimmed = text.trim_start();
    if trimmed.starts_with("images:") || trimmed.starts_with("kind:") || trimmed.starts_with("apiVersion:") {
        return parse_lock_sources(path, &text);
    }
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let line = line.split('#').next().unwrap_or("").trim();
        if line.is_empty() {
            continue;
        }
        let origin = format!("{}:{}", path.display(), i + 1);
        let mut parts = line.split_whitespace();
        let image_text = parts.next().unwrap_or("");
        let image = ImageRef::parse(image_text).map_err(|e| OciError::file(path, format!("line {}: {e}", i + 1)))?;
        let select = match parts.next() {
            None => TagSelector::Exact,
            Some(sel) => {
                let bad = |m: &str| OciError::file(path, format!("line {}: {m}", i + 1));
                let (k, v) = sel.split_once('=').ok_or_else(|| bad("selector must be semver=, regex= or latest="))?;
                if image.tag.is_some() || image.digest.is_some() {
                    return Err(bad("a selector needs a repository without tag or digest"));
                }
                match k {
                    "semver" => {
                        constraint::Constraint::parse(v).map_err(|e| bad(&e))?;
                        TagSelector::Semver(v.to_string())
                    }
                    "regex" => {
                        regex::Regex::new(v).map_err(|e| bad(&format!("invalid regex: {e}")))?;
                        TagSelector::Regex(v.to_string())
                    }
                    "latest" => TagSelector::Latest(v.parse().map_err(|_| bad("latest= needs a number"))?),
                    _ => return Err(bad("selector must be semver=, regex= or latest=")),
                }
            }
        };
        if let Some(extra) = parts.next() {
            return Err(OciError::file(path, format!("line {}: unexpected {extra:?}", i + 1)));
        }
        out.push(SourceSpec { image, select, origin });
    }
    Ok(out)
}

fn parse_lock_sources(path: &Path, text: &str) -> Result<Vec<SourceSpec>, OciError> {
    let docs = crate::yaml::parse_documents_as::<serde_json::Value>(text, &path.display().to_string())
        .map_err(|e| OciError::file(path, e))?;
    let doc = docs.into_iter().next().unwrap_or(Value::Null);
    let images = doc
        .get("images")
        .and_then(Value::as_array)
        .ok_or_else(|| OciError::file(path, "field `images` must be a list"))?;
    let mut out = Vec::new();
    for (i, img) in images.iter().enumerate() {
        let src = img
            .get("source")
            .and_then(Value::as_str)
            .ok_or_else(|| OciError::file(path, format!("images[{i}].source must be an image reference")))?;
        let image = ImageRef::parse(src).map_err(|e| OciError::file(path, format!("images[{i}].source: {e}")))?;
        out.push(SourceSpec { image, select: TagSelector::Exact, origin: format!("{}: images[{i}]", path.display()) });
    }
    Ok(out)
}

/// A manifest copied by digest: what a tag push needs.
#[derive(Clone)]
struct Copied {
    platforms: Vec<Platform>,
    media_type: String,
    bytes: Arc<Vec<u8>>,
    /// The tag the first push used (pushed by tag directly, saving a request).
    tagged: Option<String>,
}

/// A repository's tags.
type TagSet = Arc<BTreeSet<String>>;
type TagCell = Arc<OnceCell<TagSet>>;

/// (registry, repository, digest)
type RepoDigest = (String, String, String);

type BoxFut<'a, T> = Pin<Box<dyn Future<Output = T> + 'a>>;

struct Engine<'a> {
    client: RegistryClient,
    opts: &'a MirrorOptions,
    progress: Arc<dyn Progress>,
    jobs: Semaphore,
    blobs: Mutex<HashMap<RepoDigest, Arc<OnceCell<()>>>>,
    manifests: Mutex<HashMap<RepoDigest, Arc<OnceCell<Copied>>>>,
    /// Blobs known to be on a destination registry: (registry, digest) → repository.
    known: Mutex<HashMap<(String, String), String>>,
    /// Tag lists of source repositories (for artifact tags).
    tag_lists: Mutex<HashMap<(String, String), TagCell>>,
    /// Registries known not to serve the referrers API.
    no_referrers: Mutex<BTreeSet<String>>,
    /// One referrers-API probe per registry (true: it has the API).
    referrers_probe: Mutex<HashMap<String, Arc<OnceCell<bool>>>>,
    /// Where the state between runs lives (None: nowhere, nothing kept).
    state_dir: Option<std::path::PathBuf>,
    /// Destination registry → the state the run started with.
    states: std::sync::Mutex<HashMap<String, Arc<state::RegistryState>>>,
    /// Destination registry → what this run found (saved at the end).
    changes: std::sync::Mutex<HashMap<String, state::Changes>>,
    /// Serializes the immediate writes of upload sessions.
    upload_writes: std::sync::Mutex<()>,
}

/// Copies the images the options name to their mirror locations.
pub fn mirror_images(opts: &MirrorOptions, progress: Arc<dyn Progress>) -> Result<MirrorReport, OciError> {
    let mut client = RegistryClient::new(&opts.transport)?;
    client.per_registry = opts.jobs.max(1);
    let engine = Engine {
        client,
        opts,
        progress,
        jobs: Semaphore::new(opts.jobs.max(1)),
        blobs: Mutex::default(),
        manifests: Mutex::default(),
        known: Mutex::default(),
        no_referrers: Mutex::default(),
        referrers_probe: Mutex::default(),
        tag_lists: Mutex::default(),
        state_dir: if opts.dry_run { None } else { state::default_dir() },
        states: std::sync::Mutex::default(),
        changes: std::sync::Mutex::default(),
        upload_writes: std::sync::Mutex::default(),
    };
    let start = Instant::now();
    let images = super::block_on(engine.run());
    engine.save_state();
    let images = images??;
    let s = &engine.client.stats;
    Ok(MirrorReport {
        images,
        requests: Stats::get(&s.requests),
        head_requests: Stats::get(&s.head_requests),
        retries: Stats::get(&s.retries),
        blobs_copied: Stats::get(&s.blobs_copied),
        blobs_skipped: Stats::get(&s.blobs_skipped),
        blobs_mounted: Stats::get(&s.blobs_mounted),
        uploads_resumed: Stats::get(&s.uploads_resumed),
        manifests_pushed: Stats::get(&s.manifests_pushed),
        bytes: Stats::get(&s.bytes_uploaded),
        elapsed: start.elapsed(),
    })
}

/// Expands selectors into concrete (source, destination, origin) triples.
pub(crate) async fn expand(
    client: &RegistryClient,
    sources: &[SourceSpec],
    rules: &MirrorRules,
) -> Result<Vec<(ImageRef, ImageRef, String)>, OciError> {
    let mut work = Vec::new();
    let mut seen = BTreeSet::new();
    for spec in sources {
        let refs: Vec<ImageRef> = match &spec.select {
            TagSelector::Exact => {
                let mut r = spec.image.clone();
                if r.tag.is_none() && r.digest.is_none() {
                    r.tag = Some("latest".into());
                }
                vec![r]
            }
            sel => {
                let tags = client
                    .list_tags(&spec.image.registry, &spec.image.repository)
                    .await?
                    .ok_or_else(|| OciError::NotFound { url: format!("{} ({})", spec.image, spec.origin) })?;
                let tags: Vec<String> = tags.into_iter().filter(|t| !t.starts_with("sha256-")).collect();
                let chosen: Vec<String> = match sel {
                    TagSelector::Semver(range) => {
                        let c = constraint::Constraint::parse(range).map_err(OciError::InvalidReference)?;
                        tags.into_iter().filter(|t| constraint::tag_version(t).is_some_and(|v| c.matches(&v))).collect()
                    }
                    TagSelector::Regex(re) => {
                        let re = regex::Regex::new(&format!("^(?:{re})$"))
                            .map_err(|e| OciError::InvalidReference(format!("{}: {e}", spec.origin)))?;
                        tags.into_iter().filter(|t| re.is_match(t)).collect()
                    }
                    TagSelector::Latest(n) => {
                        let mut v: Vec<(semver::Version, String)> =
                            tags.into_iter().filter_map(|t| constraint::tag_version(&t).map(|v| (v, t))).collect();
                        v.sort();
                        v.into_iter().rev().take(*n).map(|(_, t)| t).collect()
                    }
                    TagSelector::Exact => Vec::new(),
                };
                chosen.iter().map(|t| spec.image.with_tag(t)).collect()
            }
        };
        for r in refs {
            let dst = rules.map(&r)?;
            if seen.insert((r.to_string(), dst.to_string())) {
                work.push((r, dst, spec.origin.clone()));
            }
        }
    }
    Ok(work)
}

fn platform_of(desc: &Value) -> String {
    let Some(p) = desc.get("platform") else {
        return String::new();
    };
    let s = |k: &str| p.get(k).and_then(Value::as_str).unwrap_or("");
    let mut out = format!("{}/{}", s("os"), s("architecture"));
    if !s("variant").is_empty() {
        out.push('/');
        out.push_str(s("variant"));
    }
    out
}

fn is_index(media_type: &str, v: &Value) -> bool {
    media_type.contains("index")
        || media_type.contains("manifest.list")
        || (v.get("manifests").is_some() && v.get("layers").is_none())
}

impl Engine<'_> {
    /// The state a destination registry started the run with.
    fn state(&self, registry: &str) -> Arc<state::RegistryState> {
        let Some(dir) = &self.state_dir else {
            return Arc::default();
        };
        let mut states = self.states.lock().unwrap_or_else(|e| e.into_inner());
        states.entry(registry.to_string()).or_insert_with(|| Arc::new(state::load(dir, registry))).clone()
    }

    fn change(&self, registry: &str, f: impl FnOnce(&mut state::Changes)) {
        if self.state_dir.is_some() {
            let mut c = self.changes.lock().unwrap_or_else(|e| e.into_inner());
            f(c.entry(registry.to_string()).or_default());
        }
    }

    fn save_state(&self) {
        let Some(dir) = &self.state_dir else { return };
        let changes = std::mem::take(&mut *self.changes.lock().unwrap_or_else(|e| e.into_inner()));
        let _guard = self.upload_writes.lock().unwrap_or_else(|e| e.into_inner());
        for (registry, c) in changes {
            state::save(dir, &registry, &c);
        }
    }

    /// Records an upload session (or its end) on disk at once, so that a
    /// run killed in the middle of the blob can resume it.
    fn persist_upload(&self, registry: &str, repo: &str, digest: &str, session: Option<&str>) {
        let Some(dir) = &self.state_dir else { return };
        let mut c = state::Changes::default();
        c.uploads.insert(format!("{repo}@{digest}"), session.map(str::to_string));
        let _guard = self.upload_writes.lock().unwrap_or_else(|e| e.into_inner());
        state::save(dir, registry, &c);
    }

    async fn run(&self) -> Result<Vec<ImageResult>, OciError> {
        let mut work = if self.opts.sources.is_empty() {
            Vec::new()
        } else {
            expand(&self.client, &self.opts.sources, &self.opts.rules).await?
        };
        work.extend(self.opts.pairs.iter().cloned());
        let conc = (self.opts.jobs.max(1) * 2).min(64);
        let mut results: Vec<ImageResult> = stream::iter(work.into_iter().map(|(s, d, o)| self.copy_image(s, d, o)))
            .buffer_unordered(conc)
            .collect()
            .await;
        results.sort_by(|a, b| a.source.cmp(&b.source));
        Ok(results)
    }

    async fn copy_image(&self, src: ImageRef, dst: ImageRef, origin: String) -> ImageResult {
        let item = src.to_string();
        self.progress.start(&item, 0);
        let mut r = ImageResult {
            source: src.clone(),
            dest: dst.clone(),
            digest: None,
            platforms: Vec::new(),
            artifacts: Vec::new(),
            outcome: Outcome::Copied,
            origin,
        };
        match self.copy_image_inner(&src, &dst, &mut r).await {
            Ok(outcome) => r.outcome = outcome,
            Err(e) => r.outcome = Outcome::Failed(e.to_string()),
        }
        let msg = match &r.outcome {
            Outcome::Copied => format!("copied to {dst}"),
            Outcome::UpToDate => format!("up to date at {dst}"),
            Outcome::Planned(p) => p.clone(),
            Outcome::Failed(e) => format!("FAILED: {e}"),
        };
        self.progress.finish(&item, &msg);
        r
    }

    async fn copy_image_inner(&self, src: &ImageRef, dst: &ImageRef, r: &mut ImageResult) -> Result<Outcome, OciError> {
        let reference = src.reference().unwrap_or("latest").to_string();
        // Both HEADs at once: one round trip for an image that is current.
        let (head, dst_head) = futures_util::future::join(
            self.client.head_manifest(&src.registry, &src.repository, &reference),
            self.client.head_mirror_manifest(&dst.registry, &dst.repository, &reference),
        )
        .await;
        let head = head?.ok_or_else(|| OciError::NotFound { url: src.to_string() })?;
        r.digest = Some(head.digest.clone());
        let dst_head = dst_head?;
        let up_to_date = dst_head.as_ref().is_some_and(|d| d.digest == head.digest);
        if self.opts.dry_run {
            let what = match &dst_head {
                _ if up_to_date => format!("up to date: {dst}"),
                Some(d) => format!("would update {dst} ({} -> {})", d.digest, head.digest),
                None => format!("would copy {src} -> {dst} ({})", head.digest),
            };
            return Ok(Outcome::Planned(what));
        }
        let src_repo = (src.registry.as_str(), src.repository.as_str());
        let dst_repo = (dst.registry.as_str(), dst.repository.as_str());
        let key = format!("{src} -> {dst}");
        if up_to_date {
            // Mirrored at this digest by an earlier run, which also looked for
            // its artifacts: nothing else to ask.
            let st = self.state(&dst.registry);
            if let Some(prev) = st.images.get(&key).filter(|p| p.digest == head.digest) {
                r.artifacts = prev.artifacts.clone();
                return Ok(Outcome::UpToDate);
            }
        }
        let outcome = if up_to_date {
            Outcome::UpToDate
        } else {
            let tag = src.tag.as_deref().filter(|_| src.digest.is_none());
            r.platforms = self.copy_manifest(src_repo, dst_repo, head.digest.clone(), tag.map(str::to_string)).await?;
            Outcome::Copied
        };
        if self.opts.artifacts {
            r.artifacts = self.copy_artifacts(src_repo, dst_repo, &head.digest).await?;
            let entry = state::ImageState { digest: head.digest.clone(), artifacts: r.artifacts.clone() };
            self.change(&dst.registry, |c| {
                c.images.insert(key, Some(entry));
            });
        }
        Ok(outcome)
    }

    /// Tag-convention artifacts (`sha256-<hex>.sig/.att/.sbom`, the referrers
    /// fallback tag `sha256-<hex>`) and referrers from the OCI 1.1 API.
    async fn copy_artifacts(
        &self,
        src: (&str, &str),
        dst: (&str, &str),
        digest: &str,
    ) -> Result<Vec<String>, OciError> {
        let hex = digest.trim_start_matches("sha256:");
        // One tag list per source repository (cached for the run) says which
        // artifact tags exist: no HEAD per absent signature.
        let existing = self.source_tags(src).await?;
        let tags: Vec<String> = ["", ".sig", ".att", ".sbom"]
            .iter()
            .map(|s| format!("sha256-{hex}{s}"))
            .filter(|t| existing.contains(t))
            .collect();
        let heads =
            futures_util::future::join_all(tags.iter().map(|t| self.client.head_manifest(src.0, src.1, t))).await;
        let mut copied = Vec::new();
        for (tag, head) in tags.iter().zip(heads) {
            let Some(head) = head? else { continue };
            let dst_head = self.client.head_mirror_manifest(dst.0, dst.1, tag).await?;
            if dst_head.is_none_or(|d| d.digest != head.digest) {
                self.copy_manifest(src, dst, head.digest.clone(), Some(tag.clone())).await?;
            }
            copied.push(tag.clone());
        }
        // The referrers API (HEAD first: a warm run stays HEAD-only where the
        // registry has no such API), asked until a registry says it has none.
        if !self.no_referrers.lock().await.contains(src.0) {
            let cell = self.referrers_probe.lock().await.entry(src.0.to_string()).or_default().clone();
            let has_api = *cell.get_or_try_init(|| self.client.has_referrers_api(src.0, src.1, digest)).await?;
            let list = if has_api { self.client.referrers(src.0, src.1, digest).await? } else { None };
            match list {
                None => {
                    self.no_referrers.lock().await.insert(src.0.to_string());
                }
                Some(list) => {
                    for desc in list {
                        let Some(d) = desc.get("digest").and_then(Value::as_str) else {
                            continue;
                        };
                        if self.client.head_mirror_manifest(dst.0, dst.1, d).await?.is_none() {
                            self.copy_manifest(src, dst, d.to_string(), None).await?;
                        }
                        copied.push(d.to_string());
                    }
                }
            }
        }
        Ok(copied)
    }

    /// The tags of a source repository, listed once per run.
    async fn source_tags(&self, src: (&str, &str)) -> Result<Arc<BTreeSet<String>>, OciError> {
        let key = (src.0.to_string(), src.1.to_string());
        let cell = self.tag_lists.lock().await.entry(key).or_default().clone();
        let tags = cell
            .get_or_try_init(|| async {
                let tags = self.client.list_tags(src.0, src.1).await?.unwrap_or_default();
                Ok::<_, OciError>(Arc::new(tags.into_iter().collect::<BTreeSet<String>>()))
            })
            .await?;
        Ok(tags.clone())
    }

    /// Copies a manifest (and what it references) by digest, then tags it.
    fn copy_manifest<'s>(
        &'s self,
        src: (&'s str, &'s str),
        dst: (&'s str, &'s str),
        digest: String,
        tag: Option<String>,
    ) -> BoxFut<'s, Result<Vec<Platform>, OciError>> {
        Box::pin(async move {
            // Children shared by several images are copied once.
            let key = (dst.0.to_string(), dst.1.to_string(), digest.clone());
            let cell = self.manifests.lock().await.entry(key).or_default().clone();
            let copied =
                cell.get_or_try_init(|| self.copy_manifest_once(src, dst, &digest, tag.as_deref())).await?.clone();
            if let Some(tag) = tag {
                if copied.tagged.as_deref() != Some(tag.as_str()) {
                    self.client.put_manifest(dst.0, dst.1, &tag, &copied.media_type, &copied.bytes).await?;
                }
            }
            Ok(copied.platforms)
        })
    }

    async fn copy_manifest_once(
        &self,
        src: (&str, &str),
        dst: (&str, &str),
        digest: &str,
        tag: Option<&str>,
    ) -> Result<Copied, OciError> {
        let m = self
            .client
            .get_manifest(src.0, src.1, digest)
            .await?
            .ok_or_else(|| OciError::NotFound { url: format!("{}/{}@{digest}", src.0, src.1) })?;
        let v: Value = serde_json::from_slice(&m.bytes)
            .map_err(|e| OciError::Other(format!("{}/{}@{digest}: manifest is not JSON: {e}", src.0, src.1)))?;
        let mut platforms = Vec::new();
        if is_index(&m.media_type, &v) {
            let children: Vec<Value> = v.get("manifests").and_then(Value::as_array).cloned().unwrap_or_default();
            let tasks = children.iter().map(|c| async move {
                let d = c.get("digest").and_then(Value::as_str).ok_or_else(|| {
                    OciError::Other(format!("{}/{}@{digest}: index entry without digest", src.0, src.1))
                })?;
                if self.client.head_mirror_manifest(dst.0, dst.1, d).await?.is_none() {
                    self.copy_manifest(src, dst, d.to_string(), None).await?;
                }
                Ok::<_, OciError>(Platform { platform: platform_of(c), digest: d.to_string() })
            });
            for p in futures_util::future::join_all(tasks).await {
                platforms.push(p?);
            }
        } else if v.get("schemaVersion").and_then(Value::as_u64) == Some(2) {
            let mut blobs: Vec<(String, u64)> = Vec::new();
            for d in v.get("config").into_iter().chain(v.get("layers").and_then(Value::as_array).into_iter().flatten())
            {
                // Foreign layers (with urls) stay where they are, as registries expect.
                if d.get("urls").is_some() {
                    continue;
                }
                let Some(digest) = d.get("digest").and_then(Value::as_str) else {
                    continue;
                };
                blobs.push((digest.to_string(), d.get("size").and_then(Value::as_u64).unwrap_or(0)));
            }
            let tasks = blobs.iter().map(|(d, size)| self.copy_blob(src, dst, d, *size));
            for r in futures_util::future::join_all(tasks).await {
                r?;
            }
            platforms.push(Platform { platform: String::new(), digest: digest.to_string() });
        } else {
            return Err(OciError::Other(format!(
                "{}/{}@{digest}: unsupported manifest type {:?} (schema 1 images cannot keep their digest)",
                src.0, src.1, m.media_type
            )));
        }
        // A push by tag stores the manifest under its digest too.
        let pushed = self.client.put_manifest(dst.0, dst.1, tag.unwrap_or(digest), &m.media_type, &m.bytes).await?;
        if pushed != digest {
            return Err(OciError::Other(format!("{}/{}: pushed digest {pushed} differs from {digest}", dst.0, dst.1)));
        }
        Ok(Copied { platforms, media_type: m.media_type, bytes: Arc::new(m.bytes), tagged: tag.map(str::to_string) })
    }

    async fn copy_blob(&self, src: (&str, &str), dst: (&str, &str), digest: &str, size: u64) -> Result<(), OciError> {
        let key = (dst.0.to_string(), dst.1.to_string(), digest.to_string());
        let cell = self.blobs.lock().await.entry(key).or_default().clone();
        cell.get_or_try_init(|| self.copy_blob_once(src, dst, digest, size)).await?;
        Ok(())
    }

    async fn copy_blob_once(
        &self,
        src: (&str, &str),
        dst: (&str, &str),
        digest: &str,
        size: u64,
    ) -> Result<(), OciError> {
        let c = &self.client;
        if c.head_blob(dst.0, dst.1, digest).await?.is_some() {
            c.stats.blobs_skipped.fetch_add(1, Ordering::Relaxed);
            self.known.lock().await.insert((dst.0.to_string(), digest.to_string()), dst.1.to_string());
            return Ok(());
        }
        // A chunked upload an earlier run left unfinished: carry on where the
        // registry says it stands.
        let saved = self.state(dst.0).uploads.get(&format!("{}@{digest}", dst.1)).cloned();
        if let Some(saved) = saved.filter(|_| size > self.opts.chunk_size) {
            if let Ok(Some(offset)) = c.upload_offset(dst.0, dst.1, &saved).await {
                if offset > 0 && offset <= size {
                    let _permit = self.jobs.acquire().await.map_err(|e| OciError::Other(e.to_string()))?;
                    c.stats.uploads_resumed.fetch_add(1, Ordering::Relaxed);
                    self.upload_chunked(src, dst, digest, size, saved, offset).await?;
                    c.stats.blobs_copied.fetch_add(1, Ordering::Relaxed);
                    self.known.lock().await.insert((dst.0.to_string(), digest.to_string()), dst.1.to_string());
                    return Ok(());
                }
            }
        }
        // Mount from a repository of the same registry that has it.
        let from = {
            let known = self.known.lock().await;
            known.get(&(dst.0.to_string(), digest.to_string())).cloned()
        }
        .or_else(|| (src.0 == dst.0).then(|| src.1.to_string()));
        let mut session = None;
        if let Some(from) = from.filter(|f| f != dst.1) {
            match c.mount_blob(dst.0, dst.1, digest, &from).await? {
                super::client::MountResult::Mounted => {
                    self.known.lock().await.insert((dst.0.to_string(), digest.to_string()), dst.1.to_string());
                    return Ok(());
                }
                super::client::MountResult::Upload(s) => session = Some(s),
            }
        }
        let _permit = self.jobs.acquire().await.map_err(|e| OciError::Other(e.to_string()))?;
        // Registries that answered 429 get fewer transfers at a time.
        let (dst_limit, src_limit) = (c.host_limit(dst.0), c.host_limit(src.0));
        let _dst_permit = dst_limit.acquire().await.map_err(|e| OciError::Other(e.to_string()))?;
        let _src_permit = if src.0 != dst.0 {
            Some(src_limit.acquire().await.map_err(|e| OciError::Other(e.to_string()))?)
        } else {
            None
        };
        let session = match session {
            Some(s) => s,
            None => c.start_upload(dst.0, dst.1).await?,
        };
        if size > self.opts.chunk_size {
            self.persist_upload(dst.0, dst.1, digest, Some(&session));
            self.upload_chunked(src, dst, digest, size, session, 0).await?;
        } else {
            self.upload_monolithic(src, dst, digest, size, session).await?;
        }
        c.stats.blobs_copied.fetch_add(1, Ordering::Relaxed);
        self.known.lock().await.insert((dst.0.to_string(), digest.to_string()), dst.1.to_string());
        Ok(())
    }

    fn item(src: (&str, &str)) -> String {
        format!("{}/{}", src.0, src.1)
    }

    /// GET from the source streamed straight into one PUT.
    async fn upload_monolithic(
        &self,
        src: (&str, &str),
        dst: (&str, &str),
        digest: &str,
        size: u64,
        mut session: String,
    ) -> Result<(), OciError> {
        let c = &self.client;
        let mut attempt = 0u32;
        loop {
            let (resp, _) = c.get_blob(src.0, src.1, digest, 0).await?;
            let url = with_query(&session, &format!("digest={digest}"));
            let progress = self.progress.clone();
            let stats = c.stats.clone();
            let item = Self::item(src);
            let body = reqwest::Body::wrap_stream(resp.bytes_stream().map(move |chunk| {
                if let Ok(b) = &chunk {
                    progress.bytes(&item, b.len() as u64);
                    stats.bytes_uploaded.fetch_add(b.len() as u64, Ordering::Relaxed);
                }
                chunk
            }));
            let rb = c
                .http()
                .put(&url)
                .header(CONTENT_TYPE, "application/octet-stream")
                .header(CONTENT_LENGTH, size)
                .body(body);
            let failure = match c.send_once(dst.0, &push_scope(dst.1), &url, rb).await {
                Ok(resp) if resp.status().is_success() => return Ok(()),
                Ok(resp) if matches!(resp.status().as_u16(), 408 | 429 | 500 | 502 | 503 | 504) => {
                    let wait = retry_after(resp.headers());
                    (format!("{}", resp.status()), wait)
                }
                Ok(resp) => {
                    check(resp, &url).await?;
                    return Ok(());
                }
                Err(e) => (e.to_string(), None),
            };
            attempt += 1;
            if attempt >= c.retry.attempts {
                return Err(OciError::Http {
                    url: format!("{}/{}@{digest}", dst.0, dst.1),
                    message: format!("upload failed {attempt} times, last: {}", failure.0),
                });
            }
            c.stats.retries.fetch_add(1, Ordering::Relaxed);
            tokio::time::sleep(failure.1.unwrap_or_else(|| c.backoff(attempt)).min(c.retry.max_delay)).await;
            session = c.start_upload(dst.0, dst.1).await?;
        }
    }

    /// PATCH chunks; after a failure ask the registry how much it holds and
    /// carry on from there (a ranged GET on the source), else start over.
    async fn upload_chunked(
        &self,
        src: (&str, &str),
        dst: (&str, &str),
        digest: &str,
        size: u64,
        mut session: String,
        start: u64,
    ) -> Result<(), OciError> {
        let c = &self.client;
        let mut offset = start;
        let mut attempt = 0u32;
        loop {
            match self.pump(src, dst, digest, size, &mut session, &mut offset).await {
                Ok(()) => break,
                Err((msg, wait)) => {
                    attempt += 1;
                    if attempt >= c.retry.attempts {
                        return Err(OciError::Http {
                            url: format!("{}/{}@{digest}", dst.0, dst.1),
                            message: format!("chunked upload failed {attempt} times, last: {msg}"),
                        });
                    }
                    c.stats.retries.fetch_add(1, Ordering::Relaxed);
                    tokio::time::sleep(wait.unwrap_or_else(|| c.backoff(attempt)).min(c.retry.max_delay)).await;
                    match c.upload_offset(dst.0, dst.1, &session).await {
                        Ok(Some(n)) if n <= size => {
                            if n > 0 {
                                c.stats.uploads_resumed.fetch_add(1, Ordering::Relaxed);
                            }
                            offset = n;
                        }
                        _ => {
                            session = c.start_upload(dst.0, dst.1).await?;
                            self.persist_upload(dst.0, dst.1, digest, Some(&session));
                            offset = 0;
                        }
                    }
                }
            }
        }
        let url = with_query(&session, &format!("digest={digest}"));
        let resp = c
            .send(dst.0, &push_scope(dst.1), &url, |h| {
                h.put(&url).header(CONTENT_LENGTH, 0).header(CONTENT_TYPE, "application/octet-stream")
            })
            .await?;
        check(resp, &url).await?;
        self.change(dst.0, |c| {
            c.uploads.insert(format!("{}@{digest}", dst.1), None);
        });
        Ok(())
    }

    async fn pump(
        &self,
        src: (&str, &str),
        dst: (&str, &str),
        digest: &str,
        size: u64,
        session: &mut String,
        offset: &mut u64,
    ) -> Result<(), (String, Option<Duration>)> {
        let c = &self.client;
        let chunk = self.opts.chunk_size.max(1) as usize;
        if *offset >= size {
            return Ok(());
        }
        let (resp, start) = c.get_blob(src.0, src.1, digest, *offset).await.map_err(|e| (e.to_string(), None))?;
        let mut skip = *offset - start;
        let mut stream = resp.bytes_stream();
        let mut buf: Vec<u8> = Vec::with_capacity(chunk.min(size as usize));
        let base = c.base(dst.0);
        loop {
            let next = stream.next().await;
            let done = match next {
                Some(Ok(mut b)) => {
                    if skip > 0 {
                        let n = (skip as usize).min(b.len());
                        b = b.slice(n..);
                        skip -= n as u64;
                    }
                    buf.extend_from_slice(&b);
                    false
                }
                Some(Err(e)) => return Err((format!("reading the source blob: {e}"), None)),
                None => true,
            };
            while buf.len() >= chunk || (done && !buf.is_empty()) {
                let n = buf.len().min(chunk);
                let part: Vec<u8> = buf.drain(..n).collect();
                let end = *offset + n as u64 - 1;
                let rb = c
                    .http()
                    .patch(session.as_str())
                    .header(CONTENT_TYPE, "application/octet-stream")
                    .header("Content-Range", format!("{}-{end}", *offset))
                    .header(CONTENT_LENGTH, n)
                    .body(part);
                let resp =
                    c.send_once(dst.0, &push_scope(dst.1), session, rb).await.map_err(|e| (e.to_string(), None))?;
                let status = resp.status();
                if status != StatusCode::ACCEPTED && status != StatusCode::NO_CONTENT {
                    let wait = retry_after(resp.headers());
                    return Err((format!("PATCH answered {status}"), wait));
                }
                if let Some(loc) = resp.headers().get("location").and_then(|l| l.to_str().ok()) {
                    *session = super::client::absolute(loc, &base);
                    // The registry checks the offset its session state names:
                    // keep the newest one for a later run.
                    self.persist_upload(dst.0, dst.1, digest, Some(session));
                }
                *offset += n as u64;
                self.progress.bytes(&Self::item(src), n as u64);
                c.stats.bytes_uploaded.fetch_add(n as u64, Ordering::Relaxed);
            }
            if done {
                return if *offset >= size { Ok(()) } else { Err(("source blob ended early".into(), None)) };
            }
        }
    }
}
