import ArgumentParser
import PartnerRegistry

// Kinds, levels and roles are named on the command line by ID or by
// their label in English or Swedish (`--organisation-kind Kommun`,
// `--level lokal`, `--role ordförande`), matched as names are.
protocol LabelledArgument: LabelledTerm, ExpressibleByArgument {}

extension LabelledArgument {
    public init?(argument: String) {
        guard let (term, _) = Self.named(argument) else { return nil }
        self = term
    }
}

extension OrganisationKind: LabelledArgument {}
extension GroupKind: LabelledArgument {}
extension GeographicLevel: LabelledArgument {}
extension Role: LabelledArgument {}

/// The kind, level and role filters every analysis command takes.
struct NetworkFilterOptions: ParsableArguments {
    static let labelNote = "Give the value below or its label in English or Swedish"

    @Option(
        name: .customLong("organisation-kind"),
        help: ArgumentHelp(
            "Keep only organisations of this kind (repeatable). \(labelNote) ('Kommun', 'Municipality').",
            valueName: "kind"))
    var organisationKinds: [OrganisationKind] = []

    @Option(
        name: .customLong("group-kind"),
        help: ArgumentHelp("Keep only groups of this kind (repeatable). \(labelNote) ('Råd', 'Council').", valueName: "kind"))
    var groupKinds: [GroupKind] = []

    @Option(
        name: .customLong("level"),
        help: ArgumentHelp(
            "Keep only organisations and groups at this level; those without a level stay (repeatable). \(labelNote) ('lokal').",
            valueName: "level"))
    var levels: [GeographicLevel] = []

    @Option(
        name: .customLong("role"),
        help: ArgumentHelp(
            "Keep only memberships in this role (repeatable); a group's listed conveners stay with --role convener. \(labelNote) ('ordförande').",
            valueName: "role"))
    var roles: [Role] = []

    /// The filter these options describe.
    var filter: NetworkFilter {
        NetworkFilter(
            organisationKinds: Set(organisationKinds), groupKinds: Set(groupKinds), levels: Set(levels), roles: Set(roles))
    }
}
