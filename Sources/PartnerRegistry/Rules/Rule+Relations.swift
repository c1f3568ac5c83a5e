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

    /// The vocabulary section `where: {kind: …}` names kinds of.
    public var kindSection: Vocabulary.Section {
        switch self {
        case .organisations: .organisationKinds
        case .groups: .groupKinds
        case .initiatives: .initiativeKinds
        }
    }
}
