//! Parser input adjustments so that saphyr reads what go-yaml reads.
//!
//! * `LineInput` wraps saphyr's `StrInput` and only reports a document
//!   indicator (`---` / `...`) at the start of a line. saphyr checks the
//!   column everywhere except in plain-scalar continuation lines, where go-yaml
//!   (like libyaml) treats an indented `--- text` as part of the scalar.
//! * `reindent_quoted` helps with quoted scalars whose continuation lines are
//!   not indented more than the enclosing block: go-yaml accepts them, saphyr
//!   refuses ("invalid indentation in quoted scalar"). Leading white space of
//!   a continuation line is not part of a quoted scalar's value, so adding
//!   spaces there changes nothing but the scanner's verdict.
use saphyr_parser::input::SkipTabs;
use saphyr_parser::{Input, StrInput};

pub(crate) struct LineInput<'a> {
    inner: StrInput<'a>,
    /// The last consumed character was a line break (or nothing was consumed).
    at_line_start: bool,
}

impl<'a> LineInput<'a> {
    pub(crate) fn new(text: &'a str) -> Self {
        LineInput { inner: StrInput::new(text), at_line_start: true }
    }
}

fn is_break(c: char) -> bool {
    c == '\n' || c == '\r'
}

impl Input for LineInput<'_> {
    #[inline]
    fn lookahead(&mut self, count: usize) {
        self.inner.lookahead(count);
    }
    #[inline]
    fn buflen(&self) -> usize {
        self.inner.buflen()
    }
    #[inline]
    fn bufmaxlen(&self) -> usize {
        self.inner.bufmaxlen()
    }
    #[inline]
    fn buf_is_empty(&self) -> bool {
        self.inner.buf_is_empty()
    }
    #[inline]
    fn raw_read_ch(&mut self) -> char {
        let c = self.inner.raw_read_ch();
        self.at_line_start = is_break(c);
        c
    }
    #[inline]
    fn raw_read_non_breakz_ch(&mut self) -> Option<char> {
        let c = self.inner.raw_read_non_breakz_ch();
        if c.is_some() {
            self.at_line_start = false;
        }
        c
    }
    #[inline]
    fn skip(&mut self) {
        self.at_line_start = is_break(self.inner.peek());
        self.inner.skip();
    }
    #[inline]
    fn skip_n(&mut self, count: usize) {
        if count > 0 {
            self.at_line_start = is_break(self.inner.peek_nth(count - 1));
        }
        self.inner.skip_n(count);
    }
    #[inline]
    fn peek(&self) -> char {
        self.inner.peek()
    }
    #[inline]
    fn peek_nth(&self, n: usize) -> char {
        self.inner.peek_nth(n)
    }
    #[inline]
    fn look_ch(&mut self) -> char {
        self.inner.look_ch()
    }
    #[inline]
    fn next_char_is(&self, c: char) -> bool {
        self.inner.next_char_is(c)
    }
    #[inline]
    fn nth_char_is(&self, n: usize, c: char) -> bool {
        self.inner.nth_char_is(n, c)
    }
    #[inline]
    fn next_2_are(&self, c1: char, c2: char) -> bool {
        self.inner.next_2_are(c1, c2)
    }
    #[inline]
    fn next_3_are(&self, c1: char, c2: char, c3: char) -> bool {
        self.inner.next_3_are(c1, c2, c3)
    }
    #[inline]
    fn next_is_document_indicator(&self) -> bool {
        self.at_line_start && self.inner.next_is_document_indicator()
    }
    #[inline]
    fn next_is_document_start(&self) -> bool {
        self.at_line_start && self.inner.next_is_document_start()
    }
    #[inline]
    fn next_is_document_end(&self) -> bool {
        self.at_line_start && self.inner.next_is_document_end()
    }
    fn skip_ws_to_eol(&mut self, skip_tabs: SkipTabs) -> (usize, Result<SkipTabs, &'static str>) {
        let r = self.inner.skip_ws_to_eol(skip_tabs);
        if r.0 > 0 {
            self.at_line_start = false;
        }
        r
    }
    #[inline]
    fn next_can_be_plain_scalar(&self, in_flow: bool) -> bool {
        self.inner.next_can_be_plain_scalar(in_flow)
    }
    #[inline]
    fn next_is_blank_or_break(&self) -> bool {
        self.inner.next_is_blank_or_break()
    }
    #[inline]
    fn next_is_blank_or_breakz(&self) -> bool {
        self.inner.next_is_blank_or_breakz()
    }
    #[inline]
    fn next_is_blank(&self) -> bool {
        self.inner.next_is_blank()
    }
    #[inline]
    fn next_is_break(&self) -> bool {
        self.inner.next_is_break()
    }
    #[inline]
    fn next_is_breakz(&self) -> bool {
        self.inner.next_is_breakz()
    }
    #[inline]
    fn next_is_z(&self) -> bool {
        self.inner.next_is_z()
    }
    #[inline]
    fn next_is_flow(&self) -> bool {
        self.inner.next_is_flow()
    }
    #[inline]
    fn next_is_digit(&self) -> bool {
        self.inner.next_is_digit()
    }
    #[inline]
    fn next_is_alpha(&self) -> bool {
        self.inner.next_is_alpha()
    }
    fn skip_while_non_breakz(&mut self) -> usize {
        let n = self.inner.skip_while_non_breakz();
        if n > 0 {
            self.at_line_start = false;
        }
        n
    }
    fn skip_while_blank(&mut self) -> usize {
        let n = self.inner.skip_while_blank();
        if n > 0 {
            self.at_line_start = false;
        }
        n
    }
    fn fetch_while_is_alpha(&mut self, out: &mut String) -> usize {
        let n = self.inner.fetch_while_is_alpha(out);
        if n > 0 {
            self.at_line_start = false;
        }
        n
    }
}

/// The scanner's message for a token left of the enclosing block's indent.
pub(crate) const INDENT_MESSAGE: &str = "invalid indentation";

/// go-yaml accepts the closing `]` or `}` of a flow collection on a line of
/// its own at the indentation of the key that holds it (`args: [` ... `]`);
/// saphyr refuses it. Spaces before a closing bracket mean nothing, so
/// indent that line like the line above it (at least one column more).
/// `line` is 1-based, `col` 0-based in characters; `None` when the token
/// there is not such a bracket.
pub(crate) fn reindent_flow_end(text: &str, line: usize, col: usize) -> Option<String> {
    let mut starts = vec![0usize];
    for (i, b) in text.bytes().enumerate() {
        if b == b'\n' {
            starts.push(i + 1);
        }
    }
    let start = *starts.get(line.checked_sub(1)?)?;
    let end = text[start..].find('\n').map_or(text.len(), |e| start + e);
    let this = &text[start..end];
    let lead = this.len() - this.trim_start_matches(' ').len();
    if lead != col || !(this[lead..].starts_with(']') || this[lead..].starts_with('}')) {
        return None;
    }
    let above = (0..line - 1)
        .rev()
        .map(|l| {
            let s = starts[l];
            let e = text[s..].find('\n').map_or(text.len(), |e| s + e);
            &text[s..e]
        })
        .find(|l| !l.trim().is_empty())
        .map_or(0, |l| l.len() - l.trim_start_matches(' ').len());
    let want = above.max(col + 1);
    let mut out = String::with_capacity(text.len() + want);
    out.push_str(&text[..start]);
    out.push_str(&" ".repeat(want));
    out.push_str(&text[start + lead..]);
    Some(out)
}

/// The scanner's message for a quoted scalar whose continuation lines are
/// not indented enough.
pub(crate) const QUOTED_INDENT_MESSAGE: &str = "invalid indentation in quoted scalar";

/// Given the text and the 1-based line and 0-based column (in characters)
/// where a quoted scalar starts, return the text with every continuation
/// line of that scalar indented past the opening quote. `None` when there is
/// no quoted scalar there or it has no continuation line to fix.
pub(crate) fn reindent_quoted(text: &str, line: usize, col: usize) -> Option<String> {
    // byte offset of the start of the line
    let mut line_start = 0usize;
    if line > 1 {
        let mut seen = 1usize;
        for (i, b) in text.bytes().enumerate() {
            if b == b'\n' {
                seen += 1;
                if seen == line {
                    line_start = i + 1;
                    break;
                }
            }
        }
        if seen != line {
            return None;
        }
    }
    let rest = &text[line_start..];
    let (quote_off, quote) = rest.char_indices().nth(col)?;
    if quote != '\'' && quote != '"' {
        return None;
    }
    let start = line_start + quote_off;
    let pad = " ".repeat(col + 1);
    let mut out = String::with_capacity(text.len() + 256);
    out.push_str(&text[..=start]);
    let body = &text[start + 1..];
    let mut chars = body.char_indices().peekable();
    let mut end = None;
    let mut changed = false;
    while let Some((i, c)) = chars.next() {
        match c {
            '\'' if quote == '\'' => {
                if matches!(chars.peek(), Some((_, '\''))) {
                    chars.next();
                    out.push_str("''");
                    continue;
                }
                end = Some(i);
                break;
            }
            '"' if quote == '"' => {
                end = Some(i);
                break;
            }
            '\\' if quote == '"' => {
                out.push('\\');
                if let Some((_, n)) = chars.next() {
                    out.push(n);
                    if n == '\n' {
                        out.push_str(&pad);
                        changed = true;
                    }
                }
                continue;
            }
            '\n' => {
                out.push('\n');
                out.push_str(&pad);
                changed = true;
                continue;
            }
            _ => {}
        }
        out.push(c);
    }
    let end = end?;
    if !changed {
        return None;
    }
    out.push_str(&body[end..]);
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reindents_only_the_scalar() {
        let t = "a:\n  b: 'x\n  y'\n  c: \"p\\\n  q\"\n";
        let fixed = reindent_quoted(t, 2, 5).expect("fixed");
        assert_eq!(fixed, "a:\n  b: 'x\n        y'\n  c: \"p\\\n  q\"\n");
        let fixed = reindent_quoted(&fixed, 4, 5).expect("fixed");
        assert_eq!(fixed, "a:\n  b: 'x\n        y'\n  c: \"p\\\n        q\"\n");
        assert!(reindent_quoted(t, 1, 0).is_none());
        let t = "a:\n  args: [\n    \"x\",\n    \"y\"\n  ]\n";
        assert_eq!(reindent_flow_end(t, 5, 2).unwrap(), "a:\n  args: [\n    \"x\",\n    \"y\"\n    ]\n");
        assert!(reindent_flow_end(t, 4, 4).is_none());
        // As go-yaml (helm) reads chainloop's values.yaml.
        let v = crate::yaml::parse_values_documents(
            "v:\n  s:\n    args: [\n      \"server\",\n      \"-dev\"\n    ]\n    b: 1\n",
            "t",
        )
        .unwrap();
        assert_eq!(v[0]["v"]["s"]["args"], serde_json::json!(["server", "-dev"]));
        assert!(v[0]["v"]["s"]["b"].is_number());
    }
}
