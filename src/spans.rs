//! Interval helpers that keep overlap checks O(log n), so no stage is quadratic on long text.

use std::collections::BTreeMap;

/// A set of disjoint half-open intervals `[start, end)`.
#[derive(Default)]
pub struct Disjoint {
    by_start: BTreeMap<usize, usize>,
}

impl Disjoint {
    /// Does `[s, e)` overlap any interval of the set?
    pub fn overlaps(&self, s: usize, e: usize) -> bool {
        // the last interval starting before `e` is the only one that can reach into [s, e)
        // among those starting before e, since the set is disjoint and sorted
        self.by_start.range(..e).next_back().is_some_and(|(_, &end)| end > s)
    }

    /// Insert `[s, e)` if it overlaps nothing; returns whether it was inserted.
    pub fn insert(&mut self, s: usize, e: usize) -> bool {
        if s >= e || self.overlaps(s, e) {
            return false;
        }
        self.by_start.insert(s, e);
        true
    }
}

/// The indices of the items of `sorted` (sorted by start, pairwise disjoint) that overlap `[s, e)`.
pub fn overlapping<T>(sorted: &[T], s: usize, e: usize, span: impl Fn(&T) -> (usize, usize)) -> std::ops::Range<usize> {
    let a = sorted.partition_point(|x| span(x).1 <= s);
    let mut b = a;
    while b < sorted.len() && span(&sorted[b]).0 < e {
        b += 1;
    }
    a..b
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn disjoint_set_checks_neighbours() {
        let mut d = Disjoint::default();
        assert!(d.insert(10, 20));
        assert!(!d.insert(15, 25));
        assert!(!d.insert(5, 11));
        assert!(d.insert(20, 30));
        assert!(d.insert(0, 10));
        assert!(!d.overlaps(30, 40));
        assert!(d.overlaps(29, 40));
    }

    #[test]
    fn overlapping_range() {
        let v = [(0, 5), (6, 9), (12, 20)];
        assert_eq!(overlapping(&v, 4, 13, |x| *x), 0..3);
        assert_eq!(overlapping(&v, 9, 12, |x| *x), 2..2);
        assert_eq!(overlapping(&v, 9, 12, |x| *x).len(), 0);
    }
}
