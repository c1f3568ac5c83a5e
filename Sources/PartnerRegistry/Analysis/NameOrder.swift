/// How analysis results sort names: Swedish order (å, ä, ö after z; see
/// `SwedishCollation`), ties broken by ID so that every sort is total and
/// deterministic.
///
/// Sort keys are computed once per organisation and group when the
/// analysis is prepared and turned into ranks, so a comparison during a
/// sort is two dictionary lookups instead of two key computations.
struct NameOrder: Sendable {
    private let organisationRank: [OrganisationID: Int]
    private let groupRank: [GroupID: Int]

    /// Ranks every organisation and group of `registry` by name.
    /// O(V log V) for V organisations and groups.
    init(_ registry: Registry) {
        organisationRank = Self.ranks(registry.organisations.map { ($0.id, $0.name) })
        groupRank = Self.ranks(registry.groups.map { ($0.id, $0.name) })
    }

    private static func ranks<ID: Hashable & Comparable>(_ entries: [(ID, String)]) -> [ID: Int] {
        let keyed = entries.map { (id: $0.0, key: SwedishCollation.key($0.1)) }
        let sorted = keyed.sorted { $0.key != $1.key ? $0.key < $1.key : $0.id < $1.id }
        var rank: [ID: Int] = [:]
        rank.reserveCapacity(sorted.count)
        for (i, e) in sorted.enumerated() where rank[e.id] == nil { rank[e.id] = i }
        return rank
    }

    private func rank<K>(_ x: Named<K>) -> Int? {
        if K.self == OrganisationKindTag.self { return organisationRank[OrganisationID(x.id.rawValue)] }
        if K.self == GroupKindTag.self { return groupRank[GroupID(x.id.rawValue)] }
        return nil
    }

    /// Whether `a` sorts before `b` by name (then ID).
    func precedes<K>(_ a: Named<K>, _ b: Named<K>) -> Bool {
        if let ra = rank(a), let rb = rank(b) { return ra < rb }
        // Not ranked (an entity built outside the registry): compare keys.
        let ka = SwedishCollation.key(a.name), kb = SwedishCollation.key(b.name)
        return ka != kb ? ka < kb : a.id < b.id
    }

    /// `items` sorted by name.
    func sorted<K>(_ items: [Named<K>]) -> [Named<K>] { items.sorted(by: precedes) }
}
