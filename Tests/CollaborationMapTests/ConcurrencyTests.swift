import CollaborationMap
import Foundation
import Testing

/// Graphviz is not thread-safe; the renderer serialises every call. Many
/// tasks rendering at once, on the shared renderer and on renderers of
/// their own, must all get exactly what a lone rendering gets.
@Suite struct ConcurrencyTests {
    @Test func fiftyConcurrentRendersMatchSequentialOnes() async throws {
        let jobs: [(LayoutEngine, MapFormat)] = [(.dot, .svg), (.neato, .svg), (.fdp, .png), (.dot, .pdf), (.twopi, .svg)]
        var reference: [Int: Data] = [:]
        for (i, job) in jobs.enumerated() {
            let map = try CollaborationMap(registry: TinyRegistry.registry, options: MapOptions(engine: job.0))
            reference[i] = try await map.render(format: job.1)
        }
        let own = [GraphvizRenderer(), GraphvizRenderer(), GraphvizRenderer()]
        let results = try await withThrowingTaskGroup(of: (Int, Data).self) { group in
            for n in 0 ..< 50 {
                let job = n % jobs.count
                let renderer = n % 4 == 0 ? GraphvizRenderer.shared : own[n % own.count]
                group.addTask {
                    let (engine, format) = jobs[job]
                    let map = try CollaborationMap(registry: TinyRegistry.registry, options: MapOptions(engine: engine))
                    return (job, try await map.render(format: format, using: renderer))
                }
            }
            var all: [(Int, Data)] = []
            for try await result in group { all.append(result) }
            return all
        }
        #expect(results.count == 50)
        for (job, data) in results { #expect(ByteDifference(data, reference[job] ?? Data()) == nil, "job \(job)") }
    }

    @Test func concurrentFailuresStayTyped() async throws {
        let outcomes = await withTaskGroup(of: Bool.self) { group in
            for n in 0 ..< 20 {
                group.addTask {
                    do {
                        _ = try await GraphvizRenderer.shared.render(dot: n % 2 == 0 ? "graph { a -- ; }" : "graph { a -- b }")
                        return n % 2 == 1
                    } catch let error as GraphvizError {
                        guard case let .syntax(message) = error else { return false }
                        return n % 2 == 0 && message.contains("syntax error")
                    } catch {
                        return false
                    }
                }
            }
            var all: [Bool] = []
            for await ok in group { all.append(ok) }
            return all
        }
        #expect(outcomes.count == 20)
        #expect(outcomes.allSatisfy { $0 })
    }
}
