//! Closing the generators `object::finalize` parked: the eval loop calls
//! [`Vm::run_finalizers`] when the `FINALIZE` breaker bit is up, at a point
//! where Python code may run.

use crate::object::finalize::take_pending;
use crate::vm::Vm;

impl Vm {
    /// Closes the generators parked on this thread, printing what they
    /// raise as CPython prints an exception it cannot raise. Closing may
    /// drop more of them; those are closed too.
    pub(crate) fn run_finalizers(&mut self) {
        loop {
            let pending = take_pending();
            if pending.is_empty() {
                return;
            }
            for gen in pending {
                if let Err(e) = crate::vm::generator::close(self, &gen) {
                    let what = crate::protocol::repr::repr(self, &gen).unwrap_or_default();
                    let tb = crate::vm::traceback::format_unraisable(self, &e);
                    self.write_stderr(&format!("Exception ignored in: {what}\n{tb}"));
                }
            }
        }
    }
}
