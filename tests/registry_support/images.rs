//! Test images made by the tests: random layers, single- and multi-platform
//! images, a cosign-style signature tag and an OCI 1.1 referrer (with its
//! fallback tag), pushed with kforge's low-level registry client.
#![allow(dead_code)]

use kforge::oci::{block_on_pub, RegistryClient, TransportOptions};
use serde_json::json;

pub const OCI_MANIFEST: &str = "application/vnd.oci.image.manifest.v1+json";
pub const OCI_INDEX: &str = "application/vnd.oci.image.index.v1+json";

pub fn client(user: Option<(&str, &str)>) -> RegistryClient {
    let t = TransportOptions {
        plain_http: true,
        username: user.map(|u| u.0.to_string()),
        password: user.map(|u| u.1.to_string()),
        ..Default::default()
    };
    RegistryClient::new(&t).expect("client")
}

/// Deterministic pseudo-random bytes (xorshift), distinct per seed.
pub fn random_bytes(n: usize, seed: u64) -> Vec<u8> {
    let mut x = seed.wrapping_mul(0x9E3779B97F4A7C15) | 1;
    let mut out = Vec::with_capacity(n + 8);
    while out.len() < n {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        out.extend_from_slice(&x.to_le_bytes());
    }
    out.truncate(n);
    out
}

pub struct Pushed {
    pub digest: String,
    pub size: usize,
    pub bytes: Vec<u8>,
    pub blobs: Vec<String>,
}

fn put_blob(c: &RegistryClient, host: &str, repo: &str, b: Vec<u8>) -> String {
    block_on_pub(c.put_blob_bytes(host, repo, b)).unwrap().unwrap()
}

pub fn put_manifest(c: &RegistryClient, host: &str, repo: &str, reference: &str, mt: &str, bytes: &[u8]) -> String {
    block_on_pub(c.put_manifest(host, repo, reference, mt, bytes)).unwrap().unwrap()
}

/// An image with the given layers; tagged when `tag` is given.
pub fn push_image(
    c: &RegistryClient,
    host: &str,
    repo: &str,
    tag: Option<&str>,
    layers: Vec<Vec<u8>>,
    arch: &str,
) -> Pushed {
    let mut descs = Vec::new();
    let mut blobs = Vec::new();
    for l in layers {
        let size = l.len();
        let d = put_blob(c, host, repo, l);
        blobs.push(d.clone());
        descs.push(json!({"mediaType": "application/vnd.oci.image.layer.v1.tar+gzip", "digest": d, "size": size}));
    }
    let config = json!({"architecture": arch, "os": "linux", "rootfs": {"type": "layers", "diff_ids": blobs.clone()}})
        .to_string()
        .into_bytes();
    let csize = config.len();
    let cd = put_blob(c, host, repo, config);
    blobs.push(cd.clone());
    let m = json!({
        "schemaVersion": 2,
        "mediaType": OCI_MANIFEST,
        "config": {"mediaType": "application/vnd.oci.image.config.v1+json", "digest": cd, "size": csize},
        "layers": descs,
    });
    let bytes = serde_json::to_vec_pretty(&m).unwrap();
    let digest = kforge::oci::sha256_digest(&bytes);
    put_manifest(c, host, repo, tag.unwrap_or(&digest), OCI_MANIFEST, &bytes);
    Pushed { digest, size: bytes.len(), bytes, blobs }
}

/// A multi-platform index over images pushed by digest.
pub fn push_index(c: &RegistryClient, host: &str, repo: &str, tag: &str, children: &[(&Pushed, &str)]) -> Pushed {
    let manifests: Vec<_> = children
        .iter()
        .map(|(p, arch)| json!({"mediaType": OCI_MANIFEST, "digest": p.digest, "size": p.size, "platform": {"os": "linux", "architecture": arch}}))
        .collect();
    let idx = json!({"schemaVersion": 2, "mediaType": OCI_INDEX, "manifests": manifests});
    let bytes = serde_json::to_vec(&idx).unwrap();
    let digest = kforge::oci::sha256_digest(&bytes);
    put_manifest(c, host, repo, tag, OCI_INDEX, &bytes);
    Pushed { digest, size: bytes.len(), bytes, blobs: Vec::new() }
}

/// cosign's tag convention: `sha256-<hex>.sig` holding a simple-signing payload.
pub fn push_signature(c: &RegistryClient, host: &str, repo: &str, subject: &str, seed: u64) -> Pushed {
    let payload = json!({"critical": {"image": {"docker-manifest-digest": subject}, "type": "cosign container image signature"}, "nonce": seed})
        .to_string()
        .into_bytes();
    let psize = payload.len();
    let pd = put_blob(c, host, repo, payload);
    let config = b"{}".to_vec();
    let cd = put_blob(c, host, repo, config);
    let m = json!({
        "schemaVersion": 2,
        "mediaType": OCI_MANIFEST,
        "config": {"mediaType": "application/vnd.oci.image.config.v1+json", "digest": cd, "size": 2},
        "layers": [{"mediaType": "application/vnd.dev.cosign.simplesigning.v1+json", "digest": pd, "size": psize,
                    "annotations": {"dev.cosignproject.cosign/signature": "MEUCIQ-test-signature"}}],
    });
    let bytes = serde_json::to_vec(&m).unwrap();
    let digest = kforge::oci::sha256_digest(&bytes);
    let tag = format!("sha256-{}.sig", subject.trim_start_matches("sha256:"));
    put_manifest(c, host, repo, &tag, OCI_MANIFEST, &bytes);
    Pushed { digest, size: bytes.len(), bytes, blobs: vec![pd, cd] }
}

/// An OCI 1.1 referrer (an SBOM) with `subject`, plus the fallback tag
/// `sha256-<hex>` listing it (distribution 2.8 has no referrers API).
pub fn push_referrer(
    c: &RegistryClient,
    host: &str,
    repo: &str,
    subject: &Pushed,
    media_type: &str,
) -> (Pushed, Pushed) {
    let sbom = br#"{"spdxVersion":"SPDX-2.3","name":"test"}"#.to_vec();
    let ssize = sbom.len();
    let sd = put_blob(c, host, repo, sbom);
    let empty = put_blob(c, host, repo, b"{}".to_vec());
    let m = json!({
        "schemaVersion": 2,
        "mediaType": OCI_MANIFEST,
        "artifactType": "application/spdx+json",
        "config": {"mediaType": "application/vnd.oci.empty.v1+json", "digest": empty, "size": 2},
        "layers": [{"mediaType": "application/spdx+json", "digest": sd, "size": ssize}],
        "subject": {"mediaType": media_type, "digest": subject.digest, "size": subject.size},
    });
    let bytes = serde_json::to_vec(&m).unwrap();
    let digest = kforge::oci::sha256_digest(&bytes);
    put_manifest(c, host, repo, &digest, OCI_MANIFEST, &bytes);
    let referrer = Pushed { digest: digest.clone(), size: bytes.len(), bytes, blobs: vec![sd, empty] };
    let idx = json!({"schemaVersion": 2, "mediaType": OCI_INDEX, "manifests": [
        {"mediaType": OCI_MANIFEST, "digest": digest, "size": referrer.size, "artifactType": "application/spdx+json"}]});
    let ib = serde_json::to_vec(&idx).unwrap();
    let tag = format!("sha256-{}", subject.digest.trim_start_matches("sha256:"));
    let idigest = put_manifest(c, host, repo, &tag, OCI_INDEX, &ib);
    (referrer, Pushed { digest: idigest, size: ib.len(), bytes: ib, blobs: Vec::new() })
}

/// Digest of a manifest at a registry (None when missing).
pub fn head(c: &RegistryClient, host: &str, repo: &str, reference: &str) -> Option<String> {
    block_on_pub(c.head_manifest(host, repo, reference)).unwrap().unwrap().map(|h| h.digest)
}

pub fn manifest_bytes(c: &RegistryClient, host: &str, repo: &str, reference: &str) -> Option<Vec<u8>> {
    block_on_pub(c.get_manifest(host, repo, reference)).unwrap().unwrap().map(|m| m.bytes)
}

pub fn blob_bytes(c: &RegistryClient, host: &str, repo: &str, digest: &str) -> Vec<u8> {
    block_on_pub(c.get_blob_bytes(host, repo, digest)).unwrap().unwrap()
}
