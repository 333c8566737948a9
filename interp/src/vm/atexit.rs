//! The end of an interpreter's life as CPython's finalization runs it: the
//! functions a program registered with `atexit`, last first.
//!
//! They are Python callables in `atexit._callbacks`. Each is called from
//! here, not from Python, so the traceback of one that fails starts at the
//! callback itself, as CPython prints it.

use crate::object::value::Value;
use crate::vm::Vm;

impl Vm {
    /// Runs and forgets the `atexit` callbacks, last registered first. An
    /// exception in one is reported on stderr ("Exception ignored in atexit
    /// callback") and the next one runs. Nothing happens if the program
    /// never imported `atexit`.
    pub fn run_exit_handlers(&mut self) {
        let Some(module) = crate::vm::import::modules_get(self, "atexit") else {
            return;
        };
        let Ok(callbacks) =
            crate::protocol::attr::getattr(self, &module, &Value::str("_callbacks"))
        else {
            return;
        };
        loop {
            let entry = match callbacks.as_list() {
                Some(list) => list.borrow_mut().pop(),
                None => None,
            };
            let Some(entry) = entry else {
                return;
            };
            let Some([func, args, kwargs]) = entry.as_tuple() else {
                continue;
            };
            let result = self.call_ex(func, args, kwargs);
            if let Err(e) = result {
                let shown = crate::protocol::repr::repr(self, func).unwrap_or_default();
                let tb = crate::vm::traceback::format_exception(self, &e);
                self.write_stderr(&format!(
                    "Exception ignored in atexit callback: {shown}\n{tb}"
                ));
            }
        }
    }

    /// `func(*args, **kwargs)` with `args` a tuple and `kwargs` a dict.
    fn call_ex(
        &mut self,
        func: &Value,
        args: &Value,
        kwargs: &Value,
    ) -> crate::object::error::PyResult<Value> {
        let positional = args.as_tuple().map(<[Value]>::to_vec).unwrap_or_default();
        self.call(func, positional, &kwargs.dict_pairs())
    }
}
