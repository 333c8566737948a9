//! The operators that instruction operands name: `BINARY_OP`'s [`BinOp`]
//! (plain and augmented) and `COMPARE_OP`'s [`CmpOp`]. The compiler encodes
//! them, the disassembler prints them, and `protocol::ops` gives them their
//! meaning.

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
