import NetworkAnalysis

/// Seeded membership CSVs (`organisation,group` rows `org<i>,grp<j>`) for
/// the size, thread-count and progress tests, drawn with the library's
/// SplitMix64 so a seed always gives the same file.
public enum SeededMemberships {
    /// `count` distinct memberships of `organisations` organisations in
    /// `groups` groups. `everyOrganisation` first gives each organisation
    /// one uniformly drawn group; `skewed` draws the group as
    /// ⌊u·v·groups⌋ (a few large groups, many small ones) instead of
    /// uniformly.
    public static func csv(
        count: Int, organisations: Int, groups: Int, seed: UInt64,
        skewed: Bool = false, everyOrganisation: Bool = false
    ) -> String {
        var random = SplitMix64(seed: seed)
        func unit() -> Double { Double(random.next() >> 11) / Double(1 << 53) }
        var seen = Set<Int>()
        var text = "organisation,group\n"
        func add(_ o: Int, _ g: Int) {
            if seen.insert(o * groups + g).inserted { text += "org\(o),grp\(g)\n" }
        }
        if everyOrganisation {
            for o in 0 ..< organisations { add(o, Int(unit() * Double(groups))) }
        }
        while seen.count < count {
            let o = Int(unit() * Double(organisations))
            add(o, Int((skewed ? unit() * unit() : unit()) * Double(groups)))
        }
        return text
    }
}
