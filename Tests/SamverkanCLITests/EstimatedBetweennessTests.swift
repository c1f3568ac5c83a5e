import Foundation
import SamverkanTestSupport
import Testing

/// `centrality --epsilon E --delta D`: every printed score within the bound
/// the output states of the exact score the same command prints without
/// `--epsilon`, on the two-mode (Borgatti–Everett) and the projection
/// (NetworkX) scales; usage errors name the option. Seeded, so each case
/// gives the same numbers on every run.
@Suite final class EstimatedBetweennessTests {
    let scratch: ScratchDirectory
    var directory: URL { scratch.url }
    let registry: String

    init() throws {
        scratch = try ScratchDirectory("estimate")
        let url = scratch.url.appendingPathComponent("memberships.csv")
        // 4,000 memberships of 1,200 organisations in 150 groups, skewed.
        let csv = SeededMemberships.csv(count: 4_000, organisations: 1_200, groups: 150, seed: 0xE57, skewed: true)
        try Data(csv.utf8).write(to: url)
        registry = url.path
    }

    struct Report: Decodable {
        struct Score: Decodable { var id: String; var type: String; var score: Double }
        struct Estimate: Decodable {
            var epsilon: Double; var delta: Double; var sampleSize: Int; var errorBounds: [String: Double]
        }
        var scores: [Score]
        var estimate: Estimate?
    }

    func report(_ arguments: [String]) throws -> Report {
        let r = try CommandRunner.run(["centrality", registry, "--format", "json"] + arguments)
        try #require(r.status == 0, "\(arguments): \(r)")
        return try JSONDecoder().decode(Report.self, from: Data(r.stdout.utf8))
    }

    @Test(arguments: [[String](), ["--mode", "organisations", "--lengths", "hops"], ["--mode", "groups", "--lengths", "hops"]],
          [UInt64(1), 2])
    func withinTheStatedBoundOfExact(_ mode: [String], seed: UInt64) throws {
        let exact = try report(mode)
        let estimated = try report(mode + ["--epsilon", "0.02", "--delta", "0.01", "--seed", "\(seed)"])
        let estimate = try #require(estimated.estimate)
        #expect(estimate.epsilon == 0.02 && estimate.delta == 0.01 && estimate.sampleSize > 5_000)
        #expect(exact.estimate == nil)
        let truth = Dictionary(uniqueKeysWithValues: exact.scores.map { ("\($0.type):\($0.id)", $0.score) })
        #expect(estimated.scores.count == truth.count)
        var worst: [String: Double] = [:]
        for s in estimated.scores {
            let t = try #require(truth["\(s.type):\(s.id)"])
            worst[s.type] = max(worst[s.type] ?? 0, abs(s.score - t))
        }
        for (type, error) in worst {
            let bound = try #require(estimate.errorBounds[type])
            // The bound is ε times the scale's factor: a little above ε.
            #expect(bound >= 0.02 && bound < 0.03)
            #expect(error <= bound, "\(mode) seed \(seed): \(type) error \(error) > \(bound)")
        }
        #expect(exact.scores.contains { $0.score > 0.005 })
    }

    @Test func sameBytesForOneAndTwoThreads() throws {
        let arguments = ["centrality", registry, "--epsilon", "0.02", "--seed", "3", "--format", "csv"]
        let one = try CommandRunner.run(arguments + ["--threads", "1"])
        let two = try CommandRunner.run(arguments + ["--threads", "2"])
        #expect(one.status == 0 && two.status == 0)
        #expect(one.stdout.hasPrefix("rank,id,name,type,kind,betweenness,sure_betweenness,uncertain,error_bound,confidence"))
        #expect(one.stdout == two.stdout)
    }

    @Test(arguments: [
        (["--epsilon", "0"], "--epsilon"), (["--epsilon", "1"], "--epsilon"), (["--epsilon", "nan"], "--epsilon"),
        (["--epsilon", "0.1", "--delta", "1.5"], "--delta"), (["--delta", "0.1"], "--delta"),
        (["--seed", "4"], "--seed"), (["--epsilon", "0.1", "--measure", "closeness"], "--epsilon"),
        (["--epsilon", "0.1", "--mode", "organisations"], "--lengths hops"),
    ])
    func usageErrorsNameTheOption(_ arguments: [String], _ named: String) throws {
        let r = try CommandRunner.run(["centrality", registry] + arguments)
        #expect(r.status == 64, "\(arguments): \(r)")
        #expect(r.stderr.contains(named), "\(arguments): \(r.stderr)")
        #expect(r.stdout.isEmpty)
    }
}
