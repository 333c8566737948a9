//! Code objects.
//!
//! [`Code`] is what the compiler produces: instructions, constants, names,
//! line and exception tables. It is immutable and `Send + Sync`, so several
//! interpreters running the same source may share it (contract 7).
//! [`CodeObj`] is one interpreter's instance of it: constants materialised as
//! that interpreter's values, and the mutable instruction copy that later
//! tiers may overwrite in place, with its inline caches and counters.

use crate::bytecode::index::{ConstIndex, NameIndex};
use cranelift_entity::{EntityRef, PrimaryMap};
use num_bigint::BigInt;
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
    pub consts: PrimaryMap<ConstIndex, Const>,
    /// Global, attribute and import names.
    pub names: PrimaryMap<NameIndex, Arc<str>>,
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
    /// The module-level names this code and the code nested in it (its
    /// comprehensions, lambdas, inner functions) read, and whether any is
    /// written. A function whose names are all builtins and that writes
    /// none is *stateless* in CPython 3.14's sense: it can run in another
    /// interpreter over that interpreter's `__main__`.
    pub fn global_names(&self) -> (Vec<Arc<str>>, bool) {
        let mut read = Vec::new();
        let mut writes = false;
        self.collect_global_names(&mut read, &mut writes);
        (read, writes)
    }

    fn collect_global_names(&self, read: &mut Vec<Arc<str>>, writes: &mut bool) {
        use crate::bytecode::instruction::{decode, Opcode};
        let mut pc = 0;
        while let Some((op, arg)) = self.instrs.get(pc).and_then(|&w| decode(w)) {
            let name = || self.names.get(NameIndex::new(arg as usize)).cloned();
            match op {
                Opcode::LOAD_GLOBAL | Opcode::LOAD_GLOBAL_PUSH_NULL | Opcode::LOAD_NAME => {
                    read.extend(name());
                }
                Opcode::STORE_GLOBAL
                | Opcode::DELETE_GLOBAL
                | Opcode::STORE_NAME
                | Opcode::DELETE_NAME => *writes = true,
                _ => {}
            }
            pc += 1 + op.cache_words();
        }
        for c in self.consts.values() {
            if let Const::Code(inner) = c {
                inner.collect_global_names(read, writes);
            }
        }
    }

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
