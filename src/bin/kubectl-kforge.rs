//! `kubectl kforge ...`: kubectl finds this binary on PATH as a plugin.
use std::process::ExitCode;

/// mimalloc (see `kforge::allocator`): the build allocates and frees millions of small strings and
/// maps; glibc's allocator spent a fifth of a 30,000-resource build in
/// malloc/free. Declared here, not in the library, so embedders and
/// allocation-counting tests can choose their own.
#[global_allocator]
static GLOBAL: kforge::allocator::MiMalloc = kforge::allocator::MiMalloc;

fn main() -> ExitCode {
    kforge::cli::main("kubectl kforge")
}
