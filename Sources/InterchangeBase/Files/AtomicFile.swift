import Foundation

/// Writes files atomically: the data goes to a temporary file in the same
/// directory, is flushed to disk, and is then renamed over the target, so
/// a reader sees either the old file or the new one, never half of one.
///
/// Only a regular file (or a name not yet taken) is replaced: a directory,
/// device node, FIFO or socket at `url` is refused. ``OutputFile`` picks
/// between this and a direct write, and is what `samverkan` writes through.
public enum AtomicFile {
    /// Why a write failed, in words for the user.
    public struct WriteError: Error, Hashable, Sendable, CustomStringConvertible {
        public var path: String
        public var reason: String
        public var description: String { "cannot write '\(path)': \(reason)" }

        package init(path: String, reason: String) {
            self.path = path
            self.reason = reason
        }
    }

    /// Writes `data` to `url` atomically. A symbolic link at `url` is
    /// followed (its target is replaced); the permissions of a file being
    /// replaced are kept.
    ///
    /// - Throws: `AtomicFile.WriteError` when the directory does not exist
    ///   or is not writable, `url` is not a regular file, or the disk is full; the target is then left
    ///   as it was and no temporary file remains.
    public static func write(_ data: Data, to url: URL) throws(WriteError) {
        let target = url.resolvingSymlinksInPath()
        let directory = target.deletingLastPathComponent()
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        guard fm.fileExists(atPath: directory.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw WriteError(path: url.path, reason: "the directory '\(directory.path)' does not exist")
        }
        switch OutputFile.kind(of: target) {
        case .absent, .regularFile:
            break
        case .directory:
            throw WriteError(path: url.path, reason: "it is a directory")
        case let kind:
            // Renaming over a device node or a FIFO would replace the node.
            throw WriteError(path: url.path, reason: "it is \(kind.rawValue), not a regular file that can be replaced")
        }
        let temporary = directory.appendingPathComponent(
            ".\(target.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).\(UInt32.random(in: 0 ... .max)).tmp")
        guard fm.createFile(atPath: temporary.path, contents: nil) else {
            throw WriteError(path: url.path, reason: "the directory '\(directory.path)' is not writable")
        }
        do {
            let handle = try FileHandle(forWritingTo: temporary)
            defer { try? handle.close() }
            try handle.write(contentsOf: data)
            try handle.synchronize()
            if let attributes = try? fm.attributesOfItem(atPath: target.path),
               let permissions = attributes[.posixPermissions]
            {
                try? fm.setAttributes([.posixPermissions: permissions], ofItemAtPath: temporary.path)
            }
        } catch {
            try? fm.removeItem(at: temporary)
            throw WriteError(path: url.path, reason: error.localizedDescription)
        }
        guard rename(temporary.path, target.path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? fm.removeItem(at: temporary)
            throw WriteError(path: url.path, reason: reason)
        }
    }

    /// Writes text as UTF-8, atomically.
    public static func write(_ text: String, to url: URL) throws(WriteError) {
        try write(Data(text.utf8), to: url)
    }
}
