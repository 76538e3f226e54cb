//! Flags every command takes: `-q/--quiet`, `-v/--verbose` and `--color`.
//! (`-j/--jobs` sits beside them in [`super::Cli`].)
use std::io::IsTerminal;

use clap::{ArgAction, Args, ValueEnum};

/// When to color what kforge prints on a terminal.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, ValueEnum)]
pub enum ColorWhen {
    /// Color when stderr is a terminal and NO_COLOR is not set.
    #[default]
    Auto,
    /// Always color (also into pipes and files).
    Always,
    /// Never color.
    Never,
}

impl ColorWhen {
    /// Whether to color, for `auto` deciding from `NO_COLOR` and whether
    /// stderr is a terminal.
    pub fn enabled(self) -> bool {
        match self {
            ColorWhen::Always => true,
            ColorWhen::Never => false,
            ColorWhen::Auto => no_color_unset() && std::io::stderr().is_terminal(),
        }
    }

    /// The choice handed to clap for help and usage errors.
    pub fn clap_choice(self) -> clap::ColorChoice {
        match self {
            ColorWhen::Always => clap::ColorChoice::Always,
            ColorWhen::Never => clap::ColorChoice::Never,
            ColorWhen::Auto if self.enabled() => clap::ColorChoice::Auto,
            ColorWhen::Auto => clap::ColorChoice::Never,
        }
    }

    /// `--color WHEN` / `--color=WHEN` as written on a command line, read
    /// before clap parses it (clap's own help and errors need the choice
    /// first). Unknown values are left to clap to reject.
    pub fn from_args<I: IntoIterator<Item = std::ffi::OsString>>(args: I) -> ColorWhen {
        let mut found = ColorWhen::Auto;
        let mut next_is_value = false;
        for a in args {
            let Some(a) = a.to_str().map(str::to_string) else { continue };
            if a == "--" {
                break;
            }
            let value = if next_is_value {
                next_is_value = false;
                Some(a.as_str())
            } else if a == "--color" {
                next_is_value = true;
                None
            } else {
                a.strip_prefix("--color=")
            };
            if let Some(v) = value.and_then(|v| ColorWhen::from_str(v, false).ok()) {
                found = v;
            }
        }
        found
    }
}

/// NO_COLOR (https://no-color.org): set to anything but the empty string.
fn no_color_unset() -> bool {
    std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
}

/// The global flags.
#[derive(Debug, Args)]
pub struct GlobalArgs {
    /// Print only results and errors: no warnings, notes or progress.
    #[arg(short = 'q', long = "quiet", global = true, conflicts_with = "verbose")]
    pub quiet: bool,
    /// Print more on stderr: what is done and how long it took (repeat for more: -vv).
    #[arg(short = 'v', long = "verbose", global = true, action = ArgAction::Count)]
    pub verbose: u8,
    /// Color output: auto (when stderr is a terminal and NO_COLOR is unset), always or never.
    #[arg(long = "color", global = true, value_enum, value_name = "WHEN", default_value_t = ColorWhen::Auto)]
    pub color: ColorWhen,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(a: &[&str]) -> Vec<std::ffi::OsString> {
        a.iter().map(Into::into).collect()
    }

    #[test]
    fn color_is_read_before_parsing() {
        assert_eq!(ColorWhen::from_args(args(&["kforge", "build", "--color", "never"])), ColorWhen::Never);
        assert_eq!(ColorWhen::from_args(args(&["kforge", "--color=always", "build"])), ColorWhen::Always);
        assert_eq!(ColorWhen::from_args(args(&["kforge", "build", "--", "--color=always"])), ColorWhen::Auto);
        assert_eq!(ColorWhen::from_args(args(&["kforge", "--color", "purple"])), ColorWhen::Auto);
    }

    #[test]
    fn explicit_choices_do_not_look_at_the_terminal() {
        assert!(ColorWhen::Always.enabled());
        assert!(!ColorWhen::Never.enabled());
        assert_eq!(ColorWhen::Never.clap_choice(), clap::ColorChoice::Never);
    }
}
