import Foundation
import NetworkAnalysis
import NetworkInterchange
import PartnerRegistry
import SamverkanTestSupport
import Testing

/// `CentralityOptions`' weight and scale options (`--weights`, `--lengths`,
/// `--raw`, `--endpoints`, `--no-wf-improved`) and the options that name
/// nodes (`personalization`, `sources`, Katz's β) on a weighted one-mode
/// network, a CSV of memberships and its organisations' projection: every
/// value is NetworkX 3.6's under the same reading
/// (`scripts/fixtures/centrality_options.py`, Fixtures/centrality-options.json).
@Suite struct CentralityOptionsTests {
    struct Case: Decodable {
        struct Options: Decodable {
            var weights: TieWeights?
            var lengths: ProjectionLengths?
            var normalized: Bool?
            var endpoints: Bool?
            var wfImproved: Bool?
            var personalization: [String: Double]?
            var sources: [String]?
            var beta: Beta?
        }

        /// Katz's β: one number (written as text) or one per node.
        enum Beta: Decodable {
            case scalar(Double), perNode([String: Double])
            init(from decoder: Decoder) throws {
                let c = try decoder.singleValueContainer()
                if let b = try? c.decode([String: Double].self) {
                    self = .perNode(b)
                } else {
                    self = .scalar(Double(try c.decode(String.self)) ?? .nan)
                }
            }
        }

        var input: String
        var mode: NetworkMode
        var measure: CentralityMeasure
        var options: Options
        var values: [String: Double]

        var centralityOptions: CentralityOptions {
            var o = CentralityOptions(measure, mode: mode, parallelism: 2)
            if let weights = options.weights { o.weights = weights }
            if let lengths = options.lengths { o.lengths = lengths }
            if let normalized = options.normalized { o.normalized = normalized }
            if options.endpoints == true { o.endpoints = .included }
            if options.wfImproved == false { o.closeness = .reachable }
            o.personalization = options.personalization
            o.sources = options.sources
            switch options.beta {
            case let .scalar(b)?: o.katzBeta = b
            case let .perNode(b)?: o.katzBetaPerNode = b
            case nil: break
            }
            return o
        }
    }

    struct Reference: Decodable {
        var oneMode: String
        var memberships: String
        var cases: [Case]
    }

    static func reference() throws -> Reference {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/centrality-options.json")
        return try JSONDecoder().decode(Reference.self, from: Data(contentsOf: url))
    }

    static func memberships(_ text: String) throws -> MembershipNetwork {
        let path = try OneModeInputTests.write(text, "memberships.csv")
        guard case let .memberships(network) = try NetworkInput.loadPreferringMemberships(path: path) else {
            Issue.record("not read as a membership network")
            throw CancellationError()
        }
        return network
    }

    @Test func everyOptionValueScoresAsNetworkX() throws {
        let reference = try Self.reference()
        let oneMode = OneModeAnalysis(try OneModeInputTests.network(reference.oneMode, "weighted.csv"))
        let memberships = try Self.memberships(reference.memberships)
        #expect(reference.cases.count >= 60)
        var failures: [String] = []
        for c in reference.cases {
            let options = c.centralityOptions
            let report = c.input == "one-mode"
                ? try oneMode.centrality(options)
                : try memberships.centrality(options, progress: nil)
            let scores = Dictionary(uniqueKeysWithValues: report.scores.map { ($0.id, $0.score) })
            #expect(scores.count == c.values.count, "\(c.measure) \(c.options)")
            // Eigenvector on two components: how far the small one shrinks
            // depends on where the iteration stops.
            let slack = c.measure == .eigenvector ? 1e-9 : 1e-12
            for (id, value) in c.values {
                guard let got = scores[id] else { failures.append("\(c.measure) \(c.options): no \(id)"); continue }
                if abs(got - value) > slack * max(1, abs(value)) {
                    failures.append("\(c.input) \(c.mode) \(c.measure) \(c.options) \(id): \(got), NetworkX \(value)")
                }
            }
        }
        #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
    }

    /// `weights` sets both halves; `lengths` alone leaves the strengths.
    @Test func weightsSetLengthsAndStrengths() {
        var o = CentralityOptions(.pagerank)
        #expect(o.weights == .strength && o.lengths == .inverseWeight && o.strengths == .weights)
        o.weights = TieWeights.none
        #expect(o.lengths == .hops && o.strengths == .ignored)
        o.weights = .length
        #expect(o.lengths == .weight && o.strengths == .weights)
        o.lengths = .hops
        #expect(o.weights == nil)  // hops with strengths: no single reading
    }

    /// An option that does not fit the measure or the graph is refused,
    /// naming NetworkX's parameter; the default explanation is unchanged
    /// and a chosen scale is named in it.
    @Test func optionsThatDoNotApplyAreRefused() throws {
        let reference = try Self.reference()
        let memberships = try Self.memberships(reference.memberships)
        var raw = CentralityOptions(.closeness)
        raw.normalized = false
        #expect(throws: CentralityError.optionDoesNotApply("normalized=False", .closeness)) {
            try memberships.centrality(raw, progress: nil)
        }
        var endpoints = CentralityOptions(.betweenness)
        endpoints.endpoints = .included
        #expect(throws: CentralityError.optionDoesNotApply("endpoints=True with normalized=True", nil)) {
            try memberships.centrality(endpoints, progress: nil)
        }
        var wf = CentralityOptions(.harmonic)
        wf.closeness = .reachable
        #expect(throws: CentralityError.optionDoesNotApply("wf_improved=False", .harmonic)) {
            try memberships.centrality(wf, progress: nil)
        }
        var estimate = CentralityOptions(.betweenness, estimate: BetweennessEstimation(epsilon: 0.1, delta: 0.1, seed: 0))
        estimate.normalized = false
        #expect(throws: CentralityError.estimateNeedsDefaultScale) { try memberships.centrality(estimate, progress: nil) }

        let plain = try memberships.centrality(CentralityOptions(.degree), progress: nil)
        #expect(plain.explanation == CentralityMeasure.degree.explanation(on: .twoMode))
        var counts = CentralityOptions(.degree)
        counts.normalized = false
        let counted = try memberships.centrality(counts, progress: nil)
        #expect(counted.explanation.hasSuffix("[raw: the number of ties, not a share]"))
    }

    /// The explanation names what the weights change only where there are
    /// weights: on a projection, not on the (unweighted) two-mode graph.
    @Test func theExplanationNamesTheWeightsWhereThereAreSome() throws {
        let memberships = try Self.memberships(try Self.reference().memberships)
        var options = CentralityOptions(.pagerank)
        options.weights = TieWeights.none
        #expect(try memberships.centrality(options, progress: nil).explanation
            == CentralityMeasure.pagerank.explanation(on: .twoMode))
        options.mode = .organisations
        #expect(try memberships.centrality(options, progress: nil).explanation
            == CentralityMeasure.pagerank.explanation(on: .organisations) + " [weights ignored]")
        options.measure = .betweenness
        options.weights = .length
        #expect(try memberships.centrality(options, progress: nil).explanation.hasSuffix(" [weight read as length]"))
    }
}
