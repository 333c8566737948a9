//! The set and frozenset payload: CPython's open-addressing table, probe for
//! probe (nine linear probes, then perturbation), so that iteration order and
//! therefore `print({3, 1, 2})` match CPython exactly.

use crate::object::alloc;
use crate::object::error::PyResult;
use crate::object::key::key_eq;
use crate::object::value::Value;

const MIN_SIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;

/// The slots a hash visits, in CPython's order: a run of up to
/// `LINEAR_PROBES + 1` neighbouring slots, then a jump to
/// `5 * i + 1 + perturb`. Every walk of the table (lookup, insertion,
/// rebuild) takes this one sequence; it never ends, so a walk stops at the
/// first empty slot, which a table below two-thirds full always has.
struct ProbeSeq {
    start: usize,
    next: usize,
    end: usize,
    perturb: u64,
    mask: usize,
}

impl ProbeSeq {
    #[inline(always)]
    fn new(hash: i64, mask: usize) -> ProbeSeq {
        let start = hash as u64 as usize & mask;
        ProbeSeq {
            start,
            next: start,
            end: run_end(start, mask),
            perturb: hash as u64,
            mask,
        }
    }

    /// The next slot index to look at.
    #[inline(always)]
    fn slot(&mut self) -> usize {
        if self.next > self.end {
            self.perturb >>= PERTURB_SHIFT;
            self.start = (self
                .start
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(self.perturb as usize))
                & self.mask;
            self.next = self.start;
            self.end = run_end(self.start, self.mask);
        }
        let j = self.next;
        self.next += 1;
        j
    }
}

/// The last slot of the linear run starting at `i` (runs do not wrap).
#[inline(always)]
fn run_end(i: usize, mask: usize) -> usize {
    if i + LINEAR_PROBES <= mask {
        i + LINEAR_PROBES
    } else {
        i
    }
}

enum Slot {
    Empty,
    Dummy,
    Active(i64, Value),
}

/// A hash set of values in CPython's table layout.
pub struct SetTable {
    table: Vec<Slot>,
    fill: usize,
    used: usize,
    finger: usize,
}

impl Default for SetTable {
    fn default() -> Self {
        SetTable::new()
    }
}

impl SetTable {
    /// An empty set.
    pub fn new() -> SetTable {
        SetTable {
            table: empty_table(MIN_SIZE),
            fill: 0,
            used: 0,
            finger: 0,
        }
    }

    /// Number of elements.
    #[inline]
    pub fn len(&self) -> usize {
        self.used
    }

    /// True if empty.
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    fn mask(&self) -> usize {
        self.table.len() - 1
    }

    /// Index of the slot holding `key`, if present.
    fn lookup(&self, key: &Value, hash: i64) -> Option<usize> {
        let mut seq = ProbeSeq::new(hash, self.mask());
        loop {
            let j = seq.slot();
            match &self.table[j] {
                Slot::Empty => return None,
                Slot::Active(h, k) if *h == hash && (k.is(key) || key_eq(k, key)) => {
                    return Some(j)
                }
                _ => {}
            }
        }
    }

    /// The elements whose hash is `hash` (for comparing a key of a
    /// user-defined class with `__eq__`, which the table cannot call).
    pub fn keys_with_hash(&self, hash: i64) -> Vec<Value> {
        let mut out = Vec::new();
        if self.table.is_empty() {
            return out;
        }
        let mut seq = ProbeSeq::new(hash, self.mask());
        loop {
            match &self.table[seq.slot()] {
                Slot::Empty => return out,
                Slot::Active(h, k) if *h == hash => out.push(k.clone()),
                _ => {}
            }
        }
    }

    /// True if `key` is an element.
    pub fn contains(&self, key: &Value, hash: i64) -> bool {
        self.lookup(key, hash).is_some()
    }

    /// Adds `key`; returns false if it was already there. For sets the
    /// interpreter sizes itself; a set a program grows takes
    /// [`SetTable::try_add`].
    pub fn add(&mut self, key: Value, hash: i64) -> bool {
        match self.try_add(key, hash) {
            Ok(added) => added,
            Err(_) => std::alloc::handle_alloc_error(std::alloc::Layout::new::<Slot>()),
        }
    }

    /// Adds `key`; returns false if it was already there, or
    /// `MemoryError` (with the set unchanged) if it cannot grow.
    pub fn try_add(&mut self, key: Value, hash: i64) -> PyResult<bool> {
        let mut seq = ProbeSeq::new(hash, self.mask());
        let mut freeslot = None;
        let empty_at = loop {
            let j = seq.slot();
            match &self.table[j] {
                Slot::Empty => break j,
                Slot::Active(h, k) if *h == hash && (k.is(&key) || key_eq(k, &key)) => {
                    return Ok(false)
                }
                Slot::Dummy => freeslot = Some(j),
                Slot::Active(..) => {}
            }
        };
        if let Some(slot) = freeslot {
            self.table[slot] = Slot::Active(hash, key);
            self.used += 1;
            return Ok(true);
        }
        self.table[empty_at] = Slot::Active(hash, key);
        self.fill += 1;
        self.used += 1;
        if self.fill * 5 >= self.mask() * 3 {
            let minused = if self.used > 50000 {
                self.used * 2
            } else {
                self.used * 4
            };
            // CPython resizes with the new key in place (which decides
            // iteration order); if that fails, take the key out again.
            if let Err(e) = self.resize(minused) {
                self.table[empty_at] = Slot::Empty;
                self.fill -= 1;
                self.used -= 1;
                return Err(e);
            }
        }
        Ok(true)
    }

    /// Removes `key`; returns false if it was absent.
    pub fn discard(&mut self, key: &Value, hash: i64) -> bool {
        match self.lookup(key, hash) {
            Some(j) => {
                self.table[j] = Slot::Dummy;
                self.used -= 1;
                true
            }
            None => false,
        }
    }

    /// Removes and returns an arbitrary element, the way CPython picks it.
    pub fn pop(&mut self) -> Option<Value> {
        if self.used == 0 {
            return None;
        }
        let mask = self.mask();
        let mut i = self.finger & mask;
        while !matches!(self.table[i], Slot::Active(..)) {
            i = if i == mask { 0 } else { i + 1 };
        }
        let Slot::Active(_, key) = std::mem::replace(&mut self.table[i], Slot::Dummy) else {
            return None;
        };
        self.used -= 1;
        self.finger = i + 1;
        Some(key)
    }

    /// Removes everything, back to the minimum table.
    pub fn clear(&mut self) {
        *self = SetTable::new();
    }

    /// [`SetTable::resize`] where the size is bounded by a set that
    /// already exists.
    fn resize_or_abort(&mut self, minused: usize) {
        if self.resize(minused).is_err() {
            std::alloc::handle_alloc_error(std::alloc::Layout::new::<Slot>());
        }
    }

    fn resize(&mut self, minused: usize) -> PyResult<()> {
        let mut newsize = MIN_SIZE;
        while newsize <= minused {
            newsize <<= 1;
        }
        let old = std::mem::replace(&mut self.table, try_empty_table(newsize)?);
        self.fill = 0;
        self.used = 0;
        for slot in old {
            if let Slot::Active(h, k) = slot {
                self.insert_clean(k, h);
            }
        }
        Ok(())
    }

    /// Inserts a key known to be absent into a table without dummies.
    fn insert_clean(&mut self, key: Value, hash: i64) {
        let mut seq = ProbeSeq::new(hash, self.mask());
        let at = loop {
            let j = seq.slot();
            if matches!(self.table[j], Slot::Empty) {
                break j;
            }
        };
        self.table[at] = Slot::Active(hash, key);
        self.fill += 1;
        self.used += 1;
    }

    /// Adds every element of `other` (CPython's `set_merge`, with its fast
    /// paths, because they decide the resulting order).
    pub fn merge(&mut self, other: &SetTable) {
        if other.used == 0 {
            return;
        }
        if (self.fill + other.used) * 5 >= self.mask() * 3 {
            self.resize_or_abort((self.used + other.used) * 2);
        }
        if self.fill == 0 && self.mask() == other.mask() && other.fill == other.used {
            for (dst, src) in self.table.iter_mut().zip(&other.table) {
                if let Slot::Active(h, k) = src {
                    *dst = Slot::Active(*h, k.clone());
                }
            }
            self.fill = other.fill;
            self.used = other.used;
            return;
        }
        if self.fill == 0 {
            for (h, k) in other.iter_hashed() {
                self.insert_clean(k.clone(), h);
            }
            return;
        }
        for (h, k) in other.iter_hashed() {
            self.add(k.clone(), h);
        }
    }

    /// Makes room before adding `n` entries of a dict (CPython's dict path).
    pub fn reserve_for_dict(&mut self, n: usize) {
        if (self.fill + n) * 5 >= self.mask() * 3 {
            self.resize_or_abort((self.used + n) * 2);
        }
    }

    /// After many removals, rebuilds if more than a quarter are dummies.
    pub fn shrink_dummies(&mut self) {
        if self.fill - self.used <= self.mask() / 4 {
            return;
        }
        let minused = if self.used > 50000 {
            self.used * 2
        } else {
            self.used * 4
        };
        self.resize_or_abort(minused);
    }

    /// A copy, built the way CPython's `set_copy` builds it.
    pub fn copy(&self) -> SetTable {
        let mut t = SetTable::new();
        t.merge(self);
        t
    }

    /// Elements in table order, with hashes.
    pub fn iter_hashed(&self) -> impl Iterator<Item = (i64, &Value)> {
        self.table.iter().filter_map(|s| match s {
            Slot::Active(h, k) => Some((*h, k)),
            _ => None,
        })
    }

    /// Elements in table order.
    pub fn iter(&self) -> impl Iterator<Item = &Value> {
        self.iter_hashed().map(|(_, k)| k)
    }

    /// Number of slots; positions below it may be passed to [`SetTable::slot_at`].
    pub fn slot_count(&self) -> usize {
        self.table.len()
    }

    /// The element in slot `i`, if active.
    pub fn slot_at(&self, i: usize) -> Option<&Value> {
        match self.table.get(i) {
            Some(Slot::Active(_, k)) => Some(k),
            _ => None,
        }
    }

    /// CPython's frozenset hash: order-independent over the element hashes.
    pub fn frozen_hash(&self) -> i64 {
        fn shuffle(h: u64) -> u64 {
            ((h ^ 89_869_747) ^ (h << 16)).wrapping_mul(3_644_798_167)
        }
        let mut hash: u64 = 0;
        for (h, _) in self.iter_hashed() {
            hash ^= shuffle(h as u64);
        }
        hash ^= (self.used as u64 + 1).wrapping_mul(1_927_868_237);
        hash ^= (hash >> 11) ^ (hash >> 25);
        hash = hash.wrapping_mul(69069).wrapping_add(907_133_923);
        if hash == u64::MAX {
            590_923_713
        } else {
            hash as i64
        }
    }
}

fn empty_table(n: usize) -> Vec<Slot> {
    (0..n).map(|_| Slot::Empty).collect()
}

fn try_empty_table(n: usize) -> PyResult<Vec<Slot>> {
    let mut t = alloc::vec_with_capacity(n)?;
    t.extend((0..n).map(|_| Slot::Empty));
    Ok(t)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn order(t: &SetTable) -> Vec<i64> {
        t.iter().filter_map(Value::as_small_int).collect()
    }

    fn set_of(xs: &[i64]) -> SetTable {
        let mut t = SetTable::new();
        for &x in xs {
            t.add(Value::int(x), x);
        }
        t
    }

    #[test]
    fn small_ints_iterate_like_cpython() {
        // Orders CPython 3.11 gives for sets built by successive `add`s.
        assert_eq!(order(&set_of(&[3, 1, 2])), vec![1, 2, 3]);
        assert_eq!(order(&set_of(&[10, 20, 30, 8])), vec![8, 10, 20, 30]);
        assert_eq!(order(&set_of(&[100, 5, 37])), vec![37, 100, 5]);
        assert_eq!(order(&set_of(&[0, 8, 16, 32, 64])), vec![0, 32, 64, 8, 16]);
    }

    #[test]
    fn pop_and_discard() {
        let mut t = set_of(&[1, 2, 3]);
        assert!(t.discard(&Value::int(2), 2));
        assert!(!t.discard(&Value::int(2), 2));
        assert_eq!(t.pop().and_then(|v| v.as_small_int()), Some(1));
        assert_eq!(t.pop().and_then(|v| v.as_small_int()), Some(3));
        assert!(t.pop().is_none());
    }

    #[test]
    fn frozenset_hash_matches_cpython() {
        // hash(frozenset()) and hash(frozenset({1, 2, 3})) in CPython 3.11.
        assert_eq!(SetTable::new().frozen_hash(), 133_146_708_735_736);
        assert_eq!(set_of(&[1, 2, 3]).frozen_hash(), -272_375_401_224_217_160);
    }
}
