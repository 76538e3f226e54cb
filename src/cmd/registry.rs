//! `kforge registry login` / `logout`. Credentials are never printed.
use std::path::Path;

use crate::oci::{auth, OciError, RegistryClient, TransportOptions};

pub fn login(host: &str, transport: &TransportOptions) -> anyhow::Result<()> {
    let (Some(user), Some(pass)) = (&transport.username, &transport.password) else {
        anyhow::bail!("login needs a user name and a password");
    };
    let client = RegistryClient::new(transport)?;
    crate::oci::block_on_pub(client.ping(host))??;
    let path = auth::config_path(transport.registry_config.as_deref());
    auth::store(host, user, pass, &path)?;
    println!("Login Succeeded ({host}, credentials stored in {})", path.display());
    Ok(())
}

pub fn logout(host: &str, config: Option<&Path>) -> anyhow::Result<()> {
    let path = auth::config_path(config);
    if auth::erase(host, &path)? {
        println!("Removed login credentials for {host}");
        Ok(())
    } else {
        Err(OciError::Other(format!("not logged in to {host}")).into())
    }
}
