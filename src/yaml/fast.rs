//! A fast reader for the plain block YAML that nearly every manifest is
//! written in, producing the same events (and the spans the tree builder
//! looks at) as saphyr's parser, several times faster.
//!
//! It accepts a deliberately small subset: block mappings and sequences
//! indented with spaces, plain and quoted scalars (also over several lines),
//! literal block scalars (`|`, `|-`), flow collections (over several
//! lines too, with items that end on their line), comments and `---`
//! document markers. Anything else (anchors, aliases,
//! tags, folded or kept block scalars, indentation indicators, tabs in the
//! structure, directives, comments or blank lines inside flow collections,
//! plain scalars over several lines inside them, carriage returns,
//! unusual characters) makes it give up ([`Stop::Bail`]) before a single
//! event is trusted: the caller then reads the whole stream with saphyr,
//! which also reports every error. A differential test
//! (`fast_events_match_saphyr`) compares both readers event by event.
use std::borrow::Cow;

use saphyr_parser::{Event, Marker, ScalarStyle, Span};

/// Why the reader stopped early.
pub(crate) enum Stop {
    /// The text is outside the subset (or the consumer refused an event):
    /// read it with saphyr instead.
    Bail,
    /// The consumer has what it wants (the first document).
    Done,
}

type R<T = ()> = Result<T, Stop>;

/// The consumer of events: the reader is compiled for each consumer, so a
/// tree builder that takes events directly (`parse.rs`) costs no call
/// through a pointer and no event value per scalar.
pub(crate) trait Sink<'a> {
    fn event(&mut self, ev: Event<'a>, span: Span) -> R;
}

impl<'a, F: FnMut(Event<'a>, Span) -> R> Sink<'a> for F {
    #[inline]
    fn event(&mut self, ev: Event<'a>, span: Span) -> R {
        self(ev, span)
    }
}

/// Read `text` (BOM and trailing blanks already removed) as events for `emit`.
pub(crate) fn events<'a, S: Sink<'a>>(text: &'a str, emit: &mut S) -> R {
    if !plain_enough(text) {
        return Err(Stop::Bail);
    }
    let mut s = Reader { text, b: text.as_bytes(), emit, pos: 0, depth: 0, lines: Vec::new(), flow_n: -1 };
    s.stream()
}

/// Characters the reader leaves to saphyr: carriage returns, control
/// characters, and the Unicode line separators and BOM.
fn plain_enough(text: &str) -> bool {
    let odd = |c: u8| (c < 0x20) & (c != b'\n') & (c != b'\t') | (c == 0x7f);
    let b = text.as_bytes();
    // 32 bytes at a time, without a branch per byte (the compiler turns
    // this into vector instructions); the bytes are also or-ed together,
    // to skip the search below in ASCII text
    let mut chunks = b.chunks_exact(32);
    // (or-ed lane by lane, folded once at the end)
    let mut lanes = [0u8; 32];
    for c in &mut chunks {
        if c.iter().fold(false, |any, &x| any | odd(x)) {
            return false;
        }
        for (l, &x) in lanes.iter_mut().zip(c) {
            *l |= x;
        }
    }
    let rest = chunks.remainder();
    if rest.iter().any(|&c| odd(c)) {
        return false;
    }
    let all = lanes.iter().chain(rest).fold(0, |bits, &x| bits | x);
    // U+0085 is C2 85, U+2028 and U+2029 are E2 80 A8/A9, U+FEFF is EF BB BF.
    all < 0x80
        || !memchr::memchr3_iter(0xC2, 0xE2, 0xEF, b)
            .any(|i| matches!(&b[i..], [0xC2, 0x85, ..] | [0xE2, 0x80, 0xA8 | 0xA9, ..] | [0xEF, 0xBB, 0xBF, ..]))
}

struct Reader<'s, 'a, S> {
    text: &'a str,
    b: &'a [u8],
    emit: &'s mut S,
    /// Start of the line after the last one a node consumed.
    pos: usize,
    /// Open collections (deep nesting is left to saphyr and its limits).
    depth: usize,
    /// The lines of a literal block scalar (kept for its capacity).
    lines: Vec<(usize, usize, usize)>,
    /// Indentation of the block holding the flow collection being read
    /// (its continuation lines must be indented more).
    flow_n: isize,
}

/// Nesting beyond this is left to saphyr.
const MAX_FAST_DEPTH: usize = 200;

/// A mapping key read on its line.
struct Key<'a> {
    text: Cow<'a, str>,
    style: ScalarStyle,
    start: usize,
    end: usize,
    /// Just after the `:`.
    after: usize,
}

/// Bytes that may end a mapping key ([`IN_KEY`]) or the content of a plain
/// scalar's line ([`IN_PLAIN`]) and need a closer look; the scanners skip
/// every other byte without one. NUL never occurs in the text (see
/// `plain_enough`): it marks the end.
static STOPS: [u8; 256] = {
    let mut t = [0u8; 256];
    t[b'\n' as usize] = IN_KEY | IN_PLAIN;
    t[b'\t' as usize] = IN_KEY | IN_PLAIN;
    t[b':' as usize] = IN_KEY | IN_PLAIN;
    t[b' ' as usize] = IN_KEY;
    t[b'#' as usize] = IN_PLAIN;
    t[0] = IN_KEY | IN_PLAIN;
    t
};
const IN_KEY: u8 = 1;
const IN_PLAIN: u8 = 2;

fn is_indicator(c: u8) -> bool {
    matches!(c, b'-' | b'?' | b':') || starts_no_plain(c)
}

/// The indicators that keep a plain scalar from starting with them,
/// whatever follows (`-`, `?` and `:` do only before a space); the
/// emitter's quick plain check shares them.
#[inline]
pub(super) fn starts_no_plain(c: u8) -> bool {
    matches!(
        c,
        b',' | b'[' | b']' | b'{' | b'}' | b'#' | b'&' | b'*' | b'!' | b'|' | b'>' | b'\'' | b'"' | b'%' | b'@' | b'`'
    )
}

impl<'a, S: Sink<'a>> Reader<'_, 'a, S> {
    fn at(&self, i: usize) -> u8 {
        self.b.get(i).copied().unwrap_or(0)
    }

    fn is_eol(&self, i: usize) -> bool {
        i >= self.b.len() || self.b[i] == b'\n'
    }

    /// Space, line break or end of text.
    fn is_blankz(&self, i: usize) -> bool {
        i >= self.b.len() || matches!(self.b[i], b' ' | b'\n')
    }

    /// The marker of a byte offset. The tree builder is told that the
    /// reader's markers count bytes (saphyr's count characters); it reads
    /// lines and columns for error messages alone, and on any error the
    /// stream is read again by saphyr, whose positions those messages show.
    /// So markers carry line 1, column 0.
    fn marker(&self, byte: usize) -> Marker {
        Marker::new(byte, 1, 0)
    }

    fn span(&self, start: usize, end: usize) -> Span {
        Span::new(self.marker(start), self.marker(end))
    }

    // Inlined so that each call site's event is matched at compile time.
    #[inline(always)]
    fn emit(&mut self, ev: Event<'a>, span: Span) -> R {
        match ev {
            Event::MappingStart(..) | Event::SequenceStart(..) => {
                self.depth += 1;
                if self.depth > MAX_FAST_DEPTH {
                    return Err(Stop::Bail);
                }
            }
            Event::MappingEnd | Event::SequenceEnd => self.depth -= 1,
            _ => {}
        }
        self.emit.event(ev, span)
    }

    #[inline]
    fn scalar(&mut self, text: Cow<'a, str>, style: ScalarStyle, start: usize, end: usize) -> R {
        let span = self.span(start, end);
        self.emit(Event::Scalar(text, style, 0, None), span)
    }

    #[inline]
    fn empty_scalar(&mut self, at: usize) -> R {
        let span = Span::empty(self.marker(at));
        self.emit(Event::Scalar(Cow::Borrowed("~"), ScalarStyle::Plain, 0, None), span)
    }

    /// End of the line holding `i` (the `\n` or the end of the text).
    fn eol(&self, i: usize) -> usize {
        // Mostly asked near the end of a short line: a plain loop over the
        // first bytes, `memchr` for the rest of a long one.
        let rest = &self.b[i.min(self.b.len())..];
        let near = rest.len().min(32);
        if let Some(n) = rest[..near].iter().position(|&c| c == b'\n') {
            return i + n;
        }
        match memchr::memchr(b'\n', &rest[near..]) {
            Some(n) => i + near + n,
            None => self.b.len(),
        }
    }

    /// Start of the line after the one holding `i`.
    fn next_line(&self, i: usize) -> usize {
        (self.eol(i) + 1).min(self.b.len())
    }

    /// The number of spaces from `i` (indentation runs deep in CRDs: eight
    /// at a time first).
    fn spaces(&self, i: usize) -> usize {
        let mut j = i;
        while let Some(w) = self.b.get(j..j + 8) {
            let mut a = [0u8; 8];
            a.copy_from_slice(w);
            // the first byte that is not a space: the lowest non-zero byte
            let x = u64::from_le_bytes(a) ^ 0x2020_2020_2020_2020;
            if x != 0 {
                return j + (x.trailing_zeros() / 8) as usize - i;
            }
            j += 8;
        }
        while self.at(j) == b' ' {
            j += 1;
        }
        j - i
    }

    /// From the line start `ls`, the start of the next line with content
    /// (not blank, not only a comment); `None` at the end of the text.
    fn skip_blank(&self, ls: usize) -> R<Option<usize>> {
        Ok(self.skip_blank_ind(ls)?.map(|(q, _)| q))
    }

    /// [`Self::skip_blank`], with the indentation of the line found.
    fn skip_blank_ind(&self, mut ls: usize) -> R<Option<(usize, usize)>> {
        loop {
            if ls >= self.b.len() {
                return Ok(None);
            }
            let ind = self.spaces(ls);
            let i = ls + ind;
            match self.at(i) {
                0 if i >= self.b.len() => return Ok(None),
                b'\n' => ls = i + 1,
                // (comment lines are long in values files: `memchr` at once)
                b'#' => ls = memchr::memchr(b'\n', &self.b[i..]).map_or(self.b.len(), |k| i + k + 1),
                b'\t' => return Err(Stop::Bail),
                _ => return Ok(Some((ls, ind))),
            }
        }
    }

    /// A `---` (or `...`) line at `ls`.
    fn is_marker(&self, ls: usize, c: u8) -> bool {
        self.b.len() >= ls + 3
            && self.b[ls..ls + 3] == [c, c, c]
            && (ls + 3 >= self.b.len() || matches!(self.b[ls + 3], b' ' | b'\n' | b'\t'))
    }

    fn is_seq_item(&self, p: usize) -> bool {
        self.at(p) == b'-' && self.is_blankz(p + 1)
    }

    /// Skip spaces; a tab is outside the subset.
    fn skip_spaces(&self, i: usize) -> R<usize> {
        let j = i + self.spaces(i);
        if self.at(j) == b'\t' {
            return Err(Stop::Bail);
        }
        Ok(j)
    }

    /// After a complete value on its line: only blanks or a comment may follow.
    fn end_line(&mut self, i: usize) -> R {
        let j = self.skip_spaces(i)?;
        if self.is_eol(j) || (self.at(j) == b'#' && j > i) {
            self.pos = self.next_line(j);
            return Ok(());
        }
        Err(Stop::Bail)
    }

    fn stream(&mut self) -> R {
        self.emit(Event::StreamStart, Span::empty(Marker::new(0, 1, 0)))?;
        let mut ls = 0;
        // After a document, the next content must be a `---` line.
        let mut need_marker = false;
        while let Some(q) = self.skip_blank(ls)? {
            if self.is_marker(q, b'.') || self.at(q) == b'%' {
                return Err(Stop::Bail);
            }
            let explicit = self.is_marker(q, b'-');
            if need_marker && !explicit {
                return Err(Stop::Bail);
            }
            let body = if explicit {
                let j = self.skip_spaces(q + 3)?;
                if !(self.is_eol(j) || (self.at(j) == b'#' && j > q + 3)) {
                    return Err(Stop::Bail);
                }
                self.skip_blank(self.next_line(j))?
            } else {
                Some(q)
            };
            let span = Span::empty(self.marker(q));
            self.emit(Event::DocumentStart(explicit), span)?;
            match body {
                Some(p) if !self.is_marker(p, b'-') => {
                    if self.is_marker(p, b'.') {
                        return Err(Stop::Bail);
                    }
                    let ind = self.spaces(p);
                    self.node(p + ind, ind, -1)?;
                    ls = self.pos;
                }
                Some(p) => {
                    // saphyr's empty document spans the next marker
                    let span = self.span(p, p + 3);
                    self.emit(Event::Scalar(Cow::Borrowed("~"), ScalarStyle::Plain, 0, None), span)?;
                    ls = p;
                }
                None => {
                    let end = self.b.len();
                    self.empty_scalar(end)?;
                    ls = end;
                }
            }
            let span = Span::empty(self.marker(ls));
            self.emit(Event::DocumentEnd, span)?;
            need_marker = true;
        }
        let end = self.b.len();
        let span = Span::empty(self.marker(end));
        self.emit(Event::StreamEnd, span)
    }

    /// A block node whose first character is at `p`, column `col`, inside
    /// a block of indentation `n` (-1 at the root).
    fn node(&mut self, p: usize, col: usize, n: isize) -> R {
        if self.is_seq_item(p) {
            return self.sequence(p, col, false);
        }
        if let Some(k) = self.key_at(p)? {
            return self.mapping(p, col, k);
        }
        if n < 0 {
            return Err(Stop::Bail);
        }
        self.inline_scalar(p, n)
    }

    /// A mapping key at `p` (`key:` followed by a blank or the line end).
    fn key_at(&self, p: usize) -> R<Option<Key<'a>>> {
        let c = self.at(p);
        if c == b'"' || c == b'\'' {
            let Some((text, end)) = self.quoted_one_line(p)? else { return Ok(None) };
            if self.at(end) == b':' && self.is_blankz(end + 1) {
                let style = if c == b'"' { ScalarStyle::DoubleQuoted } else { ScalarStyle::SingleQuoted };
                return Ok(Some(Key { text, style, start: p, end, after: end + 1 }));
            }
            return Ok(None);
        }
        if is_indicator(c) || c == b' ' || c == b'\t' || self.is_eol(p) {
            return Ok(None);
        }
        let mut i = p;
        loop {
            // skip to the next byte that may end the key
            i += self.b[i..].iter().position(|&c| STOPS[c as usize] & IN_KEY != 0).unwrap_or(self.b.len() - i);
            match self.at(i) {
                b'\n' | 0 if self.is_eol(i) => return Ok(None),
                b':' if self.is_blankz(i + 1) => break,
                b' ' if self.at(i + 1) == b'#' => return Ok(None),
                b'\t' => return Err(Stop::Bail),
                _ => i += 1,
            }
        }
        if self.at(i - 1) == b' ' || i - p > 1000 {
            return Err(Stop::Bail);
        }
        Ok(Some(Key {
            text: Cow::Borrowed(&self.text[p..i]),
            style: ScalarStyle::Plain,
            start: p,
            end: i,
            after: i + 1,
        }))
    }

    fn mapping(&mut self, p: usize, col: usize, first: Key<'a>) -> R {
        let span = self.span(p, p);
        self.emit(Event::MappingStart(0, None), span)?;
        let mut key = first;
        loop {
            self.scalar(key.text, key.style, key.start, key.end)?;
            self.value_after(key.after, col)?;
            let Some((q, ind)) = self.skip_blank_ind(self.pos)? else { break };
            if ind == 0 && (self.is_marker(q, b'-') || self.is_marker(q, b'.')) {
                break;
            }
            if ind < col {
                break;
            }
            if ind > col {
                return Err(Stop::Bail);
            }
            key = self.key_at(q + ind)?.ok_or(Stop::Bail)?;
        }
        let span = Span::empty(self.marker(self.pos));
        self.emit(Event::MappingEnd, span)
    }

    /// The value of a key of a mapping at column `col`; `a` is just after the `:`.
    fn value_after(&mut self, a: usize, col: usize) -> R {
        let r = self.skip_spaces(a)?;
        if self.is_eol(r) || self.at(r) == b'#' {
            let nl = self.next_line(r);
            if let Some((q, ind)) = self.skip_blank_ind(nl)? {
                if ind > 0 || !(self.is_marker(q, b'-') || self.is_marker(q, b'.')) {
                    if ind > col {
                        return self.node(q + ind, ind, col as isize);
                    }
                    if ind == col && self.is_seq_item(q + ind) {
                        return self.sequence(q + ind, col, true);
                    }
                }
            }
            self.empty_scalar(r)?;
            self.pos = nl;
            return Ok(());
        }
        self.inline_scalar(r, col as isize)
    }

    /// A block sequence whose first `-` is at `p`, column `col`;
    /// `indentless`: at the indentation of the mapping key it belongs to.
    fn sequence(&mut self, mut p: usize, col: usize, indentless: bool) -> R {
        // saphyr's span starts at the `-`, or for an indentless sequence at
        // the token after it (the tree builder reads the character there to
        // tell flow from block collections).
        let start = if !indentless { p } else { self.skip_spaces(p + 1)? };
        let span = self.span(start, start);
        self.emit(Event::SequenceStart(0, None), span)?;
        loop {
            let r = self.skip_spaces(p + 1)?;
            if self.is_eol(r) || self.at(r) == b'#' {
                let nl = self.next_line(r);
                let mut done = false;
                if let Some((q, ind)) = self.skip_blank_ind(nl)? {
                    // (an indented line is no document marker)
                    if ind > col {
                        self.node(q + ind, ind, col as isize)?;
                        done = true;
                    }
                }
                if !done {
                    self.empty_scalar(r)?;
                    self.pos = nl;
                }
            } else {
                self.node(r, col + (r - p), col as isize)?;
            }
            let Some((q, ind)) = self.skip_blank_ind(self.pos)? else { break };
            if ind == 0 && (self.is_marker(q, b'-') || self.is_marker(q, b'.')) {
                break;
            }
            if ind < col {
                break;
            }
            if ind > col {
                return Err(Stop::Bail);
            }
            if !self.is_seq_item(q + ind) {
                break;
            }
            p = q + ind;
        }
        let span = Span::empty(self.marker(self.pos));
        self.emit(Event::SequenceEnd, span)
    }

    /// A scalar (or flow collection) starting on the current line, inside a
    /// block of indentation `n`.
    fn inline_scalar(&mut self, p: usize, n: isize) -> R {
        match self.at(p) {
            b'|' => self.literal(p, n),
            b'"' | b'\'' => {
                let (text, end) = self.quoted(p, n)?;
                let style = if self.at(p) == b'"' { ScalarStyle::DoubleQuoted } else { ScalarStyle::SingleQuoted };
                self.scalar(text, style, p, end)?;
                self.end_line(end)
            }
            b'[' | b'{' => {
                self.flow_n = n;
                let end = self.flow_node(p)?;
                self.end_line(end)
            }
            b'-' | b'?' | b':' if self.is_blankz(p + 1) => Err(Stop::Bail),
            c if is_indicator(c) && !matches!(c, b'-' | b'?' | b':') => Err(Stop::Bail),
            b'\t' | b' ' => Err(Stop::Bail),
            _ => self.plain(p, n),
        }
    }

    /// The content of one line of a plain scalar from `s`: its end (trailing
    /// spaces dropped) and whether a comment follows.
    fn plain_line(&self, s: usize) -> R<(usize, bool)> {
        // trailing spaces are not part of the line's content
        let content_end = |i: usize| s + self.b[s..i].iter().rposition(|&c| c != b' ').map_or(0, |n| n + 1);
        let mut i = s;
        loop {
            // skip to the next byte that may end the line's content
            i += self.b[i..].iter().position(|&c| STOPS[c as usize] & IN_PLAIN != 0).unwrap_or(self.b.len() - i);
            match self.at(i) {
                b'\n' => return Ok((content_end(i), false)),
                0 if i >= self.b.len() => return Ok((content_end(i), false)),
                b':' if self.is_blankz(i + 1) => return Err(Stop::Bail),
                b'#' if i > s && self.at(i - 1) == b' ' => return Ok((content_end(i), true)),
                b'\t' => return Err(Stop::Bail),
                _ => i += 1,
            }
        }
    }

    /// A plain scalar at `p`, continued on lines indented more than `n`.
    fn plain(&mut self, p: usize, n: isize) -> R {
        let (mut end, mut comment) = self.plain_line(p)?;
        let first_end = end;
        // The continuation lines (line breaks before each, start, end): the
        // text is then built once, at its exact length.
        let mut lines = std::mem::take(&mut self.lines);
        lines.clear();
        while !comment {
            let mut l = self.next_line(end);
            let mut blanks = 0usize;
            let content = loop {
                if l >= self.b.len() {
                    break None;
                }
                let i = l + self.spaces(l);
                match self.at(i) {
                    b'\n' => {
                        blanks += 1;
                        l = i + 1;
                    }
                    b'\t' => return Err(Stop::Bail),
                    0 if i >= self.b.len() => break None,
                    _ => break Some(l),
                }
            };
            let Some(l) = content else { break };
            let ind = self.spaces(l);
            if self.is_marker(l, b'-') || self.is_marker(l, b'.') || ind as isize <= n {
                break;
            }
            let s = l + ind;
            if self.at(s) == b'#' {
                break;
            }
            let (e, c) = self.plain_line(s)?;
            lines.push((blanks, s, e));
            end = e;
            comment = c;
        }
        let text = if lines.is_empty() {
            Cow::Borrowed(&self.text[p..end])
        } else {
            // a single space joins two lines, `blanks` line breaks replace
            // the break and the empty lines
            let len = first_end - p + lines.iter().map(|&(blanks, s, e)| blanks.max(1) + e - s).sum::<usize>();
            let mut o = String::with_capacity(len);
            o.push_str(&self.text[p..first_end]);
            for &(blanks, s, e) in &lines {
                if blanks == 0 {
                    o.push(' ');
                } else {
                    o.extend(std::iter::repeat_n('\n', blanks));
                }
                o.push_str(&self.text[s..e]);
            }
            Cow::Owned(o)
        };
        self.lines = lines;
        self.scalar(text, ScalarStyle::Plain, p, end)?;
        self.pos = self.next_line(end);
        Ok(())
    }

    /// A quoted scalar that ends on its line: its text and the position
    /// after the closing quote; `None` when it goes on to another line.
    fn quoted_one_line(&self, p: usize) -> R<Option<(Cow<'a, str>, usize)>> {
        let q = self.at(p);
        let mut i = p + 1;
        loop {
            match self.at(i) {
                c if c == q => {
                    if q == b'\'' && self.at(i + 1) == b'\'' {
                        break;
                    }
                    return Ok(Some((Cow::Borrowed(&self.text[p + 1..i]), i + 1)));
                }
                b'\\' if q == b'"' => break,
                b'\n' => return Ok(None),
                0 if i >= self.b.len() => return Ok(None),
                _ => i += 1,
            }
        }
        // Escapes: the general reader, which must not need another line.
        let (text, end) = self.quoted(p, isize::MAX)?;
        Ok(Some((text, end)))
    }

    /// A single- or double-quoted scalar at `p` whose continuation lines are
    /// indented more than `n` (`isize::MAX`: one line only). Returns its text
    /// and the position after the closing quote.
    fn quoted(&self, p: usize, n: isize) -> R<(Cow<'a, str>, usize)> {
        let q = self.at(p);
        let double = q == b'"';
        // The common case: no escapes, one line.
        let mut i = p + 1;
        loop {
            match self.at(i) {
                c if c == q => {
                    if !double && self.at(i + 1) == b'\'' {
                        break;
                    }
                    return Ok((Cow::Borrowed(&self.text[p + 1..i]), i + 1));
                }
                b'\\' if double => break,
                b'\n' => break,
                0 if i >= self.b.len() => return Err(Stop::Bail),
                _ => i += 1,
            }
        }
        let mut out = String::with_capacity(i - p);
        out.push_str(&self.text[p + 1..i]);
        // Length of `out` that trailing-blank trimming must keep (escapes).
        let mut keep = 0usize;
        loop {
            let c = self.at(i);
            if i >= self.b.len() {
                return Err(Stop::Bail);
            }
            if c == q {
                if !double && self.at(i + 1) == b'\'' {
                    out.push('\'');
                    i += 2;
                    continue;
                }
                return Ok((Cow::Owned(out), i + 1));
            }
            match c {
                b'\\' if double && self.at(i + 1) != b'\n' => {
                    i = self.escape(i, &mut out)?;
                    keep = out.len();
                }
                b'\\' | b'\n' => {
                    if n == isize::MAX {
                        return Err(Stop::Bail);
                    }
                    // An escaped line break joins the lines without a space.
                    let escaped = c == b'\\';
                    if escaped {
                        i += 1;
                        keep = out.len();
                    }
                    let trimmed = out.trim_end_matches([' ', '\t']).len().max(keep);
                    out.truncate(trimmed);
                    // Empty lines, then the next line's content.
                    let mut l = i + 1;
                    let mut empty = 0usize;
                    loop {
                        if l >= self.b.len() {
                            return Err(Stop::Bail);
                        }
                        if self.is_marker(l, b'-') || self.is_marker(l, b'.') {
                            return Err(Stop::Bail);
                        }
                        let ind = self.spaces(l);
                        let mut j = l + ind;
                        while matches!(self.at(j), b' ' | b'\t') {
                            j += 1;
                        }
                        if self.at(j) == b'\n' {
                            empty += 1;
                            l = j + 1;
                            continue;
                        }
                        if j >= self.b.len() || ind as isize <= n {
                            return Err(Stop::Bail);
                        }
                        i = j;
                        break;
                    }
                    if empty == 0 {
                        if !escaped {
                            out.push(' ');
                        }
                    } else {
                        out.extend(std::iter::repeat_n('\n', empty));
                    }
                }
                _ => {
                    // A run of ordinary characters.
                    let start = i;
                    i += 1;
                    while i < self.b.len() && !(self.b[i] == b'\n' || self.b[i] == q || (double && self.b[i] == b'\\'))
                    {
                        i += 1;
                    }
                    out.push_str(&self.text[start..i]);
                }
            }
        }
    }

    /// A double-quoted escape at `i` (the backslash): appends it, returns
    /// the position after it.
    fn escape(&self, i: usize, out: &mut String) -> R<usize> {
        let c = self.at(i + 1);
        let simple = match c {
            b'0' => '\0',
            b'a' => '\x07',
            b'b' => '\x08',
            b't' | b'\t' => '\t',
            b'n' => '\n',
            b'v' => '\x0b',
            b'f' => '\x0c',
            b'r' => '\r',
            b'e' => '\x1b',
            b' ' => ' ',
            b'"' => '"',
            b'/' => '/',
            b'\\' => '\\',
            b'N' => '\u{85}',
            b'_' => '\u{a0}',
            b'L' => '\u{2028}',
            b'P' => '\u{2029}',
            b'x' | b'u' | b'U' => {
                let len = match c {
                    b'x' => 2,
                    b'u' => 4,
                    _ => 8,
                };
                let hex = self.text.get(i + 2..i + 2 + len).ok_or(Stop::Bail)?;
                if !hex.bytes().all(|h| h.is_ascii_hexdigit()) {
                    return Err(Stop::Bail);
                }
                let v = u32::from_str_radix(hex, 16).map_err(|_| Stop::Bail)?;
                out.push(char::from_u32(v).ok_or(Stop::Bail)?);
                return Ok(i + 2 + len);
            }
            _ => return Err(Stop::Bail),
        };
        out.push(simple);
        Ok(i + 2)
    }

    /// A flow collection or scalar on one line at `i`; the position after it.
    fn flow_node(&mut self, i: usize) -> R<usize> {
        match self.at(i) {
            b'[' => self.flow_collection(i, Event::SequenceStart(0, None), Event::SequenceEnd, Self::flow_node),
            b'{' => self.flow_collection(i, Event::MappingStart(0, None), Event::MappingEnd, Self::flow_entry),
            b'"' | b'\'' => self.flow_quoted(i),
            _ => self.flow_plain(i, false),
        }
    }

    /// The flow collection opened at `i` (`[` or `{`): its start event,
    /// items read by `item` separated by commas (no trailing comma), its
    /// end event; the position after the closing bracket.
    fn flow_collection(
        &mut self,
        i: usize,
        start: Event<'a>,
        end: Event<'a>,
        item: fn(&mut Self, usize) -> R<usize>,
    ) -> R<usize> {
        let close = if self.at(i) == b'[' { b']' } else { b'}' };
        let span = self.span(i, i);
        self.emit(start, span)?;
        let mut j = self.flow_gap(i + 1)?;
        if self.at(j) != close {
            loop {
                j = item(self, j)?;
                j = self.flow_gap(j)?;
                match self.at(j) {
                    b',' => {
                        j = self.flow_gap(j + 1)?;
                        if self.at(j) == close {
                            return Err(Stop::Bail);
                        }
                    }
                    c if c == close => break,
                    _ => return Err(Stop::Bail),
                }
            }
        }
        let span = self.span(j, j + 1);
        self.emit(end, span)?;
        Ok(j + 1)
    }

    /// `key: value` in a flow mapping at `j`; the position after the value.
    fn flow_entry(&mut self, j: usize) -> R<usize> {
        let j = match self.at(j) {
            b'"' | b'\'' => self.flow_quoted(j)?,
            _ => self.flow_plain(j, true)?,
        };
        if self.at(j) != b':' || self.at(j + 1) != b' ' {
            return Err(Stop::Bail);
        }
        let j = self.flow_space(j + 1)?;
        if matches!(self.at(j), b',' | b'}') {
            return Err(Stop::Bail);
        }
        self.flow_node(j)
    }

    /// Blanks between the tokens of a flow collection, which may go on over
    /// lines: each line after a break is indented more than the block
    /// holding the collection (`flow_n`, saphyr's rule), or starts with a
    /// closing bracket at exactly that indentation (`args: [` ... `]` with
    /// the `]` under the key: go-yaml reads it, and saphyr once
    /// `input::reindent_flow_end` has moved it right, with the same events).
    /// Blank lines, comments, tabs and document markers are left to saphyr.
    fn flow_gap(&self, i: usize) -> R<usize> {
        let mut j = self.skip_spaces(i)?;
        while self.at(j) == b'\n' {
            let ls = j + 1;
            let ind = self.spaces(ls);
            let c = self.at(ls + ind);
            let deeper = ind as isize > self.flow_n;
            let closing_under_key = ind as isize == self.flow_n && matches!(c, b']' | b'}');
            if !(deeper || closing_under_key)
                || matches!(c, b'\n' | b'#' | b'\t' | 0)
                || (ind == 0 && (self.is_marker(ls, b'-') || self.is_marker(ls, b'.')))
            {
                return Err(Stop::Bail);
            }
            j = ls + ind;
        }
        if j >= self.b.len() || self.at(j) == b'#' {
            return Err(Stop::Bail);
        }
        Ok(j)
    }

    /// Whether the line after the one ending at `nl` (a `\n`) goes on with
    /// the next item or the end of a flow collection (`,`, `]`, `}`), so a
    /// plain scalar ending the line ends there.
    fn next_line_ends_flow_item(&self, nl: usize) -> bool {
        let ls = nl + 1;
        matches!(self.at(ls + self.spaces(ls)), b',' | b']' | b'}')
    }

    /// Spaces inside a flow collection (which must stay on its line).
    fn flow_space(&self, i: usize) -> R<usize> {
        let j = self.skip_spaces(i)?;
        if self.is_eol(j) || self.at(j) == b'#' {
            return Err(Stop::Bail);
        }
        Ok(j)
    }

    fn flow_quoted(&mut self, i: usize) -> R<usize> {
        let (text, end) = self.quoted(i, isize::MAX)?;
        let style = if self.at(i) == b'"' { ScalarStyle::DoubleQuoted } else { ScalarStyle::SingleQuoted };
        self.scalar(text, style, i, end)?;
        Ok(end)
    }

    /// A plain scalar in a flow collection; `key`: a mapping key, ended by `: `.
    fn flow_plain(&mut self, i: usize, key: bool) -> R<usize> {
        let c = self.at(i);
        let dash = c == b'-' && !matches!(self.at(i + 1), b' ' | b'\t' | b'\n' | 0 | b',' | b'[' | b']' | b'{' | b'}');
        if (is_indicator(c) && !dash) || self.is_blankz(i) || c == b'\t' {
            return Err(Stop::Bail);
        }
        let mut j = i;
        let mut end = i;
        loop {
            match self.at(j) {
                b',' | b']' | b'}' | b'[' | b'{' => break,
                b':' => {
                    let next = self.at(j + 1);
                    if next == b' ' && key {
                        break;
                    }
                    if matches!(next, b' ' | b',' | b']' | b'}' | b'[' | b'{' | b'\n' | 0) {
                        return Err(Stop::Bail);
                    }
                    j += 1;
                    end = j;
                }
                b'#' if self.at(j - 1) == b' ' => return Err(Stop::Bail),
                // (a scalar over several lines is left to saphyr)
                b'\n' if !key && self.next_line_ends_flow_item(j) => break,
                b'\n' | b'\t' => return Err(Stop::Bail),
                0 if j >= self.b.len() => return Err(Stop::Bail),
                b' ' => j += 1,
                _ => {
                    j += 1;
                    end = j;
                }
            }
        }
        if key && end != j {
            // `{a : b}`: leave it to saphyr.
            return Err(Stop::Bail);
        }
        self.scalar(Cow::Borrowed(&self.text[i..end]), ScalarStyle::Plain, i, end)?;
        Ok(end)
    }

    /// A literal block scalar (`|` or `|-`) at `p` inside a block of
    /// indentation `n`.
    fn literal(&mut self, p: usize, n: isize) -> R {
        let mut i = p + 1;
        let strip = match self.at(i) {
            b'-' => {
                i += 1;
                true
            }
            b'+' => return Err(Stop::Bail),
            _ => false,
        };
        let j = self.skip_spaces(i)?;
        if !(self.at(j) == b'\n' || (self.at(j) == b'#' && j > i)) {
            return Err(Stop::Bail);
        }
        let header_end = self.eol(j);
        if header_end >= self.b.len() {
            return Err(Stop::Bail);
        }
        let first = header_end + 1;
        // The indentation: that of the first line with content.
        let mut l = first;
        let mut leading = 0usize;
        let mut max_blank = 0usize;
        let indent = loop {
            if l >= self.b.len() {
                break None;
            }
            let s = self.spaces(l);
            match self.at(l + s) {
                b'\n' => {
                    leading += 1;
                    max_blank = max_blank.max(s);
                    l += s + 1;
                }
                b'\t' => return Err(Stop::Bail),
                0 if l + s >= self.b.len() => break None,
                _ => break Some(s),
            }
        };
        let indent = match indent {
            Some(s) if s as isize > n => s,
            _ => {
                if max_blank > 0 {
                    return Err(Stop::Bail);
                }
                let span = Span::empty(self.marker(first));
                self.emit(Event::Scalar(Cow::Borrowed(""), ScalarStyle::Literal, 0, None), span)?;
                self.pos = first;
                return Ok(());
            }
        };
        if max_blank > indent {
            return Err(Stop::Bail);
        }
        // The content lines (blank lines before each, start, end), then
        // the text built at its exact length.
        let mut lines = std::mem::take(&mut self.lines);
        lines.clear();
        // `l` is the first content line.
        let content_start = l + indent;
        let mut pending = 0usize;
        let mut last_end;
        // the spaces starting line `l`
        let mut s = indent;
        let stop = loop {
            // a content line at `l` with at least `indent` spaces (its
            // text is mostly long: `memchr` at once)
            let from = l + s;
            let e = memchr::memchr(b'\n', &self.b[from.min(self.b.len())..]).map_or(self.b.len(), |k| from + k);
            if e >= self.b.len() {
                // The text ends without a line break inside the scalar.
                return Err(Stop::Bail);
            }
            lines.push((pending, l + indent, e));
            pending = 0;
            last_end = e + 1;
            l = e + 1;
            // Empty lines, then the next content line or the end.
            loop {
                if l >= self.b.len() {
                    break;
                }
                s = self.spaces(l);
                let c = self.at(l + s);
                if c == b'\n' && s <= indent {
                    pending += 1;
                    l += s + 1;
                    continue;
                }
                if c == b'\t' && s < indent {
                    return Err(Stop::Bail);
                }
                break;
            }
            if l >= self.b.len() {
                break self.b.len();
            }
            if s < indent {
                // saphyr's span ends after the next line's indentation
                break l + s;
            }
        };
        let len = leading + lines.iter().map(|&(blank, s, e)| blank + e - s + 1).sum::<usize>() - usize::from(strip);
        let mut out = String::with_capacity(len);
        out.extend(std::iter::repeat_n('\n', leading));
        for &(blank, s, e) in &lines {
            if blank > 0 {
                out.extend(std::iter::repeat_n('\n', blank));
            }
            out.push_str(&self.text[s..e]);
            out.push('\n');
        }
        if strip {
            out.pop();
        }
        self.lines = lines;
        // saphyr's span: from the content to where the scanner stopped
        self.scalar(Cow::Owned(out), ScalarStyle::Literal, content_start, stop)?;
        self.pos = last_end;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use saphyr_parser::Parser;

    type Evs<'a> = Vec<(Event<'a>, Span)>;

    fn fast(text: &str) -> Option<Evs<'_>> {
        let mut out = Vec::new();
        events(text, &mut |e, s| {
            out.push((e, s));
            Ok(())
        })
        .ok()?;
        Some(out)
    }

    fn saphyr(text: &str) -> Option<Evs<'_>> {
        saphyr_events(text).ok()
    }

    fn saphyr_events(text: &str) -> Result<Evs<'_>, saphyr_parser::ScanError> {
        let mut out = Vec::new();
        for item in Parser::new(crate::yaml::input::LineInput::new(text)) {
            out.push(item?);
        }
        Ok(out)
    }

    /// `text` with each closing bracket saphyr refuses under its key moved
    /// right, as `parse_stream` does before reading it again (`None`: no
    /// such bracket, or saphyr refuses the text for another reason).
    fn moved_brackets(text: &str) -> Option<String> {
        let mut cur = text.to_string();
        for _ in 0..100 {
            let e = match saphyr_events(&cur) {
                Ok(_) => return (cur != text).then_some(cur),
                Err(e) => e,
            };
            if e.info() != crate::yaml::input::INDENT_MESSAGE {
                return None;
            }
            cur = crate::yaml::input::reindent_flow_end(&cur, e.marker().line(), e.marker().col())?;
        }
        None
    }

    /// The fast reader's events equal saphyr's, with the span facts the tree
    /// builder reads: emptiness and position of scalars, the character a
    /// collection starts at. `Err` describes the first difference; `Ok(false)`
    /// when the fast reader left the text to saphyr. The fast reader's
    /// markers count bytes, saphyr's characters.
    fn same_events(text: &str) -> Result<bool, String> {
        let Some(f) = fast(text) else { return Ok(false) };
        let Some(s) = saphyr(text) else {
            // a bracket under its key: compare with saphyr's reading of the
            // text with the brackets moved
            let Some(moved) = moved_brackets(text) else {
                return Err("saphyr refuses what the fast reader read".into());
            };
            return same_events_moved(text, &f, &moved);
        };
        let chars: Vec<char> = text.chars().collect();
        let mut char_of_byte = vec![chars.len(); text.len() + 1];
        for (c, (b, _)) in text.char_indices().enumerate() {
            char_of_byte[b] = c;
        }
        let fast_span = |sp: &Span| {
            let at = |m: &Marker| char_of_byte.get(m.index()).copied().unwrap_or(usize::MAX);
            Span::new(Marker::new(at(&sp.start), 1, 0), Marker::new(at(&sp.end), 1, 0))
        };
        let first_char = |sp: &Span| chars.get(sp.start.index()).copied();
        for (i, ((fe, fs), (se, ss))) in f.iter().zip(s.iter()).enumerate() {
            let fs = &fast_span(fs);
            if fe != se {
                return Err(format!("event {i}: fast {fe:?}, saphyr {se:?}"));
            }
            match fe {
                Event::Scalar(..) => {
                    if fs.is_empty() != ss.is_empty() {
                        return Err(format!("event {i} {fe:?}: span emptiness differs ({fs:?} / {ss:?})"));
                    }
                    if !ss.is_empty() && fs.start.index() != ss.start.index() {
                        return Err(format!("event {i} {fe:?}: start differs ({fs:?} / {ss:?})"));
                    }
                    if matches!(fe, Event::Scalar(_, ScalarStyle::Literal | ScalarStyle::Folded, ..))
                        && fs.end.index() != ss.end.index()
                    {
                        return Err(format!("event {i} {fe:?}: end differs ({fs:?} / {ss:?})"));
                    }
                }
                Event::MappingStart(..) | Event::SequenceStart(..) => {
                    let flow = |sp: &Span| matches!(first_char(sp), Some('{' | '['));
                    if flow(fs) != flow(ss) {
                        return Err(format!("event {i} {fe:?}: flow style differs ({fs:?} / {ss:?})"));
                    }
                }
                _ => {}
            }
        }
        if f.len() != s.len() {
            return Err(format!("{} events, saphyr {}", f.len(), s.len()));
        }
        Ok(true)
    }

    /// [`same_events`] against saphyr's events on `moved` (the text with
    /// closing brackets moved right, so positions differ after them): the
    /// events, and the character each scalar and collection starts at.
    fn same_events_moved(text: &str, f: &Evs<'_>, moved: &str) -> Result<bool, String> {
        let s = saphyr_events(moved).map_err(|e| format!("saphyr refuses the moved text: {e:?}"))?;
        let moved_chars: Vec<char> = moved.chars().collect();
        for (i, ((fe, fs), (se, ss))) in f.iter().zip(s.iter()).enumerate() {
            if fe != se {
                return Err(format!("event {i}: fast {fe:?}, saphyr {se:?}"));
            }
            if matches!(fe, Event::Scalar(..) | Event::MappingStart(..) | Event::SequenceStart(..)) {
                if fs.is_empty() != ss.is_empty() && matches!(fe, Event::Scalar(..)) {
                    return Err(format!("event {i} {fe:?}: span emptiness differs"));
                }
                let fc = text[fs.start.index().min(text.len())..].chars().next();
                let sc = moved_chars.get(ss.start.index()).copied();
                if !ss.is_empty() && fc != sc {
                    return Err(format!("event {i} {fe:?}: starts at {fc:?}, saphyr at {sc:?}"));
                }
            }
        }
        if f.len() != s.len() {
            return Err(format!("{} events, saphyr {}", f.len(), s.len()));
        }
        Ok(true)
    }

    const CASES: &[&str] = &[
        "",
        "# only a comment\n",
        "---\n",
        "a: 1\n---\n",
        "---\n---\na: b\n",
        "--- # c\na: b\n...\n",
        "a: b\n",
        "a: b",
        "a:\n",
        "a:\nb: c\n",
        "a:\n  b: c\n  d:\n  - 1\n  - x\n",
        "a:\n- 1\n- 2\nb: 3\n",
        "- a\n- b: c\n  d: e\n-\n  f: g\n- - x\n  - y\n",
        "-\n- \n- # c\n",
        "a: b # comment\nc: d#e\nf: 'g' # h\n",
        "key: value with spaces  \nnext: v\n",
        "a: http://x:80/y\nb: c:d\n",
        "a: this is\n  folded text\n\n  and more\nb: 1\n",
        "- one\n  two\n- three\n",
        "a: 'it''s'\nb: \"q\\\"\\n\\t\\u00e9\\x41\"\n",
        "a: 'multi\n  line'\nb: \"x\n\n   y  \n  z\"\n",
        "a: \"tab\\\there\"\n",
        "a: [1, two, \"three\", 'four']\nb: {}\nc: []\nd: {x: 1, y: [a, b]}\n",
        "args: [\"--port=8080\", \"--id=0\"]\n",
        "a: [a, ]\n",
        "a: {a: }\n",
        "a: [a: b]\n",
        "a: |\n  line 1\n    indented\n\n  line 3\nb: |-\n  stripped\n",
        "a: |\n  x\n\n\nb: 1\n",
        "a: |\n\n  x\n",
        "a: |\nb: 1\n",
        "a: |+\n  keep\n\nb: 1\n",
        "a: >\n  folded\n  text\n",
        "a: |2\n   x\n",
        "a: |\n  no newline at end",
        "- |\n  in a list\n- |-\n  again\n",
        "a: &x 1\nb: *x\n",
        "a: !!str 1\n",
        "\"quoted key\": 1\n'single': 2\n",
        "a:\tb\n",
        "a:\n\t- b\n",
        "? complex\n: value\n",
        "a: b: c\n",
        "a: - b\n",
        "  a: 1\n  b: 2\n",
        "  a: 1\nb: 2\n",
        "a: 1\n  b: 2\n",
        "a: ~\nb: null\nc: \nd: ''\n",
        "a: -1\nb: -x\nc: :x\nd: ?x\n",
        "text: caf\u{e9} \u{2603}\nn: [\u{e9}, {\u{e9}: 1}]\n",
        "a: 1\n---\nb: 2\n---\n# empty\n---\nc: 3\n",
        "a: 1\n--- \nb: 2\n",
        "%YAML 1.2\n---\na: 1\n",
        "a: \"x\n---\ny\"\n",
        "a: b\n  # comment\nc: d\n",
        "a: x\n  - y\n",
        "- a\n -b\n",
        "a:\n    b: 1\n    c:\n      - d\n",
        "list:\n  - name: x\n    value: y\n  - name: z\n",
        "a: 'x' y\n",
        "a: \"x\" : y\n",
        "a: [1, 2] x\n",
        "a: {b: c}\n# end\n",
        "a: ]\n",
        "a : b\n",
        "a:b\n",
        "'a' : b\n",
        "- 'a': b\n",
        "a: |\n   x\n  y\n",
        "a: |\n  x\n   \n  y\n",
        "a: |\n  x\n     \n  y\n",
        "a:   \n  b\n",
        "a: \"\"\nb: ''\n",
        "a: 'x\n\n\n  y'\n",
        "a: \"x\\\n  y\"\n",
        "a: \"\\ud800\"\n",
        "a: '#not a comment'\nb: x #c\n",
        "a: b\n...\n",
        "a: {\"k\": \"v\", 'l': w}\n",
        "a: {k:v}\n",
        "a: [k:v, 'x']\n",
        "a: 'back\\slash ''q'' x'\nb: 'c\\\n  d'\n",
        "m:\n- {key: region, values: [eu, us]}\n- x:\n-\n  [a]\n",
        "m:\n  - {key: region, values: [eu, us]}\n  - x:\n  -\n    [a]\n",
        "m:\n-\n  [a]\n",
        "- [a]\n- b\n",
        "a: one\n  \"two\" 'three' >four |five `six` &seven *eight !nine %ten @eleven\n  [x] {y} ,z ]w\n  -x ?y :z\n",
        "a: one\n  - two\n",
        "a: one\n  ? two\n",
        "a: one\n  : two\n",
        "- a\n  -b\n",
        "a: \"x \\\n   y\\\n\n  z\"\n",
        "a[b]: c\n${X/#y/z: w}\n- x[1]\n",
        "- a[b]: c\n- {x}: y\n",
        "args: [--one, -2, -, -x]\n",
        "args: [--one, -]\n",
        "a: b\x7f\n",
        "long: abcdefghijklmnopqrstuvwxyz\x01abcdefgh\n",
        "a: \u{2028}\n",
        "a: one\n  - two\n  --- three\n  ? four\n  : five\n",
        // flow collections over several lines
        "args: [\n  \"server\",\n  \"-dev\"\n  ]\n",
        "a:\n  args: [\n    \"x\", 'y',\n    z\n    ]\n  b: 1\n",
        "a: [\n  1,\n  [b,\n   c],\n  {d: e,\n   f: g}\n  ]\nh: i\n",
        "a: [\n  1,\n  [b,\n   c],\n  {d: e,\n   f: g}\n ]\n",
        "- [a,\n  b]\n- c\n",
        "- [a,\n   b\n  ]\n- c\n",
        "m:\n- [a,\n  b]\n- {c: d,\n   e: f}\n",
        "a: {x: [1,\n  2], y: z}\n",
        "a: [\n b\n c]\n",
        "a: [ # c\n  b]\n",
        "a: [b, # c\n  d]\n",
        "a: [\n\n  b]\n",
        "a: [\n\tb]\n",
        "a:\n  b: [\n  c]\n",
        "a:\n  b: [c,\n d]\n",
        "a: [b,\n---\n]\n",
        "a: [b,\n  c,\n  ]\n",
        "a: {b:\n  c}\n",
        "a: {b: c\n  }\n",
        "a: [\n  b  \n  ]\n",
        "a: [\n  'b\n  c']\n",
        "a: [\n  b\n",
        "a: [\n  b,",
        // plain scalars over several lines, literal blocks
        "a: one  \n  two # c\n  three\n",
        "a: x#y\n  z #w\n  v\n",
        "a: one\n  two: three\n",
        "a: one\n  two:three\n   four\nb: 1\n",
        "a: one \n  t\u{e9}l\u{e9}\n\n\n  \u{2603}\n",
        "a: one\r\n  two\r\n",
        "a: one\n\ttwo\n",
        "a: one\n  \ttwo\n",
        "a: one\n  two\n---\nb: |\n  x  \n   y\n\n  z\n...\n",
        "- one\n  two\n\n  three   \n- four\n",
        "- |\n  a\n  b\n\n- |-\n    c\n   d\n",
        "a: |\n  x\n\n   \n  y\nb: 1\n",
        "a: |\n  x\n\n      \n  y\n",
        "a: |\n  # not a comment\n  x: y\n  ---\nb: 1\n",
        "a: |-\n  tab\there\n  t\u{e9}\n",
        "a: |\n  x\r\n  y\n",
        "a:\n  b: |\n    deep\n      deeper\n\n    back\n  c: d\n",
    ];

    /// The word-at-a-time test of `plain_enough` agrees with a byte test,
    /// for every ASCII byte at every position of a word.
    #[test]
    fn plain_enough_matches_a_byte_test() {
        let odd = |c: u8| (c < 0x20 && c != b'\n' && c != b'\t') || c == 0x7f;
        for c in 0u8..0x80 {
            for at in 0..24 {
                for fill in [b'a', b'\n', b' ', 0x7e, b'\t'] {
                    let mut b = vec![fill; 24];
                    b[at] = c;
                    let text = std::str::from_utf8(&b).unwrap();
                    let want = !b.iter().any(|&x| odd(x));
                    assert_eq!(plain_enough(text), want, "{text:?}");
                }
            }
        }
        assert!(plain_enough("caf\u{e9}\n"));
        assert!(!plain_enough("a\u{2028}b"));
        // the search for line separators and BOMs, skipped in ASCII text
        let long = "description: plain ascii text, more than one block long\n";
        for odd in ["\u{85}", "\u{2028}", "\u{2029}", "\u{feff}"] {
            for at in [0, 5, 31, 32, 40, long.len()] {
                let text = format!("{}{odd}{}", &long[..at], &long[at..]);
                assert!(!plain_enough(&text), "{text:?}");
            }
        }
        for fine in ["\u{e9}", "\u{2603}", "\u{a0}", "\u{1F600}"] {
            assert!(plain_enough(&format!("{long}{fine}{long}")));
        }
        assert!(plain_enough(long));
    }

    #[test]
    fn fast_events_match_saphyr() {
        let mut read = 0;
        for text in CASES {
            match same_events(text) {
                Ok(true) => read += 1,
                Ok(false) => {}
                Err(e) => panic!("{text:?}: {e}"),
            }
        }
        // The subset is not empty: most cases are read without saphyr.
        assert!(read > CASES.len() / 2, "only {read} of {} read", CASES.len());
    }

    /// A flow collection whose closing bracket sits under its key (go-yaml
    /// reads it; saphyr once `input::reindent_flow_end` moved it right):
    /// the fast reader reads it, and every kind of document comes out as
    /// saphyr's (with the move) makes it.
    #[test]
    fn flow_closed_under_its_key_reads_as_saphyr_after_the_move() {
        use crate::yaml::parse::without_fast_reader;
        const TEXTS: &[&str] = &[
            "vault:\n  server:\n    args: [\n      \"server\",\n      \"-dev\"\n    ]\n    extraEnvVars:\n      - name: X\n        value: \"[::]:8200\"\n    config: \"storage\"\n",
            "a: [b\n]\nc: d\n",
            "a: [\n]\n",
            "a:\n  b: {x: 1,\n    y: [2,\n      3]\n  }\n  c: [\n    d\n  ]\ne: f\n",
            "- a: [1,\n    2\n  ]\n  b: c\n",
            "a: [\n  x,\n  [y\n]]\n",
            "one: [\n  1\n]\ntwo: [\n  2\n]\n",
        ];
        for text in TEXTS {
            assert!(fast(text).is_some(), "the fast reader leaves {text:?} to saphyr");
            let a = crate::yaml::parse_values_documents(text, "v.yaml");
            let b = without_fast_reader(|| crate::yaml::parse_values_documents(text, "v.yaml"));
            assert!(a.is_ok(), "{text:?}: {a:?}");
            assert_eq!(a, b, "values of {text:?}");
            let a = crate::yaml::parse_kustomization(text, "k.yaml");
            let b = without_fast_reader(|| crate::yaml::parse_kustomization(text, "k.yaml"));
            assert_eq!(a, b, "kustomization of {text:?}");
            let a = crate::yaml::parse_resource_documents(text, "r.yaml");
            let b = without_fast_reader(|| crate::yaml::parse_resource_documents(text, "r.yaml"));
            assert_eq!(a, b, "resources of {text:?}");
            let a = crate::yaml::parse_patch_documents(text, "p.yaml");
            let b = without_fast_reader(|| crate::yaml::parse_patch_documents(text, "p.yaml"));
            assert_eq!(a, b, "patches of {text:?}");
            let a = crate::yaml::parse_documents(text, "d.yaml");
            let b = without_fast_reader(|| crate::yaml::parse_documents(text, "d.yaml"));
            assert_eq!(a, b, "documents of {text:?}");
        }
        // the same texts with every flow line moved right: saphyr reads
        // them as they are, event for event
        for text in TEXTS {
            let moved: String = text
                .split_inclusive('\n')
                .map(|l| if l.trim_start().starts_with([']', '}']) { format!("      {l}") } else { l.to_string() })
                .collect();
            assert_eq!(same_events(&moved), Ok(true), "{moved:?}");
        }
    }

    /// Resource, patch and plain documents read with the direct builder
    /// (`direct.rs`) equal the general builder's, errors included.
    #[test]
    fn direct_builder_matches_general_builder() {
        use crate::yaml::parse::without_direct_builder;
        const MORE: &[&str] = &[
            "metadata:\n  annotations:\n    a: 1.0e3\n    b: 0x10\n    c: ~\n    d:\n    e: 'x'\n    f: [1, x]\n  name: n\n",
            "metadata:\n  annotations: [1, 0x1]\n",
            "spec:\n  a: 0x10\n  b: .443\n  c: True\n  d: 2024-01-01\n  e: 1.5\n  f: 010\n  g: -0\n  h: 12\n  i: .inf\n",
            "spec:\n  e:\n  l:\n  - \n  - x\n  m: {}\n",
            "b: 1\na: 2\nc:\n  z: 1\n  y: 2\n",
            "a: 1\nb: 2\na: 3\n",
            "a:\n- b: 1\n  b: 2\n",
            "x:\n  b: 1\n  b: 2\n  a: 0\n",
            "<<: {a: 1}\nb: 2\n",
            "~: 1\nnull: 2\n'~': 3\n",
            "- a\n- b: 1\n  c: [1, {d: e}]\n",
            "plain\n",
            "kind: List\nitems:\n- kind: A\n  metadata: {name: a, annotations: {x: 1}}\n",
            "kind: ConfigMap\nmetadata:\n  name: n\n---\nkind: Secret\ndata:\n  k: v\n  k: w\n",
        ];
        for text in CASES.iter().chain(MORE) {
            let a = crate::yaml::parse_resource_documents(text, "f.yaml");
            let b = without_direct_builder(|| crate::yaml::parse_resource_documents(text, "f.yaml"));
            assert_eq!(a, b, "resource documents of {text:?}");
            let a = crate::yaml::parse_patch_documents(text, "f.yaml");
            let b = without_direct_builder(|| crate::yaml::parse_patch_documents(text, "f.yaml"));
            assert_eq!(a, b, "patch documents of {text:?}");
            let a = crate::yaml::parse_documents(text, "f.yaml");
            let b = without_direct_builder(|| crate::yaml::parse_documents(text, "f.yaml"));
            assert_eq!(a, b, "documents of {text:?}");
        }
    }

    /// Every YAML file of the repository's test data (and of the folders in
    /// `KFORGE_YAML_CORPUS`, `:`-separated): the fast reader's events and the
    /// parsed documents equal saphyr's.
    #[test]
    fn fast_reader_matches_saphyr_on_the_test_data() {
        let mut dirs = vec![std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("testdata")];
        if let Ok(extra) = std::env::var("KFORGE_YAML_CORPUS") {
            dirs.extend(extra.split(':').filter(|s| !s.is_empty()).map(std::path::PathBuf::from));
        }
        let mut files = Vec::new();
        while let Some(d) = dirs.pop() {
            let Ok(rd) = std::fs::read_dir(&d) else { continue };
            for e in rd.flatten() {
                let p = e.path();
                if p.is_dir() {
                    dirs.push(p);
                } else if p.extension().is_some_and(|x| x == "yaml" || x == "yml" || x == "json") {
                    files.push(p);
                }
            }
        }
        assert!(files.len() > 100, "test data not found ({} files)", files.len());
        let (mut fast_read, mut total) = (0, 0);
        for f in &files {
            let Ok(raw) = std::fs::read_to_string(f) else { continue };
            total += 1;
            let text = raw.strip_prefix('\u{FEFF}').unwrap_or(&raw).trim_end_matches([' ', '\t']);
            match same_events(text) {
                Ok(true) => fast_read += 1,
                Ok(false) => {}
                Err(e) => panic!("{}: {e}", f.display()),
            }
            let shown = f.display().to_string();
            let a = crate::yaml::parse_resource_documents(&raw, &shown);
            let b = crate::yaml::parse::without_fast_reader(|| crate::yaml::parse_resource_documents(&raw, &shown));
            assert_eq!(a, b, "{shown}: documents differ");
            let c = crate::yaml::parse::without_direct_builder(|| crate::yaml::parse_resource_documents(&raw, &shown));
            assert_eq!(a, c, "{shown}: documents of the direct builder differ");
            let a = crate::yaml::parse_patch_documents(&raw, &shown);
            let c = crate::yaml::parse::without_direct_builder(|| crate::yaml::parse_patch_documents(&raw, &shown));
            assert_eq!(a, c, "{shown}: patch documents of the direct builder differ");
            let a = crate::yaml::parse_kustomization(&raw, &shown);
            let b = crate::yaml::parse::without_fast_reader(|| crate::yaml::parse_kustomization(&raw, &shown));
            assert_eq!(a, b, "{shown}: kustomization reading differs");
        }
        eprintln!("fast reader: {fast_read} of {total} files");
        assert!(fast_read * 2 > total, "the fast reader read only {fast_read} of {total} files");
    }
}
