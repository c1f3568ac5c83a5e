import PartnerRegistry

// Tables and CSV of the one-mode reports (centrality's is in Centrality.swift).

extension OneModeStatistics {
    func table() -> String {
        var out = AnalysisOutput.heading("The network (one-mode, \(format.rawValue)\(weighted ? ", weighted" : ""))")
        var table = TextTable([.init(title: "section"), .init(title: "metric"), .init(title: "value", alignment: .right)])
        var last = ""
        for (section, metric, value) in rows() {
            table.append([section == last ? "" : section, metric, value])
            last = section
        }
        out += table.render()
        out += Terminal.dim("centralisation: 0 = everyone alike, 1 = a star; distances count ties (weights not used)") + "\n"
        return out
    }

    func csv() -> String {
        var csv = CSVWriter(header: ["section", "metric", "value"])
        for (section, metric, value) in rows() { csv.append([section, metric, value]) }
        return csv.text
    }

    private func rows() -> [(String, String, String)] {
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
            (s, "average clustering", f(o.averageClustering)),
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

extension OneModeBrokerReport {
    func table() -> String {
        var out = AnalysisOutput.heading("What holds the network together (one-mode)")
        out += "Cut vertices: " + (cutVertices.isEmpty ? "none" : cutVertices.map(\.name).joined(separator: ", ")) + "\n"
        let inner = bridges.filter { !$0.isPendant }
        out += "\n" + AnalysisOutput.heading("Bridges")
        var b = TextTable([("Node", .left), ("Node", .left)])
        for t in inner { b.append([t.first.name, t.second.name]) }
        out += inner.isEmpty ? "none\n" : b.render()
        let pendant = bridges.count - inner.count
        if pendant > 0 { out += "(and \(pendant) pendant tie\(pendant == 1 ? "" : "s") to nodes with one partner)\n" }
        out += "\n" + AnalysisOutput.heading("Brokerage (constraint with \(weighting) ties)")
        var t = TextTable([
            ("Node", .left), ("Partners", .right), ("Constraint", .right), ("Eff. size", .right), ("Core", .right),
            ("Cut", .left),
        ])
        for n in nodes {
            t.append([
                n.node.name, "\(n.partners)", AnalysisOutput.decimal(n.constraint), AnalysisOutput.decimal(n.effectiveSize),
                "\(n.coreNumber)", n.isCutVertex ? "yes" : "no",
            ])
        }
        out += t.render()
        return out + AnalysisOutput.notes(Self.explanations)
    }

    /// A row per node (bridges are in the JSON).
    func csv() -> String {
        var w = CSVWriter(header: ["id", "name", "partners", "constraint", "effective_size", "core_number", "cut_vertex"])
        for n in nodes {
            w.append([
                n.node.id, n.node.name, "\(n.partners)", AnalysisOutput.csvNumber(n.constraint),
                AnalysisOutput.csvNumber(n.effectiveSize), "\(n.coreNumber)", "\(n.isCutVertex)",
            ])
        }
        return w.text
    }
}

extension OneModeCommunityReport {
    func table() -> String {
        var out = AnalysisOutput.heading("Communities (one-mode)")
        out += "Modularity \(AnalysisOutput.decimal(modularity)) (seed \(seed), resolution \(resolution))\n\n"
        for c in communities {
            out += "\(c.number). \(AnalysisOutput.count(c.members.count, "node")): "
                + c.members.map(\.name).joined(separator: ", ") + "\n"
        }
        out += "\n" + AnalysisOutput.heading("Nodes")
        var t = TextTable([("Node", .left), ("Community", .right), ("Core", .right)])
        for n in nodes { t.append([n.node.name, "\(n.community)", "\(n.coreNumber)"]) }
        return out + t.render()
    }

    func csv() -> String {
        var w = CSVWriter(header: ["id", "name", "community", "core_number"])
        for n in nodes { w.append([n.node.id, n.node.name, "\(n.community)", "\(n.coreNumber)"]) }
        return w.text
    }
}

extension OneModeConnection {
    func table() -> String {
        var out = AnalysisOutput.heading("\(from.name) → \(to.name)")
        guard let steps else { return out + "No chain of ties connects them.\n" }
        let count = shortestChainCount == 1 ? "1 chain" : "\(shortestChainCount) chains"
        out += "Shortest: \(AnalysisOutput.count(steps, "step")), \(count)\n\n"
        var t = TextTable([("#", .right), ("Steps", .right), ("Chain", .left)])
        for (i, c) in (shortestChains + longerChains).enumerated() {
            t.append(["\(i + 1)", "\(c.count - 1)", c.map(\.name).joined(separator: " → ")])
        }
        out += t.render()
        if isTruncated { out += "(more chains exist; raise --limit to list them)\n" }
        return out
    }

    func csv() -> String {
        var w = CSVWriter(header: ["kind", "number", "steps", "node_ids", "chain"])
        for (i, c) in shortestChains.enumerated() { w.append(Self.row("shortest", i + 1, c)) }
        for (i, c) in longerChains.enumerated() { w.append(Self.row("longer", i + 1, c)) }
        return w.text
    }

    private static func row(_ kind: String, _ number: Int, _ c: [OneModeNode]) -> [String] {
        [kind, "\(number)", "\(c.count - 1)", c.map(\.id).joined(separator: ";"), c.map(\.name).joined(separator: " → ")]
    }
}
