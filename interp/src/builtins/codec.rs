//! Text encodings: `str.encode` and `bytes.decode` for UTF-8, ASCII and
//! Latin-1, with CPython's error handlers and messages.
//!
//! Files (`io`), `bytes(s, encoding)` and pickle all come through here, so
//! that an encoding name or an error handler means the same everywhere.

use crate::object::error::{PyErr, PyResult};
use crate::object::types;

/// An encoding Coral knows, after CPython's name normalisation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Encoding {
    Utf8,
    Ascii,
    Latin1,
}

impl Encoding {
    /// Looks an encoding up by any of the names CPython accepts for it
    /// (case, `-`, `_` and spaces do not matter).
    pub(crate) fn lookup(name: &str) -> PyResult<Encoding> {
        let norm: String = name
            .chars()
            .filter(|c| !matches!(c, '-' | '_' | ' '))
            .flat_map(char::to_lowercase)
            .collect();
        match norm.as_str() {
            "utf8" | "u8" | "utf" | "cp65001" => Ok(Encoding::Utf8),
            "ascii" | "usascii" | "646" => Ok(Encoding::Ascii),
            "latin1" | "latin" | "iso88591" | "l1" | "cp819" | "iso8859" | "8859" => {
                Ok(Encoding::Latin1)
            }
            _ => Err(PyErr::new(
                &types::LOOKUP_ERROR,
                format!("unknown encoding: {name}"),
            )),
        }
    }

    /// The name CPython's errors use.
    fn name(self) -> &'static str {
        match self {
            Encoding::Utf8 => "utf-8",
            Encoding::Ascii => "ascii",
            Encoding::Latin1 => "latin-1",
        }
    }
}

/// What to do with a character or byte the codec cannot handle.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Errors {
    Strict,
    Ignore,
    Replace,
    BackslashReplace,
    XmlCharRefReplace,
}

impl Errors {
    /// The handler named `name`; unknown names fail only when needed, as
    /// in CPython (`LookupError` at the first bad character).
    pub(crate) fn lookup(name: &str) -> Result<Errors, String> {
        match name {
            "strict" => Ok(Errors::Strict),
            "ignore" => Ok(Errors::Ignore),
            "replace" => Ok(Errors::Replace),
            "backslashreplace" => Ok(Errors::BackslashReplace),
            "xmlcharrefreplace" => Ok(Errors::XmlCharRefReplace),
            other => Err(other.to_owned()),
        }
    }
}

fn unknown_handler(name: &str) -> PyErr {
    PyErr::new(
        &types::LOOKUP_ERROR,
        format!("unknown error handler name '{name}'"),
    )
}

/// `s.encode(encoding, errors)`.
pub(crate) fn encode(s: &str, enc: Encoding, errors: Result<Errors, String>) -> PyResult<Vec<u8>> {
    let limit: u32 = match enc {
        Encoding::Utf8 => return Ok(s.as_bytes().to_vec()),
        Encoding::Ascii => 0x80,
        Encoding::Latin1 => 0x100,
    };
    if s.is_ascii() {
        return Ok(s.as_bytes().to_vec());
    }
    let mut out = Vec::with_capacity(s.len());
    for (pos, c) in s.chars().enumerate() {
        if (c as u32) < limit {
            out.push(c as u32 as u8);
            continue;
        }
        match errors.clone().map_err(|n| unknown_handler(&n))? {
            Errors::Strict => {
                return Err(PyErr::new(
                    &types::UNICODE_ENCODE_ERROR,
                    format!(
                        "'{}' codec can't encode character '{}' in position {pos}: \
                         ordinal not in range({limit})",
                        enc.name(),
                        escaped(c)
                    ),
                ))
            }
            Errors::Ignore => {}
            Errors::Replace => out.push(b'?'),
            Errors::BackslashReplace => out.extend_from_slice(escaped(c).as_bytes()),
            Errors::XmlCharRefReplace => {
                out.extend_from_slice(format!("&#{};", c as u32).as_bytes())
            }
        }
    }
    Ok(out)
}

/// A character as CPython's codec errors show it: `\xe9`, `\u20ac`,
/// `\U0001f600`.
fn escaped(c: char) -> String {
    match c as u32 {
        n @ 0..=0xff => format!("\\x{n:02x}"),
        n @ 0x100..=0xffff => format!("\\u{n:04x}"),
        n => format!("\\U{n:08x}"),
    }
}

/// `b.decode(encoding, errors)`.
pub(crate) fn decode(b: &[u8], enc: Encoding, errors: Result<Errors, String>) -> PyResult<String> {
    match enc {
        Encoding::Utf8 => decode_utf8(b, errors, true).map(|(s, _)| s),
        Encoding::Latin1 => Ok(b.iter().map(|&c| c as char).collect()),
        Encoding::Ascii => {
            if b.is_ascii() {
                return Ok(String::from_utf8_lossy(b).into_owned());
            }
            let mut out = String::with_capacity(b.len());
            for (pos, &c) in b.iter().enumerate() {
                if c < 0x80 {
                    out.push(c as char);
                    continue;
                }
                bad_bytes(
                    &mut out,
                    enc,
                    &errors,
                    b,
                    pos,
                    pos + 1,
                    "ordinal not in range(128)",
                )?;
            }
            Ok(out)
        }
    }
}

/// Decodes UTF-8. With `final_chunk` false, an incomplete sequence at the
/// end is left undecoded (its length is what the caller keeps for the
/// next chunk), as an incremental decoder does for a file read in pieces.
/// Returns the text and how many bytes it consumed.
pub(crate) fn decode_utf8(
    b: &[u8],
    errors: Result<Errors, String>,
    final_chunk: bool,
) -> PyResult<(String, usize)> {
    let mut out = String::new();
    let mut rest = b;
    let mut pos = 0;
    loop {
        match std::str::from_utf8(rest) {
            Ok(s) => {
                out.push_str(s);
                return Ok((out, b.len()));
            }
            Err(e) => {
                let good = e.valid_up_to();
                // The first `valid_up_to` bytes are valid, so this never
                // falls back to the default.
                out.push_str(std::str::from_utf8(&rest[..good]).unwrap_or_default());
                let start = pos + good;
                let (end, reason) = match e.error_len() {
                    Some(n) => {
                        let first = rest[good];
                        let reason = if (0x80..0xc2).contains(&first) || first >= 0xf5 {
                            "invalid start byte"
                        } else {
                            "invalid continuation byte"
                        };
                        (start + n, reason)
                    }
                    None if !final_chunk => return Ok((out, start)),
                    None => (b.len(), "unexpected end of data"),
                };
                bad_bytes(&mut out, Encoding::Utf8, &errors, b, start, end, reason)?;
                pos = end;
                rest = &b[end..];
            }
        }
    }
}

/// Applies the error handler to the undecodable `b[start..end]`.
fn bad_bytes(
    out: &mut String,
    enc: Encoding,
    errors: &Result<Errors, String>,
    b: &[u8],
    start: usize,
    end: usize,
    reason: &str,
) -> PyResult<()> {
    match errors.clone().map_err(|n| unknown_handler(&n))? {
        Errors::Strict => {
            let what = if end - start == 1 {
                format!("byte 0x{:02x} in position {start}", b[start])
            } else {
                format!("bytes in position {start}-{}", end - 1)
            };
            Err(PyErr::new(
                &types::UNICODE_DECODE_ERROR,
                format!("'{}' codec can't decode {what}: {reason}", enc.name()),
            ))
        }
        Errors::Ignore => Ok(()),
        Errors::Replace => {
            out.push('\u{fffd}');
            Ok(())
        }
        Errors::BackslashReplace => {
            for c in &b[start..end] {
                out.push_str(&format!("\\x{c:02x}"));
            }
            Ok(())
        }
        Errors::XmlCharRefReplace => Err(PyErr::type_error(
            "don't know how to handle UnicodeDecodeError in error callback",
        )),
    }
}

/// The `encoding` and `errors` arguments of `encode`/`decode`/`bytes()`/
/// `open()`, with CPython's defaults and type errors.
pub(crate) fn args(
    fname: &str,
    encoding: Option<&crate::object::value::Value>,
    errors: Option<&crate::object::value::Value>,
) -> PyResult<(Encoding, Result<Errors, String>)> {
    let text = |what: &str, v: &crate::object::value::Value| -> PyResult<String> {
        v.as_str().map(str::to_owned).ok_or_else(|| {
            PyErr::type_error(format!(
                "{fname}() argument '{what}' must be str, not {}",
                types::type_name(v)
            ))
        })
    };
    let enc = match encoding {
        Some(v) if !v.is_none() => Encoding::lookup(&text("encoding", v)?)?,
        _ => Encoding::Utf8,
    };
    let errors = match errors {
        Some(v) if !v.is_none() => Errors::lookup(&text("errors", v)?),
        _ => Ok(Errors::Strict),
    };
    Ok((enc, errors))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn msg(r: PyResult<String>) -> String {
        match r {
            Ok(s) => s,
            Err(e) => e
                .exc()
                .args()
                .as_tuple()
                .and_then(|a| a.first()?.as_str().map(str::to_owned))
                .unwrap_or_default(),
        }
    }

    #[test]
    fn utf8_errors_name_cpythons_reasons() {
        let d = |b: &[u8]| msg(decode(b, Encoding::Utf8, Ok(Errors::Strict)));
        assert_eq!(
            d(b"\xff"),
            "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte"
        );
        assert_eq!(
            d(b"\xe2\x82"),
            "'utf-8' codec can't decode bytes in position 0-1: unexpected end of data"
        );
        assert_eq!(
            d(b"\xc3a"),
            "'utf-8' codec can't decode byte 0xc3 in position 0: invalid continuation byte"
        );
    }

    #[test]
    fn incremental_utf8_keeps_a_split_sequence() {
        let (s, used) = decode_utf8("aé".as_bytes()[..2].as_ref(), Ok(Errors::Strict), false)
            .unwrap_or_default();
        assert_eq!((s.as_str(), used), ("a", 1));
    }

    #[test]
    fn encoding_names_normalise() {
        assert_eq!(Encoding::lookup("UTF_8").ok(), Some(Encoding::Utf8));
        assert_eq!(Encoding::lookup("Latin-1").ok(), Some(Encoding::Latin1));
        assert!(Encoding::lookup("koi8").is_err());
    }
}
