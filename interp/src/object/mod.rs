//! Heap objects.
//!
//! A heap object is an [`Obj`]: a non-atomic reference count followed by a
//! [`Payload`], one enum variant per builtin kind. Objects are owned by exactly
//! one interpreter and reached only through [`Value`]s, which are `!Send`.
//!
//! Immortal objects (None, True, False, builtin types and functions, interned
//! strings, the empty tuple and string) carry the [`IMMORTAL`] count: reference
//! count operations read it and never write, so interpreters on different cores
//! may share them without ever writing the same cache line (PEP 683). Builtin
//! immortals are `static`s, built at compile time, which also keeps start-up
//! free of work.

pub mod alloc;
pub mod cache;
mod class;
pub mod code;
mod dict;
pub mod error;
pub mod exception;
pub mod finalize;
pub mod frame;
mod function;
pub mod generator;
mod int;
pub mod intern;
mod iter;
pub mod key;
mod set;
pub mod str;
pub mod types;
pub mod value;

pub use crate::builtin_fn;
pub use crate::builtin_table;
pub use class::{ClassObj, InstanceObj, MemberObj, MethodObj, PropertyObj, SuperObj};
pub use dict::{DictTable, DictView, DictViewKind};
pub use function::{
    BuiltinDef, BuiltinFn, BuiltinKind, BuiltinObj, CellObj, CodeSlot, Function, KwArgs,
};
pub use int::IntObj;
pub use iter::{IterState, NativeIter, RangeIter};
pub use set::SetTable;
pub use str::StrObj;

use crate::object::code::CodeObj;
use crate::object::exception::ExcObj;
use crate::object::generator::GenObj;
use crate::object::types::TypeObj;
use crate::object::value::Value;
use num_bigint::BigInt;
use std::cell::{Cell, RefCell};
use std::ptr::NonNull;
use std::rc::Rc;

/// The reference count of an immortal object; never incremented or decremented.
pub const IMMORTAL: usize = usize::MAX;

/// Nested frees allowed before further frees are deferred (see `Obj::free`).
const MAX_FREE_DEPTH: usize = 1000;

thread_local! {
    static FREE_DEPTH: Cell<usize> = const { Cell::new(0) };
    static DEFERRED: RefCell<Vec<*mut Obj>> = const { RefCell::new(Vec::new()) };
}

/// A heap object: reference count and payload.
pub struct Obj {
    rc: Cell<usize>,
    /// What the object is.
    pub payload: Payload,
}

/// The kinds of heap object.
pub enum Payload {
    /// The VM's NULL marker: an unbound local, or the empty slot of the call
    /// protocol. Never visible to Python code.
    Null,
    /// `None`.
    None,
    /// `True` or `False`.
    Bool(bool),
    /// `...`.
    Ellipsis,
    /// `NotImplemented`.
    NotImplemented,
    /// A NaN float (other floats are inline); boxed so it has an identity.
    Float(f64),
    /// An int too large for the inline form; never one that fits inline.
    Int(IntObj),
    /// A str.
    Str(StrObj),
    /// A tuple; immutable once built.
    Tuple(Vec<Value>),
    /// A list.
    List(RefCell<Vec<Value>>),
    /// A dict.
    Dict(RefCell<DictTable>),
    /// A set.
    Set(RefCell<SetTable>),
    /// A frozenset; immutable once built.
    FrozenSet(SetTable),
    /// A range with machine-word bounds.
    Range(RangeObj),
    /// A slice object.
    Slice(Box<SliceObj>),
    /// A function defined in Python.
    Function(Box<Function>),
    /// A function or method implemented in Rust, maybe bound to `self`.
    Builtin(BuiltinObj),
    /// A builtin type.
    Type(&'static TypeObj),
    /// An exception instance.
    Exception(Box<ExcObj>),
    /// A module.
    Module(Box<ModuleObj>),
    /// A code object.
    Code(Rc<CodeObj>),
    /// A closure cell.
    Cell(CellObj),
    /// An iterator over a builtin sequence or a builtin lazy iterator.
    Iter(Box<RefCell<IterState>>),
    /// `dict.keys()`, `.values()` or `.items()`.
    DictView(DictView),
    /// A generator (from a generator expression in this level).
    Generator(Box<RefCell<GenObj>>),
    /// A user-defined class.
    Class(Box<ClassObj>),
    /// An instance of a user-defined class.
    Instance(Box<InstanceObj>),
    /// A bound method.
    Method(Box<MethodObj>),
    /// `staticmethod(f)`.
    StaticMethod(Value),
    /// `classmethod(f)`.
    ClassMethod(Value),
    /// A property.
    Property(Box<PropertyObj>),
    /// A slot's `member_descriptor`.
    Member(Box<MemberObj>),
    /// A `super()` object.
    Super(Box<SuperObj>),
    /// A bytes object; immutable.
    Bytes(Box<[u8]>),
    /// A frame object (`sys._getframe()`, a trace function's argument).
    Frame(Box<crate::object::frame::FrameObj>),
    /// Native state of a module written in Rust (a lock, a queue end, an
    /// interpreter's handle), opaque to Python code.
    Handle(Box<dyn std::any::Any>),
}

/// `range(start, stop, step)`, with bounds wide enough for the big-int
/// ranges programs write (`range(2**64, 2**64 + 3)`).
///
/// Packed to 8-byte alignment: an `i128` field would otherwise raise the
/// alignment of every [`Obj`] to 16, and mimalloc serves 16-aligned 96-byte
/// requests through its slow over-allocating path.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(C, packed(8))]
pub struct RangeObj {
    /// First value.
    pub start: i128,
    /// End, exclusive.
    pub stop: i128,
    /// Step, never zero.
    pub step: i128,
}

impl RangeObj {
    /// Number of values in the range.
    pub fn len(&self) -> i128 {
        let (lo, hi, step) = if self.step > 0 {
            (self.start, self.stop, self.step)
        } else {
            (self.stop, self.start, -self.step)
        };
        if lo >= hi {
            0
        } else {
            (hi - lo - 1) / step + 1
        }
    }

    /// Number of values, or CPython's OverflowError when it exceeds
    /// `ssize_t` (`len(range(10**20))`).
    pub fn ssize_len(&self) -> crate::object::error::PyResult<usize> {
        usize::try_from(self.len())
            .ok()
            .filter(|&n| n <= i64::MAX as usize)
            .ok_or_else(|| {
                crate::object::error::PyErr::overflow(
                    "Python int too large to convert to C ssize_t",
                )
            })
    }

    /// True if the range has no values.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The `i`th value, `0 <= i < len`.
    pub fn item(&self, i: i128) -> i128 {
        self.start + i * self.step
    }
}

/// `slice(start, stop, step)`.
pub struct SliceObj {
    /// Start, or None.
    pub start: Value,
    /// Stop, or None.
    pub stop: Value,
    /// Step, or None.
    pub step: Value,
}

/// A module: its name and its globals.
pub struct ModuleObj {
    /// `__name__`.
    pub name: String,
    /// The module's namespace (a dict value).
    pub dict: Value,
}

impl Obj {
    /// An object with the immortal count, for `static`s.
    pub const fn immortal(payload: Payload) -> Obj {
        Obj {
            rc: Cell::new(IMMORTAL),
            payload,
        }
    }

    /// Allocates a new object with one reference, owned by the returned value.
    pub fn alloc(payload: Payload) -> Value {
        let boxed = Box::new(Obj {
            rc: Cell::new(1),
            payload,
        });
        Value::from_owned_obj(NonNull::from(Box::leak(boxed)))
    }

    /// True for immortal objects.
    #[inline(always)]
    pub fn is_immortal(&self) -> bool {
        self.rc.get() == IMMORTAL
    }

    /// Current reference count ([`IMMORTAL`] for immortals).
    pub fn refcount(&self) -> usize {
        self.rc.get()
    }

    /// Adds a reference (no write for immortals).
    #[inline(always)]
    pub fn incref(&self) {
        let rc = self.rc.get();
        if rc != IMMORTAL {
            self.rc.set(rc + 1);
        }
    }

    /// Drops a reference, freeing the object when it was the last one.
    ///
    /// # Safety
    /// `ptr` must point to a live object and the caller must own one of its
    /// references, which this call consumes.
    #[inline(always)]
    pub(crate) unsafe fn decref(ptr: *mut Obj) {
        // SAFETY: the caller guarantees `ptr` is live.
        let obj = unsafe { &*ptr };
        let rc = obj.rc.get();
        if rc == IMMORTAL {
            return;
        }
        if rc == 1 {
            // SAFETY: the caller's reference was the last one.
            unsafe { Obj::free(ptr) }
        } else {
            obj.rc.set(rc - 1);
        }
    }

    /// Frees an object whose last reference is gone. Kept out of line so
    /// that `Value`'s drop stays a few instructions and inlines everywhere.
    ///
    /// # Safety
    /// `ptr` must be a live mortal object with no other reference.
    ///
    /// Freeing a container frees its items, which may be containers: a
    /// million nested lists would recurse a million deep. Like CPython's
    /// trashcan, past [`MAX_FREE_DEPTH`] nested frees the object is parked
    /// on a per-thread list that the outermost free drains in a loop.
    #[cold]
    #[inline(never)]
    unsafe fn free(ptr: *mut Obj) {
        // SAFETY: as required of the caller; on `true` the object was
        // parked for closing and must not be freed here.
        if unsafe { crate::object::finalize::adopt(ptr) } {
            return;
        }
        let depth = FREE_DEPTH.with(|d| {
            let v = d.get() + 1;
            d.set(v);
            v
        });
        if depth > MAX_FREE_DEPTH {
            DEFERRED.with(|q| q.borrow_mut().push(ptr));
        } else {
            // SAFETY: every mortal object was allocated by `Obj::alloc` as a
            // `Box<Obj>`, and the caller owned its last reference.
            drop(unsafe { Box::from_raw(ptr) });
            if depth == 1 {
                while let Some(next) = DEFERRED.with(|q| q.borrow_mut().pop()) {
                    // SAFETY: parked pointers are objects whose last
                    // reference was given up; each is parked exactly once.
                    drop(unsafe { Box::from_raw(next) });
                }
            }
        }
        FREE_DEPTH.with(|d| d.set(d.get() - 1));
    }
}

/// An immortal object that may live in a `static`.
#[repr(transparent)]
pub struct StaticObj(pub Obj);

// SAFETY: a StaticObj is created with the IMMORTAL count, so `incref` and
// `decref` only read its count, and every payload placed in a static (None,
// Bool, Ellipsis, NotImplemented, Type, Builtin with no bound self, empty Str
// and Tuple) has no interior mutability that any code path writes. Concurrent
// reads of never-written memory are not data races.
unsafe impl Sync for StaticObj {}

impl StaticObj {
    /// A new reference to this immortal object.
    #[inline(always)]
    pub fn value(&'static self) -> Value {
        Value::from_owned_obj(NonNull::from(&self.0))
    }
}

/// The `None` object.
pub static NONE: StaticObj = StaticObj(Obj::immortal(Payload::None));
/// The `True` object.
pub static TRUE: StaticObj = StaticObj(Obj::immortal(Payload::Bool(true)));
/// The `False` object.
pub static FALSE: StaticObj = StaticObj(Obj::immortal(Payload::Bool(false)));
/// The `Ellipsis` object.
pub static ELLIPSIS: StaticObj = StaticObj(Obj::immortal(Payload::Ellipsis));
/// The `NotImplemented` object.
pub static NOT_IMPLEMENTED: StaticObj = StaticObj(Obj::immortal(Payload::NotImplemented));
/// The NULL marker.
pub static NULL: StaticObj = StaticObj(Obj::immortal(Payload::Null));
/// The empty tuple.
pub static EMPTY_TUPLE: StaticObj = StaticObj(Obj::immortal(Payload::Tuple(Vec::new())));
/// The empty str.
pub static EMPTY_STR: StaticObj = StaticObj(Obj::immortal(Payload::Str(StrObj::empty())));

impl Value {
    /// `None`.
    #[inline(always)]
    pub fn none() -> Value {
        NONE.value()
    }

    /// `True` or `False`.
    #[inline(always)]
    pub fn bool(b: bool) -> Value {
        if b {
            TRUE.value()
        } else {
            FALSE.value()
        }
    }

    /// True if this is `None`.
    #[inline(always)]
    pub fn is_none(&self) -> bool {
        self.as_obj().is_some_and(|o| std::ptr::eq(o, &NONE.0))
    }

    /// The NULL marker.
    #[inline(always)]
    pub fn null() -> Value {
        NULL.value()
    }

    /// True if this is the NULL marker.
    #[inline(always)]
    pub fn is_null(&self) -> bool {
        self.as_obj().is_some_and(|o| std::ptr::eq(o, &NULL.0))
    }

    /// True if this is `True` or `False`.
    pub fn as_bool(&self) -> Option<bool> {
        match self.as_obj().map(|o| &o.payload) {
            Some(Payload::Bool(b)) => Some(*b),
            _ => None,
        }
    }

    /// The payload of a heap value.
    #[inline(always)]
    pub fn payload(&self) -> Option<&Payload> {
        self.as_obj().map(|o| &o.payload)
    }

    /// An int value from any i64, boxing it when it does not fit inline.
    #[inline(always)]
    pub fn int(i: i64) -> Value {
        match Value::try_small_int(i) {
            Some(v) => v,
            None => Obj::alloc(Payload::Int(IntObj::Wide(i128::from(i)))),
        }
    }

    /// An int value from an `i128`.
    #[inline]
    pub fn int128(i: i128) -> Value {
        match i64::try_from(i) {
            Ok(v) => Value::int(v),
            Err(_) => Obj::alloc(Payload::Int(IntObj::Wide(i))),
        }
    }

    /// An int value from a big int, inline when it fits.
    pub fn bigint(n: BigInt) -> Value {
        use num_traits::ToPrimitive;
        match n.to_i128() {
            Some(i) => Value::int128(i),
            None => Obj::alloc(Payload::Int(IntObj::Big(n))),
        }
    }

    /// A new str.
    pub fn str(s: &str) -> Value {
        if s.is_empty() {
            return EMPTY_STR.value();
        }
        Obj::alloc(Payload::Str(StrObj::copy_of(s)))
    }

    /// A str from a built payload (the shared empty str if it is empty).
    pub fn from_str_obj(s: StrObj) -> Value {
        if s.is_empty() {
            return EMPTY_STR.value();
        }
        Obj::alloc(Payload::Str(s))
    }

    /// A new str, taking the buffer.
    pub fn string(s: String) -> Value {
        if s.is_empty() {
            return EMPTY_STR.value();
        }
        Obj::alloc(Payload::Str(StrObj::new(s)))
    }

    /// A new tuple.
    pub fn tuple(items: Vec<Value>) -> Value {
        if items.is_empty() {
            return EMPTY_TUPLE.value();
        }
        Obj::alloc(Payload::Tuple(items))
    }

    /// A new list.
    pub fn list(items: Vec<Value>) -> Value {
        Obj::alloc(Payload::List(RefCell::new(items)))
    }

    /// A new dict.
    pub fn dict(table: DictTable) -> Value {
        Obj::alloc(Payload::Dict(RefCell::new(table)))
    }

    /// A new bytes object.
    pub fn bytes(b: Vec<u8>) -> Value {
        Obj::alloc(Payload::Bytes(b.into_boxed_slice()))
    }

    /// The bytes contents, if this is a bytes object.
    #[inline(always)]
    pub fn as_bytes(&self) -> Option<&[u8]> {
        match self.payload() {
            Some(Payload::Bytes(b)) => Some(b),
            _ => None,
        }
    }

    /// The str contents, if this is a str.
    #[inline(always)]
    pub fn as_str(&self) -> Option<&str> {
        match self.payload() {
            Some(Payload::Str(s)) => Some(s.as_str()),
            _ => None,
        }
    }

    /// The str object, if this is a str.
    #[inline(always)]
    pub fn as_str_obj(&self) -> Option<&StrObj> {
        match self.payload() {
            Some(Payload::Str(s)) => Some(s),
            _ => None,
        }
    }

    /// The tuple items, if this is a tuple.
    #[inline(always)]
    pub fn as_tuple(&self) -> Option<&[Value]> {
        match self.payload() {
            Some(Payload::Tuple(t)) => Some(t),
            // The data of an instance of a `tuple` subclass.
            Some(Payload::Instance(i)) => i.base.as_ref()?.as_tuple(),
            _ => None,
        }
    }

    /// The list, if this is a list.
    #[inline(always)]
    pub fn as_list(&self) -> Option<&RefCell<Vec<Value>>> {
        match self.payload() {
            Some(Payload::List(l)) => Some(l),
            // The data of an instance of a `list` subclass.
            Some(Payload::Instance(i)) => i.base.as_ref()?.as_list(),
            _ => None,
        }
    }

    /// The key/value pairs of a dict (or a `dict` subclass's data), in
    /// order; empty for anything else. (What keyword arguments given as a
    /// dict become.)
    pub fn dict_pairs(&self) -> Vec<(Value, Value)> {
        self.as_dict()
            .map(|d| {
                d.borrow()
                    .iter()
                    .map(|(k, v)| (k.clone(), v.clone()))
                    .collect()
            })
            .unwrap_or_default()
    }

    /// The dict, if this is a dict.
    #[inline(always)]
    pub fn as_dict(&self) -> Option<&RefCell<DictTable>> {
        match self.payload() {
            Some(Payload::Dict(d)) => Some(d),
            // The data of an instance of a `dict` subclass.
            Some(Payload::Instance(i)) => i.base.as_ref()?.as_dict(),
            _ => None,
        }
    }

    /// The heap int, if this is a boxed int.
    pub fn as_heap_int(&self) -> Option<&IntObj> {
        match self.payload() {
            Some(Payload::Int(n)) => Some(n),
            _ => None,
        }
    }

    /// The builtin type, if this is a type object.
    pub fn as_type(&self) -> Option<&'static TypeObj> {
        match self.payload() {
            Some(Payload::Type(t)) => Some(t),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn freeing_deep_nesting_does_not_recurse() {
        let mut v = Value::list(Vec::new());
        for _ in 0..200_000 {
            v = Value::list(vec![v]);
        }
        drop(v);
        assert_eq!(FREE_DEPTH.with(Cell::get), 0);
        assert!(DEFERRED.with(|q| q.borrow().is_empty()));
    }

    #[test]
    fn nans_are_boxed_with_identity() {
        let a = Value::float(f64::NAN);
        let b = Value::float(-f64::NAN);
        assert!(a.is_obj() && b.is_obj());
        assert!(a.as_float().is_some_and(f64::is_nan));
        assert!(!a.is(&b));
        assert!(a.is(&a.clone()));
    }

    #[test]
    fn immortals_are_never_counted() {
        let before = NONE.0.refcount();
        let values: Vec<Value> = (0..1000).map(|_| Value::none()).collect();
        let clones: Vec<Value> = values.to_vec();
        drop(values);
        drop(clones);
        assert_eq!(NONE.0.refcount(), before);
        assert!(NONE.0.is_immortal());
        assert!(Value::none().is_none());
        assert!(!Value::bool(false).is_none());
    }

    #[test]
    fn mortal_objects_count_and_free() {
        let v = Value::str("hello");
        let obj_rc = |v: &Value| v.as_obj().map(Obj::refcount);
        assert_eq!(obj_rc(&v), Some(1));
        let w = v.clone();
        assert_eq!(obj_rc(&v), Some(2));
        drop(w);
        assert_eq!(obj_rc(&v), Some(1));
        assert_eq!(v.as_str(), Some("hello"));
    }

    #[test]
    fn bigints_come_back_inline_when_they_fit() {
        let small = Value::bigint(BigInt::from(42));
        assert_eq!(small.as_small_int(), Some(42));
        let big = Value::bigint(BigInt::from(1i64 << 60));
        assert!(big.is_obj());
        assert!(big.as_heap_int().is_some());
        let edge = Value::int(crate::object::value::SMALL_INT_MAX + 1);
        assert!(edge.as_heap_int().is_some());
    }

    #[test]
    fn ranges_have_python_lengths() {
        let r = |start, stop, step| RangeObj { start, stop, step }.len();
        assert_eq!(r(0, 10, 1), 10);
        assert_eq!(r(0, 10, 3), 4);
        assert_eq!(r(10, 0, -3), 4);
        assert_eq!(r(0, 0, 1), 0);
        assert_eq!(r(5, 0, 1), 0);
        assert_eq!(r(i64::MIN as i128, i64::MAX as i128, i64::MAX as i128), 3);
    }
}
