import InterchangeBase
import PartnerRegistry

/// The row-by-row checks of `SheetImport`: each sheet's cells parsed into
/// entities, every problem collected with its position.
struct SheetReader {
    var problems: [Diagnostic] = []
    var organisations: [Organisation] = []
    var groups: [Group] = []
    var memberships: [Membership] = []
    var sources: [Source] = []
    var guesses: [SheetImport.Guess] = []
    /// The registry sheet's title and language, when it gives them.
    var title: String?
    var language: String?
    /// Kind, level and role cells written as a Swedish label ("Kommun",
    /// "lokal", "ordförande") rather than an ID or an English label.
    var swedishLabels = 0
    /// The vocabulary kind, level and role cells are checked against.
    var vocabulary = Vocabulary.default

    private var organisationAt: [String: SourceLocation] = [:]
    private var groupAt: [String: SourceLocation] = [:]
    private var sourceAt: [String: SourceLocation] = [:]
    /// References to resolve once every sheet is read: the cell's text,
    /// where it is, and where its ID goes.
    private var organisationRefs: [(String, SourceLocation, Slot)] = []
    private var groupRefs: [(String, SourceLocation, Slot)] = []
    private var sourceRefs: [(String, SourceLocation)] = []
    /// Where each membership's row starts (its organisation cell), for the
    /// duplicate check.
    private var membershipAt: [SourceLocation] = []

    /// Where a resolved reference's ID is written.
    private enum Slot {
        case membershipOrganisation(Int)
        case membershipGroup(Int)
        case convener(group: Int, Int)
        case partOf(group: Int)
    }

    /// One row's cells by column name.
    private struct Row {
        let sheet: SheetImport.Sheet
        let record: CSVTable.Record

        func cell(_ name: String) -> CSVTable.Cell? {
            guard let i = sheet.columns[name], let c = record[i] else { return nil }
            return c
        }

        /// The trimmed text, nil when empty or absent; the `'` that
        /// `export --format sheets` writes before a cell a spreadsheet
        /// would run as a formula is removed (`SpreadsheetCells`).
        func text(_ name: String) -> String? {
            guard let t = cell(name)?.text.trimmingSpaces, !t.isEmpty else { return nil }
            return SpreadsheetCells.unprefixed(t)
        }

        func at(_ name: String) -> SourceLocation {
            let c = cell(name)
            return SourceLocation(file: sheet.file, line: c?.line ?? record.line, column: c?.column ?? 1)
        }
    }

    private mutating func error(_ code: Diagnostic.Code, _ at: SourceLocation, _ message: String, _ hint: String) {
        problems.append(Diagnostic(.error, code: code, at: at, message: message, hint: hint))
    }

    /// The rows of `sheet` whose width matches the header.
    private mutating func rows(_ sheet: SheetImport.Sheet) -> [Row] {
        sheet.rows.compactMap { record in
            if record.cells.count != sheet.width {
                let c = record.cells.last!
                error(.malformedCSV, SourceLocation(file: sheet.file, line: record.line, column: c.column),
                      "this row has \(record.cells.count) cells; the header has \(sheet.width)",
                      "leave a value empty with nothing between the commas, and put a value holding a comma in double quotes")
                return nil
            }
            return Row(sheet: sheet, record: record)
        }
    }

    // MARK: Cells

    private mutating func id(
        _ row: Row, _ column: String, seen path: WritableKeyPath<SheetReader, [String: SourceLocation]>, noun: String
    ) -> String? {
        guard let id = row.text(column) else {
            error(.missingKey, row.at(column), "the \(noun) has no \(column)", "give every row an \(column)")
            return nil
        }
        guard Slug.isValid(id) else {
            error(.invalidIdentifier, row.at(column), "'\(id)' is not a valid ID",
                  "use lower-case letters, digits and hyphens, e.g. '\(Slug.make(from: id))'")
            return nil
        }
        if let first = self[keyPath: path][id] {
            error(.duplicateIdentifier, row.at(column), "duplicate ID '\(id)' (first at line \(first.line))",
                  "give each \(noun) its own ID, or merge the two rows")
            return nil
        }
        self[keyPath: path][id] = row.at(column)
        return id
    }

    private mutating func name(_ row: Row, _ column: String = "name") -> String? {
        guard let name = row.text(column) else {
            error(.blankName, row.at(column), "the \(column) is empty", "give every row a \(column)")
            return nil
        }
        return name
    }

    private mutating func value<T: RawRepresentable & CaseIterable>(
        _ row: Row, _ column: String, _: T.Type, what: String
    ) -> T? where T.RawValue == String {
        guard let text = row.text(column) else { return nil }
        if let v = T(rawValue: text) { return v }
        let all = T.allCases.map(\.rawValue)
        let near = Suggestions.didYouMean(text, among: all).map { $0 + " " } ?? ""
        error(.unknownValue, row.at(column), "unknown \(what) '\(text)'", near + "one of: " + all.joined(separator: ", "))
        return nil
    }

    /// A kind, level or role cell: its ID, or its label in any language
    /// of the vocabulary, matched ignoring case, diacritics and punctuation
    /// (`Vocabulary.named(_:in:)`); an unknown value gets "did you mean"
    /// over the IDs and the labels.
    private mutating func labelled<T: VocabularyTerm>(_ row: Row, _ column: String, _: T.Type, what: String) -> T? {
        guard let text = row.text(column) else { return nil }
        if let (term, language) = vocabulary.named(text, in: T.section) {
            if language == "sv" { swedishLabels += 1 }
            return T(rawValue: term.id)
        }
        let ids = vocabulary.ids(T.section)
        let near = Suggestions.didYouMean(text, among: vocabulary.spellings(T.section)).map { $0 + " " } ?? ""
        let examples = vocabulary.terms(T.section).prefix(2).compactMap { $0.labels["sv"] ?? $0.labels["en"] }
        error(.unknownValue, row.at(column), "unknown \(what) '\(text)'",
              near + "one of: " + ids.joined(separator: ", ") + ", or their labels"
                  + (examples.isEmpty ? "" : " (" + examples.map { "'\($0)'" }.joined(separator: ", ") + ", …)"))
        return nil
    }

    /// The registry sheet: one row with the registry's title and language.
    mutating func readRegistry(_ sheet: SheetImport.Sheet) throws(RegistryLoadError) {
        let rows = rows(sheet)
        for row in rows.dropFirst() {
            error(.unknownValue, row.at("title"), "the registry sheet has more than one row",
                  "keep one row: the registry's title and language")
        }
        guard let row = rows.first else { return }
        title = row.text("title")
        switch row.text("vocabulary")?.lowercased() {
        case nil, "default": break
        case "empty":
            vocabulary = .empty
            vocabulary.startsEmpty = true
        case let other?:
            error(.unknownValue, row.at("vocabulary"), "unknown vocabulary start '\(other)'",
                  "leave it empty (or write default) to extend the package's vocabulary, or write empty to declare every entry in vocabulary.csv")
        }
        if let code = row.text("language") {
            let folded = code.lowercased()
            let known = ["sv": "sv", "svenska": "sv", "swedish": "sv", "en": "en", "engelska": "en", "english": "en"]
            if let code = known[folded] {
                language = code
            } else {
                error(.unknownValue, row.at("language"), "unknown language '\(code)'", "write sv (svenska) or en (English)")
            }
        }
    }

    /// The vocabulary sheet: one row per declared kind, level or role, in
    /// the order the registry file's `vocabulary:` section takes them
    /// (docs/interchange.md). Labels, plurals and headings come from the
    /// `label_xx`, `plural_xx` and `heading_xx` columns of any language.
    mutating func readVocabulary(_ sheet: SheetImport.Sheet) throws(RegistryLoadError) {
        var seen: [Vocabulary.Section: Set<String>] = [:]
        let sections = Vocabulary.Section.allCases.map(\.rawValue)
        for row in rows(sheet) {
            guard let sectionText = row.text("section") else {
                error(.missingKey, row.at("section"), "the section is empty", "write one of: " + sections.joined(separator: ", "))
                continue
            }
            guard let section = Vocabulary.Section(rawValue: sectionText.lowercased()) else {
                let near = Suggestions.didYouMean(sectionText, among: sections).map { $0 + " " } ?? ""
                error(.unknownValue, row.at("section"), "unknown section '\(sectionText)'", near + "one of: " + sections.joined(separator: ", "))
                continue
            }
            guard let id = row.text("id") else {
                error(.missingKey, row.at("id"), "the id is empty", "give the ID the sheets write, e.g. ski-resort")
                continue
            }
            guard Vocabulary.isWellFormedID(id) else {
                error(.invalidIdentifier, row.at("id"), "\(section.noun) ID '\(id)' is not a plain word",
                      "use lower-case letters, digits and hyphens, e.g. '\(Vocabulary.suggestedID(id))'; the label columns carry the spelling to show")
                continue
            }
            guard seen[section, default: []].insert(id).inserted else {
                error(.duplicateIdentifier, row.at("id"), "\(section.noun) '\(id)' is declared twice", "merge the two rows")
                continue
            }
            var term = Vocabulary.Term(id: id, isDeclared: true)
            for (column, _) in sheet.columns.sorted(by: { $0.value < $1.value }) {
                guard let underscore = column.firstIndex(of: "_"), let text = row.text(column) else { continue }
                let language = String(column[column.index(after: underscore)...])
                switch column[..<underscore] {
                case "label": term.labels[language] = text
                case "plural": term.plurals[language] = text
                case "heading": term.headings[language] = text
                default: break
                }
            }
            if let colour = row.text("colour") {
                if Vocabulary.isHexColour(colour) {
                    term.colour = colour.uppercased()
                } else {
                    error(.unknownValue, row.at("colour"), "colour '\(colour)' is not a hex colour", "write six hex digits after '#', e.g. #1B7F79")
                }
            }
            if let shape = row.text("shape") {
                if Vocabulary.mapShapes.contains(shape) {
                    term.shape = shape
                } else {
                    let near = Suggestions.didYouMean(shape, among: Vocabulary.mapShapes).map { $0 + " " } ?? ""
                    error(.unknownValue, row.at("shape"), "unknown shape '\(shape)'", near + "one of: " + Vocabulary.mapShapes.joined(separator: ", "))
                }
            }
            let meanings = vocabulary.ids(section) + section.builtInMeanings
            for meaning in row.text("counts_as").map(Self.split) ?? [] {
                if meanings.contains(meaning) && meaning != id {
                    term.countsAs.append(meaning)
                } else {
                    error(.unknownValue, row.at("counts_as"), "\(section.noun) '\(id)' counts as '\(meaning)', which no row of \(section.rawValue) above it declares",
                          "name an entry declared above it or one of: " + (section.builtInMeanings + vocabulary.ids(section)).joined(separator: ", "))
                }
            }
            vocabulary.declare(term, in: section)
        }
    }

    private mutating func date(_ row: Row, _ column: String, allowUnknown: Bool = false) -> (PartialDate?, Bool)? {
        guard let text = row.text(column) else { return (nil, false) }
        if allowUnknown, text == "unknown" { return (nil, true) }
        if let d = PartialDate(text) { return (d, false) }
        error(.invalidDate, row.at(column), "'\(text)' is not a date",
              "write YYYY, YYYY-MM or YYYY-MM-DD" + (allowUnknown ? ", or 'unknown' for an end the source does not give" : ""))
        return nil
    }

    private mutating func validity(_ row: Row) -> Validity? {
        guard let (since, _) = date(row, "since"), let (until, unknown) = date(row, "until", allowUnknown: true) else {
            return nil
        }
        // As the registry's loaders compare them: `until 1997` covers the
        // whole of 1997, so it does not end before `since 1997-07`.
        if let since, let until, until.lastDay < since.firstDay {
            error(.reversedDates, row.at("until"), "until \(until) is before since \(since)", "swap or correct the dates")
            return nil
        }
        return Validity(since: since, until: until, unknownEnd: unknown ? UnknownEnd() : nil)
    }

    private mutating func assessment(_ row: Row) -> Assessment?? {
        let certainty = value(row, "certainty", Certainty.self, what: "certainty")
        if row.text("certainty") != nil, certainty == nil { return .none }
        let reason = row.text("reason")
        switch (certainty, reason) {
        case (.inferred?, nil):
            error(.missingKey, row.at("certainty"), "an inferred fact without a reason",
                  "say in the reason column why it is read from the source rather than stated by it")
            return .none
        case (let c?, _?) where c != .inferred:
            error(.unknownKey, row.at("reason"), "a reason with certainty '\(c.rawValue)'",
                  "a reason goes with certainty 'inferred'; set that, or empty the reason")
            return .none
        case (nil, _?):
            error(.unknownKey, row.at("reason"), "a reason without a certainty",
                  "a reason goes with certainty 'inferred'; set that, or empty the reason")
            return .none
        case let (c?, r):
            return .some(Assessment(c, reason: r))
        case (nil, nil):
            return .some(nil)
        }
    }

    /// The values of a multi-valued cell (`a;b`, `\;` and `\\` escapes).
    static func split(_ text: String) -> [String] {
        var values: [String] = []
        var current = ""
        var escaped = false
        for ch in text {
            if escaped {
                current.append(ch); escaped = false
            } else if ch == "\\" {
                escaped = true
            } else if ch == ";" {
                values.append(current.trimmingSpaces); current = ""
            } else {
                current.append(ch)
            }
        }
        values.append(current.trimmingSpaces)
        return values.filter { !$0.isEmpty }
    }

    private mutating func citations(_ row: Row) -> [Citation] {
        guard let text = row.text("sources") else { return [] }
        return Self.split(text).map { id in
            sourceRefs.append((id, row.at("sources")))
            return Citation(source: SourceID(id))
        }
    }

    // MARK: Sheets

    mutating func readSources(_ sheet: SheetImport.Sheet) throws(RegistryLoadError) {
        for row in rows(sheet) {
            let id = id(row, "id", seen: \.sourceAt, noun: "source")
            let title = name(row, "title")
            let kind = labelled(row, "kind", SourceKind.self, what: "source kind")
            let badKind = row.text("kind") != nil && kind == nil
            let (describes, _) = date(row, "describes") ?? (nil, true)
            guard let id, let title, !badKind else { continue }
            sources.append(Source(
                id: SourceID(id), title: title, publisher: row.text("publisher"), url: row.text("url"),
                kind: kind ?? .primary, describes: describes))
        }
    }

    /// The cells an organisation row and a group row share, checked once
    /// for both; `between` reads the row's own cells before the row is
    /// given up (a group's conveners and `part_of`, whose references count
    /// even on a bad row). Nil when a shared cell is missing or wrong; a
    /// kind left empty is guessed from the name and a level left empty
    /// noted, under `section`.
    private mutating func readCore<E: RegistryEntity>(
        _ row: Row, as _: E.Type, seen path: WritableKeyPath<SheetReader, [String: SourceLocation]>, noun: String,
        section: String, guess: (String) -> E.Kind, between: (inout Self) -> Void = { _ in }
    ) -> EntityCore<E.Tag, E.Kind>? {
        let id = id(row, "id", seen: path, noun: noun)
        let name = name(row)
        let kind = labelled(row, "kind", E.Kind.self, what: "\(noun) kind")
        let badKind = row.text("kind") != nil && kind == nil
        let level = labelled(row, "level", GeographicLevel.self, what: "level")
        let badLevel = row.text("level") != nil && level == nil
        let validity = validity(row)
        let assessment = assessment(row)
        let sources = citations(row)
        between(&self)
        guard let id, let name, !badKind, !badLevel, let validity, let assessment else { return nil }
        if kind == nil { guesses.append(.init(section: section, id: id, key: "kind", note: "guessed from the name")) }
        if level == nil {
            guesses.append(.init(section: section, id: id, key: "level", note: "left empty: not in the sheet"))
        }
        return EntityCore(
            id: Identifier(id), name: name, kind: kind ?? guess(name), aliases: row.text("aliases").map(Self.split) ?? [],
            level: level, url: row.text("url"), validity: validity, sources: sources, assessment: assessment)
    }

    mutating func readOrganisations(_ sheet: SheetImport.Sheet) throws(RegistryLoadError) {
        for row in rows(sheet) {
            guard let core = readCore(
                row, as: Organisation.self, seen: \.organisationAt, noun: "organisation", section: "organisations",
                guess: KindGuess.organisation)
            else { continue }
            organisations.append(Organisation(core: core))
        }
    }

    mutating func readGroups(_ sheet: SheetImport.Sheet) throws(RegistryLoadError) {
        for row in rows(sheet) {
            var conveners: [String] = [], partOf: String?
            let core = readCore(
                row, as: Group.self, seen: \.groupAt, noun: "group", section: "groups", guess: KindGuess.group
            ) { r in
                conveners = row.text("conveners").map(Self.split) ?? []
                partOf = row.text("part_of")
            }
            guard let core else { continue }
            let index = groups.count
            for (k, c) in conveners.enumerated() { organisationRefs.append((c, row.at("conveners"), .convener(group: index, k))) }
            if let partOf { groupRefs.append((partOf, row.at("part_of"), .partOf(group: index))) }
            groups.append(Group(
                core: core, conveners: conveners.map { OrganisationID($0) }, partOf: partOf.map { GroupID($0) }))
        }
    }

    mutating func readMemberships(_ sheet: SheetImport.Sheet) throws(RegistryLoadError) {
        for row in rows(sheet) {
            let organisation = row.text("organisation")
            let group = row.text("group")
            for (column, value) in [("organisation", organisation), ("group", group)] where value == nil {
                error(.missingKey, row.at(column), "the membership names no \(column)", "give the \(column)'s ID or name")
            }
            let role = labelled(row, "role", Role.self, what: "role")
            let badRole = row.text("role") != nil && role == nil
            let validity = validity(row)
            let assessment = assessment(row)
            let sources = citations(row)
            guard let organisation, let group, !badRole, let validity, let assessment else { continue }
            let index = memberships.count
            organisationRefs.append((organisation, row.at("organisation"), .membershipOrganisation(index)))
            groupRefs.append((group, row.at("group"), .membershipGroup(index)))
            membershipAt.append(row.at("organisation"))
            memberships.append(Membership(
                organisation: OrganisationID(organisation), group: GroupID(group), role: role ?? .member,
                validity: validity, sources: sources, assessment: assessment))
        }
    }

    /// Resolves the references of memberships, conveners and part_of —
    /// each an ID, or a name or alias folded as the CLI folds them
    /// (`Registry.searchKey`: case, diacritics, punctuation) — and writes
    /// the IDs in; reports a reference that names nothing, or several
    /// entities, at its cell; then reports memberships that repeat
    /// another with the same dates; and citations naming undeclared
    /// sources.
    mutating func checkReferences(hasSources: Bool) {
        let organisationKeys = Self.keys(organisations.map { ($0.id.rawValue, $0.name, $0.aliases) })
        let groupKeys = Self.keys(groups.map { ($0.id.rawValue, $0.name, $0.aliases) })
        var resolvedOK = Array(repeating: true, count: memberships.count)
        for (text, at, slot) in organisationRefs {
            guard let id = resolve(text, at: at, noun: "organisation", sheet: "organisations.csv",
                                   ids: organisationAt, keys: organisationKeys, other: groupAt, otherNoun: "group")
            else {
                if case let .membershipOrganisation(i) = slot { resolvedOK[i] = false }
                continue
            }
            switch slot {
            case let .membershipOrganisation(i): memberships[i].organisation = OrganisationID(id)
            case let .convener(g, k): groups[g].conveners[k] = OrganisationID(id)
            default: break
            }
        }
        for (text, at, slot) in groupRefs {
            guard let id = resolve(text, at: at, noun: "group", sheet: "groups.csv",
                                   ids: groupAt, keys: groupKeys, other: organisationAt, otherNoun: "organisation")
            else {
                if case let .membershipGroup(i) = slot { resolvedOK[i] = false }
                continue
            }
            switch slot {
            case let .membershipGroup(i): memberships[i].group = GroupID(id)
            case let .partOf(g): groups[g].partOf = GroupID(id)
            default: break
            }
        }
        // The same membership twice, once its ends are IDs ("Umeå kommun"
        // and "umea" are one organisation).
        var firstLine: [String: Int] = [:]
        var kept: [Membership] = []
        for (i, m) in memberships.enumerated() {
            let key = [m.organisation.rawValue, m.group.rawValue, m.validity.since?.description ?? "",
                       m.validity.until?.description ?? (m.validity.unknownEnd != nil ? "unknown" : "")]
                .joined(separator: "\u{1F}")
            if resolvedOK[i], let first = firstLine[key] {
                error(.duplicateMembership, membershipAt[i], "'\(m.organisation)' is a member of '\(m.group)' twice with the same dates (first at line \(first))",
                      "keep one row")
                continue
            }
            if resolvedOK[i] { firstLine[key] = membershipAt[i].line }
            kept.append(m)
        }
        memberships = kept
        for (id, at) in sourceRefs where sourceAt[id] == nil {
            error(.undeclaredSource, at, "source '\(id)' is not declared",
                  hasSources ? "add it to sources.csv or correct the ID" : "declare it in a sources.csv (id,title,…) beside the sheets")
        }
    }

    /// Each search key of the entities' IDs, names and aliases, with the
    /// IDs it names.
    private static func keys(_ entities: [(id: String, name: String, aliases: [String])]) -> [String: [String]] {
        var out: [String: [String]] = [:]
        for e in entities {
            for text in [e.id, e.name] + e.aliases {
                let key = Registry.searchKey(text)
                if !key.isEmpty, out[key]?.contains(e.id) != true { out[key, default: []].append(e.id) }
            }
        }
        return out
    }

    /// The ID `text` names: itself when an entity has that ID, else the one
    /// entity whose ID, name or alias folds to the same key. Nil, with an
    /// error at `at`, when none or several do.
    private mutating func resolve(
        _ text: String, at: SourceLocation, noun: String, sheet: String, ids: [String: SourceLocation],
        keys: [String: [String]], other: [String: SourceLocation], otherNoun: String
    ) -> String? {
        if ids[text] != nil { return text }
        let candidates = keys[Registry.searchKey(text)] ?? []
        if candidates.count == 1 { return candidates[0] }
        if candidates.count > 1 {
            error(.unknownReference, at, "'\(text)' names \(candidates.count) \(noun)s in \(sheet): "
                      + candidates.map { "'\($0)'" }.joined(separator: ", "),
                  "write the ID of the one meant")
            return nil
        }
        let near = Suggestions.didYouMean(text, among: Array(ids.keys).sorted()).map { $0 + " " } ?? ""
        error(.unknownReference, at, "no \(noun) '\(text)' in \(sheet), by ID, name or alias",
              near + (other[text] != nil ? "('\(text)' is \(otherNoun == "organisation" ? "an" : "a") \(otherNoun)) " : "")
                  + "add it to \(sheet) or correct the ID")
        return nil
    }
}

/// Kinds guessed from a name when a sheet leaves the kind empty (Swedish
/// and English words); `other` when no word tells.
enum KindGuess {
    static func organisation(_ name: String) -> OrganisationKind {
        let n = name.lowercased()
        let rules: [(String, OrganisationKind)] = [
            ("kommun", .municipality), ("municipality", .municipality), ("länsstyrelse", .countyBoard),
            ("county administrative board", .countyBoard), ("universitet", .university), ("university", .university),
            ("högskola", .university), ("region ", .region), ("förening", .association), ("association", .association),
            ("förbund", .association), ("nätverk", .network), ("network", .network), ("verket", .nationalAgency),
            ("myndighet", .nationalAgency), ("agency", .nationalAgency), (" ab", .company), ("aktiebolag", .company),
        ]
        for (word, kind) in rules where n.contains(word) || (word == "region " && n.hasPrefix("region")) { return kind }
        if n.hasSuffix(" ab") { return .company }
        return .other
    }

    static func group(_ name: String) -> GroupKind {
        let n = name.lowercased()
        let rules: [(String, GroupKind)] = [
            ("ledningsgrupp", .managementGroup), ("management group", .managementGroup), ("strategigrupp", .strategyGroup),
            ("strategy group", .strategyGroup), ("arbetsgrupp", .workingGroup), ("working group", .workingGroup),
            ("marknadsgrupp", .marketGroup), ("redaktionsråd", .editorialCouncil), ("råd", .council), ("council", .council),
            ("nätverk", .network), ("network", .network), ("partnerskap", .partnership), ("partnership", .partnership),
            ("konferens", .conference), ("conference", .conference), ("projektgrupp", .projectGroup),
            ("project group", .projectGroup), ("möte", .meetingSeries), ("meeting", .meetingSeries),
        ]
        for (word, kind) in rules where n.contains(word) { return kind }
        return .other
    }
}
