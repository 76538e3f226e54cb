use std::process::ExitCode;

fn main() -> ExitCode {
    kforge::cli::main("kforge")
}
