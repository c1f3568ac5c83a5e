import ArgumentParser
import Foundation
import PartnerRegistry

/// `samverkan stats FILE`: the whole network in numbers.
struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Sizes by kind, density, centralisation, components, diameter and the most central entities.",
        discussion: """
        The organisation network joins two organisations when they share a group; its distances count steps. \
        Centralisation is Freeman's: 0 when everyone is alike, 1 for a star. The most central organisations \
        and groups are ranked by two-mode betweenness.

        A one-mode network (edge list, GraphML, Pajek) gets the same figures for its own graph, with its cut \
        vertices, bridges and largest core number.

        Exit status: 0 on success, 1 for a registry with errors, 2 when the file cannot be read, 3 when a \
        measure fails or the output cannot be written, 64 a usage error.
        """)

    @OptionGroup var options: AnalysisCommandOptions

    @Option(help: "How many of the most central organisations and groups to list.")
    var top: Int = 5

    @Flag(help: "Only the figures linear in the size of the network: skip the all-pairs ones (diameters, path lengths, efficiency, betweenness and closeness centralisation, the most central entities) and the triangle counts (transitivity, clustering).")
    var quick = false

    @Option(help: "Threads for the all-pairs measures (default: all available cores; results do not depend on it).")
    var threads: Int?

    func run() throws {
        let analysis: RegistryAnalysis
        switch try options.input(command: "stats", registryOnly: []) {
        case let .registry(registry): analysis = registry
        case let .oneMode(network):
            let stats: OneModeStatistics
            do {
                stats = try network.statistics(top: max(0, top), parallelism: ThreadCount.resolve(threads))
            } catch {
                throw CLIError.failure(String(describing: error), status: 3).report(command: "stats")
            }
            return try options.emit(stats, table: { $0.table() }, csv: { $0.csv() })
        }
        analysis.announceOrganisationProjection(
            command: "stats", work: quick ? "building it" : "building it and its all-pairs figures",
            alternative: quick ? "Narrow the view (--group-kind, --level, --as-of) to leave the largest groups out." : "--quick leaves out the all-pairs figures. Narrow the view (--group-kind, --level, --as-of) to leave the largest groups out.")
        let bar = ProgressBar()
        let table = options.output.format == .table
        // In table mode the cheap figures are printed as soon as they are
        // known; the all-pairs ones follow in a table of their own.
        var printedQuick = false
        let stats: NetworkStatistics
        do {
            defer { bar.finish() }
            stats = try analysis.statistics(
                top: max(0, top), parallelism: ThreadCount.resolve(threads), depth: quick ? .quick : .full,
                progress: bar.statisticsHandler,
                quickFigures: { quickStats in
                    guard table, !quick else { return }
                    try StandardStream.output.writeDisplay(quickStats.table(part: .cheap))
                    printedQuick = true
                })
        } catch let error as StandardStreamError {
            throw error
        } catch {
            throw CLIError.failure(String(describing: error), status: 3).report(command: "stats")
        }
        try options.emit(
            stats, table: { $0.table(part: printedQuick ? .allPairs : .all) }, csv: { $0.csv() })
    }
}

extension NetworkStatistics {
    /// Which rows a table holds: the cheap figures (with the heading), the
    /// all-pairs figures (with the notes), or both.
    enum TablePart { case cheap, allPairs, all }

    /// Section, metric and value per row; the date and the uncertain
    /// counts first.
    func table(part: TablePart = .all) -> String {
        var out = part == .allPairs ? "" : AnalysisOutput.heading("The network\(AnalysisOutput.dateSuffix(asOf))")
        // Fixed minimum widths, so that the all-pairs rows printed after
        // the cheap ones line up with them (unless a name is longer).
        var table = TextTable([
            .init(title: "section", minimumWidth: 26), .init(title: "metric", minimumWidth: 40),
            .init(title: "value", alignment: .right, minimumWidth: 9),
        ])
        var last = ""
        let chosen: [(String, String, String)] = switch part {
        case .cheap: cheapRows()
        case .allPairs: allPairsRows()
        case .all: cheapRows() + allPairsRows()
        }
        for (section, metric, value) in chosen {
            table.append([section == last ? "" : section, metric, value])
            last = section
        }
        if !chosen.isEmpty { out += table.render(header: part != .allPairs) }
        if part == .cheap { return out }
        if organisationNetwork.diameter == nil {
            out += Terminal.dim("skipped with --quick (leave it out to compute them): transitivity, clustering, diameters, path lengths, betweenness and closeness centralisation, most central") + "\n"
        }
        out += Terminal.dim("centralisation: 0 = everyone alike, 1 = a star; assortativity: > 0 ties within the same class, < 0 across") + "\n"
        if uncertainOrganisations + uncertainGroups + uncertainTies > 0 {
            out += Terminal.dim("uncertain: present only possibly on this date (its sources describe a later date, or do not date its end); counted in the totals") + "\n"
        }
        return out
    }

    func csv() -> String {
        var csv = CSVWriter(header: ["section", "metric", "value"])
        for (section, metric, value) in rows() { csv.append([section, metric, value]) }
        return csv.text
    }

    private func rows() -> [(String, String, String)] { cheapRows() + allPairsRows() }

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
