//! `mirror status`: how far a mirror has fallen behind its upstream.
//!
//! For every image and tag: HEAD upstream and HEAD the mirror, compare
//! digests. Only when they differ are the two manifests read, to tell a
//! stale tag (re-pushed upstream) from a copy that lacks platforms.
use std::collections::BTreeSet;

use serde_json::Value;

use super::client::{ManifestHead, RegistryClient, Stats};
use super::mapping::MirrorRules;
use super::mirror::{expand, SourceSpec};
use super::reference::ImageRef;
use super::{OciError, TransportOptions};

#[derive(Debug, Clone)]
pub struct StatusOptions {
    pub sources: Vec<SourceSpec>,
    pub rules: MirrorRules,
    pub transport: TransportOptions,
}

#[derive(Debug, Clone, PartialEq)]
pub enum State {
    /// Same digest upstream and on the mirror.
    Current,
    /// The mirror has no such tag.
    MissingTag,
    /// The mirror's tag points elsewhere (upstream re-pushed it).
    Stale { mirror: String },
    /// The mirror has the image without some of upstream's platforms.
    MissingPlatforms { platforms: Vec<String> },
    /// The mirror registry does not answer.
    MirrorDown(String),
    /// The mirror refuses us (401/403).
    MirrorDenied(u16),
    /// Upstream problem: the tag is gone or upstream does not answer.
    UpstreamError(String),
}

impl State {
    pub fn is_behind(&self) -> bool {
        !matches!(self, State::Current | State::UpstreamError(_))
    }
}

#[derive(Debug, Clone)]
pub struct ImageStatus {
    pub source: ImageRef,
    pub mirror: ImageRef,
    pub upstream_digest: Option<String>,
    pub state: State,
}

#[derive(Debug, Clone, Default)]
pub struct StatusReport {
    pub images: Vec<ImageStatus>,
    pub requests: u64,
    pub head_requests: u64,
}

impl StatusReport {
    pub fn behind(&self) -> usize {
        self.images.iter().filter(|i| i.state.is_behind()).count()
    }
    pub fn errors(&self) -> usize {
        self.images.iter().filter(|i| matches!(i.state, State::UpstreamError(_))).count()
    }
}

pub fn status(opts: &StatusOptions) -> Result<StatusReport, OciError> {
    let mut client = RegistryClient::new(&opts.transport)?;
    // A monitor wants an answer, not a long wait on a dead mirror.
    client.retry.attempts = 2;
    let images = super::block_on(async {
        let work = expand(&client, &opts.sources, &opts.rules).await?;
        let checks = work.into_iter().map(|(s, d, _)| check_one(&client, s, d));
        let mut out: Vec<ImageStatus> = futures_util::stream::iter(checks).buffer_unordered(16).collect().await;
        out.sort_by(|a, b| a.source.cmp(&b.source));
        Ok::<_, OciError>(out)
    })??;
    Ok(StatusReport {
        images,
        requests: Stats::get(&client.stats.requests),
        head_requests: Stats::get(&client.stats.head_requests),
    })
}

use futures_util::StreamExt;

async fn check_one(client: &RegistryClient, src: ImageRef, dst: ImageRef) -> ImageStatus {
    let reference = src.reference().unwrap_or("latest").to_string();
    let mut st = ImageStatus { source: src.clone(), mirror: dst.clone(), upstream_digest: None, state: State::Current };
    let up = match client.head_manifest(&src.registry, &src.repository, &reference).await {
        Ok(Some(h)) => h,
        Ok(None) => {
            st.state = State::UpstreamError(format!("{src} no longer exists upstream"));
            return st;
        }
        Err(e) => {
            st.state = State::UpstreamError(e.to_string());
            return st;
        }
    };
    st.upstream_digest = Some(up.digest.clone());
    let mirror = match client.head_manifest(&dst.registry, &dst.repository, &reference).await {
        Ok(m) => m,
        Err(OciError::Unauthorized { status, .. }) => {
            st.state = State::MirrorDenied(status);
            return st;
        }
        Err(e) => {
            st.state = State::MirrorDown(e.to_string());
            return st;
        }
    };
    st.state = match mirror {
        None => State::MissingTag,
        Some(m) if m.digest == up.digest => State::Current,
        Some(m) => classify(client, &src, &dst, &up, &m).await,
    };
    st
}

fn platforms(v: &Value) -> Vec<(String, String)> {
    v.get("manifests")
        .and_then(Value::as_array)
        .map(|ms| {
            ms.iter()
                .filter_map(|d| {
                    let p = d.get("platform")?;
                    let s = |k: &str| p.get(k).and_then(Value::as_str).unwrap_or("").to_string();
                    let mut name = format!("{}/{}", s("os"), s("architecture"));
                    if !s("variant").is_empty() {
                        name = format!("{name}/{}", s("variant"));
                    }
                    Some((name, d.get("digest")?.as_str()?.to_string()))
                })
                .collect()
        })
        .unwrap_or_default()
}

/// Digests differ: a copy with fewer platforms, or a stale tag.
async fn classify(
    client: &RegistryClient,
    src: &ImageRef,
    dst: &ImageRef,
    up: &ManifestHead,
    m: &ManifestHead,
) -> State {
    let stale = State::Stale { mirror: m.digest.clone() };
    let Ok(Some(upm)) = client.get_manifest(&src.registry, &src.repository, &up.digest).await else {
        return stale;
    };
    let Ok(upv) = serde_json::from_slice::<Value>(&upm.bytes) else {
        return stale;
    };
    let up_platforms = platforms(&upv);
    if up_platforms.is_empty() {
        return stale;
    }
    // What the mirror has: one of upstream's platform manifests, or an index.
    let have: BTreeSet<String> = if up_platforms.iter().any(|(_, d)| *d == m.digest) {
        BTreeSet::from([m.digest.clone()])
    } else {
        let Ok(Some(mm)) = client.get_manifest(&dst.registry, &dst.repository, &m.digest).await else {
            return stale;
        };
        let Ok(mv) = serde_json::from_slice::<Value>(&mm.bytes) else {
            return stale;
        };
        platforms(&mv).into_iter().map(|(_, d)| d).collect()
    };
    let up_digests: BTreeSet<&String> = up_platforms.iter().map(|(_, d)| d).collect();
    if have.is_empty() || !have.iter().all(|d| up_digests.contains(d)) {
        return stale;
    }
    let missing: Vec<String> = up_platforms.iter().filter(|(_, d)| !have.contains(d)).map(|(p, _)| p.clone()).collect();
    if missing.is_empty() {
        stale
    } else {
        State::MissingPlatforms { platforms: missing }
    }
}
