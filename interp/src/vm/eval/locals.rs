//! Fast locals and cells: the frame's slots that `LOAD_FAST`, `STORE_FAST`,
//! `LOAD_DEREF` and their superinstructions name by [`LocalIndex`].

use crate::bytecode::index::LocalIndex;
use crate::object::code::CodeObj;
use crate::object::error::{PyErr, PyResult};
use crate::object::types;
use crate::object::value::Value;
use cranelift_entity::EntityRef;

/// `LOAD_FAST`'s semantics, shared by its superinstructions.
#[inline(always)]
pub(super) fn load_fast(v: &Value, code: &CodeObj, local: LocalIndex) -> PyResult<Value> {
    if v.is_null() {
        return Err(unbound_local(code, local));
    }
    Ok(v.clone())
}

/// The local slot of cell or free variable `i` (the operand of `LOAD_DEREF`
/// and friends): they follow the fast locals.
#[inline(always)]
pub(super) fn cell_slot(code: &CodeObj, i: u32) -> LocalIndex {
    LocalIndex::new(code.code.varnames.len() + i as usize)
}

pub(super) fn unbound_local(code: &CodeObj, local: LocalIndex) -> PyErr {
    let name = code.code.varnames.get(local.index()).map_or("?", |n| &**n);
    PyErr::new(
        &types::UNBOUND_LOCAL_ERROR,
        format!("cannot access local variable '{name}' where it is not associated with a value"),
    )
}
