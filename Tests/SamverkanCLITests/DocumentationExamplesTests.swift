import Foundation
import SamverkanTestSupport
import Testing

/// Every `$ samverkan …` example in README.md and docs/*.md runs as
/// written, from the package's root, and prints what the page shows.
///
/// An example may be an excerpt: a line `…` stands for any number of
/// lines, a line ending in `…` for any line that starts with the text
/// before it, and a table rule (`──  ───`) for any table rule (its widths
/// follow the rows left out). Lines the example does not show after its
/// last line (the notes under a table) are allowed.
@Suite struct DocumentationExamplesTests {
    struct Example: CustomTestStringConvertible, Sendable {
        var file: String
        var line: Int
        var arguments: [String]
        var expected: [String]
        var testDescription: String { "\(file):\(line) samverkan \(arguments.joined(separator: " "))" }
    }

    static let files = ["README.md", "docs/analysis.md", "docs/interchange.md", "docs/registry-format.md", "docs/explorer.md",
                        "docs/rendering.md", "docs/performance.md", "docs/architecture.md"]

    static let examples: [Example] = files.flatMap { file -> [Example] in
        guard let text = try? String(contentsOf: PackagePaths.root.appendingPathComponent(file), encoding: .utf8) else { return [] }
        var out: [Example] = []
        var inBlock = false
        var current: Example?
        for (i, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = String(raw)
            if line.hasPrefix("```") {
                if inBlock, let c = current { out.append(c) }
                current = nil
                inBlock.toggle()
                continue
            }
            guard inBlock else { continue }
            if line.hasPrefix("$ samverkan ") {
                if let c = current { out.append(c) }
                current = Example(file: file, line: i + 1, arguments: words(String(line.dropFirst("$ samverkan ".count))), expected: [])
            } else if line.hasPrefix("$ ") {
                if let c = current { out.append(c) }
                current = nil
            } else if current != nil {
                current!.expected.append(line)
            }
        }
        return out.filter { example in
            // Examples that pipe, redirect or write files are shown for their command, not their output.
            !example.arguments.contains { ["|", ">", ">>", "<"].contains($0) }
        }
    }

    /// Shell words: spaces separate, double and single quotes group.
    static func words(_ text: String) -> [String] {
        var words: [String] = []
        var word = ""
        var quote: Character?
        var started = false
        for c in text {
            if let q = quote {
                if c == q { quote = nil } else { word.append(c) }
            } else if c == "\"" || c == "'" {
                quote = c
                started = true
            } else if c == " " {
                if started || !word.isEmpty { words.append(word) }
                word = ""
                started = false
            } else if c == "#" && word.isEmpty && !started {
                break  // a comment
            } else {
                word.append(c)
            }
        }
        if started || !word.isEmpty { words.append(word) }
        return words
    }

    static func isRule(_ line: String) -> Bool {
        !line.isEmpty && line.allSatisfy { $0 == "─" || $0 == " " } && line.contains("─")
    }

    /// Whether `expected` (an excerpt) matches the start of `actual`.
    static func matches(_ expected: ArraySlice<String>, _ actual: ArraySlice<String>) -> Bool {
        guard let first = expected.first else { return true }
        let rest = expected.dropFirst()
        if first == "…" {
            for skip in 0 ... actual.count where matches(rest, actual.dropFirst(skip)) { return true }
            return false
        }
        guard let line = actual.first else { return false }
        let ok: Bool
        if first.hasSuffix("…") {
            ok = line.hasPrefix(String(first.dropLast()).trimmingCharacters(in: .whitespaces))
                || line.hasPrefix(String(first.dropLast()))
        } else if isRule(first) {
            ok = isRule(line)
        } else {
            ok = line == first
        }
        return ok && matches(rest, actual.dropFirst())
    }

    /// The README's list of commands (a `sh` block of `samverkan …` lines
    /// with comments), each run in a scratch directory that holds
    /// graphs/, the sheets `import` reads and the edge list the one-mode
    /// line names: every one exits 0 (`diff` between dates too).
    static let readmeCommands: [String] = {
        guard let text = try? String(contentsOf: PackagePaths.root.appendingPathComponent("README.md"), encoding: .utf8)
        else { return [] }
        var commands: [String] = []
        var inShell = false
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("```") { inShell = line == "```sh" && !inShell; continue }
            if inShell && line.hasPrefix("samverkan ") { commands.append(String(line)) }
        }
        return commands
    }()

    @Test func theReadmeCommandListRuns() throws {
        #expect(Self.readmeCommands.count >= 15)
        let scratch = try ScratchDirectory("readme")
        let dir = scratch.url
        try FileManager.default.createSymbolicLink(
            at: dir.appendingPathComponent("graphs"), withDestinationURL: PackagePaths.root.appendingPathComponent("graphs"))
        let sheets = try CommandRunner.run(
            ["export", "graphs/vasterbotten.yaml", "--format", "sheets", "-o", "sheets/"], in: dir)
        #expect(sheets.status == 0, "\(sheets)")
        try "source,target\nMedici,Barbadori\nMedici,Ridolfi\nRidolfi,Strozzi\n"
            .write(to: dir.appendingPathComponent("florentine.csv"), atomically: true, encoding: .utf8)
        for line in Self.readmeCommands {
            let arguments = Array(Self.words(String(line.dropFirst("samverkan ".count))))
            let result = try CommandRunner.run(arguments, in: dir)
            // diff exits 1 when there are differences, as diff(1) does.
            #expect(result.status == 0 || (arguments.first == "diff" && result.status == 1), "\(line)\n\(result)")
        }
    }

    @Test func thereAreExamples() {
        #expect(Self.examples.count >= 10)
        #expect(Self.examples.contains { $0.file == "README.md" })
    }

    @Test(arguments: examples)
    func runsAsWritten(_ example: Example) throws {
        let result = try CommandRunner.run(example.arguments, in: PackagePaths.root)
        var expected = example.expected.map { $0.replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression) }
        while expected.last?.isEmpty == true { expected.removeLast() }
        let actual = (result.stdout + result.stderr).split(separator: "\n", omittingEmptySubsequences: false)
            .map { String($0).replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression) }
        #expect(Self.matches(expected[...], actual[...]),
                "\(example.testDescription)\n--- documented\n\(expected.joined(separator: "\n"))\n--- printed\n\(actual.joined(separator: "\n"))")
    }
}
