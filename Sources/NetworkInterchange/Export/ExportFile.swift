import Foundation
import InterchangeBase
import PartnerRegistry

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
/// Every directory it writes holds a manifest, ``manifestName``, that
/// lists the files the export wrote. An existing target is replaced only
/// when it is empty, or when `force` is given and the target is an
/// earlier export: it holds the manifest and nothing the manifest does
/// not list (the old directory is then moved aside, the new one renamed
/// in, and the old one removed; a failure before the rename leaves the
/// old directory as it was). Any other directory — the working directory,
/// a folder of source copies, an export someone added files to — is
/// refused with the names of what is not the export's, so `--force`
/// never deletes what the export did not write. A target that is not a
/// directory is refused; a symbolic link to a directory stands for the
/// directory it names.
public struct ExportDirectoryWriter: ExportDirectory {
    let temporary: URL
    var written: [String] = []

    /// Writes the files `produce` makes into `url`.
    ///
    /// - Throws: `AtomicFile.WriteError` (nothing is left behind).
    public static func write(
        to url: URL, force: Bool, _ produce: (inout ExportDirectoryWriter) throws -> Void
    ) throws(AtomicFile.WriteError) {
        let target = url.standardizedFileURL.resolvingSymlinksInPath()
        let fm = FileManager.default
        let kind = OutputFile.kind(of: target)
        switch kind {
        case .absent: break
        case .directory:
            let contents = (try? fm.contentsOfDirectory(atPath: target.path)) ?? []
            if !contents.isEmpty {
                guard force else {
                    throw AtomicFile.WriteError(
                        path: url.path,
                        reason: "the directory is not empty (\(contents.count) entries); name a new directory, "
                            + "or give --force to replace an earlier export whole")
                }
                if let reason = refusal(replacing: target, contents: contents) {
                    throw AtomicFile.WriteError(path: url.path, reason: reason)
                }
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
            try writer.writeManifest()
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

    /// The file in every export directory that lists what the export
    /// wrote, one name a line after a comment; `--force` replaces only a
    /// directory that holds it and nothing it does not list.
    public static let manifestName = ".samverkan-export"

    /// Why `--force` must not replace `directory`, or nil when it is an
    /// earlier export: the manifest is there and lists everything else.
    /// `contents` are the directory's entries.
    static func refusal(replacing directory: URL, contents: [String]) -> String? {
        let working = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).standardizedFileURL
            .resolvingSymlinksInPath().path
        if working == directory.path || working.hasPrefix(directory.path + "/") {
            return "it is the working directory or holds it; --force replaces only a directory an earlier export "
                + "wrote. Name a new directory"
        }
        let manifest = directory.appendingPathComponent(manifestName)
        guard let text = try? String(contentsOf: manifest, encoding: .utf8) else {
            return "it was not written by an export (it has no \(manifestName)), and --force replaces only an "
                + "earlier export. Name a new directory"
        }
        let listed = Set(text.split(separator: "\n").map(String.init).filter { !$0.hasPrefix("#") })
        let foreign = contents.filter { $0 != manifestName && !listed.contains($0) }.sorted()
        guard foreign.isEmpty else {
            let shown = foreign.prefix(5).map { "'\($0)'" }.joined(separator: ", ")
            let more = foreign.count > 5 ? " and \(foreign.count - 5) more" : ""
            return "it holds \(shown)\(more), which the earlier export did not write, and --force replaces only "
                + "what an export wrote. Move \(foreign.count == 1 ? "it" : "them") away, or name a new directory"
        }
        return nil
    }

    /// Writes the manifest: the names of the files written so far.
    mutating func writeManifest() throws {
        let names = written
        try file(Self.manifestName) { sink in
            try sink.write("# written by samverkan export; --force replaces this directory only while it holds nothing else\n")
            for name in names { try sink.write(name + "\n") }
        }
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
