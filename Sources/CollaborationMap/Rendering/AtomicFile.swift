import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why an output file could not be written. The destination is untouched
/// in every case.
public struct FileWriteError: Error, Hashable, Sendable, CustomStringConvertible {
    public var path: String
    public var reason: String

    public var description: String { "cannot write '\(path)': \(reason)" }
}

/// Writes files so that readers see the old file or the complete new one,
/// never a part: the bytes go to a temporary file in the destination's
/// directory, are flushed to disk, and the temporary file is renamed over
/// the destination (`rename(2)` is atomic within one file system).
public enum AtomicFile {
    public static func write(_ data: Data, to url: URL) throws(FileWriteError) {
        let destination = url.standardizedFileURL
        let directory = destination.deletingLastPathComponent()
        let temporary = directory.appendingPathComponent(".\(destination.lastPathComponent).\(UUID().uuidString).tmp")
        func failure(_ what: String) -> FileWriteError {
            FileWriteError(path: destination.path, reason: "\(what): \(String(cString: strerror(errno)))")
        }

        let fd = open(temporary.path, O_WRONLY | O_CREAT | O_EXCL, 0o644)
        guard fd >= 0 else { throw failure("cannot create a temporary file in '\(directory.path)'") }
        var ok = false
        defer {
            if !ok { unlink(temporary.path) }
        }
        let written: Int = data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let n = Foundation.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    return -1
                }
                offset += n
            }
            return offset
        }
        if written != data.count {
            let error = failure("writing failed")
            close(fd)
            throw error
        }
        if fsync(fd) != 0 {
            let error = failure("flushing to disk failed")
            close(fd)
            throw error
        }
        close(fd)
        guard rename(temporary.path, destination.path) == 0 else { throw failure("renaming the temporary file failed") }
        ok = true
    }
}
