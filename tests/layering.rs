//! The layering rule of docs/architecture.md, checked on the source: every
//! top-level module of `src/` imports only modules below it (so there are no
//! cycles between them), and nothing outside `cli`, `cmd`, `main.rs` and
//! `bin/` prints. Test code (`#[cfg(test)]` items) is not checked.
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Top-level modules from the top down: a module may import only modules
/// listed after it. Groups, top down: the CLI; the verbs; libraries behind
/// commands other than `build`; the kustomization pipeline; loader,
/// generators, transformers, plugins, output; the chart and image
/// subsystems; the model, YAML and the leaf types and services.
const LAYERS: &[&str] = &[
    "cli",
    "cmd",   // clap; one verb per subcommand
    "fleet", // targets files: many renders of one template
    "vendor",
    "edit",
    "cfg",      // localize (vendoring), edit/create, cfg
    "pipeline", // the kustomization pipeline
    "plugin",
    "oci",
    "images",
    "generate", // plugins; OCI client; image references; generators
    "engines",
    "gotmpl",
    "chart", // template engines by name; the Go-template engine; the chart model
    "load",
    "transform",
    "emit",
    "fsutil", // loader; transformers; output; atomic writes
    "diff",   // comparing renders
    "model",
    "types",
    "yaml", // Resource/ResMap; kustomize's vocabulary; YAML in and out
    "goquote",
    "warnings",
    "process",   // leaf services
    "error",     // what the subsystems' error enums share
    "allocator", // the binaries' global allocator
];

/// Modules allowed to print (stdout/stderr).
const PRINTERS: &[&str] = &["cli", "cmd", "main", "bin"];

fn src_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

/// The text with comments, string and char literals blanked (newlines kept,
/// so line numbers stay right).
fn code_only(text: &str) -> String {
    let b: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    let blank = |c: char| if c == '\n' { '\n' } else { ' ' };
    while i < b.len() {
        let c = b[i];
        let next = b.get(i + 1).copied();
        if c == '/' && next == Some('/') {
            while i < b.len() && b[i] != '\n' {
                out.push(' ');
                i += 1;
            }
        } else if c == '/' && next == Some('*') {
            let mut depth = 0;
            while i < b.len() {
                if b[i] == '/' && b.get(i + 1) == Some(&'*') {
                    depth += 1;
                    out.push_str("  ");
                    i += 2;
                } else if b[i] == '*' && b.get(i + 1) == Some(&'/') {
                    depth -= 1;
                    out.push_str("  ");
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    out.push(blank(b[i]));
                    i += 1;
                }
            }
        } else if c == 'r' && (next == Some('"') || next == Some('#')) && !prev_is_ident(&b, i) {
            // raw string r"..." / r#"..."#
            let mut j = i + 1;
            let mut hashes = 0;
            while b.get(j) == Some(&'#') {
                hashes += 1;
                j += 1;
            }
            if b.get(j) != Some(&'"') {
                out.push(c);
                i += 1;
                continue;
            }
            out.push('"');
            j += 1;
            for _ in i + 1..j {
                out.push(' ');
            }
            out.pop();
            i = j;
            loop {
                if i >= b.len() {
                    break;
                }
                if b[i] == '"' && (0..hashes).all(|k| b.get(i + 1 + k) == Some(&'#')) {
                    out.push('"');
                    for _ in 0..hashes {
                        out.push(' ');
                    }
                    i += 1 + hashes;
                    break;
                }
                out.push(blank(b[i]));
                i += 1;
            }
        } else if c == '"' {
            out.push('"');
            i += 1;
            while i < b.len() && b[i] != '"' {
                if b[i] == '\\' {
                    out.push(' ');
                    i += 1;
                }
                if i < b.len() {
                    out.push(blank(b[i]));
                    i += 1;
                }
            }
            out.push('"');
            i += 1;
        } else if c == '\'' {
            // a char literal ('x', '\n', '\u{..}'), else a lifetime
            let end = if next == Some('\\') {
                (i + 2..b.len().min(i + 12)).find(|&j| b[j] == '\'')
            } else if b.get(i + 2) == Some(&'\'') {
                Some(i + 2)
            } else {
                None
            };
            match end {
                Some(e) => {
                    out.push('\'');
                    for _ in i + 1..e {
                        out.push(' ');
                    }
                    out.push('\'');
                    i = e + 1;
                }
                None => {
                    out.push(c);
                    i += 1;
                }
            }
        } else {
            out.push(c);
            i += 1;
        }
    }
    out
}

fn prev_is_ident(b: &[char], i: usize) -> bool {
    i > 0 && (b[i - 1].is_alphanumeric() || b[i - 1] == '_')
}

/// Blank every `#[cfg(test)]` item (a block up to its matching brace, or an
/// item up to its `;`). Returns the names of `#[cfg(test)] mod NAME;` files.
fn strip_test_items(code: &mut String) -> Vec<String> {
    let mut test_files = Vec::new();
    let mut from = 0;
    while let Some(pos) = code[from..].find("#[cfg(test)]").map(|p| p + from) {
        let bytes = code.as_bytes();
        let mut j = pos;
        let mut depth = 0usize;
        let mut end = code.len();
        while j < bytes.len() {
            match bytes[j] {
                b'{' => depth += 1,
                b'}' => {
                    depth = depth.saturating_sub(1);
                    if depth == 0 {
                        end = j + 1;
                        break;
                    }
                }
                b';' if depth == 0 => {
                    end = j + 1;
                    let item = code[pos + "#[cfg(test)]".len()..j].trim();
                    if let Some(name) = item.strip_prefix("mod ").or_else(|| item.strip_prefix("pub mod ")) {
                        test_files.push(name.trim().to_string());
                    }
                    break;
                }
                _ => {}
            }
            j += 1;
        }
        let blanked: String = code[pos..end].chars().map(|c| if c == '\n' { '\n' } else { ' ' }).collect();
        code.replace_range(pos..end, &blanked);
        from = end;
    }
    test_files
}

fn ident_at(s: &str) -> &str {
    let end = s.find(|c: char| !(c.is_alphanumeric() || c == '_')).unwrap_or(s.len());
    &s[..end]
}

/// Top-level modules a file's code names: `crate::x`, `use crate::{x, y::z}`
/// and `super::` paths that climb to the crate root.
fn imports(code: &str, depth: usize) -> Vec<(String, usize)> {
    let mut found = Vec::new();
    let line_of = |pos: usize| code[..pos].matches('\n').count() + 1;
    let mut from = 0;
    while let Some(p) = code[from..].find("crate::").map(|p| p + from) {
        from = p + "crate::".len();
        if p > 0 {
            let prev = code.as_bytes()[p - 1];
            if prev.is_ascii_alphanumeric() || prev == b'_' {
                continue; // e.g. `mycrate::`
            }
        }
        let rest = code[from..].trim_start();
        if let Some(group) = rest.strip_prefix('{') {
            // names at the group's first level
            let mut depth = 0usize;
            let mut expect_name = true;
            let mut k = 0;
            let g = group.as_bytes();
            while k < g.len() {
                match g[k] {
                    b'{' => depth += 1,
                    b'}' if depth == 0 => break,
                    b'}' => depth -= 1,
                    b',' if depth == 0 => expect_name = true,
                    c if expect_name && (c.is_ascii_alphabetic() || c == b'_') => {
                        let name = ident_at(&group[k..]);
                        found.push((name.to_string(), line_of(from)));
                        k += name.len();
                        expect_name = false;
                        continue;
                    }
                    _ => {}
                }
                k += 1;
            }
        } else {
            found.push((ident_at(rest).to_string(), line_of(p)));
        }
    }
    let mut from = 0;
    while let Some(p) = code[from..].find("super::").map(|p| p + from) {
        if p > 0 && code.as_bytes()[p - 1] == b':' {
            from = p + 1;
            continue; // counted from the first `super::`
        }
        let mut q = p;
        let mut ups = 0;
        while code[q..].starts_with("super::") {
            ups += 1;
            q += "super::".len();
        }
        from = q;
        if ups >= depth {
            found.push((ident_at(&code[q..]).to_string(), line_of(p)));
        }
    }
    found
}

struct Scan {
    /// module -> (imported module -> first place it is imported)
    edges: BTreeMap<String, BTreeMap<String, String>>,
    printing: Vec<String>,
    /// places outside the CLI edge that name `anyhow`
    anyhow: Vec<String>,
}

fn scan() -> Scan {
    let src = src_dir();
    let tops: BTreeSet<String> = std::fs::read_dir(&src)
        .expect("read src/")
        .filter_map(|e| e.ok())
        .filter_map(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            let path = e.path();
            if path.is_dir() {
                Some(name)
            } else {
                name.strip_suffix(".rs").filter(|n| *n != "lib").map(str::to_string)
            }
        })
        .collect();
    let mut files = Vec::new();
    let mut stack = vec![src.clone()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).expect("read dir").filter_map(|e| e.ok()) {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "rs") {
                files.push(p);
            }
        }
    }
    files.sort();
    let mut codes = BTreeMap::new();
    let mut test_only = BTreeSet::new();
    for f in &files {
        let text = std::fs::read_to_string(f).expect("read source file");
        let mut code = code_only(&text);
        for name in strip_test_items(&mut code) {
            let dir = f.parent().expect("parent");
            let stem = f.file_stem().expect("stem").to_string_lossy();
            let base =
                if stem == "mod" || stem == "lib" || stem == "main" { dir.to_path_buf() } else { dir.join(&*stem) };
            test_only.insert(base.join(format!("{name}.rs")));
            test_only.insert(base.join(&name).join("mod.rs"));
        }
        codes.insert(f.clone(), code);
    }
    let mut scan = Scan { edges: BTreeMap::new(), printing: Vec::new(), anyhow: Vec::new() };
    for (f, code) in &codes {
        if test_only.contains(f) {
            continue;
        }
        let rel = f.strip_prefix(&src).expect("under src");
        let parts: Vec<String> = rel.iter().map(|c| c.to_string_lossy().into_owned()).collect();
        if parts == ["lib.rs"] {
            continue;
        }
        let top = parts[0].strip_suffix(".rs").unwrap_or(&parts[0]).to_string();
        // the file's module depth below the crate root
        let last = parts.last().expect("a file");
        let depth = parts.len() - usize::from(last == "mod.rs");
        for (name, line) in imports(code, depth) {
            if name != top && tops.contains(&name) && top != "main" && top != "bin" {
                scan.edges
                    .entry(top.clone())
                    .or_default()
                    .entry(name)
                    .or_insert_with(|| format!("{}:{line}", rel.display()));
            }
        }
        if !PRINTERS.contains(&top.as_str()) {
            for (i, l) in code.lines().enumerate() {
                if l.match_indices("anyhow").any(|(p, _)| !l[..p].ends_with(|c: char| c.is_alphanumeric() || c == '_'))
                {
                    scan.anyhow.push(format!("{}:{}: {}", rel.display(), i + 1, l.trim()));
                }
                let printing = ["println!", "eprintln!", "print!", "eprint!", "dbg!", "io::stderr()", "io::stdout()"]
                    .iter()
                    .any(|m| {
                        l.match_indices(m).any(|(p, _)| !l[..p].ends_with(|c: char| c.is_alphanumeric() || c == '_'))
                    });
                if printing {
                    scan.printing.push(format!("{}:{}: {}", rel.display(), i + 1, l.trim()));
                }
            }
        }
    }
    scan
}

#[test]
fn imports_point_down() {
    let scan = scan();
    let rank = |m: &str| LAYERS.iter().position(|l| *l == m);
    let mut upward = Vec::new();
    for (from, tos) in &scan.edges {
        for (to, place) in tos {
            if let (Some(a), Some(b)) = (rank(from), rank(to)) {
                if b <= a {
                    upward.push(format!("{from} imports {to}, which stands above it ({place})"));
                }
            }
        }
    }
    assert!(
        upward.is_empty(),
        "imports must point down the layers listed in tests/layering.rs:\n{}",
        upward.join("\n")
    );
}

#[test]
fn no_cycles_between_modules() {
    // Also covers modules not (yet) placed in LAYERS.
    let scan = scan();
    let mut cycles = BTreeSet::new();
    for (a, tos) in &scan.edges {
        for b in tos.keys() {
            // is there a path b -> ... -> a?
            let mut seen = BTreeSet::new();
            let mut stack = vec![b.clone()];
            while let Some(x) = stack.pop() {
                if x == *a {
                    let mut pair = [a.clone(), b.clone()];
                    pair.sort();
                    cycles.insert(format!("{} <-> {} ({})", pair[0], pair[1], tos[b]));
                    break;
                }
                if seen.insert(x.clone()) {
                    stack.extend(scan.edges.get(&x).into_iter().flat_map(|m| m.keys().cloned()));
                }
            }
        }
    }
    assert!(
        cycles.is_empty(),
        "cycles between top-level modules:\n{}",
        cycles.into_iter().collect::<Vec<_>>().join("\n")
    );
}

#[test]
fn library_prints_nothing() {
    let scan = scan();
    assert!(
        scan.printing.is_empty(),
        "only cli, cmd, main.rs and bin/ may print; library code takes a warnings sink:\n{}",
        scan.printing.join("\n")
    );
}

#[test]
fn anyhow_only_at_the_cli_edge() {
    // Each subsystem has its own `thiserror` enum (docs/architecture.md,
    // "Errors"); `anyhow` is for cli, cmd, main.rs and bin/ only.
    let scan = scan();
    assert!(
        scan.anyhow.is_empty(),
        "anyhow outside cli, cmd, main.rs and bin/ (use the subsystem's error enum):\n{}",
        scan.anyhow.join("\n")
    );
}

#[test]
fn every_layer_exists() {
    // A renamed or removed module must leave LAYERS too.
    for m in LAYERS {
        let p = src_dir().join(m);
        assert!(p.is_dir() || p.with_extension("rs").is_file(), "LAYERS names {m}, which is not in src/");
    }
}

#[test]
fn scanner_sees_imports_and_skips_tests_and_comments() {
    let text = r#"
use crate::{model::ResMap, yaml};
// use crate::cli;
/* crate::cmd */
fn f() { let s = "crate::pipeline"; let c = '{'; crate::types::x(); super::super::emit::y(); }
#[cfg(test)]
mod tests {
    use crate::chart;
    fn g() { println!("{"); }
}
"#;
    let mut code = code_only(text);
    strip_test_items(&mut code);
    let names: BTreeSet<String> = imports(&code, 2).into_iter().map(|(n, _)| n).collect();
    let want: BTreeSet<String> = ["model", "yaml", "types", "emit"].iter().map(|s| s.to_string()).collect();
    assert_eq!(names, want);
    assert!(!code.contains("println!"));
}
