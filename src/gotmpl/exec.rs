//! Executing parsed templates with Go's text/template semantics
//! (missingkey=zero, as Helm configures it).
use std::rc::Rc;

use super::fmt::print_action;
use super::funcs::Func;
use super::funcs::{self, Ctx};
use super::parse::{parse, Arg, Branch, Cmd, Node, Num, Pipe, Span, Tmpl, Tree};
use super::value::Value;
use super::{Error, TemplateSet};

const MAX_DEPTH: usize = 100_000;
const MAX_INCLUDE: usize = 1000;

enum Flow {
    Normal,
    Break,
    Continue,
}

type R<T> = Result<T, Error>;

/// Where a function call is, for errors: a command, or a bare function
/// name used as an argument (Go prints it as a one-word command).
#[derive(Clone, Copy)]
enum At<'a> {
    Cmd(&'a Cmd),
    Arg(&'a Arg),
}

impl At<'_> {
    fn pos(&self) -> u32 {
        match self {
            At::Cmd(c) => c.pos,
            At::Arg(a) => a.pos(),
        }
    }

    /// The node as Go prints it in errors.
    fn show(&self, tree: &Tree) -> String {
        match self {
            At::Cmd(c) => tree.cmd_str(c),
            At::Arg(a) => tree.arg_str(a),
        }
    }
}

/// An argument as Go prints it (for errors; made only when one is).
struct ShowArg<'a>(&'a Tree, &'a Arg);

impl std::fmt::Display for ShowArg<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0.arg_str(self.1))
    }
}

/// Per-render state shared by every template executed in one chart
/// rendering: random source, `tpl` parse cache, include recursion counts.
pub struct Runner<'s> {
    pub set: &'s TemplateSet,
    pub ctx: Ctx,
    tpl_cache: super::FastMap<String, Rc<TplParsed>>,
    /// templates defined by `tpl` strings currently executing (innermost last)
    overlays: Vec<Rc<TplParsed>>,
    /// names of the `include`s executing (outermost first): Helm allows
    /// at most `MAX_INCLUDE` of one name at once, and names are counted
    /// only when the stack is that deep (no count kept per call)
    includes: Vec<Rc<str>>,
    depth: usize,
    /// variables of every template executing (each sees its own, from
    /// its `State::base`), by their number in the template's file
    vars: Vec<(u32, Value)>,
    /// missingkey=error (Helm's `--strict` lint)
    pub strict: bool,
    /// output buffers of finished `include`s, reused (an include's text is
    /// copied once into its string value; its buffer does not regrow from
    /// empty for each of the hundreds of helper calls of a chart)
    bufs: Vec<String>,
    /// argument vectors of finished function calls, reused (no
    /// allocation per call; calls nest, so one per depth)
    argvs: Vec<Vec<Value>>,
}

struct TplParsed {
    main: Rc<Tmpl>,
    defs: super::FastMap<Rc<str>, Rc<Tmpl>>,
}

/// Execution state of one template: where its variables start and where
/// errors point (its name is Go's `executing "name"`).
struct State {
    tmpl: Rc<Tmpl>,
    base: usize,
}

impl<'s> Runner<'s> {
    pub fn new(set: &'s TemplateSet, ctx: Ctx) -> Self {
        Runner {
            set,
            ctx,
            tpl_cache: super::FastMap::default(),
            overlays: Vec::new(),
            includes: Vec::new(),
            depth: 0,
            strict: false,
            vars: Vec::new(),
            bufs: Vec::new(),
            argvs: Vec::new(),
        }
    }

    /// An empty output buffer from the pool (see `bufs`).
    pub(super) fn take_buf(&mut self) -> String {
        self.bufs.pop().unwrap_or_default()
    }

    /// Give a buffer back to the pool, emptied.
    pub(super) fn put_buf(&mut self, mut buf: String) {
        buf.clear();
        self.bufs.push(buf);
    }

    fn lookup(&self, name: &str) -> Option<Rc<Tmpl>> {
        for o in self.overlays.iter().rev() {
            if let Some(t) = o.defs.get(name) {
                return Some(t.clone());
            }
        }
        self.set.templates.get(name).cloned()
    }

    /// Execute the named template with `dot`, appending to `out`.
    pub fn execute(&mut self, name: &str, dot: Value, out: &mut String) -> R<()> {
        let Some(t) = self.lookup(name) else {
            return Err(Error::Exec(format!("template: no template {name:?} associated with template \"gotpl\"")));
        };
        self.run(t, dot, out)
    }

    fn run(&mut self, t: Rc<Tmpl>, dot: Value, out: &mut String) -> R<()> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            self.depth -= 1;
            return Err(Error::Exec(format!(
                "template: {}: exceeded maximum template depth ({MAX_DEPTH})",
                t.parse_name
            )));
        }
        let base = self.vars.len();
        // `$` is variable 0 of every file
        self.vars.push((0, dot.clone()));
        let st = State { tmpl: t.clone(), base };
        let r = self.walk_list(&st, &dot, t.root(), out);
        self.vars.truncate(base);
        self.depth -= 1;
        r.map(|_| ())
    }

    /// Helm's `include`.
    pub fn include(&mut self, name: &str, dot: Value) -> R<String> {
        self.include_value(name, dot).map(|v| v.as_str().unwrap_or_default().to_string())
    }

    /// [`Runner::include`] as a template value.
    fn include_value(&mut self, name: &str, dot: Value) -> R<Value> {
        if self.includes.len() > MAX_INCLUDE && self.includes.iter().filter(|n| ***n == *name).count() > MAX_INCLUDE {
            return Err(Error::Exec(format!(
                "rendering template has a nested reference name: {name}: unable to execute template"
            )));
        }
        let Some(t) = self.lookup(name) else {
            return Err(Error::Exec(format!("template: no template {name:?} associated with template \"gotpl\"")));
        };
        let mut out = self.bufs.pop().unwrap_or_default();
        // the template's name is the name looked up (maps are keyed by it)
        self.includes.push(t.name.clone());
        let r = self.run(t, dot, &mut out);
        self.includes.pop();
        let v = Value::str(&out);
        out.clear();
        self.bufs.push(out);
        r.map(|_| v)
    }

    /// Helm's `tpl`: render `text` as a template (parsed once per distinct
    /// text) with the whole template set visible.
    pub fn tpl(&mut self, text: &str, dot: Value) -> R<String> {
        self.tpl_value(text, dot).map(|v| v.as_str().unwrap_or_default().to_string())
    }

    /// [`Runner::tpl`] as a template value.
    fn tpl_value(&mut self, text: &str, dot: Value) -> R<Value> {
        let parsed = match self.tpl_cache.get(text) {
            Some(p) => p.clone(),
            None => {
                let (main, defs) =
                    parse("gotpl", text).map_err(|e| Error::Exec(format!("cannot parse template {text:?}: {e}")))?;
                let p = Rc::new(TplParsed {
                    main: Rc::new(main),
                    defs: defs.into_iter().map(|d| (d.name.clone(), Rc::new(d))).collect(),
                });
                self.tpl_cache.insert(text.to_string(), p.clone());
                p
            }
        };
        let mut out = self.bufs.pop().unwrap_or_default();
        self.overlays.push(parsed.clone());
        let r = self.run(parsed.main.clone(), dot, &mut out);
        self.overlays.pop();
        let v = match r {
            Ok(()) if out.contains("<no value>") => Ok(Value::from(out.replace("<no value>", ""))),
            Ok(()) => Ok(Value::str(&out)),
            Err(e) => Err(e),
        };
        out.clear();
        self.bufs.push(out);
        match v {
            Ok(v) => Ok(v),
            Err(Error::Exec(e)) if !e.starts_with("execution error") => {
                Err(Error::Exec(format!("error during tpl function execution for {text:?}: {e}")))
            }
            Err(e) => Err(e),
        }
    }

    fn err<T>(&self, st: &State, pos: u32, context: &dyn std::fmt::Display, msg: String) -> R<T> {
        Err(Error::Exec(format!(
            "template: {}: executing {:?} at <{}>: {}",
            st.tmpl.location(pos),
            st.tmpl.name,
            context,
            msg
        )))
    }

    fn walk_list(&mut self, st: &State, dot: &Value, list: &[Node], out: &mut String) -> R<Flow> {
        for n in list {
            match self.walk(st, dot, n, out)? {
                Flow::Normal => {}
                f => return Ok(f),
            }
        }
        Ok(Flow::Normal)
    }

    fn walk(&mut self, st: &State, dot: &Value, node: &Node, out: &mut String) -> R<Flow> {
        match node {
            Node::Text(s) => out.push_str(st.tmpl.tree.text(*s)),
            Node::Action(p) => {
                let p = st.tmpl.tree.pipe(*p);
                let v = self.eval_pipeline(st, dot, p)?;
                if p.decl.is_empty() {
                    print_action(&v, out);
                }
            }
            Node::If(b) | Node::With(b) => {
                let is_with = matches!(node, Node::With(_));
                let tree = &*st.tmpl.tree;
                let b = tree.branch(*b);
                let mark = self.vars.len();
                let v = self.eval_pipeline(st, dot, tree.pipe(b.pipe))?;
                let r = if v.truthy() {
                    if is_with {
                        self.walk_list(st, &v, tree.nodes(b.list), out)
                    } else {
                        self.walk_list(st, dot, tree.nodes(b.list), out)
                    }
                } else if let Some(el) = b.else_list {
                    self.walk_list(st, dot, tree.nodes(el), out)
                } else {
                    Ok(Flow::Normal)
                };
                self.vars.truncate(mark);
                return r;
            }
            Node::Range(b) => {
                let mark = self.vars.len();
                let r = self.walk_range(st, dot, st.tmpl.tree.branch(*b), out);
                self.vars.truncate(mark);
                r?;
            }
            Node::Template(call) => {
                let tree = &*st.tmpl.tree;
                let call = tree.call(*call);
                let (pos, name, pipe) = (&call.pos, &call.name, call.pipe.map(|p| tree.pipe(p)));
                let newdot = match pipe {
                    Some(p) => self.eval_pipeline(st, dot, p)?,
                    None => Value::Nil,
                };
                let Some(t) = self.lookup(name) else {
                    let ctx = match pipe {
                        Some(p) => format!("{{{{template {name:?} {}}}}}", tree.pipe_str(p)),
                        None => format!("{{{{template {name:?}}}}}"),
                    };
                    return self.err(st, *pos, &ctx, format!("template {name:?} not defined"));
                };
                self.run(t, newdot, out)?;
            }
            Node::Break(_) => return Ok(Flow::Break),
            Node::Continue(_) => return Ok(Flow::Continue),
        }
        Ok(Flow::Normal)
    }

    fn walk_range(&mut self, st: &State, dot: &Value, b: &Branch, out: &mut String) -> R<()> {
        let tree = &*st.tmpl.tree;
        let pipe = tree.pipe(b.pipe);
        let list = tree.nodes(b.list);
        let val = self.eval_pipeline(st, dot, pipe)?;
        let mark = self.vars.len();
        let decl = tree.decls(pipe.decl);
        let one = |this: &mut Self, st: &State, index: Value, elem: Value, out: &mut String| -> R<Flow> {
            if !decl.is_empty() {
                if pipe.is_assign {
                    if decl.len() > 1 {
                        this.set_var(st, decl[0].id, index.clone());
                        this.set_var(st, decl[1].id, elem.clone());
                    } else {
                        this.set_var(st, decl[0].id, elem.clone());
                    }
                } else {
                    let n = this.vars.len();
                    this.vars[n - 1].1 = elem.clone();
                    if decl.len() > 1 {
                        this.vars[n - 2].1 = index;
                    }
                }
            }
            let r = this.walk_list(st, &elem, list, out);
            this.vars.truncate(mark);
            r
        };
        let mut any = false;
        match &val {
            Value::List(l) => {
                for (i, e) in l.iter().enumerate() {
                    any = true;
                    if let Flow::Break = one(self, st, Value::Int(i as i64), e.clone(), out)? {
                        break;
                    }
                }
            }
            Value::Map(m) => {
                // keys become string values once, not copied twice
                let entries: Vec<(Value, Value)> = m.borrow().iter().map(|(k, v)| (Value::str(k), v.clone())).collect();
                for (k, v) in entries {
                    any = true;
                    if let Flow::Break = one(self, st, k, v, out)? {
                        break;
                    }
                }
            }
            Value::Int(n) => {
                if decl.len() > 1 {
                    return self.err(
                        st,
                        b.pos,
                        &tree.pipe_str(pipe),
                        format!("can't use {n} to iterate over more than one variable"),
                    );
                }
                for i in 0..*n {
                    any = true;
                    if let Flow::Break = one(self, st, Value::Int(i), Value::Int(i), out)? {
                        break;
                    }
                }
            }
            Value::Nil => {}
            Value::Object(o) => {
                let Value::Map(m) = o.to_value() else {
                    return self.err(
                        st,
                        b.pos,
                        &tree.pipe_str(pipe),
                        format!("range can't iterate over {}", super::fmt::sprint_value(&val)),
                    );
                };
                let entries: Vec<(Value, Value)> = m.borrow().iter().map(|(k, v)| (Value::str(k), v.clone())).collect();
                for (k, v) in entries {
                    any = true;
                    if let Flow::Break = one(self, st, k, v, out)? {
                        break;
                    }
                }
            }
            other => {
                return self.err(
                    st,
                    b.pos,
                    &tree.pipe_str(pipe),
                    format!("range can't iterate over {}", super::fmt::sprint_value(other)),
                )
            }
        }
        if !any {
            if let Some(el) = b.else_list {
                self.walk_list(st, dot, tree.nodes(el), out)?;
            }
        }
        Ok(())
    }

    fn eval_pipeline(&mut self, st: &State, dot: &Value, p: &Pipe) -> R<Value> {
        let tree = &*st.tmpl.tree;
        let mut value: Option<Value> = None;
        for c in tree.cmds(p.cmds) {
            value = Some(self.eval_command(st, dot, c, value)?);
        }
        let v = value.unwrap_or_default();
        for d in tree.decls(p.decl) {
            if p.is_assign {
                self.set_var(st, d.id, v.clone());
            } else {
                self.vars.push((d.id, v.clone()));
            }
        }
        Ok(v)
    }

    fn eval_command(&mut self, st: &State, dot: &Value, c: &Cmd, fin: Option<Value>) -> R<Value> {
        let tree = &*st.tmpl.tree;
        let args = tree.args(c.args);
        let first = &args[0];
        match first {
            Arg::Field { pos, idents } => {
                let idents = tree.idents(*idents);
                self.eval_field_chain(st, dot, dot.clone(), false, *pos, first, idents, &args[1..], fin)
            }
            Arg::Variable { pos, id, idents } => {
                let v = self.var_value(st, *pos, *id)?;
                if idents.is_empty() {
                    self.not_a_function(st, c, &fin)?;
                    return Ok(v);
                }
                let idents = tree.idents(*idents);
                self.eval_field_chain(st, dot, v, false, *pos, first, idents, &args[1..], fin)
            }
            Arg::Chain { pos, node, idents } => {
                let v = self.eval_arg(st, dot, tree.arg(*node))?;
                let idents = tree.idents(*idents);
                self.eval_field_chain(st, dot, v, false, *pos, first, idents, &args[1..], fin)
            }
            Arg::Ident { name, func } => {
                self.eval_function(st, dot, tree.text(*name), func.func(), At::Cmd(c), &args[1..], fin)
            }
            Arg::Pipe { pipe, .. } => {
                self.not_a_function(st, c, &fin)?;
                self.eval_pipeline_nested(st, dot, tree.pipe(*pipe))
            }
            Arg::Nil(pos) => self.err(st, *pos, &tree.cmd_str(c), "nil is not a command".into()),
            other => {
                self.not_a_function(st, c, &fin)?;
                self.eval_arg(st, dot, other)
            }
        }
    }

    /// The value of variable `id`, or Go's "undefined variable" error at `pos`.
    fn var_value(&self, st: &State, pos: u32, id: u32) -> R<Value> {
        self.lookup_var(st, id).ok_or_else(|| {
            Error::Exec(format!(
                "template: {}: undefined variable: {}",
                st.tmpl.location(pos),
                st.tmpl.tree.var_name(pos)
            ))
        })
    }

    fn not_a_function(&self, st: &State, c: &Cmd, fin: &Option<Value>) -> R<()> {
        if c.args.len > 1 || fin.is_some() {
            let tree = &*st.tmpl.tree;
            let first = tree.arg_str(&tree.args(c.args)[0]);
            return self.err(st, c.pos, &tree.cmd_str(c), format!("can't give argument to non-function {first}"));
        }
        Ok(())
    }

    fn eval_pipeline_nested(&mut self, st: &State, dot: &Value, p: &Pipe) -> R<Value> {
        // a parenthesised pipeline: its declarations go out of scope after it
        let mark = self.vars.len();
        let v = self.eval_pipeline(st, dot, p)?;
        if !p.is_assign {
            self.vars.truncate(mark);
        }
        Ok(v)
    }

    fn eval_arg(&mut self, st: &State, dot: &Value, a: &Arg) -> R<Value> {
        let tree = &*st.tmpl.tree;
        Ok(match a {
            Arg::Dot(_) => dot.clone(),
            Arg::Nil(_) => Value::Nil,
            Arg::Bool(_, b) => Value::Bool(*b),
            Arg::Number { val, .. } => match tree.num_val(*val) {
                Num::Int(i) => Value::Int(i),
                Num::Float(f) => Value::Float(f),
            },
            Arg::Str { val, .. } => Value::Str(tree.str_val(*val).clone()),
            Arg::Field { pos, idents } => {
                self.eval_field_chain(st, dot, dot.clone(), false, *pos, a, tree.idents(*idents), &[], None)?
            }
            Arg::Variable { pos, id, idents } => {
                let v = self.var_value(st, *pos, *id)?;
                if idents.is_empty() {
                    v
                } else {
                    self.eval_field_chain(st, dot, v, false, *pos, a, tree.idents(*idents), &[], None)?
                }
            }
            Arg::Chain { pos, node, idents } => {
                let v = self.eval_arg(st, dot, tree.arg(*node))?;
                self.eval_field_chain(st, dot, v, false, *pos, a, tree.idents(*idents), &[], None)?
            }
            Arg::Ident { name, func } => {
                self.eval_function(st, dot, tree.text(*name), func.func(), At::Arg(a), &[], None)?
            }
            Arg::Pipe { pipe, .. } => self.eval_pipeline_nested(st, dot, tree.pipe(*pipe))?,
        })
    }

    #[allow(clippy::too_many_arguments)]
    fn eval_field_chain(
        &mut self,
        st: &State,
        dot: &Value,
        mut recv: Value,
        mut iface_nil: bool,
        pos: u32,
        node: &Arg,
        idents: &[Span],
        args: &[Arg],
        fin: Option<Value>,
    ) -> R<Value> {
        let tree = &*st.tmpl.tree;
        // the node as Go prints it, for errors
        let node = &ShowArg(tree, node);
        let n = idents.len();
        for (i, name) in idents.iter().enumerate() {
            let name = tree.text(*name);
            let last = i + 1 == n;
            let has_args = last && (!args.is_empty() || fin.is_some());
            match &recv {
                Value::Nil => {
                    if iface_nil {
                        return self.err(st, pos, node, format!("nil pointer evaluating interface {{}}.{name}"));
                    }
                    // invalid receiver: the result is invalid too
                    return Ok(Value::Nil);
                }
                Value::Map(m) => {
                    if has_args {
                        return self.err(st, pos, node, format!("{name} is not a method but has arguments"));
                    }
                    let v = m.borrow().get(name).cloned();
                    if v.is_none() && self.strict {
                        return self.err(st, pos, node, format!("map has no entry for key {name:?}"));
                    }
                    iface_nil = true;
                    recv = v.unwrap_or(Value::Nil);
                }
                Value::Object(o) => {
                    let o = o.clone();
                    if has_args {
                        let mut argv = Vec::with_capacity(args.len() + 1);
                        for a in args {
                            argv.push(self.eval_arg(st, dot, a)?);
                        }
                        if let Some(f) = &fin {
                            argv.push(f.clone());
                        }
                        match o.call(name, &argv) {
                            Some(Ok(v)) => return Ok(v),
                            Some(Err(e)) => return self.err(st, pos, node, format!("error calling {name}: {e}")),
                            None => {
                                return self.err(
                                    st,
                                    pos,
                                    node,
                                    format!("{name} has arguments but cannot be invoked as function"),
                                )
                            }
                        }
                    }
                    if let Some(v) = o.field(name) {
                        iface_nil = false;
                        recv = v;
                    } else if let Some(r) = o.call(name, &[]) {
                        recv = r.map_err(|e| {
                            Error::Exec(format!(
                                "template: {}: executing {:?} at <{}>: error calling {name}: {e}",
                                st.tmpl.location(pos),
                                st.tmpl.name,
                                node
                            ))
                        })?;
                        iface_nil = false;
                    } else {
                        return self.err(
                            st,
                            pos,
                            node,
                            format!("can't evaluate field {name} in type {}", o.type_name()),
                        );
                    }
                }
                other => {
                    let tn = if iface_nil || i > 0 { "interface {}".to_string() } else { other.type_name() };
                    return self.err(st, pos, node, format!("can't evaluate field {name} in type {tn}"));
                }
            }
        }
        if args.is_empty() && fin.is_none() {
            return Ok(recv);
        }
        Ok(recv)
    }

    #[allow(clippy::too_many_arguments)]
    fn eval_function(
        &mut self,
        st: &State,
        dot: &Value,
        name: &str,
        func: Func,
        cmd: At<'_>,
        args: &[Arg],
        fin: Option<Value>,
    ) -> R<Value> {
        // lazy and/or
        if let Func::And | Func::Or = func {
            if args.is_empty() && fin.is_none() {
                return self.err(
                    st,
                    cmd.pos(),
                    &cmd.show(&st.tmpl.tree),
                    format!("wrong number of args for {name}: want at least 1 got 0"),
                );
            }
            let want = matches!(func, Func::Or);
            let mut v = Value::Nil;
            for a in args {
                v = self.eval_arg(st, dot, a)?;
                if v.truthy() == want {
                    return Ok(v);
                }
            }
            if let Some(f) = fin {
                return Ok(f);
            }
            return Ok(v);
        }
        let mut argv = self.argvs.pop().unwrap_or_default();
        // the first argument that is a nil interface read from a map
        let mut nil_field: Option<&Arg> = None;
        let nargs = args.len() + usize::from(fin.is_some());
        for (i, a) in args.iter().enumerate() {
            let v = self.eval_arg(st, dot, a)?;
            if v.is_nil() && nil_field.is_none() && matches!(a, Arg::Field { .. }) {
                if funcs::is_map_param(name, i, nargs) {
                    // Go: a nil interface read from a map is not a map
                    return self.err(
                        st,
                        a.pos(),
                        &ShowArg(&st.tmpl.tree, a),
                        "wrong type for value; expected map[string]interface {}; got interface {}".into(),
                    );
                }
                nil_field = Some(a);
            }
            argv.push(v);
        }
        if let Some(f) = fin {
            argv.push(f);
        }
        let r = match func {
            Func::Include => match argv.as_slice() {
                [Value::Str(n), d] => {
                    let n = n.clone();
                    self.include_value(&n, d.clone())
                }
                [n, _] => Err(Error::Call(format!("wrong type for value; expected string; got {}", n.type_name()))),
                _ => Err(Error::Call(format!("wrong number of args for include: want 2 got {}", argv.len()))),
            },
            Func::Tpl => match argv.as_slice() {
                [Value::Str(t), d] => {
                    let t = t.clone();
                    self.tpl_value(&t, d.clone())
                }
                [t, _] => Err(Error::Call(format!("wrong type for value; expected string; got {}", t.type_name()))),
                _ => Err(Error::Call(format!("wrong number of args for tpl: want 2 got {}", argv.len()))),
            },
            Func::Table(f) => f(&mut self.ctx, &mut argv).map_err(Error::Call),
            Func::And | Func::Or => Ok(Value::Nil),
        };
        argv.clear();
        self.argvs.push(argv);
        match r {
            Ok(v) => Ok(v),
            Err(Error::Call(msg)) => {
                if let Some(m) = msg.strip_prefix(funcs::HELM_FAIL) {
                    return Err(Error::Exec(format!("execution error at ({}): {}", st.tmpl.location(cmd.pos()), m)));
                }
                if let (Some(a), Some(t)) = (nil_field, msg.strip_prefix("invalid value; expected ")) {
                    return self.err(
                        st,
                        a.pos(),
                        &ShowArg(&st.tmpl.tree, a),
                        format!("wrong type for value; expected {t}; got interface {{}}"),
                    );
                }
                if msg.starts_with("wrong number of args")
                    || msg.starts_with("wrong type for value")
                    || msg.starts_with("invalid value;")
                {
                    return self.err(st, cmd.pos(), &cmd.show(&st.tmpl.tree), msg);
                }
                self.err(st, cmd.pos(), &cmd.show(&st.tmpl.tree), format!("error calling {name}: {msg}"))
            }
            Err(e) => Err(e),
        }
    }

    fn lookup_var(&self, st: &State, id: u32) -> Option<Value> {
        self.vars[st.base..].iter().rev().find(|(n, _)| *n == id).map(|(_, v)| v.clone())
    }

    fn set_var(&mut self, st: &State, id: u32, v: Value) {
        if let Some(slot) = self.vars[st.base..].iter_mut().rev().find(|(n, _)| *n == id) {
            slot.1 = v;
        }
    }
}
