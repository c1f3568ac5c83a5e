import BenchmarkGraphs
import Foundation
import NetworkAnalysis
import PartnerRegistry

/// One operation the runner can time. Each returns the JSON fields:
/// `seconds` (the timed part), `vertices`, `edges` and checksums.
struct Operation: Sendable {
    let name: String
    let run: @Sendable (Options) throws -> [String: Any]

    static let all: [Operation] = [generate, baseline, build, load]

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

    /// `load FILE.csv`: the membership CSV read into a `Registry`
    /// (`RegistryLoader.load(path:)`: parse, intern names, validate) and
    /// turned into the two-mode CSR graph (`NetworkView`), all timed.
    static let load = Operation(name: "load") { options in
        let (seconds, view) = try timed { () throws -> NetworkView in
            let registry = try RegistryLoader.load(path: options.file)
            return NetworkView(registry: registry)
        }
        // Vertices weigh by the number in their name (org123, grp45), as in `compare`.
        var weighted = 0.0
        for v in view.graph.vertices {
            let number = Int(view.name(v).dropFirst(3)) ?? 0
            weighted += weight(number) * Double(view.graph.outDegree(v))
        }
        return [
            "seconds": seconds, "vertices": view.graph.vertexCount, "edges": view.graph.edgeCount,
            "wsum": weighted,
        ]
    }

    /// CSR build from an in-memory edge list (`Graph(vertexCount:edges:)`).
    static let build = Operation(name: "build") { options in
        let (n, edges) = try EdgeListFile.read(options.file)
        let (seconds, graph) = try timed { try Graph(vertexCount: n, edges: edges) }
        var weighted = 0.0
        for v in graph.vertices { weighted += weight(Int(v)) * Double(graph.outDegree(v)) }
        return [
            "seconds": seconds, "vertices": graph.vertexCount, "edges": graph.edgeCount,
            "sum": Double(2 * graph.edgeCount), "wsum": weighted,
        ]
    }
}
