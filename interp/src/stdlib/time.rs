//! The `time` module: clocks and `sleep`.

use super::Namespace;
use crate::builtins::builtin_table;
use crate::object::error::{PyErr, PyResult};
use crate::object::value::Value;
use crate::object::KwArgs;
use crate::support::sync::process::OnceLock;
use crate::vm::Vm;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

builtin_table! {
    static FUNCTIONS = [
    "time" => time,
    "time_ns" => time_ns,
    "perf_counter" => perf_counter,
    "perf_counter_ns" => perf_counter_ns,
    "monotonic" => perf_counter,
    "monotonic_ns" => perf_counter_ns,
    "process_time" => perf_counter,
    "sleep" => sleep,
    ];
}

pub(super) fn init(_vm: &mut Vm, ns: &mut Namespace) {
    ns.functions(&FUNCTIONS);
}

fn epoch() -> Duration {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or(Duration::ZERO)
}

fn start() -> Instant {
    static START: OnceLock<Instant> = OnceLock::new();
    *START.get_or_init(Instant::now)
}

fn time(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    crate::builtins::no_args("time", args, kwargs)?;
    Ok(Value::float(epoch().as_secs_f64()))
}

fn time_ns(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    crate::builtins::no_args("time_ns", args, kwargs)?;
    Ok(Value::bigint(epoch().as_nanos().into()))
}

fn perf_counter(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    crate::builtins::no_args("perf_counter", args, kwargs)?;
    Ok(Value::float(start().elapsed().as_secs_f64()))
}

fn perf_counter_ns(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    crate::builtins::no_args("perf_counter_ns", args, kwargs)?;
    Ok(Value::int(start().elapsed().as_nanos() as i64))
}

fn sleep(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let secs = crate::builtins::one_arg("sleep", args, kwargs)?;
    let s = crate::protocol::ops::number_to_f64(secs)?.ok_or_else(|| {
        PyErr::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            crate::object::types::type_name(secs)
        ))
    })?;
    if s.is_nan() {
        return Err(PyErr::value_error("Invalid value NaN (not a number)"));
    }
    if s.abs() > crate::stdlib::thread::TIMEOUT_MAX {
        return Err(PyErr::overflow(
            "timestamp out of range for platform time_t",
        ));
    }
    if s < 0.0 {
        return Err(PyErr::value_error("sleep length must be non-negative"));
    }
    // Sleep with the GIL released, in slices so Ctrl-C (the eval
    // breaker) interrupts a long sleep.
    let deadline = Instant::now() + Duration::from_secs_f64(s);
    let wake = vm.wake_up();
    let interrupted = vm.allow_threads(move || loop {
        let now = Instant::now();
        if now >= deadline {
            return false;
        }
        std::thread::sleep((deadline - now).min(Duration::from_millis(50)));
        if wake.is_set() {
            return true;
        }
    });
    if interrupted {
        vm.check_breaker()?;
    }
    Ok(Value::none())
}
