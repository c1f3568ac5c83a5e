import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes an output file the way its kind of file needs:
///
/// - a regular file, or a name not yet taken: atomically, through
///   ``AtomicFile`` (a temporary file renamed over the target);
/// - a character device (a terminal, `/dev/null`) or a FIFO: directly, by
///   opening it for writing, as `cat > FILE` would. Renaming a file over a
///   device node would replace the node itself (as root, `-o /dev/null`
///   would turn the device into a regular file);
/// - a directory, a block device or a socket: refused, untouched.
///
/// Opening a FIFO waits until a reader opens it. A reader that closes the
/// FIFO early makes the write fail with `EPIPE`, or raises SIGPIPE in a
/// process that has not ignored it.
public enum OutputFile {
    /// What a path names, following symbolic links.
    public enum Kind: String, Sendable, Hashable {
        case absent
        case regularFile = "a regular file"
        case directory = "a directory"
        case characterDevice = "a character device"
        case blockDevice = "a block device"
        case fifo = "a FIFO"
        case socket = "a socket"
        case other = "neither a file nor a device"

        init(mode: mode_t) {
            switch mode & S_IFMT {
            case S_IFREG: self = .regularFile
            case S_IFDIR: self = .directory
            case S_IFCHR: self = .characterDevice
            case S_IFBLK: self = .blockDevice
            case S_IFIFO: self = .fifo
            case S_IFSOCK: self = .socket
            default: self = .other
            }
        }

        /// Whether ``OutputFile/write(_:to:)`` writes to this kind of path.
        public var isWritable: Bool {
            switch self {
            case .absent, .regularFile, .characterDevice, .fifo: true
            case .directory, .blockDevice, .socket, .other: false
            }
        }
    }

    /// What `url` names now (`stat(2)`, following symbolic links; a
    /// dangling link is `.absent`).
    public static func kind(of url: URL) -> Kind {
        var info = stat()
        guard stat(url.path, &info) == 0 else { return .absent }
        return Kind(mode: info.st_mode)
    }

    /// Writes `data` to `url`: atomically for a regular file, directly for
    /// a character device or a FIFO.
    ///
    /// - Throws: `AtomicFile.WriteError` when `url` names a directory, a
    ///   block device or a socket (nothing is written), or the write fails;
    ///   a regular file is then left as it was.
    public static func write(_ data: Data, to url: URL) throws(AtomicFile.WriteError) {
        let kind = kind(of: url)
        switch kind {
        case .absent, .regularFile:
            try AtomicFile.write(data, to: url)
        case .characterDevice, .fifo:
            try writeDirectly(data, to: url, expecting: kind)
        case .directory:
            throw AtomicFile.WriteError(path: url.path, reason: "it is a directory; name a file inside it")
        case .blockDevice, .socket, .other:
            throw AtomicFile.WriteError(
                path: url.path, reason: "it is \(kind.rawValue); name a regular file, a character device or a FIFO")
        }
    }

    /// Opens `url` for writing without creating or truncating anything,
    /// checks it is still the kind of file it was, and writes every byte.
    private static func writeDirectly(_ data: Data, to url: URL, expecting kind: Kind) throws(AtomicFile.WriteError) {
        let fd = open(url.path, O_WRONLY | O_NOCTTY | O_CLOEXEC)
        guard fd >= 0 else { throw failure(url, errno) }
        var info = stat()
        guard fstat(fd, &info) == 0 else {
            let code = errno
            _ = close(fd)
            throw failure(url, code)
        }
        guard Kind(mode: info.st_mode) == kind else {
            _ = close(fd)
            throw AtomicFile.WriteError(path: url.path, reason: "it was replaced while being opened; try again")
        }
        let code = data.withUnsafeBytes { writeAll(fd, $0) }
        if close(fd) != 0, code == nil, errno != EINTR { throw failure(url, errno) }
        if let code { throw failure(url, code) }
    }

    package static func failure(_ url: URL, _ code: Int32) -> AtomicFile.WriteError {
        AtomicFile.WriteError(path: url.path, reason: String(cString: strerror(code)))
    }

    /// `write(2)` until every byte is out; the errno of a failure. (Also
    /// the export writers' loop.)
    package static func writeAll(_ fd: Int32, _ bytes: UnsafeRawBufferPointer) -> Int32? {
        guard var next = bytes.baseAddress else { return nil }
        var left = bytes.count
        while left > 0 {
            #if canImport(Glibc)
            let n = Glibc.write(fd, next, left)
            #elseif canImport(Musl)
            let n = Musl.write(fd, next, left)
            #else
            let n = Darwin.write(fd, next, left)
            #endif
            if n > 0 {
                next += n
                left -= n
            } else if n == 0 {
                return EIO
            } else if errno != EINTR {
                return errno
            }
        }
        return nil
    }
}
