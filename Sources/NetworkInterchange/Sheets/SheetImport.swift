import Foundation
import PartnerRegistry

/// Reads the interchange sheets (`organisations.csv`, `groups.csv`,
/// `memberships.csv`, optionally `sources.csv`; docs/interchange.md) into
/// a registry, checking every cell: each problem is a diagnostic at the
/// sheet's line and column, and all are reported together.
///
/// Sheet cells: empty = absent; multi-valued cells (`aliases`,
/// `conveners`, `sources`) separate values with `;`, a literal `;` or `\`
/// written `\;` or `\\`; dates are partial dates (`2015`, `2015-03`,
/// `2015-03-01`), `until` may be `unknown`; `certainty` is
/// `stated|inferred|external`, and `reason` goes with `inferred` (and only
/// with it). An organisation or group without a kind gets one guessed from
/// its name (the guess is listed in `guesses`, and `yaml` comments it).
public struct SheetImport: Sendable {
    /// The registry the sheets describe.
    public var registry: Registry
    /// Values the sheets did not give and the import filled in or left
    /// empty: entity ID → note, for the YAML's comments.
    public var guesses: [Guess]
    /// The sheets that are not valid UTF-8 and were read as Windows-1252
    /// (a spreadsheet's semicolon CSV), by path.
    public var readAsWindows1252: [String] = []
    /// The language was not given (no registry sheet, or no language in
    /// it) and is taken as Swedish because kind, level or role cells use
    /// Swedish labels; the YAML says so in a comment.
    public var languageGuessed = false

    /// A value not in the sheets.
    public struct Guess: Hashable, Sendable {
        /// `organisations` or `groups`.
        public var section: String
        public var id: String
        /// The key the note is about (`kind`, `level`).
        public var key: String
        public var note: String
    }

    /// The sheet files by role.
    public struct Files: Sendable {
        public var organisations: String
        public var groups: String
        public var memberships: String
        public var sources: String?
        /// The registry sheet: the registry's title and language.
        public var registry: String?
        /// The vocabulary sheet: the kinds, levels and roles the registry declares.
        public var vocabulary: String?

        public init(
            organisations: String, groups: String, memberships: String, sources: String? = nil, registry: String? = nil,
            vocabulary: String? = nil
        ) {
            self.vocabulary = vocabulary
            self.organisations = organisations
            self.groups = groups
            self.memberships = memberships
            self.sources = sources
            self.registry = registry
        }

        /// The sheets named by `paths`: one directory holding them, or the
        /// files one by one (recognised by name). Nil with a message when
        /// one is missing or a name is not a sheet's.
        /// Every sheet found, the required ones first.
        public var all: [String] { [organisations, groups, memberships] + [sources, registry, vocabulary].compactMap { $0 } }

        public static func find(_ paths: [String]) -> Result<Files, SheetFileError> {
            var byName: [String: String] = [:]
            var isDirectory: ObjCBool = false
            if paths.count == 1, FileManager.default.fileExists(atPath: paths[0], isDirectory: &isDirectory),
               isDirectory.boolValue
            {
                for name in sheetNames {
                    let path = (paths[0] as NSString).appendingPathComponent(name)
                    if FileManager.default.fileExists(atPath: path) { byName[name] = path }
                }
            } else {
                for path in paths {
                    let name = (path as NSString).lastPathComponent.lowercased()
                    guard sheetNames.contains(name) else { return .failure(.unknownSheet(path)) }
                    if byName[name] != nil { return .failure(.twice(name)) }
                    byName[name] = path
                }
            }
            for name in sheetNames.prefix(3) where byName[name] == nil { return .failure(.missing(name)) }
            return .success(Files(
                organisations: byName["organisations.csv"]!, groups: byName["groups.csv"]!,
                memberships: byName["memberships.csv"]!, sources: byName["sources.csv"], registry: byName["registry.csv"],
                vocabulary: byName["vocabulary.csv"]))
        }

        static let sheetNames = [
            "organisations.csv", "groups.csv", "memberships.csv", "sources.csv", "registry.csv", "vocabulary.csv",
        ]
    }

    /// Why the sheet files could not be found.
    public enum SheetFileError: Error, Hashable, Sendable, CustomStringConvertible {
        case unknownSheet(String)
        case twice(String)
        case missing(String)

        public var description: String {
            switch self {
            case let .unknownSheet(path):
                "'\(path)' is not one of the sheets; name organisations.csv, groups.csv, memberships.csv "
                    + "(and sources.csv, registry.csv, vocabulary.csv), or the directory holding them"
            case let .twice(name): "\(name) is named twice; give each sheet once"
            case let .missing(name): "\(name) is missing; the import needs organisations.csv, groups.csv and memberships.csv"
            }
        }
    }

    /// The column names of each sheet, in the order export writes them.
    public static let columns: [String: [String]] = [
        "organisations.csv": ["id", "name", "kind", "level", "aliases", "url", "since", "until", "certainty", "reason",
                              "sources"],
        "groups.csv": ["id", "name", "kind", "level", "aliases", "url", "conveners", "part_of", "since", "until",
                       "certainty", "reason", "sources"],
        "memberships.csv": ["organisation", "group", "role", "since", "until", "certainty", "reason", "sources"],
        "sources.csv": ["id", "title", "publisher", "url", "kind", "describes"],
        "registry.csv": ["title", "language", "vocabulary"],
        "vocabulary.csv": [
            "section", "id", "label_en", "label_sv", "plural_en", "plural_sv", "heading_en", "heading_sv", "colour", "shape",
            "counts_as",
        ],
    ]

    /// Whether `name` is a per-language column of the vocabulary sheet in a
    /// language other than English and Swedish (`label_fi`, `plural_se`).
    static func isLanguageColumn(_ name: String, of role: String) -> Bool {
        guard role == "vocabulary.csv", let underscore = name.firstIndex(of: "_") else { return false }
        let code = name[name.index(after: underscore)...]
        return ["label", "plural", "heading"].contains(String(name[..<underscore]))
            && (2...3).contains(code.count) && code.allSatisfy { $0.isASCII && $0.isLowercase }
    }

    /// Reads and checks the sheets.
    /// - Throws: every problem, positioned (`RegistryLoadError`); code
    ///   `unreadableFile` when a sheet cannot be read.
    public static func read(_ files: Files) throws(RegistryLoadError) -> SheetImport {
        var reader = SheetReader()
        var guessed: [String] = []
        func read(_ path: String, _ role: String) throws(RegistryLoadError) -> Sheet {
            let s = try sheet(path, role)
            if s.encoding == .windows1252 { guessed.append(path) }
            return s
        }
        if let r = files.registry { try reader.readRegistry(try read(r, "registry.csv")) }
        if let v = files.vocabulary { try reader.readVocabulary(try read(v, "vocabulary.csv")) }
        if let s = files.sources { try reader.readSources(try read(s, "sources.csv")) }
        try reader.readOrganisations(try read(files.organisations, "organisations.csv"))
        try reader.readGroups(try read(files.groups, "groups.csv"))
        try reader.readMemberships(try read(files.memberships, "memberships.csv"))
        reader.checkReferences(hasSources: files.sources != nil)
        if !reader.problems.isEmpty {
            throw RegistryLoadError(diagnostics: reader.problems.sorted { $0.location < $1.location })
        }
        var registry = Registry(
            title: reader.title, organisations: reader.organisations, groups: reader.groups,
            memberships: reader.memberships, sources: reader.sources)
        registry.language = reader.language ?? (reader.swedishLabels > 0 ? "sv" : nil)
        registry.vocabulary = reader.vocabulary
        var imported = SheetImport(registry: registry, guesses: reader.guesses)
        imported.languageGuessed = reader.language == nil && reader.swedishLabels > 0
        imported.readAsWindows1252 = guessed
        return imported
    }

    /// A sheet read into positioned records, its header checked.
    static func sheet(_ path: String, _ role: String) throws(RegistryLoadError) -> Sheet {
        let data = try RegistryLoader.read(path: path)
        // NUL is refused at its line and column as the decoding reads the text.
        let (text, encoding) = try OneModeText.decodeReporting(data, file: path)
        let table = try CSVTable(text: text, file: path)
        guard let header = table.records.first else {
            throw RegistryLoadError(diagnostics: [Diagnostic(
                .error, code: .missingKey, at: SourceLocation(file: path, line: 1, column: 1),
                message: "the sheet is empty", hint: "start it with the header row: \(columns[role]!.joined(separator: ","))")])
        }
        var index: [String: Int] = [:]
        var problems: [Diagnostic] = []
        let known = columns[role]!
        for (i, cell) in header.cells.enumerated() {
            let name = cell.text.trimmingSpaces.lowercased()
            let at = SourceLocation(file: path, line: cell.line, column: cell.column)
            if !known.contains(name) && !isLanguageColumn(name, of: role) {
                let near = Suggestions.nearest(to: name, among: known).map { "did you mean '\($0)'? " } ?? ""
                problems.append(Diagnostic(
                    .error, code: .unknownKey, at: at, message: "'\(cell.text)' is not a column of \(role)",
                    hint: near + "the columns are \(known.joined(separator: ","))"))
            } else if index[name] != nil {
                problems.append(Diagnostic(.error, code: .duplicateKey, at: at, message: "column '\(name)' appears twice",
                                           hint: "keep one of them"))
            } else {
                index[name] = i
            }
        }
        for required in known.prefix(2) where index[required] == nil {
            problems.append(Diagnostic(
                .error, code: .missingKey, at: SourceLocation(file: path, line: header.line, column: 1),
                message: "the header has no '\(required)' column", hint: "add it: \(known.joined(separator: ","))"))
        }
        if !problems.isEmpty { throw RegistryLoadError(diagnostics: problems) }
        return Sheet(
            file: path, columns: index, width: header.cells.count, rows: Array(table.records.dropFirst()), encoding: encoding)
    }

    /// A checked sheet.
    struct Sheet {
        var file: String
        var columns: [String: Int]
        var width: Int
        var rows: [CSVTable.Record]
        var encoding: TextEncoding = .utf8
    }
}

extension SheetImport {
    /// The registry as YAML (`RegistryWriter`'s short forms, entities in
    /// sheet order), with a `#` comment on each guessed value (a kind
    /// guessed from the name; a level the sheet left empty).
    public func yaml() throws -> String {
        var text = try RegistryWriter.yaml(registry)
        if languageGuessed, let range = text.range(of: "\nlanguage: sv\n") ?? text.range(of: "language: sv\n") {
            let line = text[range].hasPrefix("\n") ? "\nlanguage: sv" : "language: sv"
            text.replaceSubrange(range, with: line + "  # the sheets use Swedish labels\n")
        }
        return RegistryWriter.annotate(text, notes: guesses.map { ($0.section, $0.id, $0.key, $0.note) })
    }
}

extension RegistryWriter {
    /// `yaml` with comments: for each (section, entity ID, key, note), the
    /// note goes after the entity's `key:` line, or, when the entity has no
    /// such line, as a comment line `# key: note` after its `kind:` line.
    /// Lines of other entities and sections are unchanged.
    static func annotate(_ yaml: String, notes: [(section: String, id: String, key: String, note: String)]) -> String {
        guard !notes.isEmpty else { return yaml }
        var bySection: [String: [String: [(String, String)]]] = [:]
        for n in notes { bySection[n.section, default: [:]][n.id, default: []].append((n.key, n.note)) }
        var out: [Substring] = []
        var section = ""
        var pending: [(String, String)] = []
        var indent = ""
        for line in yaml.split(separator: "\n", omittingEmptySubsequences: false) {
            if !line.hasPrefix(" "), !line.hasPrefix("-"), let colon = line.firstIndex(of: ":") {
                section = String(line[..<colon])
                pending = []
            }
            var line = line
            if line.hasPrefix("- id: ") {
                let id = String(line.dropFirst(6))
                pending = bySection[section]?[id] ?? []
                indent = "  "
            } else if !pending.isEmpty, line.hasPrefix(indent), !line.hasPrefix(indent + " "),
                      let colon = line.firstIndex(of: ":")
            {
                let key = line[line.index(line.startIndex, offsetBy: indent.count) ..< colon]
                if let i = pending.firstIndex(where: { $0.0 == key }) {
                    line += "  # " + pending[i].1
                    pending.remove(at: i)
                }
                if key == "kind" {
                    out.append(line)
                    for (k, note) in pending where k == "level" { out.append(Substring(indent + "# level: " + note)) }
                    pending.removeAll { $0.0 == "level" }
                    continue
                }
            }
            out.append(line)
        }
        return out.joined(separator: "\n")
    }
}
