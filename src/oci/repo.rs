//! Classic HTTP chart repositories: `index.yaml` lookup and archive download,
//! with Helm's rules for choosing a version and resolving download URLs.
use std::collections::HashMap;

use reqwest::{StatusCode, Url};
use serde_json::Value;
use tokio::sync::Mutex;

use super::auth::{self, Credential};
use super::client::http_err;
use super::constraint;
use super::{OciError, TransportOptions};

pub struct FetchedChart {
    pub name: String,
    pub version: String,
    pub archive: Vec<u8>,
    /// `sha256:<hex>` of the archive.
    pub digest: String,
    /// The download URL (without credentials).
    pub url: String,
    /// The file name Helm saves the archive under: the URL's last path segment.
    pub file_name: String,
}

/// An HTTP client for chart repositories that keeps each repository's
/// parsed `index.yaml` for the rest of the run.
pub struct HttpRepos {
    http: reqwest::Client,
    transport: TransportOptions,
    indexes: Mutex<HashMap<String, std::sync::Arc<Value>>>,
}

pub(crate) fn http_client(t: &TransportOptions) -> Result<reqwest::Client, OciError> {
    super::install_crypto_provider();
    let mut b = reqwest::Client::builder()
        .user_agent(concat!("kforge/", env!("CARGO_PKG_VERSION")))
        .connect_timeout(std::time::Duration::from_secs(20))
        .read_timeout(std::time::Duration::from_secs(120));
    if t.insecure_skip_tls_verify {
        b = b.tls_danger_accept_invalid_certs(true);
    }
    if let Some(ca) = &t.ca_file {
        let pem = std::fs::read(ca).map_err(|e| OciError::file(ca, format!("cannot read CA file: {e}")))?;
        let certs = reqwest::Certificate::from_pem_bundle(&pem)
            .map_err(|e| OciError::file(ca, format!("not a PEM certificate bundle: {e}")))?;
        b = b.tls_certs_merge(certs);
    }
    b.build().map_err(|e| OciError::Other(format!("cannot set up HTTP client: {e}")))
}

fn host_port(u: &Url) -> String {
    match u.port() {
        Some(p) => format!("{}:{p}", u.host_str().unwrap_or("")),
        None => u.host_str().unwrap_or("").to_string(),
    }
}

/// A URL for messages: no user info, no query.
fn shown(u: &Url) -> String {
    let mut c = u.clone();
    let _ = c.set_username("");
    let _ = c.set_password(None);
    c.set_query(None);
    c.to_string()
}

impl HttpRepos {
    pub fn new(t: &TransportOptions) -> Result<HttpRepos, OciError> {
        Ok(HttpRepos { http: http_client(t)?, transport: t.clone(), indexes: Mutex::default() })
    }

    /// GET with credentials: `--username/--password` go to the repository's
    /// own host only (as Helm without `--pass-credentials`); otherwise a
    /// 401 is answered with the docker-config login for the URL's host.
    async fn get(&self, url: &Url, repo_host: &str) -> Result<Vec<u8>, OciError> {
        let host = host_port(url);
        let cli = match (&self.transport.username, &self.transport.password) {
            (Some(u), Some(p)) if host == repo_host => Some((u.clone(), p.clone())),
            _ => None,
        };
        let mut creds = cli;
        let shown_url = shown(url);
        for attempt in 0..2 {
            let mut rb = self.http.get(url.clone());
            if let Some((u, p)) = &creds {
                rb = rb.basic_auth(u, Some(p));
            }
            let resp = rb.send().await.map_err(|e| http_err(&shown_url, e))?;
            let status = resp.status();
            if status == StatusCode::UNAUTHORIZED && attempt == 0 && creds.is_none() {
                let path = auth::config_path(self.transport.registry_config.as_deref());
                let h = host.clone();
                let c = tokio::task::spawn_blocking(move || auth::resolve(&h, &path))
                    .await
                    .map_err(|e| OciError::Other(format!("credential lookup failed: {e}")))??;
                if let Credential::Basic { username, password } = c {
                    creds = Some((username, password));
                    continue;
                }
            }
            if status == StatusCode::NOT_FOUND {
                return Err(OciError::NotFound { url: shown_url });
            }
            if status == StatusCode::UNAUTHORIZED || status == StatusCode::FORBIDDEN {
                return Err(OciError::Unauthorized { url: shown_url, host, status: status.as_u16() });
            }
            if !status.is_success() {
                return Err(OciError::Http { url: shown_url, message: format!("answered {status}") });
            }
            return Ok(resp.bytes().await.map_err(|e| http_err(&shown_url, e))?.to_vec());
        }
        Err(OciError::Unauthorized { url: shown_url, host, status: 401 })
    }

    /// The repository's parsed index.yaml (fetched once per run).
    async fn index(&self, repo: &Url) -> Result<std::sync::Arc<Value>, OciError> {
        let key = repo.to_string();
        if let Some(v) = self.indexes.lock().await.get(&key) {
            return Ok(v.clone());
        }
        let index_url = resolve_url(repo, "index.yaml")?;
        let shown_index = shown(&index_url);
        let bytes = self.get(&index_url, &host_port(repo)).await?;
        let text = String::from_utf8(bytes)
            .map_err(|_| OciError::Http { url: shown_index.clone(), message: "index.yaml is not UTF-8".into() })?;
        let docs = crate::yaml::parse_documents_as::<serde_json::Value>(&text, &shown_index)
            .map_err(|e| OciError::Http { url: shown_index.clone(), message: e.to_string() })?;
        let doc = std::sync::Arc::new(docs.into_iter().next().unwrap_or(Value::Null));
        self.indexes.lock().await.insert(key, doc.clone());
        Ok(doc)
    }

    /// Looks `name` up in `REPO/index.yaml`, picks the version as Helm does
    /// (an entry whose version is exactly `version` first, else the highest
    /// matching the range; only entries with a download URL), downloads the
    /// archive and checks it against the index's digest.
    pub async fn fetch(&self, repo: &str, name: &str, version: Option<&str>) -> Result<FetchedChart, OciError> {
        let repo_url = Url::parse(repo).map_err(|e| OciError::InvalidReference(format!("{repo}: {e}")))?;
        let index = self.index(&repo_url).await?;
        let index_url = shown(&resolve_url(&repo_url, "index.yaml")?);
        let entries = index
            .get("entries")
            .and_then(|e| e.get(name))
            .and_then(Value::as_array)
            .ok_or_else(|| OciError::NotFound { url: format!("{index_url}: chart {name:?}") })?;
        let entry =
            choose(entries, version).map_err(OciError::InvalidReference)?.ok_or_else(|| OciError::NotFound {
                url: format!(
                    "{index_url}: chart {name:?} version {}",
                    version.filter(|v| !v.is_empty()).unwrap_or("(any)")
                ),
            })?;
        let version = ver_of(entry).unwrap_or_default();
        let rel = entry.get("urls").and_then(|u| u.get(0)).and_then(Value::as_str).ok_or_else(|| OciError::Http {
            url: index_url.clone(),
            message: format!("entries.{name}[version {version}].urls is empty"),
        })?;
        let url = resolve_url(&repo_url, rel)?;
        let file_name = file_name(&url);
        let archive = self.get(&url, &host_port(&repo_url)).await?;
        let digest = super::sha256_digest(&archive);
        if let Some(want) = entry.get("digest").and_then(Value::as_str).filter(|d| !d.is_empty()) {
            let want = want.trim_start_matches("sha256:");
            if digest.trim_start_matches("sha256:") != want {
                return Err(OciError::Http {
                    url: shown(&url),
                    message: format!("archive digest {digest} does not match index.yaml digest sha256:{want}"),
                });
            }
        }
        Ok(FetchedChart { name: name.to_string(), version, archive, digest, url: shown(&url), file_name })
    }
}

fn ver_of(e: &Value) -> Option<String> {
    match e.get("version") {
        Some(Value::String(s)) => Some(s.clone()),
        Some(Value::Number(n)) => Some(n.to_string()),
        _ => None,
    }
}

/// Helm's `IndexFile.Get` as the dependency resolver uses it: an exact
/// string match first, then entries by version, highest first, the first
/// one the constraint accepts (stable versions only unless the constraint
/// names a prerelease); entries without URLs are skipped.
fn choose<'a>(entries: &'a [Value], version: Option<&str>) -> Result<Option<&'a Value>, String> {
    let has_urls = |e: &Value| e.get("urls").and_then(Value::as_array).is_some_and(|u| !u.is_empty());
    let version = version.map(str::trim).filter(|v| !v.is_empty());
    if let Some(v) = version {
        if let Some(e) = entries.iter().find(|e| ver_of(e).as_deref() == Some(v) && has_urls(e)) {
            return Ok(Some(e));
        }
    }
    let c = constraint::Constraint::parse(version.unwrap_or("*"))?;
    let mut sorted: Vec<(semver::Version, &Value)> = entries
        .iter()
        .filter(|e| has_urls(e))
        .filter_map(|e| Some((constraint::loose_version(&ver_of(e)?)?, e)))
        .collect();
    sorted.sort_by(|a, b| b.0.cmp(&a.0));
    Ok(sorted.into_iter().find(|(v, _)| c.matches(v)).map(|(_, e)| e))
}

/// Helm's `ResolveReferenceURL`: an absolute URL as is; a relative one
/// against the repository URL taken as a directory, keeping the
/// repository's query string.
pub fn resolve_url(base: &Url, rel: &str) -> Result<Url, OciError> {
    if let Ok(abs) = Url::parse(rel) {
        return Ok(abs);
    }
    let mut dir = base.clone();
    let path = format!("{}/", dir.path().trim_end_matches('/'));
    dir.set_path(&path);
    let mut u = dir.join(rel).map_err(|e| OciError::InvalidReference(format!("{rel}: {e}")))?;
    u.set_query(base.query());
    Ok(u)
}

/// The last segment of the URL's path, percent-decoded (Go's `path.Base(u.Path)`).
fn file_name(u: &Url) -> String {
    let seg = u.path().trim_end_matches('/').rsplit('/').next().unwrap_or("");
    let bytes = seg.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).ok();
            if let Some(b) = hex.and_then(|h| u8::from_str_radix(h, 16).ok()) {
                out.push(b);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Looks `name` up in `REPO/index.yaml`, picks the version (exact or highest
/// in range) and downloads the archive, checking its digest.
pub fn fetch_chart(
    repo: &str,
    name: &str,
    version: Option<&str>,
    t: &TransportOptions,
) -> Result<FetchedChart, OciError> {
    let repos = HttpRepos::new(t)?;
    super::block_on(async { repos.fetch(repo, name, version).await })?
}

#[cfg(test)]
mod tests {
    use super::*;

    fn u(s: &str) -> Url {
        Url::parse(s).unwrap()
    }

    #[test]
    fn urls() {
        let r = |b: &str, rel: &str| resolve_url(&u(b), rel).unwrap().to_string();
        assert_eq!(r("http://h:1/charts", "a-1.0.0.tgz"), "http://h:1/charts/a-1.0.0.tgz");
        assert_eq!(r("http://h:1/charts/", "a-1.0.0.tgz"), "http://h:1/charts/a-1.0.0.tgz");
        assert_eq!(r("http://h:1/charts", "/x/a.tgz"), "http://h:1/x/a.tgz");
        assert_eq!(r("http://h:1/charts/sub", "../o/a.tgz?t=1"), "http://h:1/charts/o/a.tgz");
        assert_eq!(r("http://h:1/c?k=v", "a.tgz"), "http://h:1/c/a.tgz?k=v");
        assert_eq!(r("http://h:1/charts", "https://o/a.tgz"), "https://o/a.tgz");
        assert_eq!(file_name(&u("http://h/x/my%20chart.tgz?q=1")), "my chart.tgz");
        assert_eq!(file_name(&u("http://h/x/a-1.0.0.tgz")), "a-1.0.0.tgz");
    }

    #[test]
    fn helm_version_choice() {
        let idx: Vec<Value> = serde_json::from_str(
            r#"[{"version":"1.0.0","urls":["a"]},{"version":"1.2.5","urls":["b"]},{"version":"1.3.0","urls":[]},
                {"version":"2.0.0-rc.1","urls":["c"]},{"version":"1.2","urls":["d"]},{"version":"junk","urls":["e"]}]"#,
        )
        .unwrap();
        let pick = |v: Option<&str>| choose(&idx, v).unwrap().and_then(ver_of);
        assert_eq!(pick(None).as_deref(), Some("1.2.5"));
        assert_eq!(pick(Some("~1.2.0")).as_deref(), Some("1.2.5"));
        assert_eq!(pick(Some("<1.2.1")).as_deref(), Some("1.2"));
        assert_eq!(pick(Some("1.2")).as_deref(), Some("1.2"));
        assert_eq!(pick(Some(">=2.0.0-0")).as_deref(), Some("2.0.0-rc.1"));
        assert_eq!(pick(Some("^3")), None);
        assert_eq!(pick(Some("junk")).as_deref(), Some("junk"));
    }
}
