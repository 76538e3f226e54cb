//! The documentation stays true:
//! - it names only paths that exist in the repository: every `backticked`
//!   or linked path under one of the repository's top-level folders in
//!   README.md and docs/**/*.md;
//! - every command it shows runs: each line starting with `kforge ` in a
//!   fenced ```sh block of README.md and docs/**/*.md is run with the built
//!   binary, from the repository root (a fresh copy per Markdown file of
//!   the parts of the repository its commands name, so commands that write
//!   leave the checkout alone). `cd DIR` and
//!   `mkdir DIR` lines run too; a `cd` holds until the end of its block.
//!   Blocks that cannot run offline (a registry, a cluster, credentials)
//!   are ```text or ```console.
mod common;

use std::path::{Path, PathBuf};

use common::root;

const TOP: &[&str] =
    &["src/", "tests/", "testdata/", "docs/", "scripts/", "completions/", "plugins/", "benches/", ".ci/", "fuzz/"];

fn candidates(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    // `code` spans and (link) targets.
    for (open, close) in [('`', '`'), ('(', ')')] {
        let mut rest = text;
        while let Some(i) = rest.find(open) {
            let after = &rest[i + 1..];
            let Some(j) = after.find(close) else { break };
            let token = &after[..j];
            rest = &after[j + 1..];
            for word in token.split_whitespace() {
                let w = word.trim_matches(|c: char| ",.;:'\"".contains(c));
                if TOP.iter().any(|t| w.starts_with(t)) && !w.contains(['*', '<', '{', '$']) {
                    out.push(w.to_string());
                }
            }
        }
    }
    out
}

/// README.md and every Markdown file under docs/, sorted.
fn markdown_files() -> Vec<PathBuf> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        for e in std::fs::read_dir(dir).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                walk(&p, out);
            } else if p.extension().is_some_and(|x| x == "md") {
                out.push(p);
            }
        }
    }
    let mut files = Vec::new();
    walk(&root().join("docs"), &mut files);
    files.sort();
    files.insert(0, root().join("README.md"));
    files
}

fn rel(p: &Path) -> String {
    p.strip_prefix(root()).unwrap_or(p).display().to_string()
}

#[test]
fn documented_paths_exist() {
    let mut missing = Vec::new();
    for f in &markdown_files() {
        let text = std::fs::read_to_string(f).unwrap();
        for c in candidates(&text) {
            if !root().join(&c).exists() {
                missing.push(format!("{}: {c}", rel(f)));
            }
        }
    }
    assert!(missing.is_empty(), "documentation names paths that do not exist:\n{}", missing.join("\n"));
}

/// One command line of a ```sh block: its (1-based) line in the file and
/// the number of its block.
struct Shown {
    line: usize,
    block: usize,
    text: String,
}

/// The lines of the ```sh blocks of `text` (continuation lines joined).
fn sh_lines(text: &str) -> Vec<Shown> {
    let mut out = Vec::new();
    let mut fence: Option<(String, bool)> = None; // (marker, runs)
    let mut pending: Option<Shown> = None;
    let mut block = 0;
    for (i, raw) in text.lines().enumerate() {
        let t = raw.trim_start();
        if let Some((marker, runs)) = &fence {
            if t.starts_with(marker.as_str()) && t.trim_start_matches('`').trim().is_empty() {
                fence = None;
                pending = None;
                continue;
            }
            if !runs {
                continue;
            }
            let (piece, continues) = match raw.trim_end().strip_suffix('\\') {
                Some(p) => (p.to_string(), true),
                None => (raw.trim_end().to_string(), false),
            };
            let cur = match pending.take() {
                Some(mut p) => {
                    p.text.push(' ');
                    p.text.push_str(piece.trim());
                    p
                }
                None => Shown { line: i + 1, block, text: piece.trim().to_string() },
            };
            if continues {
                pending = Some(cur);
            } else {
                out.push(cur);
            }
        } else if t.starts_with("```") {
            let marker: String = t.chars().take_while(|&c| c == '`').collect();
            block += 1;
            let info = t[marker.len()..].trim();
            fence = Some((marker, info == "sh"));
        }
    }
    out
}

/// The parts of the repository the command lines name: for every word
/// holding `testdata/`, `docs/` or `completions/`, that folder's path up to
/// three levels deep (testdata/examples/shop), so the copy stays small.
fn named_parts(lines: &[Shown]) -> std::collections::BTreeSet<PathBuf> {
    let mut parts = std::collections::BTreeSet::new();
    for l in lines {
        for word in l.text.split_whitespace() {
            let word = word.trim_matches(|c: char| "'\",;|()".contains(c));
            for top in ["testdata/", "docs/", "completions/"] {
                if let Some(i) = word.find(top) {
                    let p: PathBuf = Path::new(&word[i..]).components().take(3).collect();
                    if root().join(&p).exists() {
                        parts.insert(p);
                    }
                }
            }
        }
    }
    parts
}

/// Copy `parts` of the repository (files or folders) under `dest`.
fn copy_parts(parts: &std::collections::BTreeSet<PathBuf>, dest: &Path) {
    fn copy(from: &Path, to: &Path) {
        let meta = std::fs::symlink_metadata(from).unwrap();
        if meta.is_dir() {
            std::fs::create_dir_all(to).unwrap();
            for e in std::fs::read_dir(from).unwrap() {
                let e = e.unwrap();
                copy(&e.path(), &to.join(e.file_name()));
            }
        } else if meta.file_type().is_symlink() {
            std::os::unix::fs::symlink(std::fs::read_link(from).unwrap(), to).unwrap();
        } else {
            std::fs::create_dir_all(to.parent().unwrap()).unwrap();
            std::fs::copy(from, to).unwrap();
        }
    }
    for p in parts {
        if !dest.join(p).exists() {
            copy(&root().join(p), &dest.join(p));
        }
    }
}

#[test]
fn documented_commands_run() {
    let bin = tempfile::tempdir().unwrap();
    std::os::unix::fs::symlink(common::KFORGE, bin.path().join("kforge")).unwrap();
    let mut path = vec![bin.path().to_path_buf()];
    path.extend(std::env::split_paths(&std::env::var_os("PATH").unwrap_or_default()));
    let path = std::env::join_paths(path).unwrap();

    let mut ran = 0;
    let mut failures = Vec::new();
    for f in &markdown_files() {
        let text = std::fs::read_to_string(f).unwrap();
        let lines: Vec<Shown> = sh_lines(&text)
            .into_iter()
            .filter(|l| ["kforge ", "cd ", "mkdir "].iter().any(|p| l.text.starts_with(p)))
            .collect();
        if !lines.iter().any(|l| l.text.starts_with("kforge ")) {
            continue;
        }
        let copy = tempfile::tempdir().unwrap();
        copy_parts(&named_parts(&lines), copy.path());
        let mut cwd = copy.path().to_path_buf();
        let mut block = 0;
        for l in lines {
            if l.block != block {
                block = l.block;
                cwd = copy.path().to_path_buf();
            }
            if let Some(dir) = l.text.strip_prefix("cd ") {
                cwd = cwd.join(dir.trim());
                assert!(cwd.is_dir(), "{}:{}: `{}`: no such directory", rel(f), l.line, l.text);
                continue;
            }
            ran += usize::from(l.text.starts_with("kforge "));
            let out = std::process::Command::new("sh")
                .arg("-c")
                .arg(&l.text)
                .current_dir(&cwd)
                .env("PATH", &path)
                .env("NO_COLOR", "1")
                .stdin(std::process::Stdio::null())
                .output()
                .unwrap();
            if !out.status.success() {
                failures.push(format!(
                    "{}:{}: `{}` exited with {:?}:\n{}",
                    rel(f),
                    l.line,
                    l.text,
                    out.status.code(),
                    String::from_utf8_lossy(&out.stderr)
                ));
            }
        }
    }
    assert!(failures.is_empty(), "documented commands fail:\n{}", failures.join("\n"));
    assert!(
        ran >= 40,
        "only {ran} documented commands ran: the docs show too few ```sh examples, or the extraction broke"
    );
}

#[test]
fn sh_blocks_are_extracted_with_their_lines() {
    let md = "intro\n```sh\nkforge build a \\\n  -o b\n# note\n```\n```text\nkforge nope\n```\n  ```sh\n  kforge version\n  ```\n";
    let got: Vec<(usize, usize, String)> = sh_lines(md).into_iter().map(|s| (s.line, s.block, s.text)).collect();
    assert_eq!(
        got,
        vec![
            (3, 1, "kforge build a -o b".to_string()),
            (5, 1, "# note".to_string()),
            (11, 3, "kforge version".to_string())
        ]
    );
}
