//! Layer 3: the instruction set and the immutable code the compiler makes.
//! Instructions are defined once in [`instruction`]; [`code::Code`] holds
//! them with constants, names, and line and exception tables, and is shared
//! between interpreters; [`dis`] prints it as `python3 -m dis` does. Uses only
//! `support/` and `format/`.

pub mod code;
pub mod dis;
pub mod index;
pub mod instruction;
pub mod operand;
