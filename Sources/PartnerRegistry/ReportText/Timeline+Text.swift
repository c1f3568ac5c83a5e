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
        // Each figure of the organisation network with its value on the
        // sure network beside it where the two differ.
        var differs = false
        func count(_ n: Int, _ sure: Int) -> String {
            guard n != sure else { return "\(n)" }
            differs = true
            return SureAndPossible(possible: n, sure: sure).text(language: language, uncertain: true) { "\($0)" }
        }
        func decimal(_ x: Double, _ sure: Double) -> String {
            let values = SureAndPossible(possible: x, sure: sure)
            if values.isUncertain { differs = true }
            return values.text(language: language, uncertain: values.isUncertain) { ReportText.decimal($0) }
        }
        for s in steps {
            let sure = s.sure
            t.append([
                ReportText.step(s.asOf), Self.counted(s.organisations, s.uncertainOrganisations),
                Self.counted(s.groups, s.uncertainGroups), Self.counted(s.ties, s.uncertainTies),
                count(s.organisationTies, sure.organisationTies), decimal(s.density, sure.density),
                count(s.components, sure.components), count(s.isolated, sure.isolated),
                decimal(s.degreeCentralization, sure.degreeCentralization),
                decimal(s.betweennessCentralization, sure.betweennessCentralization),
                decimal(s.averagePathLength, sure.averagePathLength),
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
        if differs { notes.append(ReportText.sureNote(language: language)) }
        out += style.notes(notes)

        out += "\n" + style.heading("\(measure.rawValue) of each organisation, organisation network (\(span))")
        var scores = TextTable([("organisation", .left)] + steps.map { (ReportText.step($0.asOf), TextTable.Alignment.right) })
        for o in organisations {
            scores.append([o.name] + o.scores.indices.map { i in
                guard let values = o.values(at: i) else { return "–" }
                return values.text(language: language, uncertain: o.uncertain[i]) { String(format: "%.3f", $0) }
            })
        }
        out += scores.render(style: style)
        let word = SureAndPossible<Double>.sureWord(language: language)
        out += style.notes([
            explanation,
            organisations.contains { $0.uncertain.contains(true) }
                ? "(\(word) x): the score on what is certainly there on that date, where it differs; "
                    + "(\(word) –): the organisation itself is only possibly there; –: not in the network then"
                : "–: not in the network then",
        ])
        return out
    }

}
