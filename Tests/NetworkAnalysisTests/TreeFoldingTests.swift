import NetworkAnalysis
import Testing

/// Exact betweenness of an undirected, unweighted graph over all sources
/// folds the trees that hang off the rest of the graph before Brandes'
/// algorithm (`Graph.betweennessCentrality`'s complexity note). These tests
/// hold it to the plain algorithm: the same sums over an explicit list of
/// every source, which never folds, within 1e-9, on graphs built to have
/// trees of every shape the folding meets.
@Suite struct TreeFoldingTests {
    /// Folded against plain, both normalisations, and 1 against 3 threads.
    private func expectFoldedEqualsPlain(_ g: Graph, _ label: String) throws {
        let every = SourceSelection.subset(Array(g.vertices))
        for normalization in [BetweennessNormalization.none, .pairs] {
            let folded = try g.betweennessCentrality(normalization: normalization).values
            let plain = try g.betweennessCentrality(normalization: normalization, sources: every).values
            let worst = zip(folded, plain).map { abs($0 - $1) / max(1, abs($1)) }.max() ?? 0
            #expect(worst <= 1e-9, "\(label) \(normalization): relative difference \(worst)")
        }
        let threaded = try g.betweennessCentrality(parallelism: 3).values
        #expect(threaded == (try g.betweennessCentrality().values), "\(label): threads change the bits")
    }

    /// By hand, raw (each unordered pair once). Path a–b–c–d: b lies on
    /// {a,c} and {a,d}, c on {a,d} and {b,d}: 2 each. Star with centre 0
    /// and 4 leaves: the centre is on all C(4,2) = 6 leaf pairs. A path
    /// of 5 folds down to one vertex from both ends: the middle vertex 2
    /// is on {0,3} {0,4} {1,3} {1,4}: 4; vertices 1 and 3 on {0,x} for
    /// x = 2, 3, 4 (resp. mirrored): 3.
    @Test func wholeTreesMatchHandCounts() throws {
        let path4 = try Graph(vertexCount: 4, edges: [(0, 1), (1, 2), (2, 3)])
        #expect(try path4.betweennessCentrality(normalization: .none).values == [0, 2, 2, 0])
        let star = try Graph(vertexCount: 5, edges: [(0, 1), (0, 2), (0, 3), (0, 4)])
        #expect(try star.betweennessCentrality(normalization: .none).values == [6, 0, 0, 0, 0])
        let path5 = try Graph(vertexCount: 5, edges: [(0, 1), (1, 2), (2, 3), (3, 4)])
        #expect(try path5.betweennessCentrality(normalization: .none).values == [0, 3, 4, 3, 0])
    }

    /// A triangle with a path hanging off one corner, a star off another,
    /// a separate tree component, an isolated vertex, an edge on its own,
    /// and a self-loop on a leaf (a loop is no second neighbour). By hand
    /// for vertex 3 of the hanging path 0–3–4–5 (the component is
    /// vertices 0–9): every pair {x, y} with x ∈ {4, 5} and
    /// y ∈ {0, 1, 2, 6, 7, 8, 9} passes through it, and no other: 2 · 7 = 14.
    @Test func treesOnACycleAndLooseParts() throws {
        let edges: [(Int32, Int32)] = [
            (0, 1), (1, 2), (2, 0),  // triangle
            (0, 3), (3, 4), (4, 5),  // hanging path
            (1, 6), (6, 7), (6, 8), (6, 9),  // hanging star
            (10, 11), (11, 12), (11, 13), (13, 14),  // a tree component
            (16, 17),  // a lone edge; 15 is isolated
            (5, 5),  // a self-loop on a leaf
        ]
        let g = try Graph(vertexCount: 18, edges: edges, selfLoops: .keep)
        #expect(try g.betweennessCentrality(normalization: .none).values[3] == 14)
        try expectFoldedEqualsPlain(g, "triangle with trees")
    }

    /// Seeded random cores (sparse, so some have cycles and some do not)
    /// with random trees grafted on: every leaf depth and branching the
    /// folding queue can meet, and vertices that become leaves only after
    /// their own trees are folded.
    @Test(arguments: [UInt64(1), 2, 3, 4, 5, 6])
    func randomCoresWithGraftedTrees(seed: UInt64) throws {
        var rng = SplitMix64(seed: seed)
        let core = 30 + Int(rng.next() % 40)
        var edges: [(Int32, Int32)] = []
        for v in 1 ..< core {
            edges.append((Int32(rng.next() % UInt64(v)), Int32(v)))  // a spanning tree of the core
        }
        for _ in 0 ..< Int(rng.next() % UInt64(core)) {  // chords: cycles
            let a = Int32(rng.next() % UInt64(core)), b = Int32(rng.next() % UInt64(core))
            if a != b { edges.append((a, b)) }
        }
        var n = core
        for _ in 0 ..< 3 * core {  // grafted tree vertices, attached to any earlier vertex
            edges.append((Int32(rng.next() % UInt64(n)), Int32(n)))
            n += 1
        }
        let g = try Graph(vertexCount: n + 3, edges: edges)  // + 3 isolated vertices
        try expectFoldedEqualsPlain(g, "seed \(seed)")
    }

    /// An affiliation network where most organisations belong to one group
    /// (leaves of the two-mode graph): the two-mode scores against the
    /// plain sums under the same Borgatti–Everett scaling.
    @Test func twoModeWithSingleMembershipOrganisations() throws {
        var rng = SplitMix64(seed: 11)
        let organisations = 300, groups = 25
        var edges: [(Int32, Int32)] = []
        var seen = Set<Int>()
        for o in 0 ..< organisations {
            let memberships = o % 3 == 0 ? 1 + Int(rng.next() % 4) : 1
            for _ in 0 ..< memberships {
                let grp = Int(rng.next() % UInt64(groups))
                if seen.insert(o * groups + grp).inserted {
                    edges.append((Int32(o), Int32(organisations + grp)))
                }
            }
        }
        let g = try Graph(vertexCount: organisations + groups, edges: edges)
        try expectFoldedEqualsPlain(g, "affiliation")
        let twoMode = try TwoModeGraph(graph: g, bottom: (organisations ..< organisations + groups).map(Int32.init))
        let scores = try twoMode.betweennessCentrality().values
        let plain = try g.betweennessCentrality(normalization: .none, sources: .subset(Array(g.vertices))).values
        // The ratio to the plain raw sums is one constant per side.
        let orgRatios = (0 ..< organisations).filter { plain[$0] > 0 }.map { scores[$0] / plain[$0] }
        #expect(!orgRatios.isEmpty)
        for r in orgRatios { #expect(abs(r - orgRatios[0]) <= 1e-9 * orgRatios[0]) }
    }
}
