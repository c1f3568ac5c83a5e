import Foundation

/// Reading the benchmark input files: whitespace-separated `u v` lines of
/// 0-based vertex numbers (the Barabási–Albert graphs) and lists of vertex
/// numbers, one per line (the sampled sources).
///
/// This is the runner's own parser, used only to get the graph into memory
/// before the timed operation starts; it is not part of the library.
public enum EdgeListFile {
    public struct FormatError: Error, CustomStringConvertible {
        public let path: String
        public let line: Int
        public var description: String { "\(path):\(line): expected non-negative integers separated by spaces (two per line for an edge list, one for a vertex list)" }
    }

    /// The edges of `path` and the vertex count (largest number + 1).
    public static func read(_ path: String) throws -> (vertexCount: Int, edges: [(Int32, Int32)]) {
        let numbers = try integers(path, perLine: 2)
        var edges: [(Int32, Int32)] = []
        edges.reserveCapacity(numbers.count / 2)
        var maxVertex: Int32 = -1
        var i = 0
        while i + 1 < numbers.count {
            edges.append((numbers[i], numbers[i + 1]))
            maxVertex = max(maxVertex, numbers[i], numbers[i + 1])
            i += 2
        }
        return (Int(maxVertex) + 1, edges)
    }

    /// The numbers of `path`, one per line.
    public static func readVertices(_ path: String) throws -> [Int32] {
        try integers(path, perLine: 1)
    }

    private static func integers(_ path: String, perLine: Int) throws -> [Int32] {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        var out: [Int32] = []
        out.reserveCapacity(data.count / 6)
        var line = 1
        var current: Int32 = 0
        var inNumber = false
        var onLine = 0
        var bad = false
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            for byte in raw {
                if byte >= 48 && byte <= 57 {
                    current = current &* 10 &+ Int32(byte - 48)
                    inNumber = true
                    continue
                }
                if inNumber { out.append(current); current = 0; inNumber = false; onLine += 1 }
                switch byte {
                case 10:
                    if onLine != 0 && onLine != perLine { bad = true; return }
                    onLine = 0
                    line += 1
                case 32, 9, 13: continue
                default: bad = true; return
                }
            }
            if inNumber { out.append(current); onLine += 1 }
        }
        guard !bad, onLine == 0 || onLine == perLine else { throw FormatError(path: path, line: line) }
        return out
    }
}
