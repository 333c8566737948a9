//! One interpreter's state: the value stack and frames, builtins and modules,
//! the exception being handled, output streams, limits and the eval breaker.
//!
//! A [`Vm`] is `!Send`: it and every object it made stay on one thread.

pub mod atexit;
pub mod attr_cache;
pub mod call;
pub mod eval;
pub mod finalize;
pub mod generator;
pub mod gil;
pub mod import;
pub mod module;
pub mod thread_state;
pub mod threads;
pub mod traceback;

use crate::bytecode::code::Code;
use crate::compile::{self, CompileError, ErrorKind};
use crate::object::code::CodeObj;
use crate::object::error::{CoralError, PyErr, PyResult};
use crate::object::frame::Frame;
use crate::object::types;
use crate::object::value::Value;
use crate::object::{DictTable, ModuleObj, Obj, Payload};
use crate::support::eval_breaker::EvalBreaker;
use crate::support::sync::Arc as SyncArc;
use crate::vm::gil::Gil;
pub use crate::vm::module::ModuleInit;
use crate::vm::module::Natives;
use crate::vm::threads::ThreadTable;
use std::any::Any;
use std::collections::HashMap;
use std::io::Write;
use std::rc::Rc;
use std::sync::Arc;

/// Default `sys.getrecursionlimit()`.
pub const DEFAULT_RECURSION_LIMIT: usize = 1000;
/// Nested Rust-level evaluations (a builtin calling back into Python inside
/// a builtin...) allowed before `RecursionError`, whatever the Python limit:
/// each costs Rust stack, and the interpreter thread's stack is finite.
pub const MAX_NESTED_EVALS: usize = 20_000;

/// How to set up an interpreter.
pub struct VmConfig {
    /// `sys.argv`.
    pub argv: Vec<String>,
    /// Where `print` and `sys.stdout` write.
    pub stdout: Box<dyn Write>,
    /// Where tracebacks and `sys.stderr` write.
    pub stderr: Box<dyn Write>,
    /// The eval breaker other threads and signal handlers use.
    pub breaker: SyncArc<EvalBreaker>,
    /// Native modules the embedder adds (`concurrent.interpreters`' helpers).
    pub native_modules: &'static [(&'static str, ModuleInit)],
    /// Modules written in Python the embedder adds, by import name; a name
    /// with dotted children (`concurrent` for `concurrent.interpreters`) is
    /// a package.
    pub python_modules: &'static [(&'static str, &'static str)],
    /// The embedder's own state, for its native modules ([`Vm::host`]).
    pub host: Option<Box<dyn Any>>,
    /// Whether Python code may start threads (`threading`).
    pub allow_threads: bool,
    /// Whether threads may be daemons (never waited for).
    pub allow_daemon_threads: bool,
    /// The optimizer slot, when the embedder shares it with other threads
    /// (to swap optimizers or invalidate executors from outside); `None`
    /// gives the interpreter a slot of its own, with no optimizer.
    pub optimizer: Option<SyncArc<crate::tier2::optimizer::OptimizerSlot>>,
    /// Back edges before a loop is hot ([`crate::tier2`]).
    pub hot_threshold: u32,
}

impl Default for VmConfig {
    fn default() -> Self {
        VmConfig {
            argv: vec![String::new()],
            stdout: Box::new(std::io::stdout()),
            stderr: Box::new(std::io::stderr()),
            breaker: SyncArc::new(EvalBreaker::new()),
            native_modules: &[],
            python_modules: &[],
            host: None,
            allow_threads: true,
            allow_daemon_threads: true,
            optimizer: None,
            hot_threshold: crate::tier2::DEFAULT_HOT_THRESHOLD,
        }
    }
}

/// Buffered output stream.
pub(crate) struct Output {
    buf: Vec<u8>,
    sink: Box<dyn Write>,
}

impl Output {
    fn new(sink: Box<dyn Write>) -> Output {
        Output {
            // Allocated on first write: an idle interpreter keeps none.
            buf: Vec::new(),
            sink,
        }
    }

    /// Buffers `s`, writing the buffer out when it is full.
    pub(crate) fn write_str(&mut self, s: &str) -> std::io::Result<()> {
        if self.buf.capacity() == 0 {
            self.buf.reserve(8192);
        }
        self.buf.extend_from_slice(s.as_bytes());
        if self.buf.len() >= 8192 {
            return self.flush();
        }
        Ok(())
    }

    /// Writes the buffer out. A failed write (a closed pipe, a full disk)
    /// drops what was buffered and is returned, so that the `print` that
    /// caused it raises, as in CPython, instead of output going nowhere
    /// while the program runs on.
    pub(crate) fn flush(&mut self) -> std::io::Result<()> {
        if !self.buf.is_empty() {
            let r = self.sink.write_all(&self.buf);
            self.buf.clear();
            r?;
        }
        self.sink.flush()
    }
}

/// The `OSError` subclass CPython raises for a failed system call:
/// `BrokenPipeError: [Errno 32] Broken pipe`, `OSError: [Errno 28] No space
/// left on device`.
pub(crate) fn os_error(e: &std::io::Error) -> PyErr {
    os_error_args(e, Vec::new())
}

/// [`os_error`] for a call on a path, which CPython names in the message:
/// `FileNotFoundError: [Errno 2] No such file or directory: 'x'`.
pub(crate) fn os_error_path(e: &std::io::Error, path: &Value) -> PyErr {
    os_error_args(e, vec![path.clone()])
}

fn os_error_args(e: &std::io::Error, paths: Vec<Value>) -> PyErr {
    use std::io::ErrorKind;
    let Some(errno) = e.raw_os_error() else {
        return PyErr::new(&types::OS_ERROR, e.to_string());
    };
    // `io::Error` shows "Broken pipe (os error 32)"; CPython shows the C
    // library's text alone.
    let text = e.to_string();
    let strerror = text
        .strip_suffix(&format!(" (os error {errno})"))
        .unwrap_or(&text)
        .to_owned();
    // The subclasses PEP 3151 maps errno values to.
    let ty = match e.kind() {
        ErrorKind::BrokenPipe => &types::BROKEN_PIPE_ERROR,
        ErrorKind::NotFound => &types::FILE_NOT_FOUND_ERROR,
        ErrorKind::AlreadyExists => &types::FILE_EXISTS_ERROR,
        ErrorKind::PermissionDenied => &types::PERMISSION_ERROR,
        ErrorKind::IsADirectory => &types::IS_A_DIRECTORY_ERROR,
        ErrorKind::NotADirectory => &types::NOT_A_DIRECTORY_ERROR,
        ErrorKind::TimedOut => &types::TIMEOUT_ERROR,
        _ => &types::OS_ERROR,
    };
    let mut args = vec![Value::int(i64::from(errno)), Value::string(strerror)];
    args.extend(paths);
    PyErr::with_args(ty, args)
}

/// One Python interpreter.
pub struct Vm {
    pub(crate) stack: Vec<Value>,
    pub(crate) frames: Vec<Frame>,
    /// Directories searched for imported modules (`sys.path[0]`: the main
    /// script's directory).
    pub(crate) search_path: Vec<std::path::PathBuf>,
    pub(crate) builtins: Value,
    pub(crate) modules: Value,
    pub(crate) exc_info: Value,
    /// An exception `generator.throw` raises at the `yield` of the frame
    /// being resumed: the eval loop takes it as soon as it starts.
    pub(crate) pending_throw: Option<PyErr>,
    /// Bumped whenever a class attribute is set or deleted: attribute
    /// caches filled before are stale (`attr_cache.rs`).
    pub(crate) class_epoch: u64,
    /// Module imports under way in this interpreter's threads (see
    /// `vm/import.rs`, "Import locks").
    pub(crate) imports: import::ImportLocks,
    pub(crate) recursion_limit: usize,
    /// `sys.get_int_max_str_digits()`: the longest decimal int/str
    /// conversion allowed (0: no limit).
    pub(crate) int_max_str_digits: usize,
    pub(crate) breaker: SyncArc<EvalBreaker>,
    pub(crate) sources: HashMap<Arc<str>, Arc<str>>,
    pub(crate) argv: Vec<String>,
    pub(crate) stdout: Output,
    pub(crate) stderr: Output,
    pub(crate) repr_guard: Vec<usize>,
    pub(crate) nested_evals: usize,
    /// Levels of native recursion into nested containers (comparing
    /// them), counted against the recursion limit with the frames.
    pub(crate) native_depth: usize,
    /// This interpreter's GIL: whoever runs Python code in it holds it.
    pub(crate) gil: SyncArc<Gil<Vm>>,
    /// Python threads of this interpreter (`stdlib::thread` starts them).
    pub(crate) threads: ThreadTable,
    /// Coral's own builtins and standard modules.
    pub(crate) natives: &'static Natives,
    pub(crate) native_modules: &'static [(&'static str, ModuleInit)],
    pub(crate) python_modules: &'static [(&'static str, &'static str)],
    host: Option<Box<dyn Any>>,
    pub(crate) allow_daemon_threads: bool,
    /// The optimizer API's state ([`crate::tier2`]).
    pub(crate) tier2: crate::tier2::Tier2,
    /// The running thread's tracing state ([`crate::monitor::trace`]).
    pub(crate) trace: crate::monitor::trace::TraceState,
    /// Code rewritten to trap into the VM ([`crate::monitor::instrument`]).
    pub(crate) instrumentation: crate::monitor::instrument::Instrumentation,
}

impl Vm {
    /// Runs `f` one level deeper into a nested container, or raises
    /// `RecursionError` ("maximum recursion depth exceeded{what}") once
    /// the frames and these levels reach the recursion limit, as CPython's
    /// `Py_EnterRecursiveCall` does: comparing two lists nested a million
    /// deep is an exception, not a stack overflow.
    pub(crate) fn nested<T>(
        &mut self,
        what: &'static str,
        f: impl FnOnce(&mut Vm) -> PyResult<T>,
    ) -> PyResult<T> {
        let depth = self.frames.len() + self.native_depth + self.repr_guard.len();
        if depth >= self.recursion_limit || self.native_depth >= MAX_NESTED_EVALS {
            return Err(PyErr::new(
                &types::RECURSION_ERROR,
                format!("maximum recursion depth exceeded{what}"),
            ));
        }
        self.native_depth += 1;
        let r = crate::support::stack::grow(|| f(self));
        self.native_depth -= 1;
        r
    }

    /// A fresh interpreter with the builtins and standard modules of
    /// `natives`, boxed: its Python threads hold its address while they
    /// wait for the GIL, so it must never move.
    pub(crate) fn with_natives(config: VmConfig, natives: &'static Natives) -> Box<Vm> {
        let builtins = (natives.builtins)();
        let gil = SyncArc::new(Gil::new_held(config.breaker.clone()));
        let slot = config.optimizer.unwrap_or_else(|| {
            SyncArc::new(crate::tier2::optimizer::OptimizerSlot::new(
                config.breaker.clone(),
                None,
            ))
        });
        let tier2 = crate::tier2::Tier2::new(slot, crate::tier2::DEFAULT_HOT_THRESHOLD);
        let mut vm = Vm {
            // Small at first: each frame reserves what it needs as it
            // starts, and an idle interpreter should cost little memory.
            stack: Vec::with_capacity(256),
            frames: Vec::with_capacity(16),
            search_path: Vec::new(),
            builtins,
            modules: Value::dict(DictTable::new()),
            exc_info: Value::none(),
            pending_throw: None,
            class_epoch: 0,
            imports: import::ImportLocks::default(),
            recursion_limit: DEFAULT_RECURSION_LIMIT,
            int_max_str_digits: crate::protocol::repr::INT_MAX_STR_DIGITS,
            breaker: config.breaker,
            sources: HashMap::new(),
            argv: config.argv,
            stdout: Output::new(config.stdout),
            stderr: Output::new(config.stderr),
            repr_guard: Vec::new(),
            nested_evals: 0,
            native_depth: 0,
            gil,
            threads: ThreadTable::new(config.allow_threads),
            natives,
            native_modules: config.native_modules,
            python_modules: config.python_modules,
            host: config.host,
            allow_daemon_threads: config.allow_daemon_threads,
            tier2,
            trace: crate::monitor::trace::TraceState::default(),
            instrumentation: crate::monitor::instrument::Instrumentation::default(),
        };
        vm.set_hot_threshold(config.hot_threshold);
        let builtins_mod = vm.new_module("builtins", vm.builtins.clone());
        vm.register_module("builtins", builtins_mod);
        Box::new(vm)
    }

    /// The eval breaker of this interpreter.
    pub fn breaker(&self) -> &SyncArc<EvalBreaker> {
        &self.breaker
    }

    /// The embedder's state given in [`VmConfig::host`], if it is a `T`.
    pub fn host<T: 'static>(&self) -> Option<&T> {
        self.host.as_ref()?.downcast_ref()
    }

    /// This interpreter's GIL.
    pub fn gil(&self) -> &SyncArc<Gil<Vm>> {
        &self.gil
    }

    /// Sets `sys.setrecursionlimit`.
    pub fn set_recursion_limit(&mut self, limit: usize) {
        self.recursion_limit = limit;
    }

    /// Writes to stdout (buffered).
    pub fn write_stdout(&mut self, s: &str) -> PyResult<()> {
        self.stdout.write_str(s).map_err(|e| os_error(&e))
    }

    /// Writes to stderr; stdout is flushed first so the two interleave the
    /// way a reader expects.
    pub fn write_stderr(&mut self, s: &str) {
        // A failed write to stdout surfaces at the next write to stdout;
        // stderr has nowhere to report its own failures.
        let _ = self.stdout.flush();
        let _ = self.stderr.write_str(s);
        let _ = self.stderr.flush();
    }

    /// Flushes both streams; a failed write to stdout is the error.
    pub fn flush(&mut self) -> PyResult<()> {
        let out = self.stdout.flush();
        let _ = self.stderr.flush();
        out.map_err(|e| os_error(&e))
    }

    /// A module object with the given namespace.
    pub(crate) fn new_module(&mut self, name: &str, dict: Value) -> Value {
        Obj::alloc(Payload::Module(Box::new(ModuleObj {
            name: name.to_owned(),
            dict,
        })))
    }

    /// Adds a module to `sys.modules`.
    pub(crate) fn register_module(&mut self, name: &str, module: Value) {
        let key = Value::str(name);
        let h = crate::object::str::str_hash(name);
        if let Some(d) = self.modules.as_dict() {
            d.borrow_mut().insert(key, h, module);
        }
    }

    /// Compiles source into shared code, remembering the source for tracebacks.
    pub fn compile(&mut self, source: &str, filename: &str) -> Result<Arc<Code>, CompileError> {
        self.sources.insert(Arc::from(filename), Arc::from(source));
        compile::compile(source, filename)
    }

    /// A fresh module's globals: `__name__`, `__doc__` (`None` until a
    /// docstring sets it) and `__builtins__`, as every CPython module has.
    pub fn new_globals(&mut self, name: &str) -> Value {
        let builtins = self
            .import_builtin_module("builtins")
            .unwrap_or_else(Value::none);
        globals_of([
            ("__name__", Value::str(name)),
            ("__doc__", Value::none()),
            ("__builtins__", builtins),
        ])
    }

    /// Globals for a `__main__` module: a script's (with its `__file__`),
    /// or the one an embedded interpreter's `exec` runs in; `__spec__`,
    /// `__package__` and `__cached__` are `None` there, as in CPython.
    fn new_main_globals(&mut self, file: Option<&str>) -> Value {
        let globals = self.new_globals("__main__");
        let loader = self.loader_for("__main__", file);
        if let Some(d) = globals.as_dict() {
            let mut d = d.borrow_mut();
            let file = file.map(|f| ("__file__", Value::str(f)));
            let fixed = [
                ("__spec__", Value::none()),
                ("__package__", Value::none()),
                ("__loader__", loader),
            ];
            let cached = file.is_some().then(|| ("__cached__", Value::none()));
            for (name, v) in fixed.into_iter().chain(file).chain(cached) {
                d.insert(Value::str(name), crate::object::str::str_hash(name), v);
            }
        }
        globals
    }

    /// The `__loader__` of a module: a `SourceFileLoader` for one read
    /// from `file`, else the `BuiltinImporter` class (`None` if even the
    /// loaders' module cannot load, which only a broken build causes).
    pub(crate) fn loader_for(&mut self, name: &str, file: Option<&str>) -> Value {
        let m = import::import_name(self, "_frozen_importlib_external", true, 0);
        let Ok(m) = self.keep_interrupt(m) else {
            return Value::none();
        };
        let class = if file.is_some() {
            "SourceFileLoader"
        } else {
            "BuiltinImporter"
        };
        let Ok(c) = crate::protocol::attr::getattr(self, &m, &Value::str(class)) else {
            return Value::none();
        };
        match file {
            Some(f) => {
                let made = self.call(&c, vec![Value::str(name), Value::str(f)], &[]);
                self.keep_interrupt(made).unwrap_or_else(|_| Value::none())
            }
            None => c,
        }
    }

    /// For setup code Coral runs itself where no caller can see an
    /// exception (a module's `__loader__`, `sys.version_info`): a Ctrl-C or
    /// `interrupt()` it absorbed is requested again, so the program's own
    /// code still gets its `KeyboardInterrupt`.
    pub(crate) fn keep_interrupt<T>(&mut self, r: PyResult<T>) -> PyResult<T> {
        if let Err(e) = &r {
            if e.matches(&types::KEYBOARD_INTERRUPT) {
                self.breaker.set(crate::support::eval_breaker::INTERRUPT);
            }
        }
        r
    }

    /// Runs module code in `globals`.
    pub fn run_code(&mut self, code: &Arc<Code>, globals: &Value) -> PyResult<Value> {
        let code = CodeObj::load(code);
        self.run_module_code(code, globals.clone())
    }

    pub(crate) fn run_module_code(&mut self, code: Rc<CodeObj>, globals: Value) -> PyResult<Value> {
        crate::object::finalize::register(Some(self.breaker.clone()));
        let base = self.stack.len();
        let n = code.code.nlocalsplus();
        self.stack.extend((0..n).map(|_| Value::null()));
        // SAFETY: `code` and `globals` are owned by this function, which
        // waits in `run_frames` until the (entry) frame has been popped.
        let Some(frame) = (unsafe { Frame::new(&code, &globals, None, base, base, true) }) else {
            self.stack.truncate(base);
            return Err(PyErr::runtime_error("globals is not a dict"));
        };
        self.push_frame(frame)?;
        let r = self.run_frames().map(|exit| exit.into_value());
        // A generator dropped by the last statement is closed before the
        // code counts as finished.
        if self.breaker.take(crate::support::eval_breaker::FINALIZE) != 0 {
            self.run_finalizers();
        }
        r
    }

    /// Compiles and runs a program as `__main__`, the way `python3 prog.py`
    /// does, turning an uncaught exception into a [`CoralError`].
    pub fn run_main(&mut self, source: &str, filename: &str) -> Result<(), CoralError> {
        let dir = if filename.starts_with('<') {
            std::path::PathBuf::from(".")
        } else {
            // Without `.` components (`/cwd/./prog.py` is in `/cwd`).
            std::path::Path::new(filename).parent().map_or_else(
                || std::path::PathBuf::from("."),
                |p| p.components().collect(),
            )
        };
        self.search_path.insert(0, dir);
        let result = match self.compile(source, filename) {
            Ok(code) => {
                // `__file__` is the path as tracebacks show it: CPython
                // makes the script's path absolute, and so does the CLI.
                let file = (!filename.starts_with('<')).then_some(filename);
                let globals = self.new_main_globals(file);
                let main = self.new_module("__main__", globals.clone());
                self.register_module("__main__", main);
                self.run_code(&code, &globals).map(|_| ())
            }
            Err(e) => Err(compile_error_to_exception(&e, filename)),
        };
        let result = result.and_then(|()| self.shutdown_threads());
        // What is still buffered goes out now. If it cannot (the reader of
        // a pipe has gone, the disk is full) after a clean run, CPython's
        // shutdown reports it as unraisable and exits with 120.
        if let (Err(e), Ok(())) = (self.stdout.flush(), &result) {
            let err = os_error(&e);
            let tb = crate::vm::traceback::format_unraisable(self, &err);
            self.write_stderr(&format!(
                "Exception ignored in: <_io.TextIOWrapper name='<stdout>' mode='w' \
                 encoding='utf-8'>\n{tb}"
            ));
            return Err(CoralError::Exit {
                code: 120,
                message: None,
            });
        }
        result.map_err(|e| self.uncaught(e))
    }

    /// The globals of `__main__`, created on first use (an embedded
    /// interpreter's `exec` runs there, as PEP 734's does).
    pub fn main_globals(&mut self) -> Value {
        let key = Value::str("__main__");
        let h = crate::object::str::str_hash("__main__");
        let existing = self
            .modules
            .as_dict()
            .and_then(|d| d.borrow().get(&key, h).cloned());
        if let Some(Payload::Module(m)) = existing.as_ref().and_then(Value::payload) {
            return m.dict.clone();
        }
        let globals = self.new_main_globals(None);
        let main = self.new_module("__main__", globals.clone());
        self.register_module("__main__", main);
        globals
    }

    /// Compiles `source` and runs it in `__main__`, keeping the state it
    /// leaves for the next call; a compile error is a `SyntaxError`.
    pub fn exec_main(&mut self, source: &str, filename: &str) -> PyResult<()> {
        let globals = self.main_globals();
        let code = self
            .compile(source, filename)
            .map_err(|e| compile_error_to_exception(&e, filename))?;
        let r = self.run_code(&code, &globals).map(|_| ());
        let flushed = self.flush();
        r.and(flushed)
    }

    /// Adds a directory to search for imported modules (after the ones
    /// already there).
    pub fn add_search_path(&mut self, dir: std::path::PathBuf) {
        self.search_path.push(dir);
    }

    /// Waits for the program's non-daemon threads the way CPython does at
    /// exit (`threading._shutdown`), if it used `threading`.
    pub fn shutdown_threads(&mut self) -> PyResult<()> {
        let Some(threading) = import::modules_get(self, "threading") else {
            return Ok(());
        };
        let shutdown = crate::protocol::attr::getattr(self, &threading, &Value::str("_shutdown"))?;
        self.call(&shutdown, Vec::new(), &[])?;
        Ok(())
    }

    /// Converts an uncaught exception into the embedder's error.
    pub fn uncaught(&mut self, e: PyErr) -> CoralError {
        if e.matches(&types::SYSTEM_EXIT) {
            return crate::vm::traceback::system_exit(self, &e);
        }
        let traceback = crate::vm::traceback::format_exception(self, &e);
        CoralError::Exception {
            type_name: crate::object::types::type_name(e.instance()).to_owned(),
            message: crate::protocol::repr::str(self, e.instance()).unwrap_or_default(),
            traceback,
        }
    }

    /// The source text of a file the interpreter compiled.
    pub(crate) fn source_line(&self, filename: &str, line: u32) -> Option<String> {
        // Like CPython's linecache: pseudo-files (`<string>`) show no source.
        if filename.starts_with('<') {
            return None;
        }
        let src = self.sources.get(filename)?;
        src.lines()
            .nth(line.checked_sub(1)? as usize)
            .map(|l| l.trim().to_owned())
    }

    /// Imports a native module by name (for `import math` and friends).
    pub(crate) fn import_builtin_module(&mut self, name: &str) -> Option<Value> {
        let key = Value::str(name);
        let h = crate::object::str::str_hash(name);
        if let Some(m) = self
            .modules
            .as_dict()
            .and_then(|d| d.borrow().get(&key, h).cloned())
        {
            return Some(m);
        }
        let dict = self.make_native_module(name)?;
        let module = self.new_module(name, dict);
        self.register_module(name, module.clone());
        Some(module)
    }
}

impl Drop for Vm {
    /// The interpreter's Python threads run on its heap: it outlives them.
    /// Then the heap is broken up so that reference counting frees it.
    fn drop(&mut self) {
        self.wait_for_threads();
        // Teardown runs no Python code: generators freed from here on are
        // freed at once, and any still parked are dropped unclosed.
        crate::object::finalize::register(None);
        crate::object::finalize::discard_pending();
        self.clear_heap();
    }
}

impl Vm {
    /// Empties every module's namespace and the namespace of every class
    /// found in one, as CPython's finalization clears modules. With no
    /// cycle collector, that is what frees the cycles every program has:
    /// a function and the globals dict that holds it, a method and its
    /// class (through the class dict and `__class__` cells). Runs no
    /// Python code.
    fn clear_heap(&mut self) {
        let take = |d: &Value| d.as_dict().map(|d| std::mem::take(&mut *d.borrow_mut()));
        let mut dead: Vec<Value> = Vec::new();
        let mut tables: Vec<DictTable> = take(&self.modules).into_iter().collect();
        let mut seen = 0;
        loop {
            for t in tables.drain(..) {
                dead.extend(t.iter().flat_map(|(k, v)| [k.clone(), v.clone()]));
            }
            // Namespaces reachable from what was just taken out.
            for v in &dead[seen..] {
                match v.payload() {
                    Some(Payload::Module(m)) => tables.extend(take(&m.dict)),
                    Some(Payload::Class(c)) => {
                        tables.push(std::mem::take(&mut *c.dict.borrow_mut()))
                    }
                    _ => {}
                }
            }
            seen = dead.len();
            if tables.is_empty() {
                break;
            }
        }
        self.exc_info = Value::none();
        drop(dead);
    }
}

/// A dict of str keys, for the namespaces the VM builds itself.
fn globals_of<const N: usize>(items: [(&str, Value); N]) -> Value {
    let mut t = DictTable::new();
    for (name, v) in items {
        t.insert(Value::str(name), crate::object::str::str_hash(name), v);
    }
    Value::dict(t)
}

/// The Python exception for a compile error.
pub fn compile_error_to_exception(e: &CompileError, filename: &str) -> PyErr {
    let ty = match e.kind {
        ErrorKind::Syntax => &types::SYNTAX_ERROR,
        ErrorKind::Indentation => &types::INDENTATION_ERROR,
        ErrorKind::Tab => &types::TAB_ERROR,
        ErrorKind::NotImplemented => &types::NOT_IMPLEMENTED_ERROR,
        // CPython raises these two without a location.
        ErrorKind::Recursion => return PyErr::new(&types::RECURSION_ERROR, e.msg.clone()),
        ErrorKind::Memory => return PyErr::memory_error(),
    };
    let err = PyErr::new(ty, e.msg.clone());
    if e.kind != ErrorKind::NotImplemented {
        crate::vm::traceback::attach_syntax_info(&err, e, filename);
    } else {
        crate::vm::traceback::attach_location(&err, e, filename);
    }
    err
}
