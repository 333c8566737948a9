//! The adversarial suite: programs in `tests/adversarial/` that try to kill
//! the process (gigantic and malformed sources, exhausted memory, deep
//! recursion through protocols, threads and signals). Each runs under
//! `python3` (the oracle) and `coral` with the same address-space limit
//! (`setrlimit(RLIMIT_AS)`) and timeout; coral must never die of a
//! signal or time out, and must match the oracle on stdout, exit status
//! and the last stderr line.
//!
//! Directives, as comment lines at the top of a program:
//!
//! - `# limit-mb: N`: the address-space limit (default 4096);
//! - `# timeout: S`: seconds before the run counts as hung (default 60);
//! - `# generate`: the file writes the program on stdout (run by
//!   `python3`), so gigantic sources are made at test time, never stored;
//! - `# compare: exception-type`: compare the last stderr line on its
//!   exception class only;
//! - `# sigint-after: ready`: send SIGINT once the program prints a line
//!   `ready` (and flushes);
//! - a `NAME.out` file beside the program: the expected stdout (exit 0),
//!   for programs the 3.11 oracle cannot run (`concurrent.interpreters`).

mod common;

use common::{compare, Run};
use libtest_mimic::{Arguments, Failed, Trial};
use std::io::{BufRead, BufReader, Read};
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// How one program is run.
struct Spec {
    limit_mb: u64,
    timeout: Duration,
    generate: bool,
    type_only: bool,
    sigint_when_ready: bool,
}

impl Spec {
    fn parse(source: &str) -> Spec {
        let mut spec = Spec {
            limit_mb: 4096,
            timeout: Duration::from_secs(60),
            generate: false,
            type_only: false,
            sigint_when_ready: false,
        };
        for line in source.lines().take_while(|l| l.starts_with('#')) {
            let line = line.trim_start_matches('#').trim();
            let (key, value) = line.split_once(':').unwrap_or((line, ""));
            let value = value.trim();
            match key.trim() {
                "limit-mb" => spec.limit_mb = value.parse().unwrap_or(spec.limit_mb),
                "timeout" => spec.timeout = value.parse().map_or(spec.timeout, Duration::from_secs),
                "generate" => spec.generate = true,
                "compare" => spec.type_only = value == "exception-type",
                "sigint-after" => spec.sigint_when_ready = value == "ready",
                _ => {}
            }
        }
        spec
    }
}

/// Runs `cmd program` in `dir` under the spec's limits.
fn run(cmd: &str, dir: &Path, program: &Path, spec: &Spec) -> Result<Run, Failed> {
    let limit = spec.limit_mb << 20;
    let mut command = Command::new(cmd);
    command
        .arg(program)
        .current_dir(dir)
        .env("PYTHONHASHSEED", "0")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    // SAFETY: between fork and exec the closure calls only `setrlimit`,
    // which is async-signal-safe, and touches no memory but its locals.
    unsafe {
        command.pre_exec(move || {
            let rl = libc::rlimit {
                rlim_cur: limit,
                rlim_max: limit,
            };
            if libc::setrlimit(libc::RLIMIT_AS, &rl) != 0 {
                return Err(std::io::Error::last_os_error());
            }
            Ok(())
        });
    }
    let mut child = command
        .spawn()
        .map_err(|e| Failed::from(format!("cannot run {cmd}: {e}")))?;
    let (stdout, stderr) = collect_output(&mut child, spec.sigint_when_ready);
    let deadline = Instant::now() + spec.timeout;
    let status = loop {
        if let Some(status) = child.try_wait().map_err(|e| e.to_string())? {
            break status;
        }
        if Instant::now() >= deadline {
            let _ = child.kill();
            let _ = child.wait();
            return Err(format!("{cmd} did not finish in {:?}", spec.timeout).into());
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let stdout = stdout.join().unwrap_or_default();
    let stderr = stderr.join().unwrap_or_default();
    Ok(Run::new(status, &stdout, &stderr))
}

type Reader = std::thread::JoinHandle<Vec<u8>>;

/// Reads the child's output on two threads (so neither pipe fills);
/// the stdout reader sends SIGINT when it sees `ready`, if asked.
fn collect_output(child: &mut Child, sigint_when_ready: bool) -> (Reader, Reader) {
    let pid = child.id() as libc::pid_t;
    let out = child.stdout.take();
    let err = child.stderr.take();
    let stdout = std::thread::spawn(move || {
        let mut buf = Vec::new();
        let Some(out) = out else { return buf };
        let mut lines = BufReader::new(out);
        let mut line = Vec::new();
        while lines.read_until(b'\n', &mut line).unwrap_or(0) > 0 {
            if sigint_when_ready && line == b"ready\n" {
                // Let the program reach the call that blocks.
                std::thread::sleep(Duration::from_millis(300));
                // SAFETY: `kill` has no memory effects; `pid` is our child,
                // not yet reaped (the main thread waits for this reader's
                // output before it could matter).
                unsafe { libc::kill(pid, libc::SIGINT) };
            }
            buf.append(&mut line);
        }
        buf
    });
    let stderr = std::thread::spawn(move || {
        let mut buf = Vec::new();
        if let Some(mut err) = err {
            let _ = err.read_to_end(&mut buf);
        }
        buf
    });
    (stdout, stderr)
}

/// The program to run: the file itself, or what it generates.
fn program_of(file: &Path, spec: &Spec, scratch: &Path) -> Result<PathBuf, Failed> {
    if !spec.generate {
        return Ok(file.to_path_buf());
    }
    let out = Command::new("python3")
        .arg(file)
        .output()
        .map_err(|e| Failed::from(format!("cannot run the generator: {e}")))?;
    if !out.status.success() {
        return Err(format!("generator failed: {}", String::from_utf8_lossy(&out.stderr)).into());
    }
    let name = file.file_name().unwrap_or_default();
    let path = scratch.join(name);
    std::fs::write(&path, &out.stdout).map_err(|e| Failed::from(e.to_string()))?;
    Ok(path)
}

fn check(coral: &Path, file: &Path) -> Result<(), Failed> {
    let source = std::fs::read_to_string(file).map_err(|e| Failed::from(e.to_string()))?;
    let spec = Spec::parse(&source);
    let stem = file.file_stem().unwrap_or_default().to_string_lossy();
    let scratch = std::env::temp_dir().join(format!("coral-adv-{}-{stem}", std::process::id()));
    std::fs::create_dir_all(&scratch).map_err(|e| Failed::from(e.to_string()))?;
    let result = (|| {
        let program = program_of(file, &spec, &scratch)?;
        let dir = file.parent().unwrap_or(Path::new("."));
        let want = match std::fs::read_to_string(file.with_extension("out")) {
            Ok(stdout) => Run {
                stdout,
                status: "exit 0".into(),
                last_err: String::new(),
            },
            Err(_) => run("python3", dir, &program, &spec)
                .map_err(|e| Failed::from(format!("the oracle failed: {e:?}")))?,
        };
        let got = run(&coral.to_string_lossy(), dir, &program, &spec)?;
        let problems = compare(&want, &got, spec.type_only);
        if problems.is_empty() {
            Ok(())
        } else {
            Err(Failed::from(problems.join("\n")))
        }
    })();
    let _ = std::fs::remove_dir_all(&scratch);
    result
}

fn main() {
    let args = Arguments::from_args();
    let coral = PathBuf::from(env!("CARGO_BIN_EXE_coral"));
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/adversarial");
    let mut files = Vec::new();
    let mut dirs = vec![root.clone()];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|x| x == "py") {
                files.push(path);
            }
        }
    }
    assert!(!files.is_empty(), "no programs in {}", root.display());
    files.sort();
    let trials = files
        .into_iter()
        .map(|f| {
            let name = f
                .strip_prefix(&root)
                .unwrap_or(&f)
                .with_extension("")
                .to_string_lossy()
                .into_owned();
            let coral = coral.clone();
            Trial::test(name, move || check(&coral, &f))
        })
        .collect();
    libtest_mimic::run(&args, trials).exit();
}
