//! `kforge edit ...` and `kforge create` against the cases in testdata/edit.
//!
//! Each case has `in/` (the tree before), `cmd` (one kforge command line per
//! line, split like a shell splits words), and `want/`:
//! * files the commands must leave exactly so (the expected kustomization
//!   files follow kustomize v5.7.1's own edit tests and rules);
//! * `build.yaml`: what `kubectl kustomize` (kustomize v5.7.1) prints for
//!   the expected tree (testdata/edit/regen-build.sh); kforge must build the
//!   edited tree to the same bytes;
//! * `error`: the last command must fail with exit status 1 and exactly
//!   this on stderr, leaving the kustomization file as it was;
//! * `stdout` / `stderr`: what the last command prints.
mod common;

use std::fs;
use std::path::{Path, PathBuf};

use common::{kforge, root};

fn words(line: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut quote: Option<char> = None;
    let mut any = false;
    for c in line.chars() {
        match quote {
            Some(q) if c == q => quote = None,
            Some(_) => cur.push(c),
            None if c == '\'' || c == '"' => {
                quote = Some(c);
                any = true;
            }
            None if c.is_whitespace() => {
                if any || !cur.is_empty() {
                    out.push(std::mem::take(&mut cur));
                }
                any = false;
            }
            None => cur.push(c),
        }
    }
    if any || !cur.is_empty() {
        out.push(cur);
    }
    out
}

fn copy_tree(from: &Path, to: &Path) {
    for entry in fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let dest = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            fs::create_dir_all(&dest).unwrap();
            copy_tree(&entry.path(), &dest);
        } else {
            fs::copy(entry.path(), &dest).unwrap();
        }
    }
}

fn files_under(dir: &Path, rel: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir.join(rel)).unwrap() {
        let entry = entry.unwrap();
        let r = rel.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            files_under(dir, &r, out);
        } else {
            out.push(r);
        }
    }
}

fn run_case(case: &Path) -> Result<(), String> {
    let tmp = tempfile::tempdir().unwrap();
    let work = tmp.path();
    if case.join("in").is_dir() {
        copy_tree(&case.join("in"), work);
    }
    let before = fs::read(work.join("kustomization.yaml")).ok();
    let cmds: Vec<Vec<String>> = fs::read_to_string(case.join("cmd"))
        .unwrap()
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(words)
        .collect();
    let want = case.join("want");
    let error = fs::read_to_string(want.join("error")).ok();
    let mut last = None;
    for (i, args) in cmds.iter().enumerate() {
        let out = kforge().current_dir(work).args(args).output().unwrap();
        let is_last = i + 1 == cmds.len();
        if !(out.status.success() || is_last && error.is_some()) {
            return Err(format!("`kforge {}` failed: {}", args.join(" "), String::from_utf8_lossy(&out.stderr)));
        }
        last = Some(out);
    }
    let last = last.ok_or("no commands")?;
    if let Some(error) = error {
        if last.status.code() != Some(1) {
            return Err(format!("expected exit status 1, got {:?}", last.status.code()));
        }
        let stderr = String::from_utf8_lossy(&last.stderr);
        if stderr != error {
            return Err(format!("stderr:\n{stderr}\nwanted:\n{error}"));
        }
        if fs::read(work.join("kustomization.yaml")).ok() != before {
            return Err("the kustomization changed although the command failed".into());
        }
        return Ok(());
    }
    for (name, got) in [("stdout", &last.stdout), ("stderr", &last.stderr)] {
        if let Ok(w) = fs::read_to_string(want.join(name)) {
            let got = String::from_utf8_lossy(got);
            if got != w {
                return Err(format!("{name}:\n{got}\nwanted:\n{w}"));
            }
        }
    }
    let mut files = Vec::new();
    files_under(&want, Path::new(""), &mut files);
    for f in files {
        let name = f.to_string_lossy();
        if ["build.yaml", "stdout", "stderr"].contains(&name.as_ref()) {
            continue;
        }
        let w = fs::read_to_string(want.join(&f)).unwrap();
        let got = fs::read_to_string(work.join(&f)).map_err(|e| format!("{name}: {e}"))?;
        if got != w {
            return Err(format!("{name}:\n{got}\nwanted:\n{w}"));
        }
    }
    if let Ok(w) = fs::read_to_string(want.join("build.yaml")) {
        let out = kforge().args(["build"]).arg(work).output().unwrap();
        let got = String::from_utf8_lossy(&out.stdout);
        if !out.status.success() || got != w {
            return Err(format!(
                "build of the edited tree:\n{got}{}\nwanted (kubectl kustomize):\n{w}",
                String::from_utf8_lossy(&out.stderr)
            ));
        }
    }
    Ok(())
}

#[test]
fn edit_cases_match_kustomize() {
    let dir = root().join("testdata/edit");
    let mut cases: Vec<PathBuf> =
        fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()).filter(|p| p.join("cmd").is_file()).collect();
    cases.sort();
    assert!(cases.len() >= 20, "edit cases missing: {}", cases.len());
    let failures: Vec<String> = cases
        .iter()
        .filter_map(|c| run_case(c).err().map(|e| format!("--- {}\n{e}", c.file_name().unwrap().to_string_lossy())))
        .collect();
    assert!(failures.is_empty(), "{} of {} edit cases failed:\n{}", failures.len(), cases.len(), failures.join("\n"));
}

#[cfg(unix)]
#[test]
fn edit_writes_nothing_half_and_keeps_the_mode() {
    use std::os::unix::fs::PermissionsExt;
    let tmp = tempfile::tempdir().unwrap();
    let k = tmp.path().join("kustomization.yaml");
    fs::write(&k, "resources: []\n").unwrap();
    fs::set_permissions(&k, fs::Permissions::from_mode(0o640)).unwrap();
    kforge().current_dir(tmp.path()).args(["edit", "set", "namespace", "ns"]).assert().success().stdout("");
    assert_eq!(fs::metadata(&k).unwrap().permissions().mode() & 0o777, 0o640);
    assert_eq!(
        fs::read_to_string(&k).unwrap(),
        "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nnamespace: ns\n"
    );
    // Only the kustomization is in the directory: no temporary file left.
    assert_eq!(fs::read_dir(tmp.path()).unwrap().count(), 1);
}

/// `kforge build` prints kustomize's deprecation warnings on stderr, in
/// kustomize's order and words (the same lines `kubectl kustomize` prints
/// for this tree, which `edit fix` repeats from its first build).
#[test]
fn build_prints_kustomize_deprecation_warnings() {
    let case = root().join("testdata/edit/fix-deprecated");
    let want = fs::read_to_string(case.join("want/stderr")).unwrap();
    let out = kforge().arg("build").arg(case.join("in")).output().unwrap();
    assert!(out.status.success());
    assert_eq!(String::from_utf8_lossy(&out.stderr), want);
    assert_eq!(String::from_utf8_lossy(&out.stdout), fs::read_to_string(case.join("want/build.yaml")).unwrap());
}
