//! A registry in bearer-token mode (docker-registry `auth: token`) with a
//! token server the test runs on loopback: `kforge registry login`, chart
//! push/pull (also read by helm) and image mirroring in and out all go
//! through the token challenge; no credential or token is ever printed.
mod registry_support;

use std::path::Path;
use std::process::Command;

use registry_support::images::{self, client, head, push_image, random_bytes};
use registry_support::{helm, kforge, Registry};

const USER: &str = "tina";
const PASS: &str = "tok-pass-9f2c";

fn check_secrets(reg: &Registry, texts: &[&str]) {
    let tokens = reg.token.as_ref().unwrap().tokens();
    for text in texts {
        assert!(!text.contains(PASS), "password printed: {text}");
        for t in &tokens {
            assert!(!text.contains(t.as_str()), "token printed: {text}");
            // nor a recognisable piece of one (its signature)
            let sig = t.rsplit('.').next().unwrap();
            assert!(!text.contains(sig), "token signature printed: {text}");
        }
    }
}

#[test]
fn push_pull_and_mirror_through_bearer_tokens() {
    let reg = Registry::with_token(USER, PASS);
    let host = reg.host();
    let tmp = tempfile::tempdir().unwrap();
    let t = tmp.path();
    let docker = t.join("docker");
    let env: Vec<(&str, &Path)> = vec![("DOCKER_CONFIG", docker.as_path())];

    // Without a login the registry's challenge leads to a refused token.
    let (code, out, err) =
        kforge(&["chart", "pull", &format!("oci://{host}/charts/tok"), "-d", "x", "--plain-http"], None, &env);
    assert_eq!(code, 1, "{out}{err}");
    assert!(err.contains("authentication failed") && err.contains(&format!("kforge registry login {host}")), "{err}");

    // A wrong password: refused, not printed.
    let (code, out, err) = kforge(
        &["registry", "login", &host, "-u", USER, "--password-stdin", "--plain-http"],
        Some("wrong-pass-77"),
        &env,
    );
    assert_eq!(code, 1, "{out}{err}");
    assert!(!out.contains("wrong-pass-77") && !err.contains("wrong-pass-77"));
    let (code, out, err) =
        kforge(&["registry", "login", &host, "-u", USER, "--password-stdin", "--plain-http"], Some(PASS), &env);
    assert_eq!(code, 0, "{out}{err}");
    let config = std::fs::read_to_string(docker.join("config.json")).unwrap();
    check_secrets(&reg, &[&out, &err]);
    assert!(!config.contains("token"), "only the login is stored: {config}");

    // chart push and pull (exact, range) through tokens.
    let (code, out, err) = kforge(&["chart", "create", t.join("tok").to_str().unwrap()], None, &env);
    assert_eq!(code, 0, "{out}{err}");
    let pkg = t.join("pkg");
    let (code, out, err) =
        kforge(&["chart", "package", t.join("tok").to_str().unwrap(), "-d", pkg.to_str().unwrap()], None, &env);
    assert_eq!(code, 0, "{out}{err}");
    let archive = pkg.join("tok-0.1.0.tgz");
    let mut printed = Vec::new();
    let (code, out, err) = kforge(
        &["chart", "push", archive.to_str().unwrap(), &format!("oci://{host}/charts"), "--plain-http"],
        None,
        &env,
    );
    assert_eq!(code, 0, "{out}{err}");
    printed.push(out + &err);
    for version in ["0.1.0", "^0.1"] {
        let dest = t.join(format!("pulled-{}", version.len()));
        let (code, out, err) = kforge(
            &[
                "chart",
                "pull",
                &format!("oci://{host}/charts/tok"),
                "--version",
                version,
                "-d",
                dest.to_str().unwrap(),
                "--plain-http",
            ],
            None,
            &env,
        );
        assert_eq!(code, 0, "{out}{err}");
        assert_eq!(std::fs::read(dest.join("tok-0.1.0.tgz")).unwrap(), std::fs::read(&archive).unwrap());
        printed.push(out + &err);
    }
    // helm reads what kforge pushed through the same token server.
    let hdest = t.join("helm-pulled");
    std::fs::create_dir_all(&hdest).unwrap();
    let out = Command::new(helm())
        .args(["pull", &format!("oci://{host}/charts/tok"), "--version", "0.1.0", "--plain-http"])
        .args(["--username", USER, "--password", PASS, "-d", hdest.to_str().unwrap()])
        .env("HELM_CONFIG_HOME", t.join("helm-config"))
        .env("HELM_CACHE_HOME", t.join("helm-cache"))
        .output()
        .unwrap();
    assert!(out.status.success(), "helm pull: {}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(std::fs::read(hdest.join("tok-0.1.0.tgz")).unwrap(), std::fs::read(&archive).unwrap());

    // Mirror images from a plain registry into the token registry, then out
    // of it into another plain one: digests unchanged end to end.
    let src = Registry::plain();
    let s = src.host();
    let sc = client(None);
    let a =
        push_image(&sc, &s, "team/a", Some("1.0"), vec![random_bytes(300_000, 1), random_bytes(50_000, 2)], "amd64");
    let b_amd = push_image(&sc, &s, "team/b", None, vec![random_bytes(120_000, 3)], "amd64");
    let b_arm = push_image(&sc, &s, "team/b", None, vec![random_bytes(130_000, 4)], "arm64");
    let b = images::push_index(&sc, &s, "team/b", "2.0", &[(&b_amd, "amd64"), (&b_arm, "arm64")]);
    let to = format!("{host}/mirror");
    let (code, out, err) = kforge(
        &[
            "mirror",
            "images",
            &format!("{s}/team/a:1.0"),
            &format!("{s}/team/b:2.0"),
            "--to",
            &to,
            "--mirror",
            &format!("{s}={to}"),
            "--plain-http",
        ],
        None,
        &env,
    );
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.contains("2 images: 2 copied"), "{out}");
    printed.push(out + &err);
    // A second repository on the same registry mounts the blobs it needs.
    let (code, out, err) = kforge(
        &[
            "mirror",
            "images",
            &format!("{s}/team/a:1.0"),
            "--to",
            &to,
            "--mirror",
            &format!("{s}/team={to}/other"),
            "--plain-http",
        ],
        None,
        &env,
    );
    assert_eq!(code, 0, "{out}{err}");
    printed.push(out + &err);
    let out2 = Registry::plain();
    let (code, out, err) = kforge(
        &[
            "mirror",
            "images",
            &format!("{to}/team/a:1.0"),
            &format!("{to}/team/b:2.0"),
            "--to",
            &out2.host(),
            "--mirror",
            &format!("{to}={}/back", out2.host()),
            "--plain-http",
        ],
        None,
        &env,
    );
    assert_eq!(code, 0, "{out}{err}");
    printed.push(out + &err);
    let oc = client(None);
    assert_eq!(head(&oc, &out2.host(), "back/team/a", "1.0").as_deref(), Some(a.digest.as_str()));
    assert_eq!(head(&oc, &out2.host(), "back/team/b", "2.0").as_deref(), Some(b.digest.as_str()));
    assert_eq!(head(&oc, &out2.host(), "back/team/b", &b_arm.digest).as_deref(), Some(b_arm.digest.as_str()));

    // mirror status through tokens: up to date, exit 0.
    let (code, out, err) = kforge(
        &["mirror", "status", &format!("{s}/team/a:1.0"), "--mirror", &format!("{s}={to}"), "--plain-http"],
        None,
        &env,
    );
    assert_eq!(code, 0, "{out}{err}");
    printed.push(out + &err);

    // The token server saw scoped requests with basic credentials only.
    let reqs = reg.token.as_ref().unwrap().requests.lock().unwrap().clone();
    assert!(reqs.iter().any(|r| r.contains("repository:mirror/team/a:pull,push")), "{reqs:?}");
    assert!(!reg.token.as_ref().unwrap().tokens().is_empty());
    let all: Vec<&str> = printed.iter().map(String::as_str).collect();
    check_secrets(&reg, &all);
}
