/// Why an analysis could not be carried out.
public enum AnalysisError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A power iteration did not reach its tolerance.
    case failedToConverge(measure: String, iterations: Int)
    /// A measure is not defined on this kind of graph.
    case unsupported(measure: String, reason: String)
    /// A parameter is outside its meaningful range.
    case invalidParameter(name: String, value: String, expected: String)
    /// A vertex index outside `0..<vertexCount`.
    case vertexOutOfRange(Int32, vertexCount: Int)
    /// A per-vertex input of the wrong length.
    case lengthMismatch(name: String, count: Int, vertexCount: Int)
    /// The graph has no vertices (or too few) for this measure.
    case emptyGraph(measure: String)

    public var description: String {
        switch self {
        case let .failedToConverge(measure, n):
            "\(measure) did not converge in \(n) iterations; raise maxIterations or loosen the tolerance"
        case let .unsupported(measure, reason):
            "\(measure) is not available here: \(reason)"
        case let .invalidParameter(name, value, expected):
            "\(name) = \(value) is invalid; expected \(expected)"
        case let .vertexOutOfRange(v, n):
            "vertex \(v) is out of range 0..<\(n)"
        case let .lengthMismatch(name, count, n):
            "\(name) has \(count) entries but the graph has \(n) vertices; give one per vertex"
        case let .emptyGraph(measure):
            "\(measure) is undefined for a graph without vertices"
        }
    }
}
