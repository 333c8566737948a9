//! `coral-bench`: the benchmark harness comparing Coral against CPython.
//!
//! The harness takes Python programs (every `*.py` in the given folders, sorted
//! by name, or the given files), runs each one several times under `python3`
//! and under `coral`, interleaving the two interpreters (python3, coral,
//! python3, coral, ...) so that machine noise affects both equally, and reports
//! the median wall time of each together with the ratio coral/python3. Every
//! Coral run is also a correctness check: its stdout and exit code must equal
//! those of python3, and when a `NAME.out` file sits next to `NAME.py`,
//! python3's stdout must equal it as well (so a broken reference is reported
//! as such). A program whose check fails is marked `FAIL`, is not run again
//! under Coral, and is left out of the geometric mean of the ratios printed
//! under the table. The exit code is 0 when every program passed, 1 when any
//! program failed and 2 for usage or setup errors.

use std::ffi::{OsStr, OsString};
use std::fmt::Write as _;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode, ExitStatus, Stdio};
use std::time::Instant;

use clap::Parser;

/// Maximum number of characters of a quoted output line or stderr line shown
/// in a `FAIL` reason, so that the table stays readable.
const MAX_SNIPPET_CHARS: usize = 60;

/// Command-line arguments of `coral-bench`.
#[derive(Debug, Parser)]
#[command(
    name = "coral-bench",
    version,
    about = "Time Python programs under python3 and coral, check that coral's output matches, and report the ratios."
)]
struct Cli {
    /// Number of timed runs of each program under each interpreter.
    #[arg(long, default_value_t = 3, value_parser = clap::value_parser!(u32).range(1..))]
    runs: u32,

    /// The coral binary [default: `coral` next to coral-bench, else target/release/coral].
    #[arg(long, value_name = "PATH")]
    coral: Option<PathBuf>,

    /// An argument for every coral run, before the program (repeat for
    /// several: `--coral-arg=--optimizer --coral-arg=counter`).
    #[arg(long, value_name = "ARG", allow_hyphen_values = true)]
    coral_arg: Vec<OsString>,

    /// The reference Python interpreter (another coral binary works too,
    /// to compare two builds).
    #[arg(long, value_name = "PATH", default_value = "python3")]
    python: OsString,

    /// Print the table as a Markdown table (for docs/benchmarks.md).
    #[arg(long)]
    markdown: bool,

    /// Folders (every `*.py` inside, sorted by name) or `.py` files to benchmark.
    #[arg(value_name = "DIR_OR_FILE", required = true)]
    paths: Vec<PathBuf>,
}

/// A setup or usage error; reported on one line and mapped to exit code 2.
#[derive(Debug, Clone, PartialEq, Eq)]
struct UsageError(String);

impl std::fmt::Display for UsageError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// Verdict on one program.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Status {
    /// Every Coral run matched python3 (and python3 matched `NAME.out`).
    Ok,
    /// Something differed or failed; the string says what (one line).
    Fail(String),
}

impl std::fmt::Display for Status {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Status::Ok => f.write_str("ok"),
            Status::Fail(reason) => write!(f, "FAIL: {reason}"),
        }
    }
}

/// One row of the result table.
#[derive(Debug, Clone, PartialEq)]
struct Row {
    /// Program name (file name without `.py`).
    program: String,
    /// Median python3 wall time in seconds, if python3 ran.
    python: Option<f64>,
    /// Median coral wall time in seconds over its successful runs, if any.
    coral: Option<f64>,
    /// Whether the program passed.
    status: Status,
}

impl Row {
    /// The ratio coral/python3 of the medians, when both exist and are positive.
    fn ratio(&self) -> Option<f64> {
        match (self.python, self.coral) {
            (Some(p), Some(c)) if p > 0.0 && c.is_finite() => Some(c / p),
            _ => None,
        }
    }
}

/// Aggregate numbers printed under the table.
#[derive(Debug, Clone, PartialEq)]
struct Summary {
    /// Number of programs that passed and have a ratio.
    passed: usize,
    /// Number of programs in the table.
    total: usize,
    /// Geometric mean of the ratios of the passing programs.
    geomean: Option<f64>,
    /// Largest ratio among the passing programs, with its program name.
    max: Option<(f64, String)>,
}

/// The captured result of one run of one interpreter on one program.
#[derive(Debug)]
struct RunOutput {
    /// Everything the program wrote to stdout.
    stdout: Vec<u8>,
    /// Everything the program wrote to stderr.
    stderr: Vec<u8>,
    /// How the process ended.
    status: ExitStatus,
    /// Wall time from spawn to exit, in seconds.
    seconds: f64,
}

/// Median of `values`, or `None` when empty (mean of the two middle values
/// for an even count).
fn median(values: &[f64]) -> Option<f64> {
    if values.is_empty() {
        return None;
    }
    let mut sorted = values.to_vec();
    sorted.sort_by(f64::total_cmp);
    let mid = sorted.len() / 2;
    if sorted.len() % 2 == 1 {
        Some(sorted[mid])
    } else {
        Some((sorted[mid - 1] + sorted[mid]) / 2.0)
    }
}

/// Geometric mean of `values`, or `None` when empty or when any value is not
/// a positive finite number.
fn geometric_mean(values: &[f64]) -> Option<f64> {
    if values.is_empty() || values.iter().any(|v| !(v.is_finite() && *v > 0.0)) {
        return None;
    }
    let log_sum: f64 = values.iter().map(|v| v.ln()).sum();
    Some((log_sum / values.len() as f64).exp())
}

/// Shortens `text` to at most [`MAX_SNIPPET_CHARS`] characters (adding `...`)
/// and quotes it with Rust string escapes so it fits on one line.
fn snippet(text: &str) -> String {
    if text.chars().count() > MAX_SNIPPET_CHARS {
        let cut: String = text.chars().take(MAX_SNIPPET_CHARS).collect();
        format!("{cut:?}...")
    } else {
        format!("{text:?}")
    }
}

/// Describes where `actual` first differs from `expected`, or `None` when they
/// are identical. Lines are numbered from 1.
fn first_difference(expected: &str, actual: &str) -> Option<String> {
    if expected == actual {
        return None;
    }
    let mut exp_lines = expected.lines();
    let mut act_lines = actual.lines();
    let mut number = 1usize;
    loop {
        match (exp_lines.next(), act_lines.next()) {
            (Some(e), Some(a)) if e == a => number += 1,
            (Some(e), Some(a)) => {
                return Some(format!(
                    "line {number}: expected {}, got {}",
                    snippet(e),
                    snippet(a)
                ))
            }
            (Some(e), None) => {
                return Some(format!(
                    "line {number}: expected {}, got end of output",
                    snippet(e)
                ))
            }
            (None, Some(a)) => {
                return Some(format!(
                    "line {number}: expected end of output, got {}",
                    snippet(a)
                ))
            }
            (None, None) => return Some("outputs differ only in line endings".to_string()),
        }
    }
}

/// The last non-blank line of `text`, trimmed, if any.
fn last_line(text: &str) -> Option<&str> {
    text.lines().map(str::trim).rev().find(|l| !l.is_empty())
}

/// A short description of how a process ended ("exit code 1", "signal: 11 ...").
fn describe_status(status: &ExitStatus) -> String {
    match status.code() {
        Some(code) => format!("exit code {code}"),
        None => status.to_string(),
    }
}

/// Compares one Coral run with the python3 reference and returns the `FAIL`
/// reason, or `None` when the run matches.
fn check_coral_run(reference: &RunOutput, coral: &RunOutput) -> Option<String> {
    let coral_stderr = String::from_utf8_lossy(&coral.stderr);
    if coral.status.code() != reference.status.code() || coral.status.code().is_none() {
        let mut reason = format!(
            "coral {} (python3 {})",
            describe_status(&coral.status),
            describe_status(&reference.status)
        );
        if let Some(line) = last_line(&coral_stderr) {
            let _ = write!(reason, ": {}", snippet(line));
        }
        return Some(reason);
    }
    let expected = String::from_utf8_lossy(&reference.stdout);
    let actual = String::from_utf8_lossy(&coral.stdout);
    first_difference(&expected, &actual).map(|diff| format!("coral stdout {diff}"))
}

/// Formats an optional number of seconds or ratio with `decimals` digits, or
/// `-` when absent.
fn fmt_opt(value: Option<f64>, decimals: usize) -> String {
    match value {
        Some(v) => format!("{v:.decimals$}"),
        None => "-".to_string(),
    }
}

/// The table header cells.
const HEADERS: [&str; 5] = [
    "program",
    "python3 (s)",
    "coral (s)",
    "coral/python3",
    "status",
];

/// Whether each column is right-aligned (the numeric ones).
const RIGHT_ALIGNED: [bool; 5] = [false, true, true, true, false];

/// The cells of one table row, in [`HEADERS`] order.
fn row_cells(row: &Row) -> [String; 5] {
    [
        row.program.clone(),
        fmt_opt(row.python, 3),
        fmt_opt(row.coral, 3),
        fmt_opt(row.ratio(), 2),
        row.status.to_string(),
    ]
}

/// Formats the rows as an aligned plain-text table with a dashed rule under
/// the header. Trailing spaces are trimmed from every line.
fn format_plain(rows: &[Row]) -> String {
    let cells: Vec<[String; 5]> = rows.iter().map(row_cells).collect();
    let mut widths = HEADERS.map(|h| h.chars().count());
    for line in &cells {
        for (width, cell) in widths.iter_mut().zip(line.iter()) {
            *width = (*width).max(cell.chars().count());
        }
    }
    let render = |line: &[String]| -> String {
        let mut out = String::new();
        for (i, cell) in line.iter().enumerate() {
            if i > 0 {
                out.push_str("  ");
            }
            let width = widths[i];
            if RIGHT_ALIGNED[i] {
                let _ = write!(out, "{cell:>width$}");
            } else {
                let _ = write!(out, "{cell:<width$}");
            }
        }
        out.trim_end().to_string()
    };
    let mut out = String::new();
    out.push_str(&render(&HEADERS.map(String::from)));
    out.push('\n');
    let rule: Vec<String> = widths.iter().map(|w| "-".repeat(*w)).collect();
    out.push_str(&render(&rule));
    out.push('\n');
    for line in &cells {
        out.push_str(&render(line));
        out.push('\n');
    }
    out
}

/// Escapes a cell for a Markdown table (pipes would end the cell).
fn escape_markdown(cell: &str) -> String {
    cell.replace('|', "\\|")
}

/// Formats the rows as a Markdown table with right-aligned numeric columns.
fn format_markdown(rows: &[Row]) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "| {} |", HEADERS.join(" | "));
    let rule: Vec<&str> = RIGHT_ALIGNED
        .iter()
        .map(|right| if *right { "---:" } else { "---" })
        .collect();
    let _ = writeln!(out, "| {} |", rule.join(" | "));
    for row in rows {
        let cells: Vec<String> = row_cells(row).iter().map(|c| escape_markdown(c)).collect();
        let _ = writeln!(out, "| {} |", cells.join(" | "));
    }
    out
}

/// Computes the geometric mean and maximum of the ratios of passing programs.
fn summarize(rows: &[Row]) -> Summary {
    let passing: Vec<(f64, &str)> = rows
        .iter()
        .filter(|r| r.status == Status::Ok)
        .filter_map(|r| r.ratio().map(|ratio| (ratio, r.program.as_str())))
        .collect();
    let ratios: Vec<f64> = passing.iter().map(|(ratio, _)| *ratio).collect();
    let max = passing
        .iter()
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(ratio, name)| (*ratio, (*name).to_string()));
    Summary {
        passed: passing.len(),
        total: rows.len(),
        geomean: geometric_mean(&ratios),
        max,
    }
}

/// Formats the summary lines printed under the table (as a bullet list in
/// Markdown mode so the lines do not merge into one paragraph).
fn format_summary(summary: &Summary, markdown: bool) -> String {
    let bullet = if markdown { "- " } else { "" };
    let geomean = fmt_opt(summary.geomean, 2);
    let max = match &summary.max {
        Some((ratio, name)) => format!("{ratio:.2} ({name})"),
        None => "-".to_string(),
    };
    format!(
        "{bullet}geometric mean ({} of {} programs): {geomean}\n{bullet}max ratio: {max}\n",
        summary.passed, summary.total
    )
}

/// Collects the programs to run: the given `.py` files as they are and every
/// `*.py` file of the given folders, sorted by file name within each folder.
fn collect_programs(paths: &[PathBuf]) -> Result<Vec<PathBuf>, UsageError> {
    let mut programs = Vec::new();
    for path in paths {
        let meta = fs::metadata(path)
            .map_err(|e| UsageError(format!("cannot access {}: {e}", path.display())))?;
        if meta.is_dir() {
            let entries = fs::read_dir(path)
                .map_err(|e| UsageError(format!("cannot read folder {}: {e}", path.display())))?;
            let mut found = Vec::new();
            for entry in entries {
                let entry = entry.map_err(|e| {
                    UsageError(format!("cannot read folder {}: {e}", path.display()))
                })?;
                let file = entry.path();
                if file.extension() == Some(OsStr::new("py")) && file.is_file() {
                    found.push(file);
                }
            }
            found.sort_by(|a, b| a.file_name().cmp(&b.file_name()));
            programs.extend(found);
        } else {
            programs.push(path.clone());
        }
    }
    if programs.is_empty() {
        return Err(UsageError(
            "no *.py programs found in the given paths".to_string(),
        ));
    }
    Ok(programs)
}

/// Looks a bare command name (no path separator) up in `PATH`.
fn search_path(name: &OsStr) -> Option<PathBuf> {
    let path_var = std::env::var_os("PATH")?;
    std::env::split_paths(&path_var)
        .map(|dir| dir.join(name))
        .find(|candidate| candidate.is_file())
}

/// Turns an interpreter given on the command line into something that still
/// works after changing directory: a bare name (no separator) is kept for the
/// `PATH` lookup of [`Command`], a relative path is made absolute.
fn absolute_command(cmd: &OsStr) -> Result<OsString, UsageError> {
    let path = Path::new(cmd);
    if path.components().count() <= 1 && !path.is_absolute() {
        return Ok(cmd.to_os_string());
    }
    std::path::absolute(path)
        .map(PathBuf::into_os_string)
        .map_err(|e| UsageError(format!("cannot resolve {}: {e}", path.display())))
}

/// Finds the coral binary: the `--coral` value (looked up in `PATH` when it is
/// a bare name), else `coral` next to this executable, else
/// `target/release/coral` under the current directory. The result is absolute.
fn resolve_coral(given: Option<&Path>) -> Result<PathBuf, UsageError> {
    let hint = "run `cargo build --release -p coral-runtime` first";
    let mut looked_at = Vec::new();
    let candidate = match given {
        Some(path) if path.components().count() <= 1 && !path.is_absolute() => {
            search_path(path.as_os_str()).unwrap_or_else(|| path.to_path_buf())
        }
        Some(path) => path.to_path_buf(),
        None => {
            let name = format!("coral{}", std::env::consts::EXE_SUFFIX);
            if let Some(beside) = std::env::current_exe()
                .ok()
                .and_then(|exe| exe.parent().map(|dir| dir.join(&name)))
            {
                if beside.is_file() {
                    return Ok(beside);
                }
                looked_at.push(beside);
            }
            Path::new("target").join("release").join(&name)
        }
    };
    if !candidate.is_file() {
        looked_at.push(candidate);
        let places: Vec<String> = looked_at.iter().map(|p| p.display().to_string()).collect();
        return Err(UsageError(format!(
            "coral binary not found at {}; {hint}",
            places.join(" or ")
        )));
    }
    std::path::absolute(&candidate)
        .map_err(|e| UsageError(format!("cannot resolve {}: {e}", candidate.display())))
}

/// Runs `interpreter program_file_name` once in the program's folder with
/// stdin closed, capturing stdout and stderr and timing the whole child
/// process.
fn run_once(interpreter: &OsStr, args: &[OsString], program: &Path) -> io::Result<RunOutput> {
    let dir = match program.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let file = program.file_name().ok_or_else(|| {
        io::Error::new(io::ErrorKind::InvalidInput, "program path has no file name")
    })?;
    let start = Instant::now();
    let output = Command::new(interpreter)
        .args(args)
        .arg(file)
        .current_dir(dir)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .output()?;
    let seconds = start.elapsed().as_secs_f64();
    Ok(RunOutput {
        stdout: output.stdout,
        stderr: output.stderr,
        status: output.status,
        seconds,
    })
}

/// The name shown for a program: its file name without the `.py` extension.
fn program_name(program: &Path) -> String {
    program
        .file_stem()
        .unwrap_or(program.as_os_str())
        .to_string_lossy()
        .into_owned()
}

/// Checks python3's first run against `NAME.out` next to the program, if that
/// file exists; returns the `FAIL` reason on a mismatch.
fn check_expected_file(program: &Path, python: &RunOutput) -> Result<Option<String>, UsageError> {
    let expected_path = program.with_extension("out");
    if !expected_path.is_file() {
        return Ok(None);
    }
    let expected = fs::read(&expected_path)
        .map_err(|e| UsageError(format!("cannot read {}: {e}", expected_path.display())))?;
    if expected == python.stdout {
        return Ok(None);
    }
    let name = expected_path
        .file_name()
        .unwrap_or(expected_path.as_os_str())
        .to_string_lossy()
        .into_owned();
    let diff = first_difference(
        &String::from_utf8_lossy(&expected),
        &String::from_utf8_lossy(&python.stdout),
    )
    .unwrap_or_else(|| "outputs differ".to_string());
    Ok(Some(format!("python3 itself differs from {name}: {diff}")))
}

/// Interpreters and settings shared by every program of one harness run.
struct Setup {
    /// The python3 command (bare name or absolute path).
    python: OsString,
    /// The absolute path of the coral binary.
    coral: OsString,
    /// Arguments before the program in every coral run.
    coral_args: Vec<OsString>,
    /// Number of timed runs per interpreter.
    runs: u32,
}

/// Benchmarks one program: `runs` interleaved python3/coral runs, stopping the
/// Coral runs at the first failure. Fails only when python3 cannot be started
/// or `NAME.out` cannot be read.
fn bench_program(
    setup: &Setup,
    program: &Path,
    index: usize,
    count: usize,
) -> Result<Row, UsageError> {
    let name = program_name(program);
    let mut python_times = Vec::new();
    let mut coral_times = Vec::new();
    let mut reference: Option<RunOutput> = None;
    let mut python_problem: Option<String> = None;
    let mut coral_problem: Option<String> = None;
    for run in 1..=setup.runs {
        eprint!("[{index}/{count}] {name} run {run}/{}: python3", setup.runs);
        let py = run_once(&setup.python, &[], program).map_err(|e| {
            eprintln!();
            UsageError(format!(
                "cannot run {} on {}: {e}",
                Path::new(&setup.python).display(),
                program.display()
            ))
        })?;
        eprint!(" {:.3}s", py.seconds);
        python_times.push(py.seconds);
        match &reference {
            None => {
                python_problem = check_expected_file(program, &py)?;
                reference = Some(py);
            }
            Some(first) if python_problem.is_none() => {
                if let Some(diff) = first_difference(
                    &String::from_utf8_lossy(&first.stdout),
                    &String::from_utf8_lossy(&py.stdout),
                ) {
                    python_problem = Some(format!("python3 output changes between runs: {diff}"));
                }
            }
            Some(_) => {}
        }
        if coral_problem.is_none() {
            if let Some(reference) = &reference {
                eprint!(", coral");
                match run_once(&setup.coral, &setup.coral_args, program) {
                    Ok(out) => {
                        eprint!(" {:.3}s", out.seconds);
                        match check_coral_run(reference, &out) {
                            Some(reason) => {
                                eprint!(" FAIL");
                                coral_problem = Some(reason);
                            }
                            None => coral_times.push(out.seconds),
                        }
                    }
                    Err(e) => {
                        eprint!(" FAIL");
                        coral_problem = Some(format!("cannot run coral: {e}"));
                    }
                }
            }
        }
        eprintln!();
    }
    let status = match python_problem.or(coral_problem) {
        Some(reason) => Status::Fail(reason),
        None => Status::Ok,
    };
    Ok(Row {
        program: name,
        python: median(&python_times),
        coral: median(&coral_times),
        status,
    })
}

/// Runs the whole harness; returns whether every program passed.
fn run(cli: &Cli) -> Result<bool, UsageError> {
    let programs = collect_programs(&cli.paths)?;
    let coral = resolve_coral(cli.coral.as_deref())?;
    let setup = Setup {
        python: absolute_command(&cli.python)?,
        coral: coral.into_os_string(),
        coral_args: cli.coral_arg.clone(),
        runs: cli.runs,
    };
    let args: Vec<String> = setup
        .coral_args
        .iter()
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    eprintln!(
        "coral-bench: {} programs, {} runs each, python3 = {}, coral = {} {}",
        programs.len(),
        setup.runs,
        Path::new(&setup.python).display(),
        Path::new(&setup.coral).display(),
        args.join(" ")
    );
    let mut rows = Vec::with_capacity(programs.len());
    for (i, program) in programs.iter().enumerate() {
        rows.push(bench_program(&setup, program, i + 1, programs.len())?);
    }
    let table = if cli.markdown {
        format_markdown(&rows)
    } else {
        format_plain(&rows)
    };
    print!("{table}");
    println!();
    print!("{}", format_summary(&summarize(&rows), cli.markdown));
    Ok(rows.iter().all(|r| r.status == Status::Ok))
}

/// Entry point: parses arguments (clap exits with code 2 on usage errors),
/// runs the harness and maps the outcome to the exit code.
fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(&cli) {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::from(1),
        Err(e) => {
            eprintln!("coral-bench: error: {e}");
            ExitCode::from(2)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Builds a row for the formatting tests.
    fn row(program: &str, python: Option<f64>, coral: Option<f64>, status: Status) -> Row {
        Row {
            program: program.to_string(),
            python,
            coral,
            status,
        }
    }

    #[test]
    fn median_odd_even_and_empty() {
        assert_eq!(median(&[]), None);
        assert_eq!(median(&[2.0]), Some(2.0));
        assert_eq!(median(&[3.0, 1.0, 2.0]), Some(2.0));
        assert_eq!(median(&[4.0, 1.0, 3.0, 2.0]), Some(2.5));
    }

    #[test]
    fn geometric_mean_values() {
        assert_eq!(geometric_mean(&[]), None);
        let g = geometric_mean(&[1.0, 4.0]).expect("mean of positive values");
        assert!((g - 2.0).abs() < 1e-12);
        let g = geometric_mean(&[0.5, 2.0, 1.0]).expect("mean of positive values");
        assert!((g - 1.0).abs() < 1e-12);
        assert_eq!(geometric_mean(&[1.0, 0.0]), None);
        assert_eq!(geometric_mean(&[1.0, f64::NAN]), None);
    }

    #[test]
    fn first_difference_cases() {
        assert_eq!(first_difference("a\nb\n", "a\nb\n"), None);
        assert_eq!(
            first_difference("a\nb\nc\n", "a\nx\nc\n").as_deref(),
            Some("line 2: expected \"b\", got \"x\"")
        );
        assert_eq!(
            first_difference("a\nb\n", "a\n").as_deref(),
            Some("line 2: expected \"b\", got end of output")
        );
        assert_eq!(
            first_difference("a\n", "a\nextra\n").as_deref(),
            Some("line 2: expected end of output, got \"extra\"")
        );
        assert_eq!(
            first_difference("a\n", "a").as_deref(),
            Some("outputs differ only in line endings")
        );
    }

    #[test]
    fn snippet_truncates_long_lines() {
        let long = "x".repeat(100);
        let s = snippet(&long);
        assert!(s.ends_with("..."));
        assert_eq!(s.len(), MAX_SNIPPET_CHARS + 2 + 3);
        assert_eq!(snippet("tab\there"), "\"tab\\there\"");
    }

    #[test]
    fn last_line_skips_blank_lines() {
        assert_eq!(
            last_line("Traceback\n  x\nValueError: bad\n\n"),
            Some("ValueError: bad")
        );
        assert_eq!(last_line(""), None);
        assert_eq!(last_line("\n  \n"), None);
    }

    #[test]
    fn ratio_needs_both_times() {
        assert_eq!(
            row("a", Some(2.0), Some(1.0), Status::Ok).ratio(),
            Some(0.5)
        );
        assert_eq!(row("a", Some(2.0), None, Status::Ok).ratio(), None);
        assert_eq!(row("a", Some(0.0), Some(1.0), Status::Ok).ratio(), None);
    }

    #[test]
    fn plain_table_is_aligned() {
        let rows = [
            row("l1_loops", Some(1.0), Some(0.5), Status::Ok),
            row(
                "x",
                Some(0.25),
                None,
                Status::Fail("coral exit code 1".into()),
            ),
        ];
        let table = format_plain(&rows);
        let expected = "\
program   python3 (s)  coral (s)  coral/python3  status
--------  -----------  ---------  -------------  -----------------------
l1_loops        1.000      0.500           0.50  ok
x               0.250          -              -  FAIL: coral exit code 1
";
        assert_eq!(table, expected);
    }

    #[test]
    fn markdown_table_escapes_pipes() {
        let rows = [
            row("a", Some(1.0), Some(2.0), Status::Ok),
            row("b", Some(1.0), None, Status::Fail("got \"a|b\"".into())),
        ];
        let expected = "\
| program | python3 (s) | coral (s) | coral/python3 | status |
| --- | ---: | ---: | ---: | --- |
| a | 1.000 | 2.000 | 2.00 | ok |
| b | 1.000 | - | - | FAIL: got \"a\\|b\" |
";
        assert_eq!(format_markdown(&rows), expected);
    }

    #[test]
    fn summary_ignores_failures() {
        let rows = [
            row("a", Some(1.0), Some(0.5), Status::Ok),
            row("b", Some(1.0), Some(2.0), Status::Ok),
            row("c", Some(1.0), Some(9.0), Status::Fail("x".into())),
        ];
        let summary = summarize(&rows);
        assert_eq!(summary.passed, 2);
        assert_eq!(summary.total, 3);
        assert_eq!(summary.max, Some((2.0, "b".to_string())));
        assert_eq!(
            format_summary(&summary, false),
            "geometric mean (2 of 3 programs): 1.00\nmax ratio: 2.00 (b)\n"
        );
        assert_eq!(
            format_summary(&summary, true),
            "- geometric mean (2 of 3 programs): 1.00\n- max ratio: 2.00 (b)\n"
        );
    }

    #[test]
    fn summary_with_no_passing_program() {
        let rows = [row("c", Some(1.0), None, Status::Fail("x".into()))];
        assert_eq!(
            format_summary(&summarize(&rows), false),
            "geometric mean (0 of 1 programs): -\nmax ratio: -\n"
        );
    }

    #[test]
    fn collect_programs_sorts_and_filters() {
        let dir = std::env::temp_dir().join(format!("coral-bench-test-{}", std::process::id()));
        fs::create_dir_all(&dir).expect("create temp dir");
        for name in ["b.py", "a.py", "a.out", "notes.txt"] {
            fs::write(dir.join(name), "").expect("write temp file");
        }
        let found = collect_programs(std::slice::from_ref(&dir));
        let _ = fs::remove_dir_all(&dir);
        let names: Vec<String> = found
            .expect("programs found")
            .iter()
            .map(|p| program_name(p))
            .collect();
        assert_eq!(names, ["a", "b"]);
        assert!(collect_programs(&[dir.join("missing")]).is_err());
    }
}
