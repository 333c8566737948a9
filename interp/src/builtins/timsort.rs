//! CPython 3.11's list sort (`listsort` in `Objects/listobject.c`): a
//! stable natural merge sort with binary insertion for short runs,
//! galloping merges and the powersort merge policy.
//!
//! Written against a fallible `<`, so a class's `__lt__` sees exactly the
//! comparisons CPython makes, in the same order: programs that print or
//! count them, or whose comparisons are inconsistent, get CPython's
//! output. On an error the slice is left a permutation of its input,
//! nothing lost or duplicated.

use crate::object::error::PyResult;
use crate::object::value::Value;

/// A key and the value it sorts.
pub(crate) type Item = (Value, Value);

/// Runs of fewer elements are extended by binary insertion.
const MAX_MINRUN: usize = 64;
/// Consecutive wins before a merge starts galloping.
const MIN_GALLOP: usize = 7;

/// A run waiting to be merged: `items[base..base + len]`.
#[derive(Clone, Copy)]
struct Run {
    base: usize,
    len: usize,
    power: u32,
}

struct MergeState<'f, F> {
    lt: &'f mut F,
    min_gallop: usize,
    list_len: usize,
    pending: Vec<Run>,
}

/// Sorts `items` by key, stably, with `lt` as `<`.
pub(crate) fn sort<F>(items: &mut [Item], mut lt: F) -> PyResult<()>
where
    F: FnMut(&Value, &Value) -> PyResult<bool>,
{
    let n = items.len();
    if n < 2 {
        return Ok(());
    }
    let mut ms = MergeState {
        lt: &mut lt,
        min_gallop: MIN_GALLOP,
        list_len: n,
        pending: Vec::new(),
    };
    let minrun = compute_minrun(n);
    let mut lo = 0;
    let mut remaining = n;
    while remaining > 0 {
        let (mut run, descending) = ms.count_run(items, lo, lo + remaining)?;
        if descending {
            items[lo..lo + run].reverse();
        }
        if run < minrun {
            let force = remaining.min(minrun);
            ms.binary_sort(items, lo, lo + force, lo + run)?;
            run = force;
        }
        ms.found_new_run(items, run)?;
        ms.pending.push(Run {
            base: lo,
            len: run,
            power: 0,
        });
        lo += run;
        remaining -= run;
    }
    ms.force_collapse(items)
}

/// The minimum run length for `n` items (`merge_compute_minrun`).
fn compute_minrun(mut n: usize) -> usize {
    let mut r = 0;
    while n >= MAX_MINRUN {
        r |= n & 1;
        n >>= 1;
    }
    n + r
}

/// The powersort "power" of the run boundary between two adjacent runs.
fn powerloop(s1: usize, n1: usize, n2: usize, n: usize) -> u32 {
    let mut result = 0;
    let mut a = 2 * s1 + n1;
    let mut b = a + n1 + n2;
    loop {
        result += 1;
        if a >= n {
            a -= n;
            b -= n;
        } else if b >= n {
            break;
        }
        a <<= 1;
        b <<= 1;
    }
    result
}

/// Copies `src` elements into `items[dest..]`, front to back.
fn copy_from(items: &mut [Item], dest: usize, src: &[Item]) {
    items[dest..dest + src.len()].clone_from_slice(src);
}

impl<F> MergeState<'_, F>
where
    F: FnMut(&Value, &Value) -> PyResult<bool>,
{
    fn lt(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        (self.lt)(a, b)
    }

    /// The length of the run starting at `lo` (no further than `hi`), and
    /// whether it is strictly descending.
    fn count_run(&mut self, a: &[Item], lo: usize, hi: usize) -> PyResult<(usize, bool)> {
        if lo + 1 == hi {
            return Ok((1, false));
        }
        let mut n = 2;
        let descending = self.lt(&a[lo + 1].0, &a[lo].0)?;
        let mut i = lo + 2;
        while i < hi && self.lt(&a[i].0, &a[i - 1].0)? == descending {
            n += 1;
            i += 1;
        }
        Ok((n, descending))
    }

    /// Binary insertion of `a[start..hi]` into the sorted `a[lo..start]`.
    fn binary_sort(&mut self, a: &mut [Item], lo: usize, hi: usize, start: usize) -> PyResult<()> {
        let start = if start == lo { start + 1 } else { start };
        for s in start..hi {
            let pivot = a[s].0.clone();
            let (mut l, mut r) = (lo, s);
            while l < r {
                let p = l + ((r - l) >> 1);
                if self.lt(&pivot, &a[p].0)? {
                    r = p;
                } else {
                    l = p + 1;
                }
            }
            a[l..=s].rotate_right(1);
        }
        Ok(())
    }

    /// Where `key` belongs in the sorted `arr`, left of any equal
    /// elements, searching out from `hint`.
    fn gallop_left(&mut self, key: &Value, arr: &[Item], hint: usize) -> PyResult<usize> {
        let n = arr.len();
        let (mut lastofs, mut ofs): (isize, usize) = (0, 1);
        if self.lt(&arr[hint].0, key)? {
            let maxofs = n - hint;
            while ofs < maxofs {
                if self.lt(&arr[hint + ofs].0, key)? {
                    lastofs = ofs as isize;
                    ofs = (ofs << 1) + 1;
                } else {
                    break;
                }
            }
            ofs = ofs.min(maxofs);
            lastofs += hint as isize;
            ofs += hint;
        } else {
            let maxofs = hint + 1;
            while ofs < maxofs {
                if self.lt(&arr[hint - ofs].0, key)? {
                    break;
                }
                lastofs = ofs as isize;
                ofs = (ofs << 1) + 1;
            }
            ofs = ofs.min(maxofs);
            let k = lastofs;
            lastofs = hint as isize - ofs as isize;
            ofs = (hint as isize - k) as usize;
        }
        let mut lo = (lastofs + 1) as usize;
        while lo < ofs {
            let m = lo + ((ofs - lo) >> 1);
            if self.lt(&arr[m].0, key)? {
                lo = m + 1;
            } else {
                ofs = m;
            }
        }
        Ok(ofs)
    }

    /// Like [`Self::gallop_left`], but right of any equal elements.
    fn gallop_right(&mut self, key: &Value, arr: &[Item], hint: usize) -> PyResult<usize> {
        let n = arr.len();
        let (mut lastofs, mut ofs): (isize, usize) = (0, 1);
        if self.lt(key, &arr[hint].0)? {
            let maxofs = hint + 1;
            while ofs < maxofs {
                if self.lt(key, &arr[hint - ofs].0)? {
                    lastofs = ofs as isize;
                    ofs = (ofs << 1) + 1;
                } else {
                    break;
                }
            }
            ofs = ofs.min(maxofs);
            let k = lastofs;
            lastofs = hint as isize - ofs as isize;
            ofs = (hint as isize - k) as usize;
        } else {
            let maxofs = n - hint;
            while ofs < maxofs {
                if self.lt(key, &arr[hint + ofs].0)? {
                    break;
                }
                lastofs = ofs as isize;
                ofs = (ofs << 1) + 1;
            }
            ofs = ofs.min(maxofs);
            lastofs += hint as isize;
            ofs += hint;
        }
        let mut lo = (lastofs + 1) as usize;
        while lo < ofs {
            let m = lo + ((ofs - lo) >> 1);
            if self.lt(key, &arr[m].0)? {
                ofs = m;
            } else {
                lo = m + 1;
            }
        }
        Ok(ofs)
    }

    /// Merges the runs just found with their neighbours as the powersort
    /// policy says, before the new run of length `n2` is pushed.
    fn found_new_run(&mut self, a: &mut [Item], n2: usize) -> PyResult<()> {
        let Some(top) = self.pending.last().copied() else {
            return Ok(());
        };
        let power = powerloop(top.base, top.len, n2, self.list_len);
        while self.pending.len() > 1 && self.pending[self.pending.len() - 2].power > power {
            self.merge_at(a, self.pending.len() - 2)?;
        }
        if let Some(top) = self.pending.last_mut() {
            top.power = power;
        }
        Ok(())
    }

    /// Merges every pending run, at the end of the sort.
    fn force_collapse(&mut self, a: &mut [Item]) -> PyResult<()> {
        while self.pending.len() > 1 {
            let mut n = self.pending.len() - 2;
            if n > 0 && self.pending[n - 1].len < self.pending[n + 1].len {
                n -= 1;
            }
            self.merge_at(a, n)?;
        }
        Ok(())
    }

    /// Merges pending runs `i` and `i + 1`.
    fn merge_at(&mut self, a: &mut [Item], i: usize) -> PyResult<()> {
        let Run {
            base: mut sa,
            len: mut na,
            ..
        } = self.pending[i];
        let Run {
            base: sb, len: nb, ..
        } = self.pending[i + 1];
        self.pending[i].len = na + nb;
        self.pending.remove(i + 1);
        // Elements of A before where B starts are already in place.
        let key = a[sb].0.clone();
        let k = self.gallop_right(&key, &a[sa..sa + na], 0)?;
        sa += k;
        na -= k;
        if na == 0 {
            return Ok(());
        }
        // Elements of B after where A ends are already in place.
        let key = a[sa + na - 1].0.clone();
        let nb = self.gallop_left(&key, &a[sb..sb + nb], nb - 1)?;
        if nb == 0 {
            return Ok(());
        }
        if na <= nb {
            self.merge_lo(a, sa, na, nb)
        } else {
            self.merge_hi(a, sa, na, nb)
        }
    }

    /// Merges `a[sa..sa+na]` with the `nb` elements after it, `na <= nb`,
    /// through a copy of the first run.
    fn merge_lo(
        &mut self,
        a: &mut [Item],
        sa: usize,
        mut na: usize,
        mut nb: usize,
    ) -> PyResult<()> {
        let tmp: Vec<Item> = a[sa..sa + na].to_vec();
        let (mut dest, mut pa, mut pb) = (sa, 0usize, sa + na);
        // Whatever happens, the remaining A elements fill the gap left
        // at `dest` (the gap always has exactly `na` slots).
        let result = (|| -> PyResult<bool> {
            a[dest] = a[pb].clone();
            dest += 1;
            pb += 1;
            nb -= 1;
            if nb == 0 {
                return Ok(false);
            }
            if na == 1 {
                return Ok(true);
            }
            let mut min_gallop = self.min_gallop;
            loop {
                let (mut acount, mut bcount) = (0usize, 0usize);
                loop {
                    if self.lt(&a[pb].0, &tmp[pa].0)? {
                        a[dest] = a[pb].clone();
                        dest += 1;
                        pb += 1;
                        bcount += 1;
                        acount = 0;
                        nb -= 1;
                        if nb == 0 {
                            return Ok(false);
                        }
                        if bcount >= min_gallop {
                            break;
                        }
                    } else {
                        a[dest] = tmp[pa].clone();
                        dest += 1;
                        pa += 1;
                        acount += 1;
                        bcount = 0;
                        na -= 1;
                        if na == 1 {
                            return Ok(true);
                        }
                        if acount >= min_gallop {
                            break;
                        }
                    }
                }
                min_gallop += 1;
                loop {
                    min_gallop -= usize::from(min_gallop > 1);
                    self.min_gallop = min_gallop;
                    let key = a[pb].0.clone();
                    let k = self.gallop_right(&key, &tmp[pa..pa + na], 0)?;
                    acount = k;
                    if k > 0 {
                        copy_from(a, dest, &tmp[pa..pa + k]);
                        dest += k;
                        pa += k;
                        na -= k;
                        if na == 1 {
                            return Ok(true);
                        }
                        if na == 0 {
                            return Ok(false);
                        }
                    }
                    a[dest] = a[pb].clone();
                    dest += 1;
                    pb += 1;
                    nb -= 1;
                    if nb == 0 {
                        return Ok(false);
                    }
                    let key = tmp[pa].0.clone();
                    let k = self.gallop_left(&key, &a[pb..pb + nb], 0)?;
                    bcount = k;
                    if k > 0 {
                        for j in 0..k {
                            a[dest + j] = a[pb + j].clone();
                        }
                        dest += k;
                        pb += k;
                        nb -= k;
                        if nb == 0 {
                            return Ok(false);
                        }
                    }
                    a[dest] = tmp[pa].clone();
                    dest += 1;
                    pa += 1;
                    na -= 1;
                    if na == 1 {
                        return Ok(true);
                    }
                    if acount < MIN_GALLOP && bcount < MIN_GALLOP {
                        break;
                    }
                }
                min_gallop += 1;
                self.min_gallop = min_gallop;
            }
        })();
        match result {
            // The last element of A belongs after the rest of B.
            Ok(true) => {
                for j in 0..nb {
                    a[dest + j] = a[pb + j].clone();
                }
                a[dest + nb] = tmp[pa].clone();
                Ok(())
            }
            Ok(false) => {
                copy_from(a, dest, &tmp[pa..pa + na]);
                Ok(())
            }
            Err(e) => {
                copy_from(a, dest, &tmp[pa..pa + na]);
                Err(e)
            }
        }
    }

    /// Merges `a[sa..sa+na]` with the `nb` elements after it, `na > nb`,
    /// from the right, through a copy of the second run.
    fn merge_hi(
        &mut self,
        a: &mut [Item],
        sa: usize,
        mut na: usize,
        mut nb: usize,
    ) -> PyResult<()> {
        let sb = sa + na;
        let tmp: Vec<Item> = a[sb..sb + nb].to_vec();
        // Indices may step one below their run while it empties.
        let at = |i: isize| i as usize;
        let (mut dest, mut pa, mut pb) =
            ((sb + nb - 1) as isize, (sb - 1) as isize, (nb - 1) as isize);
        // The remaining B elements always fill `a[dest - nb + 1..=dest]`.
        let result = (|| -> PyResult<bool> {
            a[at(dest)] = a[at(pa)].clone();
            dest -= 1;
            pa -= 1;
            na -= 1;
            if na == 0 {
                return Ok(false);
            }
            if nb == 1 {
                return Ok(true);
            }
            let mut min_gallop = self.min_gallop;
            loop {
                let (mut acount, mut bcount) = (0usize, 0usize);
                loop {
                    if self.lt(&tmp[at(pb)].0, &a[at(pa)].0)? {
                        a[at(dest)] = a[at(pa)].clone();
                        dest -= 1;
                        pa -= 1;
                        acount += 1;
                        bcount = 0;
                        na -= 1;
                        if na == 0 {
                            return Ok(false);
                        }
                        if acount >= min_gallop {
                            break;
                        }
                    } else {
                        a[at(dest)] = tmp[at(pb)].clone();
                        dest -= 1;
                        pb -= 1;
                        bcount += 1;
                        acount = 0;
                        nb -= 1;
                        if nb == 1 {
                            return Ok(true);
                        }
                        if bcount >= min_gallop {
                            break;
                        }
                    }
                }
                min_gallop += 1;
                loop {
                    min_gallop -= usize::from(min_gallop > 1);
                    self.min_gallop = min_gallop;
                    let key = tmp[at(pb)].0.clone();
                    let k = na - self.gallop_right(&key, &a[sa..sa + na], na - 1)?;
                    acount = k;
                    if k > 0 {
                        dest -= k as isize;
                        pa -= k as isize;
                        for j in (1..=k).rev() {
                            a[at(dest) + j] = a[at(pa) + j].clone();
                        }
                        na -= k;
                        if na == 0 {
                            return Ok(false);
                        }
                    }
                    a[at(dest)] = tmp[at(pb)].clone();
                    dest -= 1;
                    pb -= 1;
                    nb -= 1;
                    if nb == 1 {
                        return Ok(true);
                    }
                    let key = a[at(pa)].0.clone();
                    let k = nb - self.gallop_left(&key, &tmp[..nb], nb - 1)?;
                    bcount = k;
                    if k > 0 {
                        dest -= k as isize;
                        pb -= k as isize;
                        copy_from(a, at(dest) + 1, &tmp[at(pb) + 1..at(pb) + 1 + k]);
                        nb -= k;
                        if nb == 1 {
                            return Ok(true);
                        }
                        if nb == 0 {
                            return Ok(false);
                        }
                    }
                    a[at(dest)] = a[at(pa)].clone();
                    dest -= 1;
                    pa -= 1;
                    na -= 1;
                    if na == 0 {
                        return Ok(false);
                    }
                    if acount < MIN_GALLOP && bcount < MIN_GALLOP {
                        break;
                    }
                }
                min_gallop += 1;
                self.min_gallop = min_gallop;
            }
        })();
        match result {
            // The first element of B belongs before the rest of A.
            Ok(true) => {
                for j in (1..=na).rev() {
                    a[at(dest) + j - na] = a[at(pa) + j - na].clone();
                }
                dest -= na as isize;
                a[at(dest)] = tmp[at(pb)].clone();
                Ok(())
            }
            Ok(false) => {
                if nb > 0 {
                    copy_from(a, at(dest) + 1 - nb, &tmp[..nb]);
                }
                Ok(())
            }
            Err(e) => {
                if nb > 0 {
                    copy_from(a, at(dest) + 1 - nb, &tmp[..nb]);
                }
                Err(e)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::object::error::PyErr;

    fn items(keys: &[i64]) -> Vec<Item> {
        keys.iter()
            .enumerate()
            .map(|(i, &k)| (Value::int(k), Value::int(i as i64)))
            .collect()
    }

    fn key(v: &Value) -> i64 {
        v.as_small_int().unwrap_or(i64::MIN)
    }

    /// A deterministic pseudo-random sequence (xorshift).
    fn noise(n: usize, seed: u64, modulo: i64) -> Vec<i64> {
        let mut x = seed;
        (0..n)
            .map(|_| {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                (x % modulo as u64) as i64
            })
            .collect()
    }

    #[test]
    fn sorts_stably_at_every_size_and_shape() {
        for n in [0, 1, 2, 5, 63, 64, 65, 200, 1000, 5000] {
            for (seed, modulo) in [(1, 3), (7, 1000), (99, 1 << 30)] {
                let mut keys = noise(n, seed, modulo);
                if seed == 7 {
                    // Long ascending and descending stretches: galloping.
                    keys.sort_unstable();
                    keys[n / 3..2 * n / 3].reverse();
                }
                let mut v = items(&keys);
                sort(&mut v, |a, b| Ok(key(a) < key(b))).expect("no errors");
                let mut expected = items(&keys);
                expected.sort_by_key(|(k, _)| key(k));
                let pairs = |v: &[Item]| -> Vec<(i64, i64)> {
                    v.iter().map(|(k, i)| (key(k), key(i))).collect()
                };
                assert_eq!(pairs(&v), pairs(&expected), "n={n} seed={seed}");
            }
        }
    }

    #[test]
    fn an_error_leaves_a_permutation() {
        for fail_at in [1, 10, 100, 500, 2000] {
            let keys = noise(3000, 3, 50);
            let mut v = items(&keys);
            let mut calls = 0;
            let r = sort(&mut v, |a, b| {
                calls += 1;
                if calls == fail_at {
                    return Err(PyErr::value_error("boom"));
                }
                Ok(key(a) < key(b))
            });
            assert!(r.is_err());
            let mut seen: Vec<i64> = v.iter().map(|(_, i)| key(i)).collect();
            seen.sort_unstable();
            assert_eq!(seen, (0..3000).collect::<Vec<_>>(), "fail_at={fail_at}");
        }
    }
}
