//! Generator methods: `send`, `throw` and `close`.

use super::methods::{method_args, no_kw};
use crate::method_table;
use crate::object::error::PyResult;
use crate::object::value::Value;
use crate::object::{KwArgs, Payload};
use crate::vm::Vm;

method_table! {
    /// The methods of generators.
    pub static GENERATOR_METHODS = [
    "send" => gen_send,
    "throw" => gen_throw,
    "close" => gen_close,
    ];
}

fn gen_send(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kw("generator.send", kwargs)?;
    let rest = method_args("generator.send", args, 1, 1)?;
    gen_result(vm.send_generator(&args[0], rest[0].clone())?)
}

fn gen_result(r: crate::object::generator::Resumed) -> PyResult<Value> {
    match r {
        crate::object::generator::Resumed::Yielded(v) => Ok(v),
        crate::object::generator::Resumed::Returned(r) => {
            Err(crate::builtins::stop_iteration_with(r))
        }
    }
}

/// `gen.throw(exc)`, `gen.throw(type)` or `gen.throw(type, value)`.
fn gen_throw(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kw("generator.throw", kwargs)?;
    let rest = method_args("generator.throw", args, 1, 3)?;
    let exc = match rest {
        [ty, value, ..]
            if !value.is_none() && !matches!(value.payload(), Some(Payload::Exception(_))) =>
        {
            vm.call(ty, vec![value.clone()], &[])?
        }
        [_, value, ..] if !value.is_none() => value.clone(),
        [ty, ..] => ty.clone(),
        [] => Value::none(),
    };
    let err = crate::protocol::raise::make_raise(vm, exc, None)?;
    gen_result(crate::vm::generator::throw(vm, &args[0], err)?)
}

fn gen_close(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kw("generator.close", kwargs)?;
    method_args("generator.close", args, 0, 0)?;
    crate::vm::generator::close(vm, &args[0])?;
    Ok(Value::none())
}
