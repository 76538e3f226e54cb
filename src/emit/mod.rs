//! Printing the resource map: one YAML stream, or one file per resource.
use std::io::Write;
use std::path::Path;

use anyhow::{Context, Result};

use crate::model::{ResMap, Resource};

/// Below this many resources the stream is written on one thread.
const PARALLEL_EMIT_MIN: usize = 2000;

/// All resources as one stream, documents separated by `---`. Large maps
/// are written in chunks on all cores and joined in order.
pub fn to_stream(m: &ResMap) -> String {
    let items = m.resources();
    let threads = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1).min(8);
    if items.len() < PARALLEL_EMIT_MIN || threads < 2 {
        return emit_chunk(items, true);
    }
    let chunk = items.len().div_ceil(threads);
    let parts: Option<Vec<String>> = std::thread::scope(|scope| {
        let handles: Vec<_> = items
            .chunks(chunk)
            .enumerate()
            .map(|(i, part)| scope.spawn(move || emit_chunk(part, i == 0)))
            .collect();
        handles.into_iter().map(|h| h.join().ok()).collect()
    });
    match parts {
        Some(parts) => parts.concat(),
        // An emitter thread died (it cannot on valid trees): write it again on this one.
        None => emit_chunk(items, true),
    }
}

/// Documents of `items`, each preceded by `---` except the very first of the stream.
fn emit_chunk(items: &[Resource], first: bool) -> String {
    let mut out = String::with_capacity(items.len() * 768);
    for (i, r) in items.iter().enumerate() {
        if i > 0 || !first {
            out.push_str("---\n");
        }
        crate::yaml::to_yaml_into(&r.obj, &mut out);
    }
    out
}

/// The file name kustomize gives a resource in `-o DIR`:
/// `<group>_<version>_<kind>_<name>.yaml`, lower case, empty parts left out.
pub fn file_name(r: &Resource) -> String {
    let gvk = r.gvk();
    let parts: Vec<&str> =
        [gvk.group.as_str(), gvk.version.as_str(), gvk.kind.as_str()].into_iter().filter(|s| !s.is_empty()).collect();
    format!("{}_{}.yaml", parts.join("_"), r.name()).to_lowercase()
}

/// Write `content` to `path` through a temporary file in the same directory,
/// so a failed run never leaves a half-written file.
pub fn write_atomic(path: &Path, content: &[u8]) -> Result<()> {
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let mut tmp = tempfile::NamedTempFile::new_in(dir)
        .with_context(|| format!("cannot create a temporary file in '{}'", dir.display()))?;
    tmp.write_all(content).with_context(|| format!("cannot write '{}'", path.display()))?;
    tmp.persist(path).map_err(|e| anyhow::anyhow!("cannot write '{}': {}", path.display(), e.error))?;
    Ok(())
}

/// Write the build result to `output`: a directory gets one file per
/// resource, anything else gets the whole stream.
pub fn write_output(m: &ResMap, output: &Path) -> Result<()> {
    if output.is_dir() {
        // Render everything first: nothing is written if any name collides.
        let mut files: Vec<(String, String)> = Vec::with_capacity(m.len());
        for r in m.iter() {
            let mut text = String::new();
            crate::yaml::to_yaml_into(&r.obj, &mut text);
            files.push((file_name(r), text));
        }
        for (name, text) in files {
            write_atomic(&output.join(name), text.as_bytes())?;
        }
        Ok(())
    } else {
        write_atomic(output, to_stream(m).as_bytes())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn cms(n: usize) -> ResMap {
        (0..n)
            .map(|i| Resource::new(json!({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": format!("c{i}")}})))
            .collect()
    }

    #[test]
    fn stream_separates_documents() {
        assert_eq!(to_stream(&cms(0)), "");
        let two = to_stream(&cms(2));
        assert_eq!(two, "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c0\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c1\n");
    }

    #[test]
    fn parallel_stream_equals_sequential() {
        let m = cms(PARALLEL_EMIT_MIN + 7);
        assert_eq!(to_stream(&m), emit_chunk(m.resources(), true));
    }

    #[test]
    fn file_names_follow_kustomize() {
        let r = Resource::new(json!({"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "Web"}}));
        assert_eq!(file_name(&r), "apps_v1_deployment_web.yaml");
        let r = Resource::new(json!({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "x"}}));
        assert_eq!(file_name(&r), "v1_configmap_x.yaml");
    }
}
