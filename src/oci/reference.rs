//! Image and chart references. Parsing goes through oci-client's
//! `Reference` (the distribution grammar, docker.io defaults) until the
//! project's own parser in `src/images` is merged in.
use std::fmt;

use super::OciError;

/// A parsed image reference: registry host, repository path, tag and/or digest.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ImageRef {
    pub registry: String,
    pub repository: String,
    pub tag: Option<String>,
    pub digest: Option<String>,
}

impl ImageRef {
    /// Parses `[HOST/]PATH[:TAG][@DIGEST]` with docker's defaults
    /// (`nginx` is `docker.io/library/nginx`).
    pub fn parse(s: &str) -> Result<ImageRef, OciError> {
        let s = s.trim();
        let r: oci_client::Reference =
            s.parse().map_err(|e| OciError::InvalidReference(format!("invalid image reference {s:?}: {e}")))?;
        // The parser fills in `latest`; keep only a tag the text names.
        let before_digest = s.split('@').next().unwrap_or(s);
        let last = before_digest.rsplit('/').next().unwrap_or(before_digest);
        let explicit_tag =
            last.contains(':') && before_digest.contains('/') || (!before_digest.contains('/') && last.contains(':'));
        Ok(ImageRef {
            registry: r.registry().to_string(),
            repository: r.repository().to_string(),
            tag: r.tag().filter(|_| explicit_tag).map(str::to_string),
            digest: r.digest().map(str::to_string),
        })
    }

    /// Parses `HOST/PATH` without applying docker.io defaults: the first
    /// component is always the registry (used for `--to` and `oci://` URLs).
    pub fn parse_explicit_host(s: &str) -> Result<ImageRef, OciError> {
        let s = s.trim().trim_start_matches("oci://").trim_end_matches('/');
        let Some((host, rest)) = s.split_once('/') else {
            return Err(OciError::InvalidReference(format!("invalid reference {s:?}: expected HOST/PATH")));
        };
        if host.is_empty() || rest.is_empty() {
            return Err(OciError::InvalidReference(format!("invalid reference {s:?}: expected HOST/PATH")));
        }
        let (rest, digest) = match rest.split_once('@') {
            Some((r, d)) => (r, Some(d.to_string())),
            None => (rest, None),
        };
        let (repo, tag) = match rest.rsplit_once(':') {
            Some((r, t)) if !t.contains('/') => (r, Some(t.to_string())),
            _ => (rest, None),
        };
        validate_repository(repo).map_err(|m| OciError::InvalidReference(format!("invalid reference {s:?}: {m}")))?;
        if let Some(t) = &tag {
            validate_tag(t).map_err(|m| OciError::InvalidReference(format!("invalid reference {s:?}: {m}")))?;
        }
        if let Some(d) = &digest {
            validate_digest(d).map_err(|m| OciError::InvalidReference(format!("invalid reference {s:?}: {m}")))?;
        }
        Ok(ImageRef { registry: host.to_string(), repository: repo.to_string(), tag, digest })
    }

    /// The host to send requests to (docker.io's API lives on registry-1.docker.io).
    pub fn api_host(&self) -> &str {
        api_host(&self.registry)
    }

    /// Tag or digest to address the manifest with (digest wins).
    pub fn reference(&self) -> Option<&str> {
        self.digest.as_deref().or(self.tag.as_deref())
    }

    pub fn with_tag(&self, tag: &str) -> ImageRef {
        ImageRef { tag: Some(tag.to_string()), digest: None, ..self.clone() }
    }

    pub fn with_digest(&self, digest: &str) -> ImageRef {
        ImageRef { tag: None, digest: Some(digest.to_string()), ..self.clone() }
    }

    /// `HOST/PATH` without tag or digest.
    pub fn repo_name(&self) -> String {
        format!("{}/{}", self.registry, self.repository)
    }
}

impl fmt::Display for ImageRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}", self.registry, self.repository)?;
        if let Some(t) = &self.tag {
            write!(f, ":{t}")?;
        }
        if let Some(d) = &self.digest {
            write!(f, "@{d}")?;
        }
        Ok(())
    }
}

pub fn api_host(registry: &str) -> &str {
    match registry {
        "docker.io" | "index.docker.io" => "registry-1.docker.io",
        other => other,
    }
}

fn validate_repository(repo: &str) -> Result<(), String> {
    for part in repo.split('/') {
        let ok = !part.is_empty()
            && part.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b"._-".contains(&b))
            && part.bytes().next().is_some_and(|b| b.is_ascii_alphanumeric())
            && part.bytes().last().is_some_and(|b| b.is_ascii_alphanumeric());
        if !ok {
            return Err(format!("repository component {part:?} must be lowercase letters, digits and . _ -"));
        }
    }
    Ok(())
}

fn validate_tag(tag: &str) -> Result<(), String> {
    let ok = !tag.is_empty()
        && tag.len() <= 128
        && tag.bytes().all(|b| b.is_ascii_alphanumeric() || b"._-".contains(&b))
        && tag.bytes().next().is_some_and(|b| b.is_ascii_alphanumeric() || b == b'_');
    if ok {
        Ok(())
    } else {
        Err(format!("tag {tag:?} is not a valid tag ([A-Za-z0-9_][A-Za-z0-9._-]{{0,127}})"))
    }
}

/// Checks `sha256:<64 hex>` (other algorithms: `algo:hex`).
pub fn validate_digest(d: &str) -> Result<(), String> {
    let Some((algo, hex)) = d.split_once(':') else {
        return Err(format!("digest {d:?} must be ALGORITHM:HEX"));
    };
    let hex_ok = !hex.is_empty() && hex.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b));
    let len_ok = algo != "sha256" || hex.len() == 64;
    if algo.is_empty() || !hex_ok || !len_ok {
        return Err(format!("digest {d:?} is not a valid digest"));
    }
    Ok(())
}

/// A chart location `oci://HOST/NAMESPACE/NAME[:TAG][@DIGEST]`.
pub fn parse_oci_url(url: &str) -> Result<ImageRef, OciError> {
    let Some(rest) = url.strip_prefix("oci://") else {
        return Err(OciError::InvalidReference(format!("{url:?} is not an oci:// reference")));
    };
    ImageRef::parse_explicit_host(rest)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn docker_defaults() {
        let r = ImageRef::parse("nginx:1.25").unwrap();
        assert_eq!(r.registry, "docker.io");
        assert_eq!(r.repository, "library/nginx");
        assert_eq!(r.tag.as_deref(), Some("1.25"));
        assert_eq!(r.api_host(), "registry-1.docker.io");
        let r = ImageRef::parse(
            "127.0.0.1:5000/a/b@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
        )
        .unwrap();
        assert_eq!(r.registry, "127.0.0.1:5000");
        assert_eq!(r.repository, "a/b");
        assert!(r.tag.is_none());
        assert!(ImageRef::parse("127.0.0.1:5000/a/b").unwrap().tag.is_none());
        assert!(ImageRef::parse("nginx").unwrap().tag.is_none());
        assert_eq!(ImageRef::parse("localhost:5000/x:1").unwrap().tag.as_deref(), Some("1"));
        assert!(ImageRef::parse("library/Upper:x").is_err());
    }

    #[test]
    fn oci_urls() {
        let r = parse_oci_url("oci://127.0.0.1:5000/charts/demo:1.0.0").unwrap();
        assert_eq!(
            (r.registry.as_str(), r.repository.as_str(), r.tag.as_deref()),
            ("127.0.0.1:5000", "charts/demo", Some("1.0.0"))
        );
        let r = parse_oci_url("oci://localhost/charts/").unwrap();
        assert_eq!(r.repository, "charts");
        assert!(r.tag.is_none());
        assert!(parse_oci_url("oci://host").is_err());
        assert!(parse_oci_url("https://host/x").is_err());
        assert!(parse_oci_url("oci://host/x@sha256:12").is_err());
        assert!(parse_oci_url("oci://host/x:bad+tag").is_err());
    }
}
