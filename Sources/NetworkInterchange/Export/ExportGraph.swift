import NetworkAnalysis
import PartnerRegistry

/// A value of an exported attribute.
enum ExportValue {
    case string(String)
    case int(Int)
    case double(Double)
    case bool(Bool)
}

/// An attribute's declared type, as GraphML, GEXF and Neo4j headers name it.
enum ExportValueType {
    case string, int, double, bool
}

/// One attribute of the nodes or of the edges.
struct ExportAttribute {
    var name: String
    var type: ExportValueType
}

/// The graph an export writes, built once from a registry view: vertices
/// with their attributes, edges with theirs, and the days each exists.
///
/// Representation: in two-mode the vertices are the view's organisations
/// (`0 ..< topCount`) then its groups, as in `NetworkView`; an edge joins an
/// organisation and a group and stands for every tie between them (each
/// membership, and the convening of a group, which counts as a membership
/// as the analyses count it), so the graph is exactly the one `centrality`
/// and the other analyses see. Ties are kept in CSR form (`tieOffsets`,
/// `ties`): a tie `t >= 0` is membership `t` of the viewed registry, a tie
/// `t < 0` is convening `-1 - t` of `convenings`. In a projection the
/// vertices are one side and each edge carries its weight (shared groups
/// or members).
struct ExportGraph: Sendable {
    let registry: Registry
    let mode: NetworkMode
    let scope: RegistryScope
    /// Organisations in vertex order (empty in the groups projection).
    let organisations: [Int]
    /// Groups in vertex order (empty in the organisations projection).
    let groups: [Int]
    var nodeCount: Int { organisations.count + groups.count }
    /// Organisation vertices come first: `0 ..< topCount`.
    var topCount: Int { organisations.count }

    private(set) var edgeEnds: [Int32] = []
    private(set) var edgeWeights: [Double] = []
    private(set) var tieOffsets: [Int32] = [0]
    private(set) var ties: [Int32] = []
    private(set) var convenings: [(organisation: Int32, group: Int32)] = []

    var edgeCount: Int { edgeEnds.count / 2 }

    /// Lifetimes of organisations and groups (registry positions), by
    /// their validity and successors.
    private let organisationSpans: [DaySpan]
    private let groupSpans: [DaySpan]

    init(registry viewed: Registry, mode: NetworkMode, scope: RegistryScope) {
        registry = viewed
        self.mode = mode
        self.scope = scope
        organisations = mode == .groups ? [] : Array(viewed.organisations.indices)
        groups = mode == .organisations ? [] : Array(viewed.groups.indices)
        (organisationSpans, groupSpans) = Self.entitySpans(viewed)
        switch mode {
        case .twoMode: buildTwoMode()
        case .organisations, .groups: buildProjection()
        }
    }

    // MARK: Building

    private mutating func buildTwoMode() {
        let r = registry
        let orgCount = r.organisations.count
        for (j, g) in r.groups.enumerated() {
            for c in g.conveners {
                if let i = r.index(of: c) { convenings.append((Int32(i), Int32(j))) }
            }
        }
        // Ties bucketed by organisation, in registry order (memberships, then conveners).
        var counts = [Int32](repeating: 0, count: orgCount + 1)
        for e in r.membershipEndpoints where e.organisation >= 0 && e.group >= 0 { counts[Int(e.organisation) + 1] += 1 }
        for c in convenings { counts[Int(c.organisation) + 1] += 1 }
        for i in 0 ..< orgCount { counts[i + 1] += counts[i] }
        var byOrganisation = [Int32](repeating: 0, count: Int(counts[orgCount]))
        var next = counts
        for (m, e) in r.membershipEndpoints.enumerated() where e.organisation >= 0 && e.group >= 0 {
            byOrganisation[Int(next[Int(e.organisation)])] = Int32(m)
            next[Int(e.organisation)] += 1
        }
        for (k, c) in convenings.enumerated() {
            byOrganisation[Int(next[Int(c.organisation)])] = -1 - Int32(k)
            next[Int(c.organisation)] += 1
        }
        // One edge per (organisation, group), in order of the group's first tie.
        var slot = [Int32](repeating: -1, count: r.groups.count)
        edgeEnds.reserveCapacity(2 * byOrganisation.count)
        ties.reserveCapacity(byOrganisation.count)
        tieOffsets.reserveCapacity(byOrganisation.count + 1)
        var local: [(edge: Int32, tie: Int32)] = []
        var perEdge: [Int32] = []
        for o in 0 ..< orgCount {
            let range = Int(counts[o]) ..< Int(counts[o + 1])
            guard !range.isEmpty else { continue }
            local.removeAll(keepingCapacity: true)
            let firstEdge = edgeCount
            for t in byOrganisation[range] {
                let g = t >= 0 ? r.membershipEndpoints[Int(t)].group : convenings[Int(-1 - t)].group
                if slot[Int(g)] < 0 {
                    slot[Int(g)] = Int32(edgeCount)
                    edgeEnds.append(Int32(o))
                    edgeEnds.append(Int32(orgCount) + g)
                    edgeWeights.append(1)
                }
                local.append((slot[Int(g)], t))
            }
            // Ties grouped by edge, keeping registry order within an edge.
            let n = edgeCount - firstEdge
            perEdge.removeAll(keepingCapacity: true)
            perEdge.append(contentsOf: repeatElement(0, count: n + 1))
            for item in local { perEdge[Int(item.edge) - firstEdge + 1] += 1 }
            for k in 0 ..< n { perEdge[k + 1] += perEdge[k] }
            let base = ties.count
            ties.append(contentsOf: repeatElement(0, count: local.count))
            for item in local {
                let k = Int(item.edge) - firstEdge
                ties[base + Int(perEdge[k])] = item.tie
                perEdge[k] += 1
            }
            for k in 0 ..< n { tieOffsets.append(Int32(base) + perEdge[k]) }
            for e in firstEdge ..< edgeCount { slot[Int(edgeEnds[2 * e + 1]) - orgCount] = -1 }
        }
    }

    private mutating func buildProjection() {
        let view = NetworkView(registry: registry)
        let twoMode: TwoModeGraph
        do {
            twoMode = try view.twoModeGraph()
        } catch {
            preconditionFailure("a registry's network always has its two sides: \(error)")
        }
        let projection = twoMode.projection(onto: mode == .organisations ? .top : .bottom)
        let g = projection.graph
        for u in g.vertices {
            let row = Int(g.offsets[Int(u)]) ..< Int(g.offsets[Int(u) + 1])
            for arc in row where g.targets[arc] > u {
                edgeEnds.append(u)
                edgeEnds.append(g.targets[arc])
                edgeWeights.append(g.isWeighted ? g.weights[arc] : 1)
                tieOffsets.append(Int32(ties.count))
            }
        }
    }

    private static func entitySpans(_ r: Registry) -> ([DaySpan], [DaySpan]) {
        var orgSpans = r.organisations.map { r.lifetime($0.validity, $0.sources) }
        var groupSpans = r.groups.map { r.lifetime($0.validity, $0.sources) }
        // A successor's start ends its predecessor (as `Registry.view` has it).
        for step in r.successions where step.kind == .replaces {
            let since: PartialDate? = switch step.successor {
            case let .organisation(id): r.organisation(id)?.validity.since
            case let .group(id): r.group(id)?.validity.since
            default: nil
            }
            guard let since else { continue }
            let end = DaySpan.first(since) - 1
            switch step.predecessor {
            case let .organisation(id):
                if let i = r.index(of: id) { orgSpans[i].end = min(orgSpans[i].end ?? .max, end) }
            case let .group(id):
                if let j = r.index(of: id) { groupSpans[j].end = min(groupSpans[j].end ?? .max, end) }
            default: break
            }
        }
        return (orgSpans, groupSpans)
    }

    // MARK: Reading

    func edge(_ e: Int) -> (Int32, Int32) { (edgeEnds[2 * e], edgeEnds[2 * e + 1]) }

    func ties(of e: Int) -> ArraySlice<Int32> {
        ties[Int(tieOffsets[e]) ..< Int(tieOffsets[e + 1])]
    }

    func isOrganisation(_ v: Int) -> Bool { v < organisations.count }

    /// The registry ID of vertex `v`.
    func nodeID(_ v: Int) -> String {
        isOrganisation(v)
            ? registry.organisations[organisations[v]].id.rawValue
            : registry.groups[groups[v - organisations.count]].id.rawValue
    }

    func nodeName(_ v: Int) -> String {
        isOrganisation(v)
            ? registry.organisations[organisations[v]].name
            : registry.groups[groups[v - organisations.count]].name
    }

    /// The days vertex `v` exists; `[.always]` for an undated entity.
    func spans(ofNode v: Int) -> [DaySpan] {
        let s = isOrganisation(v) ? organisationSpans[organisations[v]] : groupSpans[groups[v - organisations.count]]
        return DaySpan.union([s])
    }

    /// The days edge `e` exists: each tie's days, within both ends' days.
    /// Projection edges have no dates of their own (`[.always]`).
    func spans(ofEdge e: Int) -> [DaySpan] {
        guard mode == .twoMode else { return [.always] }
        let (o, g) = edge(e)
        let ends = organisationSpans[Int(o)].intersection(groupSpans[Int(g) - topCount])
        return DaySpan.union(ties(of: e).map { t in
            guard t >= 0 else { return ends }
            let m = registry.memberships[Int(t)]
            return registry.lifetime(m.validity, m.sources).intersection(ends)
        })
    }
}
