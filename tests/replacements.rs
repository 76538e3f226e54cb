//! `replacements:` end to end: kustomization fields, `path:` files, overlays
//! over renamed resources, and the `ReplacementTransformer` config form.
use std::path::Path;

use kforge::load::{LoadRestrictor, Loader};
use kforge::model::{ResMap, Resource};
use kforge::pipeline::{build, BuildOptions, Reorder};
use kforge::transform::replacements::ReplacementTransformer;
use kforge::transform::Transformer;

fn testdata(p: &str) -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("testdata/replacements").join(p)
}

fn emit(m: &ResMap) -> String {
    m.iter().map(|r| kforge::yaml::to_yaml(&r.obj)).collect::<Vec<_>>().join("---\n")
}

#[test]
fn overlay_with_path_file_prefixes_and_create() {
    let dir = testdata("overlay");
    let opts = BuildOptions { dir: dir.clone(), reorder: Reorder::None, ..Default::default() };
    let m = build(&opts).expect("build");
    let expected = std::fs::read_to_string(dir.join("expected.yaml")).expect("expected.yaml");
    assert_eq!(emit(&m), expected);
}

#[test]
fn transformer_config_reads_path_entries() {
    let dir = testdata("config");
    let ldr = Loader::new(&dir, LoadRestrictor::default()).expect("loader");
    let text = std::fs::read_to_string(dir.join("transformer.yaml")).expect("config");
    let cfg = kforge::yaml::parse_documents(&text, "transformer.yaml").expect("yaml").remove(0);
    let entries = cfg["replacements"].as_array().cloned().expect("a list");
    let list =
        kforge::transform::replacements::expand_entries(entries, &mut |p| Ok((ldr.read_string(p)?, ldr.display(p))))
            .expect("path entries");
    let t = ReplacementTransformer::from_values(list).expect("config");
    let docs = kforge::yaml::parse_documents(
        "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec: {containers: [{name: c, image: i}]}\n---\napiVersion: apps/v1\nkind: Deployment\nmetadata: {name: d}\n",
        "inline",
    )
    .expect("yaml");
    let mut m: ResMap = docs.into_iter().map(Resource::new).collect();
    t.apply(&mut m).expect("apply");
    assert_eq!(
        m.at(1).obj,
        kforge::yaml::json!({
            "apiVersion": "apps/v1", "kind": "Deployment",
            "metadata": {"name": "d", "labels": {"from": "p"}},
            "spec": {"template": {"spec": {"containers": [{"name": "c", "image": "i"}]}}}
        })
    );
}

/// A whole build read from an in-memory tree (the loader's filesystem
/// trait): a base and an overlay with a patch and a replacements path file.
#[test]
fn build_from_memory() {
    use std::sync::Arc;
    let fs = kforge::load::MemFs::new()
        .with("/mem/base/kustomization.yaml", "resources:\n- cm.yaml\n- deploy.yaml\n")
        .with("/mem/base/cm.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cfg\ndata:\n  image: nginx:1.25\n")
        .with(
            "/mem/base/deploy.yaml",
            "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  template:\n    spec:\n      containers:\n      - name: c\n        image: x\n",
        )
        .with(
            "/mem/prod/kustomization.yaml",
            "resources:\n- ../base\nnamePrefix: prod-\nreplacements:\n- path: repl.yaml\n",
        )
        .with(
            "/mem/prod/repl.yaml",
            "source: {kind: ConfigMap, name: cfg, fieldPath: data.image}\ntargets:\n- select: {kind: Deployment}\n  fieldPaths: [spec.template.spec.containers.0.image]\n",
        );
    let opts =
        BuildOptions { dir: "/mem/prod".into(), reorder: Reorder::None, fs: Some(Arc::new(fs)), ..Default::default() };
    let m = build(&opts).expect("build from memory");
    let out = emit(&m);
    assert!(out.contains("name: prod-cfg") && out.contains("name: prod-web"), "{out}");
    assert!(out.contains("image: nginx:1.25"), "{out}");
    // Nothing of it is on disk.
    assert!(!Path::new("/mem").exists());
}
