import ArgumentParser
import Foundation
import PartnerRegistry

/// `samverkan diff FILE --from DATE --to DATE` or `samverkan diff OLD NEW`:
/// what changed. The one command whose exit status 1 means "different".
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "What changed: one registry at two dates, or two registry files.",
        discussion: """
        `diff FILE --from DATE --to DATE` compares one registry at two dates (`now` is a date: what has \
        not ended). `diff OLD NEW` compares two files (YAML, JSON or CSV; '-' reads standard input for \
        one of them), over all time unless --as-of chooses a date for both. Reported: organisations, \
        groups, memberships, roles, initiatives and documents added, ended and changed — a successor \
        (`replaces`, `succeeded-by`) or a new name for the same ID is a rename, not an end plus an \
        addition; what is present only possibly on one side is reported as uncertain; pairs of \
        organisations that gained or lost their last shared group (the first --limit of each, 1,000 \
        unless told, by name; every pair is counted); organisations that lost every partner; the largest \
        moves in degree and betweenness rank, each saying whether the organisation's own ties changed or \
        only others' did; new and vanished cut vertices. Where a date holds facts that are only possibly \
        there, pairs, partners, ranks and cut vertices are computed on what may be there and on what \
        certainly is: a change that holds only possibly says so ("uncertain on 2010"), and a figure shows \
        its sure value beside it ("17 (säkert 0)"; JSON `sure`, CSV `sure_details`). Rows show names, \
        in Swedish order; JSON and CSV carry the IDs.

        Exit status follows diff(1), unlike the other commands: 0 when nothing changed, 1 when \
        something did, 2 for an input that cannot be read or holds errors; and, as for every command, 64 \
        for a wrong command line (a date that cannot be read, a wrong count of files, options that \
        contradict each other).
        """)

    @Argument(help: ArgumentHelp("FILE (with --from and --to), or OLD NEW.", valueName: "file"))
    var files: [String] = []

    @Option(parsing: .unconditional, help: ArgumentHelp("The earlier date of one file: now, YYYY, YYYY-MM or YYYY-MM-DD.", valueName: "date"))
    var from: String?

    @Option(parsing: .unconditional, help: ArgumentHelp("The later date of one file (default now).", valueName: "date"))
    var to: String?

    @Option(name: .customLong("as-of"), parsing: .unconditional, help: ArgumentHelp(
        "With two files: compare both as of this date (default: everything, ended or not).", valueName: "date"))
    var asOf: String?

    @Option(help: ArgumentHelp("Which facts count: stated, inferred or all.", valueName: "stated|inferred|all"))
    var certainty: CertaintyFilter = .all

    @Option(help: "How many of the largest rank moves to list per measure; 0 leaves them out and needs no organisation projection.")
    var top: Int = 10

    @Option(name: .customLong("limit"), help: ArgumentHelp(
        "List at most N pairs lost and N gained, the first by name; 'all' lists every pair, 0 only counts them.",
        valueName: "N|all"))
    var limit: PairLimit = .standard

    @OptionGroup var output: FormatOptions

    func run() throws {
        let diff = try compare()
        if output.format != .table, diff.pairsAreCut { printToStandardError("samverkan diff: " + diff.pairCutSummary) }
        switch output.format {
        case .table: try StandardStream.output.writeDisplay(diff.text(style: .standardOutput))
        case .json: try StandardStream.output.write(try AnalysisOutput.json(diff))
        case .csv: try StandardStream.output.write(output.csvCells.csv { diff.csv() })
        }
        if diff.hasChanges { throw ExitCode(1) }
    }

    /// The date `text` names for `option`, or a usage error.
    private static func date(_ text: String, _ option: String) throws(CLIError) -> AsOf {
        try DateArgument.asOf(text, option: option)
    }

    /// Loads and compares (`checkCommandLine()` has checked the files and
    /// dates); an input that cannot be read or loaded ends with status 2.
    private func compare() throws -> RegistryDiff {
        func load(_ path: String) throws -> Registry {
            try RegistryOptions.load(path: path, command: "diff", unreadable: 2)
        }
        if files.count == 1 {
            let start = try Self.date(from ?? "", "--from"), end = try Self.date(to ?? "now", "--to")
            let registry = try load(files[0])
            return try compare(
                RegistryAnalysis(registry: registry, asOf: start, certainty: certainty),
                RegistryAnalysis(registry: registry, asOf: end, certainty: certainty), labels: nil)
        }
        let when = try asOf.map { text throws(CLIError) in try Self.date(text, "--as-of") } ?? .allTime
        let old = try load(files[0]), new = try load(files[1])
        return try compare(
            RegistryAnalysis(registry: old, asOf: when, certainty: certainty),
            RegistryAnalysis(registry: new, asOf: when, certainty: certainty), labels: (name(files[0]), name(files[1])))
    }

    /// The diff of two analyses; first, when rank moves are asked for and
    /// a side's organisation projection (which betweenness is measured on)
    /// is quadratic in one group's size, a notice of its size.
    private func compare(_ old: RegistryAnalysis, _ new: RegistryAnalysis, labels: (String, String)?) throws
        -> RegistryDiff
    {
        if top > 0 {
            let sizes = [old, new].compactMap { try? $0.projectionSize(.organisations, above: ProjectionSize.noticeThreshold) }
            if let size = sizes.max(by: { $0.edges < $1.edges }) {
                printToStandardError(size.notice(
                    command: "diff", work: "measuring betweenness ranks on it",
                    alternative: "--top 0 leaves the rank moves out and needs no projection."))
            }
        }
        return try RegistryDiff(
            from: old, to: new, fromLabel: labels?.0, toLabel: labels?.1, rankMoves: top, pairLimit: limit.count)
    }

    private func name(_ path: String) -> String { path == "-" ? RegistryLoader.standardInputName : path }
}

extension DiffCommand: ChecksCommandLine {
    /// One file with `--from` (and `--to`, in order), or two files with at
    /// most one `-` and `--as-of`; dates that read as dates; `--top` 0 or more.
    func checkCommandLine() throws(CLIError) {
        try output.checkCommandLine()
        guard top >= 0 else { throw .usage("--top is \(top); give 0 or more") }
        switch files.count {
        case 1:
            guard asOf == nil else { throw .usage("--as-of compares two files; for one file give --from and --to") }
            guard let fromText = from else { throw .usage("one file needs --from DATE (and --to DATE, default now)") }
            let start = try Self.date(fromText, "--from"), end = try Self.date(to ?? "now", "--to")
            if case let .date(a) = start, case let .date(b) = end, a > b {
                throw .usage("--from \(a) is after --to \(b); give the earlier date first")
            }
            if start == .now, end != .now { throw .usage("--from now is after --to \(end); give the earlier date first") }
        case 2:
            guard from == nil, to == nil else {
                throw .usage("--from and --to compare one file at two dates; with two files use --as-of")
            }
            guard files[0] != "-" || files[1] != "-" else { throw .usage("only one of the two files can be '-'") }
            if let asOf { _ = try Self.date(asOf, "--as-of") }
        default:
            throw .usage("give FILE --from DATE --to DATE, or two files OLD NEW (got \(files.count) files)")
        }
    }
}

extension RegistryDiff {
    /// One row per change: section, change, IDs and names, role, details
    /// and their sure counterpart, cause, uncertainty.
    ///
    /// `details` holds a row's figure where it has one (a rank move's
    /// "19 → 2", the partners lost or found) and `sure_details` the same on
    /// the sure networks (empty where the organisation is not certainly
    /// there); `cause` is `own-ties` or `others` for a rank move;
    /// `uncertain_on_from` and `uncertain_on_to` say that a change rests
    /// on something only possibly there on that side.
    func csv() -> String {
        var w = CSVWriter(header: [
            "section", "change", "id", "name", "other_id", "other_name", "role", "details", "sure_details", "cause",
            "uncertain_on_from", "uncertain_on_to",
        ])
        func flag(_ b: Bool) -> String { AnalysisOutput.csvFlag(b) }
        for (section, list) in [("organisation", organisations), ("group", groups), ("initiative", initiatives), ("document", documents)] {
            for c in list {
                w.append([section, c.kind.rawValue, c.id, c.name, c.previousID ?? "", c.previousName ?? "", "",
                          c.details.joined(separator: "; "), "", "", flag(c.uncertainOnFrom), flag(c.uncertainOnTo)])
            }
        }
        for m in memberships {
            w.append(["membership", m.kind.rawValue, m.organisation, m.organisationName, m.group, m.groupName, m.role,
                      m.details.joined(separator: "; "), "", "", flag(m.uncertainOnFrom), flag(m.uncertainOnTo)])
        }
        for p in pairs {
            w.append(["pair", p.kind.rawValue, p.first, p.firstName, p.second, p.secondName, "", AnalysisOutput.ids(p.groups),
                      "", "", flag(p.uncertainOnFrom), flag(p.uncertainOnTo)])
        }
        for x in isolation {
            w.append(["partners", x.kind.rawValue, x.organisation, x.name, "", "", "", "\(x.partners)",
                      x.sure.map { "\($0)" } ?? "", "", flag(x.uncertainOnFrom), flag(x.uncertainOnTo)])
        }
        for m in rankMoves {
            w.append(["rank", m.measure, m.organisation, m.name, "", "", "", "\(m.rankFrom) → \(m.rankTo)",
                      "\(m.sure.rankFrom.map(String.init) ?? "–") → \(m.sure.rankTo.map(String.init) ?? "–")",
                      m.cause.rawValue, flag(m.uncertainOnFrom),
                      flag(m.uncertainOnTo)])
        }
        for b in brokers {
            w.append(["cut-vertex", b.kind.rawValue, b.id, b.name, "", "", "", b.type, "", "", flag(b.uncertainOnFrom),
                      flag(b.uncertainOnTo)])
        }
        return w.text
    }
}
