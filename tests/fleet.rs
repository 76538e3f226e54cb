//! `kforge build --targets` (fleets), `--check` (CI drift) and byte
//! determinism across `--jobs`. The fleet is testdata/fleet/fleet.yaml:
//! five placed targets in two regions (different mirror maps), overrides
//! selected by labels and by name; its committed render is
//! testdata/fleet/rendered/ (kept current by `committed_render_has_no_drift`).
mod common;

use std::fs;
use std::path::{Path, PathBuf};

use common::{kforge, root};

const PLACED: [&str; 5] = ["eu-prod-1", "eu-prod-2", "eu-staging", "us-prod-1", "us-staging"];

fn fleet_dir() -> PathBuf {
    root().join("testdata/fleet")
}

fn copy_tree(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for e in fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        let dest = to.join(e.file_name());
        if e.file_type().unwrap().is_dir() {
            copy_tree(&e.path(), &dest);
        } else {
            fs::copy(e.path(), &dest).unwrap();
        }
    }
}

/// A copy of testdata/fleet in a temporary directory.
fn fleet_copy() -> tempfile::TempDir {
    let t = tempfile::tempdir().unwrap();
    copy_tree(&fleet_dir(), t.path());
    fs::remove_dir_all(t.path().join("rendered")).unwrap();
    t
}

fn committed(target: &str) -> String {
    fs::read_to_string(fleet_dir().join("rendered").join(target).join("manifest.yaml")).unwrap()
}

fn files_under(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut out = Vec::new();
    fn walk(root: &Path, dir: &Path, out: &mut Vec<(String, Vec<u8>)>) {
        let mut entries: Vec<_> = fs::read_dir(dir).unwrap().map(|e| e.unwrap()).collect();
        entries.sort_by_key(|e| e.file_name());
        for e in entries {
            if e.file_type().unwrap().is_dir() {
                walk(root, &e.path(), out);
            } else {
                let rel = e.path().strip_prefix(root).unwrap().display().to_string();
                out.push((rel, fs::read(e.path()).unwrap()));
            }
        }
    }
    walk(dir, dir, &mut out);
    out
}

#[test]
fn five_targets_one_bad_override_the_other_four_written() {
    let t = fleet_copy();
    let file = t.path().join("fleet.yaml");
    let mut text = fs::read_to_string(&file).unwrap();
    text.push_str(
        "- name: us-prod-1-broken\n  targets: [us-prod-1]\n  patches:\n  - target: {kind: Service, name: web}\n    ops:\n    - {op: replace, path: /spec/clusterIP/x, value: None}\n",
    );
    fs::write(&file, text).unwrap();
    let out = t.path().join("out");
    let o = kforge().args(["-j", "2", "build", "--targets"]).arg(&file).arg("--output-dir").arg(&out).output().unwrap();
    assert_eq!(o.status.code(), Some(1), "{o:?}");
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("target 'us-prod-1'"), "{err}");
    assert!(err.contains("override 'us-prod-1-broken'"), "{err}");
    assert!(err.contains("overrides[5].patches[0].ops[0] (replace /spec/clusterIP/x)"), "{err}");
    assert!(err.contains(&file.display().to_string()), "the file is named: {err}");
    assert!(err.contains("1 of 5 targets failed: us-prod-1"), "{err}");
    assert!(o.stdout.is_empty());
    for name in PLACED {
        let path = out.join(name).join("manifest.yaml");
        if name == "us-prod-1" {
            assert!(!out.join(name).exists(), "the failed target is not written");
        } else {
            assert_eq!(fs::read_to_string(&path).unwrap(), committed(name), "{name}");
        }
    }
    assert!(!out.join("lab").exists(), "'lab' is not placed");
}

#[test]
fn regions_get_their_mirror_maps_and_overrides() {
    let eu2 = committed("eu-prod-2");
    // eu mirror map, the prod overrides and the canary override (by name).
    assert!(eu2.contains("image: registry.eu.example.com/dockerhub/library/nginx:1.28"), "{eu2}");
    assert!(!eu2.contains("proxy"), "{eu2}");
    assert!(eu2.contains("replicas: 3") && eu2.contains("tier: prod"), "{eu2}");
    assert_eq!(eu2.matches("namespace: shop-prod").count(), 3, "{eu2}");
    let eu1 = committed("eu-prod-1");
    assert!(eu1.contains("image: registry.eu.example.com/quay/example/proxy:v2"), "{eu1}");
    let us = committed("us-staging");
    assert!(us.contains("image: registry.us.example.com/docker.io/library/nginx:1.27"), "{us}");
    assert!(us.contains("image: registry.us.example.com/quay.io/example/proxy:v2"), "{us}");
    assert!(us.contains("replicas: 1") && us.contains("namespace: shop-staging") && !us.contains("tier: prod"), "{us}");
    // The name reference to the generated ConfigMap survives.
    assert!(us.contains("name: web-config-hf678c7m2b"), "{us}");
}

#[test]
fn committed_render_has_no_drift() {
    kforge()
        .args(["build", "--targets"])
        .arg(fleet_dir().join("fleet.yaml"))
        .arg("--check")
        .arg(fleet_dir().join("rendered"))
        .assert()
        .code(0)
        .stdout("");
}

#[test]
fn check_reports_drift_with_a_unified_diff() {
    let t = fleet_copy();
    let rendered = t.path().join("rendered");
    copy_tree(&fleet_dir().join("rendered"), &rendered);
    let file = t.path().join("fleet.yaml");
    let text = fs::read_to_string(&file).unwrap().replace("value: 3}", "value: 4}");
    fs::write(&file, text).unwrap();
    fs::create_dir(rendered.join("gone")).unwrap();
    fs::write(rendered.join("gone/manifest.yaml"), "").unwrap();
    let o = kforge().args(["build", "--targets"]).arg(&file).arg("--check").arg(&rendered).output().unwrap();
    assert_eq!(o.status.code(), Some(3), "{o:?}");
    let out = String::from_utf8_lossy(&o.stdout);
    for name in ["eu-prod-1", "eu-prod-2", "us-prod-1"] {
        let p = rendered.join(name).join("manifest.yaml").display().to_string();
        assert!(out.contains(&format!("--- {p}\n+++ {p} (fresh render)\n")), "{out}");
    }
    assert!(!out.contains("staging"), "staging targets did not change: {out}");
    assert_eq!(out.matches("-  replicas: 3\n+  replicas: 4\n").count(), 3, "{out}");
    assert!(out.contains("only in ") && out.contains("gone/manifest.yaml (not a placed target"), "{out}");
    // Nothing was written by a check.
    assert_eq!(fs::read_to_string(rendered.join("eu-prod-1/manifest.yaml")).unwrap(), committed("eu-prod-1"));
}

#[test]
fn one_target_to_stdout_file_or_check() {
    let file = fleet_dir().join("fleet.yaml");
    kforge()
        .args(["build", "--targets"])
        .arg(&file)
        .args(["--target", "us-prod-1"])
        .assert()
        .code(0)
        .stdout(committed("us-prod-1"));
    let t = tempfile::tempdir().unwrap();
    let one = t.path().join("one.yaml");
    kforge().args(["build", "--targets"]).arg(&file).args(["--target", "eu-staging", "-o"]).arg(&one).assert().code(0);
    assert_eq!(fs::read_to_string(&one).unwrap(), committed("eu-staging"));
    kforge()
        .args(["build", "--targets"])
        .arg(&file)
        .args(["--target", "eu-staging", "--check"])
        .arg(&one)
        .assert()
        .code(0);
    kforge()
        .args(["build", "--targets"])
        .arg(&file)
        .args(["--target", "us-staging", "--check"])
        .arg(&one)
        .assert()
        .code(3)
        .stdout(
            predicates::str::contains("-  namespace: shop-staging")
                .not()
                .and(predicates::str::contains("+      - image: registry.us.example.com")),
        );
    let o = kforge().args(["build", "--targets"]).arg(&file).args(["--target", "nope"]).output().unwrap();
    assert_eq!(o.status.code(), Some(1));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("no target named 'nope' (targets: eu-prod-1, eu-prod-2"), "{err}");
    let o = kforge().args(["build", "--targets"]).arg(&file).args(["--target", "lab"]).output().unwrap();
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stderr).contains("target 'lab' is not selected by the placement"));
}

use predicates::prelude::*;

#[test]
fn bad_targets_file_writes_nothing() {
    let t = fleet_copy();
    let file = t.path().join("fleet.yaml");
    let text = fs::read_to_string(&file).unwrap().replace("{op: remove,", "{op: delete,");
    fs::write(&file, text).unwrap();
    let out = t.path().join("out");
    let o = kforge().args(["build", "--targets"]).arg(&file).arg("--output-dir").arg(&out).output().unwrap();
    assert_eq!(o.status.code(), Some(1));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains(&format!(
            "{}: overrides[4].patches[0].ops[1].op: 'delete' is not one of add, replace, remove",
            file.display()
        )),
        "{err}"
    );
    assert!(!out.exists());
    // Usage errors exit 2.
    kforge().args(["build", "--targets"]).arg(&file).assert().code(2);
    kforge().args(["build", "--target", "x"]).assert().code(2);
}

#[test]
fn chart_template_with_values_per_target() {
    let file = fleet_dir().join("chart-fleet.yaml");
    let eu = kforge().args(["build", "--targets"]).arg(&file).args(["--target", "eu"]).output().unwrap();
    assert!(eu.status.success(), "{eu:?}");
    let eu = String::from_utf8_lossy(&eu.stdout);
    assert!(eu.contains("name: shop-web\n  namespace: shop-eu\n"), "{eu}");
    assert!(
        eu.contains("replicas: 5") && eu.contains("image: registry.eu.example.com/dockerhub/library/nginx:1.27"),
        "{eu}"
    );
    let us = kforge().args(["build", "--targets"]).arg(&file).args(["--target", "us"]).output().unwrap();
    let us = String::from_utf8_lossy(&us.stdout);
    assert!(us.contains("namespace: default") && us.contains("replicas: 2"), "{us}");
    assert!(us.contains("image: docker.io/library/nginx:1.27"), "{us}");
}

#[test]
fn plain_build_check_against_file_and_directory() {
    let dir = root().join("testdata/fleet/app");
    let t = tempfile::tempdir().unwrap();
    let file = t.path().join("app.yaml");
    kforge().arg("build").arg(&dir).arg("-o").arg(&file).assert().code(0);
    kforge().arg("build").arg(&dir).arg("--check").arg(&file).assert().code(0).stdout("");
    let res = t.path().join("res");
    fs::create_dir(&res).unwrap();
    kforge().arg("build").arg(&dir).arg("-o").arg(&res).assert().code(0);
    kforge().arg("build").arg(&dir).arg("--check").arg(&res).assert().code(0).stdout("");
    // Drift: a changed stream, a changed and a stale per-resource file.
    fs::write(&file, fs::read_to_string(&file).unwrap().replace("port: 80", "port: 8080")).unwrap();
    let o = kforge().arg("build").arg(&dir).arg("--check").arg(&file).output().unwrap();
    assert_eq!(o.status.code(), Some(3));
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(out.contains("-  - port: 8080\n+  - port: 80\n"), "{out}");
    assert!(out.starts_with(&format!("--- {}\n+++ {} (fresh render)\n@@ ", file.display(), file.display())), "{out}");
    fs::write(res.join("v1_service_web.yaml"), "x: 1\n").unwrap();
    fs::write(res.join("v1_configmap_old.yaml"), "y: 1\n").unwrap();
    let o = kforge().arg("build").arg(&dir).arg("--check").arg(&res).output().unwrap();
    assert_eq!(o.status.code(), Some(3));
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(out.contains("-x: 1\n+apiVersion: v1\n"), "{out}");
    assert!(out.contains("/dev/null (not in the fresh render)") && out.contains("-y: 1\n"), "{out}");
    // A missing committed render is an error, not drift.
    kforge().arg("build").arg(&dir).arg("--check").arg(t.path().join("missing.yaml")).assert().code(1);
}

/// A tree big enough for the parallel paths (parsing, the chunked emitter).
fn big_tree(dir: &Path, apps: usize) {
    let mut k = String::from("namespace: big\ncommonLabels:\n  team: t\nresources:\n");
    for i in 0..apps {
        let name = format!("app{i:04}");
        k.push_str(&format!("- {name}.yaml\n"));
        fs::write(
            dir.join(format!("{name}.yaml")),
            format!(
                "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {name}\nspec:\n  template:\n    spec:\n      containers:\n      - name: c\n        image: docker.io/org/{name}:1.{i}\n---\napiVersion: v1\nkind: Service\nmetadata:\n  name: {name}\nspec:\n  ports:\n  - port: {}\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {name}\ndata:\n  id: \"{i}\"\n",
                8000 + i
            ),
        )
        .unwrap();
    }
    fs::write(dir.join("kustomization.yaml"), k).unwrap();
}

#[test]
fn output_is_identical_across_jobs() {
    let t = tempfile::tempdir().unwrap();
    let tree = t.path().join("tree");
    fs::create_dir(&tree).unwrap();
    big_tree(&tree, 800);
    let mut streams = Vec::new();
    for jobs in ["1", "2", "8"] {
        let o = kforge().args(["-j", jobs, "build"]).arg(&tree).output().unwrap();
        assert!(o.status.success(), "{o:?}");
        assert_eq!(String::from_utf8_lossy(&o.stdout).matches("\n---\n").count(), 2399);
        streams.push(o.stdout);
    }
    assert!(streams.iter().all(|s| *s == streams[0]), "build output differs across --jobs");

    // A fleet: the big tree and the testdata fleet, with --output-dir.
    let fleet = fleet_copy();
    let mut text = fs::read_to_string(fleet.path().join("fleet.yaml")).unwrap();
    copy_tree(&tree, &fleet.path().join("big"));
    text.push_str("- name: big\n  selector: {matchLabels: {env: staging}}\n  kustomization: big\n");
    fs::write(fleet.path().join("fleet.yaml"), text).unwrap();
    let mut trees = Vec::new();
    for jobs in ["1", "2", "8"] {
        let out = t.path().join(format!("out-{jobs}"));
        kforge()
            .args(["-j", jobs, "build", "--targets"])
            .arg(fleet.path().join("fleet.yaml"))
            .arg("--output-dir")
            .arg(&out)
            .assert()
            .code(0);
        trees.push(files_under(&out));
    }
    assert_eq!(trees[0].len(), 5);
    assert!(String::from_utf8_lossy(&trees[0][2].1).contains("name: app0799"), "staging targets build the big tree");
    assert!(trees.iter().all(|x| *x == trees[0]), "fleet output differs across --jobs");
}

/// docs/argocd/plugin.yaml's `generate` command, run as Argo CD runs it: in
/// the source directory, with ARGOCD_APP_NAME and ARGOCD_ENV_* set.
#[test]
fn argocd_plugin_generates_one_target() {
    let text = fs::read_to_string(root().join("docs/argocd/plugin.yaml")).unwrap();
    let doc = kforge::yaml::parse_documents(&text, "plugin.yaml").unwrap().remove(0);
    assert_eq!(doc["kind"], "ConfigManagementPlugin");
    assert_eq!(doc["metadata"]["name"], "kforge");
    assert_eq!(doc["spec"]["discover"]["fileName"], "./targets.yaml");
    let gen = &doc["spec"]["generate"];
    assert_eq!(gen["command"], kforge::yaml::json!(["sh", "-c"]));
    let script = gen["args"][0].as_str().unwrap();
    let bin_dir = Path::new(common::KFORGE).parent().unwrap();
    let path = format!("{}:{}", bin_dir.display(), std::env::var("PATH").unwrap_or_default());
    let src = fleet_copy();
    // The default file name and the Application's name as the target.
    fs::rename(src.path().join("fleet.yaml"), src.path().join("targets.yaml")).unwrap();
    let o = std::process::Command::new("sh")
        .args(["-c", script])
        .current_dir(src.path())
        .env("PATH", &path)
        .env("ARGOCD_APP_NAME", "eu-prod-1")
        .env_remove("ARGOCD_ENV_KFORGE_TARGET")
        .env_remove("ARGOCD_ENV_KFORGE_TARGETS")
        .output()
        .unwrap();
    assert!(o.status.success(), "{o:?}");
    assert_eq!(String::from_utf8_lossy(&o.stdout), committed("eu-prod-1"));
    // Plugin env: another file and target.
    fs::rename(src.path().join("targets.yaml"), src.path().join("fleet.yaml")).unwrap();
    let o = std::process::Command::new("sh")
        .args(["-c", script])
        .current_dir(src.path())
        .env("PATH", &path)
        .env("ARGOCD_APP_NAME", "shop-us")
        .env("ARGOCD_ENV_KFORGE_TARGETS", "fleet.yaml")
        .env("ARGOCD_ENV_KFORGE_TARGET", "us-staging")
        .output()
        .unwrap();
    assert!(o.status.success(), "{o:?}");
    assert_eq!(String::from_utf8_lossy(&o.stdout), committed("us-staging"));
}

/// docs/argocd/ as a Component over a repo-server Deployment: the sidecar
/// and the plugin ConfigMap are added.
#[test]
fn argocd_component_adds_the_sidecar() {
    let t = tempfile::tempdir().unwrap();
    copy_tree(&root().join("docs/argocd"), &t.path().join("kforge-argocd"));
    fs::write(
        t.path().join("repo-server.yaml"),
        "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: argocd-repo-server\nspec:\n  template:\n    spec:\n      containers:\n      - name: argocd-repo-server\n        image: quay.io/argoproj/argocd:v3.1.0\n      volumes:\n      - name: var-files\n        emptyDir: {}\n      - name: plugins\n        emptyDir: {}\n",
    )
    .unwrap();
    fs::write(
        t.path().join("kustomization.yaml"),
        "namespace: argocd\nresources:\n- repo-server.yaml\ncomponents:\n- kforge-argocd\n",
    )
    .unwrap();
    let o = kforge().arg("build").arg(t.path()).output().unwrap();
    assert!(o.status.success(), "{o:?}");
    let objs = kforge::model::parse_resources(&String::from_utf8_lossy(&o.stdout), "out").unwrap();
    let cm = objs.iter().find(|r| r.kind() == "ConfigMap").unwrap();
    assert_eq!(cm.name(), "kforge-cmp-plugin");
    assert_eq!(cm.obj["data"]["plugin.yaml"], fs::read_to_string(root().join("docs/argocd/plugin.yaml")).unwrap());
    let d = objs.iter().find(|r| r.kind() == "Deployment").unwrap();
    let spec = &d.obj["spec"]["template"]["spec"];
    let names: Vec<&str> = spec["containers"].as_array().unwrap().iter().map(|c| c["name"].as_str().unwrap()).collect();
    assert_eq!(names, ["kforge", "argocd-repo-server"]);
    let side = &spec["containers"][0];
    assert_eq!(side["command"][0], "/var/run/argocd/argocd-cmp-server");
    assert_eq!(side["securityContext"]["runAsUser"], 999);
    let mounts: Vec<&str> =
        side["volumeMounts"].as_array().unwrap().iter().map(|m| m["mountPath"].as_str().unwrap()).collect();
    assert!(mounts.contains(&"/home/argocd/cmp-server/config/plugin.yaml") && mounts.contains(&"/var/run/argocd"));
    let vols: Vec<&str> = spec["volumes"].as_array().unwrap().iter().map(|v| v["name"].as_str().unwrap()).collect();
    for v in ["var-files", "plugins", "kforge-cmp-plugin", "kforge-tmp"] {
        assert!(vols.contains(&v), "{vols:?}");
    }
}
