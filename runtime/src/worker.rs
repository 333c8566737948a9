//! The interpreter thread: builds the interpreter, runs its jobs, and is
//! the boundary a Rust panic does not cross.
//!
//! The thread holds the interpreter's GIL while a job runs and releases it
//! while it waits for the next one, so the interpreter's Python threads run
//! between jobs too. A panic in a job (or in one of its Python threads)
//! marks the interpreter failed: its heap is in an unknown state, so it is
//! leaked rather than freed, and every later use of the handle is an
//! [`Error::Failed`]. Other interpreters never notice.

use crate::error::{Error, ExcInfo};
use crate::host::{self, HostCtx};
use crate::interpreter::{CallTarget, Job, Shared};
use crate::runtime::RuntimeInner;
use crate::share::{self, Shareable};
use coral_interp::api::{Function, Obj, Payload};
use coral_interp::{PyErr, PyResult, Value, Vm, VmConfig};
use crossbeam_channel::{Receiver, Sender};
use std::io::Write;
use std::sync::atomic::Ordering;
use std::sync::{Arc, Mutex};
use std::time::Instant;

/// A `Write` into a capture buffer.
struct CaptureWriter(Arc<Mutex<Vec<u8>>>);

impl Write for CaptureWriter {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        crate::sync_lock(&self.0).extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Runs interpreter `shared` on this thread until it closes; false if it
/// failed (a panic), after which the thread should not be reused. The
/// caller reports the end ([`Shared::set_done`]).
pub(crate) fn run(shared: &Arc<Shared>, rt: &Arc<RuntimeInner>, jobs: &Receiver<Job>) -> bool {
    let _ = shared.os_thread.set(std::thread::current().id());
    let mut vm = new_vm(shared, rt);
    loop {
        let next = vm.allow_threads(|| crate::spin::recv(jobs));
        let Ok(job) = next else { break };
        if let Job::Close = job {
            break;
        }
        shared.running.store(true, Ordering::Release);
        let start = Instant::now();
        let outcome =
            std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| run_job(&mut vm, job)));
        let ns = u64::try_from(start.elapsed().as_nanos()).unwrap_or(u64::MAX);
        shared.busy_ns.fetch_add(ns, Ordering::Relaxed);
        shared
            .gil_acquisitions
            .store(vm.gil().switches(), Ordering::Relaxed);
        shared
            .threads
            .store(vm.thread_count() as u64, Ordering::Relaxed);
        *crate::sync_lock(&shared.optimizer_stats) = vm.optimizer_stats();
        let (reply, panic) = match outcome {
            Err(p) => (None, Some(coral_interp::api::panic_message(p.as_ref()))),
            Ok(r) => (Some(r), vm.thread_panic().map(str::to_owned)),
        };
        if let Some(message) = panic {
            *crate::sync_lock(&shared.failed) = Some(message);
            shared.closed.store(true, Ordering::Release);
            shared.running.store(false, Ordering::Release);
            rt.registry.remove(&shared.id);
            // Its objects may be half-updated: leak the heap, never free it.
            std::mem::forget(vm);
            return false;
        }
        shared.running.store(false, Ordering::Release);
        if let Some(reply) = reply {
            let counter = if reply.ok() {
                &shared.jobs_ok
            } else {
                &shared.jobs_failed
            };
            counter.fetch_add(1, Ordering::Relaxed);
            reply.send();
        }
    }
    // Like the end of CPython's interpreter: non-daemon threads are joined,
    // then the heap is freed.
    let shutting_down = shared.breaker.is_set_bits(coral_interp::api::SHUTDOWN);
    match vm.shutdown_threads() {
        // Asked to stop: the threads' SystemExit is expected.
        Err(_) if shutting_down => {}
        Err(e) => {
            let tb = coral_interp::api::format_exception(&mut vm, &e);
            vm.write_stderr(&tb);
        }
        Ok(()) => {}
    }
    if !shutting_down {
        vm.run_exit_handlers();
    }
    finish(vm, shared, rt);
    true
}

/// Frees a closed interpreter once its Python threads are done.
fn finish(mut vm: Box<Vm>, shared: &Shared, rt: &RuntimeInner) {
    vm.wait_for_threads();
    // Nothing is left to raise a failed write in (a reader that went away).
    let _ = vm.flush();
    drop(vm);
    rt.registry.remove(&shared.id);
}

fn new_vm(shared: &Arc<Shared>, rt: &Arc<RuntimeInner>) -> Box<Vm> {
    let cfg = &shared.config;
    let (stdout, stderr): (Box<dyn Write>, Box<dyn Write>) = match &shared.captured {
        Some(c) => (
            Box::new(CaptureWriter(c.stdout.clone())),
            Box::new(CaptureWriter(c.stderr.clone())),
        ),
        None => (Box::new(std::io::stdout()), Box::new(std::io::stderr())),
    };
    let mut vm = Vm::new(VmConfig {
        argv: cfg.argv.clone(),
        stdout,
        stderr,
        breaker: shared.breaker.clone(),
        native_modules: host::NATIVE_MODULES,
        python_modules: host::PYTHON_MODULES,
        host: Some(Box::new(HostCtx::new(shared.clone(), rt.clone()))),
        allow_threads: cfg.allow_threads,
        allow_daemon_threads: cfg.allow_daemon_threads,
        optimizer: Some(shared.optimizer.clone()),
        hot_threshold: cfg.hot_threshold,
    });
    vm.set_recursion_limit(cfg.recursion_limit);
    vm.gil().set_switch_interval(cfg.switch_interval);
    for dir in &cfg.search_path {
        vm.add_search_path(dir.clone());
    }
    vm
}

/// A finished job's answer, sent only once the interpreter is marked idle
/// (so a caller that got its answer can close the interpreter at once).
enum Reply {
    Unit(Sender<Result<(), Error>>, Result<(), Error>),
    Value(Sender<Result<Shareable, Error>>, Result<Shareable, Error>),
    Main(
        Sender<Result<(), coral_interp::CoralError>>,
        Result<(), coral_interp::CoralError>,
    ),
    None,
}

impl Reply {
    fn ok(&self) -> bool {
        match self {
            Reply::Unit(_, r) => r.is_ok(),
            Reply::Value(_, r) => r.is_ok(),
            Reply::Main(_, r) => r.is_ok(),
            Reply::None => true,
        }
    }

    fn send(self) {
        // A caller that stopped waiting dropped its receiver: nothing to do.
        let _ = match self {
            Reply::Unit(tx, r) => tx.send(r).is_ok(),
            Reply::Value(tx, r) => tx.send(r).is_ok(),
            Reply::Main(tx, r) => tx.send(r).is_ok(),
            Reply::None => true,
        };
    }
}

fn run_job(vm: &mut Vm, job: Job) -> Reply {
    match job {
        Job::Exec {
            source,
            filename,
            reply,
        } => {
            let r = vm
                .exec_main(&source, &filename)
                .map_err(|e| exception(vm, &e));
            Reply::Unit(reply, r)
        }
        Job::Call {
            target,
            args,
            kwargs,
            reply,
        } => {
            let r = call(vm, &target, &args, &kwargs);
            // The call's output goes out with its result; a write that
            // fails now has no Python code left to raise in.
            let _ = vm.flush();
            Reply::Value(reply, r)
        }
        Job::SetMain { vars, reply } => {
            let r = set_main(vm, &vars).map_err(|e| exception(vm, &e));
            Reply::Unit(reply, r)
        }
        Job::RunMain {
            source,
            filename,
            reply,
        } => {
            let r = vm.run_main(&source, &filename);
            let _ = vm.flush(); // as for `Call`
            Reply::Main(reply, r)
        }
        Job::AtExit { reply } => {
            vm.run_exit_handlers();
            let _ = vm.flush(); // as for `Call`
            Reply::Unit(reply, Ok(()))
        }
        Job::Close => Reply::None,
    }
}

/// A Python exception as the embedder's error.
pub(crate) fn exception(vm: &mut Vm, e: &PyErr) -> Error {
    Error::Exception(excinfo(vm, e))
}

/// A Python exception as data.
pub(crate) fn excinfo(vm: &mut Vm, e: &PyErr) -> ExcInfo {
    let class = coral_interp::api::class_of(e.instance()).is_some();
    let type_module = if class {
        let ty = coral_interp::api::getattr(vm, e.instance(), &Value::str("__class__"));
        ty.and_then(|t| coral_interp::api::getattr(vm, &t, &Value::str("__module__")))
            .ok()
            .and_then(|m| m.as_str().map(str::to_owned))
            .unwrap_or_else(|| "__main__".into())
    } else {
        "builtins".into()
    };
    ExcInfo {
        type_name: coral_interp::api::type_name(e.instance()).to_owned(),
        type_module,
        message: coral_interp::api::to_str(vm, e.instance()).unwrap_or_default(),
        traceback: coral_interp::api::format_exception(vm, e),
    }
}

fn set_main(vm: &mut Vm, vars: &[(String, Shareable)]) -> PyResult<()> {
    let globals = vm.main_globals();
    for (name, v) in vars {
        let v = share::to_value(vm, v, &host::REBUILD)?;
        coral_interp::api::dict_set(&globals, Value::str(name), v)?;
    }
    Ok(())
}

/// Runs a call job: finds the callable, rebuilds the arguments, shares the
/// result back.
fn call(
    vm: &mut Vm,
    target: &CallTarget,
    args: &[Shareable],
    kwargs: &[(String, Shareable)],
) -> Result<Shareable, Error> {
    let f = match resolve(vm, target) {
        Ok(Some(f)) => f,
        Ok(None) => {
            let name = match target {
                CallTarget::MainGlobal(name) => name.clone(),
                _ => String::new(),
            };
            return Err(Error::NoSuchFunction(name));
        }
        Err(e) => return Err(exception(vm, &e)),
    };
    let (a, k) = rebuild_args(vm, args, kwargs).map_err(|e| exception(vm, &e))?;
    let result = vm.call(&f, a, &k).map_err(|e| exception(vm, &e))?;
    host::share_value(vm, &result)
}

/// Positional and keyword arguments rebuilt in this interpreter.
type Args = (Vec<Value>, Vec<(Value, Value)>);

fn rebuild_args(vm: &mut Vm, args: &[Shareable], kwargs: &[(String, Shareable)]) -> PyResult<Args> {
    let a = args
        .iter()
        .map(|s| share::to_value(vm, s, &host::REBUILD))
        .collect::<PyResult<_>>()?;
    let mut k = Vec::with_capacity(kwargs.len());
    for (name, s) in kwargs {
        k.push((Value::str(name), share::to_value(vm, s, &host::REBUILD)?));
    }
    Ok((a, k))
}

/// What pickle raises for a `__main__` function the target cannot find.
fn missing_in_main(name: &str) -> PyErr {
    PyErr::attribute_error(format!("module '__main__' has no attribute '{name}'"))
}

/// The callable a call job names; `None` for a missing `__main__` global.
fn resolve(vm: &mut Vm, target: &CallTarget) -> PyResult<Option<Value>> {
    Ok(Some(match target {
        CallTarget::MainGlobal(name) => match host::global(&vm.main_globals(), name) {
            Some(f) => f,
            None => return Ok(None),
        },
        CallTarget::MainByName { qualname, script } => {
            let (first, rest) = qualname.split_once('.').unwrap_or((qualname, ""));
            let found = match (host::global(&vm.main_globals(), first), script) {
                (Some(f), _) => f,
                (None, Some(path)) => {
                    let globals = host::main_script(vm, path)?;
                    host::global(&globals, first).ok_or_else(|| missing_in_main(first))?
                }
                (None, None) => return Err(missing_in_main(first)),
            };
            let mut obj = found;
            for part in rest.split('.').filter(|p| !p.is_empty()) {
                obj = coral_interp::api::getattr(vm, &obj, &Value::str(part))?;
            }
            obj
        }
        CallTarget::Import { module, qualname } => {
            let mut obj = coral_interp::api::import_name(vm, module, true, 0)?;
            for part in qualname.split('.') {
                obj = coral_interp::api::getattr(vm, &obj, &Value::str(part))?;
            }
            obj
        }
        CallTarget::Code { code, defaults } => {
            let globals = vm.main_globals();
            let defaults: Vec<Value> = defaults
                .iter()
                .map(|s| share::to_value(vm, s, &host::REBUILD))
                .collect::<PyResult<_>>()?;
            Obj::alloc(Payload::Function(Box::new(Function {
                code: coral_interp::api::CodeSlot::new(coral_interp::api::CodeObj::load(code)),
                globals,
                defaults: std::cell::RefCell::new(if defaults.is_empty() {
                    Value::none()
                } else {
                    Value::tuple(defaults)
                }),
                kwdefaults: std::cell::RefCell::new(Value::none()),
                closure: Vec::new(),
                annotations: std::cell::RefCell::new(Value::none()),
                name: Value::str(&code.name),
                qualname: Value::str(&code.qualname),
                attrs: Value::dict(coral_interp::api::DictTable::new()),
            })))
        }
    }))
}
