//! What every thread of a stress run shares: the counters the progress
//! line and the report show, the failures, and each worker's heartbeat
//! for the watchdog.

use serde::Serialize;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Mutex, MutexGuard};
use std::time::Instant;

/// Counters, failures and heartbeats of one run.
pub struct State {
    pub start: Instant,
    pub seed: u64,
    /// Set when the run must stop (deadline or failure).
    pub stop: AtomicBool,
    pub workloads: AtomicU64,
    pub messages: AtomicU64,
    pub swaps: AtomicU64,
    pub invalidations: AtomicU64,
    pub spawned: AtomicU64,
    pub closed_busy: AtomicU64,
    pub interrupts: AtomicU64,
    pub executors_created: AtomicU64,
    pub executors_invalidated: AtomicU64,
    pub peak_rss: AtomicU64,
    failures: Mutex<Vec<String>>,
    /// Per worker: milliseconds since `start` of its last progress, and
    /// what it is running.
    beats: Mutex<Vec<Beat>>,
}

/// A worker's last sign of life.
#[derive(Clone)]
pub struct Beat {
    pub name: String,
    pub at_ms: u64,
    pub doing: &'static str,
}

/// Locks, recovering from a poisoned lock: the data is plain.
pub fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
}

impl State {
    pub fn new(seed: u64) -> State {
        State {
            start: Instant::now(),
            seed,
            stop: AtomicBool::new(false),
            workloads: AtomicU64::new(0),
            messages: AtomicU64::new(0),
            swaps: AtomicU64::new(0),
            invalidations: AtomicU64::new(0),
            spawned: AtomicU64::new(0),
            closed_busy: AtomicU64::new(0),
            interrupts: AtomicU64::new(0),
            executors_created: AtomicU64::new(0),
            executors_invalidated: AtomicU64::new(0),
            peak_rss: AtomicU64::new(0),
            failures: Mutex::new(Vec::new()),
            beats: Mutex::new(Vec::new()),
        }
    }

    pub fn stopped(&self) -> bool {
        self.stop.load(Ordering::Relaxed)
    }

    pub fn ms(&self) -> u64 {
        u64::try_from(self.start.elapsed().as_millis()).unwrap_or(u64::MAX)
    }

    /// Records a failure and stops the run.
    pub fn fail(&self, what: String) {
        lock(&self.failures).push(what);
        self.stop.store(true, Ordering::Relaxed);
    }

    pub fn failures(&self) -> Vec<String> {
        lock(&self.failures).clone()
    }

    /// Registers a worker; returns its heartbeat slot.
    pub fn register(&self, name: String) -> usize {
        let mut beats = lock(&self.beats);
        beats.push(Beat {
            name,
            at_ms: self.ms(),
            doing: "starting",
        });
        beats.len() - 1
    }

    /// Worker `slot` is alive and about to run `doing`.
    pub fn beat(&self, slot: usize, doing: &'static str) {
        let now = self.ms();
        if let Some(b) = lock(&self.beats).get_mut(slot) {
            b.at_ms = now;
            b.doing = doing;
        }
    }

    pub fn beats(&self) -> Vec<Beat> {
        lock(&self.beats).clone()
    }

    pub fn add(counter: &AtomicU64, n: u64) {
        counter.fetch_add(n, Ordering::Relaxed);
    }

    pub fn get(counter: &AtomicU64) -> u64 {
        counter.load(Ordering::Relaxed)
    }
}

/// The run's outcome, as `--json` prints it.
#[derive(Serialize)]
pub struct Report {
    pub seed: u64,
    pub seconds: f64,
    pub interpreters: usize,
    pub chaos: Vec<String>,
    pub workloads: u64,
    pub messages: u64,
    pub executors_created: u64,
    pub executors_invalidated: u64,
    pub optimizer_swaps: u64,
    pub invalidation_requests: u64,
    pub interpreters_spawned: u64,
    pub closed_while_busy: u64,
    pub interrupts: u64,
    pub peak_rss_kib: u64,
    pub rss_drift_kib: i64,
    pub failures: Vec<String>,
}
