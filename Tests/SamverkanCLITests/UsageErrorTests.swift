import Foundation
@testable import SamverkanCLI
import SamverkanTestSupport
import Testing

/// Command lines that are wrong whatever the registry holds end with exit
/// status 64 and say how to fix them; names the registry lacks stay 1.
@Suite final class UsageErrorTests {
    static let root = PackagePaths.root
    static let registry = "graphs/vasterbotten.yaml"
    let scratch: ScratchDirectory
    var directory: URL { scratch.url }

    init() throws {
        scratch = try ScratchDirectory("usage")
    }

    func run(_ arguments: String..., stdin: String? = nil) throws -> CommandResult {
        try CommandRunner.run(arguments, stdin: stdin, in: Self.root)
    }

    @Test func formatThatContradictsTheExtension() throws {
        let svg = directory.appendingPathComponent("map.svg").path
        let r = try run("map", Self.registry, "--format", "png", "-o", svg)
        #expect(r.status == 64, "\(r)")
        #expect(r.stderr.contains("--format png does not match 'map.svg'"), "\(r)")
        #expect(r.stderr.contains("drop --format to write svg, or name the file 'map.png'"), "\(r)")
        #expect(!FileManager.default.fileExists(atPath: svg))
        // An extension that names no format leaves --format to decide.
        let out = directory.appendingPathComponent("map.out").path
        let unknown = try run("map", Self.registry, "--format", "png", "-o", out)
        #expect(unknown.status == 0, "\(unknown)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: out)).starts(with: [0x89, 0x50, 0x4E, 0x47]))
        let agreeing = try run("map", Self.registry, "--format", "dot", "-o", directory.appendingPathComponent("m.gv").path)
        #expect(agreeing.status == 0, "\(agreeing)")
        // Without --format, an extension that names no format is refused,
        // listing those that do; nothing is written.
        let jpg = directory.appendingPathComponent("x.jpg").path
        let refused = try run("map", Self.registry, "-o", jpg)
        #expect(refused.status == 64, "\(refused)")
        #expect(refused.stderr == "samverkan map: 'x.jpg': map writes .svg, .png, .pdf or .gv (DOT, also .dot), not .jpg; "
            + "name the file with one of them, or choose with --format\n", "\(refused)")
        #expect(!FileManager.default.fileExists(atPath: jpg))
        // --years makes a directory: a file name is refused, not made one.
        let yrs = directory.appendingPathComponent("yrs.png").path
        let years = try run("map", Self.registry, "--years", "2010,now", "-o", yrs)
        #expect(years.status == 64, "\(years)")
        #expect(years.stderr.contains("--years writes a directory of maps, and 'yrs.png' is a file name; give a directory, such as -o yrs/"))
        #expect(!FileManager.default.fileExists(atPath: yrs))
    }

    /// `samverkan --version` prints the version the map's footer shows.
    @Test func versionIsTheFootersVersion() throws {
        let r = try run("--version")
        #expect(r.status == 0 && r.stdout == "0.2.0\n", "\(r)")
        let dot = try run("map", Self.registry, "--format", "dot")
        #expect(dot.stdout.contains("Samverkan 0.2.0"))
    }

    /// `--top=-3`: the parser takes `--top -3` as a missing value (also 64).
    @Test(arguments: ["0", "-3"]) func topBelowOne(top: String) throws {
        let r = try run("centrality", Self.registry, "--top=\(top)")
        #expect(r.status == 64, "\(r)")
        #expect(r.stderr.contains("--top must be 1 or more, not \(top)"), "\(r)")
        #expect(r.stdout.isEmpty, "\(r)")
    }

    @Test func statsTopBelowZero() throws {
        let r = try run("stats", Self.registry, "--top=-3")
        #expect(r.status == 64, "\(r)")
        #expect(r.stderr.contains("--top must be 0 or more, not -3"), "\(r)")
        #expect(try run("stats", Self.registry, "--top", "0").status == 0)
    }

    @Test func standardInputReadTwice() throws {
        let text = try String(contentsOf: Self.root.appendingPathComponent(Self.registry), encoding: .utf8)
        let r = try run("validate", "-", "-", stdin: text)
        #expect(r.status == 64, "\(r)")
        #expect(r.stderr.contains("'-' (standard input) can be read only once"), "\(r)")
        #expect(r.stdout.isEmpty, "\(r)")
    }

    @Test func misspeltCommandGetsASuggestion() throws {
        let r = try run("valdate", Self.registry)
        #expect(r.status == 64, "\(r)")
        #expect(r.stderr.contains("unknown command 'valdate'; did you mean 'validate'?"), "\(r)")
        let m = try run("centraliti", Self.registry)
        #expect(m.stderr.contains("did you mean 'centrality'?"), "\(m)")
        // Nothing close: the argument parser's own message, still 64.
        let far = try run("xyzzy")
        #expect(far.status == 64, "\(far)")
        #expect(!far.stderr.contains("did you mean"), "\(far)")
    }

    /// `reach --steps 0` is in `AnalysisCommandTests`.
    @Test func mapValuesOutOfRangeAreUsageErrors() throws {
        let radius = try run("map", Self.registry, "--focus", "umea", "--radius=-1", "--format", "dot")
        #expect(radius.status == 64, "\(radius)")
        #expect(radius.stderr == "samverkan map: focus: the radius must be 0 or more, not -1\n", "\(radius)")
        let connect = try run("map", Self.registry, "--connect", "umea", "--format", "dot")
        #expect(connect.status == 64, "\(connect)")
        #expect(connect.stderr.contains("--connect takes two organisations, got 1"), "\(connect)")
        // A name the registry does not have stays 1.
        #expect(try run("reach", Self.registry, "umeaa").status == 1)
        #expect(try run("map", Self.registry, "--focus", "Trafikverkt").status == 1)
    }

    /// Every usage error of every command, one invocation each, with the
    /// start of its message. The placeholders: `R` the registry, `E` a
    /// one-mode edge list, `S` a CSV that is none of the sheets, `D` a
    /// directory in the scratch space.
    static let usageErrors: [(arguments: String, message: String)] = [
        ("validate - -", "'-' (standard input) can be read only once"),
        ("validate R --as-of 2010 --all-time", "--as-of and --all-time contradict each other"),
        ("map R --format png -o D/map.svg", "--format png does not match 'map.svg'"),
        ("map R --focus umea --radius=-1 --format dot", "focus: the radius must be 0 or more, not -1"),
        ("map R --connect umea --format dot", "--connect takes two organisations, got 1"),
        ("map R --sheet-format png -o D/m.svg", "--sheet-format goes with --years"),
        ("map R --years 2003,x -o D/years", "--years: 'x' is not a date"),
        ("map R --years , -o D/years", "--years names no year"),
        ("map R --years 2003", "--years writes one file per year"),
        ("map R --years 2003 -o D/years --layout date", "--years draws every year on one layout"),
        ("map R --years 2003 -o D/years --format png", "--years draws SVG only"),
        ("map R --threads 0", "--threads must be 1 or more, not 0"),
        ("map R -o R", "writing the map there would overwrite it"),
        ("map R --as-of 2010 --all-time", "--as-of and --all-time contradict each other"),
        ("map E --focus a", "--focus applies to registries"),
        ("centrality R --top 0", "--top must be 1 or more, not 0"),
        ("centrality R --alpha 0", "--alpha 0.0 is invalid"),
        ("centrality R --tolerance 0", "--tolerance 0.0 is invalid"),
        ("centrality R --threads 0", "--threads must be 1 or more, not 0"),
        ("centrality R --delta 0.1", "--delta goes with --epsilon"),
        ("centrality R --seed 3", "--seed goes with --epsilon"),
        ("centrality R --epsilon 0.1 --measure closeness", "--epsilon estimates betweenness only, not closeness"),
        ("centrality R --epsilon 2", "--epsilon 2.0 is invalid"),
        ("centrality R --epsilon 0.1 --delta 2", "--delta 2.0 is invalid"),
        ("centrality R --epsilon 0.1 --mode organisations", "--epsilon estimates betweenness in hops"),
        ("centrality R --csv-raw", "--csv-raw applies to --format csv"),
        ("centrality R --as-of 2010 --all-time", "--as-of and --all-time contradict each other"),
        ("centrality E --mode organisations", "--mode applies to registries of organisations and groups"),
        ("stats R --top=-3", "--top must be 0 or more, not -3"),
        ("stats R --threads 0", "--threads must be 1 or more, not 0"),
        ("stats R --csv-raw", "--csv-raw applies to --format csv"),
        ("stats E --as-of 2010", "--as-of applies to registries of organisations and groups"),
        ("stats R -o", ""),
        ("stats R --epsilon 1", "--epsilon 1.0 is invalid"),
        ("stats R --delta 0", "--delta 0.0 is invalid"),
        ("stats R --exact-up-to=-1", "--exact-up-to must be 0 or more, not -1"),
        ("stats R --exact --epsilon 0.1", "--epsilon sets the estimate, and --exact asks for none"),
        ("stats R --quick --seed 3", "--seed concerns the all-pairs figures, which --quick leaves out"),
        ("stats R --quick --exact", "--exact concerns the all-pairs figures, which --quick leaves out"),
        ("stats E --exact", "--exact applies to a registry, not to a one-mode network"),
        ("overlap R --csv-raw", "--csv-raw applies to --format csv"),
        ("overlap E", "overlap needs a registry of organisations and groups"),
        ("connect R a b --as-of 2010 --all-time", "--as-of and --all-time contradict each other"),
        ("connect E a c --weights length --longer", "--longer lists the chains one step longer"),
        ("timeline R --measure betweenness --weights none --lengths weight", "--weights none and --lengths weight contradict each other"),
        ("connect R vasterbottensturism umea --weights strength", "--weights strength applies to a weighted one-mode network"),
        ("reach R umea --steps 0", "the number of steps is 0; give 1 or more"),
        ("reach R umea --csv-raw", "--csv-raw applies to --format csv"),
        ("reach E a", "reach needs a registry of organisations and groups"),
        ("brokers R --tie-weights", "--tie-weights is for one-mode networks"),
        ("brokers E --weighting shared-groups", "--weighting shared-groups applies to registries"),
        ("brokers R --certainty stated --all-time --as-of 2010", "--as-of and --all-time contradict each other"),
        ("load R --csv-raw", "--csv-raw applies to --format csv"),
        ("load E", "load needs a registry of organisations and groups"),
        ("communities R --resolution 0", "the resolution is 0.0; give a positive number"),
        ("communities R --csv-raw", "--csv-raw applies to --format csv"),
        ("ego R umea --radius=-1", "the radius is -1; give 1 or more"),
        ("ego R umea --csv-raw", "--csv-raw applies to --format csv"),
        ("ego E a", "ego needs a registry of organisations and groups"),
        ("diff R --from 2010 --top=-1", "--top is -1; give 0 or more"),
        ("diff R --from 2010 --as-of 2010", "--as-of compares two files"),
        ("diff R", "one file needs --from DATE"),
        ("diff R --from 2015 --to 2010", "--from 2015 is after --to 2010"),
        ("diff R --from now --to 2010", "--from now is after --to 2010"),
        ("diff R R --from 2010", "--from and --to compare one file at two dates"),
        ("diff - -", "only one of the two files can be '-'"),
        ("diff R R R", "give FILE --from DATE --to DATE, or two files OLD NEW (got 3 files)"),
        ("diff R --from x", "--from 'x' is not a date"),
        ("diff R R --as-of x", "--as-of 'x' is not a date"),
        ("diff R --from 2010 --csv-raw", "--csv-raw applies to --format csv"),
        ("timeline R --from 2015 --to 2010", "--from 2015 is after --to 2010"),
        ("timeline R -o=", "-o needs a file name"),
        ("timeline R --threads 0", "--threads must be 1 or more, not 0"),
        ("timeline R --csv-raw", "--csv-raw applies to --format csv"),
        ("timeline R --from 1000 --every month", "the timeline would take 12192 steps"),
        ("timeline R --from x", "--from 'x' is not a date; write YYYY, YYYY-MM or YYYY-MM-DD"),
        ("timeline R --to soon", "--to 'soon' is not a date"),
        ("stats R --as-of x", "--as-of 'x' is not a date; write now, YYYY, YYYY-MM or YYYY-MM-DD"),
        ("map R --as-of all-time", "--as-of 'all-time' is not a date"),
        ("timeline R -o R", "writing the chart there would overwrite it"),
        ("report R --overview-above=-1", "--overview-above must be 0 or more, got -1"),
        ("report R -o R", "writing the page there would overwrite it"),
        ("export R --format csv", "--format csv writes several files"),
        ("export R --format graphframes", "--format graphframes writes several files: give a directory with -o DIR/"),
        ("export R --format graphml -o=", "-o needs a file name, or '-' for standard output"),
        ("export R --format sheets --mode organisations -o D/sheets", "it has no 'organisations' projection"),
        ("export R --format graphml -o R", "writing the export there would overwrite it"),
        ("export R --format graphml --as-of 2010-13", "--as-of '2010-13' is not a date"),
        ("export R --format csv -o graphs", "replaces the directory whole"),
        ("import S", "is not one of the sheets"),
        ("import S -o=", "-o needs a file name, or '-' for standard output"),
        ("valdate R", "unknown command 'valdate'; did you mean 'validate'?"),
    ]

    /// Each usage error exits 64 with one line, `samverkan <command>:
    /// <message>`, through `CLIError.usage`: never the argument parser's
    /// "Error: … Usage: …" that a `ValidationError` prints, nothing on
    /// standard output. (`stats R -o` is the parser's own: an unknown
    /// option, its usage lines kept.)
    @Test func everyUsageErrorExits64WithOneLine() throws {
        let edges = directory.appendingPathComponent("edges.csv")
        try "source,target\na,b\nb,c\n".write(to: edges, atomically: true, encoding: .utf8)
        let sheet = directory.appendingPathComponent("people.csv")
        try "x,y\n1,2\n".write(to: sheet, atomically: true, encoding: .utf8)
        let commands = Set(["validate", "map", "centrality", "stats", "overlap", "connect", "reach", "brokers", "load",
                            "communities", "ego", "diff", "timeline", "report", "export", "import"])
        var covered: Set<String> = []
        for (line, message) in Self.usageErrors {
            let arguments = line.split(separator: " ").map { word -> String in
                switch word {
                case "R": Self.registry
                case "E": edges.path
                case "S": sheet.path
                default: String(word).replacingOccurrences(of: "D/", with: directory.path + "/")
                }
            }
            let r = try CommandRunner.run(arguments, in: Self.root)
            #expect(r.status == 64, "\(line): \(r)")
            #expect(r.stdout.isEmpty, "\(line): \(r)")
            if message.isEmpty {
                #expect(r.stderr.hasPrefix("Error: Unknown option '-o'\n"), "\(line): \(r)")
                continue
            }
            let command = arguments[0]
            let prefix = commands.contains(command) ? "samverkan \(command): " : "samverkan: "
            #expect(r.stderr.hasPrefix(prefix), "\(line): \(r)")
            #expect(r.stderr.contains(message), "\(line): \(r)")
            #expect(r.stderr.filter { $0 == "\n" }.count == 1 && r.stderr.hasSuffix("\n"), "\(line): \(r)")
            #expect(!r.stderr.contains("Usage:"), "\(line): \(r)")
            covered.insert(command)
        }
        #expect(covered == commands.union(["valdate"]), "commands without a usage error in the table")
    }

    /// The one path, in the source: no command throws the argument
    /// parser's `ValidationError` (which prints "Error: …" and the usage
    /// lines) or a failure with status 64, nor writes `validate()` itself
    /// (`ChecksCommandLine` does, reporting `CLIError.usage`).
    @Test func usageErrorsHaveOneConstructor() throws {
        let sources = Self.root.appendingPathComponent("Sources/samverkan")
        let files = try #require(FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil))
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" }
        #expect(files.count > 30, "\(files.count) files under \(sources.path)")
        for file in files {
            let text = try String(contentsOf: file, encoding: .utf8)
            let name = file.lastPathComponent
            #expect(!text.contains("ValidationError"), "\(name) throws ValidationError")
            #expect(!text.contains("status: 64"), "\(name) reports a usage error as a failure")
            #expect(!text.contains("ExitCode(64)") && !text.contains("validationFailure") || name == "CLIError.swift",
                    "\(name) exits 64 outside CLIError")
            #expect(!text.contains("func validate(") || name == "CLIError.swift", "\(name) writes validate()")
        }
    }

    /// Every command checks its command line through `ChecksCommandLine`,
    /// which also refuses an output that is an input before anything else.
    @Test func everyCommandChecksItsCommandLine() {
        for command in Samverkan.configuration.subcommands {
            #expect(command is any ChecksCommandLine.Type, "\(command._commandName)")
        }
        #expect(Samverkan.configuration.subcommands.count == 16)
    }

    /// The parser checks a command line before it looks for `--help`; a
    /// help request still prints only the help, whatever the checks found.
    @Test func helpIsNeverAUsageError() throws {
        for arguments in [["diff", "--help"], ["centrality", Self.registry, "--top", "0", "--help"],
                          ["map", Self.registry, "-o", Self.registry, "--help"], ["timeline", Self.registry, "--from", "x", "-h"]] {
            let r = try CommandRunner.run(arguments, in: Self.root)
            #expect(r.status == 0, "\(arguments): \(r)")
            #expect(r.stderr.isEmpty, "\(arguments): \(r)")
            #expect(r.stdout.contains("USAGE: samverkan \(arguments[0])"), "\(arguments): \(r)")
        }
    }

    @Test func helpStatesUsageAndWriteFailures() throws {
        for command in ["validate", "map", "centrality", "stats", "overlap", "connect", "reach", "brokers", "load",
                        "communities", "ego"] {
            let help = try run(command, "--help")
            #expect(help.status == 0)
            let text = help.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            #expect(text.contains("64 a usage error"), "\(command): \(help.stdout)")
            #expect(text.contains("the output cannot be written"), "\(command): \(help.stdout)")
        }
    }
}
