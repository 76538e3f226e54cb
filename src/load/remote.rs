//! Remote resources: git repositories named in `resources:` (or
//! `components:`), fetched with the `git` binary into a temporary directory.
//!
//! The URL syntax is kustomize v5's remote target syntax:
//!
//! * `https://host/org/repo//path/in/repo?ref=v1` — `//` separates the
//!   repository from the kustomization directory inside it;
//! * `https://host/org/repo.git/path?ref=...` — so does a `.git` suffix;
//! * `https://github.com/org/repo/path` — without a marker the repository is
//!   the first two path segments;
//! * `git@host:org/repo//path`, `ssh://git@host/org/repo.git`, scp-style with
//!   any user name (`user@host:path`);
//! * `file:///abs/repo//sub?ref=tag` — a repository on this machine (without
//!   `//` the whole path is the repository);
//! * `.../_git/repo/path` (Azure DevOps): the segment after `_git/` is the repository.
//!
//! Query parameters: `ref` (or `version`; `ref` wins) — a branch, tag or
//! commit; `timeout` — seconds (`61`) or a Go duration (`1m30s`) for each git
//! command, default 27s; `submodules` — whether to fetch submodules (default true).
//!
//! Fetching mirrors kustomize: `git init`, `git remote add origin URL`,
//! `git fetch --depth=1 origin REF` (REF defaults to `HEAD`), `git checkout
//! FETCH_HEAD`, then `git submodule update --init --recursive`. When the
//! server refuses a shallow fetch of the ref (a commit it does not advertise),
//! kforge falls back to a full fetch and checks the ref out.
use std::path::{Path, PathBuf};
use std::time::Duration;

use crate::load::error::{bail, err, Context, Result};

use crate::process::{self, ProcessError, Program, MAX_TIMEOUT};

/// A fetched remote directory; the clone lives as long as this value.
pub struct RemoteDir {
    /// The directory the entry points at inside the clone.
    pub path: PathBuf,
    /// The top of the clone (origin paths are relative to it).
    pub clone_root: PathBuf,
    /// The repository URL (credentials redacted) and ref, as
    /// `config.kubernetes.io/origin` shows them.
    pub repo: String,
    pub git_ref: String,
    /// What this tree is, for remote cycle detection.
    pub id: RemoteId,
    pub _keep: Option<process::TempDir>,
}

/// A remote tree's identity: repository, ref and directory inside it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RemoteId {
    clone_url: String,
    git_ref: String,
    path: String,
    /// The target as messages show it (credentials redacted).
    pub shown: String,
}

impl RemoteId {
    /// The identity of `spec` with the directory `path` inside the repository.
    pub fn of(spec: &RepoSpec, path: &str) -> RemoteId {
        let clean = super::loader::clean(Path::new(path)).to_string_lossy().trim_matches('/').to_string();
        let mut shown = redact(&spec.clone_url());
        if !clean.is_empty() {
            shown = format!("{shown}//{clean}");
        }
        if !spec.git_ref.is_empty() {
            shown = format!("{shown}?ref={}", spec.git_ref);
        }
        let url = spec.clone_url();
        let url = url.trim_end_matches('/');
        RemoteId {
            clone_url: url.strip_suffix(".git").unwrap_or(url).to_string(),
            git_ref: spec.git_ref.clone(),
            path: clean,
            shown,
        }
    }

    /// True when both name the same directory of the same repository at the same ref.
    pub fn same_target(&self, other: &RemoteId) -> bool {
        self.clone_url == other.clone_url && self.git_ref == other.git_ref && self.path == other.path
    }
}

/// `url` with its credentials hidden: a password becomes `xxxxx`, and for
/// http(s) a user name alone (often a token) does too. ssh user names stay.
/// Scp-like addresses (`git@host:org/repo`) carry no password.
pub fn redact(url: &str) -> String {
    match userinfo(url) {
        Some((start, info)) => {
            let hidden = redacted_userinfo(url, info);
            format!("{}{hidden}{}", &url[..start], &url[start + info.len()..])
        }
        None => url.to_string(),
    }
}

/// `text` (a message that may quote `url`) with `url`'s credentials hidden.
pub fn redact_in(text: &str, url: &str) -> String {
    match userinfo(url) {
        Some((_, info)) => {
            let hidden = redacted_userinfo(url, info);
            if hidden == info {
                return text.to_string();
            }
            let mut out = text.replace(&format!("{info}@"), &format!("{hidden}@"));
            // git may show the percent-decoded form.
            if let Some(decoded) = percent_decode(info).filter(|d| d != info) {
                out = out.replace(&format!("{decoded}@"), &format!("{hidden}@"));
            }
            out
        }
        None => text.to_string(),
    }
}

/// Start and text of the userinfo of a `scheme://userinfo@host` URL.
fn userinfo(url: &str) -> Option<(usize, &str)> {
    let start = url.find("://")? + 3;
    let rest = &url[start..];
    let authority_end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let at = rest[..authority_end].rfind('@')?;
    Some((start, &rest[..at]))
}

fn redacted_userinfo(url: &str, info: &str) -> String {
    let lower = url.to_ascii_lowercase();
    let http = lower.starts_with("http://") || lower.starts_with("https://");
    match info.split_once(':') {
        Some((user, _)) => format!("{user}:xxxxx"),
        None if http => "xxxxx".to_string(),
        None => info.to_string(),
    }
}

/// Check a ref against git's refname rules (`git check-ref-format
/// --allow-onelevel`); a commit id passes too. Anything starting with `-`
/// is refused: it would be read as an option.
pub fn check_ref(r: &str) -> Result<()> {
    let bad = |why: &str| Err(err!("invalid ref '{r}': {why}"));
    if r.starts_with('-') {
        return bad("a ref cannot start with '-'");
    }
    if r == "@" {
        return bad("'@' is not a ref");
    }
    if r.starts_with('/') || r.ends_with('/') || r.contains("//") {
        return bad("a ref cannot start or end with '/' or hold '//'");
    }
    if r.ends_with('.') || r.contains("..") || r.contains("@{") {
        return bad("a ref cannot end with '.' or hold '..' or '@{'");
    }
    if let Some(c) = r.chars().find(|c| c.is_ascii_control() || " ~^:?*[\\".contains(*c)) {
        return bad(&format!("a ref cannot hold {c:?}"));
    }
    for part in r.split('/') {
        if part.starts_with('.') || part.ends_with(".lock") {
            return bad("no part of a ref may start with '.' or end with '.lock'");
        }
    }
    Ok(())
}

impl RemoteDir {
    /// Record the repository in an origin (`repo:` and, when given, `ref:`),
    /// unless it already names one (a remote base of a remote base).
    pub fn mark_origin(&self, origin: &mut crate::yaml::Value) {
        if let crate::yaml::Value::Object(m) = origin {
            if m.contains_key("repo") {
                return;
            }
            m.insert("repo".into(), crate::yaml::Value::String(self.repo.clone()));
            if !self.git_ref.is_empty() {
                m.insert("ref".into(), crate::yaml::Value::String(self.git_ref.clone()));
            }
        }
    }
}

/// kustomize's default timeout for each git command.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(27);

/// A parsed remote target.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RepoSpec {
    /// Scheme, user and host, ready to be followed by `repo_path`
    /// (`https://github.com/`, `git@github.com:`, `file://`).
    pub host: String,
    /// The repository's path on the host (`org/repo`, `/abs/repo`).
    pub repo_path: String,
    /// The kustomization directory inside the repository (may be empty).
    pub kust_root: String,
    /// Branch, tag or commit; empty means the remote's HEAD.
    pub git_ref: String,
    pub submodules: bool,
    pub timeout: Duration,
}

impl RepoSpec {
    /// What `git remote add origin` is given (with any credentials: never show it as is).
    pub fn clone_url(&self) -> String {
        format!("{}{}", self.host, self.repo_path)
    }
}

/// Parse a remote target as kustomize does.
pub fn parse(url: &str) -> Result<RepoSpec> {
    if Path::new(url).is_absolute() {
        bail!("uri looks like abs path: {url}");
    }
    let (rest, query) = url.split_once('?').unwrap_or((url, ""));
    let (git_ref, timeout, submodules) = parse_query(query);
    if !git_ref.is_empty() {
        check_ref(&git_ref)?;
    }
    let (host, rest) = extract_host(rest)?;
    // A host or path that starts with `-` would be an option to ssh or git.
    let after_scheme = host.split_once("://").map_or(host.as_str(), |(_, h)| h);
    let after_user = after_scheme.rsplit_once('@').map_or(after_scheme, |(_, h)| h);
    if after_user.starts_with('-') || rest.starts_with('-') {
        bail!("invalid remote target: a host or path cannot start with '-'");
    }
    let all_segments = host.starts_with(FILE_SCHEME);
    let (repo_path, kust_root) = parse_path_parts(&rest, all_segments)?;
    Ok(RepoSpec { host, repo_path, kust_root, git_ref, submodules, timeout })
}

const FILE_SCHEME: &str = "file://";
const SCHEMES: [&str; 4] = ["ssh://", "https://", "http://", FILE_SCHEME];

fn strip_prefix_ignore_case<'a>(s: &'a str, prefix: &str) -> Option<&'a str> {
    let head = s.get(..prefix.len())?;
    head.eq_ignore_ascii_case(prefix).then(|| &s[prefix.len()..])
}

/// Split off scheme, user and host; what is left is the path.
fn extract_host(n: &str) -> Result<(String, String)> {
    let mut n = n;
    if let Some(rest) = strip_prefix_ignore_case(n, "git::") {
        n = rest;
    }
    let mut scheme = "";
    for s in SCHEMES {
        if let Some(rest) = strip_prefix_ignore_case(n, s) {
            scheme = s;
            n = rest;
            break;
        }
    }
    let user_len = user_prefix_len(n);
    let (user, n) = n.split_at(user_len);
    let lower = n.to_ascii_lowercase();
    let std_github = lower.starts_with("github.com/") || lower.starts_with("github.com:");
    let accept_scp = scheme.is_empty() && (!user.is_empty() || std_github);
    if scheme.is_empty() && !accept_scp {
        bail!("failed to parse scheme");
    }
    if scheme == FILE_SCHEME {
        // Everything after file:// is the path of a local repository.
        return Ok((scheme.to_string(), format!("{user}{n}")));
    }
    let mut sep = n.find('/');
    if accept_scp {
        if let Some(colon) = n.find(':') {
            if sep.is_none() || (colon > 0 && Some(colon) < sep) {
                sep = Some(colon);
            }
        }
    }
    let (mut host, rest) = match sep {
        Some(i) => (n[..=i].to_string(), &n[i + 1..]),
        None => (n.to_string(), ""),
    };
    let (mut scheme, mut user) = (scheme.to_string(), user.to_string());
    if std_github {
        if scheme.starts_with("ssh://") || !user.is_empty() {
            scheme.clear();
            host = "github.com:".into();
        } else {
            scheme = "https://".into();
            user.clear();
            host = "github.com/".into();
        }
    }
    if host.is_empty() {
        bail!("failed to parse host segment");
    }
    Ok((format!("{scheme}{user}{host}"), rest.to_string()))
}

/// Length of a leading `user@` (a letter, then letters, digits or dashes).
fn user_prefix_len(s: &str) -> usize {
    let b = s.as_bytes();
    if b.first().is_none_or(|c| !c.is_ascii_alphabetic()) {
        return 0;
    }
    let mut i = 1;
    while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'-') {
        i += 1;
    }
    if b.get(i) == Some(&b'@') {
        i + 1
    } else {
        0
    }
}

/// Split the path into the repository and the kustomization root inside it.
fn parse_path_parts(n: &str, all_segments: bool) -> Result<(String, String)> {
    let split = if let Some(i) = n.find("_git/") {
        let after = &n[i + 5..];
        let (repo, sub) = after.split_once('/').unwrap_or((after, ""));
        Some((format!("{}{}", &n[..i + 5], repo), sub.to_string()))
    } else if let Some(i) = n.find("//") {
        Some((n[..i].to_string(), n[i + 2..].to_string()))
    } else if let Some(i) = n.find(".git") {
        Some((n[..i + 4].to_string(), n[i + 4..].to_string()))
    } else if all_segments {
        Some((n.to_string(), String::new()))
    } else {
        let segs: Vec<&str> = n.split('/').collect();
        (segs.len() >= 2).then(|| (segs[..2].join("/"), segs[2..].join("/")))
    };
    let Some((repo, root)) = split.filter(|(r, _)| !r.is_empty()) else {
        bail!("failed to parse repo path segment");
    };
    if exits_repo(&root) {
        bail!("url path exits repo: {n}");
    }
    Ok((repo, root.trim_start_matches('/').to_string()))
}

/// True when a path inside the repository climbs out of it.
fn exits_repo(root: &str) -> bool {
    let mut depth: i64 = 0;
    for seg in root.trim_start_matches('/').split('/') {
        match seg {
            "" | "." => {}
            ".." => {
                depth -= 1;
                if depth < 0 {
                    return true;
                }
            }
            _ => depth += 1,
        }
    }
    false
}

/// `ref`/`version`, `timeout` and `submodules` from the query; bad values
/// fall back to the defaults, as in kustomize.
fn parse_query(query: &str) -> (String, Duration, bool) {
    let mut version = None;
    let mut git_ref = None;
    let mut timeout = None;
    let mut submodules = None;
    if query.contains(';') {
        return (String::new(), DEFAULT_TIMEOUT, true);
    }
    for pair in query.split('&').filter(|p| !p.is_empty()) {
        let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
        let (Some(k), Some(v)) = (percent_decode(k), percent_decode(v)) else {
            return (String::new(), DEFAULT_TIMEOUT, true);
        };
        // Go's url.Values.Get returns the first value of a key.
        let slot = match k.as_str() {
            "version" => &mut version,
            "ref" => &mut git_ref,
            "timeout" => &mut timeout,
            "submodules" => &mut submodules,
            _ => continue,
        };
        if slot.is_none() {
            *slot = Some(v);
        }
    }
    let version = version.unwrap_or_default();
    let git_ref = git_ref.filter(|r| !r.is_empty()).unwrap_or(version);
    let timeout = timeout
        .filter(|t| !t.is_empty())
        .and_then(|t| match t.parse::<i64>() {
            Ok(secs) if secs > 0 => Some(Duration::from_secs(secs.unsigned_abs())),
            _ => parse_go_duration(&t).filter(|d| !d.is_zero()),
        })
        .map(|d| d.min(MAX_TIMEOUT))
        .unwrap_or(DEFAULT_TIMEOUT);
    let submodules = submodules.as_deref().and_then(parse_go_bool).unwrap_or(true);
    (git_ref, timeout, submodules)
}

fn percent_decode(s: &str) -> Option<String> {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'+' => out.push(b' '),
            b'%' => {
                let hex = s.get(i + 1..i + 3)?;
                out.push(u8::from_str_radix(hex, 16).ok()?);
                i += 2;
            }
            c => out.push(c),
        }
        i += 1;
    }
    String::from_utf8(out).ok()
}

/// Go's strconv.ParseBool.
fn parse_go_bool(s: &str) -> Option<bool> {
    match s {
        "1" | "t" | "T" | "TRUE" | "true" | "True" => Some(true),
        "0" | "f" | "F" | "FALSE" | "false" | "False" => Some(false),
        _ => None,
    }
}

/// Go's time.ParseDuration for positive values (`1h2m3.5s`, `300ms`).
fn parse_go_duration(s: &str) -> Option<Duration> {
    let s = s.strip_prefix('+').unwrap_or(s);
    if s.is_empty() || s.starts_with('-') {
        return None;
    }
    let mut total = 0f64;
    let mut rest = s;
    while !rest.is_empty() {
        let num_len = rest.find(|c: char| !(c.is_ascii_digit() || c == '.')).unwrap_or(rest.len());
        if num_len == 0 {
            return None;
        }
        let value: f64 = rest[..num_len].parse().ok().filter(|v: &f64| v.is_finite())?;
        rest = &rest[num_len..];
        let unit_len = rest.find(|c: char| c.is_ascii_digit() || c == '.').unwrap_or(rest.len());
        let scale = match &rest[..unit_len] {
            "ns" => 1e-9,
            "us" | "µs" | "μs" => 1e-6,
            "ms" => 1e-3,
            "s" => 1.0,
            "m" => 60.0,
            "h" => 3600.0,
            _ => return None,
        };
        rest = &rest[unit_len..];
        total += value * scale;
    }
    // Anything longer than the cap is the cap (and never a panic).
    Some(Duration::try_from_secs_f64(total).unwrap_or(MAX_TIMEOUT).min(MAX_TIMEOUT))
}

/// What kustomize says about a `git::` prefix (which it strips).
const GIT_PREFIX_WARNING: &str = "Warning: Forcing the git protocol using the 'git::' URL prefix is not supported. Kustomize currently strips this invalid prefix, but will stop doing so in a future release. Please remove the 'git::' prefix from your configuration.";

/// Fetch a remote entry (`https://host/org/repo//path?ref=v1`, `git@...`, `file://...`).
pub fn fetch(entry: &str, warnings: &crate::warnings::Warnings) -> Result<RemoteDir> {
    warn_git_prefix(entry, warnings);
    let spec = parse(entry).with_context(|| format!("'{}' is not a valid remote target", redact(entry)))?;
    fetch_spec_for(&spec, entry)
}

/// kustomize strips a `git::` prefix and warns about it.
pub fn warn_git_prefix(entry: &str, warnings: &crate::warnings::Warnings) {
    if strip_prefix_ignore_case(entry, "git::").is_some() {
        warnings.warn(GIT_PREFIX_WARNING);
    }
}

/// Clone `spec` (parsed from `entry`), with errors naming the entry.
pub fn fetch_spec_for(spec: &RepoSpec, entry: &str) -> Result<RemoteDir> {
    let shown = redact(entry);
    fetch_spec(spec).map_err(|e| {
        let lower = entry.split('?').next().unwrap_or(entry).to_ascii_lowercase();
        let http = lower.starts_with("http://") || lower.starts_with("https://");
        if http && [".yaml", ".yml", ".json"].iter().any(|x| lower.ends_with(x)) {
            e.context(format!("cannot fetch remote resource '{shown}' as a git repository"))
        } else {
            e.context(format!("cannot fetch remote resource '{shown}'"))
        }
    })
}

/// Clone `spec` and return its kustomization directory. The clone is
/// removed when the returned value is dropped, and when kforge is
/// interrupted.
pub fn fetch_spec(spec: &RepoSpec) -> Result<RemoteDir> {
    if !spec.git_ref.is_empty() {
        check_ref(&spec.git_ref)?;
    }
    let tmp = process::temp_dir("kforge-git-").context("cannot create a temporary directory")?;
    let url = spec.clone_url();
    let git = Git { dir: tmp.path(), timeout: spec.timeout, url: &url };
    git.run(&["init", "--quiet"])?;
    // `--` (or `--end-of-options`) before every value from the URL: none
    // can be read as an option.
    git.run(&["remote", "add", "--", "origin", &url])?;
    let wanted = if spec.git_ref.is_empty() { "HEAD" } else { spec.git_ref.as_str() };
    if let Err(shallow) = git.run(&["fetch", "--depth=1", "--", "origin", wanted]) {
        // A commit the server does not advertise cannot be fetched shallowly
        // from every server: fetch everything and look the ref up locally.
        if spec.git_ref.is_empty() {
            return Err(shallow);
        }
        let full = git.run(&["fetch", "--tags", "--", "origin"]).and_then(|_| {
            git.run(&["checkout", "--quiet", "--detach", "--end-of-options", &format!("{wanted}^{{commit}}")])
        });
        if full.is_err() {
            return Err(shallow.context(format!("ref '{wanted}' not found in {}", redact(&url))));
        }
    } else {
        git.run(&["checkout", "--quiet", "--detach", "--end-of-options", "FETCH_HEAD"])?;
    }
    if spec.submodules && tmp.path().join(".gitmodules").exists() {
        git.run(&["submodule", "update", "--init", "--recursive"])?;
    }
    let clone = tmp.path().canonicalize().context("cannot resolve the clone directory")?;
    let dir = clone.join(&spec.kust_root);
    let real = dir.canonicalize().map_err(|_| err!("path '{}' does not exist in the repository", spec.kust_root))?;
    if !real.starts_with(&clone) {
        bail!("'{}' refers to directory outside of repo {}", spec.kust_root, redact(&url));
    }
    if !real.is_dir() {
        bail!("'{}' in the repository is not a directory", spec.kust_root);
    }
    let inside = real.strip_prefix(&clone).map(|p| p.to_string_lossy().into_owned()).unwrap_or_default();
    Ok(RemoteDir {
        path: real,
        clone_root: clone,
        repo: redact(&url),
        git_ref: spec.git_ref.clone(),
        id: RemoteId::of(spec, &inside),
        _keep: Some(tmp),
    })
}

/// git commands in one directory, each bounded by a timeout.
struct Git<'a> {
    dir: &'a Path,
    timeout: Duration,
    /// The repository URL, whose credentials are kept out of messages.
    url: &'a str,
}

impl Git<'_> {
    fn run(&self, args: &[&str]) -> Result<()> {
        let shown = redact_in(&format!("git {}", args.join(" ")), self.url);
        // The transport `ext::` runs commands: never allow it, whatever the
        // user's git configuration says.
        // `file` only when the user asked for it (a `file://` target), never
        // for a submodule the repository names (it would copy a local
        // repository into the clone).
        let mut all: Vec<String> =
            ["-c", "protocol.ext.allow=never", "-c", "protocol.file.allow=user"].map(String::from).to_vec();
        all.extend(args.iter().map(|a| a.to_string()));
        let env = [("GIT_TERMINAL_PROMPT".to_string(), "0".to_string())];
        let prog =
            Program { path: Path::new("git"), args: &all, dir: Some(self.dir), env: &env, timeout: self.timeout };
        let out = prog.run(None).map_err(|e| match e {
            e if e.is_not_found() => err!("no 'git' program on path: remote resources need git installed"),
            ProcessError::TimedOut { .. } => {
                err!("'{shown}' timed out after {} (raise it with ?timeout=)", process::show_duration(self.timeout))
            }
            other => err!("{}", redact_in(&other.to_string(), self.url)),
        })?;
        if !out.success {
            bail!("'{shown}' failed ({}): {}", out.status_text(), redact_in(&out.stderr_text(), self.url));
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spec(url: &str) -> (String, String, String, String) {
        let s = parse(url).unwrap_or_else(|e| panic!("{url}: {e}"));
        (s.host, s.repo_path, s.kust_root, s.git_ref)
    }

    fn t(h: &str, r: &str, p: &str, g: &str) -> (String, String, String, String) {
        (h.into(), r.into(), p.into(), g.into())
    }

    #[test]
    fn url_forms() {
        assert_eq!(
            spec("https://github.com/org/repo//path/to/dir?ref=v1"),
            t("https://github.com/", "org/repo", "path/to/dir", "v1")
        );
        assert_eq!(
            spec("https://example.com/org/repo.git/path?ref=main"),
            t("https://example.com/", "org/repo.git", "path", "main")
        );
        assert_eq!(spec("github.com/org/repo/sub/dir"), t("https://github.com/", "org/repo", "sub/dir", ""));
        assert_eq!(spec("git@github.com:org/repo//sub?version=v2"), t("git@github.com:", "org/repo", "sub", "v2"));
        assert_eq!(spec("ssh://git@github.com/org/repo.git"), t("git@github.com:", "org/repo.git", "", ""));
        assert_eq!(
            spec("ssh://git@host.example/org/repo.git//x"),
            t("ssh://git@host.example/", "org/repo.git", "x", "")
        );
        assert_eq!(
            spec("deploy@host.example:team/repo.git/app"),
            t("deploy@host.example:", "team/repo.git", "app", "")
        );
        assert_eq!(spec("file:///abs/repo//sub?ref=tag"), t("file://", "/abs/repo", "sub", "tag"));
        assert_eq!(spec("file:///abs/repo"), t("file://", "/abs/repo", "", ""));
        assert_eq!(
            spec("https://dev.azure.com/org/project/_git/repo/path/x"),
            t("https://dev.azure.com/", "org/project/_git/repo", "path/x", "")
        );
        // ref wins over version; timeout and submodules are read.
        let s = parse("https://h.example/o/r//p?version=a&ref=b&timeout=61&submodules=false").unwrap();
        assert_eq!((s.git_ref.as_str(), s.timeout, s.submodules), ("b", Duration::from_secs(61), false));
        let s = parse("https://h.example/o/r?timeout=1m30s&submodules=bogus").unwrap();
        assert_eq!((s.timeout, s.submodules), (Duration::from_secs(90), true));
        assert_eq!(parse("https://h.example/o/r?timeout=-3").unwrap().timeout, DEFAULT_TIMEOUT);
        assert_eq!(parse("https://h.example/o/r").unwrap().clone_url(), "https://h.example/o/r");
    }

    #[test]
    fn bad_urls() {
        assert!(parse("/abs/path").is_err());
        assert!(format!("{}", parse("https://h.example/o/r//../../x").unwrap_err()).contains("exits repo"));
        assert!(format!("{}", parse("https://h.example/only").unwrap_err()).contains("repo path"));
        assert!(format!("{}", parse("h.example/o/r").unwrap_err()).contains("scheme"));
    }

    #[test]
    fn refs_follow_git_rules() {
        for good in ["main", "v1.2.3", "release/1.x", "refs/pull/1/head", "0123abcd", "HEAD", "a+b"] {
            check_ref(good).unwrap_or_else(|e| panic!("{good}: {e}"));
        }
        for bad in [
            "-x",
            "--upload-pack=touch /tmp/x",
            "a..b",
            "a b",
            "a~1",
            "a^",
            "a:b",
            "a?",
            "a*",
            "a[",
            "a\\b",
            "/a",
            "a/",
            "a//b",
            ".a",
            "a/.b",
            "a.lock",
            "a.",
            "@",
            "a@{1}",
            "a\u{7f}",
            "a\tb",
        ] {
            assert!(check_ref(bad).is_err(), "{bad:?} accepted");
        }
        let e = parse("file:///r//x?ref=--upload-pack%3Dtouch%20%2Ftmp%2Fx").unwrap_err().to_string();
        assert!(e.contains("invalid ref"), "{e}");
        assert!(parse("ssh://-oProxyCommand=x/org/repo").is_err());
        assert!(parse("file://-x/repo").is_err());
    }

    #[test]
    fn credentials_are_redacted() {
        assert_eq!(redact("https://u:p4ss@h.example/o/r"), "https://u:xxxxx@h.example/o/r");
        assert_eq!(redact("https://ghp_token@h.example/o/r"), "https://xxxxx@h.example/o/r");
        assert_eq!(redact("ssh://git@h.example/o/r"), "ssh://git@h.example/o/r");
        assert_eq!(redact("ssh://git:pw@h.example/o/r"), "ssh://git:xxxxx@h.example/o/r");
        assert_eq!(redact("git@github.com:o/r"), "git@github.com:o/r");
        assert_eq!(redact("https://h.example/o/r?ref=a@b"), "https://h.example/o/r?ref=a@b");
        let msg = "fatal: unable to access 'https://u:p4ss@h.example/o/r/': 403 (u:p4ss@)";
        assert_eq!(redact_in(msg, "https://u:p4ss@h.example/o/r"), msg.replace("u:p4ss@", "u:xxxxx@"));
        assert_eq!(redact_in("x u:p%40ss@ y u:p@ss@", "https://u:p%40ss@h/o"), "x u:xxxxx@ y u:xxxxx@");
    }

    #[test]
    fn huge_timeouts_are_capped() {
        let s = parse("https://h.example/o/r?timeout=99999999999999999999s").unwrap();
        assert_eq!(s.timeout, MAX_TIMEOUT);
        assert_eq!(parse("https://h.example/o/r?timeout=1e300h").unwrap().timeout, DEFAULT_TIMEOUT);
        assert_eq!(parse("https://h.example/o/r?timeout=9223372036854775807").unwrap().timeout, MAX_TIMEOUT);
    }

    #[test]
    fn go_durations() {
        assert_eq!(parse_go_duration("1h2m3s"), Some(Duration::from_secs(3723)));
        assert_eq!(parse_go_duration("1.5s"), Some(Duration::from_millis(1500)));
        assert_eq!(parse_go_duration("10"), None);
        assert_eq!(parse_go_duration("3x"), None);
    }

    #[test]
    fn missing_repository_names_the_url() {
        let err = fetch("file:///nonexistent/kforge-repo//sub?ref=v1", &Default::default())
            .err()
            .map(|e| crate::error::chain_text(&e));
        let msg = err.unwrap_or_default();
        assert!(msg.contains("file:///nonexistent/kforge-repo//sub?ref=v1"), "{msg}");
    }
}
