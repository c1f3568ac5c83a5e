import Foundation
import PartnerRegistry
import SamverkanTestSupport
import Testing

/// `samverkan centrality`'s `--weights`, `--lengths`, `--raw`,
/// `--endpoints`, `--no-wf-improved`, `--personalization` and `--sources`
/// (and `stats`' `--no-count-zeros` and `--clustering-nodes`), run as a built executable: each
/// case of the NetworkX reference (`scripts/fixtures/centrality_options.py`)
/// through the command line, the usage errors, and the default output
/// unchanged by the options that restate the defaults.
@Suite struct CentralityOptionsCommandTests {
    static let registry = PackagePaths.root.appendingPathComponent("graphs/vasterbotten.yaml").path

    struct Case: Decodable {
        var input: String
        var mode: String
        var measure: String
        var options: [String: JSONValue]
        var values: [String: Double]

        /// The command-line options the case's options are.
        var arguments: [String] {
            var a = ["--measure", measure, "--format", "json"]
            if mode != "two-mode" { a += ["--mode", mode] }
            if case let .string(w)? = options["weights"] { a += ["--weights", w] }
            if case let .string(l)? = options["lengths"] { a += ["--lengths", l] }
            if case .bool(false)? = options["normalized"] { a.append("--raw") }
            if case .bool(true)? = options["endpoints"] { a.append("--endpoints") }
            if case .bool(false)? = options["wfImproved"] { a.append("--no-wf-improved") }
            if case let .weights(w)? = options["personalization"] {
                for (id, weight) in w.sorted(by: { $0.key < $1.key }) { a += ["--personalization", "\(id)=\(weight)"] }
            }
            if case let .list(ids)? = options["sources"] { for id in ids { a += ["--sources", id] } }
            if case let .weights(b)? = options["beta"] {
                for (id, beta) in b.sorted(by: { $0.key < $1.key }) { a += ["--beta", "\(id)=\(beta)"] }
            }
            if case let .string(b)? = options["beta"] { a += ["--beta", b] }
            return a
        }
    }

    enum JSONValue: Decodable, CustomStringConvertible {
        case string(String), bool(Bool), list([String]), weights([String: Double])
        init(from decoder: Decoder) throws {
            let c = try decoder.singleValueContainer()
            if let b = try? c.decode(Bool.self) {
                self = .bool(b)
            } else if let l = try? c.decode([String].self) {
                self = .list(l)
            } else if let w = try? c.decode([String: Double].self) {
                self = .weights(w)
            } else {
                self = .string(try c.decode(String.self))
            }
        }
        var description: String {
            switch self {
            case let .string(s): s
            case let .bool(b): "\(b)"
            case let .list(l): "\(l)"
            case let .weights(w): "\(w)"
            }
        }
    }

    /// `average_clustering(G, nodes, count_zeros)` of the one-mode network.
    struct AverageClustering: Decodable {
        var nodes: [String]?
        var countZeros: Bool
        var value: Double
    }

    struct Reference: Decodable {
        var oneMode: String
        var memberships: String
        var cases: [Case]
        var averageClustering: [AverageClustering]?
    }

    let scratch: ScratchDirectory
    init() throws { scratch = try ScratchDirectory("options") }

    func file(_ name: String, _ text: String) throws -> String {
        let url = scratch.url.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    func run(_ arguments: [String]) throws -> CommandResult {
        try CommandRunner.run(arguments, stdin: nil, in: nil)
    }

    /// Edge betweenness reads `--weights length` and `--raw`, as NetworkX's
    /// own `test_weighted_graph` and `test_normalized_weighted_graph`
    /// (networkx/algorithms/centrality/tests/test_betweenness_centrality.py,
    /// TestWeightedEdgeBetweennessCentrality) expect; their values copied:
    /// on lengths w the tie 0–1 (length 5) carries no shortest path, 1–3
    /// (length 1) 3.5 of them; normalised, each is divided by n(n − 1)/2 =
    /// 10. In steps (`--weights none`) 0–1 carries one path.
    @Test func edgeBetweennessReadsLengthsAndRaw() throws {
        let path = try file("edge-lengths.csv", "source,target,weight\n0,1,5\n0,2,4\n0,3,3\n0,4,2\n1,2,4\n1,3,1\n1,4,3\n2,4,5\n3,4,4\n")
        let answer: [String: Double] = [
            "0 1": 0.0, "0 2": 1.0, "0 3": 2.0, "0 4": 1.0, "1 2": 2.0, "1 3": 3.5, "1 4": 1.5, "2 4": 1.0, "3 4": 0.5,
        ]
        func ties(_ extra: [String]) throws -> (values: [String: Double], explanation: String) {
            let r = try run(["centrality", path, "--measure", "edge-betweenness", "--format", "json"] + extra)
            #expect(r.status == 0, "\(r)")
            let json = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
            var values: [String: Double] = [:]
            for tie in try #require(json["ties"] as? [[String: Any]]) {
                let ends = [tie["first"], tie["second"]].compactMap { ($0 as? [String: Any])?["id"] as? String }.sorted()
                values[ends.joined(separator: " ")] = tie["score"] as? Double
            }
            return (values, json["explanation"] as? String ?? "")
        }
        let raw = try ties(["--weights", "length", "--raw"])
        let normalised = try ties(["--weights", "length"])
        #expect(raw.values.count == 9 && normalised.values.count == 9)
        for (tie, value) in answer {
            #expect(abs((raw.values[tie] ?? .nan) - value) < 1e-12, "\(tie): \(raw.values[tie] ?? .nan)")
            #expect(abs((normalised.values[tie] ?? .nan) - value / 10) < 1e-12, "\(tie)")
        }
        #expect(raw.explanation.contains("raw: sums over pairs") && raw.explanation.contains("weight read as length"))
        #expect(try ties(["--weights", "none", "--raw"]).values["0 1"] == 1.0)
    }

    @Test func everyCaseOfTheReferenceThroughTheCommandLine() throws {
        let url = PackagePaths.root.appendingPathComponent("Tests/PartnerRegistryTests/Fixtures/centrality-options.json")
        let reference = try JSONDecoder().decode(Reference.self, from: Data(contentsOf: url))
        let oneMode = try file("weighted.csv", reference.oneMode)
        let memberships = try file("memberships.csv", reference.memberships)
        var failures: [String] = []
        for c in reference.cases {
            let r = try run(["centrality", c.input == "one-mode" ? oneMode : memberships] + c.arguments)
            guard r.status == 0 else { failures.append("\(c.arguments): \(r)"); continue }
            let report = try JSONDecoder().decode(CentralityReport.self, from: Data(r.stdout.utf8))
            let scores = Dictionary(uniqueKeysWithValues: report.scores.map { ($0.id, $0.score) })
            let slack = c.measure == "eigenvector" ? 1e-9 : 1e-12
            for (id, value) in c.values where abs((scores[id] ?? .nan) - value) > slack * max(1, abs(value)) {
                failures.append("\(c.input) \(c.arguments) \(id): \(scores[id] ?? .nan), NetworkX \(value)")
            }
        }
        #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
    }

    /// `stats --no-count-zeros` and `--clustering-nodes` give NetworkX's
    /// `average_clustering(G, nodes, count_zeros)` exactly (the nodes'
    /// mean in the order given), and the table names what is averaged.
    @Test func averageClusteringOverNodesAndWithoutZeros() throws {
        let url = PackagePaths.root.appendingPathComponent("Tests/PartnerRegistryTests/Fixtures/centrality-options.json")
        let reference = try JSONDecoder().decode(Reference.self, from: Data(contentsOf: url))
        let oneMode = try file("weighted.csv", reference.oneMode)
        struct Stats: Decodable {
            struct Network: Decodable { var averageClustering: Double }
            var network: Network
        }
        let cases = try #require(reference.averageClustering)
        #expect(cases.count == 4 && Set(cases.map(\.value)).count == 4)
        for c in cases {
            let options = (c.countZeros ? [] : ["--no-count-zeros"]) + (c.nodes ?? []).flatMap { ["--clustering-nodes", $0] }
            let r = try run(["stats", oneMode, "--format", "json"] + options)
            #expect(r.status == 0, "\(options): \(r)")
            let stats = try JSONDecoder().decode(Stats.self, from: Data(r.stdout.utf8))
            #expect(stats.network.averageClustering == c.value, "\(options)")
        }
        let table = try run(["stats", oneMode, "--no-count-zeros", "--clustering-nodes", "a", "--clustering-nodes", "h"])
        #expect(table.stdout.contains("average clustering (2 nodes, nonzero only)"), "\(table.stdout)")
        let unknown = try run(["stats", oneMode, "--clustering-nodes", "nobody"])
        #expect(unknown.status == 64 && unknown.stderr.contains("--clustering-nodes names nobody"), "\(unknown)")
        let registry = try run(["stats", Self.registry, "--no-count-zeros"])
        #expect(registry.status == 64 && registry.stderr.contains("applies to a one-mode network"), "\(registry)")
    }

    /// PageRank's personalisation, harmonic's sources and Katz's β per node
    /// name nodes: an unknown one, a negative or all-zero personalisation,
    /// a node without β, the option on another measure or on a registry
    /// are usage errors.
    @Test func namedNodeOptionsRefuseWhatNetworkXRefuses() throws {
        let oneMode = try file("k4.csv", "source,target\n0,1\n0,2\n0,3\n1,2\n1,3\n2,3\n")
        let cases: [(String, [String], String)] = [
            (oneMode, ["--measure", "pagerank", "--personalization", "0=0", "--personalization", "3=0"],
             "at least one weight must be above 0"),
            (oneMode, ["--measure", "pagerank", "--personalization", "0=-1"], "a weight is a number 0 or above"),
            (oneMode, ["--measure", "pagerank", "--personalization", "0"], "give ID=WEIGHT"),
            (oneMode, ["--measure", "pagerank", "--personalization", "0=1", "--personalization", "0=2"], "names 0 twice"),
            (oneMode, ["--measure", "pagerank", "--personalization", "9=1"], "--personalization names 9, which is not a node"),
            (oneMode, ["--measure", "harmonic", "--sources", "9"], "--sources names 9, which is not a node"),
            (oneMode, ["--measure", "closeness", "--sources", "0"], "--sources goes with --measure harmonic"),
            (oneMode, ["--measure", "katz", "--personalization", "0=1"], "--personalization goes with --measure pagerank"),
            (Self.registry, ["--measure", "pagerank", "--personalization", "x=1"], "one-mode network"),
            (Self.registry, ["--measure", "harmonic", "--mode", "organisations", "--sources", "x"], "one-mode network"),
            // NetworkX's test_bad_beta ({0: 77} on the tie 0-1) and test_bad_beta_number ('foo').
            (oneMode, ["--measure", "katz", "--beta", "0=77"], "--beta is invalid: 1 has none; give every node a β"),
            (oneMode, ["--measure", "katz", "--beta", "foo"], "--beta foo is invalid"),
            (oneMode, ["--measure", "katz", "--beta", "0"], "--beta 0 is invalid"),
            (oneMode, ["--measure", "katz", "--beta", "9=1"], "--beta names 9, which is not a node"),
            (oneMode, ["--measure", "pagerank", "--beta", "2"], "--beta goes with --measure katz"),
            (Self.registry, ["--measure", "katz", "--beta", "x=1"], "--beta ID=BETA names nodes of a one-mode network"),
        ]
        for (input, arguments, message) in cases {
            let r = try run(["centrality", input] + arguments)
            #expect(r.status == 64, "\(arguments): \(r)")
            #expect(r.stderr.contains(message), "\(arguments): \(r.stderr)")
        }
        // NetworkX's test_incomplete_personalization: {3: 1} on K4, its
        // values (NetworkX's default tolerance) within its 1e-4.
        let r = try run(["centrality", oneMode, "--measure", "pagerank", "--personalization", "3=1", "--format", "json"])
        let report = try JSONDecoder().decode(CentralityReport.self, from: Data(r.stdout.utf8))
        #expect(report.explanation.hasSuffix("[personalised: jumps to 1 node only]"), "\(report.explanation)")
        let harmonic = try run(["centrality", oneMode, "--measure", "harmonic", "--sources", "0", "--sources", "1"])
        #expect(harmonic.stdout.contains("[from 2 sources only]"), "\(harmonic.stdout)")
        let scores = report.scores
        let byID = Dictionary(uniqueKeysWithValues: scores.map { ($0.id, $0.score) })
        #expect(abs((byID["3"] ?? .nan) - 0.3376620453886241) < 1e-4 && abs((byID["0"] ?? .nan) - 0.22077931820379187) < 1e-4)
        #expect(byID["0"] == byID["1"] && byID["0"] == byID["2"] && (byID["3"] ?? 0) > (byID["0"] ?? 1))
    }

    /// `--max-iterations`: 0 fails every iterative measure as not converged
    /// (exit 3), as NetworkX's `max_iter=0` raises
    /// PowerIterationFailedConvergence (its test_maxiter); 10 000 restates
    /// the default; other measures and negative numbers are usage errors.
    @Test func maxIterationsCutsTheIterationShort() throws {
        let oneMode = try file("p3.csv", "source,target\n0,1\n1,2\n")
        for measure in ["eigenvector", "pagerank", "katz"] {
            for input in [oneMode, Self.registry] {
                let failed = try run(["centrality", input, "--measure", measure, "--max-iterations", "0"])
                #expect(failed.status == 3 && failed.stderr.contains("did not converge in 0 iterations"), "\(failed)")
                #expect(failed.stderr.contains("raise --max-iterations"), "\(failed.stderr)")
                let plain = try run(["centrality", input, "--measure", measure])
                let same = try run(["centrality", input, "--measure", measure, "--max-iterations", "10000"])
                #expect(plain.status == 0 && plain.stdout == same.stdout, "\(measure)")
            }
        }
        let wrong = try run(["centrality", oneMode, "--measure", "closeness", "--max-iterations", "5"])
        #expect(wrong.status == 64 && wrong.stderr.contains("--max-iterations goes with"), "\(wrong)")
        let negative = try run(["centrality", oneMode, "--measure", "katz", "--max-iterations=-1"])
        #expect(negative.status == 64 && negative.stderr.contains("give 0 or more"), "\(negative)")
    }

    /// `--nstart`: NetworkX's test_K5 with nstart (every node 1) has
    /// test_K5's answer, √(1/5) at every node of K5, for eigenvector and
    /// Katz; the scores equal the default start's. A start summing to 0
    /// (eigenvector: NetworkX's test_zero_nstart), a node without a
    /// number, another measure and a registry are usage errors.
    @Test func startVectorGivesTheConvergedScores() throws {
        let k5 = try file("k5.csv", "source,target\n" + (0 ..< 5).flatMap { u in (u + 1 ..< 5).map { "\(u),\($0)\n" } }.joined())
        let start = (0 ..< 5).flatMap { ["--nstart", "\($0)=1"] }
        for measure in ["eigenvector", "katz"] {
            let r = try run(["centrality", k5, "--measure", measure, "--format", "json"] + start)
            let scores = try JSONDecoder().decode(CentralityReport.self, from: Data(r.stdout.utf8)).scores
            #expect(scores.count == 5 && scores.allSatisfy { abs($0.score - (0.2).squareRoot()) < 1e-7 }, "\(measure)")
        }
        let p4 = try file("p4.csv", "source,target\n0,1\n1,2\n2,3\n")
        let uneven = ["--nstart", "0=5", "--nstart", "1=0", "--nstart", "2=1", "--nstart", "3=0.5"]
        for measure in ["eigenvector", "katz"] {
            let plain = try run(["centrality", p4, "--measure", measure, "--format", "json"])
            let started = try run(["centrality", p4, "--measure", measure, "--format", "json"] + uneven)
            let a = try JSONDecoder().decode(CentralityReport.self, from: Data(plain.stdout.utf8)).scores
            let b = try JSONDecoder().decode(CentralityReport.self, from: Data(started.stdout.utf8)).scores
            let byID = Dictionary(uniqueKeysWithValues: b.map { ($0.id, $0.score) })
            #expect(a.count == 4 && a.allSatisfy { abs($0.score - (byID[$0.id] ?? .nan)) < 1e-12 }, "\(measure)")
        }
        let cases: [(String, [String], String)] = [
            (p4, ["--measure", "eigenvector", "--nstart", "0=0", "--nstart", "1=0", "--nstart", "2=0", "--nstart", "3=0"],
             "the initial vector cannot have all zero values"),
            (p4, ["--measure", "katz", "--nstart", "0=1"], "--nstart is invalid: 1 has none"),
            (p4, ["--measure", "katz", "--nstart", "0"], "--nstart 0 is invalid"),
            (p4, ["--measure", "pagerank", "--nstart", "0=1"], "--nstart goes with --measure eigenvector or katz"),
            (Self.registry, ["--measure", "eigenvector", "--nstart", "x=1"], "--nstart names nodes of a one-mode network"),
        ]
        for (input, arguments, message) in cases {
            let r = try run(["centrality", input] + arguments)
            #expect(r.status == 64 && r.stderr.contains(message), "\(arguments): \(r)")
        }
    }

    /// The options that restate the defaults print what no option prints,
    /// byte for byte, and the explanation names a chosen scale.
    @Test func theDefaultsPrintWhatNoOptionPrints() throws {
        for (measure, restated) in [("betweenness", ["--weights", "strength", "--normalized"]),
                                    ("closeness", ["--lengths", "inverse-weight", "--wf-improved"]),
                                    ("pagerank", ["--weights", "strength"])] {
            for mode in [[], ["--mode", "organisations"]] {
                let plain = try run(["centrality", Self.registry, "--measure", measure] + mode)
                let same = try run(["centrality", Self.registry, "--measure", measure] + mode + restated)
                #expect(plain.status == 0 && plain.stdout == same.stdout, "\(measure) \(mode)")
            }
        }
        // The file has 17 groups; now the Strategigrupp (former) is gone,
        // leaving 16 (`stats` says so too): an organisation's raw two-mode
        // degree is its Borgatti–Everett share × 16 (VästerbottensTurism: 15).
        let share = try run(["centrality", Self.registry, "--measure", "degree", "--format", "json"])
        let count = try run(["centrality", Self.registry, "--measure", "degree", "--raw", "--format", "json"])
        let shares = try JSONDecoder().decode(CentralityReport.self, from: Data(share.stdout.utf8))
        let counts = try JSONDecoder().decode(CentralityReport.self, from: Data(count.stdout.utf8))
        let byID = Dictionary(uniqueKeysWithValues: counts.scores.map { ($0.id, $0.score) })
        let organisations = shares.scores.filter { $0.type == .organisation }
        #expect(!organisations.isEmpty)
        for s in organisations {
            let raw = try #require(byID[s.id])
            #expect(abs(raw - s.score * 16) < 1e-9 && raw == raw.rounded(), "\(s.id): \(raw) vs \(s.score)")
        }
        #expect(byID["vasterbottensturism"] == 15)
        #expect(counts.explanation.hasSuffix("[raw: the number of ties, not a share]"))
        #expect(!shares.explanation.contains("["))
    }

    @Test func optionsThatDoNotFitAreUsageErrors() throws {
        let cases: [([String], String)] = [
            (["--measure", "closeness", "--raw"], "--raw does not apply to closeness"),
            (["--measure", "pagerank", "--endpoints"], "--endpoints does not apply to pagerank"),
            (["--measure", "harmonic", "--no-wf-improved"], "--no-wf-improved does not apply to harmonic"),
            (["--endpoints"], "--endpoints with --normalized does not apply to the two-mode graph"),
            (["--weights", "none", "--lengths", "weight"], "--weights none gives the path measures --lengths hops"),
            (["--raw", "--epsilon", "0.1"], "the estimate is of normalised betweenness without endpoints"),
        ]
        for (arguments, message) in cases {
            let r = try run(["centrality", Self.registry] + arguments)
            #expect(r.status == 64, "\(arguments): \(r)")
            #expect(r.stderr.contains(message), "\(arguments): \(r.stderr)")
        }
    }
}

/// `stats` says which graph each figure is of and that none reads
/// weights, and the `centrality` options it names give its figures.
@Suite struct StatisticsWeightNoteTests {
    func run(_ arguments: [String]) throws -> CommandResult {
        try CommandRunner.run(arguments, stdin: nil, in: nil)
    }

    func mean(_ r: CommandResult) throws -> Double {
        let report = try JSONDecoder().decode(CentralityReport.self, from: Data(r.stdout.utf8))
        return report.scores.map(\.score).reduce(0, +) / Double(report.scores.count)
    }

    /// The organisation network's average clustering is the mean of
    /// `centrality --mode organisations --measure clustering --weights
    /// none`, and not of the weighted default, which differs on this file
    /// (VästerbottensTurism shares many groups with some partners and one
    /// with others).
    @Test func registryStatsSayTheyAreUnweighted() throws {
        let registry = CentralityOptionsCommandTests.registry
        let stats = try run(["stats", registry, "--format", "json"])
        struct Stats: Decodable {
            struct Network: Decodable { var averageClustering: Double? }
            var organisationNetwork: Network
        }
        let average = try #require(
            try JSONDecoder().decode(Stats.self, from: Data(stats.stdout.utf8)).organisationNetwork.averageClustering)
        let clustering = ["centrality", registry, "--mode", "organisations", "--measure", "clustering", "--format", "json"]
        let unweighted = try mean(try run(clustering + ["--weights", "none"]))
        let weighted = try mean(try run(clustering))
        #expect(abs(average - unweighted) < 1e-12, "\(average) vs \(unweighted)")
        #expect(abs(average - weighted) > 1e-3, "\(average) vs \(weighted)")
        let text = try run(["stats", registry])
        #expect(text.stdout.contains(NetworkStatistics.graphsNote))
    }

    /// A weighted one-mode file: `stats` ranks its most central nodes by
    /// betweenness in steps, as `centrality --weights none` does, which
    /// differs here from the default 1/weight lengths; the note says so,
    /// and an unweighted file has no such note.
    @Test func oneModeStatsSayTheyIgnoreWeights() throws {
        let url = PackagePaths.root.appendingPathComponent("Tests/PartnerRegistryTests/Fixtures/centrality-options.json")
        let reference = try JSONDecoder().decode(CentralityOptionsCommandTests.Reference.self, from: Data(contentsOf: url))
        let scratch = try ScratchDirectory("stats-note")
        let weighted = scratch.url.appendingPathComponent("w.csv")
        try Data(reference.oneMode.utf8).write(to: weighted)
        struct Stats: Decodable { var mostCentral: [CentralityScore] }
        let stats = try JSONDecoder().decode(
            Stats.self, from: Data(try run(["stats", weighted.path, "--format", "json"]).stdout.utf8))
        #expect(!stats.mostCentral.isEmpty)
        func betweenness(_ extra: [String]) throws -> [String: Double] {
            let r = try run(["centrality", weighted.path, "--format", "json"] + extra)
            let report = try JSONDecoder().decode(CentralityReport.self, from: Data(r.stdout.utf8))
            return Dictionary(uniqueKeysWithValues: report.scores.map { ($0.id, $0.score) })
        }
        let steps = try betweenness(["--weights", "none"]), lengths = try betweenness([])
        for s in stats.mostCentral { #expect(abs(s.score - (steps[s.id] ?? .nan)) < 1e-12, "\(s.id)") }
        #expect(stats.mostCentral.contains { abs($0.score - (lengths[$0.id] ?? .nan)) > 1e-6 })
        let note = "every figure ignores the weights"
        #expect(try run(["stats", weighted.path]).stdout.contains(note))
        let plain = scratch.url.appendingPathComponent("p.csv")
        try Data("source,target\na,b\nb,c\n".utf8).write(to: plain)
        #expect(!(try run(["stats", plain.path]).stdout.contains(note)))
    }
}
