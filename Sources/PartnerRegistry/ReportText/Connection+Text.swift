import Foundation

extension Connection: CustomStringConvertible {
    /// The report as a table, as `samverkan connect` prints it into a
    /// file or a pipe: `text(style: .plain)`.
    public var description: String { text(style: .plain) }

    /// The shared groups, then every chain listed, shortest first.
    ///
    /// - Parameter style: `.plain`, or `.terminal` for bold headings and
    ///   table headers and dimmed notes.
    /// - Returns: The text, each line ending in a line break.
    public func text(style: ReportTextStyle) -> String {
        var out = style.heading("\(from.name) → \(to.name)\(ReportText.dateSuffix(asOf))")
        out += "Shared groups: " + (sharedGroups.isEmpty ? "none" : ReportText.names(sharedGroups)) + "\n"
        guard let steps else {
            return out + "No chain of groups connects them.\n"
        }
        let count = shortestChainCount == 1 ? "1 chain" : "\(shortestChainCount) chains"
        out += "Shortest: \(steps) step\(steps == 1 ? "" : "s"), \(count)\n\n"
        let marked = (shortestChains + longerChains).contains(where: \.uncertain)
        var t = TextTable([("#", .right), ("Steps", .right), ("Chain", .left)] + (marked ? [("Presence", .left)] : []))
        let presence = { (c: Chain) in marked ? [ReportText.presence(c.uncertain)] : [] }
        for (i, c) in shortestChains.enumerated() { t.append(["\(i + 1)", "\(c.steps)", c.text] + presence(c)) }
        for (i, c) in longerChains.enumerated() {
            t.append(["\(shortestChains.count + i + 1)", "\(c.steps)", c.text] + presence(c))
        }
        out += t.render(style: style)
        if isTruncated { out += "(more chains exist; raise --limit to list them)\n" }
        return out + style.notes(Self.explanations + (marked ? [ReportText.uncertainNote] : []))
    }
}
