//! Where a source image goes on the mirror. Kept behind one function so the
//! images module's `MirrorMap` can replace it when it lands.
use super::reference::ImageRef;
use super::OciError;

/// Mirror rules: `--to HOST[/PREFIX]` plus optional `SRC_PREFIX=DST_PREFIX`
/// rewrites (longest matching prefix wins). Without a matching rule an image
/// keeps its host and path under the destination: `docker.io/library/nginx`
/// → `TO/docker.io/library/nginx` (host-preserving, like `skopeo sync --scoped`).
#[derive(Debug, Clone, Default)]
pub struct MirrorRules {
    pub to: Option<ImageRef>,
    pub rules: Vec<(String, String)>,
}

impl MirrorRules {
    /// `to` is `HOST[/PREFIX]` (optionally `oci://`); `map` is a list of
    /// `SRC=DST` entries or a file holding one per line (`#` comments).
    pub fn new(to: Option<&str>, map: &[String]) -> Result<MirrorRules, OciError> {
        let to = match to {
            Some(t) => {
                let t = t.trim().trim_start_matches("oci://").trim_end_matches('/');
                let (host, prefix) = t.split_once('/').unwrap_or((t, ""));
                if host.is_empty() {
                    return Err(OciError::InvalidReference(format!("--to {t:?}: expected HOST[/PATH]")));
                }
                Some(ImageRef { registry: host.to_string(), repository: prefix.to_string(), tag: None, digest: None })
            }
            None => None,
        };
        let mut rules = Vec::new();
        for m in map {
            let path = std::path::Path::new(m);
            if !m.contains('=') && path.is_file() {
                let text = std::fs::read_to_string(path).map_err(|e| OciError::file(path, e))?;
                for (i, line) in text.lines().enumerate() {
                    let line = line.split('#').next().unwrap_or("").trim();
                    if line.is_empty() {
                        continue;
                    }
                    let (a, b) = split_rule(line)
                        .ok_or_else(|| OciError::file(path, format!("line {}: expected SOURCE=DESTINATION", i + 1)))?;
                    rules.push((a, b));
                }
            } else {
                let (a, b) = split_rule(m).ok_or_else(|| {
                    OciError::InvalidReference(format!("--mirror {m:?}: expected SOURCE=DESTINATION or a file"))
                })?;
                rules.push((a, b));
            }
        }
        if to.is_none() && rules.is_empty() {
            return Err(OciError::InvalidReference("give --to REGISTRY[/PATH] or --mirror SOURCE=DESTINATION".into()));
        }
        Ok(MirrorRules { to, rules })
    }

    /// The mirror reference for `src` (same tag/digest).
    pub fn map(&self, src: &ImageRef) -> Result<ImageRef, OciError> {
        let full = src.repo_name();
        let best = self
            .rules
            .iter()
            .filter(|(from, _)| full == *from || full.starts_with(&format!("{from}/")))
            .max_by_key(|(from, _)| from.len());
        let target = if let Some((from, to)) = best {
            format!("{to}{}", &full[from.len()..])
        } else if let Some(to) = &self.to {
            // A port is not allowed in a repository path: `host:5000` → `host_5000`.
            let scoped = format!("{}/{}", src.registry.replace(':', "_"), src.repository);
            if to.repository.is_empty() {
                format!("{}/{}", to.registry, scoped)
            } else {
                format!("{}/{}/{}", to.registry, to.repository, scoped)
            }
        } else {
            return Err(OciError::InvalidReference(format!("no mirror rule matches {src}")));
        };
        let mut r = ImageRef::parse_explicit_host(&target)?;
        r.tag = src.tag.clone();
        r.digest = src.digest.clone();
        Ok(r)
    }
}

fn split_rule(s: &str) -> Option<(String, String)> {
    let (a, b) = s.split_once('=')?;
    let (a, b) = (a.trim().trim_end_matches('/'), b.trim().trim_start_matches("oci://").trim_end_matches('/'));
    if a.is_empty() || b.is_empty() {
        return None;
    }
    Some((a.to_string(), b.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn host_preserving_and_rules() {
        let m = MirrorRules::new(Some("oci://mirror.example:5000/m"), &["quay.io/org=mirror.example:5000/quay".into()])
            .unwrap();
        let r = m.map(&ImageRef::parse("nginx:1.25").unwrap()).unwrap();
        assert_eq!(r.to_string(), "mirror.example:5000/m/docker.io/library/nginx:1.25");
        let r = m.map(&ImageRef::parse("quay.io/org/app:v1").unwrap()).unwrap();
        assert_eq!(r.to_string(), "mirror.example:5000/quay/app:v1");
        let r = m.map(&ImageRef::parse("quay.io/organisation/app:v1").unwrap()).unwrap();
        assert_eq!(r.to_string(), "mirror.example:5000/m/quay.io/organisation/app:v1");
        let r = m
            .map(
                &ImageRef::parse(
                    "localhost:5000/a/b@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
                )
                .unwrap(),
            )
            .unwrap();
        assert_eq!(r.repository, "m/localhost_5000/a/b");
        assert!(MirrorRules::new(None, &[]).is_err());
        assert!(MirrorRules::new(None, &["nonsense".into()]).is_err());
    }
}
