import PartnerRegistry

extension CommunityReport {
    /// Modularity, the communities, then every organisation's community and core.
    func table() -> String {
        var out = AnalysisOutput.heading("Communities\(AnalysisOutput.dateSuffix(asOf))")
        out += "Modularity \(AnalysisOutput.decimal(modularity)) (seed \(seed), resolution \(resolution.formatted))\n\n"
        var t = TextTable([("#", .right), ("Size", .right), ("Members", .left), ("Groups inside", .left)])
        for c in communities {
            t.append(["\(c.number)", "\(c.members.count)", AnalysisOutput.names(c.members), AnalysisOutput.names(c.groups)])
        }
        out += t.render()
        out += "\n" + AnalysisOutput.heading("Organisations")
        var o = TextTable([("Organisation", .left), ("Community", .right), ("Core", .right)])
        for x in organisations { o.append([x.organisation.name, "\(x.community)", "\(x.coreNumber)"]) }
        out += o.render()
        return out + AnalysisOutput.notes(Self.explanations)
    }

    func csv() -> String {
        var w = CSVWriter(header: ["organisation_id", "organisation_name", "community", "core_number"])
        for x in organisations {
            w.append([x.organisation.id.rawValue, x.organisation.name, "\(x.community)", "\(x.coreNumber)"])
        }
        return w.text
    }
}

extension Double {
    /// "1" for whole numbers, else the shortest exact form ("0.5").
    fileprivate var formatted: String {
        self == rounded() && abs(self) < 1e15 ? String(Int(self)) : "\(self)"
    }
}
