//! The one place that wires the layers together: the builtins and standard
//! modules (layers 10 and 11) handed to every interpreter the VM (layer 9)
//! makes. Only this file and `lib.rs` see every layer.

use crate::vm::module::Natives;
use crate::vm::{Vm, VmConfig};

/// Coral's builtins and standard library.
static NATIVES: Natives = Natives {
    builtins: crate::builtins::make_builtins_dict,
    modules: crate::stdlib::NATIVE,
    sources: crate::stdlib::EMBEDDED,
    is_stdlib_module: crate::stdlib::stdlib_names::is_stdlib_module,
    cpython_has: crate::stdlib::cpython_names::cpython_has,
};

impl Vm {
    /// A fresh interpreter, boxed: its Python threads hold its address
    /// while they wait for the GIL, so it must never move.
    pub fn new(config: VmConfig) -> Box<Vm> {
        crate::object::alloc::arm_reserve();
        Vm::with_natives(config, &NATIVES)
    }
}
