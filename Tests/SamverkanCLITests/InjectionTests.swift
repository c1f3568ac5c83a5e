import Foundation
import SamverkanTestSupport
import Testing

/// Names from files anyone can write reach spreadsheets and terminals
/// inert: analysis CSV prefixes a cell a spreadsheet would run with `'`
/// (exact with `--csv-raw`), and every line of every command's table
/// format shows control and bidi characters as `<U+XXXX>`.
@Suite final class InjectionTests {
    let scratch: ScratchDirectory
    var directory: URL { scratch.url }

    /// Every name begins with a character a spreadsheet runs (`=`, `+`,
    /// `-`, `@`, tab) and holds ESC, BEL or U+202E; `a` and `c` are cut
    /// organisations, `-G2` a cut group, `z` sits in no group.
    static let registry = """
        organisations:
          - {id: a, name: "=A\\e[31m\\a\\u202E", kind: municipality}
          - {id: b, name: "+B\\e]0;t\\a", kind: company}
          - {id: c, name: "-C\\u202E", kind: company}
          - {id: d, name: "@D\\e[2J", kind: company}
          - {id: e, name: "\\tE", kind: company}
          - {id: z, name: "=Z\\e[5m", kind: municipality}
        groups:
          - {id: g1, name: "=G1\\e[1m\\a", kind: council, since: 2010, members: [a, b]}
          - {id: g2, name: "-G2\\u202E", kind: council, since: 2012, members: [a, c]}
          - {id: g3, name: "@G3", kind: council, since: 2014, members: [c, d, e]}
        """

    /// The same registry a little later: one organisation more.
    static let later = registry.replacingOccurrences(
        of: "groups:", with: "  - {id: n, name: \"=NEW\\e[31m\", kind: company}\ngroups:")

    /// A one-mode edge list with the same kind of names.
    static let edges = "source,target\n\"=A\u{1B}[31m\u{07}\",\"-B\u{202E}\"\n\"-B\u{202E}\",@C\n@C,\"+D\u{1B}]0;t\u{07}\"\n"

    init() throws {
        scratch = try ScratchDirectory("injection")
        try Data(Self.registry.utf8).write(to: directory.appendingPathComponent("evil.yaml"))
        try Data(Self.later.utf8).write(to: directory.appendingPathComponent("later.yaml"))
        try Data(Self.edges.utf8).write(to: directory.appendingPathComponent("edges.csv"))
    }

    func run(_ arguments: [String]) throws -> CommandResult {
        try CommandRunner.run(arguments, in: directory)
    }

    /// Every analysis command with `--format csv` (diff exits 1: changes).
    static let csvCommands: [[String]] = [
        ["centrality", "evil.yaml"], ["centrality", "evil.yaml", "--mode", "organisations"], ["stats", "evil.yaml"],
        ["overlap", "evil.yaml"], ["connect", "evil.yaml", "b", "d"], ["reach", "evil.yaml", "a"],
        ["brokers", "evil.yaml"], ["load", "evil.yaml"], ["communities", "evil.yaml"], ["ego", "evil.yaml", "a"],
        ["diff", "evil.yaml", "later.yaml"], ["timeline", "evil.yaml"], ["centrality", "edges.csv"],
        ["brokers", "edges.csv"], ["communities", "edges.csv"], ["connect", "edges.csv", "=A\u{1B}[31m\u{07}", "@C"],
        ["stats", "edges.csv"],
    ]

    /// The cells of an RFC 4180 CSV text (records flattened).
    static func cells(_ csv: String) -> [String] {
        var cells: [String] = []
        var cell = ""
        var quoted = false
        var scalars = csv.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil
        while let s = pending ?? scalars.next() {
            pending = nil
            if quoted {
                if s == "\"" {
                    let next = scalars.next()
                    if next == "\"" { cell.unicodeScalars.append("\"") } else { quoted = false; pending = next }
                } else {
                    cell.unicodeScalars.append(s)
                }
            } else if s == "\"" {
                quoted = true
            } else if s == "," || s == "\n" {
                cells.append(cell)
                cell = ""
            } else {
                cell.unicodeScalars.append(s)
            }
        }
        return cells
    }

    /// Whether a spreadsheet would run `cell`: it begins with `=`, `+`,
    /// `-`, `@`, tab or carriage return and is not a plain number.
    static func runs(_ cell: String) -> Bool {
        guard let first = cell.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else { return false }
        return Double(cell) == nil
    }

    @Test(arguments: csvCommands)
    func analysisCSVPrefixesFormulaCells(_ command: [String]) throws {
        let guarded = try run(command + ["--format", "csv"])
        #expect([0, 1].contains(guarded.status), "\(guarded)")
        let cells = Self.cells(guarded.stdout)
        #expect(cells.filter(Self.runs).isEmpty, "\(cells.filter(Self.runs))")
        #expect(cells.contains { $0.hasPrefix("'") && Self.runs(String($0.dropFirst())) }, "\(guarded.stdout)")

        let raw = try run(command + ["--format", "csv", "--csv-raw"])
        #expect(raw.status == guarded.status, "\(raw)")
        let exact = Self.cells(raw.stdout)
        #expect(exact.count == cells.count)
        #expect(exact.contains(where: Self.runs), "\(raw.stdout)")
        #expect(!exact.contains { $0.hasPrefix("'") })
    }

    /// A name holding CR LF is one quoted cell, not the end of a row.
    @Test func aLineBreakInANameIsQuoted() throws {
        try Data("organisations: [{id: a, name: \"X\\r\\nY\", kind: other}]\n".utf8)
            .write(to: directory.appendingPathComponent("crlf.yaml"))
        let r = try run(["centrality", "crlf.yaml", "--measure", "degree", "--format", "csv"])
        #expect(r.status == 0, "\(r)")
        #expect(r.stdout.contains(",\"X\r\nY\","), "\(r.stdout)")
    }

    @Test func csvRawNeedsTheCSVFormat() throws {
        for command in [["centrality", "evil.yaml"], ["diff", "evil.yaml", "later.yaml"], ["timeline", "evil.yaml"]] {
            let r = try run(command + ["--csv-raw"])
            #expect(r.status == 64, "\(r)")
            #expect(r.stderr.contains("--csv-raw applies to --format csv"), "\(r)")
        }
    }

    /// Every analysis command's table format: the names' ESC, BEL and
    /// U+202E show as `<U+XXXX>`, in the tables and in the prose lines
    /// between them.
    @Test(arguments: csvCommands)
    func tableFormatNeutralisesEveryLine(_ command: [String]) throws {
        let r = try run(command)
        #expect([0, 1].contains(r.status), "\(r)")
        #expect(!r.stdout.unicodeScalars.contains { [0x1B, 0x07, 0x202E].contains($0.value) }, "\(r.stdout)")
    }

    /// The prose lines that printed raw escapes: brokers' cut lines, load's
    /// "In no group", communities' member lists (registry and one-mode),
    /// connect's shared groups.
    @Test(arguments: [
        (["brokers", "evil.yaml"], "Cut organisations (organisation network): -C<U+202E>, =A<U+001B>[31m<U+0007><U+202E>"),
        (["brokers", "evil.yaml"], "Cut groups: -G2<U+202E>, =G1<U+001B>[1m<U+0007>, @G3"),
        (["load", "evil.yaml"], "In no group: =Z<U+001B>[5m"),
        (["communities", "evil.yaml"], "<U+0009>E"),
        (["communities", "edges.csv"], "=A<U+001B>[31m<U+0007>"),
        (["brokers", "edges.csv"], "Cut vertices: "),
        (["connect", "evil.yaml", "a", "c"], "Shared groups: -G2<U+202E>"),
    ] as [([String], String)])
    func proseLinesShowEscapes(_ command: [String], _ line: String) throws {
        let r = try run(command)
        #expect(r.status == 0, "\(r)")
        #expect(r.stdout.contains(line), "\(r.stdout)")
        #expect(!r.stdout.unicodeScalars.contains { [0x1B, 0x07, 0x202E].contains($0.value) }, "\(r.stdout)")
    }

    /// validate's summary line names the file as the table format names
    /// anything: a file name holding ESC shows it as `<U+001B>`.
    @Test func validateSummaryNeutralisesTheFileName() throws {
        try Data(Self.registry.utf8).write(to: directory.appendingPathComponent("a\u{1B}[31m.yaml"))
        let r = try run(["validate", "a\u{1B}[31m.yaml"])
        #expect(r.status == 0, "\(r)")
        #expect(r.stdout.hasPrefix("a<U+001B>[31m.yaml: valid: 6 organisations"), "\(r.stdout)")
    }

    /// On a colour terminal the commands' own bold and dim lines keep
    /// their style, while a name's escapes, even one that spells the bold
    /// style, show as `<U+XXXX>`.
    @Test func aColourTerminalKeepsTheCommandsStylesOnly() throws {
        let binary = try CommandRunner.executableURL(named: "samverkan").path
        let tty = try CommandRunner.underPseudoTerminal("unset NO_COLOR; \(binary) brokers evil.yaml", in: directory)
        #expect(tty.status == 0, "\(tty)")
        #expect(tty.stdout.contains("\u{1B}[1mWhat holds the network together (as of now)\u{1B}[0m"), "\(tty.stdout)")
        #expect(tty.stdout.contains("Cut groups: -G2<U+202E>, =G1<U+001B>[1m<U+0007>, @G3"), "\(tty.stdout)")
        #expect(!tty.stdout.contains("\u{1B}[31m") && !tty.stdout.contains("\u{1B}]0"), "\(tty.stdout)")
        #expect(!tty.stdout.unicodeScalars.contains { [0x07, 0x202E].contains($0.value) }, "\(tty.stdout)")
    }
}
