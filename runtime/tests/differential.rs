//! The differential suite: every program in `tests/programs/` runs under
//! `python3` (CPython 3.11, the oracle) and under `coral`; stdout, the exit
//! status and the last line of stderr must match.
//!
//! A program with a `NAME.out` file beside it is compared with that file
//! instead of a `python3` run: `tests/pep734/` holds CPython 3.14's output
//! for `concurrent.interpreters`, which the 3.11 oracle does not have.
//!
//! A program whose first line is `# compare: exception-type` is compared on
//! the exception class of its last stderr line only (for syntax errors, whose
//! wording differs between parsers). A failure prints a unified diff.
//!
//! Every program runs twice under `coral`: with no optimizer, and with the
//! counting optimizer at a hot threshold of 1, so that every loop that
//! runs twice gets an `ENTER_EXECUTOR`. Both runs must match the oracle:
//! the optimizer API must never change what a program does.

mod common;

use common::{compare, Run};
use libtest_mimic::{Arguments, Failed, Trial};
use std::path::{Path, PathBuf};
use std::process::Command;

/// The `coral` runs each program gets, by the flags that set them up.
const MODES: &[&[&str]] = &[&[], &["--optimizer", "counter", "--hot-threshold", "1"]];

fn run(cmd: &str, flags: &[&str], dir: &Path, file: &Path) -> Result<Run, Failed> {
    let out = Command::new(cmd)
        .args(flags)
        .arg(file.file_name().unwrap_or_default())
        .current_dir(dir)
        .env("PYTHONHASHSEED", "0")
        .output()
        .map_err(|e| Failed::from(format!("cannot run {cmd}: {e}")))?;
    Ok(Run::new(out.status, &out.stdout, &out.stderr))
}

fn check(coral: &Path, file: &Path) -> Result<(), Failed> {
    let dir = file.parent().unwrap_or(Path::new("."));
    let source = std::fs::read_to_string(file).unwrap_or_default();
    let type_only = source.starts_with("# compare: exception-type");
    let expected = file.with_extension("out");
    let want = match std::fs::read_to_string(&expected) {
        Ok(stdout) => Run {
            stdout,
            status: "exit 0".into(),
            last_err: String::new(),
        },
        Err(_) => run("python3", &[], dir, file)?,
    };
    let mut problems = Vec::new();
    for flags in MODES {
        let got = run(&coral.to_string_lossy(), flags, dir, file)?;
        for p in compare(&want, &got, type_only) {
            problems.push(format!("coral {}: {p}", flags.join(" ")));
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
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests");
    let mut files: Vec<PathBuf> = Vec::new();
    for sub in ["programs", "pep734"] {
        files.extend(common::python_files(&root.join(sub)));
    }
    files.sort();
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
