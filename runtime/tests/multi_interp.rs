//! Multi-interpreter programs: each program in `tests/multi/` takes a
//! worker count N from argv and splits its work over N interpreters
//! (`concurrent.interpreters`, PEP 734). Its output must not depend on N:
//! the N = 1 path, which uses no subinterpreter, runs under `python3`
//! (CPython 3.11 has no `concurrent.interpreters`) as the oracle, and
//! `coral` must print exactly that for N = 1, 2 and 4.

mod common;

use common::{compare, Run};
use libtest_mimic::{Arguments, Failed, Trial};
use std::path::{Path, PathBuf};
use std::process::Command;

/// The worker counts every program runs with under `coral`.
const WORKERS: &[&str] = &["1", "2", "4"];

fn run(cmd: &str, file: &Path, n: &str) -> Result<Run, Failed> {
    let dir = file.parent().unwrap_or(Path::new("."));
    let out = Command::new(cmd)
        .arg(file.file_name().unwrap_or_default())
        .arg(n)
        .current_dir(dir)
        .env("PYTHONHASHSEED", "0")
        .output()
        .map_err(|e| Failed::from(format!("cannot run {cmd}: {e}")))?;
    Ok(Run::new(out.status, &out.stdout, &out.stderr))
}

fn check(coral: &Path, file: &Path) -> Result<(), Failed> {
    let want = run("python3", file, "1")?;
    if want.status != "exit 0" {
        return Err(format!("python3 failed: {} {}", want.status, want.last_err).into());
    }
    let mut problems = Vec::new();
    for n in WORKERS {
        let got = run(&coral.to_string_lossy(), file, n)?;
        for p in compare(&want, &got, false) {
            problems.push(format!("coral with N = {n}: {p}"));
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join("\n").into())
    }
}

fn main() {
    let args = Arguments::from_args();
    let coral = PathBuf::from(env!("CARGO_BIN_EXE_coral"));
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("multi");
    let files = common::python_files(&dir);
    let trials = files
        .into_iter()
        .map(|f| {
            let name = f
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default();
            let coral = coral.clone();
            Trial::test(name, move || check(&coral, &f))
        })
        .collect();
    libtest_mimic::run(&args, trials).exit();
}
