extension NodeRegistryReader {
    /// Checks every noted reference against the declared IDs, fills in
    /// documents' `adopted-by`, and checks `part-of` for cycles.
    mutating func resolveReferences() {
        var indexes: [EntityType: SuggestionIndex] = [:]
        // Fuzzy suggestions cost O(IDs) each: past this many key
        // comparisons only exact (case- and diacritic-folded) ones are made.
        var budget = 2_000_000
        for ref in references where declared[ref.expected]?[ref.raw] == nil {
            if indexes[ref.expected] == nil {
                indexes[ref.expected] = SuggestionIndex((names[ref.expected] ?? []).map { [$0.id] + $0.names })
            }
            let index = indexes[ref.expected]
            let near = index?.nearest(to: ref.raw, fuzzy: budget > 0)
            budget -= index?.count ?? 0
            check(ref, suggestion: near.flatMap { names[ref.expected]?[$0].id })
        }
        for (documentIndex, actors) in pendingActors {
            var resolved: [Actor] = []
            let place = "'adopted-by' of document '\(documents[documentIndex].id)'"
            for actor in actors {
                if let forced = actor.forced {
                    let ref = PendingReference(expected: forced, raw: actor.raw, position: actor.position, place: place)
                    if declared[forced]?[actor.raw] == nil {
                        let candidates = names[forced] ?? []
                        let near = Suggestions.nearest(to: actor.raw, among: candidates) { [$0.id] + $0.names }.first
                        check(ref, suggestion: near?.id)
                    }
                    resolved.append(forced == .group ? .group(GroupID(actor.raw)) : .organisation(OrganisationID(actor.raw)))
                    continue
                }
                let isOrganisation = declared[.organisation]?[actor.raw] != nil
                let isGroup = declared[.group]?[actor.raw] != nil
                switch (isOrganisation, isGroup) {
                case (true, false): resolved.append(.organisation(OrganisationID(actor.raw)))
                case (false, true): resolved.append(.group(GroupID(actor.raw)))
                case (true, true):
                    diag.error(.wrongReferenceType, at: actor.position,
                               "'\(actor.raw)' in \(place) is both an organisation and a group",
                               hint: "write {organisation: \(actor.raw)} or {group: \(actor.raw)}")
                case (false, false):
                    let candidates = (names[.organisation] ?? []) + (names[.group] ?? [])
                    let near = Suggestions.nearest(to: actor.raw, among: candidates) { [$0.id] + $0.names }.first
                    diag.error(.unknownReference, at: actor.position,
                               "unknown organisation or group '\(actor.raw)' in \(place)",
                               hint: near.map { "did you mean '\($0.id)'?" }
                                   ?? "declare it under 'organisations' or 'groups', or fix the ID")
                }
            }
            documents[documentIndex].adoptedBy = resolved
        }
        checkPartOfCycles()
        checkSuccessorCycles()
    }

    /// Reports an unresolved reference, with `suggestion` as the fix.
    private mutating func check(_ ref: PendingReference, suggestion: String?) {
        if declared[ref.expected]?[ref.raw] != nil { return }
        let didYouMean = suggestion.map { "did you mean '\($0)'?" }
        let other = EntityType.allCases.first { $0 != ref.expected && $0 != .rule && declared[$0]?[ref.raw] != nil }
        if let other {
            diag.error(.wrongReferenceType, at: ref.position,
                       "'\(ref.raw)' is \(other.withArticle), but \(ref.expected.withArticle) is expected here",
                       hint: didYouMean ?? "name \(ref.expected.withArticle) declared under '\(ref.expected.section)'")
            return
        }
        if ref.expected == .source {
            diag.error(.undeclaredSource, at: ref.position, "undeclared source '\(ref.raw)' in \(ref.place)",
                       hint: didYouMean ?? "declare it under 'sources', or fix the ID")
        } else {
            diag.error(.unknownReference, at: ref.position, "unknown \(ref.expected.noun) '\(ref.raw)' in \(ref.place)",
                       hint: didYouMean ?? "declare it under '\(ref.expected.section)', or fix the ID")
        }
    }

    /// A group that is, through `part-of`, part of itself.
    private mutating func checkPartOfCycles() {
        var parent: [String: String] = [:]
        for g in groups { if let p = g.partOf { parent[g.id.rawValue] = p.rawValue } }
        var reported = Set<String>()
        for (i, g) in groups.enumerated() {
            var seen = [g.id.rawValue]
            var current = g.id.rawValue
            while let next = parent[current] {
                if next == g.id.rawValue {
                    if reported.isDisjoint(with: seen) {
                        diag.error(.wrongReferenceType, at: positions.groups[i],
                                   "'part-of' goes round in a circle: \((seen + [next]).joined(separator: " → "))",
                                   hint: "remove 'part-of' from one of these groups")
                        reported.formUnion(seen)
                    }
                    break
                }
                if seen.contains(next) || seen.count > groups.count { break }
                seen.append(next)
                current = next
            }
        }
    }
}
