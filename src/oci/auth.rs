//! Registry credentials from docker's `config.json`: `auths` entries,
//! per-registry `credHelpers` and a default `credsStore` (both run the
//! `docker-credential-<name>` program the user configured), and
//! `registry login` / `logout` writing that file.
use std::fmt;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use base64::Engine;
use serde_json::{Map, Value};

use super::OciError;

/// Credentials for one registry. `Debug` never shows secrets.
#[derive(Clone, PartialEq, Eq, Default)]
pub enum Credential {
    #[default]
    Anonymous,
    Basic {
        username: String,
        password: String,
    },
    /// An OAuth2 refresh token (docker's `identitytoken`), exchanged for bearer tokens.
    IdentityToken(String),
}

impl fmt::Debug for Credential {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Credential::Anonymous => write!(f, "Anonymous"),
            Credential::Basic { username, .. } => write!(f, "Basic({username}, <redacted>)"),
            Credential::IdentityToken(_) => write!(f, "IdentityToken(<redacted>)"),
        }
    }
}

/// The docker config file to use: the explicit one, `$DOCKER_CONFIG/config.json`,
/// or `~/.docker/config.json`.
pub fn config_path(explicit: Option<&Path>) -> PathBuf {
    if let Some(p) = explicit {
        return p.to_path_buf();
    }
    if let Some(dir) = std::env::var_os("DOCKER_CONFIG").filter(|d| !d.is_empty()) {
        return PathBuf::from(dir).join("config.json");
    }
    let home = std::env::var_os("HOME").map(PathBuf::from).unwrap_or_else(|| PathBuf::from("."));
    home.join(".docker").join("config.json")
}

/// The key docker files a registry under (Docker Hub's historical URL).
fn canonical_key(host: &str) -> String {
    match host {
        "docker.io" | "index.docker.io" | "registry-1.docker.io" => "https://index.docker.io/v1/".to_string(),
        h => h.to_string(),
    }
}

/// `https://host:port/v1/` and friends → `host:port`.
fn normalize_key(key: &str) -> String {
    let k = key.trim_start_matches("https://").trim_start_matches("http://");
    let k = k.split('/').next().unwrap_or(k);
    match k {
        "index.docker.io" | "registry-1.docker.io" | "docker.io" => "docker.io".to_string(),
        other => other.to_string(),
    }
}

fn same_registry(key: &str, host: &str) -> bool {
    normalize_key(key) == normalize_key(host)
}

fn read_config(path: &Path) -> Result<Option<Map<String, Value>>, OciError> {
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(OciError::Config { path: path.to_path_buf(), message: e.to_string() }),
    };
    if text.trim().is_empty() {
        return Ok(Some(Map::new()));
    }
    match serde_json::from_str::<Value>(&text) {
        Ok(Value::Object(m)) => Ok(Some(m)),
        Ok(_) => Err(OciError::Config { path: path.to_path_buf(), message: "not a JSON object".into() }),
        Err(e) => Err(OciError::Config { path: path.to_path_buf(), message: format!("invalid JSON: {e}") }),
    }
}

/// Finds credentials for `host` in the docker config file. A missing file
/// means anonymous access.
pub fn resolve(host: &str, config: &Path) -> Result<Credential, OciError> {
    let Some(cfg) = read_config(config)? else {
        return Ok(Credential::Anonymous);
    };
    if let Some(Value::Object(helpers)) = cfg.get("credHelpers") {
        for (key, helper) in helpers {
            if same_registry(key, host) {
                let helper = helper.as_str().ok_or_else(|| OciError::Config {
                    path: config.to_path_buf(),
                    message: format!("credHelpers.{key} must be a string"),
                })?;
                return helper_get(helper, &canonical_key(host));
            }
        }
    }
    if let Some(Value::Object(auths)) = cfg.get("auths") {
        for (key, entry) in auths {
            if !same_registry(key, host) {
                continue;
            }
            if let Some(c) = auth_entry(entry, key, config)? {
                return Ok(c);
            }
        }
    }
    if let Some(store) = cfg.get("credsStore").and_then(Value::as_str).filter(|s| !s.is_empty()) {
        return helper_get(store, &canonical_key(host));
    }
    Ok(Credential::Anonymous)
}

fn auth_entry(entry: &Value, key: &str, config: &Path) -> Result<Option<Credential>, OciError> {
    let field = |name: &str| entry.get(name).and_then(Value::as_str).filter(|s| !s.is_empty());
    if let Some(tok) = field("identitytoken") {
        return Ok(Some(Credential::IdentityToken(tok.to_string())));
    }
    if let Some(auth) = field("auth") {
        let bad = || OciError::Config {
            path: config.to_path_buf(),
            message: format!("auths.{key}.auth is not base64 of USER:PASSWORD"),
        };
        let raw = base64::engine::general_purpose::STANDARD.decode(auth.trim()).map_err(|_| bad())?;
        let text = String::from_utf8(raw).map_err(|_| bad())?;
        let (u, p) = text.split_once(':').ok_or_else(bad)?;
        return Ok(Some(Credential::Basic { username: u.to_string(), password: p.to_string() }));
    }
    if let (Some(u), Some(p)) = (field("username"), field("password")) {
        return Ok(Some(Credential::Basic { username: u.to_string(), password: p.to_string() }));
    }
    Ok(None)
}

fn run_helper(helper: &str, verb: &str, input: &str) -> Result<(bool, String), OciError> {
    if helper.is_empty() || !helper.bytes().all(|b| b.is_ascii_alphanumeric() || b"-_.".contains(&b)) {
        return Err(OciError::CredentialHelper { helper: helper.to_string(), message: "invalid helper name".into() });
    }
    let program = format!("docker-credential-{helper}");
    let err = |m: String| OciError::CredentialHelper { helper: helper.to_string(), message: m };
    let mut child = Command::new(&program)
        .arg(verb)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| err(format!("cannot run {program}: {e}")))?;
    if let Some(mut stdin) = child.stdin.take() {
        stdin.write_all(input.as_bytes()).map_err(|e| err(format!("writing to {program}: {e}")))?;
    }
    let out = child.wait_with_output().map_err(|e| err(format!("waiting for {program}: {e}")))?;
    let stdout = String::from_utf8_lossy(&out.stdout).trim().to_string();
    Ok((out.status.success(), stdout))
}

fn helper_get(helper: &str, server: &str) -> Result<Credential, OciError> {
    let (ok, stdout) = run_helper(helper, "get", server)?;
    if !ok {
        // The helper protocol answers "credentials not found" on stdout with a failure status.
        if stdout.to_ascii_lowercase().contains("credentials not found") {
            return Ok(Credential::Anonymous);
        }
        return Err(OciError::CredentialHelper {
            helper: helper.to_string(),
            message: format!("`get` failed for {server}"),
        });
    }
    let v: Value = serde_json::from_str(&stdout).map_err(|_| OciError::CredentialHelper {
        helper: helper.to_string(),
        message: "`get` did not print a JSON object with Username and Secret".into(),
    })?;
    let user = v.get("Username").and_then(Value::as_str).unwrap_or("");
    let secret = v.get("Secret").and_then(Value::as_str).unwrap_or("");
    if secret.is_empty() {
        return Ok(Credential::Anonymous);
    }
    if user == "<token>" {
        return Ok(Credential::IdentityToken(secret.to_string()));
    }
    Ok(Credential::Basic { username: user.to_string(), password: secret.to_string() })
}

fn write_config(path: &Path, cfg: &Map<String, Value>) -> Result<(), OciError> {
    let err = |e: std::io::Error| OciError::Config { path: path.to_path_buf(), message: e.to_string() };
    let dir = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir).map_err(err)?;
    let mut text = serde_json::to_string_pretty(&Value::Object(cfg.clone()))
        .map_err(|e| OciError::Config { path: path.to_path_buf(), message: e.to_string() })?;
    text.push('\n');
    // Write beside and rename, readable by the owner only: the file holds secrets.
    let mut tmp = tempfile::NamedTempFile::new_in(dir).map_err(err)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let _ = std::fs::set_permissions(tmp.path(), std::fs::Permissions::from_mode(0o600));
    }
    tmp.write_all(text.as_bytes()).map_err(err)?;
    tmp.persist(path).map_err(|e| err(e.error))?;
    Ok(())
}

/// Stores credentials for `host`: through the configured credential helper or
/// store when there is one, else base64 in `auths` (as docker does).
pub fn store(host: &str, username: &str, password: &str, config: &Path) -> Result<(), OciError> {
    let mut cfg = read_config(config)?.unwrap_or_default();
    let helper = cfg
        .get("credHelpers")
        .and_then(Value::as_object)
        .and_then(|h| h.iter().find(|(k, _)| same_registry(k, host)).and_then(|(_, v)| v.as_str()))
        .or_else(|| cfg.get("credsStore").and_then(Value::as_str).filter(|s| !s.is_empty()))
        .map(str::to_string);
    let key = canonical_key(host);
    if let Some(helper) = helper {
        let input = serde_json::json!({"ServerURL": key, "Username": username, "Secret": password}).to_string();
        let (ok, _) = run_helper(&helper, "store", &input)?;
        if !ok {
            return Err(OciError::CredentialHelper { helper, message: format!("`store` failed for {key}") });
        }
        return Ok(());
    }
    let auths = cfg.entry("auths").or_insert_with(|| Value::Object(Map::new()));
    let Value::Object(auths) = auths else {
        return Err(OciError::Config { path: config.to_path_buf(), message: "auths must be an object".into() });
    };
    auths.retain(|k, _| !same_registry(k, host));
    let enc = base64::engine::general_purpose::STANDARD.encode(format!("{username}:{password}"));
    auths.insert(key, serde_json::json!({ "auth": enc }));
    write_config(config, &cfg)
}

/// Removes stored credentials for `host`. Returns false when there were none.
pub fn erase(host: &str, config: &Path) -> Result<bool, OciError> {
    let Some(mut cfg) = read_config(config)? else {
        return Ok(false);
    };
    let helper = cfg
        .get("credHelpers")
        .and_then(Value::as_object)
        .and_then(|h| h.iter().find(|(k, _)| same_registry(k, host)).and_then(|(_, v)| v.as_str()))
        .or_else(|| cfg.get("credsStore").and_then(Value::as_str).filter(|s| !s.is_empty()))
        .map(str::to_string);
    let mut found = false;
    if let Some(helper) = helper {
        let (ok, _) = run_helper(&helper, "erase", &canonical_key(host))?;
        found |= ok;
    }
    if let Some(Value::Object(auths)) = cfg.get_mut("auths") {
        let before = auths.len();
        auths.retain(|k, _| !same_registry(k, host));
        if auths.len() != before {
            found = true;
            write_config(config, &cfg)?;
        }
    }
    Ok(found)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn auths_entries_and_login_round_trip() {
        let dir = tempfile::tempdir().unwrap();
        let cfg = dir.path().join("config.json");
        assert_eq!(resolve("r.example:5000", &cfg).unwrap(), Credential::Anonymous);
        store("r.example:5000", "alice", "s3cret:x", &cfg).unwrap();
        assert_eq!(
            resolve("r.example:5000", &cfg).unwrap(),
            Credential::Basic { username: "alice".into(), password: "s3cret:x".into() }
        );
        assert_eq!(resolve("other:5000", &cfg).unwrap(), Credential::Anonymous);
        assert!(erase("r.example:5000", &cfg).unwrap());
        assert!(!erase("r.example:5000", &cfg).unwrap());
        assert_eq!(resolve("r.example:5000", &cfg).unwrap(), Credential::Anonymous);

        std::fs::write(
            &cfg,
            r#"{"auths":{"https://index.docker.io/v1/":{"username":"u","password":"p"},"q.io":{"identitytoken":"tok"}}}"#,
        )
        .unwrap();
        assert_eq!(
            resolve("docker.io", &cfg).unwrap(),
            Credential::Basic { username: "u".into(), password: "p".into() }
        );
        assert_eq!(resolve("q.io", &cfg).unwrap(), Credential::IdentityToken("tok".into()));
        std::fs::write(&cfg, r#"{"auths":{"x.io":{"auth":"!!"}}}"#).unwrap();
        let e = resolve("x.io", &cfg).unwrap_err().to_string();
        assert!(e.contains("auths.x.io.auth"), "{e}");
        std::fs::write(&cfg, "{").unwrap();
        assert!(resolve("x.io", &cfg).unwrap_err().to_string().contains("invalid JSON"));
    }

    #[test]
    fn debug_hides_secrets() {
        let c = Credential::Basic { username: "alice".into(), password: "hunter2".into() };
        assert!(!format!("{c:?}").contains("hunter2"));
        assert!(!format!("{:?}", Credential::IdentityToken("tok".into())).contains("tok)"));
    }
}
