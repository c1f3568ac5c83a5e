import Foundation

/// A reference fixture written by `scripts/fixtures/*.py`: named graphs and
/// the values an independent library (NetworkX, igraph) computed on them.
///
/// JSON shape:
/// ```json
/// { "generator": {"networkx": "3.6.1", ...},
///   "graphs": { "karate": { "directed": false, "nodes": ["0", ...],
///                           "edges": [[0, 1], [0, 2, 1.5], ...],
///                           "bottom": [0, 3] } },      // two-mode graphs only
///   "results": { "<measure>": { "<graph>": <any JSON> } } }
/// ```
/// Edges use node positions; a third element is the weight.
public struct ReferenceFixture: Sendable {
    public struct FixtureGraph: Sendable {
        public var name: String
        public var directed: Bool
        public var nodes: [String]
        public var edges: [(Int32, Int32)]
        /// Weights when every edge has one, else nil.
        public var weights: [Double]?
        /// For two-mode graphs: the positions of the second side.
        public var bottom: [Int32]?
    }

    public var graphs: [String: FixtureGraph]
    /// `results[measure][graph]`: the raw decoded JSON value.
    public var results: [String: [String: any Sendable]]

    /// The directory holding the fixtures of a test target
    /// (`Tests/<target>/Fixtures`), found from the calling file's path.
    public static func directory(for filePath: String = #filePath) -> URL {
        URL(fileURLWithPath: filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    }

    /// Loads `name` (e.g. `"centrality.json"`) from the caller's `Fixtures` folder.
    public static func load(_ name: String, filePath: String = #filePath) throws -> ReferenceFixture {
        let url = directory(for: filePath).appendingPathComponent(name)
        let data = try Data(contentsOf: url)
        guard let root = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw FixtureError.malformed(name, "top level is not an object")
        }
        var graphs: [String: FixtureGraph] = [:]
        for (gname, raw) in root["graphs"] as? [String: Any] ?? [:] {
            guard let g = raw as? [String: Any], let nodes = g["nodes"] as? [Any],
                  let edges = g["edges"] as? [[Any]]
            else { throw FixtureError.malformed(name, "graph \(gname)") }
            var pairs: [(Int32, Int32)] = []
            var weights: [Double] = []
            for e in edges {
                guard e.count >= 2, let u = (e[0] as? NSNumber)?.int32Value, let v = (e[1] as? NSNumber)?.int32Value
                else { throw FixtureError.malformed(name, "edge in \(gname)") }
                pairs.append((u, v))
                if e.count > 2, let w = (e[2] as? NSNumber)?.doubleValue { weights.append(w) }
            }
            graphs[gname] = FixtureGraph(
                name: gname, directed: g["directed"] as? Bool ?? false,
                nodes: nodes.map { "\($0)" }, edges: pairs,
                weights: weights.count == pairs.count && !pairs.isEmpty ? weights : nil,
                bottom: (g["bottom"] as? [NSNumber])?.map(\.int32Value))
        }
        var results: [String: [String: any Sendable]] = [:]
        for (measure, raw) in root["results"] as? [String: Any] ?? [:] {
            var perGraph: [String: any Sendable] = [:]
            for (gname, value) in raw as? [String: Any] ?? [:] { perGraph[gname] = sendable(value) }
            results[measure] = perGraph
        }
        return ReferenceFixture(graphs: graphs, results: results)
    }

    /// A per-node score list (`[Double]` in node order) for `measure` on `graph`.
    public func scores(_ measure: String, _ graph: String) throws -> [Double] {
        guard let v = results[measure]?[graph] as? [Double] else {
            throw FixtureError.missing("\(measure)/\(graph)")
        }
        return v
    }

    /// A single number for `measure` on `graph`.
    public func number(_ measure: String, _ graph: String) throws -> Double {
        guard let v = results[measure]?[graph] as? Double else { throw FixtureError.missing("\(measure)/\(graph)") }
        return v
    }

    /// Any value for `measure` on `graph`, as decoded from JSON
    /// (`[String: any Sendable]`, `[any Sendable]`, `Double`, `String`, `Bool`).
    public func value(_ measure: String, _ graph: String) throws -> any Sendable {
        guard let v = results[measure]?[graph] else { throw FixtureError.missing("\(measure)/\(graph)") }
        return v
    }

    public func graph(_ name: String) throws -> FixtureGraph {
        guard let g = graphs[name] else { throw FixtureError.missing("graph \(name)") }
        return g
    }

    private static func sendable(_ value: Any) -> any Sendable {
        switch value {
        case let n as NSNumber:
            if isBoolean(n) { return n.boolValue }
            return n.doubleValue
        case let s as String: return s
        case let a as [Any]:
            if a.allSatisfy({ ($0 as? NSNumber).map { !isBoolean($0) } ?? false }) {
                return a.map { ($0 as! NSNumber).doubleValue }
            }
            return a.map { sendable($0) }
        case let d as [String: Any]: return d.mapValues { sendable($0) }
        default: return String(describing: value)
        }
    }
}

/// JSON `true`/`false` decode to a boolean NSNumber subclass.
private func isBoolean(_ n: NSNumber) -> Bool {
    String(describing: type(of: n)).contains("Boolean")
}

public enum FixtureError: Error, CustomStringConvertible {
    case malformed(String, String)
    case missing(String)
    public var description: String {
        switch self {
        case let .malformed(file, what): "fixture \(file): malformed \(what)"
        case let .missing(what): "fixture has no \(what); regenerate with `make fixtures`"
        }
    }
}

/// Asserts two score vectors agree within `tolerance` (absolute, and
/// relative for large magnitudes); returns a description of the first
/// mismatch, or nil.
public func firstMismatch(_ actual: [Double], _ expected: [Double], tolerance: Double = 1e-9) -> String? {
    guard actual.count == expected.count else { return "count \(actual.count) ≠ \(expected.count)" }
    for i in actual.indices {
        let a = actual[i], e = expected[i]
        if a.isNaN || e.isNaN {
            if a.isNaN && e.isNaN { continue }
            return "index \(i): \(a) ≠ \(e)"
        }
        if abs(a - e) > tolerance * max(1, abs(e)) { return "index \(i): \(a) ≠ \(e)" }
    }
    return nil
}
