//! `_pickle`: the native pickler and unpickler `pickle.dumps` and
//! `pickle.loads` use (CPython's accelerator of the same name), on the
//! path every object crossing interpreters by pickle takes.
//!
//! The output is the byte layout `lib/pickle.py` writes (CPython 3.11's):
//! builtin values are saved here, other objects are reduced by
//! `pickle._reduce` and their reduction saved here; names and the rare
//! opcodes go through `pickle.py`'s helpers.

mod load;
mod op;
mod save;

use super::Namespace;
use crate::builtins::{arg_count, builtin_table, no_kwargs};
use crate::object::error::{PyErr, PyResult};
use crate::object::value::Value;
use crate::object::KwArgs;
use crate::vm::Vm;

builtin_table! {
    static FUNCTIONS = [
    "dumps" => dumps,
    "loads" => loads,
    ];
}

pub(super) fn init(_vm: &mut Vm, ns: &mut Namespace) {
    ns.functions(&FUNCTIONS);
}

fn pickle_module(vm: &mut Vm) -> PyResult<Value> {
    crate::vm::import::import_name(vm, "pickle", true, 0)
}

/// `dumps(obj, protocol)`: protocol 2 to 5 (`pickle.py` writes 0 and 1).
fn dumps(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kwargs("dumps", kwargs)?;
    arg_count("dumps", args, 2, 2)?;
    let proto = crate::protocol::number::index_of(&args[1])?;
    let proto = u8::try_from(proto)
        .ok()
        .filter(|p| (2..=5).contains(p))
        .ok_or_else(|| PyErr::value_error("the native pickler writes protocols 2 to 5"))?;
    let module = pickle_module(vm)?;
    let out = save::Pickler::new(proto, module).dump(vm, &args[0])?;
    Ok(Value::bytes(out))
}

/// `loads(data, find_class, encoding, errors)`.
fn loads(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kwargs("loads", kwargs)?;
    arg_count("loads", args, 4, 4)?;
    let data = crate::builtins::bytes::bytes_like(&args[0])?;
    let module = pickle_module(vm)?;
    let mut u = load::Unpickler::new(
        data,
        module,
        args[1].clone(),
        args[2].clone(),
        args[3].clone(),
    );
    u.load(vm)
}
