/// Any entity of a registry, by type and ID: what rule violations and
/// locations point at.
public enum EntityReference: Hashable, Sendable, Codable, CustomStringConvertible {
    case organisation(OrganisationID)
    case group(GroupID)
    case initiative(InitiativeID)
    case document(DocumentID)
    case source(SourceID)
    case rule(RuleID)

    /// The noun for the entity's type ("organisation").
    public var noun: String {
        switch self {
        case .organisation: OrganisationKindTag.noun
        case .group: GroupKindTag.noun
        case .initiative: InitiativeKindTag.noun
        case .document: DocumentKindTag.noun
        case .source: SourceKindTag.noun
        case .rule: RuleKindTag.noun
        }
    }

    /// The ID as written in the file.
    public var rawID: String {
        switch self {
        case let .organisation(id): id.rawValue
        case let .group(id): id.rawValue
        case let .initiative(id): id.rawValue
        case let .document(id): id.rawValue
        case let .source(id): id.rawValue
        case let .rule(id): id.rawValue
        }
    }

    /// `organisation 'visit-umea'`.
    public var description: String { "\(noun) '\(rawID)'" }
}
