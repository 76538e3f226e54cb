//! End-to-end tests of the `kforge` binary.
//!
//! The fixtures in testdata/cases/ are our own small kustomizations, one
//! feature each; their expected.yaml is what kustomize v5.7.1 printed for
//! them (`kubectl kustomize DIR`, regenerate with testdata/regen-expected.sh);
//! tests/fixtures.rs runs each as its own test.
mod common;

use std::collections::BTreeSet;
use std::fs;

use common::{all_cases, cases_dir, documents, kforge, kinds_and_names, root, Case};
use predicates::prelude::*;

fn expected(case: &str) -> String {
    fs::read_to_string(cases_dir().join(case).join("expected.yaml")).expect("case has expected.yaml")
}

/// The fixture set stays well-formed and big enough to mean something.
#[test]
fn case_fixtures_are_well_formed() {
    let dirs = all_cases();
    assert!(dirs.len() >= 25, "only {} cases in testdata/cases", dirs.len());
    let mut errors = 0;
    for dir in &dirs {
        let case = Case::load(dir).unwrap_or_else(|e| panic!("{e}"));
        assert!(case.build_dir.is_dir(), "{}: build dir {} missing", case.name, case.build_dir.display());
        if let common::Expect::Output(out) = &case.expect {
            // An empty expected.yaml is legitimate: kustomize prints nothing
            // for a kustomization without resources.
            assert!(!out.starts_with("---"), "{}: expected.yaml starts with a separator", case.name);
            assert!(out.is_empty() || out.ends_with('\n'), "{}: expected.yaml lacks the final newline", case.name);
        } else {
            errors += 1;
        }
    }
    assert!(errors >= 8, "only {errors} error cases");
}

/// `-o DIR` writes one file per resource, named like kustomize names them,
/// each holding that resource's document.
#[test]
fn output_to_directory_writes_one_file_per_resource() {
    let out = tempfile::tempdir().unwrap();
    kforge()
        .arg("build")
        .arg(cases_dir().join("name-references"))
        .arg("-o")
        .arg(out.path())
        .assert()
        .success()
        .stdout(predicate::str::is_empty());

    let names: BTreeSet<String> =
        fs::read_dir(out.path()).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    let want: BTreeSet<String> = [
        "apps_v1_deployment_shop-web-prod.yaml",
        "autoscaling_v2_horizontalpodautoscaler_shop-web-prod.yaml",
        "networking.k8s.io_v1_ingress_shop-web-prod.yaml",
        "rbac.authorization.k8s.io_v1_role_shop-reader-prod.yaml",
        "rbac.authorization.k8s.io_v1_rolebinding_shop-reader-prod.yaml",
        "v1_configmap_shop-settings-prod.yaml",
        "v1_persistentvolumeclaim_shop-data-prod.yaml",
        "v1_secret_shop-creds-prod.yaml",
        "v1_service_shop-web-prod.yaml",
        "v1_serviceaccount_shop-app-prod.yaml",
    ]
    .into_iter()
    .map(String::from)
    .collect();
    assert_eq!(names, want);

    let mut got_docs: Vec<String> = names.iter().map(|n| fs::read_to_string(out.path().join(n)).unwrap()).collect();
    let mut want_docs = documents(&expected("name-references"));
    got_docs.sort();
    want_docs.sort();
    assert_eq!(got_docs, want_docs, "file contents differ from kustomize's documents");
    assert_eq!(
        fs::read_to_string(out.path().join("v1_configmap_shop-settings-prod.yaml")).unwrap(),
        "apiVersion: v1\ndata:\n  color: blue\nkind: ConfigMap\nmetadata:\n  name: shop-settings-prod\n"
    );
}

/// `-o FILE` writes the whole stream to the file and nothing to stdout.
#[test]
fn output_to_file_writes_the_stream() {
    let out = tempfile::tempdir().unwrap();
    let file = out.path().join("all.yaml");
    fs::write(&file, "old content that must be replaced\n").unwrap();
    kforge()
        .arg("build")
        .arg(cases_dir().join("configmap-generator"))
        .arg("-o")
        .arg(&file)
        .assert()
        .success()
        .stdout(predicate::str::is_empty());
    assert_eq!(fs::read_to_string(&file).unwrap(), expected("configmap-generator"));
}

/// A failed build with `-o FILE` leaves no file behind (and no temporary file).
#[test]
fn failed_build_leaves_no_output_file() {
    let out = tempfile::tempdir().unwrap();
    let file = out.path().join("out.yaml");
    kforge()
        .arg("build")
        .arg(cases_dir().join("err-malformed-yaml"))
        .arg("-o")
        .arg(&file)
        .assert()
        .failure()
        .stdout(predicate::str::is_empty())
        .stderr(predicate::str::contains("broken.yaml"));
    assert!(!file.exists(), "{} was written by a failed build", file.display());
    let left: Vec<_> = fs::read_dir(out.path()).unwrap().collect();
    assert!(left.is_empty(), "failed build left files: {left:?}");
}

/// A failed build with `-o DIR` writes nothing into the directory.
#[test]
fn failed_build_writes_nothing_to_directory() {
    let out = tempfile::tempdir().unwrap();
    kforge().arg("build").arg(cases_dir().join("err-duplicate-resource")).arg("-o").arg(out.path()).assert().failure();
    let left: Vec<_> = fs::read_dir(out.path()).unwrap().collect();
    assert!(left.is_empty(), "failed build left files: {left:?}");
}

/// `--reorder none` prints resources in the order they were loaded; the
/// documents themselves are the ones of the default (legacy) build.
#[test]
fn reorder_none_keeps_input_order() {
    let out =
        kforge().arg("build").arg("--reorder").arg("none").arg(cases_dir().join("multidoc-list")).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let stdout = String::from_utf8(out.stdout).unwrap();
    let order = kinds_and_names(&stdout);
    let want: Vec<(String, String)> =
        [("ConfigMap", "first"), ("Service", "from-list"), ("Deployment", "from-list"), ("Namespace", "last")]
            .iter()
            .map(|(k, n)| (k.to_string(), n.to_string()))
            .collect();
    assert_eq!(order, want);

    let mut got = documents(&stdout);
    let mut legacy = documents(&expected("multidoc-list"));
    got.sort();
    legacy.sort();
    assert_eq!(got, legacy);
}

/// `--reorder legacy` is the default order.
#[test]
fn reorder_legacy_is_the_default() {
    kforge()
        .args(["build", "--reorder", "legacy"])
        .arg(cases_dir().join("multidoc-list"))
        .assert()
        .success()
        .stdout(expected("multidoc-list"));
}

/// `sortOptions` in the kustomization wins over `--reorder`, with a warning.
#[test]
fn sort_options_win_over_reorder_flag() {
    kforge()
        .args(["build", "--reorder", "legacy"])
        .arg(cases_dir().join("sort-fifo"))
        .assert()
        .success()
        .stdout(expected("sort-fifo"))
        .stderr(predicate::str::contains("sortOptions"));
}

/// An unknown `--reorder` value is a usage error.
#[test]
fn unknown_reorder_value_is_rejected() {
    kforge()
        .args(["build", "--reorder", "alphabetical"])
        .arg(cases_dir().join("multidoc-list"))
        .assert()
        .failure()
        .stdout(predicate::str::is_empty())
        .stderr(predicate::str::contains("alphabetical"));
}

/// Without a directory argument, `kforge build` builds the current directory.
#[test]
fn build_defaults_to_current_directory() {
    kforge()
        .arg("build")
        .current_dir(cases_dir().join("json-resource"))
        .assert()
        .success()
        .stdout(expected("json-resource"));
}

/// A directory that does not exist is an error naming it.
#[test]
fn missing_directory_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let gone = dir.path().join("no-such-dir");
    kforge()
        .arg("build")
        .arg(&gone)
        .assert()
        .failure()
        .stdout(predicate::str::is_empty())
        .stderr(predicate::str::contains("no-such-dir"));
}

/// Builds are deterministic: the same tree twice gives the same bytes.
#[test]
fn builds_are_deterministic() {
    let run =
        || kforge().arg("build").arg(cases_dir().join("generator-behavior").join("overlay")).output().unwrap().stdout;
    let first = run();
    assert!(!first.is_empty());
    assert_eq!(first, run());
}

/// A build does not depend on where the tree lives: a copy elsewhere gives
/// the same output (no absolute paths leak into hashes or annotations).
#[test]
fn output_does_not_depend_on_location() {
    let tmp = tempfile::tempdir().unwrap();
    let copy = tmp.path().join("copy");
    common::copy_tree(&cases_dir().join("build-metadata-origin"), &copy);
    kforge().arg("build").arg(&copy).assert().success().stdout(expected("build-metadata-origin"));
}

/// The bundled example builds to its recorded output.
#[test]
fn shop_example_matches_expected() {
    let shop = root().join("testdata").join("examples").join("shop");
    let want = fs::read_to_string(shop.join("expected.yaml")).expect("testdata/examples/shop/expected.yaml");
    let out = kforge().arg("build").arg(shop.join("overlays").join("prod")).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let got = String::from_utf8(out.stdout).unwrap();
    assert!(got == want, "shop example differs:\n{}", common::first_diff(&want, &got));
}

#[test]
fn completions_bash_prints_a_script() {
    kforge()
        .args(["completions", "bash"])
        .assert()
        .success()
        .stdout(predicate::str::contains("_kforge()").and(predicate::str::contains("complete -F")))
        .stdout(predicate::str::contains("build"));
}

#[test]
fn version_flag_prints_the_version() {
    kforge().arg("--version").assert().success().stdout(
        predicate::str::starts_with(format!("kforge {} (commit ", env!("CARGO_PKG_VERSION")))
            .and(predicate::str::ends_with(")\ncompatible with kustomize v5.7.1 and Helm v4.1.4\n")),
    );
    // `kforge version` prints the same.
    let a = kforge().arg("--version").output().unwrap().stdout;
    let b = kforge().arg("version").output().unwrap().stdout;
    assert_eq!(a, b);
}

#[test]
fn help_lists_the_build_command() {
    kforge()
        .arg("--help")
        .assert()
        .success()
        .stdout(predicate::str::contains("build").and(predicate::str::contains("completions")));
    kforge()
        .args(["build", "--help"])
        .assert()
        .success()
        .stdout(predicate::str::contains("--load-restrictor").and(predicate::str::contains("--reorder")));
}

/// `kforge build | head -1`: a reader that goes away early is not a crash.
#[test]
fn closed_stdout_is_not_a_crash() {
    use std::io::Read;
    use std::process::{Command, Stdio};

    let tmp = tempfile::tempdir().unwrap();
    let mut kust = String::from("resources:\n- all.yaml\n");
    let mut all = String::new();
    for i in 0..3000 {
        all.push_str(&format!(
            "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm-{i:05}\ndata:\n  payload: {}\n---\n",
            "x".repeat(60)
        ));
    }
    kust.push_str("namePrefix: big-\n");
    fs::write(tmp.path().join("kustomization.yaml"), kust).unwrap();
    fs::write(tmp.path().join("all.yaml"), all).unwrap();

    let mut child = Command::new(common::KFORGE)
        .arg("build")
        .arg(tmp.path())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = [0u8; 64];
    child.stdout.take().unwrap().read_exact(&mut first).unwrap();
    // stdout is dropped (closed) here, before kforge has written everything.
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("panicked"), "kforge panicked on a closed pipe:\n{stderr}");
    assert!(out.status.code().is_some(), "kforge was killed by a signal: {:?}", out.status);
    assert!(first.starts_with(b"apiVersion: v1\n"));
}

/// The kubectl plugin binary (`kubectl kforge ...`) is the same CLI.
#[test]
fn kubectl_plugin_binary_builds_too() {
    let plugin = env!("CARGO_BIN_EXE_kubectl-kforge");
    assert_cmd::Command::new(plugin)
        .arg("build")
        .arg(cases_dir().join("name-references"))
        .assert()
        .success()
        .stdout(expected("name-references"));
    assert_cmd::Command::new(plugin)
        .arg("--help")
        .assert()
        .success()
        .stdout(predicate::str::contains("kubectl kforge"));
}

/// The files of `dir`, by name.
fn files_in(dir: &std::path::Path) -> std::collections::BTreeMap<String, Vec<u8>> {
    fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap())
        .map(|e| (e.file_name().to_string_lossy().into_owned(), fs::read(e.path()).unwrap()))
        .collect()
}

/// `shipped` (a committed folder) holds exactly what `kforge ARGS --dir TMP` writes.
fn assert_generated_folder_is_current(args: &[&str], shipped: &str) {
    let tmp = tempfile::tempdir().unwrap();
    kforge().args(args).arg("--dir").arg(tmp.path()).assert().success();
    let want = files_in(tmp.path());
    let have: std::collections::BTreeMap<String, Vec<u8>> =
        files_in(&root().join(shipped)).into_iter().filter(|(n, _)| n.starts_with("kforge")).collect();
    let fix = "regenerate with scripts/regen-cli-docs.sh";
    for (name, bytes) in &want {
        match have.get(name) {
            None => panic!("{shipped}/{name} is missing: {fix}"),
            Some(b) => assert!(b == bytes, "{shipped}/{name} is stale: {fix}"),
        }
    }
    for name in have.keys() {
        assert!(want.contains_key(name), "{shipped}/{name} is not generated any more (a removed command?): {fix}");
    }
}

/// The scripts shipped in `completions/` (bash, zsh, fish, elvish,
/// PowerShell) are what the binary generates, and `kforge completion SHELL`
/// prints the same script as `--dir` writes.
#[test]
fn shipped_completions_are_current() {
    assert_generated_folder_is_current(&["completion"], "completions");
    for (shell, file) in [
        ("bash", "kforge.bash"),
        ("zsh", "kforge.zsh"),
        ("fish", "kforge.fish"),
        ("elvish", "kforge.elv"),
        ("powershell", "kforge.ps1"),
    ] {
        let out = kforge().args(["completions", shell]).output().unwrap();
        assert!(out.status.success());
        assert!(fs::read(root().join("completions").join(file)).unwrap() == out.stdout, "completions/{file} differs");
    }
}

/// docs/man/ holds one page per command, nested ones included
/// (kforge-chart-push.1), each what the binary renders.
#[test]
fn shipped_man_pages_are_current() {
    assert_generated_folder_is_current(&["man"], "docs/man");
    for (args, file) in [
        (vec!["man"], "kforge.1"),
        (vec!["man", "build"], "kforge-build.1"),
        (vec!["man", "chart", "push"], "kforge-chart-push.1"),
        (vec!["man", "chart-push"], "kforge-chart-push.1"),
        (vec!["man", "edit", "add", "resource"], "kforge-edit-add-resource.1"),
    ] {
        let out = kforge().args(&args).output().unwrap();
        assert!(out.status.success());
        let shipped = fs::read(root().join("docs/man").join(file)).unwrap_or_default();
        assert!(shipped == out.stdout, "docs/man/{file} differs from `kforge {}`", args.join(" "));
    }
    let page = fs::read_to_string(root().join("docs/man/kforge-chart-push.1")).unwrap();
    assert!(page.contains(".TH kforge-chart-push 1"), "{page}");
    assert!(page.contains("kforge chart push"), "the synopsis names the command as typed: {page}");
    kforge().args(["man", "chart", "nope"]).assert().failure().stderr(predicate::str::contains("chart nope"));
}

/// `-j/--jobs` sizes the thread pool; the output does not depend on it,
/// also above the size where parsing, transforming and writing go parallel.
#[test]
fn jobs_flag_does_not_change_output() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut files = Vec::new();
    for f in 0..20 {
        let mut text = String::new();
        for i in 0..120 {
            text.push_str(&format!(
                "---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm-{f}-{i}\ndata:\n  k: v{i}\n"
            ));
        }
        let name = format!("r{f}.yaml");
        fs::write(dir.path().join(&name), text).expect("write");
        files.push(name);
    }
    fs::write(
        dir.path().join("kustomization.yaml"),
        format!("namespace: ns\nnamePrefix: p-\nlabels:\n- pairs: {{a: b}}\nresources: [{}]\n", files.join(", ")),
    )
    .expect("write");
    let run = |jobs: &str| {
        let out = kforge().args(["-j", jobs, "build"]).arg(dir.path()).output().expect("run");
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        out.stdout
    };
    let one = run("1");
    assert_eq!(String::from_utf8_lossy(&one).matches("kind: ConfigMap").count(), 2400);
    assert!(one == run("3"), "output differs between -j 1 and -j 3");
    kforge().args(["build", "--jobs", "0"]).arg(dir.path()).assert().code(2);
}

/// Exit statuses: 0 done, 1 failed, 2 usage error.
#[test]
fn exit_statuses() {
    kforge().arg("build").arg(cases_dir().join("json-resource")).assert().code(0);
    kforge().arg("build").arg(cases_dir().join("err-missing-kustomization").join("dir")).assert().code(1);
    kforge().args(["build", "--no-such-flag"]).assert().code(2);
}
