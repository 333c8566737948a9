//! Frames.
//!
//! A frame's locals and operand stack live in the interpreter's one value
//! stack (`Vm::stack`), so a call allocates nothing: the caller's arguments
//! become the callee's first locals in place. Layout of one frame, from
//! `base` up: fast locals, cells, free variables, then the operand stack.
//!
//! A `Frame` borrows its code and globals instead of counting references to
//! them: something else always owns them for longer than the frame runs.
//! For a call it is the function object in the value-stack slot at
//! `call_base`, which no instruction writes while the frame is live (and
//! which keeps a code replaced by `f.__code__ = ...` alive: `CodeSlot`). For
//! module code and generators it is the Rust function that pushed the frame
//! and is waiting in `run_frames` for it to finish. That makes a frame a
//! plain record: pushing and popping one touches no reference counts.

use crate::object::code::CodeObj;
use crate::object::value::Value;
use crate::object::{DictTable, Obj};
use std::cell::RefCell;
use std::ptr::NonNull;
use std::rc::Rc;

/// An executing (or suspended-for-a-call) Python frame.
#[derive(Clone, Copy)]
pub struct Frame {
    code: NonNull<CodeObj>,
    globals: NonNull<Obj>,
    generator: Option<NonNull<Obj>>,
    /// The namespace of a class body (`LOAD_NAME`/`STORE_NAME`), owned by
    /// the `__build_class__` call running it.
    locals: Option<NonNull<Obj>>,
    /// Next instruction to run (saved while this frame calls another).
    pub pc: usize,
    /// Index in the value stack of the first local.
    pub base: usize,
    /// Where the stack is cut back to when the frame returns (the slot of
    /// the callable, for frames entered by a call).
    pub call_base: usize,
    /// Returning from this frame returns from the Rust call that ran it.
    pub is_entry: bool,
    /// The frame runs `__init__` for a class call: returning yields the new
    /// instance, which waits in the stack slot below `call_base`.
    pub returns_self: bool,
    /// A frame object stands for this frame (`frame_object.rs`): popping
    /// the frame must untie it.
    pub has_obj: bool,
    /// The frame was pushed while a trace function was installed: its
    /// 'call' event is reported before its first instruction (`trace.rs`).
    pub call_pending: bool,
}

impl Frame {
    /// A frame running `code` with `globals` (a dict value).
    ///
    /// # Safety
    /// `code`, `globals` and `generator` must stay alive, unmoved, until the
    /// frame is popped: see the module documentation for who owns them.
    /// `code` must be the value of an `Rc<CodeObj>`, so that a frame object
    /// can share it ([`Frame::code_rc`]).
    #[inline(always)]
    pub(crate) unsafe fn new(
        code: &CodeObj,
        globals: &Value,
        generator: Option<&Value>,
        base: usize,
        call_base: usize,
        is_entry: bool,
    ) -> Option<Frame> {
        let globals = globals
            .as_obj()
            .filter(|o| matches!(o.payload, crate::object::Payload::Dict(_)))?;
        Some(Frame {
            code: NonNull::from(code),
            globals: NonNull::from(globals),
            generator: generator.and_then(Value::as_obj).map(NonNull::from),
            locals: None,
            pc: 0,
            base,
            call_base,
            is_entry,
            returns_self: false,
            has_obj: false,
            call_pending: false,
        })
    }

    /// The code being run.
    #[inline(always)]
    pub fn code(&self) -> &CodeObj {
        // SAFETY: `Frame::new`'s contract keeps the code alive while the
        // frame exists.
        unsafe { self.code.as_ref() }
    }

    /// A new reference to the code's `Rc`.
    pub fn code_rc(&self) -> Rc<CodeObj> {
        let p = self.code.as_ptr().cast_const();
        // SAFETY: `Frame::new`'s contract makes the pointer an
        // `Rc<CodeObj>`'s value, which is what `Rc::into_raw` returns, and that `Rc` keeps
        // the allocation alive while the frame exists; the strong count
        // is raised before the new `Rc` is made, so the two balance.
        unsafe {
            Rc::increment_strong_count(p);
            Rc::from_raw(p)
        }
    }

    /// The code, detached from the frame's borrow (for the eval loop, which
    /// re-derives it whenever the top frame changes).
    ///
    /// # Safety
    /// The reference must not be used after this frame is popped.
    #[inline(always)]
    pub(crate) unsafe fn code_unbound<'a>(&self) -> &'a CodeObj {
        // SAFETY: as for `code`, for as long as the caller promises.
        unsafe { &*self.code.as_ptr() }
    }

    /// The globals dict, detached like [`Frame::code_unbound`].
    ///
    /// # Safety
    /// The reference must not be used after this frame is popped.
    #[inline(always)]
    pub(crate) unsafe fn globals_unbound<'a>(&self) -> &'a RefCell<DictTable> {
        // SAFETY: `Frame::new` checked that the object is a dict, and its
        // contract keeps it alive while the frame exists.
        let obj = unsafe { &*self.globals.as_ptr() };
        match &obj.payload {
            crate::object::Payload::Dict(d) => d,
            _ => unreachable!("Frame::new only accepts dicts"),
        }
    }

    /// Gives the frame a namespace dict for `LOAD_NAME`/`STORE_NAME`.
    ///
    /// # Safety
    /// `ns` must stay alive, unmoved, until the frame is popped.
    pub(crate) unsafe fn set_locals(&mut self, ns: &Value) {
        self.locals = ns
            .as_obj()
            .filter(|_| ns.as_dict().is_some())
            .map(NonNull::from);
    }

    /// The class-body namespace, detached like [`Frame::code_unbound`].
    ///
    /// # Safety
    /// The reference must not be used after this frame is popped.
    pub(crate) unsafe fn locals_unbound<'a>(&self) -> Option<&'a RefCell<DictTable>> {
        // SAFETY: `set_locals` checked that the object is a dict, and its
        // contract keeps it alive while the frame exists.
        let obj = unsafe { &*self.locals?.as_ptr() };
        match &obj.payload {
            crate::object::Payload::Dict(d) => Some(d),
            _ => None,
        }
    }

    /// A new reference to the class-body namespace, if the frame has one.
    pub fn locals_value(&self) -> Option<Value> {
        // SAFETY: `set_locals`'s contract keeps the namespace alive.
        self.locals
            .map(|l| Value::from_obj_ref(unsafe { l.as_ref() }))
    }

    /// A new reference to the globals dict.
    pub fn globals_value(&self) -> Value {
        // SAFETY: `Frame::new`'s contract keeps the globals alive.
        Value::from_obj_ref(unsafe { self.globals.as_ref() })
    }

    /// A new reference to the generator this frame runs, if any.
    pub fn generator_value(&self) -> Option<Value> {
        // SAFETY: `Frame::new`'s contract keeps the generator alive.
        self.generator
            .map(|g| Value::from_obj_ref(unsafe { g.as_ref() }))
    }

    /// Index of the operand stack's bottom.
    #[inline(always)]
    pub fn stack_base(&self) -> usize {
        self.base + self.code().code.nlocalsplus()
    }
}

/// A frame object.
pub struct FrameObj {
    /// `f_code`.
    pub code: Rc<CodeObj>,
    /// `f_globals`.
    pub globals: Value,
    /// What changes while the frame runs and is traced.
    pub state: RefCell<FrameState>,
}

impl FrameObj {
    /// A frame object for `code` that no running frame holds yet, standing
    /// at `line` (None: the line of the frame it is attached to).
    pub fn new(code: Rc<CodeObj>, globals: Value, line: Option<u32>) -> FrameObj {
        FrameObj {
            code,
            globals,
            state: RefCell::new(FrameState {
                depth: None,
                trace: None,
                trace_lines: true,
                line,
                in_event: false,
                last_pc: None,
                last_line: None,
                resync: true,
                handler_lasti: None,
                locals: None,
                locals_read: false,
            }),
        }
    }
}

/// The mutable part of a frame object.
pub struct FrameState {
    /// Index of the frame's record in the VM's frame stack while it runs
    /// (or is suspended in a call); `None` once it has returned or while a
    /// generator is suspended.
    pub depth: Option<usize>,
    /// `f_trace`: the local trace function.
    pub trace: Option<Value>,
    /// `f_trace_lines`: whether 'line' events are reported.
    pub trace_lines: bool,
    /// The line a trace event is being reported for (the event's
    /// `f_lineno`), or the last line once the frame is not running.
    pub line: Option<u32>,
    /// Whether a trace event for this frame is running now.
    pub in_event: bool,
    /// The last instruction traced in this frame, and its line: a 'line'
    /// event fires when the line changes or control jumps backward.
    pub last_pc: Option<usize>,
    /// The line of `last_pc`.
    pub last_line: Option<u32>,
    /// The frame ran untraced since `last_pc` (it got its frame object or
    /// its `f_trace` while running): the instruction before the next one
    /// traced stands in for the last one run.
    pub resync: bool,
    /// The instruction whose exception last entered one of the frame's
    /// handlers (where `RERAISE 1` puts the frame back).
    pub handler_lasti: Option<usize>,
    /// `f_locals`: the dict handed out while the frame runs (refreshed on
    /// each read), kept with the frame's last locals once it has finished.
    pub locals: Option<Value>,
    /// `f_locals` was read during the trace event running now: what the
    /// trace function wrote into it goes back into the frame (CPython
    /// 3.11's `PyFrame_LocalsToFast`).
    pub locals_read: bool,
}
