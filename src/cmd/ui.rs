//! What the CLI prints beside results, as the global flags ask:
//! `-q/--quiet` silences warnings, notes and progress; `-v/--verbose` adds
//! detail; `--color` decides whether stderr gets colors. Set once at start.
use std::fmt::Display;
use std::io::Write;
use std::sync::atomic::{AtomicBool, AtomicU8, Ordering};

static QUIET: AtomicBool = AtomicBool::new(false);
static VERBOSE: AtomicU8 = AtomicU8::new(0);
static COLOR: AtomicBool = AtomicBool::new(false);

/// Record the global flags.
pub fn configure(quiet: bool, verbose: u8, color: bool) {
    QUIET.store(quiet, Ordering::Relaxed);
    VERBOSE.store(if quiet { 0 } else { verbose }, Ordering::Relaxed);
    COLOR.store(color, Ordering::Relaxed);
}

/// `-q/--quiet` was given.
pub fn quiet() -> bool {
    QUIET.load(Ordering::Relaxed)
}

/// How many `-v` were given (0 with `--quiet`).
pub fn verbosity() -> u8 {
    VERBOSE.load(Ordering::Relaxed)
}

/// Whether stderr gets colors (`--color`, NO_COLOR, terminal).
pub fn color() -> bool {
    COLOR.load(Ordering::Relaxed)
}

/// `text` in an SGR color (e.g. "1;31" bold red) when colors are on.
pub fn paint(text: &str, sgr: &str) -> String {
    if color() {
        format!("\x1b[{sgr}m{text}\x1b[0m")
    } else {
        text.to_string()
    }
}

/// A warning line on stderr, `Warning: ` before it (yellow with colors);
/// nothing with `--quiet`.
pub fn warning(message: impl Display) {
    if !quiet() {
        let _ = writeln!(std::io::stderr().lock(), "{} {message}", paint("Warning:", "33"));
    }
}

/// A note or progress line on stderr, as given; nothing with `--quiet`.
pub fn note(message: impl Display) {
    if !quiet() {
        let _ = writeln!(std::io::stderr().lock(), "{message}");
    }
}

/// A line on stderr shown with at least `level` `-v` flags.
pub fn detail(level: u8, message: impl Display) {
    if verbosity() >= level {
        let _ = writeln!(std::io::stderr().lock(), "{} {message}", paint("kforge:", "2"));
    }
}
