//! `coral-bench-runtime`: the multi-interpreter figures of issue 4, measured
//! through the embedding API and printed beside CPython 3.14's published
//! figures (3.14 is not installed here; `python3` 3.11 runs the threads
//! contrast, which needs no `concurrent.interpreters`).
//!
//! - spawn: create an interpreter and run `pass` in it (median), on a
//!   pooled interpreter thread and on a new one;
//! - idle memory: RSS growth per interpreter over 100 idle interpreters;
//! - queue round trip: interpreter A puts, B gets and puts back, A gets;
//! - CPU scaling: N interpreters each running the same loop, N = 1..cores,
//!   efficiency time(1) / time(N) (best of three runs each); and N Python
//!   threads in one interpreter (one GIL) under coral and under python3
//!   for contrast;
//! - churn: RSS after spawning and closing 10,000 interpreters, against the
//!   RSS before.

use clap::Parser;
use coral_runtime::{InterpreterConfig, OutputMode, Queue, Runtime, Shareable};
use std::process::Command;
use std::time::{Duration, Instant};

#[global_allocator]
static GLOBAL: coral_runtime::alloc::Mimalloc = coral_runtime::alloc::Mimalloc;

#[derive(Parser, Debug)]
#[command(
    name = "coral-bench-runtime",
    about = "Measure spawning, memory, queues and CPU scaling of Coral interpreters."
)]
struct Cli {
    /// Interpreters created and closed in the churn measurement.
    #[arg(long, default_value_t = 10_000)]
    churn: usize,
    /// Loop iterations of the CPU-scaling work item.
    #[arg(long, default_value_t = 10_000_000)]
    work: u64,
    /// The reference Python for the threads contrast.
    #[arg(long, default_value = "python3")]
    python: String,
}

fn config() -> InterpreterConfig {
    InterpreterConfig {
        output: OutputMode::Capture,
        ..InterpreterConfig::default()
    }
}

/// Resident set size of this process, in bytes.
fn rss() -> u64 {
    let statm = std::fs::read_to_string("/proc/self/statm").unwrap_or_default();
    let pages: u64 = statm
        .split_whitespace()
        .nth(1)
        .and_then(|p| p.parse().ok())
        .unwrap_or(0);
    pages * 4096
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v.get(v.len() / 2).copied().unwrap_or(f64::NAN)
}

type Res<T> = Result<T, Box<dyn std::error::Error>>;

fn spawn_time(rt: &Runtime) -> Res<(f64, f64)> {
    let mut spawn = Vec::new();
    let mut close = Vec::new();
    for _ in 0..300 {
        let t = Instant::now();
        let i = rt.spawn(config())?;
        i.exec("pass")?;
        spawn.push(t.elapsed().as_secs_f64());
        let t = Instant::now();
        i.close()?;
        close.push(t.elapsed().as_secs_f64());
    }
    Ok((median(spawn), median(close)))
}

/// Spawn and first job on a fresh runtime: a new OS thread, a cold
/// allocator heap.
fn cold_spawn_time() -> Res<f64> {
    let mut v = Vec::new();
    for _ in 0..50 {
        let rt = Runtime::default();
        let t = Instant::now();
        let i = rt.spawn(config())?;
        i.exec("pass")?;
        v.push(t.elapsed().as_secs_f64());
    }
    Ok(median(v))
}

fn idle_memory(rt: &Runtime) -> Res<f64> {
    // Warm up the allocator and the thread machinery first.
    for _ in 0..20 {
        rt.spawn(config())?.close()?;
    }
    let before = rss();
    let all = (0..100)
        .map(|_| {
            let i = rt.spawn(config())?;
            i.exec("pass")?;
            Ok(i)
        })
        .collect::<Res<Vec<_>>>()?;
    let after = rss();
    for i in all {
        i.close()?;
    }
    Ok(after.saturating_sub(before) as f64 / 100.0)
}

fn queue_round_trip(rt: &Runtime) -> Res<f64> {
    let (req, rep) = (Queue::new(0), Queue::new(0));
    let echo = rt.spawn(config())?;
    let client = rt.spawn(config())?;
    for i in [&echo, &client] {
        i.prepare_main(vec![
            ("req".into(), req.clone().into()),
            ("rep".into(), rep.clone().into()),
        ])?;
    }
    let done = echo.submit_exec(
        "while True:\n    x = req.get()\n    if x is None:\n        break\n    rep.put(x)\n",
    )?;
    client.exec(
        "import time\ndef trips(n):\n    t = time.perf_counter()\n    for i in range(n):\n        req.put(i)\n        rep.get()\n    return (time.perf_counter() - t) / n\n",
    )?;
    client.call("trips", vec![Shareable::Int(1000)])?;
    let per = client.call("trips", vec![Shareable::Int(20000)])?;
    req.put(Shareable::None, None)?;
    done.wait()?;
    match per {
        Shareable::Float(s) => Ok(s),
        other => Err(format!("unexpected result {other:?}").into()),
    }
}

fn work_source(n: u64) -> String {
    format!("def work():\n    t = 0\n    for i in range({n}):\n        t += i % 7\n    return t\n")
}

/// Wall time of `n` interpreters each running `work()` once, at the same time.
fn interpreters_wall(rt: &Runtime, n: usize, work: u64) -> Res<f64> {
    let all = (0..n)
        .map(|_| {
            let i = rt.spawn(config())?;
            i.exec(&work_source(work))?;
            Ok(i)
        })
        .collect::<Res<Vec<_>>>()?;
    let t = Instant::now();
    let pending = all
        .iter()
        .map(|i| i.submit_call("work", vec![]))
        .collect::<Result<Vec<_>, _>>()?;
    for p in pending {
        p.wait()?;
    }
    let wall = t.elapsed().as_secs_f64();
    for i in all {
        i.close()?;
    }
    Ok(wall)
}

fn threads_script(n: usize, work: u64) -> String {
    format!(
        "import threading, time\n{}ts = [threading.Thread(target=work) for _ in range({n})]\nt0 = time.perf_counter()\nfor t in ts: t.start()\nfor t in ts: t.join()\nprint(time.perf_counter() - t0)\n",
        work_source(work)
    )
}

/// Wall time of `n` Python threads in one coral interpreter.
fn coral_threads_wall(rt: &Runtime, n: usize, work: u64) -> Res<f64> {
    let i = rt.spawn(config())?;
    i.exec(&threads_script(n, work))?;
    let out = i.take_output().stdout;
    i.close()?;
    Ok(out.trim().parse()?)
}

/// Wall time of `n` Python threads under the reference python.
fn python_threads_wall(python: &str, n: usize, work: u64) -> Res<f64> {
    let out = Command::new(python)
        .arg("-c")
        .arg(threads_script(n, work))
        .output()?;
    Ok(String::from_utf8_lossy(&out.stdout).trim().parse()?)
}

fn churn(rt: &Runtime, count: usize) -> Res<(u64, u64)> {
    for _ in 0..200 {
        let i = rt.spawn(config())?;
        i.exec("pass")?;
        i.close()?;
    }
    let before = rss();
    for _ in 0..count {
        let i = rt.spawn(config())?;
        i.exec("x = [str(k) for k in range(10)]")?;
        i.close()?;
    }
    Ok((before, rss()))
}

fn main() -> Res<()> {
    let cli = Cli::parse();
    let rt = Runtime::default();
    let cores = std::thread::available_parallelism().map_or(2, usize::from);
    let (spawn, close) = spawn_time(&rt)?;
    let cold = cold_spawn_time()?;
    let idle = idle_memory(&rt)?;
    let rtt = queue_round_trip(&rt)?;
    println!("| measure | coral | CPython 3.14 | target |");
    println!("|---|---:|---:|---:|");
    println!(
        "| spawn (create + run `pass`) | {:.1} µs | 6.5 ms | < 50 µs |",
        spawn * 1e6
    );
    println!(
        "| spawn on a new OS thread (fresh runtime) | {:.1} µs | | |",
        cold * 1e6
    );
    println!("| close | {:.1} µs | | |", close * 1e6);
    println!(
        "| idle interpreter (RSS per interpreter, 100 of them) | {:.1} KiB | 2.1 MiB | < 64 KiB |",
        idle / 1024.0
    );
    println!(
        "| queue round trip (Python put/get between two interpreters) | {:.1} µs | ~10 ms | < 20 µs |",
        rtt * 1e6
    );
    // Best of three: the machine's other load only ever adds time.
    let best = |f: &dyn Fn() -> Res<f64>| -> Res<f64> { Ok(f()?.min(f()?).min(f()?)) };
    let base = best(&|| interpreters_wall(&rt, 1, cli.work))?;
    let coral_t1 = best(&|| coral_threads_wall(&rt, 1, cli.work))?;
    let py_t1 = best(&|| python_threads_wall(&cli.python, 1, cli.work))?;
    for n in 2..=cores {
        let wall = best(&|| interpreters_wall(&rt, n, cli.work))?;
        let ct = best(&|| coral_threads_wall(&rt, n, cli.work))?;
        let pt = best(&|| python_threads_wall(&cli.python, n, cli.work))?;
        println!(
            "| CPU scaling, {n} interpreters: efficiency time(1)/time({n}) | {:.2} ({:.3} s vs {:.3} s) | | ≥ 0.9 |",
            base / wall,
            base,
            wall
        );
        println!(
            "| {n} threads in one interpreter: speed-up time(1)·{n}/time({n}) | coral {:.2}, python3 {:.2} | | ~1.0 (the GIL) |",
            coral_t1 * n as f64 / ct,
            py_t1 * n as f64 / pt
        );
    }
    let (before, after) = churn(&rt, cli.churn)?;
    println!(
        "| RSS after spawning and closing {} interpreters | {:.1} MiB → {:.1} MiB ({:+.1}%) | | within 10% |",
        cli.churn,
        before as f64 / 1048576.0,
        after as f64 / 1048576.0,
        (after as f64 / before as f64 - 1.0) * 100.0
    );
    std::thread::sleep(Duration::from_millis(1));
    Ok(())
}
