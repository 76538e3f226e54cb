//! The command line as people meet it: examples in every `--help`, the
//! global flags (-q/--quiet, -v/--verbose, --color), flag spellings shared
//! across commands, and the exit codes.
mod common;

use common::{cases_dir, kforge};
use predicates::prelude::*;

/// Split a documented command line as sh would (quotes, no expansion),
/// stopping at a pipe or redirection.
fn shell_words(line: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut cur = String::new();
    let mut has = false;
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        match c {
            '\'' => {
                has = true;
                for c in chars.by_ref() {
                    if c == '\'' {
                        break;
                    }
                    cur.push(c);
                }
            }
            '"' => {
                has = true;
                while let Some(c) = chars.next() {
                    match c {
                        '"' => break,
                        '\\' => cur.extend(chars.next()),
                        c => cur.push(c),
                    }
                }
            }
            c if c.is_whitespace() => {
                if has {
                    words.push(std::mem::take(&mut cur));
                    has = false;
                }
            }
            '|' | '>' | '<' if !has => break,
            c => {
                has = true;
                cur.push(c);
            }
        }
    }
    if has {
        words.push(cur);
    }
    words
}

/// Every command and subcommand, nested ones included, shows examples in
/// its `--help`; the example table names no command that does not exist.
#[test]
fn every_command_has_examples() {
    let cmd = kforge::cli::command("kforge");
    let paths = kforge::cli::examples::command_paths(&cmd);
    assert!(paths.len() >= 60, "only {} commands found", paths.len());
    let missing: Vec<&String> =
        paths.iter().filter(|p| kforge::cli::examples::examples_for(p).is_none_or(|e| e.is_empty())).collect();
    assert!(missing.is_empty(), "commands without examples in src/cli/examples.rs: {missing:?}");
    for (path, _) in kforge::cli::examples::EXAMPLES {
        assert!(paths.iter().any(|p| p == path), "src/cli/examples.rs has examples for '{path}', no such command");
    }
    // What `--help` prints, for a top-level and a nested command.
    for args in
        [vec!["--help"], vec!["build", "--help"], vec!["edit", "set", "image", "--help"], vec!["chart", "push", "-h"]]
    {
        kforge()
            .args(&args)
            .assert()
            .success()
            .stdout(predicate::str::contains("Examples:\n  # ").and(predicate::str::contains("Exit status: 0 ok")));
    }
}

/// Every example is a command line kforge accepts (its flags and arguments
/// parse; the files it names need not exist).
#[test]
fn every_example_parses() {
    let mut bad = Vec::new();
    for (path, examples) in kforge::cli::examples::EXAMPLES {
        for (_, line) in examples.iter() {
            let words = shell_words(line);
            assert_eq!(words.first().map(String::as_str), Some("kforge"), "{line}");
            let want: Vec<&str> = path.split_whitespace().collect();
            assert!(
                words[1..].starts_with(&want.iter().map(|s| s.to_string()).collect::<Vec<_>>()) || path.is_empty(),
                "example of '{path}' runs another command: {line}"
            );
            if let Err(e) = kforge::cli::command("kforge").try_get_matches_from(&words) {
                bad.push(format!("{line}\n{e}"));
            }
        }
    }
    assert!(bad.is_empty(), "examples kforge rejects:\n{}", bad.join("\n"));
}

/// The examples of the kubectl plugin name it as it is called.
#[test]
fn plugin_examples_use_the_plugin_name() {
    assert_cmd::Command::new(env!("CARGO_BIN_EXE_kubectl-kforge")).args(["build", "--help"]).assert().success().stdout(
        predicate::str::contains("Usage: kubectl kforge build")
            .and(predicate::str::contains("  kubectl kforge build overlays/prod")),
    );
}

/// `-q/--quiet` silences warnings; without it they are printed.
#[test]
fn quiet_suppresses_warnings() {
    let dir = cases_dir().join("sort-fifo");
    let loud = kforge().args(["build", "--reorder", "legacy"]).arg(&dir).output().unwrap();
    assert!(loud.status.success());
    assert!(String::from_utf8_lossy(&loud.stderr).contains("sortOptions"), "the case warns");
    for flag in ["-q", "--quiet"] {
        let quiet = kforge().args(["build", "--reorder", "legacy", flag]).arg(&dir).output().unwrap();
        assert!(quiet.status.success());
        assert_eq!(String::from_utf8_lossy(&quiet.stderr), "", "{flag} printed on stderr");
        assert_eq!(quiet.stdout, loud.stdout, "{flag} changed the output");
    }
    // Before the subcommand too (global flags go anywhere).
    kforge().args(["-q", "build", "--reorder", "legacy"]).arg(&dir).assert().success().stderr("");
    // -q and -v together is a usage error.
    kforge().args(["-q", "-v", "version"]).assert().code(2);
}

/// `-v` adds what was done and how long it took; `-vv` is accepted.
#[test]
fn verbose_adds_detail() {
    let dir = cases_dir().join("configmap-generator");
    kforge().arg("build").arg(&dir).assert().success().stderr("");
    kforge()
        .args(["build", "-v"])
        .arg(&dir)
        .assert()
        .success()
        .stderr(predicate::str::contains("kforge: kforge build: finished in"));
    kforge()
        .args(["-vv", "build", "-j", "2"])
        .arg(&dir)
        .assert()
        .success()
        .stderr(predicate::str::contains("kforge: kforge build: jobs 2, color off"));
    kforge().args(["-v", "build", "--verbose"]).arg(&dir).assert().success();
}

/// `--color`: never by default into a pipe, never with NO_COLOR, always
/// when asked; an unknown value is a usage error.
#[test]
fn color_follows_the_flag_terminal_and_no_color() {
    let missing = cases_dir().join("no-such-case");
    let esc = predicate::str::contains("\x1b[");
    // stderr is a pipe here: auto means no colors.
    kforge().arg("build").arg(&missing).assert().code(1).stderr(esc.clone().not());
    kforge().args(["build", "--color", "never"]).arg(&missing).assert().code(1).stderr(esc.clone().not());
    kforge()
        .args(["build", "--color=always"])
        .arg(&missing)
        .assert()
        .code(1)
        .stderr(predicate::str::contains("\x1b[1;31mError:\x1b[0m"));
    kforge().args(["build", "--color", "auto"]).env("NO_COLOR", "1").arg(&missing).assert().code(1).stderr(esc.not());
    kforge().args(["build", "--color", "sometimes"]).assert().code(2).stderr(predicate::str::contains("sometimes"));
    // clap's own usage errors follow --color too.
    kforge()
        .args(["--color", "always", "build", "--no-such-flag"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("\x1b["));
}

/// The exit codes documented in docs/commands/README.md: 0 ok, 1 error,
/// 2 usage. (3, differences found, is tested with the commands that
/// compare: mirror status, build --check, diff.)
#[test]
fn exit_codes() {
    kforge().arg("version").assert().code(0);
    kforge().arg("build").arg(cases_dir().join("no-such-case")).assert().code(1);
    kforge().arg("no-such-command").assert().code(2);
    kforge().args(["build", "--no-such-flag"]).assert().code(2);
    let doc = std::fs::read_to_string(common::root().join("docs/commands/README.md")).unwrap();
    for line in ["| 0 |", "| 1 |", "| 2 |", "| 3 |"] {
        assert!(doc.contains(line), "docs/commands/README.md lacks the row {line}");
    }
}

/// Flags that mean the same thing are spelled the same in every command
/// that has them (short and long name, whether they repeat).
#[test]
fn shared_flags_are_spelled_the_same() {
    use std::collections::BTreeMap;
    // long name -> the short names it has across commands.
    let mut shorts: BTreeMap<String, BTreeMap<Option<char>, Vec<String>>> = BTreeMap::new();
    let cmd = kforge::cli::command("kforge");
    fn walk(cmd: &clap::Command, path: &str, shorts: &mut BTreeMap<String, BTreeMap<Option<char>, Vec<String>>>) {
        for a in cmd.get_arguments() {
            if let Some(long) = a.get_long() {
                shorts.entry(long.to_string()).or_default().entry(a.get_short()).or_default().push(path.to_string());
            }
        }
        for s in cmd.get_subcommands() {
            walk(s, &format!("{path} {}", s.get_name()), shorts);
        }
    }
    walk(&cmd, "kforge", &mut shorts);
    // Long flags with a short form somewhere must have it everywhere,
    // except in `edit` and `create`, which keep kustomize's spelling
    // (`--namespace` without `-n`).
    let mut bad = Vec::new();
    let mut longs_of_short: BTreeMap<char, std::collections::BTreeSet<String>> = BTreeMap::new();
    for (long, by_short) in &shorts {
        let ours: BTreeMap<_, _> = by_short
            .iter()
            .map(|(s, paths)| {
                let p: Vec<&String> =
                    paths.iter().filter(|p| !p.starts_with("kforge edit") && !p.starts_with("kforge create")).collect();
                (s, p)
            })
            .filter(|(_, p)| !p.is_empty())
            .collect();
        if ours.len() > 1 {
            bad.push(format!("--{long}: {ours:?}"));
        }
        for s in by_short.keys().flatten() {
            longs_of_short.entry(*s).or_default().insert(long.clone());
        }
    }
    // A short flag means one thing, except -f: values files in the
    // Helm-like commands (template, chart lint, images), file names in the
    // kubectl-like ones (localize, mirror), kustomize's --force in `edit`.
    for (short, longs) in &longs_of_short {
        let allowed: &[&str] = if *short == 'f' { &["values", "filename", "force"] } else { &[] };
        if longs.len() > 1 && !longs.iter().all(|l| allowed.contains(&l.as_str())) {
            bad.push(format!("-{short} stands for {longs:?}"));
        }
    }
    assert!(bad.is_empty(), "flags spelled differently across commands:\n{}", bad.join("\n"));
    // The shared meanings.
    let want = [
        ("output", Some('o')),
        ("values", Some('f')),
        ("namespace", None),
        ("jobs", Some('j')),
        ("quiet", Some('q')),
        ("verbose", Some('v')),
        ("color", None),
        ("set", None),
        ("set-string", None),
        ("output-dir", None),
    ];
    for (long, short) in want {
        let Some(by_short) = shorts.get(long) else { panic!("no command has --{long}") };
        if long != "namespace" {
            assert!(by_short.contains_key(&short), "--{long} lacks -{short:?}: {by_short:?}");
        }
    }
}

/// Every documented example, and lines with global flags before the
/// subcommand, aliases and mistakes, parse to the same thing with the
/// pruned tree as with the whole one; a line the whole tree rejects is
/// rejected by the pruned tree too (and then parsed again whole).
#[test]
fn pruned_and_whole_trees_parse_alike() {
    let mut lines: Vec<String> = kforge::cli::examples::EXAMPLES
        .iter()
        .flat_map(|(_, ex)| ex.iter().map(|(_, line)| line.to_string()))
        .collect();
    lines.extend(
        [
            "kforge -j 2 build overlays/prod",
            "kforge --quiet --color never template x ./chart --seed 7",
            "kforge build -j 3 . -o out.yaml",
            "kforge init --resources a.yaml",
            "kforge completions bash",
            "kforge template build ./chart",
            "kforge version",
            "kforge version extra",
            "kforge build --no-such-flag",
            "kforge -j 0 build",
            "kforge edit add resource -- build",
            "kforge cfg count .",
            "kforge cfg",
            "kforge man chart push",
            "kforge man --dir out chart",
            "kforge chart",
            "kforge registry login",
            "kforge build help",
            "kforge help build",
            "kforge --verbose",
            "kforge -- build",
        ]
        .map(String::from),
    );
    let mut pruned_parses = 0;
    for line in &lines {
        let argv = shell_words(line);
        let first = argv.iter().skip(1).take_while(|a| *a != "--").find_map(|a| kforge::cli::pruned_command(a));
        let whole = <kforge::cli::Cli as clap::CommandFactory>::command().try_get_matches_from(&argv);
        let Some(pruned) = first else { continue };
        match (pruned.try_get_matches_from(&argv), whole) {
            (Ok(p), Ok(w)) => {
                pruned_parses += 1;
                let p = <kforge::cli::Cli as clap::FromArgMatches>::from_arg_matches(&p)
                    .map(|c| format!("{c:?}"))
                    .map_err(|e| e.to_string());
                let w = <kforge::cli::Cli as clap::FromArgMatches>::from_arg_matches(&w)
                    .map(|c| format!("{c:?}"))
                    .map_err(|e| e.to_string());
                assert_eq!(p, w, "{line}");
            }
            (Ok(_), Err(e)) => panic!("{line}: the pruned tree accepts what the whole tree rejects: {e}"),
            (Err(_), _) => {}
        }
    }
    assert!(pruned_parses > 50, "only {pruned_parses} lines parsed");
}
