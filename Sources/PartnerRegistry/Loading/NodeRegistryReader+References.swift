extension NodeRegistryReader {
    /// Checks every noted reference against the declared IDs, fills in
    /// documents' `adopted-by`, and checks `part-of` and document lineage for cycles.
    mutating func resolveReferences() {
        // Fuzzy suggestions cost up to O(IDs) comparisons each: past this
        // many cells of edit-distance tables only exact (case- and
        // diacritic-folded) ones are made.
        var budget = 20_000_000
        var indexes: [[EntityType]: (ids: [String], index: SuggestionIndex)] = [:]
        /// The ID nearest to `raw` among the entities of `types`. Only an
        /// error that will be printed gets one: once the collector is full,
        /// the rest are counted, not shown, so their suggestions are not
        /// computed (each costs up to O(IDs)).
        func suggestion(_ raw: String, among types: [EntityType]) -> String? {
            guard !diag.isFull else { return nil }
            if indexes[types] == nil {
                let candidates = types.flatMap { names[$0] ?? [] }
                indexes[types] = (candidates.map(\.id), SuggestionIndex(candidates.map { [$0.id] + $0.names }))
            }
            guard let entry = indexes[types] else { return nil }
            return entry.index.nearest(to: raw, budget: &budget).map { entry.ids[$0] }
        }
        for ref in references where declared[ref.expected]?[ref.raw] == nil {
            check(ref, suggestion: suggestion(ref.raw, among: [ref.expected]))
        }
        for (documentIndex, actors) in pendingActors {
            var resolved: [Actor] = []
            let place = "'adopted-by' of document '\(documents[documentIndex].id)'"
            for actor in actors {
                if let forced = actor.forced {
                    let ref = PendingReference(expected: forced, raw: actor.raw, position: actor.position, place: place)
                    if declared[forced]?[actor.raw] == nil {
                        check(ref, suggestion: suggestion(actor.raw, among: [forced]))
                    }
                    let resolvedActor: Actor =
                        forced == .group ? .group(GroupID(actor.raw)) : .organisation(OrganisationID(actor.raw))
                    resolved.append(resolvedActor)
                    if let a = actor.assessment { documents[documentIndex].adoptionAssessments[resolvedActor] = a }
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
                    let near = suggestion(actor.raw, among: [.organisation, .group])
                    diag.error(.unknownReference, at: actor.position,
                               "unknown organisation or group '\(actor.raw)' in \(place)",
                               hint: near.map { "did you mean '\($0)'?" }
                                   ?? "declare it under 'organisations' or 'groups', or fix the ID")
                }
            }
            documents[documentIndex].adoptedBy = resolved
        }
        checkCycles()
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
}
