import Foundation
import SamverkanTestSupport
import Testing

/// Every command that reads a registry, run as a child process on inputs
/// that punish quadratic memory, with the child's peak resident memory
/// (from `wait4`, see `CommandRunner.resources`) held under a bound:
///
/// - the star, one organisation in 4,000 groups (`StarRegistry`, 258 KB):
///   7,998,000 pairs of groups, a groups' projection of as many ties. A
///   list of those pairs, or the projection, takes hundreds of megabytes
///   to gigabytes (overlap took 7.6 GB, report 3.2 GB); everything
///   linear stays near 50 MB.
/// - a Pajek file declaring 100,000 vertices with three edges: declared
///   isolated vertices must cost a few bytes each.
/// - the crowd, one group of 1,500 members that ended in 2012: 1,124,250
///   pairs of organisations that lost their last shared group, which
///   `diff` counts as it meets them and lists only up to `--limit`.
///
/// The bound, 200 MB (times SAMVERKAN_GUARD_SCALE), is four times what
/// the commands need and below any quadratic cost at this size; resident
/// memory, not a virtual-memory limit, which malloc's arenas make flaky.
/// Adding a command is one row of `rows`.
@Suite final class MemoryGuardTests {
    /// One command line; `STAR`, `ISOLATED`, `CROWD` and `OUT` stand for the
    /// star registry, the Pajek file, the crowd registry and a scratch
    /// directory.
    struct Row: Sendable, CustomTestStringConvertible {
        var arguments: [String]
        /// The exit status the command ends with on this input.
        var status: Int32 = 0
        var testDescription: String { arguments.joined(separator: " ") }
    }

    static let rows: [Row] = [
        Row(arguments: ["report", "STAR", "-o", "OUT/page.html"]),
        Row(arguments: ["overlap", "STAR"]),
        Row(arguments: ["overlap", "STAR", "--format", "json"]),
        Row(arguments: ["centrality", "STAR"]),
        Row(arguments: ["centrality", "STAR", "--mode", "groups", "--measure", "degree"]),
        Row(arguments: ["centrality", "STAR", "--mode", "organisations"]),
        Row(arguments: ["stats", "STAR"]),
        Row(arguments: ["brokers", "STAR"]),
        Row(arguments: ["load", "STAR"]),
        Row(arguments: ["communities", "STAR"]),
        Row(arguments: ["ego", "STAR", "Hub"]),
        Row(arguments: ["connect", "STAR", "Hub", "Partner"]),
        Row(arguments: ["reach", "STAR", "Hub"]),
        // Refused by the node cap (4,002 nodes, more than 2,000), before any layout.
        Row(arguments: ["map", "STAR", "-o", "OUT/map.svg"], status: 3),
        Row(arguments: ["export", "STAR", "--format", "graphml", "-o", "OUT/star.graphml"]),
        Row(arguments: ["export", "STAR", "--format", "csv", "-o", "OUT/tables"]),
        Row(arguments: ["timeline", "STAR", "-o", "OUT/timeline.svg"]),
        Row(arguments: ["diff", "STAR", "STAR"]),
        Row(arguments: ["diff", "STAR", "--from", "2000", "--to", "now"]),
        // Rank moves measure betweenness on the projection; --top 0 leaves them out.
        Row(arguments: ["diff", "CROWD", "--from", "2010", "--to", "now", "--top", "0"], status: 1),
        Row(arguments: ["diff", "CROWD", "--from", "2010", "--to", "now", "--top", "0", "--format", "json"], status: 1),
        Row(arguments: ["validate", "STAR"]),
        Row(arguments: ["centrality", "ISOLATED"]),
        Row(arguments: ["centrality", "ISOLATED", "--measure", "degree"]),
        Row(arguments: ["stats", "ISOLATED"]),
        Row(arguments: ["brokers", "ISOLATED"]),
        Row(arguments: ["communities", "ISOLATED"]),
    ]

    let scratch: ScratchDirectory

    init() throws {
        scratch = try ScratchDirectory("memory-guard")
        try Data(StarRegistry.yaml(groups: 4_000).utf8).write(to: path("star.yaml"))
        try Data("*Vertices 100000\n*Edges\n1 2\n2 3\n3 4\n".utf8).write(to: path("isolated.net"))
        let members = (0 ..< 1_500).map { "m\($0)" }
        let crowd = "organisations:\n" + members.map { "  - {id: \($0), name: Member \($0), kind: municipality}\n" }.joined()
            + "groups:\n  - {id: crowd, name: Crowd, kind: council, since: 2000, until: 2012, members: ["
            + members.joined(separator: ", ") + "]}\n"
        try Data(crowd.utf8).write(to: path("crowd.yaml"))
    }

    func path(_ name: String) -> URL { scratch.url.appendingPathComponent(name) }

    func check(_ row: Row) throws {
        let arguments = row.arguments.map { word in
            switch word {
            case "STAR": path("star.yaml").path
            case "ISOLATED": path("isolated.net").path
            case "CROWD": path("crowd.yaml").path
            default: word.hasPrefix("OUT/") ? path(String(word.dropFirst(4))).path : word
            }
        }
        let used = try CommandRunner.resources(arguments, scratch: scratch.url)
        #expect(used.status == row.status, "\(row.testDescription): \(used)")
        #expect(used.peakResidentBytes < memoryGuard(megabytes: 200), "\(row.testDescription): \(used)")
    }

    @Test(arguments: rows)
    func peakResidentMemoryStaysLinear(_ row: Row) throws {
        try check(row)
    }
}
