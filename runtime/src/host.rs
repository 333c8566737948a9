//! What the runtime adds to each interpreter: the native module
//! `_interpreters` and, on top of it, `concurrent.interpreters` written in
//! Python (`lib/concurrent/interpreters.py`), as CPython 3.14 splits them.
//!
//! Python objects for interpreters and queues hold a native handle: an
//! [`InterpHandle`] (owning for interpreters this one created, so the
//! interpreter closes when the object goes, like CPython's) or a [`Queue`].

use crate::error::Error;
use crate::interpreter::{self, CallTarget, Interpreter, InterpreterConfig, Shared};
use crate::queue::{Queue, QueueError};
use crate::runtime::RuntimeInner;
use crate::share;
use crate::worker;
use coral_interp::api::ModuleInit;
use coral_interp::api::Namespace;
use coral_interp::api::{arg_count, builtin_table, kwarg, one_arg};
use coral_interp::api::{KwArgs, Obj, Payload};
use coral_interp::{PyErr, PyResult, Value, Vm};
use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;

/// Native modules every runtime interpreter has.
pub(crate) static NATIVE_MODULES: &[(&str, ModuleInit)] = &[("_interpreters", init)];

/// Python modules every runtime interpreter has.
pub(crate) static PYTHON_MODULES: &[(&str, &str)] = &[
    (
        "concurrent",
        "\"\"\"Concurrent execution (Coral ships `interpreters`).\"\"\"\n",
    ),
    (
        "concurrent.interpreters",
        include_str!("lib/concurrent/interpreters.py"),
    ),
];

/// The runtime's state inside one interpreter.
pub(crate) struct HostCtx {
    me: Arc<Shared>,
    runtime: Arc<RuntimeInner>,
    classes: RefCell<Option<Classes>>,
    /// Other interpreters' main scripts run here, by path: the globals
    /// they left, or the exception that stopped them (never run twice).
    main_scripts: RefCell<HashMap<String, Result<Value, Value>>>,
}

/// The classes `concurrent.interpreters` registers, so native code can
/// raise its exceptions and recognise its queues.
#[derive(Clone)]
struct Classes {
    interpreter_error: Value,
    not_found: Value,
    not_shareable: Value,
    queue_empty: Value,
    queue_full: Value,
    queue: Value,
}

impl HostCtx {
    pub(crate) fn new(me: Arc<Shared>, runtime: Arc<RuntimeInner>) -> HostCtx {
        HostCtx {
            me,
            runtime,
            classes: RefCell::new(None),
            main_scripts: RefCell::new(HashMap::new()),
        }
    }
}

/// An interpreter as Python code holds it.
struct InterpHandle {
    shared: Arc<Shared>,
    /// Present if this object owns the interpreter (it made it).
    _owner: Option<Interpreter>,
}

builtin_table! {
    static FUNCTIONS = [
    "_register" => register,
    "create" => create,
    "destroy" => destroy,
    "list_all" => list_all,
    "get_current" => get_current,
    "get_main" => get_main,
    "lookup" => lookup,
    "id_of" => id_of,
    "is_running" => is_running,
    "exec" => exec,
    "call" => call,
    "set___main___attrs" => set_main_attrs,
    "is_shareable" => is_shareable,
    "queue_create" => queue_create,
    "queue_put" => queue_put,
    "queue_get" => queue_get,
    "queue_size" => queue_size,
    "queue_maxsize" => queue_maxsize,
    "queue_id" => queue_id,
    "_test_panic" => test_panic,
    ];
}

fn init(_vm: &mut Vm, ns: &mut Namespace) {
    ns.functions(&FUNCTIONS);
}

fn ctx(vm: &Vm) -> PyResult<&HostCtx> {
    vm.host::<HostCtx>()
        .ok_or_else(|| PyErr::runtime_error("_interpreters needs a Coral runtime"))
}

fn classes(vm: &Vm) -> PyResult<Classes> {
    ctx(vm)?
        .classes
        .borrow()
        .clone()
        .ok_or_else(|| PyErr::runtime_error("concurrent.interpreters is not initialised"))
}

/// Raises an instance of one of the registered exception classes.
fn raise(vm: &mut Vm, pick: fn(&Classes) -> &Value, msg: String) -> PyErr {
    match classes(vm) {
        Ok(c) => match vm.call(pick(&c), vec![Value::string(msg)], &[]) {
            Ok(inst) => PyErr::from_instance(inst),
            Err(e) => e,
        },
        Err(e) => e,
    }
}

/// The Python exception for a runtime error.
fn py_error(vm: &mut Vm, e: Error) -> PyErr {
    match e {
        Error::Closed(id) => raise(
            vm,
            |c| &c.not_found,
            format!("unrecognized interpreter ID {id}"),
        ),
        Error::Running(_) => raise(vm, |c| &c.interpreter_error, "interpreter running".into()),
        Error::NotShareable(share::NotShareable::TooDeep) => PyErr::new(
            &coral_interp::api::types::RECURSION_ERROR,
            share::NotShareable::TooDeep.to_string(),
        ),
        Error::NotShareable(n) => raise(vm, |c| &c.not_shareable, n.to_string()),
        Error::Forbidden(msg) => PyErr::runtime_error(msg),
        other => raise(vm, |c| &c.interpreter_error, other.to_string()),
    }
}

fn register(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    coral_interp::api::no_kwargs("_register", kwargs)?;
    arg_count("_register", args, 6, 6)?;
    let c = Classes {
        interpreter_error: args[0].clone(),
        not_found: args[1].clone(),
        not_shareable: args[2].clone(),
        queue_empty: args[3].clone(),
        queue_full: args[4].clone(),
        queue: args[5].clone(),
    };
    *ctx(vm)?.classes.borrow_mut() = Some(c);
    Ok(Value::none())
}

fn handle(v: &Value) -> PyResult<Arc<Shared>> {
    match v.payload() {
        Some(Payload::Handle(h)) => h.downcast_ref::<InterpHandle>().map(|h| h.shared.clone()),
        _ => None,
    }
    .ok_or_else(|| PyErr::type_error("expected an interpreter handle"))
}

fn new_handle(shared: Arc<Shared>, owner: Option<Interpreter>) -> Value {
    Obj::alloc(Payload::Handle(Box::new(InterpHandle {
        shared,
        _owner: owner,
    })))
}

fn create(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    coral_interp::api::no_args("create", args, kwargs)?;
    let (allowed, rt, search) = {
        let c = ctx(vm)?;
        (
            c.me.config.allow_subinterpreters,
            c.runtime.clone(),
            c.me.config.search_path.clone(),
        )
    };
    if !allowed {
        return Err(PyErr::runtime_error(
            "interpreter creation is not allowed here (allow_subinterpreters is off)",
        ));
    }
    let config = InterpreterConfig {
        search_path: search,
        ..rt.config.subinterpreter.clone()
    };
    let interp = crate::runtime::spawn(&rt, config).map_err(|e| py_error(vm, e))?;
    Ok(new_handle(interp.shared().clone(), Some(interp)))
}

fn destroy(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let shared = handle(one_arg("destroy", args, kwargs)?)?;
    let r = vm.allow_threads(move || interpreter::close(&shared));
    r.map_err(|e| py_error(vm, e))?;
    Ok(Value::none())
}

fn list_all(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    coral_interp::api::no_args("list_all", args, kwargs)?;
    let ids = ctx(vm)?.runtime.ids();
    Ok(Value::list(
        ids.into_iter().map(|i| Value::int(i.0 as i64)).collect(),
    ))
}

fn get_current(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    coral_interp::api::no_args("get_current", args, kwargs)?;
    Ok(Value::int(ctx(vm)?.me.id.0 as i64))
}

fn get_main(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    coral_interp::api::no_args("get_main", args, kwargs)?;
    Ok(Value::int(0))
}

/// `lookup(id)`: a non-owning handle to a live interpreter.
fn lookup(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let id = one_arg("lookup", args, kwargs)?
        .as_small_int()
        .ok_or_else(|| PyErr::type_error("interpreter ID must be an int"))?;
    let found = u64::try_from(id).ok().and_then(|id| {
        ctx(vm)
            .ok()?
            .runtime
            .registry
            .get(&crate::InterpreterId(id))
            .map(|e| e.value().clone())
    });
    match found {
        Some(shared) => Ok(new_handle(shared, None)),
        None => Err(raise(
            vm,
            |c| &c.not_found,
            format!("unrecognized interpreter ID {id}"),
        )),
    }
}

fn id_of(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    Ok(Value::int(
        handle(one_arg("id_of", args, kwargs)?)?.id.0 as i64,
    ))
}

fn is_running(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let shared = handle(one_arg("is_running", args, kwargs)?)?;
    if shared.closed.load(std::sync::atomic::Ordering::Acquire) {
        return Err(py_error(vm, Error::Closed(shared.id)));
    }
    let me = ctx(vm)?.me.id == shared.id;
    Ok(Value::bool(
        me || shared.running.load(std::sync::atomic::Ordering::Acquire),
    ))
}

/// The excinfo tuple `concurrent.interpreters` turns into `ExecutionFailed`.
fn excinfo_value(info: &crate::ExcInfo) -> Value {
    Value::tuple(vec![
        Value::str(&info.type_name),
        Value::str(&info.type_module),
        Value::str(&info.message),
        Value::str(&info.traceback),
    ])
}

/// Waits for a job's reply with the GIL released; a Python exception in
/// the job comes back as an excinfo tuple in `Err`.
fn finish<T: Send>(
    vm: &mut Vm,
    pending: Result<interpreter::Pending<T>, Error>,
) -> PyResult<Result<T, Value>> {
    let pending = pending.map_err(|e| py_error(vm, e))?;
    match vm.allow_threads(move || pending.wait()) {
        Ok(v) => Ok(Ok(v)),
        Err(Error::Exception(info)) => Ok(Err(excinfo_value(&info))),
        Err(e) => Err(py_error(vm, e)),
    }
}

/// Runs `f` in this very interpreter (a handle to the current one).
fn is_me(vm: &Vm, shared: &Shared) -> bool {
    ctx(vm).is_ok_and(|c| c.me.id == shared.id)
}

/// `exec(handle, source)`: None, or the excinfo of the exception it raised.
fn exec(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    coral_interp::api::no_kwargs("exec", kwargs)?;
    arg_count("exec", args, 2, 2)?;
    let shared = handle(&args[0])?;
    let source = args[1]
        .as_str()
        .ok_or_else(|| PyErr::type_error("exec() expects source code as a str"))?
        .to_owned();
    if is_me(vm, &shared) {
        return match vm.exec_main(&source, "<string>") {
            Ok(()) => Ok(Value::none()),
            Err(e) => Ok(excinfo_value(&worker::excinfo(vm, &e))),
        };
    }
    let pending = interpreter::submit(&shared, |reply| interpreter::Job::Exec {
        source,
        filename: "<string>".into(),
        reply,
    });
    Ok(match finish(vm, pending)? {
        Ok(()) => Value::none(),
        Err(info) => info,
    })
}

/// How a callable travels, as in CPython 3.14: by name for what the target
/// can import; a *stateless* function of the caller's `__main__` (no
/// defaults, closure or module globals but builtins) by its code, rebuilt
/// over the target's `__main__`; any other function of `__main__` by name,
/// found in the target's `__main__` or else in the main script run there
/// once (see [`main_script`]).
fn call_target(vm: &mut Vm, f: &Value) -> PyResult<CallTarget> {
    let not_shareable = |vm: &mut Vm, what: &str| {
        raise(
            vm,
            |c| &c.not_shareable,
            format!("{what} cannot be called in another interpreter"),
        )
    };
    match f.payload() {
        Some(Payload::Function(func)) => {
            if !func.closure.is_empty() {
                return Err(not_shareable(vm, "a closure"));
            }
            let module =
                global(&func.globals, "__name__").and_then(|m| m.as_str().map(str::to_owned));
            let qualname = func.qualname.as_str().unwrap_or("").to_owned();
            let mut stateful = || {
                let (names, writes) = func.code.code.global_names();
                let has_defaults =
                    func.with_defaults(|d| !d.is_empty()) || !func.kwdefaults.borrow().is_none();
                writes || has_defaults || !names.iter().all(|n| is_builtin(vm, n))
            };
            match module.as_deref() {
                // A function defined at the top of the script or in one of
                // its classes can be found by name (not a lambda or a
                // nested function: those travel as code, as before).
                Some("__main__") if !qualname.contains('<') && stateful() => {
                    Ok(CallTarget::MainByName {
                        qualname,
                        script: main_script_path(vm),
                    })
                }
                Some("__main__") | None => {
                    let queue_of = queue_of(vm);
                    let defaults: Vec<Value> = func.with_defaults(<[Value]>::to_vec);
                    let defaults = defaults
                        .iter()
                        .map(|d| share::to_shareable(d, &*queue_of))
                        .collect::<Result<_, _>>();
                    let defaults = defaults.map_err(|e| py_error(vm, e.into()))?;
                    Ok(CallTarget::Code {
                        code: func.code.code.clone(),
                        defaults,
                    })
                }
                Some(m) => Ok(CallTarget::Import {
                    module: m.to_owned(),
                    qualname,
                }),
            }
        }
        Some(Payload::Builtin(b)) if b.bound.is_none() => Ok(CallTarget::Import {
            module: "builtins".into(),
            qualname: b.def.name.to_owned(),
        }),
        // Builtin types are immortal and the same in every interpreter.
        Some(Payload::Type(t)) => Ok(CallTarget::Import {
            module: "builtins".into(),
            qualname: t.name.to_owned(),
        }),
        _ => {
            let what = format!("a '{}' object", coral_interp::api::type_name(f));
            Err(not_shareable(vm, &what))
        }
    }
}

/// The globals of the main script at `path` run in this interpreter, as
/// CPython 3.14 runs it to find a `__main__` function another interpreter
/// sent by name: once per interpreter, under the module name
/// `<fake __main__>` so that `if __name__ == "__main__":` blocks stay
/// quiet. A failure is kept and raised again on every later call.
pub(crate) fn main_script(vm: &mut Vm, path: &str) -> PyResult<Value> {
    let done = ctx(vm)?.main_scripts.borrow().get(path).cloned();
    let result = match done {
        Some(done) => done,
        None => {
            let result = run_main_script(vm, path).map_err(PyErr::into_instance);
            ctx(vm)?
                .main_scripts
                .borrow_mut()
                .insert(path.to_owned(), result.clone());
            result
        }
    };
    result.map_err(PyErr::from_instance)
}

fn run_main_script(vm: &mut Vm, path: &str) -> PyResult<Value> {
    let source = std::fs::read_to_string(path)
        .map_err(|e| PyErr::runtime_error(format!("cannot read the main script {path}: {e}")))?;
    let code = vm
        .compile(&source, path)
        .map_err(|e| coral_interp::api::compile_error_to_exception(&e, path))?;
    let globals = vm.new_globals("<fake __main__>");
    coral_interp::api::dict_set(&globals, Value::str("__file__"), Value::str(path))?;
    vm.run_code(&code, &globals)?;
    Ok(globals)
}

/// True if `name` is a builtin (`len`, `print`, `ValueError`...).
fn is_builtin(vm: &mut Vm, name: &str) -> bool {
    coral_interp::api::import_name(vm, "builtins", true, 0)
        .and_then(|b| coral_interp::api::getattr(vm, &b, &Value::str(name)))
        .is_ok()
}

/// The `__file__` of this interpreter's `__main__`: the script to run in
/// another interpreter to find its functions there.
fn main_script_path(vm: &mut Vm) -> Option<String> {
    global(&vm.main_globals(), "__file__")?
        .as_str()
        .map(str::to_owned)
}

/// The value of `name` in a module's globals dict, if bound.
pub(crate) fn global(globals: &Value, name: &str) -> Option<Value> {
    let key = Value::str(name);
    let h = coral_interp::api::str_hash(name);
    globals.as_dict()?.borrow().get(&key, h).cloned()
}

/// `call(handle, callable, args, kwargs)`: `(result, None)` or
/// `(None, excinfo)`.
fn call(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    coral_interp::api::no_kwargs("call", kwargs)?;
    arg_count("call", args, 4, 4)?;
    let shared = handle(&args[0])?;
    let target = call_target(vm, &args[1])?;
    let mut shared_args = Vec::new();
    for a in args[2].as_tuple().unwrap_or(&[]) {
        shared_args.push(share_out(vm, a)?);
    }
    let mut shared_kwargs = Vec::new();
    for (k, v) in args[3].dict_pairs() {
        let k = k.as_str().unwrap_or("").to_owned();
        shared_kwargs.push((k, share_out(vm, &v)?));
    }
    let pending = interpreter::submit(&shared, |reply| interpreter::Job::Call {
        target,
        args: shared_args,
        kwargs: shared_kwargs,
        reply,
    });
    Ok(match finish(vm, pending)? {
        Ok(result) => {
            let v = share::to_value(vm, &result, &REBUILD)?;
            Value::tuple(vec![v, Value::none()])
        }
        Err(info) => Value::tuple(vec![Value::none(), info]),
    })
}

fn set_main_attrs(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    coral_interp::api::no_kwargs("set___main___attrs", kwargs)?;
    arg_count("set___main___attrs", args, 2, 2)?;
    let shared = handle(&args[0])?;
    let queue_of = queue_of(vm);
    let mut vars = Vec::new();
    if let Some(d) = args[1].as_dict() {
        for (k, v) in d.borrow().iter() {
            let k = k.as_str().unwrap_or("").to_owned();
            // Like CPython, no copying fallback here: only strictly
            // shareable objects, and nothing is bound if one is not.
            if !share::is_shareable(v, &*queue_of) {
                let n = share::NotShareable::Type(coral_interp::api::type_name(v).to_owned());
                drop(queue_of);
                return Err(py_error(vm, n.into()));
            }
            match share::to_shareable(v, &*queue_of) {
                Ok(v) => vars.push((k, v)),
                Err(e) => return Err(py_error(vm, e.into())),
            }
        }
    }
    drop(queue_of);
    let pending = interpreter::submit(&shared, |reply| interpreter::Job::SetMain { vars, reply });
    match finish(vm, pending)? {
        Ok(()) => Ok(Value::none()),
        Err(_excinfo) => Err(raise(
            vm,
            |c| &c.interpreter_error,
            "prepare_main failed".into(),
        )),
    }
}

fn is_shareable(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let v = one_arg("is_shareable", args, kwargs)?;
    let queue_of = queue_of(vm);
    Ok(Value::bool(share::is_shareable(v, &*queue_of)))
}

/// A recogniser of queue objects.
pub(crate) type QueueOfFn = dyn Fn(&Value) -> Option<Queue>;

/// The recogniser of queue objects for this interpreter.
pub(crate) fn queue_of(vm: &Vm) -> Box<QueueOfFn> {
    let class = classes(vm).ok().map(|c| c.queue);
    Box::new(move |v: &Value| {
        let class = class.as_ref()?;
        let Some(Payload::Instance(i)) = v.payload() else {
            return None;
        };
        if !i.class.is(class) {
            return None;
        }
        let dict = i.dict_obj.as_ref()?.as_dict()?;
        let key = Value::str("_h");
        let h = coral_interp::api::str_hash("_h");
        let hv = dict.borrow().get(&key, h).cloned()?;
        queue_handle(&hv).ok()
    })
}

/// How this runtime rebuilds queues and pickles in an interpreter.
pub(crate) static REBUILD: share::Rebuild = share::Rebuild {
    make_queue,
    unpickle,
};

/// Copies `v` out of this interpreter: natively when it is shareable, else
/// as a pickle (CPython 3.14's fallback); a value pickle refuses is
/// `NotShareableError` with pickle's reason.
pub(crate) fn share_out(vm: &mut Vm, v: &Value) -> PyResult<share::Shareable> {
    share_value(vm, v).map_err(|e| py_error(vm, e))
}

/// [`share_out`] with the error as the embedding API's.
pub(crate) fn share_value(vm: &mut Vm, v: &Value) -> Result<share::Shareable, Error> {
    let queue_of = queue_of(vm);
    let native = share::to_shareable(v, &*queue_of);
    drop(queue_of);
    match native {
        Err(share::NotShareable::Type(_)) => {}
        other => return Ok(other?),
    }
    let pickled = coral_interp::api::import_name(vm, "pickle", true, 0)
        .and_then(|m| coral_interp::api::getattr(vm, &m, &Value::str("dumps")))
        .and_then(|dumps| vm.call(&dumps, vec![v.clone()], &[]));
    match pickled {
        Ok(b) => Ok(share::Shareable::Pickled {
            data: b.as_bytes().unwrap_or(&[]).to_vec(),
            script: script_of(vm),
        }),
        Err(e) => {
            let msg = coral_interp::api::to_str(vm, e.instance()).unwrap_or_default();
            Err(share::NotShareable::Pickling(msg).into())
        }
    }
}

/// The main script whose `__main__` names pickles made here refer to: this
/// interpreter's own, or the one it ran as `<fake __main__>`.
fn script_of(vm: &mut Vm) -> Option<String> {
    main_script_path(vm).or_else(|| {
        let c = ctx(vm).ok()?;
        let scripts = c.main_scripts.borrow();
        scripts.keys().next().cloned()
    })
}

/// `pickle.loads` for a pickle from another interpreter: a `__main__` name
/// missing here is found in that interpreter's main script, run here once.
fn unpickle(vm: &mut Vm, data: &[u8], script: Option<&str>) -> PyResult<Value> {
    let pickle = coral_interp::api::import_name(vm, "pickle", true, 0)?;
    let loads = coral_interp::api::getattr(vm, &pickle, &Value::str("_loads_xi"))?;
    let fallback = match script {
        Some(path) => Obj::alloc(Payload::Builtin(coral_interp::api::BuiltinObj {
            def: &MAIN_NAMESPACE,
            bound: Some(Value::str(path)),
        })),
        None => Value::none(),
    };
    vm.call(&loads, vec![Value::bytes(data.to_vec()), fallback], &[])
}

static MAIN_NAMESPACE: coral_interp::api::BuiltinDef = coral_interp::api::BuiltinDef {
    name: "main_namespace",
    func: main_namespace,
    kind: coral_interp::api::BuiltinKind::Function,
};

/// The globals of the main script at the bound path, run here once.
fn main_namespace(vm: &mut Vm, args: &[Value], _kwargs: &KwArgs) -> PyResult<Value> {
    let path = args
        .first()
        .and_then(Value::as_str)
        .ok_or_else(|| PyErr::type_error("main_namespace needs the script's path"))?
        .to_owned();
    main_script(vm, &path)
}

/// Builds the Python `Queue` object for a shared queue.
pub(crate) fn make_queue(vm: &mut Vm, q: &Queue) -> PyResult<Value> {
    let class = match classes(vm) {
        Ok(c) => c.queue,
        Err(_) => {
            let m = coral_interp::api::import_name(vm, "concurrent.interpreters", true, 0)?;
            coral_interp::api::getattr(vm, &m, &Value::str("Queue"))?
        }
    };
    let h = Obj::alloc(Payload::Handle(Box::new(q.clone())));
    vm.call(&class, vec![h], &[])
}

fn queue_handle(v: &Value) -> PyResult<Queue> {
    match v.payload() {
        Some(Payload::Handle(h)) => h.downcast_ref::<Queue>().cloned(),
        _ => None,
    }
    .ok_or_else(|| PyErr::type_error("expected a queue handle"))
}

fn queue_create(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let maxsize = one_arg("queue_create", args, kwargs)?
        .as_small_int()
        .ok_or_else(|| PyErr::type_error("maxsize must be an int"))?;
    let q = Queue::new(usize::try_from(maxsize).unwrap_or(0));
    Ok(Obj::alloc(Payload::Handle(Box::new(q))))
}

/// A timeout argument: None (wait forever) or seconds, read as CPython
/// 3.14's `Queue.get`/`put` read it: `int(timeout)`, so fractions are
/// dropped, infinity is an `OverflowError` and NaN a `ValueError`.
fn timeout_arg(v: Option<&Value>) -> PyResult<Option<Duration>> {
    let Some(v) = v.filter(|v| !v.is_none()) else {
        return Ok(None);
    };
    let secs = coral_interp::api::number_to_f64(v)?.ok_or_else(|| {
        PyErr::type_error(format!(
            "int() argument must be a string, a bytes-like object or a real number, not '{}'",
            coral_interp::api::type_name(v)
        ))
    })?;
    if secs.is_nan() {
        return Err(PyErr::value_error("cannot convert float NaN to integer"));
    }
    if secs.is_infinite() {
        return Err(PyErr::overflow("cannot convert float infinity to integer"));
    }
    let secs = secs.trunc();
    if secs < 0.0 {
        return Err(PyErr::value_error("timeout value must be non-negative"));
    }
    // Past a few centuries the wait is forever in all but name.
    Ok((secs < 1e10).then(|| Duration::from_secs(secs as u64)))
}

/// `queue_put(q, obj, block, timeout)`.
fn queue_put(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    arg_count("queue_put", args, 2, 4)?;
    let q = queue_handle(&args[0])?;
    let block = args.get(2).is_none_or(coral_interp::api::truthy);
    let timeout = timeout_arg(args.get(3).or_else(|| kwarg(kwargs, "timeout")))?;
    let item = share_out(vm, &args[1])?;
    let r = if block {
        let stop = ctx(vm)?.me.stop_rx.clone();
        let wake = vm.wake_up();
        vm.allow_threads(move || q.put_or_stop(item, timeout, &stop, &|| wake.is_set()))
    } else {
        q.try_put(item).map(|()| true)
    };
    match r {
        Ok(true) => Ok(Value::none()),
        // Woken by Ctrl-C (raised there) or by the shutdown.
        Ok(false) => shutting_down(vm),
        Err(_) => Err(raise(vm, |c| &c.queue_full, "queue is full".into())),
    }
}

/// `queue_get(q, block, timeout)`.
fn queue_get(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    arg_count("queue_get", args, 1, 3)?;
    let q = queue_handle(&args[0])?;
    let block = args.get(1).is_none_or(coral_interp::api::truthy);
    let timeout = timeout_arg(args.get(2).or_else(|| kwarg(kwargs, "timeout")))?;
    let r = match q.try_get() {
        Err(QueueError::Empty) if block => {
            let stop = ctx(vm)?.me.stop_rx.clone();
            let wake = vm.wake_up();
            vm.allow_threads(move || q.get_or_stop(timeout, &stop, &|| wake.is_set()))
        }
        other => other.map(Some),
    };
    match r {
        Ok(Some(item)) => share::to_value(vm, &item, &REBUILD),
        Ok(None) => shutting_down(vm),
        Err(_) => Err(raise(vm, |c| &c.queue_empty, "queue is empty".into())),
    }
}

/// A blocking queue operation woken by the runtime's shutdown: the
/// `SystemExit` every running interpreter gets then.
fn shutting_down(vm: &mut Vm) -> PyResult<Value> {
    vm.check_breaker()?;
    Err(PyErr::runtime_error("the runtime is shutting down"))
}

fn queue_size(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let q = queue_handle(one_arg("queue_size", args, kwargs)?)?;
    Ok(Value::int(q.len() as i64))
}

fn queue_maxsize(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let q = queue_handle(one_arg("queue_maxsize", args, kwargs)?)?;
    Ok(Value::int(q.maxsize() as i64))
}

fn queue_id(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let q = queue_handle(one_arg("queue_id", args, kwargs)?)?;
    Ok(Value::int(q.id() as i64))
}

/// `_test_panic(msg)`: a Rust panic inside this interpreter, so tests can
/// show that the runtime's panic boundary holds (CPython keeps such hooks
/// in `_testinternalcapi`).
fn test_panic(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let msg = one_arg("_test_panic", args, kwargs)?
        .as_str()
        .unwrap_or("test panic")
        .to_owned();
    panic!("{msg}");
}
