//! Future statements (`from __future__ import annotations`): where they
//! may stand and which features exist, checked as CPython's compiler
//! checks them. At run time they are ordinary imports of `__future__`.
//!
//! Every feature but `annotations` is the default in Python 3; that one
//! (PEP 563) makes the compiler store annotations as strings instead of
//! evaluating them.

use super::{CompileError, ErrorKind, LineIndex};
use ruff_python_ast::{Expr, Stmt};
use ruff_text_size::Ranged;

/// The features `from __future__ import` accepts (`__future__.all_feature_names`).
const FEATURES: &[&str] = &[
    "nested_scopes",
    "generators",
    "division",
    "absolute_import",
    "with_statement",
    "print_function",
    "unicode_literals",
    "barry_as_FLUFL",
    "generator_stop",
    "annotations",
];

/// The future features a module turns on.
#[derive(Clone, Copy, Debug, Default)]
pub(super) struct Features {
    /// `from __future__ import annotations`: annotations are strings.
    pub(super) annotations: bool,
}

/// The module's features, or its first misplaced or unknown future
/// statement.
pub(super) fn check(body: &[Stmt], lines: &LineIndex) -> Result<Features, CompileError> {
    let mut features = Features::default();
    let syntax = |msg: String, stmt: &Stmt| {
        CompileError::at(ErrorKind::Syntax, msg, lines, stmt.range().start().to_u32())
    };
    // CPython underlines the whole statement for this one.
    let misplaced = |stmt: &Stmt| {
        let r = stmt.range();
        CompileError::spanning(
            ErrorKind::Syntax,
            "from __future__ imports must occur at the beginning of the file".into(),
            lines,
            r.start().to_u32(),
            r.end().to_u32(),
        )
    };
    // Future statements may follow only the docstring and each other.
    let mut at_start = true;
    for (i, stmt) in body.iter().enumerate() {
        let is_docstring =
            i == 0 && matches!(stmt, Stmt::Expr(e) if matches!(*e.value, Expr::StringLiteral(_)));
        match stmt {
            Stmt::ImportFrom(f) if f.module.as_deref() == Some("__future__") && f.level == 0 => {
                if !at_start {
                    return Err(misplaced(stmt));
                }
                for alias in &f.names {
                    let name = alias.name.as_str();
                    features.annotations |= name == "annotations";
                    if name == "braces" {
                        return Err(syntax("not a chance".into(), stmt));
                    }
                    if !FEATURES.contains(&name) {
                        return Err(syntax(
                            format!("future feature {name} is not defined"),
                            stmt,
                        ));
                    }
                }
            }
            _ if is_docstring => {}
            _ => at_start = false,
        }
    }
    // Anywhere else (in a function, a class, a nested block) is too late.
    let mut nested = Vec::new();
    for stmt in body {
        nested_futures(stmt, &mut nested);
    }
    match nested.first() {
        Some(stmt) => Err(misplaced(stmt)),
        None => Ok(features),
    }
}

/// Future statements inside compound statements (never valid).
fn nested_futures<'a>(stmt: &'a Stmt, out: &mut Vec<&'a Stmt>) {
    let mut visit_body = |body: &'a [Stmt]| {
        for s in body {
            if matches!(s, Stmt::ImportFrom(f) if f.module.as_deref() == Some("__future__")) {
                out.push(s);
            }
            nested_futures(s, out);
        }
    };
    match stmt {
        Stmt::FunctionDef(f) => visit_body(&f.body),
        Stmt::ClassDef(c) => visit_body(&c.body),
        Stmt::If(s) => {
            visit_body(&s.body);
            for clause in &s.elif_else_clauses {
                visit_body(&clause.body);
            }
        }
        Stmt::For(s) => {
            visit_body(&s.body);
            visit_body(&s.orelse);
        }
        Stmt::While(s) => {
            visit_body(&s.body);
            visit_body(&s.orelse);
        }
        Stmt::With(s) => visit_body(&s.body),
        Stmt::Try(s) => {
            visit_body(&s.body);
            for h in &s.handlers {
                let ruff_python_ast::ExceptHandler::ExceptHandler(h) = h;
                visit_body(&h.body);
            }
            visit_body(&s.orelse);
            visit_body(&s.finalbody);
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::FEATURES;

    #[test]
    fn the_compiler_and_the_module_know_the_same_features() {
        // `__future__.py` lists them for Python code; the two must agree.
        let module = include_str!("../stdlib/lib/__future__.py");
        let listed = module
            .split("all_feature_names = [")
            .nth(1)
            .and_then(|rest| rest.split(']').next())
            .unwrap_or("");
        let names: Vec<&str> = listed
            .split(',')
            .map(|n| n.trim().trim_matches('"'))
            .filter(|n| !n.is_empty())
            .collect();
        assert_eq!(names, FEATURES);
        for name in FEATURES {
            assert!(module.contains(&format!("\n{name} = _Feature(")), "{name}");
        }
    }
}
