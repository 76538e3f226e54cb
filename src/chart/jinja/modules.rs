//! Helper modules evaluated once per template render, not once per
//! `include`.
//!
//! `include("name", ctx)` calls a macro of another file (`_helpers.tpl`)
//! with `ctx` as that file's context. Evaluating the file (its top level,
//! which builds every macro it defines) for each call cost a tenth of a
//! 200-template render, so the evaluated file is kept, per file and `ctx`
//! object, on the rendering thread until the template that started the
//! render is done ([`RenderScope`]). Macros then run in that kept state, as
//! they did in a fresh one: they read their arguments and the file's
//! context, and what they `set` stays inside the call.
use std::cell::RefCell;
use std::collections::BTreeMap;

use minijinja::{Captured, Error, State, Value};

struct Module {
    /// the Environment the state belongs to
    env: usize,
    template: String,
    /// identity of the context object (0: no context)
    ctx: usize,
    /// keeps the context object alive, so its address is not reused
    _ctx_value: Value,
    /// evaluating the file read `Template` (its macros may have kept it)
    reads_template: bool,
    state: Captured<'static>,
}

thread_local! {
    static MODULES: RefCell<Vec<Module>> = const { RefCell::new(Vec::new()) };
    static DEPTH: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
    static TEMPLATE_READS: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}

/// Note that the template being rendered on this thread read its own
/// `Template` object (so what it computes is its own).
pub(crate) fn note_template_read() {
    TEMPLATE_READS.with(|n| n.set(n.get().wrapping_add(1)));
}

/// How many times templates rendered on this thread read `Template`: two
/// equal counts around a call mean the call did not.
pub(crate) fn template_reads() -> u64 {
    TEMPLATE_READS.with(std::cell::Cell::get)
}

/// While alive, `include` keeps evaluated modules on this thread; dropping
/// the outermost scope drops them all.
pub(crate) struct RenderScope(());

impl RenderScope {
    pub(crate) fn new() -> RenderScope {
        DEPTH.with(|d| d.set(d.get() + 1));
        RenderScope(())
    }
}

impl Drop for RenderScope {
    fn drop(&mut self) {
        let outermost = DEPTH.with(|d| {
            d.set(d.get().saturating_sub(1));
            d.get() == 0
        });
        if outermost {
            let dropped = MODULES.with(|m| std::mem::take(&mut *m.borrow_mut()));
            drop(dropped);
        }
    }
}

/// The context's identity: the address of its object (the render context,
/// `ctx`, or a `dict(...)`). None: not a map we can identify, do not keep
/// the module.
fn ctx_id(ctx: &Value) -> Option<usize> {
    if ctx.is_none() || ctx.is_undefined() {
        return Some(0);
    }
    if let Some(c) = ctx.downcast_object_ref::<super::RenderCtx>() {
        return Some(c as *const _ as usize);
    }
    ctx.downcast_object_ref::<BTreeMap<String, Value>>().map(|m| m as *const _ as usize)
}

/// Call macro `name` of template `template` evaluated with `module_ctx`.
pub(crate) fn call_macro(
    state: &State,
    template: &str,
    module_ctx: Value,
    name: &str,
    args: &[Value],
) -> Result<String, Error> {
    let env = state.env() as *const _ as usize;
    let in_scope = DEPTH.with(|d| d.get() > 0);
    let id = ctx_id(&module_ctx).filter(|_| in_scope);
    let Some(id) = id else {
        let tmpl = state.env().get_template(template)?;
        let mut cap = tmpl.render_captured(module_ctx)?;
        return cap.with_state_mut(|st| st.call_macro(name, args));
    };
    // Take the module out while its macro runs: the macro may `include`
    // again (the same file: then a second state is evaluated).
    let kept = MODULES.with(|m| {
        let mut m = m.borrow_mut();
        let i = m.iter().position(|x| x.env == env && x.ctx == id && x.template == template)?;
        Some(m.swap_remove(i))
    });
    let mut module = match kept {
        Some(m) => m,
        None => {
            let tmpl = state.env().get_template(template)?;
            let before = template_reads();
            let cap = tmpl.render_captured(module_ctx.clone())?;
            let reads_template = template_reads() != before;
            // SAFETY: the state borrows the Environment `state.env()`. It is
            // stored only in this thread's MODULES while a RenderScope is
            // alive (`in_scope` above), and the Environment outlives every
            // scope: scopes are created inside a render that borrows it,
            // and the last scope's drop empties MODULES. The lifetime is
            // only widened for storage; the value is never used after the
            // Environment is gone.
            let state = unsafe { std::mem::transmute::<Captured<'_>, Captured<'static>>(cap) };
            Module { env, template: template.to_string(), ctx: id, _ctx_value: module_ctx, reads_template, state }
        }
    };
    if module.reads_template {
        note_template_read();
    }
    let out = module.state.with_state_mut(|st| st.call_macro(name, args));
    if out.is_ok() {
        MODULES.with(|m| m.borrow_mut().push(module));
    }
    out
}
