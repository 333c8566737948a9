//! The modules that come with Coral.
//!
//! A native module is a function that fills a namespace dict; [`NATIVE`]
//! lists them by name. Modules written in Python ship inside the binary
//! ([`EMBEDDED`]). Both are found by the import system (`import.rs`), which
//! also finds the program's own modules next to the main script.

mod coral;
mod math;
pub mod stdlib_names;
mod sys;
pub mod thread;
mod time;

use crate::object::value::Value;
use crate::object::{DictTable, Payload, StaticObj};
use crate::vm::Vm;

pub use sys::{is_stderr, is_stdout};

/// Fills a native module's namespace.
pub type ModuleInit = fn(&mut Vm, &mut Namespace);

/// The native modules, by import name.
const NATIVE: &[(&str, ModuleInit)] = &[
    ("math", math::init),
    ("sys", sys::init),
    ("time", time::init),
    ("_thread", thread::init),
    ("_coral", coral::init),
];

/// A module namespace under construction.
pub struct Namespace {
    table: DictTable,
}

impl Namespace {
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
}

/// Builds the namespace of native module `name`, if there is one.
pub fn make_module(vm: &mut Vm, name: &str) -> Option<Value> {
    let (_, init) = NATIVE
        .iter()
        .chain(vm.native_modules)
        .find(|(n, _)| *n == name)?;
    let mut ns = Namespace {
        table: DictTable::new(),
    };
    ns.set("__name__", Value::str(name));
    ns.set("__doc__", Value::none());
    init(vm, &mut ns);
    Some(Value::dict(ns.table))
}

/// Modules written in Python that ship inside the binary, by import name.
const EMBEDDED: &[(&str, &str)] = &[
    ("bisect", include_str!("lib/bisect.py")),
    ("collections", include_str!("lib/collections.py")),
    ("functools", include_str!("lib/functools.py")),
    ("heapq", include_str!("lib/heapq.py")),
    ("itertools", include_str!("lib/itertools.py")),
    ("operator", include_str!("lib/operator.py")),
    ("random", include_str!("lib/random.py")),
    ("string", include_str!("lib/string.py")),
    ("threading", include_str!("lib/threading.py")),
];

/// The source of an embedded Python module (Coral's own, then the
/// embedder's), and whether it is a package.
pub fn embedded_source(vm: &Vm, name: &str) -> Option<(&'static str, bool)> {
    let all = || EMBEDDED.iter().chain(vm.python_modules);
    let (_, text) = all().find(|(n, _)| *n == name)?;
    let package = all().any(|(n, _)| {
        n.strip_prefix(name)
            .is_some_and(|rest| rest.starts_with('.'))
    });
    Some((text, package))
}
