//! `kforge chart dependency update|build` with remote repositories: an HTTP
//! chart repository (a loopback file server) and an OCI registry (Debian's
//! docker-registry), against real `helm dependency update` on the same chart
//! and the same servers.
mod registry_support;

use std::path::{Path, PathBuf};
use std::process::Command;

use base64::Engine;
use registry_support::http::FileServer;
use registry_support::{helm, kforge, sha256_hex, Registry};

fn run_helm(args: &[&str], cwd: &Path, home: &Path) -> String {
    let out = Command::new(helm())
        .args(args)
        .current_dir(cwd)
        .env("HELM_CACHE_HOME", home.join("cache"))
        .env("HELM_CONFIG_HOME", home.join("config"))
        .env("HELM_DATA_HOME", home.join("data"))
        .output()
        .expect("run helm");
    assert!(
        out.status.success(),
        "helm {args:?} failed: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// `helm create NAME` with its version set, packaged into `out`.
fn make_chart(work: &Path, name: &str, version: &str, out: &Path) -> PathBuf {
    let src = work.join("src").join(format!("{name}-{version}"));
    std::fs::create_dir_all(&src).unwrap();
    run_helm(&["create", name], &src, work);
    let cy = src.join(name).join("Chart.yaml");
    let text = std::fs::read_to_string(&cy).unwrap().replace("version: 0.1.0", &format!("version: {version}"));
    std::fs::write(&cy, text).unwrap();
    std::fs::create_dir_all(out).unwrap();
    run_helm(&["package", name, "-d", out.to_str().unwrap()], &src, work);
    out.join(format!("{name}-{version}.tgz"))
}

fn ok(args: &[&str]) -> String {
    let (code, out, err) = kforge(args, None, &[]);
    assert_eq!(code, 0, "kforge {args:?} failed:\n{out}\n{err}");
    out
}

/// Chart.lock without the lines that may differ: helm's `generated` time
/// and kforge's per-dependency archive digests.
fn comparable_lock(p: &Path) -> String {
    std::fs::read_to_string(p)
        .unwrap()
        .lines()
        .filter(|l| !l.starts_with("generated:") && !l.starts_with("  digest:"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// File name → bytes of every file in DIR/charts.
fn charts(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut v: Vec<(String, Vec<u8>)> = std::fs::read_dir(dir.join("charts"))
        .unwrap()
        .map(|e| e.unwrap())
        .filter(|e| e.file_type().unwrap().is_file())
        .map(|e| (e.file_name().to_string_lossy().into_owned(), std::fs::read(e.path()).unwrap()))
        .collect();
    v.sort();
    v
}

fn names(c: &[(String, Vec<u8>)]) -> Vec<&str> {
    c.iter().map(|(n, _)| n.as_str()).collect()
}

struct Fixture {
    tmp: tempfile::TempDir,
    reg: Registry,
    web: FileServer,
}

/// Charts `sub` (HTTP repository `repo/`, relative URLs under `pkgs/`),
/// `abs` (HTTP repository `r2/` whose index has absolute URLs to another
/// path and file name), `osub` and `esub` (OCI, pushed by helm).
fn fixture(reg: Registry, auth: Option<(&str, &str)>) -> Fixture {
    let tmp = tempfile::tempdir().unwrap();
    let t = tmp.path();
    let www = t.join("www");
    for v in ["1.0.0", "1.2.0", "1.2.5", "2.0.0-rc.1"] {
        make_chart(t, "sub", v, &www.join("repo/pkgs"));
    }
    run_helm(&["repo", "index", www.join("repo").to_str().unwrap()], t, t);
    let web = FileServer::start(
        www.clone(),
        auth.map(|(u, p)| base64::engine::general_purpose::STANDARD.encode(format!("{u}:{p}"))),
    );
    for v in ["1.0.0", "1.1.0"] {
        make_chart(t, "abs", v, &www.join("r2"));
    }
    run_helm(&["repo", "index", www.join("r2").to_str().unwrap(), "--url", &web.url("files")], t, t);
    std::fs::create_dir_all(www.join("files")).unwrap();
    for v in ["1.0.0", "1.1.0"] {
        let f = format!("abs-{v}.tgz");
        std::fs::rename(www.join("r2").join(&f), www.join("files").join(&f)).unwrap();
    }
    let opkgs = t.join("opkgs");
    let mut pushed = Vec::new();
    for (n, v) in [("osub", "1.0.0"), ("osub", "1.2.0"), ("osub", "1.2.5"), ("esub", "0.3.0+meta.1")] {
        pushed.push(make_chart(t, n, v, &opkgs));
    }
    for p in &pushed {
        let mut args = vec!["push", p.to_str().unwrap()];
        let dest = format!("oci://{}/charts", reg.host());
        args.push(&dest);
        args.push("--plain-http");
        let (u, pw);
        if let Some(a) = auth {
            (u, pw) = a;
            args.extend(["--username", u, "--password", pw]);
        }
        run_helm(&args, t, t);
    }
    Fixture { tmp, reg, web }
}

fn parent_chart(dir: &Path, f: &Fixture, home: &Path) -> PathBuf {
    run_helm(&["create", dir.file_name().unwrap().to_str().unwrap()], dir.parent().unwrap(), home);
    let deps = format!(
        "dependencies:\n\
         - name: sub\n  version: ~1.2.0\n  repository: {}\n\
         - name: abs\n  version: ^1\n  repository: {}\n\
         - name: osub\n  version: \">=1.0.0 <1.2.1\"\n  repository: oci://{}/charts\n  alias: x\n\
         - name: esub\n  version: 0.3.0+meta.1\n  repository: oci://{}/charts\n",
        f.web.url("repo"),
        f.web.url("r2/"),
        f.reg.host(),
        f.reg.host()
    );
    let cy = dir.join("Chart.yaml");
    std::fs::write(&cy, std::fs::read_to_string(&cy).unwrap() + &deps).unwrap();
    dir.to_path_buf()
}

#[test]
fn remote_dependencies_match_helm() {
    let f = fixture(Registry::plain(), None);
    let t = f.tmp.path().to_path_buf();
    let h = parent_chart(&t.join("happ"), &f, &t);
    let k = t.join("kapp");
    std::fs::create_dir_all(&k).unwrap();
    let k = parent_chart(&k, &f, &t);
    run_helm(&["dependency", "update", h.to_str().unwrap(), "--plain-http"], &t, &t);
    let out = ok(&["chart", "dependency", "update", k.to_str().unwrap(), "--plain-http"]);
    assert!(out.contains("sub 1.2.5 sha256:"), "{out}");

    // Chart.lock as helm writes it (name, repository, resolved version, the
    // requirements digest), plus the archives' digests.
    assert_eq!(comparable_lock(&k.join("Chart.lock")), comparable_lock(&h.join("Chart.lock")));
    let lock = std::fs::read_to_string(k.join("Chart.lock")).unwrap();
    assert!(lock.contains("- name: sub\n  repository: http://127.0.0.1:"), "{lock}");
    assert!(lock.contains("  version: 1.2.5\n  digest: sha256:"), "{lock}");
    assert!(lock.contains("  version: 1.2.0\n"), "osub: the highest below 1.2.1\n{lock}");
    assert!(lock.contains("  version: 0.3.0+meta.1\n"), "{lock}");

    // The same archives under the same names, byte for byte.
    let kc = charts(&k);
    assert_eq!(names(&kc), ["abs-1.1.0.tgz", "esub-0.3.0+meta.1.tgz", "osub-1.2.0.tgz", "sub-1.2.5.tgz"]);
    assert_eq!(kc, charts(&h));
    for (name, bytes) in &kc {
        assert!(lock.contains(&format!("sha256:{}", sha256_hex(bytes))), "{name} digest missing from\n{lock}");
    }
    assert_eq!(kc[3].1, std::fs::read(t.join("www/repo/pkgs/sub-1.2.5.tgz")).unwrap());

    // helm reads kforge's lock and charts.
    let rendered = run_helm(&["template", "r", k.to_str().unwrap()], &t, &t);
    assert!(rendered.contains("# Source: kapp/charts/x/templates/deployment.yaml"), "{rendered}");

    // build restores charts/ from the lock; archives already there with the
    // pinned digest are not downloaded again.
    std::fs::remove_dir_all(k.join("charts")).unwrap();
    ok(&["chart", "dependency", "build", k.to_str().unwrap(), "--plain-http"]);
    assert_eq!(charts(&k), kc);
    let before = f.web.requests().len();
    ok(&["chart", "dependency", "build", k.to_str().unwrap(), "--plain-http"]);
    assert_eq!(f.web.requests().len(), before, "{:?}", f.web.requests());
    assert_eq!(charts(&k), kc);

    // A new matching version: update takes it and drops the outdated
    // archive, as helm does.
    make_chart(&t, "sub", "1.2.9", &t.join("www/repo/pkgs"));
    run_helm(&["repo", "index", t.join("www/repo").to_str().unwrap()], &t, &t);
    ok(&["chart", "dependency", "update", k.to_str().unwrap(), "--plain-http"]);
    run_helm(&["dependency", "update", h.to_str().unwrap(), "--plain-http"], &t, &t);
    assert_eq!(comparable_lock(&k.join("Chart.lock")), comparable_lock(&h.join("Chart.lock")));
    assert_eq!(charts(&k), charts(&h));
    assert!(names(&charts(&k)).contains(&"sub-1.2.9.tgz"));
    assert!(!names(&charts(&k)).contains(&"sub-1.2.5.tgz"));

    // A tampered archive fails the index digest check; nothing changes.
    let lock_before = std::fs::read(k.join("Chart.lock")).unwrap();
    let charts_before = charts(&k);
    let good = std::fs::read(t.join("www/repo/pkgs/sub-1.2.9.tgz")).unwrap();
    std::fs::write(t.join("www/repo/pkgs/sub-1.2.9.tgz"), b"not the chart").unwrap();
    let (code, _, err) = kforge(&["chart", "dependency", "update", k.to_str().unwrap(), "--plain-http"], None, &[]);
    assert_eq!(code, 1);
    assert!(err.contains("does not match index.yaml digest") && err.contains("dependencies[0] (sub)"), "{err}");
    assert_eq!(std::fs::read(k.join("Chart.lock")).unwrap(), lock_before);
    assert_eq!(charts(&k), charts_before);
    // build refuses an archive whose digest is not the lock's.
    std::fs::remove_dir_all(k.join("charts")).unwrap();
    let (code, _, err) = kforge(&["chart", "dependency", "build", k.to_str().unwrap(), "--plain-http"], None, &[]);
    assert_eq!(code, 1);
    assert!(err.contains("sub"), "{err}");
    std::fs::write(t.join("www/repo/pkgs/sub-1.2.9.tgz"), good).unwrap();

    // No match, and a repository name instead of a URL: errors naming the field.
    let cy = k.join("Chart.yaml");
    let text = std::fs::read_to_string(&cy).unwrap();
    std::fs::write(&cy, text.replace(">=1.0.0 <1.2.1", "^7")).unwrap();
    let (code, _, err) = kforge(&["chart", "dependency", "update", k.to_str().unwrap(), "--plain-http"], None, &[]);
    assert_eq!(code, 1);
    assert!(err.contains("dependencies[2] (osub)") && err.contains("^7"), "{err}");
    std::fs::write(&cy, text.replace(&f.web.url("repo"), "\"@stable\"")).unwrap();
    let (code, _, err) = kforge(&["chart", "dependency", "update", k.to_str().unwrap(), "--plain-http"], None, &[]);
    assert_eq!(code, 1);
    assert!(err.contains("dependencies[0].repository \"@stable\""), "{err}");
}

/// Logins from `kforge registry login` (the registry) and the docker config
/// (the HTTP repository); no secret in any output.
#[test]
fn remote_dependencies_with_credentials() {
    let (user, pass) = ("carol", "dep-s3cret-pw");
    let f = fixture(Registry::with_auth(user, pass), Some((user, pass)));
    let t = f.tmp.path().to_path_buf();
    let k = t.join("kapp");
    std::fs::create_dir_all(&k).unwrap();
    let k = parent_chart(&k, &f, &t);
    let cfg = t.join("docker-config.json");
    let cfg_s = cfg.to_str().unwrap();
    // Without credentials: a clear error naming the host, no secret.
    let (code, out, err) = kforge(
        &["chart", "dependency", "update", k.to_str().unwrap(), "--plain-http", "--registry-config", cfg_s],
        None,
        &[],
    );
    assert_eq!(code, 1, "{out}{err}");
    assert!(err.contains("401") || err.contains("authentication"), "{err}");
    let (code, out, err) = kforge(
        &[
            "registry",
            "login",
            &f.reg.host(),
            "-u",
            user,
            "--password-stdin",
            "--plain-http",
            "--registry-config",
            cfg_s,
        ],
        Some(&format!("{pass}\n")),
        &[],
    );
    assert_eq!(code, 0, "{out}{err}");
    // The HTTP repository's login, in the same file.
    let mut v: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&cfg).unwrap()).unwrap();
    v["auths"][format!("127.0.0.1:{}", f.web.port)] =
        serde_json::json!({"auth": base64::engine::general_purpose::STANDARD.encode(format!("{user}:{pass}"))});
    std::fs::write(&cfg, v.to_string()).unwrap();
    let (code, out, err) = kforge(
        &["chart", "dependency", "update", k.to_str().unwrap(), "--plain-http", "--registry-config", cfg_s],
        None,
        &[],
    );
    assert_eq!(code, 0, "{out}{err}");
    assert_eq!(names(&charts(&k)), ["abs-1.1.0.tgz", "esub-0.3.0+meta.1.tgz", "osub-1.2.0.tgz", "sub-1.2.5.tgz"]);
    let lock = std::fs::read_to_string(k.join("Chart.lock")).unwrap();
    for text in [&out, &err, &lock] {
        assert!(
            !text.contains(pass)
                && !text.contains(&base64::engine::general_purpose::STANDARD.encode(format!("{user}:{pass}")))
        );
    }
}
