//! The pickler: CPython 3.11's byte layout for protocols 2 to 5 (framing,
//! memo, batching), with builtin values saved natively and everything
//! else reduced by `pickle._reduce` (the registry, `__reduce_ex__`,
//! `__reduce__`, the default), whose tuple is then saved here.

use super::op;
use crate::object::error::{PyErr, PyResult};
use crate::object::value::Value;
use crate::object::Payload;
use crate::protocol::attr::{getattr, getattr_opt};
use crate::vm::Vm;
use std::collections::HashMap;

const FRAME_SIZE_MIN: usize = 4;
const FRAME_SIZE_TARGET: usize = 64 * 1024;
const BATCH: usize = 1000;

/// One `dumps` call.
pub(super) struct Pickler {
    proto: u8,
    /// What has been written outside the current frame.
    out: Vec<u8>,
    /// The frame being filled (protocol 4 and up).
    frame: Option<Vec<u8>>,
    /// Memo: object address to (index, the object kept alive).
    memo: HashMap<u64, (u32, Value)>,
    /// The `pickle` module, for `_reduce` and the rare paths.
    module: Value,
}

impl Pickler {
    pub(super) fn new(proto: u8, module: Value) -> Pickler {
        Pickler {
            proto,
            out: Vec::new(),
            frame: None,
            memo: HashMap::new(),
            module,
        }
    }

    pub(super) fn dump(mut self, vm: &mut Vm, obj: &Value) -> PyResult<Vec<u8>> {
        self.out.extend_from_slice(&[op::PROTO, self.proto]);
        if self.proto >= 4 {
            self.frame = Some(Vec::new());
        }
        self.save(vm, obj)?;
        self.write(&[op::STOP]);
        self.commit_frame(true);
        Ok(self.out)
    }

    fn write(&mut self, data: &[u8]) {
        match &mut self.frame {
            Some(f) => f.extend_from_slice(data),
            None => self.out.extend_from_slice(data),
        }
    }

    /// Ends the current frame if it is big enough (or `force`), writing
    /// its header only when it holds at least 4 bytes, as CPython.
    fn commit_frame(&mut self, force: bool) {
        let Some(f) = &mut self.frame else { return };
        if f.len() >= FRAME_SIZE_TARGET || (force && !f.is_empty()) {
            let data = std::mem::take(f);
            if data.len() >= FRAME_SIZE_MIN {
                self.out.push(op::FRAME);
                self.out
                    .extend_from_slice(&(data.len() as u64).to_le_bytes());
            }
            self.out.extend_from_slice(&data);
        }
    }

    /// A large str or bytes: written outside frames, after the current
    /// one is ended.
    fn write_large(&mut self, header: &[u8], payload: &[u8]) {
        self.commit_frame(true);
        self.out.extend_from_slice(header);
        self.out.extend_from_slice(payload);
    }

    fn memo_key(v: &Value) -> u64 {
        v.bits()
    }

    fn memoize(&mut self, v: &Value) {
        let idx = self.memo.len() as u32;
        if self.proto >= 4 {
            self.write(&[op::MEMOIZE]);
        } else if idx < 256 {
            self.write(&[op::BINPUT, idx as u8]);
        } else {
            let mut b = vec![op::LONG_BINPUT];
            b.extend_from_slice(&idx.to_le_bytes());
            self.write(&b);
        }
        self.memo.insert(Self::memo_key(v), (idx, v.clone()));
    }

    fn get(&mut self, idx: u32) {
        if idx < 256 {
            self.write(&[op::BINGET, idx as u8]);
        } else {
            let mut b = vec![op::LONG_BINGET];
            b.extend_from_slice(&idx.to_le_bytes());
            self.write(&b);
        }
    }

    fn memo_get(&self, v: &Value) -> Option<u32> {
        if !v.is_obj() {
            return None;
        }
        self.memo.get(&Self::memo_key(v)).map(|(i, _)| *i)
    }

    pub(super) fn save(&mut self, vm: &mut Vm, obj: &Value) -> PyResult<()> {
        self.commit_frame(false);
        if let Some(i) = self.memo_get(obj) {
            self.get(i);
            return Ok(());
        }
        if let Some(i) = obj.as_small_int() {
            self.save_int(&i.into());
            return Ok(());
        }
        if let Some(f) = obj.as_float() {
            let mut b = vec![op::BINFLOAT];
            b.extend_from_slice(&f.to_bits().to_be_bytes());
            self.write(&b);
            return Ok(());
        }
        match obj.payload() {
            Some(Payload::None) => self.write(&[op::NONE]),
            Some(Payload::Bool(b)) => self.write(&[if *b { op::NEWTRUE } else { op::NEWFALSE }]),
            Some(Payload::Int(n)) => self.save_int(&n.to_bigint()),
            Some(Payload::Str(s)) => self.save_str(obj, s.as_str()),
            Some(Payload::Bytes(b)) => self.save_bytes(vm, obj, b)?,
            Some(Payload::Tuple(items)) => {
                let items = items.clone();
                vm.nested(" while pickling an object", |vm| {
                    self.save_tuple(vm, obj, &items)
                })?
            }
            Some(Payload::List(items)) => {
                self.write(&[op::EMPTY_LIST]);
                self.memoize(obj);
                let items: Vec<Value> = items.borrow().clone();
                vm.nested(" while pickling an object", |vm| {
                    self.batch_appends(vm, items)
                })?
            }
            Some(Payload::Dict(d)) => {
                self.write(&[op::EMPTY_DICT]);
                self.memoize(obj);
                let items: Vec<(Value, Value)> = d
                    .borrow()
                    .iter()
                    .map(|(k, v)| (k.clone(), v.clone()))
                    .collect();
                vm.nested(" while pickling an object", |vm| {
                    self.batch_setitems(vm, items)
                })?
            }
            Some(Payload::Set(s)) if self.proto >= 4 => {
                self.write(&[op::EMPTY_SET]);
                self.memoize(obj);
                let items: Vec<Value> = s.borrow().iter().cloned().collect();
                vm.nested(" while pickling an object", |vm| {
                    self.batch_additems(vm, items)
                })?
            }
            Some(Payload::FrozenSet(s)) if self.proto >= 4 => {
                let items: Vec<Value> = s.iter().cloned().collect();
                vm.nested(" while pickling an object", |vm| {
                    self.save_frozenset(vm, obj, items)
                })?
            }
            Some(
                Payload::Type(_) | Payload::Class(_) | Payload::Function(_) | Payload::Builtin(_),
            ) => {
                return self.save_global_or_reduce(vm, obj);
            }
            Some(Payload::Instance(inst)) if self.plain_instance(vm, inst)? => {
                let class = inst.class.clone();
                let state = inst.dict_obj.clone();
                return vm.nested(" while pickling an object", |vm| {
                    self.save_plain_instance(vm, obj, &class, state)
                });
            }
            _ => return vm.nested(" while pickling an object", |vm| self.save_reduced(vm, obj)),
        }
        Ok(())
    }

    /// True for an instance whose reduction is the default one with
    /// nothing to call: its class is a plain `object` subclass defining
    /// none of the reduction hooks, not in `copyreg.dispatch_table` (checked
    /// as empty), without slots. Such an instance is saved here exactly as
    /// `pickle._reduce` would have it saved (`__newobj__` of the class, then
    /// its `__dict__`), without a round trip through Python.
    fn plain_instance(&mut self, vm: &mut Vm, inst: &crate::object::InstanceObj) -> PyResult<bool> {
        const HOOKS: [&str; 7] = [
            "__reduce_ex__",
            "__reduce__",
            "__getstate__",
            "__getnewargs_ex__",
            "__getnewargs__",
            "__slots__",
            "__setstate__",
        ];
        let Some(Payload::Class(class)) = inst.class.payload() else {
            return Ok(false);
        };
        if self.proto < 2
            || !std::ptr::eq(class.builtin_base, &crate::object::types::OBJECT)
            || !class.slot_names.is_empty()
            || inst.base.is_some()
        {
            return Ok(false);
        }
        let defines_hook = |c: &crate::object::ClassObj| {
            let d = c.dict.borrow();
            HOOKS.iter().any(|name| {
                let key = Value::str(name);
                d.get(&key, crate::object::str::str_hash(name)).is_some()
            })
        };
        if defines_hook(class) {
            return Ok(false);
        }
        for base in &class.mro {
            match base.payload() {
                Some(Payload::Class(c)) if defines_hook(c) => return Ok(false),
                Some(Payload::Class(_)) => {}
                Some(Payload::Type(t)) if std::ptr::eq(*t, &crate::object::types::OBJECT) => {}
                _ => return Ok(false),
            }
        }
        let copyreg = crate::vm::import::import_name(vm, "copyreg", true, 0)?;
        let table = getattr(vm, &copyreg, &Value::str("dispatch_table"))?;
        Ok(table.as_dict().is_some_and(|d| d.borrow().is_empty()))
    }

    fn save_plain_instance(
        &mut self,
        vm: &mut Vm,
        obj: &Value,
        class: &Value,
        state: Option<Value>,
    ) -> PyResult<()> {
        self.save(vm, class)?;
        self.write(&[op::EMPTY_TUPLE, op::NEWOBJ]);
        self.memoize(obj);
        let state = state.filter(|d| d.as_dict().is_some_and(|t| !t.borrow().is_empty()));
        if let Some(state) = state {
            self.save(vm, &state)?;
            self.write(&[op::BUILD]);
        }
        Ok(())
    }

    fn save_int(&mut self, n: &num_bigint::BigInt) {
        use num_traits::ToPrimitive;
        if let Some(i) = n.to_i64() {
            if (0..=0xff).contains(&i) {
                self.write(&[op::BININT1, i as u8]);
                return;
            }
            if (0..=0xffff).contains(&i) {
                let b = (i as u16).to_le_bytes();
                self.write(&[op::BININT2, b[0], b[1]]);
                return;
            }
            if (-0x8000_0000..=0x7fff_ffff).contains(&i) {
                let mut b = vec![op::BININT];
                b.extend_from_slice(&(i as i32).to_le_bytes());
                self.write(&b);
                return;
            }
        }
        let enc = encode_long(n);
        let mut b = Vec::with_capacity(enc.len() + 5);
        if enc.len() < 256 {
            b.extend_from_slice(&[op::LONG1, enc.len() as u8]);
        } else {
            b.push(op::LONG4);
            b.extend_from_slice(&(enc.len() as i32).to_le_bytes());
        }
        b.extend_from_slice(&enc);
        self.write(&b);
    }

    fn save_str(&mut self, obj: &Value, s: &str) {
        // SHORT_BINUNICODE is a protocol 4 opcode; protocols 2 and 3 use
        // BINUNICODE even for short strs.
        let short = (self.proto >= 4).then_some(op::SHORT_BINUNICODE);
        self.write_sized(short, op::BINUNICODE, op::BINUNICODE8, s.as_bytes());
        self.memoize(obj);
    }

    /// A str or bytes payload behind the smallest header that holds its
    /// length: one byte (`short`), four, or eight (protocol 4).
    fn write_sized(&mut self, short: Option<u8>, op4: u8, op8: u8, data: &[u8]) {
        let n = data.len();
        if let Some(short) = short.filter(|_| n <= 0xff) {
            let mut b = vec![short, n as u8];
            b.extend_from_slice(data);
            self.write(&b);
        } else if n > 0xffff_ffff && self.proto >= 4 {
            let mut h = vec![op8];
            h.extend_from_slice(&(n as u64).to_le_bytes());
            self.write_large(&h, data);
        } else {
            let mut h = vec![op4];
            h.extend_from_slice(&(n as u32).to_le_bytes());
            if n >= FRAME_SIZE_TARGET {
                self.write_large(&h, data);
            } else {
                h.extend_from_slice(data);
                self.write(&h);
            }
        }
    }

    fn save_bytes(&mut self, vm: &mut Vm, obj: &Value, data: &[u8]) -> PyResult<()> {
        if self.proto < 3 {
            return self.save_reduced(vm, obj);
        }
        self.write_sized(Some(op::SHORT_BINBYTES), op::BINBYTES, op::BINBYTES8, data);
        self.memoize(obj);
        Ok(())
    }

    fn save_tuple(&mut self, vm: &mut Vm, obj: &Value, items: &[Value]) -> PyResult<()> {
        let n = items.len();
        if n == 0 {
            self.write(&[op::EMPTY_TUPLE]);
            return Ok(());
        }
        if n <= 3 {
            for it in items {
                self.save(vm, it)?;
            }
            if let Some(i) = self.memo_get(obj) {
                for _ in 0..n {
                    self.write(&[op::POP]);
                }
                self.get(i);
                return Ok(());
            }
            self.write(&[[op::TUPLE1, op::TUPLE2, op::TUPLE3][n - 1]]);
            self.memoize(obj);
            return Ok(());
        }
        self.write(&[op::MARK]);
        for it in items {
            self.save(vm, it)?;
        }
        if let Some(i) = self.memo_get(obj) {
            self.write(&[op::POP_MARK]);
            self.get(i);
            return Ok(());
        }
        self.write(&[op::TUPLE]);
        self.memoize(obj);
        Ok(())
    }

    fn batch_appends(&mut self, vm: &mut Vm, items: Vec<Value>) -> PyResult<()> {
        for chunk in items.chunks(BATCH) {
            if chunk.len() == 1 {
                self.save(vm, &chunk[0])?;
                self.write(&[op::APPEND]);
            } else {
                self.write(&[op::MARK]);
                for it in chunk {
                    self.save(vm, it)?;
                }
                self.write(&[op::APPENDS]);
            }
        }
        Ok(())
    }

    fn batch_setitems(&mut self, vm: &mut Vm, items: Vec<(Value, Value)>) -> PyResult<()> {
        for chunk in items.chunks(BATCH) {
            if chunk.len() == 1 {
                self.save(vm, &chunk[0].0)?;
                self.save(vm, &chunk[0].1)?;
                self.write(&[op::SETITEM]);
            } else {
                self.write(&[op::MARK]);
                for (k, v) in chunk {
                    self.save(vm, k)?;
                    self.save(vm, v)?;
                }
                self.write(&[op::SETITEMS]);
            }
        }
        Ok(())
    }

    fn batch_additems(&mut self, vm: &mut Vm, items: Vec<Value>) -> PyResult<()> {
        for chunk in items.chunks(BATCH) {
            self.write(&[op::MARK]);
            for it in chunk {
                self.save(vm, it)?;
            }
            self.write(&[op::ADDITEMS]);
        }
        Ok(())
    }

    fn save_frozenset(&mut self, vm: &mut Vm, obj: &Value, items: Vec<Value>) -> PyResult<()> {
        self.write(&[op::MARK]);
        for it in &items {
            self.save(vm, it)?;
        }
        if let Some(i) = self.memo_get(obj) {
            self.write(&[op::POP_MARK]);
            self.get(i);
            return Ok(());
        }
        self.write(&[op::FROZENSET]);
        self.memoize(obj);
        Ok(())
    }

    /// Classes, functions and builtins go by name; the three singleton
    /// types (`type(None)`...) reduce to `type(x)`.
    fn save_global_or_reduce(&mut self, vm: &mut Vm, obj: &Value) -> PyResult<()> {
        if let Some(Payload::Type(t)) = obj.payload() {
            use crate::object::types;
            let singleton = if std::ptr::eq(*t, &types::NONE_TYPE) {
                Some(Value::none())
            } else if std::ptr::eq(*t, &types::ELLIPSIS) {
                Some(crate::object::ELLIPSIS.value())
            } else if std::ptr::eq(*t, &types::NOT_IMPLEMENTED) {
                Some(crate::object::NOT_IMPLEMENTED.value())
            } else {
                None
            };
            if let Some(s) = singleton {
                let args = Value::tuple(vec![s]);
                return self.save_reduce(
                    vm,
                    &types::TYPE.value(),
                    &args,
                    None,
                    None,
                    None,
                    Some(obj),
                );
            }
        }
        self.save_global(vm, obj, None)
    }

    /// `save_global`: the module and qualified name, checked to lead back
    /// to `obj`. The unusual cases (no `__module__`, extension codes)
    /// are left to `pickle.py`'s own code.
    fn save_global(&mut self, vm: &mut Vm, obj: &Value, name: Option<Value>) -> PyResult<()> {
        let name = match name {
            Some(n) => n,
            None => match getattr_opt(vm, obj, &Value::str("__qualname__"))? {
                Some(n) => n,
                None => getattr(vm, obj, &Value::str("__name__"))?,
            },
        };
        let which = getattr(vm, &self.module, &Value::str("_global_parts"))?;
        let parts = vm.call(
            &which,
            vec![obj.clone(), name, Value::int(i64::from(self.proto))],
            &[],
        )?;
        let (module, qual, via_parent) = match parts.as_tuple() {
            Some([m, q, v]) => (m.clone(), q.clone(), v.clone()),
            _ => {
                return Err(PyErr::system_error(
                    "pickle._global_parts returned a bad value",
                ))
            }
        };
        if let Some(code) = module.as_small_int().filter(|_| qual.is_none()) {
            // An extension code from copyreg's registry.
            match code {
                0..=0xff => self.write(&[op::EXT1, code as u8]),
                0x100..=0xffff => {
                    let b = (code as u16).to_le_bytes();
                    self.write(&[op::EXT2, b[0], b[1]]);
                }
                _ => {
                    let mut b = vec![op::EXT4];
                    b.extend_from_slice(&(code as i32).to_le_bytes());
                    self.write(&b);
                }
            }
            return Ok(());
        }
        if !via_parent.is_none() {
            // A nested name below protocol 4: getattr(parent, last).
            let getattr_fn = crate::vm::import::import_name(vm, "builtins", true, 0)
                .and_then(|b| getattr(vm, &b, &Value::str("getattr")))?;
            let args = via_parent;
            self.save_reduce(vm, &getattr_fn, &args, None, None, None, None)?;
        } else if self.proto >= 4 {
            self.save(vm, &module)?;
            self.save(vm, &qual)?;
            self.write(&[op::STACK_GLOBAL]);
        } else {
            let mut b = vec![op::GLOBAL];
            b.extend_from_slice(module.as_str().unwrap_or("").as_bytes());
            b.push(b'\n');
            b.extend_from_slice(qual.as_str().unwrap_or("").as_bytes());
            b.push(b'\n');
            self.write(&b);
        }
        self.memoize(obj);
        Ok(())
    }

    /// Anything else: `pickle._reduce(obj, proto)`, then its tuple saved.
    fn save_reduced(&mut self, vm: &mut Vm, obj: &Value) -> PyResult<()> {
        let reduce = getattr(vm, &self.module, &Value::str("_reduce"))?;
        let rv = vm.call(
            &reduce,
            vec![obj.clone(), Value::int(i64::from(self.proto))],
            &[],
        )?;
        if rv.as_str().is_some() {
            return self.save_global(vm, obj, Some(rv));
        }
        let Some(parts) = rv.as_tuple().map(<[Value]>::to_vec) else {
            return Err(picklingerror(
                vm,
                &self.module,
                "__reduce__ must return string or tuple",
            ));
        };
        if !(2..=6).contains(&parts.len()) {
            return Err(picklingerror(
                vm,
                &self.module,
                "Tuple returned by __reduce__ must have two to six elements",
            ));
        }
        let opt = |i: usize| parts.get(i).filter(|v| !v.is_none()).cloned();
        if parts.len() == 6 && opt(5).is_some() {
            // A state setter (protocol 5): rare, left to pickle.py.
            return Err(PyErr::new(
                &crate::object::types::NOT_IMPLEMENTED_ERROR,
                "state_setter",
            ));
        }
        self.save_reduce(vm, &parts[0], &parts[1], opt(2), opt(3), opt(4), Some(obj))
    }

    #[allow(clippy::too_many_arguments)]
    fn save_reduce(
        &mut self,
        vm: &mut Vm,
        func: &Value,
        args: &Value,
        state: Option<Value>,
        listitems: Option<Value>,
        dictitems: Option<Value>,
        obj: Option<&Value>,
    ) -> PyResult<()> {
        let Some(argv) = args.as_tuple().map(<[Value]>::to_vec) else {
            return Err(picklingerror(
                vm,
                &self.module,
                "second item of the tuple returned by __reduce__ must be a tuple",
            ));
        };
        if !crate::builtins::is_callable(func) {
            return Err(picklingerror(
                vm,
                &self.module,
                "first item of the tuple returned by __reduce__ must be callable",
            ));
        }
        let fname = getattr_opt(vm, func, &Value::str("__name__"))?;
        let fname = fname.as_ref().and_then(Value::as_str).unwrap_or("");
        let wrong_class = |vm: &mut Vm, cls: &Value, which: &str| -> PyResult<()> {
            if let Some(o) = obj {
                let actual = crate::object::types::type_value(o);
                if !actual.is(cls) {
                    return Err(picklingerror(
                        vm,
                        &self.module,
                        &format!("args[0] from {which} args has the wrong class"),
                    ));
                }
            }
            Ok(())
        };
        if fname == "__newobj_ex__" && self.proto >= 4 && argv.len() == 3 {
            wrong_class(vm, &argv[0], "__newobj_ex__")?;
            self.save(vm, &argv[0])?;
            self.save(vm, &argv[1])?;
            self.save(vm, &argv[2])?;
            self.write(&[op::NEWOBJ_EX]);
        } else if fname == "__newobj__" && !argv.is_empty() {
            wrong_class(vm, &argv[0], "__newobj__")?;
            self.save(vm, &argv[0])?;
            self.save(vm, &Value::tuple(argv[1..].to_vec()))?;
            self.write(&[op::NEWOBJ]);
        } else {
            self.save(vm, func)?;
            self.save(vm, args)?;
            self.write(&[op::REDUCE]);
        }
        if let Some(o) = obj {
            match self.memo_get(o) {
                Some(i) => {
                    self.write(&[op::POP]);
                    self.get(i);
                }
                None => self.memoize(o),
            }
        }
        if let Some(items) = listitems {
            let items = crate::protocol::iterate::collect(vm, &items)?;
            self.batch_appends(vm, items)?;
        }
        if let Some(items) = dictitems {
            let pairs = crate::protocol::iterate::collect(vm, &items)?;
            let mut kv = Vec::with_capacity(pairs.len());
            for p in pairs {
                match p.as_tuple() {
                    Some([k, v]) => kv.push((k.clone(), v.clone())),
                    _ => return Err(PyErr::value_error("dictitems must yield pairs")),
                }
            }
            self.batch_setitems(vm, kv)?;
        }
        if let Some(state) = state {
            self.save(vm, &state)?;
            self.write(&[op::BUILD]);
        }
        Ok(())
    }
}

/// `pickle.PicklingError(msg)`.
pub(super) fn picklingerror(vm: &mut Vm, module: &Value, msg: &str) -> PyErr {
    let made = getattr(vm, module, &Value::str("PicklingError"))
        .and_then(|c| vm.call(&c, vec![Value::str(msg)], &[]));
    match made {
        Ok(e) if matches!(e.payload(), Some(Payload::Exception(_))) => PyErr::from_instance(e),
        _ => PyErr::value_error(msg),
    }
}

/// Two's complement little-endian bytes, as short as the sign allows
/// (`pickle.encode_long`).
pub(super) fn encode_long(n: &num_bigint::BigInt) -> Vec<u8> {
    if n.sign() == num_bigint::Sign::NoSign {
        return Vec::new();
    }
    n.to_signed_bytes_le()
}
