use std::io::Write;
use std::process::ExitCode;

use clap::{CommandFactory, Parser};
use kforge::cli::{Cli, Command};

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match &cli.command {
        Command::Build(args) => kforge::cmd::build::run(&args.options(), args.output.as_ref()),
        Command::Completions(args) => {
            let mut buf = Vec::new();
            clap_complete::generate(args.shell, &mut Cli::command(), "kforge", &mut buf);
            std::io::stdout().write_all(&buf).map_err(Into::into)
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            if is_broken_pipe(&e) {
                return ExitCode::SUCCESS;
            }
            eprintln!("Error: {e}");
            for cause in e.chain().skip(1) {
                eprintln!("  caused by: {cause}");
            }
            ExitCode::from(1)
        }
    }
}

fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain()
        .any(|c| c.downcast_ref::<std::io::Error>().is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe))
}
