//! Build-speed benchmark: `kforge::pipeline::build` + `kforge::emit::to_stream`
//! over generated trees of N apps (3N resources + 1 generated ConfigMap).
//!
//! Each app is a Deployment, a Service and a ConfigMap in the base; the
//! overlay sets namespace, namePrefix/nameSuffix, labels with selectors,
//! annotations, images, replicas, a configMapGenerator every Deployment
//! references, and a strategic-merge and a JSON6902 patch aimed with label
//! selectors. kustomize itself is quadratic in the resource count; the
//! interesting number is t(10000)/t(1000), which should stay near 10.
//!
//! `cargo bench --bench build`; env:
//! - `KFORGE_BENCH_SIZES=100,1000,10000` (default) — app counts;
//! - `KFORGE_BENCH_RUNS=N` — timed runs per size (default 7, 3 from 10000 apps);
//! - `KFORGE_BENCH_KEEP=1` — print and keep the generated trees;
//! - `KFORGE_BENCH_TREE=DIR` — only write the tree for the first size into
//!   DIR and print the overlay path (to compare with `kubectl kustomize`).
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use kforge::pipeline::{build, BuildOptions};

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

const TIERS: [&str; 3] = ["web", "api", "worker"];

fn app_yaml(i: usize) -> String {
    let tier = TIERS[i % 3];
    let name = format!("svc{i:05}");
    format!(
        r#"apiVersion: apps/v1
kind: Deployment
metadata:
  name: {name}
  labels:
    app: {name}
    tier: {tier}
spec:
  replicas: 2
  selector:
    matchLabels:
      app: {name}
  template:
    metadata:
      labels:
        app: {name}
        tier: {tier}
    spec:
      serviceAccountName: default
      containers:
      - name: main
        image: registry.example.com/team/{tier}:3.{minor}.1
        args: ["--listen=:8080", "--instance={i}"]
        ports:
        - containerPort: 8080
          name: http
        envFrom:
        - configMapRef:
            name: common-env
        env:
        - name: SETTINGS
          valueFrom:
            configMapKeyRef:
              name: {name}-settings
              key: app.ini
        resources:
          requests:
            cpu: 100m
            memory: 128Mi
      - name: proxy
        image: docker.io/example/envoy:v1.30
        volumeMounts:
        - name: settings
          mountPath: /etc/settings
      volumes:
      - name: settings
        configMap:
          name: {name}-settings
---
apiVersion: v1
kind: Service
metadata:
  name: {name}
  labels:
    app: {name}
spec:
  selector:
    app: {name}
  ports:
  - name: http
    port: 80
    targetPort: http
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: {name}-settings
data:
  app.ini: |
    [main]
    instance = {i}
    tier = {tier}
  enabled: "true"
"#,
        minor = i % 5
    )
}

const OVERLAY: &str = r#"apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
resources:
- ../base
namespace: production
namePrefix: prd-
nameSuffix: -eu
labels:
- pairs:
    environment: production
  includeSelectors: true
- pairs:
    cost-center: cc-42
commonAnnotations:
  owner: platform
  oncall: sre@example.com
images:
- name: registry.example.com/team/web
  newName: mirror.example.net/team/web
  newTag: 4.0.0
- name: docker.io/example/envoy
  newName: mirror.example.net/docker/example/envoy
replicas:
- name: svc00000
  count: 5
configMapGenerator:
- name: common-env
  literals:
  - LOG_FORMAT=json
  - REGION=eu-west-1
patches:
- path: api-resources.yaml
  target:
    kind: Deployment
    labelSelector: tier=api
- target:
    kind: Deployment
    labelSelector: tier=worker
  patch: |-
    - op: add
      path: /spec/template/spec/containers/0/args/-
      value: --queue=default
    - op: replace
      path: /spec/replicas
      value: 4
"#;

const SMP_PATCH: &str = r#"apiVersion: apps/v1
kind: Deployment
metadata:
  name: placeholder
spec:
  template:
    spec:
      containers:
      - name: main
        resources:
          limits:
            memory: 1Gi
"#;

/// Write the tree for `n` apps under `dir`; returns the overlay to build.
fn generate(dir: &Path, n: usize) -> std::io::Result<PathBuf> {
    let base = dir.join("base");
    let overlay = dir.join("overlay");
    fs::create_dir_all(&base)?;
    fs::create_dir_all(&overlay)?;
    let mut kust = String::from("resources:\n");
    for i in 0..n {
        let file = format!("svc{i:05}.yaml");
        fs::write(base.join(&file), app_yaml(i))?;
        let _ = writeln!(kust, "- {file}");
    }
    fs::write(base.join("kustomization.yaml"), kust)?;
    fs::write(overlay.join("kustomization.yaml"), OVERLAY)?;
    fs::write(overlay.join("api-resources.yaml"), SMP_PATCH)?;
    Ok(overlay)
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn env_list(name: &str, default: &[usize]) -> Vec<usize> {
    match std::env::var(name) {
        Ok(s) => s.split(',').filter_map(|p| p.trim().parse().ok()).filter(|&n| n > 0).collect(),
        Err(_) => default.to_vec(),
    }
}

fn main() {
    let sizes = env_list("KFORGE_BENCH_SIZES", &[100, 1000, 10000]);
    let runs_override: Option<usize> = std::env::var("KFORGE_BENCH_RUNS").ok().and_then(|s| s.parse().ok());
    let keep = std::env::var_os("KFORGE_BENCH_KEEP").is_some();
    if let Some(dir) = std::env::var_os("KFORGE_BENCH_TREE") {
        let n = sizes.first().copied().unwrap_or(100);
        match generate(Path::new(&dir), n) {
            Ok(overlay) => println!("{}", overlay.display()),
            Err(e) => {
                eprintln!("cannot write the tree: {e}");
                std::process::exit(1);
            }
        }
        return;
    }

    println!(
        "{:>7} {:>10} {:>5} {:>11} {:>11} {:>11} {:>9}",
        "apps", "resources", "runs", "build ms", "emit ms", "total ms", "MB out"
    );
    let mut medians: Vec<(usize, f64)> = Vec::new();
    for &n in &sizes {
        let tmp = match tempfile::tempdir() {
            Ok(t) => t,
            Err(e) => {
                eprintln!("cannot create a temporary directory: {e}");
                std::process::exit(1);
            }
        };
        let overlay = match generate(tmp.path(), n) {
            Ok(o) => o,
            Err(e) => {
                eprintln!("cannot write the tree for {n} apps: {e}");
                std::process::exit(1);
            }
        };
        let opts = BuildOptions { dir: overlay.clone(), ..Default::default() };
        let runs = runs_override.unwrap_or(if n >= 10_000 { 3 } else { 7 });

        // One untimed warm-up run, which also checks the result.
        let m = match build(&opts) {
            Ok(m) => m,
            Err(e) => {
                eprintln!("build of {n} apps failed: {e:#}");
                std::process::exit(1);
            }
        };
        let resources = m.len();
        if resources != 3 * n + 1 {
            eprintln!("warning: {n} apps gave {resources} resources, expected {}", 3 * n + 1);
        }
        let out_len = kforge::emit::to_stream(&m).len();
        drop(m);

        let (mut builds, mut emits, mut totals) = (Vec::new(), Vec::new(), Vec::new());
        for _ in 0..runs {
            let t0 = Instant::now();
            let m = build(&opts).expect("build succeeded in the warm-up run");
            let t1 = Instant::now();
            let text = kforge::emit::to_stream(&m);
            let t2 = Instant::now();
            std::hint::black_box(&text);
            builds.push(t1 - t0);
            emits.push(t2 - t1);
            totals.push(t2 - t0);
        }
        let total = ms(median(totals));
        println!(
            "{:>7} {:>10} {:>5} {:>11.1} {:>11.1} {:>11.1} {:>9.1}",
            n,
            resources,
            runs,
            ms(median(builds)),
            ms(median(emits)),
            total,
            out_len as f64 / 1e6
        );
        medians.push((n, total));
        if keep {
            let kept = tmp.keep();
            println!("        tree kept in {}", kept.display());
        }
    }

    let at = |n: usize| medians.iter().find(|(k, _)| *k == n).map(|(_, t)| *t);
    if let (Some(t1k), Some(t10k)) = (at(1000), at(10000)) {
        println!("t(10000)/t(1000) = {:.2} (linear = 10)", t10k / t1k);
    } else if medians.len() >= 2 {
        let (n0, t0) = medians[medians.len() - 2];
        let (n1, t1) = medians[medians.len() - 1];
        println!("t({n1})/t({n0}) = {:.2} (linear = {:.2})", t1 / t0, n1 as f64 / n0 as f64);
    }
}
