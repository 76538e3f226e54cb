//! `kforge edit fix`: deprecated kustomization fields → their replacements,
//! as `kustomize edit fix` rewrites them. The tree is built before and
//! after, and a difference is reported as kustomize reports it.
use std::path::Path;

use crate::yaml::{json, Map, Value};

use super::kustfile::{list_mut, KustFile};
use super::{EditError, Outcome};

const FIXED: &str = "
Fixed fields:
  patchesJson6902 -> patches
  patchesStrategicMerge -> patches
  commonLabels -> labels";

const VARS_HINT: &str = "

To convert vars -> replacements, run the command `kustomize edit fix --vars`

WARNING: Converting vars to replacements will potentially overwrite many resource files 
and the resulting files may not produce the same output when `kustomize build` is run. 
We recommend doing this in a clean git repository where the change is easy to undo.";

/// Rewrite the kustomization in `dir`; with `vars`, also convert `vars` to
/// `replacements` (rewriting `$(NAME)` in the files they touch).
pub fn fix(dir: &Path, vars: bool, warnings: &crate::warnings::Warnings) -> Result<Outcome, EditError> {
    let mut kf = KustFile::open(dir)?;
    let before = build_text(dir, warnings);
    fix_fields(&mut kf, dir)?;
    let mut changed_files = Vec::new();
    if vars {
        if let Some(conv) = super::vars::convert(&kf, dir)? {
            kf.doc.insert("replacements".into(), Value::Array(conv.replacements));
            kf.doc.remove("vars");
            changed_files = conv.files;
        }
    }
    // Every new file content is ready: write them, then the kustomization.
    for (path, text) in &changed_files {
        crate::fsutil::write_atomic(path, text.as_bytes()).map_err(|e| EditError::io(path, e))?;
    }
    let mut out = Outcome::default();
    let mut text = FIXED.to_string();
    if vars {
        text.push_str("\n  vars -> replacements");
    } else {
        text.push_str(VARS_HINT);
    }
    out.output.extend(text.lines().map(str::to_string));
    kf.write()?;
    match build_text(dir, warnings) {
        Err(e) => out
            .output
            .push(format!("Warning: 'Fixed' kustomization now produces the error when running `kustomize build`: {e}")),
        Ok(after) => {
            if Ok(&after) != before.as_ref() {
                out.output.push(
                    "Warning: 'Fixed' kustomization now produces different output when running `kustomize build`:"
                        .into(),
                );
                out.output.push(format!("...{after}..."));
            }
        }
    }
    Ok(out)
}

fn build_text(dir: &Path, warnings: &crate::warnings::Warnings) -> Result<String, String> {
    let opts =
        crate::pipeline::BuildOptions { dir: dir.to_path_buf(), warnings: warnings.clone(), ..Default::default() };
    crate::pipeline::build(&opts).map(|m| crate::emit::to_stream(&m)).map_err(|e| crate::error::chain_text(&e))
}

/// kustomize's `FixKustomizationPreMarshalling`.
pub fn fix_fields(kf: &mut KustFile, dir: &Path) -> Result<(), EditError> {
    if let Some(Value::Array(json6902)) = kf.doc.remove("patchesJson6902") {
        list_mut(&mut kf.doc, "patches").extend(json6902);
    }
    if let Some(Value::Array(psm)) = kf.doc.remove("patchesStrategicMerge") {
        let patches = list_mut(&mut kf.doc, "patches");
        for p in psm {
            let s = p.as_str().unwrap_or("").to_string();
            if std::fs::read(dir.join(&s)).is_ok() && !s.is_empty() {
                patches.push(json!({ "path": s }));
            } else {
                patches.push(json!({ "patch": s }));
            }
        }
    }
    if let Some(Value::Object(common)) = kf.doc.get("commonLabels").cloned() {
        if !common.is_empty() {
            if let Some(Value::Array(labels)) = kf.doc.get("labels") {
                for l in labels {
                    if let Some(Value::Object(pairs)) = l.get("pairs") {
                        let mut keys: Vec<&str> = pairs.keys().map(|k| k.as_str()).collect();
                        keys.sort();
                        if let Some(k) = keys.into_iter().find(|k| common.contains_key(*k)) {
                            return Err(EditError::msg(format!(
                                "label name '{k}' exists in both commonLabels and labels"
                            )));
                        }
                    }
                }
            }
            let mut l = Map::new();
            l.insert("includeSelectors".into(), json!(true));
            l.insert("pairs".into(), Value::Object(common));
            list_mut(&mut kf.doc, "labels").push(Value::Object(l));
        }
        kf.doc.remove("commonLabels");
    }
    Ok(())
}
