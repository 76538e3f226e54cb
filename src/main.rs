use std::process::ExitCode;

/// mimalloc: the build allocates and frees millions of small strings and
/// maps; glibc's allocator spent a fifth of a 30,000-resource build in
/// malloc/free. Declared here, not in the library, so embedders and
/// allocation-counting tests can choose their own.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    // No transparent huge pages: mimalloc marks its arenas MADV_HUGEPAGE,
    // and the kernel then zeroes a whole 2 MiB page on each thread heap's
    // first touch. For a short run (a chart render: ~20 ms) that was a third
    // of the CPU time, spent clearing memory that is never used.
    #[cfg(target_os = "linux")]
    // SAFETY: prctl(PR_SET_THP_DISABLE) only sets a flag on this process.
    unsafe {
        libc::prctl(libc::PR_SET_THP_DISABLE, 1, 0, 0, 0);
    }
    kforge::cli::main("kforge")
}
