//! The mirror map: one file that says where every registry's images (and
//! every chart repository's downloads) are mirrored. See docs/mirroring.md.
//!
//! ```yaml
//! apiVersion: kforge.dev/v1alpha1
//! kind: MirrorMap
//! mirrors:
//! - from: gcr.io
//!   to: registry.cn-hangzhou.example.com/gcr
//! - from: "*"
//!   to: mirror.example.cn/{host}/{path}
//! exclude: [mirror.example.cn]
//! charts:
//! - from: https://charts.example.org
//!   to: https://mirror.example.cn/charts
//! ```
use std::collections::HashMap;

use crate::yaml::Value;

use super::reference::{normalize_registry, valid_domain, valid_path_component, ImageRef, DOCKER_HUB};
use super::ImagesError;

pub const API_VERSION: &str = "kforge.dev/v1alpha1";
pub const KIND: &str = "MirrorMap";

/// A registry host plus an optional leading path, matched on whole components.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NamePrefix {
    pub registry: String,
    pub path: String,
}

impl NamePrefix {
    /// Parse `host[/path]`; the first component is always the host.
    fn parse(s: &str) -> Option<NamePrefix> {
        let s = s.trim_end_matches('/');
        let (host, path) = s.split_once('/').unwrap_or((s, ""));
        if !valid_domain(host) || (!path.is_empty() && !path.split('/').all(valid_path_component)) {
            return None;
        }
        let registry = normalize_registry(host);
        let path = if registry == DOCKER_HUB && !path.is_empty() && !path.contains('/') && path != "library" {
            // `docker.io/bitnami` is an organisation, not `library/bitnami`.
            path.to_string()
        } else {
            path.to_string()
        };
        Some(NamePrefix { registry, path })
    }

    /// The rest of `registry/repository` after this prefix, if it matches.
    pub fn strip<'a>(&self, registry: &str, repository: &'a str) -> Option<&'a str> {
        if registry != self.registry {
            return None;
        }
        if self.path.is_empty() {
            return Some(repository);
        }
        if repository == self.path {
            return Some("");
        }
        repository.strip_prefix(&self.path).and_then(|r| r.strip_prefix('/'))
    }

    fn weight(&self) -> usize {
        1 + if self.path.is_empty() { 0 } else { self.path.split('/').count() }
    }

    pub fn text(&self) -> String {
        if self.path.is_empty() {
            self.registry.clone()
        } else {
            format!("{}/{}", self.registry, self.path)
        }
    }
}

/// One `mirrors:` entry.
#[derive(Clone, Debug)]
pub struct MirrorRule {
    /// `None` for `*` (any registry).
    pub from: Option<NamePrefix>,
    pub from_text: String,
    /// Destination; may use `{host}` and `{path}`.
    pub to: String,
    /// The fixed part of `to` (before any placeholder), for "already mirrored".
    pub to_prefix: NamePrefix,
}

/// One `charts:` entry (URL prefixes).
#[derive(Clone, Debug)]
pub struct ChartRule {
    pub from: String,
    pub to: String,
}

/// The whole map.
#[derive(Clone, Debug, Default)]
pub struct MirrorMap {
    pub rules: Vec<MirrorRule>,
    pub exclude: Vec<NamePrefix>,
    pub charts: Vec<ChartRule>,
    /// Where the map was read from (for messages).
    pub origin: String,
}

/// What the map says about one reference.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Decision {
    /// Rewrite to this reference.
    Mirror(ImageRef),
    /// Already under a mirror destination: left alone (so a second run changes nothing).
    AlreadyMirrored,
    /// Under an `exclude` entry.
    Excluded,
    /// No rule matches.
    NoRule,
}

fn map_err(origin: &str, field: impl Into<String>, message: impl Into<String>) -> ImagesError {
    ImagesError::Map { file: origin.to_string(), field: field.into(), message: message.into() }
}

/// `{host}` as a path component: a port's `:` becomes `_`.
fn host_component(registry: &str) -> String {
    registry.replace([':', '[', ']'], "_")
}

impl MirrorMap {
    /// Read a map from YAML text; `origin` names the file in errors.
    pub fn parse(text: &str, origin: &str) -> Result<MirrorMap, ImagesError> {
        let docs = crate::yaml::parse_documents(text, origin)?;
        let doc = docs.into_iter().next().unwrap_or(Value::Null);
        Self::from_value(&doc, origin)
    }

    pub fn load(path: &std::path::Path) -> Result<MirrorMap, ImagesError> {
        let origin = path.display().to_string();
        let text = super::read_text(path)?;
        Self::parse(&text, &origin)
    }

    pub fn from_value(doc: &Value, origin: &str) -> Result<MirrorMap, ImagesError> {
        let Value::Object(obj) = doc else {
            return Err(map_err(origin, "(document)", "a MirrorMap must be a mapping"));
        };
        match obj.get("apiVersion").and_then(Value::as_str) {
            Some(API_VERSION) | None => {}
            Some(other) => return Err(map_err(origin, "apiVersion", format!("expected {API_VERSION}, got {other}"))),
        }
        match obj.get("kind").and_then(Value::as_str) {
            Some(KIND) | None => {}
            Some(other) => return Err(map_err(origin, "kind", format!("expected {KIND}, got {other}"))),
        }
        for k in obj.keys() {
            if !matches!(k.as_str(), "apiVersion" | "kind" | "metadata" | "mirrors" | "exclude" | "charts") {
                return Err(map_err(origin, k.clone(), "unknown field (expected mirrors, exclude, charts)"));
            }
        }
        let mut map = MirrorMap { origin: origin.to_string(), ..Default::default() };
        for (i, e) in list(obj.get("mirrors"), origin, "mirrors")?.iter().enumerate() {
            let field = format!("mirrors[{i}]");
            let (from, to) = from_to(e, origin, &field)?;
            let from_prefix = if from == "*" {
                None
            } else {
                Some(NamePrefix::parse(&from).ok_or_else(|| {
                    map_err(
                        origin,
                        format!("{field}.from"),
                        format!("'{from}' is not a registry host with an optional path"),
                    )
                })?)
            };
            let fixed = to.split('{').next().unwrap_or("");
            let fixed = match fixed.rfind('/') {
                Some(i) if to.contains('{') => &fixed[..i],
                _ if to.contains('{') => "",
                _ => fixed,
            };
            let to_prefix =
                NamePrefix::parse(fixed).filter(|p| p.registry.contains(['.', ':']) || p.registry == "localhost");
            let Some(to_prefix) = to_prefix else {
                return Err(map_err(
                    origin,
                    format!("{field}.to"),
                    format!("'{to}' must start with a registry host (with a '.' or a port, or localhost)"),
                ));
            };
            for ph in placeholders(&to) {
                if ph != "host" && ph != "path" {
                    return Err(map_err(
                        origin,
                        format!("{field}.to"),
                        format!("unknown placeholder '{{{ph}}}' (use {{host}} and {{path}})"),
                    ));
                }
            }
            // The destination must give a valid reference for a sample source.
            let sample = expand(&to, "example.com", "org/app");
            if ImageRef::parse(&sample).is_err() {
                return Err(map_err(origin, format!("{field}.to"), format!("'{to}' does not give a valid image name")));
            }
            if map.rules.iter().any(|r| r.from_text == from) {
                return Err(map_err(origin, format!("{field}.from"), format!("'{from}' is listed twice")));
            }
            if !to.contains('{') {
                if let Some(other) = map.rules.iter().find(|r| r.to.trim_end_matches('/') == to.trim_end_matches('/')) {
                    return Err(map_err(
                        origin,
                        format!("{field}.to"),
                        format!("two sources map to one destination '{to}': '{}' and '{from}'", other.from_text),
                    ));
                }
            }
            map.rules.push(MirrorRule { from: from_prefix, from_text: from, to, to_prefix });
        }
        for (i, e) in list(obj.get("exclude"), origin, "exclude")?.iter().enumerate() {
            let Some(s) = e.as_str() else {
                return Err(map_err(origin, format!("exclude[{i}]"), "expected a registry host (string)"));
            };
            let p = NamePrefix::parse(s).ok_or_else(|| {
                map_err(origin, format!("exclude[{i}]"), format!("'{s}' is not a registry host with an optional path"))
            })?;
            map.exclude.push(p);
        }
        for (i, e) in list(obj.get("charts"), origin, "charts")?.iter().enumerate() {
            let field = format!("charts[{i}]");
            let (from, to) = from_to(e, origin, &field)?;
            for (k, v) in [("from", &from), ("to", &to)] {
                if !(v.starts_with("https://") || v.starts_with("http://") || v.starts_with("oci://")) {
                    return Err(map_err(
                        origin,
                        format!("{field}.{k}"),
                        format!("'{v}' must be an http(s):// or oci:// URL"),
                    ));
                }
            }
            map.charts.push(ChartRule {
                from: from.trim_end_matches('/').to_string(),
                to: to.trim_end_matches('/').to_string(),
            });
        }
        Ok(map)
    }

    /// Is this name under a mirror destination?
    pub fn is_mirrored(&self, registry: &str, repository: &str) -> bool {
        self.rules.iter().any(|r| r.to_prefix.strip(registry, repository).is_some())
    }

    pub fn is_excluded(&self, registry: &str, repository: &str) -> bool {
        self.exclude.iter().any(|p| p.strip(registry, repository).is_some())
    }

    /// Map a `registry/repository` name; `None` when left alone.
    pub fn map_name(&self, registry: &str, repository: &str) -> Result<Option<(String, String)>, Decision> {
        if self.is_excluded(registry, repository) {
            return Err(Decision::Excluded);
        }
        if self.is_mirrored(registry, repository) {
            return Err(Decision::AlreadyMirrored);
        }
        let mut best: Option<(&MirrorRule, &str, usize)> = None;
        for r in &self.rules {
            let (rest, w) = match &r.from {
                None => (Some(repository), 0),
                Some(p) => (p.strip(registry, repository), p.weight()),
            };
            if let Some(rest) = rest {
                if best.is_none_or(|(_, _, bw)| w > bw) {
                    best = Some((r, rest, w));
                }
            }
        }
        let Some((rule, rest, _)) = best else {
            return Err(Decision::NoRule);
        };
        let target = if rule.to.contains('{') {
            expand(&rule.to, registry, rest)
        } else if rest.is_empty() {
            rule.to.clone()
        } else {
            format!("{}/{rest}", rule.to.trim_end_matches('/'))
        };
        let target = target.replace("//", "/").trim_end_matches('/').to_string();
        let (host, path) = target.split_once('/').unwrap_or((&target, ""));
        Ok(Some((normalize_registry(host), path.to_string())))
    }

    /// What to do with one reference. Tag and digest are always kept.
    pub fn decide(&self, r: &ImageRef) -> Decision {
        match self.map_name(&r.registry, &r.repository) {
            Err(d) => d,
            Ok(None) => Decision::NoRule,
            Ok(Some((registry, repository))) => {
                let text = format!("{registry}/{repository}{}", r.suffix());
                match ImageRef::parse(&text) {
                    Ok(mut m) => {
                        // Keep what the rule wrote (no `library/` for one-component Docker Hub targets).
                        m.repository = repository;
                        Decision::Mirror(m)
                    }
                    Err(_) => Decision::NoRule,
                }
            }
        }
    }

    /// Map a chart download or repository URL by the `charts:` entries
    /// (`oci://` URLs fall back to the image rules). `None`: unchanged.
    pub fn map_chart_url(&self, url: &str) -> Option<String> {
        let under =
            |u: &str, p: &str| u == p || u.strip_prefix(p).is_some_and(|r| r.starts_with('/') || r.starts_with('?'));
        if self.charts.iter().any(|c| under(url, &c.to)) {
            return None;
        }
        let best = self.charts.iter().filter(|c| under(url, &c.from)).max_by_key(|c| c.from.len());
        if let Some(c) = best {
            return Some(format!("{}{}", c.to, &url[c.from.len()..]));
        }
        let rest = url.strip_prefix("oci://")?;
        let rest = rest.trim_end_matches('/');
        let (host, path) = rest.split_once('/').unwrap_or((rest, ""));
        match self.map_name(&normalize_registry(host), path) {
            Ok(Some((h, p))) if p.is_empty() => Some(format!("oci://{h}")),
            Ok(Some((h, p))) => Some(format!("oci://{h}/{p}")),
            _ => None,
        }
    }

    /// Is this reference acceptable after localization: under a mirror, or excluded?
    pub fn is_localized(&self, r: &ImageRef) -> bool {
        self.is_mirrored(&r.registry, &r.repository) || self.is_excluded(&r.registry, &r.repository)
    }
}

fn placeholders(s: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = s;
    while let Some(i) = rest.find('{') {
        let after = &rest[i + 1..];
        match after.find('}') {
            Some(j) => {
                out.push(&after[..j]);
                rest = &after[j + 1..];
            }
            None => {
                out.push(after);
                break;
            }
        }
    }
    out
}

fn expand(to: &str, registry: &str, path: &str) -> String {
    to.replace("{host}", &host_component(registry)).replace("{path}", path)
}

fn list<'a>(v: Option<&'a Value>, origin: &str, field: &str) -> Result<&'a [Value], ImagesError> {
    match v {
        None | Some(Value::Null) => Ok(&[]),
        Some(Value::Array(a)) => Ok(a),
        Some(_) => Err(map_err(origin, field, "expected a list")),
    }
}

fn from_to(e: &Value, origin: &str, field: &str) -> Result<(String, String), ImagesError> {
    let get = |k: &str| match e.get(k) {
        Some(Value::String(s)) if !s.trim().is_empty() => Ok(s.trim().to_string()),
        Some(Value::String(_)) | None | Some(Value::Null) => Err(map_err(origin, format!("{field}.{k}"), "required")),
        Some(_) => Err(map_err(origin, format!("{field}.{k}"), "expected a string")),
    };
    if !e.is_object() {
        return Err(map_err(origin, field, "expected a mapping with 'from' and 'to'"));
    }
    Ok((get("from")?, get("to")?))
}

/// Watches a run for two different sources landing on one destination.
#[derive(Default)]
pub struct CollisionGuard {
    seen: HashMap<String, String>,
}

impl CollisionGuard {
    pub fn check(&mut self, from: &ImageRef, to: &ImageRef) -> Result<(), ImagesError> {
        let (src, dst) = (from.name(), to.name());
        match self.seen.get(&dst) {
            Some(prev) if *prev != src => {
                Err(ImagesError::Collision { destination: dst, first: prev.clone(), second: src })
            }
            Some(_) => Ok(()),
            None => {
                self.seen.insert(dst, src);
                Ok(())
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const MAP: &str = r#"
apiVersion: kforge.dev/v1alpha1
kind: MirrorMap
mirrors:
- from: gcr.io
  to: registry.cn-hangzhou.example.com/gcr
- from: docker.io/library
  to: mirror.example.cn/library
- from: "*"
  to: mirror.example.cn/{host}/{path}
exclude: [internal.example.com]
charts:
- from: https://charts.example.org
  to: https://mirror.example.cn/charts
"#;

    fn m() -> MirrorMap {
        MirrorMap::parse(MAP, "map.yaml").unwrap()
    }

    fn mirror(s: &str) -> String {
        match m().decide(&ImageRef::parse(s).unwrap()) {
            Decision::Mirror(r) => r.to_string(),
            other => format!("{other:?}"),
        }
    }

    #[test]
    fn longest_from_wins_and_digests_stay() {
        assert_eq!(mirror("gcr.io/a/b:1"), "registry.cn-hangzhou.example.com/gcr/a/b:1");
        assert_eq!(mirror("nginx:1.25"), "mirror.example.cn/library/nginx:1.25");
        assert_eq!(mirror("bitnami/redis:7"), "mirror.example.cn/docker.io/bitnami/redis:7");
        let d = "sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";
        assert_eq!(mirror(&format!("quay.io/x/y:v1@{d}")), format!("mirror.example.cn/quay.io/x/y:v1@{d}"));
        assert_eq!(mirror("localhost:5000/x"), "mirror.example.cn/localhost_5000/x");
    }

    #[test]
    fn idempotent_and_excluded() {
        assert_eq!(mirror("mirror.example.cn/quay.io/x/y:1"), "AlreadyMirrored");
        assert_eq!(mirror("registry.cn-hangzhou.example.com/gcr/a:1"), "AlreadyMirrored");
        assert_eq!(mirror("internal.example.com/a:1"), "Excluded");
        // Mapping twice gives the same as once.
        let once = mirror("ghcr.io/o/a:1");
        assert_eq!(mirror(&once), "AlreadyMirrored");
    }

    #[test]
    fn chart_urls() {
        let m = m();
        assert_eq!(
            m.map_chart_url("https://charts.example.org/redis-1.0.0.tgz").as_deref(),
            Some("https://mirror.example.cn/charts/redis-1.0.0.tgz")
        );
        assert_eq!(m.map_chart_url("https://charts.example.orgx/a.tgz"), None);
        assert_eq!(m.map_chart_url("https://mirror.example.cn/charts/a.tgz"), None);
        assert_eq!(
            m.map_chart_url("oci://registry-1.docker.io/bitnamicharts").as_deref(),
            Some("oci://mirror.example.cn/docker.io/bitnamicharts")
        );
    }

    #[test]
    fn bad_maps_name_the_field() {
        let cases = [
            ("mirrors: [{from: gcr.io}]", "mirrors[0].to: required"),
            ("mirrors: [{from: 'gcr.io', to: nohost}]", "mirrors[0].to"),
            ("mirrors: [{from: a.io, to: m.cn/x}, {from: b.io, to: m.cn/x}]", "two sources map to one destination"),
            ("mirrors: [{from: 'http://x', to: m.cn/x}]", "mirrors[0].from"),
            ("mirrors: [{from: '*', to: 'm.cn/{repo}'}]", "unknown placeholder"),
            ("exclude: [3]", "exclude[0]"),
            ("charts: [{from: x, to: https://m}]", "charts[0].from"),
            ("mirror: []", "mirror: unknown field"),
            ("kind: Foo", "kind: expected MirrorMap"),
        ];
        for (text, want) in cases {
            let e = MirrorMap::parse(text, "m.yaml").unwrap_err().to_string();
            assert!(e.starts_with("m.yaml") && e.contains(want), "{text}: {e}");
        }
    }

    #[test]
    fn collisions_at_run_time() {
        let m = MirrorMap::parse("mirrors: [{from: '*', to: 'm.cn/flat/{path}'}]", "m").unwrap();
        let mut g = CollisionGuard::default();
        let a = ImageRef::parse("gcr.io/x/app:1").unwrap();
        let b = ImageRef::parse("quay.io/x/app:1").unwrap();
        let (Decision::Mirror(ma), Decision::Mirror(mb)) = (m.decide(&a), m.decide(&b)) else { panic!() };
        g.check(&a, &ma).unwrap();
        g.check(&a, &ma).unwrap();
        assert!(g.check(&b, &mb).unwrap_err().to_string().contains("gcr.io/x/app"));
    }
}
