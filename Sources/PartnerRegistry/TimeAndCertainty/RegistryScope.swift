/// The view a registry is seen through: which date (`now`, a date, or all
/// time) and which facts by certainty. Time and certainty are part of the
/// view, not of each algorithm: the view decides what exists (and what
/// only possibly exists), the algorithms see a graph.
public struct RegistryScope: Hashable, Sendable, Codable, CustomStringConvertible {
    public var asOf: AsOf
    public var certainty: CertaintyFilter

    public init(asOf: AsOf = .now, certainty: CertaintyFilter = .all) {
        self.asOf = asOf
        self.certainty = certainty
    }

    /// The default view: now, every fact.
    public static let now = RegistryScope()
    /// The timeless union of everything the file holds.
    public static let allTime = RegistryScope(asOf: .allTime)

    /// "as of now", "as of 2010, stated facts only", "all time".
    public var description: String {
        let date = asOf == .allTime ? "all time" : "as of \(asOf)"
        switch certainty {
        case .all: return date
        case .inferred: return date + ", stated and inferred facts"
        case .stated: return date + ", stated facts only"
        }
    }
}

/// What a view kept only possibly: entities and memberships whose presence
/// on the view's date is uncertain (begun, and ended on an unknown date
/// before a bound later than the date). Positions index the viewed
/// registry's arrays.
public struct UncertainPresence: Hashable, Sendable {
    public var organisations: Set<OrganisationID> = []
    public var groups: Set<GroupID> = []
    public var initiatives: Set<InitiativeID> = []
    public var documents: Set<DocumentID> = []
    /// Positions in `Registry.memberships` of uncertain memberships
    /// (uncertain themselves or through either end).
    public var memberships: Set<Int> = []

    public init() {}

    public var isEmpty: Bool {
        organisations.isEmpty && groups.isEmpty && initiatives.isEmpty && documents.isEmpty && memberships.isEmpty
    }

    /// Whether `entity` is kept only possibly.
    public func contains(_ entity: EntityReference) -> Bool {
        switch entity {
        case let .organisation(id): organisations.contains(id)
        case let .group(id): groups.contains(id)
        case let .initiative(id): initiatives.contains(id)
        case let .document(id): documents.contains(id)
        case .source, .rule: false
        }
    }
}
