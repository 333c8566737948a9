//! Builtin type objects.
//!
//! Every builtin type, the exception hierarchy included, is a `static`
//! immortal object built at compile time: start-up costs nothing and all
//! interpreters of the process share them (contract 2). [`type_of`] maps any
//! value to its type.

use crate::builtins::methods;
use crate::object::value::Value;
use crate::object::{Obj, Payload, StaticObj};

/// What a builtin type is, for dispatch that must not compare names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TypeKind {
    /// `object`.
    Object,
    /// `type`.
    Type,
    /// `NoneType`.
    NoneType,
    /// `bool`.
    Bool,
    /// `int`.
    Int,
    /// `float`.
    Float,
    /// `str`.
    Str,
    /// `tuple`.
    Tuple,
    /// `list`.
    List,
    /// `dict`.
    Dict,
    /// `set`.
    Set,
    /// `frozenset`.
    FrozenSet,
    /// `range`.
    Range,
    /// `slice`.
    Slice,
    /// `function`.
    Function,
    /// `builtin_function_or_method`.
    Builtin,
    /// `module`.
    Module,
    /// `code`.
    Code,
    /// `cell`.
    Cell,
    /// `frame`.
    Frame,
    /// A builtin iterator type.
    Iterator,
    /// A dict view type.
    DictView,
    /// `generator`.
    Generator,
    /// `ellipsis`.
    Ellipsis,
    /// `NotImplementedType`.
    NotImplemented,
    /// `enumerate`, `zip`, `map`, `filter`, `reversed`: iterator types that are
    /// also constructors.
    IterCtor,
    /// `BaseException` and its subclasses.
    Exception,
    /// The internal NULL marker's type; never visible to Python.
    Null,
    /// `method` (a bound method).
    Method,
    /// `staticmethod`.
    StaticMethod,
    /// `classmethod`.
    ClassMethod,
    /// `property`.
    Property,
    /// `member_descriptor` (a `__slots__` entry).
    Member,
    /// `super`.
    Super,
    /// `bytes`.
    Bytes,
    /// An opaque native handle.
    Handle,
}

/// A builtin type.
pub struct TypeObj {
    /// `__name__`.
    pub name: &'static str,
    /// The base type (`object` has none).
    pub base: Option<&'static TypeObj>,
    /// What kind of builtin type.
    pub kind: TypeKind,
    /// The immortal object that is this type.
    pub this: &'static StaticObj,
    /// Methods, looked up by name.
    pub methods: &'static [StaticObj],
    /// Calling the type (CPython's `tp_new` and `tp_init` in one): every
    /// builtin type has `builtins::construct`, which dispatches on `kind`.
    pub new: Constructor,
}

/// What calling a builtin type runs.
pub type Constructor = fn(
    &mut crate::vm::Vm,
    &'static TypeObj,
    &[Value],
    &crate::object::KwArgs,
) -> crate::object::error::PyResult<Value>;

impl TypeObj {
    /// A new reference to this type as a value.
    pub fn value(&'static self) -> Value {
        self.this.value()
    }

    /// True if `self` is `other` or derives from it.
    pub fn is_subtype(&self, other: &TypeObj) -> bool {
        let mut t = Some(self);
        while let Some(ty) = t {
            if std::ptr::eq(ty, other) {
                return true;
            }
            t = ty.base;
        }
        false
    }

    /// Finds a method along the base chain.
    pub fn lookup_method(&self, name: &str) -> Option<&'static StaticObj> {
        let mut t = Some(self);
        while let Some(ty) = t {
            if let Some(m) = ty.own_method(name) {
                return Some(m);
            }
            t = ty.base;
        }
        None
    }

    /// A method this type itself defines (not a base): its method table,
    /// then the slot wrappers of its native operations (`__add__`...).
    pub fn own_method(&self, name: &str) -> Option<&'static StaticObj> {
        let find = |table: &'static [StaticObj]| {
            table.iter().find(|m| match &m.0.payload {
                Payload::Builtin(b) => b.def.name == name,
                _ => false,
            })
        };
        find(self.methods).or_else(|| {
            // Only dunder names are slots: skip the table for the rest.
            if name.starts_with("__") {
                find(crate::builtins::slots::table_of(self))
            } else {
                None
            }
        })
    }

    /// Every method name this type itself defines, slots included.
    pub fn own_method_names(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.methods
            .iter()
            .chain(crate::builtins::slots::table_of(self).iter())
            .filter_map(|m| match &m.0.payload {
                Payload::Builtin(b) => Some(b.def.name),
                _ => None,
            })
    }

    /// The method resolution order, for `__mro__`.
    pub fn mro(&'static self) -> Vec<&'static TypeObj> {
        let mut out = Vec::new();
        let mut t = Some(self);
        while let Some(ty) = t {
            out.push(ty);
            t = ty.base;
        }
        out
    }
}

macro_rules! builtin_types {
    ($( $obj:ident / $def:ident = $name:literal : $base:expr, $kind:ident, $methods:expr; )*) => {
        $(
            #[doc = concat!("The `", $name, "` type object.")]
            pub static $obj: StaticObj = StaticObj(Obj::immortal(Payload::Type(&$def)));
            #[doc = concat!("The `", $name, "` type.")]
            pub static $def: TypeObj = TypeObj {
                name: $name,
                base: $base,
                kind: TypeKind::$kind,
                this: &$obj,
                methods: $methods,
                new: crate::builtins::construct,
            };
        )*
    };
}

const NO_METHODS: &[StaticObj] = &[];

builtin_types! {
    OBJECT_TYPE / OBJECT = "object": None, Object, &methods::OBJECT_METHODS;
    TYPE_TYPE / TYPE = "type": Some(&OBJECT), Type, &methods::TYPE_METHODS;
    NONE_TYPE_TYPE / NONE_TYPE = "NoneType": Some(&OBJECT), NoneType, NO_METHODS;
    INT_TYPE / INT = "int": Some(&OBJECT), Int, &methods::INT_METHODS;
    BOOL_TYPE / BOOL = "bool": Some(&INT), Bool, NO_METHODS;
    FLOAT_TYPE / FLOAT = "float": Some(&OBJECT), Float, &methods::FLOAT_METHODS;
    STR_TYPE / STR = "str": Some(&OBJECT), Str, &methods::STR_METHODS;
    TUPLE_TYPE / TUPLE = "tuple": Some(&OBJECT), Tuple, &methods::TUPLE_METHODS;
    LIST_TYPE / LIST = "list": Some(&OBJECT), List, &methods::LIST_METHODS;
    DICT_TYPE / DICT = "dict": Some(&OBJECT), Dict, &methods::DICT_METHODS;
    SET_TYPE / SET = "set": Some(&OBJECT), Set, &methods::SET_METHODS;
    FROZENSET_TYPE / FROZENSET = "frozenset": Some(&OBJECT), FrozenSet, &methods::FROZENSET_METHODS;
    RANGE_TYPE / RANGE = "range": Some(&OBJECT), Range, &methods::RANGE_METHODS;
    SLICE_TYPE / SLICE = "slice": Some(&OBJECT), Slice, &methods::SLICE_METHODS;
    FUNCTION_TYPE / FUNCTION = "function": Some(&OBJECT), Function, NO_METHODS;
    BUILTIN_TYPE / BUILTIN = "builtin_function_or_method": Some(&OBJECT), Builtin, NO_METHODS;
    METHOD_DESCRIPTOR_TYPE / METHOD_DESCRIPTOR = "method_descriptor": Some(&OBJECT), Builtin, NO_METHODS;
    WRAPPER_DESCRIPTOR_TYPE / WRAPPER_DESCRIPTOR = "wrapper_descriptor": Some(&OBJECT), Builtin, NO_METHODS;
    METHOD_WRAPPER_TYPE / METHOD_WRAPPER = "method-wrapper": Some(&OBJECT), Builtin, NO_METHODS;
    MODULE_TYPE / MODULE = "module": Some(&OBJECT), Module, NO_METHODS;
    CODE_TYPE / CODE = "code": Some(&OBJECT), Code, NO_METHODS;
    CELL_TYPE / CELL = "cell": Some(&OBJECT), Cell, NO_METHODS;
    FRAME_TYPE / FRAME = "frame": Some(&OBJECT), Frame, NO_METHODS;
    GENERATOR_TYPE / GENERATOR = "generator": Some(&OBJECT), Generator, &methods::GENERATOR_METHODS;
    ELLIPSIS_TYPE / ELLIPSIS = "ellipsis": Some(&OBJECT), Ellipsis, NO_METHODS;
    NOT_IMPLEMENTED_TYPE / NOT_IMPLEMENTED = "NotImplementedType": Some(&OBJECT), NotImplemented, NO_METHODS;
    NULL_TYPE / NULL = "NULL": None, Null, NO_METHODS;
    METHOD_TYPE / METHOD = "method": Some(&OBJECT), Method, NO_METHODS;
    STATICMETHOD_TYPE / STATICMETHOD = "staticmethod": Some(&OBJECT), StaticMethod, NO_METHODS;
    CLASSMETHOD_TYPE / CLASSMETHOD = "classmethod": Some(&OBJECT), ClassMethod, NO_METHODS;
    PROPERTY_TYPE / PROPERTY = "property": Some(&OBJECT), Property, &methods::PROPERTY_METHODS;
    MEMBER_DESCRIPTOR_TYPE / MEMBER_DESCRIPTOR = "member_descriptor": Some(&OBJECT), Member, NO_METHODS;
    SUPER_TYPE / SUPER = "super": Some(&OBJECT), Super, NO_METHODS;
    BYTES_TYPE / BYTES = "bytes": Some(&OBJECT), Bytes, &methods::BYTES_METHODS;
    HANDLE_TYPE / HANDLE = "handle": Some(&OBJECT), Handle, NO_METHODS;
    LIST_ITER_TYPE / LIST_ITER = "list_iterator": Some(&OBJECT), Iterator, NO_METHODS;
    TUPLE_ITER_TYPE / TUPLE_ITER = "tuple_iterator": Some(&OBJECT), Iterator, NO_METHODS;
    STR_ITER_TYPE / STR_ITER = "str_ascii_iterator": Some(&OBJECT), Iterator, NO_METHODS;
    BYTES_ITER_TYPE / BYTES_ITER = "bytes_iterator": Some(&OBJECT), Iterator, NO_METHODS;
    RANGE_ITER_TYPE / RANGE_ITER = "range_iterator": Some(&OBJECT), Iterator, NO_METHODS;
    DICT_KEY_ITER_TYPE / DICT_KEY_ITER = "dict_keyiterator": Some(&OBJECT), Iterator, NO_METHODS;
    DICT_VALUE_ITER_TYPE / DICT_VALUE_ITER = "dict_valueiterator": Some(&OBJECT), Iterator, NO_METHODS;
    DICT_ITEM_ITER_TYPE / DICT_ITEM_ITER = "dict_itemiterator": Some(&OBJECT), Iterator, NO_METHODS;
    SET_ITER_TYPE / SET_ITER = "set_iterator": Some(&OBJECT), Iterator, NO_METHODS;
    SEQ_ITER_TYPE / SEQ_ITER = "iterator": Some(&OBJECT), Iterator, NO_METHODS;
    CALLABLE_ITER_TYPE / CALLABLE_ITER = "callable_iterator": Some(&OBJECT), Iterator, NO_METHODS;
    ENUMERATE_TYPE / ENUMERATE = "enumerate": Some(&OBJECT), IterCtor, NO_METHODS;
    ZIP_TYPE / ZIP = "zip": Some(&OBJECT), IterCtor, NO_METHODS;
    MAP_TYPE / MAP = "map": Some(&OBJECT), IterCtor, NO_METHODS;
    FILTER_TYPE / FILTER = "filter": Some(&OBJECT), IterCtor, NO_METHODS;
    REVERSED_TYPE / REVERSED = "reversed": Some(&OBJECT), IterCtor, NO_METHODS;
    LIST_REVERSE_ITER_TYPE / LIST_REVERSE_ITER = "list_reverseiterator": Some(&OBJECT), Iterator, NO_METHODS;
    DICT_KEYS_TYPE / DICT_KEYS = "dict_keys": Some(&OBJECT), DictView, &methods::DICT_SET_VIEW_METHODS;
    DICT_VALUES_TYPE / DICT_VALUES = "dict_values": Some(&OBJECT), DictView, NO_METHODS;
    DICT_ITEMS_TYPE / DICT_ITEMS = "dict_items": Some(&OBJECT), DictView, &methods::DICT_SET_VIEW_METHODS;

    BASE_EXCEPTION_TYPE / BASE_EXCEPTION = "BaseException": Some(&OBJECT), Exception, &methods::EXCEPTION_METHODS;
    SYSTEM_EXIT_TYPE / SYSTEM_EXIT = "SystemExit": Some(&BASE_EXCEPTION), Exception, NO_METHODS;
    KEYBOARD_INTERRUPT_TYPE / KEYBOARD_INTERRUPT = "KeyboardInterrupt": Some(&BASE_EXCEPTION), Exception, NO_METHODS;
    GENERATOR_EXIT_TYPE / GENERATOR_EXIT = "GeneratorExit": Some(&BASE_EXCEPTION), Exception, NO_METHODS;
    EXCEPTION_TYPE / EXCEPTION = "Exception": Some(&BASE_EXCEPTION), Exception, NO_METHODS;
    ARITHMETIC_ERROR_TYPE / ARITHMETIC_ERROR = "ArithmeticError": Some(&EXCEPTION), Exception, NO_METHODS;
    ZERO_DIVISION_ERROR_TYPE / ZERO_DIVISION_ERROR = "ZeroDivisionError": Some(&ARITHMETIC_ERROR), Exception, NO_METHODS;
    OVERFLOW_ERROR_TYPE / OVERFLOW_ERROR = "OverflowError": Some(&ARITHMETIC_ERROR), Exception, NO_METHODS;
    LOOKUP_ERROR_TYPE / LOOKUP_ERROR = "LookupError": Some(&EXCEPTION), Exception, NO_METHODS;
    KEY_ERROR_TYPE / KEY_ERROR = "KeyError": Some(&LOOKUP_ERROR), Exception, NO_METHODS;
    INDEX_ERROR_TYPE / INDEX_ERROR = "IndexError": Some(&LOOKUP_ERROR), Exception, NO_METHODS;
    VALUE_ERROR_TYPE / VALUE_ERROR = "ValueError": Some(&EXCEPTION), Exception, NO_METHODS;
    TYPE_ERROR_TYPE / TYPE_ERROR = "TypeError": Some(&EXCEPTION), Exception, NO_METHODS;
    ATTRIBUTE_ERROR_TYPE / ATTRIBUTE_ERROR = "AttributeError": Some(&EXCEPTION), Exception, NO_METHODS;
    NAME_ERROR_TYPE / NAME_ERROR = "NameError": Some(&EXCEPTION), Exception, NO_METHODS;
    UNBOUND_LOCAL_ERROR_TYPE / UNBOUND_LOCAL_ERROR = "UnboundLocalError": Some(&NAME_ERROR), Exception, NO_METHODS;
    STOP_ITERATION_TYPE / STOP_ITERATION = "StopIteration": Some(&EXCEPTION), Exception, NO_METHODS;
    RUNTIME_ERROR_TYPE / RUNTIME_ERROR = "RuntimeError": Some(&EXCEPTION), Exception, NO_METHODS;
    RECURSION_ERROR_TYPE / RECURSION_ERROR = "RecursionError": Some(&RUNTIME_ERROR), Exception, NO_METHODS;
    NOT_IMPLEMENTED_ERROR_TYPE / NOT_IMPLEMENTED_ERROR = "NotImplementedError": Some(&RUNTIME_ERROR), Exception, NO_METHODS;
    ASSERTION_ERROR_TYPE / ASSERTION_ERROR = "AssertionError": Some(&EXCEPTION), Exception, NO_METHODS;
    MEMORY_ERROR_TYPE / MEMORY_ERROR = "MemoryError": Some(&EXCEPTION), Exception, NO_METHODS;
    SYSTEM_ERROR_TYPE / SYSTEM_ERROR = "SystemError": Some(&EXCEPTION), Exception, NO_METHODS;
    IMPORT_ERROR_TYPE / IMPORT_ERROR = "ImportError": Some(&EXCEPTION), Exception, NO_METHODS;
    MODULE_NOT_FOUND_ERROR_TYPE / MODULE_NOT_FOUND_ERROR = "ModuleNotFoundError": Some(&IMPORT_ERROR), Exception, NO_METHODS;
    SYNTAX_ERROR_TYPE / SYNTAX_ERROR = "SyntaxError": Some(&EXCEPTION), Exception, NO_METHODS;
    INDENTATION_ERROR_TYPE / INDENTATION_ERROR = "IndentationError": Some(&SYNTAX_ERROR), Exception, NO_METHODS;
    TAB_ERROR_TYPE / TAB_ERROR = "TabError": Some(&INDENTATION_ERROR), Exception, NO_METHODS;
    OS_ERROR_TYPE / OS_ERROR = "OSError": Some(&EXCEPTION), Exception, NO_METHODS;
    UNICODE_ERROR_TYPE / UNICODE_ERROR = "UnicodeError": Some(&VALUE_ERROR), Exception, NO_METHODS;
    UNICODE_DECODE_ERROR_TYPE / UNICODE_DECODE_ERROR = "UnicodeDecodeError": Some(&UNICODE_ERROR), Exception, NO_METHODS;
    UNICODE_ENCODE_ERROR_TYPE / UNICODE_ENCODE_ERROR = "UnicodeEncodeError": Some(&UNICODE_ERROR), Exception, NO_METHODS;
    EOF_ERROR_TYPE / EOF_ERROR = "EOFError": Some(&EXCEPTION), Exception, NO_METHODS;
    FLOATING_POINT_ERROR_TYPE / FLOATING_POINT_ERROR = "FloatingPointError": Some(&ARITHMETIC_ERROR), Exception, NO_METHODS;
    CONNECTION_ERROR_TYPE / CONNECTION_ERROR = "ConnectionError": Some(&OS_ERROR), Exception, NO_METHODS;
    BROKEN_PIPE_ERROR_TYPE / BROKEN_PIPE_ERROR = "BrokenPipeError": Some(&CONNECTION_ERROR), Exception, NO_METHODS;
    FILE_NOT_FOUND_ERROR_TYPE / FILE_NOT_FOUND_ERROR = "FileNotFoundError": Some(&OS_ERROR), Exception, NO_METHODS;
    FILE_EXISTS_ERROR_TYPE / FILE_EXISTS_ERROR = "FileExistsError": Some(&OS_ERROR), Exception, NO_METHODS;
    PERMISSION_ERROR_TYPE / PERMISSION_ERROR = "PermissionError": Some(&OS_ERROR), Exception, NO_METHODS;
    IS_A_DIRECTORY_ERROR_TYPE / IS_A_DIRECTORY_ERROR = "IsADirectoryError": Some(&OS_ERROR), Exception, NO_METHODS;
    NOT_A_DIRECTORY_ERROR_TYPE / NOT_A_DIRECTORY_ERROR = "NotADirectoryError": Some(&OS_ERROR), Exception, NO_METHODS;
    TIMEOUT_ERROR_TYPE / TIMEOUT_ERROR = "TimeoutError": Some(&OS_ERROR), Exception, NO_METHODS;
    WARNING_TYPE / WARNING = "Warning": Some(&EXCEPTION), Exception, NO_METHODS;
    USER_WARNING_TYPE / USER_WARNING = "UserWarning": Some(&WARNING), Exception, NO_METHODS;
    DEPRECATION_WARNING_TYPE / DEPRECATION_WARNING = "DeprecationWarning": Some(&WARNING), Exception, NO_METHODS;
    RUNTIME_WARNING_TYPE / RUNTIME_WARNING = "RuntimeWarning": Some(&WARNING), Exception, NO_METHODS;
}

/// The builtin non-exception types that have methods (for method caches).
pub static BUILTIN_TYPES: &[&TypeObj] = &[
    &INT, &BOOL, &FLOAT, &STR, &BYTES, &TUPLE, &LIST, &DICT, &SET, &FROZENSET, &RANGE, &GENERATOR,
];

/// Exception types visible as builtins, in the order `builtins` lists them.
pub static EXCEPTION_TYPES: &[&TypeObj] = &[
    &BASE_EXCEPTION,
    &SYSTEM_EXIT,
    &KEYBOARD_INTERRUPT,
    &GENERATOR_EXIT,
    &EXCEPTION,
    &ARITHMETIC_ERROR,
    &ZERO_DIVISION_ERROR,
    &OVERFLOW_ERROR,
    &LOOKUP_ERROR,
    &KEY_ERROR,
    &INDEX_ERROR,
    &VALUE_ERROR,
    &TYPE_ERROR,
    &ATTRIBUTE_ERROR,
    &NAME_ERROR,
    &UNBOUND_LOCAL_ERROR,
    &STOP_ITERATION,
    &RUNTIME_ERROR,
    &RECURSION_ERROR,
    &NOT_IMPLEMENTED_ERROR,
    &ASSERTION_ERROR,
    &MEMORY_ERROR,
    &SYSTEM_ERROR,
    &IMPORT_ERROR,
    &MODULE_NOT_FOUND_ERROR,
    &SYNTAX_ERROR,
    &INDENTATION_ERROR,
    &TAB_ERROR,
    &OS_ERROR,
    &UNICODE_ERROR,
    &UNICODE_DECODE_ERROR,
    &UNICODE_ENCODE_ERROR,
    &EOF_ERROR,
    &FLOATING_POINT_ERROR,
    &CONNECTION_ERROR,
    &BROKEN_PIPE_ERROR,
    &FILE_NOT_FOUND_ERROR,
    &FILE_EXISTS_ERROR,
    &PERMISSION_ERROR,
    &IS_A_DIRECTORY_ERROR,
    &NOT_A_DIRECTORY_ERROR,
    &TIMEOUT_ERROR,
    &WARNING,
    &USER_WARNING,
    &DEPRECATION_WARNING,
    &RUNTIME_WARNING,
];

/// The type of a value.
pub fn type_of(v: &Value) -> &TypeObj {
    if v.is_small_int() {
        return &INT;
    }
    if v.is_float() {
        return &FLOAT;
    }
    let Some(obj) = v.as_obj() else {
        return &NULL;
    };
    match &obj.payload {
        Payload::None => &NONE_TYPE,
        Payload::Bool(_) => &BOOL,
        Payload::Ellipsis => &ELLIPSIS,
        Payload::NotImplemented => &NOT_IMPLEMENTED,
        Payload::Null => &NULL,
        Payload::Int(_) => &INT,
        Payload::Float(_) => &FLOAT,
        Payload::Str(_) => &STR,
        Payload::Tuple(_) => &TUPLE,
        Payload::List(_) => &LIST,
        Payload::Dict(_) => &DICT,
        Payload::Set(_) => &SET,
        Payload::FrozenSet(_) => &FROZENSET,
        Payload::Range(_) => &RANGE,
        Payload::Slice(_) => &SLICE,
        Payload::Function(_) => &FUNCTION,
        Payload::Builtin(b) => match (b.def.kind, &b.bound) {
            (crate::object::BuiltinKind::Method, None) => &METHOD_DESCRIPTOR,
            (crate::object::BuiltinKind::Slot(_), None) => &WRAPPER_DESCRIPTOR,
            (crate::object::BuiltinKind::Slot(_), Some(_)) => &METHOD_WRAPPER,
            _ => &BUILTIN,
        },
        Payload::Type(_) => &TYPE,
        Payload::Exception(e) => e.ty,
        Payload::Module(_) => &MODULE,
        Payload::Code(_) => &CODE,
        Payload::Cell(_) => &CELL,
        Payload::Frame(_) => &FRAME,
        Payload::Iter(state) => iter_type(&state.borrow()),
        Payload::DictView(view) => match view.kind {
            crate::object::DictViewKind::Keys => &DICT_KEYS,
            crate::object::DictViewKind::Values => &DICT_VALUES,
            crate::object::DictViewKind::Items => &DICT_ITEMS,
        },
        Payload::Generator(_) => &GENERATOR,
        Payload::Class(_) => &TYPE,
        Payload::Instance(i) => match i.class.payload() {
            Some(Payload::Class(c)) => c.builtin_base,
            _ => &OBJECT,
        },
        Payload::Method(_) => &METHOD,
        Payload::StaticMethod(_) => &STATICMETHOD,
        Payload::ClassMethod(_) => &CLASSMETHOD,
        Payload::Property(_) => &PROPERTY,
        Payload::Member(_) => &MEMBER_DESCRIPTOR,
        Payload::Super(_) => &SUPER,
        Payload::Bytes(_) => &BYTES,
        Payload::Handle(_) => &HANDLE,
    }
}

/// The user-defined class of a value: instances, and exceptions of a
/// user-defined exception class. `None` for values of builtin types.
#[inline]
pub fn class_of(v: &Value) -> Option<&crate::object::ClassObj> {
    let class = match v.payload()? {
        Payload::Instance(i) => &i.class,
        Payload::Exception(e) => e.class.as_ref()?,
        _ => return None,
    };
    match class.payload() {
        Some(Payload::Class(c)) => Some(c),
        _ => None,
    }
}

/// The class value of an instance of a user-defined class.
pub fn class_value_of(v: &Value) -> Option<&Value> {
    match v.payload()? {
        Payload::Instance(i) => Some(&i.class),
        Payload::Exception(e) => e.class.as_ref(),
        _ => None,
    }
}

/// The `__name__` of a value's type, user-defined classes included: what
/// error messages print.
pub fn type_name(v: &Value) -> &str {
    match class_of(v) {
        Some(c) => &c.name,
        None => type_of(v).name,
    }
}

fn iter_type(state: &crate::object::IterState) -> &'static TypeObj {
    use crate::object::{DictViewKind, IterState};
    match state {
        IterState::List { .. } => &LIST_ITER,
        IterState::Tuple { .. } => &TUPLE_ITER,
        IterState::Str { .. } => &STR_ITER,
        IterState::Bytes { .. } => &BYTES_ITER,
        IterState::Range(_) => &RANGE_ITER,
        IterState::Dict { kind, .. } => match kind {
            DictViewKind::Keys => &DICT_KEY_ITER,
            DictViewKind::Values => &DICT_VALUE_ITER,
            DictViewKind::Items => &DICT_ITEM_ITER,
        },
        IterState::Set { .. } => &SET_ITER,
        IterState::Enumerate { .. } => &ENUMERATE,
        IterState::Zip { .. } => &ZIP,
        IterState::Map { .. } => &MAP,
        IterState::Filter { .. } => &FILTER,
        IterState::Reversed { seq, .. } if matches!(seq.payload(), Some(Payload::List(_))) => {
            &LIST_REVERSE_ITER
        }
        IterState::Reversed { .. } | IterState::Exhausted => &REVERSED,
        IterState::GetItem { .. } => &SEQ_ITER,
        IterState::Callable { .. } => &CALLABLE_ITER,
        IterState::Native(n) => n.type_obj(),
    }
}

/// `isinstance(v, ty)` for a builtin type.
#[inline]
pub fn is_instance(v: &Value, ty: &TypeObj) -> bool {
    type_of(v).is_subtype(ty)
}

/// The type of a value as a value (`type(v)`).
pub fn type_value(v: &Value) -> Value {
    match class_value_of(v) {
        Some(c) => c.clone(),
        None => type_of(v).this.value(),
    }
}
