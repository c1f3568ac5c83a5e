import PartnerRegistry

extension MapGrouping {
    /// Throws when the grouping cannot draw anything in `registry`: an
    /// attribute that no organisation has (a misspelt `sector` would
    /// otherwise give a map without clusters and no word why).
    ///
    /// - Throws: `MapError.unknownAttribute` listing the attributes the
    ///   registry's organisations have.
    /// - Complexity: O(Σ attributes) over the registry's organisations.
    func check(against registry: Registry) throws(MapError) {
        guard case let .attribute(name) = self else { return }
        if registry.organisations.contains(where: { $0.attributes[name] != nil }) { return }
        let known = Set(registry.organisations.flatMap(\.attributes.keys)).sorted()
        throw MapError.unknownAttribute(name, known: known)
    }
}
