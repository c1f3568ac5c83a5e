/// Slug identifiers: lower-case ASCII letters, digits and hyphens,
/// starting with a letter or digit (`region-vasterbotten`).
public enum Slug {
    /// Whether `text` is a valid ID.
    public static func isValid(_ text: String) -> Bool {
        isValid(utf8: text.utf8)
    }

    static func isValid<C: Collection>(utf8 bytes: C) -> Bool where C.Element == UInt8 {
        guard let first = bytes.first, isLowerAlnum(first) else { return false }
        return bytes.allSatisfy { isLowerAlnum($0) || $0 == UInt8(ascii: "-") }
    }

    @inline(__always)
    static func isLowerAlnum(_ b: UInt8) -> Bool {
        (b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z")) || (b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9"))
    }

    /// The ID made from a display name: diacritics folded (`å`, `ä` → `a`,
    /// `ö` → `o`, `é` → `e` …), lower-cased, every run of other characters
    /// turned into one hyphen, hyphens trimmed from both ends. Letters with
    /// no Latin form become `u` and their hexadecimal code point, and a
    /// name with no letters or digits at all is spelt out code point by
    /// code point (`symbolic(_:)`), so every non-empty name gives a
    /// non-empty, valid ID and names made only of symbols keep apart.
    ///
    /// `"VästerbottensTurism"` → `vasterbottensturism`,
    /// `"Region Västerbotten"` → `region-vasterbotten`.
    ///
    /// - Complexity: O(n) in the length of `name`.
    public static func make(from name: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(name.utf8.count)
        var pendingHyphen = false
        func emit(_ byte: UInt8) {
            if pendingHyphen && !out.isEmpty { out.append(UInt8(ascii: "-")) }
            pendingHyphen = false
            out.append(byte)
        }
        for scalar in name.unicodeScalars {
            if let ascii = TextFolding.asciiFold(scalar) {
                if ascii.isEmpty { continue }  // soft hyphen, combining mark: vanish
                for b in ascii.utf8 {
                    if isLowerAlnum(b) { emit(b) } else { pendingHyphen = true }
                }
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                for b in ("u" + String(scalar.value, radix: 16)).utf8 { emit(b) }
                pendingHyphen = true
            } else {
                pendingHyphen = true
            }
        }
        if out.isEmpty { return symbolic(name) }
        return String(decoding: out, as: UTF8.self)
    }

    /// The ID of a name with no letters or digits (`🔥`, `!!!`): `u` and
    /// the hexadecimal code point of every scalar, joined by hyphens
    /// (`🔥` → `u1f525`, `!!!` → `u21-u21-u21`), so that two different
    /// such names never share an ID. `x` for the empty name.
    static func symbolic(_ name: String) -> String {
        if name.isEmpty { return "x" }
        return name.unicodeScalars.map { "u" + String($0.value, radix: 16) }.joined(separator: "-")
    }
}
