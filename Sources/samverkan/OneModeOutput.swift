import PartnerRegistry

// Tables and CSV of the one-mode reports (centrality's is in Centrality.swift).

extension OneModeStatistics {
    /// Section, metric and value per row.
    func csv() -> String {
        var csv = CSVWriter(header: ["section", "metric", "value"])
        for row in rows { csv.append([row.section, row.metric, row.value]) }
        return csv.text
    }
}

extension OneModeBrokerReport {
    /// A row per node (bridges are in the JSON); the generalized degree
    /// as `k:count` pairs, e.g. `0:1 2:3`.
    func csv() -> String {
        var w = CSVWriter(header: [
            "id", "name", "partners", "constraint", "effective_size", "core_number", "onion_layer", "k_corona",
            "generalized_degree", "cut_vertex",
        ])
        for n in nodes {
            w.append([
                n.node.id, n.node.name, "\(n.partners)", AnalysisOutput.csvNumber(n.constraint),
                AnalysisOutput.csvNumber(n.effectiveSize), "\(n.coreNumber)", "\(n.onionLayer)", "\(n.inKCorona)",
                n.generalizedDegree.sorted { $0.key < $1.key }.map { "\($0.key):\($0.value)" }.joined(separator: " "),
                "\(n.isCutVertex)",
            ])
        }
        return w.text
    }
}

extension OneModeCommunityReport {
    func csv() -> String {
        var w = CSVWriter(header: ["id", "name", "community", "core_number"])
        for n in nodes { w.append([n.node.id, n.node.name, "\(n.community)", "\(n.coreNumber)"]) }
        return w.text
    }
}

extension OneModeConnection {
    func csv() -> String {
        if let length {
            // With weights: every listed chain has the shortest length.
            var w = CSVWriter(header: ["kind", "number", "steps", "length", "node_ids", "chain"])
            for (i, c) in shortestChains.enumerated() {
                var row = Self.row("shortest", i + 1, c)
                row.insert("\(length)", at: 3)
                w.append(row)
            }
            return w.text
        }
        var w = CSVWriter(header: ["kind", "number", "steps", "node_ids", "chain"])
        for (i, c) in shortestChains.enumerated() { w.append(Self.row("shortest", i + 1, c)) }
        for (i, c) in longerChains.enumerated() { w.append(Self.row("longer", i + 1, c)) }
        return w.text
    }

    private static func row(_ kind: String, _ number: Int, _ c: [OneModeNode]) -> [String] {
        [kind, "\(number)", "\(c.count - 1)", c.map(\.id).joined(separator: ";"), c.map(\.name).joined(separator: " → ")]
    }
}
