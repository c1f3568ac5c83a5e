/// The one place analysis results decide how names sort.
///
/// Names sort in Swedish order (å, ä, ö after z); ties fall back to the
/// ID so that every sort is total and deterministic.
enum NameOrder {
    /// Whether the entity named `a` (ID `aID`) sorts before `b` (ID `bID`).
    static func precedes(_ a: String, _ aID: String, _ b: String, _ bID: String) -> Bool {
        // SWITCH POINT: until the registry branch's SwedishCollation is on
        // main, names are compared by their IDs (ASCII slugs, so "asele"
        // sorts first); replace this line with
        // `SwedishCollation.compare(a, b)` once it is available.
        let order = compare(a, aID, b, bID)
        if order != 0 { return order < 0 }
        return aID < bID
    }

    private static func compare(_ a: String, _ aID: String, _ b: String, _ bID: String) -> Int {
        aID < bID ? -1 : aID == bID ? 0 : 1
    }

    static func precedes<K>(_ a: Named<K>, _ b: Named<K>) -> Bool {
        precedes(a.name, a.id.rawValue, b.name, b.id.rawValue)
    }

    /// `items` sorted by name.
    static func sorted<K>(_ items: [Named<K>]) -> [Named<K>] { items.sorted(by: precedes) }
}
