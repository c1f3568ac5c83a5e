/// Why a graph could not be built.
public enum GraphError: Error, Equatable, Sendable, CustomStringConvertible {
    case vertexOutOfRange(Int, vertexCount: Int)
    case weightCountMismatch(edges: Int, weights: Int)
    case invalidWeight(Double, edge: Int)

    public var description: String {
        switch self {
        case let .vertexOutOfRange(v, n):
            "vertex \(v) is out of range 0..<\(n)"
        case let .weightCountMismatch(e, w):
            "\(w) weights given for \(e) edges; give one weight per edge"
        case let .invalidWeight(w, edge):
            "edge \(edge) has weight \(w); weights must be finite and non-negative"
        }
    }
}
