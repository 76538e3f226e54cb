//! Shell-style patterns with Go's `path.Match` rules (used by Helm for
//! `.helmignore`, `--show-only`, `.Files.Glob`): `*` any run of
//! non-`/` characters, `?` one non-`/` character, `[a-z]` / `[^a-z]` classes,
//! `\` escapes. [`match_double_star`] additionally lets `**` cross `/`
//! (Helm's `Files.Glob` uses gobwas/glob, where it does).

/// Whether `name` matches `pattern` entirely (`/` is never matched by `*`).
pub fn matches(pattern: &str, name: &str) -> bool {
    if let Some(m) = literal_match(pattern, name) {
        return m;
    }
    // The pattern's literal start must start the name (Helm's default
    // `templates/.?*` against every file of a chart).
    let lead = pattern.find(['*', '?', '[', '\\']).unwrap_or(pattern.len());
    if !name.starts_with(&pattern[..lead]) {
        return false;
    }
    let p: Vec<char> = pattern.chars().collect();
    let n: Vec<char> = name.chars().collect();
    match_from(&p, &n, false)
}

/// Like [`matches`], but `**` matches any run of characters including `/`.
pub fn match_double_star(pattern: &str, name: &str) -> bool {
    if !pattern.contains("**") {
        if let Some(m) = literal_match(pattern, name) {
            return m;
        }
    }
    let p: Vec<char> = pattern.chars().collect();
    let n: Vec<char> = name.chars().collect();
    match_from(&p, &n, true)
}

/// The common patterns without building char vectors: a literal, or `*`
/// followed by a literal (`*.tmp`). None: use the general matcher.
fn literal_match(pattern: &str, name: &str) -> Option<bool> {
    let special = |s: &str| s.contains(['*', '?', '[', '\\']);
    if !special(pattern) {
        return Some(pattern == name);
    }
    let suffix = pattern.strip_prefix('*')?;
    if special(suffix) {
        return None;
    }
    Some(name.ends_with(suffix) && !name[..name.len() - suffix.len()].contains('/'))
}

/// Whether a pattern is syntactically valid (closed classes, no trailing `\`).
pub fn is_valid(pattern: &str) -> bool {
    let p: Vec<char> = pattern.chars().collect();
    let mut i = 0;
    while i < p.len() {
        match p[i] {
            '\\' => {
                if i + 1 >= p.len() {
                    return false;
                }
                i += 2;
            }
            '[' => match class_end(&p, i) {
                Some(e) => i = e,
                None => return false,
            },
            _ => i += 1,
        }
    }
    true
}

/// Index just past the class starting at `p[start] == '['`.
fn class_end(p: &[char], start: usize) -> Option<usize> {
    let mut i = start + 1;
    if i < p.len() && p[i] == '^' {
        i += 1;
    }
    let mut first = true;
    while i < p.len() {
        if p[i] == ']' && !first {
            return Some(i + 1);
        }
        if p[i] == '\\' {
            i += 1;
        }
        i += 1;
        first = false;
    }
    None
}

fn class_matches(p: &[char], start: usize, c: char) -> bool {
    let mut i = start + 1;
    let negate = i < p.len() && p[i] == '^';
    if negate {
        i += 1;
    }
    let mut hit = false;
    let mut first = true;
    while i < p.len() && (p[i] != ']' || first) {
        first = false;
        let mut lo = p[i];
        if lo == '\\' && i + 1 < p.len() {
            i += 1;
            lo = p[i];
        }
        i += 1;
        let mut hi = lo;
        if i + 1 < p.len() && p[i] == '-' && p[i + 1] != ']' {
            i += 1;
            hi = p[i];
            if hi == '\\' && i + 1 < p.len() {
                i += 1;
                hi = p[i];
            }
            i += 1;
        }
        if lo <= c && c <= hi {
            hit = true;
        }
    }
    hit != negate
}

fn match_from(p: &[char], n: &[char], double_star: bool) -> bool {
    if p.is_empty() {
        return n.is_empty();
    }
    match p[0] {
        '*' => {
            let (rest, cross) =
                if double_star && p.len() > 1 && p[1] == '*' { (&p[2..], true) } else { (&p[1..], false) };
            for k in 0..=n.len() {
                if k > 0 && !cross && n[k - 1] == '/' {
                    return false;
                }
                if match_from(rest, &n[k..], double_star) {
                    return true;
                }
            }
            false
        }
        '?' => !n.is_empty() && n[0] != '/' && match_from(&p[1..], &n[1..], double_star),
        '[' => match class_end(p, 0) {
            Some(e) => {
                !n.is_empty() && n[0] != '/' && class_matches(p, 0, n[0]) && match_from(&p[e..], &n[1..], double_star)
            }
            None => false,
        },
        '\\' if p.len() > 1 => !n.is_empty() && n[0] == p[1] && match_from(&p[2..], &n[1..], double_star),
        c => !n.is_empty() && n[0] == c && match_from(&p[1..], &n[1..], double_star),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn go_path_match_rules() {
        assert!(matches("*.yaml", "a.yaml"));
        assert!(!matches("*.yaml", "x/a.yaml"));
        assert!(matches("templates/*.yaml", "templates/a.yaml"));
        assert!(matches("a?c", "abc"));
        assert!(matches("[a-c]x", "bx"));
        assert!(!matches("[^a-c]x", "bx"));
        assert!(matches("\\*", "*"));
        assert!(!matches("\\*", "a"));
        assert!(match_double_star("files/**", "files/a/b.txt"));
        assert!(!matches("files/*", "files/a/b.txt"));
        assert!(is_valid("a[b-c]"));
        assert!(!is_valid("a[b"));
        // the literal and `*literal` fast paths agree with the general rules
        assert!(matches("*", "abc") && !matches("*", "a/b") && matches("*", ""));
        assert!(matches("*.tmp", ".tmp") && !matches("*.tmp", "a.tmpx") && !matches("*.tmp", "d/a.tmp"));
        assert!(matches("*/x", "a/x") && !matches("*/x", "a/b/x"));
        assert!(matches(".git", ".git") && !matches(".git", ".gitx") && !matches(".git", "a/.git"));
        // a literal start, then the general matcher
        assert!(matches("templates/.?*", "templates/.x.yaml") && !matches("templates/.?*", "templates/x.yaml"));
        assert!(!matches("templates/.?*", "templates/.") && !matches("templates/.?*", "template"));
        assert!(matches("ab[c]", "abc") && !matches("ab[c]", "xbc") && matches("a\\*b", "a*b"));
        assert!(match_double_star("*.txt", "a.txt") && !match_double_star("*.txt", "f/a.txt"));
        assert!(match_double_star("**.txt", "f/a.txt"));
    }
}
