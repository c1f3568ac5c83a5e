import Foundation

/// A new, empty directory under the system's temporary directory, for one
/// test's files; removed, with everything in it, when the value goes away.
///
/// Swift Testing makes a fresh suite instance per test, so a suite that
/// holds one in a stored property gives each test a directory of its own.
public final class ScratchDirectory {
    public let url: URL

    /// Makes `samverkan-<purpose>-<UUID>` under the temporary directory.
    public init(_ purpose: String) throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("samverkan-\(purpose)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }
}
