//! The process allocator: mimalloc, entered through its plain `mi_malloc`
//! whenever the requested alignment is one malloc guarantees anyway.
//!
//! The `mimalloc` crate's allocator sends every request through
//! `mi_malloc_aligned`. In mimalloc 3 that call takes a fast path only when
//! the next free block of the size class happens to be aligned and falls
//! back to over-allocating otherwise; on the object-churning benchmarks it
//! cost 45 instructions per allocation where `mi_malloc` costs about 20, and
//! the over-allocated blocks showed up in peak memory. Rust's own `System`
//! allocator makes the same choice with libc's malloc.

use libmimalloc_sys as ffi;
use std::alloc::{GlobalAlloc, Layout};
use std::ffi::c_void;

/// The alignment every malloc-compatible allocator gives a block of at least
/// this size (`alignof(max_align_t)` on the 64-bit targets Coral builds for).
const MIN_ALIGN: usize = 16;

/// mimalloc as the global allocator (see the module docs).
pub struct Mimalloc;

/// True if plain malloc of `size` bytes is aligned enough for `align`.
#[inline(always)]
fn malloc_aligns(align: usize, size: usize) -> bool {
    align <= MIN_ALIGN && align <= size
}

// SAFETY: every path hands the request to mimalloc, which returns blocks of at
// least the requested size; alignment holds because either `malloc_aligns`
// (malloc's guarantee, as libc's) or the aligned entry point is used; blocks
// from any of the entry points may be freed and reallocated by `mi_free` and
// `mi_realloc*`.
unsafe impl GlobalAlloc for Mimalloc {
    #[inline]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: plain FFI calls; mimalloc has no preconditions on sizes.
        unsafe {
            if malloc_aligns(layout.align(), layout.size()) {
                ffi::mi_malloc(layout.size()) as *mut u8
            } else {
                ffi::mi_malloc_aligned(layout.size(), layout.align()) as *mut u8
            }
        }
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        // SAFETY: as for `alloc`.
        unsafe {
            if malloc_aligns(layout.align(), layout.size()) {
                ffi::mi_zalloc(layout.size()) as *mut u8
            } else {
                ffi::mi_zalloc_aligned(layout.size(), layout.align()) as *mut u8
            }
        }
    }

    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, _layout: Layout) {
        // SAFETY: the caller passes a block this allocator returned.
        unsafe { ffi::mi_free(ptr as *mut c_void) }
    }

    #[inline]
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: the caller passes a live block of this allocator; the
        // alignment rule is the same as for `alloc`.
        unsafe {
            if malloc_aligns(layout.align(), new_size) {
                ffi::mi_realloc(ptr as *mut c_void, new_size) as *mut u8
            } else {
                ffi::mi_realloc_aligned(ptr as *mut c_void, new_size, layout.align()) as *mut u8
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_honour_every_alignment() {
        let a = Mimalloc;
        for align in [1usize, 2, 4, 8, 16, 32, 64, 4096] {
            for size in [1usize, 7, 8, 15, 16, 24, 48, 96, 100, 1000, 70000] {
                let Ok(layout) = Layout::from_size_align(size.max(align), align) else {
                    continue;
                };
                // SAFETY: non-zero size; the block is freed with its layout.
                unsafe {
                    let p = a.alloc(layout);
                    assert!(!p.is_null());
                    assert_eq!(p as usize % align, 0, "size {size} align {align}");
                    p.write_bytes(0xAB, layout.size());
                    let q = a.realloc(p, layout, layout.size() * 3);
                    assert_eq!(q as usize % align, 0);
                    assert_eq!(*q, 0xAB);
                    a.dealloc(
                        q,
                        Layout::from_size_align_unchecked(layout.size() * 3, align),
                    );
                    let z = a.alloc_zeroed(layout);
                    assert_eq!(z as usize % align, 0);
                    assert_eq!(*z.add(layout.size() - 1), 0);
                    a.dealloc(z, layout);
                }
            }
        }
    }
}
