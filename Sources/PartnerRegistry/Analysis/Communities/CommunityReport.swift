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
    /// The same communities' modularity on the sure network: each
    /// community without its members that are not surely there, scored on
    /// the ties that surely are (not the sure network divided anew). Nil
    /// when no two organisations surely share a group; equal to
    /// `modularity` when nothing is uncertain.
    public var sureModularity: Double?
    /// The registry's language (`sv`, `en`), for words beside the figures.
    public var language: String?

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
        self.sureModularity = modularity
    }

    /// Whether the modularity differs on the sure network (or is defined on
    /// only one of the two).
    public var modularityIsUncertain: Bool {
        switch (modularity, sureModularity) {
        case (nil, nil): false
        case let (x?, y?): SureAndPossible(possible: x, sure: y).isUncertain
        default: true
        }
    }

    /// Whether some organisation's place rests on a tie only possibly there,
    /// or a figure differs on the sure network.
    public var hasUncertainty: Bool {
        modularityIsUncertain || organisations.contains { $0.uncertain || $0.dependsOnUncertainTies }
    }

    private enum CodingKeys: String, CodingKey {
        case asOf, seed, resolution, modularity, sureModularity, communities, organisations, language
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        asOf = try c.decode(AsOf.self, forKey: .asOf)
        seed = try c.decode(UInt64.self, forKey: .seed)
        resolution = try c.decode(Double.self, forKey: .resolution)
        modularity = try c.decodeIfPresent(Double.self, forKey: .modularity)
        communities = try c.decode([Community].self, forKey: .communities)
        organisations = try c.decode([OrganisationCommunity].self, forKey: .organisations)
        sureModularity = c.contains(.sureModularity) ? try c.decodeIfPresent(Double.self, forKey: .sureModularity) : modularity
        language = try c.decodeIfPresent(String.self, forKey: .language)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(asOf, forKey: .asOf)
        try c.encode(seed, forKey: .seed)
        try c.encode(resolution, forKey: .resolution)
        try c.encodeIfPresent(modularity, forKey: .modularity)
        try c.encode(sureModularity, forKey: .sureModularity)
        try c.encode(communities, forKey: .communities)
        try c.encode(organisations, forKey: .organisations)
        try c.encodeIfPresent(language, forKey: .language)
    }

    /// What the numbers mean, one line each.
    public static let explanations: [String] = [
        "modularity — share of tie weight inside communities minus what chance would put there; above about 0.3 the communities are clear",
        "core — the largest k such that the organisation is in a group of partners each tied to at least k of the others (k-core)",
        "same seed, same communities; another seed may group borderline organisations differently",
    ]

    /// The line under a table whose organisations are marked for ties only
    /// possibly there.
    public static let uncertainTiesNote =
        "on uncertain ties — one of the organisation's ties may not be there on this date (a partner, or every group "
        + "they share, is only possibly there): its place in the community rests on it"

}
