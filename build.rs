//! Records the git commit kforge is built from (for `kforge version`).
//! Outside a git checkout the commit is "unknown". Also writes the
//! straight-line IFMA kernels (build/ifma_kernels.rs).
use std::process::Command;

#[path = "build/ifma_kernels.rs"]
mod ifma_kernels;

fn git(args: &[&str]) -> Option<String> {
    let out = Command::new("git").args(args).output().ok()?;
    if !out.status.success() {
        return None;
    }
    let s = String::from_utf8(out.stdout).ok()?.trim().to_string();
    (!s.is_empty()).then_some(s)
}

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=build/ifma_kernels.rs");
    // the straight-line IFMA kernels of src/gotmpl/mont.rs (1024-bit moduli)
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    for (name, square) in [("ifma_sqr20.s", true), ("ifma_mul20.s", false)] {
        let path = std::path::Path::new(&out).join(name);
        std::fs::write(&path, ifma_kernels::kernel(20, square)).expect("OUT_DIR is writable");
    }
    println!("cargo:rerun-if-env-changed=KFORGE_COMMIT");
    let commit = std::env::var("KFORGE_COMMIT")
        .ok()
        .filter(|s| !s.is_empty())
        .or_else(|| git(&["rev-parse", "--short=12", "HEAD"]));
    // Only a checkout of another branch or commit (HEAD itself changes)
    // reruns this script. Commits on the current branch do not: watching
    // logs/HEAD made every commit recompile the whole crate. A local build
    // may therefore show an older commit; CI and release builds set
    // KFORGE_COMMIT.
    if let Some(dir) = git(&["rev-parse", "--absolute-git-dir"]) {
        let p = std::path::Path::new(&dir).join("HEAD");
        if p.exists() {
            println!("cargo:rerun-if-changed={}", p.display());
        }
    }
    println!("cargo:rustc-env=KFORGE_COMMIT={}", commit.unwrap_or_else(|| "unknown".to_string()));
}
