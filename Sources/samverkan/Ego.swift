import PartnerRegistry

extension EgoNetwork {
    /// The organisations and groups of the ego network, by step.
    func table() -> String {
        var out = AnalysisOutput.heading(
            "Ego network of \(center.name), radius \(radius)\(AnalysisOutput.dateSuffix(asOf)): "
                + "\(organisations.count) organisations, \(groups.count) groups")
        var o = TextTable([("Organisation", .left), ("Step", .right), ("Groups", .left)])
        for x in organisations { o.append([x.organisation.name, "\(x.steps)", AnalysisOutput.names(x.groups)]) }
        out += o.render()
        out += "\n"
        var g = TextTable([("Group", .left), ("Step", .right), ("Members", .left)])
        for x in groups { g.append([x.group.name, "\(x.steps)", AnalysisOutput.names(x.members)]) }
        out += groups.isEmpty ? "No groups.\n" : g.render()
        return out + AnalysisOutput.notes(Self.explanations)
    }

    /// The ego network as an edge list: a row per membership inside it.
    func csv() -> String {
        var w = CSVWriter(header: [
            "organisation_id", "organisation_name", "organisation_step", "group_id", "group_name", "group_step",
        ])
        let stepOf = Dictionary(uniqueKeysWithValues: organisations.map { ($0.organisation.id, $0.steps) })
        for g in groups {
            for m in g.members {
                w.append([
                    m.id.rawValue, m.name, stepOf[m.id].map { "\($0)" } ?? "", g.group.id.rawValue, g.group.name,
                    "\(g.steps)",
                ])
            }
        }
        return w.text
    }
}
