//! Container image references, by the distribution reference grammar:
//!
//! ```text
//! reference  := name [ ":" tag ] [ "@" digest ]
//! name       := [ domain "/" ] path-component ( "/" path-component )*
//! domain     := host [ ":" port ]          host: DNS labels, IPv4 or [IPv6]
//! path-component := [a-z0-9]+ ( ( "." | "_" | "__" | "-"+ ) [a-z0-9]+ )*
//! tag        := [A-Za-z0-9_][A-Za-z0-9_.-]{0,127}
//! digest     := algorithm ":" encoded   (sha256: 64 lowercase hex)
//! ```
//!
//! Docker's normalisation: a first component is a registry host only when it
//! holds a `.` or a `:` or is `localhost` (or has upper-case letters);
//! otherwise the reference is on Docker Hub (`docker.io`), and one-component
//! Docker Hub names live under `library/`. `index.docker.io` and
//! `registry-1.docker.io` are `docker.io`.
use std::fmt;

/// Docker Hub's canonical registry name.
pub const DOCKER_HUB: &str = "docker.io";

/// A parsed, normalised image reference.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ImageRef {
    /// Registry host with optional port, normalised (`docker.io` for Docker Hub).
    pub registry: String,
    /// Repository path inside the registry (`library/nginx`).
    pub repository: String,
    /// Tag, if the reference names one (`None` means `latest` unless a digest is given).
    pub tag: Option<String>,
    /// Digest (`sha256:<hex>`), if given.
    pub digest: Option<String>,
}

/// Why a string is not an image reference.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum RefError {
    #[error("empty image reference")]
    Empty,
    #[error("invalid image reference '{reference}': {reason}")]
    Invalid { reference: String, reason: String },
}

fn invalid(reference: &str, reason: impl Into<String>) -> RefError {
    RefError::Invalid { reference: reference.to_string(), reason: reason.into() }
}

const MAX_NAME: usize = 255;

fn is_alnum_lower(c: u8) -> bool {
    c.is_ascii_lowercase() || c.is_ascii_digit()
}

/// `[a-z0-9]+ ((\.|_|__|-+)[a-z0-9]+)*`
pub fn valid_path_component(s: &str) -> bool {
    let b = s.as_bytes();
    if b.is_empty() || !is_alnum_lower(b[0]) || !is_alnum_lower(b[b.len() - 1]) {
        return false;
    }
    let mut i = 0;
    while i < b.len() {
        if is_alnum_lower(b[i]) {
            i += 1;
            continue;
        }
        let start = i;
        while i < b.len() && !is_alnum_lower(b[i]) {
            i += 1;
        }
        let sep = &s[start..i];
        let ok = sep == "." || sep == "_" || sep == "__" || sep.bytes().all(|c| c == b'-');
        if !ok {
            return false;
        }
    }
    true
}

fn valid_label(s: &str) -> bool {
    let b = s.as_bytes();
    !b.is_empty()
        && b[0].is_ascii_alphanumeric()
        && b[b.len() - 1].is_ascii_alphanumeric()
        && b.iter().all(|c| c.is_ascii_alphanumeric() || *c == b'-')
}

/// A registry host with optional port: DNS name, IPv4, or `[IPv6]`.
pub fn valid_domain(s: &str) -> bool {
    let (host, port) = if let Some(rest) = s.strip_prefix('[') {
        let Some(end) = rest.find(']') else {
            return false;
        };
        let inner = &rest[..end];
        if inner.is_empty() || !inner.bytes().all(|c| c.is_ascii_hexdigit() || c == b':' || c == b'.') {
            return false;
        }
        let after = &rest[end + 1..];
        match after.strip_prefix(':') {
            Some(p) => (None, Some(p)),
            None if after.is_empty() => (None, None),
            None => return false,
        }
    } else {
        match s.rsplit_once(':') {
            Some((h, p)) => (Some(h), Some(p)),
            None => (Some(s), None),
        }
    };
    if let Some(p) = port {
        if p.is_empty() || p.len() > 5 || !p.bytes().all(|c| c.is_ascii_digit()) {
            return false;
        }
    }
    match host {
        None => true,
        Some(h) => !h.is_empty() && h.split('.').all(valid_label),
    }
}

/// `[\w][\w.-]{0,127}`
pub fn valid_tag(s: &str) -> bool {
    let b = s.as_bytes();
    !b.is_empty()
        && b.len() <= 128
        && (b[0].is_ascii_alphanumeric() || b[0] == b'_')
        && b.iter().all(|c| c.is_ascii_alphanumeric() || matches!(c, b'_' | b'.' | b'-'))
}

/// `algorithm:encoded`; sha256/sha512 must be lowercase hex of the right length.
pub fn valid_digest(s: &str) -> bool {
    let Some((alg, enc)) = s.split_once(':') else {
        return false;
    };
    let alg_ok =
        !alg.is_empty() && alg.split(['+', '.', '_', '-']).all(|p| !p.is_empty() && p.bytes().all(is_alnum_lower));
    if !alg_ok || enc.len() < 32 {
        return false;
    }
    let hex = |n: usize| enc.len() == n && enc.bytes().all(|c| c.is_ascii_digit() || (b'a'..=b'f').contains(&c));
    match alg {
        "sha256" => hex(64),
        "sha512" => hex(128),
        _ => enc.bytes().all(|c| c.is_ascii_alphanumeric() || matches!(c, b'=' | b'_' | b'-')),
    }
}

/// Docker's rule: is this first component a registry?
fn looks_like_domain(first: &str) -> bool {
    first.contains('.') || first.contains(':') || first == "localhost" || first.bytes().any(|c| c.is_ascii_uppercase())
}

/// Normalise a registry name (`index.docker.io` is `docker.io`).
pub fn normalize_registry(host: &str) -> String {
    match host {
        "index.docker.io" | "registry-1.docker.io" | "registry.hub.docker.com" => DOCKER_HUB.to_string(),
        h => h.to_string(),
    }
}

impl ImageRef {
    /// Parse and normalise a reference.
    pub fn parse(s: &str) -> Result<ImageRef, RefError> {
        if s.is_empty() {
            return Err(RefError::Empty);
        }
        if s.bytes().any(|c| c.is_ascii_whitespace() || c.is_ascii_control() || !c.is_ascii()) {
            return Err(invalid(s, "contains whitespace or characters outside ASCII"));
        }
        let (rest, digest) = match s.split_once('@') {
            Some((n, d)) => {
                if !valid_digest(d) {
                    return Err(invalid(s, format!("invalid digest '{d}'")));
                }
                (n, Some(d.to_string()))
            }
            None => (s, None),
        };
        // A tag follows the last ':' after the last '/'.
        let last_slash = rest.rfind('/').map_or(0, |i| i + 1);
        let (name, tag) = match rest[last_slash..].rfind(':') {
            Some(i) => {
                let t = &rest[last_slash + i + 1..];
                if !valid_tag(t) {
                    return Err(invalid(s, format!("invalid tag '{t}'")));
                }
                (&rest[..last_slash + i], Some(t.to_string()))
            }
            None => (rest, None),
        };
        if name.is_empty() {
            return Err(invalid(s, "missing repository name"));
        }
        if name.len() > MAX_NAME {
            return Err(invalid(s, format!("repository name longer than {MAX_NAME} characters")));
        }
        let (registry, path) = match name.split_once('/') {
            Some((first, rest)) if looks_like_domain(first) => {
                if !valid_domain(first) {
                    return Err(invalid(s, format!("invalid registry host '{first}'")));
                }
                (normalize_registry(first), rest.to_string())
            }
            _ => (DOCKER_HUB.to_string(), name.to_string()),
        };
        if path.is_empty() {
            return Err(invalid(s, "missing repository path"));
        }
        for comp in path.split('/') {
            if !valid_path_component(comp) {
                let reason = if comp.bytes().any(|c| c.is_ascii_uppercase()) {
                    format!("repository path component '{comp}' must be lowercase")
                } else {
                    format!("invalid repository path component '{comp}'")
                };
                return Err(invalid(s, reason));
            }
        }
        let repository = if registry == DOCKER_HUB && !path.contains('/') { format!("library/{path}") } else { path };
        // Docker measures the normalised name (`docker.io/library/...`), so a
        // short name may be too long once its registry is filled in.
        if registry.len() + 1 + repository.len() > MAX_NAME {
            return Err(invalid(s, format!("repository name longer than {MAX_NAME} characters")));
        }
        Ok(ImageRef { registry, repository, tag, digest })
    }

    /// `registry/repository`.
    pub fn name(&self) -> String {
        format!("{}/{}", self.registry, self.repository)
    }

    /// The fully normalised form: `latest` filled in when neither tag nor digest is given.
    pub fn normalized(&self) -> String {
        let mut r = self.clone();
        if r.tag.is_none() && r.digest.is_none() {
            r.tag = Some("latest".into());
        }
        r.to_string()
    }

    /// Docker's short form (`nginx:1.25`, `bitnami/redis`).
    pub fn familiar(&self) -> String {
        let first = self.repository.split('/').next().unwrap_or("");
        let name = if self.registry == DOCKER_HUB && !looks_like_domain(first) {
            self.repository
                .strip_prefix("library/")
                .filter(|r| !r.contains('/'))
                .unwrap_or(&self.repository)
                .to_string()
        } else {
            self.name()
        };
        let mut s = name;
        self.push_suffix(&mut s);
        s
    }

    /// `:tag@digest` as far as present.
    pub fn suffix(&self) -> String {
        let mut s = String::new();
        self.push_suffix(&mut s);
        s
    }

    fn push_suffix(&self, s: &mut String) {
        if let Some(t) = &self.tag {
            s.push(':');
            s.push_str(t);
        }
        if let Some(d) = &self.digest {
            s.push('@');
            s.push_str(d);
        }
    }
}

/// The full form, registry always written (`docker.io/library/nginx:1.25`).
impl fmt::Display for ImageRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}{}", self.registry, self.repository, self.suffix())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn a_short_name_too_long_once_normalised_is_refused() {
        // Found by the image_ref fuzz target: 245 characters parse as a short
        // name, but `docker.io/` makes the full name 255+ and it would not
        // parse back.
        let short = format!("a/{}", "b".repeat(245));
        assert!(ImageRef::parse(&short).is_err());
        let fits = format!("a/{}", "b".repeat(240));
        let r = ImageRef::parse(&fits).expect("fits");
        assert!(ImageRef::parse(&r.to_string()).is_ok());
    }

    fn p(s: &str) -> ImageRef {
        ImageRef::parse(s).unwrap()
    }

    const D: &str = "sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

    #[test]
    fn docker_hub_normalisation() {
        assert_eq!(p("nginx").normalized(), "docker.io/library/nginx:latest");
        assert_eq!(p("nginx").to_string(), "docker.io/library/nginx");
        assert_eq!(p("bitnami/redis").to_string(), "docker.io/bitnami/redis");
        assert_eq!(p("index.docker.io/library/nginx:1").to_string(), "docker.io/library/nginx:1");
        assert_eq!(p("docker.io/nginx").repository, "library/nginx");
        assert_eq!(p("docker.io/library/nginx:1.25").familiar(), "nginx:1.25");
        assert_eq!(p("docker.io/bitnami/redis").familiar(), "bitnami/redis");
    }

    #[test]
    fn hosts_ports_tags_digests() {
        let r = p("localhost:5000/x");
        assert_eq!((r.registry.as_str(), r.repository.as_str(), r.tag.as_deref()), ("localhost:5000", "x", None));
        let r = p("localhost/x:1");
        assert_eq!((r.registry.as_str(), r.tag.as_deref()), ("localhost", Some("1")));
        let r = p(&format!("quay.io/prometheus/node-exporter:v1.8.0@{D}"));
        assert_eq!(r.registry, "quay.io");
        assert_eq!(r.repository, "prometheus/node-exporter");
        assert_eq!(r.tag.as_deref(), Some("v1.8.0"));
        assert_eq!(r.digest.as_deref(), Some(D));
        let r = p(&format!("registry.k8s.io/pause@{D}"));
        assert_eq!((r.tag, r.digest.as_deref()), (None, Some(D)));
        assert_eq!(p("[::1]:5000/a/b:t").registry, "[::1]:5000");
        assert_eq!(p("10.0.0.1:5000/a_b/c__d/e-f--g.h").repository, "a_b/c__d/e-f--g.h");
    }

    #[test]
    fn invalid_references_say_why() {
        for (s, why) in [
            ("", "empty"),
            ("Nginx", "lowercase"),
            ("nginx:", "invalid tag"),
            ("nginx:-x", "invalid tag"),
            ("nginx@sha256:abc", "invalid digest"),
            ("quay.io/", "missing repository path"),
            ("a//b", "invalid repository path component"),
            ("a b", "whitespace"),
            ("http://quay.io/x", "invalid registry host"),
            ("-x.io/a", "invalid registry host"),
        ] {
            let e = ImageRef::parse(s).unwrap_err().to_string();
            assert!(e.contains(why), "{s:?}: {e}");
        }
    }

    fn component() -> impl Strategy<Value = String> {
        "[a-z0-9]{1,5}((\\.|_|__|-{1,2})[a-z0-9]{1,4}){0,2}"
    }

    fn reference() -> impl Strategy<Value = String> {
        (
            prop::option::of(prop_oneof![
                Just("localhost".to_string()),
                "[a-z0-9]{1,6}\\.[a-z]{2,4}",
                "[a-z0-9]{1,6}\\.[a-z]{2,4}:[0-9]{1,5}",
                Just("docker.io".to_string()),
                Just("index.docker.io".to_string()),
            ]),
            prop::collection::vec(component(), 1..4),
            prop::option::of("[A-Za-z0-9_][A-Za-z0-9_.-]{0,20}"),
            prop::option::of("[0-9a-f]{64}"),
        )
            .prop_map(|(host, mut comps, tag, dig)| {
                if host.is_none() {
                    // Without a host, a first component with a '.' would be read as one.
                    comps[0] = comps[0].replace('.', "-");
                }
                let mut s = host.map(|h| format!("{h}/")).unwrap_or_default();
                s.push_str(&comps.join("/"));
                if let Some(t) = tag {
                    s.push(':');
                    s.push_str(&t);
                }
                if let Some(d) = dig {
                    s.push_str("@sha256:");
                    s.push_str(&d);
                }
                s
            })
    }

    proptest! {
        #[test]
        fn print_parse_is_identity(s in reference()) {
            let r = ImageRef::parse(&s).unwrap();
            prop_assert_eq!(ImageRef::parse(&r.to_string()).unwrap(), r.clone());
            prop_assert_eq!(ImageRef::parse(&r.familiar()).unwrap(), r.clone());
            prop_assert_eq!(ImageRef::parse(&r.normalized()).unwrap().name(), r.name());
        }

        #[test]
        fn canonical_text_round_trips(s in reference()) {
            let canon = ImageRef::parse(&s).unwrap().to_string();
            prop_assert_eq!(ImageRef::parse(&canon).unwrap().to_string(), canon);
        }

        #[test]
        fn no_input_panics(s in "\\PC{0,80}") {
            if let Ok(r) = ImageRef::parse(&s) {
                prop_assert_eq!(ImageRef::parse(&r.to_string()).unwrap(), r);
            }
        }

        #[test]
        fn no_ascii_input_panics(s in "[a-zA-Z0-9:/@._\\-\\[\\]]{0,60}") {
            if let Ok(r) = ImageRef::parse(&s) {
                prop_assert_eq!(ImageRef::parse(&r.to_string()).unwrap(), r);
            }
        }
    }
}
