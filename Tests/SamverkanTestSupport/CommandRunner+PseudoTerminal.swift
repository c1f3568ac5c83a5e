import Foundation

extension CommandRunner {
    /// Runs the shell `command` through `script`, which gives it a
    /// pseudo-terminal for all three streams; what the terminal showed
    /// (standard output and standard error merged, line ends as `\r\n`)
    /// comes back as stdout. The log is kept in `directory`.
    public static func underPseudoTerminal(_ command: String, in directory: URL) throws -> CommandResult {
        let log = directory.appendingPathComponent("terminal-\(UUID().uuidString)")
        try Data().write(to: log)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        process.arguments = ["-q", "-e", "-c", command, "/dev/null"]
        process.currentDirectoryURL = directory
        let out = try FileHandle(forWritingTo: log)
        defer { try? out.close() }
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return CommandResult(
            stdout: (try? String(contentsOf: log, encoding: .utf8)) ?? "", stderr: "",
            status: process.terminationStatus)
    }
}
