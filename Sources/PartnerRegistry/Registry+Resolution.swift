extension Registry {
    /// The organisation a user means by `query`: its ID, its name or an
    /// alias, compared ignoring case, diacritics, spaces and punctuation
    /// ("Vasterbottensturism" and "västerbottens turism" find
    /// VästerbottensTurism). When nothing matches whole, a query contained
    /// in exactly one name or ID matches that one.
    ///
    /// - Throws: `ResolutionError.ambiguous` listing the candidates when
    ///   several match; `.notFound` with the nearest spellings otherwise.
    /// - Complexity: O(V · L) for V organisations with names of length L.
    ///   When nothing matches but a group does, `.otherKind` says so.
    public func resolveOrganisation(_ query: String) throws(ResolutionError) -> OrganisationID {
        if organisation(OrganisationID(query)) != nil { return OrganisationID(query) }
        do {
            let found = try Self.resolve(
                query, noun: OrganisationKindTag.noun,
                organisations.map { ($0.id.rawValue, $0.name, $0.aliases) })
            return OrganisationID(found)
        } catch {
            throw Self.otherKind(error, groups.map { ($0.id.rawValue, $0.name, $0.aliases) }, noun: GroupKindTag.noun)
        }
    }

    /// The group a user means by `query`, as `resolveOrganisation` does
    /// (an organisation's name or ID gives `.otherKind`).
    public func resolveGroup(_ query: String) throws(ResolutionError) -> GroupID {
        if group(GroupID(query)) != nil { return GroupID(query) }
        do {
            return GroupID(try Self.resolve(query, noun: GroupKindTag.noun, groups.map { ($0.id.rawValue, $0.name, $0.aliases) }))
        } catch {
            throw Self.otherKind(
                error, organisations.map { ($0.id.rawValue, $0.name, $0.aliases) }, noun: OrganisationKindTag.noun)
        }
    }

    /// `error` turned into `.otherKind` when it is `.notFound` and the
    /// query names exactly one of `others` by ID, name or alias.
    private static func otherKind(
        _ error: ResolutionError, _ others: [(id: String, name: String, aliases: [String])], noun: String
    ) -> ResolutionError {
        guard case .notFound = error.problem else { return error }
        let key = TextFolding.matchKey(error.query)
        guard !key.isEmpty else { return error }
        let hits = others.filter { e in ([e.id, e.name] + e.aliases).contains { TextFolding.matchKey($0) == key } }
        guard hits.count == 1, let hit = hits.first else { return error }
        return ResolutionError(
            noun: error.noun, query: error.query,
            problem: .otherKind(noun: noun, ResolutionError.Candidate(id: hit.id, name: hit.name)))
    }

    /// The initiative a user means by `query`, as `resolveOrganisation` does.
    public func resolveInitiative(_ query: String) throws(ResolutionError) -> InitiativeID {
        if initiative(InitiativeID(query)) != nil { return InitiativeID(query) }
        return InitiativeID(try Self.resolve(
            query, noun: InitiativeKindTag.noun, initiatives.map { ($0.id.rawValue, $0.name, $0.aliases) }))
    }

    /// The document a user means by `query`, as `resolveOrganisation` does.
    public func resolveDocument(_ query: String) throws(ResolutionError) -> DocumentID {
        if document(DocumentID(query)) != nil { return DocumentID(query) }
        return DocumentID(try Self.resolve(
            query, noun: DocumentKindTag.noun, documents.map { ($0.id.rawValue, $0.name, $0.aliases) }))
    }

    static func resolve(
        _ query: String, noun: String, _ entities: [(id: String, name: String, aliases: [String])]
    ) throws(ResolutionError) -> String {
        let key = TextFolding.matchKey(query)
        func candidates(_ indices: [Int]) -> [ResolutionError.Candidate] {
            SwedishCollation.sorted(indices.map { ResolutionError.Candidate(id: entities[$0].id, name: entities[$0].name) }) {
                $0.name
            }
        }
        guard !key.isEmpty else { throw ResolutionError(noun: noun, query: query, problem: .notFound(suggestions: [])) }
        var exact: [Int] = []
        var partial: [Int] = []
        for (i, e) in entities.enumerated() {
            let keys = ([e.id, e.name] + e.aliases).map(TextFolding.matchKey)
            if keys.contains(key) {
                exact.append(i)
            } else if key.count >= 3, keys.contains(where: { $0.contains(key) }) {
                partial.append(i)
            }
        }
        let matches = exact.isEmpty ? partial : exact
        if matches.count == 1 { return entities[matches[0]].id }
        if matches.count > 1 {
            throw ResolutionError(noun: noun, query: query, problem: .ambiguous(candidates: candidates(matches)))
        }
        let near = Suggestions.nearest(to: query, among: Array(entities.indices), limit: 3) {
            [entities[$0].id, entities[$0].name] + entities[$0].aliases
        }
        throw ResolutionError(
            noun: noun, query: query,
            problem: .notFound(suggestions: near.map { ResolutionError.Candidate(id: entities[$0].id, name: entities[$0].name) }))
    }
}
