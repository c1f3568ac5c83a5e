import PartnerRegistry

extension Registry {
    /// The map's key (`kind:id`) of an organisation, group, initiative or
    /// document named by ID, name or alias (ignoring case and diacritics);
    /// organisations first, then groups, initiatives and documents.
    ///
    /// - Throws: the organisation resolver's `ResolutionError`, which
    ///   carries the suggestions, when nothing matches.
    public func mapKey(for query: String) throws -> String {
        if let id = try? resolveOrganisation(query) { return MapNodeID(.organisation, id.rawValue).description }
        if let id = try? resolveGroup(query) { return MapNodeID(.group, id.rawValue).description }
        if let id = try? resolveInitiative(query) { return MapNodeID(.initiative, id.rawValue).description }
        if let id = try? resolveDocument(query) { return MapNodeID(.document, id.rawValue).description }
        _ = try resolveOrganisation(query)
        return query
    }
}
