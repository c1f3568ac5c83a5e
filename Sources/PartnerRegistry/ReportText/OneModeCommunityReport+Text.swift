import Foundation

extension OneModeCommunityReport: CustomStringConvertible {
    /// The report as a table, as `samverkan communities` prints it into a
    /// file or a pipe: `text(style: .plain)`.
    public var description: String { text(style: .plain) }

    /// Modularity, the communities, then every node's community and core.
    ///
    /// - Parameter style: `.plain`, or `.terminal` for bold headings and
    ///   table headers and dimmed notes.
    /// - Returns: The text, each line ending in a line break.
    public func text(style: ReportTextStyle) -> String {
        var out = style.heading("Communities (one-mode)")
        out += "Modularity \(ReportText.decimal(modularity)) (seed \(seed), resolution \(resolution))\n\n"
        for c in communities {
            out += "\(c.number). \(ReportText.count(c.members.count, "node")): "
                + c.members.map(\.name).joined(separator: ", ") + "\n"
        }
        out += "\n" + style.heading("Nodes")
        var t = TextTable([("Node", .left), ("Community", .right), ("Core", .right)])
        for n in nodes { t.append([n.node.name, "\(n.community)", "\(n.coreNumber)"]) }
        return out + t.render(style: style)
    }
}
