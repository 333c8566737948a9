//! The tier-1 eval loop.
//!
//! One `match` over [`Opcode`] dispatches every instruction. Its arms are
//! short: each pops its inputs, calls what the instruction does, and pushes
//! its outputs, so that the semantics can be lifted into micro-ops. What an
//! instruction does lives in the file of its family:
//!
//! | file | family |
//! |---|---|
//! | `locals.rs` | fast locals and cells (`LOAD_FAST`, `LOAD_DEREF`, ...) |
//! | `names.rs` | globals, builtins and namespaces (`LOAD_GLOBAL`, `LOAD_NAME`, ...) |
//! | `arith.rs` | operators' inline fast paths (`BINARY_OP`, `COMPARE_OP`, unary, truth) |
//! | `subscr.rs` | subscripts' inline fast paths (`BINARY_SUBSCR`, `STORE_SUBSCR`) |
//! | `iteration.rs` | `FOR_ITER` over builtin iterators |
//! | `builds.rs` | building and unpacking containers (`BUILD_SET`, `UNPACK_SEQUENCE`, ...) |
//! | `frames.rs` | pushing frames, running them, answering the eval breaker |
//!
//! Calls between Python functions push a [`Frame`] and keep looping: the Rust
//! stack does not grow with Python recursion. A Rust-level re-entry happens
//! only when Rust code (a builtin, a generator resume) calls back into Python;
//! those are counted and bounded.
//!
//! Errors unwind through the exception table of each frame; the first frame
//! an exception passes records a traceback entry, as CPython's
//! `PyTraceBack_Here` does, except for re-raises.

mod arith;
mod builds;
mod frames;
mod iteration;
mod locals;
mod names;
mod subscr;

pub(crate) use names::name_error;

use arith::{binary_fast, compare_fast, truth};
use locals::{cell_slot, load_fast, unbound_local};
use names::cur_globals;

use crate::bytecode::index::{ConstIndex, LocalIndex, NameIndex};
use crate::bytecode::instruction::Opcode;
use crate::object::code::CodeObj;
use crate::object::error::{PyErr, PyResult};
use crate::object::exception::TbEntry;
use crate::object::frame::Frame;
use crate::object::types;
use crate::object::value::{discard, Value};
use crate::object::{Obj, Payload};
use crate::protocol::ops::{self, BinOp, CmpOp};
use crate::support::backoff::BackoffCounter;
use crate::tier2::executor::{ExecutorExit, ExecutorIndex};
use crate::vm::call::{Callee, NativeCallee};
use crate::vm::Vm;
use cranelift_entity::EntityRef;
use std::mem::MaybeUninit;

/// How a run of frames ended.
pub(crate) enum FrameExit {
    /// The entry frame returned this value.
    Return(Value),
    /// The entry (generator) frame yielded this value.
    Yield(Value),
}

impl FrameExit {
    pub(crate) fn into_value(self) -> Value {
        match self {
            FrameExit::Return(v) | FrameExit::Yield(v) => v,
        }
    }
}

impl Vm {
    fn eval_loop(&mut self) -> PyResult<FrameExit> {
        // The value stack is moved out of `self` for the run, so that the
        // loop owns the only handle to it. Helpers that may touch the stack
        // (calls, iteration, anything that can run Python) get it back
        // through `out!`.
        let mut stack = std::mem::take(&mut self.stack);
        let r = self.eval_inner(&mut stack);
        self.stack = stack;
        r
    }

    // `load_frame!` reloads every frame register; some call sites then
    // overwrite `ip` (a handler target), which the lint sees as dead stores.
    #[allow(clippy::too_many_lines, unused_assignments)]
    fn eval_inner(&mut self, stack: &mut Vec<Value>) -> PyResult<FrameExit> {
        // The running frame's code is held as a plain reference rather than
        // a reference-counted copy: a call and its return would otherwise
        // cost count updates.
        //
        // It points into a heap object that the top frame's owner keeps
        // alive (see `frame.rs`); `load_frame!` re-derives it whenever the
        // top frame changes and no path uses it after popping that frame.
        // Frames pushed and popped above it (calls, callbacks from builtins,
        // generator resumes) leave it alone, and moving `Frame` records when
        // `self.frames` grows does not move the heap objects.
        fn detach(f: &Frame) -> &'static CodeObj {
            // SAFETY: as explained above, used only while `f` is the top frame.
            unsafe { f.code_unbound() }
        }

        // The interpreter's registers, as locals that LLVM can keep in
        // machine registers across the loop (a `Vec`'s length or a frame
        // field would live in memory, and every push, pop and dispatch
        // would wait on a store to it):
        //
        // - `ip`: the next instruction word of the running code;
        // - `sp`: one past the top of the value stack;
        // - `lp`: the running frame's first local.
        //
        // While the loop runs, `stack.len()` is 0 and `sp` is the truth: a
        // panic then leaks the values rather than dropping any twice.
        // `sync!` writes the length back before anything that uses `stack`
        // as a `Vec`, and `resync!` re-derives the registers afterwards
        // (the buffer may have moved). `load_frame!` reserves room for the
        // whole frame (locals plus the compiler's `stacksize`), so a push
        // never checks capacity.
        let mut code: &CodeObj;
        let mut ip: *const std::cell::Cell<u32>;
        let mut sp: *mut Value;
        let mut lp: *mut Value;
        // SAFETY: the stack's length is its initialised prefix.
        sp = unsafe { stack.as_mut_ptr().add(stack.len()) };

        macro_rules! sync {
            () => {
                // SAFETY: `sp` points into (or one past) the initialised
                // prefix of the buffer: everything below it is a live value.
                unsafe { stack.set_len(sp.offset_from(stack.as_ptr()) as usize) }
            };
        }
        macro_rules! resync {
            ($lp_off:expr) => {{
                let p = stack.as_mut_ptr();
                // SAFETY: the length was synced, so `p + len` is in bounds;
                // `lp_off` was taken from the same frame's layout.
                unsafe {
                    sp = p.add(stack.len());
                    lp = p.add($lp_off);
                    stack.set_len(0);
                }
            }};
        }
        macro_rules! lp_off {
            () => {
                // SAFETY: both point into the stack buffer.
                unsafe { lp.offset_from(stack.as_ptr()) as usize }
            };
        }
        // Leaves the loop: the stack's length becomes true again.
        macro_rules! leave {
            ($r:expr) => {{
                sync!();
                return $r;
            }};
        }
        macro_rules! load_frame {
            () => {{
                let Some(f) = self.frames.last() else {
                    leave!(Err(PyErr::runtime_error("frame stack underflow")));
                };
                code = detach(f);
                let need = f.base + code.frame_words;
                let (base, pc) = (f.base, f.pc);
                if stack.capacity() < need {
                    sync!();
                    let len = stack.len();
                    stack.reserve(need.saturating_sub(len).max(len));
                    resync!(base);
                } else {
                    // SAFETY: `base` is within the stack: the frame's locals
                    // are below `sp`.
                    lp = unsafe { stack.as_mut_ptr().add(base) };
                }
                // SAFETY: a saved pc is an instruction index of this code.
                ip = unsafe { code.instrs.as_ptr().add(pc) };
            }};
        }
        // The current instruction index (of the next word).
        macro_rules! pc {
            () => {
                // SAFETY: `ip` points into (or one past) `code.instrs`.
                unsafe { ip.offset_from(code.instrs.as_ptr()) as usize }
            };
        }
        macro_rules! jump {
            ($t:expr) => {
                // SAFETY: jump targets are instruction indices of this code
                // (the compiler resolves every label).
                ip = unsafe { code.instrs.as_ptr().add($t as usize) }
            };
        }
        // Reads the next word (an instruction's cache word).
        macro_rules! next_word {
            () => {{
                // SAFETY: the compiler emits every cache word after its
                // instruction, so `ip` is within `code.instrs` and one past
                // it is at most its end.
                unsafe {
                    let w = (*ip).get();
                    ip = ip.add(1);
                    w
                }
            }};
        }
        macro_rules! push {
            ($v:expr) => {{
                let v = $v;
                // SAFETY: `sp` points into the stack's buffer, so the
                // offset is between two pointers into it (a debug check;
                // release builds drop it).
                let depth = unsafe { sp.offset_from(stack.as_ptr()) };
                debug_assert!((depth as usize) < stack.capacity());
                // SAFETY: `load_frame!` reserved room for the frame's deepest
                // stack, which the compiler computed, so `sp` is allocated.
                unsafe {
                    sp.write(v);
                    sp = sp.add(1);
                }
            }};
        }
        macro_rules! pop {
            () => {{
                debug_assert!(sp > lp);
                // SAFETY: the compiler's stack effects guarantee a value
                // above the frame's locals; reading moves it out, and
                // lowering `sp` forgets the slot.
                unsafe {
                    sp = sp.sub(1);
                    sp.read()
                }
            }};
        }
        // A reference to the `n`th value from the top (1 is the top).
        macro_rules! peek {
            ($n:expr) => {
                // SAFETY: as for `pop!`, the value is on the stack.
                unsafe { &*sp.sub($n) }
            };
        }
        macro_rules! top {
            () => {
                peek!(1)
            };
        }
        // The `i`th local slot of the running frame.
        macro_rules! local {
            ($i:expr) => {
                // SAFETY: the compiler only emits indices below the code's
                // `nlocalsplus`, and those slots are initialised at entry.
                unsafe { &mut *lp.add(LocalIndex::index($i)) }
            };
        }
        // Runs a helper that may use the value stack with the stack back in
        // `self`, then takes it out again.
        macro_rules! out {
            ($e:expr) => {{
                let off = lp_off!();
                sync!();
                std::mem::swap(&mut self.stack, stack);
                let r = $e;
                std::mem::swap(&mut self.stack, stack);
                resync!(off);
                r
            }};
        }
        // Records the running frame's pc, for a call that may look at the
        // frame (`sys._getframe().f_lineno`, a callee's `f_back`).
        macro_rules! save_pc {
            () => {{
                let pc = pc!();
                if let Some(f) = self.frames.last_mut() {
                    f.pc = pc;
                }
            }};
        }
        // Uses `stack` as a `Vec` in the loop itself.
        macro_rules! as_vec {
            ($e:expr) => {{
                let off = lp_off!();
                sync!();
                let r = $e;
                resync!(off);
                r
            }};
        }
        // Drops the values from the top down to index `to`.
        // Pops the top `n` values into a `Vec`, bottom first.
        macro_rules! pop_n {
            ($n:expr) => {{
                let n = $n;
                let mut items = Vec::with_capacity(n);
                // SAFETY: the compiler's stack effects guarantee `n` values;
                // they are moved into `items`, then forgotten by lowering
                // `sp`.
                unsafe {
                    sp = sp.sub(n);
                    std::ptr::copy_nonoverlapping(sp, items.as_mut_ptr(), n);
                    items.set_len(n);
                }
                items
            }};
        }
        macro_rules! cut_to {
            ($to:expr) => {{
                // SAFETY: `to` is at or below `sp`; each slot dropped is live
                // and forgotten by lowering `sp` first.
                let to = unsafe { stack.as_mut_ptr().add($to) };
                while sp > to {
                    // SAFETY: `sp > to`, so the slot below `sp` is live.
                    unsafe {
                        sp = sp.sub(1);
                        discard(sp.read());
                    }
                }
            }};
        }

        // Pops the running frame, whose last instruction was `lasti`,
        // untying its frame object if it has one.
        macro_rules! pop_frame {
            ($lasti:expr) => {{
                let f = self.frames.pop();
                if let Some(fr) = f.filter(|fr| fr.has_obj) {
                    let lasti: usize = $lasti;
                    out!(self.release_frame_object(&fr, lasti));
                }
                f
            }};
        }
        // Unwinds an exception raised by the instruction at index `lasti`
        // of the running code: records traceback entries, then runs the
        // innermost handler (through the exception table) or pops frames;
        // leaves the loop when the entry frame has no handler.
        macro_rules! unwind {
            ($err:expr, $lasti:expr, $reraise:expr, $keep_line:expr) => {{
                let mut err: PyErr = $err;
                if !$reraise {
                    crate::protocol::raise::set_context(self, &err);
                }
                let mut lasti: usize = $lasti;
                let mut record = !$reraise;
                // `RERAISE 1` puts the frame back at the instruction whose
                // exception entered the handler (CPython restores `f_lasti`).
                let mut keep_line: bool = $keep_line;
                // A trace function failed at the frame's start or return:
                // the frame goes without running its handlers, and the
                // caller raises (CPython's `exit_unwind`).
                let mut exiting = std::mem::take(&mut self.trace.exit_unwind);
                record &= !exiting;
                loop {
                    let Some(&frame) = self.frames.last() else {
                        leave!(Err(err));
                    };
                    if record {
                        let c = &frame.code().code;
                        if let Some(Payload::Exception(e)) = err.instance().payload() {
                            e.state.borrow_mut().traceback.push(TbEntry {
                                filename: c.filename.clone(),
                                name: c.name.clone(),
                                line: c.line_for(lasti),
                            });
                        }
                        if self.trace.func.is_some() {
                            let exc = err.instance().clone();
                            if let Err(e) = out!(self.trace_exception(lasti, &exc)) {
                                err = e;
                            }
                        }
                    }
                    record = true;
                    let handler = if std::mem::take(&mut exiting) {
                        None
                    } else {
                        frame.code().code.handler_for(lasti)
                    };
                    if let Some(h) = handler {
                        if self.trace.func.is_some() {
                            self.trace_handler_entered(lasti, keep_line);
                        }
                        let depth = frame.stack_base() + h.depth as usize;
                        cut_to!(depth);
                        push!(err.into_instance());
                        load_frame!();
                        jump!(h.target);
                        break;
                    }
                    if self.trace.func.is_some() {
                        out!(self.trace_unwind(lasti, keep_line));
                    }
                    keep_line = false;
                    let Some(frame) = pop_frame!(lasti) else {
                        leave!(Err(err));
                    };
                    cut_to!(frame.call_base);
                    if frame.is_entry {
                        leave!(Err(err));
                    }
                    load_frame!();
                    lasti = pc!().saturating_sub(1);
                }
            }};
        }

        code = match self.frames.last() {
            Some(f) => detach(f),
            None => return Err(PyErr::runtime_error("no frame to run")),
        };
        ip = code.instrs.as_ptr();
        lp = sp;
        // SAFETY: `sp` now holds the length (see above).
        unsafe { stack.set_len(0) };
        load_frame!();
        // `generator.throw`: the exception is raised at the `yield` the
        // frame is suspended at, the instruction before `pc` (after the
        // resumed frame's 'call' event, which may replace it).
        if let Some(err) = self.pending_throw.take() {
            let err = match out!(self.trace_pending_call()) {
                Ok(()) => err,
                Err(e) => e,
            };
            let lasti = pc!().saturating_sub(1);
            unwind!(err, lasti, false, false);
        }

        'run: loop {
            let mut lasti_ip = ip;
            let mut reraise = false;
            let mut keep_line = false;
            let err: PyErr = 'dispatch: {
                macro_rules! tri {
                    ($e:expr) => {
                        match $e {
                            Ok(v) => v,
                            Err(e) => break 'dispatch e,
                        }
                    };
                }
                let word = next_word!();
                let arg = word >> 8;
                // SAFETY: instruction words are written only by the compiler
                // and the VM, always with a valid opcode in the low byte.
                let op = unsafe { Opcode::from_byte_unchecked(word as u8) };
                {
                    match op {
                        // Instrumented code (`instrument.rs`): the events due,
                        // then the original instruction, once.
                        Opcode::TRACE => {
                            let at = pc!() - 1;
                            tri!(out!(self.trace_instruction(code, at)));
                            self.step_original(code, at);
                            jump!(at);
                        }
                        Opcode::NOP => {}
                        Opcode::RESUME => {
                            // Every call and every resumption passes here,
                            // so the breaker is answered even in code with
                            // no loop (deep recursion).
                            if self.breaker.is_set() {
                                save_pc!();
                                tri!(out!(self.check_breaker()));
                            }
                            // The hot-spot counter (`backoff.rs`), read in
                            // place: this runs once per call.
                            // SAFETY: the compiler emits `RESUME`'s cache
                            // word after it, so `ip` points at it.
                            let counter = unsafe { &*ip };
                            match BackoffCounter::from_word(counter.get()).tick() {
                                Some(c) => {
                                    counter.set(c.word());
                                    next_word!();
                                }
                                None => {
                                    let at = pc!() - 1;
                                    if self.hot_spot(code, at) {
                                        jump!(at);
                                    } else {
                                        next_word!();
                                    }
                                }
                            }
                        }
                        Opcode::POP_TOP => discard(pop!()),
                        Opcode::PUSH_NULL => push!(Value::null()),
                        Opcode::COPY => {
                            let v = peek!(arg as usize).clone();
                            push!(v);
                        }
                        Opcode::SWAP => {
                            // SAFETY: both slots are on the stack (`arg` >= 2 is
                            // within the compiler's stack effects).
                            unsafe { std::ptr::swap(sp.sub(1), sp.sub(arg as usize)) };
                        }
                        Opcode::LOAD_CONST => {
                            let v = code.consts[ConstIndex::from_u32(arg)].clone();
                            push!(v);
                        }
                        Opcode::LOAD_FAST => {
                            let v = tri!(load_fast(
                                local!(LocalIndex::from_u32(arg)),
                                code,
                                LocalIndex::from_u32(arg)
                            ));
                            push!(v);
                        }
                        Opcode::STORE_FAST => {
                            let v = pop!();
                            discard(std::mem::replace(local!(LocalIndex::from_u32(arg)), v));
                        }
                        Opcode::LOAD_FAST_LOAD_FAST => {
                            let a = tri!(load_fast(
                                local!(LocalIndex::from_u32(arg & 0xfff)),
                                code,
                                LocalIndex::from_u32(arg & 0xfff)
                            ));
                            let b = tri!(load_fast(
                                local!(LocalIndex::from_u32(arg >> 12)),
                                code,
                                LocalIndex::from_u32(arg >> 12)
                            ));
                            push!(a);
                            push!(b);
                        }
                        Opcode::LOAD_FAST_LOAD_CONST => {
                            let a = tri!(load_fast(
                                local!(LocalIndex::from_u32(arg & 0xfff)),
                                code,
                                LocalIndex::from_u32(arg & 0xfff)
                            ));
                            push!(a);
                            let c = code.consts[ConstIndex::from_u32(arg >> 12)].clone();
                            push!(c);
                        }
                        Opcode::STORE_FAST_LOAD_FAST => {
                            let v = pop!();
                            discard(std::mem::replace(
                                local!(LocalIndex::from_u32(arg & 0xfff)),
                                v,
                            ));
                            let b = tri!(load_fast(
                                local!(LocalIndex::from_u32(arg >> 12)),
                                code,
                                LocalIndex::from_u32(arg >> 12)
                            ));
                            push!(b);
                        }
                        Opcode::DELETE_FAST => {
                            let slot = local!(LocalIndex::from_u32(arg));
                            if slot.is_null() {
                                break 'dispatch unbound_local(code, LocalIndex::from_u32(arg));
                            }
                            *slot = Value::null();
                        }
                        Opcode::LOAD_DEREF | Opcode::LOAD_CLOSURE => {
                            let cell = local!(cell_slot(code, arg)).clone();
                            if op == Opcode::LOAD_CLOSURE {
                                push!(cell);
                            } else {
                                let v = tri!(crate::vm::call::cell_get(&cell, code, arg));
                                push!(v);
                            }
                        }
                        Opcode::STORE_DEREF => {
                            let v = pop!();
                            let cell = local!(cell_slot(code, arg));
                            if let Some(Payload::Cell(c)) = cell.payload() {
                                let old = c.0.borrow_mut().replace(v);
                                drop(old);
                            }
                        }
                        Opcode::DELETE_DEREF => {
                            let cell = local!(cell_slot(code, arg)).clone();
                            tri!(crate::vm::call::cell_get(&cell, code, arg));
                            if let Some(Payload::Cell(c)) = cell.payload() {
                                let old = c.0.borrow_mut().take();
                                drop(old);
                            }
                        }
                        Opcode::LOAD_GLOBAL | Opcode::LOAD_GLOBAL_PUSH_NULL => {
                            let slot = next_word!() as usize;
                            let globals = tri!(cur_globals(&self.frames));
                            // Inline hit path for module globals; builtins and
                            // misses go through `load_global`.
                            let v = match names::global_hit(code, globals, slot) {
                                Some(v) => v,
                                None => tri!(self.load_global(code, globals, arg, slot)),
                            };
                            push!(v);
                            if op == Opcode::LOAD_GLOBAL_PUSH_NULL {
                                push!(Value::null());
                            }
                        }
                        Opcode::STORE_GLOBAL => {
                            let slot = next_word!() as usize;
                            let v = pop!();
                            let globals = tri!(cur_globals(&self.frames));
                            tri!(self.store_global(code, globals, arg, slot, v));
                        }
                        Opcode::DELETE_GLOBAL => {
                            let name = &code.names[NameIndex::from_u32(arg)];
                            let h = tri!(ops::hash(name));
                            let globals = tri!(cur_globals(&self.frames));
                            let removed = globals.borrow_mut().remove(name, h);
                            if removed.is_none() {
                                break 'dispatch name_error(name);
                            }
                            self.dict_key_changed(globals, h);
                        }
                        Opcode::LOAD_ATTR => {
                            let slot = next_word!() as usize;
                            let obj = pop!();
                            let name = &code.names[NameIndex::from_u32(arg)];
                            let cache = &code.attr_caches[slot];
                            let v = match crate::vm::attr_cache::cached_value(
                                self.class_epoch,
                                &obj,
                                name,
                                cache,
                            ) {
                                Some(v) => v,
                                None => {
                                    tri!(out!(crate::vm::attr_cache::load_attr(
                                        self, &obj, name, cache
                                    )))
                                }
                            };
                            discard(obj);
                            push!(v);
                        }
                        Opcode::STORE_ATTR => {
                            let slot = next_word!() as usize;
                            let obj = pop!();
                            let v = pop!();
                            let name = &code.names[NameIndex::from_u32(arg)];
                            let cache = &code.attr_caches[slot];
                            if let Err(v) = crate::vm::attr_cache::store_cached(
                                self.class_epoch,
                                &obj,
                                name,
                                v,
                                cache,
                            ) {
                                tri!(out!(crate::vm::attr_cache::store_attr(
                                    self, &obj, name, v, cache
                                )));
                            }
                            discard(obj);
                        }
                        Opcode::DELETE_ATTR => {
                            let obj = pop!();
                            let name = code.names[NameIndex::from_u32(arg)].clone();
                            tri!(out!(crate::protocol::attr::delattr(self, &obj, &name)));
                        }
                        Opcode::LOAD_METHOD => {
                            let slot = next_word!() as usize;
                            let attr_slot = next_word!() as usize;
                            let obj = pop!();
                            let cache = &code.method_caches[slot];
                            if let Some((ty, meth)) = cache.get() {
                                if std::ptr::eq(types::type_of(&obj), ty) {
                                    push!(meth.value());
                                    push!(obj);
                                    continue 'run;
                                }
                            }
                            let name = code.names[NameIndex::from_u32(arg)].clone();
                            let attr_cache = &code.attr_caches[attr_slot];
                            let (meth, this) = tri!(out!(crate::vm::attr_cache::load_method(
                                self, obj, &name, attr_cache
                            )));
                            if !this.is_null() {
                                if let Some(found) =
                                    crate::protocol::attr::cacheable_method(&this, &name)
                                {
                                    cache.set(Some(found));
                                }
                            }
                            push!(meth);
                            push!(this);
                        }
                        Opcode::CALL | Opcode::CALL_KW | Opcode::CALL_EX => {
                            if op == Opcode::CALL {
                                // The common native call (`len(x)`, `out.append(x)`,
                                // `str(x)`): its arguments move into an array on
                                // the Rust stack and the callee runs at once.
                                let n = arg as usize;
                                let native = match peek!(n + 2).payload() {
                                    Some(Payload::Builtin(b)) if b.bound.is_none() => {
                                        Some(NativeCallee::Builtin(b.def.func))
                                    }
                                    Some(Payload::Type(t)) => Some(NativeCallee::Type(t)),
                                    _ => None,
                                };
                                let nargs = n + !peek!(n + 1).is_null() as usize;
                                if let (Some(native), true) = (native, nargs <= 4) {
                                    // Answered before a native callee runs
                                    // (Python callees answer at `RESUME`): a
                                    // generator dropped just before
                                    // `print(...)` is closed before the print.
                                    if self.breaker.is_set() {
                                        save_pc!();
                                        tri!(out!(self.check_breaker()));
                                    }
                                    let mut args = [const { MaybeUninit::<Value>::uninit() }; 4];
                                    for slot in args[..nargs].iter_mut().rev() {
                                        slot.write(pop!());
                                    }
                                    if nargs == n {
                                        discard(pop!()); // the NULL receiver slot
                                    }
                                    discard(pop!()); // the callable
                                                     // SAFETY: the first `nargs` slots were written
                                                     // above; they are read once each afterwards.
                                    let argv = unsafe {
                                        std::slice::from_raw_parts(
                                            args.as_ptr().cast::<Value>(),
                                            nargs,
                                        )
                                    };
                                    save_pc!();
                                    let r = out!(native.call(self, argv));
                                    for slot in &args[..nargs] {
                                        // SAFETY: written above, dropped only here.
                                        discard(unsafe { slot.assume_init_read() });
                                    }
                                    push!(tri!(r));
                                    continue 'run;
                                }
                                let caller_pc = pc!();
                                let entered = tri!(as_vec!(self.try_enter_simple(
                                    stack,
                                    arg as usize,
                                    caller_pc
                                )));
                                if entered {
                                    load_frame!();
                                    continue 'run;
                                }
                                // A class call with a Python `__init__` runs as
                                // a frame too; other callables skip the try.
                                if matches!(
                                    peek!(arg as usize + 2).payload(),
                                    Some(Payload::Class(_))
                                ) {
                                    let entered = tri!(as_vec!(self.try_enter_init(
                                        stack,
                                        arg as usize,
                                        caller_pc
                                    )));
                                    if entered {
                                        load_frame!();
                                        continue 'run;
                                    }
                                }
                            }
                            save_pc!();
                            if self.breaker.is_set() {
                                tri!(out!(self.check_breaker()));
                            }
                            let callee = if op == Opcode::CALL_EX {
                                tri!(out!(self.prepare_call_ex(arg)))
                            } else {
                                let kwnames = if op == Opcode::CALL_KW {
                                    Some(pop!())
                                } else {
                                    None
                                };
                                tri!(out!(self.prepare_call(arg as usize, kwnames)))
                            };
                            match callee {
                                Callee::Done(v) => push!(v),
                                Callee::Frame(frame) => {
                                    // The caller's pc was saved above.
                                    tri!(out!(self.push_frame(frame)));
                                    load_frame!();
                                }
                            }
                        }
                        Opcode::BINARY_OP => {
                            let b = pop!();
                            let a = pop!();
                            let r = match binary_fast(arg, &a, &b) {
                                Some(r) => tri!(r),
                                None => {
                                    let op = BinOp::from_arg(arg).unwrap_or(BinOp::Add);
                                    tri!(out!(ops::binary_op(self, op, &a, &b)))
                                }
                            };
                            push!(r);
                        }
                        Opcode::COMPARE_OP => {
                            let b = pop!();
                            let a = pop!();
                            let r = match compare_fast(arg, &a, &b) {
                                Some(r) => Value::bool(r),
                                None => {
                                    let cmp = CmpOp::from_arg(arg).unwrap_or(CmpOp::Eq);
                                    tri!(out!(ops::compare_op(self, &a, &b, cmp)))
                                }
                            };
                            push!(r);
                        }
                        Opcode::COMPARE_AND_JUMP => {
                            let b = pop!();
                            let a = pop!();
                            let r = match compare_fast(arg & 7, &a, &b) {
                                Some(r) => r,
                                None => {
                                    let cmp = CmpOp::from_arg(arg & 7).unwrap_or(CmpOp::Eq);
                                    tri!(out!(ops::compare_bool(self, &a, &b, cmp)))
                                }
                            };
                            if r == (arg & 8 != 0) {
                                jump!(arg >> 4);
                            }
                        }
                        Opcode::IS_OP => {
                            let b = pop!();
                            let a = pop!();
                            push!(Value::bool(a.is(&b) != (arg == 1)));
                        }
                        Opcode::CONTAINS_OP => {
                            let container = pop!();
                            let item = pop!();
                            let r = tri!(out!(crate::protocol::iterate::contains(
                                self, &container, &item
                            )));
                            push!(Value::bool(r != (arg == 1)));
                        }
                        Opcode::UNARY_NEGATIVE | Opcode::UNARY_POSITIVE | Opcode::UNARY_INVERT => {
                            let v = pop!();
                            let r = match arith::unary_builtin(op, &v) {
                                Some(r) => tri!(r),
                                None => {
                                    let (name, what) = arith::unary_special(op);
                                    tri!(out!(crate::protocol::special::unary(
                                        self, &v, name, what
                                    )))
                                }
                            };
                            push!(r);
                        }
                        Opcode::UNARY_NOT => {
                            let v = pop!();
                            let t = match truth(&v) {
                                Some(t) => t,
                                None => tri!(out!(ops::truthy_vm(self, &v))),
                            };
                            push!(Value::bool(!t));
                        }
                        Opcode::BINARY_SUBSCR => {
                            let key = pop!();
                            let container = pop!();
                            let r = match subscr::index_fast(&container, &key) {
                                Some(v) => {
                                    discard(key);
                                    discard(container);
                                    v
                                }
                                None => {
                                    tri!(out!(crate::protocol::subscript::getitem(
                                        self, &container, &key
                                    )))
                                }
                            };
                            push!(r);
                        }
                        Opcode::STORE_SUBSCR => {
                            let key = pop!();
                            let container = pop!();
                            let v = pop!();
                            match subscr::store_index_fast(&container, &key, v) {
                                Ok(()) => {
                                    discard(container);
                                    // An int, but dropped implicitly it costs
                                    // an out-of-line call.
                                    discard(key);
                                }
                                Err(v) => {
                                    tri!(out!(crate::protocol::subscript::setitem(
                                        self, &container, key, v
                                    )));
                                }
                            }
                        }
                        Opcode::DELETE_SUBSCR => {
                            let key = pop!();
                            let container = pop!();
                            tri!(out!(crate::protocol::subscript::delitem(
                                self, &container, &key
                            )));
                        }
                        Opcode::BINARY_SLICE => {
                            let stop = pop!();
                            let start = pop!();
                            let container = pop!();
                            let r = tri!(out!(crate::protocol::subscript::get_slice(
                                self, &container, start, stop
                            )));
                            push!(r);
                        }
                        Opcode::STORE_SLICE => {
                            let stop = pop!();
                            let start = pop!();
                            let container = pop!();
                            let v = pop!();
                            tri!(out!(crate::protocol::subscript::set_slice(
                                self, &container, start, stop, v
                            )));
                        }
                        Opcode::BUILD_SLICE => {
                            let step = if arg == 3 { pop!() } else { Value::none() };
                            let stop = pop!();
                            let start = pop!();
                            push!(Obj::alloc(Payload::Slice(Box::new(
                                crate::object::SliceObj { start, stop, step },
                            ))));
                        }
                        Opcode::BUILD_TUPLE => {
                            let items = pop_n!(arg as usize);
                            push!(Value::tuple(items));
                        }
                        Opcode::BUILD_LIST => {
                            let items = pop_n!(arg as usize);
                            push!(Value::list(items));
                        }
                        Opcode::BUILD_SET => {
                            let items = pop_n!(arg as usize);
                            let set = tri!(out!(self.build_set(items)));
                            push!(set);
                        }
                        Opcode::BUILD_MAP => {
                            let items = pop_n!(2 * arg as usize);
                            let d = tri!(out!(self.build_map(items, arg as usize)));
                            push!(d);
                        }
                        Opcode::BUILD_STRING => {
                            let parts = pop_n!(arg as usize);
                            push!(builds::build_string(&parts));
                        }
                        Opcode::LIST_APPEND => {
                            let v = pop!();
                            if let Some(l) = peek!(arg as usize).as_list() {
                                tri!(out!(crate::object::alloc::push(&mut l.borrow_mut(), v)));
                            }
                        }
                        Opcode::SET_ADD => {
                            let v = pop!();
                            if let Some(Payload::Set(s)) = peek!(arg as usize).payload() {
                                let (h, canon) = tri!(out!(ops::keys::set_cell_key(self, s, &v)));
                                tri!(out!(s.borrow_mut().try_add(canon.unwrap_or(v), h)));
                            }
                        }
                        Opcode::MAP_ADD => {
                            let v = pop!();
                            let k = pop!();
                            let d = peek!(arg as usize).clone();
                            tri!(out!(crate::protocol::subscript::setitem(self, &d, k, v)));
                        }
                        Opcode::LIST_EXTEND => {
                            let iterable = pop!();
                            let items = tri!(out!(crate::protocol::iterate::collect_starred(
                                self, &iterable, None
                            )));
                            if let Some(l) = peek!(arg as usize).as_list() {
                                tri!(out!(crate::object::alloc::extend(
                                    &mut l.borrow_mut(),
                                    items.into_iter()
                                )));
                            }
                        }
                        Opcode::SET_UPDATE => {
                            let iterable = pop!();
                            let target = peek!(arg as usize).clone();
                            tri!(out!(crate::protocol::merge::set_update(
                                self, &target, &iterable
                            )));
                        }
                        Opcode::DICT_UPDATE | Opcode::DICT_MERGE => {
                            let other = pop!();
                            let target = peek!(arg as usize).clone();
                            // A call's `**` (DICT_MERGE) names the callee in its
                            // errors: below the dict, the positional tuple, the
                            // NULL slot, then the callable.
                            let callee =
                                (op == Opcode::DICT_MERGE).then(|| peek!(arg as usize + 3).clone());
                            tri!(out!(crate::protocol::merge::dict_merge(
                                self,
                                &target,
                                &other,
                                callee.as_ref()
                            )));
                        }
                        Opcode::LIST_TO_TUPLE => {
                            let l = pop!();
                            let items = l.as_list().map(|l| l.borrow().clone()).unwrap_or_default();
                            push!(Value::tuple(items));
                        }
                        Opcode::FORMAT_VALUE => {
                            let spec = if arg & 4 != 0 { Some(pop!()) } else { None };
                            let v = pop!();
                            let r = tri!(out!(crate::protocol::format::format_value(
                                self,
                                v,
                                arg & 3,
                                spec
                            )));
                            push!(r);
                        }
                        Opcode::UNPACK_SEQUENCE => {
                            let seq = pop!();
                            // An exactly sized tuple or list: push its items here.
                            let n = arg as usize;
                            let done = match seq.payload() {
                                Some(Payload::Tuple(t)) if t.len() == n => {
                                    for v in t.iter().rev() {
                                        push!(v.clone());
                                    }
                                    true
                                }
                                Some(Payload::List(l)) if l.borrow().len() == n => {
                                    let items: smallvec::SmallVec<[Value; 4]> =
                                        l.borrow().iter().rev().cloned().collect();
                                    for v in items {
                                        push!(v);
                                    }
                                    true
                                }
                                _ => false,
                            };
                            if done {
                                // Dropped implicitly, `seq` would cost an
                                // out-of-line call.
                                discard(seq);
                                continue 'run;
                            }
                            tri!(out!(self.unpack_sequence(&seq, arg as usize)));
                        }
                        Opcode::UNPACK_EX => {
                            let seq = pop!();
                            tri!(out!(self.unpack_ex(
                                &seq,
                                (arg & 0xff) as usize,
                                (arg >> 8) as usize
                            )));
                        }
                        Opcode::GET_ITER => {
                            let v = pop!();
                            let it = tri!(out!(crate::protocol::iterate::get_iter(self, &v)));
                            push!(it);
                        }
                        Opcode::FOR_ITER => {
                            let next = iteration::next_fast(top!());
                            let next = match next {
                                Some(n) => n,
                                None => {
                                    let it = top!().clone();
                                    // `for a, b in zip(...)` (or enumerate, or
                                    // items): the parts go to the stack as the
                                    // UNPACK_SEQUENCE after this would leave them.
                                    // SAFETY: FOR_ITER is never the last word of
                                    // a code object (its exit target follows).
                                    let following = unsafe { (*ip).get() };
                                    if following & 0xff == Opcode::UNPACK_SEQUENCE as u32 {
                                        let n = (following >> 8) as usize;
                                        match tri!(out!(
                                            crate::protocol::iter_parts::next_unpacked(
                                                self, &it, n
                                            )
                                        )) {
                                            crate::protocol::iter_parts::Parts::Items(items) => {
                                                for v in items.into_iter().rev() {
                                                    push!(v);
                                                }
                                                // SAFETY: skips the UNPACK_SEQUENCE
                                                // word read above.
                                                ip = unsafe { ip.add(1) };
                                                continue 'run;
                                            }
                                            crate::protocol::iter_parts::Parts::Exhausted => {
                                                discard(pop!());
                                                jump!(arg);
                                                continue 'run;
                                            }
                                            crate::protocol::iter_parts::Parts::Unsupported => {}
                                        }
                                    }
                                    if self.trace.func.is_some() {
                                        self.trace.stop = None;
                                    }
                                    let next =
                                        tri!(out!(crate::protocol::iterate::next(self, &it)));
                                    if next.is_none() && self.trace.func.is_some() {
                                        // Ended by a StopIteration exception:
                                        // CPython reports it.
                                        let at = pc!() - 1;
                                        tri!(out!(self.trace_stop_iteration(at)));
                                    }
                                    next
                                }
                            };
                            match next {
                                Some(v) => push!(v),
                                None => {
                                    discard(pop!());
                                    jump!(arg);
                                }
                            }
                        }
                        Opcode::JUMP_FORWARD => jump!(arg),
                        Opcode::JUMP_BACKWARD => {
                            if self.breaker.is_set() {
                                save_pc!();
                                tri!(out!(self.check_breaker()));
                            }
                            // The hot-spot counter (`backoff.rs`).
                            let counter = &code.instrs[pc!()];
                            match BackoffCounter::from_word(counter.get()).tick() {
                                Some(c) => {
                                    counter.set(c.word());
                                    jump!(arg);
                                }
                                None => {
                                    let at = pc!() - 1;
                                    if self.hot_spot(code, at) {
                                        // The executor runs this very back edge.
                                        jump!(at);
                                    } else {
                                        jump!(arg);
                                    }
                                }
                            }
                        }
                        Opcode::ENTER_EXECUTOR => {
                            let at = pc!() - 1;
                            if self.breaker.is_set() {
                                save_pc!();
                                tri!(out!(self.check_breaker()));
                            }
                            let entry = code
                                .executors
                                .get(ExecutorIndex::from_u32(arg))
                                .filter(|e| e.is_valid(self.optimizer_slot()));
                            match entry {
                                Some(entry) => {
                                    self.tier2.stats.enter_executor_hits += 1;
                                    if let Some(f) = self.frames.last_mut() {
                                        f.pc = at;
                                    }
                                    // `entry` is held across the run: an
                                    // executor invalidated while it runs is
                                    // freed only after it returns.
                                    let exit =
                                        tri!(out!(crate::tier2::executor::run(self, &entry)));
                                    let ExecutorExit::Resume(to) = exit;
                                    jump!(to.as_u32());
                                }
                                None => {
                                    self.deopt_at(code, at, arg);
                                    jump!(at);
                                }
                            }
                        }
                        Opcode::POP_JUMP_IF_FALSE => {
                            let v = pop!();
                            let t = match truth(&v) {
                                Some(t) => t,
                                None => tri!(out!(ops::truthy_vm(self, &v))),
                            };
                            if !t {
                                jump!(arg);
                            }
                            discard(v);
                        }
                        Opcode::POP_JUMP_IF_TRUE => {
                            let v = pop!();
                            let t = match truth(&v) {
                                Some(t) => t,
                                None => tri!(out!(ops::truthy_vm(self, &v))),
                            };
                            if t {
                                jump!(arg);
                            }
                            discard(v);
                        }
                        Opcode::JUMP_IF_FALSE_OR_POP | Opcode::JUMP_IF_TRUE_OR_POP => {
                            let t = match truth(top!()) {
                                Some(t) => t,
                                None => {
                                    let v = top!().clone();
                                    tri!(out!(ops::truthy_vm(self, &v)))
                                }
                            };
                            if t == (op == Opcode::JUMP_IF_TRUE_OR_POP) {
                                jump!(arg);
                            } else {
                                discard(pop!());
                            }
                        }
                        Opcode::RETURN_VALUE => {
                            // Only a frame with a frame object can have a
                            // local trace function to report to: one test
                            // serves the trace and the frame object.
                            let has_obj = self.frames.last().is_some_and(|f| f.has_obj);
                            if has_obj && self.trace.func.is_some() {
                                let at = pc!() - 1;
                                let v = top!().clone();
                                tri!(out!(self.trace_return(at, &v)));
                            }
                            let v = pop!();
                            let Some(frame) = self.frames.pop() else {
                                leave!(Err(PyErr::runtime_error("frame stack underflow")));
                            };
                            if has_obj {
                                out!(self.release_frame_object(&frame, pc!() - 1));
                            }
                            cut_to!(frame.call_base);
                            if frame.is_entry {
                                leave!(Ok(FrameExit::Return(v)));
                            }
                            load_frame!();
                            if frame.returns_self {
                                // `__init__` returned: the result of the class
                                // call is the instance waiting below.
                                let instance = pop!();
                                if !v.is_none() {
                                    let msg = format!(
                                        "__init__() should return None, not '{}'",
                                        types::type_name(&v)
                                    );
                                    discard(instance);
                                    discard(v);
                                    // Raised by the caller's `CALL`, now the
                                    // running frame.
                                    // SAFETY: `ip` is past the caller's `CALL`.
                                    lasti_ip = unsafe { ip.sub(1) };
                                    break 'dispatch PyErr::type_error(msg);
                                }
                                discard(v);
                                push!(instance);
                                continue 'run;
                            }
                            push!(v);
                        }
                        Opcode::YIELD_VALUE => {
                            let pc = pc!();
                            if self.trace.func.is_some() {
                                let v = top!().clone();
                                tri!(out!(self.trace_return(pc - 1, &v)));
                            }
                            let v = pop!();
                            let Some(frame) = pop_frame!(pc - 1) else {
                                leave!(Err(PyErr::runtime_error("frame stack underflow")));
                            };
                            sync!();
                            let saved = stack.split_off(frame.base);
                            stack.truncate(frame.call_base);
                            let gen = frame.generator_value();
                            if let Some(Payload::Generator(g)) =
                                gen.as_ref().and_then(Value::payload)
                            {
                                let mut g = g.borrow_mut();
                                g.saved = saved;
                                g.pc = pc;
                            }
                            return Ok(FrameExit::Yield(v));
                        }
                        Opcode::MAKE_FUNCTION => {
                            let g = self
                                .frames
                                .last()
                                .map(Frame::globals_value)
                                .unwrap_or_else(Value::none);
                            let f = tri!(out!(crate::vm::call::make_function(self, arg, &g)));
                            push!(f);
                        }
                        Opcode::RAISE_VARARGS => {
                            let cause = if arg == 2 { Some(pop!()) } else { None };
                            let exc = if arg >= 1 { Some(pop!()) } else { None };
                            match exc {
                                None => {
                                    reraise = true;
                                    if self.exc_info.is_none() {
                                        break 'dispatch PyErr::runtime_error(
                                            "No active exception to reraise",
                                        );
                                    }
                                    break 'dispatch PyErr::from_instance(self.exc_info.clone());
                                }
                                Some(exc) => {
                                    break 'dispatch tri!(out!(crate::protocol::raise::make_raise(
                                        self, exc, cause
                                    )))
                                }
                            }
                        }
                        Opcode::RERAISE => {
                            let exc = pop!();
                            reraise = true;
                            keep_line = arg != 0;
                            break 'dispatch PyErr::from_instance(exc);
                        }
                        Opcode::PUSH_EXC_INFO => {
                            let exc = pop!();
                            let prev = std::mem::replace(&mut self.exc_info, exc.clone());
                            push!(prev);
                            push!(exc);
                        }
                        Opcode::POP_EXCEPT => {
                            let prev = pop!();
                            self.exc_info = prev;
                        }
                        Opcode::CHECK_EXC_MATCH => {
                            let ty = pop!();
                            let r = tri!(crate::protocol::raise::exception_matches(top!(), &ty));
                            push!(Value::bool(r));
                        }
                        Opcode::LOAD_ASSERTION_ERROR => {
                            push!(types::ASSERTION_ERROR.value());
                        }
                        Opcode::LOAD_NAME => {
                            let name = &code.names[NameIndex::from_u32(arg)];
                            let v = tri!(self.load_name(name));
                            push!(v);
                        }
                        Opcode::STORE_NAME => {
                            let v = pop!();
                            let name = &code.names[NameIndex::from_u32(arg)];
                            tri!(self.store_name(name, v));
                        }
                        Opcode::DELETE_NAME => {
                            let name = &code.names[NameIndex::from_u32(arg)];
                            tri!(self.delete_name(name));
                        }
                        Opcode::BEFORE_WITH => {
                            let mgr = pop!();
                            let (exit, entered) =
                                tri!(out!(crate::protocol::special::enter_context(self, &mgr)));
                            push!(exit);
                            push!(entered);
                        }
                        Opcode::WITH_EXCEPT_START => {
                            // Stack: `__exit__`, the previous exception, the
                            // exception; the result goes on top.
                            let exit = peek!(3).clone();
                            let exc = peek!(1).clone();
                            let ty = types::type_value(&exc);
                            let r = tri!(out!(self.call(&exit, vec![ty, exc, Value::none()], &[])));
                            let t = tri!(out!(ops::truthy_vm(self, &r)));
                            push!(Value::bool(t));
                        }
                        Opcode::GET_YIELD_FROM_ITER => {
                            let v = pop!();
                            let it = if matches!(v.payload(), Some(Payload::Generator(_))) {
                                v
                            } else {
                                tri!(out!(crate::protocol::iterate::get_iter(self, &v)))
                            };
                            push!(it);
                        }
                        Opcode::SEND => {
                            let v = pop!();
                            let it = top!().clone();
                            let r = tri!(out!(crate::vm::generator::send_to(self, &it, v)));
                            match r {
                                crate::object::generator::Resumed::Yielded(x) => push!(x),
                                crate::object::generator::Resumed::Returned(x) => {
                                    if self.trace.func.is_some() {
                                        let at = pc!() - 1;
                                        self.trace_returned_value(&x);
                                        tri!(out!(self.trace_stop_iteration(at)));
                                    }
                                    discard(pop!());
                                    push!(x);
                                    jump!(arg);
                                }
                            }
                        }
                        Opcode::SETUP_ANNOTATIONS => tri!(self.setup_annotations()),
                        Opcode::LOAD_BUILD_CLASS => {
                            push!(crate::protocol::class::BUILD_CLASS.value());
                        }
                        Opcode::IMPORT_NAME => {
                            let fromlist = pop!();
                            let level = pop!();
                            let name = code.names[NameIndex::from_u32(arg)].clone();
                            let level = level.as_small_int().unwrap_or(0).max(0) as usize;
                            let m = tri!(out!(crate::vm::import::import_name(
                                self,
                                name.as_str().unwrap_or(""),
                                ops::truthy(&fromlist),
                                level
                            )));
                            push!(m);
                        }
                        Opcode::IMPORT_FROM => {
                            let name = code.names[NameIndex::from_u32(arg)].clone();
                            let module = top!().clone();
                            let v =
                                tri!(out!(crate::vm::import::import_from(self, &module, &name)));
                            push!(v);
                        }
                        Opcode::IMPORT_STAR => {
                            let module = pop!();
                            let names = tri!(out!(crate::vm::import::import_star(self, &module)));
                            for (k, v) in names {
                                tri!(self.store_name(&k, v));
                            }
                        }
                    }
                }
                continue 'run;
            };

            // ---- an exception was raised by the instruction at `lasti_ip` ----
            // SAFETY: `lasti_ip` is the word the failing instruction was
            // fetched from, in the running code.
            let lasti = unsafe { lasti_ip.offset_from(code.instrs.as_ptr()) as usize };
            unwind!(err, lasti, reraise, keep_line);
        }
    }
}
