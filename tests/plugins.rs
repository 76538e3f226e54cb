//! Plugins end to end: built-in plugin configs, the example plugins under
//! `plugins/`, and how external programs are gated, timed out and reported.
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use predicates::prelude::PredicateBooleanExt;
use predicates::str::contains;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn fixture(name: &str) -> PathBuf {
    root().join("testdata").join("plugins").join(name)
}

fn kforge() -> Command {
    let mut c = Command::cargo_bin("kforge").expect("kforge binary");
    c.env_remove("KUSTOMIZE_PLUGIN_HOME").env_remove("KFORGE_FN_TIMEOUT");
    c
}

/// A fixture copied into a temporary directory, with extra files (an
/// example plugin) copied in next to its kustomization.
fn staged(name: &str, extra: &[&Path]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    for entry in std::fs::read_dir(fixture(name)).expect("fixture") {
        let entry = entry.expect("fixture entry");
        std::fs::copy(entry.path(), dir.path().join(entry.file_name())).expect("copy fixture");
    }
    for f in extra {
        let name = f.file_name().expect("file name");
        std::fs::copy(f, dir.path().join(name)).expect("copy plugin");
    }
    dir
}

fn greeting_script() -> PathBuf {
    root().join("plugins/greeting-generator/greeting.sh")
}

#[test]
fn builtin_plugin_configs_run_without_flags() {
    let out = kforge()
        .args(["build", "--reorder=none"])
        .arg(fixture("builtin-configs"))
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8(out).unwrap();
    assert!(text.contains("  labels:\n    team: payments\n"), "{text}");
    assert!(text.contains("- image: nginx:1.27\n"), "{text}");
    assert!(text.contains("  name: settings-47668c6k28\n"), "{text}");
    // The inline transformer config runs before the one read from a file.
    let inline = text.find("kind: ImageTagTransformer").unwrap();
    let file = text.find("kind: LabelTransformer").unwrap();
    assert!(inline < file, "{text}");
    assert!(text.contains(
        "    config.kubernetes.io/origin: |\n      configuredIn: kustomization.yaml\n      configuredBy:\n        apiVersion: builtin\n        kind: ConfigMapGenerator\n        name: settings\n"
    ));
}

#[cfg(unix)]
#[test]
fn example_krm_generator_makes_a_hashed_configmap() {
    let dir = staged("greeting", &[&greeting_script()]);
    kforge()
        .args(["build", "--enable-alpha-plugins", "--enable-exec"])
        .arg(dir.path())
        .assert()
        .success()
        .stdout(contains(
            "data:\n  audience: world\n  greeting: hello\nkind: ConfigMap\nmetadata:\n  name: hello-greeting-",
        ))
        .stdout(contains("kind: Service"));
}

#[cfg(unix)]
#[test]
fn example_krm_generator_error_result_fails_the_build() {
    let dir = staged("greeting-missing-data", &[&greeting_script()]);
    kforge()
        .args(["build", "--enable-alpha-plugins", "--enable-exec"])
        .arg(dir.path())
        .assert()
        .failure()
        .stderr(contains("reported errors"))
        .stderr(contains("[error] the greeting generator needs a data map in its config (field data)"));
}

#[cfg(unix)]
#[test]
fn example_legacy_exec_transformer_fills_placeholders() {
    kforge()
        .args(["build", "--enable-alpha-plugins"])
        .arg(fixture("placeholder"))
        .env("KUSTOMIZE_PLUGIN_HOME", root().join("plugins/legacy"))
        .assert()
        .success()
        .stdout(contains("name: api-prod\n"))
        .stdout(contains("image: registry.eu-west-1.example.com/api:1.0\n"));
}

#[test]
fn external_plugins_are_refused_without_the_flag() {
    kforge()
        .arg("build")
        .arg(fixture("placeholder"))
        .env("KUSTOMIZE_PLUGIN_HOME", root().join("plugins/legacy"))
        .assert()
        .failure()
        .stderr(contains("external plugins disabled; unable to load external plugin 'PlaceholderTransformer'"));
    let dir = staged("greeting", &[&greeting_script()]);
    kforge()
        .arg("build")
        .arg(dir.path())
        .assert()
        .failure()
        .stderr(contains("external plugins disabled; unable to load external plugin 'Greeting'"));
}

#[test]
fn exec_functions_also_need_enable_exec() {
    let dir = staged("greeting", &[&greeting_script()]);
    kforge()
        .args(["build", "--enable-alpha-plugins"])
        .arg(dir.path())
        .assert()
        .failure()
        .stderr(contains("exec functions are only run with --enable-exec"));
}

#[cfg(unix)]
#[test]
fn function_exiting_non_zero_fails_with_its_stderr() {
    kforge()
        .args(["build", "--enable-alpha-plugins", "--enable-exec"])
        .arg(fixture("fn-fails"))
        .assert()
        .failure()
        .stderr(contains("name: broken"))
        .stderr(contains("exit status 7"))
        .stderr(contains("cannot reach the policy server"));
}

#[cfg(unix)]
#[test]
fn function_that_hangs_is_killed_at_the_timeout() {
    let start = std::time::Instant::now();
    kforge()
        .args(["build", "--enable-alpha-plugins", "--enable-exec"])
        .arg(fixture("fn-hangs"))
        .env("KFORGE_FN_TIMEOUT", "0.3")
        .assert()
        .failure()
        .stderr(contains("timed out after 0.300s and was killed"));
    assert!(start.elapsed() < std::time::Duration::from_secs(10));
}

#[test]
fn container_functions_need_a_container_runtime() {
    kforge()
        .args(["build", "--enable-alpha-plugins", "--enable-exec"])
        .arg(fixture("container-fn"))
        .assert()
        .failure()
        .stderr(contains("container functions need a container runtime"));
}

#[cfg(unix)]
#[test]
fn exec_path_must_stay_inside_the_kustomization() {
    kforge()
        .args(["build", "--enable-alpha-plugins", "--enable-exec"])
        .arg(fixture("escape/app"))
        .assert()
        .failure()
        .stderr(contains("is not in or below"))
        .stderr(contains("must never run").not());
}

#[test]
fn missing_legacy_plugin_is_reported_with_its_path() {
    let home = tempfile::tempdir().unwrap();
    kforge()
        .args(["build", "--enable-alpha-plugins"])
        .arg(fixture("placeholder"))
        .env("KUSTOMIZE_PLUGIN_HOME", home.path())
        .assert()
        .failure()
        .stderr(contains("kforge.example/v1/placeholdertransformer/PlaceholderTransformer"));
}
