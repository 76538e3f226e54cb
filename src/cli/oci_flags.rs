//! Registry transport flags shared by chart push/pull, registry and mirror commands.
use std::path::PathBuf;

use clap::Args;

use crate::oci::TransportOptions;

#[derive(Debug, Clone, Args)]
pub struct TransportArgs {
    /// Talk plain HTTP to registries (no TLS).
    #[arg(long = "plain-http")]
    pub plain_http: bool,
    /// Trust this CA certificate (PEM) for registry TLS.
    #[arg(long = "ca-file", value_name = "FILE")]
    pub ca_file: Option<PathBuf>,
    /// Do not verify registry TLS certificates.
    #[arg(long = "insecure-skip-tls-verify")]
    pub insecure_skip_tls_verify: bool,
    /// Docker config.json with registry credentials (default: $DOCKER_CONFIG/config.json or ~/.docker/config.json).
    #[arg(long = "registry-config", value_name = "FILE")]
    pub registry_config: Option<PathBuf>,
    /// Registry user name (with --password or --password-stdin).
    #[arg(short = 'u', long)]
    pub username: Option<String>,
    /// Registry password (prefer --password-stdin or `kforge registry login`).
    #[arg(short = 'p', long)]
    pub password: Option<String>,
    /// Read the registry password from standard input.
    #[arg(long = "password-stdin")]
    pub password_stdin: bool,
}

impl TransportArgs {
    pub fn options(&self) -> anyhow::Result<TransportOptions> {
        let mut password = self.password.clone();
        if self.password_stdin {
            password = Some(read_password_stdin()?);
        }
        if password.is_some() && self.username.is_none() {
            anyhow::bail!("--password needs --username");
        }
        if self.username.is_some() && password.is_none() {
            anyhow::bail!("--username needs --password or --password-stdin");
        }
        Ok(TransportOptions {
            plain_http: self.plain_http,
            plain_http_hosts: Vec::new(),
            ca_file: self.ca_file.clone(),
            insecure_skip_tls_verify: self.insecure_skip_tls_verify,
            registry_config: self.registry_config.clone(),
            username: self.username.clone(),
            password,
        })
    }
}

pub fn read_password_stdin() -> anyhow::Result<String> {
    let mut s = String::new();
    std::io::Read::read_to_string(&mut std::io::stdin(), &mut s)?;
    let s = s.trim_end_matches(['\n', '\r']).to_string();
    if s.is_empty() {
        anyhow::bail!("no password on standard input");
    }
    Ok(s)
}
