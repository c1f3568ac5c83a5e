/// Communities of the organisation network (Louvain, seeded and
/// deterministic) with their modularity, and every organisation's k-core
/// number.
///
/// Produced by `RegistryAnalysis.communities(seed:resolution:)`.
public struct CommunityReport: Hashable, Sendable, Codable {
    /// The date the registry was seen on, if any.
    public var asOf: AsOf
    /// The seed that fixed Louvain's visiting order.
    public var seed: UInt64
    /// The resolution γ (1 is standard modularity; larger gives smaller communities).
    public var resolution: Double
    /// Modularity of the partition on the weighted organisation network, or
    /// nil when no two organisations share a group.
    public var modularity: Double?
    /// The communities, largest first, then by their first member's name;
    /// numbered from 1 in that order.
    public var communities: [Community]
    /// Every organisation with its community and core number, by community, then name.
    public var organisations: [OrganisationCommunity]

    public init(
        asOf: AsOf, seed: UInt64, resolution: Double, modularity: Double?, communities: [Community],
        organisations: [OrganisationCommunity]
    ) {
        self.asOf = asOf
        self.seed = seed
        self.resolution = resolution
        self.modularity = modularity
        self.communities = communities
        self.organisations = organisations
    }

    /// What the numbers mean, one line each.
    public static let explanations: [String] = [
        "modularity — share of tie weight inside communities minus what chance would put there; above about 0.3 the communities are clear",
        "core — the largest k such that the organisation is in a group of partners each tied to at least k of the others (k-core)",
        "same seed, same communities; another seed may group borderline organisations differently",
    ]
}
