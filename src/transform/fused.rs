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
use crate::transform::error::Result;

use super::Transformer;
use crate::model::{ResMap, Resource};

/// A transformer that treats each resource on its own. Steps are `Sync`:
/// a large map is split between threads, each running every step on its
/// share of the resources.
pub trait PerResource: Sync {
    fn apply_one(&self, r: &mut Resource) -> Result<()>;

    /// Checks over the whole map once every resource went through.
    fn finish(&self, _m: &mut ResMap) -> Result<()> {
        Ok(())
    }

    /// This step as an `images:` step, which can take in the images step
    /// right after it (see [`super::images::ImageStep::join`]).
    fn images_mut(&mut self) -> Option<&mut super::images::ImageStep> {
        None
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

    /// Push `step`, or join it into the last images step when only
    /// `between` (steps that leave the resource's object alone, such as
    /// transformer notes) were pushed since: one walk of each resource for
    /// consecutive `images:` entries instead of one per entry. True when
    /// joined.
    pub fn push_joining(&mut self, mut step: Box<dyn PerResource + 'a>, between: usize) -> bool {
        if let (Some(next), Some(at)) = (step.images_mut(), self.steps.len().checked_sub(between + 1)) {
            if let Some(prev) = self.steps[at].images_mut() {
                if prev.join(next) {
                    return true;
                }
            }
        }
        self.steps.push(step);
        false
    }

    pub fn is_empty(&self) -> bool {
        self.steps.is_empty()
    }
}

/// Below this many resources the pass runs on one thread.
const PARALLEL_MIN: usize = 64;

impl Fused<'_> {
    fn run(&self, items: &mut [Resource]) -> Result<()> {
        for r in items {
            for s in &self.steps {
                if let Err(e) = s.apply_one(r) {
                    return Err(e.context(format!("transforming {}", r.describe())));
                }
            }
        }
        Ok(())
    }
}

impl Transformer for Fused<'_> {
    fn apply(&self, m: &mut ResMap) -> Result<()> {
        use rayon::prelude::*;
        let items = m.resources_mut();
        if let Some(threads) = crate::process::parallel_threads(items.len(), PARALLEL_MIN) {
            // Resources are independent here; the first error in map order
            // wins. Chunks run on the rayon pool (sized by `-j/--jobs`),
            // several per thread so that uneven resources even out.
            let chunk = items.len().div_ceil(threads * 4).max(16);
            let results: Vec<Result<()>> = items.par_chunks_mut(chunk).map(|part| self.run(part)).collect();
            for r in results {
                r?;
            }
        } else {
            self.run(items)?;
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
        if let Err(e) = step.apply_one(r) {
            return Err(e.context(format!("transforming {}", r.describe())));
        }
    }
    step.finish(m)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::yaml::json;
    use std::sync::Mutex;

    struct Log<'a>(&'a Mutex<Vec<String>>, &'static str);

    impl PerResource for Log<'_> {
        fn apply_one(&self, r: &mut Resource) -> Result<()> {
            self.0.lock().unwrap().push(format!("{}:{}", self.1, r.name()));
            Ok(())
        }
        fn finish(&self, _m: &mut ResMap) -> Result<()> {
            self.0.lock().unwrap().push(format!("{}:finish", self.1));
            Ok(())
        }
    }

    #[test]
    fn steps_run_per_resource_then_checks() {
        let log = Mutex::new(Vec::new());
        let mut m: ResMap = ["a", "b"]
            .iter()
            .map(|n| Resource::new(json!({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": n}})))
            .collect();
        let mut f = Fused::new();
        f.push(Box::new(Log(&log, "x")));
        f.push(Box::new(Log(&log, "y")));
        f.apply(&mut m).unwrap();
        assert_eq!(*log.lock().unwrap(), ["x:a", "y:a", "x:b", "y:b", "x:finish", "y:finish"]);
    }

    struct Suffix(&'static str);

    impl PerResource for Suffix {
        fn apply_one(&self, r: &mut Resource) -> Result<()> {
            let name = format!("{}{}", r.name(), self.0);
            r.set_name(&name);
            Ok(())
        }
    }

    struct FailOn(&'static str);

    impl PerResource for FailOn {
        fn apply_one(&self, r: &mut Resource) -> Result<()> {
            if r.name().ends_with(self.0) {
                crate::transform::error::bail!("bad {}", r.name());
            }
            Ok(())
        }
    }

    fn many(n: usize) -> ResMap {
        (0..n)
            .map(|i| {
                Resource::new(
                    json!({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": format!("c{i:05}")}}),
                )
            })
            .collect()
    }

    #[test]
    fn large_maps_run_in_parallel_with_the_same_result() {
        let mut m = many(PARALLEL_MIN * 3 + 1);
        let mut f = Fused::new();
        f.push(Box::new(Suffix("-a")));
        f.push(Box::new(Suffix("-b")));
        f.apply(&mut m).unwrap();
        assert!(m.iter().enumerate().all(|(i, r)| r.name() == format!("c{i:05}-a-b")));
    }

    #[test]
    fn the_first_error_in_map_order_wins() {
        let mut m = many(PARALLEL_MIN * 3);
        let mut f = Fused::new();
        // Fails in every chunk: the first in map order is reported.
        f.push(Box::new(FailOn("1")));
        let e = f.apply(&mut m).unwrap_err();
        // The error names the resource, then says what went wrong.
        assert!(e.to_string().starts_with("transforming ") && e.to_string().contains("/c00001"), "{e:#}");
        assert_eq!(e.root_cause().to_string(), "bad c00001");
    }
}
