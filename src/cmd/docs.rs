//! `kforge completion` and `kforge man`: documents generated from the CLI
//! definition. Both render to a buffer first, so a closed pipe cannot panic.
use std::io::Write;
use std::path::Path;

use anyhow::{Context, Result};
use clap_complete::Shell;

/// Every shell kforge writes completions for, with the file name its script
/// gets in `completions/` (`kforge completion --dir`).
pub const SHELLS: &[(Shell, &str)] = &[
    (Shell::Bash, "kforge.bash"),
    (Shell::Zsh, "kforge.zsh"),
    (Shell::Fish, "kforge.fish"),
    (Shell::Elvish, "kforge.elv"),
    (Shell::PowerShell, "kforge.ps1"),
];

fn completion_script(mut cmd: clap::Command, shell: Shell) -> Vec<u8> {
    let mut buf = Vec::new();
    clap_complete::generate(shell, &mut cmd, "kforge", &mut buf);
    buf
}

/// Print the completion script for `shell`.
pub fn completions(cmd: clap::Command, shell: Shell) -> Result<()> {
    std::io::stdout().write_all(&completion_script(cmd, shell))?;
    Ok(())
}

/// Write the completion script of every shell into `dir`.
pub fn all_completions(cmd: clap::Command, dir: &Path) -> Result<()> {
    std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
    for (shell, file) in SHELLS {
        let path = dir.join(file);
        crate::emit::write_atomic(&path, &completion_script(cmd.clone(), *shell))
            .with_context(|| format!("writing {}", path.display()))?;
    }
    super::ui::note(format_args!("wrote {} completion scripts into {}", SHELLS.len(), dir.display()));
    Ok(())
}

/// Every command with its page name: ("kforge", top), ("kforge-build", ...),
/// ("kforge-chart-push", ...), without clap's `help` subcommands.
pub fn man_commands(top: clap::Command) -> Vec<(String, clap::Command)> {
    fn walk(cmd: &clap::Command, page: &str, out: &mut Vec<(String, clap::Command)>) {
        out.push((page.to_string(), cmd.clone()));
        for s in cmd.get_subcommands().filter(|s| s.get_name() != "help") {
            walk(s, &format!("{page}-{}", s.get_name()), out);
        }
    }
    // Building sets each subcommand's display name (kforge-chart-push) and
    // usage name (kforge chart push), which the pages use.
    let mut top = top.disable_help_subcommand(true);
    top.build();
    let mut out = Vec::new();
    walk(&top, "kforge", &mut out);
    out
}

fn render_man(cmd: clap::Command) -> Result<Vec<u8>> {
    let mut buf = Vec::new();
    clap_mangen::Man::new(cmd).source(format!("kforge {}", env!("CARGO_PKG_VERSION"))).render(&mut buf)?;
    Ok(buf)
}

/// Print kforge(1), or the page of the subcommand named by `path`
/// (`["chart", "push"]` or `["chart-push"]`: kforge-chart-push(1)).
pub fn man_page(top: clap::Command, path: &[String]) -> Result<()> {
    let page = if path.is_empty() { "kforge".to_string() } else { format!("kforge-{}", path.join("-")) };
    let cmd = man_commands(top)
        .into_iter()
        .find(|(name, _)| *name == page)
        .map(|(_, c)| c)
        .ok_or_else(|| anyhow::anyhow!("no subcommand '{}' (try: kforge --help)", path.join(" ")))?;
    std::io::stdout().write_all(&render_man(cmd)?)?;
    Ok(())
}

/// Write every manual page into `dir` (kforge.1, kforge-build.1, ...).
pub fn all_man_pages(top: clap::Command, dir: &Path) -> Result<()> {
    std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
    let pages = man_commands(top);
    for (name, cmd) in &pages {
        let path = dir.join(format!("{name}.1"));
        crate::emit::write_atomic(&path, &render_man(cmd.clone())?)
            .with_context(|| format!("writing {}", path.display()))?;
    }
    super::ui::note(format_args!("wrote {} manual pages into {}", pages.len(), dir.display()));
    Ok(())
}
