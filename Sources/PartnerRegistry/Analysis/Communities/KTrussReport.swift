import NetworkAnalysis

/// The `k`-truss of a network: the largest part of it in which every tie
/// lies in at least `k − 2` triangles of that part (Cohen 2008; NetworkX
/// `k_truss(G, k)`), without isolated members. A tightly knit core that,
/// unlike a k-core, asks each tie — not only each member — to be backed
/// by shared partners.
///
/// Produced by `RegistryAnalysis.kTruss(_:mode:)` (on the organisations'
/// or the groups' projection) and `OneModeAnalysis.kTruss(_:)`.
public struct KTrussReport: Hashable, Sendable, Codable {
    /// One member of the truss.
    public struct Member: Hashable, Sendable, Codable {
        public var id: String
        public var name: String
        /// `organisation`, `group` or `node` (a one-mode network).
        public var type: String
        /// Not in the truss of the sure network (absent there, or too
        /// loosely tied): the member is in the truss only possibly.
        public var uncertain: Bool
    }

    /// One tie of the truss.
    public struct Tie: Hashable, Sendable, Codable {
        /// The one first in name order.
        public var first: String
        public var second: String
        /// The ends' IDs, in the same order.
        public var firstID: String
        public var secondID: String
        /// The tie is not in the truss of the sure network.
        public var uncertain: Bool
    }

    /// The date the registry was seen on (nil for a one-mode network).
    public var asOf: AsOf?
    /// `k`: every tie is in at least `k − 2` triangles.
    public var k: Int
    /// The projection it was found on; nil for a one-mode network.
    public var mode: NetworkMode?
    /// The members, in name order.
    public var members: [Member]
    /// The ties, by first name, then second.
    public var ties: [Tie]
    /// The registry's language (`sv`, `en`), for words beside the figures.
    public var language: String?

    /// What the figures mean.
    public static func explanation(k: Int) -> String {
        "\(k)-truss: the largest part of the network in which every tie is in at least \(max(0, k - 2)) triangle"
            + (k - 2 == 1 ? "" : "s") + " (pairs of partners who share a third); members without such ties are left out"
    }
}

extension KTrussReport {
    /// The report of `truss`, its vertices named by `member`: members and
    /// ties in name order (Swedish), ties broken by ID.
    init(asOf: AsOf?, k: Int, mode: NetworkMode?, truss: KTruss, member: (Int32) -> Member) {
        func precedes(_ a: Member, _ b: Member) -> Bool {
            a.name != b.name ? SwedishCollation.areInIncreasingOrder(a.name, b.name) : a.id < b.id
        }
        let members = truss.vertices.map(member)
        let ties = truss.edges.map { e in
            var (a, b) = (member(e.u), member(e.v))
            if precedes(b, a) { swap(&a, &b) }
            return (a, b)
        }.sorted { x, y in x.0 != y.0 ? precedes(x.0, y.0) : precedes(x.1, y.1) }
        self.init(
            asOf: asOf, k: k, mode: mode, members: members.sorted(by: precedes),
            ties: ties.map { Tie(first: $0.0.name, second: $0.1.name, firstID: $0.0.id, secondID: $0.1.id, uncertain: false) })
    }
}

extension RegistryAnalysis {
    /// The `k`-truss of the organisations' (`.organisations`) or groups'
    /// (`.groups`) projection, ties unweighted. Where some of the view is
    /// only possibly there, the truss of the sure network is found too,
    /// and a member or tie not in it is `uncertain`.
    ///
    /// - Throws: `CentralityError.noTrianglesInTwoMode` for `.twoMode`: a
    ///   two-mode graph has no triangles, so its truss for `k ≥ 3` is
    ///   empty and for `k ≤ 2` is the graph.
    /// - Complexity: O(E · d_max) on the projection, plus building it.
    ///
    /// Reproduces NetworkX `k_truss(bipartite.projected_graph(G, side), k)`.
    public func kTruss(_ k: Int, mode: NetworkMode = .organisations) throws -> KTrussReport {
        guard mode != .twoMode else { throw CentralityError.noTrianglesInTwoMode }
        var report = try trussOnView(k, mode: mode)
        if let sure = try sureAnalysis?.trussOnView(k, mode: mode) {
            let members = Set(sure.members.map(\.id))
            let ties = Set(sure.ties.map { [$0.firstID, $0.secondID].sorted() })
            for i in report.members.indices { report.members[i].uncertain = !members.contains(report.members[i].id) }
            for i in report.ties.indices {
                report.ties[i].uncertain = !ties.contains([report.ties[i].firstID, report.ties[i].secondID].sorted())
            }
        }
        report.language = registry.language
        return report
    }

    private func trussOnView(_ k: Int, mode: NetworkMode) throws -> KTrussReport {
        let projection = try view.twoModeGraph().projection(onto: mode == .organisations ? .top : .bottom)
        let truss = projection.graph.kTruss(k)
        let type = mode == .organisations ? "organisation" : "group"
        func member(_ p: Int32) -> KTrussReport.Member {
            let v = projection.vertices[Int(p)]
            return KTrussReport.Member(id: view.node(v).id, name: view.name(v), type: type, uncertain: false)
        }
        return KTrussReport(asOf: asOf, k: k, mode: mode, truss: truss, member: member)
    }
}
