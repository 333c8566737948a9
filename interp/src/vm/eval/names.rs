//! Loads and stores of names that are not fast locals: globals and
//! builtins through `LOAD_GLOBAL`'s cache, and the class-body and module
//! namespaces of `LOAD_NAME`/`STORE_NAME`/`DELETE_NAME`.

use crate::bytecode::index::NameIndex;
use crate::object::code::CodeObj;
use crate::object::error::{PyErr, PyResult};
use crate::object::frame::Frame;
use crate::object::types;
use crate::object::value::Value;
use crate::object::DictTable;
use crate::protocol::ops;
use crate::vm::Vm;
use std::cell::RefCell;

/// `LOAD_GLOBAL`'s inline hit: the module global its cache slot names,
/// while the globals' key set is unchanged. Builtins and misses go through
/// [`Vm::load_global`].
#[inline(always)]
pub(super) fn global_hit(
    code: &CodeObj,
    globals: &RefCell<DictTable>,
    slot: usize,
) -> Option<Value> {
    let c = code.global_caches[slot].get();
    if c.in_builtins || c.globals_version == 0 {
        return None;
    }
    let g = globals.borrow();
    if c.globals_version != g.keys_version() {
        return None;
    }
    g.entry_at(c.index as usize).map(|(_, v)| v.clone())
}

impl Vm {
    /// `STORE_GLOBAL`: while the globals' key set is unchanged, the cached
    /// entry position is still the name's, so the value is replaced in place.
    pub(super) fn store_global(
        &mut self,
        code: &CodeObj,
        gd: &RefCell<DictTable>,
        arg: u32,
        slot: usize,
        v: Value,
    ) -> PyResult<()> {
        let cache = &code.global_caches[slot];
        let c = cache.get();
        let mut v = v;
        if gd.borrow().is_watched() {
            let h = ops::hash(&code.names[NameIndex::from_u32(arg)])?;
            self.dict_key_changed(gd, h);
        }
        if c.globals_version != 0 && c.globals_version == gd.borrow().keys_version() {
            let replaced = gd.borrow_mut().replace_value_at(c.index as usize, v);
            match replaced {
                Ok(old) => {
                    drop(old);
                    return Ok(());
                }
                Err(back) => v = back,
            }
        }
        let name = &code.names[NameIndex::from_u32(arg)];
        let h = ops::hash(name)?;
        let old = gd.borrow_mut().insert(name.clone(), h, v);
        drop(old);
        let g = gd.borrow();
        if let Some(pos) = g.find(name, h) {
            cache.set(crate::object::cache::GlobalCache {
                globals_version: g.keys_version(),
                builtins_version: 0,
                index: pos as u32,
                in_builtins: false,
            });
        }
        Ok(())
    }

    pub(super) fn load_global(
        &mut self,
        code: &CodeObj,
        gd: &RefCell<DictTable>,
        arg: u32,
        slot: usize,
    ) -> PyResult<Value> {
        let Some(bd) = self.builtins.as_dict() else {
            return Err(PyErr::runtime_error("builtins is not a dict"));
        };
        // The eval loop has already tried a module-global hit; what is left
        // is a builtins hit, or a miss that refills the cache.
        let cache = &code.global_caches[slot];
        let c = cache.get();
        let g = gd.borrow();
        let b = bd.borrow();
        if c.in_builtins
            && c.globals_version == g.keys_version()
            && c.builtins_version == b.keys_version()
        {
            if let Some((_, v)) = b.entry_at(c.index as usize) {
                return Ok(v.clone());
            }
        }
        let name = &code.names[NameIndex::from_u32(arg)];
        let h = ops::hash(name)?;
        if let Some(pos) = g.find(name, h) {
            cache.set(crate::object::cache::GlobalCache {
                globals_version: g.keys_version(),
                builtins_version: b.keys_version(),
                index: pos as u32,
                in_builtins: false,
            });
            return g
                .entry_at(pos)
                .map(|(_, v)| v.clone())
                .ok_or_else(|| name_error(name));
        }
        if let Some(pos) = b.find(name, h) {
            cache.set(crate::object::cache::GlobalCache {
                globals_version: g.keys_version(),
                builtins_version: b.keys_version(),
                index: pos as u32,
                in_builtins: true,
            });
            return b
                .entry_at(pos)
                .map(|(_, v)| v.clone())
                .ok_or_else(|| name_error(name));
        }
        Err(name_error(name))
    }

    /// `LOAD_NAME`: the class-body namespace, then globals, then builtins.
    pub(super) fn load_name(&mut self, name: &Value) -> PyResult<Value> {
        let h = ops::hash(name)?;
        let frame = self.frames.last();
        // SAFETY: the top frame is running, and the references are used
        // only within this call.
        if let Some(ns) = frame.and_then(|f| unsafe { f.locals_unbound() }) {
            if let Some(v) = ns.borrow().get(name, h) {
                return Ok(v.clone());
            }
        }
        let globals = cur_globals(&self.frames)?;
        if let Some(v) = globals.borrow().get(name, h) {
            return Ok(v.clone());
        }
        if let Some(v) = self
            .builtins
            .as_dict()
            .and_then(|b| b.borrow().get(name, h).cloned())
        {
            return Ok(v);
        }
        Err(name_error(name))
    }

    /// The namespace `STORE_NAME` and `DELETE_NAME` write: the running class
    /// body's, or the globals at module level.
    fn name_namespace<'a>(&self) -> PyResult<&'a RefCell<DictTable>> {
        let top = self.frames.last();
        // SAFETY: as in `load_name`: the top frame is running, and callers
        // use the reference only within the instruction.
        match top.and_then(|f| unsafe { f.locals_unbound() }) {
            Some(ns) => Ok(ns),
            None => cur_globals(&self.frames),
        }
    }

    /// `STORE_NAME`: into the class-body namespace (or the globals).
    pub(super) fn store_name(&mut self, name: &Value, v: Value) -> PyResult<()> {
        let h = ops::hash(name)?;
        let ns = self.name_namespace()?;
        let old = ns.borrow_mut().insert(name.clone(), h, v);
        drop(old);
        self.dict_key_changed(ns, h);
        Ok(())
    }

    /// `SETUP_ANNOTATIONS`: a module or class body with annotated names
    /// gets an `__annotations__` dict, unless its namespace has one.
    #[cold]
    #[inline(never)]
    pub(super) fn setup_annotations(&mut self) -> PyResult<()> {
        let name = crate::object::intern::intern_static("__annotations__").value();
        let h = ops::hash(&name)?;
        let ns = self.name_namespace()?;
        if ns.borrow().get(&name, h).is_none() {
            ns.borrow_mut()
                .insert(name, h, Value::dict(DictTable::new()));
            self.dict_key_changed(ns, h);
        }
        Ok(())
    }

    /// `DELETE_NAME`.
    pub(super) fn delete_name(&mut self, name: &Value) -> PyResult<()> {
        let h = ops::hash(name)?;
        let ns = self.name_namespace()?;
        let removed = ns.borrow_mut().remove(name, h);
        self.dict_key_changed(ns, h);
        match removed {
            Some(_) => Ok(()),
            None => Err(name_error(name)),
        }
    }
}

/// The running frame's globals, detached from `frames` like the eval loop's
/// `code` (see `detach` there): the frame's owner keeps the dict alive, and
/// callers use it only within the instruction that asked.
#[inline(always)]
pub(super) fn cur_globals<'a>(frames: &[Frame]) -> PyResult<&'a RefCell<DictTable>> {
    match frames.last() {
        // SAFETY: as explained above.
        Some(f) => Ok(unsafe { f.globals_unbound() }),
        None => Err(PyErr::runtime_error("no frame to run")),
    }
}

/// `NameError: name 'x' is not defined`.
pub(crate) fn name_error(name: &Value) -> PyErr {
    PyErr::new(
        &types::NAME_ERROR,
        format!("name '{}' is not defined", name.as_str().unwrap_or("?")),
    )
}
