//! Optimizers that plug into the Coral VM's optimizer API.
//!
//! The optimizer API itself (the `Optimizer` and `Executor` contract, hot-spot
//! counters, `ENTER_EXECUTOR`) belongs to `coral-interp`; this crate holds the
//! optimizers that implement it. None exists yet: the API lands with issue 5,
//! and this crate stays empty until then rather than holding a placeholder.
