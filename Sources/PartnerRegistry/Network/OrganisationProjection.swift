import NetworkAnalysis

/// The organisation network of a `NetworkView`: organisations joined when
/// they sit in a group together, weighted by the number of groups they
/// share.
///
/// Representation: vertex `i` of `graph` is organisation vertex `i` of the
/// view (`view.organisations[i]`), so the two graphs share organisation
/// indices. `graph` is undirected and weighted; an edge `{a, b}` has
/// weight `|groups(a) ∩ groups(b)|` ≥ 1. Organisations without groups are
/// isolated vertices. The shared groups of every joined pair are kept, so
/// a result on the projection can say *which* groups make a tie.
///
/// This is NetworkX `bipartite.weighted_projected_graph(B, organisations)`.
public struct OrganisationProjection: Sendable {
    /// The projected graph (undirected, weighted by shared groups).
    public let graph: Graph
    /// The group positions (`view.groups[j]`) shared by every joined pair,
    /// keyed by the pair with the smaller vertex first.
    private let shared: [PairKey: [Int32]]

    private struct PairKey: Hashable, Sendable {
        let a: Int32
        let b: Int32
        init(_ x: Int32, _ y: Int32) { (a, b) = x < y ? (x, y) : (y, x) }
    }

    /// Projects `view` onto its organisations.
    ///
    /// - Complexity: O(Σ_g s(g)² + P log P) time and O(V + P) space, where
    ///   s(g) is the number of members of group g, P the number of joined
    ///   pairs and V the number of organisations.
    public init(_ view: NetworkView) {
        let pairs = view.groupAffiliation.memberOverlaps(minShared: 1)
        var edges: [(Int32, Int32)] = []
        var weights: [Double] = []
        var shared: [PairKey: [Int32]] = [:]
        edges.reserveCapacity(pairs.count)
        weights.reserveCapacity(pairs.count)
        shared.reserveCapacity(pairs.count)
        for p in pairs {
            edges.append((p.first, p.second))
            weights.append(Double(p.sharedCount))
            shared[PairKey(p.first, p.second)] = p.shared
        }
        // Endpoints are organisation positions and weights positive counts.
        if let g = try? Graph(vertexCount: view.organisationCount, edges: edges, weights: weights) {
            graph = g
        } else {
            preconditionFailure("projection edges are always valid")
        }
        self.shared = shared
    }

    /// The group positions (`view.groups[j]`) organisations `a` and `b`
    /// share, ascending; empty when they share none. O(1) expected.
    public func sharedGroups(_ a: Int32, _ b: Int32) -> [Int32] {
        shared[PairKey(a, b)] ?? []
    }
}
