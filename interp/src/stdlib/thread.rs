//! `_thread`: OS threads that run Python code in this interpreter, taking
//! turns on its GIL, and the lock they synchronise with. `threading`
//! (`lib/threading.py`) builds threads, `RLock`, `Condition`, `Event` and
//! `Semaphore` on these, as CPython's does.
//!
//! A new thread's target function is a Python object and may not cross
//! threads, so it stays in the interpreter (`vm::threads::ThreadTable`); the OS thread
//! receives only a number, takes the GIL, and finds its target there.

use super::Namespace;
use crate::builtins::{arg_count, builtin_table, kwarg};
use crate::object::error::{PyErr, PyResult};
use crate::object::types;
use crate::object::value::Value;
use crate::object::{KwArgs, Obj, Payload};
use crate::support::sync::{lock, Arc, Condvar, Mutex};
use crate::vm::gil::Gil;
use crate::vm::thread_state::ThreadState;
use crate::vm::threads::LiveThreads;
use crate::vm::Vm;
use std::time::{Duration, Instant};

/// Stack of a Python thread's OS thread: Python recursion does not use
/// it, and Rust recursion (a builtin calling back into Python) grows onto
/// the heap when it runs low (`support/stack.rs`), so it can be small:
/// hundreds of threads fit in a few GiB of address space, as in CPython.
const THREAD_STACK: usize = 4 << 20;

builtin_table! {
    static FUNCTIONS = [
    "start_new_thread" => start_new_thread,
    "allocate_lock" => allocate_lock,
    "lock_acquire" => lock_acquire,
    "lock_release" => lock_release,
    "lock_locked" => lock_locked,
    "get_ident" => get_ident,
    "_count" => count,
    "daemon_threads_allowed" => daemon_threads_allowed,
    "print_exception" => print_exception,
    ];
}

pub(super) fn init(_vm: &mut Vm, ns: &mut Namespace) {
    ns.functions(&FUNCTIONS);
    ns.set("TIMEOUT_MAX", Value::float(TIMEOUT_MAX));
}

/// How often a blocked lock wait looks at the eval breaker.
const WAIT_SLICE: Duration = Duration::from_millis(50);

/// The longest wait CPython accepts, in seconds: its clock counts
/// nanoseconds in an `i64` (`threading.TIMEOUT_MAX`).
pub(crate) const TIMEOUT_MAX: f64 = 9_223_372_036.0;

pub use crate::vm::threads::ident;

fn get_ident(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    crate::builtins::no_args("get_ident", args, kwargs)?;
    Ok(Value::int(ident() as i64))
}

fn count(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    crate::builtins::no_args("_count", args, kwargs)?;
    Ok(Value::int(vm.thread_count() as i64))
}

fn daemon_threads_allowed(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    crate::builtins::no_args("daemon_threads_allowed", args, kwargs)?;
    Ok(Value::bool(vm.allow_daemon_threads))
}

/// `start_new_thread(function, args)`: runs `function(*args)` on a new OS
/// thread of this interpreter and returns its ident.
fn start_new_thread(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    crate::builtins::no_kwargs("start_new_thread", kwargs)?;
    arg_count("start_new_thread", args, 2, 2)?;
    if !vm.threads.allowed {
        return Err(PyErr::runtime_error(
            "thread is not supported for isolated subinterpreters (allow_threads is off)",
        ));
    }
    if args[1].as_tuple().is_none() {
        return Err(PyErr::type_error("2nd arg must be a tuple"));
    }
    let id = crate::vm::threads::new_ident();
    vm.threads
        .starting
        .insert(id, (args[0].clone(), args[1].clone()));
    let gil = vm.gil.clone();
    let live = vm.threads.live.clone();
    *lock(&live.count) += 1;
    let spawned = std::thread::Builder::new()
        .name(format!("coral-py-{id}"))
        .stack_size(THREAD_STACK)
        .spawn({
            let live = live.clone();
            move || thread_main(&gil, &live, id)
        });
    if let Err(e) = spawned {
        live.exit();
        drop(vm.threads.starting.remove(&id));
        return Err(PyErr::runtime_error(format!("can't start new thread: {e}")));
    }
    Ok(Value::int(id as i64))
}

/// The body of a Python thread's OS thread.
fn thread_main(gil: &Gil<Vm>, live: &LiveThreads, id: u64) {
    crate::vm::threads::set_ident(id);
    let p = gil.acquire();
    // SAFETY: this thread holds the GIL, and `p` is the interpreter as its
    // last holder lent it; the owner keeps the interpreter alive until
    // `live` reaches zero, which happens only after the release below.
    let vm = unsafe { &mut *p };
    debug_assert!(
        vm.thread_state_is_empty(),
        "thread_main: a thread state was left in the Vm"
    );
    let mut ts = ThreadState::new();
    vm.swap_thread_state(&mut ts);
    crate::object::finalize::register(Some(vm.breaker.clone()));
    let ran = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        if let Some((func, args)) = vm.threads.starting.remove(&id) {
            let argv = args.as_tuple().map(<[Value]>::to_vec).unwrap_or_default();
            if let Err(e) = vm.call(&func, argv, &[]) {
                if !e.matches(&types::SYSTEM_EXIT) {
                    let tb = crate::vm::traceback::format_exception(vm, &e);
                    let what = crate::protocol::repr::repr(vm, &func).unwrap_or_default();
                    vm.write_stderr(&format!(
                        "Exception ignored in thread started by: {what}\n{tb}"
                    ));
                }
            }
        }
        vm.run_finalizers();
        // The thread has no Python code left to raise a failed write in.
        let _ = vm.flush();
        // A thread ending while it traces no longer keeps code instrumented.
        vm.set_trace(None);
    }));
    if let Err(panic) = ran {
        let msg = crate::object::error::panic_message(panic.as_ref());
        vm.threads.panicked = Some(msg);
        // The thread's stack may hold values in an unknown state: leak them
        // rather than drop them.
        std::mem::forget(std::mem::take(&mut vm.stack));
        std::mem::forget(std::mem::take(&mut vm.frames));
    }
    crate::object::finalize::register(None);
    vm.swap_thread_state(&mut ts);
    drop(ts);
    // SAFETY: this thread holds the GIL and never touches `vm` again.
    unsafe { gil.release(p) };
    live.exit();
}

/// A lock that blocks OS threads (not the GIL: waiting releases that).
#[derive(Default)]
pub struct RawLock {
    locked: Mutex<bool>,
    freed: Condvar,
}

impl RawLock {
    /// Takes the lock if it is free.
    pub fn try_acquire(&self) -> bool {
        let mut l = lock(&self.locked);
        !std::mem::replace(&mut *l, true)
    }

    /// Takes the lock, waiting at most `timeout` (forever for `None`).
    pub fn acquire_timeout(&self, timeout: Option<Duration>) -> bool {
        let deadline = timeout.map(|t| Instant::now() + t);
        let mut l = lock(&self.locked);
        while *l {
            l = match deadline {
                None => self
                    .freed
                    .wait(l)
                    .unwrap_or_else(std::sync::PoisonError::into_inner),
                Some(d) => {
                    let now = Instant::now();
                    if now >= d {
                        return false;
                    }
                    self.freed
                        .wait_timeout(l, d - now)
                        .unwrap_or_else(std::sync::PoisonError::into_inner)
                        .0
                }
            };
        }
        *l = true;
        true
    }

    /// Frees the lock; false if it was not held.
    pub fn release(&self) -> bool {
        let mut l = lock(&self.locked);
        if !*l {
            return false;
        }
        *l = false;
        drop(l);
        self.freed.notify_one();
        true
    }

    /// True while held.
    pub fn is_locked(&self) -> bool {
        *lock(&self.locked)
    }
}

fn allocate_lock(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    crate::builtins::no_args("allocate_lock", args, kwargs)?;
    Ok(Obj::alloc(Payload::Handle(Box::new(Arc::new(
        RawLock::default(),
    )))))
}

fn raw_lock(v: &Value) -> PyResult<Arc<RawLock>> {
    match v.payload() {
        Some(Payload::Handle(h)) => h.downcast_ref::<Arc<RawLock>>().cloned(),
        _ => None,
    }
    .ok_or_else(|| PyErr::type_error("expected a lock handle"))
}

/// `lock_acquire(handle, blocking=True, timeout=-1)`.
fn lock_acquire(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    arg_count("acquire", args, 1, 3)?;
    let l = raw_lock(&args[0])?;
    let blocking = match args.get(1).or_else(|| kwarg(kwargs, "blocking")) {
        Some(b) => crate::protocol::ops::truthy_vm(vm, b)?,
        None => true,
    };
    let timeout = match args.get(2).or_else(|| kwarg(kwargs, "timeout")) {
        Some(t) => crate::protocol::ops::number_to_f64(t)?
            .ok_or_else(|| PyErr::type_error("timeout must be a number"))?,
        None => -1.0,
    };
    if !blocking && timeout != -1.0 {
        return Err(PyErr::value_error(
            "can't specify a timeout for a non-blocking call",
        ));
    }
    if timeout.is_nan() {
        return Err(PyErr::value_error("Invalid value NaN (not a number)"));
    }
    if timeout < 0.0 && timeout != -1.0 {
        return Err(PyErr::value_error("timeout value must be positive"));
    }
    if timeout > TIMEOUT_MAX {
        return Err(PyErr::overflow(
            "timestamp out of range for platform time_t",
        ));
    }
    if l.try_acquire() {
        return Ok(Value::bool(true));
    }
    if !blocking {
        return Ok(Value::bool(false));
    }
    let deadline = (timeout >= 0.0).then(|| Instant::now() + Duration::from_secs_f64(timeout));
    let wake = vm.wake_up();
    // Waits in slices so Ctrl-C and the runtime's shutdown reach a thread
    // blocked on a lock, as signals reach CPython's lock waits.
    let got = vm.allow_threads(move || loop {
        let slice = match deadline {
            Some(d) => d.saturating_duration_since(Instant::now()).min(WAIT_SLICE),
            None => WAIT_SLICE,
        };
        if l.acquire_timeout(Some(slice)) {
            return Some(true);
        }
        if wake.is_set() {
            return None;
        }
        if deadline.is_some_and(|d| Instant::now() >= d) {
            return Some(false);
        }
    });
    match got {
        Some(got) => Ok(Value::bool(got)),
        None => {
            vm.check_breaker()?;
            Ok(Value::bool(false))
        }
    }
}

fn lock_release(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let h = crate::builtins::one_arg("release", args, kwargs)?;
    if raw_lock(h)?.release() {
        Ok(Value::none())
    } else {
        Err(PyErr::runtime_error("release unlocked lock"))
    }
}

fn lock_locked(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let h = crate::builtins::one_arg("locked", args, kwargs)?;
    Ok(Value::bool(raw_lock(h)?.is_locked()))
}

/// `print_exception(header, exc)`: writes `header`, then the exception's
/// traceback, to stderr (threading's excepthook).
fn print_exception(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    crate::builtins::no_kwargs("print_exception", kwargs)?;
    arg_count("print_exception", args, 2, 2)?;
    let header = crate::protocol::repr::str(vm, &args[0])?;
    let err = PyErr::from_instance(args[1].clone());
    let tb = crate::vm::traceback::format_exception(vm, &err);
    vm.write_stderr(&format!("{header}\n{tb}"));
    Ok(Value::none())
}
