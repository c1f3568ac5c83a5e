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

    /// Ties that one hub alone must make for a command to say, before
    /// building a projection, how large it will be: 1,000,000 ties (a hub
    /// of 1,415) take 24 MB and make the path measures (O(V·E)) slow.
    public static let noticeThreshold = 1_000_000

    /// The size of `twoMode`'s projection for `mode` when one vertex of the
    /// other side (the hub) alone ties more than `threshold` pairs, its
    /// deg(deg − 1)/2: a projection quadratic in one hub's degree. Nil for
    /// `.twoMode` or when no hub is that large (a projection large because
    /// of many middling groups grows with the registry, and is not
    /// announced). `name(v)` names a two-mode vertex.
    ///
    /// - Complexity: O(V) when no hub is that large; otherwise
    ///   O(Σ_k deg(k)²) time and O(V) space, the count without the projection.
    static func of(
        _ twoMode: TwoModeGraph, mode: NetworkMode, above threshold: Int, name: (Int32) -> String
    ) -> ProjectionSize? {
        let side: TwoModeSide
        switch mode {
        case .twoMode: return nil
        case .organisations: side = .top
        case .groups: side = .bottom
        }
        let others = twoMode.vertices(of: side.opposite)
        guard let hub = others.max(by: { twoMode.graph.outDegree($0) < twoMode.graph.outDegree($1) }) else { return nil }
        let degree = twoMode.graph.outDegree(hub)
        guard degree * (degree - 1) / 2 > threshold else { return nil }
        return ProjectionSize(
            mode: mode, edges: twoMode.projectionEdgeCount(onto: side), hubName: name(hub), hubDegree: degree)
    }
}

extension RegistryAnalysis {
    /// The size of the view's projection for `mode` when one organisation
    /// or group alone makes more than `threshold` of its ties (see
    /// `ProjectionSize.of`); nil otherwise.
    public func projectionSize(_ mode: NetworkMode, above threshold: Int = ProjectionSize.noticeThreshold) throws
        -> ProjectionSize?
    {
        ProjectionSize.of(try view.twoModeGraph(), mode: mode, above: threshold) { view.name($0) }
    }
}

extension MembershipNetwork {
    /// The size of the network's projection for `mode` when one
    /// organisation or group alone makes more than `threshold` of its ties
    /// (see `ProjectionSize.of`); nil otherwise.
    public func projectionSize(_ mode: NetworkMode, above threshold: Int = ProjectionSize.noticeThreshold) throws
        -> ProjectionSize?
    {
        let top = organisations.count
        return ProjectionSize.of(graph, mode: mode, above: threshold) {
            Int($0) < top ? organisationNames[Int($0)] : groupNames[Int($0) - top]
        }
    }
}
