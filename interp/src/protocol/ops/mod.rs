//! Operators on values: arithmetic, comparison, hashing and truth.
//!
//! The eval loop handles inline ints and floats itself; everything else comes
//! here. Hashes match CPython's for numbers and tuples (they decide set
//! iteration order, which programs print).

mod arith;
mod compare;
pub mod keys;
pub mod view_set;

pub use arith::{
    bigint_divmod_floor, binary_op, float_divmod, float_floordiv, float_mod, float_pow,
    int_floordiv, int_mod, number_to_f64, set_algebra, small_int_op,
};
pub use compare::{compare_bool, compare_op, eq, key_eq, less_than};

use crate::format::{hash_float, hash_i64};
use crate::object::error::{PyErr, PyResult};
use crate::object::value::Value;
use crate::object::{str::fix_hash, Payload};
use crate::vm::Vm;

/// A binary operator, the operand of `BINARY_OP`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum BinOp {
    /// `+`
    Add,
    /// `-`
    Sub,
    /// `*`
    Mul,
    /// `@`
    MatMul,
    /// `/`
    TrueDiv,
    /// `//`
    FloorDiv,
    /// `%`
    Mod,
    /// `**`
    Pow,
    /// `<<`
    LShift,
    /// `>>`
    RShift,
    /// `&`
    And,
    /// `|`
    Or,
    /// `^`
    Xor,
    /// `+=`
    IAdd,
    /// `-=`
    ISub,
    /// `*=`
    IMul,
    /// `@=`
    IMatMul,
    /// `/=`
    ITrueDiv,
    /// `//=`
    IFloorDiv,
    /// `%=`
    IMod,
    /// `**=`
    IPow,
    /// `<<=`
    ILShift,
    /// `>>=`
    IRShift,
    /// `&=`
    IAnd,
    /// `|=`
    IOr,
    /// `^=`
    IXor,
}

const BINOPS: [BinOp; 26] = [
    BinOp::Add,
    BinOp::Sub,
    BinOp::Mul,
    BinOp::MatMul,
    BinOp::TrueDiv,
    BinOp::FloorDiv,
    BinOp::Mod,
    BinOp::Pow,
    BinOp::LShift,
    BinOp::RShift,
    BinOp::And,
    BinOp::Or,
    BinOp::Xor,
    BinOp::IAdd,
    BinOp::ISub,
    BinOp::IMul,
    BinOp::IMatMul,
    BinOp::ITrueDiv,
    BinOp::IFloorDiv,
    BinOp::IMod,
    BinOp::IPow,
    BinOp::ILShift,
    BinOp::IRShift,
    BinOp::IAnd,
    BinOp::IOr,
    BinOp::IXor,
];

impl BinOp {
    /// Decodes an operand.
    #[inline(always)]
    pub fn from_arg(arg: u32) -> Option<BinOp> {
        BINOPS.get(arg as usize).copied()
    }

    /// The augmented-assignment form.
    pub fn inplace(self) -> BinOp {
        BinOp::from_arg(self.base() as u32 + 13).unwrap_or(self)
    }

    /// The plain operator behind an augmented one.
    #[inline(always)]
    pub fn base(self) -> BinOp {
        let i = self as u32;
        if i >= 13 {
            BINOPS[(i - 13) as usize]
        } else {
            self
        }
    }

    /// True for `+=` and friends.
    pub fn is_inplace(self) -> bool {
        self as u32 >= 13
    }

    /// The symbol used in error messages and the disassembler.
    pub fn symbol(self) -> &'static str {
        const SYMS: [&str; 26] = [
            "+", "-", "*", "@", "/", "//", "%", "**", "<<", ">>", "&", "|", "^", "+=", "-=", "*=",
            "@=", "/=", "//=", "%=", "**=", "<<=", ">>=", "&=", "|=", "^=",
        ];
        SYMS[self as usize]
    }
}

/// A rich comparison, the operand of `COMPARE_OP`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum CmpOp {
    /// `<`
    Lt,
    /// `<=`
    Le,
    /// `==`
    Eq,
    /// `!=`
    Ne,
    /// `>`
    Gt,
    /// `>=`
    Ge,
}

impl CmpOp {
    /// Decodes an operand.
    #[inline(always)]
    pub fn from_arg(arg: u32) -> Option<CmpOp> {
        [
            CmpOp::Lt,
            CmpOp::Le,
            CmpOp::Eq,
            CmpOp::Ne,
            CmpOp::Gt,
            CmpOp::Ge,
        ]
        .get(arg as usize)
        .copied()
    }

    /// The symbol.
    pub fn symbol(self) -> &'static str {
        ["<", "<=", "==", "!=", ">", ">="][self as usize]
    }

    /// The comparison with operands swapped (`a < b` is `b > a`).
    pub fn swapped(self) -> CmpOp {
        match self {
            CmpOp::Lt => CmpOp::Gt,
            CmpOp::Le => CmpOp::Ge,
            CmpOp::Gt => CmpOp::Lt,
            CmpOp::Ge => CmpOp::Le,
            other => other,
        }
    }

    /// Applies the comparison to an ordering.
    #[inline(always)]
    pub fn test(self, ord: std::cmp::Ordering) -> bool {
        use std::cmp::Ordering::*;
        match self {
            CmpOp::Lt => ord == Less,
            CmpOp::Le => ord != Greater,
            CmpOp::Eq => ord == Equal,
            CmpOp::Ne => ord != Equal,
            CmpOp::Gt => ord == Greater,
            CmpOp::Ge => ord != Less,
        }
    }
}

/// `bool(v)` for builtin values.
#[inline]
pub fn truthy(v: &Value) -> bool {
    if let Some(i) = v.as_small_int() {
        return i != 0;
    }
    if let Some(f) = v.as_float() {
        return f != 0.0;
    }
    match v.payload() {
        Some(Payload::Bool(b)) => *b,
        Some(Payload::None) | Some(Payload::Null) => false,
        Some(Payload::Int(n)) => !n.is_zero(),
        Some(Payload::Float(_)) => true,
        Some(Payload::Str(s)) => !s.as_str().is_empty(),
        Some(Payload::Bytes(b)) => !b.is_empty(),
        Some(Payload::Tuple(t)) => !t.is_empty(),
        Some(Payload::List(l)) => !l.borrow().is_empty(),
        Some(Payload::Dict(d)) => !d.borrow().is_empty(),
        Some(Payload::Set(s)) => !s.borrow().is_empty(),
        Some(Payload::FrozenSet(s)) => !s.is_empty(),
        Some(Payload::Range(r)) => !r.is_empty(),
        Some(Payload::DictView(view)) => {
            view.dict.as_dict().is_some_and(|d| !d.borrow().is_empty())
        }
        _ => true,
    }
}

const XXPRIME_1: u64 = 11_400_714_785_074_694_791;
const XXPRIME_2: u64 = 14_029_467_366_897_019_727;
const XXPRIME_5: u64 = 2_870_177_450_012_600_261;

/// Truth of any value: user-defined classes through `__bool__`/`__len__`.
pub fn truthy_vm(vm: &mut Vm, v: &Value) -> PyResult<bool> {
    if crate::object::types::class_of(v).is_some() {
        return crate::protocol::special::truthy(vm, v);
    }
    Ok(truthy(v))
}

/// `hash(v)` for any value: user-defined classes through `__hash__`.
pub fn hash_vm(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    if crate::object::types::class_of(v).is_some() {
        if let Some(h) = crate::protocol::special::hash(vm, v)? {
            return Ok(h);
        }
    }
    hash(v)
}

/// `hash(v)` for hashable builtin values; `None` if unhashable.
pub fn hash_pure(v: &Value) -> Option<i64> {
    if let Some(i) = v.as_small_int() {
        return Some(hash_i64(i));
    }
    if v.is_float() {
        return Some(hash_float(f64::from_bits(v.bits())));
    }
    let obj = v.as_obj()?;
    Some(match &obj.payload {
        Payload::Str(s) => s.hash(),
        Payload::Bytes(b) => crate::object::str::bytes_hash(b),
        Payload::Bool(b) => *b as i64,
        Payload::Int(n) => n.hash(),
        Payload::Tuple(items) => {
            let mut acc = XXPRIME_5;
            for item in items {
                let lane = hash_pure(item)? as u64;
                acc = acc.wrapping_add(lane.wrapping_mul(XXPRIME_2));
                acc = acc.rotate_left(31);
                acc = acc.wrapping_mul(XXPRIME_1);
            }
            acc = acc.wrapping_add(items.len() as u64 ^ (XXPRIME_5 ^ 3_527_539));
            if acc == u64::MAX {
                1_546_275_796
            } else {
                acc as i64
            }
        }
        Payload::FrozenSet(s) => s.frozen_hash(),
        Payload::List(_) | Payload::Dict(_) | Payload::Set(_) | Payload::Slice(_) => return None,
        Payload::Instance(i) if i.base.is_some() => {
            let base = i.base.as_ref()?;
            if base.as_tuple().is_some() {
                return hash_pure(base);
            }
            return None;
        }
        Payload::Range(r) => {
            let t = Value::tuple(vec![
                Value::int128(r.len()),
                if r.is_empty() {
                    Value::none()
                } else {
                    Value::int128(r.start)
                },
                if r.len() > 1 {
                    Value::int128(r.step)
                } else {
                    Value::none()
                },
            ]);
            hash_pure(&t)?
        }
        _ => {
            // Identity hash, as CPython's default `object.__hash__`.
            let addr = obj as *const _ as u64;
            fix_hash(addr.rotate_right(4) as i64)
        }
    })
}

/// `hash(v)`, raising `TypeError` for unhashable values.
#[inline]
pub fn hash(v: &Value) -> PyResult<i64> {
    if let Some(s) = v.as_str_obj() {
        return Ok(s.hash());
    }
    hash_pure(v).ok_or_else(|| unhashable(v))
}

/// The `TypeError` for an unhashable value.
pub fn unhashable(v: &Value) -> PyErr {
    // A tuple is unhashable because of an element; name the element's type.
    if let Some(items) = v.as_tuple() {
        if let Some(bad) = items.iter().find(|i| hash_pure(i).is_none()) {
            return unhashable(bad);
        }
    }
    PyErr::type_error(format!(
        "unhashable type: '{}'",
        crate::object::types::type_name(v)
    ))
}
