//! The function flags `kubectl kustomize` accepts (`-e/--env`, `--mount`,
//! `--network`, `--network-name`, `--as-current-user`) with exec functions.
mod common;

use common::{kforge, root};
use predicates::prelude::*;

#[cfg(unix)]
#[test]
fn env_flags_reach_exec_functions_and_win_over_the_spec() {
    let dir = root().join("testdata/functions/env");
    kforge()
        .args(["build", "--enable-alpha-plugins", "--enable-exec"])
        .args(["-e", "FROM_FLAG=flag", "--env", "OVERRIDDEN=flag", "-e", "TWO_EQUALS=a=b"])
        // Flags only concerning container functions are accepted and change nothing here.
        .args(["--mount", "type=bind,src=/tmp,dst=/data", "--network", "--network-name", "host", "--as-current-user"])
        .arg(&dir)
        .assert()
        .success()
        .stdout(
            "apiVersion: v1\ndata:\n  FROM_FLAG: flag\n  FROM_SPEC: spec\n  OVERRIDDEN: flag\n  TWO_EQUALS: unset\nkind: ConfigMap\nmetadata:\n  name: env\n",
        );
}

#[test]
fn container_functions_need_a_runtime() {
    let dir = root().join("testdata/plugins/container-fn");
    kforge()
        .args(["build", "--enable-alpha-plugins", "--network", "--mount", "type=bind,src=/tmp,dst=/x"])
        .arg(&dir)
        .assert()
        .code(1)
        .stderr(predicate::str::contains("container functions need a container runtime"));
}
