//! `mirror chart`: pull a chart, copy every image it needs to the mirror
//! (by the images module's `MirrorMap`), localize the chart, push it next
//! to them, and write a lock file saying what went where.
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use serde_json::{json, Value};

use super::chart::{self, PullOptions, PushOptions, PushResult};
use super::mirror::{mirror_images, MirrorOptions, MirrorReport, Outcome};
use super::progress::Progress;
use super::reference::ImageRef;
use super::{OciError, TransportOptions};
use crate::images::localize::Renderer;
use crate::images::{Decision, MirrorMap};

#[derive(Debug, Clone)]
pub struct MirrorChartOptions {
    /// `oci://HOST/NS/NAME`, an http(s) chart repository (with `name`), or a local chart (.tgz or directory).
    pub source: String,
    pub name: Option<String>,
    pub version: Option<String>,
    /// `oci://MIRROR/NAMESPACE` the localized chart is pushed to.
    pub to: String,
    pub map: MirrorMap,
    /// Where to write the lock file.
    pub lock_file: PathBuf,
    pub transport: TransportOptions,
    pub jobs: usize,
    pub chunk_size: u64,
    pub dry_run: bool,
    pub artifacts: bool,
}

#[derive(Debug)]
pub struct MirrorChartReport {
    pub chart: String,
    pub version: String,
    pub pushed: Option<PushResult>,
    pub images: MirrorReport,
    /// Images left alone, with the reason.
    pub skipped: Vec<(String, String)>,
    pub notes: Vec<String>,
    pub lock_file: Option<PathBuf>,
}

fn images_err(e: crate::images::ImagesError) -> OciError {
    OciError::Chart(e.to_string())
}

fn chart_meta(path: &Path) -> Result<(String, String), OciError> {
    let meta = if path.is_dir() {
        let file = path.join("Chart.yaml");
        let text = std::fs::read_to_string(&file).map_err(|e| OciError::file(&file, e))?;
        let docs = crate::yaml::parse_documents_as::<serde_json::Value>(&text, &file.display().to_string())
            .map_err(|e| OciError::file(&file, e))?;
        match docs.into_iter().next() {
            Some(Value::Object(m)) => m,
            _ => return Err(OciError::file(&file, "not a mapping")),
        }
    } else {
        let bytes = std::fs::read(path).map_err(|e| OciError::file(path, e))?;
        chart::archive_metadata(path, &bytes)?
    };
    let get = |k: &str| match meta.get(k) {
        Some(Value::String(s)) if !s.is_empty() => Some(s.clone()),
        Some(Value::Number(n)) => Some(n.to_string()),
        _ => None,
    };
    let name = get("name").ok_or_else(|| OciError::file(path, "Chart.yaml: field `name` is missing"))?;
    let version = get("version").ok_or_else(|| OciError::file(path, "Chart.yaml: field `version` is missing"))?;
    Ok((name, version))
}

pub fn mirror_chart(
    opts: &MirrorChartOptions,
    progress: Arc<dyn Progress>,
    renderer: Option<&dyn Renderer>,
) -> Result<MirrorChartReport, OciError> {
    if !opts.dry_run {
        if let Some(report) = warm_rerun(opts, progress.clone())? {
            return Ok(report);
        }
    }
    let tmp =
        tempfile::Builder::new().prefix("kforge-mirror-chart").tempdir().map_err(|e| OciError::Other(e.to_string()))?;
    // 1. The chart.
    let mut source_digest = None;
    let chart_path = if opts.source.starts_with("oci://")
        || opts.source.starts_with("http://")
        || opts.source.starts_with("https://")
    {
        let pulled = chart::pull(&PullOptions {
            source: opts.source.clone(),
            name: opts.name.clone(),
            version: opts.version.clone(),
            untar: false,
            dest_dir: tmp.path().join("source"),
            prov: false,
            transport: opts.transport.clone(),
        })?;
        if opts.source.starts_with("oci://") {
            source_digest = Some(pulled.digest.clone());
        }
        pulled.path
    } else {
        let p = PathBuf::from(&opts.source);
        if !p.exists() {
            return Err(OciError::file(&p, "no such chart"));
        }
        p
    };
    let (name, version) = chart_meta(&chart_path)?;

    // 2. Its images, and where the map sends each.
    let (findings, notes) = crate::images::localize::scan_chart(&chart_path, renderer, &[]).map_err(images_err)?;
    let mut wanted: BTreeMap<String, (ImageRef, ImageRef, Vec<String>)> = BTreeMap::new();
    let mut skipped = Vec::new();
    for f in &findings {
        let text = f.image.to_string();
        let place = [f.file.as_str(), f.resource.as_str(), f.path.as_str()]
            .iter()
            .filter(|s| !s.is_empty())
            .copied()
            .collect::<Vec<_>>()
            .join(" ");
        match opts.map.decide(&f.image) {
            Decision::Mirror(dst) => {
                let src = ImageRef::parse(&text)?;
                let dst = ImageRef::parse(&dst.to_string())?;
                let e = wanted.entry(text).or_insert((src, dst, Vec::new()));
                if !e.2.contains(&place) {
                    e.2.push(place);
                }
            }
            Decision::AlreadyMirrored => skipped.push((text, "already on a mirror".to_string())),
            Decision::Excluded => skipped.push((text, "excluded by the map".to_string())),
            Decision::NoRule => skipped.push((text, "no rule in the map".to_string())),
        }
    }
    skipped.sort();
    skipped.dedup();

    // 3. Copy the images.
    let pairs = wanted.values().map(|(s, d, w)| (s.clone(), d.clone(), w.join("; "))).collect();
    let mopts = MirrorOptions {
        sources: Vec::new(),
        rules: Default::default(),
        transport: opts.transport.clone(),
        jobs: opts.jobs,
        dry_run: opts.dry_run,
        chunk_size: opts.chunk_size,
        artifacts: opts.artifacts,
        pairs,
    };
    let images = mirror_images(&mopts, progress)?;
    if images.failed() > 0 {
        let first = images
            .images
            .iter()
            .find_map(|i| match &i.outcome {
                Outcome::Failed(e) => Some(format!("{}: {e}", i.source)),
                _ => None,
            })
            .unwrap_or_default();
        return Err(OciError::Other(format!(
            "{} of {} images could not be mirrored (first: {first}); the chart was not pushed",
            images.failed(),
            images.images.len()
        )));
    }
    if opts.dry_run {
        return Ok(MirrorChartReport { chart: name, version, pushed: None, images, skipped, notes, lock_file: None });
    }

    // 4. Localize and push.
    let out_dir = tmp.path().join("localized");
    std::fs::create_dir_all(&out_dir).map_err(|e| OciError::file(&out_dir, e))?;
    let out = out_dir.join(format!("{name}-{version}.tgz"));
    let (_, offenders) =
        crate::images::localize::localize_chart_path(&chart_path, &out, &opts.map, None).map_err(images_err)?;
    if !offenders.is_empty() {
        return Err(OciError::Chart(format!("{} images still point upstream after localizing", offenders.len())));
    }
    let pushed =
        chart::push(&PushOptions { archive: out, destination: opts.to.clone(), transport: opts.transport.clone() })?;

    // 5. The lock file.
    let lock_images: Vec<Value> = images
        .images
        .iter()
        .map(|i| {
            let found = wanted.get(&i.source.to_string()).map(|w| w.2.clone()).unwrap_or_else(|| vec![i.origin.clone()]);
            json!({
                "source": i.source.to_string(),
                "destination": i.dest.to_string(),
                "digest": i.digest.clone().unwrap_or_default(),
                "platforms": i.platforms.iter().filter(|p| !p.platform.is_empty()).map(|p| json!({"platform": p.platform, "digest": p.digest})).collect::<Vec<_>>(),
                "foundIn": found,
            })
        })
        .collect();
    let mut chart_entry = json!({
        "source": opts.source,
        "name": name,
        "version": version,
        "destination": pushed.reference,
        "digest": pushed.digest,
    });
    if let (Some(d), Value::Object(m)) = (source_digest, &mut chart_entry) {
        m.insert("sourceDigest".into(), Value::String(d));
    }
    let lock = json!({
        "apiVersion": "kforge.dev/v1alpha1",
        "kind": "MirrorLock",
        "chart": chart_entry,
        "images": lock_images,
        "skipped": skipped.iter().map(|(i, why)| json!({"image": i, "reason": why})).collect::<Vec<_>>(),
    });
    let text = crate::yaml::to_yaml(&lock);
    write_atomic(&opts.lock_file, text.as_bytes())?;
    Ok(MirrorChartReport {
        chart: name,
        version,
        pushed: Some(pushed),
        images,
        skipped,
        notes,
        lock_file: Some(opts.lock_file.clone()),
    })
}

/// A rerun against the lock file of an earlier run: when the source chart
/// (an OCI tag or digest) and the chart on the mirror still have the
/// digests the lock records, and the map sends every image where the lock
/// says, only the images are checked (two HEADs each); nothing is pulled,
/// rendered or pushed. `None`: do the full run.
fn warm_rerun(opts: &MirrorChartOptions, progress: Arc<dyn Progress>) -> Result<Option<MirrorChartReport>, OciError> {
    let Ok(text) = std::fs::read_to_string(&opts.lock_file) else {
        return Ok(None);
    };
    let Ok(docs) = crate::yaml::parse_documents_as::<serde_json::Value>(&text, &opts.lock_file.display().to_string())
    else {
        return Ok(None);
    };
    let Some(lock) = docs.into_iter().next() else {
        return Ok(None);
    };
    let field = |p: &str| lock.pointer(p).and_then(Value::as_str).unwrap_or("").to_string();
    let (name, version) = (field("/chart/name"), field("/chart/version"));
    let (source_digest, dest, dest_digest) =
        (field("/chart/sourceDigest"), field("/chart/destination"), field("/chart/digest"));
    if field("/chart/source") != opts.source || source_digest.is_empty() || dest.is_empty() || dest_digest.is_empty() {
        return Ok(None);
    }
    let Ok(src) = super::reference::parse_oci_url(&opts.source) else {
        return Ok(None);
    };
    let reference = match (&src.digest, &src.tag, opts.version.as_deref()) {
        (Some(d), _, _) => d.clone(),
        (None, Some(t), _) => t.clone(),
        (None, None, Some(v)) if semver::Version::parse(v).is_ok() && v == version => v.replace('+', "_"),
        _ => return Ok(None),
    };
    // The pushed chart must go where the lock says.
    if !dest.starts_with(&format!("{}/", opts.to.trim_start_matches("oci://").trim_end_matches('/'))) {
        return Ok(None);
    }
    let Ok(dst) = ImageRef::parse(&dest) else {
        return Ok(None);
    };
    // The map still sends every image where it did, and leaves the others alone.
    let mut pairs = Vec::new();
    for img in lock.get("images").and_then(Value::as_array).into_iter().flatten() {
        let (Some(s), Some(d)) =
            (img.get("source").and_then(Value::as_str), img.get("destination").and_then(Value::as_str))
        else {
            return Ok(None);
        };
        let Ok(parsed) = crate::images::ImageRef::parse(s) else {
            return Ok(None);
        };
        match opts.map.decide(&parsed) {
            Decision::Mirror(to) if to.to_string() == d => {}
            _ => return Ok(None),
        }
        let found: Vec<&str> =
            img.get("foundIn").and_then(Value::as_array).into_iter().flatten().filter_map(Value::as_str).collect();
        pairs.push((ImageRef::parse(s)?, ImageRef::parse(d)?, found.join("; ")));
    }
    let mut skipped = Vec::new();
    for sk in lock.get("skipped").and_then(Value::as_array).into_iter().flatten() {
        let Some(i) = sk.get("image").and_then(Value::as_str) else {
            return Ok(None);
        };
        if let Ok(parsed) = crate::images::ImageRef::parse(i) {
            if matches!(opts.map.decide(&parsed), Decision::Mirror(_)) {
                return Ok(None);
            }
        }
        skipped.push((i.to_string(), sk.get("reason").and_then(Value::as_str).unwrap_or("").to_string()));
    }
    let client = super::client::RegistryClient::new(&opts.transport)?;
    let dst_ref = dst.reference().unwrap_or("latest").to_string();
    let (a, b) = super::block_on(async {
        futures_util::future::join(
            client.head_manifest(&src.registry, &src.repository, &reference),
            client.head_mirror_manifest(&dst.registry, &dst.repository, &dst_ref),
        )
        .await
    })?;
    let chart_requests = super::Stats::get(&client.stats.requests);
    let chart_heads = super::Stats::get(&client.stats.head_requests);
    if a?.is_none_or(|h| h.digest != source_digest) || b?.is_none_or(|h| h.digest != dest_digest) {
        return Ok(None);
    }
    let mopts = MirrorOptions {
        sources: Vec::new(),
        rules: Default::default(),
        transport: opts.transport.clone(),
        jobs: opts.jobs,
        dry_run: false,
        chunk_size: opts.chunk_size,
        artifacts: opts.artifacts,
        pairs,
    };
    let mut images = mirror_images(&mopts, progress)?;
    if images.images.iter().any(|i| i.outcome != Outcome::UpToDate) {
        // Something moved upstream: the full run records it.
        return Ok(None);
    }
    images.requests += chart_requests;
    images.head_requests += chart_heads;
    Ok(Some(MirrorChartReport {
        chart: name,
        version,
        pushed: Some(PushResult { reference: dest, digest: dest_digest }),
        images,
        skipped,
        notes: Vec::new(),
        lock_file: Some(opts.lock_file.clone()),
    }))
}

fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), OciError> {
    crate::fsutil::write_atomic(path, bytes).map_err(|e| OciError::file(path, e))
}
