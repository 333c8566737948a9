//! Backoff counters: the hot-spot counters of the optimizer API.
//!
//! Every `JUMP_BACKWARD` is followed by one cache word holding a
//! [`BackoffCounter`]: a 12-bit value that counts the back edge down and a
//! 4-bit exponent. When the value reaches zero the site is hot and the VM
//! asks the interpreter's optimizer for an executor. If the optimizer
//! declines or fails, the exponent grows by one and the value restarts at
//! `2^exponent - 1`, so a site that never optimizes costs the optimizer
//! fewer and fewer calls (the scheme of CPython's `backoff.h`, written
//! anew). The compiler emits [`BackoffCounter::UNARMED`]: the first
//! execution arms the counter with the interpreter's own threshold, which
//! the compiled code, shared between interpreters, cannot know.

/// Bits of the exponent, in the low end of the word.
const EXPONENT_BITS: u32 = 4;
/// What one tick subtracts from the packed word.
pub const TICK: u32 = 1 << EXPONENT_BITS;
/// The largest value (12 bits).
pub const MAX_VALUE: u32 = (1 << 12) - 1;
/// The largest exponent backing off reaches.
pub const MAX_EXPONENT: u32 = 12;
/// The exponent that marks a counter not armed yet (never reached by
/// backing off).
const UNARMED_EXPONENT: u32 = (1 << EXPONENT_BITS) - 1;

/// A back-edge counter packed in one instruction cache word.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BackoffCounter(u32);

impl BackoffCounter {
    /// What the compiler emits: triggers at once, and the VM then arms it.
    pub const UNARMED: BackoffCounter = BackoffCounter(UNARMED_EXPONENT);

    /// A counter that triggers after `threshold` ticks (at most
    /// [`MAX_VALUE`]), with no backoff yet.
    pub fn armed(threshold: u32) -> BackoffCounter {
        BackoffCounter(threshold.min(MAX_VALUE) << EXPONENT_BITS)
    }

    /// The counter in a cache word.
    pub fn from_word(word: u32) -> BackoffCounter {
        BackoffCounter(word)
    }

    /// The cache word.
    pub fn word(self) -> u32 {
        self.0
    }

    /// Ticks left before the counter triggers.
    pub fn value(self) -> u32 {
        self.0 >> EXPONENT_BITS
    }

    /// How often the counter has backed off.
    pub fn exponent(self) -> u32 {
        self.0 & ((1 << EXPONENT_BITS) - 1)
    }

    /// True for a counter the compiler emitted and the VM has not armed.
    pub fn is_unarmed(self) -> bool {
        self.value() == 0 && self.exponent() == UNARMED_EXPONENT
    }

    /// The hot path: the counter one tick later, or `None` when it has
    /// triggered (its value is zero).
    #[inline(always)]
    pub fn tick(self) -> Option<BackoffCounter> {
        self.0.checked_sub(TICK).map(BackoffCounter)
    }

    /// After a declined or failed optimization (or an invalidated
    /// executor): the next trigger comes `2^exponent - 1` ticks later, with
    /// the exponent one higher than before (at most [`MAX_EXPONENT`]).
    pub fn backoff(self) -> BackoffCounter {
        let exponent = if self.is_unarmed() {
            1
        } else {
            (self.exponent() + 1).min(MAX_EXPONENT)
        };
        BackoffCounter((((1 << exponent) - 1) << EXPONENT_BITS) | exponent)
    }

    /// The counter as it was after the longest backoff: for sites with no
    /// optimizer to call.
    pub fn dormant() -> BackoffCounter {
        BackoffCounter((MAX_VALUE << EXPONENT_BITS) | MAX_EXPONENT)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ticks_to_trigger(mut c: BackoffCounter) -> u32 {
        let mut n = 0;
        while let Some(next) = c.tick() {
            c = next;
            n += 1;
        }
        n
    }

    #[test]
    fn unarmed_triggers_at_once() {
        assert!(BackoffCounter::UNARMED.is_unarmed());
        assert_eq!(BackoffCounter::UNARMED.tick(), None);
        assert!(!BackoffCounter::armed(0).is_unarmed());
    }

    #[test]
    fn armed_counts_its_threshold() {
        assert_eq!(ticks_to_trigger(BackoffCounter::armed(16)), 16);
        assert_eq!(ticks_to_trigger(BackoffCounter::armed(1)), 1);
        assert_eq!(ticks_to_trigger(BackoffCounter::armed(u32::MAX)), MAX_VALUE);
    }

    #[test]
    fn backoff_doubles_up_to_the_cap() {
        let mut c = BackoffCounter::armed(16);
        let mut waits = Vec::new();
        for _ in 0..14 {
            c = c.backoff();
            waits.push(ticks_to_trigger(c));
            // The counter triggered: it reads zero with its exponent kept.
            while let Some(next) = c.tick() {
                c = next;
            }
        }
        assert_eq!(&waits[..4], &[1, 3, 7, 15]);
        assert_eq!(waits[11], 4095);
        assert_eq!(waits[13], 4095);
        assert_eq!(c.exponent(), MAX_EXPONENT);
        assert_eq!(ticks_to_trigger(BackoffCounter::dormant()), MAX_VALUE);
    }

    #[test]
    fn words_round_trip() {
        let c = BackoffCounter::armed(100).backoff();
        assert_eq!(BackoffCounter::from_word(c.word()), c);
    }
}
