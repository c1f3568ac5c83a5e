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

        Exit status: 0 on success, 1 for a registry with errors, 2 when the file cannot be read, 3 when a \
        measure fails or the output cannot be written, 64 a usage error.
        """)

    @OptionGroup var registry: RegistryOptions

    @Option(help: "How many of the most central organisations and groups to list.")
    var top: Int = 5

    @Option(help: "Threads for the all-pairs measures (results do not depend on it).")
    var threads: Int = 1

    @OptionGroup var filters: NetworkFilterOptions

    @OptionGroup var output: FormatOptions

    func run() throws {
        let loaded = try registry.loadRegistry()
        var stats: NetworkStatistics
        do {
            stats = try loaded.statistics(filter: filters.filter, top: max(0, top), parallelism: max(1, threads))
        } catch {
            throw CLIError.failure(String(describing: error), status: 3).report(command: "stats")
        }
        stats.asOf = registry.asOf
        switch output.format {
        case .json:
            try StandardStream.output.writeLine(try JSONOutput.encode(stats))
        case .csv:
            var csv = CSVWriter(header: ["section", "metric", "value"])
            for (section, metric, value) in rows(stats) { csv.append([section, metric, value]) }
            try StandardStream.output.write(csv.text)
        case .table:
            var table = TextTable([.init(title: "section"), .init(title: "metric"), .init(title: "value", alignment: .right)])
            var last = ""
            for (section, metric, value) in rows(stats) {
                table.append([section == last ? "" : section, metric, value])
                last = section
            }
            try StandardStream.output.write(table.render())
            try StandardStream.output.writeLine(Terminal.dim("centralisation: 0 = everyone alike, 1 = a star; assortativity: > 0 ties within the same class, < 0 across"))
        }
    }

    private func rows(_ s: NetworkStatistics) -> [(String, String, String)] {
        func f(_ x: Double) -> String { String(format: "%.4f", x) }
        func f(_ x: Double?) -> String { x.map { String(format: "%.4f", $0) } ?? "undefined" }
        func sorted(_ d: [String: Int]) -> [(String, Int)] {
            d.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        }
        var r: [(String, String, String)] = [
            ("size", "organisations", "\(s.organisations)"),
            ("size", "groups", "\(s.groups)"),
            ("size", "organisation–group ties", "\(s.ties)"),
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
