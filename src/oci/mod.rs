//! OCI registries: Helm chart push/pull, image mirroring and mirror status.
//!
//! The network code is async (tokio, reqwest, oci-client) but that stays
//! inside this module: every public function here blocks and runs its own
//! runtime. Nothing here prints; progress goes through [`Progress`].
pub mod auth;
pub mod chart;
pub mod client;
pub mod constraint;
pub mod deps;
pub mod mapping;
pub mod mirror;
pub mod mirror_chart;
pub mod progress;
pub mod reference;
pub mod repo;
pub mod state;
pub mod status;

use std::path::PathBuf;

pub use auth::Credential;
pub use client::{RegistryClient, Stats};
pub use progress::{NoProgress, Progress};
pub use reference::ImageRef;

/// Errors from registry and chart-repository operations. Messages never
/// contain credentials.
#[derive(Debug, thiserror::Error)]
pub enum OciError {
    #[error("{0}")]
    InvalidReference(String),
    #[error("{path}: {message}")]
    File { path: PathBuf, message: String },
    #[error("registry config {path}: {message}")]
    Config { path: PathBuf, message: String },
    #[error("credential helper docker-credential-{helper}: {message}")]
    CredentialHelper { helper: String, message: String },
    #[error("{url}: {message}")]
    Http { url: String, message: String },
    #[error("{url}: authentication failed ({status}); log in with `kforge registry login {host}`")]
    Unauthorized { url: String, host: String, status: u16 },
    #[error("{url}: not found")]
    NotFound { url: String },
    #[error("{0}")]
    Chart(String),
    #[error("{0}")]
    Other(String),
}

impl OciError {
    pub fn file(path: impl Into<PathBuf>, message: impl std::fmt::Display) -> Self {
        OciError::File { path: path.into(), message: message.to_string() }
    }
}

/// How to reach registries: TLS and credential options shared by every command.
#[derive(Debug, Clone, Default)]
pub struct TransportOptions {
    /// Use http:// instead of https:// for every registry.
    pub plain_http: bool,
    /// Use http:// for these registries only (`HOST:PORT`).
    pub plain_http_hosts: Vec<String>,
    /// Extra CA certificate (PEM) to trust.
    pub ca_file: Option<PathBuf>,
    /// Do not verify TLS certificates.
    pub insecure_skip_tls_verify: bool,
    /// docker config.json to read credentials from (default: $DOCKER_CONFIG/config.json
    /// or ~/.docker/config.json).
    pub registry_config: Option<PathBuf>,
    /// Credentials given on the command line (used for every registry).
    pub username: Option<String>,
    pub password: Option<String>,
}

/// A runtime private to the caller (clients whose connections must outlive
/// one call keep theirs).
pub(crate) fn runtime() -> Result<tokio::runtime::Runtime, OciError> {
    install_crypto_provider();
    // Its threads may hand work to the rayon pool while the command's
    // thread waits in `block_on`: the pool's workers must be running.
    crate::process::start_workers();
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .map_err(|e| OciError::Other(format!("cannot start the network runtime: {e}")))
}

/// Runs a future to completion on a runtime private to this call.
pub(crate) fn block_on<F: std::future::Future>(f: F) -> Result<F::Output, OciError> {
    Ok(runtime()?.block_on(f))
}

/// Blocking entry for callers outside the module (login checks, tests).
pub fn block_on_pub<F: std::future::Future>(f: F) -> Result<F::Output, OciError> {
    block_on(f)
}

/// rustls needs one process-wide crypto provider; we build with `ring`.
pub(crate) fn install_crypto_provider() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        // An error means another provider is already installed: fine.
        let _ = rustls::crypto::ring::default_provider().install_default();
    });
}

/// Lowercase hex sha256 of bytes, with the `sha256:` prefix.
pub fn sha256_digest(bytes: &[u8]) -> String {
    use sha2::Digest;
    let d = sha2::Sha256::digest(bytes);
    let mut s = String::with_capacity(71);
    s.push_str("sha256:");
    for b in d {
        s.push_str(&format!("{b:02x}"));
    }
    s
}
