//! `_atexit`: the native half of `atexit` (`lib/atexit.py` keeps the
//! registrations): running them, which the interpreter's end also does.

use super::Namespace;
use crate::builtins::{builtin_table, no_args};
use crate::object::error::PyResult;
use crate::object::value::Value;
use crate::object::KwArgs;
use crate::vm::Vm;

builtin_table! {
    static FUNCTIONS = [
    "run_exitfuncs" => run_exitfuncs,
    ];
}

pub(super) fn init(_vm: &mut Vm, ns: &mut Namespace) {
    ns.functions(&FUNCTIONS);
}

/// `atexit._run_exitfuncs()`: runs and forgets the registered functions.
fn run_exitfuncs(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_args("_run_exitfuncs", args, kwargs)?;
    vm.run_exit_handlers();
    Ok(Value::none())
}
