//! What the differential and adversarial suites share: a run's observable
//! result and how two runs are compared (stdout, exit status, the last
//! line of stderr).

use std::os::unix::process::ExitStatusExt;
use std::process::ExitStatus;

/// What a run showed.
pub struct Run {
    pub stdout: String,
    pub status: String,
    pub last_err: String,
}

impl Run {
    /// A run's result from its outputs.
    pub fn new(status: ExitStatus, stdout: &[u8], stderr: &[u8]) -> Run {
        let stderr = String::from_utf8_lossy(stderr);
        Run {
            stdout: String::from_utf8_lossy(stdout).into_owned(),
            status: status_of(status),
            last_err: stderr.lines().last().unwrap_or("").to_owned(),
        }
    }
}

/// `exit N` or `signal N`.
pub fn status_of(status: ExitStatus) -> String {
    match (status.code(), status.signal()) {
        (Some(c), _) => format!("exit {c}"),
        (None, Some(s)) => format!("signal {s}"),
        _ => "unknown".into(),
    }
}

fn diff(expected: &str, actual: &str) -> String {
    similar::TextDiff::from_lines(expected, actual)
        .unified_diff()
        .context_radius(3)
        .header("python3", "coral")
        .to_string()
}

/// What differs between the oracle's run and coral's; with `type_only`,
/// the last stderr lines are compared on the exception class only.
pub fn compare(want: &Run, got: &Run, type_only: bool) -> Vec<String> {
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

/// The `.py` programs directly in `dir`, sorted; panics if there are none
/// (a suite that finds nothing must not pass).
#[allow(dead_code)] // the adversarial suite walks sub-folders instead
pub fn python_files(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut found: Vec<std::path::PathBuf> = std::fs::read_dir(dir)
        .map(|rd| {
            rd.filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == "py"))
                .collect()
        })
        .unwrap_or_default();
    assert!(!found.is_empty(), "no test programs in {}", dir.display());
    found.sort();
    found
}
