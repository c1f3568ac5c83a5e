import NetworkAnalysis

/// How large a one-mode projection would be, counted on the two-mode graph
/// before it is built: the projection of a star (one organisation in n
/// groups) is a clique of n groups, n(n − 1)/2 ties, from a registry of
/// n memberships.
public struct ProjectionSize: Sendable, Hashable {
    /// The projection: `.organisations` or `.groups`.
    public var mode: NetworkMode
    /// Ties (undirected edges) of the projection.
    public var edges: Int
    /// The entity of the other side with the most neighbours (the hub
    /// whose clique dominates the projection), and that number.
    public var hubName: String
    public var hubDegree: Int

    public init(mode: NetworkMode, edges: Int, hubName: String, hubDegree: Int) {
        self.mode = mode
        self.edges = edges
        self.hubName = hubName
        self.hubDegree = hubDegree
    }

    /// Bytes of the projection's adjacency: two arcs per tie, each a 4-byte
    /// target and an 8-byte weight.
    public var bytes: Int { edges * 2 * 12 }

    /// Ties above which a command says, before building a projection, how
    /// large it will be: 1,000,000 ties take 24 MB and make the path
    /// measures (O(V·E)) slow.
    public static let noticeThreshold = 1_000_000

    /// The size of `twoMode`'s projection for `mode` when it has more than
    /// `threshold` ties; nil for `.twoMode` or a smaller projection.
    /// `name(v)` names a two-mode vertex.
    ///
    /// - Complexity: O(V) when the bound Σ_k deg(k)(deg(k) − 1)/2 stays
    ///   under `threshold`; otherwise O(Σ_k deg(k)²) time and O(V) space,
    ///   the count without the projection.
    static func of(
        _ twoMode: TwoModeGraph, mode: NetworkMode, above threshold: Int, name: (Int32) -> String
    ) -> ProjectionSize? {
        let side: TwoModeSide
        switch mode {
        case .twoMode: return nil
        case .organisations: side = .top
        case .groups: side = .bottom
        }
        guard twoMode.projectionEdgeBound(onto: side) > threshold else { return nil }
        let edges = twoMode.projectionEdgeCount(onto: side)
        guard edges > threshold else { return nil }
        let others = twoMode.vertices(of: side.opposite)
        guard let hub = others.max(by: { twoMode.graph.outDegree($0) < twoMode.graph.outDegree($1) }) else { return nil }
        return ProjectionSize(mode: mode, edges: edges, hubName: name(hub), hubDegree: twoMode.graph.outDegree(hub))
    }
}

extension RegistryAnalysis {
    /// The size of the view's projection for `mode` when it has more than
    /// `threshold` ties (see `ProjectionSize.of`); nil otherwise.
    public func projectionSize(_ mode: NetworkMode, above threshold: Int = ProjectionSize.noticeThreshold) throws
        -> ProjectionSize?
    {
        ProjectionSize.of(try view.twoModeGraph(), mode: mode, above: threshold) { view.name($0) }
    }
}

extension MembershipNetwork {
    /// The size of the network's projection for `mode` when it has more
    /// than `threshold` ties (see `ProjectionSize.of`); nil otherwise.
    public func projectionSize(_ mode: NetworkMode, above threshold: Int = ProjectionSize.noticeThreshold) throws
        -> ProjectionSize?
    {
        let top = organisations.count
        return ProjectionSize.of(graph, mode: mode, above: threshold) {
            Int($0) < top ? organisationNames[Int($0)] : groupNames[Int($0) - top]
        }
    }
}
