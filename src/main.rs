use std::process::ExitCode;

/// mimalloc (see `kforge::allocator`): the build allocates and frees millions of small strings and
/// maps; glibc's allocator spent a fifth of a 30,000-resource build in
/// malloc/free. Declared here, not in the library, so embedders and
/// allocation-counting tests can choose their own.
#[global_allocator]
static GLOBAL: kforge::allocator::MiMalloc = kforge::allocator::MiMalloc;

/// Settings that must be in place before the first allocation, run from
/// `.init_array` (before `main`: the runtime allocates before `main`).
///
/// No transparent huge pages: mimalloc marks its arenas MADV_HUGEPAGE, and
/// the kernel then zeroes a whole 2 MiB page on each thread heap's first
/// touch. For a short run (a chart render: ~20 ms) that was a third of the
/// CPU time, spent clearing memory that is never used; set after `main`,
/// the runtime's first allocations still touched two huge pages, a sixth
/// of the CPU time of rendering the starter chart.
#[cfg(target_os = "linux")]
#[used]
#[link_section = ".init_array"]
static EARLY_SETTINGS: extern "C" fn() = early_settings;

#[cfg(target_os = "linux")]
extern "C" fn early_settings() {
    // SAFETY: prctl(PR_SET_THP_DISABLE) only sets a flag on this process.
    unsafe {
        libc::prctl(libc::PR_SET_THP_DISABLE, 1, 0, 0, 0);
    }
    // A 256 MiB first arena instead of 1 GiB: mimalloc initialises one
    // bitmap per size class for the arena's 64 KiB slices, and for 1 GiB
    // those headers sit on 42 pages, every one touched at the first
    // allocation (8% of the page faults of `kforge version`); for 256 MiB
    // they take 11. More arenas are reserved as needed (the large builds'
    // page faults do not change). Runs before the first allocation; an
    // explicit MIMALLOC_ARENA_RESERVE is left to mimalloc.
    // SAFETY: getenv reads the environment (no thread exists yet);
    // mi_option_set only stores an option value.
    unsafe {
        if libc::getenv(c"MIMALLOC_ARENA_RESERVE".as_ptr()).is_null() {
            mi_option_set(MI_OPTION_ARENA_RESERVE, ARENA_RESERVE_KIB);
        }
    }
    // One glibc malloc arena: Rust code allocates with mimalloc, and only
    // the C runtime's few allocations (thread-local destructors of each
    // new thread) use glibc's, which would otherwise reserve and trim a
    // 64 MiB heap per thread (four system calls and page faults each).
    #[cfg(target_env = "gnu")]
    // SAFETY: mallopt only changes a glibc malloc setting.
    unsafe {
        libc::mallopt(libc::M_ARENA_MAX, 1);
    }
}

/// mimalloc's `mi_option_arena_reserve` (same enum): the size of the
/// address range each arena reserves, in KiB.
const MI_OPTION_ARENA_RESERVE: libc::c_int = 23;

/// The first arena's size (see `early_settings`): 256 MiB.
const ARENA_RESERVE_KIB: libc::c_long = 256 << 10;

extern "C" {
    fn mi_option_set(option: libc::c_int, value: libc::c_long);
}

fn main() -> ExitCode {
    // Freed pages go back to the system after mimalloc's purge delay (a
    // second in v3). `kforge build` once set it to 10 ms, when freed pages
    // held a 30,000-resource build's peak at 214 MB instead of ~180; the
    // build now frees far less, and 10 ms only made purged pages be faulted
    // in again (N=1,000: 3,785 -> 3,696 page faults with a second,
    // gateway-api's CRDs 1,099 -> 1,060; peak at N=10,000 117-119 MB
    // either way). 0 (at once) costs CPU for every command (rendering a
    // chart frees and reuses memory all the time: mastodon +5%).
    let code = kforge::cli::main("kforge");
    // After a successful run there is nothing left to clean up: leave
    // without the exit handlers (mimalloc's frees every page it holds back
    // to the system, a few percent of a short run such as rendering a
    // chart). Output is flushed first; on failure the usual exit runs.
    #[cfg(unix)]
    if code == ExitCode::SUCCESS {
        use std::io::Write as _;
        if std::io::stdout().flush().is_ok() {
            // SAFETY: _exit ends the process; no Rust state is used after it.
            unsafe { libc::_exit(0) }
        }
    }
    code
}
