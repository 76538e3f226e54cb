//! `kforge cfg count`: kustomize's `cfg count` (from kyaml): the resources
//! in the YAML files of a directory (all `*.yaml`/`*.yml` files below it,
//! lexical order), counted by kind, or read from stdin.
use std::collections::BTreeMap;
use std::path::Path;

/// What `cfg count` prints.
#[derive(Debug, thiserror::Error)]
pub enum CfgError {
    #[error("{path}: {message}")]
    File { path: String, message: String },
}

/// Count the objects of one YAML stream into `counts`.
fn count_text(text: &str, origin: &str, counts: &mut BTreeMap<String, usize>) -> Result<(), CfgError> {
    let docs = crate::yaml::parse_documents(text, origin)
        .map_err(|e| CfgError::File { path: origin.to_string(), message: e.to_string() })?;
    for d in docs {
        match &d {
            crate::yaml::Value::Null => {}
            crate::yaml::Value::Object(m) => {
                let kind = m.get("kind").and_then(crate::yaml::Value::as_str).unwrap_or("");
                *counts.entry(kind.to_string()).or_default() += 1;
            }
            _ => {
                return Err(CfgError::File {
                    path: origin.to_string(),
                    message: "a document is not a mapping (a Kubernetes object)".into(),
                })
            }
        }
    }
    Ok(())
}

fn walk(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else { return };
    let mut entries: Vec<_> = rd.filter_map(|e| e.ok()).map(|e| e.path()).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            walk(&p, out);
        } else if p.extension().is_some_and(|x| x == "yaml" || x == "yml") {
            out.push(p);
        }
    }
}

/// The lines of `cfg count`: `Kind: N` sorted by kind (or the total when
/// `by_kind` is false), after a `DIR/` header when counting a directory.
pub fn count(dir: Option<&Path>, stdin: Option<&str>, by_kind: bool) -> Vec<String> {
    let mut out = Vec::new();
    let mut counts = BTreeMap::new();
    let result = match (dir, stdin) {
        (Some(d), _) => {
            out.push(format!("{}/", d.display()));
            let mut files = Vec::new();
            walk(d, &mut files);
            files.iter().try_for_each(|f| {
                let text = std::fs::read_to_string(f)
                    .map_err(|e| CfgError::File { path: f.display().to_string(), message: e.to_string() })?;
                count_text(&text, &f.display().to_string(), &mut counts)
            })
        }
        (None, Some(text)) => count_text(text, "stdin", &mut counts),
        (None, None) => Ok(()),
    };
    match result {
        Err(e) => out.push(e.to_string()),
        Ok(()) if by_kind => out.extend(counts.iter().map(|(k, n)| format!("{k}: {n}"))),
        Ok(()) => out.push(counts.values().sum::<usize>().to_string()),
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_by_kind_sorted() {
        let text = "kind: Service\n---\nkind: Deployment\n---\nkind: Service\n";
        assert_eq!(count(None, Some(text), true), ["Deployment: 1", "Service: 2"]);
        assert_eq!(count(None, Some(text), false), ["3"]);
    }
}
