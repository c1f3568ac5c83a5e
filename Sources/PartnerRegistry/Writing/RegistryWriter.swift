import Foundation
import InterchangeBase
import Yams

/// Writes a registry in the file schema of docs/registry-format.md, so
/// that loading what was written gives back an equal registry:
/// `RegistryLoader.load(contents: RegistryWriter.yaml(r), …) == r`.
///
/// Short forms are used where they say everything (`- visit-umea` for a
/// plain member, `source: seed` for a bare citation); empty fields are
/// left out. Memberships are written under their groups as far as the
/// registry's order allows (the longest prefix of `memberships` whose
/// groups come in file order); the rest go to the `memberships` section,
/// which is read after the groups, so the order survives.
public enum RegistryWriter {
    /// The registry as YAML.
    ///
    /// - Throws: `YamlError` if Yams cannot emit the document (not seen
    ///   in practice: every value written is plain text).
    public static func yaml(_ registry: Registry) throws -> String {
        try Yams.serialize(node: tree(registry).node, indent: 2, width: -1, allowUnicode: true)
    }

    /// The registry as JSON, with the same schema as the YAML.
    public static func json(_ registry: Registry) -> String {
        var out = ""
        tree(registry).json(into: &out)
        return out + "\n"
    }

    /// The memberships as CSV (`organisation,group,role,since,until`, by
    /// ID). Lossy: only memberships, and entities only by ID.
    ///
    /// - Complexity: O(M) for M memberships.
    public static func csv(_ registry: Registry) -> String {
        var out = "organisation,group,role,since,until\n"
        out.reserveCapacity(registry.memberships.count * 32)
        for m in registry.memberships {
            out += csvCell(m.organisation.rawValue) + "," + csvCell(m.group.rawValue) + "," + m.role.rawValue + ","
            out += (m.validity.since?.description ?? "") + "," + (m.validity.until?.description ?? "") + "\n"
        }
        return out
    }

    /// The registry encoded in `format` as UTF-8.
    public static func data(_ registry: Registry, format: RegistryFormat) throws -> Data {
        switch format {
        case .yaml: Data(try yaml(registry).utf8)
        case .json: Data(json(registry).utf8)
        case .csv: Data(csv(registry).utf8)
        }
    }

    /// One cell of the memberships CSV, by the one quoting rule (`CSVText`).
    private static func csvCell(_ s: String) -> String { CSVText.escaped(s) }

    // MARK: The tree

    /// What the registry declares of its vocabulary (nil when it declares
    /// nothing and starts from the default).
    static func vocabulary(_ v: Vocabulary) -> FileValue? {
        let declared = v.declared
        var pairs: [(String, FileValue)] = []
        if v.startsEmpty { pairs.append(("start", .text("empty"))) }
        for section in Vocabulary.Section.allCases {
            let terms = declared.terms(section)
            guard !terms.isEmpty else { continue }
            pairs.append((section.rawValue, .list(terms.map(term), flow: false)))
        }
        return pairs.isEmpty ? nil : .map(pairs, flow: false)
    }

    private static func term(_ t: Vocabulary.Term) -> FileValue {
        func languages(_ m: [String: String]) -> FileValue {
            .map(m.keys.sorted { ($0 == "en" ? "" : $0) < ($1 == "en" ? "" : $1) }.map { ($0, .text(m[$0]!)) }, flow: true)
        }
        var pairs: [(String, FileValue)] = [("id", .text(t.id))]
        if !t.labels.isEmpty { pairs.append(("label", languages(t.labels))) }
        if !t.plurals.isEmpty { pairs.append(("plural", languages(t.plurals))) }
        if !t.headings.isEmpty { pairs.append(("heading", languages(t.headings))) }
        if let c = t.colour { pairs.append(("colour", .text(c))) }
        if let s = t.shape { pairs.append(("shape", .text(s))) }
        if !t.countsAs.isEmpty { pairs.append(("counts-as", .list(t.countsAs.map { .text($0) }, flow: true))) }
        return .map(pairs, flow: false)
    }

    static func tree(_ r: Registry) -> FileValue {
        var top: [(String, FileValue)] = [("samverkan", .number(1))]
        if let title = r.title { top.append(("title", .text(title))) }
        if let language = r.language { top.append(("language", .text(language))) }
        if let vocabulary = vocabulary(r.vocabulary) { top.append(("vocabulary", vocabulary)) }
        if !r.sources.isEmpty { top.append(("sources", .list(r.sources.map(source), flow: false))) }
        if !r.organisations.isEmpty { top.append(("organisations", .list(r.organisations.map(organisation), flow: false))) }

        // Memberships nested under groups: the longest prefix in group order.
        var nested = 0
        var lastGroup: Int32 = -1
        for e in r.membershipEndpoints {
            guard e.group >= 0, e.organisation >= 0, e.group >= lastGroup else { break }
            lastGroup = e.group
            nested += 1
        }
        var membersOf = [[Membership]](repeating: [], count: r.groups.count)
        for i in 0 ..< nested { membersOf[Int(r.membershipEndpoints[i].group)].append(r.memberships[i]) }
        if !r.groups.isEmpty {
            top.append(("groups", .list(r.groups.indices.map { group(r.groups[$0], members: membersOf[$0]) }, flow: false)))
        }
        if nested < r.memberships.count {
            top.append(("memberships", .list(r.memberships[nested...].map(membership), flow: false)))
        }
        if !r.initiatives.isEmpty { top.append(("initiatives", .list(r.initiatives.map(initiative), flow: false))) }
        if !r.documents.isEmpty {
            top.append(("documents", .list(r.documents.map { document($0, in: r) }, flow: false)))
        }
        if !r.rules.isEmpty { top.append(("rules", .list(r.rules.map(rule), flow: false))) }
        return .map(top, flow: false)
    }

    private static func ids<T: RawRepresentable>(_ values: [T]) -> FileValue where T.RawValue == String {
        .list(values.map { .text($0.rawValue) }, flow: true)
    }

    /// Appends the optional fields every entity may have.
    private static func common(
        _ pairs: inout [(String, FileValue)], aliases: [String], level: GeographicLevel?, url: String?,
        validity: Validity
    ) {
        if !aliases.isEmpty { pairs.append(("aliases", .list(aliases.map { .text($0) }, flow: true))) }
        if let level { pairs.append(("level", .text(level.rawValue))) }
        if let url { pairs.append(("url", .text(url))) }
        dates(&pairs, validity)
    }

    /// `since` and `until`, in the long form where a date is a reading or
    /// an end is unknown (`until: unknown`, `{date: unknown, before: …}`).
    private static func dates(_ pairs: inout [(String, FileValue)], _ validity: Validity) {
        if let since = validity.since {
            pairs.append(("since", longDate(.date(since), nil, validity.sinceAssessment)))
        }
        if let until = validity.until {
            pairs.append(("until", longDate(.date(until), nil, validity.untilAssessment)))
        } else if let end = validity.unknownEnd {
            pairs.append(("until", longDate(.text("unknown"), end.before, validity.untilAssessment)))
        }
    }

    /// A date alone, or `{date: …, before: …, certainty: …, reason: …}`.
    private static func longDate(_ value: FileValue, _ bound: PartialDate?, _ reading: Assessment?) -> FileValue {
        if bound == nil && reading == nil { return value }
        var fields: [(String, FileValue)] = [("date", value)]
        if let bound { fields.append(("before", FileValue.date(bound))) }
        appendAssessment(&fields, reading)
        return FileValue.map(fields, flow: true)
    }

    /// `certainty:` and `reason:`.
    private static func appendAssessment(_ pairs: inout [(String, FileValue)], _ a: Assessment?) {
        guard let a else { return }
        pairs.append(("certainty", .text(a.certainty.rawValue)))
        if let r = a.reason { pairs.append(("reason", .text(r))) }
    }

    /// A list of IDs, each entry long where the file states its certainty.
    private static func assessedIDs<T: RawRepresentable & Hashable>(
        _ values: [T], key: String, _ assessments: [T: Assessment]
    ) -> FileValue where T.RawValue == String {
        guard values.contains(where: { assessments[$0] != nil }) else { return ids(values) }
        return .list(values.map { (v: T) -> FileValue in
            guard let a = assessments[v] else { return FileValue.text(v.rawValue) }
            var fields: [(String, FileValue)] = [(key, .text(v.rawValue))]
            appendAssessment(&fields, a)
            return FileValue.map(fields, flow: true)
        }, flow: false)
    }

    private static func tail(_ pairs: inout [(String, FileValue)], attributes: [String: String], sources: [Citation]) {
        if !attributes.isEmpty {
            pairs.append(("attributes", .map(attributes.sorted { $0.key < $1.key }.map { ($0.key, .text($0.value)) }, flow: true)))
        }
        if let s = citations(sources) { pairs.append(("source", s)) }
    }

    private static func citations(_ list: [Citation]) -> FileValue? {
        func one(_ c: Citation) -> FileValue {
            if c.quote == nil && c.note == nil { return .text(c.source.rawValue) }
            var pairs: [(String, FileValue)] = [("from", .text(c.source.rawValue))]
            if let q = c.quote { pairs.append(("quote", .text(q))) }
            if let n = c.note { pairs.append(("note", .text(n))) }
            return .map(pairs, flow: false)
        }
        switch list.count {
        case 0: return nil
        case 1: return one(list[0])
        default: return .list(list.map(one), flow: false)
        }
    }

    private static func source(_ s: Source) -> FileValue {
        var pairs: [(String, FileValue)] = [("id", .text(s.id.rawValue)), ("title", .text(s.title))]
        if let p = s.publisher { pairs.append(("publisher", .text(p))) }
        if let u = s.url { pairs.append(("url", .text(u))) }
        if let f = s.file { pairs.append(("file", .text(f))) }
        if s.kind != .primary { pairs.append(("kind", .text(s.kind.rawValue))) }
        if let d = s.describes { pairs.append(("describes", .date(d))) }
        return .map(pairs, flow: false)
    }

    private static func organisation(_ o: Organisation) -> FileValue {
        var pairs = coreHead(o.core)
        coreLineage(&pairs, o.core)
        tail(&pairs, attributes: o.attributes, sources: o.sources)
        return .map(pairs, flow: false)
    }

    private static func group(_ g: Group, members: [Membership]) -> FileValue {
        var pairs = coreHead(g.core)
        if g.conveners.count == 1 && g.convenerAssessments.isEmpty {
            pairs.append(("convener", .text(g.conveners[0].rawValue)))
        } else if !g.conveners.isEmpty {
            pairs.append(("convener", assessedIDs(g.conveners, key: "organisation", g.convenerAssessments)))
        }
        coreLineage(&pairs, g.core)
        if let p = g.partOf { pairs.append(("part-of", .text(p.rawValue))) }
        if !g.basedOn.isEmpty { pairs.append(("based-on", ids(g.basedOn))) }
        if let list = g.memberList {
            if list.reason == nil && list.sources.isEmpty {
                pairs.append(("member-list", .text(list.extent.rawValue)))
            } else {
                var fields: [(String, FileValue)] = [("extent", .text(list.extent.rawValue))]
                if let reason = list.reason { fields.append(("reason", .text(reason))) }
                if let s = citations(list.sources) { fields.append(("source", s)) }
                pairs.append(("member-list", .map(fields, flow: false)))
            }
        }
        tail(&pairs, attributes: g.attributes, sources: g.sources)
        if !members.isEmpty { pairs.append(("members", .list(members.map(member), flow: false))) }
        return .map(pairs, flow: false)
    }

    /// An organisation's or a group's `id`, `name`, `kind`, aliases, level,
    /// URL and dates, the fields every entry opens with.
    private static func coreHead<T, K>(_ c: EntityCore<T, K>) -> [(String, FileValue)] {
        var pairs: [(String, FileValue)] = [
            ("id", .text(c.id.rawValue)), ("name", .text(c.name)), ("kind", .text(c.kind.rawValue)),
        ]
        common(&pairs, aliases: c.aliases, level: c.level, url: c.url, validity: c.validity)
        return pairs
    }

    /// `replaces`, `succeeded-by` and the stated certainty of an
    /// organisation or a group.
    private static func coreLineage<T, K>(_ pairs: inout [(String, FileValue)], _ c: EntityCore<T, K>) {
        if !c.replaces.isEmpty { pairs.append(("replaces", ids(c.replaces))) }
        if !c.succeededBy.isEmpty { pairs.append(("succeeded-by", ids(c.succeededBy))) }
        appendAssessment(&pairs, c.assessment)
    }

    private static func membershipFields(_ m: Membership, _ pairs: inout [(String, FileValue)]) {
        if m.role != .member { pairs.append(("role", .text(m.role.rawValue))) }
        if let mandate = m.mandate { pairs.append(("mandate", .boolean(mandate))) }
        dates(&pairs, m.validity)
        appendAssessment(&pairs, m.assessment)
        if let s = citations(m.sources) { pairs.append(("source", s)) }
    }

    private static func member(_ m: Membership) -> FileValue {
        if m.role == .member && m.mandate == nil && m.validity.isUnbounded && m.sources.isEmpty && m.assessment == nil
            && m.validity.sinceAssessment == nil && m.validity.untilAssessment == nil
        {
            return .text(m.organisation.rawValue)
        }
        var pairs: [(String, FileValue)] = [("organisation", .text(m.organisation.rawValue))]
        membershipFields(m, &pairs)
        return .map(pairs, flow: m.sources.isEmpty)
    }

    private static func membership(_ m: Membership) -> FileValue {
        var pairs: [(String, FileValue)] = [
            ("organisation", .text(m.organisation.rawValue)), ("group", .text(m.group.rawValue)),
        ]
        membershipFields(m, &pairs)
        return .map(pairs, flow: m.sources.isEmpty)
    }

    private static func initiative(_ i: Initiative) -> FileValue {
        var pairs: [(String, FileValue)] = [("id", .text(i.id.rawValue)), ("name", .text(i.name))]
        if let kind = i.kind { pairs.append(("kind", .text(kind.rawValue))) }
        common(&pairs, aliases: i.aliases, level: i.level, url: i.url, validity: i.validity)
        if let g = i.group { pairs.append(("group", .text(g.rawValue))) }
        if !i.funders.isEmpty { pairs.append(("funded-by", ids(i.funders))) }
        if !i.leadsTo.isEmpty { pairs.append(("leads-to", ids(i.leadsTo))) }
        appendAssessment(&pairs, i.assessment)
        if !i.participants.isEmpty {
            pairs.append(("participants", .list(i.participants.map { p in
                if p.role == .participant && p.sources.isEmpty && p.assessment == nil && p.count == nil {
                    return .text(p.organisation.rawValue)
                }
                var fields: [(String, FileValue)] = [("organisation", .text(p.organisation.rawValue))]
                if p.role != .participant { fields.append(("role", .text(p.role.rawValue))) }
                if let c = p.count { fields.append(("count", .number(c))) }
                appendAssessment(&fields, p.assessment)
                if let s = citations(p.sources) { fields.append(("source", s)) }
                return .map(fields, flow: p.sources.isEmpty)
            }, flow: false)))
        }
        tail(&pairs, attributes: i.attributes, sources: i.sources)
        return .map(pairs, flow: false)
    }

    private static func document(_ d: StrategyDocument, in r: Registry) -> FileValue {
        var pairs: [(String, FileValue)] = [
            ("id", .text(d.id.rawValue)), ("name", .text(d.name)), ("kind", .text(d.kind.rawValue)),
        ]
        common(&pairs, aliases: d.aliases, level: d.level, url: d.url, validity: d.validity)
        switch d.end {
        case let .on(date): pairs.append(("ended", .date(date)))
        case let .unknown(before):
            var end = FileValue.text("unknown")
            if let before { end = .map([("date", .text("unknown")), ("before", .date(before))], flow: true) }
            pairs.append(("ended", end))
        case nil: break
        }
        let relation = d.relationAssessments
        if !d.revises.isEmpty { pairs.append(("revises", assessedIDs(d.revises, key: "document", relation))) }
        if !d.basedOn.isEmpty { pairs.append(("based-on", assessedIDs(d.basedOn, key: "document", relation))) }
        if !d.supersedes.isEmpty { pairs.append(("supersedes", assessedIDs(d.supersedes, key: "document", relation))) }
        appendAssessment(&pairs, d.assessment)
        if !d.adoptedBy.isEmpty {
            let actors: [FileValue] = d.adoptedBy.map { actor in
                let (key, id, ambiguous) = switch actor {
                case let .organisation(id): ("organisation", id.rawValue, r.group(GroupID(id.rawValue)) != nil)
                case let .group(id): ("group", id.rawValue, r.organisation(OrganisationID(id.rawValue)) != nil)
                }
                guard ambiguous || d.adoptionAssessments[actor] != nil else { return .text(id) }
                var fields: [(String, FileValue)] = [(key, .text(id))]
                appendAssessment(&fields, d.adoptionAssessments[actor])
                return .map(fields, flow: true)
            }
            pairs.append(("adopted-by", .list(actors, flow: !d.adoptedBy.contains { d.adoptionAssessments[$0] != nil })))
        }
        tail(&pairs, attributes: d.attributes, sources: d.sources)
        return .map(pairs, flow: false)
    }

    private static func rule(_ rule: Rule) -> FileValue {
        var pairs: [(String, FileValue)] = [("id", .text(rule.id.rawValue))]
        if !rule.description.isEmpty { pairs.append(("description", .text(rule.description))) }
        pairs.append(("for", .text(rule.subject.rawValue)))
        let f = rule.filter
        var filter: [(String, FileValue)] = []
        if !f.fundedBy.isEmpty { filter.append(("funded-by", ids(f.fundedBy))) }
        if !f.kinds.isEmpty { filter.append(("kind", .list(f.kinds.map { .text($0) }, flow: true))) }
        if !f.levels.isEmpty { filter.append(("level", ids(f.levels))) }
        if !f.attributes.isEmpty {
            filter.append(("attributes", .map(f.attributes.sorted { $0.key < $1.key }.map { ($0.key, .text($0.value)) }, flow: true)))
        }
        if !filter.isEmpty { pairs.append(("where", .map(filter, flow: false))) }
        let requirements: [(String, FileValue)] = rule.requirements.map { r in
            var spec: [(String, FileValue)] = []
            if !r.kinds.isEmpty { spec.append(("kind", .list(r.kinds.map { .text($0) }, flow: true))) }
            if !r.levels.isEmpty { spec.append(("level", ids(r.levels))) }
            if !r.roles.isEmpty { spec.append(("role", ids(r.roles))) }
            if let lo = r.atLeast { spec.append(("at-least", .number(lo))) }
            if let hi = r.atMost { spec.append(("at-most", .number(hi))) }
            return (r.relation.rawValue, .map(spec, flow: true))
        }
        if Set(rule.requirements.map(\.relation)).count == requirements.count {
            pairs.append(("require", .map(requirements, flow: false)))
        } else {
            pairs.append(("require", .list(requirements.map { .map([$0], flow: false) }, flow: false)))
        }
        if rule.severity != .error { pairs.append(("severity", .text(rule.severity.rawValue))) }
        if let s = citations(rule.sources) { pairs.append(("source", s)) }
        return .map(pairs, flow: false)
    }
}
