//! Go's fmt package for template values: `%v` printing, `Sprint`,
//! `Sprintln` and `Sprintf` with the verbs charts use.
use std::fmt::Write as _;

use super::value::{go_quote, Value};
use crate::yaml::format_go_float;

/// `fmt.Sprint(v)` for one value (`%v`).
pub fn sprint_value(v: &Value) -> String {
    let mut s = String::new();
    write_v(&mut s, v, false);
    s
}

/// How `{{ . }}` prints a value: like `%v`, but nil is `<no value>`.
pub fn print_action(v: &Value, out: &mut String) {
    match v {
        Value::Nil => out.push_str("<no value>"),
        Value::Str(s) => out.push_str(s),
        other => write_v(out, other, false),
    }
}

fn write_v(out: &mut String, v: &Value, nested: bool) {
    match v {
        Value::Nil => out.push_str("<nil>"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Int(i) => {
            let _ = write!(out, "{i}");
        }
        Value::Float(f) => out.push_str(&format_go_float(*f, false)),
        Value::Str(s) => out.push_str(s),
        Value::List(l) => {
            out.push('[');
            for (i, e) in l.iter().enumerate() {
                if i > 0 {
                    out.push(' ');
                }
                write_v(out, e, true);
            }
            out.push(']');
        }
        Value::Map(m) => {
            out.push_str("map[");
            for (i, (k, e)) in m.borrow().iter().enumerate() {
                if i > 0 {
                    out.push(' ');
                }
                out.push_str(k);
                out.push(':');
                write_v(out, e, true);
            }
            out.push(']');
        }
        Value::Object(o) => match o.display() {
            Some(s) => out.push_str(&s),
            None => {
                let inner = o.to_value();
                if nested {
                    out.push_str("0x");
                } else {
                    out.push('&');
                }
                write_v(out, &inner, true);
            }
        },
    }
}

/// `fmt.Sprint(args...)`: spaces between operands when neither is a string.
pub fn sprint(args: &[Value]) -> String {
    let mut out = String::new();
    for (i, a) in args.iter().enumerate() {
        if i > 0 && !matches!(a, Value::Str(_)) && !matches!(args[i - 1], Value::Str(_)) {
            out.push(' ');
        }
        write_v(&mut out, a, false);
    }
    out
}

/// `fmt.Sprintln(args...)`.
pub fn sprintln(args: &[Value]) -> String {
    let mut out = String::new();
    for (i, a) in args.iter().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        write_v(&mut out, a, false);
    }
    out.push('\n');
    out
}

#[derive(Default, Clone, Copy)]
struct Flags {
    minus: bool,
    plus: bool,
    sharp: bool,
    space: bool,
    zero: bool,
    width: Option<usize>,
    prec: Option<usize>,
}

/// `fmt.Sprintf(format, args...)`.
pub fn sprintf(format: &str, args: &[Value]) -> String {
    let mut out = String::with_capacity(format.len() + 16);
    let b = format.as_bytes();
    let mut i = 0;
    let mut argn = 0;
    while i < b.len() {
        let start = i;
        while i < b.len() && b[i] != b'%' {
            i += 1;
        }
        out.push_str(&format[start..i]);
        if i >= b.len() {
            break;
        }
        i += 1; // '%'
        let mut f = Flags::default();
        while i < b.len() {
            match b[i] {
                b'-' => {
                    f.minus = true;
                    f.zero = false;
                }
                b'+' => f.plus = true,
                b'#' => f.sharp = true,
                b' ' => f.space = true,
                b'0' => f.zero = !f.minus,
                _ => break,
            }
            i += 1;
        }
        // width
        if i < b.len() && b[i] == b'*' {
            i += 1;
            if let Some(Value::Int(w)) = args.get(argn) {
                if *w < 0 {
                    f.minus = true;
                    f.width = Some(w.unsigned_abs() as usize);
                } else {
                    f.width = Some(*w as usize);
                }
            } else {
                out.push_str("%!(BADWIDTH)");
            }
            argn += 1;
        } else {
            let s = i;
            while i < b.len() && b[i].is_ascii_digit() {
                i += 1;
            }
            if i > s {
                f.width = format[s..i].parse().ok();
            }
        }
        if i < b.len() && b[i] == b'.' {
            i += 1;
            if i < b.len() && b[i] == b'*' {
                i += 1;
                if let Some(Value::Int(p)) = args.get(argn) {
                    f.prec = Some((*p).max(0) as usize);
                } else {
                    out.push_str("%!(BADPREC)");
                }
                argn += 1;
            } else {
                let s = i;
                while i < b.len() && b[i].is_ascii_digit() {
                    i += 1;
                }
                f.prec = Some(format[s..i].parse().unwrap_or(0));
            }
        }
        if i >= b.len() {
            out.push_str("%!(NOVERB)");
            break;
        }
        let verb = match format[i..].chars().next() {
            Some(c) => c,
            None => break,
        };
        i += verb.len_utf8();
        if verb == '%' {
            out.push('%');
            continue;
        }
        match args.get(argn) {
            None => {
                let _ = write!(out, "%!{verb}(MISSING)");
            }
            Some(a) => {
                argn += 1;
                format_one(&mut out, verb, &f, a);
            }
        }
    }
    if argn < args.len() {
        out.push_str("%!(EXTRA ");
        for (k, a) in args[argn..].iter().enumerate() {
            if k > 0 {
                out.push_str(", ");
            }
            let _ = write!(out, "{}={}", a.type_name(), sprint_value(a));
        }
        out.push(')');
    }
    out
}

fn pad(out: &mut String, s: &str, f: &Flags, zero_ok: bool) {
    let n = s.chars().count();
    let w = f.width.unwrap_or(0);
    if n >= w {
        out.push_str(s);
        return;
    }
    let fill = w - n;
    if f.minus {
        out.push_str(s);
        out.extend(std::iter::repeat_n(' ', fill));
    } else if f.zero && zero_ok {
        // zero padding goes after a sign
        let (sign, rest) = match s.chars().next() {
            Some(c @ ('-' | '+' | ' ')) => (Some(c), &s[1..]),
            _ => (None, s),
        };
        if let Some(c) = sign {
            out.push(c);
        }
        out.extend(std::iter::repeat_n('0', fill));
        out.push_str(rest);
    } else {
        out.extend(std::iter::repeat_n(' ', fill));
        out.push_str(s);
    }
}

fn bad_verb(out: &mut String, verb: char, a: &Value) {
    match a {
        Value::Nil => {
            let _ = write!(out, "%!{verb}(<nil>)");
        }
        _ => {
            let _ = write!(out, "%!{verb}({}={})", a.type_name(), sprint_value(a));
        }
    }
}

fn fmt_int(i: i64, verb: char, f: &Flags) -> Option<String> {
    let neg = i < 0;
    let u = i.unsigned_abs();
    let mut digits = match verb {
        'd' | 'v' => u.to_string(),
        'x' => format!("{u:x}"),
        'X' => format!("{u:X}"),
        'o' | 'O' => format!("{u:o}"),
        'b' => format!("{u:b}"),
        'c' => return char::from_u32(i as u32).map(|c| c.to_string()),
        'q' => return char::from_u32(i as u32).map(|c| format!("'{c}'")),
        'U' => return Some(format!("U+{:04X}", u)),
        _ => return None,
    };
    if let Some(p) = f.prec {
        while digits.len() < p {
            digits.insert(0, '0');
        }
        if p == 0 && u == 0 {
            digits.clear();
        }
    }
    let prefix = match (verb, f.sharp) {
        ('x', true) => "0x",
        ('X', true) => "0X",
        ('o', true) => "0",
        ('O', _) => "0o",
        _ => "",
    };
    let sign = if neg {
        "-"
    } else if f.plus {
        "+"
    } else if f.space {
        " "
    } else {
        ""
    };
    Some(format!("{sign}{prefix}{digits}"))
}

fn fmt_float(x: f64, verb: char, f: &Flags) -> Option<String> {
    let mut s = match verb {
        'v' | 'g' | 'G' => match f.prec {
            None => format_go_float(x, false),
            Some(p) => format_g_prec(x, p.max(1)),
        },
        'f' | 'F' => format!("{:.*}", f.prec.unwrap_or(6), x),
        'e' | 'E' => go_exp(x, f.prec.unwrap_or(6)),
        _ => return None,
    };
    if !x.is_finite() {
        s = if x.is_nan() {
            "NaN".into()
        } else if x > 0.0 {
            "+Inf".into()
        } else {
            "-Inf".into()
        };
    }
    if verb == 'E' || verb == 'G' {
        s = s.to_uppercase();
    }
    if !s.starts_with('-') && !s.starts_with('+') {
        if f.plus {
            s.insert(0, '+');
        } else if f.space {
            s.insert(0, ' ');
        }
    }
    Some(s)
}

fn go_exp(x: f64, prec: usize) -> String {
    let s = format!("{:.*e}", prec, x);
    let (m, e) = s.split_once('e').unwrap_or((&s, "0"));
    let e: i32 = e.parse().unwrap_or(0);
    format!("{m}e{}{:02}", if e < 0 { '-' } else { '+' }, e.unsigned_abs())
}

fn format_g_prec(x: f64, p: usize) -> String {
    if x == 0.0 {
        return "0".into();
    }
    let e = go_exp(x, p - 1);
    let exp: i32 = e.split_once('e').and_then(|(_, v)| v.parse().ok()).unwrap_or(0);
    if exp < -4 || exp >= p as i32 {
        let (m, rest) = e.split_once('e').unwrap_or((&e, ""));
        let m = if m.contains('.') { m.trim_end_matches('0').trim_end_matches('.') } else { m };
        format!("{m}e{rest}")
    } else {
        let decimals = (p as i32 - 1 - exp).max(0) as usize;
        let s = format!("{:.*}", decimals, x);
        if s.contains('.') {
            s.trim_end_matches('0').trim_end_matches('.').to_string()
        } else {
            s
        }
    }
}

fn format_one(out: &mut String, verb: char, f: &Flags, a: &Value) {
    if verb == 'T' {
        pad(out, &a.type_name(), f, false);
        return;
    }
    match a {
        Value::Nil => {
            if verb == 'v' {
                pad(out, "<nil>", f, false);
            } else {
                bad_verb(out, verb, a);
            }
        }
        Value::Bool(b) => match verb {
            'v' | 't' => pad(out, if *b { "true" } else { "false" }, f, false),
            _ => bad_verb(out, verb, a),
        },
        Value::Int(i) => match fmt_int(*i, verb, f) {
            Some(s) => pad(out, &s, f, true),
            None => bad_verb(out, verb, a),
        },
        Value::Float(x) => match fmt_float(*x, verb, f) {
            Some(s) => pad(out, &s, f, true),
            None => bad_verb(out, verb, a),
        },
        Value::Str(s) => match verb {
            'v' | 's' => {
                let t: String = match f.prec {
                    Some(p) => s.chars().take(p).collect(),
                    None => s.to_string(),
                };
                pad(out, &t, f, false)
            }
            'q' => {
                let q = if f.sharp && !s.contains('`') { format!("`{s}`") } else { go_quote(s) };
                pad(out, &q, f, false)
            }
            'x' | 'X' => {
                let mut h = String::new();
                for byte in s.as_bytes() {
                    if verb == 'x' {
                        let _ = write!(h, "{byte:02x}");
                    } else {
                        let _ = write!(h, "{byte:02X}");
                    }
                }
                pad(out, &h, f, false)
            }
            _ => bad_verb(out, verb, a),
        },
        Value::List(l) => {
            out.push('[');
            for (i, e) in l.iter().enumerate() {
                if i > 0 {
                    out.push(' ');
                }
                format_one(out, verb, f, e);
            }
            out.push(']');
        }
        Value::Map(m) => {
            out.push_str("map[");
            for (i, (k, e)) in m.borrow().iter().enumerate() {
                if i > 0 {
                    out.push(' ');
                }
                format_one(out, verb, f, &Value::str(k));
                out.push(':');
                format_one(out, verb, f, e);
            }
            out.push(']');
        }
        Value::Object(o) => match o.display() {
            Some(s) if matches!(verb, 'v' | 's') => pad(out, &s, f, false),
            _ => {
                let mut s = String::new();
                write_v(&mut s, a, false);
                pad(out, &s, f, false)
            }
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(pairs: &[(&str, Value)]) -> Value {
        Value::from_map(pairs.iter().map(|(k, v)| (k.to_string(), v.clone())).collect())
    }

    #[test]
    fn v_formatting_matches_go() {
        assert_eq!(sprint_value(&Value::Float(1234567.0)), "1.234567e+06");
        assert_eq!(sprint_value(&Value::Float(100000.0)), "100000");
        assert_eq!(sprint_value(&Value::Float(0.5)), "0.5");
        assert_eq!(sprint_value(&Value::Float(3.0)), "3");
        assert_eq!(sprint_value(&m(&[("b", Value::Int(1)), ("a", Value::str("x"))])), "map[a:x b:1]");
        assert_eq!(sprint_value(&Value::list(vec![Value::Int(1), Value::Nil])), "[1 <nil>]");
    }

    #[test]
    fn sprint_spacing() {
        assert_eq!(sprint(&[Value::Int(1), Value::Int(2)]), "1 2");
        assert_eq!(sprint(&[Value::str("a"), Value::Int(2)]), "a2");
        assert_eq!(sprint(&[Value::str("a"), Value::str("b")]), "ab");
        assert_eq!(sprintln(&[Value::str("a"), Value::str("b")]), "a b\n");
    }

    #[test]
    fn sprintf_verbs() {
        assert_eq!(sprintf("%d", &[Value::Float(3.0)]), "%!d(float64=3)");
        assert_eq!(sprintf("%d-%s", &[Value::Int(3), Value::str("x")]), "3-x");
        assert_eq!(sprintf("%05d", &[Value::Int(-42)]), "-0042");
        assert_eq!(sprintf("%-4s|", &[Value::str("ab")]), "ab  |");
        assert_eq!(sprintf("%q", &[Value::str("a\"b")]), "\"a\\\"b\"");
        assert_eq!(sprintf("%.2f", &[Value::Float(1.23456)]), "1.23");
        assert_eq!(sprintf("%v", &[Value::Float(1e21)]), "1e+21");
        assert_eq!(sprintf("%s", &[]), "%!s(MISSING)");
        assert_eq!(sprintf("x", &[Value::Int(1)]), "x%!(EXTRA int=1)");
        assert_eq!(sprintf("%x", &[Value::Int(255)]), "ff");
        assert_eq!(sprintf("%s", &[Value::Nil]), "%!s(<nil>)");
        assert_eq!(sprintf("%e", &[Value::Float(1234.5)]), "1.234500e+03");
        assert_eq!(sprintf("%g", &[Value::Float(0.000001)]), "1e-06");
        assert_eq!(sprintf("%t", &[Value::Bool(true)]), "true");
        assert_eq!(sprintf("100%%", &[]), "100%");
    }
}
