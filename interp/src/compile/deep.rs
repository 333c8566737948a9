//! How deep a syntax tree may nest, and how to free one that nests deeper.
//!
//! The symbol table and the code generator recurse once per nested
//! expression. Left-nested chains (`a + b + ...`, `a.b.c...`, `f()()...`)
//! parse in a loop, so a source can hand them a tree millions deep. CPython
//! bounds the depth during compilation (`RecursionError: maximum recursion
//! depth exceeded during compilation`, at 3,000 levels: the recursion
//! limit times `COMPILER_STACK_FRAME_SCALE`); Coral checks the same bound
//! before its passes run. The check itself stops at the bound, so it never
//! recurses deeper either.
//!
//! A tree that deep cannot be dropped the ordinary way (the generated
//! `Drop` recurses too): [`free`] takes it apart with an explicit stack.
//! Statements nest at most 100 levels (see `limits.rs`), so only
//! expressions need that.

use ruff_python_ast::visitor::transformer::{self, Transformer};
use ruff_python_ast::visitor::{self, Visitor};
use ruff_python_ast::{self as ast, Expr, ExprNoneLiteral, Stmt};
use ruff_text_size::{Ranged, TextRange};
use std::cell::RefCell;

/// Statement and expression nesting past which CPython's compiler gives
/// up (its symbol table counts both).
const MAX_DEPTH: usize = 3000;

/// The message of the `RecursionError`.
pub(super) const TOO_DEEP: &str = "maximum recursion depth exceeded during compilation";

/// The first statement or expression nested deeper than [`MAX_DEPTH`] in
/// `body`, if any.
pub(super) fn too_deep(body: &[Stmt]) -> Option<TextRange> {
    let mut d = Depth {
        depth: 0,
        found: None,
    };
    d.visit_body(body);
    d.found
}

struct Depth {
    depth: usize,
    found: Option<TextRange>,
}

impl Depth {
    /// One level deeper; false (and the place noted) past the limit.
    fn enter(&mut self, range: TextRange) -> bool {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            self.found.get_or_insert(range);
        }
        self.found.is_none()
    }

    /// An `if` with its `elif`s: CPython's tree nests each `elif` in the
    /// `else` of the one before, so they count as nested levels.
    fn visit_if(&mut self, s: &ast::StmtIf) {
        self.visit_expr(&s.test);
        self.visit_body(&s.body);
        let outer = self.depth;
        for clause in &s.elif_else_clauses {
            if let Some(test) = &clause.test {
                if !self.enter(clause.range()) {
                    break;
                }
                self.visit_expr(test);
            }
            self.visit_body(&clause.body);
        }
        self.depth = outer;
    }
}

impl<'a> Visitor<'a> for Depth {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        if self.enter(stmt.range()) {
            match stmt {
                Stmt::If(s) => self.visit_if(s),
                _ => visitor::walk_stmt(self, stmt),
            }
        }
        self.depth -= 1;
    }

    fn visit_expr(&mut self, expr: &'a Expr) {
        if self.enter(expr.range()) {
            visitor::walk_expr(self, expr);
        }
        self.depth -= 1;
    }
}

/// Drops `body` with a loop instead of recursion, however deep it nests.
pub(super) fn free(mut body: impl std::ops::DerefMut<Target = [Stmt]>) {
    let taker = Taker::default();
    for stmt in body.iter_mut() {
        taker.visit_stmt(stmt);
    }
    drop(body);
    loop {
        let next = taker.exprs.borrow_mut().pop();
        let Some(mut expr) = next else { break };
        // Moves the children out; `expr` is then one node deep.
        transformer::walk_expr(&taker, &mut expr);
    }
}

/// Moves every expression it visits onto its stack, leaving `None` in its
/// place, so a walk goes one level down and no further.
#[derive(Default)]
struct Taker {
    exprs: RefCell<Vec<Expr>>,
}

impl Transformer for Taker {
    fn visit_expr(&self, expr: &mut Expr) {
        let placeholder = Expr::NoneLiteral(ExprNoneLiteral::default());
        let taken = std::mem::replace(expr, placeholder);
        self.exprs.borrow_mut().push(taken);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn body(src: &str) -> impl std::ops::DerefMut<Target = [Stmt]> {
        ruff_python_parser::parse_module(src)
            .expect("parses")
            .into_syntax()
            .body
    }

    #[test]
    fn depth_counts_statements_and_expressions() {
        // The statement, 2,998 `+` and a literal are 3,000 levels.
        let chain = |n: usize| format!("x = {}\n", vec!["1"; n].join("+"));
        assert!(too_deep(&body(&chain(MAX_DEPTH - 1))).is_none());
        assert!(too_deep(&body(&chain(MAX_DEPTH))).is_some());
        let elifs = |n: usize| {
            let arms: String = (0..n).map(|i| format!("elif x == {i}: f({i})\n")).collect();
            format!("if x: pass\n{arms}")
        };
        assert!(too_deep(&body(&elifs(MAX_DEPTH - 4))).is_none());
        assert!(too_deep(&body(&elifs(MAX_DEPTH - 3))).is_some());
        let attrs = format!("def f():\n    return a{}\n", ".b".repeat(MAX_DEPTH));
        assert!(too_deep(&body(&attrs)).is_some());
    }

    #[test]
    fn a_tree_a_million_deep_is_freed_without_recursion() {
        let src = format!("x = f(a{})\n", ".b".repeat(1_000_000));
        let b = body(&src);
        assert!(too_deep(&b).is_some());
        free(b);
    }
}
