//! The embedding API from Rust: spawning, jobs, errors, panics, closing,
//! restrictions, queues, and the immortal objects every interpreter shares.

use coral_runtime::{
    Error, InterpreterConfig, OutputMode, Queue, Runtime, RuntimeConfig, Shareable,
};
use std::time::Duration;

fn captured() -> InterpreterConfig {
    InterpreterConfig {
        output: OutputMode::Capture,
        ..InterpreterConfig::default()
    }
}

#[test]
fn exec_keeps_state_and_call_shares_values() {
    let rt = Runtime::default();
    let a = rt.spawn(captured()).expect("spawn");
    a.exec("def f(x, y):\n    return (x * y, str(x), [x, y], {'k': y})\nprint('hi')")
        .expect("exec");
    let r = a
        .call("f", vec![Shareable::Int(6), Shareable::BigInt(7.into())])
        .expect("call");
    assert_eq!(
        r,
        Shareable::Tuple(vec![
            Shareable::Int(42),
            Shareable::Str("6".into()),
            Shareable::List(vec![Shareable::Int(6), Shareable::Int(7)]),
            Shareable::Dict(vec![(Shareable::Str("k".into()), Shareable::Int(7))]),
        ])
    );
    let big = a
        .call("f", vec![Shareable::Int(1 << 40), Shareable::Int(1 << 40)])
        .expect("call");
    let Shareable::Tuple(items) = big else {
        panic!("not a tuple")
    };
    assert_eq!(
        items[0],
        Shareable::BigInt(num_bigint::BigInt::from(1u128 << 80))
    );
    assert_eq!(a.take_output().stdout, "hi\n");
    let stats = a.stats();
    assert_eq!(stats.jobs_ok, 3);
    assert_eq!(stats.jobs_failed, 0);
    a.close().expect("close");
}

#[test]
fn python_exceptions_come_back_as_data() {
    let rt = Runtime::default();
    let a = rt.spawn(captured()).expect("spawn");
    let Err(Error::Exception(info)) = a.exec("def g():\n    raise ValueError('bad 42')\ng()")
    else {
        panic!("expected an exception")
    };
    assert_eq!(info.type_name, "ValueError");
    assert_eq!(info.message, "bad 42");
    assert!(info
        .traceback
        .starts_with("Traceback (most recent call last):"));
    assert!(info.traceback.contains("in g"));
    let Err(Error::Exception(syntax)) = a.exec("x = (") else {
        panic!("expected a SyntaxError")
    };
    assert_eq!(syntax.type_name, "SyntaxError");
    assert_eq!(
        a.call("missing", vec![]),
        Err(Error::NoSuchFunction("missing".into()))
    );
    a.exec("def lam():\n    return lambda: 1").expect("exec");
    assert!(matches!(a.call("lam", vec![]), Err(Error::NotShareable(_))));
    // The interpreter is still usable after all of that.
    a.exec("x = 1").expect("exec");
    assert_eq!(a.stats().jobs_failed, 4);
}

#[test]
fn a_panic_fails_one_interpreter_only() {
    let rt = Runtime::default();
    let bad = rt.spawn(captured()).expect("spawn");
    let good = rt.spawn(captured()).expect("spawn");
    let r = bad.exec("import _interpreters\n_interpreters._test_panic('boom')");
    assert!(
        matches!(&r, Err(Error::Failed { message, .. }) if message == "boom"),
        "{r:?}"
    );
    assert!(matches!(bad.exec("pass"), Err(Error::Failed { .. })));
    assert!(bad.is_closed());
    good.exec("y = sum(range(10))")
        .expect("the other interpreter runs on");
    assert!(!rt.interpreter_ids().contains(&bad.id()));
}

#[test]
fn close_while_busy_and_use_after_close() {
    let rt = Runtime::default();
    let a = rt.spawn(captured()).expect("spawn");
    let pending = a
        .submit_exec("import time\ntime.sleep(0.2)")
        .expect("submit");
    while !a.is_running() {
        std::thread::yield_now();
    }
    assert_eq!(a.close(), Err(Error::Running(a.id())));
    assert_eq!(pending.wait(), Ok(()));
    a.close().expect("close when idle");
    assert_eq!(a.exec("pass"), Err(Error::Closed(a.id())));
    assert_eq!(a.close(), Err(Error::Closed(a.id())));
    assert!(rt.is_empty());
}

#[test]
fn a_busy_loop_is_interrupted_through_the_eval_breaker() {
    let rt = Runtime::default();
    let a = rt.spawn(captured()).expect("spawn");
    let pending = a.submit_exec("while True:\n    pass").expect("submit");
    assert_eq!(
        pending.wait_timeout(Duration::from_millis(50)),
        Err(Error::Timeout)
    );
    a.interrupt();
    let Err(Error::Exception(info)) = pending.wait() else {
        panic!("expected KeyboardInterrupt")
    };
    assert_eq!(info.type_name, "KeyboardInterrupt");
}

/// An interrupt that arrives before the code starts is not lost: the code
/// raises it at its first check, before its first statement, as a pending
/// signal does in CPython. The interpreter works on afterwards.
#[test]
fn an_interrupt_sent_before_the_code_starts_stops_it_at_its_first_check() {
    let rt = Runtime::default();
    let a = rt.spawn(captured()).expect("spawn");
    a.interrupt();
    let Err(Error::Exception(info)) = a.exec("ran = True\nwhile True:\n    pass") else {
        panic!("expected KeyboardInterrupt")
    };
    assert_eq!(info.type_name, "KeyboardInterrupt");
    a.exec("print('ran' in globals())").expect("exec");
    assert_eq!(a.take_output().stdout, "False\n");
}

#[test]
fn interpreters_run_in_parallel_and_never_share_state() {
    let rt = Runtime::default();
    let all: Vec<_> = (0..4)
        .map(|_| rt.spawn(captured()).expect("spawn"))
        .collect();
    for (i, interp) in all.iter().enumerate() {
        interp.exec(&format!("me = {i}")).expect("exec");
    }
    let pending: Vec<_> = all
        .iter()
        .map(|interp| {
            interp
                .submit_exec("total = 0\nfor k in range(300000):\n    total += k % 7\n")
                .expect("submit")
        })
        .collect();
    for p in pending {
        p.wait().expect("work");
    }
    for (i, interp) in all.iter().enumerate() {
        interp
            .exec("def mine():\n    return (me, total)")
            .expect("exec");
        assert_eq!(
            interp.call("mine", vec![]),
            Ok(Shareable::Tuple(vec![
                Shareable::Int(i as i64),
                Shareable::Int(899_997)
            ]))
        );
    }
}

#[test]
fn queues_connect_interpreters_and_rust() {
    let rt = Runtime::default();
    let (req, rep) = (Queue::new(0), Queue::new(4));
    let worker = rt.spawn(captured()).expect("spawn");
    worker
        .prepare_main(vec![
            ("req".into(), req.clone().into()),
            ("rep".into(), rep.clone().into()),
        ])
        .expect("prepare_main");
    let done = worker
        .submit_exec("while True:\n    n = req.get()\n    if n is None:\n        break\n    rep.put((n, n * n))")
        .expect("submit");
    for i in 0..20 {
        req.put(Shareable::Int(i), None).expect("put");
        assert_eq!(
            rep.get(Some(Duration::from_secs(10))),
            Ok(Shareable::Tuple(vec![
                Shareable::Int(i),
                Shareable::Int(i * i)
            ]))
        );
    }
    req.put(Shareable::None, None).expect("put");
    done.wait().expect("worker loop");
}

#[test]
fn restrictions_raise_runtime_error_naming_them() {
    let rt = Runtime::default();
    let locked = rt
        .spawn(InterpreterConfig {
            allow_threads: false,
            allow_subinterpreters: false,
            recursion_limit: 50,
            ..captured()
        })
        .expect("spawn");
    let Err(Error::Exception(e)) =
        locked.exec("import threading\nthreading.Thread(target=print).start()")
    else {
        panic!("threads should be refused")
    };
    assert_eq!(e.type_name, "RuntimeError");
    assert!(e.message.contains("allow_threads"), "{}", e.message);
    let Err(Error::Exception(e)) =
        locked.exec("from concurrent import interpreters\ninterpreters.create()")
    else {
        panic!("subinterpreters should be refused")
    };
    assert!(e.message.contains("allow_subinterpreters"), "{}", e.message);
    let Err(Error::Exception(e)) = locked.exec("def r(n):\n    return r(n + 1)\nr(0)") else {
        panic!("expected RecursionError")
    };
    assert_eq!(e.type_name, "RecursionError");
}

fn os_threads() -> usize {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find_map(|l| l.strip_prefix("Threads:").map(|n| n.trim().parse().ok()))
                .flatten()
        })
        .unwrap_or(0)
}

#[test]
fn dropping_handles_and_the_runtime_leaves_no_thread_behind() {
    let before = os_threads();
    let rt = Runtime::new(RuntimeConfig::default());
    for _ in 0..20 {
        let a = rt.spawn(captured()).expect("spawn");
        a.exec("import threading\nt = threading.Thread(target=sum, args=([1, 2],))\nt.start()")
            .expect("exec");
    }
    let busy = rt.spawn(captured()).expect("spawn");
    let _running = busy.submit_exec("while True:\n    pass").expect("submit");
    // Blocked for good on a queue nobody feeds: shutdown must wake it.
    let waiting = rt.spawn(captured()).expect("spawn");
    waiting
        .prepare_main(vec![("q".into(), Queue::new(1).into())])
        .expect("prepare_main");
    let blocked = waiting
        .submit_exec(
            "q.put(1)
try:
    q.put(2)
finally:
    q.get(); q.get()",
        )
        .expect("submit");
    while !waiting.is_running() {
        std::thread::yield_now();
    }
    // A Python thread blocked for good on a lock.
    let locked = rt.spawn(captured()).expect("spawn");
    locked
        .exec("import threading\nl = threading.Lock()\nl.acquire()\nthreading.Thread(target=l.acquire).start()")
        .expect("exec");
    drop(rt);
    let Err(Error::Exception(e)) = blocked.wait() else {
        panic!("the blocked job should end with SystemExit")
    };
    assert_eq!(e.type_name, "SystemExit");
    // Other tests run in parallel threads of this process: allow for them.
    let after = os_threads();
    assert!(
        after <= before + 8,
        "threads before {before}, after {after}"
    );
}

#[test]
fn immortal_headers_are_never_written() {
    use coral_interp::api::types;
    use coral_interp::api::{EMPTY_TUPLE, FALSE, IMMORTAL, NONE, TRUE};
    let watched = [
        &NONE.0,
        &TRUE.0,
        &FALSE.0,
        &EMPTY_TUPLE.0,
        &types::INT_TYPE.0,
        &types::STR_TYPE.0,
        &types::LIST_TYPE.0,
        &types::VALUE_ERROR_TYPE.0,
    ];
    let interned = coral_interp::api::intern("append");
    let rt = Runtime::default();
    let all: Vec<_> = (0..6)
        .map(|_| rt.spawn(captured()).expect("spawn"))
        .collect();
    let pending: Vec<_> = all
        .iter()
        .map(|a| {
            a.submit_exec(
                "out = []\nfor i in range(20000):\n    out.append((None, True, (), int, str(i), isinstance(i, int)))\n    try:\n        raise ValueError(i)\n    except ValueError:\n        pass\n",
            )
            .expect("submit")
        })
        .collect();
    for p in pending {
        p.wait().expect("work");
    }
    for obj in watched {
        assert_eq!(obj.refcount(), IMMORTAL);
    }
    assert!(interned.0.is_immortal());
}
