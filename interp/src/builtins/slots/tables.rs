//! Which slot wrappers each builtin type owns: CPython 3.11's own
//! `wrapper_descriptor`s per type (inherited ones come from the base).

use super::{slot_table, Slot};
use crate::object::types::{self, TypeKind, TypeObj};
use crate::object::StaticObj;

slot_table!(OBJECT_SLOTS: OBJECT as OBJECT => [
    Eq, Ne, Lt, Le, Gt, Ge, Hash, Format, InitSubclass, SubclassHook, ReduceEx, Reduce, Dir,
]);
slot_table!(INT_SLOTS: INT as INT => [
    Add, Sub, Mul, TrueDiv, FloorDiv, Mod, Pow, LShift, RShift, And, Or, Xor,
    RAdd, RSub, RMul, RTrueDiv, RFloorDiv, RMod, RPow, RLShift, RRShift, RAnd, ROr, RXor,
    DivMod, RDivMod, Lt, Le, Eq, Ne, Gt, Ge, Neg, Pos, Abs, Invert, Bool, Int, Float, Index,
    Round, Trunc, Floor, Ceil, Hash, Repr, Format,
]);
slot_table!(BOOL_SLOTS: BOOL as BOOL => [And, Or, Xor, RAnd, ROr, RXor, Repr]);
slot_table!(FLOAT_SLOTS: FLOAT as FLOAT => [
    Add, Sub, Mul, TrueDiv, FloorDiv, Mod, Pow, RAdd, RSub, RMul, RTrueDiv, RFloorDiv, RMod,
    RPow, DivMod, RDivMod, Lt, Le, Eq, Ne, Gt, Ge, Neg, Pos, Abs, Bool, Int, Float, Round,
    Trunc, Floor, Ceil, Hash, Repr, Format,
]);
slot_table!(STR_SLOTS: STR as STR => [
    Add, Mul, RMul, Mod, Lt, Le, Eq, Ne, Gt, Ge, Len, Iter, Contains, GetItem, Hash, Repr, Str,
    Format,
]);
slot_table!(BYTES_SLOTS: BYTES as BYTES => [
    Add, Mul, RMul, Mod, Lt, Le, Eq, Ne, Gt, Ge, Len, Iter, Contains, GetItem, Hash, Repr, Str,
]);
slot_table!(TUPLE_SLOTS: TUPLE as TUPLE => [
    Add, Mul, RMul, Lt, Le, Eq, Ne, Gt, Ge, Len, Iter, Contains, GetItem, Hash, Repr,
]);
slot_table!(LIST_SLOTS: LIST as LIST => [
    Add, Mul, RMul, IAdd, IMul, Lt, Le, Eq, Ne, Gt, Ge, Len, Iter, Reversed, Contains, GetItem,
    SetItem, DelItem, Repr,
]);
slot_table!(DICT_SLOTS: DICT as DICT => [
    Or, ROr, IOr, Lt, Le, Eq, Ne, Gt, Ge, Len, Iter, Reversed, Contains, GetItem, SetItem,
    DelItem, Repr,
]);
slot_table!(SET_SLOTS: SET as SET => [
    And, Or, Sub, Xor, RAnd, ROr, RSub, RXor, IAnd, IOr, ISub, IXor, Lt, Le, Eq, Ne, Gt, Ge,
    Len, Iter, Contains, Repr,
]);
slot_table!(FROZENSET_SLOTS: FROZENSET as FROZENSET => [
    And, Or, Sub, Xor, RAnd, ROr, RSub, RXor, Lt, Le, Eq, Ne, Gt, Ge, Len, Iter, Contains, Hash,
    Repr,
]);
slot_table!(RANGE_SLOTS: RANGE as RANGE => [
    Lt, Le, Eq, Ne, Gt, Ge, Bool, Len, Iter, Reversed, Contains, GetItem, Hash, Repr,
]);
slot_table!(NONE_SLOTS: NONE_TYPE as NONE => [Bool, Repr]);
slot_table!(DICT_KEYS_SLOTS: DICT_KEYS as VIEW => [
    And, Or, Sub, Xor, RAnd, ROr, RSub, RXor, Lt, Le, Eq, Ne, Gt, Ge, Len, Iter, Reversed,
    Contains, Repr,
]);
slot_table!(DICT_ITEMS_SLOTS: DICT_ITEMS as VIEW => [
    And, Or, Sub, Xor, RAnd, ROr, RSub, RXor, Lt, Le, Eq, Ne, Gt, Ge, Len, Iter, Reversed,
    Contains, Repr,
]);
slot_table!(DICT_VALUES_SLOTS: DICT_VALUES as VIEW => [Len, Iter, Reversed, Repr]);
slot_table!(FUNCTION_SLOTS: FUNCTION as OTHER => [Call, Get, Repr]);
slot_table!(BUILTIN_SLOTS: BUILTIN as OTHER => [Call, Repr]);
slot_table!(METHOD_SLOTS: METHOD as OTHER => [Call, Get, Repr]);
slot_table!(TYPE_SLOTS: TYPE as OTHER => [Call, Repr]);
slot_table!(CLASSMETHOD_SLOTS: CLASSMETHOD as OTHER => [Get]);
slot_table!(STATICMETHOD_SLOTS: STATICMETHOD as OTHER => [Call, Get]);
slot_table!(PROPERTY_SLOTS: PROPERTY as OTHER => [Get, Set, Delete]);
slot_table!(MEMBER_SLOTS: MEMBER_DESCRIPTOR as OTHER => [Get, Set, Delete, Repr]);
slot_table!(GENERATOR_SLOTS: GENERATOR as ITER => [Iter, Next, Repr]);

/// Iterator types: `__iter__` and `__next__`, each table naming its type.
macro_rules! iter_tables {
    ($($table:ident: $ty:ident,)*) => {
        $(slot_table!($table: $ty as ITER => [Iter, Next]);)*

        fn iter_table(t: &TypeObj) -> &'static [StaticObj] {
            $(if std::ptr::eq(t, &types::$ty) {
                return &$table;
            })*
            &[]
        }
    };
}

iter_tables! {
    LIST_ITER_SLOTS: LIST_ITER,
    TUPLE_ITER_SLOTS: TUPLE_ITER,
    STR_ITER_SLOTS: STR_ITER,
    BYTES_ITER_SLOTS: BYTES_ITER,
    RANGE_ITER_SLOTS: RANGE_ITER,
    DICT_KEY_ITER_SLOTS: DICT_KEY_ITER,
    DICT_VALUE_ITER_SLOTS: DICT_VALUE_ITER,
    DICT_ITEM_ITER_SLOTS: DICT_ITEM_ITER,
    SET_ITER_SLOTS: SET_ITER,
    SEQ_ITER_SLOTS: SEQ_ITER,
    CALLABLE_ITER_SLOTS: CALLABLE_ITER,
    ENUMERATE_SLOTS: ENUMERATE,
    ZIP_SLOTS: ZIP,
    MAP_SLOTS: MAP,
    FILTER_SLOTS: FILTER,
    REVERSED_SLOTS: REVERSED,
    LIST_REVERSE_ITER_SLOTS: LIST_REVERSE_ITER,
}

/// The slot wrappers `t` itself defines (not its bases').
pub(crate) fn table_of(t: &TypeObj) -> &'static [StaticObj] {
    match t.kind {
        TypeKind::Object => &OBJECT_SLOTS,
        TypeKind::Int => &INT_SLOTS,
        TypeKind::Bool => &BOOL_SLOTS,
        TypeKind::Float => &FLOAT_SLOTS,
        TypeKind::Str => &STR_SLOTS,
        TypeKind::Bytes => &BYTES_SLOTS,
        TypeKind::Tuple => &TUPLE_SLOTS,
        TypeKind::List => &LIST_SLOTS,
        TypeKind::Dict => &DICT_SLOTS,
        TypeKind::Set => &SET_SLOTS,
        TypeKind::FrozenSet => &FROZENSET_SLOTS,
        TypeKind::Range => &RANGE_SLOTS,
        TypeKind::NoneType => &NONE_SLOTS,
        TypeKind::Function => &FUNCTION_SLOTS,
        TypeKind::Builtin => &BUILTIN_SLOTS,
        TypeKind::Method => &METHOD_SLOTS,
        TypeKind::Type => &TYPE_SLOTS,
        TypeKind::ClassMethod => &CLASSMETHOD_SLOTS,
        TypeKind::StaticMethod => &STATICMETHOD_SLOTS,
        TypeKind::Property => &PROPERTY_SLOTS,
        TypeKind::Member => &MEMBER_SLOTS,
        TypeKind::Generator => &GENERATOR_SLOTS,
        TypeKind::DictView if std::ptr::eq(t, &types::DICT_KEYS) => &DICT_KEYS_SLOTS,
        TypeKind::DictView if std::ptr::eq(t, &types::DICT_ITEMS) => &DICT_ITEMS_SLOTS,
        TypeKind::DictView => &DICT_VALUES_SLOTS,
        TypeKind::Iterator | TypeKind::IterCtor => iter_table(t),
        _ => &[],
    }
}
