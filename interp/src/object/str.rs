//! The str payload: UTF-8 text with its length in code points and a cached hash.
//!
//! Python indexes strings by code point. ASCII strings (the common case) index
//! by byte; others walk the UTF-8, which is correct but linear.
//!
//! The text lives in a `CompactString`, which keeps up to 24 bytes inside the
//! object: most strings a program makes (words, keys, short pieces) then cost
//! one allocation instead of two, and a dict probe that compares keys reads
//! one cache line per key instead of two.

use crate::object::error::{PyErr, PyResult};
use compact_str::CompactString;
use std::cell::Cell;

const HASH_UNSET: i64 = -1;
const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;

/// A Python str.
pub struct StrObj {
    s: CompactString,
    nchars: usize,
    hash: Cell<i64>,
}

impl StrObj {
    /// The empty string, for the immortal static; its hash is precomputed so
    /// that hashing it never writes.
    pub const fn empty() -> StrObj {
        StrObj {
            s: CompactString::const_new(""),
            nchars: 0,
            hash: Cell::new(str_hash_const_empty()),
        }
    }

    /// Wraps a buffer (moved inline when it is short).
    pub fn new(s: String) -> StrObj {
        StrObj::from_compact(CompactString::from(s))
    }

    /// Copies a slice.
    pub fn copy_of(s: &str) -> StrObj {
        StrObj::from_compact(CompactString::new(s))
    }

    /// `self + other`, built in place (no heap buffer when the result is
    /// short) and without rescanning for non-ASCII text; `MemoryError` if
    /// it cannot be allocated.
    pub fn concat(&self, other: &StrObj) -> PyResult<StrObj> {
        let bytes = crate::object::alloc::check_alloc(self.s.len().checked_add(other.s.len()))?;
        let mut s = CompactString::try_with_capacity(bytes).map_err(|_| PyErr::memory_error())?;
        s.push_str(&self.s);
        s.push_str(&other.s);
        Ok(StrObj {
            s,
            nchars: self.nchars + other.nchars,
            hash: Cell::new(HASH_UNSET),
        })
    }

    /// True for the empty string.
    pub fn is_empty(&self) -> bool {
        self.s.is_empty()
    }

    fn from_compact(s: CompactString) -> StrObj {
        let nchars = if s.is_ascii() {
            s.len()
        } else {
            s.chars().count()
        };
        StrObj {
            s,
            nchars,
            hash: Cell::new(HASH_UNSET),
        }
    }

    /// Wraps a buffer and computes its hash now (for immortal strings, whose
    /// cache must never be written later).
    pub fn new_hashed(s: String) -> StrObj {
        let obj = StrObj::new(s);
        obj.hash.set(str_hash(&obj.s));
        obj
    }

    /// The text.
    #[inline(always)]
    pub fn as_str(&self) -> &str {
        &self.s
    }

    /// Length in code points.
    #[inline(always)]
    pub fn char_len(&self) -> usize {
        self.nchars
    }

    /// True if every character is ASCII (byte index == char index).
    #[inline(always)]
    pub fn is_ascii(&self) -> bool {
        self.nchars == self.s.len()
    }

    /// The hash, computed once.
    #[inline]
    pub fn hash(&self) -> i64 {
        let h = self.hash.get();
        if h != HASH_UNSET {
            return h;
        }
        let h = str_hash(&self.s);
        self.hash.set(h);
        h
    }

    /// The code point at char index `i` (`i < char_len`).
    pub fn char_at(&self, i: usize) -> Option<char> {
        if self.is_ascii() {
            self.s.as_bytes().get(i).map(|&b| b as char)
        } else {
            self.s.chars().nth(i)
        }
    }

    /// Byte offset of char index `i` (`i <= char_len`).
    pub fn byte_offset(&self, i: usize) -> usize {
        if self.is_ascii() {
            i.min(self.s.len())
        } else {
            self.s
                .char_indices()
                .nth(i)
                .map_or(self.s.len(), |(pos, _)| pos)
        }
    }
}

/// The hash of a str. Python randomises str hashes per process, so no program
/// may depend on the value; FNV-1a is fast and stable, which keeps runs
/// reproducible.
pub fn str_hash(s: &str) -> i64 {
    bytes_hash(s.as_bytes())
}

/// The hash of a bytes object: that of the str with the same (ASCII)
/// content, as in CPython.
pub fn bytes_hash(bytes: &[u8]) -> i64 {
    // CPython's `_Py_HashBytes`: the empty string hashes to 0.
    if bytes.is_empty() {
        return 0;
    }
    let mut h = FNV_OFFSET;
    for &b in bytes {
        h ^= b as u64;
        h = h.wrapping_mul(FNV_PRIME);
    }
    fix_hash(h as i64)
}

const fn str_hash_const_empty() -> i64 {
    0
}

/// Python reserves -1 as an error marker: hashes never take that value.
#[inline(always)]
pub fn fix_hash(h: i64) -> i64 {
    if h == -1 {
        -2
    } else {
        h
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn char_lengths_and_indexing() {
        let a = StrObj::new("hello".into());
        assert!(a.is_ascii());
        assert_eq!(a.char_len(), 5);
        assert_eq!(a.char_at(1), Some('e'));
        let u = StrObj::new("héllo日本😀".into());
        assert!(!u.is_ascii());
        assert_eq!(u.char_len(), 8);
        assert_eq!(u.char_at(1), Some('é'));
        assert_eq!(u.char_at(7), Some('😀'));
        assert_eq!(u.byte_offset(2), 3);
        assert_eq!(u.byte_offset(8), u.as_str().len());
    }

    #[test]
    fn empty_hash_is_precomputed() {
        assert_eq!(StrObj::empty().hash(), str_hash(""));
        assert_eq!(StrObj::new_hashed("x".into()).hash(), str_hash("x"));
    }
}
