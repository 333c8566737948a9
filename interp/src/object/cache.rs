//! Inline cache storage of a per-interpreter code object: what `LOAD_GLOBAL`,
//! `LOAD_METHOD` on builtin types, and `LOAD_ATTR`/`STORE_ATTR`/`LOAD_METHOD`
//! on instances of user-defined classes remember between executions. The
//! eval loop fills and checks them (`vm::attr_cache`); here is only their
//! layout, which the code object owns.

use crate::object::types::TypeObj;
use crate::object::value::Value;
use crate::object::StaticObj;
use std::cell::{Cell, RefCell};

/// What a `LOAD_GLOBAL` found last time, valid while both dicts' key sets are
/// unchanged.
#[derive(Clone, Copy, Debug, Default)]
pub struct GlobalCache {
    /// `keys_version` of the globals dict when cached (0: empty cache).
    pub globals_version: u64,
    /// `keys_version` of the builtins dict when cached.
    pub builtins_version: u64,
    /// Entry position in the dict that holds the name.
    pub index: u32,
    /// True if the name was found in builtins.
    pub in_builtins: bool,
}

/// What a `LOAD_METHOD` found for a builtin type: both are immortal statics.
pub type MethodCache = Option<(&'static TypeObj, &'static StaticObj)>;

/// What a cache slot remembers.
#[derive(Clone)]
pub enum AttrKind {
    /// Entry index in the instance dict.
    Dict(u32),
    /// A class attribute, bound on access like any class attribute.
    Class(Value),
    /// A property's getter.
    Property(Value),
    /// Index in the instance's `__slots__` storage.
    Slot(u32),
}

/// Classes one cache slot remembers.
pub const WAYS: usize = 4;

/// One cache slot's content.
pub struct AttrCache {
    pub(crate) class_id: u64,
    pub(crate) epoch: u64,
    pub(crate) kind: AttrKind,
}

/// A cache slot: up to [`WAYS`] entries, the newest replacing the oldest.
#[derive(Default)]
pub struct AttrSlot {
    pub(crate) ways: RefCell<[Option<AttrCache>; WAYS]>,
    pub(crate) next: Cell<u8>,
}
