import PartnerRegistry

/// Hover texts: name, kind and level, then the entity's relations with
/// roles, one kind of relation per line. Taken from the (as-of) registry,
/// so an organisation's tooltip names its groups even when groups are not
/// drawn.
extension MapBuilder {
    /// At most this many names are listed on one line; the rest are counted.
    static let listLimit = 12

    func list(_ items: [String]) -> String {
        guard items.count > Self.listLimit else { return items.joined(separator: ", ") }
        return items.prefix(Self.listLimit).joined(separator: ", ") + " " + words.more(items.count - Self.listLimit)
    }

    private func headline(_ kind: String, _ level: GeographicLevel?) -> String {
        level.map { "\(kind) · \(words.level($0))" } ?? kind
    }

    private func line(_ heading: String, _ items: [String]) -> String? {
        items.isEmpty ? nil : "\(heading): \(list(items))"
    }

    private func name(_ id: OrganisationID) -> String { registry.organisation(id)?.name ?? id.rawValue }
    private func name(_ id: GroupID) -> String { registry.group(id)?.name ?? id.rawValue }
    private func name(_ id: DocumentID) -> String { registry.document(id)?.name ?? id.rawValue }
    private func name(_ actor: Actor) -> String {
        switch actor {
        case let .organisation(id): name(id)
        case let .group(id): name(id)
        }
    }

    func tooltip(for org: Organisation) -> String {
        let seats = registry.groups(of: org.id).map { m in
            m.role == .member ? name(m.group) : "\(name(m.group)) (\(words.role(m.role)))"
        }
        let convenes = registry.groups.filter { $0.conveners.contains(org.id) }.map(\.name)
        let initiatives = registry.initiatives.compactMap { i -> String? in
            if let p = i.participants.first(where: { $0.organisation == org.id }) {
                return "\(i.name) (\(words.participationRole(p.role)))"
            }
            return i.funders.contains(org.id) ? "\(i.name) (\(words.relation(.funding).lowercased()))" : nil
        }
        return ([org.name, headline(words.organisationKind(org.kind), org.level)]
            + [line(words.groups, unique(seats)), line(words.relation(.convener), convenes),
               line(words.initiatives, initiatives)].compactMap { $0 })
            .joined(separator: "\n")
    }

    func tooltip(for group: Group) -> String {
        let members = registry.members(of: group.id).map { m in
            m.role == .member ? name(m.organisation) : "\(name(m.organisation)) (\(words.role(m.role)))"
        }
        return ([group.name, headline(words.groupKind(group.kind), group.level)]
            + [line(words.convenedBy, group.conveners.map(name)),
               line(words.partOf, group.partOf.map { [name($0)] } ?? []),
               line(words.members, unique(members))].compactMap { $0 })
            .joined(separator: "\n")
    }

    func tooltip(for initiative: Initiative) -> String {
        let participants = initiative.participants.map {
            "\(name($0.organisation)) (\(words.participationRole($0.role)))"
        }
        return ([initiative.name, headline(words.initiative, initiative.level)]
            + [line(words.runBy, initiative.group.map { [name($0)] } ?? []),
               line(words.fundedBy, initiative.funders.map(name)),
               line(words.participants, participants)].compactMap { $0 })
            .joined(separator: "\n")
    }

    func tooltip(for document: StrategyDocument) -> String {
        var kind = words.documentKind(document.kind)
        if let dates = Self.describe(document.validity) { kind += " · \(dates)" }
        return ([document.name, kind]
            + [line(words.adoptedBy, document.adoptedBy.map(name)),
               line(words.relation(.basedOn), document.basedOn.map(name)),
               line(words.relation(.revises), document.revises.map(name)),
               line(words.relation(.supersedes), document.supersedes.map(name))].compactMap { $0 })
            .joined(separator: "\n")
    }

    private func unique(_ items: [String]) -> [String] {
        var seen = Set<String>()
        return items.filter { seen.insert($0).inserted }
    }
}
