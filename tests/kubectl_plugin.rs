//! `kubectl kforge ...`: the `kubectl-kforge` binary run as a plugin by a
//! real kubectl (v1.35.2, from scripts/install-kubectl.sh or
//! KFORGE_TEST_KUBECTL). kubectl finds plugins on PATH; the test puts only
//! the built plugin in a fresh folder ahead of PATH, with no kubeconfig.
//! In CI (CI=true) a missing kubectl fails the test.
mod common;

use std::path::PathBuf;
use std::process::Command;

use common::cases_dir;

/// The kubectl to run: KFORGE_TEST_KUBECTL, else `kubectl` on PATH.
fn kubectl() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("KFORGE_TEST_KUBECTL").filter(|p| !p.is_empty()) {
        let p = PathBuf::from(p);
        assert!(p.is_file(), "KFORGE_TEST_KUBECTL={} does not exist", p.display());
        return Some(p);
    }
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path).map(|d| d.join("kubectl")).find(|p| p.is_file())
}

fn require_kubectl() -> Option<PathBuf> {
    let found = kubectl();
    if found.is_none() {
        let ci = std::env::var("CI").is_ok_and(|v| !v.is_empty() && v != "false" && v != "0");
        assert!(!ci, "kubectl is missing in CI: install it with scripts/install-kubectl.sh (scripts/test.sh does)");
        eprintln!("SKIPPED: no kubectl (set KFORGE_TEST_KUBECTL or run scripts/test.sh, which installs it)");
    }
    found
}

struct Plugin {
    kubectl: PathBuf,
    home: tempfile::TempDir,
    path: std::ffi::OsString,
}

impl Plugin {
    fn new(kubectl: PathBuf) -> Plugin {
        let home = tempfile::tempdir().unwrap();
        let bin = home.path().join("bin");
        std::fs::create_dir(&bin).unwrap();
        std::fs::copy(env!("CARGO_BIN_EXE_kubectl-kforge"), bin.join("kubectl-kforge")).unwrap();
        let mut dirs = vec![bin];
        dirs.extend(std::env::split_paths(&std::env::var_os("PATH").unwrap_or_default()));
        let path = std::env::join_paths(dirs).unwrap();
        Plugin { kubectl, home, path }
    }

    fn run(&self, args: &[&str]) -> std::process::Output {
        Command::new(&self.kubectl)
            .args(args)
            .env("PATH", &self.path)
            .env("HOME", self.home.path())
            .env("KUBECONFIG", self.home.path().join("no-such-kubeconfig"))
            .env_remove("KUBECTL_PLUGINS_PATH")
            .current_dir(common::root())
            .output()
            .unwrap()
    }
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

#[test]
fn kubectl_runs_kforge_as_a_plugin() {
    let Some(kubectl) = require_kubectl() else { return };
    let p = Plugin::new(kubectl);

    // kubectl lists it.
    let list = p.run(&["plugin", "list"]);
    assert!(
        text(&list.stdout).contains("kubectl-kforge"),
        "kubectl plugin list:\n{}{}",
        text(&list.stdout),
        text(&list.stderr)
    );

    // `kubectl kforge build DIR` prints what `kforge build DIR` prints.
    let dir = cases_dir().join("name-references");
    let out = p.run(&["kforge", "build", dir.to_str().unwrap()]);
    assert!(out.status.success(), "kubectl kforge build failed:\n{}", text(&out.stderr));
    let want = std::fs::read_to_string(dir.join("expected.yaml")).unwrap();
    assert!(
        text(&out.stdout) == want,
        "kubectl kforge build differs:\n{}",
        common::first_diff(&want, &text(&out.stdout))
    );

    // Help and usage name the command as it was called.
    let help = p.run(&["kforge", "--help"]);
    assert!(help.status.success());
    assert!(text(&help.stdout).contains("Usage: kubectl kforge [OPTIONS] <COMMAND>"), "{}", text(&help.stdout));
    let help = p.run(&["kforge", "build", "--help"]);
    assert!(text(&help.stdout).contains("Usage: kubectl kforge build"), "{}", text(&help.stdout));
    assert!(text(&help.stdout).contains("  kubectl kforge build overlays/prod"), "examples: {}", text(&help.stdout));

    // Exit codes pass through kubectl: 1 error, 2 usage.
    let bad = p.run(&["kforge", "build", "no-such-dir"]);
    assert_eq!(bad.status.code(), Some(1), "{}", text(&bad.stderr));
    assert!(text(&bad.stderr).contains("no-such-dir"));
    let usage = p.run(&["kforge", "build", "--no-such-flag"]);
    assert_eq!(usage.status.code(), Some(2), "{}", text(&usage.stderr));
    assert!(text(&usage.stderr).contains("Usage: kubectl kforge build"), "{}", text(&usage.stderr));

    // Global flags work through kubectl too.
    let v = p.run(&["kforge", "version"]);
    assert!(text(&v.stdout).contains("compatible with kustomize v5.7.1"), "{}", text(&v.stdout));
}
