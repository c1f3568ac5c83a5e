import Foundation

extension KTrussReport: CustomStringConvertible {
    /// What "(?)" and "uncertain" mean here.
    static let uncertainNote =
        "(?) / uncertain: in the truss of the possible network only, not of the sure one (its ties there are absent or too few)"

    /// The report as a table, as `samverkan communities --k-truss K`
    /// prints it into a file or a pipe: `text(style: .plain)`.
    public var description: String { text(style: .plain) }

    /// The members (with "(?)" beside one only possibly in the truss), then
    /// the ties, then what a k-truss is.
    ///
    /// - Parameter style: `.plain`, or `.terminal` for bold headings and
    ///   table headers and dimmed notes.
    /// - Returns: The text, each line ending in a line break.
    public func text(style: ReportTextStyle) -> String {
        let on = mode.map { "\($0.rawValue) network" } ?? "one-mode network"
        var out = style.heading("\(k)-truss, \(on)" + (mode == nil ? "" : ReportText.dateSuffix(asOf ?? .now)))
        func label(_ name: String, _ uncertain: Bool) -> String { uncertain ? name + " (?)" : name }
        out += "Members (\(members.count)): "
            + (members.isEmpty ? "none" : members.map { label($0.name, $0.uncertain) }.joined(separator: ", ")) + "\n"
        out += "\n" + style.heading("Ties (\(ties.count))")
        var t = TextTable([("Member", .left), ("Member", .left)])
        for tie in ties { t.append([tie.first, tie.second]) }
        if ties.contains(where: \.uncertain) {
            t = TextTable([("Member", .left), ("Member", .left), ("Presence", .left)])
            for tie in ties { t.append([tie.first, tie.second, ReportText.presence(tie.uncertain)]) }
        }
        out += ties.isEmpty ? "none\n" : t.render(style: style)
        let marked = members.contains(where: \.uncertain) || ties.contains(where: \.uncertain)
        return out + style.notes([Self.explanation(k: k)] + (marked ? [Self.uncertainNote] : []))
    }
}
