//! A small registry client for the distribution API, on reqwest.
//!
//! oci-client covers chart push/pull, but mirroring needs what its API does
//! not expose: response headers (Retry-After, Range of an upload in
//! progress, Link for tag pages), resuming a chunked upload at the offset
//! the registry reports, cross-repository mounts with a fallback, HEAD-only
//! checks, and counting every request. This client does those with the
//! same transport stack (reqwest + rustls) and docker-config credentials.
use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Duration;

use reqwest::header::{HeaderMap, HeaderValue, ACCEPT, CONTENT_LENGTH, CONTENT_TYPE, WWW_AUTHENTICATE};
use reqwest::{Method, RequestBuilder, Response, StatusCode};
use tokio::sync::Mutex;

use super::auth::{self, Credential};
use super::reference::api_host;
use super::{OciError, TransportOptions};

/// Manifest media types we ask for and copy.
pub const MANIFEST_ACCEPT: &str = "application/vnd.oci.image.index.v1+json, \
application/vnd.docker.distribution.manifest.list.v2+json, \
application/vnd.oci.image.manifest.v1+json, \
application/vnd.docker.distribution.manifest.v2+json, \
application/vnd.docker.distribution.manifest.v1+prettyjws";

/// Counters for the summary and the benchmark.
#[derive(Debug, Default)]
pub struct Stats {
    pub requests: AtomicU64,
    pub head_requests: AtomicU64,
    pub retries: AtomicU64,
    pub bytes_uploaded: AtomicU64,
    pub blobs_copied: AtomicU64,
    pub blobs_skipped: AtomicU64,
    pub blobs_mounted: AtomicU64,
    pub manifests_pushed: AtomicU64,
    pub uploads_resumed: AtomicU64,
}

impl Stats {
    pub fn get(c: &AtomicU64) -> u64 {
        c.load(Ordering::Relaxed)
    }
    fn add(c: &AtomicU64, n: u64) {
        c.fetch_add(n, Ordering::Relaxed);
    }
}

#[derive(Debug, Clone)]
enum HostAuth {
    Basic,
    Bearer { realm: String, service: Option<String> },
}

/// A registry's transfer semaphore and how many permits it has now.
type HostLimit = (Arc<tokio::sync::Semaphore>, Arc<std::sync::atomic::AtomicUsize>);

/// Retry policy for transient failures (connection errors, 429, 5xx).
#[derive(Debug, Clone)]
pub struct RetryPolicy {
    pub attempts: u32,
    pub base: Duration,
    pub max_delay: Duration,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy { attempts: 6, base: Duration::from_millis(200), max_delay: Duration::from_secs(30) }
    }
}

/// A manifest as the registry serves it.
#[derive(Debug, Clone)]
pub struct Manifest {
    pub bytes: Vec<u8>,
    pub media_type: String,
    pub digest: String,
}

/// What a HEAD on a manifest tells.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ManifestHead {
    pub digest: String,
    pub media_type: String,
}

pub struct RegistryClient {
    http: reqwest::Client,
    opts: TransportOptions,
    config_path: PathBuf,
    creds: Mutex<HashMap<String, Credential>>,
    host_auth: Mutex<HashMap<String, HostAuth>>,
    tokens: Mutex<HashMap<(String, String), String>>,
    /// Per-registry transfer limits, lowered when a registry answers 429.
    limits: std::sync::Mutex<HashMap<String, HostLimit>>,
    /// Starting per-registry limit (the global --jobs).
    pub per_registry: usize,
    /// Registries that stopped answering: later requests fail at once.
    down: Mutex<std::collections::HashSet<String>>,
    /// Hosts that answered 429: their own concurrency limit.
    pub stats: Arc<Stats>,
    pub retry: RetryPolicy,
}

impl RegistryClient {
    pub fn new(opts: &TransportOptions) -> Result<RegistryClient, OciError> {
        super::install_crypto_provider();
        let mut b = reqwest::Client::builder()
            .user_agent(concat!("kforge/", env!("CARGO_PKG_VERSION")))
            .connect_timeout(Duration::from_secs(20))
            .read_timeout(Duration::from_secs(120))
            .pool_max_idle_per_host(32);
        if opts.insecure_skip_tls_verify {
            b = b.tls_danger_accept_invalid_certs(true);
        }
        if let Some(ca) = &opts.ca_file {
            let pem = std::fs::read(ca).map_err(|e| OciError::file(ca, format!("cannot read CA file: {e}")))?;
            let certs = reqwest::Certificate::from_pem_bundle(&pem)
                .map_err(|e| OciError::file(ca, format!("not a PEM certificate bundle: {e}")))?;
            if certs.is_empty() {
                return Err(OciError::file(ca, "no PEM certificate in the CA file"));
            }
            b = b.tls_certs_merge(certs);
        }
        let http = b.build().map_err(|e| OciError::Other(format!("cannot set up HTTP client: {e}")))?;
        Ok(RegistryClient {
            http,
            config_path: auth::config_path(opts.registry_config.as_deref()),
            opts: opts.clone(),
            creds: Mutex::default(),
            host_auth: Mutex::default(),
            tokens: Mutex::default(),
            down: Mutex::default(),
            limits: std::sync::Mutex::default(),
            per_registry: 8,
            stats: Arc::default(),
            retry: RetryPolicy::default(),
        })
    }

    pub fn http(&self) -> &reqwest::Client {
        &self.http
    }

    /// `http(s)://HOST` for API requests.
    pub fn base(&self, registry: &str) -> String {
        let plain = self.opts.plain_http || self.opts.plain_http_hosts.iter().any(|h| h == registry);
        let scheme = if plain { "http" } else { "https" };
        format!("{scheme}://{}", api_host(registry))
    }

    /// The credential for a registry: command-line ones first, then the docker config.
    pub async fn credential(&self, registry: &str) -> Result<Credential, OciError> {
        if let (Some(u), Some(p)) = (&self.opts.username, &self.opts.password) {
            return Ok(Credential::Basic { username: u.clone(), password: p.clone() });
        }
        let mut creds = self.creds.lock().await;
        if let Some(c) = creds.get(registry) {
            return Ok(c.clone());
        }
        let path = self.config_path.clone();
        let host = registry.to_string();
        let c = tokio::task::spawn_blocking(move || auth::resolve(&host, &path))
            .await
            .map_err(|e| OciError::Other(format!("credential lookup failed: {e}")))??;
        creds.insert(registry.to_string(), c.clone());
        Ok(c)
    }

    async fn authorize(&self, rb: RequestBuilder, registry: &str, scope: &str) -> Result<RequestBuilder, OciError> {
        Ok(self.authorize_flag(rb, registry, scope).await?.0)
    }

    /// Adds what the registry asked for before; says whether anything was added.
    async fn authorize_flag(
        &self,
        rb: RequestBuilder,
        registry: &str,
        scope: &str,
    ) -> Result<(RequestBuilder, bool), OciError> {
        let state = self.host_auth.lock().await.get(registry).cloned();
        match state {
            None => Ok((rb, false)),
            Some(HostAuth::Basic) => match self.credential(registry).await? {
                Credential::Basic { username, password } => Ok((rb.basic_auth(username, Some(password)), true)),
                _ => Ok((rb, false)),
            },
            Some(HostAuth::Bearer { realm, service }) => {
                let key = (registry.to_string(), scope.to_string());
                let cached = self.tokens.lock().await.get(&key).cloned();
                let token = match cached {
                    Some(t) => t,
                    None => self.fetch_token(registry, &realm, service.as_deref(), scope).await?,
                };
                Ok((rb.bearer_auth(token), true))
            }
        }
    }

    async fn fetch_token(
        &self,
        registry: &str,
        realm: &str,
        service: Option<&str>,
        scope: &str,
    ) -> Result<String, OciError> {
        let cred = self.credential(registry).await?;
        let mut query: Vec<(&str, &str)> = Vec::new();
        if let Some(s) = service {
            query.push(("service", s));
        }
        for s in scope.split(' ').filter(|s| !s.is_empty()) {
            query.push(("scope", s));
        }
        let rb = match &cred {
            Credential::IdentityToken(tok) => {
                let mut form = query.clone();
                form.push(("grant_type", "refresh_token"));
                form.push(("refresh_token", tok));
                form.push(("client_id", "kforge"));
                let body = form
                    .iter()
                    .map(|(k, v)| format!("{}={}", urlencode(k), urlencode(v)))
                    .collect::<Vec<_>>()
                    .join("&");
                self.http.post(realm).header(CONTENT_TYPE, "application/x-www-form-urlencoded").body(body)
            }
            Credential::Basic { username, password } => {
                self.http.get(realm).query(&query).basic_auth(username, Some(password))
            }
            Credential::Anonymous => self.http.get(realm).query(&query),
        };
        Stats::add(&self.stats.requests, 1);
        let resp = rb.send().await.map_err(|e| http_err(realm, e))?;
        let status = resp.status();
        if status == StatusCode::UNAUTHORIZED || status == StatusCode::FORBIDDEN {
            return Err(OciError::Unauthorized {
                url: strip_query(realm),
                host: registry.to_string(),
                status: status.as_u16(),
            });
        }
        if !status.is_success() {
            return Err(OciError::Http {
                url: strip_query(realm),
                message: format!("token request answered {status}"),
            });
        }
        let v: serde_json::Value = resp.json().await.map_err(|e| http_err(realm, e))?;
        let token = v
            .get("token")
            .or_else(|| v.get("access_token"))
            .and_then(|t| t.as_str())
            .filter(|t| !t.is_empty())
            .ok_or_else(|| OciError::Http { url: strip_query(realm), message: "token response has no token".into() })?
            .to_string();
        self.tokens.lock().await.insert((registry.to_string(), scope.to_string()), token.clone());
        Ok(token)
    }

    async fn on_challenge(&self, registry: &str, scope: &str, headers: &HeaderMap, url: &str) -> Result<(), OciError> {
        let unauthorized = || OciError::Unauthorized { url: url.to_string(), host: registry.to_string(), status: 401 };
        let Some(ch) = headers.get(WWW_AUTHENTICATE).and_then(|h| h.to_str().ok()) else {
            return Err(unauthorized());
        };
        let ch = parse_challenge(ch).ok_or_else(unauthorized)?;
        match ch {
            Challenge::Basic => {
                if matches!(self.credential(registry).await?, Credential::Anonymous) {
                    return Err(unauthorized());
                }
                self.host_auth.lock().await.insert(registry.to_string(), HostAuth::Basic);
            }
            Challenge::Bearer { realm, service, scope: ch_scope } => {
                // The registry's scope wins when it names one we did not ask for.
                let scope = match ch_scope {
                    Some(s) if !scope.contains(&s) => format!("{scope} {s}").trim().to_string(),
                    _ => scope.to_string(),
                };
                self.tokens.lock().await.remove(&(registry.to_string(), scope.clone()));
                self.host_auth
                    .lock()
                    .await
                    .insert(registry.to_string(), HostAuth::Bearer { realm: realm.clone(), service: service.clone() });
                self.fetch_token(registry, &realm, service.as_deref(), &scope).await?;
            }
        }
        Ok(())
    }

    /// Sends a request built by `make` (called again for each attempt) with
    /// authentication, challenge handling and retries on transient failures.
    pub async fn send<F>(&self, registry: &str, scope: &str, url: &str, make: F) -> Result<Response, OciError>
    where
        F: Fn(&reqwest::Client) -> RequestBuilder,
    {
        let mut attempt = 0u32;
        let mut challenged = 0;
        if self.down.lock().await.contains(registry) {
            return Err(OciError::Http {
                url: strip_query(url),
                message: format!("registry {registry} is not answering"),
            });
        }
        loop {
            let (rb, sent_auth) = self.authorize_flag(make(&self.http), registry, scope).await?;
            let is_head = rb.try_clone().and_then(|r| r.build().ok()).is_some_and(|r| r.method() == Method::HEAD);
            Stats::add(&self.stats.requests, 1);
            if is_head {
                Stats::add(&self.stats.head_requests, 1);
            }
            match rb.send().await {
                Err(e) => {
                    if attempt + 1 < self.retry.attempts
                        && (e.is_connect() || e.is_timeout() || e.is_request() || e.is_body())
                        && !is_tls_failure(&e)
                    {
                        Stats::add(&self.stats.retries, 1);
                        tokio::time::sleep(self.backoff(attempt)).await;
                        attempt += 1;
                        continue;
                    }
                    if e.is_connect() {
                        self.down.lock().await.insert(registry.to_string());
                    }
                    return Err(http_err(url, e));
                }
                Ok(resp) => {
                    let status = resp.status();
                    // Answer a challenge when we sent nothing (first contact), or
                    // once more for a bearer token that may have expired.
                    let bearer = matches!(self.host_auth.lock().await.get(registry), Some(HostAuth::Bearer { .. }));
                    if status == StatusCode::UNAUTHORIZED
                        && (!sent_auth || (bearer && challenged == 0))
                        && challenged < 2
                    {
                        challenged += 1;
                        self.on_challenge(registry, scope, resp.headers(), &strip_query(url)).await?;
                        continue;
                    }
                    if status == StatusCode::TOO_MANY_REQUESTS {
                        self.throttle(registry);
                    }
                    if is_transient(status) && attempt + 1 < self.retry.attempts {
                        Stats::add(&self.stats.retries, 1);
                        let wait = retry_after(resp.headers()).unwrap_or_else(|| self.backoff(attempt));
                        tokio::time::sleep(wait.min(self.retry.max_delay)).await;
                        attempt += 1;
                        continue;
                    }
                    if status == StatusCode::UNAUTHORIZED || status == StatusCode::FORBIDDEN {
                        return Err(OciError::Unauthorized {
                            url: strip_query(url),
                            host: registry.to_string(),
                            status: status.as_u16(),
                        });
                    }
                    return Ok(resp);
                }
            }
        }
    }

    /// One attempt, authenticated, no retries (for streamed bodies).
    pub async fn send_once(
        &self,
        registry: &str,
        scope: &str,
        url: &str,
        rb: RequestBuilder,
    ) -> Result<Response, OciError> {
        let rb = self.authorize(rb, registry, scope).await?;
        Stats::add(&self.stats.requests, 1);
        rb.send().await.map_err(|e| http_err(url, e))
    }

    /// The transfer limit of one registry (starts at `per_registry`).
    pub fn host_limit(&self, registry: &str) -> Arc<tokio::sync::Semaphore> {
        let mut l = self.limits.lock().unwrap_or_else(|e| e.into_inner());
        let n = self.per_registry.max(1);
        l.entry(registry.to_string())
            .or_insert_with(|| {
                (Arc::new(tokio::sync::Semaphore::new(n)), Arc::new(std::sync::atomic::AtomicUsize::new(n)))
            })
            .0
            .clone()
    }

    /// A 429: halve the registry's transfer limit (down to one).
    fn throttle(&self, registry: &str) {
        let l = self.limits.lock().unwrap_or_else(|e| e.into_inner());
        if let Some((sem, total)) = l.get(registry) {
            let t = total.load(Ordering::Relaxed);
            let cut = t / 2;
            if cut > 0 {
                let forgotten = sem.forget_permits(cut);
                total.fetch_sub(forgotten, Ordering::Relaxed);
            }
        }
    }

    pub fn backoff(&self, attempt: u32) -> Duration {
        let d = self.retry.base.saturating_mul(1u32 << attempt.min(10));
        d.min(self.retry.max_delay)
    }

    // ---- distribution API -------------------------------------------------

    fn repo_url(&self, registry: &str, repo: &str, tail: &str) -> String {
        format!("{}/v2/{repo}/{tail}", self.base(registry))
    }

    /// Checks that the registry answers and accepts our credentials (GET /v2/).
    pub async fn ping(&self, registry: &str) -> Result<(), OciError> {
        let url = format!("{}/v2/", self.base(registry));
        let resp = self.send(registry, "", &url, |c| c.get(&url)).await?;
        check(resp, &url).await.map(|_| ())
    }

    /// HEAD a manifest by tag or digest: `None` when it does not exist.
    pub async fn head_manifest(
        &self,
        registry: &str,
        repo: &str,
        reference: &str,
    ) -> Result<Option<ManifestHead>, OciError> {
        self.head_manifest_as(registry, repo, reference, false).await
    }

    /// HEAD a manifest on a mirror about to be written: as `head_manifest`,
    /// but a server error left after the retries counts as absent, so the
    /// manifest is pushed again (a tag link a stopped registry left empty
    /// answers 500 until then; see `head_blob`).
    pub async fn head_mirror_manifest(
        &self,
        registry: &str,
        repo: &str,
        reference: &str,
    ) -> Result<Option<ManifestHead>, OciError> {
        self.head_manifest_as(registry, repo, reference, true).await
    }

    async fn head_manifest_as(
        &self,
        registry: &str,
        repo: &str,
        reference: &str,
        server_error_is_absent: bool,
    ) -> Result<Option<ManifestHead>, OciError> {
        let url = self.repo_url(registry, repo, &format!("manifests/{reference}"));
        let scope = pull_scope(repo);
        let resp = self.send(registry, &scope, &url, |c| c.head(&url).header(ACCEPT, MANIFEST_ACCEPT)).await?;
        if resp.status() == StatusCode::NOT_FOUND || (server_error_is_absent && resp.status().is_server_error()) {
            return Ok(None);
        }
        let resp = check(resp, &url).await?;
        let digest = header_str(resp.headers(), "docker-content-digest");
        let media_type = header_str(resp.headers(), CONTENT_TYPE.as_str());
        match digest {
            Some(d) => Ok(Some(ManifestHead { digest: d, media_type: media_type.unwrap_or_default() })),
            None if reference.starts_with("sha256:") => {
                Ok(Some(ManifestHead { digest: reference.to_string(), media_type: media_type.unwrap_or_default() }))
            }
            None => {
                // No digest header: fall back to GET and hash.
                Ok(self
                    .get_manifest(registry, repo, reference)
                    .await?
                    .map(|m| ManifestHead { digest: m.digest, media_type: m.media_type }))
            }
        }
    }

    /// GET a manifest; its digest is computed from the bytes and checked
    /// against a digest reference.
    pub async fn get_manifest(
        &self,
        registry: &str,
        repo: &str,
        reference: &str,
    ) -> Result<Option<Manifest>, OciError> {
        let url = self.repo_url(registry, repo, &format!("manifests/{reference}"));
        let scope = pull_scope(repo);
        let resp = self.send(registry, &scope, &url, |c| c.get(&url).header(ACCEPT, MANIFEST_ACCEPT)).await?;
        if resp.status() == StatusCode::NOT_FOUND {
            return Ok(None);
        }
        let resp = check(resp, &url).await?;
        let media_type = header_str(resp.headers(), CONTENT_TYPE.as_str()).unwrap_or_default();
        let bytes = resp.bytes().await.map_err(|e| http_err(&url, e))?.to_vec();
        let digest = super::sha256_digest(&bytes);
        if reference.starts_with("sha256:") && reference != digest {
            return Err(OciError::Http { url, message: format!("manifest digest is {digest}, expected {reference}") });
        }
        let media_type = if media_type.is_empty() || media_type == "application/json" {
            serde_json::from_slice::<serde_json::Value>(&bytes)
                .ok()
                .and_then(|v| v.get("mediaType").and_then(|m| m.as_str()).map(str::to_string))
                .unwrap_or(media_type)
        } else {
            media_type
        };
        Ok(Some(Manifest { bytes, media_type, digest }))
    }

    /// PUT a manifest under a tag or its digest; returns the digest.
    pub async fn put_manifest(
        &self,
        registry: &str,
        repo: &str,
        reference: &str,
        media_type: &str,
        bytes: &[u8],
    ) -> Result<String, OciError> {
        let url = self.repo_url(registry, repo, &format!("manifests/{reference}"));
        let scope = push_scope(repo);
        let body = bytes.to_vec();
        let resp = self
            .send(registry, &scope, &url, |c| c.put(&url).header(CONTENT_TYPE, media_type).body(body.clone()))
            .await?;
        check(resp, &url).await?;
        Stats::add(&self.stats.manifests_pushed, 1);
        Ok(super::sha256_digest(bytes))
    }

    pub async fn delete_manifest(&self, registry: &str, repo: &str, digest: &str) -> Result<(), OciError> {
        let url = self.repo_url(registry, repo, &format!("manifests/{digest}"));
        let scope = format!("repository:{repo}:delete");
        let resp = self.send(registry, &scope, &url, |c| c.delete(&url)).await?;
        check(resp, &url).await.map(|_| ())
    }

    /// HEAD a blob: its size when present. A blob the registry still cannot
    /// answer for after the retries (a server error) counts as absent, so
    /// the caller uploads it again: a registry stopped while it linked a blob
    /// into a repository can leave that link empty, and it then answers 500
    /// for the blob until it is uploaded again. A registry that is broken
    /// for good fails the upload with its own error.
    pub async fn head_blob(&self, registry: &str, repo: &str, digest: &str) -> Result<Option<u64>, OciError> {
        let url = self.repo_url(registry, repo, &format!("blobs/{digest}"));
        let scope = pull_scope(repo);
        let resp = self.send(registry, &scope, &url, |c| c.head(&url)).await?;
        if resp.status() == StatusCode::NOT_FOUND || resp.status().is_server_error() {
            return Ok(None);
        }
        let resp = check(resp, &url).await?;
        Ok(Some(header_str(resp.headers(), CONTENT_LENGTH.as_str()).and_then(|s| s.parse().ok()).unwrap_or(0)))
    }

    /// GET a blob from `offset` on (a ranged request when offset > 0).
    /// Returns the response and the offset its body actually starts at.
    pub async fn get_blob(
        &self,
        registry: &str,
        repo: &str,
        digest: &str,
        offset: u64,
    ) -> Result<(Response, u64), OciError> {
        let url = self.repo_url(registry, repo, &format!("blobs/{digest}"));
        let scope = pull_scope(repo);
        let resp = self
            .send(registry, &scope, &url, |c| {
                let rb = c.get(&url);
                if offset > 0 {
                    rb.header("Range", format!("bytes={offset}-"))
                } else {
                    rb
                }
            })
            .await?;
        let resp = check(resp, &url).await?;
        let start = if resp.status() == StatusCode::PARTIAL_CONTENT { offset } else { 0 };
        Ok((resp, start))
    }

    /// GET a whole blob into memory (small blobs: configs, charts).
    pub async fn get_blob_bytes(&self, registry: &str, repo: &str, digest: &str) -> Result<Vec<u8>, OciError> {
        let (resp, _) = self.get_blob(registry, repo, digest, 0).await?;
        let url = self.repo_url(registry, repo, &format!("blobs/{digest}"));
        let bytes = resp.bytes().await.map_err(|e| http_err(&url, e))?.to_vec();
        let got = super::sha256_digest(&bytes);
        if got != digest {
            return Err(OciError::Http { url, message: format!("blob digest is {got}, expected {digest}") });
        }
        Ok(bytes)
    }

    /// Tries a cross-repository mount; true when the registry mounted the blob.
    /// Otherwise the upload session the registry opened is returned for reuse.
    pub async fn mount_blob(
        &self,
        registry: &str,
        repo: &str,
        digest: &str,
        from: &str,
    ) -> Result<MountResult, OciError> {
        let url = format!("{}?mount={digest}&from={from}", self.repo_url(registry, repo, "blobs/uploads/"));
        let scope = format!("{} {}", push_scope(repo), pull_scope(from));
        let resp = self.send(registry, &scope, &url, |c| c.post(&url).header(CONTENT_LENGTH, "0")).await?;
        let status = resp.status();
        if status == StatusCode::CREATED {
            Stats::add(&self.stats.blobs_mounted, 1);
            return Ok(MountResult::Mounted);
        }
        if status == StatusCode::ACCEPTED {
            let loc = location(&resp, &self.base(registry), &url)?;
            return Ok(MountResult::Upload(loc));
        }
        check(resp, &url).await?;
        Err(OciError::Http { url, message: format!("unexpected status {status} for a mount") })
    }

    /// Opens an upload session; returns its absolute URL.
    pub async fn start_upload(&self, registry: &str, repo: &str) -> Result<String, OciError> {
        let url = self.repo_url(registry, repo, "blobs/uploads/");
        let scope = push_scope(repo);
        let resp = self.send(registry, &scope, &url, |c| c.post(&url).header(CONTENT_LENGTH, "0")).await?;
        if resp.status() != StatusCode::ACCEPTED {
            let status = resp.status();
            check(resp, &url).await?;
            return Err(OciError::Http { url, message: format!("upload start answered {status}") });
        }
        location(&resp, &self.base(registry), &url)
    }

    /// Asks an upload session how many bytes it holds (`Range: 0-N` → N+1).
    pub async fn upload_offset(&self, registry: &str, repo: &str, session: &str) -> Result<Option<u64>, OciError> {
        let scope = push_scope(repo);
        let resp = self.send(registry, &scope, session, |c| c.get(session)).await?;
        if resp.status() == StatusCode::NOT_FOUND {
            return Ok(None);
        }
        if resp.status() != StatusCode::NO_CONTENT && !resp.status().is_success() {
            return Ok(None);
        }
        let range = header_str(resp.headers(), "range");
        Ok(Some(match range.as_deref().and_then(|r| r.split_once('-')) {
            Some((_, end)) => end.trim().parse::<u64>().map(|e| e + 1).unwrap_or(0),
            None => 0,
        }))
    }

    /// Uploads bytes in one go (POST + PUT); returns the digest.
    pub async fn put_blob_bytes(&self, registry: &str, repo: &str, bytes: Vec<u8>) -> Result<String, OciError> {
        let digest = super::sha256_digest(&bytes);
        if self.head_blob(registry, repo, &digest).await?.is_some() {
            return Ok(digest);
        }
        let session = self.start_upload(registry, repo).await?;
        let url = with_query(&session, &format!("digest={digest}"));
        let scope = push_scope(repo);
        let resp = self
            .send(registry, &scope, &url, |c| {
                c.put(&url)
                    .header(CONTENT_TYPE, "application/octet-stream")
                    .header(CONTENT_LENGTH, bytes.len())
                    .body(bytes.clone())
            })
            .await?;
        check(resp, &url).await?;
        Ok(digest)
    }

    /// All tags of a repository (follows `Link` pages). `None` when the
    /// repository does not exist.
    pub async fn list_tags(&self, registry: &str, repo: &str) -> Result<Option<Vec<String>>, OciError> {
        let base = self.base(registry);
        let mut url = self.repo_url(registry, repo, "tags/list?n=1000");
        let scope = pull_scope(repo);
        let mut tags = Vec::new();
        for _ in 0..1000 {
            let u = url.clone();
            let resp = self.send(registry, &scope, &u, |c| c.get(&u)).await?;
            if resp.status() == StatusCode::NOT_FOUND {
                return Ok(None);
            }
            let resp = check(resp, &u).await?;
            let next = header_str(resp.headers(), "link").and_then(|l| parse_link(&l));
            let v: serde_json::Value = resp.json().await.map_err(|e| http_err(&u, e))?;
            if let Some(arr) = v.get("tags").and_then(|t| t.as_array()) {
                tags.extend(arr.iter().filter_map(|t| t.as_str().map(str::to_string)));
            }
            match next {
                Some(n) if n.starts_with('/') => url = format!("{base}{n}"),
                Some(n) => url = n,
                None => return Ok(Some(tags)),
            }
        }
        Ok(Some(tags))
    }

    /// HEAD on the referrers endpoint: false when the registry has no referrers API.
    pub async fn has_referrers_api(&self, registry: &str, repo: &str, digest: &str) -> Result<bool, OciError> {
        let url = self.repo_url(registry, repo, &format!("referrers/{digest}"));
        let scope = pull_scope(repo);
        let resp = self
            .send(registry, &scope, &url, |c| c.head(&url).header(ACCEPT, "application/vnd.oci.image.index.v1+json"))
            .await?;
        Ok(resp.status().is_success())
    }

    /// The OCI 1.1 referrers API: `None` when the registry does not implement it.
    pub async fn referrers(
        &self,
        registry: &str,
        repo: &str,
        digest: &str,
    ) -> Result<Option<Vec<serde_json::Value>>, OciError> {
        let url = self.repo_url(registry, repo, &format!("referrers/{digest}"));
        let scope = pull_scope(repo);
        let resp = self
            .send(registry, &scope, &url, |c| c.get(&url).header(ACCEPT, "application/vnd.oci.image.index.v1+json"))
            .await?;
        if !resp.status().is_success() {
            return Ok(None);
        }
        let is_index = header_str(resp.headers(), CONTENT_TYPE.as_str())
            .is_some_and(|t| t.starts_with("application/vnd.oci.image.index.v1+json"));
        if !is_index {
            return Ok(None);
        }
        let v: serde_json::Value = resp.json().await.map_err(|e| http_err(&url, e))?;
        Ok(Some(v.get("manifests").and_then(|m| m.as_array()).cloned().unwrap_or_default()))
    }
}

/// Result of a mount attempt.
pub enum MountResult {
    Mounted,
    /// The registry did not mount and opened an upload session instead.
    Upload(String),
}

pub fn pull_scope(repo: &str) -> String {
    format!("repository:{repo}:pull")
}

pub fn push_scope(repo: &str) -> String {
    format!("repository:{repo}:pull,push")
}

/// A certificate the client refuses will not get better on a retry.
fn is_tls_failure(e: &reqwest::Error) -> bool {
    let mut src: Option<&(dyn std::error::Error + 'static)> = Some(e);
    while let Some(s) = src {
        let text = s.to_string();
        if text.contains("certificate") || text.contains("InvalidCertificate") || text.contains("UnknownIssuer") {
            return true;
        }
        src = s.source();
    }
    false
}

fn is_transient(s: StatusCode) -> bool {
    matches!(s.as_u16(), 408 | 429 | 500 | 502 | 503 | 504)
}

/// `Retry-After` in seconds or as an HTTP date.
pub fn retry_after(h: &HeaderMap) -> Option<Duration> {
    let v = h.get("retry-after")?.to_str().ok()?.trim();
    if let Ok(secs) = v.parse::<u64>() {
        return Some(Duration::from_secs(secs));
    }
    let when = httpdate_to_unix(v)?;
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).ok()?.as_secs();
    Some(Duration::from_secs(when.saturating_sub(now)))
}

/// Parses an IMF-fixdate (`Sun, 06 Nov 1994 08:49:37 GMT`).
fn httpdate_to_unix(s: &str) -> Option<u64> {
    let parts: Vec<&str> = s.split_whitespace().collect();
    if parts.len() != 6 {
        return None;
    }
    let day: i64 = parts[1].parse().ok()?;
    let month = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        .iter()
        .position(|m| *m == parts[2])? as i64
        + 1;
    let year: i64 = parts[3].parse().ok()?;
    let hms: Vec<i64> = parts[4].split(':').filter_map(|x| x.parse().ok()).collect();
    if hms.len() != 3 {
        return None;
    }
    let days = days_from_civil(year, month, day);
    u64::try_from(days * 86400 + hms[0] * 3600 + hms[1] * 60 + hms[2]).ok()
}

/// Days since 1970-01-01 of a proleptic Gregorian date.
pub fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146097 + doe - 719468
}

#[derive(Debug, PartialEq)]
enum Challenge {
    Basic,
    Bearer { realm: String, service: Option<String>, scope: Option<String> },
}

fn parse_challenge(h: &str) -> Option<Challenge> {
    let h = h.trim();
    let (scheme, rest) = h.split_once(' ').unwrap_or((h, ""));
    if scheme.eq_ignore_ascii_case("basic") {
        return Some(Challenge::Basic);
    }
    if !scheme.eq_ignore_ascii_case("bearer") {
        return None;
    }
    let mut params: HashMap<String, String> = HashMap::new();
    let mut rest = rest.trim();
    while !rest.is_empty() {
        let (k, after) = rest.split_once('=')?;
        let k = k.trim().trim_start_matches(',').trim().to_ascii_lowercase();
        let after = after.trim_start();
        let (v, next) = if let Some(q) = after.strip_prefix('"') {
            let end = q.find('"')?;
            (&q[..end], &q[end + 1..])
        } else {
            let end = after.find(',').unwrap_or(after.len());
            (&after[..end], &after[end..])
        };
        params.insert(k, v.to_string());
        rest = next.trim_start_matches([',', ' ']);
    }
    Some(Challenge::Bearer {
        realm: params.remove("realm")?,
        service: params.remove("service"),
        scope: params.remove("scope"),
    })
}

fn parse_link(l: &str) -> Option<String> {
    // <url>; rel="next"
    let start = l.find('<')?;
    let end = l[start..].find('>')? + start;
    if !l[end..].contains("next") {
        return None;
    }
    Some(l[start + 1..end].to_string())
}

fn header_str(h: &HeaderMap, name: &str) -> Option<String> {
    h.get(name).and_then(|v: &HeaderValue| v.to_str().ok()).map(str::to_string)
}

fn location(resp: &Response, base: &str, url: &str) -> Result<String, OciError> {
    let loc = header_str(resp.headers(), "location")
        .ok_or_else(|| OciError::Http { url: url.to_string(), message: "upload answer has no Location".into() })?;
    Ok(absolute(&loc, base))
}

pub fn absolute(loc: &str, base: &str) -> String {
    if loc.starts_with("http://") || loc.starts_with("https://") {
        loc.to_string()
    } else if loc.starts_with('/') {
        format!("{base}{loc}")
    } else {
        format!("{base}/{loc}")
    }
}

pub fn with_query(url: &str, q: &str) -> String {
    if url.contains('?') {
        format!("{url}&{q}")
    } else {
        format!("{url}?{q}")
    }
}

fn strip_query(url: &str) -> String {
    url.split('?').next().unwrap_or(url).to_string()
}

fn urlencode(s: &str) -> String {
    let mut o = String::new();
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
            o.push(b as char);
        } else {
            o.push_str(&format!("%{b:02X}"));
        }
    }
    o
}

pub fn http_err(url: &str, e: reqwest::Error) -> OciError {
    // reqwest's message names the URL; ours carries no credentials, but drop
    // query strings (upload state) to keep messages short.
    let mut causes = String::new();
    let mut src = std::error::Error::source(&e);
    while let Some(s) = src {
        causes.push_str(": ");
        causes.push_str(&s.to_string());
        src = s.source();
    }
    let msg = format!("{}{causes}", e.without_url());
    OciError::Http { url: strip_query(url), message: msg }
}

/// Turns an error status into an error carrying the registry's message.
pub async fn check(resp: Response, url: &str) -> Result<Response, OciError> {
    let status = resp.status();
    if status.is_success() {
        return Ok(resp);
    }
    if status == StatusCode::NOT_FOUND {
        return Err(OciError::NotFound { url: strip_query(url) });
    }
    let body = resp.text().await.unwrap_or_default();
    let detail = serde_json::from_str::<serde_json::Value>(&body)
        .ok()
        .and_then(|v| {
            v.get("errors")?.as_array().map(|errs| {
                errs.iter()
                    .map(|e| {
                        format!(
                            "{}: {}",
                            e.get("code").and_then(|c| c.as_str()).unwrap_or("ERROR"),
                            e.get("message").and_then(|c| c.as_str()).unwrap_or("")
                        )
                    })
                    .collect::<Vec<_>>()
                    .join("; ")
            })
        })
        .unwrap_or_else(|| body.chars().take(200).collect());
    Err(OciError::Http { url: strip_query(url), message: format!("{status}: {detail}") })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn challenges() {
        assert_eq!(parse_challenge("Basic realm=\"x\""), Some(Challenge::Basic));
        assert_eq!(
            parse_challenge(
                "Bearer realm=\"https://auth.docker.io/token\",service=\"registry.docker.io\",scope=\"repository:library/nginx:pull\""
            ),
            Some(Challenge::Bearer {
                realm: "https://auth.docker.io/token".into(),
                service: Some("registry.docker.io".into()),
                scope: Some("repository:library/nginx:pull".into())
            })
        );
        assert_eq!(
            parse_challenge("Bearer realm=https://t.example/token"),
            Some(Challenge::Bearer { realm: "https://t.example/token".into(), service: None, scope: None })
        );
        assert_eq!(parse_challenge("Negotiate"), None);
    }

    #[test]
    fn retry_after_forms() {
        let mut h = HeaderMap::new();
        h.insert("retry-after", HeaderValue::from_static("3"));
        assert_eq!(retry_after(&h), Some(Duration::from_secs(3)));
        h.insert("retry-after", HeaderValue::from_static("Sun, 06 Nov 1994 08:49:37 GMT"));
        assert_eq!(retry_after(&h), Some(Duration::ZERO));
        assert_eq!(httpdate_to_unix("Sun, 06 Nov 1994 08:49:37 GMT"), Some(784111777));
    }

    #[test]
    fn links_and_locations() {
        assert_eq!(
            parse_link("</v2/a/tags/list?n=2&last=b>; rel=\"next\"").as_deref(),
            Some("/v2/a/tags/list?n=2&last=b")
        );
        assert_eq!(
            absolute("/v2/x/blobs/uploads/1?_state=s", "http://h:1"),
            "http://h:1/v2/x/blobs/uploads/1?_state=s"
        );
        assert_eq!(with_query("http://h/u?_state=s", "digest=d"), "http://h/u?_state=s&digest=d");
    }
}
