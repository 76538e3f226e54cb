//! One kustomization directory and the recursive accumulation of its
//! resources: resources, components, generators, then transformers.
use std::path::PathBuf;

use crate::pipeline::error::{bail, Context, Result};

use super::{builtins, BuildOptions};
use crate::load::kustomization::Kustomization;
use crate::load::loader::{is_remote, Entry};
use crate::load::remote;
use crate::load::Loader;
use crate::model::{IdHashes, ResMap};
use crate::transform::config::TransformerConfig;
use crate::transform::openapi::SchemaState;
use crate::transform::vars::{self, BoundVar};

/// The only apiVersion a Component may have.
const COMPONENT_API_VERSION: &str = "kustomize.config.k8s.io/v1alpha1";

/// The only apiVersion a Kustomization may have.
const KUSTOMIZATION_API_VERSION: &str = "kustomize.config.k8s.io/v1beta1";

/// kustomize refuses a kustomization whose fields, apiVersion and kind
/// aside, are all Go zero values (nothing, `{}`, only comments, `namespace:
/// ""`); a list or map, even empty (`resources: []`), is not zero.
fn kustomization_is_empty(v: &crate::yaml::Value) -> bool {
    use crate::yaml::Value;
    let zero = |v: &Value| match v {
        Value::Null => true,
        Value::Bool(b) => !b,
        Value::Number(n) => n.as_f64() == Some(0.0),
        Value::String(s) => s.is_empty(),
        Value::Array(_) | Value::Object(_) => false,
    };
    match v {
        Value::Object(m) => m.iter().filter(|(k, _)| *k != "apiVersion" && *k != "kind").all(|(_, x)| zero(x)),
        _ => false,
    }
}

/// Below this many resource files a kustomization loads them on one thread.
const PARALLEL_LOAD_MIN: usize = 2;
/// From this many resource files a kustomization loads them on all cores,
/// whatever their size.
const PARALLEL_LOAD_FILES: usize = 64;

/// A `resources:` entry looked at, or a file read and parsed, before the
/// entries are taken in order (see `KustTarget::load_resource_files`).
enum Ahead {
    Entry(Entry),
    Loaded(Result<ResMap>, Option<Scanned>),
}

/// What the thread that parsed a file also read off its resources, so that
/// taking the files in order (on one thread) does not read every id again.
struct Scanned {
    hashes: IdHashes,
    /// Every resource is of a built-in kind (no schema to load for them).
    builtin_kinds: bool,
}

impl Scanned {
    fn of(m: &ResMap) -> Scanned {
        Scanned {
            hashes: m.id_hashes(),
            builtin_kinds: crate::transform::openapi::builtin_kinds_only(m.iter().map(|r| (r.api_version(), r.kind()))),
        }
    }
}

/// A file's resources read and parsed (on a pool thread), with what
/// [`Scanned`] reads off them.
fn loaded(m: Result<ResMap>) -> Ahead {
    let scanned = m.as_ref().ok().map(Scanned::of);
    Ahead::Loaded(m, scanned)
}

/// What a kustomization has gathered so far.
pub struct Accumulator {
    pub resources: ResMap,
    pub config: TransformerConfig,
    /// `vars:` declared so far, bound to their resources.
    pub vars: Vec<BoundVar>,
}

/// A loaded kustomization (or component) ready to accumulate.
pub struct KustTarget {
    pub ldr: Loader,
    pub file: PathBuf,
    k: Kustomization,
    pub opts: BuildOptions,
    /// The build-wide OpenAPI schema setting (`openapi:`), shared with the
    /// kustomizations this one loads.
    pub schema: SchemaState,
    /// Resources the kustomizations above this one generate (one per
    /// configMap/secret generator entry): room kept for them when this one
    /// sizes its resource vector, which an overlay then takes over whole;
    /// without it the overlay's first generated resource regrows (copies)
    /// the vector of every resource below.
    room: usize,
}

impl KustTarget {
    /// Read the kustomization file of the loader's directory.
    pub fn load(ldr: Loader, opts: &BuildOptions) -> Result<KustTarget> {
        let file = ldr.kustomization_file()?;
        let text = ldr.read_path(&file)?;
        let shown = file.display().to_string();
        let v = crate::yaml::parse_kustomization(&text, &shown)?;
        if kustomization_is_empty(&v) {
            // kustomize's message, whatever the file is called
            bail!("{shown}: kustomization.yaml is empty");
        }
        // kustomize's deprecation warnings, for each kustomization loaded.
        for w in crate::load::deprecated::deprecated_fields(&v) {
            opts.warnings.warn(w);
        }
        let mut k = Kustomization::from_value(v).map_err(|e| crate::pipeline::error::err!("{shown}: {e}"))?;
        match k.kind.as_str() {
            "" | "Kustomization" | "Component" => {}
            other => {
                bail!("{shown}: field 'kind': expected Kustomization or Component, got '{other}'")
            }
        }
        // A missing apiVersion is fine for both kinds.
        if k.kind == "Component" && !k.api_version.is_empty() && k.api_version != COMPONENT_API_VERSION {
            bail!("{shown}: apiVersion for Component should be {COMPONENT_API_VERSION}");
        }
        if k.kind != "Component" && !k.api_version.is_empty() && k.api_version != KUSTOMIZATION_API_VERSION {
            bail!("{shown}: apiVersion for Kustomization should be {KUSTOMIZATION_API_VERSION}");
        }
        // Deprecated aliases, folded in as kustomize does.
        let tags = std::mem::take(&mut k.image_tags);
        k.images.extend(tags);
        Ok(KustTarget { ldr, file, k, opts: opts.clone(), schema: SchemaState::default(), room: 0 })
    }

    /// Apply this kustomization's `openapi:` field to the build's schema
    /// setting; `top` for the kustomization being built (see
    /// [`crate::transform::openapi`]).
    pub fn set_openapi(&self, top: bool) -> Result<()> {
        let none = Default::default();
        let o = self.k.open_api.as_ref().unwrap_or(&none);
        let file = match o.get("path") {
            Some(p) => Some((self.ldr.read_string(p)?, self.ldr.display(p))),
            None => None,
        };
        Ok(self.schema.set(o, file, top)?)
    }

    /// Load a base, component or plugin-config kustomization reached from
    /// this one: it shares the build's schema setting and applies its own
    /// `openapi:` field to it.
    pub fn load_child(&self, ldr: Loader) -> Result<KustTarget> {
        let mut sub = KustTarget::load(ldr, &self.opts)?;
        sub.schema = self.schema.clone();
        sub.room = self.room + self.generated();
        sub.set_openapi(false)?;
        Ok(sub)
    }

    pub fn kustomization(&self) -> &Kustomization {
        &self.k
    }

    /// Resources this kustomization's configMap and secret generators add.
    fn generated(&self) -> usize {
        self.k.config_map_generator.len() + self.k.secret_generator.len()
    }

    pub fn is_component(&self) -> bool {
        self.k.kind == "Component"
    }

    fn context(&self, what: &str) -> String {
        format!("{what} (in {})", self.file.display())
    }

    /// Accumulate into a fresh accumulator (a base or the top level).
    pub fn accumulate_new(&self) -> Result<Accumulator> {
        let mut acc = Accumulator { resources: ResMap::new(), config: TransformerConfig::default(), vars: Vec::new() };
        self.accumulate(&mut acc)?;
        Ok(acc)
    }

    /// kustomize's order: resources, configurations, generators, components,
    /// transformers.
    pub fn accumulate(&self, acc: &mut Accumulator) -> Result<()> {
        self.accumulate_resources(acc).with_context(|| self.context("accumulating resources"))?;
        if self.k.configurations.is_empty() {
            // (its own configuration is the defaults: merged without a copy)
            if acc.config.is_empty() {
                acc.config = TransformerConfig::builtin();
            } else {
                acc.config
                    .merge_ref(TransformerConfig::builtin_ref())
                    .with_context(|| self.context("merging configurations"))?;
            }
        } else {
            let mut user = Vec::with_capacity(self.k.configurations.len());
            for c in &self.k.configurations {
                let text = self.ldr.read_string(c).with_context(|| self.context("loading configurations"))?;
                user.push(TransformerConfig::parse(&text, &self.ldr.display(c))?);
            }
            let own =
                TransformerConfig::with_user_files(user).with_context(|| self.context("merging configurations"))?;
            acc.config.merge_merged(own).with_context(|| self.context("merging configurations"))?;
        }
        for crd in &self.k.crds {
            let text = self.ldr.read_string(crd).with_context(|| self.context("loading crds"))?;
            let cfg = TransformerConfig::from_openapi_definitions(&text, &self.ldr.display(crd))
                .with_context(|| self.context("loading crds"))?;
            acc.config.merge(cfg).with_context(|| self.context("loading crds"))?;
        }
        // kustomize v5 runs a kustomization's generators before its components,
        // so components see (and transform) what the generators made.
        builtins::run_generators(self, acc).with_context(|| self.context("running generators"))?;
        self.accumulate_components(acc).with_context(|| self.context("accumulating components"))?;
        builtins::run_transformers(self, acc).with_context(|| self.context("running transformers"))?;
        builtins::run_plugin_transformers(self, acc).with_context(|| self.context("running transformers"))?;
        builtins::run_validators(self, acc).with_context(|| self.context("running validators"))?;
        vars::merge_vars(&mut acc.vars, &self.k.vars, &mut acc.resources)
            .with_context(|| self.context("merging vars"))?;
        Ok(())
    }

    fn accumulate_resources(&self, acc: &mut Accumulator) -> Result<()> {
        let mut parsed = self.load_resource_files();
        // One allocation for the files' resources, not one per doubling.
        let read: usize = parsed
            .iter()
            .flatten()
            .filter_map(|a| match a {
                Ahead::Loaded(Ok(m), _) => Some(m.len()),
                _ => None,
            })
            .sum();
        if read > 0 {
            acc.resources.reserve(read + self.generated() + self.room);
        }
        for (i, entry) in self.k.all_resources().enumerate() {
            if crate::load::http::is_http(entry) {
                self.accumulate_http(acc, entry)?;
                continue;
            }
            if is_remote(entry) {
                let shown = remote::redact(entry);
                let (ldr, dir) = self
                    .ldr
                    .fetch_remote(entry, &self.opts.warnings)
                    .with_context(|| format!("accumulating resources from '{shown}'"))?;
                let sub = self.load_child(ldr).with_context(|| format!("accumulating resources from '{shown}'"))?;
                self.absorb_base(acc, &sub, &shown, Some(&dir))?;
                continue;
            }
            // A file read ahead, or the entry looked at ahead.
            let ahead = match parsed.get_mut(i).and_then(Option::take) {
                Some(a) => a,
                None => Ahead::Entry(self.ldr.entry(entry)),
            };
            let (m, scanned) = match ahead {
                Ahead::Loaded(m, scanned) => (m, scanned),
                Ahead::Entry(Entry::File { path, .. }) => {
                    (self.ldr.load_resources_at(entry, path.as_deref()).map_err(Into::into), None)
                }
                Ahead::Entry(Entry::Dir) => {
                    let sub = self
                        .load_child(self.ldr.child(entry)?)
                        .with_context(|| format!("accumulating resources from '{entry}'"))?;
                    self.absorb_base(acc, &sub, entry, None)?;
                    continue;
                }
            };
            let m = m.with_context(|| format!("accumulating resources from '{entry}'"))?;
            let appended = match scanned {
                Some(s) => {
                    if !s.builtin_kinds {
                        self.schema.note_api_kinds(m.iter().map(|r| (r.api_version(), r.kind())));
                    }
                    acc.resources.append_all_hashed(m, &s.hashes)
                }
                None => {
                    self.schema.note_api_kinds(m.iter().map(|r| (r.api_version(), r.kind())));
                    acc.resources.append_all(m)
                }
            };
            appended.with_context(|| format!("accumulating resources from '{entry}'"))?;
        }
        Ok(())
    }

    /// An http(s) entry: fetched as a file of resources first, as kustomize
    /// does; when that fails and the URL reads as a git repository, cloned
    /// as a remote tree (a failure then reports both attempts).
    fn accumulate_http(&self, acc: &mut Accumulator, entry: &str) -> Result<()> {
        use crate::load::http::HttpError;
        // Messages and origins show the URL without its credentials.
        let shown = remote::redact(entry);
        let ctx = || format!("accumulating resources from '{shown}'");
        let as_file = match self.opts.http_cache.get(entry, &self.opts.http) {
            Ok(body) => {
                let text = String::from_utf8_lossy(&body);
                match crate::load::loader::parse_resources(&text, &shown) {
                    Ok(list) => {
                        let origin: crate::model::Origin = crate::yaml::json!({ "path": shown }).into();
                        let mut m = ResMap::new();
                        for mut r in list {
                            r.origin = Some(origin.clone());
                            m.append(r).with_context(ctx)?;
                        }
                        self.schema.note_api_kinds(m.iter().map(|r| (r.api_version(), r.kind())));
                        acc.resources.append_all(m).with_context(ctx)?;
                        return Ok(());
                    }
                    Err(e) => crate::error::chain_text(&e),
                }
            }
            Err(e) => {
                // An error status from a URL that is no git repository is final.
                if matches!(e, HttpError::Status { .. }) && remote::parse(entry).is_err() {
                    if let Err(bad) = remote::parse(entry).map_err(|g| g.to_string()) {
                        // A git URL refused for its ref or host says so.
                        if bad.starts_with("invalid ") {
                            return Err(crate::pipeline::error::err!("{e}; as a git repository: {bad}").context(ctx()));
                        }
                    }
                    return Err(
                        crate::pipeline::error::PipelineError::from(crate::load::LoadError::from(e)).context(ctx())
                    );
                }
                e.to_string()
            }
        };
        if let Err(bad) = remote::parse(entry) {
            if bad.to_string().starts_with("invalid ") {
                return Err(
                    crate::pipeline::error::err!("as a file: {as_file}; as a git repository: {bad}").context(ctx())
                );
            }
            return Err(crate::pipeline::error::err!("{as_file}").context(ctx()));
        }
        match self.ldr.fetch_remote(entry, &self.opts.warnings) {
            Ok((ldr, dir)) => {
                let sub = self.load_child(ldr).with_context(ctx)?;
                self.absorb_base(acc, &sub, &shown, Some(&dir))
            }
            Err(git) => Err(crate::pipeline::PipelineError::with_cause(
                format_args!("as a file: {as_file}; as a git repository"),
                git,
            )
            .context(ctx())),
        }
    }

    /// Look at the entries of `resources` (which are files, and their
    /// sizes) and, when they hold enough work
    /// ([`crate::process::WORK_WORTH_A_THREAD`] bytes, or many files), read
    /// and parse the files on all cores. Slot `i` holds what was found for
    /// entry `i` (`None` for remote entries, or when nothing was looked
    /// at); results are taken in entry order, so errors surface as in a
    /// sequential load.
    fn load_resource_files(&self) -> Vec<Option<Ahead>> {
        use rayon::prelude::*;
        let entries: Vec<&String> = self.k.all_resources().collect();
        if entries.len() < PARALLEL_LOAD_MIN {
            return Vec::new();
        }
        let look = |e: &&String| (!is_remote(e)).then(|| self.ldr.entry(e));
        // Many entries are looked at on the pool (they will be read there).
        let kinds: Vec<Option<Entry>> =
            if crate::process::parallel_threads(entries.len(), PARALLEL_LOAD_FILES).is_some() {
                entries.par_iter().map(look).collect()
            } else {
                entries.iter().map(look).collect()
            };
        let (mut files, mut bytes) = (0usize, 0u64);
        for k in kinds.iter().flatten() {
            if let Entry::File { len, .. } = k {
                files += 1;
                // (a length not known counts as much)
                bytes = bytes.saturating_add(len.unwrap_or(u64::MAX));
            }
        }
        let worth = files >= PARALLEL_LOAD_FILES || bytes >= crate::process::WORK_WORTH_A_THREAD;
        if !worth || crate::process::parallel_threads(files, PARALLEL_LOAD_MIN).is_none() {
            // Read one after the other on this thread, through one buffer
            // made large enough for the largest file at once.
            let largest = kinds
                .iter()
                .flatten()
                .filter_map(|k| match k {
                    Entry::File { len, .. } => *len,
                    Entry::Dir => None,
                })
                .max();
            if let Some(len) = largest {
                crate::load::loader::reserve_read_buffer(len);
            }
            return kinds.into_iter().map(|k| k.map(Ahead::Entry)).collect();
        }
        if files < PARALLEL_LOAD_FILES {
            // A few large files (CRDs): each a task of its own, the largest
            // first, so that the last one to finish is a small one (in entry
            // order one thread could be left with the largest at the end).
            let mut order: Vec<(usize, u64, Option<&std::path::Path>)> = kinds
                .iter()
                .enumerate()
                .filter_map(|(i, k)| match k {
                    Some(Entry::File { path, len }) => Some((i, len.unwrap_or(u64::MAX), path.as_deref())),
                    _ => None,
                })
                .collect();
            order.sort_by_key(|&(i, len, _)| (std::cmp::Reverse(len), i));
            let done: Vec<(usize, Ahead)> = order
                .par_iter()
                .with_max_len(1)
                .map(|&(i, _, path)| (i, loaded(self.ldr.load_resources_at(entries[i], path).map_err(Into::into))))
                .collect();
            let mut out: Vec<Option<Ahead>> = kinds.into_iter().map(|k| k.map(Ahead::Entry)).collect();
            for (i, a) in done {
                out[i] = Some(a);
            }
            return out;
        }
        kinds
            .into_par_iter()
            .zip(entries.par_iter())
            .map(|(k, e)| match k {
                Some(Entry::File { path, .. }) => {
                    Some(loaded(self.ldr.load_resources_at(e, path.as_deref()).map_err(Into::into)))
                }
                other => other.map(Ahead::Entry),
            })
            .collect()
    }

    /// Build a base (or overlay) into its own accumulator and take in its
    /// resources, configuration and vars.
    fn absorb_base(
        &self,
        acc: &mut Accumulator,
        sub: &KustTarget,
        entry: &str,
        remote: Option<&remote::RemoteDir>,
    ) -> Result<()> {
        if sub.is_component() {
            bail!(
                "accumulating resources from '{entry}': expected kind != 'Component' for path '{}'",
                sub.ldr.root.display()
            );
        }
        let mut sub_acc = sub.accumulate_new().with_context(|| format!("accumulating resources from '{entry}'"))?;
        if let Some(dir) = remote {
            for r in sub_acc.resources.iter_mut() {
                if let Some(o) = r.origin.as_mut() {
                    dir.mark_origin(std::sync::Arc::make_mut(o));
                }
            }
        }
        // (into an empty map: moved, not copied; see `ResMap::append_all`)
        acc.resources
            .append_all(sub_acc.resources)
            .with_context(|| format!("accumulating resources from '{entry}'"))?;
        acc.config.merge_merged(sub_acc.config)?;
        vars::absorb(&mut acc.vars, sub_acc.vars).with_context(|| format!("accumulating resources from '{entry}'"))?;
        Ok(())
    }

    fn accumulate_components(&self, acc: &mut Accumulator) -> Result<()> {
        for entry in &self.k.components {
            // A remote component's clone lives until the component is accumulated.
            let (ldr, _clone) = if is_remote(entry) {
                let (ldr, dir) = self
                    .ldr
                    .fetch_remote(entry, &self.opts.warnings)
                    .with_context(|| format!("accumulating component '{}'", remote::redact(entry)))?;
                (ldr, Some(dir))
            } else {
                (self.ldr.child(entry)?, None)
            };
            let entry = &remote::redact(entry);
            let sub = self.load_child(ldr).with_context(|| format!("accumulating component '{entry}'"))?;
            if !sub.is_component() {
                bail!(
                    "expected kind 'Component' for path '{}' but got '{}'",
                    sub.ldr.root.display(),
                    if sub.k.kind.is_empty() { "Kustomization" } else { &sub.k.kind }
                );
            }
            sub.accumulate(acc).with_context(|| format!("accumulating component '{entry}'"))?;
        }
        Ok(())
    }

    /// The steps kustomize runs once, at the top of the tree: hash suffixes,
    /// name references, local-config removal.
    pub fn finish(&self, acc: &mut Accumulator) -> Result<()> {
        builtins::finish(self, acc)
    }
}

#[cfg(test)]
mod load_tests {
    /// Files read ahead on the pool, largest first, still come out in
    /// entry order, and the first failing entry is the one reported.
    #[test]
    fn files_read_largest_first_keep_entry_order() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path();
        let cm = |name: &str, size: usize| {
            format!("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {name}\ndata:\n  x: {}\n", "y".repeat(size))
        };
        let files = [
            ("z.yaml", cm("z", 10)),
            ("b.yaml", cm("b", 300_000)),
            ("m.yaml", cm("m", 20)),
            ("a.yaml", cm("a", 50_000)),
        ];
        for (f, text) in &files {
            std::fs::write(dir.join(f), text).unwrap();
        }
        std::fs::write(dir.join("bad-small.yaml"), "a: [\n").unwrap();
        std::fs::write(dir.join("bad-big.yaml"), format!("{}a: [\n", cm("big", 400_000))).unwrap();
        let build = |resources: &[&str]| {
            let list: String = resources.iter().map(|r| format!("- {r}\n")).collect();
            std::fs::write(dir.join("kustomization.yaml"), format!("sortOptions:\n  order: fifo\nresources:\n{list}"))
                .unwrap();
            let opts = crate::pipeline::BuildOptions { dir: dir.to_path_buf(), ..Default::default() };
            let pool = rayon::ThreadPoolBuilder::new().num_threads(2).build().unwrap();
            pool.install(|| crate::pipeline::build(&opts))
        };
        let m = build(&["z.yaml", "b.yaml", "m.yaml", "a.yaml"]).unwrap();
        let names: Vec<&str> = m.iter().map(|r| r.name()).collect();
        assert_eq!(names, ["z", "b", "m", "a"]);
        let e = build(&["b.yaml", "bad-small.yaml", "bad-big.yaml"]).unwrap_err();
        let e = crate::error::chain_text(&e);
        assert!(e.contains("bad-small.yaml") && !e.contains("bad-big.yaml"), "{e}");
    }
}

#[cfg(test)]
mod crd_tests {
    use crate::transform::config::TransformerConfig;

    fn check_crd_definitions(text: &str, shown: &str) -> crate::pipeline::error::Result<TransformerConfig> {
        Ok(TransformerConfig::from_openapi_definitions(text, shown)?)
    }

    #[test]
    fn crd_files_hold_openapi_definitions() {
        let defs = "{\"com.example.v1.Foo\": {\"Schema\": {\"properties\": {}}}}";
        assert!(check_crd_definitions(defs, "crd.json").is_ok());
        let e =
            check_crd_definitions("apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\n", "crd.yaml")
                .unwrap_err()
                .to_string();
        assert!(e.starts_with("unable to parse open API definition from 'crd.yaml': definition 'apiVersion'"), "{e}");
        assert!(check_crd_definitions("- a\n", "crd.yaml").is_err());
    }
}
