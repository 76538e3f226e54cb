//! Lexer for Go's text/template: text, actions with `{{-`/`-}}` trim
//! markers, comments, and the tokens inside actions.

#[derive(Debug, Clone, PartialEq)]
pub enum Tok {
    Text(String),
    LeftDelim,
    RightDelim,
    Space,
    Ident(String),
    Field(String),
    Variable(String),
    Dot,
    Str { raw: String, val: String },
    Char { raw: String, val: char },
    Number(String),
    Bool(bool),
    Nil,
    Pipe,
    Declare,
    Assign,
    LParen,
    RParen,
    Comma,
    Keyword(&'static str),
    Eof,
}

#[derive(Debug, Clone)]
pub struct Token {
    pub tok: Tok,
    pub pos: usize,
}

#[derive(Debug)]
pub struct LexError {
    pub pos: usize,
    pub msg: String,
}

const KEYWORDS: &[&str] = &["block", "break", "continue", "define", "else", "end", "if", "range", "template", "with"];

fn is_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\r' | b'\n')
}

fn is_alnum(c: char) -> bool {
    c == '_' || c.is_alphanumeric()
}

pub fn lex(src: &str) -> Result<Vec<Token>, LexError> {
    let b = src.as_bytes();
    let mut toks = Vec::new();
    let mut i = 0usize;
    let mut trim_next = false;
    loop {
        // text
        let start = i;
        let next = src[i..].find("{{").map(|p| p + i);
        let end = next.unwrap_or(b.len());
        let mut text = &src[start..end];
        if trim_next {
            text = text.trim_start_matches([' ', '\t', '\r', '\n']);
            trim_next = false;
        }
        let Some(ld) = next else {
            if !text.is_empty() {
                toks.push(Token { tok: Tok::Text(text.to_string()), pos: start });
            }
            toks.push(Token { tok: Tok::Eof, pos: b.len() });
            return Ok(toks);
        };
        let mut after = ld + 2;
        let left_trim = b.get(after) == Some(&b'-') && b.get(after + 1).is_some_and(|&c| is_space(c));
        if left_trim {
            text = text.trim_end_matches([' ', '\t', '\r', '\n']);
            after += 2;
        }
        if !text.is_empty() {
            toks.push(Token { tok: Tok::Text(text.to_string()), pos: start });
        }
        i = after;
        // comment?
        let mut j = i;
        if left_trim {
            while j < b.len() && is_space(b[j]) {
                j += 1;
            }
        }
        if src[j..].starts_with("/*") {
            let Some(close) = src[j + 2..].find("*/") else {
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
        toks.push(Token { tok: Tok::LeftDelim, pos: ld });
        // inside action
        let mut paren = 0i32;
        loop {
            if i >= b.len() {
                return Err(LexError { pos: i, msg: "unclosed action".into() });
            }
            let c = b[i];
            if is_space(c) {
                let s = i;
                while i < b.len() && is_space(b[i]) {
                    i += 1;
                }
                // " -}}" right trim
                if src[i..].starts_with("-}}") {
                    toks.push(Token { tok: Tok::RightDelim, pos: i });
                    i += 3;
                    trim_next = true;
                    break;
                }
                toks.push(Token { tok: Tok::Space, pos: s });
                continue;
            }
            if src[i..].starts_with("}}") {
                if paren > 0 {
                    return Err(LexError { pos: i, msg: "unclosed left paren".into() });
                }
                toks.push(Token { tok: Tok::RightDelim, pos: i });
                i += 2;
                break;
            }
            let pos = i;
            match c {
                b'=' => {
                    toks.push(Token { tok: Tok::Assign, pos });
                    i += 1;
                }
                b':' => {
                    if b.get(i + 1) != Some(&b'=') {
                        return Err(LexError { pos, msg: "expected :=".into() });
                    }
                    toks.push(Token { tok: Tok::Declare, pos });
                    i += 2;
                }
                b'|' => {
                    toks.push(Token { tok: Tok::Pipe, pos });
                    i += 1;
                }
                b',' => {
                    toks.push(Token { tok: Tok::Comma, pos });
                    i += 1;
                }
                b'(' => {
                    paren += 1;
                    toks.push(Token { tok: Tok::LParen, pos });
                    i += 1;
                }
                b')' => {
                    paren -= 1;
                    if paren < 0 {
                        return Err(LexError { pos, msg: "unexpected right paren".into() });
                    }
                    toks.push(Token { tok: Tok::RParen, pos });
                    i += 1;
                }
                b'"' => {
                    let (raw, val, n) = lex_quote(src, i)?;
                    toks.push(Token { tok: Tok::Str { raw, val }, pos });
                    i = n;
                }
                b'`' => {
                    let Some(close) = src[i + 1..].find('`') else {
                        return Err(LexError { pos, msg: "unterminated raw quoted string".into() });
                    };
                    let val = src[i + 1..i + 1 + close].to_string();
                    let raw = src[i..i + close + 2].to_string();
                    toks.push(Token { tok: Tok::Str { raw, val }, pos });
                    i += close + 2;
                }
                b'\'' => {
                    let (raw, val, n) = lex_char(src, i)?;
                    toks.push(Token { tok: Tok::Char { raw, val }, pos });
                    i = n;
                }
                b'$' => {
                    let mut k = i + 1;
                    while let Some(ch) = src[k..].chars().next() {
                        if is_alnum(ch) {
                            k += ch.len_utf8();
                        } else {
                            break;
                        }
                    }
                    toks.push(Token { tok: Tok::Variable(src[i..k].to_string()), pos });
                    i = k;
                }
                b'.' => {
                    if b.get(i + 1).is_some_and(|c| c.is_ascii_digit()) {
                        let n = lex_number(src, i);
                        toks.push(Token { tok: Tok::Number(src[i..n].to_string()), pos });
                        i = n;
                        continue;
                    }
                    let mut k = i + 1;
                    while let Some(ch) = src[k..].chars().next() {
                        if is_alnum(ch) {
                            k += ch.len_utf8();
                        } else {
                            break;
                        }
                    }
                    if k == i + 1 {
                        toks.push(Token { tok: Tok::Dot, pos });
                    } else {
                        toks.push(Token { tok: Tok::Field(src[i + 1..k].to_string()), pos });
                    }
                    i = k;
                }
                b'+' | b'-' | b'0'..=b'9' => {
                    let n = lex_number(src, i);
                    if n == i + 1 && !c.is_ascii_digit() {
                        return Err(LexError { pos, msg: format!("bad number syntax: {:?}", &src[i..n]) });
                    }
                    toks.push(Token { tok: Tok::Number(src[i..n].to_string()), pos });
                    i = n;
                }
                _ => {
                    let ch = src[i..].chars().next().unwrap_or(' ');
                    if is_alnum(ch) {
                        let mut k = i;
                        while let Some(ch) = src[k..].chars().next() {
                            if is_alnum(ch) {
                                k += ch.len_utf8();
                            } else {
                                break;
                            }
                        }
                        let word = &src[i..k];
                        let tok = if let Some(kw) = KEYWORDS.iter().find(|k| **k == word) {
                            Tok::Keyword(kw)
                        } else if word == "true" {
                            Tok::Bool(true)
                        } else if word == "false" {
                            Tok::Bool(false)
                        } else if word == "nil" {
                            Tok::Nil
                        } else {
                            Tok::Ident(word.to_string())
                        };
                        toks.push(Token { tok, pos });
                        i = k;
                    } else {
                        return Err(LexError { pos, msg: format!("unrecognized character in action: {ch:?}") });
                    }
                }
            }
        }
    }
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

fn lex_quote(src: &str, start: usize) -> Result<(String, String, usize), LexError> {
    let (val, n) = unescape(&src[start + 1..], start, '"')?;
    let end = start + 1 + n;
    Ok((src[start..end].to_string(), val, end))
}

fn lex_char(src: &str, start: usize) -> Result<(String, char, usize), LexError> {
    let (val, n) = unescape(&src[start + 1..], start, '\'')?;
    let end = start + 1 + n;
    let mut cs = val.chars();
    match (cs.next(), cs.next()) {
        (Some(c), None) => Ok((src[start..end].to_string(), c, end)),
        _ => Err(LexError { pos: start, msg: format!("malformed character constant: {}", &src[start..end]) }),
    }
}
