//! Running several per-resource transformers in one pass over the map.
//!
//! Most built-in transformers (namespace, prefix/suffix, labels, annotations,
//! JSON 6902 patches, replicas, images) change each resource on its own. Run
//! one after another, each walks all resources again; on large trees the
//! resources no longer fit in the CPU caches, so every pass pays for memory
//! again. [`Fused`] applies all steps to one resource before moving to the
//! next, which gives the same result (each resource sees the steps in the
//! same order) with one trip through memory. Whole-map checks run after the
//! pass, in step order.
use anyhow::Result;

use super::Transformer;
use crate::model::{ResMap, Resource};

/// A transformer that treats each resource on its own.
pub trait PerResource {
    fn apply_one(&self, r: &mut Resource) -> Result<()>;

    /// Checks over the whole map once every resource went through.
    fn finish(&self, _m: &mut ResMap) -> Result<()> {
        Ok(())
    }
}

/// Steps applied resource by resource, in order.
#[derive(Default)]
pub struct Fused<'a> {
    steps: Vec<Box<dyn PerResource + 'a>>,
}

impl<'a> Fused<'a> {
    pub fn new() -> Fused<'a> {
        Fused { steps: Vec::new() }
    }

    pub fn push(&mut self, step: Box<dyn PerResource + 'a>) {
        self.steps.push(step);
    }

    pub fn is_empty(&self) -> bool {
        self.steps.is_empty()
    }
}

impl Transformer for Fused<'_> {
    fn apply(&self, m: &mut ResMap) -> Result<()> {
        for r in m.iter_mut() {
            for s in &self.steps {
                s.apply_one(r)?;
            }
        }
        for s in &self.steps {
            s.finish(m)?;
        }
        Ok(())
    }
}

/// One step over the whole map (what a transformer's own `apply` does).
pub fn run_one(step: &dyn PerResource, m: &mut ResMap) -> Result<()> {
    for r in m.iter_mut() {
        step.apply_one(r)?;
    }
    step.finish(m)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;
    use std::cell::RefCell;

    struct Log<'a>(&'a RefCell<Vec<String>>, &'static str);

    impl PerResource for Log<'_> {
        fn apply_one(&self, r: &mut Resource) -> Result<()> {
            self.0.borrow_mut().push(format!("{}:{}", self.1, r.name()));
            Ok(())
        }
        fn finish(&self, _m: &mut ResMap) -> Result<()> {
            self.0.borrow_mut().push(format!("{}:finish", self.1));
            Ok(())
        }
    }

    #[test]
    fn steps_run_per_resource_then_checks() {
        let log = RefCell::new(Vec::new());
        let mut m: ResMap = ["a", "b"]
            .iter()
            .map(|n| Resource::new(json!({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": n}})))
            .collect();
        let mut f = Fused::new();
        f.push(Box::new(Log(&log, "x")));
        f.push(Box::new(Log(&log, "y")));
        f.apply(&mut m).unwrap();
        assert_eq!(*log.borrow(), ["x:a", "y:a", "x:b", "y:b", "x:finish", "y:finish"]);
    }
}
