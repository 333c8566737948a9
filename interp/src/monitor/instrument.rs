//! Instrumented code: instruction words rewritten to trap into the VM.
//!
//! While a trace function is installed, the code of every frame that may
//! report events has each instruction start rewritten to `TRACE` (the
//! approach of CPython 3.12's `sys.monitoring`). Untraced code is left
//! alone and pays nothing: the eval loop's dispatch is unchanged. `TRACE`
//! reports what is due ([`crate::monitor::trace`]), then puts the original word
//! back for one step and runs it; the next `TRACE` executed, which comes
//! before any other instruction of instrumented code can run (every
//! entry into it, a call, a return, a resume, a handler, starts at an
//! instrumented word), rewrites the stepped word again. When no thread
//! traces any more, every instrumented code gets its words back.
//!
//! Instrumented code is never given an executor: `TRACE` and
//! `ENTER_EXECUTOR` would both want the same word.

use crate::bytecode::instruction::{encode, Opcode};
use crate::object::code::CodeObj;
use crate::vm::Vm;
use std::rc::Rc;

/// The word every instrumented instruction start holds.
const TRAP: u32 = encode(Opcode::TRACE, 0);

/// One interpreter's instrumented code.
#[derive(Default)]
pub(crate) struct Instrumentation {
    /// Every code instrumented now.
    codes: Vec<Rc<CodeObj>>,
    /// The instruction running with its original word for one step.
    stepping: Option<(Rc<CodeObj>, usize)>,
    /// Threads of the interpreter with a trace function installed.
    pub(crate) tracing_threads: usize,
}

impl Vm {
    /// Rewrites every instruction start of `code` to `TRACE`.
    pub(crate) fn instrument(&mut self, code: Rc<CodeObj>) {
        if code.instrumented.replace(true) {
            return;
        }
        for (pc, word) in code.instrs.iter().enumerate() {
            if code.code.is_instruction_start(pc) {
                word.set(TRAP);
            }
        }
        self.instrumentation.codes.push(code);
    }

    /// Gives every instrumented code its original words back.
    pub(crate) fn remove_instrumentation(&mut self) {
        self.instrumentation.stepping = None;
        for code in std::mem::take(&mut self.instrumentation.codes) {
            code.instrumented.set(false);
            for (pc, word) in code.instrs.iter().enumerate() {
                if code.code.is_instruction_start(pc) {
                    word.set(code.code.instrs[pc]);
                }
            }
        }
    }

    /// Re-arms the word stepped last, if any.
    pub(crate) fn end_step(&mut self) {
        if let Some((code, at)) = self.instrumentation.stepping.take() {
            if code.instrumented.get() {
                code.instrs[at].set(TRAP);
            }
        }
    }

    /// Lets instruction `at` of the running code (the top frame's) run
    /// once with its original word.
    pub(crate) fn step_original(&mut self, code: &CodeObj, at: usize) {
        self.end_step();
        let Some(rc) = self.frames.last().map(crate::object::frame::Frame::code_rc) else {
            return;
        };
        code.instrs[at].set(code.code.instrs[at]);
        self.instrumentation.stepping = Some((rc, at));
    }
}
