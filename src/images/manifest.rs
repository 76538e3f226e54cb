//! Localizing manifest text: every image found in a YAML stream is
//! rewritten in place, so comments, key order and quoting stay as they were.
//! Documents whose structure cannot be followed in the source (aliases,
//! merge keys) are written again from their data instead.
use crate::yaml::Value;

use super::find::{find_in_object, is_ref_char, Change, Finding};
use super::mirror_map::{CollisionGuard, Decision, MirrorMap};
use super::spans::{self, Edits, Node, Scalar};
use super::ImagesError;
use saphyr_parser::ScalarStyle;

/// Resource id of a raw document.
pub fn doc_id(v: &Value) -> String {
    let s = |k: &str| v.get(k).and_then(Value::as_str).unwrap_or("");
    let meta = |k: &str| v.get("metadata").and_then(|m| m.get(k)).and_then(Value::as_str).unwrap_or("");
    let (av, kind, ns, name) = (s("apiVersion"), s("kind"), meta("namespace"), meta("name"));
    if ns.is_empty() {
        format!("{av}/{kind}/{name}")
    } else {
        format!("{av}/{kind}/{ns}/{name}")
    }
}

/// Find every image in a YAML stream (any documents; lists included).
pub fn find_in_text(text: &str, origin: &str) -> Result<Vec<Finding>, ImagesError> {
    let mut out = Vec::new();
    for doc in crate::yaml::parse_documents(text, origin)? {
        find_in_object(&doc, &doc_id(&doc), origin, &mut out)?;
    }
    Ok(out)
}

fn resolve<'a>(node: &'a Node, pointer: &str) -> Option<&'a Scalar> {
    let mut cur = node;
    for raw in pointer.split('/').skip(1) {
        let seg = raw.replace("~1", "/").replace("~0", "~");
        cur = match cur {
            Node::Map(_) => cur.get(&seg)?,
            Node::Seq(items) => items.get(seg.parse::<usize>().ok()?)?,
            _ => return None,
        };
    }
    cur.scalar()
}

/// Replace whole-token occurrences of `old` by `new` in `raw`; the count replaced.
pub fn replace_tokens(raw: &str, old: &str, new: &str) -> (String, usize) {
    let mut out = String::with_capacity(raw.len());
    let mut n = 0;
    let mut rest = raw;
    let mut prev: Option<char> = None;
    while let Some(i) = rest.find(old) {
        let before = if i == 0 { prev } else { rest[..i].chars().last() };
        let tail = &rest[i + old.len()..];
        let mut it = tail.chars();
        let after_ok = match it.next() {
            None => true,
            Some(c) if !is_ref_char(c) => true,
            Some('.' | ':' | '-' | '_' | '/') => !it.next().is_some_and(|c| c.is_ascii_alphanumeric()),
            _ => false,
        };
        out.push_str(&rest[..i]);
        if after_ok && !before.is_some_and(is_ref_char) {
            out.push_str(new);
            n += 1;
        } else {
            out.push_str(old);
        }
        prev = old.chars().last();
        rest = &rest[i + old.len()..];
    }
    out.push_str(rest);
    (out, n)
}

/// Edit one scalar so that its value becomes `value` (where `old` was
/// replaced by `new`), touching as little source text as possible.
pub fn edit_scalar(edits: &mut Edits, src: &str, s: &Scalar, value: &str, old: &str, new: &str) {
    let raw = &src[s.start..s.end];
    let inner = match s.style {
        ScalarStyle::Plain => Some((0, raw)),
        ScalarStyle::SingleQuoted | ScalarStyle::DoubleQuoted if raw.len() >= 2 => Some((1, &raw[1..raw.len() - 1])),
        _ => None,
    };
    if let Some((off, inner)) = inner {
        if inner == s.value {
            let (replaced, _) = replace_tokens(inner, old, new);
            if replaced == value {
                edits.raw(s.start + off, s.start + off + inner.len(), replaced);
                return;
            }
        }
    }
    // Block scalars and escaped text: replace the token in the source when
    // that gives the same count as in the value.
    let (in_raw, n_raw) = replace_tokens(raw, old, new);
    let (_, n_val) = replace_tokens(&s.value, old, new);
    if n_raw == n_val && n_raw > 0 && !matches!(s.style, ScalarStyle::DoubleQuoted) {
        edits.raw(s.start, s.end, in_raw);
        return;
    }
    edits.set(s, src, value);
}

/// Edit one scalar holding several rewritten references.
pub fn edit_multi(edits: &mut Edits, src: &str, s: &Scalar, value: &str, pairs: &[(String, String)]) {
    if let [(o, n)] = pairs {
        edit_scalar(edits, src, s, value, o, n);
        return;
    }
    let raw = &src[s.start..s.end];
    let mut r = raw.to_string();
    let mut ok = s.style != ScalarStyle::DoubleQuoted;
    let mut val = s.value.clone();
    for (o, n) in pairs {
        let (next, c) = replace_tokens(&r, o, n);
        let (next_val, cv) = replace_tokens(&val, o, n);
        ok &= c > 0 && c == cv;
        r = next;
        val = next_val;
    }
    if ok && val == value {
        edits.raw(s.start, s.end, r);
    } else {
        edits.set(s, src, value);
    }
}

/// Rewrite every image in a YAML stream by the map. Returns the new text
/// and what changed.
pub fn localize_text(
    text: &str,
    origin: &str,
    map: &MirrorMap,
    guard: &mut CollisionGuard,
) -> Result<(String, Vec<Change>), ImagesError> {
    let docs = crate::yaml::parse_documents(text, origin)?;
    let span_docs: Vec<Node> = spans::parse(text, origin)?
        .into_iter()
        .filter(|n| match n {
            Node::Alias => false,
            Node::Scalar(s) => !s.is_null(),
            _ => true,
        })
        .collect();
    let aligned = span_docs.len() == docs.len();
    let mut changes = Vec::new();
    let mut edits = Edits::default();
    let mut fallback = !aligned;
    let mut new_docs = docs.clone();
    for (i, doc) in docs.iter().enumerate() {
        let mut found = Vec::new();
        find_in_object(doc, &doc_id(doc), origin, &mut found)?;
        // Group by the string holding them.
        let mut by_ptr: Vec<(String, Vec<&Finding>)> = Vec::new();
        for f in &found {
            match by_ptr.iter_mut().find(|(p, _)| *p == f.pointer) {
                Some((_, v)) => v.push(f),
                None => by_ptr.push((f.pointer.clone(), vec![f])),
            }
        }
        for (ptr, fs) in by_ptr {
            let Some(Value::String(orig)) = doc.pointer(&ptr) else {
                continue;
            };
            let mut value = orig.clone();
            let mut pairs = Vec::new();
            let mut sorted = fs.clone();
            sorted.sort_by_key(|f| std::cmp::Reverse(f.range.0));
            for f in sorted {
                let Decision::Mirror(new) = map.decide(&f.image) else {
                    continue;
                };
                guard.check(&f.image, &new)?;
                let to = new.to_string();
                value.replace_range(f.range.0..f.range.1, &to);
                pairs.push((f.text.clone(), to.clone()));
                changes.push(Change {
                    from: f.text.clone(),
                    to,
                    resource: f.resource.clone(),
                    file: f.file.clone(),
                    path: f.path.clone(),
                });
            }
            if pairs.is_empty() {
                continue;
            }
            if let Some(Value::String(s)) = new_docs[i].pointer_mut(&ptr) {
                *s = value.clone();
            }
            let scalar = if aligned { resolve(&span_docs[i], &ptr) } else { None };
            match scalar {
                Some(s) if s.value == *orig => {
                    if pairs.len() == 1 {
                        edit_scalar(&mut edits, text, s, &value, &pairs[0].0, &pairs[0].1);
                    } else {
                        edit_multi(&mut edits, text, s, &value, &pairs);
                    }
                }
                _ => fallback = true,
            }
        }
    }
    if changes.is_empty() {
        return Ok((text.to_string(), changes));
    }
    if fallback {
        let mut out = String::new();
        for (i, d) in new_docs.iter().enumerate() {
            if i > 0 {
                out.push_str("---\n");
            }
            crate::yaml::to_yaml_into(d, &mut out);
        }
        return Ok((out, changes));
    }
    Ok((edits.apply(text), changes))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_stays_as_written() {
        let map = MirrorMap::parse("mirrors: [{from: '*', to: 'm.example.cn/{host}/{path}'}]", "m").unwrap();
        let src = "# top\napiVersion: v1\nkind: Pod\nmetadata: {name: p}  # flow\nspec:\n  containers:\n  - name: a\n    image: \"nginx:1.25\"   # quoted\n    args: [\"--x=quay.io/a/b:1\", '--y']\n---\nkind: ConfigMap\nmetadata:\n  name: c\ndata:\n  conf: |\n    sidecar: ghcr.io/o/s:2\n    other: ghcr.io/o/s:2x\n";
        let (out, ch) = localize_text(src, "in.yaml", &map, &mut CollisionGuard::default()).unwrap();
        assert_eq!(
            out,
            "# top\napiVersion: v1\nkind: Pod\nmetadata: {name: p}  # flow\nspec:\n  containers:\n  - name: a\n    image: \"m.example.cn/docker.io/library/nginx:1.25\"   # quoted\n    args: [\"--x=m.example.cn/quay.io/a/b:1\", '--y']\n---\nkind: ConfigMap\nmetadata:\n  name: c\ndata:\n  conf: |\n    sidecar: m.example.cn/ghcr.io/o/s:2\n    other: m.example.cn/ghcr.io/o/s:2x\n"
        );
        assert_eq!(ch.len(), 4);
        // A second run changes nothing.
        let (again, ch2) = localize_text(&out, "in.yaml", &map, &mut CollisionGuard::default()).unwrap();
        assert_eq!(again, out);
        assert!(ch2.is_empty());
    }

    #[test]
    fn tokens_replace_whole() {
        assert_eq!(replace_tokens("a x/y:1 x/y:12 x/y:1.", "x/y:1", "M").0, "a M x/y:12 M.");
    }

    proptest::proptest! {
        #[test]
        fn no_input_panics(src in "(\\PC|\n| |:|-|\"|'|#|\\|/|@|\\.){0,120}") {
            let map = MirrorMap::parse("mirrors: [{from: '*', to: 'm.example.cn/{host}/{path}'}]", "m").unwrap();
            let _ = localize_text(&src, "p.yaml", &map, &mut CollisionGuard::default());
            for (a, b, _) in crate::images::find::scan_embedded(&src) {
                proptest::prop_assert!(crate::images::ImageRef::parse(&src[a..b]).is_ok());
            }
        }

        #[test]
        fn containers_round_trip(img in "(quay\\.io/|localhost:5000/)?[a-z]{1,6}(/[a-z0-9]{1,4})?(:[a-z0-9][a-z0-9.]{0,5})?", comment in "[ a-z#]{0,10}") {
            let map = MirrorMap::parse("mirrors: [{from: '*', to: 'm.example.cn/{host}/{path}'}]", "m").unwrap();
            let src = format!("kind: Pod\nmetadata: {{name: p}}\nspec:\n  containers:\n  - image: {img}   #{comment}\n");
            let (out, ch) = localize_text(&src, "p.yaml", &map, &mut CollisionGuard::default()).unwrap();
            proptest::prop_assert_eq!(ch.len(), 1);
            let v = crate::yaml::parse_documents(&out, "o").unwrap();
            let new = v[0]["spec"]["containers"][0]["image"].as_str().unwrap().to_string();
            let want = format!("m.example.cn/{}/{}{}", {
                let r = crate::images::ImageRef::parse(&img).unwrap();
                r.registry.replace(':', "_")
            }, crate::images::ImageRef::parse(&img).unwrap().repository, crate::images::ImageRef::parse(&img).unwrap().suffix());
            proptest::prop_assert_eq!(new, want);
            let tail = format!("   #{}\n", comment);
            proptest::prop_assert!(out.ends_with(&tail));
            let (again, ch2) = localize_text(&out, "p.yaml", &map, &mut CollisionGuard::default()).unwrap();
            proptest::prop_assert_eq!(again, out);
            proptest::prop_assert!(ch2.is_empty());
        }
    }
}
