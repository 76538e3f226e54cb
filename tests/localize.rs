//! `kforge localize` (kustomize's localize): vendoring a tree that reaches a
//! `file://` git repository made here, a loopback http(s) file server the
//! test starts, and a sibling directory inside `--scope`.
mod common;

use std::io::{Read, Write};
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::Command as Std;

use common::kforge;

fn git(dir: &Path, args: &[&str]) {
    let out = Std::new("git")
        .args(["-c", "user.name=kforge", "-c", "user.email=kforge@example.com", "-c", "commit.gpgsign=false"])
        .args(args)
        .current_dir(dir)
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .output()
        .expect("git must be installed to test localize");
    assert!(out.status.success(), "git {args:?}: {}", String::from_utf8_lossy(&out.stderr));
}

fn write(path: &Path, text: &str) {
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}

/// Serve `files` (path → body) on 127.0.0.1 until the test ends.
fn serve(files: Vec<(&'static str, &'static str)>) -> String {
    let l = TcpListener::bind("127.0.0.1:0").unwrap();
    let base = format!("http://{}", l.local_addr().unwrap());
    std::thread::spawn(move || {
        for conn in l.incoming() {
            let Ok(mut c) = conn else { continue };
            let mut buf = [0u8; 4096];
            let n = c.read(&mut buf).unwrap_or(0);
            let req = String::from_utf8_lossy(&buf[..n]).to_string();
            let path = req.split_whitespace().nth(1).unwrap_or("/").to_string();
            let resp = match files.iter().find(|(p, _)| *p == path) {
                Some((_, body)) => {
                    format!("HTTP/1.1 200 OK\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}", body.len())
                }
                None => "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n".to_string(),
            };
            let _ = c.write_all(resp.as_bytes());
        }
    });
    base
}

const LABEL_PATCH: &str =
    "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n  labels:\n    patched-by: transformer\n";

const DEPLOY: &str = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: 1\n  template:\n    spec:\n      containers:\n      - name: web\n        image: nginx\n";

struct World {
    _tmp: tempfile::TempDir,
    dir: PathBuf,
    repo: PathBuf,
    base: String,
}

fn world() -> World {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().canonicalize().unwrap();
    let repo = dir.join("repo");
    std::fs::create_dir_all(&repo).unwrap();
    git(&repo, &["init", "-q"]);
    git(&repo, &["checkout", "-q", "-b", "main"]);
    write(&repo.join("base/kustomization.yaml"), "resources:\n- cm.yaml\nnamePrefix: remote-\n");
    write(
        &repo.join("base/cm.yaml"),
        "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata:\n  release: v1\n",
    );
    git(&repo, &["add", "-A"]);
    git(&repo, &["commit", "-q", "-m", "v1"]);
    git(&repo, &["tag", "v1"]);
    let base = serve(vec![("/files/deploy.yaml", DEPLOY), ("/files/label-patch.yaml", LABEL_PATCH)]);
    let scope = dir.join("scope");
    write(&scope.join("common/kustomization.yaml"), "resources:\n- svc.yaml\n");
    write(
        &scope.join("common/svc.yaml"),
        "apiVersion: v1\nkind: Service\nmetadata:\n  name: svc\nspec:\n  ports:\n  - port: 80\n",
    );
    write(
        &scope.join("app/kustomization.yaml"),
        &format!(
            "# comments are not kept: kustomize rewrites the file\nnamePrefix: app-\nresources:\n- ../common\n- file://{}//base?ref=v1\n- {base}/files/deploy.yaml\nconfigMapGenerator:\n- name: cfg\n  files:\n  - key=conf/app.properties\npatches:\n- path: patch.yaml\ntransformers:\n- label.yaml\n",
            repo.display()
        ),
    );
    write(
        &scope.join("app/label.yaml"),
        &format!("apiVersion: builtin\nkind: PatchTransformer\nmetadata:\n  name: label\npath: {base}/files/label-patch.yaml\n"),
    );
    write(&scope.join("app/conf/app.properties"), "a=b\n");
    write(
        &scope.join("app/patch.yaml"),
        "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: 2\n",
    );
    World { _tmp: tmp, dir, repo, base }
}

fn files(dir: &Path) -> Vec<String> {
    fn walk(dir: &Path, rel: &Path, out: &mut Vec<String>) {
        for e in std::fs::read_dir(dir.join(rel)).unwrap() {
            let e = e.unwrap();
            let r = rel.join(e.file_name());
            if e.file_type().unwrap().is_dir() {
                walk(dir, &r, out);
            } else {
                out.push(r.to_string_lossy().into_owned());
            }
        }
    }
    let mut out = Vec::new();
    walk(dir, Path::new(""), &mut out);
    out.sort();
    out
}

#[test]
fn localize_vendors_remote_trees_http_files_and_scope_siblings() {
    let w = world();
    let before = kforge().arg("build").arg(w.dir.join("scope/app")).output().unwrap();
    assert!(before.status.success(), "{}", String::from_utf8_lossy(&before.stderr));
    let out = kforge().current_dir(&w.dir).args(["localize", "scope/app", "out", "--scope", "scope"]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "VERIFICATION SUCCESS: `kustomize build` for scope/app and out are the same after localization.\nSUCCESS: localized \"scope/app\" to directory out\n"
    );
    assert!(out.stdout.is_empty());
    let repo_dir = format!("localized-files/file-schemed{}/v1/base", w.repo.display());
    let mut want = vec![
        "app/conf/app.properties".to_string(),
        "app/kustomization.yaml".to_string(),
        "app/label.yaml".to_string(),
        "app/localized-files/127.0.0.1/files/deploy.yaml".to_string(),
        "app/localized-files/127.0.0.1/files/label-patch.yaml".to_string(),
        format!("app/{repo_dir}/cm.yaml"),
        format!("app/{repo_dir}/kustomization.yaml"),
        "app/patch.yaml".to_string(),
        "common/kustomization.yaml".to_string(),
        "common/svc.yaml".to_string(),
    ];
    want.sort();
    assert_eq!(files(&w.dir.join("out")), want);
    assert_eq!(
        std::fs::read_to_string(w.dir.join("out/app/kustomization.yaml")).unwrap(),
        format!(
            "configMapGenerator:\n- files:\n  - key=conf/app.properties\n  name: cfg\nnamePrefix: app-\npatches:\n- path: patch.yaml\nresources:\n- ../common\n- {repo_dir}\n- localized-files/127.0.0.1/files/deploy.yaml\ntransformers:\n- label.yaml\n"
        )
    );
    // The built-in plugin config now names the downloaded patch.
    assert_eq!(
        std::fs::read_to_string(w.dir.join("out/app/label.yaml")).unwrap(),
        "apiVersion: builtin\nkind: PatchTransformer\nmetadata:\n  name: label\npath: localized-files/127.0.0.1/files/label-patch.yaml\n"
    );
    assert_eq!(
        std::fs::read_to_string(w.dir.join("out/app/localized-files/127.0.0.1/files/deploy.yaml")).unwrap(),
        DEPLOY
    );
    // The copy builds to the same output with the repository and server gone.
    std::fs::remove_dir_all(&w.repo).unwrap();
    let after = kforge().arg("build").arg(w.dir.join("out/app")).output().unwrap();
    assert!(after.status.success(), "{}", String::from_utf8_lossy(&after.stderr));
    assert_eq!(before.stdout, after.stdout);
    let _ = &w.base;
}

#[test]
fn localize_a_remote_target_names_the_destination_after_it() {
    let w = world();
    let target = format!("file://{}//base?ref=v1", w.repo.display());
    let out = kforge().current_dir(&w.dir).args(["localize", &target]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(files(&w.dir.join("localized-base-v1")), ["base/cm.yaml", "base/kustomization.yaml"]);
    assert_eq!(
        std::fs::read_to_string(w.dir.join("localized-base-v1/base/kustomization.yaml")).unwrap(),
        "namePrefix: remote-\nresources:\n- cm.yaml\n"
    );
}

#[test]
fn localize_errors_leave_nothing_behind() {
    let w = world();
    let no_ref = format!("file://{}//base", w.repo.display());
    kforge()
        .current_dir(&w.dir)
        .args(["localize", &no_ref, "x"])
        .assert()
        .code(1)
        .stderr(format!("Error: localize remote root {no_ref:?} missing ref query string parameter\n"));
    // ../common is outside the default scope (the target itself).
    let out = kforge().current_dir(&w.dir).args(["localize", "scope/app", "dest"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("outside localize scope"), "{err}");
    assert!(!w.dir.join("dest").exists(), "the destination is removed after a failure");
    // An existing destination is refused.
    std::fs::create_dir(w.dir.join("taken")).unwrap();
    kforge()
        .current_dir(&w.dir)
        .args(["localize", "scope/common", "taken"])
        .assert()
        .code(1)
        .stderr("Error: invalid localize destination \"taken\": localize destination \"taken\" already exists\n");
    // A scope that does not contain the target.
    let out =
        kforge().current_dir(&w.dir).args(["localize", "scope/common", "d2", "--scope", "scope/app"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("does not contain target"));
}

/// `kforge localize TARGET DEST --mirror MAP -o OUT --verify`: the tree is
/// vendored into DEST (remote base, http file), then the vendored copy is
/// localized to OUT with every image rewritten; OUT builds with the
/// repository and the server gone and names only mirrored images.
#[test]
fn localize_vendors_then_rewrites_images_in_one_command() {
    let w = world();
    let map = Path::new(env!("CARGO_MANIFEST_DIR")).join("testdata/images/mirror.yaml");
    let solo = w.dir.join("solo");
    write(
        &solo.join("kustomization.yaml"),
        &format!(
            "resources:\n- file://{}//base?ref=v1\n- {}/files/deploy.yaml\n- job.yaml\n",
            w.repo.display(),
            w.base
        ),
    );
    write(
        &solo.join("job.yaml"),
        "apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: warm\nspec:\n  template:\n    spec:\n      containers:\n      - name: warm\n        image: quay.io/example/warm:1.0  # comments stay\n        args: [\"--cache-image=bitnami/redis:7.2\"]\n",
    );
    let out = kforge()
        .current_dir(&w.dir)
        .args(["localize", "solo", "vend", "--mirror", map.to_str().unwrap(), "-o", "out", "--verify"])
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{err}");
    assert!(err.contains("SUCCESS: localized \"solo\" to directory vend"), "{err}");
    assert!(err.contains("localized 3 image reference(s)"), "{err}");
    assert!(err.contains("verified: 3 image reference(s), all under the mirror"), "{err}");
    // The vendored copy keeps the upstream images; OUT has the mirror's.
    let vendored = std::fs::read_to_string(w.dir.join("vend/localized-files/127.0.0.1/files/deploy.yaml")).unwrap();
    assert_eq!(vendored, DEPLOY);
    assert_eq!(
        std::fs::read_to_string(w.dir.join("out/localized-files/127.0.0.1/files/deploy.yaml")).unwrap(),
        DEPLOY.replace("image: nginx", "image: mirror.example.cn/library/nginx")
    );
    let job = std::fs::read_to_string(w.dir.join("out/job.yaml")).unwrap();
    assert!(job.contains("image: mirror.example.cn/quay.io/example/warm:1.0  # comments stay\n"), "{job}");
    assert!(job.contains("--cache-image=mirror.example.cn/docker.io/bitnami/redis:7.2"), "{job}");
    // OUT builds offline.
    std::fs::remove_dir_all(&w.repo).unwrap();
    let built = kforge().arg("build").arg(w.dir.join("out")).output().unwrap();
    assert!(built.status.success(), "{}", String::from_utf8_lossy(&built.stderr));
    let text = String::from_utf8(built.stdout).unwrap();
    assert!(text.contains("name: remote-settings"), "{text}");
    let images: Vec<&str> =
        text.lines().filter_map(|l| l.trim().trim_start_matches("- ").strip_prefix("image: ")).collect();
    assert_eq!(images, ["mirror.example.cn/library/nginx", "mirror.example.cn/quay.io/example/warm:1.0"], "{text}");
}
