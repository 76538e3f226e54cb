//! The document tree kustomize builds work on: [`Value`] and [`Map`].
//!
//! The API follows the subset of `serde_json::Value` / `serde_json::Map` the
//! code base uses, so code reads the same, but a mapping is one vector of
//! `(key, value)` pairs kept sorted by key bytes instead of a B-tree. A
//! B-tree allocates a node of about 600 bytes for every mapping, even one of
//! a single key; a resource has a dozen small mappings. The order of
//! iteration is the B-tree's (key bytes ascending), so everything that walks
//! a map sees what it saw before.
//!
//! Lookups are binary searches; inserting appends when the key sorts last
//! (the common case for generated and already-sorted input) and otherwise
//! shifts the tail. Numbers are `serde_json::Number`. `serde` support makes
//! `serde_json::to_string`/`from_str` work on these types; conversions to
//! and from `serde_json::Value` exist for the chart side, which keeps
//! serde_json's type.
use std::borrow::Borrow;
use std::fmt;
use std::marker::PhantomData;

pub use serde_json::Number;

pub use super::key::Key;

/// A JSON-shaped document node.
#[derive(Clone, PartialEq, Eq, Default, Hash)]
pub enum Value {
    #[default]
    Null,
    Bool(bool),
    Number(Number),
    String(String),
    Array(Vec<Value>),
    Object(Map<String, Value>),
}

/// A mapping from string keys to values, sorted by key bytes.
///
/// The type parameters exist so `Map<String, Value>` reads as before; only
/// `String` keys are supported, and they are stored as [`Key`]s (short keys
/// without a heap block): iteration yields `&Key`, which derefs to `str`.
pub struct Map<K = String, V = Value> {
    entries: Vec<(Key, V)>,
    _key: PhantomData<fn() -> K>,
}

impl<K, V> Default for Map<K, V> {
    fn default() -> Self {
        Map { entries: Vec::new(), _key: PhantomData }
    }
}

impl<V: Clone> Clone for Map<String, V> {
    fn clone(&self) -> Self {
        Map { entries: self.entries.clone(), _key: PhantomData }
    }
    fn clone_from(&mut self, source: &Self) {
        self.entries.clone_from(&source.entries);
    }
}

impl<V: PartialEq> PartialEq for Map<String, V> {
    fn eq(&self, other: &Self) -> bool {
        self.entries == other.entries
    }
}
impl<V: Eq> Eq for Map<String, V> {}

impl<V: std::hash::Hash> std::hash::Hash for Map<String, V> {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.entries.hash(state)
    }
}

impl<V: fmt::Debug> fmt::Debug for Map<String, V> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_map().entries(self.entries.iter().map(|(k, v)| (k, v))).finish()
    }
}

impl fmt::Debug for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Value::Null => f.write_str("Null"),
            Value::Bool(b) => write!(f, "Bool({b})"),
            Value::Number(n) => write!(f, "Number({n})"),
            Value::String(s) => write!(f, "String({s:?})"),
            Value::Array(a) => {
                f.write_str("Array ")?;
                f.debug_list().entries(a).finish()
            }
            Value::Object(m) => {
                f.write_str("Object ")?;
                fmt::Debug::fmt(m, f)
            }
        }
    }
}

impl<V> Map<String, V> {
    pub fn new() -> Self {
        Map { entries: Vec::new(), _key: PhantomData }
    }

    pub fn with_capacity(n: usize) -> Self {
        Map { entries: Vec::with_capacity(n), _key: PhantomData }
    }

    /// Build from pairs already sorted by key bytes with no duplicates
    /// (checked in debug builds).
    pub(crate) fn from_sorted_vec(entries: Vec<(Key, V)>) -> Self {
        debug_assert!(entries.windows(2).all(|w| w[0].0 < w[1].0));
        Map { entries, _key: PhantomData }
    }

    /// Make room for `n` more entries.
    pub fn reserve(&mut self, n: usize) {
        self.entries.reserve(n);
    }

    /// Binary search by key bytes. Keys are told apart by their first
    /// eight bytes as one number ([`Key::prefix`]) before their texts are
    /// compared: where those numbers differ they order as the texts do.
    fn find(&self, key: &str) -> Result<usize, usize> {
        let want = super::key::prefix_of(key.as_bytes());
        self.entries.binary_search_by(|(k, _)| match k.prefix().cmp(&want) {
            std::cmp::Ordering::Equal => k.as_str().cmp(key),
            o => o,
        })
    }

    /// Position of `key`, for lookups that need no insertion point. The
    /// common case, a short key in a small map (most mappings of a
    /// resource have a handful of keys), is a linear scan comparing two
    /// words with each entry's key, inlined where the map is read (a
    /// literal key's words are then constants); the rest is out of line.
    #[inline(always)]
    fn position(&self, key: &str) -> Option<usize> {
        if self.entries.len() <= 8 && key.len() <= super::key::INLINE_MAX {
            let probe = Key::probe(key);
            self.entries.iter().position(|(k, _)| k.same_words(&probe))
        } else {
            self.position_far(key)
        }
    }

    /// [`Self::position`] for long keys (a linear scan) and large maps (a
    /// binary search).
    #[inline(never)]
    fn position_far(&self, key: &str) -> Option<usize> {
        if self.entries.len() > 8 {
            self.find(key).ok()
        } else {
            self.entries.iter().position(|(k, _)| k.len() == key.len() && k.as_str() == key)
        }
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    pub fn clear(&mut self) {
        self.entries.clear();
    }

    /// Drop spare capacity.
    pub fn shrink_to_fit(&mut self) {
        self.entries.shrink_to_fit();
    }

    /// The entries moved into a map of exactly their number; this one is
    /// left empty with its capacity (for reuse).
    pub(crate) fn take_exact(&mut self) -> Self {
        let mut entries = Vec::with_capacity(self.entries.len());
        entries.append(&mut self.entries);
        Map { entries, _key: PhantomData }
    }

    #[inline]
    pub fn get<Q: ?Sized + Borrow<str>>(&self, key: &Q) -> Option<&V> {
        self.position(key.borrow()).map(|i| &self.entries[i].1)
    }

    #[inline]
    pub fn get_mut<Q: ?Sized + Borrow<str>>(&mut self, key: &Q) -> Option<&mut V> {
        match self.position(key.borrow()) {
            Some(i) => Some(&mut self.entries[i].1),
            None => None,
        }
    }

    #[inline]
    pub fn get_key_value<Q: ?Sized + Borrow<str>>(&self, key: &Q) -> Option<(&Key, &V)> {
        self.position(key.borrow()).map(|i| {
            let (k, v) = &self.entries[i];
            (k, v)
        })
    }

    #[inline]
    pub fn contains_key<Q: ?Sized + Borrow<str>>(&self, key: &Q) -> bool {
        self.position(key.borrow()).is_some()
    }

    /// Insert or replace; returns the previous value of the key.
    pub fn insert(&mut self, key: String, value: V) -> Option<V> {
        self.insert_key(Key::from(key), value)
    }

    /// [`insert`](Self::insert) with a [`Key`] (a key read from another
    /// map, or one made from a `&str` without a `String`).
    pub fn insert_key(&mut self, key: Key, value: V) -> Option<V> {
        let at = match self.entries.last() {
            Some((last, _)) if *last < key => self.entries.len(),
            None => 0,
            Some(_) => match self.find(&key) {
                Ok(i) => return Some(std::mem::replace(&mut self.entries[i].1, value)),
                Err(i) => i,
            },
        };
        grow(&mut self.entries);
        self.entries.insert(at, (key, value));
        None
    }

    pub fn remove<Q: ?Sized + Borrow<str>>(&mut self, key: &Q) -> Option<V> {
        self.position(key.borrow()).map(|i| self.entries.remove(i).1)
    }

    pub fn remove_entry<Q: ?Sized + Borrow<str>>(&mut self, key: &Q) -> Option<(Key, V)> {
        self.position(key.borrow()).map(|i| self.entries.remove(i))
    }

    pub fn entry<S: Into<Key>>(&mut self, key: S) -> Entry<'_, V> {
        let key = key.into();
        let pos = self.find(&key);
        Entry { entries: &mut self.entries, key, pos }
    }

    pub fn retain<F: FnMut(&Key, &mut V) -> bool>(&mut self, mut f: F) {
        self.entries.retain_mut(|(k, v)| f(k, v));
    }

    /// Move every entry of `other` into `self` (replacing equal keys).
    pub fn append(&mut self, other: &mut Self) {
        let taken = std::mem::take(&mut other.entries);
        self.extend(taken);
    }

    pub fn iter(&self) -> Iter<'_, V> {
        Iter(self.entries.iter())
    }

    pub fn iter_mut(&mut self) -> IterMut<'_, V> {
        IterMut(self.entries.iter_mut())
    }

    pub fn keys(&self) -> impl DoubleEndedIterator<Item = &Key> + ExactSizeIterator + Clone {
        self.entries.iter().map(|(k, _)| k)
    }

    pub fn values(&self) -> impl DoubleEndedIterator<Item = &V> + ExactSizeIterator + Clone {
        self.entries.iter().map(|(_, v)| v)
    }

    pub fn values_mut(&mut self) -> impl DoubleEndedIterator<Item = &mut V> + ExactSizeIterator {
        self.entries.iter_mut().map(|(_, v)| v)
    }

    pub fn into_values(self) -> impl DoubleEndedIterator<Item = V> + ExactSizeIterator {
        self.entries.into_iter().map(|(_, v)| v)
    }

    pub fn into_keys(self) -> impl DoubleEndedIterator<Item = Key> + ExactSizeIterator {
        self.entries.into_iter().map(|(k, _)| k)
    }

    pub fn first_key_value(&self) -> Option<(&Key, &V)> {
        self.entries.first().map(|(k, v)| (k, v))
    }

    pub fn last_key_value(&self) -> Option<(&Key, &V)> {
        self.entries.last().map(|(k, v)| (k, v))
    }
}

/// Make room for one more entry, growing by half instead of doubling and
/// from one slot instead of four: most mappings are read with exact
/// capacity and then get one or two keys from a transformer (a label, a
/// namespace), and a doubled vector would keep the rest empty.
#[inline]
fn grow<T>(v: &mut Vec<T>) {
    if v.len() == v.capacity() {
        v.reserve_exact((v.len() / 2).max(1));
    }
}

/// A slot in a [`Map`] for one key, as `BTreeMap`'s entry API.
pub struct Entry<'a, V> {
    entries: &'a mut Vec<(Key, V)>,
    key: Key,
    pos: Result<usize, usize>,
}

impl<'a, V> Entry<'a, V> {
    pub fn key(&self) -> &Key {
        &self.key
    }

    pub fn or_insert(self, default: V) -> &'a mut V {
        self.or_insert_with(|| default)
    }

    pub fn or_insert_with<F: FnOnce() -> V>(self, f: F) -> &'a mut V {
        let i = match self.pos {
            Ok(i) => i,
            Err(i) => {
                grow(self.entries);
                self.entries.insert(i, (self.key, f()));
                i
            }
        };
        &mut self.entries[i].1
    }

    pub fn or_default(self) -> &'a mut V
    where
        V: Default,
    {
        self.or_insert_with(V::default)
    }

    pub fn and_modify<F: FnOnce(&mut V)>(self, f: F) -> Self {
        if let Ok(i) = self.pos {
            f(&mut self.entries[i].1);
        }
        self
    }
}

/// Borrowing iterator over a [`Map`], in key order.
#[derive(Clone)]
pub struct Iter<'a, V>(std::slice::Iter<'a, (Key, V)>);

impl<'a, V> Iterator for Iter<'a, V> {
    type Item = (&'a Key, &'a V);
    fn next(&mut self) -> Option<Self::Item> {
        self.0.next().map(|(k, v)| (k, v))
    }
    fn size_hint(&self) -> (usize, Option<usize>) {
        self.0.size_hint()
    }
}
impl<V> DoubleEndedIterator for Iter<'_, V> {
    fn next_back(&mut self) -> Option<Self::Item> {
        self.0.next_back().map(|(k, v)| (k, v))
    }
}
impl<V> ExactSizeIterator for Iter<'_, V> {}

/// Mutably borrowing iterator over a [`Map`], in key order.
pub struct IterMut<'a, V>(std::slice::IterMut<'a, (Key, V)>);

impl<'a, V> Iterator for IterMut<'a, V> {
    type Item = (&'a Key, &'a mut V);
    fn next(&mut self) -> Option<Self::Item> {
        self.0.next().map(|(k, v)| (&*k, v))
    }
    fn size_hint(&self) -> (usize, Option<usize>) {
        self.0.size_hint()
    }
}
impl<V> DoubleEndedIterator for IterMut<'_, V> {
    fn next_back(&mut self) -> Option<Self::Item> {
        self.0.next_back().map(|(k, v)| (&*k, v))
    }
}
impl<V> ExactSizeIterator for IterMut<'_, V> {}

impl<'a, V> IntoIterator for &'a Map<String, V> {
    type Item = (&'a Key, &'a V);
    type IntoIter = Iter<'a, V>;
    fn into_iter(self) -> Self::IntoIter {
        self.iter()
    }
}

impl<'a, V> IntoIterator for &'a mut Map<String, V> {
    type Item = (&'a Key, &'a mut V);
    type IntoIter = IterMut<'a, V>;
    fn into_iter(self) -> Self::IntoIter {
        self.iter_mut()
    }
}

impl<V> IntoIterator for Map<String, V> {
    type Item = (Key, V);
    type IntoIter = std::vec::IntoIter<(Key, V)>;
    fn into_iter(self) -> Self::IntoIter {
        self.entries.into_iter()
    }
}

impl<K: Into<Key>, V> Extend<(K, V)> for Map<String, V> {
    fn extend<T: IntoIterator<Item = (K, V)>>(&mut self, iter: T) {
        for (k, v) in iter {
            self.insert_key(k.into(), v);
        }
    }
}

impl<K: Into<Key>, V> FromIterator<(K, V)> for Map<String, V> {
    /// Later pairs replace earlier ones with the same key, as repeated
    /// `insert`s would.
    fn from_iter<T: IntoIterator<Item = (K, V)>>(iter: T) -> Self {
        let mut entries: Vec<(Key, V)> = iter.into_iter().map(|(k, v)| (k.into(), v)).collect();
        if entries.windows(2).all(|w| w[0].0 < w[1].0) {
            return Map { entries, _key: PhantomData };
        }
        // stable: equal keys keep their input order, the last one wins
        entries.sort_by(|a, b| a.0.cmp(&b.0));
        let mut out: Vec<(Key, V)> = Vec::with_capacity(entries.len());
        for (k, v) in entries {
            match out.last_mut() {
                Some(last) if last.0 == k => last.1 = v,
                _ => out.push((k, v)),
            }
        }
        Map { entries: out, _key: PhantomData }
    }
}

impl<Q: ?Sized + Borrow<str>, V> std::ops::Index<&Q> for Map<String, V> {
    type Output = V;
    fn index(&self, key: &Q) -> &V {
        self.get(key).expect("no entry found for key")
    }
}

impl<Q: ?Sized + Borrow<str>, V> std::ops::IndexMut<&Q> for Map<String, V> {
    fn index_mut(&mut self, key: &Q) -> &mut V {
        self.get_mut(key).expect("no entry found for key")
    }
}

/// What `Value::get`, `Value::get_mut` and `value[...]` accept: a key of an
/// object or an index of an array.
pub trait ValueIndex {
    #[doc(hidden)]
    fn index_into<'v>(&self, v: &'v Value) -> Option<&'v Value>;
    #[doc(hidden)]
    fn index_into_mut<'v>(&self, v: &'v mut Value) -> Option<&'v mut Value>;
    #[doc(hidden)]
    fn index_or_insert<'v>(&self, v: &'v mut Value) -> &'v mut Value;
}

impl ValueIndex for usize {
    fn index_into<'v>(&self, v: &'v Value) -> Option<&'v Value> {
        match v {
            Value::Array(a) => a.get(*self),
            _ => None,
        }
    }
    fn index_into_mut<'v>(&self, v: &'v mut Value) -> Option<&'v mut Value> {
        match v {
            Value::Array(a) => a.get_mut(*self),
            _ => None,
        }
    }
    fn index_or_insert<'v>(&self, v: &'v mut Value) -> &'v mut Value {
        match v {
            Value::Array(a) => {
                let len = a.len();
                a.get_mut(*self).unwrap_or_else(|| panic!("index {} out of bounds for an array of {len}", self))
            }
            other => panic!("cannot index {} with a number", other.kind_name()),
        }
    }
}

impl ValueIndex for str {
    #[inline]
    fn index_into<'v>(&self, v: &'v Value) -> Option<&'v Value> {
        match v {
            Value::Object(m) => m.get(self),
            _ => None,
        }
    }
    #[inline]
    fn index_into_mut<'v>(&self, v: &'v mut Value) -> Option<&'v mut Value> {
        match v {
            Value::Object(m) => m.get_mut(self),
            _ => None,
        }
    }
    fn index_or_insert<'v>(&self, v: &'v mut Value) -> &'v mut Value {
        if v.is_null() {
            *v = Value::Object(Map::new());
        }
        match v {
            Value::Object(m) => m.entry(self).or_insert(Value::Null),
            other => panic!("cannot index {} with a string", other.kind_name()),
        }
    }
}

impl ValueIndex for String {
    #[inline]
    fn index_into<'v>(&self, v: &'v Value) -> Option<&'v Value> {
        self.as_str().index_into(v)
    }
    fn index_into_mut<'v>(&self, v: &'v mut Value) -> Option<&'v mut Value> {
        self.as_str().index_into_mut(v)
    }
    fn index_or_insert<'v>(&self, v: &'v mut Value) -> &'v mut Value {
        self.as_str().index_or_insert(v)
    }
}

impl<T: ?Sized + ValueIndex> ValueIndex for &T {
    #[inline]
    fn index_into<'v>(&self, v: &'v Value) -> Option<&'v Value> {
        (**self).index_into(v)
    }
    fn index_into_mut<'v>(&self, v: &'v mut Value) -> Option<&'v mut Value> {
        (**self).index_into_mut(v)
    }
    fn index_or_insert<'v>(&self, v: &'v mut Value) -> &'v mut Value {
        (**self).index_or_insert(v)
    }
}

static NULL: Value = Value::Null;

impl<I: ValueIndex> std::ops::Index<I> for Value {
    type Output = Value;
    /// A missing key or index, or indexing a scalar, gives `Null`.
    fn index(&self, index: I) -> &Value {
        index.index_into(self).unwrap_or(&NULL)
    }
}

impl<I: ValueIndex> std::ops::IndexMut<I> for Value {
    /// Inserts `Null` for a missing key (turning a `Null` into an object);
    /// panics on an index out of bounds or a scalar, as serde_json does.
    fn index_mut(&mut self, index: I) -> &mut Value {
        index.index_or_insert(self)
    }
}

impl Value {
    fn kind_name(&self) -> &'static str {
        match self {
            Value::Null => "null",
            Value::Bool(_) => "a boolean",
            Value::Number(_) => "a number",
            Value::String(_) => "a string",
            Value::Array(_) => "an array",
            Value::Object(_) => "an object",
        }
    }

    #[inline]
    pub fn get<I: ValueIndex>(&self, index: I) -> Option<&Value> {
        index.index_into(self)
    }

    #[inline]
    pub fn get_mut<I: ValueIndex>(&mut self, index: I) -> Option<&mut Value> {
        index.index_into_mut(self)
    }

    pub fn is_null(&self) -> bool {
        matches!(self, Value::Null)
    }
    pub fn is_boolean(&self) -> bool {
        matches!(self, Value::Bool(_))
    }
    pub fn is_number(&self) -> bool {
        matches!(self, Value::Number(_))
    }
    pub fn is_string(&self) -> bool {
        matches!(self, Value::String(_))
    }
    pub fn is_array(&self) -> bool {
        matches!(self, Value::Array(_))
    }
    pub fn is_object(&self) -> bool {
        matches!(self, Value::Object(_))
    }
    pub fn is_i64(&self) -> bool {
        matches!(self, Value::Number(n) if n.is_i64())
    }
    pub fn is_u64(&self) -> bool {
        matches!(self, Value::Number(n) if n.is_u64())
    }
    pub fn is_f64(&self) -> bool {
        matches!(self, Value::Number(n) if n.is_f64())
    }

    pub fn as_null(&self) -> Option<()> {
        self.is_null().then_some(())
    }
    pub fn as_bool(&self) -> Option<bool> {
        match self {
            Value::Bool(b) => Some(*b),
            _ => None,
        }
    }
    pub fn as_number(&self) -> Option<&Number> {
        match self {
            Value::Number(n) => Some(n),
            _ => None,
        }
    }
    pub fn as_i64(&self) -> Option<i64> {
        self.as_number().and_then(Number::as_i64)
    }
    pub fn as_u64(&self) -> Option<u64> {
        self.as_number().and_then(Number::as_u64)
    }
    pub fn as_f64(&self) -> Option<f64> {
        self.as_number().and_then(Number::as_f64)
    }
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::String(s) => Some(s),
            _ => None,
        }
    }
    pub fn as_array(&self) -> Option<&Vec<Value>> {
        match self {
            Value::Array(a) => Some(a),
            _ => None,
        }
    }
    pub fn as_array_mut(&mut self) -> Option<&mut Vec<Value>> {
        match self {
            Value::Array(a) => Some(a),
            _ => None,
        }
    }
    pub fn as_object(&self) -> Option<&Map<String, Value>> {
        match self {
            Value::Object(m) => Some(m),
            _ => None,
        }
    }
    pub fn as_object_mut(&mut self) -> Option<&mut Map<String, Value>> {
        match self {
            Value::Object(m) => Some(m),
            _ => None,
        }
    }

    /// Replace with `Null` and return the old value.
    pub fn take(&mut self) -> Value {
        std::mem::take(self)
    }

    /// RFC 6901 JSON pointer lookup (`""` is the whole value).
    pub fn pointer(&self, pointer: &str) -> Option<&Value> {
        if pointer.is_empty() {
            return Some(self);
        }
        let rest = pointer.strip_prefix('/')?;
        let mut cur = self;
        for token in rest.split('/') {
            let token = unescape_token(token);
            cur = match cur {
                Value::Object(m) => m.get(token.as_ref())?,
                Value::Array(a) => a.get(parse_array_index(&token)?)?,
                _ => return None,
            };
        }
        Some(cur)
    }

    /// Mutable RFC 6901 JSON pointer lookup.
    pub fn pointer_mut(&mut self, pointer: &str) -> Option<&mut Value> {
        if pointer.is_empty() {
            return Some(self);
        }
        let rest = pointer.strip_prefix('/')?;
        let mut cur = self;
        for token in rest.split('/') {
            let token = unescape_token(token);
            cur = match cur {
                Value::Object(m) => m.get_mut(token.as_ref())?,
                Value::Array(a) => a.get_mut(parse_array_index(&token)?)?,
                _ => return None,
            };
        }
        Some(cur)
    }

    /// Drop spare capacity of every array and mapping in the tree.
    pub fn shrink_to_fit(&mut self) {
        match self {
            Value::Array(a) => {
                a.shrink_to_fit();
                a.iter_mut().for_each(Value::shrink_to_fit);
            }
            Value::Object(m) => {
                m.shrink_to_fit();
                m.values_mut().for_each(Value::shrink_to_fit);
            }
            _ => {}
        }
    }
}

fn unescape_token(t: &str) -> std::borrow::Cow<'_, str> {
    if t.contains('~') {
        t.replace("~1", "/").replace("~0", "~").into()
    } else {
        t.into()
    }
}

fn parse_array_index(t: &str) -> Option<usize> {
    if t.starts_with('+') || (t.starts_with('0') && t.len() > 1) {
        return None;
    }
    t.parse().ok()
}

// ---- conversions ----

impl From<bool> for Value {
    fn from(b: bool) -> Self {
        Value::Bool(b)
    }
}
impl From<String> for Value {
    fn from(s: String) -> Self {
        Value::String(s)
    }
}
impl From<&String> for Value {
    fn from(s: &String) -> Self {
        Value::String(s.clone())
    }
}
impl From<&str> for Value {
    fn from(s: &str) -> Self {
        Value::String(s.to_string())
    }
}
impl From<std::borrow::Cow<'_, str>> for Value {
    fn from(s: std::borrow::Cow<'_, str>) -> Self {
        Value::String(s.into_owned())
    }
}
impl From<Number> for Value {
    fn from(n: Number) -> Self {
        Value::Number(n)
    }
}
impl From<Map<String, Value>> for Value {
    fn from(m: Map<String, Value>) -> Self {
        Value::Object(m)
    }
}
impl<T: Into<Value>> From<Vec<T>> for Value {
    fn from(v: Vec<T>) -> Self {
        Value::Array(v.into_iter().map(Into::into).collect())
    }
}
impl<T: Clone + Into<Value>> From<&[T]> for Value {
    fn from(v: &[T]) -> Self {
        Value::Array(v.iter().cloned().map(Into::into).collect())
    }
}
impl<T: Into<Value>> From<Option<T>> for Value {
    fn from(v: Option<T>) -> Self {
        v.map_or(Value::Null, Into::into)
    }
}
impl From<()> for Value {
    fn from(_: ()) -> Self {
        Value::Null
    }
}
impl From<f64> for Value {
    /// NaN and infinities become `Null`, as in serde_json.
    fn from(f: f64) -> Self {
        Number::from_f64(f).map_or(Value::Null, Value::Number)
    }
}
impl From<f32> for Value {
    fn from(f: f32) -> Self {
        Value::from(f as f64)
    }
}
macro_rules! from_integer {
    ($($t:ty)*) => {$(
        impl From<$t> for Value {
            fn from(n: $t) -> Self {
                Value::Number(n.into())
            }
        }
    )*};
}
from_integer!(i8 i16 i32 i64 isize u8 u16 u32 u64 usize);

impl<T: Into<Value>> FromIterator<T> for Value {
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> Self {
        Value::Array(iter.into_iter().map(Into::into).collect())
    }
}

impl<K: Into<Key>, V: Into<Value>> FromIterator<(K, V)> for Value {
    fn from_iter<I: IntoIterator<Item = (K, V)>>(iter: I) -> Self {
        Value::Object(iter.into_iter().map(|(k, v)| (k.into(), v.into())).collect())
    }
}

impl From<serde_json::Value> for Value {
    fn from(v: serde_json::Value) -> Self {
        match v {
            serde_json::Value::Null => Value::Null,
            serde_json::Value::Bool(b) => Value::Bool(b),
            serde_json::Value::Number(n) => Value::Number(n),
            serde_json::Value::String(s) => Value::String(s),
            serde_json::Value::Array(a) => Value::Array(a.into_iter().map(Value::from).collect()),
            // serde_json's map iterates in key order: already sorted
            serde_json::Value::Object(m) => Value::Object(Map::from_sorted_vec(
                m.into_iter().map(|(k, v)| (Key::from(k), Value::from(v))).collect(),
            )),
        }
    }
}

impl From<Value> for serde_json::Value {
    fn from(v: Value) -> Self {
        match v {
            Value::Null => serde_json::Value::Null,
            Value::Bool(b) => serde_json::Value::Bool(b),
            Value::Number(n) => serde_json::Value::Number(n),
            Value::String(s) => serde_json::Value::String(s),
            Value::Array(a) => serde_json::Value::Array(a.into_iter().map(serde_json::Value::from).collect()),
            Value::Object(m) => serde_json::Value::Object(
                m.into_iter().map(|(k, v)| (String::from(k), serde_json::Value::from(v))).collect(),
            ),
        }
    }
}

impl From<&Value> for serde_json::Value {
    fn from(v: &Value) -> Self {
        match v {
            Value::Null => serde_json::Value::Null,
            Value::Bool(b) => serde_json::Value::Bool(*b),
            Value::Number(n) => serde_json::Value::Number(n.clone()),
            Value::String(s) => serde_json::Value::String(s.clone()),
            Value::Array(a) => serde_json::Value::Array(a.iter().map(serde_json::Value::from).collect()),
            Value::Object(m) => serde_json::Value::Object(
                m.iter().map(|(k, v)| (String::from(k), serde_json::Value::from(v))).collect(),
            ),
        }
    }
}

/// Deserialize a typed value from a tree (through serde_json's
/// deserializer; used for configuration, not on hot paths).
pub fn from_value<T: serde::de::DeserializeOwned>(v: Value) -> Result<T, serde_json::Error> {
    serde_json::from_value(serde_json::Value::from(v))
}

/// Serialize a typed value into a tree.
pub fn to_value<T: serde::Serialize>(t: T) -> Result<Value, serde_json::Error> {
    serde_json::to_value(t).map(Value::from)
}

// ---- equality with plain values ----

impl PartialEq<str> for Value {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == Some(other)
    }
}
impl PartialEq<&str> for Value {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == Some(*other)
    }
}
impl PartialEq<String> for Value {
    fn eq(&self, other: &String) -> bool {
        self.as_str() == Some(other.as_str())
    }
}
impl PartialEq<Value> for str {
    fn eq(&self, other: &Value) -> bool {
        other == self
    }
}
impl PartialEq<Value> for &str {
    fn eq(&self, other: &Value) -> bool {
        other == *self
    }
}
impl PartialEq<Value> for String {
    fn eq(&self, other: &Value) -> bool {
        other == self
    }
}
impl PartialEq<bool> for Value {
    fn eq(&self, other: &bool) -> bool {
        self.as_bool() == Some(*other)
    }
}
impl PartialEq<f64> for Value {
    fn eq(&self, other: &f64) -> bool {
        self.as_f64() == Some(*other)
    }
}
macro_rules! eq_signed {
    ($($t:ty)*) => {$(
        impl PartialEq<$t> for Value {
            fn eq(&self, other: &$t) -> bool {
                self.as_i64() == Some(*other as i64)
            }
        }
    )*};
}
eq_signed!(i8 i16 i32 i64 isize);
macro_rules! eq_unsigned {
    ($($t:ty)*) => {$(
        impl PartialEq<$t> for Value {
            fn eq(&self, other: &$t) -> bool {
                self.as_u64() == Some(*other as u64)
            }
        }
    )*};
}
eq_unsigned!(u8 u16 u32 u64 usize);

// ---- serde ----

impl serde::Serialize for Value {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Value::Null => s.serialize_unit(),
            Value::Bool(b) => s.serialize_bool(*b),
            Value::Number(n) => n.serialize(s),
            Value::String(x) => s.serialize_str(x),
            Value::Array(a) => a.serialize(s),
            Value::Object(m) => m.serialize(s),
        }
    }
}

impl<V: serde::Serialize> serde::Serialize for Map<String, V> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut m = s.serialize_map(Some(self.len()))?;
        for (k, v) in self {
            m.serialize_entry(k, v)?;
        }
        m.end()
    }
}

struct ValueVisitor;

impl<'de> serde::de::Visitor<'de> for ValueVisitor {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON-shaped value")
    }
    fn visit_bool<E>(self, b: bool) -> Result<Value, E> {
        Ok(Value::Bool(b))
    }
    fn visit_i64<E>(self, n: i64) -> Result<Value, E> {
        Ok(Value::Number(n.into()))
    }
    fn visit_u64<E>(self, n: u64) -> Result<Value, E> {
        Ok(Value::Number(n.into()))
    }
    fn visit_f64<E>(self, f: f64) -> Result<Value, E> {
        Ok(Value::from(f))
    }
    fn visit_str<E>(self, s: &str) -> Result<Value, E> {
        Ok(Value::String(s.to_string()))
    }
    fn visit_string<E>(self, s: String) -> Result<Value, E> {
        Ok(Value::String(s))
    }
    fn visit_none<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }
    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }
    fn visit_some<D: serde::Deserializer<'de>>(self, d: D) -> Result<Value, D::Error> {
        serde::Deserialize::deserialize(d)
    }
    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut out = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(4096));
        while let Some(v) = seq.next_element()? {
            out.push(v);
        }
        Ok(Value::Array(out))
    }
    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let mut pairs: Vec<(Key, Value)> = Vec::new();
        while let Some((k, v)) = map.next_entry::<Key, Value>()? {
            pairs.push((k, v));
        }
        // duplicate keys: the last wins, as serde_json's map does
        Ok(Value::Object(pairs.into_iter().collect()))
    }
}

impl<'de> serde::Deserialize<'de> for Value {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Value, D::Error> {
        d.deserialize_any(ValueVisitor)
    }
}

impl<'de> serde::Deserialize<'de> for Map<String, Value> {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        match Value::deserialize(d)? {
            Value::Object(m) => Ok(m),
            other => Err(serde::de::Error::custom(format!("expected a mapping, found {}", other.kind_name()))),
        }
    }
}

impl fmt::Display for Value {
    /// Compact JSON; `{:#}` for indented JSON.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let s = if f.alternate() { serde_json::to_string_pretty(self) } else { serde_json::to_string(self) };
        f.write_str(&s.map_err(|_| fmt::Error)?)
    }
}

impl std::str::FromStr for Value {
    type Err = serde_json::Error;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        serde_json::from_str(s)
    }
}

/// Build a [`Value`] from JSON-like syntax: `json!({"a": [1, x, null]})`.
/// Interpolated expressions must implement `serde::Serialize`.
///
/// The literal is read by serde_json's macro and converted once; meant for
/// tests and small fixed documents, not hot paths.
#[macro_export]
macro_rules! kjson {
    ($($body:tt)+) => {
        $crate::yaml::Value::from(::serde_json::json!($($body)+))
    };
}
pub use crate::kjson as json;

/// Append `/` and a mapping key to a JSON pointer (RFC 6901: `~` is written
/// `~0` and `/` `~1`; most keys need neither and are copied as they are).
pub fn push_pointer_key(ptr: &mut String, key: &str) {
    ptr.push('/');
    if key.contains(['~', '/']) {
        ptr.push_str(&key.replace('~', "~0").replace('/', "~1"));
    } else {
        ptr.push_str(key);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pointer_keys_escape_tilde_and_slash() {
        let mut p = String::new();
        push_pointer_key(&mut p, "metadata");
        push_pointer_key(&mut p, "a/b~c");
        push_pointer_key(&mut p, "");
        assert_eq!(p, "/metadata/a~1b~0c/");
        let v = json!({"metadata": {"a/b~c": {"": 1}}});
        assert_eq!(v.pointer(&p), Some(&Value::from(1)));
    }

    #[test]
    fn sizes_stay_small() {
        assert!(std::mem::size_of::<Value>() <= 32, "Value is {} bytes", std::mem::size_of::<Value>());
        assert_eq!(std::mem::size_of::<Map>(), 24);
        assert!(std::mem::size_of::<(Key, Value)>() <= 48);
    }

    #[test]
    fn map_order_is_key_bytes_like_btreemap() {
        let keys = ["b", "a", "B", "é", "aa", "", "a1", "Z", "b"];
        let mut m = Map::new();
        let mut bt = std::collections::BTreeMap::new();
        for (i, k) in keys.iter().enumerate() {
            assert_eq!(m.insert(k.to_string(), Value::from(i)), bt.insert(k.to_string(), Value::from(i)));
        }
        let ours: Vec<_> = m.iter().map(|(k, v)| (k.to_string(), v.clone())).collect();
        let theirs: Vec<_> = bt.into_iter().collect();
        assert_eq!(ours, theirs);
        assert_eq!(m["b"], 8);
        assert_eq!(m.remove("a"), Some(Value::from(1)));
        assert!(!m.contains_key("a"));
    }

    #[test]
    fn collect_keeps_the_last_duplicate() {
        let m: Map = vec![("x".to_string(), Value::from(1)), ("a".into(), 2.into()), ("x".into(), 3.into())]
            .into_iter()
            .collect();
        assert_eq!(m.len(), 2);
        assert_eq!(m["x"], 3);
        assert_eq!(m.keys().cloned().collect::<Vec<_>>(), ["a", "x"]);
    }

    #[test]
    fn index_pointer_and_entry() {
        let mut v = json!({"a": {"b/c": [1, {"d": "e"}]}, "n": null});
        assert_eq!(v["a"]["b/c"][1]["d"], "e");
        assert_eq!(v["missing"][3], Value::Null);
        assert_eq!(v.pointer("/a/b~1c/1/d"), Some(&Value::from("e")));
        assert_eq!(v.pointer("/a/b~1c/01"), None);
        *v.pointer_mut("/a/b~1c/0").unwrap() = Value::from(7);
        assert_eq!(v["a"]["b/c"][0], 7);
        v["n"]["made"] = Value::Bool(true);
        assert_eq!(v["n"], json!({"made": true}));
        let m = v.as_object_mut().unwrap();
        *m.entry("z").or_insert_with(|| Value::from(0)) = Value::from(5);
        m.entry("z").or_insert(Value::from(9));
        assert_eq!(m["z"], 5);
    }

    #[test]
    fn serde_round_trip_and_display() {
        let text = r#"{"b":[1,2.5,-3,true,null,"s"],"a":{"y":1,"x":{}}}"#;
        let v: Value = serde_json::from_str(text).unwrap();
        assert_eq!(v.to_string(), r#"{"a":{"x":{},"y":1},"b":[1,2.5,-3,true,null,"s"]}"#);
        let sj: serde_json::Value = serde_json::from_str(text).unwrap();
        assert_eq!(serde_json::Value::from(v.clone()), sj);
        assert_eq!(Value::from(sj), v);
        #[derive(serde::Deserialize)]
        struct T {
            b: Vec<serde_json::Value>,
        }
        let t: T = from_value(v).unwrap();
        assert_eq!(t.b.len(), 6);
    }
}
