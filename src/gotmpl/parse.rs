//! Parser for Go's text/template: builds the node tree of one file and the
//! templates it defines (`define`, `block`).
use std::rc::Rc;
use std::sync::Arc;

use super::funcs::FuncId;
use super::lex::{lex_into, Kw, Tok, Token};

/// A span of a template's source (byte offsets).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Span {
    pub start: u32,
    pub end: u32,
}

/// A list in one of a [`Tree`]'s arenas: `len` items from `start`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct List {
    pub start: u32,
    pub len: u32,
}

impl List {
    fn range(self) -> std::ops::Range<usize> {
        self.start as usize..self.start as usize + self.len as usize
    }
    pub fn is_empty(self) -> bool {
        self.len == 0
    }
}

/// A node of a template's body. Everything a node holds lives in its
/// file's [`Tree`] (indices, not boxes: a file's tree is a few arrays,
/// allocated once each, instead of thousands of small allocations).
#[derive(Debug, Clone, Copy)]
pub enum Node {
    /// Text: a span of the source.
    Text(Span),
    /// An action: index in `Tree::pipes`.
    Action(u32),
    /// `if`, `range`, `with`: index in `Tree::branches`.
    If(u32),
    Range(u32),
    With(u32),
    /// `{{template}}` (and the call of a `block`): index in `Tree::calls`.
    Template(u32),
    Break(u32),
    Continue(u32),
}

/// `{{template "name" pipeline}}` (and the call of a `block`).
#[derive(Debug, Clone)]
pub struct TemplateCall {
    pub pos: u32,
    pub name: Rc<str>,
    /// index in `Tree::pipes`
    pub pipe: Option<u32>,
}

#[derive(Debug, Clone, Copy)]
pub struct Branch {
    pub pos: u32,
    /// index in `Tree::pipes`
    pub pipe: u32,
    pub list: List,
    pub else_list: Option<List>,
}

/// A declared variable: its name and its number in the file (`$` is 0).
#[derive(Debug, Clone, Copy)]
pub struct Decl {
    pub name: Span,
    pub id: u32,
}

#[derive(Debug, Clone, Copy)]
pub struct Pipe {
    pub pos: u32,
    pub is_assign: bool,
    /// in `Tree::decls`
    pub decl: List,
    /// in `Tree::cmds`
    pub cmds: List,
}

#[derive(Debug, Clone, Copy)]
pub struct Cmd {
    pub pos: u32,
    /// in `Tree::args`
    pub args: List,
}

#[derive(Debug, Clone, Copy)]
pub enum Num {
    Int(i64),
    Float(f64),
}

/// An argument. Names are spans of the source; `idents` are lists of
/// field names in `Tree::idents`. Plain data (`Copy`): lists of arguments
/// move from the parser's stacks to the file's arena as one copy. Kept at
/// 20 bytes (a test pins it): a chart's parse trees stay in memory while
/// it renders, and arguments are most of them. Positions are where the
/// argument's text starts.
#[derive(Debug, Clone, Copy)]
pub enum Arg {
    Field {
        pos: u32,
        idents: List,
    },
    /// `id`: the variable's number in its file (see [`Decl`]); the name is
    /// the source's `$name` at `pos` ([`Tree::var_name`])
    Variable {
        pos: u32,
        id: u32,
        idents: List,
    },
    /// `node`: index in `Tree::args`
    Chain {
        pos: u32,
        node: u32,
        idents: List,
    },
    Ident {
        name: Span,
        func: FuncId,
    },
    Dot(u32),
    Nil(u32),
    Bool(u32, bool),
    /// `val`: index in `Tree::nums`
    Number {
        text: Span,
        val: u32,
    },
    /// `val`: index in `Tree::strs` (the literal's value)
    Str {
        raw: Span,
        val: u32,
    },
    /// `pipe`: index in `Tree::pipes`
    Pipe {
        pos: u32,
        pipe: u32,
    },
}

impl Arg {
    pub fn pos(&self) -> u32 {
        match self {
            Arg::Field { pos, .. }
            | Arg::Variable { pos, .. }
            | Arg::Chain { pos, .. }
            | Arg::Dot(pos)
            | Arg::Nil(pos)
            | Arg::Bool(pos, _)
            | Arg::Pipe { pos, .. } => *pos,
            Arg::Ident { name: s, .. } | Arg::Number { text: s, .. } | Arg::Str { raw: s, .. } => s.start,
        }
    }
}

/// The parsed form of one file: its text and the arenas its nodes live
/// in, shared by the file's body and its `define`s.
#[derive(Debug, Default)]
pub struct Tree {
    /// the file's text, shared with the caller (no copy; `Arc`: the chart
    /// model hands texts over as `Arc<str>`)
    pub src: Arc<str>,
    nodes: Box<[Node]>,
    branches: Box<[Branch]>,
    pipes: Box<[Pipe]>,
    cmds: Box<[Cmd]>,
    args: Box<[Arg]>,
    idents: Box<[Span]>,
    decls: Box<[Decl]>,
    calls: Box<[TemplateCall]>,
    /// values of string literals (`Arg::Str::val`)
    strs: Box<[Rc<str>]>,
    /// values of number literals (`Arg::Number::val`)
    nums: Box<[Num]>,
}

impl Tree {
    pub fn text(&self, s: Span) -> &str {
        &self.src[s.start as usize..s.end as usize]
    }
    pub fn nodes(&self, l: List) -> &[Node] {
        &self.nodes[l.range()]
    }
    pub fn cmds(&self, l: List) -> &[Cmd] {
        &self.cmds[l.range()]
    }
    pub fn args(&self, l: List) -> &[Arg] {
        &self.args[l.range()]
    }
    pub fn idents(&self, l: List) -> &[Span] {
        &self.idents[l.range()]
    }
    pub fn decls(&self, l: List) -> &[Decl] {
        &self.decls[l.range()]
    }
    /// The value of a string literal (`Arg::Str::val`).
    pub fn str_val(&self, i: u32) -> &Rc<str> {
        &self.strs[i as usize]
    }
    /// The value of a number literal (`Arg::Number::val`).
    pub fn num_val(&self, i: u32) -> Num {
        self.nums.get(i as usize).copied().unwrap_or(Num::Int(0))
    }
    /// The name of the variable at `pos` (`Arg::Variable`): `$` and the
    /// letters, digits and `_` after it, as the lexer took them.
    pub fn var_name(&self, pos: u32) -> &str {
        let pos = (pos as usize).min(self.src.len());
        let end = super::lex::name_end(&self.src, pos + 1).min(self.src.len());
        self.src.get(pos..end).unwrap_or("$")
    }
    pub fn arg(&self, i: u32) -> &Arg {
        &self.args[i as usize]
    }
    pub fn pipe(&self, i: u32) -> &Pipe {
        &self.pipes[i as usize]
    }
    pub fn branch(&self, i: u32) -> &Branch {
        &self.branches[i as usize]
    }
    pub fn call(&self, i: u32) -> &TemplateCall {
        &self.calls[i as usize]
    }

    /// An argument as Go prints a node (for error messages).
    pub fn arg_str(&self, a: &Arg) -> String {
        let mut s = String::new();
        self.write_arg(a, &mut s);
        s
    }
    pub fn cmd_str(&self, c: &Cmd) -> String {
        let mut s = String::new();
        self.write_cmd(c, &mut s);
        s
    }
    pub fn pipe_str(&self, p: &Pipe) -> String {
        let mut s = String::new();
        self.write_pipe(p, &mut s);
        s
    }

    fn write_idents(&self, l: List, out: &mut String) {
        for i in self.idents(l) {
            out.push('.');
            out.push_str(self.text(*i));
        }
    }

    fn write_arg(&self, a: &Arg, out: &mut String) {
        match a {
            Arg::Field { idents, .. } => self.write_idents(*idents, out),
            Arg::Variable { pos, idents, .. } => {
                out.push_str(self.var_name(*pos));
                self.write_idents(*idents, out);
            }
            Arg::Chain { node, idents, .. } => {
                let node = self.arg(*node);
                if let Arg::Pipe { pipe, .. } = node {
                    out.push('(');
                    self.write_pipe(self.pipe(*pipe), out);
                    out.push(')');
                } else {
                    self.write_arg(node, out);
                }
                self.write_idents(*idents, out);
            }
            Arg::Ident { name, .. } => out.push_str(self.text(*name)),
            Arg::Dot(_) => out.push('.'),
            Arg::Nil(_) => out.push_str("nil"),
            Arg::Bool(_, b) => out.push_str(if *b { "true" } else { "false" }),
            Arg::Number { text, .. } => out.push_str(self.text(*text)),
            Arg::Str { raw, .. } => out.push_str(self.text(*raw)),
            Arg::Pipe { pipe, .. } => {
                out.push('(');
                self.write_pipe(self.pipe(*pipe), out);
                out.push(')');
            }
        }
    }

    fn write_cmd(&self, c: &Cmd, out: &mut String) {
        for (i, a) in self.args(c.args).iter().enumerate() {
            if i > 0 {
                out.push(' ');
            }
            self.write_arg(a, out);
        }
    }

    fn write_pipe(&self, p: &Pipe, out: &mut String) {
        let decls = self.decls(p.decl);
        if !decls.is_empty() {
            for (i, d) in decls.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                out.push_str(self.text(d.name));
            }
            out.push_str(if p.is_assign { " = " } else { " := " });
        }
        for (i, c) in self.cmds(p.cmds).iter().enumerate() {
            if i > 0 {
                out.push_str(" | ");
            }
            self.write_cmd(c, out);
        }
    }
}

/// One parsed template: a file's body or a `define`.
#[derive(Debug)]
pub struct Tmpl {
    /// shared with the set's map of templates and the file's other copies
    pub name: Rc<str>,
    /// The file it was parsed from (Go's ParseName), for error locations.
    pub parse_name: Rc<str>,
    /// shared by every file with the same text (a library chart vendored
    /// by several subcharts is parsed once) and by the file's `define`s
    pub tree: Rc<Tree>,
    pub root: List,
}

impl Tmpl {
    pub fn src(&self) -> &str {
        &self.tree.src
    }

    /// The template's top-level nodes.
    pub fn root(&self) -> &[Node] {
        self.tree.nodes(self.root)
    }

    /// `name:line:col` of a byte position, as Go's ErrorContext.
    pub fn location(&self, pos: u32) -> String {
        let src = self.src();
        let pos = (pos as usize).min(src.len());
        let text = &src[..pos];
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
    pub tree: Rc<Tree>,
    pub root: List,
    pub defs: Vec<(Rc<str>, List)>,
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
                tree: self.tree.clone(),
                root: *root,
            })
            .collect();
        (Tmpl { name: parse_name.clone(), parse_name, tree: self.tree.clone(), root: self.root }, defs)
    }
}

/// Parse `src` (named `name`); returns the file's template and the
/// templates it defines.
pub fn parse(name: &str, src: &str) -> Result<(Tmpl, Vec<Tmpl>), ParseError> {
    Ok(parse_shared(name, Arc::from(src))?.instantiate(name))
}

/// Parse `src`; `name` is used in errors only.
pub fn parse_shared(name: &str, src: Arc<str>) -> Result<Parsed, ParseError> {
    parse_shared_in(name, src, &mut Scratch::default())
}

/// What parsing many files shares: the lexer's token buffer, the stacks
/// and arenas the parser fills (each file's tree is copied out of them at
/// exactly its size: a chart's files do not each take fresh memory for
/// growing vectors) and the values of string literals seen so far (one
/// shared copy of each).
#[derive(Default, Debug)]
pub struct Scratch {
    toks: Vec<Token>,
    /// string literals by their source text: their values
    strs: super::FastMap<Box<str>, Lit>,
    /// the file being parsed (its number), for `Lit::file`
    file: u32,
    st: Stacks,
}

/// A string literal's value, and its index in the table of the file that
/// last used it (a file keeps each distinct literal once).
#[derive(Debug)]
struct Lit {
    val: Rc<str>,
    file: u32,
    idx: u32,
}

/// Lists being parsed are built on top of their stack (`nodes`, `cmds`,
/// `args`) and moved into the file's arena when complete, so each list
/// is contiguous in its arena.
#[derive(Default, Debug)]
struct Stacks {
    nodes: Vec<Node>,
    cmds: Vec<Cmd>,
    args: Vec<Arg>,
    a_nodes: Vec<Node>,
    a_cmds: Vec<Cmd>,
    a_args: Vec<Arg>,
    branches: Vec<Branch>,
    pipes: Vec<Pipe>,
    idents: Vec<Span>,
    decls: Vec<Decl>,
    calls: Vec<TemplateCall>,
    strs: Vec<Rc<str>>,
    nums: Vec<Num>,
}

impl Stacks {
    fn clear(&mut self) {
        self.nodes.clear();
        self.cmds.clear();
        self.args.clear();
        self.a_nodes.clear();
        self.a_cmds.clear();
        self.a_args.clear();
        self.branches.clear();
        self.pipes.clear();
        self.idents.clear();
        self.decls.clear();
        self.calls.clear();
        self.strs.clear();
        self.nums.clear();
    }
}

impl Scratch {
    pub fn clear_names(&mut self) {
        self.strs = Default::default();
    }
}

fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// [`parse_shared`] with buffers shared across files.
pub fn parse_shared_in(name: &str, src: Arc<str>, scratch: &mut Scratch) -> Result<Parsed, ParseError> {
    if src.len() >= u32::MAX as usize {
        return Err(ParseError { name: name.to_string(), line: 1, msg: "template too large".into() });
    }
    let Scratch { toks, strs, file, st } = scratch;
    st.clear();
    // a new number for this file (0 is no file's: a wrap forgets all)
    *file = file.wrapping_add(1);
    if *file == 0 {
        strs.clear();
        *file = 1;
    }
    let file = *file;
    let uses_files = lex_into(&src, toks).map_err(|e| ParseError {
        name: name.to_string(),
        line: line_of(&src, e.pos),
        msg: e.msg,
    })?;
    let mut p = Parser {
        toks,
        strs,
        file,
        st,
        i: 0,
        name,
        src: &src,
        vars: vec!["$"],
        var_ids: vec!["$"],
        range_depth: 0,
        defs: Vec::new(),
    };
    let r = p.parse_top();
    let defs = std::mem::take(&mut p.defs);
    // on an error, the stacks keep what was pushed: cleared by the next parse
    let root = r.map_err(|e| *e)?;
    let tree = Tree {
        src: src.clone(),
        nodes: Box::from(&st.a_nodes[..]),
        branches: Box::from(&st.branches[..]),
        pipes: Box::from(&st.pipes[..]),
        cmds: Box::from(&st.a_cmds[..]),
        args: Box::from(&st.a_args[..]),
        idents: Box::from(&st.idents[..]),
        decls: Box::from(&st.decls[..]),
        calls: st.calls.drain(..).collect(),
        strs: st.strs.drain(..).collect(),
        nums: Box::from(&st.nums[..]),
    };
    Ok(Parsed { tree: Rc::new(tree), root, defs, uses_files })
}

/// The parser's results: errors boxed, so that results (returned by
/// every step) stay small.
type PResult<T> = Result<T, Box<ParseError>>;

struct Parser<'a> {
    toks: &'a [Token],
    strs: &'a mut super::FastMap<Box<str>, Lit>,
    file: u32,
    st: &'a mut Stacks,
    i: usize,
    name: &'a str,
    src: &'a str,
    /// variables in scope
    vars: Vec<&'a str>,
    /// variable names by number (`$` is 0)
    var_ids: Vec<&'a str>,
    range_depth: usize,
    defs: Vec<(Rc<str>, List)>,
}

enum End {
    End,
    Else(u32),
}

fn span(start: u32, end: u32) -> Span {
    Span { start, end }
}

impl<'a> Parser<'a> {
    fn err<T>(&self, pos: u32, msg: impl Into<String>) -> PResult<T> {
        Err(Box::new(ParseError {
            name: self.name.to_string(),
            line: line_of(self.src, pos as usize),
            msg: msg.into(),
        }))
    }

    fn var_id(&mut self, name: &'a str) -> u32 {
        match self.var_ids.iter().position(|v| *v == name) {
            Some(i) => i as u32,
            None => {
                self.var_ids.push(name);
                to_u32(self.var_ids.len() - 1)
            }
        }
    }

    fn finish_nodes(&mut self, base: usize) -> List {
        let st = &mut *self.st;
        move_list(&mut st.nodes, base, &mut st.a_nodes)
    }

    fn finish_cmds(&mut self, base: usize) -> List {
        let st = &mut *self.st;
        move_list(&mut st.cmds, base, &mut st.a_cmds)
    }

    fn finish_args(&mut self, base: usize) -> List {
        let st = &mut *self.st;
        move_list(&mut st.args, base, &mut st.a_args)
    }

    fn add_pipe(&mut self, p: Pipe) -> u32 {
        self.st.pipes.push(p);
        to_u32(self.st.pipes.len() - 1)
    }

    fn add_num(&mut self, n: Num) -> u32 {
        self.st.nums.push(n);
        to_u32(self.st.nums.len() - 1)
    }

    fn add_branch(&mut self, b: Branch) -> u32 {
        self.st.branches.push(b);
        to_u32(self.st.branches.len() - 1)
    }

    // The tokens end with `Eof` (the lexer's last), and the parser never
    // steps past it: `next` stays on it, and every other step forward is
    // over a token seen not to be `Eof`. So `i` is always a token's index.
    #[inline]
    fn peek(&self) -> Token {
        match self.toks.get(self.i) {
            Some(t) => *t,
            None => self.eof(),
        }
    }
    #[inline]
    fn next(&mut self) -> Token {
        let t = self.peek();
        if !matches!(t.tok, Tok::Eof) {
            self.i += 1;
        }
        t
    }
    /// The last token (`Eof`); not reached while the invariant above holds.
    #[cold]
    fn eof(&self) -> Token {
        self.toks.last().copied().unwrap_or(Token { tok: Tok::Eof, sp: false, pos: 0, end: 0 })
    }

    /// A token as Go's parser names it in errors (`item.String`): keywords,
    /// `.` and `nil` in angle brackets, other tokens as their quoted source
    /// text (a field with its dot), cut to 10 characters and `...` when
    /// longer than 10 bytes.
    fn describe(&self, t: &Token) -> String {
        match t.tok {
            Tok::Eof => "EOF".into(),
            Tok::Keyword(k) => format!("<{}>", k.name()),
            Tok::Dot => "<.>".into(),
            Tok::Nil => "<nil>".into(),
            // the span of `-}}` includes the trim marker
            Tok::RightDelim => "\"}}\"".into(),
            _ => quote_item(t.text(self.src)),
        }
    }

    fn parse_top(&mut self) -> PResult<List> {
        let base = self.st.nodes.len();
        loop {
            let t = self.peek();
            match t.tok {
                Tok::Eof => return Ok(self.finish_nodes(base)),
                Tok::LeftDelim => {
                    // define?
                    let save = self.i;
                    self.i += 1;
                    let n = self.peek();
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

    fn parse_define(&mut self, pos: u32) -> PResult<()> {
        let name_tok = self.next();
        let name = match name_tok.tok {
            Tok::Str | Tok::RawStr => name_tok.str_value(self.src),
            _ => return self.err(pos, "define clause: name must be a string"),
        };
        let rd = self.next();
        if rd.tok != Tok::RightDelim {
            return self.err(rd.pos, format!("unexpected {} in define clause", self.describe(&rd)));
        }
        let saved_vars = std::mem::replace(&mut self.vars, vec!["$"]);
        let (list, end) = self.item_list()?;
        self.vars = saved_vars;
        if let End::Else(p) = end {
            return self.err(p, "unexpected {{else}}");
        }
        self.defs.push((Rc::from(name), list));
        Ok(())
    }

    /// Items until `{{end}}` or `{{else}}`.
    fn item_list(&mut self) -> PResult<(List, End)> {
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
                let n = self.peek();
                match n.tok {
                    Tok::Keyword(Kw::END) => {
                        self.i += 1;
                        let rd = self.next();
                        if rd.tok != Tok::RightDelim {
                            return self.err(rd.pos, format!("unexpected {} in end", self.describe(&rd)));
                        }
                        return Ok((self.finish_nodes(base), End::End));
                    }
                    Tok::Keyword(Kw::ELSE) => {
                        self.i += 1;
                        return Ok((self.finish_nodes(base), End::Else(n.pos)));
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

    fn text_or_action(&mut self) -> PResult<Option<Node>> {
        let t = self.next();
        match t.tok {
            Tok::Text => Ok(Some(Node::Text(span(t.pos, t.end)))),
            Tok::LeftDelim => self.action().map(Some),
            _ => self.err(t.pos, format!("unexpected {} in input", self.describe(&t))),
        }
    }

    fn expect_right(&mut self, ctx: &str) -> PResult<()> {
        let t = self.next();
        if t.tok != Tok::RightDelim {
            return self.err(t.pos, format!("unexpected {} in {ctx}", self.describe(&t)));
        }
        Ok(())
    }

    fn action(&mut self) -> PResult<Node> {
        let t = self.peek();
        if let Tok::Keyword(kw) = t.tok {
            let k = kw.name();
            self.i += 1;
            return match kw {
                Kw::IF => self.branch(t.pos, "if").map(|b| Node::If(self.add_branch(b))),
                Kw::RANGE => {
                    self.range_depth += 1;
                    let r = self.branch(t.pos, "range");
                    self.range_depth -= 1;
                    r.map(|b| Node::Range(self.add_branch(b)))
                }
                Kw::WITH => self.branch(t.pos, "with").map(|b| Node::With(self.add_branch(b))),
                Kw::TEMPLATE | Kw::BLOCK => self.template(t.pos, k),
                Kw::BREAK | Kw::CONTINUE => {
                    if self.range_depth == 0 {
                        return self.err(t.pos, format!("{{{{{k}}}}} outside {{{{range}}}}"));
                    }
                    // Go: unexpected "x" in {{break}}
                    self.expect_right(&format!("{{{{{k}}}}}"))?;
                    let pos = t.pos;
                    Ok(if kw == Kw::BREAK { Node::Break(pos) } else { Node::Continue(pos) })
                }
                Kw::END => self.err(t.pos, "unexpected {{end}}"),
                Kw::ELSE => self.err(t.pos, "unexpected {{else}}"),
                _ => self.err(t.pos, format!("unexpected <{k}> in command")),
            };
        }
        let pipe = self.pipeline("command", true)?;
        Ok(Node::Action(self.add_pipe(pipe)))
    }

    fn branch(&mut self, pos: u32, ctx: &'static str) -> PResult<Branch> {
        let nvars = self.vars.len();
        let pipe = self.pipeline(ctx, ctx == "range" || ctx == "if" || ctx == "with")?;
        let pipe = self.add_pipe(pipe);
        let (list, end) = self.item_list()?;
        let mut else_list = None;
        if let End::Else(_) = end {
            // else if / else with: a nested branch sharing our end
            let n = self.peek();
            match n.tok {
                Tok::Keyword(kw) if (kw == Kw::IF || kw == Kw::WITH) && kw.name() == ctx => {
                    let k = kw.name();
                    self.i += 1;
                    let inner = self.branch(n.pos, k)?;
                    let inner = self.add_branch(inner);
                    let node = if k == "if" { Node::If(inner) } else { Node::With(inner) };
                    let start = to_u32(self.st.a_nodes.len());
                    self.st.a_nodes.push(node);
                    else_list = Some(List { start, len: 1 });
                    self.vars.truncate(nvars);
                    return Ok(Branch { pos, pipe, list, else_list });
                }
                // `else if` in a `with` or `range` (`else with` in an `if`
                // or `range`): Go takes the `else` alone and then finds the
                // keyword where text or an action should start
                Tok::Keyword(kw) if kw == Kw::IF || kw == Kw::WITH => {
                    return self.err(n.pos, format!("unexpected <{}> in input", kw.name()));
                }
                _ => {
                    self.expect_right("else")?;
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

    fn template(&mut self, pos: u32, kw: &str) -> PResult<Node> {
        let t = self.next();
        let name = match t.tok {
            Tok::Str | Tok::RawStr => Rc::<str>::from(t.str_value(self.src)),
            _ => return self.err(t.pos, format!("unexpected {} in template clause", self.describe(&t))),
        };
        let pipe = if self.peek().tok != Tok::RightDelim {
            let p = self.pipeline(kw, false)?;
            Some(self.add_pipe(p))
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
            self.defs.push((name.clone(), list));
        }
        self.st.calls.push(TemplateCall { pos, name, pipe });
        Ok(Node::Template(to_u32(self.st.calls.len() - 1)))
    }

    /// A pipeline up to `}}` (or `)`), with optional variable declarations.
    fn pipeline(&mut self, ctx: &str, allow_decl: bool) -> PResult<Pipe> {
        let start = self.peek().pos;
        let mut pipe = Pipe { pos: start, is_assign: false, decl: List::default(), cmds: List::default() };
        let base = self.st.cmds.len();
        let dbase = self.st.decls.len();
        let mut names: [&'a str; 2] = [""; 2];
        let mut nnames = 0;
        // declarations
        if allow_decl {
            let vt = self.peek();
            if vt.tok == Tok::Variable {
                let v: &'a str = vt.text(self.src);
                let save = self.i;
                self.i += 1;
                let n = self.peek();
                match n.tok {
                    Tok::Declare | Tok::Assign => {
                        self.i += 1;
                        pipe.is_assign = n.tok == Tok::Assign;
                        if pipe.is_assign && !self.vars.contains(&v) {
                            return self.err(n.pos, format!("undefined variable \"{v}\""));
                        }
                        let id = self.var_id(v);
                        self.st.decls.push(Decl { name: span(vt.pos, vt.end), id });
                        names[0] = v;
                        nnames = 1;
                    }
                    Tok::Comma if ctx == "range" => {
                        self.i += 1;
                        let v2 = self.next();
                        if v2.tok != Tok::Variable {
                            return self.err(v2.pos, "range can only initialize variables");
                        }
                        let d = self.next();
                        if d.tok != Tok::Declare && d.tok != Tok::Assign {
                            return self.err(d.pos, "range can only initialize variables");
                        }
                        pipe.is_assign = d.tok == Tok::Assign;
                        let v2s: &'a str = v2.text(self.src);
                        let id = self.var_id(v);
                        self.st.decls.push(Decl { name: span(vt.pos, vt.end), id });
                        let id2 = self.var_id(v2s);
                        self.st.decls.push(Decl { name: span(v2.pos, v2.end), id: id2 });
                        names = [v, v2s];
                        nnames = 2;
                    }
                    _ => self.i = save,
                }
            }
        }
        pipe.decl = List { start: to_u32(dbase), len: to_u32(self.st.decls.len() - dbase) };
        loop {
            let t = self.peek();
            match t.tok {
                Tok::RightDelim | Tok::RParen => {
                    if t.tok == Tok::RightDelim {
                        self.i += 1;
                    }
                    if self.st.cmds.len() == base {
                        return self.err(t.pos, format!("missing value for {ctx}"));
                    }
                    if !pipe.is_assign {
                        self.vars.extend_from_slice(&names[..nnames]);
                    }
                    pipe.cmds = self.finish_cmds(base);
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

    fn command(&mut self) -> PResult<Cmd> {
        let pos = self.peek().pos;
        let base = self.st.args.len();
        loop {
            let op = self.operand()?;
            let got = op.is_some();
            if let Some(op) = op {
                self.st.args.push(op);
            }
            let t = self.peek();
            match t.tok {
                Tok::RightDelim | Tok::RParen => break,
                Tok::Pipe => {
                    self.i += 1;
                    break;
                }
                // the next operand, after spaces
                _ if t.sp && got => continue,
                _ => return self.err(t.pos, format!("unexpected {} in operand", self.describe(&t))),
            }
        }
        if self.st.args.len() == base {
            return self.err(pos, "empty command");
        }
        Ok(Cmd { pos, args: self.finish_args(base) })
    }

    /// The field tokens from the current one on (`.a.b.c`), into
    /// `Tree::idents`.
    fn field_chain(&mut self) -> List {
        let start = to_u32(self.st.idents.len());
        // `.a.b` is one chain, `.a .b` two operands
        let mut first = true;
        while let Some(t) = self.toks.get(self.i).filter(|t| t.tok == Tok::Field && (first || !t.sp)) {
            self.st.idents.push(span(t.pos + 1, t.end));
            self.i += 1;
            first = false;
        }
        List { start, len: to_u32(self.st.idents.len()) - start }
    }

    /// `a` followed by `b` in `Tree::idents` (b is the last list).
    fn join_idents(&mut self, a: List, b: List) -> List {
        if a.is_empty() {
            return b;
        }
        let start = to_u32(self.st.idents.len());
        for k in a.range().chain(b.range()) {
            let s = self.st.idents[k];
            self.st.idents.push(s);
        }
        List { start, len: a.len + b.len }
    }

    fn operand(&mut self) -> PResult<Option<Arg>> {
        if self.peek().tok == Tok::Field {
            // `.a.b.c`
            let pos = self.toks[self.i].pos;
            let idents = self.field_chain();
            return Ok(Some(Arg::Field { pos, idents }));
        }
        let Some(term) = self.term()? else {
            return Ok(None);
        };
        let t = self.peek();
        if t.tok == Tok::Field && !t.sp {
            let idents = self.field_chain();
            let pos = term.pos();
            return Ok(Some(match term {
                Arg::Field { pos, idents: a } => Arg::Field { pos, idents: self.join_idents(a, idents) },
                Arg::Variable { pos, id, idents: a } => Arg::Variable { pos, id, idents: self.join_idents(a, idents) },
                Arg::Bool(..) | Arg::Str { .. } | Arg::Number { .. } | Arg::Nil(_) | Arg::Dot(_) => {
                    let text = match &term {
                        Arg::Bool(_, b) => b.to_string(),
                        Arg::Str { raw: s, .. } | Arg::Number { text: s, .. } => {
                            self.src[s.start as usize..s.end as usize].to_string()
                        }
                        Arg::Nil(_) => "nil".into(),
                        _ => ".".into(),
                    };
                    return self.err(pos, format!("unexpected . after term {text:?}"));
                }
                other => {
                    self.st.a_args.push(other);
                    let node = to_u32(self.st.a_args.len() - 1);
                    Arg::Chain { pos, node, idents }
                }
            }));
        }
        Ok(Some(term))
    }

    fn term(&mut self) -> PResult<Option<Arg>> {
        let t = self.peek();
        let pos = t.pos;
        let a = match t.tok {
            Tok::Ident => {
                let name = t.text(self.src);
                let Some(func) = super::funcs::resolve_id(name) else {
                    return self.err(t.pos, format!("function {name:?} not defined"));
                };
                Arg::Ident { name: span(t.pos, t.end), func }
            }
            Tok::Dot => Arg::Dot(pos),
            Tok::Nil => Arg::Nil(pos),
            Tok::Variable => {
                let name: &'a str = t.text(self.src);
                if !self.vars.contains(&name) {
                    return self.err(t.pos, format!("undefined variable {name:?}"));
                }
                let id = self.var_id(name);
                Arg::Variable { pos, id, idents: List::default() }
            }
            Tok::Field => {
                let idents = self.field_chain();
                return Ok(Some(Arg::Field { pos, idents }));
            }
            Tok::Bool(b) => Arg::Bool(pos, b),
            Tok::Char => {
                let val = super::lex::char_value(self.src, t.start());
                Arg::Number { text: span(t.pos, t.end), val: self.add_num(Num::Int(val as i64)) }
            }
            Tok::Number => {
                let text = t.text(self.src);
                let Some(val) = parse_number(text) else {
                    return self.err(t.pos, format!("bad number syntax: {text:?}"));
                };
                Arg::Number { text: span(t.pos, t.end), val: self.add_num(val) }
            }
            Tok::LParen => {
                self.i += 1;
                let p = self.pipeline("parenthesized pipeline", false)?;
                let c = self.next();
                if c.tok != Tok::RParen {
                    return self.err(c.pos, "unclosed left paren");
                }
                let ppos = p.pos;
                let pipe = self.add_pipe(p);
                return Ok(Some(Arg::Pipe { pos: ppos, pipe }));
            }
            Tok::Str | Tok::RawStr => {
                let text = t.text(self.src);
                let table = &mut self.st.strs;
                let idx = match self.strs.get_mut(text) {
                    Some(lit) => {
                        if lit.file != self.file {
                            table.push(lit.val.clone());
                            lit.file = self.file;
                            lit.idx = to_u32(table.len() - 1);
                        }
                        lit.idx
                    }
                    None => {
                        let val: Rc<str> = if t.tok == Tok::RawStr || memchr::memchr(b'\\', text.as_bytes()).is_none() {
                            Rc::from(&text[1..text.len() - 1])
                        } else {
                            Rc::from(t.str_value(self.src))
                        };
                        table.push(val.clone());
                        let idx = to_u32(table.len() - 1);
                        self.strs.insert(Box::from(text), Lit { val, file: self.file, idx });
                        idx
                    }
                };
                Arg::Str { raw: span(t.pos, t.end), val: idx }
            }
            _ => return Ok(None),
        };
        self.i += 1;
        Ok(Some(a))
    }
}

/// Go's `item.String` for a token's text: `%q`, or `%.10q...` when the
/// text is longer than 10 bytes (the first 10 characters, quoted).
fn quote_item(text: &str) -> String {
    if text.len() <= 10 {
        return crate::goquote::go_quote(text);
    }
    let cut = text.char_indices().nth(10).map_or(text.len(), |(k, _)| k);
    let mut s = crate::goquote::go_quote(&text[..cut]);
    s.push_str("...");
    s
}

/// Go's number literal rules for untyped constants.
fn parse_number(text: &str) -> Option<Num> {
    // plain decimal integers (most literals) without the copies below; a
    // leading 0 means octal
    let b = text.as_bytes();
    if !b.is_empty() && b.len() < 19 && (b.len() == 1 || b[0] != b'0') && b.iter().all(u8::is_ascii_digit) {
        return text.parse::<i64>().ok().map(Num::Int);
    }
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

/// Move the finished tail `stack[base..]` to the end of `arena` and name it.
fn move_list<T: Copy>(stack: &mut Vec<T>, base: usize, arena: &mut Vec<T>) -> List {
    let start = to_u32(arena.len());
    let tail = stack.get(base..).unwrap_or_default();
    let len = to_u32(tail.len());
    arena.extend_from_slice(tail);
    stack.truncate(base);
    List { start, len }
}
