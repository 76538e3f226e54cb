use std::cell::OnceCell;
use std::collections::HashMap;

use super::resid::{Gvk, ResId};
use super::resource::Resource;

type Key = (Gvk, String, String);

/// Resources in build order, with no two sharing a current id.
///
/// Lookups by id and by name go through indexes built on first use and
/// dropped on any mutable access, so a sequence of reads costs one pass.
#[derive(Default, Clone, Debug)]
pub struct ResMap {
    items: Vec<Resource>,
    by_id: OnceCell<HashMap<Key, usize>>,
    by_name: OnceCell<HashMap<String, Vec<usize>>>,
    /// Every name a resource has had (original, previous, current).
    by_any_name: OnceCell<HashMap<String, Vec<usize>>>,
    /// Name lookups answered by scanning since the last invalidation: a few
    /// are cheaper than building `by_any_name`, many are not.
    scans: std::cell::Cell<u32>,
}

#[derive(Debug, thiserror::Error)]
#[error("may not add resource with an already registered id: {0}")]
pub struct DuplicateId(pub ResId);

impl ResMap {
    pub fn new() -> ResMap {
        ResMap::default()
    }

    pub fn len(&self) -> usize {
        self.items.len()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    fn invalidate(&mut self) {
        self.by_id.take();
        self.by_name.take();
        self.by_any_name.take();
        self.scans.set(0);
    }

    fn id_index(&self) -> &HashMap<Key, usize> {
        self.by_id.get_or_init(|| self.items.iter().enumerate().map(|(i, r)| (r.cur_id().key(), i)).collect())
    }

    fn name_index(&self) -> &HashMap<String, Vec<usize>> {
        self.by_name.get_or_init(|| {
            let mut m: HashMap<String, Vec<usize>> = HashMap::new();
            for (i, r) in self.items.iter().enumerate() {
                m.entry(r.name().to_string()).or_default().push(i);
            }
            m
        })
    }

    fn any_name_index(&self) -> &HashMap<String, Vec<usize>> {
        self.by_any_name.get_or_init(|| {
            let mut m: HashMap<String, Vec<usize>> = HashMap::new();
            for (i, r) in self.items.iter().enumerate() {
                add_names(&mut m, r, i);
            }
            m
        })
    }

    /// Append, refusing a resource whose id is already present.
    pub fn append(&mut self, r: Resource) -> Result<(), DuplicateId> {
        let id = r.cur_id();
        if self.id_index().contains_key(&id.key()) {
            return Err(DuplicateId(id));
        }
        let i = self.items.len();
        self.items.push(r);
        if let Some(m) = self.by_id.get_mut() {
            m.insert(id.key(), i);
        }
        if let Some(m) = self.by_name.get_mut() {
            m.entry(id.name).or_default().push(i);
        }
        if let Some(m) = self.by_any_name.get_mut() {
            add_names(m, &self.items[i], i);
        }
        Ok(())
    }

    pub fn append_all(&mut self, other: ResMap) -> Result<(), DuplicateId> {
        for r in other.items {
            self.append(r)?;
        }
        Ok(())
    }

    /// Position of the resource whose current id is `id` (namespace `""` = `default`).
    pub fn index_of(&self, id: &ResId) -> Option<usize> {
        self.id_index().get(&id.key()).copied()
    }

    pub fn get(&self, id: &ResId) -> Option<&Resource> {
        self.index_of(id).map(|i| &self.items[i])
    }

    /// Positions of resources currently named `name`.
    pub fn indexes_named(&self, name: &str) -> &[usize] {
        self.name_index().get(name).map(Vec::as_slice).unwrap_or(&[])
    }

    /// Positions of resources that have, or ever had (originally or before
    /// a rename), the name `name`, in map order.
    pub fn indexes_ever_named(&self, name: &str) -> &[usize] {
        self.any_name_index().get(name).map(Vec::as_slice).unwrap_or(&[])
    }

    /// [`Self::indexes_ever_named`] for callers that look up only now and
    /// then: the first few lookups after a change scan the map instead of
    /// building the index.
    pub fn positions_ever_named(&self, name: &str) -> Vec<usize> {
        const SCANS_BEFORE_INDEX: u32 = 4;
        if self.by_any_name.get().is_none() && self.scans.get() < SCANS_BEFORE_INDEX {
            self.scans.set(self.scans.get() + 1);
            return self
                .items
                .iter()
                .enumerate()
                .filter(|(_, r)| {
                    r.name() == name || r.orig_id.name == name || r.prev_ids.iter().any(|p| p.name == name)
                })
                .map(|(i, _)| i)
                .collect();
        }
        self.indexes_ever_named(name).to_vec()
    }

    pub fn at(&self, i: usize) -> &Resource {
        &self.items[i]
    }

    pub fn at_mut(&mut self, i: usize) -> &mut Resource {
        self.invalidate();
        &mut self.items[i]
    }

    /// Change the resource at `i` and keep the indexes up to date for it
    /// alone (cheaper than `at_mut`, which drops them, when many resources
    /// are changed one at a time between lookups).
    pub fn update_at<R>(&mut self, i: usize, f: impl FnOnce(&mut Resource) -> R) -> R {
        let old_key = self.by_id.get().map(|_| self.items[i].cur_id().key());
        let old_name = self.by_name.get().map(|_| self.items[i].name().to_string());
        let out = f(&mut self.items[i]);
        let r = &self.items[i];
        if let (Some(map), Some(old)) = (self.by_id.get_mut(), old_key) {
            let new = r.cur_id().key();
            if new != old {
                if map.contains_key(&new) {
                    // Two resources now share an id: let the index be rebuilt.
                    self.by_id.take();
                } else {
                    map.remove(&old);
                    map.insert(new, i);
                }
            }
        }
        if let (Some(map), Some(old)) = (self.by_name.get_mut(), old_name) {
            if old != r.name() {
                if let Some(v) = map.get_mut(&old) {
                    v.retain(|&j| j != i);
                }
                insert_sorted(map.entry(r.name().to_string()).or_default(), i);
            }
        }
        if let Some(map) = self.by_any_name.get_mut() {
            // Names only accumulate (renames keep the old one in prev_ids).
            add_names(map, r, i);
        }
        out
    }

    pub fn iter(&self) -> std::slice::Iter<'_, Resource> {
        self.items.iter()
    }

    pub fn iter_mut(&mut self) -> std::slice::IterMut<'_, Resource> {
        self.invalidate();
        self.items.iter_mut()
    }

    pub fn resources(&self) -> &[Resource] {
        &self.items
    }

    /// All resources, for changes that keep the map's order (indexes are dropped).
    pub fn resources_mut(&mut self) -> &mut [Resource] {
        self.invalidate();
        &mut self.items
    }

    /// Replace the resource at `i` (its id may change).
    pub fn replace_at(&mut self, i: usize, r: Resource) {
        self.invalidate();
        self.items[i] = r;
    }

    pub fn remove_at(&mut self, i: usize) -> Resource {
        self.invalidate();
        self.items.remove(i)
    }

    /// Keep only the resources for which `f` is true.
    pub fn retain(&mut self, f: impl FnMut(&Resource) -> bool) {
        self.invalidate();
        self.items.retain(f);
    }

    /// Reorder with a comparison over resources (stable).
    pub fn sort_by(&mut self, f: impl FnMut(&Resource, &Resource) -> std::cmp::Ordering) {
        self.invalidate();
        self.items.sort_by(f);
    }

    pub fn into_vec(self) -> Vec<Resource> {
        self.items
    }

    /// Fails when two resources now share an id (after renames).
    pub fn check_unique(&self) -> Result<(), DuplicateId> {
        let mut seen = HashMap::with_capacity(self.items.len());
        for r in &self.items {
            let id = r.cur_id();
            if seen.insert(id.key(), ()).is_some() {
                return Err(DuplicateId(id));
            }
        }
        Ok(())
    }
}

/// Index `r` (at `i`) under each name it has had (once per name; positions
/// kept in ascending order).
fn add_names(m: &mut HashMap<String, Vec<usize>>, r: &Resource, i: usize) {
    let names = std::iter::once(r.orig_id.name.as_str())
        .chain(r.prev_ids.iter().map(|p| p.name.as_str()))
        .chain(std::iter::once(r.name()));
    for n in names {
        match m.get_mut(n) {
            Some(v) => insert_sorted(v, i),
            None => {
                m.insert(n.to_string(), vec![i]);
            }
        }
    }
}

/// Insert `i` into an ascending list unless it is there.
fn insert_sorted(v: &mut Vec<usize>, i: usize) {
    if let Err(at) = v.binary_search(&i) {
        v.insert(at, i);
    }
}

impl FromIterator<Resource> for ResMap {
    fn from_iter<T: IntoIterator<Item = Resource>>(iter: T) -> Self {
        ResMap { items: iter.into_iter().collect(), ..Default::default() }
    }
}

impl<'a> IntoIterator for &'a ResMap {
    type Item = &'a Resource;
    type IntoIter = std::slice::Iter<'a, Resource>;
    fn into_iter(self) -> Self::IntoIter {
        self.items.iter()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn cm(name: &str, ns: &str) -> Resource {
        Resource::new(json!({"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":name,"namespace":ns}}))
    }

    #[test]
    fn append_refuses_duplicates() {
        let mut m = ResMap::new();
        m.append(cm("a", "")).unwrap();
        m.append(cm("b", "")).unwrap();
        assert!(m.append(cm("a", "default")).is_err());
        assert!(m.append(cm("a", "other")).is_ok());
        assert_eq!(m.len(), 3);
    }

    #[test]
    fn update_at_keeps_indexes() {
        let mut m = ResMap::new();
        m.append(cm("a", "")).unwrap();
        m.append(cm("b", "")).unwrap();
        let a = m.at(0).cur_id();
        assert_eq!(m.index_of(&a), Some(0));
        assert_eq!(m.indexes_ever_named("a"), &[0]);
        m.update_at(0, |r| r.set_name("x-a"));
        assert_eq!(m.index_of(&a), None);
        assert_eq!(m.indexes_named("x-a"), &[0]);
        assert!(m.indexes_named("a").is_empty());
        assert_eq!(m.indexes_ever_named("a"), &[0]);
        assert_eq!(m.indexes_ever_named("x-a"), &[0]);
        // A rename onto another resource's id drops the id index, which is rebuilt.
        m.update_at(1, |r| r.set_name("x-a"));
        assert!(m.check_unique().is_err());
        assert_eq!(m.indexes_ever_named("x-a"), &[0, 1]);
    }

    #[test]
    fn lookups_follow_renames() {
        let mut m = ResMap::new();
        m.append(cm("a", "")).unwrap();
        let id = m.at(0).cur_id();
        assert_eq!(m.index_of(&id), Some(0));
        m.at_mut(0).set_name("x-a");
        assert_eq!(m.index_of(&id), None);
        assert_eq!(m.indexes_named("x-a"), &[0]);
        assert_eq!(m.indexes_ever_named("a"), &[0]);
        assert_eq!(m.indexes_ever_named("x-a"), &[0]);
        assert!(m.indexes_ever_named("b").is_empty());
        m.append(cm("b", "")).unwrap();
        assert_eq!(m.indexes_ever_named("b"), &[1]);
        for _ in 0..6 {
            assert_eq!(m.positions_ever_named("a"), vec![0]);
        }
    }
}
