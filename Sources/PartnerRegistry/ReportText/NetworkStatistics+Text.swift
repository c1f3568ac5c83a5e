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
    /// Where a figure differs on the sure network, its sure value follows
    /// it ("17 (säkert 0)" in a Swedish registry, "17 (sure 0)" in an
    /// English one); a most central entity that is only possibly there is
    /// marked "(?)" and its sure value is "–".
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
        let cheap = cheapRows()
        // Fixed minimum widths, so that the all-pairs rows printed after
        // the cheap ones line up with them (unless a name is longer); the
        // values also line up with the widest of the cheap ones.
        let valueWidth = cheap.map { DisplayWidth.of($0.cell(language: language)) }.max() ?? 0
        var table = TextTable([
            .init(title: "section", minimumWidth: 26), .init(title: "metric", minimumWidth: 40),
            .init(title: "value", alignment: .right, minimumWidth: part == .allPairs ? max(9, valueWidth) : 9),
        ])
        var last = ""
        let chosen = part == .cheap ? cheap : allPairsRows()
        for row in chosen {
            // A most central entity not in the sure network is only possibly there.
            let metric = row.sure == nil ? row.metric + " (?)" : row.metric
            table.append([row.section == last ? "" : row.section, metric, row.cell(language: language)])
            last = row.section
        }
        if !chosen.isEmpty { out += table.render(style: style, header: part != .allPairs) }
        if part == .cheap { return out }
        if organisationNetwork.diameter == nil {
            out += style.dim("skipped with --quick (leave it out to compute them): transitivity, clustering, diameters, path lengths, betweenness and closeness centralisation, most central") + "\n"
        } else if let method = organisationNetwork.allPairs, !method.exact {
            out += style.dim(Self.estimateNote(method, organisations: organisations)) + "\n"
        }
        if let estimate = mostCentralEstimate {
            out += style.dim("most central: " + estimate.explanation) + "\n"
        }
        out += style.dim("centralisation: 0 = everyone alike, 1 = a star; assortativity: > 0 ties within the same class, < 0 across") + "\n"
        out += style.dim(Self.graphsNote) + "\n"
        let all = rows
        if all.contains(where: \.uncertain) {
            out += style.dim(ReportText.sureNote(language: language)) + "\n"
        }
        if all.contains(where: { $0.sure == nil }) {
            out += style.dim(ReportText.uncertainNote) + "\n"
        }
        return out
    }


    /// What the estimated figures rest on, and what was left out.
    static func estimateNote(_ method: AllPairsMethod, organisations: Int) -> String {
        let sources = method.sources ?? 0, bound = method.diameterBound ?? 0
        let confidence = RowEstimate.percent(1 - (method.delta ?? 0))
        let left = (method.notComputed ?? []).map { ["transitivity": "transitivity", "averageClustering": "average clustering",
            "betweennessCentralization": "betweenness centralisation"][$0] ?? $0 }
        return "\(organisations) organisations, above \(method.threshold): average path length, efficiency and closeness "
            + "centralisation estimated from \(sources) sampled organisations (seed \(method.seed ?? 0); Hoeffding, "
            + "ε = \(BetweennessEstimateSummary.format(method.epsilon ?? 0)) of each figure's range, distances at most \(bound)), "
            + "each within its ± with probability at least \(confidence) %; diameters and radius by bounds, "
            + "within \(AllPairsPolicy.maxBoundSearches) searches each (exact unless the row gives two bounds); "
            + (left.isEmpty ? "" : "not computed: \(left.joined(separator: ", ")); ") + "--exact computes every figure exactly"
    }

    /// Which graph each section's figures are of, and that none reads
    /// weights (where `centrality` does by default).
    public static let graphsNote = "unweighted: two-mode graph = organisations and groups tied by membership; "
        + "organisation network = organisations tied when they share a group, each tie counted once whatever the "
        + "number of shared groups (distances in steps, clustering without weights, as centrality --weights none); "
        + "most central = two-mode betweenness (Borgatti–Everett), as centrality --measure betweenness"

    /// Every figure as the table shows it: section, metric, value and the
    /// value on the sure network.
    public var rows: [ReportRow] { cheapRows() + allPairsRows() }

    private static func f(_ x: Double) -> String { String(format: "%.4f", x) }
    private static func f(_ x: Double?) -> String { x.map { String(format: "%.4f", $0) } ?? "undefined" }

    /// A count and its sure value.
    private static func row(_ section: String, _ metric: String, _ value: Int, _ sure: Int) -> ReportRow {
        ReportRow(section: section, metric: metric, value: "\(value)", sure: "\(sure)", uncertain: value != sure)
    }

    /// A measure and its sure value ("undefined" for nil); uncertain when
    /// one is defined and the other not, or both differ by more than 1e-12
    /// relative to the larger.
    private static func row(_ section: String, _ metric: String, _ value: Double?, _ sure: Double?) -> ReportRow {
        let uncertain = switch (value, sure) {
        case let (v?, s?): SureAndPossible(possible: v, sure: s).isUncertain
        case (nil, nil): false
        default: true
        }
        return ReportRow(section: section, metric: metric, value: f(value), sure: f(sure), uncertain: uncertain)
    }

    /// The figures that take about linear time.
    private func cheapRows() -> [ReportRow] {
        let s = self, u = sure
        let row = Self.row as (String, String, Int, Int) -> ReportRow
        let real = Self.row as (String, String, Double?, Double?) -> ReportRow
        func sorted(_ d: [String: Int]) -> [(String, Int)] {
            d.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        }
        var r: [ReportRow] = [
            ReportRow(section: "view", metric: "as of", value: s.asOf.description),
            ReportRow(section: "view", metric: "facts", value: s.certainty.rawValue),
            row("size", "organisations", s.organisations, u.organisations),
            row("size", "groups", s.groups, u.groups),
            row("size", "organisation–group ties", s.ties, u.ties),
            row("size", "initiatives", s.initiatives, u.initiatives),
            row("size", "documents", s.documents, u.documents),
        ]
        // A kind or level with nothing on the sure network counts 0 there.
        r += sorted(s.organisationsByKind).map { row("organisations by kind", $0.0, $0.1, u.organisationsByKind[$0.0] ?? 0) }
        r += sorted(s.organisationsByLevel).map { row("organisations by level", $0.0, $0.1, u.organisationsByLevel[$0.0] ?? 0) }
        r += sorted(s.groupsByKind).map { row("groups by kind", $0.0, $0.1, u.groupsByKind[$0.0] ?? 0) }
        let t = s.twoMode, ut = u.twoMode
        r += [
            real("two-mode graph", "density", t.density, ut.density),
            row("two-mode graph", "components", t.components, ut.components),
            row("two-mode graph", "largest component", t.largestComponent, ut.largestComponent),
        ]
        let o = s.organisationNetwork, uo = u.organisationNetwork
        let section = "organisation network"
        r += [
            row(section, "ties between organisations", o.edges, uo.edges),
            real(section, "density", o.density, uo.density),
            row(section, "components", o.components, uo.components),
            row(section, "largest component", o.largestComponent, uo.largestComponent),
            row(section, "isolated organisations", o.isolated, uo.isolated),
            real(section, "degree centralisation", o.degreeCentralization, uo.degreeCentralization),
            real(section, "degree assortativity", o.degreeAssortativity, uo.degreeAssortativity),
            real(section, "level assortativity", o.levelAssortativity, uo.levelAssortativity),
            real(section, "sector assortativity", o.sectorAssortativity, uo.sectorAssortativity),
        ]
        return r
    }

    /// The figures that need every shortest path (none when they were skipped).
    private func allPairsRows() -> [ReportRow] {
        let row = Self.row as (String, String, Int, Int) -> ReportRow
        let real = Self.row as (String, String, Double?, Double?) -> ReportRow
        var r: [ReportRow] = []
        let o = organisationNetwork, uo = sure.organisationNetwork
        let section = "organisation network"
        if o.transitivity != nil { r.append(real(section, "transitivity", o.transitivity, uo.transitivity)) }
        if o.averageClustering != nil { r.append(real(section, "average clustering", o.averageClustering, uo.averageClustering)) }
        // "exact, 4 searches", or the bounds proven when the budget ran out.
        func proof(_ searches: Int?, _ low: Int, _ high: Int?) -> String {
            guard let searches else { return "" }
            guard let high, high != low else { return "; exact, \(searches) searches" }
            return "; at least \(low), at most \(high) after \(searches) searches"
        }
        if let d = twoMode.diameter {
            let metric = "diameter (largest component\(proof(twoMode.diameterSearches, d, twoMode.diameterUpperBound)))"
            r.append(row("two-mode graph", metric, d, sure.twoMode.diameter ?? 0))
        }
        if let d = o.diameter {
            r.append(row(section, "diameter (largest component\(proof(o.diameterSearches, d, o.diameterUpperBound)))",
                         d, uo.diameter ?? 0))
        }
        if let radius = o.radius {
            let bounds = o.radiusLowerBound.map { $0 == radius ? "" : "; at least \($0), at most \(radius)" } ?? ""
            r.append(row(section, "radius (largest component\(bounds))", radius, uo.radius ?? 0))
        }
        // An estimated figure carries its bound (that of the possible network).
        let method = o.allPairs, estimated = method.map { !$0.exact } ?? false
        func estimate(_ key: String) -> RowEstimate? {
            guard estimated, let bound = method?.errorBounds?[key], let delta = method?.delta else { return nil }
            return RowEstimate(bound: bound, confidence: 1 - delta)
        }
        func add(_ metric: String, _ value: Double?, _ sure: Double?, _ key: String) {
            guard value != nil else { return }
            var x = real(section, metric, value, sure)
            x.estimate = estimate(key)
            r.append(x)
        }
        add("average path length", o.averagePathLength, uo.averagePathLength, "averagePathLength")
        add("global efficiency", o.globalEfficiency, uo.globalEfficiency, "globalEfficiency")
        if o.betweennessCentralization != nil {
            r.append(real(section, "betweenness centralisation", o.betweennessCentralization, uo.betweennessCentralization))
        }
        add("closeness centralisation", o.closenessCentralization, uo.closenessCentralization, "closenessCentralization")
        // Each entity with its score on the sure network (nil: not in it).
        func central(_ section: String, _ s: CentralityScore) -> ReportRow {
            ReportRow(section: section, metric: s.name, value: Self.f(s.score), sure: s.sure.map(Self.f), uncertain: s.uncertain)
        }
        r += mostCentralOrganisations.map { central("most central organisations", $0) }
        r += mostCentralGroups.map { central("most central groups", $0) }
        return r
    }
}
