use super::fasthash::FastMap as HashMap;
use std::cell::OnceCell;

use super::resid::ResId;
use super::resource::Resource;

/// Where the resources with one id hash live: almost always one.
#[derive(Clone, Debug)]
enum Slot {
    One(usize),
    Many(Vec<usize>),
}

impl Slot {
    fn positions(&self) -> &[usize] {
        match self {
            Slot::One(i) => std::slice::from_ref(i),
            Slot::Many(v) => v,
        }
    }

    fn add(&mut self, i: usize) {
        match self {
            Slot::One(j) => *self = Slot::Many(vec![*j, i]),
            Slot::Many(v) => v.push(i),
        }
    }

    /// Drop `i`; false when the slot is left empty.
    fn remove(&mut self, i: usize) -> bool {
        match self {
            Slot::One(j) => *j != i,
            Slot::Many(v) => {
                v.retain(|&j| j != i);
                match v[..] {
                    [] => false,
                    [only] => {
                        *self = Slot::One(only);
                        true
                    }
                    _ => true,
                }
            }
        }
    }
}

/// The parts of an id that make it equal to another (`ResId::same_as`),
/// borrowed: from a resource without allocating, or from a `ResId`.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
struct IdRef<'a> {
    group: &'a str,
    version: &'a str,
    kind: &'a str,
    name: &'a str,
    namespace: &'a str,
}

impl<'a> IdRef<'a> {
    fn of_resource(r: &'a Resource) -> IdRef<'a> {
        let [av, kind, name, raw_ns] = super::resource::id_parts(&r.obj);
        let (group, version) = av.split_once('/').unwrap_or(("", av));
        let namespace = if super::resid::is_cluster_scoped(av, kind) {
            ""
        } else if raw_ns.is_empty() {
            "default"
        } else {
            raw_ns
        };
        IdRef { group, version, kind, name, namespace }
    }

    fn of_id(id: &'a ResId) -> IdRef<'a> {
        IdRef {
            group: &id.gvk.group,
            version: &id.gvk.version,
            kind: &id.gvk.kind,
            name: &id.name,
            namespace: id.effective_namespace(),
        }
    }

    fn hash(&self) -> u64 {
        super::fasthash::hash_of(self)
    }
}

/// Resources in build order, with no two sharing a current id.
///
/// Lookups by id and by name go through indexes built on first use and
/// dropped on any mutable access, so a sequence of reads costs one pass.
#[derive(Default, Clone, Debug)]
pub struct ResMap {
    items: Vec<Resource>,
    /// Id hash → positions (ids are compared on lookup, so nothing is
    /// copied out of the resources).
    by_id: OnceCell<HashMap<u64, Slot>>,
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

    fn id_index(&self) -> &HashMap<u64, Slot> {
        self.by_id.get_or_init(|| {
            let mut m: HashMap<u64, Slot> = HashMap::with_capacity_and_hasher(self.items.len(), Default::default());
            for (i, r) in self.items.iter().enumerate() {
                index_id(&mut m, IdRef::of_resource(r).hash(), i);
            }
            m
        })
    }

    /// Position of the first resource whose id equals `id`.
    fn find_id(&self, id: &IdRef<'_>) -> Option<usize> {
        let slot = self.id_index().get(&id.hash())?;
        slot.positions().iter().copied().find(|&i| IdRef::of_resource(&self.items[i]) == *id)
    }

    fn name_index(&self) -> &HashMap<String, Vec<usize>> {
        self.by_name.get_or_init(|| {
            let mut m: HashMap<String, Vec<usize>> = HashMap::default();
            for (i, r) in self.items.iter().enumerate() {
                m.entry(r.name().to_string()).or_default().push(i);
            }
            m
        })
    }

    fn any_name_index(&self) -> &HashMap<String, Vec<usize>> {
        self.by_any_name.get_or_init(|| {
            let mut m: HashMap<String, Vec<usize>> = HashMap::default();
            for (i, r) in self.items.iter().enumerate() {
                add_names(&mut m, r, i);
            }
            m
        })
    }

    /// Append, refusing a resource whose id is already present.
    pub fn append(&mut self, r: Resource) -> Result<(), DuplicateId> {
        let hash = IdRef::of_resource(&r).hash();
        self.append_hashed(r, hash)
    }

    /// [`Self::append`] with the hash of the resource's id known.
    fn append_hashed(&mut self, r: Resource, hash: u64) -> Result<(), DuplicateId> {
        if let Some(slot) = self.id_index().get(&hash) {
            let key = IdRef::of_resource(&r);
            if slot.positions().iter().any(|&i| IdRef::of_resource(&self.items[i]) == key) {
                return Err(DuplicateId(r.cur_id()));
            }
        }
        let i = self.items.len();
        self.items.push(r);
        if let Some(m) = self.by_id.get_mut() {
            index_id(m, hash, i);
        }
        if let Some(m) = self.by_name.get_mut() {
            let name = self.items[i].name();
            match m.get_mut(name) {
                Some(v) => v.push(i),
                None => {
                    m.insert(name.to_string(), vec![i]);
                }
            }
        }
        if let Some(m) = self.by_any_name.get_mut() {
            add_names(m, &self.items[i], i);
        }
        Ok(())
    }

    /// Room for `n` more resources (one allocation for what is appended
    /// next), in the vector and in the id index: appending grows both, and
    /// an index grown entry by entry is rehashed at each doubling (new
    /// memory every time). An index not made yet is made now, while it
    /// costs nothing more than it would at the next append.
    pub fn reserve(&mut self, n: usize) {
        self.items.reserve(n);
        if self.by_id.get().is_none() && self.items.is_empty() {
            let _ = self.by_id.set(HashMap::with_capacity_and_hasher(n, Default::default()));
        } else if let Some(m) = self.by_id.get_mut() {
            m.reserve(n);
        }
        if let Some(m) = self.by_name.get_mut() {
            m.reserve(n);
        }
    }

    pub fn append_all(&mut self, other: ResMap) -> Result<(), DuplicateId> {
        use rayon::prelude::*;
        if self.items.is_empty() && self.items.capacity() < other.items.len() {
            // Taken as it is (with its id index), once checked as appending
            // it resource by resource would.
            other.check_unique()?;
            *self = other;
            return Ok(());
        }
        self.items.reserve(other.items.len());
        /// From this many resources the id hashes are computed on the rayon pool.
        const PARALLEL_HASH_MIN: usize = 256;
        let hashes: Vec<u64> = if let Some(index) = other.by_id.get() {
            // The other map's id index holds every hash already.
            let mut hashes = vec![0; other.items.len()];
            for (&h, slot) in index {
                for &i in slot.positions() {
                    hashes[i] = h;
                }
            }
            hashes
        } else if crate::process::parallel_threads(other.len(), PARALLEL_HASH_MIN).is_some() {
            other.items.par_iter().map(|r| IdRef::of_resource(r).hash()).collect()
        } else {
            for r in other.items {
                self.append(r)?;
            }
            return Ok(());
        };
        for (r, hash) in other.items.into_iter().zip(hashes) {
            self.append_hashed(r, hash)?;
        }
        Ok(())
    }

    /// The id hashes of the resources, in order: worked out where the map
    /// is made (a file's resources, on the thread that parsed them) for
    /// [`Self::append_all_hashed`], so that appending many files one after
    /// the other on one thread does not read every id again.
    pub fn id_hashes(&self) -> IdHashes {
        let mut few = [0u64; IdHashes::FEW];
        if self.items.len() <= IdHashes::FEW {
            for (h, r) in few.iter_mut().zip(&self.items) {
                *h = IdRef::of_resource(r).hash();
            }
            return IdHashes { few, many: Vec::new(), len: self.items.len() };
        }
        let many = self.items.iter().map(|r| IdRef::of_resource(r).hash()).collect();
        IdHashes { few, many, len: self.items.len() }
    }

    /// [`Self::append_all`] with the id hashes of `other`'s resources known
    /// ([`Self::id_hashes`] of `other`, unchanged since).
    pub fn append_all_hashed(&mut self, other: ResMap, hashes: &IdHashes) -> Result<(), DuplicateId> {
        let hashes = hashes.as_slice();
        if hashes.len() != other.items.len() || (self.items.is_empty() && self.items.capacity() < other.items.len()) {
            return self.append_all(other);
        }
        self.items.reserve(other.items.len());
        for (r, &hash) in other.items.into_iter().zip(hashes) {
            self.append_hashed(r, hash)?;
        }
        Ok(())
    }

    /// Position of the resource whose current id is `id` (namespace `""` = `default`).
    pub fn index_of(&self, id: &ResId) -> Option<usize> {
        self.find_id(&IdRef::of_id(id))
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
        let old_hash = self.by_id.get().map(|_| IdRef::of_resource(&self.items[i]).hash());
        let old_name = self.by_name.get().map(|_| self.items[i].name().to_string());
        let out = f(&mut self.items[i]);
        if let Some(old) = old_hash {
            let new_key = IdRef::of_resource(&self.items[i]);
            let new = new_key.hash();
            if new != old {
                let clash = self.by_id.get().and_then(|m| m.get(&new)).is_some_and(|slot| {
                    slot.positions().iter().any(|&j| IdRef::of_resource(&self.items[j]) == new_key)
                });
                if clash {
                    // Two resources now share an id: let the index be rebuilt.
                    self.by_id.take();
                } else if let Some(map) = self.by_id.get_mut() {
                    if let Some(slot) = map.get_mut(&old) {
                        if !slot.remove(i) {
                            map.remove(&old);
                        }
                    }
                    index_id(map, new, i);
                }
            }
        }
        let r = &self.items[i];
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

    /// [`Self::update_at`] for each of `idx` (ascending, no repeats), on the
    /// rayon pool when there are many: the resources are changed
    /// independently and the indexes rebuilt on next use. Results are in
    /// the order of `idx`.
    pub fn update_many<R: Send>(&mut self, idx: &[usize], f: impl Fn(&mut Resource) -> R + Sync) -> Vec<R> {
        use rayon::prelude::*;
        /// Below this many resources one thread does it.
        const PARALLEL_UPDATE_MIN: usize = 16;
        debug_assert!(idx.windows(2).all(|w| w[0] < w[1]));
        if crate::process::parallel_threads(idx.len(), PARALLEL_UPDATE_MIN).is_none() {
            return idx.iter().map(|&i| self.update_at(i, &f)).collect();
        }
        self.invalidate();
        let mut wanted = vec![false; self.items.len()];
        for &i in idx {
            wanted[i] = true;
        }
        self.items.par_iter_mut().zip(wanted.par_iter()).filter(|(_, w)| **w).map(|(r, _)| f(r)).collect()
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

    /// Put the resources in the order `order` gives: position `k` gets the
    /// resource that was at `order[k]` (`order` is a permutation of the
    /// positions). Done in place, by following the permutation's cycles:
    /// no second vector of resources.
    ///
    /// # Panics
    /// When `order` is longer or shorter than the map or names a position
    /// past its end (a caller's bug).
    pub fn reorder(&mut self, mut order: Vec<usize>) {
        assert_eq!(order.len(), self.items.len(), "reorder: not a permutation");
        self.invalidate();
        for start in 0..order.len() {
            // a finished position points at itself
            let mut k = start;
            loop {
                let from = order[k];
                assert!(from < order.len(), "reorder: not a permutation");
                order[k] = k;
                // (`from == k` only for a fixed point, or an `order` that
                // repeats a position: stop rather than loop)
                if from == start || from == k {
                    break;
                }
                // position k takes the resource still at `from` (it has not
                // moved: `from` is later in this cycle)
                self.items.swap(k, from);
                k = from;
            }
        }
    }

    pub fn into_vec(self) -> Vec<Resource> {
        self.items
    }

    /// A map of `items` in their order; fails on the first that shares an
    /// id with one before it, as appending them one by one would. A few
    /// resources (one file's) are compared pairwise, without an index.
    pub fn from_unique(items: Vec<Resource>) -> Result<ResMap, DuplicateId> {
        const PAIRWISE_MAX: usize = 16;
        let m = ResMap { items, ..Default::default() };
        if m.items.len() > PAIRWISE_MAX {
            m.check_unique()?;
            return Ok(m);
        }
        // (on the stack: this runs for every file read)
        let mut ids: [Option<IdRef<'_>>; PAIRWISE_MAX] = [None; PAIRWISE_MAX];
        for (i, r) in m.items.iter().enumerate() {
            let id = IdRef::of_resource(r);
            if ids[..i].iter().flatten().any(|seen| *seen == id) {
                return Err(DuplicateId(r.cur_id()));
            }
            ids[i] = Some(id);
        }
        Ok(m)
    }

    /// Fails when two resources now share an id (after renames).
    /// The id index it builds is kept (ids hashed on the rayon pool for
    /// large maps).
    pub fn check_unique(&self) -> Result<(), DuplicateId> {
        use rayon::prelude::*;
        if let Some(index) = self.by_id.get() {
            // The index is current: only resources sharing a hash can share
            // an id. The one reported is the first (in map order) that
            // repeats an id before it, as in the scan below.
            let mut first: Option<usize> = None;
            for slot in index.values() {
                let Slot::Many(v) = slot else { continue };
                for &i in v {
                    if first.is_some_and(|f| f <= i) {
                        continue;
                    }
                    let key = IdRef::of_resource(&self.items[i]);
                    if v.iter().any(|&j| j < i && IdRef::of_resource(&self.items[j]) == key) {
                        first = Some(i);
                    }
                }
            }
            return match first {
                Some(i) => Err(DuplicateId(self.items[i].cur_id())),
                None => Ok(()),
            };
        }
        const PARALLEL_HASH_MIN: usize = 256;
        let hash = |r: &Resource| IdRef::of_resource(r).hash();
        let hashes: Vec<u64> = if crate::process::parallel_threads(self.items.len(), PARALLEL_HASH_MIN).is_some() {
            self.items.par_iter().map(hash).collect()
        } else {
            self.items.iter().map(hash).collect()
        };
        let mut m: HashMap<u64, Slot> = HashMap::with_capacity_and_hasher(self.items.len(), Default::default());
        for (i, h) in hashes.into_iter().enumerate() {
            if let Some(slot) = m.get(&h) {
                let key = IdRef::of_resource(&self.items[i]);
                if slot.positions().iter().any(|&j| IdRef::of_resource(&self.items[j]) == key) {
                    return Err(DuplicateId(self.items[i].cur_id()));
                }
            }
            index_id(&mut m, h, i);
        }
        let _ = self.by_id.set(m);
        Ok(())
    }
}

/// The id hashes of a map's resources ([`ResMap::id_hashes`]); a few are
/// kept inline (most files hold one to four resources).
#[derive(Clone, Debug)]
pub struct IdHashes {
    few: [u64; IdHashes::FEW],
    many: Vec<u64>,
    len: usize,
}

impl IdHashes {
    const FEW: usize = 4;

    fn as_slice(&self) -> &[u64] {
        if self.len <= Self::FEW {
            &self.few[..self.len]
        } else {
            &self.many
        }
    }
}

fn index_id(m: &mut HashMap<u64, Slot>, hash: u64, i: usize) {
    match m.get_mut(&hash) {
        Some(slot) => slot.add(i),
        None => {
            m.insert(hash, Slot::One(i));
        }
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
        // Sized by the upper bound when there is one (a filtered move of a
        // whole map, as sorting does): growing by doubling copies every
        // resource again and touches twice the memory.
        let iter = iter.into_iter();
        let mut items = Vec::with_capacity(iter.size_hint().1.unwrap_or(0));
        items.extend(iter);
        ResMap { items, ..Default::default() }
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
    use super::super::Gvk;
    use super::*;
    use crate::yaml::json;

    fn cm(name: &str, ns: &str) -> Resource {
        Resource::new(json!({"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":name,"namespace":ns}}))
    }

    /// `check_unique` through a current id index (no ids read again) and
    /// by hashing every id report the same resource: the first to repeat
    /// an id before it.
    #[test]
    fn check_unique_with_and_without_an_index_agree() {
        let cases: Vec<Vec<(&str, &str)>> = vec![
            vec![("a", ""), ("b", ""), ("a", "default"), ("c", ""), ("b", "")],
            vec![("a", "x"), ("b", ""), ("c", ""), ("b", "default"), ("a", "x")],
            vec![("a", ""), ("b", ""), ("c", "")],
            vec![],
        ];
        for case in cases {
            let fresh: ResMap = case.iter().map(|(n, ns)| cm(n, ns)).collect();
            let indexed = fresh.clone();
            // (a lookup builds the index)
            let _ = indexed.index_of(&ResId::new(Gvk::new("", "v1", "ConfigMap"), "zz", ""));
            assert!(indexed.by_id.get().is_some() && fresh.by_id.get().is_none());
            let want = fresh.check_unique().err().map(|e| e.0.to_string());
            let got = indexed.check_unique().err().map(|e| e.0.to_string());
            assert_eq!(got, want, "{case:?}");
        }
    }

    /// Appending with the hashes worked out ahead gives the map (and the
    /// duplicate refused) appending without them gives.
    #[test]
    fn append_all_hashed_is_append_all() {
        let base: ResMap = [cm("a", ""), cm("b", "")].into_iter().collect();
        for extra in [vec![cm("c", ""), cm("d", "x")], vec![cm("c", ""), cm("a", "default")], vec![cm("e", ""); 6]] {
            let other: ResMap = extra.into_iter().collect();
            let hashes = other.id_hashes();
            let (mut x, mut y) = (base.clone(), base.clone());
            x.reserve(10);
            y.reserve(10);
            let rx = x.append_all_hashed(other.clone(), &hashes).err().map(|e| e.0.to_string());
            let ry = y.append_all(other).err().map(|e| e.0.to_string());
            assert_eq!(rx, ry);
            let names = |m: &ResMap| m.iter().map(|r| r.name().to_string()).collect::<Vec<_>>();
            assert_eq!(names(&x), names(&y));
        }
    }

    #[test]
    fn reorder_applies_a_permutation_in_place() {
        // every permutation of up to 5 elements, and some longer ones from a
        // small generator, against building the new order by copying
        fn perms(n: usize) -> Vec<Vec<usize>> {
            if n == 0 {
                return vec![vec![]];
            }
            let mut out = Vec::new();
            for p in perms(n - 1) {
                for at in 0..n {
                    let mut q = p.clone();
                    q.insert(at, n - 1);
                    out.push(q);
                }
            }
            out
        }
        let mut cases: Vec<Vec<usize>> = (0..=5).flat_map(perms).collect();
        let mut seed = 7u64;
        for n in [17, 64, 300] {
            let mut p: Vec<usize> = (0..n).collect();
            for i in (1..n).rev() {
                seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                p.swap(i, (seed >> 33) as usize % (i + 1));
            }
            cases.push(p);
        }
        for order in cases {
            let names: Vec<String> = (0..order.len()).map(|i| format!("r{i}")).collect();
            let mut m: ResMap = names.iter().map(|n| cm(n, "")).collect();
            let uids: Vec<u64> = m.iter().map(|r| r.uid).collect();
            m.index_of(&ResId::new(Gvk::from_api_version("v1", "ConfigMap"), "r0", "")); // builds the id index
            m.reorder(order.clone());
            let got: Vec<&str> = m.iter().map(Resource::name).collect();
            let want: Vec<&str> = order.iter().map(|&i| names[i].as_str()).collect();
            assert_eq!(got, want, "order {order:?}");
            let got_uids: Vec<u64> = m.iter().map(|r| r.uid).collect();
            assert_eq!(got_uids, order.iter().map(|&i| uids[i]).collect::<Vec<_>>());
            // the id index follows the new positions
            for (k, &i) in order.iter().enumerate() {
                let id = ResId::new(Gvk::from_api_version("v1", "ConfigMap"), &names[i], "");
                assert_eq!(m.index_of(&id), Some(k));
            }
        }
    }

    #[test]
    fn from_unique_refuses_the_later_duplicate() {
        for n in [2, 5, 16, 17, 40] {
            let mut items: Vec<Resource> = (0..n).map(|i| cm(&format!("c{i}"), "")).collect();
            assert_eq!(ResMap::from_unique(items.clone()).unwrap().len(), n);
            // `c0` again, in `default` (the same id as no namespace)
            items.push(cm("c0", "default"));
            let err = ResMap::from_unique(items).unwrap_err();
            assert_eq!(err.0.name, "c0");
            assert_eq!(err.0.namespace, "default", "n = {n}");
        }
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
    fn ids_compare_as_the_cluster_sees_them() {
        let ns = |name: &str, namespace: &str| {
            Resource::new(json!({"apiVersion":"v1","kind":"Namespace","metadata":{"name":name,"namespace":namespace}}))
        };
        let mut m = ResMap::new();
        m.append(ns("a", "x")).unwrap();
        // Cluster-scoped: the namespace field does not make another id.
        assert!(m.append(ns("a", "")).is_err());
        m.append(cm("a", "")).unwrap();
        assert_eq!(m.index_of(&ResId::new(Gvk::from_api_version("v1", "Namespace"), "a", "y")), Some(0));
        assert_eq!(m.index_of(&ResId::new(Gvk::from_api_version("v1", "ConfigMap"), "a", "default")), Some(1));
        assert_eq!(m.index_of(&ResId::new(Gvk::from_api_version("apps/v1", "ConfigMap"), "a", "")), None);
        // Renames move the entry; renaming back finds it again.
        m.update_at(1, |r| r.set_name("b"));
        assert_eq!(m.index_of(&ResId::new(Gvk::from_api_version("v1", "ConfigMap"), "a", "")), None);
        m.update_at(1, |r| r.set_name("a"));
        assert_eq!(m.index_of(&ResId::new(Gvk::from_api_version("v1", "ConfigMap"), "a", "")), Some(1));
        assert!(m.check_unique().is_ok());
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
