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

    @Test("the projection's cut vertices, found on the two-mode graph, equal the built projection's",
          arguments: [1, 2, 3, 4, 5, 6, 7, 8] as [UInt64])
    func projectedCutVerticesMatchTheProjection(_ seed: UInt64) throws {
        var found = 0
        // Dense and sparse (tree-like, many cut vertices) random affiliations.
        for memberships in [120, 40, 25] {
            let (a, pairs) = try Self.affiliation(seed: seed, memberships: memberships)
            let g = try TwoModeGraph(topCount: a.memberCount, bottomCount: a.groupCount, memberships: pairs)
            for side in [TwoModeSide.top, .bottom] {
                let expected = g.projection(onto: side).graph.articulationPoints()
                #expect(g.projectedArticulationPoints(onto: side) == expected, "seed \(seed), \(memberships), \(side)")
                found += expected.count
            }
        }
        #expect(found > 0)
    }

    /// By hand: members 0–1 in group 0, 1–2 in group 1, 2 alone in group 2,
    /// 3 alone in group 3, 4 in no group. The members' projection is the
    /// path 0–1–2 with 3 and 4 isolated: member 1 is its one cut vertex;
    /// member 2 cuts off only a group (group 2), no member, so it is not
    /// one. The groups' projection ties groups 1 and 2 (member 2) and 0 and
    /// 1 (member 1): group 1 is its cut vertex; group 3 stands alone.
    @Test("the projection's cut vertices by hand: a piece holding only the other side does not count")
    func projectedCutVerticesByHand() throws {
        let g = try TwoModeGraph(
            topCount: 5, bottomCount: 4, memberships: [(0, 0), (1, 0), (1, 1), (2, 1), (2, 2), (3, 3)])
        #expect(g.projectedArticulationPoints(onto: .top) == [1])
        #expect(g.projectedArticulationPoints(onto: .bottom) == [1])
        // The two-mode graph's own: members 1 and 2, groups 0 and 1 (vertices 5 and 6).
        #expect(g.graph.articulationPoints() == [1, 2, 5, 6])
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

    @Test("the member-pair walk meets exactly the pairs sharing a group, with their counts",
          arguments: [1, 2, 3, 4, 5] as [UInt64])
    func memberPairWalkMeetsEverySharingPair(_ seed: UInt64) throws {
        let (a, memberships) = try Self.affiliation(seed: seed)
        // Independent: each member's set of groups, every pair compared.
        var groupsOf = [Set<Int32>](repeating: [], count: a.memberCount)
        for (m, g) in memberships { groupsOf[Int(m)].insert(g) }
        var expected: [String: Int] = [:]
        for x in 0 ..< a.memberCount {
            for y in (x + 1) ..< a.memberCount {
                let shared = groupsOf[x].intersection(groupsOf[y]).count
                if shared > 0 { expected["\(x)-\(y)"] = shared }
                #expect(a.shareAGroup(Int32(x), Int32(y)) == (shared > 0))
                #expect(a.sharedGroups(Int32(x), Int32(y)) == groupsOf[x].intersection(groupsOf[y]).sorted())
            }
        }
        var met: [String: Int] = [:]
        a.forEachMemberPair { x, y, shared in
            #expect(x < y)
            #expect(met.updateValue(shared, forKey: "\(x)-\(y)") == nil, "each pair once")
        }
        #expect(expected.count > 20)
        #expect(met == expected)
    }
}
