//! The one way kforge runs another program (git, helm, plugins), and the
//! one place that cleans up after an interrupted run.
//!
//! * [`Program::run`] starts the program in its own process group, feeds
//!   stdin from memory, captures stdout and stderr, and kills the whole
//!   group when the deadline passes (so a stalled `helm pull` or a plugin's
//!   grandchildren cannot keep kforge waiting).
//! * [`temp_dir`] / [`register_path`] record temporary paths; after
//!   [`install_signal_cleanup`] a SIGINT or SIGTERM removes them and kills the
//!   running programs' groups before the process exits (130 / 143).
//!
//! This module depends on nothing else in kforge.
use std::collections::BTreeMap;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicU8, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

/// Errors of [`Program::run`]: the program could not start, or outlived its
/// deadline and was killed. A non-zero exit is not an error (see [`Output`]).
#[derive(Debug, thiserror::Error)]
pub enum ProcessError {
    #[error("cannot run '{program}': {source}")]
    Spawn {
        program: String,
        #[source]
        source: std::io::Error,
    },
    #[error("'{program}' timed out after {} and was killed", show_duration(*.timeout))]
    TimedOut { program: String, timeout: Duration },
    #[error("waiting for '{program}': {source}")]
    Wait {
        program: String,
        #[source]
        source: std::io::Error,
    },
    #[error("{what}: {why}")]
    BadDuration { what: String, why: String },
    #[error(
        "'{program}' wrote more than {} to {stream} and was killed (set {MAX_OUTPUT_ENV} to allow more)",
        show_size(*.limit)
    )]
    OutputTooLarge { program: String, stream: &'static str, limit: u64 },
    #[error("{what}: {why}")]
    BadSize { what: String, why: String },
}

impl ProcessError {
    /// True when the program itself was not found.
    pub fn is_not_found(&self) -> bool {
        matches!(self, ProcessError::Spawn { source, .. } if source.kind() == std::io::ErrorKind::NotFound)
    }
}

/// What a finished program left behind.
#[derive(Debug)]
pub struct Output {
    pub success: bool,
    /// Exit code, `None` when killed by a signal.
    pub code: Option<i32>,
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
}

impl Output {
    pub fn stderr_text(&self) -> String {
        String::from_utf8_lossy(&self.stderr).trim_end().to_string()
    }

    /// `exit status N` or `killed by a signal`.
    pub fn status_text(&self) -> String {
        self.code.map(|c| format!("exit status {c}")).unwrap_or_else(|| "killed by a signal".into())
    }
}

/// The environment variable that bounds what a program may write: the most
/// bytes kforge keeps from its stdout, and from its stderr.
pub const MAX_OUTPUT_ENV: &str = "KFORGE_MAX_OUTPUT";
/// [`MAX_OUTPUT_ENV`]'s default: 256 MiB per stream.
pub const DEFAULT_MAX_OUTPUT: u64 = 256 << 20;
/// The largest value [`MAX_OUTPUT_ENV`] accepts: 16 GiB.
pub const MAX_MAX_OUTPUT: u64 = 16 << 30;
/// Set in every program's environment (and so inherited by everything it
/// starts): `PID.N`, naming this kforge process and the run, after the
/// tokens of any kforge that started this one (comma-separated). A program's
/// descendants that left its process group are found by it.
pub const RUN_TOKEN_ENV: &str = "KFORGE_RUN_TOKEN";

/// The output limit: [`MAX_OUTPUT_ENV`] when set, else [`DEFAULT_MAX_OUTPUT`].
pub fn max_output() -> Result<u64, ProcessError> {
    match std::env::var(MAX_OUTPUT_ENV) {
        Ok(v) => size(MAX_OUTPUT_ENV, &v),
        Err(std::env::VarError::NotPresent) => Ok(DEFAULT_MAX_OUTPUT),
        Err(std::env::VarError::NotUnicode(_)) => {
            Err(ProcessError::BadSize { what: MAX_OUTPUT_ENV.to_string(), why: "not valid UTF-8".into() })
        }
    }
}

/// A byte count: digits with an optional `K`, `M` or `G` (powers of 1024,
/// `KiB`/`MiB`/`GiB` and a trailing `B` accepted), from 1 up to
/// [`MAX_MAX_OUTPUT`].
pub fn size(what: &str, text: &str) -> Result<u64, ProcessError> {
    let bad = |why: &str| ProcessError::BadSize { what: format!("{what}={text:?}"), why: why.to_string() };
    let t = text.trim();
    let digits = t.find(|c: char| !c.is_ascii_digit()).unwrap_or(t.len());
    let (num, unit) = t.split_at(digits);
    let shift = match unit.trim_start().to_ascii_uppercase().as_str() {
        "" | "B" => 0,
        "K" | "KB" | "KIB" => 10,
        "M" | "MB" | "MIB" => 20,
        "G" | "GB" | "GIB" => 30,
        _ => return Err(bad("expected a number of bytes, optionally with K, M or G")),
    };
    let n: u64 = num.parse().map_err(|_| bad("expected a number of bytes, optionally with K, M or G"))?;
    let bytes = n.checked_mul(1 << shift).filter(|b| *b <= MAX_MAX_OUTPUT);
    match bytes {
        Some(0) => Err(bad("must be at least 1 byte")),
        Some(b) => Ok(b),
        None => Err(bad(&format!("at most {}", show_size(MAX_MAX_OUTPUT)))),
    }
}

/// `256 MiB`, `12 KiB` or `100 bytes`.
pub fn show_size(n: u64) -> String {
    for (shift, unit) in [(30, "GiB"), (20, "MiB"), (10, "KiB")] {
        if n >= 1 << shift && n.is_multiple_of(1 << shift) {
            return format!("{} {unit}", n >> shift);
        }
    }
    format!("{n} bytes")
}

/// A program to run.
pub struct Program<'a> {
    /// The program: a path, or a bare name looked up on PATH.
    pub path: &'a Path,
    pub args: &'a [String],
    pub dir: Option<&'a Path>,
    pub env: &'a [(String, String)],
    pub timeout: Duration,
}

const STDOUT: u8 = 1;
const STDERR: u8 = 2;

impl Program<'_> {
    /// Run to completion with `input` on stdin (`None`: stdin is empty).
    ///
    /// Whatever the program started is killed when it ends, times out or
    /// writes more than [`max_output`] bytes to stdout or stderr: its
    /// process group, and on Linux also every descendant that left the group
    /// (found by [`RUN_TOKEN_ENV`], by parent links, and, kforge being a
    /// child subreaper, as orphans handed to kforge).
    pub fn run(&self, input: Option<&[u8]>) -> Result<Output, ProcessError> {
        self.run_capped(input, max_output()?)
    }

    /// [`Program::run`] keeping at most `limit` bytes of each stream (a
    /// program whose output is small by contract, such as a credential
    /// helper, gets a smaller bound than [`max_output`]).
    pub fn run_capped(&self, input: Option<&[u8]>, limit: u64) -> Result<Output, ProcessError> {
        let program = self.path.display().to_string();
        let token = format!("{}.{}", std::process::id(), NEXT_ID.fetch_add(1, Ordering::Relaxed));
        let mut cmd = Command::new(self.path);
        cmd.args(self.args).stdout(Stdio::piped()).stderr(Stdio::piped());
        cmd.stdin(if input.is_some() { Stdio::piped() } else { Stdio::null() });
        if let Some(d) = self.dir {
            cmd.current_dir(d);
        }
        for (k, v) in self.env {
            cmd.env(k, v);
        }
        let token_value = match std::env::var(RUN_TOKEN_ENV) {
            Ok(outer) if !outer.is_empty() => format!("{outer},{token}"),
            _ => token.clone(),
        };
        cmd.env(RUN_TOKEN_ENV, token_value);
        #[cfg(unix)]
        {
            use std::os::unix::process::CommandExt;
            // Own process group, so a timeout kills the program's children too.
            cmd.process_group(0);
        }
        escape::become_subreaper();
        // Started and recorded under the registry lock: a sweep after another
        // run (which holds the lock) never sees this child half started.
        ensure_cleanup_thread();
        let (mut child, run) = {
            let mut reg = registry();
            let child = cmd.spawn().map_err(|source| ProcessError::Spawn { program: program.clone(), source })?;
            let id = NEXT_ID.fetch_add(1, Ordering::Relaxed);
            reg.groups.insert(id, RunEntry { pid: child.id(), token: token.clone() });
            (child, GroupGuard(id))
        };
        let child_pid = child.id();
        let writer = match (child.stdin.take(), input) {
            (Some(mut stdin), Some(input)) => {
                let input = input.to_vec();
                Some(thread::spawn(move || {
                    // A program that does not read its input closes the pipe: not an error.
                    let _ = stdin.write_all(&input);
                }))
            }
            _ => None,
        };
        let over = Arc::new(AtomicU8::new(0));
        let reader = |s: Box<dyn Read + Send>, which: u8| {
            let over = Arc::clone(&over);
            thread::spawn(move || read_capped(s, limit, &over, which))
        };
        let out_reader = child.stdout.take().map(|s| reader(Box::new(s), STDOUT));
        let err_reader = child.stderr.take().map(|s| reader(Box::new(s), STDERR));
        // Kill what is left, then collect the threads (an escaped process
        // holding a pipe would otherwise keep them waiting).
        let finish = |child: &mut std::process::Child| {
            kill_group(child);
            let _ = child.wait();
            sweep(child_pid, &token);
            let _ = writer.map(|w| w.join());
            let stdout = out_reader.and_then(|t| t.join().ok()).unwrap_or_default();
            let stderr = err_reader.and_then(|t| t.join().ok()).unwrap_or_default();
            (stdout, stderr)
        };
        let too_large = |which: u8| ProcessError::OutputTooLarge {
            program: program.clone(),
            stream: if which == STDOUT { "stdout" } else { "stderr" },
            limit,
        };
        let deadline = Instant::now().checked_add(self.timeout);
        let mut pause = Duration::from_millis(1);
        let status = loop {
            match child.try_wait() {
                Ok(Some(st)) => break st,
                Ok(None) => {}
                Err(source) => {
                    finish(&mut child);
                    return Err(ProcessError::Wait { program, source });
                }
            }
            let which = over.load(Ordering::SeqCst);
            if which != 0 {
                finish(&mut child);
                return Err(too_large(which));
            }
            if deadline.is_some_and(|d| Instant::now() >= d) {
                finish(&mut child);
                return Err(ProcessError::TimedOut { program, timeout: self.timeout });
            }
            thread::sleep(pause);
            pause = (pause * 2).min(Duration::from_millis(20));
        };
        // Children the program left running may hold the pipes open: kill them
        // rather than wait for them.
        let (stdout, stderr) = finish(&mut child);
        drop(run);
        let which = over.load(Ordering::SeqCst);
        if which != 0 {
            return Err(too_large(which));
        }
        Ok(Output { success: status.success(), code: status.code(), stdout, stderr })
    }
}

/// Read to the end, keeping at most `limit` bytes: past it, mark `over`
/// with `which` and stop reading (the program is then killed).
fn read_capped(mut r: impl Read, limit: u64, over: &AtomicU8, which: u8) -> Vec<u8> {
    let mut buf = Vec::new();
    let mut chunk = vec![0u8; 64 << 10];
    loop {
        match r.read(&mut chunk) {
            Ok(0) => break,
            Ok(n) => {
                if buf.len() as u64 + n as u64 > limit {
                    let _ = over.compare_exchange(0, which, Ordering::SeqCst, Ordering::SeqCst);
                    break;
                }
                buf.extend_from_slice(&chunk[..n]);
            }
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(_) => break,
        }
    }
    buf
}

/// Kill what run `token` (whose program was `child_pid`, already waited
/// for) left behind outside its process group, and reap what became ours.
fn sweep(child_pid: u32, token: &str) {
    let killed = {
        let reg = registry();
        let live: Vec<(u32, &str)> = reg.groups.values().map(|r| (r.pid, r.token.as_str())).collect();
        escape::kill_escaped(child_pid, token, &live)
    };
    escape::reap(&killed);
}

/// `12s` or `0.250s`.
pub fn show_duration(d: Duration) -> String {
    if d.subsec_millis() == 0 {
        format!("{}s", d.as_secs())
    } else {
        format!("{:.3}s", d.as_secs_f64())
    }
}

/// The longest timeout kforge accepts from any input (a day).
pub const MAX_TIMEOUT: Duration = Duration::from_secs(24 * 60 * 60);

/// A positive number of seconds (fractions allowed) as a duration, refused
/// when it is not a finite positive number or exceeds [`MAX_TIMEOUT`].
pub fn seconds(what: &str, text: &str) -> Result<Duration, ProcessError> {
    let bad = |why: &str| ProcessError::BadDuration { what: format!("{what}={text:?}"), why: why.to_string() };
    let secs: f64 = text.trim().parse().map_err(|_| bad("expected a positive number of seconds"))?;
    if !secs.is_finite() || secs <= 0.0 {
        return Err(bad("expected a positive number of seconds"));
    }
    if secs > MAX_TIMEOUT.as_secs_f64() {
        return Err(bad(&format!("at most {} seconds", MAX_TIMEOUT.as_secs())));
    }
    Duration::try_from_secs_f64(secs).map_err(|_| bad("expected a positive number of seconds"))
}

#[cfg(unix)]
fn kill_group(child: &mut std::process::Child) {
    if let Ok(pid) = i32::try_from(child.id()) {
        kill_pgid(pid);
    }
    let _ = child.kill();
}

#[cfg(not(unix))]
fn kill_group(child: &mut std::process::Child) {
    let _ = child.kill();
}

#[cfg(unix)]
fn kill_pgid(pgid: i32) {
    if pgid > 0 {
        // SAFETY: kill(2) with a negative pid signals the process group the
        // child leads (created with process_group(0)); no memory is involved.
        unsafe {
            libc::kill(-pgid, libc::SIGKILL);
        }
    }
}

// ---------------------------------------------------------------------------
// Descendants that left their process group.

/// Finding and killing what a program started outside its process group
/// (`setsid`, double forks). Linux reads `/proc`; elsewhere only the process
/// group is killed.
#[cfg(target_os = "linux")]
mod escape {
    use std::collections::{BTreeMap, BTreeSet};
    use std::time::{Duration, Instant};

    /// Make kforge the child subreaper of its descendants: an orphan (its
    /// parent exited) is handed to kforge instead of to init, so it can
    /// still be found and killed. Once per process.
    pub fn become_subreaper() {
        static ONCE: std::sync::Once = std::sync::Once::new();
        ONCE.call_once(|| {
            // SAFETY: prctl with integer arguments only.
            unsafe {
                libc::prctl(libc::PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0);
            }
        });
    }

    struct Proc {
        ppid: i32,
        pgrp: i32,
        zombie: bool,
        /// Run tokens in its environment; `None` when unreadable.
        tokens: Option<Vec<String>>,
    }

    impl Proc {
        fn has(&self, token: &str) -> bool {
            self.tokens.as_ref().is_some_and(|t| t.iter().any(|x| x == token))
        }
    }

    /// Every process we can see, by pid.
    fn scan() -> BTreeMap<i32, Proc> {
        let mut out = BTreeMap::new();
        let Ok(dir) = std::fs::read_dir("/proc") else { return out };
        for e in dir.flatten() {
            let Some(pid) = e.file_name().to_str().and_then(|n| n.parse::<i32>().ok()) else { continue };
            let Ok(stat) = std::fs::read_to_string(format!("/proc/{pid}/stat")) else { continue };
            // `pid (comm) state ppid pgrp ...`; comm may hold anything, so
            // read after the last ')'.
            let Some((_, rest)) = stat.rsplit_once(')') else { continue };
            let mut f = rest.split_whitespace();
            let state = f.next().unwrap_or("");
            let ppid = f.next().and_then(|x| x.parse().ok()).unwrap_or(0);
            let pgrp = f.next().and_then(|x| x.parse().ok()).unwrap_or(0);
            let tokens = std::fs::read(format!("/proc/{pid}/environ")).ok().map(|env| {
                env.split(|b| *b == 0)
                    .find_map(|kv| kv.strip_prefix(format!("{}=", super::RUN_TOKEN_ENV).as_bytes()))
                    .map(|v| String::from_utf8_lossy(v).split(',').map(str::to_string).collect())
                    .unwrap_or_default()
            });
            out.insert(pid, Proc { ppid, pgrp, zombie: state == "Z" || state == "X", tokens });
        }
        out
    }

    /// `seeds` and every process below them (by parent links).
    fn with_descendants(procs: &BTreeMap<i32, Proc>, seeds: BTreeSet<i32>) -> BTreeSet<i32> {
        let mut all = seeds;
        loop {
            let more: Vec<i32> =
                procs.iter().filter(|(p, x)| !all.contains(p) && all.contains(&x.ppid)).map(|(p, _)| *p).collect();
            if more.is_empty() {
                return all;
            }
            all.extend(more);
        }
    }

    /// SIGKILL, in rounds until none is left (a process forking while we
    /// kill is caught by the next round), the processes `pick` chooses and
    /// their descendants. Never kforge itself. Returns the pids signalled.
    fn kill_rounds(pick: impl Fn(i32, &Proc) -> bool) -> BTreeSet<i32> {
        let me = std::process::id() as i32;
        let mut killed = BTreeSet::new();
        for _ in 0..100 {
            let procs = scan();
            let seeds = procs.iter().filter(|(p, x)| **p != me && pick(**p, x)).map(|(p, _)| *p).collect();
            let targets: Vec<i32> = with_descendants(&procs, seeds)
                .into_iter()
                .filter(|p| *p != me && procs.get(p).is_some_and(|x| !x.zombie))
                .collect();
            if targets.is_empty() {
                break;
            }
            for p in targets {
                // SAFETY: kill(2) on a positive pid; no memory is involved.
                unsafe {
                    libc::kill(p, libc::SIGKILL);
                }
                killed.insert(p);
            }
            std::thread::sleep(Duration::from_millis(1));
        }
        // Orphans that ended by themselves are ours to reap too.
        killed
    }

    /// Kill what run `token` left running outside its group: processes that
    /// carry its token, orphans handed to kforge that belong to no running
    /// program (a program that cleared its environment and detached), and
    /// their descendants. `live` lists the running programs (pid, token).
    pub fn kill_escaped(child_pid: u32, token: &str, live: &[(u32, &str)]) -> BTreeSet<i32> {
        let me = std::process::id() as i32;
        // SAFETY: getpgrp has no arguments and cannot fail.
        let my_group = unsafe { libc::getpgrp() };
        let child = child_pid as i32;
        let mut killed = kill_rounds(|pid, p| {
            if pid == child || live.iter().any(|(l, _)| *l as i32 == pid) {
                return false;
            }
            if p.has(token) {
                return true;
            }
            // An orphan of ours in another process group: a program's
            // descendant that detached (kforge starts its own children in
            // kforge's group or as registered runs). Kept when it carries
            // the token of a run still going.
            p.ppid == me && p.pgrp != my_group && !live.iter().any(|(_, t)| p.has(t))
        });
        // Detached orphans that already ended wait to be reaped.
        for (pid, p) in scan() {
            if p.zombie
                && p.ppid == me
                && p.pgrp != my_group
                && pid != child
                && !live.iter().any(|(l, _)| *l as i32 == pid)
            {
                killed.insert(pid);
            }
        }
        killed
    }

    /// On the way out: every descendant of kforge and every process with one
    /// of this kforge's run tokens.
    pub fn kill_all_descendants() {
        let me = std::process::id() as i32;
        let prefix = format!("{me}.");
        kill_rounds(|_, p| p.ppid == me || p.tokens.as_ref().is_some_and(|t| t.iter().any(|x| x.starts_with(&prefix))));
    }

    /// Wait (briefly) for the killed processes that became kforge's children
    /// to be reaped, so no zombie is left.
    pub fn reap(killed: &BTreeSet<i32>) {
        let mut left: Vec<i32> = killed.iter().copied().collect();
        let deadline = Instant::now() + Duration::from_secs(2);
        while !left.is_empty() && Instant::now() < deadline {
            left.retain(|&pid| {
                let mut status = 0;
                // SAFETY: waitpid on one pid, with a valid status pointer.
                let r = unsafe { libc::waitpid(pid, &mut status, libc::WNOHANG) };
                if r == pid {
                    return false;
                }
                if r == 0 {
                    // Ours, not dead yet.
                    return true;
                }
                // Not our child: keep waiting only while its parent is one
                // of the killed processes (it is then handed to us).
                std::fs::read_to_string(format!("/proc/{pid}/stat")).ok().is_some_and(|stat| {
                    stat.rsplit_once(')')
                        .and_then(|(_, rest)| rest.split_whitespace().nth(1).and_then(|x| x.parse::<i32>().ok()))
                        .is_some_and(|ppid| killed.contains(&ppid))
                })
            });
            if !left.is_empty() {
                std::thread::sleep(Duration::from_millis(2));
            }
        }
    }
}

#[cfg(not(target_os = "linux"))]
mod escape {
    use std::collections::BTreeSet;

    pub fn become_subreaper() {}

    pub fn kill_escaped(_child_pid: u32, _token: &str, _live: &[(u32, &str)]) -> BTreeSet<i32> {
        BTreeSet::new()
    }

    pub fn kill_all_descendants() {}

    pub fn reap(_killed: &BTreeSet<i32>) {}
}

// ---------------------------------------------------------------------------
// Threads.

/// Stack size of the threads kforge starts to build: documents may nest
/// 10,000 levels deep (the YAML limit), and the emitter, merges, field walks
/// and `Drop` of such trees recurse once per level.
pub const THREAD_STACK: usize = 64 << 20;
/// Stack size of the thread the command runs on.
pub const MAIN_STACK: usize = 256 << 20;

/// The `-j/--jobs` setting (0: not given, one thread per core).
static JOBS: AtomicUsize = AtomicUsize::new(0);
/// Whether [`JOBS`] was set (the first setting wins).
static JOBS_SET: AtomicBool = AtomicBool::new(false);

/// Workers of the command's pool not started yet (see [`with_big_stack`]).
static DEFERRED: Mutex<Vec<rayon::ThreadBuilder>> = Mutex::new(Vec::new());
/// Whether [`DEFERRED`] may hold workers (cheap test before the lock).
static ANY_DEFERRED: AtomicBool = AtomicBool::new(false);

/// Record the size of the one thread pool (`-j/--jobs`; `None`: one
/// thread per core). Starts nothing: the pool is made with the command's
/// thread ([`with_big_stack`]) and its other threads start only when there
/// is parallel work ([`threads`]). The first call wins.
pub fn set_jobs(jobs: Option<usize>) {
    if !JOBS_SET.swap(true, Ordering::Relaxed) {
        JOBS.store(jobs.unwrap_or(0), Ordering::Relaxed);
    }
}

/// The cores this process may use ([`thread::available_parallelism`]),
/// asked once (0: not asked yet). The standard library does not remember
/// it, and on Linux each call reads the cgroup's CPU quota from /proc and
/// /sys (about 20 system calls, 40-50 µs here): every parallel step asked
/// (a build of cnpg's manifests: 12 times, half a millisecond).
static CORES: AtomicUsize = AtomicUsize::new(0);

fn cores() -> usize {
    match CORES.load(Ordering::Relaxed) {
        0 => {
            let n = thread::available_parallelism().map_or(1, |n| n.get());
            CORES.store(n, Ordering::Relaxed);
            n
        }
        n => n,
    }
}

/// The configured number of threads (`-j`, else the cores).
fn jobs() -> usize {
    match JOBS.load(Ordering::Relaxed) {
        0 => cores(),
        n => n,
    }
}

/// How many threads the command's pool is made for: `-j` (at least two),
/// else an upper bound of [`cores`] that costs one system call: the CPUs
/// this thread may run on (the cgroup quota can only lower that). Only
/// [`jobs`] of them are ever started ([`threads`]), so a run that never
/// splits work never reads the quota.
fn pool_size() -> usize {
    if JOBS.load(Ordering::Relaxed) != 0 || CORES.load(Ordering::Relaxed) != 0 {
        return jobs().max(2);
    }
    #[cfg(target_os = "linux")]
    {
        // SAFETY: a cpu_set_t is plain bits (zeroed: the empty set);
        // sched_getaffinity fills the one it is given and CPU_COUNT
        // counts its bits.
        let n = unsafe {
            let mut set: libc::cpu_set_t = std::mem::zeroed();
            match libc::sched_getaffinity(0, std::mem::size_of::<libc::cpu_set_t>(), &mut set) {
                0 => libc::CPU_COUNT(&set),
                _ => 0,
            }
        };
        if n > 0 {
            return (n as usize).max(2);
        }
    }
    jobs().max(2)
}

/// Make sure parallel steps run with [`THREAD_STACK`] stacks: on a thread
/// of the command's pool nothing is done; on any other thread (a test, a
/// program embedding kforge) rayon's global pool is built now, every
/// thread started, unless it exists. `jobs` is recorded as by [`set_jobs`].
pub fn init_pool(jobs_given: Option<usize>) {
    set_jobs(jobs_given);
    if rayon::current_thread_index().is_some() {
        return;
    }
    start_workers();
}

/// The number of threads parallel work may use (`-j/--jobs`, default one
/// per core), starting the command pool's waiting workers when it is more
/// than one. Call it only once a step has enough work to split: small runs
/// (most kustomizations, most charts) then never start a thread.
pub fn threads() -> usize {
    let n = jobs();
    if n > 1 && ANY_DEFERRED.load(Ordering::Acquire) {
        // The command's thread is one of the `n`; a pool made larger than
        // `n` (see `pool_size`) keeps its other workers waiting for good.
        // Only the first caller starts them.
        let waiting = {
            let mut deferred = DEFERRED.lock().unwrap_or_else(|p| p.into_inner());
            if ANY_DEFERRED.swap(false, Ordering::AcqRel) {
                let start = deferred.len().min(n - 1);
                deferred.drain(..start).collect::<Vec<_>>()
            } else {
                Vec::new()
            }
        };
        for t in waiting {
            let mut b = thread::Builder::new().stack_size(THREAD_STACK);
            if let Some(name) = t.name() {
                b = b.name(name.to_string());
            }
            // A worker that cannot start leaves its share to the others
            // (and to the command's thread, which runs what it queued).
            let _ = b.spawn(move || t.run());
        }
    }
    n
}

/// The threads a step over `n` items splits its work between: `Some` (two
/// or more, the pool's workers then started) when `n` is at least the
/// step's threshold `min` and `-j/--jobs` allows more than one thread;
/// `None`: the step runs on this thread. Below `min` no thread is started.
pub fn parallel_threads(n: usize, min: usize) -> Option<usize> {
    split_threads(n, min, threads)
}

/// [`parallel_threads`] with the thread count asked of `threads`, only
/// once `n` reaches `min`.
fn split_threads(n: usize, min: usize, threads: impl FnOnce() -> usize) -> Option<usize> {
    if n < min {
        return None;
    }
    Some(threads()).filter(|&t| t >= 2)
}

/// Whether the command pool's other workers run (or there are none to
/// wait for: rayon's global pool, a pool of one): a parallel step then
/// costs no thread start.
pub fn workers_started() -> bool {
    !ANY_DEFERRED.load(Ordering::Acquire)
}

/// Input bytes read by the command so far ([`add_work`]).
static WORK: AtomicU64 = AtomicU64::new(0);

/// Below this many bytes of input a step starts no thread for itself: a
/// thread's start and its own heap cost more (CPU and fresh pages) than
/// the step's split saves. About 1.5 ms of parsing or emitting.
pub const WORK_WORTH_A_THREAD: u64 = 256 << 10;

/// Count `bytes` of input read (files parsed): later steps size their
/// parallelism by it ([`work`]).
pub fn add_work(bytes: usize) {
    WORK.fetch_add(u64::try_from(bytes).unwrap_or(u64::MAX), Ordering::Relaxed);
}

/// Input bytes counted by [`add_work`] so far.
pub fn work() -> u64 {
    WORK.load(Ordering::Relaxed)
}

/// Make rayon work started on threads outside the command's pool (a
/// network runtime's threads, scoped helper threads) run with
/// [`THREAD_STACK`] stacks and `-j` threads: build rayon's global pool now,
/// every thread started, unless it exists. Call it before starting such
/// threads.
pub fn start_workers() {
    let _ = rayon::ThreadPoolBuilder::new().stack_size(THREAD_STACK).num_threads(jobs()).build_global();
}

/// A pool whose first worker is the calling thread (the command's): the
/// rayon work it starts runs right here, and the other workers wait in
/// [`DEFERRED`] until [`threads`] starts them. At least two workers, so
/// `-j 1` still has one to start if ever needed; without `-j`, one per CPU
/// this thread may use ([`pool_size`]). `None` when the pool cannot be
/// made (the thread is in a pool already).
fn make_command_pool() -> Option<rayon::ThreadPool> {
    let n = pool_size();
    rayon::ThreadPoolBuilder::new()
        .num_threads(n)
        .stack_size(THREAD_STACK)
        .use_current_thread()
        .spawn_handler(|t| {
            DEFERRED.lock().unwrap_or_else(|p| p.into_inner()).push(t);
            ANY_DEFERRED.store(true, Ordering::Release);
            Ok(())
        })
        .build()
        .ok()
}

/// `scope.spawn(f)` on a thread with a [`THREAD_STACK`] stack.
pub fn spawn_scoped<'scope, 'env, F, T>(
    scope: &'scope thread::Scope<'scope, 'env>,
    f: F,
) -> std::io::Result<thread::ScopedJoinHandle<'scope, T>>
where
    F: FnOnce() -> T + Send + 'scope,
    T: Send + 'scope,
{
    thread::Builder::new().stack_size(THREAD_STACK).spawn_scoped(scope, f)
}

/// Run `f` on a thread with a [`MAIN_STACK`] stack (on this thread when no
/// thread can be started). A panic in `f` is resumed here.
///
/// The thread is the first worker of a rayon pool of `-j` threads (see
/// [`make_command_pool`]): no other thread starts until there is parallel
/// work ([`threads`]).
pub fn with_big_stack<T: Send, F: FnOnce() -> T + Send>(f: F) -> T {
    let cell = Mutex::new(Some(f));
    let take = || cell.lock().unwrap_or_else(|p| p.into_inner()).take();
    let out = thread::scope(|scope| {
        let spawned = thread::Builder::new().name("kforge".into()).stack_size(MAIN_STACK).spawn_scoped(scope, || {
            let pool = make_command_pool();
            if pool.is_none() {
                // Work goes to rayon's global pool: make it as configured.
                start_workers();
            }
            let out = take().map(|f| f());
            // Its started workers end; the process goes on.
            drop(pool);
            out
        });
        match spawned {
            Ok(h) => h.join().unwrap_or_else(|p| std::panic::resume_unwind(p)),
            Err(_) => None,
        }
    });
    match out {
        Some(v) => v,
        // The thread could not start: `f` is still in the cell.
        None => match take() {
            Some(f) => f(),
            None => std::panic::resume_unwind(Box::new("kforge: the command ran and returned nothing")),
        },
    }
}

// ---------------------------------------------------------------------------
// Cleanup on SIGINT / SIGTERM.

struct Registry {
    /// What to undo on an interruption, done newest first.
    paths: BTreeMap<u64, Undo>,
    groups: BTreeMap<u64, RunEntry>,
}

enum Undo {
    /// Remove a file or a directory tree.
    Remove(PathBuf),
    /// Remove a file (never a directory).
    RemoveFile(PathBuf),
    /// Put a saved copy back: rename `backup` over `target`.
    Restore { backup: PathBuf, target: PathBuf },
}

impl Undo {
    /// Undo; true when something was removed or put back.
    fn undo(&self) -> bool {
        match self {
            Undo::Remove(p) => match std::fs::symlink_metadata(p) {
                Ok(m) if m.is_dir() => std::fs::remove_dir_all(p).is_ok(),
                Ok(_) => std::fs::remove_file(p).is_ok(),
                Err(_) => false,
            },
            Undo::RemoveFile(p) => match std::fs::symlink_metadata(p) {
                Ok(m) if !m.is_dir() => std::fs::remove_file(p).is_ok(),
                _ => false,
            },
            Undo::Restore { backup, target } => std::fs::rename(backup, target).is_ok(),
        }
    }
}

/// A running program: its pid (= its process group) and its run token.
struct RunEntry {
    pid: u32,
    token: String,
}

static REGISTRY: Mutex<Registry> = Mutex::new(Registry { paths: BTreeMap::new(), groups: BTreeMap::new() });
static NEXT_ID: AtomicU64 = AtomicU64::new(1);

fn registry() -> std::sync::MutexGuard<'static, Registry> {
    REGISTRY.lock().unwrap_or_else(|p| p.into_inner())
}

/// Keeps a path on the list of things removed when kforge is interrupted;
/// dropping it takes the path off the list (it does not remove the path).
#[derive(Debug)]
pub struct PathGuard(u64);

impl Drop for PathGuard {
    fn drop(&mut self) {
        registry().paths.remove(&self.0);
    }
}

/// Remove `path` (a file or a directory tree) if kforge is interrupted while
/// the guard lives.
pub fn register_path(path: &Path) -> PathGuard {
    register(Undo::Remove(path.to_path_buf()))
}

/// Remove the file `path` (never a directory) if kforge is interrupted
/// while the guard lives: a file an unfinished write created.
pub fn register_new_file(path: &Path) -> PathGuard {
    register(Undo::RemoveFile(path.to_path_buf()))
}

/// Rename `backup` over `target` if kforge is interrupted while the guard
/// lives: the saved content of a file an unfinished write replaced.
/// Interruptions undo the registered steps newest first.
pub fn register_restore(backup: &Path, target: &Path) -> PathGuard {
    register(Undo::Restore { backup: backup.to_path_buf(), target: target.to_path_buf() })
}

fn register(undo: Undo) -> PathGuard {
    ensure_cleanup_thread();
    let id = NEXT_ID.fetch_add(1, Ordering::Relaxed);
    registry().paths.insert(id, undo);
    PathGuard(id)
}

struct GroupGuard(u64);

impl Drop for GroupGuard {
    fn drop(&mut self) {
        registry().groups.remove(&self.0);
    }
}

/// A temporary directory removed when dropped and when kforge is interrupted.
pub struct TempDir {
    // Field order: the guard goes first, then the directory is removed.
    _guard: PathGuard,
    dir: tempfile::TempDir,
}

impl TempDir {
    pub fn path(&self) -> &Path {
        self.dir.path()
    }
}

/// A new temporary directory named `{prefix}XXXXXX`, created and registered
/// while the registry is locked, so an interruption cannot slip between.
pub fn temp_dir(prefix: &str) -> std::io::Result<TempDir> {
    ensure_cleanup_thread();
    let mut reg = registry();
    let dir = tempfile::Builder::new().prefix(prefix).tempdir()?;
    let id = NEXT_ID.fetch_add(1, Ordering::Relaxed);
    reg.paths.insert(id, Undo::Remove(dir.path().to_path_buf()));
    drop(reg);
    Ok(TempDir { _guard: PathGuard(id), dir })
}

/// Kill every running program (with what it started), then undo every
/// registered step, newest first: remove temporary paths and files an
/// unfinished write created, put back files it replaced. Returns how many
/// steps were undone.
pub fn cleanup_now() -> usize {
    let mut reg = registry();
    #[cfg(unix)]
    for run in reg.groups.values() {
        if let Ok(p) = i32::try_from(run.pid) {
            kill_pgid(p);
        }
    }
    // And everything they started that left their groups.
    escape::kill_all_descendants();
    let mut n = 0;
    for undo in reg.paths.values().rev() {
        n += usize::from(undo.undo());
    }
    reg.paths.clear();
    // Keep the lock: nothing may register new paths on the way out.
    std::mem::forget(reg);
    n
}

/// Write end of the pipe through which the signal handler wakes the
/// cleanup thread; -1 while there is no such thread.
#[cfg(unix)]
static WAKE_FD: std::sync::atomic::AtomicI32 = std::sync::atomic::AtomicI32::new(-1);
/// Whether [`install_signal_cleanup`] ran (the cleanup thread is only
/// wanted then).
static SIGNALS_INSTALLED: AtomicBool = AtomicBool::new(false);

#[cfg(unix)]
extern "C" fn on_signal(sig: libc::c_int) {
    // Only async-signal-safe calls here: an atomic load, write(2), _exit(2).
    let fd = WAKE_FD.load(Ordering::Acquire);
    let byte = sig as u8;
    // SAFETY: writes one byte from a local to a pipe, or ends the process.
    unsafe {
        if fd < 0 || libc::write(fd, (&byte as *const u8).cast(), 1) != 1 {
            // Nothing was ever registered (or the cleanup thread cannot be
            // woken): there is nothing to undo.
            libc::_exit(128 + sig);
        }
    }
}

/// On SIGINT and SIGTERM, clean up ([`cleanup_now`]) and exit with 128 +
/// the signal number. Call once, first thing in `main`. Only a handler is
/// installed here; the thread that cleans up starts with the first thing
/// to clean up (a temporary path, a file being written, a program run),
/// so a run that never registers anything starts no thread for it.
#[cfg(unix)]
pub fn install_signal_cleanup() {
    // SAFETY: sigaction with a zero-initialised struct naming a handler
    // that only makes async-signal-safe calls.
    unsafe {
        let mut sa: libc::sigaction = std::mem::zeroed();
        sa.sa_sigaction = on_signal as extern "C" fn(libc::c_int) as libc::sighandler_t;
        sa.sa_flags = libc::SA_RESTART;
        libc::sigemptyset(&mut sa.sa_mask);
        libc::sigaddset(&mut sa.sa_mask, libc::SIGINT);
        libc::sigaddset(&mut sa.sa_mask, libc::SIGTERM);
        SIGNALS_INSTALLED.store(true, Ordering::Release);
        libc::sigaction(libc::SIGINT, &sa, std::ptr::null_mut());
        libc::sigaction(libc::SIGTERM, &sa, std::ptr::null_mut());
    }
}

/// Start (once) the thread that waits for the signal handler's wake-up,
/// cleans up and exits. Called before anything is registered.
#[cfg(unix)]
fn ensure_cleanup_thread() {
    static STARTED: std::sync::Once = std::sync::Once::new();
    if !SIGNALS_INSTALLED.load(Ordering::Acquire) {
        return;
    }
    STARTED.call_once(|| {
        let mut fds = [0 as libc::c_int; 2];
        // SAFETY: pipe2 fills the two-element array.
        if unsafe { libc::pipe2(fds.as_mut_ptr(), libc::O_CLOEXEC) } != 0 {
            return;
        }
        let [read_fd, write_fd] = fds;
        let waiter = thread::Builder::new().name("kforge-signals".into()).spawn(move || {
            let mut byte = 0u8;
            loop {
                // SAFETY: reads one byte into a local.
                let n = unsafe { libc::read(read_fd, (&mut byte as *mut u8).cast(), 1) };
                if n == 1 {
                    break;
                }
                if n < 0 && std::io::Error::last_os_error().kind() == std::io::ErrorKind::Interrupted {
                    continue;
                }
                return;
            }
            cleanup_now();
            // SAFETY: _exit ends the process.
            unsafe { libc::_exit(128 + libc::c_int::from(byte)) }
        });
        match waiter {
            Ok(_) => WAKE_FD.store(write_fd, Ordering::Release),
            // SAFETY: closes the two descriptors pipe2 made.
            Err(_) => unsafe {
                libc::close(read_fd);
                libc::close(write_fd);
            },
        }
    });
}

#[cfg(not(unix))]
fn ensure_cleanup_thread() {}

#[cfg(not(unix))]
pub fn install_signal_cleanup() {}

#[cfg(test)]
#[cfg(unix)]
mod tests {
    use super::*;

    fn sh(script: &str, timeout: Duration) -> Result<Output, ProcessError> {
        let args = vec!["-c".to_string(), script.to_string()];
        Program { path: Path::new("/bin/sh"), args: &args, dir: None, env: &[], timeout }.run(Some(b"hello\n"))
    }

    #[test]
    fn work_is_split_from_the_threshold_on_and_with_two_threads_or_more() {
        let never = || -> usize { panic!("threads asked below the threshold") };
        // below the threshold (empty, one item, one short): this thread, no
        // thread count asked (asking starts the pool's workers)
        assert_eq!(split_threads(0, 4, never), None);
        assert_eq!(split_threads(1, 4, never), None);
        assert_eq!(split_threads(3, 4, never), None);
        // at and above it: the threads, when there are two or more
        assert_eq!(split_threads(4, 4, || 2), Some(2));
        assert_eq!(split_threads(5, 4, || 8), Some(8));
        assert_eq!(split_threads(4, 4, || 1), None);
        // a threshold of zero or one splits any map, even an empty one
        assert_eq!(split_threads(0, 0, || 2), Some(2));
        assert_eq!(split_threads(1, 1, || 3), Some(3));
    }

    #[test]
    fn captures_stdout_stderr_and_exit_code() {
        let out = sh("cat; echo oops >&2; exit 3", Duration::from_secs(10)).unwrap();
        assert_eq!(out.stdout, b"hello\n");
        assert_eq!(out.stderr_text(), "oops");
        assert_eq!(out.code, Some(3));
        assert_eq!(out.status_text(), "exit status 3");
        assert!(!out.success);
    }

    #[test]
    fn kills_the_whole_group_of_a_program_that_hangs() {
        let dir = tempfile::tempdir().unwrap();
        let marker = dir.path().join("late");
        let start = Instant::now();
        // The grandchild would write the marker after 2 s if it survived.
        let script = format!("(sleep 2; touch '{}') & sleep 30", marker.display());
        let err = sh(&script, Duration::from_millis(200)).unwrap_err();
        assert!(err.to_string().contains("timed out after 0.200s"), "{err}");
        assert!(start.elapsed() < Duration::from_secs(5));
        thread::sleep(Duration::from_millis(2500));
        assert!(!marker.exists(), "a grandchild outlived the timeout");
    }

    /// Is `pid` still a live process (not gone, not a zombie)?
    fn alive(pid: i32) -> bool {
        std::fs::read_to_string(format!("/proc/{pid}/stat"))
            .ok()
            .and_then(|s| s.rsplit_once(')').map(|(_, r)| !r.trim_start().starts_with('Z')))
            .unwrap_or(false)
    }

    /// A script whose detached grandchild (`setsid`, optionally with an
    /// empty environment) writes its pid to a file and sleeps; `then` runs
    /// after it is started. Returns the run's result and the detached pid.
    #[cfg(target_os = "linux")]
    fn detached(env_cleared: bool, then: &str, timeout: Duration) -> (Result<Output, ProcessError>, i32) {
        let dir = tempfile::tempdir().unwrap();
        let pidfile = dir.path().join("pid");
        let env = if env_cleared { "env -i PATH=/usr/bin:/bin " } else { "" };
        let script = format!(
            "{env}setsid sh -c 'echo $$ > {p}.tmp; mv {p}.tmp {p}; exec sleep 1000' >/dev/null 2>&1 & \
             while [ ! -s {p} ]; do sleep 0.01; done; {then}",
            p = pidfile.display()
        );
        let start = Instant::now();
        let r = sh(&script, timeout);
        assert!(start.elapsed() < Duration::from_secs(20), "the run waited for the detached process");
        let pid: i32 = std::fs::read_to_string(&pidfile).unwrap().trim().parse().unwrap();
        (r, pid)
    }

    #[test]
    #[cfg(target_os = "linux")]
    fn a_detached_grandchild_is_killed_when_the_program_ends() {
        let (r, pid) = detached(false, "echo done", Duration::from_secs(30));
        assert_eq!(r.unwrap().stdout, b"done\n");
        assert!(!alive(pid), "setsid'd grandchild {pid} outlived its program");
    }

    #[test]
    #[cfg(target_os = "linux")]
    fn a_detached_grandchild_without_the_token_is_killed_too() {
        let (r, pid) = detached(true, "echo done", Duration::from_secs(30));
        assert!(r.unwrap().success);
        assert!(!alive(pid), "detached grandchild {pid} with an empty environment outlived its program");
    }

    #[test]
    #[cfg(target_os = "linux")]
    fn a_detached_grandchild_is_killed_on_timeout() {
        let (r, pid) = detached(false, "sleep 30", Duration::from_millis(1500));
        assert!(matches!(r, Err(ProcessError::TimedOut { .. })), "{r:?}");
        assert!(!alive(pid), "setsid'd grandchild {pid} outlived the timeout");
        let (r, pid) = detached(true, "sleep 30", Duration::from_millis(1500));
        assert!(matches!(r, Err(ProcessError::TimedOut { .. })), "{r:?}");
        assert!(!alive(pid), "detached grandchild {pid} with an empty environment outlived the timeout");
    }

    #[test]
    fn endless_output_is_cut_off_and_the_program_killed() {
        // A small limit for this test only: run() reads it from the
        // environment, so use a child process of the test binary.
        if std::env::var_os("KFORGE_OUTPUT_CHILD").is_some() {
            let start = Instant::now();
            let err = sh("yes kforge", Duration::from_secs(60)).unwrap_err();
            assert!(start.elapsed() < Duration::from_secs(30));
            println!("ERR={err}");
            let err = sh("yes kforge >&2", Duration::from_secs(60)).unwrap_err();
            println!("ERR={err}");
            // Just under the limit is fine.
            let out = sh("head -c 1048576 /dev/zero", Duration::from_secs(60)).unwrap();
            println!("LEN={}", out.stdout.len());
            return;
        }
        let out = Command::new(std::env::current_exe().unwrap())
            .args(["--exact", "process::tests::endless_output_is_cut_off_and_the_program_killed", "--nocapture"])
            .env("KFORGE_OUTPUT_CHILD", "1")
            .env(MAX_OUTPUT_ENV, "1M")
            .output()
            .unwrap();
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(out.status.success(), "{text}");
        assert!(
            text.contains(
                "ERR='/bin/sh' wrote more than 1 MiB to stdout and was killed (set KFORGE_MAX_OUTPUT to allow more)"
            ),
            "{text}"
        );
        assert!(text.contains("ERR='/bin/sh' wrote more than 1 MiB to stderr"), "{text}");
        assert!(text.contains("LEN=1048576"), "{text}");
    }

    #[test]
    fn output_sizes_are_parsed_fallibly_and_capped() {
        assert_eq!(size("S", "100").unwrap(), 100);
        assert_eq!(size("S", "64K").unwrap(), 64 << 10);
        assert_eq!(size("S", "2 MiB").unwrap(), 2 << 20);
        assert_eq!(size("S", "1g").unwrap(), 1 << 30);
        for bad in ["", "0", "-1", "1.5M", "1T", "x", "99999999999999999999", "17G"] {
            let e = size("S", bad).unwrap_err().to_string();
            assert!(e.starts_with(&format!("S={bad:?}")), "{e}");
        }
        assert_eq!(show_size(DEFAULT_MAX_OUTPUT), "256 MiB");
        assert_eq!(show_size(1000), "1000 bytes");
    }

    #[test]
    fn a_program_ignoring_stdin_is_fine() {
        let out = sh("echo done", Duration::from_secs(10)).unwrap();
        assert!(out.success);
        assert_eq!(out.stdout, b"done\n");
    }

    #[test]
    fn missing_program_is_reported() {
        let err =
            Program { path: Path::new("/nonexistent/kforge-x"), args: &[], dir: None, env: &[], timeout: MAX_TIMEOUT }
                .run(None)
                .unwrap_err();
        assert!(err.is_not_found(), "{err}");
        assert!(err.to_string().contains("/nonexistent/kforge-x"), "{err}");
    }

    #[test]
    fn durations_are_parsed_fallibly_and_capped() {
        assert_eq!(seconds("T", "1.5").unwrap(), Duration::from_millis(1500));
        for bad in ["1e300", "inf", "NaN", "-1", "0", "x", "86401"] {
            let e = seconds("T", bad).unwrap_err().to_string();
            assert!(e.starts_with(&format!("T={bad:?}")), "{e}");
        }
        assert_eq!(seconds("T", "86400").unwrap(), MAX_TIMEOUT);
    }

    #[test]
    fn registered_paths_are_removed_by_cleanup() {
        // cleanup_now keeps the registry locked afterwards, so exercise it in
        // a child process: the test binary re-runs itself.
        if std::env::var_os("KFORGE_CLEANUP_CHILD").is_some() {
            let d = temp_dir("kforge-cleanup-test-").unwrap();
            std::fs::write(d.path().join("f"), "x").unwrap();
            println!("DIR={}", d.path().display());
            // An unfinished directory write: one file replaced (its old
            // content saved), one created, beside a directory of the same
            // kind of name that must stay.
            let out = tempfile::tempdir().unwrap().keep();
            println!("OUT={}", out.display());
            std::fs::write(out.join("replaced"), "new").unwrap();
            std::fs::write(out.join(".saved"), "old").unwrap();
            std::fs::write(out.join("created"), "new").unwrap();
            std::fs::create_dir(out.join("dir")).unwrap();
            let guards = [
                register_restore(&out.join(".saved"), &out.join("replaced")),
                register_new_file(&out.join("created")),
                register_new_file(&out.join("dir")),
            ];
            assert_eq!(cleanup_now(), 3);
            std::mem::forget(guards);
            std::mem::forget(d);
            return;
        }
        let exe = std::env::current_exe().unwrap();
        let out = Command::new(exe)
            .args([
                "--exact",
                "process::tests::registered_paths_are_removed_by_cleanup",
                "--nocapture",
                "--test-threads=1",
            ])
            .env("KFORGE_CLEANUP_CHILD", "1")
            .output()
            .unwrap();
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(out.status.success(), "{text}");
        let dir = text
            .lines()
            .find_map(|l| l.split_once("DIR=").map(|(_, d)| d.trim()))
            .expect("child printed its directory");
        assert!(!Path::new(dir).exists(), "{dir} left behind");
        let out_dir = text.lines().find_map(|l| l.split_once("OUT=").map(|(_, d)| d.trim())).expect("an output dir");
        let out_dir = Path::new(out_dir);
        assert_eq!(std::fs::read_to_string(out_dir.join("replaced")).unwrap(), "old", "replaced file not restored");
        assert!(!out_dir.join("created").exists(), "created file left");
        assert!(!out_dir.join(".saved").exists());
        assert!(out_dir.join("dir").is_dir(), "a directory was removed");
        std::fs::remove_dir_all(out_dir).unwrap();
    }
}
