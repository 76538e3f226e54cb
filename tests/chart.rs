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
    Path::new(env!("CARGO_MANIFEST_DIR")).join("testdata/charts").join(rel)
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
    assert!(out.status.success(), "{what} failed:\n{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

fn helm_template(dir: &Path, args: &[&str]) -> String {
    let helm = find_helm();
    let mut c = Command::new(helm);
    c.current_dir(dir.parent().unwrap()).arg("template").args(args);
    run_ok(&mut c, &format!("helm template {args:?}"))
}

fn kforge_template(dir: &Path, args: &[&str]) -> String {
    let mut c = Command::cargo_bin("kforge").unwrap();
    c.current_dir(dir.parent().unwrap()).arg("template").args(args);
    run_ok(&mut c, &format!("kforge template {args:?}"))
}

/// Render NAME's twins with the same arguments (`{}` stands for the chart).
fn differential(name: &str, args: &[&str]) {
    let g = charts(&format!("gotmpl/{name}"));
    let j = charts(&format!("jinja/{name}"));
    let with = |_: &Path| args.iter().map(|a| if *a == "{}" { name } else { a }).collect::<Vec<_>>();
    let expected = helm_template(&g, &with(&g));
    let got = kforge_template(&j, &with(&j));
    // Release.Service is "kforge" for kforge, "Helm" for helm.
    let expected = expected.replace("managed-by: Helm", "managed-by: kforge");
    assert_eq!(got, expected, "kforge and helm differ for {name} {args:?}");
}

#[test]
fn mini_chart_matches_helm() {
    differential("mini", &["rel", "{}"]);
    differential("mini", &["rel", "{}", "--set", "sub.enabled=false", "--set", "big=5"]);
    differential("mini", &["rel", "{}", "-s", "templates/cm.yaml", "--set", "global.env=x"]);
    differential("mini", &["rel", "{}", "-n", "other", "--set", "sub.global.region=us"]);
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
        .stderr(predicates::str::contains("could not find template templates/nope.yaml in chart"));
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
    run_ok(Command::new(&helm).current_dir(&h).args(["create", "demo"]), "helm create");
    run_ok(
        Command::cargo_bin("kforge").unwrap().current_dir(&k).args(["chart", "create", "demo"]),
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
            run_ok(&mut c, &format!("helm template {args:?}")).replace("managed-by: Helm", "managed-by: kforge")
        };
        let got = {
            let mut c = Command::cargo_bin("kforge").unwrap();
            c.current_dir(&k).arg("template").args(&args);
            run_ok(&mut c, &format!("kforge template {args:?}"))
        };
        assert_eq!(got, expected, "starter chart differs from helm create's for {args:?}");
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
        vec!["rel", "{}", "--set", "first.enabled=false", "--set", "global.subbOn=false", "--no-hooks"],
        vec!["rel", "{}", "--skip-tests", "--set", "nulled=null", "--set-string", "list[1]=x"],
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
        vec!["rel", "{}", "-s", "templates/all.yaml", "-s", "charts/*/templates/*"],
        vec!["rel", "{}", "--include-crds", "-s", "crds/crd.yaml", "-s", "templates/hooks.yaml"],
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
        vec!["rel", "{}", "--set", "imported.fromChild.keep=null", "--set-literal", "first.color=a,b\\c"],
    ] {
        differential("umbrella", &args);
    }
}

/// Subcharts disabled by a condition (in the parent's values, or in the
/// subchart's own defaults) are left out before rendering, as helm does:
/// their templates (a `fail`, a parse error) never run, their schema is
/// not checked, their values are not coalesced into the parent's.
#[test]
fn disabled_subcharts_are_left_out_like_helm() {
    let g = charts("gotmpl/disabled");
    let expected = helm_template(&g, &["rel", "disabled"]);
    assert!(expected.contains("# Source: disabled/charts/onsub/templates/cm.yaml"), "{expected}");
    assert!(!expected.contains("fromOff") && !expected.contains("fromDef"), "{expected}");
    assert_eq!(kforge_template(&g, &["rel", "disabled"]), expected);
    let chart = g.to_str().unwrap();
    let err = kforge_fails(&["template", "rel", chart, "--set", "defsub.enabled=true"]);
    assert!(err.contains("defsub was rendered"), "{err}");
    let err = kforge_fails(&["template", "rel", chart, "--set", "offsub.enabled=true"]);
    assert!(err.contains("offsub/values.schema.json"), "{err}");
}

fn kforge_fails(args: &[&str]) -> String {
    let out = Command::cargo_bin("kforge").unwrap().args(args).output().unwrap();
    assert!(!out.status.success(), "kforge {args:?} should fail");
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty(), "nothing printed on stdout when failing");
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
            ("templates/bad.yaml", "a: 1\nb: {{ required(\"image.tag is required\", Values.image) }}\n"),
        ],
    );
    let err = kforge_fails(&["template", "r", c.to_str().unwrap()]);
    assert!(err.contains("c/templates/bad.yaml:2: image.tag is required"), "{err}");

    write_chart(&c, &[("templates/bad.yaml", "a: 1\n\nb: {{ fail(\"stop here\") }}\n")]);
    let err = kforge_fails(&["template", "r", c.to_str().unwrap()]);
    assert!(err.contains("c/templates/bad.yaml:3: stop here"), "{err}");

    write_chart(&c, &[("templates/bad.yaml", "a: {% if %}\n")]);
    let err = kforge_fails(&["template", "r", c.to_str().unwrap()]);
    assert!(err.contains("c/templates/bad.yaml:1: syntax error"), "{err}");

    // Strict: undefined values are errors; lenient: they print nothing.
    write_chart(&c, &[("templates/bad.yaml", "kind: X\nname: \"{{ Values.nope }}\"\n")]);
    let err = kforge_fails(&["template", "r", c.to_str().unwrap(), "--strict"]);
    assert!(err.contains("c/templates/bad.yaml:2: undefined value"), "{err}");
    let out = run_ok(Command::cargo_bin("kforge").unwrap().args(["template", "r", c.to_str().unwrap()]), "lenient");
    assert!(out.contains("name: \"\""), "{out}");

    // Output that is not YAML.
    write_chart(&c, &[("templates/bad.yaml", "a: [\n")]);
    let err = kforge_fails(&["template", "r", c.to_str().unwrap()]);
    assert!(err.contains("YAML parse error on c/templates/bad.yaml"), "{err}");
}

#[test]
fn bad_charts_are_refused_clearly() {
    let tmp = tempfile::tempdir().unwrap();
    let c = tmp.path().join("c");
    // helm accepts `1.0` (and `v0.0.0`), not `1.2.3.4`
    write_chart(&c, &[("Chart.yaml", "apiVersion: v2\nname: c\nversion: 1.2.3.4\n")]);
    let err = kforge_fails(&["template", "r", c.to_str().unwrap()]);
    assert!(err.contains("c/Chart.yaml: field version: \"1.2.3.4\" is not a valid semantic version"), "{err}");

    write_chart(&c, &[("Chart.yaml", KFORGE_CHART_YAML), ("values.yaml", "a: [1\n")]);
    let err = kforge_fails(&["template", "r", c.to_str().unwrap()]);
    assert!(err.contains("c/values.yaml:"), "{err}");

    // A Go-template chart renders with the gotmpl engine; its errors name
    // the function, the template and the line.
    let g = tmp.path().join("g");
    write_chart(
        &g,
        &[("Chart.yaml", "apiVersion: v2\nname: g\nversion: 1.0.0\n"), ("templates/x.yaml", "a: {{ nosuch }}\n")],
    );
    let err = kforge_fails(&["template", "r", g.to_str().unwrap()]);
    assert!(err.contains("g/templates/x.yaml:1"), "{err}");
    assert!(err.contains("function \"nosuch\" not defined"), "{err}");

    // Missing dependency.
    write_chart(
        &c,
        &[
            ("values.yaml", ""),
            ("Chart.yaml", &format!("{KFORGE_CHART_YAML}dependencies:\n- name: dep\n  version: 1.x\n")),
        ],
    );
    let err = kforge_fails(&["template", "r", c.to_str().unwrap()]);
    assert!(err.contains("missing in charts/ directory: dep 1.x"), "{err}");

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
    run_ok(Command::cargo_bin("kforge").unwrap().args(["template", "r", c.to_str().unwrap()]), "valid values");
    let err = kforge_fails(&["template", "r", c.to_str().unwrap(), "--set", "image.tag=1"]);
    assert!(err.contains("c/values.schema.json"), "{err}");
    assert!(err.contains("at '/image/tag'"), "{err}");
    // 2020-12 by default: prefixItems is enforced.
    let err = kforge_fails(&["template", "r", c.to_str().unwrap(), "--set", "ports[0]=http"]);
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
        Command::new(&helm).arg("template").arg("rel").arg(&g).arg("--include-crds").arg("--output-dir").arg(&hd),
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

fn kforge_ok(dir: &Path, args: &[&str]) -> String {
    let mut c = Command::cargo_bin("kforge").unwrap();
    c.current_dir(dir).args(args);
    run_ok(&mut c, &format!("kforge {args:?}"))
}

fn helm_ok(dir: &Path, args: &[&str]) -> String {
    let mut c = Command::new(find_helm());
    c.current_dir(dir).args(args);
    run_ok(&mut c, &format!("helm {args:?}"))
}

/// Serve the files of `dir` over HTTP on 127.0.0.1 (a chart repository).
fn serve(dir: PathBuf) -> String {
    use std::io::{BufRead, BufReader, Write};
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut s) = stream else { continue };
            let mut line = String::new();
            let mut r = BufReader::new(s.try_clone().unwrap());
            if r.read_line(&mut line).is_err() {
                continue;
            }
            loop {
                let mut h = String::new();
                if r.read_line(&mut h).is_err() || h == "\r\n" || h.is_empty() {
                    break;
                }
            }
            let path = line.split_whitespace().nth(1).unwrap_or("/").trim_start_matches('/').to_string();
            let resp = match (!path.contains("..")).then(|| std::fs::read(dir.join(&path))).and_then(Result::ok) {
                Some(body) => {
                    let mut v =
                        format!("HTTP/1.1 200 OK\r\nContent-Length: {}\r\nConnection: close\r\n\r\n", body.len())
                            .into_bytes();
                    v.extend(body);
                    v
                }
                None => b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n".to_vec(),
            };
            let _ = s.write_all(&resp);
        }
    });
    format!("http://{addr}")
}

/// Packages are byte-identical across runs (files touched in between),
/// and Helm reads them: show chart, show values, and pull --untar from a
/// repository whose index.yaml `kforge chart index` wrote.
#[test]
fn package_is_deterministic_and_helm_reads_it() {
    let tmp = tempfile::tempdir().unwrap();
    let t = tmp.path();
    kforge_ok(t, &["chart", "create", "demo"]);
    kforge_ok(t, &["chart", "package", "demo", "-d", "a"]);
    std::thread::sleep(std::time::Duration::from_millis(1100));
    let vp = t.join("demo/values.yaml");
    std::fs::write(&vp, std::fs::read(&vp).unwrap()).unwrap();
    kforge_ok(t, &["chart", "package", "demo", "-d", "b"]);
    let a = std::fs::read(t.join("a/demo-0.1.0.tgz")).unwrap();
    let b = std::fs::read(t.join("b/demo-0.1.0.tgz")).unwrap();
    assert_eq!(a, b, "two packages of the same chart differ");
    // SOURCE_DATE_EPOCH sets the time; --version / --app-version apply.
    let mut c = Command::cargo_bin("kforge").unwrap();
    c.current_dir(t).env("SOURCE_DATE_EPOCH", "1700000000").args([
        "chart",
        "package",
        "demo",
        "-d",
        "c",
        "--version",
        "1.2.3",
        "--app-version",
        "9.9",
    ]);
    run_ok(&mut c, "package with overrides");
    let shown = helm_ok(t, &["show", "chart", "c/demo-1.2.3.tgz"]);
    assert!(
        shown.contains("version: 1.2.3") && shown.contains("appVersion: \"9.9\"") || shown.contains("appVersion: 9.9"),
        "{shown}"
    );
    let shown = helm_ok(t, &["show", "chart", "a/demo-0.1.0.tgz"]);
    assert!(shown.contains("name: demo") && shown.contains("kforge.io/template-engine: minijinja"), "{shown}");
    let values = helm_ok(t, &["show", "values", "a/demo-0.1.0.tgz"]);
    assert_eq!(values, std::fs::read_to_string(t.join("demo/values.yaml")).unwrap() + "\n");
    // A repository on loopback: kforge's index, helm pulls and untars.
    std::fs::create_dir_all(t.join("repo")).unwrap();
    std::fs::copy(t.join("a/demo-0.1.0.tgz"), t.join("repo/demo-0.1.0.tgz")).unwrap();
    std::fs::copy(t.join("c/demo-1.2.3.tgz"), t.join("repo/demo-1.2.3.tgz")).unwrap();
    let url = serve(t.join("repo"));
    kforge_ok(t, &["chart", "index", "repo", "--url", &url]);
    let mut pull = Command::new(find_helm());
    pull.current_dir(t)
        .env("HELM_CONFIG_HOME", t.join("hc"))
        .env("HELM_CACHE_HOME", t.join("hcache"))
        .env("HELM_DATA_HOME", t.join("hdata"))
        .args(["pull", "demo", "--repo", &url, "--version", "0.1.0", "--untar", "--untardir", "pulled"]);
    run_ok(&mut pull, "helm pull");
    let pulled = std::fs::read_to_string(t.join("pulled/demo/templates/deployment.yaml")).unwrap();
    assert_eq!(pulled, std::fs::read_to_string(t.join("demo/templates/deployment.yaml")).unwrap());
    // kforge renders the archive like the directory.
    assert_eq!(kforge_ok(t, &["template", "r", "a/demo-0.1.0.tgz"]), kforge_ok(t, &["template", "r", "demo"]));
}

/// `chart index` writes what `helm repo index` writes, except that the
/// times come from the packages; `--merge` keeps other entries.
#[test]
fn index_matches_helm_repo_index() {
    let tmp = tempfile::tempdir().unwrap();
    let t = tmp.path();
    helm_ok(t, &["create", "hdemo"]);
    kforge_ok(t, &["chart", "create", "kdemo"]);
    std::fs::create_dir_all(t.join("h/sub")).unwrap();
    helm_ok(t, &["package", "hdemo", "-d", "h"]);
    helm_ok(t, &["package", "hdemo", "-d", "h/sub", "--version", "0.2.0"]);
    kforge_ok(t, &["chart", "package", "kdemo", "-d", "h"]);
    helm_ok(t, &["repo", "index", "h", "--url", "https://example.com/charts"]);
    let helm_index = std::fs::read_to_string(t.join("h/index.yaml")).unwrap();
    kforge_ok(t, &["chart", "index", "h", "--url", "https://example.com/charts"]);
    let ours = std::fs::read_to_string(t.join("h/index.yaml")).unwrap();
    let mask = |s: &str| -> String {
        s.lines()
            .map(|l| if l.trim_start().starts_with("created:") || l.starts_with("generated:") { "<time>" } else { l })
            .collect::<Vec<_>>()
            .join("\n")
    };
    assert_eq!(mask(&ours), mask(&helm_index));
    assert!(ours.contains("created: \"2000-01-01T00:00:00Z\""), "{ours}");
    // Deterministic.
    kforge_ok(t, &["chart", "index", "h", "--url", "https://example.com/charts"]);
    assert_eq!(std::fs::read_to_string(t.join("h/index.yaml")).unwrap(), ours);
    // --merge keeps entries of the other index.
    std::fs::create_dir_all(t.join("m")).unwrap();
    std::fs::copy(t.join("h/kdemo-0.1.0.tgz"), t.join("m/kdemo-0.1.0.tgz")).unwrap();
    kforge_ok(t, &["chart", "index", "m", "--url", "https://example.com/charts", "--merge", "h/index.yaml"]);
    let merged = std::fs::read_to_string(t.join("m/index.yaml")).unwrap();
    assert!(
        merged.contains("hdemo-0.1.0.tgz")
            && merged.contains("sub/hdemo-0.2.0.tgz")
            && merged.contains("kdemo-0.1.0.tgz"),
        "{merged}"
    );
}

/// Chart.lock's digest is the one helm computes for the same Chart.yaml;
/// build checks the lock and the archives' digests.
#[test]
fn dependency_update_and_build() {
    let tmp = tempfile::tempdir().unwrap();
    let t = tmp.path();
    kforge_ok(t, &["chart", "create", "sub"]);
    kforge_ok(t, &["chart", "create", "app"]);
    let deps = "dependencies:\n- name: sub\n  version: ~0.1.0\n  repository: file://../sub\n  condition: child.enabled\n  alias: child\n  tags: [x]\n";
    let cy = t.join("app/Chart.yaml");
    std::fs::write(&cy, std::fs::read_to_string(&cy).unwrap() + deps).unwrap();
    helm_ok(t, &["create", "happ"]);
    let hcy = t.join("happ/Chart.yaml");
    std::fs::write(&hcy, std::fs::read_to_string(&hcy).unwrap() + deps).unwrap();
    helm_ok(t, &["dependency", "update", "happ"]);
    kforge_ok(t, &["chart", "dependency", "update", "app"]);
    let digest = |p: &Path| -> String {
        let s = std::fs::read_to_string(p).unwrap();
        s.lines().find(|l| l.starts_with("digest:")).unwrap().to_string()
    };
    assert_eq!(digest(&t.join("app/Chart.lock")), digest(&t.join("happ/Chart.lock")));
    let lock = std::fs::read_to_string(t.join("app/Chart.lock")).unwrap();
    assert!(lock.contains("  version: 0.1.0\n  digest: sha256:"), "{lock}");
    let out = kforge_ok(t, &["template", "r", "app"]);
    assert!(out.contains("# Source: app/charts/child/templates/deployment.yaml"), "{out}");
    assert!(out.contains("name: r-child"), "{out}");
    assert!(!kforge_ok(t, &["template", "r", "app", "--set", "child.enabled=false"]).contains("charts/child"));
    kforge_ok(t, &["chart", "dependency", "build", "app"]);
    // A changed Chart.yaml makes the lock stale.
    std::fs::write(&cy, std::fs::read_to_string(&cy).unwrap().replace("~0.1.0", "^0.1.0")).unwrap();
    let err = kforge_fails(&["chart", "dependency", "build", t.join("app").to_str().unwrap()]);
    assert!(err.contains("out of sync"), "{err}");
    // A dependency that is not there.
    std::fs::write(&cy, std::fs::read_to_string(&cy).unwrap().replace("file://../sub", "file://../nope")).unwrap();
    let err = kforge_fails(&["chart", "dependency", "update", t.join("app").to_str().unwrap()]);
    assert!(err.contains("nope"), "{err}");
}

#[test]
fn lint_reports_with_file_and_line() {
    let tmp = tempfile::tempdir().unwrap();
    let t = tmp.path();
    kforge_ok(t, &["chart", "create", "demo"]);
    let out = kforge_ok(t, &["chart", "lint", "demo"]);
    assert!(out.contains("1 chart(s) linted, 0 chart(s) failed"), "{out}");
    // Warnings fail with --strict.
    std::fs::remove_dir_all(t.join("demo/templates")).unwrap();
    let out = Command::cargo_bin("kforge")
        .unwrap()
        .current_dir(t)
        .args(["chart", "lint", "demo", "--strict"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stdout).contains("[WARNING] demo/templates/"));
    kforge_ok(t, &["chart", "lint", "demo"]);
    // Errors: a template that fails, an object without a name.
    write_chart(
        &t.join("demo"),
        &[
            ("templates/a.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  labels: {}\n"),
            ("templates/b.yaml", "x: 1\n\n{{ Values.image.nope.deeper }}\n"),
        ],
    );
    let out = Command::cargo_bin("kforge").unwrap().current_dir(t).args(["chart", "lint", "demo"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("[ERROR] demo/templates/b.yaml:3:"), "{text}");
    std::fs::remove_file(t.join("demo/templates/b.yaml")).unwrap();
    let out = Command::cargo_bin("kforge").unwrap().current_dir(t).args(["chart", "lint", "demo"]).output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("[ERROR] demo/templates/a.yaml: document 1: object has no metadata.name"), "{text}");
    // Values that break the schema.
    std::fs::remove_file(t.join("demo/templates/a.yaml")).unwrap();
    kforge_ok(t, &["chart", "schema", "demo"]);
    let out = Command::cargo_bin("kforge")
        .unwrap()
        .current_dir(t)
        .args(["chart", "lint", "demo", "--set", "replicaCount=many"])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("at '/replicaCount'"), "{text}");
}

#[test]
fn schema_is_inferred_from_values() {
    let tmp = tempfile::tempdir().unwrap();
    let t = tmp.path();
    kforge_ok(t, &["chart", "create", "demo"]);
    kforge_ok(t, &["chart", "schema", "demo"]);
    let s: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(t.join("demo/values.schema.json")).unwrap()).unwrap();
    assert_eq!(s["properties"]["replicaCount"]["type"], "integer");
    assert_eq!(
        s["properties"]["image"]["properties"]["tag"]["description"],
        "Image tag; the chart's appVersion when empty."
    );
    assert_eq!(s["properties"]["ingress"]["properties"]["hosts"]["items"]["properties"]["paths"]["type"], "array");
    // The chart's own values pass; a wrong type does not.
    kforge_ok(t, &["template", "r", "demo", "-f", charts("values/starter-all-on.yaml").to_str().unwrap()]);
    let err = kforge_fails(&["template", "r", t.join("demo").to_str().unwrap(), "--set", "service.port=http"]);
    assert!(err.contains("at '/service/port'"), "{err}");
    // --dry-run prints the same text without writing.
    std::fs::remove_file(t.join("demo/values.schema.json")).unwrap();
    let printed = kforge_ok(t, &["chart", "schema", "demo", "--dry-run"]);
    assert!(printed.starts_with("{\n  \"$schema\""));
    assert!(!t.join("demo/values.schema.json").exists());
}

#[test]
fn hostile_archives_are_refused() {
    let tmp = tempfile::tempdir().unwrap();
    // A tar with an entry escaping the chart, gzip-compressed by hand.
    let mut header = [0u8; 512];
    let name = b"demo/../../evil";
    header[..name.len()].copy_from_slice(name);
    header[100..107].copy_from_slice(b"0000644");
    header[124..135].copy_from_slice(b"00000000001");
    header[156] = b'0';
    header[148..156].copy_from_slice(b"        ");
    let sum: u32 = header.iter().map(|b| *b as u32).sum();
    header[148..155].copy_from_slice(format!("{sum:06o}\0").as_bytes());
    let mut tar = header.to_vec();
    tar.extend([b'x']);
    tar.resize(512 * 2, 0);
    tar.resize(512 * 4, 0);
    use std::io::Write;
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    gz.write_all(&tar).unwrap();
    let p = tmp.path().join("evil.tgz");
    std::fs::write(&p, gz.finish().unwrap()).unwrap();
    let err = kforge_fails(&["template", "r", p.to_str().unwrap()]);
    assert!(err.contains("evil.tgz: entry \"demo/../../evil\": paths with '..' are refused"), "{err}");
    assert!(!tmp.path().parent().unwrap().join("evil").exists());
}

/// A `helmCharts` entry whose chart is a kforge chart inflates natively
/// (no helm binary, no --enable-helm), and gives what the helm path gives
/// for helm create's twin chart; transformers apply to the result.
#[test]
fn helm_charts_in_kustomizations_inflate_natively() {
    let tmp = tempfile::tempdir().unwrap();
    let (k, h) = (tmp.path().join("k"), tmp.path().join("h"));
    for d in [&k, &h] {
        std::fs::create_dir_all(d.join("charts")).unwrap();
        std::fs::write(
            d.join("kustomization.yaml"),
            "namePrefix: p-\nlabels:\n- pairs: {team: a}\nhelmCharts:\n- name: demo\n  releaseName: rel\n  namespace: ns1\n  valuesInline:\n    replicaCount: 3\n    ingress: {enabled: true}\n  additionalValuesFiles: [extra.yaml]\n",
        )
        .unwrap();
        std::fs::write(d.join("extra.yaml"), "autoscaling:\n  enabled: true\n").unwrap();
    }
    kforge_ok(&k.join("charts"), &["chart", "create", "demo"]);
    helm_ok(&h.join("charts"), &["create", "demo"]);
    // No helm anywhere on PATH for the native build.
    let mut c = Command::cargo_bin("kforge").unwrap();
    c.env("PATH", "/nonexistent").arg("build").arg(&k);
    let native = run_ok(&mut c, "kforge build (native chart)");
    let mut c = Command::cargo_bin("kforge").unwrap();
    c.arg("build").arg(&h).arg("--enable-helm").arg("--helm-command").arg(find_helm());
    let via_helm = run_ok(&mut c, "kforge build --enable-helm").replace("managed-by: Helm", "managed-by: kforge");
    assert_eq!(native, via_helm);
    assert!(
        native.contains("name: p-rel-demo")
            && native.contains("team: a")
            && native.contains("kind: HorizontalPodAutoscaler"),
        "{native}"
    );
}

/// Values precedence and typing: `-f` files in order (several documents
/// merged), then --set-json, --set, --set-string, --set-file,
/// --set-literal whatever their order on the command line; escaped dots,
/// list indexes, `{}` lists, null deleting defaults, --set vs --set-string
/// typing, YAML 1.1 scalars in values files.
#[test]
fn values_precedence_matches_helm() {
    for args in [
        vec!["r", "{}"],
        vec!["r", "{}", "-f", "../values/echo-a.yaml", "-f", "../values/echo-b.yaml"],
        vec![
            "r",
            "{}",
            "-f",
            "../values/echo-b.yaml",
            "-f",
            "../values/echo-a.yaml",
            "--set",
            "a\\.b=1,list[3]=z,big=7654321",
            "--set-string",
            "n=007,t=true",
            "--set",
            "replicaCount=null,image.pullPolicy=Always",
        ],
        vec![
            "r",
            "{}",
            "--set",
            "k=2",
            "--set-json",
            "k=1",
            "--set-json",
            "j={\"n\":[1,2.5,\"s\"],\"m\":null}",
            "--set-file",
            "f=../values/echo-file.txt",
            "--set-literal",
            "l=a,b=c\\d",
            "--set",
            "nested=null",
        ],
        vec![
            "r",
            "{}",
            "--set",
            "list={}",
            "--set",
            "e=",
            "--set",
            "neg=-3,plus=+4,f=1.5,z=0,zz=00,tt=TRUE,nn=Null",
            "--set",
            "lst[1].name=x,lst[1].v=2",
        ],
        vec!["r", "{}", "--set", "ratio=0.5", "--set-string", "big=1", "--set", "image.tag=null", "--set", "yes=false"],
    ] {
        differential("echo", &args);
    }
}
