//! `kubectl kforge ...`: kubectl finds this binary on PATH as a plugin.
use std::process::ExitCode;

fn main() -> ExitCode {
    kforge::cli::main("kubectl kforge")
}
