import Foundation

extension LoadReport: CustomStringConvertible {
    /// The report as a table, as `samverkan load` prints it into a
    /// file or a pipe: `text(style: .plain)`.
    public var description: String { text(style: .plain) }

    /// Each organisation's groups, seats, chairs and convenings; the
    /// organisations in no group last.
    ///
    /// - Parameter style: `.plain`, or `.terminal` for bold headings and
    ///   table headers and dimmed notes.
    /// - Returns: The text, each line ending in a line break.
    public func text(style: ReportTextStyle) -> String {
        var out = style.heading("Meeting load\(ReportText.dateSuffix(asOf))")
        var t = TextTable([
            ("Organisation", .left), ("Kind", .left), ("Groups", .right), ("Seats", .right), ("Chairs", .right),
            ("Convenes", .right),
        ])
        for o in organisations {
            t.append([
                ReportText.label(o.organisation), o.kind.rawValue, "\(o.groupCount)", "\(o.seats)", "\(o.chairs)", "\(o.convenes)",
            ])
        }
        out += t.render(style: style)
        let gaps = unaffiliated
        if !gaps.isEmpty { out += "\nIn no group: " + ReportText.names(gaps) + "\n" }
        return out + style.notes(Self.explanations)
    }
}
