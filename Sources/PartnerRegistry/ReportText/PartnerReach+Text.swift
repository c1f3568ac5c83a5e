import Foundation

extension PartnerReach: CustomStringConvertible {
    /// The report as a table, as `samverkan reach` prints it into a
    /// file or a pipe: `text(style: .plain)`.
    public var description: String { text(style: .plain) }

    /// The partners and groups within reach; with a group imagined
    /// dissolved, the partners lost and those farther away.
    ///
    /// - Parameter style: `.plain`, or `.terminal` for bold headings and
    ///   table headers and dimmed notes.
    /// - Returns: The text, each line ending in a line break.
    public func text(style: ReportTextStyle) -> String {
        let n = partners.count
        var out = style.heading(
            "\(from.name) reaches \(n) partner\(n == 1 ? "" : "s") within \(steps) step\(steps == 1 ? "" : "s")"
                + ReportText.dateSuffix(asOf))
        var t = TextTable([("Organisation", .left), ("Steps", .right), ("Via", .left)])
        for p in partners { t.append([ReportText.label(p.organisation), "\(p.steps)", ReportText.names(p.via)]) }
        out += partners.isEmpty ? "none\n" : t.render(style: style)
        out += "\n" + style.heading("Groups within reach")
        var g = TextTable([("Group", .left), ("Steps", .right)])
        for x in groups { g.append([ReportText.label(x.group), "\(x.steps)"]) }
        out += groups.isEmpty ? "none\n" : g.render(style: style)
        if let without {
            out += "\n" + style.heading("Without \(without.name): \(lost.count) partner\(lost.count == 1 ? "" : "s") lost")
            var l = TextTable([("Organisation", .left), ("Steps before", .right)])
            for p in lost { l.append([p.organisation.name, "\(p.steps)"]) }
            out += lost.isEmpty ? "none\n" : l.render(style: style)
            out += "\n" + style.heading("Without \(without.name): farther away")
            var f = TextTable([("Organisation", .left), ("Steps before", .right), ("Steps after", .right)])
            for p in lengthened { f.append([p.organisation.name, "\(p.stepsBefore)", "\(p.stepsAfter)"]) }
            out += lengthened.isEmpty ? "none\n" : f.render(style: style)
        }
        return out + style.notes(Self.explanations)
    }
}
