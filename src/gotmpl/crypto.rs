//! Sprig's key and certificate generators: RSA keys (PKCS#1 PEM) and X.509
//! certificates signed with SHA-256/RSA, encoded in DER by hand.
//!
//! Randomness comes from the OS (`/dev/urandom`) unless a seed was given
//! (tests, reproducible diffs): seeded output is NOT secret.
use super::value::Map;

use base64::Engine as _;
use num_bigint::BigUint;
use num_traits::{One, Zero};
use sha2::Digest as _;

use super::funcs::Ctx;
use super::mont::{mr_base2_batch, pow_batch, Mont};
use super::sieve::{self, small_primes};
use super::value::Value;

// ---------------------------------------------------------------------------
// RSA

struct RsaKey {
    n: BigUint,
    e: BigUint,
    d: BigUint,
    p: BigUint,
    q: BigUint,
}

fn random_biguint(c: &mut Ctx, bits: usize) -> BigUint {
    let mut b = vec![0u8; bits.div_ceil(8)];
    c.fill_bytes(&mut b);
    let extra = b.len() * 8 - bits;
    b[0] &= 0xff >> extra;
    BigUint::from_bytes_be(&b)
}

/// Miller–Rabin rounds with random bases for a random candidate of
/// `bits` bits: the Damgård–Landrock–Pomerance counts (error below 2^-80
/// for random candidates; OpenSSL's `BN_prime_checks_for_size`), the
/// same as Go's key generation (`isPrime` in
/// crypto/internal/fips140/rsa/keygen.go, Go 1.24+: 5 rounds for 1024-bit
/// primes, 4 for 2048-bit). Sieved candidates also pass a base-2 round
/// first ([`is_prime_candidate`]), one more than Go. A composite almost
/// always fails the first round, so the count only matters for the prime
/// that is kept.
fn mr_rounds(bits: usize) -> usize {
    match bits {
        b if b >= 3747 => 3,
        b if b >= 1345 => 4,
        b if b >= 476 => 5,
        b if b >= 400 => 6,
        b if b >= 347 => 7,
        b if b >= 308 => 8,
        b if b >= 55 => 27,
        _ => 34,
    }
}

/// Trial division by the sieve primes, then Miller–Rabin.
fn is_probable_prime(c: &mut Ctx, n: &BigUint) -> bool {
    for &p in small_primes() {
        if (n % p).is_zero() {
            return *n == BigUint::from(p);
        }
    }
    miller_rabin(c, n, mr_rounds(n.bits() as usize))
}

/// Miller–Rabin with `rounds` random bases, for an odd `n` > 3. For
/// candidates of 512 to 2048 bits (RSA primes: at most 5 rounds, after a
/// base-2 round that nearly every composite fails) the bases are all
/// drawn first and their powers computed together where the processor
/// can ([`pow_batch`]); otherwise each base is drawn when its round comes.
fn miller_rabin(c: &mut Ctx, n: &BigUint, rounds: usize) -> bool {
    let one = BigUint::one();
    let n1 = n - &one;
    let s = n1.trailing_zeros().unwrap_or(0);
    let d = &n1 >> s;
    let bits = n.bits() as usize;
    // (made only when the batch does not apply: its R² costs a division)
    let mut mont: Option<Mont> = None;
    let mut batch = if (512..=2048).contains(&bits) && rounds <= 8 {
        let bases: Vec<BigUint> = (0..rounds).map(|_| random_biguint(c, bits - 1) + 2u32).collect();
        let xs = pow_batch(n, &bases, &d).unwrap_or_else(|| {
            let m = mont.get_or_insert_with(|| Mont::new(n));
            bases.iter().map(|a| m.pow(a, &d)).collect()
        });
        Some(xs.into_iter())
    } else {
        None
    };
    'witness: for _ in 0..rounds {
        let mut x = match batch.as_mut().and_then(|b| b.next()) {
            Some(x) => x,
            None => mont.get_or_insert_with(|| Mont::new(n)).pow(&(random_biguint(c, bits - 1) + 2u32), &d),
        };
        if x == one || x == n1 {
            continue;
        }
        for _ in 1..s {
            x = &x * &x % n;
            if x == n1 {
                continue 'witness;
            }
            if x == one {
                return false;
            }
        }
        return false;
    }
    true
}

/// A probable prime test for a sieved candidate: one Miller–Rabin round
/// with base 2 (cheap: squarings and shifts), which nearly every
/// composite fails, then `rounds` rounds with random bases for the
/// survivors.
fn is_prime_candidate(c: &mut Ctx, n: &BigUint, rounds: usize) -> bool {
    let n1 = n - 1u32;
    let s = n1.trailing_zeros().unwrap_or(0);
    let d = &n1 >> s;
    Mont::new(n).mr_base2(&d, s) && miller_rabin(c, n, rounds)
}

/// A random prime of exactly `bits` bits with its top two bits set (so a
/// product of two has all its bits). Searches upwards from a random odd
/// start through a window sieved by every prime below about 2^17.5 (primes
/// of 1024 bits or fewer) or 2^20 ([`sieve::composite`]: the residues of
/// the start are computed once, not a big division per candidate), and
/// tests only the survivors with Miller–Rabin. (The sieve only removes
/// multiples of small primes, which the first Miller–Rabin round rejects
/// anyway: how far it reaches does not change which prime is found.)
fn gen_prime(c: &mut Ctx, bits: usize) -> BigUint {
    if bits < 64 {
        loop {
            let mut p = random_biguint(c, bits);
            p.set_bit(bits as u64 - 1, true);
            p.set_bit(bits as u64 - 2, true);
            p.set_bit(0, true);
            if is_probable_prime(c, &p) {
                return p;
            }
        }
    }
    let rounds = mr_rounds(bits);
    loop {
        let mut base = random_biguint(c, bits);
        base.set_bit(bits as u64 - 1, true);
        base.set_bit(bits as u64 - 2, true);
        base.set_bit(0, true);
        let composite = sieve::composite(&base, bits);
        // the survivors in order, eight at a time through the batched
        // base-2 round where the processor has it (the random rounds, and
        // so the random draws, follow the same order as one by one)
        let mut survivors =
            composite.iter().enumerate().filter(|(_, c)| !**c).map(|(k, _)| &base + BigUint::from(2 * k as u64));
        let mut batch: Vec<BigUint> = Vec::with_capacity(8);
        loop {
            batch.clear();
            // (past 2^bits the top bits are no longer set: the window ends)
            batch.extend(survivors.by_ref().take(8).take_while(|cand| cand.bits() as usize == bits));
            if batch.is_empty() {
                break;
            }
            let base2 = mr_base2_batch(&batch);
            for (i, cand) in batch.iter().enumerate() {
                let passes = match &base2 {
                    Some(b) => b[i] && miller_rabin(c, cand, rounds),
                    None => is_prime_candidate(c, cand, rounds),
                };
                if passes {
                    return cand.clone();
                }
            }
            if batch.len() < 8 {
                break;
            }
        }
    }
}

/// The public exponent of generated keys (Go's, as every RSA library's).
const E: u32 = 65537;

fn gen_rsa(c: &mut Ctx, bits: usize) -> RsaKey {
    loop {
        let p = gen_prime(c, bits / 2);
        let q = gen_prime(c, bits - bits / 2);
        if p == q {
            continue;
        }
        let one = BigUint::one();
        let phi = (&p - &one) * (&q - &one);
        let Some(d) = inverse_mod(E, &phi) else { continue };
        let n = &p * &q;
        if n.bits() as usize != bits {
            continue;
        }
        return RsaKey { n, e: BigUint::from(E), d, p, q };
    }
}

/// e⁻¹ mod m for a word e, `None` when they have a common factor (or one
/// is 0): with k = -m⁻¹ mod e, d = (1 + k·m)/e is exact, e·d = 1 + k·m ≡ 1
/// (mod m) and d < m (k < e): an inverse of a word, one multiplication and
/// one division by a word, where [`BigUint::modinv`] runs Euclid's
/// algorithm on big numbers.
fn inverse_mod(e: u32, m: &BigUint) -> Option<BigUint> {
    if m.is_zero() || e == 0 {
        return None;
    }
    if m.is_one() {
        return Some(BigUint::zero());
    }
    let r = u32::try_from(m % e).ok()?;
    // extended Euclid on (e, r): t·r ≡ g (mod e)
    let (mut g0, mut g1) = (i64::from(e), i64::from(r));
    let (mut t0, mut t1) = (0i64, 1i64);
    while g1 != 0 {
        let q = g0 / g1;
        (g0, g1) = (g1, g0 - q * g1);
        (t0, t1) = (t1, t0 - q * t1);
    }
    if g0 != 1 {
        return None;
    }
    // k = -r⁻¹ mod e, in [0, e)
    let k = (-t0).rem_euclid(i64::from(e)) as u32;
    Some((m * k + 1u32) / e)
}

// ---------------------------------------------------------------------------
// DER

fn tlv(tag: u8, content: &[u8]) -> Vec<u8> {
    let mut out = vec![tag];
    let n = content.len();
    if n < 128 {
        out.push(n as u8);
    } else {
        let bytes: Vec<u8> = n.to_be_bytes().iter().copied().skip_while(|&b| b == 0).collect();
        out.push(0x80 | bytes.len() as u8);
        out.extend(bytes);
    }
    out.extend_from_slice(content);
    out
}

fn seq(parts: &[Vec<u8>]) -> Vec<u8> {
    tlv(0x30, &parts.concat())
}

fn int(n: &BigUint) -> Vec<u8> {
    let mut b = n.to_bytes_be();
    if b[0] & 0x80 != 0 {
        b.insert(0, 0);
    }
    tlv(0x02, &b)
}

fn small_int(i: u32) -> Vec<u8> {
    int(&BigUint::from(i))
}

fn oid(arcs: &[u64]) -> Vec<u8> {
    let mut b = vec![(arcs[0] * 40 + arcs[1]) as u8];
    for &a in &arcs[2..] {
        let mut tmp = vec![(a & 0x7f) as u8];
        let mut v = a >> 7;
        while v > 0 {
            tmp.push(0x80 | (v & 0x7f) as u8);
            v >>= 7;
        }
        tmp.reverse();
        b.extend(tmp);
    }
    tlv(0x06, &b)
}

fn null() -> Vec<u8> {
    vec![0x05, 0x00]
}

fn bit_string(b: &[u8], unused: u8) -> Vec<u8> {
    let mut c = vec![unused];
    c.extend_from_slice(b);
    tlv(0x03, &c)
}

fn der_string(s: &str) -> Vec<u8> {
    let printable = s.chars().all(|c| c.is_ascii_alphanumeric() || " '()+,-./:=?".contains(c));
    tlv(if printable { 0x13 } else { 0x0c }, s.as_bytes())
}

fn name(cn: &str) -> Vec<u8> {
    if cn.is_empty() {
        return seq(&[]);
    }
    seq(&[tlv(0x31, &seq(&[oid(&[2, 5, 4, 3]), der_string(cn)]))])
}

fn time(secs: i64) -> Vec<u8> {
    let t = super::time::Time { secs, nanos: 0 };
    let year: i64 = super::time::format(&t, "2006").parse().unwrap_or(2000);
    if (1950..2050).contains(&year) {
        tlv(0x17, super::time::format(&t, "060102150405Z").as_bytes())
    } else {
        tlv(0x18, super::time::format(&t, "20060102150405Z").as_bytes())
    }
}

fn rsa_public_key_info(k: &RsaKey) -> Vec<u8> {
    seq(&[seq(&[oid(&[1, 2, 840, 113549, 1, 1, 1]), null()]), bit_string(&seq(&[int(&k.n), int(&k.e)]), 0)])
}

fn pkcs1_private_key(k: &RsaKey) -> Vec<u8> {
    let one = BigUint::one();
    let dp = &k.d % (&k.p - &one);
    let dq = &k.d % (&k.q - &one);
    let qinv = k.q.modinv(&k.p).unwrap_or_default();
    seq(&[small_int(0), int(&k.n), int(&k.e), int(&k.d), int(&k.p), int(&k.q), int(&dp), int(&dq), int(&qinv)])
}

fn pem(label: &str, der: &[u8]) -> String {
    let b = base64::engine::general_purpose::STANDARD.encode(der);
    let mut out = format!("-----BEGIN {label}-----\n");
    for chunk in b.as_bytes().chunks(64) {
        out.push_str(&String::from_utf8_lossy(chunk));
        out.push('\n');
    }
    out.push_str(&format!("-----END {label}-----\n"));
    out
}

fn sign_sha256(k: &RsaKey, data: &[u8]) -> Vec<u8> {
    let hash = sha2::Sha256::digest(data);
    let mut t = vec![
        0x30, 0x31, 0x30, 0x0d, 0x06, 0x09, 0x60, 0x86, 0x48, 0x01, 0x65, 0x03, 0x04, 0x02, 0x01, 0x05, 0x00, 0x04,
        0x20,
    ];
    t.extend_from_slice(&hash);
    let klen = (k.n.bits() as usize).div_ceil(8);
    let mut em = vec![0x00, 0x01];
    em.extend(std::iter::repeat_n(0xff, klen - t.len() - 3));
    em.push(0);
    em.extend(t);
    let s = rsa_private(k, &BigUint::from_bytes_be(&em));
    let mut sb = s.to_bytes_be();
    while sb.len() < klen {
        sb.insert(0, 0);
    }
    sb
}

/// m^d mod n, through the primes (CRT) when the key has them.
fn rsa_private(k: &RsaKey, m: &BigUint) -> BigUint {
    let one = BigUint::one();
    let odd = |x: &BigUint| x.bit(0) && *x > one;
    if odd(&k.p) && odd(&k.q) && &k.p * &k.q == k.n {
        if let Some(qinv) = k.q.modinv(&k.p) {
            let m1 = Mont::new(&k.p).pow(&(m % &k.p), &(&k.d % (&k.p - 1u32)));
            let m2 = Mont::new(&k.q).pow(&(m % &k.q), &(&k.d % (&k.q - 1u32)));
            let h = (qinv * (&m1 + &k.p - (&m2 % &k.p))) % &k.p;
            return m2 + h * &k.q;
        }
    }
    if odd(&k.n) {
        return Mont::new(&k.n).pow(m, &k.d);
    }
    m.modpow(&k.d, &k.n)
}

struct CertSpec<'a> {
    cn: &'a str,
    ips: Vec<Vec<u8>>,
    dns: Vec<String>,
    days: i64,
    is_ca: bool,
}

fn now_secs(c: &Ctx) -> i64 {
    c.now.unwrap_or_else(|| {
        std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs() as i64).unwrap_or(0)
    })
}

fn key_id(k: &RsaKey) -> Vec<u8> {
    // SHA-1 of the public key bits, as Go does for CA certificates
    let pk = seq(&[int(&k.n), int(&k.e)]);
    let h = super::funcs::sha1_bytes(&pk);
    h.to_vec()
}

fn certificate(
    c: &mut Ctx,
    spec: &CertSpec,
    key: &RsaKey,
    issuer: &[u8],
    signer: &RsaKey,
    signer_key_id: Option<Vec<u8>>,
) -> Vec<u8> {
    let mut serial = random_biguint(c, 128);
    if serial.is_zero() {
        serial = BigUint::one();
    }
    let now = now_secs(c);
    let sig_alg = seq(&[oid(&[1, 2, 840, 113549, 1, 1, 11]), null()]);
    let mut exts = Vec::new();
    // key usage: digitalSignature, keyEncipherment (+ certSign for a CA)
    let ku = if spec.is_ca { bit_string(&[0xa4], 2) } else { bit_string(&[0xa0], 5) };
    exts.push(seq(&[oid(&[2, 5, 29, 15]), tlv(0x01, &[0xff]), tlv(0x04, &ku)]));
    exts.push(seq(&[
        oid(&[2, 5, 29, 37]),
        tlv(0x04, &seq(&[oid(&[1, 3, 6, 1, 5, 5, 7, 3, 1]), oid(&[1, 3, 6, 1, 5, 5, 7, 3, 2])])),
    ]));
    let bc = if spec.is_ca { seq(&[tlv(0x01, &[0xff])]) } else { seq(&[]) };
    exts.push(seq(&[oid(&[2, 5, 29, 19]), tlv(0x01, &[0xff]), tlv(0x04, &bc)]));
    if spec.is_ca {
        exts.push(seq(&[oid(&[2, 5, 29, 14]), tlv(0x04, &tlv(0x04, &key_id(key)))]));
    }
    if let Some(kid) = signer_key_id.filter(|_| !spec.is_ca) {
        exts.push(seq(&[oid(&[2, 5, 29, 35]), tlv(0x04, &seq(&[tlv(0x80, &kid)]))]));
    }
    if !spec.dns.is_empty() || !spec.ips.is_empty() {
        let mut names = Vec::new();
        for d in &spec.dns {
            names.push(tlv(0x82, d.as_bytes()));
        }
        for ip in &spec.ips {
            names.push(tlv(0x87, ip));
        }
        exts.push(seq(&[oid(&[2, 5, 29, 17]), tlv(0x04, &seq(&names))]));
    }
    let tbs = seq(&[
        tlv(0xa0, &small_int(2)),
        int(&serial),
        sig_alg.clone(),
        issuer.to_vec(),
        seq(&[time(now), time(now + spec.days * 86400)]),
        name(spec.cn),
        rsa_public_key_info(key),
        tlv(0xa3, &seq(&exts)),
    ]);
    let sig = sign_sha256(signer, &tbs);
    seq(&[tbs, sig_alg, bit_string(&sig, 0)])
}

fn cert_value(cert_der: &[u8], key: &RsaKey) -> Value {
    let mut m = Map::new();
    m.insert("Cert".to_string(), Value::from(pem("CERTIFICATE", cert_der)));
    m.insert("Key".to_string(), Value::from(pem("RSA PRIVATE KEY", &pkcs1_private_key(key))));
    Value::from_map(m)
}

// ---------------------------------------------------------------------------
// reading PEM/DER back (the CA given to genSignedCert)

fn pem_decode(text: &str) -> Option<(String, Vec<u8>)> {
    let start = text.find("-----BEGIN ")?;
    let rest = &text[start + 11..];
    let label_end = rest.find("-----")?;
    let label = rest[..label_end].to_string();
    let body_start = label_end + 5;
    let end = rest.find("-----END ")?;
    let b64: String = rest[body_start..end].chars().filter(|c| !c.is_whitespace()).collect();
    let der = base64::engine::general_purpose::STANDARD.decode(b64).ok()?;
    Some((label, der))
}

/// (tag, content, whole TLV, rest)
type Tlv<'a> = (u8, &'a [u8], &'a [u8], &'a [u8]);

fn read_tlv(b: &[u8]) -> Option<Tlv<'_>> {
    let tag = *b.first()?;
    let l0 = *b.get(1)? as usize;
    let (len, hdr) = if l0 < 0x80 {
        (l0, 2)
    } else {
        let n = l0 & 0x7f;
        let mut len = 0usize;
        for i in 0..n {
            len = (len << 8) | *b.get(2 + i)? as usize;
        }
        (len, 2 + n)
    };
    let end = hdr.checked_add(len)?;
    if end > b.len() {
        return None;
    }
    Some((tag, &b[hdr..end], &b[..end], &b[end..]))
}

fn parse_rsa_key(pem_text: &str) -> Option<RsaKey> {
    let (label, der) = pem_decode(pem_text)?;
    let mut body: &[u8] = &der;
    let (_, content, _, _) = read_tlv(body)?;
    body = content;
    if label == "PRIVATE KEY" {
        // PKCS#8: version, algorithm, OCTET STRING(pkcs1)
        let (_, _, _, rest) = read_tlv(body)?;
        let (_, _, _, rest) = read_tlv(rest)?;
        let (_, inner, _, _) = read_tlv(rest)?;
        let (_, c, _, _) = read_tlv(inner)?;
        body = c;
    }
    let mut ints = Vec::new();
    let mut rest = body;
    while !rest.is_empty() {
        let (tag, c, _, r) = read_tlv(rest)?;
        if tag == 0x02 {
            ints.push(BigUint::from_bytes_be(c));
        }
        rest = r;
    }
    if ints.len() < 6 {
        return None;
    }
    Some(RsaKey { n: ints[1].clone(), e: ints[2].clone(), d: ints[3].clone(), p: ints[4].clone(), q: ints[5].clone() })
}

fn cert_subject(pem_text: &str) -> Option<Vec<u8>> {
    let (_, der) = pem_decode(pem_text)?;
    let (_, cert, _, _) = read_tlv(&der)?;
    let (_, tbs, _, _) = read_tlv(cert)?;
    let mut rest = tbs;
    // [0] version (optional), serial, sigalg, issuer, validity, subject
    let (tag, _, _, r) = read_tlv(rest)?;
    rest = r;
    if tag != 0xa0 {
        // no version: that was the serial
    } else {
        let (_, _, _, r) = read_tlv(rest)?;
        rest = r;
    }
    let (_, _, _, r) = read_tlv(rest)?; // sigalg
    let (_, _, _, r) = read_tlv(r)?; // issuer
    let (_, _, _, r) = read_tlv(r)?; // validity
    let (_, _, subject, _) = read_tlv(r)?;
    Some(subject.to_vec())
}

// ---------------------------------------------------------------------------
// the template functions

/// Sprig's `genPrivateKey`: `rsa` (4096 bits, PKCS#1), `ecdsa` (P-256,
/// SEC 1 `EC PRIVATE KEY` as Go's MarshalECPrivateKey writes it), `ed25519`
/// (PKCS#8 `PRIVATE KEY`); an unknown type gives Sprig's text.
pub fn gen_private_key(c: &mut Ctx, typ: &str) -> Result<String, String> {
    match typ {
        "rsa" | "" => {
            let k = gen_rsa(c, 4096);
            Ok(pem("RSA PRIVATE KEY", &pkcs1_private_key(&k)))
        }
        "ecdsa" => Ok(pem("EC PRIVATE KEY", &p256_private_key(c))),
        "ed25519" => {
            let mut seed = [0u8; 32];
            c.fill_bytes(&mut seed);
            let der = seq(&[small_int(0), seq(&[oid(&[1, 3, 101, 112])]), tlv(0x04, &tlv(0x04, &seed))]);
            Ok(pem("PRIVATE KEY", &der))
        }
        "dsa" => Err(
            "genPrivateKey: key type \"dsa\" is not supported by kforge's native renderer; render this chart with --helm-command"
                .into(),
        ),
        other => Ok(format!("Unknown type {other}")),
    }
}

// ---------------------------------------------------------------------------
// P-256 (NIST curve, a = -3), Jacobian coordinates; enough to derive a
// public key from a private scalar.

struct P256 {
    p: BigUint,
    n: BigUint,
}

fn hex_big(h: &str) -> BigUint {
    BigUint::parse_bytes(h.as_bytes(), 16).unwrap_or_default()
}

impl P256 {
    fn new() -> P256 {
        P256 {
            p: hex_big("ffffffff00000001000000000000000000000000ffffffffffffffffffffffff"),
            n: hex_big("ffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551"),
        }
    }
    fn g() -> (BigUint, BigUint, BigUint) {
        (
            hex_big("6b17d1f2e12c4247f8bce6e563a440f277037d812deb33a0f4a13945d898c296"),
            hex_big("4fe342e2fe1a7f9b8ee7eb4a7c0f9e162bce33576b315ececbb6406837bf51f5"),
            BigUint::one(),
        )
    }
    fn sub(&self, a: &BigUint, b: &BigUint) -> BigUint {
        (a + &self.p - b) % &self.p
    }
    fn mul(&self, a: &BigUint, b: &BigUint) -> BigUint {
        (a * b) % &self.p
    }
    fn double(&self, pt: &(BigUint, BigUint, BigUint)) -> (BigUint, BigUint, BigUint) {
        let (x, y, z) = pt;
        if z.is_zero() || y.is_zero() {
            return (BigUint::one(), BigUint::one(), BigUint::zero());
        }
        let delta = self.mul(z, z);
        let gamma = self.mul(y, y);
        let beta = self.mul(x, &gamma);
        let alpha = self.mul(&(BigUint::from(3u8) * self.sub(x, &delta)), &((x + &delta) % &self.p)) % &self.p;
        let x3 = self.sub(&self.mul(&alpha, &alpha), &((BigUint::from(8u8) * &beta) % &self.p));
        let yz = (y + z) % &self.p;
        let z3 = self.sub(&self.sub(&self.mul(&yz, &yz), &gamma), &delta);
        let g2 = self.mul(&gamma, &gamma);
        let y3 = self.sub(
            &self.mul(&alpha, &self.sub(&((BigUint::from(4u8) * &beta) % &self.p), &x3)),
            &((BigUint::from(8u8) * g2) % &self.p),
        );
        (x3, y3, z3)
    }
    fn add(&self, a: &(BigUint, BigUint, BigUint), b: &(BigUint, BigUint, BigUint)) -> (BigUint, BigUint, BigUint) {
        if a.2.is_zero() {
            return b.clone();
        }
        if b.2.is_zero() {
            return a.clone();
        }
        let z1z1 = self.mul(&a.2, &a.2);
        let z2z2 = self.mul(&b.2, &b.2);
        let u1 = self.mul(&a.0, &z2z2);
        let u2 = self.mul(&b.0, &z1z1);
        let s1 = self.mul(&self.mul(&a.1, &b.2), &z2z2);
        let s2 = self.mul(&self.mul(&b.1, &a.2), &z1z1);
        let h = self.sub(&u2, &u1);
        let r = (BigUint::from(2u8) * self.sub(&s2, &s1)) % &self.p;
        if h.is_zero() {
            return if r.is_zero() { self.double(a) } else { (BigUint::one(), BigUint::one(), BigUint::zero()) };
        }
        let h2 = (BigUint::from(2u8) * &h) % &self.p;
        let i = self.mul(&h2, &h2);
        let j = self.mul(&h, &i);
        let v = self.mul(&u1, &i);
        let x3 = self.sub(&self.sub(&self.mul(&r, &r), &j), &((BigUint::from(2u8) * &v) % &self.p));
        let y3 = self.sub(&self.mul(&r, &self.sub(&v, &x3)), &((BigUint::from(2u8) * self.mul(&s1, &j)) % &self.p));
        let zz = (&a.2 + &b.2) % &self.p;
        let z3 = self.mul(&self.sub(&self.sub(&self.mul(&zz, &zz), &z1z1), &z2z2), &h);
        (x3, y3, z3)
    }
    /// k·G in affine coordinates.
    fn base_mul(&self, k: &BigUint) -> (BigUint, BigUint) {
        let g = Self::g();
        let mut acc = (BigUint::one(), BigUint::one(), BigUint::zero());
        for i in (0..k.bits()).rev() {
            acc = self.double(&acc);
            if k.bit(i) {
                acc = self.add(&acc, &g);
            }
        }
        let zinv = acc.2.modpow(&(&self.p - BigUint::from(2u8)), &self.p);
        let z2 = self.mul(&zinv, &zinv);
        (self.mul(&acc.0, &z2), self.mul(&acc.1, &self.mul(&z2, &zinv)))
    }
}

fn fixed32(n: &BigUint) -> Vec<u8> {
    let b = n.to_bytes_be();
    let mut out = vec![0u8; 32usize.saturating_sub(b.len())];
    out.extend_from_slice(&b);
    out
}

/// A random P-256 key as SEC 1 DER (version 1, private scalar, curve OID,
/// uncompressed public point), as Go's `x509.MarshalECPrivateKey` writes it.
fn p256_private_key(c: &mut Ctx) -> Vec<u8> {
    let curve = P256::new();
    let d = loop {
        let d = random_biguint(c, 256);
        if !d.is_zero() && d < curve.n {
            break d;
        }
    };
    let (x, y) = curve.base_mul(&d);
    let mut point = vec![4u8];
    point.extend(fixed32(&x));
    point.extend(fixed32(&y));
    seq(&[
        small_int(1),
        tlv(0x04, &fixed32(&d)),
        tlv(0xa0, &oid(&[1, 2, 840, 10045, 3, 1, 7])),
        tlv(0xa1, &bit_string(&point, 0)),
    ])
}

pub fn gen_ca(c: &mut Ctx, cn: &str, days: i64) -> Result<Value, String> {
    let k = gen_rsa(c, 2048);
    let spec = CertSpec { cn, ips: Vec::new(), dns: Vec::new(), days, is_ca: true };
    let der = certificate(c, &spec, &k, &name(cn), &k, None);
    Ok(cert_value(&der, &k))
}

fn str_list(v: &Value) -> Result<Vec<String>, String> {
    match v {
        Value::Nil => Ok(Vec::new()),
        Value::List(l) => Ok(l.iter().map(super::funcs::strval).collect()),
        o => Err(format!("wrong type for value; expected []interface {{}}; got {}", o.type_name())),
    }
}

fn ip_bytes(ips: &[String]) -> Result<Vec<Vec<u8>>, String> {
    ips.iter()
        .map(|s| match s.parse::<std::net::IpAddr>() {
            Ok(std::net::IpAddr::V4(a)) => Ok(a.octets().to_vec()),
            Ok(std::net::IpAddr::V6(a)) => Ok(a.octets().to_vec()),
            Err(_) => Err(format!("error parsing ip: {s}")),
        })
        .collect()
}

fn int_arg(v: &Value) -> Result<i64, String> {
    match v {
        Value::Int(i) => Ok(*i),
        o => Err(format!("wrong type for value; expected int; got {}", o.type_name())),
    }
}

fn str_arg(v: &Value) -> Result<String, String> {
    match v {
        Value::Str(s) => Ok(String::from(&**s)),
        o => Err(format!("wrong type for value; expected string; got {}", o.type_name())),
    }
}

/// genSelfSignedCert cn ips dnsNames days
pub fn gen_self_signed(c: &mut Ctx, a: &[Value]) -> Result<Value, String> {
    let cn = str_arg(&a[0])?;
    let spec = CertSpec {
        cn: &cn,
        ips: ip_bytes(&str_list(&a[1])?)?,
        dns: str_list(&a[2])?,
        days: int_arg(&a[3])?,
        is_ca: false,
    };
    let k = gen_rsa(c, 2048);
    let der = certificate(c, &spec, &k, &name(&cn), &k, None);
    Ok(cert_value(&der, &k))
}

/// genSignedCert cn ips dnsNames days ca
pub fn gen_signed(c: &mut Ctx, a: &[Value]) -> Result<Value, String> {
    let cn = str_arg(&a[0])?;
    let spec = CertSpec {
        cn: &cn,
        ips: ip_bytes(&str_list(&a[1])?)?,
        dns: str_list(&a[2])?,
        days: int_arg(&a[3])?,
        is_ca: false,
    };
    let Value::Map(ca) = &a[4] else {
        return Err(format!("wrong type for value; expected sprig.certificate; got {}", a[4].type_name()));
    };
    let (cert_pem, key_pem) = {
        let ca = ca.borrow();
        (
            ca.get("Cert").map(super::funcs::strval).unwrap_or_default(),
            ca.get("Key").map(super::funcs::strval).unwrap_or_default(),
        )
    };
    let signer = parse_rsa_key(&key_pem).ok_or("unable to decode CA private key")?;
    let issuer = cert_subject(&cert_pem).ok_or("unable to decode CA certificate")?;
    let k = gen_rsa(c, 2048);
    let kid = key_id(&signer);
    let der = certificate(c, &spec, &k, &issuer, &signer, Some(kid));
    Ok(cert_value(&der, &k))
}

/// buildCustomCert base64Cert base64Key
pub fn build_custom_cert(cert_b64: &str, key_b64: &str) -> Result<Value, String> {
    let dec = |s: &str, what: &str| -> Result<String, String> {
        let b = base64::engine::general_purpose::STANDARD
            .decode(s.trim())
            .map_err(|e| format!("unable to decode base64 {what}: {e}"))?;
        String::from_utf8(b).map_err(|_| format!("{what} is not text"))
    };
    let cert = dec(cert_b64, "certificate")?;
    let key = dec(key_b64, "private key")?;
    if pem_decode(&cert).is_none() {
        return Err("unable to decode certificate".into());
    }
    if pem_decode(&key).is_none() {
        return Err("unable to decode private key".into());
    }
    let mut m = Map::new();
    m.insert("Cert".to_string(), Value::from(cert));
    m.insert("Key".to_string(), Value::from(key));
    Ok(Value::from_map(m))
}

/// Sprig's `htpasswd`: `user:` and a bcrypt hash (`$2a$`, cost 10, as Go's
/// x/crypto/bcrypt writes it). Problems come back as text, as in Sprig.
pub fn htpasswd(c: &mut Ctx, user: &str, pass: &str) -> String {
    if user.contains(':') {
        return format!("invalid username: {user}");
    }
    let mut salt = [0u8; 16];
    c.fill_bytes(&mut salt);
    match bcrypt::non_truncating_hash_with_salt(pass, 10, salt) {
        Ok(h) => format!("{user}:{}", h.format_for_version(bcrypt::Version::TwoA)),
        Err(_) => {
            format!("{user}:failed to encrypt string with bcrypt: bcrypt: password length exceeds 72 bytes")
        }
    }
}

/// The AES-256 key Sprig makes of a password: its bytes, cut or zero-padded
/// to 32.
fn aes_cipher(password: &str) -> aes::Aes256 {
    use aes::cipher::KeyInit as _;
    let mut key = [0u8; 32];
    let b = password.as_bytes();
    let n = b.len().min(32);
    key[..n].copy_from_slice(&b[..n]);
    aes::Aes256::new(&key.into())
}

/// Sprig's `encryptAES`: AES-256-CBC, PKCS#7 padding, a random IV in front,
/// base64 (standard alphabet). Empty text gives empty output.
pub fn encrypt_aes(c: &mut Ctx, password: &str, text: &str) -> String {
    use aes::cipher::BlockCipherEncrypt as _;
    if text.is_empty() {
        return String::new();
    }
    let cipher = aes_cipher(password);
    let mut content = text.as_bytes().to_vec();
    let pad = 16 - content.len() % 16;
    content.resize(content.len() + pad, pad as u8);
    let mut out = vec![0u8; 16];
    c.fill_bytes(&mut out);
    let mut prev = [0u8; 16];
    prev.copy_from_slice(&out);
    for chunk in content.chunks(16) {
        let mut b = aes::Block::default();
        for i in 0..16 {
            b[i] = chunk[i] ^ prev[i];
        }
        cipher.encrypt_block(&mut b);
        prev.copy_from_slice(&b);
        out.extend_from_slice(&b);
    }
    base64::engine::general_purpose::STANDARD.encode(out)
}

/// Sprig's `decryptAES` on the decoded bytes. Go panics (and helm reports
/// the panic) on short or malformed input; the same texts come back here.
pub fn decrypt_aes(password: &str, crypt: &[u8]) -> Result<String, String> {
    use aes::cipher::BlockCipherDecrypt as _;
    if crypt.is_empty() {
        return Ok(String::new());
    }
    if crypt.len() < 16 {
        return Err(format!("runtime error: slice bounds out of range [:16] with capacity {}", crypt.len()));
    }
    let (iv, body) = crypt.split_at(16);
    if body.len() % 16 != 0 {
        return Err("crypto/cipher: input not full blocks".into());
    }
    if body.is_empty() {
        return Err("runtime error: index out of range [-1]".into());
    }
    let cipher = aes_cipher(password);
    let mut prev = [0u8; 16];
    prev.copy_from_slice(iv);
    let mut plain = Vec::with_capacity(body.len());
    for chunk in body.chunks(16) {
        let mut b = aes::Block::default();
        b.copy_from_slice(chunk);
        cipher.decrypt_block(&mut b);
        for i in 0..16 {
            plain.push(b[i] ^ prev[i]);
        }
        prev.copy_from_slice(chunk);
    }
    let unpad = plain[plain.len() - 1] as usize;
    if unpad > plain.len() {
        return Err(format!("runtime error: slice bounds out of range [:{}]", plain.len() as i64 - unpad as i64));
    }
    plain.truncate(plain.len() - unpad);
    Ok(String::from_utf8_lossy(&plain).into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(cmd: &str, args: &[&str]) -> std::process::Output {
        std::process::Command::new(cmd)
            .args(args)
            .output()
            .unwrap_or_else(|e| panic!("{cmd} is needed for this test (CI installs it): {e}"))
    }

    fn pem_file(dir: &std::path::Path, name: &str, text: &str) -> String {
        let f = dir.join(name);
        std::fs::write(&f, text).unwrap();
        f.to_str().unwrap().to_string()
    }

    #[test]
    fn sieved_primes_are_prime_for_openssl() {
        let mut c = Ctx::new(Some(5));
        for bits in [64usize, 100, 256, 512, 1024] {
            let p = gen_prime(&mut c, bits);
            assert_eq!(p.bits() as usize, bits);
            assert!(p.bit(bits as u64 - 2) && p.bit(0), "{p}");
            let out = run("openssl", &["prime", &p.to_string()]);
            let text = String::from_utf8_lossy(&out.stdout);
            assert!(text.contains("is prime") && !text.contains("not prime"), "{bits} bits: {text}");
        }
        // composites fail: products of two primes, Carmichael numbers
        for n in [561u64, 41041, 825265, 3_215_031_751, 4_294_967_297, 1_000_000_007 * 998_244_353] {
            assert!(!is_probable_prime(&mut c, &BigUint::from(n)), "{n}");
        }
        let p = gen_prime(&mut c, 128);
        let q = gen_prime(&mut c, 128);
        assert!(!miller_rabin(&mut c, &(&p * &q), 8));
        assert!(is_probable_prime(&mut c, &BigUint::from(1_000_000_007u64)));
    }

    #[test]
    fn inverse_mod_is_modinv() {
        let mut c = Ctx::new(Some(13));
        let check = |e: u32, m: &BigUint| {
            let want = if m.is_zero() { None } else { BigUint::from(e).modinv(m) };
            assert_eq!(inverse_mod(e, m), want, "{e}⁻¹ mod {m}");
        };
        // random φ-like even numbers of every size a key uses, and odd ones
        for bits in [2usize, 17, 64, 100, 1024, 2048, 4096] {
            for _ in 0..40 {
                let m = random_biguint(&mut c, bits) | BigUint::one();
                check(E, &m);
                check(E, &(&m - 1u32));
                check(3, &m);
            }
        }
        // multiples of e have none; around e and its multiples; 0 and 1
        for m in [0u64, 1, 2, 3, 65_536, 65_537, 65_538, 2 * 65_537, 65_537 * 65_537, 65_537 * 65_537 + 1, u64::MAX] {
            check(E, &BigUint::from(m));
            check(1, &BigUint::from(m));
        }
        assert_eq!(inverse_mod(E, &BigUint::from(3u64 * 65_537)), None);
        let p = gen_prime(&mut c, 512);
        let q = gen_prime(&mut c, 512);
        let phi = (&p - 1u32) * (&q - 1u32);
        let d = inverse_mod(E, &phi).unwrap();
        assert!((d * E % &phi).is_one());
    }

    #[test]
    fn rsa_keys_pass_openssl_check() {
        let dir = tempfile::tempdir().unwrap();
        let mut c = Ctx::new(Some(9));
        let k = gen_private_key(&mut c, "rsa").unwrap();
        let f = pem_file(dir.path(), "rsa.pem", &k);
        let out = run("openssl", &["rsa", "-in", &f, "-check", "-noout", "-text"]);
        let all = format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
        assert!(out.status.success() && all.contains("RSA key ok") && all.contains("4096 bit"), "{all}");
    }

    #[test]
    fn ecdsa_and_ed25519_keys_are_what_openssl_expects() {
        let dir = tempfile::tempdir().unwrap();
        let mut c = Ctx::new(Some(11));
        for i in 0..3 {
            let k = gen_private_key(&mut c, "ecdsa").unwrap();
            assert!(k.starts_with("-----BEGIN EC PRIVATE KEY-----\n"), "{k}");
            let f = pem_file(dir.path(), &format!("ec{i}.pem"), &k);
            // -check recomputes the public point from the private scalar
            let out = run("openssl", &["ec", "-in", &f, "-check", "-noout"]);
            let all = format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
            assert!(out.status.success() && all.contains("EC Key valid"), "{all}\n{k}");
            let text = run("openssl", &["ec", "-in", &f, "-noout", "-text"]);
            assert!(String::from_utf8_lossy(&text.stdout).contains("prime256v1"));
        }
        let k = gen_private_key(&mut c, "ed25519").unwrap();
        assert!(k.starts_with("-----BEGIN PRIVATE KEY-----\n"), "{k}");
        let f = pem_file(dir.path(), "ed.pem", &k);
        let out = run("openssl", &["pkey", "-in", &f, "-noout", "-text"]);
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        assert!(String::from_utf8_lossy(&out.stdout).contains("ED25519"));
        // the same DER layout as helm's (Go's MarshalPKCS8PrivateKey): 48 bytes
        let (_, der) = pem_decode(&k).unwrap();
        assert_eq!(der.len(), 48);
        assert_eq!(gen_private_key(&mut c, "nope").unwrap(), "Unknown type nope");
    }

    #[test]
    fn htpasswd_is_go_compatible_bcrypt() {
        // A line helm v4.1.4 wrote for `htpasswd "u" "p"` verifies with ours...
        assert!(bcrypt::verify("p", "$2a$10$tyEobxPspq1ueVmwVdZxeuOapSFLBDh7jOwaEC/n0fXOrV2QYPu3G").unwrap());
        // ...and ours with Apache's htpasswd.
        let mut c = Ctx::new(Some(3));
        let line = htpasswd(&mut c, "u", "p");
        assert!(line.starts_with("u:$2a$10$") && line.len() == 62, "{line}");
        let dir = tempfile::tempdir().unwrap();
        let f = dir.path().join("pw");
        std::fs::write(&f, format!("{line}\n")).unwrap();
        let f = f.to_str().unwrap();
        assert!(run("htpasswd", &["-vb", f, "u", "p"]).status.success());
        assert!(!run("htpasswd", &["-vb", f, "u", "q"]).status.success());
        assert_ne!(htpasswd(&mut c, "u", "p"), line, "a fresh salt each call");
    }

    #[test]
    fn encrypt_aes_is_aes256_cbc_as_openssl_reads_it() {
        let mut c = Ctx::new(Some(5));
        let text = "the quick brown fox jumps over the lazy dog";
        let b64 = encrypt_aes(&mut c, "secretkey", text);
        let raw = base64::engine::general_purpose::STANDARD.decode(&b64).unwrap();
        assert_eq!(raw.len(), 16 + 48);
        let hex = |b: &[u8]| b.iter().map(|x| format!("{x:02x}")).collect::<String>();
        let mut key = b"secretkey".to_vec();
        key.resize(32, 0);
        let dir = tempfile::tempdir().unwrap();
        let f = dir.path().join("ct");
        std::fs::write(&f, &raw[16..]).unwrap();
        let out = run(
            "openssl",
            &["enc", "-d", "-aes-256-cbc", "-K", &hex(&key), "-iv", &hex(&raw[..16]), "-in", f.to_str().unwrap()],
        );
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        assert_eq!(String::from_utf8_lossy(&out.stdout), text);
        assert_eq!(decrypt_aes("secretkey", &raw).unwrap(), text);
    }

    #[test]
    fn private_key_operation_through_the_primes_is_m_to_the_d() {
        let mut c = Ctx::new(Some(13));
        for bits in [1024usize, 2048] {
            let k = gen_rsa(&mut c, bits);
            let n1: BigUint = &k.n - 1u32;
            for m in [BigUint::zero(), BigUint::one(), n1.clone(), k.p.clone(), random_biguint(&mut c, bits) % &k.n] {
                assert_eq!(rsa_private(&k, &m), m.modpow(&k.d, &k.n), "{bits} bits, m = {m:x}");
            }
        }
    }

    #[test]
    fn signed_certificate_chain_is_consistent() {
        let mut c = Ctx::new(Some(7));
        let ca = gen_ca(&mut c, "test-ca", 365).unwrap();
        let leaf = gen_signed(
            &mut c,
            &[
                Value::str("leaf"),
                Value::list(vec![Value::str("10.0.0.1")]),
                Value::list(vec![Value::str("svc.local")]),
                Value::Int(30),
                ca.clone(),
            ],
        )
        .unwrap();
        let Value::Map(ca) = ca else { panic!() };
        let Value::Map(leaf) = leaf else { panic!() };
        let ca_key = parse_rsa_key(&super::super::funcs::strval(&ca.borrow()["Key"])).unwrap();
        assert_eq!(ca_key.n, &ca_key.p * &ca_key.q);
        let leaf_cert = super::super::funcs::strval(&leaf.borrow()["Cert"]);
        // the leaf's signature verifies with the CA's public key
        let (_, der) = pem_decode(&leaf_cert).unwrap();
        let (_, body, _, _) = read_tlv(&der).unwrap();
        let (_, _, tbs, rest) = read_tlv(body).unwrap();
        let (_, _, _, rest) = read_tlv(rest).unwrap();
        let (_, sig, _, _) = read_tlv(rest).unwrap();
        let s = BigUint::from_bytes_be(&sig[1..]);
        let em = s.modpow(&ca_key.e, &ca_key.n).to_bytes_be();
        assert!(em.ends_with(&sha2::Sha256::digest(tbs)));
        assert_eq!(cert_subject(&leaf_cert).unwrap(), name("leaf"));
    }
}
