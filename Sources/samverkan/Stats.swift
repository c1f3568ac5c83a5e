import ArgumentParser
import Foundation
import PartnerRegistry

/// `samverkan stats FILE`: the whole network in numbers.
struct Stats: ParsableCommand {
    static let configuration = CommandConfiguration(
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

    @Option(help: "Threads for the all-pairs measures (results do not depend on it).")
    var threads: Int = 1

    func run() throws {
        let analysis: RegistryAnalysis
        switch try options.input(command: "stats", registryOnly: []) {
        case let .registry(registry): analysis = registry
        case let .oneMode(network):
            let stats: OneModeStatistics
            do {
                stats = try network.statistics(top: max(0, top), parallelism: max(1, threads))
            } catch {
                throw CLIError.failure(String(describing: error), status: 3).report(command: "stats")
            }
            return try options.emit(stats, table: { $0.table() }, csv: { $0.csv() })
        }
        let stats: NetworkStatistics
        do {
            stats = try analysis.statistics(top: max(0, top), parallelism: max(1, threads))
        } catch {
            throw CLIError.failure(String(describing: error), status: 3).report(command: "stats")
        }
        try options.emit(stats, table: { $0.table() }, csv: { $0.csv() })
    }
}

extension NetworkStatistics {
    /// Section, metric and value per row; the date and the uncertain
    /// counts first.
    func table() -> String {
        var out = AnalysisOutput.heading("The network\(AnalysisOutput.dateSuffix(asOf))")
        var table = TextTable([.init(title: "section"), .init(title: "metric"), .init(title: "value", alignment: .right)])
        var last = ""
        for (section, metric, value) in rows() {
            table.append([section == last ? "" : section, metric, value])
            last = section
        }
        out += table.render()
        out += Terminal.dim("centralisation: 0 = everyone alike, 1 = a star; assortativity: > 0 ties within the same class, < 0 across") + "\n"
        if uncertainOrganisations + uncertainGroups + uncertainTies > 0 {
            out += Terminal.dim("uncertain: present only possibly on this date (ended on a date the source does not give); counted in the totals") + "\n"
        }
        return out
    }

    func csv() -> String {
        var csv = CSVWriter(header: ["section", "metric", "value"])
        for (section, metric, value) in rows() { csv.append([section, metric, value]) }
        return csv.text
    }

    private func rows() -> [(String, String, String)] {
        let s = self
        func f(_ x: Double) -> String { String(format: "%.4f", x) }
        func f(_ x: Double?) -> String { x.map { String(format: "%.4f", $0) } ?? "undefined" }
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
            ("two-mode graph", "diameter (largest component)", "\(t.diameter)"),
        ]
        let o = s.organisationNetwork
        let section = "organisation network"
        r += [
            (section, "ties between organisations", "\(o.edges)"),
            (section, "density", f(o.density)),
            (section, "components", "\(o.components)"),
            (section, "largest component", "\(o.largestComponent)"),
            (section, "isolated organisations", "\(o.isolated)"),
            (section, "diameter (largest component)", "\(o.diameter)"),
            (section, "radius (largest component)", "\(o.radius)"),
            (section, "average path length", f(o.averagePathLength)),
            (section, "global efficiency", f(o.globalEfficiency)),
            (section, "transitivity", f(o.transitivity)),
            (section, "average clustering", f(o.averageClustering)),
            (section, "degree centralisation", f(o.degreeCentralization)),
            (section, "betweenness centralisation", f(o.betweennessCentralization)),
            (section, "closeness centralisation", f(o.closenessCentralization)),
            (section, "degree assortativity", f(o.degreeAssortativity)),
            (section, "level assortativity", f(o.levelAssortativity)),
            (section, "sector assortativity", f(o.sectorAssortativity)),
        ]
        r += s.mostCentralOrganisations.map { ("most central organisations", $0.name, f($0.score)) }
        r += s.mostCentralGroups.map { ("most central groups", $0.name, f($0.score)) }
        return r
    }
}
