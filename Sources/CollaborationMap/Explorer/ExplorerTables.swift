import Foundation
import PartnerRegistry

/// The key figures and sortable tables of the explorer page, computed by
/// `RegistryAnalysis` on the registry as it is now: most central
/// organisations, brokers and cut vertices, redundant forums, meeting
/// load, rule findings and validation warnings.
///
/// Tables list at most ``rowLimit`` rows each (the most central, the
/// most loaded …), so the page of a large registry stays small.
struct ExplorerTables {
    static let rowLimit = 100

    let analysis: RegistryAnalysis
    let registry: Registry
    let language: MapLanguage
    let entity: ExplorerData.EntityIndex
    /// Whether the O(V·E) measures (two-mode betweenness, brokerage roles)
    /// are computed; off for the overview of a large registry.
    let full: Bool
    /// The brokerage analysis, computed once for the key figures and the
    /// brokers table; `nil` when not `full`.
    let brokerReport: BrokerReport?

    init(
        analysis: RegistryAnalysis, registry: Registry, language: MapLanguage,
        entity: ExplorerData.EntityIndex, full: Bool
    ) {
        self.analysis = analysis
        self.registry = registry
        self.language = language
        self.entity = entity
        self.full = full
        brokerReport = full ? analysis.brokers() : nil
    }

    private var sv: Bool { language == .swedish }
    private func t(_ en: String, _ swedish: String) -> String { sv ? swedish : en }

    private func key(_ id: OrganisationID) -> Int { entity.byKey[MapNodeID(.organisation, id.rawValue)] ?? -1 }
    private func key(_ id: GroupID) -> Int { entity.byKey[MapNodeID(.group, id.rawValue)] ?? -1 }
    private func yes(_ flag: Bool) -> ExplorerData.Cell { .text(flag ? t("yes", "ja") : "") }
    private func level(_ l: GeographicLevel?) -> ExplorerData.Cell { .text(l.map(language.words.level) ?? "") }

    /// Organisations by number of groups in the view, most first (ties in file order).
    func mostConnected(limit: Int) -> [Int] {
        let view = analysis.view
        let order = view.organisationVertices.sorted {
            let (a, b) = (view.graph.neighbors(of: $0).count, view.graph.neighbors(of: $1).count)
            return a != b ? a > b : $0 < $1
        }
        return order.prefix(limit).map { v in key(view.organisations[Int(v)].id) }
    }

    func figures(validation: ValidationReport, memberships: Int) -> [ExplorerData.Figure] {
        let view = analysis.view
        var out: [ExplorerData.Figure] = [
            .init(label: t("Organisations now", "Organisationer nu"), value: "\(view.organisationCount)"),
            .init(label: t("Groups now", "Grupper nu"), value: "\(view.groupCount)"),
            .init(label: t("Memberships in the registry", "Medlemskap i registret"), value: "\(memberships)"),
        ]
        if let brokers = brokerReport {
            out.append(.init(label: t("Cut vertices (organisations)", "Snittpunkter (organisationer)"),
                             value: "\(brokers.twoModeCutOrganisations.count)"))
        }
        out.append(.init(label: t("Rule findings", "Regelavvikelser"), value: "\(validation.violations.count)"))
        out.append(.init(label: t("Validation warnings", "Valideringsvarningar"), value: "\(validation.diagnostics.count)"))
        return out
    }

    func tables(validation: ValidationReport) -> [ExplorerData.Table] {
        var out = [central()]
        if let report = brokerReport { out.append(brokers(report)) }
        out.append(forums())
        out.append(load())
        out.append(rules(validation))
        out.append(warnings(validation))
        return out
    }

    private func central() -> ExplorerData.Table {
        let view = analysis.view
        var betweenness: [String: Double] = [:]
        if full, let report = try? analysis.centrality(.betweenness, mode: .twoMode) {
            for s in report.scores where s.type == .organisation { betweenness[s.id] = s.score }
        }
        let order = view.organisationVertices.sorted {
            let (a, b) = (view.graph.neighbors(of: $0).count, view.graph.neighbors(of: $1).count)
            let (x, y) = (betweenness[view.organisations[Int($0)].id.rawValue] ?? 0,
                          betweenness[view.organisations[Int($1)].id.rawValue] ?? 0)
            return a != b ? a > b : x != y ? x > y : $0 < $1
        }.prefix(Self.rowLimit)
        var cols: [ExplorerData.Column] = [
            .init(label: t("Organisation", "Organisation"), numeric: false), .init(label: t("Level", "Nivå"), numeric: false),
            .init(label: t("Groups", "Grupper"), numeric: true),
        ]
        if full { cols.append(.init(label: t("Betweenness (two-mode)", "Mellanliggande (tvåläges)"), numeric: true)) }
        var rows: [[ExplorerData.Cell]] = []
        var keys: [Int] = []
        for v in order {
            let o = view.organisations[Int(v)]
            var row: [ExplorerData.Cell] = [.text(o.name), level(o.level), .number(Double(view.graph.neighbors(of: v).count))]
            if full { row.append(.number((betweenness[o.id.rawValue] ?? 0).rounded4)) }
            rows.append(row)
            keys.append(key(o.id))
        }
        return .init(
            id: "central", title: t("Most central organisations", "Mest centrala organisationer"),
            note: t("Groups an organisation sits in now; betweenness on the organisation–group network (NetworkX normalisation), as `samverkan centrality`.",
                    "Antal grupper organisationen sitter i nu; mellanliggande centralitet i nätverket organisation–grupp (NetworkX normalisering), som `samverkan centrality`."),
            columns: cols, rows: rows, keys: keys)
    }

    private func brokers(_ report: BrokerReport) -> ExplorerData.Table {
        var rows: [[ExplorerData.Cell]] = []
        var keys: [Int] = []
        for b in report.organisations.prefix(Self.rowLimit) {
            rows.append([
                .text(b.organisation.name), yes(b.isTwoModeCutVertex), yes(b.isCutVertex),
                .number(Double(b.roles.total)), .number(Double(b.partners)),
                .number((b.effectiveSize ?? 0).rounded4), .number((b.constraint ?? 0).rounded4),
            ])
            keys.append(key(b.organisation.id))
        }
        return .init(
            id: "brokers", title: t("Brokers and cut vertices", "Mäklare och snittpunkter"),
            note: t("Cut vertex: removing the organisation splits the network. Brokerage roles (Gould–Fernandez), effective size and constraint (Burt), as `samverkan brokers`.",
                    "Snittpunkt: utan organisationen faller nätverket isär. Mäklarroller (Gould–Fernandez), effektiv storlek och begränsning (Burt), som `samverkan brokers`."),
            columns: [
                .init(label: t("Organisation", "Organisation"), numeric: false),
                .init(label: t("Cut vertex", "Snittpunkt"), numeric: false),
                .init(label: t("Cut vertex (partners)", "Snittpunkt (partner)"), numeric: false),
                .init(label: t("Brokerage roles", "Mäklarroller"), numeric: true),
                .init(label: t("Partners", "Partner"), numeric: true),
                .init(label: t("Effective size", "Effektiv storlek"), numeric: true),
                .init(label: t("Constraint", "Begränsning"), numeric: true),
            ], rows: rows, keys: keys)
    }

    private func forums() -> ExplorerData.Table {
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
                .text(p.first.name), .text(p.second.name), .number(Double(p.sharedCount)),
                .number(Double(p.firstSize)), .number(Double(p.secondSize)), .number(p.jaccard.rounded4),
                .text(partial(p.first) || partial(p.second) ? t("partial: not judged", "ofullständig: bedöms inte") : ""),
            ])
            keys.append(key(p.first.id))
        }
        return .init(
            id: "forums", title: t("Overlapping forums", "Överlappande forum"),
            note: t("Pairs of groups with members in common, most similar first (Jaccard: shared ÷ in either), as `samverkan overlap`.",
                    "Par av grupper med gemensamma medlemmar, mest lika först (Jaccard: gemensamma ÷ i någon av dem), som `samverkan overlap`.")
                + (pairs.count < total
                    ? t(" Showing the \(pairs.count) most similar of \(total) pairs.", " Visar de \(pairs.count) mest lika av \(total) par.")
                    : ""),
            columns: [
                .init(label: t("Group", "Grupp"), numeric: false), .init(label: t("Group", "Grupp"), numeric: false),
                .init(label: t("Shared", "Gemensamma"), numeric: true), .init(label: t("Size", "Storlek"), numeric: true),
                .init(label: t("Size", "Storlek"), numeric: true), .init(label: "Jaccard", numeric: true),
                .init(label: t("Member list", "Medlemslista"), numeric: false),
            ], rows: rows, keys: keys)
    }

    private func load() -> ExplorerData.Table {
        let report = analysis.meetingLoad(order: .load)
        var rows: [[ExplorerData.Cell]] = []
        var keys: [Int] = []
        for o in report.organisations.prefix(Self.rowLimit) {
            rows.append([
                .text(o.organisation.name), level(o.level), .number(Double(o.groupCount)), .number(Double(o.seats)),
                .number(Double(o.chairs)), .number(Double(o.convenes)),
            ])
            keys.append(key(o.organisation.id))
        }
        return .init(
            id: "load", title: t("Meeting load", "Mötesbelastning"),
            note: t("Groups, seats, chairs and convened groups per organisation now, as `samverkan load`.",
                    "Grupper, platser, ordförandeskap och sammankallade grupper per organisation nu, som `samverkan load`."),
            columns: [
                .init(label: t("Organisation", "Organisation"), numeric: false), .init(label: t("Level", "Nivå"), numeric: false),
                .init(label: t("Groups", "Grupper"), numeric: true), .init(label: t("Seats", "Platser"), numeric: true),
                .init(label: t("Chairs", "Ordförande"), numeric: true), .init(label: t("Convenes", "Sammankallar"), numeric: true),
            ], rows: rows, keys: keys)
    }

    private func rules(_ validation: ValidationReport) -> ExplorerData.Table {
        var rows: [[ExplorerData.Cell]] = []
        var keys: [Int] = []
        for v in validation.violations.prefix(Self.rowLimit) {
            rows.append([.text(v.rule.rawValue), .text(v.severity.rawValue), .text(v.message)])
            let row: Int = switch v.entity {
            case let .organisation(id): key(id)
            case let .group(id): key(id)
            default: -1
            }
            keys.append(row)
        }
        return .init(
            id: "rules", title: t("Coverage-rule findings", "Täckningsregler: avvikelser"),
            note: t("The registry's own rules, checked on everything it holds, as `samverkan validate`.",
                    "Registrets egna regler, prövade mot allt det innehåller, som `samverkan validate`."),
            columns: [
                .init(label: t("Rule", "Regel"), numeric: false), .init(label: t("Severity", "Allvar"), numeric: false),
                .init(label: t("Finding", "Avvikelse"), numeric: false),
            ], rows: rows, keys: keys)
    }

    private func warnings(_ validation: ValidationReport) -> ExplorerData.Table {
        var rows: [[ExplorerData.Cell]] = []
        for d in validation.diagnostics.prefix(Self.rowLimit) {
            let file = URL(fileURLWithPath: d.file).lastPathComponent
            rows.append([.text("\(file):\(d.line):\(d.column)"), .text(d.code.rawValue), .text(d.message)])
        }
        return .init(
            id: "warnings", title: t("Validation warnings", "Valideringsvarningar"),
            note: t("Quotes not found in their source and facts whose quote does not name them, as `samverkan validate`.",
                    "Citat som inte finns i sin källa och fakta vars citat inte nämner dem, som `samverkan validate`."),
            columns: [
                .init(label: t("Where", "Var"), numeric: false), .init(label: t("Code", "Kod"), numeric: false),
                .init(label: t("Warning", "Varning"), numeric: false),
            ], rows: rows, keys: Array(repeating: -1, count: rows.count))
    }
}

extension Double {
    /// Rounded to four decimals, so the page's bytes do not depend on the
    /// last digit of a floating-point sum.
    var rounded4: Double { (self * 10_000).rounded() / 10_000 }
}
