import Foundation

/// What a finished command printed and how it exited.
public struct CommandResult: Sendable, CustomStringConvertible {
    public var stdout: String
    public var stderr: String
    public var status: Int32

    public init(stdout: String, stderr: String, status: Int32) {
        self.stdout = stdout
        self.stderr = stderr
        self.status = status
    }

    public var description: String { "exit \(status)\n--- stdout\n\(stdout)--- stderr\n\(stderr)" }

    /// Standard error split into lines, without the trailing empty one.
    public var stderrLines: [String] { stderr.split(separator: "\n").map(String.init) }
}

/// Runs the built `samverkan` executable as a user would, for end-to-end
/// CLI tests.
///
/// The executable is found next to the test bundle, in the build products
/// directory (`.build/<triple>/debug/`), or at `$SAMVERKAN_EXECUTABLE`.
/// Output goes through temporary files, so a command that prints a lot
/// cannot block on a full pipe.
public enum CommandRunner {
    public enum RunnerError: Error, CustomStringConvertible {
        case executableNotFound(String, searched: [String])
        public var description: String {
            switch self {
            case let .executableNotFound(name, searched):
                "cannot find the '\(name)' executable in \(searched.joined(separator: ", ")); run `swift build` first"
            }
        }
    }

    /// The built executable `name`: beside the test bundle (Linux runs the
    /// tests from the build products directory), beside any loaded
    /// `.xctest` bundle (macOS), or in the package's `.build/debug`.
    public static func executableURL(named name: String = "samverkan", filePath: String = #filePath) throws -> URL {
        let fm = FileManager.default
        if let override = ProcessInfo.processInfo.environment["SAMVERKAN_EXECUTABLE"], fm.isExecutableFile(atPath: override) {
            return URL(fileURLWithPath: override)
        }
        var searched: [String] = []
        var starts: [URL] = [Bundle.main.bundleURL]
        if let exe = Bundle.main.executableURL { starts.append(exe) }
        starts.append(URL(fileURLWithPath: CommandLine.arguments.first ?? "."))
        starts += Bundle.allBundles.filter { $0.bundlePath.hasSuffix(".xctest") }.map(\.bundleURL)
        // <root>/Tests/SamverkanTestSupport/CommandRunner.swift → <root>/.build/debug/<name>
        let root = URL(fileURLWithPath: filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        starts.append(root.appendingPathComponent(".build/debug/\(name)"))
        for start in starts {
            var directory = start.standardizedFileURL.deletingLastPathComponent()
            for _ in 0 ..< 5 {
                let candidate = directory.appendingPathComponent(name)
                searched.append(directory.path)
                if fm.isExecutableFile(atPath: candidate.path) { return candidate }
                directory = directory.deletingLastPathComponent()
            }
        }
        throw RunnerError.executableNotFound(name, searched: Array(Set(searched)).sorted())
    }

    /// Runs `samverkan` with `arguments`, feeding `stdin` (nothing when
    /// nil), in `directory` (the current one when nil), with `environment`
    /// (this process's when nil).
    public static func run(
        _ arguments: [String], stdin: String? = nil, in directory: URL? = nil, executable: String = "samverkan",
        environment: [String: String]? = nil
    ) throws -> CommandResult {
        let fm = FileManager.default
        let scratch = fm.temporaryDirectory.appendingPathComponent("samverkan-run-\(UUID().uuidString)")
        try fm.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? fm.removeItem(at: scratch) }
        let outURL = scratch.appendingPathComponent("stdout")
        let errURL = scratch.appendingPathComponent("stderr")
        let inURL = scratch.appendingPathComponent("stdin")
        try Data().write(to: outURL)
        try Data().write(to: errURL)
        try Data((stdin ?? "").utf8).write(to: inURL)

        let process = Process()
        process.executableURL = try executableURL(named: executable)
        process.arguments = arguments
        if let environment { process.environment = environment }
        return try launch(process, in: directory, stdin: inURL, stdout: outURL, stderr: errURL)
    }

    /// Runs `process` with its standard streams on the given files, or
    /// standard output on `stdoutHandle` when given, and waits for it to end.
    static func launch(
        _ process: Process, in directory: URL?, stdin inURL: URL, stdout outURL: URL, stderr errURL: URL,
        stdoutHandle: FileHandle? = nil
    ) throws -> CommandResult {
        if let directory { process.currentDirectoryURL = directory }
        let out = try FileHandle(forWritingTo: outURL)
        let err = try FileHandle(forWritingTo: errURL)
        let input = try FileHandle(forReadingFrom: inURL)
        defer {
            try? out.close()
            try? err.close()
            try? input.close()
        }
        process.standardOutput = stdoutHandle ?? out
        process.standardError = err
        process.standardInput = input
        try process.run()
        process.waitUntilExit()
        return CommandResult(
            stdout: (try? String(contentsOf: outURL, encoding: .utf8)) ?? "",
            stderr: (try? String(contentsOf: errURL, encoding: .utf8)) ?? "",
            status: process.terminationStatus)
    }
}
