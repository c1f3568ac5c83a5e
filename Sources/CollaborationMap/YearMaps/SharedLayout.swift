import PartnerRegistry

/// One layout for every date of a registry (``MapLayout/shared``): the
/// timeless union laid out once with `dot`, and a date's model drawn from
/// its positions.
enum SharedLayout {
    /// The union model a map of `options` is laid out on: the `.allTime`
    /// view with the same kinds, clusters and certainty, without title
    /// block, legend or footer (so the layout is that of the entities
    /// alone, the same for every date); `nil` when the options call for a
    /// layout of the date (``MapLayout``).
    static func union(registry: Registry, options: MapOptions) throws(MapError) -> MapModel? {
        guard options.layout == .shared, options.engine == .dot, options.focus == nil, options.top == nil,
              options.scope.asOf != .allTime
        else { return nil }
        if case .score = options.sizing { return nil }
        var o = options
        o.scope.asOf = .allTime
        o.highlight = nil
        var union = try MapBuilder(registry: registry, options: o).build()
        union.title = " "   // an empty <B></B> label is a syntax error for Graphviz
        union.subtitle = []
        union.footer = []
        union.legend = MapLegend(title: "")
        return union
    }

    /// Lays `union` out with `dot` and returns the positions to pin.
    /// `fixedCanvas`: keep the union's canvas and title block position
    /// (year maps); otherwise each drawing is sized around its own title block.
    static func positions(of union: MapModel, seed: Int, fixedCanvas: Bool, renderer: GraphvizRenderer)
        async throws(GraphvizError) -> PinnedLayout
    {
        var encoder = DOTEncoder(engine: .dot, seed: seed, theme: .standard)
        // The maps stack their title block above the drawing, and the union
        // holds more than any one date, so the drawing itself is made wider
        // than a poster's (about 3:1 by `Columns`' measure).
        encoder.columnsAspect = 3
        // Wider gaps between the columns: the lines between them run
        // longer and flatter, and the page's width is used.
        encoder.ranksep = 1
        let laidOut = try await renderer.positions(dot: encoder.encode(union), engine: .dot)
        let names = NodeNames(union)
        var pinned = PinnedLayout(nodes: [:], clusters: [:], bb: laidOut.bb, lp: laidOut.lp)
        pinned.fixedCanvas = fixedCanvas
        if !fixedCanvas { pinned.bb = drawingBox(bb: laidOut.bb, lp: laidOut.lp) }
        pinned.hubRows = HubPorts.rows(union)
        for node in union.nodes {
            let name = String(names.quoted(node.id).dropFirst().dropLast())
            if let pos = laidOut.nodes[name], !pos.isEmpty { pinned.nodes[node.id] = pos }
        }
        for cluster in union.clusters {
            if let box = laidOut.clusters["cluster_" + names.clusterName(cluster.id)] {
                pinned.clusters[cluster.id] = PinnedLayout.Box(bb: box.bb, lp: box.lp)
            }
        }
        return pinned
    }

    /// The layout's box without its title block: the label is centred at
    /// `lp`, so it takes 2·(top − lp.y) at the top.
    static func drawingBox(bb: String, lp: String) -> String {
        let box = bb.split(separator: ",").compactMap { Double($0) }
        let label = lp.split(separator: ",").compactMap { Double($0) }
        guard box.count == 4, label.count == 2 else { return bb }
        let top = min(box[3], max(box[1], 2 * label[1] - box[3]))
        return [box[0], box[1], box[2], top].map { String($0) }.joined(separator: ",")
    }

    /// `model` (a date) drawn on the union: the union's nodes that are there
    /// on the date, in the union's order and clusters, with the date's
    /// styles, legend and footer.
    static func drawn(_ model: MapModel, on union: MapModel) -> MapModel {
        var drawn = YearMaps.merge(union: union, year: model, previous: nil, ended: .hide)
        drawn.footer = model.footer
        return drawn
    }
}
