//! Building and taking apart containers: `BUILD_SET`, `BUILD_MAP`,
//! `BUILD_STRING`, and `UNPACK_SEQUENCE`/`UNPACK_EX` for anything that is not
//! an exactly sized tuple or list.

use crate::object::error::{PyErr, PyResult};
use crate::object::value::Value;
use crate::object::{DictTable, Obj, Payload, SetTable};
use crate::protocol::ops;
use crate::vm::Vm;
use std::cell::RefCell;

impl Vm {
    /// `UNPACK_SEQUENCE` for everything but an exactly sized tuple or list
    /// (the eval loop handles those inline): iterables, and the errors.
    pub(super) fn unpack_sequence(&mut self, seq: &Value, n: usize) -> PyResult<()> {
        let items: Vec<Value> = match seq.payload() {
            Some(Payload::Tuple(t)) => t.clone(),
            Some(Payload::List(l)) => l.borrow().clone(),
            _ => crate::protocol::iterate::collect_bounded(self, seq, n)?,
        };
        if items.len() != n {
            return Err(if items.len() > n {
                PyErr::value_error(format!("too many values to unpack (expected {n})"))
            } else {
                PyErr::value_error(format!(
                    "not enough values to unpack (expected {n}, got {})",
                    items.len()
                ))
            });
        }
        self.stack.extend(items.into_iter().rev());
        Ok(())
    }

    pub(super) fn unpack_ex(&mut self, seq: &Value, before: usize, after: usize) -> PyResult<()> {
        let items = crate::protocol::iterate::collect_for_unpack(self, seq)?;
        if items.len() < before + after {
            return Err(PyErr::value_error(format!(
                "not enough values to unpack (expected at least {}, got {})",
                before + after,
                items.len()
            )));
        }
        let mut items = items;
        let tail = items.split_off(items.len() - after);
        let middle = items.split_off(before);
        for v in tail.into_iter().rev() {
            self.stack.push(v);
        }
        self.stack.push(Value::list(middle));
        for v in items.into_iter().rev() {
            self.stack.push(v);
        }
        Ok(())
    }

    /// `BUILD_SET`: a set of `items`, hashed (user classes through
    /// `__hash__`) in order.
    pub(super) fn build_set(&mut self, items: Vec<Value>) -> PyResult<Value> {
        let mut t = SetTable::new();
        for v in items {
            let (h, canon) = ops::keys::set_key(self, &t, &v)?;
            t.try_add(canon.unwrap_or(v), h)?;
        }
        Ok(Obj::alloc(Payload::Set(RefCell::new(t))))
    }

    /// `BUILD_MAP`: a dict of the `n` key-value pairs in `items`.
    pub(super) fn build_map(&mut self, items: Vec<Value>, n: usize) -> PyResult<Value> {
        let d = Value::dict(DictTable::with_capacity(n));
        let mut it = items.into_iter();
        while let (Some(k), Some(v)) = (it.next(), it.next()) {
            crate::protocol::subscript::setitem(self, &d, k, v)?;
        }
        Ok(d)
    }
}

/// `BUILD_STRING`: the f-string's parts joined.
pub(super) fn build_string(parts: &[Value]) -> Value {
    let mut s = String::new();
    for p in parts {
        s.push_str(p.as_str().unwrap_or(""));
    }
    Value::string(s)
}
