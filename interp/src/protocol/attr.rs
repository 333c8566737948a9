//! Attribute access on builtin objects, modules and types, and the method
//! lookup behind `obj.method(...)` calls.
//!
//! `LOAD_METHOD` returns a builtin type's method as the immortal unbound
//! method object plus the receiver, so a method call allocates no bound
//! method.

use crate::object::error::{PyErr, PyResult};
use crate::object::types::{self, type_of, TypeObj};
use crate::object::value::Value;
use crate::object::{BuiltinObj, Obj, Payload};
use crate::vm::Vm;

fn no_attr(obj: &Value, name: &str) -> PyErr {
    match obj.payload() {
        Some(Payload::Module(m)) => {
            PyErr::attribute_error(format!("module '{}' has no attribute '{name}'", m.name))
        }
        Some(Payload::Type(t)) => PyErr::attribute_error(format!(
            "type object '{}' has no attribute '{name}'",
            t.name
        )),
        _ => PyErr::attribute_error(format!(
            "'{}' object has no attribute '{name}'",
            types::type_name(obj)
        )),
    }
}

fn module_get(m: &crate::object::ModuleObj, name: &Value) -> Option<Value> {
    let h = name.as_str_obj()?.hash();
    m.dict.as_dict()?.borrow().get(name, h).cloned()
}

/// The attributes a module has beside its namespace's (CPython's module
/// getset descriptors): `__dict__`, the namespace itself, live; and
/// `__annotations__`, made on first read and kept.
fn module_getset(
    vm: &mut Vm,
    obj: &Value,
    m: &crate::object::ModuleObj,
    name: &Value,
) -> PyResult<Option<Value>> {
    match name.as_str() {
        Some("__dict__") => Ok(Some(m.dict.clone())),
        Some("__annotations__") => {
            let d = Value::dict(crate::object::DictTable::new());
            setattr(vm, obj, name, d.clone())?;
            Ok(Some(d))
        }
        _ => Ok(None),
    }
}

/// The `__getattribute__` an instance's class defines in Python, if any:
/// every attribute read then goes through it (and caches stay unfilled).
pub fn user_getattribute(obj: &Value) -> Option<Value> {
    types::class_of(obj)?;
    crate::protocol::special::lookup_special(obj, "__getattribute__")
}

/// `obj.name`: the class's own `__getattribute__` if it defines one (then
/// `__getattr__` when that raises AttributeError), else the generic lookup.
pub fn getattr(vm: &mut Vm, obj: &Value, name: &Value) -> PyResult<Value> {
    let r = match user_getattribute(obj) {
        Some(ga) => vm.call(&ga, vec![obj.clone(), name.clone()], &[]),
        None => generic_getattr(vm, obj, name),
    };
    match r {
        Err(e) if e.matches(&types::ATTRIBUTE_ERROR) && types::class_of(obj).is_some() => {
            match crate::protocol::special::lookup_special(obj, "__getattr__") {
                Some(f) => vm.call(&f, vec![obj.clone(), name.clone()], &[]),
                None => Err(e),
            }
        }
        r => r,
    }
}

/// `object.__getattribute__(obj, name)`: descriptors, the instance dict, the
/// class, then `__getattr__`; never the class's own `__getattribute__`.
pub fn generic_getattr(vm: &mut Vm, obj: &Value, name: &Value) -> PyResult<Value> {
    if let Some(r) = user_getattr(vm, obj, name) {
        return r;
    }
    let n = name.as_str().unwrap_or("");
    if let Some(Payload::Module(m)) = obj.payload() {
        if let Some(v) = module_get(m, name) {
            return Ok(v);
        }
        if let Some(v) = module_getset(vm, obj, m, name)? {
            return Ok(v);
        }
        // PEP 562: the module's own `__getattr__` answers the rest.
        if let Some(hook) = module_get(
            m,
            &crate::object::intern::intern_static("__getattr__").value(),
        ) {
            match vm.call(&hook, vec![name.clone()], &[]) {
                Err(e) if e.matches(&types::ATTRIBUTE_ERROR) => {
                    // A name CPython's module has still says it is missing.
                    return Err(vm.unsupported_attr(m, n).unwrap_or(e));
                }
                r => return r,
            }
        }
        return Err(vm.unsupported_attr(m, n).unwrap_or_else(|| no_attr(obj, n)));
    }
    if let Some(v) = special_attr(vm, obj, n)? {
        return Ok(v);
    }
    if let Some(Payload::Type(t)) = obj.payload() {
        return match t.lookup_method(n) {
            Some(m) if is_class_method(m) => Ok(bind(m, obj.clone())),
            Some(m) => Ok(m.value()),
            // The metatype's methods, bound to the type (`int.__call__`).
            None => match types::TYPE.lookup_method(n) {
                Some(m) => Ok(bind(m, obj.clone())),
                None => Err(no_attr(obj, n)),
            },
        };
    }
    match type_of(obj).lookup_method(n) {
        Some(m) if is_class_method(m) => Ok(bind(m, types::type_value(obj))),
        // A static method of the type (`'x'.maketrans`) does not bind.
        Some(m) if !binds(m) => Ok(m.value()),
        Some(m) => Ok(bind(m, obj.clone())),
        None => Err(no_attr(obj, n)),
    }
}

fn binds(m: &crate::object::StaticObj) -> bool {
    matches!(&m.0.payload, Payload::Builtin(b) if b.def.binds())
}

fn is_class_method(m: &crate::object::StaticObj) -> bool {
    matches!(&m.0.payload, Payload::Builtin(b) if matches!(b.def.kind, crate::object::BuiltinKind::ClassMethod))
}

/// A builtin method of a type bound to `this`.
fn bind(m: &'static crate::object::StaticObj, this: Value) -> Value {
    match &m.0.payload {
        Payload::Builtin(b) => Obj::alloc(Payload::Builtin(BuiltinObj {
            def: b.def,
            bound: Some(this),
        })),
        _ => m.value(),
    }
}

/// Attribute access on user-defined classes, their instances, `super()`
/// objects and bound methods; `None` for everything else.
fn user_getattr(vm: &mut Vm, obj: &Value, name: &Value) -> Option<PyResult<Value>> {
    Some(match obj.payload()? {
        Payload::Class(c) => crate::protocol::class_attr::class_getattr(vm, obj, c, name),
        Payload::Super(s) => crate::protocol::class_attr::super_getattr(vm, s, name),
        Payload::Method(m) => match name.as_str() {
            Some("__self__") => Ok(m.this.clone()),
            Some("__func__") => Ok(m.func.clone()),
            _ => getattr(vm, &m.func.clone(), name),
        },
        Payload::Property(p) => match name.as_str() {
            Some("fget") => Ok(p.fget.clone()),
            Some("fset") => Ok(p.fset.clone()),
            Some("fdel") => Ok(p.fdel.clone()),
            Some("__doc__") => Ok(p.doc.clone()),
            _ => return None,
        },
        Payload::Member(m) => match name.as_str() {
            Some("__name__") => Ok(m.name.clone()),
            Some("__objclass__") => Ok(m.owner.clone()),
            Some("__qualname__") => Ok(Value::str(&format!(
                "{}.{}",
                match m.owner.payload() {
                    Some(Payload::Class(c)) => c.qualname.as_str(),
                    _ => "?",
                },
                m.name.as_str().unwrap_or("?")
            ))),
            Some("__doc__") => Ok(Value::none()),
            _ => return None,
        },
        Payload::StaticMethod(f) | Payload::ClassMethod(f) => match name.as_str() {
            Some("__func__") => Ok(f.clone()),
            _ => return None,
        },
        _ => {
            let class_v = types::class_value_of(obj)?.clone();
            let Some(Payload::Class(c)) = class_v.payload() else {
                return None;
            };
            crate::protocol::class_attr::instance_getattr(vm, obj, &class_v, c, name)
        }
    })
}

/// The `(type, method)` pair a `LOAD_METHOD` cache may keep for `obj`: only
/// builtin types, whose method tables never change.
pub fn cacheable_method(
    obj: &Value,
    name: &Value,
) -> Option<(&'static TypeObj, &'static crate::object::StaticObj)> {
    let ty: &'static TypeObj = match obj.payload() {
        Some(Payload::Module(_) | Payload::Type(_)) => return None,
        Some(Payload::Exception(e)) if e.class.is_some() => return None,
        Some(Payload::Instance(_)) => return None,
        Some(Payload::Exception(e)) => e.ty,
        _ => static_type_of(obj)?,
    };
    let meth = ty.lookup_method(name.as_str()?)?;
    Some((ty, meth))
}

/// The static type of a value whose type is builtin.
fn static_type_of(v: &Value) -> Option<&'static TypeObj> {
    let t = types::type_of(v);
    // Every builtin type object is a `static`; find it by identity.
    types::BUILTIN_TYPES
        .iter()
        .copied()
        .find(|s| std::ptr::eq(*s, t))
}

/// `LOAD_METHOD`: `(method, self)` for a builtin method, else
/// `(attribute, NULL)`.
pub fn load_method(vm: &mut Vm, obj: Value, name: &Value) -> PyResult<(Value, Value)> {
    if let Some(class) = types::class_of(&obj) {
        // A plain function on the class, not shadowed by the instance:
        // call it with `self` and skip the bound method.
        let found = match user_getattribute(&obj) {
            Some(_) => None,
            None => crate::protocol::class::lookup(class, name),
        };
        if let Some(f) = found {
            if matches!(f.payload(), Some(Payload::Function(_))) {
                let shadowed = match obj.payload() {
                    Some(Payload::Instance(i)) => i.dict().is_some_and(|d| {
                        name.as_str_obj()
                            .is_some_and(|s| d.borrow().get(name, s.hash()).is_some())
                    }),
                    _ => false,
                };
                if !shadowed {
                    return Ok((f, obj));
                }
            }
        }
        let v = getattr(vm, &obj, name)?;
        return Ok((v, Value::null()));
    }
    if !matches!(
        obj.payload(),
        Some(
            Payload::Module(_)
                | Payload::Type(_)
                | Payload::Class(_)
                | Payload::Super(_)
                | Payload::Method(_)
        )
    ) {
        let n = name.as_str().unwrap_or("");
        if let Some(m) = type_of(&obj).lookup_method(n) {
            if is_class_method(m) {
                return Ok((bind(m, types::type_value(&obj)), Value::null()));
            }
            if !binds(m) {
                return Ok((m.value(), Value::null()));
            }
            return Ok((m.value(), obj));
        }
    }
    let v = getattr(vm, &obj, name)?;
    Ok((v, Value::null()))
}

fn type_attr(t: &'static TypeObj, name: &str) -> Option<Value> {
    Some(match name {
        // A module's type is named `module.name` (CPython's `tp_name`).
        "__name__" | "__qualname__" => Value::str(t.name.rsplit('.').next().unwrap_or(t.name)),
        "__mro__" => Value::tuple(t.mro().into_iter().map(TypeObj::value).collect()),
        "__bases__" => Value::tuple(t.base.map(TypeObj::value).into_iter().collect()),
        "__base__" => t.base.map_or_else(Value::none, TypeObj::value),
        "__doc__" => Value::none(),
        "__module__" => Value::str(t.name.rsplit_once('.').map_or("builtins", |(m, _)| m)),
        _ => return None,
    })
}

fn special_attr(vm: &mut Vm, obj: &Value, name: &str) -> PyResult<Option<Value>> {
    if name == "__class__" {
        return Ok(Some(types::type_value(obj)));
    }
    let is_float = obj.as_float().is_some();
    if obj.is_small_int() || is_float || obj.as_heap_int().is_some() || obj.as_bool().is_some() {
        return Ok(match name {
            "real" => Some(if is_float {
                obj.clone()
            } else {
                crate::protocol::number::int_of(obj)
            }),
            "imag" => Some(if is_float {
                Value::float(0.0)
            } else {
                Value::int(0)
            }),
            "numerator" if !is_float => Some(crate::protocol::number::int_of(obj)),
            "denominator" if !is_float => Some(Value::int(1)),
            _ => None,
        });
    }
    if let Some(Payload::Frame(f)) = obj.payload() {
        return vm.frame_attr(f, name);
    }
    if let Some(Payload::Generator(g)) = obj.payload() {
        if let Some(v) = vm.generator_attr(g, name) {
            return Ok(Some(v));
        }
    }
    Ok(match obj.payload() {
        Some(Payload::Type(t)) => type_attr(t, name),
        Some(Payload::Exception(e)) => crate::protocol::raise::exception_attr(e, name),
        Some(Payload::Function(f)) => func_attr(f, name).or_else(|| match name {
            "__dict__" => Some(f.attrs.clone()),
            "__name__" => Some(f.name.clone()),
            "__qualname__" => Some(f.qualname.clone()),
            "__defaults__" => Some(crate::protocol::function_attr::defaults(f)),
            "__kwdefaults__" => Some(crate::protocol::function_attr::kwdefaults(f)),
            "__annotations__" => Some(crate::protocol::function_attr::annotations(f)),
            "__doc__" => Some(
                f.code
                    .code
                    .doc
                    .as_deref()
                    .map_or_else(Value::none, Value::str),
            ),
            "__module__" => {
                let key = Value::str("__name__");
                let h = crate::object::str::str_hash("__name__");
                f.globals
                    .as_dict()
                    .and_then(|d| d.borrow().get(&key, h).cloned())
            }
            "__code__" => Some(Obj::alloc(Payload::Code(f.code.rc()))),
            "__globals__" => Some(f.globals.clone()),
            // The cells of the variables the function closes over.
            "__closure__" if f.closure.is_empty() => Some(Value::none()),
            "__closure__" => Some(Value::tuple(f.closure.clone())),
            _ => None,
        }),
        Some(Payload::Cell(c)) => match name {
            "cell_contents" => {
                return c
                    .0
                    .borrow()
                    .clone()
                    .map(Some)
                    .ok_or_else(|| PyErr::value_error("Cell is empty"))
            }
            _ => None,
        },
        Some(Payload::Builtin(b)) => match name {
            "__name__" | "__qualname__" => Some(Value::str(b.def.name)),
            "__self__" => Some(b.bound.clone().unwrap_or_else(Value::none)),
            "__doc__" => Some(Value::none()),
            _ => None,
        },
        Some(Payload::Range(r)) => match name {
            "start" => Some(Value::int128(r.start)),
            "stop" => Some(Value::int128(r.stop)),
            "step" => Some(Value::int128(r.step)),
            _ => None,
        },
        Some(Payload::Slice(s)) => match name {
            "start" => Some(s.start.clone()),
            "stop" => Some(s.stop.clone()),
            "step" => Some(s.step.clone()),
            _ => None,
        },
        Some(Payload::Code(c)) => match name {
            "co_name" => Some(Value::str(&c.code.name)),
            "co_filename" => Some(Value::str(&c.code.filename)),
            "co_firstlineno" => Some(Value::int(c.code.first_line as i64)),
            "co_argcount" => Some(Value::int(c.code.argcount as i64)),
            "co_varnames" => Some(Value::tuple(
                c.code.varnames.iter().map(|n| Value::str(n)).collect(),
            )),
            "co_cellvars" => Some(Value::tuple(
                c.code.cellvars.iter().map(|n| Value::str(n)).collect(),
            )),
            "co_freevars" => Some(Value::tuple(
                c.code.freevars.iter().map(|n| Value::str(n)).collect(),
            )),
            "co_qualname" => Some(Value::str(&c.code.qualname)),
            "co_posonlyargcount" => Some(Value::int(i64::from(c.code.posonlyargcount))),
            "co_kwonlyargcount" => Some(Value::int(i64::from(c.code.kwonlyargcount))),
            "co_nlocals" => Some(Value::int(c.code.varnames.len() as i64)),
            _ => None,
        },
        Some(Payload::Generator(g)) => match name {
            "__name__" | "__qualname__" => Some(g.borrow().name.clone()),
            _ => None,
        },
        _ => None,
    })
}

/// An attribute set on a function (most functions have none: no key is
/// built for them).
fn func_attr(f: &crate::object::Function, name: &str) -> Option<Value> {
    let d = f.attrs.as_dict()?.borrow();
    if d.is_empty() {
        return None;
    }
    let v = d
        .get(&Value::str(name), crate::object::str::str_hash(name))
        .cloned();
    v
}

/// `obj.name = v`.
pub fn setattr(_vm: &mut Vm, obj: &Value, name: &Value, v: Value) -> PyResult<()> {
    let n = name.as_str().unwrap_or("");
    if let Some(class) = types::class_of(obj) {
        return crate::protocol::class_attr::instance_setattr(_vm, obj, class, name, v);
    }
    match obj.payload() {
        Some(Payload::Class(c)) => crate::protocol::class_attr::class_setattr(_vm, c, name, v),
        Some(Payload::Module(m)) => {
            let h = crate::protocol::ops::hash(name)?;
            if let Some(d) = m.dict.as_dict() {
                d.borrow_mut().insert(name.clone(), h, v);
                _vm.dict_key_changed(d, h);
            }
            Ok(())
        }
        Some(Payload::Exception(e)) => crate::protocol::raise::set_exception_attr(e, n, v, obj),
        Some(Payload::Frame(f)) => _vm.set_frame_attr(f, n, v),
        Some(Payload::Function(f)) if crate::protocol::function_attr::is_special(n) => {
            crate::protocol::function_attr::set(_vm, f, n, v)
        }
        Some(Payload::Function(f)) => {
            let h = crate::protocol::ops::hash(name)?;
            if let Some(d) = f.attrs.as_dict() {
                let old = d.borrow_mut().insert(name.clone(), h, v);
                drop(old);
            }
            Ok(())
        }
        Some(Payload::Type(t)) => Err(PyErr::type_error(format!(
            "cannot set '{n}' attribute of immutable type '{}'",
            t.name
        ))),
        _ => {
            if special_attr(_vm, obj, n)?.is_some() {
                return Err(PyErr::attribute_error(format!(
                    "attribute '{n}' of '{}' objects is not writable",
                    crate::object::types::type_name(obj)
                )));
            }
            Err(no_attr(obj, n))
        }
    }
}

/// `del obj.name`.
pub fn delattr(_vm: &mut Vm, obj: &Value, name: &Value) -> PyResult<()> {
    let n = name.as_str().unwrap_or("");
    if let Some(class) = types::class_of(obj) {
        return crate::protocol::class_attr::instance_delattr(_vm, obj, class, name);
    }
    if let Some(Payload::Class(c)) = obj.payload() {
        return crate::protocol::class_attr::class_delattr(_vm, c, name);
    }
    if let Some(Payload::Function(f)) = obj.payload() {
        return match n {
            "__defaults__" | "__kwdefaults__" | "__annotations__" => {
                crate::protocol::function_attr::set(_vm, f, n, Value::none())
            }
            "__code__" => Err(PyErr::type_error("__code__ must be set to a code object")),
            _ => {
                let h = crate::protocol::ops::hash(name)?;
                let removed = f
                    .attrs
                    .as_dict()
                    .and_then(|d| d.borrow_mut().remove(name, h));
                match removed {
                    Some(_) => Ok(()),
                    None => Err(no_attr(obj, n)),
                }
            }
        };
    }
    if let Some(Payload::Module(m)) = obj.payload() {
        let h = crate::protocol::ops::hash(name)?;
        let removed = m.dict.as_dict().and_then(|d| {
            let removed = d.borrow_mut().remove(name, h);
            _vm.dict_key_changed(d, h);
            removed
        });
        return match removed {
            Some(_) => Ok(()),
            None => Err(no_attr(obj, n)),
        };
    }
    Err(no_attr(obj, n))
}

/// `hasattr`/`getattr` with default: attribute lookup that treats only
/// `AttributeError` as absence.
pub fn getattr_opt(vm: &mut Vm, obj: &Value, name: &Value) -> PyResult<Option<Value>> {
    if let Some(Payload::Module(m)) = obj.payload() {
        // What a module lacks is absent here, even a name CPython's
        // module has: `getattr(os, 'x', None)` probes for a feature.
        if let Some(v) = module_get(m, name) {
            return Ok(Some(v));
        }
        return match module_getset(vm, obj, m, name)? {
            Some(v) => Ok(Some(v)),
            None => {
                let hook = crate::object::intern::intern_static("__getattr__").value();
                match module_get(m, &hook) {
                    // PEP 562's `__getattr__`; its AttributeError means absent.
                    Some(f) => match vm.call(&f, vec![name.clone()], &[]) {
                        Ok(v) => Ok(Some(v)),
                        Err(e) if e.matches(&types::ATTRIBUTE_ERROR) => Ok(None),
                        Err(e) => Err(e),
                    },
                    None => Ok(None),
                }
            }
        };
    }
    match getattr(vm, obj, name) {
        Ok(v) => Ok(Some(v)),
        Err(e) if e.matches(&types::ATTRIBUTE_ERROR) => Ok(None),
        Err(e) => Err(e),
    }
}
