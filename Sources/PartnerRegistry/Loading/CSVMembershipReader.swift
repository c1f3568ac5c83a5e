import InterchangeBase
import NetworkAnalysis

/// Reads a CSV of memberships (`organisation,group[,role,since,until]`)
/// straight from UTF-8 bytes.
///
/// The bytes are split by InterchangeBase's one delimited-text reader
/// (`DelimitedTokenizer`): the separator is read from the header (`,`,
/// else `;`, else tab), a cell in double quotes may hold separators, line
/// breaks and doubled quotes (`""`), unquoted cells are trimmed of spaces
/// and tabs, blank lines are skipped, CRLF and LF both end a row, and a
/// UTF-8 byte-order mark is ignored.
///
/// Cells name an organisation or group by ID or by name. The first time a
/// cell's bytes are seen they are decoded once, turned into an ID (the
/// cell itself if it is a valid slug, else `Slug.make(from:)`) and looked
/// up among the IDs made so far; the bytes are then interned, so every
/// later row with the same cell costs one hash and one byte comparison
/// and makes no `String`. New entities get kind `other` and the cell as
/// their name (a name written later replaces one that was only an ID).
/// A name and its own ID are one entity (`Visit Umeå` and `visit-umea`),
/// but two different names that make the same ID (`Visit Umeå`,
/// `Visit Umea`) are an error at the second, never merged silently; names
/// without letters or digits get IDs spelt from their code points
/// (`Slug.symbolic`), so `🔥` and `💧` stay two. Cells that show nothing
/// (only spaces, zero-width or format characters) and cells holding NUL
/// are errors.
///
/// - Complexity: O(B + R) time for B bytes and R rows, plus O(E·L) for E
///   distinct cells of length L; O(R + E·L) space.
package struct CSVMembershipReader {
    static let columnNames = ["organisation", "group", "role", "since", "until"]

    private enum Column: Int { case organisation, group, role, since, until }

    /// A cell's place in the input (`DelimitedCell`: byte ranges, line).
    private typealias Cell = DelimitedCell

    /// Entities of one type, created as cells first name them.
    private struct EntityTable<Kind: IdentifierKind> {
        var interner = ByteInterner(capacity: 4096)
        var ids: [Identifier<Kind>] = []
        var names: [String] = []
        var positions: [TextPosition] = []
        /// ID → dense index; handed to the registry as its index.
        var byID: [Identifier<Kind>: Int] = [:]
    }

    private let file: String
    /// Whether to keep `Membership` values and their positions (a
    /// registry), or only the endpoints (a network).
    private let keepsMemberships: Bool
    private var diag: DiagnosticCollector
    private var organisations = EntityTable<OrganisationKindTag>()
    private var groups = EntityTable<GroupKindTag>()
    private var memberships: [Membership] = []
    private var endpoints: [MembershipEndpoints] = []
    private var membershipPositions: [TextPosition] = []
    /// Whether a row gave a `since` or `until` date.
    private var sawDates = false
    private var scratch: [UInt8] = []

    private static let roleBytes: [(bytes: [UInt8], role: Role)] = Role.defaults.map { (Array($0.rawValue.utf8), $0) }

    private init(file: String, keepsMemberships: Bool = true) {
        self.file = file
        self.keepsMemberships = keepsMemberships
        self.diag = DiagnosticCollector(file: file)
    }

    /// Reads `bytes`; the registry, or every problem found.
    static func read(_ bytes: UnsafeRawBufferPointer, file: String) -> Result<Registry, RegistryLoadError> {
        var reader = CSVMembershipReader(file: file)
        reader.parse(bytes)
        let byGroup = MembershipAdjacency(vertexCount: reader.groups.ids.count, endpoints: reader.endpoints, byGroup: true)
        reader.findDuplicates(byGroup)
        guard !reader.diag.hasErrors else { return .failure(reader.diag.loadError()) }
        return .success(reader.makeRegistry(byGroup))
    }

    /// Reads `bytes` into the two-mode network only: every cell is checked
    /// as for a registry, but no `Membership` values are kept, and a
    /// membership listed twice is one tie rather than an error.
    static func readNetwork(_ bytes: UnsafeRawBufferPointer, file: String) -> Result<MembershipNetwork, RegistryLoadError> {
        var reader = CSVMembershipReader(file: file, keepsMemberships: false)
        reader.parse(bytes)
        guard !reader.diag.hasErrors else { return .failure(reader.diag.loadError()) }
        return .success(reader.makeNetwork())
    }

    /// Reads `bytes` into the two-mode network when that network is all a
    /// registry of the file would hold for an undated, unfiltered view:
    /// the file has no errors, no row gives a date, and no membership is
    /// listed twice. Otherwise nil, and the caller loads the registry,
    /// which reports the problems.
    package static func readPlainNetwork(_ bytes: UnsafeRawBufferPointer, file: String) -> MembershipNetwork? {
        var reader = CSVMembershipReader(file: file, keepsMemberships: false)
        reader.parse(bytes)
        guard !reader.diag.hasErrors, !reader.sawDates else { return nil }
        let rows = reader.endpoints.count
        let network = reader.makeNetwork()
        // A repeated (organisation, group) pair merges into one edge; the
        // registry reports it as a duplicate membership.
        return network.graph.graph.edgeCount == rows ? network : nil
    }

    /// The network of the rows read, consuming the endpoints.
    private mutating func makeNetwork() -> MembershipNetwork {
        let top = organisations.ids.count, vertexCount = top + groups.ids.count
        let edges = endpoints.map { ($0.organisation, Int32(top) + $0.group) }
        endpoints = []
        do {
            let graph = try TwoModeGraph(
                graph: Graph(vertexCount: vertexCount, edges: consume edges),
                bottom: Array(Int32(top) ..< Int32(vertexCount)))
            return MembershipNetwork(
                graph: graph, organisations: organisations.ids, organisationNames: organisations.names,
                groups: groups.ids, groupNames: groups.names)
        } catch {
            preconditionFailure("endpoints are dense indices of the entity tables: \(error)")
        }
    }

    // MARK: Parsing

    /// Reads the whole buffer: the header row first, then one membership per row.
    private mutating func parse(_ buf: UnsafeRawBufferPointer) {
        reserveRows(buf)
        var tokens = DelimitedTokenizer(buf, dialect: Self.dialect)
        var cells: [Cell] = []
        cells.reserveCapacity(8)
        var header: Header?
        while !tokens.atEnd {
            let recordLine = tokens.line
            let record = tokens.nextRecord(&cells)
            for problem in tokens.takeProblems() {
                diag.error(.malformedCSV, at: TextPosition(line: problem.line, column: problem.column),
                           problem.message, hint: problem.hint)
            }
            switch record {
            case .unclosed: return
            case .blank, .broken: continue
            case .cells:
                if let header {
                    readRow(cells, line: recordLine, header, buf)
                    continue
                }
                header = readHeader(cells, line: recordLine, buf)
                if diag.hasErrors { return }
            }
        }
        if header == nil {
            diag.error(.malformedCSV, at: TextPosition(line: 1, column: 1), "the CSV file is empty",
                       hint: "start with the header row organisation,group")
        }
    }

    /// Cells separated by `,`, `;` or tab, as the header row shows;
    /// spaces around cells dropped.
    static let dialect = DelimitedDialect(separator: .detect, trimsSpaces: true)

    /// Reserves one membership per line, the most there can be.
    private mutating func reserveRows(_ buf: UnsafeRawBufferPointer) {
        // Reserving exactly that avoids the doubling reallocations that
        // would otherwise set the peak memory.
        var estimate = 0
        for b in buf where b == 0x0A { estimate += 1 }
        estimate += 1
        endpoints.reserveCapacity(estimate)
        if keepsMemberships {
            memberships.reserveCapacity(estimate)
            membershipPositions.reserveCapacity(estimate)
        }
    }

    // MARK: Header

    /// Where each column is in a row; -1 for a column the header lacks.
    private struct Header {
        var cellCount = 0
        var organisation = -1, group = -1, role = -1, since = -1, until = -1
    }

    /// The columns the header row names, reporting unknown, repeated and missing ones.
    private mutating func readHeader(_ cells: [Cell], line recordLine: Int, _ buf: UnsafeRawBufferPointer) -> Header {
        let columns: [Column?] = cells.map { cell in
            let name = String(decoding: UnsafeRawBufferPointer(rebasing: buf[cell.start ..< cell.end]), as: UTF8.self)
                .lowercased()
            guard let index = Self.columnNames.firstIndex(of: name), let column = Column(rawValue: index) else {
                diag.error(.malformedCSV, at: Self.position(cell, buf), "unknown column '\(name)' in the CSV header",
                           hint: Suggestions.didYouMean(name, among: Self.columnNames)
                               ?? "the columns are organisation, group and optionally role, since, until")
                return nil
            }
            return column
        }
        var header = Header(cellCount: columns.count)
        for (index, column) in columns.enumerated() {
            guard let column else { continue }
            let slot: Int
            switch column {
            case .organisation: slot = header.organisation; header.organisation = index
            case .group: slot = header.group; header.group = index
            case .role: slot = header.role; header.role = index
            case .since: slot = header.since; header.since = index
            case .until: slot = header.until; header.until = index
            }
            if slot >= 0 {
                diag.error(.malformedCSV, at: Self.position(cells[index], buf),
                           "column '\(Self.columnNames[column.rawValue])' appears twice in the CSV header",
                           hint: "remove one of them")
            }
        }
        for (name, index) in [("organisation", header.organisation), ("group", header.group)] where index < 0 {
            diag.error(.malformedCSV, at: TextPosition(line: recordLine, column: 1),
                       "the CSV header has no '\(name)' column",
                       hint: "the first row must name the columns: organisation,group[,role,since,until]")
        }
        return header
    }

    // MARK: Rows

    /// Adds the membership one row names, or reports why the row is wrong.
    private mutating func readRow(_ cells: [Cell], line recordLine: Int, _ header: Header, _ buf: UnsafeRawBufferPointer) {
        if cells.count != header.cellCount {
            diag.error(.malformedCSV, at: TextPosition(line: recordLine, column: 1),
                       "this row has \(cells.count) cells, but the header has \(header.cellCount)",
                       hint: "quote cells that contain commas, e.g. \"Umeå, kommun\"")
            return
        }
        guard let o = Self.entity(&organisations, &diag, &scratch, "organisation", cells[header.organisation], buf),
              let g = Self.entity(&groups, &diag, &scratch, "group", cells[header.group], buf)
        else { return }
        var role = Role.member
        if header.role >= 0 {
            let cell = cells[header.role]
            if cell.end > cell.start {
                guard let r = parseRole(cell, buf) else { return }
                role = r
            }
        }
        var validity = Validity()
        var datesOK = true
        if header.since >= 0 { (validity.since, datesOK) = date(cells[header.since], "since", buf) }
        if header.until >= 0 {
            let (until, ok) = date(cells[header.until], "until", buf)
            validity.until = until
            datesOK = datesOK && ok
        }
        guard datesOK else { return }
        if validity.since != nil || validity.until != nil { sawDates = true }
        if let since = validity.since, let until = validity.until, until.lastDay < since.firstDay {
            diag.error(.reversedDates, at: Self.position(cells[header.until], buf),
                       "'until' (\(until)) is before 'since' (\(since))", hint: "swap them or fix the year")
            return
        }
        endpoints.append(MembershipEndpoints(organisation: o, group: g))
        if keepsMemberships {
            memberships.append(Membership(
                organisation: organisations.ids[Int(o)], group: groups.ids[Int(g)], role: role, validity: validity))
            membershipPositions.append(TextPosition(line: recordLine, column: 1))
        }
    }

    // MARK: Cells

    /// The 1-based line and column (in Unicode scalars) where a cell starts.
    private static func position(_ cell: Cell, _ buf: UnsafeRawBufferPointer) -> TextPosition {
        TextPosition(line: cell.line, column: cell.column(in: buf))
    }

    /// Calls `body` with the cell's content, un-doubling quotes if needed.
    private mutating func withContent<R>(
        _ cell: Cell, _ buf: UnsafeRawBufferPointer, _ body: (UnsafeRawBufferPointer) -> R
    ) -> R {
        cell.withContent(buf, &scratch, body)
    }

    private static func withContent<R>(
        _ cell: Cell, _ buf: UnsafeRawBufferPointer, _ scratch: inout [UInt8], _ body: (UnsafeRawBufferPointer) -> R
    ) -> R {
        cell.withContent(buf, &scratch, body)
    }

    /// The dense index of the entity a cell names, created on first sight.
    private static func entity<Kind>(
        _ table: inout EntityTable<Kind>, _ diag: inout DiagnosticCollector, _ scratch: inout [UInt8],
        _ noun: String, _ cell: Cell, _ buf: UnsafeRawBufferPointer
    ) -> Int32? {
        if cell.start == cell.end && !cell.escaped {
            diag.error(.malformedCSV, at: Self.position(cell, buf), "empty \(noun) cell",
                       hint: "name the \(noun) by ID or name, or remove the row")
            return nil
        }
        let found: Int32? = withContent(cell, buf, &scratch) { bytes in
            table.interner.find(bytes, hash: ByteInterner.hash(bytes))
        }
        if let found { return found }
        let text: String? = withContent(cell, buf, &scratch) { String(validating: $0, as: UTF8.self)?.canonicalComposition }
        guard let text else {
            diag.error(.invalidEncoding, at: Self.position(cell, buf), "this \(noun) cell is not valid UTF-8 text",
                       hint: "save the file as UTF-8")
            return nil
        }
        if text.utf8.contains(0) {
            diag.error(.malformedCSV, at: Self.position(cell, buf), "this \(noun) cell holds a NUL character (U+0000)",
                       hint: "remove the NUL; it is no part of a name (the file may have been saved as UTF-16)")
            return nil
        }
        if VisibleText.isBlank(text) {
            diag.error(.blankName, at: Self.position(cell, buf),
                       "this \(noun) cell shows nothing: it holds only \(VisibleText.codePoints(text))",
                       hint: "write the \(noun)'s name or ID, or remove the row")
            return nil
        }
        let isSlug = Slug.isValid(text)
        let id = isSlug ? text : Slug.make(from: text)
        let index: Int32
        if let existing = table.byID[Identifier(id)] {
            // A name and its own ID are one entity; two different names
            // that fold to one ID are not merged behind the user's back.
            let known = table.names[existing]
            if !isSlug && known != id && known != text {
                let first = table.positions[existing]
                diag.error(.duplicateIdentifier, at: Self.position(cell, buf),
                           "the \(noun) names '\(text)' and '\(known)' (line \(first.line), column \(first.column)) both make the ID '\(id)'",
                           hint: "write the name the same way in every row; if they are two \(noun)s, change one name so that their IDs differ")
                return nil
            }
            index = Int32(existing)
            if !isSlug && known == id { table.names[existing] = text }
        } else {
            index = Int32(table.ids.count)
            table.ids.append(Identifier(id))
            table.names.append(text)
            table.positions.append(Self.position(cell, buf))
            table.byID[Identifier(id)] = Int(index)
        }
        withContent(cell, buf, &scratch) { bytes in
            table.interner.insert(bytes, hash: ByteInterner.hash(bytes), value: index)
        }
        return index
    }

    private mutating func parseRole(_ cell: Cell, _ buf: UnsafeRawBufferPointer) -> Role? {
        let role: Role? = withContent(cell, buf) { bytes in
            Self.roleBytes.first { $0.bytes.count == bytes.count && $0.bytes.elementsEqual(bytes) }?.role
        }
        if let role { return role }
        let text = withContent(cell, buf) { String(decoding: $0, as: UTF8.self) }
        diag.error(.unknownValue, at: Self.position(cell, buf), "unknown role '\(text)'",
                   hint: NodeRegistryReader.allowedHint(text, Role.defaults.map(\.rawValue)))
        return nil
    }

    /// A `since`/`until` cell: (nil, true) when empty, (nil, false) when bad.
    private mutating func date(_ cell: Cell, _ column: String, _ buf: UnsafeRawBufferPointer) -> (PartialDate?, Bool) {
        if cell.start == cell.end { return (nil, true) }
        let parsed: PartialDate? = withContent(cell, buf) { Self.parseDate($0) }
        if let parsed { return (parsed, true) }
        let text = withContent(cell, buf) { String(decoding: $0, as: UTF8.self) }
        diag.error(.invalidDate, at: Self.position(cell, buf), "'\(text)' in column '\(column)' is not a date",
                   hint: "write YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2015 or 2015-03-01")
        return (nil, false)
    }

    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD` from bytes, without a String.
    static func parseDate(_ b: UnsafeRawBufferPointer) -> PartialDate? {
        func digits(_ range: Range<Int>) -> Int? {
            var v = 0
            for k in range {
                let d = Int(b[k]) - 48
                guard d >= 0 && d <= 9 else { return nil }
                v = v * 10 + d
            }
            return v
        }
        let dash = UInt8(ascii: "-")
        switch b.count {
        case 4:
            guard let y = digits(0 ..< 4) else { return nil }
            return PartialDate(year: y)
        case 7:
            guard b[4] == dash, let y = digits(0 ..< 4), let m = digits(5 ..< 7) else { return nil }
            return PartialDate(year: y, month: m)
        case 10:
            guard b[4] == dash, b[7] == dash, let y = digits(0 ..< 4), let m = digits(5 ..< 7), let d = digits(8 ..< 10)
            else { return nil }
            return PartialDate(year: y, month: m, day: d)
        default:
            return nil
        }
    }

    // MARK: Duplicates

    /// Reports memberships listed twice (same organisation, group and
    /// dates). Walks each group's memberships in row order, stamping the
    /// organisations seen in the group, so the check costs O(M) with an
    /// array of one entry per organisation instead of a hash of pairs.
    private mutating func findDuplicates(_ byGroup: MembershipAdjacency) {
        guard !diag.isFull else { return }
        let organisationCount = organisations.ids.count
        var stamp = [Int32](repeating: -1, count: organisationCount)
        var latest = [Int32](repeating: -1, count: organisationCount)
        var previous = [Int32](repeating: -1, count: memberships.count)
        for g in 0 ..< groups.ids.count {
            for k in Int(byGroup.offsets[g]) ..< Int(byGroup.offsets[g + 1]) {
                let m = Int(byGroup.items[k])
                let o = Int(endpoints[m].organisation)
                if stamp[o] != Int32(g) {
                    stamp[o] = Int32(g)
                    latest[o] = Int32(m)
                    continue
                }
                var same = Int(latest[o])
                while same >= 0 && memberships[same].validity != memberships[m].validity { same = Int(previous[same]) }
                if same >= 0 {
                    diag.error(.duplicateMembership, at: membershipPositions[m],
                               "'\(organisations.ids[o])' is listed twice as a member of '\(groups.ids[g])' for the same period; first at line \(membershipPositions[same].line)",
                               hint: "remove one of the two rows, or give them different dates")
                } else {
                    previous[m] = latest[o]
                    latest[o] = Int32(m)
                }
            }
        }
    }

    // MARK: Result

    private func makeRegistry(_ byGroup: MembershipAdjacency) -> Registry {
        var orgs: [Organisation] = []
        orgs.reserveCapacity(organisations.ids.count)
        for i in organisations.ids.indices {
            orgs.append(Organisation(id: organisations.ids[i], name: organisations.names[i], kind: .other))
        }
        var grps: [Group] = []
        grps.reserveCapacity(groups.ids.count)
        for i in groups.ids.indices {
            grps.append(Group(id: groups.ids[i], name: groups.names[i], kind: .other))
        }
        let locations = RegistryLocations(
            file: file, organisations: organisations.positions, groups: groups.positions,
            memberships: membershipPositions)
        return Registry(
            title: nil, organisations: orgs, groups: grps, memberships: memberships, initiatives: [], documents: [],
            sources: [], rules: [], locations: locations, endpoints: endpoints,
            prebuilt: .init(organisationIndex: organisations.byID, groupIndex: groups.byID, membershipsByGroup: byGroup))
    }
}
