import Foundation

/// Case and diacritic folding for matching names and making IDs.
///
/// `fold` maps each Unicode scalar to lower-case ASCII where a Latin
/// letter with diacritics has an obvious base (`å`, `ä`, `á` → `a`;
/// `ö`, `ø` → `o`; `æ` → `ae`; `ß` → `ss`; `þ` → `th`); soft hyphens and
/// other invisible format characters vanish; combining marks vanish;
/// letters without a Latin base (Greek, Cyrillic, CJK) stay, lower-cased.
enum TextFolding {
    /// Replacement text for precomposed Latin letters whose canonical
    /// decomposition does not give their everyday ASCII spelling, and a
    /// fast path for the common Nordic ones.
    private static let table: [UInt32: String] = {
        var t: [UInt32: String] = [:]
        func put(_ chars: String, _ ascii: String) {
            for s in chars.unicodeScalars { t[s.value] = ascii }
        }
        put("àáâãäåāăąǎǻȁȃȧ", "a"); put("ÀÁÂÃÄÅĀĂĄǍǺȀȂȦ", "a")
        put("æǽǣ", "ae"); put("ÆǼǢ", "ae")
        put("çćĉċč", "c"); put("ÇĆĈĊČ", "c")
        put("ďđð", "d"); put("ĎĐÐ", "d")
        put("èéêëēĕėęěȅȇ", "e"); put("ÈÉÊËĒĔĖĘĚȄȆ", "e")
        put("ĝğġģǧ", "g"); put("ĜĞĠĢǦ", "g")
        put("ĥħ", "h"); put("ĤĦ", "h")
        put("ìíîïĩīĭįıǐȉȋ", "i"); put("ÌÍÎÏĨĪĬĮİǏȈȊ", "i")
        put("ĵ", "j"); put("Ĵ", "j")
        put("ķǩ", "k"); put("ĶǨ", "k")
        put("ĺļľŀł", "l"); put("ĹĻĽĿŁ", "l")
        put("ñńņňŉŋ", "n"); put("ÑŃŅŇŊ", "n")
        put("òóôõöøōŏőǒǿȍȏ", "o"); put("ÒÓÔÕÖØŌŎŐǑǾȌȎ", "o")
        put("œ", "oe"); put("Œ", "oe")
        put("ŕŗř", "r"); put("ŔŖŘ", "r")
        put("śŝşšș", "s"); put("ŚŜŞŠȘ", "s")
        put("ß", "ss"); put("ẞ", "ss")
        put("ţťŧț", "t"); put("ŢŤŦȚ", "t")
        put("þ", "th"); put("Þ", "th")
        put("ùúûüũūŭůűųǔȕȗ", "u"); put("ÙÚÛÜŨŪŬŮŰŲǓȔȖ", "u")
        put("ŵ", "w"); put("Ŵ", "w")
        put("ýÿŷ", "y"); put("ÝŸŶ", "y")
        put("źżžʒ", "z"); put("ŹŻŽƷ", "z")
        return t
    }()

    /// What one scalar folds to: ASCII text, `""` to drop it, or `nil`
    /// when it has no ASCII form (keep it, lower-cased).
    static func asciiFold(_ scalar: Unicode.Scalar) -> String? {
        let v = scalar.value
        if v < 0x80 {
            if v >= 0x41 && v <= 0x5A { return String(Unicode.Scalar(v + 0x20) ?? scalar) }
            return String(scalar)
        }
        if let mapped = table[v] { return mapped }
        let category = scalar.properties.generalCategory
        switch category {
        case .format, .nonspacingMark, .enclosingMark, .spacingMark, .control: return ""
        case .spaceSeparator: return " "
        default: break
        }
        // Fall back to canonical decomposition: a base ASCII letter plus marks.
        let decomposed = String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars
        if let first = decomposed.first, first.isASCII, first.properties.isAlphabetic {
            return String(first).lowercased()
        }
        return nil
    }

    /// Lower-cased, diacritics removed; spaces and punctuation kept.
    ///
    /// - Complexity: O(n). (Collected in an array: appending to a
    ///   `String.UnicodeScalarView` piece by piece copied the whole view
    ///   each time, which made a 400,000-letter name take seconds.)
    static func fold(_ text: String) -> String {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(text.unicodeScalars.underestimatedCount)
        for scalar in text.unicodeScalars {
            if let ascii = asciiFold(scalar) {
                out.append(contentsOf: ascii.unicodeScalars)
            } else {
                out.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
            }
        }
        return String(String.UnicodeScalarView(out))
    }

    /// `fold` with everything but letters and digits removed: the key
    /// under which "Region Västerbotten", "region-vasterbotten" and
    /// "RegionVasterbotten" all match.
    static func matchKey(_ text: String) -> String {
        String(String.UnicodeScalarView(fold(text).unicodeScalars.filter {
            $0.properties.isAlphabetic || ($0.value >= 0x30 && $0.value <= 0x39) || $0.properties.numericType != nil
        }))
    }
}
