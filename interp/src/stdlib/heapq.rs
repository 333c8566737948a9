//! `_heapq`: the heap operations of `heapq` in Rust, as CPython's
//! accelerator (`Modules/_heapqmodule.c`) does them, so that they are
//! builtins and the comparisons a heap makes are CPython's, call for call:
//! only `<`, in the same order, and a list whose size changes under a
//! comparison raises `RuntimeError`. `lib/heapq.py` keeps `merge`,
//! `nlargest` and `nsmallest`.

use super::Namespace;
use crate::builtins::{arg_count, builtin_table, no_kwargs};
use crate::object::error::{PyErr, PyResult};
use crate::object::types;
use crate::object::value::Value;
use crate::object::KwArgs;
use crate::protocol::ops;
use crate::vm::Vm;
use std::cell::RefCell;

builtin_table! {
    static FUNCTIONS = [
    "heappush" => heappush,
    "heappop" => heappop,
    "heapreplace" => heapreplace,
    "heappushpop" => heappushpop,
    "heapify" => heapify,
    "_heappop_max" => heappop_max,
    "_heapreplace_max" => heapreplace_max,
    "_heapify_max" => heapify_max,
    ];
}

pub(super) fn init(_vm: &mut Vm, ns: &mut Namespace) {
    ns.functions(&FUNCTIONS);
}

type Heap = RefCell<Vec<Value>>;

/// Which way the heap is ordered: the smallest item on top, or (for the
/// `_max` helpers `nlargest` uses) the largest.
#[derive(Clone, Copy)]
enum Order {
    Min,
    Max,
}

/// `a` goes above `b`: `a < b` for a min-heap, `b < a` for a max-heap.
fn above(vm: &mut Vm, order: Order, a: &Value, b: &Value) -> PyResult<bool> {
    match order {
        Order::Min => ops::less_than(vm, a, b),
        Order::Max => ops::less_than(vm, b, a),
    }
}

fn changed_size() -> PyErr {
    PyErr::runtime_error("list changed size during iteration")
}

fn out_of_range() -> PyErr {
    PyErr::index_error("index out of range")
}

/// The item at `i`, cloned so that no borrow is held while Python runs.
fn at(heap: &Heap, i: usize) -> PyResult<Value> {
    heap.borrow().get(i).cloned().ok_or_else(changed_size)
}

/// Moves the item at `pos` up towards `start` past every parent it goes
/// above (`_siftdown` in `heapq.py`, `siftdown` in the C module).
fn sift_down(vm: &mut Vm, heap: &Heap, order: Order, start: usize, mut pos: usize) -> PyResult<()> {
    let size = heap.borrow().len();
    if pos >= size {
        return Err(out_of_range());
    }
    while pos > start {
        let parent_pos = (pos - 1) >> 1;
        let (item, parent) = (at(heap, pos)?, at(heap, parent_pos)?);
        let up = above(vm, order, &item, &parent)?;
        if heap.borrow().len() != size {
            return Err(changed_size());
        }
        if !up {
            break;
        }
        heap.borrow_mut().swap(pos, parent_pos);
        pos = parent_pos;
    }
    Ok(())
}

/// Moves the item at `pos` down to a leaf along the smaller children, then
/// back up to its place (`_siftup`).
fn sift_up(vm: &mut Vm, heap: &Heap, order: Order, mut pos: usize) -> PyResult<()> {
    let end = heap.borrow().len();
    let start = pos;
    if pos >= end {
        return Err(out_of_range());
    }
    let limit = end >> 1;
    while pos < limit {
        let mut child = 2 * pos + 1;
        if child + 1 < end {
            let (a, b) = (at(heap, child)?, at(heap, child + 1)?);
            if !above(vm, order, &a, &b)? {
                child += 1;
            }
            if heap.borrow().len() != end {
                return Err(changed_size());
            }
        }
        heap.borrow_mut().swap(child, pos);
        pos = child;
    }
    sift_down(vm, heap, order, start, pos)
}

/// The list argument `name` takes (CPython's clinic check).
fn list_arg<'a>(name: &str, v: &'a Value, which: &str) -> PyResult<&'a Heap> {
    v.as_list().ok_or_else(|| {
        PyErr::type_error(format!(
            "{name}() argument{which} must be list, not {}",
            types::type_name(v)
        ))
    })
}

/// `(heap, item)` of a two-argument function.
fn heap_and_item<'a>(
    name: &str,
    args: &'a [Value],
    kwargs: &KwArgs,
) -> PyResult<(&'a Heap, &'a Value)> {
    no_kwargs(name, kwargs)?;
    arg_count(name, args, 2, 2)?;
    Ok((list_arg(name, &args[0], " 1")?, &args[1]))
}

/// The heap of a one-argument (`METH_O`) function.
fn heap_only<'a>(name: &str, args: &'a [Value], kwargs: &KwArgs) -> PyResult<&'a Heap> {
    let qual = format!("_heapq.{name}");
    no_kwargs(&qual, kwargs)?;
    let [heap] = args else {
        return Err(PyErr::type_error(format!(
            "{qual}() takes exactly one argument ({} given)",
            args.len()
        )));
    };
    list_arg(name, heap, "")
}

fn heappush(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let (heap, item) = heap_and_item("heappush", args, kwargs)?;
    let last = {
        let mut h = heap.borrow_mut();
        h.push(item.clone());
        h.len() - 1
    };
    sift_down(vm, heap, Order::Min, 0, last)?;
    Ok(Value::none())
}

/// Pops the top item, moving the last one to the top and sifting it.
fn pop_top(vm: &mut Vm, heap: &Heap, order: Order) -> PyResult<Value> {
    let last = heap.borrow_mut().pop().ok_or_else(out_of_range)?;
    let top = {
        let mut h = heap.borrow_mut();
        match h.first_mut() {
            Some(top) => std::mem::replace(top, last),
            None => return Ok(last),
        }
    };
    sift_up(vm, heap, order, 0)?;
    Ok(top)
}

fn heappop(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    pop_top(vm, heap_only("heappop", args, kwargs)?, Order::Min)
}

fn heappop_max(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    pop_top(vm, heap_only("_heappop_max", args, kwargs)?, Order::Max)
}

/// Replaces the top item with `item` and sifts it.
fn replace_top(vm: &mut Vm, heap: &Heap, item: &Value, order: Order) -> PyResult<Value> {
    let top = {
        let mut h = heap.borrow_mut();
        let top = h.first_mut().ok_or_else(out_of_range)?;
        std::mem::replace(top, item.clone())
    };
    sift_up(vm, heap, order, 0)?;
    Ok(top)
}

fn heapreplace(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let (heap, item) = heap_and_item("heapreplace", args, kwargs)?;
    replace_top(vm, heap, item, Order::Min)
}

fn heapreplace_max(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let (heap, item) = heap_and_item("_heapreplace_max", args, kwargs)?;
    replace_top(vm, heap, item, Order::Max)
}

fn heappushpop(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    let (heap, item) = heap_and_item("heappushpop", args, kwargs)?;
    let Some(top) = heap.borrow().first().cloned() else {
        return Ok(item.clone());
    };
    if !ops::less_than(vm, &top, item)? {
        return Ok(item.clone());
    }
    replace_top(vm, heap, item, Order::Min)
}

fn heapify(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    make_heap(vm, heap_only("heapify", args, kwargs)?, Order::Min)?;
    Ok(Value::none())
}

fn heapify_max(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    make_heap(vm, heap_only("_heapify_max", args, kwargs)?, Order::Max)?;
    Ok(Value::none())
}

/// Sifts every node with children, children's heaps first. Past 2500
/// items CPython visits the nodes in a cache-friendly order (each parent
/// as soon as both its children are heaps); the comparisons are the same
/// but come in that order, which a class's `__lt__` can see.
fn make_heap(vm: &mut Vm, heap: &Heap, order: Order) -> PyResult<()> {
    let n = heap.borrow().len();
    if n <= 2500 {
        for i in (0..n / 2).rev() {
            sift_up(vm, heap, order, i)?;
        }
        return Ok(());
    }
    let m = n >> 1;
    let leftmost = keep_top_bit(m + 1) - 1;
    let mhalf = m >> 1;
    let climb = |vm: &mut Vm, mut j: usize| -> PyResult<()> {
        loop {
            sift_up(vm, heap, order, j)?;
            if j & 1 == 0 {
                return Ok(());
            }
            j >>= 1;
        }
    };
    for i in (mhalf..leftmost).rev() {
        climb(vm, i)?;
    }
    for i in (leftmost..m).rev() {
        climb(vm, i)?;
    }
    Ok(())
}

/// `n` with only its highest set bit.
fn keep_top_bit(n: usize) -> usize {
    if n == 0 {
        0
    } else {
        1 << (usize::BITS - 1 - n.leading_zeros())
    }
}
