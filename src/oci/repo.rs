//! Classic HTTP chart repositories: `index.yaml` lookup and archive download.
use serde_json::Value;

use super::client::http_err;
use super::constraint;
use super::{OciError, TransportOptions};

pub struct FetchedChart {
    pub name: String,
    pub version: String,
    pub archive: Vec<u8>,
    /// `sha256:<hex>` of the archive.
    pub digest: String,
    pub url: String,
}

fn http_client(t: &TransportOptions) -> Result<reqwest::Client, OciError> {
    super::install_crypto_provider();
    let mut b = reqwest::Client::builder().user_agent(concat!("kforge/", env!("CARGO_PKG_VERSION")));
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

async fn get(c: &reqwest::Client, t: &TransportOptions, url: &str) -> Result<Vec<u8>, OciError> {
    let mut rb = c.get(url);
    if let (Some(u), Some(p)) = (&t.username, &t.password) {
        rb = rb.basic_auth(u, Some(p));
    }
    let resp = rb.send().await.map_err(|e| http_err(url, e))?;
    let status = resp.status();
    if status == reqwest::StatusCode::NOT_FOUND {
        return Err(OciError::NotFound { url: url.to_string() });
    }
    if status == reqwest::StatusCode::UNAUTHORIZED || status == reqwest::StatusCode::FORBIDDEN {
        return Err(OciError::Http { url: url.to_string(), message: format!("{status}: give --username/--password") });
    }
    if !status.is_success() {
        return Err(OciError::Http { url: url.to_string(), message: format!("answered {status}") });
    }
    Ok(resp.bytes().await.map_err(|e| http_err(url, e))?.to_vec())
}

/// Resolves `rel` against the repository URL (`base` ends without a slash).
fn resolve_url(base: &str, rel: &str) -> String {
    if rel.contains("://") {
        return rel.to_string();
    }
    if let Some(stripped) = rel.strip_prefix('/') {
        // host-absolute
        let scheme_end = base.find("://").map(|i| i + 3).unwrap_or(0);
        let host_end = base[scheme_end..].find('/').map(|i| i + scheme_end).unwrap_or(base.len());
        return format!("{}/{stripped}", &base[..host_end]);
    }
    format!("{base}/{rel}")
}

/// Looks `name` up in `REPO/index.yaml`, picks the version (exact or highest
/// in range) and downloads the archive, checking its digest.
pub fn fetch_chart(
    repo: &str,
    name: &str,
    version: Option<&str>,
    t: &TransportOptions,
) -> Result<FetchedChart, OciError> {
    let base = repo.trim_end_matches('/').to_string();
    let index_url = format!("{base}/index.yaml");
    let client = http_client(t)?;
    super::block_on(async {
        let index = get(&client, t, &index_url).await?;
        let text = String::from_utf8(index)
            .map_err(|_| OciError::Http { url: index_url.clone(), message: "index.yaml is not UTF-8".into() })?;
        let docs = crate::yaml::parse_documents(&text, &index_url)
            .map_err(|e| OciError::Http { url: index_url.clone(), message: e.to_string() })?;
        let doc = docs.into_iter().next().unwrap_or(Value::Null);
        let entries = doc
            .get("entries")
            .and_then(|e| e.get(name))
            .and_then(Value::as_array)
            .ok_or_else(|| OciError::NotFound { url: format!("{index_url}: chart {name:?}") })?;
        let ver_of = |e: &Value| match e.get("version") {
            Some(Value::String(s)) => Some(s.clone()),
            Some(Value::Number(n)) => Some(n.to_string()),
            _ => None,
        };
        let chosen = match version {
            Some(v) if semver::Version::parse(v).is_ok() => entries.iter().find(|e| ver_of(e).as_deref() == Some(v)),
            _ => {
                let versions: Vec<String> = entries.iter().filter_map(ver_of).collect();
                let best = constraint::highest_match(versions.iter().map(String::as_str), version)
                    .map_err(OciError::InvalidReference)?;
                best.and_then(|(v, _)| entries.iter().find(|e| ver_of(e).as_deref() == Some(v.as_str())))
            }
        };
        let entry = chosen.ok_or_else(|| OciError::NotFound {
            url: format!("{index_url}: chart {name:?} version {}", version.unwrap_or("(any)")),
        })?;
        let version = ver_of(entry).unwrap_or_default();
        let url = entry.get("urls").and_then(|u| u.get(0)).and_then(Value::as_str).ok_or_else(|| OciError::Http {
            url: index_url.clone(),
            message: format!("entries.{name}[version {version}].urls is empty"),
        })?;
        let url = resolve_url(&base, url);
        let archive = get(&client, t, &url).await?;
        let digest = super::sha256_digest(&archive);
        if let Some(want) = entry.get("digest").and_then(Value::as_str).filter(|d| !d.is_empty()) {
            let want = want.trim_start_matches("sha256:");
            if digest.trim_start_matches("sha256:") != want {
                return Err(OciError::Http {
                    url: url.clone(),
                    message: format!("archive digest {digest} does not match index.yaml digest sha256:{want}"),
                });
            }
        }
        Ok(FetchedChart { name: name.to_string(), version, archive, digest, url })
    })?
}

#[cfg(test)]
mod tests {
    use super::resolve_url;

    #[test]
    fn urls() {
        assert_eq!(resolve_url("http://h:1/charts", "a-1.0.0.tgz"), "http://h:1/charts/a-1.0.0.tgz");
        assert_eq!(resolve_url("http://h:1/charts", "/x/a.tgz"), "http://h:1/x/a.tgz");
        assert_eq!(resolve_url("http://h:1/charts", "https://o/a.tgz"), "https://o/a.tgz");
    }
}
