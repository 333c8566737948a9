//! Optimizers that plug into the Coral VM's optimizer API.
//!
//! The API itself (the [`Optimizer`] and [`Executor`] contract, hot-spot
//! counters, `ENTER_EXECUTOR`, invalidation) belongs to `coral-interp`
//! (`optimizer.rs`, `executor.rs`, `tier2.rs`); this crate holds optimizers
//! that implement it, and the table of names `coral --optimizer` accepts.
//!
//! [`Optimizer`]: coral_interp::api::Optimizer
//! [`Executor`]: coral_interp::api::Executor

pub mod counter;

pub use counter::CounterOptimizer;

use coral_interp::api::Optimizer;
use std::sync::Arc;

/// The names `by_name` knows, in the order `coral --help` lists them.
pub const NAMES: &[&str] = &["none", "counter"];

/// The optimizer called `name`: `Ok(None)` for `none`, `Err` for a name
/// that is not one of [`NAMES`].
pub fn by_name(name: &str) -> Result<Option<Arc<dyn Optimizer>>, UnknownOptimizer> {
    match name {
        "none" => Ok(None),
        "counter" => Ok(Some(Arc::new(CounterOptimizer::new()))),
        _ => Err(UnknownOptimizer(name.to_owned())),
    }
}

/// An optimizer name [`by_name`] does not know.
#[derive(Debug, thiserror::Error)]
#[error("unknown optimizer '{0}' (known: none, counter)")]
pub struct UnknownOptimizer(pub String);
