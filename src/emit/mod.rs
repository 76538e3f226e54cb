//! Printing the resource map: one YAML stream, or one file per resource.
use std::io::Write;
use std::path::Path;

use anyhow::{Context, Result};

use crate::model::{ResMap, Resource};

/// All resources as one stream, documents separated by `---`.
pub fn to_stream(m: &ResMap) -> String {
    let mut out = String::with_capacity(m.len() * 512);
    for (i, r) in m.iter().enumerate() {
        if i > 0 {
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
