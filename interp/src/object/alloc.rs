//! Fallible allocation: every buffer whose size a program chooses.
//!
//! Rust's collections abort the process when an allocation fails. A
//! program decides the size of its lists, dicts, sets and strings, so
//! every path where it does (`[0] * n`, an `append` loop, a dict grown
//! key by key, `''.join(...)`) allocates through these helpers and gets
//! `MemoryError` instead, as in CPython, and the interpreter stays
//! usable: the failed buffer was never installed.
//!
//! Small fixed-size allocations (one object, one frame) still abort when
//! the whole address space is gone; a heap budget per interpreter, which
//! raises before that point, is the embedding API's memory limit.

use crate::object::error::{PyErr, PyResult};
use std::cell::RefCell;

/// The largest single buffer a program may ask for (16 GiB). mimalloc
/// reserves address space without committing it, so a request for a
/// terabyte would succeed and the process would die filling it; CPython's
/// allocator refuses such a request and raises `MemoryError`, and so does
/// Coral past this size.
pub const MAX_ALLOC_BYTES: usize = 1 << 34;

/// Bytes held back per thread so that building the `MemoryError` (an
/// object, its message, a traceback entry) cannot itself fail when the
/// heap is exhausted.
const RESERVE_BYTES: usize = 1 << 18;

thread_local! {
    static RESERVE: RefCell<Option<Vec<u8>>> = const { RefCell::new(None) };
}

/// Sets this thread's reserve aside, if memory allows and it is not
/// already there. An interpreter's thread calls it at start.
pub(crate) fn arm_reserve() {
    let _ = RESERVE.try_with(|r| {
        let mut r = r.borrow_mut();
        if r.is_none() {
            let mut buf = Vec::new();
            if buf.try_reserve_exact(RESERVE_BYTES).is_ok() {
                // Write the pages (not zeros, which the allocator may
                // hand out untouched) so the reserve is memory, not only
                // address space.
                buf.resize(RESERVE_BYTES, 0xa5);
                *r = Some(buf);
            }
        }
    });
}

/// Runs `make` with the thread's reserve released, then re-arms the
/// reserve if memory allows. Used to build `MemoryError`.
pub(crate) fn with_reserve<T>(make: impl FnOnce() -> T) -> T {
    let _ = RESERVE.try_with(|r| r.borrow_mut().take());
    let out = make();
    arm_reserve();
    out
}

/// `MemoryError` unless a buffer of `bytes` bytes (`None`: the size
/// overflowed) is allowed.
pub fn check_alloc(bytes: Option<usize>) -> PyResult<usize> {
    match bytes {
        Some(b) if b <= MAX_ALLOC_BYTES => Ok(b),
        _ => Err(PyErr::memory_error()),
    }
}

/// An empty vector with room for `items` items, or `MemoryError`: a
/// program asking for `[0] * 10**10` gets an exception, not an abort.
pub fn vec_with_capacity<T>(items: usize) -> PyResult<Vec<T>> {
    let mut v = Vec::new();
    reserve_exact(&mut v, items)?;
    Ok(v)
}

/// `MemoryError` unless `v` may hold `more` items beyond its length.
fn check_room<T>(v: &[T], more: usize) -> PyResult<usize> {
    check_alloc(
        v.len()
            .checked_add(more)
            .and_then(|n| n.checked_mul(size_of::<T>())),
    )
}

/// Makes room for `more` items in `v` (growing by at least doubling, so
/// a loop of calls stays linear), or `MemoryError`.
pub fn reserve<T>(v: &mut Vec<T>, more: usize) -> PyResult<()> {
    check_room(v, more)?;
    v.try_reserve(more).map_err(|_| PyErr::memory_error())
}

/// Makes room for exactly `more` items in `v`, or `MemoryError`.
pub fn reserve_exact<T>(v: &mut Vec<T>, more: usize) -> PyResult<()> {
    check_room(v, more)?;
    v.try_reserve_exact(more).map_err(|_| PyErr::memory_error())
}

/// `v.push(item)`, or `MemoryError` if `v` cannot grow. The check is one
/// comparison unless the vector is full.
#[inline]
pub fn push<T>(v: &mut Vec<T>, item: T) -> PyResult<()> {
    if v.len() == v.capacity() {
        grow_one(v)?;
    }
    v.push(item);
    Ok(())
}

#[cold]
fn grow_one<T>(v: &mut Vec<T>) -> PyResult<()> {
    reserve(v, 1)
}

/// `v.extend(items)`, or `MemoryError` if `v` cannot hold them.
pub fn extend<T>(v: &mut Vec<T>, items: impl ExactSizeIterator<Item = T>) -> PyResult<()> {
    reserve(v, items.len())?;
    v.extend(items);
    Ok(())
}

/// `items.to_vec()`, or `MemoryError`.
pub fn to_vec<T: Clone>(items: &[T]) -> PyResult<Vec<T>> {
    let mut v = vec_with_capacity(items.len())?;
    v.extend_from_slice(items);
    Ok(v)
}

/// `vec![item; n]`, or `MemoryError`.
pub fn filled_vec<T: Clone>(item: T, n: usize) -> PyResult<Vec<T>> {
    let mut v = vec_with_capacity(n)?;
    v.resize(n, item);
    Ok(v)
}

/// An empty string with room for `bytes` bytes, or `MemoryError`: a
/// program asking for `'x'.center(2**62)` gets an exception, not an abort.
pub fn string_with_capacity(bytes: Option<usize>) -> PyResult<String> {
    let mut s = String::new();
    s.try_reserve_exact(check_alloc(bytes)?)
        .map_err(|_| PyErr::memory_error())?;
    Ok(s)
}

/// Makes room for `more` bytes in `s`, or `MemoryError`.
pub fn reserve_string(s: &mut String, more: usize) -> PyResult<()> {
    check_alloc(s.len().checked_add(more))?;
    s.try_reserve(more).map_err(|_| PyErr::memory_error())
}
