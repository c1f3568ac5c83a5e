import Foundation
import PartnerRegistry
import SamverkanTestSupport
import Testing

/// Pair lists and projections on a star (one organisation in many
/// groups, `StarRegistry`): the lists are capped by `--limit` and say how
/// many pairs there are, and a large projection is announced before it
/// is built.
@Suite final class StarRegistryTests {
    let scratch: ScratchDirectory
    /// 120 groups: 7,140 pairs of groups, every one a containment (Group 0
    /// holds Hub and Partner, the others Hub alone), and one pair of
    /// organisations.
    let star: String

    init() throws {
        scratch = try ScratchDirectory("star")
        star = scratch.url.appendingPathComponent("star.yaml").path
        try Data(StarRegistry.yaml(groups: 120).utf8).write(to: URL(fileURLWithPath: star))
    }

    func run(_ arguments: String...) throws -> CommandResult {
        try CommandRunner.run(arguments, in: scratch.url)
    }

    @Test func overlapTableStatesTheCut() throws {
        let r = try run("overlap", star)
        #expect(r.status == 0, "\(r)")
        let lines = r.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains(
            "showing the first 1,000 of 7,140 group pairs in this order (--limit N or --limit all to change)"))
        #expect(lines.contains(
            "showing the first 1,000 of 7,140 containments in this order (--limit N or --limit all to change)"))
        #expect(!r.stdout.contains("organisation pairs in this order"))  // one pair, not cut
        #expect(lines.filter { $0.hasPrefix("Group ") && $0.hasSuffix("Hub") }.count == 1_000)
        #expect(r.stderr.isEmpty)

        let five = try run("overlap", star, "--limit", "5", "--groups")
        #expect(five.stdout.contains("showing the first 5 of 7,140 group pairs"))
        #expect(five.stdout.split(separator: "\n").filter { $0.hasPrefix("Group ") && $0.hasSuffix("Hub") }.count == 5)

        let none = try run("overlap", star, "--limit", "0", "--groups")
        #expect(none.status == 0, "\(none)")
        #expect(none.stdout.contains("showing none of 7,140 group pairs"))
        #expect(!none.stdout.contains("none\n"))  // "none" is for lists that are empty, not cut
    }

    @Test func overlapJSONAndCSVCountEveryPair() throws {
        let json = try run("overlap", star, "--format", "json")
        #expect(json.status == 0, "\(json)")
        let report = try JSONDecoder().decode(OverlapReport.self, from: Data(json.stdout.utf8))
        #expect(report.limit == 1_000)
        #expect(report.groupPairs.count == 1_000 && report.groupPairTotal == 7_140)
        #expect(report.containments.count == 1_000 && report.containmentTotal == 7_140)
        #expect(report.organisationPairs.count == 1 && report.organisationPairTotal == 1)
        #expect(json.stderr == "samverkan overlap: showing the first 1,000 of 7,140 group pairs in this order "
            + "(--limit N or --limit all to change); showing the first 1,000 of 7,140 containments in this order "
            + "(--limit N or --limit all to change)\n")

        let csv = try run("overlap", star, "--format", "csv", "--limit", "10")
        let rows = csv.stdout.split(separator: "\n").map(String.init)
        #expect(rows.first?.hasSuffix(",second_uncertain,uncertain,pair_total,as_of") == true)
        #expect(rows.filter { $0.hasPrefix("groups,") }.count == 10)
        #expect(rows.filter { $0.hasPrefix("groups,") }.allSatisfy { $0.hasSuffix(",7140,now") })
        #expect(rows.filter { $0.hasPrefix("organisations,") }.allSatisfy { $0.hasSuffix(",1,now") })

        let all = try run("overlap", star, "--format", "json", "--limit", "all")
        let whole = try JSONDecoder().decode(OverlapReport.self, from: Data(all.stdout.utf8))
        #expect(whole.limit == nil && whole.groupPairs.count == 7_140 && whole.containments.count == 7_140)
        #expect(all.stderr.isEmpty)
    }

    @Test(arguments: ["-1", "many", "1.5"])
    func overlapRefusesABadLimit(_ value: String) throws {
        let r = try run("overlap", star, "--limit", value)
        #expect(r.status == 64, "\(r)")
        #expect(r.stderr.contains("--limit"))
        #expect(r.stdout.isEmpty)
    }

    /// The explorer's forum table holds its 100 rows and says how many pairs there are.
    @Test func reportStatesTheForumCut() throws {
        let page = scratch.url.appendingPathComponent("page.html").path
        let r = try run("report", star, "-o", page)
        #expect(r.status == 0, "\(r)")
        let html = try String(contentsOfFile: page, encoding: .utf8)
        #expect(html.contains("Showing the 100 most similar of 7140 pairs."))
    }

    /// Degree on the groups' projection is counted on the two-mode graph:
    /// every group of a star is tied to all the others. Other measures
    /// build the projection, and say first how large it will be.
    @Test func groupProjectionOfAStarIsAnnouncedOrAvoided() throws {
        let big = scratch.url.appendingPathComponent("big.yaml").path
        try Data(StarRegistry.yaml(groups: 1_500).utf8).write(to: URL(fileURLWithPath: big))
        let degree = try run("centrality", big, "--mode", "groups", "--measure", "degree", "--format", "csv")
        #expect(degree.status == 0, "\(degree)")
        #expect(degree.stderr.isEmpty)
        let rows = degree.stdout.split(separator: "\n").dropFirst()
        #expect(rows.count == 1_500)
        // d / (n − 1) as Graph.degreeCentrality computes it, for d = n − 1: one tie, rank 1 for all.
        let score = "\(Double(1_499) * (1 / Double(1_499)))"
        #expect(rows.allSatisfy { $0.hasPrefix("1,") && $0.contains(",group,council,\(score),") })

        let pagerank = try run("centrality", big, "--mode", "groups", "--measure", "pagerank", "--top", "3")
        #expect(pagerank.status == 0, "\(pagerank)")
        #expect(pagerank.stderr == "samverkan centrality: the groups' projection will have 1,124,250 ties ('Hub' sits "
            + "in 1,500 groups, all tied to each other), about 26 MB; building it and measuring on it may take long. "
            + "The two-mode graph (leave out --mode) and --measure degree need no projection.\n")
        let export = try run(
            "export", big, "--format", "pajek", "--mode", "groups", "-o", scratch.url.appendingPathComponent("g.net").path)
        #expect(export.status == 0, "\(export)")
        #expect(export.stderr == "samverkan export: the groups' projection will have 1,124,250 ties ('Hub' sits in "
            + "1,500 groups, all tied to each other), about 26 MB; building and writing it may take long. --mode "
            + "two-mode (the default) writes the organisation–group graph instead.\n")
        // A small projection is built without a word.
        let small = try run("centrality", star, "--mode", "groups", "--measure", "pagerank", "--top", "3")
        #expect(small.status == 0 && small.stderr.isEmpty, "\(small)")
    }

    /// The mirror of a star, one group of 1,500 members, makes an
    /// organisations' projection of 1,124,250 ties: the commands that build
    /// it say so first, and narrowing the view away from the group silences them.
    @Test func organisationProjectionOfABigGroupIsAnnounced() throws {
        var text = "organisations:\n"
        for i in 0 ..< 1_500 { text += "  - {id: o\(i), name: Org \(i), kind: municipality}\n" }
        text += "groups:\n  - {id: big, name: Big, kind: council, members: ["
            + (0 ..< 1_500).map { "o\($0)" }.joined(separator: ", ") + "]}\n"
            + "  - {id: small, name: Small, kind: working-group, members: [o0, o1]}\n"
        let big = scratch.url.appendingPathComponent("big.yaml").path
        try Data(text.utf8).write(to: URL(fileURLWithPath: big))
        let stats = try run("stats", big, "--quick")
        #expect(stats.status == 0, "\(stats)")
        #expect(stats.stderr == "samverkan stats: the organisations' projection will have 1,124,250 ties ('Big' has "
            + "1,500 members, all tied to each other), about 26 MB; building it may take long. Narrow the view "
            + "(--group-kind, --level, --as-of) to leave the largest groups out.\n")
        let narrowed = try run("communities", big, "--group-kind", "working-group")
        #expect(narrowed.status == 0 && narrowed.stderr.isEmpty, "\(narrowed)")
    }

    /// timeline measures every step on the organisations' projection and
    /// says so before the first step when one group makes it quadratic; a
    /// view that leaves the group out is silent. (Only the notice is
    /// checked: `--to 1999` names a step before any date, where nothing is
    /// present, so no projection is built.)
    @Test func timelineAnnouncesABigGroupsProjection() throws {
        var text = "organisations:\n"
        for i in 0 ..< 1_500 { text += "  - {id: o\(i), name: Org \(i), kind: municipality}\n" }
        text += "groups:\n  - {id: big, name: Big, kind: council, since: 2000, members: ["
            + (0 ..< 1_500).map { "o\($0)" }.joined(separator: ", ") + "]}\n"
        let big = scratch.url.appendingPathComponent("big-dated.yaml").path
        try Data(text.utf8).write(to: URL(fileURLWithPath: big))
        let timeline = try run("timeline", big, "--from", "1999", "--to", "1999")
        #expect(timeline.status == 0, "\(timeline)")
        #expect(timeline.stderr.hasPrefix("samverkan timeline: the organisations' projection will have 1,124,250 ties"),
                "\(timeline)")
        let narrowed = try run("timeline", big, "--from", "1999", "--to", "1999", "--group-kind", "working-group")
        #expect(narrowed.status == 0 && narrowed.stderr.isEmpty, "\(narrowed)")
    }
}
