import Benchmark
import BenchmarkGraphs
import CollaborationMap
import Foundation
import NetworkAnalysis
import PartnerRegistry

/// In-process micro-benchmarks on small seeded graphs (the generators of
/// `Benchmarks/compare`), sized so that `swift package benchmark` takes a
/// few minutes. The comparison with other libraries is `Benchmarks/compare`.
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .cpuTotal, .mallocCountTotal, .peakMemoryResident],
        timeUnits: .microseconds,
        warmupIterations: 1,
        maxDuration: .seconds(3),
        maxIterations: 100
    )
    let slow = Benchmark.Configuration(
        metrics: [.wallClock, .cpuTotal, .peakMemoryResident],
        timeUnits: .milliseconds,
        warmupIterations: 0,
        maxDuration: .seconds(5),
        maxIterations: 5
    )

    let ba10k = BarabasiAlbert(vertexCount: 10_000, edgesPerVertex: 5, seed: 1)
    let ba2k = BarabasiAlbert(vertexCount: 2_000, edgesPerVertex: 5, seed: 1)
    let affiliation = Affiliation(organisations: 20_000, groups: 2_000, memberships: 100_000, seed: 3)
    let affiliationEdges = affiliation.edges
    let affiliationVertices = affiliation.organisationCount + affiliation.groupCount

    // MARK: Building

    Benchmark("CSR build: BA 10k/50k") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(try Graph(vertexCount: ba10k.vertexCount, edges: ba10k.edges))
        }
    }

    Benchmark("CSR build: two-mode 20k×2k/100k") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(try Graph(vertexCount: affiliationVertices, edges: affiliationEdges))
        }
    }

    let csv = Data(affiliation.csv.utf8)
    Benchmark("CSV registry load + two-mode graph: 20k×2k/100k") { benchmark in
        for _ in benchmark.scaledIterations {
            let registry = try RegistryLoader.load(data: csv, fileName: "aff20k.csv", format: .csv)
            blackHole(NetworkView(registry: registry))
        }
    }

    // MARK: Projections

    let twoMode = try? TwoModeGraph(
        topCount: affiliation.organisationCount, bottomCount: affiliation.groupCount,
        memberships: affiliation.memberships.map { ($0.organisation, $0.group) })
    if let twoMode {
        Benchmark("Projection onto organisations: 20k×2k/100k", configuration: slow) { benchmark in
            for _ in benchmark.scaledIterations { blackHole(twoMode.projection(onto: .top)) }
        }
        Benchmark("Projection onto groups: 20k×2k/100k") { benchmark in
            for _ in benchmark.scaledIterations { blackHole(twoMode.projection(onto: .bottom)) }
        }
    }

    // MARK: Centralities (BA 2k/10k for the Θ(V·E) ones)

    guard let small = try? Graph(vertexCount: ba2k.vertexCount, edges: ba2k.edges),
          let medium = try? Graph(vertexCount: ba10k.vertexCount, edges: ba10k.edges)
    else { return }

    Benchmark("Betweenness, exact, 1 thread: BA 2k/10k", configuration: slow) { benchmark in
        for _ in benchmark.scaledIterations { blackHole(try small.betweennessCentrality(normalization: .none)) }
    }
    Benchmark("Betweenness, exact, 2 threads: BA 2k/10k", configuration: slow) { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(try small.betweennessCentrality(normalization: .none, parallelism: 2))
        }
    }
    Benchmark("Betweenness, 200 sources, 1 thread: BA 10k/50k", configuration: slow) { benchmark in
        let sources: SourceSelection = .subset((0 ..< 200).map { Int32($0 * 50) })
        for _ in benchmark.scaledIterations {
            blackHole(try medium.betweennessCentrality(normalization: .none, sources: sources))
        }
    }
    Benchmark("Closeness: BA 2k/10k", configuration: slow) { benchmark in
        for _ in benchmark.scaledIterations { blackHole(try small.closenessCentrality()) }
    }
    Benchmark("Harmonic: BA 2k/10k", configuration: slow) { benchmark in
        for _ in benchmark.scaledIterations { blackHole(try small.harmonicCentrality()) }
    }
    Benchmark("PageRank (tolerance 1e-10): BA 10k/50k") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(try medium.pageRank(maxIterations: 10_000, tolerance: 1e-10))
        }
    }

    // MARK: Rendering (libgvc in-process)

    let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    if let registry = try? RegistryLoader.load(path: root.appendingPathComponent("graphs/vasterbotten.yaml").path) {
        Benchmark("Map: build + render SVG, vasterbotten.yaml", configuration: slow) { benchmark in
            for _ in benchmark.scaledIterations {
                let map = try CollaborationMap(registry: registry)
                blackHole(try await map.render(format: .svg))
            }
        }
        Benchmark("Map: build model + DOT only, vasterbotten.yaml") { benchmark in
            for _ in benchmark.scaledIterations {
                blackHole(try CollaborationMap(registry: registry).dot)
            }
        }
    }
}
