//! The watchdog, the RSS sampler and the progress line: one thread that
//! looks at the run every 100 ms.

use crate::state::State;
use indicatif::{ProgressBar, ProgressStyle};
use std::sync::atomic::Ordering;
use std::time::{Duration, Instant};

/// Resident memory of the process, in KiB.
pub fn rss_kib() -> u64 {
    std::fs::read_to_string("/proc/self/statm")
        .ok()
        .and_then(|s| s.split_whitespace().nth(1)?.parse::<u64>().ok())
        .map_or(0, |pages| pages * 4)
}

/// What the monitor measured of memory.
pub struct Memory {
    /// RSS when warm-up ended, and the workloads done by then.
    pub warm: Option<(u64, u64)>,
    pub end: u64,
}

/// Watches until the run stops or `deadline` passes. A worker silent for
/// `stall` fails the run, naming what it was doing.
pub fn watch(state: &State, deadline: Instant, warmup: Duration, stall: Duration) -> Memory {
    let bar = ProgressBar::new_spinner();
    bar.set_style(
        ProgressStyle::with_template("{spinner} {elapsed} {msg}")
            .unwrap_or_else(|_| ProgressStyle::default_spinner()),
    );
    let mut warm = None;
    let mut last_plain = Instant::now();
    let plain = bar.is_hidden();
    while !state.stopped() && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(100));
        let rss = rss_kib();
        state.peak_rss.fetch_max(rss, Ordering::Relaxed);
        if warm.is_none() && state.start.elapsed() >= warmup {
            warm = Some((rss, State::get(&state.workloads)));
        }
        let now = state.ms();
        let stall_ms = u64::try_from(stall.as_millis()).unwrap_or(u64::MAX);
        for b in state.beats() {
            if now.saturating_sub(b.at_ms) > stall_ms {
                state.fail(format!(
                    "watchdog: {} made no progress for {} s (stuck in {})",
                    b.name,
                    stall.as_secs(),
                    b.doing
                ));
            }
        }
        let stale = crate::chaos::STALE_ENTRIES.load(Ordering::Relaxed);
        if stale > 0 {
            state.fail(format!(
                "swap: {stale} executors were entered as valid after a swap away from their optimizer returned"
            ));
        }
        let line = progress(state, rss);
        if plain {
            // No terminal (CI): a plain line every 5 s.
            if last_plain.elapsed() >= Duration::from_secs(5) {
                eprintln!("[{:>5.1}s] {line}", state.start.elapsed().as_secs_f64());
                last_plain = Instant::now();
            }
        } else {
            bar.set_message(line);
            bar.tick();
        }
    }
    bar.finish_and_clear();
    Memory {
        warm,
        end: rss_kib(),
    }
}

fn progress(state: &State, rss: u64) -> String {
    format!(
        "workloads {} | executors +{} -{} | swaps {} | invalidations {} | messages {} | spawned {} | RSS {} MiB",
        State::get(&state.workloads),
        State::get(&state.executors_created),
        State::get(&state.executors_invalidated),
        State::get(&state.swaps),
        State::get(&state.invalidations),
        State::get(&state.messages),
        State::get(&state.spawned),
        rss / 1024
    )
}
