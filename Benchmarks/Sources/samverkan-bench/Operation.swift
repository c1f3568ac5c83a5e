import BenchmarkGraphs
import Foundation
import NetworkAnalysis
import PartnerRegistry
import CollaborationMap

/// One operation the runner can time. Each returns the JSON fields:
/// `seconds` (the timed part), `vertices`, `edges` and checksums.
struct Operation: Sendable {
    let name: String
    let run: @Sendable (Options) async throws -> [String: Any]

    static let all: [Operation] = [
        generate, baseline, build, load, loadRegistry, betweenness, closeness, harmonic, pagerank, projectOrg,
        projectGroup, render, renderMaps,
    ]

    /// Checksum weights that `compare` uses too: vertex `v` (or the number in
    /// its name) weighs `v % 7 + 1`, so a permuted result changes the sum.
    static func weight(_ v: Int) -> Double { Double(v % 7 + 1) }

    /// `generate ba:N:M:SEED` or `generate aff:ORGS:GROUPS:MEMBERSHIPS:SEED`:
    /// the FNV-1a hash of the file `compare` writes for the same graph, so
    /// that `compare --check-generators` can prove both generators agree.
    static let generate = Operation(name: "generate") { options in
        let parts = options.file.split(separator: ":").map(String.init)
        let numbers = parts.dropFirst().compactMap { Int($0) }
        var text = ""
        switch (parts.first, numbers.count) {
        case ("ba", 3):
            let g = BarabasiAlbert(vertexCount: numbers[0], edgesPerVertex: numbers[1], seed: UInt64(numbers[2]))
            for (u, v) in g.edges { text += "\(u) \(v)\n" }
        case ("aff", 4):
            text = Affiliation(
                organisations: numbers[0], groups: numbers[1], memberships: numbers[2], seed: UInt64(numbers[3])
            ).csv
        default:
            throw RunnerError.usage("generate takes ba:N:M:SEED or aff:ORGS:GROUPS:MEMBERSHIPS:SEED")
        }
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in text.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3 }
        return ["fnv1a": String(hash, radix: 16), "bytes": text.utf8.count]
    }

    /// The process doing nothing: its peak RSS is the runtime's share of
    /// every other measurement.
    static let baseline = Operation(name: "baseline") { _ in ["seconds": 0.0] }

    /// `load FILE.csv`: the membership CSV read straight into the two-mode
    /// CSR graph (`RegistryLoader.loadNetwork(path:)`: parse, check every
    /// cell, intern names, build the CSR), all timed.
    static let load = Operation(name: "load") { options in
        let (seconds, network) = try timed { try RegistryLoader.loadNetwork(path: options.file) }
        let graph = network.graph.graph
        let names = network.organisationNames + network.groupNames
        return ["seconds": seconds, "vertices": graph.vertexCount, "edges": graph.edgeCount,
                "wsum": nameWeightedDegreeSum(graph) { names[Int($0)] }]
    }

    /// `load-registry FILE.csv`: the same CSV read into a full `Registry`
    /// (every membership kept as a value, with its position) and viewed as
    /// a network (`NetworkView`), all timed.
    static let loadRegistry = Operation(name: "load-registry") { options in
        let (seconds, view) = try timed { () throws -> NetworkView in
            NetworkView(registry: try RegistryLoader.load(path: options.file))
        }
        return ["seconds": seconds, "vertices": view.graph.vertexCount, "edges": view.graph.edgeCount,
                "wsum": nameWeightedDegreeSum(view.graph) { view.name($0) }]
    }

    /// Σ weight(number in the vertex's name, org123 → 123) · degree, the
    /// checksum `compare` computes for the loaded graph too.
    static func nameWeightedDegreeSum(_ graph: Graph, name: (Int32) -> String) -> Double {
        var total = 0.0
        for v in graph.vertices { total += weight(Int(name(v).dropFirst(3)) ?? 0) * Double(graph.outDegree(v)) }
        return total
    }

    /// CSR build from an in-memory edge list (`Graph(vertexCount:edges:)`).
    static let build = Operation(name: "build") { options in
        let (n, edges) = try EdgeListFile.read(options.file)
        let before = ProcessMemory.read()
        let (seconds, graph) = try timed { try Graph(vertexCount: n, edges: edges) }
        let after = ProcessMemory.read()
        var weighted = 0.0
        for v in graph.vertices { weighted += weight(Int(v)) * Double(graph.outDegree(v)) }
        return [
            "seconds": seconds, "vertices": graph.vertexCount, "edges": graph.edgeCount, "wsum": weighted,
            "footprint_bytes": graph.memoryFootprint,
            // Resident memory the built graph holds on to (the builder's
            // temporary arrays are freed by then), and the peak above the
            // starting point while building, from /proc/self/status.
            "rss_growth_bytes": after.resident - before.resident,
            "build_peak_growth_bytes": max(0, after.peak - before.resident),
        ]
    }

    // MARK: Centralities on an edge list (`compare` checks them against igraph)

    /// Reads the edge list (not timed) and the optional source/vertex sample.
    static func input(_ options: Options) throws -> (Graph, [Int32]?) {
        let (n, edges) = try EdgeListFile.read(options.file)
        let graph = try Graph(vertexCount: n, edges: edges)
        let sample = try options.sources.map(EdgeListFile.readVertices)
        return (graph, sample)
    }

    static func scoreFields(_ scores: VertexScores, seconds: Double, graph: Graph) -> [String: Any] {
        var sum = 0.0, weighted = 0.0
        for (v, x) in scores.values.enumerated() { sum += x; weighted += weight(v) * x }
        return [
            "seconds": seconds, "vertices": graph.vertexCount, "edges": graph.edgeCount,
            "sum": sum, "wsum": weighted, "max": scores.maximum ?? 0,
        ]
    }

    /// Raw betweenness (`normalization: .none`, igraph's values), exact, or
    /// from the sources in `--sources` (`.subset`, igraph `sources=`).
    static let betweenness = Operation(name: "betweenness") { options in
        let (graph, sample) = try input(options)
        let (seconds, scores) = try timed {
            try graph.betweennessCentrality(
                normalization: .none, sources: sample.map { .subset($0) } ?? .all, parallelism: options.threads)
        }
        return scoreFields(scores, seconds: seconds, graph: graph)
    }

    /// Checksums of scores given for `vertices` (in that order).
    static func sampleFields(_ scores: [Double], of vertices: [Int32], seconds: Double, graph: Graph) -> [String: Any] {
        var sum = 0.0, weighted = 0.0
        for (v, x) in zip(vertices, scores) { sum += x; weighted += weight(Int(v)) * x }
        return [
            "seconds": seconds, "vertices": graph.vertexCount, "edges": graph.edgeCount,
            "sum": sum, "wsum": weighted, "max": scores.max() ?? 0,
        ]
    }

    /// Closeness `(r − 1)/Σd` (`.reachable`, igraph `normalized=True`), of
    /// every vertex or of the vertices in `--sources` (igraph `vertices=`).
    static let closeness = Operation(name: "closeness") { options in
        try distanceMeasure(options) { graph, sample, threads in
            try graph.closenessCentrality(of: sample, normalization: .reachable, parallelism: threads)
        } all: { graph, threads in
            try graph.closenessCentrality(normalization: .reachable, parallelism: threads)
        }
    }

    /// Harmonic centrality `Σ 1/d` (`.none`, igraph `normalized=False`), of
    /// every vertex or of the vertices in `--sources`.
    static let harmonic = Operation(name: "harmonic") { options in
        try distanceMeasure(options) { graph, sample, threads in
            try graph.harmonicCentrality(of: sample, normalization: .none, parallelism: threads)
        } all: { graph, threads in
            try graph.harmonicCentrality(normalization: .none, parallelism: threads)
        }
    }

    /// A closeness-like measure of the vertices in `--sources`, or of every
    /// vertex, timed, with the checksum fields.
    static func distanceMeasure(
        _ options: Options, sample measure: (Graph, [Int32], Int) throws -> [Double],
        all: (Graph, Int) throws -> VertexScores
    ) throws -> [String: Any] {
        let (graph, sample) = try input(options)
        if let sample {
            let (seconds, scores) = try timed { try measure(graph, sample, options.threads) }
            return sampleFields(scores, of: sample, seconds: seconds, graph: graph)
        }
        let (seconds, scores) = try timed { try all(graph, options.threads) }
        return scoreFields(scores, seconds: seconds, graph: graph)
    }

    /// PageRank, damping 0.85, at the library's default tolerance (to the
    /// fixed point; igraph's PRPACK solves the system directly).
    static let pagerank = Operation(name: "pagerank") { options in
        let (graph, _) = try input(options)
        let (seconds, scores) = try timed {
            try graph.pageRank(damping: 0.85)
        }
        return scoreFields(scores, seconds: seconds, graph: graph)
    }

    // MARK: Projections of the numbered two-mode edge list

    static func project(_ options: Options, onto side: TwoModeSide) throws -> [String: Any] {
        guard let organisations = options.organisations else {
            throw RunnerError.usage("projections need --organisations N (organisation vertices come first)")
        }
        let (n, edges) = try EdgeListFile.read(options.file)
        let graph = try Graph(vertexCount: n, edges: edges)
        let twoMode = try TwoModeGraph(graph: graph, bottom: (Int32(organisations) ..< Int32(n)).map { $0 })
        let (seconds, projection) = timed { twoMode.projection(onto: side, weighting: .sharedNeighbors) }
        let p = projection.graph
        var total = 0.0, weighted = 0.0
        for u in p.vertices {
            var strength = 0.0
            for w in p.weights(of: u) { strength += w }
            total += strength
            weighted += weight(Int(projection.vertices[Int(u)])) * strength
        }
        return [
            "seconds": seconds, "vertices": p.vertexCount, "edges": p.edgeCount, "sum": total / 2,
            "wsum": weighted, "footprint_bytes": p.memoryFootprint,
        ]
    }

    /// Organisations joined by the number of groups they share.
    static let projectOrg = Operation(name: "project-org") { options in try project(options, onto: .top) }

    /// Groups joined by the number of members they share.
    static let projectGroup = Operation(name: "project-group") { options in try project(options, onto: .bottom) }

    // MARK: Rendering

    /// `render REGISTRY`: the registry loaded (not timed), then the map
    /// built and rendered to SVG in-process through libgvc (timed).
    static let render = Operation(name: "render") { options in
        let registry = try RegistryLoader.load(path: options.file)
        let clock = ContinuousClock()
        let start = clock.now
        let map = try CollaborationMap(registry: registry)
        let svg = try await map.render(format: .svg)
        let d = start.duration(to: clock.now)
        let seconds = Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18
        return ["seconds": seconds, "bytes": svg.count, "nodes": map.model.nodes.count, "edges": map.model.edges.count]
    }

    /// `render-maps REGISTRY [--repeat N] [--engine E] [--ego]`: the
    /// registry loaded (not timed), then N whole maps — or, with `--ego`,
    /// one ego map (radius 2) per organisation — each built, encoded, laid
    /// out and rendered to SVG in this one process, all timed. `seconds`
    /// is the total; `maps` how many were drawn.
    static let renderMaps = Operation(name: "render-maps") { options in
        let registry = try RegistryLoader.load(path: options.file)
        guard let engine = LayoutEngine(rawValue: options.engine) else {
            throw RunnerError.usage("unknown engine '\(options.engine)'")
        }
        let focuses: [MapFocus?] = options.ego
            ? registry.organisations.map { MapFocus(organisation: $0.id, radius: 2) }
            : [MapFocus?](repeating: nil, count: options.repeatCount)
        let clock = ContinuousClock()
        let start = clock.now
        var bytes = 0
        for focus in focuses {
            // No size guard: the 5,000-node comparison map is above the default limit on purpose.
            let map = try CollaborationMap(
                registry: registry, options: MapOptions(engine: engine, focus: focus, sizeLimit: nil))
            bytes += try await map.render(format: .svg).count
        }
        let d = start.duration(to: clock.now)
        let seconds = Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18
        return ["seconds": seconds, "maps": focuses.count, "bytes": bytes]
    }
}
