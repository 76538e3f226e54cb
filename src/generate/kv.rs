//! Key/value pairs from a generator's `envs`, `literals` and `files`, read the
//! way kustomize's `kv.Loader` does (api/kv): env files first, then literals,
//! then files; each source kind keeps its own order.
use crate::generate::error::{bail, err, Context};

use super::FileSource;
use crate::types::GeneratorArgs;

/// One key and its raw value (file contents may be any bytes).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pair {
    pub key: String,
    pub value: Vec<u8>,
}

impl Pair {
    fn new(key: &str, value: impl Into<Vec<u8>>) -> Pair {
        Pair { key: key.to_string(), value: value.into() }
    }
}

/// All pairs of a generator, in kustomize's order. Errors read like
/// kustomize's (`loading KV pairs: literal sources [x]: invalid literal source x, expected key=value`).
pub fn load_pairs(args: &GeneratorArgs, files: &dyn FileSource) -> crate::generate::error::Result<Vec<Pair>> {
    // The deprecated `env:` field is appended to `envs` (kustomize's FixKustomization).
    let mut envs: Vec<&str> = args.envs.iter().map(String::as_str).collect();
    if !args.env.is_empty() {
        envs.push(&args.env);
    }
    let mut all = Vec::new();
    for p in &envs {
        let load = || -> crate::generate::error::Result<Vec<Pair>> { env_file_pairs(&files.read(p)?) };
        let pairs =
            load().with_context(|| format!("env source files: {}", go_list(&envs))).context("loading KV pairs")?;
        all.extend(pairs);
    }
    for (i, s) in args.literals.iter().enumerate() {
        // Literal values are often secrets: messages show keys only.
        let pair = literal_pair(s)
            .map_err(|_| {
                err!(
                    "invalid literal source #{} (its text is not shown: it may hold a secret), expected key=value",
                    i + 1
                )
            })
            .with_context(|| format!("literal sources {}", literal_keys(&args.literals)))
            .context("loading KV pairs")?;
        all.push(pair);
    }
    for s in &args.files {
        let load = || -> crate::generate::error::Result<Pair> {
            let (key, path) = parse_file_source(s)?;
            Ok(Pair::new(&key, files.read(&path)?))
        };
        let pair =
            load().with_context(|| format!("file sources: {}", go_list(&args.files))).context("loading KV pairs")?;
        all.push(pair);
    }
    Ok(all)
}

/// The literals as messages may show them: `[KEY=*** #2]` (a literal
/// without `=` is shown by its position only).
fn literal_keys(literals: &[String]) -> String {
    let parts: Vec<String> = literals
        .iter()
        .enumerate()
        .map(|(i, l)| match l.split_once('=') {
            Some((k, _)) if !k.is_empty() => format!("{}=***", go_quote_if_needed(k)),
            _ => format!("#{}", i + 1),
        })
        .collect();
    format!("[{}]", parts.join(" "))
}

fn go_quote_if_needed(k: &str) -> String {
    if k.chars().any(|c| c.is_whitespace() || c.is_control()) {
        go_quote(k)
    } else {
        k.to_string()
    }
}

/// `KEY=VALUE` → (`KEY`, `VALUE` without one pair of surrounding quotes).
pub fn literal_pair(source: &str) -> crate::generate::error::Result<Pair> {
    match source.split_once('=') {
        Some((k, v)) if !k.is_empty() => Ok(Pair::new(k, remove_quotes(v))),
        _ => bail!("invalid literal source {source}, expected key=value"),
    }
}

/// Strip one pair of matching `"` or `'` around the whole value, nothing else.
fn remove_quotes(s: &str) -> &str {
    let b = s.as_bytes();
    if b.len() >= 2 && b[0] == b[b.len() - 1] && (b[0] == b'"' || b[0] == b'\'') {
        &s[1..s.len() - 1]
    } else {
        s
    }
}

/// `path` (key = base name) or `key=path`.
pub fn parse_file_source(source: &str) -> crate::generate::error::Result<(String, String)> {
    let n = source.matches('=').count();
    if n == 0 {
        return Ok((go_path_base(source), source.to_string()));
    }
    if n > 1 {
        bail!("source {} key name or file path contains '='", go_quote(source));
    }
    let (k, p) = source.split_once('=').ok_or_else(|| err!("unreachable: no '=' in {source}"))?;
    if k.is_empty() {
        bail!("missing key name for file path {} in source {}", go_quote(p), go_quote(source));
    }
    if p.is_empty() {
        bail!("missing file path for key name {} in source {}", go_quote(k), go_quote(source));
    }
    Ok((k.to_string(), p.to_string()))
}

/// Pairs from an env file: one `KEY=VALUE` per line, leading whitespace
/// ignored, blank and `#` lines skipped, a UTF-8 BOM dropped from the first
/// line, `\r\n` endings accepted. A line without `=` gives an empty value
/// (kustomize v5.7.1 does not read the environment), a line starting with
/// `=` (empty key) is skipped. Values are kept verbatim, quotes included.
pub fn env_file_pairs(content: &[u8]) -> crate::generate::error::Result<Vec<Pair>> {
    let mut out = Vec::new();
    if content.is_empty() {
        return Ok(out);
    }
    // Like Go's bufio.ScanLines: a final newline does not start another line.
    let body = content.strip_suffix(b"\n").unwrap_or(content);
    for (n, raw) in body.split(|&b| b == b'\n').enumerate() {
        let raw = raw.strip_suffix(b"\r").unwrap_or(raw);
        let Ok(mut line) = std::str::from_utf8(raw) else {
            // The line itself is not shown: env files hold secrets.
            bail!("line {} has invalid utf8 bytes", n + 1);
        };
        if n == 0 {
            line = line.strip_prefix('\u{feff}').unwrap_or(line);
        }
        let line = line.trim_start_matches(char::is_whitespace);
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let (key, value) = line.split_once('=').unwrap_or((line, ""));
        if key.is_empty() {
            continue;
        }
        out.push(Pair::new(key, value));
    }
    Ok(out)
}

/// Go's `path.Base`.
fn go_path_base(p: &str) -> String {
    if p.is_empty() {
        return ".".to_string();
    }
    let t = p.trim_end_matches('/');
    if t.is_empty() {
        return "/".to_string();
    }
    t.rsplit('/').next().unwrap_or(t).to_string()
}

/// Go's `%v` of a `[]string`: `[a b c]`.
pub(crate) fn go_list<S: AsRef<str>>(items: &[S]) -> String {
    let parts: Vec<&str> = items.iter().map(AsRef::as_ref).collect();
    format!("[{}]", parts.join(" "))
}

pub(crate) use crate::goquote::go_quote;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::generate::MemFiles;

    fn kv(p: &Pair) -> (&str, &str) {
        (p.key.as_str(), std::str::from_utf8(&p.value).unwrap())
    }

    #[test]
    fn literals_split_at_first_equals_and_strip_matching_quotes() {
        assert_eq!(kv(&literal_pair("a=b=c").unwrap()), ("a", "b=c"));
        assert_eq!(kv(&literal_pair("q='x'").unwrap()), ("q", "x"));
        assert_eq!(kv(&literal_pair("q=\"x\"").unwrap()), ("q", "x"));
        assert_eq!(kv(&literal_pair("dq=\"y").unwrap()), ("dq", "\"y"));
        assert_eq!(kv(&literal_pair("TEST='").unwrap()), ("TEST", "'"));
        assert_eq!(kv(&literal_pair("TEST=this is a 'test'").unwrap()), ("TEST", "this is a 'test'"));
        assert_eq!(kv(&literal_pair("e=").unwrap()), ("e", ""));
        assert_eq!(kv(&literal_pair("a b=1").unwrap()), ("a b", "1"));
        assert_eq!(literal_pair("noeq").unwrap_err().to_string(), "invalid literal source noeq, expected key=value");
        assert_eq!(literal_pair("=x").unwrap_err().to_string(), "invalid literal source =x, expected key=value");
    }

    #[test]
    fn file_sources() {
        assert_eq!(parse_file_source("d/f.txt").unwrap(), ("f.txt".into(), "d/f.txt".into()));
        assert_eq!(parse_file_source("k=d/f.txt").unwrap(), ("k".into(), "d/f.txt".into()));
        assert_eq!(parse_file_source("dir/").unwrap(), ("dir".into(), "dir/".into()));
        assert_eq!(
            parse_file_source("a=b=c").unwrap_err().to_string(),
            "source \"a=b=c\" key name or file path contains '='"
        );
        assert_eq!(
            parse_file_source("=bin.dat").unwrap_err().to_string(),
            "missing key name for file path \"bin.dat\" in source \"=bin.dat\""
        );
        assert_eq!(
            parse_file_source("k=").unwrap_err().to_string(),
            "missing file path for key name \"k\" in source \"k=\""
        );
    }

    #[test]
    fn env_files() {
        let pairs =
            env_file_pairs(b"\xef\xbb\xbfA=1\n# c\n\n \t B = x \n=x\nNOEQ\nC=\"q\"\r\nD=a=b\n\xef\xbb\xbfE=2").unwrap();
        let got: Vec<(&str, &str)> = pairs.iter().map(kv).collect();
        assert_eq!(got, [("A", "1"), ("B ", " x "), ("NOEQ", ""), ("C", "\"q\""), ("D", "a=b"), ("\u{feff}E", "2")]);
        assert!(env_file_pairs(b"").unwrap().is_empty());
        let e = env_file_pairs(b"X=\xff\n").unwrap_err().to_string();
        assert_eq!(e, "line 1 has invalid utf8 bytes");
    }

    #[test]
    fn order_envs_then_literals_then_files_and_error_context() {
        let files = MemFiles::new().with("a.env", "E=1\n").with("b.env", "F=2\n").with("f.txt", "x");
        let args = GeneratorArgs {
            name: "c".into(),
            literals: vec!["L=1".into()],
            files: vec!["f.txt".into()],
            envs: vec!["a.env".into()],
            env: "b.env".into(),
            ..Default::default()
        };
        let keys: Vec<String> = load_pairs(&args, &files).unwrap().into_iter().map(|p| p.key).collect();
        assert_eq!(keys, ["E", "F", "L", "f.txt"]);

        let bad = GeneratorArgs { literals: vec!["ok=s3cret".into(), "password hunter2".into()], ..Default::default() };
        let e = crate::error::chain_text(&load_pairs(&bad, &files).unwrap_err());
        assert_eq!(
            e,
            "loading KV pairs: literal sources [ok=*** #2]: invalid literal source #2 (its text is not shown: it may hold a secret), expected key=value"
        );
        let e = crate::error::chain_text(&env_file_pairs(b"A=1\nB=s3cret\xff\n").unwrap_err());
        assert_eq!(e, "line 2 has invalid utf8 bytes");

        let missing = GeneratorArgs { envs: vec!["nope".into()], ..Default::default() };
        let e = crate::error::chain_text(&load_pairs(&missing, &files).unwrap_err());
        assert_eq!(e, "loading KV pairs: env source files: [nope]: 'nope' doesn't exist");

        let missing = GeneratorArgs { files: vec!["k=nope".into()], ..Default::default() };
        let e = crate::error::chain_text(&load_pairs(&missing, &files).unwrap_err());
        assert_eq!(e, "loading KV pairs: file sources: [k=nope]: 'nope' doesn't exist");
    }
}
