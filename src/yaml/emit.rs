//! YAML output in kustomize's style.
//!
//! kustomize turns every resource into JSON and re-encodes it with the go-yaml
//! v2 emitter (`sigs.k8s.io/yaml.JSONToYAML`). This module reproduces that
//! emitter's decisions for JSON-shaped data: natural key order, indentless
//! block sequences, scalar style selection (plain / single / double quoted /
//! literal block), folding of long lines at 80 columns and Go number format.
use std::cell::Cell;

use super::value::Number;
#[cfg(test)]
use super::value::{Map, Value};

/// A document node the emitter can write: kforge's own [`super::Value`] and
/// `serde_json::Value` (the chart side's type).
///
/// The node is handed to a function rather than returned, so a type whose
/// children sit behind a guard (the Go-template engine's maps, in a
/// `RefCell`) or whose numbers are made on the fly can be written directly.
pub trait YamlNode: Sized {
    fn with_node<R>(&self, f: impl FnOnce(Node<'_, Self>) -> R) -> R;
}

/// One node as the emitter sees it.
pub enum Node<'a, N> {
    Null,
    Bool(bool),
    Number(&'a Number),
    String(&'a str),
    Array(&'a [N]),
    /// Entries in any order (the emitter sorts them).
    Object(Vec<(&'a String, &'a N)>),
    /// Entries in byte order of their keys (kforge's own map): written
    /// without sorting when that is already the natural order.
    Sorted(&'a super::value::Map<String, N>),
}

impl YamlNode for super::value::Value {
    fn with_node<R>(&self, f: impl FnOnce(Node<'_, Self>) -> R) -> R {
        use super::value::Value as V;
        f(match self {
            V::Null => Node::Null,
            V::Bool(b) => Node::Bool(*b),
            V::Number(n) => Node::Number(n),
            V::String(s) => Node::String(s),
            V::Array(a) => Node::Array(a),
            V::Object(m) => Node::Sorted(m),
        })
    }
}

impl YamlNode for serde_json::Value {
    fn with_node<R>(&self, f: impl FnOnce(Node<'_, Self>) -> R) -> R {
        use serde_json::Value as V;
        f(match self {
            V::Null => Node::Null,
            V::Bool(b) => Node::Bool(*b),
            V::Number(n) => Node::Number(n),
            V::String(s) => Node::String(s),
            V::Array(a) => Node::Array(a),
            V::Object(m) => Node::Object(m.iter().collect()),
        })
    }
}

use super::key::{le32, le64};
use super::resolve::{format_json_float_for_yaml, v2_needs_quotes};
use super::sort::natural_less;

const BEST_INDENT: i32 = 2;
const BEST_WIDTH: usize = 80;

/// Write one document in kustomize's output style (ends with a newline).
pub fn to_yaml<N: YamlNode>(v: &N) -> String {
    let mut out = String::with_capacity(1024);
    to_yaml_into(v, &mut out);
    out
}

/// Append one document in kustomize's output style (ends with a newline).
pub fn to_yaml_into<N: YamlNode>(v: &N, out: &mut String) {
    emit_document(v, out, false, None);
}

/// [`to_yaml_into`] that hands the text made so far to `flush` whenever
/// `out` holds `at` bytes or more (checked between entries and items), so
/// a large document is written out through a buffer of about that size.
/// `flush` is expected to empty `out`; the text is the same in total.
pub fn to_yaml_flushing<N: YamlNode>(v: &N, out: &mut String, at: usize, flush: &mut dyn FnMut(&mut String)) {
    emit_document(v, out, false, Some((at, flush)));
}

/// One document as go-yaml v3's encoder writes it with `SetIndent(2)`
/// (Helm's `toYamlPretty`): block sequences indented under their key, no
/// folding of long lines, floats in Go's shortest `%g` form. Ends with a
/// newline.
pub fn to_yaml_pretty<N: YamlNode>(v: &N) -> String {
    let mut out = String::with_capacity(1024);
    emit_document(v, &mut out, true, None);
    out
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Style {
    Plain,
    Single,
    Double,
    Literal,
}

#[derive(Clone, Copy, Debug)]
struct Analysis {
    multiline: bool,
    block_plain_allowed: bool,
    single_quoted_allowed: bool,
    block_allowed: bool,
}

#[inline]
fn is_break(c: char) -> bool {
    matches!(c, '\r' | '\n' | '\u{85}' | '\u{2028}' | '\u{2029}')
}

/// Whether `s` holds a line break character (`\n`, `\r`, U+0085, U+2028, U+2029).
fn has_break(s: &str) -> bool {
    let b = s.as_bytes();
    if b.len() <= 32 {
        // short: cheaper than setting up `memchr`
        return b.iter().enumerate().any(|(i, &c)| {
            c == b'\n'
                || c == b'\r'
                || (c >= 0xC2 && matches!(&b[i..], [0xC2, 0x85, ..] | [0xE2, 0x80, 0xA8 | 0xA9, ..]))
        });
    }
    memchr::memchr(b'\n', b).is_some() || has_break_but_lf(b)
}

/// Whether `b` holds a line break character other than `\n`.
fn has_break_but_lf(b: &[u8]) -> bool {
    memchr::memchr(b'\r', b).is_some()
        || memchr::memchr2_iter(0xC2, 0xE2, b)
            .any(|i| matches!(&b[i..], [0xC2, 0x85, ..] | [0xE2, 0x80, 0xA8 | 0xA9, ..]))
}

#[inline]
fn is_blank(c: char) -> bool {
    c == ' ' || c == '\t'
}

#[inline]
fn is_blankz(c: char) -> bool {
    is_blank(c) || is_break(c) || c == '\0'
}

#[inline]
fn is_printable(c: char) -> bool {
    matches!(c, '\n' | ' '..='~' | '\u{A0}'..='\u{D7FF}') || (('\u{E000}'..='\u{FFFD}').contains(&c) && c != '\u{FEFF}')
}

/// Sort map entries with go-yaml v2's natural key order. Insertion sort for
/// short lists (as Go's sort does), merge sort beyond; neither can panic even
/// if the comparison were inconsistent.
fn sort_keys<'a, K: AsRef<str> + ?Sized, N>(entries: &mut [(&'a K, &'a N)]) {
    let n = entries.len();
    if n <= 12 {
        for i in 1..n {
            let mut j = i;
            while j > 0 && natural_less(entries[j].0.as_ref(), entries[j - 1].0.as_ref()) {
                entries.swap(j, j - 1);
                j -= 1;
            }
        }
        return;
    }
    let mut buf = entries.to_vec();
    merge_sort(entries, &mut buf);
}

fn merge_sort<'a, K: AsRef<str> + ?Sized, N>(v: &mut [(&'a K, &'a N)], buf: &mut [(&'a K, &'a N)]) {
    let n = v.len();
    if n <= 12 {
        for i in 1..n {
            let mut j = i;
            while j > 0 && natural_less(v[j].0.as_ref(), v[j - 1].0.as_ref()) {
                v.swap(j, j - 1);
                j -= 1;
            }
        }
        return;
    }
    let mid = n / 2;
    {
        let (l, r) = v.split_at_mut(mid);
        let (bl, br) = buf.split_at_mut(mid);
        merge_sort(l, bl);
        merge_sort(r, br);
    }
    buf[..n].copy_from_slice(v);
    let (mut i, mut j, mut k) = (0, mid, 0);
    while i < mid && j < n {
        if natural_less(buf[j].0.as_ref(), buf[i].0.as_ref()) {
            v[k] = buf[j];
            j += 1;
        } else {
            v[k] = buf[i];
            i += 1;
        }
        k += 1;
    }
    while i < mid {
        v[k] = buf[i];
        i += 1;
        k += 1;
    }
    while j < n {
        v[k] = buf[j];
        j += 1;
        k += 1;
    }
}

/// The empty string: plain or quoted, never a block scalar.
const EMPTY: Analysis =
    Analysis { multiline: false, block_plain_allowed: true, single_quoted_allowed: true, block_allowed: false };

const PLAIN_OK: Analysis =
    Analysis { multiline: false, block_plain_allowed: true, single_quoted_allowed: true, block_allowed: true };

/// Strings made only of `[A-Za-z0-9._/-]` (plus `:` not first or last),
/// not starting with `---`/`...`: the full analysis would allow everything.
#[inline]
fn is_simple_ascii(b: &[u8]) -> bool {
    let (Some(&first), Some(&last)) = (b.first(), b.last()) else { return false };
    if last == b':' {
        return false;
    }
    match first {
        b':' => return false,
        b'-' | b'.' if b == b"-" || b.starts_with(b"---") || b.starts_with(b"...") => return false,
        _ => {}
    }
    all_simple(b)
}

/// Whether every byte of `b` is one [`SIMPLE`] accepts, eight at a time
/// (a string's tail from overlapping loads: a byte read twice does not
/// change the answer).
#[inline]
fn all_simple(b: &[u8]) -> bool {
    let n = b.len();
    if n >= 8 {
        let mut i = 0;
        while i + 8 < n {
            if !simple_word(le64(&b[i..])) {
                return false;
            }
            i += 8;
        }
        simple_word(le64(&b[n - 8..]))
    } else if n >= 4 {
        simple_word(le32(b) | le32(&b[n - 4..]) << 32)
    } else if n > 0 {
        // bytes 0, n/2 and n-1 are all of them; the rest a simple byte
        simple_word(u64::from_le_bytes([b[0], b[n / 2], b[n - 1], b'a', b'a', b'a', b'a', b'a']))
    } else {
        true
    }
}

/// Whether all eight bytes of `w` are in `[A-Za-z0-9._/:-]` ([`SIMPLE`]):
/// `-./0-9:` is one range (0x2D..=0x3A), letters are one range once
/// lower-cased by setting bit 5, and `_`. For bytes below 0x80, adding
/// `0x80 - lo` sets a byte's top bit exactly when it is at least `lo`,
/// adding `0x7F - hi` exactly when it is above `hi` (no carry crosses
/// bytes: each sum stays below 0x100).
#[inline(always)]
fn simple_word(w: u64) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    if w & HIGH != 0 {
        return false;
    }
    let within = |x: u64, lo: u8, hi: u8| {
        x.wrapping_add(ONES * u64::from(0x80 - lo)) & !x.wrapping_add(ONES * u64::from(0x7F - hi)) & HIGH
    };
    let marks = within(w, b'-', b':') | within(w | (ONES * 0x20), b'a', b'z') | within(w, b'_', b'_');
    marks == HIGH
}

/// [`v2_needs_quotes`], answered at once for the many words that start
/// with a letter and are longer than any word YAML 1.1 reads as a boolean
/// or null (`false`, five letters).
#[inline]
fn needs_quotes(s: &str) -> bool {
    match s.as_bytes().first() {
        // YAML 1.1 reads no word of more than five letters, nor any word
        // starting with another letter than these, as a boolean or null
        Some(c)
            if c.is_ascii_alphabetic()
                && (s.len() > 5
                    || !matches!(c, b'y' | b'Y' | b'n' | b'N' | b't' | b'T' | b'f' | b'F' | b'o' | b'O')) =>
        {
            false
        }
        _ => v2_needs_quotes(s),
    }
}

/// Whether a mapping key is written plain as it is: the general path of
/// [`Emitter::emit_entry_as`] would write it so.
#[inline]
fn plain_key_text(k: &str) -> bool {
    k.len() <= 128 && is_simple_ascii(k.as_bytes()) && !needs_quotes(k)
}

/// The bytes [`is_simple_ascii`] accepts: `[A-Za-z0-9._/:-]`.
#[cfg(test)]
const SIMPLE: [bool; 256] = {
    let mut t = [false; 256];
    let mut c = 0usize;
    while c < 128 {
        let b = c as u8;
        t[c] = b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'/' | b'-' | b':');
        c += 1;
    }
    t
};

/// Whether sorting `keys` (in their current order) with [`sort_keys`]
/// would leave them as they are. Exact for the short maps `sort_keys`
/// insertion-sorts (no adjacent pair out of order); longer maps answer
/// `false` and are sorted.
fn keys_in_order<'a>(mut keys: impl Iterator<Item = &'a super::value::Key>, n: usize) -> bool {
    if n > 12 {
        return false;
    }
    let Some(mut prev) = keys.next() else { return true };
    for k in keys {
        if natural_less(k, prev) {
            return false;
        }
        prev = k;
    }
    true
}

/// go-yaml's `yaml_emitter_analyze_scalar` (block context only; flow_plain is
/// irrelevant since only empty collections are written in flow style).
fn analyze(value: &str) -> Analysis {
    if is_simple_ascii(value.as_bytes()) {
        return PLAIN_OK;
    }
    analyze_full(value)
}

/// What go-yaml's scalar analysis finds in a string.
struct Facts {
    block_indicators: bool,
    special_characters: bool,
    line_breaks: bool,
    leading_space: bool,
    leading_break: bool,
    trailing_space: bool,
    trailing_break: bool,
    break_space: bool,
    space_break: bool,
}

impl Facts {
    /// The styles those facts allow.
    fn analysis(&self) -> Analysis {
        let mut a = Analysis {
            multiline: self.line_breaks,
            block_plain_allowed: true,
            single_quoted_allowed: true,
            block_allowed: true,
        };
        if self.leading_space || self.leading_break || self.trailing_space || self.trailing_break {
            a.block_plain_allowed = false;
        }
        if self.trailing_space {
            a.block_allowed = false;
        }
        if self.break_space {
            a.block_plain_allowed = false;
            a.single_quoted_allowed = false;
        }
        if self.space_break || self.special_characters {
            a.block_plain_allowed = false;
            a.single_quoted_allowed = false;
            a.block_allowed = false;
        }
        if self.line_breaks {
            a.block_plain_allowed = false;
        }
        if self.block_indicators {
            a.block_plain_allowed = false;
        }
        a
    }
}

fn analyze_full(value: &str) -> Analysis {
    if value.is_empty() {
        return EMPTY;
    }
    let bytes = value.as_bytes();
    let n = bytes.len();
    // The first and last characters: indicators, leading and trailing
    // spaces or breaks.
    let first = value.chars().next().unwrap_or(' ');
    let last = value.chars().next_back().unwrap_or(' ');
    let followed_by_whitespace = |i: usize| matches!(bytes.get(i), None | Some(b' ' | b'\t'));
    let mut f = Facts {
        block_indicators: n >= 3 && (bytes.starts_with(b"---") || bytes.starts_with(b"...")),
        special_characters: false,
        line_breaks: false,
        leading_space: first == ' ',
        leading_break: is_break(first),
        trailing_space: last == ' ',
        trailing_break: is_break(last),
        break_space: false,
        space_break: false,
    };
    match first {
        '#' | ',' | '[' | ']' | '{' | '}' | '&' | '*' | '!' | '|' | '>' | '\'' | '"' | '%' | '@' | '`' => {
            f.block_indicators = true
        }
        '?' | ':' | '-' if followed_by_whitespace(1) => f.block_indicators = true,
        _ => {}
    }
    // The rest: runs of printable ASCII other than `:` and `#` (spaces
    // included) are skipped, eight bytes at a time where possible; other
    // characters update the state go-yaml keeps per character (what the
    // previous character was). In such a run only its first character
    // (a space after a break) and its last (a space or not) matter.
    let (mut previous_space, mut previous_break, mut preceded_by_whitespace) = (false, false, true);
    let mut i = 0;
    while i < n {
        let b = bytes[i];
        if ORDINARY[b as usize] {
            if b == b' ' && previous_break {
                f.break_space = true;
            }
            i += 1;
            while let Some(word) = bytes.get(i..i + 8) {
                let w = u64::from_le_bytes([word[0], word[1], word[2], word[3], word[4], word[5], word[6], word[7]]);
                if !all_ordinary(w) {
                    break;
                }
                i += 8;
            }
            while i < n && ORDINARY[bytes[i] as usize] {
                i += 1;
            }
            let last_space = bytes[i - 1] == b' ';
            (previous_space, previous_break, preceded_by_whitespace) = (last_space, false, last_space);
            continue;
        }
        let c = if b < 0x80 { b as char } else { value[i..].chars().next().unwrap_or('\0') };
        match c {
            ':' if i > 0 && followed_by_whitespace(i + 1) => f.block_indicators = true,
            '#' if i > 0 && preceded_by_whitespace => f.block_indicators = true,
            _ => {}
        }
        if !is_printable(c) {
            f.special_characters = true;
        }
        if c == ' ' {
            f.break_space |= previous_break;
            (previous_space, previous_break) = (true, false);
        } else if is_break(c) {
            f.line_breaks = true;
            f.space_break |= previous_space;
            (previous_space, previous_break) = (false, true);
        } else {
            (previous_space, previous_break) = (false, false);
        }
        preceded_by_whitespace = is_blankz(c);
        i += c.len_utf8();
    }
    f.analysis()
}

/// Printable ASCII whose effect on the analysis state depends only on
/// whether it is a space: everything from ` ` to `~` except `:` and `#`.
const ORDINARY: [bool; 256] = {
    let mut t = [false; 256];
    let mut c = b' ';
    while c <= b'~' {
        t[c as usize] = c != b':' && c != b'#';
        c += 1;
    }
    t
};

/// Whether every byte of `w` is [`ORDINARY`] (the classic bit tricks:
/// a byte below 0x20, at 0x7F or above, or equal to `:` or `#`).
#[inline]
fn all_ordinary(w: u64) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let has_zero = |v: u64| v.wrapping_sub(ONES) & !v & HIGH != 0;
    let has_less_than_space = w.wrapping_sub(ONES * 0x20) & !w & HIGH != 0;
    w & HIGH == 0
        && !has_less_than_space
        && !has_zero(w ^ (ONES * 0x7F))
        && !has_zero(w ^ (ONES * u64::from(b':')))
        && !has_zero(w ^ (ONES * u64::from(b'#')))
}

/// Whether `f` holds for some pair of adjacent bytes of `b` (the last byte
/// is paired with an `a`, which `f` must treat as harmless). A block of
/// 32 pairs at a time, without a branch per byte (the compiler turns the
/// block into vector instructions); the last block overlaps the one before
/// it, and text shorter than a block is copied into one padded with `a`.
#[inline(always)]
fn any_pair(b: &[u8], f: impl Fn(u8, u8) -> bool + Copy) -> bool {
    #[inline(always)]
    fn block(x: &[u8], y: &[u8], f: impl Fn(u8, u8) -> bool) -> bool {
        let (x, y) = (&x[..32], &y[..32]);
        let mut any = false;
        for k in 0..32 {
            any |= f(x[k], y[k]);
        }
        any
    }
    let n = b.len();
    if n < 33 {
        let mut buf = [b'a'; 33];
        buf[..n].copy_from_slice(b);
        return block(&buf[..32], &buf[1..], f);
    }
    let mut i = 0;
    while i + 33 <= n {
        if block(&b[i..], &b[i + 1..], f) {
            return true;
        }
        i += 32;
    }
    // the pairs left, and the last byte with an `a`
    let mut last = [b'a'; 34];
    last[..33].copy_from_slice(&b[n - 33..]);
    block(&last[1..], &last[2..], f)
}

/// Outside printable ASCII and `\n`: left to the full analysis.
#[inline(always)]
fn odd_byte(c: u8) -> bool {
    (c.wrapping_sub(b' ') > b'~' - b' ') & (c != b'\n')
}

/// Whether go-yaml writes `value`, which holds a `\n`, as a literal block
/// (outside a key) when the full analysis would find nothing against it:
/// printable ASCII and `\n` only, no space before a break or at the end.
/// `false` also for strings the answer needs the full analysis for.
fn literal_clean(value: &str) -> bool {
    let b = value.as_bytes();
    b.last() != Some(&b' ') && !any_pair(b, |c, d| odd_byte(c) | ((c == b' ') & (d == b'\n')))
}

/// Whether go-yaml writes `value`, which holds no `\n` and reads as a
/// string, as a plain scalar: printable ASCII only, no leading or
/// trailing space, no indicator (at the start, `: `, ` #`, a `:` at the
/// end, `---` or `...` first). `false` also for strings the answer needs
/// the full analysis for.
fn plain_clean(value: &str) -> bool {
    let b = value.as_bytes();
    let (Some(&first), Some(&last)) = (b.first(), b.last()) else { return false };
    let followed_by_space = b.len() == 1 || b[1] == b' ';
    !(first == b' '
        || last == b' '
        || last == b':'
        || super::fast::starts_no_plain(first)
        || (matches!(first, b'?' | b':' | b'-') && followed_by_space)
        || (b.len() >= 3 && (b.starts_with(b"---") || b.starts_with(b"...")))
        || any_pair(b, |c, d| odd_byte(c) | ((c == b':') & (d == b' ')) | ((c == b' ') & (d == b'#'))))
}

#[cfg(test)]
fn analyze_chars(value: &str) -> Analysis {
    if value.is_empty() {
        return EMPTY;
    }
    let bytes = value.as_bytes();
    // Fast path: printable ASCII without leading/trailing space, without
    // indicators. Most Kubernetes strings qualify.
    let mut block_indicators = false;
    let mut line_breaks = false;
    let mut special_characters = false;
    let mut leading_space = false;
    let mut leading_break = false;
    let mut trailing_space = false;
    let mut trailing_break = false;
    let mut break_space = false;
    let mut space_break = false;
    let mut previous_space = false;
    let mut previous_break = false;

    if bytes.len() >= 3 && (bytes.starts_with(b"---") || bytes.starts_with(b"...")) {
        block_indicators = true;
    }
    let mut preceded_by_whitespace = true;
    let mut iter = value.char_indices().peekable();
    let mut first = true;
    while let Some((i, c)) = iter.next() {
        let next = iter.peek().map(|&(_, n)| n);
        let followed_by_whitespace = match next {
            None => true,
            Some(n) => is_blank(n),
        };
        if first {
            match c {
                '#' | ',' | '[' | ']' | '{' | '}' | '&' | '*' | '!' | '|' | '>' | '\'' | '"' | '%' | '@' | '`' => {
                    block_indicators = true
                }
                '?' | ':' | '-' if followed_by_whitespace => block_indicators = true,
                _ => {}
            }
        } else {
            match c {
                ':' if followed_by_whitespace => block_indicators = true,
                '#' if preceded_by_whitespace => block_indicators = true,
                _ => {}
            }
        }
        if !is_printable(c) {
            special_characters = true;
        }
        if c == ' ' {
            if first {
                leading_space = true;
            }
            if next.is_none() {
                trailing_space = true;
            }
            if previous_break {
                break_space = true;
            }
            previous_space = true;
            previous_break = false;
        } else if is_break(c) {
            line_breaks = true;
            if first {
                leading_break = true;
            }
            if next.is_none() {
                trailing_break = true;
            }
            if previous_space {
                space_break = true;
            }
            previous_space = false;
            previous_break = true;
        } else {
            previous_space = false;
            previous_break = false;
        }
        preceded_by_whitespace = is_blankz(c);
        first = false;
        let _ = i;
    }
    Facts {
        block_indicators,
        special_characters,
        line_breaks,
        leading_space,
        leading_break,
        trailing_space,
        trailing_break,
        break_space,
        space_break,
    }
    .analysis()
}

/// go-yaml's `yaml_emitter_select_scalar_style` for block context.
fn select_style(requested: Style, a: &Analysis, value: &str, simple_key: bool) -> Style {
    let mut style = requested;
    if simple_key && a.multiline {
        style = Style::Double;
    }
    if style == Style::Plain {
        if !a.block_plain_allowed {
            style = Style::Single;
        }
        if value.is_empty() && simple_key {
            style = Style::Single;
        }
    }
    if style == Style::Single && !a.single_quoted_allowed {
        style = Style::Double;
    }
    if style == Style::Literal && (!a.block_allowed || simple_key) {
        style = Style::Double;
    }
    style
}

/// The style go-yaml v2's encoder asks for when writing a Go string.
#[inline]
fn string_style(s: &str) -> Style {
    if s.contains('\n') {
        Style::Literal
    } else if needs_quotes(s) {
        Style::Double
    } else {
        Style::Plain
    }
}

struct Emitter<'a> {
    out: &'a mut String,
    /// Column in characters.
    column: usize,
    indent: i32,
    whitespace: bool,
    indention: bool,
    /// go-yaml v3 layout (see `to_yaml_pretty`).
    pretty: bool,
    /// See [`to_yaml_flushing`]: the size at which `out` is handed over.
    /// The emitter only appends to `out` and keeps its own column, so the
    /// text written before does not matter.
    flush: Option<(usize, Flush<'a>)>,
    /// Inline keys (their two words) known to print plain as they are:
    /// mapping keys repeat, and this answers for them without looking at
    /// their text again. All zeros (no inline key's words) when empty.
    plain_keys: [[usize; 2]; PLAIN_KEY_SLOTS],
}

/// Slots of [`Emitter::plain_keys`] (a power of two).
const PLAIN_KEY_SLOTS: usize = 64;

thread_local! {
    /// [`Emitter::plain_keys`] kept from one document to the next (the
    /// keys of a stream's resources are much the same).
    static PLAIN_KEYS: Cell<[[usize; 2]; PLAIN_KEY_SLOTS]> = const { Cell::new([[0; 2]; PLAIN_KEY_SLOTS]) };
}

/// What [`to_yaml_flushing`] hands the text to.
type Flush<'a> = &'a mut dyn FnMut(&mut String);

/// One document from the top (column 0, no indentation) and its end, in
/// kustomize's layout or (`pretty`) go-yaml v3's, with the thread's table
/// of plain-printing keys carried in and back.
fn emit_document<'a, N: YamlNode>(v: &N, out: &'a mut String, pretty: bool, flush: Option<(usize, Flush<'a>)>) {
    let mut e = Emitter {
        out,
        column: 0,
        indent: -1,
        whitespace: true,
        indention: true,
        pretty,
        flush,
        plain_keys: PLAIN_KEYS.with(Cell::get),
    };
    e.emit_node(v, false, false);
    // document end
    e.indent = -1;
    e.write_indent();
    PLAIN_KEYS.with(|c| c.set(e.plain_keys));
}

impl Emitter<'_> {
    #[inline]
    fn maybe_flush(&mut self) {
        if let Some((at, f)) = &mut self.flush {
            if self.out.len() >= *at {
                f(self.out);
            }
        }
    }

    #[inline]
    fn put(&mut self, c: char) {
        self.out.push(c);
        self.column += 1;
    }

    #[inline]
    fn put_break(&mut self) {
        self.out.push('\n');
        self.column = 0;
    }

    #[inline]
    fn write_ascii(&mut self, s: &str) {
        self.out.push_str(s);
        self.column += s.len();
    }

    fn write_indent(&mut self) {
        let indent = self.indent.max(0) as usize;
        // a line break and the spaces after it, in one copy when they fit
        const NL_SPACES: &str = "\n                                                                ";
        const SPACES: &str = "                                                                ";
        if !self.indention || self.column > indent || (self.column == indent && !self.whitespace) {
            if indent <= SPACES.len() {
                self.out.push_str(&NL_SPACES[..1 + indent]);
                self.column = indent;
            } else {
                self.put_break();
            }
        }
        while self.column < indent {
            let n = (indent - self.column).min(SPACES.len());
            self.out.push_str(&SPACES[..n]);
            self.column += n;
        }
        self.whitespace = true;
        self.indention = true;
    }

    fn write_indicator(&mut self, ind: &str, need_whitespace: bool, is_whitespace: bool, is_indention: bool) {
        if need_whitespace && !self.whitespace {
            self.put(' ');
        }
        self.write_ascii(ind);
        self.whitespace = is_whitespace;
        self.indention = self.indention && is_indention;
    }

    fn increase_indent(&mut self, flow: bool, indentless: bool) {
        if self.indent < 0 {
            self.indent = if flow { BEST_INDENT } else { 0 };
        } else if !indentless {
            self.indent += BEST_INDENT;
        }
    }

    fn emit_node<N: YamlNode>(&mut self, v: &N, mapping_ctx: bool, simple_key: bool) {
        v.with_node(|node| self.emit_parts(node, mapping_ctx, simple_key))
    }

    fn emit_parts<N: YamlNode>(&mut self, node: Node<'_, N>, mapping_ctx: bool, simple_key: bool) {
        match node {
            Node::Null => self.emit_simple_plain("null"),
            Node::Bool(true) => self.emit_simple_plain("true"),
            Node::Bool(false) => self.emit_simple_plain("false"),
            Node::Number(n) => {
                let mut buf = String::new();
                if let Some(i) = n.as_i64() {
                    buf = i.to_string();
                } else if let Some(u) = n.as_u64() {
                    buf = u.to_string();
                } else if let Some(f) = n.as_f64() {
                    if self.pretty {
                        buf = super::resolve::format_go_float(f, false);
                    } else {
                        format_json_float_for_yaml(f, &mut buf);
                    }
                }
                self.emit_simple_plain(&buf);
            }
            Node::String(s) => {
                if is_simple_ascii(s.as_bytes()) {
                    // no line break, no space: plain as it is, or quoted
                    // when YAML would read another type
                    if needs_quotes(s) {
                        self.emit_scalar(s, Style::Double, &PLAIN_OK, simple_key);
                    } else {
                        self.emit_simple_plain(s);
                    }
                } else {
                    // The styles most text gets, known without the full
                    // analysis: a literal block, a plain scalar.
                    let lf = memchr::memchr(b'\n', s.as_bytes()).is_some();
                    let style = if lf {
                        Style::Literal
                    } else if needs_quotes(s) {
                        Style::Double
                    } else {
                        Style::Plain
                    };
                    let known = !simple_key
                        && match style {
                            Style::Literal => literal_clean(s),
                            Style::Plain => plain_clean(s),
                            _ => false,
                        };
                    if known {
                        self.emit_text(s, style, &PLAIN_OK, simple_key, true);
                    } else {
                        self.emit_scalar(s, style, &analyze_full(s), simple_key);
                    }
                }
            }
            Node::Array(items) => {
                if items.is_empty() {
                    self.emit_empty_flow("[", "]");
                } else {
                    let saved = self.indent;
                    self.increase_indent(false, !self.pretty && mapping_ctx && !self.indention);
                    for item in items {
                        self.maybe_flush();
                        self.write_indent();
                        self.write_indicator("-", true, false, true);
                        self.emit_node(item, false, false);
                    }
                    self.indent = saved;
                }
            }
            Node::Object(entries) => {
                if entries.is_empty() {
                    self.emit_empty_flow("{", "}");
                } else {
                    self.emit_mapping(entries);
                }
            }
            Node::Sorted(m) => {
                if m.is_empty() {
                    self.emit_empty_flow("{", "}");
                } else if keys_in_order(m.keys(), m.len()) {
                    let saved = self.indent;
                    self.increase_indent(false, false);
                    for (k, v) in m.iter() {
                        let plain = self.plain_key(k);
                        self.emit_entry_as(k, plain, v);
                    }
                    self.indent = saved;
                } else {
                    self.emit_mapping(m.iter().collect());
                }
            }
        }
    }

    fn emit_mapping<'n, K: AsRef<str> + ?Sized, N: YamlNode>(&mut self, mut entries: Vec<(&'n K, &'n N)>) {
        let saved = self.indent;
        self.increase_indent(false, false);
        sort_keys(&mut entries);
        for (k, v) in entries {
            self.emit_entry(k.as_ref(), v);
        }
        self.indent = saved;
    }

    /// Whether key `k` prints plain as it is (see [`plain_key_text`]),
    /// remembered for inline keys.
    #[inline]
    fn plain_key(&mut self, k: &super::value::Key) -> bool {
        let Some(words) = k.inline_words() else { return plain_key_text(k) };
        let h = (words[0] as u64 ^ (words[1] as u64).rotate_left(29)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        let slot = (h >> 32) as usize % PLAIN_KEY_SLOTS;
        if self.plain_keys[slot] == words {
            return true;
        }
        let plain = plain_key_text(k);
        if plain {
            self.plain_keys[slot] = words;
        }
        plain
    }

    /// One `key: value` entry of a block mapping.
    fn emit_entry<N: YamlNode>(&mut self, k: &str, v: &N) {
        self.emit_entry_as(k, plain_key_text(k), v)
    }

    /// [`Self::emit_entry`]; `plain`: what [`plain_key_text`] says of `k`.
    fn emit_entry_as<N: YamlNode>(&mut self, k: &str, plain: bool, v: &N) {
        self.maybe_flush();
        self.write_indent();
        if plain {
            // what the general path below does for such a key
            self.emit_simple_plain(k);
            self.write_indicator(":", false, false, false);
        } else {
            let a = analyze(k);
            let simple = !a.multiline && k.len() <= 128;
            if simple {
                // A plain `<<` key would be read back as a merge key.
                let style = if k == "<<" { Style::Double } else { string_style(k) };
                self.emit_scalar(k, style, &a, true);
                self.write_indicator(":", false, false, false);
            } else {
                self.write_indicator("?", true, false, true);
                self.emit_scalar(k, string_style(k), &a, false);
                self.write_indent();
                self.write_indicator(":", true, false, true);
            }
        }
        self.emit_node(v, true, false);
    }

    fn emit_empty_flow(&mut self, open: &str, close: &str) {
        self.write_indicator(open, true, true, false);
        self.write_indicator(close, false, false, false);
    }

    /// A plain scalar known to be ASCII without spaces or indicators
    /// (null, booleans, numbers).
    fn emit_simple_plain(&mut self, s: &str) {
        if !self.whitespace {
            self.put(' ');
        }
        self.write_ascii(s);
        self.whitespace = false;
        self.indention = false;
    }

    fn emit_scalar(&mut self, value: &str, requested: Style, a: &Analysis, simple_key: bool) {
        self.emit_text(value, requested, a, simple_key, false);
    }

    /// [`Self::emit_scalar`]; `clean`: `value` is known to be written in
    /// the style `requested` (see [`literal_clean`], [`plain_clean`]) and
    /// to hold only printable ASCII and `\n`, so the writers need not look
    /// for other characters.
    fn emit_text(&mut self, value: &str, requested: Style, a: &Analysis, simple_key: bool, clean: bool) {
        let style = select_style(requested, a, value, simple_key);
        let saved = self.indent;
        self.increase_indent(true, false);
        let breaks = !simple_key && !self.pretty;
        match style {
            Style::Plain => self.write_plain(value, breaks, clean),
            Style::Single => self.write_single(value, breaks),
            Style::Double => self.write_double(value, breaks),
            Style::Literal => self.write_literal(value, clean),
        }
        self.indent = saved;
    }

    fn write_break_char(&mut self, c: char) {
        if c == '\n' {
            self.put_break();
        } else {
            self.out.push(c);
            self.column = 0;
        }
    }

    /// `clean`: printable ASCII without a line break (a plain scalar has
    /// none, so no `\n` either).
    fn write_plain(&mut self, value: &str, allow_breaks: bool, clean: bool) {
        if !self.whitespace {
            self.put(' ');
        }
        // Fast path: nothing to fold.
        if (!allow_breaks
            || self.column + value.len() <= BEST_WIDTH + 1
            || memchr::memchr(b' ', value.as_bytes()).is_none())
            && (clean || (value.is_ascii() && memchr::memchr2(b'\n', b'\r', value.as_bytes()).is_none()))
        {
            self.write_ascii(value);
            self.whitespace = false;
            self.indention = false;
            return;
        }
        if clean || !has_break(value) {
            self.write_words(value, allow_breaks, false);
            return;
        }
        self.write_plain_chars(value, allow_breaks);
    }

    /// A plain scalar's text, a character at a time (for text with breaks).
    fn write_plain_chars(&mut self, value: &str, allow_breaks: bool) {
        let mut spaces = false;
        let mut breaks = false;
        let mut it = value.chars().peekable();
        while let Some(c) = it.next() {
            if c == ' ' {
                let next_is_space = it.peek() == Some(&' ');
                if allow_breaks && !spaces && self.column > BEST_WIDTH && !next_is_space {
                    self.write_indent();
                } else {
                    self.put(c);
                }
                spaces = true;
            } else if is_break(c) {
                if !breaks && c == '\n' {
                    self.put_break();
                }
                self.write_break_char(c);
                self.indention = true;
                breaks = true;
            } else {
                if breaks {
                    self.write_indent();
                }
                self.put(c);
                self.indention = false;
                spaces = false;
                breaks = false;
            }
        }
        self.whitespace = false;
        self.indention = false;
    }

    /// The text of a plain or single-quoted scalar without line breaks, a
    /// run of non-spaces at a time: a space past column 80 becomes a line
    /// break (not the first or last character of a quoted scalar, not one
    /// before another space, not after another space), single quotes are
    /// doubled in a quoted scalar.
    fn write_words(&mut self, value: &str, allow_breaks: bool, quoted: bool) {
        let b = value.as_bytes();
        let n = b.len();
        // In ASCII text without quotes to double, the bytes up to column 81
        // cannot fold (a space folds only past column 80): copied at once.
        let bulk = value.is_ascii() && !(quoted && memchr::memchr(b'\'', b).is_some());
        let mut spaces = false;
        let mut i = 0;
        while i < n {
            if bulk && (self.column <= BEST_WIDTH || !allow_breaks) {
                let k = if allow_breaks { (BEST_WIDTH + 1 - self.column).min(n - i) } else { n - i };
                let part = &b[i..i + k];
                self.out.push_str(&value[i..i + k]);
                self.column += k;
                if part.iter().any(|&c| c != b' ') {
                    self.indention = false;
                }
                spaces = part[k - 1] == b' ';
                i += k;
                continue;
            }
            if b[i] == b' ' {
                let next_is_space = b.get(i + 1) == Some(&b' ');
                if allow_breaks
                    && !spaces
                    && self.column > BEST_WIDTH
                    && !next_is_space
                    && (!quoted || (i > 0 && i < n - 1))
                {
                    self.write_indent();
                } else {
                    self.put(' ');
                }
                spaces = true;
                i += 1;
                continue;
            }
            // (words are short: a plain loop rather than `memchr`)
            let end = b[i..].iter().position(|&c| c == b' ').map_or(n, |k| i + k);
            let word = &value[i..end];
            let chars = if bulk || word.is_ascii() { word.len() } else { word.chars().count() };
            if quoted && memchr::memchr(b'\'', word.as_bytes()).is_some() {
                for c in word.chars() {
                    if c == '\'' {
                        self.out.push('\'');
                        self.column += 1;
                    }
                    self.out.push(c);
                }
            } else {
                self.out.push_str(word);
            }
            self.column += chars;
            self.indention = false;
            spaces = false;
            i = end;
        }
        self.whitespace = false;
        self.indention = false;
    }

    fn write_single(&mut self, value: &str, allow_breaks: bool) {
        self.write_indicator("'", true, false, false);
        if !has_break(value) {
            self.write_words(value, allow_breaks, true);
        } else {
            self.write_single_chars(value, allow_breaks);
        }
        self.write_indicator("'", false, false, false);
        self.whitespace = false;
        self.indention = false;
    }

    /// A single-quoted scalar's text, a character at a time (for text with breaks).
    fn write_single_chars(&mut self, value: &str, allow_breaks: bool) {
        let mut spaces = false;
        let mut breaks = false;
        let n = value.len();
        let mut it = value.char_indices().peekable();
        while let Some((i, c)) = it.next() {
            if c == ' ' {
                let next_is_space = it.peek().map(|&(_, n)| n) == Some(' ');
                if allow_breaks && !spaces && self.column > BEST_WIDTH && i > 0 && i < n - 1 && !next_is_space {
                    self.write_indent();
                } else {
                    self.put(c);
                }
                spaces = true;
            } else if is_break(c) {
                if !breaks && c == '\n' {
                    self.put_break();
                }
                self.write_break_char(c);
                self.indention = true;
                breaks = true;
            } else {
                if breaks {
                    self.write_indent();
                }
                if c == '\'' {
                    self.put('\'');
                }
                self.put(c);
                self.indention = false;
                spaces = false;
                breaks = false;
            }
        }
    }

    fn write_double(&mut self, value: &str, allow_breaks: bool) {
        self.write_indicator("\"", true, false, false);
        let mut spaces = false;
        let n = value.len();
        let mut it = value.char_indices().peekable();
        while let Some((i, c)) = it.next() {
            if !is_printable(c) || c == '\u{FEFF}' || is_break(c) || c == '"' || c == '\\' {
                self.put('\\');
                match c {
                    '\0' => self.put('0'),
                    '\u{07}' => self.put('a'),
                    '\u{08}' => self.put('b'),
                    '\t' => self.put('t'),
                    '\n' => self.put('n'),
                    '\u{0B}' => self.put('v'),
                    '\u{0C}' => self.put('f'),
                    '\r' => self.put('r'),
                    '\u{1B}' => self.put('e'),
                    '"' => self.put('"'),
                    '\\' => self.put('\\'),
                    '\u{85}' => self.put('N'),
                    '\u{A0}' => self.put('_'),
                    '\u{2028}' => self.put('L'),
                    '\u{2029}' => self.put('P'),
                    _ => {
                        let v = c as u32;
                        let (letter, width) = if v <= 0xFF {
                            ('x', 2)
                        } else if v <= 0xFFFF {
                            ('u', 4)
                        } else {
                            ('U', 8)
                        };
                        self.put(letter);
                        for k in (0..width).rev() {
                            let d = (v >> (k * 4)) & 0xF;
                            let ch = if d < 10 { (b'0' + d as u8) as char } else { (b'A' + (d as u8 - 10)) as char };
                            self.put(ch);
                        }
                    }
                }
                spaces = false;
            } else if c == ' ' {
                if allow_breaks && !spaces && self.column > BEST_WIDTH && i != 0 && i != n - 1 {
                    self.write_indent();
                    if it.peek().map(|&(_, n)| n) == Some(' ') {
                        self.put('\\');
                    }
                } else {
                    self.put(c);
                }
                spaces = true;
            } else {
                self.put(c);
                spaces = false;
            }
        }
        self.write_indicator("\"", false, false, false);
        self.whitespace = false;
        self.indention = false;
    }

    /// `clean`: printable ASCII and `\n` only.
    fn write_literal(&mut self, value: &str, clean: bool) {
        self.write_indicator("|", true, false, false);
        // block scalar hints
        if value.starts_with(' ') || value.chars().next().is_some_and(is_break) {
            self.write_indicator("2", false, false, false);
        }
        let mut rev = value.chars().rev();
        let chomp = match rev.next() {
            None => Some("-"),
            Some(last) if !is_break(last) => Some("-"),
            Some(_) => match rev.next() {
                None => Some("+"),
                Some(prev) if is_break(prev) => Some("+"),
                Some(_) => None,
            },
        };
        if let Some(ch) = chomp {
            self.write_indicator(ch, false, false, false);
        }
        self.put_break();
        self.indention = true;
        self.whitespace = true;
        let mut breaks = true;
        // Line by line: `memchr` for `\n` when that is the only break there is.
        let only_lf = clean || !has_break_but_lf(value.as_bytes());
        let mut rest = value;
        while !rest.is_empty() {
            // some text followed by at most one break char
            let found = if only_lf {
                memchr::memchr(b'\n', rest.as_bytes()).map(|i| (i, '\n'))
            } else {
                rest.char_indices().find(|&(_, c)| is_break(c))
            };
            let (text, brk) = match found {
                Some((i, c)) => {
                    let text = &rest[..i];
                    rest = &rest[i + c.len_utf8()..];
                    (text, Some(c))
                }
                None => (std::mem::take(&mut rest), None),
            };
            if !text.is_empty() {
                if breaks {
                    self.write_indent();
                }
                self.out.push_str(text);
                self.column += if clean || text.is_ascii() { text.len() } else { text.chars().count() };
                self.indention = false;
                breaks = false;
            }
            if let Some(c) = brk {
                self.write_break_char(c);
                self.indention = true;
                breaks = true;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::yaml::json;

    fn y(v: Value) -> String {
        to_yaml(&v)
    }

    /// Strings built from pieces that matter to the analysis and to folding.
    fn tricky_strings() -> Vec<String> {
        let pieces = [
            "a",
            "word",
            " ",
            "  ",
            ":",
            ": ",
            " #",
            "#",
            "-",
            "- ",
            "?",
            "'",
            "\"",
            "\n",
            "\r",
            "\t",
            "\u{85}",
            "\u{2028}",
            "\u{a0}",
            "é",
            "日本",
            "\u{feff}",
            "\u{1F600}",
            "---",
            "...",
            "\0",
            "\u{7f}",
            "x:y",
            "plain text, more words",
            "0123456789abcdef",
        ];
        let mut out = Vec::new();
        let mut seed = 0x2545_F491_4F6C_DD1Du64;
        let mut next = || {
            seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
            seed >> 33
        };
        for p in pieces {
            out.push(p.to_string());
            for q in pieces {
                out.push(format!("{p}{q}"));
                out.push(format!("{p}x{q}"));
            }
        }
        for _ in 0..4000 {
            let len = (next() % 40) as usize;
            let mut s = String::new();
            for _ in 0..len {
                s.push_str(pieces[(next() % pieces.len() as u64) as usize]);
            }
            out.push(s);
        }
        out
    }

    /// The word-at-a-time class test answers as the table does, for every
    /// byte at every position of strings of every short length.
    #[test]
    fn simple_words_match_the_table() {
        let by_table = |b: &[u8]| b.iter().all(|&c| SIMPLE[c as usize]);
        for n in 0..=20 {
            for at in 0..n {
                for c in 0..=255u8 {
                    let mut b = vec![b'x'; n];
                    for (i, d) in b.iter_mut().enumerate() {
                        *d = b"aZ09._/:-"[i % 9];
                    }
                    b[at] = c;
                    assert_eq!(all_simple(&b), by_table(&b), "{b:?}");
                }
            }
        }
        for w in 0..=u16::MAX {
            let b = [w as u8, (w >> 8) as u8, b'q', b'Q', b'5', b'.', b'/', b'_'];
            assert_eq!(simple_word(u64::from_le_bytes(b)), by_table(&b), "{b:?}");
        }
    }

    #[test]
    fn quoting_shortcut_agrees() {
        let words = ["false", "FALSE", "falsey", "nullable", "Yes", "yes1", "off", "OFF", "Offset", "true", "TRUE!"];
        for s in tricky_strings().iter().map(String::as_str).chain(words) {
            assert_eq!(needs_quotes(s), v2_needs_quotes(s), "{s:?}");
        }
    }

    #[test]
    fn word_test_matches_the_table() {
        let mut seed = 0x9E37_79B9_7F4A_7C15u64;
        for round in 0..200_000u64 {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            // mostly ordinary bytes, one or two odd ones in some rounds
            let mut b: [u8; 8] = std::array::from_fn(|k| b' ' + ((seed >> (k * 7)) % 95) as u8);
            if round % 3 == 0 {
                b[(seed >> 60) as usize % 8] = (seed >> 52) as u8;
            }
            let expected = b.iter().all(|&c| ORDINARY[c as usize]);
            assert_eq!(all_ordinary(u64::from_le_bytes(b)), expected, "{b:?}");
        }
    }

    #[test]
    fn byte_analysis_equals_character_analysis() {
        for s in tricky_strings() {
            let (a, b) = (analyze_full(&s), analyze_chars(&s));
            assert_eq!(
                (a.multiline, a.block_plain_allowed, a.single_quoted_allowed, a.block_allowed),
                (b.multiline, b.block_plain_allowed, b.single_quoted_allowed, b.block_allowed),
                "{s:?}"
            );
        }
    }

    /// ASCII strings of every shape that matters to the clean paths, of
    /// lengths around the 32-byte blocks of [`any_pair`].
    fn ascii_strings() -> Vec<String> {
        let alphabet = b"ab  :#-?.'\"\n\t\r\x7f|[";
        let mut seed = 0x51_7CC1_B727_220Au64;
        let mut out = Vec::new();
        for len in (0..70).chain([95, 96, 97, 128, 129, 200]) {
            for _ in 0..200 {
                let s: String = (0..len)
                    .map(|_| {
                        seed ^= seed << 13;
                        seed ^= seed >> 7;
                        seed ^= seed << 17;
                        // mostly letters and spaces
                        let r = (seed >> 20) as usize;
                        if r & 3 != 0 {
                            ['x', 'y', ' ', 'z'][r / 4 % 4]
                        } else {
                            alphabet[r / 4 % alphabet.len()] as char
                        }
                    })
                    .collect();
                out.push(s);
            }
        }
        out
    }

    /// The clean paths choose what the full analysis chooses, and are taken
    /// for every printable ASCII string whose style they decide.
    #[test]
    fn clean_paths_agree_with_full_analysis() {
        let printable = |s: &str| s.bytes().all(|c| c == b'\n' || (b' '..=b'~').contains(&c));
        let mut taken = (0, 0);
        for s in tricky_strings().into_iter().chain(ascii_strings()) {
            let a = analyze_full(&s);
            if s.contains('\n') {
                let literal = select_style(Style::Literal, &a, &s, false) == Style::Literal;
                assert_eq!(literal_clean(&s), literal && printable(&s), "{s:?}");
                taken.0 += usize::from(literal_clean(&s));
            } else if !s.is_empty() && !v2_needs_quotes(&s) {
                let plain = select_style(Style::Plain, &a, &s, false) == Style::Plain;
                assert_eq!(plain_clean(&s), plain && printable(&s), "{s:?}");
                taken.1 += usize::from(plain_clean(&s));
            }
        }
        assert!(taken.0 > 100 && taken.1 > 100, "{taken:?}");
        assert!(plain_clean("Spec defines the desired state of Gateway."));
        assert!(!plain_clean("Note: see # this"));
        assert!(literal_clean("Line one,\nline two: x # y\n\n  indented\n"));
        assert!(!literal_clean("trailing \nspace"));
    }

    /// Strings on the clean paths print as they do through the full
    /// analysis, at any column.
    #[test]
    fn clean_writers_write_what_the_general_ones_do() {
        let long = "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt";
        let mut inputs = ascii_strings();
        inputs.extend([long.to_string(), format!("{long}\n{long}  {long}\n\nx\n"), "w ".repeat(90) + "w"]);
        for s in &inputs {
            let literal = s.contains('\n') && literal_clean(s);
            let plain = !s.contains('\n') && !v2_needs_quotes(s) && plain_clean(s);
            if !(literal || plain) {
                continue;
            }
            for start in [0usize, 10, 79, 81] {
                for pretty in [false, true] {
                    let run = |clean: bool| {
                        let mut out = String::new();
                        let mut e = Emitter {
                            out: &mut out,
                            column: start,
                            indent: 4,
                            whitespace: false,
                            indention: false,
                            pretty,
                            flush: None,
                            plain_keys: [[0; 2]; PLAIN_KEY_SLOTS],
                        };
                        let style = if literal { Style::Literal } else { Style::Plain };
                        if clean {
                            e.emit_text(s, style, &PLAIN_OK, false, true);
                        } else {
                            e.emit_scalar(s, string_style(s), &analyze_full(s), false);
                        }
                        let state = (e.column, e.indention, e.whitespace);
                        (out, state)
                    };
                    assert_eq!(run(true), run(false), "{s:?} from column {start}");
                }
            }
        }
        // and through the whole emitter
        for s in ["plain words", "two\nlines\n", "a: b", "x #y", " lead", "tail ", "- x", "é\n"] {
            let v = json!({ "k": s, "l": [s] });
            let text = to_yaml(&v);
            let back = crate::yaml::parse_documents(&text, "t").expect("reads back");
            assert_eq!(back[0], v, "{text}");
        }
    }

    #[test]
    fn word_runs_fold_like_the_character_loop() {
        let long = "Lorem ipsum dolor sit amet, it's consectetur  adipiscing elit, sed do eiusmod tempor";
        let mut inputs = tricky_strings();
        inputs.extend([long.to_string(), format!("{long} {long} é {long}"), format!(" {long}  {long}'s '")]);
        inputs.extend([format!("{long} {long}   {long} {long}"), format!("{long}  x{long} {long} "), "x ".repeat(200)]);
        for s in inputs.iter().filter(|s| !has_break(s)) {
            for (start, indention) in
                [(0usize, true), (0, false), (40, false), (79, false), (80, true), (81, false), (90, false)]
            {
                for quoted in [false, true] {
                    for allow in [false, true] {
                        let run = |words: bool| {
                            let mut out = String::new();
                            let mut e = Emitter {
                                out: &mut out,
                                column: start,
                                indent: 4,
                                whitespace: false,
                                indention,
                                pretty: false,
                                flush: None,
                                plain_keys: [[0; 2]; PLAIN_KEY_SLOTS],
                            };
                            match (words, quoted) {
                                (true, q) => e.write_words(s, allow, q),
                                (false, false) => e.write_plain_chars(s, allow),
                                (false, true) => e.write_single_chars(s, allow),
                            }
                            let state = (e.column, e.indention);
                            (out, state.0, state.1)
                        };
                        let (a, b) = (run(true), run(false));
                        // (a quoted scalar's caller resets `indention` after it)
                        let same = if quoted { (&a.0, a.1) == (&b.0, b.1) } else { a == b };
                        assert!(same, "{s:?} from column {start}, quoted {quoted}: {a:?} {b:?}");
                    }
                }
            }
        }
    }

    #[test]
    fn basic_layout() {
        let v = json!({
            "kind": "Deployment",
            "apiVersion": "apps/v1",
            "metadata": {"name": "web", "labels": {}},
            "spec": {"template": {"spec": {"containers": [
                {"name": "nginx", "args": ["--port", "8080", "on"], "ports": [{"containerPort": 8080}]},
                {"name": "sidecar", "command": ["sh", "-c", "while true; do\n  echo hi\ndone\n"]}
            ], "volumes": []}}}
        });
        let expected = "\
apiVersion: apps/v1
kind: Deployment
metadata:
  labels: {}
  name: web
spec:
  template:
    spec:
      containers:
      - args:
        - --port
        - \"8080\"
        - \"on\"
        name: nginx
        ports:
        - containerPort: 8080
      - command:
        - sh
        - -c
        - |
          while true; do
            echo hi
          done
        name: sidecar
      volumes: []
";
        assert_eq!(y(v), expected);
    }

    #[test]
    fn nested_sequences_and_empties() {
        let v = json!({"list": ["a", ["nested", "list"], {"k": "v", "a": "b"}, [], {}], "x": null});
        assert_eq!(y(v), "list:\n- a\n- - nested\n  - list\n- a: b\n  k: v\n- []\n- {}\nx: null\n");
        assert_eq!(y(json!({})), "{}\n");
        assert_eq!(y(json!([])), "[]\n");
        assert_eq!(y(json!([[["x"]]])), "- - - x\n");
    }

    #[test]
    fn key_order_natural() {
        let keys =
            ["b", "a10", "a2", "a_b", "aB", "ab", "A", "_x", "10", "9", "Z", "a.b", "a-b", "ä", "a01", "a1", "a001"];
        let mut m = Map::new();
        for k in keys {
            m.insert(k.to_string(), json!("x"));
        }
        let out = y(Value::Object(m));
        let got: Vec<&str> = out.lines().map(|l| l.split(": ").next().unwrap_or("")).collect();
        assert_eq!(
            got,
            [
                "_x", "\"9\"", "\"10\"", "A", "Z", "a-b", "a.b", "a_b", "a1", "a01", "a001", "a2", "a10", "aB", "ab",
                "b", "ä"
            ]
        );
    }

    #[test]
    fn double_quoted_classes() {
        for &s in crate::yaml::resolve::YAML11_NON_STRINGS {
            assert_eq!(y(json!({ "k": s })), format!("k: \"{s}\"\n"), "{s:?}");
        }
    }

    #[test]
    fn plain_classes() {
        for s in [
            "yEs",
            "tRUE",
            "nULL",
            "0x",
            "12e",
            "0.1.2",
            "=",
            "<<",
            "a#",
            "-a",
            "a  b",
            "2001-12-14 21:59:43.10 -5",
            "a:b",
            "a,b",
            "?x",
            "it's",
            "say \"hi\"",
            "a\\b",
            "<b>&</b>",
            "mirror.example.com/library/nginx:1.25",
            "héllo ☃",
            "a\u{A0}b",
        ] {
            assert_eq!(y(json!({ "k": s })), format!("k: {s}\n"), "{s:?}");
        }
    }

    #[test]
    fn single_quoted_classes() {
        let cases = [
            ("  leading spaces", "'  leading spaces'"),
            ("x ", "'x '"),
            ("a: b", "'a: b'"),
            ("a #b", "'a #b'"),
            ("&x", "'&x'"),
            ("*x", "'*x'"),
            ("!x", "'!x'"),
            ("%x", "'%x'"),
            ("@x", "'@x'"),
            ("`x", "'`x'"),
            ("{x}", "'{x}'"),
            ("[x]", "'[x]'"),
            ("#x", "'#x'"),
            ("- x", "'- x'"),
            ("? a", "'? a'"),
            (",a", "',a'"),
            ("-", "'-'"),
            ("?", "'?'"),
            ("!", "'!'"),
            ("&", "'&'"),
            ("|", "'|'"),
            (">", "'>'"),
            ("%", "'%'"),
            ("@", "'@'"),
            ("[", "'['"),
            ("{", "'{'"),
            ("a:", "'a:'"),
            ("a #", "'a #'"),
            ("'", "''''"),
            ("\"", "'\"'"),
            ("\"x y\"", "'\"x y\"'"),
            ("---x", "'---x'"),
        ];
        for (s, e) in cases {
            assert_eq!(y(json!({ "k": s })), format!("k: {e}\n"), "{s:?}");
        }
    }

    #[test]
    fn escapes() {
        let cases = [
            ("line1 \nline2\n", r#""line1 \nline2\n""#),
            ("a\tb", r#""a\tb""#),
            ("a\r\nb", r#""a\r\nb""#),
            ("a\u{1}b", r#""a\x01b""#),
            ("😀", r#""\U0001F600""#),
            ("a\u{85}b", r#""a\Nb""#),
            ("\u{FEFF}x", r#""\uFEFFx""#),
            ("a\"\\\u{7f}", r#""a\"\\\x7F""#),
        ];
        for (s, e) in cases {
            assert_eq!(y(json!({ "k": s })), format!("k: {e}\n"), "{s:?}");
        }
    }

    #[test]
    fn literal_blocks() {
        let v = json!({
            "a": "line1\nline2\n",
            "b": "line1\nline2",
            "c": "a\n\n",
            "d": "  a\nb\n",
            "e": "\nabc",
            "f": "\n",
            "g": "x\n\ny\n",
        });
        assert_eq!(
            y(v),
            "a: |\n  line1\n  line2\nb: |-\n  line1\n  line2\nc: |+\n  a\n\nd: |2\n    a\n  b\ne: |2-\n\n  abc\nf: |2+\n\ng: |\n  x\n\n  y\n"
        );
        // nested in a sequence and at the end of the document
        assert_eq!(y(json!(["a\n\n"])), "- |+\n  a\n\n");
        assert_eq!(y(json!({"k": ["x\ny"]})), "k:\n- |-\n  x\n  y\n");
    }

    #[test]
    fn folding_at_80() {
        let long = "aaaaaaaaaa bbbbbbbbbb cccccccccc dddddddddd eeeeeeeeee ffffffffff gggggggggg hhhhhhhhhh iiiiiiiiii jjjjjjjjjj";
        let v = json!({"data": {"longline": long}});
        assert_eq!(
            y(v),
            "data:\n  longline: aaaaaaaaaa bbbbbbbbbb cccccccccc dddddddddd eeeeeeeeee ffffffffff gggggggggg\n    hhhhhhhhhh iiiiiiiiii jjjjjjjjjj\n"
        );
        let q = "aaaaaaaaaa bbbbbbbbbb cccccccccc dddddddddd eeeeeeeeee ffffffffff gggggggggg hhhhhhhhhh: iiiiiiiiii jjjjjjjjjj";
        assert_eq!(
            y(json!({"spec": {"longq": q}})),
            "spec:\n  longq: 'aaaaaaaaaa bbbbbbbbbb cccccccccc dddddddddd eeeeeeeeee ffffffffff gggggggggg\n    hhhhhhhhhh: iiiiiiiiii jjjjjjjjjj'\n"
        );
        let nospace = "a".repeat(120);
        assert_eq!(y(json!({ "k": nospace })), format!("k: {nospace}\n"));
        // double quoted strings fold too, escaping a following space
        let d = format!("{}  b\tx", "a".repeat(85));
        assert_eq!(y(json!({ "k": d })), format!("k: \"{}\n  \\ b\\tx\"\n", "a".repeat(85)));
        // in a sequence the continuation is indented past the dash
        let s = format!("{} {}", "a".repeat(85), "b");
        assert_eq!(y(json!([s])), format!("- {}\n  b\n", "a".repeat(85)));
    }

    #[test]
    fn numbers() {
        let v = json!({
            "f1": 1.0, "f2": 1500.0, "f3": 0.000001, "big": 12345678901234567890u64,
            "huge": 1.2345678901234568e29, "neg": -42, "half": 0.5
        });
        assert_eq!(
            y(v),
            "big: 12345678901234567890\nf1: 1\nf2: 1500\nf3: 1e-06\nhalf: 0.5\nhuge: 1.2345678901234568e+29\nneg: -42\n"
        );
    }

    #[test]
    fn merge_key_text_is_quoted() {
        let v = crate::yaml::json!({"<<": {"a": 1}, "b": "<<"});
        let out = y(v.clone());
        assert_eq!(out, "\"<<\":\n  a: 1\nb: <<\n");
        let back = crate::yaml::parse_documents(&out, "t").unwrap();
        assert_eq!(back, [v]);
    }

    #[test]
    fn odd_keys() {
        assert_eq!(y(json!({"": 1})), "\"\": 1\n");
        assert_eq!(y(json!({"a\nb": 1})), "? |-\n  a\n  b\n: 1\n");
        let long = "k".repeat(130);
        assert_eq!(y(json!({ long.clone(): {"x": 1} })), format!("? {long}\n: x: 1\n"));
        assert_eq!(y(json!({"a b": 1, "yes": 2, "- x": 3})), "'- x': 3\na b: 1\n\"yes\": 2\n");
    }

    #[test]
    fn fast_path_agrees_with_full_analysis() {
        for s in ["a", "a-b", "a.b", "a:b", "a/b/c", "nginx:1.25", "..a", "--x", "-x", "x-", "_", "0"] {
            assert!(is_simple_ascii(s.as_bytes()), "{s}");
            let a = analyze_full(s);
            assert!(a.block_plain_allowed && a.single_quoted_allowed && a.block_allowed && !a.multiline, "{s}");
        }
        for s in ["-", ":a", "a:", "---", "...", "a b", ""] {
            assert!(!is_simple_ascii(s.as_bytes()), "{s}");
        }
    }

    /// Any string written by the emitter, as a value or as a key, at any
    /// depth, reads back as the same string. (U+2028/U+2029 are left out: like
    /// go-yaml v2 we treat them as line breaks inside block scalars, which a
    /// YAML 1.2 reader does not.)
    #[test]
    fn random_strings_round_trip() {
        let alphabet: Vec<char> = " \n\t\r:#-?'\"\\ab01.é😀\u{85}\u{FEFF}\u{0}\u{7f},[]{}&*!|>%@`~".chars().collect();
        let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
        let mut next = move || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        for _ in 0..3000 {
            let len = (next() % 120) as usize;
            let weird = next() % 4 == 0;
            let s: String = (0..len)
                .map(|_| {
                    let r = next();
                    if weird || r % 3 == 0 {
                        alphabet[(r / 3) as usize % alphabet.len()]
                    } else {
                        ['a', 'b', ' ', 'c'][(r / 3) as usize % 4]
                    }
                })
                .collect();
            let v = crate::yaml::json!({
                "k": s, "nested": {"deeper": [s, {"x": s}]}, "list": [[s]]
            });
            let mut m = Map::new();
            m.insert(s.clone(), crate::yaml::json!(1));
            m.insert("v".into(), v);
            let doc = Value::Object(m);
            let text = to_yaml(&doc);
            let back = crate::yaml::parse_documents(&text, "rt").unwrap_or_else(|e| panic!("{e}\n{text}"));
            assert_eq!(back.len(), 1, "{text}");
            assert_eq!(back[0], doc, "{s:?}\n{text}");
        }
    }

    /// kforge's maps (written in key order when that is the natural order)
    /// print as the same data as serde_json's (always sorted): keys with
    /// digits, upper case and punctuation that sort differently in the two
    /// orders, keys that need quotes, long keys, maps of every size.
    #[test]
    fn presorted_maps_print_as_sorted_ones() {
        let pieces = ["a", "b", "Z", "_", "-", "1", "9", "10", "02", ".", "x:", "true", "null", "é", "a b", "~"];
        let mut seed: u64 = 0x2545_F491_4F6C_DD1D;
        let mut next = move || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        for round in 0..2000 {
            let n = (next() % 20) as usize;
            let mut m = Map::new();
            for _ in 0..n {
                let parts = 1 + (next() % 4) as usize;
                let mut k: String = (0..parts).map(|_| pieces[(next() % pieces.len() as u64) as usize]).collect();
                if round % 97 == 0 {
                    k = k.repeat(40);
                }
                let v = match next() % 4 {
                    0 => json!({"in": k, "Z": 1, "a1": [k], "a10": null, "a9": true}),
                    1 => json!([k, {k.clone(): k}]),
                    _ => json!(k),
                };
                m.insert(k, v);
            }
            let ours = Value::Object(m);
            let theirs: serde_json::Value = serde_json::to_value(&ours).unwrap();
            assert_eq!(to_yaml(&ours), to_yaml(&theirs), "{ours:?}");
        }
    }

    #[test]
    fn top_level_scalars() {
        assert_eq!(y(json!("x")), "x\n");
        assert_eq!(y(json!(null)), "null\n");
        assert_eq!(y(json!("a\nb\n")), "|\n  a\n  b\n");
    }
}
