//! Layer 1: building blocks with no Python in them. The `sync` facade that
//! switches every cross-thread primitive to loom under `cfg(loom)`, the eval
//! breaker's atomic word, the optimizer's bloom filter and backoff counters,
//! and the stack that grows under deep recursion. Nothing here may use another layer of the crate.

pub mod backoff;
pub mod bloom;
pub mod eval_breaker;
pub mod stack;
pub mod sync;
