//! Version constraints as Helm reads them (`~1.2`, `^1.2.3`, `>=1 <2`,
//! `1.2.x`, `1.0 - 2.0`, `a || b`) and the highest matching version.
use semver::Version;

#[derive(Debug, Clone, Copy, PartialEq)]
enum Op {
    Eq,
    Ne,
    Gt,
    Ge,
    Lt,
    Le,
}

#[derive(Debug, Clone)]
struct Cmp {
    op: Op,
    v: Version,
}

/// A parsed constraint: OR of AND-groups.
#[derive(Debug, Clone)]
pub struct Constraint {
    groups: Vec<(Vec<Cmp>, bool)>,
}

/// A partial version: missing or wildcard parts are `None`.
struct Partial {
    major: Option<u64>,
    minor: Option<u64>,
    patch: Option<u64>,
    pre: semver::Prerelease,
}

fn parse_partial(s: &str) -> Result<Partial, String> {
    let s = s.trim().trim_start_matches(['v', 'V']);
    if s.is_empty() || s == "*" || s == "x" || s == "X" {
        return Ok(Partial { major: None, minor: None, patch: None, pre: semver::Prerelease::EMPTY });
    }
    let (core, pre) = match s.split_once('-') {
        Some((c, p)) => (c, p),
        None => (s, ""),
    };
    let core = core.split('+').next().unwrap_or(core);
    let pre = pre.split('+').next().unwrap_or(pre);
    let mut nums = [None, None, None];
    let parts: Vec<&str> = core.split('.').collect();
    if parts.len() > 3 {
        return Err(format!("invalid version {s:?}"));
    }
    for (i, p) in parts.iter().enumerate() {
        if matches!(*p, "x" | "X" | "*") {
            break;
        }
        nums[i] = Some(p.parse::<u64>().map_err(|_| format!("invalid version {s:?}"))?);
    }
    let pre = if pre.is_empty() {
        semver::Prerelease::EMPTY
    } else {
        semver::Prerelease::new(pre).map_err(|_| format!("invalid prerelease in {s:?}"))?
    };
    Ok(Partial { major: nums[0], minor: nums[1], patch: nums[2], pre })
}

fn ver(ma: u64, mi: u64, pa: u64, pre: &semver::Prerelease) -> Version {
    let mut v = Version::new(ma, mi, pa);
    v.pre = pre.clone();
    v
}

fn push_range(out: &mut Vec<Cmp>, op: &str, p: Partial) {
    let lo = ver(p.major.unwrap_or(0), p.minor.unwrap_or(0), p.patch.unwrap_or(0), &p.pre);
    // The first version above every version the partial one stands for.
    let next = match (p.major, p.minor, p.patch) {
        (None, _, _) => None,
        (Some(ma), None, _) => Some(Version::new(ma + 1, 0, 0)),
        (Some(ma), Some(mi), None) => Some(Version::new(ma, mi + 1, 0)),
        (Some(_), Some(_), Some(_)) => None,
    };
    let exact = p.patch.is_some();
    let any = p.major.is_none();
    match op {
        "" | "=" => {
            if any {
            } else if exact {
                out.push(Cmp { op: Op::Eq, v: lo });
            } else {
                out.push(Cmp { op: Op::Ge, v: lo });
                if let Some(n) = next {
                    out.push(Cmp { op: Op::Lt, v: n });
                }
            }
        }
        "!=" if exact => out.push(Cmp { op: Op::Ne, v: lo }),
        ">" => {
            if exact {
                out.push(Cmp { op: Op::Gt, v: lo });
            } else if let Some(n) = next {
                out.push(Cmp { op: Op::Ge, v: n });
            } else {
                out.push(Cmp { op: Op::Lt, v: Version::new(0, 0, 0) });
            }
        }
        ">=" | "=>" => out.push(Cmp { op: Op::Ge, v: lo }),
        "<" => {
            if !any {
                out.push(Cmp { op: Op::Lt, v: lo })
            } else {
                out.push(Cmp { op: Op::Lt, v: Version::new(0, 0, 0) });
            }
        }
        "<=" | "=<" => {
            if exact {
                out.push(Cmp { op: Op::Le, v: lo });
            } else if let Some(n) = next {
                out.push(Cmp { op: Op::Lt, v: n });
            }
        }
        "~" | "~>" => {
            if any {
                return;
            }
            out.push(Cmp { op: Op::Ge, v: lo.clone() });
            let upper = match (p.major, p.minor) {
                (Some(ma), None) => Version::new(ma + 1, 0, 0),
                (Some(ma), Some(mi)) => Version::new(ma, mi + 1, 0),
                _ => return,
            };
            out.push(Cmp { op: Op::Lt, v: upper });
        }
        "^" => {
            if any {
                return;
            }
            out.push(Cmp { op: Op::Ge, v: lo.clone() });
            let ma = p.major.unwrap_or(0);
            let upper = if ma > 0 {
                Version::new(ma + 1, 0, 0)
            } else {
                match (p.minor, p.patch) {
                    (None, _) => Version::new(1, 0, 0),
                    (Some(mi), _) if mi > 0 => Version::new(0, mi + 1, 0),
                    (Some(_), None) => Version::new(0, 1, 0),
                    (Some(_), Some(pa)) => Version::new(0, 0, pa + 1),
                }
            };
            out.push(Cmp { op: Op::Lt, v: upper });
        }
        _ => {}
    }
}

impl Constraint {
    pub fn parse(s: &str) -> Result<Constraint, String> {
        let mut groups = Vec::new();
        for group in s.split("||") {
            let mut cmps = Vec::new();
            let mut has_pre = false;
            // Normalise "a, b" and ">= 1.2" into tokens.
            let g = group.replace(',', " ");
            let mut toks: Vec<String> = Vec::new();
            let mut pending_op: Option<String> = None;
            for t in g.split_whitespace() {
                if t.chars().all(|c| "<>=!~^".contains(c)) {
                    pending_op = Some(t.to_string());
                    continue;
                }
                toks.push(match pending_op.take() {
                    Some(op) => format!("{op}{t}"),
                    None => t.to_string(),
                });
            }
            if let Some(op) = pending_op {
                return Err(format!("invalid constraint {s:?}: {op} without a version"));
            }
            let mut i = 0;
            while i < toks.len() {
                // hyphen range: A - B
                if i + 2 < toks.len() && toks[i + 1] == "-" {
                    let a = parse_partial(&toks[i])?;
                    let b = parse_partial(&toks[i + 2])?;
                    has_pre |= !a.pre.is_empty() || !b.pre.is_empty();
                    push_range(&mut cmps, ">=", a);
                    push_range(&mut cmps, "<=", b);
                    i += 3;
                    continue;
                }
                let t = &toks[i];
                let op_len = t.chars().take_while(|c| "<>=!~^".contains(*c)).count();
                let (op, v) = t.split_at(op_len);
                if !["", "=", "!=", ">", ">=", "=>", "<", "<=", "=<", "~", "~>", "^"].contains(&op) {
                    return Err(format!("invalid constraint {s:?}: unknown operator {op:?}"));
                }
                let p = parse_partial(v).map_err(|e| format!("invalid constraint {s:?}: {e}"))?;
                has_pre |= !p.pre.is_empty();
                push_range(&mut cmps, op, p);
                i += 1;
            }
            groups.push((cmps, has_pre));
        }
        Ok(Constraint { groups })
    }

    pub fn matches(&self, v: &Version) -> bool {
        self.groups.iter().any(|(cmps, has_pre)| {
            if !v.pre.is_empty() && !has_pre {
                return false;
            }
            cmps.iter().all(|c| match c.op {
                Op::Eq => v == &c.v,
                Op::Ne => v != &c.v,
                Op::Gt => v > &c.v,
                Op::Ge => v >= &c.v,
                Op::Lt => v < &c.v,
                Op::Le => v <= &c.v,
            })
        })
    }
}

/// Parses a tag as a strict semantic version (Helm writes `+` as `_` in tags).
pub fn tag_version(tag: &str) -> Option<Version> {
    Version::parse(&tag.replace('_', "+")).ok()
}

/// A version as Masterminds' `NewVersion` reads it: a leading `v`, and
/// missing minor/patch parts taken as 0 (`1.2` is 1.2.0).
pub fn loose_version(s: &str) -> Option<Version> {
    if let Ok(v) = Version::parse(s) {
        return Some(v);
    }
    let p = parse_partial(s).ok()?;
    let t = s.trim().trim_start_matches(['v', 'V']);
    if t.is_empty() || t.contains(['*', 'x', 'X']) {
        return None;
    }
    let mut v = ver(p.major?, p.minor.unwrap_or(0), p.patch.unwrap_or(0), &p.pre);
    if let Some((_, b)) = t.split_once('+') {
        v.build = semver::BuildMetadata::new(b).ok()?;
    }
    Some(v)
}

/// The highest tag whose version matches `constraint` (any version when `None`).
pub fn highest_match<'a>(
    tags: impl IntoIterator<Item = &'a str>,
    constraint: Option<&str>,
) -> Result<Option<(String, Version)>, String> {
    let c = match constraint {
        Some(s) if !s.trim().is_empty() => Some(Constraint::parse(s)?),
        _ => None,
    };
    let mut best: Option<(String, Version)> = None;
    for t in tags {
        let Some(v) = tag_version(t) else { continue };
        let ok = match &c {
            Some(c) => c.matches(&v),
            None => v.pre.is_empty(),
        };
        if ok && best.as_ref().is_none_or(|(_, b)| v > *b) {
            best = Some((t.to_string(), v));
        }
    }
    Ok(best)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(c: &str, v: &str) -> bool {
        Constraint::parse(c).unwrap().matches(&Version::parse(v).unwrap())
    }

    #[test]
    fn helm_style_ranges() {
        assert!(m("~1.2.3", "1.2.9") && !m("~1.2.3", "1.3.0") && !m("~1.2.3", "1.2.2"));
        assert!(m("^1.2", "1.9.0") && !m("^1.2", "2.0.0"));
        assert!(m("^0.2.3", "0.2.9") && !m("^0.2.3", "0.3.0"));
        assert!(m(">=1.0.0 <2.0.0", "1.5.0") && !m(">=1.0.0, <2.0.0", "2.0.0"));
        assert!(m("1.2.x", "1.2.7") && !m("1.2.x", "1.3.0"));
        assert!(
            m("1.0 - 2.0", "2.0.1")
                && !m("1.0 - 2.0", "2.1.0")
                && m("1.0 - 2.0.0", "2.0.0")
                && !m("1.0 - 2.0.0", "2.0.1")
        );
        assert!(m("<1 || >=3", "3.1.0") && !m("<1 || >=3", "2.0.0"));
        assert!(m(">= 1.2", "1.2.0"));
        assert!(!m(">=1.0.0", "1.5.0-rc.1") && m(">=1.0.0-0", "1.5.0-rc.1"));
        assert!(m("*", "9.9.9"));
        assert!(Constraint::parse(">>1").is_err());
        assert!(Constraint::parse(">=").is_err());
    }

    #[test]
    fn highest_strict_semver_tag() {
        let tags = ["1.0.0", "1.2.0", "latest", "v2.0.0", "1.10.0_build.1", "2.0.0-rc.1", "1.9"];
        let (t, _) = highest_match(tags, None).unwrap().unwrap();
        assert_eq!(t, "1.10.0_build.1");
        let (t, _) = highest_match(tags, Some("~1.2")).unwrap().unwrap();
        assert_eq!(t, "1.2.0");
        assert!(highest_match(tags, Some(">=3")).unwrap().is_none());
    }
}
