//! Exception instances: type, arguments, chaining and the traceback gathered
//! while the exception unwinds.

use crate::object::types::TypeObj;
use crate::object::value::Value;
use crate::object::DictTable;
use std::cell::RefCell;
use std::sync::Arc;

/// One line of a traceback: where a frame was when the exception passed.
#[derive(Clone, Debug)]
pub struct TbEntry {
    /// Source file name (shared with the code object, not copied).
    pub filename: Arc<str>,
    /// Function name (`<module>` for module code).
    pub name: Arc<str>,
    /// 1-based line number.
    pub line: u32,
}

/// The mutable part of an exception.
pub struct ExcState {
    /// `args`, a tuple.
    pub args: Value,
    /// `__cause__` (from `raise ... from`).
    pub cause: Option<Value>,
    /// `__context__`: the exception being handled when this one was raised.
    pub context: Option<Value>,
    /// `__suppress_context__`, set by `raise ... from`.
    pub suppress_context: bool,
    /// Frames passed while unwinding, innermost last.
    pub traceback: Vec<TbEntry>,
}

/// An exception instance.
pub struct ExcObj {
    /// Its builtin type (a subtype of BaseException): for an instance of a
    /// user-defined exception class, the builtin exception it derives from.
    pub ty: &'static TypeObj,
    /// The user-defined class, if the exception is an instance of one.
    pub class: Option<Value>,
    /// Attributes set on an instance of a user-defined class.
    pub dict: RefCell<DictTable>,
    /// Arguments, chaining and traceback.
    pub state: RefCell<ExcState>,
}

impl ExcObj {
    /// A new exception with `args` (a tuple).
    pub fn new(ty: &'static TypeObj, args: Value) -> ExcObj {
        ExcObj {
            ty,
            class: None,
            dict: RefCell::new(DictTable::new()),
            state: RefCell::new(ExcState {
                args,
                cause: None,
                context: None,
                suppress_context: false,
                traceback: Vec::new(),
            }),
        }
    }

    /// A clone of `args`.
    pub fn args(&self) -> Value {
        self.state.borrow().args.clone()
    }
}
