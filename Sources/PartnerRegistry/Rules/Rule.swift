/// A constraint stated in the registry file and checked by `validate`.
///
/// A rule selects entities of one type (`subject`) with a filter, then
/// requires each selected entity to have between `atLeast` and `atMost`
/// related entities of the given kinds. The seed's funding rule reads:
/// for every initiative funded by `vasterbottensturism`, at least two
/// participants of kind `destination-organisation`.
public struct Rule: Hashable, Sendable, Codable, Identifiable {
    public var id: RuleID
    public var description: String
    public var subject: Subject
    public var filter: Filter
    public var requirements: [Requirement]
    /// `error` fails validation; `warning` only reports.
    public var severity: Severity
    public var sources: [Citation]

    public init(
        id: RuleID, description: String, subject: Subject, filter: Filter = .init(),
        requirements: [Requirement], severity: Severity = .error, sources: [Citation] = []
    ) {
        self.id = id
        self.description = description
        self.subject = subject
        self.filter = filter
        self.requirements = requirements
        self.severity = severity
        self.sources = sources
    }

    /// The type of entity a rule constrains.
    public enum Subject: String, CaseIterable, Codable, Sendable {
        case organisations, groups, initiatives
    }

    public enum Severity: String, CaseIterable, Codable, Sendable { case error, warning }

    /// Which entities of the subject type a rule applies to. Empty fields
    /// do not restrict.
    public struct Filter: Hashable, Sendable, Codable {
        /// Kinds (raw values of the subject's kind enum).
        public var kinds: [String]
        public var levels: [GeographicLevel]
        /// Initiatives only: funded by any of these organisations.
        public var fundedBy: [OrganisationID]
        /// Entities whose attributes hold all these key/value pairs.
        public var attributes: [String: String]

        public init(kinds: [String] = [], levels: [GeographicLevel] = [], fundedBy: [OrganisationID] = [],
                    attributes: [String: String] = [:]) {
            self.kinds = kinds
            self.levels = levels
            self.fundedBy = fundedBy
            self.attributes = attributes
        }
    }

    /// A count of related entities that must fall inside `atLeast...atMost`.
    public struct Requirement: Hashable, Sendable, Codable {
        public var relation: Relation
        /// Kinds of the related entity (organisation or group kinds).
        public var kinds: [String]
        public var levels: [GeographicLevel]
        public var roles: [Role]
        public var atLeast: Int?
        public var atMost: Int?

        public init(relation: Relation, kinds: [String] = [], levels: [GeographicLevel] = [], roles: [Role] = [],
                    atLeast: Int? = nil, atMost: Int? = nil) {
            self.relation = relation
            self.kinds = kinds
            self.levels = levels
            self.roles = roles
            self.atLeast = atLeast
            self.atMost = atMost
        }
    }

    /// The related entities a requirement counts.
    public enum Relation: String, CaseIterable, Codable, Sendable {
        /// Initiatives: participating organisations.
        case participants
        /// Initiatives: funding organisations.
        case funders
        /// Groups: member organisations.
        case members
        /// Groups: convening or hosting organisations.
        case conveners
        /// Organisations: groups the organisation belongs to.
        case groups
    }
}
