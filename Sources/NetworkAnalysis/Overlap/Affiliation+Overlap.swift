extension Affiliation {
    /// Every pair of groups sharing at least `minShared` members, with the
    /// shared members listed, the counts, the Jaccard index and the overlap
    /// coefficient.
    ///
    /// Definition: for groups `A ≠ B`, the shared members are `A ∩ B`;
    /// `jaccard = |A ∩ B| / |A ∪ B|` and
    /// `overlapCoefficient = |A ∩ B| / min(|A|, |B|)`.
    ///
    /// The pairs are found by walking member → groups lists: for every group
    /// `A` and every member `m` of `A`, every group `B > A` of `m` gets one
    /// more shared member. Pairs that share nobody are never touched.
    ///
    /// - Parameter minShared: the least number of shared members for a pair
    ///   to be reported; values below 1 are treated as 1 (pairs sharing no
    ///   member are not overlaps).
    /// - Returns: the pairs with `first < second`, sorted by `(first, second)`.
    /// - Complexity: O(Σₘ d(m)² + P log P) time, where d(m) is the number of
    ///   groups of member m and P the number of overlapping pairs, and
    ///   O(G + output) space, where G is the number of groups.
    ///
    /// Reference: S. P. Borgatti, D. S. Halgin, "Analyzing affiliation
    /// networks", in The SAGE Handbook of Social Network Analysis, 417–433
    /// (2011), doi:10.4135/9781446294413.n28. The counts reproduce NetworkX
    /// `bipartite.weighted_projected_graph`, the Jaccard index
    /// `bipartite.overlap_weighted_projected_graph(jaccard=True)` and the
    /// overlap coefficient `bipartite.overlap_weighted_projected_graph(jaccard=False)`.
    public func groupOverlaps(minShared: Int = 1) -> [PairOverlap] {
        OverlapWalk(self).pairs(minShared: max(1, minShared))
    }

    /// Every pair of members sharing at least `minShared` groups, with the
    /// shared groups listed: who meets whom, and where.
    ///
    /// The same computation as `groupOverlaps(minShared:)` on the transposed
    /// structure (`first`/`second` are members, `shared` lists groups,
    /// `jaccard` and `overlapCoefficient` compare the members' group sets).
    ///
    /// - Complexity: O(Σ_g s(g)² + P log P) time, where s(g) is the number of
    ///   members of group g and P the number of co-affiliated member pairs;
    ///   O(M + output) space, M the number of members.
    ///
    /// Reproduces NetworkX `bipartite.weighted_projected_graph` on the member
    /// side (counts) and `overlap_weighted_projected_graph` (ratios).
    public func memberOverlaps(minShared: Int = 1) -> [PairOverlap] {
        OverlapWalk(transposed).pairs(minShared: max(1, minShared))
    }

    /// Groups whose membership is a subset of another group's.
    ///
    /// Definition: non-empty `A` is contained in `B ≠ A` when `A ⊆ B`, i.e.
    /// `|A ∩ B| = |A|`. A proper subset is reported as `.properSubset`
    /// (`contained = A`, `container = B`); equal member sets are reported
    /// once per pair as `.identical` with `contained < container`. Empty
    /// groups are skipped (the empty set is trivially inside every group).
    ///
    /// - Returns: containments sorted by `(contained, container)`.
    /// - Complexity: O(Σₘ d(m)² + P log P) time and O(G + P) space, as
    ///   `groupOverlaps`; no member lists are built.
    public func containments() -> [Containment] {
        var out: [Containment] = []
        OverlapWalk(self).forEachPair(minShared: 1) { a, b, shared in
            let sa = size(of: a), sb = size(of: b)
            if shared == sa && shared == sb {
                out.append(Containment(contained: a, container: b, kind: .identical, containedSize: sa, containerSize: sb))
            } else if shared == sa {
                out.append(Containment(contained: a, container: b, kind: .properSubset, containedSize: sa, containerSize: sb))
            } else if shared == sb {
                out.append(Containment(contained: b, container: a, kind: .properSubset, containedSize: sb, containerSize: sa))
            }
        }
        out.sort { ($0.contained, $0.container) < ($1.contained, $1.container) }
        return out
    }
}

/// The sparse pair walk shared by the overlap queries: rows are the
/// affiliation's groups, columns its members.
struct OverlapWalk {
    let rows: Affiliation

    init(_ rows: Affiliation) { self.rows = rows }

    /// The co-occurrence kernel. For every row `a`, in ascending order,
    /// counts the columns `a` shares with each later row `b > a` by walking
    /// column → rows lists, then calls `body(a, met, shared)`: `met` lists
    /// the rows `b > a` sharing at least one column (ascending when
    /// `sorted`, else in the order met), and `shared[b]` is the count for
    /// each of them. Rows that share nothing with `a` are never touched.
    ///
    /// - Complexity: O(Σ_c d(c)² + P log P) time over all rows (no log
    ///   factor unless `sorted`), d(c) the
    ///   number of rows of column c and P the number of pairs met; O(R)
    ///   space for R rows.
    private func forEachRowCoOccurrences(
        sorted: Bool = true, _ body: (_ a: Int32, _ met: [Int32], _ shared: [Int]) -> Void
    ) {
        var count = [Int](repeating: 0, count: rows.groupCount)
        var touched: [Int32] = []
        for a in 0 ..< Int32(rows.groupCount) {
            touched.removeAll(keepingCapacity: true)
            for m in rows.members(of: a) {
                for b in rows.groups(of: m) where b > a {
                    if count[Int(b)] == 0 { touched.append(b) }
                    count[Int(b)] += 1
                }
            }
            guard !touched.isEmpty else { continue }
            if sorted { touched.sort() }
            body(a, touched, count)
            for b in touched { count[Int(b)] = 0 }
        }
    }

    /// Calls `body(a, b, sharedCount)` for every pair of rows `a < b` with at
    /// least `minShared` shared columns, in `(a, b)` order.
    /// Unless `sorted`, the rows `b` of one `a` come in no set order (and
    /// the walk saves their sort).
    func forEachPair(minShared: Int, sorted: Bool = true, _ body: (Int32, Int32, Int) -> Void) {
        forEachRowCoOccurrences(sorted: sorted) { a, met, shared in
            for b in met where shared[Int(b)] >= minShared { body(a, b, shared[Int(b)]) }
        }
    }

    /// The pairs with their shared columns listed.
    func pairs(minShared: Int) -> [PairOverlap] {
        var out: [PairOverlap] = []
        var slot = [Int](repeating: -1, count: rows.groupCount)
        var lists: [[Int32]] = []
        forEachRowCoOccurrences { a, met, shared in
            lists.removeAll(keepingCapacity: true)
            for b in met where shared[Int(b)] >= minShared {
                slot[Int(b)] = lists.count
                var list: [Int32] = []
                list.reserveCapacity(shared[Int(b)])
                lists.append(list)
            }
            guard !lists.isEmpty else { return }
            // Columns are visited in ascending order, so each list comes out sorted.
            for m in rows.members(of: a) {
                for b in rows.groups(of: m) where b > a && slot[Int(b)] >= 0 {
                    lists[slot[Int(b)]].append(m)
                }
            }
            for b in met {
                let s = slot[Int(b)]
                if s >= 0 {
                    out.append(PairOverlap(
                        first: a, second: b, shared: lists[s],
                        firstSize: rows.size(of: a), secondSize: rows.size(of: b)))
                    slot[Int(b)] = -1
                }
            }
        }
        return out
    }
}
