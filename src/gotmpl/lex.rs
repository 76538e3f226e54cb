//! Lexer for Go's text/template: text, actions with `{{-`/`-}}` trim
//! markers, comments, and the tokens inside actions.

/// A token's kind. Tokens are spans of the source (`Token::text`), so
/// lexing allocates nothing but the token vector. Spaces inside actions
/// are no tokens: the token after them has `Token::sp` set.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Tok {
    /// text outside actions (already trimmed by `{{-`/`-}}`)
    Text,
    LeftDelim,
    RightDelim,
    Ident,
    /// `.name`: the span includes the dot
    Field,
    Variable,
    Dot,
    /// a quoted string: the span is the raw text, quotes included
    Str,
    /// a raw (backquoted) string: the span is the raw text
    RawStr,
    /// a character constant (`'a'`): the span is the raw text, quotes
    /// included ([`char_value`] decodes it)
    Char,
    Number,
    Bool(bool),
    Nil,
    Pipe,
    Declare,
    Assign,
    LParen,
    RParen,
    Comma,
    Keyword(Kw),
    Eof,
}

/// A keyword, as its index in `KEYWORDS` (a token stays 16 bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Kw(u8);

impl Kw {
    pub const BLOCK: Kw = Kw(0);
    pub const BREAK: Kw = Kw(1);
    pub const CONTINUE: Kw = Kw(2);
    pub const DEFINE: Kw = Kw(3);
    pub const ELSE: Kw = Kw(4);
    pub const END: Kw = Kw(5);
    pub const IF: Kw = Kw(6);
    pub const RANGE: Kw = Kw(7);
    pub const TEMPLATE: Kw = Kw(8);
    pub const WITH: Kw = Kw(9);

    pub fn name(self) -> &'static str {
        KEYWORDS[usize::from(self.0)]
    }
}

/// A token: its kind and its span of the source (files are below 4 GiB:
/// the parser checks). 12 bytes (a test pins it): the lexer writes one
/// per token and the parser copies each a few times.
#[derive(Debug, Clone, Copy)]
pub struct Token {
    pub tok: Tok,
    /// spaces come before it (inside an action)
    pub sp: bool,
    pub pos: u32,
    /// end of the token's text (`src[pos..end]`)
    pub end: u32,
}

impl Token {
    fn new(tok: Tok, pos: usize, end: usize) -> Token {
        Token { tok, sp: false, pos: pos as u32, end: end as u32 }
    }
    pub fn start(&self) -> usize {
        self.pos as usize
    }
    /// The token's source text.
    pub fn text<'a>(&self, src: &'a str) -> &'a str {
        &src[self.pos as usize..self.end as usize]
    }
    /// The value of a string token (quoted or raw).
    pub fn str_value(&self, src: &str) -> String {
        let raw = self.text(src);
        let inner = &raw[1..raw.len() - 1];
        if self.tok == Tok::RawStr || !inner.contains('\\') {
            return inner.to_string();
        }
        // validated when lexing
        unescape(&raw[1..], self.start(), '"').map(|(v, _)| v).unwrap_or_default()
    }
}

#[derive(Debug)]
pub struct LexError {
    pub pos: usize,
    pub msg: String,
}

const KEYWORDS: &[&str] = &["block", "break", "continue", "define", "else", "end", "if", "range", "template", "with"];

#[inline]
fn is_space(c: u8) -> bool {
    SPACE[usize::from(c)]
}

/// Go's spaces in actions: space, tab, CR, LF.
const SPACE: [bool; 256] = {
    let mut t = [false; 256];
    t[b' ' as usize] = true;
    t[b'\t' as usize] = true;
    t[b'\r' as usize] = true;
    t[b'\n' as usize] = true;
    t
};

fn is_alnum(c: char) -> bool {
    c == '_' || c.is_alphanumeric()
}

/// Bytes by class: 1 an ASCII letter, digit or `_`; 2 a byte of a
/// multi-byte character; 0 anything else.
const WORD: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut i = 0;
    while i < 256 {
        let c = i as u8;
        t[i] = if c.is_ascii_alphanumeric() || c == b'_' {
            1
        } else if c >= 0x80 {
            2
        } else {
            0
        };
        i += 1;
    }
    t
};

/// End of the name starting at `k` (letters, digits, `_`), as the lexer
/// ends an identifier, a field name or a variable name after its `$`.
pub fn name_end(src: &str, k: usize) -> usize {
    alnum_end(src, k)
}

/// End of the identifier-like run starting at `k`.
#[inline]
fn alnum_end(src: &str, k: usize) -> usize {
    let b = src.as_bytes();
    // ASCII first: one table look-up per byte
    let mut k = k.min(b.len());
    // four bytes a step while they last (names are mostly longer)
    while let Some(w) = b.get(k..k + 4) {
        if WORD[usize::from(w[0])] != 1 {
            return alnum_tail(src, k);
        }
        if WORD[usize::from(w[1])] != 1 {
            return alnum_tail(src, k + 1);
        }
        if WORD[usize::from(w[2])] != 1 {
            return alnum_tail(src, k + 2);
        }
        if WORD[usize::from(w[3])] != 1 {
            return alnum_tail(src, k + 3);
        }
        k += 4;
    }
    while k < b.len() && WORD[usize::from(b[k])] == 1 {
        k += 1;
    }
    alnum_tail(src, k)
}

/// [`alnum_end`] at the first byte `k` that is no ASCII letter, digit or
/// `_`: the end, unless a non-ASCII letter follows.
#[inline]
fn alnum_tail(src: &str, k: usize) -> usize {
    let b = src.as_bytes();
    if k < b.len() && WORD[usize::from(b[k])] == 2 {
        return alnum_end_unicode(src, k);
    }
    k
}

/// [`alnum_end`] past a non-ASCII byte at `k`.
#[cold]
fn alnum_end_unicode(src: &str, mut k: usize) -> usize {
    let b = src.as_bytes();
    while k < b.len() {
        let class = WORD[usize::from(b[k])];
        if class == 1 {
            k += 1;
        } else if class == 0 {
            break;
        } else {
            match src.get(k..).and_then(|r| r.chars().next()) {
                Some(ch) if is_alnum(ch) => k += ch.len_utf8(),
                _ => break,
            }
        }
    }
    k
}

/// Lex `src` into `toks` (cleared first): a set parsing many files reuses
/// one buffer, so the token vectors of a chart's files do not each take
/// fresh memory (first touches of pages cost more than the lexing).
///
/// Returns whether an action names `Files`: a field `.Files` (`.Files`,
/// `$.Files`, `(x).Files`) or a string literal containing the word
/// (`index $ "Files"`, a `tpl` text). Words in plain text
/// (`NodeFilesystemSpaceFillingUp`) and longer names (`.usePasswordFiles`)
/// do not count.
// Not inlined into its one caller: inlined, the loop compiles to ~10% more
// instructions (callgrind, a chart's whole parse).
#[inline(never)]
pub fn lex_into(src: &str, toks: &mut Vec<Token>) -> Result<bool, LexError> {
    toks.clear();
    let mut files = false;
    let b = src.as_bytes();
    let mut i = 0usize;
    let mut trim_next = false;
    loop {
        // text
        let start = i;
        let next = find_left_delim(b, i);
        let end = next.unwrap_or(b.len());
        let (mut ts, mut te) = (start, end);
        if trim_next {
            while ts < te && is_space(b[ts]) {
                ts += 1;
            }
            trim_next = false;
        }
        let Some(ld) = next else {
            if ts < te {
                toks.push(Token::new(Tok::Text, ts, te));
            }
            toks.push(Token::new(Tok::Eof, b.len(), b.len()));
            return Ok(files);
        };
        let mut after = ld + 2;
        let left_trim = b.get(after) == Some(&b'-') && b.get(after + 1).is_some_and(|&c| is_space(c));
        if left_trim {
            while te > ts && is_space(b[te - 1]) {
                te -= 1;
            }
            after += 2;
        }
        if ts < te {
            toks.push(Token::new(Tok::Text, ts, te));
        }
        i = after;
        // comment?
        let mut j = i;
        if left_trim {
            while j < b.len() && is_space(b[j]) {
                j += 1;
            }
        }
        if b[j..].starts_with(b"/*") {
            let Some(close) = memchr::memmem::find(&b[j + 2..], b"*/") else {
                return Err(LexError { pos: ld, msg: "unclosed comment".into() });
            };
            let mut k = j + 2 + close + 2;
            if src[k..].starts_with(" -}}") || (k < b.len() && is_space(b[k]) && src[k + 1..].starts_with("-}}")) {
                trim_next = true;
                k += 4;
            } else if src[k..].starts_with("}}") {
                k += 2;
            } else {
                return Err(LexError { pos: ld, msg: "comment ends before closing delimiter".into() });
            }
            i = k;
            continue;
        }
        toks.push(Token::new(Tok::LeftDelim, ld, ld + 2));
        // inside action
        let mut paren = 0i32;
        let mut sp = false;
        loop {
            if i >= b.len() {
                return Err(LexError { pos: i, msg: "unclosed action".into() });
            }
            let c = b[i];
            if is_space(c) {
                while i < b.len() && is_space(b[i]) {
                    i += 1;
                }
                // " -}}" right trim
                if b[i..].starts_with(b"-}}") {
                    toks.push(Token { tok: Tok::RightDelim, sp: true, pos: i as u32, end: (i + 3) as u32 });
                    i += 3;
                    trim_next = true;
                    break;
                }
                sp = true;
                continue;
            }
            let pos = i;
            let space_before = std::mem::replace(&mut sp, false);
            let mut push =
                |tok: Tok, end: usize| toks.push(Token { tok, sp: space_before, pos: pos as u32, end: end as u32 });
            match c {
                b'}' if b.get(i + 1) == Some(&b'}') => {
                    if paren > 0 {
                        return Err(LexError { pos: i, msg: "unclosed left paren".into() });
                    }
                    push(Tok::RightDelim, i + 2);
                    i += 2;
                    break;
                }
                b'=' => {
                    push(Tok::Assign, i + 1);
                    i += 1;
                }
                b':' => {
                    if b.get(i + 1) != Some(&b'=') {
                        return Err(LexError { pos, msg: "expected :=".into() });
                    }
                    push(Tok::Declare, i + 2);
                    i += 2;
                }
                b'|' => {
                    push(Tok::Pipe, i + 1);
                    i += 1;
                }
                b',' => {
                    push(Tok::Comma, i + 1);
                    i += 1;
                }
                b'(' => {
                    paren += 1;
                    push(Tok::LParen, i + 1);
                    i += 1;
                }
                b')' => {
                    paren -= 1;
                    if paren < 0 {
                        return Err(LexError { pos, msg: "unexpected right paren".into() });
                    }
                    push(Tok::RParen, i + 1);
                    i += 1;
                }
                b'"' => {
                    let n = lex_quote(src, i)?;
                    files |= names_files(&b[i..n]);
                    push(Tok::Str, n);
                    i = n;
                }
                b'`' => {
                    let Some(close) = memchr::memchr(b'`', &b[i + 1..]) else {
                        return Err(LexError { pos, msg: "unterminated raw quoted string".into() });
                    };
                    files |= names_files(&b[i..i + close + 2]);
                    push(Tok::RawStr, i + close + 2);
                    i += close + 2;
                }
                b'\'' => {
                    let (_, n) = lex_char(src, i)?;
                    push(Tok::Char, n);
                    i = n;
                }
                b'$' => {
                    let k = alnum_end(src, i + 1);
                    push(Tok::Variable, k);
                    i = k;
                }
                b'.' => {
                    if b.get(i + 1).is_some_and(|c| c.is_ascii_digit()) {
                        let n = lex_number(src, i);
                        push(Tok::Number, n);
                        i = n;
                        continue;
                    }
                    let k = alnum_end(src, i + 1);
                    files |= &b[i + 1..k] == b"Files";
                    push(if k == i + 1 { Tok::Dot } else { Tok::Field }, k);
                    i = k;
                }
                b'+' | b'-' | b'0'..=b'9' => {
                    let n = lex_number(src, i);
                    if n == i + 1 && !c.is_ascii_digit() {
                        return Err(LexError { pos, msg: format!("bad number syntax: {:?}", &src[i..n]) });
                    }
                    push(Tok::Number, n);
                    i = n;
                }
                _ => {
                    // ASCII letters and `_` without decoding a character
                    let alnum = WORD[usize::from(c)] == 1
                        || (c >= 0x80 && src.get(i..).and_then(|r| r.chars().next()).is_some_and(is_alnum));
                    if alnum {
                        let k = alnum_end(src, i);
                        // a `match` compares lengths first: most words are
                        // function names, not keywords
                        let tok = match &b[i..k] {
                            b"block" => Tok::Keyword(Kw::BLOCK),
                            b"break" => Tok::Keyword(Kw::BREAK),
                            b"continue" => Tok::Keyword(Kw::CONTINUE),
                            b"define" => Tok::Keyword(Kw::DEFINE),
                            b"else" => Tok::Keyword(Kw::ELSE),
                            b"end" => Tok::Keyword(Kw::END),
                            b"if" => Tok::Keyword(Kw::IF),
                            b"range" => Tok::Keyword(Kw::RANGE),
                            b"template" => Tok::Keyword(Kw::TEMPLATE),
                            b"with" => Tok::Keyword(Kw::WITH),
                            b"true" => Tok::Bool(true),
                            b"false" => Tok::Bool(false),
                            b"nil" => Tok::Nil,
                            _ => Tok::Ident,
                        };
                        push(tok, k);
                        i = k;
                    } else {
                        let ch = src.get(i..).and_then(|r| r.chars().next()).unwrap_or(' ');
                        return Err(LexError { pos, msg: format!("unrecognized character in action: {ch:?}") });
                    }
                }
            }
        }
    }
}

/// Where the next `{{` is, from `i` on.
fn find_left_delim(b: &[u8], mut i: usize) -> Option<usize> {
    while let Some(p) = memchr::memchr(b'{', &b[i..]) {
        let k = i + p;
        if b.get(k + 1) == Some(&b'{') {
            return Some(k);
        }
        i = k + 1;
    }
    None
}

/// Whether a string literal's text holds the word `Files`.
fn names_files(lit: &[u8]) -> bool {
    lit.len() >= 7 && memchr::memchr_iter(b'F', lit).any(|i| lit[i..].starts_with(b"Files"))
}

fn lex_number(src: &str, start: usize) -> usize {
    let b = src.as_bytes();
    let mut i = start;
    if i < b.len() && (b[i] == b'+' || b[i] == b'-') {
        i += 1;
    }
    let mut digits: &[u8] = b"0123456789_";
    if b.get(i) == Some(&b'0') {
        match b.get(i + 1) {
            Some(b'x' | b'X') => {
                i += 2;
                digits = b"0123456789abcdefABCDEF_";
            }
            Some(b'o' | b'O') => {
                i += 2;
                digits = b"01234567_";
            }
            Some(b'b' | b'B') => {
                i += 2;
                digits = b"01_";
            }
            _ => {}
        }
    }
    while i < b.len() && digits.contains(&b[i]) {
        i += 1;
    }
    if i < b.len() && b[i] == b'.' {
        i += 1;
        while i < b.len() && digits.contains(&b[i]) {
            i += 1;
        }
    }
    if i < b.len() && (b[i] == b'e' || b[i] == b'E') && digits.len() == 11 {
        i += 1;
        if i < b.len() && (b[i] == b'+' || b[i] == b'-') {
            i += 1;
        }
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
    }
    if i < b.len() && (b[i] == b'p' || b[i] == b'P') && digits.len() > 11 {
        i += 1;
        if i < b.len() && (b[i] == b'+' || b[i] == b'-') {
            i += 1;
        }
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
    }
    // Go also accepts a trailing 'i' (imaginary); swallow alphanumerics so the
    // parser reports bad syntax.
    while i < b.len() && (b[i].is_ascii_alphanumeric()) {
        i += 1;
    }
    i
}

fn unescape(s: &str, pos: usize, quote: char) -> Result<(String, usize), LexError> {
    // s starts after the opening quote; returns (value, bytes consumed incl. closing quote)
    let mut out = String::new();
    let mut it = s.char_indices().peekable();
    while let Some((k, c)) = it.next() {
        if c == quote {
            return Ok((out, k + 1));
        }
        if c == '\n' {
            break;
        }
        if c != '\\' {
            out.push(c);
            continue;
        }
        let Some((_, e)) = it.next() else { break };
        let hex = |it: &mut std::iter::Peekable<std::str::CharIndices>, n: usize| {
            let mut v = 0u32;
            for _ in 0..n {
                let (_, d) = it.next()?;
                v = v * 16 + d.to_digit(16)?;
            }
            Some(v)
        };
        let ch = match e {
            'a' => Some('\u{7}'),
            'b' => Some('\u{8}'),
            'f' => Some('\u{c}'),
            'n' => Some('\n'),
            'r' => Some('\r'),
            't' => Some('\t'),
            'v' => Some('\u{b}'),
            '\\' => Some('\\'),
            '\'' => Some('\''),
            '"' => Some('"'),
            'x' => hex(&mut it, 2).and_then(char::from_u32),
            'u' => hex(&mut it, 4).and_then(char::from_u32),
            'U' => hex(&mut it, 8).and_then(char::from_u32),
            '0'..='7' => {
                let mut v = e.to_digit(8).unwrap_or(0);
                for _ in 0..2 {
                    match it.next() {
                        Some((_, d)) if d.is_digit(8) => v = v * 8 + d.to_digit(8).unwrap_or(0),
                        _ => return Err(LexError { pos, msg: "invalid syntax".into() }),
                    }
                }
                char::from_u32(v)
            }
            _ => None,
        };
        match ch {
            Some(c) => out.push(c),
            None => return Err(LexError { pos, msg: "invalid syntax".into() }),
        }
    }
    Err(LexError { pos, msg: "unterminated quoted string".into() })
}

fn lex_quote(src: &str, start: usize) -> Result<usize, LexError> {
    let b = src.as_bytes();
    // fast path: no escapes before the closing quote
    if let Some(k) = memchr::memchr3(b'"', b'\\', b'\n', &b[start + 1..]) {
        if b[start + 1 + k] == b'"' {
            return Ok(start + 1 + k + 1);
        }
    }
    let (_, n) = unescape(&src[start + 1..], start, '"')?;
    Ok(start + 1 + n)
}

/// The value of the character constant at `start` (a `Tok::Char`, checked
/// when lexing).
pub fn char_value(src: &str, start: usize) -> char {
    lex_char(src, start).map_or('\0', |(c, _)| c)
}

fn lex_char(src: &str, start: usize) -> Result<(char, usize), LexError> {
    let (val, n) = unescape(&src[start + 1..], start, '\'')?;
    let end = start + 1 + n;
    let mut cs = val.chars();
    match (cs.next(), cs.next()) {
        (Some(c), None) => Ok((c, end)),
        _ => Err(LexError { pos: start, msg: format!("malformed character constant: {}", &src[start..end]) }),
    }
}
