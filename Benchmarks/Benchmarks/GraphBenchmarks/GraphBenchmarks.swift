import Benchmark
import BenchmarkGraphs
import NetworkAnalysis

/// In-process micro-benchmarks on small seeded graphs (the same generators
/// as `Benchmarks/compare`), sized so that `swift package benchmark` takes a
/// few minutes. The comparison with other libraries is `Benchmarks/compare`.
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .cpuTotal, .mallocCountTotal, .peakMemoryResident],
        timeUnits: .milliseconds,
        warmupIterations: 1,
        maxDuration: .seconds(5),
        maxIterations: 50
    )

    let ba = BarabasiAlbert(vertexCount: 10_000, edgesPerVertex: 5, seed: 1)

    Benchmark("CSR build, BA 10k/50k edge list") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(try Graph(vertexCount: ba.vertexCount, edges: ba.edges))
        }
    }
}
