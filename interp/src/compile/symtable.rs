//! Scope analysis: which names are local, global, free or cell in each scope.
//!
//! One pass walks the AST and records, per scope, the names it binds, uses
//! and declares `global`/`nonlocal`; a second pass resolves each name the way
//! CPython's symtable does. Scopes are keyed by their node's source range so
//! the code generator can find them without relying on traversal order.

use super::{CompileError, ErrorKind, LineIndex};
use crate::support::stack;
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::TextRange;
use std::collections::HashMap;

/// What a name is in a scope.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NameScope {
    /// A fast local.
    Local,
    /// A local captured by an inner scope.
    Cell,
    /// Captured from an enclosing function.
    Free,
    /// Declared `global`.
    GlobalExplicit,
    /// Not bound here nor in any enclosing function: globals, then builtins.
    GlobalImplicit,
}

/// The kind of a scope.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeKind {
    /// Module body.
    Module,
    /// `def` or `lambda`.
    Function,
    /// A comprehension or generator expression.
    Comprehension,
    /// A class body: its bindings go to the class namespace, and functions
    /// nested in it do not see them.
    Class,
}

const BOUND: u8 = 1;
const USED: u8 = 2;
const GLOBAL: u8 = 4;
const NONLOCAL: u8 = 8;
const PARAM: u8 = 16;

/// One scope's names.
#[derive(Debug)]
pub struct Scope {
    /// Kind of scope.
    pub kind: ScopeKind,
    /// Parameters in order (with `*args`, `**kwargs` last).
    pub params: Vec<String>,
    /// Every name mentioned, in first-mention order.
    pub order: Vec<String>,
    flags: HashMap<String, u8>,
    /// Resolved scopes (after analysis).
    pub resolved: HashMap<String, NameScope>,
    /// Enclosing scope.
    pub parent: Option<usize>,
    /// Contains `yield`.
    pub is_generator: bool,
    /// Names a class body binds in its namespace and also passes through,
    /// as free variables, to the functions defined in it (CPython's
    /// `DEF_FREE_CLASS`): `y` in `def f(): y = 1; class C: y = 2; def m(self):
    /// return y`, where `m` must see `f`'s `y`, not the class attribute.
    pub class_free: Vec<String>,
}

impl Scope {
    fn new(kind: ScopeKind, parent: Option<usize>) -> Scope {
        Scope {
            kind,
            params: Vec::new(),
            order: Vec::new(),
            flags: HashMap::new(),
            resolved: HashMap::new(),
            parent,
            is_generator: false,
            class_free: Vec::new(),
        }
    }

    fn mark(&mut self, name: &str, flag: u8) {
        match self.flags.get_mut(name) {
            Some(f) => *f |= flag,
            None => {
                self.flags.insert(name.to_owned(), flag);
                self.order.push(name.to_owned());
            }
        }
    }

    /// How `name` resolves here.
    pub fn lookup(&self, name: &str) -> NameScope {
        self.resolved
            .get(name)
            .copied()
            .unwrap_or(NameScope::GlobalImplicit)
    }
}

/// All scopes of a module.
#[derive(Debug)]
pub struct SymbolTable {
    /// Scopes; index 0 is the module.
    pub scopes: Vec<Scope>,
    by_range: HashMap<(u32, u32), usize>,
}

impl SymbolTable {
    /// The scope created by the node at `range`.
    pub fn scope_for(&self, range: TextRange) -> Option<usize> {
        self.by_range
            .get(&(range.start().to_u32(), range.end().to_u32()))
            .copied()
    }
}

struct Builder<'a> {
    features: super::future::Features,
    table: SymbolTable,
    current: usize,
    lines: &'a LineIndex<'a>,
    /// Every `nonlocal` name with its scope and statement, checked for a
    /// binding once all scopes are known.
    nonlocals: Vec<(usize, String, TextRange)>,
}

/// Builds and resolves the symbol table of a module body.
pub fn build(
    body: &[Stmt],
    lines: &LineIndex,
    features: super::future::Features,
) -> Result<SymbolTable, CompileError> {
    let mut b = Builder {
        features,
        table: SymbolTable {
            scopes: vec![Scope::new(ScopeKind::Module, None)],
            by_range: HashMap::new(),
        },
        current: 0,
        lines,
        nonlocals: Vec::new(),
    };
    b.stmts(body)?;
    for (scope, name, range) in &b.nonlocals {
        if find_enclosing_binding(&b.table, *scope, name).is_none() {
            return Err(b.error(*range, format!("no binding for nonlocal '{name}' found")));
        }
    }
    let mut table = b.table;
    resolve(&mut table);
    Ok(table)
}

impl Builder<'_> {
    fn scope(&mut self) -> &mut Scope {
        &mut self.table.scopes[self.current]
    }

    fn error(&self, range: TextRange, msg: String) -> CompileError {
        CompileError::at(ErrorKind::Syntax, msg, self.lines, range.start().to_u32())
    }

    fn enter(&mut self, kind: ScopeKind, range: TextRange) -> usize {
        let id = self.table.scopes.len();
        self.table.scopes.push(Scope::new(kind, Some(self.current)));
        self.table
            .by_range
            .insert((range.start().to_u32(), range.end().to_u32()), id);
        let parent = self.current;
        self.current = id;
        parent
    }

    fn bind(&mut self, name: &str) {
        self.scope().mark(name, BOUND);
    }

    fn stmts(&mut self, body: &[Stmt]) -> Result<(), CompileError> {
        body.iter().try_for_each(|s| self.stmt(s))
    }

    fn params(&mut self, p: &ast::Parameters) -> Result<(), CompileError> {
        let all = p
            .posonlyargs
            .iter()
            .chain(&p.args)
            .chain(&p.kwonlyargs)
            .map(|a| &a.parameter)
            .chain(p.vararg.as_deref())
            .chain(p.kwarg.as_deref());
        let mut seen: Vec<&str> = Vec::new();
        for param in all {
            let name = param.name.as_str();
            if seen.contains(&name) {
                return Err(self.error(
                    param.range,
                    format!("duplicate argument '{name}' in function definition"),
                ));
            }
            seen.push(name);
        }
        for a in p.posonlyargs.iter().chain(&p.args) {
            self.param(a.parameter.name.as_str());
        }
        for a in &p.kwonlyargs {
            self.param(a.parameter.name.as_str());
        }
        if let Some(v) = &p.vararg {
            self.param(v.name.as_str());
        }
        if let Some(k) = &p.kwarg {
            self.param(k.name.as_str());
        }
        Ok(())
    }

    fn param(&mut self, name: &str) {
        let s = self.scope();
        s.params.push(name.to_owned());
        s.mark(name, BOUND | PARAM);
    }

    fn defaults(&mut self, p: &ast::Parameters) -> Result<(), CompileError> {
        for a in p.posonlyargs.iter().chain(&p.args).chain(&p.kwonlyargs) {
            if let Some(d) = &a.default {
                self.expr(d)?;
            }
        }
        Ok(())
    }

    /// A function's annotations, which run in the scope around it.
    fn param_annotations(
        &mut self,
        p: &ast::Parameters,
        returns: Option<&Expr>,
    ) -> Result<(), CompileError> {
        let params = p.posonlyargs.iter().chain(&p.args).chain(&p.kwonlyargs);
        let annotations = params
            .map(|a| a.parameter.annotation.as_deref())
            .chain([&p.vararg, &p.kwarg].map(|v| v.as_ref().and_then(|v| v.annotation.as_deref())))
            .chain([returns]);
        for a in annotations.flatten() {
            self.annotation(a)?;
        }
        Ok(())
    }

    /// An annotation is an expression of the current scope, unless PEP 563
    /// turns it into a string.
    fn annotation(&mut self, e: &Expr) -> Result<(), CompileError> {
        if self.features.annotations {
            return Ok(());
        }
        self.expr(e)
    }

    fn stmt(&mut self, s: &Stmt) -> Result<(), CompileError> {
        stack::grow(|| self.stmt_in_place(s))
    }

    fn stmt_in_place(&mut self, s: &Stmt) -> Result<(), CompileError> {
        match s {
            Stmt::FunctionDef(f) => {
                for d in &f.decorator_list {
                    self.expr(&d.expression)?;
                }
                self.defaults(&f.parameters)?;
                self.param_annotations(&f.parameters, f.returns.as_deref())?;
                self.bind(f.name.as_str());
                let parent = self.enter(ScopeKind::Function, f.range);
                self.params(&f.parameters)?;
                self.stmts(&f.body)?;
                self.current = parent;
            }
            Stmt::ClassDef(c) => {
                for d in &c.decorator_list {
                    self.expr(&d.expression)?;
                }
                if let Some(args) = &c.arguments {
                    args.args.iter().try_for_each(|a| self.expr(a))?;
                    args.keywords.iter().try_for_each(|k| self.expr(&k.value))?;
                }
                self.bind(c.name.as_str());
                let parent = self.enter(ScopeKind::Class, c.range);
                self.stmts(&c.body)?;
                self.current = parent;
            }
            Stmt::Return(r) => {
                if let Some(v) = &r.value {
                    self.expr(v)?;
                }
            }
            Stmt::Delete(d) => d.targets.iter().try_for_each(|t| self.target(t))?,
            Stmt::Assign(a) => {
                self.expr(&a.value)?;
                a.targets.iter().try_for_each(|t| self.target(t))?;
            }
            Stmt::AugAssign(a) => {
                self.expr(&a.value)?;
                self.target(&a.target)?;
                if let Expr::Name(n) = a.target.as_ref() {
                    self.scope().mark(n.id.as_str(), USED);
                }
            }
            Stmt::AnnAssign(a) => {
                if let Some(v) = &a.value {
                    self.expr(v)?;
                    self.target(&a.target)?;
                } else if let Expr::Name(n) = a.target.as_ref() {
                    self.bind(n.id.as_str());
                } else {
                    // `obj.attr: T` evaluates `obj` (and a subscript's
                    // parts) even without a value.
                    self.expr(&a.target)?;
                }
                self.annotation(&a.annotation)?;
            }
            Stmt::For(f) => {
                self.expr(&f.iter)?;
                self.target(&f.target)?;
                self.stmts(&f.body)?;
                self.stmts(&f.orelse)?;
            }
            Stmt::While(w) => {
                self.expr(&w.test)?;
                self.stmts(&w.body)?;
                self.stmts(&w.orelse)?;
            }
            Stmt::If(i) => {
                self.expr(&i.test)?;
                self.stmts(&i.body)?;
                for c in &i.elif_else_clauses {
                    if let Some(t) = &c.test {
                        self.expr(t)?;
                    }
                    self.stmts(&c.body)?;
                }
            }
            Stmt::With(w) => {
                for item in &w.items {
                    self.expr(&item.context_expr)?;
                    if let Some(v) = &item.optional_vars {
                        self.target(v)?;
                    }
                }
                self.stmts(&w.body)?;
            }
            Stmt::Raise(r) => {
                if let Some(e) = &r.exc {
                    self.expr(e)?;
                }
                if let Some(c) = &r.cause {
                    self.expr(c)?;
                }
            }
            Stmt::Try(t) => {
                self.stmts(&t.body)?;
                for h in &t.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    if let Some(ty) = &h.type_ {
                        self.expr(ty)?;
                    }
                    if let Some(n) = &h.name {
                        self.bind(n.as_str());
                    }
                    self.stmts(&h.body)?;
                }
                self.stmts(&t.orelse)?;
                self.stmts(&t.finalbody)?;
            }
            Stmt::Assert(a) => {
                self.expr(&a.test)?;
                if let Some(m) = &a.msg {
                    self.expr(m)?;
                }
            }
            Stmt::Import(i) => {
                for alias in &i.names {
                    let name = match &alias.asname {
                        Some(a) => a.as_str(),
                        None => alias.name.as_str().split('.').next().unwrap_or(""),
                    };
                    self.bind(name);
                }
            }
            Stmt::ImportFrom(i) => {
                for alias in &i.names {
                    let name = alias.asname.as_ref().unwrap_or(&alias.name);
                    if name.as_str() != "*" {
                        self.bind(name.as_str());
                    }
                }
            }
            Stmt::Global(g) => {
                for n in &g.names {
                    let name = n.as_str();
                    if let Some(&f) = self.scope().flags.get(name) {
                        if f & (BOUND | USED) != 0 && f & GLOBAL == 0 {
                            let what = if f & BOUND != 0 {
                                "assigned to"
                            } else {
                                "used"
                            };
                            return Err(self.error(
                                g.range,
                                format!("name '{name}' is {what} before global declaration"),
                            ));
                        }
                    }
                    self.scope().mark(name, GLOBAL);
                }
            }
            Stmt::Nonlocal(n) => {
                if self.scope().kind == ScopeKind::Module {
                    return Err(self.error(
                        n.range,
                        "nonlocal declaration not allowed at module level".into(),
                    ));
                }
                for id in &n.names {
                    self.scope().mark(id.as_str(), NONLOCAL);
                    self.nonlocals
                        .push((self.current, id.as_str().to_owned(), n.range));
                }
            }
            Stmt::Expr(e) => self.expr(&e.value)?,
            Stmt::Match(_)
            | Stmt::TypeAlias(_)
            | Stmt::Pass(_)
            | Stmt::Break(_)
            | Stmt::Continue(_)
            | Stmt::IpyEscapeCommand(_) => {}
        }
        Ok(())
    }

    fn target(&mut self, t: &Expr) -> Result<(), CompileError> {
        match t {
            Expr::Name(n) => {
                self.bind(n.id.as_str());
                Ok(())
            }
            Expr::Tuple(t) => t.elts.iter().try_for_each(|e| self.target(e)),
            Expr::List(l) => l.elts.iter().try_for_each(|e| self.target(e)),
            Expr::Starred(s) => self.target(&s.value),
            other => self.expr(other),
        }
    }

    fn comprehension(
        &mut self,
        range: TextRange,
        gens: &[ast::Comprehension],
        elts: &[&Expr],
        is_generator: bool,
    ) -> Result<(), CompileError> {
        let Some(first) = gens.first() else {
            return Ok(());
        };
        // The outermost iterable is evaluated in the enclosing scope.
        self.expr(&first.iter)?;
        let parent = self.enter(ScopeKind::Comprehension, range);
        self.scope().is_generator = is_generator;
        self.param(".0");
        for (i, g) in gens.iter().enumerate() {
            if i > 0 {
                self.expr(&g.iter)?;
            }
            self.target(&g.target)?;
            for cond in &g.ifs {
                self.expr(cond)?;
            }
        }
        for e in elts {
            self.expr(e)?;
        }
        self.current = parent;
        Ok(())
    }

    fn expr(&mut self, e: &Expr) -> Result<(), CompileError> {
        stack::grow(|| self.expr_in_place(e))
    }

    fn expr_in_place(&mut self, e: &Expr) -> Result<(), CompileError> {
        if let Expr::Call(c) = e {
            let mut seen: Vec<&str> = Vec::new();
            for k in &c.arguments.keywords {
                if let Some(arg) = &k.arg {
                    if seen.contains(&arg.as_str()) {
                        return Err(self.error(
                            k.range,
                            format!("keyword argument repeated: {}", arg.as_str()),
                        ));
                    }
                    seen.push(arg.as_str());
                }
            }
        }
        match e {
            Expr::Name(n) => {
                self.scope().mark(n.id.as_str(), USED);
            }
            Expr::Named(n) => {
                self.expr(&n.value)?;
                // A walrus in a comprehension binds in the enclosing function.
                let mut s = self.current;
                while self.table.scopes[s].kind == ScopeKind::Comprehension {
                    match self.table.scopes[s].parent {
                        Some(p) => s = p,
                        None => break,
                    }
                }
                if let Expr::Name(name) = n.target.as_ref() {
                    let id = name.id.as_str();
                    self.table.scopes[s].mark(id, BOUND);
                    let outer = if self.table.scopes[s].kind == ScopeKind::Module {
                        GLOBAL
                    } else {
                        NONLOCAL
                    };
                    let mut c = self.current;
                    while c != s {
                        self.table.scopes[c].mark(id, outer | USED);
                        match self.table.scopes[c].parent {
                            Some(p) => c = p,
                            None => break,
                        }
                    }
                }
            }
            Expr::Lambda(l) => {
                if let Some(p) = &l.parameters {
                    self.defaults(p)?;
                }
                let parent = self.enter(ScopeKind::Function, l.range);
                if let Some(p) = &l.parameters {
                    self.params(p)?;
                }
                self.expr(&l.body)?;
                self.current = parent;
            }
            Expr::ListComp(c) => self.comprehension(c.range, &c.generators, &[&c.elt], false)?,
            Expr::SetComp(c) => self.comprehension(c.range, &c.generators, &[&c.elt], false)?,
            Expr::Generator(c) => self.comprehension(c.range, &c.generators, &[&c.elt], true)?,
            Expr::DictComp(c) => {
                if let Some(k) = c.key.as_deref() {
                    self.comprehension(c.range, &c.generators, &[k, &c.value], false)?
                }
            }
            Expr::Yield(y) => {
                self.scope().is_generator = true;
                if let Some(v) = &y.value {
                    self.expr(v)?;
                }
            }
            Expr::YieldFrom(y) => {
                self.scope().is_generator = true;
                self.expr(&y.value)?;
            }
            _ => {
                let mut result = Ok(());
                walk_children(e, &mut |child| {
                    if result.is_ok() {
                        result = self.expr(child);
                    }
                });
                result?;
            }
        }
        Ok(())
    }
}

/// Calls `f` on each direct sub-expression of an expression that creates no
/// scope and binds nothing.
fn walk_children<'e>(e: &'e Expr, f: &mut dyn FnMut(&'e Expr)) {
    match e {
        Expr::BoolOp(b) => b.values.iter().for_each(f),
        Expr::BinOp(b) => {
            f(&b.left);
            f(&b.right);
        }
        Expr::UnaryOp(u) => f(&u.operand),
        Expr::If(i) => {
            f(&i.test);
            f(&i.body);
            f(&i.orelse);
        }
        Expr::Dict(d) => {
            for item in &d.items {
                if let Some(k) = &item.key {
                    f(k);
                }
                f(&item.value);
            }
        }
        Expr::Set(s) => s.elts.iter().for_each(f),
        Expr::Await(a) => f(&a.value),
        Expr::Compare(c) => {
            f(&c.left);
            c.comparators.iter().for_each(f);
        }
        Expr::Call(c) => {
            f(&c.func);
            c.arguments.args.iter().for_each(&mut *f);
            for k in &c.arguments.keywords {
                f(&k.value);
            }
        }
        Expr::FString(fs) => {
            for part in fs.value.iter() {
                if let ast::FStringPart::FString(s) = part {
                    walk_interpolations(&s.elements, f);
                }
            }
        }
        Expr::Attribute(a) => f(&a.value),
        Expr::Subscript(s) => {
            f(&s.value);
            f(&s.slice);
        }
        Expr::Starred(s) => f(&s.value),
        Expr::List(l) => l.elts.iter().for_each(f),
        Expr::Tuple(t) => t.elts.iter().for_each(f),
        Expr::Slice(s) => {
            for part in [&s.lower, &s.upper, &s.step].into_iter().flatten() {
                f(part);
            }
        }
        _ => {}
    }
}

fn walk_interpolations<'e>(
    elements: &'e ast::InterpolatedStringElements,
    f: &mut dyn FnMut(&'e Expr),
) {
    for el in elements.iter() {
        if let ast::InterpolatedStringElement::Interpolation(i) = el {
            f(&i.expression);
            if let Some(spec) = &i.format_spec {
                walk_interpolations(&spec.elements, f);
            }
        }
    }
}

/// Resolves every scope's names, innermost captures marking outer cells.
fn resolve(table: &mut SymbolTable) {
    for id in 0..table.scopes.len() {
        let names: Vec<String> = table.scopes[id].order.clone();
        for name in names {
            let flags = table.scopes[id].flags[&name];
            let kind = table.scopes[id].kind;
            let scope = if flags & GLOBAL != 0 {
                NameScope::GlobalExplicit
            } else if flags & NONLOCAL != 0 {
                NameScope::Free
            } else if kind == ScopeKind::Module {
                NameScope::GlobalImplicit
            } else if flags & BOUND != 0 {
                // In a class body, "local" means the class namespace.
                NameScope::Local
            } else if let Some(owner) = find_enclosing_binding(table, id, &name) {
                mark_captured(table, id, owner, &name);
                NameScope::Free
            } else {
                NameScope::GlobalImplicit
            };
            table.scopes[id].resolved.insert(name, scope);
        }
    }
    capture_class_cells(table);
    // A nonlocal declaration (or a walrus in a comprehension) captures too.
    for id in 0..table.scopes.len() {
        let frees: Vec<String> = table.scopes[id]
            .resolved
            .iter()
            .filter(|(_, s)| **s == NameScope::Free)
            .map(|(n, _)| n.clone())
            .collect();
        for name in frees {
            if let Some(owner) = find_enclosing_binding(table, id, &name) {
                mark_captured(table, id, owner, &name);
            }
        }
    }
}

/// Functions inside a class that use `super` or `__class__` capture the
/// class being defined through an implicit `__class__` cell of the class
/// body, as in CPython; the compiler turns `super()` into
/// `super(__class__, first_argument)`.
fn capture_class_cells(table: &mut SymbolTable) {
    for id in 0..table.scopes.len() {
        let scope = &table.scopes[id];
        let uses = |n: &str| scope.flags.get(n).is_some_and(|f| f & USED != 0);
        if scope.kind != ScopeKind::Function || !(uses("super") || uses("__class__")) {
            continue;
        }
        let mut p = scope.parent;
        while let Some(s) = p {
            match table.scopes[s].kind {
                ScopeKind::Class => {
                    table.scopes[id].mark("__class__", USED);
                    table.scopes[id]
                        .resolved
                        .insert("__class__".to_owned(), NameScope::Free);
                    table.scopes[s].mark("__class__", BOUND);
                    mark_captured(table, id, s, "__class__");
                    break;
                }
                ScopeKind::Module => break,
                _ => p = table.scopes[s].parent,
            }
        }
    }
}

fn find_enclosing_binding(table: &SymbolTable, from: usize, name: &str) -> Option<usize> {
    let mut p = table.scopes[from].parent;
    while let Some(s) = p {
        let scope = &table.scopes[s];
        if scope.kind == ScopeKind::Module {
            return None;
        }
        if scope.kind == ScopeKind::Class {
            p = scope.parent;
            continue;
        }
        if let Some(&f) = scope.flags.get(name) {
            if f & GLOBAL != 0 {
                return None;
            }
            if f & BOUND != 0 && f & NONLOCAL == 0 {
                return Some(s);
            }
        }
        p = scope.parent;
    }
    None
}

fn mark_captured(table: &mut SymbolTable, from: usize, owner: usize, name: &str) {
    table.scopes[owner]
        .resolved
        .insert(name.to_owned(), NameScope::Cell);
    // Scopes in between pass the cell through as a free variable.
    let mut p = table.scopes[from].parent;
    while let Some(s) = p {
        if s == owner {
            break;
        }
        let scope = &mut table.scopes[s];
        let bound_here = scope.flags.get(name).is_some_and(|&f| f & BOUND != 0);
        if scope.kind == ScopeKind::Class && bound_here {
            // The class body keeps its own binding; the cell only passes
            // through to the functions inside.
            if !scope.class_free.iter().any(|n| n == name) {
                scope.class_free.push(name.to_owned());
            }
        } else {
            scope.mark(name, USED);
            scope.resolved.insert(name.to_owned(), NameScope::Free);
        }
        p = table.scopes[s].parent;
    }
}
