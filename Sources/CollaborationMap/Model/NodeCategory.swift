import PartnerRegistry

/// What a node depicts, down to the kind the registry gives it. The
/// theme draws each category with its own shape and colour.
public enum NodeCategory: Hashable, Sendable, Codable {
    case organisation(OrganisationKind)
    case group(GroupKind)
    case initiative
    case document(DocumentKind)

    public var entityKind: MapEntityKind {
        switch self {
        case .organisation: .organisation
        case .group: .group
        case .initiative: .initiative
        case .document: .document
        }
    }
}
