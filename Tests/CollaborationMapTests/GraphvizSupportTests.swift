import CGraphviz
import CGraphvizSupport
@testable import CollaborationMap
import Foundation
import Testing

/// The C of CGraphvizSupport, called directly: the region allocator behind
/// `AgMemDisc` (addresses in creation order) and the ID discipline that
/// numbers objects in order of appearance. Both touch process-wide state
/// (the pool of regions, cgraph's lexer), so each test holds the renderer's
/// lock.
@Suite struct GraphvizSupportTests {
    static func isZero(_ p: UnsafeMutableRawPointer, _ count: Int) -> Bool {
        UnsafeRawBufferPointer(start: p, count: count).allSatisfy { $0 == 0 }
    }

    @Test func regionHandsOutZeroedAlignedMemoryInIncreasingAddresses() throws {
        try GraphvizLock.withLock {
            let heap = try #require(samverkan_arena_open(nil))
            var blocks: [UnsafeMutableRawPointer] = []
            // 2 MB crosses the 1 MB commit step.
            for size in [40, 1, 0, 300, 2 << 20, 17] {
                let p = try #require(samverkan_arena_alloc(heap, size))
                #expect(UInt(bitPattern: p) % 16 == 0)
                if let last = blocks.last { #expect(p > last) }
                #expect(Self.isZero(p, size))
                memset(p, 0xAB, size)
                blocks.append(p)
            }
            // Memory freed while the region is open is not reused.
            samverkan_arena_free(heap, blocks[1])
            let after = try #require(samverkan_arena_alloc(heap, 8))
            #expect(after > blocks[blocks.count - 1])
            // Growing a block copies it to a fresh, higher block, zero-filled.
            let grown = try #require(samverkan_arena_resize(heap, blocks[0], 40, 80))
            #expect(grown > after)
            #expect(UnsafeRawBufferPointer(start: grown, count: 40).allSatisfy { $0 == 0xAB })
            #expect(Self.isZero(grown + 40, 40))
            // Freeing the first block closes the region and pools it: the next
            // open gets it back, and hands out its first address again, zeroed.
            samverkan_arena_free(heap, blocks[0])
            let reopened = try #require(samverkan_arena_open(nil))
            #expect(reopened == heap)
            let first = try #require(samverkan_arena_alloc(reopened, 64))
            #expect(first == blocks[0])
            #expect(Self.isZero(first, 64))
            samverkan_arena_free(reopened, first)
        }
    }

    @Test func readTextNumbersClustersInOrderOfAppearance() throws {
        let text = "graph g { c; b; a; subgraph cluster_z { z } subgraph cluster_y { y } subgraph cluster_x { x } }"
        let (names, consumed) = try GraphvizLock.withLock {
            var consumed = 0
            let graph = try #require(samverkan_agread_text(text, &consumed))
            defer { agclose(graph) }
            var names: [String] = []
            var subgraph = agfstsubg(graph)
            while let s = subgraph {
                names.append(String(cString: agnameof(UnsafeMutableRawPointer(s))))
                subgraph = agnxtsubg(s)
            }
            var node = agfstnode(graph)
            while let n = node {
                names.append(String(cString: agnameof(UnsafeMutableRawPointer(n))))
                node = agnxtnode(graph, n)
            }
            return (names, consumed)
        }
        #expect(consumed == text.utf8.count)
        #expect(names == ["cluster_z", "cluster_y", "cluster_x", "c", "b", "a", "z", "y", "x"])
    }
}
