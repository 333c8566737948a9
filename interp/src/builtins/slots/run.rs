//! What each slot wrapper does: the builtin operation on the receiver's
//! builtin data.

use super::{family, Slot};
use crate::builtins::numeric;
use crate::object::error::{PyErr, PyResult};
use crate::object::types::{self, TypeKind, TypeObj};
use crate::object::value::Value;
use crate::object::{KwArgs, Payload};
use crate::protocol::class::builtin_data;
use crate::protocol::ops::{self, BinOp, CmpOp};
use crate::vm::Vm;

fn not_implemented() -> Value {
    crate::object::NOT_IMPLEMENTED.value()
}

/// The type a family's wrappers name in their errors.
fn owner(f: u8) -> &'static TypeObj {
    match f {
        family::INT => &types::INT,
        family::BOOL => &types::BOOL,
        family::FLOAT => &types::FLOAT,
        family::STR => &types::STR,
        family::BYTES => &types::BYTES,
        family::TUPLE => &types::TUPLE,
        family::LIST => &types::LIST,
        family::DICT => &types::DICT,
        family::SET => &types::SET,
        family::FROZENSET => &types::FROZENSET,
        family::RANGE => &types::RANGE,
        family::NONE => &types::NONE_TYPE,
        _ => &types::OBJECT,
    }
}

/// True if `v` may be the receiver of a wrapper of family `f`.
fn accepts_receiver(f: u8, v: &Value) -> bool {
    let t = types::type_of(v);
    match f {
        family::OBJECT | family::OTHER => true,
        family::ITER => matches!(
            t.kind,
            TypeKind::Iterator | TypeKind::IterCtor | TypeKind::Generator
        ),
        family::VIEW => t.kind == TypeKind::DictView,
        _ => t.is_subtype(owner(f)),
    }
}

/// True if a binary slot of family `f` handles `other` (already unwrapped
/// to builtin data) itself; otherwise it answers `NotImplemented`.
fn accepts_operand(f: u8, other: &Value) -> bool {
    let k = types::type_of(other).kind;
    match f {
        family::INT | family::BOOL => matches!(k, TypeKind::Int | TypeKind::Bool),
        family::FLOAT => matches!(k, TypeKind::Int | TypeKind::Bool | TypeKind::Float),
        family::STR => k == TypeKind::Str,
        family::BYTES => k == TypeKind::Bytes,
        family::TUPLE => k == TypeKind::Tuple,
        family::LIST => k == TypeKind::List,
        family::DICT => k == TypeKind::Dict,
        family::SET | family::FROZENSET => matches!(k, TypeKind::Set | TypeKind::FrozenSet),
        family::RANGE => k == TypeKind::Range,
        family::VIEW => types::class_of(other).is_none(),
        _ => false,
    }
}

/// The builtin data behind a value: itself, or what a subclass instance
/// wraps.
fn data(v: &Value) -> Value {
    builtin_data(v).unwrap_or(v).clone()
}

fn arg_count(args: &[Value], n: usize) -> PyResult<()> {
    if args.len() == n {
        return Ok(());
    }
    Err(PyErr::type_error(format!(
        "expected {n} argument{}, got {}",
        if n == 1 { "" } else { "s" },
        args.len()
    )))
}

/// The count check of `PyArg_UnpackTuple(args, "", min, max)`, which the
/// wrappers of `__get__`, `__set__`, `__setitem__`, `__setattr__` and
/// `__pow__` use: their messages start with the empty name's space.
pub(crate) fn unpack_count(args: &[Value], min: usize, max: usize) -> PyResult<()> {
    let n = args.len();
    if (min..=max).contains(&n) {
        return Ok(());
    }
    let (how, k) = if min == max {
        ("", min)
    } else if n < min {
        ("at least ", min)
    } else {
        ("at most ", max)
    };
    let s = if k == 1 { "" } else { "s" };
    Err(PyErr::type_error(format!(
        " expected {how}{k} argument{s}, got {n}"
    )))
}

/// The count check of one slot call. Most slots are CPython wrapper
/// descriptors (`expected 1 argument, got 0`), but some names are plain
/// methods there (`int.__format__`, `list.__getitem__`), worded by their
/// convention (`builtins/arity.rs`).
struct Arity<'a> {
    f: u8,
    slot: Slot,
    this: &'a Value,
}

impl Arity<'_> {
    fn exactly(&self, rest: &[Value], n: usize) -> PyResult<()> {
        if rest.len() == n {
            return Ok(());
        }
        let defined = format!("{}.{}", owner(self.f).name, self.slot.name());
        match crate::builtins::arity::style_of(&defined) {
            Some(style) => {
                let qual = crate::builtins::arity::qualified(self.this, self.slot.name());
                Err(crate::builtins::arity::worded(
                    style,
                    &qual,
                    rest.len(),
                    n,
                    n,
                ))
            }
            None => arg_count(rest, n),
        }
    }
}

fn no_kwargs(slot: Slot, kwargs: &KwArgs) -> PyResult<()> {
    if kwargs.is_empty() || matches!(slot, Slot::Call | Slot::InitSubclass) {
        return Ok(());
    }
    Err(PyErr::type_error(format!(
        "{}() takes no keyword arguments",
        slot.name()
    )))
}

/// Runs slot `slot` of family `f`; `args[0]` is the receiver.
pub(super) fn run(
    vm: &mut Vm,
    f: u8,
    slot: Slot,
    args: &[Value],
    kwargs: &KwArgs,
) -> PyResult<Value> {
    let name = slot.name();
    let Some((this, rest)) = args.split_first() else {
        return Err(PyErr::type_error(format!(
            "descriptor '{name}' of '{}' object needs an argument",
            owner(f).name
        )));
    };
    if !accepts_receiver(f, this) {
        return Err(PyErr::type_error(format!(
            "descriptor '{name}' requires a '{}' object but received a '{}'",
            owner(f).name,
            types::type_name(this)
        )));
    }
    no_kwargs(slot, kwargs)?;
    let arity = Arity { f, slot, this };
    if let Some(op) = binary(slot) {
        let other = optional_ternary(&arity, rest)?;
        return binary_slot(vm, f, slot, op, this, other, rest.get(1));
    }
    if let Some(op) = comparison(slot) {
        arity.exactly(rest, 1)?;
        return compare_slot(vm, f, op, this, &rest[0]);
    }
    match slot {
        Slot::Call => vm.call(this, rest.to_vec(), kwargs),
        Slot::Get | Slot::Set | Slot::Delete => descriptor_slot(vm, slot, this, rest),
        Slot::InitSubclass => {
            if !kwargs.is_empty() {
                return Err(PyErr::type_error(format!(
                    "{}.__init_subclass__() takes no keyword arguments",
                    crate::protocol::class::class_name(this)
                )));
            }
            if !rest.is_empty() {
                return Err(PyErr::type_error(format!(
                    "{}.__init_subclass__() takes no arguments ({} given)",
                    crate::protocol::class::class_name(this),
                    rest.len()
                )));
            }
            Ok(Value::none())
        }
        Slot::SubclassHook => Ok(not_implemented()),
        Slot::ReduceEx | Slot::Reduce => {
            // The default reduction lives with the pickler, in Python.
            let proto = match (slot, rest) {
                (Slot::ReduceEx, [p]) => p.clone(),
                (Slot::Reduce, []) => Value::int(0),
                _ => {
                    return Err(PyErr::type_error(format!(
                        "{name}() takes {} argument ({} given)",
                        if slot == Slot::Reduce {
                            "no"
                        } else {
                            "exactly one"
                        },
                        rest.len()
                    )))
                }
            };
            let pickle = crate::vm::import::import_name(vm, "pickle", true, 0)?;
            let f = crate::protocol::attr::getattr(vm, &pickle, &Value::str("_object_reduce_ex"))?;
            vm.call(&f, vec![this.clone(), proto], &[])
        }
        Slot::Dir => {
            arity.exactly(rest, 0)?;
            crate::builtins::dir_of(vm, this)
        }
        Slot::GetItem | Slot::Contains | Slot::DelItem => {
            arity.exactly(rest, 1)?;
            let d = data(this);
            match slot {
                Slot::GetItem => crate::protocol::subscript::getitem(vm, &d, &rest[0]),
                Slot::Contains => {
                    crate::protocol::iterate::contains(vm, &d, &rest[0]).map(Value::bool)
                }
                _ => crate::protocol::subscript::delitem(vm, &d, &rest[0]).map(|()| Value::none()),
            }
        }
        Slot::SetItem => {
            unpack_count(rest, 2, 2)?;
            let d = data(this);
            crate::protocol::subscript::setitem(vm, &d, rest[0].clone(), rest[1].clone())?;
            Ok(Value::none())
        }
        Slot::Format => {
            arity.exactly(rest, 1)?;
            let Some(spec) = rest[0].as_str() else {
                return Err(PyErr::type_error(format!(
                    "{name}() argument must be str, not {}",
                    types::type_name(&rest[0])
                )));
            };
            let spec = spec.to_owned();
            if f != family::OBJECT {
                return crate::protocol::format::format(vm, &data(this), &spec).map(Value::string);
            }
            // `object.__format__` is `str(self)`, never the class's own
            // `__format__` (which may be what called it).
            if !spec.is_empty() {
                return Err(PyErr::type_error(format!(
                    "unsupported format string passed to {}.__format__",
                    types::type_name(this)
                )));
            }
            crate::protocol::repr::str(vm, this).map(Value::string)
        }
        Slot::Round => {
            if rest.len() > 1 {
                return Err(PyErr::type_error(format!(
                    "__round__ expected at most 1 argument, got {}",
                    rest.len()
                )));
            }
            let mut full = vec![data(this)];
            full.extend(rest.iter().cloned());
            numeric::round(vm, &full, &[])
        }
        _ => {
            arity.exactly(rest, 0)?;
            unary_slot(vm, f, slot, this)
        }
    }
}

/// `__pow__` and `__rpow__` take an optional modulus; every other binary
/// slot exactly one operand.
fn optional_ternary<'v>(arity: &Arity, rest: &'v [Value]) -> PyResult<&'v Value> {
    let slot = arity.slot;
    let max = if matches!(slot, Slot::Pow | Slot::RPow) {
        2
    } else {
        1
    };
    // A sequence's repeat (`sq_repeat`) unpacks its operand as `__pow__`
    // does.
    let repeat = matches!(slot, Slot::Mul | Slot::RMul | Slot::IMul)
        && matches!(
            owner(arity.f).kind,
            TypeKind::Str | TypeKind::Bytes | TypeKind::List | TypeKind::Tuple
        );
    match rest {
        [other, ..] if rest.len() <= max => Ok(other),
        _ if max == 2 => unpack_count(rest, 1, 2).map(|()| &rest[0]),
        _ if repeat => unpack_count(rest, 1, 1).map(|()| &rest[0]),
        _ => arity.exactly(rest, 1).map(|()| &rest[0]),
    }
}

/// The operator behind a binary slot, and whether it is reflected.
fn binary(slot: Slot) -> Option<(BinOp, Reflect)> {
    use Reflect::{InPlace, Normal, Reflected};
    Some(match slot {
        Slot::Add => (BinOp::Add, Normal),
        Slot::Sub => (BinOp::Sub, Normal),
        Slot::Mul => (BinOp::Mul, Normal),
        Slot::TrueDiv => (BinOp::TrueDiv, Normal),
        Slot::FloorDiv => (BinOp::FloorDiv, Normal),
        Slot::Mod => (BinOp::Mod, Normal),
        Slot::Pow => (BinOp::Pow, Normal),
        Slot::LShift => (BinOp::LShift, Normal),
        Slot::RShift => (BinOp::RShift, Normal),
        Slot::And => (BinOp::And, Normal),
        Slot::Or => (BinOp::Or, Normal),
        Slot::Xor => (BinOp::Xor, Normal),
        Slot::DivMod => (BinOp::FloorDiv, Normal),
        Slot::RAdd => (BinOp::Add, Reflected),
        Slot::RSub => (BinOp::Sub, Reflected),
        Slot::RMul => (BinOp::Mul, Reflected),
        Slot::RTrueDiv => (BinOp::TrueDiv, Reflected),
        Slot::RFloorDiv => (BinOp::FloorDiv, Reflected),
        Slot::RMod => (BinOp::Mod, Reflected),
        Slot::RPow => (BinOp::Pow, Reflected),
        Slot::RLShift => (BinOp::LShift, Reflected),
        Slot::RRShift => (BinOp::RShift, Reflected),
        Slot::RAnd => (BinOp::And, Reflected),
        Slot::ROr => (BinOp::Or, Reflected),
        Slot::RXor => (BinOp::Xor, Reflected),
        Slot::RDivMod => (BinOp::FloorDiv, Reflected),
        Slot::IAdd => (BinOp::IAdd, InPlace),
        Slot::IMul => (BinOp::IMul, InPlace),
        Slot::IAnd => (BinOp::IAnd, InPlace),
        Slot::IOr => (BinOp::IOr, InPlace),
        Slot::ISub => (BinOp::ISub, InPlace),
        Slot::IXor => (BinOp::IXor, InPlace),
        _ => return None,
    })
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Reflect {
    Normal,
    Reflected,
    InPlace,
}

fn is_sequence(f: u8) -> bool {
    matches!(
        f,
        family::STR | family::BYTES | family::TUPLE | family::LIST
    )
}

fn binary_slot(
    vm: &mut Vm,
    f: u8,
    slot: Slot,
    (op, reflect): (BinOp, Reflect),
    this: &Value,
    other: &Value,
    modulus: Option<&Value>,
) -> PyResult<Value> {
    let d = data(this);
    // `str % anything` formats it: the operand is not unwrapped.
    if op == BinOp::Mod && reflect == Reflect::Normal && matches!(f, family::STR | family::BYTES) {
        return ops::binary_op(vm, op, &d, other);
    }
    let o = data(other);
    let plain_instance = types::class_of(&o).is_some();
    if is_sequence(f) && op.base() == BinOp::Mul {
        if plain_instance || !crate::protocol::number::is_int(&o) {
            return Err(PyErr::type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                types::type_name(other)
            )));
        }
    } else if f == family::LIST && op == BinOp::IAdd {
        // `list += iterable` takes any iterable, instances included.
        let r = ops::binary_op(vm, op, &d, other)?;
        return Ok(if r.is(&d) { this.clone() } else { r });
    } else if is_sequence(f) && op == BinOp::Add && (plain_instance || !accepts_operand(f, &o)) {
        return Err(PyErr::type_error(format!(
            "can only concatenate {} (not \"{}\") to {}",
            owner(f).name,
            types::type_name(other),
            owner(f).name
        )));
    } else if plain_instance || !accepts_operand(f, &o) {
        return Ok(not_implemented());
    }
    let (a, b) = match reflect {
        Reflect::Reflected => (&o, &d),
        _ => (&d, &o),
    };
    if matches!(slot, Slot::DivMod | Slot::RDivMod) {
        return numeric::divmod(vm, a, b);
    }
    if let Some(m) = modulus.filter(|m| !m.is_none()) {
        return numeric::pow(vm, &[a.clone(), b.clone(), data(m)], &[]);
    }
    let r = ops::binary_op(vm, op, a, b)?;
    if reflect == Reflect::InPlace && r.is(&d) {
        return Ok(this.clone());
    }
    Ok(r)
}

fn comparison(slot: Slot) -> Option<CmpOp> {
    Some(match slot {
        Slot::Lt => CmpOp::Lt,
        Slot::Le => CmpOp::Le,
        Slot::Eq => CmpOp::Eq,
        Slot::Ne => CmpOp::Ne,
        Slot::Gt => CmpOp::Gt,
        Slot::Ge => CmpOp::Ge,
        _ => return None,
    })
}

fn compare_slot(vm: &mut Vm, f: u8, op: CmpOp, this: &Value, other: &Value) -> PyResult<Value> {
    if f == family::OBJECT {
        return object_compare(vm, op, this, other);
    }
    let (d, o) = (data(this), data(other));
    let ordered = !matches!(f, family::DICT | family::RANGE);
    if types::class_of(&o).is_some()
        || !accepts_operand(f, &o)
        || !ordered && !matches!(op, CmpOp::Eq | CmpOp::Ne)
    {
        return Ok(not_implemented());
    }
    ops::compare_op(vm, &d, &o, op)
}

/// `object`'s comparisons: identity for `==`, the negation of the type's
/// own `__eq__` for `!=`, and nothing for orderings.
fn object_compare(vm: &mut Vm, op: CmpOp, this: &Value, other: &Value) -> PyResult<Value> {
    match op {
        CmpOp::Eq if this.is(other) => Ok(Value::bool(true)),
        CmpOp::Ne => {
            let eq = match crate::protocol::special::call_special(
                vm,
                this,
                "__eq__",
                std::slice::from_ref(other),
            )? {
                Some(r) => r,
                None => object_compare(vm, CmpOp::Eq, this, other)?,
            };
            if matches!(eq.payload(), Some(Payload::NotImplemented)) {
                return Ok(eq);
            }
            Ok(Value::bool(!ops::truthy_vm(vm, &eq)?))
        }
        _ => Ok(not_implemented()),
    }
}

fn unary_slot(vm: &mut Vm, f: u8, slot: Slot, this: &Value) -> PyResult<Value> {
    use crate::protocol::number;
    let d = data(this);
    let float_of = |d: &Value| d.as_float();
    match slot {
        Slot::Neg => number::negate(&d),
        Slot::Pos => number::positive(&d),
        Slot::Abs => number::abs(&d),
        Slot::Invert => number::invert(&d),
        Slot::Bool => Ok(Value::bool(ops::truthy(&d))),
        Slot::Index => Ok(number::int_of(&d)),
        Slot::Int | Slot::Trunc => match float_of(&d) {
            Some(_) => crate::builtins::construct(vm, &types::INT, &[d], &[]),
            None => Ok(number::int_of(&d)),
        },
        Slot::Floor | Slot::Ceil => match float_of(&d) {
            Some(x) => {
                let r = if slot == Slot::Floor {
                    x.floor()
                } else {
                    x.ceil()
                };
                crate::builtins::construct(vm, &types::INT, &[Value::float(r)], &[])
            }
            None => Ok(number::int_of(&d)),
        },
        Slot::Float => crate::builtins::construct(vm, &types::FLOAT, &[d], &[]),
        Slot::Hash => {
            let h = if f == family::OBJECT {
                ops::hash(this)
            } else {
                ops::hash(&d)
            }?;
            Ok(Value::int(h))
        }
        // `int.__repr__(True)` is `'1'`.
        Slot::Repr if f == family::INT => {
            crate::protocol::repr::repr(vm, &number::int_of(&d)).map(Value::string)
        }
        Slot::Repr => crate::protocol::repr::repr(vm, &d).map(Value::string),
        Slot::Str => crate::protocol::repr::str(vm, &d).map(Value::string),
        Slot::Len => crate::builtins::len_of(&d).map(|n| Value::int(n as i64)),
        Slot::Iter if f == family::ITER => Ok(this.clone()),
        Slot::Iter => crate::protocol::iterate::get_iter(vm, &d),
        Slot::Next => match crate::protocol::iterate::next(vm, this)? {
            Some(v) => Ok(v),
            None => Err(PyErr::stop_iteration()),
        },
        Slot::Reversed => crate::protocol::iterate::reversed(vm, &d),
        _ => Err(PyErr::type_error(format!(
            "'{}' has no native {}",
            types::type_name(this),
            slot.name()
        ))),
    }
}

/// `__get__`, `__set__` and `__delete__` of functions, bound methods,
/// `classmethod`, `staticmethod` and `property`.
fn descriptor_slot(vm: &mut Vm, slot: Slot, this: &Value, rest: &[Value]) -> PyResult<Value> {
    use crate::protocol::class_attr::{bind, member_access, MemberOp};
    if slot == Slot::Get {
        unpack_count(rest, 1, 2)?;
        let obj = rest[0].clone();
        let owner = rest.get(1).cloned().unwrap_or_else(Value::none);
        if obj.is_none() && owner.is_none() {
            return Err(PyErr::type_error("__get__(None, None) is invalid"));
        }
        return Ok(match this.payload() {
            Some(Payload::Function(_)) if obj.is_none() => this.clone(),
            Some(Payload::Function(_)) => bind(this.clone(), obj),
            Some(Payload::StaticMethod(func)) => func.clone(),
            Some(Payload::ClassMethod(func)) => {
                let class = if owner.is_none() {
                    types::type_value(&obj)
                } else {
                    owner
                };
                bind(func.clone(), class)
            }
            Some(Payload::Property(_) | Payload::Member(_)) if obj.is_none() => this.clone(),
            Some(Payload::Member(m)) => return member_access(m, &obj, MemberOp::Get),
            Some(Payload::Property(p)) => {
                if p.fget.is_none() {
                    return Err(PyErr::attribute_error("property has no getter"));
                }
                let fget = p.fget.clone();
                return vm.call(&fget, vec![obj], &[]);
            }
            _ => this.clone(),
        });
    }
    if let Some(Payload::Member(m)) = this.payload() {
        return if slot == Slot::Set {
            unpack_count(rest, 2, 2)?;
            member_access(m, &rest[0], MemberOp::Set(rest[1].clone()))
        } else {
            arg_count(rest, 1)?;
            member_access(m, &rest[0], MemberOp::Delete)
        };
    }
    let Some(Payload::Property(p)) = this.payload() else {
        return Err(PyErr::type_error(format!(
            "'{}' object is not a data descriptor",
            types::type_name(this)
        )));
    };
    let (func, args) = if slot == Slot::Set {
        unpack_count(rest, 2, 2)?;
        (p.fset.clone(), rest.to_vec())
    } else {
        arg_count(rest, 1)?;
        (p.fdel.clone(), rest.to_vec())
    };
    if func.is_none() {
        return Err(PyErr::attribute_error(if slot == Slot::Set {
            "property has no setter"
        } else {
            "property has no deleter"
        }));
    }
    vm.call(&func, args, &[])?;
    Ok(Value::none())
}
