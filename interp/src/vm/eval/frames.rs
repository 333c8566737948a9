//! Entering and leaving the loop: pushing frames under the recursion limit,
//! running a run of frames to the entry frame's return or yield (bounded
//! Rust re-entry), and answering the eval breaker at safe points.

use crate::object::error::{PyErr, PyResult};
use crate::object::frame::Frame;
use crate::object::types;
use crate::support::eval_breaker;
use crate::vm::eval::FrameExit;
use crate::vm::{Vm, MAX_NESTED_EVALS};

impl Vm {
    /// Pushes a frame, enforcing the recursion limit.
    pub(crate) fn push_frame(&mut self, frame: Frame) -> PyResult<()> {
        if self.frames.len() >= self.recursion_limit {
            self.stack.truncate(frame.call_base);
            return Err(PyErr::new(
                &types::RECURSION_ERROR,
                "maximum recursion depth exceeded",
            ));
        }
        self.push_frame_unchecked(frame);
        Ok(())
    }

    /// Pushes a frame; while a trace function is installed, its 'call'
    /// event is due before its first instruction ([`crate::monitor::trace`]).
    #[inline(always)]
    pub(crate) fn push_frame_unchecked(&mut self, mut frame: Frame) {
        if self.trace.func.is_some() {
            frame.call_pending = true;
            self.instrument(frame.code_rc());
        }
        self.frames.push(frame);
    }

    /// Runs from the top frame until the entry frame (pushed by the caller,
    /// with `is_entry`) returns or yields.
    pub(crate) fn run_frames(&mut self) -> PyResult<FrameExit> {
        if self.nested_evals >= MAX_NESTED_EVALS {
            if let Some(f) = self.frames.pop() {
                self.stack.truncate(f.call_base);
            }
            return Err(PyErr::new(
                &types::RECURSION_ERROR,
                "maximum recursion depth exceeded",
            ));
        }
        self.nested_evals += 1;
        let r = crate::support::stack::grow(|| self.eval_loop());
        self.nested_evals -= 1;
        r
    }

    /// Answers the eval breaker's requests; runs at back edges, at `RESUME`
    /// (each call and resumption) and before executors.
    #[cold]
    pub fn check_breaker(&mut self) -> PyResult<()> {
        // Ctrl-C waits for the main thread, where CPython raises it.
        if self.breaker.is_set_bits(eval_breaker::INTERRUPT)
            && self.threads.on_main_thread()
            && self.breaker.take(eval_breaker::INTERRUPT) != 0
        {
            return Err(PyErr::with_args(&types::KEYBOARD_INTERRUPT, Vec::new()));
        }
        if self.breaker.is_set_bits(eval_breaker::SHUTDOWN) {
            return Err(PyErr::new(
                &types::SYSTEM_EXIT,
                "the interpreter is shutting down",
            ));
        }
        if self
            .breaker
            .is_set_bits(eval_breaker::EXECUTORS_INVALIDATED)
        {
            self.sweep_executors();
        }
        if self.breaker.take(eval_breaker::FINALIZE) != 0 {
            self.run_finalizers();
        }
        if self.breaker.is_set_bits(eval_breaker::GIL_DROP_REQUEST) {
            self.run_finalizers();
            self.yield_gil();
        }
        Ok(())
    }
}
