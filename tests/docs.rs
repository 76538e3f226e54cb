//! The documentation names only paths that exist in the repository: every
//! `backticked` or linked path under one of the repository's top-level
//! folders in README.md and docs/*.md.
mod common;

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

#[test]
fn documented_paths_exist() {
    let mut files = vec![root().join("README.md")];
    for e in std::fs::read_dir(root().join("docs")).unwrap() {
        let p = e.unwrap().path();
        if p.extension().is_some_and(|x| x == "md") {
            files.push(p);
        }
    }
    let mut missing = Vec::new();
    for f in &files {
        let text = std::fs::read_to_string(f).unwrap();
        for c in candidates(&text) {
            if !root().join(&c).exists() {
                missing.push(format!("{}: {c}", f.strip_prefix(root()).unwrap().display()));
            }
        }
    }
    assert!(missing.is_empty(), "documentation names paths that do not exist:\n{}", missing.join("\n"));
}
