//! `kforge cfg count` (kustomize's `cfg count`).
mod common;

use common::{kforge, root};

#[test]
fn cfg_count_counts_by_kind_below_a_directory() {
    kforge()
        .current_dir(root())
        .args(["cfg", "count", "testdata/http"])
        .assert()
        .success()
        .stdout("testdata/http/\nConfigMap: 2\nDeployment: 2\nService: 2\n");
    kforge()
        .args(["cfg", "count", "--kind=false"])
        .write_stdin("kind: A\n---\nkind: B\n---\n")
        .assert()
        .success()
        .stdout("2\n");
}
