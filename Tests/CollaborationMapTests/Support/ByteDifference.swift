import Foundation

/// Where two renderings differ, in a few words.
///
/// `#expect(a == b)` on two `Data` values makes Swift Testing compute a
/// full collection difference when they differ; for two PNGs or PDFs of
/// tens of kilobytes that takes minutes, so a failing determinism test
/// looked like a hung test run. Tests compare with
/// `#expect(ByteDifference(a, b) == nil)` instead, which fails at once
/// and says where the bytes part.
struct ByteDifference: CustomStringConvertible {
    let firstLength: Int
    let secondLength: Int
    /// Offset of the first differing byte (or the shorter length).
    let offset: Int
    /// For text output: the line number and both versions of that line.
    let line: (number: Int, first: String, second: String)?

    /// `nil` when `a` and `b` are equal.
    init?(_ a: Data, _ b: Data) {
        if a == b { return nil }
        let left = [UInt8](a), right = [UInt8](b)
        var i = 0
        while i < left.count, i < right.count, left[i] == right[i] { i += 1 }
        firstLength = left.count
        secondLength = right.count
        offset = i
        if let first = String(data: a, encoding: .utf8), let second = String(data: b, encoding: .utf8) {
            let number = left[..<i].count { $0 == UInt8(ascii: "\n") } + 1
            let firstLines = first.split(separator: "\n", omittingEmptySubsequences: false)
            let secondLines = second.split(separator: "\n", omittingEmptySubsequences: false)
            line = (number,
                    firstLines.count >= number ? String(firstLines[number - 1].prefix(200)) : "",
                    secondLines.count >= number ? String(secondLines[number - 1].prefix(200)) : "")
        } else {
            line = nil
        }
    }

    var description: String {
        var text = "\(firstLength) and \(secondLength) bytes, first difference at byte \(offset)"
        if let line { text += ", line \(line.number): \(line.first) ≠ \(line.second)" }
        return text
    }
}
