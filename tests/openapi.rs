//! End-to-end tests of the `openapi:` kustomization field.
//!
//! Fixtures: testdata/openapi/<case>/ (same layout as testdata/cases: an
//! input tree, `expected.yaml` printed by kustomize v5.7.1 or
//! `expected-error.txt`, optional `dir`). Regenerate the expected output
//! with `KUBECTL=… testdata/regen-expected.sh` adapted to this directory, or
//! `kubectl kustomize <case>/<dir> > <case>/expected.yaml`.
mod common;

use std::fs;

use common::{root, Case};

fn case_dirs() -> Vec<std::path::PathBuf> {
    let mut dirs: Vec<_> = fs::read_dir(root().join("testdata").join("openapi"))
        .expect("testdata/openapi must exist")
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.is_dir())
        .collect();
    dirs.sort();
    dirs
}

#[test]
fn openapi_cases_match_kustomize() {
    let mut failures = Vec::new();
    let dirs = case_dirs();
    assert!(dirs.len() >= 9, "expected the openapi fixtures, found {}", dirs.len());
    for dir in dirs {
        match Case::load(&dir) {
            Ok(case) => {
                if let Some(problem) = case.check() {
                    failures.push(format!("{}: {}", case.name, problem));
                }
            }
            Err(e) => failures.push(e),
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}
