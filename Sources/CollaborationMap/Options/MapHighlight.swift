import PartnerRegistry

/// Nodes to bring forward; everything else is drawn faded.
///
/// Entities are named by their registry ID (`visit-umea`), or qualified by
/// kind when IDs of different kinds coincide (`group:ledningsgrupp`).
public enum MapHighlight: Hashable, Sendable, Codable {
    /// These nodes and the edges between them.
    case nodes([String])
    /// A path: each consecutive pair must be joined by an edge of the map;
    /// those edges are highlighted.
    case path([String])
}

extension MapHighlight {
    /// What connects two organisations: both ends, the groups they share,
    /// and every entity of every shortest chain between them, each once,
    /// in that order (`samverkan map --connect A B`).
    ///
    /// - Throws: `MapError.notConnected` when no chain joins them.
    public init(connection: Connection) throws(MapError) {
        guard connection.isConnected else {
            throw .notConnected(connection.from.name, connection.to.name, asOf: connection.asOf)
        }
        var keys = [
            MapNodeID(.organisation, connection.from.id.rawValue), MapNodeID(.organisation, connection.to.id.rawValue),
        ]
        keys += connection.sharedGroups.map { MapNodeID(.group, $0.id.rawValue) }
        for chain in connection.shortestChains {
            keys += chain.organisations.map { MapNodeID(.organisation, $0.id.rawValue) }
            keys += chain.groups.map { MapNodeID(.group, $0.id.rawValue) }
        }
        var seen = Set<MapNodeID>()
        self = .nodes(keys.filter { seen.insert($0).inserted }.map(\.description))
    }
}
