import ArgumentParser
import Foundation
@testable import SamverkanCLI
import InterchangeBase
import SamverkanTestSupport
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Every command that writes, and every way of naming its output, run as a
/// built executable: an output that is one of the command's inputs —
/// however named — is refused with exit 64 before anything is read; an
/// output that cannot hold the file is refused with exit 3; standard
/// output open on an input is refused. Each case checks that every input
/// is byte for byte what it was.
///
/// The tables below are checked against the command list: a new command
/// that writes files (`WritesFiles`) or reads them (`ReadsRegistries`)
/// fails `everyCommandIsInTheTables` until it has its rows here.
@Suite final class OutputPathTests {
    let scratch: ScratchDirectory
    var directory: URL { scratch.url }
    let registryBytes: Data
    static let source = PackagePaths.root.appendingPathComponent("graphs/vasterbotten.yaml")

    /// `reg.yaml` (a copy of the Västerbotten registry with its sources),
    /// `sheets/` (the registry exported as sheets) and `keep/notes.txt`.
    init() throws {
        scratch = try ScratchDirectory("output-paths")
        registryBytes = try Data(contentsOf: Self.source)
        try registryBytes.write(to: directory.appendingPathComponent("reg.yaml"))
        try FileManager.default.copyItem(
            at: Self.source.deletingLastPathComponent().appendingPathComponent("sources"),
            to: directory.appendingPathComponent("sources"))
        let exported = try CommandRunner.run(["export", "reg.yaml", "--format", "sheets", "-o", "sheets"], in: directory)
        #expect(exported.status == 0, "\(exported)")
        try FileManager.default.removeItem(at: directory.appendingPathComponent("sheets/.samverkan-export"))
    }

    func path(_ name: String) -> String { directory.appendingPathComponent(name).path }

    /// Every file under the scratch directory and its bytes.
    func snapshot() throws -> [String: Data] {
        var files: [String: Data] = [:]
        let root = directory.resolvingSymlinksInPath().path
        guard let walker = FileManager.default.enumerator(atPath: root) else { return files }
        for case let name as String in walker {
            var info = stat()
            guard lstat(root + "/" + name, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { continue }
            files[name] = try Data(contentsOf: URL(fileURLWithPath: root + "/" + name))
        }
        return files
    }

    /// A command that writes one file with `-o`: its arguments before `-o`
    /// given the input, the input it reads, and the name of what it writes
    /// in its messages.
    struct FileWriter: CustomStringConvertible, Sendable {
        var command: String
        var arguments: @Sendable (String) -> [String]
        var input: String
        var noun: String
        var description: String { command }
    }

    static let fileWriters: [FileWriter] = [
        FileWriter(command: "map", arguments: { ["map", $0] }, input: "reg.yaml", noun: "the map"),
        FileWriter(command: "report", arguments: { ["report", $0] }, input: "reg.yaml", noun: "the page"),
        FileWriter(command: "timeline", arguments: { ["timeline", $0] }, input: "reg.yaml", noun: "the chart"),
        FileWriter(command: "export", arguments: { ["export", $0, "--format", "graphml"] }, input: "reg.yaml", noun: "the export"),
        FileWriter(command: "import", arguments: { ["import", $0] }, input: "sheets/organisations.csv", noun: "the registry"),
        // The optional sheets are inputs too: registry.csv as much as organisations.csv.
        FileWriter(command: "import", arguments: { ["import", $0] }, input: "sheets/registry.csv", noun: "the registry"),
        FileWriter(command: "import", arguments: { ["import", $0] }, input: "sheets/vocabulary.csv", noun: "the registry"),
    ]

    /// The argument that names the input: the sheets' directory for import.
    func inputArgument(_ writer: FileWriter) -> String { writer.command == "import" ? "sheets" : writer.input }

    /// The input named as itself, absolutely, through `..`, through a
    /// symbolic link and through a hard link.
    @Test(arguments: fileWriters) func anInputIsNeverTheOutput(writer: FileWriter) throws {
        let fm = FileManager.default
        try fm.createDirectory(atPath: path("sub"), withIntermediateDirectories: false)
        try fm.createSymbolicLink(atPath: path("link.out"), withDestinationPath: path(writer.input))
        try fm.linkItem(atPath: path(writer.input), toPath: path("hard.out"))
        let before = try snapshot()
        for output in [writer.input, path(writer.input), "./sub/../" + writer.input, "link.out", "hard.out"] {
            let r = try CommandRunner.run(writer.arguments(inputArgument(writer)) + ["-o", output], in: directory)
            #expect(r.status == 64, "\(writer) -o \(output): \(r)")
            #expect(r.stderr.contains("writing \(writer.noun) there would overwrite it"), "\(writer) -o \(output): \(r)")
            #expect(try snapshot() == before, "\(writer) -o \(output) changed a file")
        }
    }

    /// The input read on standard input, written back to with -o.
    @Test(arguments: fileWriters.filter { $0.command != "import" }) func standardInputIsNeverTheOutput(writer: FileWriter) throws {
        let before = try snapshot()
        let r = try CommandRunner.run(
            writer.arguments("-") + ["-o", writer.input], stdout: .captured, stdinFile: path(writer.input), in: directory)
        #expect(r.status == 64, "\(r)")
        #expect(r.stderr.contains("being read on standard input; writing \(writer.noun) there would overwrite it"), "\(r)")
        #expect(try snapshot() == before)
    }

    /// A directory as the output file: exit 3, nothing written.
    @Test(arguments: fileWriters) func aDirectoryIsNotAnOutputFile(writer: FileWriter) throws {
        try FileManager.default.createDirectory(atPath: path("out"), withIntermediateDirectories: false)
        let before = try snapshot()
        let r = try CommandRunner.run(writer.arguments(inputArgument(writer)) + ["-o", "out"], in: directory)
        #expect(r.status == 3, "\(r)")
        #expect(r.stderr == "samverkan \(writer.command): cannot write 'out': it is a directory; name a file inside it\n", "\(r)")
        #expect(try snapshot() == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: path("out")).isEmpty)
    }

    /// A full device as the output: exit 3 with the reason.
    @Test(arguments: fileWriters) func aFullDeviceIsAnError(writer: FileWriter) throws {
        let before = try snapshot()
        let r = try CommandRunner.run(writer.arguments(inputArgument(writer)) + ["-o", "/dev/full"], in: directory)
        #expect(r.status == 3, "\(r)")
        #expect(r.stderr.contains("/dev/full"), "\(r)")
        #expect(r.stderr.contains(String(cString: strerror(ENOSPC))), "\(r)")
        #expect(try snapshot() == before)
    }

    // MARK: standard output

    /// Every command that reads files, with arguments that make it write
    /// to standard output.
    static let readers: [String: @Sendable (String) -> [String]] = [
        "validate": { ["validate", $0] },
        "map": { ["map", $0] },
        "centrality": { ["centrality", $0] },
        "stats": { ["stats", $0, "--quick"] },
        "overlap": { ["overlap", $0] },
        "connect": { ["connect", $0, "Trafikverket", "Umeå kommun"] },
        "reach": { ["reach", $0, "Trafikverket"] },
        "brokers": { ["brokers", $0] },
        "load": { ["load", $0] },
        "communities": { ["communities", $0] },
        "ego": { ["ego", $0, "Trafikverket"] },
        "diff": { ["diff", $0, "--from", "2010"] },
        "timeline": { ["timeline", $0] },
        "report": { ["report", $0] },
        "export": { ["export", $0, "--format", "gexf"] },
        "import": { _ in ["import", "sheets"] },
    ]

    /// `samverkan COMMAND reg.yaml >> reg.yaml` (for import, `>>
    /// sheets/organisations.csv`): refused, nothing appended.
    @Test(arguments: readers.keys.sorted()) func standardOutputIsNeverAnInput(command: String) throws {
        let makeArguments = try #require(Self.readers[command])
        let arguments = makeArguments("reg.yaml")
        let input = command == "import" ? "sheets/organisations.csv" : "reg.yaml"
        let before = try snapshot()
        let r = try CommandRunner.run(arguments, stdout: .appending(path(input)), in: directory)
        #expect(r.status == 64, "\(command): \(r)")
        #expect(r.stderr.hasPrefix("samverkan \(command): standard output is the "), "\(command): \(r)")
        #expect(r.stderr.contains("being read ('\(input)'); writing there would overwrite it"), "\(command): \(r)")
        #expect(try snapshot() == before, "\(command) changed a file")
    }

    /// Standard output on a full device or closed: exit 3 with the reason,
    /// for every command (`timeline` once printed and exited 0).
    @Test(arguments: readers.keys.sorted()) func standardOutputFailuresAreErrors(command: String) throws {
        let makeArguments = try #require(Self.readers[command])
        let arguments = makeArguments("reg.yaml")
        let full = try CommandRunner.run(arguments, stdout: .file("/dev/full"), in: directory)
        #expect(full.status == 3, "\(command): \(full)")
        #expect(full.stderr.hasSuffix("cannot write to standard output: \(String(cString: strerror(ENOSPC)))\n"), "\(command): \(full)")
        let closed = try CommandRunner.run(arguments, stdout: .closed, in: directory)
        #expect(closed.status == 3, "\(command): \(closed)")
        #expect(closed.stderr.hasSuffix("cannot write to standard output: it is closed\n"), "\(command): \(closed)")
    }

    // MARK: directories of outputs

    /// `map --years 2005,now -o DIR/` where DIR/2005.svg or DIR/now.svg is
    /// the registry (content detection would load it as YAML).
    @Test func yearMapsNeverOverwriteTheRegistry() throws {
        try FileManager.default.createDirectory(atPath: path("maps"), withIntermediateDirectories: false)
        for name in ["2005.svg", "now.svg", "sheet.svg", "sheet.png"] {
            try registryBytes.write(to: URL(fileURLWithPath: path("maps/" + name)))
            let before = try snapshot()
            let r = try CommandRunner.run(
                ["map", "maps/" + name, "--format", "svg", "--years", "2005,now", "--sheet-format", "png", "-o", "maps/"],
                in: directory)
            #expect(r.status == 64, "\(name): \(r)")
            #expect(r.stderr.contains("would receive '\(name)'"), "\(name): \(r)")
            #expect(try snapshot() == before, "\(name) changed")
            try FileManager.default.removeItem(atPath: path("maps/" + name))
        }
    }

    /// `--years` into something that is not a directory: exit 3 with the
    /// reason, not Foundation's error code.
    @Test func yearMapsNeedADirectory() throws {
        let r = try CommandRunner.run(["map", "reg.yaml", "--years", "2005", "-o", "/dev/null"], in: directory)
        #expect(r.status == 3, "\(r)")
        #expect(r.stderr == "samverkan map: cannot write into '/dev/null': it is a character device, and --years "
            + "writes one file per year into a directory (made when missing); name a directory\n", "\(r)")
        try Data("x".utf8).write(to: URL(fileURLWithPath: path("file")))
        let file = try CommandRunner.run(["map", "reg.yaml", "--years", "2005", "-o", "file"], in: directory)
        #expect(file.status == 3 && file.stderr.contains("it is a regular file"), "\(file)")
    }

    /// `--years` has the same kind of cap as `timeline`'s steps.
    @Test func yearMapsAreCapped() throws {
        let years = (1000 ..< 1000 + 150).map(String.init).joined(separator: ",")
        let r = try CommandRunner.run(["map", "reg.yaml", "--years", years, "-o", "maps/"], in: directory)
        #expect(r.status == 64, "\(r)")
        #expect(r.stderr.contains("150 dates name 150 maps"), "\(r)")
        #expect(r.stderr.contains("at most 100 are drawn"), "\(r)")
        #expect(!FileManager.default.fileExists(atPath: path("maps")))
        // A negative year is the option's value, refused as not a year.
        let negative = try CommandRunner.run(["map", "reg.yaml", "--years", "-5", "-o", "maps/"], in: directory)
        #expect(negative.status == 64 && negative.stderr.contains("'-5' is not a date"), "\(negative)")
    }

    /// The directory formats of `export`: a directory that holds the
    /// registry is never replaced; `--force` replaces only an earlier
    /// export, never the working directory, the source copies or a
    /// directory with other files.
    @Test(arguments: ["csv", "sheets", "neo4j", "graphframes"]) func forceReplacesOnlyAnEarlierExport(format: String) throws {
        let fm = FileManager.default
        try fm.createDirectory(atPath: path("keep"), withIntermediateDirectories: false)
        try Data("mine".utf8).write(to: URL(fileURLWithPath: path("keep/notes.txt")))
        var before = try snapshot()

        let holding = try CommandRunner.run(["export", "reg.yaml", "--format", format, "-o", ".", "--force"], in: directory)
        #expect(holding.status == 64 && holding.stderr.contains("holds the registry being read ('reg.yaml')"), "\(holding)")
        let cwd = try CommandRunner.run(["export", "../reg.yaml", "--format", format, "-o", ".", "--force"],
                                        in: directory.appendingPathComponent("keep"))
        #expect(cwd.status == 3 && cwd.stderr.contains("it is the working directory"), "\(cwd)")
        let sources = try CommandRunner.run(["export", "reg.yaml", "--format", format, "-o", "sources", "--force"], in: directory)
        #expect(sources.status == 3 && sources.stderr.contains("it was not written by an export"), "\(sources)")
        let other = try CommandRunner.run(["export", "reg.yaml", "--format", format, "-o", "keep", "--force"], in: directory)
        #expect(other.status == 3, "\(other)")
        #expect(other.stderr.contains("it was not written by an export"), "\(other)")
        #expect(try snapshot() == before, "a refused export changed a file")

        // An earlier export is replaced with --force, also through a link;
        // a file added to it afterwards makes it not an export's any more.
        let first = try CommandRunner.run(["export", "reg.yaml", "--format", format, "-o", "out"], in: directory)
        #expect(first.status == 0, "\(first)")
        try fm.createSymbolicLink(atPath: path("out-link"), withDestinationPath: "out")
        let again = try CommandRunner.run(["export", "reg.yaml", "--format", format, "-o", "out-link", "--force"], in: directory)
        #expect(again.status == 0, "\(again)")
        #expect(kind(path("out-link")) == S_IFLNK, "the link was replaced by a directory")
        try Data("added".utf8).write(to: URL(fileURLWithPath: path("out/added.txt")))
        before = try snapshot()
        let added = try CommandRunner.run(["export", "reg.yaml", "--format", format, "-o", "out", "--force"], in: directory)
        #expect(added.status == 3 && added.stderr.contains("'added.txt', which the earlier export did not write"), "\(added)")
        #expect(try snapshot() == before)
    }

    func kind(_ path: String) -> mode_t? {
        var info = stat()
        return lstat(path, &info) == 0 ? info.st_mode & S_IFMT : nil
    }

    /// A one-mode network given to a command that needs a registry says so.
    @Test(arguments: ["report", "export", "timeline", "diff"]) func aOneModeNetworkIsNotARegistry(command: String) throws {
        try Data("source,target\na,b\nb,c\n".utf8).write(to: URL(fileURLWithPath: path("edges.csv")))
        var arguments = [command, "edges.csv"]
        if command == "export" { arguments += ["--format", "gexf"] }
        if command == "diff" { arguments += ["--from", "2010"] }
        let r = try CommandRunner.run(arguments, in: directory)
        #expect(r.status == 64, "\(r)")
        #expect(r.stderr.hasPrefix("samverkan \(command): 'edges.csv' is a one-mode network (edgelist); \(command) needs a registry"), "\(r)")
    }

    // MARK: the tables cover every command

    @Test func everyCommandIsInTheTables() {
        let commands = Samverkan.configuration.subcommands
        let readers = Set(commands.filter { $0 is ReadsRegistries.Type }.map { $0._commandName })
        let writers = Set(commands.filter { $0 is WritesFiles.Type }.map { $0._commandName })
        #expect(readers == Set(commands.map { $0._commandName }), "a command does not check its standard output")
        #expect(Set(Self.readers.keys) == readers)
        #expect(Set(Self.fileWriters.map(\.command)) == writers)
        // A command whose help offers -o writes files, and so checks them.
        for command in commands where command.helpMessage(columns: 200).contains("-o, --output") {
            #expect(writers.contains(command._commandName), "\(command._commandName) has -o but is not WritesFiles")
        }
    }
}
