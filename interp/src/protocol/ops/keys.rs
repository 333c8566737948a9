//! Dict and set keys of user-defined classes.
//!
//! The hash tables compare keys without running Python (identity, then
//! builtin equality), so a key whose class defines `__eq__` is first
//! replaced by the equal key already in the table, found by calling
//! `__eq__` on the entries with the same hash. The tables then find that
//! key by identity. Builtin keys skip all of this.

use crate::object::error::PyResult;
use crate::object::value::Value;
use crate::object::{DictTable, SetTable};
use crate::vm::Vm;
use std::cell::RefCell;

/// The first of `candidates` equal to `key`.
fn canonical(vm: &mut Vm, key: &Value, candidates: Vec<Value>) -> PyResult<Option<Value>> {
    for c in candidates {
        if c.is(key) || super::eq(vm, &c, key)? {
            return Ok(Some(c));
        }
    }
    Ok(None)
}

/// The hash of `key`, and for an instance of a user-defined class the equal
/// key among `candidates(hash)` (the table's keys with that hash, read
/// without keeping the table borrowed while `__eq__` runs).
fn key_for(
    vm: &mut Vm,
    key: &Value,
    candidates: impl FnOnce(i64) -> Vec<Value>,
) -> PyResult<(i64, Option<Value>)> {
    let h = super::hash_vm(vm, key)?;
    if crate::object::types::class_of(key).is_none() {
        return Ok((h, None));
    }
    Ok((h, canonical(vm, key, candidates(h))?))
}

/// The hash of `key` for a dict, and the equal key already in it when
/// `key` is an instance of a user-defined class.
pub fn dict_key(
    vm: &mut Vm,
    table: &RefCell<DictTable>,
    key: &Value,
) -> PyResult<(i64, Option<Value>)> {
    key_for(vm, key, |h| table.borrow().keys_with_hash(h))
}

/// As [`dict_key`], for a set's table.
pub fn set_key(vm: &mut Vm, table: &SetTable, key: &Value) -> PyResult<(i64, Option<Value>)> {
    key_for(vm, key, |h| table.keys_with_hash(h))
}

/// As [`dict_key`], for a mutable set.
pub fn set_cell_key(
    vm: &mut Vm,
    table: &RefCell<SetTable>,
    key: &Value,
) -> PyResult<(i64, Option<Value>)> {
    key_for(vm, key, |h| table.borrow().keys_with_hash(h))
}
