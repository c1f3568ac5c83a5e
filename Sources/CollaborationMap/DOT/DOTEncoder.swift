import InterchangeBase

/// Writes a ``MapModel`` as DOT text for one layout engine.
///
/// The output is a pure function of the model, the engine, the seed and
/// the theme: no counters, dates or hash orders enter it, so equal inputs
/// give byte-equal text. Every piece of registry text goes through
/// `DOTText` (labels as HTML-like labels, tooltips as escaped strings)
/// and every link through `SafeURL`, each cut to a length cap
/// (`DOTText.labelLimit`, `DOTText.tooltipLimit`; a link longer than
/// `DOTText.urlLimit` is left out) while the model keeps the full text;
/// node names are generated from IDs
/// and never carry registry text that needs escaping.
///
/// The DOT avoids what breaks Graphviz 2.42 in-process: no edge carries a
/// `label` (with `dot`, a labelled edge between nodes of one rank corrupts
/// the heap; see docs/rendering.md), and a cluster is only written when it
/// has nodes.
public struct DOTEncoder: Sendable {
    public var engine: LayoutEngine
    /// Seed of the randomised engines (written as `start`).
    public var seed: Int
    public var theme: MapTheme
    /// Positions from an earlier layout (``YearMaps``): nodes are written
    /// with `pos="x,y!"` and clusters with their `bb`, for Graphviz's
    /// `nop2` layout, which keeps them.
    var pinned: PinnedLayout?
    /// Whether each edge gets the SVG id `edge-<n>`, n its index in the
    /// model's edges (the explorer page finds edges by it). Off for `map`,
    /// whose output stays as it was.
    var identifiesEdges = false
    /// The width-to-height ratio `Columns` aims at with `dot`.
    var columnsAspect = Columns.aspect
    /// `dot`'s gap between columns, in inches.
    var ranksep = 0.5
    /// The page a PNG or PDF is made for: size, margins, resolution and
    /// font scale; `nil` draws the map at its natural size.
    public var page: MapPage?
    /// Dots per inch of raster output (PNG), written as `dpi`; `nil` for
    /// vector output, where Graphviz would scale the page by it.
    public var resolution: Double?

    public init(engine: LayoutEngine = .dot, seed: Int = 1, theme: MapTheme = .standard, page: MapPage? = nil) {
        self.engine = engine
        self.seed = seed
        self.theme = theme
        self.page = page
    }

    /// A font size scaled for the page.
    private func points(_ size: Double) -> String { number(size * (page?.fontScale ?? 1)) }

    /// The DOT text of `model`.
    public func encode(_ model: MapModel) -> String {
        // The palette goes to the organisation kinds this map shows (its
        // legend's and its nodes'), unless the theme was fitted already.
        guard theme.organisationColours.isEmpty else { return encodeFitted(model) }
        var fitted = self
        fitted.theme = theme.fitted(to: model)
        return fitted.encodeFitted(model)
    }

    private func encodeFitted(_ model: MapModel) -> String {
        let names = NodeNames(model)
        let sides = engine == .dot ? Sides(model) : Sides()
        let layered = engine == .dot && pinned == nil
        let columns = layered ? Columns(model, sides: sides, aspect: columnsAspect) : nil
        // With `dot`, the footer is the label of a borderless cluster
        // around the whole map, drawn under it; other engines draw it
        // in the title block.
        let footer = layered && !model.footer.isEmpty
        let hubs = hubPorts(model, sides)
        var out = "digraph \"samverkan\" {\n"
        out += "  graph [\(graphAttributes(model, names, footerInTitle: !footer).joined(separator: ", "))];\n"
        out += "  node [fontname=\(DOTText.quoted(theme.fontname)), fontsize=\(points(theme.fontsize)), "
            + "penwidth=1.2, margin=\"0.14,0.06\"];\n"
        out += "  edge [arrowsize=0.7, penwidth=1.0];\n"
        if footer {
            out += "  subgraph \"cluster_footer\" {\n"
            out += "    graph [id=\"footer\", label=<\(footerBlock(model))>, labelloc=\"b\", labeljust=\"l\", "
                + "style=\"solid\", color=\"\(theme.background)\", penwidth=0, margin=4];\n"
        }

        if engine.drawsClusters || pinned != nil {
            for cluster in model.clusters where !cluster.nodes.isEmpty {
                out += "  subgraph \(DOTText.quoted("cluster_" + names.clusterName(cluster.id))) {\n"
                var box = ""
                if let place = pinned?.clusters[cluster.id] {
                    box = ", bb=\(DOTText.quoted(place.bb)), lp=\(DOTText.quoted(place.lp))"
                }
                let untied = cluster.id == MapCluster.untiedID
                // Every attribute the footer's cluster sets is set again:
                // a cluster inherits its enclosing one's.
                out += "    graph [id=\(DOTText.quoted("area-" + names.clusterName(cluster.id))), penwidth=1, "
                    + "label=<<B>\(DOTText.html(cluster.label))</B>>, style=\"rounded,filled\(untied ? ",dashed" : "")\", "
                    + "fillcolor=\"\(theme.clusterFill)\", color=\"\(theme.clusterBorder)\", "
                    + "fontcolor=\"\(theme.clusterText)\", fontsize=\(points(12)), labelloc=\"t\", labeljust=\"l\", margin=12\(box)];\n"
                if let columns {
                    // The cluster's columns: the organisations of each share a rank.
                    for column in columns.clusters[cluster.id] ?? [] {
                        out += "    { rank=same; " + column.map { names.quoted($0) + ";" }.joined(separator: " ") + " }\n"
                    }
                } else {
                    for id in cluster.nodes { out += "    \(names.quoted(id));\n" }
                }
                out += "  }\n"
            }
        }
        if let columns {
            for column in columns.middle {
                out += "  { rank=same; " + column.map { names.quoted($0) + ";" }.joined(separator: " ") + " }\n"
            }
        }
        for node in model.nodes {
            out += "  \(names.quoted(node.id)) [\(nodeAttributes(node, names, hubRows: hubs.rows[node.id]).joined(separator: ", "))];\n"
        }
        if let pinned {
            // Two invisible points at the corners of the earlier layout's
            // box: Graphviz's nop2 layout sizes the drawing by its nodes,
            // and a year without the outermost entities must keep the size.
            let corners = pinned.bb.split(separator: ",")
            if corners.count == 4 {
                for (name, x, y) in [("ll", corners[0], corners[1]), ("ur", corners[2], corners[3])] {
                    out += "  \"pinned:\(name)\" [label=\"\", shape=point, style=invis, width=0.01, height=0.01, "
                        + "pos=\(DOTText.quoted("\(x),\(y)!"))];\n"
                }
            }
        }
        for (n, edge) in model.edges.enumerated() {
            out += "  \(edgeLine(edge, names, sides, id: identifiesEdges ? "edge-\(n)" : nil, ports: (hubs.tail[n], hubs.head[n])))\n"
        }
        for (tail, head) in columns?.chain ?? [] {
            out += "  \(names.quoted(tail)) -> \(names.quoted(head)) [style=invis];\n"
        }
        if footer { out += "  }\n" }
        out += "}\n"
        return out
    }

    // MARK: Graph

    private func graphAttributes(_ model: MapModel, _ names: NodeNames, footerInTitle: Bool) -> [String] {
        var a = [
            "charset=\"UTF-8\"",
            "fontname=\(DOTText.quoted(theme.fontname))",
            "label=<\(titleBlock(model, footer: footerInTitle))>",
            "labelloc=\"t\"", "labeljust=\"l\"",
            "bgcolor=\"\(theme.background)\"",
            "outputorder=\"edgesfirst\"",
        ]
        if let page {
            let (width, height) = page.inches
            let inner = (width - 2 * page.margin, height - 2 * page.margin)
            a += ["size=\"\(number(inner.0)),\(number(inner.1))!\"", "margin=\"\(number(page.margin))\"",
                  "pad=\"0\""]
            if let resolution { a.append("dpi=\(number(resolution))") }
        } else {
            a.append("pad=\"0.4\"")
        }
        if let pinned {
            if pinned.fixedCanvas { a += ["bb=\(DOTText.quoted(pinned.bb))", "lp=\(DOTText.quoted(pinned.lp))"] }
            return a + ["splines=\"spline\""]
        }
        switch engine {
        case .dot:
            a += ["rankdir=\"LR\"", "newrank=true", "ranksep=\"\(number(ranksep))\"", "nodesep=\"0.16\"", "splines=\"spline\"",
                  "remincross=true"]
        case .neato:
            a += ["overlap=\"prism\"", "overlap_scaling=\"-4\"", "sep=\"+10\"", "esep=\"+4\"", "splines=\"curved\"",
                  "mode=\"major\"", "start=\(seed)"]
        case .fdp:
            a += ["overlap=\"scale\"", "sep=\"+8\"", "esep=\"+4\"", "splines=\"curved\"", "K=\"0.6\"", "start=\(seed)"]
        case .sfdp:
            a += ["overlap=\"prism\"", "sep=\"+10\"", "esep=\"+4\"", "splines=\"curved\"", "K=\"1.1\"",
                  "repulsiveforce=\"1.5\"", "start=\(seed)"]
        case .circo:
            a += ["mindist=\"0.5\"", "splines=\"curved\"", "overlap=\"false\""]
        case .twopi:
            a += ["ranksep=\"2.0\"", "overlap=\"prism\"", "sep=\"+8\"", "splines=\"curved\""]
            if let root = twopiRoot(model) { a.append("root=\(names.quoted(root))") }
        }
        return a
    }

    /// The centre of a radial drawing: the node with the largest score,
    /// else with the most edges; ties go to the first in map order.
    private func twopiRoot(_ model: MapModel) -> MapNodeID? {
        var degree: [MapNodeID: Int] = [:]
        for e in model.edges {
            degree[e.from, default: 0] += 1
            degree[e.to, default: 0] += 1
        }
        var best: (score: Double, degree: Int, id: MapNodeID)?
        for node in model.nodes {
            let candidate = (node.score ?? -.infinity, degree[node.id] ?? 0, node.id)
            if let current = best, (candidate.0, candidate.1) <= (current.score, current.degree) { continue }
            best = candidate
        }
        return best?.id
    }

    /// Title and subtitle lines with the legend beside them, as one
    /// HTML-like table drawn above the map by every engine and never
    /// overlapping it; with `footer`, the footer's lines under the legend
    /// (engines other than `dot`, and year maps).
    private func titleBlock(_ model: MapModel, footer: Bool) -> String {
        var rows = "<TR><TD ALIGN=\"LEFT\"><FONT POINT-SIZE=\"\(points(22))\" COLOR=\"\(theme.titleColor)\"><B>"
            + DOTText.html(model.title) + "</B></FONT></TD></TR>"
        for line in model.subtitle {
            rows += "<TR><TD ALIGN=\"LEFT\"><FONT POINT-SIZE=\"\(points(12))\" COLOR=\"\(theme.subtitleColor)\">"
                + DOTText.html(line) + "</FONT></TD></TR>"
        }
        let title = "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"3\">\(rows)</TABLE>"
        var legend = ""
        if !model.legend.nodes.isEmpty || !model.legend.edges.isEmpty || !model.legend.notes.isEmpty {
            legend = "<TD ALIGN=\"LEFT\" VALIGN=\"TOP\">\(legendTable(model.legend))</TD>"
        }
        var block = "<TR><TD ALIGN=\"LEFT\" VALIGN=\"TOP\">\(title)</TD>\(legend)"
        if footer && !model.footer.isEmpty, let pinned, !pinned.fixedCanvas {
            // A map on a shared layout: the notes beside the legend, so that
            // the block above the drawing stays low and the drawing large.
            block += "<TD ALIGN=\"LEFT\" VALIGN=\"BOTTOM\">\(footerBlock(model))</TD></TR>"
        } else if footer && !model.footer.isEmpty {
            block += "</TR><TR><TD ALIGN=\"LEFT\" COLSPAN=\"2\">\(footerBlock(model))</TD></TR>"
        } else {
            block += "</TR>"
        }
        return "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"3\">\(block)</TABLE>"
    }

    /// The footer's lines (date shown, sources, ties by certainty, the
    /// tool's version) as an HTML-like table.
    private func footerBlock(_ model: MapModel) -> String {
        var rows = ""
        for line in model.footer {
            rows += "<TR><TD ALIGN=\"LEFT\"><FONT POINT-SIZE=\"\(points(theme.fontsize))\" COLOR=\"\(theme.subtitleColor)\">"
                + DOTText.html(line) + "</FONT></TD></TR>"
        }
        return "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"1\">\(rows)</TABLE>"
    }

    private static let legendColumns = 4

    private func legendTable(_ legend: MapLegend) -> String {
        let columns = Self.legendColumns
        var cells: [String] = []
        for entry in legend.nodes {
            let style = theme.style(for: entry.category)
            let rounded = style.rounded ? " STYLE=\"ROUNDED\"" : ""
            cells.append("<TD BGCOLOR=\"\(style.fill)\" COLOR=\"\(style.border)\" BORDER=\"1\"\(rounded) WIDTH=\"22\" "
                + "HEIGHT=\"14\" FIXEDSIZE=\"TRUE\"></TD><TD ALIGN=\"LEFT\">\(DOTText.html(entry.label))</TD>")
        }
        var rows = "<TR><TD COLSPAN=\"\(2 * columns)\" ALIGN=\"LEFT\"><B>\(DOTText.html(legend.title))</B></TD></TR>"
        rows += Self.rows(of: cells, columns: columns)
        var edgeCells: [String] = []
        for entry in legend.edges {
            let style = theme.style(for: entry.relation)
            let sample = style.penwidth >= 2 ? "<B>\(DOTText.html(style.sample))</B>" : DOTText.html(style.sample)
            edgeCells.append("<TD ALIGN=\"RIGHT\"><FONT COLOR=\"\(style.color)\">\(sample)</FONT></TD>"
                + "<TD ALIGN=\"LEFT\">\(DOTText.html(entry.label))</TD>")
        }
        rows += Self.rows(of: edgeCells, columns: columns)
        var strokeCells: [String] = []
        for (stroke, label) in zip(legend.strokes, legend.strokeLabels) {
            let sample = switch stroke {
            case .inferred: "– – –"
            case .external: "· · · ·"
            case .uncertain: "═══"
            }
            strokeCells.append("<TD ALIGN=\"RIGHT\"><FONT COLOR=\"\(theme.subtitleColor)\">\(sample)</FONT></TD>"
                + "<TD ALIGN=\"LEFT\">\(DOTText.html(label))</TD>")
        }
        rows += Self.rows(of: strokeCells, columns: 1)
        for note in legend.notes {
            rows += "<TR><TD COLSPAN=\"\(2 * columns)\" ALIGN=\"LEFT\"><I>\(DOTText.html(note))</I></TD></TR>"
        }
        return "<TABLE BORDER=\"1\" COLOR=\"\(theme.clusterBorder)\" CELLBORDER=\"0\" CELLSPACING=\"2\" "
            + "CELLPADDING=\"2\" BGCOLOR=\"#FFFFFF\"><TR><TD><FONT POINT-SIZE=\"\(points(theme.fontsize))\">"
            + "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"3\" CELLPADDING=\"1\">\(rows)</TABLE>"
            + "</FONT></TD></TR></TABLE>"
    }

    private static func rows(of cells: [String], columns: Int) -> String {
        var rows = ""
        var start = 0
        while start < cells.count {
            let end = min(start + columns, cells.count)
            rows += "<TR>" + cells[start ..< end].joined() + "</TR>"
            start = end
        }
        return rows
    }

    // MARK: Nodes

    /// The ports of hub nodes (``HubPorts``): with `dot` or pinned
    /// positions; other engines place nodes freely and keep plain labels.
    private func hubPorts(_ model: MapModel, _ sides: Sides) -> HubPorts {
        guard engine == .dot || pinned != nil else { return HubPorts(rows: [:], ends: [], position: { _ in nil }) }
        let rows = pinned?.hubRows ?? HubPorts.rows(model)
        let ends = model.edges.map { e in
            let o = orientation(e, sides)
            return (tail: o.tail, head: o.head)
        }
        return HubPorts(rows: rows, ends: ends, position: { id in
            guard let pos = pinned?.nodes[id] else { return nil }
            let xy = pos.split(separator: ",").compactMap { Double($0) }
            return xy.count >= 2 ? (xy[0], xy[1]) : nil
        }, right: sides.right)
    }

    private func nodeAttributes(_ node: MapNode, _ names: NodeNames, hubRows: Int?) -> [String] {
        let style = theme.style(for: node.category)
        var fill = style.fill, border = style.border, text = style.text
        var penwidth = node.id.kind == .group ? 1.0 : 1.2
        switch node.emphasis {
        case .normal: break
        case .highlighted:
            border = theme.highlight
            penwidth = 3
        case .faded, .ended:
            // Pale, but the label keeps a WCAG contrast of at least 4.5:1
            // against the pale fill (white on a pale group was unreadable).
            fill = theme.faded(fill)
            border = node.emphasis == .ended ? theme.subtitleColor : theme.faded(border)
            text = theme.fadedText
        }
        let size = theme.fontsize + 7 * (node.scale - 1)
        let shown = DOTText.capped(node.label, to: DOTText.labelLimit)
        // Entities in the untied area wrap narrower, so that its grid packs
        // three narrow columns into the width of two.
        let wrap = node.cluster == MapCluster.untiedID ? 12 : node.id.kind == .group ? 18 : 22
        var label = DOTText.html(DOTText.wrap(shown, width: wrap))
        if style.labelWeight == .bold { label = "<B>\(label)</B>" }
        if let hubRows { label = HubPorts.label(label, rows: hubRows, rowHeight: style.shape == "box" ? HubPorts.rowHeight : 3) }
        var a = [
            "id=\(DOTText.quoted(names.svgID(node.id)))",
            "label=<\(label)>",
            "shape=\(style.shape)",
            "style=\(DOTText.quoted(node.emphasis == .ended ? style.style + ",dotted" : node.uncertain ? style.style + ",dashed" : style.style))",
            "fillcolor=\"\(fill)\"",
            "color=\"\(border)\"",
            "fontcolor=\"\(text)\"",
            "penwidth=\(number(penwidth))",
        ]
        if let pos = pinned?.nodes[node.id] { a.append("pos=\(DOTText.quoted(pos + "!"))") }
        if node.scale != 1 { a.append("fontsize=\(points(size))") }
        if hubRows != nil { a.append("margin=\"0\"") } else if node.id.kind == .group { a.append("margin=\"0.06,0.04\"") }
        a.append("tooltip=\(DOTText.tooltip(node.tooltip))")
        if let url = node.url.flatMap(SafeURL.sanitised), url.utf8.count <= DOTText.urlLimit {
            a.append("URL=\(DOTText.quoted(url))")
            a.append("target=\"_top\"")
        }
        return a
    }

    // MARK: Edges

    /// An edge's ends as written to DOT, and whether it constrains ranks.
    ///
    /// Lineage between documents is written oldest first, so that a
    /// layered drawing reads forward in time; with `dot`, an organisation
    /// drawn right of the groups is written after its group. The arrow
    /// still points the way the relation does.
    private func orientation(_ edge: MapEdge, _ sides: Sides)
        -> (tail: MapNodeID, head: MapNodeID, reversed: Bool, constraint: Bool)
    {
        var reversed = edge.relation.pointsBackInTime && edge.from.kind == .document
        var constraint = true
        if sides.right.contains(edge.from) {
            if edge.to.kind == .group { reversed = true } else { constraint = false }
        }
        let (tail, head) = reversed ? (edge.to, edge.from) : (edge.from, edge.to)
        return (tail, head, reversed, constraint)
    }

    private func edgeLine(_ edge: MapEdge, _ names: NodeNames, _ sides: Sides, id: String?,
                          ports: (tail: String?, head: String?)) -> String {
        let style = theme.style(for: edge.relation)
        var color = style.color, penwidth = style.penwidth
        switch edge.emphasis {
        case .normal: break
        case .highlighted:
            color = theme.highlight
            penwidth = max(3, penwidth + 1)
        case .faded, .ended:
            color = theme.faded(color)
        }
        let (tail, head, reversed, constraint) = orientation(edge, sides)
        // Certainty and presence strokes go over the relation's colour: a
        // double line for an uncertain tie, dashes for inferred, dots for
        // external (they take the place of the relation's own pattern).
        let drawn = edge.uncertain ? "\(color):invis:\(color)" : color
        var a = ["color=\"\(drawn)\"", "penwidth=\(number(penwidth))"]
        let pattern = switch edge.certainty {
        case .stated: style.style
        case .inferred: "dashed"
        case .external: "dotted"
        }
        if pattern != "solid" { a.append("style=\(pattern)") }
        if let arrow = style.arrowhead {
            if reversed { a += ["dir=back", "arrowtail=\(arrow)"] } else { a.append("arrowhead=\(arrow)") }
        } else {
            a.append("dir=none")
        }
        if !constraint { a.append("constraint=false") }
        if let port = ports.tail { a.append("tailport=\(DOTText.quoted(port))") }
        if let port = ports.head { a.append("headport=\(DOTText.quoted(port))") }
        a.append("tooltip=\(DOTText.tooltip(edge.tooltip))")
        if let id { a.append("id=\(DOTText.quoted(id))") }
        return "\(names.quoted(tail)) -> \(names.quoted(head)) [\(a.joined(separator: ", "))];"
    }

    private func number(_ x: Double) -> String {
        let rounded = (x * 100).rounded() / 100
        if rounded == rounded.rounded() { return String(Int(rounded)) }
        return String(rounded)
    }
}

extension MapRelation {
    /// Relations from a later document to an earlier one.
    var pointsBackInTime: Bool { self == .basedOn || self == .revises || self == .supersedes }
}

/// Positions from an earlier layout, by map node and cluster ID, as
/// Graphviz writes them (points, y up).
struct PinnedLayout: Hashable, Sendable {
    var nodes: [MapNodeID: String]
    var clusters: [String: Box]
    var bb: String
    var lp: String
    /// Whether the drawing keeps the earlier layout's canvas (`bb`, `lp`:
    /// year maps, whose title blocks were laid out with it), or Graphviz
    /// sizes it around the pinned nodes and this drawing's own title block.
    var fixedCanvas = true
    /// The rows of the hubs of the earlier layout (``HubPorts``), so that
    /// each hub keeps its size.
    var hubRows: [MapNodeID: Int] = [:]

    struct Box: Hashable, Sendable {
        var bb: String
        var lp: String
    }
}

/// Which organisations a layered (`dot`) drawing puts right of the groups.
///
/// With every organisation left of the groups, a registry of 40
/// organisations becomes one tall column. The clusters, in order, are cut
/// in two where the two sides hold the most even numbers of organisations
/// (the first cut wins a tie); the later clusters go right. Unclustered
/// organisations stay left. A single cluster is not split.
struct Sides {
    var right: Set<MapNodeID> = []

    init() {}

    init(_ model: MapModel) {
        let clusters = model.clusters.filter { !$0.nodes.isEmpty && $0.id != MapCluster.untiedID }
        guard clusters.count > 1 else { return }
        let total = clusters.reduce(0) { $0 + $1.nodes.count }
        var best = (imbalance: Int.max, cut: 1)
        var prefix = 0
        for cut in 1 ..< clusters.count {
            prefix += clusters[cut - 1].nodes.count
            let imbalance = abs(total - 2 * prefix)
            if imbalance < best.imbalance { best = (imbalance, cut) }
        }
        for cluster in clusters[best.cut...] { right.formUnion(cluster.nodes) }
    }
}

/// DOT node names and SVG ids for a model: `kind:id` and `kind-id` when the
/// registry ID is a plain identifier, else `kind#n` / `kind-n` by position,
/// so no registry text needs escaping in a name.
struct NodeNames {
    private var names: [MapNodeID: String] = [:]
    private var ids: [MapNodeID: String] = [:]
    private var clusters: [String: String] = [:]

    init(_ model: MapModel) {
        var used = Set<String>()
        for (n, node) in model.nodes.enumerated() {
            let plain = DOTText.isPlainIdentifier(node.id.rawID)
            let name = plain ? "\(node.id.kind.rawValue):\(node.id.rawID)" : "\(node.id.kind.rawValue)#\(n + 1)"
            var svg = plain ? "\(node.id.kind.rawValue)-\(node.id.rawID)" : "\(node.id.kind.rawValue)-\(n + 1)"
            while !used.insert(svg).inserted { svg += "-\(n + 1)" }
            names[node.id] = name
            ids[node.id] = svg
        }
        for (n, cluster) in model.clusters.enumerated() {
            clusters[cluster.id] = DOTText.isPlainIdentifier(cluster.id) ? cluster.id : "\(n + 1)"
        }
    }

    func quoted(_ id: MapNodeID) -> String {
        DOTText.quoted(names[id] ?? "\(id.kind.rawValue):\(id.rawID)")
    }

    func svgID(_ id: MapNodeID) -> String { ids[id] ?? "node" }

    func clusterName(_ id: String) -> String { clusters[id] ?? "cluster" }
}
