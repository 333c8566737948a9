//! `sys.settrace`: CPython 3.11's trace events, and the deopt they need.
//!
//! A trace function gets a 'call' event when a frame starts (or a
//! generator resumes); what it returns becomes the frame's `f_trace`,
//! which then gets 'line', 'return' and 'exception' events for that frame.
//! The rules for when a 'line' event fires are CPython 3.11's
//! (`maybe_call_line_trace`): when the line changes, or when control jumps
//! backward (except into a `yield from`'s `SEND`).
//!
//! Events are reported from `TRACE`, the instruction the code of a traced
//! frame traps to ([`crate::monitor::instrument`]): a frame pushed while a trace
//! function is installed has its code instrumented and its 'call' event
//! marked due, reported before its first instruction. Untraced code is not
//! rewritten and pays only a test per call and per return. Instrumented
//! code runs in tier 1, never through `ENTER_EXECUTOR`: a traced frame
//! sees exactly CPython's events. Installing a trace function also
//! invalidates every executor, and no hot spot is compiled while one is
//! installed; removing it lets hot code be optimized again.
//!
//! As in CPython, the trace function's own frames are not traced, and a
//! trace function that raises is removed, its exception propagating from
//! the traced code.

use crate::bytecode::instruction::{decode, Opcode};
use crate::monitor::frame_object::{frame_of, FrameObjects};
use crate::object::code::CodeObj;
use crate::object::error::PyResult;
use crate::object::value::Value;
use crate::vm::Vm;

/// One thread's tracing state (it moves with the thread's frames).
#[derive(Default)]
pub(crate) struct TraceState {
    /// The global trace function (`sys.settrace`).
    pub(crate) func: Option<Value>,
    /// A trace function is running: no events until it returns.
    pub(crate) running: bool,
    /// The live frames' frame objects.
    pub(crate) frames: FrameObjects,
    /// A trace function failed at a frame's 'call' or 'return' event: the
    /// error about to unwind leaves that frame without running its
    /// handlers (taken by the eval loop's unwinding).
    pub(crate) exit_unwind: bool,
    /// The StopIteration that ended the last iteration, when one was
    /// raised (a generator returning a value, a `__next__` raising it):
    /// CPython 3.11 reports it as an 'exception' event of the `for` loop.
    pub(crate) stop: Option<Value>,
}

/// A trace event.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Event {
    Call,
    Line,
    Return,
    Exception,
}

impl Event {
    fn name(self) -> &'static str {
        match self {
            Event::Call => "call",
            Event::Line => "line",
            Event::Return => "return",
            Event::Exception => "exception",
        }
    }
}

impl Vm {
    /// `sys.settrace(func)`; `None` removes the trace function.
    pub(crate) fn set_trace(&mut self, func: Option<Value>) {
        let was = self.trace.func.is_some();
        let now = func.is_some();
        self.trace.func = func;
        if now && !was {
            self.instrumentation.tracing_threads += 1;
            // Traced code runs in tier 1: its executors go.
            self.invalidate_executors();
            self.instrument_traced_frames();
        } else if was && !now {
            self.trace_removed();
        }
    }

    /// This thread's trace function is gone: when no thread traces, the
    /// code is given its original words back.
    fn trace_removed(&mut self) {
        let n = &mut self.instrumentation.tracing_threads;
        *n = n.saturating_sub(1);
        if *n == 0 {
            self.remove_instrumentation();
        }
    }

    /// Instruments the code of the running frames that have a local trace
    /// function (set before `sys.settrace`, as debuggers do).
    fn instrument_traced_frames(&mut self) {
        let codes: Vec<_> = self
            .trace
            .frames
            .iter()
            .filter(|(_, obj)| frame_of(obj).is_some_and(|f| f.state.borrow().trace.is_some()))
            .filter_map(|(depth, _)| {
                self.frames
                    .get(depth)
                    .map(crate::object::frame::Frame::code_rc)
            })
            .collect();
        for code in codes {
            self.instrument(code);
        }
    }

    /// True while a trace function is installed on this thread (no hot
    /// spot is compiled then).
    pub(crate) fn is_tracing(&self) -> bool {
        self.trace.func.is_some()
    }

    /// The frame object of the top frame if events are reported for it.
    fn traced_top(&self) -> Option<Value> {
        self.top_frame_object().cloned()
    }

    /// The top frame's object, while a trace function is installed and
    /// not running and the frame has a local trace function.
    fn top_frame_object(&self) -> Option<&Value> {
        if self.trace.func.is_none() || self.trace.running {
            return None;
        }
        let top = self.frames.len().checked_sub(1)?;
        if !self.frames[top].has_obj {
            return None;
        }
        match self.trace.frames.top() {
            Some((d, obj))
                if d == top && frame_of(obj).is_some_and(|f| f.state.borrow().trace.is_some()) =>
            {
                Some(obj)
            }
            _ => None,
        }
    }

    /// The line of instruction `at` of the top frame.
    fn top_line(&self, at: usize) -> Option<u32> {
        self.frames.last().map(|f| f.code().code.line_for(at))
    }

    /// Calls the trace function for `event` on `frame_obj`: the global one
    /// for 'call', the frame's `f_trace` otherwise. A result other than
    /// None becomes `f_trace`; an error removes the trace function.
    fn report(&mut self, frame_obj: &Value, event: Event, line: u32, arg: Value) -> PyResult<()> {
        let Some(f) = frame_of(frame_obj) else {
            return Ok(());
        };
        let callback = match event {
            Event::Call => self.trace.func.clone(),
            _ => f.state.borrow().trace.clone(),
        };
        let Some(callback) = callback else {
            return Ok(());
        };
        {
            let mut st = f.state.borrow_mut();
            st.line = Some(line);
            st.in_event = true;
        }
        self.trace.running = true;
        let args = vec![frame_obj.clone(), Value::str(event.name()), arg];
        let r = self.call(&callback, args, &[]);
        self.trace.running = false;
        f.state.borrow_mut().in_event = false;
        self.write_back_locals(f);
        let r = match r {
            Ok(v) => {
                if !v.is_none() {
                    f.state.borrow_mut().trace = Some(v);
                }
                Ok(())
            }
            Err(e) => {
                // As CPython does: the failing trace function is removed.
                self.set_trace(None);
                f.state.borrow_mut().trace = None;
                Err(e)
            }
        };
        r
    }

    /// The 'call' event of the top frame, if it is due (it was pushed
    /// while a trace function was installed). An error leaves the frame
    /// without running its handlers.
    pub(crate) fn trace_pending_call(&mut self) -> PyResult<()> {
        match self.frames.last_mut() {
            Some(f) if f.call_pending => f.call_pending = false,
            _ => return Ok(()),
        }
        let r = self.trace_call();
        if r.is_err() {
            self.trace.exit_unwind = true;
        }
        r
    }

    /// The 'call' event of the top frame, about to run its first
    /// instruction (or to resume).
    fn trace_call(&mut self) -> PyResult<()> {
        if self.trace.running || self.trace.func.is_none() {
            return Ok(());
        }
        let Some(depth) = self.frames.len().checked_sub(1) else {
            return Ok(());
        };
        let Some(obj) = self.frame_object(depth) else {
            return Ok(());
        };
        let frame = self.frames[depth];
        let code = &frame.code().code;
        // A resumed generator continues after its `yield`, which was the
        // last line it ran; a new frame has run no line yet.
        let resumed = frame.pc.checked_sub(1);
        let line = resumed.map_or(code.first_line, |pc| code.line_for(pc));
        if let Some(f) = frame_of(&obj) {
            let mut st = f.state.borrow_mut();
            st.last_pc = resumed;
            st.last_line = resumed.map(|_| line);
            st.resync = false;
        }
        self.report(&obj, Event::Call, line, Value::none())
    }

    /// Runs before each instruction of a traced frame: reports a 'line'
    /// event when CPython would.
    #[cold]
    #[inline(never)]
    pub(crate) fn trace_instruction(&mut self, code: &CodeObj, at: usize) -> PyResult<()> {
        self.trace_pending_call()?;
        let Some(obj) = self.traced_top() else {
            return Ok(());
        };
        let Some(f) = frame_of(&obj) else {
            return Ok(());
        };
        let Some((op, arg)) = code.code.instrs.get(at).and_then(|&w| decode(w)) else {
            return Ok(());
        };
        let line = code.code.event_line(at);
        let fire = {
            let mut st = f.state.borrow_mut();
            if std::mem::take(&mut st.resync) {
                let before = at.saturating_sub(1);
                st.last_pc = Some(before);
                st.last_line = code.code.event_line(before);
            }
            if op == Opcode::RESUME {
                // No line of its own, and no step: the lines around it
                // decide.
                return Ok(());
            }
            let prev = st.last_pc.replace(at);
            // The jump that closes a loop carries the loop header's line
            // here, the last body line in CPython: either way it reports
            // nothing, and the header reports the backward jump.
            if op == Opcode::JUMP_BACKWARD && code.code.event_line(arg as usize) == line {
                return Ok(());
            }
            let backward = prev.is_some_and(|p| at < p) && op != Opcode::SEND;
            let fire = st.trace_lines && line.is_some() && (st.last_line != line || backward);
            st.last_line = line;
            fire
        };
        let (true, Some(line)) = (fire, line) else {
            return Ok(());
        };
        if let Some(fr) = self.frames.last_mut() {
            fr.pc = at + 1;
        }
        self.report(&obj, Event::Line, line, Value::none())
    }

    /// The 'return' event of the top frame, returning (or yielding) `v` at
    /// instruction `at`. An error leaves the frame without running its
    /// handlers.
    #[cold]
    #[inline(never)]
    pub(crate) fn trace_return(&mut self, at: usize, v: &Value) -> PyResult<()> {
        let r = self.report_return(at, v);
        if r.is_err() {
            self.trace.exit_unwind = true;
        }
        r
    }

    fn report_return(&mut self, at: usize, v: &Value) -> PyResult<()> {
        match (self.traced_top(), self.top_line(at)) {
            (Some(obj), Some(line)) => self.report(&obj, Event::Return, line, v.clone()),
            _ => Ok(()),
        }
    }

    /// The 'exception' event of the top frame, where instruction `at`
    /// raised `exc`.
    #[cold]
    #[inline(never)]
    pub(crate) fn trace_exception(&mut self, at: usize, exc: &Value) -> PyResult<()> {
        let (Some(obj), Some(line)) = (self.traced_top(), self.top_line(at)) else {
            return Ok(());
        };
        let arg = Value::tuple(vec![
            crate::object::types::type_value(exc),
            exc.clone(),
            Value::none(),
        ]);
        self.report(&obj, Event::Exception, line, arg)
    }

    /// The 'return' event (with None) of a traced frame an exception
    /// leaves from instruction `at` (or, for `RERAISE 1`, from where the
    /// exception entered the handler); what the trace function raises is
    /// dropped, as CPython does.
    #[cold]
    #[inline(never)]
    pub(crate) fn trace_unwind(&mut self, at: usize, restored: bool) {
        let Some(obj) = self.traced_top() else {
            return;
        };
        let at = match frame_of(&obj).and_then(|f| f.state.borrow().handler_lasti) {
            Some(pc) if restored => pc,
            _ => at,
        };
        let _ = self.report_return(at, &Value::none());
    }

    /// A generator returned `v`: when it is not None, CPython ends the
    /// iteration with `StopIteration(v)`.
    pub(crate) fn trace_returned_value(&mut self, v: &Value) {
        self.trace.stop = (!v.is_none()).then(|| {
            crate::object::error::PyErr::with_args(
                &crate::object::types::STOP_ITERATION,
                vec![v.clone()],
            )
            .into_instance()
        });
    }

    /// An iteration at instruction `at` of the top frame ended: reports the
    /// StopIteration that ended it, if one was raised.
    #[cold]
    #[inline(never)]
    pub(crate) fn trace_stop_iteration(&mut self, at: usize) -> PyResult<()> {
        match self.trace.stop.take() {
            Some(exc) => self.trace_exception(at, &exc),
            None => Ok(()),
        }
    }

    /// An exception raised at `at` in the traced top frame is entering one
    /// of its handlers; `restored` after a `RERAISE 1`, which puts the
    /// frame back where the exception entered the last handler (so the
    /// next line event compares with that line).
    #[cold]
    #[inline(never)]
    pub(crate) fn trace_handler_entered(&mut self, at: usize, restored: bool) {
        let Some(top) = self.traced_top() else {
            return;
        };
        let Some(f) = frame_of(&top) else { return };
        let mut st = f.state.borrow_mut();
        if !restored {
            st.handler_lasti = Some(at);
            return;
        }
        if let Some(pc) = st.handler_lasti {
            st.last_pc = Some(pc);
            st.last_line = f.code.code.event_line(pc);
        }
    }
}
