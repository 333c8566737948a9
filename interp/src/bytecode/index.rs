//! Typed indices into a code object's tables, in `cranelift-entity`'s style:
//! a `u32` newtype per table, so that an instruction index cannot be used
//! as a constant index by mistake, and a table indexed by one
//! (`PrimaryMap<ConstIndex, _>`) accepts only that one. Operands are decoded
//! into them where an instruction names a table entry.

use cranelift_entity::entity_impl;

/// An instruction's index in its code's instruction words.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct InstrIndex(u32);
entity_impl!(InstrIndex, "instr");

/// A constant's index in [`Code::consts`](crate::bytecode::code::Code::consts)
/// (the operand of `LOAD_CONST`).
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ConstIndex(u32);
entity_impl!(ConstIndex, "const");

/// A name's index in [`Code::names`](crate::bytecode::code::Code::names)
/// (the operand of `LOAD_GLOBAL`, `LOAD_ATTR`, `STORE_NAME`, ...).
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct NameIndex(u32);
entity_impl!(NameIndex, "name");

/// A frame's local slot: fast locals, then cells, then free variables (the
/// operand of `LOAD_FAST`, `STORE_FAST`, `LOAD_DEREF`, ...).
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct LocalIndex(u32);
entity_impl!(LocalIndex, "local");

/// What an instruction's operand is made from: a typed index, or a plain
/// count, flag word or jump target.
pub trait Operand: Copy {
    /// The operand word.
    fn operand(self) -> u32;
}

impl Operand for u32 {
    fn operand(self) -> u32 {
        self
    }
}

macro_rules! index_operand {
    ($($t:ty),*) => {$(
        impl Operand for $t {
            fn operand(self) -> u32 {
                self.as_u32()
            }
        }
    )*};
}
index_operand!(InstrIndex, ConstIndex, NameIndex, LocalIndex);

#[cfg(test)]
mod tests {
    use super::*;
    use cranelift_entity::{EntityRef, PrimaryMap};

    #[test]
    fn indices_round_trip_and_key_their_own_table() {
        let i = InstrIndex::from_u32(7);
        assert_eq!((i.as_u32(), i.index()), (7, 7));
        assert_eq!(format!("{i} {:?}", ConstIndex::new(3)), "instr7 const3");
        let mut consts: PrimaryMap<ConstIndex, &str> = PrimaryMap::new();
        let a = consts.push("a");
        let b = consts.push("b");
        assert_eq!((consts[a], consts[b], b.index()), ("a", "b", 1));
    }
}
