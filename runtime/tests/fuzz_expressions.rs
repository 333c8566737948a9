//! Differential fuzzing of expressions: random expressions over ints,
//! floats, strs, bytes, lists, tuples, dicts and sets, with their operators,
//! builtins and methods, run by `python3` and by `coral`; each expression's
//! result (its `repr`) or its exception (type and message) must agree.
//!
//! Bounded: a few fixed seeds, one program of a few hundred expressions
//! each, so a failure always reproduces. `CORAL_FUZZ_SEEDS=a,b,c` and
//! `CORAL_FUZZ_COUNT=n` explore further; a mismatch prints the expression.
//!
//! What is generated stays deterministic under both: no `id`, no hashes of
//! strs (randomised per process in CPython), no sets of strs (their order
//! follows those hashes), and operands that keep powers, shifts and
//! repetitions small.

use std::fmt::Write as _;
use std::process::Command;

/// xorshift64*: small, fast, and the same sequence everywhere.
struct Gen(u64);

impl Gen {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn pick<'a>(&mut self, xs: &[&'a str]) -> &'a str {
        xs[self.below(xs.len())]
    }
}

const INTS: &[&str] = &[
    "0",
    "1",
    "-1",
    "7",
    "-13",
    "255",
    "(2**64)",
    "(-(2**70))",
    "(10**20)",
    "True",
    "False",
];
const SMALL_INTS: &[&str] = &["0", "1", "2", "3", "-1", "-2", "5", "True"];
const FLOATS: &[&str] = &[
    "0.0",
    "-0.0",
    "1.5",
    "-2.25",
    "1e300",
    "1e-300",
    "0.1",
    "float('inf')",
    "float('nan')",
    "3.0",
];
const STRS: &[&str] = &[
    "''",
    "'a'",
    "'abc'",
    "'Hello World'",
    "'ß'",
    "' x '",
    "'1,2,3'",
    "'aXbXc'",
    "'12'",
    "'%s-%d'",
    "'{}:{}'",
];
const BYTES: &[&str] = &["b''", "b'ab'", "b'A b'", "b'\\x00\\xff'"];
const LISTS: &[&str] = &[
    "[]",
    "[1, 2, 3]",
    "['a', 'b']",
    "[1.5, -2]",
    "[[1], [2, 3]]",
    "[3, 1, 2]",
];
const TUPLES: &[&str] = &["()", "(1,)", "(1, 'a')", "((1, 2), 3)", "(2, 1, 2)"];
const DICTS: &[&str] = &["{}", "{1: 'a', 2: 'b'}", "{'x': 1, 'y': 2}"];
const SETS: &[&str] = &["set()", "{1, 2, 3}", "{-1, 5}", "frozenset({1, 2})"];

const BINARY: &[&str] = &[
    "+", "-", "*", "/", "//", "%", "&", "|", "^", "==", "!=", "<", "<=", ">", ">=", "in", "not in",
    "and", "or",
];
const UNARY: &[&str] = &["-", "+", "~", "not "];
const BUILTINS1: &[&str] = &[
    "len",
    "abs",
    "str",
    "repr",
    "int",
    "float",
    "bool",
    "sorted",
    "min",
    "max",
    "sum",
    "round",
    "list",
    "tuple",
    "any",
    "all",
    "ascii",
    "hex",
    "oct",
    "bin",
    "chr",
    "ord",
    "reversed_list",
    "enumerate_list",
    "type_name",
];
const STR_METHODS: &[&str] = &[
    "upper()",
    "lower()",
    "split()",
    "split(',')",
    "strip()",
    "title()",
    "capitalize()",
    "swapcase()",
    "isdigit()",
    "isalpha()",
    "replace('a', 'z')",
    "find('b')",
    "count('a')",
    "startswith('a')",
    "endswith('c')",
    "center(7, '*')",
    "zfill(5)",
    "partition('X')",
    "rsplit('X', 1)",
    "join(['p', 'q'])",
    "encode()",
    "casefold()",
    "splitlines()",
    "ljust(4)",
    "index('a')",
    "removeprefix('a')",
    "expandtabs()",
    "isidentifier()",
];
const LIST_METHODS: &[&str] = &["index(1)", "count(2)", "copy()"];
const DICT_METHODS: &[&str] = &[
    "get(1)",
    "get('x', 0)",
    "keys()",
    "values()",
    "items()",
    "copy()",
];

/// A random value of a random type.
fn atom(g: &mut Gen) -> String {
    let table = match g.below(10) {
        0 | 1 => INTS,
        2 => FLOATS,
        3 | 4 => STRS,
        5 => BYTES,
        6 => LISTS,
        7 => TUPLES,
        8 => DICTS,
        _ => SETS,
    };
    g.pick(table).to_owned()
}

/// A random expression of at most `depth` levels.
fn expr(g: &mut Gen, depth: u32) -> String {
    if depth == 0 || g.below(4) == 0 {
        return atom(g);
    }
    let d = depth - 1;
    match g.below(8) {
        0 | 1 => {
            let op = g.pick(BINARY);
            // Keep `*`'s repetitions and all powers and shifts small.
            let right = if op == "*" && g.below(2) == 0 {
                g.pick(SMALL_INTS).to_owned()
            } else {
                expr(g, d)
            };
            format!("({} {op} {right})", expr(g, d))
        }
        2 => {
            let op = g.pick(&["**", "<<", ">>"]);
            format!("({} {op} {})", expr(g, d), g.pick(SMALL_INTS))
        }
        3 => format!("({}{})", g.pick(UNARY), expr(g, d)),
        4 => {
            let f = g.pick(BUILTINS1);
            let arg = expr(g, d);
            match f {
                "reversed_list" => format!("list(reversed({arg}))"),
                "enumerate_list" => format!("list(enumerate({arg}))"),
                "type_name" => format!("type({arg}).__name__"),
                "round" if g.below(2) == 0 => format!("round({arg}, {})", g.pick(SMALL_INTS)),
                "min" | "max" if g.below(2) == 0 => format!("{f}({arg}, {})", expr(g, d)),
                "sorted" if g.below(2) == 0 => format!("sorted({arg}, reverse=True)"),
                _ => format!("{f}({arg})"),
            }
        }
        5 => {
            let (recv, methods) = match g.below(3) {
                0 => (g.pick(STRS).to_owned(), STR_METHODS),
                1 => (g.pick(LISTS).to_owned(), LIST_METHODS),
                _ => (g.pick(DICTS).to_owned(), DICT_METHODS),
            };
            let call = format!("{recv}.{}", g.pick(methods));
            // Views and iterators print as lists.
            if call.ends_with("keys()") || call.ends_with("values()") || call.ends_with("items()") {
                format!("list({call})")
            } else {
                call
            }
        }
        6 => {
            let seq = expr(g, d);
            match g.below(3) {
                0 => format!("{seq}[{}]", g.pick(SMALL_INTS)),
                1 => format!("{seq}[{}:{}]", g.pick(SMALL_INTS), g.pick(SMALL_INTS)),
                _ => format!("{seq}[::{}]", g.pick(&["1", "-1", "2", "0"])),
            }
        }
        _ => {
            let f = g.pick(&["divmod", "pow", "isinstance_int", "format"]);
            match f {
                "isinstance_int" => format!("isinstance({}, (int, str))", expr(g, d)),
                "format" => format!(
                    "format({}, {})",
                    expr(g, d),
                    g.pick(&["''", "'>5'", "'.2f'", "'x'", "'^7'", "','"])
                ),
                "pow" => format!("pow({}, {}, 7)", expr(g, d), g.pick(SMALL_INTS)),
                _ => format!("{f}({}, {})", expr(g, d), expr(g, d)),
            }
        }
    }
}

/// One program: each expression evaluated in its own `try`, its result or
/// exception printed on one numbered line.
fn program(seed: u64, count: usize) -> (String, Vec<String>) {
    let mut g = Gen(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1);
    let mut src = String::new();
    let mut exprs = Vec::new();
    for i in 0..count {
        let e = expr(&mut g, 3);
        let _ = write!(
            src,
            "try:\n    r = repr({e})\nexcept Exception as e:\n    print({i}, 'raised', type(e).__name__, e)\n\
             else:\n    print({i}, r)\n"
        );
        exprs.push(e);
    }
    (src, exprs)
}

fn run(cmd: &str, path: &std::path::Path) -> (String, Option<i32>) {
    let out = Command::new(cmd)
        .arg(path)
        .output()
        .unwrap_or_else(|e| panic!("cannot run {cmd}: {e}"));
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        out.status.code(),
    )
}

#[test]
fn random_expressions_agree_with_python3() {
    let seeds: Vec<u64> = std::env::var("CORAL_FUZZ_SEEDS")
        .ok()
        .map(|s| s.split(',').filter_map(|x| x.trim().parse().ok()).collect())
        .unwrap_or_else(|| (1..=8).collect());
    let count: usize = std::env::var("CORAL_FUZZ_COUNT")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(300);
    let dir = std::env::temp_dir().join(format!("coral-fuzz-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let mut report = String::new();
    for seed in seeds {
        let (src, exprs) = program(seed, count);
        let path = dir.join(format!("fuzz_{seed}.py"));
        std::fs::write(&path, &src).expect("write program");
        let (want, want_code) = run("python3", &path);
        let (got, got_code) = run(env!("CARGO_BIN_EXE_coral"), &path);
        if want_code != got_code {
            let _ = writeln!(
                report,
                "seed {seed}: exit {got_code:?}, python3 {want_code:?}"
            );
        }
        let (w, c): (Vec<&str>, Vec<&str>) = (want.lines().collect(), got.lines().collect());
        for (i, e) in exprs.iter().enumerate() {
            let (a, b) = (w.get(i).copied(), c.get(i).copied());
            if a != b {
                let _ = writeln!(
                    report,
                    "seed {seed} #{i}: {e}\n  python3: {}\n  coral:   {}",
                    a.unwrap_or("<missing>"),
                    b.unwrap_or("<missing>")
                );
            }
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
    assert!(report.is_empty(), "coral differs from python3:\n{report}");
}
