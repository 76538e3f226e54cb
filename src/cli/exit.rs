//! The process exit status of every kforge command.
use std::process::ExitCode;

/// What a command's outcome means to the shell.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExitStatus {
    /// 0: done.
    Success = 0,
    /// 1: the command failed (bad input, I/O, a failing plugin ...).
    Error = 1,
    /// 2: the command line itself was wrong (clap's usage errors exit 2).
    Usage = 2,
    /// 3: a comparison found differences (drift).
    Differences = 3,
}

impl From<ExitStatus> for ExitCode {
    fn from(s: ExitStatus) -> ExitCode {
        ExitCode::from(s as u8)
    }
}
