//! Native modules and `import`.
//!
//! A native module is a function that fills a namespace dict; [`NATIVE`]
//! lists them by name. `import m` looks in `sys.modules`, then here. Later
//! levels add Python source modules searched next to the main script through
//! the same [`import`] entry point.

mod math;
mod sys;
mod time;

use crate::error::{PyErr, PyResult};
use crate::object::{DictTable, Payload, StaticObj};
use crate::types;
use crate::value::Value;
use crate::vm::Vm;

pub use sys::{is_stderr, is_stdout};

type ModuleInit = fn(&mut Vm, &mut Namespace);

/// The native modules, by import name.
const NATIVE: &[(&str, ModuleInit)] = &[
    ("math", math::init),
    ("sys", sys::init),
    ("time", time::init),
];

/// A module namespace under construction.
pub struct Namespace {
    table: DictTable,
}

impl Namespace {
    /// Binds `name` to `value`.
    pub fn set(&mut self, name: &str, value: Value) {
        let key = crate::intern::intern(name).value();
        let h = crate::object::str::str_hash(name);
        self.table.insert(key, h, value);
    }

    /// Binds every function of a static table.
    pub fn functions(&mut self, table: &'static [StaticObj]) {
        for f in table {
            if let Payload::Builtin(b) = &f.0.payload {
                self.set(b.def.name, f.value());
            }
        }
    }
}

/// Builds the namespace of native module `name`, if there is one.
pub fn make_module(vm: &mut Vm, name: &str) -> Option<Value> {
    let (_, init) = NATIVE.iter().find(|(n, _)| *n == name)?;
    let mut ns = Namespace {
        table: DictTable::new(),
    };
    ns.set("__name__", Value::str(name));
    ns.set("__doc__", Value::none());
    init(vm, &mut ns);
    Some(Value::dict(ns.table))
}

/// `import name`.
pub fn import(vm: &mut Vm, name: &Value) -> PyResult<Value> {
    let n = name.as_str().unwrap_or("");
    vm.import_builtin_module(n).ok_or_else(|| {
        let err = PyErr::new(
            &types::MODULE_NOT_FOUND_ERROR,
            format!("No module named '{n}'"),
        );
        err
    })
}

/// `from module import name`.
pub fn import_from(vm: &mut Vm, module: &Value, name: &Value) -> PyResult<Value> {
    match crate::attr::getattr_opt(vm, module, name)? {
        Some(v) => Ok(v),
        None => {
            let mname = match module.payload() {
                Some(Payload::Module(m)) => m.name.clone(),
                _ => "?".to_owned(),
            };
            Err(PyErr::new(
                &types::IMPORT_ERROR,
                format!(
                    "cannot import name '{}' from '{mname}' (unknown location)",
                    name.as_str().unwrap_or("?")
                ),
            ))
        }
    }
}
