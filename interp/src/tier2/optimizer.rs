//! The optimizer API: what an optimizer implements, and the slot through
//! which an interpreter holds its current one.
//!
//! The VM is the client and the optimizer the server (contract 5). When a
//! back edge, a function entry or a generator's resumption gets hot
//! ([`crate::support::backoff`]) and the optimizer's [`Capabilities`] include that
//! kind of site, the VM calls
//! [`Optimizer::compile`] with the code and the instruction's offset; the
//! optimizer answers with an [`Executor`] or declines. The VM installs an
//! executor by overwriting the instruction with `ENTER_EXECUTOR`
//! ([`crate::tier2`]).
//!
//! Each interpreter has one [`OptimizerSlot`], shared with the threads that
//! embed it: any of them may swap the optimizer or ask for every executor
//! to be invalidated, at any time. Neither blocks the interpreter: the slot
//! is an atomically swapped `Arc` and an epoch counter, and the interpreter
//! learns of the change through its eval breaker.

use crate::bytecode::instruction::Opcode;
use crate::object::code::CodeObj;
use crate::object::value::Value;
use crate::object::Payload;
use crate::support::bloom::BloomFilter;
use crate::support::eval_breaker::{EvalBreaker, EXECUTORS_INVALIDATED};
use crate::support::sync::{Arc, ArcSwapOption, AtomicU64, Ordering};
use crate::tier2::executor::{Executor, InstrIndex};
use cranelift_entity::EntityRef;

/// Where an optimizer can place executors (CPython's optimizer
/// capabilities). The VM asks only for sites the optimizer supports.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Capabilities {
    /// Hot loops: the `JUMP_BACKWARD` at the end of a loop body.
    pub back_edge: bool,
    /// Hot functions, at their first instruction.
    pub function_entry: bool,
    /// Generators resumed after a `yield`.
    pub resume_after_yield: bool,
}

impl Capabilities {
    /// Every kind of site.
    pub const ALL: Capabilities = Capabilities {
        back_edge: true,
        function_entry: true,
        resume_after_yield: true,
    };

    /// True if an optimizer with these capabilities wants sites of `kind`.
    pub fn wants(&self, kind: SiteKind) -> bool {
        match kind {
            SiteKind::BackEdge => self.back_edge,
            SiteKind::FunctionEntry => self.function_entry,
            SiteKind::ResumeAfterYield => self.resume_after_yield,
        }
    }
}

/// The kind of a hot spot, after the instruction that counts it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SiteKind {
    /// A loop's `JUMP_BACKWARD`.
    BackEdge,
    /// `RESUME 0`, the first instruction of every code object: the site
    /// counts calls.
    FunctionEntry,
    /// `RESUME 1` or `RESUME 2`, right after a `yield`: the site counts
    /// a generator's resumptions there.
    ResumeAfterYield,
}

impl SiteKind {
    /// The kind of site `word` (an original instruction word) is, if it
    /// has a hot-spot counter.
    pub fn of(word: u32) -> Option<SiteKind> {
        match crate::bytecode::instruction::decode(word)? {
            (Opcode::JUMP_BACKWARD, _) => Some(SiteKind::BackEdge),
            (Opcode::RESUME, 0) => Some(SiteKind::FunctionEntry),
            (Opcode::RESUME, _) => Some(SiteKind::ResumeAfterYield),
            _ => None,
        }
    }
}

impl Default for Capabilities {
    /// Back edges only: the sites a loop optimizer wants.
    fn default() -> Self {
        Capabilities {
            back_edge: true,
            function_entry: false,
            resume_after_yield: false,
        }
    }
}

/// What an optimizer says about its costs, so the VM can tell when
/// compiling pays off.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Costs {
    /// The cost of one [`Optimizer::compile`] call, in tier-1 loop
    /// iterations.
    pub optimization: u32,
    /// An executor's cost per loop iteration, in percent of tier 1's (100:
    /// no faster).
    pub run: u32,
}

impl Default for Costs {
    fn default() -> Self {
        Costs {
            optimization: 0,
            run: 100,
        }
    }
}

impl Costs {
    /// The number of back edges after which compiling pays off (the
    /// interpreter's own threshold is the floor): the compile cost divided
    /// by what each iteration saves.
    pub fn break_even(&self) -> u32 {
        match 100u32.checked_sub(self.run) {
            Some(saving) if saving > 0 => {
                let n = u64::from(self.optimization) * 100 / u64::from(saving);
                u32::try_from(n).unwrap_or(u32::MAX)
            }
            _ => 0,
        }
    }
}

/// Why an optimizer could not compile a hot spot. The VM treats it as a
/// decline, backs the site's counter off, and counts it.
#[derive(Debug, thiserror::Error)]
pub enum OptimizerError {
    /// The optimizer failed; the text says why.
    #[error("optimizer failed: {0}")]
    Failed(String),
    /// The optimizer panicked inside `compile`; the VM caught the panic.
    #[error("optimizer panicked: {0}")]
    Panicked(String),
}

/// An optimizer: turns hot code into executors.
///
/// It is shared by every thread that may swap it in, hence `Send + Sync`;
/// the executors it makes belong to the one interpreter that asked, and
/// need be neither.
pub trait Optimizer: Send + Sync {
    /// The name `coral --optimizer` and `_coral.optimizer()` show.
    fn name(&self) -> &str;

    /// Where this optimizer can place executors.
    fn capabilities(&self) -> Capabilities {
        Capabilities::default()
    }

    /// What compiling and running its executors cost.
    fn costs(&self) -> Costs {
        Costs::default()
    }

    /// Compiles a hot spot: the instruction at `site.offset()` of
    /// `site.code()`, a `JUMP_BACKWARD` or a `RESUME` ([`HotSpot::kind`]).
    /// `Ok(None)` declines. The
    /// executor must fully execute that instruction and may go on past it
    /// (see [`Executor`]). Whatever the executor assumes unchanged (the
    /// globals, builtins, a class) it declares with
    /// [`HotSpot::depend_on`]: a change to any of them invalidates it.
    fn compile(&self, site: &mut HotSpot<'_>) -> Result<Option<Box<dyn Executor>>, OptimizerError>;
}

/// What the VM tells an optimizer about a hot spot, and what the
/// optimizer tells the VM back about the executor's dependencies.
pub struct HotSpot<'a> {
    code: &'a CodeObj,
    offset: InstrIndex,
    kind: SiteKind,
    globals: &'a Value,
    builtins: &'a Value,
    deps: BloomFilter,
}

impl<'a> HotSpot<'a> {
    /// A hot spot of `kind` at `offset` of `code`, running with `globals`
    /// and `builtins` (dicts).
    pub fn new(
        code: &'a CodeObj,
        offset: InstrIndex,
        kind: SiteKind,
        globals: &'a Value,
        builtins: &'a Value,
    ) -> HotSpot<'a> {
        HotSpot {
            code,
            offset,
            kind,
            globals,
            builtins,
            deps: BloomFilter::new(),
        }
    }

    /// The code the hot spot is in.
    pub fn code(&self) -> &'a CodeObj {
        self.code
    }

    /// The hot instruction.
    pub fn offset(&self) -> InstrIndex {
        self.offset
    }

    /// What kind of site it is.
    pub fn kind(&self) -> SiteKind {
        self.kind
    }

    /// The hot instruction's original word (the interpreter's own copy may
    /// hold counters or another executor's `ENTER_EXECUTOR`).
    pub fn original(&self) -> Option<u32> {
        self.code.code.instrs.get(self.offset.index()).copied()
    }

    /// The globals dict of the frame the hot spot runs in.
    pub fn globals(&self) -> &'a Value {
        self.globals
    }

    /// The interpreter's builtins dict.
    pub fn builtins(&self) -> &'a Value {
        self.builtins
    }

    /// Declares that the executor assumes `obj` (a dict, a class or a
    /// function) unchanged: binding, rebinding or deleting any key of the
    /// dict, setting or deleting an attribute of the class, or assigning
    /// the function's `__code__`, `__defaults__` or `__kwdefaults__`,
    /// invalidates it. A
    /// class's subclasses are separate objects: depend on each class of
    /// an MRO the executor looked through. Other objects are ignored.
    pub fn depend_on(&mut self, obj: &Value) {
        match obj.payload() {
            Some(Payload::Dict(d)) => {
                d.borrow_mut().watch();
                let d = d as *const _ as usize;
                self.deps.add(watch::dict(d));
                self.deps.add(watch::dict_any_key(d));
            }
            Some(Payload::Class(c)) => self.deps.add(watch::class(c)),
            Some(Payload::Function(f)) => self.deps.add(watch::function(f)),
            _ => {}
        }
    }

    /// Declares that the executor assumes key `name` of dict `dict` (a
    /// global, usually) keeps its value: binding, rebinding or deleting
    /// that key invalidates it, and so does a bulk change of the dict
    /// (`update`, `clear`); other keys may change freely.
    pub fn depend_on_key(&mut self, dict: &Value, name: &str) {
        if let Some(Payload::Dict(d)) = dict.payload() {
            d.borrow_mut().watch();
            let d = d as *const _ as usize;
            let hash = crate::object::str::str_hash(name);
            self.deps.add(watch::dict_key(d, hash));
            self.deps.add(watch::dict_any_key(d));
        }
    }

    /// The dependencies declared so far.
    pub fn dependencies(&self) -> &BloomFilter {
        &self.deps
    }
}

/// The keys under which changes are announced to executors' dependency
/// filters. A change to one key of a dict announces that key and the whole
/// dict; a bulk change announces "some key" and the whole dict. So a
/// dependency on one key (`dict_key` plus `dict_any_key`) hears about
/// that key and bulk changes, and one on the whole dict (`dict` plus
/// `dict_any_key`) hears about everything.
pub mod watch {
    use crate::object::{ClassObj, Function};

    /// The whole of the dict whose table is at `d`.
    pub fn dict(d: usize) -> usize {
        d
    }

    /// One key, by hash, of the dict at `d`.
    pub fn dict_key(d: usize, hash: i64) -> usize {
        d ^ (hash as usize).rotate_left(17) ^ 0x9e37_79b9
    }

    /// "Some key" of the dict at `d`.
    pub fn dict_any_key(d: usize) -> usize {
        d ^ 0x5bd1_e995_0000_0001_u64 as usize
    }

    /// The class `class`.
    pub fn class(class: &ClassObj) -> usize {
        class as *const ClassObj as usize
    }

    /// The function `f` (its code and defaults).
    pub fn function(f: &Function) -> usize {
        f as *const Function as usize
    }
}

/// An interpreter's current optimizer, the invalidation epoch, and the
/// counters that other threads may read. Shared (`Arc`) between the
/// interpreter and its embedders.
///
/// Protocol: [`OptimizerSlot::set`] and [`OptimizerSlot::invalidate_all`]
/// bump the epoch, then raise the interpreter's
/// [`EXECUTORS_INVALIDATED`] breaker bit. The interpreter stamps each
/// executor with the epoch it read *before* loading the optimizer that
/// built it, and enters an executor only while its stamp equals the current
/// epoch. So once a swap or an invalidation has returned, no executor made
/// before it is entered again, and an executor an old optimizer builds
/// concurrently is stale from birth. The breaker bit makes the interpreter
/// restore the instructions at its next safe point, and frees executors
/// (unless a frame is inside one, which then holds it).
pub struct OptimizerSlot {
    current: ArcSwapOption<Registered>,
    epoch: AtomicU64,
    swaps: AtomicU64,
    breaker: Arc<EvalBreaker>,
}

/// The invalidation epoch an executor was made in ([`OptimizerSlot::snapshot`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Stamp(u64);

/// An optimizer as the slot holds it.
pub struct Registered {
    /// The optimizer (one may serve several interpreters).
    pub optimizer: Arc<dyn Optimizer>,
}

impl std::fmt::Debug for dyn Optimizer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Optimizer({:?})", self.name())
    }
}

impl OptimizerSlot {
    /// A slot holding `optimizer` (`None`: the `none` optimizer) for the
    /// interpreter whose eval breaker is `breaker`.
    pub fn new(breaker: Arc<EvalBreaker>, optimizer: Option<Arc<dyn Optimizer>>) -> OptimizerSlot {
        OptimizerSlot {
            current: ArcSwapOption::new(
                optimizer.map(|optimizer| Arc::new(Registered { optimizer })),
            ),
            epoch: AtomicU64::new(0),
            swaps: AtomicU64::new(0),
            breaker,
        }
    }

    /// The current optimizer, if any. Lock-free.
    pub fn load(&self) -> Option<Arc<Registered>> {
        self.current.load_full()
    }

    /// The name of the current optimizer (`none` without one).
    pub fn name(&self) -> String {
        self.load()
            .map_or_else(|| "none".to_owned(), |r| r.optimizer.name().to_owned())
    }

    /// Installs `optimizer` (or none), from any thread at any time; the
    /// executors of the previous one are invalidated.
    pub fn set(&self, optimizer: Option<Arc<dyn Optimizer>>) {
        let next = optimizer.map(|optimizer| Arc::new(Registered { optimizer }));
        drop(self.current.swap(next));
        self.swaps.fetch_add(1, Ordering::Relaxed);
        self.invalidate_all();
    }

    /// Invalidates every executor of the interpreter, from any thread.
    pub fn invalidate_all(&self) {
        self.epoch.fetch_add(1, Ordering::AcqRel);
        self.breaker.set(EXECUTORS_INVALIDATED);
    }

    /// What an executor about to be compiled is stamped with, and the
    /// optimizer to compile it. The epoch is read first: an optimizer
    /// swapped in after that read makes the stamp stale, never the other
    /// way round.
    pub fn snapshot(&self) -> (Stamp, Option<Arc<Registered>>) {
        let stamp = Stamp(self.epoch.load(Ordering::Acquire));
        (stamp, self.load())
    }

    /// True while nothing was invalidated since `stamp` was taken: an
    /// executor with that stamp may be entered.
    #[inline(always)]
    pub fn is_current(&self, stamp: Stamp) -> bool {
        self.epoch.load(Ordering::Acquire) == stamp.0
    }

    /// How many times the optimizer was swapped.
    pub fn swaps(&self) -> u64 {
        self.swaps.load(Ordering::Relaxed)
    }
}

impl std::fmt::Debug for OptimizerSlot {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("OptimizerSlot")
            .field("optimizer", &self.name())
            .field("epoch", &self.epoch.load(Ordering::Relaxed))
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn break_even_scales_with_the_saving() {
        assert_eq!(Costs::default().break_even(), 0);
        let c = Costs {
            optimization: 1000,
            run: 50,
        };
        assert_eq!(c.break_even(), 2000);
        let none_saved = Costs {
            optimization: 1000,
            run: 120,
        };
        assert_eq!(none_saved.break_even(), 0);
    }
}
