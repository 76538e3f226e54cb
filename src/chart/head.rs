//! The head of a rendered document (`kind`, the `helm.sh/hook`
//! annotation), read from the YAML event stream without building the
//! document: what Helm's manifest sorter reads (`SimpleHead`), and like it
//! an error when the document is not valid YAML.
use saphyr_parser::{Event, Parser};

/// What the sorter needs of a document.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Head {
    pub kind: String,
    pub hook: Option<String>,
    /// `metadata.namespace` is set (for `--force-namespace`).
    pub has_namespace: bool,
}

enum Frame {
    /// A mapping; `key` is the pending key (None: expecting a key).
    Map {
        key: Option<String>,
        path_ok: bool,
    },
    Seq,
}

/// Read the head of one document. The error is (line, message).
pub fn read_head(text: &str) -> Result<Head, (usize, String)> {
    let mut head = Head::default();
    let mut stack: Vec<Frame> = Vec::new();
    // The keys leading to the current mapping when it is on the path we
    // watch (root, metadata, metadata.annotations).
    let mut path: Vec<String> = Vec::new();
    let mut docs = 0;
    for item in Parser::new_from_str(text) {
        let (ev, _span) = item.map_err(|e| (e.marker().line().max(1), e.info().to_string()))?;
        match ev {
            Event::DocumentStart(_) => {
                docs += 1;
                if docs > 1 {
                    break;
                }
            }
            Event::MappingStart(..) | Event::SequenceStart(..) => {
                let is_map = matches!(ev, Event::MappingStart(..));
                // Is this collection a value on the watched path?
                let (on_path, key) = match stack.last_mut() {
                    None => (true, None),
                    Some(Frame::Map { key, path_ok }) => match key.take() {
                        Some(k) => (*path_ok, Some(k)),
                        None => {
                            // A collection used as a key: not on the path,
                            // and the next node is its value.
                            *key = Some(String::new());
                            (false, None)
                        }
                    },
                    Some(Frame::Seq) => (false, None),
                };
                let depth_ok = match (&key, path.len()) {
                    (None, _) => on_path && stack.is_empty(),
                    (Some(k), 0) => on_path && k == "metadata",
                    (Some(k), 1) => on_path && k == "annotations",
                    _ => false,
                };
                if depth_ok {
                    if let Some(k) = key {
                        path.push(k);
                    }
                }
                stack.push(if is_map { Frame::Map { key: None, path_ok: depth_ok } } else { Frame::Seq });
            }
            Event::MappingEnd | Event::SequenceEnd => {
                if let Some(Frame::Map { path_ok: true, .. }) = stack.pop() {
                    path.pop();
                }
                // The collection was a value: the parent expects a key again.
                // (Keys were already cleared by `take` above.)
            }
            Event::Scalar(value, ..) => {
                if let Some(Frame::Map { key, path_ok }) = stack.last_mut() {
                    match key.take() {
                        None => *key = Some(value.to_string()),
                        Some(k) if *path_ok => match (path.len(), k.as_str()) {
                            (0, "kind") => head.kind = value.to_string(),
                            (1, "namespace") => head.has_namespace = !value.is_empty(),
                            (2, "helm.sh/hook") => head.hook = Some(value.to_string()),
                            _ => {}
                        },
                        Some(_) => {}
                    }
                }
            }
            Event::Alias(_) => {
                if let Some(Frame::Map { key, .. }) = stack.last_mut() {
                    if key.take().is_none() {
                        *key = Some(String::new());
                    }
                }
            }
            _ => {}
        }
    }
    Ok(head)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_kind_and_hook() {
        let h = read_head("apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\n  namespace: n\n  annotations:\n    a: b\n    \"helm.sh/hook\": test\nspec:\n  kind: Nope\n  list: [{kind: no}]\n").unwrap();
        assert_eq!(h, Head { kind: "Pod".into(), hook: Some("test".into()), has_namespace: true });
        let h = read_head("# c\nmetadata: {labels: {helm.sh/hook: x}}\nkind: Service\n").unwrap();
        assert_eq!(h, Head { kind: "Service".into(), hook: None, has_namespace: false });
        let h = read_head("---\nkind: A\n---\nkind: B\n").unwrap();
        assert_eq!(h.kind, "A");
        assert_eq!(read_head("a: [\n").unwrap_err().0, 2);
        assert!(read_head("a: b\n c: d\n").is_err());
        assert_eq!(read_head("just text").unwrap(), Head::default());
    }
}
