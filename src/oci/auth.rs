//! Registry credentials from docker's `config.json`: `auths` entries,
//! per-registry `credHelpers` and a default `credsStore` (both run the
//! `docker-credential-<name>` program the user configured), and
//! `registry login` / `logout` writing that file.
use std::fmt;
use std::path::{Path, PathBuf};
use std::time::Duration;

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

/// The environment variable that bounds how long a credential helper may
/// run (seconds, fractions allowed; default [`DEFAULT_HELPER_TIMEOUT`]).
pub const HELPER_TIMEOUT_ENV: &str = "KFORGE_CREDENTIAL_HELPER_TIMEOUT";
/// A credential helper's default deadline: 60 s.
pub const DEFAULT_HELPER_TIMEOUT: Duration = Duration::from_secs(60);
/// The most a credential helper may write to stdout or stderr: 1 MiB (an
/// answer is a few hundred bytes).
pub const HELPER_MAX_OUTPUT: u64 = 1 << 20;

fn helper_timeout() -> Result<Duration, OciError> {
    match std::env::var(HELPER_TIMEOUT_ENV) {
        Ok(s) if !s.trim().is_empty() => {
            crate::process::seconds(HELPER_TIMEOUT_ENV, &s).map_err(|e| OciError::Other(e.to_string()))
        }
        _ => Ok(DEFAULT_HELPER_TIMEOUT),
    }
}

/// Run `docker-credential-<helper> <verb>` (looked up on PATH) with `input`
/// on stdin, through the process runner: own process group, killed with
/// what it started after [`helper_timeout`] or past [`HELPER_MAX_OUTPUT`],
/// removed on SIGINT/SIGTERM.
fn run_helper(helper: &str, verb: &str, input: &str) -> Result<HelperRun, OciError> {
    if helper.is_empty() || !helper.bytes().all(|b| b.is_ascii_alphanumeric() || b"-_.".contains(&b)) {
        return Err(OciError::CredentialHelper { helper: helper.to_string(), message: "invalid helper name".into() });
    }
    let program = PathBuf::from(format!("docker-credential-{helper}"));
    run_helper_program(helper, &program, verb, input, helper_timeout()?)
}

/// [`run_helper`] with the program and deadline given. Errors name the
/// helper and never hold what it printed (it may be a credential) nor
/// `input` (it may hold the secret being stored).
fn run_helper_program(
    helper: &str,
    program: &Path,
    verb: &str,
    input: &str,
    timeout: Duration,
) -> Result<HelperRun, OciError> {
    use crate::process::{ProcessError, Program};
    let err = |m: String| OciError::CredentialHelper { helper: helper.to_string(), message: m };
    let shown = program.display();
    // The verb is one of ours; everything the user gave goes on stdin.
    let args = [verb.to_string()];
    let limit = HELPER_MAX_OUTPUT.min(crate::process::max_output().unwrap_or(HELPER_MAX_OUTPUT));
    let out = Program { path: program, args: &args, dir: None, env: &[], timeout }
        .run_capped(Some(input.as_bytes()), limit)
        .map_err(|e| match e {
            ProcessError::TimedOut { timeout, .. } => err(format!(
                "`{shown} {verb}` did not finish within {} and was killed (raise it with {HELPER_TIMEOUT_ENV})",
                crate::process::show_duration(timeout)
            )),
            ProcessError::OutputTooLarge { stream, limit, .. } => err(format!(
                "`{shown} {verb}` wrote more than {} to {stream} and was killed",
                crate::process::show_size(limit)
            )),
            e if e.is_not_found() => err(format!("cannot run {shown}: not found on PATH")),
            ProcessError::Spawn { source, .. } => err(format!("cannot run {shown}: {source}")),
            other => err(format!("`{shown} {verb}`: {other}")),
        })?;
    let stdout = String::from_utf8_lossy(&out.stdout).trim().to_string();
    Ok(HelperRun { success: out.success, status: out.status_text(), stdout })
}

/// What a credential helper answered.
struct HelperRun {
    success: bool,
    /// `exit status N`: what errors show (never the output).
    status: String,
    stdout: String,
}

fn helper_get(helper: &str, server: &str) -> Result<Credential, OciError> {
    let run = run_helper(helper, "get", server)?;
    let stdout = run.stdout;
    if !run.success {
        // The helper protocol answers "credentials not found" on stdout with a failure status.
        if stdout.to_ascii_lowercase().contains("credentials not found") {
            return Ok(Credential::Anonymous);
        }
        return Err(OciError::CredentialHelper {
            helper: helper.to_string(),
            message: format!("`get` failed for {server} ({})", run.status),
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
    // Written beside and renamed (removed if kforge is interrupted),
    // readable by the owner only: the file holds secrets.
    crate::fsutil::write_private(path, text.as_bytes()).map_err(err)
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
        let run = run_helper(&helper, "store", &input)?;
        if !run.success {
            return Err(OciError::CredentialHelper {
                helper,
                message: format!("`store` failed for {key} ({})", run.status),
            });
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
        found |= run_helper(&helper, "erase", &canonical_key(host))?.success;
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

    /// An executable script `docker-credential-<name>` in `dir`.
    #[cfg(unix)]
    fn helper_script(dir: &Path, name: &str, body: &str) -> PathBuf {
        use std::os::unix::fs::PermissionsExt;
        let p = dir.join(format!("docker-credential-{name}"));
        std::fs::write(&p, format!("#!/bin/sh\n{body}\n")).unwrap();
        std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o755)).unwrap();
        p
    }

    #[test]
    #[cfg(unix)]
    fn a_hanging_helper_is_killed_with_an_error_naming_it() {
        let dir = tempfile::tempdir().unwrap();
        let marker = dir.path().join("late");
        // Reads the request (a secret when storing), then hangs; its child
        // would leave a marker if it outlived the deadline.
        let prog = helper_script(
            dir.path(),
            "hang",
            &format!("cat >/dev/null; (sleep 2; touch '{}') & sleep 60", marker.display()),
        );
        let start = std::time::Instant::now();
        let input = r#"{"ServerURL":"r.example","Username":"alice","Secret":"hunter2-secret"}"#;
        let e = run_helper_program("hang", &prog, "store", input, Duration::from_millis(300)).err().unwrap();
        assert!(start.elapsed() < Duration::from_secs(10), "waited {:?}", start.elapsed());
        let text = e.to_string();
        assert!(text.starts_with("credential helper docker-credential-hang: "), "{text}");
        assert!(text.contains("did not finish within 0.300s and was killed"), "{text}");
        assert!(text.contains(HELPER_TIMEOUT_ENV), "{text}");
        assert!(!text.contains("hunter2") && !text.contains("alice"), "{text}");
        std::thread::sleep(Duration::from_millis(2500));
        assert!(!marker.exists(), "the helper's child outlived the timeout");
    }

    #[test]
    #[cfg(unix)]
    fn a_helper_printing_without_end_is_cut_off() {
        let dir = tempfile::tempdir().unwrap();
        let prog = helper_script(dir.path(), "flood", "yes hunter2-secret");
        let start = std::time::Instant::now();
        let e = run_helper_program("flood", &prog, "get", "r.example", Duration::from_secs(60)).err().unwrap();
        assert!(start.elapsed() < Duration::from_secs(30));
        let text = e.to_string();
        assert!(text.contains("docker-credential-flood"), "{text}");
        assert!(text.contains("wrote more than 1 MiB to stdout and was killed"), "{text}");
        assert!(!text.contains("hunter2"), "{text}");
        // Just under the bound is an answer (here not JSON, so refused
        // without echoing it).
        let prog = helper_script(dir.path(), "big", "head -c 1048000 /dev/zero | tr '\\0' x; exit 0");
        let run = run_helper_program("big", &prog, "get", "r.example", Duration::from_secs(60)).unwrap();
        assert!(run.success);
        assert_eq!(run.stdout.len(), 1048000);
    }

    #[test]
    #[cfg(unix)]
    fn helper_answers_and_failures_never_show_credentials() {
        let dir = tempfile::tempdir().unwrap();
        // A good answer.
        let ok = helper_script(
            dir.path(),
            "ok",
            r#"read server; echo "{\"ServerURL\":\"$server\",\"Username\":\"alice\",\"Secret\":\"hunter2-secret\"}""#,
        );
        let run = run_helper_program("ok", &ok, "get", "r.example\n", Duration::from_secs(30)).unwrap();
        assert!(run.success && run.stdout.contains("hunter2-secret"));
        // A failing helper that prints the secret it was given: the error
        // shows the status only.
        let leak = helper_script(dir.path(), "leak", "cat; cat >&2; exit 7");
        let input = r#"{"ServerURL":"r.example","Username":"alice","Secret":"hunter2-secret"}"#;
        let run = run_helper_program("leak", &leak, "store", input, Duration::from_secs(30)).unwrap();
        assert!(!run.success);
        assert_eq!(run.status, "exit status 7");
        // A missing helper.
        let e =
            run_helper_program("nope", &dir.path().join("docker-credential-nope"), "get", "x", Duration::from_secs(5))
                .err()
                .unwrap()
                .to_string();
        assert!(e.contains("docker-credential-nope") && e.contains("cannot run"), "{e}");
        // Names that are not a plain word never reach a command line.
        for bad in ["", "a/b", "a b", "../x", "x;y"] {
            let e = run_helper(bad, "get", "x").err().unwrap().to_string();
            assert!(e.contains("invalid helper name"), "{bad:?}: {e}");
        }
    }

    #[test]
    fn debug_hides_secrets() {
        let c = Credential::Basic { username: "alice".into(), password: "hunter2".into() };
        assert!(!format!("{c:?}").contains("hunter2"));
        assert!(!format!("{:?}", Credential::IdentityToken("tok".into())).contains("tok)"));
    }
}
