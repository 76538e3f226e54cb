//! `kforge completions` and `kforge man`: documents generated from the CLI
//! definition. Both render to a buffer first, so a closed pipe cannot panic.
use std::io::Write;

use anyhow::Result;

/// Print the completion script for `shell`.
pub fn completions(mut cmd: clap::Command, shell: clap_complete::Shell) -> Result<()> {
    let mut buf = Vec::new();
    clap_complete::generate(shell, &mut cmd, "kforge", &mut buf);
    std::io::stdout().write_all(&buf)?;
    Ok(())
}

/// Print kforge(1), or kforge-SUBCOMMAND(1).
pub fn man_page(top: clap::Command, subcommand: Option<&str>) -> Result<()> {
    let cmd = match subcommand {
        None => top,
        Some(name) => {
            let sub = top
                .find_subcommand(name)
                .cloned()
                .ok_or_else(|| anyhow::anyhow!("no subcommand '{name}' (try: kforge --help)"))?;
            sub.name(format!("kforge-{name}"))
        }
    };
    let mut buf = Vec::new();
    clap_mangen::Man::new(cmd).render(&mut buf)?;
    std::io::stdout().write_all(&buf)?;
    Ok(())
}
