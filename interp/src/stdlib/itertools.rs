//! `_itertools`: the iterator types of `itertools` in Rust, as CPython's
//! C module defines them: each is a type (`type(count()) is count`,
//! `isinstance(x, chain)`), named `itertools.<name>`, with CPython's
//! argument rules and errors, its reprs (`count(5)`, `repeat('a', 2)`), and
//! the same calls into the iterables and functions it is given, in the
//! same order. `lib/itertools.py` keeps `groupby` and `tee`.

use super::Namespace;
use crate::builtins::arity::keywords;
use crate::builtins::{arg_count, no_kwargs};
use crate::method_table;
use crate::object::error::{PyErr, PyResult};
use crate::object::types::{self, TypeKind, TypeObj};
use crate::object::value::Value;
use crate::object::{IterState, KwArgs, NativeIter, Obj, Payload, StaticObj};
use crate::protocol::iterate::{collect, get_iter, next};
use crate::protocol::number::index_vm;
use crate::protocol::ops::{self, BinOp};
use crate::vm::Vm;
use std::cell::RefCell;

/// Defines the static type objects, each called through its constructor.
macro_rules! itertools_types {
    ($($obj:ident / $ty:ident = $name:literal, $new:ident, $methods:expr;)*) => {$(
        static $obj: StaticObj = StaticObj(Obj::immortal(Payload::Type(&$ty)));
        #[doc = concat!("`itertools.", $name, "`.")]
        static $ty: TypeObj = TypeObj {
            name: concat!("itertools.", $name),
            base: Some(&types::OBJECT),
            kind: TypeKind::Iterator,
            this: &$obj,
            methods: $methods,
            new: $new,
        };
    )*};
}

const NO_METHODS: &[StaticObj] = &[];

method_table! {
    static CHAIN_METHODS = [
    "from_iterable" => chain_from_iterable as ClassMethod,
    ];
}

itertools_types! {
    COUNT_OBJ / COUNT = "count", new_count, NO_METHODS;
    REPEAT_OBJ / REPEAT = "repeat", new_repeat, NO_METHODS;
    CYCLE_OBJ / CYCLE = "cycle", new_cycle, NO_METHODS;
    CHAIN_OBJ / CHAIN = "chain", new_chain, &CHAIN_METHODS;
    ISLICE_OBJ / ISLICE = "islice", new_islice, NO_METHODS;
    ACCUMULATE_OBJ / ACCUMULATE = "accumulate", new_accumulate, NO_METHODS;
    COMPRESS_OBJ / COMPRESS = "compress", new_compress, NO_METHODS;
    DROPWHILE_OBJ / DROPWHILE = "dropwhile", new_dropwhile, NO_METHODS;
    TAKEWHILE_OBJ / TAKEWHILE = "takewhile", new_takewhile, NO_METHODS;
    FILTERFALSE_OBJ / FILTERFALSE = "filterfalse", new_filterfalse, NO_METHODS;
    STARMAP_OBJ / STARMAP = "starmap", new_starmap, NO_METHODS;
    PAIRWISE_OBJ / PAIRWISE = "pairwise", new_pairwise, NO_METHODS;
    ZIP_LONGEST_OBJ / ZIP_LONGEST = "zip_longest", new_zip_longest, NO_METHODS;
    PRODUCT_OBJ / PRODUCT = "product", new_product, NO_METHODS;
    PERMUTATIONS_OBJ / PERMUTATIONS = "permutations", new_permutations, NO_METHODS;
    COMBINATIONS_OBJ / COMBINATIONS = "combinations", new_combinations, NO_METHODS;
    CWR_OBJ / CWR = "combinations_with_replacement", new_cwr, NO_METHODS;
}

pub(super) fn init(_vm: &mut Vm, ns: &mut Namespace) {
    for ty in [
        &COUNT,
        &REPEAT,
        &CYCLE,
        &CHAIN,
        &ISLICE,
        &ACCUMULATE,
        &COMPRESS,
        &DROPWHILE,
        &TAKEWHILE,
        &FILTERFALSE,
        &STARMAP,
        &PAIRWISE,
        &ZIP_LONGEST,
        &PRODUCT,
        &PERMUTATIONS,
        &COMBINATIONS,
        &CWR,
    ] {
        let name = ty.name.rsplit('.').next().unwrap_or(ty.name);
        ns.set(name, ty.value());
    }
}

fn make(it: impl NativeIter + 'static) -> Value {
    Obj::alloc(Payload::Iter(Box::new(RefCell::new(IterState::Native(
        Box::new(it),
    )))))
}

/// A positional-only constructor's arguments (Argument Clinic's check).
fn positional<'a>(
    name: &str,
    args: &'a [Value],
    kwargs: &KwArgs,
    min: usize,
    max: usize,
) -> PyResult<&'a [Value]> {
    no_kwargs(name, kwargs)?;
    arg_count(name, args, min, max)?;
    Ok(args)
}

// ----- count, repeat, cycle -------------------------------------------------

struct Count {
    next: Value,
    step: Value,
}

/// A value `count` accepts: a number, or an object that behaves as one.
fn is_number(v: &Value) -> bool {
    matches!(
        types::type_of(v).kind,
        TypeKind::Int | TypeKind::Bool | TypeKind::Float
    ) || ["__index__", "__int__", "__float__", "__complex__"]
        .iter()
        .any(|m| crate::protocol::special::lookup_special(v, m).is_some())
}

fn new_count(
    _vm: &mut Vm,
    _t: &'static TypeObj,
    args: &[Value],
    kwargs: &KwArgs,
) -> PyResult<Value> {
    let a = keywords("count", args, kwargs, &["start", "step"], &[], 0)?;
    let next = a[0].cloned().unwrap_or_else(|| Value::int(0));
    let step = a[1].cloned().unwrap_or_else(|| Value::int(1));
    if !is_number(&next) || !is_number(&step) {
        return Err(PyErr::type_error("a number is required"));
    }
    Ok(make(Count { next, step }))
}

impl NativeIter for Count {
    fn next(&mut self, vm: &mut Vm) -> PyResult<Option<Value>> {
        let after = ops::binary_op(vm, BinOp::Add, &self.next, &self.step)?;
        Ok(Some(std::mem::replace(&mut self.next, after)))
    }
    fn type_obj(&self) -> &'static TypeObj {
        &COUNT
    }
    fn repr_args(&self) -> Option<Vec<Value>> {
        // The step is left out when it is the int 1.
        let unit = matches!(
            types::type_of(&self.step).kind,
            TypeKind::Int | TypeKind::Bool
        ) && crate::protocol::number::index_of(&self.step).is_ok_and(|s| s == 1);
        Some(if unit {
            vec![self.next.clone()]
        } else {
            vec![self.next.clone(), self.step.clone()]
        })
    }
}

struct Repeat {
    item: Value,
    /// Repetitions left; `None` forever.
    left: Option<i64>,
}

fn new_repeat(
    vm: &mut Vm,
    _t: &'static TypeObj,
    args: &[Value],
    kwargs: &KwArgs,
) -> PyResult<Value> {
    let a = keywords("repeat", args, kwargs, &["object", "times"], &[], 1)?;
    let item = a[0].cloned().unwrap_or_else(Value::none);
    let left = match a[1] {
        Some(t) => Some(index_vm(vm, t)?.max(0)),
        None => None,
    };
    Ok(make(Repeat { item, left }))
}

impl NativeIter for Repeat {
    fn next(&mut self, _vm: &mut Vm) -> PyResult<Option<Value>> {
        match &mut self.left {
            None => Ok(Some(self.item.clone())),
            Some(0) => Ok(None),
            Some(n) => {
                *n -= 1;
                Ok(Some(self.item.clone()))
            }
        }
    }
    fn type_obj(&self) -> &'static TypeObj {
        &REPEAT
    }
    fn repr_args(&self) -> Option<Vec<Value>> {
        Some(match self.left {
            None => vec![self.item.clone()],
            Some(n) => vec![self.item.clone(), Value::int(n)],
        })
    }
}

struct Cycle {
    it: Option<Value>,
    saved: Vec<Value>,
    index: usize,
}

fn new_cycle(
    vm: &mut Vm,
    _t: &'static TypeObj,
    args: &[Value],
    kwargs: &KwArgs,
) -> PyResult<Value> {
    let a = positional("cycle", args, kwargs, 1, 1)?;
    let it = get_iter(vm, &a[0])?;
    Ok(make(Cycle {
        it: Some(it),
        saved: Vec::new(),
        index: 0,
    }))
}

impl NativeIter for Cycle {
    fn next(&mut self, vm: &mut Vm) -> PyResult<Option<Value>> {
        if let Some(it) = &self.it {
            let it = it.clone();
            if let Some(v) = next(vm, &it)? {
                self.saved.push(v.clone());
                return Ok(Some(v));
            }
            self.it = None;
        }
        if self.saved.is_empty() {
            return Ok(None);
        }
        let v = self.saved[self.index].clone();
        self.index = (self.index + 1) % self.saved.len();
        Ok(Some(v))
    }
    fn type_obj(&self) -> &'static TypeObj {
        &CYCLE
    }
}

// ----- chain, islice --------------------------------------------------------

struct Chain {
    /// The iterator over the iterables; `None` once exhausted.
    source: Option<Value>,
    active: Option<Value>,
}

fn new_chain(
    vm: &mut Vm,
    _t: &'static TypeObj,
    args: &[Value],
    kwargs: &KwArgs,
) -> PyResult<Value> {
    no_kwargs("chain", kwargs)?;
    let source = get_iter(vm, &Value::tuple(args.to_vec()))?;
    Ok(make(Chain {
        source: Some(source),
        active: None,
    }))
}

/// `chain.from_iterable(iterable)`.
fn chain_from_iterable(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    no_kwargs("chain.from_iterable", kwargs)?;
    let [_cls, iterable] = args else {
        return Err(PyErr::type_error(format!(
            "chain.from_iterable() takes exactly one argument ({} given)",
            args.len().saturating_sub(1)
        )));
    };
    let source = get_iter(vm, iterable)?;
    Ok(make(Chain {
        source: Some(source),
        active: None,
    }))
}

impl NativeIter for Chain {
    fn next(&mut self, vm: &mut Vm) -> PyResult<Option<Value>> {
        loop {
            if let Some(active) = self.active.clone() {
                if let Some(v) = next(vm, &active)? {
                    return Ok(Some(v));
                }
                self.active = None;
            }
            let Some(source) = self.source.clone() else {
                return Ok(None);
            };
            let active = match next(vm, &source)? {
                Some(iterable) => get_iter(vm, &iterable),
                None => {
                    self.source = None;
                    return Ok(None);
                }
            };
            match active {
                Ok(it) => self.active = Some(it),
                Err(e) => {
                    // CPython gives up on the rest, as it does at the end.
                    self.source = None;
                    return Err(e);
                }
            }
        }
    }
    fn type_obj(&self) -> &'static TypeObj {
        &CHAIN
    }
}

struct Islice {
    it: Option<Value>,
    /// Items taken from `it` so far.
    taken: i64,
    /// Index of the next item to yield.
    want: i64,
    stop: Option<i64>,
    step: i64,
}

fn new_islice(
    vm: &mut Vm,
    _t: &'static TypeObj,
    args: &[Value],
    kwargs: &KwArgs,
) -> PyResult<Value> {
    const STOP: &str =
        "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
    const INDICES: &str = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
    let a = positional("islice", args, kwargs, 2, 4)?;
    // As `islice_new`: a failed conversion counts as -1, which only a
    // stop reports itself; the bounds are checked before the iterable.
    let mut as_ssize = |v: &Value| index_vm(vm, v).unwrap_or(-1);
    let (mut start, mut stop) = (0, -1);
    let stop_arg = if a.len() == 2 { &a[1] } else { &a[2] };
    if a.len() > 2 && !a[1].is_none() {
        start = as_ssize(&a[1]);
    }
    if !stop_arg.is_none() {
        stop = as_ssize(stop_arg);
        if stop == -1 {
            return Err(PyErr::value_error(STOP));
        }
    }
    if start < 0 || stop < -1 {
        return Err(PyErr::value_error(INDICES));
    }
    let mut step = 1;
    if let Some(s) = a.get(3).filter(|s| !s.is_none()) {
        step = as_ssize(s);
        if step < 1 {
            return Err(PyErr::value_error(
                "Step for islice() must be a positive integer or None.",
            ));
        }
    }
    let it = get_iter(vm, &a[0])?;
    let stop = (stop != -1).then_some(stop);
    Ok(make(Islice {
        it: Some(it),
        taken: 0,
        want: start,
        stop,
        step,
    }))
}

impl NativeIter for Islice {
    fn next(&mut self, vm: &mut Vm) -> PyResult<Option<Value>> {
        let Some(it) = self.it.clone() else {
            return Ok(None);
        };
        // Never take more from the iterator than the slice needs.
        while self.taken < self.want {
            if next(vm, &it)?.is_none() {
                self.it = None;
                return Ok(None);
            }
            self.taken += 1;
        }
        if self.stop.is_some_and(|s| self.taken >= s) {
            self.it = None;
            return Ok(None);
        }
        let Some(item) = next(vm, &it)? else {
            self.it = None;
            return Ok(None);
        };
        self.taken += 1;
        self.want += self.step;
        if let Some(s) = self.stop {
            self.want = self.want.min(s);
        }
        Ok(Some(item))
    }
    fn type_obj(&self) -> &'static TypeObj {
        &ISLICE
    }
}

// ----- accumulate, compress, dropwhile, takewhile, filterfalse, starmap, pairwise

struct Accumulate {
    it: Value,
    func: Option<Value>,
    total: Option<Value>,
    /// The initial value, yielded first.
    initial: Option<Value>,
}

fn new_accumulate(
    vm: &mut Vm,
    _t: &'static TypeObj,
    args: &[Value],
    kwargs: &KwArgs,
) -> PyResult<Value> {
    let a = keywords(
        "accumulate",
        args,
        kwargs,
        &["iterable", "func"],
        &["initial"],
        1,
    )?;
    let it = get_iter(vm, a[0].unwrap_or(&Value::none()))?;
    let func = a[1].filter(|f| !f.is_none()).cloned();
    let initial = a[2].filter(|i| !i.is_none()).cloned();
    Ok(make(Accumulate {
        it,
        func,
        total: None,
        initial,
    }))
}

impl NativeIter for Accumulate {
    fn next(&mut self, vm: &mut Vm) -> PyResult<Option<Value>> {
        if let Some(initial) = self.initial.take() {
            self.total = Some(initial.clone());
            return Ok(Some(initial));
        }
        let Some(v) = next(vm, &self.it.clone())? else {
            return Ok(None);
        };
        let total = match self.total.take() {
            None => v,
            Some(t) => match &self.func {
                None => ops::binary_op(vm, BinOp::Add, &t, &v)?,
                Some(f) => vm.call(&f.clone(), vec![t, v], &[])?,
            },
        };
        self.total = Some(total.clone());
        Ok(Some(total))
    }
    fn type_obj(&self) -> &'static TypeObj {
        &ACCUMULATE
    }
}

struct Compress {
    data: Value,
    selectors: Value,
}

fn new_compress(
    vm: &mut Vm,
    _t: &'static TypeObj,
    args: &[Value],
    kwargs: &KwArgs,
) -> PyResult<Value> {
    let a = keywords("compress", args, kwargs, &["data", "selectors"], &[], 2)?;
    let data = get_iter(vm, a[0].unwrap_or(&Value::none()))?;
    let selectors = get_iter(vm, a[1].unwrap_or(&Value::none()))?;
    Ok(make(Compress { data, selectors }))
}

impl NativeIter for Compress {
    fn next(&mut self, vm: &mut Vm) -> PyResult<Option<Value>> {
        let (data, selectors) = (self.data.clone(), self.selectors.clone());
        loop {
            let Some(d) = next(vm, &data)? else {
                return Ok(None);
            };
            let Some(s) = next(vm, &selectors)? else {
                return Ok(None);
            };
            if ops::truthy_vm(vm, &s)? {
                return Ok(Some(d));
            }
        }
    }
    fn type_obj(&self) -> &'static TypeObj {
        &COMPRESS
    }
}

/// What a predicate-driven iterator does with items.
#[derive(Clone, Copy, PartialEq)]
enum Rule {
    /// `dropwhile`: skip while true, then yield everything.
    DropWhile,
    /// `takewhile`: yield while true, then stop.
    TakeWhile,
    /// `filterfalse`: yield the items for which it is false.
    KeepFalse,
}

struct Predicated {
    kind: Rule,
    func: Value,
    it: Value,
    /// `dropwhile` has stopped dropping; `takewhile` has stopped.
    switched: bool,
}

fn predicated(
    vm: &mut Vm,
    name: &str,
    kind: Rule,
    args: &[Value],
    kwargs: &KwArgs,
) -> PyResult<Value> {
    let a = positional(name, args, kwargs, 2, 2)?;
    let it = get_iter(vm, &a[1])?;
    Ok(make(Predicated {
        kind,
        func: a[0].clone(),
        it,
        switched: false,
    }))
}

fn new_dropwhile(
    vm: &mut Vm,
    _t: &'static TypeObj,
    args: &[Value],
    kwargs: &KwArgs,
) -> PyResult<Value> {
    predicated(vm, "dropwhile", Rule::DropWhile, args, kwargs)
}

fn new_takewhile(
    vm: &mut Vm,
    _t: &'static TypeObj,
    args: &[Value],
    kwargs: &KwArgs,
) -> PyResult<Value> {
    predicated(vm, "takewhile", Rule::TakeWhile, args, kwargs)
}

fn new_filterfalse(
    vm: &mut Vm,
    _t: &'static TypeObj,
    args: &[Value],
    kwargs: &KwArgs,
) -> PyResult<Value> {
    predicated(vm, "filterfalse", Rule::KeepFalse, args, kwargs)
}

impl NativeIter for Predicated {
    fn next(&mut self, vm: &mut Vm) -> PyResult<Option<Value>> {
        if self.kind == Rule::TakeWhile && self.switched {
            return Ok(None);
        }
        let (func, it) = (self.func.clone(), self.it.clone());
        while let Some(v) = next(vm, &it)? {
            if self.kind == Rule::DropWhile && self.switched {
                return Ok(Some(v));
            }
            let test = if self.kind == Rule::KeepFalse && func.is_none() {
                v.clone()
            } else {
                vm.call(&func, vec![v.clone()], &[])?
            };
            let t = ops::truthy_vm(vm, &test)?;
            match self.kind {
                Rule::DropWhile if !t => {
                    self.switched = true;
                    return Ok(Some(v));
                }
                Rule::TakeWhile if t => return Ok(Some(v)),
                Rule::TakeWhile => {
                    self.switched = true;
                    return Ok(None);
                }
                Rule::KeepFalse if !t => return Ok(Some(v)),
                _ => {}
            }
        }
        Ok(None)
    }
    fn type_obj(&self) -> &'static TypeObj {
        match self.kind {
            Rule::DropWhile => &DROPWHILE,
            Rule::TakeWhile => &TAKEWHILE,
            Rule::KeepFalse => &FILTERFALSE,
        }
    }
}

struct Starmap {
    func: Value,
    it: Value,
}

fn new_starmap(
    vm: &mut Vm,
    _t: &'static TypeObj,
    args: &[Value],
    kwargs: &KwArgs,
) -> PyResult<Value> {
    let a = positional("starmap", args, kwargs, 2, 2)?;
    let it = get_iter(vm, &a[1])?;
    Ok(make(Starmap {
        func: a[0].clone(),
        it,
    }))
}

impl NativeIter for Starmap {
    fn next(&mut self, vm: &mut Vm) -> PyResult<Option<Value>> {
        let Some(args) = next(vm, &self.it.clone())? else {
            return Ok(None);
        };
        let args = collect(vm, &args)?;
        vm.call(&self.func.clone(), args, &[]).map(Some)
    }
    fn type_obj(&self) -> &'static TypeObj {
        &STARMAP
    }
}

struct Pairwise {
    it: Option<Value>,
    old: Option<Value>,
}

fn new_pairwise(
    vm: &mut Vm,
    _t: &'static TypeObj,
    args: &[Value],
    kwargs: &KwArgs,
) -> PyResult<Value> {
    let a = positional("pairwise", args, kwargs, 1, 1)?;
    let it = get_iter(vm, &a[0])?;
    Ok(make(Pairwise {
        it: Some(it),
        old: None,
    }))
}

impl NativeIter for Pairwise {
    fn next(&mut self, vm: &mut Vm) -> PyResult<Option<Value>> {
        let Some(it) = self.it.clone() else {
            return Ok(None);
        };
        let old = match self.old.take() {
            Some(o) => o,
            None => match next(vm, &it)? {
                Some(o) => o,
                None => {
                    self.it = None;
                    return Ok(None);
                }
            },
        };
        let Some(new) = next(vm, &it)? else {
            self.it = None;
            return Ok(None);
        };
        self.old = Some(new.clone());
        Ok(Some(Value::tuple(vec![old, new])))
    }
    fn type_obj(&self) -> &'static TypeObj {
        &PAIRWISE
    }
}

// ----- zip_longest ----------------------------------------------------------

struct ZipLongest {
    /// The iterators; `None` for one that ran out.
    its: Vec<Option<Value>>,
    active: usize,
    fill: Value,
}

fn new_zip_longest(
    vm: &mut Vm,
    _t: &'static TypeObj,
    args: &[Value],
    kwargs: &KwArgs,
) -> PyResult<Value> {
    let fill = match kwargs {
        [] => Value::none(),
        [(k, v)] if k.as_str() == Some("fillvalue") => v.clone(),
        _ => {
            return Err(PyErr::type_error(
                "zip_longest() got an unexpected keyword argument",
            ))
        }
    };
    let its = args
        .iter()
        .map(|a| get_iter(vm, a).map(Some))
        .collect::<PyResult<Vec<_>>>()?;
    let active = its.len();
    Ok(make(ZipLongest { its, active, fill }))
}

impl NativeIter for ZipLongest {
    fn next(&mut self, vm: &mut Vm) -> PyResult<Option<Value>> {
        if self.active == 0 {
            return Ok(None);
        }
        let mut row = Vec::with_capacity(self.its.len());
        for i in 0..self.its.len() {
            let Some(it) = self.its[i].clone() else {
                row.push(self.fill.clone());
                continue;
            };
            match next(vm, &it)? {
                Some(v) => row.push(v),
                None => {
                    self.active -= 1;
                    if self.active == 0 {
                        return Ok(None);
                    }
                    self.its[i] = None;
                    row.push(self.fill.clone());
                }
            }
        }
        Ok(Some(Value::tuple(row)))
    }
    fn type_obj(&self) -> &'static TypeObj {
        &ZIP_LONGEST
    }
}

// ----- combinatorics ----------------------------------------------------------

/// What a combinatoric iterator enumerates.
#[derive(Clone, Copy, PartialEq)]
enum Combinatoric {
    Product,
    Permutations,
    Combinations,
    WithReplacement,
}

/// The index state the CPython algorithms (the itertools documentation's
/// "roughly equivalent" code) advance.
struct Combinator {
    kind: Combinatoric,
    /// One pool per position (`product`), or the one pool.
    pools: Vec<Vec<Value>>,
    r: usize,
    indices: Vec<usize>,
    cycles: Vec<usize>,
    started: bool,
    done: bool,
}

impl Combinator {
    fn new(kind: Combinatoric, pools: Vec<Vec<Value>>, r: usize) -> Combinator {
        let n = pools.first().map_or(0, Vec::len);
        let (indices, cycles, done) = match kind {
            Combinatoric::Product => {
                let done = pools.iter().any(Vec::is_empty);
                (vec![0; pools.len()], Vec::new(), done)
            }
            Combinatoric::Permutations => (
                (0..n).collect(),
                (n + 1 - r.min(n)..=n).rev().collect(),
                r > n,
            ),
            Combinatoric::Combinations => ((0..r).collect(), Vec::new(), r > n),
            Combinatoric::WithReplacement => (vec![0; r], Vec::new(), n == 0 && r > 0),
        };
        Combinator {
            kind,
            pools,
            r,
            indices,
            cycles,
            started: false,
            done,
        }
    }

    fn pool(&self) -> &[Value] {
        self.pools.first().map_or(&[], Vec::as_slice)
    }

    fn current(&self) -> Value {
        Value::tuple(match self.kind {
            Combinatoric::Product => self
                .indices
                .iter()
                .zip(&self.pools)
                .map(|(&i, p)| p[i].clone())
                .collect(),
            _ => self.indices[..self.r]
                .iter()
                .map(|&i| self.pool()[i].clone())
                .collect(),
        })
    }

    /// Moves to the next tuple; false when there is none.
    fn advance(&mut self) -> bool {
        let r = self.r;
        let n = self.pool().len();
        match self.kind {
            Combinatoric::Product => {
                for i in (0..self.indices.len()).rev() {
                    self.indices[i] += 1;
                    if self.indices[i] < self.pools[i].len() {
                        return true;
                    }
                    self.indices[i] = 0;
                }
                false
            }
            Combinatoric::Permutations => {
                if n == 0 {
                    return false;
                }
                for i in (0..r).rev() {
                    self.cycles[i] -= 1;
                    if self.cycles[i] == 0 {
                        self.indices[i..].rotate_left(1);
                        self.cycles[i] = n - i;
                    } else {
                        let j = n - self.cycles[i];
                        self.indices.swap(i, j);
                        return true;
                    }
                }
                false
            }
            Combinatoric::Combinations => {
                let Some(i) = (0..r).rev().find(|&i| self.indices[i] != i + n - r) else {
                    return false;
                };
                self.indices[i] += 1;
                for j in i + 1..r {
                    self.indices[j] = self.indices[j - 1] + 1;
                }
                true
            }
            Combinatoric::WithReplacement => {
                let Some(i) = (0..r).rev().find(|&i| self.indices[i] != n - 1) else {
                    return false;
                };
                let v = self.indices[i] + 1;
                self.indices[i..].fill(v);
                true
            }
        }
    }
}

impl NativeIter for Combinator {
    fn next(&mut self, _vm: &mut Vm) -> PyResult<Option<Value>> {
        if self.done {
            return Ok(None);
        }
        if self.started && !self.advance() {
            self.done = true;
            return Ok(None);
        }
        self.started = true;
        Ok(Some(self.current()))
    }
    fn type_obj(&self) -> &'static TypeObj {
        match self.kind {
            Combinatoric::Product => &PRODUCT,
            Combinatoric::Permutations => &PERMUTATIONS,
            Combinatoric::Combinations => &COMBINATIONS,
            Combinatoric::WithReplacement => &CWR,
        }
    }
}

fn new_product(
    vm: &mut Vm,
    _t: &'static TypeObj,
    args: &[Value],
    kwargs: &KwArgs,
) -> PyResult<Value> {
    let a = keywords("product", &[], kwargs, &[], &["repeat"], 0)?;
    let repeat = match a[0] {
        Some(r) => index_vm(vm, r)?,
        None => 1,
    };
    if repeat < 0 {
        return Err(PyErr::value_error("repeat argument cannot be negative"));
    }
    let mut pools = Vec::with_capacity(args.len());
    for a in args {
        pools.push(collect(vm, a)?);
    }
    let total = pools.len().saturating_mul(repeat as usize);
    let pools: Vec<Vec<Value>> = pools.iter().cycle().take(total).cloned().collect();
    Ok(make(Combinator::new(Combinatoric::Product, pools, 0)))
}

fn new_permutations(
    vm: &mut Vm,
    _t: &'static TypeObj,
    args: &[Value],
    kwargs: &KwArgs,
) -> PyResult<Value> {
    let a = keywords("permutations", args, kwargs, &["iterable", "r"], &[], 1)?;
    let pool = collect(vm, a[0].unwrap_or(&Value::none()))?;
    let r = match a[1].filter(|r| !r.is_none()) {
        None => pool.len(),
        Some(r) => {
            if !matches!(types::type_of(r).kind, TypeKind::Int | TypeKind::Bool) {
                return Err(PyErr::type_error("Expected int as r"));
            }
            let r = crate::protocol::number::index_of(r)?;
            if r < 0 {
                return Err(PyErr::value_error("r must be non-negative"));
            }
            r as usize
        }
    };
    Ok(make(Combinator::new(
        Combinatoric::Permutations,
        vec![pool],
        r,
    )))
}

fn combinations_of(
    vm: &mut Vm,
    name: &str,
    kind: Combinatoric,
    args: &[Value],
    kwargs: &KwArgs,
) -> PyResult<Value> {
    let a = keywords(name, args, kwargs, &["iterable", "r"], &[], 2)?;
    let pool = collect(vm, a[0].unwrap_or(&Value::none()))?;
    let r = index_vm(vm, a[1].unwrap_or(&Value::none()))?;
    if r < 0 {
        return Err(PyErr::value_error("r must be non-negative"));
    }
    Ok(make(Combinator::new(kind, vec![pool], r as usize)))
}

fn new_combinations(
    vm: &mut Vm,
    _t: &'static TypeObj,
    args: &[Value],
    kwargs: &KwArgs,
) -> PyResult<Value> {
    combinations_of(vm, "combinations", Combinatoric::Combinations, args, kwargs)
}

fn new_cwr(vm: &mut Vm, _t: &'static TypeObj, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
    combinations_of(
        vm,
        "combinations_with_replacement",
        Combinatoric::WithReplacement,
        args,
        kwargs,
    )
}
