//! `kforge build -o FILE` / `-o DIR`: files get the mode an ordinary
//! create gives (0666 minus the umask, as kustomize's), a symbolic link is
//! written through to its target, and nothing is left half-written.
#![cfg(unix)]
mod common;

use std::os::unix::fs::PermissionsExt;
use std::os::unix::process::CommandExt;

use common::{kforge, root};

fn mode(p: &std::path::Path) -> u32 {
    std::fs::metadata(p).unwrap().permissions().mode() & 0o777
}

/// kforge run with umask 022 (kustomize's files are then 0644).
fn with_umask_022() -> std::process::Command {
    let mut c = std::process::Command::new(assert_cmd::cargo::cargo_bin("kforge"));
    unsafe {
        c.pre_exec(|| {
            libc::umask(0o022);
            Ok(())
        });
    }
    c
}

fn fixture() -> std::path::PathBuf {
    root().join("testdata/http").join("site")
}

fn tree() -> tempfile::TempDir {
    let t = tempfile::tempdir().unwrap();
    std::fs::write(t.path().join("kustomization.yaml"), "resources:\n- cm.yaml\n- deploy.yaml\n").unwrap();
    for f in ["cm.yaml", "deploy.yaml"] {
        std::fs::copy(fixture().join(f), t.path().join(f)).unwrap();
    }
    t
}

#[test]
fn output_file_mode_follows_the_umask() {
    let t = tree();
    let out = t.path().join("out.yaml");
    let st = with_umask_022().arg("build").arg(t.path()).arg("-o").arg(&out).status().unwrap();
    assert!(st.success());
    assert_eq!(mode(&out), 0o644);
    let dir = t.path().join("outdir");
    std::fs::create_dir(&dir).unwrap();
    let st = with_umask_022().arg("build").arg(t.path()).arg("-o").arg(&dir).status().unwrap();
    assert!(st.success());
    let files: Vec<_> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()).collect();
    assert_eq!(files.len(), 2);
    for f in files {
        assert_eq!(mode(&f), 0o644, "{}", f.display());
    }
}

#[test]
fn output_through_a_symlink_writes_the_target() {
    let t = tree();
    let real = t.path().join("real.yaml");
    std::fs::write(&real, "old\n").unwrap();
    let link = t.path().join("link.yaml");
    std::os::unix::fs::symlink(&real, &link).unwrap();
    kforge().arg("build").arg(t.path()).arg("-o").arg(&link).assert().success();
    assert!(std::fs::symlink_metadata(&link).unwrap().file_type().is_symlink());
    assert!(std::fs::read_to_string(&real).unwrap().contains("name: remote-config"));
}

#[test]
fn failed_build_leaves_the_old_output() {
    let t = tree();
    let out = t.path().join("out.yaml");
    std::fs::write(&out, "previous\n").unwrap();
    std::fs::write(t.path().join("kustomization.yaml"), "resources:\n- missing.yaml\n").unwrap();
    kforge().arg("build").arg(t.path()).arg("-o").arg(&out).assert().code(1);
    assert_eq!(std::fs::read_to_string(&out).unwrap(), "previous\n");
}
