import Foundation

extension RegistryDiff: CustomStringConvertible {
    /// The report as a table, as `samverkan diff` prints it into a
    /// file or a pipe: `text(style: .plain)`.
    public var description: String { text(style: .plain) }

    /// How many pairs the table lists; JSON and CSV list every pair kept
    /// (`pairLimit`).
    public static let pairsShownInTable = 20

    /// One section per kind of change; empty sections are left out. Rows
    /// show names (IDs are in the JSON and CSV), by name in Swedish order.
    /// A change that rests on something only possibly there on a side says
    /// so ("lost (uncertain on 2010)"); a figure shows its value on the sure
    /// networks beside it where the two differ ("17 (säkert 0)").
    ///
    /// - Parameter style: `.plain`, or `.terminal` for bold headings and
    ///   table headers and dimmed notes.
    /// - Returns: The text, each line ending in a line break.
    public func text(style: ReportTextStyle) -> String {
        var out = style.heading("Changes from \(from) to \(to)")
        guard hasChanges else { return out + "No changes.\n" }
        let word = SureAndPossible<Int>.sureWord(language: language)
        func uncertainty(_ fromU: Bool, _ toU: Bool) -> String {
            switch (fromU, toU) {
            case (true, true): " (uncertain on both)"
            case (true, false): " (uncertain on \(from))"
            case (false, true): " (uncertain on \(to))"
            default: ""
            }
        }
        func entities(_ title: String, _ changes: [EntityChange]) {
            guard !changes.isEmpty else { return }
            out += "\n" + style.heading(title)
            var t = TextTable([("Change", .left), ("Name", .left), ("Details", .left)])
            for c in changes {
                var details = c.details
                if let p = c.previousID { details.insert("was \(p)", at: 0) }
                if let p = c.previousName { details.insert("was called \(p)", at: 0) }
                t.append([c.kind.rawValue + uncertainty(c.uncertainOnFrom, c.uncertainOnTo), c.name,
                          details.joined(separator: "; ")])
            }
            out += t.render(style: style)
        }
        entities("Organisations", organisations)
        entities("Groups", groups)
        if !memberships.isEmpty {
            out += "\n" + style.heading("Memberships")
            var t = TextTable([("Change", .left), ("Organisation", .left), ("Group", .left), ("Role", .left), ("Details", .left)])
            for m in memberships {
                t.append([m.kind.rawValue + uncertainty(m.uncertainOnFrom, m.uncertainOnTo), m.organisationName,
                          m.groupName, m.role, m.details.joined(separator: "; ")])
            }
            out += t.render(style: style)
        }
        entities("Initiatives", initiatives)
        entities("Documents", documents)
        if !isolation.isEmpty {
            out += "\n" + style.heading("Partners lost or found")
            var t = TextTable([("Change", .left), ("Organisation", .left), ("Partners", .right)])
            for x in isolation {
                t.append([
                    x.kind.rawValue + uncertainty(x.uncertainOnFrom, x.uncertainOnTo), x.name,
                    ReportText.withSure(x.partners, sure: x.sure, rowUncertain: x.uncertain, language: language) { "\($0)" },
                ])
            }
            out += t.render(style: style)
        }
        if pairTotals.lost + pairTotals.gained > 0 {
            func total(_ n: Int, surely: Int) -> String {
                let count = NumberText.grouped(n)
                return n == surely ? count : "\(count) (\(word) \(NumberText.grouped(surely)))"
            }
            out += "\n" + style.heading(
                "Pairs that lost their last shared group: \(total(pairTotals.lost, surely: pairTotals.surelyLost)); "
                    + "gained a first: \(total(pairTotals.gained, surely: pairTotals.surelyGained))")
            var t = TextTable([("Change", .left), ("Organisation", .left), ("Organisation", .left), ("Groups", .left)])
            let shown = Self.pairsShownInTable
            for p in pairs.prefix(shown) {
                t.append([p.kind.rawValue + uncertainty(p.uncertainOnFrom, p.uncertainOnTo), p.firstName, p.secondName,
                          ReportText.names(p.groups)])
            }
            out += t.render(style: style)
            if pairs.count > shown {
                out += "(\(NumberText.grouped(pairs.count - shown)) more in --format csv or json)\n"
            }
            if pairsAreCut { out += "(\(pairCutSummary))\n" }
        }
        if !rankMoves.isEmpty {
            out += "\n" + style.heading("Largest rank moves (organisation network)")
            var t = TextTable([("Measure", .left), ("Organisation", .left), ("Rank", .right), ("Move", .right), ("Cause", .left)])
            for m in rankMoves {
                var rank = "\(m.rankFrom) → \(m.rankTo)"
                if m.uncertain {
                    rank += " (\(word) \(m.sure.rankFrom.map(String.init) ?? "–") → \(m.sure.rankTo.map(String.init) ?? "–"))"
                }
                t.append([m.measure, m.name, rank, m.places > 0 ? "+\(m.places)" : "\(m.places)", Self.words(m.cause)])
            }
            out += t.render(style: style)
        }
        if !brokers.isEmpty {
            out += "\n" + style.heading("Cut vertices")
            var t = TextTable([("Change", .left), ("Type", .left), ("Name", .left)])
            for b in brokers { t.append([b.kind.rawValue + uncertainty(b.uncertainOnFrom, b.uncertainOnTo), b.type, b.name]) }
            out += t.render(style: style)
        }
        let lines = notes(word: word)
        return lines.isEmpty ? out : out + style.notes(lines)
    }

    /// What the pair lists leave out ("the lists hold the first 1,000 of
    /// 1,124,250 pairs that lost their last shared group, by name …");
    /// empty when they hold every pair.
    public var pairCutSummary: String {
        let lost = pairs.filter { $0.kind == .lost }.count
        let cuts = [
            (lost, pairTotals.lost, "pairs that lost their last shared group"),
            (pairs.count - lost, pairTotals.gained, "pairs that gained a first"),
        ].filter { $0.0 < $0.1 }.map { shown, total, noun in
            "\(shown == 0 ? "none" : "the first \(NumberText.grouped(shown))") of \(NumberText.grouped(total)) \(noun)"
        }
        guard !cuts.isEmpty else { return "" }
        return "the lists hold " + cuts.joined(separator: " and ") + ", by name (--limit N or --limit all to change)"
    }

    /// A cause as the table writes it.
    static func words(_ cause: RankMoveCause) -> String {
        switch cause {
        case .ownTies: "own ties"
        case .others: "others' changes"
        }
    }

    /// The lines under the tables: what an uncertain change, a sure value
    /// and a cause mean, for what the tables show.
    private func notes(word: String) -> [String] {
        var lines: [String] = []
        let facts = (organisations + groups + initiatives + documents).contains { $0.uncertainOnFrom || $0.uncertainOnTo }
            || memberships.contains { $0.uncertainOnFrom || $0.uncertainOnTo }
        if facts || pairs.contains(where: \.uncertain) || isolation.contains(where: \.uncertain)
            || rankMoves.contains(where: \.uncertain) || brokers.contains(where: \.uncertain)
        {
            lines.append(
                "(uncertain on DATE): the row rests on something only possibly there on that date (its sources describe "
                    + "a later date, or do not date its end); the change holds only possibly")
        }
        if isolation.contains(where: \.uncertain) || rankMoves.contains(where: \.uncertain)
            || pairTotals.lost != pairTotals.surelyLost || pairTotals.gained != pairTotals.surelyGained
        {
            lines.append(
                "(\(word) x): the figure on what is certainly there on the dates, where it differs; – where the "
                    + "organisation is not certainly there; for the pair counts, how many pairs changed surely")
        }
        if !rankMoves.isEmpty {
            lines.append(
                "cause — own ties: the organisation joined or left a group, or a group of its began or ended; "
                    + "others' changes: it sits in the same groups, and others' ties moved its rank")
        }
        return lines
    }
}
