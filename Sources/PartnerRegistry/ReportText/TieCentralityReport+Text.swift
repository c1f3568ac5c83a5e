import Foundation

extension TieCentralityReport: CustomStringConvertible {
    /// The report as a table, as `samverkan centrality --measure
    /// edge-betweenness` prints it into a file or a pipe.
    public var description: String { text(style: .plain) }

    /// Rank, the tie's two ends, the score (with its sure value beside it
    /// where the two differ) and presence; the explanation below.
    ///
    /// - Parameter style: `.plain`, or `.terminal` for bold headings and
    ///   table headers and dimmed notes.
    /// - Returns: The text, each line ending in a line break.
    public func text(style: ReportTextStyle) -> String {
        let on = mode.map(\.rawValue) ?? "one-mode network"
        var out = style.heading("\(measure.rawValue), \(on)" + (mode == nil ? "" : ReportText.dateSuffix(asOf ?? .now)))
        let marked = ties.contains(where: \.uncertain)
        var table = TextTable([
            .init(title: "#", alignment: .right), .init(title: "tie"), .init(title: ""),
            .init(title: measure.rawValue, alignment: .right),
        ] + (marked ? [.init(title: "presence")] : []))
        for t in ties {
            let score = t.values.text(language: language, uncertain: t.uncertain) { String(format: "%.4f", $0) }
            table.append([String(t.rank), t.first.name, t.second.name, score] + (marked ? [ReportText.presence(t.uncertain)] : []))
        }
        out += table.render(style: style)
        out += style.dim(explanation) + "\n"
        if marked {
            out += style.dim(ReportText.sureNote(language: language, dash: "where the tie itself is only possibly there")) + "\n"
            out += style.dim(ReportText.uncertainNote) + "\n"
        }
        return out
    }
}
