import Foundation
import NetworkAnalysis
import SamverkanTestSupport
import Testing

/// Davis Southern Women as an affiliation: events are groups (positions in
/// the fixture's `bottom` list), women are members (their node positions).
func davisAffiliation(_ fixture: ReferenceFixture) throws -> Affiliation {
    let g = try fixture.graph("davis")
    let bottom = g.bottom ?? []
    let eventIndex = Dictionary(uniqueKeysWithValues: bottom.enumerated().map { ($1, Int32($0)) })
    let womenCount = g.nodes.count - bottom.count
    var groups = [[Int32]](repeating: [], count: bottom.count)
    for (u, v) in g.edges {
        if let e = eventIndex[v] { groups[Int(e)].append(u) } else if let e = eventIndex[u] { groups[Int(e)].append(v) }
    }
    return try Affiliation(memberCount: womenCount, groups: groups)
}

/// Compares overlap records with the fixture's `[i, j, count, jaccard, overlap, shared]` rows.
func checkOverlaps(_ actual: [PairOverlap], _ expected: [any Sendable]) {
    #expect(actual.count == expected.count)
    for (a, raw) in zip(actual, expected) {
        guard let row = raw as? [any Sendable], row.count == 6 else {
            Issue.record("malformed fixture row \(raw)")
            continue
        }
        #expect(a.first == Int32(number(row[0]) ?? -1))
        #expect(a.second == Int32(number(row[1]) ?? -1))
        #expect(Double(a.sharedCount) == number(row[2]))
        #expect(abs(a.jaccard - (number(row[3]) ?? .nan)) <= 1e-9)
        #expect(abs(a.overlapCoefficient - (number(row[4]) ?? .nan)) <= 1e-9)
        #expect(a.shared == int32s(row[5]))
    }
}

@Suite("Overlap: affiliation structures")
struct OverlapTests {
    @Test("event pairs: shared women, counts, Jaccard and overlap coefficient equal NetworkX")
    func groupOverlapsMatchNetworkX() throws {
        let fixture = try structureFixture()
        let davis = try davisAffiliation(fixture)
        #expect(davis.groupCount == 14 && davis.memberCount == 18 && davis.membershipCount == 89)
        checkOverlaps(davis.groupOverlaps(), try fixture.value("group_overlap", "davis") as? [any Sendable] ?? [])
    }

    @Test("women pairs: shared events equal NetworkX's women projection")
    func memberOverlapsMatchNetworkX() throws {
        let fixture = try structureFixture()
        let davis = try davisAffiliation(fixture)
        checkOverlaps(davis.memberOverlaps(), try fixture.value("member_overlap", "davis") as? [any Sendable] ?? [])
    }

    @Test("minShared keeps exactly the pairs with that many shared members", arguments: [0, 1, 2, 3, 5, 8, 100])
    func minSharedFilters(_ k: Int) throws {
        let davis = try davisAffiliation(try structureFixture())
        let all = davis.groupOverlaps(minShared: 1)
        let kept = davis.groupOverlaps(minShared: k)
        #expect(kept == all.filter { $0.sharedCount >= max(1, k) })
    }

    @Test("containment equals the brute-force set comparison", arguments: [false, true])
    func containmentMatchesBruteForce(_ members: Bool) throws {
        let fixture = try structureFixture()
        let davis = try davisAffiliation(fixture)
        let found = (members ? davis.transposed : davis).containments()
        let expected = (try fixture.value(members ? "member_containment" : "containment", "davis") as? [any Sendable] ?? [])
            .compactMap { $0 as? [any Sendable] }
        #expect(found.count == expected.count)
        for (c, row) in zip(found, expected) {
            #expect(c.contained == Int32(number(row[0]) ?? -1))
            #expect(c.container == Int32(number(row[1]) ?? -1))
            #expect(c.kind.rawValue == row[2] as? String)
        }
    }

    @Test("hand-checked: subsets, identical groups, empty groups, duplicates")
    func handChecked() throws {
        // g0 = {0,1,2}, g1 = {1,2}, g2 = {2,1} (same as g1, listed twice), g3 = {}, g4 = {3}, g5 = {0,3}
        let a = try Affiliation(memberCount: 4, groups: [[2, 0, 1], [1, 2], [2, 1, 2], [], [3], [0, 3]])
        #expect(Array(a.members(of: 2)) == [1, 2])
        #expect(Array(a.groups(of: 1)) == [0, 1, 2])
        #expect(a.containments() == [
            Containment(contained: 1, container: 0, kind: .properSubset, containedSize: 2, containerSize: 3),
            Containment(contained: 1, container: 2, kind: .identical, containedSize: 2, containerSize: 2),
            Containment(contained: 2, container: 0, kind: .properSubset, containedSize: 2, containerSize: 3),
            Containment(contained: 4, container: 5, kind: .properSubset, containedSize: 1, containerSize: 2),
        ])
        let overlaps = a.groupOverlaps()
        #expect(overlaps.map { [$0.first, $0.second] } == [[0, 1], [0, 2], [0, 5], [1, 2], [4, 5]])
        let first = try #require(overlaps.first)
        #expect(first.shared == [1, 2])
        #expect(first.jaccard == 2.0 / 3.0)
        #expect(first.overlapCoefficient == 1)
        let members = a.memberOverlaps()
        // Members 1 and 2 share groups 0, 1, 2; members 0 and 3 share group 5.
        #expect(members.first { $0.first == 1 && $0.second == 2 }?.shared == [0, 1, 2])
        #expect(members.first { $0.first == 0 && $0.second == 3 }?.shared == [5])
        #expect(members.count == 4)  // {0,1}, {0,2}, {0,3}, {1,2}
    }

    @Test("results are Codable and round-trip through JSON")
    func codable() throws {
        let davis = try davisAffiliation(try structureFixture())
        let overlaps = davis.groupOverlaps(minShared: 3)
        let data = try JSONEncoder().encode(overlaps)
        #expect(try JSONDecoder().decode([PairOverlap].self, from: data) == overlaps)
        let containments = davis.containments()
        #expect(try JSONDecoder().decode([Containment].self, from: JSONEncoder().encode(containments)) == containments)
    }

    @Test("a member outside the range is reported with group and range")
    func memberOutOfRange() {
        #expect(throws: AffiliationError.memberOutOfRange(member: 7, group: 1, memberCount: 3)) {
            try Affiliation(memberCount: 3, groups: [[0], [1, 7]])
        }
        let message = AffiliationError.memberOutOfRange(member: 7, group: 1, memberCount: 3).description
        #expect(message.contains("group 1") && message.contains("0..<3"))
    }

    @Test("large sparse structure: pair walk agrees with a direct count on sampled pairs")
    func largeSparse() throws {
        // 2 000 groups, 20 000 members, each member in 1–4 groups chosen by a fixed LCG.
        var state: UInt64 = 12345
        func next(_ n: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(n))
        }
        var groups = [[Int32]](repeating: [], count: 2000)
        for m in 0 ..< 20000 {
            for _ in 0 ... next(4) { groups[next(2000)].append(Int32(m)) }
        }
        let a = try Affiliation(memberCount: 20000, groups: groups)
        let overlaps = a.groupOverlaps(minShared: 1)
        #expect(!overlaps.isEmpty)
        for o in overlaps.prefix(200) {
            let direct = Set(a.members(of: o.first)).intersection(a.members(of: o.second)).sorted()
            #expect(o.shared == direct)
        }
        let total = overlaps.reduce(0) { $0 + $1.sharedCount }
        // Each member with d groups contributes d(d−1)/2 pair memberships.
        var expected = 0
        for m in 0 ..< Int32(20000) { let d = a.groups(of: m).count; expected += d * (d - 1) / 2 }
        #expect(total == expected)
    }
}
