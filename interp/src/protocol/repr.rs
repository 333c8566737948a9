//! `repr()` and `str()` of builtin values, CPython's spellings included
//! (string quoting and escapes, float repr, recursive containers as `[...]`).

use crate::format::float_repr;
pub use crate::format::{ascii_escape, bytes_repr, is_printable, str_repr};
use crate::object::error::{PyErr, PyResult};
use crate::object::types::{self};
use crate::object::value::Value;
use crate::object::{DictViewKind, Payload};
use crate::vm::Vm;
use num_bigint::BigInt;

/// CPython's default limit on int/str conversions (`sys.int_info`).
pub const INT_MAX_STR_DIGITS: usize = 4300;

/// Decimal text of a big int, subject to the interpreter's limit on
/// digits (`sys.set_int_max_str_digits`, 0 for none).
pub fn bigint_to_str(n: &BigInt, limit: usize) -> PyResult<String> {
    // Cheap pre-check on the bit length before paying for the conversion.
    if limit > 0 && n.bits() > (limit as u64 * 3322 / 1000) + 8 {
        let s = n.to_string();
        let digits = s.trim_start_matches('-').len();
        if digits > limit {
            return Err(PyErr::value_error(format!(
                "Exceeds the limit ({limit} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"
            )));
        }
        return Ok(s);
    }
    Ok(n.to_string())
}

fn addr(v: &Value) -> usize {
    v.as_obj().map_or(0, |o| o as *const _ as usize)
}

fn join_reprs(vm: &mut Vm, items: &[Value], open: &str, close: &str) -> PyResult<String> {
    let mut out = String::from(open);
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(&repr(vm, item)?);
    }
    out.push_str(close);
    Ok(out)
}

/// Runs `f` unless `v` is already being printed (then returns `recursive`).
fn guarded(
    vm: &mut Vm,
    v: &Value,
    recursive: &str,
    f: impl FnOnce(&mut Vm) -> PyResult<String>,
) -> PyResult<String> {
    let a = addr(v);
    if vm.repr_guard.contains(&a) {
        return Ok(recursive.to_owned());
    }
    if vm.frames.len() + vm.native_depth + vm.repr_guard.len() >= vm.recursion_limit {
        // Also keeps the linear `contains` above from going quadratic.
        return Err(PyErr::new(
            &crate::object::types::RECURSION_ERROR,
            "maximum recursion depth exceeded while getting the repr of an object",
        ));
    }
    vm.repr_guard.push(a);
    let r = crate::support::stack::grow(|| f(vm));
    vm.repr_guard.pop();
    r
}

/// `repr(v)`.
pub fn repr(vm: &mut Vm, v: &Value) -> PyResult<String> {
    if let Some(i) = v.as_small_int() {
        return Ok(i.to_string());
    }
    if let Some(f) = v.as_float() {
        return Ok(float_repr(f));
    }
    let Some(p) = v.payload() else {
        return Ok("<NULL>".to_owned());
    };
    if types::class_of(v).is_some() {
        if let Some(s) = crate::protocol::special::repr(vm, v)? {
            return Ok(s);
        }
        if let Some(base) = crate::protocol::class::builtin_data(v) {
            let base = base.clone();
            return repr(vm, &base);
        }
        if !matches!(p, Payload::Exception(_)) {
            return Ok(crate::protocol::special::default_repr(v));
        }
    }
    Ok(match p {
        Payload::Member(m) => format!(
            "<member '{}' of '{}' objects>",
            m.name.as_str().unwrap_or("?"),
            crate::protocol::class::class_name(&m.owner)
        ),
        Payload::Null => "<NULL>".to_owned(),
        Payload::None => "None".to_owned(),
        Payload::Bool(b) => if *b { "True" } else { "False" }.to_owned(),
        Payload::Ellipsis => "Ellipsis".to_owned(),
        Payload::NotImplemented => "NotImplemented".to_owned(),
        Payload::Int(n) => bigint_to_str(&n.to_bigint(), vm.int_max_str_digits)?,
        Payload::Float(f) => float_repr(*f),
        Payload::Str(s) => str_repr(s.as_str()),
        Payload::Tuple(t) => {
            if t.len() == 1 {
                // Cannot contain itself, but can nest a million deep.
                let inner = t[0].clone();
                guarded(vm, v, "", |vm| Ok(format!("({},)", repr(vm, &inner)?)))?
            } else {
                let t = t.clone();
                guarded(vm, v, "(...)", |vm| join_reprs(vm, &t, "(", ")"))?
            }
        }
        Payload::List(l) => {
            let items = l.borrow().clone();
            guarded(vm, v, "[...]", |vm| join_reprs(vm, &items, "[", "]"))?
        }
        Payload::Dict(d) => {
            let entries: Vec<(Value, Value)> = d
                .borrow()
                .iter()
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect();
            guarded(vm, v, "{...}", |vm| {
                let mut out = String::from("{");
                for (i, (k, val)) in entries.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    out.push_str(&repr(vm, k)?);
                    out.push_str(": ");
                    out.push_str(&repr(vm, val)?);
                }
                out.push('}');
                Ok(out)
            })?
        }
        Payload::Set(s) => {
            let items: Vec<Value> = s.borrow().iter().cloned().collect();
            if items.is_empty() {
                "set()".to_owned()
            } else {
                guarded(vm, v, "set(...)", |vm| join_reprs(vm, &items, "{", "}"))?
            }
        }
        Payload::FrozenSet(s) => {
            let items: Vec<Value> = s.iter().cloned().collect();
            if items.is_empty() {
                "frozenset()".to_owned()
            } else {
                join_reprs(vm, &items, "frozenset({", "})")?
            }
        }
        Payload::Range(r) => {
            if r.step == 1 {
                format!("range({}, {})", { r.start }, { r.stop })
            } else {
                format!("range({}, {}, {})", { r.start }, { r.stop }, { r.step })
            }
        }
        Payload::Slice(s) => format!(
            "slice({}, {}, {})",
            repr(vm, &s.start)?,
            repr(vm, &s.stop)?,
            repr(vm, &s.step)?
        ),
        Payload::Function(f) => format!(
            "<function {} at {:#x}>",
            f.qualname.as_str().unwrap_or("?"),
            addr(v)
        ),
        Payload::Builtin(b) => match (&b.bound, b.def.kind) {
            (None, crate::object::BuiltinKind::Slot(owner)) => {
                format!(
                    "<slot wrapper '{}' of '{}' objects>",
                    b.def.name, owner.name
                )
            }
            (Some(this), crate::object::BuiltinKind::Slot(_)) => format!(
                "<method-wrapper '{}' of {} object at {:#x}>",
                b.def.name,
                crate::object::types::type_name(this),
                addr(this)
            ),
            (Some(this), _) if !matches!(this.payload(), Some(Payload::Module(_))) => format!(
                "<built-in method {} of {} object at {:#x}>",
                b.def.name,
                crate::object::types::type_name(this),
                addr(this)
            ),
            _ => format!("<built-in function {}>", b.def.name),
        },
        Payload::Type(t) => format!("<class '{}'>", t.name),
        Payload::Exception(_) => exc_repr(vm, v)?,
        Payload::Module(m) => {
            // A module run from a file names it, as CPython's loaders do.
            let file = m.dict.as_dict().and_then(|d| {
                let key = Value::str("__file__");
                let h = crate::object::str::str_hash("__file__");
                d.borrow().get(&key, h).cloned()
            });
            match file.as_ref().and_then(Value::as_str) {
                Some(f) => format!("<module '{}' from '{}'>", m.name, f),
                None => format!("<module '{}' (built-in)>", m.name),
            }
        }
        Payload::Code(c) => format!(
            "<code object {} at {:#x}, file \"{}\", line {}>",
            c.code.name,
            addr(v),
            c.code.filename,
            c.code.first_line
        ),
        Payload::Cell(_) => format!("<cell at {:#x}>", addr(v)),
        Payload::Frame(f) => frame_repr(vm, v, f),
        Payload::Iter(state) => {
            let shown = match &*state.borrow() {
                crate::object::IterState::Native(n) => n.repr_args(),
                _ => None,
            };
            let name = crate::object::types::type_name(v);
            match shown {
                Some(args) => {
                    let mut parts = Vec::with_capacity(args.len());
                    for a in &args {
                        parts.push(repr(vm, a)?);
                    }
                    let short = name.rsplit('.').next().unwrap_or(name);
                    format!("{short}({})", parts.join(", "))
                }
                None => format!("<{name} object at {:#x}>", addr(v)),
            }
        }
        Payload::DictView(view) => {
            let name = match view.kind {
                DictViewKind::Keys => "dict_keys",
                DictViewKind::Values => "dict_values",
                DictViewKind::Items => "dict_items",
            };
            let items = crate::protocol::iterate::collect(vm, v)?;
            let inner = join_reprs(vm, &items, "[", "]")?;
            format!("{name}({inner})")
        }
        Payload::Generator(g) => format!(
            "<generator object {} at {:#x}>",
            g.borrow().code.code.qualname,
            addr(v)
        ),
        Payload::Class(c) => {
            let key = crate::object::intern::intern_static("__module__").value();
            let module = crate::protocol::class::lookup(c, &key)
                .and_then(|m| m.as_str().map(str::to_owned))
                .unwrap_or_else(|| "__main__".to_owned());
            if module == "builtins" {
                format!("<class '{}'>", c.qualname)
            } else {
                format!("<class '{module}.{}'>", c.qualname)
            }
        }
        Payload::Instance(_) => crate::protocol::special::default_repr(v),
        Payload::Method(m) => {
            let (func, this) = (m.func.clone(), m.this.clone());
            let name = match func.payload() {
                Some(Payload::Function(f)) => f.qualname.as_str().unwrap_or("?").to_owned(),
                _ => "?".to_owned(),
            };
            format!("<bound method {name} of {}>", repr(vm, &this)?)
        }
        Payload::StaticMethod(f) | Payload::ClassMethod(f) => {
            let f = f.clone();
            format!(
                "<{}({})>",
                crate::object::types::type_name(v),
                repr(vm, &f)?
            )
        }
        Payload::Property(_) => format!("<property object at {:#x}>", addr(v)),
        // CPython names both types by their bare names here.
        Payload::Super(s) => format!(
            "<super: <class '{}'>, <{} object>>",
            crate::protocol::class::class_name(&s.cls),
            crate::protocol::class::class_name(&s.obj_type)
        ),
        Payload::Bytes(b) => bytes_repr(b),
        Payload::Handle(_) => format!("<handle object at {:#x}>", addr(v)),
    })
}

/// `str(v)`.
/// How CPython names a callable in call errors (`_PyObject_FunctionStr`):
/// `module.qualname()`, or `qualname()` for builtins.
pub fn function_str(vm: &mut Vm, f: &Value) -> String {
    let get = |vm: &mut Vm, name: &'static str| {
        let key = crate::object::intern::intern_static(name).value();
        crate::protocol::attr::getattr_opt(vm, f, &key)
            .ok()
            .flatten()
            .and_then(|v| v.as_str().map(str::to_owned))
    };
    let Some(qualname) = get(vm, "__qualname__") else {
        return str(vm, f).unwrap_or_default();
    };
    match get(vm, "__module__") {
        Some(m) if m != "builtins" => format!("{m}.{qualname}()"),
        _ => format!("{qualname}()"),
    }
}

pub fn str(vm: &mut Vm, v: &Value) -> PyResult<String> {
    if types::class_of(v).is_some() {
        if let Some(s) = crate::protocol::special::str(vm, v)? {
            return Ok(s);
        }
        if matches!(v.payload(), Some(Payload::Exception(_))) {
            return exc_str(vm, v);
        }
        return repr(vm, v);
    }
    match v.payload() {
        Some(Payload::Str(s)) => Ok(s.as_str().to_owned()),
        Some(Payload::Exception(_)) => exc_str(vm, v),
        _ => repr(vm, v),
    }
}

/// The builtin `repr` of an exception: `Name(args...)`.
pub fn exc_repr(vm: &mut Vm, v: &Value) -> PyResult<String> {
    let Some(Payload::Exception(e)) = v.payload() else {
        return repr(vm, v);
    };
    let args = e.args();
    let items = args.as_tuple().unwrap_or(&[]).to_vec();
    let name = crate::object::types::type_name(v).to_owned();
    if items.len() == 1 {
        Ok(format!("{name}({})", repr(vm, &items[0])?))
    } else {
        let inner = join_reprs(vm, &items, "(", ")")?;
        Ok(format!("{name}{inner}"))
    }
}

/// `str(exc)`.
pub fn exc_str(vm: &mut Vm, exc: &Value) -> PyResult<String> {
    let Some(Payload::Exception(e)) = exc.payload() else {
        return str(vm, exc);
    };
    let args = e.args();
    let items = args.as_tuple().unwrap_or(&[]).to_vec();
    if e.ty.is_subtype(&types::KEY_ERROR) && items.len() == 1 {
        return repr(vm, &items[0]);
    }
    if e.ty.is_subtype(&types::SYNTAX_ERROR) && items.len() == 2 {
        let msg = str(vm, &items[0])?;
        if let Some(info) = items[1].as_tuple() {
            let file = info
                .first()
                .and_then(|f| f.as_str())
                .unwrap_or("?")
                .to_owned();
            let line = info
                .get(1)
                .map(|l| repr(vm, l))
                .transpose()?
                .unwrap_or_default();
            return Ok(format!("{msg} ({file}, line {line})"));
        }
    }
    if e.ty.is_subtype(&types::OS_ERROR) && (2..=5).contains(&items.len()) {
        // CPython's `OSError.__str__` for `OSError(errno, strerror)`.
        // A third argument is the file name, a fifth the second file name.
        let errno = str(vm, &items[0])?;
        let strerror = str(vm, &items[1])?;
        return Ok(match (items.get(2), items.get(4)) {
            (Some(f), Some(f2)) => {
                format!(
                    "[Errno {errno}] {strerror}: {} -> {}",
                    repr(vm, f)?,
                    repr(vm, f2)?
                )
            }
            (Some(f), None) => format!("[Errno {errno}] {strerror}: {}", repr(vm, f)?),
            _ => format!("[Errno {errno}] {strerror}"),
        });
    }
    match items.len() {
        0 => Ok(String::new()),
        1 => str(vm, &items[0]),
        _ => join_reprs(vm, &items, "(", ")"),
    }
}

/// `repr(frame)`.
fn frame_repr(vm: &Vm, v: &Value, f: &crate::object::frame::FrameObj) -> String {
    format!(
        "<frame at {:#x}, file '{}', line {}, code {}>",
        v.as_obj()
            .map_or(0, |o| o as *const crate::object::Obj as usize),
        f.code.code.filename,
        vm.frame_line(f),
        f.code.code.name
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn str_repr_quotes_like_cpython() {
        assert_eq!(str_repr("abc"), "'abc'");
        assert_eq!(str_repr("it's"), "\"it's\"");
        assert_eq!(str_repr("a'b\"c"), "'a\\'b\"c'");
        assert_eq!(str_repr("tab\there\n"), "'tab\\there\\n'");
        assert_eq!(str_repr("\u{7}\u{7f}é日"), "'\\x07\\x7fé日'");
        assert_eq!(str_repr("\u{a0}"), "'\\xa0'");
        assert_eq!(str_repr("\\"), "'\\\\'");
    }

    #[test]
    fn ascii_escapes() {
        assert_eq!(ascii_escape("'é日😀'"), "'\\xe9\\u65e5\\U0001f600'");
    }
}
