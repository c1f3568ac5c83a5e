/// A node of the map: an entity kind and its registry ID.
///
/// IDs of different kinds may coincide in a registry (an organisation and
/// a group both called `x`); the kind keeps them apart. `description`
/// (`group:ledningsgrupp`) is the qualified form accepted wherever the
/// options name an entity.
public struct MapNodeID: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public var kind: MapEntityKind
    public var rawID: String

    public init(_ kind: MapEntityKind, _ rawID: String) {
        self.kind = kind
        self.rawID = rawID
    }

    public var description: String { "\(kind.rawValue):\(rawID)" }

    public static func < (a: Self, b: Self) -> Bool {
        (a.kind, a.rawID) < (b.kind, b.rawID)
    }
}
