//! Generators: a function frame that can be suspended at `yield`.
//!
//! A suspended generator keeps its locals and operand stack in a `Vec` of its
//! own; resuming copies them back onto the interpreter's value stack and runs
//! the frame until it yields (the values are copied out again) or returns.

use crate::call::{run_code_frame, setup_locals};
use crate::code::CodeObj;
use crate::error::{PyErr, PyResult};
use crate::eval::FrameExit;
use crate::object::{Function, Obj, Payload};
use crate::types;
use crate::value::Value;
use crate::vm::Vm;
use std::cell::RefCell;
use std::rc::Rc;

/// Where a generator is in its life.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GenState {
    /// Not started.
    Created,
    /// Suspended at a `yield`.
    Suspended,
    /// Running now.
    Running,
    /// Returned or raised.
    Done,
}

/// A generator's saved frame.
pub struct GenObj {
    /// The generator function's code.
    pub code: Rc<CodeObj>,
    /// Its globals.
    pub globals: Value,
    /// Locals, cells, free variables and operand stack while suspended.
    pub saved: Vec<Value>,
    /// Next instruction.
    pub pc: usize,
    /// Life cycle.
    pub state: GenState,
    /// `__name__`.
    pub name: Value,
}

/// A new generator for a call of `f` with bound `locals`.
pub(crate) fn new_generator(f: &Function, locals: Vec<Value>) -> Value {
    let mut saved = locals;
    setup_locals(&mut saved, &f.code.code, &f.closure, 0);
    Obj::alloc(Payload::Generator(Box::new(RefCell::new(GenObj {
        code: f.code.clone(),
        globals: f.globals.clone(),
        saved,
        pc: 0,
        state: GenState::Created,
        name: f.name.clone(),
    }))))
}

/// Resumes a generator with `sent`; `Ok(None)` when it is exhausted.
pub(crate) fn resume(vm: &mut Vm, gen: &Value, sent: Value) -> PyResult<Option<Value>> {
    let Some(Payload::Generator(g)) = gen.payload() else {
        return Err(PyErr::type_error("not a generator"));
    };
    let (code, globals, mut saved, pc) = {
        let mut st = g.borrow_mut();
        match st.state {
            GenState::Running => {
                return Err(PyErr::value_error("generator already executing"));
            }
            GenState::Done => return Ok(None),
            GenState::Created if !sent.is_none() => {
                return Err(PyErr::type_error(
                    "can't send non-None value to a just-started generator",
                ));
            }
            _ => {}
        }
        let first = st.state == GenState::Created;
        st.state = GenState::Running;
        let mut saved = std::mem::take(&mut st.saved);
        if !first {
            saved.push(sent);
        }
        (st.code.clone(), st.globals.clone(), saved, st.pc)
    };
    let result = run_code_frame(
        vm,
        code,
        globals,
        std::mem::take(&mut saved),
        pc,
        gen.clone(),
    );
    let mut st = g.borrow_mut();
    match result {
        Ok(FrameExit::Yield(v)) => {
            st.state = GenState::Suspended;
            Ok(Some(v))
        }
        Ok(FrameExit::Return(_)) => {
            st.state = GenState::Done;
            Ok(None)
        }
        Err(e) => {
            st.state = GenState::Done;
            if e.matches(&types::STOP_ITERATION) {
                return Err(PyErr::runtime_error("generator raised StopIteration"));
            }
            Err(e)
        }
    }
}
