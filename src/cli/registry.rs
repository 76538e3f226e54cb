//! `kforge registry login|logout`.
use std::path::PathBuf;

use clap::{Args, Subcommand};

#[derive(Debug, Subcommand)]
pub enum RegistryCommand {
    /// Check credentials against a registry and store them in the docker config.
    Login(LoginArgs),
    /// Remove stored credentials for a registry.
    Logout(LogoutArgs),
}

#[derive(Debug, Args)]
pub struct LoginArgs {
    /// Registry host (HOST[:PORT]).
    pub host: String,
    /// Registry user name.
    #[arg(short = 'u', long)]
    pub username: String,
    /// Read the password from standard input.
    #[arg(long = "password-stdin")]
    pub password_stdin: bool,
    /// Password (visible to other users of the machine; prefer --password-stdin).
    #[arg(short = 'p', long)]
    pub password: Option<String>,
    /// Talk plain HTTP to the registry (no TLS).
    #[arg(long = "plain-http")]
    pub plain_http: bool,
    /// Trust this CA certificate (PEM) for registry TLS.
    #[arg(long = "ca-file", value_name = "FILE")]
    pub ca_file: Option<PathBuf>,
    /// Do not verify registry TLS certificates.
    #[arg(long = "insecure-skip-tls-verify")]
    pub insecure_skip_tls_verify: bool,
    /// Docker config.json to write (default: $DOCKER_CONFIG/config.json or ~/.docker/config.json).
    #[arg(long = "registry-config", value_name = "FILE")]
    pub registry_config: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct LogoutArgs {
    /// Registry host (HOST[:PORT]).
    pub host: String,
    /// Docker config.json to change (default: $DOCKER_CONFIG/config.json or ~/.docker/config.json).
    #[arg(long = "registry-config", value_name = "FILE")]
    pub registry_config: Option<PathBuf>,
}

pub fn run(cmd: &RegistryCommand) -> anyhow::Result<()> {
    match cmd {
        RegistryCommand::Login(a) => {
            let password = match (&a.password, a.password_stdin) {
                (Some(_), true) => anyhow::bail!("give --password or --password-stdin, not both"),
                (Some(p), false) => p.clone(),
                (None, true) => super::oci_flags::read_password_stdin()?,
                (None, false) => anyhow::bail!("give the password with --password-stdin"),
            };
            let transport = crate::oci::TransportOptions {
                plain_http: a.plain_http,
                ca_file: a.ca_file.clone(),
                insecure_skip_tls_verify: a.insecure_skip_tls_verify,
                registry_config: a.registry_config.clone(),
                username: Some(a.username.clone()),
                password: Some(password),
                ..Default::default()
            };
            crate::cmd::registry::login(&a.host, &transport)
        }
        RegistryCommand::Logout(a) => crate::cmd::registry::logout(&a.host, a.registry_config.as_deref()),
    }
}
