//! The dict payload: an insertion-ordered hash table in CPython's compact
//! layout (a dense entry array in insertion order, plus a sparse index table
//! probed with CPython's perturbation scheme).
//!
//! Keys are compared with [`crate::object::key::key_eq`], which is pure for every
//! hashable builtin type; callers compute hashes (which may raise) first.

use crate::object::alloc;
use crate::object::error::{PyErr, PyResult};
use crate::object::key::key_eq;
use crate::object::value::Value;

const EMPTY: u32 = u32::MAX;
const DUMMY: u32 = u32::MAX - 1;
const MIN_INDICES: usize = 8;
const PERTURB_SHIFT: u32 = 5;

/// The index slots a hash visits, in CPython's order (`5 * i + 1 +
/// perturb`). Lookup, the user-key scan and rebuild all take this one
/// sequence; it never ends, so a walk stops at the first empty slot.
struct ProbeSeq {
    i: usize,
    perturb: u64,
    mask: usize,
}

impl ProbeSeq {
    #[inline(always)]
    fn new(hash: i64, mask: usize) -> ProbeSeq {
        ProbeSeq {
            i: hash as u64 as usize & mask,
            perturb: hash as u64,
            mask,
        }
    }

    /// The next slot index to look at.
    #[inline(always)]
    fn slot(&mut self) -> usize {
        let i = self.i;
        self.perturb >>= PERTURB_SHIFT;
        self.i = (i
            .wrapping_mul(5)
            .wrapping_add(self.perturb as usize)
            .wrapping_add(1))
            & self.mask;
        i
    }
}

struct Entry {
    hash: i64,
    key: Value,
    value: Value,
}

/// An insertion-ordered hash table from keys to values.
#[derive(Default)]
pub struct DictTable {
    entries: Vec<Option<Entry>>,
    indices: Vec<u32>,
    len: usize,
    keys_version: u64,
    /// Some executor depends on this dict: writes through the VM notify
    /// the optimizer API (`tier2.rs`).
    watched: bool,
}

enum Probe {
    Found { slot: usize, entry: usize },
    Vacant { slot: usize },
}

impl DictTable {
    /// An empty table.
    pub fn new() -> DictTable {
        DictTable::default()
    }

    /// An empty table sized for `n` entries.
    pub fn with_capacity(n: usize) -> DictTable {
        let mut t = DictTable::new();
        if n > 0 {
            t.entries.reserve(n);
            t.indices = vec![EMPTY; indices_for(n)];
        }
        t
    }

    /// Number of live entries.
    #[inline]
    pub fn len(&self) -> usize {
        self.len
    }

    /// True if there are no entries.
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// True if some executor depends on this dict.
    #[inline]
    pub fn is_watched(&self) -> bool {
        self.watched
    }

    /// Marks the dict as one an executor depends on.
    pub fn watch(&mut self) {
        self.watched = true;
    }

    /// Changes whenever a key is added or removed (not when a value is
    /// replaced); inline caches of entry positions check it.
    #[inline]
    pub fn keys_version(&self) -> u64 {
        self.keys_version
    }

    /// Length of the entry array, holes included; positions below it are
    /// valid arguments to [`DictTable::entry_at`].
    #[inline]
    pub fn entry_capacity(&self) -> usize {
        self.entries.len()
    }

    /// The entry at a position, if it is live.
    #[inline]
    pub fn entry_at(&self, pos: usize) -> Option<(&Value, &Value)> {
        match self.entries.get(pos) {
            Some(Some(e)) => Some((&e.key, &e.value)),
            _ => None,
        }
    }

    fn probe(&self, key: &Value, hash: i64) -> Probe {
        let mut seq = ProbeSeq::new(hash, self.indices.len() - 1);
        let mut first_free = None;
        loop {
            let i = seq.slot();
            let idx = self.indices[i];
            if idx == EMPTY {
                return Probe::Vacant {
                    slot: first_free.unwrap_or(i),
                };
            }
            if idx == DUMMY {
                first_free.get_or_insert(i);
            } else if let Some(e) = &self.entries[idx as usize] {
                if e.hash == hash && (e.key.is(key) || key_eq(&e.key, key)) {
                    return Probe::Found {
                        slot: i,
                        entry: idx as usize,
                    };
                }
            }
        }
    }

    /// The keys whose hash is `hash` (for comparing a key of a
    /// user-defined class with `__eq__`, which the table cannot call).
    pub fn keys_with_hash(&self, hash: i64) -> Vec<Value> {
        let mut out = Vec::new();
        if self.len == 0 {
            return out;
        }
        let mut seq = ProbeSeq::new(hash, self.indices.len() - 1);
        loop {
            let idx = self.indices[seq.slot()];
            if idx == EMPTY {
                return out;
            }
            if let Some(Some(e)) = self.entries.get(idx as usize) {
                if e.hash == hash {
                    out.push(e.key.clone());
                }
            }
        }
    }

    /// Position of `key` in the entry array.
    pub fn find(&self, key: &Value, hash: i64) -> Option<usize> {
        if self.len == 0 {
            return None;
        }
        match self.probe(key, hash) {
            Probe::Found { entry, .. } => Some(entry),
            Probe::Vacant { .. } => None,
        }
    }

    /// The value for `key`.
    #[inline]
    pub fn get(&self, key: &Value, hash: i64) -> Option<&Value> {
        self.find(key, hash)
            .and_then(|pos| self.entry_at(pos))
            .map(|(_, v)| v)
    }

    /// Replaces the value of the live entry at `pos`; returns the old value,
    /// or gives `value` back if the entry is gone.
    pub fn replace_value_at(&mut self, pos: usize, value: Value) -> Result<Value, Value> {
        match self.entries.get_mut(pos) {
            Some(Some(e)) => Ok(std::mem::replace(&mut e.value, value)),
            _ => Err(value),
        }
    }

    /// Sets `key` to `value`; returns the replaced value, if any. For
    /// tables the interpreter sizes itself (namespaces, keyword
    /// arguments); a table a program grows takes [`DictTable::try_insert`].
    pub fn insert(&mut self, key: Value, hash: i64, value: Value) -> Option<Value> {
        match self.try_insert(key, hash, value) {
            Ok(old) => old,
            Err(_) => std::alloc::handle_alloc_error(std::alloc::Layout::new::<Entry>()),
        }
    }

    /// Sets `key` to `value`; returns the replaced value, if any, or
    /// `MemoryError` (with the table unchanged) if it cannot grow.
    pub fn try_insert(&mut self, key: Value, hash: i64, value: Value) -> PyResult<Option<Value>> {
        if self.indices.is_empty() {
            self.indices = alloc::filled_vec(EMPTY, MIN_INDICES)?;
        }
        let slot = match self.probe(&key, hash) {
            Probe::Found { entry, .. } => {
                let Some(e) = self.entries[entry].as_mut() else {
                    return Ok(None);
                };
                return Ok(Some(std::mem::replace(&mut e.value, value)));
            }
            Probe::Vacant { slot } => slot,
        };
        let slot = if (self.entries.len() + 1) * 3 > self.indices.len() * 2 {
            self.rebuild(self.len + 1)?;
            let Probe::Vacant { slot } = self.probe(&key, hash) else {
                unreachable!("key appeared during rebuild")
            };
            slot
        } else {
            slot
        };
        // Entry positions live in `u32` index slots, below the two markers.
        if self.entries.len() >= DUMMY as usize {
            return Err(PyErr::memory_error());
        }
        alloc::push(&mut self.entries, Some(Entry { hash, key, value }))?;
        self.indices[slot] = (self.entries.len() - 1) as u32;
        self.len += 1;
        self.keys_version += 1;
        Ok(None)
    }

    /// Removes `key`, returning its key and value.
    pub fn remove(&mut self, key: &Value, hash: i64) -> Option<(Value, Value)> {
        if self.len == 0 {
            return None;
        }
        let Probe::Found { slot, entry } = self.probe(key, hash) else {
            return None;
        };
        self.indices[slot] = DUMMY;
        let e = self.entries[entry].take()?;
        self.len -= 1;
        self.keys_version += 1;
        if self.len == 0 {
            self.entries.clear();
            self.indices.fill(EMPTY);
        }
        Some((e.key, e.value))
    }

    /// Removes and returns the last entry (for `popitem`).
    pub fn pop_last(&mut self) -> Option<(Value, Value)> {
        while let Some(last) = self.entries.pop() {
            if let Some(e) = last {
                let hash = e.hash;
                // Put it back so `remove` finds and unlinks the index slot.
                self.entries.push(Some(e));
                let key = self.entries.last()?.as_ref()?.key.clone();
                let out = self.remove(&key, hash);
                // `remove` left a hole at the end; drop trailing holes.
                while matches!(self.entries.last(), Some(None)) {
                    self.entries.pop();
                }
                return out;
            }
        }
        None
    }

    /// Removes everything.
    pub fn clear(&mut self) {
        self.entries.clear();
        self.indices.clear();
        self.len = 0;
        self.keys_version += 1;
    }

    /// Re-lays the table for `min_len` entries, dropping holes. Both new
    /// arrays are allocated before anything moves, so a `MemoryError`
    /// leaves the table as it was.
    fn rebuild(&mut self, min_len: usize) -> PyResult<()> {
        let want = min_len.max(self.len);
        let mut indices = alloc::filled_vec(EMPTY, indices_for(want))?;
        // Room to grow past `want` by half again, as a `Vec` would.
        let mut entries = alloc::vec_with_capacity(want.saturating_add(want / 2))?;
        let mask = indices.len() - 1;
        for (n, e) in self.entries.drain(..).flatten().enumerate() {
            let mut seq = ProbeSeq::new(e.hash, mask);
            let i = loop {
                let i = seq.slot();
                if indices[i] == EMPTY {
                    break i;
                }
            };
            indices[i] = n as u32;
            entries.push(Some(e));
        }
        self.indices = indices;
        self.entries = entries;
        self.keys_version += 1;
        Ok(())
    }

    /// Live entries in insertion order.
    pub fn iter(&self) -> impl Iterator<Item = (&Value, &Value)> {
        self.entries.iter().flatten().map(|e| (&e.key, &e.value))
    }

    /// Live entries with their hashes, in insertion order.
    pub fn iter_hashed(&self) -> impl Iterator<Item = (i64, &Value, &Value)> {
        self.entries
            .iter()
            .flatten()
            .map(|e| (e.hash, &e.key, &e.value))
    }

    /// A copy sharing the keys and values.
    pub fn clone_table(&self) -> DictTable {
        let mut t = DictTable::with_capacity(self.len);
        for (h, k, v) in self.iter_hashed() {
            t.insert(k.clone(), h, v.clone());
        }
        t
    }
}

/// Smallest power-of-two index table keeping the load under 2/3.
fn indices_for(n: usize) -> usize {
    let mut size = MIN_INDICES;
    while size * 2 < n * 3 {
        size *= 2;
    }
    size
}

/// Which view of a dict.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DictViewKind {
    /// `dict.keys()`.
    Keys,
    /// `dict.values()`.
    Values,
    /// `dict.items()`.
    Items,
}

/// A live view over a dict.
pub struct DictView {
    /// Which view.
    pub kind: DictViewKind,
    /// The dict.
    pub dict: Value,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::object::str::str_hash;

    fn s(x: &str) -> (Value, i64) {
        (Value::str(x), str_hash(x))
    }

    #[test]
    fn insert_get_remove_keep_order() {
        let mut t = DictTable::new();
        for i in 0..100 {
            let (k, h) = s(&format!("k{i}"));
            assert!(t.insert(k, h, Value::int(i)).is_none());
        }
        assert_eq!(t.len(), 100);
        let (k, h) = s("k42");
        assert_eq!(t.get(&k, h).and_then(Value::as_small_int), Some(42));
        assert!(t.remove(&k, h).is_some());
        assert!(t.get(&k, h).is_none());
        assert_eq!(t.len(), 99);
        t.insert(k.clone(), h, Value::int(-1));
        let order: Vec<String> = t
            .iter()
            .map(|(k, _)| k.as_str().unwrap_or("").to_owned())
            .collect();
        assert_eq!(order.last().map(String::as_str), Some("k42"));
        assert_eq!(order[42], "k43");
    }

    #[test]
    fn ints_collide_and_still_resolve() {
        let mut t = DictTable::new();
        for i in 0..1000i64 {
            t.insert(Value::int(i * 8), i * 8, Value::int(i));
        }
        for i in 0..1000i64 {
            assert_eq!(
                t.get(&Value::int(i * 8), i * 8)
                    .and_then(Value::as_small_int),
                Some(i)
            );
        }
        for i in (0..1000i64).step_by(2) {
            t.remove(&Value::int(i * 8), i * 8);
        }
        assert_eq!(t.len(), 500);
        assert_eq!(
            t.pop_last().and_then(|(k, _)| k.as_small_int()),
            Some(999 * 8)
        );
    }
}
