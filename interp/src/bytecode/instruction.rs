//! The instruction set, defined once.
//!
//! [`for_each_instruction!`] lists every instruction with its operand kind,
//! its stack effect and the number of inline cache words that follow it. The
//! opcode enum, names, operand kinds, stack effects (for the compiler's depth
//! computation) and cache sizes (for decoding and the disassembler) are all
//! generated from that one list; the eval loop matches on the enum, so the
//! compiler checks that every instruction has exactly one implementation.
//!
//! Encoding: every instruction is one `u32` word, opcode in the low 8 bits and
//! operand in the high 24. Fixed width is what lets a later tier overwrite any
//! instruction in place (with `ENTER_EXECUTOR`) and restore it. Jump operands
//! are absolute word indices. `JUMP_BACKWARD` and `RESUME` are followed by
//! one cache word, a per-instruction execution counter (the hot-spot counter
//! of the optimizer API); `LOAD_GLOBAL` and `STORE_GLOBAL` by one word naming their
//! global-cache slot, `LOAD_METHOD` by one naming its method-cache slot.

/// What an instruction's operand means (for the disassembler).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OperandKind {
    /// No operand.
    None,
    /// An index into the constants.
    Const,
    /// An index into the fast locals.
    Local,
    /// An index into cells and free variables (after the fast locals).
    Deref,
    /// An index into the names.
    Name,
    /// An absolute jump target.
    Jump,
    /// A count or small integer.
    Count,
    /// A binary operator ([`crate::bytecode::operand::BinOp`]).
    BinOp,
    /// A comparison ([`crate::bytecode::operand::CmpOp`]).
    CmpOp,
    /// Flags interpreted by the instruction.
    Flags,
    /// Two fast locals, `a | b << 12` (superinstructions).
    LocalPair,
    /// A fast local and a constant, `local | const << 12`.
    LocalConst,
    /// A comparison, a jump sense and a target: `cmp | if_true << 3 | target << 4`.
    CmpJump,
    /// A slot of the code's executor table (`ENTER_EXECUTOR`, which only
    /// the VM writes, never the compiler).
    Executor,
}

/// Largest local or constant index a superinstruction operand can hold.
pub const MAX_PAIR_INDEX: u32 = (1 << 12) - 1;

/// Invokes `$m!` with the instruction list:
/// `NAME(OperandKind, cache_words) |arg, jump| (pops, pushes);`
/// where `jump` is true for the effect when a conditional jump is taken.
#[macro_export]
macro_rules! for_each_instruction {
    ($m:ident) => {
        $m! {
            // What instrumented code traps to (`instrument.rs`); the
            // compiler never emits it.
            TRACE(None, 0) |_a, _j| (0, 0);
            NOP(None, 0) |_a, _j| (0, 0);
            // Where a frame starts (0) or resumes after a `yield` (1) or a
            // `yield from`'s yield (2); its cache word is the hot-spot
            // counter of function entries and resumptions.
            RESUME(Flags, 1) |_a, _j| (0, 0);
            POP_TOP(None, 0) |_a, _j| (1, 0);
            PUSH_NULL(None, 0) |_a, _j| (0, 1);
            COPY(Count, 0) |a, _j| (a, a + 1);
            SWAP(Count, 0) |a, _j| (a, a);
            LOAD_CONST(Const, 0) |_a, _j| (0, 1);
            LOAD_FAST(Local, 0) |_a, _j| (0, 1);
            STORE_FAST(Local, 0) |_a, _j| (1, 0);
            DELETE_FAST(Local, 0) |_a, _j| (0, 0);
            LOAD_DEREF(Deref, 0) |_a, _j| (0, 1);
            STORE_DEREF(Deref, 0) |_a, _j| (1, 0);
            DELETE_DEREF(Deref, 0) |_a, _j| (0, 0);
            LOAD_CLOSURE(Deref, 0) |_a, _j| (0, 1);
            LOAD_GLOBAL(Name, 1) |_a, _j| (0, 1);
            STORE_GLOBAL(Name, 1) |_a, _j| (1, 0);
            DELETE_GLOBAL(Name, 0) |_a, _j| (0, 0);
            LOAD_ATTR(Name, 1) |_a, _j| (1, 1);
            STORE_ATTR(Name, 1) |_a, _j| (2, 0);
            DELETE_ATTR(Name, 0) |_a, _j| (1, 0);
            LOAD_METHOD(Name, 2) |_a, _j| (1, 2);
            CALL(Count, 0) |a, _j| (a + 2, 1);
            CALL_KW(Count, 0) |a, _j| (a + 3, 1);
            CALL_EX(Flags, 0) |a, _j| (3 + (a & 1), 1);
            BINARY_OP(BinOp, 0) |_a, _j| (2, 1);
            COMPARE_OP(CmpOp, 0) |_a, _j| (2, 1);
            IS_OP(Flags, 0) |_a, _j| (2, 1);
            CONTAINS_OP(Flags, 0) |_a, _j| (2, 1);
            UNARY_NEGATIVE(None, 0) |_a, _j| (1, 1);
            UNARY_POSITIVE(None, 0) |_a, _j| (1, 1);
            UNARY_NOT(None, 0) |_a, _j| (1, 1);
            UNARY_INVERT(None, 0) |_a, _j| (1, 1);
            BINARY_SUBSCR(None, 0) |_a, _j| (2, 1);
            STORE_SUBSCR(None, 0) |_a, _j| (3, 0);
            DELETE_SUBSCR(None, 0) |_a, _j| (2, 0);
            BINARY_SLICE(None, 0) |_a, _j| (3, 1);
            STORE_SLICE(None, 0) |_a, _j| (4, 0);
            BUILD_SLICE(Count, 0) |a, _j| (a, 1);
            BUILD_TUPLE(Count, 0) |a, _j| (a, 1);
            BUILD_LIST(Count, 0) |a, _j| (a, 1);
            BUILD_SET(Count, 0) |a, _j| (a, 1);
            BUILD_MAP(Count, 0) |a, _j| (2 * a, 1);
            BUILD_STRING(Count, 0) |a, _j| (a, 1);
            LIST_APPEND(Count, 0) |_a, _j| (1, 0);
            SET_ADD(Count, 0) |_a, _j| (1, 0);
            MAP_ADD(Count, 0) |_a, _j| (2, 0);
            LIST_EXTEND(Count, 0) |_a, _j| (1, 0);
            SET_UPDATE(Count, 0) |_a, _j| (1, 0);
            DICT_UPDATE(Count, 0) |_a, _j| (1, 0);
            DICT_MERGE(Count, 0) |_a, _j| (1, 0);
            LIST_TO_TUPLE(None, 0) |_a, _j| (1, 1);
            FORMAT_VALUE(Flags, 0) |a, _j| (1 + ((a >> 2) & 1), 1);
            UNPACK_SEQUENCE(Count, 0) |a, _j| (1, a);
            UNPACK_EX(Count, 0) |a, _j| (1, (a & 0xff) + (a >> 8) + 1);
            GET_ITER(None, 0) |_a, _j| (1, 1);
            FOR_ITER(Jump, 0) |_a, j| if j { (1, 0) } else { (1, 2) };
            JUMP_FORWARD(Jump, 0) |_a, _j| (0, 0);
            JUMP_BACKWARD(Jump, 1) |_a, _j| (0, 0);
            POP_JUMP_IF_FALSE(Jump, 0) |_a, _j| (1, 0);
            POP_JUMP_IF_TRUE(Jump, 0) |_a, _j| (1, 0);
            JUMP_IF_FALSE_OR_POP(Jump, 0) |_a, j| if j { (1, 1) } else { (1, 0) };
            JUMP_IF_TRUE_OR_POP(Jump, 0) |_a, j| if j { (1, 1) } else { (1, 0) };
            RETURN_VALUE(None, 0) |_a, _j| (1, 0);
            MAKE_FUNCTION(Flags, 0) |a, _j| (1 + (a & 1) + ((a >> 1) & 1) + ((a >> 2) & 1) + ((a >> 3) & 1), 1);
            RAISE_VARARGS(Count, 0) |a, _j| (a, 0);
            // RERAISE 1: the frame keeps the line the exception was first
            // raised at (a trace 'return' event reports it).
            RERAISE(Flags, 0) |_a, _j| (1, 0);
            PUSH_EXC_INFO(None, 0) |_a, _j| (1, 2);
            POP_EXCEPT(None, 0) |_a, _j| (1, 0);
            CHECK_EXC_MATCH(None, 0) |_a, _j| (2, 2);
            LOAD_ASSERTION_ERROR(None, 0) |_a, _j| (0, 1);
            IMPORT_NAME(Name, 0) |_a, _j| (2, 1);
            IMPORT_STAR(None, 0) |_a, _j| (1, 0);
            IMPORT_FROM(Name, 0) |_a, _j| (1, 2);
            YIELD_VALUE(None, 0) |_a, _j| (1, 1);
            LOAD_FAST_LOAD_FAST(LocalPair, 0) |_a, _j| (0, 2);
            LOAD_FAST_LOAD_CONST(LocalConst, 0) |_a, _j| (0, 2);
            STORE_FAST_LOAD_FAST(LocalPair, 0) |_a, _j| (1, 1);
            LOAD_GLOBAL_PUSH_NULL(Name, 1) |_a, _j| (0, 2);
            COMPARE_AND_JUMP(CmpJump, 0) |_a, _j| (2, 0);
            LOAD_NAME(Name, 0) |_a, _j| (0, 1);
            STORE_NAME(Name, 0) |_a, _j| (1, 0);
            DELETE_NAME(Name, 0) |_a, _j| (0, 0);
            LOAD_BUILD_CLASS(None, 0) |_a, _j| (0, 1);
            BEFORE_WITH(None, 0) |_a, _j| (1, 2);
            WITH_EXCEPT_START(None, 0) |_a, _j| (0, 1);
            GET_YIELD_FROM_ITER(None, 0) |_a, _j| (1, 1);
            SEND(Jump, 0) |_a, j| if j { (2, 1) } else { (2, 2) };
            ENTER_EXECUTOR(Executor, 0) |_a, _j| (0, 0);
            SETUP_ANNOTATIONS(None, 0) |_a, _j| (0, 0);
        }
    };
}

macro_rules! define_opcodes {
    ($( $name:ident($kind:ident, $cache:literal) |$a:ident, $j:ident| $effect:expr; )*) => {
        /// An opcode.
        #[allow(non_camel_case_types, clippy::upper_case_acronyms)]
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        #[repr(u8)]
        pub enum Opcode {
            $(
                #[doc = concat!("`", stringify!($name), "`.")]
                $name,
            )*
        }

        /// Every opcode, indexed by its byte.
        pub const OPCODES: &[Opcode] = &[$(Opcode::$name),*];

        impl Opcode {
            /// The instruction's name as the disassembler prints it.
            pub const fn name(self) -> &'static str {
                match self {
                    $(Opcode::$name => stringify!($name),)*
                }
            }

            /// What the operand means.
            pub const fn operand(self) -> OperandKind {
                match self {
                    $(Opcode::$name => OperandKind::$kind,)*
                }
            }

            /// Inline cache words that follow the instruction.
            pub const fn cache_words(self) -> usize {
                match self {
                    $(Opcode::$name => $cache,)*
                }
            }

            /// `(pops, pushes)` for operand `arg`; `jump` selects the effect
            /// when a conditional jump is taken.
            #[allow(unused_variables)]
            pub fn stack_effect(self, arg: u32, jump: bool) -> (u32, u32) {
                match self {
                    $(Opcode::$name => { let $a = arg; let $j = jump; $effect })*
                }
            }
        }
    };
}

for_each_instruction!(define_opcodes);

impl Opcode {
    /// Decodes an opcode byte.
    #[inline(always)]
    pub fn from_byte(b: u8) -> Option<Opcode> {
        if (b as usize) < OPCODES.len() {
            // SAFETY: `Opcode` is `repr(u8)` with discriminants 0..N in
            // declaration order (the test `every_opcode_round_trips` checks
            // `OPCODES[i] as usize == i`), and `b < N`.
            Some(unsafe { std::mem::transmute::<u8, Opcode>(b) })
        } else {
            None
        }
    }

    /// The opcode of an instruction word's low byte, without the range check.
    ///
    /// # Safety
    /// `b` must be a valid opcode: true of every word the compiler emits
    /// and the VM writes back.
    #[inline(always)]
    pub(crate) unsafe fn from_byte_unchecked(b: u8) -> Opcode {
        debug_assert!((b as usize) < OPCODES.len());
        // SAFETY: `Opcode` is `repr(u8)` with discriminants 0..N (see
        // `from_byte`), and the caller guarantees `b < N`.
        unsafe { std::mem::transmute::<u8, Opcode>(b) }
    }

    /// True for instructions whose operand holds a jump target.
    pub fn is_jump(self) -> bool {
        matches!(self.operand(), OperandKind::Jump | OperandKind::CmpJump)
    }

    /// The jump target encoded in `arg`, for jump instructions.
    pub fn jump_target(self, arg: u32) -> Option<u32> {
        match self.operand() {
            OperandKind::Jump => Some(arg),
            OperandKind::CmpJump => Some(arg >> 4),
            _ => None,
        }
    }

    /// `arg` with its jump target replaced by `target`.
    pub fn with_jump_target(self, arg: u32, target: u32) -> u32 {
        match self.operand() {
            OperandKind::CmpJump => (arg & 0xf) | (target << 4),
            _ => target,
        }
    }

    /// True for the instructions followed by a hot-spot counter
    /// ([`crate::support::backoff`]): back edges, function entries and resumptions.
    pub fn has_hot_counter(self) -> bool {
        matches!(self, Opcode::JUMP_BACKWARD | Opcode::RESUME)
    }

    /// True if execution never falls through to the next instruction.
    pub fn is_terminal(self) -> bool {
        matches!(
            self,
            Opcode::JUMP_FORWARD
                | Opcode::JUMP_BACKWARD
                | Opcode::RETURN_VALUE
                | Opcode::RAISE_VARARGS
                | Opcode::RERAISE
        )
    }
}

/// Largest operand an instruction word can carry.
pub const MAX_OPERAND: u32 = (1 << 24) - 1;

/// Packs an instruction word.
#[inline(always)]
pub const fn encode(op: Opcode, arg: u32) -> u32 {
    (op as u32) | (arg << 8)
}

/// Unpacks an instruction word; `None` for an unknown opcode byte.
#[inline(always)]
pub fn decode(word: u32) -> Option<(Opcode, u32)> {
    Opcode::from_byte(word as u8).map(|op| (op, word >> 8))
}

/// A bitset of the words of `instrs` that start an instruction (the others
/// are cache words), so that an executor's exit can be checked in O(1).
pub fn instruction_starts(instrs: &[u32]) -> Box<[u64]> {
    let mut bits = vec![0u64; instrs.len().div_ceil(64)].into_boxed_slice();
    let mut pc = 0;
    while pc < instrs.len() {
        bits[pc / 64] |= 1 << (pc % 64);
        pc += 1 + decode(instrs[pc]).map_or(0, |(op, _)| op.cache_words());
    }
    bits
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_opcode_round_trips() {
        for (i, &op) in OPCODES.iter().enumerate() {
            assert_eq!(op as usize, i);
            let w = encode(op, MAX_OPERAND);
            assert_eq!(decode(w), Some((op, MAX_OPERAND)));
            assert!(!op.name().is_empty());
        }
        assert!(OPCODES.len() < 256);
    }

    #[test]
    fn stack_effects() {
        assert_eq!(Opcode::CALL.stack_effect(3, false), (5, 1));
        assert_eq!(Opcode::FOR_ITER.stack_effect(0, true), (1, 0));
        assert_eq!(Opcode::FOR_ITER.stack_effect(0, false), (1, 2));
        assert_eq!(Opcode::UNPACK_EX.stack_effect(2 | (1 << 8), false), (1, 4));
        assert_eq!(Opcode::MAKE_FUNCTION.stack_effect(0b111, false), (4, 1));
    }
}
