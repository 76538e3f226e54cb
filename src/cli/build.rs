use std::path::PathBuf;

use clap::{Args, ValueEnum};

use crate::load::LoadRestrictor;
use crate::pipeline::{BuildOptions, Reorder};

/// `--reorder` values.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ReorderArg {
    /// By kind, as kustomize's legacy order.
    Legacy,
    /// As loaded.
    None,
    /// The kustomization's sortOptions, else legacy.
    Unspecified,
}

/// `--load-restrictor` values (kustomize's names; `rootOnly`/`none` also accepted).
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
#[value(rename_all = "verbatim")]
pub enum RestrictorArg {
    /// Files must be in or below the kustomization's directory.
    #[value(alias = "rootOnly")]
    LoadRestrictionsRootOnly,
    /// Files may be anywhere.
    #[value(alias = "none")]
    LoadRestrictionsNone,
}

/// `kforge build` flags, under kustomize's names.
#[derive(Debug, Args)]
pub struct BuildArgs {
    /// Directory holding kustomization.yaml (default: current directory).
    #[arg(default_value = ".")]
    pub dir: PathBuf,
    /// Write to this file, or to one file per resource if it is a directory.
    #[arg(short = 'o', long = "output")]
    pub output: Option<PathBuf>,
    /// Resource order: 'legacy' (by kind) or 'none' (as loaded).
    #[arg(long, value_enum)]
    pub reorder: Option<ReorderArg>,
    /// Whether files outside the kustomization's directory may be read.
    #[arg(long = "load-restrictor", value_enum, default_value_t = RestrictorArg::LoadRestrictionsRootOnly)]
    pub load_restrictor: RestrictorArg,
    /// Enable kustomize plugins (runs external programs).
    #[arg(long = "enable-alpha-plugins")]
    pub enable_alpha_plugins: bool,
    /// Enable exec KRM functions (runs external programs).
    #[arg(long = "enable-exec")]
    pub enable_exec: bool,
    /// Enable helmCharts inflation with a helm binary.
    #[arg(long = "enable-helm")]
    pub enable_helm: bool,
    /// The helm binary to run for helmCharts (default: helm on PATH).
    #[arg(long = "helm-command")]
    pub helm_command: Option<String>,
    /// API versions for helm's Capabilities.APIVersions (for charts that set none).
    #[arg(long = "helm-api-versions", value_delimiter = ',')]
    pub helm_api_versions: Vec<String>,
    /// Kubernetes version for helm's Capabilities.KubeVersion (for charts that set none).
    #[arg(long = "helm-kube-version", default_value = "")]
    pub helm_kube_version: String,
    /// Run helm template with --debug.
    #[arg(long = "helm-debug")]
    pub helm_debug: bool,
    /// a list of environment variables to be used by functions (KEY=VALUE)
    #[arg(short = 'e', long = "env")]
    pub env: Vec<String>,
    /// a list of storage options read from the filesystem (container functions only)
    #[arg(long = "mount")]
    pub mount: Vec<String>,
    /// enable network access for functions that declare it (container functions only)
    #[arg(long = "network")]
    pub network: bool,
    /// the docker network to run the container in (container functions only)
    #[arg(long = "network-name", default_value = "bridge")]
    pub network_name: String,
    /// use the uid and gid of the command executor to run the function in the container (container functions only)
    #[arg(long = "as-current-user")]
    pub as_current_user: bool,
    /// Rewrite every image of the output to a regional mirror by this mirror map (docs/mirroring.md).
    #[arg(long = "mirror", value_name = "MAP")]
    pub mirror: Option<PathBuf>,
    /// Add app.kubernetes.io/managed-by to every resource.
    #[arg(long = "enable-managedby-label")]
    pub enable_managedby_label: bool,
    /// Fleets and CI: --targets, --target, --output-dir, --check (src/cli/diff.rs).
    #[command(flatten)]
    pub fleet: super::diff::FleetArgs,
}

impl BuildArgs {
    pub fn options(&self) -> BuildOptions {
        BuildOptions {
            dir: self.dir.clone(),
            reorder: match self.reorder {
                None | Some(ReorderArg::Unspecified) => Reorder::Unspecified,
                Some(ReorderArg::Legacy) => Reorder::Legacy,
                Some(ReorderArg::None) => Reorder::None,
            },
            load_restrictor: match self.load_restrictor {
                RestrictorArg::LoadRestrictionsRootOnly => LoadRestrictor::RootOnly,
                RestrictorArg::LoadRestrictionsNone => LoadRestrictor::None,
            },
            enable_alpha_plugins: self.enable_alpha_plugins,
            enable_exec: self.enable_exec,
            enable_helm: self.enable_helm,
            helm_command: self.helm_command.clone(),
            add_managed_by_label: self.enable_managedby_label,
            helm_api_versions: self.helm_api_versions.clone(),
            helm_kube_version: self.helm_kube_version.clone(),
            helm_debug: self.helm_debug,
            functions: crate::pipeline::FunctionOptions {
                env: self.env.clone(),
                mounts: self.mount.clone(),
                network: self.network,
                network_name: self.network_name.clone(),
                as_current_user: self.as_current_user,
            },
            ..BuildOptions::default()
        }
    }
}
