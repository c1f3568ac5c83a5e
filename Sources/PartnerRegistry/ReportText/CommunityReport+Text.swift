import Foundation

extension CommunityReport: CustomStringConvertible {
    /// The report as a table, as `samverkan communities` prints it into a
    /// file or a pipe: `text(style: .plain)`.
    public var description: String { text(style: .plain) }

    /// Modularity, the communities, then every organisation's community and core.
    ///
    /// - Parameter style: `.plain`, or `.terminal` for bold headings and
    ///   table headers and dimmed notes.
    /// - Returns: The text, each line ending in a line break.
    public func text(style: ReportTextStyle) -> String {
        var out = style.heading("Communities\(ReportText.dateSuffix(asOf))")
        out += "Modularity \(ReportText.decimal(modularity)) (seed \(seed), resolution \(resolution.formatted))\n\n"
        for c in communities {
            let size = c.members.count
            out += "\(c.number). \(size) organisation\(size == 1 ? "" : "s"): \(ReportText.names(c.members))\n"
            if !c.groups.isEmpty { out += "   groups inside: \(ReportText.names(c.groups))\n" }
        }
        out += "\n" + style.heading("Organisations")
        var o = TextTable([("Organisation", .left), ("Community", .right), ("Core", .right)])
        for x in organisations { o.append([ReportText.label(x.organisation), "\(x.community)", "\(x.coreNumber)"]) }
        out += o.render(style: style)
        return out + style.notes(Self.explanations)
    }
}

extension Double {
    /// "1" for whole numbers, else the shortest exact form ("0.5").
    fileprivate var formatted: String {
        self == rounded() && abs(self) < 1e15 ? String(Int(self)) : "\(self)"
    }
}
