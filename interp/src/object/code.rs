//! One interpreter's instance of compiled code ([`CodeObj`]): the shared,
//! immutable [`Code`] with its constants materialised as this interpreter's
//! values, and the mutable parts that belong to this interpreter alone
//! (contract 9): the instruction words later tiers rewrite in place, inline
//! caches and counters, and the executor slots `ENTER_EXECUTOR` indexes.

use crate::bytecode::code::{Code, Const};
use crate::bytecode::index::{ConstIndex, NameIndex};
use crate::object::cache::{AttrSlot, GlobalCache, MethodCache};
use crate::object::intern::intern;
use crate::object::value::Value;
use crate::object::{Obj, Payload, SetTable};
use crate::tier2::executor::ExecutorTable;
use cranelift_entity::PrimaryMap;
use std::cell::Cell;
use std::rc::Rc;
use std::sync::Arc;

/// One interpreter's instance of a [`Code`].
pub struct CodeObj {
    /// The shared, immutable code.
    pub code: Arc<Code>,
    /// Constants as this interpreter's values.
    pub consts: PrimaryMap<ConstIndex, Value>,
    /// Names as interned strs.
    pub names: PrimaryMap<NameIndex, Value>,
    /// The instruction words this interpreter executes (and may rewrite:
    /// counters, `ENTER_EXECUTOR`). Shared with the executors installed in
    /// them, which restore them when invalidated.
    pub instrs: Rc<[Cell<u32>]>,
    /// The executors `ENTER_EXECUTOR` instructions of this code enter.
    pub executors: Rc<ExecutorTable>,
    /// `LOAD_GLOBAL` caches.
    pub global_caches: Box<[Cell<GlobalCache>]>,
    /// `LOAD_METHOD` caches: the receiver type last seen and its method.
    pub method_caches: Box<[Cell<MethodCache>]>,
    /// Attribute caches for instances of user-defined classes.
    pub attr_caches: Box<[AttrSlot]>,
    /// The instruction starts of `instrs` trap to `TRACE`
    /// ([`crate::monitor::instrument`]).
    pub instrumented: Cell<bool>,
    /// Value-stack words a frame of this code needs above its base: fast
    /// locals, cells, free variables, the deepest operand stack, and one
    /// spare. Computed once, since every call and return checks it.
    pub frame_words: usize,
    /// A frame of this code must set up cells or free variables.
    pub has_cells: bool,
}

impl CodeObj {
    /// Instantiates shared code in the current interpreter.
    pub fn load(code: &Arc<Code>) -> Rc<CodeObj> {
        Rc::new(CodeObj {
            code: code.clone(),
            consts: code.consts.values().map(materialize).collect(),
            names: code.names.values().map(|n| intern(n).value()).collect(),
            instrs: code.instrs.iter().map(|&w| Cell::new(w)).collect(),
            executors: Rc::default(),
            global_caches: (0..code.global_caches)
                .map(|_| Cell::new(GlobalCache::default()))
                .collect(),
            method_caches: (0..code.method_caches).map(|_| Cell::new(None)).collect(),
            attr_caches: (0..code.attr_caches).map(|_| AttrSlot::default()).collect(),
            instrumented: Cell::new(false),
            frame_words: code.nlocalsplus() + code.stacksize as usize + 1,
            has_cells: !code.cell_args.is_empty() || !code.freevars.is_empty(),
        })
    }
}

/// Builds this interpreter's value for a constant.
pub fn materialize(c: &Const) -> Value {
    match c {
        Const::None => Value::none(),
        Const::Bool(b) => Value::bool(*b),
        Const::Ellipsis => crate::object::ELLIPSIS.value(),
        Const::Int(n) => Value::bigint(n.clone()),
        Const::Float(x) => Value::float(*x),
        // As CPython, constants made of name characters are interned: the
        // same object wherever they appear (pickle's memo and `is` see it).
        Const::Str(s)
            if !s.is_empty() && s.bytes().all(|c| c.is_ascii_alphanumeric() || c == b'_') =>
        {
            crate::object::intern::intern(s).value()
        }
        Const::Str(s) => Value::str(s),
        Const::Bytes(b) => Obj::alloc(Payload::Bytes(b.to_vec().into_boxed_slice())),
        Const::Tuple(items) => Value::tuple(items.iter().map(materialize).collect()),
        Const::FrozenSet(items) => {
            // CPython builds a constant set display's frozenset, then its
            // constant merger rebuilds it from that set's iteration order;
            // doing the same gives the same table and so the same order.
            let first = build_frozen(items.iter().map(materialize));
            let second = build_frozen(first.iter().cloned());
            Obj::alloc(Payload::FrozenSet(second))
        }
        Const::Code(code) => Obj::alloc(Payload::Code(CodeObj::load(code))),
    }
}

fn build_frozen(items: impl Iterator<Item = Value>) -> SetTable {
    let mut t = SetTable::new();
    for v in items {
        // Constants are always hashable builtin values.
        let h = crate::object::key::hash_pure(&v).unwrap_or(0);
        t.add(v, h);
    }
    t
}
