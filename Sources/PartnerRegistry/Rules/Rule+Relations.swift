extension Rule.Relation {
    /// The type of entity whose relations this counts: `participants` and
    /// `funders` belong to initiatives, `members` and `conveners` to
    /// groups, `groups` to organisations.
    public var subject: Rule.Subject {
        switch self {
        case .participants, .funders: .initiatives
        case .members, .conveners: .groups
        case .groups: .organisations
        }
    }

    /// Whether the related entities are groups (else organisations).
    public var countsGroups: Bool { self == .groups }

    /// Whether a requirement on this relation may filter by membership role.
    public var allowsRole: Bool { self == .members || self == .groups }

    /// The relations a rule for `subject` can count.
    public static func relations(for subject: Rule.Subject) -> [Rule.Relation] {
        allCases.filter { $0.subject == subject }
    }
}

extension Rule.Subject {
    /// "initiative", "group", "organisation".
    public var singular: String {
        switch self {
        case .organisations: "organisation"
        case .groups: "group"
        case .initiatives: "initiative"
        }
    }

    /// The raw values `where: {kind: …}` accepts; empty for initiatives,
    /// which have no kind.
    public var kinds: [String] {
        switch self {
        case .organisations: OrganisationKind.allCases.map(\.rawValue)
        case .groups: GroupKind.allCases.map(\.rawValue)
        case .initiatives: []
        }
    }
}
