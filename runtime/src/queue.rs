//! Cross-interpreter queues (PEP 734's `Queue`), on crossbeam channels.
//!
//! A queue carries [`Shareable`] values, so what one interpreter puts is a
//! copy the other rebuilds in its own heap. Blocking operations park the OS
//! thread inside crossbeam (no polling); interpreters call them with their
//! GIL released. A queue is itself shareable: every clone is the same queue.

use crate::share::Shareable;
use crossbeam_channel::{Receiver, Sender};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// A FIFO queue shared between interpreters (and Rust threads).
#[derive(Clone, Debug)]
pub struct Queue {
    inner: Arc<Inner>,
}

#[derive(Debug)]
struct Inner {
    id: u64,
    maxsize: usize,
    tx: Sender<Shareable>,
    rx: Receiver<Shareable>,
}

/// Why a queue operation did not complete.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum QueueError {
    /// Nothing to get (at once, or within the timeout).
    #[error("the queue is empty")]
    Empty,
    /// No room to put (at once, or within the timeout).
    #[error("the queue is full")]
    Full,
}

impl PartialEq for Queue {
    fn eq(&self, other: &Queue) -> bool {
        Arc::ptr_eq(&self.inner, &other.inner)
    }
}

static NEXT_ID: AtomicU64 = AtomicU64::new(1);

impl Queue {
    /// A queue holding at most `maxsize` items; 0 means unbounded.
    pub fn new(maxsize: usize) -> Queue {
        let (tx, rx) = if maxsize == 0 {
            crossbeam_channel::unbounded()
        } else {
            crossbeam_channel::bounded(maxsize)
        };
        Queue {
            inner: Arc::new(Inner {
                id: NEXT_ID.fetch_add(1, Ordering::Relaxed),
                maxsize,
                tx,
                rx,
            }),
        }
    }

    /// A process-unique number for this queue.
    pub fn id(&self) -> u64 {
        self.inner.id
    }

    /// The capacity given at creation; 0 for unbounded.
    pub fn maxsize(&self) -> usize {
        self.inner.maxsize
    }

    /// Items waiting now.
    pub fn len(&self) -> usize {
        self.inner.rx.len()
    }

    /// True if nothing waits.
    pub fn is_empty(&self) -> bool {
        self.inner.rx.is_empty()
    }

    /// True if a put would block.
    pub fn is_full(&self) -> bool {
        self.inner.maxsize > 0 && self.len() >= self.inner.maxsize
    }

    /// Puts `item`, waiting for room at most `timeout` (forever for `None`).
    pub fn put(&self, item: Shareable, timeout: Option<Duration>) -> Result<(), QueueError> {
        match timeout {
            // The queue holds its own receiver, so sending never finds the
            // channel disconnected.
            None => self.inner.tx.send(item).map_err(|_| QueueError::Full),
            Some(t) => self
                .inner
                .tx
                .send_timeout(item, t)
                .map_err(|_| QueueError::Full),
        }
    }

    /// Puts `item` if there is room now.
    pub fn try_put(&self, item: Shareable) -> Result<(), QueueError> {
        self.inner.tx.try_send(item).map_err(|_| QueueError::Full)
    }

    /// Takes the oldest item, waiting at most `timeout` (forever for `None`).
    /// It polls briefly before it parks (`spin.rs`): in a request/answer
    /// exchange the answer usually comes within microseconds.
    pub fn get(&self, timeout: Option<Duration>) -> Result<Shareable, QueueError> {
        match timeout {
            None => crate::spin::recv(&self.inner.rx).map_err(|()| QueueError::Empty),
            Some(t) => crate::spin::recv_timeout(&self.inner.rx, t).map_err(|_| QueueError::Empty),
        }
    }

    /// `get` that also returns when `stop` is signalled or disconnected
    /// (the runtime shutting down) or `woken()` turns true (Ctrl-C):
    /// `Ok(None)` then.
    pub(crate) fn get_or_stop(
        &self,
        timeout: Option<Duration>,
        stop: &Receiver<()>,
        woken: &dyn Fn() -> bool,
    ) -> Result<Option<Shareable>, QueueError> {
        if let Ok(item) = crate::spin::recv_timeout(&self.inner.rx, crate::spin::SPIN) {
            return Ok(Some(item));
        }
        let waited = wait_in_slices(timeout, woken, |slice| {
            let mut sel = crossbeam_channel::Select::new();
            let item = sel.recv(&self.inner.rx);
            sel.recv(stop);
            let op = sel.select_timeout(slice).ok()?;
            Some(if op.index() == item {
                op.recv(&self.inner.rx)
                    .map(Some)
                    .map_err(|_| QueueError::Empty)
            } else {
                let _ = op.recv(stop);
                Ok(None)
            })
        });
        match waited {
            Waited::Done(r) => r,
            Waited::Woken => Ok(None),
            Waited::TimedOut => Err(QueueError::Empty),
        }
    }

    /// `put` that also returns when `stop` is signalled or disconnected,
    /// or `woken()` turns true: `Ok(false)` then, with the item dropped.
    pub(crate) fn put_or_stop(
        &self,
        item: Shareable,
        timeout: Option<Duration>,
        stop: &Receiver<()>,
        woken: &dyn Fn() -> bool,
    ) -> Result<bool, QueueError> {
        let item = match self.inner.tx.try_send(item) {
            Ok(()) => return Ok(true),
            Err(crossbeam_channel::TrySendError::Full(item)) => item,
            Err(crossbeam_channel::TrySendError::Disconnected(_)) => return Err(QueueError::Full),
        };
        let mut item = Some(item);
        let waited = wait_in_slices(timeout, woken, |slice| {
            let mut sel = crossbeam_channel::Select::new();
            let slot = sel.send(&self.inner.tx);
            sel.recv(stop);
            let op = sel.select_timeout(slice).ok()?;
            Some(if op.index() == slot {
                let item = item.take()?;
                op.send(&self.inner.tx, item)
                    .map(|()| true)
                    .map_err(|_| QueueError::Full)
            } else {
                let _ = op.recv(stop);
                Ok(false)
            })
        });
        match waited {
            Waited::Done(r) => r,
            Waited::Woken => Ok(false),
            Waited::TimedOut => Err(QueueError::Full),
        }
    }

    /// Takes the oldest item if there is one.
    pub fn try_get(&self) -> Result<Shareable, QueueError> {
        self.inner.rx.try_recv().map_err(|_| QueueError::Empty)
    }
}

/// How long a blocked `get` or `put` waits before it looks at `woken`.
const WAKE_SLICE: Duration = Duration::from_millis(50);

/// How a wait in slices ended.
enum Waited<T> {
    Done(T),
    Woken,
    TimedOut,
}

/// Calls `attempt` with slices of at most [`WAKE_SLICE`] until it returns
/// something, `woken()` turns true or `timeout` has passed, so a blocked
/// queue operation answers Ctrl-C as CPython's lock waits answer signals.
fn wait_in_slices<T>(
    timeout: Option<Duration>,
    woken: &dyn Fn() -> bool,
    mut attempt: impl FnMut(Duration) -> Option<T>,
) -> Waited<T> {
    let deadline = timeout.map(|t| Instant::now() + t);
    loop {
        let slice = match deadline {
            Some(d) => d.saturating_duration_since(Instant::now()).min(WAKE_SLICE),
            None => WAKE_SLICE,
        };
        if let Some(done) = attempt(slice) {
            return Waited::Done(done);
        }
        if woken() {
            return Waited::Woken;
        }
        if deadline.is_some_and(|d| Instant::now() >= d) {
            return Waited::TimedOut;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fifo_bounds_and_timeouts() {
        let q = Queue::new(2);
        q.put(1.into(), None).expect("room");
        q.try_put("two".into()).expect("room");
        assert!(q.is_full());
        assert_eq!(q.try_put(3.into()), Err(QueueError::Full));
        assert_eq!(
            q.put(3.into(), Some(Duration::from_millis(1))),
            Err(QueueError::Full)
        );
        assert_eq!(q.get(None), Ok(Shareable::Int(1)));
        assert_eq!(q.try_get(), Ok(Shareable::Str("two".into())));
        assert_eq!(q.try_get(), Err(QueueError::Empty));
        assert_eq!(
            q.get(Some(Duration::from_millis(1))),
            Err(QueueError::Empty)
        );
        assert!(q.is_empty());
    }

    #[test]
    fn clones_are_the_same_queue_across_threads() {
        let q = Queue::new(0);
        let q2 = q.clone();
        let t = std::thread::spawn(move || {
            for i in 0..100 {
                q2.put(Shareable::Int(i), None).expect("unbounded");
            }
        });
        let got: Vec<_> = (0..100).map(|_| q.get(None).expect("item")).collect();
        t.join().expect("producer");
        assert_eq!(got, (0..100).map(Shareable::Int).collect::<Vec<_>>());
    }
}
