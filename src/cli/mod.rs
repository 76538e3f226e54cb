//! Command-line definitions (clap only): each subcommand fills an options
//! struct and calls one verb in `cmd`.
pub mod build;
pub mod cfg;
pub mod chart;
pub mod chart_oci;
pub mod diff;
pub mod edit;
pub mod examples;
pub mod exit;
pub mod global;
pub mod images;
pub mod localize;
pub mod mirror;
pub mod oci_flags;
pub mod registry;
pub mod template;

use std::process::ExitCode;

use clap::{CommandFactory, FromArgMatches, Parser, Subcommand};

pub use exit::ExitStatus;

/// The parsed command line: the global flags and the subcommand `C`
/// ([`Command`] for kforge's; a one-subcommand enum when only the invoked
/// subcommand is built, see [`pruned_command`]).
#[derive(Debug, Parser)]
#[command(name = "kforge", version, about = "Build kustomizations and charts, and move them to regional mirrors")]
pub struct CliOf<C: Subcommand> {
    /// Threads to use for parsing, transforming and writing (default: one per core).
    #[arg(short = 'j', long = "jobs", global = true, value_parser = clap::value_parser!(u16).range(1..))]
    pub jobs: Option<u16>,
    #[command(flatten)]
    pub global: global::GlobalArgs,
    #[command(subcommand)]
    pub command: C,
}

/// kforge's command line.
pub type Cli = CliOf<Command>;

/// Declares [`Command`] (every subcommand) and, from the same variant
/// definitions, one enum per subcommand holding only that variant, so the
/// parser can build the one subcommand a run asks for ([`pruned_command`])
/// with exactly the attributes of the full tree.
macro_rules! subcommands {
    ($( $only:ident [ $(#[$attr:meta])* $name:ident $($body:tt)? ] ),* $(,)?) => {
        #[derive(Debug, Subcommand)]
        pub enum Command {
            $( $(#[$attr])* $name $($body)?, )*
        }

        $(
            #[doc(hidden)]
            #[derive(Debug, Subcommand)]
            pub enum $only {
                $(#[$attr])* $name $($body)?
            }
        )*

        /// The command tree with only the subcommand `name` (the name of
        /// one of [`Command`]'s, not an alias), as [`Cli::command`] would
        /// build it; its position among the subcommands (clap's display
        /// order) is kept. `None` for any other word.
        pub fn pruned_command(name: &str) -> Option<clap::Command> {
            let mut position = 0usize;
            $(
                if <$only as Subcommand>::has_subcommand(name) {
                    let cmd = CliOf::<$only>::command();
                    return Some(cmd.mut_subcommand(name, |sub| {
                        let first = sub.get_display_order();
                        sub.display_order(first + position)
                    }));
                }
                position += 1;
            )*
            let _ = position;
            None
        }
    };
}

subcommands! {
    OnlyBuild [
        /// Build a kustomization directory and print the resources (like `kustomize build`).
        Build(build::BuildArgs)
    ],
    OnlyEdit [
        /// Change the kustomization file in the current directory (like `kustomize edit`).
        Edit(edit::EditArgs)
    ],
    OnlyCreate [
        /// Create a kustomization.yaml in the current directory (like `kustomize create`).
        #[command(visible_alias = "init")]
        Create(edit::CreateArgs)
    ],
    OnlyLocalize [
        /// Vendor a kustomization into a new directory (like `kustomize localize`), or, with --mirror, rewrite every image to a regional mirror.
        Localize(localize::LocalizeArgs)
    ],
    OnlyCfg [
        /// Read resource files (like `kustomize cfg`): count.
        #[command(subcommand)]
        Cfg(cfg::CfgCommand)
    ],
    OnlyVersion [
        /// Print the version, the commit, and the kustomize and Helm versions kforge matches.
        Version
    ],
    OnlyCompletion [
        /// Print a shell completion script (bash, zsh, fish, elvish, powershell).
        #[command(visible_alias = "completions")]
        Completion(CompletionsArgs)
    ],
    OnlyImages [
        /// List every container image with where it came from (a CI gate with --allowed-registries).
        Images(images::ImagesArgs)
    ],
    OnlyMirror [
        /// Mirror images (and charts) to another registry, check mirrors are current, runtime mirror configuration.
        #[command(subcommand)]
        Mirror(mirror::MirrorCommand)
    ],
    OnlyDiff [
        /// Compare two renders (files, directories or -) by resource id; exit 3 when they differ.
        Diff(diff::DiffArgs)
    ],
    OnlyTemplate [
        /// Render a chart (like `helm template`).
        Template(template::TemplateArgs)
    ],
    OnlyChart [
        /// Create, lint, package and index charts.
        Chart(chart::ChartArgs)
    ],
    OnlyRegistry [
        /// Log in to and out of container registries.
        #[command(subcommand)]
        Registry(registry::RegistryCommand)
    ],
    OnlyMan [
        /// Print a manual page (roff): kforge(1), or kforge-SUBCOMMAND(1) (nested: kforge man chart push).
        Man {
            /// Subcommand whose page to print (default: the main page); nested ones as `chart push` or `chart-push`.
            subcommand: Vec<String>,
            /// Write every page (kforge.1, kforge-build.1, kforge-chart-push.1, ...) into this directory instead.
            #[arg(long, value_name = "DIR", conflicts_with = "subcommand")]
            dir: Option<std::path::PathBuf>,
        }
    ],
}

#[derive(Debug, clap::Args)]
pub struct CompletionsArgs {
    /// Shell to generate completions for.
    #[arg(value_enum, required_unless_present = "dir")]
    pub shell: Option<clap_complete::Shell>,
    /// Write the scripts for every shell (kforge.bash, kforge.zsh, kforge.fish, kforge.elv, kforge.ps1) into this directory instead.
    #[arg(long, value_name = "DIR", conflicts_with = "shell")]
    pub dir: Option<std::path::PathBuf>,
}

/// The clap command tree with the examples attached ([`examples::apply`]);
/// `bin_name` is how the user called kforge.
pub fn command(bin_name: &str) -> clap::Command {
    examples::apply(Cli::command(), bin_name)
}

/// Entry point shared by `kforge` and `kubectl-kforge` (the kubectl plugin).
/// `bin_name` is how the user called us, for usage and completions.
pub fn main(bin_name: &str) -> ExitCode {
    // SIGINT / SIGTERM remove clones, staged output and running programs.
    crate::process::install_signal_cleanup();
    let (cli, verb) = Cli::parse_from_name(bin_name);
    crate::cmd::set_jobs(cli.jobs.map(usize::from));
    crate::cmd::ui::configure(cli.global.quiet, cli.global.verbose, cli.global.color.enabled());
    let started = std::time::Instant::now();
    crate::cmd::ui::detail(
        2,
        format_args!(
            "{bin_name} {verb}: jobs {}, color {}",
            cli.jobs.map_or_else(|| "one per core".to_string(), |j| j.to_string()),
            if crate::cmd::ui::color() { "on" } else { "off" }
        ),
    );
    // Deep documents are walked recursively: the command runs on a thread
    // with a large stack.
    let result = crate::process::with_big_stack(|| match &cli.command {
        Command::Build(args) if args.fleet.is_active() => diff::build(args),
        Command::Diff(args) => diff::diff(args),
        Command::Build(args) => {
            crate::cmd::build::run_mirrored(&args.options(), args.output.as_ref(), args.mirror.as_deref())
        }
        Command::Images(args) => crate::cmd::images::run(&args.options()),
        Command::Mirror(c) => mirror::run(c, cli.jobs),
        Command::Registry(c) => registry::run(c),
        Command::Edit(args) => crate::cmd::edit::run(&crate::edit::EditOptions {
            dir: std::path::PathBuf::from("."),
            op: args.op(),
            warnings: crate::cmd::stderr_warnings(),
        }),
        Command::Create(args) => crate::cmd::edit::create(&args.options(std::path::PathBuf::from("."))),
        Command::Localize(args) => localize_verb(args),
        Command::Cfg(cfg::CfgCommand::Count(a)) => crate::cmd::cfg::count(a.dir.as_deref(), a.kind),
        Command::Version => crate::cmd::version::run(),
        Command::Completion(args) => match (&args.dir, args.shell) {
            (Some(dir), _) => crate::cmd::docs::all_completions(command("kforge"), dir),
            (None, Some(shell)) => crate::cmd::docs::completions(command("kforge"), shell),
            (None, None) => Err(anyhow::anyhow!("name a shell or --dir")),
        },
        Command::Template(args) => {
            let (chart, opts, values) = args.options();
            match &args.mirror {
                Some(map) => {
                    crate::cmd::localize::template_mirrored(&chart, opts, &values, args.output_dir.as_ref(), map)
                }
                None => crate::cmd::template::run(&chart, opts, &values, args.output_dir.as_ref()),
            }
        }
        Command::Chart(args) => chart::run(&args.command),
        Command::Man { subcommand, dir: Some(dir) } if subcommand.is_empty() => {
            crate::cmd::docs::all_man_pages(command("kforge"), dir)
        }
        Command::Man { subcommand, .. } => crate::cmd::docs::man_page(command("kforge"), subcommand),
    });
    crate::cmd::ui::detail(1, format_args!("{bin_name} {verb}: finished in {:.3} s", started.elapsed().as_secs_f64()));
    match result {
        Ok(()) => ExitStatus::Success.into(),
        Err(e) => {
            if is_broken_pipe(&e) {
                return ExitStatus::Success.into();
            }
            if e.downcast_ref::<crate::cmd::diff::DifferencesFound>().is_some() {
                return ExitStatus::Differences.into();
            }
            eprintln!("{} {e}", crate::cmd::ui::paint("Error:", "1;31"));
            for cause in e.chain().skip(1) {
                eprintln!("  caused by: {cause}");
            }
            ExitStatus::Error.into()
        }
    }
}

fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| c.downcast_ref::<std::io::Error>().is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe))
}

impl Cli {
    /// The parsed command line and the subcommand's name.
    fn parse_from_name(bin_name: &str) -> (Cli, String) {
        // `--version` prints what `kforge version` prints (clap's own
        // version text stays plain so the manual pages do not change per commit).
        if matches!(std::env::args().nth(1).as_deref(), Some("--version" | "-V")) && std::env::args().len() == 2 {
            let code = match crate::cmd::version::run() {
                Ok(()) => 0,
                Err(_) => 1,
            };
            std::process::exit(code);
        }
        let color = global::ColorWhen::from_args(std::env::args_os());
        // The examples only show in help texts: parse without them
        // (attaching them is an eighth of the instructions of rendering a
        // small chart), and again with them when clap has something to
        // print (help, version, a usage error).
        //
        // Nor are the other subcommands needed to parse a valid command
        // line: build the tree with only the subcommand named by the first
        // word that names one (building all fourteen was a third of the
        // instructions of `kforge version`). The whole tree would read
        // that line the same way: no word before it names a subcommand, so
        // both read them as global flags, and the words after it go to
        // that subcommand, which is built exactly as in the whole tree (a
        // test compares them). Anything this tree rejects (help, a usage
        // error) is parsed again below with the whole tree, which prints
        // what it always printed.
        let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
        let pruned =
            args.iter().skip(1).take_while(|a| a.as_os_str() != "--").find_map(|a| a.to_str().and_then(pruned_command));
        let mut cli_command = pruned.unwrap_or_else(Cli::command).bin_name(bin_name).color(color.clap_choice());
        let parsed = cli_command.try_get_matches_from_mut(&args);
        // The command tree is not used again: freeing its few thousand
        // allocations was a tenth of `kforge version`.
        std::mem::forget(cli_command);
        let matches = match parsed {
            Ok(m) => m,
            Err(_) => command(bin_name).bin_name(bin_name).color(color.clap_choice()).get_matches(),
        };
        let verb = matches.subcommand_name().unwrap_or_default().to_string();
        match Cli::from_arg_matches(&matches) {
            Ok(c) => (c, verb),
            Err(e) => e.exit(),
        }
    }
}

/// `kforge localize`: vendoring, image rewriting, or vendoring then image
/// rewriting of the vendored copy (DEST with --mirror).
fn localize_verb(args: &localize::LocalizeArgs) -> anyhow::Result<()> {
    if !args.rewrites_images() {
        return crate::cmd::localize::vendor(&args.vendor_options());
    }
    let vendored = match &args.dest {
        Some(dest) => {
            crate::cmd::localize::vendor(&args.vendor_options())?;
            Some(dest.clone())
        }
        None => None,
    };
    crate::cmd::localize::run(&args.options(vendored)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each subcommand built alone is the subcommand of the whole tree:
    /// same arguments, settings, texts, nested subcommands, aliases and
    /// display position; the global flags are the same.
    #[test]
    fn a_pruned_tree_has_the_subcommand_of_the_whole_tree() {
        let full = Cli::command();
        let mut names = 0;
        for sub in full.get_subcommands() {
            let name = sub.get_name();
            let pruned = pruned_command(name).unwrap_or_else(|| panic!("no pruned tree for {name}"));
            assert_eq!(pruned.get_subcommands().count(), 1, "{name}");
            let alone = pruned.find_subcommand(name).unwrap_or_else(|| panic!("{name} missing"));
            assert_eq!(format!("{alone:?}"), format!("{sub:?}"), "{name}");
            // An alias is not looked up (the whole tree parses it).
            for alias in sub.get_all_aliases() {
                assert!(pruned_command(alias).is_none(), "{alias}");
            }
            let args = |c: &clap::Command| format!("{:?}", c.get_arguments().collect::<Vec<_>>());
            assert_eq!(args(&pruned), args(&full), "{name}");
            assert_eq!(pruned.get_name(), full.get_name());
            assert_eq!(pruned.get_version(), full.get_version());
            assert_eq!(format!("{:?}", pruned.get_about()), format!("{:?}", full.get_about()));
            assert_eq!(pruned.is_subcommand_required_set(), full.is_subcommand_required_set());
            assert_eq!(pruned.is_arg_required_else_help_set(), full.is_arg_required_else_help_set());
            names += 1;
        }
        assert_eq!(names, 14);
        for word in ["help", "nope", "-j", "--version", ""] {
            assert!(pruned_command(word).is_none(), "{word}");
        }
    }
}
