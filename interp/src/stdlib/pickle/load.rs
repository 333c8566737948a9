//! The unpickler: every opcode of protocols 0 to 5, on an in-memory
//! pickle. Names are resolved by `pickle.py`'s `find_class` helper
//! (imports, Python 2 names, another interpreter's `__main__`).

use super::op;
use crate::object::error::{PyErr, PyResult};
use crate::object::value::Value;
use crate::object::{DictTable, Payload};
use crate::protocol::attr::{getattr, getattr_opt};
use crate::vm::Vm;

/// One `loads` call.
pub(super) struct Unpickler<'a> {
    data: &'a [u8],
    pos: usize,
    stack: Vec<Value>,
    /// Where each open MARK started in `stack`.
    marks: Vec<usize>,
    memo: Vec<Option<Value>>,
    proto: u8,
    module: Value,
    /// `find_class(module, name, proto)` from pickle.py, with the
    /// caller's `__main__` fallback bound in.
    find_class: Value,
    encoding: Value,
    errors: Value,
}

impl<'a> Unpickler<'a> {
    pub(super) fn new(
        data: &'a [u8],
        module: Value,
        find_class: Value,
        encoding: Value,
        errors: Value,
    ) -> Unpickler<'a> {
        Unpickler {
            data,
            pos: 0,
            stack: Vec::new(),
            marks: Vec::new(),
            memo: Vec::new(),
            proto: 0,
            module,
            find_class,
            encoding,
            errors,
        }
    }

    fn error(&self, vm: &mut Vm, msg: &str) -> PyErr {
        let made = getattr(vm, &self.module, &Value::str("UnpicklingError"))
            .and_then(|c| vm.call(&c, vec![Value::str(msg)], &[]));
        match made {
            Ok(e) if matches!(e.payload(), Some(Payload::Exception(_))) => PyErr::from_instance(e),
            _ => PyErr::value_error(msg),
        }
    }

    fn read(&mut self, vm: &mut Vm, n: usize) -> PyResult<&'a [u8]> {
        let data: &'a [u8] = self.data;
        match self.pos.checked_add(n).filter(|&e| e <= data.len()) {
            Some(end) => {
                let s = &data[self.pos..end];
                self.pos = end;
                Ok(s)
            }
            None => Err(self.error(vm, "pickle data was truncated")),
        }
    }

    fn read_u8(&mut self, vm: &mut Vm) -> PyResult<u8> {
        Ok(self.read(vm, 1)?[0])
    }

    fn read_u32(&mut self, vm: &mut Vm) -> PyResult<u32> {
        let b = self.read(vm, 4)?;
        Ok(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }

    fn read_u64(&mut self, vm: &mut Vm) -> PyResult<u64> {
        let b = self.read(vm, 8)?;
        let mut a = [0u8; 8];
        a.copy_from_slice(b);
        Ok(u64::from_le_bytes(a))
    }

    fn read_len64(&mut self, vm: &mut Vm) -> PyResult<usize> {
        let n = self.read_u64(vm)?;
        usize::try_from(n).map_err(|_| self.error(vm, "pickle data was truncated"))
    }

    /// A text line without its newline.
    fn readline(&mut self, vm: &mut Vm) -> PyResult<&'a [u8]> {
        let data: &'a [u8] = self.data;
        let rest = &data[self.pos..];
        match memchr::memchr(b'\n', rest) {
            Some(i) => {
                self.pos += i + 1;
                Ok(&rest[..i])
            }
            None => Err(self.error(vm, "pickle data was truncated")),
        }
    }

    fn pop(&mut self, vm: &mut Vm) -> PyResult<Value> {
        let floor = self.marks.last().copied().unwrap_or(0);
        if self.stack.len() <= floor {
            return Err(self.error(vm, "unpickling stack underflow"));
        }
        self.stack
            .pop()
            .ok_or_else(|| PyErr::system_error("unpickling stack underflow"))
    }

    fn top(&mut self, vm: &mut Vm) -> PyResult<Value> {
        let floor = self.marks.last().copied().unwrap_or(0);
        match self.stack.last() {
            Some(v) if self.stack.len() > floor => Ok(v.clone()),
            _ => Err(self.error(vm, "unpickling stack underflow")),
        }
    }

    fn pop_mark(&mut self, vm: &mut Vm) -> PyResult<Vec<Value>> {
        let Some(start) = self.marks.pop() else {
            return Err(self.error(vm, "could not find MARK"));
        };
        Ok(self.stack.split_off(start))
    }

    fn memo_put(&mut self, vm: &mut Vm, idx: usize) -> PyResult<()> {
        let v = self.top(vm)?;
        if idx >= self.memo.len() {
            if idx > self.memo.len() + (1 << 20) && idx > self.data.len() {
                return Err(self.error(vm, "memo index too large"));
            }
            self.memo.resize(idx + 1, None);
        }
        self.memo[idx] = Some(v);
        Ok(())
    }

    fn memo_get(&mut self, vm: &mut Vm, idx: usize) -> PyResult<()> {
        match self.memo.get(idx).cloned().flatten() {
            Some(v) => {
                self.stack.push(v);
                Ok(())
            }
            None => Err(self.error(vm, &format!("Memo value not found at index {idx}"))),
        }
    }

    fn text(b: &[u8]) -> PyResult<String> {
        String::from_utf8(b.to_vec()).map_err(|_| PyErr::value_error("invalid utf-8 in pickle"))
    }

    /// A UTF-8 payload; invalid bytes are CPython's `UnicodeDecodeError`.
    fn utf8(b: &[u8]) -> PyResult<Value> {
        match std::str::from_utf8(b) {
            Ok(s) => Ok(Value::str(s)),
            Err(_) => crate::builtins::codec::decode(
                b,
                crate::builtins::codec::Encoding::Utf8,
                Ok(crate::builtins::codec::Errors::Strict),
            )
            .map(Value::string),
        }
    }

    /// A protocol 0-2 `str` payload, decoded as the `encoding` argument says.
    fn py2_string(&mut self, vm: &mut Vm, b: &[u8]) -> PyResult<Value> {
        if self.encoding.as_str() == Some("bytes") {
            return Ok(Value::bytes(b.to_vec()));
        }
        let v = Value::bytes(b.to_vec());
        let decode = getattr(vm, &v, &Value::str("decode"))?;
        vm.call(
            &decode,
            vec![self.encoding.clone(), self.errors.clone()],
            &[],
        )
    }

    fn call_helper(&mut self, vm: &mut Vm, name: &str, args: Vec<Value>) -> PyResult<Value> {
        let f = getattr(vm, &self.module, &Value::str(name))?;
        vm.call(&f, args, &[])
    }

    pub(super) fn load(&mut self, vm: &mut Vm) -> PyResult<Value> {
        loop {
            if self.pos >= self.data.len() {
                return Err(PyErr::new(
                    &crate::object::types::EOF_ERROR,
                    "Ran out of input",
                ));
            }
            let code = self.data[self.pos];
            self.pos += 1;
            if code == op::STOP {
                return self.pop(vm);
            }
            self.step(vm, code)?;
        }
    }

    fn step(&mut self, vm: &mut Vm, code: u8) -> PyResult<()> {
        match code {
            op::PROTO => {
                let p = self.read_u8(vm)?;
                if p > 5 {
                    return Err(PyErr::value_error(format!(
                        "unsupported pickle protocol: {p}"
                    )));
                }
                self.proto = p;
            }
            op::FRAME => {
                // The whole pickle is in memory: a frame is just its bytes.
                let n = self.read_len64(vm)?;
                if self.data.len() - self.pos < n {
                    return Err(self.error(vm, "pickle data was truncated"));
                }
            }
            op::NONE => self.stack.push(Value::none()),
            op::NEWTRUE => self.stack.push(Value::bool(true)),
            op::NEWFALSE => self.stack.push(Value::bool(false)),
            op::INT => {
                let line = self.readline(vm)?;
                let v = match line {
                    b"00" => Value::bool(false),
                    b"01" => Value::bool(true),
                    _ => {
                        parse_int(line).ok_or_else(|| PyErr::value_error("invalid INT literal"))?
                    }
                };
                self.stack.push(v);
            }
            op::BININT => {
                let b = self.read(vm, 4)?;
                self.stack.push(Value::int(i64::from(i32::from_le_bytes([
                    b[0], b[1], b[2], b[3],
                ]))));
            }
            op::BININT1 => {
                let b = self.read_u8(vm)?;
                self.stack.push(Value::int(i64::from(b)));
            }
            op::BININT2 => {
                let b = self.read(vm, 2)?;
                self.stack
                    .push(Value::int(i64::from(u16::from_le_bytes([b[0], b[1]]))));
            }
            op::LONG => {
                let line = self.readline(vm)?;
                let line = line.strip_suffix(b"L").unwrap_or(line);
                let v =
                    parse_int(line).ok_or_else(|| PyErr::value_error("invalid LONG literal"))?;
                self.stack.push(v);
            }
            op::LONG1 | op::LONG4 => {
                let n = if code == op::LONG1 {
                    usize::from(self.read_u8(vm)?)
                } else {
                    let n = self.read_u32(vm)? as i32;
                    if n < 0 {
                        return Err(self.error(vm, "LONG pickle has negative byte count"));
                    }
                    n as usize
                };
                let b = self.read(vm, n)?;
                self.stack
                    .push(Value::bigint(num_bigint::BigInt::from_signed_bytes_le(b)));
            }
            op::FLOAT => {
                let line = self.readline(vm)?;
                let s = Self::text(line)?;
                let f = crate::format::parse_float(s.trim()).ok_or_else(|| {
                    PyErr::value_error(format!("could not convert string to float: '{s}'"))
                })?;
                self.stack.push(Value::float(f));
            }
            op::BINFLOAT => {
                let b = self.read(vm, 8)?;
                let mut a = [0u8; 8];
                a.copy_from_slice(b);
                self.stack
                    .push(Value::float(f64::from_bits(u64::from_be_bytes(a))));
            }
            op::STRING => {
                let line = self.readline(vm)?;
                let v =
                    self.call_helper(vm, "_load_string_line", vec![Value::bytes(line.to_vec())])?;
                let v = self.py2_string(vm, v.as_bytes().unwrap_or(&[]))?;
                self.stack.push(v);
            }
            op::BINSTRING => {
                let n = self.read_u32(vm)? as i32;
                if n < 0 {
                    return Err(self.error(vm, "BINSTRING pickle has negative byte count"));
                }
                let b = self.read(vm, n as usize)?;
                let v = self.py2_string(vm, b)?;
                self.stack.push(v);
            }
            op::SHORT_BINSTRING => {
                let n = usize::from(self.read_u8(vm)?);
                let b = self.read(vm, n)?;
                let v = self.py2_string(vm, b)?;
                self.stack.push(v);
            }
            op::BINBYTES | op::SHORT_BINBYTES | op::BINBYTES8 | op::BYTEARRAY8 => {
                let n = match code {
                    op::SHORT_BINBYTES => usize::from(self.read_u8(vm)?),
                    op::BINBYTES => self.read_u32(vm)? as usize,
                    _ => self.read_len64(vm)?,
                };
                let b = self.read(vm, n)?;
                self.stack.push(Value::bytes(b.to_vec()));
            }
            op::UNICODE => {
                let line = self.readline(vm)?;
                let v = self.call_helper(
                    vm,
                    "_raw_unicode_unescape",
                    vec![Value::bytes(line.to_vec())],
                )?;
                self.stack.push(v);
            }
            op::BINUNICODE | op::SHORT_BINUNICODE | op::BINUNICODE8 => {
                let n = match code {
                    op::SHORT_BINUNICODE => usize::from(self.read_u8(vm)?),
                    op::BINUNICODE => self.read_u32(vm)? as usize,
                    _ => self.read_len64(vm)?,
                };
                let b = self.read(vm, n)?;
                let v = Self::utf8(b)?;
                self.stack.push(v);
            }
            op::EMPTY_TUPLE => self.stack.push(Value::tuple(Vec::new())),
            op::TUPLE => {
                let items = self.pop_mark(vm)?;
                self.stack.push(Value::tuple(items));
            }
            op::TUPLE1 | op::TUPLE2 | op::TUPLE3 => {
                let n = usize::from(code - op::TUPLE1 + 1);
                let mut items = Vec::with_capacity(n);
                for _ in 0..n {
                    items.push(self.pop(vm)?);
                }
                items.reverse();
                self.stack.push(Value::tuple(items));
            }
            op::EMPTY_LIST => self.stack.push(Value::list(Vec::new())),
            op::LIST => {
                let items = self.pop_mark(vm)?;
                self.stack.push(Value::list(items));
            }
            op::EMPTY_DICT => self.stack.push(Value::dict(DictTable::new())),
            op::DICT => {
                let items = self.pop_mark(vm)?;
                let d = Value::dict(DictTable::new());
                for pair in items.chunks(2) {
                    if let [k, v] = pair {
                        crate::protocol::subscript::setitem(vm, &d, k.clone(), v.clone())?;
                    }
                }
                self.stack.push(d);
            }
            op::EMPTY_SET => {
                let s = crate::object::types::SET.value();
                let v = vm.call(&s, Vec::new(), &[])?;
                self.stack.push(v);
            }
            op::FROZENSET => {
                let items = self.pop_mark(vm)?;
                let fs = crate::object::types::FROZENSET.value();
                let v = vm.call(&fs, vec![Value::list(items)], &[])?;
                self.stack.push(v);
            }
            op::APPEND => {
                let v = self.pop(vm)?;
                let target = self.top(vm)?;
                self.extend(vm, &target, vec![v])?;
            }
            op::APPENDS => {
                let items = self.pop_mark(vm)?;
                let target = self.top(vm)?;
                self.extend(vm, &target, items)?;
            }
            op::SETITEM => {
                let v = self.pop(vm)?;
                let k = self.pop(vm)?;
                let d = self.top(vm)?;
                crate::protocol::subscript::setitem(vm, &d, k, v)?;
            }
            op::SETITEMS => {
                let items = self.pop_mark(vm)?;
                let d = self.top(vm)?;
                for pair in items.chunks(2) {
                    if let [k, v] = pair {
                        crate::protocol::subscript::setitem(vm, &d, k.clone(), v.clone())?;
                    }
                }
            }
            op::ADDITEMS => {
                let items = self.pop_mark(vm)?;
                let s = self.top(vm)?;
                let add = getattr(vm, &s, &Value::str("add"))?;
                for it in items {
                    vm.call(&add, vec![it], &[])?;
                }
            }
            op::MARK => self.marks.push(self.stack.len()),
            op::POP => {
                if self.marks.last() == Some(&self.stack.len()) {
                    self.pop_mark(vm)?;
                } else {
                    self.pop(vm)?;
                }
            }
            op::POP_MARK => {
                self.pop_mark(vm)?;
            }
            op::DUP => {
                let v = self.top(vm)?;
                self.stack.push(v);
            }
            op::GET | op::PUT => {
                let line = self.readline(vm)?;
                let idx = std::str::from_utf8(line)
                    .ok()
                    .and_then(|s| s.trim().parse::<i64>().ok())
                    .ok_or_else(|| PyErr::value_error("invalid memo index"))?;
                if idx < 0 {
                    return Err(PyErr::value_error("negative PUT argument"));
                }
                if code == op::GET {
                    self.memo_get(vm, idx as usize)?;
                } else {
                    self.memo_put(vm, idx as usize)?;
                }
            }
            op::BINGET => {
                let i = usize::from(self.read_u8(vm)?);
                self.memo_get(vm, i)?;
            }
            op::LONG_BINGET => {
                let i = self.read_u32(vm)? as usize;
                self.memo_get(vm, i)?;
            }
            op::BINPUT => {
                let i = usize::from(self.read_u8(vm)?);
                self.memo_put(vm, i)?;
            }
            op::LONG_BINPUT => {
                let i = self.read_u32(vm)? as usize;
                self.memo_put(vm, i)?;
            }
            op::MEMOIZE => {
                let i = self.memo.len();
                self.memo_put(vm, i)?;
            }
            op::GLOBAL => {
                let m = self.readline(vm)?;
                let n = self.readline(vm)?;
                let (m, n) = (Self::text(m)?, Self::text(n)?);
                let v = self.find(vm, Value::string(m), Value::string(n))?;
                self.stack.push(v);
            }
            op::STACK_GLOBAL => {
                let name = self.pop(vm)?;
                let module = self.pop(vm)?;
                if name.as_str().is_none() || module.as_str().is_none() {
                    return Err(self.error(vm, "STACK_GLOBAL requires str"));
                }
                let v = self.find(vm, module, name)?;
                self.stack.push(v);
            }
            op::EXT1 | op::EXT2 | op::EXT4 => {
                let code_n = match code {
                    op::EXT1 => i64::from(self.read_u8(vm)?),
                    op::EXT2 => {
                        let b = self.read(vm, 2)?;
                        i64::from(u16::from_le_bytes([b[0], b[1]]))
                    }
                    _ => i64::from(self.read_u32(vm)? as i32),
                };
                let v = self.call_helper(
                    vm,
                    "_extension",
                    vec![Value::int(code_n), self.find_class.clone()],
                )?;
                self.stack.push(v);
            }
            op::REDUCE => {
                let args = self.pop(vm)?;
                let func = self.pop(vm)?;
                let args = args.as_tuple().map(<[Value]>::to_vec).unwrap_or_default();
                let v = vm.call(&func, args, &[])?;
                self.stack.push(v);
            }
            op::NEWOBJ => {
                let args = self.pop(vm)?;
                let cls = self.pop(vm)?;
                let new = getattr(vm, &cls, &Value::str("__new__"))?;
                let mut argv = vec![cls];
                argv.extend(args.as_tuple().unwrap_or(&[]).iter().cloned());
                let v = vm.call(&new, argv, &[])?;
                self.stack.push(v);
            }
            op::NEWOBJ_EX => {
                let kwargs = self.pop(vm)?;
                let args = self.pop(vm)?;
                let cls = self.pop(vm)?;
                let new = getattr(vm, &cls, &Value::str("__new__"))?;
                let mut argv = vec![cls];
                argv.extend(args.as_tuple().unwrap_or(&[]).iter().cloned());
                let v = vm.call(&new, argv, &kwargs.dict_pairs())?;
                self.stack.push(v);
            }
            op::INST | op::OBJ => {
                let v = if code == op::INST {
                    let m = self.readline(vm)?;
                    let n = self.readline(vm)?;
                    let (m, n) = (Self::text(m)?, Self::text(n)?);
                    let cls = self.find(vm, Value::string(m), Value::string(n))?;
                    let args = self.pop_mark(vm)?;
                    self.call_helper(vm, "_instantiate", vec![cls, Value::tuple(args)])?
                } else {
                    let mut args = self.pop_mark(vm)?;
                    if args.is_empty() {
                        return Err(self.error(vm, "unpickling stack underflow"));
                    }
                    let cls = args.remove(0);
                    self.call_helper(vm, "_instantiate", vec![cls, Value::tuple(args)])?
                };
                self.stack.push(v);
            }
            op::BUILD => {
                let state = self.pop(vm)?;
                let inst = self.top(vm)?;
                self.build(vm, &inst, state)?;
            }
            op::PERSID | op::BINPERSID => {
                return Err(self.error(
                    vm,
                    "A load persistent id instruction was encountered, but no persistent_load function was specified.",
                ));
            }
            op::NEXT_BUFFER => {
                return Err(self.error(
                    vm,
                    "pickle stream refers to out-of-band data but no *buffers* argument was given",
                ));
            }
            op::READONLY_BUFFER => {}
            other => {
                let shown = if other.is_ascii_graphic() {
                    (other as char).to_string()
                } else {
                    format!("\\x{other:02x}")
                };
                return Err(self.error(vm, &format!("invalid load key, '{shown}'.")));
            }
        }
        Ok(())
    }

    fn find(&mut self, vm: &mut Vm, module: Value, name: Value) -> PyResult<Value> {
        let f = self.find_class.clone();
        vm.call(
            &f,
            vec![module, name, Value::int(i64::from(self.proto))],
            &[],
        )
    }

    fn extend(&mut self, vm: &mut Vm, target: &Value, items: Vec<Value>) -> PyResult<()> {
        if let Some(Payload::List(l)) = target.payload() {
            crate::object::alloc::extend(&mut l.borrow_mut(), items.into_iter())?;
            return Ok(());
        }
        let extend = getattr_opt(vm, target, &Value::str("extend"))?;
        match extend {
            Some(f) => {
                vm.call(&f, vec![Value::list(items)], &[])?;
            }
            None => {
                let append = getattr(vm, target, &Value::str("append"))?;
                for it in items {
                    vm.call(&append, vec![it], &[])?;
                }
            }
        }
        Ok(())
    }

    fn build(&mut self, vm: &mut Vm, inst: &Value, state: Value) -> PyResult<()> {
        // Looking `__setstate__` up on an instance whose class cannot have
        // one costs an AttributeError; skip it when the class (and its
        // attribute hooks) show there is none.
        let lookup =
            !matches!(inst.payload(), Some(Payload::Instance(i)) if !may_have(i, "__setstate__"));
        if lookup {
            if let Some(setstate) = getattr_opt(vm, inst, &Value::str("__setstate__"))? {
                vm.call(&setstate, vec![state], &[])?;
                return Ok(());
            }
        }
        let (state, slots) = match state.as_tuple() {
            Some([s, slots]) => (s.clone(), Some(slots.clone())),
            _ => (state, None),
        };
        if let Some(d) = state.as_dict() {
            let pairs: Vec<(Value, Value)> = d
                .borrow()
                .iter()
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect();
            if !pairs.is_empty() {
                let inst_dict = getattr(vm, inst, &Value::str("__dict__"))?;
                for (k, v) in pairs {
                    crate::protocol::subscript::setitem(vm, &inst_dict, k, v)?;
                }
            }
        } else if !state.is_none() {
            return Err(self.error(vm, "state is not a dictionary"));
        }
        if let Some(slots) = slots.filter(|s| !s.is_none()) {
            let pairs: Vec<(Value, Value)> = match slots.as_dict() {
                Some(d) => d
                    .borrow()
                    .iter()
                    .map(|(k, v)| (k.clone(), v.clone()))
                    .collect(),
                None => return Err(self.error(vm, "slot state is not a dictionary")),
            };
            for (k, v) in pairs {
                crate::protocol::attr::setattr(vm, inst, &k, v)?;
            }
        }
        Ok(())
    }
}

/// False when neither the instance's class (with its MRO) nor its
/// `__dict__` can answer `name`, and no `__getattr__`/`__getattribute__`
/// could make one up.
fn may_have(inst: &crate::object::InstanceObj, name: &str) -> bool {
    let Some(Payload::Class(class)) = inst.class.payload() else {
        return true;
    };
    let defines = |c: &crate::object::ClassObj| {
        let d = c.dict.borrow();
        [name, "__getattr__", "__getattribute__"].iter().any(|n| {
            d.get(&Value::str(n), crate::object::str::str_hash(n))
                .is_some()
        })
    };
    if defines(class) {
        return true;
    }
    for base in &class.mro {
        match base.payload() {
            Some(Payload::Class(c)) if defines(c) => return true,
            Some(Payload::Class(_)) => {}
            Some(Payload::Type(t)) if std::ptr::eq(*t, &crate::object::types::OBJECT) => {}
            _ => return true,
        }
    }
    inst.dict_obj
        .as_ref()
        .and_then(Value::as_dict)
        .is_some_and(|d| {
            d.borrow()
                .get(&Value::str(name), crate::object::str::str_hash(name))
                .is_some()
        })
}

fn parse_int(line: &[u8]) -> Option<Value> {
    let s = std::str::from_utf8(line).ok()?.trim();
    if let Ok(i) = s.parse::<i64>() {
        return Some(Value::int(i));
    }
    s.parse::<num_bigint::BigInt>().ok().map(Value::bigint)
}
