// swift-tools-version: 6.1
// Benchmarks live in their own package so that package-benchmark and its
// dependencies never reach users of Samverkan. Not built by `make test`.
//
//   swift package benchmark                      # in-process micro-benchmarks
//   swift build -c release --product samverkan-bench
//   ./compare                                    # side by side with NetworkX, igraph, NetworKit
import PackageDescription
import class Foundation.ProcessInfo
import struct Foundation.URL

// A path dependency is known by the name of its folder, which is the
// checkout's name (main, a worktree, CI's clone), not "Samverkan".
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().lastPathComponent

let package = Package(
    name: "SamverkanBenchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        // Seeded graph generators shared by the benchmarks and the runner;
        // the same algorithms as `compare` so both see the same graphs.
        .target(
            name: "BenchmarkGraphs",
            dependencies: [.product(name: "NetworkAnalysis", package: root)],
            path: "Sources/BenchmarkGraphs"
        ),
        // One operation per process, timed inside, for `compare`.
        .executableTarget(
            name: "samverkan-bench",
            dependencies: [
                "BenchmarkGraphs",
                .product(name: "NetworkAnalysis", package: root),
                .product(name: "PartnerRegistry", package: root),
                .product(name: "CollaborationMap", package: root),
            ],
            path: "Sources/samverkan-bench"
        ),
        .executableTarget(
            name: "GraphBenchmarks",
            dependencies: [
                "BenchmarkGraphs",
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "NetworkAnalysis", package: root),
                .product(name: "PartnerRegistry", package: root),
                .product(name: "CollaborationMap", package: root),
            ],
            path: "Benchmarks/GraphBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
