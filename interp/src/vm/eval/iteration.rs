//! Iteration's fast path: `FOR_ITER` over the builtin iterators of ranges,
//! lists, tuples and ASCII strs, advanced inline; anything else (and a str
//! with a non-ASCII character next) goes to `protocol::iterate`.

use crate::object::value::Value;
use crate::object::{IterState, Payload};

/// The next item of a builtin iterator: `Some(Some(v))`, `Some(None)` when
/// it is exhausted, `None` when the general path must advance it.
#[inline(always)]
pub(super) fn next_fast(it: &Value) -> Option<Option<Value>> {
    match it.payload() {
        Some(Payload::Iter(state)) => {
            let mut st = state.borrow_mut();
            match &mut *st {
                IterState::Range(r) => Some(r.next().map(Value::int128)),
                IterState::List { seq, idx } => {
                    let item = seq.as_list().and_then(|l| {
                        // SAFETY: as in `subscr::index_fast`: only one
                        // element is cloned while the view lives.
                        unsafe { l.try_borrow_unguarded() }
                            .ok()
                            .and_then(|l| l.get(*idx).cloned())
                    });
                    if item.is_some() {
                        *idx += 1;
                    }
                    Some(item)
                }
                IterState::Tuple { seq, idx } => {
                    let item = seq.as_tuple().and_then(|t| t.get(*idx).cloned());
                    if item.is_some() {
                        *idx += 1;
                    }
                    Some(item)
                }
                IterState::Str { seq, pos } => {
                    let s = seq.as_str().unwrap_or("");
                    match s.as_bytes().get(*pos) {
                        Some(&b) if b.is_ascii() => {
                            *pos += 1;
                            Some(Some(crate::protocol::iterate::char_value(b as char)))
                        }
                        Some(_) => None,
                        None => Some(None),
                    }
                }
                _ => None,
            }
        }
        _ => None,
    }
}
