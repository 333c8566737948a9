//! `posix`: the operating-system calls `os` and `os.path` are written on
//! (CPython's design: `os.py` over the `posix` module).
//!
//! Paths are str. Failures are the `OSError` subclasses CPython raises,
//! naming the path (`FileNotFoundError: [Errno 2] No such file or
//! directory: 'x'`). The process environment is read once per interpreter:
//! `os.environ` is that interpreter's copy, and changing it does not
//! change the process's (Rust forbids `setenv` while other threads run).

use super::Namespace;
use crate::builtins::{arg_count, builtin_table, no_args, no_kwargs, one_arg};
use crate::object::error::{PyErr, PyResult};
use crate::object::value::Value;
use crate::object::{DictTable, KwArgs};
use crate::vm::{os_error_path, Vm};
use std::os::unix::fs::{MetadataExt, PermissionsExt};

builtin_table! {
    static FUNCTIONS = [
    "getcwd" => getcwd,
    "chdir" => chdir,
    "getpid" => getpid,
    "getppid" => getppid,
    "cpu_count" => cpu_count,
    "listdir" => listdir,
    "mkdir" => mkdir,
    "rmdir" => rmdir,
    "remove" => remove,
    "unlink" => remove,
    "rename" => rename,
    "replace" => rename,
    "stat" => stat,
    "lstat" => lstat,
    "chmod" => chmod,
    "realpath" => realpath,
    "strerror" => strerror,
    "urandom" => urandom,
    ];
}

pub(super) fn init(_vm: &mut Vm, ns: &mut Namespace) {
    ns.functions(&FUNCTIONS);
    let env = Value::dict(DictTable::new());
    for (k, v) in std::env::vars_os() {
        let (k, v) = (k.to_string_lossy(), v.to_string_lossy());
        // A fresh dict of str keys: insertion cannot fail but for memory,
        // and then the module is simply without that variable.
        let _ = crate::builtins::dict_set(&env, Value::str(&k), Value::str(&v));
    }
    ns.set("environ", env);
}

/// A path argument: a str, or CPython's error naming the function.
fn path_arg<'a>(func: &str, v: &'a Value) -> PyResult<&'a str> {
    v.as_str().ok_or_else(|| {
        PyErr::type_error(format!(
            "{func}: path should be string, bytes or os.PathLike, not {}",
            crate::object::types::type_name(v)
        ))
    })
}

fn getcwd(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_args("getcwd", args, kwargs)?;
    let dir = std::env::current_dir().map_err(|e| crate::vm::os_error(&e))?;
    Ok(Value::string(dir.to_string_lossy().into_owned()))
}

fn chdir(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let p = one_arg("chdir", args, kwargs)?;
    std::env::set_current_dir(path_arg("chdir", p)?).map_err(|e| os_error_path(&e, p))?;
    Ok(Value::none())
}

fn getpid(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_args("getpid", args, kwargs)?;
    Ok(Value::int(i64::from(std::process::id())))
}

fn getppid(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_args("getppid", args, kwargs)?;
    Ok(Value::int(i64::from(std::os::unix::process::parent_id())))
}

/// The CPUs this process may run on (CPython counts the machine's; the
/// two agree unless an affinity mask or a cgroup quota narrows them).
fn cpu_count(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_args("cpu_count", args, kwargs)?;
    Ok(match std::thread::available_parallelism() {
        Ok(n) => Value::int(n.get() as i64),
        Err(_) => Value::none(),
    })
}

/// `listdir(path='.')`, in the order the directory gives (as CPython).
fn listdir(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kwargs("listdir", kwargs)?;
    arg_count("listdir", args, 0, 1)?;
    let dot = Value::str(".");
    let p = args.first().filter(|p| !p.is_none()).unwrap_or(&dot);
    let rd = std::fs::read_dir(path_arg("listdir", p)?).map_err(|e| os_error_path(&e, p))?;
    let mut names = Vec::new();
    for entry in rd {
        let entry = entry.map_err(|e| os_error_path(&e, p))?;
        names.push(Value::string(
            entry.file_name().to_string_lossy().into_owned(),
        ));
    }
    Ok(Value::list(names))
}

fn mkdir(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kwargs("mkdir", kwargs)?;
    arg_count("mkdir", args, 1, 2)?;
    let p = &args[0];
    let mode = match args.get(1) {
        Some(m) => crate::protocol::number::index_of(m)? as u32,
        None => 0o777,
    };
    use std::os::unix::fs::DirBuilderExt;
    std::fs::DirBuilder::new()
        .mode(mode)
        .create(path_arg("mkdir", p)?)
        .map_err(|e| os_error_path(&e, p))?;
    Ok(Value::none())
}

fn rmdir(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let p = one_arg("rmdir", args, kwargs)?;
    std::fs::remove_dir(path_arg("rmdir", p)?).map_err(|e| os_error_path(&e, p))?;
    Ok(Value::none())
}

fn remove(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let p = one_arg("remove", args, kwargs)?;
    std::fs::remove_file(path_arg("remove", p)?).map_err(|e| os_error_path(&e, p))?;
    Ok(Value::none())
}

fn rename(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kwargs("rename", kwargs)?;
    arg_count("rename", args, 2, 2)?;
    let (a, b) = (&args[0], &args[1]);
    std::fs::rename(path_arg("rename", a)?, path_arg("rename", b)?).map_err(|e| {
        // CPython names both paths: "[Errno 2] ...: 'a' -> 'b'".
        let err = os_error_path(&e, a);
        match err.exc().args().as_tuple() {
            Some([n, s, f]) => PyErr::with_args(
                err.exc().ty,
                vec![n.clone(), s.clone(), f.clone(), Value::none(), b.clone()],
            ),
            _ => err,
        }
    })?;
    Ok(Value::none())
}

/// The fields `os.stat_result` is built from: mode, ino, dev, nlink, uid,
/// gid, size, then atime, mtime, ctime as floats and as nanoseconds.
fn stat_tuple(m: &std::fs::Metadata) -> Value {
    let secs = |s: i64, ns: i64| Value::float(s as f64 + ns as f64 * 1e-9);
    let nanos = |s: i64, ns: i64| Value::int128(i128::from(s) * 1_000_000_000 + i128::from(ns));
    Value::tuple(vec![
        Value::int(i64::from(m.mode())),
        Value::int128(i128::from(m.ino())),
        Value::int128(i128::from(m.dev())),
        Value::int128(i128::from(m.nlink())),
        Value::int(i64::from(m.uid())),
        Value::int(i64::from(m.gid())),
        Value::int128(i128::from(m.size())),
        secs(m.atime(), m.atime_nsec()),
        secs(m.mtime(), m.mtime_nsec()),
        secs(m.ctime(), m.ctime_nsec()),
        nanos(m.atime(), m.atime_nsec()),
        nanos(m.mtime(), m.mtime_nsec()),
        nanos(m.ctime(), m.ctime_nsec()),
    ])
}

fn stat(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let p = one_arg("stat", args, kwargs)?;
    let m = std::fs::metadata(path_arg("stat", p)?).map_err(|e| os_error_path(&e, p))?;
    Ok(stat_tuple(&m))
}

fn lstat(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let p = one_arg("lstat", args, kwargs)?;
    let m = std::fs::symlink_metadata(path_arg("lstat", p)?).map_err(|e| os_error_path(&e, p))?;
    Ok(stat_tuple(&m))
}

fn chmod(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kwargs("chmod", kwargs)?;
    arg_count("chmod", args, 2, 2)?;
    let p = &args[0];
    let mode = crate::protocol::number::index_of(&args[1])? as u32;
    std::fs::set_permissions(path_arg("chmod", p)?, std::fs::Permissions::from_mode(mode))
        .map_err(|e| os_error_path(&e, p))?;
    Ok(Value::none())
}

/// The canonical path, or `None` when some component does not exist
/// (`os.path.realpath` then resolves what it can itself).
fn realpath(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let p = one_arg("realpath", args, kwargs)?;
    Ok(match std::fs::canonicalize(path_arg("realpath", p)?) {
        Ok(full) => Value::string(full.to_string_lossy().into_owned()),
        Err(_) => Value::none(),
    })
}

fn strerror(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let n = crate::protocol::number::index_of(one_arg("strerror", args, kwargs)?)?;
    let text = std::io::Error::from_raw_os_error(n as i32).to_string();
    let text = text
        .strip_suffix(&format!(" (os error {n})"))
        .unwrap_or(&text)
        .to_owned();
    Ok(Value::string(text))
}

/// `urandom(n)`: `n` bytes from the kernel's generator.
fn urandom(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let n = crate::protocol::number::index_of(one_arg("urandom", args, kwargs)?)?;
    if n < 0 {
        return Err(PyErr::value_error("negative argument not allowed"));
    }
    let mut buf = crate::object::alloc::filled_vec(0u8, n as usize)?;
    use std::io::Read;
    std::fs::File::open("/dev/urandom")
        .and_then(|mut f| f.read_exact(&mut buf))
        .map_err(|e| crate::vm::os_error(&e))?;
    Ok(Value::bytes(buf))
}
