import Foundation

extension EgoNetwork: CustomStringConvertible {
    /// The report as a table, as `samverkan ego` prints it into a
    /// file or a pipe: `text(style: .plain)`.
    public var description: String { text(style: .plain) }

    /// The organisations and groups of the ego network, by step.
    ///
    /// - Parameter style: `.plain`, or `.terminal` for bold headings and
    ///   table headers and dimmed notes.
    /// - Returns: The text, each line ending in a line break.
    public func text(style: ReportTextStyle) -> String {
        var out = style.heading(
            "Ego network of \(center.name), radius \(radius)\(ReportText.dateSuffix(asOf)): "
                + ReportText.count(organisations.count, "organisation") + ", "
                + ReportText.count(groups.count, "group"))
        var o = TextTable([("Organisation", .left), ("Step", .right), ("Groups", .left)])
        for x in organisations { o.append([ReportText.label(x.organisation), "\(x.steps)", ReportText.names(x.groups)]) }
        out += o.render(style: style)
        out += "\n"
        var g = TextTable([("Group", .left), ("Step", .right), ("Members", .left)])
        for x in groups { g.append([ReportText.label(x.group), "\(x.steps)", ReportText.names(x.members)]) }
        out += groups.isEmpty ? "No groups.\n" : g.render(style: style)
        return out + style.notes(Self.explanations)
    }
}
