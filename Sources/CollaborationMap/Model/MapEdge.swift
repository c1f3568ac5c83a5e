import PartnerRegistry

/// One edge of the map. At most one edge joins two nodes: when several
/// relations hold between the same pair (a member that also convenes),
/// the strongest is drawn and the tooltip names them all.
public struct MapEdge: Hashable, Sendable, Codable {
    public var from: MapNodeID
    public var to: MapNodeID
    public var relation: MapRelation
    /// Hover text: the relation(s), roles and dates.
    public var tooltip: String
    public var emphasis: Emphasis
    /// The firmest certainty among the facts the edge draws.
    public var certainty: Certainty
    /// Whether every fact the edge draws is present only possibly on the map's date.
    public var uncertain: Bool

    public init(from: MapNodeID, to: MapNodeID, relation: MapRelation, tooltip: String = "",
                emphasis: Emphasis = .normal, certainty: Certainty = .stated, uncertain: Bool = false) {
        self.certainty = certainty
        self.uncertain = uncertain
        self.from = from
        self.to = to
        self.relation = relation
        self.tooltip = tooltip
        self.emphasis = emphasis
    }
}
