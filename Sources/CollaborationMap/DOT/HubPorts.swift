/// Ports that fan out the edges of a node with many ties.
///
/// Graphviz aims every edge of a node at its centre, so twenty lines into
/// VästerbottensTurism met at one point of its side and none could be
/// followed to its end. A node with at least ``minimumDegree`` edges (a
/// hub) is drawn with an HTML-like label that has a column of thin port
/// cells down each side, ``rowHeight`` points each, one row per edge of
/// the hub; each edge ends at a port of its own (`tailport`/`headport`
/// with a compass point, `w3:w`), so the lines reach the node side by
/// side. The number of rows comes from the model that is laid out (for a
/// shared layout: the registry's union), so the node has the same size on
/// every date.
///
/// Which side and which row an edge takes:
/// - pinned (a shared layout, ``YearMaps``): the side the other end lies
///   on, and, on each side, rows in the order of the other ends from top
///   to bottom, spread over the column; lines therefore do not cross at
///   the node;
/// - layered (`dot`, left to right): an edge whose other end is ranked
///   before the hub comes in on the west, the others on the east, in the
///   model's order; `dot` orders the other ends by port.
struct HubPorts {
    static let minimumDegree = 8
    static let rowHeight = 5.0

    /// The rows of each hub.
    var rows: [MapNodeID: Int] = [:]
    /// The port of each edge end at a hub, by edge index: `tail` and `head`
    /// refer to the ends as written to DOT.
    var tail: [Int: String] = [:]
    var head: [Int: String] = [:]

    /// The hubs of `model` and their rows: every node with at least
    /// ``minimumDegree`` edges, one row per edge.
    static func rows(_ model: MapModel) -> [MapNodeID: Int] {
        var degree: [MapNodeID: Int] = [:]
        for e in model.edges where e.from != e.to {
            degree[e.from, default: 0] += 1
            degree[e.to, default: 0] += 1
        }
        return degree.filter { $0.value >= minimumDegree }
    }

    /// Assigns ports to the written edges (`ends[i]`: tail and head of edge
    /// i as written). `position` gives a pinned node's position (x, y up);
    /// without it, the layered rule applies.
    init(rows: [MapNodeID: Int], ends: [(tail: MapNodeID, head: MapNodeID)],
         position: (MapNodeID) -> (x: Double, y: Double)?, right: Set<MapNodeID> = [])
    {
        self.rows = rows
        guard !rows.isEmpty else { return }
        struct End { var edge: Int; var atHead: Bool; var other: MapNodeID }
        var byHub: [MapNodeID: [End]] = [:]
        for (i, end) in ends.enumerated() where end.tail != end.head {
            if rows[end.tail] != nil { byHub[end.tail, default: []].append(End(edge: i, atHead: false, other: end.head)) }
            if rows[end.head] != nil { byHub[end.head, default: []].append(End(edge: i, atHead: true, other: end.tail)) }
        }
        for (hub, list) in byHub {
            guard let count = rows[hub], count > 0 else { continue }
            var west: [(End, Double)] = [], east: [(End, Double)] = []
            if let here = position(hub) {
                for (n, end) in list.enumerated() {
                    guard let there = position(end.other) else {
                        east.append((end, -Double(n)))
                        continue
                    }
                    // Top first: a larger y is higher up.
                    if there.x < here.x { west.append((end, there.y)) } else { east.append((end, there.y)) }
                }
                west.sort { $0.1 > $1.1 }
                east.sort { $0.1 > $1.1 }
            } else {
                for (n, end) in list.enumerated() {
                    if Self.westInLayers(hub: hub, other: end.other, atHead: end.atHead, right: right) {
                        west.append((end, -Double(n)))
                    } else {
                        east.append((end, -Double(n)))
                    }
                }
            }
            for (side, ends) in [("w", west), ("e", east)] {
                for (k, (end, _)) in ends.enumerated() {
                    // Spread k = 0 ..< n evenly over the rows.
                    let row = min(count - 1, Int((Double(k) + 0.5) * Double(count) / Double(ends.count)))
                    let port = "\(side)\(row):\(side)"
                    if end.atHead { head[end.edge] = port } else { tail[end.edge] = port }
                }
            }
        }
    }

    /// Whether, left to right in layers, an edge of `hub` comes in on its
    /// west side: organisations drawn right of the groups (`right`, see
    /// ``Sides``) have their groups and initiatives on the west, the others
    /// on the east; a group or initiative has its right-hand organisations
    /// on the east, the other organisations on the west, and other nodes by
    /// the edge's direction.
    static func westInLayers(hub: MapNodeID, other: MapNodeID, atHead: Bool, right: Set<MapNodeID>) -> Bool {
        if hub.kind == .organisation { return right.contains(hub) }
        if other.kind == .organisation { return !right.contains(other) }
        return atHead
    }

    /// The HTML-like label of a hub: the node's label in a cell spanning
    /// every row, between two columns of port cells.
    /// `rowHeight` in points: ``rowHeight`` for boxes; less for an
    /// ellipse, which is drawn round the table and grows with it.
    static func label(_ inner: String, rows: Int, rowHeight: Double = HubPorts.rowHeight) -> String {
        let cell = { (side: String, row: Int) in
            "<TD PORT=\"\(side)\(row)\" WIDTH=\"2\" HEIGHT=\"\(Int(rowHeight))\" FIXEDSIZE=\"TRUE\"></TD>"
        }
        var out = "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"0\">"
        for row in 0 ..< rows {
            out += "<TR>" + cell("w", row)
            if row == 0 { out += "<TD ROWSPAN=\"\(rows)\" CELLPADDING=\"6\">\(inner)</TD>" }
            out += cell("e", row) + "</TR>"
        }
        return out + "</TABLE>"
    }
}
