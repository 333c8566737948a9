//! Python source to [`Code`].
//!
//! Parsing is `ruff_python_parser`'s; [`symtable`] resolves scopes and
//! [`codegen`] emits instructions, line and exception tables. Every parse
//! error and every construct Coral does not run yet becomes a
//! [`CompileError`] with file, line and column, which the VM raises as a
//! `SyntaxError` (or `NotImplementedError` naming the construct).

mod codegen;
mod deep;
mod future;
mod limits;
mod symtable;
mod tokens;

use crate::bytecode::code::Code;
use std::sync::Arc;

/// The kind of compile error, which decides the Python exception raised.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    /// `SyntaxError`.
    Syntax,
    /// `IndentationError`.
    Indentation,
    /// `TabError`: tabs and spaces mixed inconsistently in indentation.
    Tab,
    /// `NotImplementedError`: valid Python that Coral does not run yet.
    NotImplemented,
    /// `RecursionError`: expressions nested past the compiler's limit.
    Recursion,
    /// `MemoryError`: a source past the parser's stack.
    Memory,
}

/// A compile-time error with its position.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{msg} (line {line}, column {col})")]
pub struct CompileError {
    /// Which exception.
    pub kind: ErrorKind,
    /// Message, e.g. `invalid syntax`.
    pub msg: String,
    /// 1-based line.
    pub line: u32,
    /// 1-based column, in characters.
    pub col: u32,
    /// 1-based column one past the end of the offending text (same line).
    pub end_col: u32,
    /// The source line, without its newline.
    pub text: String,
}

impl CompileError {
    fn at(kind: ErrorKind, msg: String, lines: &LineIndex, offset: u32) -> CompileError {
        CompileError::spanning(kind, msg, lines, offset, offset)
    }

    fn spanning(
        kind: ErrorKind,
        msg: String,
        lines: &LineIndex,
        start: u32,
        end: u32,
    ) -> CompileError {
        let (line, col) = lines.line_col(start);
        let text = lines.line_text(line).to_owned();
        let (end_line, end_col) = lines.line_col(end.max(start));
        let end_col = if end_line == line && end_col > col {
            end_col
        } else {
            col + 1
        };
        CompileError {
            kind,
            msg,
            line,
            col,
            end_col,
            text,
        }
    }
}

/// Byte offset to line and column.
pub struct LineIndex<'s> {
    source: &'s str,
    starts: Vec<u32>,
}

impl<'s> LineIndex<'s> {
    /// Indexes the line starts of `source`.
    pub fn new(source: &'s str) -> LineIndex<'s> {
        let mut starts = vec![0];
        for (i, b) in source.bytes().enumerate() {
            if b == b'\n' {
                starts.push(i as u32 + 1);
            }
        }
        LineIndex { source, starts }
    }

    /// 1-based line of a byte offset.
    pub fn line(&self, offset: u32) -> u32 {
        self.starts.partition_point(|&s| s <= offset) as u32
    }

    /// 1-based line and 1-based character column of a byte offset.
    pub fn line_col(&self, offset: u32) -> (u32, u32) {
        let line = self.line(offset);
        let start = self.starts[line as usize - 1] as usize;
        let end = (offset as usize).min(self.source.len());
        let col = self
            .source
            .get(start..end)
            .map_or(end - start, |s| s.chars().count());
        (line, col as u32 + 1)
    }

    /// Text of a 1-based line, without the newline.
    pub fn line_text(&self, line: u32) -> &'s str {
        let i = line as usize - 1;
        let Some(&start) = self.starts.get(i) else {
            return "";
        };
        let end = self
            .starts
            .get(i + 1)
            .map_or(self.source.len(), |&e| e as usize);
        self.source
            .get(start as usize..end)
            .unwrap_or("")
            .trim_end_matches(['\n', '\r'])
    }
}

/// A private name as the compiler mangles it inside class `class`
/// (CPython's `_Py_Mangle`): `__x` becomes `_C__x`; dunder names, dotted
/// names and names in a class named only underscores stay as they are.
pub(crate) fn mangle(class: &str, name: &str) -> Option<String> {
    let stripped = class.trim_start_matches('_');
    let private = name.starts_with("__") && !name.ends_with("__") && !name.contains('.');
    (private && !stripped.is_empty()).then(|| format!("_{stripped}{name}"))
}

/// Compiles a module's source.
pub fn compile(source: &str, filename: &str) -> Result<Arc<Code>, CompileError> {
    let lines = LineIndex::new(source);
    let scan = limits::scan(source);
    if scan.fatal {
        if let Some((l, offset)) = &scan.first {
            return Err(limit_error(l, &lines, *offset));
        }
    }
    let limit = scan.first;
    let parsed =
        ruff_python_parser::parse_unchecked_source(source, ruff_python_ast::PySourceType::Python);
    let first_error = parsed.errors().first().cloned();
    let module = parsed.into_syntax();
    // A tree too deep for the recursive passes is also too deep for the
    // recursive `Drop`, even after a syntax error.
    let too_deep = deep::too_deep(&module.body);
    // CPython's tokenizer reports a bad token when the parser reaches it,
    // so one before the parser's first error wins, and so does one in a
    // source ruff accepts (an f-string expression with a backslash).
    let token_first = match (&limit, &first_error) {
        (Some((limits::Limit::Token { token, .. }, _)), e) => e
            .as_ref()
            .is_none_or(|e| *token <= e.location.end().to_u32()),
        _ => false,
    };
    if first_error.is_none() && too_deep.is_none() && !token_first {
        let features = future::check(&module.body, &lines)?;
        let table = symtable::build(&module.body, &lines, features)?;
        return codegen::compile_module(&module.body, &table, &lines, filename, features);
    }
    deep::free(module.body);
    if let (true, Some((l, offset))) = (token_first, &limit) {
        return Err(limit_error(l, &lines, *offset));
    }
    Err(match (first_error, too_deep) {
        (Some(e), _) => fstring_error(&scan.fstrings, e.location.start().to_u32(), &lines)
            .unwrap_or_else(|| parse_error(&e, &lines, limit)),
        (None, at) => CompileError::at(
            ErrorKind::Recursion,
            deep::TOO_DEEP.to_owned(),
            &lines,
            at.map_or(0, |r| r.start().to_u32()),
        ),
    })
}

/// A syntax error inside an f-string's expression, as CPython 3.11 finds
/// it: each expression compiled on its own as `(expression)`, its error
/// prefixed with `f-string: `.
fn fstring_error(
    fstrings: &[limits::FStringToken],
    at: u32,
    lines: &LineIndex,
) -> Option<CompileError> {
    let fs = fstrings.iter().find(|f| (f.start..f.end).contains(&at))?;
    let body = lines.source.get(fs.body.clone())?;
    tokens::fstring_expressions(body, fs.raw)
        .into_iter()
        .find_map(|expr| {
            let wrapped = format!("({expr})");
            let e = ruff_python_parser::parse_expression(&wrapped).err()?;
            let msg = juxtaposed(&wrapped, e.location.start().to_u32(), &e.error)
                .unwrap_or_else(|| "invalid syntax".to_owned());
            Some(CompileError::at(
                ErrorKind::Syntax,
                format!("f-string: {msg}"),
                lines,
                fs.start,
            ))
        })
}

/// The error for a limit of `limits.rs`, as CPython words it.
fn limit_error(limit: &limits::Limit, lines: &LineIndex, offset: u32) -> CompileError {
    let (kind, msg) = match limit {
        limits::Limit::Bracket(msg) => (ErrorKind::Syntax, msg.clone()),
        limits::Limit::Indent => (
            ErrorKind::Indentation,
            "too many levels of indentation".to_owned(),
        ),
        limits::Limit::ParserStack => (ErrorKind::Memory, String::new()),
        limits::Limit::Token { kind, msg, .. } => (*kind, msg.clone()),
    };
    CompileError::at(kind, msg, lines, offset)
}

fn parse_error(
    e: &ruff_python_parser::ParseError,
    lines: &LineIndex,
    limit: Option<(limits::Limit, u32)>,
) -> CompileError {
    use ruff_python_ast::token::TokenKind;
    use ruff_python_parser::{LexicalErrorType, ParseErrorType};
    let start = e.location.start().to_u32();
    let end = e.location.end().to_u32();
    let at = |kind, msg: &str, offset: u32| CompileError::at(kind, msg.to_owned(), lines, offset);
    // Bracket problems are reported the way CPython's tokenizer does, at the
    // bracket, whatever the parser tripped over first.
    if let Some((limits::Limit::Bracket(msg), offset)) = limit {
        return at(ErrorKind::Syntax, &msg, offset);
    }
    if let Some(msg) = juxtaposed(lines.source, start, &e.error) {
        return CompileError::spanning(ErrorKind::Syntax, msg, lines, start, end);
    }
    let (kind, msg) = match &e.error {
        ParseErrorType::Lexical(LexicalErrorType::IndentationError) => (
            ErrorKind::Indentation,
            "unindent does not match any outer indentation level".to_owned(),
        ),
        ParseErrorType::UnexpectedIndentation => {
            (ErrorKind::Indentation, "unexpected indent".to_owned())
        }
        ParseErrorType::ExpectedToken { expected, found }
            if expected.to_string() == "`:`"
                && matches!(found, TokenKind::Newline | TokenKind::EndOfFile) =>
        {
            (ErrorKind::Syntax, "expected ':'".to_owned())
        }
        ParseErrorType::ExpectedToken {
            expected: TokenKind::Else,
            ..
        } => (
            ErrorKind::Syntax,
            "expected 'else' after 'if' expression".to_owned(),
        ),

        ParseErrorType::NonDefaultParamAfterDefaultParam => (
            ErrorKind::Syntax,
            "non-default argument follows default argument".to_owned(),
        ),
        ParseErrorType::OtherError(m)
            if m == "Expected `except` or `finally` after `try` block" =>
        {
            (
                ErrorKind::Syntax,
                "expected 'except' or 'finally' block".to_owned(),
            )
        }
        ParseErrorType::InvalidAssignmentTarget => {
            let text = lines.source.get(start as usize..end as usize).unwrap_or("");
            let what = if text.starts_with(|c: char| c.is_ascii_digit() || c == '"' || c == '\'')
                || matches!(text, "None" | "True" | "False")
            {
                "literal"
            } else {
                "expression"
            };
            (
                ErrorKind::Syntax,
                format!("cannot assign to {what} here. Maybe you meant '==' instead of '='?"),
            )
        }
        other => {
            let text = other.to_string();
            if let Some(rest) = text.strip_prefix("Expected an indented block after ") {
                let (line, _) = lines.line_col(start);
                let stmt = rest.replace('`', "'");
                (
                    ErrorKind::Indentation,
                    format!(
                        "expected an indented block after {stmt} on line {}",
                        line.saturating_sub(1).max(1)
                    ),
                )
            } else {
                (ErrorKind::Syntax, "invalid syntax".to_owned())
            }
        }
    };
    CompileError::spanning(kind, msg, lines, start, end)
}

/// CPython's messages for an expression right after another one, which
/// ruff reports as a missing token: `print x` (or `exec x`) is "Missing
/// parentheses in call to 'print'", and inside brackets (`[1 2]`,
/// `f(a b)`, `(x y)`) "invalid syntax. Perhaps you forgot a comma?".
fn juxtaposed(source: &str, at: u32, error: &ruff_python_parser::ParseErrorType) -> Option<String> {
    use ruff_python_ast::token::TokenKind as T;
    use ruff_python_parser::ParseErrorType;
    let (found_expression, in_brackets) = match error {
        ParseErrorType::ExpectedToken { expected, found } => (
            matches!(
                found,
                T::Name
                    | T::Int
                    | T::Float
                    | T::Complex
                    | T::String
                    | T::FStringStart
                    | T::Lambda
                    | T::Not
                    | T::True
                    | T::False
                    | T::None
                    | T::Lbrace
                    | T::Ellipsis
                    | T::Tilde
            ),
            matches!(expected, T::Comma | T::Rpar | T::Colon),
        ),
        ParseErrorType::SimpleStatementsOnSameLine => {
            let next = source.get(at as usize..)?.chars().next()?;
            (
                next.is_alphanumeric() || matches!(next, '_' | '"' | '\'' | '{'),
                false,
            )
        }
        _ => return None,
    };
    if !found_expression {
        return None;
    }
    // Inside brackets a line break is only space.
    let before = source
        .get(..at as usize)?
        .trim_end_matches([' ', '\t', '\n', '\r', '\x0c', '\\']);
    let word_start = before
        .rfind(|c: char| !(c.is_alphanumeric() || c == '_'))
        .map_or(0, |i| i + 1);
    let word = &before[word_start..];
    let stmt_or_open = before[..word_start].trim_end_matches([' ', '\t']);
    let legacy_position = stmt_or_open.is_empty()
        || stmt_or_open.ends_with(['\n', ';', '(', '[', '{', ',', '=', ':']);
    if matches!(word, "print" | "exec") && legacy_position {
        return Some(format!(
            "Missing parentheses in call to '{word}'. Did you mean {word}(...)?"
        ));
    }
    const KEYWORDS: &[&str] = &[
        "and", "or", "not", "in", "is", "if", "else", "for", "lambda", "yield", "await", "return",
        "from", "import", "as", "async", "del", "assert", "raise", "with", "while",
    ];
    let ends_expression = before.ends_with(|c: char| {
        c.is_alphanumeric() || matches!(c, '_' | '"' | '\'' | ')' | ']' | '}')
    }) && !KEYWORDS.contains(&word);
    // Not where no expression list is: a comprehension's `for ... in x`,
    // parameters, imports; a missing `:` only in a subscript.
    let open = before.rfind(['(', '[', '{']);
    let in_comprehension = open.is_some_and(|o| before[o..].contains(" for "));
    let line = &before[before.rfind('\n').map_or(0, |i| i + 1)..];
    let head = line.trim_start();
    let not_expressions = head.starts_with("def ")
        || head.starts_with("import ")
        || head.starts_with("from ")
        || head.starts_with("class ") && open.is_none();
    let colon_ok = !matches!(
        error,
        ParseErrorType::ExpectedToken {
            expected: T::Colon,
            ..
        }
    ) || open.is_some_and(|o| before[o..].starts_with('['));
    // CPython's rule applies inside brackets only (`with a b:` is plain).
    let depth = before.chars().fold(0i32, |d, c| match c {
        '(' | '[' | '{' => d + 1,
        ')' | ']' | '}' => d - 1,
        _ => d,
    });
    (in_brackets
        && depth > 0
        && ends_expression
        && !in_comprehension
        && !not_expressions
        && colon_ok)
        .then(|| "invalid syntax. Perhaps you forgot a comma?".to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bytecode::instruction::{decode, Opcode};

    fn opcodes(code: &crate::bytecode::code::Code) -> Vec<Opcode> {
        let mut out = Vec::new();
        let mut pc = 0;
        while let Some((op, _)) = code.instrs.get(pc).and_then(|&w| decode(w)) {
            out.push(op);
            pc += 1 + op.cache_words();
        }
        out
    }

    fn ops(src: &str) -> Vec<Opcode> {
        opcodes(&compile(src, "t.py").expect("compiles"))
    }

    #[test]
    fn line_index_maps_offsets() {
        let li = LineIndex::new("ab\ncdé\n\nx");
        assert_eq!(li.line_col(0), (1, 1));
        assert_eq!(li.line_col(3), (2, 1));
        assert_eq!(li.line_col(7), (2, 4));
        assert_eq!(li.line_text(2), "cdé");
        assert_eq!(li.line_text(3), "");
        assert_eq!(li.line(10), 4);
    }

    #[test]
    fn simple_assignment_compiles_to_globals() {
        let o = ops("x = 1\n");
        assert_eq!(
            o,
            vec![
                Opcode::RESUME,
                Opcode::LOAD_CONST,
                Opcode::STORE_GLOBAL,
                Opcode::LOAD_CONST,
                Opcode::RETURN_VALUE
            ]
        );
    }

    #[test]
    fn locals_use_fast_slots() {
        let code = compile("def f(a):\n    b = a\n    return b\n", "t.py").expect("compiles");
        let inner = code
            .consts
            .values()
            .find_map(|c| match c {
                crate::bytecode::code::Const::Code(c) => Some(c.clone()),
                _ => None,
            })
            .expect("nested code");
        assert_eq!(inner.argcount, 1);
        assert_eq!(&*inner.varnames[0], "a");
        let o = opcodes(&inner);
        assert!(o.contains(&Opcode::STORE_FAST));
        assert!(!o.contains(&Opcode::LOAD_GLOBAL));
    }

    #[test]
    fn closures_make_cells_and_free_vars() {
        let src = "def f():\n    x = 1\n    def g():\n        return x\n    return g\n";
        let code = compile(src, "t.py").expect("compiles");
        let f = code
            .consts
            .values()
            .find_map(|c| match c {
                crate::bytecode::code::Const::Code(c) => Some(c.clone()),
                _ => None,
            })
            .expect("f");
        assert_eq!(f.cellvars.len(), 1);
        let g = f
            .consts
            .values()
            .find_map(|c| match c {
                crate::bytecode::code::Const::Code(c) => Some(c.clone()),
                _ => None,
            })
            .expect("g");
        assert_eq!(g.freevars.len(), 1);
    }

    #[test]
    fn errors_carry_positions() {
        let e = compile("x = (1,\n", "t.py").expect_err("unclosed");
        assert_eq!(e.kind, ErrorKind::Syntax);
        let e = compile("def f():\n    return 1\n  x = 2\n", "t.py").expect_err("dedent");
        assert_eq!(e.kind, ErrorKind::Indentation);
        let e = compile("return 5\n", "t.py").expect_err("outside");
        assert_eq!(e.msg, "'return' outside function");
        assert_eq!((e.line, e.col), (1, 1));
        let e = compile("x = 1\nmatch x:\n    case 1:\n        pass\n", "t.py").expect_err("match");
        assert_eq!(e.kind, ErrorKind::NotImplemented);
        assert_eq!(e.line, 2);
    }

    #[test]
    fn syntax_errors_use_cpython_wording() {
        let msg = |src: &str| compile(src, "t.py").expect_err("invalid").msg;
        assert_eq!(msg("x = (1,\n"), "'(' was never closed");
        assert_eq!(msg("x = [1, 2\ny = 3\n"), "'[' was never closed");
        assert_eq!(
            msg("x = (1]\n"),
            "closing parenthesis ']' does not match opening parenthesis '('"
        );
        assert_eq!(msg("x = 1)\n"), "unmatched ')'");
        assert_eq!(msg("if x\n    pass\n"), "expected ':'");
        assert_eq!(
            msg("1 = x\n"),
            "cannot assign to literal here. Maybe you meant '==' instead of '='?"
        );
        assert_eq!(
            msg("x = 'abc\n"),
            "unterminated string literal (detected at line 1)"
        );
        assert_eq!(msg("s = '(' # ) [\nx = (1,\n"), "'(' was never closed");
        let e = compile("if True:\npass\n", "t.py").expect_err("indent");
        assert_eq!(e.kind, ErrorKind::Indentation);
        assert_eq!(
            e.msg,
            "expected an indented block after 'if' statement on line 1"
        );
    }

    #[test]
    fn stack_depth_is_computed() {
        let code = compile("print(1, 2, (3, [4, 5]))\n", "t.py").expect("compiles");
        assert!(code.stacksize >= 4);
    }
}
