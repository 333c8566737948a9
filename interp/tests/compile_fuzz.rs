//! A property test of the compiler: random, truncated and token-mutated
//! sources never make it panic, overflow its stack or hang; each gets a
//! `Code` or a `CompileError`.
//!
//! The seeds are the differential suite's programs. Each round picks one
//! and mutates it (cuts it short, deletes, duplicates, swaps or inserts
//! tokens, repeats one token hundreds or thousands of times to make deep
//! nesting) and compiles the result on a thread with a Python thread's
//! small stack. The run is bounded by time (`CORAL_FUZZ_SECONDS`, default
//! 10) and reproducible (`CORAL_FUZZ_SEED`, printed on failure with the
//! source that failed).

use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use std::path::Path;
use std::time::{Duration, Instant};

/// Fragments inserted or repeated: the ones that open nesting, close it
/// early, or confuse the tokenizer.
const FRAGMENTS: &[&str] = &[
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    ":",
    ",",
    "=",
    "-",
    "not ",
    "lambda: ",
    "**",
    " if 1 else ",
    "await ",
    "yield ",
    "\n",
    "\n    ",
    "\t",
    "\\\n",
    "\"",
    "'''",
    "f\"{",
    "}\"",
    "#",
    "@",
    ".a",
    "()",
    "[0]",
    "+1",
    "*",
    "async ",
    "def f(",
    "class C:",
    "return ",
    "\u{e9}",
    "\0",
    "0x",
    "1e",
    "1_",
    ";",
    "...",
    "->",
    ":=",
    "global x\n",
    "del ",
    "\r",
];

fn seeds() -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../runtime/tests/programs");
    let mut out: Vec<String> = std::fs::read_dir(&dir)
        .into_iter()
        .flatten()
        .flatten()
        .filter(|e| e.path().extension().is_some_and(|x| x == "py"))
        .filter_map(|e| std::fs::read_to_string(e.path()).ok())
        .collect();
    out.sort();
    assert!(!out.is_empty(), "no seed programs in {}", dir.display());
    out
}

/// Splits a source into rough tokens (runs of word characters, runs of
/// spaces, single other characters), enough to mutate at token grain.
fn tokens(src: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for c in src.chars() {
        let word = c.is_alphanumeric() || c == '_';
        match out.last_mut() {
            Some(last)
                if (word && last.chars().all(|d| d.is_alphanumeric() || d == '_'))
                    || (c == ' ' && last.chars().all(|d| d == ' ')) =>
            {
                last.push(c)
            }
            _ => out.push(c.to_string()),
        }
    }
    out
}

fn mutate(rng: &mut StdRng, src: &str) -> String {
    let mut toks = tokens(src);
    if toks.is_empty() {
        toks.push(String::new());
    }
    for _ in 0..rng.gen_range(1..4) {
        let n = toks.len();
        let at = rng.gen_range(0..n);
        match rng.gen_range(0..7) {
            0 => toks.truncate(at),
            1 => {
                toks.remove(at.min(toks.len().saturating_sub(1)));
            }
            2 => {
                let t = toks[at.min(n - 1)].clone();
                toks.insert(at, t);
            }
            3 => {
                let other = rng.gen_range(0..n);
                toks.swap(at.min(n - 1), other);
            }
            4 => {
                let f = FRAGMENTS[rng.gen_range(0..FRAGMENTS.len())];
                toks.insert(at, f.to_owned());
            }
            5 => {
                // Deep nesting: one fragment hundreds or thousands of times.
                let f = FRAGMENTS[rng.gen_range(0..FRAGMENTS.len())];
                let times = *[150, 201, 3001, 6000, 20_000]
                    .get(rng.gen_range(0..5))
                    .unwrap_or(&150);
                toks.insert(at, f.repeat(times));
            }
            _ => {
                let t = toks[at.min(n - 1)].repeat(rng.gen_range(2..300));
                toks[at.min(n - 1)] = t;
            }
        }
        if toks.is_empty() {
            toks.push(String::new());
        }
    }
    toks.concat()
}

#[test]
fn mutated_sources_never_panic_the_compiler() {
    let seconds = std::env::var("CORAL_FUZZ_SECONDS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(10);
    let seed = std::env::var("CORAL_FUZZ_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(0x00c0_ffee_u64);
    let corpus = seeds();
    let end = Instant::now() + Duration::from_secs(seconds);
    // A Python thread's stack: the compiler must fit in it (it grows onto
    // the heap where nesting is deep).
    let worker = std::thread::Builder::new()
        .stack_size(4 << 20)
        .spawn(move || {
            let mut rng = StdRng::seed_from_u64(seed);
            let mut rounds = 0u64;
            while Instant::now() < end {
                let base = &corpus[rng.gen_range(0..corpus.len())];
                let src = mutate(&mut rng, base);
                let result = std::panic::catch_unwind(|| {
                    let _ = coral_interp::api::compile(&src, "fuzz.py");
                });
                if result.is_err() {
                    let keep = std::env::temp_dir().join(format!("coral-fuzz-{seed}-{rounds}.py"));
                    let _ = std::fs::write(&keep, &src);
                    return Err(format!(
                        "the compiler panicked on round {rounds} (seed {seed}); source kept in {}",
                        keep.display()
                    ));
                }
                rounds += 1;
            }
            Ok(rounds)
        })
        .expect("fuzz thread starts");
    match worker.join() {
        Ok(Ok(rounds)) => {
            eprintln!("{rounds} mutated sources compiled (seed {seed})");
            assert!(rounds > 0, "no round ran");
        }
        Ok(Err(msg)) => panic!("{msg}"),
        Err(_) => panic!("the fuzz thread died"),
    }
}
