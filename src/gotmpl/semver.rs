//! Masterminds/semver v3 versions and constraints (`semverCompare`, `semver`).
use super::value::Map;
use std::cmp::Ordering;

use super::value::Value;

#[derive(Debug, Clone, PartialEq)]
pub struct Version {
    pub major: u64,
    pub minor: u64,
    pub patch: u64,
    pub pre: String,
    pub meta: String,
    pub original: String,
}

/// semver.NewVersion (lenient: optional `v`, missing minor/patch are 0).
pub fn parse_version(s: &str) -> Result<Version, String> {
    let orig = s.to_string();
    let t = s.strip_prefix('v').unwrap_or(s);
    let (rest, meta) = match t.split_once('+') {
        Some((a, b)) => (a, b.to_string()),
        None => (t, String::new()),
    };
    let (core, pre) = match rest.split_once('-') {
        Some((a, b)) => (a, b.to_string()),
        None => (rest, String::new()),
    };
    let parts: Vec<&str> = core.split('.').collect();
    if parts.is_empty()
        || parts.len() > 3
        || parts.iter().any(|p| p.is_empty() || !p.bytes().all(|c| c.is_ascii_digit()))
    {
        return Err("Invalid Semantic Version".into());
    }
    let num = |i: usize| -> Result<u64, String> {
        match parts.get(i) {
            Some(p) => {
                if p.len() > 1 && p.starts_with('0') {
                    return Err("Version segment starts with 0".into());
                }
                p.parse().map_err(|_| "Invalid Semantic Version".to_string())
            }
            None => Ok(0),
        }
    };
    let ok_ident = |s: &str| {
        s.is_empty() || s.split('.').all(|p| !p.is_empty() && p.bytes().all(|c| c.is_ascii_alphanumeric() || c == b'-'))
    };
    if !ok_ident(&pre) || !ok_ident(&meta) {
        return Err("Invalid Prerelease string".into());
    }
    Ok(Version { major: num(0)?, minor: num(1)?, patch: num(2)?, pre, meta, original: orig })
}

fn cmp_pre(a: &str, b: &str) -> Ordering {
    match (a.is_empty(), b.is_empty()) {
        (true, true) => return Ordering::Equal,
        (true, false) => return Ordering::Greater,
        (false, true) => return Ordering::Less,
        _ => {}
    }
    let pa: Vec<&str> = a.split('.').collect();
    let pb: Vec<&str> = b.split('.').collect();
    for i in 0..pa.len().max(pb.len()) {
        let (x, y) = match (pa.get(i), pb.get(i)) {
            (Some(x), Some(y)) => (x, y),
            (None, _) => return Ordering::Less,
            (_, None) => return Ordering::Greater,
        };
        let o = match (x.parse::<u64>(), y.parse::<u64>()) {
            (Ok(m), Ok(n)) => m.cmp(&n),
            (Ok(_), Err(_)) => Ordering::Less,
            (Err(_), Ok(_)) => Ordering::Greater,
            _ => x.cmp(y),
        };
        if o != Ordering::Equal {
            return o;
        }
    }
    Ordering::Equal
}

pub fn cmp(a: &Version, b: &Version) -> Ordering {
    (a.major, a.minor, a.patch).cmp(&(b.major, b.minor, b.patch)).then_with(|| cmp_pre(&a.pre, &b.pre))
}

struct Constraint {
    op: String,
    v: Version,
    /// how many of major/minor/patch were given (wildcards count as missing)
    given: usize,
    wildcard: bool,
}

fn is_x(s: &str) -> bool {
    matches!(s, "x" | "X" | "*")
}

fn parse_constraint(s: &str) -> Result<Constraint, String> {
    let s = s.trim();
    let ops = ["!=", ">=", "=>", "<=", "=<", "~>", ">", "<", "=", "~", "^"];
    let mut op = "";
    for o in ops {
        if s.starts_with(o) {
            op = o;
            break;
        }
    }
    let rest = s[op.len()..].trim();
    let op = match op {
        "=>" => ">=",
        "=<" => "<=",
        "~>" => "~",
        o => o,
    }
    .to_string();
    let body = rest.strip_prefix('v').unwrap_or(rest);
    let (core, tail) = match body.find(['-', '+']) {
        Some(i) => (&body[..i], &body[i..]),
        None => (body, ""),
    };
    let parts: Vec<&str> = core.split('.').collect();
    if parts.len() > 3 || parts.iter().any(|p| p.is_empty()) {
        return Err(format!("improper constraint: {s}"));
    }
    let mut given = 0;
    let mut nums = Vec::new();
    let mut wildcard = false;
    for p in &parts {
        if is_x(p) {
            wildcard = true;
            break;
        }
        given += 1;
        nums.push(*p);
    }
    if core.is_empty() || is_x(core) && parts.len() == 1 && op.is_empty() && tail.is_empty() {
        // "*": anything
    }
    let mut txt = nums.join(".");
    if txt.is_empty() {
        txt = "0".into();
    }
    let v = parse_version(&format!("{txt}{tail}")).map_err(|_| format!("improper constraint: {s}"))?;
    Ok(Constraint { op, v, given, wildcard: wildcard || given < 3 })
}

fn bump(c: &Constraint, level: usize) -> Version {
    let mut v = c.v.clone();
    v.pre.clear();
    match level {
        0 => {
            v.major += 1;
            v.minor = 0;
            v.patch = 0;
        }
        1 => {
            v.minor += 1;
            v.patch = 0;
        }
        _ => v.patch += 1,
    }
    v
}

fn check_one(c: &Constraint, v: &Version) -> bool {
    // prereleases only match constraints that mention one
    if !v.pre.is_empty() && c.v.pre.is_empty() {
        return false;
    }
    let o = cmp(v, &c.v);
    let explicit_x = c.wildcard && c.given < 3;
    match c.op.as_str() {
        "" | "=" => {
            if explicit_x {
                match c.given {
                    0 => true,
                    1 => v.major == c.v.major,
                    _ => v.major == c.v.major && v.minor == c.v.minor,
                }
            } else {
                o == Ordering::Equal
            }
        }
        "!=" => {
            if explicit_x {
                !match c.given {
                    0 => true,
                    1 => v.major == c.v.major,
                    _ => v.major == c.v.major && v.minor == c.v.minor,
                }
            } else {
                o != Ordering::Equal
            }
        }
        ">" => {
            if explicit_x && c.given > 0 {
                cmp(v, &bump(c, c.given - 1)) != Ordering::Less
            } else {
                o == Ordering::Greater
            }
        }
        ">=" => o != Ordering::Less,
        "<" => o == Ordering::Less,
        "<=" => {
            if explicit_x && c.given > 0 {
                cmp(v, &bump(c, c.given - 1)) == Ordering::Less
            } else {
                o != Ordering::Greater
            }
        }
        "~" => {
            if o == Ordering::Less {
                return false;
            }
            let level = if c.given <= 1 { 0 } else { 1 };
            cmp(v, &bump(c, level)) == Ordering::Less
        }
        "^" => {
            if o == Ordering::Less {
                return false;
            }
            let level = if c.v.major > 0 || c.given <= 1 {
                0
            } else if c.v.minor > 0 || c.given == 2 {
                1
            } else {
                2
            };
            cmp(v, &bump(c, level)) == Ordering::Less
        }
        _ => false,
    }
}

/// Helm's `semverCompare constraint version`.
pub fn compare(constraint: &str, version: &str) -> Result<bool, String> {
    let v = parse_version(version)?;
    let mut groups: Vec<Vec<Constraint>> = Vec::new();
    for g in constraint.split("||") {
        let mut cs = Vec::new();
        let g = g.trim();
        // hyphen ranges "a - b"
        let toks: Vec<&str> = g.split([',', ' ']).filter(|t| !t.is_empty()).collect();
        let mut i = 0;
        let mut pending_op: Option<&str> = None;
        while i < toks.len() {
            let t = toks[i];
            if i + 2 < toks.len() && toks[i + 1] == "-" {
                cs.push(parse_constraint(&format!(">={t}"))?);
                cs.push(parse_constraint(&format!("<={}", toks[i + 2]))?);
                i += 3;
                continue;
            }
            if ["=", "!=", ">", "<", ">=", "<=", "=>", "=<", "~", "~>", "^"].contains(&t) {
                pending_op = Some(t);
                i += 1;
                continue;
            }
            let text = match pending_op.take() {
                Some(op) => format!("{op}{t}"),
                None => t.to_string(),
            };
            cs.push(parse_constraint(&text)?);
            i += 1;
        }
        if cs.is_empty() {
            return Err(format!("improper constraint: {constraint}"));
        }
        groups.push(cs);
    }
    Ok(groups.iter().any(|g| g.iter().all(|c| check_one(c, &v))))
}

/// Sprig's `semver`: an object with Major, Minor, Patch, Prerelease, Metadata.
pub fn semver_object(s: &str) -> Result<Value, String> {
    let v = parse_version(s)?;
    let mut m = Map::new();
    m.insert("Major".to_string(), Value::Int(v.major as i64));
    m.insert("Minor".to_string(), Value::Int(v.minor as i64));
    m.insert("Patch".to_string(), Value::Int(v.patch as i64));
    m.insert("Prerelease".to_string(), Value::from(v.pre.clone()));
    m.insert("Metadata".to_string(), Value::from(v.meta.clone()));
    m.insert("Original".to_string(), Value::from(v.original.clone()));
    Ok(Value::from_map(m))
}

#[cfg(test)]
mod tests {
    use super::compare;

    #[test]
    fn constraints() {
        assert!(compare(">=1.21-0", "v1.35.0").unwrap());
        assert!(compare(">=1.21-0", "v1.28.3-eks-4f4795d").unwrap());
        assert!(!compare(">=1.21", "v1.28.3-eks-4f4795d").unwrap());
        assert!(compare("<1.19-0", "v1.18.0").unwrap());
        assert!(!compare("<1.19-0", "v1.35.0").unwrap());
        assert!(compare("^1.2.3", "1.9.0").unwrap());
        assert!(!compare("^1.2.3", "2.0.0").unwrap());
        assert!(compare("~1.2.3", "1.2.9").unwrap());
        assert!(!compare("~1.2.3", "1.3.0").unwrap());
        assert!(compare("1.x", "1.5.0").unwrap());
        assert!(compare(">=1.16.0-0 <1.19.0-0 || >=1.20", "1.35.0").unwrap());
        assert!(compare(">= 1.4, < 2", "1.35.0").unwrap());
        assert!(compare("1.2 - 1.4", "1.3.0").unwrap());
        assert!(compare("*", "1.3.0").unwrap());
        assert!(compare("=1.35.0", "v1.35.0").unwrap());
        assert!(compare("!=1.2.0", "v1.35.0").unwrap());
    }
}
