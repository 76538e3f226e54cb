//! `kforge diff A B`: renders compared by resource id (files, directories,
//! `-`), text and JSON reports, exit 3 when they differ.
mod common;

use std::fs;

use common::{kforge, root};

const A: &str = "\
apiVersion: v1
kind: ConfigMap
metadata:
  name: settings
  namespace: shop
data:
  mode: fast
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: shop
spec:
  replicas: 1
---
apiVersion: v1
kind: Service
metadata:
  name: web
  namespace: shop
spec:
  ports:
  - port: 80
";

// Same Service (other key order), Deployment changed, ConfigMap removed, Secret added.
const B: &str = "\
kind: Service
apiVersion: v1
metadata:
  namespace: shop
  name: web
spec:
  ports:
  - port: 80
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: shop
spec:
  replicas: 3
---
apiVersion: v1
kind: Secret
metadata:
  name: token
  namespace: shop
";

fn write(dir: &std::path::Path, name: &str, text: &str) -> std::path::PathBuf {
    let p = dir.join(name);
    fs::write(&p, text).unwrap();
    p
}

#[test]
fn added_removed_and_changed_objects() {
    let t = tempfile::tempdir().unwrap();
    let (a, b) = (write(t.path(), "a.yaml", A), write(t.path(), "b.yaml", B));
    let o = kforge().arg("diff").arg(&a).arg(&b).output().unwrap();
    assert_eq!(o.status.code(), Some(3), "{o:?}");
    let out = String::from_utf8_lossy(&o.stdout);
    let expected = format!(
        "changed Deployment.apps shop/web\n\
         --- {a} (Deployment.apps shop/web)\n\
         +++ {b} (Deployment.apps shop/web)\n\
         @@ -4,4 +4,4 @@\n   name: web\n   namespace: shop\n spec:\n-  replicas: 1\n+  replicas: 3\n\
         added   Secret shop/token\n\
         removed ConfigMap shop/settings\n\
         1 added, 1 removed, 1 changed, 1 unchanged\n",
        a = a.display(),
        b = b.display()
    );
    assert_eq!(out, expected);
}

#[test]
fn json_for_machines() {
    let t = tempfile::tempdir().unwrap();
    let (a, b) = (write(t.path(), "a.yaml", A), write(t.path(), "b.yaml", B));
    let o = kforge().arg("diff").arg(&a).arg(&b).args(["--format", "json"]).output().unwrap();
    assert_eq!(o.status.code(), Some(3));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["same"], false);
    assert_eq!(v["added"][0]["kind"], "Secret");
    assert_eq!(v["added"][0]["namespace"], "shop");
    assert_eq!(v["removed"][0]["name"], "settings");
    assert_eq!(v["changed"][0]["group"], "apps");
    assert!(v["changed"][0]["diff"].as_str().unwrap().contains("-  replicas: 1\n+  replicas: 3\n"));
    assert_eq!(v["unchanged"], 1);
    let same = kforge().arg("diff").arg(&a).arg(&a).args(["--format", "json"]).output().unwrap();
    assert_eq!(same.status.code(), Some(0));
    let v: serde_json::Value = serde_json::from_slice(&same.stdout).unwrap();
    assert_eq!(v["same"], true);
    assert_eq!(v["unchanged"], 3);
}

#[test]
fn same_renders_exit_zero_stdin_and_directories() {
    let t = tempfile::tempdir().unwrap();
    let a = write(t.path(), "a.yaml", A);
    // The stream against the per-resource files `-o DIR` writes: same objects.
    let dir = t.path().join("res");
    fs::create_dir(&dir).unwrap();
    kforge().arg("build").arg(root().join("testdata/fleet/app")).arg("-o").arg(&dir).assert().code(0);
    let stream = kforge().arg("build").arg(root().join("testdata/fleet/app")).output().unwrap().stdout;
    kforge()
        .arg("diff")
        .arg("-")
        .arg(&dir)
        .write_stdin(stream)
        .assert()
        .code(0)
        .stdout("0 added, 0 removed, 0 changed, 3 unchanged\n");
    kforge().arg("diff").arg(&a).arg("-").write_stdin(B).assert().code(3);
    kforge().args(["diff", "-", "-"]).assert().code(1);
    kforge().arg("diff").arg(&a).arg(t.path().join("missing")).assert().code(1);
}

#[test]
fn fleet_output_dirs_compare_target_by_target() {
    // Two --output-dir trees: objects are keyed by their target directory too.
    let rendered = root().join("testdata/fleet/rendered");
    let o = kforge().arg("diff").arg(&rendered).arg(&rendered).output().unwrap();
    assert_eq!(o.status.code(), Some(0));
    assert_eq!(String::from_utf8_lossy(&o.stdout), "0 added, 0 removed, 0 changed, 15 unchanged\n");
    let t = tempfile::tempdir().unwrap();
    let fleet = root().join("testdata/fleet/fleet.yaml");
    kforge()
        .args(["build", "--targets"])
        .arg(&fleet)
        .args(["--target", "eu-prod-1", "--output-dir"])
        .arg(t.path())
        .assert()
        .code(0);
    let o = kforge().arg("diff").arg(&rendered).arg(t.path()).output().unwrap();
    assert_eq!(o.status.code(), Some(3));
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(out.contains("removed eu-prod-2: Deployment.apps shop-prod/web\n"), "{out}");
    assert!(out.ends_with("0 added, 12 removed, 0 changed, 3 unchanged\n"), "{out}");
}
