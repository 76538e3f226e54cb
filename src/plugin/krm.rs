//! KRM functions: configs annotated `config.kubernetes.io/function`.
//!
//! ```yaml
//! metadata:
//!   annotations:
//!     config.kubernetes.io/function: |
//!       exec:
//!         path: ./fn.sh
//! ```
//!
//! An `exec:` function runs that program (relative to the kustomization
//! directory, inside the load restrictor; only with `--enable-exec`) with a
//! `ResourceList` on stdin:
//!
//! ```yaml
//! apiVersion: config.kubernetes.io/v1
//! kind: ResourceList
//! items: [...]          # the resources; for a generator, the config itself
//! functionConfig: {...} # the config, annotated local-config
//! ```
//!
//! It prints a `ResourceList` (or plain resource documents) on stdout.
//! `results` of severity `error`, a non-zero exit or outliving the timeout
//! (`KFORGE_FN_TIMEOUT`, default 60 s) fail the build. The index and id
//! annotations the items carry in are removed from what comes back.
//! `container:` functions need a container runtime, which kforge does not use.
use std::path::PathBuf;

use crate::plugin::error::{bail, Context, Result};
use crate::yaml::{json, Value};

use super::exec::{apply_generator_options, with_id_annotations, ID_ANNOTATION};
use super::{parse_output, remove_annotation, update_from_output, Generator, PluginContext, Transformer};
use crate::model::{ResMap, Resource};
use crate::process::Program;

/// The annotation holding a function spec (and kustomize's older spelling).
pub const FUNCTION_ANNOTATIONS: [&str; 2] = ["config.kubernetes.io/function", "config.k8s.io/function"];
/// Marks the function config so it never reaches the output.
const LOCAL_CONFIG: &str = "config.kubernetes.io/local-config";
/// Item position annotations, as kyaml sets them on function input.
const INDEX_ANNOTATIONS: [&str; 2] = ["config.kubernetes.io/index", "internal.config.kubernetes.io/index"];

/// What the function annotation asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FunctionSpec {
    Exec { path: String, args: Vec<String>, env: Vec<(String, String)> },
    Container { image: String },
    Starlark { path: String },
}

/// The function spec of a config, `None` when it is not a KRM function.
pub fn function_spec(config: &Resource) -> Result<Option<FunctionSpec>> {
    let annos = config.annotations();
    let Some(text) = FUNCTION_ANNOTATIONS.iter().find_map(|k| annos.and_then(|a| a.get(*k))).and_then(Value::as_str)
    else {
        return Ok(None);
    };
    let what = format!("annotation {} of {}", FUNCTION_ANNOTATIONS[0], super::describe(config));
    let docs = crate::yaml::parse_documents(text, &what)?;
    let spec = docs.into_iter().next().unwrap_or(Value::Null);
    let s = |v: &Value, k: &str| v.get(k).and_then(Value::as_str).unwrap_or("").to_string();
    if let Some(exec) = spec.get("exec").filter(|e| !e.is_null()) {
        let path = s(exec, "path");
        if path.is_empty() {
            bail!("{what}: exec.path must name the program to run");
        }
        let args = match exec.get("args") {
            None | Some(Value::Null) => Vec::new(),
            Some(Value::Array(a)) => {
                a.iter().map(|v| v.as_str().map(str::to_string).unwrap_or_else(|| v.to_string())).collect()
            }
            Some(_) => bail!("{what}: exec.args must be a list of strings"),
        };
        let mut env = Vec::new();
        if let Some(Value::Array(items)) = exec.get("env") {
            for item in items {
                let e = item.as_str().unwrap_or("");
                match e.split_once('=') {
                    Some((k, v)) => env.push((k.to_string(), v.to_string())),
                    None => {
                        if let Ok(v) = std::env::var(e) {
                            env.push((e.to_string(), v));
                        }
                    }
                }
            }
        }
        return Ok(Some(FunctionSpec::Exec { path, args, env }));
    }
    if let Some(c) = spec.get("container").filter(|c| !c.is_null()) {
        return Ok(Some(FunctionSpec::Container { image: s(c, "image") }));
    }
    if let Some(st) = spec.get("starlark").filter(|c| !c.is_null()) {
        return Ok(Some(FunctionSpec::Starlark { path: s(st, "path") }));
    }
    bail!("{what}: expected one of 'exec', 'container' or 'starlark'")
}

/// The environment of an exec function, as kustomize merges it: the
/// function's own `exec.env` and the `-e/--env` flags, each entry with
/// exactly one `=`, the flags winning over the function's, sorted by name.
pub fn merge_exec_env(own: &[(String, String)], flags: &[String]) -> Vec<(String, String)> {
    let mut merged: std::collections::BTreeMap<String, String> = own.iter().cloned().collect();
    for e in flags {
        let parts: Vec<&str> = e.split('=').collect();
        if let [k, v] = parts.as_slice() {
            merged.insert(k.to_string(), v.to_string());
        }
    }
    merged.into_iter().collect()
}

/// A runnable exec function.
pub struct FnPlugin<'a> {
    pub program: PathBuf,
    pub args: Vec<String>,
    pub env: Vec<(String, String)>,
    /// The config as the function sees it (annotated local-config).
    pub function_config: Value,
    pub name: String,
    ctx: &'a PluginContext<'a>,
}

impl<'a> FnPlugin<'a> {
    pub fn new(config: &Resource, spec: FunctionSpec, ctx: &'a PluginContext<'a>) -> Result<FnPlugin<'a>> {
        let name = format!("api: {}, kind: {}, name: {}", config.api_version(), config.kind(), config.name());
        let (path, args, env) = match spec {
            FunctionSpec::Exec { path, args, env } => (path, args, env),
            FunctionSpec::Container { image } => bail!(
                "function {name} runs in container image '{image}': container functions need a container runtime, which kforge does not use (so --mount, --network, --network-name and --as-current-user have no effect); use an exec function instead"
            ),
            FunctionSpec::Starlark { .. } => bail!("function {name}: starlark functions are not supported"),
        };
        if !ctx.opts.enable_exec {
            bail!("function {name} runs the program '{path}': exec functions are only run with --enable-exec");
        }
        let program = ctx.ldr.resolve(&path).with_context(|| format!("exec function {name}: program '{path}'"))?;
        if !program.is_file() {
            bail!("exec function {name}: '{}' is not a file", program.display());
        }
        let env = merge_exec_env(&env, &ctx.opts.functions.env);
        let mut function_config = config.obj.clone();
        let mut tmp = Resource::new(std::mem::take(&mut function_config));
        tmp.meta_map_mut("annotations").insert(LOCAL_CONFIG.into(), json!("true"));
        Ok(FnPlugin { program, args, env, function_config: tmp.obj, name, ctx })
    }

    /// Send `items`, return the items that come back.
    fn run(&self, items: Vec<Value>) -> Result<Vec<Resource>> {
        let items: Vec<Value> = items
            .into_iter()
            .enumerate()
            .map(|(i, obj)| {
                let mut r = Resource::new(obj);
                let annos = r.meta_map_mut("annotations");
                for k in INDEX_ANNOTATIONS {
                    annos.insert(k.into(), json!(i.to_string()));
                }
                r.obj
            })
            .collect();
        let list = json!({
            "apiVersion": "config.kubernetes.io/v1",
            "kind": "ResourceList",
            "items": items,
            "functionConfig": self.function_config,
        });
        let input = crate::yaml::to_yaml(&list);
        let out = super::run_plugin(
            &Program {
                path: &self.program,
                args: &self.args,
                dir: Some(&self.ctx.ldr.root),
                env: &self.env,
                timeout: super::timeout_from_env()?,
            },
            input.as_bytes(),
        )
        .with_context(|| format!("function {}", self.name))?;
        let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
        let parsed = parse_resource_list(&stdout);
        if !out.success {
            let status = out.code.map(|c| format!("exit status {c}")).unwrap_or_else(|| "killed by a signal".into());
            let mut msg = format!("function {} ({}) failed: {status}", self.name, self.program.display());
            let stderr = out.stderr_text();
            if !stderr.is_empty() {
                msg.push_str(&format!("\nstderr: {stderr}"));
            }
            if let Ok((_, results)) = &parsed {
                for r in results.iter().filter(|r| r.is_error()) {
                    msg.push_str(&format!("\n  - {r}"));
                }
            }
            return Err(super::PluginError::Msg(msg));
        }
        if !out.stderr.is_empty() {
            self.ctx.opts.warnings.warn(String::from_utf8_lossy(&out.stderr));
        }
        let (items, results) = parsed.with_context(|| format!("reading the output of function {}", self.name))?;
        let errors: Vec<String> = results.iter().filter(|r| r.is_error()).map(|r| format!("  - {r}")).collect();
        if !errors.is_empty() {
            bail!("function {} reported errors:\n{}", self.name, errors.join("\n"));
        }
        for r in results.iter().filter(|r| r.severity == "warning") {
            self.ctx.opts.warnings.warn(format!("# Warning: function {}: {r}", self.name));
        }
        let mut out = Vec::with_capacity(items.len());
        for mut r in items {
            strip_tracking(&mut r);
            out.push(r);
        }
        Ok(out)
    }
}

/// Remove the annotations the items carried in.
fn strip_tracking(r: &mut Resource) {
    remove_annotation(r, ID_ANNOTATION);
    remove_annotation(r, "config.k8s.io/id");
    for k in INDEX_ANNOTATIONS {
        remove_annotation(r, k);
    }
    let internal: Vec<String> = r
        .annotations()
        .map(|a| a.keys().filter(|k| k.starts_with("internal.config.kubernetes.io/")).map(|k| k.to_string()).collect())
        .unwrap_or_default();
    for k in internal {
        remove_annotation(r, &k);
    }
}

/// One entry of a ResourceList's `results`.
#[derive(Debug, Clone, Default)]
pub struct FnResult {
    pub message: String,
    pub severity: String,
    pub resource: String,
    pub field: String,
    pub file: String,
}

impl FnResult {
    fn is_error(&self) -> bool {
        self.severity == "error"
    }

    fn from_value(v: &Value) -> FnResult {
        let s = |p: &str| v.pointer(p).and_then(Value::as_str).unwrap_or("").to_string();
        let kind = s("/resourceRef/kind");
        let name = s("/resourceRef/name");
        let resource = match (kind.is_empty(), name.is_empty()) {
            (true, true) => String::new(),
            _ => format!("{kind}/{name}"),
        };
        FnResult {
            message: s("/message"),
            severity: s("/severity"),
            resource,
            field: s("/field/path"),
            file: s("/file/path"),
        }
    }
}

impl std::fmt::Display for FnResult {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let sev = if self.severity.is_empty() { "info" } else { &self.severity };
        write!(f, "[{sev}] {}", self.message)?;
        if !self.resource.is_empty() {
            write!(f, " (resource {})", self.resource)?;
        }
        if !self.field.is_empty() {
            write!(f, " (field {})", self.field)?;
        }
        if !self.file.is_empty() {
            write!(f, " (file {})", self.file)?;
        }
        Ok(())
    }
}

/// Items and results of function output: a ResourceList, or plain documents.
pub fn parse_resource_list(text: &str) -> Result<(Vec<Resource>, Vec<FnResult>)> {
    if text.trim().is_empty() {
        return Ok((Vec::new(), Vec::new()));
    }
    let docs = crate::yaml::parse_documents(text, "function output")?;
    let is_list = |d: &Value| d.get("kind").and_then(Value::as_str) == Some("ResourceList");
    if docs.len() == 1 && is_list(&docs[0]) {
        let list = &docs[0];
        let mut items = Vec::new();
        match list.get("items") {
            None | Some(Value::Null) => {}
            Some(Value::Array(a)) => {
                for item in a {
                    let text = crate::yaml::to_yaml(item);
                    items.extend(parse_output(&text, "function output item")?);
                }
            }
            Some(_) => bail!("function output: ResourceList items must be a list"),
        }
        let results = match list.get("results") {
            Some(Value::Array(a)) => a.iter().map(FnResult::from_value).collect(),
            _ => Vec::new(),
        };
        return Ok((items, results));
    }
    Ok((parse_output(text, "function output")?, Vec::new()))
}

impl Generator for FnPlugin<'_> {
    fn generate(&self) -> Result<ResMap> {
        let items = self.run(vec![self.function_config.clone()])?;
        let mut m = ResMap::new();
        for mut r in items {
            apply_generator_options(&mut r)?;
            m.append(r).with_context(|| format!("function {}", self.name))?;
        }
        Ok(m)
    }
}

impl Transformer for FnPlugin<'_> {
    fn apply(&self, m: &mut ResMap) -> Result<()> {
        let items = self.run(with_id_annotations(m))?;
        update_from_output(m, items, &self.name, &|_| {})
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn res(y: &str) -> Resource {
        crate::model::parse_resources(y, "test").unwrap().remove(0)
    }

    #[test]
    fn reads_exec_and_container_specs() {
        let r = res("kind: executable\nmetadata:\n  name: demo\n  annotations:\n    config.kubernetes.io/function: |\n      exec:\n        path: ./gen.sh\n        args: [a, b]\n");
        assert_eq!(
            function_spec(&r).unwrap(),
            Some(FunctionSpec::Exec { path: "./gen.sh".into(), args: vec!["a".into(), "b".into()], env: vec![] })
        );
        let c = res("kind: X\nmetadata:\n  name: c\n  annotations:\n    config.kubernetes.io/function: |\n      container:\n        image: gcr.io/x\n");
        assert_eq!(function_spec(&c).unwrap(), Some(FunctionSpec::Container { image: "gcr.io/x".into() }));
        assert_eq!(function_spec(&res("kind: X\nmetadata:\n  name: c\n")).unwrap(), None);
        let bad = res(
            "kind: X\nmetadata:\n  name: c\n  annotations:\n    config.kubernetes.io/function: |\n      exec: {}\n",
        );
        assert!(function_spec(&bad).is_err());
    }

    #[test]
    fn output_may_be_a_resource_list_or_plain_documents() {
        let (items, results) = parse_resource_list(
            "apiVersion: config.kubernetes.io/v1\nkind: ResourceList\nitems:\n- apiVersion: v1\n  kind: ConfigMap\n  metadata:\n    name: a\nresults:\n- message: bad value\n  severity: error\n  resourceRef:\n    kind: ConfigMap\n    name: a\n  field:\n    path: data.x\n",
        )
        .unwrap();
        assert_eq!(items.len(), 1);
        assert_eq!(results.len(), 1);
        assert!(results[0].is_error());
        assert_eq!(results[0].to_string(), "[error] bad value (resource ConfigMap/a) (field data.x)");

        let (items, results) =
            parse_resource_list("apiVersion: v1\nkind: Service\nmetadata:\n  name: s\n---\napiVersion: v1\nkind: Service\nmetadata:\n  name: t\n")
                .unwrap();
        assert_eq!(items.len(), 2);
        assert!(results.is_empty());
    }

    #[test]
    fn tracking_annotations_are_stripped() {
        let mut r = res("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n  annotations:\n    config.kubernetes.io/index: '0'\n    internal.config.kubernetes.io/index: '0'\n    internal.config.kubernetes.io/seqindent: compact\n    kustomize.config.k8s.io/id: |\n      kind: ConfigMap\n    keep: me\n");
        strip_tracking(&mut r);
        let annos = r.annotations().unwrap();
        assert_eq!(annos.len(), 1);
        assert_eq!(annos["keep"], "me");
    }
}
