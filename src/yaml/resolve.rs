//! Plain-scalar resolution with the quirks of the Go YAML libraries kustomize
//! uses, plus Go-compatible number and time formatting.
//!
//! * [`Schema::V3`]: go-yaml v3 (kyaml), used for resource files. YAML 1.2 core
//!   booleans/null, Go `strconv.ParseInt(s, 0, 64)` for integers (so `0123` is
//!   octal), a regex-shaped float syntax and Go `time.Parse` timestamps.
//! * [`Schema::V2`]: go-yaml v2 (sigs.k8s.io/yaml), YAML 1.1 booleans
//!   (`y`, `yes`, `on`, ...). Used for kustomization files and, on the output
//!   side, to decide which strings must be quoted.

/// Which resolver to imitate.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Schema {
    V2,
    V3,
}

/// The result of resolving a plain scalar.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Resolved {
    Null,
    Bool(bool),
    Int(i64),
    Uint(u64),
    Float(f64),
    /// `.inf`, `-.inf`, `.nan` and friends (not representable in JSON).
    NonFinite,
    Timestamp(Timestamp),
    Str,
}

fn hint(s: &str) -> u8 {
    match s.as_bytes().first() {
        None => b'N',
        Some(b'+') | Some(b'-') => b'S',
        Some(b'0'..=b'9') => b'D',
        Some(b'y' | b'Y' | b'n' | b'N' | b't' | b'T' | b'f' | b'F' | b'o' | b'O' | b'~') => b'M',
        Some(b'.') => b'.',
        _ => 0,
    }
}

fn lookup_map(s: &str, schema: Schema) -> Option<Resolved> {
    let r = match s {
        "" | "~" | "null" | "Null" | "NULL" => Resolved::Null,
        "true" | "True" | "TRUE" => Resolved::Bool(true),
        "false" | "False" | "FALSE" => Resolved::Bool(false),
        ".nan" | ".NaN" | ".NAN" | ".inf" | ".Inf" | ".INF" | "+.inf" | "+.Inf" | "+.INF" | "-.inf" | "-.Inf"
        | "-.INF" => Resolved::NonFinite,
        _ => {
            if schema == Schema::V2 {
                match s {
                    "y" | "Y" | "yes" | "Yes" | "YES" | "on" | "On" | "ON" => Resolved::Bool(true),
                    "n" | "N" | "no" | "No" | "NO" | "off" | "Off" | "OFF" => Resolved::Bool(false),
                    _ => return None,
                }
            } else {
                return None;
            }
        }
    };
    Some(r)
}

/// Resolve an untagged plain scalar the way go-yaml's `resolve("", s)` does.
pub(crate) fn resolve_plain(s: &str, schema: Schema) -> Resolved {
    let h = hint(s);
    if h == 0 {
        return Resolved::Str;
    }
    if let Some(r) = lookup_map(s, schema) {
        return r;
    }
    match h {
        b'.' => match go_parse_float_dot(s) {
            Some(f) => Resolved::Float(f),
            None => Resolved::Str,
        },
        b'D' | b'S' => {
            if let Some(t) = parse_timestamp(s) {
                return Resolved::Timestamp(t);
            }
            let owned;
            let plain: &str = if s.contains('_') {
                owned = s.replace('_', "");
                &owned
            } else {
                s
            };
            match go_parse_int(plain) {
                GoInt::I(i) => return Resolved::Int(i),
                GoInt::U(u) => return Resolved::Uint(u),
                GoInt::None => {}
            }
            if is_yaml_style_float(plain) {
                if let Ok(f) = plain.parse::<f64>() {
                    if f.is_finite() {
                        return Resolved::Float(f);
                    }
                }
            }
            Resolved::Str
        }
        _ => Resolved::Str,
    }
}

/// Would go-yaml v2's encoder refuse to write `s` as a plain scalar because it
/// would read back as something other than a string (or as a base-60 float)?
pub(crate) fn v2_needs_quotes(s: &str) -> bool {
    let h = hint(s);
    if h == 0 {
        return false;
    }
    if h == b'M' {
        return lookup_map(s, Schema::V2).is_some();
    }
    !matches!(resolve_plain(s, Schema::V2), Resolved::Str) || is_base60_float(s)
}

pub(crate) enum GoInt {
    I(i64),
    U(u64),
    None,
}

/// `strconv.ParseInt(s, 0, 64)`, falling back to `strconv.ParseUint(s, 0, 64)`.
/// Underscores must already be removed.
pub(crate) fn go_parse_int(s: &str) -> GoInt {
    let b = s.as_bytes();
    let (neg, signed, rest) = match b.first() {
        Some(b'-') => (true, true, &b[1..]),
        Some(b'+') => (false, true, &b[1..]),
        _ => (false, false, b),
    };
    let (base, digits): (u32, &[u8]) = if rest.len() >= 2 && rest[0] == b'0' {
        match rest[1] {
            b'x' | b'X' => (16, &rest[2..]),
            b'o' | b'O' => (8, &rest[2..]),
            b'b' | b'B' => (2, &rest[2..]),
            _ => (8, &rest[1..]),
        }
    } else {
        (10, rest)
    };
    if digits.is_empty() {
        return GoInt::None;
    }
    let mut mag: u64 = 0;
    for &c in digits {
        let d = match c {
            b'0'..=b'9' => (c - b'0') as u32,
            b'a'..=b'f' => (c - b'a') as u32 + 10,
            b'A'..=b'F' => (c - b'A') as u32 + 10,
            _ => return GoInt::None,
        };
        if d >= base {
            return GoInt::None;
        }
        mag = match mag.checked_mul(base as u64).and_then(|m| m.checked_add(d as u64)) {
            Some(m) => m,
            None => return GoInt::None,
        };
    }
    if neg {
        if mag <= 1u64 << 63 {
            GoInt::I((mag as i128).wrapping_neg() as i64)
        } else {
            GoInt::None
        }
    } else if mag <= i64::MAX as u64 {
        GoInt::I(mag as i64)
    } else if !signed {
        GoInt::U(mag)
    } else {
        GoInt::None
    }
}

/// `^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$`
fn is_yaml_style_float(s: &str) -> bool {
    let b = s.as_bytes();
    let mut i = 0;
    if i < b.len() && (b[i] == b'-' || b[i] == b'+') {
        i += 1;
    }
    let digits = |i: &mut usize| {
        let st = *i;
        while *i < b.len() && b[*i].is_ascii_digit() {
            *i += 1;
        }
        *i - st
    };
    if i < b.len() && b[i] == b'.' {
        i += 1;
        if digits(&mut i) == 0 {
            return false;
        }
    } else {
        if digits(&mut i) == 0 {
            return false;
        }
        if i < b.len() && b[i] == b'.' {
            i += 1;
            digits(&mut i);
        }
    }
    if i < b.len() && (b[i] == b'e' || b[i] == b'E') {
        i += 1;
        if i < b.len() && (b[i] == b'-' || b[i] == b'+') {
            i += 1;
        }
        if digits(&mut i) == 0 {
            return false;
        }
    }
    i == b.len()
}

/// Go `strconv.ParseFloat` for strings starting with `.` (the only shape that
/// reaches it unfiltered): `.5`, `.5e3`, `.5_5`.
fn go_parse_float_dot(s: &str) -> Option<f64> {
    let b = s.as_bytes();
    // underscores only between digits
    for (i, &c) in b.iter().enumerate() {
        if c == b'_' {
            let prev = i.checked_sub(1).and_then(|j| b.get(j));
            let next = b.get(i + 1);
            if !matches!(prev, Some(p) if p.is_ascii_digit()) || !matches!(next, Some(n) if n.is_ascii_digit()) {
                return None;
            }
        }
    }
    let owned;
    let t = if s.contains('_') {
        owned = s.replace('_', "");
        owned.as_str()
    } else {
        s
    };
    if !is_yaml_style_float(t) {
        return None;
    }
    t.parse::<f64>().ok().filter(|f| f.is_finite())
}

/// `^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$`
pub(crate) fn is_base60_float(s: &str) -> bool {
    let b = s.as_bytes();
    match b.first() {
        Some(c) if *c == b'+' || *c == b'-' || c.is_ascii_digit() => {}
        _ => return false,
    }
    if !b.contains(&b':') {
        return false;
    }
    let mut i = 0;
    if b[0] == b'+' || b[0] == b'-' {
        i = 1;
    }
    if i >= b.len() || !b[i].is_ascii_digit() {
        return false;
    }
    i += 1;
    while i < b.len() && (b[i].is_ascii_digit() || b[i] == b'_') {
        i += 1;
    }
    let mut groups = 0;
    while i < b.len() && b[i] == b':' {
        i += 1;
        // [0-5]?[0-9]
        let d1 = i < b.len() && b[i].is_ascii_digit();
        let d2 = i + 1 < b.len() && b[i + 1].is_ascii_digit();
        if d1 && d2 && b[i] <= b'5' {
            i += 2;
        } else if d1 {
            i += 1;
        } else {
            return false;
        }
        groups += 1;
    }
    if groups == 0 {
        return false;
    }
    if i < b.len() && b[i] == b'.' {
        i += 1;
        while i < b.len() && (b[i].is_ascii_digit() || b[i] == b'_') {
            i += 1;
        }
    }
    i == b.len()
}

// ---------------------------------------------------------------------------
// Timestamps (go-yaml parseTimestamp + Go time.Parse + RFC3339Nano output)

#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Timestamp {
    year: u32,
    month: u32,
    day: u32,
    hour: u32,
    minute: u32,
    second: u32,
    nanos: u32,
    /// Offset from UTC in seconds, `None` or `Some(0)` for UTC.
    offset: Option<i32>,
}

/// 1 or 2 digits (Go `getnum(s, false)`).
fn getnum(b: &[u8], i: &mut usize) -> Option<u32> {
    let d0 = *b.get(*i)?;
    if !d0.is_ascii_digit() {
        return None;
    }
    *i += 1;
    let mut v = (d0 - b'0') as u32;
    if let Some(&d1) = b.get(*i) {
        if d1.is_ascii_digit() {
            v = v * 10 + (d1 - b'0') as u32;
            *i += 1;
        }
    }
    Some(v)
}

fn days_in(month: u32, year: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        _ => {
            let leap = (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400);
            if leap {
                29
            } else {
                28
            }
        }
    }
}

/// The timestamp formats go-yaml accepts:
/// `2006-1-2T15:4:5.999999999Z07:00`, the same with a lower-case `t`,
/// `2006-1-2 15:4:5.999999999` and `2006-1-2`.
pub(crate) fn parse_timestamp(s: &str) -> Option<Timestamp> {
    let b = s.as_bytes();
    // quick check: exactly four digits then '-'
    if b.len() < 5 || !b[..4].iter().all(|c| c.is_ascii_digit()) || b[4] != b'-' {
        return None;
    }
    let year = b[..4].iter().fold(0u32, |a, c| a * 10 + (c - b'0') as u32);
    let mut i = 5;
    let month = getnum(b, &mut i)?;
    if b.get(i) != Some(&b'-') {
        return None;
    }
    i += 1;
    let day = getnum(b, &mut i)?;
    if !(1..=12).contains(&month) || day < 1 || day > days_in(month, year) {
        return None;
    }
    let mut ts = Timestamp { year, month, day, hour: 0, minute: 0, second: 0, nanos: 0, offset: None };
    if i == b.len() {
        return Some(ts);
    }
    let sep = b[i];
    let needs_zone = match sep {
        b'T' | b't' => true,
        b' ' => false,
        _ => return None,
    };
    i += 1;
    let hour = getnum(b, &mut i)?;
    if b.get(i) != Some(&b':') {
        return None;
    }
    i += 1;
    let minute = getnum(b, &mut i)?;
    if b.get(i) != Some(&b':') {
        return None;
    }
    i += 1;
    let second = getnum(b, &mut i)?;
    if hour >= 24 || minute >= 60 || second >= 60 {
        return None;
    }
    ts.hour = hour;
    ts.minute = minute;
    ts.second = second;
    // fractional seconds: [.,] followed by at least one digit
    if i + 1 < b.len() && (b[i] == b'.' || b[i] == b',') && b[i + 1].is_ascii_digit() {
        i += 1;
        let st = i;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
        let digits = &b[st..i.min(st + 9)];
        let mut ns = 0u32;
        for (k, d) in digits.iter().enumerate() {
            ns += (d - b'0') as u32 * 10u32.pow(8 - k as u32);
        }
        ts.nanos = ns;
    }
    if needs_zone {
        match b.get(i) {
            Some(b'Z') => {
                i += 1;
                ts.offset = Some(0);
            }
            Some(&sign) if sign == b'+' || sign == b'-' => {
                if b.len() < i + 6 || b[i + 3] != b':' {
                    return None;
                }
                let two = |j: usize| -> Option<i32> {
                    if b[j].is_ascii_digit() && b[j + 1].is_ascii_digit() {
                        Some(((b[j] - b'0') * 10 + (b[j + 1] - b'0')) as i32)
                    } else {
                        None
                    }
                };
                let hh = two(i + 1)?;
                let mm = two(i + 4)?;
                if hh > 24 || mm > 60 {
                    return None;
                }
                let off = (hh * 60 + mm) * 60;
                ts.offset = Some(if sign == b'-' { -off } else { off });
                i += 6;
            }
            _ => return None,
        }
    }
    if i != b.len() {
        return None;
    }
    Some(ts)
}

impl Timestamp {
    /// Go `time.RFC3339Nano` formatting.
    pub(crate) fn to_rfc3339_nano(&self) -> String {
        let mut s = format!(
            "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}",
            self.year, self.month, self.day, self.hour, self.minute, self.second
        );
        if self.nanos != 0 {
            let frac = format!("{:09}", self.nanos);
            s.push('.');
            s.push_str(frac.trim_end_matches('0'));
        }
        match self.offset {
            None | Some(0) => s.push('Z'),
            Some(off) => {
                s.push(if off < 0 { '-' } else { '+' });
                let a = off.unsigned_abs() / 60;
                s.push_str(&format!("{:02}:{:02}", a / 60, a % 60));
            }
        }
        s
    }
}

// ---------------------------------------------------------------------------
// Go float formatting

/// Go `strconv.FormatFloat(f, 'g', -1, 64)` (or 32 when `bits32`).
/// Non-finite values come out as `+Inf`, `-Inf`, `NaN` like Go.
pub fn format_go_float(f: f64, bits32: bool) -> String {
    if f.is_nan() {
        return "NaN".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "+Inf".into() } else { "-Inf".into() };
    }
    if f == 0.0 {
        return if f.is_sign_negative() { "-0".into() } else { "0".into() };
    }
    let sci = if bits32 { format!("{:e}", f as f32) } else { format!("{:e}", f) };
    let (neg, sci) = match sci.strip_prefix('-') {
        Some(r) => (true, r),
        None => (false, sci.as_str()),
    };
    let (mant, exp) = sci.split_once('e').unwrap_or((sci, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let digits: String = mant.chars().filter(|c| c.is_ascii_digit()).collect();
    let nd = digits.len() as i32;
    let dp = exp + 1;
    let mut out = String::with_capacity(24);
    if neg {
        out.push('-');
    }
    let x = dp - 1;
    if !(-4..6).contains(&x) {
        // %e with nd-1 decimals
        out.push_str(&digits[..1]);
        if nd > 1 {
            out.push('.');
            out.push_str(&digits[1..]);
        }
        out.push('e');
        out.push(if x < 0 { '-' } else { '+' });
        let ax = x.unsigned_abs();
        if ax < 10 {
            out.push('0');
        }
        out.push_str(&ax.to_string());
    } else {
        // %f with max(nd-dp, 0) decimals
        if dp > 0 {
            for k in 0..dp {
                out.push(digits.as_bytes().get(k as usize).map_or('0', |&c| c as char));
            }
        } else {
            out.push('0');
        }
        let prec = (nd - dp).max(0);
        if prec > 0 {
            out.push('.');
            for k in 0..prec {
                let idx = dp + k;
                let c = if idx >= 0 { digits.as_bytes().get(idx as usize).map_or('0', |&c| c as char) } else { '0' };
                out.push(c);
            }
        }
    }
    out
}

/// Go `strconv.FormatFloat(f, 'f', -1, 64)` for finite `f` (shortest digits,
/// no exponent).
fn format_go_float_f(f: f64) -> String {
    let sci = format!("{:e}", f);
    let (neg, sci) = match sci.strip_prefix('-') {
        Some(r) => (true, r),
        None => (false, sci.as_str()),
    };
    let (mant, exp) = sci.split_once('e').unwrap_or((sci, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let digits: Vec<u8> = mant.bytes().filter(|c| c.is_ascii_digit()).collect();
    let dp = exp + 1;
    let mut out = String::new();
    if neg {
        out.push('-');
    }
    if dp > 0 {
        for k in 0..dp {
            out.push(digits.get(k as usize).map_or('0', |&c| c as char));
        }
    } else {
        out.push('0');
    }
    let nd = digits.len() as i32;
    if nd > dp {
        out.push('.');
        for k in dp..nd {
            out.push(if k >= 0 { digits[k as usize] as char } else { '0' });
        }
    }
    out
}

/// How a JSON number ends up in kustomize's output: Go's encoding/json writes
/// the float64, go-yaml v2 reads that text back (integers become ints) and
/// writes it with `FormatFloat(f, 'g', -1, 64)`.
pub(crate) fn format_json_float_for_yaml(f: f64, out: &mut String) {
    if !f.is_finite() {
        // Not representable in JSON; keep Go's spelling in YAML.
        out.push_str(if f.is_nan() {
            ".nan"
        } else if f > 0.0 {
            ".inf"
        } else {
            "-.inf"
        });
        return;
    }
    if f.fract() == 0.0 && f.abs() < 1e21 {
        let s = format_go_float_f(f);
        match go_parse_int(&s) {
            GoInt::I(i) => {
                out.push_str(itoa_i64(i).as_str());
                return;
            }
            GoInt::U(u) => {
                out.push_str(&u.to_string());
                return;
            }
            GoInt::None => {}
        }
    }
    out.push_str(&format_go_float(f, false));
}

fn itoa_i64(i: i64) -> String {
    i.to_string()
}

/// Strings a YAML 1.1 reader (go-yaml v2) would not read back as strings, so
/// kustomize double-quotes them (measured; shared by the resolver's and the
/// emitter's tests).
#[cfg(test)]
pub(crate) const YAML11_NON_STRINGS: &[&str] = &[
    "y",
    "Y",
    "n",
    "N",
    "yes",
    "Yes",
    "YES",
    "no",
    "on",
    "On",
    "ON",
    "off",
    "true",
    "True",
    "TRUE",
    "false",
    "null",
    "Null",
    "NULL",
    "~",
    ".inf",
    ".Inf",
    "-.inf",
    ".nan",
    ".NaN",
    "1_000",
    "+1",
    "0b101",
    "1.",
    ".5",
    "1e3",
    "1E3",
    "0123",
    "8080",
    "0o17",
    "12345678901234567890",
    "1:20",
    "1:20:30",
    "190:20:30",
    "2024-01-01",
    "2024-1-1",
    "",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn go_float_formatting() {
        assert_eq!(format_go_float(1.0, false), "1");
        assert_eq!(format_go_float(1500.0, false), "1500");
        assert_eq!(format_go_float(0.000001, false), "1e-06");
        assert_eq!(format_go_float(1.2345678901234568e29, false), "1.2345678901234568e+29");
        assert_eq!(format_go_float(1e6, false), "1e+06");
        assert_eq!(format_go_float(123456789.5, false), "1.234567895e+08");
        assert_eq!(format_go_float(0.0001, false), "0.0001");
        assert_eq!(format_go_float(0.00001234, false), "1.234e-05");
        assert_eq!(format_go_float(-2.5, false), "-2.5");
        assert_eq!(format_go_float(1e300, false), "1e+300");
        assert_eq!(format_go_float(1.1, true), "1.1");
        assert_eq!(format_go_float(0.1 + 0.2, false), "0.30000000000000004");
    }

    #[test]
    fn json_float_pipeline() {
        let f = |x: f64| {
            let mut s = String::new();
            format_json_float_for_yaml(x, &mut s);
            s
        };
        assert_eq!(f(1.0), "1");
        assert_eq!(f(-0.0), "0");
        assert_eq!(f(1e20), "1e+20");
        assert_eq!(f(9223372036854775808.0), "9223372036854776000");
        assert_eq!(f(1e21), "1e+21");
        assert_eq!(f(2.5), "2.5");
        assert_eq!(f(0.000001), "1e-06");
    }

    #[test]
    fn ints_like_go() {
        let r = |s: &str| resolve_plain(s, Schema::V3);
        assert_eq!(r("0123"), Resolved::Int(83));
        assert_eq!(r("0x1F"), Resolved::Int(31));
        assert_eq!(r("0o17"), Resolved::Int(15));
        assert_eq!(r("0b101"), Resolved::Int(5));
        assert_eq!(r("1_000"), Resolved::Int(1000));
        assert_eq!(r("-42"), Resolved::Int(-42));
        assert_eq!(r("+7"), Resolved::Int(7));
        assert_eq!(r("-9223372036854775808"), Resolved::Int(i64::MIN));
        assert_eq!(r("12345678901234567890"), Resolved::Uint(12345678901234567890));
        assert_eq!(r("123456789012345678901234567890"), Resolved::Float(1.2345678901234568e29));
        assert_eq!(r("08"), Resolved::Float(8.0));
        assert_eq!(r("0x"), Resolved::Str);
        assert_eq!(r("1e3"), Resolved::Float(1000.0));
        assert_eq!(r("1."), Resolved::Float(1.0));
        assert_eq!(r(".5"), Resolved::Float(0.5));
        assert_eq!(r("1e400"), Resolved::Str);
        assert_eq!(r("12e"), Resolved::Str);
        assert_eq!(r("0.1.2"), Resolved::Str);
        assert_eq!(r("-"), Resolved::Str);
        assert_eq!(r(".inf"), Resolved::NonFinite);
        assert_eq!(r("yes"), Resolved::Str);
        assert_eq!(resolve_plain("yes", Schema::V2), Resolved::Bool(true));
        assert_eq!(r("True"), Resolved::Bool(true));
        assert_eq!(r("tRUE"), Resolved::Str);
        assert_eq!(r("~"), Resolved::Null);
        assert_eq!(r(""), Resolved::Null);
    }

    #[test]
    fn timestamps_like_go() {
        let t = |s: &str| parse_timestamp(s).map(|t| t.to_rfc3339_nano());
        assert_eq!(t("2024-01-01").as_deref(), Some("2024-01-01T00:00:00Z"));
        assert_eq!(t("2024-1-1").as_deref(), Some("2024-01-01T00:00:00Z"));
        assert_eq!(t("2001-12-14t21:59:43.10-05:00").as_deref(), Some("2001-12-14T21:59:43.1-05:00"));
        assert_eq!(t("2001-12-14T21:59:43Z").as_deref(), Some("2001-12-14T21:59:43Z"));
        assert_eq!(t("2001-12-14T21:59:43+00:00").as_deref(), Some("2001-12-14T21:59:43Z"));
        assert_eq!(t("2001-12-14 21:59:43.5").as_deref(), Some("2001-12-14T21:59:43.5Z"));
        assert_eq!(t("2001-12-14 21:59:43.10 -5"), None);
        assert_eq!(t("2001-12-14T21:59:43"), None);
        assert_eq!(t("2023-02-30"), None);
        assert_eq!(t("2024-13-01"), None);
        assert_eq!(t("20240-01-01"), None);
    }

    #[test]
    fn v2_quoting_decisions() {
        for &s in YAML11_NON_STRINGS {
            assert!(v2_needs_quotes(s), "{s:?} should be quoted");
        }
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
            "x",
            "1:60",
            "1e400",
        ] {
            assert!(!v2_needs_quotes(s), "{s:?} should not be quoted");
        }
    }
}
