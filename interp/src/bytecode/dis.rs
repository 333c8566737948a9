//! The disassembler behind `coral --dis`, in the layout of CPython's `dis`:
//! line number, jump-target marker, offset, opcode name, operand and its
//! meaning. Everything it knows about instructions comes from the table in
//! [`crate::bytecode::instruction`]; inline cache words are skipped, as `dis` does.

use crate::bytecode::code::{Code, Const};
use crate::bytecode::index::{ConstIndex, NameIndex};
use crate::bytecode::instruction::{decode, OperandKind};
use crate::bytecode::operand::{BinOp, CmpOp};
use std::fmt::Write;

fn const_repr(c: &Const) -> String {
    match c {
        Const::None => "None".into(),
        Const::Bool(b) => if *b { "True" } else { "False" }.into(),
        Const::Ellipsis => "Ellipsis".into(),
        Const::Int(n) => n.to_string(),
        Const::Float(f) => crate::format::float_repr(*f),
        Const::Str(s) => crate::format::str_repr(s),
        Const::Bytes(b) => crate::format::bytes_repr(b),
        Const::Tuple(items) => {
            let inner: Vec<String> = items.iter().map(const_repr).collect();
            if inner.len() == 1 {
                format!("({},)", inner[0])
            } else {
                format!("({})", inner.join(", "))
            }
        }
        Const::FrozenSet(items) => {
            let inner: Vec<String> = items.iter().map(const_repr).collect();
            format!("frozenset({{{}}})", inner.join(", "))
        }
        Const::Code(code) => format!(
            "<code object {}, file \"{}\", line {}>",
            code.name, code.filename, code.first_line
        ),
    }
}

fn local_name(code: &Code, i: usize) -> String {
    code.varnames
        .get(i)
        .map_or_else(|| "?".into(), |n| n.to_string())
}

fn deref_name(code: &Code, i: usize) -> String {
    code.cellvars
        .iter()
        .chain(code.freevars.iter())
        .nth(i)
        .map_or_else(|| "?".into(), |n| n.to_string())
}

/// Disassembles `code` and every code object nested in it.
pub fn disassemble(code: &Code) -> String {
    let mut out = String::new();
    disassemble_one(code, &|_| None, &mut out);
    for c in code.consts.values() {
        if let Const::Code(inner) = c {
            let _ = write!(
                out,
                "\nDisassembly of <code object {}, file \"{}\", line {}>:\n",
                inner.name, inner.filename, inner.first_line
            );
            out.push_str(&disassemble(inner));
        }
    }
    out
}

/// Disassembles one interpreter's live instance of a code object (not the
/// code nested in it): where an executor is installed, an
/// `ENTER_EXECUTOR` line with `executor_at(offset)`'s description comes
/// first, then the original instruction it replaced.
pub fn disassemble_live(code: &Code, executor_at: &dyn Fn(usize) -> Option<String>) -> String {
    let mut out = String::new();
    disassemble_one(code, executor_at, &mut out);
    out
}

fn disassemble_one(code: &Code, executor_at: &dyn Fn(usize) -> Option<String>, out: &mut String) {
    let mut targets = std::collections::HashSet::new();
    let mut pc = 0;
    while pc < code.instrs.len() {
        if let Some((op, arg)) = decode(code.instrs[pc]) {
            if let Some(t) = op.jump_target(arg) {
                targets.insert(t as usize);
            }
            pc += 1 + op.cache_words();
        } else {
            pc += 1;
        }
    }
    for e in &code.exceptions {
        targets.insert(e.target as usize);
    }
    let mut last_line = None;
    let mut pc = 0;
    while pc < code.instrs.len() {
        let Some((op, arg)) = decode(code.instrs[pc]) else {
            pc += 1;
            continue;
        };
        let line = code.line_for(pc);
        let line_col = if last_line != Some(line) {
            if last_line.is_some() {
                out.push('\n');
            }
            last_line = Some(line);
            format!("{line:>3}")
        } else {
            "   ".into()
        };
        let mut marker = if targets.contains(&pc) { ">>" } else { "  " };
        let mut line_col = line_col;
        if let Some(executor) = executor_at(pc) {
            let _ = writeln!(
                out,
                "{line_col}    {marker} {pc:>4} {:<20} ({executor})",
                "ENTER_EXECUTOR"
            );
            line_col = "   ".into();
            marker = "  ";
        }
        let mut text = format!("{line_col}    {marker} {pc:>4} {:<20}", op.name());
        let argrepr = match op.operand() {
            OperandKind::None => None,
            OperandKind::Const => Some(
                code.consts
                    .get(ConstIndex::from_u32(arg))
                    .map_or_else(|| "?".into(), const_repr),
            ),
            OperandKind::Local => Some(local_name(code, arg as usize)),
            OperandKind::Deref => Some(deref_name(code, arg as usize)),
            OperandKind::Name => Some(
                code.names
                    .get(NameIndex::from_u32(arg))
                    .map_or_else(|| "?".into(), |n| n.to_string()),
            ),
            OperandKind::Jump => Some(format!("to {arg}")),
            OperandKind::BinOp => BinOp::from_arg(arg).map(|b| b.symbol().to_owned()),
            OperandKind::CmpOp => CmpOp::from_arg(arg).map(|c| c.symbol().to_owned()),
            OperandKind::Count | OperandKind::Flags | OperandKind::Executor => Some(String::new()),
            OperandKind::LocalPair => Some(format!(
                "{}, {}",
                local_name(code, (arg & 0xfff) as usize),
                local_name(code, (arg >> 12) as usize)
            )),
            OperandKind::LocalConst => Some(format!(
                "{}, {}",
                local_name(code, (arg & 0xfff) as usize),
                code.consts
                    .get(ConstIndex::from_u32(arg >> 12))
                    .map_or_else(|| "?".into(), const_repr)
            )),
            OperandKind::CmpJump => Some(format!(
                "{} {} to {}",
                CmpOp::from_arg(arg & 7).map_or("?", CmpOp::symbol),
                if arg & 8 != 0 { "if true" } else { "if false" },
                arg >> 4
            )),
        };
        if let Some(r) = argrepr {
            let _ = write!(text, " {arg:>5}");
            if !r.is_empty() {
                let _ = write!(text, " ({r})");
            }
        }
        out.push_str(text.trim_end());
        out.push('\n');
        pc += 1 + op.cache_words();
    }
    if !code.exceptions.is_empty() {
        out.push_str("ExceptionTable:\n");
        for e in &code.exceptions {
            let _ = writeln!(
                out,
                "  {} to {} -> {} [{}]",
                e.start,
                e.end.saturating_sub(1),
                e.target,
                e.depth
            );
        }
    }
}
