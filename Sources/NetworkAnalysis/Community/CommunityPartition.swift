/// A partition of a graph's vertices into communities, in canonical form.
///
/// Invariants: `membership[v]` is the community of vertex `v`, in
/// `0..<communities.count`; communities are numbered in ascending order of
/// their smallest vertex; each `communities[c]` lists its vertices ascending,
/// and every vertex is in exactly one community. Two partitions that group
/// the vertices alike are therefore equal (`==`) whatever labels produced them.
public struct CommunityPartition: Sendable, Hashable, Codable {
    /// The community of every vertex.
    public let membership: [Int32]
    /// The vertices of every community.
    public let communities: [[Int32]]
    /// The partition's modularity on the graph it was computed for (see
    /// `Graph.modularity(membership:resolution:weighting:)`), or nil when that
    /// graph has no edge weight to distribute (no edges).
    public let modularity: Double?

    /// Number of communities.
    public var communityCount: Int { communities.count }

    /// The canonical form of `labels` (any community label per vertex).
    /// O(V log V) time, O(V) space.
    public init(labels: [Int32], modularity: Double?) {
        var renumber: [Int32: Int32] = [:]
        var membership = [Int32](repeating: 0, count: labels.count)
        var communities: [[Int32]] = []
        for (v, label) in labels.enumerated() {
            if let c = renumber[label] {
                membership[v] = c
                communities[Int(c)].append(Int32(v))
            } else {
                let c = Int32(communities.count)
                renumber[label] = c
                membership[v] = c
                communities.append([Int32(v)])
            }
        }
        self.membership = membership
        self.communities = communities
        self.modularity = modularity
    }
}
