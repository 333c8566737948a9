use coral_runtime::{InterpreterConfig, OutputMode, Runtime};
#[global_allocator]
static GLOBAL: coral_runtime::alloc::Mimalloc = coral_runtime::alloc::Mimalloc;
fn rss() -> u64 {
    let statm = std::fs::read_to_string("/proc/self/statm").unwrap_or_default();
    statm
        .split_whitespace()
        .nth(1)
        .and_then(|p| p.parse().ok())
        .unwrap_or(0u64)
        * 4096
}
fn main() {
    let rt = Runtime::default();
    let cfg = || InterpreterConfig {
        output: OutputMode::Capture,
        ..Default::default()
    };
    for _ in 0..20 {
        rt.spawn(cfg()).unwrap().close().unwrap();
    }
    for exec in ["", "pass"] {
        let b = rss();
        let v: Vec<_> = (0..100)
            .map(|_| {
                let i = rt.spawn(cfg()).unwrap();
                if !exec.is_empty() {
                    i.exec(exec).unwrap();
                } else {
                    i.stats();
                }
                i
            })
            .collect();
        std::thread::sleep(std::time::Duration::from_millis(200));
        println!(
            "{exec:?}: {:.1} KiB per interpreter",
            (rss() - b) as f64 / 100.0 / 1024.0
        );
        let smaps = std::fs::read_to_string("/proc/self/smaps").unwrap();
        let mut cur = String::new();
        let mut by: std::collections::BTreeMap<String, u64> = Default::default();
        for l in smaps.lines() {
            if l.contains('-')
                && !l.starts_with("Rss")
                && l.split_whitespace().count() >= 5
                && l.chars().next().unwrap().is_ascii_hexdigit()
            {
                let f: Vec<_> = l.split_whitespace().collect();
                let r: Vec<u64> = f[0]
                    .split('-')
                    .map(|x| u64::from_str_radix(x, 16).unwrap())
                    .collect();
                let size = (r[1] - r[0]) >> 20;
                cur = format!("{}MiB {}", size, f.get(5).unwrap_or(&""));
            } else if let Some(v) = l.strip_prefix("Rss:") {
                *by.entry(cur.clone()).or_default() += v
                    .trim()
                    .trim_end_matches(" kB")
                    .trim()
                    .parse::<u64>()
                    .unwrap();
            }
        }
        for (k, v) in by {
            if v > 500 {
                println!("   {k}: {v} kB");
            }
        }
        for i in v {
            i.close().unwrap();
        }
    }
    let b = rss();
    let hs: Vec<_> = (0..100)
        .map(|_| {
            std::thread::Builder::new()
                .stack_size(256 << 20)
                .spawn(|| std::thread::sleep(std::time::Duration::from_millis(300)))
                .unwrap()
        })
        .collect();
    std::thread::sleep(std::time::Duration::from_millis(100));
    println!(
        "bare thread: {:.1} KiB",
        (rss() - b) as f64 / 100.0 / 1024.0
    );
    for h in hs {
        h.join().unwrap();
    }
    for sizes in [
        vec![
            16usize, 32, 48, 64, 80, 96, 112, 128, 256, 512, 1024, 2048, 4096,
        ],
        vec![32768],
        vec![8192, 8192],
    ] {
        let b = rss();
        let hs: Vec<_> = (0..100)
            .map(|_| {
                let sizes = sizes.clone();
                std::thread::Builder::new()
                    .stack_size(256 << 20)
                    .spawn(move || {
                        let v: Vec<Vec<u8>> = sizes
                            .iter()
                            .map(|&n| {
                                let mut v = Vec::with_capacity(n);
                                v.push(1u8);
                                v
                            })
                            .collect();
                        std::thread::sleep(std::time::Duration::from_millis(300));
                        drop(v)
                    })
                    .unwrap()
            })
            .collect();
        std::thread::sleep(std::time::Duration::from_millis(100));
        println!(
            "thread + sizes {sizes:?}: {:.1} KiB",
            (rss() - b) as f64 / 100.0 / 1024.0
        );
        for h in hs {
            h.join().unwrap();
        }
    }
    let b = rss();
    let hs: Vec<_> = (0..100)
        .map(|_| {
            std::thread::Builder::new()
                .stack_size(256 << 20)
                .spawn(|| {
                    let v: Vec<Box<[u8; 40]>> = (0..10).map(|_| Box::new([0u8; 40])).collect();
                    std::thread::sleep(std::time::Duration::from_millis(300));
                    drop(v)
                })
                .unwrap()
        })
        .collect();
    std::thread::sleep(std::time::Duration::from_millis(100));
    println!(
        "thread + 10 small allocs: {:.1} KiB",
        (rss() - b) as f64 / 100.0 / 1024.0
    );
    for h in hs {
        h.join().unwrap();
    }
}
