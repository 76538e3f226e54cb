//! Anchors are recorded where they are and copied only when an alias uses
//! them: aliases must still see exactly what the anchor was set on.
use kforge::yaml::json;
use kforge::yaml::{parse_documents, parse_kustomization};

fn one(text: &str) -> kforge::yaml::Value {
    let mut d = parse_documents(text, "t.yaml").unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(d.len(), 1);
    d.remove(0)
}

#[test]
fn aliases_of_collections_anywhere_in_the_tree() {
    let v = one(
        "a:\n  b: &x\n    c: [1, 2]\n  d:\n  - &y {e: 3}\n  - *x\nf: *x\ng: [*y, *y]\nh:\n  i: &z [*x, *y]\nj: *z\n",
    );
    let x = json!({"c": [1, 2]});
    let y = json!({"e": 3});
    assert_eq!(v, json!({"a": {"b": x, "d": [y, x]}, "f": x, "g": [y, y], "h": {"i": [x, y]}, "j": [x, y]}));
}

#[test]
fn aliases_inside_the_open_parent_and_sequences() {
    // The anchored value is a sibling inside a mapping and a sequence that are still open.
    let v = one("top:\n  - &a [1]\n  - *a\n  - n:\n      m: &b {k: v}\n      o: *b\n  - *b\n");
    assert_eq!(v, json!({"top": [[1], [1], {"n": {"m": {"k": "v"}, "o": {"k": "v"}}}, {"k": "v"}]}));
}

#[test]
fn anchors_in_merge_sources_and_merges_of_aliases() {
    let v = one("base: &b {x: 1, y: 2}\nuse:\n  <<: &m {y: 20, z: 30}\n  x: 10\nagain: *m\nmerged:\n  <<: [*b, *m]\n");
    assert_eq!(
        v,
        json!({"base": {"x": 1, "y": 2}, "use": {"x": 10, "y": 20, "z": 30}, "again": {"y": 20, "z": 30},
               "merged": {"x": 1, "y": 2, "z": 30}})
    );
}

#[test]
fn duplicate_keys_in_kustomizations_keep_what_was_anchored() {
    // go-yaml v2: the last value of a key wins, but an alias names the anchored node.
    let v = parse_kustomization("a: &x {k: first}\na: {k: second, inner: &y [1]}\nb: *x\nc: *y\n", "k.yaml").unwrap();
    assert_eq!(v, json!({"a": {"k": "second", "inner": [1]}, "b": {"k": "first"}, "c": [1]}));
    let v = parse_kustomization("a:\n  m: &x [old]\na:\n  m: [new]\nb: *x\n", "k.yaml").unwrap();
    assert_eq!(v, json!({"a": {"m": ["new"]}, "b": ["old"]}));
}

#[test]
fn anchors_do_not_cross_documents_and_keys_can_be_aliases() {
    let e = parse_documents("a: &x [1]\n---\nb: *x\n", "t.yaml").unwrap_err();
    assert!(e.message.contains("unknown anchor"), "{e}");
    let v = one("k: &n name\n*n : value\n");
    assert_eq!(v, json!({"k": "name", "name": "value"}));
}

#[test]
fn alias_budget_counts_bytes_too() {
    // Few nodes, many bytes: a 1 MiB string aliased 100 times.
    let big = "x".repeat(1 << 20);
    let mut text = format!("s: &s {big}\nl:\n");
    for _ in 0..100 {
        text.push_str("- *s\n");
    }
    let e = parse_documents(&text, "t.yaml").unwrap_err();
    assert!(e.message.contains("excessive aliasing"), "{e}");
    // Within the budget it parses.
    let mut text = format!("s: &s {big}\nl:\n");
    for _ in 0..10 {
        text.push_str("- *s\n");
    }
    assert!(parse_documents(&text, "t.yaml").is_ok());
}
