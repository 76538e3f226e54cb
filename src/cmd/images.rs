//! `kforge images`: every image with where it came from; `--allowed-registries` as a CI gate.
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::time::Duration;

use anyhow::{anyhow, bail, Context, Result};

use crate::images::localize::{self, Renderer, TargetKind};
use crate::images::Finding;
use crate::pipeline::BuildOptions;
use crate::process::Program;

/// Output format.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Format {
    #[default]
    Table,
    Json,
    Yaml,
}

/// Everything `kforge images` needs.
#[derive(Clone, Debug, Default)]
pub struct ImagesOptions {
    pub target: String,
    pub values: Vec<PathBuf>,
    pub set: Vec<String>,
    pub format: Format,
    pub allowed_registries: Vec<String>,
    /// `Some(helm command)` when the user passed `--enable-helm`.
    pub helm: Option<String>,
}

/// Renders charts with `helm template` (only built when the user asked).
pub struct HelmRenderer {
    pub command: String,
    pub set: Vec<String>,
    pub timeout: Duration,
}

impl HelmRenderer {
    pub fn new(command: Option<&str>, set: &[String]) -> Result<HelmRenderer> {
        Ok(HelmRenderer {
            command: command.filter(|c| !c.is_empty()).unwrap_or("helm").to_string(),
            set: set.to_vec(),
            timeout: crate::plugin::timeout_from_env()?.max(Duration::from_secs(120)),
        })
    }
}

/// `helm template` with every value attached to its option (`--values=F`,
/// `--set=X`: a value starting with `-` stays a value) and `--` before the
/// release name and the chart path.
fn helm_template_args(chart: &Path, values: &[PathBuf], set: &[String]) -> Vec<String> {
    let mut args = vec!["template".to_string()];
    args.extend(values.iter().map(|v| format!("--values={}", v.display())));
    args.extend(set.iter().map(|s| format!("--set={s}")));
    args.extend(["--".to_string(), "kforge".to_string(), chart.display().to_string()]);
    args
}

impl Renderer for HelmRenderer {
    fn render(&self, chart: &Path, values: &[PathBuf]) -> Result<String, String> {
        let home = tempfile::tempdir().map_err(|e| format!("temporary directory: {e}"))?;
        let args = helm_template_args(chart, values, &self.set);
        let env = [
            ("HELM_CONFIG_HOME".to_string(), home.path().display().to_string()),
            ("HELM_CACHE_HOME".to_string(), home.path().join("cache").display().to_string()),
            ("HELM_DATA_HOME".to_string(), home.path().join("data").display().to_string()),
        ];
        let path = PathBuf::from(&self.command);
        let out = Program { path: &path, args: &args, dir: None, env: &env, timeout: self.timeout }
            .run(None)
            .map_err(|e| format!("{e:#} (is '{}' installed? name another with --helm-command)", self.command))?;
        if !out.success {
            return Err(out.stderr_text());
        }
        String::from_utf8(out.stdout).map_err(|_| "helm printed non-UTF-8 output".to_string())
    }

    fn name(&self) -> String {
        format!("'{}'", self.command)
    }
}

/// Renders kforge's own charts (and any chart an engine in this build
/// handles) in process: nothing external runs.
pub struct NativeRenderer {
    pub set: Vec<String>,
}

impl Renderer for NativeRenderer {
    fn render(&self, chart: &Path, values: &[PathBuf]) -> Result<String, String> {
        let c = crate::chart::load_chart(chart).map_err(|e| e.to_string())?;
        let vo = crate::chart::values::ValueOptions {
            value_files: values.to_vec(),
            set: self.set.clone(),
            ..Default::default()
        };
        let opts = crate::chart::RenderOptions {
            release_name: "kforge".into(),
            values: vo.merge().map_err(|e| e.to_string())?,
            ..Default::default()
        };
        let engine = crate::engines::for_chart(&c).map_err(|e| e.to_string())?;
        let rendered =
            crate::chart::render_chart(&c, &opts, engine.as_ref(), &mut |_| {}).map_err(|e| e.to_string())?;
        Ok(rendered.to_text())
    }

    fn name(&self) -> String {
        "kforge's chart engine".into()
    }
}

/// The renderer for a chart: in process when this build has its template
/// engine; else helm, only when the user passed `--enable-helm`.
pub fn pick_renderer(chart: &Path, helm: Option<&str>, set: &[String]) -> Result<Option<Box<dyn Renderer>>> {
    let native = crate::chart::load_chart(chart).ok().is_some_and(|c| crate::engines::for_chart(&c).is_ok());
    if native {
        return Ok(Some(Box::new(NativeRenderer { set: set.to_vec() })));
    }
    match helm {
        Some(cmd) => Ok(Some(Box::new(HelmRenderer::new(Some(cmd), set)?))),
        None => Ok(None),
    }
}

/// Read a file, or stdin for `-`.
pub fn read_input(target: &str) -> Result<(String, String)> {
    if target == "-" {
        let mut s = String::new();
        std::io::stdin().read_to_string(&mut s).context("reading stdin")?;
        return Ok((s, "<stdin>".into()));
    }
    let text = std::fs::read_to_string(target).with_context(|| format!("reading {target}"))?;
    Ok((text, target.to_string()))
}

/// Every image of a target, plus notes for the user.
pub fn collect(opts: &ImagesOptions) -> Result<(Vec<Finding>, Vec<String>)> {
    if opts.target == "-" {
        let (text, origin) = read_input("-")?;
        return Ok((localize::find_in_stream(&text, &origin)?, Vec::new()));
    }
    let path = Path::new(&opts.target);
    if !path.exists() {
        bail!("{}: no such file or directory", opts.target);
    }
    Ok(match localize::target_kind(path) {
        TargetKind::Chart => {
            let renderer = pick_renderer(path, opts.helm.as_deref(), &opts.set)?;
            localize::scan_chart(path, renderer.as_deref(), &opts.values)?
        }
        TargetKind::Kustomization => {
            let bo = BuildOptions {
                dir: path.to_path_buf(),
                enable_helm: opts.helm.is_some(),
                helm_command: opts.helm.clone(),
                ..BuildOptions::default()
            };
            let m = crate::pipeline::build(&bo)?;
            let found = crate::images::find::find_in_resmap(&m)?;
            std::mem::forget(m);
            (found, Vec::new())
        }
        TargetKind::ManifestDir => (localize::find_in_dir(path)?, Vec::new()),
        TargetKind::ManifestFile | TargetKind::RepoIndex => {
            let (text, origin) = read_input(&opts.target)?;
            (localize::find_in_stream(&text, &origin)?, Vec::new())
        }
    })
}

/// Offenders as lines for an error message.
pub fn offender_lines<'a>(items: impl Iterator<Item = &'a Finding>) -> String {
    let mut s = String::new();
    for f in items {
        let loc = match (f.resource.is_empty(), f.file.is_empty()) {
            (false, false) => format!("{} in {}", f.resource, f.file),
            (false, true) => f.resource.clone(),
            _ => f.file.clone(),
        };
        s.push_str(&format!("\n  {}  ({loc}: {})", f.image, f.path));
        if !f.note.is_empty() {
            s.push_str(&format!(" [{}]", f.note));
        }
    }
    s
}

pub fn run(opts: &ImagesOptions) -> Result<()> {
    let (findings, notes) = collect(opts)?;
    let text = match opts.format {
        Format::Table => localize::findings_table(&findings),
        Format::Json => {
            let mut s = serde_json::to_string_pretty(&localize::findings_value(&findings))?;
            s.push('\n');
            s
        }
        Format::Yaml => crate::yaml::to_yaml(&localize::findings_value(&findings)),
    };
    let mut out = std::io::stdout().lock();
    out.write_all(text.as_bytes()).and_then(|()| out.flush())?;
    for n in notes {
        super::ui::note(format_args!("note: {n}"));
    }
    if !opts.allowed_registries.is_empty() {
        let bad = localize::disallowed(&findings, &opts.allowed_registries);
        if !bad.is_empty() {
            return Err(anyhow!(
                "{} image reference(s) outside the allowed registries ({}):{}",
                bad.len(),
                opts.allowed_registries.join(", "),
                offender_lines(bad.into_iter())
            ));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn helm_values_never_become_options() {
        let args = helm_template_args(
            Path::new("-chart"),
            &[PathBuf::from("--post-renderer=/x")],
            &["--kubeconfig=/y".to_string()],
        );
        assert_eq!(
            args,
            ["template", "--values=--post-renderer=/x", "--set=--kubeconfig=/y", "--", "kforge", "-chart"]
        );
    }
}
