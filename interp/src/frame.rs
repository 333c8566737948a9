//! Frames.
//!
//! A frame's locals and operand stack live in the interpreter's one value
//! stack (`Vm::stack`), so a call allocates nothing: the caller's arguments
//! become the callee's first locals in place. Layout of one frame, from
//! `base` up: fast locals, cells, free variables, then the operand stack.

use crate::code::CodeObj;
use crate::value::Value;
use std::rc::Rc;

/// An executing (or suspended-for-a-call) Python frame.
pub struct Frame {
    /// The code being run.
    pub code: Rc<CodeObj>,
    /// The module globals (a dict).
    pub globals: Value,
    /// Next instruction to run (saved while this frame calls another).
    pub pc: usize,
    /// Index in the value stack of the first local.
    pub base: usize,
    /// Where the stack is cut back to when the frame returns (the slot of
    /// the callable, for frames entered by `CALL`).
    pub call_base: usize,
    /// Returning from this frame returns from the Rust call that ran it.
    pub is_entry: bool,
    /// The generator this frame runs, if any.
    pub generator: Option<Value>,
}

impl Frame {
    /// Index of the operand stack's bottom.
    #[inline(always)]
    pub fn stack_base(&self) -> usize {
        self.base + self.code.code.nlocalsplus()
    }

    /// The line being executed.
    pub fn line(&self, lasti: usize) -> u32 {
        self.code.code.line_for(lasti)
    }
}
