//! helmCharts rendered through `kforge build --enable-helm`, compared with
//! what kustomize v5.7.1 printed for the same inputs (testdata/helm/expected).
//!
//! These tests need a helm binary: `KFORGE_TEST_HELM`, else
//! `~/.cache/kforge-oracles/bin/helm` (installed by get-oracles.sh), else
//! `helm` on PATH. Without one they fail rather than skip.
use std::path::{Path, PathBuf};

use assert_cmd::Command;

fn testdata(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("testdata/helm").join(rel)
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
    panic!(
        "no helm binary found: set KFORGE_TEST_HELM, install it with shared/tools/get-oracles.sh \
         (~/.cache/kforge-oracles/bin/helm), or put helm on PATH"
    );
}

fn build(dir: &str, extra: &[&str]) -> String {
    let helm = find_helm();
    let out = Command::cargo_bin("kforge")
        .unwrap()
        .arg("build")
        .arg(testdata(dir))
        .args(["--enable-helm", "--helm-command"])
        .arg(&helm)
        .args(extra)
        .output()
        .unwrap();
    assert!(out.status.success(), "kforge build {dir} failed:\n{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

fn expected(name: &str) -> String {
    std::fs::read_to_string(testdata(&format!("expected/{name}"))).unwrap()
}

#[test]
fn charts_render_as_kustomize_does() {
    // Three releases of one chart: override / merge / replace values,
    // includeCRDs, skipTests, skipHooks, additionalValuesFiles, apiVersions,
    // kubeVersion, namespace and nameTemplate.
    assert_eq!(build(".", &[]), expected("main.yaml"));
}

#[test]
fn deprecated_helm_chart_inflation_generator() {
    assert_eq!(build("legacy", &["--load-restrictor", "LoadRestrictionsNone"]), expected("legacy.yaml"));
}

#[test]
fn chart_home_outside_root_is_refused() {
    let helm = find_helm();
    Command::cargo_bin("kforge")
        .unwrap()
        .arg("build")
        .arg(testdata("legacy"))
        .args(["--enable-helm", "--helm-command"])
        .arg(&helm)
        .assert()
        .failure()
        .stderr(predicates::str::contains("is not in or below"));
}

#[test]
fn refused_without_enable_helm() {
    Command::cargo_bin("kforge")
        .unwrap()
        .arg("build")
        .arg(testdata("."))
        .assert()
        .failure()
        .stderr(predicates::str::contains("must specify --enable-helm"));
}

#[test]
fn missing_helm_binary_is_a_clear_error() {
    Command::cargo_bin("kforge")
        .unwrap()
        .arg("build")
        .arg(testdata("."))
        .args(["--enable-helm", "--helm-command", "/nonexistent/helm-for-kforge"])
        .assert()
        .failure()
        .stderr(predicates::str::contains("/nonexistent/helm-for-kforge"))
        .stderr(predicates::str::contains("installed"));
}
