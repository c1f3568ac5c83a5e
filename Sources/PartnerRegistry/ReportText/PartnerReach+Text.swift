import Foundation

extension PartnerReach: CustomStringConvertible {
    /// The report as a table, as `samverkan reach` prints it into a
    /// file or a pipe: `text(style: .plain)`.
    public var description: String { text(style: .plain) }

    /// The partners and groups within reach; with a group imagined
    /// dissolved, the partners lost and those farther away.
    ///
    /// Where a count or a distance differs on the sure network, its sure
    /// value follows it ("23 partners (säkert 0)", "1 (säkert –)" for a
    /// partner the sure network does not reach); when the organisation is
    /// itself only possibly there, a line under the heading says so.
    ///
    /// - Parameter style: `.plain`, or `.terminal` for bold headings and
    ///   table headers and dimmed notes.
    /// - Returns: The text, each line ending in a line break.
    public func text(style: ReportTextStyle) -> String {
        let s = sure, own = figures
        var marked = s == nil
        // "23 partners", with the sure count beside it where the two differ.
        func count(_ n: Int, _ noun: String, _ sure: Int?) -> String {
            if sure != n { marked = true }
            return ReportText.count(n, noun, sure: sure, language: language)
        }
        // A distance, with its sure value beside it where the two differ.
        func distance(_ n: Int, _ sure: Int?, _ uncertain: Bool) -> String {
            if uncertain { marked = true }
            return ReportText.withSure(n, sure: sure, rowUncertain: uncertain, language: language) { "\($0)" }
        }
        var out = style.heading(
            "\(from.name) reaches " + count(own.partners, "partner", s?.partners)
                + " within \(steps) step\(steps == 1 ? "" : "s")" + ReportText.dateSuffix(asOf))
        if let untied { out += "\(untied)\n" }
        if existsOnlyInPossibleNetwork {
            out += "Only possibly: \(from.name) is not among what is certainly there on this date.\n"
        }
        var t = TextTable([("Organisation", .left), ("Steps", .right), ("Via", .left)])
        for p in partners {
            t.append([ReportText.label(p.organisation), distance(p.steps, p.sure, p.uncertain), ReportText.names(p.via)])
        }
        out += partners.isEmpty ? "none\n" : t.render(style: style)
        let groupCount = own.groups == s?.groups ? "" : ": " + count(own.groups, "group", s?.groups)
        out += "\n" + style.heading("Groups within reach" + groupCount)
        var g = TextTable([("Group", .left), ("Steps", .right)])
        for x in groups { g.append([ReportText.label(x.group), distance(x.steps, x.sure, x.uncertain)]) }
        out += groups.isEmpty ? "none\n" : g.render(style: style)
        if let without {
            out += "\n" + style.heading("Without \(without.name): " + count(own.lost.count, "partner", s?.lost.count) + " lost")
            var l = TextTable([("Organisation", .left), ("Steps before", .right)])
            for p in lost { l.append([p.organisation.name, distance(p.steps, p.sure, p.uncertain)]) }
            out += lost.isEmpty ? "none\n" : l.render(style: style)
            let farther = own.lengthened.count == s?.lengthened.count
                ? "" : ": " + count(own.lengthened.count, "partner", s?.lengthened.count)
            out += "\n" + style.heading("Without \(without.name): farther away" + farther)
            var f = TextTable([("Organisation", .left), ("Steps before", .right), ("Steps after", .right)])
            for p in lengthened { f.append([p.organisation.name, "\(p.stepsBefore)", "\(p.stepsAfter)"]) }
            out += lengthened.isEmpty ? "none\n" : f.render(style: style)
        }
        return out + style.notes(Self.explanations + (marked ? [ReportText.sureNote(language: language, dash: "where what is certainly there does not reach it within the steps")] : []))
    }
}
