//! Fleets: one template (a kustomization or a chart) rendered for many
//! targets, each with its overrides, in the spirit of Kubefed's
//! template / placement / overrides but without any object in a cluster
//! (docs/targets.md).
//!
//! - [`spec`]: the targets file, read and checked;
//! - [`render_each`]: every placed target rendered on the one rayon pool,
//!   each result handed to a callback on the same pool (write, check, keep);
//! - [`output`]: the `--output-dir` layout and `--check` against it.
//!
//! A target renders in this order: the template (a kustomization is built
//! once per distinct directory and shared; a chart is rendered per target
//! with its values), then the namespace, the JSON-pointer patches of each
//! override in file order, and last the mirror map, so images added by a
//! patch are mirrored too.
pub mod output;
pub mod spec;

use std::collections::BTreeMap;
use std::path::PathBuf;

use rayon::prelude::*;

use crate::model::{ResMap, Resource};
use crate::pipeline::BuildOptions;
pub use spec::{read, Override, ReadOptions, Target, TargetsFile, TemplateSource};

/// One target's name and what its callback returned (or why it failed).
pub type TargetResult<R> = (String, Result<R, FleetError>);

/// What can go wrong with a fleet; each names the targets file, and the
/// target and override when there is one.
#[derive(Debug, thiserror::Error)]
pub enum FleetError {
    #[error("{file}: {field}: {message}")]
    File { file: String, field: String, message: String },
    #[error(transparent)]
    Yaml(#[from] crate::yaml::YamlError),
    #[error("{path}: {source}")]
    Io { path: String, source: std::io::Error },
    #[error("{file}: target '{target}': {message}")]
    Target { file: String, target: String, message: String },
    #[error("{file}: target '{target}': override '{name}': {message}")]
    Override { file: String, target: String, name: String, message: String },
    #[error("{file}: {message}")]
    Select { file: String, message: String },
}

impl FleetError {
    /// The target this error belongs to, if any.
    pub fn target(&self) -> Option<&str> {
        match self {
            FleetError::Target { target, .. } | FleetError::Override { target, .. } => Some(target),
            _ => None,
        }
    }
}

/// How to render a fleet.
#[derive(Clone, Debug, Default)]
pub struct FleetOptions {
    /// The build flags for kustomization templates (`dir` is ignored) and
    /// the warnings sink (each warning names its target).
    pub build: BuildOptions,
    /// Render only this target (`--target NAME`).
    pub only: Option<String>,
}

/// The targets to render: placed ones, or the one asked for.
pub fn selected<'a>(file: &'a TargetsFile, only: Option<&str>) -> Result<Vec<&'a Target>, FleetError> {
    match only {
        None => Ok(file.placed().collect()),
        Some(name) => {
            let Some(t) = file.targets.iter().find(|t| t.name == name) else {
                let names: Vec<&str> = file.targets.iter().map(|t| t.name.as_str()).collect();
                return Err(FleetError::Select {
                    file: file.origin.clone(),
                    message: format!("no target named '{name}' (targets: {})", names.join(", ")),
                });
            };
            if !file.placement.selects(t) {
                return Err(FleetError::Select {
                    file: file.origin.clone(),
                    message: format!("target '{name}' is not selected by the placement"),
                });
            }
            Ok(vec![t])
        }
    }
}

/// The kustomization directory a target builds: the last override that
/// names one, else the template's.
fn kustomization_of(file: &TargetsFile, t: &Target) -> Option<PathBuf> {
    let TemplateSource::Kustomization(dir) = &file.template.source else {
        return None;
    };
    Some(file.overrides_for(t).filter_map(|o| o.kustomization.clone()).last().unwrap_or_else(|| dir.clone()))
}

/// Render every selected target on the rayon pool and hand each result to
/// `each` (also on the pool). Results come back in the file's target order.
/// Only a bad `--target` name fails the whole call; everything else is a
/// per-target error.
pub fn render_each<R, F>(file: &TargetsFile, opts: &FleetOptions, each: F) -> Result<Vec<TargetResult<R>>, FleetError>
where
    R: Send,
    F: Fn(&Target, ResMap) -> Result<R, FleetError> + Sync,
{
    crate::process::init_pool(None);
    let targets = selected(file, opts.only.as_deref())?;
    if targets.len() > 1 {
        // Targets are built in parallel: start the pool's threads.
        crate::process::threads();
    }

    // Kustomization templates: a directory several targets use is built
    // once, first (in parallel); one only a single target uses is built in
    // that target's job, so its objects are freed with the target's.
    let mut uses: BTreeMap<PathBuf, usize> = BTreeMap::new();
    for t in &targets {
        if let Some(dir) = kustomization_of(file, t) {
            *uses.entry(dir).or_default() += 1;
        }
    }
    let shared: Vec<PathBuf> = uses.iter().filter(|(_, n)| **n > 1).map(|(d, _)| d.clone()).collect();
    let built: BTreeMap<PathBuf, Result<Vec<Resource>, String>> =
        shared.into_par_iter().map(|dir| (dir.clone(), build_template(&dir, opts).map(ResMap::into_vec))).collect();

    // A chart template: loaded once, rendered per target.
    let chart = match &file.template.source {
        TemplateSource::Chart(path) => Some(crate::chart::load_chart(path).map_err(|e| e.to_string())),
        TemplateSource::Kustomization(_) => None,
    };
    let namespace_specs = crate::transform::config::TransformerConfig::builtin().namespace;

    let out = targets
        .into_par_iter()
        .map(|t| {
            let r = render_target(file, opts, t, &built, chart.as_ref(), &namespace_specs).and_then(|m| each(t, m));
            (t.name.clone(), r)
        })
        .collect();
    Ok(out)
}

/// Build one kustomization template with the fleet's build flags.
fn build_template(dir: &std::path::Path, opts: &FleetOptions) -> Result<ResMap, String> {
    let b = BuildOptions {
        dir: dir.to_path_buf(),
        warnings: opts.build.warnings.for_target(&dir.display().to_string()),
        ..opts.build.clone()
    };
    crate::pipeline::build(&b).map_err(|e| crate::error::chain_text(&e))
}

fn target_err(file: &TargetsFile, t: &Target, message: String) -> FleetError {
    FleetError::Target { file: file.origin.clone(), target: t.name.clone(), message }
}

fn override_err(file: &TargetsFile, t: &Target, o: &Override, message: String) -> FleetError {
    FleetError::Override { file: file.origin.clone(), target: t.name.clone(), name: o.name.clone(), message }
}

fn render_target(
    file: &TargetsFile,
    opts: &FleetOptions,
    t: &Target,
    built: &BTreeMap<PathBuf, Result<Vec<Resource>, String>>,
    chart: Option<&Result<crate::chart::Chart, String>>,
    namespace_specs: &[crate::transform::fieldspec::FieldSpec],
) -> Result<ResMap, FleetError> {
    let overrides: Vec<&Override> = file.overrides_for(t).collect();
    let ns_override = overrides.iter().rev().find(|o| o.namespace.is_some());
    let namespace = ns_override.and_then(|o| o.namespace.clone());

    let mut m: ResMap = match (&file.template.source, chart) {
        (TemplateSource::Chart(path), Some(chart)) => {
            let chart = chart.as_ref().map_err(|e| target_err(file, t, format!("chart template: {e}")))?;
            let mut values = file.template.values.clone();
            let mut from = Vec::new();
            for o in &overrides {
                if let Some(v) = &o.values {
                    crate::chart::values::merge_maps(&mut values, v.clone());
                    from.push(format!("'{}'", o.name));
                }
            }
            let ro = crate::chart::RenderOptions {
                release_name: file.template.release.clone(),
                namespace: namespace
                    .clone()
                    .or_else(|| file.template.namespace.clone())
                    .unwrap_or_else(|| "default".into()),
                values,
                kube_version: file.template.kube_version.clone(),
                ..Default::default()
            };
            let warnings = opts.build.warnings.for_target(&t.name);
            let rendered = crate::engines::for_chart(chart)
                .and_then(|engine| crate::chart::render_chart(chart, &ro, engine.as_ref(), &mut |w| warnings.warn(w)))
                .and_then(|r| r.to_resmap());
            rendered.map_err(|e| {
                let with = if from.is_empty() {
                    String::new()
                } else {
                    format!(" with the values of overrides {}", from.join(", "))
                };
                target_err(file, t, format!("rendering chart {}{with}: {e}", path.display()))
            })?
        }
        _ => {
            let dir = kustomization_of(file, t).unwrap_or_default();
            let r = match built.get(&dir) {
                Some(r) => r.as_ref().map(|items| items.iter().cloned().collect::<ResMap>()).map_err(Clone::clone),
                None => build_template(&dir, opts),
            };
            r.map_err(|e| target_err(file, t, format!("building {}: {e}", dir.display())))?
        }
    };

    if let (Some(ns), Some(o)) = (&namespace, ns_override) {
        let nt = crate::transform::namespace::NamespaceTransformer {
            namespace: ns.clone(),
            fields: namespace_specs.to_vec(),
            ..Default::default()
        };
        crate::transform::Transformer::apply(&nt, &mut m)
            .map_err(|e| override_err(file, t, o, format!("namespace {ns}: {}", crate::error::chain_text(&e))))?;
    }

    for o in &overrides {
        for p in &o.patches {
            let hits: Vec<usize> = (0..m.len()).filter(|&i| p.target.matches(m.at(i))).collect();
            if hits.is_empty() {
                return Err(override_err(
                    file,
                    t,
                    o,
                    format!("{}: target ({}) selects no resource", p.field, p.target),
                ));
            }
            for i in hits {
                let id = m.at(i).cur_id().to_string();
                m.update_at(i, |r| {
                    // json_patch works on serde_json's tree
                    let mut obj = serde_json::Value::from(r.obj.take());
                    let res = json_patch::patch(&mut obj, &p.ops);
                    r.obj = obj.into();
                    res
                })
                .map_err(|e| {
                    let op = p.ops.0.get(e.operation).map(|op| serde_json::to_value(op).unwrap_or_default());
                    let what = op.map(|v| {
                        format!(" ({} {})", v["op"].as_str().unwrap_or("?"), v["path"].as_str().unwrap_or("?"))
                    });
                    override_err(
                        file,
                        t,
                        o,
                        format!("{}.ops[{}]{} on {id}: {}", p.field, e.operation, what.unwrap_or_default(), e.kind),
                    )
                })?;
                check_patched(m.at(i)).map_err(|e| override_err(file, t, o, format!("{}: {id}: {e}", p.field)))?;
            }
        }
    }
    m.check_unique().map_err(|e| target_err(file, t, format!("after the overrides: {e}")))?;

    if let Some(o) = overrides.iter().rev().find(|o| o.mirror.is_some()) {
        if let Some(map) = &o.mirror {
            let map = map.as_ref().as_ref().map_err(|e| override_err(file, t, o, e.clone()))?;
            crate::images::find::rewrite_resmap(&mut m, map)
                .map_err(|e| override_err(file, t, o, format!("mirror map {}: {e}", map.origin)))?;
        }
    }
    Ok(m)
}

/// A patched object must still be a resource (a mapping with a kind and a name).
fn check_patched(r: &Resource) -> Result<(), String> {
    match &r.obj {
        crate::yaml::Value::Object(o)
            if o.get("kind").and_then(crate::yaml::Value::as_str).is_some_and(|k| !k.is_empty()) =>
        {
            if r.name().is_empty() {
                Err("the patched object has no metadata.name".into())
            } else {
                Ok(())
            }
        }
        _ => Err("the patched object has no kind".into()),
    }
}
