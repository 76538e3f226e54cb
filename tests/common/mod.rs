//! Helpers shared by the end-to-end tests: where the fixtures live, how to
//! run one case, and a short diff for failure messages.
#![allow(dead_code)]

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// Path of the kforge binary cargo built for these tests.
pub const KFORGE: &str = env!("CARGO_BIN_EXE_kforge");

/// The crate root (where testdata/ lives).
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// testdata/cases.
pub fn cases_dir() -> PathBuf {
    root().join("testdata").join("cases")
}

/// `kforge` as an assert_cmd command.
pub fn kforge() -> assert_cmd::Command {
    assert_cmd::Command::new(KFORGE)
}

/// What a case expects.
pub enum Expect {
    /// Exact bytes on stdout.
    Output(String),
    /// Non-zero exit, empty stdout, stderr containing this text.
    Error(String),
}

/// One fixture under testdata/cases/<name>/.
///
/// Layout: the input tree; `expected.yaml` (kustomize v5.7.1's output) or
/// `expected-error.txt` (a substring the error message must contain);
/// optional `dir` (the directory to build, relative to the case; default
/// the case itself); optional `flags` (extra `kforge build` flags, one a line).
pub struct Case {
    pub name: String,
    pub path: PathBuf,
    pub build_dir: PathBuf,
    pub flags: Vec<String>,
    pub expect: Expect,
}

impl Case {
    pub fn load(path: &Path) -> Result<Case, String> {
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let read = |f: &str| fs::read_to_string(path.join(f)).ok();
        let build_dir = match read("dir") {
            Some(d) => path.join(d.trim()),
            None => path.to_path_buf(),
        };
        let flags = read("flags")
            .map(|f| f.lines().map(str::trim).filter(|l| !l.is_empty()).map(String::from).collect())
            .unwrap_or_default();
        let expect = match (read("expected.yaml"), read("expected-error.txt")) {
            (Some(out), None) => Expect::Output(out),
            (None, Some(err)) => {
                let err = err.trim_end_matches('\n').to_string();
                if err.is_empty() {
                    return Err(format!("{name}: expected-error.txt is empty"));
                }
                Expect::Error(err)
            }
            (Some(_), Some(_)) => return Err(format!("{name}: has both expected.yaml and expected-error.txt")),
            (None, None) => return Err(format!("{name}: has neither expected.yaml nor expected-error.txt")),
        };
        Ok(Case { name, path: path.to_path_buf(), build_dir, flags, expect })
    }

    /// Run `kforge build <flags> <dir>`.
    pub fn run(&self) -> std::io::Result<Output> {
        Command::new(KFORGE).arg("build").args(&self.flags).arg(&self.build_dir).output()
    }

    /// None when the run matches the expectation, else a description.
    pub fn check(&self) -> Option<String> {
        let out = match self.run() {
            Ok(o) => o,
            Err(e) => return Some(format!("cannot run kforge: {e}")),
        };
        let stdout = String::from_utf8_lossy(&out.stdout);
        let stderr = String::from_utf8_lossy(&out.stderr);
        match &self.expect {
            Expect::Output(want) => {
                if !out.status.success() {
                    return Some(format!("build failed ({}):\n{}", out.status, indent(&stderr)));
                }
                if stdout != *want {
                    return Some(format!("output differs from expected.yaml:\n{}", first_diff(want, &stdout)));
                }
                None
            }
            Expect::Error(needle) => {
                let mut problems = Vec::new();
                if out.status.success() {
                    problems.push("exited 0, expected an error".to_string());
                }
                if !stdout.is_empty() {
                    problems.push(format!("stdout not empty:\n{}", indent(&head(&stdout, 10))));
                }
                if !stderr.contains(needle.as_str()) {
                    problems.push(format!("stderr lacks {needle:?}; stderr was:\n{}", indent(&stderr)));
                }
                if problems.is_empty() {
                    None
                } else {
                    Some(problems.join("\n"))
                }
            }
        }
    }
}

/// Every case directory, sorted by name.
pub fn all_cases() -> Vec<PathBuf> {
    let mut dirs: Vec<PathBuf> = fs::read_dir(cases_dir())
        .expect("testdata/cases must exist")
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.is_dir())
        .collect();
    dirs.sort();
    dirs
}

fn indent(s: &str) -> String {
    s.lines().map(|l| format!("    {l}\n")).collect()
}

fn head(s: &str, n: usize) -> String {
    s.lines().take(n).collect::<Vec<_>>().join("\n")
}

/// The first differing line with a little context, `-` expected / `+` got.
pub fn first_diff(want: &str, got: &str) -> String {
    let w: Vec<&str> = want.split_inclusive('\n').collect();
    let g: Vec<&str> = got.split_inclusive('\n').collect();
    let at = w.iter().zip(g.iter()).position(|(a, b)| a != b).unwrap_or(w.len().min(g.len()));
    let from = at.saturating_sub(3);
    let mut s = format!("    first difference at line {} (expected {} lines, got {})\n", at + 1, w.len(), g.len());
    for l in &w[from..at] {
        s.push_str(&format!("      {}", show(l)));
    }
    for l in w.iter().skip(at).take(6) {
        s.push_str(&format!("    - {}", show(l)));
    }
    for l in g.iter().skip(at).take(6) {
        s.push_str(&format!("    + {}", show(l)));
    }
    s
}

/// A line for a diff: visible end-of-line problems.
fn show(l: &str) -> String {
    match l.strip_suffix('\n') {
        Some(body) => format!("{body}\n"),
        None => format!("{l}⏎(no newline at end)\n"),
    }
}

/// Split a kustomize stream into its documents (each ending in '\n').
pub fn documents(stream: &str) -> Vec<String> {
    let mut docs = Vec::new();
    let mut cur = String::new();
    for line in stream.split_inclusive('\n') {
        if line == "---\n" {
            docs.push(std::mem::take(&mut cur));
        } else {
            cur.push_str(line);
        }
    }
    if !cur.is_empty() {
        docs.push(cur);
    }
    docs
}

/// `(kind, name)` of each document, from the top-level `kind:` and
/// `metadata.name` lines as kustomize prints them.
pub fn kinds_and_names(stream: &str) -> Vec<(String, String)> {
    documents(stream)
        .iter()
        .map(|d| {
            let kind = d.lines().find_map(|l| l.strip_prefix("kind: ")).unwrap_or("").to_string();
            let mut in_meta = false;
            let mut name = String::new();
            for l in d.lines() {
                if l == "metadata:" {
                    in_meta = true;
                } else if in_meta && !l.starts_with(' ') {
                    in_meta = false;
                } else if in_meta {
                    if let Some(n) = l.strip_prefix("  name: ") {
                        name = n.to_string();
                    }
                }
            }
            (kind, name)
        })
        .collect()
}

/// Copy a directory tree.
pub fn copy_tree(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for e in fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        let dst = to.join(e.file_name());
        if e.file_type().unwrap().is_dir() {
            copy_tree(&e.path(), &dst);
        } else {
            fs::copy(e.path(), dst).unwrap();
        }
    }
}
