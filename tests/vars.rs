//! End-to-end tests of the legacy `vars:` feature. Fixtures live in
//! testdata/vars/<case>/ in the layout of testdata/cases (see
//! tests/common); their expected output is what kustomize v5.7.1 printed.
mod common;

use common::Case;

fn check(case: &str) {
    let dir = common::root().join("testdata").join("vars").join(case);
    let c = Case::load(&dir).unwrap_or_else(|e| panic!("{e}"));
    if let Some(problem) = c.check() {
        panic!("{case}: {problem}");
    }
}

/// Vars declared in a base read their resources' final names (prefix from
/// the overlay, generator hash) and keep number types when a whole field.
#[test]
fn base_vars_follow_prefix_and_hash() {
    check("overlay-prefix-hash");
}

/// An objref namespace picks one of two same-named resources; `[name=x]`
/// field paths; a `configurations:` varReference on a custom kind.
#[test]
fn namespace_and_custom_config() {
    check("namespace-custom-config");
}

#[test]
fn same_var_in_two_bases_is_an_error() {
    check("err-collision");
}

#[test]
fn ambiguous_objref_is_an_error() {
    check("err-ambiguous");
}

#[test]
fn unbound_var_is_an_error() {
    check("err-unbound");
}
