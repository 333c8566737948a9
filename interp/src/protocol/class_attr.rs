//! The attribute protocol of user-defined classes and their instances:
//! descriptors (functions bind to methods, `staticmethod`, `classmethod`,
//! `property`), instance `__dict__` and `__slots__`, `__getattr__`, and
//! attribute lookup through `super()`.
//!
//! The order is CPython's `object.__getattribute__`: a data descriptor on
//! the class wins, then the instance's own attributes, then any other class
//! attribute (bound if it is a function), then `__getattr__`.

use crate::object::error::{PyErr, PyResult};
use crate::object::types;
use crate::object::value::Value;
use crate::object::{ClassObj, MemberObj, MethodObj, Obj, Payload};
use crate::protocol::class::{lookup, lookup_in};
use crate::protocol::ops;
use crate::vm::Vm;

/// A bound method object.
pub fn bind(func: Value, this: Value) -> Value {
    Obj::alloc(Payload::Method(Box::new(MethodObj { func, this })))
}

/// The instance's own attribute storage (slots are reached through their
/// `member_descriptor`s, see [`member_access`]).
fn own_get(obj: &Value, name: &Value) -> PyResult<Option<Value>> {
    let h = ops::hash(name)?;
    Ok(match obj.payload() {
        Some(Payload::Instance(inst)) => inst.dict().and_then(|d| d.borrow().get(name, h).cloned()),
        Some(Payload::Exception(e)) => e.dict.borrow().get(name, h).cloned(),
        _ => None,
    })
}

fn is_class_method(b: &crate::object::BuiltinObj) -> bool {
    matches!(b.def.kind, crate::object::BuiltinKind::ClassMethod)
}

/// A builtin method bound to `this`.
fn bind_builtin(b: &crate::object::BuiltinObj, this: Value) -> Value {
    Obj::alloc(Payload::Builtin(crate::object::BuiltinObj {
        def: b.def,
        bound: Some(this),
    }))
}

/// Binds a class attribute found for an instance access.
pub fn bind_for_instance(attr: Value, obj: &Value, class_v: &Value) -> Value {
    match attr.payload() {
        Some(Payload::Function(_)) => bind(attr, obj.clone()),
        Some(Payload::Builtin(b)) if b.bound.is_none() && is_class_method(b) => {
            bind_builtin(b, class_v.clone())
        }
        Some(Payload::Builtin(b)) if b.bound.is_none() && b.def.binds() => {
            Obj::alloc(Payload::Builtin(crate::object::BuiltinObj {
                def: b.def,
                bound: Some(obj.clone()),
            }))
        }
        Some(Payload::StaticMethod(f)) => f.clone(),
        Some(Payload::ClassMethod(f)) => bind(f.clone(), class_v.clone()),
        _ => attr,
    }
}

/// `obj.name` for an instance of a user-defined class.
pub fn instance_getattr(
    vm: &mut Vm,
    obj: &Value,
    class_v: &Value,
    class: &ClassObj,
    name: &Value,
) -> PyResult<Value> {
    let attr = lookup(class, name);
    if let Some(Payload::Member(m)) = attr.as_ref().and_then(Value::payload) {
        return member_access(m, obj, MemberOp::Get);
    }
    if let Some(a) = &attr {
        if is_data_descriptor(a) {
            return descriptor_get(vm, a, obj.clone(), class_v);
        }
    }
    if let Some(Payload::Property(p)) = attr.as_ref().and_then(Value::payload) {
        if p.fget.is_none() {
            return Err(PyErr::attribute_error(format!(
                "property '{}' of '{}' object has no getter",
                name.as_str().unwrap_or("?"),
                class.qualname
            )));
        }
        let fget = p.fget.clone();
        return vm.call(&fget, vec![obj.clone()], &[]);
    }
    match own_get(obj, name) {
        Ok(Some(v)) => return Ok(v),
        Ok(None) => {}
        Err(_) if attr.is_none() => return Err(no_attr(obj, class, name)),
        Err(_) => {}
    }
    if let Some(Payload::Exception(e)) = obj.payload() {
        if let Some(v) = crate::protocol::raise::exception_attr(e, name.as_str().unwrap_or("")) {
            return Ok(v);
        }
    }
    if let Some(attr) = attr {
        if crate::protocol::special::lookup_special(&attr, "__get__").is_some() {
            return descriptor_get(vm, &attr, obj.clone(), class_v);
        }
        return Ok(bind_for_instance(attr, obj, class_v));
    }
    if let Some(v) = special_instance_attr(obj, class_v, name.as_str().unwrap_or("")) {
        return Ok(v);
    }
    // `__getattr__` is the caller's fallback (`attr::getattr`), not part of
    // the generic lookup that `object.__getattribute__` exposes.
    Err(no_attr(obj, class, name))
}

fn no_attr(obj: &Value, class: &ClassObj, name: &Value) -> PyErr {
    let err = PyErr::attribute_error(format!(
        "'{}' object has no attribute '{}'",
        class.name,
        name.as_str().unwrap_or("?")
    ));
    crate::protocol::raise::set_attr(&err, "name", name.clone());
    crate::protocol::raise::set_attr(&err, "obj", obj.clone());
    err
}

fn special_instance_attr(obj: &Value, class_v: &Value, name: &str) -> Option<Value> {
    match name {
        "__class__" => Some(class_v.clone()),
        "__dict__" => match obj.payload() {
            Some(Payload::Instance(i)) => i.dict_obj.clone(),
            Some(Payload::Exception(e)) => Some(Value::dict(e.dict.borrow().clone_table())),
            _ => None,
        },
        _ => None,
    }
}

/// True for an instance of a user-defined class whose class defines
/// `__set__` or `__delete__` (a data descriptor: it wins over the
/// instance's own attributes).
pub fn is_data_descriptor(v: &Value) -> bool {
    types::class_of(v).is_some()
        && (crate::protocol::special::lookup_special(v, "__set__").is_some()
            || crate::protocol::special::lookup_special(v, "__delete__").is_some())
}

/// `descr.__get__(obj, owner)`; a descriptor without `__get__` is returned
/// as it is.
fn descriptor_get(vm: &mut Vm, descr: &Value, obj: Value, owner: &Value) -> PyResult<Value> {
    match crate::protocol::special::call_special(vm, descr, "__get__", &[obj, owner.clone()])? {
        Some(v) => Ok(v),
        None => Ok(descr.clone()),
    }
}

/// What a `member_descriptor` is asked to do.
pub enum MemberOp {
    /// `__get__`.
    Get,
    /// `__set__`.
    Set(Value),
    /// `__delete__`.
    Delete,
}

/// A slot read, written or deleted through its `member_descriptor`, as
/// CPython's `member_get`/`member_set` do: the object must be an instance
/// of the class that declared the slot. Returns the value read (None
/// otherwise).
pub fn member_access(m: &MemberObj, obj: &Value, op: MemberOp) -> PyResult<Value> {
    let name = m.name.as_str().unwrap_or("?");
    let owner_name = match m.owner.payload() {
        Some(Payload::Class(c)) => c.name.as_str(),
        _ => "?",
    };
    let class_v = types::class_value_of(obj);
    let slot = match (obj.payload(), class_v.and_then(Value::payload)) {
        (Some(Payload::Instance(inst)), Some(Payload::Class(c)))
            if class_v.is_some_and(|v| v.is(&m.owner)) || c.mro.iter().any(|b| b.is(&m.owner)) =>
        {
            c.slot_names
                .iter()
                .position(|s| s == name)
                .map(|i| (inst, i))
        }
        _ => None,
    };
    let Some((inst, i)) = slot else {
        return Err(PyErr::type_error(format!(
            "descriptor '{name}' for '{owner_name}' objects doesn't apply to a '{}' object",
            types::type_name(obj)
        )));
    };
    let mut slots = inst.slots.borrow_mut();
    let Some(slot) = slots.get_mut(i) else {
        return Err(PyErr::attribute_error(name.to_owned()));
    };
    match op {
        MemberOp::Get if !slot.is_null() => Ok(slot.clone()),
        MemberOp::Get => Err(PyErr::attribute_error(format!(
            "'{}' object has no attribute '{name}'",
            types::type_name(obj)
        ))),
        MemberOp::Set(v) => {
            let old = std::mem::replace(slot, v);
            drop(slots);
            drop(old);
            Ok(Value::none())
        }
        MemberOp::Delete if slot.is_null() => Err(PyErr::attribute_error(name.to_owned())),
        MemberOp::Delete => {
            let old = std::mem::replace(slot, Value::null());
            drop(slots);
            drop(old);
            Ok(Value::none())
        }
    }
}

/// `obj.name = v` for an instance of a user-defined class: its class's
/// `__setattr__`, else the default.
pub fn instance_setattr(
    vm: &mut Vm,
    obj: &Value,
    class: &ClassObj,
    name: &Value,
    v: Value,
) -> PyResult<()> {
    if let Some(set) = crate::protocol::special::lookup_special(obj, "__setattr__") {
        return vm
            .call(&set, vec![obj.clone(), name.clone(), v], &[])
            .map(drop);
    }
    generic_setattr(vm, obj, class, name, v)
}

/// `object.__setattr__`: data descriptors, slots, then the instance dict.
pub fn generic_setattr(
    vm: &mut Vm,
    obj: &Value,
    class: &ClassObj,
    name: &Value,
    v: Value,
) -> PyResult<()> {
    let n = name.as_str().unwrap_or("?");
    if let Some(attr) = lookup(class, name) {
        if let Some(Payload::Member(m)) = attr.payload() {
            return member_access(m, obj, MemberOp::Set(v)).map(drop);
        }
        if types::class_of(&attr).is_some() {
            let args = [obj.clone(), v.clone()];
            if crate::protocol::special::call_special(vm, &attr, "__set__", &args)?.is_some() {
                return Ok(());
            }
        }
        if let Some(Payload::Property(p)) = attr.payload() {
            if p.fset.is_none() {
                return Err(PyErr::attribute_error(format!(
                    "property '{n}' of '{}' object has no setter",
                    class.qualname
                )));
            }
            let fset = p.fset.clone();
            return vm.call(&fset, vec![obj.clone(), v], &[]).map(drop);
        }
    }
    let h = ops::hash(name)?;
    match obj.payload() {
        Some(Payload::Instance(inst)) => match inst.dict() {
            Some(d) => {
                let old = d.borrow_mut().insert(name.clone(), h, v);
                drop(old);
                Ok(())
            }
            None => Err(PyErr::attribute_error(if lookup(class, name).is_some() {
                format!("'{}' object attribute '{n}' is read-only", class.name)
            } else {
                format!("'{}' object has no attribute '{n}'", class.name)
            })),
        },
        Some(Payload::Exception(e)) => {
            if crate::protocol::raise::exception_attr(e, n).is_some() {
                return crate::protocol::raise::set_exception_attr(e, n, v, obj);
            }
            let old = e.dict.borrow_mut().insert(name.clone(), h, v);
            drop(old);
            Ok(())
        }
        _ => Err(PyErr::attribute_error(format!(
            "'{}' object has no attribute '{n}'",
            class.name
        ))),
    }
}

/// `del obj.name` for an instance of a user-defined class.
pub fn instance_delattr(vm: &mut Vm, obj: &Value, class: &ClassObj, name: &Value) -> PyResult<()> {
    if let Some(del) = crate::protocol::special::lookup_special(obj, "__delattr__") {
        return vm
            .call(&del, vec![obj.clone(), name.clone()], &[])
            .map(drop);
    }
    generic_delattr(vm, obj, class, name)
}

/// `object.__delattr__`: data descriptors, slots, then the instance dict.
pub fn generic_delattr(vm: &mut Vm, obj: &Value, class: &ClassObj, name: &Value) -> PyResult<()> {
    let n = name.as_str().unwrap_or("?");
    if let Some(attr) = lookup(class, name) {
        if let Some(Payload::Member(m)) = attr.payload() {
            return member_access(m, obj, MemberOp::Delete).map(drop);
        }
        if types::class_of(&attr).is_some() {
            let args = std::slice::from_ref(obj);
            if crate::protocol::special::call_special(vm, &attr, "__delete__", args)?.is_some() {
                return Ok(());
            }
        }
        if let Some(Payload::Property(p)) = attr.payload() {
            if p.fdel.is_none() {
                return Err(PyErr::attribute_error(format!(
                    "property '{n}' of '{}' object has no deleter",
                    class.qualname
                )));
            }
            let fdel = p.fdel.clone();
            return vm.call(&fdel, vec![obj.clone()], &[]).map(drop);
        }
    }
    let missing =
        || PyErr::attribute_error(format!("'{}' object has no attribute '{n}'", class.name));
    let h = ops::hash(name)?;
    let removed = match obj.payload() {
        Some(Payload::Instance(inst)) => inst.dict().and_then(|d| d.borrow_mut().remove(name, h)),
        Some(Payload::Exception(e)) => e.dict.borrow_mut().remove(name, h),
        _ => None,
    };
    removed.map(drop).ok_or_else(missing)
}

/// `C.name` for a user-defined class.
pub fn class_getattr(
    vm: &mut Vm,
    class_v: &Value,
    class: &ClassObj,
    name: &Value,
) -> PyResult<Value> {
    let n = name.as_str().unwrap_or("?");
    if n == "__annotations__" {
        // `type.__annotations__` reads the class's own namespace only (a
        // base's annotations are not the subclass's), made on first read.
        let h = ops::hash(name)?;
        if let Some(v) = class.dict.borrow().get(name, h) {
            return Ok(v.clone());
        }
        let d = Value::dict(crate::object::DictTable::new());
        class_setattr(vm, class, name, d.clone())?;
        return Ok(d);
    }
    if let Some(attr) = lookup(class, name) {
        if crate::protocol::special::lookup_special(&attr, "__get__").is_some() {
            return descriptor_get(vm, &attr, Value::none(), class_v);
        }
        return Ok(match attr.payload() {
            Some(Payload::StaticMethod(f)) => f.clone(),
            Some(Payload::ClassMethod(f)) => bind(f.clone(), class_v.clone()),
            Some(Payload::Builtin(b)) if b.bound.is_none() && is_class_method(b) => {
                bind_builtin(b, class_v.clone())
            }
            _ => attr,
        });
    }
    Ok(match n {
        "__name__" => Value::str(&class.name),
        "__qualname__" => Value::str(&class.qualname),
        "__mro__" => Value::tuple(crate::protocol::class::mro_of(class_v)),
        "__bases__" => Value::tuple(class.bases.clone()),
        "__base__" => class.bases.first().cloned().unwrap_or_else(Value::none),
        "__dict__" => Value::dict(class.dict.borrow().clone_table()),
        "__class__" => types::TYPE.value(),
        _ => {
            return Err(PyErr::attribute_error(format!(
                "type object '{}' has no attribute '{n}'",
                class.name
            )))
        }
    })
}

/// `C.name = v`.
pub fn class_setattr(vm: &mut Vm, class: &ClassObj, name: &Value, v: Value) -> PyResult<()> {
    vm.class_epoch += 1;
    let n = name.as_str().unwrap_or("?");
    if matches!(n, "__name__" | "__qualname__" | "__mro__" | "__bases__") {
        return Err(PyErr::new(
            &types::NOT_IMPLEMENTED_ERROR,
            format!("setting '{n}' of a class is not supported by coral yet"),
        ));
    }
    let h = ops::hash(name)?;
    let old = class.dict.borrow_mut().insert(name.clone(), h, v);
    drop(old);
    class.version.set(class.version.get() + 1);
    vm.class_changed(class);
    Ok(())
}

/// `del C.name`.
pub fn class_delattr(vm: &mut Vm, class: &ClassObj, name: &Value) -> PyResult<()> {
    vm.class_epoch += 1;
    let h = ops::hash(name)?;
    let removed = class.dict.borrow_mut().remove(name, h);
    class.version.set(class.version.get() + 1);
    vm.class_changed(class);
    removed.map(drop).ok_or_else(|| {
        PyErr::attribute_error(format!(
            "type object '{}' has no attribute '{}'",
            class.name,
            name.as_str().unwrap_or("?")
        ))
    })
}

/// `super(...).name`: lookup from the class after `cls` in the MRO of
/// `obj_type`, bound to `obj`.
pub fn super_getattr(vm: &mut Vm, sup: &crate::object::SuperObj, name: &Value) -> PyResult<Value> {
    let mro = crate::protocol::class::mro_of(&sup.obj_type);
    let start = mro
        .iter()
        .position(|c| c.is(&sup.cls))
        .map_or(mro.len(), |i| i + 1);
    let h = ops::hash(name)?;
    let obj_is_class = matches!(
        sup.obj.payload(),
        Some(Payload::Class(_) | Payload::Type(_))
    );
    if let Some(attr) = lookup_in(&mro[start..], name, h) {
        return Ok(match attr.payload() {
            Some(Payload::Property(p)) if !obj_is_class => {
                let fget = p.fget.clone();
                return vm.call(&fget, vec![sup.obj.clone()], &[]);
            }
            Some(Payload::StaticMethod(f)) => f.clone(),
            Some(Payload::ClassMethod(f)) => bind(f.clone(), sup.obj_type.clone()),
            Some(Payload::Builtin(b)) if b.bound.is_none() && is_class_method(b) => {
                bind_builtin(b, sup.obj_type.clone())
            }
            _ if obj_is_class => attr,
            _ => bind_for_instance(attr, &sup.obj, &sup.obj_type),
        });
    }
    if name.as_str() == Some("__class__") {
        return Ok(types::SUPER.value());
    }
    Err(PyErr::attribute_error(format!(
        "'super' object has no attribute '{}'",
        name.as_str().unwrap_or("?")
    )))
}

/// `super(cls, obj)`.
pub fn new_super(cls: &Value, obj: &Value) -> PyResult<Value> {
    if !matches!(cls.payload(), Some(Payload::Class(_) | Payload::Type(_))) {
        return Err(PyErr::type_error(format!(
            "super() argument 1 must be a type, not {}",
            types::type_name(cls)
        )));
    }
    let obj_type = if matches!(obj.payload(), Some(Payload::Class(_)))
        && crate::protocol::class::is_subclass(obj, cls)
    {
        obj.clone()
    } else if crate::protocol::class::is_instance(obj, cls) {
        types::type_value(obj)
    } else {
        return Err(PyErr::type_error(
            "super(type, obj): obj must be an instance or subtype of type",
        ));
    };
    Ok(Obj::alloc(Payload::Super(Box::new(
        crate::object::SuperObj {
            cls: cls.clone(),
            obj: obj.clone(),
            obj_type,
        },
    ))))
}
