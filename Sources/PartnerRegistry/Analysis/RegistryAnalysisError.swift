import Foundation
/// Why an analysis question could not be answered. The description is
/// written for the person who asked.
public enum RegistryAnalysisError: Error, Hashable, Sendable, CustomStringConvertible {
    /// No organisation has this ID.
    case unknownOrganisation(OrganisationID)
    /// No group has this ID.
    case unknownGroup(GroupID)
    /// The organisation exists but not in the view asked about; `reason`
    /// says why (not yet begun, ended, or of a certainty the view leaves
    /// out).
    case organisationNotValid(OrganisationID, name: String, scope: RegistryScope, reason: Absence = .outsideView)
    /// The group exists but not in the view asked about; `reason` says why.
    case groupNotValid(GroupID, name: String, scope: RegistryScope, reason: Absence = .outsideView)
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
        case let .organisationNotValid(id, name, scope, reason) where reason != .outsideView:
            "\(name) ('\(id)') \(reason.text(scope))"
        case let .groupNotValid(id, name, scope, reason) where reason != .outsideView:
            "\(name) ('\(id)') \(reason.text(scope))"
        case let .organisationNotValid(id, name, scope, _):
            "\(name) ('\(id)') is not in the registry \(scope.description)\(Self.hint(scope))"
        case let .groupNotValid(id, name, scope, _):
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


/// Why an entity the registry holds is not in the view a question was
/// asked of: the message then says what happened, never that the entity
/// is not in the registry.
public enum Absence: Hashable, Sendable {
    /// The view's `--certainty` leaves the entity out: its own certainty
    /// is this one.
    case certainty(Certainty)
    /// It begins (`since`) after the view's date.
    case notYetBegun(PartialDate)
    /// It ended on a known date before the view's date (or, now, at all).
    case ended(PartialDate)
    /// It ended on a date the sources do not give, and is surely gone on
    /// the view's date.
    case endedOnAnUnknownDate
    /// Another entity replaced it before the view's date.
    case succeeded
    /// None of the above could be named.
    case outsideView

    /// The words after the entity's name.
    func text(_ scope: RegistryScope) -> String {
        let when = scope.asOf == .now ? "now" : "as of \(scope.asOf)"
        switch self {
        case let .certainty(c):
            let what = switch c {
            case .external: "rests on external sources only"
            case .inferred: "is a reading of its sources (inferred)"
            case .stated: "is stated"
            }
            return "\(what), which --certainty \(scope.certainty.rawValue) leaves out; "
                + (c == .external ? "use --certainty all to include it" : "use --certainty inferred or all to include it")
        case let .notYetBegun(since):
            // A year or month as of-date means its first day: say so when the
            // beginning falls inside it ("begins 2010-04-01, after 2010").
            var asOf = "\(scope.asOf)"
            if case let .date(date) = scope.asOf, date.day == nil, since.year == date.year,
               date.month == nil || since.month == date.month
            {
                let (y, m, d) = date.firstDay
                asOf += " (--as-of \(date) means \(String(format: "%04d-%02d-%02d", y, m, d)))"
            }
            return "begins \(since), after \(asOf): it is not there yet \(when); choose a later --as-of date, or --all-time"
        case let .ended(until):
            return "ended \(until)\(scope.asOf == .now ? "" : ", before \(scope.asOf)"): it is not there \(when); "
                + "ask about an earlier --as-of date, or --all-time"
        case .endedOnAnUnknownDate:
            return "has ended on a date the sources do not give and is surely gone \(when); "
                + "ask about an earlier --as-of date, or --all-time"
        case .succeeded:
            return "was replaced by its successor and is not there \(when); ask about an earlier --as-of date, or --all-time"
        case .outsideView:
            return "is not in the registry \(scope.description)"
        }
    }
}
