import ArgumentParser
import PartnerRegistry

extension OrganisationKind: ExpressibleByArgument {}
extension GroupKind: ExpressibleByArgument {}
extension GeographicLevel: ExpressibleByArgument {}

/// The kind and level filters every analysis command takes.
struct NetworkFilterOptions: ParsableArguments {
    @Option(
        name: .customLong("organisation-kind"),
        help: ArgumentHelp("Keep only organisations of this kind (repeatable).", valueName: "kind"))
    var organisationKinds: [OrganisationKind] = []

    @Option(
        name: .customLong("group-kind"),
        help: ArgumentHelp("Keep only groups of this kind (repeatable).", valueName: "kind"))
    var groupKinds: [GroupKind] = []

    @Option(
        name: .customLong("level"),
        help: ArgumentHelp(
            "Keep only organisations and groups at this level; those without a level stay (repeatable).",
            valueName: "level"))
    var levels: [GeographicLevel] = []

    /// The filter these options describe.
    var filter: NetworkFilter {
        NetworkFilter(organisationKinds: Set(organisationKinds), groupKinds: Set(groupKinds), levels: Set(levels))
    }
}
