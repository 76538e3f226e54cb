//! Plugins: every generator and transformer named by a `generators:`,
//! `transformers:` or `validators:` config, behind one interface.
//!
//! A config is one KRM object. kustomize's rules decide what runs it:
//! - `apiVersion: builtin` (no group, version `builtin`): one of the built-in
//!   plugins ([`builtin`]), configured by the object's fields;
//! - anything else is external and refused unless `--enable-alpha-plugins`
//!   ("external plugins disabled; unable to load external plugin 'Kind'");
//!   - with a `config.kubernetes.io/function` annotation: a KRM function
//!     ([`krm`]); `exec:` ones also need `--enable-exec`, `container:` ones
//!     need a container runtime kforge does not have;
//!   - otherwise a legacy exec plugin ([`exec`]) found under
//!     `$KUSTOMIZE_PLUGIN_HOME/<group>/<version>/<lowercase kind>/<Kind>`.
//!
//! Generated resources get the config's origin (`configuredIn`,
//! `configuredBy`); after a transformer runs, every resource records it as
//! a transformation (or as its origin when the transformer created it), for
//! `buildMetadata: [originAnnotations, transformerAnnotations]`.
pub mod error;
pub use error::PluginError;
pub mod builtin;
pub mod exec;
pub mod krm;

use crate::plugin::error::{bail, Context, Result};
use crate::yaml::{json, Map, Value};

use crate::generate::helm::HelmOptions;
use crate::load::Loader;
use crate::model::{ResMap, Resource};
use crate::transform::config::TransformerConfig;

/// Annotation listing the transformers that touched a resource.
pub const TRANSFORMATIONS_ANNOTATION: &str = "alpha.config.kubernetes.io/transformations";
/// Annotation carrying an origin in plugin output (and kustomize's internal form).
pub const ORIGIN_ANNOTATION: &str = "config.kubernetes.io/origin";
/// Key under a resource's `origin` value where transformations are kept.
const TRANSFORMATIONS_KEY: &str = "transformations";

/// What a transformer's run records on the resources (kustomize's
/// `AddTransformerAnnotation`, which runs only when the top kustomization
/// has a `buildMetadata`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Recording {
    /// Keep each resource's list of transformations
    /// (`buildMetadata: [transformerAnnotations]`).
    pub transformations: bool,
    /// Any `buildMetadata`: kustomize keeps the origin and the
    /// transformations in each resource's annotations during the build, and
    /// writing them rewrites the annotations as a string map after every
    /// transformer (plain typed scalars stay their text through later JSON
    /// patches, empty ones are `""`, which a strategic merge keeps).
    pub annotations: bool,
}

/// The command-line switches plugins obey.
#[derive(Clone, Debug, Default)]
pub struct PluginOptions {
    /// `--enable-alpha-plugins`: external plugins may run.
    pub enable_alpha_plugins: bool,
    /// `--enable-exec`: KRM functions with `exec:` may run.
    pub enable_exec: bool,
    /// What each transformer leaves on the resources (`buildMetadata`).
    pub recording: Recording,
    /// For the built-in `HelmChartInflationGenerator`.
    pub helm: HelmOptions,
    /// Where plugin stderr and function warnings go.
    pub warnings: crate::warnings::Warnings,
    /// `-e`, `--mount`, `--network`... for KRM functions.
    pub functions: FunctionOptions,
}

/// What a plugin may use: the kustomization's loader (and its restrictor),
/// the build flags and the field-spec configuration.
pub struct PluginContext<'a> {
    pub ldr: &'a Loader,
    pub opts: PluginOptions,
    pub config: &'a TransformerConfig,
    /// Where the config came from, relative to the top kustomization (for origin annotations).
    pub configured_in: String,
    /// The build's OpenAPI schema setting (for strategic merge patches).
    pub schema: &'a crate::transform::openapi::SchemaState,
}

/// Makes new resources (merged into the map by their generator behavior).
pub trait Generator {
    fn generate(&self) -> Result<ResMap>;
}

/// Rewrites the resource map: built-in transformers (the `transform`
/// module's, wrapped), KRM functions and exec plugins.
pub trait Transformer {
    fn apply(&self, m: &mut ResMap) -> Result<()>;
}

/// Label a validator may add; not counted as a change.
pub const VALIDATED_BY_LABEL: &str = "validated-by";

/// Checks the resources without changing them.
pub trait Validator {
    fn validate(&self, m: &ResMap) -> Result<()>;
}

/// A transformer used as a validator (kustomize's validators are
/// transformers that must hand the resources back unchanged). It runs on a
/// copy, so a misbehaving validator cannot alter the build.
pub struct MustNotChange<'a> {
    pub inner: Box<dyn Transformer + 'a>,
    pub name: String,
}

impl Validator for MustNotChange<'_> {
    fn validate(&self, m: &ResMap) -> Result<()> {
        let mut copy = m.clone();
        self.inner.apply(&mut copy)?;
        // kustomize lets a validator mark what it checked with this label.
        for r in copy.iter_mut() {
            if let Some(Value::Object(labels)) = r.obj.pointer_mut("/metadata/labels") {
                labels.remove(VALIDATED_BY_LABEL);
            }
        }
        let changed = copy.len() != m.len() || copy.iter().zip(m.iter()).any(|(a, b)| a.obj != b.obj);
        if changed {
            bail!("validator {} must not modify resources", self.name);
        }
        Ok(())
    }
}

/// Make the validator a `validators:` config describes.
pub fn make_validator<'a>(config: &Resource, ctx: &'a PluginContext<'a>) -> Result<Box<dyn Validator + 'a>> {
    let inner = make_transformer(config, ctx)?;
    Ok(Box::new(MustNotChange { inner, name: format!("{}/{}", config.api_version(), config.kind()) }))
}

/// A plugin's own description for messages: `Kind/name` of the config.
pub fn describe(config: &Resource) -> String {
    let name = config.name();
    if name.is_empty() {
        config.kind().to_string()
    } else {
        format!("{}/{}", config.kind(), name)
    }
}

/// True for kustomize's built-in plugins: no group and version `builtin`.
pub fn is_builtin(config: &Resource) -> bool {
    config.api_version() == "builtin"
}

/// The external-plugin gate shared by generators and transformers.
fn check_external_allowed(config: &Resource, opts: &PluginOptions) -> Result<()> {
    if !opts.enable_alpha_plugins {
        bail!("external plugins disabled; unable to load external plugin '{}'", config.kind());
    }
    Ok(())
}

/// A program outside kforge: a KRM function (the config carries a
/// `config.kubernetes.io/function` annotation) or a legacy exec plugin.
enum External<'a> {
    Function(krm::FnPlugin<'a>),
    Exec(exec::ExecPlugin<'a>),
}

impl<'a> External<'a> {
    fn new(config: &Resource, ctx: &'a PluginContext<'a>) -> Result<External<'a>> {
        check_external_allowed(config, &ctx.opts)?;
        Ok(match krm::function_spec(config)? {
            Some(spec) => External::Function(krm::FnPlugin::new(config, spec, ctx)?),
            None => External::Exec(exec::ExecPlugin::find(config, ctx)?),
        })
    }
}

impl Generator for External<'_> {
    fn generate(&self) -> Result<ResMap> {
        match self {
            External::Function(f) => f.generate(),
            External::Exec(e) => e.generate(),
        }
    }
}

impl Transformer for External<'_> {
    fn apply(&self, m: &mut ResMap) -> Result<()> {
        match self {
            External::Function(f) => f.apply(m),
            External::Exec(e) => e.apply(m),
        }
    }
}

/// Make the generator a `generators:` config describes.
pub fn make_generator<'a>(config: &Resource, ctx: &'a PluginContext<'a>) -> Result<Box<dyn Generator + 'a>> {
    let inner: Box<dyn Generator + 'a> =
        if is_builtin(config) { builtin::make_generator(config, ctx)? } else { Box::new(External::new(config, ctx)?) };
    Ok(Box::new(WithOrigin { inner, origin: plugin_origin(config, ctx).into(), record: ctx.opts.recording }))
}

/// Make the transformer a `transformers:` (or `validators:`) config describes.
pub fn make_transformer<'a>(config: &Resource, ctx: &'a PluginContext<'a>) -> Result<Box<dyn Transformer + 'a>> {
    let inner: Box<dyn Transformer + 'a> = if is_builtin(config) {
        builtin::make_transformer(config, ctx)?
    } else {
        Box::new(External::new(config, ctx)?)
    };
    Ok(Box::new(WithOrigin { inner, origin: plugin_origin(config, ctx).into(), record: ctx.opts.recording }))
}

/// kustomize's `OriginFromCustomPlugin`: where the config was read
/// (`configuredIn`) and which object configured the plugin (`configuredBy`).
pub fn plugin_origin(config: &Resource, ctx: &PluginContext) -> Value {
    let mut origin = Map::new();
    let src = config.origin.as_ref();
    for key in ["repo", "ref"] {
        if let Some(v) = src.and_then(|o| o.get(key)).and_then(Value::as_str) {
            origin.insert(key.into(), json!(v));
        }
    }
    let configured_in = src.and_then(|o| o.get("path")).and_then(Value::as_str).unwrap_or(&ctx.configured_in);
    origin.insert("configuredIn".into(), json!(configured_in));
    let mut by = Map::new();
    for (key, v) in [
        ("apiVersion", config.api_version()),
        ("kind", config.kind()),
        ("name", config.name()),
        ("namespace", config.namespace()),
    ] {
        if !v.is_empty() {
            by.insert(key.into(), json!(v));
        }
    }
    origin.insert("configuredBy".into(), Value::Object(by));
    Value::Object(origin)
}

/// Runs a plugin and records its origin on what it made or touched.
struct WithOrigin<P: ?Sized> {
    origin: crate::model::Origin,
    record: Recording,
    inner: Box<P>,
}

impl Generator for WithOrigin<dyn Generator + '_> {
    fn generate(&self) -> Result<ResMap> {
        let mut m = self.inner.generate()?;
        for r in m.iter_mut() {
            if r.origin.is_none() {
                r.origin = Some(self.origin.clone());
            }
        }
        Ok(m)
    }
}

impl Transformer for WithOrigin<dyn Transformer + '_> {
    fn apply(&self, m: &mut ResMap) -> Result<()> {
        self.inner.apply(m)?;
        add_transformer_annotation(m, &self.origin, self.record);
        Ok(())
    }
}

/// kustomize's `AddTransformerAnnotation`: a resource without an origin was
/// made by the transformer (it becomes the origin); others record it as a
/// transformation.
/// Without `record.transformations` only the origins of new resources are set.
pub fn add_transformer_annotation(m: &mut ResMap, origin: &crate::model::Origin, record: Recording) {
    for r in m.iter_mut() {
        note_transformer(r, origin, record);
    }
}

/// [`add_transformer_annotation`] for one resource.
pub fn note_transformer(r: &mut Resource, origin: &crate::model::Origin, record: Recording) {
    if record.annotations {
        // kustomize writes the origin or the record into the annotations,
        // which rewrites them as a string map: plain typed scalars stay
        // their text through later JSON patches, empty ones are "".
        r.typed_annotations.clear();
        if !r.empty_nulls.is_empty() {
            r.empty_nulls.retain(|p| !p.starts_with("/metadata/annotations/"));
        }
    }
    match r.origin.as_mut() {
        None => r.origin = Some(origin.clone()),
        Some(_) if !record.transformations => {}
        Some(mine) => match std::sync::Arc::make_mut(mine) {
            Value::Object(o) => {
                let list = o.entry(TRANSFORMATIONS_KEY).or_insert_with(|| Value::Array(Vec::new()));
                if let Value::Array(items) = list {
                    items.push(Value::clone(origin));
                }
            }
            _ => *mine = origin.clone(),
        },
    }
}

/// The transformations recorded in an origin, oldest first.
pub fn transformations(origin: &Value) -> &[Value] {
    origin.get(TRANSFORMATIONS_KEY).and_then(Value::as_array).map(Vec::as_slice).unwrap_or(&[])
}

/// The text of an `alpha.config.kubernetes.io/transformations` annotation
/// (a YAML list of origins, keys in kustomize's order), or `None` when there
/// were no transformations.
pub fn transformations_text(origin: &Value) -> Option<String> {
    let list = transformations(origin);
    if list.is_empty() {
        return None;
    }
    let mut out = String::new();
    for t in list {
        let text = crate::model::origin_text(t);
        for (i, line) in text.lines().enumerate() {
            out.push_str(if i == 0 { "- " } else { "  " });
            out.push_str(line);
            out.push('\n');
        }
    }
    Some(out)
}

/// Take a `config.kubernetes.io/origin` annotation a plugin wrote into the
/// resource's origin (the annotation itself never reaches the output here).
pub(crate) fn absorb_origin_annotation(r: &mut Resource) -> Result<()> {
    let Some(Value::Object(annos)) = r.obj.pointer_mut("/metadata/annotations") else {
        return Ok(());
    };
    let Some(v) = annos.remove(ORIGIN_ANNOTATION) else {
        return Ok(());
    };
    if annos.is_empty() {
        if let Some(Value::Object(meta)) = r.obj.get_mut("metadata") {
            meta.remove("annotations");
        }
    }
    let text = v.as_str().unwrap_or("");
    let docs = crate::yaml::parse_documents(text, ORIGIN_ANNOTATION)
        .with_context(|| format!("invalid {ORIGIN_ANNOTATION} annotation on {}", r.cur_id()))?;
    if let Some(o @ Value::Object(_)) = docs.into_iter().next() {
        r.origin = Some(o.into());
    }
    Ok(())
}

/// Parse plugin output (a YAML stream) into resources, lists expanded.
pub(crate) fn parse_output(text: &str, what: &str) -> Result<Vec<Resource>> {
    if text.trim().is_empty() {
        return Ok(Vec::new());
    }
    let mut out = crate::model::parse_resources(text, what)?;
    for r in &mut out {
        absorb_origin_annotation(r)?;
    }
    Ok(out)
}

/// The resources as one YAML stream (`---` between documents).
pub(crate) fn to_stream<'a>(objs: impl IntoIterator<Item = &'a Value>) -> String {
    let mut out = String::new();
    for (i, o) in objs.into_iter().enumerate() {
        if i > 0 {
            out.push_str("---\n");
        }
        crate::yaml::to_yaml_into(o, &mut out);
    }
    out
}

/// kustomize's `UpdateResMapValues`: the transformer's output replaces the
/// map. Resources matched by current id keep their build history and get
/// the new content; new ones are appended; ones missing from the output are
/// dropped. `strip` removes the tracking annotations the input carried.
pub(crate) fn update_from_output(
    m: &mut ResMap,
    output: Vec<Resource>,
    plugin: &str,
    strip: &dyn Fn(&mut Resource),
) -> Result<()> {
    let mut seen = ResMap::new();
    for mut r in output {
        strip(&mut r);
        let id = r.cur_id();
        if seen.append(r.clone()).is_err() {
            bail!("plugin {plugin} generated duplicate resource: {id}");
        }
        match m.index_of(&id) {
            Some(i) => {
                let old = m.at_mut(i);
                old.obj = r.obj;
                if r.origin.is_some() {
                    old.origin = r.origin;
                }
            }
            None => m.append(r).with_context(|| format!("plugin {plugin}"))?,
        }
    }
    m.retain(|r| seen.index_of(&r.cur_id()).is_some());
    Ok(())
}

/// Remove an annotation, and the annotations map when it becomes empty.
pub(crate) fn remove_annotation(r: &mut Resource, key: &str) -> Option<Value> {
    let Some(Value::Object(meta)) = r.obj.get_mut("metadata") else {
        return None;
    };
    let Some(Value::Object(annos)) = meta.get_mut("annotations") else {
        return None;
    };
    let v = annos.remove(key);
    if annos.is_empty() {
        meta.remove("annotations");
    }
    v
}

/// Environment variable overriding the plugin timeout, in seconds.
pub const TIMEOUT_ENV: &str = "KFORGE_FN_TIMEOUT";
/// How long a plugin may run unless `KFORGE_FN_TIMEOUT` says otherwise.
pub const DEFAULT_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(60);

/// The timeout from `KFORGE_FN_TIMEOUT` (seconds, fractions allowed, at most
/// a day), else the default.
pub fn timeout_from_env() -> Result<std::time::Duration> {
    match std::env::var(TIMEOUT_ENV) {
        Ok(s) if !s.trim().is_empty() => Ok(crate::process::seconds(TIMEOUT_ENV, &s)?),
        _ => Ok(DEFAULT_TIMEOUT),
    }
}

/// Run a plugin program; a timeout says how to allow more time.
pub(crate) fn run_plugin(p: &crate::process::Program, input: &[u8]) -> Result<crate::process::Output> {
    p.run(Some(input)).map_err(|e| match e {
        crate::process::ProcessError::TimedOut { .. } => {
            crate::plugin::error::err!("{e} (set {TIMEOUT_ENV} to allow more time)")
        }
        other => crate::plugin::error::err!("{other}"),
    })
}

/// The flags kustomize has for KRM functions. Exec functions get `env`
/// (`KEY=VALUE` entries, merged over the function's own `exec.env`, these
/// winning); the others concern container functions, which need a
/// container runtime kforge does not use.
#[derive(Clone, Debug, Default)]
pub struct FunctionOptions {
    pub env: Vec<String>,
    pub mounts: Vec<String>,
    pub network: bool,
    pub network_name: String,
    pub as_current_user: bool,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn res(y: &str) -> Resource {
        crate::model::parse_resources(y, "test").unwrap().remove(0)
    }

    #[test]
    fn builtin_means_no_group_and_version_builtin() {
        assert!(is_builtin(&res("apiVersion: builtin\nkind: LabelTransformer\nmetadata: {name: x}\n")));
        assert!(!is_builtin(&res("apiVersion: example.com/builtin\nkind: LabelTransformer\nmetadata: {name: x}\n")));
        assert!(!is_builtin(&res("apiVersion: v1\nkind: LabelTransformer\nmetadata: {name: x}\n")));
    }

    #[test]
    fn transformer_annotation_sets_origin_or_records_transformation() {
        let mut m = ResMap::new();
        let mut a = res("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n");
        a.origin = Some(json!({"path": "a.yaml"}).into());
        m.append(a).unwrap();
        m.append(res("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: b\n")).unwrap();
        let t = json!({"configuredIn": "kustomization.yaml", "configuredBy": {"apiVersion": "builtin", "kind": "X"}});
        add_transformer_annotation(&mut m, &t.clone().into(), Recording { transformations: true, annotations: true });
        let a = m.at(0).origin.as_ref().unwrap();
        assert_eq!(a["path"], "a.yaml");
        assert_eq!(
            transformations_text(a).unwrap(),
            "- configuredIn: kustomization.yaml\n  configuredBy:\n    apiVersion: builtin\n    kind: X\n"
        );
        assert_eq!(**m.at(1).origin.as_ref().unwrap(), t);
        assert!(transformations_text(&t).is_none());
    }

    #[test]
    fn origin_annotation_in_output_becomes_the_origin() {
        let out = parse_output(
            "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n  annotations:\n    config.kubernetes.io/origin: |\n      path: somefile.yaml\n",
            "out",
        )
        .unwrap();
        assert_eq!(out[0].origin, Some(json!({"path": "somefile.yaml"}).into()));
        assert!(out[0].obj["metadata"].get("annotations").is_none());
    }

    #[test]
    fn output_replaces_matched_appends_new_and_drops_missing() {
        let mut m = ResMap::new();
        let mut a = res("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\ndata:\n  k: old\n");
        a.needs_hash = true;
        m.append(a).unwrap();
        m.append(res("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: gone\n")).unwrap();
        let out = vec![
            res("apiVersion: v1\nkind: Service\nmetadata:\n  name: new\n"),
            res("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\ndata:\n  k: new\n"),
        ];
        update_from_output(&mut m, out, "p", &|_| {}).unwrap();
        let names: Vec<&str> = m.iter().map(|r| r.name()).collect();
        assert_eq!(names, ["a", "new"]);
        assert_eq!(m.at(0).obj["data"]["k"], "new");
        assert!(m.at(0).needs_hash, "build history of matched resources is kept");
    }

    #[test]
    fn duplicate_output_is_an_error() {
        let mut m = ResMap::new();
        let out = vec![
            res("apiVersion: v1\nkind: Service\nmetadata:\n  name: x\n"),
            res("apiVersion: v1\nkind: Service\nmetadata:\n  name: x\n"),
        ];
        let err = update_from_output(&mut m, out, "p", &|_| {}).unwrap_err();
        assert!(err.to_string().contains("generated duplicate resource"), "{err}");
    }
}
