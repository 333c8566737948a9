//! How CPython 3.11 words an argument-count error of a builtin method.
//!
//! CPython's methods take their arguments by one of four conventions, and
//! each words a wrong count its own way: `METH_NOARGS` (`str.lower() takes
//! no arguments (1 given)`), `METH_O` (`list.append() takes exactly one
//! argument (0 given)`), Argument Clinic's positional check (`center
//! expected at least 1 argument, got 0`) and `PyArg_ParseTuple`'s (`count()
//! takes at least 1 argument (0 given)`). Which method uses which is a fact
//! of CPython's sources, recorded in [`STYLES`] (read off CPython 3.11 by
//! calling each method with too few and too many arguments). Coral's
//! methods check their counts themselves and build the error here, so the
//! table is read only when a call is wrong.

use crate::object::error::{PyErr, PyResult};
use crate::object::value::Value;

/// An argument-passing convention, as far as its errors show it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Style {
    /// `METH_NOARGS`.
    NoArgs,
    /// `METH_O`.
    One,
    /// Argument Clinic's `_PyArg_CheckPositional`.
    Clinic,
    /// `PyArg_ParseTuple` and Clinic with keywords.
    Tuple,
}

use Style::{Clinic, NoArgs, One, Tuple};

/// `type.method` to its convention, sorted by name.
static STYLES: &[(&str, Style)] = &[
    ("bytes.__bytes__", NoArgs),
    ("bytes.__getnewargs__", NoArgs),
    ("bytes.capitalize", NoArgs),
    ("bytes.center", Clinic),
    ("bytes.count", Tuple),
    ("bytes.decode", Tuple),
    ("bytes.endswith", Tuple),
    ("bytes.expandtabs", Tuple),
    ("bytes.find", Tuple),
    ("bytes.fromhex", One),
    ("bytes.hex", Tuple),
    ("bytes.index", Tuple),
    ("bytes.isalnum", NoArgs),
    ("bytes.isalpha", NoArgs),
    ("bytes.isascii", NoArgs),
    ("bytes.isdigit", NoArgs),
    ("bytes.islower", NoArgs),
    ("bytes.isspace", NoArgs),
    ("bytes.istitle", NoArgs),
    ("bytes.isupper", NoArgs),
    ("bytes.join", One),
    ("bytes.ljust", Clinic),
    ("bytes.lower", NoArgs),
    ("bytes.lstrip", Clinic),
    ("bytes.maketrans", Clinic),
    ("bytes.partition", One),
    ("bytes.removeprefix", One),
    ("bytes.removesuffix", One),
    ("bytes.replace", Clinic),
    ("bytes.rfind", Tuple),
    ("bytes.rindex", Tuple),
    ("bytes.rjust", Clinic),
    ("bytes.rpartition", One),
    ("bytes.rsplit", Tuple),
    ("bytes.rstrip", Clinic),
    ("bytes.split", Tuple),
    ("bytes.splitlines", Tuple),
    ("bytes.startswith", Tuple),
    ("bytes.strip", Clinic),
    ("bytes.swapcase", NoArgs),
    ("bytes.title", NoArgs),
    ("bytes.translate", Tuple),
    ("bytes.upper", NoArgs),
    ("bytes.zfill", One),
    ("dict.__class_getitem__", One),
    ("dict.__contains__", One),
    ("dict.__getitem__", One),
    ("dict.__reversed__", NoArgs),
    ("dict.__sizeof__", NoArgs),
    ("dict.clear", NoArgs),
    ("dict.copy", NoArgs),
    ("dict.fromkeys", Clinic),
    ("dict.get", Clinic),
    ("dict.items", NoArgs),
    ("dict.keys", NoArgs),
    ("dict.pop", Clinic),
    ("dict.popitem", NoArgs),
    ("dict.setdefault", Clinic),
    ("dict.update", Clinic),
    ("dict.values", NoArgs),
    ("dict_items.__reversed__", NoArgs),
    ("dict_items.isdisjoint", One),
    ("dict_keys.__reversed__", NoArgs),
    ("dict_keys.isdisjoint", One),
    ("dict_values.__reversed__", NoArgs),
    ("float.__ceil__", NoArgs),
    ("float.__floor__", NoArgs),
    ("float.__format__", One),
    ("float.__getformat__", One),
    ("float.__getnewargs__", NoArgs),
    ("float.__round__", Clinic),
    ("float.__trunc__", NoArgs),
    ("float.as_integer_ratio", NoArgs),
    ("float.conjugate", NoArgs),
    ("float.fromhex", One),
    ("float.hex", NoArgs),
    ("float.is_integer", NoArgs),
    ("frozenset.__class_getitem__", One),
    ("frozenset.__contains__", One),
    ("frozenset.__reduce__", NoArgs),
    ("frozenset.__sizeof__", NoArgs),
    ("frozenset.copy", NoArgs),
    ("frozenset.isdisjoint", One),
    ("frozenset.issubset", One),
    ("frozenset.issuperset", One),
    ("frozenset.symmetric_difference", One),
    ("generator.__sizeof__", NoArgs),
    ("generator.close", NoArgs),
    ("generator.send", One),
    ("generator.throw", Clinic),
    ("int.__ceil__", NoArgs),
    ("int.__floor__", NoArgs),
    ("int.__format__", One),
    ("int.__getnewargs__", NoArgs),
    ("int.__round__", Clinic),
    ("int.__sizeof__", NoArgs),
    ("int.__trunc__", NoArgs),
    ("int.as_integer_ratio", NoArgs),
    ("int.bit_count", NoArgs),
    ("int.bit_length", NoArgs),
    ("int.conjugate", NoArgs),
    ("int.to_bytes", Tuple),
    ("list.__class_getitem__", One),
    ("list.__getitem__", One),
    ("list.__reversed__", NoArgs),
    ("list.__sizeof__", NoArgs),
    ("list.append", One),
    ("list.clear", NoArgs),
    ("list.copy", NoArgs),
    ("list.count", One),
    ("list.extend", One),
    ("list.index", Clinic),
    ("list.insert", Clinic),
    ("list.pop", Clinic),
    ("list.remove", One),
    ("list.reverse", NoArgs),
    ("list.sort", Tuple),
    ("list_iterator.__length_hint__", NoArgs),
    ("list_iterator.__reduce__", NoArgs),
    ("list_iterator.__setstate__", One),
    ("object.__dir__", NoArgs),
    ("object.__format__", One),
    ("object.__getstate__", NoArgs),
    ("object.__init_subclass__", NoArgs),
    ("object.__reduce__", NoArgs),
    ("object.__reduce_ex__", One),
    ("object.__sizeof__", NoArgs),
    ("range.__reversed__", NoArgs),
    ("range.count", One),
    ("range.index", One),
    ("set.__class_getitem__", One),
    ("set.__contains__", One),
    ("set.__reduce__", NoArgs),
    ("set.__sizeof__", NoArgs),
    ("set.add", One),
    ("set.clear", NoArgs),
    ("set.copy", NoArgs),
    ("set.discard", One),
    ("set.isdisjoint", One),
    ("set.issubset", One),
    ("set.issuperset", One),
    ("set.pop", NoArgs),
    ("set.remove", One),
    ("set.symmetric_difference", One),
    ("set.symmetric_difference_update", One),
    ("slice.__reduce__", NoArgs),
    ("slice.indices", One),
    ("str.__format__", One),
    ("str.__getnewargs__", NoArgs),
    ("str.__sizeof__", NoArgs),
    ("str.capitalize", NoArgs),
    ("str.casefold", NoArgs),
    ("str.center", Clinic),
    ("str.count", Tuple),
    ("str.encode", Tuple),
    ("str.endswith", Tuple),
    ("str.expandtabs", Tuple),
    ("str.find", Tuple),
    ("str.format_map", One),
    ("str.index", Tuple),
    ("str.isalnum", NoArgs),
    ("str.isalpha", NoArgs),
    ("str.isascii", NoArgs),
    ("str.isdecimal", NoArgs),
    ("str.isdigit", NoArgs),
    ("str.isidentifier", NoArgs),
    ("str.islower", NoArgs),
    ("str.isnumeric", NoArgs),
    ("str.isprintable", NoArgs),
    ("str.isspace", NoArgs),
    ("str.istitle", NoArgs),
    ("str.isupper", NoArgs),
    ("str.join", One),
    ("str.ljust", Clinic),
    ("str.lower", NoArgs),
    ("str.lstrip", Clinic),
    ("str.maketrans", Clinic),
    ("str.partition", One),
    ("str.removeprefix", One),
    ("str.removesuffix", One),
    ("str.replace", Clinic),
    ("str.rfind", Tuple),
    ("str.rindex", Tuple),
    ("str.rjust", Clinic),
    ("str.rpartition", One),
    ("str.rsplit", Tuple),
    ("str.rstrip", Clinic),
    ("str.split", Tuple),
    ("str.splitlines", Tuple),
    ("str.startswith", Tuple),
    ("str.strip", Clinic),
    ("str.swapcase", NoArgs),
    ("str.title", NoArgs),
    ("str.translate", One),
    ("str.upper", NoArgs),
    ("str.zfill", One),
    ("tuple.__class_getitem__", One),
    ("tuple.__getnewargs__", NoArgs),
    ("tuple.count", One),
    ("tuple.index", Clinic),
];

/// The convention of method `qual` (`"str.center"`), if it is a builtin
/// type's method CPython defines.
pub(crate) fn style_of(qual: &str) -> Option<Style> {
    STYLES
        .binary_search_by(|(name, _)| (*name).cmp(qual))
        .ok()
        .map(|i| STYLES[i].1)
}

/// `qual`'s argument-count error for `n` arguments where it takes
/// `min..=max`, worded by its convention (or, for a method CPython does
/// not have, by the closest one).
pub(crate) fn arity_error(qual: &str, n: usize, min: usize, max: usize) -> PyErr {
    let style = style_of(qual).unwrap_or(match (min, max) {
        (0, 0) => NoArgs,
        (1, 1) => One,
        _ => Tuple,
    });
    worded(style, qual, n, min, max)
}

/// The error of convention `style` for method `qual` (`"list.append"`).
pub(crate) fn worded(style: Style, qual: &str, n: usize, min: usize, max: usize) -> PyErr {
    let short = qual.rsplit('.').next().unwrap_or(qual);
    let s = |k: usize| if k == 1 { "" } else { "s" };
    PyErr::type_error(match style {
        NoArgs => format!("{qual}() takes no arguments ({n} given)"),
        One => format!("{qual}() takes exactly one argument ({n} given)"),
        Clinic if min == max => format!("{short} expected {min} argument{}, got {n}", s(min)),
        Clinic if n < min => format!(
            "{short} expected at least {min} argument{}, got {n}",
            s(min)
        ),
        Clinic => format!("{short} expected at most {max} argument{}, got {n}", s(max)),
        Tuple if min == max => format!(
            "{short}() takes exactly {min} argument{} ({n} given)",
            s(min)
        ),
        Tuple if n < min => format!(
            "{short}() takes at least {min} argument{} ({n} given)",
            s(min)
        ),
        Tuple => format!(
            "{short}() takes at most {max} argument{} ({n} given)",
            s(max)
        ),
    })
}

/// Positional-or-keyword parameters `names` and keyword-only ones
/// `keyword_only` bound from a call (`pos`, `kwargs`) as Argument Clinic's
/// `_PyArg_UnpackKeywords` binds them, with its errors; absent ones are
/// `None`. The first `required` names must be given.
pub(crate) fn keywords<'a>(
    func: &str,
    pos: &'a [Value],
    kwargs: &'a crate::object::KwArgs,
    names: &[&str],
    keyword_only: &[&str],
    required: usize,
) -> PyResult<Vec<Option<&'a Value>>> {
    let all = names.len() + keyword_only.len();
    if pos.len() + kwargs.len() > all {
        let kw = if pos.is_empty() { "keyword " } else { "" };
        return Err(PyErr::type_error(format!(
            "{func}() takes at most {all} {kw}argument{} ({} given)",
            if all == 1 { "" } else { "s" },
            pos.len() + kwargs.len()
        )));
    }
    if pos.len() > names.len() {
        return Err(PyErr::type_error(format!(
            "{func}() takes at most {} positional argument{} ({} given)",
            names.len(),
            if names.len() == 1 { "" } else { "s" },
            pos.len()
        )));
    }
    let mut out: Vec<Option<&Value>> = pos.iter().map(Some).collect();
    out.resize(all, None);
    for (k, v) in kwargs {
        let k = k.as_str().unwrap_or("");
        let Some(i) = names.iter().chain(keyword_only).position(|n| *n == k) else {
            return Err(PyErr::type_error(format!(
                "'{k}' is an invalid keyword argument for {func}()"
            )));
        };
        if out[i].is_some() {
            return Err(PyErr::type_error(format!(
                "argument for {func}() given by name ('{k}') and position ({})",
                i + 1
            )));
        }
        out[i] = Some(v);
    }
    if let Some(i) = (0..required).find(|&i| out[i].is_none()) {
        return Err(PyErr::type_error(format!(
            "{func}() missing required argument '{}' (pos {})",
            names[i],
            i + 1
        )));
    }
    Ok(out)
}

/// The `type.method` name of method `name` called on `this`: named after
/// the builtin type, also for an instance of a subclass.
pub(crate) fn qualified(this: &Value, name: &str) -> String {
    let short = name.rsplit('.').next().unwrap_or(name);
    let ty = crate::object::types::type_of(this);
    format!("{}.{short}", ty.name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_is_sorted_and_worded_by_convention() {
        assert!(STYLES.windows(2).all(|w| w[0].0 < w[1].0));
        let msg = |q, n, min, max| {
            let e = arity_error(q, n, min, max);
            let args = e.exc().args();
            args.as_tuple()
                .and_then(|a| a.first())
                .and_then(|m| m.as_str().map(str::to_owned))
                .unwrap_or_default()
        };
        assert!(msg("str.lower", 1, 0, 0).ends_with("str.lower() takes no arguments (1 given)"));
        assert!(msg("str.center", 0, 1, 2).ends_with("center expected at least 1 argument, got 0"));
        assert!(msg("str.count", 4, 1, 3).ends_with("count() takes at most 3 arguments (4 given)"));
    }
}
