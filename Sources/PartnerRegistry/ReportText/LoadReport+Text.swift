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
            // Each count with its sure value beside it where the two differ.
            func cell(_ n: Int, _ sure: Int?) -> String {
                ReportText.withSure(n, sure: sure, rowUncertain: o.uncertain, language: language) { "\($0)" }
            }
            let s = o.sure
            t.append([
                ReportText.label(o.organisation), o.kind.rawValue, cell(o.groupCount, s?.groupCount), cell(o.seats, s?.seats),
                cell(o.chairs, s?.chairs), cell(o.convenes, s?.convenes),
            ])
        }
        out += t.render(style: style)
        let gaps = unaffiliated
        if !gaps.isEmpty { out += "\nIn no group: " + ReportText.names(gaps) + "\n" }
        let marked = organisations.contains { $0.uncertain }
        return out + style.notes(Self.explanations + (marked ? [ReportText.sureNote(language: language)] : []))
    }
}
