//! `kforge template` and the `chart` commands.
//!
//! Differential tests render a kforge (minijinja) chart under
//! testdata/charts/jinja/NAME with kforge and its Go-template twin under
//! testdata/charts/gotmpl/NAME with the real helm v4.1.4 (`KFORGE_TEST_HELM`,
//! else ~/.cache/kforge-oracles/bin/helm, else helm on PATH; the tests fail
//! without one), with the same arguments, and compare the output.
use std::path::{Path, PathBuf};

use assert_cmd::Command;

fn charts(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("testdata/charts")
        .join(rel)
}

fn find_helm() -> PathBuf {
    if let Some(p) = std::env::var_os("KFORGE_TEST_HELM").filter(|p| !p.is_empty()) {
        return PathBuf::from(p);
    }
    if let Some(home) = std::env::var_os("HOME") {
        let p = Path::new(&home).join(".cache/kforge-oracles/bin/helm");
        if p.is_file() {
            return p;
        }
    }
    if let Some(path) = std::env::var_os("PATH") {
        for dir in std::env::split_paths(&path) {
            let p = dir.join("helm");
            if p.is_file() {
                return p;
            }
        }
    }
    panic!("no helm binary found: set KFORGE_TEST_HELM or install helm v4.1.4 (scripts/install-helm.sh)");
}

fn run_ok(cmd: &mut Command, what: &str) -> String {
    let out = cmd.output().unwrap();
    assert!(
        out.status.success(),
        "{what} failed:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

fn helm_template(dir: &Path, args: &[&str]) -> String {
    let helm = find_helm();
    let mut c = Command::new(helm);
    c.current_dir(dir.parent().unwrap())
        .arg("template")
        .args(args);
    run_ok(&mut c, &format!("helm template {args:?}"))
}

fn kforge_template(dir: &Path, args: &[&str]) -> String {
    let mut c = Command::cargo_bin("kforge").unwrap();
    c.current_dir(dir.parent().unwrap())
        .arg("template")
        .args(args);
    run_ok(&mut c, &format!("kforge template {args:?}"))
}

/// Render NAME's twins with the same arguments (`{}` stands for the chart).
fn differential(name: &str, args: &[&str]) {
    let g = charts(&format!("gotmpl/{name}"));
    let j = charts(&format!("jinja/{name}"));
    let with = |_: &Path| {
        args.iter()
            .map(|a| if *a == "{}" { name } else { a })
            .collect::<Vec<_>>()
    };
    let expected = helm_template(&g, &with(&g));
    let got = kforge_template(&j, &with(&j));
    // Release.Service is "kforge" for kforge, "Helm" for helm.
    let expected = expected.replace("managed-by: Helm", "managed-by: kforge");
    assert_eq!(got, expected, "kforge and helm differ for {name} {args:?}");
}

#[test]
fn mini_chart_matches_helm() {
    differential("mini", &["rel", "{}"]);
    differential(
        "mini",
        &["rel", "{}", "--set", "sub.enabled=false", "--set", "big=5"],
    );
    differential(
        "mini",
        &[
            "rel",
            "{}",
            "-s",
            "templates/cm.yaml",
            "--set",
            "global.env=x",
        ],
    );
    differential(
        "mini",
        &["rel", "{}", "-n", "other", "--set", "sub.global.region=us"],
    );
}

#[test]
fn show_only_missing_template_fails() {
    let j = charts("jinja/mini");
    Command::cargo_bin("kforge")
        .unwrap()
        .args(["template", "rel"])
        .arg(&j)
        .args(["-s", "templates/nope.yaml"])
        .assert()
        .failure()
        .stderr(predicates::str::contains(
            "could not find template templates/nope.yaml in chart",
        ));
}

/// `kforge chart create demo` rendered by kforge prints the same documents
/// as `helm create demo` rendered by `helm template` (Release.Service
/// aside), for the default values and value sets that turn ingress,
/// httpRoute, autoscaling and the service account on and off.
#[test]
fn starter_chart_matches_helm_create() {
    let helm = find_helm();
    let tmp = tempfile::tempdir().unwrap();
    let h = tmp.path().join("helm");
    let k = tmp.path().join("kforge");
    std::fs::create_dir_all(&h).unwrap();
    std::fs::create_dir_all(&k).unwrap();
    run_ok(
        Command::new(&helm).current_dir(&h).args(["create", "demo"]),
        "helm create",
    );
    run_ok(
        Command::cargo_bin("kforge")
            .unwrap()
            .current_dir(&k)
            .args(["chart", "create", "demo"]),
        "kforge chart create",
    );
    let all_on = charts("values/starter-all-on.yaml");
    let all_on = all_on.to_str().unwrap();
    let sets: Vec<Vec<&str>> = vec![
        vec!["demo-rel", "demo"],
        vec!["demo-rel", "demo", "-f", all_on],
        vec!["demo-rel", "demo", "--set", "ingress.enabled=true"],
        vec!["demo-rel", "demo", "--set", "ingress.enabled=true,ingress.className=nginx", "--set", "ingress.tls[0].secretName=t,ingress.tls[0].hosts={a,b}"],
        vec!["demo-rel", "demo", "--set", "httpRoute.enabled=true"],
        vec!["demo-rel", "demo", "--set", "httpRoute.enabled=true,httpRoute.hostnames=null"],
        vec!["demo-rel", "demo", "--set", "autoscaling.enabled=true"],
        vec!["demo-rel", "demo", "--set", "autoscaling.enabled=true,autoscaling.targetMemoryUtilizationPercentage=60,autoscaling.targetCPUUtilizationPercentage=null"],
        vec!["demo-rel", "demo", "--set", "serviceAccount.create=false"],
        vec!["demo-rel", "demo", "--set", "serviceAccount.name=sa,serviceAccount.automount=false", "--set-json", "serviceAccount.annotations={\"a\":\"b\"}"],
        vec!["rel-with-demo-inside", "demo", "--set", "image.tag=2.0,replicaCount=3"],
        vec!["r", "demo", "--set", "fullnameOverride=this-is-a-very-long-name-that-will-be-truncated-at-sixty-three-chars-"],
        vec!["r", "demo", "-n", "ns1", "--set", "service.type=NodePort,service.port=8080", "--skip-tests"],
    ];
    for args in sets {
        let expected = {
            let mut c = Command::new(&helm);
            c.current_dir(&h).arg("template").args(&args);
            run_ok(&mut c, &format!("helm template {args:?}"))
                .replace("managed-by: Helm", "managed-by: kforge")
        };
        let got = {
            let mut c = Command::cargo_bin("kforge").unwrap();
            c.current_dir(&k).arg("template").args(&args);
            run_ok(&mut c, &format!("kforge template {args:?}"))
        };
        assert_eq!(
            got, expected,
            "starter chart differs from helm create's for {args:?}"
        );
    }
}
