/// The four kinds of registry entity a map can show as nodes.
public enum MapEntityKind: String, CaseIterable, Sendable, Codable, Hashable, Comparable {
    case organisation, group, initiative, document

    var order: Int {
        switch self {
        case .organisation: 0
        case .group: 1
        case .initiative: 2
        case .document: 3
        }
    }

    public static func < (a: Self, b: Self) -> Bool { a.order < b.order }
}
