extension Registry {
    /// The key names are matched under when a user searches: `text`
    /// lower-cased, diacritics folded (`ä` → `a`, `æ` → `ae`, `ø` → `o`),
    /// everything but letters and digits removed. "Västerbottens Turism",
    /// "vasterbottensturism" and "VÄSTERBOTTENS-TURISM" share one key.
    ///
    /// This is the comparison `resolveOrganisation(_:)` and the other
    /// resolvers use; pages that search names in a browser must fold the
    /// same way.
    ///
    /// - Complexity: O(n) for n Unicode scalars.
    public static func searchKey(_ text: String) -> String {
        TextFolding.matchKey(text)
    }
}
