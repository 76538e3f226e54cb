//! Remote chart dependencies for `kforge chart dependency update|build`:
//! HTTP chart repositories (`index.yaml`) and OCI registries, as Helm's
//! dependency manager resolves them. The chart model calls this through
//! [`crate::chart::deps::RemoteCharts`] and stays free of network code.
use serde_json::Value;

use super::chart::{HELM_CONFIG, HELM_CONTENT, HELM_LEGACY_CONTENT};
use super::client::RegistryClient;
use super::constraint;
use super::reference::parse_oci_url;
use super::repo::HttpRepos;
use super::{OciError, TransportOptions};
use crate::chart::deps::{RemoteChart, RemoteCharts};

/// Fetches dependencies over the network; one runtime, one connection pool
/// and one index cache for the whole run.
pub struct RemoteFetcher {
    rt: tokio::runtime::Runtime,
    http: HttpRepos,
    registry: RegistryClient,
}

impl RemoteFetcher {
    pub fn new(t: &TransportOptions) -> Result<RemoteFetcher, OciError> {
        Ok(RemoteFetcher { rt: super::runtime()?, http: HttpRepos::new(t)?, registry: RegistryClient::new(t)? })
    }

    /// Requests made to registries so far.
    pub fn registry_requests(&self) -> u64 {
        super::Stats::get(&self.registry.stats.requests)
    }

    /// A chart from `oci://HOST/NAMESPACE`: an exact version is read by its
    /// tag (`+` as `_`), a range through the tag list (highest strict-semver
    /// match), as Helm's resolver does.
    async fn fetch_oci(&self, repository: &str, name: &str, version: &str) -> Result<RemoteChart, OciError> {
        let base = parse_oci_url(repository.trim_end_matches('/'))?;
        if base.tag.is_some() || base.digest.is_some() {
            return Err(OciError::InvalidReference(format!(
                "{repository}: a dependency repository is a namespace, without a tag or digest"
            )));
        }
        let repo = if base.repository.is_empty() { name.to_string() } else { format!("{}/{name}", base.repository) };
        let reg = base.registry.as_str();
        let shown = format!("oci://{reg}/{repo}");
        let tag = if semver::Version::parse(version.trim()).is_ok() {
            version.trim().replace('+', "_")
        } else {
            let tags =
                self.registry.list_tags(reg, &repo).await?.ok_or_else(|| OciError::NotFound { url: shown.clone() })?;
            let best = constraint::highest_match(
                tags.iter().map(String::as_str),
                Some(version).filter(|v| !v.trim().is_empty()),
            )
            .map_err(OciError::InvalidReference)?;
            match best {
                Some((tag, _)) => tag,
                None => return Err(OciError::NotFound { url: format!("{shown}: no version matching {version:?}") }),
            }
        };
        let m = self
            .registry
            .get_manifest(reg, &repo, &tag)
            .await?
            .ok_or_else(|| OciError::NotFound { url: format!("{shown}:{tag}") })?;
        let v: Value = serde_json::from_slice(&m.bytes)
            .map_err(|e| OciError::Chart(format!("{shown}:{tag}: manifest is not JSON: {e}")))?;
        let config_type = v.pointer("/config/mediaType").and_then(Value::as_str).unwrap_or("");
        if config_type != HELM_CONFIG {
            return Err(OciError::Chart(format!(
                "{shown}:{tag} is not a Helm chart (config media type {config_type:?})"
            )));
        }
        let layer = v
            .get("layers")
            .and_then(Value::as_array)
            .and_then(|ls| {
                ls.iter().find(|l| {
                    matches!(l.get("mediaType").and_then(Value::as_str), Some(HELM_CONTENT | HELM_LEGACY_CONTENT))
                })
            })
            .and_then(|l| l.get("digest").and_then(Value::as_str))
            .ok_or_else(|| OciError::Chart(format!("{shown}:{tag}: no chart content layer")))?;
        let archive = self.registry.get_blob_bytes(reg, &repo, layer).await?;
        let version = tag.replace('_', "+");
        Ok(RemoteChart { file_name: format!("{name}-{version}.tgz"), version, archive })
    }

    async fn fetch_http(&self, repository: &str, name: &str, version: &str) -> Result<RemoteChart, OciError> {
        let got = self.http.fetch(repository, name, Some(version)).await?;
        Ok(RemoteChart { version: got.version, file_name: got.file_name, archive: got.archive })
    }
}

impl RemoteCharts for RemoteFetcher {
    fn fetch(&self, repository: &str, name: &str, version: &str) -> Result<RemoteChart, String> {
        let r = if repository.starts_with("oci://") {
            self.rt.block_on(self.fetch_oci(repository, name, version))
        } else {
            self.rt.block_on(self.fetch_http(repository, name, version))
        };
        r.map_err(|e| e.to_string())
    }
}
