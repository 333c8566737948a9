use std::alloc::{GlobalAlloc, Layout};
use std::collections::BTreeMap;
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};
use std::sync::Mutex;
struct Counting;
static ON: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);
static BYTES: AtomicUsize = AtomicUsize::new(0);
static N: AtomicUsize = AtomicUsize::new(0);
static SIZES: Mutex<Option<BTreeMap<usize, usize>>> = Mutex::new(None);
thread_local! { static IN: std::cell::Cell<bool> = const { std::cell::Cell::new(false) }; }
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, l: Layout) -> *mut u8 {
        if ON.load(Relaxed) && !IN.with(|c| c.replace(true)) {
            BYTES.fetch_add(l.size(), Relaxed);
            N.fetch_add(1, Relaxed);
            if let Ok(mut g) = SIZES.lock() {
                *g.get_or_insert_with(BTreeMap::new)
                    .entry(l.size())
                    .or_default() += 1;
            }
            IN.with(|c| c.set(false));
        }
        unsafe { coral_runtime::alloc::Mimalloc.alloc(l) }
    }
    unsafe fn dealloc(&self, p: *mut u8, l: Layout) {
        unsafe { coral_runtime::alloc::Mimalloc.dealloc(p, l) }
    }
}
#[global_allocator]
static G: Counting = Counting;
fn main() {
    let mut vm = coral_interp::Vm::new(Default::default());
    drop(vm);
    ON.store(true, Relaxed);
    vm = coral_interp::Vm::new(Default::default());
    println!(
        "Vm::new: {} allocs, {} bytes",
        N.load(Relaxed),
        BYTES.load(Relaxed)
    );
    vm.exec_main("pass", "<s>").unwrap();
    println!(
        "+pass: {} allocs, {} bytes",
        N.load(Relaxed),
        BYTES.load(Relaxed)
    );
    ON.store(false, Relaxed);
    let g = SIZES.lock().unwrap();
    let classes: Vec<_> = g
        .as_ref()
        .unwrap()
        .iter()
        .map(|(s, n)| format!("{s}x{n}"))
        .collect();
    println!("{} sizes: {}", classes.len(), classes.join(" "));
}
