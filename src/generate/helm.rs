//! `helmCharts:` (and the deprecated `helmChartInflationGenerator:`) —
//! kustomize's HelmChartInflationGenerator: render charts with a `helm`
//! binary, only with `--enable-helm`.
//!
//! For each chart, as kustomize v5.7.1 does it:
//! 1. check the binary is helm v3 or v4 (`helm version --short`; kustomize
//!    5.7.1 itself asks `version -c`, which helm v4 no longer has);
//! 2. use `{chartHome}/{name}` when it is a directory, else `helm pull` it
//!    from `repo` into chartHome (into `{chartHome}/{name}-{version}` when a
//!    version is given);
//! 3. write the values helm gets to a temporary file: the chart's
//!    `values.yaml` (or `valuesFile`), with `valuesInline` merged over it
//!    (`override`, the default), under it (`merge`), or instead of it
//!    (`replace`);
//! 4. run `helm template` with kustomize's argument mapping and parse stdout.
//!
//! helm runs with `HELM_CONFIG_HOME` / `HELM_CACHE_HOME` / `HELM_DATA_HOME`
//! pointed at `configHome` (a temporary directory unless given).
use std::path::{Path, PathBuf};
use std::time::Duration;

use crate::generate::error::{bail, err, Context, Result};
use serde::Deserialize;
use serde_json::{Map, Value};

use crate::load::Loader;
use crate::model::parse_resources;
use crate::model::ResMap;
use crate::process::{ProcessError, Program};

/// Where charts live when `helmGlobals.chartHome` is not given.
pub const DEFAULT_CHART_HOME: &str = "charts";
/// The helm binary used when `--helm-command` is not given.
pub const DEFAULT_HELM_COMMAND: &str = "helm";
/// Environment variable bounding each helm run, in seconds.
pub const TIMEOUT_ENV: &str = "KFORGE_HELM_TIMEOUT";
/// How long one helm run (`version`, `pull`, `template`) may take.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(300);

fn timeout_from_env() -> Result<Duration> {
    match std::env::var(TIMEOUT_ENV) {
        Ok(s) if !s.trim().is_empty() => Ok(crate::process::seconds(TIMEOUT_ENV, &s)?),
        _ => Ok(DEFAULT_TIMEOUT),
    }
}

/// A chart name is one path segment: it names a directory under chartHome
/// and a file in a temporary directory.
pub fn check_chart_name(name: &str) -> Result<()> {
    if name.is_empty() {
        bail!("chart name cannot be empty");
    }
    if name == "." || name == ".." || name.starts_with('-') || name.contains(['/', '\\', '\0']) {
        bail!("invalid chart name '{name}': a chart name is one path segment, not starting with '-'");
    }
    Ok(())
}

/// Helm's rule for release names: lower-case letters, digits, `-` and `.`,
/// starting and ending with a letter or digit, at most 53 characters.
pub fn check_release_name(name: &str) -> Result<()> {
    let ok = name.len() <= 53
        && name.split('.').all(|part| {
            let b = part.as_bytes();
            !b.is_empty()
                && b.iter().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == b'-')
                && b[0] != b'-'
                && b[b.len() - 1] != b'-'
        });
    if !ok {
        bail!(
            "invalid releaseName '{name}': it must be at most 53 lower-case letters, digits, '-' or '.', starting and ending with a letter or digit"
        );
    }
    Ok(())
}

/// `helmGlobals:` — settings shared by every chart of a kustomization.
#[derive(Debug, Default, Clone, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct HelmGlobals {
    pub chart_home: String,
    pub config_home: String,
}

/// One `helmCharts:` entry.
#[derive(Debug, Default, Clone, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct HelmChart {
    pub name: String,
    pub version: String,
    pub repo: String,
    pub release_name: String,
    pub namespace: String,
    pub additional_values_files: Vec<String>,
    pub values_file: String,
    pub values_inline: Option<Map<String, Value>>,
    pub values_merge: String,
    #[serde(rename = "includeCRDs")]
    pub include_crds: bool,
    pub skip_hooks: bool,
    pub api_versions: Vec<String>,
    pub kube_version: String,
    pub name_template: String,
    pub skip_tests: bool,
    pub debug: bool,
}

/// One deprecated `helmChartInflationGenerator:` entry (kustomize's HelmChartArgs).
#[derive(Debug, Default, Clone, Deserialize)]
#[serde(default, rename_all = "camelCase")]
struct LegacyChartArgs {
    chart_name: String,
    chart_version: String,
    chart_repo_url: String,
    chart_home: String,
    helm_home: String,
    values: String,
    values_local: Option<Map<String, Value>>,
    values_merge: String,
    release_name: String,
}

/// How `valuesInline` combines with the chart's values.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ValuesMerge {
    /// Inline values win (the default).
    Override,
    /// The chart's values win; inline values only fill gaps.
    Merge,
    /// Inline values are the whole values file.
    Replace,
}

impl ValuesMerge {
    fn parse(s: &str) -> Result<ValuesMerge> {
        match s {
            "" | "override" => Ok(ValuesMerge::Override),
            "merge" => Ok(ValuesMerge::Merge),
            "replace" => Ok(ValuesMerge::Replace),
            _ => bail!("valuesMerge must be one of [merge override replace], got '{s}'"),
        }
    }
}

/// The charts to render: `helmCharts` followed by the deprecated
/// `helmChartInflationGenerator` entries converted as kustomize does
/// (`chartName` → `name`, `values` → `valuesFile`, `valuesLocal` →
/// `valuesInline`, ...; `releaseNamespace` and `extraArgs` are dropped). The
/// globals are `helmGlobals`, or when absent the last non-empty `chartHome` /
/// `helmHome` of the deprecated entries.
///
/// Takes the kustomization's trees and returns the chart side's
/// (`serde_json::Value`), which the rest of this file works on.
pub fn charts_with_legacy(
    charts: &[crate::yaml::Value],
    legacy: &[crate::yaml::Value],
    globals: Option<&crate::yaml::Value>,
) -> Result<(Vec<Value>, Option<Value>)> {
    let mut all: Vec<Value> = charts.iter().map(Value::from).collect();
    let legacy: Vec<Value> = legacy.iter().map(Value::from).collect();
    let globals: Option<Value> = globals.map(Value::from);
    let globals = globals.as_ref();
    let mut g = HelmGlobals::default();
    for (i, entry) in legacy.iter().enumerate() {
        let old: LegacyChartArgs = serde_json::from_value(entry.clone())
            .map_err(|e| err!("helmChartInflationGenerator entry {}: {e}", i + 1))?;
        let mut c = Map::new();
        let mut put = |k: &str, v: &str| {
            if !v.is_empty() {
                c.insert(k.to_string(), Value::String(v.to_string()));
            }
        };
        put("name", &old.chart_name);
        put("version", &old.chart_version);
        put("repo", &old.chart_repo_url);
        put("valuesFile", &old.values);
        put("valuesMerge", &old.values_merge);
        put("releaseName", &old.release_name);
        if let Some(v) = old.values_local {
            c.insert("valuesInline".into(), Value::Object(v));
        }
        all.push(Value::Object(c));
        if !old.helm_home.is_empty() {
            g.config_home = old.helm_home;
        }
        if !old.chart_home.is_empty() {
            g.chart_home = old.chart_home;
        }
    }
    let globals = match globals {
        Some(v) => Some(v.clone()),
        None if !g.chart_home.is_empty() || !g.config_home.is_empty() => {
            Some(serde_json::json!({"chartHome": g.chart_home, "configHome": g.config_home}))
        }
        None => None,
    };
    Ok((all, globals))
}

/// What the command line says about helm (kustomize's `--enable-helm`,
/// `--helm-command`, `--helm-api-versions`, `--helm-kube-version`,
/// `--helm-debug`).
#[derive(Clone, Debug, Default)]
pub struct HelmOptions {
    pub enable_helm: bool,
    /// The helm binary (default `helm` on PATH).
    pub helm_command: Option<String>,
    /// Kubernetes API versions for helm's Capabilities.
    pub helm_api_versions: Vec<String>,
    /// Kubernetes version for helm's Capabilities.
    pub helm_kube_version: String,
    /// Run `helm template --debug`.
    pub helm_debug: bool,
}

/// The charts of a kustomization as `HelmChartInflationGenerator` configs:
/// each chart's fields with `chartHome` / `configHome` from `globals` beside
/// them, as kustomize configures its helm plugin once per chart. The charts
/// and globals are checked here (a chart that does not read as one is
/// `helmCharts entry N`, counting from 1).
pub fn chart_configs(charts: &[Value], globals: Option<&Value>) -> Result<Vec<crate::yaml::Value>> {
    if charts.is_empty() {
        return Ok(Vec::new());
    }
    let g: HelmGlobals = match globals {
        Some(v) => serde_json::from_value(v.clone()).map_err(|e| err!("helmGlobals: {e}"))?,
        None => HelmGlobals::default(),
    };
    let mut out = Vec::with_capacity(charts.len());
    for (i, c) in charts.iter().enumerate() {
        let _: HelmChart = serde_json::from_value(c.clone()).map_err(|e| err!("helmCharts entry {}: {e}", i + 1))?;
        let mut m = match c {
            Value::Object(m) => m.clone(),
            _ => Map::new(),
        };
        m.remove("chartHome");
        m.remove("configHome");
        m.remove("apiVersion");
        m.remove("kind");
        m.remove("metadata");
        if !g.chart_home.is_empty() {
            m.insert("chartHome".into(), Value::String(g.chart_home.clone()));
        }
        if !g.config_home.is_empty() {
            m.insert("configHome".into(), Value::String(g.config_home.clone()));
        }
        out.push(crate::yaml::Value::from(Value::Object(m)));
    }
    Ok(out)
}

/// Render a `HelmChartInflationGenerator` plugin config (chart fields and
/// `chartHome` / `configHome` side by side in one object).
pub fn inflate_plugin_config(config: &crate::yaml::Value, ldr: &Loader, opts: &HelmOptions) -> Result<ResMap> {
    let config = &Value::from(config);
    let globals: HelmGlobals =
        serde_json::from_value(config.clone()).map_err(|e| err!("HelmChartInflationGenerator: {e}"))?;
    let mut chart: HelmChart =
        serde_json::from_value(config.clone()).map_err(|e| err!("HelmChartInflationGenerator: {e}"))?;
    apply_cli_defaults(&mut chart, opts);
    if let Some(dir) = native_chart_dir(&chart, &globals, &ldr.root, opts) {
        return render_native(&chart, &dir, ldr).with_context(|| format!("helm chart '{}'", chart.name));
    }
    let mut helm = Helm::new(opts)?;
    helm.render(&chart, &globals, ldr).with_context(|| format!("helm chart '{}'", chart.name))
}

/// The helm binary, checked once per kustomization.
struct Helm {
    command: String,
    checked: bool,
    timeout: Duration,
}

impl Helm {
    fn new(opts: &HelmOptions) -> Result<Helm> {
        if !opts.enable_helm {
            bail!("trouble configuring builtin HelmChartInflationGenerator: must specify --enable-helm");
        }
        let command =
            opts.helm_command.clone().filter(|c| !c.is_empty()).unwrap_or_else(|| DEFAULT_HELM_COMMAND.into());
        Ok(Helm { command, checked: false, timeout: timeout_from_env()? })
    }

    /// Run helm with the chart's homes in the environment; stdout on success.
    fn run(&self, args: &[String], config_home: &Path) -> Result<Vec<u8>> {
        let env = [
            ("HELM_CONFIG_HOME".to_string(), config_home.display().to_string()),
            ("HELM_CACHE_HOME".to_string(), config_home.join(".cache").display().to_string()),
            ("HELM_DATA_HOME".to_string(), config_home.join(".data").display().to_string()),
        ];
        let shown = format!("{} {}", self.command, args.join(" "));
        let prog = Program { path: Path::new(&self.command), args, dir: None, env: &env, timeout: self.timeout };
        let out = prog.run(None).map_err(|e| match e {
            ProcessError::TimedOut { .. } => err!(
                "unable to run: '{shown}': timed out after {} and was killed (set {TIMEOUT_ENV} to allow more time)",
                crate::process::show_duration(self.timeout)
            ),
            e => err!(
                "unable to run: '{shown}': {e} (is '{}' installed? name another helm with --helm-command)",
                self.command
            ),
        })?;
        if !out.success {
            bail!("unable to run: '{shown}': {}: {}", out.status_text(), out.stderr_text());
        }
        Ok(out.stdout)
    }

    /// kustomize accepts helm v3 and (since 5.8) v4.
    fn check_version(&mut self, config_home: &Path) -> Result<()> {
        if self.checked {
            return Ok(());
        }
        let out = self.run(&["version".into(), "--short".into()], config_home)?;
        let text = String::from_utf8_lossy(&out);
        let major = helm_major_version(&text).ok_or_else(|| err!("cannot find version string in {}", text.trim()))?;
        if major != "3" && major != "4" {
            bail!("this plugin requires helm V3 or V4 but got '{}'", text.trim());
        }
        self.checked = true;
        Ok(())
    }

    fn render(&mut self, chart: &HelmChart, globals: &HelmGlobals, ldr: &Loader) -> Result<ResMap> {
        check_chart_name(&chart.name)?;
        if chart.version.starts_with('-') || chart.version.contains(['/', '\\', '\0']) || chart.version.contains("..") {
            bail!("invalid chart version '{}'", chart.version);
        }
        if !chart.release_name.is_empty() {
            check_release_name(&chart.release_name)?;
        }
        let merge = ValuesMerge::parse(&chart.values_merge)?;
        let tmp = crate::process::temp_dir("kforge-helm-").context("cannot create a temporary directory for helm")?;
        let config_home =
            if globals.config_home.is_empty() { tmp.path().join("helm") } else { PathBuf::from(&globals.config_home) };
        let chart_home = abs_chart_home(chart, globals, &ldr.root);
        // A tree fetched from git keeps its charts and helm's homes in its clone.
        ldr.check_path_in_clone(&chart_home.join(&chart.name), "charts")?;
        if !globals.config_home.is_empty() {
            ldr.check_path_in_clone(Path::new(&globals.config_home), "helm homes")?;
        }
        let values_file = if chart.values_file.is_empty() {
            chart_home.join(&chart.name).join("values.yaml").to_string_lossy().into_owned()
        } else {
            chart.values_file.clone()
        };
        let mut additional = Vec::with_capacity(chart.additional_values_files.len());
        for f in &chart.additional_values_files {
            ldr.read(f).with_context(|| format!("could not load additionalValuesFile '{f}'"))?;
            additional.push(ldr.root.join(f));
        }

        self.check_version(&config_home)?;
        let chart_dir = chart_home.join(&chart.name);
        if !chart_dir.is_dir() {
            if chart.repo.is_empty() {
                bail!("no repo specified for pull, no chart found at '{}'", chart_dir.display());
            }
            self.run(&pull_args(chart, &chart_home), &config_home)?;
        }

        let values = match chart.values_inline.as_ref().filter(|v| !v.is_empty()) {
            Some(inline) => {
                let inline = Value::Object(inline.clone());
                let merged = match merge {
                    ValuesMerge::Replace => inline,
                    ValuesMerge::Override => merge_values(read_values(ldr, &values_file)?, &inline),
                    ValuesMerge::Merge => merge_values(inline, &read_values(ldr, &values_file)?),
                };
                serde_json::to_vec_pretty(&merged).context("cannot write the helm values")?
            }
            None => ldr.read(&values_file).with_context(|| format!("cannot read values file '{values_file}'"))?,
        };
        let values_path = tmp.path().join(format!("{}-kustomize-values.yaml", chart.name));
        std::fs::write(&values_path, values)
            .with_context(|| format!("failed to write values file '{}'", values_path.display()))?;

        let args = template_args(chart, &chart_home, &values_path, &additional);
        let stdout = self.run(&args, &config_home)?;
        let text = String::from_utf8(stdout).map_err(|_| err!("helm template printed output that is not UTF-8"))?;
        let shown = format!("helm template output of chart '{}'", chart.name);
        let resources = match parse_resources(&text, &shown) {
            Ok(rs) => rs,
            // helm may print messages before the first document.
            Err(e) => match text.find("\n---\n") {
                Some(i) => parse_resources(&text[i..], &shown).map_err(|_| e)?,
                None => return Err(e.into()),
            },
        };
        let mut m = ResMap::new();
        for r in resources {
            m.append(r).with_context(|| shown.clone())?;
        }
        Ok(m)
    }
}

/// The directory of a chart in chartHome that kforge renders itself:
/// a kforge (minijinja) chart always (nothing external runs, so no
/// `--enable-helm` is needed); a Helm (Go template) chart with
/// `--enable-helm` and no `--helm-command` (kforge's Go-template engine,
/// no helm binary). `None`: run helm.
fn native_chart_dir(chart: &HelmChart, globals: &HelmGlobals, root: &Path, opts: &HelmOptions) -> Option<PathBuf> {
    if chart.name.is_empty() {
        return None;
    }
    let dir = abs_chart_home(chart, globals, root).join(&chart.name);
    let cy = dir.join("Chart.yaml");
    let text = std::fs::read_to_string(&cy).ok()?;
    let (md, _) = crate::chart::Metadata::parse(&text, &cy.display().to_string()).ok()?;
    let engine = md.annotations.get(crate::chart::ENGINE_ANNOTATION).map(String::as_str);
    let no_helm_command = opts.helm_command.as_deref().is_none_or(str::is_empty);
    (engine == Some("minijinja") || (engine.is_none() && opts.enable_helm && no_helm_command)).then_some(dir)
}

/// Render a kforge chart natively with the entry's settings, values as the
/// helm path computes them (values file with `valuesInline` per
/// `valuesMerge`, then `additionalValuesFiles`). Without `releaseName`
/// the release is `release-name` (helm would generate a random one).
fn render_native(chart: &HelmChart, dir: &Path, ldr: &Loader) -> Result<ResMap> {
    // As on the helm path: the name is one path segment, and a tree fetched
    // from git renders only charts inside its clone.
    check_chart_name(&chart.name)?;
    ldr.check_path_in_clone(dir, "charts")?;
    let merge = ValuesMerge::parse(&chart.values_merge)?;
    let loaded = crate::chart::load_chart(dir)?;
    let values_file = if chart.values_file.is_empty() { None } else { Some(chart.values_file.clone()) };
    let inline = chart.values_inline.as_ref().filter(|v| !v.is_empty());
    let base = match &values_file {
        // As the helm path: with valuesInline the file is read as a
        // resource (YAML 1.2) and merged; alone it goes to helm as it is.
        Some(f) if inline.is_some() => read_values(ldr, f)?,
        Some(f) => {
            let text = ldr.read_string(f).with_context(|| format!("cannot read values file '{f}'"))?;
            crate::chart::load::parse_values(&text, f)?
        }
        None => {
            let mut v = loaded.values.clone();
            crate::chart::load::floats(&mut v);
            v
        }
    };
    let mut user = match inline {
        Some(inline) => {
            let inline = Value::Object(inline.clone());
            match merge {
                ValuesMerge::Replace => inline,
                ValuesMerge::Override => merge_values(base, &inline),
                ValuesMerge::Merge => merge_values(inline, &base),
            }
        }
        None => base,
    };
    crate::chart::load::floats(&mut user);
    for f in &chart.additional_values_files {
        let text = ldr.read_string(f).with_context(|| format!("could not load additionalValuesFile '{f}'"))?;
        let v = crate::chart::load::parse_values(&text, f)?;
        crate::chart::values::merge_maps(&mut user, v);
    }
    let opts = crate::chart::RenderOptions {
        release_name: if chart.release_name.is_empty() { "release-name".into() } else { chart.release_name.clone() },
        namespace: if chart.namespace.is_empty() { "default".into() } else { chart.namespace.clone() },
        values: user,
        kube_version: (!chart.kube_version.is_empty()).then(|| chart.kube_version.clone()),
        api_versions: chart.api_versions.clone(),
        include_crds: chart.include_crds,
        no_hooks: chart.skip_hooks,
        skip_tests: chart.skip_tests,
        ..crate::chart::RenderOptions::default()
    };
    let engine = crate::engines::for_chart(&loaded)?;
    let rendered = crate::chart::render_chart(&loaded, &opts, engine.as_ref(), &mut |_| {})?;
    Ok(rendered.to_resmap()?)
}

/// `{root}/{chartHome}`, or `{chartHome}/{name}-{version}` when the chart is
/// pinned to a version of a repo.
fn abs_chart_home(chart: &HelmChart, globals: &HelmGlobals, root: &Path) -> PathBuf {
    let home = if globals.chart_home.is_empty() { DEFAULT_CHART_HOME } else { &globals.chart_home };
    let base = if Path::new(home).is_absolute() { PathBuf::from(home) } else { root.join(home) };
    if !chart.version.is_empty() && !chart.repo.is_empty() {
        base.join(format!("{}-{}", chart.name, chart.version))
    } else {
        base
    }
}

fn read_values(ldr: &Loader, file: &str) -> Result<Value> {
    let text = ldr.read_string(file).with_context(|| format!("cannot read values file '{file}'"))?;
    let docs =
        crate::yaml::parse_documents_as::<Value>(&text, file).map_err(|e| err!("could not parse values file: {e}"))?;
    match docs.into_iter().next() {
        None | Some(Value::Null) => Ok(Value::Object(Map::new())),
        Some(v @ Value::Object(_)) => Ok(v),
        Some(_) => bail!("values file '{file}' must hold a mapping"),
    }
}

/// Merge `src` over `dest` as kyaml's merge2 does for schema-less values:
/// mappings merge key by key, `null` in `src` deletes the key, anything
/// else in `src` (scalars and sequences) replaces what `dest` had.
pub fn merge_values(dest: Value, src: &Value) -> Value {
    match (dest, src) {
        (Value::Object(mut d), Value::Object(s)) => {
            for (k, sv) in s {
                if sv.is_null() {
                    d.remove(k);
                    continue;
                }
                let merged = match d.remove(k) {
                    Some(dv @ Value::Object(_)) if sv.is_object() => merge_values(dv, sv),
                    _ => sv.clone(),
                };
                d.insert(k.clone(), merged);
            }
            Value::Object(d)
        }
        (_, s) => s.clone(),
    }
}

/// `--helm-api-versions`, `--helm-kube-version` and `--helm-debug` fill in
/// what a chart entry leaves unset (the entry's own settings win).
fn apply_cli_defaults(chart: &mut HelmChart, opts: &HelmOptions) {
    if chart.api_versions.is_empty() {
        chart.api_versions = opts.helm_api_versions.clone();
    }
    if chart.kube_version.is_empty() {
        chart.kube_version = opts.helm_kube_version.clone();
    }
    chart.debug |= opts.helm_debug;
}

/// `helm template` arguments: kustomize's flags, each value joined to its
/// flag with `=`, then `--` and the release name and chart (so no value from
/// a kustomization can be read as an option).
fn template_args(chart: &HelmChart, chart_home: &Path, values: &Path, additional: &[PathBuf]) -> Vec<String> {
    let mut a: Vec<String> = vec!["template".into()];
    if chart.release_name.is_empty() {
        a.push("--generate-name".into());
    }
    if !chart.namespace.is_empty() {
        a.push(format!("--namespace={}", chart.namespace));
    }
    if !chart.name_template.is_empty() {
        a.push(format!("--name-template={}", chart.name_template));
    }
    a.push(format!("--values={}", values.display()));
    for f in additional {
        a.push(format!("--values={}", f.display()));
    }
    for v in &chart.api_versions {
        a.push(format!("--api-versions={v}"));
    }
    if !chart.kube_version.is_empty() {
        a.push(format!("--kube-version={}", chart.kube_version));
    }
    for (on, flag) in [
        (chart.include_crds, "--include-crds"),
        (chart.skip_tests, "--skip-tests"),
        (chart.skip_hooks, "--no-hooks"),
        (chart.debug, "--debug"),
    ] {
        if on {
            a.push(flag.into());
        }
    }
    a.push("--".into());
    if !chart.release_name.is_empty() {
        a.push(chart.release_name.clone());
    }
    a.push(chart_home.join(&chart.name).to_string_lossy().into_owned());
    a
}

/// `helm pull` arguments for a chart that is not in chartHome yet.
fn pull_args(chart: &HelmChart, chart_home: &Path) -> Vec<String> {
    let mut a: Vec<String> = vec!["pull".into(), "--untar".into(), format!("--untardir={}", chart_home.display())];
    if !chart.version.is_empty() {
        a.push(format!("--version={}", chart.version));
    }
    if chart.repo.starts_with("oci://") {
        a.push("--".into());
        a.push(format!("{}/{}", chart.repo.trim_end_matches('/'), chart.name));
    } else {
        a.push(format!("--repo={}", chart.repo));
        a.push("--".into());
        a.push(chart.name.clone());
    }
    a
}

/// The major version in `helm version --short` output (`v3.14.2+g...` → `3`).
fn helm_major_version(text: &str) -> Option<&str> {
    let bytes = text.as_bytes();
    for (i, b) in bytes.iter().enumerate() {
        if !b.is_ascii_digit() || (i > 0 && bytes[i - 1].is_ascii_digit()) {
            continue;
        }
        let end = bytes[i..].iter().position(|c| !c.is_ascii_digit()).map_or(bytes.len(), |p| i + p);
        // kustomize wants at least `N.N`.
        if bytes.get(end) == Some(&b'.') && bytes.get(end + 1).is_some_and(|c| c.is_ascii_digit()) {
            return Some(&text[i..end]);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn chart(v: Value) -> HelmChart {
        serde_json::from_value(v).unwrap()
    }

    #[test]
    fn cli_flags_fill_what_the_chart_leaves_unset() {
        let opts = HelmOptions {
            helm_api_versions: vec!["x/v1".into()],
            helm_kube_version: "1.30.0".into(),
            helm_debug: true,
            ..HelmOptions::default()
        };
        let mut plain = HelmChart::default();
        apply_cli_defaults(&mut plain, &opts);
        assert_eq!(
            (plain.api_versions.as_slice(), plain.kube_version.as_str(), plain.debug),
            (&["x/v1".to_string()][..], "1.30.0", true)
        );
        let mut own =
            HelmChart { api_versions: vec!["a/v2".into()], kube_version: "1.29.0".into(), ..HelmChart::default() };
        apply_cli_defaults(&mut own, &opts);
        assert_eq!((own.api_versions.as_slice(), own.kube_version.as_str()), (&["a/v2".to_string()][..], "1.29.0"));
    }

    #[test]
    fn template_args_follow_kustomize() {
        let c = chart(json!({
            "name": "demo", "releaseName": "rel", "namespace": "ns", "nameTemplate": "t",
            "apiVersions": ["a/v1", "b/v2"], "kubeVersion": "1.29.0",
            "includeCRDs": true, "skipTests": true, "skipHooks": true
        }));
        let a = template_args(&c, Path::new("/k/charts"), Path::new("/tmp/v.yaml"), &[PathBuf::from("/k/extra.yaml")]);
        assert_eq!(
            a,
            [
                "template",
                "--namespace=ns",
                "--name-template=t",
                "--values=/tmp/v.yaml",
                "--values=/k/extra.yaml",
                "--api-versions=a/v1",
                "--api-versions=b/v2",
                "--kube-version=1.29.0",
                "--include-crds",
                "--skip-tests",
                "--no-hooks",
                "--",
                "rel",
                "/k/charts/demo",
            ]
        );
        let bare = template_args(&chart(json!({"name": "x"})), Path::new("/c"), Path::new("/v"), &[]);
        assert_eq!(bare, ["template", "--generate-name", "--values=/v", "--", "/c/x"]);
    }

    #[test]
    fn pull_args_and_versioned_chart_home() {
        let c = chart(json!({"name": "mc", "repo": "https://charts.example", "version": "3.1.3"}));
        let home = abs_chart_home(&c, &HelmGlobals::default(), Path::new("/k"));
        assert_eq!(home, PathBuf::from("/k/charts/mc-3.1.3"));
        assert_eq!(
            pull_args(&c, &home),
            [
                "pull",
                "--untar",
                "--untardir=/k/charts/mc-3.1.3",
                "--version=3.1.3",
                "--repo=https://charts.example",
                "--",
                "mc",
            ]
        );
        let oci = chart(json!({"name": "dns", "repo": "oci://reg.example/charts/"}));
        let globals = HelmGlobals { chart_home: "/abs/home".into(), config_home: String::new() };
        let home = abs_chart_home(&oci, &globals, Path::new("/k"));
        assert_eq!(home, PathBuf::from("/abs/home"));
        assert_eq!(
            pull_args(&oci, &home),
            ["pull", "--untar", "--untardir=/abs/home", "--", "oci://reg.example/charts/dns"]
        );
    }

    #[test]
    fn names_are_checked() {
        for bad in ["", "..", ".", "../../x", "a/b", "-x", "--post-renderer=/bin/sh"] {
            assert!(check_chart_name(bad).is_err(), "{bad}");
        }
        check_chart_name("ingress-nginx").unwrap();
        for bad in ["--post-renderer=/tmp/x", "Rel", "a_b", "-a", "a-", "a..b", &"a".repeat(54)] {
            assert!(check_release_name(bad).is_err(), "{bad}");
        }
        for good in ["rel", "my-release.v1", "a", "0"] {
            check_release_name(good).unwrap();
        }
    }

    #[test]
    fn values_merge_semantics() {
        let chart_values = json!({"a": 1, "m": {"x": 1, "y": 2}, "l": [1, 2], "gone": {"z": 1}});
        let inline = json!({"a": 2, "m": {"y": 3, "n": 4}, "l": [9], "gone": null, "new": "v"});
        // override: inline wins; lists replace; null deletes.
        assert_eq!(
            merge_values(chart_values.clone(), &inline),
            json!({"a": 2, "m": {"x": 1, "y": 3, "n": 4}, "l": [9], "new": "v"})
        );
        // merge: the chart wins; inline only fills gaps.
        assert_eq!(
            merge_values(inline, &chart_values),
            json!({"a": 1, "m": {"y": 2, "n": 4, "x": 1}, "l": [1, 2], "gone": {"z": 1}, "new": "v"})
        );
        assert!(ValuesMerge::parse("bogus").is_err());
        assert_eq!(ValuesMerge::parse("").unwrap(), ValuesMerge::Override);
    }

    #[test]
    fn legacy_entries_convert() {
        let legacy = [crate::yaml::json!({
            "chartName": "demo", "chartVersion": "1.0", "chartRepoUrl": "https://r", "chartHome": "../c",
            "helmHome": "/h", "values": "v.yaml", "valuesLocal": {"a": 1}, "valuesMerge": "merge",
            "releaseName": "r", "releaseNamespace": "ns"
        })];
        let (charts, globals) = charts_with_legacy(&[crate::yaml::json!({"name": "first"})], &legacy, None).unwrap();
        assert_eq!(charts[0], json!({"name": "first"}));
        assert_eq!(
            charts[1],
            json!({"name": "demo", "version": "1.0", "repo": "https://r", "valuesFile": "v.yaml",
                   "valuesMerge": "merge", "releaseName": "r", "valuesInline": {"a": 1}})
        );
        assert_eq!(globals, Some(json!({"chartHome": "../c", "configHome": "/h"})));
        // helmGlobals, when given, wins over the deprecated entries.
        let (_, globals) = charts_with_legacy(&[], &legacy, Some(&crate::yaml::json!({"chartHome": "x"}))).unwrap();
        assert_eq!(globals, Some(json!({"chartHome": "x"})));
    }

    #[test]
    fn version_parsing() {
        assert_eq!(helm_major_version("v4.1.4+g05fa379\n"), Some("4"));
        assert_eq!(helm_major_version("v3.14.2+gc309b6f"), Some("3"));
        assert_eq!(helm_major_version("Client: v2.17.0"), Some("2"));
        assert_eq!(helm_major_version("no digits"), None);
    }

    /// A chart config as the pipeline makes it, rendered.
    fn inflate_one(chart: Value, opts: &HelmOptions) -> Result<ResMap> {
        let ldr = Loader::new(Path::new("."), crate::load::LoadRestrictor::RootOnly).unwrap();
        let configs = chart_configs(&[chart], None)?;
        inflate_plugin_config(&configs[0], &ldr, opts)
    }

    #[test]
    fn refuses_without_enable_helm() {
        let err = inflate_one(json!({"name": "x"}), &HelmOptions::default()).unwrap_err();
        assert!(crate::error::chain_text(&err).contains("must specify --enable-helm"), "{err:#}");
        assert!(chart_configs(&[], Some(&json!({"chartHome": 5}))).unwrap().is_empty());
    }

    #[test]
    fn chart_configs_put_the_globals_beside_each_chart() {
        let charts = [json!({"name": "a", "chartHome": "ignored"}), json!({"name": "b", "version": "1.0"})];
        let got = chart_configs(&charts, Some(&json!({"chartHome": "charts", "configHome": "/tmp/h"}))).unwrap();
        let got: Vec<Value> = got.iter().map(Value::from).collect();
        assert_eq!(got[0], json!({"name": "a", "chartHome": "charts", "configHome": "/tmp/h"}));
        assert_eq!(got[1], json!({"name": "b", "version": "1.0", "chartHome": "charts", "configHome": "/tmp/h"}));
        let err = chart_configs(&[json!({"name": ["x"]})], None).unwrap_err().to_string();
        assert!(err.starts_with("helmCharts entry 1: "), "{err}");
        let err = chart_configs(&charts, Some(&json!({"chartHome": 5}))).unwrap_err().to_string();
        assert!(err.starts_with("helmGlobals: "), "{err}");
    }

    #[test]
    fn missing_helm_binary_is_named() {
        let opts = HelmOptions {
            enable_helm: true,
            helm_command: Some("/nonexistent/kforge-helm".into()),
            ..HelmOptions::default()
        };
        let err = inflate_one(json!({"name": "x"}), &opts).unwrap_err();
        let msg = crate::error::chain_text(&err);
        assert!(msg.contains("/nonexistent/kforge-helm") && msg.contains("installed"), "{msg}");
    }
}
