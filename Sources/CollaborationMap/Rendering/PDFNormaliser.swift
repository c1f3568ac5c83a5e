import Foundation

/// Makes cairo's PDF output reproducible.
///
/// cairo stamps `/CreationDate (D:…)` (and in some versions `/ModDate`)
/// with the wall clock. The entry is overwritten with spaces of the same
/// length: the document information dictionary stays valid (the date is
/// optional) and no byte offset in the cross-reference table moves.
enum PDFNormaliser {
    static let keys = ["/CreationDate", "/ModDate"].map { Array($0.utf8) }

    static func normalised(_ pdf: Data) -> Data {
        var bytes = [UInt8](pdf)
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
