//! Where an interpreter finds the modules that need no file: native modules
//! (a Rust function fills a namespace) and Python modules shipped inside the
//! binary, Coral's own and the embedder's.
//!
//! The VM sits below `builtins/` and `stdlib/`, so it cannot name them; the
//! crate root hands each new interpreter a [`Natives`] table instead, the way
//! an embedder hands it its own modules through `VmConfig`.

use crate::object::error::PyErr;
use crate::object::value::Value;
use crate::object::{DictTable, ModuleObj, Payload, StaticObj};
use crate::vm::Vm;

/// Fills a native module's namespace.
pub type ModuleInit = fn(&mut Vm, &mut Namespace);

/// What the layers above the VM give every interpreter: the `builtins`
/// namespace, the standard modules, and the names of CPython's standard
/// modules (to say "not supported by coral yet" for the ones Coral lacks).
pub struct Natives {
    /// Builds the `builtins` module's dict.
    pub builtins: fn() -> Value,
    /// Native standard modules, by import name.
    pub modules: &'static [(&'static str, ModuleInit)],
    /// Standard modules written in Python, by import name.
    pub sources: &'static [(&'static str, &'static str)],
    /// True for a top-level name in CPython 3.11's `sys.stdlib_module_names`.
    pub is_stdlib_module: fn(&str) -> bool,
    /// True if CPython 3.11's standard module (first) has the public name
    /// (second).
    pub cpython_has: fn(&str, &str) -> bool,
}

/// A module namespace under construction.
pub struct Namespace {
    table: DictTable,
}

impl Namespace {
    /// An empty namespace.
    pub fn new() -> Namespace {
        Namespace {
            table: DictTable::new(),
        }
    }

    /// Binds `name` to `value`.
    pub fn set(&mut self, name: &str, value: Value) {
        let key = crate::object::intern::intern(name).value();
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

    /// The finished namespace, as a dict.
    pub fn into_dict(self) -> Value {
        Value::dict(self.table)
    }
}

impl Default for Namespace {
    fn default() -> Namespace {
        Namespace::new()
    }
}

impl Vm {
    /// Builds the namespace of native module `name`, if there is one
    /// (Coral's own first, then the embedder's).
    pub(crate) fn make_native_module(&mut self, name: &str) -> Option<Value> {
        let (_, init) = self
            .natives
            .modules
            .iter()
            .chain(self.native_modules)
            .find(|(n, _)| *n == name)?;
        let mut ns = Namespace::new();
        ns.set("__name__", Value::str(name));
        ns.set("__doc__", Value::none());
        init(self, &mut ns);
        Some(ns.into_dict())
    }

    /// The source of an embedded Python module (Coral's own, then the
    /// embedder's), and whether it is a package.
    pub(crate) fn embedded_source(&self, name: &str) -> Option<(&'static str, bool)> {
        let all = || self.natives.sources.iter().chain(self.python_modules);
        let (_, text) = all().find(|(n, _)| *n == name)?;
        let package = all().any(|(n, _)| {
            n.strip_prefix(name)
                .is_some_and(|rest| rest.starts_with('.'))
        });
        Some((text, package))
    }

    /// True if `name` is a top-level standard module of CPython 3.11.
    pub(crate) fn is_stdlib_module(&self, name: &str) -> bool {
        (self.natives.is_stdlib_module)(name)
    }

    /// The error for a name Coral's own standard module `module` lacks but
    /// CPython's has: `NotImplementedError` naming it, so that a program
    /// sees a missing feature rather than its own mistake. `None` for a
    /// module of the program's (it has a `__file__`) or an unknown name.
    pub(crate) fn unsupported_attr(&self, module: &ModuleObj, name: &str) -> Option<PyErr> {
        let h = crate::object::str::str_hash("__file__");
        let has_file = module
            .dict
            .as_dict()
            .is_some_and(|d| d.borrow().get(&Value::str("__file__"), h).is_some());
        if has_file || !(self.natives.cpython_has)(&module.name, name) {
            return None;
        }
        let shown = if module.name == "posixpath" {
            "os.path"
        } else {
            &module.name
        };
        Some(PyErr::new(
            &crate::object::types::NOT_IMPLEMENTED_ERROR,
            format!("'{shown}.{name}' is not supported by coral yet"),
        ))
    }
}
