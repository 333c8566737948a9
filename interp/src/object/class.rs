//! Payloads of user-defined classes and the objects around them: classes,
//! their instances, bound methods, and the descriptor objects
//! (`staticmethod`, `classmethod`, `property`, `super`).

use super::DictTable;
use crate::object::types::TypeObj;
use crate::object::value::Value;
use std::cell::{Cell, RefCell};

/// A class created by a `class` statement (or `type(name, bases, dict)`).
pub struct ClassObj {
    /// A process-wide unique id (attribute caches key on it: an address
    /// could be reused by a later class).
    pub id: u64,
    /// `__name__`.
    pub name: String,
    /// `__qualname__`.
    pub qualname: String,
    /// `__bases__`: classes and builtin types.
    pub bases: Vec<Value>,
    /// The method resolution order after the class itself (C3), ending
    /// with `object`. The class is left out so that it does not own itself.
    pub mro: Vec<Value>,
    /// The class namespace.
    pub dict: RefCell<DictTable>,
    /// The builtin type the instances are laid out as (`object`, an
    /// exception type, `list` or `dict`).
    pub builtin_base: &'static TypeObj,
    /// Attribute names stored in slots (`__slots__` of the class and its
    /// bases), in slot order.
    pub slot_names: Vec<String>,
    /// False when every class of the MRO declares `__slots__` without
    /// `__dict__`: instances then have no `__dict__`.
    pub has_dict: bool,
    /// Bumped whenever the namespace of this class changes, so that caches
    /// keyed on it (and later, optimizer assumptions) notice.
    pub version: Cell<u64>,
}

/// An instance of a class whose builtin base is `object`, `list` or `dict`.
pub struct InstanceObj {
    /// Its class.
    pub class: Value,
    /// `__dict__` (a dict object, so that `obj.__dict__` is live), unless
    /// the class uses only `__slots__`.
    pub dict_obj: Option<Value>,
    /// Slot values in `ClassObj::slot_names` order; NULL while unset.
    pub slots: RefCell<Vec<Value>>,
    /// The builtin list or dict holding the data of a `list` or `dict`
    /// subclass instance.
    pub base: Option<Value>,
}

impl InstanceObj {
    /// The instance's attribute table, if it has a `__dict__`.
    #[inline]
    pub fn dict(&self) -> Option<&RefCell<DictTable>> {
        self.dict_obj.as_ref()?.as_dict()
    }
}

/// A function bound to an object (`obj.method`).
pub struct MethodObj {
    /// The function.
    pub func: Value,
    /// The object it is bound to (a class, for class methods).
    pub this: Value,
}

/// A `member_descriptor`: what `__slots__` puts in a class's namespace
/// for each slot it declares. It reads, writes and deletes the slot of
/// that name on instances of the owning class and its subclasses.
pub struct MemberObj {
    /// The slot's name (a str).
    pub name: Value,
    /// The class whose `__slots__` declared it (`__objclass__`).
    pub owner: Value,
}

/// `property(fget, fset, fdel, doc)`.
pub struct PropertyObj {
    /// Getter, or None.
    pub fget: Value,
    /// Setter, or None.
    pub fset: Value,
    /// Deleter, or None.
    pub fdel: Value,
    /// `__doc__`.
    pub doc: Value,
}

/// `super(cls, obj)`: attribute lookup on `obj` that starts after `cls` in
/// the MRO of `obj`'s class.
pub struct SuperObj {
    /// The class whose successors are searched.
    pub cls: Value,
    /// The object (or class, for class methods) the result is bound to.
    pub obj: Value,
    /// The class whose MRO is searched: `type(obj)`, or `obj` itself if it
    /// is a class.
    pub obj_type: Value,
}
