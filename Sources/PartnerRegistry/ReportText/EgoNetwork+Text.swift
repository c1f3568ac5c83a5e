import Foundation

extension EgoNetwork: CustomStringConvertible {
    /// The report as a table, as `samverkan ego` prints it into a
    /// file or a pipe: `text(style: .plain)`.
    public var description: String { text(style: .plain) }

    /// The organisations and groups of the ego network, by step.
    ///
    /// Where a count or a step differs on the sure network, its sure value
    /// follows it ("18 organisations (säkert 1)", "1 (säkert –)" for an
    /// organisation only possibly in the ego network); when the centre is
    /// itself only possibly there, a line under the heading says so.
    ///
    /// - Parameter style: `.plain`, or `.terminal` for bold headings and
    ///   table headers and dimmed notes.
    /// - Returns: The text, each line ending in a line break.
    public func text(style: ReportTextStyle) -> String {
        let s = sure, own = figures
        var marked = s == nil
        // "18 organisations", with the sure count beside it where the two differ.
        func count(_ n: Int, _ noun: String, _ sure: Int?) -> String {
            if sure != n { marked = true }
            return ReportText.count(n, noun, sure: sure, language: language)
        }
        // A step, with its sure value beside it where the two differ.
        func step(_ n: Int, _ sure: Int?, _ uncertain: Bool) -> String {
            if uncertain { marked = true }
            return ReportText.withSure(n, sure: sure, rowUncertain: uncertain, language: language) { "\($0)" }
        }
        var out = style.heading(
            "Ego network of \(center.name), radius \(radius)\(ReportText.dateSuffix(asOf)): "
                + count(own.organisations, "organisation", s?.organisations) + ", "
                + count(own.groups, "group", s?.groups))
        if let untied { out += "\(untied)\n" }
        if existsOnlyInPossibleNetwork {
            out += "Only possibly: \(center.name) is not among what is certainly there on this date.\n"
        }
        var o = TextTable([("Organisation", .left), ("Step", .right), ("Groups", .left)])
        for x in organisations {
            o.append([ReportText.label(x.organisation), step(x.steps, x.sure, x.uncertain), ReportText.names(x.groups)])
        }
        out += o.render(style: style)
        out += "\n"
        var g = TextTable([("Group", .left), ("Step", .right), ("Members", .left)])
        for x in groups { g.append([ReportText.label(x.group), step(x.steps, x.sure, x.uncertain), ReportText.names(x.members)]) }
        out += groups.isEmpty ? "No groups.\n" : g.render(style: style)
        return out + style.notes(Self.explanations + (marked ? [ReportText.sureNote(language: language, dash: "where it is in the ego network only through what is possibly there")] : []))
    }
}
