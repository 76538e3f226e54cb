//! Attacks from untrusted trees, reproduced with local `file://` repositories
//! and a loopback git server (`git http-backend` behind a small HTTP server
//! started here). Each test checks the refusal, that nothing ran (marker
//! files), that nothing leaked (secrets absent from stdout and stderr) and
//! that nothing is left in the temporary directory kforge was given.
#![cfg(unix)]
mod registry_support;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

const SECRET: &str = "hunter2-db-pass";

fn git(dir: &Path, args: &[&str]) -> String {
    let out = Command::new("git")
        .args(["-c", "user.name=kforge", "-c", "user.email=kforge@example.com", "-c", "commit.gpgsign=false"])
        .args(args)
        .current_dir(dir)
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .output()
        .expect("git must be installed to run the security tests");
    assert!(out.status.success(), "git {args:?}: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8_lossy(&out.stdout).trim().to_string()
}

fn write(path: &Path, text: &str) {
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}

fn symlink(target: &Path, link: &Path) {
    std::fs::create_dir_all(link.parent().unwrap()).unwrap();
    std::os::unix::fs::symlink(target, link).unwrap();
}

/// A sandbox: a repository, a private temporary directory for kforge, a
/// directory of local secrets, and a marker path that must never appear.
struct Lab {
    _tmp: tempfile::TempDir,
    root: PathBuf,
    repo: PathBuf,
    kforge_tmp: PathBuf,
    secrets: PathBuf,
    marker: PathBuf,
}

fn lab() -> Lab {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().canonicalize().unwrap();
    let repo = root.join("repo");
    std::fs::create_dir_all(&repo).unwrap();
    git(&repo, &["init", "-q"]);
    git(&repo, &["checkout", "-q", "-b", "main"]);
    write(&repo.join("base/kustomization.yaml"), "resources:\n- cm.yaml\n");
    write(&repo.join("base/cm.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: from-repo\n");
    git(&repo, &["add", "-A"]);
    git(&repo, &["commit", "-qm", "one"]);
    // The user's local secrets, and a kustomization that would put them in a Secret.
    let secrets = root.join("home/user/secrets");
    write(&secrets.join("db-pass.txt"), SECRET);
    write(&secrets.join("kustomization.yaml"), "secretGenerator:\n- name: stolen\n  files:\n  - db-pass.txt\n");
    let kforge_tmp = root.join("kforge-tmp");
    std::fs::create_dir_all(&kforge_tmp).unwrap();
    let marker = root.join("PWNED");
    Lab { _tmp: tmp, root, repo, kforge_tmp, secrets, marker }
}

impl Lab {
    fn url(&self, rest: &str) -> String {
        format!("file://{}{rest}", self.repo.display())
    }

    /// Commit `files` (path, text) into the repository.
    fn commit(&self, files: &[(&str, &str)]) {
        for (p, t) in files {
            write(&self.repo.join(p), t);
        }
        git(&self.repo, &["add", "-A"]);
        git(&self.repo, &["commit", "-qm", "more"]);
    }

    fn kforge(&self) -> Command {
        let mut c = Command::new(env!("CARGO_BIN_EXE_kforge"));
        c.env("TMPDIR", &self.kforge_tmp)
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .env_remove("KUSTOMIZE_PLUGIN_HOME")
            .env_remove("KFORGE_FN_TIMEOUT")
            .env_remove("KFORGE_HELM_TIMEOUT")
            .env_remove("KFORGE_MAX_OUTPUT");
        c
    }

    /// `kforge build` of an overlay holding `kustomization`.
    fn build(&self, kustomization: &str, flags: &[&str]) -> Output {
        let dir = self.root.join("overlay");
        let _ = std::fs::remove_dir_all(&dir);
        write(&dir.join("kustomization.yaml"), kustomization);
        self.kforge().arg("build").arg(&dir).args(flags).output().unwrap()
    }

    /// The build failed with `want` in its message, ran nothing, leaked
    /// nothing and left nothing behind.
    fn refused(&self, out: &Output, want: &str) {
        let stdout = String::from_utf8_lossy(&out.stdout);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "expected a refusal (exit 1)\nstdout: {stdout}\nstderr: {stderr}");
        assert!(stderr.contains(want), "expected {want:?} in:\n{stderr}");
        self.clean(out);
    }

    /// Nothing ran, leaked or stayed behind.
    fn clean(&self, out: &Output) {
        let all = format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
        assert!(!self.marker.exists(), "a command ran: {} exists", self.marker.display());
        assert!(!all.contains(SECRET), "a local secret leaked:\n{all}");
        let left: Vec<_> = std::fs::read_dir(&self.kforge_tmp).unwrap().map(|e| e.unwrap().path()).collect();
        assert!(left.is_empty(), "left in the temporary directory: {left:?}");
    }
}

fn pct(s: &str) -> String {
    s.bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || b"-_.".contains(&b) {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}

// ---------------------------------------------------------------------------
// A loopback git server: `git http-backend` as a CGI program.

struct GitServer {
    port: u16,
}

fn http_backend() -> PathBuf {
    let exec = Command::new("git").arg("--exec-path").output().expect("git must be installed");
    let p = PathBuf::from(String::from_utf8_lossy(&exec.stdout).trim()).join("git-http-backend");
    assert!(p.is_file(), "git-http-backend not found at {}", p.display());
    p
}

/// Serve the repositories under `root` at `http://127.0.0.1:PORT/NAME`.
fn git_server(root: &Path) -> GitServer {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let root = root.to_path_buf();
    let backend = http_backend();
    std::thread::spawn(move || {
        for s in listener.incoming().flatten() {
            let (root, backend) = (root.clone(), backend.clone());
            std::thread::spawn(move || {
                let _ = serve_cgi(s, &root, &backend);
            });
        }
    });
    GitServer { port }
}

fn serve_cgi(stream: TcpStream, root: &Path, backend: &Path) -> std::io::Result<()> {
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut line = String::new();
    reader.read_line(&mut line)?;
    let mut parts = line.split_whitespace();
    let (method, target) = (parts.next().unwrap_or("GET").to_string(), parts.next().unwrap_or("/").to_string());
    let mut headers = Vec::new();
    loop {
        let mut h = String::new();
        if reader.read_line(&mut h)? == 0 || h.trim().is_empty() {
            break;
        }
        if let Some((k, v)) = h.split_once(':') {
            headers.push((k.trim().to_ascii_lowercase(), v.trim().to_string()));
        }
    }
    let header = |k: &str| headers.iter().find(|(n, _)| n == k).map(|(_, v)| v.clone());
    let mut body = Vec::new();
    if let Some(n) = header("content-length").and_then(|n| n.parse::<usize>().ok()) {
        body.resize(n, 0);
        reader.read_exact(&mut body)?;
    } else if header("transfer-encoding").is_some_and(|t| t.contains("chunked")) {
        loop {
            let mut size = String::new();
            reader.read_line(&mut size)?;
            let n = usize::from_str_radix(size.trim(), 16).unwrap_or(0);
            let mut chunk = vec![0; n + 2];
            reader.read_exact(&mut chunk)?;
            if n == 0 {
                break;
            }
            body.extend_from_slice(&chunk[..n]);
        }
    }
    let (path, query) = target.split_once('?').unwrap_or((&target, ""));
    let mut cmd = Command::new(backend);
    cmd.env_clear()
        .env("GIT_PROJECT_ROOT", root)
        .env("GIT_HTTP_EXPORT_ALL", "1")
        .env("REQUEST_METHOD", &method)
        .env("PATH_INFO", path)
        .env("QUERY_STRING", query)
        .env("CONTENT_LENGTH", body.len().to_string())
        .env("REMOTE_ADDR", "127.0.0.1")
        .env("PATH", std::env::var_os("PATH").unwrap_or_default());
    if let Some(t) = header("content-type") {
        cmd.env("CONTENT_TYPE", t);
    }
    if let Some(e) = header("content-encoding") {
        cmd.env("HTTP_CONTENT_ENCODING", e);
    }
    if let Some(p) = header("git-protocol") {
        cmd.env("GIT_PROTOCOL", p);
    }
    let mut child = cmd.stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::null()).spawn()?;
    child.stdin.take().unwrap().write_all(&body)?;
    let out = child.wait_with_output()?;
    let text = out.stdout;
    let split = text
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .map(|i| (i, 4))
        .or_else(|| text.windows(2).position(|w| w == b"\n\n").map(|i| (i, 2)));
    let (head, rest) = match split {
        Some((i, n)) => (String::from_utf8_lossy(&text[..i]).into_owned(), &text[i + n..]),
        None => (String::new(), &text[..]),
    };
    let mut status = "200 OK".to_string();
    let mut out_headers = String::new();
    for h in head.lines() {
        match h.split_once(':') {
            Some((k, v)) if k.eq_ignore_ascii_case("status") => status = v.trim().to_string(),
            _ => out_headers.push_str(&format!("{h}\r\n")),
        }
    }
    let mut s = stream;
    s.write_all(format!("HTTP/1.1 {status}\r\n{out_headers}Connection: close\r\n\r\n").as_bytes())?;
    s.write_all(rest)?;
    s.flush()
}

/// A server that never answers git (requests for `info/refs`) and answers
/// anything else (kforge's first try of an http URL as a file) with 404;
/// counts the stalled connections the client closed.
fn stalled_server() -> (u16, Arc<AtomicUsize>, Arc<AtomicBool>) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let closed = Arc::new(AtomicUsize::new(0));
    let accepted = Arc::new(AtomicBool::new(false));
    let (c, a) = (closed.clone(), accepted.clone());
    std::thread::spawn(move || {
        for mut s in listener.incoming().flatten() {
            let (a, c) = (a.clone(), c.clone());
            std::thread::spawn(move || {
                let mut buf = [0u8; 4096];
                let n = s.read(&mut buf).unwrap_or(0);
                if !String::from_utf8_lossy(&buf[..n]).contains("info/refs") {
                    let _ = s.write_all(b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                    return;
                }
                a.store(true, Ordering::SeqCst);
                // Read until the client goes away.
                while matches!(s.read(&mut buf), Ok(n) if n > 0) {}
                c.fetch_add(1, Ordering::SeqCst);
            });
        }
    });
    (port, closed, accepted)
}

fn wait_until(what: &str, limit: Duration, mut f: impl FnMut() -> bool) {
    let start = Instant::now();
    while !f() {
        assert!(start.elapsed() < limit, "timed out waiting for {what}");
        std::thread::sleep(Duration::from_millis(50));
    }
}

// ---------------------------------------------------------------------------
// 1. Command execution through ?ref= and values that reach command lines.

#[test]
fn ref_cannot_inject_git_options() {
    let l = lab();
    let bare = l.root.join("srv/repo.git");
    git(&l.root, &["clone", "-q", "--bare", l.repo.to_str().unwrap(), bare.to_str().unwrap()]);
    let server = git_server(&l.root.join("srv"));
    let evil_ref = pct(&format!("--upload-pack=touch {};false", l.marker.display()));
    for url in [
        l.url(&format!("//base?ref={evil_ref}")),
        format!("http://127.0.0.1:{}/repo.git//base?ref={evil_ref}", server.port),
    ] {
        l.refused(&l.build(&format!("resources:\n- {url}\n"), &[]), "invalid ref");
        // The same as the target of the build itself.
        let out = l.kforge().arg("build").arg(&url).output().unwrap();
        l.refused(&out, "invalid ref");
    }
    for bad in ["a..b", "x:y", "-x", "a b", "a~1", "x.lock", "@", "a//b", "a\\b", "/a", "a/"] {
        let out = l.build(&format!("resources:\n- {}\n", l.url(&format!("//base?ref={}", pct(bad)))), &[]);
        l.refused(&out, "invalid ref");
    }
    // A good ref through the loopback server still works.
    git(&bare, &["tag", "v1", "main"]);
    let out = l.build(&format!("resources:\n- http://127.0.0.1:{}/repo.git//base?ref=v1\n", server.port), &[]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8_lossy(&out.stdout).contains("name: from-repo"));
    l.clean(&out);
}

/// A fake helm that answers `version`, records its arguments, and creates
/// the marker if any argument is an option it was not meant to get.
fn fake_helm(l: &Lab, pull: &str) -> PathBuf {
    let p = l.root.join("bin/helm");
    write(
        &p,
        &format!(
            "#!/bin/sh\nfor a in \"$@\"; do case \"$a\" in --post-renderer*) touch '{m}';; esac; done\n\
             case \"$1\" in version) echo v3.14.0;; pull) {pull};; template) echo 'apiVersion: v1'; echo 'kind: ConfigMap'; echo 'metadata: {{name: rendered}}';; esac\n",
            m = l.marker.display()
        ),
    );
    let mut perm = std::fs::metadata(&p).unwrap().permissions();
    std::os::unix::fs::PermissionsExt::set_mode(&mut perm, 0o755);
    std::fs::set_permissions(&p, perm).unwrap();
    p
}

fn chart_tree(l: &Lab, chart_entry: &str) -> PathBuf {
    let dir = l.root.join("app");
    let _ = std::fs::remove_dir_all(&dir);
    write(&dir.join("charts/demo/Chart.yaml"), "apiVersion: v2\nname: demo\nversion: 0.1.0\n");
    write(&dir.join("charts/demo/values.yaml"), "a: 1\n");
    write(&dir.join("kustomization.yaml"), &format!("helmCharts:\n- {chart_entry}\n"));
    dir
}

#[test]
fn helm_values_are_never_options() {
    let l = lab();
    let helm = fake_helm(&l, "true");
    let flags = ["--enable-helm", "--helm-command", helm.to_str().unwrap()];
    let evil = format!("--post-renderer={}", l.marker.display());
    let dir = chart_tree(&l, &format!("name: demo\n  releaseName: \"{evil}\""));
    let out = l.kforge().arg("build").arg(&dir).args(flags).output().unwrap();
    l.refused(&out, "invalid releaseName");
    // Values of flags are joined to their flag: helm never reads them as options.
    let dir = chart_tree(&l, &format!("name: demo\n  namespace: \"{evil}\"\n  kubeVersion: \"{evil}\""));
    let out = l.kforge().arg("build").arg(&dir).args(flags).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    l.clean(&out);
    // A plain chart renders.
    let dir = chart_tree(&l, "name: demo\n  releaseName: rel");
    let out = l.kforge().arg("build").arg(&dir).args(flags).output().unwrap();
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("name: rendered"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    l.clean(&out);
}

// ---------------------------------------------------------------------------
// 2. Remote bases stay inside their clone; absolute roots are refused.

#[test]
fn remote_bases_cannot_reach_outside_their_clone() {
    let l = lab();
    let up = "../".repeat(40);
    let rel_to_secrets = format!("{up}{}", l.secrets.display().to_string().trim_start_matches('/'));
    l.commit(&[
        ("abs/kustomization.yaml", &format!("resources:\n- {}\n", l.secrets.display())),
        ("rel/kustomization.yaml", &format!("resources:\n- {rel_to_secrets}\n")),
        ("comp/kustomization.yaml", &format!("components:\n- {rel_to_secrets}\n")),
        ("link/kustomization.yaml", "resources:\n- evil\n"),
        ("file/kustomization.yaml", "resources:\n- stolen.yaml\n"),
        ("gen/kustomization.yaml", "secretGenerator:\n- name: s\n  files:\n  - pass.txt\n"),
    ]);
    symlink(&l.secrets, &l.repo.join("link/evil"));
    symlink(&l.secrets.join("db-pass.txt"), &l.repo.join("file/stolen.yaml"));
    symlink(&l.secrets.join("db-pass.txt"), &l.repo.join("gen/pass.txt"));
    git(&l.repo, &["add", "-A"]);
    git(&l.repo, &["commit", "-qm", "links"]);
    for (dir, want) in [
        ("abs", "cannot be absolute"),
        ("rel", "must be within the repo"),
        ("comp", "must be within the repo"),
        ("link", "must be within the repo"),
        ("file", "must be within the repo"),
        ("gen", "must be within the repo"),
    ] {
        for flags in [&[][..], &["--load-restrictor", "LoadRestrictionsNone"][..]] {
            let out = l.build(&format!("resources:\n- {}\n", l.url(&format!("//{dir}"))), flags);
            l.refused(&out, want);
        }
    }
    // Locally, absolute bases are refused too (as kustomize does).
    let out = l.build(&format!("resources:\n- {}\n", l.secrets.display()), &[]);
    l.refused(&out, "cannot be absolute");
}

// ---------------------------------------------------------------------------
// 3. A symlinked kustomization file goes through the load restrictor.

#[test]
fn symlinked_kustomization_file_is_refused() {
    let l = lab();
    let outside = l.root.join("outside/private.yaml");
    write(&outside, &format!("password: {SECRET}\nresources: []\n"));
    let dir = l.root.join("app");
    symlink(&outside, &dir.join("kustomization.yaml"));
    let out = l.kforge().arg("build").arg(&dir).output().unwrap();
    l.refused(&out, "is not in or below");
    // In a clone, whatever the restrictor.
    symlink(&outside, &l.repo.join("evil/kustomization.yaml"));
    git(&l.repo, &["add", "-A"]);
    git(&l.repo, &["commit", "-qm", "evil"]);
    for flags in [&[][..], &["--load-restrictor", "LoadRestrictionsNone"][..]] {
        let out = l.build(&format!("resources:\n- {}\n", l.url("//evil")), flags);
        l.refused(&out, "must be within the repo");
    }
}

// ---------------------------------------------------------------------------
// 4. Remote cycles, depth, and clones removed even when interrupted.

#[test]
fn remote_cycles_are_detected_and_clones_removed() {
    let l = lab();
    let me = l.url("//loop");
    l.commit(&[("loop/kustomization.yaml", &format!("resources:\n- {me}\n"))]);
    let out = l.build(&format!("resources:\n- {me}\n"), &[]);
    l.refused(&out, "cycle detected");
    let out = l.kforge().arg("build").arg(&me).output().unwrap();
    l.refused(&out, "cycle detected");
    // Through a spelling that differs but names the same directory.
    let other = l.url("//loop/.");
    l.commit(&[("loop2/kustomization.yaml", &format!("resources:\n- {other}\n"))]);
    symlink(Path::new("loop2"), &l.repo.join("alias"));
    git(&l.repo, &["add", "-A"]);
    git(&l.repo, &["commit", "-qm", "alias"]);
    let out = l.build(&format!("resources:\n- {}\n", l.url("//alias")), &[]);
    assert_eq!(out.status.code(), Some(1), "{}", String::from_utf8_lossy(&out.stderr));
    l.clean(&out);
}

#[test]
fn remote_nesting_is_bounded() {
    let l = lab();
    // d0 -> d1 -> ... -> d24: distinct targets, deeper than the limit.
    let mut files = Vec::new();
    for i in 0..25 {
        files
            .push((format!("d{i}/kustomization.yaml"), format!("resources:\n- {}\n", l.url(&format!("//d{}", i + 1)))));
    }
    let files: Vec<(&str, &str)> = files.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
    l.commit(&files);
    let out = l.build(&format!("resources:\n- {}\n", l.url("//d0")), &[]);
    l.refused(&out, "remote trees deep");
}

#[test]
fn interrupted_fetch_leaves_nothing_behind() {
    let l = lab();
    let (port, closed, accepted) = stalled_server();
    let dir = l.root.join("overlay");
    write(
        &dir.join("kustomization.yaml"),
        &format!("resources:\n- http://127.0.0.1:{port}/org/repo.git//x?timeout=120\n"),
    );
    let out_file = l.root.join("out/all.yaml");
    std::fs::create_dir_all(out_file.parent().unwrap()).unwrap();
    let mut child = l.kforge().arg("build").arg(&dir).arg("-o").arg(&out_file).stderr(Stdio::piped()).spawn().unwrap();
    wait_until("git to connect", Duration::from_secs(30), || accepted.load(Ordering::SeqCst));
    // The clone directory exists while git waits.
    wait_until("the clone directory", Duration::from_secs(10), || {
        std::fs::read_dir(&l.kforge_tmp).map(|d| d.count() > 0).unwrap_or(false)
    });
    // SAFETY: kill(2) on the child we started.
    unsafe {
        libc::kill(child.id() as i32, libc::SIGTERM);
    }
    let status = child.wait().unwrap();
    assert_eq!(status.code(), Some(143), "{status:?}");
    // git was killed with kforge: its connection closed.
    wait_until("git's connection to close", Duration::from_secs(10), || closed.load(Ordering::SeqCst) > 0);
    let left: Vec<_> = std::fs::read_dir(&l.kforge_tmp).unwrap().map(|e| e.unwrap().path()).collect();
    assert!(left.is_empty(), "left behind: {left:?}");
    let outs: Vec<_> = std::fs::read_dir(out_file.parent().unwrap()).unwrap().map(|e| e.unwrap().path()).collect();
    assert!(outs.is_empty(), "output left: {outs:?}");
}

// ---------------------------------------------------------------------------
// 9. Credentials and secrets never printed.

#[test]
fn credentials_and_literals_are_never_printed() {
    let l = lab();
    let bare = l.root.join("srv/repo.git");
    git(&l.root, &["clone", "-q", "--bare", l.repo.to_str().unwrap(), bare.to_str().unwrap()]);
    let server = git_server(&l.root.join("srv"));
    let url = format!("http://deploy:s3cr3t-token@127.0.0.1:{}/repo.git//base", server.port);
    let out = l.build(&format!("buildMetadata: [originAnnotations]\nresources:\n- {url}\n"), &[]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(text.contains("repo: http://deploy:xxxxx@127.0.0.1"), "{text}");
    assert!(!text.contains("s3cr3t"), "{text}");
    l.clean(&out);
    // Errors, for the server's answer and for a missing directory.
    for bad in [
        format!("http://deploy:s3cr3t-token@127.0.0.1:{}/nope.git//base", server.port),
        format!("{url}/missing"),
        format!("http://s3cr3t-token@127.0.0.1:{}/repo.git//base?ref=nope", server.port),
    ] {
        let out = l.build(&format!("resources:\n- {bad}\n"), &[]);
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{err}");
        assert!(!err.contains("s3cr3t"), "{err}");
        assert!(err.contains("xxxxx@127.0.0.1"), "{err}");
        l.clean(&out);
    }
    // A mistyped literal is not echoed.
    let out =
        l.build(&format!("secretGenerator:\n- name: db\n  literals:\n  - user=admin\n  - password {SECRET}\n"), &[]);
    l.refused(&out, "invalid literal source #2");
}

// ---------------------------------------------------------------------------
// 7. Durations from input never panic.

#[test]
fn huge_durations_are_capped_or_refused() {
    let l = lab();
    let out = l.build(&format!("resources:\n- {}\n", l.url("//base?timeout=99999999999999999999s")), &[]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    l.clean(&out);
    let out = l.build(&format!("resources:\n- {}\n", l.url("//base?timeout=1e300h")), &[]);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("testdata/plugins/fn-hangs");
    for bad in ["1e300", "inf", "-1"] {
        let out = l
            .kforge()
            .args(["build", "--enable-alpha-plugins", "--enable-exec"])
            .arg(&fixture)
            .env("KFORGE_FN_TIMEOUT", bad)
            .output()
            .unwrap();
        l.refused(&out, "KFORGE_FN_TIMEOUT=");
    }
}

// ---------------------------------------------------------------------------
// 8. Output reads back as it was written.

#[test]
fn merge_key_text_is_quoted_in_output() {
    let l = lab();
    let dir = l.root.join("app");
    write(&dir.join("kustomization.yaml"), "resources:\n- cm.yaml\n");
    write(
        &dir.join("cm.yaml"),
        "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: m\ndata:\n  \"<<\": literal\n  other: x\n",
    );
    let out = l.kforge().arg("build").arg(&dir).output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(text.contains("\"<<\": literal"), "{text}");
    // Read back, it is the same key.
    write(&dir.join("cm.yaml"), &text);
    let again = l.kforge().arg("build").arg(&dir).output().unwrap();
    assert_eq!(String::from_utf8_lossy(&again.stdout), text);
}

// ---------------------------------------------------------------------------
// 10. Output is all or nothing.

#[test]
fn failed_directory_output_leaves_nothing() {
    let l = lab();
    let dir = l.root.join("app");
    write(&dir.join("kustomization.yaml"), "resources:\n- a.yaml\n");
    write(
        &dir.join("a.yaml"),
        "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: b\n",
    );
    let out_dir = l.root.join("out");
    std::fs::create_dir_all(out_dir.join("v1_configmap_b.yaml")).unwrap();
    // A file from an earlier run: replaced first, then put back when b fails.
    std::fs::write(out_dir.join("v1_configmap_a.yaml"), "earlier run\n").unwrap();
    let out = l.kforge().arg("build").arg(&dir).arg("-o").arg(&out_dir).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let mut names: Vec<String> =
        std::fs::read_dir(&out_dir).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    names.sort();
    assert_eq!(names, ["v1_configmap_a.yaml", "v1_configmap_b.yaml"]);
    assert_eq!(std::fs::read_to_string(out_dir.join("v1_configmap_a.yaml")).unwrap(), "earlier run\n");
    l.clean(&out);
}

// ---------------------------------------------------------------------------
// 11. Chart names and plugin paths are contained; a stalled helm is killed.

#[test]
fn chart_names_cannot_climb_out() {
    let l = lab();
    let helm = fake_helm(&l, "true");
    let flags = ["--enable-helm", "--helm-command", helm.to_str().unwrap()];
    for name in ["../../x", "a/b", "..", "--post-renderer=x"] {
        let dir =
            chart_tree(&l, &format!("name: \"{name}\"\n  repo: https://charts.example\n  valuesInline: {{a: 2}}"));
        let out = l.kforge().arg("build").arg(&dir).args(flags).output().unwrap();
        l.refused(&out, "invalid chart name");
    }
    let dir = chart_tree(&l, "name: demo\n  repo: https://charts.example\n  version: ../../../x");
    let out = l.kforge().arg("build").arg(&dir).args(flags).output().unwrap();
    l.refused(&out, "invalid chart version");
    assert!(!l.root.join("x").exists());
}

#[test]
fn stalled_helm_pull_is_killed() {
    let l = lab();
    let helm = fake_helm(&l, &format!("sleep 30; touch '{}'", l.marker.display()));
    let dir = chart_tree(&l, "name: remote-only\n  repo: https://charts.example");
    let start = Instant::now();
    let out = l
        .kforge()
        .arg("build")
        .arg(&dir)
        .args(["--enable-helm", "--helm-command", helm.to_str().unwrap()])
        .env("KFORGE_HELM_TIMEOUT", "1")
        .output()
        .unwrap();
    assert!(start.elapsed() < Duration::from_secs(20), "took {:?}", start.elapsed());
    l.refused(&out, "timed out after 1s");
    // The sleeping helm was killed with its group: no marker later either.
    std::thread::sleep(Duration::from_millis(200));
    assert!(!l.marker.exists());
}

#[test]
fn plugin_paths_are_contained() {
    let l = lab();
    let home = l.root.join("plugins");
    std::fs::create_dir_all(&home).unwrap();
    let dir = l.root.join("app");
    // A program shipped in the tree, reached with `..` or through a symlink in the home.
    let prog = dir.join("bin/v1/evil/Evil");
    write(&prog, &format!("#!/bin/sh\ntouch '{}'\n", l.marker.display()));
    let mut perm = std::fs::metadata(&prog).unwrap().permissions();
    std::os::unix::fs::PermissionsExt::set_mode(&mut perm, 0o755);
    std::fs::set_permissions(&prog, perm).unwrap();
    symlink(&dir.join("bin"), &home.join("linked"));
    for api in ["../app/bin/v1", "../../app/bin/v1", "linked/v1"] {
        write(&dir.join("kustomization.yaml"), "generators:\n- gen.yaml\n");
        write(&dir.join("gen.yaml"), &format!("apiVersion: {api}\nkind: Evil\nmetadata:\n  name: x\n"));
        let out = l
            .kforge()
            .args(["build", "--enable-alpha-plugins"])
            .arg(&dir)
            .env("KUSTOMIZE_PLUGIN_HOME", &home)
            .output()
            .unwrap();
        let want = if api.starts_with("linked") { "outside the plugin home" } else { "not a plain name" };
        l.refused(&out, want);
    }
}

// ---------------------------------------------------------------------------
// 5 and 6. Depth and aliases: built like kustomize or refused, in bounded memory.

/// The largest resident set of any child process waited for so far, in MB.
fn children_max_rss_mb() -> i64 {
    // SAFETY: getrusage fills the zeroed struct we own.
    unsafe {
        let mut u: libc::rusage = std::mem::zeroed();
        libc::getrusage(libc::RUSAGE_CHILDREN, &mut u);
        u.ru_maxrss / 1024
    }
}

#[test]
fn deep_documents_build_or_are_refused() {
    let l = lab();
    let dir = l.root.join("app");
    write(
        &dir.join("kustomization.yaml"),
        "namePrefix: p-
commonLabels:
  a: b
resources:\n- deep.yaml\n",
    );
    let head = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: deep\n";
    // `- - - x`: one level per `- `.
    let seq = |n: usize, leaf: &str| format!("{}{leaf}", "- ".repeat(n));
    // 9,000 levels: built (kforge walks on threads with large stacks).
    write(&dir.join("deep.yaml"), &format!("{head}deep:\n  {}\n", seq(9_000, "x")));
    let out = l.kforge().arg("build").arg(&dir).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8_lossy(&out.stdout).contains("name: p-deep"));
    l.clean(&out);
    // A chain of 1,500 aliases, each one level deeper: built.
    let mut chain = format!("{head}levels:\n  a0: &a0 [x]\n");
    for i in 1..1_500 {
        chain.push_str(&format!("  a{i}: &a{i} [*a{}]\n", i - 1));
    }
    write(&dir.join("deep.yaml"), &chain);
    let out = l.kforge().arg("build").arg(&dir).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    l.clean(&out);
    // 5,000 levels holding an alias of 6,000 levels: past 10,000, a clear error.
    let text = format!("{head}a: &d\n  {}\nb:\n  {}\n", seq(6_000, "x"), seq(5_000, "*d"));
    write(&dir.join("deep.yaml"), &text);
    let out = l.kforge().arg("build").arg(&dir).output().unwrap();
    l.refused(&out, "exceeded max depth of 10000");
}

#[test]
fn long_create_paths_build_or_are_refused() {
    let l = lab();
    let dir = l.root.join("app");
    let path = |n: usize| (0..n).map(|i| format!("f{i}")).collect::<Vec<_>>().join("/");
    write(&dir.join("cm.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n");
    write(
        &dir.join("kustomization.yaml"),
        "resources:\n- cm.yaml\nconfigurations:\n- conf.yaml\ncommonLabels:\n  a: b\n",
    );
    write(&dir.join("conf.yaml"), &format!("commonLabels:\n- path: {}\n  create: true\n", path(5_000)));
    let out = l.kforge().arg("build").arg(&dir).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8_lossy(&out.stdout).contains("f4999:"));
    write(&dir.join("conf.yaml"), &format!("commonLabels:\n- path: {}\n  create: true\n", path(10_001)));
    let out = l.kforge().arg("build").arg(&dir).output().unwrap();
    l.refused(&out, "at most 10000 are supported");
}

#[test]
fn unused_nested_anchors_cost_nothing_and_aliases_are_budgeted() {
    let l = lab();
    let dir = l.root.join("app");
    write(&dir.join("kustomization.yaml"), "resources:\n- big.yaml\n");
    // 150 nested anchored mappings over a list of 100,000 strings (about
    // 1 MB): copying the list at every anchor would take well over 1 GB.
    let mut t = String::from("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: big\ndata:\n");
    let mut indent = String::from("  ");
    for i in 0..150 {
        t.push_str(&format!("{indent}k: &n{i}\n"));
        indent.push(' ');
    }
    let items: Vec<String> = (0..100_000).map(|i| format!("item{i:04}")).collect();
    t.push_str(&format!("{indent}list: [{}]\n", items.join(", ")));
    write(&dir.join("big.yaml"), &t);
    let start = Instant::now();
    let out = l.kforge().arg("build").arg(&dir).arg("-o").arg(l.root.join("big-out.yaml")).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(start.elapsed() < Duration::from_secs(120));
    // Every alias of the outer anchor copies 100,000 nodes: the budget stops it.
    t.push_str("  copies:\n");
    for _ in 0..50 {
        t.push_str("  - *n0\n");
    }
    write(&dir.join("big.yaml"), &t);
    let out = l.kforge().arg("build").arg(&dir).output().unwrap();
    l.refused(&out, "excessive aliasing");
    let rss = children_max_rss_mb();
    assert!(rss < 1024, "a kforge run used {rss} MB");
}

#[test]
fn submodules_cannot_copy_local_repositories() {
    let l = lab();
    // A private repository of the user's, and a remote tree whose submodule names it.
    let private = l.root.join("home/user/private");
    std::fs::create_dir_all(&private).unwrap();
    git(&private, &["init", "-q"]);
    write(&private.join("kustomization.yaml"), "resources:\n- cm.yaml\n");
    write(&private.join("cm.yaml"), &format!("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {SECRET}\n"));
    git(&private, &["add", "-A"]);
    git(&private, &["commit", "-qm", "private"]);
    let url = format!("file://{}", private.display());
    git(&l.repo, &["-c", "protocol.file.allow=always", "submodule", "add", "-q", &url, "sub"]);
    l.commit(&[("withsub/kustomization.yaml", "resources:\n- ../sub\n")]);
    let out = l.build(&format!("resources:\n- {}\n", l.url("//withsub")), &[]);
    assert_eq!(out.status.code(), Some(1), "{}", String::from_utf8_lossy(&out.stdout));
    l.clean(&out);
    // Without submodules the tree builds, and the submodule stays empty.
    let out = l.build(&format!("resources:\n- {}\n", l.url("//base?submodules=false")), &[]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    l.clean(&out);
}

#[test]
fn remote_charts_stay_in_their_clone() {
    let l = lab();
    let helm = fake_helm(&l, "true");
    let flags = ["--enable-helm", "--helm-command", helm.to_str().unwrap()];
    // The user's own chart, outside any clone.
    let charts = l.root.join("home/user/charts");
    write(&charts.join("private/Chart.yaml"), "apiVersion: v2\nname: private\nversion: 0.1.0\n");
    write(&charts.join("private/values.yaml"), &format!("password: {SECRET}\n"));
    let up = "../".repeat(40);
    let rel = format!("{up}{}", charts.display().to_string().trim_start_matches('/'));
    l.commit(&[
        (
            "abs/kustomization.yaml",
            &format!(
                "helmGlobals:\n  chartHome: {}\nhelmCharts:\n- name: private\n  valuesMerge: replace\n  valuesInline: {{a: 1}}\n",
                charts.display()
            ),
        ),
        (
            "rel/kustomization.yaml",
            &format!("helmGlobals:\n  chartHome: {rel}\nhelmCharts:\n- name: private\n  valuesMerge: replace\n  valuesInline: {{a: 1}}\n"),
        ),
        (
            "home/kustomization.yaml",
            &format!(
                "helmGlobals:\n  configHome: {}\nhelmCharts:\n- name: demo\n  valuesMerge: replace\n  valuesInline: {{a: 1}}\n",
                l.root.join("home/user/.config").display()
            ),
        ),
        ("home/charts/demo/Chart.yaml", "apiVersion: v2\nname: demo\nversion: 0.1.0\n"),
        (
            "dotdot/kustomization.yaml",
            "helmGlobals:\n  chartHome: lnk/..\nhelmCharts:\n- name: private\n  valuesMerge: replace\n  valuesInline: {a: 1}\n",
        ),
    ]);
    // `lnk/..` is the parent of the link's target, not the tree's own directory.
    std::fs::create_dir_all(charts.join("sub")).unwrap();
    symlink(&charts.join("sub"), &l.repo.join("dotdot/lnk"));
    git(&l.repo, &["add", "-A"]);
    git(&l.repo, &["commit", "-qm", "lnk"]);
    for dir in ["abs", "rel", "home", "dotdot"] {
        let out = l.build(&format!("resources:\n- {}\n", l.url(&format!("//{dir}"))), &flags);
        l.refused(&out, "must be within the repo");
    }
    assert!(!l.root.join("home/user/.config").exists());
}

#[test]
fn alias_budget_spans_the_whole_build() {
    let l = lab();
    let dir = l.root.join("app");
    // Each file copies 1,500,000 nodes through aliases: under the per-file
    // budget, but three of them are over the build's.
    let items = vec!["x"; 1000].join(", ");
    let file = |name: &str| {
        let mut t =
            format!("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {name}\ndata:\n  a: &a [{items}]\n  c:\n");
        for _ in 0..1500 {
            t.push_str("  - *a\n");
        }
        t
    };
    write(&dir.join("kustomization.yaml"), "resources:\n- a.yaml\n");
    write(&dir.join("a.yaml"), &file("a"));
    let out = l.kforge().arg("build").arg(&dir).arg("-o").arg(l.root.join("one.yaml")).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    write(&dir.join("kustomization.yaml"), "resources:\n- a.yaml\n- b.yaml\n- c.yaml\n");
    write(&dir.join("b.yaml"), &file("b"));
    write(&dir.join("c.yaml"), &file("c"));
    let out = l.kforge().arg("build").arg(&dir).output().unwrap();
    l.refused(&out, "the build's alias budget is spent");
    let rss = children_max_rss_mb();
    assert!(rss < 1024, "a kforge run used {rss} MB");
}

#[test]
fn natively_rendered_charts_stay_in_their_clone() {
    let l = lab();
    // A kforge (minijinja) chart of the user's, rendered without any flag.
    let charts = l.root.join("home/user/charts");
    write(
        &charts.join("private/Chart.yaml"),
        "apiVersion: v2\nname: private\nversion: 0.1.0\nannotations:\n  kforge.io/template-engine: minijinja\n",
    );
    write(&charts.join("private/values.yaml"), &format!("password: {SECRET}\n"));
    write(
        &charts.join("private/templates/cm.yaml"),
        "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: leak\ndata:\n  p: {{ Values.password }}\n",
    );
    let up = "../".repeat(40);
    let rel = format!("{up}{}", charts.display().to_string().trim_start_matches('/'));
    l.commit(&[
        (
            "abs/kustomization.yaml",
            &format!("helmGlobals:\n  chartHome: {}\nhelmCharts:\n- name: private\n", charts.display()),
        ),
        ("rel/kustomization.yaml", &format!("helmGlobals:\n  chartHome: {rel}\nhelmCharts:\n- name: private\n")),
        ("name/kustomization.yaml", &format!("helmCharts:\n- name: {rel}/private\n")),
    ]);
    // Locally (the user's own tree) the same entry renders: the refusals below are about the clone.
    let local =
        l.build(&format!("helmGlobals:\n  chartHome: {}\nhelmCharts:\n- name: private\n", charts.display()), &[]);
    assert!(
        String::from_utf8_lossy(&local.stdout).contains("name: leak"),
        "{}",
        String::from_utf8_lossy(&local.stderr)
    );
    for (dir, want) in [("abs", "must be within the repo"), ("rel", "must be within the repo"), ("name", "")] {
        let out = l.build(&format!("resources:\n- {}\n", l.url(&format!("//{dir}"))), &[]);
        l.refused(&out, want);
    }
}

// ---------------------------------------------------------------------------
// Programs kforge runs: what they start cannot outlive them, and their output
// is bounded.

/// A tree with one exec KRM function running `body` (after reading its
/// input); built with `kforge build --enable-alpha-plugins --enable-exec`.
fn exec_function_tree(l: &Lab, name: &str, body: &str) -> PathBuf {
    let dir = l.root.join(name);
    write(&dir.join("kustomization.yaml"), "generators:\n- fn.yaml\n");
    write(
        &dir.join("fn.yaml"),
        &format!(
            "apiVersion: kforge.example/v1\nkind: Fn\nmetadata:\n  name: {name}\n  annotations:\n    \
             config.kubernetes.io/function: |\n      exec:\n        path: ./fn.sh\n"
        ),
    );
    let script = dir.join("fn.sh");
    write(&script, &format!("#!/bin/sh\ncat > /dev/null\n{body}\n"));
    let mut perm = std::fs::metadata(&script).unwrap().permissions();
    std::os::unix::fs::PermissionsExt::set_mode(&mut perm, 0o755);
    std::fs::set_permissions(&script, perm).unwrap();
    dir
}

const ONE_CONFIGMAP: &str = "printf 'apiVersion: config.kubernetes.io/v1\\nkind: ResourceList\\nitems:\\n- apiVersion: v1\\n  kind: ConfigMap\\n  metadata:\\n    name: made\\n'";

/// Shell that starts a detached process (new session; with `env -i`, no
/// inherited environment either) writing its pid to `pidfile`, and waits
/// until it has.
fn detach(pidfile: &Path, env_cleared: bool) -> String {
    let env = if env_cleared { "env -i PATH=/usr/bin:/bin " } else { "" };
    format!(
        "{env}setsid sh -c 'echo $$ > {p}.tmp; mv {p}.tmp {p}; exec sleep 1000' >/dev/null 2>&1 &\n\
         while [ ! -s {p} ]; do sleep 0.01; done",
        p = pidfile.display()
    )
}

/// The pid written to `pidfile` is not a live process (gone or a zombie),
/// checked for up to 5 s (a process handed to init may take a moment).
fn assert_dead(pidfile: &Path) {
    let pid: i32 = std::fs::read_to_string(pidfile).unwrap().trim().parse().unwrap();
    let alive = || {
        std::fs::read_to_string(format!("/proc/{pid}/stat"))
            .ok()
            .and_then(|s| s.rsplit_once(')').map(|(_, r)| !r.trim_start().starts_with('Z')))
            .unwrap_or(false)
    };
    let start = Instant::now();
    while alive() && start.elapsed() < Duration::from_secs(5) {
        std::thread::sleep(Duration::from_millis(20));
    }
    if alive() {
        // SAFETY: kill(2) on the process this test's function started.
        unsafe {
            libc::kill(pid, libc::SIGKILL);
        }
        panic!("detached process {pid} survived");
    }
}

#[test]
fn detached_function_children_are_killed_when_the_function_ends() {
    let l = lab();
    for cleared in [false, true] {
        let pidfile = l.root.join(format!("pid-{cleared}"));
        let dir = exec_function_tree(&l, "detaches", &format!("{}\n{ONE_CONFIGMAP}", detach(&pidfile, cleared)));
        let start = Instant::now();
        let out = l.kforge().args(["build", "--enable-alpha-plugins", "--enable-exec"]).arg(&dir).output().unwrap();
        assert!(start.elapsed() < Duration::from_secs(30), "kforge waited for the detached process");
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        assert!(String::from_utf8_lossy(&out.stdout).contains("name: made"));
        assert_dead(&pidfile);
        l.clean(&out);
    }
}

#[test]
fn detached_function_children_are_killed_on_timeout() {
    let l = lab();
    let pidfile = l.root.join("pid");
    let dir = exec_function_tree(&l, "stalls", &format!("{}\nsleep 1000", detach(&pidfile, false)));
    let start = Instant::now();
    let out = l
        .kforge()
        .args(["build", "--enable-alpha-plugins", "--enable-exec"])
        .arg(&dir)
        .env("KFORGE_FN_TIMEOUT", "2")
        .output()
        .unwrap();
    assert!(start.elapsed() < Duration::from_secs(30), "took {:?}", start.elapsed());
    l.refused(&out, "timed out after 2s");
    assert_dead(&pidfile);
}

#[test]
fn detached_function_children_are_killed_on_sigint_and_sigterm() {
    let l = lab();
    for (sig, code, cleared) in [(libc::SIGTERM, 143, false), (libc::SIGINT, 130, true)] {
        let pidfile = l.root.join(format!("pid-{sig}"));
        let dir = exec_function_tree(&l, "waits", &format!("{}\nsleep 1000", detach(&pidfile, cleared)));
        let mut child = l
            .kforge()
            .args(["build", "--enable-alpha-plugins", "--enable-exec"])
            .arg(&dir)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        wait_until("the detached process", Duration::from_secs(30), || pidfile.exists());
        // SAFETY: kill(2) on the child we started.
        unsafe {
            libc::kill(child.id() as i32, sig);
        }
        let status = child.wait().unwrap();
        assert_eq!(status.code(), Some(code), "{status:?}");
        assert_dead(&pidfile);
    }
}

#[test]
fn endless_function_output_is_cut_off() {
    let l = lab();
    for (stream, body) in [("stdout", "yes kforge"), ("stderr", "yes kforge >&2")] {
        let dir = exec_function_tree(&l, "endless", body);
        let start = Instant::now();
        let out = l
            .kforge()
            .args(["build", "--enable-alpha-plugins", "--enable-exec"])
            .arg(&dir)
            .env("KFORGE_MAX_OUTPUT", "4M")
            .output()
            .unwrap();
        assert!(start.elapsed() < Duration::from_secs(30), "took {:?}", start.elapsed());
        l.refused(&out, "function api: kforge.example/v1, kind: Fn, name: endless");
        l.refused(&out, "endless/fn.sh' wrote more");
        l.refused(&out, &format!("wrote more than 4 MiB to {stream} and was killed (set KFORGE_MAX_OUTPUT"));
    }
    // A bad limit is refused, naming the variable.
    let dir = exec_function_tree(&l, "small", ONE_CONFIGMAP);
    let out = l
        .kforge()
        .args(["build", "--enable-alpha-plugins", "--enable-exec"])
        .arg(&dir)
        .env("KFORGE_MAX_OUTPUT", "lots")
        .output()
        .unwrap();
    l.refused(&out, "KFORGE_MAX_OUTPUT=\"lots\"");
}

// ---------------------------------------------------------------------------
// 10 (continued). Every command that writes a directory writes all or
// nothing; a credential helper runs through the process runner.

/// Every path under `dir` with its content (`<dir>` for directories).
fn tree(dir: &Path) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            let rel = p.strip_prefix(dir).unwrap().display().to_string();
            if p.is_dir() {
                out.push((rel, "<dir>".to_string()));
                stack.push(p);
            } else {
                out.push((rel, std::fs::read_to_string(&p).unwrap_or_default()));
            }
        }
    }
    out.sort();
    out
}

#[test]
fn template_output_dir_is_all_or_nothing() {
    let l = lab();
    let chart = l.root.join("demo");
    write(&chart.join("Chart.yaml"), "apiVersion: v2\nname: demo\nversion: 0.1.0\n");
    for n in ["a", "b", "c"] {
        write(
            &chart.join(format!("templates/{n}.yaml")),
            &format!("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {n}\n"),
        );
    }
    // A fresh output directory: everything written.
    let fresh = l.root.join("fresh");
    let out = l.kforge().arg("template").arg(&chart).arg("--output-dir").arg(&fresh).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    for n in ["a", "b", "c"] {
        let text = std::fs::read_to_string(fresh.join(format!("demo/templates/{n}.yaml"))).unwrap();
        assert!(text.starts_with(&format!("---\n# Source: demo/templates/{n}.yaml\n")), "{text}");
    }
    // An earlier run's a.yaml, and c.yaml blocked by a directory: the run
    // fails after a.yaml was replaced and b.yaml created, and undoes both.
    let out_dir = l.root.join("out");
    write(&out_dir.join("demo/templates/a.yaml"), "earlier run\n");
    std::fs::create_dir_all(out_dir.join("demo/templates/c.yaml/keep")).unwrap();
    let before = tree(&out_dir);
    let out = l.kforge().arg("template").arg(&chart).arg("--output-dir").arg(&out_dir).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("c.yaml"), "the failing file is named: {stderr}");
    assert!(out.stdout.is_empty(), "nothing reported as written: {}", String::from_utf8_lossy(&out.stdout));
    assert_eq!(tree(&out_dir), before, "the output directory changed");
    // A directory that cannot be made (a file where one is needed): nothing
    // is created, not even the chart's directory.
    let blocked = l.root.join("blocked");
    write(&blocked.join("demo/templates"), "a file");
    let before = tree(&blocked);
    let out = l.kforge().arg("template").arg(&chart).arg("--output-dir").arg(&blocked).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(tree(&blocked), before);
    l.clean(&out);
}

#[test]
fn mirror_config_output_is_all_or_nothing() {
    let l = lab();
    let map = l.root.join("mirror.yaml");
    write(
        &map,
        "apiVersion: kforge.dev/v1alpha1\nkind: MirrorMap\nmirrors:\n- from: gcr.io\n  to: m.example/gcr\n- from: quay.io\n  to: m.example/quay\n",
    );
    let out_dir = l.root.join("certs.d");
    // One registry's file is blocked by a directory.
    std::fs::create_dir_all(out_dir.join("quay.io/hosts.toml/x")).unwrap();
    let before = tree(&out_dir);
    let out = l
        .kforge()
        .args(["mirror", "config", "--format", "containerd", "--mirror"])
        .arg(&map)
        .arg("-o")
        .arg(&out_dir)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(tree(&out_dir), before, "a partial configuration was written");
    std::fs::remove_dir_all(out_dir.join("quay.io")).unwrap();
    let out = l
        .kforge()
        .args(["mirror", "config", "--format", "containerd", "--mirror"])
        .arg(&map)
        .arg("-o")
        .arg(&out_dir)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(out_dir.join("gcr.io/hosts.toml").is_file() && out_dir.join("quay.io/hosts.toml").is_file());
    l.clean(&out);
}

/// A directory holding `docker-credential-<name>` running `body`, and a
/// docker config naming it as the credential store.
fn credential_helper(l: &Lab, name: &str, body: &str) -> (PathBuf, PathBuf) {
    use std::os::unix::fs::PermissionsExt;
    let bin = l.root.join("helper-bin");
    let helper = bin.join(format!("docker-credential-{name}"));
    write(&helper, &format!("#!/bin/sh\n{body}\n"));
    std::fs::set_permissions(&helper, std::fs::Permissions::from_mode(0o755)).unwrap();
    let cfg = l.root.join(format!("docker-{name}/config.json"));
    write(&cfg, &format!("{{\"credsStore\":\"{name}\",\"auths\":{{}}}}"));
    let path = format!("{}:{}", bin.display(), std::env::var("PATH").unwrap_or_default());
    (PathBuf::from(path), cfg)
}

#[test]
fn credential_helpers_are_bounded_and_never_echoed() {
    let l = lab();
    // A helper that hangs, leaving a child that would mark the lab later.
    let (path, cfg) = credential_helper(
        &l,
        "hang",
        &format!("cat >/dev/null; echo {SECRET}; (sleep 3; touch '{}') & sleep 60", l.marker.display()),
    );
    let start = Instant::now();
    let out = l
        .kforge()
        .env("PATH", &path)
        .env("KFORGE_CREDENTIAL_HELPER_TIMEOUT", "0.5")
        .args(["registry", "logout", "r.example:5000", "--registry-config"])
        .arg(&cfg)
        .output()
        .unwrap();
    assert!(start.elapsed() < Duration::from_secs(15), "waited {:?}", start.elapsed());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("docker-credential-hang erase` did not finish within 0.500s and was killed"), "{stderr}");
    std::thread::sleep(Duration::from_millis(3500));
    l.clean(&out);

    // A helper that prints without end is cut off at 1 MiB.
    let (path, cfg) = credential_helper(&l, "flood", &format!("yes {SECRET}"));
    let out = l
        .kforge()
        .env("PATH", &path)
        .args(["registry", "logout", "r.example:5000", "--registry-config"])
        .arg(&cfg)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("docker-credential-flood erase` wrote more than 1 MiB to stdout and was killed"),
        "{stderr}"
    );
    l.clean(&out);

    // A failing helper that echoes what it was given (the secret being
    // stored) on both streams: the error names it and shows its status only.
    let (path, cfg) = credential_helper(&l, "echo", "cat; cat >&2; exit 4");
    let out = l
        .kforge()
        .env("PATH", &path)
        .args(["registry", "logout", "r.example:5000", "--registry-config"])
        .arg(&cfg)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("not logged in to r.example:5000"));
    l.clean(&out);

    // Through `get`: a helper answering with the secret, then failing with
    // it on stdout: the failure never shows it.
    let (path, cfg) = credential_helper(&l, "getfail", &format!("cat >/dev/null; echo {SECRET}; exit 3"));
    let chart_dir = l.root.join("pulled");
    let out = l
        .kforge()
        .env("PATH", &path)
        .args(["chart", "pull", "oci://127.0.0.1:9/charts/demo", "--version", "1.0.0", "--registry-config"])
        .arg(&cfg)
        .arg("-d")
        .arg(&chart_dir)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("docker-credential-getfail"), "{stderr}");
    assert!(stderr.contains("exit status 3"), "{stderr}");
    l.clean(&out);
}

// ---------------------------------------------------------------------------
// TLS is verified unless the user says otherwise.

#[test]
fn tls_is_verified_unless_a_flag_says_otherwise() {
    let l = lab();
    let reg = registry_support::Registry::start(registry_support::RegistryConfig {
        auth: Some(("bob".into(), "pw-tls-42".into())),
        tls: true,
    });
    let host = reg.host();
    let ca = reg.ca();
    let cfg = l.root.join("docker/config.json");
    let login = |extra: &[&str]| {
        l.kforge()
            .args(["registry", "login", &host, "-u", "bob", "-p", "pw-tls-42", "--registry-config"])
            .arg(&cfg)
            .args(extra)
            .output()
            .unwrap()
    };
    let certificate_refused = |out: &Output, what: &str| {
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{what}: {stderr}");
        assert!(stderr.to_ascii_lowercase().contains("certificate"), "{what}: not a certificate error: {stderr}");
        assert!(!stderr.contains("pw-tls-42"), "{what}: {stderr}");
    };
    // A certificate from a CA nobody trusts: refused, nothing stored.
    certificate_refused(&login(&[]), "registry login");
    assert!(!cfg.exists(), "credentials stored after a failed TLS check");
    // Trusting its CA, or saying so: accepted.
    let out = login(&["--ca-file", ca.to_str().unwrap()]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    std::fs::remove_file(&cfg).unwrap();
    let out = login(&["--insecure-skip-tls-verify"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    // A chart pull (credentials now stored) without the flag is refused.
    let out = l
        .kforge()
        .args(["chart", "pull", &format!("oci://{host}/charts/demo"), "--version", "1.0.0", "--registry-config"])
        .arg(&cfg)
        .arg("-d")
        .arg(l.root.join("pulled"))
        .output()
        .unwrap();
    certificate_refused(&out, "chart pull");
    // A remote resource over HTTPS has no way around the check.
    let out = l.build(&format!("resources:\n- https://{host}/v2/\n"), &[]);
    certificate_refused(&out, "remote https resource");
    l.clean(&out);
}
