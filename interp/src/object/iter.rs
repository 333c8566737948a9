//! State of builtin iterators. Advancing them lives in `crate::protocol::iterate`,
//! because some (map, filter) call back into Python.

use super::DictViewKind;
use crate::object::error::PyResult;
use crate::object::types::TypeObj;
use crate::object::value::Value;
use crate::vm::Vm;

/// An iterator a native module defines (`itertools.count`...): its own
/// type, state and step. While `next` runs, the iterator's cell holds
/// [`IterState::Exhausted`], so Python code it calls that reaches the same
/// iterator finds it empty instead of a borrowed cell.
pub trait NativeIter {
    /// The next item; `None` once exhausted (and from then on).
    fn next(&mut self, vm: &mut Vm) -> PyResult<Option<Value>>;
    /// Its type.
    fn type_obj(&self) -> &'static TypeObj;
    /// For a type with its own repr (`count(5)`, `repeat('a', 2)`), the
    /// values it shows, as `name(repr, ...)`.
    fn repr_args(&self) -> Option<Vec<Value>> {
        None
    }
}

/// Where a builtin iterator is.
pub enum IterState {
    /// Over a list, by index (sees appends, like CPython).
    List {
        /// The list.
        seq: Value,
        /// Next index.
        idx: usize,
    },
    /// Over a tuple.
    Tuple {
        /// The tuple.
        seq: Value,
        /// Next index.
        idx: usize,
    },
    /// Over a str, by byte offset.
    Str {
        /// The str.
        seq: Value,
        /// Next byte offset.
        pos: usize,
    },
    /// Over a bytes object: its bytes as ints.
    Bytes {
        /// The bytes.
        seq: Value,
        /// Next offset.
        pos: usize,
    },
    /// Over a range.
    Range(RangeIter),
    /// Over a dict or one of its views.
    Dict {
        /// The dict.
        dict: Value,
        /// Next entry position.
        pos: usize,
        /// Keys, values or items.
        kind: DictViewKind,
        /// Length when iteration started, to detect resizing.
        len: usize,
        /// Entries still expected: one more means the keys changed while
        /// the size did not (CPython's `di_len`).
        left: usize,
    },
    /// Over a set or frozenset.
    Set {
        /// The set.
        set: Value,
        /// Next slot.
        pos: usize,
        /// Length when iteration started.
        len: usize,
    },
    /// `enumerate(it, start)`.
    Enumerate {
        /// Underlying iterator.
        it: Value,
        /// Next count.
        count: Value,
    },
    /// `zip(*its)`.
    Zip {
        /// Underlying iterators.
        its: Vec<Value>,
        /// `strict=True`: iterators of unequal lengths raise ValueError.
        strict: bool,
    },
    /// `map(func, *its)`.
    Map {
        /// The function.
        func: Value,
        /// Underlying iterators.
        its: Vec<Value>,
    },
    /// `filter(func, it)`.
    Filter {
        /// The predicate, or None for truthiness.
        func: Value,
        /// Underlying iterator.
        it: Value,
    },
    /// `reversed(seq)` over a list, tuple, str or range.
    Reversed {
        /// The sequence.
        seq: Value,
        /// Number of items left (next index is `left - 1`).
        left: usize,
    },
    /// Iteration through `__getitem__(0)`, `__getitem__(1)`... until
    /// `IndexError`, for instances of classes without `__iter__`.
    GetItem {
        /// The object.
        seq: Value,
        /// Next index.
        idx: usize,
    },
    /// `iter(func, sentinel)`: calls `func` until it returns `sentinel`.
    Callable {
        /// The function.
        func: Value,
        /// The value that ends the iteration.
        sentinel: Value,
    },
    /// A native module's iterator.
    Native(Box<dyn NativeIter>),
    /// A finished iterator.
    Exhausted,
}

/// The position of a range iterator; packed to 8-byte alignment for the same
/// reason as [`RangeObj`](super::RangeObj).
#[derive(Clone, Copy, Debug)]
#[repr(C, packed(8))]
pub struct RangeIter {
    next: i128,
    step: i128,
    left: i128,
}

impl RangeIter {
    /// An iterator over `range`.
    pub fn new(range: &super::RangeObj) -> RangeIter {
        RangeIter {
            next: range.start,
            step: range.step,
            left: range.len(),
        }
    }

    /// The next value, or None when done.
    #[inline(always)]
    #[allow(clippy::should_implement_trait)]
    pub fn next(&mut self) -> Option<i128> {
        if self.left > 0 {
            let v = self.next;
            self.next = v.wrapping_add(self.step);
            self.left -= 1;
            Some(v)
        } else {
            None
        }
    }
}
