//! What a folded (`>`) scalar of a resource file becomes in kustomize.
//!
//! kustomize writes each resource once with go-yaml v3, keeping the folded
//! style, and reads it back. go-yaml's folded writer adds an empty line after
//! every line that does not start with a blank when the value's first
//! character is not a blank (it looks at the start of the value, not of the
//! next line). Read back, that empty line is an extra line break before each
//! more-indented line; and when the value starts with a blank, no empty line
//! is written at all, so a line break between two normal lines becomes a
//! space. `go_round_trip` reproduces both, measured against kustomize v5.7.1.
//! Values go-yaml would not write in block style (a space before a line
//! break, a trailing space, control characters) are written quoted and come
//! back unchanged.

fn is_blank(c: char) -> bool {
    c == ' ' || c == '\t'
}

fn block_allowed(value: &str) -> bool {
    if value.ends_with(' ') || value.contains(" \n") {
        return false;
    }
    !value.chars().any(|c| (c.is_control() && c != '\n' && c != '\t') || c == '\u{feff}')
}

/// The value kustomize ends up with for a folded scalar whose parsed value
/// is `value`.
pub(crate) fn go_round_trip(value: &str) -> Option<String> {
    if value.is_empty() || !value.contains('\n') || !block_allowed(value) {
        return None;
    }
    // What go-yaml writes as the block body (indentation left out).
    let first_nonblank = !value.starts_with([' ', '\t', '\n', '\r']);
    let mut body = String::with_capacity(value.len() + 16);
    let mut breaks = true;
    let mut leading_spaces = true;
    for c in value.chars() {
        if c == '\n' {
            if !breaks && !leading_spaces && first_nonblank {
                body.push('\n');
            }
            body.push('\n');
            breaks = true;
        } else {
            if breaks {
                leading_spaces = is_blank(c);
            }
            body.push(c);
            breaks = false;
        }
    }
    // The chomping indicator go-yaml writes.
    let keep = value == "\n" || value.ends_with("\n\n");
    let strip = !value.ends_with('\n');
    let out = read_folded(&body, strip, keep);
    (out != value).then_some(out)
}

/// go-yaml's reading of a folded block body whose lines carry no
/// indentation (lines starting with a blank are more indented).
fn read_folded(body: &str, strip: bool, keep: bool) -> String {
    let parts: Vec<&str> = body.split('\n').collect();
    let last = parts.len() - 1; // the fragment after the last break (no break)
    let mut s = String::with_capacity(body.len());
    let mut leading_break = false;
    let mut trailing_breaks = 0usize;
    let mut leading_blank = false;
    let mut i = 0;
    while i < last && parts[i].is_empty() {
        trailing_breaks += 1;
        i += 1;
    }
    while i <= last && !parts[i].is_empty() {
        let line = parts[i];
        let trailing_blank = line.starts_with([' ', '\t']);
        if leading_break && !leading_blank && !trailing_blank {
            if trailing_breaks == 0 {
                s.push(' ');
            }
        } else if leading_break {
            s.push('\n');
        }
        leading_break = false;
        s.extend(std::iter::repeat_n('\n', trailing_breaks));
        trailing_breaks = 0;
        leading_blank = trailing_blank;
        s.push_str(line);
        if i == last {
            break;
        }
        leading_break = true;
        i += 1;
        while i < last && parts[i].is_empty() {
            trailing_breaks += 1;
            i += 1;
        }
    }
    if !strip && leading_break {
        s.push('\n');
    }
    if keep {
        s.extend(std::iter::repeat_n('\n', trailing_breaks));
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rt(v: &str) -> String {
        go_round_trip(v).unwrap_or_else(|| v.to_string())
    }

    #[test]
    fn as_kustomize_reads_folded_scalars() {
        // values measured with kustomize v5.7.1
        assert_eq!(rt("a\n  b\nc\n"), "a\n\n  b\nc\n");
        assert_eq!(rt("a b\n\n  c\nd\n"), "a b\n\n\n  c\nd\n");
        assert_eq!(rt("a\n\n\n  b\n\nc\n"), "a\n\n\n\n  b\n\nc\n");
        assert_eq!(rt("a\n  b\n  c\nd e"), "a\n\n  b\n  c\nd e");
        assert_eq!(rt(" x\ny z\nw\n"), " x\ny z w\n");
        // unchanged
        assert_eq!(rt("a b\nc\n"), "a b\nc\n");
        assert_eq!(rt("a b c\n"), "a b c\n");
        assert_eq!(rt("a \n  b\n"), "a \n  b\n");
        assert_eq!(rt("a\n\n"), "a\n\n\n");
    }
}
