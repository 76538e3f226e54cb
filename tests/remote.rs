//! Remote resources: `file://` git URLs to repositories made here with
//! `git init`, fetched by `kforge build` with the git binary.
use std::path::{Path, PathBuf};
use std::process::Command as Std;

use assert_cmd::Command;

fn git(dir: &Path, args: &[&str]) -> String {
    let out = Std::new("git")
        .args(["-c", "user.name=kforge", "-c", "user.email=kforge@example.com", "-c", "commit.gpgsign=false"])
        .args(args)
        .current_dir(dir)
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .output()
        .expect("git must be installed to test remote resources");
    assert!(out.status.success(), "git {args:?}: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8_lossy(&out.stdout).trim().to_string()
}

fn write(path: &Path, text: &str) {
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}

fn config_map(release: &str) -> String {
    format!("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata:\n  release: {release}\n")
}

/// A repository with `base/` (a ConfigMap whose `release` is v1 at tag v1,
/// stable on branch `stable`, main on main) and `comp/` (a component).
struct Repo {
    _tmp: tempfile::TempDir,
    root: PathBuf,
    repo: PathBuf,
    v1_commit: String,
}

fn make_repo() -> Repo {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().canonicalize().unwrap();
    let repo = root.join("repo");
    std::fs::create_dir_all(&repo).unwrap();
    git(&repo, &["init", "-q"]);
    git(&repo, &["checkout", "-q", "-b", "main"]);
    write(&repo.join("base/kustomization.yaml"), "resources:\n- cm.yaml\n");
    write(&repo.join("base/cm.yaml"), &config_map("v1"));
    write(
        &repo.join("comp/kustomization.yaml"),
        "apiVersion: kustomize.config.k8s.io/v1alpha1\nkind: Component\nlabels:\n- pairs:\n    from: component\n",
    );
    git(&repo, &["add", "-A"]);
    git(&repo, &["commit", "-qm", "one"]);
    git(&repo, &["tag", "v1"]);
    let v1_commit = git(&repo, &["rev-parse", "HEAD"]);
    write(&repo.join("base/cm.yaml"), &config_map("stable"));
    git(&repo, &["commit", "-qam", "two"]);
    git(&repo, &["branch", "stable"]);
    write(&repo.join("base/cm.yaml"), &config_map("main"));
    git(&repo, &["commit", "-qam", "three"]);
    Repo { _tmp: tmp, root, repo, v1_commit }
}

impl Repo {
    fn url(&self, rest: &str) -> String {
        format!("file://{}{rest}", self.repo.display())
    }

    /// Build an overlay with this kustomization text; stdout or stderr.
    fn build(&self, kustomization: &str) -> Result<String, String> {
        let dir = self.root.join("overlay");
        write(&dir.join("kustomization.yaml"), kustomization);
        let out = Command::cargo_bin("kforge").unwrap().arg("build").arg(&dir).output().unwrap();
        if out.status.success() {
            Ok(String::from_utf8(out.stdout).unwrap())
        } else {
            Err(String::from_utf8(out.stderr).unwrap())
        }
    }

    fn release_of(&self, url: &str) -> String {
        let out = self.build(&format!("resources:\n- {url}\n")).unwrap_or_else(|e| panic!("{url}: {e}"));
        let line = out.lines().find(|l| l.trim_start().starts_with("release:")).unwrap_or_else(|| panic!("{out}"));
        line.trim_start().trim_start_matches("release:").trim().to_string()
    }
}

#[test]
fn ref_picks_the_tag_branch_or_commit() {
    let r = make_repo();
    assert_eq!(r.release_of(&r.url("//base?ref=v1")), "v1");
    assert_eq!(r.release_of(&r.url("//base?version=v1")), "v1");
    assert_eq!(r.release_of(&r.url("//base?ref=stable")), "stable");
    assert_eq!(r.release_of(&r.url("//base")), "main");
    assert_eq!(r.release_of(&r.url(&format!("//base?ref={}", r.v1_commit))), "v1");
    // ref wins over version; timeout and submodules are accepted.
    assert_eq!(r.release_of(&r.url("//base?version=stable&ref=v1&timeout=60&submodules=false")), "v1");
}

#[test]
fn dot_git_marks_the_repository() {
    let r = make_repo();
    let bare = r.root.join("bare.git");
    git(&r.root, &["clone", "-q", "--bare", r.repo.to_str().unwrap(), bare.to_str().unwrap()]);
    let url = format!("file://{}/base?ref=v1", bare.display());
    assert_eq!(r.release_of(&url), "v1");
}

#[test]
fn remote_base_is_built_in_its_own_root_with_origins() {
    let r = make_repo();
    let out = r
        .build(&format!(
            "buildMetadata: [originAnnotations]\nnamePrefix: p-\nresources:\n- {}\ncomponents:\n- {}\n",
            r.url("//base?ref=v1"),
            r.url("//comp")
        ))
        .unwrap();
    let want = format!(
        "apiVersion: v1\ndata:\n  release: v1\nkind: ConfigMap\nmetadata:\n  annotations:\n    config.kubernetes.io/origin: |\n      path: base/cm.yaml\n      repo: {}\n      ref: v1\n  labels:\n    from: component\n  name: p-settings\n",
        r.url("")
    );
    assert_eq!(out, want);
}

#[test]
fn failures_name_the_url() {
    let r = make_repo();
    let url = r.url("//base?ref=no-such-tag");
    let err = r.build(&format!("resources:\n- {url}\n")).unwrap_err();
    assert!(err.contains(&url), "{err}");
    let url = r.url("//missing?ref=v1");
    let err = r.build(&format!("resources:\n- {url}\n")).unwrap_err();
    assert!(err.contains(&url) && err.contains("missing"), "{err}");
    let url = format!("file://{}/nope//base", r.root.display());
    let err = r.build(&format!("resources:\n- {url}\n")).unwrap_err();
    assert!(err.contains(&url), "{err}");
}

#[test]
fn a_remote_url_can_be_built_directly() {
    let r = make_repo();
    let out = Command::cargo_bin("kforge").unwrap().arg("build").arg(r.url("//base?ref=v1")).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("release: v1"), "{text}");
}
