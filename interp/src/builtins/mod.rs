//! The `builtins` module: builtin functions, the builtin types as
//! constructors, and the exception classes.
//!
//! Builtin functions are immortal statics (contract 2), so every interpreter
//! shares them and calling one allocates nothing but its result.

pub(crate) mod arity;
pub mod bytes;
pub(crate) mod codec;
pub mod dict;
pub mod float;
pub mod generator;
pub mod int;
pub mod list;
pub mod methods;
pub mod numeric;
pub mod object;
pub mod property;
pub mod range;
pub mod set;
pub mod slice;
pub(crate) mod slots;
pub mod sort;
pub mod str;
pub mod str_translate;
pub mod stream;
pub(crate) mod timsort;
pub mod tuple;
pub mod r#type;

pub use crate::protocol::merge::dict_set;

use crate::object::error::{PyErr, PyResult};
use crate::object::types::{self, TypeKind, TypeObj};
use crate::object::value::Value;
use crate::object::{DictTable, IterState, KwArgs, Obj, Payload, RangeObj, SetTable, SliceObj};
use crate::protocol::ops;
use crate::protocol::repr;
use crate::vm::Vm;
use std::cell::RefCell;

pub use crate::object::builtin_table;

builtin_table! {
static FUNCTIONS = [
    "print" => print,
    "len" => len,
    "abs" => abs,
    "min" => min,
    "max" => max,
    "sum" => sum,
    "all" => all,
    "any" => any,
    "repr" => repr_fn,
    "ascii" => ascii,
    "isinstance" => isinstance,
    "issubclass" => issubclass,
    "sorted" => sorted,
    "iter" => iter,
    "next" => next,
    "divmod" => divmod,
    "pow" => numeric::pow,
    "round" => numeric::round,
    "hash" => hash,
    "ord" => ord,
    "chr" => chr,
    "hex" => hex,
    "oct" => oct,
    "bin" => bin,
    "callable" => callable,
    "getattr" => getattr,
    "setattr" => setattr,
    "hasattr" => hasattr,
    "delattr" => delattr,
    "id" => id,
    "vars" => vars,
    "dir" => dir,
    "format" => format_fn,
    "globals" => globals,
    "locals" => locals,
    "exit" => quit,
    "quit" => quit,
    "open" => open,
    "input" => unsupported_input,
    "eval" => unsupported_eval,
    "exec" => unsupported_exec,
    "compile" => unsupported_compile,
    "complex" => unsupported_complex,
    "bytearray" => unsupported_bytearray,
    "memoryview" => unsupported_memoryview,
    "__import__" => dunder_import,
    "help" => unsupported_help,
    "breakpoint" => unsupported_breakpoint,
];
}

/// Builtins CPython has and Coral does not yet: calling one says so
/// (LANGUAGE.md: outside the subset, Coral says so clearly), where a
/// missing name would be a misleading NameError.
macro_rules! unsupported_builtins {
    ($($name:literal => $func:ident),* $(,)?) => {
        $(
            fn $func(_vm: &mut Vm, _args: &[Value], _kwargs: &KwArgs) -> PyResult<Value> {
                Err(PyErr::new(
                    &types::NOT_IMPLEMENTED_ERROR,
                    concat!($name, "() is not supported by coral yet"),
                ))
            }
        )*
    };
}

/// `str(object, encoding='utf-8', errors='strict')`: decodes bytes.
fn str_decode(args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let mut object = args.first();
    let mut encoding = args.get(1);
    let mut errors = args.get(2);
    for (k, v) in kwargs {
        match k.as_str() {
            Some("object") => object = Some(v),
            Some("encoding") => encoding = Some(v),
            Some("errors") => errors = Some(v),
            other => {
                return Err(PyErr::type_error(format!(
                    "'{}' is an invalid keyword argument for str()",
                    other.unwrap_or("?")
                )))
            }
        }
    }
    let Some(object) = object else {
        return Ok(Value::str(""));
    };
    let data = object.as_bytes().ok_or_else(|| {
        PyErr::type_error(if object.as_str().is_some() {
            "decoding str is not supported".to_owned()
        } else {
            format!(
                "decoding to str: need a bytes-like object, {} found",
                types::type_name(object)
            )
        })
    })?;
    let (enc, errs) = codec::args("str", encoding, errors)?;
    codec::decode(data, enc, errs).map(Value::string)
}

/// `open()`: `io.open`, imported on first use (as CPython's builtin is
/// `io.open`).
fn open(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let io = crate::vm::import::import_name(vm, "io", true, 0)?;
    let f = crate::protocol::attr::getattr(vm, &io, &Value::str("open"))?;
    vm.call(&f, args.to_vec(), kwargs)
}

/// `__import__(name, globals=None, locals=None, fromlist=(), level=0)`:
/// the top package for `import a.b`, the module itself with a fromlist.
fn dunder_import(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    arg_count("__import__", args, 1, 5)?;
    let mut fromlist = args.get(3).cloned();
    let mut level = args.get(4).cloned();
    for (k, v) in kwargs {
        match k.as_str() {
            Some("fromlist") => fromlist = Some(v.clone()),
            Some("level") => level = Some(v.clone()),
            Some("globals" | "locals") => {}
            other => {
                return Err(PyErr::type_error(format!(
                    "__import__() got an unexpected keyword argument '{}'",
                    other.unwrap_or("?")
                )))
            }
        }
    }
    let name = args[0].as_str().ok_or_else(|| {
        PyErr::type_error(format!(
            "__import__() argument 1 must be str, not {}",
            types::type_name(&args[0])
        ))
    })?;
    let level = match level {
        Some(l) => crate::protocol::number::index_of(&l)?,
        None => 0,
    };
    if level < 0 {
        return Err(PyErr::value_error("level must be >= 0"));
    }
    let has_fromlist = match fromlist {
        Some(f) if !f.is_none() => ops::truthy_vm(vm, &f)?,
        _ => false,
    };
    crate::vm::import::import_name(vm, name, has_fromlist, level as usize)
}

unsupported_builtins! {
    "input" => unsupported_input,
    "eval" => unsupported_eval,
    "exec" => unsupported_exec,
    "compile" => unsupported_compile,
    "complex" => unsupported_complex,
    "bytearray" => unsupported_bytearray,
    "memoryview" => unsupported_memoryview,
    "help" => unsupported_help,
    "breakpoint" => unsupported_breakpoint,
}

/// `exit(code=None)` and `quit(code=None)`: what the `site` module gives
/// CPython's scripts, raising `SystemExit(code)`.
fn quit(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let mut code = args.to_vec();
    for (k, v) in kwargs.iter() {
        if k.as_str() != Some("code") {
            return Err(PyErr::type_error(format!(
                "Quitter.__call__() got an unexpected keyword argument '{}'",
                k.as_str().unwrap_or("?")
            )));
        }
        if !code.is_empty() {
            return Err(PyErr::type_error(
                "Quitter.__call__() got multiple values for argument 'code'",
            ));
        }
        code.push(v.clone());
    }
    if code.len() > 1 {
        return Err(PyErr::type_error(format!(
            "Quitter.__call__() takes from 1 to 2 positional arguments but {} were given",
            code.len() + 1
        )));
    }
    Err(PyErr::with_args(&types::SYSTEM_EXIT, code))
}

/// Builds the builtins namespace of a new interpreter.
pub fn make_builtins_dict() -> Value {
    let mut t = DictTable::new();
    let mut put = |name: &str, v: Value| {
        let key = crate::object::intern::intern(name).value();
        let h = crate::object::str::str_hash(name);
        t.insert(key, h, v);
    };
    for f in &FUNCTIONS {
        if let Payload::Builtin(b) = &f.0.payload {
            put(b.def.name, f.value());
        }
    }
    for ty in [
        &types::INT,
        &types::FLOAT,
        &types::STR,
        &types::BOOL,
        &types::LIST,
        &types::TUPLE,
        &types::DICT,
        &types::SET,
        &types::FROZENSET,
        &types::RANGE,
        &types::SLICE,
        &types::BYTES,
        &types::TYPE,
        &types::OBJECT,
        &types::ENUMERATE,
        &types::ZIP,
        &types::MAP,
        &types::FILTER,
        &types::REVERSED,
        &types::STATICMETHOD,
        &types::CLASSMETHOD,
        &types::PROPERTY,
        &types::SUPER,
    ] {
        put(ty.name, ty.value());
    }
    for ty in types::EXCEPTION_TYPES {
        put(ty.name, ty.value());
    }
    put("None", Value::none());
    put("Ellipsis", crate::object::ELLIPSIS.value());
    put("NotImplemented", crate::object::NOT_IMPLEMENTED.value());
    Value::dict(t)
}

/// The value of a keyword argument, if given.
pub fn kwarg<'a>(kwargs: &'a KwArgs, name: &str) -> Option<&'a Value> {
    kwargs
        .iter()
        .find(|(k, _)| k.as_str() == Some(name))
        .map(|(_, v)| v)
}

/// Fails unless no keyword arguments were given.
pub fn no_kwargs(name: &str, kwargs: &KwArgs) -> PyResult<()> {
    if kwargs.is_empty() {
        Ok(())
    } else {
        Err(PyErr::type_error(format!(
            "{name}() takes no keyword arguments"
        )))
    }
}

/// CPython's "f() takes exactly one argument (N given)".
pub fn one_arg<'a>(name: &str, args: &'a [Value], kwargs: &KwArgs) -> PyResult<&'a Value> {
    no_kwargs(name, kwargs)?;
    match args {
        [one] => Ok(one),
        _ => Err(PyErr::type_error(format!(
            "{name}() takes exactly one argument ({} given)",
            args.len()
        ))),
    }
}

/// CPython's "f expected N arguments, got M" family.
pub fn arg_count(name: &str, args: &[Value], min: usize, max: usize) -> PyResult<()> {
    let n = args.len();
    if n >= min && n <= max {
        return Ok(());
    }
    let plural = |k: usize| if k == 1 { "" } else { "s" };
    Err(PyErr::type_error(if min == max {
        format!("{name} expected {min} argument{}, got {n}", plural(min))
    } else if n < min {
        format!(
            "{name} expected at least {min} argument{}, got {n}",
            plural(min)
        )
    } else {
        format!(
            "{name} expected at most {max} argument{}, got {n}",
            plural(max)
        )
    }))
}

fn print(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let mut sep = " ".to_owned();
    let mut end = "\n".to_owned();
    let mut to_stderr = false;
    let mut flush = false;
    let mut file: Option<&Value> = None;
    for (k, v) in kwargs {
        let text = |what: &str| -> PyResult<Option<String>> {
            if v.is_none() {
                return Ok(None);
            }
            v.as_str().map(|s| Some(s.to_owned())).ok_or_else(|| {
                PyErr::type_error(format!(
                    "{what} must be None or a string, not {}",
                    crate::object::types::type_name(v)
                ))
            })
        };
        match k.as_str() {
            Some("sep") => {
                if let Some(s) = text("sep")? {
                    sep = s;
                }
            }
            Some("end") => {
                if let Some(s) = text("end")? {
                    end = s;
                }
            }
            Some("file") => {
                to_stderr = stream::is_stderr(v);
                if !to_stderr && !v.is_none() && !stream::is_stdout(v) {
                    file = Some(v);
                }
            }
            Some("flush") => flush = ops::truthy(v),
            other => {
                return Err(PyErr::type_error(format!(
                    "'{}' is an invalid keyword argument for print()",
                    other.unwrap_or("")
                )))
            }
        }
    }
    let mut out = String::new();
    for (i, a) in args.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        match a.as_str() {
            Some(s) => out.push_str(s),
            None => out.push_str(&repr::str(vm, a)?),
        }
    }
    out.push_str(&end);
    if let Some(f) = file {
        // Any object with `write` (a file, a StringIO): one call with the
        // whole line, then `flush()` if asked.
        let write = crate::protocol::attr::getattr(vm, f, &Value::str("write"))?;
        vm.call(&write, vec![Value::string(out)], &[])?;
        if flush {
            let fl = crate::protocol::attr::getattr(vm, f, &Value::str("flush"))?;
            vm.call(&fl, Vec::new(), &[])?;
        }
        return Ok(Value::none());
    }
    if to_stderr {
        vm.write_stderr(&out);
    } else {
        vm.write_stdout(&out)?;
        if flush {
            vm.flush()?;
        }
    }
    Ok(Value::none())
}

/// `len(v)` as a Rust integer.
pub fn len_of(v: &Value) -> PyResult<usize> {
    Ok(match v.payload() {
        Some(Payload::Str(s)) => s.char_len(),
        Some(Payload::Bytes(b)) => b.len(),
        Some(Payload::List(l)) => l.borrow().len(),
        Some(Payload::Tuple(t)) => t.len(),
        Some(Payload::Dict(d)) => d.borrow().len(),
        Some(Payload::Set(s)) => s.borrow().len(),
        Some(Payload::FrozenSet(s)) => s.len(),
        Some(Payload::Range(r)) => r.ssize_len()?,
        Some(Payload::DictView(view)) => view.dict.as_dict().map_or(0, |d| d.borrow().len()),
        _ => {
            return Err(PyErr::type_error(format!(
                "object of type '{}' has no len()",
                crate::object::types::type_name(v)
            )))
        }
    })
}

fn len(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let v = one_arg("len", args, kwargs)?;
    len_vm(vm, v).map(|n| Value::int(n as i64))
}

/// `len(v)` for any value: user-defined classes through `__len__`.
pub fn len_vm(vm: &mut Vm, v: &Value) -> PyResult<usize> {
    if types::class_of(v).is_some() {
        if let Some(n) = crate::protocol::special::len(vm, v)? {
            return Ok(n);
        }
        if let Some(base) = crate::protocol::class::builtin_data(v) {
            return len_of(base);
        }
    }
    len_of(v)
}

fn abs(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let v = one_arg("abs", args, kwargs)?;
    if types::class_of(v).is_some() {
        return crate::protocol::special::unary(vm, v, "__abs__", "abs()");
    }
    crate::protocol::number::abs(v)
}

fn min(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    sort::min_max(vm, args, kwargs, false)
}

fn max(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    sort::min_max(vm, args, kwargs, true)
}

fn sum(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let mut start = args.get(1).cloned();
    for (k, v) in kwargs {
        if k.as_str() == Some("start") {
            start = Some(v.clone());
        } else {
            return Err(PyErr::type_error(format!(
                "sum() got an unexpected keyword argument '{}'",
                k.as_str().unwrap_or("")
            )));
        }
    }
    if args.is_empty() || args.len() > 2 {
        return Err(PyErr::type_error(format!(
            "sum() takes at most 2 arguments ({} given)",
            args.len()
        )));
    }
    let mut acc = start.unwrap_or_else(|| Value::int(0));
    if acc.as_str().is_some() {
        return Err(PyErr::type_error(
            "sum() can't sum strings [use ''.join(seq) instead]",
        ));
    }
    let it = crate::protocol::iterate::get_iter(vm, &args[0])?;
    while let Some(x) = crate::protocol::iterate::next(vm, &it)? {
        acc = if let (Some(a), Some(b)) = (acc.as_small_int(), x.as_small_int()) {
            Value::int(a + b)
        } else if let (Some(a), Some(b)) = (acc.as_float(), x.as_float()) {
            Value::float(a + b)
        } else {
            ops::binary_op(vm, ops::BinOp::Add, &acc, &x)?
        };
    }
    Ok(acc)
}

fn all(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let v = one_arg("all", args, kwargs)?;
    let it = crate::protocol::iterate::get_iter(vm, v)?;
    while let Some(x) = crate::protocol::iterate::next(vm, &it)? {
        if !ops::truthy_vm(vm, &x)? {
            return Ok(Value::bool(false));
        }
    }
    Ok(Value::bool(true))
}

fn any(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let v = one_arg("any", args, kwargs)?;
    let it = crate::protocol::iterate::get_iter(vm, v)?;
    while let Some(x) = crate::protocol::iterate::next(vm, &it)? {
        if ops::truthy_vm(vm, &x)? {
            return Ok(Value::bool(true));
        }
    }
    Ok(Value::bool(false))
}

fn repr_fn(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let v = one_arg("repr", args, kwargs)?;
    repr::repr(vm, v).map(Value::string)
}

fn ascii(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let v = one_arg("ascii", args, kwargs)?;
    let r = repr::repr(vm, v)?;
    Ok(Value::string(repr::ascii_escape(&r)))
}

fn class_check(name: &str, cls: &Value, test: &dyn Fn(&Value) -> bool) -> PyResult<bool> {
    if matches!(cls.payload(), Some(Payload::Type(_) | Payload::Class(_))) {
        return Ok(test(cls));
    }
    if let Some(items) = cls.as_tuple() {
        for c in items {
            if class_check(name, c, test)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    Err(PyErr::type_error(format!(
        "{name}() arg 2 must be a type, a tuple of types, or a union"
    )))
}

fn isinstance(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kwargs("isinstance", kwargs)?;
    arg_count("isinstance", args, 2, 2)?;
    let obj = &args[0];
    class_check("isinstance", &args[1], &|c| {
        crate::protocol::class::is_instance(obj, c)
    })
    .map(Value::bool)
}

fn issubclass(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kwargs("issubclass", kwargs)?;
    arg_count("issubclass", args, 2, 2)?;
    let sub = &args[0];
    if !matches!(sub.payload(), Some(Payload::Type(_) | Payload::Class(_))) {
        return Err(PyErr::type_error("issubclass() arg 1 must be a class"));
    }
    class_check("issubclass", &args[1], &|c| {
        crate::protocol::class::is_subclass(sub, c)
    })
    .map(Value::bool)
}

fn sorted(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    if args.len() != 1 {
        return Err(PyErr::type_error(format!(
            "sorted expected 1 argument, got {}",
            args.len()
        )));
    }
    let (key, reverse) = sort::sort_options("sort", kwargs)?;
    let items = crate::protocol::iterate::collect(vm, &args[0])?;
    let sorted = sort::sort_values(vm, items, key.as_ref(), reverse)?;
    Ok(Value::list(sorted))
}

fn iter(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kwargs("iter", kwargs)?;
    arg_count("iter", args, 1, 2)?;
    if let [func, sentinel] = args {
        if !is_callable(func) {
            return Err(PyErr::type_error("iter(v, w): v must be callable"));
        }
        return Ok(crate::protocol::iterate::make_lazy(IterState::Callable {
            func: func.clone(),
            sentinel: sentinel.clone(),
        }));
    }
    crate::protocol::iterate::get_iter(vm, &args[0])
}

fn next(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kwargs("next", kwargs)?;
    arg_count("next", args, 1, 2)?;
    match crate::protocol::iterate::next_with_value(vm, &args[0])? {
        Ok(v) => Ok(v),
        Err(r) => match args.get(1) {
            Some(d) => Ok(d.clone()),
            None => Err(stop_iteration_with(r)),
        },
    }
}

/// `StopIteration(value)`, or `StopIteration()` for None.
pub fn stop_iteration_with(r: Value) -> PyErr {
    if r.is_none() {
        PyErr::stop_iteration()
    } else {
        PyErr::with_args(&types::STOP_ITERATION, vec![r])
    }
}

fn divmod(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kwargs("divmod", kwargs)?;
    arg_count("divmod", args, 2, 2)?;
    if crate::protocol::special::involves_class(&args[0], &args[1]) {
        if let Some(r) = crate::protocol::special::divmod(vm, &args[0], &args[1])? {
            return Ok(r);
        }
    }
    numeric::divmod(vm, &args[0], &args[1])
}

fn hash(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let v = one_arg("hash", args, kwargs)?;
    ops::hash_vm(vm, v).map(Value::int)
}

fn ord(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let v = one_arg("ord", args, kwargs)?;
    if let Some(b) = v.as_bytes() {
        return match b {
            [byte] => Ok(Value::int(i64::from(*byte))),
            _ => Err(PyErr::type_error(format!(
                "ord() expected a character, but string of length {} found",
                b.len()
            ))),
        };
    }
    let Some(s) = v.as_str_obj() else {
        return Err(PyErr::type_error(format!(
            "ord() expected string of length 1, but {} found",
            crate::object::types::type_name(v)
        )));
    };
    let mut chars = s.as_str().chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) => Ok(Value::int(c as i64)),
        _ => Err(PyErr::type_error(format!(
            "ord() expected a character, but string of length {} found",
            s.char_len()
        ))),
    }
}

fn chr(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let v = one_arg("chr", args, kwargs)?;
    let i = crate::protocol::number::index_of(v).map_err(|e| {
        if e.matches(&types::OVERFLOW_ERROR) {
            PyErr::overflow("Python int too large to convert to C int")
        } else {
            e
        }
    })?;
    match u32::try_from(i).ok().and_then(char::from_u32) {
        Some(c) => Ok(crate::protocol::iterate::char_value(c)),
        None if (0xD800..0xE000).contains(&i) => Err(PyErr::new(
            &types::NOT_IMPLEMENTED_ERROR,
            "lone surrogate code points are not supported by coral",
        )),
        None => Err(PyErr::value_error("chr() arg not in range(0x110000)")),
    }
}

fn hex(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    numeric::radix(one_arg("hex", args, kwargs)?, 16, "0x")
}

fn oct(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    numeric::radix(one_arg("oct", args, kwargs)?, 8, "0o")
}

fn bin(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    numeric::radix(one_arg("bin", args, kwargs)?, 2, "0b")
}

/// `callable(v)`.
pub fn is_callable(v: &Value) -> bool {
    matches!(
        v.payload(),
        Some(
            Payload::Function(_)
                | Payload::Builtin(_)
                | Payload::Type(_)
                | Payload::Class(_)
                | Payload::Method(_)
                | Payload::StaticMethod(_)
        )
    ) || crate::protocol::special::lookup_special(v, "__call__").is_some()
}

/// The running frame's local namespace: `locals()`, and `vars()`/`dir()`
/// without an argument (a snapshot dict in a function, as in CPython).
fn current_locals(vm: &Vm) -> PyResult<Value> {
    match vm.frames.last() {
        Some(f) => Ok(vm.locals_dict(f)),
        None => Err(PyErr::runtime_error("no frame is running")),
    }
}

fn locals(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_args("locals", args, kwargs)?;
    current_locals(vm)
}

fn vars(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kwargs("vars", kwargs)?;
    arg_count("vars", args, 0, 1)?;
    let Some(obj) = args.first() else {
        return current_locals(vm);
    };
    if let Some(Payload::Module(m)) = obj.payload() {
        return Ok(m.dict.clone());
    }
    match crate::protocol::attr::getattr_opt(vm, obj, &Value::str("__dict__"))? {
        Some(d) => Ok(d),
        None => Err(PyErr::type_error(
            "vars() argument must have __dict__ attribute",
        )),
    }
}

fn dir(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kwargs("dir", kwargs)?;
    arg_count("dir", args, 0, 1)?;
    let listing = match args.first() {
        None => {
            let mut names = Vec::new();
            dict_names(&current_locals(vm)?, &mut names);
            Value::list(names.iter().map(|n| Value::str(n)).collect())
        }
        Some(obj) => match crate::protocol::special::lookup_special(obj, "__dir__") {
            Some(_) => {
                let r = crate::protocol::special::call_special(vm, obj, "__dir__", &[])?
                    .unwrap_or_else(Value::none);
                Value::list(crate::protocol::iterate::collect(vm, &r)?)
            }
            None => dir_of(vm, obj)?,
        },
    };
    crate::builtins::sort::list_sort(vm, std::slice::from_ref(&listing), &[])?;
    Ok(listing)
}

fn dict_names(d: &Value, names: &mut Vec<String>) {
    if let Some(t) = d.as_dict() {
        names.extend(
            t.borrow()
                .iter()
                .filter_map(|(k, _)| k.as_str().map(str::to_owned)),
        );
    }
}

/// `object.__dir__(obj)`: the names of the instance, its class and bases.
pub(crate) fn dir_of(_vm: &mut Vm, obj: &Value) -> PyResult<Value> {
    let mut names: Vec<String> = Vec::new();
    if let Some(Payload::Module(m)) = obj.payload() {
        dict_names(&m.dict, &mut names);
    } else {
        if let Some(Payload::Instance(i)) = obj.payload() {
            if let Some(d) = &i.dict_obj {
                dict_names(d, &mut names);
            }
        }
        let class = match obj.payload() {
            Some(Payload::Class(_) | Payload::Type(_)) => obj.clone(),
            _ => types::type_value(obj),
        };
        for c in crate::protocol::class::mro_of(&class) {
            match c.payload() {
                Some(Payload::Class(c)) => {
                    names.extend(
                        c.dict
                            .borrow()
                            .iter()
                            .filter_map(|(k, _)| k.as_str().map(str::to_owned)),
                    );
                    names.extend(c.slot_names.iter().cloned());
                }
                Some(Payload::Type(t)) => names.extend(t.own_method_names().map(str::to_owned)),
                _ => {}
            }
        }
        names.push("__class__".to_owned());
        names.push("__doc__".to_owned());
    }
    names.sort();
    names.dedup();
    Ok(Value::list(names.iter().map(|n| Value::str(n)).collect()))
}

fn callable(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    Ok(Value::bool(is_callable(one_arg("callable", args, kwargs)?)))
}

fn attr_name<'a>(name: &str, v: &'a Value) -> PyResult<&'a Value> {
    if v.as_str().is_some() {
        Ok(v)
    } else {
        let _ = name;
        Err(PyErr::type_error(format!(
            "attribute name must be string, not '{}'",
            crate::object::types::type_name(v)
        )))
    }
}

fn getattr(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kwargs("getattr", kwargs)?;
    arg_count("getattr", args, 2, 3)?;
    let name = attr_name("getattr", &args[1])?;
    match args.get(2) {
        None => crate::protocol::attr::getattr(vm, &args[0], name),
        Some(d) => Ok(
            crate::protocol::attr::getattr_opt(vm, &args[0], name)?.unwrap_or_else(|| d.clone())
        ),
    }
}

fn setattr(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kwargs("setattr", kwargs)?;
    arg_count("setattr", args, 3, 3)?;
    let name = attr_name("setattr", &args[1])?;
    crate::protocol::attr::setattr(vm, &args[0], name, args[2].clone())?;
    Ok(Value::none())
}

fn delattr(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kwargs("delattr", kwargs)?;
    arg_count("delattr", args, 2, 2)?;
    let name = attr_name("delattr", &args[1])?;
    crate::protocol::attr::delattr(vm, &args[0], name)?;
    Ok(Value::none())
}

fn hasattr(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kwargs("hasattr", kwargs)?;
    arg_count("hasattr", args, 2, 2)?;
    let name = attr_name("hasattr", &args[1])?;
    Ok(Value::bool(
        crate::protocol::attr::getattr_opt(vm, &args[0], name)?.is_some(),
    ))
}

fn id(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let v = one_arg("id", args, kwargs)?;
    // Inline ints and floats have no address; their bits stand in for one.
    let id = match v.as_obj() {
        Some(o) => o as *const _ as i64,
        None => (v.bits() >> 1) as i64,
    };
    Ok(Value::int(id))
}

fn format_fn(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kwargs("format", kwargs)?;
    arg_count("format", args, 1, 2)?;
    let spec = match args.get(1) {
        Some(s) => s.as_str().ok_or_else(|| {
            PyErr::type_error(format!(
                "format() argument 2 must be str, not {}",
                crate::object::types::type_name(s)
            ))
        })?,
        None => "",
    };
    crate::protocol::format::format(vm, &args[0], spec).map(Value::string)
}

fn globals(vm: &mut Vm, _args: &[Value], _kwargs: &KwArgs) -> PyResult<Value> {
    Ok(vm
        .frames
        .last()
        .map_or_else(Value::none, crate::object::frame::Frame::globals_value))
}

/// Calling a builtin type: `int("3")`, `list(x)`, `ValueError("bad")`...
pub fn construct(
    vm: &mut Vm,
    ty: &'static TypeObj,
    args: &[Value],
    kwargs: &KwArgs,
) -> PyResult<Value> {
    match ty.kind {
        TypeKind::Int => numeric::int_new(vm, args, kwargs),
        TypeKind::Float => numeric::float_new(vm, args, kwargs),
        TypeKind::Bool => {
            no_kwargs("bool", kwargs)?;
            arg_count("bool", args, 0, 1)?;
            match args.first() {
                Some(v) => ops::truthy_vm(vm, v).map(Value::bool),
                None => Ok(Value::bool(false)),
            }
        }
        TypeKind::Str => {
            if !kwargs.is_empty() || args.len() > 1 {
                if args.len() > 3 {
                    return Err(PyErr::type_error(format!(
                        "str() takes at most 3 arguments ({} given)",
                        args.len()
                    )));
                }
                return str_decode(args, kwargs);
            }
            match args.first() {
                None => Ok(Value::str("")),
                Some(v) if v.as_str().is_some() => Ok(v.clone()),
                Some(v) => repr::str(vm, v).map(Value::string),
            }
        }
        TypeKind::List => {
            no_kwargs("list", kwargs)?;
            arg_count("list", args, 0, 1)?;
            match args.first() {
                None => Ok(Value::list(Vec::new())),
                Some(v) => crate::protocol::iterate::collect(vm, v).map(Value::list),
            }
        }
        TypeKind::Tuple => {
            no_kwargs("tuple", kwargs)?;
            arg_count("tuple", args, 0, 1)?;
            match args.first() {
                None => Ok(Value::tuple(Vec::new())),
                Some(v) if matches!(v.payload(), Some(Payload::Tuple(_))) => Ok(v.clone()),
                Some(v) => crate::protocol::iterate::collect(vm, v).map(Value::tuple),
            }
        }
        TypeKind::Dict => {
            arg_count("dict", args, 0, 1)?;
            let d = Value::dict(DictTable::new());
            if let Some(src) = args.first() {
                crate::protocol::merge::dict_update_from(vm, &d, src)?;
            }
            for (k, v) in kwargs {
                dict_set(&d, k.clone(), v.clone())?;
            }
            Ok(d)
        }
        TypeKind::Set | TypeKind::FrozenSet => {
            no_kwargs(ty.name, kwargs)?;
            arg_count(ty.name, args, 0, 1)?;
            let table = match args.first() {
                None => SetTable::new(),
                Some(v) => crate::protocol::merge::set_from_iterable(vm, v)?,
            };
            Ok(if ty.kind == TypeKind::Set {
                Obj::alloc(Payload::Set(RefCell::new(table)))
            } else {
                Obj::alloc(Payload::FrozenSet(table))
            })
        }
        TypeKind::Range => {
            no_kwargs("range", kwargs)?;
            let ints: Vec<i128> = args
                .iter()
                .map(crate::protocol::number::index_of_i128)
                .collect::<PyResult<_>>()?;
            let (start, stop, step) = match ints.as_slice() {
                [stop] => (0, *stop, 1),
                [start, stop] => (*start, *stop, 1),
                [start, stop, step] => (*start, *stop, *step),
                _ => {
                    return Err(PyErr::type_error(if args.is_empty() {
                        "range expected at least 1 argument, got 0".to_owned()
                    } else {
                        format!("range expected at most 3 arguments, got {}", args.len())
                    }))
                }
            };
            if step == 0 {
                return Err(PyErr::value_error("range() arg 3 must not be zero"));
            }
            Ok(Obj::alloc(Payload::Range(RangeObj { start, stop, step })))
        }
        TypeKind::Slice => {
            no_kwargs("slice", kwargs)?;
            arg_count("slice", args, 1, 3)?;
            let (start, stop, step) = match args {
                [stop] => (Value::none(), stop.clone(), Value::none()),
                [a, b] => (a.clone(), b.clone(), Value::none()),
                [a, b, c] => (a.clone(), b.clone(), c.clone()),
                _ => unreachable!("checked by arg_count"),
            };
            Ok(Obj::alloc(Payload::Slice(Box::new(SliceObj {
                start,
                stop,
                step,
            }))))
        }
        TypeKind::Type => {
            no_kwargs("type", kwargs)?;
            match args {
                [v] => Ok(types::type_value(v)),
                [name, bases, ns] => {
                    let (Some(name), Some(bases), Some(ns)) =
                        (name.as_str(), bases.as_tuple(), ns.as_dict())
                    else {
                        return Err(PyErr::type_error(
                            "type.__new__() argument 1 must be str, argument 2 tuple, argument 3 dict",
                        ));
                    };
                    let table = ns.borrow().clone_table();
                    let class = crate::protocol::class::new_class(name, bases.to_vec(), table)?;
                    crate::protocol::class::set_names(vm, &class, &[])?;
                    Ok(class)
                }
                _ => Err(PyErr::type_error("type() takes 1 or 3 arguments")),
            }
        }
        TypeKind::Object => {
            if !args.is_empty() || !kwargs.is_empty() {
                return Err(PyErr::type_error("object() takes no arguments"));
            }
            Ok(Obj::alloc(Payload::Instance(Box::new(
                crate::object::InstanceObj {
                    class: types::OBJECT.value(),
                    dict_obj: None,
                    slots: RefCell::new(Vec::new()),
                    base: None,
                },
            ))))
        }
        TypeKind::StaticMethod | TypeKind::ClassMethod => {
            let f = one_arg(ty.name, args, kwargs)?.clone();
            Ok(Obj::alloc(if ty.kind == TypeKind::StaticMethod {
                Payload::StaticMethod(f)
            } else {
                Payload::ClassMethod(f)
            }))
        }
        TypeKind::Property => {
            arg_count("property", args, 0, 4)?;
            let mut slots: [Value; 4] =
                std::array::from_fn(|i| args.get(i).cloned().unwrap_or_else(Value::none));
            for (k, v) in kwargs {
                let i = match k.as_str() {
                    Some("fget") => 0,
                    Some("fset") => 1,
                    Some("fdel") => 2,
                    Some("doc") => 3,
                    other => {
                        return Err(PyErr::type_error(format!(
                            "property() got an unexpected keyword argument '{}'",
                            other.unwrap_or("")
                        )))
                    }
                };
                slots[i] = v.clone();
            }
            let [fget, fset, fdel, mut doc] = slots;
            if doc.is_none() && !fget.is_none() {
                // Like CPython: the getter's docstring documents the property.
                doc = crate::protocol::attr::getattr_opt(vm, &fget, &Value::str("__doc__"))?
                    .unwrap_or_else(Value::none);
            }
            Ok(Obj::alloc(Payload::Property(Box::new(
                crate::object::PropertyObj {
                    fget,
                    fset,
                    fdel,
                    doc,
                },
            ))))
        }
        TypeKind::Super => {
            no_kwargs("super", kwargs)?;
            match args {
                [] => Err(PyErr::runtime_error("super(): no arguments")),
                [cls, obj] => crate::protocol::class_attr::new_super(cls, obj),
                _ => Err(PyErr::new(
                    &types::NOT_IMPLEMENTED_ERROR,
                    "super() with one argument is not supported by coral yet",
                )),
            }
        }
        TypeKind::Exception => {
            let import_kw = ty.is_subtype(&types::IMPORT_ERROR)
                && kwargs
                    .iter()
                    .all(|(k, _)| matches!(k.as_str(), Some("name" | "path")));
            if !kwargs.is_empty() && !import_kw {
                return Err(PyErr::type_error(format!(
                    "{}() takes no keyword arguments",
                    ty.name
                )));
            }
            let err = PyErr::with_args(ty, args.to_vec());
            for (k, v) in kwargs {
                crate::protocol::raise::set_attr(&err, k.as_str().unwrap_or("?"), v.clone());
            }
            Ok(err.into_instance())
        }
        TypeKind::IterCtor => iter_ctor(vm, ty, args, kwargs),
        TypeKind::Bytes => bytes::new(vm, args, kwargs),
        _ => Err(PyErr::type_error(format!(
            "cannot create '{}' instances",
            ty.name
        ))),
    }
}

fn iter_ctor(
    vm: &mut Vm,
    ty: &'static TypeObj,
    args: &[Value],
    kwargs: &KwArgs,
) -> PyResult<Value> {
    use crate::protocol::iterate::{get_iter, make_lazy};
    match ty.name {
        "enumerate" => {
            let mut start = args.get(1).cloned();
            let mut iterable = args.first().cloned();
            for (k, v) in kwargs {
                match k.as_str() {
                    Some("start") => start = Some(v.clone()),
                    Some("iterable") => iterable = Some(v.clone()),
                    other => {
                        return Err(PyErr::type_error(format!(
                            "'{}' is an invalid keyword argument for enumerate()",
                            other.unwrap_or("")
                        )))
                    }
                }
            }
            let Some(iterable) = iterable else {
                return Err(PyErr::type_error(
                    "enumerate() missing required argument 'iterable' (pos 1)",
                ));
            };
            let count = start.unwrap_or_else(|| Value::int(0));
            if !crate::protocol::number::is_int(&count) {
                return Err(PyErr::type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    crate::object::types::type_name(&count)
                )));
            }
            let it = get_iter(vm, &iterable)?;
            Ok(make_lazy(IterState::Enumerate { it, count }))
        }
        "zip" => {
            if let Some((k, _)) = kwargs.iter().find(|(k, _)| k.as_str() != Some("strict")) {
                return Err(PyErr::type_error(format!(
                    "'{}' is an invalid keyword argument for zip()",
                    k.as_str().unwrap_or("?")
                )));
            }
            let strict = match crate::builtins::kwarg(kwargs, "strict") {
                Some(v) => crate::protocol::ops::truthy_vm(vm, v)?,
                None => false,
            };
            let its = args
                .iter()
                .map(|a| get_iter(vm, a))
                .collect::<PyResult<Vec<_>>>()?;
            Ok(make_lazy(IterState::Zip { its, strict }))
        }
        "map" => {
            no_kwargs("map", kwargs)?;
            if args.len() < 2 {
                return Err(PyErr::type_error("map() must have at least two arguments."));
            }
            let its = args[1..]
                .iter()
                .map(|a| get_iter(vm, a))
                .collect::<PyResult<Vec<_>>>()?;
            Ok(make_lazy(IterState::Map {
                func: args[0].clone(),
                its,
            }))
        }
        "filter" => {
            no_kwargs("filter", kwargs)?;
            arg_count("filter", args, 2, 2)?;
            let it = get_iter(vm, &args[1])?;
            Ok(make_lazy(IterState::Filter {
                func: args[0].clone(),
                it,
            }))
        }
        _ => {
            no_kwargs("reversed", kwargs)?;
            arg_count("reversed", args, 1, 1)?;
            crate::protocol::iterate::reversed(vm, &args[0])
        }
    }
}

/// CPython's "f() takes no arguments (N given)".
pub fn no_args(name: &str, args: &[Value], kwargs: &KwArgs) -> PyResult<()> {
    no_kwargs(name, kwargs)?;
    if args.is_empty() {
        Ok(())
    } else {
        Err(PyErr::type_error(format!(
            "{name}() takes no arguments ({} given)",
            args.len()
        )))
    }
}

/// What a builtin class method (`int.from_bytes`, `bytes.fromhex`) makes
/// for the class it is called on: the value for the builtin type itself,
/// `cls(value)` for a subclass, as CPython does.
pub(crate) fn of_class(
    vm: &mut Vm,
    cls: &Value,
    ty: &'static types::TypeObj,
    v: Value,
) -> PyResult<Value> {
    if cls.as_type().is_some_and(|t| std::ptr::eq(t, ty)) {
        Ok(v)
    } else {
        vm.call(cls, vec![v], &[])
    }
}
