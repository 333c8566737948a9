//! Executors: the optimized code an optimizer returns, and how the VM holds
//! and enters them.
//!
//! The contract follows CPython issue 108866's revision: an executor fully
//! executes the instruction it replaces (at least that one), then tells the
//! VM where tier 1 continues ([`ExecutorExit`]). So `ENTER_EXECUTOR` can
//! sit on any instruction and is a plain jump into the executor. Resuming
//! at an instruction that is itself an `ENTER_EXECUTOR` enters that
//! executor at once: executors chain through the code without tier 1
//! running anything in between.
//!
//! Each code object of an interpreter has an [`ExecutorTable`]; the operand
//! of `ENTER_EXECUTOR` indexes it. An [`ExecutorEntry`] keeps the original
//! instruction, the epoch it was made in and a validity flag. Everything
//! here belongs to one interpreter (`Rc`, `Cell`); other threads reach
//! executors only through the epoch of [`crate::tier2::optimizer::OptimizerSlot`].

pub use crate::bytecode::index::InstrIndex;
use crate::object::code::CodeObj;
use crate::object::error::{PyErr, PyResult};
use crate::object::value::Value;
use crate::support::bloom::BloomFilter;
use crate::tier2::optimizer::{OptimizerSlot, Stamp};
use crate::vm::Vm;
use cranelift_entity::{entity_impl, EntityRef};
use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};

/// An executor's slot in its code's [`ExecutorTable`] (the operand of
/// `ENTER_EXECUTOR`).
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ExecutorIndex(u32);
entity_impl!(ExecutorIndex, "executor");

/// Where tier 1 goes on after an executor ran.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExecutorExit {
    /// Continue at this instruction of the same code. It must be the start
    /// of an instruction (the VM checks, and raises `SystemError` if not).
    Resume(InstrIndex),
}

/// Optimized code for one spot of one code object.
///
/// It runs with the GIL held, on the frame whose instruction it replaced;
/// it reaches the frame's locals and stack, and the interpreter, through
/// [`ExecCtx`]. A long-running executor calls [`ExecCtx::is_valid`] at
/// least once per loop iteration and leaves when it turns false.
pub trait Executor {
    /// Executes at least the instruction it replaced.
    fn execute(&self, ctx: &mut ExecCtx<'_>) -> PyResult<ExecutorExit>;

    /// One line for the disassembler and `_coral.get_executor`.
    fn describe(&self) -> String;
}

/// An installed executor.
pub struct ExecutorEntry {
    executor: Box<dyn Executor>,
    /// The instruction word `ENTER_EXECUTOR` replaced.
    pub(crate) original: u32,
    pub(crate) offset: InstrIndex,
    pub(crate) index: ExecutorIndex,
    /// The optimizer epoch when it was made ([`crate::tier2::optimizer`]).
    stamp: Stamp,
    valid: Cell<bool>,
    /// Which optimizer made it.
    pub(crate) optimizer: Rc<str>,
    hits: Cell<u64>,
    /// The code's instruction words and table, to restore and clear on
    /// invalidation; weak, so an executor never keeps its code alive.
    instrs: Weak<[Cell<u32>]>,
    table: Weak<ExecutorTable>,
    /// What it assumed unchanged.
    deps: BloomFilter,
}

impl ExecutorEntry {
    /// An entry for `executor` at `offset` of `code`, in slot `index`.
    pub(crate) fn new(
        executor: Box<dyn Executor>,
        code: &CodeObj,
        offset: InstrIndex,
        index: ExecutorIndex,
        stamp: Stamp,
        optimizer: Rc<str>,
        deps: BloomFilter,
    ) -> ExecutorEntry {
        ExecutorEntry {
            executor,
            original: code.code.instrs[offset.index()],
            offset,
            index,
            stamp,
            valid: Cell::new(true),
            optimizer,
            hits: Cell::new(0),
            instrs: Rc::downgrade(&code.instrs),
            table: Rc::downgrade(&code.executors),
            deps,
        }
    }

    /// True if a change to the object with watch key `key` may break the
    /// executor's assumptions.
    pub fn depends_on(&self, key: usize) -> bool {
        self.deps.may_contain(key)
    }

    /// What the executor assumed unchanged.
    pub fn dependencies(&self) -> &BloomFilter {
        &self.deps
    }

    /// The `ENTER_EXECUTOR` word that enters this entry.
    pub(crate) fn enter_word(&self) -> u32 {
        crate::bytecode::instruction::encode(
            crate::bytecode::instruction::Opcode::ENTER_EXECUTOR,
            self.index.as_u32(),
        )
    }

    /// True while it may be entered: not invalidated, and made in the
    /// current epoch of `slot`.
    #[inline(always)]
    pub fn is_valid(&self, slot: &OptimizerSlot) -> bool {
        self.valid.get() && slot.is_current(self.stamp)
    }

    /// Invalidates it: the original instruction is back, its hot-spot
    /// counter backs off (so the loop may be optimized again later), and
    /// the table lets go of it (a frame running inside it keeps its own
    /// reference until it leaves). False if it already was invalid.
    pub(crate) fn invalidate(&self) -> bool {
        if !self.valid.replace(false) {
            return false;
        }
        if let Some(instrs) = self.instrs.upgrade() {
            let at = self.offset.index();
            if instrs[at].get() == self.enter_word() {
                instrs[at].set(self.original);
            }
            let counted = crate::bytecode::instruction::decode(self.original)
                .is_some_and(|(op, _)| op.has_hot_counter());
            if let (true, Some(counter)) = (counted, instrs.get(at + 1)) {
                let c = crate::support::backoff::BackoffCounter::from_word(counter.get());
                counter.set(c.backoff().word());
            }
        }
        if let Some(table) = self.table.upgrade() {
            table.clear(self);
        }
        true
    }

    /// How many times `ENTER_EXECUTOR` entered it.
    pub fn hits(&self) -> u64 {
        self.hits.get()
    }

    /// What the executor says of itself.
    pub fn describe(&self) -> String {
        self.executor.describe()
    }

    /// The name of the optimizer that made it.
    pub fn optimizer(&self) -> &str {
        &self.optimizer
    }

    /// The instruction it sits on.
    pub fn offset(&self) -> InstrIndex {
        self.offset
    }
}

/// One code object's executors, indexed by [`ExecutorIndex`]. Shared
/// (`Rc`) with the interpreter's list of installed executors, which clears
/// slots when it invalidates them.
#[derive(Default)]
pub struct ExecutorTable {
    slots: RefCell<Vec<Option<Rc<ExecutorEntry>>>>,
}

impl ExecutorTable {
    /// The executor in slot `index`, if one is there.
    #[inline]
    pub fn get(&self, index: ExecutorIndex) -> Option<Rc<ExecutorEntry>> {
        self.slots.borrow().get(index.index())?.clone()
    }

    /// The executor installed at instruction `offset`, if any.
    pub fn at(&self, offset: InstrIndex) -> Option<Rc<ExecutorEntry>> {
        self.slots
            .borrow()
            .iter()
            .flatten()
            .find(|e| e.offset == offset)
            .cloned()
    }

    /// A free slot (a cleared one, or a new one), or `None` when the
    /// operand cannot address more.
    pub(crate) fn free_index(&self) -> Option<ExecutorIndex> {
        let slots = self.slots.borrow();
        let i = slots
            .iter()
            .position(Option::is_none)
            .unwrap_or(slots.len());
        u32::try_from(i)
            .ok()
            .filter(|&i| i <= crate::bytecode::instruction::MAX_OPERAND)
            .map(ExecutorIndex::from_u32)
    }

    pub(crate) fn put(&self, entry: Rc<ExecutorEntry>) {
        let mut slots = self.slots.borrow_mut();
        let i = entry.index.index();
        if slots.len() <= i {
            slots.resize(i + 1, None);
        }
        slots[i] = Some(entry);
    }

    /// Empties slot `index` if it still holds `entry`.
    pub(crate) fn clear(&self, entry: &ExecutorEntry) {
        let mut slots = self.slots.borrow_mut();
        if let Some(slot) = slots.get_mut(entry.index.index()) {
            if slot.as_deref().is_some_and(|e| std::ptr::eq(e, entry)) {
                *slot = None;
            }
        }
    }
}

/// What an executor sees while it runs: the interpreter, and the frame it
/// runs in (its code, locals and operand stack).
pub struct ExecCtx<'a> {
    vm: &'a mut Vm,
    entry: &'a ExecutorEntry,
}

impl<'a> ExecCtx<'a> {
    pub(crate) fn new(vm: &'a mut Vm, entry: &'a ExecutorEntry) -> ExecCtx<'a> {
        ExecCtx { vm, entry }
    }

    /// The interpreter, to call into its operations.
    pub fn vm(&mut self) -> &mut Vm {
        self.vm
    }

    /// The instruction the executor replaced.
    pub fn offset(&self) -> InstrIndex {
        self.entry.offset
    }

    /// The validity check: false once the executor was invalidated (from
    /// this thread or another); the executor must then leave.
    pub fn is_valid(&self) -> bool {
        self.entry.is_valid(self.vm.optimizer_slot())
    }

    /// The code of the running frame.
    pub fn code(&self) -> &CodeObj {
        self.frame().code()
    }

    fn frame(&self) -> &crate::object::frame::Frame {
        // An executor only runs from the eval loop, on its top frame.
        self.vm
            .frames
            .last()
            .expect("executors run on a frame of the eval loop")
    }

    /// Local slot `i` (fast locals, then cells and free variables); `None`
    /// for an unbound local or an index out of range.
    pub fn local(&self, i: usize) -> Option<&Value> {
        let f = self.frame();
        if i >= f.code().code.nlocalsplus() {
            return None;
        }
        self.vm.stack.get(f.base + i).filter(|v| !v.is_null())
    }

    /// Binds local slot `i`.
    pub fn set_local(&mut self, i: usize, v: Value) -> PyResult<()> {
        let f = self.frame();
        if i >= f.code().code.nlocalsplus() {
            return Err(PyErr::system_error("executor wrote a local out of range"));
        }
        let at = f.base + i;
        self.vm.stack[at] = v;
        Ok(())
    }

    /// Values on the frame's operand stack.
    pub fn stack_depth(&self) -> usize {
        self.vm.stack.len() - self.frame().stack_base()
    }

    /// Pushes onto the frame's operand stack, within the depth the compiler
    /// computed for the code.
    pub fn push(&mut self, v: Value) -> PyResult<()> {
        if self.stack_depth() >= self.frame().code().code.stacksize as usize {
            return Err(PyErr::system_error("executor overflowed the frame's stack"));
        }
        self.vm.stack.push(v);
        Ok(())
    }

    /// Pops the top of the frame's operand stack.
    pub fn pop(&mut self) -> Option<Value> {
        if self.stack_depth() == 0 {
            return None;
        }
        self.vm.stack.pop()
    }
}

/// Runs `entry`'s executor on the top frame (called by `ENTER_EXECUTOR`
/// with the operand stack synced into the `Vm`).
pub(crate) fn run(vm: &mut Vm, entry: &ExecutorEntry) -> PyResult<ExecutorExit> {
    entry.hits.set(entry.hits.get() + 1);
    let exit = entry.executor.execute(&mut ExecCtx::new(vm, entry))?;
    let ExecutorExit::Resume(to) = exit;
    let starts = vm
        .frames
        .last()
        .is_some_and(|f| f.code().code.is_instruction_start(to.index()));
    if !starts {
        return Err(PyErr::system_error(format!(
            "executor resumed at {}, which is not an instruction",
            to.as_u32()
        )));
    }
    Ok(exit)
}
