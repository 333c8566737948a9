//! Python-visible frame objects (`sys._getframe()`, the `frame` argument of
//! a trace function).
//!
//! A running frame is a plain [`Frame`] record on the VM's frame stack,
//! with no object behind it: most frames never need one. A frame object is
//! made on demand and tied to its record while the frame runs: the record's
//! `has_obj` flag is set and the object sits in [`FrameObjects`], a stack
//! parallel to the frames that have one. While live, `f_lineno`, `f_locals`
//! and `f_back` read the VM's state; when the frame finishes, the object
//! keeps its last line and a snapshot of its locals, as CPython's frame
//! objects outlive their frames. A generator's frame object is kept by the
//! generator between resumes, so that it is the same object (with the same
//! `f_trace`) each time the generator runs.

use crate::object::error::{PyErr, PyResult};
use crate::object::frame::Frame;
use crate::object::frame::FrameObj;
use crate::object::value::Value;
use crate::object::{DictTable, Obj, Payload};
use crate::vm::Vm;
use std::cell::RefCell;
use std::sync::Arc;

/// The frame objects of the running thread's live frames, ordered like the
/// frames they belong to (a frame record with `has_obj` set owns exactly
/// one entry).
#[derive(Default)]
pub struct FrameObjects {
    /// `(depth of the frame record, frame object)`, by depth.
    objs: Vec<(usize, Value)>,
}

impl FrameObjects {
    /// The object of the topmost frame that has one, with its depth.
    pub fn top(&self) -> Option<(usize, &Value)> {
        self.objs.last().map(|(d, v)| (*d, v))
    }

    /// `(depth, frame object)` of every live frame that has one.
    pub fn iter(&self) -> impl Iterator<Item = (usize, &Value)> {
        self.objs.iter().map(|(d, v)| (*d, v))
    }

    fn position(&self, depth: usize) -> Result<usize, usize> {
        self.objs.binary_search_by_key(&depth, |(d, _)| *d)
    }
}

/// The frame object behind a value, if it is one.
pub fn frame_of(v: &Value) -> Option<&FrameObj> {
    match v.payload() {
        Some(Payload::Frame(f)) => Some(f),
        _ => None,
    }
}

impl Vm {
    /// The frame object of the frame at `depth` in the frame stack, made
    /// (or, for a generator, taken back from it) if it has none yet.
    pub(crate) fn frame_object(&mut self, depth: usize) -> Option<Value> {
        let frame = *self.frames.get(depth)?;
        if frame.has_obj {
            let i = self.trace.frames.position(depth).ok()?;
            return self.trace.frames.objs.get(i).map(|(_, v)| v.clone());
        }
        let obj = self.generator_frame_object(&frame).unwrap_or_else(|| {
            Obj::alloc(Payload::Frame(Box::new(FrameObj::new(
                frame.code_rc(),
                frame.globals_value(),
                None,
            ))))
        });
        if let Some(f) = frame_of(&obj) {
            let mut st = f.state.borrow_mut();
            st.depth = Some(depth);
            st.locals = None;
        }
        let at = match self.trace.frames.position(depth) {
            Ok(i) | Err(i) => i,
        };
        self.trace.frames.objs.insert(at, (depth, obj.clone()));
        if let Some(f) = self.frames.get_mut(depth) {
            f.has_obj = true;
        }
        Some(obj)
    }

    /// A suspended generator's frame object, kept from its last run.
    fn generator_frame_object(&self, frame: &Frame) -> Option<Value> {
        let gen = frame.generator_value()?;
        match gen.payload() {
            Some(Payload::Generator(g)) => g.try_borrow_mut().ok()?.frame.take(),
            _ => None,
        }
    }

    /// Unties `frame`, just popped after running instruction `lasti`, from
    /// its frame object: the object keeps the frame's last line and (if
    /// anything else holds it) its locals, still in the value stack; a
    /// generator's object goes back to the generator.
    #[cold]
    #[inline(never)]
    pub(crate) fn release_frame_object(&mut self, frame: &Frame, lasti: usize) {
        let frame = *frame;
        let Some((_, obj)) = self.trace.frames.objs.pop() else {
            return;
        };
        let Some(f) = frame_of(&obj) else { return };
        {
            let mut st = f.state.borrow_mut();
            st.depth = None;
            st.in_event = false;
            st.line = Some(frame.code().code.line_for(lasti));
        }
        if let Some(gen) = frame.generator_value() {
            if let Some(Payload::Generator(g)) = gen.payload() {
                if let Ok(mut g) = g.try_borrow_mut() {
                    g.frame = Some(obj);
                }
                return;
            }
        }
        if obj.as_obj().is_some_and(|o| o.refcount() > 1) {
            // Without the frame object itself (`f = sys._getframe()`): a
            // reference cycle that reference counting would never free.
            let mut table = self.fast_locals_table(&frame);
            let own: Vec<Value> = table
                .iter()
                .filter(|(_, v)| v.is(&obj))
                .map(|(k, _)| k.clone())
                .collect();
            for k in own {
                if let Some(name) = k.as_str() {
                    table.remove(&k, crate::object::str::str_hash(name));
                }
            }
            let locals = match self.namespace_of(&frame) {
                Some(ns) => ns,
                None => Value::dict(table),
            };
            f.state.borrow_mut().locals = Some(locals);
        }
    }

    /// A dict of the named locals of a live frame: fast locals, then cell
    /// and free variables, leaving out unbound ones (`f_locals`).
    pub(crate) fn locals_dict(&self, frame: &Frame) -> Value {
        match self.namespace_of(frame) {
            Some(ns) => ns,
            None => Value::dict(self.fast_locals_table(frame)),
        }
    }

    /// The dict a module or class body keeps its variables in.
    fn namespace_of(&self, frame: &Frame) -> Option<Value> {
        if let Some(ns) = frame.locals_value() {
            return Some(ns);
        }
        // Module code keeps its variables in its globals.
        (&*frame.code().code.name == "<module>").then(|| frame.globals_value())
    }

    /// The variable names of a function frame's slots, in slot order.
    fn slot_names(code: &crate::bytecode::code::Code) -> impl Iterator<Item = &Arc<str>> {
        code.varnames
            .iter()
            .chain(code.cellvars.iter())
            .chain(code.freevars.iter())
    }

    fn fast_locals_table(&self, frame: &Frame) -> DictTable {
        let code = &frame.code().code;
        let mut table = DictTable::new();
        for (i, name) in Self::slot_names(code).enumerate() {
            let Some(v) = self.stack.get(frame.base + i) else {
                break;
            };
            let v = if i >= code.varnames.len() {
                match v.payload() {
                    Some(Payload::Cell(c)) => c.0.borrow().clone(),
                    _ => None,
                }
            } else if v.is_null() {
                None
            } else {
                Some(v.clone())
            };
            // A cell variable that is also a parameter appears once.
            let key = Value::str(name);
            let h = crate::object::str::str_hash(name);
            match v {
                Some(v) => {
                    table.insert(key, h, v);
                }
                None => {
                    table.remove(&key, h);
                }
            }
        }
        table
    }

    /// `f_locals` of a running frame: for a function, one dict per frame
    /// object, refreshed from the slots on each read.
    fn live_locals(&mut self, f: &FrameObj, fr: &Frame) -> Value {
        if let Some(ns) = self.namespace_of(fr) {
            return ns;
        }
        let table = self.fast_locals_table(fr);
        let mut st = f.state.borrow_mut();
        st.locals_read |= st.in_event;
        // The dict handed out before, refilled; a new one if it is busy.
        let cached = st
            .locals
            .as_ref()
            .and_then(|d| Some((d.clone(), d.as_dict()?)));
        if let Some((d, dd)) = cached {
            if let Ok(mut t) = dd.try_borrow_mut() {
                let old = std::mem::replace(&mut *t, table);
                drop(t);
                drop(old);
                return d;
            }
        }
        let d = Value::dict(table);
        st.locals = Some(d.clone());
        d
    }

    /// Writes what a trace function stored in the `f_locals` of a running
    /// frame back into its slots; a name it deleted becomes unbound.
    pub(crate) fn write_back_locals(&mut self, f: &FrameObj) {
        let (dict, depth) = {
            let mut st = f.state.borrow_mut();
            if !std::mem::take(&mut st.locals_read) {
                return;
            }
            match (st.locals.clone(), st.depth) {
                (Some(d), Some(depth)) => (d, depth),
                _ => return,
            }
        };
        let Some(frame) = self.frames.get(depth).copied() else {
            return;
        };
        let Some(table) = dict.as_dict() else { return };
        let code = &frame.code().code;
        for (i, name) in Self::slot_names(code).enumerate() {
            let v = table
                .borrow()
                .get(&Value::str(name), crate::object::str::str_hash(name))
                .cloned();
            let Some(slot) = self.stack.get_mut(frame.base + i) else {
                break;
            };
            if i < code.varnames.len() {
                let old = std::mem::replace(slot, v.unwrap_or_else(Value::null));
                drop(old);
            } else if let (Some(Payload::Cell(c)), Some(v)) = (slot.payload(), v) {
                let old = c.0.borrow_mut().replace(v);
                drop(old);
            }
        }
    }

    /// The record of a live frame object's frame.
    fn live_frame(&self, f: &FrameObj) -> Option<Frame> {
        let depth = f.state.borrow().depth?;
        self.frames.get(depth).copied()
    }

    /// `frame.name`.
    pub(crate) fn frame_attr(&mut self, f: &FrameObj, name: &str) -> PyResult<Option<Value>> {
        Ok(Some(match name {
            "f_code" => Obj::alloc(Payload::Code(f.code.clone())),
            "f_globals" => f.globals.clone(),
            "f_builtins" => self.builtins.clone(),
            "f_lineno" => Value::int(i64::from(self.frame_line(f))),
            "f_lasti" => {
                let pc = self.live_frame(f).map_or(0, |fr| fr.pc.saturating_sub(1));
                Value::int(2 * pc as i64)
            }
            "f_trace" => f.state.borrow().trace.clone().unwrap_or_else(Value::none),
            "f_trace_lines" => Value::bool(f.state.borrow().trace_lines),
            "f_trace_opcodes" => Value::bool(false),
            "f_locals" => match self.live_frame(f) {
                Some(fr) => self.live_locals(f, &fr),
                None => f
                    .state
                    .borrow()
                    .locals
                    .clone()
                    .unwrap_or_else(|| Value::dict(DictTable::new())),
            },
            "f_back" => {
                let depth = f.state.borrow().depth;
                match depth.and_then(|d| d.checked_sub(1)) {
                    Some(d) => self.frame_object(d).unwrap_or_else(Value::none),
                    None => Value::none(),
                }
            }
            _ => return Ok(None),
        }))
    }

    /// A generator's `gi_frame`, `gi_running`, `gi_suspended` and
    /// `gi_code`. A generator that has not finished has a frame object:
    /// the one kept from its last run, or a new one standing at the
    /// instruction it will resume at.
    pub(crate) fn generator_attr(
        &mut self,
        g: &RefCell<crate::object::generator::GenObj>,
        name: &str,
    ) -> Option<Value> {
        use crate::object::generator::GenState;
        let Ok(mut g) = g.try_borrow_mut() else {
            // Borrowed: it is running now.
            return match name {
                "gi_running" => Some(Value::bool(true)),
                "gi_suspended" => Some(Value::bool(false)),
                _ => None,
            };
        };
        Some(match name {
            "gi_running" => Value::bool(g.state == GenState::Running),
            "gi_suspended" => Value::bool(g.state == GenState::Suspended),
            "gi_code" => Obj::alloc(Payload::Code(g.code.clone())),
            "gi_frame" if g.state == GenState::Done => Value::none(),
            "gi_frame" => {
                let line = match g.state {
                    GenState::Created => g.code.code.first_line,
                    _ => g.code.code.line_for(g.pc.saturating_sub(1)),
                };
                if let Some(f) = &g.frame {
                    // Not running, so it stands where the generator waits.
                    if let Some(fo) = frame_of(f) {
                        fo.state.borrow_mut().line = Some(line);
                    }
                    return Some(f.clone());
                }
                let obj = Obj::alloc(Payload::Frame(Box::new(FrameObj::new(
                    g.code.clone(),
                    g.globals.clone(),
                    Some(line),
                ))));
                g.frame = Some(obj.clone());
                obj
            }
            _ => return None,
        })
    }

    /// `f_lineno`: the line of the event being reported, or of the
    /// instruction the frame runs (or waits in) now.
    pub(crate) fn frame_line(&self, f: &FrameObj) -> u32 {
        let st = f.state.borrow();
        if st.in_event || st.depth.is_none() {
            if let Some(line) = st.line {
                return line;
            }
        }
        match st.depth.and_then(|d| self.frames.get(d)) {
            Some(fr) => fr.code().code.line_for(fr.pc.saturating_sub(1)),
            None => f.code.code.first_line,
        }
    }

    /// `frame.name = v`.
    pub(crate) fn set_frame_attr(&mut self, f: &FrameObj, name: &str, v: Value) -> PyResult<()> {
        match name {
            "f_trace" => {
                let live = f.state.borrow().depth;
                {
                    let mut st = f.state.borrow_mut();
                    // Set by the frame's own 'call' event, the frame has
                    // run nothing yet: no resync.
                    if st.trace.is_none() && !st.in_event {
                        st.resync = true;
                    }
                    st.trace = if v.is_none() { None } else { Some(v) };
                }
                // A running frame traces from its next instruction: its
                // code must trap.
                let code = live.and_then(|d| self.frames.get(d)).map(Frame::code_rc);
                if let (Some(code), true) = (code, self.is_tracing()) {
                    self.instrument(code);
                }
                Ok(())
            }
            "f_trace_lines" => {
                f.state.borrow_mut().trace_lines = crate::protocol::ops::truthy(&v);
                Ok(())
            }
            "f_lineno" => Err(PyErr::value_error(
                "f_lineno can only be set by a trace function (not supported by Coral)",
            )),
            _ => Err(PyErr::attribute_error(format!(
                "'frame' object attribute '{name}' is read-only"
            ))),
        }
    }
}
