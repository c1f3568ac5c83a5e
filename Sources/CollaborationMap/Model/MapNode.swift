import PartnerRegistry

/// One node of the map with everything the encoder needs to draw it.
/// Text is kept as written; escaping happens only in ``DOTEncoder``.
public struct MapNode: Hashable, Sendable, Codable, Identifiable {
    public var id: MapNodeID
    /// The name shown on the node.
    public var label: String
    public var category: NodeCategory
    public var level: GeographicLevel?
    /// The cluster this node is drawn in: organisations by level or
    /// attribute, and any entity without a tie in ``MapCluster/untiedID``.
    public var cluster: String?
    /// Hover text: name, kind, groups and roles (one item per line).
    public var tooltip: String
    /// A link, kept only when it is http, https or mailto.
    public var url: String?
    /// The caller's score, when node sizing is by score.
    public var score: Double?
    /// Relative size, 1 (smallest) … 2 (largest score).
    public var scale: Double
    public var emphasis: Emphasis
    /// Present only possibly on the map's date: drawn with a dashed border.
    public var uncertain: Bool = false

    public init(
        id: MapNodeID, label: String, category: NodeCategory, level: GeographicLevel? = nil,
        cluster: String? = nil, tooltip: String = "", url: String? = nil, score: Double? = nil,
        scale: Double = 1, emphasis: Emphasis = .normal
    ) {
        self.id = id
        self.label = label
        self.category = category
        self.level = level
        self.cluster = cluster
        self.tooltip = tooltip
        self.url = url
        self.score = score
        self.scale = scale
        self.emphasis = emphasis
    }
}
