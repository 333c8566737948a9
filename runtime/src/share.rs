//! Shareable values: what crosses from one interpreter to another.
//!
//! Heap objects never leave their interpreter (contract 1). What crosses is
//! a [`Shareable`]: owned Rust data, copied out of one heap and rebuilt in
//! the other, like PEP 734's cross-interpreter data. The strictly shareable
//! kinds are None, bool, int, float, str, bytes, tuples of these and queues
//! ([`is_shareable`]); like CPython 3.14's pickle fallback, `list`, `dict`,
//! `set` and `frozenset` of shareable values are copied by value too.
//! Anything else (instances of user classes, exceptions, containers holding
//! them) crosses as a pickle ([`Shareable::Pickled`], made and read by the
//! runtime's host layer); what pickle refuses (locks, lambdas) is refused
//! with the reason.

use crate::queue::Queue;
use coral_interp::api::{DictTable, Obj, Payload, SetTable};
use coral_interp::{PyResult, Value, Vm};
use num_bigint::BigInt;

/// A value copied out of one interpreter, to be rebuilt in another.
#[derive(Clone, Debug, PartialEq)]
pub enum Shareable {
    /// `None`.
    None,
    /// `True` or `False`.
    Bool(bool),
    /// An int that fits 64 bits.
    Int(i64),
    /// Any other int.
    BigInt(BigInt),
    /// A float.
    Float(f64),
    /// A str.
    Str(String),
    /// A bytes object.
    Bytes(Vec<u8>),
    /// A tuple.
    Tuple(Vec<Shareable>),
    /// A list, copied by value.
    List(Vec<Shareable>),
    /// A dict, copied by value, in insertion order.
    Dict(Vec<(Shareable, Shareable)>),
    /// A set, copied by value.
    Set(Vec<Shareable>),
    /// A frozenset, copied by value.
    FrozenSet(Vec<Shareable>),
    /// A cross-interpreter queue: both sides see the same queue.
    Queue(Queue),
    /// Any other object, as the bytes `pickle.dumps` made of it (CPython
    /// 3.14's fallback), rebuilt with `pickle.loads` on the other side.
    Pickled {
        /// The pickle.
        data: Vec<u8>,
        /// The main script of the interpreter that made it: names of its
        /// `__main__` the receiver lacks are looked up in that script, run
        /// there once (as CPython 3.14 does for main-script functions).
        script: Option<String>,
    },
}

/// Why a value could not be shared.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum NotShareable {
    /// An object of this Python type cannot cross.
    #[error("cannot share object of type '{0}'")]
    Type(String),
    /// Containers nested deeper than [`MAX_DEPTH`] (pickle's recursion
    /// limit in CPython; here it bounds the copy's recursion).
    #[error("maximum recursion depth exceeded while pickling an object")]
    TooDeep,
    /// Not natively shareable, and pickle refused it too (its message).
    #[error("{0}")]
    Pickling(String),
}

/// How deep shared containers may nest.
pub const MAX_DEPTH: usize = 1000;

impl From<i64> for Shareable {
    fn from(v: i64) -> Self {
        Shareable::Int(v)
    }
}

impl From<f64> for Shareable {
    fn from(v: f64) -> Self {
        Shareable::Float(v)
    }
}

impl From<bool> for Shareable {
    fn from(v: bool) -> Self {
        Shareable::Bool(v)
    }
}

impl From<&str> for Shareable {
    fn from(v: &str) -> Self {
        Shareable::Str(v.to_owned())
    }
}

impl From<String> for Shareable {
    fn from(v: String) -> Self {
        Shareable::Str(v)
    }
}

impl From<Queue> for Shareable {
    fn from(q: Queue) -> Self {
        Shareable::Queue(q)
    }
}

/// A hook that recognises the Python objects that stand for queues (the
/// `Queue` class of `concurrent.interpreters`).
pub type QueueOf<'a> = &'a dyn Fn(&Value) -> Option<Queue>;

/// True for the strictly shareable kinds (PEP 734's `is_shareable`).
pub fn is_shareable(v: &Value, queue_of: QueueOf<'_>) -> bool {
    is_shareable_at(v, queue_of, 0)
}

fn is_shareable_at(v: &Value, queue_of: QueueOf<'_>, depth: usize) -> bool {
    if depth > MAX_DEPTH {
        return false;
    }
    if v.is_small_int() || v.is_float() || queue_of(v).is_some() {
        return true;
    }
    match v.payload() {
        Some(
            Payload::None
            | Payload::Bool(_)
            | Payload::Int(_)
            | Payload::Float(_)
            | Payload::Str(_)
            | Payload::Bytes(_),
        ) => true,
        Some(Payload::Tuple(items)) => items
            .iter()
            .all(|i| is_shareable_at(i, queue_of, depth + 1)),
        _ => false,
    }
}

/// Copies `v` out of its interpreter.
pub fn to_shareable(v: &Value, queue_of: QueueOf<'_>) -> Result<Shareable, NotShareable> {
    to_shareable_at(v, queue_of, 0)
}

fn to_shareable_at(
    v: &Value,
    queue_of: QueueOf<'_>,
    depth: usize,
) -> Result<Shareable, NotShareable> {
    if depth > MAX_DEPTH {
        return Err(NotShareable::TooDeep);
    }
    let to_shareable = |v: &Value, q: QueueOf<'_>| to_shareable_at(v, q, depth + 1);
    if let Some(i) = v.as_small_int() {
        return Ok(Shareable::Int(i));
    }
    if let Some(f) = v.as_float() {
        return Ok(Shareable::Float(f));
    }
    if let Some(q) = queue_of(v) {
        return Ok(Shareable::Queue(q));
    }
    let all = |items: &[Value]| -> Result<Vec<Shareable>, NotShareable> {
        items.iter().map(|i| to_shareable(i, queue_of)).collect()
    };
    Ok(match v.payload() {
        Some(Payload::None) => Shareable::None,
        Some(Payload::Bool(b)) => Shareable::Bool(*b),
        Some(Payload::Int(n)) => match n.to_i64() {
            Some(i) => Shareable::Int(i),
            None => Shareable::BigInt(n.to_bigint().into_owned()),
        },
        Some(Payload::Float(f)) => Shareable::Float(*f),
        Some(Payload::Str(s)) => Shareable::Str(s.as_str().to_owned()),
        Some(Payload::Bytes(b)) => Shareable::Bytes(b.to_vec()),
        Some(Payload::Tuple(items)) => Shareable::Tuple(all(items)?),
        Some(Payload::List(items)) => Shareable::List(all(&items.borrow())?),
        Some(Payload::Dict(d)) => Shareable::Dict(
            d.borrow()
                .iter()
                .map(|(k, v)| Ok((to_shareable(k, queue_of)?, to_shareable(v, queue_of)?)))
                .collect::<Result<_, NotShareable>>()?,
        ),
        Some(Payload::Set(s)) => {
            Shareable::Set(all(&s.borrow().iter().cloned().collect::<Vec<_>>())?)
        }
        Some(Payload::FrozenSet(s)) => {
            Shareable::FrozenSet(all(&s.iter().cloned().collect::<Vec<_>>())?)
        }
        _ => {
            return Err(NotShareable::Type(
                coral_interp::api::type_name(v).to_owned(),
            ))
        }
    })
}

/// How the host layer rebuilds what the data alone cannot: queue objects
/// and pickles.
pub struct Rebuild {
    /// The Python object for a shared queue.
    pub make_queue: fn(&mut Vm, &Queue) -> PyResult<Value>,
    /// `pickle.loads` of a pickle another interpreter made, with its main
    /// script for the `__main__` names it uses.
    pub unpickle: fn(&mut Vm, &[u8], Option<&str>) -> PyResult<Value>,
}

/// Rebuilds a shared value in `vm`'s heap.
pub fn to_value(vm: &mut Vm, s: &Shareable, hooks: &Rebuild) -> PyResult<Value> {
    let all = |vm: &mut Vm, items: &[Shareable]| -> PyResult<Vec<Value>> {
        items.iter().map(|i| to_value(vm, i, hooks)).collect()
    };
    Ok(match s {
        Shareable::None => Value::none(),
        Shareable::Bool(b) => Value::bool(*b),
        Shareable::Int(i) => Value::int(*i),
        Shareable::BigInt(n) => Value::bigint(n.clone()),
        Shareable::Float(f) => Value::float(*f),
        Shareable::Str(s) => Value::str(s),
        Shareable::Bytes(b) => Obj::alloc(Payload::Bytes(b.clone().into_boxed_slice())),
        Shareable::Tuple(items) => Value::tuple(all(vm, items)?),
        Shareable::List(items) => Value::list(all(vm, items)?),
        Shareable::Dict(pairs) => {
            let mut t = DictTable::new();
            for (k, v) in pairs {
                let k = to_value(vm, k, hooks)?;
                let v = to_value(vm, v, hooks)?;
                let h = coral_interp::api::hash(&k)?;
                drop(t.insert(k, h, v));
            }
            Value::dict(t)
        }
        Shareable::Set(items) | Shareable::FrozenSet(items) => {
            let mut t = SetTable::new();
            for i in items {
                let v = to_value(vm, i, hooks)?;
                let h = coral_interp::api::hash(&v)?;
                t.add(v, h);
            }
            if matches!(s, Shareable::Set(_)) {
                Obj::alloc(Payload::Set(std::cell::RefCell::new(t)))
            } else {
                Obj::alloc(Payload::FrozenSet(t))
            }
        }
        Shareable::Queue(q) => (hooks.make_queue)(vm, q)?,
        Shareable::Pickled { data, script } => (hooks.unpickle)(vm, data, script.as_deref())?,
    })
}
