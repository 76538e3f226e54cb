//! The sieve in front of the prime search's Miller–Rabin tests: which odd
//! offsets k of a window `base + 2k` have a prime factor below a bound.
//!
//! The window's start is reduced modulo every sieving prime (the costly
//! part: one Horner pass over its digits per prime, 128 bits a step), in
//! floating point, many primes side by side: with p < 2^21 every
//! intermediate value is an integer below 2^53, so each step is exact and
//! the residues (and so the marks) are the same on every processor,
//! whatever instructions compute them (AVX2 with FMA, or plain SSE2).
use num_bigint::BigUint;

/// The odd offsets of a window: 2^14 of them span 2^15, about 23 primes at
/// 1024 bits and 11 at 2048.
pub const SPAN: usize = 1 << 14;

/// Sieving primes stay below this: the floating-point residues are exact
/// for p < 2^21 (see [`first_offsets`]).
const MAX_BOUND: u32 = 1 << 21;
const _: () = assert!(bound(1024) <= MAX_BOUND && bound(2048) <= MAX_BOUND);

/// The sieving bound for primes of `bits` bits: beyond it, the residues of
/// the primes added cost more than the Miller–Rabin tests they spare (a
/// base-2 test of a 2048-bit candidate costs about six of a 1024-bit one,
/// a prime's residue about 1.4 times: the bound grows with the size).
/// Measured (AVX2 or AVX-512, per search): 1024 bits, the sieve and the
/// tests cost the least from 2^17 to 2^18.5; 2048 bits, from 2^20 to 2^21.
const fn bound(bits: usize) -> u32 {
    if bits <= 1024 {
        185_000 // about 2^17.5
    } else {
        1 << 20
    }
}

/// The odd primes below `limit` (≤ 2^32): a sieve of Eratosthenes over the
/// odd numbers, one bit each (bit i stands for 2i + 1).
fn odd_primes_below(limit: u32) -> Vec<u32> {
    let n = (limit / 2) as usize;
    let mut comp = vec![0u64; n.div_ceil(64).max(1)];
    comp[0] |= 1; // 1
    let mut i = 1;
    while (2 * i + 1) * (2 * i + 1) < limit as usize {
        let p = 2 * i + 1;
        if comp[i / 64] >> (i % 64) & 1 == 0 {
            // the odd multiples from p², p bits apart
            let mut j = p * p / 2;
            if p < 64 {
                // word by word: a word's multiples are one pattern shifted
                // by the offset o < p of its first one
                let next_word = (j / 64 + 1) * 64;
                while j < next_word.min(n) {
                    comp[j / 64] |= 1 << (j % 64);
                    j += p;
                }
                let pattern = (0..64).step_by(p).fold(0u64, |m, b| m | 1 << b);
                let s = 64 % p;
                let mut o = j.saturating_sub(next_word);
                for w in comp.iter_mut().skip(next_word / 64) {
                    *w |= pattern << o;
                    o = if o >= s { o - s } else { o + p - s };
                }
            } else {
                while j < n {
                    comp[j / 64] |= 1 << (j % 64);
                    j += p;
                }
            }
        }
        i += 1;
    }
    let mut out = Vec::with_capacity(n / 8);
    for (w, &word) in comp.iter().enumerate() {
        let mut m = !word;
        while m != 0 {
            let i = w * 64 + m.trailing_zeros() as usize;
            if i >= n {
                break;
            }
            out.push(2 * i as u32 + 1);
            m &= m - 1;
        }
    }
    out
}

/// The odd sieving primes for `bits`-bit candidates (the list for 1024 bits
/// or fewer is kept apart: most renders make only those, and need not pay
/// for building the longer list).
fn primes_for(bits: usize) -> &'static [u32] {
    use std::sync::OnceLock;
    static SMALL: OnceLock<Vec<u32>> = OnceLock::new();
    static LARGE: OnceLock<Vec<u32>> = OnceLock::new();
    if bits <= 1024 {
        SMALL.get_or_init(|| odd_primes_below(bound(1024)))
    } else {
        LARGE.get_or_init(|| odd_primes_below(bound(bits)))
    }
}

/// The odd primes below 2^16 (for trial division).
pub fn small_primes() -> &'static [u32] {
    let all = primes_for(1024);
    &all[..all.partition_point(|&p| p < 1 << 16)]
}

/// 1.5·2^52: adding it to an f64 of magnitude below 2^51 rounds that to an
/// integer (to nearest), and subtracting it back leaves the integer.
const ROUND: f64 = 6_755_399_441_055_744.0;
const TWO32: f64 = 4_294_967_296.0;

/// a·b + c, in one rounding where the processor has fused multiply-adds
/// (`FUSED`; elsewhere the library's software fma would be slow). Both
/// forms are exact wherever the result is used exactly (see [`reduce`]).
#[inline(always)]
fn mul_add<const FUSED: bool>(a: f64, b: f64, c: f64) -> f64 {
    if FUSED {
        a.mul_add(b, c)
    } else {
        a * b + c
    }
}

/// An integer x (|x| < 2^53) modulo p (odd, below 2^21), up to a multiple
/// of p: the result r ≡ x lies in (-0.51p, 0.51p). The quotient estimate
/// q = round(x · fl(1/p)) is within 0.5 + 2^-18 of x/p (|x/p| < 2^34,
/// relative error below 2^-51), so q·p and x - q·p are integers below 2^53:
/// exact.
#[inline(always)]
fn reduce<const FUSED: bool>(x: f64, p: f64, pinv: f64) -> f64 {
    let q = mul_add::<FUSED>(x, pinv, ROUND) - ROUND;
    mul_add::<FUSED>(-q, p, x)
}

/// `n` in balanced 32-bit digits (each in [-2^31, 2^31), as f64), four
/// to a group [d0, d1, d2, d3] (d0 the least significant), the most
/// significant group first: n = Σ groups·2^128 Horner-wise.
fn digit_groups(n: &BigUint) -> Vec<[f64; 4]> {
    let mut digits = Vec::with_capacity(n.bits() as usize / 32 + 4);
    let mut carry = 0i64;
    for d in n.iter_u32_digits() {
        let v = i64::from(d) + carry;
        carry = i64::from(v >= 1 << 31);
        digits.push((v - (carry << 32)) as f64);
    }
    digits.push(carry as f64);
    digits.resize(digits.len().div_ceil(4) * 4, 0.0);
    digits.chunks_exact(4).rev().map(|g| [g[0], g[1], g[2], g[3]]).collect()
}

/// For each of L primes p, the first offset k ≥ 0 with base + 2k ≡ 0 (mod
/// p), given base's [`digit_groups`]: Horner steps r ← r·2^128 + group
/// (mod p), the powers of two taken mod p, c_i ≡ 2^(32i) with |c_i| <
/// 0.51p < 2^20.1, so the sum r·c4 + d3·c3 + d2·c2 + d1·c1 + d0 stays
/// below 3·2^31·2^20.1 + 2^41 < 2^53 (and its quotient by p below 2^34:
/// see [`reduce`]); then k ≡ -r·2⁻¹ ≡ r·(p - 1)/2 (mod p), in [0, p). The
/// L chains are independent: the compiler keeps them side by side in
/// vector registers, and a group's digit products do not wait for r.
#[inline(always)]
fn first_offsets<const L: usize, const FUSED: bool>(groups: &[[f64; 4]], ps: &[u32; L], ks: &mut [u32; L]) {
    let p: [f64; L] = ps.map(f64::from);
    let pinv = p.map(|p| 1.0 / p);
    let c1: [f64; L] = std::array::from_fn(|j| reduce::<FUSED>(TWO32, p[j], pinv[j]));
    let c2: [f64; L] = std::array::from_fn(|j| reduce::<FUSED>(c1[j] * c1[j], p[j], pinv[j]));
    let c3: [f64; L] = std::array::from_fn(|j| reduce::<FUSED>(c2[j] * c1[j], p[j], pinv[j]));
    let c4: [f64; L] = std::array::from_fn(|j| reduce::<FUSED>(c2[j] * c2[j], p[j], pinv[j]));
    let mut r = [0.0; L];
    for g in groups {
        for j in 0..L {
            let t = mul_add::<FUSED>(g[3], c3[j], mul_add::<FUSED>(g[2], c2[j], mul_add::<FUSED>(g[1], c1[j], g[0])));
            r[j] = reduce::<FUSED>(mul_add::<FUSED>(r[j], c4[j], t), p[j], pinv[j]);
        }
    }
    for j in 0..L {
        let k = reduce::<FUSED>(r[j] * ((p[j] - 1.0) * 0.5), p[j], pinv[j]);
        ks[j] = (if k < 0.0 { k + p[j] } else { k }) as u32;
    }
}

/// Marks in `c` the offsets k < c.len() - 1 with base + 2k divisible by
/// one of `primes` (ascending), L primes at a time (the last group padded
/// with copies of its last prime). The last entry of `c` takes the marks
/// that fall past the window: a prime above the window marks at most one
/// offset, stored without a branch (one the processor would mispredict for
/// the few that hit the window).
#[inline(always)]
fn strike<const L: usize, const FUSED: bool>(groups: &[[f64; 4]], primes: &[u32], c: &mut [bool]) {
    let window = c.len() - 1;
    let mut ks = [0u32; L];
    for group in primes.chunks(L) {
        let mut ps = [group[group.len() - 1]; L];
        ps[..group.len()].copy_from_slice(group);
        first_offsets::<L, FUSED>(groups, &ps, &mut ks);
        if ps[0] as usize >= window {
            for &k in &ks {
                c[(k as usize).min(window)] = true;
            }
            continue;
        }
        for (&p, &k) in ps.iter().zip(&ks) {
            let mut k = k as usize;
            while k < window {
                c[k] = true;
                k += p as usize;
            }
        }
    }
}

/// [`strike`] compiled for AVX2 with FMA: 32 primes in eight 4-lane
/// registers, enough independent chains to hide the latency of the four
/// dependent operations of a step.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2,fma")]
fn strike_avx2(groups: &[[f64; 4]], primes: &[u32], c: &mut [bool]) {
    strike::<32, true>(groups, primes, c)
}

/// The marks of the window starting at `base` (odd, of `bits` bits):
/// `c[k]` when base + 2k has an odd prime factor below the bound for
/// `bits` (other than itself: `base` is far above the bound).
pub fn composite(base: &BigUint, bits: usize) -> Vec<bool> {
    let primes = primes_for(bits);
    let digits = digit_groups(base);
    // (one more entry: see strike)
    let mut c = vec![false; SPAN + 1];
    mark(&digits, primes, &mut c);
    c.truncate(SPAN);
    c
}

/// [`strike`] in the fastest form the processor runs.
fn mark(groups: &[[f64; 4]], primes: &[u32], c: &mut [bool]) {
    #[cfg(target_arch = "x86_64")]
    if std::arch::is_x86_feature_detected!("avx2") && std::arch::is_x86_feature_detected!("fma") {
        // SAFETY: the processor has AVX2 and FMA (checked just above)
        unsafe { strike_avx2(groups, primes, c) };
        return;
    }
    strike::<16, false>(groups, primes, c)
}

#[cfg(test)]
mod tests {
    use super::*;
    use num_traits::{One, Zero};

    fn random(seed: &mut u64, bits: usize) -> BigUint {
        let words: Vec<u64> = (0..bits.div_ceil(64))
            .map(|_| {
                // xorshift64*
                *seed ^= *seed >> 12;
                *seed ^= *seed << 25;
                *seed ^= *seed >> 27;
                seed.wrapping_mul(0x2545_f491_4f6c_dd1d)
            })
            .collect();
        let mut n = BigUint::from_slice(&words.iter().flat_map(|w| [*w as u32, (w >> 32) as u32]).collect::<Vec<_>>());
        n >>= words.len() * 64 - bits;
        n.set_bit(bits as u64 - 1, true);
        n.set_bit(0, true);
        n
    }

    #[test]
    fn odd_primes_are_those_of_trial_division() {
        let is_prime = |n: u32| n > 1 && (2..).take_while(|d| d * d <= n).all(|d| !n.is_multiple_of(d));
        for limit in [0u32, 1, 2, 3, 4, 5, 8, 9, 10, 64, 127, 128, 129, 130, 1000, 4097, 20_000] {
            let want: Vec<u32> = (3..limit).step_by(2).filter(|&n| is_prime(n)).collect();
            assert_eq!(odd_primes_below(limit), want, "below {limit}");
        }
        // π(x) - 1 (without 2) for powers of two, the ends of the lists
        for (e, pi) in [(16, 6_542), (19, 43_390), (20, 82_025), (21, 155_611)] {
            let ps = odd_primes_below(1 << e);
            assert_eq!(ps.len(), pi - 1, "2^{e}");
            assert!(is_prime(ps[ps.len() - 1]) && ps.windows(2).all(|w| w[0] < w[1]));
        }
        assert_eq!(odd_primes_below(MAX_BOUND).last(), Some(&2_097_143));
        assert_eq!((small_primes().len(), small_primes().last()), (6_541, Some(&65_521)));
    }

    type Kernel = fn(&[[f64; 4]], &[u32], &mut [bool]);

    /// The kernels this processor can run, each on the same digits.
    fn kernels() -> Vec<(&'static str, Kernel)> {
        let mut ks: Vec<(&'static str, Kernel)> = vec![("portable", strike::<16, false>), ("fused", strike::<8, true>)];
        #[cfg(target_arch = "x86_64")]
        {
            if std::arch::is_x86_feature_detected!("avx2") && std::arch::is_x86_feature_detected!("fma") {
                // SAFETY: the processor has AVX2 and FMA (checked just above)
                ks.push(("avx2", |d, p, c| unsafe { strike_avx2(d, p, c) }));
            }
        }
        ks
    }

    fn digits(n: &BigUint) -> Vec<[f64; 4]> {
        digit_groups(n)
    }

    #[test]
    fn first_offsets_are_exact() {
        let mut seed = 7;
        let primes = odd_primes_below(MAX_BOUND);
        // edge primes and a sample of all, in groups of 8 (the largest below
        // 2^21 included)
        let mut sample: Vec<u32> = vec![3, 5, 7, 65_521, 65_537, 1_048_573, 1_048_583, 2_097_143];
        sample.extend(primes.iter().step_by(997));
        sample.extend(primes[primes.len() - 8..].iter());
        sample.truncate(sample.len() / 8 * 8);
        let mut cases = vec![(BigUint::from(3u32), 64usize)];
        for bits in [64usize, 65, 1024, 2048, 4096] {
            cases.push((random(&mut seed, bits), bits));
            cases.push(((BigUint::one() << bits) - 1u32, bits));
        }
        // a multiple of 2_097_143 (first offset 0) and one just past it
        let m = random(&mut seed, 1024) / 2_097_143u32 * 2_097_143u32;
        let m = if m.bit(0) { m } else { m + 2_097_143u32 };
        cases.push((m.clone(), 1024));
        cases.push((m + 2u32, 1024));
        for (n, bits) in &cases {
            let d = digits(n);
            for ps in sample.chunks_exact(8) {
                let ps: [u32; 8] = ps.try_into().unwrap();
                let (mut a, mut b) = ([0; 8], [0; 8]);
                first_offsets::<8, false>(&d, &ps, &mut a);
                first_offsets::<8, true>(&d, &ps, &mut b);
                for j in 0..8 {
                    let p = ps[j];
                    let k = a[j];
                    assert!(k < p, "{bits} bits, {p}");
                    assert!(((n + 2 * k) % p).is_zero(), "{bits} bits mod {p}: k = {k}");
                    assert_eq!(a[j], b[j]);
                }
            }
        }
    }

    #[test]
    fn marks_are_those_of_trial_division() {
        let mut seed = 11;
        for bits in [64usize, 1024, 2048] {
            let base = random(&mut seed, bits);
            let primes = primes_for(bits);
            let c = composite(&base, bits);
            assert_eq!(c.len(), SPAN);
            let d = digits(&base);
            for (name, kernel) in kernels() {
                let mut other = vec![false; SPAN + 1];
                kernel(&d, primes, &mut other);
                assert!(other[..SPAN] == c, "{name}, {bits} bits");
            }
            // trial division of the window's first and last offsets by every
            // sieving prime (through base mod p: base + 2k ≡ r + 2k)
            let rs: Vec<(u64, u64)> = primes.iter().map(|&p| (u64::from(p), (&base % p).try_into().unwrap())).collect();
            for k in (0..1500).chain(SPAN - 500..SPAN) {
                let divisible = rs.iter().any(|&(p, r)| (r + 2 * k as u64).is_multiple_of(p));
                assert_eq!(c[k], divisible, "{bits} bits, offset {k}");
            }
            // one prime alone, and none
            let mut one = vec![false; SPAN + 1];
            kernels()[0].1(&d, &primes[..1], &mut one);
            assert!(one[..SPAN].iter().enumerate().all(|(k, &m)| m == (rs[0].1 + 2 * k as u64).is_multiple_of(3)));
            let mut none = vec![false; SPAN + 1];
            kernels()[0].1(&d, &[], &mut none);
            assert!(none.iter().all(|&m| !m));
            // primes on both sides of the window's end, alone: a group above
            // it marks at most once, past the end into the last entry
            for lo in [SPAN as u32 - 40, SPAN as u32, SPAN as u32 + 8, 150_000] {
                let ps: Vec<(u64, u64)> = rs.iter().copied().filter(|&(p, _)| p >= u64::from(lo)).take(9).collect();
                let just: Vec<u32> = ps.iter().map(|&(p, _)| p as u32).collect();
                for (name, kernel) in kernels() {
                    let mut m = vec![false; SPAN + 1];
                    kernel(&d, &just, &mut m);
                    for (k, &mk) in m[..SPAN].iter().enumerate() {
                        let want = ps.iter().any(|&(p, r)| (r + 2 * k as u64).is_multiple_of(p));
                        assert_eq!(mk, want, "{name}, {bits} bits, offset {k}, primes from {lo}");
                    }
                }
            }
        }
    }
}
