//! The built-in generators and transformers a kustomization's fields ask
//! for, configured and run in kustomize's fixed order.
use crate::pipeline::error::{Context, PipelineError, Result};

use super::target::{Accumulator, KustTarget};
use crate::generate;
use crate::load::loader::is_remote;
use crate::model::parse_resources;
use crate::model::Resource;
use crate::plugin::{self, PluginContext};
use crate::transform::config::TransformerConfig;
use crate::transform::labels;
use crate::transform::namereference::NameReferenceTransformer;
use crate::transform::replacements;
use crate::transform::vars;
use crate::transform::{Fused, PerResource, Transformer};
use crate::yaml::{json, Value};

/// The kustomization's `configMapGenerator` and `secretGenerator` entries as
/// built-in configs, in kustomize's order, each with the kustomization's
/// `generatorOptions` merged into its own options.
fn kv_generator_configs(t: &KustTarget) -> Result<Vec<FieldConfig>> {
    let k = t.kustomization();
    let global = k.generator_options.as_ref();
    let mut out = Vec::new();
    for (kind, field, list) in [
        ("ConfigMapGenerator", "configMapGenerator", &k.config_map_generator),
        ("SecretGenerator", "secretGenerator", &k.secret_generator),
    ] {
        for args in list {
            let mut args = args.clone();
            if global.is_some() {
                args.options = Some(generate::merge_options(args.options.as_ref(), global));
            }
            let mut fields = to_value(&args)?;
            if let Some(f) = fields.as_object_mut() {
                f.retain(|_, v| !v.is_null());
            }
            let mut c = FieldConfig::new(kind, fields);
            c.running = Some(format!("{field} '{}'", args.name));
            out.push(c);
        }
    }
    Ok(out)
}

/// One `HelmChartInflationGenerator` config per chart (`helmCharts`, then
/// the deprecated `helmChartInflationGenerator` entries), each with the
/// `helmGlobals`, as kustomize configures its helm plugin.
fn helm_generator_configs(t: &KustTarget) -> Result<Vec<FieldConfig>> {
    let k = t.kustomization();
    let (charts, globals) =
        generate::helm::charts_with_legacy(&k.helm_charts, &k.helm_chart_inflation_generator, k.helm_globals.as_ref())?;
    let configs = generate::helm::chart_configs(&charts, globals.as_ref()).context("helmCharts")?;
    Ok(configs
        .into_iter()
        .map(|chart| {
            let mut c = FieldConfig::new("HelmChartInflationGenerator", chart);
            c.running = Some("helmCharts".into());
            c
        })
        .collect())
}

/// Run the built-in generators the kustomization's fields ask for, each made
/// by the one factory ([`plugin::builtin::new_generator`]), then the
/// `generators:` plugin configs.
pub fn run_generators(t: &KustTarget, acc: &mut Accumulator) -> Result<()> {
    let kfile = t.file.file_name().map(|f| f.to_string_lossy().into_owned()).unwrap_or_default();
    let configured_in = t.ldr.origin_path(&kfile);
    run_builtin_generators(t, acc, &configured_in, kv_generator_configs(t)?)?;
    run_builtin_generators(t, acc, &configured_in, helm_generator_configs(t)?)?;
    for (config, ctx_in) in plugin_configs(t, &t.kustomization().generators).context("loading generators")? {
        let ctx = plugin_context(t, &acc.config, ctx_in);
        let gen = plugin::make_generator(&config, &ctx)?;
        for r in gen.generate()?.into_vec() {
            add_generated(&mut acc.resources, r)?;
        }
    }
    Ok(())
}

/// Make and run built-in generators from their configs; their resources
/// record the generator as their origin.
fn run_builtin_generators(
    t: &KustTarget,
    acc: &mut Accumulator,
    configured_in: &str,
    configs: Vec<FieldConfig>,
) -> Result<()> {
    if configs.is_empty() {
        return Ok(());
    }
    let ctx = plugin_context(t, &acc.config, configured_in.to_string());
    for fc in &configs {
        let kind = fc.config.kind();
        let made = plugin::builtin::new_generator(&fc.config, &ctx).and_then(|g| g.generate());
        let made = match (made, &fc.running) {
            (Ok(m), _) => m,
            (Err(e), Some(field)) => return Err(PipelineError::from(e).context(field)),
            (Err(e), None) => return Err(e.into()),
        };
        let origin: crate::model::Origin = generator_origin(configured_in, kind).into();
        for mut r in made.into_vec() {
            r.origin = Some(origin.clone());
            if kind == "HelmChartInflationGenerator" {
                // a chart's resources are added, never merged into others
                acc.resources.append(r).context("helmCharts")?;
            } else {
                add_generated(&mut acc.resources, r)?;
            }
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
            crate::pipeline::error::bail!(
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

/// A built-in transformer a kustomization field asks for: its
/// `apiVersion: builtin` config, and the field named in errors.
struct FieldConfig {
    config: Resource,
    /// Context for errors while making the transformer (`patches[0]`).
    making: Option<String>,
    /// Context for errors while it runs.
    running: Option<String>,
}

impl FieldConfig {
    fn new(kind: &str, fields: Value) -> FieldConfig {
        let mut obj = json!({"apiVersion": "builtin", "kind": kind, "metadata": {}});
        if let (Some(o), Value::Object(f)) = (obj.as_object_mut(), fields) {
            o.extend(f);
        }
        FieldConfig { config: Resource::new(obj), making: None, running: None }
    }

    fn field(mut self, field: String) -> FieldConfig {
        self.making = Some(field.clone());
        self.running = Some(field);
        self
    }
}

fn to_value<T: serde::Serialize>(v: &T) -> Result<Value> {
    Ok(crate::yaml::to_value(v)?)
}

/// The kustomization's transformer fields as built-in configs, in
/// kustomize's order (kustomize's builtin helpers do the same): the
/// configured field specs go into each config, files named by
/// `replacements:` entries are read here, and the checks that only the
/// kustomization form has run here.
fn transformer_configs(t: &KustTarget, cfg: &TransformerConfig) -> Result<Vec<FieldConfig>> {
    let k = t.kustomization();
    let mut out = Vec::new();
    if !k.patches_strategic_merge.is_empty() {
        for entry in &k.patches_strategic_merge {
            if entry.trim().is_empty() {
                crate::pipeline::error::bail!("patchesStrategicMerge: patch appears to be empty (entry {entry:?})");
            }
        }
        let mut c = FieldConfig::new("PatchStrategicMergeTransformer", json!({"paths": k.patches_strategic_merge}));
        c.running = Some("patchesStrategicMerge".into());
        out.push(c);
    }
    for (i, p) in k.patches.iter().enumerate() {
        let field = match p.path.as_str() {
            "" => format!("patches[{i}]"),
            path => format!("patches[{i}] (path: {path})"),
        };
        let fields = json!({"path": p.path, "patch": p.patch, "target": to_value(&p.target)?, "options": p.options});
        out.push(FieldConfig::new("PatchTransformer", fields).field(field));
    }
    if !k.namespace.is_empty() {
        let mut c = FieldConfig::new("NamespaceTransformer", json!({"fieldSpecs": to_value(&cfg.namespace)?}));
        crate::model::set_path(&mut c.config.obj, &["metadata", "namespace"], json!(k.namespace));
        out.push(c);
    }
    if !k.name_prefix.is_empty() {
        let fields = json!({"prefix": k.name_prefix, "fieldSpecs": to_value(&cfg.name_prefix)?});
        out.push(FieldConfig::new("PrefixTransformer", fields));
    }
    if !k.name_suffix.is_empty() {
        let fields = json!({"suffix": k.name_suffix, "fieldSpecs": to_value(&cfg.name_suffix)?});
        out.push(FieldConfig::new("SuffixTransformer", fields));
    }
    for l in &k.labels {
        let specs = labels::label_entry_specs(l, cfg)?;
        let fields = json!({"labels": l.pairs, "fieldSpecs": to_value(&specs)?});
        out.push(FieldConfig::new("LabelTransformer", fields));
    }
    // kustomize makes the commonLabels transformer whenever either field is
    // set, so `labels:` alone records one more (empty) LabelTransformer in
    // the transformer annotations.
    if !k.common_labels.is_empty() || !k.labels.is_empty() {
        let fields = json!({"labels": k.common_labels, "fieldSpecs": to_value(&cfg.common_labels)?});
        out.push(FieldConfig::new("LabelTransformer", fields));
    }
    if !k.common_annotations.is_empty() {
        let fields = json!({"annotations": k.common_annotations, "fieldSpecs": to_value(&cfg.common_annotations)?});
        out.push(FieldConfig::new("AnnotationsTransformer", fields));
    }
    for (i, p) in k.patches_json6902.iter().enumerate() {
        let field = match p.path.as_str() {
            "" => format!("patchesJson6902[{i}]"),
            path => format!("patchesJson6902[{i}] (path: {path})"),
        };
        // kustomize's checks of the kustomization field.
        let checked = || -> Result<()> {
            if p.target.as_ref().is_none_or(|t| t.name.is_empty()) {
                crate::pipeline::error::bail!("must specify the target name");
            }
            match (p.path.is_empty(), p.patch.is_empty()) {
                (true, true) => crate::pipeline::error::bail!("empty file path and empty jsonOp"),
                (false, false) => crate::pipeline::error::bail!("must specify a file path or jsonOp, not both"),
                _ => Ok(()),
            }
        };
        checked().with_context(|| field.clone())?;
        let fields = json!({"path": p.path, "jsonOp": p.patch, "target": to_value(&p.target)?});
        out.push(FieldConfig::new("PatchJson6902Transformer", fields).field(field));
    }
    for r in &k.replicas {
        let fields = json!({"replica": to_value(r)?, "fieldSpecs": to_value(&cfg.replicas)?});
        out.push(FieldConfig::new("ReplicaCountTransformer", fields));
    }
    for img in &k.images {
        let fields = json!({"imageTag": to_value(img)?, "fieldSpecs": to_value(&cfg.images)?});
        out.push(FieldConfig::new("ImageTagTransformer", fields));
    }
    if !k.replacements.is_empty() {
        let mut c = FieldConfig::new("ReplacementTransformer", json!({"replacements": []}));
        c.running = Some("replacements".into());
        out.push(c);
    }
    Ok(out)
}

/// Run the built-in transformers the kustomization's fields ask for, each
/// made by the one factory ([`plugin::builtin::new_transformer`]) and
/// followed by its transformer-annotation note. Consecutive per-resource
/// ones (namespace to images) run as one fused pass (see transform::fused).
pub fn run_transformers(t: &KustTarget, acc: &mut Accumulator) -> Result<()> {
    // (the configuration is read while the resources change: borrowed
    // field by field, not copied)
    let cfg = &acc.config;
    let configs = transformer_configs(t, cfg)?;
    // buildMetadata transformerAnnotations: each built-in records itself on every resource.
    let kfile = t.file.file_name().map(|f| f.to_string_lossy().into_owned()).unwrap_or_default();
    let configured_in = t.ldr.origin_path(&kfile);
    let ctx = plugin_context(t, cfg, configured_in.clone());
    let record = ctx.opts.recording;
    let origin = |kind: &str| -> crate::model::Origin { generator_origin(&configured_in, kind).into() };
    let m = &mut acc.resources;
    let mut pending: Vec<(Box<dyn Transformer>, String)> = Vec::new();
    for fc in &configs {
        let kind = fc.config.kind().to_string();
        let made = if kind == "ReplacementTransformer" {
            // `path:` files are read when the replacements run (after the
            // transformers before them), with the entries expanded here.
            run_fused(&mut pending, m, &origin, record)?;
            let list = replacement_list(t).context("loading replacements")?;
            let mut config = fc.config.clone();
            crate::model::set_path(&mut config.obj, &["replacements"], Value::Array(list));
            plugin::builtin::new_transformer(&config, &ctx)
        } else {
            plugin::builtin::new_transformer(&fc.config, &ctx)
        };
        let tr = match (made, &fc.making) {
            (Ok(tr), _) => tr,
            (Err(e), Some(field)) => return Err(PipelineError::from(e).context(field)),
            (Err(e), None) => return Err(e.into()),
        };
        if tr.per_resource()?.is_some() {
            pending.push((tr, kind));
            continue;
        }
        run_fused(&mut pending, m, &origin, record)?;
        match (tr.apply(m), &fc.running) {
            (Ok(()), _) => {}
            (Err(e), Some(field)) => return Err(PipelineError::from(e).context(field)),
            (Err(e), None) => return Err(e.into()),
        }
        crate::plugin::add_transformer_annotation(m, &origin(&kind), record);
    }
    run_fused(&mut pending, m, &origin, record)
}

/// One pass over the resources for the per-resource transformers made so
/// far, each followed by its note.
fn run_fused(
    pending: &mut Vec<(Box<dyn Transformer>, String)>,
    m: &mut crate::model::ResMap,
    origin: &dyn Fn(&str) -> crate::model::Origin,
    record: crate::plugin::Recording,
) -> Result<()> {
    if pending.is_empty() {
        return Ok(());
    }
    let mut pass = Fused::new();
    // Notes pushed since the last images step (consecutive `images:`
    // entries run as one step, their notes after it).
    let mut notes = 0;
    for (tr, kind) in pending.iter() {
        if let Some(mut step) = tr.per_resource()? {
            if step.images_mut().is_some() {
                if !pass.push_joining(step, notes) {
                    notes = 0;
                }
                notes += 1;
            } else {
                pass.push(step);
                notes = 0;
            }
            pass.push(Box::new(Note { origin: origin(kind), record }));
        }
    }
    pass.apply(m)?;
    drop(pass);
    pending.clear();
    Ok(())
}

/// Records a built-in transformer on each resource it passed over (for
/// `buildMetadata: [transformerAnnotations]`, and as the origin of resources
/// that have none).
struct Note {
    origin: crate::model::Origin,
    record: crate::plugin::Recording,
}

impl PerResource for Note {
    fn apply_one(&self, r: &mut Resource) -> Result<(), crate::transform::TransformError> {
        crate::plugin::note_transformer(r, &self.origin, self.record);
        Ok(())
    }
}

/// `replacements:` entries with `path:` files read through the loader.
fn replacement_list(t: &KustTarget) -> Result<Vec<crate::yaml::Value>> {
    let entries = t.kustomization().replacements.clone();
    Ok(replacements::expand_entries(entries, &mut |p| Ok((t.ldr.read_string(p)?, t.ldr.display(p))))?)
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
    let local =
        |r: &Resource| r.annotations().and_then(|a| a.get(LOCAL_CONFIG)).and_then(|v| v.as_str()) == Some("true");
    if crate::process::parallel_threads(acc.resources.len(), super::PER_RESOURCE_PARALLEL_MIN).is_some() {
        use rayon::prelude::*;
        // Which to keep worked out on the pool; `Vec::retain` visits the
        // resources once each, in order.
        let keep: Vec<bool> = acc.resources.resources().par_iter().map(|r| !local(r)).collect();
        if keep.iter().any(|k| !k) {
            let mut keep = keep.into_iter();
            acc.resources.retain(|_| keep.next().unwrap_or(true));
        }
    } else {
        acc.resources.retain(|r| !local(r));
    }
    // kustomize builds its final resource map anew here, which refuses two
    // resources a patch has given the same id.
    if let Err(e) = acc.resources.check_unique() {
        crate::pipeline::error::bail!("may not add resource with an already registered id: {}", e.0);
    }
    super::for_each_resource(&mut acc.resources, |r| normalize_annotations_noted(&mut r.obj, &r.scalar_notes));
    Ok(())
}

/// kustomize rewrites every resource's annotations as a string map when it
/// drops its internal ones: an empty or non-mapping `annotations` goes away,
/// null becomes "null" and list or map values become "".
#[cfg(test)]
fn normalize_annotations(obj: &mut crate::yaml::Value) {
    normalize_annotations_noted(obj, &[]);
}

/// [`normalize_annotations`], where a value noted with its text (one a
/// replacement wrote: `0x10`, `1.0e3`) becomes that text.
fn normalize_annotations_noted(obj: &mut crate::yaml::Value, notes: &[crate::model::ScalarNote]) {
    use crate::yaml::Value;
    let Some(Value::Object(meta)) = obj.get_mut("metadata") else {
        return;
    };
    let keep = match meta.get_mut("annotations") {
        None => return,
        Some(Value::Object(annos)) => {
            for (k, v) in annos.iter_mut() {
                if !notes.is_empty() && !v.is_string() {
                    let key = k.replace('~', "~0").replace('/', "~1");
                    let at = |n: &&crate::model::ScalarNote| {
                        n.pointer.strip_prefix("/metadata/annotations/") == Some(key.as_str()) && n.value == *v
                    };
                    if let Some(n) = notes.iter().find(at) {
                        *v = Value::String(n.text.clone());
                        continue;
                    }
                }
                let text = match v {
                    Value::String(_) => continue,
                    Value::Null => "null".to_string(),
                    Value::Bool(b) => b.to_string(),
                    Value::Number(n) if n.is_f64() => {
                        crate::yaml::format_go_float(n.as_f64().unwrap_or_default(), false)
                    }
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

    fn build_mem(files: &[(&str, &str)]) -> Result<String> {
        let mut fs = crate::load::MemFs::new();
        for (path, text) in files {
            fs.insert(format!("/mem/{path}"), text.as_bytes());
        }
        let opts = crate::pipeline::BuildOptions {
            dir: "/mem/k".into(),
            fs: Some(std::sync::Arc::new(fs)),
            ..Default::default()
        };
        Ok(crate::emit::to_stream(&crate::pipeline::build(&opts)?))
    }

    /// The kustomization's generator fields are built through the factory
    /// from built-in configs: a `configMapGenerator` entry (with the
    /// kustomization's `generatorOptions` merged in) and the same entry as
    /// an `apiVersion: builtin` config (with those options its own) make
    /// the same ConfigMap; errors name the field and entry.
    #[test]
    fn generator_fields_and_builtin_configs_make_the_same_resources() {
        let fields = build_mem(&[
            (
                "k/kustomization.yaml",
                "generatorOptions:\n  labels: {team: a}\n  annotations: {note: x}\nconfigMapGenerator:\n- name: app\n  literals: [A=1]\n  files: [conf.txt]\n  options:\n    labels: {own: b}\nsecretGenerator:\n- name: pw\n  literals: [P=s3cret]\n  type: kubernetes.io/basic-auth\n",
            ),
            ("k/conf.txt", "line\n"),
        ])
        .unwrap();
        let configs = build_mem(&[
            ("k/kustomization.yaml", "generators:\n- gen.yaml\n"),
            (
                "k/gen.yaml",
                "apiVersion: builtin\nkind: ConfigMapGenerator\nmetadata:\n  name: app\nliterals: [A=1]\nfiles: [conf.txt]\noptions:\n  labels: {own: b, team: a}\n  annotations: {note: x}\n---\napiVersion: builtin\nkind: SecretGenerator\nmetadata:\n  name: pw\nliterals: [P=s3cret]\ntype: kubernetes.io/basic-auth\n",
            ),
            ("k/conf.txt", "line\n"),
        ])
        .unwrap();
        let docs = |s: &str| s.split("---\n").map(str::to_string).collect::<Vec<_>>();
        let (f, c) = (docs(&fields), docs(&configs));
        assert_eq!(f.len(), 2, "{fields}");
        // the ConfigMaps agree (name hash included)
        assert_eq!(f[0], c[0]);
        assert!(f[0].contains("own: b") && f[0].contains("team: a") && f[0].contains("note: x"), "{fields}");
        assert!(f[0].contains("name: app-") && f[0].contains("conf.txt: |"), "{fields}");
        // generatorOptions apply to the field's Secret, not to the config's
        assert!(f[1].contains("team: a") && !c[1].contains("team: a"), "{fields}\n{configs}");
        assert!(f[1].contains("type: kubernetes.io/basic-auth"), "{fields}");

        let err = build_mem(&[("k/kustomization.yaml", "configMapGenerator:\n- name: app\n  files: [missing.txt]\n")])
            .unwrap_err();
        let msg = crate::error::chain_text(&err);
        assert!(msg.contains("configMapGenerator 'app'") && msg.contains("missing.txt"), "{msg}");
        assert!(!msg.contains("ConfigMapGenerator 'app'"), "named twice: {msg}");
        let err = build_mem(&[
            ("k/kustomization.yaml", "generators:\n- gen.yaml\n"),
            ("k/gen.yaml", "apiVersion: builtin\nkind: SecretGenerator\nmetadata:\n  name: pw\nfiles: [missing.txt]\n"),
        ])
        .unwrap_err();
        let msg = crate::error::chain_text(&err);
        assert!(msg.contains("SecretGenerator 'pw'") && msg.contains("missing.txt"), "{msg}");
    }

    #[test]
    fn helm_charts_become_one_config_per_chart() {
        // without --enable-helm, the first chart that needs helm fails, named
        let err = build_mem(&[(
            "k/kustomization.yaml",
            "helmGlobals:\n  chartHome: charts\nhelmCharts:\n- name: a\n  repo: https://charts.example\n",
        )])
        .unwrap_err();
        let msg = crate::error::chain_text(&err);
        assert!(msg.contains("helmCharts") && msg.contains("must specify --enable-helm"), "{msg}");
        let err = build_mem(&[("k/kustomization.yaml", "helmCharts:\n- name: [a]\n")]).unwrap_err();
        let msg = crate::error::chain_text(&err);
        assert!(msg.contains("helmCharts: helmCharts entry 1: "), "{msg}");
    }

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
