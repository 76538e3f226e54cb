//! Bad input found by mutation fuzzing: each must fail cleanly (exit 1, a
//! message naming the file or field, nothing written), never panic.
mod common;

use std::fs;
use std::path::Path;

use common::kforge;

fn write(dir: &Path, name: &str, text: &str) {
    fs::write(dir.join(name), text).unwrap();
}

/// A resource whose name holds a '/' cannot get its own file in `-o DIR`:
/// the build fails before any file is written (kustomize writes some files
/// and then fails).
#[test]
fn output_dir_with_slash_in_name_writes_nothing() {
    let src = tempfile::tempdir().unwrap();
    let out = tempfile::tempdir().unwrap();
    write(src.path(), "kustomization.yaml", "resources:\n- cms.yaml\n");
    write(
        src.path(),
        "cms.yaml",
        "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: fine\n---\n\
         apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: d2/spec/0\n",
    );
    let assert = kforge().arg("build").arg(src.path()).arg("-o").arg(out.path()).assert().failure().code(1);
    let stderr = String::from_utf8_lossy(&assert.get_output().stderr).into_owned();
    assert!(stderr.contains("ConfigMap.v1.[noGrp]/d2/spec/0") && stderr.contains("not a file name"), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert_eq!(fs::read_dir(out.path()).unwrap().count(), 0, "files were written");
}

/// Resources in several namespaces get kustomize's `<namespace>_` prefix in
/// `-o DIR`; cluster-scoped ones never do.
#[test]
fn output_dir_prefixes_namespaces_when_several() {
    let src = tempfile::tempdir().unwrap();
    let out = tempfile::tempdir().unwrap();
    write(src.path(), "kustomization.yaml", "resources:\n- r.yaml\n");
    write(
        src.path(),
        "r.yaml",
        "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: A\n  namespace: ns1\n---\n\
         apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n---\n\
         apiVersion: v1\nkind: Namespace\nmetadata:\n  name: ns1\n",
    );
    kforge().arg("build").arg(src.path()).arg("-o").arg(out.path()).assert().success();
    let mut names: Vec<String> =
        fs::read_dir(out.path()).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    names.sort();
    assert_eq!(names, ["default_apps_v1_deployment_web.yaml", "ns1_v1_configmap_a.yaml", "v1_namespace_ns1.yaml"]);
}

/// Wrong types anywhere in a kustomization: the message has the file and the
/// field path, exit 1, empty stdout.
#[test]
fn wrong_field_types_name_file_and_field() {
    let cases = [
        ("namePrefix: [a]\n", "field namePrefix: invalid type: sequence"),
        ("patches: x\n", "field patches: invalid type: string"),
        ("images: {a: b}\n", "field images: invalid type: map"),
        ("labels:\n- pairs: a\n", "field labels[0].pairs: invalid type: string"),
        ("configMapGenerator:\n- name: x\n  literals: a=b\n", "field configMapGenerator[0].literals"),
        ("patches:\n- path: p.yaml\n  target: {kind: [Deployment]}\n", "field patches[0].target.kind"),
    ];
    for (kust, want) in cases {
        let dir = tempfile::tempdir().unwrap();
        write(dir.path(), "kustomization.yaml", kust);
        let assert = kforge().arg("build").arg(dir.path()).assert().failure().code(1).stdout("");
        let stderr = String::from_utf8_lossy(&assert.get_output().stderr).into_owned();
        assert!(
            stderr.contains("kustomization.yaml: invalid Kustomization") && stderr.contains(want),
            "{kust}: {stderr}"
        );
    }
}
