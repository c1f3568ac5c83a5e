import Foundation
import PartnerRegistry
import SamverkanTestSupport
import Testing

/// `samverkan centrality` and `samverkan stats`, run as a built executable.
@Suite struct CentralityCommandTests {
    static let registry = PackagePaths.root.appendingPathComponent("graphs/vasterbotten.yaml").path

    func run(_ arguments: [String]) throws -> CommandResult {
        try CommandRunner.run(arguments, stdin: nil, in: nil)
    }

    /// Now (the default) the Strategigrupp, which the seed calls former,
    /// is gone: VästerbottensTurism is the broker and the county's tourism
    /// group comes next. Scores as NetworkX 3.6.1 computes them
    /// (`bipartite.betweenness_centrality` on the registry's groups and
    /// members, conveners as members, without the Strategigrupp): 0.3018
    /// and 0.0565.
    @Test func tableShowsTheTopScoresAndWhatTheyMean() throws {
        let r = try run(["centrality", Self.registry, "--measure", "betweenness", "--top", "2"])
        #expect(r.status == 0, "\(r)")
        let lines = r.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 6)
        #expect(lines[0] == "betweenness, two-mode (as of now)")
        #expect(lines[1].hasPrefix("#  name"))
        #expect(lines[3].contains("VästerbottensTurism") && lines[3].hasSuffix("0.3018"))
        #expect(lines[4].contains("Länsstyrelsens och Region Västerbottens turistgrupp") && lines[4].hasSuffix("0.0565"))
        #expect(lines[5].hasPrefix("betweenness: "))
    }

    /// `--measure edge-betweenness` ranks ties. Now (without the
    /// Strategigrupp) the county's tourism group's membership of
    /// VästerbottensTurism carries most shortest paths: 0.0769 (NetworkX
    /// `edge_betweenness_centrality` on the two-mode graph without the
    /// group, scripts/fixtures/registry.py "sure-2015/two-mode/…"), then
    /// two memberships tied at 0.0538. The CSV has a row per tie.
    @Test func edgeBetweennessRanksTies() throws {
        let r = try run(["centrality", Self.registry, "--measure", "edge-betweenness", "--top", "3"])
        #expect(r.status == 0, "\(r)")
        let lines = r.stdout.split(separator: "\n").map(String.init)
        #expect(lines[0] == "edge-betweenness, two-mode (as of now)")
        #expect(lines[3].contains("Länsstyrelsens och Region Västerbottens turistgrupp")
            && lines[3].contains("VästerbottensTurism") && lines[3].hasSuffix("0.0769"))
        #expect(lines[4].hasPrefix("2 ") && lines[5].hasPrefix("2 ") && lines[5].hasSuffix("0.0538"))
        let csv = try run(["centrality", Self.registry, "--measure", "edge-betweenness", "--mode", "organisations", "--format", "csv"])
        #expect(csv.status == 0, "\(csv)")
        #expect(csv.stdout.hasPrefix("rank,first_id,first_name,first_type,second_id,second_name,second_type,edge-betweenness,"))
    }

    /// Triangles on the two-mode graph would all be 0: a usage error that
    /// names the projections; on a projection they are counted.
    @Test func trianglesNeedAProjection() throws {
        let r = try run(["centrality", Self.registry, "--measure", "triangles"])
        #expect(r.status == 64 && r.stderr.contains("--mode organisations"), "\(r)")
        let p = try run(["centrality", Self.registry, "--measure", "triangles", "--mode", "organisations", "--top", "1"])
        #expect(p.status == 0, "\(p)")
        let k = try run(["communities", Self.registry, "--k-truss", "3", "--mode", "two-mode"])
        #expect(k.status == 64 && k.stderr.contains("no triangles"), "\(k)")
    }

    /// In 2011 the Strategigrupp may still have existed: it began in 2003
    /// and ended on a date the seed (which describes 2015) does not give.
    /// Every other group is possible too (the seed alone describes them),
    /// so the possible network is the whole file. The group is ranked
    /// second (NetworkX on the whole graph: 0.6475), and marked uncertain in
    /// the table and the CSV.
    @Test func asOf2011MarksTheStrategyGroupUncertain() throws {
        let r = try run(["centrality", Self.registry, "--as-of", "2011", "--top", "2"])
        #expect(r.status == 0, "\(r)")
        let row = try #require(r.stdout.split(separator: "\n").first { $0.contains("VästerbottensTurisms Strategigrupp") })
        #expect(row.contains("0.6475") && row.hasSuffix("uncertain"), "\(row)")
        #expect(r.stdout.contains("present only possibly on this date"))
        let csv = try run(["centrality", Self.registry, "--as-of", "2011", "--format", "csv"])
        #expect(csv.stdout.contains(",strategigruppen,VästerbottensTurisms Strategigrupp,group,strategy-group,"))
        let line = try #require(csv.stdout.split(separator: "\n").first { $0.contains(",strategigruppen,") })
        #expect(line.hasSuffix(",true,2011"))
        #expect(try run(["centrality", Self.registry, "--all-time", "--as-of", "2010"]).status == 64)
    }

    /// As of 2015 only the Strategigrupp (former, undated end) is
    /// uncertain. VästerbottensTurism's betweenness is 0.7385 on the
    /// possible network and 0.3018 on the sure one, without the group
    /// (NetworkX: CentralityReportTests); the registry is Swedish, so the
    /// table says "säkert". The group has no sure value: "–" in the table,
    /// an empty cell in the CSV, null in the JSON.
    @Test func sureValuesBesideThePossibleOnes() throws {
        let r = try run(["centrality", Self.registry, "--as-of", "2015", "--top", "2"])
        let vt = try #require(r.stdout.split(separator: "\n").first { $0.contains("VästerbottensTurism ") })
        #expect(vt.contains("0.7385 (säkert 0.3018)"), "\(vt)")
        let group = try #require(r.stdout.split(separator: "\n").first { $0.contains("Strategigrupp") })
        #expect(group.contains("0.6475 (säkert –)"), "\(group)")
        let csv = try run(["centrality", Self.registry, "--as-of", "2015", "--format", "csv"])
        let lines = csv.stdout.split(separator: "\n")
        #expect(lines.first == "rank,id,name,type,kind,betweenness,sure_betweenness,uncertain,as_of")
        #expect(lines.contains { $0.hasPrefix("2,strategigruppen,") && $0.hasSuffix(",,true,2015") })
        let json = try run(["centrality", Self.registry, "--as-of", "2015", "--format", "json"])
        #expect(json.stdout.contains("\"sure\" : null"))
        let report = try JSONDecoder().decode(CentralityReport.self, from: Data(json.stdout.utf8))
        #expect(report.scores.first { $0.id == "strategigruppen" }?.sure == nil)
        #expect(report.scores.first { $0.id == "vasterbottensturism" }?.sure.map { abs($0 - 0.3018) < 1e-4 } == true)
    }

    @Test func jsonDecodesIntoTheLibraryType() throws {
        let r = try run(["centrality", Self.registry, "--measure", "pagerank", "--mode", "organisations", "--format", "json"])
        #expect(r.status == 0, "\(r)")
        let report = try JSONDecoder().decode(CentralityReport.self, from: Data(r.stdout.utf8))
        let library = try RegistryAnalysis(registry: RegistryLoader.load(path: Self.registry))
            .centrality(.pagerank, mode: .organisations)
        #expect(report == library)
        #expect(report.scores.count == 24)
    }

    /// `--tolerance` reaches the library: NetworkX's 1e-6 gives the library's
    /// loose numbers, which differ from the default (converged) ones.
    @Test func toleranceLoosensTheIteration() throws {
        let r = try run(["centrality", Self.registry, "--measure", "eigenvector", "--mode", "organisations",
                         "--tolerance", "1e-6", "--format", "json"])
        #expect(r.status == 0, "\(r)")
        let report = try JSONDecoder().decode(CentralityReport.self, from: Data(r.stdout.utf8))
        let analysis = try RegistryAnalysis(registry: RegistryLoader.load(path: Self.registry))
        #expect(report == (try analysis.centrality(CentralityOptions(.eigenvector, mode: .organisations, tolerance: 1e-6))))
        #expect(report != (try analysis.centrality(.eigenvector, mode: .organisations)))
    }

    @Test func csvHasAHeaderAndOneRowPerEntity() throws {
        let r = try run(["centrality", Self.registry, "--measure", "degree", "--mode", "groups", "--format", "csv"])
        #expect(r.status == 0, "\(r)")
        let lines = r.stdout.split(separator: "\n")
        #expect(lines.first == "rank,id,name,type,kind,degree,sure_degree,uncertain,as_of")
        // 17 groups, of which the Strategigrupp has ended: 16 now.
        #expect(lines.count == 17)
        #expect(lines.dropFirst().allSatisfy { $0.contains(",group,") })
    }

    @Test func asOfAndStandardInput() throws {
        let text = try String(contentsOfFile: Self.registry, encoding: .utf8)
        let r = try CommandRunner.run(["centrality", "-", "--as-of", "2002", "--format", "csv"], stdin: text, in: nil)
        #expect(r.status == 0, "\(r)")
        #expect(!r.stdout.contains("strategigruppen"), "the strategy group starts in 2003")
        // Municipalities sit only in the strategy group: in 2002 they are isolated.
        let bjurholm = r.stdout.split(separator: "\n").first { $0.contains(",bjurholm,") }
        #expect(bjurholm?.hasSuffix(",0.0,false,2002") == true, "\(String(describing: bjurholm))")
    }

    @Test func divergingKatzExitsThreeWithAdvice() throws {
        // Over all time the municipalities' Strategigrupp makes a dense
        // projection whose 1/λ_max (0.0577) is below the default alpha.
        let r = try run(["centrality", Self.registry, "--measure", "katz", "--mode", "organisations", "--all-time"])
        #expect(r.status == 3)
        #expect(r.stderr.contains("alpha must be below 1/λ_max"), "\(r)")
        #expect(try run([
            "centrality", Self.registry, "--measure", "katz", "--mode", "organisations", "--alpha", "0.05", "--all-time",
        ]).status == 0)
    }

    @Test func alphaOutsideItsRangeIsAUsageError() throws {
        for alpha in ["nan", "-1", "0", "inf"] {
            let r = try run(["centrality", Self.registry, "--measure", "katz", "--alpha=\(alpha)"])
            #expect(r.status == 64, "\(r)")
            #expect(r.stderr.contains("give a number above 0 and below 1/λ_max of the graph"), "\(r)")
            #expect(!r.stderr.contains("maxIterations"), "\(r)")
        }
    }

    @Test func unknownMeasureIsAUsageError() throws {
        let r = try run(["centrality", Self.registry, "--measure", "fame"])
        #expect(r.status == 64)
        #expect(r.stderr.contains("fame"))
    }

    @Test func statsInEveryFormat() throws {
        let table = try run(["stats", Self.registry])
        #expect(table.status == 0, "\(table)")
        #expect(table.stdout.contains("organisations by kind       municipality"))
        #expect(!table.stdout.contains("VästerbottensTurisms Strategigrupp"), "ended: not in today's network")
        let then = try run(["stats", Self.registry, "--as-of", "2011"])
        // 2011: the Strategigrupp counts, with its 18 ties (VästerbottensTurism,
        // the destinations, the companies and the 15 municipalities), and every
        // group and tie is possible only (the seed describes 2015): surely none.
        #expect(then.stdout.contains("17 (säkert 0)") && then.stdout.contains("44 (säkert 0)"), "\(then)")
        #expect(then.stdout.contains("VästerbottensTurisms Strategigrupp"))
        let json = try run(["stats", Self.registry, "--format", "json"])
        let stats = try JSONDecoder().decode(NetworkStatistics.self, from: Data(json.stdout.utf8))
        #expect(stats.organisationNetwork.diameter == 2)
        #expect(stats.organisationsByKind["municipality"] == 15)
        let csv = try run(["stats", Self.registry, "--format", "csv"])
        #expect(csv.stdout.hasPrefix(
            "section,metric,value,sure_value,uncertain,error_bound,confidence\nview,as of,now,now,false,,\nview,facts,all,all,false,,\n"
                + "size,organisations,24,24,false,,\n"))
    }

    @Test func kindAndLevelFilters() throws {
        let r = try run(["centrality", Self.registry, "--measure", "degree", "--level", "national", "--format", "csv"])
        #expect(r.status == 0, "\(r)")
        let rows = r.stdout.split(separator: "\n").dropFirst()
        #expect(!rows.isEmpty)
        // Only national entities and those without a level (Sevärt, Flygmarknadsgruppen) remain.
        #expect(!r.stdout.contains(",vasterbottensturism,") && !r.stdout.contains(",umea,"))
        #expect(r.stdout.contains(",trafikverket,") && r.stdout.contains(",sevart,"))
        let stats = try run(["stats", Self.registry, "--organisation-kind", "municipality", "--format", "json"])
        let decoded = try JSONDecoder().decode(NetworkStatistics.self, from: Data(stats.stdout.utf8))
        #expect(decoded.organisations == 15)
        #expect(decoded.organisationsByKind == ["municipality": 15])
    }

    /// A CSV of memberships without dates is ranked from its network alone
    /// unless an option narrows the view; kind filters that keep every
    /// entity (all are `other`) force the registry's path, and the bytes
    /// must be the same. A repeated membership is reported by the registry,
    /// at its line, as before.
    @Test func plainCSVPrintsWhatTheRegistryPathPrints() throws {
        let scratch = try ScratchDirectory("plain")
        let url = scratch.url.appendingPathComponent("plain.csv")
        try Data("""
            organisation,group,role
            VästerbottensTurism,Ledningsgruppen,chair
            "Fjällhotellet AB, Hemavan",Marknadsgruppen,
            Visit Umeå,Marknadsgruppen,
            visit-umea,Ledningsgruppen,
            Åre kommun,Ledningsgruppen,
            Zeta,Tredje,
            Åre kommun,Tredje,

            """.utf8).write(to: url)
        let registryPath = ["--organisation-kind", "other", "--group-kind", "other"]
        for measure in ["degree", "betweenness", "closeness", "pagerank", "eigenvector", "katz", "harmonic"] {
            for extra in [[], ["--format", "json"], ["--format", "csv", "--top", "2"], ["--mode", "organisations"]] {
                let arguments = ["centrality", url.path, "--measure", measure] + extra
                let lean = try run(arguments)
                let full = try run(arguments + registryPath)
                #expect(lean.status == 0 && full.status == 0, "\(lean) \(full)")
                #expect(lean.stdout == full.stdout && lean.stderr == full.stderr, "\(arguments)")
                #expect(extra.contains("--top") || lean.stdout.contains("Fjällhotellet AB, Hemavan"))
            }
        }
        // The sampled estimate takes the lean path too, with the same
        // scores and the same stated bound as on the registry.
        for extra in [["--format", "json"], ["--mode", "organisations", "--lengths", "hops"]] {
            let arguments = ["centrality", url.path, "--measure", "betweenness", "--epsilon", "0.2", "--seed", "3"] + extra
            let lean = try run(arguments)
            let full = try run(arguments + registryPath)
            #expect(lean.status == 0 && full.status == 0, "\(lean) \(full)")
            #expect(lean.stdout == full.stdout && lean.stdout.contains("sample"), "\(arguments)")
        }
        let repeated = scratch.url.appendingPathComponent("repeated.csv")
        try Data("organisation,group\na,g\nb,g\na,g\n".utf8).write(to: repeated)
        let r = try run(["centrality", repeated.path, "--measure", "pagerank"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("\(repeated.path):4:1: error:") && r.stderr.contains("listed twice"), "\(r.stderr)")
    }
}
