/// Why an analysis question could not be answered. The description is
/// written for the person who asked.
public enum RegistryAnalysisError: Error, Hashable, Sendable, CustomStringConvertible {
    /// No organisation has this ID.
    case unknownOrganisation(OrganisationID)
    /// No group has this ID.
    case unknownGroup(GroupID)
    /// The organisation exists but not in the view asked about (ended, not
    /// yet begun, or of a certainty the view leaves out).
    case organisationNotValid(OrganisationID, name: String, scope: RegistryScope)
    /// The group exists but not in the view asked about.
    case groupNotValid(GroupID, name: String, scope: RegistryScope)
    /// The group exists but the kind or level filter leaves it out.
    case groupFilteredOut(GroupID, name: String)
    /// A connection was asked between an organisation and itself.
    case sameOrganisation(OrganisationID, name: String)
    /// A count argument (steps, radius, limit) below its least value.
    case invalidCount(parameter: String, value: Int, least: Int)
    /// A Louvain resolution that is not a positive finite number.
    case invalidResolution(Double)

    public var description: String {
        switch self {
        case let .unknownOrganisation(id):
            "no organisation has the ID '\(id)'; check the spelling or list the organisations in the registry"
        case let .unknownGroup(id):
            "no group has the ID '\(id)'; check the spelling or list the groups in the registry"
        case let .organisationNotValid(id, name, scope):
            "\(name) ('\(id)') is not in the registry \(scope.description)\(Self.hint(scope))"
        case let .groupNotValid(id, name, scope):
            "\(name) ('\(id)') is not in the registry \(scope.description)\(Self.hint(scope))"
        case let .groupFilteredOut(id, name):
            "\(name) ('\(id)') is left out by the kind or level filter; widen --group-kind or --level to include it"
        case let .sameOrganisation(id, name):
            "both ends of the connection are \(name) ('\(id)'); name two different organisations"
        case let .invalidCount(parameter, value, least):
            "\(parameter) is \(value); give \(least) or more"
        case let .invalidResolution(r):
            "the resolution is \(r); give a positive number (1 is standard modularity)"
        }
    }

    private static func hint(_ scope: RegistryScope) -> String {
        var fixes: [String] = []
        if scope.asOf == .now { fixes.append("it has ended: ask about a past date with --as-of DATE, or --all-time") }
        else if scope.asOf != .allTime { fixes.append("choose another --as-of date, or --all-time") }
        if scope.certainty != .all { fixes.append("widen --certainty") }
        return fixes.isEmpty ? "" : "; " + fixes.joined(separator: "; ")
    }
}
