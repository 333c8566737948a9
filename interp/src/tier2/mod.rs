//! The VM side of the optimizer API: what happens when a back edge, a
//! function entry or a resumption after `yield` gets hot, how an executor is installed as `ENTER_EXECUTOR`, and how
//! executors are invalidated.
//!
//! All of it runs on the thread holding the interpreter's GIL. Other
//! threads only touch the [`OptimizerSlot`] (swap, invalidate all), which
//! raises [`EXECUTORS_INVALIDATED`]; [`Vm::check_breaker`] then calls
//! [`Vm::sweep_executors`] at the next safe point. `ENTER_EXECUTOR`
//! checks the executor's epoch itself before entering, so a stale executor
//! is never entered even before the sweep.

pub mod executor;
pub mod optimizer;

use crate::bytecode::instruction::{encode, Opcode};
use crate::object::code::CodeObj;
use crate::object::{ClassObj, DictTable};
use crate::support::backoff::BackoffCounter;
use crate::support::bloom::BloomFilter;
use crate::support::sync::Arc;
use crate::tier2::executor::{ExecutorEntry, InstrIndex};
use crate::tier2::optimizer::watch;
use crate::tier2::optimizer::{HotSpot, OptimizerError, OptimizerSlot, SiteKind, Stamp};
use crate::vm::Vm;
use cranelift_entity::EntityRef;
use std::cell::RefCell;
use std::rc::{Rc, Weak};

/// Back edges before a loop counts as hot, unless the optimizer's costs
/// ask for more (CPython 3.13's tier-2 threshold is 16 for its uop
/// optimizer experiments; its JIT uses 4095).
pub const DEFAULT_HOT_THRESHOLD: u32 = 1024;

/// What the optimizer API did in one interpreter (`coral --stats=json`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct OptimizerStats {
    /// Executors installed.
    pub executors_created: u64,
    /// Executors invalidated (by a swap, a request, or a dependency).
    pub executors_invalidated: u64,
    /// Times `ENTER_EXECUTOR` entered an executor.
    pub enter_executor_hits: u64,
    /// Times the optimizer was swapped (from any thread).
    pub optimizer_swaps: u64,
    /// Hot spots the optimizer declined.
    pub compile_declined: u64,
    /// Hot spots where the optimizer failed or panicked.
    pub compile_failed: u64,
    /// Executors installed now.
    pub executors_live: u64,
}

/// One interpreter's optimizer state.
pub(crate) struct Tier2 {
    slot: Arc<OptimizerSlot>,
    threshold: u32,
    /// Installed executors, weakly: the code's table owns them.
    installed: Vec<Weak<ExecutorEntry>>,
    /// `installed` is pruned of dead entries when it reaches this length.
    prune_at: usize,
    pub(crate) stats: OptimizerStats,
    /// The optimizer name executors record, cached per optimizer.
    name: Option<(usize, Rc<str>)>,
    /// The union of the installed executors' dependencies: a change to
    /// anything outside it needs no search.
    watched: BloomFilter,
}

impl Tier2 {
    pub(crate) fn new(slot: Arc<OptimizerSlot>, threshold: u32) -> Tier2 {
        Tier2 {
            slot,
            threshold,
            installed: Vec::new(),
            prune_at: 16,
            stats: OptimizerStats::default(),
            name: None,
            watched: BloomFilter::new(),
        }
    }
}

impl Vm {
    /// This interpreter's optimizer slot: swap the optimizer or invalidate
    /// every executor through it, from any thread.
    pub fn optimizer_slot(&self) -> &Arc<OptimizerSlot> {
        &self.tier2.slot
    }

    /// Back edges before a loop is hot (at most 4095).
    pub fn set_hot_threshold(&mut self, threshold: u32) {
        self.tier2.threshold = threshold.clamp(1, crate::support::backoff::MAX_VALUE);
    }

    /// What the optimizer API did so far.
    pub fn optimizer_stats(&self) -> OptimizerStats {
        let mut s = self.tier2.stats;
        s.optimizer_swaps = self.tier2.slot.swaps();
        s.executors_live = self
            .tier2
            .installed
            .iter()
            .filter(|w| w.strong_count() > 0)
            .count() as u64;
        s
    }

    /// A hot spot: the counter of the `JUMP_BACKWARD` or `RESUME` at `at`
    /// has triggered. Arms a counter seen for the first time; otherwise
    /// asks the optimizer, if it wants this kind of site. True if an
    /// executor now sits at `at`.
    #[cold]
    #[inline(never)]
    pub(crate) fn hot_spot(&mut self, code: &CodeObj, at: usize) -> bool {
        let (Some(counter), Some(kind)) = (
            code.instrs.get(at + 1),
            code.code.instrs.get(at).and_then(|&w| SiteKind::of(w)),
        ) else {
            return false;
        };
        let c = BackoffCounter::from_word(counter.get());
        let (stamp, current) = self.tier2.slot.snapshot();
        if c.is_unarmed() {
            let wanted = current
                .as_ref()
                .map_or(0, |r| r.optimizer.costs().break_even());
            counter.set(BackoffCounter::armed(self.tier2.threshold.max(wanted)).word());
            return false;
        }
        if self.is_tracing() || code.instrumented.get() {
            // Traced code runs in tier 1 (`trace.rs`): try again later.
            counter.set(c.backoff().word());
            return false;
        }
        let Some(reg) = current.filter(|r| r.optimizer.capabilities().wants(kind)) else {
            counter.set(BackoffCounter::dormant().word());
            return false;
        };
        let offset = InstrIndex::from_u32(at as u32);
        let Some(globals) = self
            .frames
            .last()
            .map(crate::object::frame::Frame::globals_value)
        else {
            return false;
        };
        let builtins = self.builtins.clone();
        let mut site = HotSpot::new(code, offset, kind, &globals, &builtins);
        let compiled = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            reg.optimizer.compile(&mut site)
        }))
        .unwrap_or_else(|p| {
            Err(OptimizerError::Panicked(
                crate::object::error::panic_message(p.as_ref()),
            ))
        });
        match compiled {
            Ok(Some(executor)) => {
                let key = Arc::as_ptr(&reg) as *const () as usize;
                let name = match &self.tier2.name {
                    Some((k, n)) if *k == key => n.clone(),
                    _ => {
                        let n: Rc<str> = Rc::from(reg.optimizer.name());
                        self.tier2.name = Some((key, n.clone()));
                        n
                    }
                };
                let deps = *site.dependencies();
                if self.install(code, offset, executor, stamp, name, deps) {
                    return true;
                }
            }
            Ok(None) => self.tier2.stats.compile_declined += 1,
            Err(_) => self.tier2.stats.compile_failed += 1,
        }
        counter.set(c.backoff().word());
        false
    }

    /// Overwrites the instruction at `offset` with `ENTER_EXECUTOR`.
    fn install(
        &mut self,
        code: &CodeObj,
        offset: InstrIndex,
        executor: Box<dyn crate::tier2::executor::Executor>,
        stamp: Stamp,
        optimizer: Rc<str>,
        deps: BloomFilter,
    ) -> bool {
        let Some(index) = code.executors.free_index() else {
            return false;
        };
        let entry = Rc::new(ExecutorEntry::new(
            executor, code, offset, index, stamp, optimizer, deps,
        ));
        self.tier2.watched.union(&deps);
        code.instrs[offset.index()].set(entry.enter_word());
        self.tier2.installed.push(Rc::downgrade(&entry));
        code.executors.put(entry);
        self.tier2.stats.executors_created += 1;
        if self.tier2.installed.len() >= self.tier2.prune_at {
            self.tier2.installed.retain(|w| w.strong_count() > 0);
            self.tier2.prune_at = (self.tier2.installed.len() * 2).max(16);
        }
        true
    }

    /// `ENTER_EXECUTOR` found its executor stale (or gone): puts the
    /// original instruction back so tier 1 runs it.
    #[cold]
    #[inline(never)]
    pub(crate) fn deopt_at(&mut self, code: &CodeObj, at: usize, index: u32) {
        match code
            .executors
            .get(crate::tier2::executor::ExecutorIndex::from_u32(index))
        {
            Some(entry) => self.invalidate_entry(&entry),
            // No entry behind the word (never expected): the original
            // instruction is still in the shared code.
            None => {
                if code.instrs[at].get() == encode(Opcode::ENTER_EXECUTOR, index) {
                    code.instrs[at].set(code.code.instrs[at]);
                }
            }
        }
    }

    fn invalidate_entry(&mut self, entry: &ExecutorEntry) {
        if entry.invalidate() {
            self.tier2.stats.executors_invalidated += 1;
        }
    }

    /// Invalidates every executor of this interpreter now (the owning
    /// thread's `invalidate_all`; other threads use the slot).
    pub fn invalidate_executors(&mut self) {
        self.tier2.slot.invalidate_all();
        self.sweep_executors();
    }

    /// The key with hash `hash` of dict `d` was bound, rebound or deleted
    /// through the VM: invalidates the executors that depend on it.
    #[inline]
    pub(crate) fn dict_key_changed(&mut self, d: &RefCell<DictTable>, hash: i64) {
        if d.borrow().is_watched() {
            let d = d as *const _ as usize;
            self.objects_changed(&[watch::dict_key(d, hash), watch::dict(d)]);
        }
    }

    /// Some keys of dict `d` changed (a bulk update, `popitem`).
    #[inline]
    pub(crate) fn dict_changed(&mut self, d: &RefCell<DictTable>) {
        if d.borrow().is_watched() {
            self.dict_cleared(d);
        }
    }

    /// Every key of dict `d` may have changed, and the table may have been
    /// replaced (so its watched mark is gone): notifies unconditionally.
    pub(crate) fn dict_cleared(&mut self, d: &RefCell<DictTable>) {
        let d = d as *const _ as usize;
        self.objects_changed(&[watch::dict_any_key(d), watch::dict(d)]);
    }

    /// A function's code or defaults were replaced.
    pub(crate) fn function_changed(&mut self, f: &crate::object::Function) {
        self.objects_changed(&[watch::function(f)]);
    }

    /// A class attribute was set or deleted.
    pub(crate) fn class_changed(&mut self, class: &ClassObj) {
        self.objects_changed(&[watch::class(class)]);
    }

    /// Invalidates the executors whose dependencies may include any of
    /// `keys` ([`watch`]). Never runs Python code.
    #[cold]
    #[inline(never)]
    fn objects_changed(&mut self, keys: &[usize]) {
        if keys.iter().any(|&k| self.tier2.watched.may_contain(k)) {
            self.invalidate_where(|e, _| keys.iter().any(|&k| e.depends_on(k)));
        }
    }

    /// Restores the instructions of every stale executor and lets go of
    /// it; runs at safe points after another thread invalidated.
    pub(crate) fn sweep_executors(&mut self) {
        self.breaker
            .take(crate::support::eval_breaker::EXECUTORS_INVALIDATED);
        self.invalidate_where(|e, slot| !e.is_valid(slot));
    }

    /// Invalidates the installed executors `doomed` picks, drops the dead
    /// ones from the list, and rebuilds the union of the survivors'
    /// dependencies.
    fn invalidate_where(&mut self, doomed: impl Fn(&ExecutorEntry, &OptimizerSlot) -> bool) {
        let mut watched = BloomFilter::new();
        let installed = std::mem::take(&mut self.tier2.installed);
        let mut kept = Vec::with_capacity(installed.len());
        for w in installed {
            let Some(entry) = w.upgrade() else { continue };
            if doomed(&entry, &self.tier2.slot) {
                self.invalidate_entry(&entry);
            } else {
                watched.union(entry.dependencies());
                kept.push(w);
            }
        }
        self.tier2.installed = kept;
        self.tier2.watched = watched;
    }

    /// The executor installed at `offset` of `code`, if a valid one is.
    pub fn executor_at(&self, code: &CodeObj, offset: InstrIndex) -> Option<Rc<ExecutorEntry>> {
        code.executors
            .at(offset)
            .filter(|e| e.is_valid(&self.tier2.slot))
    }
}
