//! loom models of the optimizer API's cross-thread protocol
//! (`RUSTFLAGS="--cfg loom"`).
//!
//! Another thread touches an interpreter's optimizer state in exactly two
//! ways: it swaps the optimizer ([`OptimizerSlot::set`]) or invalidates
//! every executor ([`OptimizerSlot::invalidate_all`]). The owning thread
//! stamps an executor when it compiles one ([`OptimizerSlot::snapshot`]),
//! checks the stamp each time `ENTER_EXECUTOR` would enter it
//! ([`OptimizerSlot::is_current`]), and sweeps when its eval breaker shows
//! [`EXECUTORS_INVALIDATED`]. The models run those production functions,
//! with loom's atomics and arcs swapped in by the `sync` facade; the
//! owner's side is written out as the Vm runs it (`tier2.rs`, the
//! `ENTER_EXECUTOR` arm of `eval.rs`), since a Vm cannot run in a model.
//!
//! What needs no model: executors, their tables and the instruction words
//! are `Rc`/`Cell` data of one interpreter (`!Send`), so the compiler
//! already proves that only the thread holding the GIL restores an
//! instruction or frees an executor, and the frame running an executor
//! holds an `Rc` to it: it cannot be freed while a frame is inside.
#![cfg(loom)]

use coral_interp::loom_api::Executor;
use coral_interp::loom_api::{EvalBreaker, EXECUTORS_INVALIDATED, GIL_DROP_REQUEST};
use coral_interp::loom_api::{HotSpot, Optimizer, OptimizerError, OptimizerSlot};
use loom::sync::Arc;
use loom::thread;

/// An optimizer known by its name only: the models never compile.
struct Named(&'static str);

impl Optimizer for Named {
    fn name(&self) -> &str {
        self.0
    }

    fn compile(
        &self,
        _site: &mut HotSpot<'_>,
    ) -> Result<Option<Box<dyn Executor>>, OptimizerError> {
        Ok(None)
    }
}

fn named(name: &'static str) -> Option<Arc<dyn Optimizer>> {
    let std: std::sync::Arc<dyn Optimizer> = std::sync::Arc::new(Named(name));
    Some(Arc::from_std(std))
}

/// What the owner compiles with: the stamp, and the optimizer's name.
fn compile_hot_spot(slot: &OptimizerSlot) -> (coral_interp::loom_api::Stamp, Option<String>) {
    let (stamp, current) = slot.snapshot();
    (stamp, current.map(|r| r.optimizer.name().to_owned()))
}

/// Proves: once a swap has returned, the only executors that can still be
/// entered are the new optimizer's. An executor the owner compiles while
/// the swap runs, with the old optimizer, is stale from birth; one stamped
/// before the swap is stale after it. (Swapping before bumping the epoch
/// matters: the other order lets the owner pair the new epoch with the old
/// optimizer, and this model fails.)
#[test]
fn after_a_swap_only_the_new_optimizers_executors_are_entered() {
    loom::model(|| {
        let breaker = Arc::new(EvalBreaker::new());
        let slot = Arc::new(OptimizerSlot::new(breaker.clone(), named("old")));
        let before = compile_hot_spot(&slot);
        let swapper = {
            let slot = slot.clone();
            thread::spawn(move || slot.set(named("new")))
        };
        let during = compile_hot_spot(&slot);
        swapper.join().expect("swapper");
        assert!(
            !slot.is_current(before.0),
            "a pre-swap executor is still valid"
        );
        if slot.is_current(during.0) {
            assert_eq!(
                during.1.as_deref(),
                Some("new"),
                "the old optimizer's executor is valid"
            );
        }
        assert_eq!(slot.name(), "new");
        assert_eq!(slot.swaps(), 1);
        assert_ne!(
            breaker.take(EXECUTORS_INVALIDATED),
            0,
            "the owner was not told"
        );
    });
}

/// Proves: the owner never enters an executor after it has observed the
/// invalidation request (its breaker bit), and the request is never lost:
/// by the time it returned, either the owner has seen the bit or the bit
/// is still set for its next check. Runs the owner's dispatch twice, with
/// a safe point before each, against a concurrent `invalidate_all` and an
/// unrelated drop request on the same breaker word.
#[test]
fn no_executor_is_entered_after_its_invalidation_was_observed() {
    loom::model(|| {
        let breaker = Arc::new(EvalBreaker::new());
        let slot = Arc::new(OptimizerSlot::new(breaker.clone(), named("counter")));
        let (stamp, _) = slot.snapshot();
        let invalidator = {
            let slot = slot.clone();
            thread::spawn(move || slot.invalidate_all())
        };
        let requester = {
            let breaker = breaker.clone();
            thread::spawn(move || breaker.set(GIL_DROP_REQUEST))
        };
        let mut observed = false;
        let mut entered_after = false;
        for _ in 0..2 {
            // The safe point: `check_breaker` sweeps when the bit is set.
            if breaker.is_set() && breaker.take(EXECUTORS_INVALIDATED) != 0 {
                observed = true;
            }
            // `ENTER_EXECUTOR`: enter only a current stamp.
            if slot.is_current(stamp) && observed {
                entered_after = true;
            }
        }
        assert!(
            !entered_after,
            "entered an executor after observing its invalidation"
        );
        invalidator.join().expect("invalidator");
        requester.join().expect("requester");
        assert!(
            !slot.is_current(stamp),
            "valid after invalidate_all returned"
        );
        let pending = breaker.take(EXECUTORS_INVALIDATED) != 0;
        assert!(observed || pending, "the invalidation request was lost");
        assert_ne!(
            breaker.take(GIL_DROP_REQUEST),
            0,
            "the drop request was lost"
        );
    });
}

/// Proves: two threads swapping at once leave one of their optimizers in
/// place (never a torn or an older one), count both swaps, and invalidate
/// everything stamped before either.
#[test]
fn concurrent_swaps_leave_one_winner() {
    loom::model(|| {
        let breaker = Arc::new(EvalBreaker::new());
        let slot = Arc::new(OptimizerSlot::new(breaker.clone(), None));
        let (stamp, current) = slot.snapshot();
        assert!(current.is_none());
        let swappers: Vec<_> = ["a", "b"]
            .into_iter()
            .map(|name| {
                let slot = slot.clone();
                thread::spawn(move || slot.set(named(name)))
            })
            .collect();
        for s in swappers {
            s.join().expect("swapper");
        }
        let name = slot.name();
        assert!(name == "a" || name == "b", "{name}");
        assert_eq!(slot.swaps(), 2);
        assert!(!slot.is_current(stamp));
    });
}
