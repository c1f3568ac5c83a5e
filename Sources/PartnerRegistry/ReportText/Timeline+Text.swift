import Foundation

extension Timeline: CustomStringConvertible {
    /// The timeline as two tables, as `samverkan timeline` prints it into a
    /// file or a pipe: `text(style: .plain)`.
    public var description: String { text(style: .plain) }

    /// "18", or "18 (1 uncertain)".
    private static func counted(_ n: Int, _ uncertain: Int) -> String { uncertain > 0 ? "\(n) (\(uncertain) uncertain)" : "\(n)" }

    /// "first to last, every year".
    private var span: String {
        let first = steps.first.map { ReportText.step($0.asOf) } ?? "–"
        let last = steps.last.map { ReportText.step($0.asOf) } ?? "–"
        return "\(first) to \(last), every \(every.rawValue)"
    }

    /// The network per step, then each organisation's score per step.
    ///
    /// - Parameter style: `.plain`, or `.terminal` for bold headings and
    ///   table headers and dimmed notes.
    /// - Returns: The text, each line ending in a line break.
    public func text(style: ReportTextStyle) -> String {
        var out = style.heading("The network over time (\(span))")
        var t = TextTable([
            ("step", .left), ("organisations", .right), ("groups", .right), ("ties", .right),
            ("organisation ties", .right), ("density", .right), ("components", .right), ("isolated", .right),
            ("degree centr.", .right), ("betweenness centr.", .right), ("avg path length", .right),
        ])
        for s in steps {
            t.append([
                ReportText.step(s.asOf), Self.counted(s.organisations, s.uncertainOrganisations),
                Self.counted(s.groups, s.uncertainGroups), Self.counted(s.ties, s.uncertainTies),
                "\(s.organisationTies)", ReportText.decimal(s.density), "\(s.components)", "\(s.isolated)",
                ReportText.decimal(s.degreeCentralization), ReportText.decimal(s.betweennessCentralization),
                ReportText.decimal(s.averagePathLength),
            ])
        }
        out += t.render(style: style)
        var notes = [
            "organisation ties, density, components, centralisation and path length are of the organisation network (organisations sharing a group)",
            "now: what has not ended, as the registry last describes it; a year is its first day",
        ]
        if steps.contains(where: \.isUncertain) {
            notes.append("uncertain: present only possibly on that date (its sources describe a later date, or do not date its end); counted in the totals")
        }
        out += style.notes(notes)

        out += "\n" + style.heading("\(measure.rawValue) of each organisation, organisation network (\(span))")
        var scores = TextTable([("organisation", .left)] + steps.map { (ReportText.step($0.asOf), TextTable.Alignment.right) })
        for o in organisations {
            scores.append([o.name] + zip(o.scores, o.uncertain).map { score, uncertain in
                guard let score else { return "–" }
                return String(format: "%.3f", score) + (uncertain ? "?" : "")
            })
        }
        out += scores.render(style: style)
        out += style.notes([
            explanation,
            "?: the organisation or one of its ties is present only possibly on that date; –: not in the network then",
        ])
        return out
    }

}
