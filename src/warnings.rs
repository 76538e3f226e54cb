//! Warnings: the library prints nothing; whatever it has to say beside its
//! result goes to a [`Warnings`] sink that travels with the build options.
//! The CLI decides how (and whether) to show them; tests and embedders can
//! collect them.
//!
//! Each warning may carry the name of the target it belongs to, so builds of
//! many targets at once (sharing one sink) stay readable.
use std::fmt;
use std::sync::{Arc, Mutex};

/// One warning: its text (as kustomize words it) and the target it belongs to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Warning {
    /// The build target (kustomization directory, chart, ...) when known.
    pub target: Option<Arc<str>>,
    /// The text, without a trailing newline.
    pub message: String,
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.target {
            Some(t) => write!(f, "[{t}] {}", self.message),
            None => f.write_str(&self.message),
        }
    }
}

/// Where warnings go.
pub trait WarningSink: Send + Sync {
    fn warn(&self, w: Warning);
}

/// Keeps warnings in memory, in the order they came.
#[derive(Debug, Default)]
pub struct Collected(Mutex<Vec<Warning>>);

impl Collected {
    /// The warnings so far, emptying the list.
    pub fn take(&self) -> Vec<Warning> {
        std::mem::take(&mut *self.0.lock().unwrap_or_else(|e| e.into_inner()))
    }
}

impl WarningSink for Collected {
    fn warn(&self, w: Warning) {
        self.0.lock().unwrap_or_else(|e| e.into_inner()).push(w);
    }
}

/// A handle on a sink, cheap to clone, optionally naming a target.
/// The default handle collects into memory ([`Warnings::take`] reads them).
#[derive(Clone)]
pub struct Warnings {
    sink: Arc<dyn WarningSink>,
    collected: Option<Arc<Collected>>,
    target: Option<Arc<str>>,
}

impl Default for Warnings {
    fn default() -> Self {
        let c = Arc::new(Collected::default());
        Warnings { sink: c.clone(), collected: Some(c), target: None }
    }
}

impl fmt::Debug for Warnings {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Warnings").field("target", &self.target).finish_non_exhaustive()
    }
}

impl Warnings {
    /// Warnings sent to `sink`.
    pub fn to_sink(sink: Arc<dyn WarningSink>) -> Warnings {
        Warnings { sink, collected: None, target: None }
    }

    /// The same sink, with every warning naming `target`.
    pub fn for_target(&self, target: &str) -> Warnings {
        Warnings { target: Some(Arc::from(target)), ..self.clone() }
    }

    pub fn warn(&self, message: impl Into<String>) {
        let mut message = message.into();
        while message.ends_with('\n') {
            message.pop();
        }
        self.sink.warn(Warning { target: self.target.clone(), message });
    }

    /// With the default (collecting) sink: the warnings so far, emptying the
    /// list; empty for other sinks.
    pub fn take(&self) -> Vec<Warning> {
        self.collected.as_ref().map(|c| c.take()).unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn collects_in_order_with_targets() {
        let w = Warnings::default();
        w.warn("one\n");
        w.for_target("prod").warn("two");
        let got = w.take();
        assert_eq!(got.len(), 2);
        assert_eq!(got[0].to_string(), "one");
        assert_eq!(got[1].to_string(), "[prod] two");
        assert!(w.take().is_empty());
    }

    #[test]
    fn custom_sink() {
        let c = Arc::new(Collected::default());
        let w = Warnings::to_sink(c.clone());
        w.warn("x");
        assert!(w.take().is_empty());
        assert_eq!(c.take()[0].message, "x");
    }
}
