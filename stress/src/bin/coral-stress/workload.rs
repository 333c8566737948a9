//! The workload corpus: Python programs shipped inside the binary, each
//! with the stdout CPython printed for it (`stress/workloads/NAME.out`,
//! checked in; the test below runs `python3` and compares, so a changed
//! program cannot keep a stale expectation).
//!
//! Each program defines its functions and classes at module level and does
//! its work in `main()`, which it calls under `if __name__ == "__main__"`;
//! `main()` must print the same every time it is called, and leave no
//! reference cycle behind (Coral has no cycle collector yet), so that a
//! long run's memory stays flat.

/// One program and what it must print.
pub struct Workload {
    /// Its file name without `.py`.
    pub name: &'static str,
    /// The source.
    pub source: &'static str,
    /// CPython's stdout for it.
    pub expected: &'static str,
}

macro_rules! corpus {
    ($($name:literal),* $(,)?) => {
        /// Every workload, in a fixed order (the seed picks by index).
        pub const CORPUS: &[Workload] = &[$(
            Workload {
                name: $name,
                source: include_str!(concat!("../../../workloads/", $name, ".py")),
                expected: include_str!(concat!("../../../workloads/", $name, ".out")),
            },
        )*];
    };
}

corpus!(
    "bigints",
    "calls",
    "classes",
    "dicts_strings",
    "exceptions",
    "generators",
    "loops",
    "rebinding",
    "threads",
);

#[cfg(test)]
mod tests {
    use super::CORPUS;
    use std::path::Path;
    use std::process::Command;

    /// The checked-in outputs are python3's: regenerate and compare.
    #[test]
    fn expected_outputs_are_cpythons() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("workloads");
        let on_disk = std::fs::read_dir(&dir)
            .expect("workloads folder")
            .filter_map(Result::ok)
            .filter(|e| e.path().extension().is_some_and(|x| x == "py"))
            .count();
        assert_eq!(on_disk, CORPUS.len(), "a workload is missing from CORPUS");
        for w in CORPUS {
            let out = Command::new("python3")
                .arg(dir.join(format!("{}.py", w.name)))
                .output()
                .expect("run python3");
            assert!(out.status.success(), "{} fails under python3", w.name);
            assert_eq!(
                String::from_utf8_lossy(&out.stdout),
                w.expected,
                "{}.out is not python3's output",
                w.name
            );
        }
    }
}
