//! Slot wrappers: the special methods builtin types expose for their
//! native operations (`int.__add__`, `list.__iadd__`, `object.__eq__`,
//! `iter([]).__next__`...), CPython's `wrapper_descriptor`s.
//!
//! The interpreter never calls these to run an operator: `a + b` on builtin
//! values goes straight to the builtin operation, and the special-method
//! dispatch of user classes (`protocol::special`) skips builtin callables.
//! They exist for code that names them: explicit calls, `super().__eq__(o)`
//! in a subclass, `__hash__ = object.__hash__`, `hasattr(x, '__iter__')`.
//!
//! Each wrapper checks its receiver against the type that owns it, unwraps
//! an instance of a subclass to its builtin data, and applies the builtin
//! operation to plain values, so no user-defined method of the receiver
//! runs. An operand the builtin does not handle gives `NotImplemented`, as
//! CPython's slots do. The tables are built once, by [`slot_table!`], from
//! the [`Slot`] each entry names; `run` holds every slot's semantics.

mod run;
mod tables;

pub(crate) use run::unpack_count;
pub(crate) use tables::table_of;

/// Which builtin type family a wrapper belongs to: decides the receiver
/// check and which other operands its binary slots accept.
pub(crate) mod family {
    pub const OBJECT: u8 = 0;
    pub const INT: u8 = 1;
    pub const BOOL: u8 = 2;
    pub const FLOAT: u8 = 3;
    pub const STR: u8 = 4;
    pub const BYTES: u8 = 5;
    pub const TUPLE: u8 = 6;
    pub const LIST: u8 = 7;
    pub const DICT: u8 = 8;
    pub const SET: u8 = 9;
    pub const FROZENSET: u8 = 10;
    pub const RANGE: u8 = 11;
    pub const ITER: u8 = 12;
    pub const VIEW: u8 = 13;
    pub const NONE: u8 = 14;
    /// Callables and descriptors (`function`, `type`, `property`...): their
    /// slots check the receiver themselves.
    pub const OTHER: u8 = 15;
}

macro_rules! slots {
    ($($variant:ident = $name:literal,)*) => {
        /// One special method a builtin type can expose.
        #[derive(Clone, Copy, PartialEq, Eq, Debug)]
        #[repr(u16)]
        pub(crate) enum Slot {
            $(
                #[doc = concat!("`", $name, "`")]
                $variant,
            )*
        }

        impl Slot {
            const ALL: &'static [Slot] = &[$(Slot::$variant),*];

            /// The Python name.
            pub(crate) const fn name(self) -> &'static str {
                match self {
                    $(Slot::$variant => $name,)*
                }
            }

            fn from_u16(n: u16) -> Slot {
                Slot::ALL[n as usize]
            }
        }
    };
}

slots! {
    Add = "__add__", Sub = "__sub__", Mul = "__mul__", TrueDiv = "__truediv__",
    FloorDiv = "__floordiv__", Mod = "__mod__", Pow = "__pow__", LShift = "__lshift__",
    RShift = "__rshift__", And = "__and__", Or = "__or__", Xor = "__xor__",
    RAdd = "__radd__", RSub = "__rsub__", RMul = "__rmul__", RTrueDiv = "__rtruediv__",
    RFloorDiv = "__rfloordiv__", RMod = "__rmod__", RPow = "__rpow__",
    RLShift = "__rlshift__", RRShift = "__rrshift__", RAnd = "__rand__", ROr = "__ror__",
    RXor = "__rxor__",
    IAdd = "__iadd__", IMul = "__imul__", IAnd = "__iand__", IOr = "__ior__",
    ISub = "__isub__", IXor = "__ixor__",
    DivMod = "__divmod__", RDivMod = "__rdivmod__",
    Lt = "__lt__", Le = "__le__", Eq = "__eq__", Ne = "__ne__", Gt = "__gt__", Ge = "__ge__",
    Neg = "__neg__", Pos = "__pos__", Abs = "__abs__", Invert = "__invert__",
    Bool = "__bool__", Int = "__int__", Float = "__float__", Index = "__index__",
    Round = "__round__", Trunc = "__trunc__", Floor = "__floor__", Ceil = "__ceil__",
    Hash = "__hash__", Repr = "__repr__", Str = "__str__", Format = "__format__",
    Len = "__len__", Iter = "__iter__", Next = "__next__", Reversed = "__reversed__",
    Contains = "__contains__", GetItem = "__getitem__", SetItem = "__setitem__",
    DelItem = "__delitem__",
    Call = "__call__", Get = "__get__", Set = "__set__", Delete = "__delete__",
    InitSubclass = "__init_subclass__", SubclassHook = "__subclasshook__",
    ReduceEx = "__reduce_ex__", Reduce = "__reduce__", Dir = "__dir__",
}

impl Slot {
    /// `object.__init_subclass__` and `__subclasshook__` are class methods:
    /// they bind to the class, from an instance too.
    pub(crate) const fn kind(
        self,
        owner: &'static crate::object::types::TypeObj,
    ) -> crate::object::BuiltinKind {
        match self {
            Slot::InitSubclass | Slot::SubclassHook => crate::object::BuiltinKind::ClassMethod,
            _ => crate::object::BuiltinKind::Slot(owner),
        }
    }
}

/// The Rust function behind one table entry: the family and the slot are
/// constants, so every entry is its own `fn` with one shared body.
pub(crate) fn wrapper<const F: u8, const S: u16>(
    vm: &mut crate::vm::Vm,
    args: &[crate::object::value::Value],
    kwargs: &crate::object::KwArgs,
) -> crate::object::error::PyResult<crate::object::value::Value> {
    run::run(vm, F, Slot::from_u16(S), args, kwargs)
}

/// A static table of slot wrappers owned by one builtin type:
/// `slot_table!(INT_SLOTS: INT as INT => [Add, Sub, ...])`.
macro_rules! slot_table {
    ($table:ident: $ty:ident as $fam:ident => [$($slot:ident),* $(,)?]) => {
        pub(crate) static $table: [crate::object::StaticObj; { [$(Slot::$slot),*].len() }] = [$(
            crate::object::StaticObj(crate::object::Obj::immortal(
                crate::object::Payload::Builtin(crate::object::BuiltinObj {
                    def: &crate::object::BuiltinDef {
                        name: Slot::$slot.name(),
                        func: super::wrapper::<{ super::family::$fam }, { Slot::$slot as u16 }>,
                        kind: Slot::$slot.kind(&crate::object::types::$ty),
                    },
                    bound: None,
                }),
            ))
        ),*];
    };
}
pub(crate) use slot_table;
