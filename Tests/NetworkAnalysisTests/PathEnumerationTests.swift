import Foundation
import NetworkAnalysis
import SamverkanTestSupport
import Testing

/// Hop distances from `s` by a plain breadth-first search written for the
/// tests (follows arcs; only `allowed` vertices besides `s` are entered).
func testDistances(_ g: Graph, from s: Int32, allowed: Set<Int32>? = nil) -> [Int] {
    var dist = [Int](repeating: -1, count: g.vertexCount)
    dist[Int(s)] = 0
    var queue = [s]
    var head = 0
    while head < queue.count {
        let u = queue[head]; head += 1
        for v in g.neighbors(of: u) where dist[Int(v)] < 0 && (allowed?.contains(v) ?? true) {
            dist[Int(v)] = dist[Int(u)] + 1
            queue.append(v)
        }
    }
    return dist
}

/// `rows × cols` grid graph, vertex `r * cols + c`.
func gridGraph(_ rows: Int, _ cols: Int) throws -> Graph {
    var edges: [(Int32, Int32)] = []
    for r in 0 ..< rows {
        for c in 0 ..< cols {
            let v = Int32(r * cols + c)
            if c + 1 < cols { edges.append((v, v + 1)) }
            if r + 1 < rows { edges.append((v, v + Int32(cols))) }
        }
    }
    return try Graph(vertexCount: rows * cols, edges: edges)
}

@Suite("Paths: shortest-path enumeration and reach")
struct PathEnumerationTests {
    static let pathCases: [(String, String)] = [
        ("shortest_paths", "karate"), ("shortest_paths", "florentine"), ("shortest_paths", "kites"),
        ("shortest_paths", "davis"), ("shortest_paths", "broker_directed"),
        ("shortest_paths_restricted", "davis"), ("shortest_paths_restricted", "kites"),
    ]

    @Test("paths, counts and one-longer paths equal NetworkX", arguments: pathCases)
    func matchesNetworkX(_ measure: String, _ name: String) throws {
        let fixture = try structureFixture()
        let g = try structureGraph(fixture, name)
        for record in objects(try fixture.value(measure, name)) {
            let s = Int32(number(record["source"] ?? "") ?? -1)
            let t = Int32(number(record["target"] ?? "") ?? -1)
            let allowedList = record["allowed"].map(int32s) ?? []
            let allowed = record["allowed"] is String ? nil : VertexSubset(vertexCount: g.vertexCount, members: allowedList)
            let result = try g.allShortestPaths(from: s, to: t, lengths: .shortestAndOneLonger, allowed: allowed)
            let expectedDistance = number(record["distance"] ?? "").map { Int($0) }
            #expect(result.distance == expectedDistance, "\(name) \(s)→\(t)")
            #expect(Double(result.shortestPathCount) == number(record["count"] ?? ""), "\(name) \(s)→\(t)")
            #expect(result.shortestPaths == int32Lists(record["paths"] ?? ""), "\(name) \(s)→\(t)")
            #expect(result.longerPaths == int32Lists(record["longer"] ?? ""), "\(name) \(s)→\(t)")
            #expect(!result.isTruncated)
        }
    }

    @Test("every listed path is a simple path of the stated length through allowed vertices",
          arguments: ["karate", "florentine", "kites", "davis_women", "broker_directed"])
    func pathProperties(_ name: String) throws {
        let g = try structureGraph(try structureFixture(), name)
        // Allow every vertex except multiples of 5 (endpoints are always allowed).
        let allowedSet = Set(g.vertices.filter { $0 % 5 != 0 })
        let restricted = VertexSubset(vertexCount: g.vertexCount, members: allowedSet)
        for allowed in [nil, restricted] {
            for s in g.vertices where s % 3 == 0 {
                for t in g.vertices where t % 4 == 1 && t != s {
                    let r = try g.allShortestPaths(from: s, to: t, lengths: .shortestAndOneLonger, allowed: allowed)
                    let inner = allowed == nil ? nil : allowedSet.union([t])
                    let d = testDistances(g, from: s, allowed: inner)[Int(t)]
                    #expect(r.distance == (d < 0 ? nil : d))
                    #expect(r.shortestPaths.count == min(r.shortestPathCount, 1000))
                    #expect(r.shortestPaths == r.shortestPaths.sorted { $0.lexicographicallyPrecedes($1) })
                    #expect(Set(r.shortestPaths).count == r.shortestPaths.count)
                    for (paths, length) in [(r.shortestPaths, d), (r.longerPaths, d + 1)] {
                        for p in paths {
                            #expect(p.count == length + 1 && p.first == s && p.last == t)
                            #expect(Set(p).count == p.count, "simple")
                            for (u, v) in zip(p, p.dropFirst()) { #expect(g.neighbors(of: u).contains(v)) }
                            for v in p.dropFirst().dropLast() { #expect(allowed?.contains(v) ?? true) }
                        }
                    }
                }
            }
        }
    }

    @Test("grid: C(18, 9) = 48 620 corner-to-corner shortest paths; the limit truncates in order")
    func gridCount() throws {
        let g = try gridGraph(10, 10)
        let r = try g.allShortestPaths(from: 0, to: 99, limit: 100)
        #expect(r.distance == 18)
        #expect(r.shortestPathCount == 48620)
        #expect(r.shortestPaths.count == 100 && r.isTruncated)
        // Lexicographically first: right along the top row, then down the last column.
        #expect(r.shortestPaths[0] == Array(0 ... 9) + stride(from: 19, through: 99, by: 10).map { Int32($0) })
        let none = try g.allShortestPaths(from: 0, to: 99, limit: 0)
        #expect(none.shortestPaths.isEmpty && none.isTruncated && none.shortestPathCount == 48620)
        // A 40 × 40 grid has C(78, 39) ≈ 2.65e22 paths: the count saturates.
        let big = try gridGraph(40, 40).allShortestPaths(from: 0, to: 1599, limit: 1)
        #expect(big.shortestPathCount == Int.max)
    }

    @Test("weighted: equal lengths give the hop answer; lengths that tie only up to rounding still tie")
    func weightedPaths() throws {
        // Every tie of a grid as long as the next: the weighted search must
        // find the same 48 620 corner-to-corner paths, listed in the same order.
        let g = try gridGraph(6, 6)
        let hops = try g.allShortestPaths(from: 0, to: 35, limit: 300)
        let weighted = try g.allShortestPaths(from: 0, to: 35, weighted: .weight, limit: 300)
        #expect(hops.shortestPathCount == 252)  // C(10, 5)
        #expect(weighted.shortestPathCount == 252 && weighted.fewestSteps == 10 && weighted.length == 10)
        #expect(weighted.shortestPaths == hops.shortestPaths)
        // 0–1 of length 0.3 against 0–2–1 of lengths 0.1 and 0.2, whose
        // floating-point sum is 0.30000000000000004: a tie within 1e-12, so
        // both chains are shortest, and the fewest steps is 1.
        let tied = try Graph(vertexCount: 3, edges: [(0, 1), (0, 2), (2, 1)], weights: [0.3, 0.1, 0.2])
        #expect(0.1 + 0.2 != 0.3)
        let both = try tied.allShortestPaths(from: 0, to: 1, weighted: .weight)
        #expect(both.shortestPaths == [[0, 1], [0, 2, 1]])
        #expect(both.shortestPathCount == 2 && both.fewestSteps == 1)
        // Read as strengths (lengths 1/0.3 against 10 + 5), 0–1 alone is shortest.
        let direct = try tied.allShortestPaths(from: 0, to: 1, weighted: .inverseWeight)
        #expect(direct.shortestPaths == [[0, 1]] && direct.length == 1 / 0.3)
        // Unreachable, same vertex, limit 0, negative limit.
        let apart = try Graph(vertexCount: 3, edges: [(0, 1)], weights: [2])
        let none = try apart.allShortestPaths(from: 0, to: 2, weighted: .weight)
        #expect(none.length == nil && none.shortestPathCount == 0 && none.shortestPaths.isEmpty)
        let same = try apart.allShortestPaths(from: 1, to: 1, weighted: .weight)
        #expect(same.length == 0 && same.shortestPaths == [[1]])
        let zero = try tied.allShortestPaths(from: 0, to: 1, weighted: .weight, limit: 0)
        #expect(zero.shortestPaths.isEmpty && zero.isTruncated)
        #expect(throws: PathQueryError.negativeLimit(-1)) { try tied.allShortestPaths(from: 0, to: 1, weighted: .weight, limit: -1) }
    }

    @Test("hand-checked: a square with a diagonal tail; one-longer paths; same source and target")
    func handChecked() throws {
        // 0-1, 0-2, 1-3, 2-3, 3-4, 1-4
        let g = try Graph(vertexCount: 5, edges: [(0, 1), (0, 2), (1, 3), (2, 3), (3, 4), (1, 4)])
        let r = try g.allShortestPaths(from: 0, to: 3, lengths: .shortestAndOneLonger)
        #expect(r.shortestPaths == [[0, 1, 3], [0, 2, 3]])
        #expect(r.longerPaths == [[0, 1, 4, 3]])
        let only = try g.allShortestPaths(from: 0, to: 3, allowed: VertexSubset(vertexCount: 5, members: [2]))
        #expect(only.shortestPaths == [[0, 2, 3]])
        let same = try g.allShortestPaths(from: 4, to: 4)
        #expect(same.distance == 0 && same.shortestPaths == [[4]] && same.shortestPathCount == 1)
        let blocked = try g.allShortestPaths(from: 0, to: 4, allowed: VertexSubset(vertexCount: 5))
        #expect(blocked.distance == nil && blocked.shortestPathCount == 0)
    }

    @Test("reach equals NetworkX single_source_shortest_path_length with cutoff",
          arguments: ["karate", "kites", "broker_directed"])
    func reachMatchesNetworkX(_ name: String) throws {
        let fixture = try structureFixture()
        let g = try structureGraph(fixture, name)
        for record in objects(try fixture.value("reach", name)) {
            let s = Int32(number(record["source"] ?? "") ?? -1)
            let k = Int(number(record["k"] ?? "") ?? -1)
            let reach = try g.reach(from: s, within: k)
            let mine = reach.reached.sorted { $0.vertex < $1.vertex }.map { [$0.vertex, Int32($0.distance)] }
            #expect(mine == int32Lists(record["reached"] ?? ""), "\(name) from \(s) within \(k)")
            #expect(reach.reached.first == ReachedVertex(vertex: s, distance: 0))
            #expect(reach.reached == reach.reached.sorted { ($0.distance, $0.vertex) < ($1.distance, $1.vertex) })
        }
    }

    @Test("reach loss equals the difference of reach with and without the vertex",
          arguments: ["karate", "kites", "florentine", "broker_directed"])
    func reachLossCrossCheck(_ name: String) throws {
        let g = try structureGraph(try structureFixture(), name)
        for removed in g.vertices {
            // The same graph with every edge at `removed` deleted.
            var edges: [(Int32, Int32)] = []
            for u in g.vertices where u != removed {
                for v in g.neighbors(of: u) where v != removed && (g.isDirected || u < v) { edges.append((u, v)) }
            }
            let without = try Graph(vertexCount: g.vertexCount, edges: edges, directedness: g.directedness)
            for source in g.vertices where source != removed && source % 4 == 0 {
                for k in [1, 2, 3] {
                    let loss = try g.reachLoss(from: source, removing: removed, within: k)
                    let before = try g.reach(from: source, within: k)
                    let after = try without.reach(from: source, within: k)
                    var lost: [ReachedVertex] = []
                    var longer: [DistanceChange] = []
                    for r in before.reached where r.vertex != removed {
                        if let d = after.distance(to: r.vertex) {
                            if d > r.distance { longer.append(DistanceChange(vertex: r.vertex, before: r.distance, after: d)) }
                        } else {
                            lost.append(r)
                        }
                    }
                    #expect(loss.lost == lost)
                    #expect(loss.lengthened == longer)
                }
            }
        }
    }

    @Test("hand-checked reach loss: the kites' connecting path")
    func reachLossKites() throws {
        let g = try structureGraph(try structureFixture(), "kites")
        // From 9 (left tail end), vertex 10 leads to 11, 22 and the right kite.
        let loss = try g.reachLoss(from: 9, removing: 10, within: 3)
        #expect(loss.lost == [ReachedVertex(vertex: 11, distance: 2), ReachedVertex(vertex: 22, distance: 2),
                              ReachedVertex(vertex: 21, distance: 3)])
        #expect(loss.lengthened.isEmpty)
        // Removing 7 from 8's view: 5 and 6 become unreachable (only via 7).
        let tail = try g.reachLoss(from: 8, removing: 7, within: 2)
        #expect(tail.lost == [ReachedVertex(vertex: 5, distance: 2), ReachedVertex(vertex: 6, distance: 2)])
        // A 4-cycle 0-1-2-3 with 4 hanging off 2: removing 3 costs 0 nothing.
        let square = try Graph(vertexCount: 5, edges: [(0, 1), (1, 2), (2, 3), (3, 0), (2, 4)])
        let s = try square.reachLoss(from: 0, removing: 3, within: 3)
        #expect(s.lost.isEmpty && s.lengthened.isEmpty)
        // A 5-cycle 0-1-2-3-4 with 5 hanging off 2: without 1, vertex 2 is 3 steps
        // from 0 instead of 2, and 5 (3 steps before) falls outside 3 steps.
        let pentagon = try Graph(vertexCount: 6, edges: [(0, 1), (1, 2), (2, 3), (3, 4), (4, 0), (2, 5)])
        let p = try pentagon.reachLoss(from: 0, removing: 1, within: 3)
        #expect(p.lost == [ReachedVertex(vertex: 5, distance: 3)])
        #expect(p.lengthened == [DistanceChange(vertex: 2, before: 2, after: 3)])
    }

    @Test("input errors name the problem")
    func errors() throws {
        let g = try Graph(vertexCount: 3, edges: [(0, 1)])
        #expect(throws: PathQueryError.vertexOutOfRange(3, vertexCount: 3)) { try g.allShortestPaths(from: 0, to: 3) }
        #expect(throws: PathQueryError.removedVertexIsSource(1)) { try g.reachLoss(from: 1, removing: 1, within: 2) }
        #expect(throws: PathQueryError.negativeStepBound(-1)) { try g.reach(from: 0, within: -1) }
        #expect(throws: PathQueryError.negativeLimit(-2)) { try g.allShortestPaths(from: 0, to: 1, limit: -2) }
        #expect(PathQueryError.vertexOutOfRange(3, vertexCount: 3).description.contains("0..<3"))
    }

    @Test("results are Codable")
    func codable() throws {
        let g = try gridGraph(3, 3)
        let r = try g.allShortestPaths(from: 0, to: 8, lengths: .shortestAndOneLonger)
        #expect(try JSONDecoder().decode(PathEnumeration.self, from: JSONEncoder().encode(r)) == r)
        let loss = try g.reachLoss(from: 0, removing: 4, within: 4)
        #expect(try JSONDecoder().decode(ReachLoss.self, from: JSONEncoder().encode(loss)) == loss)
    }
}
