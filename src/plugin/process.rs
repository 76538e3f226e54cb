//! Running an external plugin program: stdin fed from memory, stdout and
//! stderr captured, and a deadline after which the program (and everything
//! it started) is killed.
use std::io::{Read, Write};
use std::path::Path;
use std::process::{Command, Stdio};
use std::thread;
use std::time::{Duration, Instant};

use anyhow::{bail, Context, Result};

/// Environment variable overriding the plugin timeout, in seconds.
pub const TIMEOUT_ENV: &str = "KFORGE_FN_TIMEOUT";
/// How long a plugin may run unless `KFORGE_FN_TIMEOUT` says otherwise.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(60);

/// The timeout from `KFORGE_FN_TIMEOUT` (seconds, fractions allowed), else the default.
pub fn timeout_from_env() -> Result<Duration> {
    match std::env::var(TIMEOUT_ENV) {
        Ok(s) if !s.trim().is_empty() => {
            let secs: f64 = s
                .trim()
                .parse()
                .ok()
                .filter(|v: &f64| v.is_finite() && *v > 0.0)
                .with_context(|| {
                    format!("{TIMEOUT_ENV}={s:?}: expected a positive number of seconds")
                })?;
            Ok(Duration::from_secs_f64(secs))
        }
        _ => Ok(DEFAULT_TIMEOUT),
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
}

/// A program to run.
pub struct Program<'a> {
    pub path: &'a Path,
    pub args: &'a [String],
    pub dir: Option<&'a Path>,
    pub env: &'a [(String, String)],
    pub timeout: Duration,
}

impl Program<'_> {
    /// Run to completion with `input` on stdin. Errors when the program
    /// cannot start or outlives the timeout; a non-zero exit is reported in
    /// the [`Output`], not as an error.
    pub fn run(&self, input: &[u8]) -> Result<Output> {
        let mut cmd = Command::new(self.path);
        cmd.args(self.args)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
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
        let mut child = cmd
            .spawn()
            .with_context(|| format!("cannot run plugin '{}'", self.path.display()))?;
        let mut stdin = child.stdin.take();
        let input = input.to_vec();
        let writer = thread::spawn(move || {
            if let Some(s) = stdin.as_mut() {
                // A program that does not read its input closes the pipe: not an error.
                let _ = s.write_all(&input);
            }
            drop(stdin);
        });
        let out_reader = child.stdout.take().map(|mut s| {
            thread::spawn(move || {
                let mut buf = Vec::new();
                let _ = s.read_to_end(&mut buf);
                buf
            })
        });
        let err_reader = child.stderr.take().map(|mut s| {
            thread::spawn(move || {
                let mut buf = Vec::new();
                let _ = s.read_to_end(&mut buf);
                buf
            })
        });
        let deadline = Instant::now() + self.timeout;
        let status = loop {
            if let Some(st) = child.try_wait().context("waiting for plugin")? {
                break st;
            }
            if Instant::now() >= deadline {
                kill_group(&mut child);
                let _ = child.wait();
                bail!(
                    "plugin '{}' timed out after {} and was killed (set {TIMEOUT_ENV} to allow more time)",
                    self.path.display(),
                    show_duration(self.timeout)
                );
            }
            thread::sleep(Duration::from_millis(5));
        };
        // Children the program left running may hold the pipes open: kill them
        // rather than wait for them.
        kill_group(&mut child);
        let _ = writer.join();
        let stdout = out_reader.and_then(|t| t.join().ok()).unwrap_or_default();
        let stderr = err_reader.and_then(|t| t.join().ok()).unwrap_or_default();
        Ok(Output {
            success: status.success(),
            code: status.code(),
            stdout,
            stderr,
        })
    }
}

fn show_duration(d: Duration) -> String {
    if d.subsec_millis() == 0 {
        format!("{}s", d.as_secs())
    } else {
        format!("{:.3}s", d.as_secs_f64())
    }
}

#[cfg(unix)]
fn kill_group(child: &mut std::process::Child) {
    if let Ok(pid) = i32::try_from(child.id()) {
        // SAFETY: kill(2) with a negative pid signals the process group the
        // child leads (created with process_group(0)); no memory is involved.
        unsafe {
            libc::kill(-pid, libc::SIGKILL);
        }
    }
    let _ = child.kill();
}

#[cfg(not(unix))]
fn kill_group(child: &mut std::process::Child) {
    let _ = child.kill();
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;
    use std::path::PathBuf;

    fn sh(script: &str, timeout: Duration) -> Result<Output> {
        let args = vec!["-c".to_string(), script.to_string()];
        Program {
            path: &PathBuf::from("/bin/sh"),
            args: &args,
            dir: None,
            env: &[],
            timeout,
        }
        .run(b"hello\n")
    }

    #[test]
    fn captures_stdout_stderr_and_exit_code() {
        let out = sh("cat; echo oops >&2; exit 3", Duration::from_secs(10)).unwrap();
        assert_eq!(out.stdout, b"hello\n");
        assert_eq!(out.stderr_text(), "oops");
        assert_eq!(out.code, Some(3));
        assert!(!out.success);
    }

    #[test]
    fn kills_a_program_that_hangs() {
        let start = Instant::now();
        let err = sh("sleep 30", Duration::from_millis(200)).unwrap_err();
        assert!(err.to_string().contains("timed out after 0.200s"), "{err}");
        assert!(start.elapsed() < Duration::from_secs(5));
    }

    #[test]
    fn a_program_ignoring_stdin_is_fine() {
        let out = sh("echo done", Duration::from_secs(10)).unwrap();
        assert!(out.success);
        assert_eq!(out.stdout, b"done\n");
    }
}
