//! The load: interpreters running workloads in a loop and checking their
//! own output, and groups of interpreters passing numbered messages
//! through queues.

use crate::state::State;
use crate::workload::CORPUS;
use coral_runtime::{Error, Interpreter, Queue, Runtime};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use std::sync::Arc;

/// Runs workloads on `interp` until the run stops; every output must be
/// CPython's. The first run of a workload executes its whole source (the
/// definitions, then `main()`, as `python3 NAME.py` does); later runs call
/// its `main()` again, so its functions stay hot across runs and keep
/// their executors.
pub fn run_workloads(state: &State, interp: &Interpreter, seed: u64, slot: usize) {
    let mut rng = StdRng::seed_from_u64(seed);
    let mut loaded = vec![false; CORPUS.len()];
    while !state.stopped() {
        let k = rng.gen_range(0..CORPUS.len());
        let w = &CORPUS[k];
        state.beat(slot, w.name);
        let source = if loaded[k] {
            format!("main_{}()", w.name)
        } else {
            loaded[k] = true;
            format!(
                "{}
main_{} = main
",
                w.source, w.name
            )
        };
        let result = interp.exec(&source);
        let out = interp.take_output();
        match result {
            Ok(()) if out.stdout == w.expected => State::add(&state.workloads, 1),
            Ok(()) => {
                state.fail(format!(
                    "interpreter {}: workload {} printed {:?}, expected {:?}",
                    interp.id(),
                    w.name,
                    out.stdout,
                    w.expected
                ));
            }
            Err(e) => {
                state.fail(format!(
                    "interpreter {}: workload {} failed: {e}\n{}",
                    interp.id(),
                    w.name,
                    describe(&e)
                ));
            }
        }
        record_optimizer(state, interp);
    }
}

/// The traceback of a Python exception, or nothing.
pub fn describe(e: &Error) -> String {
    match e {
        Error::Exception(info) => info.traceback.clone(),
        _ => String::new(),
    }
}

/// Keeps the largest executor counts seen per interpreter in the totals.
fn record_optimizer(state: &State, interp: &Interpreter) {
    // The totals are sums over interpreters of monotonic counters; each
    // worker adds the increase since its last look.
    thread_local! {
        static SEEN: std::cell::Cell<(u64, u64)> = const { std::cell::Cell::new((0, 0)) };
    }
    let s = interp.stats().optimizer;
    SEEN.with(|seen| {
        let (c, i) = seen.get();
        State::add(
            &state.executors_created,
            s.executors_created.saturating_sub(c),
        );
        State::add(
            &state.executors_invalidated,
            s.executors_invalidated.saturating_sub(i),
        );
        seen.set((s.executors_created.max(c), s.executors_invalidated.max(i)));
    });
}

/// Messages each producer sends per round.
const BATCH: u64 = 200;

/// Two producers and one consumer pass numbered messages through a
/// bounded queue; the consumer checks that nothing is lost, duplicated or
/// reordered per producer.
pub fn run_messages(
    state: &State,
    rt: &Runtime,
    cfg: &coral_runtime::InterpreterConfig,
    slot: usize,
) {
    let make = || rt.spawn(cfg.clone());
    let (Ok(p0), Ok(p1), Ok(consumer)) = (make(), make(), make()) else {
        state.fail("cannot spawn the message interpreters".into());
        return;
    };
    let q = Queue::new(64);
    for i in [&p0, &p1, &consumer] {
        if let Err(e) = i.prepare_main(vec![("q".into(), q.clone().into())]) {
            state.fail(format!("prepare_main for messages: {e}"));
            return;
        }
    }
    let consume = format!(
        "got = 0\nfor _ in range({n}):\n    pid, seq = q.get(timeout=30)\n    if seq != want[pid]:\n        bad.append((pid, seq, want[pid]))\n    want[pid] = seq + 1\n    got += 1\nprint(got, len(bad), want[0], want[1])",
        n = 2 * BATCH
    );
    if let Err(e) = consumer.exec("want = [0, 0]\nbad = []") {
        state.fail(format!("consumer setup: {e}"));
        return;
    }
    let mut base = 0;
    while !state.stopped() {
        state.beat(slot, "messages");
        let produce = |pid: u64| {
            format!(
                "for i in range({base}, {}):\n    q.put(({pid}, i), timeout=30)",
                base + BATCH
            )
        };
        let jobs = [(&p0, produce(0)), (&p1, produce(1))].map(|(p, src)| p.submit_exec(&src));
        let got = consumer.exec(&consume);
        let out = consumer.take_output().stdout;
        for j in jobs {
            if let Err(e) = j.and_then(|j| j.wait()) {
                state.fail(format!("producer failed: {e}\n{}", describe(&e)));
            }
        }
        base += BATCH;
        let want = format!("{} 0 {base} {base}\n", 2 * BATCH);
        match got {
            Ok(()) if out == want => State::add(&state.messages, 2 * BATCH),
            Ok(()) => state.fail(format!(
                "messages: the consumer saw {out:?}, expected {want:?} (lost, duplicated or reordered)"
            )),
            Err(e) => state.fail(format!("consumer failed: {e}\n{}", describe(&e))),
        }
    }
}

/// The interpreters chaos threads may act on.
pub type Targets = Arc<Vec<Interpreter>>;
