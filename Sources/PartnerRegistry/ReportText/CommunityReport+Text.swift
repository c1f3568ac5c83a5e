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
        let q = modularity.map { ReportText.decimal($0) } ?? "–"
        let shownModularity = modularityIsUncertain
            ? q + " (\(SureAndPossible<Double>.sureWord(language: language)) \(ReportText.decimal(sureModularity)))" : q
        out += "Modularity \(shownModularity) (seed \(seed), resolution \(resolution.formatted))\n\n"
        for c in communities {
            let size = c.members.count
            let marked = c.membersOnUncertainTies > 0 ? ", \(c.membersOnUncertainTies) on uncertain ties" : ""
            out += "\(c.number). \(size) organisation\(size == 1 ? "" : "s")\(marked): \(ReportText.names(c.members))\n"
            if !c.groups.isEmpty { out += "   groups inside: \(ReportText.names(c.groups))\n" }
        }
        out += "\n" + style.heading("Organisations")
        // The column of ties only possibly there appears when some are.
        let tiesColumn = organisations.contains { $0.dependsOnUncertainTies }
        var o = TextTable(
            [("Organisation", .left), ("Community", .right), ("Core", .right)]
                + (tiesColumn ? [("Ties", .left)] : []))
        for x in organisations {
            let core = ReportText.withSure(x.coreNumber, sure: x.sure?.coreNumber, rowUncertain: x.uncertain, language: language) {
                "\($0)"
            }
            o.append([ReportText.label(x.organisation), "\(x.community)", core]
                + (tiesColumn ? [x.dependsOnUncertainTies ? "on uncertain ties" : ""] : []))
        }
        out += o.render(style: style)
        var notes = Self.explanations
        if tiesColumn { notes.append(Self.uncertainTiesNote) }
        if modularityIsUncertain || organisations.contains(where: \.uncertain) {
            notes.append(ReportText.sureNote(language: language))
        }
        if modularityIsUncertain {
            notes.append("sure modularity: the same communities, less their members not surely there, on the ties surely there")
        }
        return out + style.notes(notes)
    }
}

extension Double {
    /// "1" for whole numbers, else the shortest exact form ("0.5").
    fileprivate var formatted: String {
        self == rounded() && abs(self) < 1e15 ? String(Int(self)) : "\(self)"
    }
}
