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
            return out + "No chain of groups connects them.\n" + (untied ?? []).map { "\($0)\n" }.joined()
        }
        let count = shortestChainCount == 1 ? "1 chain" : "\(shortestChainCount) chains"
        out += "Shortest: \(steps) step\(steps == 1 ? "" : "s"), \(count)\n\n"
        let marked = (shortestChains + longerChains).contains(where: \.uncertain)
        let judged = (shortestChains + longerChains).contains { $0.ties.contains { $0.certainty != .stated } }
        var t = TextTable(
            [("#", .right), ("Steps", .right), ("Chain", .left)] + (marked ? [("Presence", .left)] : [])
                + (judged || marked ? [("Ties", .left)] : []))
        let extra = { (c: Chain) in
            (marked ? [ReportText.presence(c.uncertain)] : []) + (judged || marked ? [Self.ties(c)] : [])
        }
        for (i, c) in shortestChains.enumerated() { t.append(["\(i + 1)", "\(c.steps)", c.text] + extra(c)) }
        for (i, c) in longerChains.enumerated() {
            t.append(["\(shortestChains.count + i + 1)", "\(c.steps)", c.text] + extra(c))
        }
        out += t.render(style: style)
        if isTruncated { out += "(more chains exist; raise --limit to list them)\n" }
        if existsOnlyInPossibleNetwork {
            out += "Only possibly: no chain joins them among what is certainly there on this date.\n"
        } else if let sureSteps, sureSteps != steps {
            out += "Among what is certainly there on this date: \(sureSteps) step\(sureSteps == 1 ? "" : "s").\n"
        }
        var notes = Self.explanations
        if judged || marked {
            notes.append("ties — each seat on the chain in order: stated, inferred or external; ? when only possibly there")
        }
        if marked { notes.append(ReportText.uncertainNote) }
        return out + style.notes(notes)
    }

    /// A chain's ties in words: "stated, inferred?, external".
    static func ties(_ c: Chain) -> String {
        c.ties.map { $0.certainty.rawValue + ($0.uncertain ? "?" : "") }.joined(separator: ", ")
    }
}
