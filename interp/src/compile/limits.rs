//! The limits CPython's tokenizer and parser put on a source, checked
//! before the parser runs.
//!
//! The parser recurses once per bracket level, per indented block and per
//! link of a right-nested chain (`- - - x`, `not not x`, `lambda: lambda:
//! x`, `a ** b ** c`, `a if b else c if d else e`). Its stack grows on the
//! heap, so a ten-million-link chain would exhaust memory instead of
//! failing; CPython refuses such sources with fixed limits, and so does
//! this scan, with CPython's errors:
//!
//! - brackets nested 200 deep: `SyntaxError: too many nested parentheses`;
//! - 100 levels of indentation: `IndentationError: too many levels of
//!   indentation`;
//! - a right-nested chain of weight [`MAX_PARSER_DEPTH`] (CPython's parser
//!   stack, `MAXSTACK`): `MemoryError`.
//!
//! Chains that nest to the left (`a + b + c`, `a.b.c`, `f()()`) parse in a
//! loop; their depth is bounded after parsing (see `deep.rs`).
//!
//! The scan is a small tokenizer, so it also reports what CPython's
//! tokenizer rejects token by token (`tokens.rs`: malformed numbers,
//! names and string literals, tabs and spaces mixed in indentation), which
//! ruff's lexer accepts or words differently.

use super::tokens::{self, Prefix};
use super::ErrorKind;

/// How deep brackets may nest: CPython's tokenizer's `MAXLEVEL`.
const MAX_BRACKET_DEPTH: usize = 200;

/// Indentation levels, the unindented one included: CPython's
/// tokenizer's `MAXINDENT`.
const MAX_INDENT: usize = 100;

/// The weight of right-nested chain at which CPython's parser runs out of
/// stack: each unary operator, `not`, `await` or conditional `else` weighs
/// one, each `lambda` and `**` two (their grammar rules take two levels).
const MAX_PARSER_DEPTH: u32 = 5968;

/// What the scan found wrong first.
#[derive(Debug, PartialEq, Eq)]
pub(super) enum Limit {
    /// A bracket error CPython's tokenizer reports: nesting past the limit,
    /// an unmatched or mismatched closer, or an opener never closed.
    Bracket(String),
    /// Indented blocks nested past the limit.
    Indent,
    /// A right-nested chain past the parser's stack.
    ParserStack,
    /// A token CPython's tokenizer or string parser rejects; `token` is
    /// where the token starts (the error's offset may be past it).
    Token {
        kind: ErrorKind,
        msg: String,
        token: u32,
    },
}

impl Limit {
    /// True for errors the parser cannot be trusted with at all (the
    /// others are reported only if the parser finds the source wrong).
    pub(super) fn is_fatal(&self) -> bool {
        match self {
            Limit::Bracket(msg) => msg == TOO_DEEP,
            Limit::Indent | Limit::ParserStack => true,
            Limit::Token { .. } => false,
        }
    }
}

const TOO_DEEP: &str = "too many nested parentheses";

/// A chain being scanned at one bracket level.
#[derive(Clone, Copy, Default)]
struct Level {
    /// Weight of the chain up to here.
    chain: u32,
    /// Weight where the current (sub)expression started: a binary
    /// operator goes back to it, since its operands parse in a loop.
    base: u32,
    /// Weight at the start of the level: `,`, `=` and `:` go back to it.
    root: u32,
    /// Weight before the latest conditional `if`, which its `else`
    /// continues from.
    cond: Option<u32>,
    /// `lambda`s whose `:` has not come yet.
    lambdas: u32,
}

impl Level {
    /// A level (or a part of one after a separator) whose chain starts at
    /// `root`.
    fn starting_at(root: u32) -> Level {
        Level {
            chain: root,
            base: root,
            root,
            cond: None,
            lambdas: 0,
        }
    }
}

/// An f-string literal: where the token starts and ends, and its body.
pub(super) struct FStringToken {
    pub(super) start: u32,
    pub(super) end: u32,
    pub(super) body: std::ops::Range<usize>,
    pub(super) raw: bool,
}

/// What the scan found.
pub(super) struct Scan {
    /// Every f-string, for reporting a syntax error in one of its
    /// expressions as CPython does.
    pub(super) fstrings: Vec<FStringToken>,
    /// The first error in source order, with its byte offset.
    pub(super) first: Option<(Limit, u32)>,
    /// Some error found is fatal (the parser must not run).
    pub(super) fatal: bool,
}

/// Scans `src` for the limits it breaks and its malformed tokens.
pub(super) fn scan(src: &str) -> Scan {
    let mut s = Scanner::new(src);
    s.run();
    Scan {
        fstrings: s.fstrings,
        first: s.first,
        fatal: s.fatal,
    }
}

struct Scanner<'s> {
    src: &'s str,
    fstrings: Vec<FStringToken>,
    bytes: &'s [u8],
    first: Option<(Limit, u32)>,
    fatal: bool,
    i: usize,
    brackets: Vec<(u8, usize)>,
    /// Open indentation levels: columns with tabs to multiples of 8, and
    /// of 1 (CPython's `altcol`, which catches inconsistent tabs).
    indents: Vec<(usize, usize)>,
    level: Level,
    saved: Vec<Level>,
    /// The last token ended an operand (name, number, string, closer).
    after_operand: bool,
    /// At the start of a logical line.
    line_start: bool,
}

impl<'s> Scanner<'s> {
    fn new(src: &'s str) -> Scanner<'s> {
        Scanner {
            src,
            fstrings: Vec::new(),
            bytes: src.as_bytes(),
            first: None,
            fatal: false,
            // A UTF-8 byte order mark is no token.
            i: if src.starts_with('\u{feff}') { 3 } else { 0 },
            brackets: Vec::new(),
            indents: Vec::new(),
            level: Level::default(),
            saved: Vec::new(),
            after_operand: false,
            line_start: true,
        }
    }

    /// Records an error; true if the scan must stop (a fatal one).
    fn report(&mut self, limit: Limit, at: usize) -> bool {
        let fatal = limit.is_fatal();
        self.fatal |= fatal;
        if self.first.is_none() {
            self.first = Some((limit, at as u32));
        }
        fatal
    }

    fn token_error(&mut self, kind: ErrorKind, (msg, at): tokens::TokenError, token: usize) {
        let token = token as u32;
        self.report(Limit::Token { kind, msg, token }, at);
    }

    fn run(&mut self) {
        while self.i < self.bytes.len() {
            if self.line_start {
                self.line_start = false;
                if let Some((limit, at)) = self.indentation() {
                    if self.report(limit, at) {
                        return;
                    }
                }
                continue;
            }
            let at = self.i;
            let b = self.bytes[at];
            let found = match b {
                b'#' => {
                    self.skip_comment();
                    None
                }
                b'\\' => {
                    self.continuation();
                    None
                }
                b'\n' => {
                    self.i += 1;
                    if self.brackets.is_empty() {
                        self.end_statement();
                        self.line_start = true;
                    }
                    None
                }
                b'\'' | b'"' => {
                    self.skip_string(Prefix::default(), at);
                    self.operand();
                    None
                }
                b'(' | b'[' | b'{' => self.open(b, at),
                b')' | b']' | b'}' => self.close(b).map(Limit::Bracket),
                b'0'..=b'9' => {
                    self.skip_number();
                    self.operand();
                    None
                }
                b'.' if self.bytes.get(at + 1).is_some_and(u8::is_ascii_digit) => {
                    self.skip_number();
                    self.operand();
                    None
                }
                b if b == b'_' || b.is_ascii_alphabetic() || b >= 0x80 => self.word(),
                _ => self.operator(),
            };
            if let Some(limit) = found {
                if self.report(limit, at) {
                    return;
                }
            }
        }
        if let Some(&(o, at)) = self.brackets.first() {
            self.report(
                Limit::Bracket(format!("'{}' was never closed", o as char)),
                at,
            );
        }
    }

    /// A `\` outside a string: a line continuation, or an error.
    fn continuation(&mut self) {
        let at = self.i;
        self.i += 1;
        let newline = match self.bytes.get(self.i..) {
            Some([b'\r', b'\n', ..]) => 2,
            Some([b'\n' | b'\r', ..]) | Some([]) => 1,
            _ => 0,
        };
        let msg = if newline == 0 {
            "unexpected character after line continuation character"
        } else if self.i + newline >= self.bytes.len() {
            "unexpected EOF while parsing"
        } else {
            self.i += newline;
            return;
        };
        self.token_error(ErrorKind::Syntax, (msg.to_owned(), at + 1), at);
    }

    /// Measures the indentation of a new logical line (blank and
    /// comment-only lines do not count).
    fn indentation(&mut self) -> Option<(Limit, usize)> {
        let start = self.i;
        let (mut col, mut alt) = (0, 0);
        while let Some(&c) = self.bytes.get(self.i) {
            match c {
                b' ' => (col, alt) = (col + 1, alt + 1),
                b'\t' => (col, alt) = ((col / 8 + 1) * 8, alt + 1),
                b'\x0c' => (col, alt) = (0, 0),
                _ => break,
            }
            self.i += 1;
        }
        if matches!(self.bytes.get(self.i), None | Some(b'\n' | b'\r' | b'#')) {
            return None;
        }
        let (top, top_alt) = self.indents.last().copied().unwrap_or((0, 0));
        let error = |kind, msg: &str| {
            let msg = msg.to_owned();
            let token = start as u32;
            Some((Limit::Token { kind, msg, token }, self.i))
        };
        // CPython's tokenizer: a line's indentation must order the same
        // way against the open levels whether a tab counts as 8 columns
        // or as 1.
        let tab_error = || {
            error(
                ErrorKind::Tab,
                "inconsistent use of tabs and spaces in indentation",
            )
        };
        if col == top {
            if alt != top_alt {
                return tab_error();
            }
        } else if col > top {
            if alt <= top_alt {
                return tab_error();
            }
            // CPython counts the unindented level too.
            if self.indents.len() + 1 >= MAX_INDENT {
                return Some((Limit::Indent, start));
            }
            self.indents.push((col, alt));
        } else {
            while self.indents.last().is_some_and(|&(c, _)| col < c) {
                self.indents.pop();
            }
            let (top, top_alt) = self.indents.last().copied().unwrap_or((0, 0));
            if col != top {
                return error(
                    ErrorKind::Indentation,
                    "unindent does not match any outer indentation level",
                );
            }
            if alt != top_alt {
                return tab_error();
            }
        }
        None
    }

    fn skip_comment(&mut self) {
        while self.i < self.bytes.len() && self.bytes[self.i] != b'\n' {
            self.i += 1;
        }
    }

    /// Skips a string literal whose quote is at `self.i` (its prefix, if
    /// any, starts at `token`) and checks it.
    fn skip_string(&mut self, prefix: Prefix, token: usize) {
        let b = self.bytes[self.i];
        let triple = self.bytes.get(self.i..self.i + 3) == Some(&[b, b, b]);
        let width = if triple { 3 } else { 1 };
        self.i += width;
        let body = self.i;
        loop {
            match self.bytes.get(self.i) {
                None => break,
                Some(b'\\') => self.i += 2,
                Some(b'\n' | b'\r') if !triple => break,
                Some(&c) if c == b => {
                    if !triple || self.bytes.get(self.i..self.i + 3) == Some(&[b, b, b]) {
                        let text = self.src.get(body..self.i).unwrap_or("");
                        if prefix.format() {
                            self.fstrings.push(FStringToken {
                                start: token as u32,
                                end: (self.i + width) as u32,
                                body: body..self.i,
                                raw: prefix.raw(),
                            });
                        }
                        self.i += width;
                        if let Some(err) = tokens::string(prefix, text, self.i) {
                            self.token_error(ErrorKind::Syntax, err, token);
                        }
                        return;
                    }
                    self.i += 1;
                }
                Some(_) => self.i += 1,
            }
        }
        // CPython names the line the tokenizer was on: the one the newline
        // ends, or the last one at the end of the source.
        self.i = self.i.min(self.bytes.len());
        let last = self.i.min(self.bytes.len().saturating_sub(1));
        let line = 1 + self.bytes[..last].iter().filter(|&&c| c == b'\n').count();
        let what = if triple {
            "triple-quoted string"
        } else {
            "string"
        };
        let msg = format!("unterminated {what} literal (detected at line {line})");
        self.token_error(ErrorKind::Syntax, (msg, token), token);
    }

    fn skip_number(&mut self) {
        let start = self.i;
        match tokens::number(self.bytes, start) {
            Ok(end) => self.i = end,
            Err(err) => {
                self.token_error(ErrorKind::Syntax, err, start);
                self.i += 1;
                while self
                    .bytes
                    .get(self.i)
                    .is_some_and(|&b| tokens::is_name_byte(b) || b == b'.')
                {
                    self.i += 1;
                }
            }
        }
    }

    fn operand(&mut self) {
        self.after_operand = true;
    }

    /// Adds `weight` to the chain; the parser's stack limit is checked
    /// here, where the chain grows.
    fn nest(&mut self, weight: u32) -> Option<Limit> {
        self.level.chain += weight;
        self.after_operand = false;
        (self.level.chain >= MAX_PARSER_DEPTH).then_some(Limit::ParserStack)
    }

    /// A binary operator: its right operand starts where the left began.
    fn binary(&mut self) {
        self.level.chain = self.level.base;
        self.after_operand = false;
    }

    /// `,`, `=`, `:` or the end of a statement: back to the level's start.
    fn separator(&mut self) {
        self.level = Level::starting_at(self.level.root);
        self.after_operand = false;
    }

    fn end_statement(&mut self) {
        self.level = Level::default();
        self.saved.clear();
        self.after_operand = false;
    }

    fn open(&mut self, b: u8, at: usize) -> Option<Limit> {
        self.i += 1;
        if self.brackets.len() >= MAX_BRACKET_DEPTH {
            return Some(Limit::Bracket(TOO_DEEP.to_owned()));
        }
        self.brackets.push((b, at));
        self.saved.push(self.level);
        self.level = Level::starting_at(self.level.chain + 1);
        self.after_operand = false;
        None
    }

    fn close(&mut self, b: u8) -> Option<String> {
        self.i += 1;
        let open = match b {
            b')' => b'(',
            b']' => b'[',
            _ => b'{',
        };
        match self.brackets.pop() {
            None => return Some(format!("unmatched '{}'", b as char)),
            Some((o, _)) if o != open => {
                return Some(format!(
                    "closing parenthesis '{}' does not match opening parenthesis '{}'",
                    b as char, o as char
                ))
            }
            Some(_) => {}
        }
        self.level = self.saved.pop().unwrap_or_default();
        self.operand();
        None
    }

    fn word(&mut self) -> Option<Limit> {
        let start = self.i;
        let mut ascii = true;
        while let Some(&c) = self.bytes.get(self.i) {
            if tokens::is_name_byte(c) {
                ascii &= c < 0x80;
                self.i += 1;
            } else {
                break;
            }
        }
        // A string prefix (`f"`, `rb'`) belongs to the string.
        if matches!(self.bytes.get(self.i), Some(b'\'' | b'"')) {
            if let Some(prefix) = tokens::prefix(&self.bytes[start..self.i]) {
                self.skip_string(prefix, start);
                self.operand();
                return None;
            }
        }
        if !ascii {
            if let Some(err) = tokens::name(self.src, start, self.i) {
                self.token_error(ErrorKind::Syntax, err, start);
            }
        }
        match &self.bytes[start..self.i] {
            b"not" if !self.after_operand => self.nest(1),
            b"await" => self.nest(1),
            b"lambda" => {
                self.level.lambdas += 1;
                self.nest(2)
            }
            b"if" if self.after_operand => {
                self.level.cond = Some(self.level.chain);
                self.binary();
                None
            }
            b"else" if self.after_operand => {
                self.level.chain = self.level.cond.take().unwrap_or(self.level.chain);
                self.level.base = self.level.chain + 1;
                self.nest(1)
            }
            b"and" | b"or" | b"in" | b"is" | b"not" | b"for" | b"async" | b"if" | b"else"
            | b"from" | b"as" | b"return" | b"yield" | b"del" | b"assert" | b"raise" | b"while"
            | b"elif" | b"with" | b"import" | b"global" | b"nonlocal" => {
                self.binary();
                None
            }
            _ => {
                self.operand();
                None
            }
        }
    }

    fn operator(&mut self) -> Option<Limit> {
        let b = self.bytes[self.i];
        let next = self.bytes.get(self.i + 1).copied();
        self.i += 1;
        match b {
            b'*' if next == Some(b'*') => {
                self.i += 1;
                if self.after_operand {
                    if self.bytes.get(self.i) == Some(&b'=') {
                        self.i += 1;
                        self.separator();
                        return None;
                    }
                    return self.nest(2);
                }
                // `**kwargs` or `{**d}`.
                self.binary();
                None
            }
            b'-' | b'+' | b'~' if !self.after_operand => self.nest(1),
            b'.' => {
                // Attribute access keeps the chain going.
                self.after_operand = false;
                None
            }
            b',' | b';' => {
                if b == b';' && self.brackets.is_empty() {
                    self.end_statement();
                } else {
                    self.separator();
                }
                None
            }
            b':' if next != Some(b'=') => {
                if self.level.lambdas > 0 {
                    // A lambda's body nests inside it.
                    self.level.lambdas -= 1;
                    self.level.base = self.level.chain;
                    self.after_operand = false;
                } else {
                    self.separator();
                }
                None
            }
            b'=' if !matches!(next, Some(b'=')) && !self.compound_assignment() => {
                self.separator();
                None
            }
            b' ' | b'\t' | b'\r' | b'\x0c' => None,
            b if b < b' ' || b == 0x7f => {
                let msg = format!("invalid non-printable character U+{b:04X}");
                self.token_error(ErrorKind::Syntax, (msg, self.i), self.i - 1);
                None
            }
            _ => {
                self.binary();
                None
            }
        }
    }

    /// True if the `=` just passed ends an operator (`==`, `<=`, `+=`...).
    fn compound_assignment(&self) -> bool {
        self.i >= 2 && matches!(self.bytes[self.i - 2], b'=' | b'<' | b'>' | b'!' | b':')
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn limit(src: &str) -> Option<Limit> {
        scan(src).first.map(|(l, _)| l)
    }

    #[test]
    fn ordinary_sources_pass() {
        for src in [
            "x = -1 + -2 * -3\n",
            "f = lambda x, y=-1: x if y else -x\n",
            "print(not a, not b, - - c)\n",
            "x = [1, 2,\n  3]\nif x:\n    y = 2 ** -1 ** 2\n",
            "d = {'a': -1, **e}\ns = 'a\\'b' \"\"\"c\n(\"\"\" # (\n",
            "x = 1e-5 + 0x1e - 3\n",
        ] {
            assert_eq!(limit(src), None, "{src}");
        }
    }

    #[test]
    fn bracket_errors_are_found_where_cpython_finds_them() {
        assert_eq!(
            scan("x = (1]").first,
            Some((
                Limit::Bracket(
                    "closing parenthesis ']' does not match opening parenthesis '('".into()
                ),
                6
            ))
        );
        assert_eq!(
            scan("x = )").first,
            Some((Limit::Bracket("unmatched ')'".into()), 4))
        );
        assert_eq!(
            scan("x = [1,\n").first,
            Some((Limit::Bracket("'[' was never closed".into()), 4))
        );
        let deep = format!("x = {}1{}", "(".repeat(201), ")".repeat(201));
        assert_eq!(limit(&deep), Some(Limit::Bracket(TOO_DEEP.into())));
        let ok = format!("x = {}1{}", "(".repeat(200), ")".repeat(200));
        assert_eq!(limit(&ok), None);
    }

    #[test]
    fn indentation_is_bounded_at_one_hundred_levels() {
        let nest = |n: usize| {
            let mut s: String = (0..n)
                .map(|i| format!("{}if 1:\n", " ".repeat(i)))
                .collect();
            s.push_str(&" ".repeat(n));
            s.push_str("pass\n");
            s
        };
        assert_eq!(limit(&nest(99)), None);
        assert_eq!(limit(&nest(100)), Some(Limit::Indent));
    }

    #[test]
    fn right_nested_chains_stop_at_the_parser_stack() {
        let weight = MAX_PARSER_DEPTH as usize;
        assert_eq!(limit(&format!("x = {}1\n", "-".repeat(weight - 1))), None);
        assert_eq!(
            limit(&format!("x = {}1\n", "-".repeat(weight))),
            Some(Limit::ParserStack)
        );
        assert_eq!(
            limit(&format!("x = {}1\n", "not ".repeat(weight))),
            Some(Limit::ParserStack)
        );
        assert_eq!(
            limit(&format!("x = {}1\n", "lambda: ".repeat(weight / 2))),
            Some(Limit::ParserStack)
        );
        assert_eq!(
            limit(&format!("x = {}1\n", "lambda: ".repeat(weight / 2 - 1))),
            None
        );
        let pow = vec!["2"; weight / 2 + 1].join("**");
        assert_eq!(limit(&format!("x = {pow}\n")), Some(Limit::ParserStack));
        let cond = "1 if 1 else ".repeat(weight);
        assert_eq!(limit(&format!("x = {cond}1\n")), Some(Limit::ParserStack));
        // Flat chains do not nest.
        let flat = vec!["-1"; 100_000].join(" + ");
        assert_eq!(limit(&format!("x = {flat}\n")), None);
        let list = vec!["-1"; 100_000].join(", ");
        assert_eq!(limit(&format!("x = [{list}]\n")), None);
    }
}
