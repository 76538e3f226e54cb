//! Helm charts in OCI registries, in Helm's exact artifact format, through
//! oci-client: push an archive, pull by exact version, range or digest.
use std::collections::BTreeMap;
use std::io::Read;
use std::path::{Component, Path, PathBuf};

use oci_client::client::{Certificate, CertificateEncoding, ClientConfig, ClientProtocol, Config, ImageLayer};
use oci_client::manifest::OciImageManifest;
use oci_client::secrets::RegistryAuth;
use serde_json::Value;

use super::auth::{self, Credential};
use super::constraint;
use super::reference::{parse_oci_url, ImageRef};
use super::{OciError, TransportOptions};

pub const HELM_CONFIG: &str = "application/vnd.cncf.helm.config.v1+json";
pub const HELM_CONTENT: &str = "application/vnd.cncf.helm.chart.content.v1.tar+gzip";
pub const HELM_LEGACY_CONTENT: &str = "application/tar+gzip";
pub const HELM_PROV: &str = "application/vnd.cncf.helm.chart.provenance.v1.prov";

/// `kforge chart push` inputs.
#[derive(Debug, Clone)]
pub struct PushOptions {
    pub archive: PathBuf,
    /// `oci://HOST/NAMESPACE`
    pub destination: String,
    pub transport: TransportOptions,
}

#[derive(Debug, Clone)]
pub struct PushResult {
    pub reference: String,
    pub digest: String,
}

/// `kforge chart pull` inputs.
#[derive(Debug, Clone)]
pub struct PullOptions {
    /// `oci://HOST/NS/NAME[:TAG|@DIGEST]` or an HTTP(S) chart repository URL.
    pub source: String,
    /// Chart name (HTTP repositories only).
    pub name: Option<String>,
    /// Exact version or a range.
    pub version: Option<String>,
    pub untar: bool,
    pub dest_dir: PathBuf,
    /// Also save the provenance file when there is one.
    pub prov: bool,
    pub transport: TransportOptions,
}

#[derive(Debug, Clone)]
pub struct PullResult {
    pub name: String,
    pub version: String,
    /// The archive written (or the directory when untarred).
    pub path: PathBuf,
    /// Manifest digest (OCI) or archive digest (HTTP repositories).
    pub digest: String,
    /// Set when the tag differs from the version (`+` stored as `_`).
    pub notice: Option<String>,
}

/// Chart.yaml fields in the order Helm writes the config JSON.
const CONFIG_ORDER: &[&str] = &[
    "name",
    "home",
    "sources",
    "version",
    "description",
    "keywords",
    "maintainers",
    "icon",
    "apiVersion",
    "condition",
    "tags",
    "appVersion",
    "deprecated",
    "annotations",
    "kubeVersion",
    "dependencies",
    "type",
];

fn is_empty_value(v: &Value) -> bool {
    match v {
        Value::Null => true,
        Value::String(s) => s.is_empty(),
        Value::Array(a) => a.is_empty(),
        Value::Object(o) => o.is_empty(),
        Value::Bool(b) => !b,
        _ => false,
    }
}

/// Chart.yaml metadata as Helm's config JSON (Go struct order, empty fields left out).
pub fn config_json(meta: &serde_json::Map<String, Value>) -> Vec<u8> {
    let mut out = String::from("{");
    let mut first = true;
    for key in CONFIG_ORDER {
        let Some(v) = meta.get(*key) else { continue };
        if is_empty_value(v) {
            continue;
        }
        let v = match (*key, v) {
            // Helm's Metadata keeps these as strings.
            ("version" | "appVersion" | "kubeVersion" | "name", Value::Number(n)) => Value::String(n.to_string()),
            _ => v.clone(),
        };
        if !first {
            out.push(',');
        }
        first = false;
        out.push_str(&serde_json::to_string(key).unwrap_or_default());
        out.push(':');
        match (*key, &v) {
            ("maintainers", Value::Array(items)) => ordered_list(&mut out, items, &["name", "email", "url"]),
            ("dependencies", Value::Array(items)) => ordered_list(
                &mut out,
                items,
                &["name", "version", "repository", "condition", "tags", "enabled", "import-values", "alias"],
            ),
            _ => out.push_str(&serde_json::to_string(&v).unwrap_or_default()),
        }
    }
    out.push('}');
    out.into_bytes()
}

/// A list of objects with Go struct field order (unknown fields dropped, as Go does).
fn ordered_list(out: &mut String, items: &[Value], order: &[&str]) {
    out.push('[');
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        let Value::Object(m) = item else {
            out.push_str("null");
            continue;
        };
        out.push('{');
        let mut first = true;
        for k in order {
            let Some(v) = m.get(*k) else { continue };
            // `enabled` is a plain bool with omitempty; the others are strings/lists.
            if is_empty_value(v) {
                continue;
            }
            if !first {
                out.push(',');
            }
            first = false;
            out.push_str(&serde_json::to_string(k).unwrap_or_default());
            out.push(':');
            out.push_str(&serde_json::to_string(v).unwrap_or_default());
        }
        out.push('}');
    }
    out.push(']');
}

fn str_field(meta: &serde_json::Map<String, Value>, k: &str) -> Option<String> {
    match meta.get(k)? {
        Value::String(s) if !s.is_empty() => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// Reads `<chart>/Chart.yaml` from a chart archive.
pub fn archive_metadata(path: &Path, bytes: &[u8]) -> Result<serde_json::Map<String, Value>, OciError> {
    let gz = flate2::read::GzDecoder::new(bytes);
    let mut ar = tar::Archive::new(gz);
    let entries = ar.entries().map_err(|e| OciError::file(path, format!("not a chart archive (.tgz): {e}")))?;
    for entry in entries {
        let mut entry = entry.map_err(|e| OciError::file(path, format!("not a chart archive (.tgz): {e}")))?;
        let p = entry.path().map_err(|e| OciError::file(path, e))?.into_owned();
        let comps: Vec<_> = p.components().collect();
        if comps.len() == 2 && comps[1].as_os_str() == "Chart.yaml" {
            let mut text = String::new();
            entry.read_to_string(&mut text).map_err(|e| OciError::file(path, format!("{}: {e}", p.display())))?;
            let origin = format!("{}:{}", path.display(), p.display());
            let docs = crate::yaml::parse_documents_as::<serde_json::Value>(&text, &origin)
                .map_err(|e| OciError::file(path, e))?;
            let Some(Value::Object(meta)) = docs.into_iter().next() else {
                return Err(OciError::file(path, format!("{}: not a mapping", p.display())));
            };
            return Ok(meta);
        }
    }
    Err(OciError::file(path, "no <chart>/Chart.yaml in the archive"))
}

/// RFC 3339 UTC time of a file's modification time.
fn rfc3339_mtime(path: &Path) -> Option<String> {
    let t = std::fs::metadata(path).ok()?.modified().ok()?;
    let secs = t.duration_since(std::time::UNIX_EPOCH).ok()?.as_secs() as i64;
    Some(rfc3339(secs))
}

pub fn rfc3339(secs: i64) -> String {
    let days = secs.div_euclid(86400);
    let rem = secs.rem_euclid(86400);
    // civil from days (Howard Hinnant's algorithm)
    let z = days + 719468;
    let era = z.div_euclid(146097);
    let doe = z - era * 146097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + if m <= 2 { 1 } else { 0 };
    format!("{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}Z", rem / 3600, (rem % 3600) / 60, rem % 60)
}

/// Helm's manifest annotations for a chart.
pub fn annotations(meta: &serde_json::Map<String, Value>, created: Option<String>) -> BTreeMap<String, String> {
    let mut a = BTreeMap::new();
    if let Some(Value::Object(user)) = meta.get("annotations") {
        for (k, v) in user {
            if k == "org.opencontainers.image.title" || k == "org.opencontainers.image.version" {
                continue;
            }
            let v = match v {
                Value::String(s) => s.clone(),
                other => other.to_string(),
            };
            a.insert(k.clone(), v);
        }
    }
    if let Some(d) = str_field(meta, "description") {
        a.insert("org.opencontainers.image.description".into(), d);
    }
    if let Some(h) = str_field(meta, "home") {
        a.insert("org.opencontainers.image.url".into(), h);
    }
    if let Some(Value::String(s)) = meta.get("sources").and_then(|s| s.get(0)) {
        a.insert("org.opencontainers.image.source".into(), s.clone());
    }
    if let Some(Value::Array(ms)) = meta.get("maintainers") {
        let names: Vec<String> = ms
            .iter()
            .filter_map(|m| {
                let name = m.get("name")?.as_str()?.to_string();
                Some(match m.get("email").and_then(Value::as_str).filter(|e| !e.is_empty()) {
                    Some(e) => format!("{name} ({e})"),
                    None => name,
                })
            })
            .collect();
        if !names.is_empty() {
            a.insert("org.opencontainers.image.authors".into(), names.join(", "));
        }
    }
    if let Some(c) = created {
        a.insert("org.opencontainers.image.created".into(), c);
    }
    if let Some(n) = str_field(meta, "name") {
        a.insert("org.opencontainers.image.title".into(), n);
    }
    if let Some(v) = str_field(meta, "version") {
        a.insert("org.opencontainers.image.version".into(), v);
    }
    a
}

fn oci_config(t: &TransportOptions, host: &str) -> Result<ClientConfig, OciError> {
    let mut extra = Vec::new();
    if let Some(ca) = &t.ca_file {
        let data = std::fs::read(ca).map_err(|e| OciError::file(ca, format!("cannot read CA file: {e}")))?;
        extra.push(Certificate { encoding: CertificateEncoding::Pem, data });
    }
    Ok(ClientConfig {
        protocol: if t.plain_http || t.plain_http_hosts.iter().any(|h| h == host) {
            ClientProtocol::Http
        } else {
            ClientProtocol::Https
        },
        accept_invalid_certificates: t.insecure_skip_tls_verify,
        extra_root_certificates: extra,
        use_monolithic_push: true,
        platform_resolver: None,
        ..Default::default()
    })
}

fn oci_client(t: &TransportOptions, host: &str) -> Result<oci_client::Client, OciError> {
    super::install_crypto_provider();
    oci_client::Client::try_from(oci_config(t, host)?)
        .map_err(|e| OciError::Other(format!("cannot set up the OCI client: {e}")))
}

fn registry_auth(t: &TransportOptions, host: &str) -> Result<RegistryAuth, OciError> {
    if let (Some(u), Some(p)) = (&t.username, &t.password) {
        return Ok(RegistryAuth::Basic(u.clone(), p.clone()));
    }
    let path = auth::config_path(t.registry_config.as_deref());
    Ok(match auth::resolve(host, &path)? {
        Credential::Anonymous => RegistryAuth::Anonymous,
        Credential::Basic { username, password } => RegistryAuth::Basic(username, password),
        // docker stores registry refresh tokens as `<token>`-named users.
        Credential::IdentityToken(tok) => RegistryAuth::Basic("<token>".into(), tok),
    })
}

/// Maps oci-client errors to ours, naming what was addressed and never the credentials.
fn oci_err(what: &str, host: &str, e: oci_client::errors::OciDistributionError) -> OciError {
    use oci_client::errors::OciDistributionError as E;
    match &e {
        E::AuthenticationFailure(_) | E::UnauthorizedError { .. } => {
            OciError::Unauthorized { url: what.to_string(), host: host.to_string(), status: 401 }
        }
        E::ServerError { code: 401 | 403, .. } => {
            OciError::Unauthorized { url: what.to_string(), host: host.to_string(), status: 401 }
        }
        E::ImageManifestNotFoundError(_) | E::ServerError { code: 404, .. } => {
            OciError::NotFound { url: what.to_string() }
        }
        _ => OciError::Http { url: what.to_string(), message: with_causes(&e) },
    }
}

/// An error with the reasons under it (`error sending request: ... :
/// invalid peer certificate: UnknownIssuer`), each said once.
fn with_causes(e: &(dyn std::error::Error + 'static)) -> String {
    let mut text = e.to_string();
    let mut cur = e.source();
    while let Some(c) = cur {
        let s = c.to_string();
        if !text.contains(&s) {
            text.push_str(": ");
            text.push_str(&s);
        }
        cur = c.source();
    }
    text
}

fn to_reference(r: &ImageRef) -> oci_client::Reference {
    match (&r.tag, &r.digest) {
        (_, Some(d)) => oci_client::Reference::with_digest(r.registry.clone(), r.repository.clone(), d.clone()),
        (Some(t), None) => oci_client::Reference::with_tag(r.registry.clone(), r.repository.clone(), t.clone()),
        (None, None) => oci_client::Reference::with_tag(r.registry.clone(), r.repository.clone(), "latest".into()),
    }
}

/// Pushes a chart archive as Helm does: `HOST/NS/<name>:<version>` (`+` → `_`).
pub fn push(opts: &PushOptions) -> Result<PushResult, OciError> {
    let path = &opts.archive;
    if path.is_dir() {
        return Err(OciError::file(path, "is a directory; package the chart first (kforge chart package)"));
    }
    let bytes = std::fs::read(path).map_err(|e| OciError::file(path, e))?;
    let meta = archive_metadata(path, &bytes)?;
    let name = str_field(&meta, "name").ok_or_else(|| OciError::file(path, "Chart.yaml: field `name` is missing"))?;
    let version =
        str_field(&meta, "version").ok_or_else(|| OciError::file(path, "Chart.yaml: field `version` is missing"))?;
    if semver::Version::parse(&version).is_err() {
        return Err(OciError::file(path, format!("Chart.yaml: field `version` {version:?} is not a semantic version")));
    }
    let dest = opts.destination.trim_end_matches('/');
    let ns = parse_oci_url(dest)?;
    if ns.tag.is_some() || ns.digest.is_some() {
        return Err(OciError::InvalidReference(format!(
            "{dest}: give the namespace only; the chart is pushed as NAMESPACE/<name>:<version>"
        )));
    }
    let target = ImageRef {
        registry: ns.registry.clone(),
        repository: format!("{}/{name}", ns.repository),
        tag: Some(version.replace('+', "_")),
        digest: None,
    };
    let mut layers = vec![ImageLayer::new(bytes, HELM_CONTENT.to_string(), None)];
    let mut prov_path = path.as_os_str().to_owned();
    prov_path.push(".prov");
    let prov_path = PathBuf::from(prov_path);
    if prov_path.is_file() {
        let prov = std::fs::read(&prov_path).map_err(|e| OciError::file(&prov_path, e))?;
        layers.push(ImageLayer::new(prov, HELM_PROV.to_string(), None));
    }
    layers.sort_by_key(|l| l.sha256_digest());
    let config = Config::new(config_json(&meta), HELM_CONFIG.to_string(), None);
    let manifest = OciImageManifest::build(&layers, &config, Some(annotations(&meta, rfc3339_mtime(path))));
    let auth = registry_auth(&opts.transport, &target.registry)?;
    let client = oci_client(&opts.transport, &target.registry)?;
    let reference = to_reference(&target);
    let shown = target.to_string();
    super::block_on(async {
        client
            .push(&reference, &layers, config, &auth, Some(manifest))
            .await
            .map_err(|e| oci_err(&shown, &target.registry, e))?;
        let digest =
            client.fetch_manifest_digest(&reference, &auth).await.map_err(|e| oci_err(&shown, &target.registry, e))?;
        Ok(PushResult { reference: shown.clone(), digest })
    })?
}

/// Resolves which tag to pull: the reference's own, an exact version, or the
/// highest tag matching a range.
async fn resolve_tag(
    client: &oci_client::Client,
    auth: &RegistryAuth,
    r: &ImageRef,
    version: Option<&str>,
) -> Result<ImageRef, OciError> {
    if r.digest.is_some() {
        return Ok(r.clone());
    }
    if let Some(t) = &r.tag {
        if let Some(v) = version {
            if v != t && v.replace('+', "_") != *t {
                return Err(OciError::InvalidReference(format!("{r}: the tag and --version {v} disagree")));
            }
        }
        return Ok(r.clone());
    }
    if let Some(v) = version {
        if semver::Version::parse(v).is_ok() {
            return Ok(r.with_tag(&v.replace('+', "_")));
        }
    }
    let reference = to_reference(&r.with_tag("latest"));
    let mut tags = Vec::new();
    let mut last: Option<String> = None;
    loop {
        let page = client
            .list_tags(&reference, auth, Some(1000), last.as_deref())
            .await
            .map_err(|e| oci_err(&r.to_string(), &r.registry, e))?;
        let n = page.tags.len();
        last = page.tags.last().cloned();
        tags.extend(page.tags);
        if n < 1000 {
            break;
        }
    }
    let best =
        constraint::highest_match(tags.iter().map(String::as_str), version).map_err(OciError::InvalidReference)?;
    match best {
        Some((tag, _)) => Ok(r.with_tag(&tag)),
        None => Err(OciError::NotFound {
            url: format!("{r} (no tag is a version{})", version.map(|v| format!(" matching {v}")).unwrap_or_default()),
        }),
    }
}

/// Pulls a chart from an OCI registry or an HTTP chart repository.
pub fn pull(opts: &PullOptions) -> Result<PullResult, OciError> {
    if opts.source.starts_with("http://") || opts.source.starts_with("https://") {
        let name = opts.name.as_deref().ok_or_else(|| {
            OciError::InvalidReference(format!(
                "{}: a chart repository needs the chart name after the URL",
                opts.source
            ))
        })?;
        let got = super::repo::fetch_chart(&opts.source, name, opts.version.as_deref(), &opts.transport)?;
        let path = save(opts, &got.name, &got.version, &got.archive, None)?;
        return Ok(PullResult { name: got.name, version: got.version, path, digest: got.digest, notice: None });
    }
    if let Some(n) = &opts.name {
        return Err(OciError::InvalidReference(format!(
            "unexpected chart name {n:?}: an oci:// reference names the chart itself"
        )));
    }
    let r = parse_oci_url(&opts.source)?;
    let auth = registry_auth(&opts.transport, &r.registry)?;
    let client = oci_client(&opts.transport, &r.registry)?;
    let data = super::block_on(async {
        let target = resolve_tag(&client, &auth, &r, opts.version.as_deref()).await?;
        let shown = target.to_string();
        let data = client
            .pull(&to_reference(&target), &auth, vec![HELM_CONTENT, HELM_LEGACY_CONTENT, HELM_PROV])
            .await
            .map_err(|e| oci_err(&shown, &target.registry, e))?;
        Ok::<_, OciError>((target, data))
    })??;
    let (target, data) = data;
    let shown = target.to_string();
    if data.config.media_type != HELM_CONFIG {
        return Err(OciError::Chart(format!(
            "{shown} is not a Helm chart (config media type {:?})",
            data.config.media_type
        )));
    }
    let meta: serde_json::Map<String, Value> = serde_json::from_slice(&data.config.data)
        .map_err(|e| OciError::Chart(format!("{shown}: chart config is not a JSON object: {e}")))?;
    let name = str_field(&meta, "name").ok_or_else(|| OciError::Chart(format!("{shown}: chart config has no name")))?;
    let version =
        str_field(&meta, "version").ok_or_else(|| OciError::Chart(format!("{shown}: chart config has no version")))?;
    let content = data
        .layers
        .iter()
        .find(|l| l.media_type == HELM_CONTENT || l.media_type == HELM_LEGACY_CONTENT)
        .ok_or_else(|| OciError::Chart(format!("{shown}: no chart content layer")))?;
    let prov = data.layers.iter().find(|l| l.media_type == HELM_PROV).map(|l| &l.data[..]);
    // Pulled by digest, Helm names the file after the reference:
    // `<last path segment>@sha256-<hex>.tgz`.
    let file_stem = target.digest.as_ref().map(|d| {
        let base = target.repository.rsplit('/').next().unwrap_or(&name);
        format!("{base}@{}", d.replacen(':', "-", 1))
    });
    let path =
        save_as(opts, &name, &version, file_stem.as_deref(), &content.data, if opts.prov { prov } else { None })?;
    let notice = target
        .tag
        .as_ref()
        .filter(|t| **t != version)
        .map(|t| format!("tag {t} is version {version} (Helm stores '+' as '_' in tags)"));
    Ok(PullResult { name, version, path, digest: data.digest.unwrap_or_default(), notice })
}

/// Writes the archive (and provenance) or untars it; nothing half written on error.
fn save(
    opts: &PullOptions,
    name: &str,
    version: &str,
    archive: &[u8],
    prov: Option<&[u8]>,
) -> Result<PathBuf, OciError> {
    save_as(opts, name, version, None, archive, prov)
}

/// `save` with the archive's file stem given (default `<name>-<version>`).
fn save_as(
    opts: &PullOptions,
    name: &str,
    version: &str,
    stem: Option<&str>,
    archive: &[u8],
    prov: Option<&[u8]>,
) -> Result<PathBuf, OciError> {
    if let Some(st) = stem {
        if st.contains(['/', '\\']) || st.starts_with('.') || st.is_empty() {
            return Err(OciError::Chart(format!("refusing file name {st:?}")));
        }
    }
    if name.contains(['/', '\\']) || name == ".." || name == "." || name.is_empty() {
        return Err(OciError::Chart(format!("refusing chart name {name:?}")));
    }
    if version.contains(['/', '\\']) {
        return Err(OciError::Chart(format!("refusing chart version {version:?}")));
    }
    let dir = &opts.dest_dir;
    std::fs::create_dir_all(dir).map_err(|e| OciError::file(dir, e))?;
    if opts.untar {
        let target = dir.join(name);
        if target.exists() {
            return Err(OciError::file(&target, "already exists; remove it or choose another -d directory"));
        }
        // Unpacked beside the target and renamed into place; removed on a
        // failure and when kforge is interrupted.
        let tmp =
            tempfile::Builder::new().prefix(".kforge-untar").tempdir_in(dir).map_err(|e| OciError::file(dir, e))?;
        let _guard = crate::process::register_path(tmp.path());
        safe_untar(archive, tmp.path(), name)?;
        std::fs::rename(tmp.path().join(name), &target).map_err(|e| OciError::file(&target, e))?;
        return Ok(target);
    }
    let file = match stem {
        Some(st) => dir.join(format!("{st}.tgz")),
        None => dir.join(format!("{name}-{version}.tgz")),
    };
    // The archive and its provenance file: both or neither.
    let stage = |path: &Path, bytes: &[u8]| crate::fsutil::stage(path, bytes).map_err(|e| OciError::file(path, e));
    let mut staged = vec![stage(&file, archive)?];
    if let Some(p) = prov {
        let mut pf = file.as_os_str().to_owned();
        pf.push(".prov");
        staged.push(stage(Path::new(&pf), p)?);
    }
    crate::fsutil::commit_all(staged).map_err(|(path, e)| OciError::file(&path, e))?;
    Ok(file)
}

/// The most a chart archive may unpack to (guards against archive bombs).
pub const MAX_UNTAR_BYTES: u64 = 1 << 30;

/// Extracts a chart archive into `dir`: only regular files and directories
/// under `<name>/`, never outside `dir`.
pub fn safe_untar(archive: &[u8], dir: &Path, name: &str) -> Result<(), OciError> {
    let gz = flate2::read::GzDecoder::new(archive);
    let mut ar = tar::Archive::new(gz);
    let bad = |m: String| OciError::Chart(format!("chart archive: {m}"));
    let entries = ar.entries().map_err(|e| bad(e.to_string()))?;
    let root = std::fs::create_dir_all(dir.join(name)).map_err(|e| OciError::file(dir, e));
    root?;
    let mut total = 0u64;
    for entry in entries {
        let mut entry = entry.map_err(|e| bad(e.to_string()))?;
        let p = entry.path().map_err(|e| bad(e.to_string()))?.into_owned();
        let comps: Vec<Component> = p.components().collect();
        if comps.iter().any(|c| !matches!(c, Component::Normal(_))) {
            return Err(bad(format!("entry {} leaves the chart directory", p.display())));
        }
        if comps.first().map(|c| c.as_os_str()) != Some(std::ffi::OsStr::new(name)) {
            return Err(bad(format!("entry {} is not under {name}/", p.display())));
        }
        let kind = entry.header().entry_type();
        let out = dir.join(&p);
        if kind.is_dir() {
            std::fs::create_dir_all(&out).map_err(|e| OciError::file(&out, e))?;
        } else if kind.is_file() {
            if let Some(parent) = out.parent() {
                std::fs::create_dir_all(parent).map_err(|e| OciError::file(parent, e))?;
            }
            total = total.saturating_add(entry.size());
            if total > MAX_UNTAR_BYTES {
                return Err(bad(format!("unpacks to more than 1 GiB (at {})", p.display())));
            }
            let mut f = std::fs::File::create(&out).map_err(|e| OciError::file(&out, e))?;
            std::io::copy(&mut entry, &mut f).map_err(|e| OciError::file(&out, e))?;
        } else if matches!(kind, tar::EntryType::XGlobalHeader | tar::EntryType::XHeader) {
            continue;
        } else {
            return Err(bad(format!("entry {} is not a regular file or directory", p.display())));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn config_json_in_helm_order() {
        let meta: serde_json::Map<String, Value> = serde_json::from_str(
            r#"{"apiVersion":"v2","name":"demo","description":"A Helm chart","type":"application","version":"0.1.0","appVersion":"1.16.0","keywords":[]}"#,
        )
        .unwrap();
        assert_eq!(
            String::from_utf8(config_json(&meta)).unwrap(),
            r#"{"name":"demo","version":"0.1.0","description":"A Helm chart","apiVersion":"v2","appVersion":"1.16.0","type":"application"}"#
        );
    }

    #[test]
    fn times() {
        assert_eq!(rfc3339(0), "1970-01-01T00:00:00Z");
        assert_eq!(rfc3339(1_700_000_000), "2023-11-14T22:13:20Z");
    }

    #[test]
    fn untar_refuses_archive_bombs() {
        // One entry that claims 2 GiB (the data need not be there: the size
        // alone is refused, before anything is read).
        let mut b = tar::Builder::new(Vec::new());
        let mut h = tar::Header::new_gnu();
        h.set_path("demo/templates/big.yaml").unwrap();
        h.set_size(2 << 30);
        h.set_mode(0o644);
        h.set_entry_type(tar::EntryType::Regular);
        h.set_cksum();
        b.append(&h, &b"x"[..]).unwrap();
        let tar = b.into_inner().unwrap();
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        std::io::Write::write_all(&mut gz, &tar).unwrap();
        let tgz = gz.finish().unwrap();
        let dir = tempfile::tempdir().unwrap();
        let e = safe_untar(&tgz, dir.path(), "demo").unwrap_err().to_string();
        assert!(e.contains("unpacks to more than 1 GiB (at demo/templates/big.yaml)"), "{e}");
    }

    #[test]
    fn untar_refuses_escapes() {
        let mut b = tar::Builder::new(Vec::new());
        let mut h = tar::Header::new_gnu();
        h.set_size(1);
        h.set_mode(0o644);
        h.set_entry_type(tar::EntryType::Regular);
        // set_path refuses "..", so write the raw name
        let name = b"demo/../../evil";
        h.as_old_mut().name[..name.len()].copy_from_slice(name);
        h.set_cksum();
        b.append(&h, &b"x"[..]).unwrap();
        let tar = b.into_inner().unwrap();
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        std::io::Write::write_all(&mut gz, &tar).unwrap();
        let tgz = gz.finish().unwrap();
        let dir = tempfile::tempdir().unwrap();
        let e = safe_untar(&tgz, dir.path(), "demo").unwrap_err().to_string();
        assert!(e.contains("leaves the chart directory"), "{e}");
        assert!(!dir.path().parent().unwrap().join("evil").exists());
    }
}
