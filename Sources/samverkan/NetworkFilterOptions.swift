import ArgumentParser
import PartnerRegistry

/// The kind, level and role filters every analysis command takes.
///
/// The values come from the registry's vocabulary (the package's default
/// one and what the registry declares), so they are checked once the
/// registry is read (`filter(for:command:)`): by ID or by a label in any
/// of its languages (`--organisation-kind Kommun`, `--level lokal`,
/// `--role ordförande`), matched as names are.
struct NetworkFilterOptions: ParsableArguments {
    static let valueNote =
        "The values are the registry's vocabulary (the default one and what the registry declares under 'vocabulary:'): an ID or its label in any declared language"

    @Option(
        name: .customLong("organisation-kind"),
        help: ArgumentHelp(
            "Keep only organisations of this kind or of kinds that count as it (repeatable). \(valueNote) ('municipality', 'Kommun').",
            valueName: "kind"))
    var organisationKinds: [String] = []

    @Option(
        name: .customLong("group-kind"),
        help: ArgumentHelp(
            "Keep only groups of this kind or of kinds that count as it (repeatable). \(valueNote) ('council', 'Råd').",
            valueName: "kind"))
    var groupKinds: [String] = []

    @Option(
        name: .customLong("level"),
        help: ArgumentHelp(
            "Keep only organisations and groups at this level; those without a level stay (repeatable). \(valueNote) ('local', 'lokal').",
            valueName: "level"))
    var levels: [String] = []

    @Option(
        name: .customLong("role"),
        help: ArgumentHelp(
            "Keep only memberships in this role or in roles that count as it (repeatable); a group's listed conveners stay with --role convener. \(valueNote) ('chair', 'ordförande').",
            valueName: "role"))
    var roles: [String] = []

    /// Whether no filter is given.
    var isEmpty: Bool { organisationKinds.isEmpty && groupKinds.isEmpty && levels.isEmpty && roles.isEmpty }

    /// The filter these options describe, with every value checked against
    /// `registry`'s vocabulary; an unknown value is a usage error (exit 64)
    /// that lists the declared values.
    func filter(for registry: Registry, command: String) throws -> NetworkFilter {
        let vocabulary = registry.vocabulary
        func resolve<T: VocabularyTerm>(_ values: [String], _ option: String, as _: T.Type) throws -> Set<T> {
            var out: Set<T> = []
            for value in values {
                if let (term, _) = vocabulary.named(value, in: T.section) {
                    // A kind keeps the kinds that count as it.
                    for id in vocabulary.ids(T.section) where vocabulary.counts(id, in: T.section, as: term.id) {
                        out.insert(T(rawValue: id))
                    }
                    continue
                }
                let ids = vocabulary.ids(T.section)
                let near = Suggestions.nearest(to: value, among: vocabulary.spellings(T.section), allowContainment: true)
                throw CLIError.usage(
                    "unknown \(T.section.noun) '\(value)' for \(option): "
                        + (near.map { "did you mean '\($0)'? " } ?? "")
                        + (ids.isEmpty ? "the registry's vocabulary declares none"
                            : "the registry's vocabulary has \(ids.joined(separator: ", ")) (or their labels)")
                ).report(command: command)
            }
            return out
        }
        return NetworkFilter(
            organisationKinds: try resolve(organisationKinds, "--organisation-kind", as: OrganisationKind.self),
            groupKinds: try resolve(groupKinds, "--group-kind", as: GroupKind.self),
            levels: try resolve(levels, "--level", as: GeographicLevel.self),
            roles: try resolve(roles, "--role", as: Role.self))
    }
}
