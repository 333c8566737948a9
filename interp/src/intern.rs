//! Interned identifier strings.
//!
//! Names in code (variables, attributes, globals) are interned once per
//! process as immortal str objects, so every interpreter shares them and name
//! comparisons are usually a pointer comparison. Their hash is computed before
//! they are published, so nothing ever writes to them afterwards.

use crate::object::{Obj, Payload, StaticObj, StrObj};
use crate::sync::process::{Mutex, OnceLock};
use std::collections::HashMap;

type Table = HashMap<&'static str, &'static StaticObj>;

fn table() -> &'static Mutex<Table> {
    static TABLE: OnceLock<Mutex<Table>> = OnceLock::new();
    TABLE.get_or_init(|| Mutex::new(HashMap::new()))
}

/// The immortal interned str equal to `s`.
pub fn intern(s: &str) -> &'static StaticObj {
    // A poisoned lock only means another thread panicked mid-insert of a
    // complete entry; the map itself is still consistent.
    let mut t = table().lock().unwrap_or_else(|e| e.into_inner());
    if let Some(obj) = t.get(s) {
        return obj;
    }
    let obj: &'static StaticObj = Box::leak(Box::new(StaticObj(Obj::immortal(Payload::Str(
        StrObj::new_hashed(s.to_owned()),
    )))));
    let key = match &obj.0.payload {
        Payload::Str(so) => so.as_str(),
        _ => unreachable!("just built a str"),
    };
    t.insert(key, obj);
    obj
}

/// [`intern`] for a name written in Coral's source (special method names
/// like `"__init__"`): a per-thread cache keyed by the literal's address
/// skips the process-wide table's lock and hashing. Only `'static` strings
/// may be keyed by address, since their memory is never reused.
///
/// The operators of user classes call this for every `a + b`, so the cache
/// is direct-mapped: a hash of the address picks one slot, and a miss
/// (first use, or two literals sharing a slot) interns and takes the slot.
#[inline]
pub fn intern_static(s: &'static str) -> &'static StaticObj {
    const SLOTS: usize = 128;
    type Slot = (usize, usize, Option<&'static StaticObj>);
    thread_local! {
        static CACHE: std::cell::RefCell<[Slot; SLOTS]> =
            const { std::cell::RefCell::new([(0, 0, None); SLOTS]) };
    }
    let key = (s.as_ptr() as usize, s.len());
    // Fibonacci hashing: the top bits of the product mix every address bit.
    let slot = ((key.0 ^ key.1) as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 57;
    CACHE.with(|c| {
        let mut cache = c.borrow_mut();
        let entry = &mut cache[slot as usize % SLOTS];
        if let (a, l, Some(obj)) = *entry {
            if (a, l) == key {
                return obj;
            }
        }
        let obj = intern(s);
        *entry = (key.0, key.1, Some(obj));
        obj
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn interning_is_idempotent_and_immortal() {
        let a = intern("spam");
        let b = intern("spam");
        assert!(std::ptr::eq(a, b));
        assert!(a.0.is_immortal());
        assert_eq!(a.value().as_str(), Some("spam"));
        assert!(!std::ptr::eq(a, intern("eggs")));
    }

    #[test]
    fn static_names_intern_to_the_shared_object() {
        let names: Vec<&'static str> = (0..1000)
            .map(|i| &*Box::leak(format!("__n{i}__").into_boxed_str()))
            .collect();
        // Twice, so that the second round meets both hits and slots taken
        // over by other names.
        for _ in 0..2 {
            for &n in &names {
                assert!(std::ptr::eq(intern_static(n), intern(n)));
                assert_eq!(intern_static(n).value().as_str(), Some(n));
            }
        }
    }
}
