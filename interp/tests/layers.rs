//! The layer rule of `coral-interp` (ARCHITECTURE.md, "Inside coral-interp:
//! layers"): a file may name the layers below its own folder, never the ones
//! above. This test reads every source file, finds each `crate::` path in its
//! code (comments are skipped, so a doc link may point anywhere) and fails on
//! a path that points upward, naming the file, the line and the path.
//!
//! The few upward references that must stay are in [`ALLOWED`], each with its
//! reason. Keep that list short: a new entry is a design decision.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// The layer folders, bottom first. A file in folder `LAYERS[i]` may use
/// `LAYERS[..=i]`.
const LAYERS: &[&str] = &[
    "support", "format", "bytecode", "compile", "object", "protocol", "monitor", "tier2", "vm",
    "builtins", "stdlib",
];

/// Upward references that stay: (file, or `*` for every file; the path
/// prefix; why).
const ALLOWED: &[(&str, &str, &str)] = &[
    (
        "*",
        "crate::vm::Vm",
        "the interpreter handle: code that may run Python takes `&mut Vm` and calls its \
         methods, whose bodies live with the eval loop",
    ),
    (
        "object/types.rs",
        "crate::builtins",
        "builtin type objects are immortal statics built at compile time, so they name their \
         method tables and constructor (CPython's `tp_methods` and `tp_new`) directly",
    ),
    (
        "object/code.rs",
        "crate::tier2::executor::ExecutorTable",
        "contract 9 puts a code object's executor slots in its per-interpreter part; the slots \
         hold tier 2's entries",
    ),
];

fn layer_of(folder: &str) -> Option<usize> {
    LAYERS.iter().position(|l| *l == folder)
}

/// Every `.rs` file below `dir`.
fn sources(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .expect("read src dir")
        .map(|e| e.expect("dir entry").path())
        .collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            sources(&p, out);
        } else if p.extension().is_some_and(|e| e == "rs") {
            out.push(p);
        }
    }
}

/// The code of a line with its `//` comment cut off (a `//` inside a string
/// literal is rare enough in `use` and path positions to ignore).
fn code_of(line: &str) -> &str {
    match line.find("//") {
        Some(i) => &line[..i],
        None => line,
    }
}

/// The `crate::a::b...` paths on one line of code, as written.
fn crate_paths(code: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = code;
    while let Some(i) = rest.find("crate::") {
        let before = rest[..i].chars().last();
        let tail = &rest[i..];
        let end = tail
            .find(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':'))
            .unwrap_or(tail.len());
        // `foo_crate::` is not ours; `$crate::` (in a macro) keeps its `$`.
        if !before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
            let dollar = if before == Some('$') { "$" } else { "" };
            out.push(format!("{dollar}{}", tail[..end].trim_end_matches(':')));
        }
        rest = &tail[end.max(7)..];
    }
    out
}

/// The `#[macro_export]` macros: they live at the crate root whatever file
/// defines them, so `crate::name` is their one path.
fn exported_macros(files: &[PathBuf]) -> Vec<String> {
    let mut out = Vec::new();
    for path in files {
        let text = std::fs::read_to_string(path).expect("read source");
        let mut exported = false;
        for line in text.lines().map(str::trim) {
            if line.starts_with("#[macro_export]") {
                exported = true;
            } else if let Some(rest) = line.strip_prefix("macro_rules!").filter(|_| exported) {
                out.push(rest.trim().trim_end_matches('{').trim().to_owned());
                exported = false;
            }
        }
    }
    out
}

/// The `super::` paths on one line, resolved against the module path of
/// the file (`["vm", "eval"]` for `vm/eval/mod.rs`) into `crate::` paths, so
/// that a relative path cannot climb out of a layer unseen.
fn super_paths(code: &str, module: &[&str]) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = code;
    while let Some(i) = rest.find("super::") {
        let before = rest[..i].chars().last();
        let mut tail = &rest[i..];
        if before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == ':') {
            rest = &tail[7..];
            continue;
        }
        let mut up = 0;
        while let Some(t) = tail.strip_prefix("super::") {
            up += 1;
            tail = t;
        }
        let end = tail
            .find(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':'))
            .unwrap_or(tail.len());
        let base = &module[..module.len().saturating_sub(up)];
        let mut path = String::from("crate");
        for seg in base {
            path.push_str("::");
            path.push_str(seg);
        }
        let named = tail[..end].trim_end_matches(':');
        if !named.is_empty() {
            path.push_str("::");
            path.push_str(named);
        }
        out.push(path);
        rest = &tail[end..];
    }
    out
}

fn allowed(file: &str, path: &str) -> bool {
    ALLOWED.iter().any(|(f, prefix, _)| {
        (*f == "*" || *f == file)
            && path.starts_with(prefix)
            && path[prefix.len()..].chars().next().is_none_or(|c| c == ':')
    })
}

#[test]
fn imports_point_down_the_layers() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    sources(&src, &mut files);
    assert!(files.len() > 50, "found only {} source files", files.len());
    let macros = exported_macros(&files);

    let mut bad = String::new();
    let mut count = 0;
    for path in &files {
        let rel = path.strip_prefix(&src).expect("below src");
        let rel_s = rel.to_string_lossy().replace('\\', "/");
        let Some(folder) = rel_s
            .split('/')
            .next()
            .filter(|_| rel.components().count() > 1)
        else {
            continue; // lib.rs and the other top-level files see everything
        };
        let Some(own) = layer_of(folder) else {
            writeln!(bad, "{rel_s}: `{folder}/` is not a layer folder").unwrap();
            count += 1;
            continue;
        };
        let mut module: Vec<&str> = rel_s
            .trim_end_matches(".rs")
            .split('/')
            .filter(|s| *s != "mod")
            .collect();
        let text = std::fs::read_to_string(path).expect("read source");
        for (n, line) in text.lines().enumerate() {
            let code = code_of(line);
            // An inline module (`mod tests {`, at a file's end) is one level
            // deeper for the lines that follow.
            let decl = code.trim().trim_start_matches("pub ").strip_prefix("mod ");
            if let Some(name) = decl.and_then(|d| d.strip_suffix('{')) {
                module.push(name.trim());
            }
            let paths = crate_paths(code)
                .into_iter()
                .chain(super_paths(code, &module));
            for p in paths {
                let target = p.split("::").nth(1).unwrap_or("");
                let ok = match layer_of(target) {
                    Some(l) => l <= own || allowed(&rel_s, &p),
                    // An exported macro expands in other crates too, so it
                    // names the public API.
                    None if p.starts_with("$crate::api::") => true,
                    None => macros.iter().any(|m| m == target) && p.matches("::").count() == 1,
                };
                if !ok {
                    count += 1;
                    let why = match layer_of(target) {
                        Some(l) => format!(
                            "layer {} `{folder}/` may not use layer {} `{target}/`",
                            own + 1,
                            l + 1
                        ),
                        None => "name the layer folder, not a root re-export".to_owned(),
                    };
                    writeln!(bad, "{rel_s}:{}: `{p}`: {why}", n + 1).unwrap();
                }
            }
        }
    }
    assert!(ALLOWED.len() <= 5, "the allowlist is for a few exceptions");
    assert!(
        bad.is_empty(),
        "{count} imports break the layer rule:\n{bad}"
    );
}

#[test]
fn path_scanner_finds_paths() {
    assert_eq!(
        crate_paths("use crate::vm::Vm; x = $crate::object::Obj::new(crate::a)"),
        ["crate::vm::Vm", "$crate::object::Obj::new", "crate::a"]
    );
    assert!(crate_paths("use my_crate::vm::Vm;").is_empty());
    assert_eq!(code_of("use crate::a; // crate::b"), "use crate::a; ");
    assert!(allowed("object/x.rs", "crate::vm::Vm"));
    assert!(!allowed("object/x.rs", "crate::vm::VmConfig"));
    assert!(!allowed("object/x.rs", "crate::vm::call"));
    assert_eq!(
        super_paths(
            "use super::Namespace; x(super::super::a::b)",
            &["stdlib", "sys"]
        ),
        ["crate::stdlib::Namespace", "crate::a::b"]
    );
    assert_eq!(
        super_paths("use super::vm::Vm;", &["object"]),
        ["crate::vm::Vm"]
    );
}
