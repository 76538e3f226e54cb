//! [`MiMalloc`]: the global allocator both binaries declare (the library
//! declares none; see `lib.rs`).
//!
//! mimalloc's Rust wrapper (`mimalloc::MiMalloc`) asks for every block with
//! `mi_malloc_aligned(size, align)`. In mimalloc v3 that call takes the fast
//! path only when the size class already has a free block at the right
//! alignment; otherwise, for a size that is not a power of two, it
//! over-allocates `size + align - 1` bytes in the next size class (a map of
//! one entry, 48 bytes, became a 56-byte block) and marks the page as
//! holding interior pointers. Those sizes then never get a page of their
//! own, so every such request takes the slow path and a larger block: a
//! sixth of a build's allocations did.
//!
//! Every block `mi_malloc` returns is aligned to a word: block sizes are
//! whole words and a page's blocks start at least 16-byte aligned. So an
//! alignment of at most a word (nearly every Rust type) is asked for with
//! plain `mi_malloc`/`mi_realloc`; larger alignments go through mimalloc's
//! wrapper as before. Freeing is `mi_free` either way.
use std::alloc::{GlobalAlloc, Layout};
use std::ffi::c_void;

/// The alignment every mimalloc block has.
const WORD: usize = std::mem::size_of::<usize>();

extern "C" {
    fn mi_malloc(size: usize) -> *mut c_void;
    fn mi_zalloc(size: usize) -> *mut c_void;
    fn mi_realloc(p: *mut c_void, newsize: usize) -> *mut c_void;
}

/// mimalloc, with plain (not aligned) requests where a word's alignment
/// is enough.
pub struct MiMalloc;

// SAFETY: every path hands the layout to mimalloc, which returns blocks of
// at least `size` bytes: through `mi_malloc`/`mi_zalloc`/`mi_realloc` only
// when the alignment is at most a word, which every mimalloc block has (see
// the module comment; `plain_blocks_are_aligned` checks it), and through
// mimalloc's own aligned wrapper otherwise. Blocks of both kinds are freed
// by `mi_free` (the wrapper's `dealloc`), and `mi_realloc` keeps a block's
// word alignment.
unsafe impl GlobalAlloc for MiMalloc {
    #[inline]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        if layout.align() <= WORD {
            mi_malloc(layout.size()).cast()
        } else {
            mimalloc::MiMalloc.alloc(layout)
        }
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        if layout.align() <= WORD {
            mi_zalloc(layout.size()).cast()
        } else {
            mimalloc::MiMalloc.alloc_zeroed(layout)
        }
    }

    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        mimalloc::MiMalloc.dealloc(ptr, layout)
    }

    #[inline]
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        if layout.align() <= WORD {
            mi_realloc(ptr.cast(), new_size).cast()
        } else {
            mimalloc::MiMalloc.realloc(ptr, layout, new_size)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Blocks of every small size class, and a few large ones, at each
    /// alignment up to a word (the plain path) and above it (mimalloc's
    /// aligned path), grown and shrunk: every pointer is aligned, holds
    /// its bytes, and survives a realloc.
    #[test]
    fn plain_blocks_are_aligned() {
        let a = MiMalloc;
        let sizes = (1..=1024).chain([4095, 4096, 70_000, 1 << 20]);
        for size in sizes {
            for align in [1, 2, 4, 8, 16, 64] {
                let aligned = |p: *mut u8| !p.is_null() && (p as usize).is_multiple_of(align);
                let layout = Layout::from_size_align(size, align).expect("layout");
                // SAFETY: size > 0; each block is written within its size,
                // then reallocated and freed with its layout.
                unsafe {
                    let p = a.alloc(layout);
                    assert!(aligned(p), "size {size} align {align}");
                    p.write_bytes(0xA5, size);
                    let grown = size * 2 + 8;
                    let q = a.realloc(p, layout, grown);
                    assert!(aligned(q), "grown {grown} align {align}");
                    assert!(std::slice::from_raw_parts(q, size).iter().all(|&b| b == 0xA5));
                    a.dealloc(q, Layout::from_size_align(grown, align).expect("layout"));
                    let z = a.alloc_zeroed(layout);
                    assert!(aligned(z), "zeroed {size} align {align}");
                    assert!(std::slice::from_raw_parts(z, size).iter().all(|&b| b == 0));
                    a.dealloc(z, layout);
                }
            }
        }
    }
}
