//! Generators: a function frame that can be suspended at `yield`.
//!
//! A suspended generator keeps its locals and operand stack in a `Vec` of its
//! own; resuming copies them back onto the interpreter's value stack and runs
//! the frame until it yields (the values are copied out again) or returns.

use crate::object::error::{PyErr, PyResult};
use crate::object::generator::{stop_value, GenObj, GenState, Resumed};
use crate::object::types;
use crate::object::value::Value;
use crate::object::{Function, Obj, Payload};
use crate::vm::call::{run_code_frame, setup_locals};
use crate::vm::eval::FrameExit;
use crate::vm::Vm;
use std::cell::RefCell;

/// A new generator for a call of `f` with bound `locals`.
pub(crate) fn new_generator(f: &Function, locals: Vec<Value>) -> Value {
    let mut saved = locals;
    setup_locals(&mut saved, &f.code.code, &f.closure, 0);
    Obj::alloc(Payload::Generator(Box::new(RefCell::new(GenObj {
        code: f.code.rc(),
        globals: f.globals.clone(),
        saved,
        pc: 0,
        state: GenState::Created,
        name: f.name.clone(),
        frame: None,
    }))))
}

/// What a generator is resumed with.
enum Input {
    /// `send(v)` (`next` sends None).
    Send(Value),
    /// `throw(exc)`: the exception is raised at the `yield`.
    Throw(PyErr),
}

impl Vm {
    /// Resumes a generator with `sent` (for `next` and `for`); `Ok(None)`
    /// when it is exhausted.
    pub(crate) fn resume_generator(&mut self, gen: &Value, sent: Value) -> PyResult<Option<Value>> {
        match self.send_generator(gen, sent)? {
            Resumed::Yielded(v) => Ok(Some(v)),
            Resumed::Returned(v) => {
                if self.is_tracing() {
                    self.trace_returned_value(&v);
                }
                Ok(None)
            }
        }
    }

    /// `gen.send(v)`.
    pub(crate) fn send_generator(&mut self, gen: &Value, sent: Value) -> PyResult<Resumed> {
        run(self, gen, Input::Send(sent))
    }
}

/// One step of `yield from it`: `send` for generators, `next` (or a
/// `send` method) for other iterators.
pub fn send_to(vm: &mut Vm, it: &Value, v: Value) -> PyResult<Resumed> {
    if matches!(it.payload(), Some(Payload::Generator(_))) {
        return vm.send_generator(it, v);
    }
    if v.is_none() {
        return match crate::protocol::iterate::next_with_value(vm, it)? {
            Ok(x) => Ok(Resumed::Yielded(x)),
            Err(r) => Ok(Resumed::Returned(r)),
        };
    }
    let send = crate::protocol::attr::getattr(vm, it, &Value::str("send"))?;
    match vm.call(&send, vec![v], &[]) {
        Ok(x) => Ok(Resumed::Yielded(x)),
        Err(e) if e.matches(&types::STOP_ITERATION) => Ok(Resumed::Returned(stop_value(&e))),
        Err(e) => Err(e),
    }
}

/// `gen.throw(exc)`.
pub fn throw(vm: &mut Vm, gen: &Value, exc: PyErr) -> PyResult<Resumed> {
    run(vm, gen, Input::Throw(exc))
}

/// `gen.close()`: raises `GeneratorExit` at the `yield`; the generator
/// must not yield again.
pub fn close(vm: &mut Vm, gen: &Value) -> PyResult<()> {
    let Some(Payload::Generator(g)) = gen.payload() else {
        return Err(PyErr::type_error("not a generator"));
    };
    {
        let mut st = g.borrow_mut();
        match st.state {
            GenState::Created | GenState::Done => {
                st.state = GenState::Done;
                let saved = std::mem::take(&mut st.saved);
                drop(st);
                drop(saved);
                return Ok(());
            }
            _ => {}
        }
    }
    let exit = PyErr::with_args(&types::GENERATOR_EXIT, Vec::new());
    match throw(vm, gen, exit) {
        Ok(Resumed::Yielded(_)) => Err(PyErr::runtime_error("generator ignored GeneratorExit")),
        Ok(Resumed::Returned(_)) => Ok(()),
        Err(e) if e.matches(&types::GENERATOR_EXIT) || e.matches(&types::STOP_ITERATION) => Ok(()),
        Err(e) => Err(e),
    }
}

/// The sub-iterator a generator suspended inside `yield from` delegates
/// to, with the instruction its `SEND` jumps to when the sub-iterator
/// finishes.
fn delegate(st: &GenObj) -> Option<(Value, usize)> {
    // The shared code holds the original instructions (the instance's may
    // hold `ENTER_EXECUTOR`).
    // The resumption point is `RESUME 2`, then the jump back to `SEND`.
    let resume = crate::bytecode::instruction::decode(*st.code.code.instrs.get(st.pc)?)?;
    if resume != (crate::bytecode::instruction::Opcode::RESUME, 2) {
        return None;
    }
    let word = *st.code.code.instrs.get(st.pc + 2)?;
    let (op, arg) = crate::bytecode::instruction::decode(word)?;
    if op != crate::bytecode::instruction::Opcode::JUMP_BACKWARD {
        return None;
    }
    let (send, send_arg) =
        crate::bytecode::instruction::decode(*st.code.code.instrs.get(arg as usize)?)?;
    if send != crate::bytecode::instruction::Opcode::SEND {
        return None;
    }
    Some((st.saved.last()?.clone(), send_arg as usize))
}

/// Passes a `throw` to the sub-iterator of a `yield from`. `Ok(Err(e))`
/// means the exception (the original or a new one) is to be raised in the
/// delegating generator itself; `Ok(Ok(r))` is the sub-iterator's answer.
fn throw_to_delegate(vm: &mut Vm, sub: &Value, exc: PyErr) -> PyResult<Result<Resumed, PyErr>> {
    if matches!(sub.payload(), Some(Payload::Generator(_))) {
        if exc.matches(&types::GENERATOR_EXIT) {
            return Ok(match close(vm, sub) {
                Ok(()) => Err(exc),
                Err(e) => Err(e),
            });
        }
        return Ok(match throw(vm, sub, exc) {
            Ok(r) => Ok(r),
            Err(e) => Err(e),
        });
    }
    Ok(Err(exc))
}

fn run(vm: &mut Vm, gen: &Value, input: Input) -> PyResult<Resumed> {
    let Some(Payload::Generator(g)) = gen.payload() else {
        return Err(PyErr::type_error("not a generator"));
    };
    let mut input = input;
    // A throw into a generator suspended in `yield from` goes to the
    // sub-iterator first.
    let deleg = match &input {
        Input::Throw(_) => {
            let st = g.borrow();
            if st.state == GenState::Suspended {
                delegate(&st)
            } else {
                None
            }
        }
        Input::Send(_) => None,
    };
    if let Some((sub, exit_pc)) = deleg {
        if let Input::Throw(exc) = input {
            match throw_to_delegate(vm, &sub, exc)? {
                Ok(Resumed::Yielded(v)) => return Ok(Resumed::Yielded(v)),
                Ok(Resumed::Returned(r)) => {
                    // The sub-iterator finished: continue after the
                    // `yield from` with its value.
                    let mut st = g.borrow_mut();
                    let old = st.saved.pop();
                    st.saved.push(r);
                    st.pc = exit_pc;
                    drop(st);
                    drop(old);
                    input = Input::Send(Value::null());
                }
                Err(e) => input = Input::Throw(e),
            }
        }
    }
    let (code, globals, saved, pc) = {
        let mut st = g.borrow_mut();
        match st.state {
            GenState::Running => {
                return Err(PyErr::value_error("generator already executing"));
            }
            GenState::Done => {
                return match input {
                    Input::Send(_) => Ok(Resumed::Returned(Value::none())),
                    Input::Throw(e) => Err(e),
                };
            }
            GenState::Created => {
                if let Input::Send(v) = &input {
                    if !v.is_none() {
                        return Err(PyErr::type_error(
                            "can't send non-None value to a just-started generator",
                        ));
                    }
                }
                if let Input::Throw(e) = input {
                    st.state = GenState::Done;
                    return Err(e);
                }
            }
            GenState::Suspended => {}
        }
        let first = st.state == GenState::Created;
        st.state = GenState::Running;
        let mut saved = std::mem::take(&mut st.saved);
        match &input {
            Input::Send(v) if !first && !v.is_null() => saved.push(v.clone()),
            _ => {}
        }
        (st.code.clone(), st.globals.clone(), saved, st.pc)
    };
    if let Input::Throw(e) = input {
        vm.pending_throw = Some(e);
    }
    let result = run_code_frame(vm, code, globals, saved, pc, gen.clone());
    vm.pending_throw = None;
    let mut st = g.borrow_mut();
    match result {
        Ok(FrameExit::Yield(v)) => {
            st.state = GenState::Suspended;
            Ok(Resumed::Yielded(v))
        }
        Ok(FrameExit::Return(v)) => {
            st.state = GenState::Done;
            Ok(Resumed::Returned(v))
        }
        Err(e) => {
            st.state = GenState::Done;
            if e.matches(&types::STOP_ITERATION) {
                // PEP 479: the StopIteration becomes the cause.
                let err = PyErr::runtime_error("generator raised StopIteration");
                if let Some(Payload::Exception(x)) = err.instance().payload() {
                    let mut st = x.state.borrow_mut();
                    st.cause = Some(e.instance().clone());
                    st.context = Some(e.instance().clone());
                    st.suppress_context = true;
                }
                return Err(err);
            }
            Err(e)
        }
    }
}
