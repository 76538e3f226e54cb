//! Chart push/pull against real registries (Debian's docker-registry on
//! loopback), interop with helm v4.1.4, HTTP chart repositories, logins.
mod registry_support;

use std::io::{BufRead, BufReader, Write};
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::Command;

use registry_support::{helm, kforge, Registry};

fn run_helm(args: &[&str], cwd: &Path, env: &[(&str, &Path)]) -> String {
    let mut c = Command::new(helm());
    c.args(args).current_dir(cwd);
    for (k, v) in env {
        c.env(k, v);
    }
    let out = c.output().expect("run helm");
    assert!(
        out.status.success(),
        "helm {args:?} failed: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// `helm create NAME` + edits + `helm package`; returns the archive path.
fn make_chart(dir: &Path, name: &str, version: &str) -> PathBuf {
    let src = dir.join("src").join(format!("{name}-{version}"));
    std::fs::create_dir_all(&src).unwrap();
    run_helm(&["create", name], &src, &[]);
    let chart_yaml = src.join(name).join("Chart.yaml");
    let text = std::fs::read_to_string(&chart_yaml).unwrap();
    let text = text.replace("version: 0.1.0", &format!("version: {version}"));
    let text = format!(
        "{text}home: https://example.com/{name}\nsources:\n- https://git.example.com/{name}\nmaintainers:\n- name: Ada\n  email: ada@example.com\n- name: Bob\nannotations:\n  example.com/team: platform\n"
    );
    std::fs::write(&chart_yaml, text).unwrap();
    let out = dir.join("pkg");
    std::fs::create_dir_all(&out).unwrap();
    run_helm(&["package", name, "-d", out.to_str().unwrap()], &src, &[]);
    out.join(format!("{name}-{version}.tgz"))
}

fn ok(args: &[&str], env: &[(&str, &Path)]) -> String {
    let (code, out, err) = kforge(args, None, env);
    assert_eq!(code, 0, "kforge {args:?} failed:\n{out}\n{err}");
    out
}

fn manifest(reg: &Registry, repo: &str, reference: &str, user: Option<(&str, &str)>) -> serde_json::Value {
    let t = kforge::oci::TransportOptions {
        plain_http: true,
        username: user.map(|u| u.0.to_string()),
        password: user.map(|u| u.1.to_string()),
        ..Default::default()
    };
    let c = kforge::oci::RegistryClient::new(&t).unwrap();
    let m = kforge::oci::block_on_pub(c.get_manifest(&reg.host(), repo, reference)).unwrap().unwrap().unwrap();
    serde_json::from_slice(&m.bytes).unwrap()
}

#[test]
fn push_then_pull_by_version_range_digest_and_untar() {
    let reg = Registry::plain();
    let tmp = tempfile::tempdir().unwrap();
    let a = make_chart(tmp.path(), "demo", "0.1.0");
    let b = make_chart(tmp.path(), "demo", "0.2.0+build.7");
    let c = make_chart(tmp.path(), "demo", "1.0.0-rc.1");
    let dest = format!("oci://{}/charts", reg.host());
    for chart in [&a, &b, &c] {
        let out = ok(&["chart", "push", chart.to_str().unwrap(), &dest, "--plain-http"], &[]);
        assert!(out.contains("Digest: sha256:"), "{out}");
    }
    let m = manifest(&reg, "charts/demo", "0.2.0_build.7", None);
    assert_eq!(m["config"]["mediaType"], "application/vnd.cncf.helm.config.v1+json");
    assert_eq!(m["layers"][0]["mediaType"], "application/vnd.cncf.helm.chart.content.v1.tar+gzip");
    assert_eq!(m["annotations"]["org.opencontainers.image.version"], "0.2.0+build.7");
    assert_eq!(m["annotations"]["org.opencontainers.image.authors"], "Ada (ada@example.com), Bob");
    assert_eq!(m["annotations"]["org.opencontainers.image.source"], "https://git.example.com/demo");
    assert_eq!(m["annotations"]["example.com/team"], "platform");

    let src = format!("oci://{}/charts/demo", reg.host());
    // exact version with '+' (tag has '_')
    let out_dir = tmp.path().join("out1");
    ok(&["chart", "pull", &src, "--version", "0.2.0+build.7", "-d", out_dir.to_str().unwrap(), "--plain-http"], &[]);
    assert_eq!(std::fs::read(out_dir.join("demo-0.2.0+build.7.tgz")).unwrap(), std::fs::read(&b).unwrap());
    // no version: highest release (the prerelease is skipped)
    let out_dir = tmp.path().join("out2");
    ok(&["chart", "pull", &src, "-d", out_dir.to_str().unwrap(), "--plain-http"], &[]);
    assert!(out_dir.join("demo-0.2.0+build.7.tgz").is_file());
    // a range
    let out_dir = tmp.path().join("out3");
    ok(&["chart", "pull", &src, "--version", "~0.1", "-d", out_dir.to_str().unwrap(), "--plain-http"], &[]);
    assert_eq!(std::fs::read(out_dir.join("demo-0.1.0.tgz")).unwrap(), std::fs::read(&a).unwrap());
    // by digest
    let pushed = ok(&["chart", "push", c.to_str().unwrap(), &dest, "--plain-http"], &[]);
    let digest = pushed.lines().find_map(|l| l.strip_prefix("Digest: ")).unwrap().trim().to_string();
    let out_dir = tmp.path().join("out4");
    ok(&["chart", "pull", &format!("{src}@{digest}"), "-d", out_dir.to_str().unwrap(), "--plain-http"], &[]);
    // the file name helm gives a pull by digest
    let by_digest = format!("demo@{}.tgz", digest.replace(':', "-"));
    assert_eq!(std::fs::read(out_dir.join(&by_digest)).unwrap(), std::fs::read(&c).unwrap());
    let helm_dir = tmp.path().join("out4-helm");
    std::fs::create_dir_all(&helm_dir).unwrap();
    run_helm(&["pull", &format!("{src}@{digest}"), "-d", helm_dir.to_str().unwrap(), "--plain-http"], tmp.path(), &[]);
    let helm_names: Vec<String> =
        std::fs::read_dir(&helm_dir).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    assert_eq!(helm_names, [by_digest]);
    // untar
    let out_dir = tmp.path().join("out5");
    ok(&["chart", "pull", &src, "--version", "0.1.0", "--untar", "-d", out_dir.to_str().unwrap(), "--plain-http"], &[]);
    assert!(std::fs::read_to_string(out_dir.join("demo/Chart.yaml")).unwrap().contains("version: 0.1.0"));
    assert!(out_dir.join("demo/templates/deployment.yaml").is_file());
    // untar again: refuses to overwrite
    let (code, _, err) = kforge(
        &["chart", "pull", &src, "--version", "0.1.0", "--untar", "-d", out_dir.to_str().unwrap(), "--plain-http"],
        None,
        &[],
    );
    assert_eq!(code, 1);
    assert!(err.contains("already exists"), "{err}");
    // a version that does not exist
    let (code, _, err) = kforge(&["chart", "pull", &src, "--version", ">=5", "--plain-http"], None, &[]);
    assert_eq!(code, 1);
    assert!(err.contains("matching >=5"), "{err}");
}

#[test]
fn helm_and_kforge_share_a_registry_with_basic_auth() {
    let reg = Registry::with_auth("alice", "s3cret-pw");
    let tmp = tempfile::tempdir().unwrap();
    let docker_cfg = tmp.path().join("docker");
    let helm_cfg = tmp.path().join("helm-registry.json");
    let helm_cache = tmp.path().join("helm-cache");
    let env_k: Vec<(&str, &Path)> = vec![("DOCKER_CONFIG", docker_cfg.as_path())];
    let env_h: Vec<(&str, &Path)> = vec![
        ("HELM_REGISTRY_CONFIG", helm_cfg.as_path()),
        ("HELM_CACHE_HOME", helm_cache.as_path()),
        ("HELM_CONFIG_HOME", helm_cache.as_path()),
    ];
    let (code, out, err) = kforge(
        &["registry", "login", &reg.host(), "-u", "alice", "--password-stdin", "--plain-http"],
        Some("s3cret-pw\n"),
        &env_k,
    );
    assert_eq!(code, 0, "{out}{err}");
    assert!(!out.contains("s3cret") && !err.contains("s3cret"));
    let (code, _, err) = kforge(
        &["registry", "login", &reg.host(), "-u", "alice", "--password-stdin", "--plain-http"],
        Some("wrong\n"),
        &env_k,
    );
    assert_eq!(code, 1);
    assert!(err.contains("authentication failed") && !err.contains("wrong"), "{err}");

    let mut c = Command::new(helm());
    c.args(["registry", "login", &reg.host(), "-u", "alice", "--password-stdin", "--plain-http"]);
    for (k, v) in &env_h {
        c.env(k, v);
    }
    let mut child = c.stdin(std::process::Stdio::piped()).spawn().unwrap();
    child.stdin.take().unwrap().write_all(b"s3cret-pw").unwrap();
    assert!(child.wait().unwrap().success());

    let k_chart = make_chart(tmp.path(), "kchart", "1.2.3");
    let h_chart = make_chart(tmp.path(), "hchart", "2.0.0");
    // kforge pushes, helm pulls: the same archive bytes
    ok(&["chart", "push", k_chart.to_str().unwrap(), &format!("oci://{}/k", reg.host()), "--plain-http"], &env_k);
    let hp = tmp.path().join("helm-pulled");
    std::fs::create_dir_all(&hp).unwrap();
    run_helm(
        &[
            "pull",
            &format!("oci://{}/k/kchart", reg.host()),
            "--version",
            "1.2.3",
            "--plain-http",
            "-d",
            hp.to_str().unwrap(),
        ],
        tmp.path(),
        &env_h,
    );
    assert_eq!(std::fs::read(hp.join("kchart-1.2.3.tgz")).unwrap(), std::fs::read(&k_chart).unwrap());
    let shown = run_helm(
        &["show", "chart", &format!("oci://{}/k/kchart", reg.host()), "--version", "1.2.3", "--plain-http"],
        tmp.path(),
        &env_h,
    );
    assert!(shown.contains("name: kchart"), "{shown}");

    // helm pushes, kforge pulls
    run_helm(
        &["push", h_chart.to_str().unwrap(), &format!("oci://{}/h", reg.host()), "--plain-http"],
        tmp.path(),
        &env_h,
    );
    let kp = tmp.path().join("kforge-pulled");
    ok(
        &[
            "chart",
            "pull",
            &format!("oci://{}/h/hchart", reg.host()),
            "--version",
            "2.0.0",
            "-d",
            kp.to_str().unwrap(),
            "--plain-http",
        ],
        &env_k,
    );
    assert_eq!(std::fs::read(kp.join("hchart-2.0.0.tgz")).unwrap(), std::fs::read(&h_chart).unwrap());

    // Same archive pushed by both tools: same config, layers and annotations.
    run_helm(
        &["push", k_chart.to_str().unwrap(), &format!("oci://{}/hk", reg.host()), "--plain-http"],
        tmp.path(),
        &env_h,
    );
    let mk = manifest(&reg, "k/kchart", "1.2.3", Some(("alice", "s3cret-pw")));
    let mh = manifest(&reg, "hk/kchart", "1.2.3", Some(("alice", "s3cret-pw")));
    assert_eq!(mk["config"], mh["config"], "config blob differs from helm's");
    assert_eq!(mk["layers"], mh["layers"]);
    assert_eq!(mk["annotations"], mh["annotations"]);

    // logout: anonymous pushes are refused with a hint, without secrets
    let (code, out, _) = kforge(&["registry", "logout", &reg.host()], None, &env_k);
    assert_eq!(code, 0, "{out}");
    let (code, out, err) = kforge(
        &["chart", "push", k_chart.to_str().unwrap(), &format!("oci://{}/k2", reg.host()), "--plain-http"],
        None,
        &env_k,
    );
    assert_eq!(code, 1, "{out}");
    assert!(err.contains("kforge registry login"), "{err}");
}

#[test]
fn tls_registry_with_ca_file_and_credential_helper() {
    let reg =
        Registry::start(registry_support::RegistryConfig { auth: Some(("bob".into(), "pw-42".into())), tls: true });
    let tmp = tempfile::tempdir().unwrap();
    // A docker credential helper on PATH, named in credHelpers.
    let bin = tmp.path().join("bin");
    std::fs::create_dir_all(&bin).unwrap();
    let helper = bin.join("docker-credential-kftest");
    std::fs::write(&helper, "#!/bin/sh\nread server\necho \"{\\\"ServerURL\\\":\\\"$server\\\",\\\"Username\\\":\\\"bob\\\",\\\"Secret\\\":\\\"pw-42\\\"}\"\n").unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&helper, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
    let docker_cfg = tmp.path().join("docker");
    std::fs::create_dir_all(&docker_cfg).unwrap();
    std::fs::write(docker_cfg.join("config.json"), format!("{{\"credHelpers\":{{\"{}\":\"kftest\"}}}}", reg.host()))
        .unwrap();
    let path = format!("{}:{}", bin.display(), std::env::var("PATH").unwrap_or_default());
    let path = PathBuf::from(path);
    let env: Vec<(&str, &Path)> = vec![("DOCKER_CONFIG", docker_cfg.as_path()), ("PATH", path.as_path())];

    let chart = make_chart(tmp.path(), "tlschart", "0.3.0");
    let dest = format!("oci://{}/secure", reg.host());
    let ca = reg.ca();
    // verified TLS without the CA fails
    let (code, _, err) = kforge(&["chart", "push", chart.to_str().unwrap(), &dest], None, &env);
    assert_eq!(code, 1, "{err}");
    ok(&["chart", "push", chart.to_str().unwrap(), &dest, "--ca-file", ca.to_str().unwrap()], &env);
    let out_dir = tmp.path().join("o");
    ok(
        &[
            "chart",
            "pull",
            &format!("{dest}/tlschart"),
            "--version",
            "0.3.0",
            "-d",
            out_dir.to_str().unwrap(),
            "--insecure-skip-tls-verify",
        ],
        &env,
    );
    assert_eq!(std::fs::read(out_dir.join("tlschart-0.3.0.tgz")).unwrap(), std::fs::read(&chart).unwrap());
}

/// A tiny HTTP file server on loopback for chart repositories.
fn serve_dir(dir: PathBuf) -> u16 {
    let l = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = l.local_addr().unwrap().port();
    std::thread::spawn(move || {
        for conn in l.incoming() {
            let Ok(mut s) = conn else { continue };
            let dir = dir.clone();
            std::thread::spawn(move || {
                let mut r = BufReader::new(s.try_clone().unwrap());
                let mut line = String::new();
                if r.read_line(&mut line).is_err() {
                    return;
                }
                loop {
                    let mut h = String::new();
                    if r.read_line(&mut h).is_err() || h == "\r\n" || h.is_empty() {
                        break;
                    }
                }
                let path = line.split_whitespace().nth(1).unwrap_or("/").trim_start_matches('/').to_string();
                let file = dir.join(&path);
                match std::fs::read(&file) {
                    Ok(body) if !path.contains("..") => {
                        let _ =
                            write!(s, "HTTP/1.1 200 OK\r\nContent-Length: {}\r\nConnection: close\r\n\r\n", body.len());
                        let _ = s.write_all(&body);
                    }
                    _ => {
                        let _ =
                            s.write_all(b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                    }
                }
            });
        }
    });
    port
}

#[test]
fn pull_from_http_chart_repository() {
    let tmp = tempfile::tempdir().unwrap();
    let a = make_chart(tmp.path(), "web", "1.0.0");
    let b = make_chart(tmp.path(), "web", "1.1.0");
    let repo = tmp.path().join("pkg");
    let port = serve_dir(repo.clone());
    let url = format!("http://127.0.0.1:{port}/");
    run_helm(&["repo", "index", repo.to_str().unwrap()], tmp.path(), &[]);
    let out = tmp.path().join("out");
    ok(&["chart", "pull", &url, "web", "--version", "1.0.0", "-d", out.to_str().unwrap()], &[]);
    assert_eq!(std::fs::read(out.join("web-1.0.0.tgz")).unwrap(), std::fs::read(&a).unwrap());
    ok(&["chart", "pull", &url, "web", "--version", "^1", "-d", out.to_str().unwrap()], &[]);
    assert_eq!(std::fs::read(out.join("web-1.1.0.tgz")).unwrap(), std::fs::read(&b).unwrap());
    // a tampered archive fails the index digest check and writes nothing
    std::fs::write(&a, b"not the chart").unwrap();
    let out2 = tmp.path().join("out2");
    let (code, _, err) =
        kforge(&["chart", "pull", &url, "web", "--version", "1.0.0", "-d", out2.to_str().unwrap()], None, &[]);
    assert_eq!(code, 1);
    assert!(err.contains("does not match index.yaml digest"), "{err}");
    assert!(!out2.join("web-1.0.0.tgz").exists());
    let (code, _, err) = kforge(&["chart", "pull", &url, "nope", "-d", out2.to_str().unwrap()], None, &[]);
    assert_eq!(code, 1);
    assert!(err.contains("chart \"nope\""), "{err}");
}

#[test]
fn bad_inputs_are_named() {
    let tmp = tempfile::tempdir().unwrap();
    let not_tgz = tmp.path().join("x.tgz");
    std::fs::write(&not_tgz, b"plain text").unwrap();
    let (code, _, err) =
        kforge(&["chart", "push", not_tgz.to_str().unwrap(), "oci://127.0.0.1:1/x", "--plain-http"], None, &[]);
    assert_eq!(code, 1);
    assert!(err.contains("x.tgz") && err.contains("not a chart archive"), "{err}");
    let (code, _, err) = kforge(&["chart", "push", tmp.path().to_str().unwrap(), "oci://127.0.0.1:1/x"], None, &[]);
    assert_eq!(code, 1);
    assert!(err.contains("is a directory"), "{err}");
    let (code, _, err) = kforge(&["chart", "pull", "oci://127.0.0.1:1/Bad/Name"], None, &[]);
    assert_eq!(code, 1);
    assert!(err.contains("invalid reference"), "{err}");
    let cfg = tmp.path().join("config.json");
    std::fs::write(&cfg, "{not json").unwrap();
    let (code, _, err) = kforge(
        &["chart", "pull", "oci://127.0.0.1:1/a/b", "--registry-config", cfg.to_str().unwrap(), "--plain-http"],
        None,
        &[],
    );
    assert_eq!(code, 1);
    assert!(err.contains("config.json") && err.contains("invalid JSON"), "{err}");
}
