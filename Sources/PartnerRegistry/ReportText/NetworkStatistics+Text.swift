import Foundation

extension NetworkStatistics: CustomStringConvertible {
    /// The figures as a table, as `samverkan stats` prints it into a file
    /// or a pipe: `text(style: .plain)`.
    public var description: String { text(style: .plain) }

    /// Which rows a text holds: the cheap figures (with the heading), the
    /// all-pairs figures (with the notes), or both.
    public enum TextPart: Hashable, Sendable {
        /// The figures that take about linear time, under the heading.
        case cheap
        /// The figures that need every shortest path, and the notes,
        /// continuing a table printed with `cheap`.
        case allPairs
        /// Every figure: `cheap`, then `allPairs`.
        case all
    }

    /// Section, metric and value per row; the date and the uncertain
    /// counts first. The all-pairs figures continue the table of the cheap
    /// ones in a table of their own (`samverkan stats` prints the cheap
    /// figures as soon as they are known): fixed minimum widths line the
    /// two up unless a name is wider.
    ///
    /// - Parameters:
    ///   - part: The rows to write (the default: all of them). `cheap` and
    ///     then `allPairs` give the same text as `all`, for a program that
    ///     prints the cheap figures as soon as they are known (the
    ///     `quickFigures` of `RegistryAnalysis.statistics`).
    ///   - style: `.plain`, or `.terminal` for bold headings and table
    ///     headers and dimmed notes.
    /// - Returns: The text, each line ending in a line break.
    public func text(part: TextPart = .all, style: ReportTextStyle) -> String {
        // The whole text is the two parts as the command streams them, so
        // that it reads the same printed at once or in two steps.
        if part == .all { return text(part: .cheap, style: style) + text(part: .allPairs, style: style) }
        var out = part == .allPairs ? "" : style.heading("The network\(ReportText.dateSuffix(asOf))")
        // Fixed minimum widths, so that the all-pairs rows printed after
        // the cheap ones line up with them (unless a name is longer).
        var table = TextTable([
            .init(title: "section", minimumWidth: 26), .init(title: "metric", minimumWidth: 40),
            .init(title: "value", alignment: .right, minimumWidth: 9),
        ])
        var last = ""
        let chosen = part == .cheap ? cheapRows() : allPairsRows()
        for (section, metric, value) in chosen {
            table.append([section == last ? "" : section, metric, value])
            last = section
        }
        if !chosen.isEmpty { out += table.render(style: style, header: part != .allPairs) }
        if part == .cheap { return out }
        if organisationNetwork.diameter == nil {
            out += style.dim("skipped with --quick (leave it out to compute them): transitivity, clustering, diameters, path lengths, betweenness and closeness centralisation, most central") + "\n"
        }
        out += style.dim("centralisation: 0 = everyone alike, 1 = a star; assortativity: > 0 ties within the same class, < 0 across") + "\n"
        if uncertainOrganisations + uncertainGroups + uncertainTies > 0 {
            out += style.dim("uncertain: present only possibly on this date (its sources describe a later date, or do not date its end); counted in the totals") + "\n"
        }
        return out
    }


    /// Every figure as the table shows it: section, metric and value.
    public var rows: [ReportRow] {
        (cheapRows() + allPairsRows()).map { ReportRow(section: $0.0, metric: $0.1, value: $0.2) }
    }

    private static func f(_ x: Double) -> String { String(format: "%.4f", x) }
    private static func f(_ x: Double?) -> String { x.map { String(format: "%.4f", $0) } ?? "undefined" }

    /// The figures that take about linear time.
    private func cheapRows() -> [(String, String, String)] {
        let s = self
        let f = Self.f as (Double) -> String, g = Self.f as (Double?) -> String
        func sorted(_ d: [String: Int]) -> [(String, Int)] {
            d.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        }
        func counted(_ n: Int, _ uncertain: Int) -> String { uncertain > 0 ? "\(n) (uncertain \(uncertain))" : "\(n)" }
        var r: [(String, String, String)] = [
            ("view", "as of", s.asOf.description),
            ("view", "facts", s.certainty.rawValue),
            ("size", "organisations", counted(s.organisations, s.uncertainOrganisations)),
            ("size", "groups", counted(s.groups, s.uncertainGroups)),
            ("size", "organisation–group ties", counted(s.ties, s.uncertainTies)),
            ("size", "initiatives", "\(s.initiatives)"),
            ("size", "documents", "\(s.documents)"),
        ]
        r += sorted(s.organisationsByKind).map { ("organisations by kind", $0.0, "\($0.1)") }
        r += sorted(s.organisationsByLevel).map { ("organisations by level", $0.0, "\($0.1)") }
        r += sorted(s.groupsByKind).map { ("groups by kind", $0.0, "\($0.1)") }
        let t = s.twoMode
        r += [
            ("two-mode graph", "density", f(t.density)),
            ("two-mode graph", "components", "\(t.components)"),
            ("two-mode graph", "largest component", "\(t.largestComponent)"),
        ]
        let o = s.organisationNetwork
        let section = "organisation network"
        r += [
            (section, "ties between organisations", "\(o.edges)"),
            (section, "density", f(o.density)),
            (section, "components", "\(o.components)"),
            (section, "largest component", "\(o.largestComponent)"),
            (section, "isolated organisations", "\(o.isolated)"),
            (section, "degree centralisation", f(o.degreeCentralization)),
            (section, "degree assortativity", g(o.degreeAssortativity)),
            (section, "level assortativity", g(o.levelAssortativity)),
            (section, "sector assortativity", g(o.sectorAssortativity)),
        ]
        return r
    }

    /// The figures that need every shortest path (none when they were skipped).
    private func allPairsRows() -> [(String, String, String)] {
        let s = self
        let g = Self.f as (Double?) -> String
        var r: [(String, String, String)] = []
        let o = s.organisationNetwork
        let section = "organisation network"
        if o.transitivity != nil { r.append((section, "transitivity", g(o.transitivity))) }
        if o.averageClustering != nil { r.append((section, "average clustering", g(o.averageClustering))) }
        if let d = s.twoMode.diameter { r.append(("two-mode graph", "diameter (largest component)", "\(d)")) }
        if let d = o.diameter { r.append((section, "diameter (largest component)", "\(d)")) }
        if let radius = o.radius { r.append((section, "radius (largest component)", "\(radius)")) }
        if o.averagePathLength != nil { r.append((section, "average path length", g(o.averagePathLength))) }
        if o.globalEfficiency != nil { r.append((section, "global efficiency", g(o.globalEfficiency))) }
        if o.betweennessCentralization != nil {
            r.append((section, "betweenness centralisation", g(o.betweennessCentralization)))
        }
        if o.closenessCentralization != nil { r.append((section, "closeness centralisation", g(o.closenessCentralization))) }
        r += s.mostCentralOrganisations.map { ("most central organisations", $0.name, Self.f($0.score)) }
        r += s.mostCentralGroups.map { ("most central groups", $0.name, Self.f($0.score)) }
        return r
    }
}
