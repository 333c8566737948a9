//! Callable payloads: functions written in Python, functions written in Rust
//! (builtins and builtin methods), and closure cells.

use crate::object::code::CodeObj;
use crate::object::error::PyResult;
use crate::object::value::Value;
use crate::vm::Vm;
use std::cell::RefCell;
use std::rc::Rc;

/// A function defined in Python: code plus the environment it closes over.
pub struct Function {
    /// The compiled body (`__code__`, which a program may replace).
    pub code: CodeSlot,
    /// The module globals (a dict).
    pub globals: Value,
    /// `__defaults__`: None or the tuple of the trailing positional
    /// parameters' defaults, as the program gave it (`f.__defaults__ is
    /// f.__defaults__`). Borrowed only to copy from, never across a call
    /// that runs Python.
    pub defaults: RefCell<Value>,
    /// `__kwdefaults__`: None or the dict of keyword-only defaults, by
    /// name. The dict is the program's own: changing it changes the calls,
    /// as in CPython.
    pub kwdefaults: RefCell<Value>,
    /// Cells of the free variables, in `code.freevars` order.
    pub closure: Vec<Value>,
    /// `__annotations__`: None until the definition had annotations or a
    /// program read or set them, then the dict.
    pub annotations: RefCell<Value>,
    /// `__name__`.
    pub name: Value,
    /// `__qualname__`.
    pub qualname: Value,
    /// Attributes set on the function (`f.__wrapped__ = ...`, or a new
    /// `__name__`/`__doc__`), which take precedence over the fields.
    /// (`__dict__`, a dict object so that `f.__dict__` is live).
    pub attrs: Value,
}

impl Function {
    /// Runs `f` on the positional defaults (empty if there are none). The
    /// defaults stay borrowed while `f` runs: it must not run Python code.
    #[inline]
    pub fn with_defaults<R>(&self, f: impl FnOnce(&[Value]) -> R) -> R {
        let d = self.defaults.borrow();
        f(d.as_tuple().unwrap_or(&[]))
    }

    /// The default of keyword-only parameter `name`, if it has one.
    pub fn kwdefault(&self, name: &str) -> Option<Value> {
        let kw = self.kwdefaults.borrow();
        let d = kw.as_dict()?.borrow();
        d.get(&Value::str(name), crate::object::str::str_hash(name))
            .cloned()
    }
}

/// A function's code, which assigning `f.__code__` replaces.
///
/// Frames borrow their code from the function they run (`frame.rs`), so
/// the code a running frame uses must outlive the assignment. The slot
/// therefore keeps every code it has held until the function itself dies:
/// a replaced code moves to `retired`. A program that swaps among the same
/// few codes keeps each only once.
pub struct CodeSlot {
    current: std::cell::UnsafeCell<Rc<CodeObj>>,
    retired: RefCell<Vec<Rc<CodeObj>>>,
}

impl CodeSlot {
    /// A slot holding `code`.
    pub fn new(code: Rc<CodeObj>) -> CodeSlot {
        CodeSlot {
            current: std::cell::UnsafeCell::new(code),
            retired: RefCell::new(Vec::new()),
        }
    }

    /// The current code. The reference stays valid while the slot lives,
    /// whatever replaces the code meanwhile.
    #[inline(always)]
    pub fn get(&self) -> &CodeObj {
        // SAFETY: the cell is written only by `replace`, which moves the
        // old `Rc` into `retired`, so the allocation this points into
        // lives as long as `self`. The shared reference made here to the
        // cell's `Rc` ends before this returns (what escapes points into
        // the `Rc`'s heap allocation, not into the cell), and a `CodeSlot`
        // is not `Sync`, so no write happens meanwhile.
        unsafe { &*Rc::as_ptr(&*self.current.get()) }
    }

    /// A new reference to the current code.
    pub fn rc(&self) -> Rc<CodeObj> {
        // SAFETY: as in `get`, the reference to the cell's `Rc` lives only
        // for the clone.
        unsafe { (*self.current.get()).clone() }
    }

    /// Installs `code`; the old one is kept (see the type's documentation).
    pub fn replace(&self, code: Rc<CodeObj>) {
        // SAFETY: no reference into the cell outlives a `get` or `rc` call
        // (both return references into the heap or owned values), so
        // nothing reads the cell while it is written.
        let old = unsafe { std::mem::replace(&mut *self.current.get(), code) };
        let mut retired = self.retired.borrow_mut();
        if !retired.iter().any(|r| Rc::ptr_eq(r, &old)) {
            retired.push(old);
        }
    }
}

impl std::ops::Deref for CodeSlot {
    type Target = CodeObj;

    #[inline(always)]
    fn deref(&self) -> &CodeObj {
        self.get()
    }
}

/// Keyword arguments of a builtin call: name (a str) and value pairs.
pub type KwArgs = [(Value, Value)];

/// The Rust signature of every builtin function and method. Methods receive
/// `self` as the first positional argument.
pub type BuiltinFn = fn(&mut Vm, &[Value], &KwArgs) -> PyResult<Value>;

/// A builtin function's static description.
pub struct BuiltinDef {
    /// Python-visible name.
    pub name: &'static str,
    /// Implementation.
    pub func: BuiltinFn,
    /// What kind of builtin object it is, which decides whether it binds.
    pub kind: BuiltinKind,
}

/// The three kinds of builtin callables CPython has: only the last two are
/// descriptors that bind to an instance when found on its class.
#[derive(Clone, Copy)]
pub enum BuiltinKind {
    /// `builtin_function_or_method` (`len`, `math.sqrt`): stored on a class,
    /// it stays a plain function.
    Function,
    /// `method_descriptor` (`list.append`).
    Method,
    /// `wrapper_descriptor` (`int.__add__`): a builtin type's native
    /// operation exposed as its special method, of the type it names.
    Slot(&'static crate::object::types::TypeObj),
    /// A builtin class method (`object.__init_subclass__`): binds to the
    /// class, also when reached from an instance.
    ClassMethod,
}

impl BuiltinDef {
    /// True if the object binds to an instance like a method.
    pub fn binds(&self) -> bool {
        !matches!(self.kind, BuiltinKind::Function)
    }
}

/// A builtin function object, or a builtin method bound to an object.
pub struct BuiltinObj {
    /// What to call.
    pub def: &'static BuiltinDef,
    /// The receiver, for a bound method (`[].append`).
    pub bound: Option<Value>,
}

/// A closure cell; `None` while the variable is unbound.
pub struct CellObj(pub RefCell<Option<Value>>);

/// A static builtin function object: `builtin_fn!("name", path::to::func)`,
/// optionally with its [`BuiltinKind`] (a function by default).
#[macro_export]
macro_rules! builtin_fn {
    ($name:literal, $func:path) => {
        $crate::builtin_fn!($name, $func, $crate::api::BuiltinKind::Function)
    };
    ($name:literal, $func:path, $kind:expr) => {
        $crate::api::StaticObj($crate::api::Obj::immortal($crate::api::Payload::Builtin(
            $crate::api::BuiltinObj {
                def: &$crate::api::BuiltinDef {
                    name: $name,
                    func: $func,
                    kind: $kind,
                },
                bound: None,
            },
        )))
    };
}

/// A static array of builtin function objects: `name => function` pairs.
#[macro_export]
macro_rules! builtin_table {
    ($(#[$meta:meta])* $vis:vis static $table:ident = [$($name:literal => $func:path),* $(,)?];) => {
        $(#[$meta])*
        $vis static $table: [$crate::api::StaticObj; { [$($name),*].len() }] =
            [$($crate::builtin_fn!($name, $func)),*];
    };
}

/// A builtin type's method table: like [`builtin_table!`], but the objects
/// are method descriptors that bind to instances.
#[macro_export]
macro_rules! method_table {
    ($(#[$meta:meta])* $vis:vis static $table:ident = [$($name:literal => $func:path $(as $kind:ident)?),* $(,)?];) => {
        $(#[$meta])*
        $vis static $table: [$crate::api::StaticObj; { [$($name),*].len() }] =
            [$($crate::builtin_fn!($name, $func, $crate::method_kind!($($kind)?))),*];
    };
}

/// The kind of a [`method_table!`] entry: `as ClassMethod` or a method.
#[macro_export]
#[doc(hidden)]
macro_rules! method_kind {
    () => {
        $crate::api::BuiltinKind::Method
    };
    ($kind:ident) => {
        $crate::api::BuiltinKind::$kind
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    fn code(src: &str) -> Rc<CodeObj> {
        let c = crate::compile::compile(src, "t.py").expect("compiles");
        CodeObj::load(&c)
    }

    #[test]
    fn a_replaced_code_stays_alive_while_the_slot_lives() {
        let (a, b) = (code("x = 1\n"), code("y = 2\n"));
        let slot = CodeSlot::new(a.clone());
        // What a running frame holds: a reference into the first code.
        let running: &CodeObj = slot.get();
        slot.replace(b.clone());
        drop(a);
        // The slot keeps the first code: the reference is still good.
        assert_eq!(
            running.code.names[crate::bytecode::index::NameIndex::from_u32(0)].as_ref(),
            "x"
        );
        assert!(Rc::ptr_eq(&slot.rc(), &b));
        assert_eq!(
            slot.code.names[crate::bytecode::index::NameIndex::from_u32(0)].as_ref(),
            "y"
        );
    }

    #[test]
    fn swapping_among_the_same_codes_keeps_each_once() {
        let (a, b) = (code("x = 1\n"), code("y = 2\n"));
        let slot = CodeSlot::new(a.clone());
        for _ in 0..100 {
            slot.replace(b.clone());
            slot.replace(a.clone());
        }
        assert_eq!(slot.retired.borrow().len(), 2);
        // The slot, its history and the two locals.
        assert_eq!(Rc::strong_count(&a), 3);
    }
}
