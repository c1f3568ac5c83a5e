import PartnerRegistry

extension MapModel {
    /// The map of a one-mode network: every node drawn as an organisation
    /// (its `kind` attribute when it names an organisation kind, else
    /// `other`), every tie as a plain solid edge (the membership stroke: dashes mean
    /// inferred and dots external on registry maps), in file order; the tie's
    /// weight in its tooltip when the file weighs ties. No clusters.
    ///
    /// - Complexity: O(V + E).
    public init(oneMode network: OneModeNetwork, title: String? = nil) {
        let nodes = network.nodes.map { n in
            MapNode(
                id: MapNodeID(.organisation, n.id), label: n.name,
                category: .organisation(Vocabulary.default.term(n.kind, in: .organisationKinds) != nil
                    ? OrganisationKind(rawValue: n.kind) : .other),
                tooltip: n.label.map { "\($0) (\(n.id))" } ?? n.id)
        }
        let edges = network.ties.map { t in
            let a = network.nodes[Int(t.first)], b = network.nodes[Int(t.second)]
            let weight = network.isWeighted ? " (weight \(t.weight.formatted))" : ""
            return MapEdge(
                from: MapNodeID(.organisation, a.id), to: MapNodeID(.organisation, b.id), relation: .membership,
                tooltip: "\(a.name) — \(b.name)\(weight)")
        }
        let kinds = Set(nodes.map(\.category))
        var legend = MapLegend(title: "Legend")
        legend.nodes = kinds.sorted { "\($0)" < "\($1)" }.map { category in
            let name: String = if case let .organisation(kind) = category { kind.rawValue } else { "node" }
            return MapLegend.NodeEntry(category: category, label: name == "other" ? "node" : name)
        }
        legend.edges = [MapLegend.EdgeEntry(relation: .membership, label: "tie")]
        let file = network.file.split(separator: "/").last.map(String.init) ?? network.file
        self.init(
            title: title ?? file,
            subtitle: ["\(network.nodes.count) nodes, \(network.ties.count) ties (one-mode, \(network.format.rawValue))"],
            nodes: nodes, edges: edges, legend: legend)
    }
}

extension Double {
    /// "2" for whole numbers, else the shortest exact form ("0.5").
    fileprivate var formatted: String {
        self == rounded() && abs(self) < 1e15 ? String(Int(self)) : "\(self)"
    }
}
