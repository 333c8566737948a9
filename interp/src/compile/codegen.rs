//! AST to instructions.
//!
//! One [`Unit`] per code object being built. Exception handling follows
//! CPython 3.11: `try` regions are recorded per instruction and turned into an
//! exception table; handlers run `PUSH_EXC_INFO` / `POP_EXCEPT`; `return`,
//! `break` and `continue` unwind the enclosing blocks ([`FBlock`]) by emitting
//! their cleanup (popping iterators, restoring the handled exception, inlining
//! `finally` bodies). Statements start at a stack depth known from the
//! enclosing blocks, which is how handler depths are found.

use super::symtable::{NameScope, ScopeKind, SymbolTable};
use super::{CompileError, ErrorKind, LineIndex};
use crate::bytecode::code::{
    Code, Const, ExceptionEntry, ARTIFICIAL_LINE, CO_GENERATOR, CO_VARARGS, CO_VARKEYWORDS,
};
use crate::bytecode::index::{ConstIndex, LocalIndex, NameIndex, Operand};
use crate::bytecode::instruction::{encode, Opcode, MAX_OPERAND};
use crate::bytecode::operand::{BinOp, CmpOp};
use crate::support::stack;
use cranelift_entity::{EntityRef, PrimaryMap};
use num_bigint::BigInt;
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::{Ranged, TextRange};
use std::collections::HashMap;
use std::sync::Arc;

type CResult<T = ()> = Result<T, CompileError>;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
struct Label(u32);

/// A block that `return`/`break`/`continue` must unwind.
#[derive(Clone)]
enum FBlock<'a> {
    While {
        start: Label,
        exit: Label,
    },
    For {
        start: Label,
        exit: Label,
    },
    TryExcept,
    FinallyTry {
        body: &'a [Stmt],
        handlers_len: usize,
    },
    FinallyEnd,
    HandlerCleanup {
        name: Option<&'a str>,
    },
    PopValue,
    /// The body of a `with`: the bound `__exit__` is on the stack.
    With(TextRange),
}

impl FBlock<'_> {
    /// Values this block keeps on the operand stack.
    fn depth(&self) -> u32 {
        match self {
            FBlock::For { .. }
            | FBlock::HandlerCleanup { .. }
            | FBlock::PopValue
            | FBlock::With(_) => 1,
            FBlock::FinallyEnd => 2,
            _ => 0,
        }
    }
}

/// A scalar constant as a hash key: `True` and `1`, or `0.0` and `-0.0`,
/// stay distinct, as they must in `co_consts`.
#[derive(PartialEq, Eq, Hash)]
enum ConstKey {
    None,
    Ellipsis,
    Bool(bool),
    Int(BigInt),
    Float(u64),
    Str(Arc<str>),
    Bytes(Arc<[u8]>),
}

impl ConstKey {
    fn of(c: &Const) -> Option<ConstKey> {
        Some(match c {
            Const::None => ConstKey::None,
            Const::Ellipsis => ConstKey::Ellipsis,
            Const::Bool(b) => ConstKey::Bool(*b),
            Const::Int(i) => ConstKey::Int(i.clone()),
            Const::Float(f) => ConstKey::Float(f.to_bits()),
            Const::Str(s) => ConstKey::Str(s.clone()),
            Const::Bytes(b) => ConstKey::Bytes(b.clone()),
            Const::Tuple(_) | Const::FrozenSet(_) | Const::Code(_) => return None,
        })
    }
}

struct Unit<'a> {
    scope: usize,
    name: Arc<str>,
    qualname: Arc<str>,
    /// The innermost enclosing class, for private-name mangling.
    private: Option<Arc<str>>,
    first_line: u32,
    instrs: Vec<u32>,
    word_lines: Vec<u32>,
    word_handler: Vec<Option<(Label, u32)>>,
    consts: PrimaryMap<ConstIndex, Const>,
    /// Where each scalar constant already is, so that a display of a
    /// million literals is not a million linear searches.
    const_map: HashMap<ConstKey, ConstIndex>,
    names: PrimaryMap<NameIndex, Arc<str>>,
    name_map: HashMap<String, NameIndex>,
    varnames: Vec<Arc<str>>,
    var_map: HashMap<String, LocalIndex>,
    cellvars: Vec<Arc<str>>,
    freevars: Vec<Arc<str>>,
    labels: Vec<Option<u32>>,
    fixups: Vec<(usize, Label)>,
    /// An operand did not fit its 24 bits (a code object with more than
    /// 16,777,215 constants, names, locals or instruction words).
    too_large: bool,
    handlers: Vec<(Label, u32)>,
    /// Start of the last emitted instruction (a fusion candidate).
    last_instr: Option<usize>,
    /// Position of the latest bound label: no fusion across it.
    barrier: usize,
    fblocks: Vec<FBlock<'a>>,
    line: u32,
    method_caches: u32,
    attr_caches: u32,
    doc: Option<Arc<str>>,
    argcount: u32,
    posonly: u32,
    kwonly: u32,
    flags: u32,
    global_caches: u32,
}

struct Gen<'a> {
    table: &'a SymbolTable,
    features: super::future::Features,
    lines: &'a LineIndex<'a>,
    filename: Arc<str>,
    unit: Unit<'a>,
    stack: Vec<Unit<'a>>,
}

/// Compiles a module body.
pub fn compile_module(
    body: &[Stmt],
    table: &SymbolTable,
    lines: &LineIndex,
    filename: &str,
    features: super::future::Features,
) -> CResult<Arc<Code>> {
    let mut g = Gen {
        table,
        features,
        lines,
        filename: Arc::from(filename),
        unit: Unit::new(0, "<module>".into(), "<module>".into(), 1),
        stack: Vec::new(),
    };
    g.emit_resume(0);
    if has_annotations(body) {
        g.emit(Opcode::SETUP_ANNOTATIONS, 0);
    }
    let mut body = body;
    // A module's docstring becomes its `__doc__`, as CPython stores it.
    if let Some(Stmt::Expr(e)) = body.first() {
        if let Expr::StringLiteral(doc) = e.value.as_ref() {
            g.set_line(e.range);
            g.load_const(Const::Str(Arc::from(doc.value.to_str())));
            g.store_name("__doc__");
            body = &body[1..];
        }
    }
    g.stmts(body)?;
    g.load_const(Const::None);
    g.emit(Opcode::RETURN_VALUE, 0);
    let unit = std::mem::replace(&mut g.unit, Unit::new(0, "".into(), "".into(), 1));
    g.assemble(unit)
}

impl<'a> Unit<'a> {
    fn new(scope: usize, name: Arc<str>, qualname: Arc<str>, first_line: u32) -> Unit<'a> {
        Unit {
            scope,
            name,
            qualname,
            private: None,
            first_line,
            instrs: Vec::new(),
            word_lines: Vec::new(),
            word_handler: Vec::new(),
            consts: PrimaryMap::new(),
            const_map: HashMap::new(),
            names: PrimaryMap::new(),
            name_map: HashMap::new(),
            varnames: Vec::new(),
            var_map: HashMap::new(),
            cellvars: Vec::new(),
            freevars: Vec::new(),
            labels: Vec::new(),
            fixups: Vec::new(),
            too_large: false,
            handlers: Vec::new(),
            last_instr: None,
            barrier: 0,
            fblocks: Vec::new(),
            line: first_line,
            method_caches: 0,
            attr_caches: 0,
            doc: None,
            argcount: 0,
            posonly: 0,
            kwonly: 0,
            flags: 0,
            global_caches: 0,
        }
    }
}

fn binop_of(op: ast::Operator) -> BinOp {
    use ast::Operator as O;
    match op {
        O::Add => BinOp::Add,
        O::Sub => BinOp::Sub,
        O::Mult => BinOp::Mul,
        O::MatMult => BinOp::MatMul,
        O::Div => BinOp::TrueDiv,
        O::Mod => BinOp::Mod,
        O::Pow => BinOp::Pow,
        O::LShift => BinOp::LShift,
        O::RShift => BinOp::RShift,
        O::BitOr => BinOp::Or,
        O::BitXor => BinOp::Xor,
        O::BitAnd => BinOp::And,
        O::FloorDiv => BinOp::FloorDiv,
    }
}

impl<'a> Gen<'a> {
    // ----- emission -------------------------------------------------------

    /// Replaces the previous instruction by a superinstruction covering it
    /// and `(op, arg)`, when nothing can jump between the two and both share
    /// a line and an exception handler.
    fn try_fuse(&mut self, op: Opcode, arg: u32) -> Option<usize> {
        let u = &mut self.unit;
        let last = u.last_instr?;
        if u.instrs.len() == u.barrier
            || u.word_lines[last] != u.line
            || u.word_handler[last] != u.handlers.last().copied()
        {
            return None;
        }
        let (prev, parg) = crate::bytecode::instruction::decode(u.instrs[last])?;
        let small = |x: u32| x <= crate::bytecode::instruction::MAX_PAIR_INDEX;
        let fused = match (prev, op) {
            (Opcode::LOAD_FAST, Opcode::LOAD_FAST) if small(parg) && small(arg) => {
                encode(Opcode::LOAD_FAST_LOAD_FAST, parg | arg << 12)
            }
            (Opcode::LOAD_FAST, Opcode::LOAD_CONST) if small(parg) && small(arg) => {
                encode(Opcode::LOAD_FAST_LOAD_CONST, parg | arg << 12)
            }
            (Opcode::STORE_FAST, Opcode::LOAD_FAST) if small(parg) && small(arg) => {
                encode(Opcode::STORE_FAST_LOAD_FAST, parg | arg << 12)
            }
            (Opcode::LOAD_GLOBAL, Opcode::PUSH_NULL) => encode(Opcode::LOAD_GLOBAL_PUSH_NULL, parg),
            (Opcode::COMPARE_OP, Opcode::POP_JUMP_IF_FALSE | Opcode::POP_JUMP_IF_TRUE) => {
                let if_true = (op == Opcode::POP_JUMP_IF_TRUE) as u32;
                encode(Opcode::COMPARE_AND_JUMP, parg | if_true << 3)
            }
            _ => return None,
        };
        u.instrs[last] = fused;
        Some(last)
    }

    fn emit(&mut self, op: Opcode, arg: impl Operand) {
        let arg = arg.operand();
        if self.try_fuse(op, arg).is_some() {
            return;
        }
        let u = &mut self.unit;
        u.last_instr = Some(u.instrs.len());
        let handler = u.handlers.last().copied();
        u.too_large |= arg > MAX_OPERAND;
        u.instrs.push(encode(op, arg.min(MAX_OPERAND)));
        u.word_lines.push(u.line);
        u.word_handler.push(handler);
        for _ in 0..op.cache_words() {
            u.instrs.push(0);
            u.word_lines.push(u.line);
            u.word_handler.push(handler);
        }
        // Attribute instructions name their cache slots in their cache
        // words: `LOAD_METHOD` a builtin-method slot then an attribute
        // slot, `LOAD_ATTR`/`STORE_ATTR` an attribute slot.
        let n = u.instrs.len();
        match op {
            Opcode::LOAD_METHOD => {
                u.instrs[n - 2] = u.method_caches;
                u.method_caches += 1;
                u.instrs[n - 1] = u.attr_caches;
                u.attr_caches += 1;
            }
            Opcode::LOAD_ATTR | Opcode::STORE_ATTR => {
                u.instrs[n - 1] = u.attr_caches;
                u.attr_caches += 1;
            }
            // The hot-spot counter; each interpreter arms it on first use.
            Opcode::JUMP_BACKWARD | Opcode::RESUME => {
                u.instrs[n - 1] = crate::support::backoff::BackoffCounter::UNARMED.word();
            }
            _ => {}
        }
    }

    /// Emits `RESUME kind` (0: the start of the code, 1: after a `yield`,
    /// 2: after a `yield from`'s yield). It reports no line of its own: a
    /// trace sees the lines around it.
    fn emit_resume(&mut self, kind: u32) {
        let line = self.unit.line;
        self.unit.line |= ARTIFICIAL_LINE;
        self.emit(Opcode::RESUME, kind);
        self.unit.line = line;
    }

    fn new_label(&mut self) -> Label {
        self.unit.labels.push(None);
        Label(self.unit.labels.len() as u32 - 1)
    }

    fn bind(&mut self, l: Label) {
        self.unit.labels[l.0 as usize] = Some(self.unit.instrs.len() as u32);
        self.unit.barrier = self.unit.instrs.len();
    }

    fn emit_jump(&mut self, op: Opcode, l: Label) {
        let op = match (op, self.unit.labels[l.0 as usize]) {
            (Opcode::JUMP_FORWARD, Some(_)) => Opcode::JUMP_BACKWARD,
            (op, _) => op,
        };
        if matches!(op, Opcode::POP_JUMP_IF_FALSE | Opcode::POP_JUMP_IF_TRUE) {
            if let Some(at) = self.try_fuse(op, 0) {
                self.unit.fixups.push((at, l));
                return;
            }
        }
        let at = self.unit.instrs.len();
        self.emit(op, 0);
        self.unit.fixups.push((at, l));
    }

    fn jump(&mut self, l: Label) {
        self.emit_jump(Opcode::JUMP_FORWARD, l);
    }

    fn set_line(&mut self, range: TextRange) {
        self.unit.line = self.lines.line(range.start().to_u32());
    }

    fn err(&self, kind: ErrorKind, range: TextRange, msg: impl Into<String>) -> CompileError {
        CompileError::spanning(
            kind,
            msg.into(),
            self.lines,
            range.start().to_u32(),
            range.end().to_u32(),
        )
    }

    fn unsupported(&self, range: TextRange, what: &str) -> CompileError {
        self.err(
            ErrorKind::NotImplemented,
            range,
            format!("{what} are not supported by coral yet"),
        )
    }

    /// The index of `c` in the constants, shared with an equal scalar
    /// constant already there (tuples and code objects are never shared).
    fn const_index(&mut self, c: Const) -> ConstIndex {
        let Some(key) = ConstKey::of(&c) else {
            return self.unit.consts.push(c);
        };
        if let Some(&i) = self.unit.const_map.get(&key) {
            return i;
        }
        let i = self.unit.consts.push(c);
        self.unit.const_map.insert(key, i);
        i
    }

    fn load_const(&mut self, c: Const) {
        let i = self.const_index(c);
        self.emit(Opcode::LOAD_CONST, i);
    }

    fn name_index(&mut self, name: &str) -> NameIndex {
        if let Some(&i) = self.unit.name_map.get(name) {
            return i;
        }
        let i = self.unit.names.push(Arc::from(name));
        self.unit.name_map.insert(name.to_owned(), i);
        i
    }

    fn base_depth(&self) -> u32 {
        self.unit.fblocks.iter().map(FBlock::depth).sum()
    }

    // ----- names ----------------------------------------------------------

    fn scope_of(&self, name: &str) -> NameScope {
        let scope = &self.table.scopes[self.unit.scope];
        let s = scope.lookup(name);
        if scope.kind == ScopeKind::Module && s != NameScope::Free {
            return NameScope::GlobalImplicit;
        }
        s
    }

    fn deref_index(&self, name: &str) -> u32 {
        if let Some(i) = self.unit.cellvars.iter().position(|n| &**n == name) {
            return i as u32;
        }
        let i = self
            .unit
            .freevars
            .iter()
            .position(|n| &**n == name)
            .unwrap_or(0);
        (self.unit.cellvars.len() + i) as u32
    }

    /// The name index of attribute `name`, mangled as CPython mangles
    /// private names inside a class: `self.__x` in class `C` is `_C__x`.
    fn attr_index(&mut self, name: &str) -> NameIndex {
        let mangled = self
            .unit
            .private
            .as_ref()
            .and_then(|c| super::mangle(c, name));
        match mangled {
            Some(m) => self.name_index(&m),
            None => self.name_index(name),
        }
    }

    /// True while compiling a class body, whose names live in the class
    /// namespace (`LOAD_NAME`/`STORE_NAME`).
    fn in_class(&self) -> bool {
        self.table.scopes[self.unit.scope].kind == ScopeKind::Class
    }

    fn load_name(&mut self, name: &str) {
        if self.in_class()
            && matches!(
                self.scope_of(name),
                NameScope::Local | NameScope::GlobalImplicit
            )
        {
            // Class-body names are private-name mangled like attributes.
            let i = self.attr_index(name);
            self.emit(Opcode::LOAD_NAME, i);
            return;
        }
        match self.scope_of(name) {
            NameScope::Local => {
                let i = self.unit.var_map[name];
                self.emit(Opcode::LOAD_FAST, i);
            }
            NameScope::Cell | NameScope::Free => {
                let i = self.deref_index(name);
                self.emit(Opcode::LOAD_DEREF, i);
            }
            NameScope::GlobalExplicit | NameScope::GlobalImplicit => {
                let i = self.name_index(name);
                let slot = self.unit.global_caches;
                self.unit.global_caches += 1;
                self.emit(Opcode::LOAD_GLOBAL, i);
                // The cache word names this instruction's cache slot.
                if let Some(w) = self.unit.instrs.last_mut() {
                    *w = slot;
                }
            }
        }
    }

    fn store_name(&mut self, name: &str) {
        if self.in_class() && self.scope_of(name) == NameScope::Local {
            // Class-body names are private-name mangled like attributes.
            let i = self.attr_index(name);
            self.emit(Opcode::STORE_NAME, i);
            return;
        }
        match self.scope_of(name) {
            NameScope::Local => {
                let i = self.unit.var_map[name];
                self.emit(Opcode::STORE_FAST, i);
            }
            NameScope::Cell | NameScope::Free => {
                let i = self.deref_index(name);
                self.emit(Opcode::STORE_DEREF, i);
            }
            _ => {
                let i = self.name_index(name);
                let slot = self.unit.global_caches;
                self.unit.global_caches += 1;
                self.emit(Opcode::STORE_GLOBAL, i);
                if let Some(w) = self.unit.instrs.last_mut() {
                    *w = slot;
                }
            }
        }
    }

    fn delete_name(&mut self, name: &str) {
        if self.in_class() && self.scope_of(name) == NameScope::Local {
            // Class-body names are private-name mangled like attributes.
            let i = self.attr_index(name);
            self.emit(Opcode::DELETE_NAME, i);
            return;
        }
        match self.scope_of(name) {
            NameScope::Local => {
                let i = self.unit.var_map[name];
                self.emit(Opcode::DELETE_FAST, i);
            }
            NameScope::Cell | NameScope::Free => {
                let i = self.deref_index(name);
                self.emit(Opcode::DELETE_DEREF, i);
            }
            _ => {
                let i = self.name_index(name);
                self.emit(Opcode::DELETE_GLOBAL, i);
            }
        }
    }

    // ----- code units -----------------------------------------------------

    fn enter_unit(&mut self, range: TextRange, name: &str, first_line: u32) -> CResult<usize> {
        let scope_id = self
            .table
            .scope_for(range)
            .ok_or_else(|| self.err(ErrorKind::Syntax, range, "internal: scope not found"))?;
        let qualname: Arc<str> = if self.unit.scope == 0 {
            Arc::from(name)
        } else if self.in_class() {
            Arc::from(format!("{}.{name}", self.unit.qualname))
        } else {
            Arc::from(format!("{}.<locals>.{name}", self.unit.qualname))
        };
        let mut unit = Unit::new(scope_id, Arc::from(name), qualname, first_line);
        let scope = &self.table.scopes[scope_id];
        let is_class = scope.kind == ScopeKind::Class;
        unit.private = if is_class {
            Some(Arc::from(name))
        } else {
            self.unit.private.clone()
        };
        for p in &scope.params {
            let i = LocalIndex::new(unit.varnames.len());
            unit.var_map.insert(p.clone(), i);
            unit.varnames.push(Arc::from(p.as_str()));
        }
        let mut cells = Vec::new();
        let mut frees = Vec::new();
        for n in &scope.order {
            match scope.lookup(n) {
                NameScope::Local if !is_class && !unit.var_map.contains_key(n) => {
                    let i = LocalIndex::new(unit.varnames.len());
                    unit.var_map.insert(n.clone(), i);
                    unit.varnames.push(Arc::from(n.as_str()));
                }
                NameScope::Cell => cells.push(n.clone()),
                NameScope::Free => frees.push(n.clone()),
                _ => {}
            }
        }
        for (n, s) in &scope.resolved {
            if *s == NameScope::Cell && !cells.contains(n) {
                cells.push(n.clone());
            }
            if *s == NameScope::Free && !frees.contains(n) {
                frees.push(n.clone());
            }
        }
        for n in &scope.class_free {
            if !frees.contains(n) {
                frees.push(n.clone());
            }
        }
        cells.sort();
        frees.sort();
        unit.cellvars = cells.iter().map(|s| Arc::from(s.as_str())).collect();
        unit.freevars = frees.iter().map(|s| Arc::from(s.as_str())).collect();
        if scope.is_generator {
            unit.flags |= CO_GENERATOR;
        }
        let parent = std::mem::replace(&mut self.unit, unit);
        self.stack.push(parent);
        self.emit_resume(0);
        Ok(scope_id)
    }

    fn leave_unit(&mut self) -> CResult<Arc<Code>> {
        let parent = self
            .stack
            .pop()
            .ok_or_else(|| self.err(ErrorKind::Syntax, TextRange::default(), "internal: unit"))?;
        let unit = std::mem::replace(&mut self.unit, parent);
        self.assemble(unit)
    }

    /// Emits the closure tuple and `MAKE_FUNCTION` for `code`.
    fn make_function(&mut self, code: Arc<Code>, mut flags: u32) {
        if !code.freevars.is_empty() {
            for name in code.freevars.clone().iter() {
                let i = self.deref_index(name);
                self.emit(Opcode::LOAD_CLOSURE, i);
            }
            self.emit(Opcode::BUILD_TUPLE, code.freevars.len() as u32);
            flags |= 4;
        }
        self.load_const(Const::Code(code));
        self.emit(Opcode::MAKE_FUNCTION, flags);
    }

    fn assemble(&self, mut u: Unit) -> CResult<Arc<Code>> {
        split_far_compare_jumps(&mut u);
        for &(at, l) in &u.fixups {
            let target = u.labels[l.0 as usize].unwrap_or(0);
            u.too_large |= target > MAX_OPERAND;
            let (op, arg) =
                crate::bytecode::instruction::decode(u.instrs[at]).unwrap_or((Opcode::NOP, 0));
            u.instrs[at] = encode(op, op.with_jump_target(arg, target));
        }
        if u.too_large {
            // Never a truncated operand: that would jump to the wrong place.
            return Err(CompileError {
                kind: ErrorKind::NotImplemented,
                msg: format!(
                    "code objects of more than {MAX_OPERAND} instruction words, constants or \
                     names are not supported by coral yet"
                ),
                line: u.first_line,
                col: 1,
                end_col: 1,
                text: String::new(),
            });
        }
        let mut exceptions: Vec<ExceptionEntry> = Vec::new();
        for (pc, h) in u.word_handler.iter().enumerate() {
            let Some((label, depth)) = h else { continue };
            let target = u.labels[label.0 as usize].unwrap_or(0);
            match exceptions.last_mut() {
                Some(e) if e.end as usize == pc && e.target == target && e.depth == *depth => {
                    e.end += 1
                }
                _ => exceptions.push(ExceptionEntry {
                    start: pc as u32,
                    end: pc as u32 + 1,
                    target,
                    depth: *depth,
                }),
            }
        }
        let mut lines: Vec<(u32, u32)> = Vec::new();
        for (pc, &line) in u.word_lines.iter().enumerate() {
            if lines.last().map(|&(_, l)| l) != Some(line) {
                lines.push((pc as u32, line));
            }
        }
        let cell_args = u
            .cellvars
            .iter()
            .map(|c| u.varnames.iter().position(|v| v == c).map(|i| i as u32))
            .collect();
        let stacksize = stack_depth(&u.instrs, &exceptions);
        Ok(Arc::new(Code {
            name: u.name,
            qualname: u.qualname,
            filename: self.filename.clone(),
            first_line: u.first_line,
            instr_starts: crate::bytecode::instruction::instruction_starts(&u.instrs),
            instrs: u.instrs,
            consts: u.consts,
            names: u.names,
            varnames: u.varnames,
            cellvars: u.cellvars,
            freevars: u.freevars,
            cell_args,
            argcount: u.argcount,
            posonlyargcount: u.posonly,
            kwonlyargcount: u.kwonly,
            flags: u.flags,
            stacksize,
            lines,
            exceptions,
            global_caches: u.global_caches,
            method_caches: u.method_caches,
            attr_caches: u.attr_caches,
            doc: u.doc,
        }))
    }

    // ----- statements -----------------------------------------------------

    fn stmts(&mut self, body: &'a [Stmt]) -> CResult {
        body.iter().try_for_each(|s| self.stmt(s))
    }

    fn stmt(&mut self, s: &'a Stmt) -> CResult {
        stack::grow(|| self.stmt_in_place(s))
    }

    fn stmt_in_place(&mut self, s: &'a Stmt) -> CResult {
        self.set_line(s.range());
        match s {
            // A constant statement runs nothing, but its line is still
            // reached (a trace event), as in CPython.
            Stmt::Expr(e) if const_of(&e.value).is_some() => self.emit(Opcode::NOP, 0),
            Stmt::Expr(e) => {
                self.expr(&e.value)?;
                self.emit(Opcode::POP_TOP, 0);
            }
            Stmt::Assign(a) if self.try_parallel_assign(a)? => {}
            Stmt::Assign(a) => {
                self.expr(&a.value)?;
                let n = a.targets.len();
                for (i, t) in a.targets.iter().enumerate() {
                    if i + 1 < n {
                        self.emit(Opcode::COPY, 1);
                    }
                    self.store_target(t)?;
                }
            }
            Stmt::AugAssign(a) => self.aug_assign(a)?,
            Stmt::AnnAssign(a) => self.ann_assign(a)?,
            Stmt::Delete(d) => {
                for t in &d.targets {
                    self.delete_target(t)?;
                }
            }
            Stmt::Pass(_) => {}
            Stmt::If(i) => self.if_stmt(i)?,
            Stmt::While(w) => self.while_stmt(w)?,
            Stmt::For(f) => {
                if f.is_async {
                    return Err(self.unsupported(f.range, "async for loops"));
                }
                self.for_stmt(f)?
            }
            Stmt::Break(b) => self.break_continue(b.range, true)?,
            Stmt::Continue(c) => self.break_continue(c.range, false)?,
            Stmt::Return(r) => self.return_stmt(r)?,
            Stmt::FunctionDef(f) => self.function_def(f)?,
            Stmt::Raise(r) => {
                let mut n = 0;
                if let Some(e) = &r.exc {
                    self.expr(e)?;
                    n = 1;
                    if let Some(c) = &r.cause {
                        self.expr(c)?;
                        n = 2;
                    }
                }
                self.emit(Opcode::RAISE_VARARGS, n);
            }
            Stmt::Try(t) => {
                if t.is_star {
                    return Err(self.unsupported(t.range, "except* clauses"));
                }
                // The `try:` line is reached (CPython's SETUP_FINALLY).
                self.emit(Opcode::NOP, 0);
                if t.finalbody.is_empty() {
                    self.try_except(t)?;
                } else {
                    self.try_finally(t)?;
                }
            }
            Stmt::Assert(a) => {
                let end = self.new_label();
                self.jump_if(&a.test, true, end)?;
                self.emit(Opcode::LOAD_ASSERTION_ERROR, 0);
                if let Some(m) = &a.msg {
                    self.emit(Opcode::PUSH_NULL, 0);
                    self.expr(m)?;
                    self.emit(Opcode::CALL, 1);
                }
                self.emit(Opcode::RAISE_VARARGS, 1);
                self.bind(end);
            }
            Stmt::Global(_) | Stmt::Nonlocal(_) => {}
            Stmt::Import(i) => {
                // `IMPORT_NAME` takes the level and a "fromlist" flag: with
                // the flag it returns the named module itself, without it
                // the top-level package (what `import a.b` binds to `a`).
                for alias in &i.names {
                    let full = alias.name.as_str();
                    self.load_const(Const::Int(0.into()));
                    self.load_const(Const::Bool(alias.asname.is_some()));
                    let idx = self.name_index(full);
                    self.emit(Opcode::IMPORT_NAME, idx);
                    let bound = match &alias.asname {
                        Some(a) => a.as_str(),
                        None => full.split('.').next().unwrap_or(full),
                    };
                    self.store_name(bound);
                }
            }
            Stmt::ImportFrom(i) => {
                let module = i.module.as_ref().map_or("", |m| m.as_str());
                self.load_const(Const::Int(i.level.into()));
                self.load_const(Const::Bool(true));
                let idx = self.name_index(module);
                self.emit(Opcode::IMPORT_NAME, idx);
                if let [alias] = i.names.as_slice() {
                    if alias.name.as_str() == "*" {
                        if self.table.scopes[self.unit.scope].kind != ScopeKind::Module {
                            return Err(self.err(
                                ErrorKind::Syntax,
                                i.range,
                                "import * only allowed at module level",
                            ));
                        }
                        self.emit(Opcode::IMPORT_STAR, 0);
                        return Ok(());
                    }
                }
                for alias in &i.names {
                    let n = self.name_index(alias.name.as_str());
                    self.emit(Opcode::IMPORT_FROM, n);
                    let bound = alias.asname.as_ref().unwrap_or(&alias.name);
                    self.store_name(bound.as_str());
                }
                self.emit(Opcode::POP_TOP, 0);
            }
            Stmt::ClassDef(c) => self.class_def(c)?,
            Stmt::With(w) => {
                if w.is_async {
                    return Err(self.unsupported(w.range, "async with statements"));
                }
                self.with_items(w.range, &w.items, &w.body)?;
            }
            Stmt::Match(m) => return Err(self.unsupported(m.range, "match statements")),
            Stmt::TypeAlias(t) => return Err(self.unsupported(t.range, "type aliases")),
            Stmt::IpyEscapeCommand(c) => {
                return Err(self.err(ErrorKind::Syntax, c.range, "invalid syntax"))
            }
        }
        Ok(())
    }

    /// `a, b = b, a` and `x, y, z = ...` with a tuple display of the same
    /// length on both sides: evaluate the values, reorder them on the stack
    /// and store, without building a tuple (as CPython does for 2 and 3).
    fn try_parallel_assign(&mut self, a: &'a ast::StmtAssign) -> CResult<bool> {
        let [target] = a.targets.as_slice() else {
            return Ok(false);
        };
        let (Expr::Tuple(ast::ExprTuple { elts: targets, .. })
        | Expr::List(ast::ExprList { elts: targets, .. })) = target
        else {
            return Ok(false);
        };
        let Expr::Tuple(values) = a.value.as_ref() else {
            return Ok(false);
        };
        let n = targets.len();
        if !(2..=3).contains(&n)
            || values.elts.len() != n
            || targets
                .iter()
                .chain(&values.elts)
                .any(|e| matches!(e, Expr::Starred(_)))
        {
            return Ok(false);
        }
        self.exprs(&values.elts)?;
        // Stack: v1 .. vn (vn on top); stores go t1 = v1 first.
        self.emit(Opcode::SWAP, n as u32);
        for t in targets {
            self.store_target(t)?;
        }
        Ok(true)
    }

    /// Stores the value on top of the stack into target `t`, at the
    /// target's line (CPython's lines, as for [`Gen::expr`]).
    fn store_target(&mut self, t: &'a Expr) -> CResult {
        let outer = self.unit.line;
        self.set_line(t.range());
        let r = self.store_target_at_line(t);
        self.unit.line = outer;
        r
    }

    fn store_target_at_line(&mut self, t: &'a Expr) -> CResult {
        match t {
            Expr::Name(n) => self.store_name(n.id.as_str()),
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                let i = self.attr_index(a.attr.as_str());
                self.emit(Opcode::STORE_ATTR, i);
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                if let Some((lo, hi)) = simple_slice(&s.slice) {
                    self.slice_bound(lo)?;
                    self.slice_bound(hi)?;
                    self.emit(Opcode::STORE_SLICE, 0);
                } else {
                    self.expr(&s.slice)?;
                    self.emit(Opcode::STORE_SUBSCR, 0);
                }
            }
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                self.unpack(t.range(), elts)?;
                for e in elts {
                    let e = match e {
                        Expr::Starred(s) => &s.value,
                        e => e,
                    };
                    self.store_target(e)?;
                }
            }
            Expr::Starred(s) => {
                return Err(self.err(
                    ErrorKind::Syntax,
                    s.range,
                    "starred assignment target must be in a list or tuple",
                ))
            }
            other => {
                return Err(self.err(
                    ErrorKind::Syntax,
                    other.range(),
                    format!("cannot assign to {}", describe(other)),
                ))
            }
        }
        Ok(())
    }

    fn unpack(&mut self, range: TextRange, elts: &[Expr]) -> CResult {
        let stars: Vec<usize> = elts
            .iter()
            .enumerate()
            .filter(|(_, e)| matches!(e, Expr::Starred(_)))
            .map(|(i, _)| i)
            .collect();
        match stars.as_slice() {
            [] => self.emit(Opcode::UNPACK_SEQUENCE, elts.len() as u32),
            [i] => {
                let before = *i as u32;
                let after = (elts.len() - i - 1) as u32;
                if before > 255 || after > 255 {
                    return Err(self.err(
                        ErrorKind::Syntax,
                        range,
                        "too many expressions in star-unpacking assignment",
                    ));
                }
                self.emit(Opcode::UNPACK_EX, before | (after << 8));
            }
            _ => {
                return Err(self.err(
                    ErrorKind::Syntax,
                    range,
                    "multiple starred expressions in assignment",
                ))
            }
        }
        Ok(())
    }

    fn delete_target(&mut self, t: &'a Expr) -> CResult {
        match t {
            Expr::Name(n) => self.delete_name(n.id.as_str()),
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                let i = self.attr_index(a.attr.as_str());
                self.emit(Opcode::DELETE_ATTR, i);
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                self.emit(Opcode::DELETE_SUBSCR, 0);
            }
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                for e in elts {
                    self.delete_target(e)?;
                }
            }
            other => {
                return Err(self.err(
                    ErrorKind::Syntax,
                    other.range(),
                    format!("cannot delete {}", describe(other)),
                ))
            }
        }
        Ok(())
    }

    fn aug_assign(&mut self, a: &'a ast::StmtAugAssign) -> CResult {
        let op = binop_of(a.op).inplace();
        match a.target.as_ref() {
            Expr::Name(n) => {
                self.load_name(n.id.as_str());
                self.expr(&a.value)?;
                self.emit(Opcode::BINARY_OP, op as u32);
                self.store_name(n.id.as_str());
            }
            Expr::Attribute(at) => {
                self.expr(&at.value)?;
                self.emit(Opcode::COPY, 1);
                let i = self.attr_index(at.attr.as_str());
                self.emit(Opcode::LOAD_ATTR, i);
                self.expr(&a.value)?;
                self.emit(Opcode::BINARY_OP, op as u32);
                self.emit(Opcode::SWAP, 2);
                self.emit(Opcode::STORE_ATTR, i);
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                if let Some((lo, hi)) = simple_slice(&s.slice) {
                    self.slice_bound(lo)?;
                    self.slice_bound(hi)?;
                    for _ in 0..3 {
                        self.emit(Opcode::COPY, 3);
                    }
                    self.emit(Opcode::BINARY_SLICE, 0);
                    self.expr(&a.value)?;
                    self.emit(Opcode::BINARY_OP, op as u32);
                    self.emit(Opcode::SWAP, 4);
                    self.emit(Opcode::SWAP, 3);
                    self.emit(Opcode::SWAP, 2);
                    self.emit(Opcode::STORE_SLICE, 0);
                } else {
                    self.expr(&s.slice)?;
                    self.emit(Opcode::COPY, 2);
                    self.emit(Opcode::COPY, 2);
                    self.emit(Opcode::BINARY_SUBSCR, 0);
                    self.expr(&a.value)?;
                    self.emit(Opcode::BINARY_OP, op as u32);
                    self.emit(Opcode::SWAP, 3);
                    self.emit(Opcode::SWAP, 2);
                    self.emit(Opcode::STORE_SUBSCR, 0);
                }
            }
            other => {
                return Err(self.err(
                    ErrorKind::Syntax,
                    other.range(),
                    format!(
                        "'{}' is an illegal expression for augmented assignment",
                        describe(other)
                    ),
                ))
            }
        }
        Ok(())
    }

    fn if_stmt(&mut self, i: &'a ast::StmtIf) -> CResult {
        let end = self.new_label();
        let mut next = self.new_label();
        self.jump_if(&i.test, false, next)?;
        self.stmts(&i.body)?;
        for clause in &i.elif_else_clauses {
            self.jump(end);
            self.bind(next);
            next = self.new_label();
            self.set_line(clause.range);
            if let Some(t) = &clause.test {
                self.jump_if(t, false, next)?;
            }
            self.stmts(&clause.body)?;
        }
        self.bind(next);
        self.bind(end);
        Ok(())
    }

    /// `while`: as CPython 3.11 lays it out, the test at the top and again
    /// at the bottom, so that each iteration takes one jump (and reports
    /// the lines CPython's trace events do); `continue` goes to the top.
    fn while_stmt(&mut self, w: &'a ast::StmtWhile) -> CResult {
        let start = self.new_label();
        let body = self.new_label();
        let orelse = self.new_label();
        let exit = self.new_label();
        let forever = is_const_true(&w.test);
        self.bind(start);
        if forever {
            // Nothing to test, but the line is still reached.
            self.emit(Opcode::NOP, 0);
        } else {
            self.jump_if(&w.test, false, orelse)?;
        }
        self.bind(body);
        self.unit.fblocks.push(FBlock::While { start, exit });
        self.stmts(&w.body)?;
        self.unit.fblocks.pop();
        self.set_line(w.range);
        if !forever {
            self.jump_if(&w.test, false, orelse)?;
            self.set_line(w.range);
        }
        self.jump(body);
        self.bind(orelse);
        self.stmts(&w.orelse)?;
        self.bind(exit);
        Ok(())
    }

    fn for_stmt(&mut self, f: &'a ast::StmtFor) -> CResult {
        let start = self.new_label();
        let cleanup = self.new_label();
        let exit = self.new_label();
        self.expr(&f.iter)?;
        self.emit(Opcode::GET_ITER, 0);
        self.bind(start);
        self.set_line(f.range);
        self.emit_jump(Opcode::FOR_ITER, cleanup);
        self.store_target(&f.target)?;
        self.unit.fblocks.push(FBlock::For { start, exit });
        self.stmts(&f.body)?;
        self.unit.fblocks.pop();
        self.set_line(f.range);
        self.jump(start);
        self.bind(cleanup);
        self.stmts(&f.orelse)?;
        self.bind(exit);
        Ok(())
    }

    fn break_continue(&mut self, range: TextRange, is_break: bool) -> CResult {
        let Some(loop_at) = self
            .unit
            .fblocks
            .iter()
            .rposition(|b| matches!(b, FBlock::While { .. } | FBlock::For { .. }))
        else {
            let msg = if is_break {
                "'break' outside loop"
            } else {
                "'continue' not properly in loop"
            };
            return Err(self.err(ErrorKind::Syntax, range, msg));
        };
        self.unwind(loop_at + 1, false)?;
        let (start, exit, is_for) = match self.unit.fblocks[loop_at] {
            FBlock::While { start, exit } => (start, exit, false),
            FBlock::For { start, exit } => (start, exit, true),
            _ => unreachable!("found a loop block"),
        };
        if is_break {
            if is_for {
                self.emit(Opcode::POP_TOP, 0);
            }
            self.jump(exit);
        } else {
            self.jump(start);
        }
        Ok(())
    }

    fn return_stmt(&mut self, r: &'a ast::StmtReturn) -> CResult {
        if self.table.scopes[self.unit.scope].kind == ScopeKind::Module {
            return Err(self.err(ErrorKind::Syntax, r.range, "'return' outside function"));
        }
        match &r.value {
            Some(v) => self.expr(v)?,
            None => self.load_const(Const::None),
        }
        // The line the unwinding left (a `with` line, the end of a
        // `finally`) stays the return's, as in CPython.
        self.unwind(0, true)?;
        self.emit(Opcode::RETURN_VALUE, 0);
        Ok(())
    }

    /// Emits the cleanup of every block above `keep` (innermost first),
    /// keeping the value on top of the stack when `preserve_tos`.
    fn unwind(&mut self, keep: usize, preserve_tos: bool) -> CResult {
        let saved_blocks = self.unit.fblocks.clone();
        let saved_handlers = self.unit.handlers.clone();
        while self.unit.fblocks.len() > keep {
            let Some(block) = self.unit.fblocks.pop() else {
                break;
            };
            match block {
                FBlock::While { .. } | FBlock::TryExcept => {}
                FBlock::For { .. } => {
                    if preserve_tos {
                        self.emit(Opcode::SWAP, 2);
                    }
                    self.emit(Opcode::POP_TOP, 0);
                }
                FBlock::PopValue => {
                    if preserve_tos {
                        self.emit(Opcode::SWAP, 2);
                    }
                    self.emit(Opcode::POP_TOP, 0);
                }
                FBlock::HandlerCleanup { name } => {
                    if preserve_tos {
                        self.emit(Opcode::SWAP, 2);
                    }
                    self.emit(Opcode::POP_EXCEPT, 0);
                    if let Some(n) = name {
                        self.load_const(Const::None);
                        self.store_name(n);
                        self.delete_name(n);
                    }
                }
                FBlock::FinallyEnd => {
                    if preserve_tos {
                        self.emit(Opcode::SWAP, 2);
                    }
                    self.emit(Opcode::POP_TOP, 0);
                    if preserve_tos {
                        self.emit(Opcode::SWAP, 2);
                    }
                    self.emit(Opcode::POP_EXCEPT, 0);
                }
                FBlock::With(stmt) => {
                    // From here to the `return` itself, CPython reports
                    // the `with` line.
                    self.set_line(stmt);
                    if preserve_tos {
                        self.emit(Opcode::SWAP, 2);
                    }
                    self.exit_with_none();
                }
                FBlock::FinallyTry { body, handlers_len } => {
                    self.unit.handlers.truncate(handlers_len);
                    if preserve_tos {
                        self.unit.fblocks.push(FBlock::PopValue);
                    }
                    self.stmts(body)?;
                    if preserve_tos {
                        self.unit.fblocks.pop();
                    }
                }
            }
        }
        self.unit.fblocks = saved_blocks;
        self.unit.handlers = saved_handlers;
        Ok(())
    }

    fn try_except(&mut self, t: &'a ast::StmtTry) -> CResult {
        let handler = self.new_label();
        let cleanup = self.new_label();
        let end = self.new_label();
        let depth = self.base_depth();
        self.unit.handlers.push((handler, depth));
        self.unit.fblocks.push(FBlock::TryExcept);
        self.stmts(&t.body)?;
        self.unit.fblocks.pop();
        self.unit.handlers.pop();
        self.stmts(&t.orelse)?;
        self.jump(end);

        self.bind(handler);
        self.unit.handlers.push((cleanup, depth + 1));
        if let Some(ast::ExceptHandler::ExceptHandler(h)) = t.handlers.first() {
            self.set_line(h.range);
        }
        self.emit(Opcode::PUSH_EXC_INFO, 0);
        let n = t.handlers.len();
        for (i, h) in t.handlers.iter().enumerate() {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            self.set_line(h.range);
            let next = self.new_label();
            match &h.type_ {
                Some(ty) => {
                    self.expr(ty)?;
                    self.emit(Opcode::CHECK_EXC_MATCH, 0);
                    self.emit_jump(Opcode::POP_JUMP_IF_FALSE, next);
                }
                None if i + 1 < n => {
                    return Err(self.err(
                        ErrorKind::Syntax,
                        h.range,
                        "default 'except:' must be last",
                    ))
                }
                None => {}
            }
            match &h.name {
                Some(name) => {
                    let name = name.as_str();
                    self.store_name(name);
                    let cleanup_end = self.new_label();
                    self.unit.handlers.push((cleanup_end, depth + 1));
                    self.unit
                        .fblocks
                        .push(FBlock::HandlerCleanup { name: Some(name) });
                    self.stmts(&h.body)?;
                    self.unit.fblocks.pop();
                    self.unit.handlers.pop();
                    self.emit(Opcode::POP_EXCEPT, 0);
                    self.load_const(Const::None);
                    self.store_name(name);
                    self.delete_name(name);
                    self.jump(end);
                    self.bind(cleanup_end);
                    let line = self.unit.line;
                    self.unit.line |= ARTIFICIAL_LINE;
                    self.load_const(Const::None);
                    self.store_name(name);
                    self.delete_name(name);
                    self.emit(Opcode::RERAISE, 1);
                    self.unit.line = line;
                }
                None => {
                    self.emit(Opcode::POP_TOP, 0);
                    self.unit
                        .fblocks
                        .push(FBlock::HandlerCleanup { name: None });
                    self.stmts(&h.body)?;
                    self.unit.fblocks.pop();
                    self.emit(Opcode::POP_EXCEPT, 0);
                    self.jump(end);
                }
            }
            self.bind(next);
        }
        self.emit(Opcode::RERAISE, 0);
        self.unit.handlers.pop();
        self.bind(cleanup);
        self.cleanup_reraise();
        self.bind(end);
        Ok(())
    }

    /// `with a as x, b: body`, one item at a time (CPython 3.11's
    /// `BEFORE_WITH`/`WITH_EXCEPT_START` protocol): the bound `__exit__`
    /// stays on the stack while the body runs; a normal exit, `return`,
    /// `break` or `continue` calls it with three Nones, an exception with
    /// the exception, and a true result suppresses it.
    fn with_items(
        &mut self,
        stmt: TextRange,
        items: &'a [ast::WithItem],
        body: &'a [Stmt],
    ) -> CResult {
        let Some((item, rest)) = items.split_first() else {
            return self.stmts(body);
        };
        let handler = self.new_label();
        let cleanup = self.new_label();
        let suppress = self.new_label();
        let end = self.new_label();
        self.expr(&item.context_expr)?;
        self.set_line(stmt);
        self.emit(Opcode::BEFORE_WITH, 0);
        self.unit.fblocks.push(FBlock::With(stmt));
        let depth = self.base_depth();
        self.unit.handlers.push((handler, depth));
        match &item.optional_vars {
            Some(target) => self.store_target(target)?,
            None => self.emit(Opcode::POP_TOP, 0),
        }
        self.with_items(stmt, rest, body)?;
        self.unit.handlers.pop();
        self.unit.fblocks.pop();
        // `__exit__` runs at the `with` line, as in CPython.
        self.set_line(stmt);
        self.exit_with_none();
        self.jump(end);

        // An exception in the body: stack is `exit, exc`.
        self.bind(handler);
        self.unit.handlers.push((cleanup, depth + 1));
        self.set_line(stmt);
        self.emit(Opcode::PUSH_EXC_INFO, 0);
        self.emit(Opcode::WITH_EXCEPT_START, 0);
        self.emit_jump(Opcode::POP_JUMP_IF_TRUE, suppress);
        self.unit.line |= ARTIFICIAL_LINE;
        self.emit(Opcode::RERAISE, 1);
        self.unit.handlers.pop();
        self.bind(cleanup);
        self.cleanup_reraise();
        self.bind(suppress);
        self.emit(Opcode::POP_TOP, 0);
        self.emit(Opcode::POP_EXCEPT, 0);
        self.emit(Opcode::POP_TOP, 0);
        self.bind(end);
        Ok(())
    }

    /// Calls the `__exit__` on top of the stack with three Nones and drops
    /// it and its result.
    /// A handler's cleanup: restores the exception being handled before
    /// and re-raises. Artificial: no line event reports it.
    fn cleanup_reraise(&mut self) {
        let line = self.unit.line;
        self.unit.line |= ARTIFICIAL_LINE;
        self.emit(Opcode::SWAP, 2);
        self.emit(Opcode::POP_EXCEPT, 0);
        self.emit(Opcode::RERAISE, 1);
        self.unit.line = line;
    }

    fn exit_with_none(&mut self) {
        self.emit(Opcode::PUSH_NULL, 0);
        for _ in 0..3 {
            self.load_const(Const::None);
        }
        self.emit(Opcode::CALL, 3);
        self.emit(Opcode::POP_TOP, 0);
    }

    fn try_finally(&mut self, t: &'a ast::StmtTry) -> CResult {
        let handler = self.new_label();
        let cleanup = self.new_label();
        let end = self.new_label();
        let depth = self.base_depth();
        let handlers_len = self.unit.handlers.len();
        self.unit.handlers.push((handler, depth));
        self.unit.fblocks.push(FBlock::FinallyTry {
            body: &t.finalbody,
            handlers_len,
        });
        if t.handlers.is_empty() {
            self.stmts(&t.body)?;
            self.stmts(&t.orelse)?;
        } else {
            self.try_except(t)?;
        }
        self.unit.fblocks.pop();
        self.unit.handlers.pop();
        self.stmts(&t.finalbody)?;
        self.jump(end);

        self.bind(handler);
        self.unit.handlers.push((cleanup, depth + 1));
        if let Some(first) = t.finalbody.first() {
            self.set_line(first.range());
        }
        self.emit(Opcode::PUSH_EXC_INFO, 0);
        self.unit.fblocks.push(FBlock::FinallyEnd);
        self.stmts(&t.finalbody)?;
        self.unit.fblocks.pop();
        self.emit(Opcode::RERAISE, 0);
        self.unit.handlers.pop();
        self.bind(cleanup);
        self.cleanup_reraise();
        self.bind(end);
        Ok(())
    }

    fn function_def(&mut self, f: &'a ast::StmtFunctionDef) -> CResult {
        if f.is_async {
            return Err(self.unsupported(f.range, "async functions"));
        }
        for d in &f.decorator_list {
            self.expr(&d.expression)?;
            self.emit(Opcode::PUSH_NULL, 0);
        }
        let flags = self.defaults(&f.parameters)?
            | self.param_annotations(&f.parameters, f.returns.as_deref())?;
        let first_line = self.lines.line(f.range.start().to_u32());
        self.enter_unit(f.range, f.name.as_str(), first_line)?;
        self.set_arg_counts(&f.parameters);
        let mut body = &f.body[..];
        if let Some(Stmt::Expr(e)) = body.first() {
            if let Expr::StringLiteral(doc) = e.value.as_ref() {
                // The docstring is no statement: it runs no code.
                self.unit.doc = Some(Arc::from(doc.value.to_str()));
                body = &body[1..];
            }
        }
        self.stmts(body)?;
        self.load_const(Const::None);
        self.emit(Opcode::RETURN_VALUE, 0);
        let code = self.leave_unit()?;
        self.set_line(f.range);
        self.make_function(code, flags);
        for _ in &f.decorator_list {
            self.emit(Opcode::CALL, 1);
        }
        self.store_name(f.name.as_str());
        Ok(())
    }

    /// `target: annotation [= value]` as CPython 3.11 compiles it: the
    /// assignment first; then, in a module or class body, the annotation
    /// of a simple name goes into `__annotations__` and any other
    /// annotation is evaluated and dropped (as are an annotated attribute's
    /// object and a subscript's parts when there is no value). In a
    /// function annotations are never evaluated.
    fn ann_assign(&mut self, a: &'a ast::StmtAnnAssign) -> CResult {
        if let Some(v) = &a.value {
            self.expr(v)?;
            self.store_target(&a.target)?;
        }
        let kind = self.table.scopes[self.unit.scope].kind;
        let evaluated = matches!(kind, ScopeKind::Module | ScopeKind::Class);
        match a.target.as_ref() {
            Expr::Name(n) if a.simple => {
                if evaluated {
                    self.annotation(&a.annotation)?;
                    let i = self.name_index("__annotations__");
                    self.emit(Opcode::LOAD_NAME, i);
                    self.load_name_const(n.id.as_str());
                    self.emit(Opcode::STORE_SUBSCR, 0);
                }
                return Ok(());
            }
            Expr::Attribute(t) if a.value.is_none() => self.evaluate_and_drop(&t.value)?,
            Expr::Subscript(t) if a.value.is_none() => {
                self.evaluate_and_drop(&t.value)?;
                let parts: Vec<&Expr> = match t.slice.as_ref() {
                    Expr::Tuple(tup) => tup.elts.iter().collect(),
                    s => vec![s],
                };
                for part in parts {
                    match part {
                        Expr::Slice(s) => {
                            for e in [&s.lower, &s.upper, &s.step].into_iter().flatten() {
                                self.evaluate_and_drop(e)?;
                            }
                        }
                        e => self.evaluate_and_drop(e)?,
                    }
                }
            }
            _ => {}
        }
        if evaluated && !self.features.annotations {
            self.evaluate_and_drop(&a.annotation)?;
        }
        Ok(())
    }

    /// Pushes `name` as a str constant, private-name mangled (an
    /// annotation's key).
    fn load_name_const(&mut self, name: &str) {
        let key = self
            .unit
            .private
            .as_ref()
            .and_then(|c| super::mangle(c, name));
        self.load_const(Const::Str(Arc::from(key.as_deref().unwrap_or(name))));
    }

    fn evaluate_and_drop(&mut self, e: &'a Expr) -> CResult {
        self.expr(e)?;
        self.emit(Opcode::POP_TOP, 0);
        Ok(())
    }

    /// Pushes an annotation's value: the expression's, or under PEP 563
    /// its source text.
    fn annotation(&mut self, e: &'a Expr) -> CResult {
        if !self.features.annotations {
            return self.expr(e);
        }
        let r = e.range();
        let text = self
            .lines
            .source
            .get(r.start().to_usize()..r.end().to_usize())
            .unwrap_or("");
        self.load_const(Const::Str(Arc::from(text)));
        Ok(())
    }

    /// A function's annotations as the `(name, value, ...)` tuple
    /// `MAKE_FUNCTION` takes with flag 8, in CPython's order (parameters,
    /// positional-only ones, `*args`, keyword-only ones, `**kwargs`, then
    /// `return`); returns the flag, or 0 if there are none.
    fn param_annotations(
        &mut self,
        p: &'a ast::Parameters,
        returns: Option<&'a Expr>,
    ) -> CResult<u32> {
        let named = |a: &'a ast::ParameterWithDefault| {
            (a.parameter.name.as_str(), a.parameter.annotation.as_deref())
        };
        let star = |v: &'a Option<Box<ast::Parameter>>| {
            v.as_deref()
                .map(|v| (v.name.as_str(), v.annotation.as_deref()))
        };
        let all: Vec<(&str, &Expr)> = p
            .args
            .iter()
            .chain(&p.posonlyargs)
            .map(named)
            .chain(star(&p.vararg))
            .chain(p.kwonlyargs.iter().map(named))
            .chain(star(&p.kwarg))
            .chain([("return", returns)])
            .filter_map(|(n, a)| a.map(|a| (n, a)))
            .collect();
        if all.is_empty() {
            return Ok(0);
        }
        for &(name, a) in &all {
            self.load_name_const(name);
            self.annotation(a)?;
        }
        self.emit(Opcode::BUILD_TUPLE, 2 * all.len() as u32);
        Ok(8)
    }

    /// `class C(bases): body` becomes `__build_class__(<body function>, 'C',
    /// *bases, **keywords)`, as in CPython: the body runs as a function whose
    /// names live in the new class's namespace.
    fn class_def(&mut self, c: &'a ast::StmtClassDef) -> CResult {
        if c.type_params.is_some() {
            return Err(self.unsupported(c.range, "generic classes"));
        }
        for d in &c.decorator_list {
            self.expr(&d.expression)?;
            self.emit(Opcode::PUSH_NULL, 0);
        }
        let name = c.name.as_str();
        let first_line = self.lines.line(c.range.start().to_u32());
        self.enter_unit(c.range, name, first_line)?;
        self.set_line(c.range);
        self.load_name("__name__");
        self.store_name_in_class("__module__");
        let qualname = self.unit.qualname.clone();
        self.load_const(Const::Str(qualname));
        self.store_name_in_class("__qualname__");
        if has_annotations(&c.body) {
            self.emit(Opcode::SETUP_ANNOTATIONS, 0);
        }
        let mut body = &c.body[..];
        if let Some(Stmt::Expr(e)) = body.first() {
            if let Expr::StringLiteral(doc) = e.value.as_ref() {
                self.set_line(e.range);
                self.load_const(Const::Str(Arc::from(doc.value.to_str())));
                self.store_name_in_class("__doc__");
                body = &body[1..];
            }
        }
        self.stmts(body)?;
        if self.unit.cellvars.iter().any(|n| &**n == "__class__") {
            // Hand the `__class__` cell to `__build_class__`, which fills it
            // with the new class (zero-argument `super()` reads it).
            let i = self.deref_index("__class__");
            self.emit(Opcode::LOAD_CLOSURE, i);
            self.store_name_in_class("__classcell__");
        }
        self.load_const(Const::None);
        self.emit(Opcode::RETURN_VALUE, 0);
        let code = self.leave_unit()?;
        self.set_line(c.range);
        self.emit(Opcode::LOAD_BUILD_CLASS, 0);
        self.emit(Opcode::PUSH_NULL, 0);
        self.make_function(code, 0);
        self.load_const(Const::Str(Arc::from(name)));
        let (args, keywords): (&[Expr], &[ast::Keyword]) = match &c.arguments {
            Some(a) => (&a.args, &a.keywords),
            None => (&[], &[]),
        };
        self.call_args(2, args, keywords, c.range)?;
        for _ in &c.decorator_list {
            self.emit(Opcode::CALL, 1);
        }
        self.store_name(name);
        Ok(())
    }

    /// `STORE_NAME` into the class namespace regardless of the symbol table
    /// (for the implicit `__module__`, `__qualname__`, `__classcell__`).
    fn store_name_in_class(&mut self, name: &str) {
        let i = self.name_index(name);
        self.emit(Opcode::STORE_NAME, i);
    }

    fn set_arg_counts(&mut self, p: &ast::Parameters) {
        self.unit.posonly = p.posonlyargs.len() as u32;
        self.unit.argcount = (p.posonlyargs.len() + p.args.len()) as u32;
        self.unit.kwonly = p.kwonlyargs.len() as u32;
        if p.vararg.is_some() {
            self.unit.flags |= CO_VARARGS;
        }
        if p.kwarg.is_some() {
            self.unit.flags |= CO_VARKEYWORDS;
        }
    }

    /// Emits positional defaults (a tuple) and keyword-only defaults (a
    /// dict); returns the `MAKE_FUNCTION` flags for them.
    fn defaults(&mut self, p: &'a ast::Parameters) -> CResult<u32> {
        let mut flags = 0;
        let pos: Vec<&Expr> = p
            .posonlyargs
            .iter()
            .chain(&p.args)
            .filter_map(|a| a.default.as_deref())
            .collect();
        if !pos.is_empty() {
            for d in &pos {
                self.expr(d)?;
            }
            self.emit(Opcode::BUILD_TUPLE, pos.len() as u32);
            flags |= 1;
        }
        let kw: Vec<(&str, &Expr)> = p
            .kwonlyargs
            .iter()
            .filter_map(|a| a.default.as_deref().map(|d| (a.parameter.name.as_str(), d)))
            .collect();
        if !kw.is_empty() {
            for (name, d) in &kw {
                self.load_const(Const::Str(Arc::from(*name)));
                self.expr(d)?;
            }
            self.emit(Opcode::BUILD_MAP, kw.len() as u32);
            flags |= 2;
        }
        Ok(flags)
    }

    // ----- expressions ----------------------------------------------------

    /// Jumps to `target` if `e`'s truth equals `cond`; falls through otherwise.
    fn jump_if(&mut self, e: &'a Expr, cond: bool, target: Label) -> CResult {
        match e {
            Expr::UnaryOp(u) if u.op == ast::UnaryOp::Not => {
                return self.jump_if(&u.operand, !cond, target)
            }
            Expr::BoolOp(b) => {
                let is_and = b.op == ast::BoolOp::And;
                // `a and b` jumps on false if any is false; on true only if all are.
                if is_and != cond {
                    for v in &b.values {
                        self.jump_if(v, cond, target)?;
                    }
                } else {
                    let skip = self.new_label();
                    let (last, rest) = b.values.split_last().ok_or_else(|| {
                        self.err(ErrorKind::Syntax, b.range, "empty boolean operation")
                    })?;
                    for v in rest {
                        self.jump_if(v, !cond, skip)?;
                    }
                    self.jump_if(last, cond, target)?;
                    self.bind(skip);
                }
                return Ok(());
            }
            Expr::Compare(c) if c.ops.len() > 1 => {
                // `a < b < c` as a condition: compare and branch link by link
                // (CPython's compiler_jump_if), no bool values in between.
                let cleanup = self.new_label();
                let end = self.new_label();
                self.expr(&c.left)?;
                let n = c.ops.len();
                for (op, right) in c.ops[..n - 1].iter().zip(c.comparators.iter()) {
                    self.expr(right)?;
                    self.emit(Opcode::SWAP, 2);
                    self.emit(Opcode::COPY, 2);
                    self.set_line(c.range);
                    self.compare_op(*op);
                    self.emit_jump(Opcode::POP_JUMP_IF_FALSE, cleanup);
                }
                self.expr(&c.comparators[n - 1])?;
                self.compare_op(c.ops[n - 1]);
                let last = if cond {
                    Opcode::POP_JUMP_IF_TRUE
                } else {
                    Opcode::POP_JUMP_IF_FALSE
                };
                self.emit_jump(last, target);
                self.jump(end);
                self.bind(cleanup);
                self.emit(Opcode::POP_TOP, 0);
                if !cond {
                    self.jump(target);
                }
                self.bind(end);
                return Ok(());
            }
            _ => {}
        }
        self.expr(e)?;
        let op = if cond {
            Opcode::POP_JUMP_IF_TRUE
        } else {
            Opcode::POP_JUMP_IF_FALSE
        };
        // The jump after a comparison belongs to the comparison's line,
        // and so does what follows until a statement sets its own (the
        // append of a comprehension with an `if` clause); after anything
        // else the jump has the statement's line (CPython 3.11's lines).
        if let Expr::Compare(c) = e {
            self.set_line(c.range);
        }
        self.emit_jump(op, target);
        Ok(())
    }

    fn exprs(&mut self, es: &'a [Expr]) -> CResult {
        es.iter().try_for_each(|e| self.expr(e))
    }

    /// Compiles an expression; its instructions carry the line it starts
    /// on, as CPython's `compiler_visit_expr` gives them (a call or a list
    /// display spread over lines reports each line in tracebacks and
    /// trace events).
    fn expr(&mut self, e: &'a Expr) -> CResult {
        let outer = self.unit.line;
        self.set_line(e.range());
        let r = stack::grow(|| self.expr_at_line(e));
        self.unit.line = outer;
        r
    }

    fn expr_at_line(&mut self, e: &'a Expr) -> CResult {
        if let Some(c) = const_of(e) {
            self.load_const(c);
            return Ok(());
        }
        match e {
            Expr::Name(n) => self.load_name(n.id.as_str()),
            Expr::BinOp(b) => {
                self.expr(&b.left)?;
                self.expr(&b.right)?;
                self.set_line(b.range);
                self.emit(Opcode::BINARY_OP, binop_of(b.op) as u32);
            }
            Expr::UnaryOp(u) => {
                self.expr(&u.operand)?;
                let op = match u.op {
                    ast::UnaryOp::Not => Opcode::UNARY_NOT,
                    ast::UnaryOp::USub => Opcode::UNARY_NEGATIVE,
                    ast::UnaryOp::UAdd => Opcode::UNARY_POSITIVE,
                    ast::UnaryOp::Invert => Opcode::UNARY_INVERT,
                };
                self.emit(op, 0);
            }
            Expr::BoolOp(b) => {
                let end = self.new_label();
                let op = if b.op == ast::BoolOp::And {
                    Opcode::JUMP_IF_FALSE_OR_POP
                } else {
                    Opcode::JUMP_IF_TRUE_OR_POP
                };
                let (last, rest) = b.values.split_last().ok_or_else(|| {
                    self.err(ErrorKind::Syntax, b.range, "empty boolean operation")
                })?;
                for v in rest {
                    self.expr(v)?;
                    self.emit_jump(op, end);
                }
                self.expr(last)?;
                self.bind(end);
            }
            Expr::Compare(c) => self.compare(c)?,
            Expr::If(i) => {
                let orelse = self.new_label();
                let end = self.new_label();
                self.jump_if(&i.test, false, orelse)?;
                self.expr(&i.body)?;
                self.jump(end);
                self.bind(orelse);
                self.expr(&i.orelse)?;
                self.bind(end);
            }
            Expr::Named(n) => {
                self.expr(&n.value)?;
                self.emit(Opcode::COPY, 1);
                self.store_target(&n.target)?;
            }
            Expr::Call(c) => self.call(c)?,
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                self.set_line(a.range);
                let i = self.attr_index(a.attr.as_str());
                self.emit(Opcode::LOAD_ATTR, i);
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                if let Some((lo, hi)) = simple_slice(&s.slice) {
                    self.slice_bound(lo)?;
                    self.slice_bound(hi)?;
                    self.set_line(s.range);
                    self.emit(Opcode::BINARY_SLICE, 0);
                } else {
                    self.expr(&s.slice)?;
                    self.set_line(s.range);
                    self.emit(Opcode::BINARY_SUBSCR, 0);
                }
            }
            Expr::Slice(s) => {
                self.slice_bound(s.lower.as_deref())?;
                self.slice_bound(s.upper.as_deref())?;
                match &s.step {
                    Some(st) => {
                        self.expr(st)?;
                        self.emit(Opcode::BUILD_SLICE, 3);
                    }
                    None => self.emit(Opcode::BUILD_SLICE, 2),
                }
            }
            Expr::Tuple(t) => {
                if t.elts.iter().any(|e| matches!(e, Expr::Starred(_))) {
                    self.starred_list(&t.elts)?;
                    self.emit(Opcode::LIST_TO_TUPLE, 0);
                } else {
                    self.exprs(&t.elts)?;
                    self.emit(Opcode::BUILD_TUPLE, t.elts.len() as u32);
                }
            }
            Expr::List(l) => {
                if l.elts.iter().any(|e| matches!(e, Expr::Starred(_))) {
                    self.starred_list(&l.elts)?;
                } else if l.elts.len() > 2 && l.elts.iter().all(|e| const_of(e).is_some()) {
                    let items = l.elts.iter().filter_map(const_of).collect();
                    self.emit(Opcode::BUILD_LIST, 0);
                    self.load_const(Const::Tuple(items));
                    self.emit(Opcode::LIST_EXTEND, 1);
                } else {
                    self.exprs(&l.elts)?;
                    self.emit(Opcode::BUILD_LIST, l.elts.len() as u32);
                }
            }
            Expr::Set(s) => {
                if s.elts.len() > 2 && s.elts.iter().all(|e| const_of(e).is_some()) {
                    let items = s.elts.iter().filter_map(const_of).collect();
                    self.emit(Opcode::BUILD_SET, 0);
                    self.load_const(Const::FrozenSet(items));
                    self.emit(Opcode::SET_UPDATE, 1);
                } else if s.elts.iter().any(|e| matches!(e, Expr::Starred(_))) {
                    self.emit(Opcode::BUILD_SET, 0);
                    for el in &s.elts {
                        match el {
                            Expr::Starred(st) => {
                                self.expr(&st.value)?;
                                self.emit(Opcode::SET_UPDATE, 1);
                            }
                            other => {
                                self.expr(other)?;
                                self.emit(Opcode::SET_ADD, 1);
                            }
                        }
                    }
                } else {
                    self.exprs(&s.elts)?;
                    self.emit(Opcode::BUILD_SET, s.elts.len() as u32);
                }
            }
            Expr::Dict(d) => self.dict(d)?,
            Expr::ListComp(c) => {
                self.comprehension(c.range, "<listcomp>", &c.generators, CompKind::List(&c.elt))?
            }
            Expr::SetComp(c) => {
                self.comprehension(c.range, "<setcomp>", &c.generators, CompKind::Set(&c.elt))?
            }
            Expr::DictComp(c) => {
                let Some(key) = c.key.as_deref() else {
                    return Err(self.err(ErrorKind::Syntax, c.range, "invalid syntax"));
                };
                self.comprehension(
                    c.range,
                    "<dictcomp>",
                    &c.generators,
                    CompKind::Dict(key, &c.value),
                )?
            }
            Expr::Generator(c) => {
                self.comprehension(c.range, "<genexpr>", &c.generators, CompKind::Gen(&c.elt))?
            }
            Expr::Lambda(l) => {
                let flags = match &l.parameters {
                    Some(p) => self.defaults(p)?,
                    None => 0,
                };
                let first_line = self.lines.line(l.range.start().to_u32());
                self.enter_unit(l.range, "<lambda>", first_line)?;
                if let Some(p) = &l.parameters {
                    self.set_arg_counts(p);
                }
                self.expr(&l.body)?;
                self.emit(Opcode::RETURN_VALUE, 0);
                let code = self.leave_unit()?;
                self.make_function(code, flags);
            }
            Expr::FString(f) => self.fstring(f)?,
            Expr::Starred(s) => {
                return Err(self.err(
                    ErrorKind::Syntax,
                    s.range,
                    "can't use starred expression here",
                ))
            }
            Expr::Yield(y) => {
                if self.table.scopes[self.unit.scope].kind == ScopeKind::Module {
                    return Err(self.err(ErrorKind::Syntax, y.range, "'yield' outside function"));
                }
                match &y.value {
                    Some(v) => self.expr(v)?,
                    None => self.load_const(Const::None),
                }
                self.emit(Opcode::YIELD_VALUE, 0);
                self.emit_resume(1);
            }
            Expr::YieldFrom(y) => {
                if self.table.scopes[self.unit.scope].kind == ScopeKind::Module {
                    return Err(self.err(
                        ErrorKind::Syntax,
                        y.range,
                        "'yield from' outside function",
                    ));
                }
                // `SEND` runs the sub-iterator one step: a yielded value
                // falls through to `YIELD_VALUE`, whose sent value loops
                // back; the final return value jumps to `exit`.
                self.expr(&y.value)?;
                self.emit(Opcode::GET_YIELD_FROM_ITER, 0);
                self.load_const(Const::None);
                let top = self.new_label();
                let exit = self.new_label();
                self.bind(top);
                self.emit_jump(Opcode::SEND, exit);
                self.emit(Opcode::YIELD_VALUE, 0);
                self.emit_resume(2);
                self.jump(top);
                self.bind(exit);
            }
            Expr::Await(a) => return Err(self.unsupported(a.range, "await expressions")),
            Expr::BytesLiteral(b) => {
                let bytes: Vec<u8> = b.value.bytes().collect();
                self.load_const(Const::Bytes(Arc::from(bytes)));
            }
            Expr::TString(t) => return Err(self.unsupported(t.range, "template strings")),
            Expr::NumberLiteral(n) => {
                return Err(self.unsupported(n.range, "complex numbers"));
            }
            Expr::IpyEscapeCommand(c) => {
                return Err(self.err(ErrorKind::Syntax, c.range, "invalid syntax"))
            }
            Expr::StringLiteral(_)
            | Expr::BooleanLiteral(_)
            | Expr::NoneLiteral(_)
            | Expr::EllipsisLiteral(_) => unreachable!("constants handled above"),
        }
        Ok(())
    }

    fn slice_bound(&mut self, e: Option<&'a Expr>) -> CResult {
        match e {
            Some(e) => self.expr(e),
            None => {
                self.load_const(Const::None);
                Ok(())
            }
        }
    }

    fn starred_list(&mut self, elts: &'a [Expr]) -> CResult {
        self.emit(Opcode::BUILD_LIST, 0);
        for el in elts {
            match el {
                Expr::Starred(s) => {
                    self.expr(&s.value)?;
                    self.emit(Opcode::LIST_EXTEND, 1);
                }
                other => {
                    self.expr(other)?;
                    self.emit(Opcode::LIST_APPEND, 1);
                }
            }
        }
        Ok(())
    }

    fn dict(&mut self, d: &'a ast::ExprDict) -> CResult {
        if d.items.iter().all(|i| i.key.is_some()) {
            for item in &d.items {
                if let Some(k) = &item.key {
                    self.expr(k)?;
                }
                self.expr(&item.value)?;
            }
            self.emit(Opcode::BUILD_MAP, d.items.len() as u32);
            return Ok(());
        }
        self.emit(Opcode::BUILD_MAP, 0);
        for item in &d.items {
            match &item.key {
                Some(k) => {
                    self.expr(k)?;
                    self.expr(&item.value)?;
                    self.emit(Opcode::MAP_ADD, 1);
                }
                None => {
                    self.expr(&item.value)?;
                    self.emit(Opcode::DICT_UPDATE, 1);
                }
            }
        }
        Ok(())
    }

    fn compare(&mut self, c: &'a ast::ExprCompare) -> CResult {
        self.expr(&c.left)?;
        let n = c.ops.len();
        if n == 1 {
            self.expr(&c.comparators[0])?;
            self.set_line(c.range);
            self.compare_op(c.ops[0]);
            return Ok(());
        }
        let cleanup = self.new_label();
        let end = self.new_label();
        for (i, (op, right)) in c.ops.iter().zip(c.comparators.iter()).enumerate() {
            self.expr(right)?;
            if i + 1 < n {
                self.emit(Opcode::COPY, 1);
                self.emit(Opcode::SWAP, 3);
                self.emit(Opcode::SWAP, 2);
                self.compare_op(*op);
                self.emit_jump(Opcode::JUMP_IF_FALSE_OR_POP, cleanup);
            } else {
                self.compare_op(*op);
            }
        }
        self.jump(end);
        self.bind(cleanup);
        self.emit(Opcode::SWAP, 2);
        self.emit(Opcode::POP_TOP, 0);
        self.bind(end);
        Ok(())
    }

    fn compare_op(&mut self, op: ast::CmpOp) {
        use ast::CmpOp as C;
        match op {
            C::Eq => self.emit(Opcode::COMPARE_OP, CmpOp::Eq as u32),
            C::NotEq => self.emit(Opcode::COMPARE_OP, CmpOp::Ne as u32),
            C::Lt => self.emit(Opcode::COMPARE_OP, CmpOp::Lt as u32),
            C::LtE => self.emit(Opcode::COMPARE_OP, CmpOp::Le as u32),
            C::Gt => self.emit(Opcode::COMPARE_OP, CmpOp::Gt as u32),
            C::GtE => self.emit(Opcode::COMPARE_OP, CmpOp::Ge as u32),
            C::Is => self.emit(Opcode::IS_OP, 0),
            C::IsNot => self.emit(Opcode::IS_OP, 1),
            C::In => self.emit(Opcode::CONTAINS_OP, 0),
            C::NotIn => self.emit(Opcode::CONTAINS_OP, 1),
        }
    }

    fn call(&mut self, c: &'a ast::ExprCall) -> CResult {
        let args = &c.arguments;
        let has_star = args.args.iter().any(|a| matches!(a, Expr::Starred(_)))
            || args.keywords.iter().any(|k| k.arg.is_none());
        if self.zero_arg_super(c)? {
            return Ok(());
        }
        match c.func.as_ref() {
            Expr::Attribute(a) if !has_star => {
                self.expr(&a.value)?;
                self.set_line(a.range);
                let i = self.attr_index(a.attr.as_str());
                self.emit(Opcode::LOAD_METHOD, i);
            }
            f => {
                self.expr(f)?;
                self.emit(Opcode::PUSH_NULL, 0);
            }
        }
        if has_star {
            // A lone `*x` goes to the call as it is: `CALL_EX` (flag 2)
            // makes the tuple, and its error names the callee, as CPython's
            // `CALL_FUNCTION_EX` does.
            let mut flags = 0;
            match &*args.args {
                [Expr::Starred(s)] => {
                    self.expr(&s.value)?;
                    flags |= 2;
                }
                all => {
                    self.starred_list(all)?;
                    self.emit(Opcode::LIST_TO_TUPLE, 0);
                }
            }
            if !args.keywords.is_empty() {
                self.emit(Opcode::BUILD_MAP, 0);
                for k in &args.keywords {
                    match &k.arg {
                        Some(name) => {
                            self.load_const(Const::Str(Arc::from(name.as_str())));
                            self.expr(&k.value)?;
                            self.emit(Opcode::BUILD_MAP, 1);
                            self.emit(Opcode::DICT_MERGE, 1);
                        }
                        None => {
                            self.expr(&k.value)?;
                            self.emit(Opcode::DICT_MERGE, 1);
                        }
                    }
                }
                flags |= 1;
            }
            self.set_line(c.range());
            self.emit(Opcode::CALL_EX, flags);
            return Ok(());
        }
        self.set_line(c.range());
        self.call_args(0, &args.args, &args.keywords, c.range())
    }

    /// Pushes positional and keyword arguments (no `*` or `**`) after `pre`
    /// positional values already on the stack, then the `CALL`.
    fn call_args(
        &mut self,
        pre: usize,
        args: &'a [Expr],
        keywords: &'a [ast::Keyword],
        range: TextRange,
    ) -> CResult {
        if args.iter().any(|a| matches!(a, Expr::Starred(_)))
            || keywords.iter().any(|k| k.arg.is_none())
        {
            return Err(self.unsupported(range, "'*' and '**' in class bases"));
        }
        self.exprs(args)?;
        let n = pre + args.len() + keywords.len();
        if keywords.is_empty() {
            self.set_line(range);
            self.emit(Opcode::CALL, n as u32);
        } else {
            let mut names = Vec::new();
            for k in keywords {
                self.expr(&k.value)?;
                let name = k.arg.as_ref().map_or("", |a| a.as_str());
                names.push(Const::Str(Arc::from(name)));
            }
            self.load_const(Const::Tuple(names));
            self.set_line(range);
            self.emit(Opcode::CALL_KW, n as u32);
        }
        Ok(())
    }

    /// `super()` in a method becomes `super(__class__, <first argument>)`:
    /// CPython finds both in the calling frame at run time; the compiler
    /// knows them statically.
    fn zero_arg_super(&mut self, c: &'a ast::ExprCall) -> CResult<bool> {
        let Expr::Name(n) = c.func.as_ref() else {
            return Ok(false);
        };
        if n.id.as_str() != "super"
            || !c.arguments.args.is_empty()
            || !c.arguments.keywords.is_empty()
            || self.scope_of("super") != NameScope::GlobalImplicit
            || self.scope_of("__class__") != NameScope::Free
        {
            return Ok(false);
        }
        let scope = &self.table.scopes[self.unit.scope];
        // Without arguments, the call stays `super()`, which raises
        // CPython's `RuntimeError: super(): no arguments`.
        let Some(first) = scope.params.first().cloned() else {
            return Ok(false);
        };
        self.load_name("super");
        self.emit(Opcode::PUSH_NULL, 0);
        self.load_name("__class__");
        self.load_name(&first);
        self.set_line(c.range());
        self.emit(Opcode::CALL, 2);
        Ok(true)
    }

    fn fstring(&mut self, f: &'a ast::ExprFString) -> CResult {
        let mut count = 0;
        for part in f.value.iter() {
            match part {
                ast::FStringPart::Literal(lit) => {
                    if !lit.value.is_empty() {
                        self.load_const(Const::Str(Arc::from(&*lit.value)));
                        count += 1;
                    }
                }
                ast::FStringPart::FString(fs) => count += self.fstring_elements(&fs.elements)?,
            }
        }
        match count {
            0 => self.load_const(Const::Str(Arc::from(""))),
            1 => {}
            n => self.emit(Opcode::BUILD_STRING, n),
        }
        Ok(())
    }

    /// Emits the pieces of an f-string; returns how many were pushed.
    fn fstring_elements(&mut self, elements: &'a ast::InterpolatedStringElements) -> CResult<u32> {
        let mut count = 0;
        for el in elements.iter() {
            match el {
                ast::InterpolatedStringElement::Literal(lit) => {
                    self.load_const(Const::Str(Arc::from(&*lit.value)));
                    count += 1;
                }
                ast::InterpolatedStringElement::Interpolation(i) => {
                    let mut conversion = match i.conversion {
                        ast::ConversionFlag::None => 0,
                        ast::ConversionFlag::Str => 1,
                        ast::ConversionFlag::Repr => 2,
                        ast::ConversionFlag::Ascii => 3,
                    };
                    if let Some(debug) = &i.debug_text {
                        let src = self
                            .lines
                            .source_slice(i.expression.range())
                            .unwrap_or_default();
                        let text = format!("{}{}{}", debug.leading(), src, debug.trailing());
                        self.load_const(Const::Str(Arc::from(text.as_str())));
                        count += 1;
                        if conversion == 0 && i.format_spec.is_none() {
                            conversion = 2;
                        }
                    }
                    self.expr(&i.expression)?;
                    let mut flags = conversion;
                    if let Some(spec) = &i.format_spec {
                        let n = self.fstring_elements(&spec.elements)?;
                        match n {
                            0 => self.load_const(Const::Str(Arc::from(""))),
                            1 => {}
                            n => self.emit(Opcode::BUILD_STRING, n),
                        }
                        flags |= 4;
                    }
                    self.emit(Opcode::FORMAT_VALUE, flags);
                    count += 1;
                }
            }
        }
        Ok(count)
    }

    fn comprehension(
        &mut self,
        range: TextRange,
        name: &str,
        gens: &'a [ast::Comprehension],
        kind: CompKind<'a>,
    ) -> CResult {
        let Some(first) = gens.first() else {
            return Err(self.err(ErrorKind::Syntax, range, "comprehension without for"));
        };
        if gens.iter().any(|g| g.is_async) {
            return Err(self.unsupported(range, "async comprehensions"));
        }
        let first_line = self.lines.line(range.start().to_u32());
        self.enter_unit(range, name, first_line)?;
        self.unit.argcount = 1;
        match kind {
            CompKind::List(_) => self.emit(Opcode::BUILD_LIST, 0),
            CompKind::Set(_) => self.emit(Opcode::BUILD_SET, 0),
            CompKind::Dict(..) => self.emit(Opcode::BUILD_MAP, 0),
            CompKind::Gen(_) => {}
        }
        let mut loops = Vec::new();
        for (i, g) in gens.iter().enumerate() {
            let start = self.new_label();
            let end = self.new_label();
            if i == 0 {
                self.emit(Opcode::LOAD_FAST, 0);
            } else {
                self.expr(&g.iter)?;
                self.emit(Opcode::GET_ITER, 0);
            }
            self.bind(start);
            self.emit_jump(Opcode::FOR_ITER, end);
            self.store_target(&g.target)?;
            for cond in &g.ifs {
                self.jump_if(cond, false, start)?;
            }
            loops.push((start, end));
        }
        let depth = gens.len() as u32 + 1;
        match kind {
            CompKind::List(e) => {
                self.expr(e)?;
                self.emit(Opcode::LIST_APPEND, depth);
            }
            CompKind::Set(e) => {
                self.expr(e)?;
                self.emit(Opcode::SET_ADD, depth);
            }
            CompKind::Dict(k, v) => {
                self.expr(k)?;
                self.expr(v)?;
                self.emit(Opcode::MAP_ADD, depth);
            }
            CompKind::Gen(e) => {
                self.expr(e)?;
                self.emit(Opcode::YIELD_VALUE, 0);
                self.emit_resume(1);
                self.emit(Opcode::POP_TOP, 0);
            }
        }
        for (start, end) in loops.into_iter().rev() {
            self.jump(start);
            self.bind(end);
        }
        if matches!(kind, CompKind::Gen(_)) {
            self.load_const(Const::None);
        }
        self.emit(Opcode::RETURN_VALUE, 0);
        let code = self.leave_unit()?;
        self.make_function(code, 0);
        self.emit(Opcode::PUSH_NULL, 0);
        self.expr(&first.iter)?;
        self.emit(Opcode::GET_ITER, 0);
        self.emit(Opcode::CALL, 1);
        Ok(())
    }
}

#[derive(Clone, Copy)]
enum CompKind<'a> {
    List(&'a Expr),
    Set(&'a Expr),
    Dict(&'a Expr, &'a Expr),
    Gen(&'a Expr),
}

impl LineIndex<'_> {
    fn source_slice(&self, range: TextRange) -> Option<String> {
        self.source
            .get(range.start().to_usize()..range.end().to_usize())
            .map(str::to_owned)
    }
}

/// `x[a:b]` without a step: returns the bounds.
fn simple_slice(e: &Expr) -> Option<(Option<&Expr>, Option<&Expr>)> {
    match e {
        Expr::Slice(s) if s.step.is_none() => Some((s.lower.as_deref(), s.upper.as_deref())),
        _ => None,
    }
}

fn is_const_true(e: &Expr) -> bool {
    match const_of(e) {
        Some(Const::Bool(b)) => b,
        Some(Const::Int(n)) => n != BigInt::from(0),
        Some(Const::Str(s)) => !s.is_empty(),
        _ => false,
    }
}

/// An int literal too wide for 64 bits, as the parser keeps its text:
/// decimal, or `0x`/`0o`/`0b` with digits grouped by underscores.
fn parse_int_literal(text: &str) -> Option<BigInt> {
    let digits: String = text.chars().filter(|&c| c != '_').collect();
    let lower = digits.to_ascii_lowercase();
    let (radix, body) = match lower.get(..2) {
        Some("0x") => (16, &lower[2..]),
        Some("0o") => (8, &lower[2..]),
        Some("0b") => (2, &lower[2..]),
        _ => (10, &lower[..]),
    };
    BigInt::parse_bytes(body.as_bytes(), radix)
}

/// The constant an expression folds to, if it is one.
fn const_of(e: &Expr) -> Option<Const> {
    match e {
        Expr::NumberLiteral(n) => match &n.value {
            ast::Number::Int(i) => Some(Const::Int(match i.as_i64() {
                Some(v) => BigInt::from(v),
                None => parse_int_literal(&i.to_string())?,
            })),
            ast::Number::Float(f) => Some(Const::Float(*f)),
            ast::Number::Complex { .. } => None,
        },
        Expr::StringLiteral(s) => Some(Const::Str(Arc::from(s.value.to_str()))),
        Expr::BooleanLiteral(b) => Some(Const::Bool(b.value)),
        Expr::NoneLiteral(_) => Some(Const::None),
        Expr::EllipsisLiteral(_) => Some(Const::Ellipsis),
        Expr::UnaryOp(u) if u.op == ast::UnaryOp::USub => match const_of(&u.operand)? {
            Const::Int(n) => Some(Const::Int(-n)),
            Const::Float(f) => Some(Const::Float(-f)),
            _ => None,
        },
        Expr::Tuple(t) if !t.elts.is_empty() => {
            let items: Option<Vec<Const>> = t.elts.iter().map(const_of).collect();
            items.map(Const::Tuple)
        }
        Expr::Tuple(_) => Some(Const::Tuple(Vec::new())),
        _ => None,
    }
}

/// How CPython names an expression in "cannot assign to ..." messages.
fn describe(e: &Expr) -> &'static str {
    match e {
        Expr::Call(_) => "function call",
        Expr::NumberLiteral(_)
        | Expr::StringLiteral(_)
        | Expr::BooleanLiteral(_)
        | Expr::NoneLiteral(_)
        | Expr::EllipsisLiteral(_) => "literal",
        Expr::BinOp(_) | Expr::UnaryOp(_) | Expr::BoolOp(_) => "expression",
        Expr::Compare(_) => "comparison",
        Expr::Lambda(_) => "lambda",
        Expr::If(_) => "conditional expression",
        Expr::FString(_) => "f-string expression",
        Expr::ListComp(_) => "list comprehension",
        Expr::Generator(_) => "generator expression",
        _ => "expression",
    }
}

/// Maximum operand stack depth, by flow analysis over the instructions.
fn stack_depth(instrs: &[u32], exceptions: &[ExceptionEntry]) -> u32 {
    let mut depth_at: Vec<Option<u32>> = vec![None; instrs.len() + 1];
    let mut work: Vec<(usize, u32)> = vec![(0, 0)];
    for e in exceptions {
        work.push((e.target as usize, e.depth + 1));
    }
    let mut max = 0;
    while let Some((pc, depth)) = work.pop() {
        if pc >= instrs.len() {
            continue;
        }
        if let Some(d) = depth_at[pc] {
            if d >= depth {
                continue;
            }
        }
        depth_at[pc] = Some(depth);
        let Some((op, arg)) = crate::bytecode::instruction::decode(instrs[pc]) else {
            continue;
        };
        let next = pc + 1 + op.cache_words();
        let (pops, pushes) = op.stack_effect(arg, false);
        let after = depth.saturating_sub(pops) + pushes;
        max = max.max(after).max(depth);
        if let Some(target) = op.jump_target(arg) {
            let (jp, jpush) = op.stack_effect(arg, true);
            let jdepth = depth.saturating_sub(jp) + jpush;
            max = max.max(jdepth);
            work.push((target as usize, jdepth));
        }
        if !op.is_terminal() {
            work.push((next, after));
        }
    }
    max
}

/// The largest jump target `COMPARE_AND_JUMP` holds: its operand keeps the
/// comparison and the jump's sense in its low 4 bits.
const MAX_COMPARE_JUMP_TARGET: u32 = MAX_OPERAND >> 4;

/// Splits every `COMPARE_AND_JUMP` whose target is beyond its 20-bit field
/// back into `COMPARE_OP` and a conditional jump, which holds 24 bits.
///
/// Fusion happens at emission, before forward targets are known, so this
/// runs at assembly. Each pass inserts the jump words in one linear sweep,
/// moving labels and fixups; inserting words can push another target past
/// the limit, so passes repeat until none is (targets only grow, so they
/// end).
fn split_far_compare_jumps(u: &mut Unit) {
    loop {
        let mut split: Vec<usize> = u
            .fixups
            .iter()
            .filter(|&&(at, l)| {
                let target = u.labels[l.0 as usize].unwrap_or(0);
                target > MAX_COMPARE_JUMP_TARGET
                    && crate::bytecode::instruction::decode(u.instrs[at])
                        .is_some_and(|(op, _)| op == Opcode::COMPARE_AND_JUMP)
            })
            .map(|&(at, _)| at)
            .collect();
        if split.is_empty() {
            return;
        }
        split.sort_unstable();
        // An old position's new one: one word more for each split before it.
        let moved = |pos: usize| pos + split.partition_point(|&at| at < pos);
        let n = u.instrs.len() + split.len();
        let mut instrs = Vec::with_capacity(n);
        let mut word_lines = Vec::with_capacity(n);
        let mut word_handler = Vec::with_capacity(n);
        let mut next = split.iter().peekable();
        for (pos, &word) in u.instrs.iter().enumerate() {
            let (line, handler) = (u.word_lines[pos], u.word_handler[pos]);
            if next.next_if(|&&at| at == pos).is_some() {
                let (_, arg) = crate::bytecode::instruction::decode(word)
                    .unwrap_or((Opcode::COMPARE_AND_JUMP, 0));
                let jump = if arg & 8 != 0 {
                    Opcode::POP_JUMP_IF_TRUE
                } else {
                    Opcode::POP_JUMP_IF_FALSE
                };
                instrs.extend([encode(Opcode::COMPARE_OP, arg & 7), encode(jump, 0)]);
                word_lines.extend([line, line]);
                word_handler.extend([handler, handler]);
            } else {
                instrs.push(word);
                word_lines.push(line);
                word_handler.push(handler);
            }
        }
        for label in u.labels.iter_mut().flatten() {
            *label = moved(*label as usize) as u32;
        }
        for fixup in &mut u.fixups {
            let at = fixup.0;
            // The split instruction's jump is the word after its compare.
            fixup.0 = moved(at) + usize::from(split.binary_search(&at).is_ok());
        }
        u.instrs = instrs;
        u.word_lines = word_lines;
        u.word_handler = word_handler;
    }
}

/// True if a module or class body needs `__annotations__`: it has an
/// annotated assignment, maybe inside a compound statement but not in a
/// nested function or class (CPython's `find_ann`).
fn has_annotations(body: &[Stmt]) -> bool {
    body.iter().any(|s| match s {
        Stmt::AnnAssign(_) => true,
        Stmt::For(f) => has_annotations(&f.body) || has_annotations(&f.orelse),
        Stmt::While(w) => has_annotations(&w.body) || has_annotations(&w.orelse),
        Stmt::If(i) => {
            has_annotations(&i.body) || i.elif_else_clauses.iter().any(|c| has_annotations(&c.body))
        }
        Stmt::With(w) => has_annotations(&w.body),
        Stmt::Try(t) => {
            has_annotations(&t.body)
                || t.handlers.iter().any(|h| match h {
                    ast::ExceptHandler::ExceptHandler(h) => has_annotations(&h.body),
                })
                || has_annotations(&t.orelse)
                || has_annotations(&t.finalbody)
        }
        _ => false,
    })
}
