//! Interned identifier strings.
//!
//! Names in code (variables, attributes, globals) are interned once per
//! process as immortal str objects, so every interpreter shares them and name
//! comparisons are usually a pointer comparison. Their hash is computed before
//! they are published, so nothing ever writes to them afterwards.

use crate::object::{Obj, Payload, StaticObj, StrObj};
use crate::support::sync::process::{Mutex, OnceLock};
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
/// like `"__init__"`): a per-thread table keyed by the literal's address
/// skips the process-wide table's lock and hashing. Only `'static` strings
/// may be keyed by address, since their memory is never reused.
///
/// The operators of user classes call this for every `a + b`, so the
/// table is open-addressed with a multiplicative hash of the address: a
/// hit is a multiply and a compare or two, and it never evicts (it holds
/// at most the few hundred names Coral's source spells out).
#[inline]
pub fn intern_static(s: &'static str) -> &'static StaticObj {
    thread_local! {
        static NAMES: std::cell::RefCell<StaticNames> =
            const { std::cell::RefCell::new(StaticNames { slots: Vec::new(), used: 0 }) };
    }
    NAMES.with(|n| n.borrow_mut().get(s))
}

/// A slot: the literal's address and length, and its interned object.
type NameSlot = (usize, usize, Option<&'static StaticObj>);

/// The per-thread table behind [`intern_static`]; its size is a power of
/// two, at most half full.
struct StaticNames {
    slots: Vec<NameSlot>,
    used: usize,
}

impl StaticNames {
    #[inline(always)]
    fn start(key: (usize, usize), mask: usize) -> usize {
        // Fibonacci hashing: the top bits of the product mix every address bit.
        (((key.0 ^ key.1) as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 32) as usize & mask
    }

    /// The hit path, inlined into every caller: one probe.
    #[inline(always)]
    fn get(&mut self, s: &'static str) -> &'static StaticObj {
        let key = (s.as_ptr() as usize, s.len());
        let mask = self.slots.len().wrapping_sub(1);
        if let Some(&(a, l, Some(obj))) = self.slots.get(Self::start(key, mask)) {
            if (a, l) == key {
                return obj;
            }
        }
        self.get_slow(s)
    }

    /// The first use of a name on this thread, or a probe past a
    /// collision.
    #[cold]
    #[inline(never)]
    fn get_slow(&mut self, s: &'static str) -> &'static StaticObj {
        let key = (s.as_ptr() as usize, s.len());
        if self.slots.is_empty() {
            self.slots = vec![(0, 0, None); 64];
        }
        let mask = self.slots.len() - 1;
        let mut i = Self::start(key, mask);
        loop {
            match self.slots[i] {
                (a, l, Some(obj)) if (a, l) == key => return obj,
                (_, _, None) => break,
                _ => i = (i + 1) & mask,
            }
        }
        let obj = intern(s);
        self.slots[i] = (key.0, key.1, Some(obj));
        self.used += 1;
        if self.used * 2 > self.slots.len() {
            self.grow();
        }
        obj
    }

    fn grow(&mut self) {
        let bigger = vec![(0, 0, None); self.slots.len() * 2];
        let old = std::mem::replace(&mut self.slots, bigger);
        let mask = self.slots.len() - 1;
        for (a, l, obj) in old {
            if obj.is_some() {
                let mut i = Self::start((a, l), mask);
                while self.slots[i].2.is_some() {
                    i = (i + 1) & mask;
                }
                self.slots[i] = (a, l, obj);
            }
        }
    }
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
