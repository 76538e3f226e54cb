//! Parser for Go's text/template: builds the node tree of one file and the
//! templates it defines (`define`, `block`).
use std::fmt;
use std::rc::Rc;

use super::funcs::Func;
use super::lex::{lex_into, Kw, Tok, Token};

#[derive(Debug, Clone)]
pub enum Node {
    /// Text: a span of the template's source (`Tmpl::src`).
    Text(usize, usize),
    // boxed: a node is 24 bytes (lists of text and actions stay small)
    Action(Box<Pipe>),
    If(Box<Branch>),
    Range(Box<Branch>),
    With(Box<Branch>),
    Template(Box<TemplateCall>),
    Break(usize),
    Continue(usize),
}

/// `{{template "name" pipeline}}` (and the call of a `block`).
#[derive(Debug, Clone)]
pub struct TemplateCall {
    pub pos: usize,
    pub name: String,
    pub pipe: Option<Pipe>,
}

#[derive(Debug, Clone)]
pub struct Branch {
    pub pos: usize,
    pub pipe: Pipe,
    pub list: Vec<Node>,
    pub else_list: Option<Vec<Node>>,
}

#[derive(Debug, Clone)]
pub struct Pipe {
    pub pos: usize,
    pub is_assign: bool,
    pub decl: Vec<Rc<str>>,
    pub cmds: Box<[Cmd]>,
}

#[derive(Debug, Clone)]
pub struct Cmd {
    pub pos: usize,
    pub args: Box<[Arg]>,
}

#[derive(Debug, Clone)]
pub enum Num {
    Int(i64),
    Float(f64),
}

#[derive(Debug, Clone)]
pub enum Arg {
    Field { pos: usize, idents: Box<[Rc<str>]> },
    Variable { pos: usize, name: Rc<str>, idents: Box<[Rc<str>]> },
    Chain { pos: usize, node: Box<Arg>, idents: Box<[Rc<str>]> },
    Ident { pos: usize, name: Rc<str>, func: Func },
    Dot(usize),
    Nil(usize),
    Bool(usize, bool),
    Number { pos: usize, text: Rc<str>, val: Num },
    Str { pos: usize, raw: Rc<str>, val: Rc<str> },
    Pipe(Box<Pipe>),
}

impl Arg {
    pub fn pos(&self) -> usize {
        match self {
            Arg::Field { pos, .. }
            | Arg::Variable { pos, .. }
            | Arg::Chain { pos, .. }
            | Arg::Ident { pos, .. }
            | Arg::Dot(pos)
            | Arg::Nil(pos)
            | Arg::Bool(pos, _)
            | Arg::Number { pos, .. }
            | Arg::Str { pos, .. } => *pos,
            Arg::Pipe(p) => p.pos,
        }
    }
}

impl fmt::Display for Arg {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Arg::Field { idents, .. } => {
                for i in idents {
                    write!(f, ".{i}")?;
                }
                Ok(())
            }
            Arg::Variable { name, idents, .. } => {
                f.write_str(name)?;
                for i in idents {
                    write!(f, ".{i}")?;
                }
                Ok(())
            }
            Arg::Chain { node, idents, .. } => {
                if let Arg::Pipe(p) = node.as_ref() {
                    write!(f, "({p})")?;
                } else {
                    write!(f, "{node}")?;
                }
                for i in idents {
                    write!(f, ".{i}")?;
                }
                Ok(())
            }
            Arg::Ident { name, .. } => f.write_str(name),
            Arg::Dot(_) => f.write_str("."),
            Arg::Nil(_) => f.write_str("nil"),
            Arg::Bool(_, b) => write!(f, "{b}"),
            Arg::Number { text, .. } => f.write_str(text),
            Arg::Str { raw, .. } => f.write_str(raw),
            Arg::Pipe(p) => write!(f, "({p})"),
        }
    }
}

impl fmt::Display for Cmd {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, a) in self.args.iter().enumerate() {
            if i > 0 {
                f.write_str(" ")?;
            }
            write!(f, "{a}")?;
        }
        Ok(())
    }
}

impl fmt::Display for Pipe {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if !self.decl.is_empty() {
            f.write_str(&self.decl.join(", "))?;
            f.write_str(if self.is_assign { " = " } else { " := " })?;
        }
        for (i, c) in self.cmds.iter().enumerate() {
            if i > 0 {
                f.write_str(" | ")?;
            }
            write!(f, "{c}")?;
        }
        Ok(())
    }
}

/// One parsed template: a file's body or a `define`.
#[derive(Debug)]
pub struct Tmpl {
    pub name: String,
    /// The file it was parsed from (Go's ParseName), for error locations.
    pub parse_name: Rc<str>,
    pub src: Rc<str>,
    /// shared by every file with the same text (a library chart vendored
    /// by several subcharts is parsed once)
    pub root: Rc<Vec<Node>>,
}

impl Tmpl {
    /// `name:line:col` of a byte position, as Go's ErrorContext.
    pub fn text(&self, start: usize, end: usize) -> &str {
        &self.src[start..end]
    }

    pub fn location(&self, pos: usize) -> String {
        let pos = pos.min(self.src.len());
        let text = &self.src[..pos];
        let (line, col) = match text.rfind('\n') {
            Some(nl) => (1 + text.matches('\n').count(), pos - nl - 1),
            None => (1, pos),
        };
        format!("{}:{}:{}", self.parse_name, line, col)
    }
}

#[derive(Debug, thiserror::Error)]
#[error("template: {name}:{line}: {msg}")]
pub struct ParseError {
    pub name: String,
    pub line: usize,
    pub msg: String,
}

fn line_of(src: &str, pos: usize) -> usize {
    1 + src[..pos.min(src.len())].matches('\n').count()
}

/// A file parsed once: its body and its `define`s, without names of the
/// file (see [`Parsed::instantiate`]).
#[derive(Debug)]
pub struct Parsed {
    pub src: Rc<str>,
    pub root: Rc<Vec<Node>>,
    pub defs: Vec<(String, Rc<Vec<Node>>)>,
    /// an action names `Files` (see `lex::lex_into`)
    pub uses_files: bool,
}

impl Parsed {
    /// The file's template named `name` and the templates it defines.
    pub fn instantiate(&self, name: &str) -> (Tmpl, Vec<Tmpl>) {
        let parse_name: Rc<str> = Rc::from(name);
        let defs = self
            .defs
            .iter()
            .map(|(n, root)| Tmpl {
                name: n.clone(),
                parse_name: parse_name.clone(),
                src: self.src.clone(),
                root: root.clone(),
            })
            .collect();
        (Tmpl { name: name.to_string(), parse_name, src: self.src.clone(), root: self.root.clone() }, defs)
    }
}

/// Parse `src` (named `name`); returns the file's template and the
/// templates it defines.
pub fn parse(name: &str, src: &str) -> Result<(Tmpl, Vec<Tmpl>), ParseError> {
    Ok(parse_shared(name, Rc::from(src))?.instantiate(name))
}

/// Parse `src`; `name` is used in errors only.
pub fn parse_shared(name: &str, src: Rc<str>) -> Result<Parsed, ParseError> {
    parse_shared_in(name, src, &mut Scratch::default())
}

/// What parsing many files shares: the lexer's token buffer (so each file
/// does not take fresh memory for its tokens) and the names and strings
/// seen so far (field names, function names, variables and string
/// literals repeat across a chart's files: one shared copy of each).
#[derive(Default, Debug)]
pub struct Scratch {
    toks: Vec<Token>,
    names: crate::model::fasthash::FastMap<Box<str>, Rc<str>>,
    /// string literals by their source text: (text, value), both interned
    strs: crate::model::fasthash::FastMap<Box<str>, (Rc<str>, Rc<str>)>,
    stacks: Stacks,
}

/// Nodes, commands and arguments being parsed: each list is built on top
/// of its stack and moved out into a vector of exactly its length (no
/// growth, no spare capacity kept in the tree).
#[derive(Default, Debug)]
struct Stacks {
    nodes: Vec<Node>,
    cmds: Vec<Cmd>,
    args: Vec<Arg>,
}

impl Scratch {
    pub fn clear_names(&mut self) {
        self.names = Default::default();
        self.strs = Default::default();
    }
}

fn intern(names: &mut crate::model::fasthash::FastMap<Box<str>, Rc<str>>, s: &str) -> Rc<str> {
    if let Some(r) = names.get(s) {
        return r.clone();
    }
    let r: Rc<str> = Rc::from(s);
    names.insert(Box::from(s), r.clone());
    r
}

/// [`parse_shared`] with buffers shared across files.
pub fn parse_shared_in(name: &str, src: Rc<str>, scratch: &mut Scratch) -> Result<Parsed, ParseError> {
    let Scratch { toks, names, strs, stacks } = scratch;
    stacks.nodes.clear();
    stacks.cmds.clear();
    stacks.args.clear();
    let uses_files = lex_into(&src, toks).map_err(|e| ParseError {
        name: name.to_string(),
        line: line_of(&src, e.pos),
        msg: e.msg,
    })?;
    let mut p = Parser {
        toks,
        names,
        strs,
        st: stacks,
        i: 0,
        name,
        src: &src,
        vars: vec!["$"],
        range_depth: 0,
        defs: Vec::new(),
    };
    let root = p.parse_top()?;
    let defs = std::mem::take(&mut p.defs);
    Ok(Parsed { src: src.clone(), root: Rc::new(root), defs, uses_files })
}

struct Parser<'a> {
    toks: &'a [Token],
    names: &'a mut crate::model::fasthash::FastMap<Box<str>, Rc<str>>,
    strs: &'a mut crate::model::fasthash::FastMap<Box<str>, (Rc<str>, Rc<str>)>,
    st: &'a mut Stacks,
    i: usize,
    name: &'a str,
    src: &'a str,
    vars: Vec<&'a str>,
    range_depth: usize,
    defs: Vec<(String, Rc<Vec<Node>>)>,
}

enum End {
    End,
    Else(usize),
}

impl<'a> Parser<'a> {
    fn intern(&mut self, s: &str) -> Rc<str> {
        intern(self.names, s)
    }

    fn err<T>(&self, pos: usize, msg: impl Into<String>) -> Result<T, ParseError> {
        Err(ParseError { name: self.name.to_string(), line: line_of(self.src, pos), msg: msg.into() })
    }

    fn peek(&self) -> Token {
        self.toks[self.i.min(self.toks.len() - 1)]
    }
    fn next(&mut self) -> Token {
        let t = self.toks[self.i.min(self.toks.len() - 1)];
        if self.i < self.toks.len() {
            self.i += 1;
        }
        t
    }
    fn skip_space(&mut self) {
        while matches!(self.peek().tok, Tok::Space) {
            self.i += 1;
        }
    }
    fn next_non_space(&mut self) -> Token {
        self.skip_space();
        self.next()
    }
    fn peek_non_space(&mut self) -> Token {
        self.skip_space();
        self.peek()
    }

    fn describe(&self, t: &Token) -> String {
        let src = self.src;
        match t.tok {
            Tok::Text | Tok::Ident | Tok::Variable | Tok::Number => format!("{:?}", t.text(src)),
            Tok::Field => format!("{:?}", t.field_name(src)),
            Tok::RightDelim => "\"}}\"".into(),
            Tok::LeftDelim => "\"{{\"".into(),
            Tok::Eof => "EOF".into(),
            Tok::Keyword(k) => format!("<{}>", k.name()),
            Tok::Str | Tok::RawStr => t.text(src).to_string(),
            Tok::RParen => "\")\"".into(),
            Tok::LParen => "\"(\"".into(),
            Tok::Char(c) => format!("Char {{ raw: {:?}, val: {c:?} }}", t.text(src)),
            other => format!("{other:?}"),
        }
    }

    fn parse_top(&mut self) -> Result<Vec<Node>, ParseError> {
        let base = self.st.nodes.len();
        loop {
            let t = self.peek();
            match t.tok {
                Tok::Eof => return Ok(self.st.nodes.drain(base..).collect()),
                Tok::LeftDelim => {
                    // define?
                    let save = self.i;
                    self.i += 1;
                    let n = self.peek_non_space();
                    if n.tok == Tok::Keyword(Kw::DEFINE) {
                        self.i += 1;
                        self.parse_define(t.pos)?;
                        continue;
                    }
                    self.i = save;
                    match self.text_or_action()? {
                        Some(node) => self.st.nodes.push(node),
                        None => {
                            return self.err(t.pos, "unexpected {{end}}".to_string());
                        }
                    }
                }
                _ => {
                    if let Some(node) = self.text_or_action()? {
                        self.st.nodes.push(node);
                    }
                }
            }
        }
    }

    fn parse_define(&mut self, pos: usize) -> Result<(), ParseError> {
        let name_tok = self.next_non_space();
        let name = match name_tok.tok {
            Tok::Str | Tok::RawStr => name_tok.str_value(self.src),
            _ => return self.err(pos, "define clause: name must be a string"),
        };
        let rd = self.next_non_space();
        if rd.tok != Tok::RightDelim {
            return self.err(rd.pos, format!("unexpected {} in define clause", self.describe(&rd)));
        }
        let saved_vars = std::mem::replace(&mut self.vars, vec!["$"]);
        let (list, end) = self.item_list()?;
        self.vars = saved_vars;
        if let End::Else(p) = end {
            return self.err(p, "unexpected {{else}}");
        }
        self.defs.push((name, Rc::new(list)));
        Ok(())
    }

    /// Items until `{{end}}` or `{{else}}`.
    fn item_list(&mut self) -> Result<(Vec<Node>, End), ParseError> {
        let base = self.st.nodes.len();
        loop {
            let t = self.peek();
            if t.tok == Tok::Eof {
                return self.err(t.pos, "unexpected EOF");
            }
            // detect end / else
            if t.tok == Tok::LeftDelim {
                let save = self.i;
                self.i += 1;
                let n = self.peek_non_space();
                match n.tok {
                    Tok::Keyword(Kw::END) => {
                        self.i += 1;
                        let rd = self.next_non_space();
                        if rd.tok != Tok::RightDelim {
                            return self.err(rd.pos, format!("unexpected {} in end", self.describe(&rd)));
                        }
                        return Ok((self.st.nodes.drain(base..).collect(), End::End));
                    }
                    Tok::Keyword(Kw::ELSE) => {
                        self.i += 1;
                        return Ok((self.st.nodes.drain(base..).collect(), End::Else(n.pos)));
                    }
                    Tok::Keyword(Kw::DEFINE) => {
                        return self.err(n.pos, "unexpected <define> in command");
                    }
                    _ => {
                        self.i = save;
                    }
                }
            }
            if let Some(node) = self.text_or_action()? {
                self.st.nodes.push(node);
            }
        }
    }

    fn text_or_action(&mut self) -> Result<Option<Node>, ParseError> {
        let t = self.next();
        match t.tok {
            Tok::Text => Ok(Some(Node::Text(t.pos, t.end))),
            Tok::LeftDelim => self.action().map(Some),
            _ => self.err(t.pos, format!("unexpected {} in input", self.describe(&t))),
        }
    }

    fn expect_right(&mut self, ctx: &str) -> Result<(), ParseError> {
        let t = self.next_non_space();
        if t.tok != Tok::RightDelim {
            return self.err(t.pos, format!("unexpected {} in {ctx}", self.describe(&t)));
        }
        Ok(())
    }

    fn action(&mut self) -> Result<Node, ParseError> {
        let t = self.peek_non_space();
        if let Tok::Keyword(kw) = t.tok {
            let k = kw.name();
            self.i += 1;
            return match k {
                "if" => self.branch(t.pos, "if").map(|b| Node::If(Box::new(b))),
                "range" => {
                    self.range_depth += 1;
                    let r = self.branch(t.pos, "range");
                    self.range_depth -= 1;
                    r.map(|b| Node::Range(Box::new(b)))
                }
                "with" => self.branch(t.pos, "with").map(|b| Node::With(Box::new(b))),
                "template" | "block" => self.template(t.pos, k),
                "break" | "continue" => {
                    if self.range_depth == 0 {
                        return self.err(t.pos, format!("{{{{{k}}}}} outside {{{{range}}}}"));
                    }
                    self.expect_right(k)?;
                    Ok(if k == "break" { Node::Break(t.pos) } else { Node::Continue(t.pos) })
                }
                "end" => self.err(t.pos, "unexpected {{end}}"),
                "else" => self.err(t.pos, "unexpected {{else}}"),
                _ => self.err(t.pos, format!("unexpected <{k}> in command")),
            };
        }
        let pipe = self.pipeline("command", true)?;
        Ok(Node::Action(Box::new(pipe)))
    }

    fn branch(&mut self, pos: usize, ctx: &'static str) -> Result<Branch, ParseError> {
        let nvars = self.vars.len();
        let pipe = self.pipeline(ctx, ctx == "range" || ctx == "if" || ctx == "with")?;
        let (list, end) = self.item_list()?;
        let mut else_list = None;
        if let End::Else(epos) = end {
            // else if / else with: a nested branch sharing our end
            let n = self.peek_non_space();
            match n.tok {
                Tok::Keyword(kw) if (kw == Kw::IF || kw == Kw::WITH) && kw.name() == ctx => {
                    let k = kw.name();
                    self.i += 1;
                    let inner = self.branch(n.pos, k)?;
                    let inner = Box::new(inner);
                    else_list = Some(vec![if k == "if" { Node::If(inner) } else { Node::With(inner) }]);
                    self.vars.truncate(nvars);
                    return Ok(Branch { pos, pipe, list, else_list });
                }
                _ => {
                    self.expect_right("else")?;
                    let _ = epos;
                    let (el, end2) = self.item_list()?;
                    if let End::Else(p) = end2 {
                        return self.err(p, "expected end; found {{else}}");
                    }
                    else_list = Some(el);
                }
            }
        }
        self.vars.truncate(nvars);
        Ok(Branch { pos, pipe, list, else_list })
    }

    fn template(&mut self, pos: usize, kw: &str) -> Result<Node, ParseError> {
        let t = self.next_non_space();
        let name = match t.tok {
            Tok::Str | Tok::RawStr => t.str_value(self.src),
            _ => return self.err(t.pos, format!("unexpected {} in template clause", self.describe(&t))),
        };
        let pipe = if self.peek_non_space().tok != Tok::RightDelim {
            Some(self.pipeline(kw, false)?)
        } else {
            self.i += 1;
            None
        };
        if kw == "block" {
            let saved_vars = std::mem::replace(&mut self.vars, vec!["$"]);
            let (list, end) = self.item_list()?;
            self.vars = saved_vars;
            if let End::Else(p) = end {
                return self.err(p, "unexpected {{else}}");
            }
            self.defs.push((name.clone(), Rc::new(list)));
        }
        Ok(Node::Template(Box::new(TemplateCall { pos, name, pipe })))
    }

    /// A pipeline up to `}}`, with optional variable declarations.
    fn pipeline(&mut self, ctx: &str, allow_decl: bool) -> Result<Pipe, ParseError> {
        let start = self.peek_non_space().pos;
        let mut pipe = Pipe { pos: start, is_assign: false, decl: Vec::new(), cmds: Box::default() };
        let base = self.st.cmds.len();
        let mut names: Vec<&'a str> = Vec::new();
        // declarations
        if allow_decl {
            let vt = self.peek();
            if vt.tok == Tok::Variable {
                let v = vt.text(self.src);
                let save = self.i;
                self.i += 1;
                let n = self.peek_non_space();
                match n.tok {
                    Tok::Declare | Tok::Assign => {
                        self.i += 1;
                        pipe.is_assign = n.tok == Tok::Assign;
                        if pipe.is_assign && !self.vars.contains(&v) {
                            return self.err(n.pos, format!("undefined variable \"{v}\""));
                        }
                        pipe.decl.push(self.intern(v));
                        names.push(v);
                    }
                    Tok::Comma if ctx == "range" => {
                        self.i += 1;
                        let v2 = self.next_non_space();
                        if v2.tok != Tok::Variable {
                            return self.err(v2.pos, "range can only initialize variables");
                        }
                        let d = self.next_non_space();
                        if d.tok != Tok::Declare && d.tok != Tok::Assign {
                            return self.err(d.pos, "range can only initialize variables");
                        }
                        pipe.is_assign = d.tok == Tok::Assign;
                        pipe.decl.push(self.intern(v));
                        pipe.decl.push(self.intern(v2.text(self.src)));
                        names.push(v);
                        names.push(v2.text(self.src));
                    }
                    _ => self.i = save,
                }
            }
        }
        loop {
            let t = self.peek_non_space();
            match t.tok {
                Tok::RightDelim | Tok::RParen => {
                    if t.tok == Tok::RightDelim {
                        self.i += 1;
                    }
                    if self.st.cmds.len() == base {
                        return self.err(t.pos, format!("missing value for {ctx}"));
                    }
                    if !pipe.is_assign {
                        self.vars.extend(names);
                    }
                    pipe.cmds = self.st.cmds.drain(base..).collect();
                    return Ok(pipe);
                }
                Tok::Eof => return self.err(t.pos, "unclosed action"),
                _ => {
                    let c = self.command()?;
                    self.st.cmds.push(c);
                }
            }
        }
    }

    fn command(&mut self) -> Result<Cmd, ParseError> {
        let pos = self.peek_non_space().pos;
        let base = self.st.args.len();
        loop {
            self.skip_space();
            let op = self.operand()?;
            if let Some(op) = op {
                self.st.args.push(op);
            }
            let t = self.peek();
            match t.tok {
                Tok::Space => continue,
                Tok::RightDelim | Tok::RParen => break,
                Tok::Pipe => {
                    self.i += 1;
                    break;
                }
                _ => return self.err(t.pos, format!("unexpected {} in operand", self.describe(&t))),
            }
        }
        if self.st.args.len() == base {
            return self.err(pos, "empty command");
        }
        Ok(Cmd { pos, args: self.st.args.drain(base..).collect() })
    }

    fn operand(&mut self) -> Result<Option<Arg>, ParseError> {
        if self.peek().tok == Tok::Field {
            // `.a.b.c`: one vector of exactly the chain's names
            let toks = self.toks;
            let (start, pos) = (self.i, toks[self.i].pos);
            let mut end = start;
            while end < toks.len() && toks[end].tok == Tok::Field {
                end += 1;
            }
            let idents = self.field_names(start, end);
            self.i = end;
            return Ok(Some(Arg::Field { pos, idents }));
        }
        let Some(term) = self.term()? else {
            return Ok(None);
        };
        if self.peek().tok == Tok::Field {
            let start = self.i;
            let mut end = start;
            while end < self.toks.len() && self.toks[end].tok == Tok::Field {
                end += 1;
            }
            let idents = self.field_names(start, end);
            self.i = end;
            let pos = term.pos();
            return Ok(Some(match term {
                Arg::Field { pos, idents: a } => {
                    Arg::Field { pos, idents: a.iter().chain(&idents[..]).cloned().collect() }
                }
                Arg::Variable { pos, name, idents: a } => {
                    let idents = if a.is_empty() { idents } else { a.iter().chain(&idents[..]).cloned().collect() };
                    Arg::Variable { pos, name, idents }
                }
                Arg::Bool(..) | Arg::Str { .. } | Arg::Number { .. } | Arg::Nil(_) | Arg::Dot(_) => {
                    return self.err(pos, format!("unexpected . after term {term:?}"));
                }
                other => Arg::Chain { pos, node: Box::new(other), idents },
            }));
        }
        Ok(Some(term))
    }

    /// The names of the field tokens `start..end`, interned.
    fn field_names(&mut self, start: usize, end: usize) -> Box<[Rc<str>]> {
        let toks = self.toks;
        let mut idents = Vec::with_capacity(end - start);
        for t in &toks[start..end] {
            idents.push(self.intern(t.field_name(self.src)));
        }
        idents.into_boxed_slice()
    }

    fn term(&mut self) -> Result<Option<Arg>, ParseError> {
        let t = self.peek();
        let pos = t.pos;
        let a = match t.tok {
            Tok::Ident => {
                let name = t.text(self.src);
                let Some(func) = super::funcs::resolve(name) else {
                    return self.err(pos, format!("function {name:?} not defined"));
                };
                Arg::Ident { pos, name: self.intern(name), func }
            }
            Tok::Dot => Arg::Dot(pos),
            Tok::Nil => Arg::Nil(pos),
            Tok::Variable => {
                let name = t.text(self.src);
                if !self.vars.contains(&name) {
                    return self.err(pos, format!("undefined variable {name:?}"));
                }
                Arg::Variable { pos, name: self.intern(name), idents: Box::default() }
            }
            Tok::Field => Arg::Field { pos, idents: Box::new([self.intern(t.field_name(self.src))]) },
            Tok::Bool(b) => Arg::Bool(pos, b),
            Tok::Char(val) => Arg::Number { pos, text: Rc::from(t.text(self.src)), val: Num::Int(val as i64) },
            Tok::Number => {
                let text = t.text(self.src);
                let val = parse_number(text).ok_or_else(|| ParseError {
                    name: self.name.to_string(),
                    line: line_of(self.src, pos),
                    msg: format!("bad number syntax: {text:?}"),
                })?;
                Arg::Number { pos, text: Rc::from(text), val }
            }
            Tok::LParen => {
                self.i += 1;
                let p = self.pipeline("parenthesized pipeline", false)?;
                let c = self.next();
                if c.tok != Tok::RParen {
                    return self.err(c.pos, "unclosed left paren");
                }
                return Ok(Some(Arg::Pipe(Box::new(p))));
            }
            Tok::Str | Tok::RawStr => {
                let text = t.text(self.src);
                let (raw, val) = match self.strs.get(text) {
                    Some((raw, val)) => (raw.clone(), val.clone()),
                    None => {
                        let raw = self.intern(text);
                        let val = if t.tok == Tok::RawStr || memchr::memchr(b'\\', raw.as_bytes()).is_none() {
                            self.intern(&raw[1..raw.len() - 1])
                        } else {
                            self.intern(&t.str_value(self.src))
                        };
                        self.strs.insert(Box::from(text), (raw.clone(), val.clone()));
                        (raw, val)
                    }
                };
                Arg::Str { pos, raw, val }
            }
            _ => return Ok(None),
        };
        self.i += 1;
        Ok(Some(a))
    }
}

/// Go's number literal rules for untyped constants.
fn parse_number(text: &str) -> Option<Num> {
    let clean: String = text.chars().filter(|&c| c != '_').collect();
    let (neg, body) = match clean.strip_prefix('-') {
        Some(r) => (true, r),
        None => (false, clean.strip_prefix('+').unwrap_or(&clean)),
    };
    let lower = body.to_ascii_lowercase();
    let int = if let Some(h) = lower.strip_prefix("0x") {
        if h.contains('.') || h.contains('p') {
            None
        } else {
            i64::from_str_radix(h, 16).ok()
        }
    } else if let Some(o) = lower.strip_prefix("0o") {
        i64::from_str_radix(o, 8).ok()
    } else if let Some(b) = lower.strip_prefix("0b") {
        i64::from_str_radix(b, 2).ok()
    } else if lower.len() > 1 && lower.starts_with('0') && lower.bytes().all(|c| c.is_ascii_digit()) {
        i64::from_str_radix(&lower[1..], 8).ok()
    } else if lower.bytes().all(|c| c.is_ascii_digit()) {
        lower.parse::<i64>().ok()
    } else {
        None
    };
    if let Some(i) = int {
        return Some(Num::Int(if neg { -i } else { i }));
    }
    if let Some(h) = lower.strip_prefix("0x") {
        // hexadecimal float: mantissa p exponent (0x1p60, 0x1.8p1)
        let (mant, exp) = h.split_once('p')?;
        let exp: i32 = exp.parse().ok()?;
        let (ip, fp) = mant.split_once('.').unwrap_or((mant, ""));
        let digits = format!("{ip}{fp}");
        let m = u64::from_str_radix(&digits, 16).ok()? as f64;
        let f = m * 2f64.powi(exp - 4 * fp.len() as i32);
        return Some(Num::Float(if neg { -f } else { f }));
    }
    let f: f64 = lower.parse().ok()?;
    if !lower.contains(['.', 'e']) {
        // integer overflow: Go makes it a float constant only if it has a
        // float form; an oversized integer literal is an error.
        return None;
    }
    Some(Num::Float(if neg { -f } else { f }))
}
