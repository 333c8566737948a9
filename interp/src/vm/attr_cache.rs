//! Inline caches for attribute access on instances of user-defined classes
//! (`LOAD_ATTR`, `STORE_ATTR`, `LOAD_METHOD`).
//!
//! Each of those instructions owns a cache slot in its code object. A slot
//! remembers, for one class, where the attribute was found:
//!
//! - `Dict(i)`: entry `i` of the instance's `__dict__`. Instances of a class
//!   usually get their attributes in the same order (from `__init__`), so
//!   the entry index is the same for all of them; a hit compares the entry's
//!   key with the attribute name by identity (identifiers are interned) and
//!   hashes nothing.
//! - `Class(v)`: a class attribute, typically a method; `LOAD_METHOD` then
//!   pushes the function and `self` and allocates no bound method.
//! - `Property(fget)`: a property getter.
//! - `Slot(i)`: slot `i` of a class with `__slots__`.
//!
//! A slot keeps up to [`WAYS`] classes, so a call site that sees a few
//! related classes (the tasks of a scheduler) still hits.
//!
//! An entry is valid while the class is the same (`ClassObj::id`) and no
//! class of the interpreter has been modified since it was filled
//! (`Vm::class_epoch`, bumped by every class attribute assignment or
//! deletion), because a change anywhere in the MRO may change the lookup.

use crate::object::cache::{AttrCache, AttrKind, AttrSlot, WAYS};
use crate::object::error::PyResult;
use crate::object::value::Value;
use crate::object::{ClassObj, InstanceObj, Payload};
use crate::protocol::class::lookup;
use crate::vm::Vm;

/// The instance and its class, for an instance of a user-defined class.
fn instance_parts(obj: &Value) -> Option<(&InstanceObj, &Value, &ClassObj)> {
    let Some(Payload::Instance(inst)) = obj.payload() else {
        return None;
    };
    match inst.class.payload() {
        Some(Payload::Class(c)) => Some((inst, &inst.class, c)),
        _ => None,
    }
}

fn in_dict(inst: &InstanceObj, name: &Value) -> bool {
    let (Some(d), Some(s)) = (inst.dict(), name.as_str_obj()) else {
        return false;
    };
    d.borrow().get(name, s.hash()).is_some()
}

fn dict_entry(inst: &InstanceObj, i: u32, name: &Value) -> Option<Value> {
    let d = inst.dict()?.borrow();
    let (k, v) = d.entry_at(i as usize)?;
    k.is(name).then(|| v.clone())
}

/// The valid cached entry for `class`, if any.
fn hit<'a>(vm: &Vm, slot: &'a AttrSlot, class: &ClassObj) -> Option<std::cell::Ref<'a, AttrKind>> {
    hit_at(vm.class_epoch, slot, class)
}

fn hit_at<'a>(
    epoch: u64,
    slot: &'a AttrSlot,
    class: &ClassObj,
) -> Option<std::cell::Ref<'a, AttrKind>> {
    let ways = slot.ways.borrow();
    let i = ways.iter().position(|w| {
        w.as_ref()
            .is_some_and(|e| e.class_id == class.id && e.epoch == epoch)
    })?;
    std::cell::Ref::filter_map(ways, |w| w[i].as_ref().map(|e| &e.kind)).ok()
}

/// The hit path of `LOAD_ATTR` for an instance-dict entry or a slot: it runs
/// no Python, so the eval loop calls it without handing over its stack.
/// `None` means "take the full path" (a miss, or another kind of entry).
#[inline]
pub fn cached_value(epoch: u64, obj: &Value, name: &Value, slot: &AttrSlot) -> Option<Value> {
    let (inst, _, class) = instance_parts(obj)?;
    match *hit_at(epoch, slot, class)? {
        AttrKind::Dict(i) => dict_entry(inst, i, name),
        AttrKind::Slot(i) => slot_value(inst, i),
        _ => None,
    }
}

/// The hit path of `STORE_ATTR`, as [`cached_value`]; gives `v` back when
/// the full path must run.
#[inline]
pub fn store_cached(
    epoch: u64,
    obj: &Value,
    name: &Value,
    v: Value,
    slot: &AttrSlot,
) -> Result<(), Value> {
    let Some((inst, _, class)) = instance_parts(obj) else {
        return Err(v);
    };
    let Some(kind) = hit_at(epoch, slot, class).map(|k| k.clone()) else {
        return Err(v);
    };
    match kind {
        AttrKind::Slot(i) => {
            let mut slots = inst.slots.borrow_mut();
            let Some(s) = slots.get_mut(i as usize) else {
                return Err(v);
            };
            let old = std::mem::replace(s, v);
            drop(slots);
            drop(old);
            Ok(())
        }
        AttrKind::Dict(i) => {
            let Some(d) = inst.dict() else {
                return Err(v);
            };
            let same = d
                .borrow()
                .entry_at(i as usize)
                .is_some_and(|(k, _)| k.is(name));
            if !same {
                return Err(v);
            }
            let old = d.borrow_mut().replace_value_at(i as usize, v)?;
            drop(old);
            Ok(())
        }
        _ => Err(v),
    }
}

fn store(vm: &Vm, slot: &AttrSlot, class: &ClassObj, kind: AttrKind) {
    let mut ways = slot.ways.borrow_mut();
    let entry = AttrCache {
        class_id: class.id,
        epoch: vm.class_epoch,
        kind,
    };
    // Reuse this class's way or a stale one before evicting.
    let at = ways
        .iter()
        .position(|w| {
            w.as_ref()
                .is_none_or(|e| e.class_id == class.id || e.epoch != vm.class_epoch)
        })
        .unwrap_or_else(|| {
            let n = slot.next.get() as usize % WAYS;
            slot.next.set(((n + 1) % WAYS) as u8);
            n
        });
    let old = ways[at].replace(entry);
    drop(ways);
    drop(old);
}

/// True if the class (or a base) defines the special method `name` in
/// Python rather than inheriting `object`'s.
fn defines(class: &ClassObj, name: &'static str) -> bool {
    lookup(class, &crate::object::intern::intern_static(name).value())
        .is_some_and(|f| !matches!(f.payload(), Some(Payload::Builtin(_))))
}

/// Fills `slot` after a full lookup of `name` on an instance. A class with
/// its own `__getattribute__` sees every read, so it is never cached.
fn fill(vm: &Vm, slot: &AttrSlot, inst: &InstanceObj, class: &ClassObj, name: &Value) {
    if defines(class, "__getattribute__") {
        return;
    }
    let attr = lookup(class, name);
    if let Some(Payload::Member(m)) = attr.as_ref().and_then(Value::payload) {
        let own = m.name.as_str();
        if let Some(i) = class
            .slot_names
            .iter()
            .position(|s| Some(s.as_str()) == own)
        {
            store(vm, slot, class, AttrKind::Slot(i as u32));
        }
        return;
    }
    // User-defined descriptors run Python on every access: not cached.
    if attr
        .as_ref()
        .is_some_and(|a| crate::object::types::class_of(a).is_some())
    {
        return;
    }
    let kind = match attr {
        Some(a) if matches!(a.payload(), Some(Payload::Property(_))) => match a.payload() {
            Some(Payload::Property(p)) if !p.fget.is_none() => AttrKind::Property(p.fget.clone()),
            _ => return,
        },
        attr => {
            let pos = match (inst.dict(), name.as_str_obj()) {
                (Some(d), Some(s)) => d.borrow().find(name, s.hash()),
                _ => None,
            };
            match (pos, attr) {
                (Some(i), _) => AttrKind::Dict(i as u32),
                (None, Some(a)) => AttrKind::Class(a),
                (None, None) => return,
            }
        }
    };
    store(vm, slot, class, kind);
}

fn slot_value(inst: &InstanceObj, i: u32) -> Option<Value> {
    inst.slots
        .borrow()
        .get(i as usize)
        .filter(|v| !v.is_null())
        .cloned()
}

/// `LOAD_ATTR` with a cache slot, after [`cached_value`] missed (the eval
/// loop tries that first): class attributes, properties, then the full
/// lookup, which refills the slot.
pub fn load_attr(vm: &mut Vm, obj: &Value, name: &Value, slot: &AttrSlot) -> PyResult<Value> {
    let Some((inst, class_v, class)) = instance_parts(obj) else {
        return crate::protocol::attr::getattr(vm, obj, name);
    };
    match hit(vm, slot, class).map(|k| k.clone()) {
        Some(AttrKind::Class(v)) if !in_dict(inst, name) => {
            return Ok(crate::protocol::class_attr::bind_for_instance(
                v, obj, class_v,
            ));
        }
        Some(AttrKind::Property(fget)) => return vm.call(&fget, vec![obj.clone()], &[]),
        _ => {}
    }
    let v = crate::protocol::attr::getattr(vm, obj, name)?;
    fill(vm, slot, inst, class, name);
    Ok(v)
}

/// `LOAD_METHOD` with a cache slot: `(function, self)` for a method of the
/// class, else `(attribute, NULL)`.
pub fn load_method(
    vm: &mut Vm,
    obj: Value,
    name: &Value,
    slot: &AttrSlot,
) -> PyResult<(Value, Value)> {
    let Some((inst, class_v, class)) = instance_parts(&obj) else {
        return crate::protocol::attr::load_method(vm, obj, name);
    };
    let cached = hit(vm, slot, class).and_then(|k| match &*k {
        AttrKind::Class(v) => Some(v.clone()),
        _ => None,
    });
    if let Some(v) = cached {
        if !in_dict(inst, name) {
            if matches!(v.payload(), Some(Payload::Function(_))) {
                return Ok((v, obj));
            }
            let bound = crate::protocol::class_attr::bind_for_instance(v, &obj, class_v);
            return Ok((bound, Value::null()));
        }
    }
    let r = crate::protocol::attr::load_method(vm, obj.clone(), name)?;
    fill(vm, slot, inst, class, name);
    Ok(r)
}

/// `STORE_ATTR` with a cache slot, after [`store_cached`] missed (the eval
/// loop tries that first): the full store, which refills the slot.
pub fn store_attr(
    vm: &mut Vm,
    obj: &Value,
    name: &Value,
    v: Value,
    slot: &AttrSlot,
) -> PyResult<()> {
    let Some((inst, _, class)) = instance_parts(obj) else {
        return crate::protocol::attr::setattr(vm, obj, name, v);
    };
    crate::protocol::attr::setattr(vm, obj, name, v)?;
    // Only a plain instance-dict attribute is cached for stores, and never
    // for a class whose `__setattr__` must see every store.
    if !defines(class, "__setattr__")
        && lookup(class, name).is_none_or(|a| !matches!(a.payload(), Some(Payload::Property(_))))
    {
        fill(vm, slot, inst, class, name);
    }
    Ok(())
}
