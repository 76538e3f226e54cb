//! go-yaml v2's "natural" ordering of string map keys (`keyList.Less`).
//!
//! Compared rune by rune at the first difference: two letters compare by code
//! point; a letter sorts after a non-letter; otherwise the digit runs starting
//! there compare numerically (shorter run first on a tie); a key that is a
//! prefix of the other sorts first.

#[inline]
fn is_letter(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphabetic()
    } else {
        c.is_alphabetic()
    }
}

#[inline]
fn is_digit(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_digit()
    } else {
        // approximation of unicode.IsDigit (category Nd)
        c.is_numeric()
    }
}

#[inline]
fn digit_val(c: char) -> i64 {
    (c as i64).wrapping_sub('0' as i64)
}

/// `keyList.Less` for two string keys.
pub(crate) fn natural_less(a: &str, b: &str) -> bool {
    // Fast path: identical prefix skipped bytewise, then decide.
    let ab = a.as_bytes();
    let bb = b.as_bytes();
    let mut p = 0;
    let lim = ab.len().min(bb.len());
    while p < lim && ab[p] == bb[p] {
        p += 1;
    }
    if p == lim {
        // one is a prefix of the other (in bytes, hence in runes)
        return ab.len() < bb.len();
    }
    // Most keys first differ at two ASCII letters (each then a whole rune):
    // they compare by code point.
    if ab[p].is_ascii_alphabetic() && bb[p].is_ascii_alphabetic() {
        return ab[p] < bb[p];
    }
    // back up to a char boundary
    while p > 0 && !a.is_char_boundary(p) {
        p -= 1;
    }
    if a.is_ascii() && b.is_ascii() {
        return less_from(ab, bb, p, |c| c as char);
    }
    let ar: Vec<char> = a.chars().collect();
    let br: Vec<char> = b.chars().collect();
    let start = a[..p].chars().count();
    less_from(&ar, &br, start, |c| c)
}

fn less_from<T: Copy>(ar: &[T], br: &[T], start: usize, ch: impl Fn(T) -> char) -> bool {
    let mut i = start;
    while i < ar.len() && i < br.len() {
        let (ca, cb) = (ch(ar[i]), ch(br[i]));
        if ca == cb {
            i += 1;
            continue;
        }
        let al = is_letter(ca);
        let bl = is_letter(cb);
        if al && bl {
            return ca < cb;
        }
        if al || bl {
            return bl;
        }
        let mut an: i64 = 0;
        let mut bn: i64 = 0;
        if ca == '0' || cb == '0' {
            let mut j = i;
            while j > 0 {
                j -= 1;
                let cj = ch(ar[j]);
                if !is_digit(cj) {
                    break;
                }
                if cj != '0' {
                    an = 1;
                    bn = 1;
                    break;
                }
            }
        }
        let mut ai = i;
        while ai < ar.len() && is_digit(ch(ar[ai])) {
            an = an.wrapping_mul(10).wrapping_add(digit_val(ch(ar[ai])));
            ai += 1;
        }
        let mut bi = i;
        while bi < br.len() && is_digit(ch(br[bi])) {
            bn = bn.wrapping_mul(10).wrapping_add(digit_val(ch(br[bi])));
            bi += 1;
        }
        if an != bn {
            return an < bn;
        }
        if ai != bi {
            return ai < bi;
        }
        return ca < cb;
    }
    ar.len() < br.len()
}

#[cfg(test)]
mod tests {
    use super::{less_from, natural_less};

    /// The shortcuts of `natural_less` (a common byte prefix, two ASCII
    /// letters, ASCII text) answer as the rune-by-rune comparison does.
    #[test]
    fn shortcuts_match_the_rune_comparison() {
        let alphabet = ['a', 'b', 'B', 'z', '-', '.', '_', '0', '1', '9', '\u{e4}', '\u{e9}', '\u{3a9}'];
        let mut seed = 0x2545_F491_4F6C_DD1Du64;
        let mut key = || -> String {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            let len = (seed % 6) as usize;
            (0..len).map(|k| alphabet[(seed >> (8 + 5 * k)) as usize % alphabet.len()]).collect()
        };
        for _ in 0..20_000 {
            let (a, b) = (key(), key());
            let b = if seed_bit(&a) { format!("{a}{b}") } else { b };
            let (ar, br): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
            assert_eq!(natural_less(&a, &b), less_from(&ar, &br, 0, |c| c), "{a:?} {b:?}");
            assert_eq!(natural_less(&b, &a), less_from(&br, &ar, 0, |c| c), "{b:?} {a:?}");
        }
    }

    /// Half the pairs share a prefix.
    fn seed_bit(a: &str) -> bool {
        a.len() & 1 == 0
    }

    #[test]
    fn observed_order() {
        let expected =
            ["_x", "9", "10", "A", "Z", "a-b", "a.b", "a_b", "a1", "a01", "a001", "a2", "a10", "aB", "ab", "b", "ä"];
        let mut keys = vec![
            "b", "a10", "a2", "a_b", "aB", "ab", "A", "_x", "10", "9", "Z", "a.b", "a-b", "ä", "a01", "a1", "a001",
        ];
        keys.sort_by(|x, y| {
            if natural_less(x, y) {
                std::cmp::Ordering::Less
            } else if natural_less(y, x) {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        });
        assert_eq!(keys, expected);
        for w in expected.windows(2) {
            assert!(natural_less(w[0], w[1]), "{:?}", w);
            assert!(!natural_less(w[1], w[0]), "{:?}", w);
        }
    }

    #[test]
    fn kubernetes_keys() {
        let order = ["apiVersion", "data", "kind", "metadata", "spec", "status"];
        for w in order.windows(2) {
            assert!(natural_less(w[0], w[1]));
        }
        assert!(natural_less("a", "ab"));
        assert!(!natural_less("ab", "a"));
        assert!(!natural_less("x", "x"));
        // huge digit runs must not panic
        let big_a = format!("k{}", "9".repeat(40));
        let big_b = format!("k{}", "8".repeat(41));
        let _ = natural_less(&big_a, &big_b);
    }
}
