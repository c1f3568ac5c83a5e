import Benchmark
import BenchmarkGraphs
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

    let ba = BarabasiAlbert(vertexCount: 10_000, edgesPerVertex: 5, seed: 1)
    let affiliation = Affiliation(organisations: 20_000, groups: 2_000, memberships: 100_000, seed: 3)
    let affiliationEdges = affiliation.edges

    Benchmark("CSR build: BA 10k/50k") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(try Graph(vertexCount: ba.vertexCount, edges: ba.edges))
        }
    }

    Benchmark("CSR build: two-mode 20k×2k/100k") { benchmark in
        let n = affiliation.organisationCount + affiliation.groupCount
        for _ in benchmark.scaledIterations {
            blackHole(try Graph(vertexCount: n, edges: affiliationEdges))
        }
    }

    let csv = Data(affiliation.csv.utf8)

    Benchmark("CSV registry load + two-mode graph: 20k×2k/100k") { benchmark in
        for _ in benchmark.scaledIterations {
            let registry = try RegistryLoader.load(data: csv, fileName: "aff20k.csv", format: .csv)
            blackHole(NetworkView(registry: registry))
        }
    }
}
