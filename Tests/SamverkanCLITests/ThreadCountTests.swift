import Foundation
import SamverkanTestSupport
import Testing

/// `--threads` changes how fast, never what: the commands' output bytes are
/// the same for 1, 2 and 3 threads (and for the default, all available
/// cores) on a graph large enough that the library splits the sources into
/// many chunks whose partial sums would differ in their last bits if they
/// were added in the order the threads finish.
@Suite final class ThreadCountTests {
    let scratch: ScratchDirectory
    var directory: URL { scratch.url }
    let registry: URL

    init() throws {
        scratch = try ScratchDirectory("threads")
        registry = scratch.url.appendingPathComponent("memberships.csv")
        try Data(Self.memberships().utf8).write(to: registry)
    }

    /// 1,500 distinct memberships of 600 organisations in 80 groups,
    /// skewed (a few large groups, many small ones) so that scores are far
    /// from equal and depend on long sums; seeded SplitMix64.
    static func memberships() -> String {
        SeededMemberships.csv(count: 1_500, organisations: 600, groups: 80, seed: 0x7EAD5, skewed: true)
    }

    func output(_ arguments: [String], threads: Int?) throws -> String {
        let r = try CommandRunner.run(
            arguments + (threads.map { ["--threads", String($0)] } ?? []), in: directory)
        #expect(r.status == 0, "\(arguments) --threads \(threads.map(String.init) ?? "default"): \(r)")
        return r.stdout
    }

    @Test(arguments: [
        ["centrality", "--measure", "betweenness"],
        ["centrality", "--measure", "closeness"],
        ["centrality", "--measure", "harmonic"],
        ["centrality", "--measure", "betweenness", "--mode", "organisations"],
        ["centrality", "--measure", "betweenness", "--epsilon", "0.05", "--seed", "2"],
        ["centrality", "--measure", "closeness", "--mode", "groups", "--lengths", "hops"],
        ["stats"],
    ])
    func sameBytesForAnyThreadCount(_ command: [String]) throws {
        let arguments = [command[0], registry.path] + command.dropFirst() + ["--format", "csv"]
        let one = try output(arguments, threads: 1)
        #expect(one.split(separator: "\n").count > 20)
        for threads in [2, 3, nil] {
            #expect(try output(arguments, threads: threads) == one, "\(command) with \(threads.map(String.init) ?? "default") threads")
        }
    }

    /// `map --size-by` draws node sizes from betweenness: the map's bytes
    /// are the same for every thread count.
    @Test func mapSizedByBetweennessIsTheSameForAnyThreadCount() throws {
        func map(_ threads: Int) throws -> Data {
            let name = "map-\(threads).svg"
            _ = try output(["map", registry.path, "--size-by", "betweenness", "--top", "25", "-o", name], threads: threads)
            return try Data(contentsOf: directory.appendingPathComponent(name))
        }
        let one = try map(1)
        #expect(one.count > 1_000)
        #expect(try map(2) == one)
        #expect(try map(3) == one)
    }
}

/// Bad `--threads` and `--tolerance` values are usage errors that say what
/// to give instead.
@Suite struct ThreadAndToleranceOptionTests {
    @Test(arguments: ["centrality", "stats", "map", "timeline"])
    func zeroThreadsIsAUsageError(_ command: String) throws {
        let r = try CommandRunner.run([command, "graphs/none.yaml", "--threads", "0"])
        #expect(r.status == 64, "\(r)")
        #expect(r.stderr.contains("--threads must be 1 or more, not 0"), "\(r)")
    }

    @Test func toleranceMustBePositive() throws {
        for value in ["0", "-1e-6", "nan"] {
            let r = try CommandRunner.run(["centrality", "r.yaml", "--measure", "pagerank", "--tolerance=\(value)"])
            #expect(r.status == 64, "\(r)")
            #expect(r.stderr.contains("--tolerance") && r.stderr.contains("give a number above 0"), "\(r)")
        }
    }
}
