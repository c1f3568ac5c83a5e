/// Why a community computation could not run.
public enum CommunityError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A membership list whose length is not the number of vertices.
    case membershipCountMismatch(labels: Int, vertices: Int)
    /// A vertex listed in no community, or in more than one.
    case notAPartition(vertex: Int32, occurrences: Int)
    /// A vertex in a community list that is not in the graph.
    case vertexOutOfRange(Int32, vertexCount: Int)
    /// The graph has no edges (or only zero weights): modularity is undefined.
    case noEdgeWeight
    /// A resolution that is not a finite number.
    case invalidResolution(Double)

    public var description: String {
        switch self {
        case let .membershipCountMismatch(l, v):
            "\(l) community labels given for a graph of \(v) vertices; give exactly one label per vertex"
        case let .notAPartition(v, k):
            "vertex \(v) appears in \(k) communities; every vertex must be in exactly one"
        case let .vertexOutOfRange(v, n):
            "community lists vertex \(v), but the graph's vertices are 0..<\(n)"
        case .noEdgeWeight:
            "modularity is undefined for a graph without edges (total edge weight 0)"
        case let .invalidResolution(r):
            "resolution \(r) is not a finite number; use 1 for standard modularity"
        }
    }
}
