//! Character classes CPython uses when parsing numbers and format specs:
//! `Py_UNICODE_ISSPACE` and `Py_UNICODE_TODECIMAL` (Unicode 14.0, as in
//! CPython 3.11).

/// Code points whose decimal value is 0 and that start a run of ten
/// consecutive decimal digits (Unicode category Nd), as in CPython 3.11's
/// Unicode database (14.0). Sorted.
const DECIMAL_ZEROS: [u32; 66] = [
    0x30, 0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66,
    0xde6, 0xe50, 0xed0, 0xf20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90,
    0x1b50, 0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0, 0xff10,
    0x104a0, 0x10d30, 0x11066, 0x110f0, 0x11136, 0x111d0, 0x112f0, 0x11450, 0x114d0, 0x11650,
    0x116c0, 0x11730, 0x118e0, 0x11950, 0x11c50, 0x11d50, 0x11da0, 0x16a60, 0x16ac0, 0x16b50,
    0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6, 0x1e140, 0x1e2f0, 0x1e950, 0x1fbf0,
];

/// The decimal digit value of `c` (`Py_UNICODE_TODECIMAL`): `Some(0..=9)` for
/// ASCII digits and every other Unicode decimal digit, `None` otherwise.
#[inline]
pub fn py_decimal_value(c: char) -> Option<u32> {
    let cp = c as u32;
    if cp < 0x80 {
        return c.to_digit(10);
    }
    // Index of the last zero <= cp; the runs never overlap.
    let idx = DECIMAL_ZEROS.partition_point(|&z| z <= cp);
    if idx == 0 {
        return None;
    }
    let d = cp - DECIMAL_ZEROS[idx - 1];
    if d < 10 {
        Some(d)
    } else {
        None
    }
}

/// Python's `str.isspace` for one character (`Py_UNICODE_ISSPACE`): ASCII
/// whitespace, the separators `\x1c`..`\x1f`, and Unicode spaces.
#[inline]
pub fn py_isspace(c: char) -> bool {
    match c {
        '\t'..='\r' | '\x1c'..='\x1f' | ' ' => true,
        _ if (c as u32) < 0x85 => false,
        '\u{85}' | '\u{a0}' | '\u{1680}' | '\u{2000}'..='\u{200a}' => true,
        '\u{2028}' | '\u{2029}' | '\u{202f}' | '\u{205f}' | '\u{3000}' => true,
        _ => false,
    }
}

/// CPython's `_PyUnicode_TransformDecimalAndSpaceToASCII`: ASCII characters
/// below 127 are kept, Unicode whitespace becomes `' '`, Unicode decimal
/// digits become ASCII digits, and anything else ends the result with `'?'`
/// (which no number parser accepts). Returns `None` when `s` is already
/// plain ASCII below 127 and so needs no transformation.
pub(crate) fn transform_decimal_and_space(s: &str) -> Option<Vec<u8>> {
    if s.bytes().all(|b| b < 127) {
        return None;
    }
    let mut out = Vec::with_capacity(s.len());
    for c in s.chars() {
        if (c as u32) < 127 {
            out.push(c as u8);
        } else if py_isspace(c) {
            out.push(b' ');
        } else if let Some(d) = py_decimal_value(c) {
            out.push(b'0' + d as u8);
        } else {
            out.push(b'?');
            break;
        }
    }
    Some(out)
}

/// `Py_ISSPACE` on a byte: the C locale's whitespace.
#[inline]
pub(crate) fn ascii_isspace(b: u8) -> bool {
    matches!(b, b' ' | b'\t'..=b'\r')
}

/// `str.isidentifier`: CPython's rule, XID_Start (or `_`), then
/// XID_Continue.
pub fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) if c == '_' || unicode_ident::is_xid_start(c) => {
            chars.all(unicode_ident::is_xid_continue)
        }
        _ => false,
    }
}
