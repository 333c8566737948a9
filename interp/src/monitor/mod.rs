//! Layer 7: watching a running program. `sys.settrace` and its events
//! ([`trace`]), instrumented instruction words that trap into the VM
//! ([`instrument`]), and frame objects as Python sees them
//! ([`frame_object`]).

pub mod frame_object;
pub mod instrument;
pub mod trace;
