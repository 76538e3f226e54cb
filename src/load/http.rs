//! http(s) file resources: `resources: [https://host/path/file.yaml]`
//! (GitHub release assets, raw files).
//!
//! As in kustomize, an `http://` or `https://` entry is first fetched as a
//! file; when the server answers with an error status and the URL also
//! reads as a git repository, or the body is not Kubernetes YAML, the build
//! tries it as a remote git tree instead. Unlike kustomize, every fetch has
//! a timeout and a size limit, errors name the URL and the cause (a failed
//! DNS lookup, a refused connection, a timeout, a status code), and each URL
//! is fetched once per build. TLS certificates are always verified.
use std::collections::HashMap;
use std::io::Read;
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// Limits for one fetch.
#[derive(Clone, Debug)]
pub struct HttpOptions {
    /// Whole request (connect, headers and body).
    pub timeout: Duration,
    /// Largest body accepted.
    pub max_bytes: u64,
}

impl Default for HttpOptions {
    fn default() -> Self {
        HttpOptions { timeout: DEFAULT_TIMEOUT, max_bytes: DEFAULT_MAX_BYTES }
    }
}

/// Default time limit for fetching one URL.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(60);
/// Default size limit of one fetched file (64 MiB).
pub const DEFAULT_MAX_BYTES: u64 = 64 << 20;

/// Why a fetch failed. Every message names the URL.
#[derive(Debug, Clone, thiserror::Error)]
pub enum HttpError {
    /// The server answered with a status outside 200-299 (kustomize's "HTTP Error").
    #[error("GET {url}: HTTP Error: status code {code} ({text})")]
    Status { url: String, code: u16, text: String },
    #[error("GET {url}: no answer within {secs}s (timeout)")]
    Timeout { url: String, secs: u64 },
    #[error("GET {url}: cannot connect: {cause}")]
    Connect { url: String, cause: String },
    #[error("GET {url}: the file is larger than the limit of {limit} bytes")]
    TooLarge { url: String, limit: u64 },
    #[error("GET {url}: {cause}")]
    Other { url: String, cause: String },
}

/// True for entries kustomize fetches over HTTP (`http://` or `https://`).
pub fn is_http(entry: &str) -> bool {
    let lower = entry.get(..8).unwrap_or(entry).to_ascii_lowercase();
    lower.starts_with("http://") || lower.starts_with("https://")
}

/// One fetch's outcome, shared.
type Fetched = Result<Arc<Vec<u8>>, HttpError>;

/// What one build has fetched, by URL (clones share it).
#[derive(Clone, Debug, Default)]
pub struct HttpCache(Arc<Mutex<HashMap<String, Fetched>>>);

impl HttpCache {
    /// The body of `url`, fetched on first use.
    pub fn get(&self, url: &str, opts: &HttpOptions) -> Result<Arc<Vec<u8>>, HttpError> {
        if let Some(hit) = self.0.lock().ok().and_then(|m| m.get(url).cloned()) {
            return hit;
        }
        let got = fetch(url, opts).map(Arc::new);
        if let Ok(mut m) = self.0.lock() {
            m.insert(url.to_string(), got.clone());
        }
        got
    }

    /// How many URLs this cache holds (tests).
    pub fn len(&self) -> usize {
        self.0.lock().map(|m| m.len()).unwrap_or(0)
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

fn install_crypto_provider() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        // An error means a provider is already installed: fine.
        let _ = rustls::crypto::ring::default_provider().install_default();
    });
}

/// The reason at the bottom of an error chain, without repeating the URL.
fn root_cause(e: &(dyn std::error::Error + 'static)) -> String {
    let mut parts: Vec<String> = Vec::new();
    let mut cur: Option<&(dyn std::error::Error + 'static)> = e.source();
    while let Some(c) = cur {
        let s = c.to_string();
        if !parts.iter().any(|p| p.contains(&s)) {
            parts.push(s);
        }
        cur = c.source();
    }
    if parts.is_empty() {
        e.to_string()
    } else {
        parts.join(": ")
    }
}

/// Fetch `url` once, within the limits.
pub fn fetch(url: &str, opts: &HttpOptions) -> Result<Vec<u8>, HttpError> {
    install_crypto_provider();
    let other = |cause: String| HttpError::Other { url: url.to_string(), cause };
    let client = reqwest::blocking::Client::builder()
        .user_agent(concat!("kforge/", env!("CARGO_PKG_VERSION")))
        .timeout(opts.timeout)
        .connect_timeout(opts.timeout.min(Duration::from_secs(20)))
        .build()
        .map_err(|e| other(format!("cannot set up the HTTP client: {}", root_cause(&e))))?;
    let classify = |e: reqwest::Error| {
        if e.is_timeout() {
            HttpError::Timeout { url: url.to_string(), secs: opts.timeout.as_secs().max(1) }
        } else if e.is_connect() {
            HttpError::Connect { url: url.to_string(), cause: root_cause(&e) }
        } else {
            other(root_cause(&e))
        }
    };
    let resp = client.get(url).send().map_err(classify)?;
    let status = resp.status();
    if !status.is_success() {
        return Err(HttpError::Status {
            url: url.to_string(),
            code: status.as_u16(),
            text: status.canonical_reason().unwrap_or("").to_string(),
        });
    }
    if resp.content_length().is_some_and(|n| n > opts.max_bytes) {
        return Err(HttpError::TooLarge { url: url.to_string(), limit: opts.max_bytes });
    }
    let mut body = Vec::new();
    let mut limited = resp.take(opts.max_bytes + 1);
    limited.read_to_end(&mut body).map_err(|e| {
        // The body reader reports a timeout as an I/O error.
        let timed_out = e.kind() == std::io::ErrorKind::TimedOut
            || e.get_ref().and_then(|inner| inner.downcast_ref::<reqwest::Error>()).is_some_and(|r| r.is_timeout());
        if timed_out {
            HttpError::Timeout { url: url.to_string(), secs: opts.timeout.as_secs().max(1) }
        } else {
            other(format!("reading the body: {e}"))
        }
    })?;
    if body.len() as u64 > opts.max_bytes {
        return Err(HttpError::TooLarge { url: url.to_string(), limit: opts.max_bytes });
    }
    Ok(body)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;
    use std::net::TcpListener;

    /// A one-thread HTTP server on 127.0.0.1 answering each request with
    /// `respond(path)` (status line + headers + body, raw), or stalling.
    fn serve(respond: impl Fn(&str) -> Option<Vec<u8>> + Send + 'static) -> (String, Arc<Mutex<usize>>) {
        let l = TcpListener::bind("127.0.0.1:0").unwrap();
        let base = format!("http://{}", l.local_addr().unwrap());
        let hits = Arc::new(Mutex::new(0));
        let h = hits.clone();
        std::thread::spawn(move || {
            for s in l.incoming() {
                let Ok(mut s) = s else { continue };
                let mut buf = [0u8; 4096];
                let n = s.read(&mut buf).unwrap_or(0);
                let req = String::from_utf8_lossy(&buf[..n]).to_string();
                let path = req.split_whitespace().nth(1).unwrap_or("/").to_string();
                *h.lock().unwrap() += 1;
                match respond(&path) {
                    Some(r) => {
                        let _ = s.write_all(&r);
                    }
                    None => std::thread::sleep(Duration::from_secs(5)),
                }
            }
        });
        (base, hits)
    }

    fn ok(body: &str) -> Vec<u8> {
        format!("HTTP/1.1 200 OK\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}", body.len()).into_bytes()
    }

    #[test]
    fn fetches_once_per_cache() {
        let (base, hits) = serve(|_| Some(ok("kind: ConfigMap\n")));
        let cache = HttpCache::default();
        let url = format!("{base}/cm.yaml");
        for _ in 0..3 {
            assert_eq!(&**cache.get(&url, &HttpOptions::default()).unwrap(), b"kind: ConfigMap\n");
        }
        assert_eq!(*hits.lock().unwrap(), 1);
    }

    #[test]
    fn status_error_names_url_and_code() {
        let (base, _) =
            serve(|_| Some(b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n".to_vec()));
        let url = format!("{base}/missing.yaml");
        let e = fetch(&url, &HttpOptions::default()).unwrap_err();
        assert_eq!(e.to_string(), format!("GET {url}: HTTP Error: status code 404 (Not Found)"));
    }

    #[test]
    fn size_limit() {
        let (base, _) = serve(|_| Some(ok(&"x".repeat(100))));
        let opts = HttpOptions { max_bytes: 10, ..HttpOptions::default() };
        let e = fetch(&format!("{base}/big.yaml"), &opts).unwrap_err();
        assert!(matches!(e, HttpError::TooLarge { limit: 10, .. }), "{e}");
    }

    #[test]
    fn timeout() {
        let (base, _) = serve(|_| None);
        let opts = HttpOptions { timeout: Duration::from_millis(300), ..HttpOptions::default() };
        let e = fetch(&format!("{base}/slow.yaml"), &opts).unwrap_err();
        assert!(matches!(e, HttpError::Timeout { .. }), "{e}");
        assert!(e.to_string().contains("/slow.yaml"), "{e}");
    }

    #[test]
    fn refused_connection_is_a_connect_error() {
        let port = TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
        let url = format!("http://127.0.0.1:{port}/x.yaml");
        let e = fetch(&url, &HttpOptions::default()).unwrap_err();
        assert!(matches!(e, HttpError::Connect { .. }), "{e}");
        assert!(e.to_string().starts_with(&format!("GET {url}: cannot connect: ")), "{e}");
    }

    #[test]
    fn http_entries() {
        assert!(is_http("https://example.com/a.yaml"));
        assert!(is_http("HTTP://example.com/a.yaml"));
        assert!(!is_http("git@github.com:org/repo"));
        assert!(!is_http("file:///tmp/repo"));
    }
}
