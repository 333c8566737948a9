//! Code objects.
//!
//! [`Code`] is what the compiler produces: instructions, constants, names,
//! line and exception tables. It is immutable and `Send + Sync`, so several
//! interpreters running the same source may share it (contract 7).
//! [`CodeObj`] is one interpreter's instance of it: constants materialised as
//! that interpreter's values, and the mutable instruction copy that later
//! tiers may overwrite in place, with its inline caches and counters.

use crate::object::intern::intern;
use crate::object::value::Value;
use crate::object::{Obj, Payload, SetTable};
use num_bigint::BigInt;
use std::cell::Cell;
use std::rc::Rc;
use std::sync::Arc;

/// The function takes `*args`.
pub const CO_VARARGS: u32 = 1;
/// The function takes `**kwargs`.
pub const CO_VARKEYWORDS: u32 = 2;
/// Calling the function makes a generator.
pub const CO_GENERATOR: u32 = 4;

/// Set in a line-table entry of artificial instructions ([`Code::event_line`]).
pub const ARTIFICIAL_LINE: u32 = 1 << 31;

/// A constant, in a form independent of any interpreter.
#[derive(Debug, Clone)]
pub enum Const {
    /// `None`.
    None,
    /// `True` / `False`.
    Bool(bool),
    /// `...`.
    Ellipsis,
    /// An int.
    Int(BigInt),
    /// A float.
    Float(f64),
    /// A str.
    Str(Arc<str>),
    /// A bytes literal.
    Bytes(Arc<[u8]>),
    /// A tuple of constants.
    Tuple(Vec<Const>),
    /// A frozenset of constants (from a constant set display).
    FrozenSet(Vec<Const>),
    /// A nested code object.
    Code(Arc<Code>),
}

/// A `try` region: exceptions raised at `start..end` jump to `target` with the
/// operand stack cut to `depth`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ExceptionEntry {
    /// First covered instruction.
    pub start: u32,
    /// One past the last covered instruction.
    pub end: u32,
    /// Handler.
    pub target: u32,
    /// Operand stack depth at the handler, before the exception is pushed.
    pub depth: u32,
}

/// Compiled code, immutable and shareable between interpreters.
#[derive(Debug)]
pub struct Code {
    /// Function name (`<module>`, `<lambda>`, `<listcomp>`...).
    pub name: Arc<str>,
    /// Qualified name.
    pub qualname: Arc<str>,
    /// Source file name.
    pub filename: Arc<str>,
    /// Line of the `def` (1 for modules).
    pub first_line: u32,
    /// Instruction words.
    pub instrs: Vec<u32>,
    /// Which words start an instruction ([`crate::bytecode::instruction::instruction_starts`]).
    pub instr_starts: Box<[u64]>,
    /// Constants.
    pub consts: Vec<Const>,
    /// Global, attribute and import names.
    pub names: Vec<Arc<str>>,
    /// Fast locals, parameters first.
    pub varnames: Vec<Arc<str>>,
    /// Locals captured by inner functions.
    pub cellvars: Vec<Arc<str>>,
    /// Variables captured from enclosing functions.
    pub freevars: Vec<Arc<str>>,
    /// For each cell, the parameter it is initialised from, if any.
    pub cell_args: Vec<Option<u32>>,
    /// Positional parameters (positional-only included).
    pub argcount: u32,
    /// Positional-only parameters.
    pub posonlyargcount: u32,
    /// Keyword-only parameters.
    pub kwonlyargcount: u32,
    /// `CO_*` flags.
    pub flags: u32,
    /// Maximum operand stack depth.
    pub stacksize: u32,
    /// `(first instruction, line)` runs, sorted by instruction; a line with
    /// [`ARTIFICIAL_LINE`] set marks instructions no line event reports.
    pub lines: Vec<(u32, u32)>,
    /// Exception handlers, innermost first for nested regions.
    pub exceptions: Vec<ExceptionEntry>,
    /// Number of `LOAD_GLOBAL`/`STORE_GLOBAL` cache slots.
    pub global_caches: u32,
    /// Number of `LOAD_METHOD` cache slots.
    pub method_caches: u32,
    /// Number of attribute cache slots (`LOAD_ATTR`, `STORE_ATTR`,
    /// `LOAD_METHOD`).
    pub attr_caches: u32,
    /// The docstring of a function, class or module body.
    pub doc: Option<Arc<str>>,
}

impl Code {
    /// Number of locals slots: fast locals, cells, then free variables.
    pub fn nlocalsplus(&self) -> usize {
        self.varnames.len() + self.cellvars.len() + self.freevars.len()
    }

    /// Total parameters including `*args` and `**kwargs`.
    pub fn total_args(&self) -> usize {
        let mut n = (self.argcount + self.kwonlyargcount) as usize;
        if self.flags & CO_VARARGS != 0 {
            n += 1;
        }
        if self.flags & CO_VARKEYWORDS != 0 {
            n += 1;
        }
        n
    }

    /// The source line of instruction `pc`.
    pub fn line_for(&self, pc: usize) -> u32 {
        self.raw_line(pc) & !ARTIFICIAL_LINE
    }

    /// The line a trace event reports for instruction `pc`: none for the
    /// compiler's artificial instructions (CPython's instructions without a
    /// location, such as the cleanup that re-raises from a handler).
    pub fn event_line(&self, pc: usize) -> Option<u32> {
        let line = self.raw_line(pc);
        (line & ARTIFICIAL_LINE == 0).then_some(line)
    }

    fn raw_line(&self, pc: usize) -> u32 {
        let i = self
            .lines
            .partition_point(|&(start, _)| start as usize <= pc);
        if i == 0 {
            self.first_line
        } else {
            self.lines[i - 1].1
        }
    }

    /// True if word `pc` starts an instruction (it is not a cache word, nor
    /// past the end).
    pub fn is_instruction_start(&self, pc: usize) -> bool {
        self.instr_starts
            .get(pc / 64)
            .is_some_and(|w| w & (1 << (pc % 64)) != 0)
    }

    /// The innermost handler covering `pc`.
    pub fn handler_for(&self, pc: usize) -> Option<ExceptionEntry> {
        self.exceptions
            .iter()
            .find(|e| (e.start as usize) <= pc && pc < e.end as usize)
            .copied()
    }
}

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

/// One interpreter's instance of a [`Code`].
pub struct CodeObj {
    /// The shared, immutable code.
    pub code: Arc<Code>,
    /// Constants as this interpreter's values.
    pub consts: Vec<Value>,
    /// Names as interned strs.
    pub names: Vec<Value>,
    /// The instruction words this interpreter executes (and may rewrite:
    /// counters, `ENTER_EXECUTOR`). Shared with the executors installed in
    /// them, which restore them when invalidated.
    pub instrs: Rc<[Cell<u32>]>,
    /// The executors `ENTER_EXECUTOR` instructions of this code enter.
    pub executors: Rc<crate::tier2::executor::ExecutorTable>,
    /// `LOAD_GLOBAL` caches.
    pub global_caches: Box<[Cell<GlobalCache>]>,
    /// `LOAD_METHOD` caches: the receiver type last seen and its method.
    pub method_caches: Box<[Cell<MethodCache>]>,
    /// Attribute caches for instances of user-defined classes.
    pub attr_caches: Box<[crate::vm::attr_cache::AttrSlot]>,
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

/// What a `LOAD_METHOD` found for a builtin type: both are immortal statics.
pub type MethodCache = Option<(
    &'static crate::object::types::TypeObj,
    &'static crate::object::StaticObj,
)>;

impl CodeObj {
    /// Instantiates shared code in the current interpreter.
    pub fn load(code: &Arc<Code>) -> Rc<CodeObj> {
        Rc::new(CodeObj {
            code: code.clone(),
            consts: code.consts.iter().map(materialize).collect(),
            names: code.names.iter().map(|n| intern(n).value()).collect(),
            instrs: code.instrs.iter().map(|&w| Cell::new(w)).collect(),
            executors: Rc::default(),
            global_caches: (0..code.global_caches)
                .map(|_| Cell::new(GlobalCache::default()))
                .collect(),
            method_caches: (0..code.method_caches).map(|_| Cell::new(None)).collect(),
            attr_caches: (0..code.attr_caches)
                .map(|_| crate::vm::attr_cache::AttrSlot::default())
                .collect(),
            instrumented: Cell::new(false),
            frame_words: code.nlocalsplus() + code.stacksize as usize + 1,
            has_cells: !code.cell_args.is_empty() || !code.freevars.is_empty(),
        })
    }
}

impl PartialEq for Const {
    /// Structural equality; code objects are equal only to themselves.
    fn eq(&self, other: &Const) -> bool {
        match (self, other) {
            (Const::None, Const::None) | (Const::Ellipsis, Const::Ellipsis) => true,
            (Const::Bool(a), Const::Bool(b)) => a == b,
            (Const::Int(a), Const::Int(b)) => a == b,
            (Const::Float(a), Const::Float(b)) => a.to_bits() == b.to_bits(),
            (Const::Str(a), Const::Str(b)) => a == b,
            (Const::Bytes(a), Const::Bytes(b)) => a == b,
            (Const::Tuple(a), Const::Tuple(b)) | (Const::FrozenSet(a), Const::FrozenSet(b)) => {
                a == b
            }
            (Const::Code(a), Const::Code(b)) => Arc::ptr_eq(a, b),
            _ => false,
        }
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
        let h = crate::protocol::ops::hash_pure(&v).unwrap_or(0);
        t.add(v, h);
    }
    t
}
