//! A generator's storage: its saved frame and where it is in its life.
//! Running, sending to and closing generators is `vm::generator`'s.

use crate::object::code::CodeObj;
use crate::object::error::PyErr;
use crate::object::value::Value;
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
    /// The frame object, kept between runs once one was made.
    pub frame: Option<Value>,
}

/// What a resumed generator did.
pub enum Resumed {
    /// It yielded this value and is suspended again.
    Yielded(Value),
    /// It returned this value (`StopIteration.value`) and is finished.
    Returned(Value),
}

/// `StopIteration.value` of an exception.
pub fn stop_value(e: &PyErr) -> Value {
    e.exc()
        .args()
        .as_tuple()
        .and_then(|a| a.first().cloned())
        .unwrap_or_else(Value::none)
}
