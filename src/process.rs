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
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Mutex;
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

/// A program to run.
pub struct Program<'a> {
    /// The program: a path, or a bare name looked up on PATH.
    pub path: &'a Path,
    pub args: &'a [String],
    pub dir: Option<&'a Path>,
    pub env: &'a [(String, String)],
    pub timeout: Duration,
}

impl Program<'_> {
    /// Run to completion with `input` on stdin (`None`: stdin is empty).
    pub fn run(&self, input: Option<&[u8]>) -> Result<Output, ProcessError> {
        let program = self.path.display().to_string();
        let mut cmd = Command::new(self.path);
        cmd.args(self.args).stdout(Stdio::piped()).stderr(Stdio::piped());
        cmd.stdin(if input.is_some() { Stdio::piped() } else { Stdio::null() });
        if let Some(d) = self.dir {
            cmd.current_dir(d);
        }
        for (k, v) in self.env {
            cmd.env(k, v);
        }
        #[cfg(unix)]
        {
            use std::os::unix::process::CommandExt;
            // Own process group, so a timeout kills the program's children too.
            cmd.process_group(0);
        }
        let mut child = cmd.spawn().map_err(|source| ProcessError::Spawn { program: program.clone(), source })?;
        let _group = GroupGuard::new(child.id());
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
        let out_reader = child.stdout.take().map(|s| thread::spawn(move || read_all(s)));
        let err_reader = child.stderr.take().map(|s| thread::spawn(move || read_all(s)));
        let deadline = Instant::now().checked_add(self.timeout);
        let mut pause = Duration::from_millis(1);
        let status = loop {
            match child.try_wait() {
                Ok(Some(st)) => break st,
                Ok(None) => {}
                Err(source) => {
                    kill_group(&mut child);
                    let _ = child.wait();
                    return Err(ProcessError::Wait { program, source });
                }
            }
            if deadline.is_some_and(|d| Instant::now() >= d) {
                kill_group(&mut child);
                let _ = child.wait();
                if let Some(w) = writer {
                    let _ = w.join();
                }
                return Err(ProcessError::TimedOut { program, timeout: self.timeout });
            }
            thread::sleep(pause);
            pause = (pause * 2).min(Duration::from_millis(20));
        };
        // Children the program left running may hold the pipes open: kill them
        // rather than wait for them.
        kill_group(&mut child);
        if let Some(w) = writer {
            let _ = w.join();
        }
        let stdout = out_reader.and_then(|t| t.join().ok()).unwrap_or_default();
        let stderr = err_reader.and_then(|t| t.join().ok()).unwrap_or_default();
        Ok(Output { success: status.success(), code: status.code(), stdout, stderr })
    }
}

fn read_all(mut r: impl Read) -> Vec<u8> {
    let mut buf = Vec::new();
    let _ = r.read_to_end(&mut buf);
    buf
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
// Threads.

/// Stack size of the threads kforge starts to build: documents may nest
/// 10,000 levels deep (the YAML limit), and the emitter, merges, field walks
/// and `Drop` of such trees recurse once per level.
pub const THREAD_STACK: usize = 64 << 20;
/// Stack size of the thread the command runs on.
pub const MAIN_STACK: usize = 256 << 20;

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
pub fn with_big_stack<T: Send, F: FnOnce() -> T + Send>(f: F) -> T {
    let cell = Mutex::new(Some(f));
    let take = || cell.lock().unwrap_or_else(|p| p.into_inner()).take();
    let out = thread::scope(|scope| {
        let spawned = thread::Builder::new()
            .name("kforge".into())
            .stack_size(MAIN_STACK)
            .spawn_scoped(scope, || take().map(|f| f()));
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
    paths: BTreeMap<u64, PathBuf>,
    groups: BTreeMap<u64, u32>,
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
    let id = NEXT_ID.fetch_add(1, Ordering::Relaxed);
    registry().paths.insert(id, path.to_path_buf());
    PathGuard(id)
}

struct GroupGuard(u64);

impl GroupGuard {
    fn new(pid: u32) -> GroupGuard {
        let id = NEXT_ID.fetch_add(1, Ordering::Relaxed);
        registry().groups.insert(id, pid);
        GroupGuard(id)
    }
}

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
    let mut reg = registry();
    let dir = tempfile::Builder::new().prefix(prefix).tempdir()?;
    let id = NEXT_ID.fetch_add(1, Ordering::Relaxed);
    reg.paths.insert(id, dir.path().to_path_buf());
    drop(reg);
    Ok(TempDir { _guard: PathGuard(id), dir })
}

/// Remove every registered path and kill every running program's group.
/// Returns how many paths were removed.
pub fn cleanup_now() -> usize {
    let mut reg = registry();
    #[cfg(unix)]
    for pid in reg.groups.values() {
        if let Ok(p) = i32::try_from(*pid) {
            kill_pgid(p);
        }
    }
    let mut n = 0;
    for p in reg.paths.values() {
        let removed = match std::fs::symlink_metadata(p) {
            Ok(m) if m.is_dir() => std::fs::remove_dir_all(p).is_ok(),
            Ok(_) => std::fs::remove_file(p).is_ok(),
            Err(_) => false,
        };
        n += usize::from(removed);
    }
    reg.paths.clear();
    // Keep the lock: nothing may register new paths on the way out.
    std::mem::forget(reg);
    n
}

/// Block SIGINT and SIGTERM in this thread (and the threads it starts from
/// now on) and wait for them on a dedicated thread that cleans up and exits
/// with 128 + the signal number. Call once, first thing in `main`.
#[cfg(unix)]
pub fn install_signal_cleanup() {
    // SAFETY: plain libc calls on a local, zero-initialised signal set.
    unsafe {
        let mut set: libc::sigset_t = std::mem::zeroed();
        libc::sigemptyset(&mut set);
        libc::sigaddset(&mut set, libc::SIGINT);
        libc::sigaddset(&mut set, libc::SIGTERM);
        if libc::pthread_sigmask(libc::SIG_BLOCK, &set, std::ptr::null_mut()) != 0 {
            return;
        }
        let waiter = thread::Builder::new().name("kforge-signals".into()).spawn(move || {
            let mut sig: libc::c_int = 0;
            loop {
                if libc::sigwait(&set, &mut sig) == 0 {
                    break;
                }
            }
            cleanup_now();
            libc::_exit(128 + sig);
        });
        if waiter.is_err() {
            // No waiter: let the signals kill us as before.
            libc::pthread_sigmask(libc::SIG_UNBLOCK, &set, std::ptr::null_mut());
        }
    }
}

#[cfg(not(unix))]
pub fn install_signal_cleanup() {}

#[cfg(all(test, unix))]
mod tests {
    use super::*;

    fn sh(script: &str, timeout: Duration) -> Result<Output, ProcessError> {
        let args = vec!["-c".to_string(), script.to_string()];
        Program { path: Path::new("/bin/sh"), args: &args, dir: None, env: &[], timeout }.run(Some(b"hello\n"))
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
            assert_eq!(cleanup_now(), 1);
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
    }
}
