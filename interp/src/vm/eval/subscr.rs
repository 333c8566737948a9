//! Subscripts' fast paths: `BINARY_SUBSCR` and `STORE_SUBSCR` on a list
//! or tuple with a small int index, done inline; anything else goes to
//! `protocol::subscript`.

use crate::object::value::{discard, Value};
use crate::object::Payload;

/// `container[key]` for a list or tuple and an in-range small int; `None`
/// for everything else (including an index out of range, whose error the
/// general path raises).
#[inline(always)]
pub(super) fn index_fast(container: &Value, key: &Value) -> Option<Value> {
    match (container.payload(), key.as_small_int()) {
        (Some(Payload::List(l)), Some(i)) => {
            // SAFETY: the shared view is used only to clone one element;
            // nothing runs (no Python code, no mutation) before it goes out
            // of scope, and `try_borrow_unguarded` fails if the list is
            // mutably borrowed right now.
            match unsafe { l.try_borrow_unguarded() } {
                Ok(l) => {
                    let i = if i < 0 { i + l.len() as i64 } else { i };
                    l.get(i as usize).filter(|_| i >= 0).cloned()
                }
                Err(_) => None,
            }
        }
        (Some(Payload::Tuple(t)), Some(i)) => {
            let i = if i < 0 { i + t.len() as i64 } else { i };
            t.get(i as usize).filter(|_| i >= 0).cloned()
        }
        _ => None,
    }
}

/// `container[key] = v` for a list and an in-range small int: `Ok` when
/// done, else `v` back for the general path.
#[inline(always)]
pub(super) fn store_index_fast(container: &Value, key: &Value, v: Value) -> Result<(), Value> {
    let (Some(Payload::List(l)), Some(i)) = (container.payload(), key.as_small_int()) else {
        return Err(v);
    };
    let mut lm = l.borrow_mut();
    let len = lm.len() as i64;
    let i = if i < 0 { i + len } else { i };
    if !(0..len).contains(&i) {
        return Err(v);
    }
    let old = std::mem::replace(&mut lm[i as usize], v);
    drop(lm);
    discard(old);
    Ok(())
}
