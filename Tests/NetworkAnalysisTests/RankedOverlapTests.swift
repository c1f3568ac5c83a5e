import NetworkAnalysis
import SamverkanTestSupport
import Testing

/// The capped overlap queries and the projection counts, checked against
/// the uncapped lists and the built projection on seeded random
/// affiliations: a cap keeps exactly the first pairs of the full order and
/// counts every pair; the counts equal what the projection holds.
@Suite("Overlap: capped pair lists and projection counts")
struct RankedOverlapTests {
    /// `memberships` random memberships of `members` members in `groups`
    /// groups, a few groups large (so pairs tie and nest).
    static func affiliation(seed: UInt64, members: Int = 30, groups: Int = 25, memberships: Int = 120) throws
        -> (Affiliation, [(Int32, Int32)])
    {
        var random = SplitMix64(seed: seed)
        func unit() -> Double { Double(random.next() >> 11) / Double(1 << 53) }
        var rows = [[Int32]](repeating: [], count: groups)
        var pairs: [(Int32, Int32)] = []
        for _ in 0 ..< memberships {
            let m = Int32(unit() * Double(members)), g = Int32(unit() * unit() * Double(groups))
            rows[Int(g)].append(m)
            pairs.append((m, g))
        }
        return (try Affiliation(memberCount: members, groups: rows), pairs)
    }

    /// Highest Jaccard first, then the indices: a strict total order.
    static func byJaccard(_ x: PairCount, _ y: PairCount) -> Bool {
        x.jaccard != y.jaccard ? x.jaccard > y.jaccard : x.first != y.first ? x.first < y.first : x.second < y.second
    }

    static func byJaccard(_ x: PairOverlap, _ y: PairOverlap) -> Bool {
        x.jaccard != y.jaccard ? x.jaccard > y.jaccard : x.first != y.first ? x.first < y.first : x.second < y.second
    }

    static func byContained(_ x: Containment, _ y: Containment) -> Bool {
        x.contained != y.contained ? x.contained > y.contained : x.container > y.container
    }

    @Test("a capped list is the head of the full list in the same order, and counts every pair",
          arguments: [1, 2, 3, 4, 5] as [UInt64])
    func cappedListsAreHeadsOfTheFullLists(_ seed: UInt64) throws {
        let (a, _) = try Self.affiliation(seed: seed)
        let groups = a.groupOverlaps(minShared: 1).sorted(by: Self.byJaccard)
        let members = a.memberOverlaps(minShared: 2).sorted(by: Self.byJaccard)
        let contained = a.containments().sorted(by: Self.byContained)
        #expect(groups.count > 20 && members.count > 5 && contained.count > 3)
        for limit in [0, 1, 3, 7, 1_000, nil] as [Int?] {
            let g = a.groupOverlaps(minShared: 1, limit: limit, by: Self.byJaccard)
            #expect(g.total == groups.count)
            #expect(g.pairs == Array(groups.prefix(limit ?? .max)), "limit \(String(describing: limit))")
            let m = a.memberOverlaps(minShared: 2, limit: limit, by: Self.byJaccard)
            #expect(m.total == members.count)
            #expect(m.pairs == Array(members.prefix(limit ?? .max)))
            let c = a.containments(limit: limit, by: Self.byContained)
            #expect(c.total == contained.count)
            #expect(c.pairs == Array(contained.prefix(limit ?? .max)))
            let both = a.groupOverlapsAndContainments(
                minShared: 2, limit: limit, pairsBy: Self.byJaccard, containmentsBy: Self.byContained)
            #expect(both.pairs == a.groupOverlaps(minShared: 2, limit: limit, by: Self.byJaccard))
            #expect(both.containments == c)
        }
    }

    @Test("a bounded selection keeps the first elements whatever order they come in")
    func boundedSelectionKeepsTheFirst() {
        var random = SplitMix64(seed: 9)
        let values = (0 ..< 5_000).map { _ in Int(random.next() % 100_000) }
        let distinct = Array(Set(values))
        for limit in [0, 1, 10, 999, 4_999, 10_000] {
            var s = BoundedSelection<Int>(limit: limit, by: <)
            for v in distinct { s.insert(v) }
            #expect(s.sorted() == Array(distinct.sorted().prefix(limit)))
            #expect(s.offered == distinct.count)
        }
    }

    @Test("projected degrees and edge counts equal the built projection's, on both sides",
          arguments: [1, 2, 3, 4, 5] as [UInt64])
    func projectedDegreesMatchTheProjection(_ seed: UInt64) throws {
        let (a, pairs) = try Self.affiliation(seed: seed)
        let g = try TwoModeGraph(topCount: a.memberCount, bottomCount: a.groupCount, memberships: pairs)
        for side in [TwoModeSide.top, .bottom] {
            let projection = g.projection(onto: side)
            let degrees = (0 ..< Int32(projection.graph.vertexCount)).map { projection.graph.outDegree($0) }
            #expect(g.projectedDegrees(onto: side) == degrees)
            #expect(g.projectionEdgeCount(onto: side) == projection.graph.edgeCount)
            #expect(g.projectionEdgeBound(onto: side) >= projection.graph.edgeCount)
        }
    }

    @Test("a star's group projection is counted, not built: n(n − 1)/2 ties, every group of degree n − 1")
    func starProjectionIsCounted() throws {
        let n = 3_000
        let g = try TwoModeGraph(topCount: 1, bottomCount: n, memberships: (0 ..< Int32(n)).map { (0, $0) })
        #expect(g.projectionEdgeBound(onto: .bottom) == n * (n - 1) / 2)
        #expect(g.projectionEdgeCount(onto: .bottom) == n * (n - 1) / 2)
        #expect(g.projectedDegrees(onto: .bottom) == [Int](repeating: n - 1, count: n))
        #expect(g.projectedDegrees(onto: .top) == [0])
    }
}
