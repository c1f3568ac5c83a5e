import Foundation
import NetworkAnalysis
import SamverkanTestSupport
import Testing

/// The NetworkX/igraph reference values of scripts/fixtures/centrality.py.
enum CentralityFixture {
    static let loaded: Result<ReferenceFixture, any Error> = Result { try ReferenceFixture.load("centrality.json") }

    static func get() throws -> ReferenceFixture { try loaded.get() }

    static let oneModeGraphs = [
        "path", "star", "complete", "kite", "florentine", "karate", "weighted", "disconnected", "directed", "ba200",
    ]
    static let undirectedGraphs = oneModeGraphs.filter { $0 != "directed" }
    static let twoModeGraphs = ["davis", "tiny2"]
    /// The graphs with edge weights.
    static let weightedGraphs: Set<String> = ["weighted"]
    /// The connected undirected graphs: NumPy's `eigh`, igraph's ARPACK
    /// eigenvector and NetworkX's average path length answer only there.
    static let connectedUndirectedGraphs = Set(undirectedGraphs).subtracting(["disconnected"])
    /// The graphs where Katz converges at NetworkX's α = 0.1 (ba200's
    /// largest eigenvalue exceeds 10).
    static let katzConvergentGraphs = Set(oneModeGraphs).subtracting(["ba200"])

    /// The named fixture graph as a `Graph` (weighted when the fixture has weights).
    static func graph(_ name: String) throws -> Graph {
        let g = try get().graph(name)
        return try Graph(vertexCount: g.nodes.count, edges: g.edges, weights: g.weights, directedness: g.directed ? .directed : .undirected)
    }

    static func twoMode(_ name: String) throws -> TwoModeGraph {
        let g = try get().graph(name)
        return try TwoModeGraph(graph: try graph(name), bottom: g.bottom ?? [])
    }

    /// Per-node reference scores, or nil when the fixture has none for this graph.
    static func scores(_ measure: String, _ graph: String) throws -> [Double]? {
        guard try get().results[measure]?[graph] != nil else { return nil }
        return try get().scores(measure, graph)
    }

    /// A single reference number; NaN where the reference was NaN (stored as null).
    static func number(_ measure: String, _ graph: String) throws -> Double? {
        guard let raw = try get().results[measure]?[graph] else { return nil }
        return (raw as? Double) ?? .nan
    }

    /// `measure`'s reference scores for `graph` when `graphs` — the
    /// graphs the fixture script computes it for, as the test states
    /// them — holds `graph`; nil otherwise. Fails the test when the
    /// fixture disagrees either way (a renamed key, or a new graph the
    /// test does not check), so no check is skipped silently.
    static func scores(
        _ measure: String, _ graph: String, onlyFor graphs: Set<String>, sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> [Double]? {
        guard try holds(measure, graph, onlyFor: graphs, sourceLocation: sourceLocation) else { return nil }
        let value = try scores(measure, graph)
        let required: [Double] = try #require(value, "no \(measure) for \(graph)", sourceLocation: sourceLocation)
        return required
    }

    /// `number(_:_:)` for the graphs `graphs` names, as `scores(_:_:onlyFor:)`.
    static func number(
        _ measure: String, _ graph: String, onlyFor graphs: Set<String>, sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> Double? {
        guard try holds(measure, graph, onlyFor: graphs, sourceLocation: sourceLocation) else { return nil }
        let value = try number(measure, graph)
        let required: Double = try #require(value, "no \(measure) for \(graph)", sourceLocation: sourceLocation)
        return required
    }

    /// `rows(_:_:)` for the graphs `graphs` names, as `scores(_:_:onlyFor:)`.
    static func rows(
        _ measure: String, _ graph: String, onlyFor graphs: Set<String>, sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> [[Double]]? {
        guard try holds(measure, graph, onlyFor: graphs, sourceLocation: sourceLocation) else { return nil }
        let value = try rows(measure, graph)
        let required: [[Double]] = try #require(value, "no \(measure) for \(graph)", sourceLocation: sourceLocation)
        return required
    }

    /// Whether `graphs` holds `graph`; records an issue when the fixture
    /// has `measure` for a graph outside `graphs`.
    private static func holds(
        _ measure: String, _ graph: String, onlyFor graphs: Set<String>, sourceLocation: SourceLocation
    ) throws -> Bool {
        if graphs.contains(graph) { return true }
        let present = try get().results[measure]?[graph] != nil
        #expect(!present, "the fixture has \(measure) for \(graph), which the test does not check", sourceLocation: sourceLocation)
        return false
    }

    /// A list of number lists (edge scores `[u, v, x]`, components, extents).
    static func rows(_ measure: String, _ graph: String) throws -> [[Double]]? {
        guard let raw = try get().results[measure]?[graph] else { return nil }
        if let flat = raw as? [Double], flat.isEmpty { return [] }
        guard let list = raw as? [any Sendable] else { return nil }
        return list.compactMap { $0 as? [Double] }
    }
}

/// Expects `actual` to match `expected` within `tolerance` (absolute, or
/// relative for magnitudes above 1).
func expectScores(
    _ actual: VertexScores, _ expected: [Double]?, tolerance: Double = 1e-9,
    _ what: String, sourceLocation: SourceLocation = #_sourceLocation
) {
    guard let expected else {
        Issue.record("no reference values for \(what)", sourceLocation: sourceLocation)
        return
    }
    let mismatch = firstMismatch(actual.values, expected, tolerance: tolerance)
    #expect(mismatch == nil, "\(what): \(mismatch ?? "")", sourceLocation: sourceLocation)
}

func expectNumber(
    _ actual: Double, _ expected: Double?, tolerance: Double = 1e-9,
    _ what: String, sourceLocation: SourceLocation = #_sourceLocation
) {
    guard let expected else {
        Issue.record("no reference value for \(what)", sourceLocation: sourceLocation)
        return
    }
    if expected.isNaN {
        #expect(actual.isNaN, "\(what): \(actual) should be NaN", sourceLocation: sourceLocation)
    } else {
        #expect(abs(actual - expected) <= tolerance * max(1, abs(expected)), "\(what): \(actual) ≠ \(expected)",
                sourceLocation: sourceLocation)
    }
}

/// Edge scores as a dictionary keyed by "u-v".
func edgeMap(_ scores: [EdgeScore]) -> [String: Double] {
    Dictionary(uniqueKeysWithValues: scores.map { ("\($0.source)-\($0.target)", $0.value) })
}

func expectEdgeScores(
    _ actual: [EdgeScore], _ expected: [[Double]]?, tolerance: Double = 1e-9,
    _ what: String, sourceLocation: SourceLocation = #_sourceLocation
) {
    guard let expected else {
        Issue.record("no reference values for \(what)", sourceLocation: sourceLocation)
        return
    }
    let map = edgeMap(actual)
    #expect(map.count == expected.count, "\(what): \(map.count) edges, expected \(expected.count)",
            sourceLocation: sourceLocation)
    for row in expected {
        let key = "\(Int(row[0]))-\(Int(row[1]))"
        guard let value = map[key] else {
            Issue.record("\(what): missing edge \(key)", sourceLocation: sourceLocation)
            continue
        }
        #expect(abs(value - row[2]) <= tolerance * max(1, abs(row[2])), "\(what) edge \(key): \(value) ≠ \(row[2])",
                sourceLocation: sourceLocation)
    }
}
