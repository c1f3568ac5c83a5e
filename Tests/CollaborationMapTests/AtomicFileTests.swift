import CollaborationMap
import InterchangeBase
import PartnerRegistry
import Foundation
import Testing

@Suite struct AtomicFileTests {
    func scratch() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("samverkan-map-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    @Test func writesAndReplacesWithoutLeavingTemporaryFiles() throws {
        let dir = try scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("map.svg")
        try AtomicFile.write(Data("first".utf8), to: file)
        try AtomicFile.write(Data("second".utf8), to: file)
        #expect(try Data(contentsOf: file) == Data("second".utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["map.svg"])
    }

    @Test func failureLeavesTheDestinationAlone() throws {
        let dir = try scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        // A directory cannot be replaced by a file: the rename fails.
        let occupied = dir.appendingPathComponent("occupied")
        try FileManager.default.createDirectory(at: occupied, withIntermediateDirectories: false)
        try Data("keep".utf8).write(to: occupied.appendingPathComponent("inside"))
        #expect(throws: AtomicFile.WriteError.self) { try AtomicFile.write(Data("x".utf8), to: occupied) }
        #expect(try Data(contentsOf: occupied.appendingPathComponent("inside")) == Data("keep".utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["occupied"])
        let missing = dir.appendingPathComponent("no/such/dir/map.svg")
        do {
            try AtomicFile.write(Data("x".utf8), to: missing)
            Issue.record("writing into a missing directory succeeded")
        } catch {
            #expect(error.description.hasPrefix("cannot write '\(missing.path)': the directory"))
        }
    }

    /// A FIFO is never renamed over: AtomicFile refuses it, OutputFile
    /// writes through it to its reader and leaves the node in place.
    @Test func fifosAreWrittenThroughNotReplaced() throws {
        let dir = try scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let fifo = dir.appendingPathComponent("map.fifo")
        try #require(mkfifo(fifo.path, 0o644) == 0)
        #expect(OutputFile.kind(of: fifo) == .fifo)
        do {
            try AtomicFile.write(Data("x".utf8), to: fifo)
            Issue.record("AtomicFile renamed a file over a FIFO")
        } catch {
            #expect(error.description.contains("it is a FIFO"), "\(error)")
        }
        // The reader, on its own thread: opening blocks until the writer opens.
        let received = ReceivedBytes()
        let reader = Thread {
            received.set(FileHandle(forReadingAtPath: fifo.path)?.readDataToEndOfFile() ?? Data())
        }
        reader.start()
        try OutputFile.write(Data("through the pipe".utf8), to: fifo)
        let deadline = Date().addingTimeInterval(10)
        while received.value == nil && Date() < deadline { usleep(10_000) }
        #expect(received.value == Data("through the pipe".utf8))
        #expect(OutputFile.kind(of: fifo) == .fifo)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["map.fifo"])
    }

    @Test func directoriesAreRefusedByOutputFile() throws {
        let dir = try scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(OutputFile.kind(of: dir) == .directory)
        #expect(OutputFile.kind(of: dir.appendingPathComponent("none")) == .absent)
        #expect(throws: AtomicFile.WriteError.self) { try OutputFile.write(Data("x".utf8), to: dir) }
        try OutputFile.write(Data("new".utf8), to: dir.appendingPathComponent("map.svg"))
        #expect(try Data(contentsOf: dir.appendingPathComponent("map.svg")) == Data("new".utf8))
    }

    @Test func mapWritePicksTheFormatFromTheExtension() async throws {
        let dir = try scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let map = try CollaborationMap(registry: TinyRegistry.registry)
        try await map.write(to: dir.appendingPathComponent("map.png"))
        try await map.write(to: dir.appendingPathComponent("map.gv"))
        try await map.write(to: dir.appendingPathComponent("map.out"), format: .pdf)
        #expect(try Data(contentsOf: dir.appendingPathComponent("map.png")).starts(with: [0x89, 0x50, 0x4E, 0x47]))
        #expect(try String(contentsOf: dir.appendingPathComponent("map.gv"), encoding: .utf8) == map.dot)
        #expect(try Data(contentsOf: dir.appendingPathComponent("map.out")).starts(with: Array("%PDF-".utf8)))
    }
}

/// Bytes handed from a reader thread to the test.
private final class ReceivedBytes: @unchecked Sendable {  // `bytes` is only touched under `lock`
    private let lock = NSLock()
    private var bytes: Data?
    func set(_ data: Data) { lock.withLock { bytes = data } }
    var value: Data? { lock.withLock { bytes } }
}
