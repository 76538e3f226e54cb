//! The built-in generators and transformers a kustomization's fields ask
//! for, configured and run in kustomize's fixed order.
use anyhow::{Context, Result};

use super::target::{Accumulator, KustTarget};
use crate::generate;
use crate::load::loader::is_remote;
use crate::load::Loader;
use crate::model::parse_resources;
use crate::model::Resource;
use crate::plugin::{self, PluginContext};
use crate::transform::config::TransformerConfig;
use crate::transform::images::ImageTagTransformer;
use crate::transform::labels;
use crate::transform::namereference::NameReferenceTransformer;
use crate::transform::namespace::NamespaceTransformer;
use crate::transform::patch::{PatchJson6902Transformer, PatchStrategicMergeTransformer, PatchTransformer};
use crate::transform::prefix_suffix::PrefixSuffixTransformer;
use crate::transform::replacements::{self, ReplacementTransformer};
use crate::transform::replicas::ReplicaCountTransformer;
use crate::transform::vars;
use crate::transform::{Fused, PerResource, Transformer};

/// Generator file access through the kustomization's loader (and its restrictor).
struct LoaderFiles<'a>(&'a Loader);

impl generate::FileSource for LoaderFiles<'_> {
    fn read(&self, path: &str) -> Result<Vec<u8>> {
        self.0.read(path)
    }
}

pub fn run_generators(t: &KustTarget, acc: &mut Accumulator) -> Result<()> {
    let k = t.kustomization();
    let global = k.generator_options.as_ref();
    let files = LoaderFiles(&t.ldr);
    let kfile = t.file.file_name().map(|f| f.to_string_lossy().into_owned()).unwrap_or_default();
    let configured_in = t.ldr.origin_path(&kfile);
    for args in &k.config_map_generator {
        let mut r = generate::config_map(args, global, &files)
            .with_context(|| format!("configMapGenerator '{}'", args.name))?;
        r.origin = Some(generator_origin(&configured_in, "ConfigMapGenerator").into());
        add_generated(&mut acc.resources, r)?;
    }
    for args in &k.secret_generator {
        let mut r =
            generate::secret(args, global, &files).with_context(|| format!("secretGenerator '{}'", args.name))?;
        r.origin = Some(generator_origin(&configured_in, "SecretGenerator").into());
        add_generated(&mut acc.resources, r)?;
    }
    let (charts, globals) =
        generate::helm::charts_with_legacy(&k.helm_charts, &k.helm_chart_inflation_generator, k.helm_globals.as_ref())?;
    let inflated =
        generate::helm::inflate(&charts, globals.as_ref(), &t.ldr, &t.opts.helm_options()).context("helmCharts")?;
    for mut r in inflated.into_vec() {
        r.origin = Some(generator_origin(&configured_in, "HelmChartInflationGenerator").into());
        acc.resources.append(r).context("helmCharts")?;
    }
    for (config, ctx_in) in plugin_configs(t, &k.generators).context("loading generators")? {
        let ctx = plugin_context(t, &acc.config, ctx_in);
        let gen = plugin::make_generator(&config, &ctx)?;
        for r in gen.generate()?.into_vec() {
            add_generated(&mut acc.resources, r)?;
        }
    }
    Ok(())
}

fn plugin_context<'a>(t: &'a KustTarget, config: &'a TransformerConfig, configured_in: String) -> PluginContext<'a> {
    PluginContext { ldr: &t.ldr, opts: t.opts.plugin_options(), config, configured_in, schema: &t.schema }
}

/// Plugin configs named by `generators:`, `transformers:` or `validators:`
/// entries: a file of configs, a kustomization directory whose output is the
/// configs, or inline YAML. Each comes with where it was configured.
///
/// As in kustomize, inline configs come first, then those read from paths.
fn plugin_configs(t: &KustTarget, entries: &[String]) -> Result<Vec<(Resource, String)>> {
    let mut inline = Vec::new();
    let mut out = Vec::new();
    for entry in entries {
        if is_remote(entry) {
            anyhow::bail!(
                "remote plugin configuration '{entry}' cannot be loaded: kforge does not fetch remote configs"
            );
        }
        if !entry.contains('\n') && t.ldr.is_dir(entry) {
            let sub = t.load_child(t.ldr.child(entry)?)?;
            let mut acc = sub.accumulate_new()?;
            sub.finish(&mut acc)?;
            let shown = t.ldr.origin_path(entry);
            out.extend(acc.resources.into_vec().into_iter().map(|r| (r, shown.clone())));
        } else if !entry.contains('\n') && t.ldr.is_file(entry) {
            let shown = t.ldr.origin_path(entry);
            out.extend(t.ldr.load_resources(entry)?.into_vec().into_iter().map(|r| (r, shown.clone())));
        } else {
            let kfile = t.file.file_name().map(|f| f.to_string_lossy().into_owned()).unwrap_or_default();
            let shown = t.ldr.origin_path(&kfile);
            for r in parse_resources(entry, &format!("inline config in {}", t.file.display()))? {
                inline.push((r, shown.clone()));
            }
        }
    }
    inline.extend(out);
    Ok(inline)
}

/// `transformers:` configs, run after the built-in transformers.
pub fn run_plugin_transformers(t: &KustTarget, acc: &mut Accumulator) -> Result<()> {
    let k = t.kustomization();
    for (config, configured_in) in plugin_configs(t, &k.transformers).context("loading transformers")? {
        let ctx = plugin_context(t, &acc.config, configured_in);
        let tr = plugin::make_transformer(&config, &ctx)?;
        tr.apply(&mut acc.resources)?;
    }
    Ok(())
}

/// `validators:` configs: checks that must leave the resources unchanged.
pub fn run_validators(t: &KustTarget, acc: &mut Accumulator) -> Result<()> {
    let k = t.kustomization();
    for (config, configured_in) in plugin_configs(t, &k.validators).context("loading validators")? {
        let ctx = plugin_context(t, &acc.config, configured_in);
        plugin::make_validator(&config, &ctx)?.validate(&acc.resources)?;
    }
    Ok(())
}

fn generator_origin(configured_in: &str, kind: &str) -> crate::yaml::Value {
    crate::yaml::json!({"configuredIn": configured_in, "configuredBy": {"apiVersion": "builtin", "kind": kind}})
}

/// Merge a generated resource in; a replacement takes the new origin, a
/// merge keeps the base's.
fn add_generated(m: &mut crate::model::ResMap, r: crate::model::Resource) -> Result<()> {
    let replace = r.behavior == crate::model::Behavior::Replace;
    let (id, origin) = (r.cur_id(), r.origin.clone());
    generate::merge_generated(m, r)?;
    if replace {
        if let Some(i) = m.index_of(&id) {
            m.at_mut(i).origin = origin;
        }
    }
    Ok(())
}

/// A patch given as a file path or inline text: kustomize treats an entry as
/// a file when a file of that name exists.
fn patch_text(t: &KustTarget, path: &str, inline: &str) -> Result<(String, String)> {
    if !path.is_empty() {
        return Ok((t.ldr.read_string(path)?, t.ldr.display(path)));
    }
    Ok((inline.to_string(), String::new()))
}

pub fn run_transformers(t: &KustTarget, acc: &mut Accumulator) -> Result<()> {
    let k = t.kustomization();
    let cfg = acc.config.clone();
    let m = &mut acc.resources;
    // buildMetadata transformerAnnotations: each built-in records itself on every resource.
    let kfile = t.file.file_name().map(|f| f.to_string_lossy().into_owned()).unwrap_or_default();
    let configured_in = t.ldr.origin_path(&kfile);
    let note = |m: &mut crate::model::ResMap, kind: &str| {
        crate::plugin::add_transformer_annotation(
            m,
            &generator_origin(&configured_in, kind).into(),
            t.opts.record_transformations,
        );
    };

    if !k.patches_strategic_merge.is_empty() {
        let mut entries = Vec::with_capacity(k.patches_strategic_merge.len());
        for entry in &k.patches_strategic_merge {
            if entry.trim().is_empty() {
                anyhow::bail!("patchesStrategicMerge: patch appears to be empty (entry {entry:?})");
            }
            if !entry.contains('\n') && t.ldr.is_file(entry) {
                entries.push((t.ldr.read_string(entry)?, t.ldr.display(entry)));
            } else {
                entries.push((entry.clone(), String::new()));
            }
        }
        PatchStrategicMergeTransformer::new(&entries)?
            .with_schema(t.schema.clone())
            .apply(m)
            .context("patchesStrategicMerge")?;
        note(m, "PatchStrategicMergeTransformer");
    }
    for (i, p) in k.patches.iter().enumerate() {
        let field = || match p.path.as_str() {
            "" => format!("patches[{i}]"),
            path => format!("patches[{i}] (path: {path})"),
        };
        let (text, origin) = patch_text(t, &p.path, &p.patch).with_context(field)?;
        PatchTransformer::new(&text, &origin, p.target.clone(), &p.options)
            .with_context(field)?
            .with_schema(t.schema.clone())
            .apply(m)
            .with_context(field)?;
        note(m, "PatchTransformer");
    }
    // From namespace to images every built-in treats each resource on its
    // own: they run as one fused pass (see transform::fused), each followed
    // by its transformer-annotation note, in kustomize's order.
    let namespace =
        (!k.namespace.is_empty()).then(|| NamespaceTransformer::for_kustomization(&k.namespace, &cfg.namespace));
    let prefix_suffix =
        PrefixSuffixTransformer::for_kustomization(&k.name_prefix, &k.name_suffix, &cfg.name_prefix, &cfg.name_suffix);
    let mut label_ts = Vec::new();
    for l in &k.labels {
        label_ts.push(labels::for_labels_entry(l, &cfg)?);
    }
    if !k.common_labels.is_empty() {
        label_ts.push(labels::for_common_labels(k.common_labels.clone(), &cfg));
    }
    let annotations =
        (!k.common_annotations.is_empty()).then(|| labels::for_annotations(k.common_annotations.clone(), &cfg));
    let mut json_patches = Vec::new();
    for (i, p) in k.patches_json6902.iter().enumerate() {
        let field = || match p.path.as_str() {
            "" => format!("patchesJson6902[{i}]"),
            path => format!("patchesJson6902[{i}] (path: {path})"),
        };
        // kustomize's PatchJson6902Transformer configuration checks.
        let checked = || -> Result<PatchJson6902Transformer> {
            if p.target.as_ref().is_none_or(|t| t.name.is_empty()) {
                anyhow::bail!("must specify the target name");
            }
            match (p.path.is_empty(), p.patch.is_empty()) {
                (true, true) => anyhow::bail!("empty file path and empty jsonOp"),
                (false, false) => anyhow::bail!("must specify a file path or jsonOp, not both"),
                _ => {}
            }
            let (text, origin) = patch_text(t, &p.path, &p.patch)?;
            if text.is_empty() {
                anyhow::bail!("patch file '{}' seems to be empty", p.path);
            }
            let jp = PatchJson6902Transformer::new(&text, &origin, p.target.clone())?;
            if jp.ops.is_empty() {
                anyhow::bail!("patch appears to be empty: {}", jp.source);
            }
            Ok(jp)
        };
        json_patches.push(checked().with_context(field)?);
    }
    let replicas: Vec<ReplicaCountTransformer> = k
        .replicas
        .iter()
        .map(|r| ReplicaCountTransformer { replica: r.clone(), fields: cfg.replicas.clone() })
        .collect();
    let images: Vec<ImageTagTransformer> =
        k.images.iter().map(|img| ImageTagTransformer { image: img.clone(), fields: cfg.images.clone() }).collect();

    let record = t.opts.record_transformations;
    let mut pass = Fused::new();
    let note_step = |kind: &str| -> Box<dyn PerResource> {
        Box::new(Note { origin: generator_origin(&configured_in, kind).into(), record })
    };
    if let Some(ns) = &namespace {
        pass.push(Box::new(ns.step()));
        pass.push(note_step("NamespaceTransformer"));
    }
    for ps in &prefix_suffix {
        pass.push(Box::new(ps.step()));
        pass.push(note_step(if ps.prefix.is_empty() { "SuffixTransformer" } else { "PrefixTransformer" }));
    }
    for l in &label_ts {
        pass.push(Box::new(l.step()));
        pass.push(note_step("LabelTransformer"));
    }
    if let Some(a) = &annotations {
        pass.push(Box::new(a.step()));
        pass.push(note_step("AnnotationsTransformer"));
    }
    for j in &json_patches {
        pass.push(Box::new(j.step()?));
        pass.push(note_step("PatchJson6902Transformer"));
    }
    for r in &replicas {
        pass.push(Box::new(r.step()));
        pass.push(note_step("ReplicaCountTransformer"));
    }
    for i in &images {
        pass.push(Box::new(i.step()?));
        pass.push(note_step("ImageTagTransformer"));
    }
    pass.apply(m)?;
    if !k.replacements.is_empty() {
        let list = replacement_list(t).context("loading replacements")?;
        ReplacementTransformer::from_values(list)?.apply(m).context("replacements")?;
        note(m, "ReplacementTransformer");
    }
    Ok(())
}

/// Records a built-in transformer on each resource it passed over (for
/// `buildMetadata: [transformerAnnotations]`, and as the origin of resources
/// that have none).
struct Note {
    origin: crate::model::Origin,
    record: bool,
}

impl PerResource for Note {
    fn apply_one(&self, r: &mut Resource) -> Result<()> {
        crate::plugin::note_transformer(r, &self.origin, self.record);
        Ok(())
    }
}

/// `replacements:` entries with `path:` files read through the loader.
fn replacement_list(t: &KustTarget) -> Result<Vec<crate::yaml::Value>> {
    let entries = t.kustomization().replacements.clone();
    replacements::expand_entries(entries, &mut |p| Ok((t.ldr.read_string(p)?, t.ldr.display(p))))
}

/// Annotation that keeps a resource out of the output.
const LOCAL_CONFIG: &str = "config.kubernetes.io/local-config";

pub fn finish(t: &KustTarget, acc: &mut Accumulator) -> Result<()> {
    generate::hash::HashTransformer.apply(&mut acc.resources)?;
    NameReferenceTransformer::new(&acc.config).apply(&mut acc.resources)?;
    let unused = vars::resolve(&mut acc.resources, &acc.vars, &acc.config)?;
    if !unused.is_empty() {
        t.opts.warnings.warn(format!("well-defined vars that were never replaced: {}", unused.join(",")));
    }
    acc.resources
        .retain(|r| r.annotations().and_then(|a| a.get(LOCAL_CONFIG)).and_then(|v| v.as_str()) != Some("true"));
    // kustomize builds its final resource map anew here, which refuses two
    // resources a patch has given the same id.
    if let Err(e) = acc.resources.check_unique() {
        anyhow::bail!("may not add resource with an already registered id: {}", e.0);
    }
    for r in acc.resources.iter_mut() {
        normalize_annotations(&mut r.obj);
    }
    Ok(())
}

/// kustomize rewrites every resource's annotations as a string map when it
/// drops its internal ones: an empty or non-mapping `annotations` goes away,
/// null becomes "null" and list or map values become "".
fn normalize_annotations(obj: &mut crate::yaml::Value) {
    use crate::yaml::Value;
    let Some(Value::Object(meta)) = obj.get_mut("metadata") else {
        return;
    };
    let keep = match meta.get_mut("annotations") {
        None => return,
        Some(Value::Object(annos)) => {
            for v in annos.values_mut() {
                let text = match v {
                    Value::String(_) => continue,
                    Value::Null => "null".to_string(),
                    Value::Bool(b) => b.to_string(),
                    Value::Number(n) => n.to_string(),
                    Value::Array(_) | Value::Object(_) => String::new(),
                };
                *v = Value::String(text);
            }
            !annos.is_empty()
        }
        Some(_) => false,
    };
    if !keep {
        meta.remove("annotations");
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::yaml::json;

    #[test]
    fn annotations_become_a_string_map_or_go_away() {
        for empty in [json!({}), json!(null), json!([]), json!(""), json!("x")] {
            let mut obj = json!({"kind": "ConfigMap", "metadata": {"name": "x", "annotations": empty}});
            normalize_annotations(&mut obj);
            assert_eq!(obj, json!({"kind": "ConfigMap", "metadata": {"name": "x"}}));
        }
        let mut obj = json!({"metadata": {"name": "x", "labels": {"l": null},
            "annotations": {"a": null, "b": [1], "c": {"d": "e"}, "f": true, "g": 2, "h": "s"}}});
        normalize_annotations(&mut obj);
        assert_eq!(
            obj["metadata"],
            json!({"name": "x", "labels": {"l": null},
                "annotations": {"a": "null", "b": "", "c": "", "f": "true", "g": "2", "h": "s"}})
        );
    }
}
