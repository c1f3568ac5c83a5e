extension Registry {
    /// Checks every rule of the registry against its entities.
    ///
    /// For each rule, every entity of the rule's subject type that passes
    /// the rule's `where` filter must, for each requirement, have between
    /// `at-least` and `at-most` distinct related entities that match the
    /// requirement's kinds, levels and roles:
    ///
    /// - `participants`, `funders`: organisations taking part in / paying
    ///   for an initiative;
    /// - `members`, `conveners`: organisations sitting in / convening a
    ///   group (members filtered by membership role);
    /// - `groups`: groups an organisation sits in (filtered by its role).
    ///
    /// All memberships count, whatever their dates; check
    /// `asOf(date).checkRules()` (or `checkRules(asOf:)`) for one date.
    /// An entity with no `level` fails a level filter.
    ///
    /// - Returns: one violation per entity and failed requirement, in rule
    ///   order, then entity order.
    /// - Complexity: O(R · (V + M)) for R rules, V entities and M memberships.
    public func checkRules() -> [RuleViolation] {
        rules.flatMap { check($0) }
    }

    /// `asOf(date).checkRules()`.
    public func checkRules(asOf date: PartialDate) -> [RuleViolation] {
        asOf(date).checkRules()
    }

    /// The violations of one rule (which need not belong to the registry).
    public func check(_ rule: Rule) -> [RuleViolation] {
        var violations: [RuleViolation] = []
        func report(_ entity: EntityReference, _ requirement: Rule.Requirement, _ counted: Int) {
            let tooFew = requirement.atLeast.map { counted < $0 } ?? false
            let tooMany = requirement.atMost.map { counted > $0 } ?? false
            guard tooFew || tooMany else { return }
            violations.append(RuleViolation(
                rule: rule.id, severity: rule.severity, entity: entity, requirement: requirement, counted: counted,
                message: Self.message(entity, requirement, counted, rule.id),
                ruleDescription: rule.description.isEmpty ? nil : rule.description,
                location: location(of: entity)))
        }
        switch rule.subject {
        case .initiatives:
            for initiative in initiatives where matches(initiative, rule.filter) {
                for r in rule.requirements {
                    let counted: Int
                    switch r.relation {
                    case .participants:
                        // A collective taking part counts as the number of its
                        // members the initiative states (`count`), else 1. A
                        // participant counts only if it existed at some time
                        // within the initiative's own dates.
                        var seen = Set<OrganisationID>()
                        var n = 0
                        for p in initiative.participants
                            where matches(organisation: p.organisation, r)
                            && exists(p.organisation, during: initiative.validity)
                        {
                            if seen.insert(p.organisation).inserted { n += p.count ?? 1 }
                        }
                        counted = n
                    case .funders:
                        counted = Set(initiative.funders.filter { matches(organisation: $0, r) }).count
                    default: continue
                    }
                    report(.initiative(initiative.id), r, counted)
                }
            }
        case .groups:
            for group in groups where matches(kind: group.kind.rawValue, .groupKinds, level: group.level, attributes: group.attributes, rule.filter) {
                for r in rule.requirements {
                    let counted: Int
                    switch r.relation {
                    case .members:
                        counted = Set(members(of: group.id).filter { m in
                            means(m.role, any: r.roles) && matches(organisation: m.organisation, r)
                        }.map(\.organisation)).count
                    case .conveners:
                        counted = Set(group.conveners.filter { matches(organisation: $0, r) }).count
                    default: continue
                    }
                    report(.group(group.id), r, counted)
                }
            }
        case .organisations:
            for organisation in organisations
            where matches(kind: organisation.kind.rawValue, .organisationKinds, level: organisation.level, attributes: organisation.attributes, rule.filter) {
                for r in rule.requirements where r.relation == .groups {
                    let counted = Set(groups(of: organisation.id).filter { m in
                        guard means(m.role, any: r.roles), let g = group(m.group) else { return false }
                        return means(g.kind.rawValue, in: .groupKinds, any: r.kinds)
                            && (r.levels.isEmpty || g.level.map(r.levels.contains) == true)
                    }.map(\.group)).count
                    report(.organisation(organisation.id), r, counted)
                }
            }
        }
        return violations
    }

    /// Whether organisation `id` existed at some time within `interval`
    /// (an undated organisation always did; an unknown end counts as
    /// possibly existing).
    private func exists(_ id: OrganisationID, during interval: Validity) -> Bool {
        guard let v = organisation(id)?.validity else { return false }
        if let start = interval.since, let end = v.until, end.lastDay < start.firstDay { return false }
        if let end = interval.until, let start = v.since, start.firstDay > end.lastDay { return false }
        return true
    }

    private func matches(organisation id: OrganisationID, _ r: Rule.Requirement) -> Bool {
        guard let o = organisation(id) else { return false }
        return means(o.kind.rawValue, in: .organisationKinds, any: r.kinds)
            && (r.levels.isEmpty || o.level.map(r.levels.contains) == true)
    }

    /// Whether `id` of `section` means one of `meanings` in the
    /// registry's vocabulary (is one, or counts as one); true for none.
    private func means(_ id: String, in section: Vocabulary.Section, any meanings: [String]) -> Bool {
        meanings.isEmpty || meanings.contains { vocabulary.counts(id, in: section, as: $0) }
    }

    private func means(_ role: Role, any roles: [Role]) -> Bool {
        means(role.rawValue, in: .roles, any: roles.map(\.rawValue))
    }

    private func matches(
        kind: String, _ section: Vocabulary.Section, level: GeographicLevel?, attributes: [String: String], _ f: Rule.Filter
    ) -> Bool {
        means(kind, in: section, any: f.kinds)
            && (f.levels.isEmpty || level.map(f.levels.contains) == true)
            && f.attributes.allSatisfy { attributes[$0.key] == $0.value }
    }

    private func matches(_ initiative: Initiative, _ f: Rule.Filter) -> Bool {
        (f.fundedBy.isEmpty || initiative.funders.contains(where: f.fundedBy.contains))
            && (f.kinds.isEmpty || initiative.kind.map { means($0.rawValue, in: .initiativeKinds, any: f.kinds) } == true)
            && (f.levels.isEmpty || initiative.level.map(f.levels.contains) == true)
            && f.attributes.allSatisfy { initiative.attributes[$0.key] == $0.value }
    }

    /// "initiative 'x' has 1 participant of kind destination-organisation,
    /// but rule 'two-destinations' requires at least 2".
    static func message(_ entity: EntityReference, _ r: Rule.Requirement, _ counted: Int, _ rule: RuleID) -> String {
        let noun: (singular: String, plural: String) = switch r.relation {
        case .participants: ("participant", "participants")
        case .funders: ("funder", "funders")
        case .members: ("member", "members")
        case .conveners: ("convener", "conveners")
        case .groups: ("group", "groups")
        }
        var what = "\(counted) \(counted == 1 ? noun.singular : noun.plural)"
        if !r.kinds.isEmpty { what += " of kind " + r.kinds.joined(separator: " or ") }
        if !r.levels.isEmpty { what += " at level " + r.levels.map(\.rawValue).joined(separator: " or ") }
        if !r.roles.isEmpty {
            what += (r.relation == .groups ? " as " : " with role ") + r.roles.map(\.rawValue).joined(separator: " or ")
        }
        let bound: String = switch (r.atLeast, r.atMost) {
        case let (lo?, hi?) where lo == hi: "exactly \(lo)"
        case let (lo?, hi?): "between \(lo) and \(hi)"
        case let (lo?, nil): "at least \(lo)"
        case let (nil, hi?): "at most \(hi)"
        case (nil, nil): "a count"
        }
        return "\(entity) has \(what), but rule '\(rule)' requires \(bound)"
    }
}
