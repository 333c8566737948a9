//! The Rust stack where a program chooses how deep Rust recurses.
//!
//! Python calls do not recurse in Rust, but three things do: a builtin
//! that calls back into Python (`map`, `sorted` with a key, `__eq__` of a
//! nested list), a protocol walking nested containers, and the compiler
//! walking a nested tree. Their depth is bounded (the recursion limit, the
//! nested-evaluation cap, the compiler's 3,000 levels), but how much stack
//! that bound needs depends on the frames. Rather than give every thread a
//! stack sized for the worst case, each such recursion goes through
//! [`grow`]: with less than [`RED_ZONE`] left, the rest runs on a new
//! segment allocated on the heap (`stacker`, which rustc and ruff's parser
//! use for the same problem). Threads then start small, like CPython's.

/// Stack that must remain before a recursion step runs in place: enough
/// for the deepest frames between two calls of [`grow`] (the eval loop,
/// a builtin, the code generator's `expr`).
const RED_ZONE: usize = 256 << 10;

/// Size of each segment added when the stack runs low.
const SEGMENT: usize = 4 << 20;

/// Runs `f`, on a fresh stack segment if this one is nearly used up.
#[inline]
pub fn grow<T>(f: impl FnOnce() -> T) -> T {
    stacker::maybe_grow(RED_ZONE, SEGMENT, f)
}
