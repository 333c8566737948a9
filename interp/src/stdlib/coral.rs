//! `_coral`: the optimizer API seen from Python, for tests and curious
//! programs (like CPython's `_testinternalcapi.get_executor`).
//!
//! Offsets are instruction-word indices, as `coral --dis` prints them.
//! A program can run under `python3` too by guarding the import
//! (`try: import _coral` / `except ImportError`).

use super::Namespace;
use crate::builtins::{arg_count, builtin_table, dict_set, no_args, no_kwargs, one_arg};
use crate::object::code::CodeObj;
use crate::object::error::{PyErr, PyResult};
use crate::object::value::Value;
use crate::object::{DictTable, KwArgs, Payload};
use crate::tier2::executor::InstrIndex;
use crate::vm::Vm;
use std::rc::Rc;

builtin_table! {
    static FUNCTIONS = [
    "optimizer" => optimizer,
    "stats" => stats,
    "invalidate_all" => invalidate_all,
    "executors" => executors,
    "get_executor" => get_executor,
    "set_hot_threshold" => set_hot_threshold,
    "dis" => dis,
    ];
}

pub(super) fn init(_vm: &mut Vm, ns: &mut Namespace) {
    ns.functions(&FUNCTIONS);
}

/// `_coral.optimizer()`: the current optimizer's name (`'none'`).
fn optimizer(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_args("optimizer", args, kwargs)?;
    Ok(Value::str(&vm.optimizer_slot().name()))
}

/// `_coral.stats()`: the optimizer API's counters, as a dict.
fn stats(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_args("stats", args, kwargs)?;
    let s = vm.optimizer_stats();
    let d = Value::dict(DictTable::new());
    for (k, v) in [
        ("executors_created", s.executors_created),
        ("executors_invalidated", s.executors_invalidated),
        ("executors_live", s.executors_live),
        ("enter_executor_hits", s.enter_executor_hits),
        ("optimizer_swaps", s.optimizer_swaps),
        ("compile_declined", s.compile_declined),
        ("compile_failed", s.compile_failed),
    ] {
        dict_set(&d, Value::str(k), Value::int(v as i64))?;
    }
    Ok(d)
}

/// `_coral.invalidate_all()`: invalidates every executor now.
fn invalidate_all(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_args("invalidate_all", args, kwargs)?;
    vm.invalidate_executors();
    Ok(Value::none())
}

/// The code of a function or code object.
fn code_of(v: &Value) -> PyResult<Rc<CodeObj>> {
    match v.payload() {
        Some(Payload::Code(c)) => Ok(c.clone()),
        Some(Payload::Function(f)) => Ok(f.code.rc()),
        _ => Err(PyErr::type_error(format!(
            "expected a function or code object, not {}",
            crate::object::types::type_name(v)
        ))),
    }
}

/// `_coral.executors(f)`: the offsets of `f`'s valid executors, sorted.
fn executors(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let code = code_of(one_arg("executors", args, kwargs)?)?;
    let mut offsets: Vec<u32> = (0..code.instrs.len() as u32)
        .filter(|&pc| vm.executor_at(&code, InstrIndex::from_u32(pc)).is_some())
        .collect();
    offsets.sort_unstable();
    Ok(Value::list(
        offsets
            .into_iter()
            .map(|o| Value::int(i64::from(o)))
            .collect(),
    ))
}

/// `_coral.get_executor(f, offset)`: `None`, or a dict describing the
/// valid executor at `offset` (`optimizer`, `offset`, `hits`,
/// `description`).
fn get_executor(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    arg_count("get_executor", args, 2, 2)?;
    no_kwargs("get_executor", kwargs)?;
    let code = code_of(&args[0])?;
    let offset = args[1]
        .as_small_int()
        .and_then(|o| u32::try_from(o).ok())
        .ok_or_else(|| PyErr::value_error("offset must be a non-negative int"))?;
    let Some(e) = vm.executor_at(&code, InstrIndex::from_u32(offset)) else {
        return Ok(Value::none());
    };
    let d = Value::dict(DictTable::new());
    dict_set(&d, Value::str("optimizer"), Value::str(e.optimizer()))?;
    dict_set(&d, Value::str("offset"), Value::int(i64::from(offset)))?;
    dict_set(&d, Value::str("hits"), Value::int(e.hits() as i64))?;
    dict_set(&d, Value::str("description"), Value::str(&e.describe()))?;
    Ok(d)
}

/// `_coral.set_hot_threshold(n)`: back edges before a loop is hot, for
/// counters armed from now on (1 to 4095).
fn set_hot_threshold(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let n = one_arg("set_hot_threshold", args, kwargs)?
        .as_small_int()
        .filter(|n| (1..=i64::from(crate::support::backoff::MAX_VALUE)).contains(n))
        .ok_or_else(|| PyErr::value_error("threshold must be an int from 1 to 4095"))?;
    vm.set_hot_threshold(n as u32);
    Ok(Value::none())
}

/// `_coral.dis(f)`: the live disassembly of `f`'s code in this
/// interpreter, with its executors.
fn dis(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let code = code_of(one_arg("dis", args, kwargs)?)?;
    let describe = |pc: usize| {
        let e = vm.executor_at(&code, InstrIndex::from_u32(pc as u32))?;
        Some(format!("{}: {}", e.optimizer(), e.describe()))
    };
    Ok(Value::str(&crate::bytecode::dis::disassemble_live(
        &code.code, &describe,
    )))
}
