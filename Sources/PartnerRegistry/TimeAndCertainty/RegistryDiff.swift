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
///
/// Sure and possible. Where one side holds facts that are only possibly
/// there, each figure beyond the facts is computed on the possible networks
/// of both sides (what the rows show) and on the sure networks of both
/// sides (`Registry.removingUncertain()`). A pair, an organisation's
/// partners or a cut vertex is then *uncertain on* a side whose two
/// networks disagree about it (`uncertainOnFrom`, `uncertainOnTo`), and a
/// row holds surely only when neither side is uncertain; a change that
/// shows on the sure networks only is listed too, marked the same way
/// ("gained (uncertain on 2010)": possibly gained, as a `confirmed` group is
/// possibly added). A rank move carries its ranks on the sure networks
/// (`RankMove.sure`) and says whether the organisation's own ties changed
/// (`RankMove.cause`).
///
/// Order: entity, membership, partner and cut-vertex rows by name in
/// Swedish order (`SwedishCollation`: å, ä, ö after z), ties by ID; pairs
/// lost before pairs gained, each by the two names; rank moves largest
/// first per measure.
public struct RegistryDiff: Hashable, Sendable, Codable {
    /// What each side shows: a date ("2010", "now", "all time") or a file.
    public var from: String
    public var to: String
    public var organisations: [EntityChange]
    public var groups: [EntityChange]
    public var initiatives: [EntityChange]
    public var documents: [EntityChange]
    public var memberships: [MembershipChange]
    /// Pairs of organisations that lost their last shared group, then
    /// pairs that gained their first: at most `pairLimit` of each.
    public var pairs: [PairChange]
    /// How many pairs lost or gained in all, listed or not.
    public var pairTotals: PairTotals
    /// The most pairs of each kind listed in `pairs`; nil lists all.
    public var pairLimit: Int?
    /// Organisations that lost every partner, or had none and gained one.
    public var isolation: [IsolationChange]
    /// The largest moves in degree and betweenness rank (organisations
    /// present on both sides), biggest first.
    public var rankMoves: [RankMove]
    /// Cut vertices that appeared or vanished.
    public var brokers: [BrokerChange]
    /// The registry's language (`sv`, `en`; the `to` side's, else the
    /// `from` side's), for the word beside sure values.
    public var language: String?

    /// Whether anything differs.
    public var hasChanges: Bool {
        !(organisations.isEmpty && groups.isEmpty && initiatives.isEmpty && documents.isEmpty && memberships.isEmpty
            && pairTotals.lost == 0 && pairTotals.gained == 0 && isolation.isEmpty && rankMoves.isEmpty
            && brokers.isEmpty)
    }

    /// Whether `pairs` lists fewer pairs than there are (`pairLimit`).
    public var pairsAreCut: Bool { pairs.count < pairTotals.lost + pairTotals.gained }
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
    /// The organisation's and the group's IDs (the `to` side's after a
    /// rename) and names (the `to` side's where it holds them).
    public var organisation: String
    public var organisationName: String
    public var group: String
    public var groupName: String
    public var role: String
    public var details: [String]
    public var uncertainOnFrom: Bool
    public var uncertainOnTo: Bool
}

/// Two organisations that shared a group on one side and none on the other.
///
/// Computed on the possible networks of both sides and on the sure ones: a
/// side is uncertain for the pair when the two networks disagree on whether
/// the pair shares a group there (the pair shares one only possibly). The
/// change holds surely when neither side is.
public struct PairChange: Hashable, Sendable, Codable {
    public enum Kind: String, Hashable, Sendable, Codable { case gained, lost }
    public var kind: Kind
    /// The two organisations, the first by name first.
    public var first: String
    public var second: String
    public var firstName: String
    public var secondName: String
    /// The groups they shared on the side that had them (lost: `from`;
    /// gained: `to`), by name; `uncertain` marks a group present only
    /// possibly on that side.
    public var groups: [NamedGroup]
    /// Whether the pair shares a group only possibly on `from` (the sure
    /// and the possible network disagree), and on `to`.
    public var uncertainOnFrom: Bool
    public var uncertainOnTo: Bool

    public init(
        kind: Kind, first: String, second: String, firstName: String, secondName: String, groups: [NamedGroup],
        uncertainOnFrom: Bool = false, uncertainOnTo: Bool = false
    ) {
        self.kind = kind
        self.first = first
        self.second = second
        self.firstName = firstName
        self.secondName = secondName
        self.groups = groups
        self.uncertainOnFrom = uncertainOnFrom
        self.uncertainOnTo = uncertainOnTo
    }

    /// Whether the change holds only possibly: uncertain on either side.
    public var uncertain: Bool { uncertainOnFrom || uncertainOnTo }

    private enum CodingKeys: String, CodingKey {
        case kind, first, second, firstName, secondName, groups, uncertainOnFrom, uncertainOnTo, uncertain
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            kind: try c.decode(Kind.self, forKey: .kind), first: try c.decode(String.self, forKey: .first),
            second: try c.decode(String.self, forKey: .second), firstName: try c.decode(String.self, forKey: .firstName),
            secondName: try c.decode(String.self, forKey: .secondName),
            groups: try c.decode([NamedGroup].self, forKey: .groups),
            uncertainOnFrom: try c.decodeIfPresent(Bool.self, forKey: .uncertainOnFrom) ?? false,
            uncertainOnTo: try c.decodeIfPresent(Bool.self, forKey: .uncertainOnTo) ?? false)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(kind, forKey: .kind)
        try c.encode(first, forKey: .first)
        try c.encode(second, forKey: .second)
        try c.encode(firstName, forKey: .firstName)
        try c.encode(secondName, forKey: .secondName)
        try c.encode(groups, forKey: .groups)
        try c.encode(uncertainOnFrom, forKey: .uncertainOnFrom)
        try c.encode(uncertainOnTo, forKey: .uncertainOnTo)
        try c.encode(uncertain, forKey: .uncertain)
    }
}

/// How many pairs lost their last shared group and gained their first, in
/// all (listed or not), and how many of each hold surely (uncertain on
/// neither side).
public struct PairTotals: Hashable, Sendable, Codable {
    public var lost: Int
    public var gained: Int
    public var surelyLost: Int
    public var surelyGained: Int

    public init(lost: Int = 0, gained: Int = 0, surelyLost: Int = 0, surelyGained: Int = 0) {
        self.lost = lost
        self.gained = gained
        self.surelyLost = surelyLost
        self.surelyGained = surelyGained
    }
}

/// An organisation that lost every partner, or found its first.
///
/// Computed on both pairs of networks, as `PairChange`: a side is
/// uncertain when the organisation has partners on its possible network
/// and none on its sure one (or is not in it).
public struct IsolationChange: Hashable, Sendable, Codable {
    public enum Kind: String, Hashable, Sendable, Codable {
        case lostEveryPartner = "lost-every-partner"
        case foundPartners = "found-partners"
    }
    public var kind: Kind
    public var organisation: String
    public var name: String
    /// Partners on the `from` side (lost) or the `to` side (found), on the
    /// possible network.
    public var partners: Int
    /// The same count on that side's sure network; nil when the
    /// organisation is not in it.
    public var sure: Int?
    public var uncertainOnFrom: Bool
    public var uncertainOnTo: Bool

    public init(
        kind: Kind, organisation: String, name: String, partners: Int, sure: Int?, uncertainOnFrom: Bool = false,
        uncertainOnTo: Bool = false
    ) {
        self.kind = kind
        self.organisation = organisation
        self.name = name
        self.partners = partners
        self.sure = sure
        self.uncertainOnFrom = uncertainOnFrom
        self.uncertainOnTo = uncertainOnTo
    }

    /// Whether the change holds only possibly: uncertain on either side.
    public var uncertain: Bool { uncertainOnFrom || uncertainOnTo }

    private enum CodingKeys: String, CodingKey {
        case kind, organisation, name, partners, sure, uncertainOnFrom, uncertainOnTo, uncertain
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let partners = try c.decode(Int.self, forKey: .partners)
        self.init(
            kind: try c.decode(Kind.self, forKey: .kind), organisation: try c.decode(String.self, forKey: .organisation),
            name: try c.decode(String.self, forKey: .name), partners: partners,
            sure: c.contains(.sure) ? try c.decodeIfPresent(Int.self, forKey: .sure) : partners,
            uncertainOnFrom: try c.decodeIfPresent(Bool.self, forKey: .uncertainOnFrom) ?? false,
            uncertainOnTo: try c.decodeIfPresent(Bool.self, forKey: .uncertainOnTo) ?? false)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(kind, forKey: .kind)
        try c.encode(organisation, forKey: .organisation)
        try c.encode(name, forKey: .name)
        try c.encode(partners, forKey: .partners)
        try c.encode(sure, forKey: .sure)
        try c.encode(uncertainOnFrom, forKey: .uncertainOnFrom)
        try c.encode(uncertainOnTo, forKey: .uncertainOnTo)
        try c.encode(uncertain, forKey: .uncertain)
    }
}

/// Why an organisation's rank moved.
public enum RankMoveCause: String, Hashable, Sendable, Codable, CaseIterable {
    /// The groups it sits in differ between the two sides (on the possible
    /// networks, after renames): it joined or left a group, or a group of
    /// it began or ended.
    case ownTies = "own-ties"
    /// It sits in the same groups on both sides: the move comes from other
    /// organisations' ties (their seats, their groups), not its own.
    case others
}

/// A move in an organisation's rank by a measure (1 = highest), on the
/// possible networks, with the ranks on the sure networks beside.
public struct RankMove: Hashable, Sendable, Codable {
    public var measure: String
    public var organisation: String
    public var name: String
    public var rankFrom: Int
    public var rankTo: Int
    public var scoreFrom: Double
    public var scoreTo: Double
    /// Whether its own ties changed, or only others' did.
    public var cause: RankMoveCause
    /// The ranks and scores on the sure networks of both sides (nil on a
    /// side whose sure network does not hold the organisation).
    public var sure: SureRankMove

    public init(
        measure: String, organisation: String, name: String, rankFrom: Int, rankTo: Int, scoreFrom: Double,
        scoreTo: Double, cause: RankMoveCause, sure: SureRankMove
    ) {
        self.measure = measure
        self.organisation = organisation
        self.name = name
        self.rankFrom = rankFrom
        self.rankTo = rankTo
        self.scoreFrom = scoreFrom
        self.scoreTo = scoreTo
        self.cause = cause
        self.sure = sure
    }

    /// Positive when the organisation climbed.
    public var places: Int { rankFrom - rankTo }

    /// Whether the rank on `from` differs between the two networks (or the
    /// organisation is not in the sure one), and on `to`.
    public var uncertainOnFrom: Bool { sure.rankFrom != rankFrom }
    public var uncertainOnTo: Bool { sure.rankTo != rankTo }
    /// Whether the move is uncertain: its ranks on the sure networks differ.
    public var uncertain: Bool { uncertainOnFrom || uncertainOnTo }

    private enum CodingKeys: String, CodingKey {
        case measure, organisation, name, rankFrom, rankTo, scoreFrom, scoreTo, places, cause, sure, uncertainOnFrom,
            uncertainOnTo, uncertain
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            measure: try c.decode(String.self, forKey: .measure),
            organisation: try c.decode(String.self, forKey: .organisation), name: try c.decode(String.self, forKey: .name),
            rankFrom: try c.decode(Int.self, forKey: .rankFrom), rankTo: try c.decode(Int.self, forKey: .rankTo),
            scoreFrom: try c.decode(Double.self, forKey: .scoreFrom), scoreTo: try c.decode(Double.self, forKey: .scoreTo),
            cause: try c.decode(RankMoveCause.self, forKey: .cause),
            sure: try c.decode(SureRankMove.self, forKey: .sure))
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(measure, forKey: .measure)
        try c.encode(organisation, forKey: .organisation)
        try c.encode(name, forKey: .name)
        try c.encode(rankFrom, forKey: .rankFrom)
        try c.encode(rankTo, forKey: .rankTo)
        try c.encode(scoreFrom, forKey: .scoreFrom)
        try c.encode(scoreTo, forKey: .scoreTo)
        try c.encode(places, forKey: .places)
        try c.encode(cause, forKey: .cause)
        try c.encode(sure, forKey: .sure)
        try c.encode(uncertainOnFrom, forKey: .uncertainOnFrom)
        try c.encode(uncertainOnTo, forKey: .uncertainOnTo)
        try c.encode(uncertain, forKey: .uncertain)
    }
}

/// An organisation's ranks and scores on the sure networks of both sides
/// of a diff: the sure side of `RankMove`. A side whose sure network does
/// not hold the organisation has nil.
public struct SureRankMove: Hashable, Sendable, Codable {
    public var rankFrom: Int?
    public var rankTo: Int?
    public var scoreFrom: Double?
    public var scoreTo: Double?

    public init(rankFrom: Int?, rankTo: Int?, scoreFrom: Double?, scoreTo: Double?) {
        self.rankFrom = rankFrom
        self.rankTo = rankTo
        self.scoreFrom = scoreFrom
        self.scoreTo = scoreTo
    }

    /// Positive when the organisation climbed; nil when it is not in the
    /// sure network of one side.
    public var places: Int? { rankFrom.flatMap { a in rankTo.map { a - $0 } } }

    private enum CodingKeys: String, CodingKey { case rankFrom, rankTo, scoreFrom, scoreTo }

    /// Every field, `null` on a side without the organisation.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(rankFrom, forKey: .rankFrom)
        try c.encode(rankTo, forKey: .rankTo)
        try c.encode(scoreFrom, forKey: .scoreFrom)
        try c.encode(scoreTo, forKey: .scoreTo)
    }
}

/// A cut vertex that appeared or vanished.
///
/// Computed on both pairs of networks, as `PairChange`: a side is
/// uncertain when the entity is a cut vertex of one of its two networks
/// and not of the other.
public struct BrokerChange: Hashable, Sendable, Codable {
    public enum Kind: String, Hashable, Sendable, Codable { case new, vanished }
    public var kind: Kind
    /// `organisation` (cut vertex of the organisation network or the
    /// two-mode network) or `group` (cut vertex of the two-mode network).
    public var type: String
    public var id: String
    public var name: String
    public var uncertainOnFrom: Bool
    public var uncertainOnTo: Bool

    public init(kind: Kind, type: String, id: String, name: String, uncertainOnFrom: Bool = false, uncertainOnTo: Bool = false) {
        self.kind = kind
        self.type = type
        self.id = id
        self.name = name
        self.uncertainOnFrom = uncertainOnFrom
        self.uncertainOnTo = uncertainOnTo
    }

    /// Whether the change holds only possibly: uncertain on either side.
    public var uncertain: Bool { uncertainOnFrom || uncertainOnTo }

    private enum CodingKeys: String, CodingKey { case kind, type, id, name, uncertainOnFrom, uncertainOnTo, uncertain }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            kind: try c.decode(Kind.self, forKey: .kind), type: try c.decode(String.self, forKey: .type),
            id: try c.decode(String.self, forKey: .id), name: try c.decode(String.self, forKey: .name),
            uncertainOnFrom: try c.decodeIfPresent(Bool.self, forKey: .uncertainOnFrom) ?? false,
            uncertainOnTo: try c.decodeIfPresent(Bool.self, forKey: .uncertainOnTo) ?? false)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(kind, forKey: .kind)
        try c.encode(type, forKey: .type)
        try c.encode(id, forKey: .id)
        try c.encode(name, forKey: .name)
        try c.encode(uncertainOnFrom, forKey: .uncertainOnFrom)
        try c.encode(uncertainOnTo, forKey: .uncertainOnTo)
        try c.encode(uncertain, forKey: .uncertain)
    }
}
