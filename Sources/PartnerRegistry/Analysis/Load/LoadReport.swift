/// Every organisation's meeting load: how many groups it sits in, how many
/// seats it fills, how many groups it chairs or convenes.
///
/// Produced by `RegistryAnalysis.meetingLoad(order:)`. Organisations the
/// filter keeps but that sit in no group are listed with zeros: they are
/// the gaps.
public struct LoadReport: Hashable, Sendable, Codable {
    /// The date the registry was seen on, if any.
    public var asOf: AsOf
    /// How `organisations` is sorted.
    public var order: LoadOrder
    public var organisations: [OrganisationLoad]
    /// The registry's language (`sv`, `en`), for words beside the counts.
    public var language: String?

    public init(asOf: AsOf, order: LoadOrder, organisations: [OrganisationLoad]) {
        self.asOf = asOf
        self.order = order
        self.organisations = organisations
    }

    /// Organisations that sit in no group.
    public var unaffiliated: [NamedOrganisation] { organisations.filter { $0.groupCount == 0 }.map(\.organisation) }

    /// What the numbers mean, one line each.
    public static let explanations: [String] = [
        "groups — distinct groups the organisation sits in (convening counts as sitting in)",
        "seats — memberships held; an organisation with two roles in one group holds two seats",
        "chairs — groups it chairs or vice-chairs; convenes — groups it convenes or hosts",
    ]
}
