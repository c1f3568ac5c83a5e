import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Where an export's bytes go, written as `OutputFile` writes: a regular
/// file (or a name not yet taken) through a temporary file in the same
/// directory, flushed and renamed into place, so a reader never sees half
/// an export and a failed export leaves the old file as it was; a
/// character device or a FIFO directly. Unlike `OutputFile.write(_:to:)`
/// the bytes are streamed, never held whole.
public enum ExportFile {
    /// Streams what `produce` writes to `url`.
    ///
    /// - Throws: `AtomicFile.WriteError` when `url` cannot be written (a
    ///   directory, a missing directory, a full disk) or `produce` fails;
    ///   nothing is left behind then.
    public static func write(to url: URL, _ produce: (inout ExportSink) throws -> Void) throws(AtomicFile.WriteError) {
        let kind = OutputFile.kind(of: url)
        switch kind {
        case .absent, .regularFile:
            try writeAtomically(to: url.resolvingSymlinksInPath(), produce)
        case .characterDevice, .fifo:
            let fd = open(url.path, O_WRONLY | O_NOCTTY | O_CLOEXEC)
            guard fd >= 0 else { throw OutputFile.failure(url, errno) }
            defer { _ = close(fd) }
            try stream(to: fd, path: url.path, produce)
        case .directory:
            throw AtomicFile.WriteError(path: url.path, reason: "it is a directory; name a file inside it")
        case .blockDevice, .socket, .other:
            throw AtomicFile.WriteError(
                path: url.path, reason: "it is \(kind.rawValue); name a regular file, a character device or a FIFO")
        }
    }

    /// Streams what `produce` writes to an open descriptor (standard output).
    public static func write(toDescriptor fd: Int32, name: String, _ produce: (inout ExportSink) throws -> Void) throws(AtomicFile.WriteError) {
        try stream(to: fd, path: name, produce)
    }

    private static func writeAtomically(to target: URL, _ produce: (inout ExportSink) throws -> Void) throws(AtomicFile.WriteError) {
        let directory = target.deletingLastPathComponent()
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw AtomicFile.WriteError(path: target.path, reason: "the directory '\(directory.path)' does not exist")
        }
        let temporary = directory.appendingPathComponent(
            ".\(target.lastPathComponent).\(getpid()).\(UInt32.random(in: 0 ... .max)).tmp")
        let fd = open(temporary.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else {
            throw AtomicFile.WriteError(
                path: target.path, reason: "the directory '\(directory.path)' is not writable (\(String(cString: strerror(errno))))")
        }
        do throws(AtomicFile.WriteError) {
            try stream(to: fd, path: target.path, produce)
            guard fsync(fd) == 0 else { throw OutputFile.failure(target, errno) }
            var info = stat()
            if stat(target.path, &info) == 0 { _ = fchmod(fd, info.st_mode & 0o7777) }
            _ = close(fd)
            guard rename(temporary.path, target.path) == 0 else { throw OutputFile.failure(target, errno) }
        } catch {
            _ = close(fd)
            _ = unlink(temporary.path)
            throw error
        }
    }

    /// Runs `produce` with a sink that writes every buffer to `fd`.
    static func stream(to fd: Int32, path: String, _ produce: (inout ExportSink) throws -> Void) throws(AtomicFile.WriteError) {
        var sink = ExportSink { bytes in
            if let code = bytes.withUnsafeBytes({ OutputFile.writeAll(fd, $0) }) {
                throw AtomicFile.WriteError(path: path, reason: String(cString: strerror(code)))
            }
        }
        do {
            try produce(&sink)
            try sink.flush()
        } catch let error as AtomicFile.WriteError {
            throw error
        } catch {
            throw AtomicFile.WriteError(path: path, reason: "\(error)")
        }
    }
}

/// Writes a directory of export files whole: the files go into a new
/// temporary directory beside the target, which is then renamed into
/// place, so the target is never seen half written.
///
/// An existing target is replaced only when it is empty, or when `force`
/// is given (the old directory is then moved aside, the new one renamed
/// in, and the old one removed; a failure before the rename leaves the
/// old directory as it was). A target that is not a directory is refused.
public struct ExportDirectoryWriter: ExportDirectory {
    let temporary: URL
    var written: [String] = []

    /// Writes the files `produce` makes into `url`.
    ///
    /// - Throws: `AtomicFile.WriteError` (nothing is left behind).
    public static func write(
        to url: URL, force: Bool, _ produce: (inout ExportDirectoryWriter) throws -> Void
    ) throws(AtomicFile.WriteError) {
        let target = url.standardizedFileURL
        let fm = FileManager.default
        let kind = OutputFile.kind(of: target)
        switch kind {
        case .absent: break
        case .directory:
            let contents = (try? fm.contentsOfDirectory(atPath: target.path)) ?? []
            if !contents.isEmpty, !force {
                throw AtomicFile.WriteError(
                    path: url.path,
                    reason: "the directory is not empty (\(contents.count) entries); name a new directory, "
                        + "or give --force to replace it whole")
            }
        default:
            throw AtomicFile.WriteError(path: url.path, reason: "it is \(kind.rawValue); name a directory to create")
        }
        let parent = target.deletingLastPathComponent()
        var isDirectory: ObjCBool = false
        guard fm.fileExists(atPath: parent.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw AtomicFile.WriteError(path: url.path, reason: "the directory '\(parent.path)' does not exist")
        }
        let suffix = "\(getpid()).\(UInt32.random(in: 0 ... .max))"
        let temporary = parent.appendingPathComponent(".\(target.lastPathComponent).\(suffix).tmp")
        guard mkdir(temporary.path, 0o755) == 0 else {
            throw AtomicFile.WriteError(
                path: url.path, reason: "cannot create a directory in '\(parent.path)': \(String(cString: strerror(errno)))")
        }
        var writer = ExportDirectoryWriter(temporary: temporary)
        do {
            try produce(&writer)
        } catch {
            try? fm.removeItem(at: temporary)
            if let error = error as? AtomicFile.WriteError { throw error }
            throw AtomicFile.WriteError(path: url.path, reason: "\(error)")
        }
        if rename(temporary.path, target.path) == 0 { return }
        // A non-empty directory cannot be renamed over: move it aside first.
        let code = errno
        guard force, kind == .directory, code == ENOTEMPTY || code == EEXIST else {
            try? fm.removeItem(at: temporary)
            throw AtomicFile.WriteError(path: url.path, reason: String(cString: strerror(code)))
        }
        let aside = parent.appendingPathComponent(".\(target.lastPathComponent).\(suffix).old")
        guard rename(target.path, aside.path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? fm.removeItem(at: temporary)
            throw AtomicFile.WriteError(path: url.path, reason: reason)
        }
        guard rename(temporary.path, target.path) == 0 else {
            let reason = String(cString: strerror(errno))
            _ = rename(aside.path, target.path)
            try? fm.removeItem(at: temporary)
            throw AtomicFile.WriteError(path: url.path, reason: reason)
        }
        try? fm.removeItem(at: aside)
    }

    public mutating func file(_ name: String, _ body: (inout ExportSink) throws -> Void) throws {
        let path = temporary.appendingPathComponent(name).path
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw AtomicFile.WriteError(path: path, reason: String(cString: strerror(errno))) }
        defer { _ = close(fd) }
        try ExportFile.stream(to: fd, path: path, body)
        guard fsync(fd) == 0 else { throw AtomicFile.WriteError(path: path, reason: String(cString: strerror(errno))) }
        written.append(name)
    }
}

/// Files held in memory by name: for tests and for a library user who
/// wants the bytes rather than a directory.
public struct InMemoryExportDirectory: ExportDirectory {
    public private(set) var files: [(name: String, bytes: [UInt8])] = []

    public init() {}

    public mutating func file(_ name: String, _ body: (inout ExportSink) throws -> Void) throws {
        var bytes: [UInt8] = []
        var sink = ExportSink { bytes.append(contentsOf: $0) }
        try body(&sink)
        try sink.flush()
        files.append((name, bytes))
    }
}
