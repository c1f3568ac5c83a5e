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

/// Where a command's output goes, checked before anything is read: never
/// over one of the command's inputs, never onto something that is not a
/// file or a device to write to.
enum OutputTarget {
    /// One file on one device, however it is named (`..`, a symbolic
    /// link, a hard link).
    struct Identity: Hashable {
        var device: UInt64
        var inode: UInt64

        init(_ info: stat) {
            device = UInt64(info.st_dev)
            inode = UInt64(info.st_ino)
        }

        /// The file `path` names now, following symbolic links; nil when
        /// nothing is there.
        init?(path: String) {
            var info = stat()
            guard stat(path, &info) == 0 else { return nil }
            self.init(info)
        }

        /// The file open on `descriptor`; nil when it is not open.
        init?(descriptor: Int32) {
            var info = stat()
            guard fstat(descriptor, &info) == 0 else { return nil }
            self.init(info)
        }
    }

    /// The absolute path `path` names with `.`, `..` and symbolic links
    /// resolved; for a name not yet taken, its resolved directory and the
    /// name. Nil when not even the directory exists.
    static func resolvedPath(_ path: String) -> String? {
        if let resolved = realPath(path) { return resolved }
        let url = URL(fileURLWithPath: path)
        guard let directory = realPath(url.deletingLastPathComponent().path) else { return nil }
        return URL(fileURLWithPath: directory).appendingPathComponent(url.lastPathComponent).path
    }

    private static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// The input among `inputs` that `output` would overwrite: the same
    /// resolved path, or the same device and inode. `-` among the inputs
    /// is standard input, compared by what is open on descriptor 0.
    ///
    /// The output is taken both as the kernel reads it and as `URL` does
    /// (which drops `x/..` without looking, as the file writer then does).
    static func input(overwrittenBy output: String, inputs: [String]) -> String? {
        let spellings = [output, URL(fileURLWithPath: output).standardizedFileURL.path]
        let outputPaths = Set(spellings.compactMap(resolvedPath))
        let outputFiles = Set(spellings.compactMap { Identity(path: $0) })
        for input in inputs {
            if input == "-" {
                if isRegularFile(descriptor: 0), let stdin = Identity(descriptor: 0), outputFiles.contains(stdin) {
                    return input
                }
                continue
            }
            if let path = resolvedPath(input), outputPaths.contains(path) { return input }
            if let file = Identity(path: input), outputFiles.contains(file) { return input }
        }
        return nil
    }

    /// The input among `inputs` that lies inside the directory `output`
    /// (at any depth), which replacing the directory whole would remove.
    static func input(inside output: String, inputs: [String]) -> String? {
        guard let directory = resolvedPath(output) else { return nil }
        let prefix = directory.hasSuffix("/") ? directory : directory + "/"
        return inputs.first { input in
            input != "-" && resolvedPath(input).map { $0.hasPrefix(prefix) } == true
        }
    }

    /// Why files cannot be written into `output` as a directory, or nil:
    /// it exists (after following symbolic links) and is not a directory.
    static func unusableDirectory(_ output: String) -> String? {
        let kind = OutputFile.kind(of: URL(fileURLWithPath: output).resolvingSymlinksInPath())
        switch kind {
        case .absent, .directory: return nil
        default:
            return "cannot write into '\(output)': it is \(kind.rawValue), and --years writes one file per year into a "
                + "directory (made when missing); name a directory"
        }
    }

    /// The input among `inputs` that standard output is open on (a shell's
    /// `>> registry.yaml`); nil when standard output is not a regular file.
    static func inputOnStandardOutput(inputs: [String]) -> String? {
        guard isRegularFile(descriptor: 1), let out = Identity(descriptor: 1) else { return nil }
        return inputs.first { $0 != "-" && Identity(path: $0) == out }
    }

    private static func isRegularFile(descriptor: Int32) -> Bool {
        var info = stat()
        return fstat(descriptor, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG
    }

    /// Why `output` cannot be written to, or nil: a directory, a block
    /// device or a socket (character devices and FIFOs are written to
    /// directly, regular files replaced atomically; see `OutputFile`).
    static func unwritableKind(_ output: String) -> String? {
        let kind = OutputFile.kind(of: URL(fileURLWithPath: output))
        guard !kind.isWritable else { return nil }
        return kind == .directory
            ? "cannot write '\(output)': it is a directory; name a file inside it"
            : "cannot write '\(output)': it is \(kind.rawValue); name a regular file, a character device or a FIFO"
    }
}
