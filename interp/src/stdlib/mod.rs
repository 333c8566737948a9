//! The modules that come with Coral.
//!
//! A native module is a function that fills a namespace dict; [`NATIVE`]
//! lists them by name. Modules written in Python ship inside the binary
//! ([`EMBEDDED`]). The crate root hands both lists to every interpreter it
//! makes (`vm::module::Natives`), and the import system (`vm/import.rs`)
//! finds them there, beside the program's own modules.

mod atexit;
mod bisect;
mod coral;
pub(crate) mod cpython_names;
mod fileio;
mod heapq;
mod itertools;
mod math;
mod math_special;
mod operator;
mod pickle;
mod posix;
pub mod stdlib_names;
mod structs;
mod sys;
pub mod thread;
mod time;

pub use crate::vm::module::{ModuleInit, Namespace};

/// The native modules, by import name.
pub(crate) const NATIVE: &[(&str, ModuleInit)] = &[
    ("math", math::init),
    ("sys", sys::init),
    ("_time", time::init),
    ("_thread", thread::init),
    ("_coral", coral::init),
    ("posix", posix::init),
    ("_fileio", fileio::init),
    ("_struct", structs::init),
    ("_pickle", pickle::init),
    ("_atexit", atexit::init),
    ("_heapq", heapq::init),
    ("_bisect", bisect::init),
    ("_operator", operator::init),
    ("_functools", operator::init_functools),
    ("_itertools", itertools::init),
];

/// Modules written in Python that ship inside the binary, by import name.
pub(crate) const EMBEDDED: &[(&str, &str)] = &[
    ("__future__", include_str!("lib/__future__.py")),
    ("_codecs", include_str!("lib/_codecs.py")),
    (
        "_frozen_importlib_external",
        include_str!("lib/_frozen_importlib_external.py"),
    ),
    (
        "_collections_user",
        include_str!("lib/_collections_user.py"),
    ),
    ("_functools_extra", include_str!("lib/_functools_extra.py")),
    (
        "_string_formatter",
        include_str!("lib/_string_formatter.py"),
    ),
    ("_threading_extra", include_str!("lib/_threading_extra.py")),
    ("atexit", include_str!("lib/atexit.py")),
    ("bisect", include_str!("lib/bisect.py")),
    ("collections", include_str!("lib/collections.py")),
    ("copy", include_str!("lib/copy.py")),
    ("copyreg", include_str!("lib/copyreg.py")),
    ("functools", include_str!("lib/functools.py")),
    ("heapq", include_str!("lib/heapq.py")),
    ("io", include_str!("lib/io.py")),
    ("itertools", include_str!("lib/itertools.py")),
    ("operator", include_str!("lib/operator.py")),
    ("os", include_str!("lib/os.py")),
    ("pickle", include_str!("lib/pickle.py")),
    ("posixpath", include_str!("lib/posixpath.py")),
    ("queue", include_str!("lib/queue.py")),
    ("random", include_str!("lib/random.py")),
    ("string", include_str!("lib/string.py")),
    ("struct", include_str!("lib/struct.py")),
    ("threading", include_str!("lib/threading.py")),
    ("time", include_str!("lib/time.py")),
];
