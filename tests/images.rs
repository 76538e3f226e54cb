//! `kforge images`, `kforge localize` (images), `kforge mirror config`,
//! `build --mirror` and the `ImageMirror` transformer, over the fixtures in
//! testdata/images (charts and manifests imitating real conventions).
//!
//! The chart tests check kforge against real `helm template` (v4.1.4:
//! `KFORGE_TEST_HELM`, else `~/.cache/kforge-oracles/bin/helm`, else helm on
//! PATH). Without helm they fail rather than skip.
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use serde_json::Value;

fn td(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("testdata/images").join(rel)
}

fn map() -> PathBuf {
    td("mirror.yaml")
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
        "no helm binary found: set KFORGE_TEST_HELM (scripts/install-helm.sh installs helm v4.1.4) or put helm on PATH"
    );
}

fn kforge() -> Command {
    Command::cargo_bin("kforge").unwrap()
}

/// Run kforge; (status ok, stdout, stderr).
fn run(args: &[&str]) -> (bool, String, String) {
    let out = kforge().args(args).output().unwrap();
    (out.status.success(), String::from_utf8(out.stdout).unwrap(), String::from_utf8(out.stderr).unwrap())
}

fn ok(args: &[&str]) -> String {
    let (success, out, err) = run(args);
    assert!(success, "kforge {args:?} failed:\n{err}");
    out
}

/// `helm template` of a chart (dir or tgz) with values files.
fn helm_template(chart: &Path, values: &[PathBuf]) -> Result<String, String> {
    let home = tempfile::tempdir().unwrap();
    let mut cmd = std::process::Command::new(find_helm());
    cmd.args(["template", "oracle"]).arg(chart);
    for v in values {
        cmd.arg("--values").arg(v);
    }
    cmd.env("HELM_CONFIG_HOME", home.path())
        .env("HELM_CACHE_HOME", home.path().join("c"))
        .env("HELM_DATA_HOME", home.path().join("d"));
    let out = cmd.output().unwrap();
    if out.status.success() {
        Ok(String::from_utf8(out.stdout).unwrap())
    } else {
        Err(String::from_utf8_lossy(&out.stderr).to_string())
    }
}

/// Every image in a rendered stream: container images (any list) and
/// `image` / `*Image` fields, normalised by kforge's own listing of a file
/// would be circular, so this walks the YAML independently.
fn rendered_images(text: &str) -> BTreeSet<String> {
    let re = regex::Regex::new(r#"(?m)^\s*-?\s*(?:image|[a-z]+Image):\s*"?([^"\s]+)"?\s*$"#).unwrap();
    let arg = regex::Regex::new(r#"=((?:[a-z0-9.-]+\.[a-z]+)(?::\d+)?/[^\s"',]+:[\w.-]+)"#).unwrap();
    let mut out = BTreeSet::new();
    for c in re.captures_iter(text) {
        out.insert(c[1].to_string());
    }
    for c in arg.captures_iter(text) {
        out.insert(c[1].to_string());
    }
    out
}

fn normalize(s: &str) -> String {
    // Docker's rules, written out independently of kforge's parser.
    let (name, rest) = match s.find(['@']) {
        Some(i) => (&s[..i], &s[i..]),
        None => match s.rfind(':').filter(|i| !s[*i..].contains('/')) {
            Some(i) => (&s[..i], &s[i..]),
            None => (s, ""),
        },
    };
    let (name, rest) = if rest.starts_with('@') {
        match name.rfind(':').filter(|i| !name[*i..].contains('/')) {
            Some(i) => (&name[..i], format!("{}{rest}", &name[i..])),
            None => (name, rest.to_string()),
        }
    } else {
        (name, rest.to_string())
    };
    let first = name.split('/').next().unwrap();
    let full = if let Some(one) = name.strip_prefix("docker.io/").filter(|n| !n.contains('/')) {
        format!("docker.io/library/{one}")
    } else if name.contains('/') && (first.contains('.') || first.contains(':') || first == "localhost") {
        name.to_string()
    } else if name.contains('/') {
        format!("docker.io/{name}")
    } else {
        format!("docker.io/library/{name}")
    };
    format!("{full}{rest}")
}

fn all_on(chart: &Path, dir: &Path) -> PathBuf {
    // Written by hand per fixture: every component switched on.
    let text = match chart.file_name().unwrap().to_str().unwrap() {
        "redis" => "metrics:\n  enabled: true\nvolumePermissions:\n  enabled: true\nnodeMetrics:\n  enabled: true\n",
        "app" => "debug:\n  enabled: true\npostgresql:\n  enabled: true\n",
        "hub" => "tools:\n  enabled: true\n",
        other => panic!("no all-on values for {other}"),
    };
    let p = dir.join("all-on.yaml");
    std::fs::write(&p, text).unwrap();
    p
}

fn json_images(out: &str) -> Vec<Value> {
    match serde_json::from_str(out).unwrap() {
        Value::Array(a) => a,
        other => panic!("not a list: {other}"),
    }
}

#[test]
fn manifests_every_site_is_found_with_where() {
    let out = ok(&["images", td("manifests/workloads.yaml").to_str().unwrap(), "--format", "json"]);
    let items = json_images(&out);
    let got: BTreeSet<(String, String, String, String)> = items
        .iter()
        .map(|v| {
            let s = |k: &str| v.get(k).and_then(Value::as_str).unwrap_or("").to_string();
            (s("image"), s("site"), s("resource"), s("path"))
        })
        .collect();
    let want: BTreeSet<(String, String, String, String)> = [
        ("docker.io/library/nginx:1.25", "container", "v1/Pod/pod", "spec.containers[0].image"),
        ("docker.io/nicolaka/netshoot:v0.13", "container", "v1/Pod/pod", "spec.ephemeralContainers[0].image"),
        (
            "registry.k8s.io/busybox@sha256:a5d0ce49aa801d475da48f8cb163c354ab95cab073cd3c138bd458fc8257fbf1",
            "container",
            "apps/v1/Deployment/operator",
            "spec.template.spec.initContainers[0].image",
        ),
        (
            "quay.io/prometheus-operator/prometheus-operator:v0.76.0",
            "container",
            "apps/v1/Deployment/operator",
            "spec.template.spec.containers[0].image",
        ),
        (
            "quay.io/prometheus-operator/prometheus-config-reloader:v0.76.0",
            "embedded",
            "apps/v1/Deployment/operator",
            "spec.template.spec.containers[0].args[0]",
        ),
        (
            "quay.io/thanos/thanos:v0.36.1",
            "env",
            "apps/v1/Deployment/operator",
            "spec.template.spec.containers[0].env[0].value",
        ),
        (
            "docker.io/bitnami/postgresql:17.2.0",
            "container",
            "apps/v1/StatefulSet/db",
            "spec.template.spec.containers[0].image",
        ),
        (
            "gcr.io/google-containers/fluentd:v1.16",
            "container",
            "apps/v1/DaemonSet/agent",
            "spec.template.spec.containers[0].image",
        ),
        ("ghcr.io/example/web:2.1", "container", "apps/v1/ReplicaSet/rs", "spec.template.spec.containers[0].image"),
        (
            "localhost:5000/legacy/app:1",
            "container",
            "v1/ReplicationController/rc",
            "spec.template.spec.containers[0].image",
        ),
        (
            "internal.example.com/tools/migrate:3",
            "container",
            "batch/v1/Job/migrate",
            "spec.template.spec.containers[0].image",
        ),
        (
            "mcr.microsoft.com/azure-cli:2.67.0",
            "container",
            "batch/v1/CronJob/backup",
            "spec.jobTemplate.spec.template.spec.containers[0].image",
        ),
        (
            "public.ecr.aws/example/app:v3",
            "container",
            "argoproj.io/v1alpha1/Rollout/rollout",
            "spec.template.spec.containers[0].image",
        ),
        ("quay.io/prometheus/prometheus:v2.54.1", "field", "monitoring.coreos.com/v1/Prometheus/k8s", "spec.image"),
        ("quay.io/thanos/thanos", "field", "monitoring.coreos.com/v1/Prometheus/k8s", "spec.thanos.baseImage"),
        ("docker.io/library/alpine:3.20", "embedded", "v1/ConfigMap/tools", "data[\"tools.yaml\"]"),
        ("docker.io/library/redis:7", "embedded", "v1/ConfigMap/tools", "data[\"tools.yaml\"]"),
        (
            "docker.io/bitnami/kube-rbac-proxy:0.18.1",
            "embedded",
            "apps/v1/Deployment/operator",
            "spec.template.spec.containers[0].args[2]",
        ),
    ]
    .iter()
    .map(|(a, b, c, d)| (a.to_string(), b.to_string(), c.to_string(), d.to_string()))
    .collect();
    assert_eq!(got, want);
    assert!(items.iter().all(|v| v["file"].as_str().unwrap().ends_with("workloads.yaml")));
}

#[test]
fn localize_filter_rewrites_in_place_and_is_idempotent() {
    let file = td("manifests/workloads.yaml");
    let out = ok(&["localize", "-f", file.to_str().unwrap(), "--mirror", map().to_str().unwrap(), "--verify"]);
    let expected = std::fs::read_to_string(td("manifests/workloads.localized.yaml")).unwrap();
    assert_eq!(out, expected);
    // Comments survive; digests stay; excluded registries are untouched.
    assert!(out.contains("image: mirror.example.cn/library/nginx:1.25            # Docker Hub official image"));
    assert!(out.contains("image: internal.example.com/tools/migrate:3   # excluded by the map"));
    // From stdin, a second time: nothing changes.
    let again = kforge()
        .args(["localize", "-f", "-", "--mirror", map().to_str().unwrap()])
        .write_stdin(out.clone())
        .output()
        .unwrap();
    assert!(again.status.success());
    assert_eq!(String::from_utf8(again.stdout).unwrap(), out);
}

#[test]
fn allowed_registries_gate_lists_offenders() {
    let file = td("manifests/workloads.yaml");
    let (success, _, err) = run(&[
        "images",
        file.to_str().unwrap(),
        "--allowed-registries",
        "mirror.example.cn,internal.example.com,registry.cn-hangzhou.example.com/gcr",
    ]);
    assert!(!success);
    assert!(err.contains("17 image reference(s) outside the allowed registries"), "{err}");
    assert!(err.contains("quay.io/thanos/thanos:v0.36.1  (apps/v1/Deployment/operator in"), "{err}");
    let localized = td("manifests/workloads.localized.yaml");
    ok(&[
        "images",
        localized.to_str().unwrap(),
        "--allowed-registries",
        "mirror.example.cn,internal.example.com,registry.cn-hangzhou.example.com/gcr",
    ]);
    // Registry prefixes match on whole components.
    let (success, _, _) = run(&[
        "images",
        localized.to_str().unwrap(),
        "--allowed-registries",
        "mirror.example,internal.example.com,registry.cn-hangzhou.example.com",
    ]);
    assert!(!success);
}

#[test]
fn kustomization_build_flag_transformer_and_localized_dir_agree() {
    let base = td("kustomize/base");
    let via_flag = ok(&["build", base.to_str().unwrap(), "--mirror", map().to_str().unwrap()]);
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("localized");
    let (success, _, err) = run(&[
        "localize",
        base.to_str().unwrap(),
        "--mirror",
        map().to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
        "--verify",
    ]);
    assert!(success, "{err}");
    assert!(err.contains("verified: 3 image reference(s)"), "{err}");
    let built = ok(&["build", out.to_str().unwrap()]);
    assert_eq!(built, via_flag);
    assert!(built.contains("image: mirror.example.cn/library/nginx:1.27"), "{built}");
    assert!(built.contains("image: mirror.example.cn/ghcr.io/example/worker:v2"), "{built}");
    assert!(built.contains("--helper=registry.cn-hangzhou.example.com/gcr/example/helper:v1"), "{built}");
    // The kustomization's images entries were moved with the resources.
    let k = std::fs::read_to_string(out.join("kustomization.yaml")).unwrap();
    assert!(k.contains("- name: mirror.example.cn/library/nginx\n  newTag: \"1.27\""), "{k}");
    // The built-in transformer, from a map file and inline.
    let t = ok(&["build", td("kustomize/transformer").to_str().unwrap()]);
    assert!(
        t.contains("image: mirror.example.cn/docker.io/library/nginx:1.27")
            && t.contains("--helper=mirror.example.cn/gcr.io/example/helper:v1"),
        "{t}"
    );
    let i = ok(&["build", td("kustomize/inline").to_str().unwrap()]);
    assert!(i.contains("--helper=registry.cn-hangzhou.example.com/gcr/example/helper:v1"), "{i}");
    // Output directories are not overwritten.
    let (success, _, err) =
        run(&["localize", base.to_str().unwrap(), "--mirror", map().to_str().unwrap(), "-o", out.to_str().unwrap()]);
    assert!(!success && err.contains("not empty"), "{err}");
}

/// For one chart: kforge images finds every image helm renders (defaults
/// and every component on); after localize --verify, helm renders the
/// result without error and shows only mirrored images; a second localize
/// changes nothing.
fn chart_round_trip(name: &str, out_name: &str) -> tempfile::TempDir {
    let helm = find_helm();
    let chart = td(&format!("charts/{name}"));
    let tmp = tempfile::tempdir().unwrap();
    let on = all_on(&chart, tmp.path());
    let before_default = helm_template(&chart, &[]).unwrap();
    let before_on = helm_template(&chart, std::slice::from_ref(&on)).unwrap();
    let rendered: BTreeSet<String> =
        rendered_images(&before_default).union(&rendered_images(&before_on)).map(|s| normalize(s)).collect();
    assert!(!rendered.is_empty());

    let listed = ok(&[
        "images",
        chart.to_str().unwrap(),
        "--format",
        "json",
        "--enable-helm",
        "--helm-command",
        helm.to_str().unwrap(),
    ]);
    let listed: BTreeSet<String> =
        json_images(&listed).iter().map(|v| v["image"].as_str().unwrap().to_string()).collect();
    for img in &rendered {
        assert!(listed.contains(img), "{name}: helm renders {img}, kforge images did not list it: {listed:?}");
    }
    // Without helm, the values-based listing still covers every rendered image.
    let static_list = ok(&["images", chart.to_str().unwrap(), "--format", "json"]);
    let static_list: BTreeSet<String> =
        json_images(&static_list).iter().map(|v| v["image"].as_str().unwrap().to_string()).collect();
    for img in &rendered {
        assert!(static_list.contains(img), "{name}: {img} missing from the values-based listing");
    }

    let out = tmp.path().join(out_name);
    let (success, _, err) = run(&[
        "localize",
        chart.to_str().unwrap(),
        "--mirror",
        map().to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
        "--verify",
        "--enable-helm",
        "--helm-command",
        helm.to_str().unwrap(),
    ]);
    assert!(success, "{name}: {err}");
    assert!(err.contains("no longer matches the upstream chart's digest"), "{err}");
    for values in [vec![], vec![on.clone()]] {
        let text = helm_template(&out, &values)
            .unwrap_or_else(|e| panic!("{name}: helm template of the localized chart failed: {e}"));
        let imgs = rendered_images(&text);
        let norm = |set: BTreeSet<String>| set.iter().map(|s| normalize(s)).collect::<BTreeSet<_>>().len();
        let before = rendered_images(&helm_template(&chart, &values).unwrap());
        assert_eq!(norm(imgs.clone()), norm(before), "{name}: {imgs:?}");
        for i in imgs {
            assert!(
                i.starts_with("mirror.example.cn/") || i.starts_with("registry.cn-hangzhou.example.com/gcr/"),
                "{name}: {i} not mirrored"
            );
        }
    }
    // Localizing the localized chart again changes nothing.
    let again = tmp.path().join(format!("again-{out_name}"));
    let (success, _, err) =
        run(&["localize", out.to_str().unwrap(), "--mirror", map().to_str().unwrap(), "-o", again.to_str().unwrap()]);
    assert!(success, "{err}");
    assert!(err.contains("localized 0 image reference(s)"), "{err}");
    assert_eq!(read_tree(&out), read_tree(&again), "{name}: second localize changed files");
    tmp
}

fn read_tree(p: &Path) -> Vec<(String, Vec<u8>)> {
    if p.is_file() {
        let gz = flate2::read::GzDecoder::new(std::fs::File::open(p).unwrap());
        let mut ar = tar::Archive::new(gz);
        let mut out = Vec::new();
        for e in ar.entries().unwrap() {
            let mut e = e.unwrap();
            let name = e.path().unwrap().display().to_string();
            let mut buf = Vec::new();
            std::io::Read::read_to_end(&mut e, &mut buf).unwrap();
            out.push((name, buf));
        }
        out.sort();
        return out;
    }
    let mut out = Vec::new();
    let mut stack = vec![p.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let e = e.unwrap().path();
            if e.is_dir() {
                stack.push(e);
            } else {
                out.push((e.strip_prefix(p).unwrap().display().to_string(), std::fs::read(&e).unwrap()));
            }
        }
    }
    out.sort();
    out
}

#[test]
fn bitnami_style_chart_localizes_and_passes_its_image_guard() {
    let tmp = chart_round_trip("redis", "redis-localized");
    let out = tmp.path().join("redis-localized");
    let values = std::fs::read_to_string(out.join("values.yaml")).unwrap();
    // The guard passed with the annotation rewritten too: the switch stays off.
    assert!(values.contains("allowInsecureImages: false"), "{values}");
    assert!(values.contains("  registry: mirror.example.cn/docker.io\n  repository: bitnami/redis\n"), "{values}");
    let chart = std::fs::read_to_string(out.join("Chart.yaml")).unwrap();
    assert!(chart.contains("image: mirror.example.cn/docker.io/bitnami/redis:7.4.2-debian-12-r0"), "{chart}");
    assert!(chart.contains("repository: oci://mirror.example.cn/docker.io/bitnamicharts"), "{chart}");
    assert!(chart.contains("repository: https://mirror.example.cn/charts/stable"), "{chart}");
    let lock = std::fs::read_to_string(out.join("Images.lock")).unwrap();
    assert_eq!(lock.matches("image: mirror.example.cn/docker.io/bitnami/").count(), 3, "{lock}");
    // The aliased subchart's image.
    let sub = std::fs::read_to_string(out.join("charts/exporter/values.yaml")).unwrap();
    assert!(sub.contains("repository: mirror.example.cn/quay.io/prometheus/node-exporter"), "{sub}");

    // The guard is real: values rewritten but the annotation left alone fails in helm.
    let broken = tmp.path().join("broken");
    std::fs::create_dir_all(&broken).unwrap();
    for (p, b) in read_tree(&out) {
        let dest = broken.join(&p);
        std::fs::create_dir_all(dest.parent().unwrap()).unwrap();
        std::fs::write(dest, b).unwrap();
    }
    std::fs::copy(td("charts/redis/Chart.yaml"), broken.join("Chart.yaml")).unwrap();
    let on = all_on(&td("charts/redis"), tmp.path());
    let e = helm_template(&broken, &[on]).unwrap_err();
    assert!(e.contains("allowInsecureImages"), "{e}");
}

#[test]
fn guard_that_still_fails_gets_the_switch_and_says_so() {
    // An annotation that misses one image the chart renders: rewriting
    // cannot satisfy the guard, so kforge sets allowInsecureImages.
    let tmp = tempfile::tempdir().unwrap();
    let src = tmp.path().join("redis");
    for (p, b) in read_tree(&td("charts/redis")) {
        let dest = src.join(&p);
        std::fs::create_dir_all(dest.parent().unwrap()).unwrap();
        std::fs::write(dest, b).unwrap();
    }
    let chart = std::fs::read_to_string(src.join("Chart.yaml")).unwrap();
    let chart = chart.replace("    - name: os-shell\n      image: docker.io/bitnami/os-shell:12-debian-12-r35\n", "");
    std::fs::write(src.join("Chart.yaml"), chart).unwrap();
    let helm = find_helm();
    let out = tmp.path().join("out.tgz");
    let (success, _, err) = run(&[
        "localize",
        src.to_str().unwrap(),
        "--mirror",
        map().to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
        "--verify",
        "--enable-helm",
        "--helm-command",
        helm.to_str().unwrap(),
    ]);
    assert!(success, "{err}");
    assert!(err.contains("set global.security.allowInsecureImages: true"), "{err}");
    let on = all_on(&td("charts/redis"), tmp.path());
    let text = helm_template(&out, &[on]).unwrap();
    assert!(rendered_images(&text).iter().all(|i| i.starts_with("mirror.example.cn/")), "{text}");
}

#[test]
fn plain_chart_with_literals_globals_and_disabled_components() {
    let helm = find_helm();
    let listed = ok(&[
        "images",
        td("charts/app").to_str().unwrap(),
        "--format",
        "json",
        "--enable-helm",
        "--helm-command",
        helm.to_str().unwrap(),
    ]);
    let items = json_images(&listed);
    let note = |img: &str| -> Vec<String> {
        items
            .iter()
            .filter(|v| v["image"] == img)
            .map(|v| v.get("note").and_then(Value::as_str).unwrap_or("").to_string())
            .collect()
    };
    assert!(note("docker.io/nicolaka/netshoot:v0.13").contains(&"disabled by default".to_string()));
    assert!(note("docker.io/bitnami/postgresql:17.2.0-debian-12-r5").contains(&"disabled by default".to_string()));
    assert!(note("docker.io/library/alpine:3.20").contains(&"hard-coded in template".to_string()));
    let embedded = |img: &str| items.iter().find(|v| v["site"] == "embedded" && v["image"] == img).unwrap();
    let reloader = embedded("quay.io/prometheus-operator/prometheus-config-reloader:v0.76.0");
    assert_eq!(reloader["file"], "app/templates/deployment.yaml");
    assert_eq!(reloader["path"], "spec.template.spec.containers[0].args[0]");
    // A Docker Hub short name inside ConfigMap data.
    let short = embedded("docker.io/nicolaka/netshoot:v0.13");
    assert_eq!(short["file"], "app/templates/prometheus.yaml");
    assert_eq!(short["path"], "data[\"tools.yaml\"]");
    assert_eq!(short["as_written"], "nicolaka/netshoot:v0.13");

    let tmp = chart_round_trip("app", "app-localized.tgz");
    let files = read_tree(&tmp.path().join("app-localized.tgz"));
    let get = |p: &str| String::from_utf8(files.iter().find(|(n, _)| n == p).unwrap().1.clone()).unwrap();
    assert!(get("app/templates/migrate-job.yaml").contains("image: mirror.example.cn/library/alpine:3.20"));
    let values = get("app/values.yaml");
    assert!(values.contains("    # Registry of the sidecar (a global knob, as many charts have)\n    registry: mirror.example.cn/quay.io\n"), "{values}");
    assert!(values.contains("  - registry.cn-hangzhou.example.com/gcr/distroless/static:nonroot\n  - mirror.example.cn/library/busybox:1.36\n"), "{values}");
}

/// Helm (Go-template) charts render natively now: `--verify` needs no helm
/// binary and no `--enable-helm`.
#[test]
fn verify_renders_helm_charts_natively_without_helm() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("o");
    let (success, _, err) = run(&[
        "localize",
        td("charts/app").to_str().unwrap(),
        "--mirror",
        map().to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
        "--verify",
    ]);
    assert!(success, "{err}");
    assert!(err.contains("verified:") && err.contains("all under the mirror"), "{err}");
    assert!(out.join("values.yaml").is_file(), "values-based localization is written");
}

#[test]
fn repository_index_urls() {
    let out = ok(&["localize", td("repo/index.yaml").to_str().unwrap(), "--mirror", map().to_str().unwrap()]);
    assert!(out.contains("- https://mirror.example.cn/charts/stable/redis-10.5.7.tgz\n"), "{out}");
    assert!(out.contains("- https://mirror.example.cn/charts/s3/tool-1.0.0.tgz\n    - tool-1.0.0.tgz\n"), "{out}");
    assert!(out.starts_with("# A chart repository index"));
}

#[test]
fn runtime_config_from_the_same_map() {
    let tmp = tempfile::tempdir().unwrap();
    let d = tmp.path().join("certs.d");
    ok(&["mirror", "config", "--mirror", map().to_str().unwrap(), "--format", "containerd", "-o", d.to_str().unwrap()]);
    let gcr = std::fs::read_to_string(d.join("gcr.io/hosts.toml")).unwrap();
    assert!(gcr.contains("server = \"https://gcr.io\"\n\n[host.\"https://registry.cn-hangzhou.example.com/v2/gcr\"]\n  capabilities = [\"pull\", \"resolve\"]\n  override_path = true\n"), "{gcr}");
    assert!(!d.join("internal.example.com").exists());
    let crio = ok(&["mirror", "config", "--mirror", map().to_str().unwrap(), "--format", "cri-o"]);
    assert!(crio.contains("prefix = \"docker.io/library\"\nlocation = \"docker.io/library\"\n\n[[registry.mirror]]\nlocation = \"mirror.example.cn/library\""), "{crio}");
}

#[test]
fn bad_input_names_file_and_field() {
    let tmp = tempfile::tempdir().unwrap();
    let bad_map = tmp.path().join("bad-map.yaml");
    std::fs::write(&bad_map, "mirrors:\n- from: gcr.io\n  to: m.example.cn/x\n- from: quay.io\n  to: m.example.cn/x\n")
        .unwrap();
    let (success, _, err) = run(&[
        "localize",
        "-f",
        td("manifests/workloads.yaml").to_str().unwrap(),
        "--mirror",
        bad_map.to_str().unwrap(),
    ]);
    assert!(!success);
    assert!(err.contains("bad-map.yaml: mirrors[1].to: two sources map to one destination"), "{err}");

    let bad_pod = tmp.path().join("pod.yaml");
    std::fs::write(
        &bad_pod,
        "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - name: a\n    image: Nginx:latest\n",
    )
    .unwrap();
    let (success, _, err) = run(&["images", bad_pod.to_str().unwrap()]);
    assert!(!success);
    assert!(
        err.contains("pod.yaml in v1/Pod/p: spec.containers[0].image") && err.contains("must be lowercase"),
        "{err}"
    );

    // Two sources landing on one destination at run time.
    let flat = tmp.path().join("flat.yaml");
    std::fs::write(&flat, "mirrors:\n- from: '*'\n  to: 'm.example.cn/flat/{path}'\n").unwrap();
    let two = tmp.path().join("two.yaml");
    std::fs::write(
        &two,
        "kind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - image: gcr.io/x/app:1\n  - image: quay.io/x/app:1\n",
    )
    .unwrap();
    let (success, out, err) = run(&["localize", "-f", two.to_str().unwrap(), "--mirror", flat.to_str().unwrap()]);
    assert!(!success && out.is_empty());
    assert!(err.contains("two sources map to one destination 'm.example.cn/flat/x/app'"), "{err}");

    // An archive entry outside the chart is refused; nothing is written.
    let evil = tmp.path().join("evil.tgz");
    let gz = flate2::write::GzEncoder::new(std::fs::File::create(&evil).unwrap(), flate2::Compression::default());
    let mut b = tar::Builder::new(gz);
    let mut h = tar::Header::new_gnu();
    h.set_size(1);
    h.set_entry_type(tar::EntryType::Regular);
    h.as_gnu_mut().unwrap().name[..16].copy_from_slice(b"evil/../../x.txt");
    h.set_cksum();
    b.append(&h, &b"x"[..]).unwrap();
    b.into_inner().unwrap().finish().unwrap();
    let out = tmp.path().join("never");
    let (success, _, err) =
        run(&["localize", evil.to_str().unwrap(), "--mirror", map().to_str().unwrap(), "-o", out.to_str().unwrap()]);
    assert!(!success && err.contains("outside the chart directory"), "{err}");
    assert!(!out.exists());
}

#[test]
fn kforge_charts_render_in_process_without_any_flag() {
    let chart = td("charts/kf");
    let listed = ok(&["images", chart.to_str().unwrap(), "--format", "json"]);
    let items = json_images(&listed);
    let rendered: Vec<(&str, &str)> = items
        .iter()
        .filter(|v| v["site"] == "container")
        .map(|v| (v["image"].as_str().unwrap(), v.get("note").and_then(Value::as_str).unwrap_or("")))
        .collect();
    assert_eq!(
        rendered,
        vec![
            ("ghcr.io/example/kf:0.1.0", ""),
            ("quay.io/example/proxy:1.0", ""),
            ("docker.io/library/redis:7.4", "disabled by default")
        ]
    );
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("kf");
    let (success, _, err) = run(&[
        "localize",
        chart.to_str().unwrap(),
        "--mirror",
        map().to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
        "--verify",
    ]);
    assert!(success, "{err}");
    assert!(err.contains("verified: 5 image reference(s) in 2 render(s)"), "{err}");
    assert!(err.contains("quay.io/example/proxy:1.0 -> mirror.example.cn/quay.io/example/proxy:1.0  (templates/deployment.yaml: line 12)"), "{err}");
    let text = ok(&["template", out.to_str().unwrap(), "--set", "cache.enabled=true"]);
    let imgs = rendered_images(&text);
    assert_eq!(imgs.len(), 3, "{text}");
    assert!(imgs.iter().all(|i| i.starts_with("mirror.example.cn/")), "{imgs:?}");
}

#[test]
fn images_no_file_names_are_rewritten_in_the_build_output() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("o");
    let src = td("kustomize/generated");
    let (success, _, err) = run(&[
        "localize",
        src.to_str().unwrap(),
        "--mirror",
        map().to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
        "--verify",
    ]);
    assert!(success, "{err}");
    assert!(
        err.contains(
            "1 image reference(s) no file names are rewritten in the build output by the ImageMirror transformer"
        ),
        "{err}"
    );
    assert!(err.contains("quay.io/example/sidecar:1.0  (v1/ConfigMap/tools"), "{err}");
    let k = std::fs::read_to_string(out.join("kustomization.yaml")).unwrap();
    assert!(k.ends_with("transformers:\n- kforge-image-mirror.yaml\n"), "{k}");
    let built = ok(&["build", out.to_str().unwrap()]);
    assert!(built.contains("sidecar: mirror.example.cn/quay.io/example/sidecar:1.0"), "{built}");
    assert!(built.contains("image: mirror.example.cn/library/busybox:1.36"), "{built}");
}

#[test]
fn template_with_mirror_rewrites_the_rendered_output() {
    let chart = td("charts/kf");
    let plain = ok(&["template", chart.to_str().unwrap(), "--set", "cache.enabled=true"]);
    let mirrored =
        ok(&["template", chart.to_str().unwrap(), "--set", "cache.enabled=true", "--mirror", map().to_str().unwrap()]);
    let expected = plain
        .replace("\"ghcr.io/example/kf:0.1.0\"", "\"mirror.example.cn/ghcr.io/example/kf:0.1.0\"")
        .replace("image: quay.io/example/proxy:1.0", "image: mirror.example.cn/quay.io/example/proxy:1.0")
        .replace("image: redis:7.4", "image: mirror.example.cn/library/redis:7.4");
    assert_ne!(plain, expected);
    assert_eq!(mirrored, expected);
}

#[test]
fn subcharts_packed_as_archives_are_localized_inside() {
    let helm = find_helm();
    let tmp = tempfile::tempdir().unwrap();
    let src = tmp.path().join("redis");
    for (p, b) in read_tree(&td("charts/redis")) {
        if p.starts_with("charts/exporter/") {
            continue;
        }
        let dest = src.join(&p);
        std::fs::create_dir_all(dest.parent().unwrap()).unwrap();
        std::fs::write(dest, b).unwrap();
    }
    // charts/exporter-0.1.0.tgz, as `helm dependency build` leaves it.
    let gz = flate2::write::GzEncoder::new(
        std::fs::File::create(src.join("charts/exporter-0.1.0.tgz")).unwrap(),
        flate2::Compression::default(),
    );
    let mut b = tar::Builder::new(gz);
    b.append_dir_all("exporter", td("charts/redis/charts/exporter")).unwrap();
    b.into_inner().unwrap().finish().unwrap();
    let listed = ok(&["images", src.to_str().unwrap(), "--format", "json"]);
    assert!(
        json_images(&listed).iter().any(|v| v["image"] == "quay.io/prometheus/node-exporter:v1.8.2"
            && v["file"] == "charts/exporter-0.1.0.tgz!values.yaml"),
        "{listed}"
    );
    let out = tmp.path().join("out");
    let (success, _, err) = run(&[
        "localize",
        src.to_str().unwrap(),
        "--mirror",
        map().to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
        "--verify",
        "--enable-helm",
        "--helm-command",
        helm.to_str().unwrap(),
    ]);
    assert!(success, "{err}");
    let on = all_on(&td("charts/redis"), tmp.path());
    let text = helm_template(&out, &[on]).unwrap();
    assert!(text.contains("image: \"mirror.example.cn/quay.io/prometheus/node-exporter:v1.8.2\""), "{text}");
}

/// A global registry knob (`global.imageRegistry: docker.io`) serving
/// images the map sends to different paths (`docker.io/library` has its
/// own rule), a subchart reading the parent's knob, Docker Hub short names
/// in a ConfigMap and an env value, a default literal in an action over two
/// lines, a digest, a disabled component.
#[test]
fn global_knob_under_path_scoped_rules_short_names_and_multiline_literals() {
    let helm = find_helm();
    let chart = td("charts/hub");
    let listed = ok(&[
        "images",
        chart.to_str().unwrap(),
        "--format",
        "json",
        "--enable-helm",
        "--helm-command",
        helm.to_str().unwrap(),
    ]);
    let items = json_images(&listed);
    let has = |img: &str, site: &str, file: &str, path: &str| {
        items.iter().any(|v| v["image"] == img && v["site"] == site && v["file"] == file && v["path"] == path)
    };
    assert!(
        has("docker.io/library/redis:7", "embedded", "hub/templates/configmap.yaml", "data[\"pull.sh\"]"),
        "{listed}"
    );
    assert!(has("docker.io/library/redis:7", "template", "templates/configmap.yaml", "line 8"), "{listed}");
    assert!(has("docker.io/library/busybox:1.36", "template", "templates/deployment.yaml", "line 17"), "{listed}");
    assert!(
        has(
            "docker.io/bitnami/redis-exporter:1.67.0",
            "env",
            "hub/templates/deployment.yaml",
            "spec.template.spec.containers[0].env[0].value"
        ),
        "{listed}"
    );
    assert!(!listed.contains("redis:6379"), "an address is not an image: {listed}");

    let tmp = chart_round_trip("hub", "hub-localized");
    let out = tmp.path().join("hub-localized");
    let on = all_on(&chart, tmp.path());
    let text = helm_template(&out, &[on]).unwrap();
    // Each image where the map sends it, not just under the mirror host.
    for want in [
        "image: mirror.example.cn/docker.io/bitnami/redis:7.4.2-debian-12-r0\n",
        "image: mirror.example.cn/library/nginx@sha256:0123456789abcdef",
        "image: mirror.example.cn/docker.io/bitnami/kubectl:1.31\n",
        "image: \"mirror.example.cn/library/busybox:1.36\"\n",
        "value: \"mirror.example.cn/docker.io/bitnami/redis-exporter:1.67.0\"\n",
        "docker pull mirror.example.cn/library/redis:7\n",
        "the server is at redis:6379\n",
    ] {
        assert!(text.contains(want), "{want} missing from\n{text}");
    }
    assert_eq!(text.matches("image: \"mirror.example.cn/library/busybox:1.36\"").count(), 2, "{text}");
    let values = std::fs::read_to_string(out.join("values.yaml")).unwrap();
    assert!(values.contains("  imageRegistry: mirror.example.cn\n"), "{values}");
}

#[test]
fn verify_catches_an_image_moved_to_the_wrong_mirror_path() {
    // A global registry knob serving images the map sends to two different
    // mirror hosts: no single knob value is right, so the knob is mapped as
    // a registry and the Docker Hub official image lands under a mirror
    // host but not where the map sends it. --verify says so.
    let helm = find_helm();
    let tmp = tempfile::tempdir().unwrap();
    let map = tmp.path().join("map.yaml");
    std::fs::write(
        &map,
        "mirrors:\n- {from: docker.io/library, to: hub-mirror.example.net/library}\n- {from: '*', to: 'mirror.example.cn/{host}/{path}'}\n",
    )
    .unwrap();
    let c = tmp.path().join("knob");
    std::fs::create_dir_all(c.join("templates")).unwrap();
    std::fs::write(c.join("Chart.yaml"), "apiVersion: v2\nname: knob\nversion: 1.0.0\n").unwrap();
    std::fs::write(
        c.join("values.yaml"),
        "global:\n  imageRegistry: docker.io\nimage:\n  repository: busybox\n  tag: \"1.36\"\nother:\n  repository: bitnami/redis\n  tag: \"7.4\"\n",
    )
    .unwrap();
    std::fs::write(
        c.join("templates/pod.yaml"),
        "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n  - name: c\n    image: {{ printf \"%s/%s:%s\" .Values.global.imageRegistry .Values.image.repository .Values.image.tag }}\n  - name: d\n    image: {{ printf \"%s/%s:%s\" .Values.global.imageRegistry .Values.other.repository .Values.other.tag }}\n",
    )
    .unwrap();
    let out = tmp.path().join("out");
    let (success, _, err) = run(&[
        "localize",
        c.to_str().unwrap(),
        "--mirror",
        map.to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
        "--verify",
        "--enable-helm",
        "--helm-command",
        helm.to_str().unwrap(),
    ]);
    assert!(!success);
    assert!(err.contains("mirror.example.cn/docker.io/busybox:1.36"), "{err}");
    assert!(err.contains("not where the map sends any image of the original chart"), "{err}");
    assert!(!out.exists(), "nothing written when verify fails");
}
