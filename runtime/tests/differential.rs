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

use libtest_mimic::{Arguments, Failed, Trial};
use std::os::unix::process::ExitStatusExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

struct Run {
    stdout: String,
    status: String,
    last_err: String,
}

fn status_of(out: &Output) -> String {
    match (out.status.code(), out.status.signal()) {
        (Some(c), _) => format!("exit {c}"),
        (None, Some(s)) => format!("signal {s}"),
        _ => "unknown".into(),
    }
}

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
    let stderr = String::from_utf8_lossy(&out.stderr);
    Ok(Run {
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        status: status_of(&out),
        last_err: stderr.lines().last().unwrap_or("").to_owned(),
    })
}

fn diff(expected: &str, actual: &str) -> String {
    similar::TextDiff::from_lines(expected, actual)
        .unified_diff()
        .context_radius(3)
        .header("python3", "coral")
        .to_string()
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

/// What differs between the oracle's run and coral's.
fn compare(want: &Run, got: &Run, type_only: bool) -> Vec<String> {
    let mut problems = Vec::new();
    if want.stdout != got.stdout {
        problems.push(format!(
            "stdout differs:\n{}",
            diff(&want.stdout, &got.stdout)
        ));
    }
    if want.status != got.status {
        problems.push(format!(
            "status differs: python3 {}, coral {}",
            want.status, got.status
        ));
    }
    let (w, g) = if type_only {
        let head = |s: &str| s.split(':').next().unwrap_or("").to_owned();
        (head(&want.last_err), head(&got.last_err))
    } else {
        (want.last_err.clone(), got.last_err.clone())
    };
    if w != g {
        problems.push(format!(
            "last stderr line differs:\n  python3: {w}\n  coral:   {g}"
        ));
    }
    problems
}

fn main() {
    let args = Arguments::from_args();
    let coral = PathBuf::from(env!("CARGO_BIN_EXE_coral"));
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests");
    let mut files: Vec<PathBuf> = Vec::new();
    for sub in ["programs", "pep734"] {
        let dir = root.join(sub);
        let found: Vec<PathBuf> = std::fs::read_dir(&dir)
            .map(|rd| {
                rd.filter_map(Result::ok)
                    .map(|e| e.path())
                    .filter(|p| p.extension().is_some_and(|x| x == "py"))
                    .collect()
            })
            .unwrap_or_default();
        assert!(!found.is_empty(), "no test programs in {}", dir.display());
        files.extend(found);
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
