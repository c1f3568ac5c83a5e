import Foundation

extension CentralityReport: CustomStringConvertible {
    /// The report as a table, as `samverkan centrality` prints it into a
    /// file or a pipe: `text(style: .plain)`.
    public var description: String { text(style: .plain) }

    /// Rank, name, type, kind, score (with its sure value beside it where
    /// the two differ: "0.7385 (säkert 0.3018)") and presence (a one-mode network:
    /// rank, name, kind when the file gives kinds, and score); the
    /// explanation below.
    ///
    /// - Parameter style: `.plain`, or `.terminal` for bold headings and
    ///   table headers and dimmed notes.
    /// - Returns: The text, each line ending in a line break.
    public func text(style: ReportTextStyle) -> String {
        if isOneMode { return oneModeText(style: style) }
        var out = style.heading(
            "\(measure.rawValue)\(estimate == nil ? "" : " (estimated)"), \((mode ?? .twoMode).rawValue)"
                + ReportText.dateSuffix(asOf ?? .now))
        let marked = scores.contains(where: \.uncertain)
        var table = TextTable([
            .init(title: "#", alignment: .right), .init(title: "name"), .init(title: "type"),
            .init(title: "kind"), .init(title: measure.rawValue, alignment: .right),
        ] + (marked ? [.init(title: "presence")] : []))
        for s in scores {
            let score = s.values.text(language: language, uncertain: s.uncertain, measure.formatted)
            table.append([String(s.rank), s.name, s.type.rawValue, s.kind, score]
                + (marked ? [ReportText.presence(s.uncertain)] : []))
        }
        out += table.render(style: style)
        out += style.dim(explanation) + "\n"
        if let estimate { out += style.dim(estimate.explanation) + "\n" }
        if marked {
            out += style.dim(ReportText.sureNote(language: language)) + "\n"
            out += style.dim(ReportText.uncertainNote) + "\n"
        }
        return out
    }

    private func oneModeText(style: ReportTextStyle) -> String {
        var out = style.heading("\(measure.rawValue)\(estimate == nil ? "" : " (estimated)"), one-mode network"
            + (weighted == true ? " (weighted)" : ""))
        let kinds = scores.contains { !$0.kind.isEmpty }
        var table = TextTable([.init(title: "#", alignment: .right), .init(title: "name")]
            + (kinds ? [.init(title: "kind")] : []) + [.init(title: measure.rawValue, alignment: .right)])
        for s in scores {
            table.append([String(s.rank), s.name] + (kinds ? [s.kind] : []) + [measure.formatted(s.score)])
        }
        out += table.render(style: style)
        out += style.dim(explanation) + "\n"
        if let estimate { out += style.dim(estimate.explanation) + "\n" }
        return out
    }
}
