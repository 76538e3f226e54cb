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
pub mod parse;
mod semver;
mod time;
mod toml;
pub mod value;

use std::collections::HashMap;
use std::sync::Arc;

pub use exec::Runner;
pub use funcs::Ctx;
pub use parse::ParseError;
pub use value::{Object, Value};

use parse::Tmpl;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error(transparent)]
    Parse(#[from] ParseError),
    /// An execution error, already formatted like Go's.
    #[error("{0}")]
    Exec(String),
    /// A function's own error (internal; turned into `Exec` with context).
    #[error("{0}")]
    Call(String),
}

/// Parsed templates by name.
#[derive(Default, Debug)]
pub struct TemplateSet {
    pub(crate) templates: HashMap<String, Arc<Tmpl>>,
}

fn is_empty_tree(nodes: &[parse::Node]) -> bool {
    nodes.iter().all(|n| match n {
        parse::Node::Text(t) => t.trim().is_empty(),
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
        let (main, defs) = parse::parse(name, src, &funcs::exists)?;
        for d in defs {
            self.associate(d);
        }
        self.associate(main);
        Ok(())
    }

    fn associate(&mut self, t: Tmpl) {
        if let Some(old) = self.templates.get(&t.name) {
            if is_empty_tree(&t.root) && !old.root.is_empty() {
                return;
            }
        }
        self.templates.insert(t.name.clone(), Arc::new(t));
    }

    pub fn contains(&self, name: &str) -> bool {
        self.templates.contains_key(name)
    }

    /// Execute one template as Helm renders a file: `<no value>` removed.
    pub fn render(&self, runner: &mut Runner, name: &str, dot: Value) -> Result<String, Error> {
        let mut out = String::new();
        runner.execute(name, dot, &mut out)?;
        if out.contains("<no value>") {
            out = out.replace("<no value>", "");
        }
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
