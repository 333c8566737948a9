//! Layer 6: Python semantics over objects. Attribute lookup and descriptors,
//! special methods, operators and comparison, hashing and truth, iteration,
//! subscripts, `repr`/`str`/`format` of values, classes and their MRO, and
//! raising and matching exceptions. Code here that may run Python takes
//! `&mut Vm` and calls its methods; it uses no other part of `vm/`.

pub mod attr;
pub mod class;
pub mod class_attr;
pub mod format;
pub mod function_attr;
pub mod iter_parts;
pub mod iterate;
pub mod merge;
pub mod number;
pub mod ops;
pub mod raise;
pub mod repr;
pub mod special;
pub mod subscript;
