import Foundation

extension String {
    /// The text in Unicode Normalization Form C: "é" as the one scalar
    /// U+00E9, not "e" followed by U+0301.
    ///
    /// Every reader gives names, labels and IDs this form. Swift compares
    /// strings by canonical equivalence, so the two spellings of one name
    /// are already one node or entity; normalising makes it shown and
    /// written with one spelling, whichever the file had first.
    /// - Complexity: O(1) extra work for ASCII text, O(n) otherwise.
    package var canonicalComposition: String {
        utf8.allSatisfy { $0 < 0x80 } ? self : precomposedStringWithCanonicalMapping
    }
}
