/// Who holds the network together and who brokers between others: cut
/// vertices and bridges of the two-mode graph and of the organisation
/// projection, and each organisation's constraint, effective size and
/// Gould–Fernandez brokerage roles.
///
/// Produced by `RegistryAnalysis.brokers(weighting:)`.
public struct BrokerReport: Hashable, Sendable, Codable {
    /// The date the registry was seen on, if any.
    public var asOf: AsOf
    /// How ties were weighted for constraint and effective size.
    public var weighting: TieWeighting
    /// Organisations whose removal splits the two-mode network (organisations and groups), in name order.
    public var twoModeCutOrganisations: [NamedOrganisation]
    /// Groups whose dissolution splits the two-mode network, in name order.
    public var twoModeCutGroups: [NamedGroup]
    /// Memberships whose end splits the two-mode network, by organisation name, then group name.
    public var twoModeBridges: [MembershipBridge]
    /// Organisations whose removal splits the organisation network, in name order.
    public var projectionCutOrganisations: [NamedOrganisation]
    /// Ties between organisations whose loss splits the organisation network, by name.
    public var projectionBridges: [OrganisationTie]
    /// The blocks (biconnected components) of the organisation network:
    /// the largest sets of organisations that no one organisation's loss
    /// splits, each in name order, largest first (then by first name). A
    /// bridging tie is a block of two; an organisation without partners
    /// is in none. A block that is not one of the sure network is
    /// `uncertain`. NetworkX `biconnected_components`.
    public var projectionBlocks: [OrganisationBlock] = []
    /// Ties between organisations whose ends share no partner, with the
    /// span of each (the shortest detour), by name. Every bridge is one,
    /// with no span. One that is not, with this span, on the sure network
    /// is `uncertain`. NetworkX `local_bridges(G, with_span=True)`.
    public var projectionLocalBridges: [OrganisationLocalBridge] = []
    /// Every organisation's brokerage scores, most brokerage opportunity
    /// (lowest constraint) first; organisations without partners last, by name.
    public var organisations: [OrganisationBrokerage]
    /// The registry's language (`sv`, `en`), for words beside the figures.
    public var language: String?

    public init(
        asOf: AsOf, weighting: TieWeighting, twoModeCutOrganisations: [NamedOrganisation],
        twoModeCutGroups: [NamedGroup], twoModeBridges: [MembershipBridge],
        projectionCutOrganisations: [NamedOrganisation], projectionBridges: [OrganisationTie],
        organisations: [OrganisationBrokerage]
    ) {
        self.asOf = asOf
        self.weighting = weighting
        self.twoModeCutOrganisations = twoModeCutOrganisations
        self.twoModeCutGroups = twoModeCutGroups
        self.twoModeBridges = twoModeBridges
        self.projectionCutOrganisations = projectionCutOrganisations
        self.projectionBridges = projectionBridges
        self.organisations = organisations
    }

    /// What "uncertain" beside a block or local bridge means.
    public static let uncertainStructureNote =
        "uncertain block or local bridge: not so on what is certainly there on this date (it rests on something only possibly there)"

    /// What the numbers mean, one line each.
    public static let explanations: [String] = [
        "cut vertex — take it away and some organisations can no longer reach each other",
        "bridge — the only tie between two parts of the network; pendant bridges only strand one member",
        "block — organisations no single organisation's loss can split; blocks meet at cut organisations",
        "local bridge — a tie whose two ends share no partner; span = the fewest ties on another way between them",
        "constraint — Burt's measure, from near 0 to about 1.1; lower means more brokerage opportunities, 1 and above means one partner or partners who all meet each other",
        "effective size — partners minus their redundancy (Burt); close to the partner count means the partners do not meet each other",
        "roles — Gould–Fernandez brokerage between partners of the same or other levels (local, regional, national, international); each open pair counts once per direction",
    ]
}
