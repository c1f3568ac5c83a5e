import Foundation

extension OneModeStatistics: CustomStringConvertible {
    /// The figures as a table, as `samverkan stats` prints them for a
    /// one-mode network into a file or a pipe: `text(style: .plain)`.
    public var description: String { text(style: .plain) }

    /// Section, metric and value per row, the most central nodes last.
    ///
    /// - Parameter style: `.plain`, or `.terminal` for bold headings and
    ///   table headers and dimmed notes.
    /// - Returns: The text, each line ending in a line break.
    public func text(style: ReportTextStyle) -> String {
        var out = style.heading("The network (one-mode, \(format.rawValue)\(weighted ? ", weighted" : ""))")
        var table = TextTable([.init(title: "section"), .init(title: "metric"), .init(title: "value", alignment: .right)])
        var last = ""
        for (section, metric, value) in figures() {
            table.append([section == last ? "" : section, metric, value])
            last = section
        }
        out += table.render(style: style)
        out += style.dim("centralisation: 0 = everyone alike, 1 = a star; distances count ties (weights not used)") + "\n"
        if weighted {
            // centrality reads the weights by default; say which of its
            // options give the figures here.
            out += style.dim("every figure ignores the weights: clustering is unweighted and the most central nodes "
                + "are ranked by betweenness in steps, as centrality --weights none gives them") + "\n"
        }
        return out
    }


    /// Every figure as the table shows it: section, metric and value.
    public var rows: [ReportRow] { figures().map { ReportRow(section: $0.0, metric: $0.1, value: $0.2) } }

    private func figures() -> [(String, String, String)] {
        func f(_ x: Double) -> String { String(format: "%.4f", x) }
        func f(_ x: Double?) -> String { x.map { String(format: "%.4f", $0) } ?? "undefined" }
        let o = network
        let s = "network"
        var r: [(String, String, String)] = [
            ("size", "nodes", "\(o.vertices)"),
            ("size", "ties", "\(o.edges)"),
            (s, "density", f(o.density)),
            (s, "components", "\(o.components)"),
            (s, "largest component", "\(o.largestComponent)"),
            (s, "isolated nodes", "\(o.isolated)"),
            (s, "diameter (largest component)", o.diameter.map(String.init) ?? "not computed"),
            (s, "radius (largest component)", o.radius.map(String.init) ?? "not computed"),
            (s, "average path length", f(o.averagePathLength)),
            (s, "global efficiency", f(o.globalEfficiency)),
            (s, "transitivity", f(o.transitivity)),
            (s, averageClusteringOver.map { "average clustering (\($0))" } ?? "average clustering", f(o.averageClustering)),
            (s, "degree centralisation", f(o.degreeCentralization)),
            (s, "betweenness centralisation", f(o.betweennessCentralization)),
            (s, "closeness centralisation", f(o.closenessCentralization)),
            (s, "degree assortativity", f(o.degreeAssortativity)),
            ("structure", "cut vertices", "\(cutVertices)"),
            ("structure", "bridges", "\(bridges)"),
            ("structure", "maximum core number", "\(maximumCore)"),
        ]
        r += mostCentral.map { ("most central nodes (betweenness)", $0.name, f($0.score)) }
        return r
    }
}

