import PartnerRegistry

extension LoadReport {
    /// Each organisation's load; the organisations in no group last.
    func table() -> String {
        var out = AnalysisOutput.heading("Meeting load\(AnalysisOutput.dateSuffix(asOf))")
        var t = TextTable([
            ("Organisation", .left), ("Kind", .left), ("Groups", .right), ("Seats", .right), ("Chairs", .right),
            ("Convenes", .right),
        ])
        for o in organisations {
            t.append([
                o.organisation.name, o.kind.rawValue, "\(o.groupCount)", "\(o.seats)", "\(o.chairs)", "\(o.convenes)",
            ])
        }
        out += t.render()
        let gaps = unaffiliated
        if !gaps.isEmpty { out += "\nIn no group: " + AnalysisOutput.names(gaps) + "\n" }
        return out + AnalysisOutput.notes(Self.explanations)
    }

    func csv() -> String {
        var w = CSVWriter(header: [
            "organisation_id", "organisation_name", "kind", "level", "groups", "seats", "chairs", "convenes",
            "group_ids",
        ])
        for o in organisations {
            w.append([
                o.organisation.id.rawValue, o.organisation.name, o.kind.rawValue, o.level?.rawValue ?? "",
                "\(o.groupCount)", "\(o.seats)", "\(o.chairs)", "\(o.convenes)", AnalysisOutput.ids(o.groups),
            ])
        }
        return w.text
    }
}
