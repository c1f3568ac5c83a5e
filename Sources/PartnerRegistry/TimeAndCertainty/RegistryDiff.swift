/// What changed between two views of a registry: two dates of one file
/// (`samverkan diff FILE --from 2010 --to now`) or two files (two commits of
/// one registry).
///
/// - Entities (organisations, groups, initiatives, documents) are matched
///   by ID, and across a succession (`replaces`, `succeeded-by`): a
///   successor is reported as a rename of what it replaced, not as an ended
///   entity plus an added one. A different ID with no link is an end plus
///   an addition. The same ID with a new name is a rename too.
/// - Memberships are matched by organisation, group and role after
///   renames; a new role for the same seat is a change.
/// - Presence is three-valued: an entity present only possibly on one side
///   is reported as uncertain there ("possibly ended", "ended, uncertain
///   before"), never silently as added or removed.
/// - Beyond the facts: pairs of organisations that gained or lost their
///   last shared group, organisations that lost every partner or found
///   their first, the largest moves in degree and betweenness rank, and
///   cut vertices (organisations and groups) that appeared or vanished.
public struct RegistryDiff: Hashable, Sendable, Codable {
    /// What each side shows: a date ("2010", "now", "all time") or a file.
    public var from: String
    public var to: String
    public var organisations: [EntityChange]
    public var groups: [EntityChange]
    public var initiatives: [EntityChange]
    public var documents: [EntityChange]
    public var memberships: [MembershipChange]
    /// Pairs of organisations that gained or lost their last shared group.
    public var pairs: [PairChange]
    /// Organisations that lost every partner, or had none and gained one.
    public var isolation: [IsolationChange]
    /// The largest moves in degree and betweenness rank (organisations
    /// present on both sides), biggest first.
    public var rankMoves: [RankMove]
    /// Cut vertices that appeared or vanished.
    public var brokers: [BrokerChange]

    /// Whether anything differs.
    public var hasChanges: Bool {
        !(organisations.isEmpty && groups.isEmpty && initiatives.isEmpty && documents.isEmpty && memberships.isEmpty
            && pairs.isEmpty && isolation.isEmpty && rankMoves.isEmpty && brokers.isEmpty)
    }
}

/// How an entity differs between the two sides.
public struct EntityChange: Hashable, Sendable, Codable {
    public enum Kind: String, Hashable, Sendable, Codable {
        /// Absent on `from`, present on `to`.
        case added
        /// Present (or only possibly present) on `from`, absent on `to`.
        case ended
        /// Present on `from`, only possibly present on `to`.
        case possiblyEnded = "possibly-ended"
        /// Absent on `from`, only possibly present on `to`.
        case possiblyAdded = "possibly-added"
        /// Only possibly present on `from`, present on `to`.
        case confirmed
        /// Present on both sides under another ID (a succession) or name.
        case renamed
        /// Present on both sides with other values (kind, level, dates, certainty …).
        case changed
    }

    public var kind: Kind
    /// The ID on the `to` side, or on the `from` side for an ended entity.
    public var id: String
    public var name: String
    /// The ID and name on the `from` side, when they differ (renames).
    public var previousID: String?
    public var previousName: String?
    /// What changed, one phrase each ("level: regional → national").
    public var details: [String]
    /// Whether the entity was present only possibly on `from`, or is on `to`.
    public var uncertainOnFrom: Bool
    public var uncertainOnTo: Bool
}

/// A seat that differs: added, ended (uncertain as entities are), or with
/// another role.
public struct MembershipChange: Hashable, Sendable, Codable {
    public var kind: EntityChange.Kind
    public var organisation: String
    public var group: String
    public var role: String
    public var details: [String]
    public var uncertainOnFrom: Bool
    public var uncertainOnTo: Bool
}

/// Two organisations that shared a group on one side and none on the other.
public struct PairChange: Hashable, Sendable, Codable {
    public enum Kind: String, Hashable, Sendable, Codable { case gained, lost }
    public var kind: Kind
    public var first: String
    public var second: String
    public var firstName: String
    public var secondName: String
    /// The groups they shared on the side that had them.
    public var groups: [String]
}

/// An organisation that lost every partner, or found its first.
public struct IsolationChange: Hashable, Sendable, Codable {
    public enum Kind: String, Hashable, Sendable, Codable {
        case lostEveryPartner = "lost-every-partner"
        case foundPartners = "found-partners"
    }
    public var kind: Kind
    public var organisation: String
    public var name: String
    /// Partners on the `from` side (lost) or the `to` side (found).
    public var partners: Int
}

/// A move in an organisation's rank by a measure (1 = highest).
public struct RankMove: Hashable, Sendable, Codable {
    public var measure: String
    public var organisation: String
    public var name: String
    public var rankFrom: Int
    public var rankTo: Int
    public var scoreFrom: Double
    public var scoreTo: Double
    /// Positive when the organisation climbed.
    public var places: Int { rankFrom - rankTo }
}

/// A cut vertex that appeared or vanished.
public struct BrokerChange: Hashable, Sendable, Codable {
    public enum Kind: String, Hashable, Sendable, Codable { case new, vanished }
    public var kind: Kind
    /// `organisation` (cut vertex of the organisation network or the
    /// two-mode network) or `group` (cut vertex of the two-mode network).
    public var type: String
    public var id: String
    public var name: String
}
