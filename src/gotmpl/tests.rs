//! Template-language and function tests whose expected outputs were
//! produced by the real `helm template` (v4.1.4):
//! testdata/gotmpl/cases.txt holds the snippets, cases.expected.json
//! Helm's output or error (regenerate with scripts/gotmpl-oracle.py).
use std::collections::BTreeMap;
use std::rc::Rc;

use super::fmt::sprint_value;
use super::helm::{Capabilities, Files};
use super::value::{deep_equal, Map};
use super::*;

fn testdata(name: &str) -> String {
    let p = format!("{}/testdata/gotmpl/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{p}: {e}"))
}

fn read_cases() -> Vec<(String, String)> {
    let text = testdata("cases.txt");
    let mut cases = Vec::new();
    let mut name: Option<String> = None;
    let mut buf = String::new();
    for line in text.split_inclusive('\n') {
        if let Some(n) = line.strip_prefix("### ") {
            if let Some(n0) = name.take() {
                buf.pop();
                cases.push((n0, std::mem::take(&mut buf)));
            }
            name = Some(n.trim().to_string());
        } else {
            buf.push_str(line);
        }
    }
    if let Some(n0) = name {
        buf.pop();
        cases.push((n0, buf));
    }
    cases
}

fn map(pairs: Vec<(&str, Value)>) -> Value {
    Value::from_map(pairs.into_iter().map(|(k, v)| (k.to_string(), v)).collect())
}

pub(crate) fn oracle_dot() -> Value {
    let vals =
        crate::yaml::parse_kustomization_as::<serde_json::Value>(&testdata("values.yaml"), "values.yaml").unwrap();
    map(vec![
        ("Values", Value::from_json(&vals)),
        (
            "Release",
            map(vec![
                ("Name", Value::str("rel")),
                ("Namespace", Value::str("default")),
                ("IsInstall", Value::Bool(true)),
                ("IsUpgrade", Value::Bool(false)),
                ("Revision", Value::Int(1)),
                ("Service", Value::str("Helm")),
            ]),
        ),
        (
            "Chart",
            map(vec![
                ("Name", Value::str("oracle")),
                ("Version", Value::str("0.1.0")),
                ("AppVersion", Value::str("1.2.3")),
                ("APIVersion", Value::str("v2")),
                ("IsRoot", Value::Bool(true)),
            ]),
        ),
        ("Capabilities", Value::Object(Rc::new(Capabilities::new(None, &[])))),
        ("Files", Value::Object(Rc::new(Files::new(BTreeMap::new())))),
        (
            "Template",
            map(vec![("Name", Value::str("oracle/templates/out.yaml")), ("BasePath", Value::str("oracle/templates"))]),
        ),
    ])
}

#[test]
fn oracle_cases() {
    let cases = read_cases();
    let expected: serde_json::Value = serde_json::from_str(&testdata("cases.expected.json")).unwrap();
    let helpers = testdata("helpers.tpl");
    let mut failures = Vec::new();
    for (name, src) in &cases {
        let exp = &expected[name.as_str()];
        assert!(!exp.is_null(), "no expected output for {name}; run scripts/gotmpl-oracle.py");
        let mut set = TemplateSet::new();
        let wrapped = format!("{{{{- define \"snip0\" -}}}}{src}{{{{- end -}}}}\n");
        let got = set
            .add("oracle/templates/_helpers.tpl", &helpers)
            .and_then(|_| set.add("oracle/templates/_snips.tpl", &wrapped))
            .and_then(|_| {
                let mut r = Runner::new(&set, Ctx::new(Some(1)));
                r.include("snip0", oracle_dot())
            });
        match (exp.get("out").and_then(|v| v.as_str()), got) {
            (Some(want), Ok(got)) => {
                if want != got {
                    failures.push(format!("{name}:\n  want {want:?}\n  got  {got:?}"));
                }
            }
            (Some(want), Err(e)) => failures.push(format!("{name}: want {want:?}, got error {e}")),
            (None, Ok(got)) => failures.push(format!("{name}: want error {}, got {got:?}", exp["err"])),
            (None, Err(e)) => {
                // the innermost message must appear in Helm's error
                let want = exp["err"].as_str().unwrap_or_default();
                let e = match e {
                    Error::Parse(p) => p.msg,
                    other => other.to_string(),
                };
                let tail = e.rsplit(">: ").next().unwrap_or(&e);
                let tail = tail.rsplit("): ").next().unwrap_or(tail);
                if !want.contains(tail) {
                    failures.push(format!("{name}: error mismatch\n  want {want:?}\n  got  {e:?}"));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{} of {} cases differ:\n{}", failures.len(), cases.len(), failures.join("\n"));
}

/// `.Files` is copied only when an action can read it: the field `.Files`
/// or a string naming it; words in text and longer field names do not count.
#[test]
fn uses_files_reads_actions_only() {
    let cases = [
        ("- alert: NodeFilesystemSpaceFillingUp\n{{ .Values.usePasswordFiles }}", false),
        ("{{/* .Files.Get in a comment */}}x", false),
        ("{{ .Files.Get \"a.txt\" }}", true),
        ("{{ $.Files.Glob \"x/*\" }}", true),
        ("{{ with $ }}{{ (.).Files }}{{ end }}", true),
        ("{{ index $ \"Files\" }}", true),
        ("{{ tpl `{{ .Files.Get \"a\" }}` . }}", true),
    ];
    for (src, want) in cases {
        let mut set = TemplateSet::new();
        set.add("c/templates/x.yaml", src).unwrap();
        assert_eq!(set.uses_files(), want, "{src}");
    }
}

/// `fromYaml` parses a text once per render, but every call gets its own
/// maps: changing one result does not change the next.
#[test]
fn from_yaml_results_are_not_shared() {
    let src = r#"{{- $t := "a: {b: 1}\nl: [x, {c: 2}]\ns: [1, 2]" -}}
{{- $one := fromYaml $t -}}
{{- $_ := set $one.a "b" 9 -}}
{{- $_ := set (index $one.l 1) "c" 8 -}}
{{- $two := fromYaml $t -}}
{{ $one.a.b }} {{ index $one.l 1 }} {{ $two.a.b }} {{ index $two.l 1 }} {{ $two.s }}"#;
    assert_eq!(render_str(src, Value::new_map()).unwrap(), "9 map[c:8] 1 map[c:2] [1 2]");
}

#[test]
fn keyword_constants_name_their_keywords() {
    use super::lex::Kw;
    let names = [
        (Kw::BLOCK, "block"),
        (Kw::BREAK, "break"),
        (Kw::CONTINUE, "continue"),
        (Kw::DEFINE, "define"),
        (Kw::ELSE, "else"),
        (Kw::END, "end"),
        (Kw::IF, "if"),
        (Kw::RANGE, "range"),
        (Kw::TEMPLATE, "template"),
        (Kw::WITH, "with"),
    ];
    for (kw, name) in names {
        assert_eq!(kw.name(), name);
    }
}

/// The parser's tree (arenas and spans) and its lexer (no space tokens):
/// chains, separate operands, variables of nested scopes and of defines.
#[test]
fn parser_chains_operands_and_variables() {
    let dot = map(vec![("k", Value::str("v"))]);
    let cases = [
        (r#"{{ $x := dict "a" (dict "b" 1) }}{{ $x.a.b }} {{ (index $x "a").b }} {{ (dict "a" "z").a }}"#, "1 1 z"),
        ("{{ print .k .k }}|{{ print .k   .k }}|{{printf \"%s-%s\" .k .k}}", "vv|vv|v-v"),
        ("{{ .k -}}  \n x {{- .k }}", "vxv"),
        (r#"{{ $a := 1 }}{{ define "d" }}{{ $a := 2 }}{{ $a }}{{ end }}{{ template "d" }}{{ $a }}"#, "21"),
        ("{{ $x := 1 }}{{ if true }}{{ $x := 2 }}{{ $x }}{{ end }}{{ $x }}", "21"),
        ("{{ $x := 1 }}{{ if true }}{{ $x = 2 }}{{ end }}{{ $x }}", "2"),
        (r#"{{ range $i, $v := list "x" "y" }}{{ $i }}{{ $v }}{{ end }}"#, "0x1y"),
        ("{{ if false }}a{{ else if .k }}b{{ else }}c{{ end }}", "b"),
        ("{{ with .k }}{{ . }}{{ else }}none{{ end }}{{ with .nope }}x{{ else }}-{{ end }}", "v-"),
        (r#"{{ $t := "x" }}{{ tpl "{{ $y := 3 }}{{ $y }}{{ $.k }}" . }}{{ $t }}"#, "3vx"),
    ];
    for (src, want) in cases {
        assert_eq!(render_str(src, dot.clone()).unwrap(), want, "{src}");
    }
}

/// Parse errors keep Go's texts and lines.
#[test]
fn parser_errors_name_the_line() {
    let cases = [
        ("a\nb\n{{ print if }}", 3, "unexpected <if> in operand"),
        ("{{ \"a\".b }}", 1, r#"unexpected . after term "\"a\"""#),
        ("x\n{{ len(.a) }}", 2, r#"unexpected "(" in operand"#),
        ("{{ if }}{{ end }}", 1, "missing value for if"),
        ("\n\n{{ $y }}", 3, r#"undefined variable "$y""#),
        ("{{ $x := 1 }}\n{{ define \"d\" }}{{ $x }}{{ end }}", 2, r#"undefined variable "$x""#),
        ("{{ nope 1 }}", 1, r#"function "nope" not defined"#),
        ("{{ range .a }}\n{{ break 1 }}{{ end }}", 2, r#"unexpected "1" in {{break}}"#),
        ("{{ if .a }}\n\n{{ else }}{{ else }}{{ end }}", 3, "expected end; found {{else}}"),
    ];
    for (src, line, msg) in cases {
        match render_str(src, Value::new_map()) {
            Err(Error::Parse(e)) => {
                assert_eq!((e.line, e.msg.as_str()), (line, msg), "{src}");
            }
            other => panic!("{src}: want a parse error, got {other:?}"),
        }
    }
}

/// The lexer's byte-level paths: keywords and words that only start like
/// them, identifiers and fields with non-ASCII letters, `-}}` after spaces,
/// `}}` inside an action, and errors with their lines.
#[test]
fn lexer_words_trims_and_errors() {
    let dot = map(vec![
        ("héllo", Value::str("h")),
        ("k", Value::str("v")),
        ("ifx", Value::str("i")),
        ("abcdéfgh_12345678", Value::str("u")),
        ("abcdefgh", Value::str("a")),
    ]);
    let cases = [
        ("{{ if true }}a{{ else }}b{{ end }}{{ .ifx }}", "ai"),
        ("{{ range $i := until 2 }}{{ if eq $i 1 }}{{ break }}{{ end }}{{ $i }}{{ continue }}{{ end }}", "0"),
        ("{{ .héllo }}{{ $é := .k }}{{ $é }}", "hv"),
        ("{{ .abcdéfgh_12345678 }}{{ .abcdefgh }}{{ .abcdefgh}}{{.abcdefgh }}", "uaaa"),
        ("{{/* a * / */}}x{{- /* multi\nline */ -}} y", "xy"),
        ("{{ .k    -}}   \n  x", "vx"),
        ("{{ .k\t-}}\ny", "vy"),
        ("{{- /* c */ -}}  z", "z"),
        ("{{ default \"d\" nil }}{{ true }}{{ false }}", "dtruefalse"),
        ("{{ block \"b\" . }}{{ .k }}{{ end }}{{ template \"b\" . }}", "vv"),
        ("{{ define \"x\" }}X{{ end }}{{ template \"x\" }}", "X"),
    ];
    for (src, want) in cases {
        assert_eq!(render_str(src, dot.clone()).unwrap(), want, "{src}");
    }
    let errors = [
        ("a\n{{ .k } }}", 2, "unrecognized character in action: '}'"),
        ("\n\n{{ .k ; }}", 3, "unrecognized character in action: ';'"),
        ("{{ 1 }}\n{{ € }}", 2, "unrecognized character in action: '€'"),
        ("{{ .k\n", 2, "unclosed action"),
    ];
    for (src, line, msg) in errors {
        match render_str(src, dot.clone()) {
            Err(Error::Parse(e)) => assert_eq!((e.line, e.msg.as_str()), (line, msg), "{src}"),
            other => panic!("{src}: want a parse error, got {other:?}"),
        }
    }
}

/// Template maps (`value::Map`): keys inserted in any order are found and
/// iterate sorted by their bytes (Go's order for `range`, `keys`, `toYaml`),
/// short, long and non-ASCII keys alike.
#[test]
fn map_keys_sorted_by_bytes() {
    let words = [
        "z",
        "",
        "a",
        "A",
        "ab",
        "abc",
        "b",
        "ä",
        "é",
        "_",
        "0",
        "serviceAccount",
        "service",
        "serviceMonitor",
        "aaaaaaaaaaaaaaaa",
        "aaaaaaaaaaaaaaaab",
        "aaaaaaaaaaaaaaaaa",
        "aaaaaaaaaaaaaaaac",
        "x\u{0}",
        "x",
    ];
    let mut m = Map::new();
    for w in words {
        assert_eq!(m.insert(w.to_string(), Value::str(w)), None, "{w:?}");
    }
    for w in words {
        assert_eq!(m.get(w).and_then(Value::as_str), Some(w));
    }
    assert!(!m.contains_key("nope"));
    let mut sorted = words.to_vec();
    sorted.sort();
    assert_eq!(m.keys().map(|k| k.as_str()).collect::<Vec<_>>(), sorted);
    // built from pairs out of order: the same map
    let collected: Map = words.iter().rev().map(|w| (w.to_string(), Value::str(w))).collect();
    assert!(deep_equal(&Value::from_map(collected), &Value::from_map(m)));
}

/// Insert replaces a key's value in place, remove takes it out; an empty
/// map and a map of one key behave as Go's.
#[test]
fn map_insert_overwrite_remove() {
    let mut m = Map::new();
    assert!(m.is_empty());
    assert_eq!(m.get("a"), None);
    assert_eq!(m.remove("a"), None);
    assert_eq!(m.insert("b".into(), Value::Int(1)), None);
    assert_eq!(m.len(), 1);
    assert_eq!(m.insert("b".into(), Value::Int(2)), Some(Value::Int(1)));
    assert_eq!(m.len(), 1);
    assert_eq!(m.get("b"), Some(&Value::Int(2)));
    m.insert("a".into(), Value::Int(3));
    m.insert("c".into(), Value::Int(4));
    assert_eq!(m.keys().map(|k| k.as_str()).collect::<Vec<_>>(), ["a", "b", "c"]);
    assert_eq!(m.remove("b"), Some(Value::Int(2)));
    assert_eq!(m.remove("b"), None);
    assert_eq!(m.keys().map(|k| k.as_str()).collect::<Vec<_>>(), ["a", "c"]);
    // through the template functions, on an empty map and in place
    let out = render_str(
        r#"{{ $m := dict }}{{ len $m }} {{ $_ := set $m "b" 1 }}{{ $_ := set $m "a" 2 }}{{ $_ := set $m "b" 3 }}{{ $m }} {{ $_ := unset $m "a" }}{{ keys $m }} {{ $_ := unset $m "b" }}{{ empty $m }}"#,
        Value::Nil,
    )
    .unwrap();
    assert_eq!(out, "0 map[a:2 b:3] [b] true");
}

/// A map value is shared: a copy of the `Value` sees changes made through
/// another (as Go's maps), `deepCopy` is a new map whose inner maps are new.
#[test]
fn map_clone_shares_deep_copy_does_not() {
    let inner = Value::from_map([("k".to_string(), Value::Int(1))].into_iter().collect());
    let outer = Value::from_map([("in".to_string(), inner)].into_iter().collect());
    let shared = outer.clone();
    let copied = outer.deep_copy();
    let Value::Map(m) = &outer else { panic!() };
    let Some(Value::Map(i)) = m.borrow().get("in").cloned() else { panic!() };
    i.borrow_mut().insert("k".into(), Value::Int(2));
    m.borrow_mut().insert("new".into(), Value::Nil);
    assert_eq!(sprint_value(&shared), "map[in:map[k:2] new:<nil>]");
    assert_eq!(sprint_value(&copied), "map[in:map[k:1]]");
    // the same through templates: `set` on `.` is seen by `$`, not by a deepCopy
    let dot = Value::from_map([("a".to_string(), Value::new_map())].into_iter().collect());
    let out = render_str(r#"{{ $c := deepCopy . }}{{ $_ := set .a "x" 1 }}{{ $.a }} {{ $c.a }}"#, dot).unwrap();
    assert_eq!(out, "map[x:1] map[]");
}

/// Function arguments live in vectors the runner lends and reuses: nested
/// calls (arguments that are calls), functions that keep their arguments
/// (`list`, `index`, `coalesce`) and calls after them see only their own.
#[test]
fn function_arguments_are_each_calls_own() {
    let dot = map(vec![("k", Value::str("v")), ("m", map(vec![("a", Value::Int(1))]))]);
    let cases = [
        (r#"{{ printf "%s-%s-%s" (upper "a") (lower (printf "%s%s" "B" (trim " c "))) .k }}"#, "A-bc-v"),
        ("{{ $l := list 1 (list 2 3) 4 }}{{ $m := list 5 }}{{ $l }}{{ $m }}{{ len $l }}", "[1 [2 3] 4][5]3"),
        ("{{ index (list 1 (list 2 3)) 1 0 }}{{ index .m \"a\" }}{{ coalesce nil \"\" .k }}", "21v"),
        ("{{ range until 3 }}{{ add . (len (list 1 2)) }}{{ end }}", "234"),
        ("{{ include \"d\" (list 1 2) }}{{ define \"d\" }}{{ len . }}{{ first . }}{{ end }}", "21"),
        ("{{ tuple (list) (dict) | len }}{{ list | len }}", "20"),
    ];
    for (src, want) in cases {
        let mut set = TemplateSet::new();
        set.add("t", src).unwrap();
        let mut r = Runner::new(&set, Ctx::new(Some(1)));
        let mut out = String::new();
        r.execute("t", dot.clone(), &mut out).unwrap();
        assert_eq!(out, want, "{src}");
    }
}

/// Tokens in parse errors as Go's parser names them (`item.String`), and
/// `else if` / `else with` where the branch is of another kind: texts as
/// `helm template` (Helm 4.1.4) prints them.
#[test]
fn parser_errors_name_tokens_as_go() {
    let cases = [
        ("{{ with .a }}x{{ else if .b }}y{{ end }}", 1, "unexpected <if> in input"),
        ("{{ if .a }}x{{ else with .b }}y{{ end }}", 1, "unexpected <with> in input"),
        ("{{ range .a }}x\n{{ else if .b }}y{{ end }}", 2, "unexpected <if> in input"),
        ("{{ with .a }}x{{ else with .b }}y{{ else if .c }}z{{ end }}", 1, "unexpected <if> in input"),
        ("{{ with .a }}x{{ else if }}y{{ end }}", 1, "unexpected <if> in input"),
        ("{{ if .a }}x{{ else if .b }}y{{ else range .c }}z{{ end }}", 1, "unexpected <range> in else"),
        ("{{ if .a }}x{{ else end }}", 1, "unexpected <end> in else"),
        ("{{ if .a }}x{{ else .b }}y{{ end }}", 1, r#"unexpected ".b" in else"#),
        ("{{ if .a }}x{{ else .a.b }}y{{ end }}", 1, r#"unexpected ".a" in else"#),
        ("{{ if .a }}x{{ else .someLongFieldName }}y{{ end }}", 1, r#"unexpected ".someLongF"... in else"#),
        ("{{ if .a }}x{{ else someLongFunctionName }}y{{ end }}", 1, r#"unexpected "someLongFu"... in else"#),
        ("{{ if .a }}x{{ else 12345678901234 }}y{{ end }}", 1, r#"unexpected "1234567890"... in else"#),
        ("{{ if .a }}x{{ else \"abc\" }}y{{ end }}", 1, r#"unexpected "\"abc\"" in else"#),
        ("{{ if .a }}x{{ else \"é1234567890\" }}y{{ end }}", 1, r#"unexpected "\"é12345678"... in else"#),
        ("{{ if .a }}x{{ else `raw` }}y{{ end }}", 1, r#"unexpected "`raw`" in else"#),
        ("{{ if .a }}x{{ else 'c' }}y{{ end }}", 1, r#"unexpected "'c'" in else"#),
        ("{{ if .a }}x{{ else $v }}y{{ end }}", 1, r#"unexpected "$v" in else"#),
        ("{{ if .a }}x{{ else true }}y{{ end }}", 1, r#"unexpected "true" in else"#),
        ("{{ if .a }}x{{ else nil }}y{{ end }}", 1, "unexpected <nil> in else"),
        ("{{ if .a }}x{{ else . }}y{{ end }}", 1, "unexpected <.> in else"),
        ("{{ if .a }}x{{ else | }}y{{ end }}", 1, r#"unexpected "|" in else"#),
        ("{{ if .a }}x{{ else := }}y{{ end }}", 1, r#"unexpected ":=" in else"#),
        ("{{ template .x }}", 1, r#"unexpected ".x" in template clause"#),
        ("{{ if .a }}x{{ end .b }}", 1, r#"unexpected ".b" in end"#),
        ("{{ if .a }}x{{ end \"verylongstringhere\" }}", 1, r#"unexpected "\"verylongs"... in end"#),
        ("{{ define \"d\" . -}}{{ end }}", 1, r#"unexpected <.> in define clause"#),
    ];
    for (src, line, msg) in cases {
        match render_str(src, Value::new_map()) {
            Err(Error::Parse(e)) => assert_eq!((e.line, e.msg.as_str()), (line, msg), "{src}"),
            other => panic!("{src}: want a parse error, got {other:?}"),
        }
    }
}

/// Errors found at the end of a file (the parser stays on the last token).
#[test]
fn parser_errors_at_the_end() {
    let cases = [
        ("{{ if .a }}x", 1, "unexpected EOF"),
        ("a\n{{ define \"d\" }}", 2, "unexpected EOF"),
        ("{{ range .a }}{{ else }}\n", 2, "unexpected EOF"),
        ("{{ if .a }}{{ else if .b }}", 1, "unexpected EOF"),
    ];
    for (src, line, msg) in cases {
        match render_str(src, Value::new_map()) {
            Err(Error::Parse(e)) => assert_eq!((e.line, e.msg.as_str()), (line, msg), "{src}"),
            other => panic!("{src}: want a parse error, got {other:?}"),
        }
    }
}

/// String literals are kept once per file (`Tree::strs`) and arguments
/// move between the parser's stacks and the file's arena as copies: nested
/// pipelines, chains, `define`s and a file parsed twice (the second from
/// the thread's cache, under another name) all see their own literals.
#[test]
fn literals_and_argument_lists_survive_parsing() {
    let src = concat!(
        "{{ define \"lit.d\" }}{{ printf \"%s|%s\" \"a\\tb\" `r\\n` }}{{ end }}",
        "{{ $x := dict \"k\" (list \"v1\" (print \"v\" 2)) }}",
        "{{ (index $x \"k\") }}{{ (dict \"a\" \"b\").a }}",
        "{{ if eq \"x\" (lower \"X\") }}{{ include \"lit.d\" . | upper }}{{ else }}no{{ end }}",
        "{{ template \"lit.d\" }}"
    );
    let want = "[v1 v2]bA\tB|R\\Na\tb|r\\n";
    let mut set = TemplateSet::new();
    set.add("one/templates/a.yaml", src).unwrap();
    set.add("two/templates/a.yaml", src).unwrap();
    for name in ["one/templates/a.yaml", "two/templates/a.yaml"] {
        let mut r = Runner::new(&set, Ctx::new(Some(1)));
        let mut out = String::new();
        r.execute(name, Value::new_map(), &mut out).unwrap();
        assert_eq!(out, want, "{name}");
    }
    assert!(set.contains("lit.d"));
}

/// A string literal is kept once per file, at its own index in each file:
/// files sharing literals in another order, and a file parsed after one
/// that failed to parse (its literals half recorded), read their own.
#[test]
fn literal_tables_are_per_file() {
    let a = r#"{{ print "alpha" "beta" "alpha" }}"#;
    let b = r#"{{ print "beta" "gamma" "alpha" "beta" }}"#;
    let bad = r#"{{ print "delta" "alpha" }}{{ nosuchfunc "beta" }}"#;
    let c = r#"{{ print "delta" "beta" "alpha" }}"#;
    let mut set = TemplateSet::new();
    set.add("lt/a", a).unwrap();
    set.add("lt/b", b).unwrap();
    assert!(set.add("lt/bad", bad).is_err());
    set.add("lt/c", c).unwrap();
    for (name, want) in [("lt/a", "alphabetaalpha"), ("lt/b", "betagammaalphabeta"), ("lt/c", "deltabetaalpha")] {
        let mut r = Runner::new(&set, Ctx::new(Some(1)));
        let mut out = String::new();
        r.execute(name, Value::new_map(), &mut out).unwrap();
        assert_eq!(out, want, "{name}");
    }
}

/// Arguments stay 20 bytes: a chart's parse trees are kept while it
/// renders, and arguments are most of their memory.
#[test]
fn arguments_stay_small() {
    assert_eq!(std::mem::size_of::<super::parse::Arg>(), 20);
    assert_eq!(std::mem::size_of::<super::lex::Token>(), 12);
}

/// Number literals (kept in `Tree::nums`), function numbers (`FuncId`,
/// the engine's own and the table's) and variable names read back from
/// the source (`Tree::var_name`) in values and in Go's error texts.
#[test]
fn numbers_functions_and_variable_names_after_parsing() {
    let dot = map(vec![("k", Value::str("v"))]);
    let src = concat!(
        "{{- define \"d\" }}D{{ . }}{{ end -}}",
        "n: {{ print 0x1F 'a' 1.5 1e3 -2 0o17 1_000 }}{{ print '\\n' '\\x41' '\\u00e9' 'é' }}\n",
        "f: {{ and 1 0 }}{{ or 0 2 }}{{ include \"d\" 7 }}{{ tpl \"T{{ 1 }}\" . }}{{ upper \"a\" }}"
    );
    assert_eq!(render_str(src, dot.clone()).unwrap(), "n: 31 97 1.5 1000 -2 15 100010 65 233 233\nf: 02D7T1A");
    let cases = [
        (
            "{{ $val := 3 }}{{ $val 1 }}",
            "t:1:18: executing \"t\" at <$val 1>: can't give argument to non-function $val",
        ),
        (
            "{{ $m := dict \"a\" 1 }}{{ $m.a.b }}",
            "t:1:25: executing \"t\" at <$m.a.b>: can't evaluate field b in type interface {}",
        ),
        ("{{ $x := 1 }}{{ $x.y }}", "t:1:16: executing \"t\" at <$x.y>: can't evaluate field y in type int"),
    ];
    for (src, want) in cases {
        let e = render_str(src, dot.clone()).unwrap_err().to_string();
        assert_eq!(e, format!("template: {want}"), "{src}");
    }
    for name in ["and", "or", "include", "tpl", "upper", "toYaml"] {
        let id = super::funcs::resolve_id(name).unwrap();
        assert_eq!(format!("{:?}", id.func()), format!("{:?}", super::funcs::resolve(name).unwrap()), "{name}");
    }
    assert!(super::funcs::resolve_id("nosuchfunc").is_none());
}

/// A set renders files one after another through the runner's pooled
/// buffer: each output is its own, `<no value>` removed.
#[test]
fn rendered_files_do_not_share_their_buffer() {
    let mut set = TemplateSet::new();
    set.add("a", "{{ .k }}-{{ .missing }}-a").unwrap();
    set.add("b", "{{ include \"c\" . }}b").unwrap();
    set.add("c", "long text {{ .k }} ").unwrap();
    // renders to much less than its text: copied out of the buffer
    set.add("d", &format!("{{{{ if false }}}}{}{{{{ end }}}}d{{{{ .k }}}}", "x".repeat(5000))).unwrap();
    let dot = map(vec![("k", Value::str("v"))]);
    let mut r = Runner::new(&set, Ctx::new(Some(1)));
    let a = set.render(&mut r, "a", dot.clone()).unwrap();
    let b = set.render(&mut r, "b", dot.clone()).unwrap();
    let a2 = set.render(&mut r, "a", dot.clone()).unwrap();
    assert_eq!((a.as_str(), b.as_str(), a2.as_str()), ("v--a", "long text v b", "v--a"));
    let d = set.render(&mut r, "d", dot.clone()).unwrap();
    let d2 = set.render(&mut r, "d", dot.clone()).unwrap();
    assert_eq!((d.as_str(), d.capacity(), d2.as_str()), ("dv", 2, "dv"));
    assert!(set.render(&mut r, "nope", dot.clone()).is_err());
    assert_eq!(set.render(&mut r, "c", dot).unwrap(), "long text v ");
}

/// Helm allows 1,001 `include`s of one name inside each other (as
/// `helm template` does: a 1,002nd fails); other names and finished
/// includes do not count (run on a thread with a stack deep enough for
/// the nesting).
#[test]
fn include_nesting_limit_counts_one_name() {
    let run = || {
        // "r" includes itself while the list is shorter than .n: .n + 1
        // includes of "r" are active at the deepest point
        let src = r#"{{- define "r" }}{{ if lt (len .l) .n }}{{ include "r" (dict "l" (append .l 1) "n" .n) }}{{ else }}{{ len .l }}{{ end }}{{ end -}}
{{- define "s" }}{{ include "r" . }}{{ end -}}
{{ include "s" . }}|{{ include "r" (dict "l" (list) "n" 3) }}"#;
        let mut set = TemplateSet::new();
        set.add("t", src).unwrap();
        let out = |n: i64| {
            let dot = map(vec![("l", Value::list(vec![])), ("n", Value::Int(n))]);
            let mut r = Runner::new(&set, Ctx::new(Some(1)));
            let mut out = String::new();
            r.execute("t", dot, &mut out).map(|_| out).map_err(|e| e.to_string())
        };
        assert_eq!(out(0).unwrap(), "0|3");
        assert_eq!(out(999).unwrap(), "999|3");
        // 1,001 nested includes of "r", then 1,002
        assert_eq!(out(1000).unwrap(), "1000|3");
        let e = out(1001).unwrap_err();
        assert!(e.contains("nested reference name: r: unable to execute template"), "{e}");
    };
    std::thread::Builder::new().stack_size(512 << 20).spawn(run).unwrap().join().unwrap();
}
