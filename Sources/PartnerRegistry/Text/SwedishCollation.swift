import Foundation

/// Sorts names the Swedish way: case-insensitive, with `å`, `ä`, `ö`
/// after `z` (in that order), `æ` with `ä`, `ø` with `ö`, `ü` with `y`,
/// and other accented letters with their base letter (`é` with `e`).
///
/// The comparison has three levels, as in the Unicode Collation
/// Algorithm: letters first (ignoring accents that are not Swedish letters
/// and case), then accents (`e` before `é`), then case (lower before
/// upper); names equal on all three are ordered by their raw text so that
/// sorting is total and deterministic. Spaces and punctuation sort before
/// digits, digits before letters. Independent of the system locale.
///
/// ```swift
/// names.sorted(by: SwedishCollation.areInIncreasingOrder)
/// // ["Arjeplog", "Umeå", "Vilhelmina", "Åsele", "Örnsköldsvik"]
/// ```
public struct SwedishCollation: Sendable {
    public init() {}

    /// A sort key: compare keys with `<` to compare names.
    public struct Key: Hashable, Comparable, Sendable {
        var primary: [UInt32]
        var secondary: [UInt8]
        var tertiary: [UInt8]
        var raw: String

        public static func < (a: Key, b: Key) -> Bool {
            if a.primary != b.primary { return a.primary.lexicographicallyPrecedes(b.primary) }
            if a.secondary != b.secondary { return a.secondary.lexicographicallyPrecedes(b.secondary) }
            if a.tertiary != b.tertiary { return a.tertiary.lexicographicallyPrecedes(b.tertiary) }
            return a.raw < b.raw
        }
    }

    /// The sort key of a name. Compute once per name when sorting many.
    ///
    /// - Complexity: O(n) in the length of the name.
    public static func key(_ name: String) -> Key {
        var key = Key(primary: [], secondary: [], tertiary: [], raw: name)
        for scalar in name.precomposedStringWithCanonicalMapping.unicodeScalars {
            let lower = scalar.properties.lowercaseMapping.unicodeScalars
            let isUpper = lower.first != scalar && scalar.properties.isUppercase
            let base = lower.count == 1 ? lower.first ?? scalar : scalar
            let weights: [UInt32]
            var accent: UInt8 = 0
            switch base {
            case "å": weights = [letterBase + 26]
            case "ä", "æ": weights = [letterBase + 27]; accent = base == "æ" ? 1 : 0
            case "ö", "ø": weights = [letterBase + 28]; accent = base == "ø" ? 1 : 0
            case "ü": weights = [letterBase + 24]; accent = 1
            default:
                if base.isASCII {
                    weights = [asciiWeight(UInt8(base.value))]
                } else if let folded = TextFolding.asciiFold(base) {
                    if folded.isEmpty { continue }
                    weights = folded.utf8.map(asciiWeight)
                    accent = 1
                } else {
                    weights = [nonLatinBase + base.value]
                }
            }
            for w in weights {
                key.primary.append(w)
                key.secondary.append(accent)
                key.tertiary.append(isUpper ? 1 : 0)
            }
        }
        return key
    }

    private static let letterBase: UInt32 = 200
    private static let nonLatinBase: UInt32 = 1000

    private static func asciiWeight(_ b: UInt8) -> UInt32 {
        switch b {
        case UInt8(ascii: "a") ... UInt8(ascii: "z"): letterBase + UInt32(b - UInt8(ascii: "a"))
        case UInt8(ascii: "A") ... UInt8(ascii: "Z"): letterBase + UInt32(b - UInt8(ascii: "A"))
        case UInt8(ascii: "0") ... UInt8(ascii: "9"): 100 + UInt32(b - UInt8(ascii: "0"))
        case UInt8(ascii: " "), UInt8(ascii: "\t"): 1
        default: 2 + UInt32(b)  // punctuation, below digits
        }
    }

    /// Whether `a` sorts before `b`.
    public static func areInIncreasingOrder(_ a: String, _ b: String) -> Bool {
        key(a) < key(b)
    }

    /// Orders two names: `.orderedAscending` when `a` comes first.
    public static func compare(_ a: String, _ b: String) -> ComparisonResult {
        let ka = key(a), kb = key(b)
        return ka < kb ? .orderedAscending : kb < ka ? .orderedDescending : .orderedSame
    }

    /// `elements` sorted by the Swedish order of `name(element)`, keys
    /// computed once each.
    ///
    /// - Complexity: O(n log n) comparisons plus O(total length) for keys.
    public static func sorted<S: Sequence>(_ elements: S, by name: (S.Element) -> String) -> [S.Element] {
        elements.map { (key: key(name($0)), element: $0) }.sorted { $0.key < $1.key }.map(\.element)
    }

    /// Names sorted in Swedish order.
    public static func sorted<S: Sequence>(_ names: S) -> [String] where S.Element == String {
        sorted(names) { $0 }
    }
}
