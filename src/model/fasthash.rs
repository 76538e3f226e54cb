//! A fast hasher for the build's own indexes (ids, names, id hashes).
//!
//! The standard `HashMap` hashes with SipHash, which resists collision
//! attacks and cost 2-3% of a build in the id and name-reference indexes.
//! Their keys come from the build's own input, where such resistance buys
//! nothing, so they use this multiply-and-rotate hash with a final mix.
use std::hash::{BuildHasherDefault, Hasher};

/// Odd multiplier with well-spread bits (from the golden ratio).
const MUL: u64 = 0x9e37_79b9_7f4a_7c15;

#[derive(Default, Clone, Copy)]
pub struct FastHasher(u64);

/// The little-endian number of the first 8 bytes of `b`, or of its first
/// 4 when it has fewer than 8 (it has at least 4).
#[inline]
fn le_word(b: &[u8]) -> u64 {
    match b.first_chunk::<8>() {
        Some(w) => u64::from_le_bytes(*w),
        None => b.first_chunk::<4>().map_or(0, |w| u64::from(u32::from_le_bytes(*w))),
    }
}

impl FastHasher {
    #[inline]
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(23) ^ word).wrapping_mul(MUL);
    }
}

impl Hasher for FastHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            self.add(le_word(c));
        }
        // the last 1-7 bytes in one word by fixed-size loads (two that
        // overlap, or three bytes), not a copy of variable length: names
        // are short, and such a copy was most of hashing one
        let rest = chunks.remainder();
        let n = rest.len();
        if n >= 4 {
            self.add((le_word(rest) | le_word(&rest[n - 4..]) << 32) ^ ((n as u64) << 59));
        } else if n > 0 {
            let w = u64::from(rest[0]) | u64::from(rest[n / 2]) << 8 | u64::from(rest[n - 1]) << 16;
            self.add(w ^ ((n as u64) << 59));
        }
    }

    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    #[inline]
    fn write_u32(&mut self, i: u32) {
        self.add(u64::from(i));
    }

    #[inline]
    fn write_u64(&mut self, i: u64) {
        self.add(i);
    }

    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    #[inline]
    fn finish(&self) -> u64 {
        // spread the high bits (where the multiplications put the entropy)
        // into the low ones, which pick the table slot
        let h = self.0 ^ (self.0 >> 31);
        let h = h.wrapping_mul(MUL);
        h ^ (h >> 29)
    }
}

/// A `HashMap` with [`FastHasher`].
pub type FastMap<K, V> = std::collections::HashMap<K, V, BuildHasherDefault<FastHasher>>;
/// A `HashSet` with [`FastHasher`].
pub type FastSet<K> = std::collections::HashSet<K, BuildHasherDefault<FastHasher>>;

/// The [`FastHasher`] hash of a value.
pub fn hash_of<T: std::hash::Hash + ?Sized>(v: &T) -> u64 {
    let mut h = FastHasher::default();
    v.hash(&mut h);
    h.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_spread_and_distinguish() {
        // strings that differ in one byte, in the length, or in the split
        // between fields hash differently
        assert_ne!(hash_of("a"), hash_of("b"));
        assert_ne!(hash_of("abcdefgh"), hash_of("abcdefgh\0"));
        assert_ne!(hash_of(&("ab", "c")), hash_of(&("a", "bc")));
        // the low bits (which pick the slot) vary for sequential keys
        let low: FastSet<u64> = (0..1024u64).map(|i| hash_of(&format!("app{i:05}")) & 1023).collect();
        assert!(low.len() > 550, "only {} distinct slots of 1024", low.len());
        let mut m: FastMap<String, usize> = FastMap::default();
        for i in 0..1000 {
            m.insert(format!("k{i}"), i);
        }
        assert_eq!(m.get("k500"), Some(&500));
    }

    #[test]
    fn every_byte_of_a_tail_counts() {
        // lengths around the tail's forms (1-3 bytes, 4-7 in two
        // overlapping words, whole words): changing any one byte, or the
        // length, changes the hash
        for len in 0..=17usize {
            let text: Vec<u8> = (0..len as u8).map(|i| b'a' + i).collect();
            let h = |b: &[u8]| {
                let mut f = FastHasher::default();
                f.write(b);
                f.finish()
            };
            for i in 0..len {
                let mut other = text.clone();
                other[i] ^= 0x20;
                assert_ne!(h(&text), h(&other), "length {len}, byte {i}");
            }
            let mut longer = text.clone();
            longer.push(0);
            assert_ne!(h(&text), h(&longer), "length {len}");
        }
    }
}
