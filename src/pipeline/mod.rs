//! `kforge build`: load a kustomization tree, run its generators and
//! transformers, and finish the resource map the emitter prints.
pub mod error;
pub use error::PipelineError;
mod builtins;
mod target;

use std::path::PathBuf;

use crate::pipeline::error::{bail, Result};

use crate::load::loader::is_remote;
use crate::load::{remote, LoadRestrictor, Loader};
use crate::model::ResMap;
use crate::transform::sort::LegacySort;

pub use crate::model::origin_text;
pub use target::KustTarget;

/// How the final resources are ordered.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Reorder {
    /// Not given on the command line: the kustomization's `sortOptions`, else legacy.
    #[default]
    Unspecified,
    Legacy,
    None,
}

impl Reorder {
    pub fn parse(s: &str) -> Option<Reorder> {
        match s {
            "legacy" => Some(Reorder::Legacy),
            "none" => Some(Reorder::None),
            "unspecified" | "" => Some(Reorder::Unspecified),
            _ => None,
        }
    }
}

/// Everything `kforge build` needs to know.
#[derive(Clone, Debug, Default)]
pub struct BuildOptions {
    pub dir: PathBuf,
    pub reorder: Reorder,
    pub load_restrictor: LoadRestrictor,
    pub enable_alpha_plugins: bool,
    pub enable_exec: bool,
    pub enable_helm: bool,
    /// The helm binary for helmCharts (`--helm-command`; default `helm` on PATH).
    pub helm_command: Option<String>,
    pub add_managed_by_label: bool,
    /// `--helm-api-versions`: Kubernetes API versions for helm's Capabilities.
    pub helm_api_versions: Vec<String>,
    /// `--helm-kube-version`: Kubernetes version for helm's Capabilities.
    pub helm_kube_version: String,
    /// `--helm-debug`: run `helm template --debug`.
    pub helm_debug: bool,
    /// Set by the build (not a flag): keep each resource's list of
    /// transformations for `buildMetadata: [transformerAnnotations]`.
    pub record_transformations: bool,
    /// Set by the build (not a flag): the top kustomization has a
    /// `buildMetadata`, which makes kustomize keep build annotations during
    /// the build (see `plugin::Recording::annotations`).
    pub build_annotations: bool,
    /// Where the build's warnings go (the CLI prints them on stderr).
    pub warnings: crate::warnings::Warnings,
    /// Read the tree from here instead of the real filesystem (an
    /// in-memory tree, an unpacked archive).
    pub fs: Option<std::sync::Arc<dyn crate::load::FileSystem>>,
    /// Limits for http(s) file resources.
    pub http: crate::load::http::HttpOptions,
    /// Function flags `kubectl kustomize` accepts (`-e`, `--mount`,
    /// `--network`, `--network-name`, `--as-current-user`).
    pub functions: FunctionOptions,
    /// http(s) files fetched by this build (each URL once).
    pub http_cache: crate::load::http::HttpCache,
}

pub use crate::plugin::FunctionOptions;

impl BuildOptions {
    /// The helm switches, for `helmCharts` and the built-in helm generator.
    pub fn helm_options(&self) -> crate::generate::helm::HelmOptions {
        crate::generate::helm::HelmOptions {
            enable_helm: self.enable_helm,
            helm_command: self.helm_command.clone(),
            helm_api_versions: self.helm_api_versions.clone(),
            helm_kube_version: self.helm_kube_version.clone(),
            helm_debug: self.helm_debug,
        }
    }

    /// The switches plugins obey.
    pub fn plugin_options(&self) -> crate::plugin::PluginOptions {
        crate::plugin::PluginOptions {
            enable_alpha_plugins: self.enable_alpha_plugins,
            enable_exec: self.enable_exec,
            recording: crate::plugin::Recording {
                transformations: self.record_transformations,
                annotations: self.build_annotations,
            },
            helm: self.helm_options(),
            warnings: self.warnings.clone(),
            functions: self.functions.clone(),
        }
    }
}

/// Label kustomize adds with `--enable-managedby-label`.
pub const MANAGED_BY_LABEL: &str = "app.kubernetes.io/managed-by";
/// Annotation recording where a resource came from (`buildMetadata: [originAnnotations]`).
pub const ORIGIN_ANNOTATION: &str = "config.kubernetes.io/origin";

/// Remove one annotation, and `annotations` when it becomes empty.
fn remove_annotation(obj: &mut crate::yaml::Value, key: &str) {
    let Some(crate::yaml::Value::Object(meta)) = obj.get_mut("metadata") else {
        return;
    };
    let Some(crate::yaml::Value::Object(annos)) = meta.get_mut("annotations") else {
        return;
    };
    if annos.remove(key).is_some() && annos.is_empty() {
        meta.remove("annotations");
    }
}
/// The kustomize version whose behaviour kforge reproduces.
pub const KUSTOMIZE_VERSION: &str = "v5.7.1";

/// From this many resources the final per-resource passes run on the rayon
/// pool (below, one thread is as fast).
const PER_RESOURCE_PARALLEL_MIN: usize = 256;

/// Run `f` on every resource of `m`, each on its own (on the rayon pool
/// for large maps); the indexes are dropped as by `ResMap::iter_mut`.
fn for_each_resource(m: &mut ResMap, f: impl Fn(&mut crate::model::Resource) + Sync + Send) {
    if crate::process::parallel_threads(m.len(), PER_RESOURCE_PARALLEL_MIN).is_some() {
        use rayon::prelude::*;
        m.resources_mut().par_iter_mut().for_each(f);
    } else {
        m.iter_mut().for_each(f);
    }
}

/// Build the kustomization in `opts.dir` into its final resources.
pub fn build(opts: &BuildOptions) -> Result<ResMap> {
    // Parallel steps need large stacks: make the pool unless one exists.
    crate::process::init_pool(None);
    crate::yaml::reset_alias_budget();
    // `kforge build https://host/org/repo//dir?ref=v1` builds a remote tree;
    // the clone lives until the build is done.
    let remote = match opts.dir.to_str() {
        Some(d) if is_remote(d) => Some(remote::fetch(d, &opts.warnings)?),
        _ => None,
    };
    let ldr = match &remote {
        Some(r) => Loader::new_remote(r, opts.load_restrictor)?,
        None => match &opts.fs {
            Some(fs) => Loader::with_fs(&opts.dir, opts.load_restrictor, fs.clone())?,
            None => Loader::new(&opts.dir, opts.load_restrictor)?,
        },
    };
    let mut target = KustTarget::load(ldr, opts)?;
    // Transformations are only recorded when the top kustomization asks for
    // them: recording costs a copy per resource per transformer.
    target.opts.record_transformations =
        target.kustomization().build_metadata.iter().any(|m| m == "transformerAnnotations");
    target.opts.build_annotations = !target.kustomization().build_metadata.is_empty();
    target.set_openapi(true)?;
    // kustomize builds a Component directory given directly like a
    // kustomization.
    let mut acc = target.accumulate_new()?;
    target.finish(&mut acc)?;
    if let Some(r) = &remote {
        for res in acc.resources.iter_mut() {
            if let Some(o) = res.origin.as_mut() {
                r.mark_origin(std::sync::Arc::make_mut(o));
            }
        }
    }
    let mut m = acc.resources;

    let sort = target.kustomization().sort_options.clone();
    match (sort, opts.reorder) {
        (Some(so), reorder) => {
            if reorder != Reorder::Unspecified {
                opts.warnings.warn(
                    "Warning: Sorting order is set both in 'kustomization.yaml' ('sortOptions') and in a CLI flag ('--reorder'). Using the kustomization file over the CLI flag."
                );
            }
            match so.order.as_str() {
                "fifo" => {
                    if so.legacy_sort_options.is_some() {
                        bail!("invalid sortOptions: legacySortOptions can only be set when order is 'legacy'");
                    }
                }
                "legacy" => {
                    let mut ls = LegacySort::default();
                    if let Some(l) = so.legacy_sort_options {
                        ls.order_first = l.order_first;
                        ls.order_last = l.order_last;
                    }
                    ls.apply(&mut m);
                }
                other => bail!("invalid sortOptions.order '{other}': must be 'legacy' or 'fifo'"),
            }
        }
        (None, Reorder::None) => {}
        (None, _) => LegacySort::default().apply(&mut m),
    }
    let meta = &target.kustomization().build_metadata;
    // Without the buildMetadata entry kustomize removes these annotations,
    // even when an input resource carries them.
    let removed: Vec<&str> = [
        ("originAnnotations", ORIGIN_ANNOTATION),
        ("transformerAnnotations", crate::plugin::TRANSFORMATIONS_ANNOTATION),
    ]
    .into_iter()
    .filter(|(wanted, _)| !meta.iter().any(|m| m == wanted))
    .map(|(_, key)| key)
    .collect();
    // (each resource on its own: one pass, on the pool for large maps)
    for_each_resource(&mut m, |r| {
        // Numeric names go back to numbers after sorting, which (as
        // kustomize's sort reads the nodes' text) orders them by their
        // text: a name a prefix made `1e3` sorts as `1e3`, not as `1000`.
        if !r.scalar_meta.is_empty() {
            r.restore_scalar_meta();
        }
        for key in &removed {
            remove_annotation(&mut r.obj, key);
        }
    });
    if meta.iter().any(|m| m == "originAnnotations") {
        for r in m.iter_mut() {
            if let Some(origin) = r.origin.clone() {
                r.meta_map_mut("annotations").insert(
                    ORIGIN_ANNOTATION.to_string(),
                    crate::yaml::Value::String(crate::model::origin_text(&origin)),
                );
            }
        }
    }
    if meta.iter().any(|m| m == "transformerAnnotations") {
        for r in m.iter_mut() {
            if let Some(text) = r.origin.as_ref().and_then(|o| crate::plugin::transformations_text(o)) {
                r.meta_map_mut("annotations")
                    .insert(crate::plugin::TRANSFORMATIONS_ANNOTATION.to_string(), crate::yaml::Value::String(text));
            }
        }
    }
    if opts.add_managed_by_label || meta.iter().any(|m| m == "managedByLabel") {
        for r in m.iter_mut() {
            // kustomize sets it through the labels field spec, which refuses
            // labels a patch made a scalar or a list
            if let Some(v) =
                r.obj.get("metadata").and_then(|m| m.get("labels")).filter(|v| !v.is_object() && !v.is_null())
            {
                use crate::transform::fieldspec::{node_contents, node_kind};
                bail!(
                    "considering field 'metadata/labels' of object {}: wrong node kind: expected MappingNode but got {}: node contents:\n{}",
                    r.cur_id(),
                    node_kind(v),
                    node_contents(v)
                );
            }
            r.meta_map_mut("labels").insert(
                MANAGED_BY_LABEL.to_string(),
                crate::yaml::Value::String(format!("kustomize-{KUSTOMIZE_VERSION}")),
            );
        }
    }
    Ok(m)
}
