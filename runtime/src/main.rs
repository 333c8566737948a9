//! `coral`: run a Python program the way `python3` does.
//!
//! `coral prog.py [args...]`, `coral -c CODE [args...]`, `coral --dis prog.py`,
//! `coral --dis-live prog.py`.
//! The program runs on its own thread with a large stack (deep recursion
//! through builtins is bounded by the VM, not by the thread's default stack);
//! Ctrl-C reaches the interpreter through its eval breaker and raises
//! `KeyboardInterrupt`. Exit status and stderr follow CPython: 1 and a
//! traceback for an uncaught exception, the `sys.exit` code, 2 for a file
//! that cannot be read.

use clap::Parser;
use coral_interp::api::compile;
use coral_interp::api::INTERRUPT;
use coral_interp::{CoralError, Vm, VmConfig};
use coral_runtime::{Interpreter, InterpreterConfig, Runtime, RuntimeConfig};
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

#[global_allocator]
static GLOBAL: coral_runtime::alloc::Mimalloc = coral_runtime::alloc::Mimalloc;

/// Stack of the interpreter thread: Python recursion does not use it, and
/// Rust code calling back into Python (sorted with a key, map...) grows
/// onto the heap when it runs low.
const INTERPRETER_STACK: usize = 16 << 20;

#[derive(Parser, Debug)]
#[command(
    name = "coral",
    version = concat!(env!("CARGO_PKG_VERSION"), " (runs the Python 3.11 subset in LANGUAGE.md)"),
    about = "Run a Python program with Coral, a multi-core Python runtime.",
    after_help = "Arguments after FILE (or after -c CODE) are passed to the program in sys.argv."
)]
struct Cli {
    /// Run CODE (sys.argv[0] is "-c").
    #[arg(short = 'c', value_name = "CODE")]
    command: Option<String>,
    /// Print the bytecode of the program instead of running it.
    #[arg(long)]
    dis: bool,
    /// Run the program, then print the bytecode of its functions and
    /// methods as they ran: each ENTER_EXECUTOR with its executor.
    #[arg(long, conflicts_with = "dis")]
    dis_live: bool,
    /// The optimizer hot loops are handed to.
    #[arg(long, value_name = "NAME", default_value = "none",
          value_parser = clap::builder::PossibleValuesParser::new(coral_optimizer::NAMES))]
    optimizer: String,
    /// Back edges before a loop is hot (1 to 4095).
    #[arg(long, value_name = "N", default_value_t = coral_interp::api::DEFAULT_HOT_THRESHOLD,
          value_parser = clap::value_parser!(u32).range(1..=4095))]
    hot_threshold: u32,
    /// After the run, print the optimizer API's counters to stderr as one
    /// JSON object.
    #[arg(long, value_name = "FORMAT", value_parser = ["json"])]
    stats: Option<String>,
    /// The program to run.
    #[arg(value_name = "FILE")]
    file: Option<PathBuf>,
    /// Arguments for the program.
    #[arg(
        trailing_var_arg = true,
        allow_hyphen_values = true,
        value_name = "ARGS"
    )]
    args: Vec<String>,
}

/// What to run: source text, its file name for tracebacks, and `sys.argv`.
struct Program {
    source: String,
    filename: String,
    argv: Vec<String>,
}

fn load(cli: Cli) -> Result<Program, ExitCode> {
    if let Some(code) = cli.command {
        let mut argv = vec!["-c".to_owned()];
        argv.extend(cli.file.map(|f| f.to_string_lossy().into_owned()));
        argv.extend(cli.args);
        return Ok(Program {
            source: code,
            filename: "<string>".to_owned(),
            argv,
        });
    }
    let Some(path) = cli.file else {
        eprintln!(
            "coral: no program given (interactive mode is not supported); try 'coral --help'"
        );
        return Err(ExitCode::from(2));
    };
    // As CPython: the current folder joined to a relative path, with no
    // other normalisation (`./prog.py` shows as `/cwd/./prog.py`).
    let shown = match std::env::current_dir() {
        Ok(cwd) if path.is_relative() => cwd.join(&path),
        _ => path.clone(),
    };
    let bytes = match std::fs::read(&path) {
        Ok(b) => b,
        Err(e) => {
            let errno = e.raw_os_error().unwrap_or(0);
            let msg = match e.kind() {
                std::io::ErrorKind::NotFound => "No such file or directory".to_owned(),
                std::io::ErrorKind::PermissionDenied => "Permission denied".to_owned(),
                _ if errno == 21 => "Is a directory".to_owned(),
                _ => e.to_string(),
            };
            eprintln!(
                "coral: can't open file '{}': [Errno {errno}] {msg}",
                shown.display()
            );
            return Err(ExitCode::from(2));
        }
    };
    // Like CPython 3.9+: tracebacks name the script by its absolute path,
    // while sys.argv[0] keeps the path as given.
    let filename = shown.to_string_lossy().into_owned();
    let argv0 = path.to_string_lossy().into_owned();
    if let Some(at) = bytes.iter().position(|&b| b == 0) {
        // CPython's tokenizer: the line up to the NUL, then the error.
        let start = bytes[..at]
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |i| i + 1);
        let line = bytes[..at].iter().filter(|&&b| b == b'\n').count() + 1;
        eprintln!(
            "  File \"{filename}\", line {line}\n    {}\nSyntaxError: source code cannot contain null bytes",
            String::from_utf8_lossy(&bytes[start..at]).trim()
        );
        return Err(ExitCode::from(1));
    }
    let source = match source_encoding(&bytes) {
        Ok(Encoding::Latin1) => Ok(bytes.iter().map(|&b| char::from(b)).collect()),
        Ok(Encoding::Utf8) => String::from_utf8(bytes),
        Err(name) => {
            eprintln!("SyntaxError: encoding problem: {name}");
            return Err(ExitCode::from(1));
        }
    };
    let source = match source {
        Ok(s) => s,
        Err(e) => {
            let bad = e.as_bytes()[e.utf8_error().valid_up_to()];
            let line = e.as_bytes()[..e.utf8_error().valid_up_to()]
                .iter()
                .filter(|&&b| b == b'\n')
                .count()
                + 1;
            eprintln!(
                "SyntaxError: Non-UTF-8 code starting with '\\x{bad:02x}' in file {filename} on line {line}, but no encoding declared; see https://peps.python.org/pep-0263/ for details"
            );
            return Err(ExitCode::from(1));
        }
    };
    let mut argv = vec![argv0];
    argv.extend(cli.args);
    Ok(Program {
        source,
        filename,
        argv,
    })
}

/// How a source file's bytes become text (PEP 263).
enum Encoding {
    Utf8,
    Latin1,
}

/// The encoding a `# coding: name` comment in the first two lines
/// declares (UTF-8 without one); `Err(name)` for one Coral cannot decode.
/// Names are normalised as CPython's tokenizer does (`latin_1`,
/// `ISO-8859-1`, `utf8`...).
fn source_encoding(bytes: &[u8]) -> Result<Encoding, String> {
    for line in bytes.split(|&b| b == b'\n').take(2) {
        let text = String::from_utf8_lossy(line);
        let trimmed = text.trim_start_matches([' ', '\t', '\x0c']);
        if !trimmed.starts_with('#') {
            // A line that is not a comment ends the search (but a blank
            // first line does not).
            if trimmed.trim().is_empty() {
                continue;
            }
            break;
        }
        let Some(at) = trimmed.find("coding") else {
            continue;
        };
        let rest = &trimmed[at + "coding".len()..];
        let Some(rest) = rest.strip_prefix([':', '=']) else {
            continue;
        };
        let name: String = rest
            .trim_start_matches([' ', '\t'])
            .chars()
            .take_while(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | '.'))
            .collect();
        if name.is_empty() {
            continue;
        }
        let norm = name.to_ascii_lowercase().replace('_', "-");
        return match norm.as_str() {
            "utf-8" | "utf8" | "ascii" | "us-ascii" => Ok(Encoding::Utf8),
            n if n.starts_with("utf-8-") => Ok(Encoding::Utf8),
            "latin-1" | "latin1" | "iso-8859-1" | "iso8859-1" | "iso-latin-1" | "l1" => {
                Ok(Encoding::Latin1)
            }
            n if n.starts_with("latin-1-") || n.starts_with("iso-8859-1-") => Ok(Encoding::Latin1),
            _ => Err(name),
        };
    }
    Ok(Encoding::Utf8)
}

/// Rust's heap is mimalloc; glibc's `malloc` serves only libc itself, but
/// by default it reserves a 64 MiB arena for each thread that touches it
/// (up to eight per core), address space a program with many threads
/// runs out of under `ulimit -v`. One arena is plenty for libc.
fn limit_libc_arenas() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: `mallopt` only sets a tuning parameter of glibc's allocator;
    // it is called before any other thread exists.
    unsafe {
        libc::mallopt(libc::M_ARENA_MAX, 1);
    }
}

/// How the program ended.
enum Outcome {
    Ok,
    Exit(i32),
    Interrupted,
}

fn run(program: Program, main: &Interpreter) -> Outcome {
    let result = match main.run_main(&program.source, &program.filename) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("coral: internal error: {e}");
            return Outcome::Exit(70);
        }
    };
    let outcome = match result {
        Ok(()) => {
            // The program's threads are already joined (inside `run_main`).
            let _ = main.run_atexit();
            return Outcome::Ok;
        }
        Err(CoralError::Exit { code, message }) => {
            if let Some(m) = message {
                eprintln!("{m}");
            }
            Outcome::Exit(code)
        }
        Err(CoralError::Exception {
            type_name,
            traceback,
            ..
        }) => {
            let mut err = std::io::stderr().lock();
            let _ = err.write_all(traceback.as_bytes());
            let _ = err.flush();
            if type_name == "KeyboardInterrupt" {
                return Outcome::Interrupted;
            }
            Outcome::Exit(1)
        }
    };
    // A program that ends by `sys.exit` or an uncaught exception still
    // waits for its non-daemon threads after its report, as CPython's
    // `threading._shutdown` does: their output and their own tracebacks are
    // not lost. (A clean end waits inside `run_main`.)
    // (An error here, such as Ctrl-C while waiting, ends the wait.)
    let _ = main.exec(WAIT_FOR_THREADS);
    let _ = main.run_atexit();
    outcome
}

/// Run in `__main__` after a program that did not end cleanly: waits for
/// its threads if it used `threading`.
const WAIT_FOR_THREADS: &str = "
import sys as _coral_sys
if 'threading' in _coral_sys.modules:
    _coral_sys.modules['threading']._shutdown()
";

/// `--dis-live`, run in `__main__` after the program: the live listing
/// (`_coral.dis`) of every function and method the program defined.
const DIS_LIVE: &str = "
import _coral as _coral_dis_live
for _coral_name, _coral_value in list(globals().items()):
    if getattr(_coral_value, '__module__', None) != '__main__':
        continue
    _coral_funcs = []
    if isinstance(_coral_value, type):
        for _coral_attr, _coral_f in list(vars(_coral_value).items()):
            if hasattr(_coral_f, '__code__'):
                _coral_funcs.append((_coral_name + '.' + _coral_attr, _coral_f))
    elif hasattr(_coral_value, '__code__'):
        _coral_funcs.append((_coral_name, _coral_value))
    for _coral_qual, _coral_f in _coral_funcs:
        print('Disassembly of ' + _coral_qual + ':')
        print(_coral_dis_live.dis(_coral_f))
";

fn disassemble(program: &Program) -> ExitCode {
    match compile(&program.source, &program.filename) {
        Ok(code) => {
            print!("{}", coral_interp::api::disassemble(&code));
            ExitCode::SUCCESS
        }
        Err(e) => {
            let mut vm = Vm::new(VmConfig::default());
            let err = coral_interp::api::compile_error_to_exception(&e, &program.filename);
            if let CoralError::Exception { traceback, .. } = vm.uncaught(err) {
                eprint!("{traceback}");
            }
            ExitCode::from(1)
        }
    }
}

/// `--stats=json`: the optimizer API's counters as one JSON object.
fn stats_json(main: &Interpreter) -> String {
    let s = main.stats().optimizer;
    let name = main.optimizer_name();
    format!(
        "{{\"optimizer\": \"{}\", \"executors_created\": {}, \"executors_invalidated\": {}, \"executors_live\": {}, \"enter_executor_hits\": {}, \"optimizer_swaps\": {}, \"compile_declined\": {}, \"compile_failed\": {}}}",
        name.escape_default(),
        s.executors_created,
        s.executors_invalidated,
        s.executors_live,
        s.enter_executor_hits,
        s.optimizer_swaps,
        s.compile_declined,
        s.compile_failed
    )
}

fn main() -> ExitCode {
    limit_libc_arenas();
    let cli = Cli::parse();
    let dis = cli.dis;
    let dis_live = cli.dis_live;
    let stats = cli.stats.is_some();
    let hot_threshold = cli.hot_threshold;
    let optimizer = match coral_optimizer::by_name(&cli.optimizer) {
        Ok(o) => o,
        Err(e) => {
            eprintln!("coral: {e}");
            return ExitCode::from(2);
        }
    };
    let program = match load(cli) {
        Ok(p) => p,
        Err(code) => return code,
    };
    if dis {
        return disassemble(&program);
    }
    // Interpreters the program creates (`concurrent.interpreters`) get the
    // same optimizer: `--optimizer` is the process's choice.
    let runtime = Runtime::new(RuntimeConfig {
        subinterpreter: InterpreterConfig {
            optimizer: optimizer.clone(),
            hot_threshold,
            ..InterpreterConfig::default()
        },
    });
    let dir = std::path::Path::new(&program.filename)
        .parent()
        .filter(|_| !program.filename.starts_with('<'))
        .map_or_else(|| PathBuf::from("."), std::path::Path::to_path_buf);
    let main = match runtime.spawn(InterpreterConfig {
        argv: program.argv.clone(),
        stack_size: INTERPRETER_STACK,
        allow_daemon_threads: true,
        search_path: vec![dir],
        optimizer,
        hot_threshold,
        ..InterpreterConfig::default()
    }) {
        Ok(m) => m,
        Err(e) => {
            eprintln!("coral: {e}");
            return ExitCode::from(70);
        }
    };
    let for_signal = main.breaker().clone();
    // SAFETY: the handler only performs an atomic fetch_or on memory kept
    // alive by the Arc it owns, which is async-signal-safe.
    let registered = unsafe {
        signal_hook::low_level::register(signal_hook::consts::SIGINT, move || {
            for_signal.set(INTERRUPT)
        })
    };
    if registered.is_err() {
        eprintln!("coral: warning: cannot handle Ctrl-C");
    }
    let outcome = run(program, &main);
    if dis_live {
        if let Err(e) = main.exec(DIS_LIVE) {
            eprintln!("coral: --dis-live: {e}");
        }
    }
    if stats {
        eprintln!("{}", stats_json(&main));
    }
    // Like CPython, daemon threads are abandoned at exit, not joined: the
    // process ends here without dropping the runtime.
    match outcome {
        Outcome::Ok => std::process::exit(0),
        Outcome::Exit(code) => std::process::exit(code),
        Outcome::Interrupted => {
            // Like CPython: die of SIGINT so the parent sees the signal.
            let _ = signal_hook::low_level::emulate_default_handler(signal_hook::consts::SIGINT);
            std::process::exit(130)
        }
    }
}
