//! The one door to cross-thread primitives.
//!
//! Everything that synchronises threads is imported from here, so that a
//! `cfg(loom)` build can swap in loom's model-checked versions (the way
//! `tokio/src/loom/` does). Today the interpreter shares only the process-wide
//! string interner and the eval breaker word.

pub use std::sync::atomic::{AtomicU32, Ordering};
pub use std::sync::{Arc, Mutex, OnceLock};
