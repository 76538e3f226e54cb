//! The fixtures under testdata/cases, one test each (a data-driven harness:
//! `cargo test --test fixtures -- NAME` runs the cases whose name contains
//! NAME, and a failure names its fixture).
//!
//! Each case is a small kustomization whose `expected.yaml` is what
//! kustomize v5.7.1 printed for it, or an `expected-error.txt` the error must
//! contain (layout in tests/common/mod.rs). Regenerate the expected outputs
//! with the real kustomize:
//!
//!     sh testdata/regen-expected.sh            # every case
//!     sh testdata/regen-expected.sh NAME...    # some
mod common;

use libtest_mimic::{Arguments, Failed, Trial};

fn main() {
    let args = Arguments::from_args();
    let trials: Vec<Trial> = common::all_cases()
        .into_iter()
        .map(|dir| {
            let name = dir.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
            Trial::test(name, move || {
                let case = common::Case::load(&dir).map_err(Failed::from)?;
                match case.check() {
                    None => Ok(()),
                    Some(problem) => Err(problem.into()),
                }
            })
        })
        .collect();
    assert!(!trials.is_empty(), "no fixtures under testdata/cases");
    libtest_mimic::run(&args, trials).exit();
}
