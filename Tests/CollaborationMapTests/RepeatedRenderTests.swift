import CollaborationMap
import Foundation
import Testing

/// Renders one map many times on one renderer. The output must not change;
/// under valgrind (docs/rendering.md) this test shows that memory lost per
/// rendering does not grow with the number of renderings, apart from
/// Graphviz 2.42's own known leaks. SAMVERKAN_RENDERS sets the count.
@Suite struct RepeatedRenderTests {
    @Test func repeatedRendersGiveTheSameBytes() async throws {
        let count = ProcessInfo.processInfo.environment["SAMVERKAN_RENDERS"].flatMap { Int($0) } ?? 3
        let engines = (ProcessInfo.processInfo.environment["SAMVERKAN_ENGINES"] ?? "dot,neato")
            .split(separator: ",").compactMap { LayoutEngine(rawValue: String($0)) }
        let renderer = GraphvizRenderer()
        for engine in engines {
            let map = try CollaborationMap(registry: SampleRegistry.registry, options: MapOptions(engine: engine))
            let first = try await map.render(format: .svg, using: renderer)
            for _ in 1 ..< count {
                let again = try await map.render(format: .svg, using: renderer)
                #expect(ByteDifference(first, again) == nil, "\(engine)")
            }
        }
    }
}
