//! `_operator` and `_functools`' `reduce`: the operator functions as
//! builtins, as CPython's accelerators make them (`operator.add` is a
//! `<built-in function add>` and costs a native call, not a Python frame).
//! Each is the protocol operation the matching instruction runs, so it
//! dispatches to special methods exactly as the operator does.
//! `lib/operator.py` keeps the rest (`attrgetter`, `itemgetter`,
//! `methodcaller`, `concat`, `countOf`, `indexOf`, `length_hint`...).

use super::Namespace;
use crate::builtins::{arg_count, builtin_table, no_kwargs, one_arg};
use crate::object::error::{PyErr, PyResult};
use crate::object::value::Value;
use crate::object::KwArgs;
use crate::protocol::ops::{self, BinOp, CmpOp};
use crate::protocol::{iterate, subscript};
use crate::vm::Vm;

/// Defines `fn $f` as the binary operation `$op` of the two arguments.
macro_rules! binary_fns {
    ($($f:ident = $name:literal $op:ident;)*) => {$(
        fn $f(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
            let [a, b] = two(concat!("_operator.", $name), $name, args, kwargs)?;
            ops::binary_op(vm, BinOp::$op, a, b)
        }
    )*};
}

/// Defines `fn $f` as the rich comparison `$op`.
macro_rules! compare_fns {
    ($($f:ident = $name:literal $op:ident;)*) => {$(
        fn $f(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
            let [a, b] = two(concat!("_operator.", $name), $name, args, kwargs)?;
            ops::compare_op(vm, a, b, CmpOp::$op)
        }
    )*};
}

binary_fns! {
    add = "add" Add; sub = "sub" Sub; mul = "mul" Mul; matmul = "matmul" MatMul;
    truediv = "truediv" TrueDiv; floordiv = "floordiv" FloorDiv; mod_ = "mod" Mod;
    pow = "pow" Pow; lshift = "lshift" LShift; rshift = "rshift" RShift;
    and_ = "and_" And; or_ = "or_" Or; xor = "xor" Xor;
    iadd = "iadd" IAdd; isub = "isub" ISub; imul = "imul" IMul; imatmul = "imatmul" IMatMul;
    itruediv = "itruediv" ITrueDiv; ifloordiv = "ifloordiv" IFloorDiv; imod = "imod" IMod;
    ipow = "ipow" IPow; ilshift = "ilshift" ILShift; irshift = "irshift" IRShift;
    iand = "iand" IAnd; ior = "ior" IOr; ixor = "ixor" IXor;
}

compare_fns! {
    lt = "lt" Lt; le = "le" Le; eq = "eq" Eq; ne = "ne" Ne; gt = "gt" Gt; ge = "ge" Ge;
}

builtin_table! {
    static FUNCTIONS = [
    "add" => add, "sub" => sub, "mul" => mul, "matmul" => matmul,
    "truediv" => truediv, "floordiv" => floordiv, "mod" => mod_, "pow" => pow,
    "lshift" => lshift, "rshift" => rshift, "and_" => and_, "or_" => or_, "xor" => xor,
    "iadd" => iadd, "isub" => isub, "imul" => imul, "imatmul" => imatmul,
    "itruediv" => itruediv, "ifloordiv" => ifloordiv, "imod" => imod, "ipow" => ipow,
    "ilshift" => ilshift, "irshift" => irshift, "iand" => iand, "ior" => ior, "ixor" => ixor,
    "lt" => lt, "le" => le, "eq" => eq, "ne" => ne, "gt" => gt, "ge" => ge,
    "not_" => not_, "truth" => truth, "is_" => is_, "is_not" => is_not,
    "contains" => contains, "getitem" => getitem, "setitem" => setitem,
    "delitem" => delitem,
    ];
}

builtin_table! {
    static FUNCTOOLS = [
    "reduce" => reduce,
    ];
}

pub(super) fn init(_vm: &mut Vm, ns: &mut Namespace) {
    ns.functions(&FUNCTIONS);
}

pub(super) fn init_functools(_vm: &mut Vm, ns: &mut Namespace) {
    ns.functions(&FUNCTOOLS);
}

/// The two operands of a positional-only two-argument function.
fn two<'a>(qual: &str, name: &str, args: &'a [Value], kwargs: &KwArgs) -> PyResult<&'a [Value; 2]> {
    no_kwargs(qual, kwargs)?;
    arg_count(name, args, 2, 2)?;
    args.try_into()
        .map_err(|_| PyErr::type_error(format!("{name} expected 2 arguments")))
}

fn not_(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let a = one_arg("_operator.not_", args, kwargs)?;
    ops::truthy_vm(vm, a).map(|t| Value::bool(!t))
}

fn truth(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let a = one_arg("_operator.truth", args, kwargs)?;
    ops::truthy_vm(vm, a).map(Value::bool)
}

fn is_(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let [a, b] = two("_operator.is_", "is_", args, kwargs)?;
    Ok(Value::bool(a.is(b)))
}

fn is_not(_vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let [a, b] = two("_operator.is_not", "is_not", args, kwargs)?;
    Ok(Value::bool(!a.is(b)))
}

fn contains(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let [a, b] = two("_operator.contains", "contains", args, kwargs)?;
    iterate::contains(vm, a, b).map(Value::bool)
}

fn getitem(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let [a, b] = two("_operator.getitem", "getitem", args, kwargs)?;
    subscript::getitem(vm, a, b)
}

fn setitem(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kwargs("_operator.setitem", kwargs)?;
    arg_count("setitem", args, 3, 3)?;
    subscript::setitem(vm, &args[0], args[1].clone(), args[2].clone())?;
    Ok(Value::none())
}

fn delitem(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let [a, b] = two("_operator.delitem", "delitem", args, kwargs)?;
    subscript::delitem(vm, a, b)?;
    Ok(Value::none())
}

/// `functools.reduce(function, iterable[, initial])`.
fn reduce(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kwargs("reduce", kwargs)?;
    arg_count("reduce", args, 2, 3)?;
    let it = iterate::get_iter(vm, &args[1]).map_err(|e| {
        if e.matches(&crate::object::types::TYPE_ERROR) {
            PyErr::type_error("reduce() arg 2 must support iteration")
        } else {
            e
        }
    })?;
    let mut acc = match args.get(2) {
        Some(initial) => initial.clone(),
        None => iterate::next(vm, &it)?
            .ok_or_else(|| PyErr::type_error("reduce() of empty iterable with no initial value"))?,
    };
    while let Some(item) = iterate::next(vm, &it)? {
        acc = vm.call(&args[0], vec![acc, item], &[])?;
    }
    Ok(acc)
}
