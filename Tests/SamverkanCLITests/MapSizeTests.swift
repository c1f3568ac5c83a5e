import Foundation
import SamverkanTestSupport
import Testing

/// `samverkan map` on a registry too large to lay out: it says so at once
/// and offers `--focus` and `--top`; `--top N` draws a part of it.
@Suite final class MapSizeTests {
    let scratch: ScratchDirectory
    var directory: URL { scratch.url }
    let registry: URL

    init() throws {
        scratch = try ScratchDirectory("size")
        registry = scratch.url.appendingPathComponent("large.csv")
        try Data(Self.memberships().utf8).write(to: registry)
    }

    /// 200,000 distinct memberships of 40,000 organisations in 4,000
    /// groups: every organisation in one group, the rest drawn uniformly
    /// with a seeded generator (SplitMix64).
    static func memberships() -> String {
        SeededMemberships.csv(count: 200_000, organisations: 40_000, groups: 4_000, seed: 0x5EED, everyOrganisation: true)
    }

    /// Runs `samverkan map` with at most `seconds` of CPU time (`ulimit -t`):
    /// a command that would lay the whole map out is killed instead. Under
    /// a sanitizer (`make sanitize`) SAMVERKAN_GUARD_SCALE stretches the bound.
    func run(_ arguments: [String], cpuSeconds: Int) throws -> CommandResult {
        let seconds = Int(cpuGuard(seconds: cpuSeconds).components.seconds)
        return try CommandRunner.run(
            ["map", registry.path] + arguments, stdout: .captured,
            wrapper: ["/bin/sh", "-c", "ulimit -t \(seconds) && exec \"$@\"", "sh"], in: directory)
    }

    @Test func tooLargeAMapFailsAtOnceOfferingFocusAndTop() throws {
        let r = try run(["-o", "all.svg"], cpuSeconds: 10)
        #expect(r.status == 3, "\(r)")
        #expect(r.stderr.hasPrefix("samverkan map: the map would have 44000 nodes, more than the "), "\(r)")
        #expect(r.stderr.contains("--focus ORG") && r.stderr.contains("--top N"), "\(r)")
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("all.svg").path))
    }

    @Test func topKeepsTheOrganisationsInMostGroups() throws {
        let r = try run(["--top", "50", "-o", "top.svg"], cpuSeconds: 120)
        #expect(r.status == 0, "\(r)")
        let svg = try String(contentsOf: directory.appendingPathComponent("top.svg"), encoding: .utf8)
        let nodeTitles = svg.split(separator: "\n").filter { $0.hasPrefix("<title>") && !$0.contains("&#45;&gt;") }
        #expect(nodeTitles.count { $0.hasPrefix("<title>organisation:") } == 50)
        // The organisation in the most groups (the first such in the file) is drawn, with its groups.
        var groups: [Substring: Set<Substring>] = [:]
        var order: [Substring] = []
        for line in Self.memberships().split(separator: "\n").dropFirst() {
            let fields = line.split(separator: ",")
            if groups[fields[0]] == nil { order.append(fields[0]) }
            groups[fields[0], default: []].insert(fields[1])
        }
        let most = try #require(order.max { groups[$0]!.count < groups[$1]!.count })
        #expect(svg.contains("<title>organisation:\(most)</title>"))
        for group in groups[most]! { #expect(svg.contains("<title>group:\(group)</title>")) }
    }

    @Test func topMustBePositive() throws {
        let r = try run(["--top", "0", "--format", "dot"], cpuSeconds: 10)
        #expect(r.status == 64, "\(r)")
        #expect(r.stderr.contains("top: the number of organisations must be 1 or more, not 0"), "\(r)")
    }
}
