/// How a layered (`dot`) drawing sets its nodes in columns, so that a map
/// comes out landscape rather than as one tall strip.
///
/// The drawing runs left to right (`rankdir=LR`: a rank is a column).
/// Organisations of the clusters left of the groups (``Sides``) come
/// first, then the groups and initiatives, then the clusters right of
/// them, then the area of entities without a tie. Each of these is cut
/// into columns of at most ``rows`` nodes that share a rank; invisible
/// edges between the first nodes of neighbouring columns keep them in that
/// order. Documents have no column of their own: `dot` sets them by their
/// lineage and the groups that adopted them.
///
/// ``rows`` is chosen from the number of nodes so that the drawing,
/// title block and footer included, comes out about 1.45 times as wide as
/// it is tall (a column is taken as 210 pt wide with its gap, a row as
/// 55 pt, title block and footer as 330 pt of height), and never fewer
/// than four.
struct Columns {
    /// The most nodes in one column.
    var rows: Int
    /// The columns of each cluster, by cluster ID, in order.
    var clusters: [String: [[MapNodeID]]] = [:]
    /// The columns of the groups and initiatives outside clusters.
    var middle: [[MapNodeID]] = []
    /// Invisible edges, tail and head, that keep the columns in order.
    var chain: [(MapNodeID, MapNodeID)] = []

    static let columnWidth = 210.0
    static let rowHeight = 55.0
    static let blockHeight = 330.0
    static let aspect = 1.45

    /// The rows per column for a map of `nodes` nodes: the positive root
    /// of `columnWidth·n / (r·(rowHeight·r + blockHeight)) = aspect`.
    static func rows(for nodes: Int, aspect: Double = Columns.aspect) -> Int {
        let a = rowHeight, b = blockHeight, c = -columnWidth * Double(nodes) / aspect
        let root = (-b + (b * b - 4 * a * c).squareRoot()) / (2 * a)
        return max(4, Int(root.rounded()))
    }

    init(_ model: MapModel, sides: Sides, aspect: Double = Columns.aspect) {
        rows = Self.rows(for: model.nodes.count, aspect: aspect)
        let clustered = model.clusters.filter { !$0.nodes.isEmpty }
        for cluster in clustered {
            if cluster.id == MapCluster.untiedID {
                clusters[cluster.id] = Self.grid(cluster.nodes)
            } else {
                // One column up to `clusterRows`: lines from a group to many
                // members of one cluster then reach them side by side
                // instead of crossing the columns in front.
                clusters[cluster.id] = Self.cut(cluster.nodes, rows: max(rows, Self.clusterRows))
            }
        }

        // Groups and initiatives outside clusters: those tied only to the
        // left side first, those tied to the right side last.
        let inCluster = Set(clustered.flatMap(\.nodes))
        var side: [MapNodeID: Int] = [:]
        for e in model.edges {
            for (node, other) in [(e.from, e.to), (e.to, e.from)] where other.kind == .organisation {
                let mark = sides.right.contains(other) ? 2 : 1
                side[node] = (side[node] ?? 0) | mark
            }
        }
        func order(_ id: MapNodeID) -> Int {
            switch side[id] ?? 0 {
            case 1: 0
            case 2: 2
            default: 1
            }
        }
        let free = model.nodes.map(\.id).filter { !inCluster.contains($0) && $0.kind != .document }
        let sorted = free.enumerated().sorted { (order($0.element), $0.offset) < (order($1.element), $1.offset) }
        middle = Self.cut(sorted.map(\.element), rows: rows)

        // The order of the columns: left clusters, middle, right clusters,
        // the untied area; each cluster's own columns one after the other.
        let left = clustered.filter { $0.id != MapCluster.untiedID && !$0.nodes.contains(where: sides.right.contains) }
        let right = clustered.filter { $0.id != MapCluster.untiedID && $0.nodes.contains(where: sides.right.contains) }
        let untied = clustered.filter { $0.id == MapCluster.untiedID }
        var previous: [MapNodeID] = []
        for stage in [left.map { clusters[$0.id] ?? [] }, [middle], right.map { clusters[$0.id] ?? [] },
                      untied.map { clusters[$0.id] ?? [] }] {
            var lasts: [MapNodeID] = []
            for columns in stage where !columns.isEmpty {
                if let first = columns[0].first { for p in previous { chain.append((p, first)) } }
                for (a, b) in zip(columns, columns.dropFirst()) {
                    if let x = a.first, let y = b.first { chain.append((x, y)) }
                }
                if let last = columns.last?.first { lasts.append(last) }
            }
            if !lasts.isEmpty { previous = lasts }
        }
    }

    /// The most organisations of one cluster set in one column.
    static let clusterRows = 12

    /// The untied area as a compact grid of ⌈√(n/2)⌉ columns of even
    /// height: a column is about three times as wide as a row is tall, so
    /// the box comes out roughly square (sixteen entities: three columns
    /// of six, five and five, not two columns of eight).
    static func grid(_ nodes: [MapNodeID]) -> [[MapNodeID]] {
        let columns = max(1, Int((Double(nodes.count) / 2).squareRoot().rounded(.up)))
        return cut(nodes, rows: (nodes.count + columns - 1) / columns)
    }

    /// `nodes` cut into columns of as even a height as `rows` allows.
    static func cut(_ nodes: [MapNodeID], rows: Int) -> [[MapNodeID]] {
        guard !nodes.isEmpty else { return [] }
        let count = (nodes.count + rows - 1) / rows
        let height = (nodes.count + count - 1) / count
        return stride(from: 0, to: nodes.count, by: height).map { Array(nodes[$0 ..< min($0 + height, nodes.count)]) }
    }
}
