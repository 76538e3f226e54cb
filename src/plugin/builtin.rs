//! Built-in plugins configured by `apiVersion: builtin` objects: each maps
//! kustomize's plugin config fields onto the transformer or generator that
//! also serves the kustomization fields.
//!
//! Like kustomize (sigs.k8s.io/yaml, not strict), unknown fields are
//! ignored. Generators read `files`/`envs`, and transformers read `path`s,
//! through the loader of the kustomization that lists the config.
use std::collections::BTreeMap;

use crate::plugin::error::{bail, err, Context, Result};
use crate::yaml::{json, Map, Value};

use super::{describe, Generator, PluginContext, Transformer};
use crate::generate::{self, BuiltinGenerator};
use crate::model::{ResMap, Resource};
use crate::transform::fieldspec::{FieldSpec, Leaf, PathSpec};
use crate::transform::images::ImageTagTransformer;
use crate::transform::labels::MapFieldTransformer;
use crate::transform::namespace::{NamespaceTransformer, RoleBindingSubjects};
use crate::transform::patch::{PatchJson6902Transformer, PatchStrategicMergeTransformer, PatchTransformer};
use crate::transform::prefix_suffix::PrefixSuffixTransformer;
use crate::transform::replacements::ReplacementTransformer;
use crate::transform::replicas::ReplicaCountTransformer;
use crate::transform::Transformer as Apply;
use crate::types::{Image, Replica, Selector};

/// A config field as a typed value, with the field named in errors.
fn field<T: serde::de::DeserializeOwned + Default>(config: &Resource, key: &str) -> Result<T> {
    match config.obj.get(key) {
        None | Some(Value::Null) => Ok(T::default()),
        Some(v) => crate::yaml::from_value(v.clone())
            .map_err(|e| err!("plugin {} fails configuration: field '{key}': {e}", describe(config))),
    }
}

fn str_field(config: &Resource, key: &str) -> Result<String> {
    match config.obj.get(key) {
        None | Some(Value::Null) => Ok(String::new()),
        Some(Value::String(s)) => Ok(s.clone()),
        Some(Value::Bool(b)) => Ok(b.to_string()),
        Some(Value::Number(n)) => Ok(n.to_string()),
        Some(_) => bail!("plugin {} fails configuration: field '{key}' must be a string", describe(config)),
    }
}

/// `fieldSpecs`, leniently: each entry's group, version, kind, path and
/// create; other keys (kustomize ignores them too) are dropped.
pub fn field_specs(config: &Resource) -> Result<Vec<FieldSpec>> {
    let what = describe(config);
    match config.obj.get("fieldSpecs") {
        None | Some(Value::Null) => Ok(Vec::new()),
        Some(Value::Array(items)) => items
            .iter()
            .enumerate()
            .map(|(i, v)| {
                let s = |k: &str| -> Result<String> {
                    match v.get(k) {
                        None | Some(Value::Null) => Ok(String::new()),
                        Some(Value::String(s)) => Ok(s.clone()),
                        Some(other) => bail!(
                            "plugin {what} fails configuration: fieldSpecs[{i}].{k}: expected a string, got {other}"
                        ),
                    }
                };
                if !v.is_object() {
                    bail!("plugin {what} fails configuration: fieldSpecs[{i}] must be a mapping");
                }
                let create = match v.get("create") {
                    None | Some(Value::Null) => false,
                    Some(Value::Bool(b)) => *b,
                    Some(other) => bail!(
                        "plugin {what} fails configuration: fieldSpecs[{i}].create: expected a boolean, got {other}"
                    ),
                };
                Ok(FieldSpec::new(&s("group")?, &s("version")?, &s("kind")?, &s("path")?, create))
            })
            .collect(),
        Some(_) => bail!("plugin {what} fails configuration: field 'fieldSpecs' must be a list"),
    }
}

/// A string map field (`labels`, `annotations`) with scalar values as strings.
fn string_map(config: &Resource, key: &str) -> Result<BTreeMap<String, String>> {
    let mut out = BTreeMap::new();
    match config.obj.get(key) {
        None | Some(Value::Null) => {}
        Some(Value::Object(m)) => {
            for (k, v) in m {
                let s = match v {
                    Value::String(s) => s.clone(),
                    Value::Null => String::new(),
                    Value::Bool(_) | Value::Number(_) => v.to_string(),
                    _ => bail!("plugin {} fails configuration: {key}.{k} must be a string", describe(config)),
                };
                out.insert(k.to_string(), s);
            }
        }
        Some(_) => bail!("plugin {} fails configuration: field '{key}' must be a mapping", describe(config)),
    }
    Ok(out)
}

fn target(config: &Resource) -> Result<Option<Selector>> {
    field::<Option<Selector>>(config, "target")
}

/// A `path` (file through the loader) or inline text; `(text, origin)`.
fn path_or_inline(
    config: &Resource,
    ctx: &PluginContext,
    path_key: &str,
    inline_key: &str,
) -> Result<(String, String)> {
    let path = str_field(config, path_key)?;
    let inline = str_field(config, inline_key)?;
    match (path.is_empty(), inline.is_empty()) {
        (false, false) => bail!(
            "plugin {} fails configuration: {inline_key} and {path_key} can't be set at the same time",
            describe(config)
        ),
        (true, true) => {
            bail!("plugin {} fails configuration: must specify one of {inline_key} and {path_key}", describe(config))
        }
        (false, true) => Ok((ctx.ldr.read_string(&path)?, ctx.ldr.display(&path))),
        (true, false) => Ok((inline, String::new())),
    }
}

/// A transform-module transformer run as a plugin.
struct Builtin(Box<dyn Apply>);

impl Transformer for Builtin {
    fn apply(&self, m: &mut ResMap) -> Result<()> {
        Ok(self.0.apply(m)?)
    }
}

/// Makes a transformer from its config.
type MakeTransformer = fn(&Resource, &PluginContext) -> Result<Box<dyn Apply>>;
/// Makes a generator from its config.
type MakeGenerator = for<'a> fn(&Resource, &'a PluginContext<'a>) -> Result<Box<dyn Generator + 'a>>;

/// What a built-in kind is.
#[derive(Clone, Copy)]
enum Make {
    Transformer(MakeTransformer),
    Generator(MakeGenerator),
    /// A kind kustomize knows but has no built-in plugin for.
    Refused,
}

/// One built-in kind: its name, how it is made, and whether kustomize has
/// it too (`kforge edit listbuiltin` lists those).
struct Kind {
    name: &'static str,
    make: Make,
    kustomize: bool,
}

const fn transformer(name: &'static str, make: MakeTransformer) -> Kind {
    Kind { name, make: Make::Transformer(make), kustomize: true }
}

const fn generator(name: &'static str, make: MakeGenerator) -> Kind {
    Kind { name, make: Make::Generator(make), kustomize: true }
}

/// Every built-in, by kind: the one place built-ins are constructed. Both
/// `apiVersion: builtin` configs and kustomization fields come here (the
/// pipeline turns fields such as `namePrefix:` or `patches:` into these
/// configs first, as kustomize does). Sorted by name.
const BUILTINS: &[Kind] = &[
    transformer("AnnotationsTransformer", annotations),
    generator("ConfigMapGenerator", kv_generator),
    transformer("HashTransformer", |_, _| Ok(Box::new(generate::hash::HashTransformer))),
    generator("HelmChartInflationGenerator", |config, ctx| {
        Ok(Box::new(HelmGenerator { config: config.obj.clone(), ctx }))
    }),
    generator("IAMPolicyGenerator", |config, _| Ok(Box::new(IamPolicyGenerator::from_config(config)?))),
    Kind { name: "ImageMirror", make: Make::Transformer(image_mirror), kustomize: false },
    transformer("ImageTagTransformer", image_tag),
    transformer("LabelTransformer", labels),
    transformer("NamespaceTransformer", namespace),
    transformer("PatchJson6902Transformer", patch_json6902),
    transformer("PatchStrategicMergeTransformer", patch_strategic_merge),
    transformer("PatchTransformer", patch),
    transformer("PrefixSuffixTransformer", prefix_suffix),
    transformer("PrefixTransformer", prefix_suffix),
    transformer("ReplacementTransformer", replacements),
    transformer("ReplicaCountTransformer", replica_count),
    generator("SecretGenerator", kv_generator),
    // kustomize has no built-in plugin for it: only `sortOptions:` sorts.
    Kind { name: "SortOrderTransformer", make: Make::Refused, kustomize: false },
    transformer("SuffixTransformer", prefix_suffix),
    transformer("ValueAddTransformer", |config, _| Ok(Box::new(ValueAdd::from_config(config)?))),
];

fn lookup(kind: &str) -> Option<&'static Kind> {
    BUILTINS.binary_search_by(|k| k.name.cmp(kind)).ok().map(|i| &BUILTINS[i])
}

/// The built-in plugin kinds kustomize has too, sorted.
pub fn kustomize_kinds() -> impl Iterator<Item = &'static str> {
    BUILTINS.iter().filter(|k| k.kustomize).map(|k| k.name)
}

/// Make a built-in transformer from its config: the transform module's own
/// type, so the pipeline can fuse per-resource ones
/// ([`crate::transform::Transformer::per_resource`]).
pub fn new_transformer(config: &Resource, ctx: &PluginContext) -> Result<Box<dyn Apply>> {
    let kind = config.kind();
    match lookup(kind).map(|k| k.make) {
        Some(Make::Transformer(make)) => make(config, ctx),
        Some(Make::Generator(_)) => {
            bail!("plugin {} not a transformer: builtin {kind} is a generator", describe(config))
        }
        Some(Make::Refused) => bail!("unable to load builtin {}", config.gvk()),
        None => bail!("unable to load builtin {}: no built-in plugin of kind '{kind}'", config.gvk()),
    }
}

/// Make a built-in transformer from its config, as a plugin.
pub fn make_transformer<'a>(config: &Resource, ctx: &'a PluginContext<'a>) -> Result<Box<dyn Transformer + 'a>> {
    Ok(Box::new(Builtin(new_transformer(config, ctx)?)))
}

/// Make a built-in generator from its config: the one place built-in
/// generators are made, for `apiVersion: builtin` configs and for the
/// kustomization's generator fields (which the pipeline turns into such
/// configs first, as kustomize does).
pub fn new_generator<'a>(config: &Resource, ctx: &'a PluginContext<'a>) -> Result<Box<dyn Generator + 'a>> {
    let kind = config.kind();
    match lookup(kind).map(|k| k.make) {
        Some(Make::Generator(make)) => make(config, ctx),
        Some(Make::Transformer(_) | Make::Refused) => {
            bail!("plugin {} not a generator: builtin {kind} is a transformer", describe(config))
        }
        None => bail!("unable to load builtin {}: no built-in plugin of kind '{kind}'", config.gvk()),
    }
}

/// Make a built-in generator from a `generators:` config: errors of a
/// ConfigMap or Secret generator name it (`ConfigMapGenerator 'name'`).
pub fn make_generator<'a>(config: &Resource, ctx: &'a PluginContext<'a>) -> Result<Box<dyn Generator + 'a>> {
    let inner = new_generator(config, ctx)?;
    match generate::args_from_plugin_config(&config.obj)? {
        Some((which, args)) => Ok(Box::new(Labeled { inner, label: format!("{which:?}Generator '{}'", args.name) })),
        None => Ok(inner),
    }
}

/// A generator whose errors say which one failed.
struct Labeled<'a> {
    inner: Box<dyn Generator + 'a>,
    label: String,
}

impl Generator for Labeled<'_> {
    fn generate(&self) -> Result<ResMap> {
        self.inner.generate().with_context(|| self.label.clone())
    }
}

fn annotations(config: &Resource, _: &PluginContext) -> Result<Box<dyn Apply>> {
    Ok(Box::new(MapFieldTransformer { pairs: string_map(config, "annotations")?, fields: field_specs(config)? }))
}

fn labels(config: &Resource, _: &PluginContext) -> Result<Box<dyn Apply>> {
    Ok(Box::new(MapFieldTransformer { pairs: string_map(config, "labels")?, fields: field_specs(config)? }))
}

fn namespace(config: &Resource, _: &PluginContext) -> Result<Box<dyn Apply>> {
    Ok(Box::new(NamespaceTransformer {
        namespace: config.namespace().to_string(),
        fields: field_specs(config)?,
        unset_only: field::<bool>(config, "unsetOnly")?,
        set_role_binding_subjects: RoleBindingSubjects::parse(&str_field(config, "setRoleBindingSubjects")?)
            .with_context(|| format!("plugin {} fails configuration", describe(config)))?,
    }))
}

/// `PrefixSuffixTransformer`, `PrefixTransformer` and `SuffixTransformer`.
fn prefix_suffix(config: &Resource, _: &PluginContext) -> Result<Box<dyn Apply>> {
    let kind = config.kind();
    let prefix = if kind == "SuffixTransformer" { String::new() } else { str_field(config, "prefix")? };
    let suffix = if kind == "PrefixTransformer" { String::new() } else { str_field(config, "suffix")? };
    Ok(Box::new(PrefixSuffixTransformer { prefix, suffix, fields: field_specs(config)? }))
}

fn image_tag(config: &Resource, _: &PluginContext) -> Result<Box<dyn Apply>> {
    let image: Image = field(config, "imageTag")?;
    Ok(Box::new(ImageTagTransformer { image, fields: field_specs(config)? }))
}

fn replica_count(config: &Resource, _: &PluginContext) -> Result<Box<dyn Apply>> {
    let replica: Replica = field(config, "replica")?;
    Ok(Box::new(ReplicaCountTransformer { replica, fields: field_specs(config)? }))
}

fn patch(config: &Resource, ctx: &PluginContext) -> Result<Box<dyn Apply>> {
    let (text, origin) = path_or_inline(config, ctx, "path", "patch")?;
    let options: BTreeMap<String, bool> = field(config, "options")?;
    Ok(Box::new(PatchTransformer::new(&text, &origin, target(config)?, &options)?.with_schema(ctx.schema.clone())))
}

/// `paths` entries are files or patches inline (as in the kustomization's
/// `patchesStrategicMerge:`); `patches` is inline text.
fn patch_strategic_merge(config: &Resource, ctx: &PluginContext) -> Result<Box<dyn Apply>> {
    let paths: Vec<String> = field(config, "paths")?;
    let patches = str_field(config, "patches")?;
    if paths.is_empty() && patches.is_empty() {
        bail!("plugin {} fails configuration: empty file path and empty patch content", describe(config));
    }
    let mut entries = Vec::new();
    for p in &paths {
        // A one-line entry is a file, unless no such file exists and it is
        // a flow mapping (`{apiVersion: v1, ...}`).
        let inline = p.contains('\n') || (p.trim_start().starts_with('{') && !ctx.ldr.is_file(p));
        if inline {
            entries.push((p.clone(), String::new()));
        } else {
            entries.push((ctx.ldr.read_string(p)?, ctx.ldr.display(p)));
        }
    }
    if !patches.is_empty() {
        entries.push((patches, String::new()));
    }
    Ok(Box::new(PatchStrategicMergeTransformer::new(&entries)?.with_schema(ctx.schema.clone())))
}

fn patch_json6902(config: &Resource, ctx: &PluginContext) -> Result<Box<dyn Apply>> {
    let sel = target(config)?
        .ok_or_else(|| err!("plugin {} fails configuration: must specify a target", describe(config)))?;
    let (text, origin) = path_or_inline(config, ctx, "path", "jsonOp")?;
    if text.is_empty() {
        bail!("patch file '{}' seems to be empty", str_field(config, "path")?);
    }
    let jp = PatchJson6902Transformer::new(&text, &origin, Some(sel))?;
    if jp.ops.is_empty() {
        bail!("patch appears to be empty: {}", jp.source);
    }
    Ok(Box::new(jp))
}

fn replacements(config: &Resource, ctx: &PluginContext) -> Result<Box<dyn Apply>> {
    let list = replacement_list(config, ctx)?;
    Ok(Box::new(ReplacementTransformer::from_values(list)?))
}

fn kv_generator<'a>(config: &Resource, ctx: &'a PluginContext<'a>) -> Result<Box<dyn Generator + 'a>> {
    let (which, args) = generate::args_from_plugin_config(&config.obj)?
        .ok_or_else(|| err!("plugin {} is not a ConfigMap or Secret generator", describe(config)))?;
    Ok(Box::new(KvGenerator { which, args, ctx }))
}

/// `ImageMirror`: a mirror map from `path` (read through the loader) or
/// inline (`mirrors`, `exclude`, `charts` on the config itself).
fn image_mirror(config: &Resource, ctx: &PluginContext) -> Result<Box<dyn Apply>> {
    let path = str_field(config, "path")?;
    let inline = ["mirrors", "exclude", "charts"].iter().any(|k| config.obj.get(*k).is_some());
    let map = match (path.is_empty(), inline) {
        (false, true) => {
            bail!("plugin {} fails configuration: give either 'path' or inline 'mirrors', not both", describe(config))
        }
        (true, false) => bail!(
            "plugin {} fails configuration: must specify 'path' (a MirrorMap file) or 'mirrors'",
            describe(config)
        ),
        (false, false) => crate::images::MirrorMap::parse(&ctx.ldr.read_string(&path)?, &ctx.ldr.display(&path))?,
        (true, true) => {
            let mut v = Map::new();
            for k in ["mirrors", "exclude", "charts"] {
                if let Some(x) = config.obj.get(k) {
                    v.insert(k.to_string(), x.clone());
                }
            }
            crate::images::MirrorMap::from_value(&Value::Object(v), &describe(config))?
        }
    };
    Ok(Box::new(crate::images::transformer::ImageMirrorTransformer { map }))
}

/// `replacements:` entries, `path:` ones read through the loader.
fn replacement_list(config: &Resource, ctx: &PluginContext) -> Result<Vec<Value>> {
    let entries: Vec<Value> = field(config, "replacements")?;
    crate::transform::replacements::expand_entries(entries, &mut |p| Ok((ctx.ldr.read_string(p)?, ctx.ldr.display(p))))
        .with_context(|| format!("plugin {}", describe(config)))
}

/// Generator file access through the kustomization's loader.
struct LoaderFiles<'a>(&'a crate::load::Loader);

impl generate::FileSource for LoaderFiles<'_> {
    fn read(&self, path: &str) -> Result<Vec<u8>, generate::GenerateError> {
        Ok(self.0.read(path)?)
    }
}

struct KvGenerator<'a> {
    which: BuiltinGenerator,
    args: crate::types::GeneratorArgs,
    ctx: &'a PluginContext<'a>,
}

impl Generator for KvGenerator<'_> {
    fn generate(&self) -> Result<ResMap> {
        let files = LoaderFiles(self.ctx.ldr);
        let r = match self.which {
            BuiltinGenerator::ConfigMap => generate::config_map(&self.args, None, &files),
            BuiltinGenerator::Secret => generate::secret(&self.args, None, &files),
        }?;
        let mut m = ResMap::new();
        m.append(r)?;
        Ok(m)
    }
}

/// `HelmChartInflationGenerator`: the config is one chart plus the global
/// `chartHome` / `configHome`.
struct HelmGenerator<'a> {
    config: Value,
    ctx: &'a PluginContext<'a>,
}

impl Generator for HelmGenerator<'_> {
    fn generate(&self) -> Result<ResMap> {
        // The plugin form uses kustomize's plugin field names; helm.rs maps them.
        Ok(generate::helm::inflate_plugin_config(&self.config, self.ctx.ldr, &self.ctx.opts.helm)?)
    }
}

/// `IAMPolicyGenerator` (cloud `gke`): a ServiceAccount bound to a Google
/// service account through the `iam.gke.io/gcp-service-account` annotation.
struct IamPolicyGenerator {
    name: String,
    namespace: String,
    gsa: String,
}

impl IamPolicyGenerator {
    fn from_config(config: &Resource) -> Result<Self> {
        let what = describe(config);
        let s = |p: &str| config.obj.pointer(p).and_then(Value::as_str).unwrap_or("").to_string();
        let cloud = s("/cloud");
        if cloud != "gke" {
            bail!("plugin {what}: cloud provider '{cloud}' not supported yet");
        }
        let name = s("/kubernetesService/name");
        if name.is_empty() {
            bail!("plugin {what} fails configuration: kubernetesService.name is required");
        }
        let (gsa_name, project) = (s("/serviceAccount/name"), s("/serviceAccount/projectId"));
        if gsa_name.is_empty() || project.is_empty() {
            bail!("plugin {what} fails configuration: serviceAccount.name and serviceAccount.projectId are required");
        }
        Ok(IamPolicyGenerator {
            name,
            namespace: s("/kubernetesService/namespace"),
            gsa: format!("{gsa_name}@{project}.iam.gserviceaccount.com"),
        })
    }
}

impl Generator for IamPolicyGenerator {
    fn generate(&self) -> Result<ResMap> {
        let mut meta = Map::new();
        meta.insert("annotations".into(), json!({"iam.gke.io/gcp-service-account": self.gsa}));
        meta.insert("name".into(), json!(self.name));
        if !self.namespace.is_empty() {
            meta.insert("namespace".into(), json!(self.namespace));
        }
        let mut m = ResMap::new();
        m.append(Resource::new(json!({"apiVersion": "v1", "kind": "ServiceAccount", "metadata": meta})))?;
        Ok(m)
    }
}

/// `ValueAddTransformer`: put `value` at each target's `fieldPath`
/// (default `metadata/namespace`) of the selected resources. With
/// `filePathPosition` N > 0 the existing value is a `/` path and `value`
/// is inserted as its N-th element.
struct ValueAdd {
    value: String,
    targets: Vec<ValueAddTarget>,
}

struct ValueAddTarget {
    selector: Option<Selector>,
    position: usize,
    field_path: String,
}

impl ValueAdd {
    fn from_config(config: &Resource) -> Result<Self> {
        let what = describe(config);
        let value = str_field(config, "value")?;
        let raw: Vec<Value> = field(config, "targets")?;
        if raw.is_empty() {
            bail!("plugin {what} fails configuration: must specify at least one target");
        }
        let mut targets = Vec::new();
        for (i, t) in raw.iter().enumerate() {
            let selector = match t.get("selector") {
                None | Some(Value::Null) => None,
                Some(s) => Some(
                    crate::yaml::from_value::<Selector>(s.clone())
                        .map_err(|e| err!("plugin {what} fails configuration: targets[{i}].selector: {e}"))?,
                ),
            };
            let position = match t.get("filePathPosition") {
                None | Some(Value::Null) => 0,
                Some(v) => v
                    .as_u64()
                    .and_then(|n| usize::try_from(n).ok())
                    .ok_or_else(|| err!("plugin {what} fails configuration: targets[{i}].filePathPosition must be a non-negative integer"))?,
            };
            let field_path = t.get("fieldPath").and_then(Value::as_str).unwrap_or("").to_string();
            let field_path = if field_path.is_empty() { "metadata/namespace".to_string() } else { field_path };
            targets.push(ValueAddTarget { selector, position, field_path });
        }
        Ok(ValueAdd { value, targets })
    }
}

/// Insert `value` as the `pos`-th (1-based) element of the `/` path `old`.
fn insert_path_element(old: &str, value: &str, pos: usize) -> String {
    let mut parts: Vec<&str> = old.split('/').filter(|p| !p.is_empty()).collect();
    let at = pos.saturating_sub(1).min(parts.len());
    parts.insert(at, value);
    parts.join("/")
}

impl Apply for ValueAdd {
    fn apply(&self, m: &mut ResMap) -> crate::transform::error::Result<()> {
        for t in &self.targets {
            let spec = PathSpec::new(&FieldSpec::new("", "", "", &t.field_path, true));
            for r in m.iter_mut() {
                if let Some(sel) = &t.selector {
                    if !crate::transform::selector::matches(sel, r)? {
                        continue;
                    }
                }
                if t.field_path == "metadata/namespace" && r.gvk().is_cluster_scoped() {
                    continue;
                }
                let id = r.cur_id();
                spec.visit_resource(r, Leaf::Scalar, &mut |v| {
                    let new = if t.position == 0 {
                        self.value.clone()
                    } else {
                        insert_path_element(v.as_str().unwrap_or(""), &self.value, t.position)
                    };
                    match v {
                        Value::Object(_) | Value::Array(_) => {
                            crate::transform::error::bail!(
                                "ValueAddTransformer: field '{}' of {id} is not a scalar",
                                t.field_path
                            )
                        }
                        _ => *v = Value::String(new),
                    }
                    Ok(())
                })?;
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn res(y: &str) -> Resource {
        crate::model::parse_resources(y, "test").unwrap().remove(0)
    }

    #[test]
    fn field_specs_ignore_unknown_keys() {
        let c = res("apiVersion: builtin\nkind: PrefixSuffixTransformer\nmetadata:\n  name: x\nfieldSpecs:\n- path: metadata/name\n  kind: ClusterRole\n  name: ignored\n  create: true\n");
        let specs = field_specs(&c).unwrap();
        assert_eq!(specs, vec![FieldSpec::new("", "", "ClusterRole", "metadata/name", true)]);
    }

    #[test]
    fn bad_field_types_name_the_field() {
        let c = res("apiVersion: builtin\nkind: LabelTransformer\nmetadata:\n  name: x\nlabels: [a]\n");
        let err = string_map(&c, "labels").unwrap_err();
        assert!(err.to_string().contains("field 'labels' must be a mapping"), "{err}");
    }

    #[test]
    fn insert_path_element_positions() {
        assert_eq!(insert_path_element("/a/b", "x", 1), "x/a/b");
        assert_eq!(insert_path_element("a/b", "x", 2), "a/x/b");
        assert_eq!(insert_path_element("a/b", "x", 9), "a/b/x");
    }

    #[test]
    fn iam_policy_generator_makes_an_annotated_service_account() {
        let c = res("apiVersion: builtin\nkind: IAMPolicyGenerator\nmetadata:\n  name: g\ncloud: gke\nkubernetesService:\n  name: sa\n  namespace: ns\nserviceAccount:\n  name: gsa\n  projectId: p\n");
        let m = IamPolicyGenerator::from_config(&c).unwrap().generate().unwrap();
        let r = m.at(0);
        assert_eq!(r.kind(), "ServiceAccount");
        assert_eq!(r.namespace(), "ns");
        assert_eq!(r.annotations().unwrap()["iam.gke.io/gcp-service-account"], "gsa@p.iam.gserviceaccount.com");
        let aws = res("apiVersion: builtin\nkind: IAMPolicyGenerator\nmetadata:\n  name: g\ncloud: aws\n");
        assert!(IamPolicyGenerator::from_config(&aws).is_err());
    }

    #[test]
    fn value_add_sets_namespace_on_namespaced_kinds_only() {
        let c = res("apiVersion: builtin\nkind: ValueAddTransformer\nmetadata:\n  name: v\nvalue: team-a\ntargets:\n- selector:\n    kind: ConfigMap\n");
        let t = ValueAdd::from_config(&c).unwrap();
        let mut m = ResMap::new();
        m.append(res("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n")).unwrap();
        m.append(res("apiVersion: v1\nkind: Secret\nmetadata:\n  name: b\n")).unwrap();
        t.apply(&mut m).unwrap();
        assert_eq!(m.at(0).namespace(), "team-a");
        assert_eq!(m.at(1).namespace(), "");
    }
}
