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

/// Subcharts with aliases, tags and conditions, globals flowing down,
/// import-values (both forms), a library chart, hooks, CRDs, unknown kinds,
/// `---` oddities, `--show-only` globs, Capabilities.
#[test]
fn umbrella_chart_matches_helm() {
    for args in [
        vec!["rel", "{}"],
        vec!["rel", "{}", "--include-crds"],
        vec!["rel", "{}", "--set", "tags.back=true"],
        vec![
            "rel",
            "{}",
            "--set",
            "first.enabled=false",
            "--set",
            "global.subbOn=false",
            "--no-hooks",
        ],
        vec![
            "rel",
            "{}",
            "--skip-tests",
            "--set",
            "nulled=null",
            "--set-string",
            "list[1]=x",
        ],
        vec![
            "rel",
            "{}",
            "--set",
            "subb.enabled=false,global.subbOn=true",
            "--kube-version",
            "1.30.2",
            "--api-versions",
            "example.com/v1",
        ],
        vec![
            "rel",
            "{}",
            "-s",
            "templates/all.yaml",
            "-s",
            "charts/*/templates/*",
        ],
        vec![
            "rel",
            "{}",
            "--include-crds",
            "-s",
            "crds/crd.yaml",
            "-s",
            "templates/hooks.yaml",
        ],
        vec![
            "rel",
            "{}",
            "--set",
            "global.nested.b=top,first.global.own=mine",
            "--set-json",
            "second={\"enabled\":true,\"n\":[1,2.5]}",
            "--set",
            "tags.back=true",
        ],
        vec![
            "rel",
            "{}",
            "--set",
            "imported.fromChild.keep=null",
            "--set-literal",
            "first.color=a,b\\c",
        ],
    ] {
        differential("umbrella", &args);
    }
}

fn kforge_fails(args: &[&str]) -> String {
    let out = Command::cargo_bin("kforge")
        .unwrap()
        .args(args)
        .output()
        .unwrap();
    assert!(!out.status.success(), "kforge {args:?} should fail");
    assert_eq!(out.status.code(), Some(1));
    assert!(
        out.stdout.is_empty(),
        "nothing printed on stdout when failing"
    );
    String::from_utf8(out.stderr).unwrap()
}

fn write_chart(dir: &Path, files: &[(&str, &str)]) {
    for (rel, text) in files {
        let p = dir.join(rel);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, text).unwrap();
    }
}

const KFORGE_CHART_YAML: &str =
    "apiVersion: v2\nname: c\nversion: 0.1.0\nannotations:\n  kforge.io/template-engine: minijinja\n";

#[test]
fn template_errors_name_file_and_line() {
    let tmp = tempfile::tempdir().unwrap();
    let c = tmp.path().join("c");
    write_chart(
        &c,
        &[
            ("Chart.yaml", KFORGE_CHART_YAML),
            ("templates/ok.yaml", "kind: ConfigMap\n"),
            (
                "templates/bad.yaml",
                "a: 1\nb: {{ required(\"image.tag is required\", Values.image) }}\n",
            ),
        ],
    );
    let err = kforge_fails(&["template", "r", c.to_str().unwrap()]);
    assert!(
        err.contains("c/templates/bad.yaml:2: image.tag is required"),
        "{err}"
    );

    write_chart(
        &c,
        &[(
            "templates/bad.yaml",
            "a: 1\n\nb: {{ fail(\"stop here\") }}\n",
        )],
    );
    let err = kforge_fails(&["template", "r", c.to_str().unwrap()]);
    assert!(err.contains("c/templates/bad.yaml:3: stop here"), "{err}");

    write_chart(&c, &[("templates/bad.yaml", "a: {% if %}\n")]);
    let err = kforge_fails(&["template", "r", c.to_str().unwrap()]);
    assert!(
        err.contains("c/templates/bad.yaml:1: syntax error"),
        "{err}"
    );

    // Strict: undefined values are errors; lenient: they print nothing.
    write_chart(
        &c,
        &[(
            "templates/bad.yaml",
            "kind: X\nname: \"{{ Values.nope }}\"\n",
        )],
    );
    let err = kforge_fails(&["template", "r", c.to_str().unwrap(), "--strict"]);
    assert!(
        err.contains("c/templates/bad.yaml:2: undefined value"),
        "{err}"
    );
    let out = run_ok(
        Command::cargo_bin("kforge")
            .unwrap()
            .args(["template", "r", c.to_str().unwrap()]),
        "lenient",
    );
    assert!(out.contains("name: \"\""), "{out}");

    // Output that is not YAML.
    write_chart(&c, &[("templates/bad.yaml", "a: [\n")]);
    let err = kforge_fails(&["template", "r", c.to_str().unwrap()]);
    assert!(
        err.contains("YAML parse error on c/templates/bad.yaml"),
        "{err}"
    );
}

#[test]
fn bad_charts_are_refused_clearly() {
    let tmp = tempfile::tempdir().unwrap();
    let c = tmp.path().join("c");
    write_chart(
        &c,
        &[("Chart.yaml", "apiVersion: v2\nname: c\nversion: 1.0\n")],
    );
    let err = kforge_fails(&["template", "r", c.to_str().unwrap()]);
    assert!(
        err.contains("c/Chart.yaml: field version: \"1\" is not a valid semantic version"),
        "{err}"
    );

    write_chart(
        &c,
        &[
            ("Chart.yaml", KFORGE_CHART_YAML),
            ("values.yaml", "a: [1\n"),
        ],
    );
    let err = kforge_fails(&["template", "r", c.to_str().unwrap()]);
    assert!(err.contains("c/values.yaml:"), "{err}");

    // A Go-template chart needs the other engine.
    let g = tmp.path().join("g");
    write_chart(
        &g,
        &[("Chart.yaml", "apiVersion: v2\nname: g\nversion: 1.0.0\n")],
    );
    let err = kforge_fails(&["template", "r", g.to_str().unwrap()]);
    assert!(err.contains("template engine"), "{err}");

    // Missing dependency.
    write_chart(
        &c,
        &[
            ("values.yaml", ""),
            (
                "Chart.yaml",
                &format!("{KFORGE_CHART_YAML}dependencies:\n- name: dep\n  version: 1.x\n"),
            ),
        ],
    );
    let err = kforge_fails(&["template", "r", c.to_str().unwrap()]);
    assert!(
        err.contains("missing in charts/ directory: dep 1.x"),
        "{err}"
    );

    // Bad --set.
    write_chart(&c, &[("Chart.yaml", KFORGE_CHART_YAML)]);
    let err = kforge_fails(&["template", "r", c.to_str().unwrap(), "--set", "a[70000]=1"]);
    assert!(err.contains("failed parsing --set data"), "{err}");
}

#[test]
fn schema_errors_name_the_value_and_the_schema() {
    let tmp = tempfile::tempdir().unwrap();
    let c = tmp.path().join("c");
    write_chart(
        &c,
        &[
            ("Chart.yaml", KFORGE_CHART_YAML),
            ("values.yaml", "image:\n  tag: v1\nports: [80]\n"),
            (
                "values.schema.json",
                r#"{"type":"object","properties":{"image":{"type":"object","properties":{"tag":{"type":"string","minLength":2}},"required":["tag"]},"ports":{"type":"array","prefixItems":[{"type":"integer"}]}}}"#,
            ),
            ("templates/cm.yaml", "kind: ConfigMap\n"),
        ],
    );
    run_ok(
        Command::cargo_bin("kforge")
            .unwrap()
            .args(["template", "r", c.to_str().unwrap()]),
        "valid values",
    );
    let err = kforge_fails(&["template", "r", c.to_str().unwrap(), "--set", "image.tag=1"]);
    assert!(err.contains("c/values.schema.json"), "{err}");
    assert!(err.contains("at '/image/tag'"), "{err}");
    // 2020-12 by default: prefixItems is enforced.
    let err = kforge_fails(&[
        "template",
        "r",
        c.to_str().unwrap(),
        "--set",
        "ports[0]=http",
    ]);
    assert!(err.contains("at '/ports/0'"), "{err}");
    run_ok(
        Command::cargo_bin("kforge").unwrap().args([
            "template",
            "r",
            c.to_str().unwrap(),
            "--set",
            "ports[0]=http",
            "--skip-schema-validation",
        ]),
        "skip schema",
    );
}

#[test]
fn output_dir_writes_files_like_helm() {
    let g = charts("gotmpl/umbrella");
    let j = charts("jinja/umbrella");
    let tmp = tempfile::tempdir().unwrap();
    let (hd, kd) = (tmp.path().join("h"), tmp.path().join("k"));
    let helm = find_helm();
    run_ok(
        Command::new(&helm)
            .arg("template")
            .arg("rel")
            .arg(&g)
            .arg("--include-crds")
            .arg("--output-dir")
            .arg(&hd),
        "helm",
    );
    run_ok(
        Command::cargo_bin("kforge")
            .unwrap()
            .arg("template")
            .arg("rel")
            .arg(&j)
            .arg("--include-crds")
            .arg("--output-dir")
            .arg(&kd),
        "kforge",
    );
    let mut n = 0;
    for rel in [
        "umbrella/crds/crd.yaml",
        "umbrella/templates/all.yaml",
        "umbrella/templates/hooks.yaml",
        "umbrella/charts/first/templates/cm.yaml",
        "umbrella/charts/sub-b/templates/secret.yaml",
    ] {
        let h = std::fs::read_to_string(hd.join(rel)).unwrap();
        let k = std::fs::read_to_string(kd.join(rel)).unwrap();
        assert_eq!(k, h, "{rel}");
        n += 1;
    }
    assert_eq!(n, 5);
    assert!(!kd.join("umbrella/templates/empty.yaml").exists());
}
