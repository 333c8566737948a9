//! The import system: `import a.b.c`, `from .m import x`, packages.
//!
//! A module is found, in order, in `sys.modules`, among the native modules,
//! next to the main script (`a.py`, or `a/__init__.py` for a package; a
//! submodule in its package's directory), then among the modules written in
//! Python that ship inside the binary (`modules/lib/`). Each module runs
//! once: it is entered into `sys.modules` before its code runs (so circular
//! imports see the partly initialised module, as in CPython) and removed
//! again if its code raises.

use crate::object::error::{PyErr, PyResult};
use crate::object::types;
use crate::object::value::Value;
use crate::object::Payload;
use crate::protocol::ops;
use crate::vm::Vm;
use std::path::PathBuf;

/// `IMPORT_NAME`: imports `name` (relative to the running module when
/// `level > 0`) and returns the top-level package, or the module itself
/// when `fromlist` is true (`from m import x`, `import a.b as c`).
pub fn import_name(vm: &mut Vm, name: &str, fromlist: bool, level: usize) -> PyResult<Value> {
    let full = if level > 0 {
        let base = relative_base(vm, level)?;
        match (base.is_empty(), name.is_empty()) {
            (true, _) => name.to_owned(),
            (false, true) => base,
            (false, false) => format!("{base}.{name}"),
        }
    } else {
        name.to_owned()
    };
    if full.is_empty() {
        return Err(PyErr::value_error("Empty module name"));
    }
    let mut module = Value::none();
    let mut top = Value::none();
    let mut prefix = String::new();
    for (i, part) in full.split('.').enumerate() {
        if i > 0 {
            prefix.push('.');
        }
        prefix.push_str(part);
        let parent = (i > 0).then(|| module.clone());
        module = import_one(vm, &prefix, parent.as_ref())?;
        if i == 0 {
            top = module.clone();
        }
    }
    Ok(if fromlist || level > 0 { module } else { top })
}

/// The package a relative import of `level` dots starts from.
fn relative_base(vm: &mut Vm, level: usize) -> PyResult<String> {
    let globals = vm
        .frames
        .last()
        .map(crate::object::frame::Frame::globals_value)
        .unwrap_or_else(Value::none);
    let get = |key: &str| -> Option<String> {
        let k = Value::str(key);
        let h = crate::object::str::str_hash(key);
        globals
            .as_dict()?
            .borrow()
            .get(&k, h)
            .and_then(|v| v.as_str().map(str::to_owned))
    };
    let package = match get("__package__") {
        Some(p) => p,
        None => {
            return Err(PyErr::new(
                &types::IMPORT_ERROR,
                "attempted relative import with no known parent package",
            ))
        }
    };
    if package.is_empty() {
        return Err(PyErr::new(
            &types::IMPORT_ERROR,
            "attempted relative import with no known parent package",
        ));
    }
    let parts: Vec<&str> = package.split('.').collect();
    if level > parts.len() {
        return Err(PyErr::new(
            &types::IMPORT_ERROR,
            "attempted relative import beyond top-level package",
        ));
    }
    Ok(parts[..parts.len() + 1 - level].join("."))
}

/// The module `name` of `sys.modules`, if it was imported.
pub(crate) fn modules_get(vm: &Vm, name: &str) -> Option<Value> {
    let key = Value::str(name);
    let h = crate::object::str::str_hash(name);
    vm.modules.as_dict()?.borrow().get(&key, h).cloned()
}

/// Where top-level imports look: `sys.path` once `sys` is imported (a
/// program may change it, as in CPython; `''` is the current folder),
/// else the interpreter's starting path.
fn search_path(vm: &Vm) -> Vec<PathBuf> {
    let live = modules_get(vm, "sys").and_then(|sys| {
        let Some(Payload::Module(m)) = sys.payload() else {
            return None;
        };
        let key = Value::str("path");
        let h = crate::object::str::str_hash("path");
        let path = m.dict.as_dict()?.borrow().get(&key, h).cloned()?;
        let Some(Payload::List(items)) = path.payload() else {
            return None;
        };
        let dirs: Vec<PathBuf> = items
            .borrow()
            .iter()
            .filter_map(|d| {
                d.as_str()
                    .map(|s| PathBuf::from(if s.is_empty() { "." } else { s }))
            })
            .collect();
        Some(dirs)
    });
    live.unwrap_or_else(|| vm.search_path.clone())
}

fn modules_remove(vm: &Vm, name: &str) {
    let key = Value::str(name);
    let h = crate::object::str::str_hash(name);
    if let Some(d) = vm.modules.as_dict() {
        let removed = d.borrow_mut().remove(&key, h);
        drop(removed);
    }
}

/// Where a module's source comes from.
enum Source {
    File {
        path: PathBuf,
        package_dir: Option<PathBuf>,
    },
    Embedded {
        text: &'static str,
        package: bool,
    },
}

/// Imports one module by its full dotted name; `parent` is its package.
fn import_one(vm: &mut Vm, full: &str, parent: Option<&Value>) -> PyResult<Value> {
    if let Some(m) = modules_get(vm, full) {
        if !wait_for_import(vm, full)? {
            return Ok(m);
        }
        // The other thread is done: its module, or its failure (then this
        // thread tries again, as in CPython).
        if let Some(m) = modules_get(vm, full) {
            return Ok(m);
        }
    }
    if parent.is_none() {
        if let Some(m) = vm.import_builtin_module(full) {
            return Ok(m);
        }
    }
    let last = full.rsplit('.').next().unwrap_or(full);
    let dirs: Vec<PathBuf> = match parent {
        Some(p) => match package_path(p) {
            Some(dirs) => dirs,
            None => {
                return Err(not_found(
                    full,
                    format!(
                        "No module named '{full}'; '{}' is not a package",
                        module_name(p)
                    ),
                ))
            }
        },
        None => search_path(vm),
    };
    let source = find(&dirs, last).or_else(|| {
        vm.embedded_source(full)
            .map(|(text, package)| Source::Embedded { text, package })
    });
    let Some(source) = source else {
        let top = full.split('.').next().unwrap_or(full);
        if parent.is_none() && vm.is_stdlib_module(top) {
            // Still a ModuleNotFoundError, so that `except ImportError`
            // fallbacks work, but one that says what is going on.
            return Err(not_found(
                full,
                format!("the standard module '{full}' is not supported by coral yet"),
            ));
        }
        return Err(not_found(full, format!("No module named '{full}'")));
    };
    let module = load(vm, full, source)?;
    if let Some(p) = parent {
        if let Some(Payload::Module(pm)) = p.payload() {
            if let Some(d) = pm.dict.as_dict() {
                let key = Value::str(last);
                let h = crate::object::str::str_hash(last);
                let old = d.borrow_mut().insert(key, h, module.clone());
                drop(old);
            }
        }
    }
    Ok(module)
}

fn not_found(name: &str, msg: String) -> PyErr {
    let err = PyErr::new(&types::MODULE_NOT_FOUND_ERROR, msg);
    crate::protocol::raise::set_import_name(&err, name);
    err
}

fn find(dirs: &[PathBuf], last: &str) -> Option<Source> {
    for d in dirs {
        let pkg = d.join(last);
        let init = pkg.join("__init__.py");
        if init.is_file() {
            return Some(Source::File {
                path: init,
                package_dir: Some(pkg),
            });
        }
        let file = d.join(format!("{last}.py"));
        if file.is_file() {
            return Some(Source::File {
                path: file,
                package_dir: None,
            });
        }
    }
    None
}

/// The directories of a package module (its `__path__`; empty for a
/// package that ships inside the binary), or `None` for a plain module.
fn package_path(m: &Value) -> Option<Vec<PathBuf>> {
    let Some(Payload::Module(m)) = m.payload() else {
        return None;
    };
    let key = Value::str("__path__");
    let h = crate::object::str::str_hash("__path__");
    let path = m.dict.as_dict()?.borrow().get(&key, h).cloned()?;
    let dirs = path
        .as_list()?
        .borrow()
        .iter()
        .filter_map(|d| d.as_str().map(PathBuf::from))
        .collect();
    Some(dirs)
}

fn module_name(m: &Value) -> String {
    match m.payload() {
        Some(Payload::Module(m)) => m.name.clone(),
        _ => "?".to_owned(),
    }
}

/// Compiles and runs a module's source in a fresh namespace.
fn load(vm: &mut Vm, full: &str, source: Source) -> PyResult<Value> {
    let (text, filename, package_dir) = match &source {
        Source::File { path, package_dir } => {
            let text = std::fs::read_to_string(path).map_err(|e| {
                PyErr::new(
                    &types::IMPORT_ERROR,
                    format!("cannot read '{}': {e}", path.display()),
                )
            })?;
            let abs = std::path::absolute(path).unwrap_or_else(|_| path.clone());
            (
                text,
                abs.to_string_lossy().into_owned(),
                package_dir.clone(),
            )
        }
        Source::Embedded { text, .. } => ((*text).to_owned(), format!("<frozen {full}>"), None),
    };
    let globals = vm.new_globals(full);
    let set = |k: &str, v: Value| -> PyResult<()> {
        let key = Value::str(k);
        let h = ops::hash(&key)?;
        if let Some(d) = globals.as_dict() {
            d.borrow_mut().insert(key, h, v);
        }
        Ok(())
    };
    let package = match &package_dir {
        Some(_) => full.to_owned(),
        None => full
            .rsplit_once('.')
            .map_or(String::new(), |(p, _)| p.to_owned()),
    };
    set("__package__", Value::str(&package))?;
    if let Source::File { .. } = source {
        set("__file__", Value::str(&filename))?;
        let loader = vm.loader_for(full, Some(&filename));
        set("__loader__", loader)?;
    }
    if let Source::Embedded { package: true, .. } = source {
        set("__package__", Value::str(full))?;
        set("__path__", Value::list(Vec::new()))?;
    }
    if let Some(dir) = &package_dir {
        let abs = std::path::absolute(dir).unwrap_or_else(|_| dir.clone());
        set(
            "__path__",
            Value::list(vec![Value::str(&abs.to_string_lossy())]),
        )?;
    }
    let module = vm.new_module(full, globals.clone());
    vm.register_module(full, module.clone());
    let code = match vm.compile(&text, &filename) {
        Ok(c) => c,
        Err(e) => {
            modules_remove(vm, full);
            return Err(crate::vm::compile_error_to_exception(&e, &filename));
        }
    };
    let me = crate::vm::threads::ident();
    vm.imports.running.push((full.to_owned(), me));
    let ran = vm.run_code(&code, &globals);
    vm.imports.running.retain(|(m, t)| !(m == full && *t == me));
    if let Err(e) = ran {
        modules_remove(vm, full);
        return Err(e);
    }
    // The module may have replaced itself in `sys.modules`.
    Ok(modules_get(vm, full).unwrap_or(module))
}

/// Import locks: a module's code runs with its module already in
/// `sys.modules`, and with the GIL switching threads, another thread of
/// the interpreter could see it half made (`AttributeError` for a name
/// defined further down). As CPython's per-module locks do, that thread
/// waits until the import is done. The table lives in the `Vm` and is only
/// touched with the GIL held, so it needs no lock of its own.
#[derive(Default)]
pub(crate) struct ImportLocks {
    /// Modules whose code is running, with the thread running it.
    running: Vec<(String, u64)>,
    /// Threads waiting for a module another thread is importing.
    waiting: Vec<(u64, String)>,
}

impl ImportLocks {
    fn owner(&self, module: &str) -> Option<u64> {
        self.running
            .iter()
            .rev()
            .find(|(m, _)| m == module)
            .map(|(_, t)| *t)
    }

    /// True if `thread` waiting for `module` would wait forever: the chain
    /// of owners and what they wait for leads back to `thread` (two
    /// threads importing each other's modules). CPython then hands out
    /// the partial module, and so does Coral.
    fn would_deadlock(&self, thread: u64, module: &str) -> bool {
        let mut current = module.to_owned();
        for _ in 0..=self.waiting.len() {
            let Some(owner) = self.owner(&current) else {
                return false;
            };
            if owner == thread {
                return true;
            }
            match self.waiting.iter().find(|(t, _)| *t == owner) {
                Some((_, next)) => current = next.clone(),
                None => return false,
            }
        }
        true
    }
}

/// Waits while another thread imports `module`; true if it waited.
fn wait_for_import(vm: &mut Vm, module: &str) -> PyResult<bool> {
    let me = crate::vm::threads::ident();
    let mut waited = false;
    loop {
        match vm.imports.owner(module) {
            Some(owner) if owner != me && !vm.imports.would_deadlock(me, module) => {}
            _ => return Ok(waited),
        }
        waited = true;
        vm.imports.waiting.push((me, module.to_owned()));
        vm.allow_threads(|| std::thread::sleep(std::time::Duration::from_micros(200)));
        vm.imports.waiting.retain(|(t, _)| *t != me);
        vm.check_breaker()?;
    }
}

/// `IMPORT_FROM`: `from module import name`, importing a submodule of a
/// package when the package has no such attribute.
pub fn import_from(vm: &mut Vm, module: &Value, name: &Value) -> PyResult<Value> {
    if let Some(v) = crate::protocol::attr::getattr_opt(vm, module, name)? {
        return Ok(v);
    }
    let mname = module_name(module);
    let n = name.as_str().unwrap_or("?");
    if let Some(Payload::Module(m)) = module.payload() {
        if let Some(e) = vm.unsupported_attr(m, n) {
            return Err(e);
        }
    }
    if package_path(module).is_some() {
        let full = format!("{mname}.{n}");
        match import_one(vm, &full, Some(module)) {
            Ok(m) => return Ok(m),
            Err(e) if e.matches(&types::MODULE_NOT_FOUND_ERROR) => {}
            Err(e) => return Err(e),
        }
    }
    let location = match module.payload() {
        Some(Payload::Module(m)) => {
            let key = Value::str("__file__");
            let h = crate::object::str::str_hash("__file__");
            m.dict
                .as_dict()
                .and_then(|d| {
                    d.borrow()
                        .get(&key, h)
                        .and_then(|f| f.as_str().map(str::to_owned))
                })
                .unwrap_or_else(|| "unknown location".to_owned())
        }
        _ => "unknown location".to_owned(),
    };
    let err = PyErr::new(
        &types::IMPORT_ERROR,
        format!("cannot import name '{n}' from '{mname}' ({location})"),
    );
    crate::protocol::raise::set_import_name(&err, &mname);
    Err(err)
}

/// `from module import *`: the module's public names (or its `__all__`).
pub fn import_star(vm: &mut Vm, module: &Value) -> PyResult<Vec<(Value, Value)>> {
    let Some(Payload::Module(m)) = module.payload() else {
        return Err(PyErr::type_error("import * from a non-module"));
    };
    let Some(d) = m.dict.as_dict() else {
        return Ok(Vec::new());
    };
    let all_key = Value::str("__all__");
    let all = d.borrow().get(&all_key, ops::hash(&all_key)?).cloned();
    match all {
        Some(all) => {
            let names = crate::protocol::iterate::collect(vm, &all)?;
            let mut out = Vec::new();
            for n in names {
                let v = crate::protocol::attr::getattr(vm, module, &n)?;
                out.push((n, v));
            }
            Ok(out)
        }
        None => Ok(d
            .borrow()
            .iter()
            .filter(|(k, _)| k.as_str().is_some_and(|s| !s.starts_with('_')))
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect()),
    }
}
