//! `_time`: clocks, `sleep`, and the C library's calendar, under the
//! `time` module (`lib/time.py` adds `struct_time` and the argument
//! handling).
//!
//! The calendar calls are the C library's (`gmtime_r`, `localtime_r`,
//! `mktime`, `strftime`), as in CPython, so zones, DST and formats agree
//! with it exactly.

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
    "process_time" => process_time,
    "process_time_ns" => process_time_ns,
    "sleep" => sleep,
    "_gmtime" => gmtime,
    "_localtime" => localtime,
    "_mktime" => mktime,
    "_strftime" => strftime,
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

/// CPU time of the process (all its threads), in nanoseconds.
fn cpu_nanos() -> PyResult<i128> {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `ts` is a valid, writable timespec for the call's duration.
    let r = unsafe { libc::clock_gettime(libc::CLOCK_PROCESS_CPUTIME_ID, &mut ts) };
    if r != 0 {
        return Err(crate::vm::os_error(&std::io::Error::last_os_error()));
    }
    Ok(i128::from(ts.tv_sec) * 1_000_000_000 + i128::from(ts.tv_nsec))
}

fn process_time(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    crate::builtins::no_args("process_time", args, kwargs)?;
    Ok(Value::float(cpu_nanos()? as f64 * 1e-9))
}

fn process_time_ns(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    crate::builtins::no_args("process_time_ns", args, kwargs)?;
    Ok(Value::int128(cpu_nanos()?))
}

/// Seconds since the epoch as `time_t`: the argument (an int or a float,
/// truncated toward zero as CPython's `_PyTime_ObjectToTime_t`), or now.
fn time_t_arg(v: Option<&Value>) -> PyResult<libc::time_t> {
    let Some(v) = v.filter(|v| !v.is_none()) else {
        return Ok(epoch().as_secs() as libc::time_t);
    };
    if let Some(f) = v.as_float() {
        if f.is_nan() {
            return Err(PyErr::value_error("Invalid value NaN (not a number)"));
        }
        let t = f.trunc();
        if !(-9.2e18..9.2e18).contains(&t) {
            return Err(PyErr::overflow(
                "timestamp out of range for platform time_t",
            ));
        }
        return Ok(t as libc::time_t);
    }
    crate::protocol::number::index_of(v).map_err(|e| {
        if e.matches(&crate::object::types::OVERFLOW_ERROR) {
            PyErr::overflow("timestamp out of range for platform time_t")
        } else {
            PyErr::type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                crate::object::types::type_name(v)
            ))
        }
    })
}

fn zeroed_tm() -> libc::tm {
    // SAFETY: `tm` is a plain C struct of integers and one pointer, for
    // which all-zero bits are a valid value (a null `tm_zone`).
    unsafe { std::mem::zeroed() }
}

/// A `tm` as the 11 fields `struct_time` is built from.
fn tm_tuple(tm: &libc::tm) -> Value {
    let zone = if tm.tm_zone.is_null() {
        Value::none()
    } else {
        // SAFETY: the C library set `tm_zone` to a NUL-terminated string
        // that lives as long as the zone data (the process).
        let name = unsafe { std::ffi::CStr::from_ptr(tm.tm_zone) };
        Value::string(name.to_string_lossy().into_owned())
    };
    Value::tuple(vec![
        Value::int(i64::from(tm.tm_year) + 1900),
        Value::int(i64::from(tm.tm_mon) + 1),
        Value::int(i64::from(tm.tm_mday)),
        Value::int(i64::from(tm.tm_hour)),
        Value::int(i64::from(tm.tm_min)),
        Value::int(i64::from(tm.tm_sec)),
        Value::int((i64::from(tm.tm_wday) + 6) % 7),
        Value::int(i64::from(tm.tm_yday) + 1),
        Value::int(i64::from(tm.tm_isdst)),
        zone,
        Value::int(tm.tm_gmtoff),
    ])
}

fn gmtime(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    crate::builtins::arg_count("gmtime", args, 0, 1)?;
    crate::builtins::no_kwargs("gmtime", kwargs)?;
    let t = time_t_arg(args.first())?;
    let mut tm = zeroed_tm();
    // SAFETY: both pointers are valid for the call; `gmtime_r` is the
    // reentrant form and writes only `tm`.
    let r = unsafe { libc::gmtime_r(&t, &mut tm) };
    if r.is_null() {
        return Err(PyErr::overflow(
            "timestamp out of range for platform time_t",
        ));
    }
    Ok(tm_tuple(&tm))
}

fn localtime(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    crate::builtins::arg_count("localtime", args, 0, 1)?;
    crate::builtins::no_kwargs("localtime", kwargs)?;
    let t = time_t_arg(args.first())?;
    let mut tm = zeroed_tm();
    // SAFETY: as in `gmtime`; `localtime_r` reads the zone data, which
    // the C library guards itself.
    let r = unsafe { libc::localtime_r(&t, &mut tm) };
    if r.is_null() {
        return Err(PyErr::overflow(
            "timestamp out of range for platform time_t",
        ));
    }
    Ok(tm_tuple(&tm))
}

/// A `tm` from the first nine fields `time.py` has already checked.
fn tm_from(fields: &[Value]) -> PyResult<libc::tm> {
    let mut v = [0i64; 9];
    for (slot, f) in v.iter_mut().zip(fields) {
        *slot = crate::protocol::number::index_of(f)?;
    }
    let int = |x: i64| -> PyResult<libc::c_int> {
        libc::c_int::try_from(x)
            .map_err(|_| PyErr::overflow("Python int too large to convert to C int"))
    };
    let mut tm = zeroed_tm();
    tm.tm_year = int(v[0] - 1900)?;
    tm.tm_mon = int(v[1] - 1)?;
    tm.tm_mday = int(v[2])?;
    tm.tm_hour = int(v[3])?;
    tm.tm_min = int(v[4])?;
    tm.tm_sec = int(v[5])?;
    tm.tm_wday = int((v[6] + 1) % 7)?;
    tm.tm_yday = int(v[7] - 1)?;
    tm.tm_isdst = int(v[8])?;
    Ok(tm)
}

fn mktime(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let t = crate::builtins::one_arg("mktime", args, kwargs)?;
    let fields = t.as_tuple().unwrap_or(&[]);
    let mut tm = tm_from(fields)?;
    // CPython's sentinel: mktime returns -1 both for an error and for one
    // second before the epoch; an untouched wday tells them apart.
    tm.tm_wday = -1;
    // SAFETY: `tm` is a valid, writable struct for the call.
    let r = unsafe { libc::mktime(&mut tm) };
    if r == -1 && tm.tm_wday == -1 {
        return Err(PyErr::overflow("mktime argument out of range"));
    }
    Ok(Value::float(r as f64))
}

/// `strftime(format, fields)`, through the C library.
fn strftime(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    crate::builtins::no_kwargs("strftime", kwargs)?;
    crate::builtins::arg_count("strftime", args, 2, 2)?;
    let fmt = args[0].as_str().ok_or_else(|| {
        PyErr::type_error(format!(
            "strftime() argument 1 must be str, not {}",
            crate::object::types::type_name(&args[0])
        ))
    })?;
    let fields = args[1].as_tuple().unwrap_or(&[]);
    let mut tm = tm_from(fields)?;
    // The zone name `%Z` prints: the one the fields came with.
    let zone = fields
        .get(9)
        .and_then(Value::as_str)
        .and_then(|z| std::ffi::CString::new(z).ok());
    if let Some(z) = &zone {
        tm.tm_zone = z.as_ptr();
    }
    if let Some(off) = fields.get(10).and_then(Value::as_small_int) {
        tm.tm_gmtoff = off as libc::c_long;
    }
    let out = c_strftime(fmt, &tm)?;
    drop(zone);
    Ok(Value::string(out))
}

fn c_strftime(fmt: &str, tm: &libc::tm) -> PyResult<String> {
    if fmt.is_empty() {
        return Ok(String::new());
    }
    let cfmt =
        std::ffi::CString::new(fmt).map_err(|_| PyErr::value_error("embedded null character"))?;
    // A result of 0 is either an empty expansion or a buffer too small:
    // grow, as CPython does, up to 256 times the format's length.
    let mut size = 1024.max(fmt.len() * 4);
    loop {
        let mut buf = vec![0u8; size];
        // SAFETY: `buf` has `size` writable bytes, `cfmt` is NUL-terminated
        // and `tm` is a valid struct (its `tm_zone`, when set, points into
        // a CString the caller keeps alive).
        let n = unsafe { libc::strftime(buf.as_mut_ptr().cast(), size, cfmt.as_ptr(), tm) };
        if n > 0 || size > fmt.len() * 256 {
            buf.truncate(n);
            return Ok(String::from_utf8_lossy(&buf).into_owned());
        }
        size *= 2;
    }
}
