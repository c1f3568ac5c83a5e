/// An organisation that is in the view a question was asked of but has no
/// tie there, with what became of each membership the registry records for
/// it: so an answer can say "Umeå kommun has no ties kept by --certainty
/// inferred as of 2010 (its only tie is external)" rather than nothing, or
/// that it is not in the registry.
public struct UntiedOrganisation: Hashable, Sendable, Codable {
    /// The organisation.
    public var organisation: NamedOrganisation
    /// Every membership the registry records for it, at any date and of any
    /// certainty, each with why the view does not keep it; empty when the
    /// registry records none.
    public var leftOut: [LeftOutTie]
    /// The view's date and certainty filter.
    public var scope: RegistryScope

    /// An organisation with the memberships the view left out.
    public init(organisation: NamedOrganisation, leftOut: [LeftOutTie], scope: RegistryScope) {
        self.organisation = organisation
        self.leftOut = leftOut
        self.scope = scope
    }
}

/// One membership a view does not keep, and why.
public struct LeftOutTie: Hashable, Sendable, Codable {
    /// The group of the membership.
    public var group: NamedGroup
    /// Why the view does not keep it.
    public var reason: Reason

    /// A left-out membership.
    public init(group: NamedGroup, reason: Reason) {
        self.group = group
        self.reason = reason
    }

    /// Why a membership is not a tie of the view. Encoded as
    /// `{"kind": "certainty", "certainty": "external"}`,
    /// `{"kind": "not-yet-begun", "date": "2012"}`, `{"kind": "ended", "date": …}`,
    /// `{"kind": "ended-on-an-unknown-date"}`, `{"kind": "group-absent", "group": <the group's own reason>}`
    /// or `{"kind": "filtered"}`.
    public indirect enum Reason: Hashable, Sendable, Codable {
        /// `--certainty` leaves the membership out: its certainty is this one.
        case certainty(Certainty)
        /// It begins after the view's date.
        case notYetBegun(PartialDate)
        /// It ended on a known date before the view's date (or, now, at all).
        case ended(PartialDate)
        /// It ended on a date the sources do not give and is surely gone.
        case endedOnAnUnknownDate
        /// The membership is there, its group is not, for this reason.
        case groupAbsent(Reason)
        /// The command's filters (group kind, level, role) leave it out.
        case filtered

        private enum CodingKeys: String, CodingKey { case kind, certainty, date, group }

        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            switch self {
            case let .certainty(x):
                try c.encode("certainty", forKey: .kind)
                try c.encode(x, forKey: .certainty)
            case let .notYetBegun(d):
                try c.encode("not-yet-begun", forKey: .kind)
                try c.encode(d, forKey: .date)
            case let .ended(d):
                try c.encode("ended", forKey: .kind)
                try c.encode(d, forKey: .date)
            case .endedOnAnUnknownDate:
                try c.encode("ended-on-an-unknown-date", forKey: .kind)
            case let .groupAbsent(r):
                try c.encode("group-absent", forKey: .kind)
                try c.encode(r, forKey: .group)
            case .filtered:
                try c.encode("filtered", forKey: .kind)
            }
        }

        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            switch try c.decode(String.self, forKey: .kind) {
            case "certainty": self = .certainty(try c.decode(Certainty.self, forKey: .certainty))
            case "not-yet-begun": self = .notYetBegun(try c.decode(PartialDate.self, forKey: .date))
            case "ended": self = .ended(try c.decode(PartialDate.self, forKey: .date))
            case "ended-on-an-unknown-date": self = .endedOnAnUnknownDate
            case "group-absent": self = .groupAbsent(try c.decode(Reason.self, forKey: .group))
            case "filtered": self = .filtered
            case let other:
                throw DecodingError.dataCorruptedError(
                    forKey: .kind, in: c, debugDescription: "'\(other)' is not a reason a tie is left out")
            }
        }
    }
}

extension RegistryAnalysis {
    /// Organisation `id` with what became of its memberships, when it is a
    /// vertex of `view` without ties; nil when it has ties there or is not
    /// in `view`.
    ///
    /// - Complexity: O(m) for its m memberships, plus O(log n) lookups.
    public func untied(_ id: OrganisationID, in view: NetworkView) -> UntiedOrganisation? {
        guard let v = view.vertex(of: id), view.graph.neighbors(of: v).isEmpty else { return nil }
        let present = Set(registry.groups(of: id).map { MembershipKey($0) })
        var leftOut: [LeftOutTie] = []
        for m in undatedRegistry.groups(of: id) {
            guard let g = undatedRegistry.group(m.group) else { continue }
            let reason: LeftOutTie.Reason
            let certainty = undatedRegistry.certainty(of: m)
            if !scope.certainty.admits(certainty) {
                reason = .certainty(certainty)
            } else if registry.group(m.group) == nil {
                reason = .groupAbsent(Self.tieReason(absence(certainty: undatedRegistry.certainty(of: g), validity: g.validity)))
            } else if !present.contains(MembershipKey(m)) {
                reason = Self.tieReason(absence(certainty: certainty, validity: m.validity))
            } else {
                reason = .filtered
            }
            leftOut.append(LeftOutTie(group: NamedGroup(g), reason: reason))
        }
        leftOut.sort { names.precedes($0.group, $1.group) }
        return UntiedOrganisation(organisation: view.namedOrganisation(v), leftOut: leftOut, scope: scope)
    }

    private static func tieReason(_ absence: Absence) -> LeftOutTie.Reason {
        switch absence {
        case let .certainty(c): .certainty(c)
        case let .notYetBegun(d): .notYetBegun(d)
        case let .ended(d): .ended(d)
        case .endedOnAnUnknownDate: .endedOnAnUnknownDate
        case .succeeded, .outsideView: .filtered
        }
    }
}

/// A membership's identity across the dated and the undated registry.
private struct MembershipKey: Hashable {
    var group: GroupID
    var role: Role
    init(_ m: Membership) {
        group = m.group
        role = m.role
    }
}
