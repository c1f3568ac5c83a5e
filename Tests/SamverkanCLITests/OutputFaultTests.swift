import Foundation
import SamverkanTestSupport
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Faults on the way out, run as a built executable: full, closed and
/// broken standard streams, the registry named as the output, device
/// nodes, FIFOs and sockets as the output, a directory the command may not
/// write to, a kill in the middle of a write. Every test works on a copy
/// of the registry in its own temporary directory and checks that every
/// file there is left whole.
@Suite final class OutputFaultTests {
    let scratch: ScratchDirectory
    var directory: URL { scratch.url }
    let registry: String
    let registryBytes: Data
    static let source = PackagePaths.root.appendingPathComponent("graphs/vasterbotten.yaml")

    init() throws {
        scratch = try ScratchDirectory("out")
        registryBytes = try Data(contentsOf: Self.source)
        registry = scratch.url.appendingPathComponent("registry.yaml").path
        try registryBytes.write(to: URL(fileURLWithPath: registry))
        // The registry's source copies, so that `validate` has nothing to warn about.
        try FileManager.default.copyItem(
            at: Self.source.deletingLastPathComponent().appendingPathComponent("sources"),
            to: scratch.url.appendingPathComponent("sources"))
        try Data("organisations:\n  - {id: x, name: X, kind: no-such-kind}\n".utf8)
            .write(to: scratch.url.appendingPathComponent("bad.yaml"))
    }

    deinit {
        // A test that made the directory read-only must not leave it so.
        _ = chmod(directory.appendingPathComponent("read-only").path, 0o755)
    }

    /// The registry copy is byte for byte what it was, and still a regular file.
    func expectRegistryWhole(_ context: CommandResult, sourceLocation: SourceLocation = #_sourceLocation) {
        let bytes = try? Data(contentsOf: URL(fileURLWithPath: registry))
        #expect(bytes == registryBytes, "the registry changed: \(context)", sourceLocation: sourceLocation)
        #expect(kind(registry) == S_IFREG, "the registry is no longer a regular file", sourceLocation: sourceLocation)
    }

    /// The `S_IFMT` bits of what `path` names, without following a link.
    func kind(_ path: String) -> mode_t? {
        var info = stat()
        return lstat(path, &info) == 0 ? info.st_mode & S_IFMT : nil
    }

    func path(_ name: String) -> String { directory.appendingPathComponent(name).path }

    // MARK: standard output and standard error

    /// A command that writes its answer to standard output.
    static let writers = ["map", "validate", "centrality", "connect"]

    func arguments(writing command: String) -> [String] {
        switch command {
        case "connect": [command, registry, "Trafikverket", "Umeå kommun"]
        default: [command, registry]
        }
    }

    /// A command that writes a message to standard error, and its exit status.
    func arguments(complaining command: String) -> ([String], Int32) {
        switch command {
        case "map": (["map", registry, "--focus", "Trafikverkt"], 1)
        case "validate": (["validate", path("bad.yaml")], 1)
        // Over all time the Strategigrupp makes Katz diverge at the default alpha.
        case "centrality": (["centrality", registry, "--measure", "katz", "--mode", "organisations", "--all-time"], 3)
        default: (["connect", registry, "Trafikverkt", "umea"], 1)
        }
    }

    @Test(arguments: writers) func fullStandardOutput(command: String) throws {
        let r = try CommandRunner.run(arguments(writing: command), stdout: .file("/dev/full"), in: directory)
        #expect(r.status == 3, "\(r)")
        #expect(r.stderr == "samverkan \(command): cannot write to standard output: \(String(cString: strerror(ENOSPC)))\n", "\(r)")
        expectRegistryWhole(r)
    }

    @Test(arguments: writers) func closedStandardOutput(command: String) throws {
        let r = try CommandRunner.run(arguments(writing: command), stdout: .closed, in: directory)
        #expect(r.status == 3, "\(r)")
        #expect(r.stderr == "samverkan \(command): cannot write to standard output: it is closed\n", "\(r)")
        expectRegistryWhole(r)
    }

    /// A reader gone away ends the command quietly, with status 3 rather
    /// than death by SIGPIPE.
    @Test(arguments: writers) func brokenPipeOnStandardOutput(command: String) throws {
        let r = try CommandRunner.run(arguments(writing: command), stdout: .brokenPipe, in: directory)
        #expect(r.status == 3, "\(r)")
        #expect(r.stderr.isEmpty, "\(r)")
        expectRegistryWhole(r)
    }

    /// The message cannot be written; the command still ends with its own
    /// status instead of trapping.
    @Test(arguments: writers) func fullStandardError(command: String) throws {
        let (arguments, status) = arguments(complaining: command)
        let r = try CommandRunner.run(arguments, stdout: .captured, stderr: .file("/dev/full"), in: directory)
        #expect(r.status == status, "\(r)")
        expectRegistryWhole(r)
    }

    @Test(arguments: writers) func closedStandardError(command: String) throws {
        let (arguments, status) = arguments(complaining: command)
        let r = try CommandRunner.run(arguments, stdout: .captured, stderr: .closed, in: directory)
        #expect(r.status == status, "\(r)")
        expectRegistryWhole(r)
    }

    /// Warnings that could not be written turn a valid file's 0 into 3.
    @Test func lostWarningsAreAFailure() throws {
        try Data("""
        groups:
          - {id: g, name: G, kind: council}
        rules:
          - {id: conveners, for: groups, require: {conveners: {at-least: 1}}, severity: warning}

        """.utf8).write(to: URL(fileURLWithPath: path("warn.yaml")))
        let shown = try CommandRunner.run(["validate", "warn.yaml"], in: directory)
        #expect(shown.status == 0, "\(shown)")
        let lost = try CommandRunner.run(["validate", "warn.yaml"], stdout: .captured, stderr: .file("/dev/full"), in: directory)
        #expect(lost.status == 3, "\(lost)")
        #expect(lost.stdout == shown.stdout)
    }

    @Test func fullStandardOutputForHelp() throws {
        let r = try CommandRunner.run(["map", "--help"], stdout: .file("/dev/full"), in: directory)
        #expect(r.status == 3, "\(r)")
        #expect(r.stderr.hasPrefix("samverkan map: cannot write to standard output"), "\(r)")
    }

    // MARK: the registry as the output

    func expectRefusedAsInput(_ r: CommandResult, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(r.status == 64, "\(r)", sourceLocation: sourceLocation)
        #expect(r.stderr.contains("writing the map there would overwrite it"), "\(r)", sourceLocation: sourceLocation)
        #expect(r.stdout.isEmpty, sourceLocation: sourceLocation)
        expectRegistryWhole(r, sourceLocation: sourceLocation)
    }

    @Test func theRegistryIsNeverTheOutput() throws {
        let fm = FileManager.default
        try fm.createDirectory(atPath: path("sub"), withIntermediateDirectories: false)
        try fm.createSymbolicLink(atPath: path("link.svg"), withDestinationPath: registry)
        try fm.linkItem(atPath: registry, toPath: path("hard.svg"))
        for output in [registry, "registry.yaml", "./sub/../registry.yaml", path("sub/../registry.yaml"), "link.svg", "hard.svg"] {
            expectRefusedAsInput(try CommandRunner.run(["map", "registry.yaml", "-o", output], in: directory))
            expectRefusedAsInput(try CommandRunner.run(["map", registry, "-o", output, "--format", "dot"], in: directory))
        }
        #expect(kind(path("link.svg")) == S_IFLNK)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path("hard.svg"))) == registryBytes)
    }

    /// The registry read from standard input, or standard output appended
    /// to the registry, is caught through the open descriptor.
    @Test func theRegistryOnAStandardStreamIsNeverTheOutput() throws {
        expectRefusedAsInput(try CommandRunner.run(
            ["map", "-", "-o", "registry.yaml"], stdout: .captured, stdinFile: registry, in: directory))
        for command in Self.writers + ["stats", "overlap"] {
            var arguments = arguments(writing: command)
            arguments[1] = "registry.yaml"
            let appended = try CommandRunner.run(arguments, stdout: .appending(registry), in: directory)
            #expect(appended.status == 64, "\(appended)")
            #expect(appended.stderr == "samverkan \(command): standard output is the registry being read "
                + "('registry.yaml'); writing there would overwrite it. Send the output to another file\n", "\(appended)")
            expectRegistryWhole(appended)
        }
    }

    // MARK: device nodes, FIFOs, sockets, directories

    /// Makes a device node; nil when this process may not (not root, or
    /// the file system forbids it).
    func makeDevice(_ name: String, type: mode_t, major: UInt32, minor: UInt32) -> String? {
        let node = path(name)
        #if os(Linux)
        // glibc's makedev for numbers below 256, as a macro Swift cannot call.
        let device = dev_t(major) << 8 | dev_t(minor)
        #else
        let device = dev_t(Int32(major) << 24 | Int32(minor))
        #endif
        return mknod(node, type | 0o666, device) == 0 ? node : nil
    }

    /// A character device with /dev/null's numbers, made in the test's
    /// own directory, is written to and stays a device.
    @Test func aCharacterDeviceIsWrittenToNotReplaced() throws {
        guard let device = makeDevice("null-device", type: S_IFCHR, major: 1, minor: 3) else {
            try Test.cancel("mknod needs root (CAP_MKNOD) and a file system that allows device nodes")
        }
        let r = try CommandRunner.run(["map", registry, "-o", device, "--format", "dot"], in: directory)
        #expect(r.status == 0, "\(r)")
        #expect(r.stderr.isEmpty, "\(r)")
        #expect(kind(device) == S_IFCHR, "the device node was replaced")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
            == ["bad.yaml", "null-device", "registry.yaml", "sources"], "a temporary file was left behind")
        expectRegistryWhole(r)
    }

    /// A FIFO gets the map through the pipe and stays a FIFO.
    @Test func aFIFOIsWrittenToNotReplaced() throws {
        let fifo = path("map.fifo")
        guard mkfifo(fifo, 0o644) == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        let received = path("received")
        try Data().write(to: URL(fileURLWithPath: received))
        // The reader: cat drains the FIFO into a file.
        let reader = Process()
        reader.executableURL = URL(fileURLWithPath: "/bin/cat")
        reader.arguments = [fifo]
        let sink = try FileHandle(forWritingTo: URL(fileURLWithPath: received))
        defer { try? sink.close() }
        reader.standardOutput = sink
        try reader.run()
        defer {
            // A reader left waiting on a FIFO that was replaced is never
            // released; SIGKILL, as a blocked or ignored SIGTERM would not do.
            if reader.isRunning { kill(reader.processIdentifier, SIGKILL) }
            reader.waitUntilExit()
        }

        let r = try CommandRunner.run(["map", registry, "-o", fifo, "--format", "dot"], in: directory)
        #expect(r.status == 0, "\(r)")
        #expect(r.stderr.isEmpty, "\(r)")
        let deadline = Date().addingTimeInterval(10)
        while reader.isRunning && Date() < deadline { usleep(10_000) }
        #expect(!reader.isRunning, "the reader never saw the end of the map")
        #expect(kind(fifo) == S_IFIFO, "the FIFO was replaced")
        let expected = try CommandRunner.run(["map", registry, "--format", "dot"], in: directory)
        let got = try String(contentsOf: URL(fileURLWithPath: received), encoding: .utf8)
        #expect(got == expected.stdout, "received \(got.utf8.count) bytes, expected \(expected.stdout.utf8.count): \(got.prefix(200))")
        expectRegistryWhole(r)
    }

    /// Binds a Unix socket at `path`; the descriptor, or nil.
    func bindSocket(_ path: String) -> Int32? {
        #if os(Linux)
        let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        #else
        let fd = socket(AF_UNIX, SOCK_STREAM, 0)
        #endif
        guard fd >= 0 else { return nil }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let bytes = Array(path.utf8) + [0]
        guard bytes.count <= MemoryLayout.size(ofValue: address.sun_path) else {
            close(fd)
            return nil
        }
        withUnsafeMutableBytes(of: &address.sun_path) { $0.copyBytes(from: bytes) }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        guard bound == 0 else {
            close(fd)
            return nil
        }
        return fd
    }

    /// A directory, a block device or a socket is refused with status 3
    /// before anything is rendered, and left as it was.
    @Test func directoriesBlockDevicesAndSocketsAreRefused() throws {
        try FileManager.default.createDirectory(atPath: path("maps"), withIntermediateDirectories: false)
        var refused: [(String, String, mode_t)] = [(path("maps"), "it is a directory", S_IFDIR)]
        let socketPath = path("map.sock")
        let listener = bindSocket(socketPath)
        defer { if let listener { close(listener) } }
        if listener != nil { refused.append((socketPath, "it is a socket", S_IFSOCK)) }
        // 7,0 is a loop device's numbers; the node is never opened.
        if let block = makeDevice("block-device", type: S_IFBLK, major: 7, minor: 0) {
            refused.append((block, "it is a block device", S_IFBLK))
        }
        for (output, reason, type) in refused {
            let r = try CommandRunner.run(["map", registry, "-o", output, "--format", "svg"], in: directory)
            #expect(r.status == 3, "\(r)")
            #expect(r.stderr.hasPrefix("samverkan map: cannot write '\(output)': \(reason)"), "\(r)")
            #expect(kind(output) == type, "\(output) was replaced")
            expectRegistryWhole(r)
        }
        #expect(refused.count == 3, "only \(refused.map(\.1)) could be made here")
    }

    // MARK: a directory that cannot be written

    /// Runs as `nobody` (root ignores permissions, and CI runs as root):
    /// an existing map in a read-only directory stays whole, nothing is
    /// created, and the command says why with status 3.
    @Test func aReadOnlyDirectoryKeepsItsFiles() throws {
        let setpriv = "/usr/bin/setpriv"
        guard getuid() == 0, FileManager.default.isExecutableFile(atPath: setpriv) else {
            try Test.cancel("needs root and setpriv to drop to nobody (as a non-root user, permissions already apply)")
        }
        let nobody = [setpriv, "--reuid=nobody", "--regid=nogroup", "--clear-groups"]
        let access = Process()
        access.executableURL = URL(fileURLWithPath: nobody[0])
        access.arguments = Array(nobody.dropFirst()) + ["/bin/sh", "-c", "test -r \"$0\" && test -x \"$1\"",
                                                        registry, try CommandRunner.executableURL().path]
        try access.run()
        access.waitUntilExit()
        guard access.terminationStatus == 0 else {
            try Test.cancel("nobody cannot read the temporary directory or run the built executable here")
        }
        let readOnly = path("read-only")
        try FileManager.default.createDirectory(atPath: readOnly, withIntermediateDirectories: false)
        let old = Data("<svg>old map</svg>\n".utf8)
        try old.write(to: URL(fileURLWithPath: readOnly + "/karta.svg"))
        #expect(chmod(readOnly, 0o555) == 0)
        for output in [readOnly + "/karta.svg", readOnly + "/new.svg"] {
            let r = try CommandRunner.run(
                ["map", registry, "-o", output], stdout: .captured, wrapper: nobody, in: directory)
            #expect(r.status == 3, "\(r)")
            #expect(r.stderr.hasPrefix("samverkan map: cannot write '\(output)'"), "\(r)")
            expectRegistryWhole(r)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: readOnly) == ["karta.svg"])
        #expect(try Data(contentsOf: URL(fileURLWithPath: readOnly + "/karta.svg")) == old)
    }

    // MARK: killed while writing

    /// `kill -9` while the map is being written (its temporary file is
    /// there, the rename not yet done) leaves the old map whole. The
    /// temporary file stays behind: nothing can clean up after SIGKILL.
    /// A kill that lands just after the rename finds the new map whole.
    @Test func killedMidWriteLeavesTheOldFileWhole() throws {
        let target = directory.appendingPathComponent("karta.png")
        let old = Data("<svg>the old map</svg>\n".utf8)
        let pngEnd = Data([0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82])  // the IEND chunk
        var killedMidWrite = 0
        for _ in 0 ..< 30 where killedMidWrite < 3 {
            try old.write(to: target)
            let process = Process()
            process.executableURL = try CommandRunner.executableURL()
            process.arguments = ["map", registry, "-o", target.path]
            process.currentDirectoryURL = directory
            try process.run()
            let temporary = ".karta.png.\(process.processIdentifier)."
            func temporaryExists() -> Bool {
                ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? [])
                    .contains { $0.hasPrefix(temporary) }
            }
            // Kill as soon as the temporary file appears.
            while process.isRunning {
                if temporaryExists() {
                    kill(process.processIdentifier, SIGKILL)
                    break
                }
            }
            process.waitUntilExit()
            let now = try Data(contentsOf: target)
            if process.terminationReason == .uncaughtSignal && temporaryExists() {
                killedMidWrite += 1
                #expect(now == old, "killed before the rename, yet the old map changed")
            } else {
                #expect(now == old || (now.starts(with: [0x89, 0x50, 0x4E, 0x47]) && now.suffix(8) == pngEnd),
                        "the map is neither the old one nor a whole new one")
            }
        }
        #expect(killedMidWrite > 0, "no kill landed while the map was being written")
    }
}
