//! `coral-stress`: many interpreters, hot optimizers, invalidations, swaps
//! and messages at once, with every result checked.
//!
//! Interpreters run the workload corpus (`workload.rs`) in a loop, each
//! checking its output against CPython's; message groups pass numbered
//! messages through queues; chaos threads (`chaos.rs`) swap optimizers,
//! invalidate executors, churn interpreters, plant a faulty optimizer and
//! interrupt hot loops. A watchdog fails the run when a worker stops making
//! progress, and RSS is sampled for growth after warm-up. Any failure exits
//! with status 1 and a report that names the seed.

mod chaos;
mod monitor;
mod state;
mod workers;
mod workload;

use clap::Parser;
use coral_runtime::{InterpreterConfig, OutputMode, Runtime};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use state::{Report, State};
use std::process::ExitCode;
use std::sync::Arc;
use std::time::{Duration, Instant};

#[global_allocator]
static GLOBAL: coral_runtime::alloc::Mimalloc = coral_runtime::alloc::Mimalloc;

#[derive(Parser)]
#[command(
    name = "coral-stress",
    about = "Run many Coral interpreters under chaos and check every result."
)]
struct Cli {
    /// How long to run, in seconds.
    #[arg(long, default_value_t = 20.0)]
    duration: f64,
    /// The seed of the whole schedule (random if not given).
    #[arg(long)]
    seed: Option<u64>,
    /// Interpreters running workloads (default: twice the cores).
    #[arg(long)]
    interpreters: Option<usize>,
    /// Groups of three interpreters passing messages through a queue.
    #[arg(long, default_value_t = 1)]
    message_groups: usize,
    /// Chaos modes, comma-separated: swap, invalidate, churn, faulty,
    /// interrupt, or all, or none.
    #[arg(long, default_value = "all")]
    chaos: String,
    /// Back edges before a loop is hot (low: many executors).
    #[arg(long, default_value_t = 8)]
    hot_threshold: u32,
    /// Seconds without progress before the watchdog fails the run.
    #[arg(long, default_value_t = 20)]
    stall: u64,
    /// Allowed RSS growth after warm-up, in KiB per completed workload
    /// (beyond 32 MiB of slack).
    #[arg(long, default_value_t = 4)]
    max_growth_kib: u64,
    /// Print the report as one JSON object.
    #[arg(long)]
    json: bool,
}

fn parse_chaos(list: &str) -> Result<Vec<String>, String> {
    match list {
        "all" => return Ok(chaos::MODES.iter().map(|m| m.to_string()).collect()),
        "none" | "" => return Ok(Vec::new()),
        _ => {}
    }
    list.split(',')
        .map(|m| {
            let m = m.trim();
            if chaos::MODES.contains(&m) {
                Ok(m.to_string())
            } else {
                Err(format!(
                    "unknown chaos mode '{m}' (known: {})",
                    chaos::MODES.join(", ")
                ))
            }
        })
        .collect()
}

/// Keeps the faulty optimizer's planted panics (caught by the VM, as they
/// should be) off stderr; any other panic is reported as usual.
fn quiet_planted_panics() {
    let default = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let planted = info
            .payload()
            .downcast_ref::<&str>()
            .is_some_and(|m| m.contains(chaos::PLANTED));
        if !planted {
            default(info);
        }
    }));
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    quiet_planted_panics();
    let modes = match parse_chaos(&cli.chaos) {
        Ok(m) => m,
        Err(e) => {
            eprintln!("coral-stress: {e}");
            return ExitCode::from(2);
        }
    };
    let seed = cli.seed.unwrap_or_else(|| {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(1, |d| d.as_nanos() as u64)
    });
    let cores = std::thread::available_parallelism().map_or(2, |n| n.get());
    let n = cli.interpreters.unwrap_or(2 * cores).max(1);
    let on = |m: &str| modes.iter().any(|x| x == m);
    eprintln!(
        "coral-stress: seed {seed}, {n} interpreters, {} message groups, chaos [{}], {} s",
        cli.message_groups,
        modes.join(","),
        cli.duration
    );
    let state = State::new(seed);
    let rt = Runtime::default();
    let mut rng = StdRng::seed_from_u64(seed);
    let optimizers = chaos::optimizers(seed, on("faulty"));
    let config = |rng: &mut StdRng| InterpreterConfig {
        output: OutputMode::Capture,
        optimizer: optimizers[rng.gen_range(0..optimizers.len())].clone(),
        hot_threshold: cli.hot_threshold,
        ..InterpreterConfig::default()
    };
    let mut interps = Vec::with_capacity(n);
    for _ in 0..n {
        match rt.spawn(config(&mut rng)) {
            Ok(i) => interps.push(i),
            Err(e) => {
                eprintln!("coral-stress: cannot spawn: {e}");
                return ExitCode::from(2);
            }
        }
    }
    State::add(&state.spawned, n as u64);
    let targets = Arc::new(interps);
    let deadline = Instant::now() + Duration::from_secs_f64(cli.duration.max(0.1));
    let warmup = Duration::from_secs_f64((cli.duration * 0.25).min(10.0));
    let stall = Duration::from_secs(cli.stall.max(1));
    let memory = std::thread::scope(|s| {
        for interp in targets.iter() {
            let slot = state.register(format!("interpreter {}", interp.id()));
            let (state, seed) = (&state, rng.gen());
            s.spawn(move || workers::run_workloads(state, interp, seed, slot));
        }
        for g in 0..cli.message_groups {
            let slot = state.register(format!("message group {g}"));
            let cfg = config(&mut rng);
            let (state, rt) = (&state, &rt);
            s.spawn(move || workers::run_messages(state, rt, &cfg, slot));
        }
        if on("swap") {
            let (state, targets, seed) = (&state, &targets, rng.gen());
            let faulty = on("faulty");
            s.spawn(move || chaos::swap(state, targets, seed, faulty));
        }
        if on("invalidate") {
            let (state, targets, seed) = (&state, &targets, rng.gen());
            s.spawn(move || chaos::invalidate(state, targets, seed));
        }
        if on("churn") {
            let slot = state.register("churn".into());
            let (state, rt, seed, cfg) = (&state, &rt, rng.gen(), config(&mut rng));
            s.spawn(move || chaos::churn(state, rt, &cfg, seed, slot));
        }
        if on("interrupt") {
            let slot = state.register("interrupt".into());
            let (state, rt, seed, cfg) = (&state, &rt, rng.gen(), config(&mut rng));
            s.spawn(move || chaos::interrupt(state, rt, &cfg, seed, slot));
        }
        let memory = monitor::watch(&state, deadline, warmup, stall);
        state.stop.store(true, std::sync::atomic::Ordering::Relaxed);
        // Threads finish their current step; one that never does is a
        // hang at shutdown.
        let beats = state.beats();
        let failures = state.failures();
        std::thread::spawn(move || {
            std::thread::sleep(stall);
            eprintln!("coral-stress: FAILED (seed {seed})");
            // What stopped the run comes first: a stuck worker usually
            // is the failure, and the hang at shutdown its consequence.
            for f in failures {
                eprintln!("  {f}");
            }
            eprintln!(
                "  and a worker did not stop within {} s; last seen:",
                stall.as_secs()
            );
            for b in beats {
                eprintln!("    {} in {}", b.name, b.doing);
            }
            std::process::exit(1);
        });
        memory
    });
    finish(&cli, &state, n, modes, &memory)
}

/// Checks memory growth, prints the report, and picks the exit status.
fn finish(
    cli: &Cli,
    state: &State,
    n: usize,
    modes: Vec<String>,
    memory: &monitor::Memory,
) -> ExitCode {
    let done = State::get(&state.workloads);
    let drift = memory
        .warm
        .map_or(0, |(rss, _)| memory.end as i64 - rss as i64);
    if let Some((rss, done_warm)) = memory.warm {
        let after = done.saturating_sub(done_warm).max(1);
        let growth = memory.end.saturating_sub(rss);
        if growth > 32 * 1024 && growth / after > cli.max_growth_kib {
            state.fail(format!(
                "memory: RSS grew by {growth} KiB after warm-up, {} KiB per workload (limit {})",
                growth / after,
                cli.max_growth_kib
            ));
        }
    }
    let report = Report {
        seed: state.seed,
        seconds: state.start.elapsed().as_secs_f64(),
        interpreters: n,
        chaos: modes,
        workloads: done,
        messages: State::get(&state.messages),
        executors_created: State::get(&state.executors_created),
        executors_invalidated: State::get(&state.executors_invalidated),
        optimizer_swaps: State::get(&state.swaps),
        invalidation_requests: State::get(&state.invalidations),
        interpreters_spawned: State::get(&state.spawned),
        closed_while_busy: State::get(&state.closed_busy),
        interrupts: State::get(&state.interrupts),
        peak_rss_kib: State::get(&state.peak_rss),
        rss_drift_kib: drift,
        failures: state.failures(),
    };
    if cli.json {
        match serde_json::to_string(&report) {
            Ok(j) => println!("{j}"),
            Err(e) => eprintln!("coral-stress: cannot write the report: {e}"),
        }
    } else {
        print_table(&report);
    }
    if report.failures.is_empty() {
        ExitCode::SUCCESS
    } else {
        eprintln!(
            "coral-stress: FAILED; reproduce with --seed {}",
            report.seed
        );
        for f in &report.failures {
            eprintln!("  {f}");
        }
        ExitCode::from(1)
    }
}

fn print_table(r: &Report) {
    let rows: [(&str, String); 14] = [
        ("seed", r.seed.to_string()),
        ("seconds", format!("{:.1}", r.seconds)),
        ("interpreters", r.interpreters.to_string()),
        ("chaos", r.chaos.join(",")),
        ("workloads checked", r.workloads.to_string()),
        ("messages checked", r.messages.to_string()),
        ("executors created", r.executors_created.to_string()),
        ("executors invalidated", r.executors_invalidated.to_string()),
        ("optimizer swaps", r.optimizer_swaps.to_string()),
        ("invalidation requests", r.invalidation_requests.to_string()),
        ("interpreters spawned", r.interpreters_spawned.to_string()),
        (
            "closed while busy / interrupts",
            format!("{} / {}", r.closed_while_busy, r.interrupts),
        ),
        (
            "peak RSS",
            format!("{:.1} MiB", r.peak_rss_kib as f64 / 1024.0),
        ),
        (
            "RSS drift after warm-up",
            format!("{:+} KiB", r.rss_drift_kib),
        ),
    ];
    for (k, v) in rows {
        println!("{k:<32} {v}");
    }
    println!(
        "{:<32} {}",
        "result",
        if r.failures.is_empty() {
            "ok"
        } else {
            "FAILED"
        }
    );
}
