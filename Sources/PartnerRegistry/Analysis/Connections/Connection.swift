/// How two organisations are connected: the groups they share, or else
/// the shortest chains organisation → group → organisation → … between
/// them, optionally with the chains one step longer.
///
/// Produced by `RegistryAnalysis.connection(from:to:lengths:limit:)`.
public struct Connection: Hashable, Sendable, Codable {
    /// The date the registry was seen on, if any.
    public var asOf: AsOf
    public var from: NamedOrganisation
    public var to: NamedOrganisation
    /// Groups both organisations sit in, in name order (empty when none).
    public var sharedGroups: [NamedGroup]
    /// Steps on a shortest chain (groups passed through; 1 when they share
    /// a group), or nil when no chain connects them.
    public var steps: Int?
    /// How many shortest chains exist (counted, not listed; saturates at `Int.max`).
    public var shortestChainCount: Int
    /// Shortest chains, at most `limit`, in the registry's file order.
    public var shortestChains: [Chain]
    /// Chains exactly one step longer than the shortest, at most `limit`;
    /// empty unless asked for.
    public var longerChains: [Chain]
    /// The most chains listed in each list.
    public var limit: Int
    /// Whether either list stopped at `limit` with chains left unlisted.
    public var isTruncated: Bool
    /// Steps on a shortest chain among what is certainly there on the date
    /// (the sure network); nil when no chain joins the two there. Equal to
    /// `steps` when nothing is uncertain.
    public var sureSteps: Int?
    /// The ends that have no tie in the view, each with what became of its
    /// memberships (certainty, dates, filters); nil when both have ties.
    public var untied: [UntiedOrganisation]?

    public init(
        asOf: AsOf, from: NamedOrganisation, to: NamedOrganisation, sharedGroups: [NamedGroup], steps: Int?,
        shortestChainCount: Int, shortestChains: [Chain], longerChains: [Chain], limit: Int, isTruncated: Bool
    ) {
        self.asOf = asOf
        self.from = from
        self.to = to
        self.sharedGroups = sharedGroups
        self.steps = steps
        self.shortestChainCount = shortestChainCount
        self.shortestChains = shortestChains
        self.longerChains = longerChains
        self.limit = limit
        self.isTruncated = isTruncated
        self.sureSteps = steps
    }

    /// Whether the two are joined only in the possible network: a chain
    /// exists, but none through what is certainly there on the date.
    public var existsOnlyInPossibleNetwork: Bool { steps != nil && sureSteps == nil }

    /// Whether any chain connects the two organisations.
    public var isConnected: Bool { steps != nil }

    /// What the numbers mean, one line each.
    public static let explanations: [String] = [
        "steps — groups passed through on the way; 1 means the two sit in a group together",
    ]
}
