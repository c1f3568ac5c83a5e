import Foundation
import NetworkAnalysis
import SamverkanTestSupport
import Testing

/// `count` cliques of `size` vertices, clique `i`'s last vertex joined to
/// clique `i + 1`'s first (a ring of cliques).
func ringOfCliques(_ count: Int, _ size: Int) throws -> Graph {
    var edges: [(Int32, Int32)] = []
    for c in 0 ..< count {
        let base = Int32(c * size)
        for i in 0 ..< Int32(size) { for j in i + 1 ..< Int32(size) { edges.append((base + i, base + j)) } }
        edges.append((base + Int32(size) - 1, Int32(((c + 1) % count) * size)))
    }
    return try Graph(vertexCount: count * size, edges: edges)
}

@Suite("Community: modularity and Louvain")
struct CommunityTests {
    static let graphs = ["karate", "florentine", "davis_women", "kites", "broker_directed"]

    @Test("modularity of given partitions equals NetworkX (weights, resolution, direction)", arguments: graphs)
    func modularityMatchesNetworkX(_ name: String) throws {
        let fixture = try structureFixture()
        let g = try structureGraph(fixture, name, weighted: true)
        let records = objects(try fixture.value("modularity", name))
        #expect(records.count >= 24)
        for r in records {
            let membership = int32s(r["membership"] ?? "")
            let resolution = number(r["resolution"] ?? "") ?? .nan
            let weighting: EdgeWeighting = (r["weighted"] as? Bool ?? false) ? .weights : .ignored
            let expected = number(r["value"] ?? "") ?? .nan
            let q = try g.modularity(membership: membership, resolution: resolution, weighting: weighting)
            #expect(abs(q - expected) <= 1e-9, "\(name) γ=\(resolution) \(weighting): \(q) ≠ \(expected)")
            // The same partition as lists of vertices.
            let lists = CommunityPartition(labels: membership, modularity: nil).communities
            let q2 = try g.modularity(communities: lists, resolution: resolution, weighting: weighting)
            #expect(abs(q2 - expected) <= 1e-9)
        }
    }

    @Test("Louvain reaches NetworkX's modularity on every seed (within 0.02) and its best (within 0.005)",
          arguments: graphs)
    func louvainQuality(_ name: String) throws {
        let fixture = try structureFixture()
        let g = try structureGraph(fixture, name, weighted: true)
        let records = objects(try fixture.value("louvain", name))
        for weighted in [true, false] {
            let reference = records.filter { ($0["weighted"] as? Bool) == weighted }.compactMap { number($0["modularity"] ?? "") }
            let nxWorst = try #require(reference.min())
            let nxBest = try #require(reference.max())
            let weighting: EdgeWeighting = weighted ? .weights : .ignored
            var best = -Double.infinity
            for seed in UInt64(0) ..< 10 {
                let result = try g.louvainCommunities(seed: seed, weighting: weighting)
                let q = try #require(result.partition.modularity)
                #expect(q >= nxWorst - 0.02, "\(name) seed \(seed) weighted=\(weighted): \(q) vs NetworkX \(nxWorst)…\(nxBest)")
                // The reported modularity is the partition's exact modularity.
                let exact = try g.modularity(membership: result.partition.membership, weighting: weighting)
                #expect(abs(q - exact) <= 1e-12)
                best = max(best, q)
            }
            #expect(best >= nxBest - 0.005, "\(name) weighted=\(weighted): best \(best) vs NetworkX best \(nxBest)")
        }
    }

    @Test("Louvain is deterministic: the same seed gives the same result", arguments: graphs)
    func louvainDeterministic(_ name: String) throws {
        let g = try structureGraph(try structureFixture(), name, weighted: true)
        for seed: UInt64 in [0, 1, 42, .max] {
            let a = try g.louvainCommunities(seed: seed)
            let b = try g.louvainCommunities(seed: seed)
            #expect(a == b)
        }
    }

    @Test("Louvain levels: canonical partitions, coarsening, non-decreasing modularity")
    func louvainLevels() throws {
        let g = try structureGraph(try structureFixture(), "karate", weighted: true)
        let result = try g.louvainCommunities(seed: 3)
        #expect(result.levels.last == result.partition)
        var previous = -Double.infinity
        for level in result.levels {
            let q = try #require(level.modularity)
            #expect(q >= previous - 1e-12)
            previous = q
            // Canonical form: every vertex once, communities numbered by smallest vertex.
            #expect(level.communities.flatMap { $0 }.sorted() == Array(g.vertices))
            #expect(level.communities.map { $0[0] } == level.communities.map { $0[0] }.sorted())
            for (c, members) in level.communities.enumerated() {
                for v in members { #expect(level.membership[Int(v)] == Int32(c)) }
            }
        }
        for (fine, coarse) in zip(result.levels, result.levels.dropFirst()) {
            #expect(coarse.communityCount <= fine.communityCount)
            // Every fine community lies inside one coarse community.
            for members in fine.communities {
                #expect(Set(members.map { coarse.membership[Int($0)] }).count == 1)
            }
        }
    }

    @Test("a ring of 12 cliques of 8 splits into exactly its cliques")
    func ringOfCliquesRecovered() throws {
        let g = try ringOfCliques(12, 8)
        for seed: UInt64 in [0, 7] {
            let result = try g.louvainCommunities(seed: seed)
            #expect(result.partition.communities == (0 ..< 12).map { c in (0 ..< 8).map { Int32(c * 8 + $0) } })
        }
    }

    @Test("higher resolution gives more communities on karate")
    func resolution() throws {
        let g = try structureGraph(try structureFixture(), "karate", weighted: true)
        let coarse = try g.louvainCommunities(seed: 1, resolution: 0.3)
        let fine = try g.louvainCommunities(seed: 1, resolution: 3)
        #expect(coarse.partition.communityCount < fine.partition.communityCount)
    }

    @Test("hand-checked modularity: two triangles joined by an edge")
    func handChecked() throws {
        // m = 7; each community: L = 3, degree sum 7 → Q = 2 (3/7 − (7/14)²) = 6/7 − 1/2.
        let g = try Graph(vertexCount: 6, edges: [(0, 1), (1, 2), (2, 0), (3, 4), (4, 5), (5, 3), (2, 3)])
        let q = try g.modularity(membership: [0, 0, 0, 1, 1, 1])
        #expect(abs(q - (6.0 / 7 - 0.5)) <= 1e-15)
        #expect(try g.modularity(membership: [5, 5, 5, 5, 5, 5]) == 0)
        let louvain = try g.louvainCommunities()
        #expect(louvain.partition.membership == [0, 0, 0, 1, 1, 1])
    }

    @Test("graphs without edges and invalid input")
    func edgeCases() throws {
        let empty = try Graph(vertexCount: 3, edges: [])
        let result = try empty.louvainCommunities()
        #expect(result.partition.communities == [[0], [1], [2]] && result.partition.modularity == nil)
        #expect(throws: CommunityError.noEdgeWeight) { try empty.modularity(membership: [0, 0, 1]) }
        let g = try Graph(vertexCount: 3, edges: [(0, 1), (1, 2)])
        #expect(throws: CommunityError.membershipCountMismatch(labels: 2, vertices: 3)) { try g.modularity(membership: [0, 1]) }
        #expect(throws: CommunityError.notAPartition(vertex: 2, occurrences: 0)) { try g.modularity(communities: [[0, 1]]) }
        #expect(throws: CommunityError.notAPartition(vertex: 1, occurrences: 2)) { try g.modularity(communities: [[0, 1], [1, 2]]) }
        #expect(throws: CommunityError.vertexOutOfRange(9, vertexCount: 3)) { try g.modularity(communities: [[0, 1, 2, 9]]) }
        #expect(throws: CommunityError.invalidResolution(.infinity)) { try g.louvainCommunities(resolution: .infinity) }
    }

    @Test("self-loops count as NetworkX counts them (degree twice, internal weight once)")
    func selfLoops() throws {
        // Triangle 0-1-2 with a loop at 0 and a pendant 3: m = 5, degrees 4, 2, 3, 1.
        // Q({0,1,2},{3}) = 4/5 − (9/10)² + 0 − (1/10)² = 0.8 − 0.81 − 0.01.
        let g = try Graph(vertexCount: 4, edges: [(0, 0), (0, 1), (1, 2), (2, 0), (2, 3)], selfLoops: .keep)
        let q = try g.modularity(membership: [0, 0, 0, 1])
        #expect(abs(q - (0.8 - 0.81 - 0.01)) <= 1e-15)
    }

    @Test("results are Codable")
    func codable() throws {
        let g = try structureGraph(try structureFixture(), "florentine")
        let r = try g.louvainCommunities(seed: 9)
        #expect(try JSONDecoder().decode(LouvainCommunities.self, from: JSONEncoder().encode(r)) == r)
    }
}
