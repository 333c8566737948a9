//! Calling: binding arguments to parameters, entering Python frames, calling
//! builtins, and calling back into Python from Rust.
//!
//! The common call (positional arguments, no `*args`/`**kwargs`) leaves the
//! arguments where they are on the value stack and makes them the new
//! frame's first locals: no allocation. Everything else goes through
//! [`bind_args`], which implements CPython's rules and error messages.

use crate::bytecode::code::{Code, CO_GENERATOR, CO_VARARGS, CO_VARKEYWORDS};
use crate::object::code::CodeObj;
use crate::object::error::{PyErr, PyResult};
use crate::object::frame::Frame;
use crate::object::types::TypeObj;
use crate::object::types::{self};
use crate::object::value::Value;
use crate::object::{BuiltinFn, CellObj, DictTable, Function, KwArgs, Obj, Payload};
use crate::protocol::ops;
use crate::vm::Vm;
use smallvec::SmallVec;
use std::cell::RefCell;
use std::rc::Rc;

/// What a `CALL` instruction should do next.
pub(crate) enum Callee {
    /// The call finished (a builtin, a constructor, a new generator).
    Done(Value),
    /// Enter this Python frame (already laid out on the stack).
    Frame(Frame),
}

/// Lays out cells and free variables after the first `filled` locals at
/// `base`, padding the other fast locals with NULL.
pub(crate) fn setup_locals(stack: &mut Vec<Value>, code: &Code, closure: &[Value], base: usize) {
    stack.resize_with(base + code.varnames.len(), Value::null);
    for cell_arg in &code.cell_args {
        let init = cell_arg.and_then(|a| {
            let v = std::mem::replace(&mut stack[base + a as usize], Value::null());
            (!v.is_null()).then_some(v)
        });
        stack.push(Obj::alloc(Payload::Cell(CellObj(RefCell::new(init)))));
    }
    stack.extend(closure.iter().cloned());
}

/// Reads a cell, raising the CPython error for an empty one.
pub(crate) fn cell_get(cell: &Value, code: &CodeObj, arg: u32) -> PyResult<Value> {
    if let Some(Payload::Cell(c)) = cell.payload() {
        if let Some(v) = c.0.borrow().as_ref() {
            return Ok(v.clone());
        }
    }
    let c = &code.code;
    let i = arg as usize;
    if i < c.cellvars.len() {
        Err(PyErr::new(
            &types::UNBOUND_LOCAL_ERROR,
            format!(
                "cannot access local variable '{}' where it is not associated with a value",
                c.cellvars[i]
            ),
        ))
    } else {
        let name = c.freevars.get(i - c.cellvars.len()).map_or("?", |n| &**n);
        Err(PyErr::new(
            &types::NAME_ERROR,
            format!("cannot access free variable '{name}' where it is not associated with a value in enclosing scope"),
        ))
    }
}

/// Builds a function object for `MAKE_FUNCTION`; the stack holds, from the
/// bottom, the defaults tuple, the kw-defaults dict, the annotations tuple
/// (`(name, value, ...)`) and the closure tuple (each present per
/// `flags`), then the code object.
pub(crate) fn make_function(vm: &mut Vm, flags: u32, globals: &Value) -> PyResult<Value> {
    let code_v = vm.stack.pop().unwrap_or_else(Value::null);
    let closure = if flags & 4 != 0 {
        vm.stack
            .pop()
            .and_then(|t| t.as_tuple().map(<[Value]>::to_vec))
    } else {
        None
    };
    let annotations = if flags & 8 != 0 {
        annotations_dict(vm.stack.pop())?
    } else {
        Value::none()
    };
    // The dict and the tuple the code built, kept as they are.
    let kwdefaults = if flags & 2 != 0 {
        vm.stack.pop().filter(|d| d.as_dict().is_some())
    } else {
        None
    };
    let defaults = if flags & 1 != 0 {
        vm.stack.pop().filter(|t| t.as_tuple().is_some())
    } else {
        None
    };
    let Some(Payload::Code(code)) = code_v.payload() else {
        return Err(PyErr::runtime_error("MAKE_FUNCTION without code"));
    };
    let name = Value::str(&code.code.name);
    let qualname = Value::str(&code.code.qualname);
    Ok(Obj::alloc(Payload::Function(Box::new(Function {
        code: crate::object::CodeSlot::new(code.clone()),
        globals: globals.clone(),
        defaults: RefCell::new(defaults.unwrap_or_else(Value::none)),
        kwdefaults: RefCell::new(kwdefaults.unwrap_or_else(Value::none)),
        closure: closure.unwrap_or_default(),
        annotations: RefCell::new(annotations),
        name,
        qualname,
        attrs: Value::dict(crate::object::DictTable::new()),
    }))))
}

/// The `__annotations__` dict of MAKE_FUNCTION's `(name, value, ...)`
/// tuple.
#[cold]
#[inline(never)]
fn annotations_dict(pairs: Option<Value>) -> PyResult<Value> {
    let mut d = crate::object::DictTable::new();
    for kv in pairs
        .as_ref()
        .and_then(Value::as_tuple)
        .unwrap_or(&[])
        .chunks(2)
    {
        if let [k, v] = kv {
            d.insert(k.clone(), crate::protocol::ops::hash(k)?, v.clone());
        }
    }
    Ok(Value::dict(d))
}

fn qualname(f: &Function) -> &str {
    f.qualname.as_str().unwrap_or("?")
}

fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("{n} {word}")
    } else {
        format!("{n} {word}s")
    }
}

fn name_list(names: &[&str]) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    match quoted.len() {
        0 => String::new(),
        1 => quoted[0].clone(),
        2 => format!("{} and {}", quoted[0], quoted[1]),
        n => format!("{}, and {}", quoted[..n - 1].join(", "), quoted[n - 1]),
    }
}

/// Binds call arguments to a function's parameters, producing its first
/// `code.total_args()` locals.
pub(crate) fn bind_args(f: &Function, args: Vec<Value>, kwargs: &KwArgs) -> PyResult<Vec<Value>> {
    let code = &f.code.code;
    let argcount = code.argcount as usize;
    let kwonly = code.kwonlyargcount as usize;
    let posonly = code.posonlyargcount as usize;
    let has_varargs = code.flags & CO_VARARGS != 0;
    let has_varkw = code.flags & CO_VARKEYWORDS != 0;
    let nargs = args.len();
    let mut locals: Vec<Value> = (0..code.total_args()).map(|_| Value::null()).collect();

    if nargs > argcount && !has_varargs {
        let ndefaults = f.with_defaults(<[Value]>::len);
        let given_kwonly = kwargs
            .iter()
            .filter(|(k, _)| {
                code.varnames[argcount..argcount + kwonly]
                    .iter()
                    .any(|n| Some(&**n) == k.as_str())
            })
            .count();
        let takes = if ndefaults > 0 {
            // Signed: CPython prints "from -1 to 2" when `__defaults__`
            // outnumbers the parameters.
            format!(
                "from {} to {}",
                argcount as i64 - ndefaults as i64,
                argcount
            )
        } else {
            argcount.to_string()
        };
        let positional = if ndefaults == 0 && argcount == 1 {
            "positional argument"
        } else {
            "positional arguments"
        };
        let given = if given_kwonly > 0 {
            format!(
                "{} (and {} keyword-only argument{}) were given",
                plural(nargs, "positional argument"),
                given_kwonly,
                if given_kwonly == 1 { "" } else { "s" }
            )
        } else if nargs == 1 {
            "1 was given".to_owned()
        } else {
            format!("{nargs} were given")
        };
        return Err(PyErr::type_error(format!(
            "{}() takes {takes} {positional} but {given}",
            qualname(f)
        )));
    }

    let mut args = args;
    let extra = if nargs > argcount {
        args.split_off(argcount)
    } else {
        Vec::new()
    };
    for (i, a) in args.into_iter().enumerate() {
        locals[i] = a;
    }
    if has_varargs {
        locals[argcount + kwonly] = Value::tuple(extra);
    }
    let mut varkw = if has_varkw {
        Some(DictTable::new())
    } else {
        None
    };
    let mut posonly_as_kw: Vec<&str> = Vec::new();
    for (name, value) in kwargs {
        let key = name.as_str().unwrap_or("");
        let slot = code.varnames[..argcount + kwonly]
            .iter()
            .position(|n| &**n == key)
            .filter(|&i| i >= posonly);
        match slot {
            Some(i) => {
                if !locals[i].is_null() {
                    return Err(PyErr::type_error(format!(
                        "{}() got multiple values for argument '{key}'",
                        qualname(f)
                    )));
                }
                locals[i] = value.clone();
            }
            None => match varkw.as_mut() {
                Some(d) => {
                    let h = ops::hash(name)?;
                    d.insert(name.clone(), h, value.clone());
                }
                None => {
                    if code.varnames[..posonly].iter().any(|n| &**n == key) {
                        posonly_as_kw.push(key);
                        continue;
                    }
                    return Err(PyErr::type_error(format!(
                        "{}() got an unexpected keyword argument '{key}'",
                        qualname(f)
                    )));
                }
            },
        }
    }
    if !posonly_as_kw.is_empty() {
        return Err(PyErr::type_error(format!(
            "{}() got some positional-only arguments passed as keyword arguments: '{}'",
            qualname(f),
            posonly_as_kw.join(", ")
        )));
    }
    if let Some(d) = varkw {
        let at = argcount + kwonly + has_varargs as usize;
        locals[at] = Value::dict(d);
    }
    // Defaults for the trailing positional parameters.
    let mut missing: Vec<&str> = Vec::new();
    f.with_defaults(|defaults| {
        // The defaults belong to the last parameters; a `__defaults__`
        // longer than the parameters lends them its last items, as in
        // CPython (`defaults[i + n - argcount]`).
        let n = defaults.len();
        for (i, slot) in locals.iter_mut().enumerate().take(argcount) {
            if slot.is_null() {
                if i + n >= argcount {
                    *slot = defaults[i + n - argcount].clone();
                } else {
                    missing.push(&code.varnames[i]);
                }
            }
        }
    });
    if !missing.is_empty() {
        return Err(PyErr::type_error(format!(
            "{}() missing {} required positional argument{}: {}",
            qualname(f),
            missing.len(),
            if missing.len() == 1 { "" } else { "s" },
            name_list(&missing)
        )));
    }
    for (i, slot) in locals.iter_mut().enumerate().skip(argcount).take(kwonly) {
        if slot.is_null() {
            let name = &code.varnames[i];
            match f.kwdefault(name) {
                Some(v) => *slot = v,
                None => missing.push(name),
            }
        }
    }
    if !missing.is_empty() {
        return Err(PyErr::type_error(format!(
            "{}() missing {} required keyword-only argument{}: {}",
            qualname(f),
            missing.len(),
            if missing.len() == 1 { "" } else { "s" },
            name_list(&missing)
        )));
    }
    Ok(locals)
}

/// How many positional defaults `func` has, on the call path.
#[inline(always)]
fn defaults_len(func: &Function) -> usize {
    // SAFETY: the reference lives for this expression only, and nothing
    // here assigns `__defaults__` (only Python code can, through
    // `function_attr`).
    unsafe { func.defaults.try_borrow_unguarded() }
        .ok()
        .and_then(Value::as_tuple)
        .map_or(0, <[Value]>::len)
}

/// True if `func` is a plain function (no generator) that takes exactly
/// `nargs` positional arguments, defaults filling the rest: the calls the
/// eval loop enters in place.
#[inline(always)]
fn takes_positionally(func: &Function, nargs: usize) -> bool {
    let code = &func.code.code;
    let argcount = code.argcount as usize;
    code.flags & (CO_VARARGS | CO_VARKEYWORDS | CO_GENERATOR) == 0
        && code.kwonlyargcount == 0
        && nargs <= argcount
        && (nargs == argcount || nargs + defaults_len(func) >= argcount)
}

/// A native callable the eval loop calls in place, without a frame or an
/// argument vector: a builtin function (or an unbound builtin method whose
/// receiver `LOAD_METHOD` put in the self slot), or a builtin type.
#[derive(Clone, Copy)]
pub(crate) enum NativeCallee {
    /// A builtin function or method.
    Builtin(BuiltinFn),
    /// A builtin type, called to construct.
    Type(&'static TypeObj),
}

impl NativeCallee {
    /// Calls with positional arguments only.
    #[inline(always)]
    pub(crate) fn call(self, vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
        match self {
            NativeCallee::Builtin(f) => f(vm, args, &[]),
            NativeCallee::Type(t) => (t.new)(vm, t, args, &[]),
        }
    }
}

impl Vm {
    /// The common `CALL`: a Python function called with positional
    /// arguments it takes exactly (defaults allowed). The arguments become the
    /// new frame's locals where they are and the frame is pushed; returns
    /// false (touching nothing) when the call needs the general path.
    #[inline(always)]
    pub(crate) fn try_enter_simple(
        &mut self,
        stack: &mut Vec<Value>,
        n: usize,
        caller_pc: usize,
    ) -> PyResult<bool> {
        let len = stack.len();
        let callable_idx = len - n - 2;
        if let Some(Payload::Method(m)) = stack[callable_idx].payload() {
            // A bound method called as `f(...)`: unpack it into the
            // function and `self` slots, as `LOAD_METHOD` would have.
            if stack[callable_idx + 1].is_null() {
                let (func, this) = (m.func.clone(), m.this.clone());
                stack[callable_idx + 1] = this;
                stack[callable_idx] = func;
            }
        }
        let Some(Payload::Function(func)) = stack[callable_idx].payload() else {
            return Ok(false);
        };
        let code = &func.code.code;
        let has_self = !stack[callable_idx + 1].is_null();
        let nargs = n + has_self as usize;
        let argcount = code.argcount as usize;
        if !takes_positionally(func, nargs) {
            return Ok(false);
        }
        if self.frames.len() >= self.recursion_limit {
            return Err(PyErr::new(
                &types::RECURSION_ERROR,
                "maximum recursion depth exceeded",
            ));
        }
        // SAFETY: the function object stays in the value-stack slot at
        // `callable_idx` (the frame's `call_base`) until the frame returns,
        // and it owns the code and the globals.
        let Some(mut frame) = (unsafe {
            Frame::new(
                &func.code,
                &func.globals,
                None,
                len - nargs,
                callable_idx,
                false,
            )
        }) else {
            return Err(PyErr::runtime_error("function globals are not a dict"));
        };
        // SAFETY: the frame is pushed below and outlives this use; the
        // function object owning the code stays in its stack slot (moving
        // with the stack's buffer, but the object itself does not move).
        let frame_code = unsafe { frame.code_unbound() };
        let base = len - nargs;
        if nargs < argcount || frame_code.has_cells {
            // Uncommon: copy what the frame needs out of the function first.
            let defaults: Vec<Value> = if nargs < argcount {
                // `nargs + all.len() >= argcount` (`is_simple_call`); the
                // defaults may outnumber the parameters (see `bind_args`).
                func.with_defaults(|all| all[nargs + all.len() - argcount..].to_vec())
            } else {
                Vec::new()
            };
            let closure = func.closure.clone();
            stack.extend(defaults);
            setup_locals(stack, &frame_code.code, &closure, base);
        } else {
            let nlocals = frame_code.code.varnames.len();
            if nlocals > nargs {
                stack.resize_with(base + nlocals, Value::null);
            }
        }
        if let Some(f) = self.frames.last_mut() {
            f.pc = caller_pc;
        }
        frame.pc = self.entry_pc(frame_code);
        self.push_frame_unchecked(frame);
        Ok(true)
    }

    /// Where a frame entered by an in-place call starts: past its
    /// `RESUME 0` when this call would only tick the counter (saving the
    /// dispatch), at the `RESUME` itself when there is more to do (the
    /// breaker is set, the counter triggers, or the word is an
    /// `ENTER_EXECUTOR` or a `TRACE`).
    #[inline(always)]
    fn entry_pc(&self, code: &CodeObj) -> usize {
        const RESUME_0: u32 =
            crate::bytecode::instruction::encode(crate::bytecode::instruction::Opcode::RESUME, 0);
        let [first, counter, ..] = &code.instrs[..] else {
            return 0;
        };
        if first.get() != RESUME_0 || self.breaker.is_set() {
            return 0;
        }
        match crate::support::backoff::BackoffCounter::from_word(counter.get()).tick() {
            Some(c) => {
                counter.set(c.word());
                2
            }
            None => 0,
        }
    }

    /// A class call whose `__init__` is a plain Python function: creates
    /// the instance and enters `__init__` as a frame of the running loop
    /// (no Rust recursion), laid out as `instance, __init__, instance,
    /// args...`; the frame returns the instance. False (touching nothing)
    /// when the call needs the general path.
    pub(crate) fn try_enter_init(
        &mut self,
        stack: &mut Vec<Value>,
        n: usize,
        caller_pc: usize,
    ) -> PyResult<bool> {
        let len = stack.len();
        let callable_idx = len - n - 2;
        let Some(Payload::Class(class)) = stack[callable_idx].payload() else {
            return Ok(false);
        };
        if !stack[callable_idx + 1].is_null() || class.builtin_base.kind != types::TypeKind::Object
        {
            return Ok(false);
        }
        let new = crate::protocol::class::lookup(
            class,
            &crate::object::intern::intern_static("__new__").value(),
        );
        if new.is_some_and(|f| !matches!(f.payload(), Some(Payload::Builtin(_)))) {
            return Ok(false);
        }
        let Some(init) = crate::protocol::class::lookup(
            class,
            &crate::object::intern::intern_static("__init__").value(),
        ) else {
            return Ok(false);
        };
        let Some(Payload::Function(func)) = init.payload() else {
            return Ok(false);
        };
        if !takes_positionally(func, n + 1) {
            return Ok(false);
        }
        let class_v = stack[callable_idx].clone();
        let instance = crate::protocol::class::new_plain_instance(&class_v, class);
        stack[callable_idx] = instance.clone();
        stack[callable_idx + 1] = init.clone();
        stack.insert(callable_idx + 2, instance);
        if !self.try_enter_simple(stack, n, caller_pc)? {
            return Err(PyErr::runtime_error("__init__ frame could not be entered"));
        }
        if let Some(f) = self.frames.last_mut() {
            f.returns_self = true;
        }
        Ok(true)
    }

    /// Sets up a `CALL` with `n` stack arguments (the last of which are
    /// keyword values named by `kwnames`).
    pub(crate) fn prepare_call(&mut self, n: usize, kwnames: Option<Value>) -> PyResult<Callee> {
        let len = self.stack.len();
        let callable_idx = len - n - 2;
        let callable = self.stack[callable_idx].clone();
        let has_self = !self.stack[callable_idx + 1].is_null();
        let args_start = if has_self {
            callable_idx + 1
        } else {
            callable_idx + 2
        };
        if kwnames.is_none() {
            // The loop called unbound builtins and types with up to four
            // arguments itself (`NativeCallee`); what reaches here is a bound
            // builtin or a longer call: a small buffer.
            if let Some(Payload::Builtin(b)) = callable.payload() {
                let mut args: SmallVec<[Value; 8]> = SmallVec::new();
                if let Some(this) = &b.bound {
                    args.push(this.clone());
                }
                args.extend(self.stack.drain(args_start..));
                self.stack.truncate(callable_idx);
                return (b.def.func)(self, &args, &[]).map(Callee::Done);
            }
        }
        let mut args = self.stack.split_off(args_start);
        self.stack.truncate(callable_idx);
        let kwargs = split_kwargs(&mut args, kwnames.as_ref());
        self.call_or_enter(&callable, args, &kwargs)
    }

    /// Sets up a `CALL_EX` (`f(*args, **kwargs)`): flag 1, a keyword dict
    /// on top; flag 2, the positional arguments as any iterable (a lone
    /// `*x`) rather than a tuple.
    pub(crate) fn prepare_call_ex(&mut self, flags: u32) -> PyResult<Callee> {
        let kwargs = if flags & 1 != 0 {
            self.stack.pop()
        } else {
            None
        };
        let args = self.stack.pop().unwrap_or_else(Value::null);
        self.stack.pop(); // the NULL slot
        let callable = self.stack.pop().unwrap_or_else(Value::null);
        let args = match args.as_tuple() {
            Some(t) => t.to_vec(),
            None if flags & 2 != 0 => {
                crate::protocol::iterate::collect_starred(self, &args, Some(&callable))?
            }
            None => Vec::new(),
        };
        let kw: Vec<(Value, Value)> = match kwargs.as_ref().and_then(Value::as_dict) {
            Some(d) => d
                .borrow()
                .iter()
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect(),
            None => Vec::new(),
        };
        for (k, _) in &kw {
            if k.as_str().is_none() {
                return Err(PyErr::type_error("keywords must be strings"));
            }
        }
        self.call_or_enter(&callable, args, &kw)
    }

    /// Calls anything; Python functions get a frame laid out on the stack
    /// (not yet pushed) so the eval loop can enter it without recursion.
    fn call_or_enter(
        &mut self,
        callable: &Value,
        mut args: Vec<Value>,
        kwargs: &KwArgs,
    ) -> PyResult<Callee> {
        match callable.payload() {
            Some(Payload::Method(m)) => {
                args.insert(0, m.this.clone());
                let func = m.func.clone();
                return self.call_or_enter(&func, args, kwargs);
            }
            Some(Payload::Class(_)) => {
                return crate::protocol::class::call_class(self, callable, args, kwargs)
                    .map(Callee::Done);
            }
            // A `staticmethod` is callable (Python 3.10), as in a class
            // body that uses it before the class exists.
            Some(Payload::StaticMethod(func)) => {
                let func = func.clone();
                return self.call_or_enter(&func, args, kwargs);
            }
            _ => {}
        }
        if let Some(Payload::Function(func)) = callable.payload() {
            let locals = bind_args(func, args, kwargs)?;
            if func.code.code.flags & CO_GENERATOR != 0 {
                return Ok(Callee::Done(crate::vm::generator::new_generator(
                    func, locals,
                )));
            }
            // The callable goes in the slot below the locals: it owns the
            // code and globals the frame borrows (see `frame.rs`).
            let call_base = self.stack.len();
            self.stack.push(callable.clone());
            let base = call_base + 1;
            self.stack.extend(locals);
            setup_locals(&mut self.stack, &func.code.code, &func.closure, base);
            // SAFETY: the function object sits at `call_base` until the
            // frame returns or unwinds.
            let frame =
                unsafe { Frame::new(&func.code, &func.globals, None, base, call_base, false) };
            return frame
                .map(Callee::Frame)
                .ok_or_else(|| PyErr::runtime_error("function globals are not a dict"));
        }
        self.call_native(callable, args, kwargs).map(Callee::Done)
    }

    fn call_native(
        &mut self,
        callable: &Value,
        mut args: Vec<Value>,
        kwargs: &KwArgs,
    ) -> PyResult<Value> {
        match callable.payload() {
            Some(Payload::Builtin(b)) => {
                if let Some(this) = &b.bound {
                    args.insert(0, this.clone());
                }
                (b.def.func)(self, &args, kwargs)
            }
            Some(Payload::Type(t)) => (t.new)(self, t, &args, kwargs),
            _ => match crate::protocol::special::lookup_special(callable, "__call__") {
                Some(f) => {
                    args.insert(0, callable.clone());
                    self.call(&f, args, kwargs)
                }
                None => Err(PyErr::type_error(format!(
                    "'{}' object is not callable",
                    crate::object::types::type_name(callable)
                ))),
            },
        }
    }

    /// Calls any callable from Rust and returns its result.
    pub fn call(&mut self, callable: &Value, args: Vec<Value>, kwargs: &KwArgs) -> PyResult<Value> {
        match self.call_or_enter(callable, args, kwargs)? {
            Callee::Done(v) => Ok(v),
            Callee::Frame(mut frame) => {
                frame.is_entry = true;
                self.push_frame(frame)?;
                self.run_frames()
                    .map(crate::vm::eval::FrameExit::into_value)
            }
        }
    }

    /// Runs a class body (a function of no arguments) with `ns` as the
    /// namespace of its `LOAD_NAME`/`STORE_NAME`.
    pub(crate) fn call_with_namespace(&mut self, body: &Value, ns: &Value) -> PyResult<Value> {
        match self.call_or_enter(body, Vec::new(), &[])? {
            Callee::Done(v) => Ok(v),
            Callee::Frame(mut frame) => {
                frame.is_entry = true;
                // SAFETY: `ns` is borrowed for this whole call, and the
                // frame is the entry frame: it is popped before
                // `run_frames` returns.
                unsafe { frame.set_locals(ns) };
                self.push_frame(frame)?;
                self.run_frames()
                    .map(crate::vm::eval::FrameExit::into_value)
            }
        }
    }

    /// Calls with positional arguments only.
    pub fn call1(&mut self, callable: &Value, arg: Value) -> PyResult<Value> {
        self.call(callable, vec![arg], &[])
    }
}

/// Splits the trailing keyword values off `args` per `kwnames`.
fn split_kwargs(args: &mut Vec<Value>, kwnames: Option<&Value>) -> Vec<(Value, Value)> {
    let Some(names) = kwnames.and_then(Value::as_tuple) else {
        return Vec::new();
    };
    let values = args.split_off(args.len() - names.len());
    names.iter().cloned().zip(values).collect()
}

/// Runs a code object's frame built from `locals` until it returns or yields
/// (used by generators).
pub(crate) fn run_code_frame(
    vm: &mut Vm,
    code: Rc<CodeObj>,
    globals: Value,
    saved: Vec<Value>,
    pc: usize,
    generator: Value,
) -> PyResult<crate::vm::eval::FrameExit> {
    let base = vm.stack.len();
    vm.stack.extend(saved);
    // SAFETY: `code`, `globals` and `generator` are owned by this function's
    // arguments, which live until `run_frames` returns, by which time the
    // frame has been popped (it is the entry frame).
    let Some(mut frame) =
        (unsafe { Frame::new(&code, &globals, Some(&generator), base, base, true) })
    else {
        vm.stack.truncate(base);
        return Err(PyErr::runtime_error("generator globals are not a dict"));
    };
    frame.pc = pc;
    vm.push_frame(frame)?;
    vm.run_frames()
}
