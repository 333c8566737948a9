//! Printing uncaught exceptions the way CPython does: chained exceptions,
//! `Traceback (most recent call last):`, one `File ..., line N, in f` entry
//! per frame with its source line, and the final `Type: message` line; and
//! the special forms of `SyntaxError` and `SystemExit`.

use crate::compile::CompileError;
use crate::object::error::{CoralError, PyErr};
use crate::object::types;
use crate::object::value::Value;
use crate::object::Payload;
use crate::vm::Vm;

/// Attaches CPython's SyntaxError details: `args = (msg, (filename, lineno,
/// offset, text, end_lineno, end_offset))`.
pub fn attach_syntax_info(err: &PyErr, e: &CompileError, filename: &str) {
    let info = Value::tuple(vec![
        Value::str(filename),
        Value::int(e.line as i64),
        Value::int(e.col as i64),
        Value::str(&e.text),
        Value::int(e.line as i64),
        Value::int(e.end_col as i64),
    ]);
    let args = Value::tuple(vec![Value::str(&e.msg), info]);
    err.exc().state.borrow_mut().args = args;
}

/// Gives a compile-time `NotImplementedError` a traceback entry at the
/// offending line.
pub fn attach_location(err: &PyErr, e: &CompileError, filename: &str) {
    err.exc()
        .state
        .borrow_mut()
        .traceback
        .push(crate::object::exception::TbEntry {
            filename: filename.into(),
            name: "<module>".into(),
            line: e.line,
        });
}

/// Identical traceback entries in a row printed before the rest are
/// summarised (CPython's `TB_RECURSIVE_CUTOFF`).
const TB_RECURSIVE_CUTOFF: usize = 3;

/// CPython's `[Previous line repeated N more times]` for a run of `run`
/// identical entries, if it was cut.
fn repeated_line(out: &mut String, run: usize) {
    if run > TB_RECURSIVE_CUTOFF {
        let n = run - TB_RECURSIVE_CUTOFF;
        out.push_str(&format!(
            "  [Previous line repeated {n} more time{}]\n",
            if n > 1 { "s" } else { "" }
        ));
    }
}

/// The report printed for an uncaught exception.
pub fn format_exception(vm: &mut Vm, err: &PyErr) -> String {
    let mut out = String::new();
    let mut seen = Vec::new();
    format_chain(vm, err.instance(), &mut out, Some(&mut seen));
    out
}

/// The report of an exception that cannot be raised (one a dropped
/// generator's cleanup raised), as CPython's default unraisable hook
/// writes it after "Exception ignored in: ...": without its chain.
pub fn format_unraisable(vm: &mut Vm, err: &PyErr) -> String {
    let mut out = String::new();
    format_chain(vm, err.instance(), &mut out, None);
    out
}

/// Formats `exc`, preceded by its cause or context unless `seen` is
/// `None` (no chain).
fn format_chain(vm: &mut Vm, exc: &Value, out: &mut String, seen: Option<&mut Vec<u64>>) {
    let Some(Payload::Exception(e)) = exc.payload() else {
        return;
    };
    if let Some(seen) = seen {
        seen.push(exc.bits());
        let (cause, context, suppress) = {
            let st = e.state.borrow();
            (st.cause.clone(), st.context.clone(), st.suppress_context)
        };
        if let Some(c) = cause.filter(|c| !seen.contains(&c.bits())) {
            format_chain(vm, &c, out, Some(seen));
            out.push_str(
                "\nThe above exception was the direct cause of the following exception:\n\n",
            );
        } else if let Some(c) = context.filter(|c| !suppress && !seen.contains(&c.bits())) {
            format_chain(vm, &c, out, Some(seen));
            out.push_str(
                "\nDuring handling of the above exception, another exception occurred:\n\n",
            );
        }
    }
    let tb = e.state.borrow().traceback.clone();
    if !tb.is_empty() {
        out.push_str("Traceback (most recent call last):\n");
        // As CPython: after three identical entries in a row (runaway
        // recursion), one line says how many more there were.
        let mut run = 0usize;
        let mut last: Option<&crate::object::exception::TbEntry> = None;
        for entry in tb.iter().rev() {
            let same = last.is_some_and(|l| {
                l.filename == entry.filename && l.line == entry.line && l.name == entry.name
            });
            if !same {
                repeated_line(out, run);
                run = 0;
                last = Some(entry);
            }
            run += 1;
            if run > TB_RECURSIVE_CUTOFF {
                continue;
            }
            out.push_str(&format!(
                "  File \"{}\", line {}, in {}\n",
                entry.filename, entry.line, entry.name
            ));
            if let Some(src) = vm.source_line(&entry.filename, entry.line) {
                if !src.is_empty() {
                    out.push_str(&format!("    {src}\n"));
                }
            }
        }
        repeated_line(out, run);
    }
    if e.ty.is_subtype(&types::SYNTAX_ERROR) {
        syntax_details(e, out);
    }
    let msg = crate::protocol::repr::str(vm, exc)
        .unwrap_or_else(|_| "<exception str() failed>".to_owned());
    let msg = if e.ty.is_subtype(&types::SYNTAX_ERROR) {
        e.args()
            .as_tuple()
            .and_then(|a| a.first().and_then(|m| m.as_str().map(str::to_owned)))
            .unwrap_or(msg)
    } else {
        msg
    };
    let name = display_name(exc);
    if msg.is_empty() {
        out.push_str(&name);
    } else {
        out.push_str(&format!("{name}: {msg}"));
    }
    out.push('\n');
}

fn syntax_details(e: &crate::object::exception::ExcObj, out: &mut String) {
    let args = e.args();
    let Some(info) = args
        .as_tuple()
        .and_then(|a| a.get(1))
        .and_then(|i| i.as_tuple())
    else {
        return;
    };
    let text = |i: usize| {
        info.get(i)
            .and_then(|v| v.as_str())
            .unwrap_or("")
            .to_owned()
    };
    let num = |i: usize| info.get(i).and_then(Value::as_small_int).unwrap_or(0);
    out.push_str(&format!("  File \"{}\", line {}\n", text(0), num(1)));
    let line = text(3);
    let stripped = line.trim_start();
    let indent = line.chars().count() - stripped.chars().count();
    let stripped = stripped.trim_end();
    if stripped.is_empty() {
        return;
    }
    out.push_str(&format!("    {stripped}\n"));
    let col = (num(2).max(1) as usize - 1).saturating_sub(indent);
    let end = (num(5).max(num(2) + 1) as usize - 1).saturating_sub(indent);
    let width = end.saturating_sub(col).max(1);
    out.push_str(&format!("    {}{}\n", " ".repeat(col), "^".repeat(width)));
}

/// `SystemExit`: the exit status and, for a non-int code, the message.
pub fn system_exit(vm: &mut Vm, err: &PyErr) -> CoralError {
    let args = err.exc().args();
    let items = args.as_tuple().unwrap_or(&[]).to_vec();
    let code = match items.as_slice() {
        [] => None,
        [one] => Some(one.clone()),
        many => Some(Value::tuple(many.to_vec())),
    };
    match code {
        None => CoralError::Exit {
            code: 0,
            message: None,
        },
        Some(c) if c.is_none() => CoralError::Exit {
            code: 0,
            message: None,
        },
        Some(c) => match c.as_small_int() {
            Some(i) => CoralError::Exit {
                code: i as i32,
                message: None,
            },
            None => match c.as_bool() {
                Some(b) => CoralError::Exit {
                    code: b as i32,
                    message: None,
                },
                None => CoralError::Exit {
                    code: 1,
                    message: Some(crate::protocol::repr::str(vm, &c).unwrap_or_default()),
                },
            },
        },
    }
}

/// How a traceback names the exception's type: `module.QualName`, with the
/// module left out for `__main__` and builtins.
fn display_name(exc: &Value) -> String {
    let Some(class) = crate::object::types::class_of(exc) else {
        return crate::object::types::type_name(exc).to_owned();
    };
    let key = crate::object::intern::intern_static("__module__").value();
    match crate::protocol::class::lookup(class, &key).and_then(|m| m.as_str().map(str::to_owned)) {
        Some(m) if m != "__main__" && m != "builtins" => format!("{m}.{}", class.qualname),
        _ => class.qualname.clone(),
    }
}
