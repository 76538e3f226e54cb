//! The head of a rendered document (`kind`, the `helm.sh/hook`
//! annotation), read from the YAML event stream without building the
//! document: what Helm's manifest sorter reads (`SimpleHead`), and like it
//! an error when the document is not valid YAML.
use saphyr_parser::{Event, Parser};

/// What the sorter needs of a document.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Head {
    pub kind: String,
    pub hook: Option<String>,
    /// `metadata.namespace` is set (for `--force-namespace`).
    pub has_namespace: bool,
}

enum Frame {
    /// A mapping; `key` is the pending key (None: expecting a key).
    Map {
        key: Option<String>,
        path_ok: bool,
    },
    Seq,
}

/// Read the head of one document. The error is (line, message).
pub fn read_head(text: &str) -> Result<Head, (usize, String)> {
    match fast_head(text) {
        Some(head) => Ok(head),
        None => parse_head(text),
    }
}

/// [`read_head`] through the YAML parser: any document.
fn parse_head(text: &str) -> Result<Head, (usize, String)> {
    let mut head = Head::default();
    let mut stack: Vec<Frame> = Vec::new();
    // The keys leading to the current mapping when it is on the path we
    // watch (root, metadata, metadata.annotations).
    let mut path: Vec<String> = Vec::new();
    let mut docs = 0;
    for item in Parser::new_from_str(text) {
        let (ev, _span) = item.map_err(|e| (e.marker().line().max(1), e.info().to_string()))?;
        match ev {
            Event::DocumentStart(_) => {
                docs += 1;
                if docs > 1 {
                    break;
                }
            }
            Event::MappingStart(..) | Event::SequenceStart(..) => {
                let is_map = matches!(ev, Event::MappingStart(..));
                // Is this collection a value on the watched path?
                let (on_path, key) = match stack.last_mut() {
                    None => (true, None),
                    Some(Frame::Map { key, path_ok }) => match key.take() {
                        Some(k) => (*path_ok, Some(k)),
                        None => {
                            // A collection used as a key: not on the path,
                            // and the next node is its value.
                            *key = Some(String::new());
                            (false, None)
                        }
                    },
                    Some(Frame::Seq) => (false, None),
                };
                let depth_ok = match (&key, path.len()) {
                    (None, _) => on_path && stack.is_empty(),
                    (Some(k), 0) => on_path && k == "metadata",
                    (Some(k), 1) => on_path && k == "annotations",
                    _ => false,
                };
                if depth_ok {
                    if let Some(k) = key {
                        path.push(k);
                    }
                }
                stack.push(if is_map { Frame::Map { key: None, path_ok: depth_ok } } else { Frame::Seq });
            }
            Event::MappingEnd | Event::SequenceEnd => {
                if let Some(Frame::Map { path_ok: true, .. }) = stack.pop() {
                    path.pop();
                }
                // The collection was a value: the parent expects a key again.
                // (Keys were already cleared by `take` above.)
            }
            Event::Scalar(value, ..) => {
                if let Some(Frame::Map { key, path_ok }) = stack.last_mut() {
                    match key.take() {
                        None => *key = Some(value.to_string()),
                        Some(k) if *path_ok => match (path.len(), k.as_str()) {
                            (0, "kind") => head.kind = value.to_string(),
                            (1, "namespace") => head.has_namespace = !value.is_empty(),
                            (2, "helm.sh/hook") => head.hook = Some(value.to_string()),
                            _ => {}
                        },
                        Some(_) => {}
                    }
                }
            }
            Event::Alias(_) => {
                if let Some(Frame::Map { key, .. }) = stack.last_mut() {
                    if key.take().is_none() {
                        *key = Some(String::new());
                    }
                }
            }
            _ => {}
        }
    }
    Ok(head)
}

// ---- fast path ----
//
// Rendered manifests are almost always plain block YAML: `key: value`
// lines, `- ` entries, quoted scalars on one line, `|`/`>` block scalars,
// `{}`/`[]`. `fast_head` reads such a document line by line, checking the
// structure as it goes; at the first thing it is not sure of (any
// non-ASCII or control byte, tabs, anchors, tags, flow collections with
// content, multi-line plain or quoted scalars, odd indentation, a watched
// key without a plain value...) it gives up and the YAML parser reads the
// document. So it only ever answers for documents the parser accepts, and
// answers what the parser would (tests check both on mutated documents).

#[derive(Clone, Copy, PartialEq, Eq)]
enum Role {
    Root,
    Metadata,
    Annotations,
    Other,
}

#[derive(Clone, Copy, PartialEq, Eq)]
struct Open {
    indent: usize,
    seq: bool,
    role: Role,
}

/// A key or `-` with nothing after it on its line.
#[derive(Clone, Copy)]
struct Pending {
    indent: usize,
    from_dash: bool,
    child_role: Role,
    watched: bool,
}

/// Where `": "` first occurs in `s` (`s.find(": ")` without setting up a
/// substring searcher for every line).
fn colon_space(s: &str) -> Option<usize> {
    let b = s.as_bytes();
    let mut from = 0;
    while let Some(i) = b[from..].iter().position(|&c| c == b':') {
        let j = from + i;
        if b.get(j + 1) == Some(&b' ') {
            return Some(j);
        }
        from = j + 1;
    }
    None
}

/// Whether `": "` or `" #"` occurs in `s`, in one pass.
fn colon_space_or_space_hash(s: &str) -> bool {
    let b = s.as_bytes();
    let mut from = 0;
    while let Some(k) = memchr::memchr2(b':', b'#', &b[from..]) {
        let j = from + k;
        if (b[j] == b'#' && j > 0 && b[j - 1] == b' ') || (b[j] == b':' && b.get(j + 1) == Some(&b' ')) {
            return true;
        }
        from = j + 1;
    }
    false
}

fn is_dash(rest: &str) -> bool {
    rest == "-" || rest.starts_with("- ")
}

enum KeyLine<'a> {
    Key(&'a str, &'a str),
    NotKey,
}

/// The bytes of a plain key the fast path reads: ASCII letters and digits
/// and `_ . / $ - ~ +`.
static KEY_BYTE: [bool; 256] = {
    let mut t = [false; 256];
    let mut c = 0;
    while c < 256 {
        let b = c as u8;
        t[c] = b.is_ascii_alphanumeric() || matches!(b, b'_' | b'.' | b'/' | b'$' | b'-' | b'~' | b'+');
        c += 1;
    }
    t
};

/// `key: value` (value may be empty); None when unsure.
fn split_key(rest: &str) -> Option<KeyLine<'_>> {
    let b = rest.as_bytes();
    if b[0] == b'"' || b[0] == b'\'' {
        let q = b[0];
        let close = rest[1..].find(q as char)? + 1;
        let key = &rest[1..close];
        if key.contains('\\') || key.contains('\'') || key.contains('"') {
            return None;
        }
        let after = &rest[close + 1..];
        return match after.strip_prefix(':') {
            Some("") => Some(KeyLine::Key(key, "")),
            Some(v) if v.starts_with(' ') => Some(KeyLine::Key(key, v.trim_start_matches(' '))),
            _ => {
                if after.is_empty() || after.starts_with(' ') {
                    Some(KeyLine::NotKey)
                } else {
                    None
                }
            }
        };
    }
    // The common line, `plain-key: value` or `plain-key:`, in one pass: key
    // bytes up to the first `:`. Anything else goes the long way below.
    let j = b.iter().position(|&c| !KEY_BYTE[c as usize]).unwrap_or(b.len());
    if j > 0
        && j <= 500
        && b.get(j) == Some(&b':')
        && (b[0].is_ascii_alphanumeric() || matches!(b[0], b'_' | b'.' | b'/' | b'$'))
    {
        match b.get(j + 1) {
            None => return Some(KeyLine::Key(&rest[..j], "")),
            Some(b' ') => return Some(KeyLine::Key(&rest[..j], rest[j + 2..].trim_start_matches(' '))),
            _ => {}
        }
    }
    let (key, value) = match colon_space(rest) {
        Some(i) => (&rest[..i], rest[i + 2..].trim_start_matches(' ')),
        None => match rest.strip_suffix(':') {
            Some(k) => (k, ""),
            // no `: ` and no final `:`: not a key, whatever else it holds
            None => return Some(KeyLine::NotKey),
        },
    };
    let kb = key.as_bytes();
    if kb.is_empty()
        || kb.len() > 500
        || !(kb[0].is_ascii_alphanumeric() || matches!(kb[0], b'_' | b'.' | b'/' | b'$'))
        || !kb.iter().all(|&c| KEY_BYTE[c as usize])
    {
        return None;
    }
    Some(KeyLine::Key(key, value))
}

enum Val<'a> {
    /// nothing after the key or dash (a child collection or null follows)
    Empty,
    /// a scalar on this line (plain text, or a quoted scalar's raw content);
    /// whether it is quoted; whether it may go on over the next lines (a
    /// plain scalar without a comment)
    Scalar(&'a str, bool, bool),
    /// a block scalar, `{}` or `[]`
    Other,
    /// a quoted scalar going on over the next lines
    OpenQuote(u8),
}

/// The value after `key: ` or `- ` (non-empty text).
fn scalar(v: &str) -> Option<Val<'_>> {
    let b = v.as_bytes();
    match b[0] {
        b'#' => Some(Val::Empty),
        q @ (b'"' | b'\'') => match close_quote(b, 1, q)? {
            Some(i) => trailing_ok(&v[i + 1..]).then_some(Val::Scalar(&v[1..i], true, false)),
            None => Some(Val::OpenQuote(q)),
        },
        b'|' | b'>' => block_header(v).map(|_| Val::Other),
        b'[' => flow_seq_ok(v.trim_end_matches(' ')).then_some(Val::Other),
        b'{' => (v.trim_end_matches(' ') == "{}").then_some(Val::Other),
        b'-' if b.len() == 1 || b[1] == b' ' => None,
        // `:` starts a plain scalar when more than a space follows it
        // (`value: :8080`, `::1`); read as the other plain scalars below
        b':' if b.len() == 1 || b[1] == b' ' => None,
        b'&' | b'*' | b'!' | b'%' | b'@' | b'`' | b'?' | b',' | b']' | b'}' => None,
        _ => {
            // The text before a comment (`" #"`), trailing spaces dropped;
            // with a `": "` before the comment, or ending with `:`, it is
            // not a scalar. (One pass over the bytes.)
            let b = v.as_bytes();
            let mut from = 0;
            let mut cut = None;
            while let Some(k) = memchr::memchr2(b':', b'#', &b[from..]) {
                let j = from + k;
                if b[j] == b'#' {
                    if j > 0 && b[j - 1] == b' ' {
                        cut = Some(j - 1);
                        break;
                    }
                } else if b.get(j + 1) == Some(&b' ') {
                    return None;
                }
                from = j + 1;
            }
            let text = v[..cut.unwrap_or(v.len())].trim_end_matches(' ');
            if text.ends_with(':') {
                return None;
            }
            Some(Val::Scalar(text, false, cut.is_none()))
        }
    }
}

/// The index of the quote `q` closing a quoted scalar in `b` (from
/// `start`); Some(None): not closed on this line; None: an escape we do not
/// check (or a line ending in `\`).
fn close_quote(b: &[u8], start: usize, q: u8) -> Option<Option<usize>> {
    let mut i = start;
    while i < b.len() {
        match b[i] {
            b'\'' if q == b'\'' && b.get(i + 1) == Some(&b'\'') => i += 2,
            b'\\' if q == b'"' => {
                let n = match *b.get(i + 1)? {
                    b'0' | b'a' | b'b' | b't' | b'n' | b'v' | b'f' | b'r' | b'e' | b' ' | b'"' | b'/' | b'\\'
                    | b'N' | b'_' | b'L' | b'P' => 0,
                    b'x' => 2,
                    b'u' => 4,
                    b'U' => 8,
                    _ => return None,
                };
                if !b.get(i + 2..i + 2 + n)?.iter().all(u8::is_ascii_hexdigit) {
                    return None;
                }
                i += 2 + n;
            }
            c if c == q => return Some(Some(i)),
            _ => i += 1,
        }
    }
    Some(None)
}

/// Skip the continuation lines of a quoted scalar left open on its first
/// line, all more indented than the entry's collection (column `n`).
fn skip_quoted(lines: &[&str], i: &mut usize, n: usize, q: u8) -> Option<()> {
    while *i < lines.len() {
        let line = lines[*i];
        *i += 1;
        let rest = line.trim_start_matches(' ');
        if line.len() - rest.len() <= n || rest.is_empty() {
            return None;
        }
        if let Some(end) = close_quote(rest.as_bytes(), 0, q)? {
            return trailing_ok(&rest[end + 1..]).then_some(());
        }
    }
    None
}

/// A flow sequence on one line of quoted scalars and simple plain words:
/// `[]`, `['wget']`, `[ "/bin/sh", "-c" ]`, `[a, b]`.
fn flow_seq_ok(v: &str) -> bool {
    let Some(inner) = v.strip_prefix('[').and_then(|r| r.strip_suffix(']')) else {
        return false;
    };
    let b = inner.as_bytes();
    if inner.trim_matches(' ').is_empty() {
        return true;
    }
    let mut i = 0;
    loop {
        while b.get(i) == Some(&b' ') {
            i += 1;
        }
        match b.get(i) {
            Some(&q) if q == b'"' || q == b'\'' => match close_quote(b, i + 1, q) {
                Some(Some(end)) => i = end + 1,
                _ => return false,
            },
            Some(&c) if c.is_ascii_alphanumeric() || matches!(c, b'/' | b'.' | b'_' | b'$') => {
                while b.get(i).is_some_and(|&c| {
                    c.is_ascii_alphanumeric() || matches!(c, b'/' | b'.' | b'_' | b'$' | b'-' | b'=' | b'+' | b'~')
                }) {
                    i += 1;
                }
            }
            _ => return false,
        }
        while b.get(i) == Some(&b' ') {
            i += 1;
        }
        match b.get(i) {
            None => return true,
            Some(b',') => i += 1,
            _ => return false,
        }
    }
}

/// After a closing quote: nothing, spaces, or spaces and a comment.
fn trailing_ok(rest: &str) -> bool {
    let t = rest.trim_start_matches(' ');
    t.is_empty() || (t.len() < rest.len() && t.starts_with('#'))
}

/// Only printable ASCII and line feeds (checked a block at a time, with no
/// early exit inside a block, so the compiler can vectorise it).
fn printable_ascii(b: &[u8]) -> bool {
    b.chunks(64).all(|block| block.iter().fold(true, |ok, &c| ok & ((c == b'\n') | (c.wrapping_sub(0x20) < 0x5f))))
}

fn fast_head(text: &str) -> Option<Head> {
    if !printable_ascii(text.as_bytes())
        && !text.chars().all(|c| {
            c == '\n'
                || (' '..='~').contains(&c)
                || (c >= '\u{a0}' && !matches!(c, '\u{2028}' | '\u{2029}' | '\u{feff}' | '\u{fffe}' | '\u{ffff}'))
        })
    {
        return None;
    }
    // (`text.split('\n')`, the breaks found a block at a time)
    let mut lines: Vec<&str> = Vec::with_capacity(text.len() / 24 + 1);
    let mut start = 0;
    for nl in memchr::memchr_iter(b'\n', text.as_bytes()) {
        lines.push(&text[start..nl]);
        start = nl + 1;
    }
    lines.push(&text[start..]);
    let mut head = Head::default();
    let mut stack: Vec<Open> = Vec::new();
    let mut pending: Option<Pending> = None;
    let mut started = false;
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i];
        i += 1;
        let rest = line.trim_start_matches(' ');
        let indent = line.len() - rest.len();
        if rest.is_empty() || rest.starts_with('#') {
            continue;
        }
        if indent == 0 && (rest.starts_with("---") || rest.starts_with("...") || rest.starts_with('%')) {
            return None;
        }
        let dash = is_dash(rest);
        if let Some(p) = pending.take() {
            if indent > p.indent
                && !dash
                && !rest.starts_with("---")
                && !rest.starts_with("...")
                && matches!(split_key(rest), Some(KeyLine::NotKey))
            {
                // the value itself on the next line: `key:\n  {}`, `key:\n  text`
                if p.watched {
                    return None;
                }
                match scalar(rest)? {
                    Val::Scalar(_, _, goes_on) => {
                        if goes_on {
                            skip_plain_lines(&lines, &mut i, p.indent);
                        }
                    }
                    Val::OpenQuote(q) => skip_quoted(&lines, &mut i, p.indent, q)?,
                    Val::Other if rest.starts_with(['{', '[']) => {
                        if p.child_role != Role::Other && rest.trim_end_matches(' ') != "{}" {
                            return None;
                        }
                    }
                    Val::Other | Val::Empty => return None,
                }
                continue;
            }
            if indent > p.indent || (indent == p.indent && !p.from_dash && dash) {
                if dash && p.child_role != Role::Other {
                    // a list under `metadata`/`annotations`: leave it to the parser
                    return None;
                }
                stack.push(Open { indent, seq: dash, role: if dash { Role::Other } else { p.child_role } });
            } else if p.watched {
                return None;
            }
        }
        while stack.last().is_some_and(|t| t.indent > indent) {
            stack.pop();
        }
        if stack.last().is_some_and(|t| t.indent == indent && t.seq && !dash) {
            stack.pop();
        }
        let top = match stack.last() {
            Some(t) => *t,
            None if !started && indent == 0 => {
                let t = Open { indent: 0, seq: dash, role: if dash { Role::Other } else { Role::Root } };
                stack.push(t);
                t
            }
            None => return None,
        };
        started = true;
        if top.indent != indent || top.seq != dash {
            return None;
        }
        // (column of the entry's collection, its role, the entry's text)
        let (col, role, entry) = if dash {
            let after = rest[1..].trim_start_matches(' ');
            let c2 = indent + (rest.len() - after.len());
            if after.is_empty() || after.starts_with('#') {
                pending = Some(Pending { indent, from_dash: true, child_role: Role::Other, watched: false });
                continue;
            }
            if is_dash(after) {
                return None;
            }
            match split_key(after)? {
                KeyLine::NotKey => {
                    match scalar(after)? {
                        Val::Empty => {
                            pending = Some(Pending { indent, from_dash: true, child_role: Role::Other, watched: false })
                        }
                        Val::Other => skip_block(&lines, &mut i, after, indent)?,
                        Val::OpenQuote(q) => skip_quoted(&lines, &mut i, indent, q)?,
                        Val::Scalar(_, _, goes_on) => {
                            if goes_on {
                                skip_plain_lines(&lines, &mut i, indent);
                            }
                        }
                    }
                    continue;
                }
                KeyLine::Key(..) => {
                    stack.push(Open { indent: c2, seq: false, role: Role::Other });
                    (c2, Role::Other, after)
                }
            }
        } else {
            (indent, top.role, rest)
        };
        let KeyLine::Key(key, value) = split_key(entry)? else {
            return None;
        };
        let watched = matches!(
            (role, key),
            (Role::Root, "kind") | (Role::Metadata, "namespace") | (Role::Annotations, "helm.sh/hook")
        );
        let child_role = match (role, key) {
            (Role::Root, "metadata") => Role::Metadata,
            (Role::Metadata, "annotations") => Role::Annotations,
            _ => Role::Other,
        };
        let val = if value.is_empty() { Val::Empty } else { scalar(value)? };
        match val {
            Val::Empty => pending = Some(Pending { indent: col, from_dash: false, child_role, watched }),
            Val::OpenQuote(q) => {
                if watched {
                    return None;
                }
                skip_quoted(&lines, &mut i, col, q)?;
            }
            Val::Other => {
                // (`metadata: []` trips the parser's path tracking: leave it)
                if watched || (child_role != Role::Other && value.trim_end_matches(' ') != "{}") {
                    return None;
                }
                skip_block(&lines, &mut i, value, col)?;
            }
            Val::Scalar(text, quoted, goes_on) => {
                if !watched && goes_on {
                    skip_plain_lines(&lines, &mut i, col);
                }
                if watched {
                    if quoted && (text.contains('\\') || text.contains('\'')) {
                        return None;
                    }
                    match key {
                        "kind" => head.kind = text.to_string(),
                        "namespace" => head.has_namespace = !text.is_empty(),
                        _ => head.hook = Some(text.to_string()),
                    }
                }
            }
        }
    }
    if pending.is_some_and(|p| p.watched) {
        return None;
    }
    Some(head)
}

/// Skip the continuation lines of a plain scalar whose entry's collection
/// is at column `n` (`description: a long text` going on over more
/// indented lines, as CRDs have them). Only lines that cannot be read any
/// other way are taken; at anything else the main loop decides (and gives
/// up on a more indented line it cannot place).
fn skip_plain_lines(lines: &[&str], i: &mut usize, n: usize) {
    while *i < lines.len() {
        let line = lines[*i];
        let rest = line.trim_start_matches(' ');
        let indent = line.len() - rest.len();
        if indent <= n || rest.is_empty() {
            return;
        }
        // (in the middle of a plain scalar, indicators such as `-`, `&`, `|`
        // or quotes at the start of a line are text)
        if rest.starts_with(['#', ':'])
            || rest.starts_with("---")
            || rest.starts_with("...")
            || colon_space_or_space_hash(rest)
            || rest.ends_with(':')
        {
            return;
        }
        *i += 1;
    }
}

/// A block scalar header (`|`, `>-`, `|2`, `|+1`...): Some(indentation
/// indicator, 0 when none).
fn block_header(v: &str) -> Option<usize> {
    let h = v.trim_end_matches(' ').as_bytes();
    let mut digit = 0;
    let mut chomp = false;
    for &c in &h[1..] {
        match c {
            b'-' | b'+' if !chomp => chomp = true,
            b'1'..=b'9' if digit == 0 => digit = (c - b'0') as usize,
            _ => return None,
        }
    }
    (h.len() <= 3).then_some(digit)
}

/// Skip the content lines of a block scalar (`|`, `>`...) whose entry's
/// collection is at column `n`; `{}` and `[]` have none.
fn skip_block(lines: &[&str], i: &mut usize, value: &str, n: usize) -> Option<()> {
    if value.starts_with(['{', '[']) {
        return Some(());
    }
    let mut content: Option<usize> = match block_header(value)? {
        0 => None,
        d => Some(n + d),
    };
    while *i < lines.len() {
        let line = lines[*i];
        let rest = line.trim_start_matches(' ');
        let indent = line.len() - rest.len();
        if rest.is_empty() {
            if content.is_none() && indent > n {
                return None;
            }
            *i += 1;
            continue;
        }
        match content {
            None if indent > n => content = Some(indent),
            None => break,
            Some(m) if indent < m => break,
            Some(_) => {}
        }
        *i += 1;
    }
    Some(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Documents in the shapes charts render, and odd ones.
    const SAMPLES: &[&str] = &[
        "apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\n  namespace: n\n  annotations:\n    a: b\n    \"helm.sh/hook\": test\nspec:\n  kind: Nope\n",
        "# Source: x\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: rel-demo\n  labels:\n    app.kubernetes.io/name: demo\n    helm.sh/chart: demo-0.1.0\nspec:\n  replicas: 1\n  template:\n    spec:\n      containers:\n        - name: demo\n          image: \"nginx:1.16.0\"\n          args: [\"a\", \"b\"]\n          ports:\n            - name: http\n              containerPort: 80\n              protocol: TCP\n          resources: {}\n          env:\n          - name: A\n            value: 'it''s'\n          - name: B\n            value: \"x\\ty\\u00e9\"  # c\n",
        "kind: ConfigMap\nmetadata:\n  name: c\n  annotations:\n    helm.sh/hook: pre-install,pre-upgrade\n    helm.sh/hook-weight: \"-5\"\ndata:\n  script.sh: |\n    #!/bin/sh\n    echo: hi\n\n      indented\n  other: >-\n    folded\n    text\n  last: x\n",
        "kind: List\nitems:\n-\n  a: 1\n- b: 2\n  c:\n  - x\n  - y\n  d: |+\n    keep\n\n-   e: f\n    g: h\n",
        "kind: Secret\nmetadata:\n  namespace: \"\"\n  annotations: {}\nstringData:\n  k: v # comment\n  url: http://x:80/a#b\n",
        "metadata:\n  namespace: ns\nkind: \"Service\"\nmetadata:\n  annotations:\n    helm.sh/hook: 'post-install'\n",
        "kind: A\nmetadata:\n  name: x\n  namespace:\n",
        "kind: A\nspec:\n  v: |\n  x: 1\n",
        "kind: A\nb:\n  c: d\n e: f\n",
        "kind: A\nb: c\n  d\n",
        "kind: A\nb: [1, 2]\n",
        "kind: A\nb: &x c\nd: *x\n",
        "- a\n- b: c\n",
        "just text",
        "a: b: c\n",
        "a: \"unterminated\n  more\"\n",
        "kind: A\nx: 'a' b\n",
        "kind: A\nx: \"\\q\"\n",
        "kind:   Job   \nmetadata:\n    annotations:\n        helm.sh/hook: test   # note\n",
        "kind: A\nmetadata:\n  name: x\n---\nkind: B\n",
        "kind: A\nx: |\n   \n  y\n",
        "kind: A\nx: |\n    y\n  z\n",
        "kind: A\nx: -\n",
        "kind: A\nx: - y\n",
        "kind: A\n- x\n",
        "key : v\nkind: A\n",
        "kind: A\nx:\n- a\n- b\ny: z\n",
        "kind: A\nx:\n  - a\n - b\n",
        "kind: A\nmetadata:\n- a\nnamespace: x\n",
        "kind: A\nmetadata: []\nnamespace: x\n",
        "kind: A\nmetadata: {}\nnamespace: x\n",
        "kind: A\nargs:\n- --listen=:9090\n- http://x/y\n- \"a: b\"\n",
        "kind: CustomResourceDefinition\nspec:\n  properties:\n    a:\n      description: A long text\n        that goes on (here)\n        and on.\n      type: string\n    b:\n      description: x # c\n        y\n    c:\n    - item text\n      more text\n    - z\n",
        "kind: A\nx: a\n  b: c\n",
        "kind: A\nx: a\n  - b\n",
        "kind: A\nx: a\n\n  b\n",
        "kind: A\n  b\n",
        "kind: A\nx: 'it''s\n  more ''x''\n  end'\ny: \"a\\n\n  b\" # c\nz: 'open\n\n  gap'\nw: 'bad\nv: x\n",
        "kind: A\nr: '!has(self.x) || (a\n  && b)'\nm: '''aws'' only\n  for ''aws'''\nd: text\n  'quoted' start\n  \"dq\" too\n",
        "kind: A\nx: \"a\\\n  b\"\n",
        "kind: A\nx: 'a\n  b' c\n",
        "kind: A\nx: 'a\ny: b'\n",
        "kind: A\nd:\n  description: |2-\n      indented more\n    base\n\n    end\n  e: >1\n   x\n  f: |-2\n    y\n  g: |22\n  h: |2\n  x\n",
        "kind: A\nm:\n  {}\nn:\n  []\no:\n  plain text\n    going on\np:\n  'q'\nr:\n  \"open\n   close\"\ns:\n  [a, b]\nt:\n-\n  {}\n",
        "kind: A\nmetadata:\n  annotations:\n    {}\n  namespace:\n    x\n",
        "kind: A\nm:\n  {}\n  x: y\nn:\n  |\n  text\n",
        "kind: Café\nx: naïve — ok ✓\ny: \"日本\"\nz: ' ü '\nü: x\n",
        "kind: A\nx: a\u{2028}b\ny: \u{85}\n",
        "kind: A\nrule: (a && b) || (c\n  && d)\n  || !e | f\n  - g * h\n  [i] {j} &k *l\n  ? m %n @o `p\n  , q\nnext: - x\n",
        "kind: A\nx: a\n  :b\n",
        "kind: A\nx: a\n  #b\n",
        "kind: A\nc: ['wget', \"-O\", x-y]\nd: [ \"/a.sh\" ]\ne:\n- [a, 'b''c']\nf: [a,]\ng: [a b]\nh: [a: b]\ni: ['a' 'b']\nj: [[a]]\n",
        "kind: A\nx:\n- a\n  - b\n- c\n  d: e\n",
        "kind: A\nmetadata:\n  namespace: a\n    b\n",
        "kind: A\nenv:\n- name: L\n  value: :8080\n- :x\ny: ::1\nz: :a:b # c\nw: :\nv: :,\n",
        "kind: A\nmetadata:\n  name: x\n  namespace: :n\n  annotations:\n    helm.sh/hook: :h\nx: :a\n  b\n",
    ];

    fn check(doc: &str) {
        if let Some(fast) = fast_head(doc) {
            match parse_head(doc) {
                Ok(slow) => assert_eq!(fast, slow, "fast and parsed heads differ for {doc:?}"),
                Err(e) => panic!("fast path accepted what the parser rejects ({e:?}): {doc:?}"),
            }
        }
    }

    #[test]
    fn fast_path_answers_as_the_parser_does() {
        let mut fast = 0;
        for doc in SAMPLES {
            check(doc);
            fast += fast_head(doc).is_some() as usize;
        }
        // the common shapes do take the fast path
        assert!(fast >= 8, "{fast}");
        for doc in &SAMPLES[..6] {
            assert!(fast_head(doc).is_some(), "{doc}");
        }
        // every single-byte edit of every sample: delete, or insert one of
        // the characters YAML cares about
        let inserts = [
            " ",
            "  ",
            ":",
            "- ",
            "#",
            "\n",
            "'",
            "\"",
            "|",
            "{",
            "[",
            "]",
            ",",
            "&",
            "*",
            "!",
            "?",
            "\\",
            "---\n",
            "\n  ",
            "\n- ",
            ": ",
            " #",
            "'a: b'",
            "...",
            "%",
            "|-\n",
            ">\n ",
            "\n    x\n",
        ];
        let mut mutated = 0;
        for doc in SAMPLES {
            for at in (0..=doc.len()).filter(|&at| doc.is_char_boundary(at)) {
                if let Some(c) = doc[at..].chars().next() {
                    let next = at + c.len_utf8();
                    check(&format!("{}{}", &doc[..at], &doc[next..]));
                    check(&format!("{} {}", &doc[..at], &doc[next..]));
                }
                for ins in inserts {
                    check(&format!("{}{ins}{}", &doc[..at], &doc[at..]));
                    mutated += 1;
                }
            }
        }
        assert!(mutated > 10_000, "{mutated}");
    }

    #[test]
    fn colon_space_or_space_hash_is_two_finds() {
        for s in [
            "",
            "a",
            "a: b",
            "a:b",
            "a #b",
            "a#b",
            "#",
            " #",
            ":",
            ": ",
            "x:y: z",
            "x#y #z",
            "a:#",
            "a: #",
            "ü: x",
            "a:\u{e9} #",
        ] {
            assert_eq!(colon_space_or_space_hash(s), s.contains(": ") || s.contains(" #"), "{s:?}");
        }
    }

    #[test]
    fn printable_ascii_blocks() {
        let long = "a: b\n".repeat(40);
        assert!(printable_ascii(long.as_bytes()) && printable_ascii(b"") && printable_ascii(b" ~\n"));
        for bad in [b'\t', b'\r', 0x7f, 0x80, 0x1f, 0] {
            let mut t = long.clone().into_bytes();
            t[130] = bad;
            assert!(!printable_ascii(&t), "{bad}");
            t[130] = b'x';
            t.push(bad);
            assert!(!printable_ascii(&t), "{bad} at the end");
        }
    }

    #[test]
    fn reads_kind_and_hook() {
        let h = read_head("apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\n  namespace: n\n  annotations:\n    a: b\n    \"helm.sh/hook\": test\nspec:\n  kind: Nope\n  list: [{kind: no}]\n").unwrap();
        assert_eq!(h, Head { kind: "Pod".into(), hook: Some("test".into()), has_namespace: true });
        let h = read_head("# c\nmetadata: {labels: {helm.sh/hook: x}}\nkind: Service\n").unwrap();
        assert_eq!(h, Head { kind: "Service".into(), hook: None, has_namespace: false });
        let h = read_head("---\nkind: A\n---\nkind: B\n").unwrap();
        assert_eq!(h.kind, "A");
        assert_eq!(read_head("a: [\n").unwrap_err().0, 2);
        assert!(read_head("a: b\n c: d\n").is_err());
        assert_eq!(read_head("just text").unwrap(), Head::default());
    }
}
