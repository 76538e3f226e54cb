//! YAML with source positions, for editing scalars in place: a values file
//! keeps its comments, order and layout, and only the rewritten scalars
//! change.
use saphyr_parser::{Event, Parser, ScalarStyle};

use crate::yaml::YamlError;

/// A node with the byte range of its source text (scalars only).
#[derive(Clone, Debug)]
pub enum Node {
    Map(Vec<(String, Node)>),
    Seq(Vec<Node>),
    Scalar(Scalar),
    /// Aliases are not edited.
    Alias,
}

#[derive(Clone, Debug)]
pub struct Scalar {
    pub value: String,
    pub style: ScalarStyle,
    /// Byte range in the source, quotes included.
    pub start: usize,
    pub end: usize,
    /// 1-based line, for messages.
    pub line: usize,
}

impl Node {
    pub fn get(&self, key: &str) -> Option<&Node> {
        match self {
            Node::Map(entries) => entries.iter().rev().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    pub fn str_at(&self, key: &str) -> Option<&Scalar> {
        match self.get(key) {
            Some(Node::Scalar(s)) => Some(s),
            _ => None,
        }
    }

    pub fn scalar(&self) -> Option<&Scalar> {
        match self {
            Node::Scalar(s) => Some(s),
            _ => None,
        }
    }
}

impl Scalar {
    /// A plain `~`/`null`/empty value.
    pub fn is_null(&self) -> bool {
        self.style == ScalarStyle::Plain && matches!(self.value.as_str(), "" | "~" | "null" | "Null" | "NULL")
    }

    /// The value as a string, nulls as empty.
    pub fn text(&self) -> &str {
        if self.is_null() {
            ""
        } else {
            &self.value
        }
    }
}

enum Frame {
    Map(Vec<(String, Node)>, Option<String>),
    Seq(Vec<Node>),
}

/// Parse every document of a stream.
pub fn parse(text: &str, origin: &str) -> Result<Vec<Node>, YamlError> {
    // Markers count characters; edits need bytes.
    let byte_at: Option<Vec<usize>> = if text.is_ascii() {
        None
    } else {
        let mut v: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
        v.push(text.len());
        Some(v)
    };
    let to_byte = |ci: usize| match &byte_at {
        None => ci.min(text.len()),
        Some(v) => v.get(ci).copied().unwrap_or(text.len()),
    };
    let mut docs = Vec::new();
    let mut stack: Vec<Frame> = Vec::new();
    let mut root: Option<Node> = None;
    for item in Parser::new_from_str(text) {
        let (ev, span) = item.map_err(|e| YamlError {
            origin: origin.to_string(),
            line: e.marker().line(),
            column: e.marker().col() + 1,
            message: e.info().to_string(),
        })?;
        let node = match ev {
            Event::Scalar(value, style, _, _) => {
                let (start, mut end) = (to_byte(span.start.index()), to_byte(span.end.index()));
                // Quoted spans run to the end of the line: stop at the closing quote.
                if matches!(style, ScalarStyle::SingleQuoted | ScalarStyle::DoubleQuoted) {
                    end = closing_quote(text, start, style).unwrap_or(end);
                }
                Some(Node::Scalar(Scalar { value: value.into_owned(), style, start, end, line: span.start.line() }))
            }
            Event::Alias(_) => Some(Node::Alias),
            Event::SequenceStart(..) => {
                stack.push(Frame::Seq(Vec::new()));
                None
            }
            Event::MappingStart(..) => {
                stack.push(Frame::Map(Vec::new(), None));
                None
            }
            Event::SequenceEnd => match stack.pop() {
                Some(Frame::Seq(items)) => Some(Node::Seq(items)),
                _ => None,
            },
            Event::MappingEnd => match stack.pop() {
                Some(Frame::Map(entries, _)) => Some(Node::Map(entries)),
                _ => None,
            },
            Event::DocumentEnd => {
                docs.push(root.take().unwrap_or(Node::Alias));
                None
            }
            _ => None,
        };
        let Some(node) = node else { continue };
        match stack.last_mut() {
            None => root = Some(node),
            Some(Frame::Seq(items)) => items.push(node),
            Some(Frame::Map(entries, key)) => match key.take() {
                None => {
                    *key = Some(match node {
                        Node::Scalar(s) => s.value,
                        _ => String::new(),
                    })
                }
                Some(k) => entries.push((k, node)),
            },
        }
    }
    Ok(docs)
}

/// The byte after the closing quote of a quoted scalar starting at `start`.
fn closing_quote(text: &str, start: usize, style: ScalarStyle) -> Option<usize> {
    let b = text.as_bytes();
    let q = if style == ScalarStyle::SingleQuoted { b'\'' } else { b'"' };
    if b.get(start) != Some(&q) {
        return None;
    }
    let mut i = start + 1;
    while i < b.len() {
        if q == b'"' && b[i] == b'\\' {
            i += 2;
            continue;
        }
        if b[i] == q {
            if q == b'\'' && b.get(i + 1) == Some(&b'\'') {
                i += 2;
                continue;
            }
            return Some(i + 1);
        }
        i += 1;
    }
    None
}

/// Byte-range replacements over one text.
#[derive(Default, Debug)]
pub struct Edits {
    edits: Vec<(usize, usize, String)>,
}

fn plain_safe(s: &str) -> bool {
    !s.is_empty()
        && s.bytes().next().is_some_and(|c| c.is_ascii_alphanumeric())
        && !s.contains(": ")
        && !s.contains(" #")
        && s.bytes().all(|c| c.is_ascii_graphic() && !matches!(c, b',' | b'[' | b']' | b'{' | b'}' | b'#'))
        && !matches!(s, "true" | "false" | "null" | "yes" | "no" | "on" | "off")
        && s.parse::<f64>().is_err()
}

impl Edits {
    pub fn is_empty(&self) -> bool {
        self.edits.is_empty()
    }

    /// Replace a raw byte range.
    pub fn raw(&mut self, start: usize, end: usize, text: String) {
        self.edits.push((start, end, text));
    }

    /// Set a scalar to a new string value, in a style like the old one.
    pub fn set(&mut self, s: &Scalar, src: &str, value: &str) {
        let quoted = match s.style {
            ScalarStyle::SingleQuoted => format!("'{}'", value.replace('\'', "''")),
            ScalarStyle::DoubleQuoted => serde_json::to_string(value).unwrap_or_default(),
            _ if plain_safe(value) => value.to_string(),
            _ => serde_json::to_string(value).unwrap_or_default(),
        };
        if s.start == s.end {
            // An empty value (`key:`): the marker sits after the colon or on
            // the next token; write right after the colon.
            let at = s.start.min(src.len());
            let colon = if src[at..].starts_with(':') { Some(at) } else { src[..at].rfind(':') };
            if let Some(colon) = colon {
                self.edits.push((colon + 1, colon + 1, format!(" {quoted}")));
            }
            return;
        }
        self.edits.push((s.start, s.end, quoted));
    }

    /// Apply all edits (non-overlapping) to `src`.
    pub fn apply(mut self, src: &str) -> String {
        self.edits.sort_by(|a, b| b.0.cmp(&a.0).then(b.1.cmp(&a.1)));
        self.edits.dedup_by(|a, b| a.0 == b.0 && a.1 == b.1);
        let mut out = src.to_string();
        let mut limit = usize::MAX;
        for (a, b, t) in self.edits {
            if b > limit || b > out.len() || a > b {
                continue;
            }
            out.replace_range(a..b, &t);
            limit = a;
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scalar_spans_cover_their_source_text() {
        let src = "# c\na:\n  b: plain   # note\n  c: 'single'\n  d: \"dq\"\n  é: x\n  e:\n  f: ok\nl:\n- one\n";
        let doc = &parse(src, "t").unwrap()[0];
        let a = doc.get("a").unwrap();
        for (k, raw) in [("b", "plain"), ("c", "'single'"), ("d", "\"dq\""), ("é", "x"), ("f", "ok")] {
            let s = a.str_at(k).unwrap();
            assert_eq!(&src[s.start..s.end], raw, "{k}");
        }
        let mut e = Edits::default();
        e.set(a.str_at("b").unwrap(), src, "m.cn/x:1");
        e.set(a.str_at("c").unwrap(), src, "it's");
        e.set(a.str_at("d").unwrap(), src, "q");
        e.set(a.str_at("e").unwrap(), src, "new");
        let out = e.apply(src);
        assert_eq!(
            out,
            "# c\na:\n  b: m.cn/x:1   # note\n  c: 'it''s'\n  d: \"q\"\n  é: x\n  e: new\n  f: ok\nl:\n- one\n"
        );
        let v = crate::yaml::parse_documents(&out, "t").unwrap();
        assert_eq!(v[0]["a"]["e"], "new");
    }
}
