use std::path::PathBuf;

use clap::Args;

use crate::chart::values::ValueOptions;
use crate::chart::RenderOptions;

/// Values flags shared by `template` and `chart lint` (Helm's names).
#[derive(Debug, Args, Clone, Default)]
pub struct ValuesArgs {
    /// Values file(s), merged in order (later wins).
    #[arg(short = 'f', long = "values")]
    pub values: Vec<PathBuf>,
    /// Set values (`a.b=1,c={x,y}`), typed as Helm types them.
    #[arg(long = "set")]
    pub set: Vec<String>,
    /// Set string values.
    #[arg(long = "set-string")]
    pub set_string: Vec<String>,
    /// Set JSON values (`a={"b":1}`).
    #[arg(long = "set-json")]
    pub set_json: Vec<String>,
    /// Set values from files (`key=path`).
    #[arg(long = "set-file")]
    pub set_file: Vec<String>,
    /// Set a literal string value (`key=rest,taken raw`).
    #[arg(long = "set-literal")]
    pub set_literal: Vec<String>,
}

impl ValuesArgs {
    pub fn options(&self) -> ValueOptions {
        ValueOptions {
            value_files: self.values.clone(),
            set_json: self.set_json.clone(),
            set: self.set.clone(),
            set_string: self.set_string.clone(),
            set_file: self.set_file.clone(),
            set_literal: self.set_literal.clone(),
        }
    }
}

/// `kforge template [RELEASE] CHART`: render a chart as `helm template` does.
#[derive(Debug, Args)]
pub struct TemplateArgs {
    /// Release name, then the chart (directory or .tgz). With one argument it is the chart.
    #[arg(required = true, num_args = 1..=2, value_name = "[RELEASE] CHART")]
    pub args: Vec<String>,
    #[command(flatten)]
    pub values: ValuesArgs,
    /// Namespace of the release.
    #[arg(short = 'n', long = "namespace", default_value = "default")]
    pub namespace: String,
    /// Also set metadata.namespace on namespaced objects that have none (Helm leaves it unset).
    #[arg(long = "force-namespace")]
    pub force_namespace: bool,
    /// Kubernetes version for Capabilities.KubeVersion (default v1.35.0).
    #[arg(long = "kube-version")]
    pub kube_version: Option<String>,
    /// Extra API versions for Capabilities.APIVersions.
    #[arg(short = 'a', long = "api-versions", value_delimiter = ',')]
    pub api_versions: Vec<String>,
    /// Print the CRDs of crds/ folders first.
    #[arg(long = "include-crds")]
    pub include_crds: bool,
    /// Only print documents from these templates (glob, relative to the chart: templates/x.yaml).
    #[arg(short = 's', long = "show-only")]
    pub show_only: Vec<String>,
    /// Write the documents into this directory instead of stdout.
    #[arg(long = "output-dir")]
    pub output_dir: Option<PathBuf>,
    /// Leave hooks out.
    #[arg(long = "no-hooks")]
    pub no_hooks: bool,
    /// Leave test hooks out.
    #[arg(long = "skip-tests")]
    pub skip_tests: bool,
    /// Undefined values are errors.
    #[arg(long = "strict")]
    pub strict: bool,
    /// Do not validate values against values.schema.json.
    #[arg(long = "skip-schema-validation")]
    pub skip_schema_validation: bool,
    /// Render as an upgrade (Release.IsUpgrade).
    #[arg(long = "is-upgrade")]
    pub is_upgrade: bool,
}

impl TemplateArgs {
    /// The chart path and the render options (values not yet merged).
    pub fn options(&self) -> (PathBuf, RenderOptions, ValueOptions) {
        let (release, chart) = match self.args.as_slice() {
            [c] => ("release-name".to_string(), c.clone()),
            [r, c, ..] => (r.clone(), c.clone()),
            [] => ("release-name".to_string(), ".".to_string()),
        };
        let opts = RenderOptions {
            release_name: release,
            namespace: self.namespace.clone(),
            kube_version: self.kube_version.clone(),
            api_versions: self.api_versions.clone(),
            include_crds: self.include_crds,
            show_only: self.show_only.clone(),
            no_hooks: self.no_hooks,
            skip_tests: self.skip_tests,
            strict: self.strict,
            skip_schema_validation: self.skip_schema_validation,
            is_upgrade: self.is_upgrade,
            force_namespace: self.force_namespace,
            ..RenderOptions::default()
        };
        (PathBuf::from(chart), opts, self.values.options())
    }
}
