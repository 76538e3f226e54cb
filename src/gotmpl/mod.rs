//! Go `text/template` with Sprig and Helm's functions, written for kforge.
//!
//! * [`TemplateSet`]: parse files (and the templates they `define`) into one
//!   shared set, as Helm does for a chart and its subcharts.
//! * [`Runner`]: executes templates of a set with one random source and one
//!   `tpl` cache, so a chart is rendered without re-parsing `tpl` strings.
//! * [`Value`]: Go's `interface{}` values; maps are shared and mutable.
//!
//! Semantics follow Go and Helm: `missingkey=zero`, `<no value>` for missing
//! values (Helm strips it from rendered files), Go's fmt for printing, and
//! Go's error texts with template name, line and column.
pub mod chart;
mod crypto;
mod exec;
pub mod fmt;
pub mod funcs;
pub mod helm;
mod lex;
mod mont;
pub mod parse;
mod semver;
mod sieve;
mod time;
mod toml;
pub mod value;

use std::rc::Rc;
use std::sync::Arc;

pub use exec::Runner;
pub use funcs::Ctx;
pub use parse::ParseError;
pub use value::{Object, Value};

use parse::Tmpl;

/// An engine error. Kept small (a parse error is boxed): every step of
/// the executor returns a `Result` of it.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error(transparent)]
    Parse(Box<ParseError>),
    /// An execution error, already formatted like Go's.
    #[error("{0}")]
    Exec(String),
    /// A function's own error (internal; turned into `Exec` with context).
    #[error("{0}")]
    Call(String),
}

impl From<ParseError> for Error {
    fn from(e: ParseError) -> Error {
        Error::Parse(Box::new(e))
    }
}

// The engine's own maps (template names, texts, functions) use the build's
// fast hasher: keys come from the chart being rendered, where a keyed hash
// buys nothing.
use crate::model::fasthash::{FastHasher, FastMap};

/// A hash of a file's text: its length and its first and last bytes only
/// (texts with the same hash are compared in full): files are large.
fn src_hash(src: &str) -> u64 {
    use std::hash::Hasher;
    let b = src.as_bytes();
    let mut h = FastHasher::default();
    h.write_usize(b.len());
    h.write(&b[..b.len().min(256)]);
    h.write(&b[b.len().saturating_sub(256)..]);
    h.finish()
}

/// Text of parsed files a thread keeps, at most.
const PARSED_CACHE_BYTES: usize = 32 << 20;

/// What a thread keeps from one template set to the next.
#[derive(Default)]
struct ThreadCache {
    /// files parsed so far, by `src_hash`: a file seen again (a library
    /// chart vendored by several subcharts, or used by several charts of
    /// one build) is not parsed again
    parsed: FastMap<u64, Vec<Rc<parse::Parsed>>>,
    /// bytes of text in `parsed`
    bytes: usize,
    /// buffers and interned names shared by the parses
    scratch: parse::Scratch,
}

thread_local! {
    /// Never dropped (`ManuallyDrop`): the trees live until the process
    /// ends, and freeing a few megabytes of small nodes when a thread
    /// ends costs time (~5% of rendering a big chart) and gives nothing
    /// back that exit would not.
    static CACHE: std::mem::ManuallyDrop<std::cell::RefCell<ThreadCache>> =
        std::mem::ManuallyDrop::new(std::cell::RefCell::new(ThreadCache::default()));
}

/// Parsed templates by name.
#[derive(Default, Debug)]
pub struct TemplateSet {
    pub(crate) templates: FastMap<Rc<str>, Rc<Tmpl>>,
    /// some file added names `.Files` in an action (see `parse::Parsed`)
    uses_files: bool,
}

fn is_empty_tree(t: &Tmpl) -> bool {
    t.root().iter().all(|n| match n {
        parse::Node::Text(s) => t.tree.text(*s).trim().is_empty(),
        _ => false,
    })
}

impl TemplateSet {
    pub fn new() -> Self {
        Self::default()
    }

    /// Parse a file named `name` and add it and its `define`s to the set.
    /// A later definition of a name replaces an earlier one, unless it is
    /// empty (Go's rule).
    pub fn add(&mut self, name: &str, src: &str) -> Result<(), Error> {
        self.add_shared(name, Arc::from(src))
    }

    /// [`TemplateSet::add`] for a text the caller shares: the parse tree
    /// keeps `src` itself (no copy of the text).
    pub fn add_shared(&mut self, name: &str, src: Arc<str>) -> Result<(), Error> {
        let h = src_hash(&src);
        let parsed = CACHE.with(|c| -> Result<Rc<parse::Parsed>, Error> {
            let mut c = c.borrow_mut();
            let ThreadCache { parsed, bytes, scratch } = &mut *c;
            if let Some(p) = parsed.get(&h).and_then(|v| v.iter().find(|p| p.tree.src == src)) {
                return Ok(p.clone());
            }
            let len = src.len();
            let p = Rc::new(parse::parse_shared_in(name, src, scratch)?);
            if *bytes + len <= PARSED_CACHE_BYTES {
                *bytes += len;
                parsed.entry(h).or_default().push(p.clone());
            } else {
                // past the limit nothing is kept, names neither
                scratch.clear_names();
            }
            Ok(p)
        })?;
        self.uses_files |= parsed.uses_files;
        let (main, defs) = parsed.instantiate(name);
        for d in defs {
            self.associate(d);
        }
        self.associate(main);
        Ok(())
    }

    fn associate(&mut self, t: Tmpl) {
        if let Some(old) = self.templates.get(&t.name) {
            if is_empty_tree(&t) && !old.root.is_empty() {
                return;
            }
        }
        self.templates.insert(t.name.clone(), Rc::new(t));
    }

    /// Whether an action of some file added names `Files` (the field
    /// `.Files`, or a string literal containing the word): when none does,
    /// no template can read Helm's `.Files`.
    pub fn uses_files(&self) -> bool {
        self.uses_files
    }

    pub fn contains(&self, name: &str) -> bool {
        self.templates.contains_key(name)
    }

    /// Execute one template as Helm renders a file: `<no value>` removed.
    pub fn render(&self, runner: &mut Runner, name: &str, dot: Value) -> Result<String, Error> {
        // Into a buffer of the runner's, at least as long as the file's
        // text (a file that is mostly text, such as a CRD, is copied in
        // without regrowing). The buffer itself is the result when it is
        // at least half full; otherwise the output is copied out at its
        // exact length and the buffer goes on to the next file: the
        // outputs of a chart's files are all kept, and buffers sized for
        // texts that render to little (helpers, loops over empty lists)
        // took fresh memory that was mostly never used.
        let src_len = self.templates.get(name).map_or(0, |t| t.src().len());
        let mut buf = runner.take_buf();
        buf.reserve(src_len);
        if let Err(e) = runner.execute(name, dot, &mut buf) {
            runner.put_buf(buf);
            return Err(e);
        }
        let out = if memchr::memmem::find(buf.as_bytes(), b"<no value>").is_some() {
            buf.replace("<no value>", "")
        } else if buf.len() >= buf.capacity() / 2 {
            return Ok(buf);
        } else {
            buf.as_str().to_owned()
        };
        runner.put_buf(buf);
        Ok(out)
    }
}

/// Render one template text with `dot` (handy for tests and one-off use).
pub fn render_str(src: &str, dot: Value) -> Result<String, Error> {
    let mut set = TemplateSet::new();
    set.add("t", src)?;
    let mut r = Runner::new(&set, Ctx::new(Some(1)));
    let mut out = String::new();
    r.execute("t", dot, &mut out)?;
    Ok(out)
}

#[cfg(test)]
mod tests;
