//! User-defined classes: the `class` statement (`__build_class__`), the C3
//! method resolution order, attribute lookup along it, and instantiation.
//!
//! A class is a heap object of its interpreter (`Payload::Class`). Its MRO
//! mixes classes and builtin types; builtin types contribute their method
//! tables. Instances of classes deriving from `object`, `list` or `dict` are
//! `Payload::Instance`; instances of exception classes are ordinary
//! exception objects that also name their class, so raising, matching and
//! printing them needs nothing special.

use crate::format::is_identifier;
use crate::object::error::{PyErr, PyResult};
use crate::object::types::{self, TypeKind, TypeObj};
use crate::object::value::Value;
use crate::object::{ClassObj, DictTable, InstanceObj, KwArgs, MemberObj, Obj, Payload, StaticObj};
use crate::protocol::ops;
use crate::vm::Vm;
use std::cell::{Cell, RefCell};

/// The `__build_class__` builtin that `LOAD_BUILD_CLASS` pushes.
pub static BUILD_CLASS: StaticObj = crate::object::builtin_fn!("__build_class__", build_class);

/// `__build_class__(body, name, *bases, metaclass=None)`.
fn build_class(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let [body, name, bases @ ..] = args else {
        return Err(PyErr::type_error("__build_class__: not enough arguments"));
    };
    let mut class_kwargs = Vec::new();
    for (k, v) in kwargs {
        if k.as_str() != Some("metaclass") {
            class_kwargs.push((k.clone(), v.clone()));
        } else if !v.as_type().is_some_and(|t| t.kind == TypeKind::Type) {
            return Err(PyErr::new(
                &types::NOT_IMPLEMENTED_ERROR,
                "metaclasses other than type are not supported by coral yet",
            ));
        }
    }
    let name = name.as_str().unwrap_or("?").to_owned();
    let ns = Value::dict(DictTable::new());
    vm.call_with_namespace(body, &ns)?;
    let Some(table) = ns.as_dict() else {
        return Err(PyErr::runtime_error("class namespace is not a dict"));
    };
    let key = Value::str("__classcell__");
    let cell = table.borrow_mut().remove(&key, ops::hash(&key)?);
    let class = new_class(&name, bases.to_vec(), table.borrow().clone_table())?;
    if let Some((_, cell)) = cell {
        if let Some(Payload::Cell(c)) = cell.payload() {
            let old = c.0.borrow_mut().replace(class.clone());
            drop(old);
        }
    }
    set_names(vm, &class, &class_kwargs)?;
    Ok(class)
}

/// Calls `__set_name__(class, name)` on the namespace's values that define
/// it, then the bases' `__init_subclass__`, as `type.__new__` does.
/// `kwargs` are the class statement's keywords (`class C(B, flag=1)`),
/// which go to `__init_subclass__`.
pub(crate) fn set_names(vm: &mut Vm, class_v: &Value, kwargs: &KwArgs) -> PyResult<()> {
    let Some(Payload::Class(class)) = class_v.payload() else {
        return Ok(());
    };
    let entries: Vec<(Value, Value)> = class
        .dict
        .borrow()
        .iter()
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect();
    for (k, v) in entries {
        crate::protocol::special::call_special(vm, &v, "__set_name__", &[class_v.clone(), k])?;
    }
    let hook = crate::object::intern::intern_static("__init_subclass__").value();
    let h = ops::hash(&hook)?;
    if let Some(f) = lookup_in(&class.mro, &hook, h) {
        let f = match f.payload() {
            Some(Payload::ClassMethod(inner)) => inner.clone(),
            _ => f,
        };
        // `object.__init_subclass__` only rejects keywords.
        if !is_builtin(&f) || !kwargs.is_empty() {
            vm.call(&f, vec![class_v.clone()], kwargs)?;
        }
    }
    Ok(())
}

/// Creates a class: `type(name, bases, namespace)`.
pub fn new_class(name: &str, bases: Vec<Value>, mut ns: DictTable) -> PyResult<Value> {
    let bases = if bases.is_empty() {
        vec![types::OBJECT.value()]
    } else {
        bases
    };
    for (i, b) in bases.iter().enumerate() {
        check_base(b)?;
        if bases[..i].iter().any(|p| p.is(b)) {
            return Err(PyErr::type_error(format!(
                "duplicate base class {}",
                class_name(b)
            )));
        }
    }
    let mro = c3_merge(&bases)?;
    let builtin_base = solid_base(&bases)?;
    let qualname = take_str(&mut ns, "__qualname__")?.unwrap_or_else(|| name.to_owned());
    let own_slots = slots_of(&ns, name)?;
    let mut slot_names: Vec<String> = Vec::new();
    let mut has_dict = own_slots
        .as_ref()
        .is_none_or(|s| s.iter().any(|n| n == "__dict__"));
    for c in mro.iter().rev() {
        if let Some(Payload::Class(c)) = c.payload() {
            for n in &c.slot_names {
                if !slot_names.contains(n) {
                    slot_names.push(n.clone());
                }
            }
            has_dict |= c.has_dict;
        }
    }
    for s in own_slots.iter().flatten() {
        let key = Value::str(s);
        if ns.get(&key, ops::hash(&key)?).is_some() {
            return Err(PyErr::value_error(format!(
                "'{s}' in __slots__ conflicts with class variable"
            )));
        }
        if !is_special_slot(s) && !slot_names.contains(s) {
            slot_names.push(s.clone());
        }
    }
    if !matches!(builtin_base.kind, TypeKind::Object) {
        // Exceptions, lists and dicts carry their own data plus a dict.
        has_dict = true;
    }
    // A class that defines `__eq__` but not `__hash__` is unhashable.
    let (eq, hash) = (Value::str("__eq__"), Value::str("__hash__"));
    if ns.get(&eq, ops::hash(&eq)?).is_some() && ns.get(&hash, ops::hash(&hash)?).is_none() {
        ns.insert(hash.clone(), ops::hash(&hash)?, Value::none());
    }
    let doc = Value::str("__doc__");
    if ns.get(&doc, ops::hash(&doc)?).is_none() {
        ns.insert(doc.clone(), ops::hash(&doc)?, Value::none());
    }
    static NEXT_CLASS_ID: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
    let id = NEXT_CLASS_ID.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let class_v = Obj::alloc(Payload::Class(Box::new(ClassObj {
        id,
        name: name.to_owned(),
        qualname,
        bases,
        mro,
        dict: RefCell::new(ns),
        builtin_base,
        slot_names,
        has_dict,
        version: Cell::new(1),
    })));
    // Each declared slot is reached through a `member_descriptor` in the
    // namespace, which (being a data descriptor) wins over instance and
    // subclass lookups exactly where CPython's does.
    if let Some(Payload::Class(c)) = class_v.payload() {
        let mut dict = c.dict.borrow_mut();
        for s in own_slots.iter().flatten().filter(|s| !is_special_slot(s)) {
            let name = Value::str(s);
            let member = MemberObj {
                name: name.clone(),
                owner: class_v.clone(),
            };
            dict.insert(
                name.clone(),
                ops::hash(&name)?,
                Obj::alloc(Payload::Member(Box::new(member))),
            );
        }
    }
    Ok(class_v)
}

/// `__dict__` and `__weakref__` in `__slots__` ask for the instance dict
/// and weak references, not for slots.
fn is_special_slot(s: &str) -> bool {
    s == "__dict__" || s == "__weakref__"
}

fn take_str(ns: &mut DictTable, name: &str) -> PyResult<Option<String>> {
    let key = Value::str(name);
    match ns.remove(&key, ops::hash(&key)?) {
        None => Ok(None),
        Some((_, v)) => match v.as_str() {
            Some(s) => Ok(Some(s.to_owned())),
            None => Err(PyErr::type_error(format!(
                "type __qualname__ must be a str, not {}",
                types::type_name(&v)
            ))),
        },
    }
}

/// The names in `__slots__`, if the namespace declares it.
/// The names `__slots__` declares, mangled, checked as CPython checks them.
fn slots_of(ns: &DictTable, class: &str) -> PyResult<Option<Vec<String>>> {
    let key = Value::str("__slots__");
    let Some(v) = ns.get(&key, ops::hash(&key)?) else {
        return Ok(None);
    };
    let items: Vec<Value> = if v.as_str().is_some() {
        vec![v.clone()]
    } else if let Some(t) = v.as_tuple() {
        t.to_vec()
    } else if let Some(l) = v.as_list() {
        l.borrow().clone()
    } else {
        return Err(PyErr::new(
            &types::NOT_IMPLEMENTED_ERROR,
            "__slots__ other than a str, tuple or list is not supported by coral yet",
        ));
    };
    items
        .iter()
        .map(|i| match i.as_str() {
            Some(s) if !is_identifier(s) => Err(PyErr::type_error("__slots__ must be identifiers")),
            Some(s) => Ok(crate::compile::mangle(class, s).unwrap_or_else(|| s.to_owned())),
            None => Err(PyErr::type_error(format!(
                "__slots__ items must be strings, not '{}'",
                types::type_name(i)
            ))),
        })
        .collect::<PyResult<Vec<_>>>()
        .map(Some)
}

/// Builtin types that classes may derive from.
fn check_base(b: &Value) -> PyResult<()> {
    match b.payload() {
        Some(Payload::Class(_)) => Ok(()),
        Some(Payload::Type(t)) => match t.kind {
            TypeKind::Object
            | TypeKind::Exception
            | TypeKind::List
            | TypeKind::Dict
            | TypeKind::Tuple => Ok(()),
            TypeKind::Bool
            | TypeKind::NoneType
            | TypeKind::Function
            | TypeKind::Generator
            | TypeKind::Range
            | TypeKind::Slice
            | TypeKind::Method
            | TypeKind::Builtin
            | TypeKind::Ellipsis
            | TypeKind::NotImplemented => Err(PyErr::type_error(format!(
                "type '{}' is not an acceptable base type",
                t.name
            ))),
            _ => Err(PyErr::new(
                &types::NOT_IMPLEMENTED_ERROR,
                format!("subclassing '{}' is not supported by coral yet", t.name),
            )),
        },
        _ => Err(PyErr::type_error(format!(
            "bases must be types, not {}",
            types::type_name(b)
        ))),
    }
}

/// The builtin base whose behaviour the instances take: the most derived
/// builtin base, after checking, as CPython, that the bases' instance
/// layouts agree.
fn solid_base(bases: &[Value]) -> PyResult<&'static TypeObj> {
    let mut best: &'static TypeObj = &types::OBJECT;
    for b in bases {
        let t = builtin_base_of(b);
        if t.is_subtype(best) {
            best = t;
        } else if !best.is_subtype(t) {
            let (lt, lb) = (layout_of(t), layout_of(best));
            if lt.is_subtype(lb) {
                // `class E(OSError, ValueError)` after `ValueError`.
                best = t;
            } else if !lb.is_subtype(lt) {
                return Err(PyErr::type_error(
                    "multiple bases have instance lay-out conflict",
                ));
            }
        }
    }
    Ok(best)
}

/// The type that fixes `t`'s instance layout in CPython. Exceptions share
/// `BaseException`'s layout unless their type adds fields (OSError's
/// errno, SyntaxError's location...), so `class E(OSError, ValueError)`
/// is allowed and `class E(OSError, SyntaxError)` is not.
fn layout_of(t: &'static TypeObj) -> &'static TypeObj {
    if t.kind != TypeKind::Exception {
        return t;
    }
    let extended: [&TypeObj; 8] = [
        &types::OS_ERROR,
        &types::SYNTAX_ERROR,
        &types::IMPORT_ERROR,
        &types::STOP_ITERATION,
        &types::SYSTEM_EXIT,
        &types::NAME_ERROR,
        &types::ATTRIBUTE_ERROR,
        &types::UNICODE_ERROR,
    ];
    let mut cur = t;
    loop {
        if extended.iter().any(|e| std::ptr::eq(*e, cur)) {
            return cur;
        }
        match cur.base {
            Some(b) if b.kind == TypeKind::Exception => cur = b,
            _ => return cur,
        }
    }
}

fn builtin_base_of(class: &Value) -> &'static TypeObj {
    match class.payload() {
        Some(Payload::Class(c)) => c.builtin_base,
        Some(Payload::Type(t)) => t,
        _ => &types::OBJECT,
    }
}

/// The MRO of a class or builtin type, itself first.
pub fn mro_of(class: &Value) -> Vec<Value> {
    match class.payload() {
        Some(Payload::Class(c)) => {
            let mut out = Vec::with_capacity(c.mro.len() + 1);
            out.push(class.clone());
            out.extend(c.mro.iter().cloned());
            out
        }
        Some(Payload::Type(t)) => t.mro().into_iter().map(TypeObj::value).collect(),
        _ => Vec::new(),
    }
}

/// C3 linearisation of `bases` (the new class itself excluded).
fn c3_merge(bases: &[Value]) -> PyResult<Vec<Value>> {
    let mut seqs: Vec<Vec<Value>> = bases.iter().map(mro_of).collect();
    seqs.push(bases.to_vec());
    let mut out: Vec<Value> = Vec::new();
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        let in_tail =
            |c: &Value, seqs: &[Vec<Value>]| seqs.iter().any(|s| s[1..].iter().any(|x| x.is(c)));
        let head = seqs
            .iter()
            .map(|s| &s[0])
            .find(|c| !in_tail(c, &seqs))
            .cloned();
        let Some(head) = head else {
            let names: Vec<String> = bases.iter().map(class_name).collect();
            return Err(PyErr::type_error(format!(
                "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                names.join(", ")
            )));
        };
        for s in &mut seqs {
            if s[0].is(&head) {
                s.remove(0);
            }
        }
        out.push(head);
    }
}

/// `__name__` of a class or builtin type.
pub fn class_name(class: &Value) -> String {
    match class.payload() {
        Some(Payload::Class(c)) => c.name.clone(),
        Some(Payload::Type(t)) => t.name.to_owned(),
        _ => "?".to_owned(),
    }
}

/// Looks `name` up along the MRO of `class` (itself included): class
/// namespaces, then builtin types' methods.
pub fn lookup(class: &ClassObj, name: &Value) -> Option<Value> {
    let h = name.as_str_obj()?.hash();
    if let Some(v) = class.dict.borrow().get(name, h) {
        return Some(v.clone());
    }
    lookup_in(&class.mro, name, h)
}

/// Looks `name` up along an MRO slice.
pub fn lookup_in(mro: &[Value], name: &Value, h: i64) -> Option<Value> {
    let n = name.as_str()?;
    for c in mro {
        match c.payload() {
            Some(Payload::Class(c)) => {
                if let Some(v) = c.dict.borrow().get(name, h) {
                    return Some(v.clone());
                }
            }
            Some(Payload::Type(t)) => {
                if let Some(m) = t.own_method(n) {
                    return Some(m.value());
                }
            }
            _ => {}
        }
    }
    None
}

/// True if `sub` is `sup` or derives from it (classes and builtin types).
pub fn is_subclass(sub: &Value, sup: &Value) -> bool {
    if sub.is(sup) {
        return true;
    }
    match (sub.payload(), sup.payload()) {
        (Some(Payload::Class(c)), _) => c.mro.iter().any(|m| m.is(sup)),
        (Some(Payload::Type(a)), Some(Payload::Type(b))) => a.is_subtype(b),
        _ => false,
    }
}

/// `isinstance(v, class)` for a class or builtin type.
pub fn is_instance(v: &Value, class: &Value) -> bool {
    match class.payload() {
        Some(Payload::Type(t)) => types::type_of(v).is_subtype(t),
        Some(Payload::Class(_)) => match types::class_value_of(v) {
            Some(c) => is_subclass(c, class),
            None => false,
        },
        _ => false,
    }
}

/// Calls a class: creates the instance and runs `__init__`.
pub fn call_class(
    vm: &mut Vm,
    class_v: &Value,
    args: Vec<Value>,
    kwargs: &KwArgs,
) -> PyResult<Value> {
    let Some(Payload::Class(class)) = class_v.payload() else {
        return Err(PyErr::type_error("not a class"));
    };
    let new_name = crate::object::intern::intern_static("__new__").value();
    let obj = match lookup(class, &new_name) {
        Some(new) if !is_builtin(&new) => {
            let new = match new.payload() {
                Some(Payload::StaticMethod(f)) => f.clone(),
                _ => new,
            };
            let mut full = Vec::with_capacity(args.len() + 1);
            full.push(class_v.clone());
            full.extend(args.iter().cloned());
            let obj = vm.call(&new, full, kwargs)?;
            if !is_instance(&obj, class_v) {
                return Ok(obj);
            }
            obj
        }
        _ if class.builtin_base.kind == TypeKind::Tuple => {
            // `tuple.__new__(cls, iterable)`: the data is fixed at creation.
            let mut full = vec![class_v.clone()];
            full.extend(args.iter().take(1).cloned());
            if args.len() > 1 {
                return Err(PyErr::type_error(format!(
                    "tuple expected at most 1 argument, got {}",
                    args.len()
                )));
            }
            tuple_new(vm, &full, &[])?
        }
        _ => new_instance(class_v, class, &args),
    };
    let init = lookup(
        class,
        &crate::object::intern::intern_static("__init__").value(),
    );
    match init {
        Some(init) if !is_builtin(&init) => {
            let mut full = Vec::with_capacity(args.len() + 1);
            full.push(obj.clone());
            full.extend(args);
            let r = vm.call(&init, full, kwargs)?;
            if !r.is_none() {
                return Err(PyErr::type_error(format!(
                    "__init__() should return None, not '{}'",
                    types::type_name(&r)
                )));
            }
        }
        _ => builtin_init(vm, &obj, class, &args, kwargs)?,
    }
    Ok(obj)
}

fn is_builtin(v: &Value) -> bool {
    matches!(v.payload(), Some(Payload::Builtin(_)))
}

/// `tuple.__new__(cls, iterable=())`.
pub fn tuple_new(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    if !kwargs.is_empty() {
        return Err(PyErr::type_error("tuple() takes no keyword arguments"));
    }
    let Some(cls) = args.first() else {
        return Err(PyErr::type_error("tuple.__new__(): not enough arguments"));
    };
    let items = match args.get(1) {
        Some(it) => crate::protocol::iterate::collect(vm, it)?,
        None => Vec::new(),
    };
    match cls.payload() {
        Some(Payload::Type(t)) if t.kind == TypeKind::Tuple => Ok(Value::tuple(items)),
        Some(Payload::Class(c)) if c.builtin_base.kind == TypeKind::Tuple => {
            Ok(Obj::alloc(Payload::Instance(Box::new(InstanceObj {
                class: cls.clone(),
                dict_obj: c.has_dict.then(|| Value::dict(DictTable::new())),
                slots: RefCell::new(vec![Value::null(); c.slot_names.len()]),
                base: Some(Value::tuple(items)),
            }))))
        }
        _ => Err(PyErr::type_error(format!(
            "tuple.__new__({}): {} is not a subtype of tuple",
            class_name(cls),
            class_name(cls)
        ))),
    }
}

/// `object.__new__(cls, ...)`: a new, uninitialised instance of `cls`.
pub fn object_new(_vm: &mut Vm, args: &[Value], _kwargs: &KwArgs) -> PyResult<Value> {
    let Some(cls) = args.first() else {
        return Err(PyErr::type_error("object.__new__(): not enough arguments"));
    };
    match cls.payload() {
        Some(Payload::Class(c)) => Ok(new_instance(cls, c, &[])),
        Some(Payload::Type(t)) if t.kind == TypeKind::Object => (t.new)(_vm, t, &[], &[]),
        _ => Err(PyErr::type_error(format!(
            "object.__new__(X): X is not a type object ({})",
            types::type_name(cls)
        ))),
    }
}

/// A new instance of a class laid out as `object`.
pub(crate) fn new_plain_instance(class_v: &Value, class: &ClassObj) -> Value {
    new_instance(class_v, class, &[])
}

/// `object.__new__(cls)` and the builtin bases' equivalents.
fn new_instance(class_v: &Value, class: &ClassObj, args: &[Value]) -> Value {
    let slots = RefCell::new(vec![Value::null(); class.slot_names.len()]);
    let dict_obj = class.has_dict.then(|| Value::dict(DictTable::new()));
    match class.builtin_base.kind {
        TypeKind::Exception => {
            let mut e = crate::object::exception::ExcObj::new(
                class.builtin_base,
                Value::tuple(args.to_vec()),
            );
            e.class = Some(class_v.clone());
            Obj::alloc(Payload::Exception(Box::new(e)))
        }
        TypeKind::List => Obj::alloc(Payload::Instance(Box::new(InstanceObj {
            class: class_v.clone(),
            dict_obj: dict_obj.clone(),
            slots,
            base: Some(Value::list(Vec::new())),
        }))),
        TypeKind::Dict => Obj::alloc(Payload::Instance(Box::new(InstanceObj {
            class: class_v.clone(),
            dict_obj: dict_obj.clone(),
            slots,
            base: Some(Value::dict(DictTable::new())),
        }))),
        _ => Obj::alloc(Payload::Instance(Box::new(InstanceObj {
            class: class_v.clone(),
            dict_obj,
            slots,
            base: None,
        }))),
    }
}

/// `__init__` of the builtin base, when no class of the MRO defines one.
fn builtin_init(
    vm: &mut Vm,
    obj: &Value,
    class: &ClassObj,
    args: &[Value],
    kwargs: &KwArgs,
) -> PyResult<()> {
    match class.builtin_base.kind {
        // A tuple's data is fixed by `tuple.__new__`, which took the
        // arguments.
        TypeKind::Exception | TypeKind::Tuple => Ok(()),
        TypeKind::List | TypeKind::Dict => {
            let Some(init) = class.builtin_base.lookup_method("__init__") else {
                return Ok(());
            };
            let Payload::Builtin(b) = &init.0.payload else {
                return Ok(());
            };
            let mut full = vec![obj.clone()];
            full.extend(args.iter().cloned());
            (b.def.func)(vm, &full, kwargs).map(drop)
        }
        _ => {
            // As `object.__init__`: extra arguments are an error unless
            // the class overrides `__new__` (which took them).
            let new_overridden = lookup(
                class,
                &crate::object::intern::intern_static("__new__").value(),
            )
            .is_some_and(|n| !is_builtin(&n));
            if (!args.is_empty() || !kwargs.is_empty()) && !new_overridden {
                return Err(PyErr::type_error(format!(
                    "{}() takes no arguments",
                    class.name
                )));
            }
            Ok(())
        }
    }
}

/// The data object (list or dict) behind an instance of a `list` or `dict`
/// subclass.
pub fn builtin_data(v: &Value) -> Option<&Value> {
    match v.payload() {
        Some(Payload::Instance(i)) => i.base.as_ref(),
        _ => None,
    }
}
