import Foundation

/// Makes cairo's PDF output reproducible.
///
/// cairo stamps `/CreationDate (D:…)` (and in some versions `/ModDate`)
/// with the wall clock. The entry is overwritten with spaces of the same
/// length: the document information dictionary stays valid (the date is
/// optional) and no byte offset in the cross-reference table moves.
///
/// Link rectangles (`/Rect`, `/QuadPoints`) are written with six decimals,
/// which showed floating-point noise in Graphviz 2.42's fdp positions
/// (about 1e-6 pt between runs in one process, before the renderer kept
/// graph memory in creation order: fdp sums forces in an order that
/// follows node addresses); their numbers are still rounded to two
/// decimals, as in the SVG, and padded with spaces to their old length.
enum PDFNormaliser {
    static let keys = ["/CreationDate", "/ModDate"].map { Array($0.utf8) }
    static let rectangles = ["/Rect [", "/QuadPoints ["].map { Array($0.utf8) }

    static func normalised(_ pdf: Data) -> Data {
        var bytes = [UInt8](pdf)
        for key in rectangles {
            var start = 0
            while let at = find(key, in: bytes, from: start) {
                let open = at + key.count
                guard let close = bytes[open...].firstIndex(of: UInt8(ascii: "]")) else { break }
                roundNumbers(in: &bytes, from: open, to: close)
                start = close + 1
            }
        }
        for key in keys {
            var start = 0
            while let at = find(key, in: bytes, from: start) {
                var end = at + key.count
                while end < bytes.count, bytes[end] == UInt8(ascii: " ") { end += 1 }
                guard end < bytes.count, bytes[end] == UInt8(ascii: "("),
                      let close = bytes[end...].firstIndex(of: UInt8(ascii: ")"))
                else { start = at + key.count; continue }
                for i in at ... close { bytes[i] = UInt8(ascii: " ") }
                start = close + 1
            }
        }
        return Data(bytes)
    }

    /// Rounds each decimal number between `from` and `to` to two decimals,
    /// padding with spaces so that no byte moves.
    private static func roundNumbers(in bytes: inout [UInt8], from: Int, to: Int) {
        var i = from
        while i < to {
            guard bytes[i] == UInt8(ascii: "-") || bytes[i] == UInt8(ascii: ".")
                || (UInt8(ascii: "0") ... UInt8(ascii: "9")).contains(bytes[i])
            else { i += 1; continue }
            var j = i
            while j < to, bytes[j] == UInt8(ascii: "-") || bytes[j] == UInt8(ascii: ".")
                || (UInt8(ascii: "0") ... UInt8(ascii: "9")).contains(bytes[j]) { j += 1 }
            let token = String(decoding: bytes[i ..< j], as: UTF8.self)
            if token.contains("."), let value = Double(token) {
                var text = String(format: "%.2f", value)
                if text == "-0.00" { text = "0.00" }
                if text.utf8.count <= j - i {
                    let padded = Array(text.utf8) + [UInt8](repeating: UInt8(ascii: " "), count: j - i - text.utf8.count)
                    bytes.replaceSubrange(i ..< j, with: padded)
                }
            }
            i = j
        }
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard needle.count <= haystack.count, start <= haystack.count - needle.count else { return nil }
        var i = start
        while i <= haystack.count - needle.count {
            if haystack[i] == needle[0], haystack[i ..< i + needle.count].elementsEqual(needle) { return i }
            i += 1
        }
        return nil
    }
}
