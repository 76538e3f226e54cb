//! Writes the straight-line forms of the IFMA Montgomery kernels of
//! src/gotmpl/mont.rs (module `ifma`) for one number of limbs: the same
//! arithmetic as its looped kernels (column by column, two columns at a
//! time, the reduction interleaved), with every loop unrolled and every
//! address a constant, so no branch and no loop counter stands between the
//! products. The looped kernels' comments describe the arithmetic; here is
//! only the order of the instructions.
//!
//! Each column pair (K, K + 1) is written in two parts. The first sums
//! the products of a (and, for a square, doubles them and adds a[K/2]²) and
//! the reduction terms m[i]·n[K - i] of the m[i] known two pairs before; the
//! second adds the terms of the last two m (m[K - 2], m[K - 1], still in
//! registers), sums, and computes m[K], m[K + 1] (below l) or writes two
//! limbs of the result (from l on). The first part of pair K + 2 is written
//! before the second part of pair K: it does not depend on m[K] or
//! m[K + 1], so the processor runs it while the chain through them (about
//! twenty cycles a pair) is waiting.
//!
//! Registers: r8 a, rdi b (a product), r9 n, r10 m, r12 out, r13 n0, r14 the
//! lanes' shifts, as for the looped kernels; zmm0-7 and zmm8-15 the
//! accumulators of even and odd pairs (two sets of four: low and high halves
//! of columns K and K + 1, steps alternating between the sets, except a
//! square's products: all in the first set, which alone is doubled), zmm16
//! a step's x (its partners are memory operands: fewer instructions to
//! decode, which limits this code as much as the products do), zmm19
//! scratch, zmm20-23 a pair's four sums, zmm24/25 the last two m, zmm27
//! and zmm28 the carries, zmm29 the shifts, zmm30 the 52-bit mask, zmm31 n0.
use std::fmt::Write as _;

/// Limb `i` of the number at `reg`.
fn limb(reg: &str, i: usize) -> String {
    format!("zmmword ptr [{reg} + {}]", 64 * i)
}

/// x times y (into column K) and y1 (into column K + 1), either absent.
struct Step {
    x: String,
    y: Option<String>,
    y1: Option<String>,
}

/// Writes `steps` into the accumulators of `group`, `done` steps having
/// been written there before (they alternate between its two sets);
/// returns the count after them. An `x` that is not an address is a
/// register.
fn write_steps(s: &mut String, group: usize, mut done: usize, steps: &[Step]) -> usize {
    for st in steps {
        let base = 8 * group + 4 * (done % 2);
        let x = if st.x.contains("ptr") {
            let _ = writeln!(s, "vmovdqa64 zmm16, {}", st.x);
            "zmm16"
        } else {
            &st.x
        };
        for (y, col) in [(&st.y, 0), (&st.y1, 2)] {
            if let Some(y) = y {
                let _ = writeln!(s, "vpmadd52luq zmm{}, {x}, {y}", base + col);
                let _ = writeln!(s, "vpmadd52huq zmm{}, {x}, {y}", base + col + 1);
            }
        }
        done += 1;
    }
    done
}

/// The kernel for `l` limbs (even): a·a·R⁻¹·2^sh when `square`, else a·b·R⁻¹.
pub fn kernel(l: usize, square: bool) -> String {
    let mut s = String::new();
    s.push_str("vmovdqa64 zmm31, zmmword ptr [r13]\nvmovdqa64 zmm29, zmmword ptr [r14]\n");
    s.push_str("mov rax, 0xfffffffffffff\nvpbroadcastq zmm30, rax\n");
    s.push_str("vpxorq zmm28, zmm28, zmm28\nvpxorq zmm27, zmm27, zmm27\n");
    let limb_index = |j: isize| usize::try_from(j).ok().filter(|&j| j < l);
    let b = if square { "r8" } else { "rdi" };
    // the terms m[i]·n[K - i], m[i]·n[K + 1 - i] of the given m
    let reduction = |k: usize, ms: &mut dyn Iterator<Item = (usize, String)>| -> Vec<Step> {
        ms.filter_map(|(i, x)| {
            let y = limb_index(k as isize - i as isize).map(|j| limb("r9", j));
            let y1 = limb_index(k as isize + 1 - i as isize).map(|j| limb("r9", j));
            (y.is_some() || y1.is_some()).then_some(Step { x, y, y1 })
        })
        .collect()
    };
    // steps written into each pair's group by its first part
    let mut done = vec![0usize; l];
    let first_part = |s: &mut String, p: usize, done: &mut Vec<usize>| {
        let (k, group) = (2 * p, p % 2);
        let _ = writeln!(s, "// columns {k} and {}: products, and the m known before", k + 1);
        for r in 0..8 {
            let _ = writeln!(s, "vpxorq zmm{0}, zmm{0}, zmm{0}", 8 * group + r);
        }
        // a square takes each a[i]·a[j], i < j, once (then doubled)
        let wanted = |i: usize, j: isize| limb_index(j).filter(|&j| !square || i < j);
        let products: Vec<Step> = (0..l)
            .filter_map(|i| {
                let y = wanted(i, k as isize - i as isize).map(|j| limb(b, j));
                let y1 = wanted(i, k as isize + 1 - i as isize).map(|j| limb(b, j));
                (y.is_some() || y1.is_some()).then_some(Step { x: limb("r8", i), y, y1 })
            })
            .collect();
        let mut n = if square {
            // (all in the first set, to double only it)
            for st in &products {
                write_steps(s, group, 0, std::slice::from_ref(st));
            }
            products.len().min(1)
        } else {
            write_steps(s, group, 0, &products)
        };
        if square {
            for r in 0..4 * n {
                let _ = writeln!(s, "vpaddq zmm{0}, zmm{0}, zmm{0}", 8 * group + r);
            }
            let _ = writeln!(s, "vmovdqa64 zmm16, {}", limb("r8", k / 2));
            let _ = writeln!(s, "vpmadd52luq zmm{}, zmm16, zmm16", 8 * group);
            let _ = writeln!(s, "vpmadd52huq zmm{}, zmm16, zmm16", 8 * group + 1);
            n = n.max(1);
        }
        let known = k.saturating_sub(2).min(l);
        done[p] = write_steps(s, group, n, &reduction(k, &mut (0..known).map(|i| (i, limb("r10", i)))));
    };
    first_part(&mut s, 0, &mut done);
    for p in 0..l {
        if p + 1 < l {
            first_part(&mut s, p + 1, &mut done);
        }
        let (k, group) = (2 * p, p % 2);
        let _ = writeln!(s, "// columns {k} and {}: the last two m, the sums", k + 1);
        let last = [(k.wrapping_sub(2), "zmm24"), (k.wrapping_sub(1), "zmm25")];
        let mut last = last.into_iter().filter(|&(i, _)| i < l).map(|(i, r)| (i, r.to_string()));
        let n = write_steps(&mut s, group, done[p], &reduction(k, &mut last));
        // the two sets summed into zmm20-23 (n ≥ 1: a pair has a product)
        for r in 0..4 {
            let (x, y) = (8 * group + r, 8 * group + 4 + r);
            if n >= 2 {
                let _ = writeln!(s, "vpaddq zmm{}, zmm{x}, zmm{y}", 20 + r);
            } else {
                let _ = writeln!(s, "vmovdqa64 zmm{}, zmm{x}", 20 + r);
            }
        }
        s.push_str("vpaddq zmm20, zmm20, zmm28\nvpaddq zmm22, zmm22, zmm21\n");
        if k < l {
            s.push_str("vpxorq zmm24, zmm24, zmm24\nvpmadd52luq zmm24, zmm20, zmm31\n");
            let _ = writeln!(s, "vmovdqa64 {}, zmm24", limb("r10", k));
            s.push_str("vpmadd52luq zmm20, zmm24, zmmword ptr [r9]\nvpmadd52huq zmm22, zmm24, zmmword ptr [r9]\n");
            s.push_str("vpmadd52luq zmm22, zmm24, zmmword ptr [r9 + 64]\n");
            s.push_str("vpmadd52huq zmm23, zmm24, zmmword ptr [r9 + 64]\n");
            s.push_str("vpsrlq zmm20, zmm20, 52\nvpaddq zmm22, zmm22, zmm20\n");
            s.push_str("vpxorq zmm25, zmm25, zmm25\nvpmadd52luq zmm25, zmm22, zmm31\n");
            let _ = writeln!(s, "vmovdqa64 {}, zmm25", limb("r10", k + 1));
            s.push_str("vpmadd52luq zmm22, zmm25, zmmword ptr [r9]\nvpmadd52huq zmm23, zmm25, zmmword ptr [r9]\n");
            s.push_str("vpsrlq zmm22, zmm22, 52\nvpaddq zmm28, zmm23, zmm22\n");
        } else {
            s.push_str("vpsllvq zmm20, zmm20, zmm29\nvpaddq zmm20, zmm20, zmm27\nvpandq zmm19, zmm20, zmm30\n");
            let _ = writeln!(s, "vmovdqa64 {}, zmm19", limb("r12", k - l));
            s.push_str("vpsrlq zmm20, zmm20, 52\nvpsllvq zmm22, zmm22, zmm29\nvpaddq zmm22, zmm22, zmm20\n");
            s.push_str("vpandq zmm19, zmm22, zmm30\n");
            let _ = writeln!(s, "vmovdqa64 {}, zmm19", limb("r12", k + 1 - l));
            s.push_str("vpsrlq zmm27, zmm22, 52\nvmovdqa64 zmm28, zmm23\n");
        }
    }
    s.push_str("vzeroupper\n");
    s
}
