import Foundation
import PartnerRegistry

/// The key figures and sortable tables of the explorer page at one step of
/// its slider, computed by `RegistryAnalysis` on the registry as it is on
/// that date: most central organisations, brokers and cut vertices,
/// redundant forums, meeting load. Where some of the network is only
/// possibly there on the date, every figure that differs on the sure
/// network (`RegistryAnalysis.sureAnalysis`) has its sure value beside it,
/// "23 (säkert 7)", as the command-line tables write it, and names of
/// entities present only possibly are followed by "(?)". The validation
/// tables (rule findings, warnings) are of the whole file
/// (``validationTables(_:language:entity:)``).
///
/// Tables list at most ``rowLimit`` rows each (the most central, the
/// most loaded …), so the page of a large registry stays small.
struct ExplorerTables {
    static let rowLimit = 100

    let analysis: RegistryAnalysis
    let language: MapLanguage
    let entity: ExplorerData.EntityIndex
    /// Whether the O(V·E) measures (two-mode betweenness, brokerage roles)
    /// are computed; off for the overview of a large registry.
    let full: Bool
    /// The brokerage analysis, computed once for the key figures and the
    /// brokers table; `nil` when not `full`.
    let brokerReport: BrokerReport?
    /// The same analysis on the sure network; nil when nothing is uncertain.
    let sure: RegistryAnalysis?

    init(analysis: RegistryAnalysis, language: MapLanguage, entity: ExplorerData.EntityIndex, full: Bool) {
        self.analysis = analysis
        self.language = language
        self.entity = entity
        self.full = full
        brokerReport = full ? analysis.brokers() : nil
        sure = analysis.sureAnalysis
    }

    private var sv: Bool { language == .swedish }
    private func t(_ en: String, _ swedish: String) -> String { sv ? swedish : en }
    /// The step in a label: "now" / "nu", "in 2009" / "2009".
    private var when: String {
        switch analysis.asOf {
        case .now: t("now", "nu")
        case let .date(d): t("in \(d)", d.description)
        case .allTime: t("all time", "all tid")
        }
    }
    private var uncertain: Bool { sure != nil }
    private var sureWord: String { SureAndPossible<Int>.sureWord(language: language.rawValue) }

    private func key(_ id: OrganisationID) -> Int { entity.byKey[MapNodeID(.organisation, id.rawValue)] ?? -1 }
    private func key(_ id: GroupID) -> Int { entity.byKey[MapNodeID(.group, id.rawValue)] ?? -1 }
    private func yesNo(_ flag: Bool) -> String { flag ? t("yes", "ja") : t("no", "nej") }
    private func level(_ l: GeographicLevel?) -> ExplorerData.Cell { .text(l.map(language.words.with(analysis.registry.vocabulary).level) ?? "") }
    /// A name, followed by "(?)" when it is only possibly there on the date.
    private func name<K>(_ n: Named<K>) -> ExplorerData.Cell { .text(n.name + (n.uncertain ? " (?)" : "")) }

    /// A number as the page prints it: an integer without decimals, else
    /// rounded to four decimals (as JavaScript's `String(x)` shows the
    /// rounded value).
    static func number(_ x: Double) -> String {
        let r = x.rounded4
        return r == r.rounded() && abs(r) < 1e15 ? String(Int(r)) : "\(r)"
    }

    /// `number(x)` as the page's language writes it: a decimal comma in Swedish.
    private func text(_ x: Double) -> String {
        language.decimal(Self.number(x))
    }

    /// A number cell: sorted by the number, shown as the language writes
    /// it (a whole number is the same in both).
    private func numberCell(_ x: Double) -> ExplorerData.Cell {
        let r = x.rounded4
        let shown = text(r)
        return shown == Self.number(r) ? .number(r) : .figure(r, shown)
    }

    /// A figure of a row: the number, with its sure value beside it when
    /// the row is uncertain and the two differ ("16 (säkert 15)"), or "–"
    /// when the entity (or the figure) is not there in the sure network.
    private func figure(_ value: Double?, sure: Double?, rowUncertain: Bool) -> ExplorerData.Cell {
        let shown = value ?? 0
        guard rowUncertain else { return numberCell(shown) }
        if let value, let sure, !SureAndPossible(possible: value, sure: sure).isUncertain { return numberCell(shown) }
        if value == nil, sure == nil { return .number(0) }
        return .figure(shown.rounded4, text(shown) + " (\(sureWord) " + (sure.map(text) ?? "–") + ")")
    }

    private func flag(_ value: Bool, sure: Bool?, rowUncertain: Bool) -> ExplorerData.Cell {
        guard rowUncertain, sure != value else { return .text(value ? t("yes", "ja") : "") }
        return .text(yesNo(value) + " (\(sureWord) " + (sure.map(yesNo) ?? "–") + ")")
    }

    /// A key figure: a count with its sure count beside it where they differ.
    private func count(_ label: String, _ value: Int, sure: Int?) -> ExplorerData.Figure {
        .init(label: label, value: SureAndPossible(possible: value, sure: sure)
            .text(language: language.rawValue, uncertain: uncertain && sure != value) { "\($0)" })
    }

    /// Organisations by number of groups in the view, most first (ties in file order).
    func mostConnected(limit: Int) -> [Int] {
        let view = analysis.view
        let order = view.organisationVertices.sorted {
            let (a, b) = (view.graph.neighbors(of: $0).count, view.graph.neighbors(of: $1).count)
            return a != b ? a > b : $0 < $1
        }
        return order.prefix(limit).map { v in key(view.organisations[Int(v)].id) }
    }

    /// The key figures at the step: organisations, groups and ties present
    /// (as `samverkan stats --as-of` counts them) and cut organisations
    /// (`samverkan brokers`), each with its sure value; then the whole
    /// file's rule findings and validation warnings.
    func figures(validation: ValidationReport) -> [ExplorerData.Figure] {
        let view = analysis.view, sureView = sure?.view
        var out: [ExplorerData.Figure] = [
            count(t("Organisations \(when)", "Organisationer \(when)"), view.organisationCount,
                  sure: sureView?.organisationCount ?? view.organisationCount),
            count(t("Groups \(when)", "Grupper \(when)"), view.groupCount, sure: sureView?.groupCount ?? view.groupCount),
            count(t("Memberships (organisation in group) \(when)", "Medlemskap (organisation i grupp) \(when)"), view.graph.edgeCount,
                  sure: sureView?.graph.edgeCount ?? view.graph.edgeCount),
        ]
        if let brokers = brokerReport {
            out.append(count(
                t("Organisations the network splits without \(when)", "Organisationer som nätverket delas utan \(when)"),
                brokers.twoModeCutOrganisations.count,
                sure: brokers.organisations.count(where: { $0.sure?.isTwoModeCutVertex == true })))
        }
        out.append(.init(label: t("Rule findings (whole registry)", "Regelavvikelser (hela registret)"), value: "\(validation.violations.count)"))
        out.append(.init(label: t("Validation warnings (whole registry)", "Valideringsvarningar (hela registret)"),
                         value: "\(validation.diagnostics.count)"))
        return out
    }

    /// The line under the key figures and the tables when some of the
    /// network is only possibly there; empty otherwise.
    var sureNote: String {
        guard uncertain else { return "" }
        return t("(sure x): the figure among what is certainly there on this date, where it differs; – where the entity itself is only possibly there. (?): there only possibly on this date.",
                 "(säkert x): värdet bland det som säkert finns vid detta datum, där det skiljer sig; – där enheten själv bara möjligen finns. (?): finns bara möjligen vid detta datum.")
    }

    private func note(_ text: String) -> String { sureNote.isEmpty ? text : text + " " + sureNote }

    /// " Showing 100 of 136." where a table is cut at `rowLimit`; empty
    /// otherwise.
    private func cut(_ total: Int) -> String {
        total > Self.rowLimit ? t(" Showing \(Self.rowLimit) of \(total).", " Visar \(Self.rowLimit) av \(total).") : ""
    }

    /// The tables of the step, with their columns: central, brokers (when
    /// `full`), forums, load.
    func tables() -> [(ExplorerData.Table, ExplorerData.TablePart)] {
        var out = [central()]
        if let report = brokerReport { out.append(brokers(report)) }
        out.append(forums())
        out.append(load())
        return out
    }

    private func central() -> (ExplorerData.Table, ExplorerData.TablePart) {
        let view = analysis.view
        var betweenness: [String: SureAndPossible<Double>] = [:]
        if full, let report = try? analysis.centrality(.betweenness, mode: .twoMode) {
            for s in report.scores where s.type == .organisation { betweenness[s.id] = s.values }
        }
        let sureView = sure?.view
        let order = view.organisationVertices.sorted {
            let (a, b) = (view.graph.neighbors(of: $0).count, view.graph.neighbors(of: $1).count)
            let (x, y) = (betweenness[view.organisations[Int($0)].id.rawValue]?.possible ?? 0,
                          betweenness[view.organisations[Int($1)].id.rawValue]?.possible ?? 0)
            return a != b ? a > b : x != y ? x > y : $0 < $1
        }.prefix(Self.rowLimit)
        var cols: [ExplorerData.Column] = [
            .init(label: t("Organisation", "Organisation"), numeric: false), .init(label: t("Level", "Nivå"), numeric: false),
            .init(label: t("Groups", "Grupper"), numeric: true),
        ]
        let between = MeasureWords(.betweenness, language: sv ? .swedish : .english)
        if full { cols.append(.init(label: between.name, numeric: true)) }
        var rows: [[ExplorerData.Cell]] = []
        var keys: [Int] = []
        for v in order {
            let o = view.organisations[Int(v)]
            let named = NamedOrganisation(id: o.id, name: o.name, uncertain: view.isUncertain(v))
            let groups = view.graph.neighbors(of: v).count
            let sureGroups: Int? = if let sureView { sureView.vertex(of: o.id).map { sureView.graph.neighbors(of: $0).count } } else { groups }
            let b = betweenness[o.id.rawValue]
            let rowUncertain = named.uncertain || sureGroups != groups || (b?.isUncertain ?? false)
            var row: [ExplorerData.Cell] = [
                name(named), level(o.level), figure(Double(groups), sure: sureGroups.map(Double.init), rowUncertain: rowUncertain),
            ]
            if full { row.append(figure(b?.possible ?? 0, sure: b.flatMap(\.sure), rowUncertain: rowUncertain)) }
            rows.append(row)
            keys.append(key(o.id))
        }
        let table = ExplorerData.Table(
            id: "central", title: t("Most central organisations", "Mest centrala organisationer"), columns: cols, parts: [])
        let part = ExplorerData.TablePart(
            note: note(t("Groups: how many groups the organisation sits in \(when). \(between.name): \(between.explanation), through the groups they share (a share, 0 to 1).",
                         "Grupper: hur många grupper organisationen sitter i \(when). \(between.name): \(between.explanation), via grupperna de delar (en andel, 0 till 1).")
                + cut(view.organisationVertices.count)),
            rows: rows, keys: keys)
        return (table, part)
    }

    private func brokers(_ report: BrokerReport) -> (ExplorerData.Table, ExplorerData.TablePart) {
        var rows: [[ExplorerData.Cell]] = []
        var keys: [Int] = []
        for b in report.organisations.prefix(Self.rowLimit) {
            let s = b.sure, u = b.uncertain
            rows.append([
                name(b.organisation), flag(b.isTwoModeCutVertex, sure: s?.isTwoModeCutVertex, rowUncertain: u),
                flag(b.isCutVertex, sure: s?.isCutVertex, rowUncertain: u),
                figure(Double(b.roles.total), sure: s.map { Double($0.roles.total) }, rowUncertain: u),
                figure(Double(b.partners), sure: s.map { Double($0.partners) }, rowUncertain: u),
                figure(b.effectiveSize, sure: s?.effectiveSize, rowUncertain: u),
                figure(b.constraint, sure: s?.constraint, rowUncertain: u),
            ])
            keys.append(key(b.organisation.id))
        }
        let table = ExplorerData.Table(
            id: "brokers", title: t("Organisations that hold the network together", "Organisationer som håller ihop nätverket"),
            columns: [
                .init(label: t("Organisation", "Organisation"), numeric: false),
                .init(label: t("Network splits without it", "Nätverket delas utan den"), numeric: false),
                .init(label: t("Partners split without it", "Partnerna delas utan den"), numeric: false),
                .init(label: t("Links it makes", "Länkar den skapar"), numeric: true),
                .init(label: t("Partners", "Partner"), numeric: true),
                .init(label: t("Partners not tied to each other", "Partner som inte känner varandra"), numeric: true),
                .init(label: t("Dependence on few partners", "Beroende av få partner"), numeric: true),
            ], parts: [])
        let part = ExplorerData.TablePart(
            note: note(t("Network splits without it: removing the organisation leaves parts of the network \(when) with no tie between them (a cut vertex); partners split: the same among organisations tied through shared groups. Links it makes: pairs of its partners with no tie of their own that it links (brokerage roles, Gould–Fernandez). Partners not tied to each other: its partners less the ties among them (effective size, Burt). Dependence on few partners: high when its partners are few and tied to each other (constraint, Burt).",
                         "Nätverket delas utan den: utan organisationen finns delar av nätverket (\(when)) utan band mellan sig (en snittpunkt); partnerna delas: detsamma bland organisationer som delar grupper. Länkar den skapar: par av dess partner utan eget band som den länkar (mäklarroller, Gould–Fernandez). Partner som inte känner varandra: dess partner minus banden mellan dem (effektiv storlek, Burt). Beroende av få partner: högt när partnerna är få och knutna till varandra (begränsning, Burt).")
                + cut(report.organisations.count)),
            rows: rows, keys: keys)
        return (table, part)
    }

    private func forums() -> (ExplorerData.Table, ExplorerData.TablePart) {
        // Only the shown pairs are kept: a star of thousands of groups has millions.
        let report = try? analysis.groupOverlaps(minShared: 1, order: .jaccard, limit: Self.rowLimit)
        let pairs = report?.pairs ?? []
        let total = report?.total ?? 0
        var rows: [[ExplorerData.Cell]] = []
        var keys: [Int] = []
        // A group whose list the registry says is partial is not judged:
        // a Jaccard of 1 there says nothing about the members not recorded.
        func partial(_ g: NamedGroup) -> Bool { analysis.registry.group(g.id)?.hasPartialMemberList == true }
        for p in pairs {
            rows.append([
                name(p.first), name(p.second), .number(Double(p.sharedCount)),
                .number(Double(p.firstSize)), .number(Double(p.secondSize)), numberCell(p.jaccard),
                .text(partial(p.first) || partial(p.second) ? t("partial: not judged", "ofullständig: bedöms inte") : ""),
            ])
            keys.append(key(p.first.id))
        }
        let table = ExplorerData.Table(
            id: "forums", title: t("Overlapping forums", "Överlappande forum"),
            columns: [
                .init(label: t("Group", "Grupp"), numeric: false), .init(label: t("Group", "Grupp"), numeric: false),
                .init(label: t("Shared", "Gemensamma"), numeric: true), .init(label: t("Members of the first", "Medlemmar i den första"), numeric: true),
                .init(label: t("Members of the second", "Medlemmar i den andra"), numeric: true), .init(label: "Jaccard", numeric: true),
                .init(label: t("Member list", "Medlemslista"), numeric: false),
            ], parts: [])
        let part = ExplorerData.TablePart(
            note: note(t("Pairs of groups with members in common \(when), most similar first (Jaccard: shared ÷ in either).",
                         "Par av grupper med gemensamma medlemmar (\(when)), mest lika först (Jaccard: gemensamma ÷ i någon av dem).")
                + (pairs.count < total
                    ? t(" Showing the \(pairs.count) most similar of \(total) pairs.", " Visar de \(pairs.count) mest lika av \(total) par.")
                    : "")),
            rows: rows, keys: keys)
        return (table, part)
    }

    private func load() -> (ExplorerData.Table, ExplorerData.TablePart) {
        let report = analysis.meetingLoad(order: .load)
        var rows: [[ExplorerData.Cell]] = []
        var keys: [Int] = []
        for o in report.organisations.prefix(Self.rowLimit) {
            let s = o.sure, u = o.uncertain
            rows.append([
                name(o.organisation), level(o.level),
                figure(Double(o.groupCount), sure: s.map { Double($0.groupCount) }, rowUncertain: u),
                figure(Double(o.seats), sure: s.map { Double($0.seats) }, rowUncertain: u),
                figure(Double(o.chairs), sure: s.map { Double($0.chairs) }, rowUncertain: u),
                figure(Double(o.convenes), sure: s.map { Double($0.convenes) }, rowUncertain: u),
            ])
            keys.append(key(o.organisation.id))
        }
        let table = ExplorerData.Table(
            id: "load", title: t("Meeting load", "Mötesbelastning"),
            columns: [
                .init(label: t("Organisation", "Organisation"), numeric: false), .init(label: t("Level", "Nivå"), numeric: false),
                .init(label: t("Groups", "Grupper"), numeric: true), .init(label: t("Seats", "Platser"), numeric: true),
                .init(label: t("Chairs", "Ordförande"), numeric: true), .init(label: t("Convenes", "Sammankallar"), numeric: true),
            ], parts: [])
        let part = ExplorerData.TablePart(
            note: note(t("Groups, seats, chairs and convened groups per organisation \(when).",
                         "Grupper, platser, ordförandeskap och sammankallade grupper per organisation \(when).")
                + cut(report.organisations.count)),
            rows: rows, keys: keys)
        return (table, part)
    }

    // MARK: The whole file

    /// Rule findings and validation warnings: of the whole file, as
    /// `samverkan validate` checks it, so one part each.
    static func validationTables(
        _ validation: ValidationReport, language: MapLanguage, entity: ExplorerData.EntityIndex
    ) -> [ExplorerData.Table] {
        let sv = language == .swedish
        func t(_ en: String, _ swedish: String) -> String { sv ? swedish : en }
        func key(_ node: MapNodeID) -> Int { entity.byKey[node] ?? -1 }
        var ruleRows: [[ExplorerData.Cell]] = []
        var ruleKeys: [Int] = []
        for v in validation.violations.prefix(rowLimit) {
            ruleRows.append([.text(v.rule.rawValue), .text(v.severity.rawValue), .text(v.message)])
            let row: Int = switch v.entity {
            case let .organisation(id): key(MapNodeID(.organisation, id.rawValue))
            case let .group(id): key(MapNodeID(.group, id.rawValue))
            default: -1
            }
            ruleKeys.append(row)
        }
        var warningRows: [[ExplorerData.Cell]] = []
        for d in validation.diagnostics.prefix(rowLimit) {
            let file = URL(fileURLWithPath: d.file).lastPathComponent
            warningRows.append([.text("\(file):\(d.line):\(d.column)"), .text(d.code.rawValue), .text(d.message)])
        }
        return [
            .init(
                id: "rules", title: t("Coverage-rule findings", "Täckningsregler: avvikelser"),
                columns: [
                    .init(label: t("Rule", "Regel"), numeric: false), .init(label: t("Severity", "Allvar"), numeric: false),
                    .init(label: t("Finding", "Avvikelse"), numeric: false),
                ],
                parts: [.init(
                    note: t("The registry's own rules, checked on everything it holds.",
                            "Registrets egna regler, prövade mot allt det innehåller."),
                    rows: ruleRows, keys: ruleKeys)]),
            .init(
                id: "warnings", title: t("Validation warnings", "Valideringsvarningar"),
                columns: [
                    .init(label: t("Where", "Var"), numeric: false), .init(label: t("Code", "Kod"), numeric: false),
                    .init(label: t("Warning", "Varning"), numeric: false),
                ],
                parts: [.init(
                    note: t("Quotes not found in their source and facts whose quote does not name them.",
                            "Citat som inte finns i sin källa och fakta vars citat inte nämner dem."),
                    rows: warningRows, keys: Array(repeating: -1, count: warningRows.count))]),
        ]
    }
}

extension Double {
    /// Rounded to four decimals, so the page's bytes do not depend on the
    /// last digit of a floating-point sum.
    var rounded4: Double { (self * 10_000).rounded() / 10_000 }
}
