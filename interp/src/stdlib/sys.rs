//! The `sys` module: argv, exit, the standard streams, the recursion limit.

use super::Namespace;
use crate::builtins::{builtin_table, no_kwargs, one_arg};
use crate::object::error::{PyErr, PyResult};
use crate::object::types::{self};
use crate::object::value::Value;
use crate::object::KwArgs;
use crate::vm::Vm;

builtin_table! {
    static FUNCTIONS = [
    "exit" => exit,
    "setrecursionlimit" => setrecursionlimit,
    "getrecursionlimit" => getrecursionlimit,
    "get_int_max_str_digits" => get_int_max_str_digits,
    "set_int_max_str_digits" => set_int_max_str_digits,
    "intern" => intern,
    "setswitchinterval" => setswitchinterval,
    "getswitchinterval" => getswitchinterval,
    "settrace" => settrace,
    "gettrace" => gettrace,
    "_getframe" => getframe,
    "exc_info" => exc_info,
    "exception" => exception,
    "__getattr__" => lazy_attr,
    ];
}

pub(super) fn init(vm: &mut Vm, ns: &mut Namespace) {
    ns.functions(&FUNCTIONS);
    let argv = vm.argv.iter().map(|a| Value::str(a)).collect();
    ns.set("argv", Value::list(argv));
    ns.set("stdout", crate::builtins::stream::stdout());
    ns.set("stderr", crate::builtins::stream::stderr());
    ns.set("maxsize", Value::int(i64::MAX));
    ns.set("maxunicode", Value::int(0x10FFFF));
    ns.set("byteorder", Value::str("little"));
    ns.set("platform", Value::str("linux"));
    ns.set("version", Value::str("3.11.7 (coral)"));
    for (name, value) in structured(vm) {
        ns.set(name, value);
    }
    ns.set("hexversion", Value::int(0x030B07F0));
    if let Ok(exe) = std::env::current_exe() {
        ns.set(
            "executable",
            Value::string(exe.to_string_lossy().into_owned()),
        );
    }
    ns.set("modules", vm.modules.clone());
    // Where imports look, script folder first ('' for `-c`), as CPython's
    // sys.path starts; imports read this list (vm/import.rs).
    let mut path: Vec<String> = Vec::new();
    for dir in &vm.search_path {
        let shown = match dir.to_string_lossy() {
            d if d == "." => String::new(),
            d => d.into_owned(),
        };
        if !path.contains(&shown) {
            path.push(shown);
        }
    }
    ns.set(
        "path",
        Value::list(path.iter().map(|p| Value::str(p)).collect()),
    );
}

fn exit(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kwargs("exit", kwargs)?;
    if args.len() > 1 {
        return Err(PyErr::type_error(format!(
            "exit expected at most 1 argument, got {}",
            args.len()
        )));
    }
    Err(PyErr::with_args(&types::SYSTEM_EXIT, args.to_vec()))
}

fn setrecursionlimit(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let v = one_arg("setrecursionlimit", args, kwargs)?;
    if v.is_float() {
        return Err(PyErr::type_error(
            "'float' object cannot be interpreted as an integer",
        ));
    }
    let n = crate::protocol::number::index_of(v)?;
    if n < 1 {
        return Err(PyErr::value_error(
            "recursion limit must be greater or equal than 1",
        ));
    }
    let depth = vm.frames.len();
    if (n as usize) <= depth {
        return Err(PyErr::new(
            &types::RECURSION_ERROR,
            format!(
                "cannot set the recursion limit to {n} at the recursion depth {depth}: the limit is too low"
            ),
        ));
    }
    vm.set_recursion_limit(n as usize);
    Ok(Value::none())
}

fn getrecursionlimit(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    crate::builtins::no_args("getrecursionlimit", args, kwargs)?;
    Ok(Value::int(vm.recursion_limit as i64))
}

fn get_int_max_str_digits(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    crate::builtins::no_args("get_int_max_str_digits", args, kwargs)?;
    Ok(Value::int(vm.int_max_str_digits as i64))
}

/// `sys.set_int_max_str_digits(maxdigits)`: 0 (no limit) or at least 640,
/// for this interpreter only.
fn set_int_max_str_digits(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let v = match (args, kwargs) {
        ([v], []) => v,
        ([], [(k, v)]) if k.as_str() == Some("maxdigits") => v,
        _ => {
            return Err(PyErr::type_error(
                "set_int_max_str_digits() takes exactly one argument (maxdigits)",
            ))
        }
    };
    let n = crate::protocol::number::index_of(v)?;
    if n != 0 && n < 640 {
        return Err(PyErr::value_error("maxdigits must be 0 or larger than 640"));
    }
    vm.int_max_str_digits = usize::try_from(n).unwrap_or(usize::MAX);
    Ok(Value::none())
}

fn intern(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let v = one_arg("intern", args, kwargs)?;
    match v.as_str() {
        Some(s) => Ok(crate::object::intern::intern(s).value()),
        None => Err(PyErr::type_error(format!(
            "intern() argument must be str, not {}",
            crate::object::types::type_name(v)
        ))),
    }
}

fn setswitchinterval(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let v = one_arg("setswitchinterval", args, kwargs)?;
    let secs = crate::protocol::ops::number_to_f64(v)?.ok_or_else(|| {
        PyErr::type_error(format!("must be real number, not {}", types::type_name(v)))
    })?;
    if secs.is_nan() || secs <= 0.0 {
        return Err(PyErr::value_error(
            "switch interval must be strictly positive",
        ));
    }
    vm.gil
        .set_switch_interval(std::time::Duration::from_secs_f64(secs.min(1e6)));
    Ok(Value::none())
}

fn getswitchinterval(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    crate::builtins::no_args("getswitchinterval", args, kwargs)?;
    Ok(Value::float(vm.gil.switch_interval().as_secs_f64()))
}

fn settrace(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let func = one_arg("settrace", args, kwargs)?;
    vm.set_trace((!func.is_none()).then(|| func.clone()));
    Ok(Value::none())
}

fn gettrace(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    crate::builtins::no_args("gettrace", args, kwargs)?;
    Ok(vm.trace.func.clone().unwrap_or_else(Value::none))
}

/// `sys._getframe([depth])`: the caller's frame object, or one `depth`
/// calls further out.
fn getframe(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kwargs("_getframe", kwargs)?;
    if args.len() > 1 {
        return Err(PyErr::type_error(format!(
            "_getframe expected at most 1 argument, got {}",
            args.len()
        )));
    }
    let depth = match args.first() {
        Some(v) => crate::protocol::number::index_of(v)?.max(0),
        None => 0,
    };
    let index = usize::try_from(depth)
        .ok()
        .and_then(|d| vm.frames.len().checked_sub(d + 1));
    match index.and_then(|i| vm.frame_object(i)) {
        Some(f) => Ok(f),
        None => Err(PyErr::value_error("call stack is not deep enough")),
    }
}

/// `version_info` and `implementation`: values with named fields, built by
/// Python code (as CPython's struct sequences behave: a tuple with
/// attributes, and a namespace).
const STRUCTURED: &str = r#"
class version_info(tuple):
    def __new__(cls, t):
        return tuple.__new__(cls, t)
    major = property(lambda self: self[0])
    minor = property(lambda self: self[1])
    micro = property(lambda self: self[2])
    releaselevel = property(lambda self: self[3])
    serial = property(lambda self: self[4])
    def __repr__(self):
        return ("sys.version_info(major=%d, minor=%d, micro=%d, "
                "releaselevel=%r, serial=%d)" % tuple(self))
version_info.__module__ = "sys"
version_info = version_info((3, 11, 7, "final", 0))

class _Implementation:
    def __init__(self, **kw):
        self.__dict__.update(kw)
    def __repr__(self):
        return "namespace(%s)" % ", ".join(
            "%s=%r" % kv for kv in self.__dict__.items())
implementation = _Implementation(name="coral", cache_tag=None,
                                 version=version_info, hexversion=0x030B07F0,
                                 _multiarch="x86_64-linux-gnu")
"#;

fn structured(vm: &mut Vm) -> Vec<(&'static str, Value)> {
    let globals = vm.new_globals("sys");
    let ran = vm.compile(STRUCTURED, "<sys>").ok().map(|code| {
        let r = vm.run_code(&code, &globals);
        vm.keep_interrupt(r)
    });
    let mut out = Vec::new();
    if let (Some(Ok(_)), Some(d)) = (ran, globals.as_dict()) {
        for name in ["version_info", "implementation"] {
            let key = Value::str(name);
            let h = crate::object::str::str_hash(name);
            if let Some(v) = d.borrow().get(&key, h) {
                out.push((name, v.clone()));
            }
        }
    }
    out
}

/// `sys.exc_info()`: `(type, value, traceback)` of the exception being
/// handled, or three Nones. (Traceback objects are not supported yet: the
/// third item is None.)
fn exc_info(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    crate::builtins::no_args("exc_info", args, kwargs)?;
    let e = vm.exc_info.clone();
    if e.is_none() {
        return Ok(Value::tuple(vec![
            Value::none(),
            Value::none(),
            Value::none(),
        ]));
    }
    Ok(Value::tuple(vec![types::type_value(&e), e, Value::none()]))
}

/// `sys.exception()`: the exception being handled, or None.
fn exception(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    crate::builtins::no_args("exception", args, kwargs)?;
    Ok(vm.exc_info.clone())
}

/// The structures few programs read, built on first use (PEP 562) so that
/// starting an interpreter does not pay for them: `float_info`,
/// `int_info`, `hash_info`.
const LAZY_STRUCTURED: &str = r#"
def _struct_seq(typename, fields, values):
    def __new__(cls, t):
        return tuple.__new__(cls, t)
    def __repr__(self):
        return "sys.%s(%s)" % (typename, ", ".join(
            "%s=%r" % pair for pair in zip(fields, self)))
    ns = {"__new__": __new__, "__repr__": __repr__, "n_fields": len(fields),
          "n_sequence_fields": len(fields), "n_unnamed_fields": 0}
    for i, f in enumerate(fields):
        ns[f] = property(lambda self, i=i: self[i])
    cls = type(typename, (tuple,), ns)
    cls.__module__ = "sys"
    return cls(values)

float_info = _struct_seq("float_info",
    ("max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig",
     "mant_dig", "epsilon", "radix", "rounds"),
    (1.7976931348623157e+308, 1024, 308, 2.2250738585072014e-308, -1021, -307,
     15, 53, 2.220446049250313e-16, 2, 1))
int_info = _struct_seq("int_info",
    ("bits_per_digit", "sizeof_digit", "default_max_str_digits",
     "str_digits_check_threshold"), (30, 4, 4300, 640))
hash_info = _struct_seq("hash_info",
    ("width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits",
     "seed_bits", "cutoff"),
    (64, 2305843009213693951, 314159, 0, 1000003, "siphash13", 64, 128, 0))
"#;

/// `sys.__getattr__` (PEP 562): builds the lazy structures into `sys`.
fn lazy_attr(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let name = one_arg("__getattr__", args, kwargs)?.clone();
    let n = name.as_str().unwrap_or("").to_owned();
    const LAZY: [&str; 3] = ["float_info", "int_info", "hash_info"];
    if !LAZY.contains(&n.as_str()) {
        return Err(PyErr::attribute_error(format!(
            "module 'sys' has no attribute '{n}'"
        )));
    }
    let globals = vm.new_globals("sys");
    let code = vm
        .compile(LAZY_STRUCTURED, "<sys>")
        .map_err(|e| PyErr::system_error(format!("sys structures: {e:?}")))?;
    vm.run_code(&code, &globals)?;
    let sys = crate::vm::import::import_name(vm, "sys", true, 0)?;
    let mut found = Value::none();
    if let Some(d) = globals.as_dict() {
        for lazy in LAZY {
            let key = Value::str(lazy);
            let h = crate::object::str::str_hash(lazy);
            let v = d.borrow().get(&key, h).cloned();
            if let Some(v) = v {
                crate::protocol::attr::setattr(vm, &sys, &key, v.clone())?;
                if lazy == n {
                    found = v;
                }
            }
        }
    }
    Ok(found)
}
