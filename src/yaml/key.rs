//! [`Key`]: the string type of a mapping key, in 16 bytes without a heap
//! block for most keys.
//!
//! Mapping keys are short and repeat in every resource (`apiVersion`,
//! `metadata`, `labels`, `containers`, ...). A `String` per key costs 24
//! bytes in the entry plus a heap block; a tree of thousands of resources
//! has hundreds of thousands of keys. A `Key` is two words:
//!
//! - keys of up to 15 bytes (on 64-bit targets) are stored in the key
//!   itself;
//! - longer keys found in a fixed table of common Kubernetes keys
//!   (`app.kubernetes.io/name`, `terminationMessagePolicy`, ...) point to
//!   the table's static text;
//! - other keys own a boxed `str` of exactly their length.
//!
//! The two words are a pointer and a length stored little-endian, so the
//! last byte in memory is the length's most significant byte on every
//! target. A heap length never has its top bit set (allocations are at most
//! `isize::MAX` bytes), so that byte tells the three forms apart: `0xC0 |
//! len` for an inline key, `0x80` for a static one (table entries are far
//! shorter than 2^(BITS-8) bytes), anything below `0x80` for a heap key.
//!
//! A `Key` derefs to `str` and compares, orders and hashes as its text, so
//! code that reads keys reads them as before.
use std::borrow::{Borrow, Cow};
use std::fmt;
use std::hash::{Hash, Hasher};
use std::mem::size_of;
use std::ops::Deref;

const WORDS: usize = 2 * size_of::<usize>();
/// Longest key stored inline. A key is inline exactly when its text is at
/// most this long, so two keys of which one is inline are equal exactly
/// when their two words are (the bytes after an inline text are zero).
pub(crate) const INLINE_MAX: usize = WORDS - 1;
/// Index of the tag byte (the length's most significant byte).
const TAG: usize = WORDS - 1;
const TAG_INLINE: u8 = 0xC0;
const TAG_STATIC: u8 = 0x80;
/// The length bits of a far (heap or static) key.
const LEN_MASK: usize = usize::MAX >> 1;
const STATIC_BIT: usize = 1 << (usize::BITS - 1);

#[repr(C)]
#[derive(Clone, Copy)]
struct Far {
    ptr: *const u8,
    /// Little-endian length; the top bit marks a static text.
    len_le: usize,
}

#[repr(C)]
union Repr {
    far: Far,
    bytes: [u8; WORDS],
    words: [usize; 2],
}

/// A mapping key: an owned string of at most two words.
pub struct Key(Repr);

// SAFETY: a `Key` owns its heap text (like `Box<str>`) or points to static
// text; nothing is shared mutably.
unsafe impl Send for Key {}
// SAFETY: as above; `&Key` only gives `&str`.
unsafe impl Sync for Key {}

/// Common mapping keys, groups and kinds longer than [`INLINE_MAX`] bytes,
/// sorted.
const COMMON: &[&str] = &[
    "ClusterRoleBinding",
    "CustomResourceDefinition",
    "HorizontalPodAutoscaler",
    "MutatingWebhookConfiguration",
    "PersistentVolume",
    "PersistentVolumeClaim",
    "PodDisruptionBudget",
    "ValidatingWebhookConfiguration",
    "activeDeadlineSeconds",
    "additionalPrinterColumns",
    "additionalProperties",
    "admissionReviewVersions",
    "admissionregistration.k8s.io",
    "allowPrivilegeEscalation",
    "apiextensions.k8s.io",
    "apiregistration.k8s.io",
    "app.kubernetes.io/component",
    "app.kubernetes.io/created-by",
    "app.kubernetes.io/instance",
    "app.kubernetes.io/managed-by",
    "app.kubernetes.io/name",
    "app.kubernetes.io/part-of",
    "app.kubernetes.io/version",
    "automountServiceAccountToken",
    "blockOwnerDeletion",
    "concurrencyPolicy",
    "config.kubernetes.io/origin",
    "controller-gen.kubebuilder.io/version",
    "conversionReviewVersions",
    "coordination.k8s.io",
    "creationTimestamp",
    "enableServiceLinks",
    "externalTrafficPolicy",
    "failedJobsHistoryLimit",
    "failureThreshold",
    "imagePullSecrets",
    "initialDelaySeconds",
    "internalTrafficPolicy",
    "kubectl.kubernetes.io/default-container",
    "kubernetes.io/metadata.name",
    "kustomize.config.k8s.io",
    "matchExpressions",
    "monitoring.coreos.com",
    "namespaceSelector",
    "networking.k8s.io",
    "nodeSelectorTerms",
    "persistentVolumeClaim",
    "podManagementPolicy",
    "preferredDuringSchedulingIgnoredDuringExecution",
    "priorityClassName",
    "progressDeadlineSeconds",
    "publishNotReadyAddresses",
    "rbac.authorization.k8s.io",
    "readOnlyRootFilesystem",
    "requiredDuringSchedulingIgnoredDuringExecution",
    "revisionHistoryLimit",
    "scheduling.k8s.io",
    "serviceAccountName",
    "startingDeadlineSeconds",
    "successThreshold",
    "successfulJobsHistoryLimit",
    "terminationGracePeriodSeconds",
    "terminationMessagePath",
    "terminationMessagePolicy",
    "topologySpreadConstraints",
    "ttlSecondsAfterFinished",
    "volumeClaimTemplates",
    "x-kubernetes-int-or-string",
    "x-kubernetes-list-map-keys",
    "x-kubernetes-list-type",
    "x-kubernetes-map-type",
    "x-kubernetes-preserve-unknown-fields",
    "x-kubernetes-validations",
];

/// Slots of the table of [`COMMON`] keys by [`slot_of`] (a power of two).
const SLOTS: usize = 512;

/// Where a common key's lookup starts: its length and three of its bytes
/// (a key is looked up on every mapping key over 15 bytes read; a binary
/// search compared texts seven times).
const fn slot_of(b: &[u8]) -> usize {
    let n = b.len();
    if n == 0 {
        return 0;
    }
    (n.wrapping_mul(97) ^ (b[0] as usize).wrapping_mul(31) ^ (b[n / 2] as usize).wrapping_mul(7) ^ b[n - 1] as usize)
        % SLOTS
}

/// Index + 1 of each [`COMMON`] key at its slot or, when taken, the next
/// free one (open addressing; 0: free).
static COMMON_SLOTS: [u8; SLOTS] = {
    let mut t = [0u8; SLOTS];
    let mut i = 0;
    while i < COMMON.len() {
        let mut at = slot_of(COMMON[i].as_bytes());
        while t[at] != 0 {
            at = (at + 1) % SLOTS;
        }
        t[at] = (i + 1) as u8;
        i += 1;
    }
    t
};

fn common(s: &str) -> Option<&'static str> {
    let mut at = slot_of(s.as_bytes());
    loop {
        let i = COMMON_SLOTS[at] as usize;
        let c = COMMON.get(i.checked_sub(1)?)?;
        if *c == s {
            return Some(c);
        }
        at = (at + 1) % SLOTS;
    }
}

impl Key {
    /// A key holding a copy of `s`.
    #[inline]
    pub fn new(s: &str) -> Key {
        if s.len() <= INLINE_MAX {
            Key::inline(s)
        } else {
            Key::new_far(s)
        }
    }

    /// [`Key::new`] of a text too long to be inline (out of line: most keys
    /// are short, and the inline case is a few instructions).
    #[inline(never)]
    fn new_far(s: &str) -> Key {
        match common(s) {
            Some(t) => Key::fixed(t),
            None => Key::boxed(Box::from(s)),
        }
    }

    /// A key of static text (no copy, for any length).
    pub fn from_static(s: &'static str) -> Key {
        if s.len() <= INLINE_MAX {
            Key::inline(s)
        } else {
            Key::fixed(s)
        }
    }

    #[inline]
    fn inline(s: &str) -> Key {
        debug_assert!(s.len() <= INLINE_MAX);
        #[cfg(target_pointer_width = "64")]
        {
            let [lo, hi] = inline_words(s.as_bytes());
            // little-endian in memory on every target
            Key(Repr { words: [lo.to_le() as usize, hi.to_le() as usize] })
        }
        #[cfg(not(target_pointer_width = "64"))]
        {
            let mut bytes = [0u8; WORDS];
            bytes[..s.len()].copy_from_slice(s.as_bytes());
            bytes[TAG] = TAG_INLINE | s.len() as u8;
            Key(Repr { bytes })
        }
    }

    fn fixed(s: &'static str) -> Key {
        if s.len() >= 1 << (usize::BITS - 8) {
            // cannot be told from a heap length: own a copy instead
            return Key::boxed(Box::from(s));
        }
        Key(Repr { far: Far { ptr: s.as_ptr(), len_le: (s.len() | STATIC_BIT).to_le() } })
    }

    fn boxed(b: Box<str>) -> Key {
        let len = b.len();
        // `len <= isize::MAX`: the top bit is clear
        let ptr = Box::into_raw(b) as *mut u8 as *const u8;
        Key(Repr { far: Far { ptr, len_le: len.to_le() } })
    }

    /// For a text of at most [`INLINE_MAX`] bytes, the two words of its
    /// key, to compare keys with [`Key::same_words`] (no `Key` is made).
    #[inline]
    pub(crate) fn probe(s: &str) -> [usize; 2] {
        let k = Key::inline(s);
        // SAFETY: all bytes of an inline key are initialized.
        unsafe { k.0.words }
    }

    /// Whether this key's words are `words` (see [`Key::probe`]); the
    /// first word (the first bytes) tells most keys apart.
    #[inline(always)]
    pub(crate) fn same_words(&self, words: &[usize; 2]) -> bool {
        // SAFETY: every form initializes both words.
        let [a, b] = unsafe { self.0.words };
        a == words[0] && b == words[1]
    }

    /// The first eight bytes of the text (zeros after a shorter text) as a
    /// big-endian number: of two keys whose prefixes differ, the one with
    /// the smaller prefix sorts first by bytes (see [`prefix_of`]).
    #[inline(always)]
    pub(crate) fn prefix(&self) -> u64 {
        if cfg!(target_pointer_width = "64") && self.tag() >= TAG_INLINE {
            // SAFETY: every form initializes both words; an inline key's
            // first word is its first eight bytes, zero-padded.
            let w = unsafe { self.0.words[0] };
            return u64::from_le(w as u64).swap_bytes();
        }
        prefix_of(self.as_bytes())
    }

    /// The two words of an inline key (equal for equal texts, and never
    /// all zeros), `None` for a longer one.
    #[inline(always)]
    pub(crate) fn inline_words(&self) -> Option<[usize; 2]> {
        // SAFETY: every form initializes both words.
        if self.tag() >= TAG_INLINE {
            Some(unsafe { self.0.words })
        } else {
            None
        }
    }

    #[inline(always)]
    fn tag(&self) -> u8 {
        // SAFETY: every form initializes all bytes (`Far` has no padding).
        unsafe { self.0.bytes[TAG] }
    }

    #[inline(always)]
    fn is_heap(&self) -> bool {
        self.tag() < TAG_STATIC
    }

    /// The key's text.
    #[inline]
    pub fn as_str(&self) -> &str {
        let tag = self.tag();
        if tag >= TAG_INLINE {
            let len = usize::from(tag & !TAG_INLINE);
            // SAFETY: an inline key's first `len` bytes are a copy of a str.
            unsafe { std::str::from_utf8_unchecked(self.0.bytes.get_unchecked(..len)) }
        } else {
            // SAFETY: a far key points to `len` bytes of a str it owns or
            // that is static.
            unsafe {
                let far = self.0.far;
                let len = usize::from_le(far.len_le) & LEN_MASK;
                std::str::from_utf8_unchecked(std::slice::from_raw_parts(far.ptr, len))
            }
        }
    }
}

/// The first eight bytes of `b` (zeros after a shorter text) as a
/// big-endian number. Where two prefixes differ, they order as the texts'
/// bytes do: the first differing byte is either a byte of both texts, or
/// past the end of the shorter one (a zero) against a byte of the longer,
/// which is not zero there (the prefixes differ) and sorts it after its
/// own prefix, the shorter text.
#[inline(always)]
pub(crate) fn prefix_of(b: &[u8]) -> u64 {
    match b.get(..8) {
        Some(p) => {
            let mut a = [0u8; 8];
            a.copy_from_slice(p);
            u64::from_be_bytes(a)
        }
        None => {
            let mut a = [0u8; 8];
            for (d, s) in a.iter_mut().zip(b) {
                *d = *s;
            }
            u64::from_be_bytes(a)
        }
    }
}

/// The first eight bytes of `b` (it holds at least eight) as a
/// little-endian number.
#[inline(always)]
pub(super) fn le64(b: &[u8]) -> u64 {
    let mut a = [0u8; 8];
    a.copy_from_slice(&b[..8]);
    u64::from_le_bytes(a)
}

/// The first four bytes of `b` (it holds at least four) as a little-endian
/// number.
#[inline(always)]
pub(super) fn le32(b: &[u8]) -> u64 {
    let mut a = [0u8; 4];
    a.copy_from_slice(&b[..4]);
    u64::from(u32::from_le_bytes(a))
}

/// The two words (as little-endian numbers) of an inline key of 64-bit
/// targets: the text from a few overlapping loads instead of a call to
/// `memcpy` for a copy of variable length (every lookup makes one).
#[cfg(target_pointer_width = "64")]
#[inline(always)]
fn inline_words(b: &[u8]) -> [u64; 2] {
    let n = b.len();
    let (lo, hi) = if n >= 8 {
        // bytes 8..n are the top n-8 bytes of the last eight
        (le64(b), le64(&b[n - 8..]).checked_shr(8 * (16 - n) as u32).unwrap_or(0))
    } else if n >= 4 {
        // two overlapping halves: the shared bytes are equal
        (le32(b) | le32(&b[n - 4..]) << (8 * (n - 4)), 0)
    } else if n > 0 {
        (u64::from(b[0]) | u64::from(b[n / 2]) << (8 * (n / 2)) | u64::from(b[n - 1]) << (8 * (n - 1)), 0)
    } else {
        (0, 0)
    };
    [lo, hi | u64::from(TAG_INLINE | n as u8) << 56]
}

impl Drop for Key {
    fn drop(&mut self) {
        if self.is_heap() {
            // SAFETY: a heap key came from `Box::into_raw` of a `Box<str>`
            // of this length, and is dropped once.
            unsafe {
                let far = self.0.far;
                let len = usize::from_le(far.len_le);
                let raw = std::ptr::slice_from_raw_parts_mut(far.ptr as *mut u8, len) as *mut str;
                drop(Box::from_raw(raw));
            }
        }
    }
}

impl Clone for Key {
    #[inline]
    fn clone(&self) -> Key {
        if self.is_heap() {
            Key::boxed(Box::from(self.as_str()))
        } else {
            // SAFETY: inline and static keys own nothing: a bitwise copy.
            Key(Repr { bytes: unsafe { self.0.bytes } })
        }
    }
}

impl Default for Key {
    fn default() -> Key {
        Key::inline("")
    }
}

impl Deref for Key {
    type Target = str;
    #[inline]
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl AsRef<str> for Key {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl AsRef<[u8]> for Key {
    fn as_ref(&self) -> &[u8] {
        self.as_str().as_bytes()
    }
}

impl AsRef<std::ffi::OsStr> for Key {
    fn as_ref(&self) -> &std::ffi::OsStr {
        self.as_str().as_ref()
    }
}

impl AsRef<std::path::Path> for Key {
    fn as_ref(&self) -> &std::path::Path {
        self.as_str().as_ref()
    }
}

impl Borrow<str> for Key {
    fn borrow(&self) -> &str {
        self.as_str()
    }
}

impl From<&str> for Key {
    #[inline]
    fn from(s: &str) -> Key {
        Key::new(s)
    }
}

impl From<&String> for Key {
    fn from(s: &String) -> Key {
        Key::new(s)
    }
}

impl From<&Key> for Key {
    fn from(k: &Key) -> Key {
        k.clone()
    }
}

impl From<String> for Key {
    /// Short and common keys drop the string; others keep its block
    /// (shrunk to the text's length).
    fn from(s: String) -> Key {
        if s.len() <= INLINE_MAX {
            Key::inline(&s)
        } else if let Some(t) = common(&s) {
            Key::fixed(t)
        } else {
            Key::boxed(s.into_boxed_str())
        }
    }
}

impl From<Box<str>> for Key {
    fn from(s: Box<str>) -> Key {
        if s.len() <= INLINE_MAX {
            Key::inline(&s)
        } else if let Some(t) = common(&s) {
            Key::fixed(t)
        } else {
            Key::boxed(s)
        }
    }
}

impl From<Cow<'_, str>> for Key {
    fn from(s: Cow<'_, str>) -> Key {
        match s {
            Cow::Borrowed(s) => Key::new(s),
            Cow::Owned(s) => Key::from(s),
        }
    }
}

impl From<char> for Key {
    fn from(c: char) -> Key {
        Key::new(c.encode_utf8(&mut [0; 4]))
    }
}

impl From<Key> for String {
    fn from(k: Key) -> String {
        k.as_str().to_owned()
    }
}

impl From<&Key> for String {
    fn from(k: &Key) -> String {
        k.as_str().to_owned()
    }
}

impl<'a> From<&'a Key> for Cow<'a, str> {
    fn from(k: &'a Key) -> Cow<'a, str> {
        Cow::Borrowed(k.as_str())
    }
}

impl PartialEq for Key {
    #[inline]
    fn eq(&self, other: &Key) -> bool {
        if self.tag() >= TAG_INLINE || other.tag() >= TAG_INLINE {
            // SAFETY: every form initializes both words.
            unsafe { self.0.words == other.0.words }
        } else {
            self.as_str() == other.as_str()
        }
    }
}
impl Eq for Key {}

impl PartialOrd for Key {
    fn partial_cmp(&self, other: &Key) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for Key {
    /// By bytes. Two inline keys compare as their two words read
    /// big-endian (text bytes zero-padded, then the length in the tag:
    /// where padded texts are equal, the longer one has more trailing
    /// zeros and sorts after); other keys by their prefixes first.
    #[inline]
    fn cmp(&self, other: &Key) -> std::cmp::Ordering {
        if cfg!(target_pointer_width = "64") && self.tag() >= TAG_INLINE && other.tag() >= TAG_INLINE {
            // SAFETY: every form initializes both words.
            let ([a0, a1], [b0, b1]) = unsafe { (self.0.words, other.0.words) };
            let be = |w: usize| u64::from_le(w as u64).swap_bytes();
            return (be(a0), be(a1)).cmp(&(be(b0), be(b1)));
        }
        match self.prefix().cmp(&other.prefix()) {
            std::cmp::Ordering::Equal => self.as_str().cmp(other.as_str()),
            o => o,
        }
    }
}

impl Hash for Key {
    /// As the text's hash (`Borrow<str>` requires it).
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.as_str().hash(state)
    }
}

macro_rules! eq_text {
    ($($t:ty)*) => {$(
        impl PartialEq<$t> for Key {
            #[inline]
            fn eq(&self, other: &$t) -> bool {
                self.as_str() == AsRef::<str>::as_ref(other)
            }
        }
        impl PartialEq<Key> for $t {
            #[inline]
            fn eq(&self, other: &Key) -> bool {
                AsRef::<str>::as_ref(self) == other.as_str()
            }
        }
    )*};
}
eq_text!(str String Cow<'_, str>);

impl PartialEq<&str> for Key {
    #[inline]
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}
impl PartialEq<Key> for &str {
    #[inline]
    fn eq(&self, other: &Key) -> bool {
        *self == other.as_str()
    }
}
impl PartialEq<&Key> for str {
    fn eq(&self, other: &&Key) -> bool {
        self == other.as_str()
    }
}
impl PartialEq<&Key> for String {
    fn eq(&self, other: &&Key) -> bool {
        self.as_str() == other.as_str()
    }
}

impl fmt::Display for Key {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self.as_str(), f)
    }
}

impl fmt::Debug for Key {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

impl serde::Serialize for Key {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for Key {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Key, D::Error> {
        struct V;
        impl serde::de::Visitor<'_> for V {
            type Value = Key;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a string")
            }
            fn visit_str<E>(self, s: &str) -> Result<Key, E> {
                Ok(Key::new(s))
            }
            fn visit_string<E>(self, s: String) -> Result<Key, E> {
                Ok(Key::from(s))
            }
        }
        d.deserialize_str(V)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn two_words() {
        assert_eq!(size_of::<Key>(), 2 * size_of::<usize>());
    }

    #[test]
    fn common_keys_are_sorted_long_and_unique() {
        assert!(COMMON.windows(2).all(|w| w[0] < w[1]));
        assert!(COMMON.iter().all(|k| k.len() > INLINE_MAX));
        // the table has room for every key, with free slots to end a search
        assert!(COMMON.len() < 255 && COMMON.len() * 2 < SLOTS);
    }

    /// The slot table finds every common key and nothing else: the same
    /// answers as a binary search of the sorted list.
    #[test]
    fn common_lookup_matches_a_binary_search() {
        let mut probes: Vec<String> = COMMON.iter().map(|k| k.to_string()).collect();
        for k in COMMON {
            probes.push(format!("{k}x"));
            probes.push(k[1..].to_string());
            probes.push(k.to_uppercase());
            let mut b = k.as_bytes().to_vec();
            b[k.len() / 2] ^= 1;
            probes.push(String::from_utf8_lossy(&b).into_owned());
        }
        probes.extend(
            ["", "a", "metadata", "x-kubernetes-list-typ", "\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}"]
                .map(String::from),
        );
        for p in &probes {
            let want = COMMON.binary_search(&p.as_str()).ok().map(|i| COMMON[i]);
            assert_eq!(common(p), want, "{p:?}");
        }
    }

    #[test]
    fn every_form_reads_back() {
        let long_uncommon = "a-very-long-key-that-is-not-in-the-table/é";
        let texts = [
            "",
            "a",
            "metadata",
            "imagePullPolicy",
            "app.kubernetes.io/name",
            "terminationMessagePolicy",
            "é∂ƒ",
            long_uncommon,
        ];
        for t in texts {
            for k in
                [Key::new(t), Key::from(t.to_string()), Key::from(Box::<str>::from(t)), Key::from(Cow::Borrowed(t))]
            {
                assert_eq!(k.as_str(), t);
                assert_eq!(k.len(), t.len());
                let c = k.clone();
                assert_eq!(c, k);
                assert_eq!(c, t);
                assert_eq!(String::from(c), t);
            }
        }
        assert!(Key::new("imagePullPolicy").tag() >= TAG_INLINE);
        assert_eq!(Key::new("app.kubernetes.io/name").tag(), TAG_STATIC);
        assert!(Key::new(long_uncommon).is_heap());
        let s = Key::from_static("a static key longer than fifteen bytes");
        assert_eq!(s.tag(), TAG_STATIC);
        assert_eq!(&*s, "a static key longer than fifteen bytes");
    }

    #[test]
    fn inline_keys_of_every_length_read_back() {
        for (text, n) in
            ["0123456789abcdef", "ééééééééé"].into_iter().flat_map(|t| (0..=INLINE_MAX).map(move |n| (t, n)))
        {
            let Some(t) = text.get(..n) else { continue };
            let k = Key::new(t);
            assert!(k.tag() >= TAG_INLINE);
            assert_eq!(k.as_str(), t);
            assert!(k.same_words(&Key::probe(t)));
            let mut bytes = [0u8; WORDS];
            bytes[..n].copy_from_slice(t.as_bytes());
            bytes[TAG] = TAG_INLINE | n as u8;
            // SAFETY: an inline key's bytes are all initialized
            assert_eq!(unsafe { k.0.bytes }, bytes);
        }
    }

    /// Keys ordered by their prefixes and then their texts order as the
    /// texts (the binary search of `Map` relies on it).
    #[test]
    fn prefixes_order_as_texts() {
        let texts = [
            "",
            "\0",
            "a",
            "a\0",
            "a\0b",
            "ab",
            "abcdefg",
            "abcdefgh",
            "abcdefgh\0",
            "abcdefghi",
            "abcdefgi",
            "abcdefghijklmnop",
            "abcdefghijklmnopq",
            "abcdefghijklmnoq",
            "b",
            "é",
            "ééééé",
            "zzzzzzzzzzzzzzzzzzzz",
            "app.kubernetes.io/name",
            "app.kubernetes.io/nam",
            "metadata",
            "metadat",
            "x\0",
            "x\0\0",
            "x\0y",
            "abcdefgh\0\0\0\0\0\0\0",
            "abcdefgh\0\0\0\0\0\0",
            "abcdefghijklmn\u{7f}",
            "abcdefghijklmno",
        ];
        for a in texts {
            for b in texts {
                let (ka, kb) = (Key::new(a), Key::new(b));
                assert_eq!(ka.prefix(), prefix_of(a.as_bytes()), "{a:?}");
                let by_prefix = ka.prefix().cmp(&kb.prefix()).then_with(|| a.cmp(b));
                assert_eq!(by_prefix, a.cmp(b), "{a:?} {b:?}");
                assert_eq!(ka.cmp(&kb), a.cmp(b), "{a:?} {b:?}");
            }
        }
    }

    #[test]
    fn orders_and_hashes_as_text() {
        let mut keys: Vec<Key> =
            ["b", "a", "B", "é", "aa", "", "a1", "x-kubernetes-list-type", "a-long-key-on-the-heap-0"]
                .into_iter()
                .map(Key::from)
                .collect();
        let mut texts: Vec<String> = keys.iter().map(|k| k.to_string()).collect();
        keys.sort();
        texts.sort();
        assert_eq!(keys.iter().map(Key::as_str).collect::<Vec<_>>(), texts);
        let mut set = std::collections::HashSet::new();
        set.insert(Key::new("a-long-key-on-the-heap-0"));
        assert!(set.contains("a-long-key-on-the-heap-0"));
    }
}
