//! Embedding Coral: spawn N interpreters, give each a share of the work,
//! and gather their answers through one queue.
//!
//! `cargo run --release -p coral-runtime --example embed [N]`
//!
//! Each interpreter runs on its own thread with its own GIL, so the N
//! workers count primes in parallel; they share no objects, only the queue.

use coral_runtime::{InterpreterConfig, Queue, Runtime, Shareable};
use std::time::Instant;

#[global_allocator]
static GLOBAL: coral_runtime::alloc::Mimalloc = coral_runtime::alloc::Mimalloc;

const WORKER: &str = r#"
def count_primes(lo, hi):
    n = 0
    for k in range(max(lo, 2), hi):
        d = 2
        while d * d <= k:
            if k % d == 0:
                break
            d += 1
        else:
            n += 1
    results.put((lo, n))
"#;

fn main() -> Result<(), coral_runtime::Error> {
    let n: i64 = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(4);
    let span = 200_000 / n;
    let rt = Runtime::default();
    let results = Queue::new(0);
    let workers = (0..n)
        .map(|_| {
            let w = rt.spawn(InterpreterConfig::default())?;
            w.prepare_main(vec![("results".into(), results.clone().into())])?;
            w.exec(WORKER)?;
            Ok(w)
        })
        .collect::<Result<Vec<_>, coral_runtime::Error>>()?;
    let start = Instant::now();
    // Submit without waiting, so all workers run at once.
    let pending = workers
        .iter()
        .enumerate()
        .map(|(i, w)| {
            let lo = i as i64 * span;
            w.submit_call("count_primes", vec![lo.into(), (lo + span).into()])
        })
        .collect::<Result<Vec<_>, _>>()?;
    for p in pending {
        p.wait()?;
    }
    let mut total = 0;
    while let Ok(Shareable::Tuple(pair)) = results.try_get() {
        if let [Shareable::Int(lo), Shareable::Int(count)] = pair.as_slice() {
            println!("primes in [{lo}, {}): {count}", lo + span);
            total += count;
        }
    }
    println!(
        "{total} primes below {} with {n} interpreters in {:.2?}",
        n * span,
        start.elapsed()
    );
    for w in workers {
        w.close()?;
    }
    Ok(())
}
