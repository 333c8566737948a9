//! The one door to cross-thread primitives.
//!
//! Everything that synchronises the threads of an interpreter (the GIL, the
//! eval breaker) is imported from here, so that a `cfg(loom)` build swaps in
//! loom's model-checked versions and the loom models run the production code
//! (the way `tokio/src/loom/` does it). Process-wide statics (the string
//! interner, the clock's start) live outside any model, so they come from
//! [`process`], which is always `std`.

#[cfg(not(loom))]
pub use std::sync::atomic::{AtomicU32, AtomicU64, Ordering};
#[cfg(not(loom))]
pub use std::sync::{Arc, Condvar, Mutex, MutexGuard};

#[cfg(loom)]
pub use loom::sync::atomic::{AtomicU32, AtomicU64, Ordering};
#[cfg(loom)]
pub use loom::sync::{Arc, Condvar, Mutex, MutexGuard};

/// An atomically swapped `Option<Arc<T>>` (an interpreter's optimizer).
#[cfg(not(loom))]
pub use arc_swap::ArcSwapOption;

/// loom cannot look inside `arc_swap`, so a model sees it as what it
/// promises: a cell whose loads and swaps are atomic and linearizable. The
/// models check the protocols built on it, not the crate.
#[cfg(loom)]
pub struct ArcSwapOption<T>(Mutex<Option<Arc<T>>>);

#[cfg(loom)]
impl<T> ArcSwapOption<T> {
    /// A cell holding `value`.
    pub fn new(value: Option<Arc<T>>) -> Self {
        ArcSwapOption(Mutex::new(value))
    }

    /// The current value.
    pub fn load_full(&self) -> Option<Arc<T>> {
        lock(&self.0).clone()
    }

    /// Replaces the value, returning the previous one.
    pub fn swap(&self, value: Option<Arc<T>>) -> Option<Arc<T>> {
        std::mem::replace(&mut *lock(&self.0), value)
    }
}

/// Primitives for process-wide statics, which loom cannot model (they
/// outlive any one model run); never switched.
pub mod process {
    pub use std::sync::{Mutex, OnceLock};
}

/// Locks a mutex, recovering from poisoning: every lock here guards plain
/// state whose invariants hold between statements, so a panic on another
/// thread leaves nothing half-written.
pub fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
}
