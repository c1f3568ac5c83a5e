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
        var containments: BoundedSelection<Containment>? = BoundedSelection(limit: limit, by: precedes)
        var none: BoundedSelection<PairCount>?
        Self.walk(self, minShared: 1, pairs: &none, containments: &containments)
        return Self.kept(containments)
    }

    /// `groupOverlaps(minShared:limit:by:)` and `containments(limit:by:)`
    /// from one member → groups walk: what an overlap report of groups
    /// needs, for the cost of one of them.
    public func groupOverlapsAndContainments(
        minShared: Int, limit: Int?, pairsBy pairOrder: @escaping (PairCount, PairCount) -> Bool,
        containmentsBy containmentOrder: @escaping (Containment, Containment) -> Bool
    ) -> (pairs: RankedPairs<PairOverlap>, containments: RankedPairs<Containment>) {
        var pairs: BoundedSelection<PairCount>? = BoundedSelection(limit: limit, by: pairOrder)
        var containments: BoundedSelection<Containment>? = BoundedSelection(limit: limit, by: containmentOrder)
        Self.walk(self, minShared: minShared, pairs: &pairs, containments: &containments)
        return (Self.listed(self, pairs), Self.kept(containments))
    }

    private static func ranked(
        _ rows: Affiliation, minShared: Int, limit: Int?, by precedes: @escaping (PairCount, PairCount) -> Bool
    ) -> RankedPairs<PairOverlap> {
        var pairs: BoundedSelection<PairCount>? = BoundedSelection(limit: limit, by: precedes)
        var none: BoundedSelection<Containment>?
        walk(rows, minShared: minShared, pairs: &pairs, containments: &none)
        return listed(rows, pairs)
    }

    /// Offers every pair of rows sharing at least `minShared` columns to
    /// `pairs`, and every containment (whatever `minShared`) to
    /// `containments`; either may be nil.
    private static func walk(
        _ rows: Affiliation, minShared: Int, pairs: inout BoundedSelection<PairCount>?,
        containments: inout BoundedSelection<Containment>?
    ) {
        let least = containments == nil ? max(1, minShared) : 1
        let pairLeast = max(1, minShared)
        OverlapWalk(rows).forEachPair(minShared: least, sorted: false) { a, b, shared in
            let sa = rows.size(of: a), sb = rows.size(of: b)
            if shared >= pairLeast {
                pairs?.insert(PairCount(first: a, second: b, sharedCount: shared, firstSize: sa, secondSize: sb))
            }
            guard containments != nil else { return }
            if shared == sa && shared == sb {
                containments?.insert(Containment(contained: a, container: b, kind: .identical, containedSize: sa, containerSize: sb))
            } else if shared == sa {
                containments?.insert(Containment(contained: a, container: b, kind: .properSubset, containedSize: sa, containerSize: sb))
            } else if shared == sb {
                containments?.insert(Containment(contained: b, container: a, kind: .properSubset, containedSize: sb, containerSize: sa))
            }
        }
    }

    /// The kept containments and the count of all.
    private static func kept(_ selection: BoundedSelection<Containment>?) -> RankedPairs<Containment> {
        guard let selection else { return RankedPairs(pairs: [], total: 0) }
        return RankedPairs(pairs: selection.sorted(), total: selection.offered)
    }

    /// The kept pairs with their shared columns listed, and the count of all.
    private static func listed(_ rows: Affiliation, _ selection: BoundedSelection<PairCount>?) -> RankedPairs<PairOverlap> {
        guard let selection else { return RankedPairs(pairs: [], total: 0) }
        let pairs = selection.sorted().map { p in
            PairOverlap(
                first: p.first, second: p.second, shared: rows.sharedColumns(p.first, p.second),
                firstSize: p.firstSize, secondSize: p.secondSize)
        }
        return RankedPairs(pairs: pairs, total: selection.offered)
    }

    /// The members of both groups `a` and `b`, ascending: a merge of the
    /// two sorted rows (on `transposed`, the groups of both members).
    ///
    /// - Complexity: O(|A| + |B|) time, O(|A ∩ B|) space.
    public func sharedColumns(_ a: Int32, _ b: Int32) -> [Int32] {
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
