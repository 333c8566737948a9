//! Number and string formatting for Coral, matching CPython 3.11 exactly.
//!
//! This module is the single place where Coral turns numbers into text and
//! text into numbers the way CPython does: `repr(float)`, the format-spec
//! mini-language used by `format()`, f-strings and `str.format`, the
//! `%`-operator's conversions, `round()`, exact int/float conversions and
//! true division, `int(str, base)` / `float(str)` parsing, and the numeric
//! `hash()` values. Everything here is a pure function over `f64`, `i64`,
//! `&BigInt` and `&str`; it knows nothing about interpreter objects. Errors
//! come back as [`FormatError`], whose message text is exactly CPython's, so
//! the interpreter only has to pick the exception class.

mod float_repr;
mod hash;
mod parse;
mod printf;
mod quote;
mod round;
mod spec;
mod unicode;

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_data;

pub use float_repr::float_repr;
pub use hash::{hash_bigint, hash_float, hash_i128, hash_i64};
pub use parse::{parse_float, parse_int};
pub use printf::{
    parse_printf, parse_printf_deferred, printf_value, Count, PrintfArg, PrintfPiece, PrintfSpec,
};
pub use quote::{ascii_escape, bytes_repr, is_printable, str_repr};
pub use round::{bigint_to_float, float_to_bigint, int_true_divide, round_float};
pub use spec::{format_float, format_i64, format_int, format_str};
pub use unicode::{is_identifier, py_decimal_value, py_isspace};

/// Error raised by formatting or conversion; the interpreter turns it into a
/// Python exception of the matching class. The message text is exactly the
/// one CPython 3.11 uses.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FormatError {
    /// Raise `ValueError(msg)`.
    Value(String),
    /// Raise `TypeError(msg)`.
    Type(String),
    /// Raise `OverflowError(msg)`.
    Overflow(String),
}

impl FormatError {
    /// The exception message, without the class name.
    pub fn message(&self) -> &str {
        match self {
            FormatError::Value(m) | FormatError::Type(m) | FormatError::Overflow(m) => m,
        }
    }
}

impl std::fmt::Display for FormatError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let class = match self {
            FormatError::Value(_) => "ValueError",
            FormatError::Type(_) => "TypeError",
            FormatError::Overflow(_) => "OverflowError",
        };
        write!(f, "{}: {}", class, self.message())
    }
}

impl std::error::Error for FormatError {}
