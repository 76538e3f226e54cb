use std::process::ExitCode;

fn main() -> ExitCode {
    kforge::cli::main("kforge")
}

/// mimalloc: the build allocates and frees millions of small strings and
/// maps; glibc's allocator spent a fifth of the time of a 30,000-resource
/// build in malloc/free.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;
