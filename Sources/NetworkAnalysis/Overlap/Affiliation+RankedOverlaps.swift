extension Affiliation {
    /// The first `limit` pairs of groups sharing at least `minShared`
    /// members in the order `precedes`, with their shared members listed,
    /// and the number of such pairs in all, without holding every pair.
    ///
    /// The pairs are those of `groupOverlaps(minShared:)`; they are counted
    /// by the same member → groups walk, ranked as they come by a
    /// `BoundedSelection`, and only the kept pairs get their shared members
    /// listed (by merging the two sorted member rows).
    ///
    /// - Parameters:
    ///   - minShared: the least number of shared members (values below 1
    ///     count as 1).
    ///   - limit: the most pairs listed; nil lists every pair.
    ///   - precedes: a strict total order on the counted pairs (break ties
    ///     by the two indices), first first.
    /// - Complexity: O(Σₘ d(m)² + P log K + K·s̄) time, where d(m) is the
    ///   number of groups of member m, P the number of pairs, K the limit
    ///   and s̄ the size of a kept group; O(G + K·s̄) space for G groups
    ///   (O(G + P·s̄) without a limit).
    public func groupOverlaps(
        minShared: Int, limit: Int?, by precedes: @escaping (PairCount, PairCount) -> Bool
    ) -> RankedPairs<PairOverlap> {
        Self.ranked(self, minShared: minShared, limit: limit, by: precedes)
    }

    /// The first `limit` pairs of members sharing at least `minShared`
    /// groups in the order `precedes`, and the number of such pairs in all:
    /// `groupOverlaps(minShared:limit:by:)` on the transposed structure.
    ///
    /// - Complexity: O(Σ_g s(g)² + P log K + K·d̄) time and O(M + K·d̄)
    ///   space, as `groupOverlaps(minShared:limit:by:)` with the sides swapped.
    public func memberOverlaps(
        minShared: Int, limit: Int?, by precedes: @escaping (PairCount, PairCount) -> Bool
    ) -> RankedPairs<PairOverlap> {
        Self.ranked(transposed, minShared: minShared, limit: limit, by: precedes)
    }

    /// The first `limit` containments in the order `precedes`, and the
    /// number of containments in all (see `containments()` for which pairs
    /// are containments).
    ///
    /// - Complexity: O(Σₘ d(m)² + C log K) time for C containments and K
    ///   the limit; O(G + K) space.
    public func containments(
        limit: Int?, by precedes: @escaping (Containment, Containment) -> Bool
    ) -> RankedPairs<Containment> {
        var kept = BoundedSelection(limit: limit, by: precedes)
        OverlapWalk(self).forEachPair(minShared: 1, sorted: false) { a, b, shared in
            let sa = size(of: a), sb = size(of: b)
            if shared == sa && shared == sb {
                kept.insert(Containment(contained: a, container: b, kind: .identical, containedSize: sa, containerSize: sb))
            } else if shared == sa {
                kept.insert(Containment(contained: a, container: b, kind: .properSubset, containedSize: sa, containerSize: sb))
            } else if shared == sb {
                kept.insert(Containment(contained: b, container: a, kind: .properSubset, containedSize: sb, containerSize: sa))
            }
        }
        return RankedPairs(pairs: kept.sorted(), total: kept.offered)
    }

    private static func ranked(
        _ rows: Affiliation, minShared: Int, limit: Int?, by precedes: @escaping (PairCount, PairCount) -> Bool
    ) -> RankedPairs<PairOverlap> {
        var kept = BoundedSelection(limit: limit, by: precedes)
        OverlapWalk(rows).forEachPair(minShared: max(1, minShared), sorted: false) { a, b, shared in
            kept.insert(PairCount(first: a, second: b, sharedCount: shared, firstSize: rows.size(of: a), secondSize: rows.size(of: b)))
        }
        let pairs = kept.sorted().map { p in
            PairOverlap(
                first: p.first, second: p.second, shared: rows.sharedColumns(p.first, p.second),
                firstSize: p.firstSize, secondSize: p.secondSize)
        }
        return RankedPairs(pairs: pairs, total: kept.offered)
    }

    /// The members of both `a` and `b`, ascending: a merge of two sorted rows.
    func sharedColumns(_ a: Int32, _ b: Int32) -> [Int32] {
        let x = members(of: a), y = members(of: b)
        var out: [Int32] = []
        var i = x.startIndex, j = y.startIndex
        while i < x.endIndex && j < y.endIndex {
            if x[i] < y[j] { i += 1 } else if y[j] < x[i] { j += 1 } else {
                out.append(x[i])
                i += 1
                j += 1
            }
        }
        return out
    }
}
