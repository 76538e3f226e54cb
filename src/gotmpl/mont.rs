//! Modular exponentiation for RSA key generation: Montgomery arithmetic on
//! fixed-width 64-bit limbs (the modulus's width), without allocation in
//! the inner loops. num-bigint's `modpow` allocates per multiplication and
//! squares with a general multiplication; this is about twice as fast on
//! 1024- and 2048-bit moduli, where key generation spends its time. The
//! two lengths of those moduli (16 and 32 limbs) get code of their own
//! ([`Fixed`]); any other length runs the same steps on vectors ([`Var`]).
//! On x86-64 processors with MULX and ADCX/ADOX, the rows of products of
//! those two lengths run as short assembly sequences ([`adx`]); elsewhere,
//! and on older processors, the same arithmetic runs in portable Rust.
use num_bigint::BigUint;

/// Arithmetic modulo an odd `n` in Montgomery form (x·R mod n, R = 2^(64·len)).
pub struct Mont {
    modulus: BigUint,
    n: Vec<u64>,
    /// -n⁻¹ mod 2^64
    n0: u64,
    /// R² mod n
    r2: Vec<u64>,
}

fn limbs(x: &BigUint, len: usize) -> Vec<u64> {
    let mut v = x.to_u64_digits();
    v.resize(len, 0);
    v
}

fn from_limbs(x: &[u64]) -> BigUint {
    let mut b = Vec::with_capacity(x.len() * 2);
    for &l in x {
        b.push(l as u32);
        b.push((l >> 32) as u32);
    }
    BigUint::new(b)
}

/// x ≥ y, both of the same length
fn geq(x: &[u64], y: &[u64]) -> bool {
    for (a, b) in x.iter().zip(y).rev() {
        if a != b {
            return a > b;
        }
    }
    true
}

/// x -= y, returns the borrow
fn sub_in_place(x: &mut [u64], y: &[u64]) -> u64 {
    let mut borrow = 0u64;
    for (xi, &yi) in x.iter_mut().zip(y) {
        let (d1, b1) = xi.overflowing_sub(yi);
        let (d2, b2) = d1.overflowing_sub(borrow);
        *xi = d2;
        borrow = u64::from(b1 | b2);
    }
    borrow
}

impl Mont {
    /// `n` must be odd and greater than 1.
    pub fn new(n: &BigUint) -> Mont {
        let len = n.to_u64_digits().len();
        let nl = limbs(n, len);
        // Newton iteration for n⁻¹ mod 2^64
        let mut inv = 1u64;
        for _ in 0..6 {
            inv = inv.wrapping_mul(2u64.wrapping_sub(nl[0].wrapping_mul(inv)));
        }
        let r2 = (BigUint::from(1u32) << (128 * len)) % n;
        Mont { modulus: n.clone(), n: nl, n0: inv.wrapping_neg(), r2: limbs(&r2, len) }
    }

    fn len(&self) -> usize {
        self.n.len()
    }

    /// out = a·b·R⁻¹ mod n (CIOS), for a, b < n. `t` is scratch of len+2.
    fn mul(&self, a: &[u64], b: &[u64], t: &mut [u64], out: &mut [u64]) {
        let len = self.len();
        let n = &self.n[..];
        t[..len + 2].fill(0);
        for &bi in &b[..len] {
            let mut c = 0u64;
            for (tj, &aj) in t[..len].iter_mut().zip(&a[..len]) {
                let s = u128::from(*tj) + u128::from(aj) * u128::from(bi) + u128::from(c);
                *tj = s as u64;
                c = (s >> 64) as u64;
            }
            let s = u128::from(t[len]) + u128::from(c);
            t[len] = s as u64;
            t[len + 1] = (s >> 64) as u64;
            let m = t[0].wrapping_mul(self.n0);
            let s = u128::from(t[0]) + u128::from(m) * u128::from(n[0]);
            let mut c = (s >> 64) as u64;
            for j in 1..len {
                let s = u128::from(t[j]) + u128::from(m) * u128::from(n[j]) + u128::from(c);
                t[j - 1] = s as u64;
                c = (s >> 64) as u64;
            }
            let s = u128::from(t[len]) + u128::from(c);
            t[len - 1] = s as u64;
            t[len] = t[len + 1] + (s >> 64) as u64;
        }
        self.finish(t, out);
    }

    /// out = a²·R⁻¹ mod n: the square's cross products once, then a
    /// separate reduction. `t` is scratch of 2·len+1.
    fn sqr(&self, a: &[u64], t: &mut [u64], out: &mut [u64]) {
        let len = self.len();
        let a = &a[..len];
        let n = &self.n[..len];
        let t = &mut t[..2 * len + 1];
        t.fill(0);
        // cross products a[i]·a[j], i < j, into t[i + j]
        for (i, &ai) in a.iter().enumerate() {
            let mut c = 0u64;
            for (tj, &aj) in t[2 * i + 1..i + len].iter_mut().zip(&a[i + 1..]) {
                let s = u128::from(*tj) + u128::from(ai) * u128::from(aj) + u128::from(c);
                *tj = s as u64;
                c = (s >> 64) as u64;
            }
            t[i + len] = c;
        }
        // double them and add the squares a[i]²
        let mut carry = 0u64;
        for v in t[..2 * len].iter_mut() {
            let x = *v;
            *v = (x << 1) | carry;
            carry = x >> 63;
        }
        let mut c = 0u64;
        for (pair, &ai) in t[..2 * len].chunks_exact_mut(2).zip(a) {
            let sq = u128::from(ai) * u128::from(ai);
            let s = u128::from(pair[0]) + (sq as u64 as u128) + u128::from(c);
            pair[0] = s as u64;
            let s2 = u128::from(pair[1]) + (sq >> 64) + (s >> 64);
            pair[1] = s2 as u64;
            c = (s2 >> 64) as u64;
        }
        t[2 * len] = c;
        // Montgomery reduction of the 2·len-limb square
        for i in 0..len {
            let m = t[i].wrapping_mul(self.n0);
            let mut c = 0u64;
            for (tj, &nj) in t[i..i + len].iter_mut().zip(n) {
                let s = u128::from(*tj) + u128::from(m) * u128::from(nj) + u128::from(c);
                *tj = s as u64;
                c = (s >> 64) as u64;
            }
            // propagate the carry
            for tk in t[i + len..].iter_mut() {
                if c == 0 {
                    break;
                }
                let (v, o) = tk.overflowing_add(c);
                *tk = v;
                c = u64::from(o);
            }
        }
        // result: t[len..2·len+1]
        t.copy_within(len..2 * len + 1, 0);
        self.finish(t, out);
    }

    /// out = t[..len+1] reduced below n (t < 2n).
    fn finish(&self, t: &mut [u64], out: &mut [u64]) {
        let len = self.len();
        if t[len] != 0 || geq(&t[..len], &self.n) {
            sub_in_place(&mut t[..len], &self.n);
        }
        out[..len].copy_from_slice(&t[..len]);
    }

    /// base^exp mod n (base < n), with a fixed 4-bit window.
    pub fn pow(&self, base: &BigUint, exp: &BigUint) -> BigUint {
        self.pow_rows(base, exp, adx::available())
    }

    /// [`Mont::pow`], with the assembly rows when `adx` (and available).
    fn pow_rows(&self, base: &BigUint, exp: &BigUint, adx: bool) -> BigUint {
        let len = self.len();
        let b = if *base >= self.modulus { limbs(&(base % &self.modulus), len) } else { limbs(base, len) };
        let e = exp.to_u64_digits();
        match len {
            16 => pow_with(&mut Fixed::<16>::new(self, adx), &b, &e),
            32 => pow_with(&mut Fixed::<32>::new(self, adx), &b, &e),
            _ => pow_with(&mut Var::new(self), &b, &e),
        }
    }

    /// Whether n passes a Miller–Rabin round with base 2, where
    /// n - 1 = d·2^s. Base 2 needs no multiplications: each bit of the
    /// exponent is a squaring, then a doubling (a shift).
    pub fn mr_base2(&self, d: &BigUint, s: u64) -> bool {
        self.mr_base2_rows(d, s, adx::available())
    }

    /// [`Mont::mr_base2`], with the assembly rows when `adx` (and available).
    fn mr_base2_rows(&self, d: &BigUint, s: u64, adx: bool) -> bool {
        match self.len() {
            16 => mr_base2_with(&mut Fixed::<16>::new(self, adx), d, s),
            32 => mr_base2_with(&mut Fixed::<32>::new(self, adx), d, s),
            _ => mr_base2_with(&mut Var::new(self), d, s),
        }
    }

    /// [`Mont::pow`] through the arithmetic for any length (tests).
    #[cfg(test)]
    fn pow_var(&self, base: &BigUint, exp: &BigUint) -> BigUint {
        let b = limbs(&(base % &self.modulus), self.len());
        pow_with(&mut Var::new(self), &b, &exp.to_u64_digits())
    }

    /// [`Mont::mr_base2`] through the arithmetic for any length (tests).
    #[cfg(test)]
    fn mr_base2_var(&self, d: &BigUint, s: u64) -> bool {
        mr_base2_with(&mut Var::new(self), d, s)
    }
}

/// Base-2 Miller–Rabin rounds ([`Mont::mr_base2`]) on up to eight odd
/// candidates at once, one per 64-bit lane of AVX-512 registers (IFMA:
/// 52-bit limb products); `None` when the processor lacks AVX-512 IFMA or
/// the candidates are not all of 512 to 2048 bits. Each squaring of eight
/// costs about twice one squaring of [`Fixed`] (Zen 4), so a candidate's
/// round costs about a quarter.
pub fn mr_base2_batch(cands: &[BigUint]) -> Option<Vec<bool>> {
    let bits = cands.first()?.bits();
    if cands.len() > ifma::LANES
        || !(512..=2048).contains(&bits)
        || cands.iter().any(|n| n.bits() != bits || !n.bit(0))
        || !ifma::available()
    {
        return None;
    }
    let one = BigUint::from(1u32);
    let parts: Vec<(BigUint, u64)> = cands
        .iter()
        .map(|n| {
            let n1 = n - 1u32;
            let s = n1.trailing_zeros().unwrap_or(0);
            (n1 >> s, s)
        })
        .collect();
    let ds: Vec<&BigUint> = parts.iter().map(|(d, _)| d).collect();
    let xs = ifma::Batch::new(cands, bits as usize).pow2(&ds);
    Some(
        xs.into_iter()
            .zip(cands.iter().zip(&parts))
            .map(|(mut x, (n, (_, s)))| {
                let n1 = n - 1u32;
                if x == one || x == n1 {
                    return true;
                }
                for _ in 1..*s {
                    x = &x * &x % n;
                    if x == n1 {
                        return true;
                    }
                    if x == one {
                        return false;
                    }
                }
                false
            })
            .collect(),
    )
}

/// bases[i]^e mod n for up to eight bases below n at once (the
/// random-base Miller–Rabin rounds of one candidate), as [`mr_base2_batch`]
/// on AVX-512 IFMA; `None` where that does not apply (the caller computes
/// them one by one).
pub fn pow_batch(n: &BigUint, bases: &[BigUint], e: &BigUint) -> Option<Vec<BigUint>> {
    let bits = n.bits();
    if bases.is_empty()
        || bases.len() > ifma::LANES
        || !(512..=2048).contains(&bits)
        || !n.bit(0)
        || bases.iter().any(|b| b >= n)
        || !ifma::available()
    {
        return None;
    }
    let ns = vec![n.clone(); bases.len()];
    Some(ifma::Batch::new(&ns, bits as usize).pow(bases, e).into_iter().map(|x| x % n).collect())
}

/// Montgomery products and squares on numbers of one representation:
/// vectors of the modulus's length ([`Var`]) or arrays whose length is
/// known when compiling ([`Fixed`]: no bounds checks, unrolled loops).
trait Arith {
    type L: Clone + PartialEq + AsRef<[u64]> + AsMut<[u64]>;
    fn copy_of(&self, x: &[u64]) -> Self::L;
    fn modulus(&self) -> &[u64];
    /// R² mod n
    fn r2(&self) -> Self::L;
    /// out = a·b·R⁻¹ mod n
    fn mul(&mut self, a: &Self::L, b: &Self::L, out: &mut Self::L);
    /// out = a²·R⁻¹ mod n
    fn sqr(&mut self, a: &Self::L, out: &mut Self::L);
}

/// Any length: [`Mont`]'s own loops, with their scratch.
struct Var<'a> {
    m: &'a Mont,
    t: Vec<u64>,
}

impl<'a> Var<'a> {
    fn new(m: &'a Mont) -> Var<'a> {
        Var { m, t: vec![0u64; 2 * m.len() + 2] }
    }
}

impl Arith for Var<'_> {
    type L = Vec<u64>;
    fn copy_of(&self, x: &[u64]) -> Vec<u64> {
        x.to_vec()
    }
    fn modulus(&self) -> &[u64] {
        &self.m.n
    }
    fn r2(&self) -> Vec<u64> {
        self.m.r2.clone()
    }
    fn mul(&mut self, a: &Vec<u64>, b: &Vec<u64>, out: &mut Vec<u64>) {
        self.m.mul(a, b, &mut self.t, out);
    }
    fn sqr(&mut self, a: &Vec<u64>, out: &mut Vec<u64>) {
        self.m.sqr(a, &mut self.t, out);
    }
}

/// `N` limbs (16 for the 1024-bit primes of 2048-bit keys, 32 for those
/// of 4096-bit keys).
struct Fixed<'a, const N: usize> {
    n: [u64; N],
    n0: u64,
    r2: &'a [u64],
    /// Rows of products through [`adx`] (checked: the processor has them).
    adx: bool,
}

impl<'a, const N: usize> Fixed<'a, N> {
    fn new(m: &'a Mont, adx: bool) -> Fixed<'a, N> {
        let mut n = [0u64; N];
        n.copy_from_slice(&m.n);
        Fixed { n, n0: m.n0, r2: &m.r2, adx: adx && adx::available() }
    }

    /// t[..N] += a·b, returning the carry limb.
    #[inline(always)]
    fn row(&self, t: &mut [u64], a: &[u64; N], b: u64) -> u64 {
        if self.adx {
            if let Some(c) = adx::row(&mut t[..N], a, b) {
                return c;
            }
        }
        let mut c = 0u64;
        for (tj, &aj) in t[..N].iter_mut().zip(a) {
            c = mac(tj, aj, b, c);
        }
        c
    }

    /// out = t·R⁻¹ mod n for t < n·R (2N limbs): N rounds adding a
    /// multiple of n that clears the lowest limb, then one subtraction.
    #[inline(always)]
    fn reduce(&self, t: &mut [u64], out: &mut [u64; N]) {
        let t = &mut t[..2 * N];
        let mut top = 0u64;
        for i in 0..N {
            let m = t[i].wrapping_mul(self.n0);
            let c = self.row(&mut t[i..], &self.n, m);
            let s = u128::from(t[i + N]) + u128::from(c) + u128::from(top);
            t[i + N] = s as u64;
            top = (s >> 64) as u64;
        }
        out.copy_from_slice(&t[N..]);
        if top != 0 || geq(out, &self.n) {
            sub_in_place(out, &self.n);
        }
    }
}

// [`Mont::sqr`]'s algorithm (the product or square, then a separate
// reduction) on arrays: with the length known when compiling, the loops
// carry no bounds checks and the scratch lives on the stack (1024-bit
// primes: about a quarter fewer instructions per squaring).
impl<const N: usize> Arith for Fixed<'_, N> {
    type L = [u64; N];
    fn copy_of(&self, x: &[u64]) -> [u64; N] {
        let mut out = [0u64; N];
        out.copy_from_slice(x);
        out
    }
    fn modulus(&self) -> &[u64] {
        &self.n
    }
    fn r2(&self) -> [u64; N] {
        self.copy_of(self.r2)
    }
    fn mul(&mut self, a: &[u64; N], b: &[u64; N], out: &mut [u64; N]) {
        let mut t = [[0u64; N]; 2];
        let t = t.as_flattened_mut();
        for (i, &bi) in b.iter().enumerate() {
            t[i + N] = self.row(&mut t[i..], a, bi);
        }
        self.reduce(t, out);
    }
    fn sqr(&mut self, a: &[u64; N], out: &mut [u64; N]) {
        let mut t = [[0u64; N]; 2];
        let t = t.as_flattened_mut();
        // cross products a[i]·a[j], i < j, into t[i + j]
        if !(self.adx && adx::cross_products(t, a)) {
            for i in 0..N {
                let ai = a[i];
                let mut c = 0u64;
                for (tj, &aj) in t[2 * i + 1..i + N].iter_mut().zip(&a[i + 1..]) {
                    c = mac(tj, ai, aj, c);
                }
                t[i + N] = c;
            }
        }
        // double them and add the squares a[i]² (a² < R²: no carry out)
        if !(self.adx && adx::double_add_squares(t, a)) {
            let mut carry = 0u64;
            for v in t.iter_mut() {
                let x = *v;
                *v = (x << 1) | carry;
                carry = x >> 63;
            }
            let mut c = 0u64;
            for (pair, &ai) in t.chunks_exact_mut(2).zip(a) {
                let sq = u128::from(ai) * u128::from(ai);
                let s = u128::from(pair[0]) + (sq as u64 as u128) + u128::from(c);
                pair[0] = s as u64;
                let s2 = u128::from(pair[1]) + (sq >> 64) + (s >> 64);
                pair[1] = s2 as u64;
                c = (s2 >> 64) as u64;
            }
        }
        self.reduce(t, out);
    }
}

/// t + a·b + c: t takes the low limb, the high limb is returned (a·b + c
/// cannot overflow 128 bits; adding t carries at most one).
#[inline(always)]
fn mac(t: &mut u64, a: u64, b: u64, c: u64) -> u64 {
    let p = u128::from(a) * u128::from(b) + u128::from(c);
    let (lo, o) = t.overflowing_add(p as u64);
    *t = lo;
    (p >> 64) as u64 + u64::from(o)
}

/// x·R mod n for x < n
fn to_mont<A: Arith>(a: &mut A, x: &[u64]) -> A::L {
    let x = a.copy_of(x);
    let r2 = a.r2();
    let mut out = x.clone();
    a.mul(&x, &r2, &mut out);
    out
}

/// base^exp mod n (base < n, `exp` as little-endian limbs), with a fixed
/// 4-bit window.
fn pow_with<A: Arith>(a: &mut A, base: &[u64], exp: &[u64]) -> BigUint {
    let len = base.len();
    let mut one = vec![0u64; len];
    one[0] = 1;
    let mut table: Vec<A::L> = Vec::with_capacity(16);
    table.push(to_mont(a, &one));
    table.push(to_mont(a, base));
    for i in 2..16 {
        let mut v = table[0].clone();
        a.mul(&table[i - 1], &table[1], &mut v);
        table.push(v);
    }
    let mut acc = table[0].clone();
    let mut tmp = table[0].clone();
    let mut started = false;
    for &limb in exp.iter().rev() {
        for k in (0..16).rev() {
            let w = ((limb >> (4 * k)) & 15) as usize;
            if started {
                for _ in 0..4 {
                    a.sqr(&acc, &mut tmp);
                    std::mem::swap(&mut acc, &mut tmp);
                }
            }
            if w != 0 {
                a.mul(&acc, &table[w], &mut tmp);
                std::mem::swap(&mut acc, &mut tmp);
                started = true;
            }
        }
    }
    let one = a.copy_of(&one);
    a.mul(&acc, &one, &mut tmp);
    from_limbs(tmp.as_ref())
}

/// [`Mont::mr_base2`] on one representation.
fn mr_base2_with<A: Arith>(a: &mut A, d: &BigUint, s: u64) -> bool {
    let len = a.modulus().len();
    let mut one = vec![0u64; len];
    one[0] = 1;
    let one_m = to_mont(a, &one);
    // n - 1 in Montgomery form: n - R mod n
    let mut minus_one = a.copy_of(a.modulus());
    sub_in_place(minus_one.as_mut(), one_m.as_ref());
    let mut acc = one_m.clone();
    let mut tmp = one_m.clone();
    let bits = d.bits();
    for i in (0..bits).rev() {
        a.sqr(&acc, &mut tmp);
        std::mem::swap(&mut acc, &mut tmp);
        if d.bit(i) {
            double(acc.as_mut(), a.modulus());
        }
    }
    if acc == one_m || acc == minus_one {
        return true;
    }
    for _ in 1..s {
        a.sqr(&acc, &mut tmp);
        std::mem::swap(&mut acc, &mut tmp);
        if acc == minus_one {
            return true;
        }
        if acc == one_m {
            return false;
        }
    }
    false
}

/// x = 2x mod n (x < n)
fn double(x: &mut [u64], n: &[u64]) {
    let top = x[x.len() - 1] >> 63;
    let mut carry = 0u64;
    for l in x.iter_mut() {
        let v = *l;
        *l = (v << 1) | carry;
        carry = v >> 63;
    }
    if top != 0 || geq(x, n) {
        sub_in_place(x, n);
    }
}

/// Rows of products with MULX, ADCX and ADOX (x86-64, BMI2 and ADX): two
/// carry chains, ADOX adding each product's high limb to the next one's
/// low limb and ADCX adding the running sum, so a product costs four
/// instructions (the portable loop: about nine). Every row's length is
/// fixed in its code (even lengths from 2 to 32).
mod adx {
    /// Whether the processor has MULX (BMI2), ADCX and ADOX (ADX).
    pub fn available() -> bool {
        #[cfg(target_arch = "x86_64")]
        {
            std::arch::is_x86_feature_detected!("bmi2") && std::arch::is_x86_feature_detected!("adx")
        }
        #[cfg(not(target_arch = "x86_64"))]
        {
            false
        }
    }

    /// t[..len] += a[..len]·b, returning the carry limb, for an even
    /// `len` from 2 to 32 (`None` otherwise, or off x86-64). Only when
    /// [`available`].
    #[inline(always)]
    fn row_len(t: &mut [u64], a: &[u64], b: u64, len: usize) -> Option<u64> {
        let (t, a) = (&mut t[..len], &a[..len]);
        #[cfg(target_arch = "x86_64")]
        {
            let f: unsafe fn(*mut u64, *const u64, u64) -> u64 = match len {
                2 => row2,
                4 => row4,
                6 => row6,
                8 => row8,
                10 => row10,
                12 => row12,
                14 => row14,
                16 => row16,
                18 => row18,
                20 => row20,
                22 => row22,
                24 => row24,
                26 => row26,
                28 => row28,
                30 => row30,
                32 => row32,
                _ => return None,
            };
            // SAFETY: t and a hold `len` limbs (sliced above), the row of
            // that length reads a[..len] and reads and writes t[..len]
            // only; callers check `available()` (BMI2 and ADX) first.
            return Some(unsafe { f(t.as_mut_ptr(), a.as_ptr(), b) });
        }
        #[allow(unreachable_code)]
        {
            let _ = (t, a, b);
            None
        }
    }

    /// t[..N] += a·b, returning the carry limb (`None`: no row for N).
    #[inline(always)]
    pub fn row<const N: usize>(t: &mut [u64], a: &[u64; N], b: u64) -> Option<u64> {
        row_len(t, a, b, N)
    }

    /// The cross products a[i]·a[j], i < j, of a square into t[i + j]
    /// (t: 2N limbs, zero), one row a[i]·a[i+1..] each; a row of odd
    /// length runs one limb longer over a copy of `a` followed by zeros
    /// (its extra limb adds its carry into t[i + N], which is zero, and
    /// carries nothing out). False when there are no rows for N.
    #[inline(always)]
    pub fn cross_products<const N: usize>(t: &mut [u64], a: &[u64; N]) -> bool {
        if !N.is_multiple_of(2) || !(2..=32).contains(&N) {
            return false;
        }
        let mut padded = [[0u64; N]; 2];
        let padded = padded.as_flattened_mut();
        padded[..N].copy_from_slice(a);
        for i in 0..N - 1 {
            let len = N - 1 - i;
            if len.is_multiple_of(2) {
                let Some(c) = row_len(&mut t[2 * i + 1..], &a[i + 1..], a[i], len) else {
                    return false;
                };
                t[i + N] = c;
            } else if row_len(&mut t[2 * i + 1..], &padded[i + 1..], a[i], len + 1).is_none() {
                return false;
            }
        }
        true
    }

    /// t[..2N] = 2·t[..2N] + Σ a[i]²·2^(128·i) (the last step of a square;
    /// the result fits), false when there is no code for N.
    #[inline(always)]
    pub fn double_add_squares<const N: usize>(t: &mut [u64], a: &[u64; N]) -> bool {
        let t = &mut t[..2 * N];
        #[cfg(target_arch = "x86_64")]
        {
            let f: unsafe fn(*mut u64, *const u64) = match N {
                16 => squares16,
                32 => squares32,
                _ => return false,
            };
            // SAFETY: t holds 2N limbs and a N (sliced and typed above);
            // the function of that N reads a[..N] and reads and writes
            // t[..2N] only; callers check `available()` first.
            unsafe { f(t.as_mut_ptr(), a.as_ptr()) };
            return true;
        }
        #[allow(unreachable_code)]
        {
            let _ = (t, a);
            false
        }
    }

    /// Defines `$name(t, a)`: [`double_add_squares`] for N the number of
    /// indices listed: ADCX doubles each limb (adding it to itself, the
    /// carry running through all of them), ADOX adds the squares.
    #[cfg(target_arch = "x86_64")]
    macro_rules! adx_squares {
        ($name:ident, $($i:literal)*) => {
            /// # Safety
            /// The processor has BMI2 and ADX; `a` points to N limbs and
            /// `t` to 2N (read from `a`, read and written in `t`).
            #[target_feature(enable = "bmi2,adx")]
            pub(super) unsafe fn $name(t: *mut u64, a: *const u64) {
                // SAFETY: the function's contract.
                unsafe {
                    core::arch::asm!(
                        // CF and OF cleared
                        "xor {x0:e}, {x0:e}",
                        $(
                            concat!("mov rdx, qword ptr [{a} + 8*", $i, "]"),
                            "mulx {h}, {l}, rdx",
                            concat!("mov {x0}, qword ptr [{t} + 16*", $i, "]"),
                            "adcx {x0}, {x0}",
                            concat!("mov {x1}, qword ptr [{t} + 16*", $i, " + 8]"),
                            "adcx {x1}, {x1}",
                            "adox {x0}, {l}",
                            "adox {x1}, {h}",
                            concat!("mov qword ptr [{t} + 16*", $i, "], {x0}"),
                            concat!("mov qword ptr [{t} + 16*", $i, " + 8], {x1}"),
                        )*
                        t = in(reg) t,
                        a = in(reg) a,
                        out("rdx") _,
                        l = out(reg) _,
                        h = out(reg) _,
                        x0 = out(reg) _,
                        x1 = out(reg) _,
                        options(nostack),
                    );
                }
            }
        };
    }

    /// Defines `$name(t, a, b)`: t[..L] += a[..L]·b, returning the carry
    /// limb, L being the number of indices listed (in pairs: the two
    /// high-limb registers take turns).
    #[cfg(target_arch = "x86_64")]
    macro_rules! adx_row {
        ($name:ident, $($e:literal $o:literal)*) => {
            /// # Safety
            /// The processor has BMI2 and ADX; `t` and `a` point to as many
            /// limbs as the row has (read from `a`, read and written in `t`).
            #[target_feature(enable = "bmi2,adx")]
            pub(super) unsafe fn $name(t: *mut u64, a: *const u64, b: u64) -> u64 {
                let hi: u64;
                // SAFETY: the function's contract.
                unsafe {
                    core::arch::asm!(
                        // h1 = 0, CF and OF cleared
                        "xor {h1:e}, {h1:e}",
                        $(
                            concat!("mulx {h0}, {l}, qword ptr [{a} + 8*", $e, "]"),
                            "adox {l}, {h1}",
                            concat!("adcx {l}, qword ptr [{t} + 8*", $e, "]"),
                            concat!("mov qword ptr [{t} + 8*", $e, "], {l}"),
                            concat!("mulx {h1}, {l}, qword ptr [{a} + 8*", $o, "]"),
                            "adox {l}, {h0}",
                            concat!("adcx {l}, qword ptr [{t} + 8*", $o, "]"),
                            concat!("mov qword ptr [{t} + 8*", $o, "], {l}"),
                        )*
                        // the last high limb takes both carries (no overflow:
                        // t + a·b < 2^(64·(L+1)))
                        "mov {l:e}, 0",
                        "adox {h1}, {l}",
                        "adcx {h1}, {l}",
                        t = in(reg) t,
                        a = in(reg) a,
                        in("rdx") b,
                        l = out(reg) _,
                        h0 = out(reg) _,
                        h1 = out(reg) hi,
                        options(nostack),
                    );
                }
                hi
            }
        };
    }

    #[cfg(target_arch = "x86_64")]
    mod rows {
        adx_row!(row2, 0 1);
        adx_row!(row4, 0 1 2 3);
        adx_row!(row6, 0 1 2 3 4 5);
        adx_row!(row8, 0 1 2 3 4 5 6 7);
        adx_row!(row10, 0 1 2 3 4 5 6 7 8 9);
        adx_row!(row12, 0 1 2 3 4 5 6 7 8 9 10 11);
        adx_row!(row14, 0 1 2 3 4 5 6 7 8 9 10 11 12 13);
        adx_row!(row16, 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15);
        adx_row!(row18, 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17);
        adx_row!(row20, 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19);
        adx_row!(row22, 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21);
        adx_row!(row24, 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23);
        adx_row!(row26, 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25);
        adx_row!(row28, 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27);
        adx_row!(row30, 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29);
        adx_row!(row32, 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30 31);
        adx_squares!(squares16, 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15);
        adx_squares!(squares32, 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30 31);
    }
    #[cfg(target_arch = "x86_64")]
    use rows::*;
}

/// Eight exponentiations side by side, one per 64-bit lane of AVX-512
/// registers (x86-64 with AVX-512F and IFMA): numbers are `l` limbs of 52
/// bits (`l` even), stored limb by limb, each limb a vector of the eight
/// lanes' limbs ([`V`]). VPMADD52LUQ and VPMADD52HUQ add the low and high
/// 52 bits of 52×52-bit products to 64-bit accumulators, which take
/// thousands of them before overflowing, so a multiplication or squaring
/// sums its products and those of its Montgomery reduction column by
/// column (product scanning), two columns at a time, in registers, and
/// carries each column into the next as it ends: one pass, no memory for
/// the double-length product. Montgomery arithmetic with R = 2^(52·l) ≥
/// 16n: inputs below 4n give results below 2n, so values stay below 4n
/// (even doubled) without any subtraction until the last conversion. (With
/// l ≤ 40, no column sums more than 4l + 8 halves of products: below 2^60.)
mod ifma {
    use num_bigint::BigUint;

    pub const LANES: usize = 8;

    /// One limb of each lane's number, on a 64-byte boundary: a 512-bit
    /// load or store across two cache lines costs about twice one within a
    /// line, and the kernels make one per product.
    #[derive(Clone, Copy, PartialEq)]
    #[repr(C, align(64))]
    struct V([u64; LANES]);

    impl std::ops::Deref for V {
        type Target = [u64; LANES];
        fn deref(&self) -> &[u64; LANES] {
            &self.0
        }
    }

    impl std::ops::DerefMut for V {
        fn deref_mut(&mut self) -> &mut [u64; LANES] {
            &mut self.0
        }
    }

    /// The zero vector.
    const Z: V = V([0; LANES]);
    const MASK: u64 = (1 << 52) - 1;

    /// Whether the processor has AVX-512F and AVX-512 IFMA.
    pub fn available() -> bool {
        #[cfg(target_arch = "x86_64")]
        {
            std::arch::is_x86_feature_detected!("avx512f") && std::arch::is_x86_feature_detected!("avx512ifma")
        }
        #[cfg(not(target_arch = "x86_64"))]
        {
            false
        }
    }

    /// `x` as `l` limbs of 52 bits (x < 2^(52·l)).
    fn to_limbs(x: &BigUint, l: usize) -> Vec<u64> {
        let d = x.to_u64_digits();
        (0..l)
            .map(|k| {
                let (w, b) = (52 * k / 64, 52 * k % 64);
                let lo = d.get(w).copied().unwrap_or(0) >> b;
                let hi = if b > 12 { d.get(w + 1).copied().unwrap_or(0) << (64 - b) } else { 0 };
                (lo | hi) & MASK
            })
            .collect()
    }

    /// The number of 52-bit limbs `x` (low first, each below 2^52), packed
    /// into 32-bit digits (no big shifts and additions).
    fn from_limbs(x: impl Iterator<Item = u64>) -> BigUint {
        let mut digits = Vec::new();
        let (mut acc, mut have) = (0u128, 0u32);
        for v in x {
            acc |= u128::from(v) << have;
            have += 52;
            while have >= 32 {
                digits.push(acc as u32);
                acc >>= 32;
                have -= 32;
            }
        }
        digits.push(acc as u32);
        BigUint::new(digits)
    }

    /// A number's vectors: a zero vector, the `l` limbs, a zero vector (the
    /// kernels read one vector past each end of their operands).
    fn num(l: usize) -> Vec<V> {
        vec![Z; l + 2]
    }

    /// Vectors of eight lanes' limbs ([`num`]) from a number per lane (the
    /// last repeated in lanes left over).
    fn spread(xs: &[BigUint], l: usize) -> Vec<V> {
        let mut out = num(l);
        for lane in 0..LANES {
            let x = &xs[lane.min(xs.len() - 1)];
            for (k, v) in to_limbs(x, l).into_iter().enumerate() {
                out[1 + k][lane] = v;
            }
        }
        out
    }

    pub struct Batch<'a> {
        ns: &'a [BigUint],
        /// limbs per number (even: the kernels take columns two by two)
        l: usize,
        n: Vec<V>,
        /// -n⁻¹ mod 2^52
        n0: V,
        /// The lanes' Montgomery factors m of the last operation (scratch).
        m: Vec<V>,
        /// Whether the kernels run as straight-line code (`l` is
        /// [`asm::STRAIGHT_L`]; tests clear it to compare with the loops).
        straight: bool,
    }

    impl<'a> Batch<'a> {
        /// `ns`: 1 to 8 odd moduli of at most `bits` ≤ 2048 bits.
        pub fn new(ns: &'a [BigUint], bits: usize) -> Batch<'a> {
            let l = (bits + 4).div_ceil(52).next_multiple_of(2);
            let mut n0 = Z;
            for (lane, v) in n0.iter_mut().enumerate() {
                let low = ns[lane.min(ns.len() - 1)].iter_u64_digits().next().unwrap_or(1);
                let mut inv = 1u64;
                for _ in 0..6 {
                    inv = inv.wrapping_mul(2u64.wrapping_sub(low.wrapping_mul(inv)));
                }
                *v = inv.wrapping_neg() & MASK;
            }
            Batch { ns, l, n: spread(ns, l), n0, m: vec![Z; l], straight: l == asm::STRAIGHT_L }
        }

        /// out = a²·R⁻¹·2^sh[lane] in each lane, limbs carried below 2^52
        /// (a: a [`num`], limbs below 2^52, a value below 4n; out: a
        /// [`num`], below 4n).
        fn sqr(&mut self, a: &[V], sh: &V, out: &mut [V]) {
            let l = self.l;
            let (a, out, m, n) = (&a[..l + 2], &mut out[..l + 2], &mut self.m[..l], &self.n[..l + 2]);
            // SAFETY: a, out and n are [`num`]s of l limbs (sliced above:
            // one vector before and after the limbs), m has l vectors; a and
            // out are distinct (borrows); `Batch`es are made only when
            // `available()`.
            unsafe {
                let (out, a, n, m) = (out[1..].as_mut_ptr(), a[1..].as_ptr(), n[1..].as_ptr(), m.as_mut_ptr());
                if self.straight {
                    asm::mont_straight(out, a, asm::Op::Square(sh), n, m, &self.n0);
                } else {
                    asm::sqr_mont(out, a, n, m, &self.n0, sh, l);
                }
            }
        }

        /// out = a·b·R⁻¹ in each lane, limbs carried below 2^52 (a, b:
        /// [`num`]s, limbs below 2^52, values below 4n; out: below 2n).
        fn mul(&mut self, a: &[V], b: &[V], out: &mut [V]) {
            let l = self.l;
            let (a, b, out) = (&a[..l + 2], &b[..l + 2], &mut out[..l + 2]);
            let (m, n) = (&mut self.m[..l], &self.n[..l + 2]);
            // SAFETY: as in `sqr`.
            unsafe {
                let (out, a, b, n, m) =
                    (out[1..].as_mut_ptr(), a[1..].as_ptr(), b[1..].as_ptr(), n[1..].as_ptr(), m.as_mut_ptr());
                if self.straight {
                    asm::mont_straight(out, a, asm::Op::Product(b), n, m, &self.n0);
                } else {
                    asm::mul_mont(out, a, b, n, m, &self.n0, l);
                }
            }
        }

        /// Each lane's x·R⁻¹ mod n, x < 4n in Montgomery form: at most n
        /// (n only when x ≡ 0).
        fn leave(&mut self, x: &[V]) -> Vec<BigUint> {
            let mut one = num(self.l);
            one[1] = V([1; LANES]);
            let mut out = num(self.l);
            self.mul(x, &one, &mut out);
            (0..self.ns.len()).map(|lane| from_limbs(out[1..=self.l].iter().map(|v| v[lane]))).collect()
        }

        /// Each lane's R mod n and base·R mod n (the Montgomery forms of 1
        /// and of its base; lanes past the last repeat it), a division for
        /// each, made once for lanes of the same modulus and base.
        fn enter(&self, bases: &[BigUint]) -> (Vec<BigUint>, Vec<BigUint>) {
            let r = BigUint::from(1u32) << (52 * self.l);
            let (mut ones, mut xs): (Vec<BigUint>, Vec<BigUint>) = (Vec::new(), Vec::new());
            for lane in 0..LANES {
                let n = &self.ns[lane.min(self.ns.len() - 1)];
                let base = &bases[lane.min(bases.len() - 1)];
                let same_n = lane > 0 && *n == self.ns[(lane - 1).min(self.ns.len() - 1)];
                let one = if same_n { ones[lane - 1].clone() } else { &r % n };
                let x = if same_n && *base == bases[(lane - 1).min(bases.len() - 1)] {
                    xs[lane - 1].clone()
                } else {
                    (base << (52 * self.l)) % n
                };
                ones.push(one);
                xs.push(x);
            }
            (ones, xs)
        }

        /// bases[i]^e mod ns[i] for each lane, below n + 1, with a sliding
        /// window of up to 5 bits (the same exponent in every lane: the same
        /// windows): the odd powers x, x³, …, x³¹ in a table, then for each
        /// run of at most 5 bits from a 1 down to a 1, as many squarings and
        /// one multiplication (about one per 6 bits, against one per 4 for
        /// fixed windows), and a squaring for each 0 between runs.
        pub fn pow(&mut self, bases: &[BigUint], e: &BigUint) -> Vec<BigUint> {
            const W: u64 = 5;
            let l = self.l;
            let (ones, xs) = self.enter(bases);
            // table[i] = x^(2i + 1)
            let mut table = vec![spread(&xs, l)];
            let mut x2 = num(l);
            self.sqr(&table[0], &Z, &mut x2);
            for i in 1..1 << (W - 1) {
                let mut v = num(l);
                self.mul(&table[i - 1], &x2, &mut v);
                table.push(v);
            }
            let mut acc = spread(&ones, l);
            let mut tmp = num(l);
            let mut started = false;
            let mut i = e.bits();
            while i > 0 {
                if !e.bit(i - 1) {
                    if started {
                        self.sqr(&acc, &Z, &mut tmp);
                        std::mem::swap(&mut acc, &mut tmp);
                    }
                    i -= 1;
                    continue;
                }
                // bits i - 1 down to j, the lowest a 1
                let mut j = i.saturating_sub(W);
                while !e.bit(j) {
                    j += 1;
                }
                let w = (j..i).rev().fold(0usize, |w, b| 2 * w + usize::from(e.bit(b)));
                if started {
                    for _ in j..i {
                        self.sqr(&acc, &Z, &mut tmp);
                        std::mem::swap(&mut acc, &mut tmp);
                    }
                    self.mul(&acc, &table[w >> 1], &mut tmp);
                    std::mem::swap(&mut acc, &mut tmp);
                } else {
                    acc.clone_from(&table[w >> 1]);
                    started = true;
                }
                i = j;
            }
            self.leave(&acc)
        }

        /// 2^ds[i] mod ns[i] for each lane.
        pub fn pow2(&mut self, ds: &[&BigUint]) -> Vec<BigUint> {
            let l = self.l;
            let r = BigUint::from(1u32) << (52 * l);
            let ones: Vec<BigUint> = self.ns.iter().map(|n| &r % n).collect();
            let mut acc = spread(&ones, l);
            let mut tmp = num(l);
            let dl: Vec<&BigUint> = (0..LANES).map(|lane| ds[lane.min(ds.len() - 1)]).collect();
            let bits = dl.iter().map(|d| d.bits()).max().unwrap_or(0);
            for b in (0..bits).rev() {
                // squared, and doubled in the lanes whose exponent has this bit
                let mut sh = Z;
                for (s, d) in sh.iter_mut().zip(&dl) {
                    *s = u64::from(d.bit(b));
                }
                self.sqr(&acc, &sh, &mut tmp);
                std::mem::swap(&mut acc, &mut tmp);
            }
            // (2^d is not 0 mod n: below n)
            self.leave(&acc)
        }
    }

    /// The Montgomery kernels, in assembly (AVX-512 has no intrinsics in
    /// Rust 1.87). Each declares the C ABI's caller-saved registers
    /// clobbered and ends with VZEROUPPER.
    #[cfg(target_arch = "x86_64")]
    mod asm {
        use super::V;

        /// The loop the kernels share, over the products of two columns K and
        /// K + 1 at once: for i < rax, x = [rsi + 64i], y = [rdx - 64i],
        /// y' = [rdx + 64 - 64i] (the y of the step before: one load per step
        /// for the second operand), zmm2/zmm3 = Σ low/high 52-bit halves of
        /// x·y (column K's products) and zmm0/zmm1 those of x·y' (column K +
        /// 1's). Leaves rsi at step rax's x and zmm8 = its y'; uses rax and
        /// zmm4-zmm11 and the local labels 3, 4 and 5.
        macro_rules! dot2_loop {
            () => {
                concat!(
                    "vpxorq zmm0, zmm0, zmm0\n",
                    "vpxorq zmm1, zmm1, zmm1\n",
                    "vpxorq zmm2, zmm2, zmm2\n",
                    "vpxorq zmm3, zmm3, zmm3\n",
                    "vpxorq zmm4, zmm4, zmm4\n",
                    "vpxorq zmm5, zmm5, zmm5\n",
                    "vpxorq zmm6, zmm6, zmm6\n",
                    "vpxorq zmm7, zmm7, zmm7\n",
                    "vmovdqa64 zmm8, zmmword ptr [rdx + 64]\n",
                    "test rax, 1\n",
                    "jz 3f\n",
                    "vmovdqa64 zmm9, zmmword ptr [rsi]\n",
                    "vmovdqa64 zmm10, zmmword ptr [rdx]\n",
                    "vpmadd52luq zmm0, zmm9, zmm8\n",
                    "vpmadd52huq zmm1, zmm9, zmm8\n",
                    "vpmadd52luq zmm2, zmm9, zmm10\n",
                    "vpmadd52huq zmm3, zmm9, zmm10\n",
                    "vmovdqa64 zmm8, zmm10\n",
                    "add rsi, 64\n",
                    "sub rdx, 64\n",
                    "3:\n",
                    "shr rax, 1\n",
                    "jz 5f\n",
                    "4:\n",
                    "vmovdqa64 zmm9, zmmword ptr [rsi]\n",
                    "vmovdqa64 zmm10, zmmword ptr [rdx]\n",
                    "vpmadd52luq zmm0, zmm9, zmm8\n",
                    "vpmadd52huq zmm1, zmm9, zmm8\n",
                    "vpmadd52luq zmm2, zmm9, zmm10\n",
                    "vpmadd52huq zmm3, zmm9, zmm10\n",
                    "vmovdqa64 zmm11, zmmword ptr [rsi + 64]\n",
                    "vmovdqa64 zmm8, zmmword ptr [rdx - 64]\n",
                    "vpmadd52luq zmm4, zmm11, zmm10\n",
                    "vpmadd52huq zmm5, zmm11, zmm10\n",
                    "vpmadd52luq zmm6, zmm11, zmm8\n",
                    "vpmadd52huq zmm7, zmm11, zmm8\n",
                    "add rsi, 128\n",
                    "sub rdx, 128\n",
                    "dec rax\n",
                    "jnz 4b\n",
                    "5:\n",
                    "vpaddq zmm0, zmm0, zmm4\n",
                    "vpaddq zmm1, zmm1, zmm5\n",
                    "vpaddq zmm2, zmm2, zmm6\n",
                    "vpaddq zmm3, zmm3, zmm7\n",
                )
            };
        }

        /// A Montgomery multiplication or squaring with its reduction
        /// interleaved (product scanning), two columns K, K + 1 at a time
        /// (rcx = K even, l even), the sums kept in registers. With i0 =
        /// max(0, K + 1 - l) (r15), the `$products` text puts the low and
        /// high halves of the products of column K in zmm20/zmm21 and those of
        /// column K + 1 in zmm22/zmm23 (a high half belongs to the next
        /// column). The reduction adds those of m[i]·n[K - i] and m[i]·n[K +
        /// 1 - i] for the m[i] known, i0 ≤ i < min(K, l), and zmm28 (what
        /// earlier columns carry into column K). Below l, m[K] = sum·n0 mod
        /// 2^52 clears column K's low 52 bits (sum + m[K]·n[0] ≡ 0, n0 =
        /// -n⁻¹), its terms m[K]·n[0] and m[K]·n[1] are added, its sum shifted
        /// by 52 carries into column K + 1, which gets m[K + 1] the same way;
        /// from l on, the two columns (shifted left by the lane's zmm29, the
        /// carry out of the shifted columns, zmm27, added) are limbs K - l and
        /// K + 1 - l of the result. Registers: r8 a, r9 n, r10 m, r11 l, r12
        /// out, r13 n0 (then free), r14 the shifts (then free), zmm31 n0,
        /// zmm30 the 52-bit mask.
        macro_rules! mont_kernel {
            ($products:expr) => {
                concat!(
                    "vmovdqa64 zmm31, zmmword ptr [r13]\n",
                    "vmovdqa64 zmm29, zmmword ptr [r14]\n",
                    "mov rax, 0xfffffffffffff\n",
                    "vpbroadcastq zmm30, rax\n",
                    "vpxorq zmm28, zmm28, zmm28\n",
                    "vpxorq zmm27, zmm27, zmm27\n",
                    "xor ecx, ecx\n",
                    "2:\n",
                    // r15 = i0 = max(0, K + 1 - l)
                    "xor r15d, r15d\n",
                    "mov rax, rcx\n",
                    "inc rax\n",
                    "sub rax, r11\n",
                    "cmovg r15, rax\n",
                    $products,
                    // m[i0..] upwards, n[K - i0] downwards, min(K, 2l - 1 - K) of them
                    "lea rax, [r11 + r11 - 1]\n",
                    "sub rax, rcx\n",
                    "cmp rax, rcx\n",
                    "cmova rax, rcx\n",
                    "mov rsi, r15\n",
                    "shl rsi, 6\n",
                    "add rsi, r10\n",
                    "mov rdx, rcx\n",
                    "sub rdx, r15\n",
                    "shl rdx, 6\n",
                    "add rdx, r9\n",
                    dot2_loop!(),
                    "vpaddq zmm20, zmm20, zmm2\n",
                    "vpaddq zmm21, zmm21, zmm3\n",
                    "vpaddq zmm22, zmm22, zmm0\n",
                    "vpaddq zmm23, zmm23, zmm1\n",
                    "vpaddq zmm20, zmm20, zmm28\n",
                    "vpaddq zmm22, zmm22, zmm21\n",
                    "cmp rcx, r11\n",
                    "jae 8f\n",
                    // below l: m[K], column K cleared, its carry and m[K]'s
                    // terms of columns K + 1 and K + 2 added
                    "mov rsi, rcx\n",
                    "shl rsi, 6\n",
                    "vpxorq zmm4, zmm4, zmm4\n",
                    "vpmadd52luq zmm4, zmm20, zmm31\n",
                    "vmovdqa64 zmmword ptr [r10 + rsi], zmm4\n",
                    "vpmadd52luq zmm20, zmm4, zmmword ptr [r9]\n",
                    "vpmadd52huq zmm22, zmm4, zmmword ptr [r9]\n",
                    "vpmadd52luq zmm22, zmm4, zmmword ptr [r9 + 64]\n",
                    "vpmadd52huq zmm23, zmm4, zmmword ptr [r9 + 64]\n",
                    "vpsrlq zmm20, zmm20, 52\n",
                    "vpaddq zmm22, zmm22, zmm20\n",
                    // m[K + 1], column K + 1 cleared, carried into K + 2
                    "vpxorq zmm5, zmm5, zmm5\n",
                    "vpmadd52luq zmm5, zmm22, zmm31\n",
                    "vmovdqa64 zmmword ptr [r10 + rsi + 64], zmm5\n",
                    "vpmadd52luq zmm22, zmm5, zmmword ptr [r9]\n",
                    "vpmadd52huq zmm23, zmm5, zmmword ptr [r9]\n",
                    "vpsrlq zmm22, zmm22, 52\n",
                    "vpaddq zmm28, zmm23, zmm22\n",
                    "jmp 9f\n",
                    // from l: two limbs of the result
                    "8:\n",
                    "mov rsi, rcx\n",
                    "sub rsi, r11\n",
                    "shl rsi, 6\n",
                    "vpsllvq zmm20, zmm20, zmm29\n",
                    "vpaddq zmm20, zmm20, zmm27\n",
                    "vpandq zmm0, zmm20, zmm30\n",
                    "vmovdqa64 zmmword ptr [r12 + rsi], zmm0\n",
                    "vpsrlq zmm20, zmm20, 52\n",
                    "vpsllvq zmm22, zmm22, zmm29\n",
                    "vpaddq zmm22, zmm22, zmm20\n",
                    "vpandq zmm0, zmm22, zmm30\n",
                    "vmovdqa64 zmmword ptr [r12 + rsi + 64], zmm0\n",
                    "vpsrlq zmm27, zmm22, 52\n",
                    "vmovdqa64 zmm28, zmm23\n",
                    "9:\n",
                    "add rcx, 2\n",
                    "lea rax, [r11 + r11]\n",
                    "cmp rcx, rax\n",
                    "jb 2b\n",
                    "vzeroupper\n",
                )
            };
        }

        /// out = a²·R⁻¹·2^sh (each lane's shift 0 or 1), R = 2^(52l), limbs
        /// carried: the cross products a[i]·a[k - i], i < k - i, of a column
        /// doubled, then a[k/2]² added in even columns.
        ///
        /// # Safety
        /// The processor has AVX-512F and IFMA; every pointer is 64-byte
        /// aligned; `l` ≥ 2 is even; a and n point to `l` vectors (read)
        /// followed by a zero vector, m and out to `l` (written), n0 and sh
        /// to one (read); out does not overlap a; a's limbs are below 2^52
        /// and the result fits in l limbs.
        pub(super) unsafe fn sqr_mont(
            out: *mut V,
            a: *const V,
            n: *const V,
            m: *mut V,
            n0: *const V,
            sh: *const V,
            l: usize,
        ) {
            // SAFETY: the function's contract: reads a[i] and n[i] with
            // i ≤ l, m[i] with i < l (written before), writes m[k] with k < l
            // and out[k - l] with l ≤ k < 2l.
            unsafe {
                core::arch::asm!(
                    mont_kernel!(concat!(
                        // a[i0..] upwards, a[K - i0] downwards, K / 2 - i0 of them
                        "mov rax, rcx\n",
                        "shr rax, 1\n",
                        "sub rax, r15\n",
                        "mov rsi, r15\n",
                        "shl rsi, 6\n",
                        "add rsi, r8\n",
                        "mov rdx, rcx\n",
                        "sub rdx, r15\n",
                        "shl rdx, 6\n",
                        "add rdx, r8\n",
                        dot2_loop!(),
                        // h = K / 2: a[h]·a[h + 1] (column K + 1), doubled
                        // with the others, then a[h]² (column K)
                        "vmovdqa64 zmm9, zmmword ptr [rsi]\n",
                        "vpmadd52luq zmm0, zmm9, zmm8\n",
                        "vpmadd52huq zmm1, zmm9, zmm8\n",
                        "vpaddq zmm20, zmm2, zmm2\n",
                        "vpaddq zmm21, zmm3, zmm3\n",
                        "vpaddq zmm22, zmm0, zmm0\n",
                        "vpaddq zmm23, zmm1, zmm1\n",
                        "vpmadd52luq zmm20, zmm9, zmm9\n",
                        "vpmadd52huq zmm21, zmm9, zmm9\n",
                    )),
                    in("r8") a,
                    in("r9") n,
                    in("r10") m,
                    in("r11") l,
                    inout("r12") out => _,
                    inout("r13") n0 => _,
                    inout("r14") sh => _,
                    out("r15") _,
                    clobber_abi("C"),
                    options(nostack),
                );
            }
        }

        /// out = a·b·R⁻¹, R = 2^(52l), limbs carried.
        ///
        /// # Safety
        /// As [`sqr_mont`], b as a and also preceded by a zero vector (out
        /// overlaps neither).
        pub(super) unsafe fn mul_mont(
            out: *mut V,
            a: *const V,
            b: *const V,
            n: *const V,
            m: *mut V,
            n0: *const V,
            l: usize,
        ) {
            let zero = super::Z;
            // SAFETY: the function's contract, as in `sqr_mont` (b[i] with
            // -1 ≤ i ≤ l read); the shifts are zero.
            unsafe {
                core::arch::asm!(
                    mont_kernel!(concat!(
                        // a[i0..] upwards, b[K - i0] downwards, min(K + 1, l - 1) - i0 + 1 of them
                        "mov rax, r11\n",
                        "dec rax\n",
                        "lea rsi, [rcx + 1]\n",
                        "cmp rsi, rax\n",
                        "cmovb rax, rsi\n",
                        "sub rax, r15\n",
                        "inc rax\n",
                        "mov rsi, r15\n",
                        "shl rsi, 6\n",
                        "add rsi, r8\n",
                        "mov rdx, rcx\n",
                        "sub rdx, r15\n",
                        "shl rdx, 6\n",
                        "add rdx, rdi\n",
                        dot2_loop!(),
                        "vmovdqa64 zmm20, zmm2\n",
                        "vmovdqa64 zmm21, zmm3\n",
                        "vmovdqa64 zmm22, zmm0\n",
                        "vmovdqa64 zmm23, zmm1\n",
                    )),
                    in("r8") a,
                    in("rdi") b,
                    in("r9") n,
                    in("r10") m,
                    in("r11") l,
                    inout("r12") out => _,
                    inout("r13") n0 => _,
                    inout("r14") &zero as *const V => _,
                    out("r15") _,
                    clobber_abi("C"),
                    options(nostack),
                );
            }
        }

        /// The number of limbs of the straight-line kernels: 1024-bit
        /// moduli (the primes of 2048-bit keys, where key generation
        /// spends its time). At 2048 bits their code (some 50 KB) would not
        /// stay in the instruction cache and runs slower than the loops.
        pub(super) const STRAIGHT_L: usize = 20;

        /// What [`mont_straight`] computes.
        #[derive(Clone, Copy)]
        pub(super) enum Op {
            /// [`sqr_mont`], with the lanes' shifts.
            Square(*const V),
            /// [`mul_mont`], by this b.
            Product(*const V),
        }

        /// [`sqr_mont`] or [`mul_mont`] for `l` = [`STRAIGHT_L`], without
        /// loops (written by build/ifma_kernels.rs: about a sixth faster on
        /// Sapphire Rapids).
        ///
        /// # Safety
        /// As [`sqr_mont`] or [`mul_mont`].
        pub(super) unsafe fn mont_straight(out: *mut V, a: *const V, op: Op, n: *const V, m: *mut V, n0: *const V) {
            let zero = super::Z;
            // (a square reads no b, a product shifts by zero)
            let (b, sh) = match op {
                Op::Square(sh) => (a, sh),
                Op::Product(b) => (b, &zero as *const V),
            };
            // SAFETY: the function's contract; the code reads a[i], b[i]
            // and n[i] and writes m[i] and out[i] for i < l only, and reads
            // n0 and sh.
            unsafe {
                macro_rules! run {
                    ($file:literal) => {
                        core::arch::asm!(
                            include_str!(concat!(env!("OUT_DIR"), $file)),
                            in("r8") a,
                            in("rdi") b,
                            in("r9") n,
                            in("r10") m,
                            in("r12") out,
                            in("r13") n0,
                            in("r14") sh,
                            clobber_abi("C"),
                            options(nostack),
                        )
                    };
                }
                if matches!(op, Op::Square(_)) {
                    run!("/ifma_sqr20.s");
                } else {
                    run!("/ifma_mul20.s");
                }
            }
        }
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        /// The straight-line kernels give the loops' results, limb for limb
        /// (and the same m), on random values below 4n, edge values and
        /// moduli with all-ones limbs, shifted and not.
        #[test]
        fn straight_kernels_match_the_loops() {
            if !available() {
                // without IFMA no batch is made: the callers take the scalar path
                assert!(super::super::mr_base2_batch(&[(BigUint::from(1u32) << 1023u32) + 1u32]).is_none());
                return;
            }
            let mut next = super::super::tests::xorshift(0x2545_f491_4f6c_dd1d);
            let bits = 1024;
            let mut random =
                |below: &BigUint| BigUint::new((0..bits / 32 + 2).map(|_| next() as u32).collect::<Vec<_>>()) % below;
            let one = BigUint::from(1u32);
            let mut ns: Vec<BigUint> =
                (0..LANES).map(|_| random(&(&one << bits)) | (&one << (bits - 1)) | &one).collect();
            ns[1] = (&one << bits) - 1u32;
            ns[2] = (&one << (bits - 1)) + 1u32;
            for round in 0..6 {
                let mut b = Batch::new(&ns, bits);
                assert!(b.straight, "{} limbs", b.l);
                let l = b.l;
                let values: Vec<BigUint> = match round {
                    0 => ns.iter().map(|_| BigUint::default()).collect(),
                    1 => ns.iter().map(|_| one.clone()).collect(),
                    2 => ns.iter().map(|n| n - 1u32).collect(),
                    3 => ns.iter().map(|n| 4u32 * n - 1u32).collect(),
                    _ => ns.iter().map(|n| random(&(4u32 * n))).collect(),
                };
                let others: Vec<BigUint> = ns.iter().map(|n| random(&(4u32 * n))).collect();
                let (x, y) = (spread(&values, l), spread(&others, l));
                let mut sh = Z;
                for (lane, v) in sh.iter_mut().enumerate() {
                    *v = ((lane + round) % 2) as u64;
                }
                let run = |b: &mut Batch, straight: bool| {
                    b.straight = straight;
                    let (mut s, mut p) = (num(l), num(l));
                    b.sqr(&x, &sh, &mut s);
                    let m = b.m.clone();
                    b.mul(&x, &y, &mut p);
                    (s, m, p, b.m.clone())
                };
                assert!(run(&mut b, true) == run(&mut b, false), "round {round}");
            }
        }
    }

    /// Never called: [`available`] is false off x86-64.
    #[cfg(not(target_arch = "x86_64"))]
    mod asm {
        use super::V;
        pub(super) const STRAIGHT_L: usize = 0;
        pub(super) enum Op {
            Square(*const V),
            Product(*const V),
        }
        pub(super) unsafe fn mont_straight(_: *mut V, _: *const V, _: Op, _: *const V, _: *mut V, _: *const V) {
            unreachable!()
        }
        pub(super) unsafe fn sqr_mont(
            _: *mut V,
            _: *const V,
            _: *const V,
            _: *mut V,
            _: *const V,
            _: *const V,
            _: usize,
        ) {
            unreachable!()
        }
        pub(super) unsafe fn mul_mont(
            _: *mut V,
            _: *const V,
            _: *const V,
            _: *const V,
            _: *mut V,
            _: *const V,
            _: usize,
        ) {
            unreachable!()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A small deterministic generator (xorshift64) for test operands.
    pub(super) fn xorshift(mut seed: u64) -> impl FnMut() -> u64 {
        move || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        }
    }

    #[test]
    fn pow_matches_num_bigint() {
        let mut next = xorshift(0x1234_5678_9abc_def1u64);
        for bits in [64usize, 128, 192, 512, 1024, 1088, 2048, 4096] {
            for _ in 0..3 {
                let words = bits / 64;
                let mk = |next: &mut dyn FnMut() -> u64| {
                    BigUint::new((0..words * 2).map(|_| next() as u32).collect::<Vec<_>>())
                };
                let mut n = mk(&mut next);
                n.set_bit(0, true);
                n.set_bit(bits as u64 - 1, true);
                let base = mk(&mut next) % &n;
                let exp = mk(&mut next);
                let m = Mont::new(&n);
                // (1024 and 2048 bits go through the fixed-length arithmetic,
                // with the assembly rows where the processor has them and
                // without)
                assert_eq!(m.pow(&base, &exp), base.modpow(&exp, &n), "{bits} bits");
                assert_eq!(m.pow_rows(&base, &exp, false), base.modpow(&exp, &n), "{bits} bits");
                assert_eq!(m.pow_rows(&base, &exp, true), base.modpow(&exp, &n), "{bits} bits");
                assert_eq!(m.pow_var(&base, &exp), base.modpow(&exp, &n), "{bits} bits");
                // all-ones limbs stress the carries
                let big = &n - 1u32;
                assert_eq!(m.pow(&big, &exp), big.modpow(&exp, &n), "{bits} bits, n-1");
                assert_eq!(m.pow_var(&big, &exp), big.modpow(&exp, &n), "{bits} bits, n-1");
                assert_eq!(m.pow_rows(&big, &exp, false), big.modpow(&exp, &n), "{bits} bits, n-1");
                let d = &n >> 1u32;
                let two = BigUint::from(2u32);
                let expect = {
                    let x = two.modpow(&d, &n);
                    x == BigUint::from(1u32) || x == &n - 1u32
                };
                assert_eq!(m.mr_base2(&d, 1), expect);
                assert_eq!(m.mr_base2_rows(&d, 1, false), expect);
                assert_eq!(m.mr_base2_var(&d, 1), expect);
            }
        }
    }

    #[test]
    fn batched_base2_rounds_match_one_by_one() {
        let mut next = xorshift(0x9e37_79b9_7f4a_7c15u64);
        let strong = |n: &BigUint| {
            let nm1: BigUint = n - 1u32;
            let s = nm1.trailing_zeros().unwrap_or(0);
            Mont::new(n).mr_base2(&(&nm1 >> s), s)
        };
        let two = BigUint::from(2u32);
        for bits in [512usize, 521, 1024, 1279, 2048] {
            let random = |next: &mut dyn FnMut() -> u64| {
                let mut n = BigUint::new((0..bits.div_ceil(32)).map(|_| next() as u32).collect::<Vec<_>>());
                n.set_bit(bits as u64 - 1, true);
                for b in bits as u64..n.bits() {
                    n.set_bit(b, false);
                }
                n.set_bit(0, true);
                n
            };
            let mut cands: Vec<BigUint> = (0..8).map(|_| random(&mut next)).collect();
            // a prime (Mersenne) where there is one of this size, all-ones
            // limbs, and n - 1 with many factors 2
            if bits == 521 || bits == 1279 {
                cands[1] = (BigUint::from(1u32) << bits) - 1u32;
            }
            cands[2] = (BigUint::from(1u32) << bits) - 1u32;
            cands[3] = (BigUint::from(1u32) << (bits - 1)) + 1u32;
            for k in 1..=8 {
                let c = &cands[..k];
                let got = mr_base2_batch(c);
                if !ifma::available() {
                    assert!(got.is_none());
                    return;
                }
                let expect: Vec<bool> = c.iter().map(strong).collect();
                assert_eq!(got.as_deref(), Some(&expect[..]), "{bits} bits, {k} candidates");
                // and the exponentiation itself
                let ds: Vec<BigUint> = c.iter().map(|n| n >> 1u32).collect();
                let refs: Vec<&BigUint> = ds.iter().collect();
                let xs = ifma::Batch::new(c, bits).pow2(&refs);
                for ((x, n), d) in xs.iter().zip(c).zip(&ds) {
                    assert_eq!(*x, two.modpow(d, n), "{bits} bits");
                }
            }
            if bits == 521 || bits == 1279 {
                assert_eq!(mr_base2_batch(&cands[1..2]), Some(vec![true]));
            }
        }
        // bases^e for random bases and exponents, against num-bigint
        for bits in [512usize, 1024, 1088, 2048] {
            let mut n = BigUint::new((0..bits / 32).map(|_| next() as u32).collect::<Vec<_>>());
            n.set_bit(bits as u64 - 1, true);
            n.set_bit(0, true);
            let e = BigUint::new((0..bits / 32).map(|_| next() as u32).collect::<Vec<_>>());
            let mut bases: Vec<BigUint> =
                (0..8).map(|_| BigUint::new((0..bits / 32).map(|_| next() as u32).collect::<Vec<_>>()) % &n).collect();
            bases[0] = &n - 1u32;
            bases[1] = BigUint::from(2u32);
            bases[2] = BigUint::from(0u32);
            bases[3] = BigUint::from(1u32);
            // and exponents with zero windows, or none
            let one = BigUint::from(1u32);
            for (k, e) in
                [(1usize, &e), (3, &e), (5, &e), (8, &e), (8, &(&one << 64u32)), (4, &one), (2, &(&one - 1u32))]
            {
                let got = pow_batch(&n, &bases[..k], e);
                if !ifma::available() {
                    assert!(got.is_none());
                    continue;
                }
                let expect: Vec<BigUint> = bases[..k].iter().map(|b| b.modpow(e, &n)).collect();
                assert_eq!(got, Some(expect), "{bits} bits, {k} bases, e = {e:x}");
            }
        }
        assert!(pow_batch(&BigUint::from(101u32), &[BigUint::from(2u32)], &BigUint::from(5u32)).is_none());
        // sizes without the batch
        assert!(mr_base2_batch(&[BigUint::from(101u32)]).is_none());
        assert!(mr_base2_batch(&[]).is_none());
    }

    #[test]
    fn base2_round_accepts_primes_and_rejects_composites() {
        let strong = |n: &BigUint| {
            let nm1: BigUint = n - 1u32;
            let s = nm1.trailing_zeros().unwrap_or(0);
            let d = &nm1 >> s;
            (Mont::new(n).mr_base2(&d, s), d, s)
        };
        // Mersenne primes 2^127 - 1 and 2^521 - 1
        for e in [127u32, 521] {
            let p = (BigUint::from(1u32) << e) - 1u32;
            assert!(strong(&p).0, "2^{e} - 1");
        }
        // (2^127 - 1)(2^61 - 1) is composite; the reference test agrees
        let c = ((BigUint::from(1u32) << 127u32) - 1u32) * ((BigUint::from(1u32) << 61u32) - 1u32);
        let (got, d, s) = strong(&c);
        let two = BigUint::from(2u32);
        let mut x = two.modpow(&d, &c);
        let cm1: BigUint = &c - 1u32;
        let mut reference = x == BigUint::from(1u32) || x == cm1;
        for _ in 1..s {
            x = &x * &x % &c;
            reference |= x == cm1;
        }
        assert!(!reference);
        assert!(!got);
    }
}
