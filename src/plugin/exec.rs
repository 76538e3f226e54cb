//! Legacy exec plugins (kustomize's "exec plugins"): an executable at
//! `<plugin home>/<group>/<version>/<lowercase kind>/<Kind>`.
//!
//! The program gets the path of a temporary file holding its config as first
//! argument, then the arguments of the config's `argsOneLiner` (split like a
//! shell would) and `argsFromFile` (one per non-empty line). Its environment
//! adds `KUSTOMIZE_PLUGIN_CONFIG_STRING` (the config YAML) and
//! `KUSTOMIZE_PLUGIN_CONFIG_ROOT` (the kustomization directory, also the
//! working directory). A generator reads nothing and prints resources; a
//! transformer reads the resources (each annotated with its id) on stdin and
//! prints the new set.
use std::io::Write;
use std::path::{Path, PathBuf};

use crate::plugin::error::{bail, Context, Result};
use crate::yaml::Value;

use super::{parse_output, remove_annotation, update_from_output, Generator, PluginContext, Transformer};
use crate::model::{Behavior, ResId, ResMap, Resource};
use crate::process::Program;

/// Where kustomize looks for plugins first.
pub const PLUGIN_HOME_ENV: &str = "KUSTOMIZE_PLUGIN_HOME";
/// Annotation carrying a resource's id through a transformer.
pub const ID_ANNOTATION: &str = "kustomize.config.k8s.io/id";
/// Generator output annotation asking for a name hash suffix.
pub const HASH_ANNOTATION: &str = "kustomize.config.k8s.io/needs-hash";
/// Generator output annotation giving the merge behavior.
pub const BEHAVIOR_ANNOTATION: &str = "kustomize.config.k8s.io/behavior";

pub struct ExecPlugin<'a> {
    pub path: PathBuf,
    pub args: Vec<String>,
    /// The config as YAML (written to the temporary file and the environment).
    pub config_yaml: String,
    pub name: String,
    ctx: &'a PluginContext<'a>,
}

/// The plugin home: `$KUSTOMIZE_PLUGIN_HOME`, else
/// `$XDG_CONFIG_HOME/kustomize/plugin`, else `~/.config/kustomize/plugin`;
/// the first that exists.
pub fn plugin_home() -> Result<PathBuf> {
    let mut tried = Vec::new();
    if let Some(h) = std::env::var_os(PLUGIN_HOME_ENV).filter(|h| !h.is_empty()) {
        tried.push(PathBuf::from(h));
    }
    if let Some(x) = std::env::var_os("XDG_CONFIG_HOME").filter(|h| !h.is_empty()) {
        tried.push(PathBuf::from(x).join("kustomize").join("plugin"));
    }
    if let Some(home) = std::env::var_os("HOME").filter(|h| !h.is_empty()) {
        tried.push(PathBuf::from(home).join(".config").join("kustomize").join("plugin"));
    }
    for t in &tried {
        if t.is_dir() {
            return Ok(t.clone());
        }
    }
    let shown: Vec<String> = tried.iter().map(|t| format!("'{}'", t.display())).collect();
    bail!("unable to find plugin root - tried: {} (set {PLUGIN_HOME_ENV})", shown.join(", "))
}

impl<'a> ExecPlugin<'a> {
    /// Locate the executable for `config` and read its argument fields.
    pub fn find(config: &Resource, ctx: &'a PluginContext<'a>) -> Result<ExecPlugin<'a>> {
        let home = plugin_home()?;
        let path = plugin_path(&home, config.api_version(), config.kind());
        check_plugin_path_parts(config.api_version(), config.kind())?;
        // Also after resolving symlinks, the program must be under the plugin home.
        if let (Ok(real), Ok(real_home)) = (path.canonicalize(), home.canonicalize()) {
            if !real.starts_with(&real_home) {
                bail!(
                    "plugin '{}': '{}' resolves to '{}', outside the plugin home '{}'",
                    config.kind(),
                    path.display(),
                    real.display(),
                    real_home.display()
                );
            }
        }
        let meta = std::fs::metadata(&path).map_err(|_| {
            crate::plugin::error::err!(
                "unable to load external plugin '{}': no executable at '{}'",
                config.kind(),
                path.display()
            )
        })?;
        if !is_executable(&meta) {
            bail!("unexecutable plugin at: {}", path.display());
        }
        let args = plugin_args(&config.obj, ctx)?;
        Ok(ExecPlugin {
            path,
            args,
            config_yaml: crate::yaml::to_yaml(&config.obj),
            name: super::describe(config),
            ctx,
        })
    }

    /// Run with `input` on stdin; stdout on success.
    fn invoke(&self, input: &[u8]) -> Result<String> {
        let mut file = tempfile::Builder::new()
            .prefix("kust-plugin-config-")
            .tempfile()
            .context("creating temporary plugin config file")?;
        // Removed on SIGINT/SIGTERM too.
        let _guard = crate::process::register_path(file.path());
        file.write_all(self.config_yaml.as_bytes()).context("writing temporary plugin config file")?;
        file.flush().context("writing temporary plugin config file")?;
        let mut args = vec![file.path().display().to_string()];
        args.extend(self.args.iter().cloned());
        let env = vec![
            ("KUSTOMIZE_PLUGIN_CONFIG_STRING".to_string(), self.config_yaml.clone()),
            ("KUSTOMIZE_PLUGIN_CONFIG_ROOT".to_string(), self.ctx.ldr.root.display().to_string()),
        ];
        let out = super::run_plugin(
            &Program {
                path: &self.path,
                args: &args,
                dir: Some(&self.ctx.ldr.root),
                env: &env,
                timeout: super::timeout_from_env()?,
            },
            input,
        )
        .with_context(|| format!("plugin {}", self.name))?;
        if !out.success {
            let status = out.code.map(|c| format!("exit status {c}")).unwrap_or_else(|| "killed by a signal".into());
            let stderr = out.stderr_text();
            bail!(
                "failure in plugin {} ({}): {status}{}{stderr}",
                self.name,
                self.path.display(),
                if stderr.is_empty() { "" } else { ": " }
            );
        }
        // kustomize lets the plugin's stderr through.
        if !out.stderr.is_empty() {
            self.ctx.opts.warnings.warn(String::from_utf8_lossy(&out.stderr));
        }
        String::from_utf8(out.stdout)
            .map_err(|_| crate::plugin::error::err!("plugin {} printed output that is not UTF-8", self.name))
    }
}

#[cfg(unix)]
fn is_executable(meta: &std::fs::Metadata) -> bool {
    use std::os::unix::fs::PermissionsExt;
    meta.is_file() && meta.permissions().mode() & 0o111 != 0
}

#[cfg(not(unix))]
fn is_executable(meta: &std::fs::Metadata) -> bool {
    meta.is_file()
}

/// `argsOneLiner` split like a shell, then the lines of `argsFromFile`.
fn plugin_args(obj: &Value, ctx: &PluginContext) -> Result<Vec<String>> {
    let mut args = Vec::new();
    if let Some(line) = obj.get("argsOneLiner").and_then(Value::as_str) {
        args.extend(shell_split(line));
    }
    if let Some(file) = obj.get("argsFromFile").and_then(Value::as_str).filter(|f| !f.is_empty()) {
        let text = ctx.ldr.read_string(file).with_context(|| format!("argsFromFile '{file}'"))?;
        for line in text.split('\n') {
            let l = line.trim_start_matches(' ');
            if !l.is_empty() {
                args.push(l.to_string());
            }
        }
    }
    Ok(args)
}

/// Split a command line into words: whitespace separates, single quotes
/// keep everything, double quotes keep all but `\"` and `\\`, a backslash
/// escapes the next character.
pub fn shell_split(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut in_word = false;
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        match c {
            c if c.is_whitespace() => {
                if in_word {
                    out.push(std::mem::take(&mut cur));
                    in_word = false;
                }
            }
            '\'' => {
                in_word = true;
                for c in chars.by_ref() {
                    if c == '\'' {
                        break;
                    }
                    cur.push(c);
                }
            }
            '"' => {
                in_word = true;
                while let Some(c) = chars.next() {
                    match c {
                        '"' => break,
                        '\\' => match chars.next() {
                            Some(n @ ('"' | '\\')) => cur.push(n),
                            Some(n) => {
                                cur.push('\\');
                                cur.push(n);
                            }
                            None => cur.push('\\'),
                        },
                        c => cur.push(c),
                    }
                }
            }
            '\\' => {
                in_word = true;
                if let Some(n) = chars.next() {
                    cur.push(n);
                }
            }
            c => {
                in_word = true;
                cur.push(c);
            }
        }
    }
    if in_word {
        out.push(cur);
    }
    out
}

/// The id annotation's text: the id as YAML, keys sorted, empty ones left out.
pub fn id_annotation_text(id: &ResId) -> String {
    let mut out = String::new();
    for (k, v) in [
        ("group", id.gvk.group.as_str()),
        ("kind", id.gvk.kind.as_str()),
        ("name", id.name.as_str()),
        ("namespace", id.namespace.as_str()),
        ("version", id.gvk.version.as_str()),
    ] {
        if !v.is_empty() {
            out.push_str(&format!("{k}: {v}\n"));
        }
    }
    out
}

/// Copies of the resources' objects, each annotated with its id.
pub(crate) fn with_id_annotations(m: &ResMap) -> Vec<Value> {
    m.iter()
        .map(|r| {
            let mut c = Resource::new(r.obj.clone());
            let id = r.cur_id();
            c.meta_map_mut("annotations").insert(ID_ANNOTATION.into(), Value::String(id_annotation_text(&id)));
            c.obj
        })
        .collect()
}

/// kustomize's `UpdateResourceOptions`: generated resources are not hashed
/// unless they ask for it; they may also name a merge behavior.
pub(crate) fn apply_generator_options(r: &mut Resource) -> Result<()> {
    let hash = remove_annotation(r, HASH_ANNOTATION);
    let behavior = remove_annotation(r, BEHAVIOR_ANNOTATION);
    r.needs_hash = match hash {
        None => false,
        Some(v) => {
            let s = v.as_str().unwrap_or("");
            parse_go_bool(s)
                .with_context(|| format!("the annotation \"{HASH_ANNOTATION}\" contains an invalid value (\"{s}\")"))?
        }
    };
    r.behavior = Behavior::parse(behavior.as_ref().and_then(Value::as_str).unwrap_or("")).unwrap_or_default();
    Ok(())
}

/// Go's `strconv.ParseBool`.
fn parse_go_bool(s: &str) -> Option<bool> {
    match s {
        "1" | "t" | "T" | "TRUE" | "true" | "True" => Some(true),
        "0" | "f" | "F" | "FALSE" | "false" | "False" => Some(false),
        _ => None,
    }
}

fn strip_id(r: &mut Resource) {
    remove_annotation(r, ID_ANNOTATION);
}

impl Generator for ExecPlugin<'_> {
    fn generate(&self) -> Result<ResMap> {
        let out = self.invoke(&[])?;
        let mut m = ResMap::new();
        for mut r in parse_output(&out, &format!("output of plugin {}", self.name))? {
            apply_generator_options(&mut r)?;
            m.append(r).with_context(|| format!("plugin {}", self.name))?;
        }
        Ok(m)
    }
}

impl Transformer for ExecPlugin<'_> {
    fn apply(&self, m: &mut ResMap) -> Result<()> {
        let input = super::to_stream(&with_id_annotations(m));
        let out = self.invoke(input.as_bytes())?;
        let resources = parse_output(&out, &format!("output of plugin {}", self.name))?;
        update_from_output(m, resources, &self.name, &strip_id)
    }
}

/// The group, version and kind of a legacy plugin name directories under
/// the plugin home: each must be one plain path segment.
pub fn check_plugin_path_parts(api_version: &str, kind: &str) -> Result<()> {
    let gvk = crate::model::Gvk::from_api_version(api_version, kind);
    for (what, part, may_be_empty) in
        [("group", gvk.group.as_str(), true), ("version", gvk.version.as_str(), false), ("kind", kind, false)]
    {
        let bad = (part.is_empty() && !may_be_empty)
            || part == "."
            || part == ".."
            || part.contains(['/', '\\', '\0'])
            || part.starts_with('-');
        if bad {
            bail!(
                "plugin apiVersion '{api_version}' kind '{kind}': the {what} '{part}' is not a plain name (it names a directory under the plugin home)"
            );
        }
    }
    Ok(())
}

/// The path a legacy plugin for this apiVersion/kind would have under `home`.
pub fn plugin_path(home: &Path, api_version: &str, kind: &str) -> PathBuf {
    let gvk = crate::model::Gvk::from_api_version(api_version, kind);
    home.join(gvk.group).join(gvk.version).join(kind.to_lowercase()).join(kind)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shell_split_handles_quotes_and_escapes() {
        assert_eq!(shell_split("a  b\tc"), ["a", "b", "c"]);
        assert_eq!(shell_split(r#"--x='a b' "c \"d\"" e\ f"#), ["--x=a b", "c \"d\"", "e f"]);
        assert_eq!(shell_split("''"), [""]);
        assert!(shell_split("   ").is_empty());
    }

    #[test]
    fn id_annotation_is_sorted_yaml_without_empty_fields() {
        let id = ResId::new(crate::model::Gvk::new("apps", "v1", "Deployment"), "web", "");
        assert_eq!(id_annotation_text(&id), "group: apps\nkind: Deployment\nname: web\nversion: v1\n");
    }

    #[test]
    fn generator_options_come_from_annotations() {
        let mut r = crate::model::parse_resources(
            "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n  annotations:\n    kustomize.config.k8s.io/needs-hash: \"true\"\n    kustomize.config.k8s.io/behavior: merge\n",
            "t",
        )
        .unwrap()
        .remove(0);
        apply_generator_options(&mut r).unwrap();
        assert!(r.needs_hash);
        assert_eq!(r.behavior, Behavior::Merge);
        assert!(r.obj["metadata"].get("annotations").is_none());

        let mut bad = crate::model::parse_resources(
            "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n  annotations:\n    kustomize.config.k8s.io/needs-hash: maybe\n",
            "t",
        )
        .unwrap()
        .remove(0);
        let err = apply_generator_options(&mut bad).unwrap_err();
        assert!(crate::error::chain_text(&err).contains("invalid value (\"maybe\")"), "{err:#}");
    }

    #[test]
    fn plugin_path_parts_are_plain_names() {
        check_plugin_path_parts("someteam.example.com/v1", "SedTransformer").unwrap();
        check_plugin_path_parts("v1", "X").unwrap();
        for (av, k) in [
            ("../../x/v1", "K"),
            ("a/../v1", "K"),
            ("x/..", "K"),
            ("x/v1", "../K"),
            ("x/v1", "a/b"),
            ("x/v1", ""),
            ("..", "K"),
        ] {
            assert!(check_plugin_path_parts(av, k).is_err(), "{av} {k}");
        }
    }

    #[test]
    fn plugin_path_uses_lowercase_kind_directory() {
        let p = plugin_path(Path::new("/h"), "someteam.example.com/v1", "SedTransformer");
        assert_eq!(p, PathBuf::from("/h/someteam.example.com/v1/sedtransformer/SedTransformer"));
    }
}
