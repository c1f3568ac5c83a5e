import Foundation

extension OneModeConnection: CustomStringConvertible {
    /// The report as a table, as `samverkan connect` prints it into a
    /// file or a pipe: `text(style: .plain)`.
    public var description: String { text(style: .plain) }

    /// Every chain of ties listed, shortest first.
    ///
    /// - Parameter style: `.plain`, or `.terminal` for bold headings and
    ///   table headers and dimmed notes.
    /// - Returns: The text, each line ending in a line break.
    public func text(style: ReportTextStyle) -> String {
        var out = style.heading("\(from.name) → \(to.name)")
        guard let steps else { return out + "No chain of ties connects them.\n" }
        let count = shortestChainCount == 1 ? "1 chain" : "\(shortestChainCount) chains"
        if let weights, let length {
            let rule = weights == .length ? "each tie as long as its weight" : "each tie 1/weight long"
            out += "Shortest: length \(Self.lengthText(length)) (\(rule)), \(count)\n\n"
        } else {
            out += "Shortest: \(ReportText.count(steps, "step")), \(count)\n\n"
        }
        var t = TextTable([("#", .right), ("Steps", .right), ("Chain", .left)])
        for (i, c) in (shortestChains + longerChains).enumerated() {
            t.append(["\(i + 1)", "\(c.count - 1)", c.map(\.name).joined(separator: " → ")])
        }
        out += t.render(style: style)
        if isTruncated { out += "(more chains exist; raise --limit to list them)\n" }
        return out
    }

    /// A total length as the table prints it: whole when it is whole,
    /// else with four decimals.
    static func lengthText(_ length: Double) -> String {
        length.rounded() == length && abs(length) < 1e15 ? String(format: "%.0f", length) : String(format: "%.4f", length)
    }
}
