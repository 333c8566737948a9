//! A small bloom filter over object identities: what an executor depends
//! on (the dicts, classes and functions it assumed unchanged).
//!
//! 256 bits and four probes, as CPython's executor filters use: with a
//! handful of dependencies per executor, a change to an unrelated object
//! invalidates an executor with a probability of well under one in a
//! thousand, and a false positive only costs a re-optimization.

/// Bits in a filter.
const BITS: usize = 256;
/// Probes per key.
const PROBES: u32 = 4;

/// A set of object identities that may answer "maybe" for a non-member.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct BloomFilter([u64; BITS / 64]);

impl BloomFilter {
    /// The empty filter.
    pub const fn new() -> BloomFilter {
        BloomFilter([0; BITS / 64])
    }

    /// The bit positions of `key`: one 64-bit mix cut into four bytes.
    fn probes(key: usize) -> impl Iterator<Item = usize> {
        // splitmix64's finalizer: addresses differ in few, low bits.
        let mut h = key as u64;
        h = (h ^ (h >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        h = (h ^ (h >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        h ^= h >> 31;
        (0..PROBES).map(move |i| ((h >> (i * 8)) & 0xff) as usize)
    }

    /// Adds `key`.
    pub fn add(&mut self, key: usize) {
        for bit in Self::probes(key) {
            self.0[bit / 64] |= 1 << (bit % 64);
        }
    }

    /// False if `key` was certainly never added.
    pub fn may_contain(&self, key: usize) -> bool {
        Self::probes(key).all(|bit| self.0[bit / 64] & (1 << (bit % 64)) != 0)
    }

    /// Adds every key of `other`.
    pub fn union(&mut self, other: &BloomFilter) {
        for (a, b) in self.0.iter_mut().zip(other.0) {
            *a |= b;
        }
    }

    /// True if nothing was added.
    pub fn is_empty(&self) -> bool {
        self.0.iter().all(|&w| w == 0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn members_are_found_and_strangers_mostly_not() {
        let mut f = BloomFilter::new();
        assert!(f.is_empty());
        let keys: Vec<usize> = (0..4).map(|i| 0x7f00_1000 + i * 48).collect();
        for &k in &keys {
            f.add(k);
        }
        assert!(keys.iter().all(|&k| f.may_contain(k)));
        let false_hits = (0..10_000usize)
            .map(|i| 0x5500_0000 + i * 16)
            .filter(|&k| f.may_contain(k))
            .count();
        assert!(false_hits < 10, "{false_hits} false positives in 10000");
        let mut g = BloomFilter::new();
        g.union(&f);
        assert_eq!(g, f);
    }
}
