import Foundation

/// Where a quote parts from its source, and whether the difference is only
/// typographic: for the `quote-not-found` warning.
///
/// Both texts have their runs of white space made single spaces (so a
/// no-break space matches a space) and are compared as Swift strings, so
/// canonically equivalent text (NFC against NFD) already matches.
struct QuoteDifference {
    /// How many characters of the quote occur in the source as they stand.
    let matched: Int
    /// Where in the (white-space-normalised) source the longest matching
    /// start of the quote ends: the source's character there differs.
    let sourceOffset: Int?
    /// The quote's first character that does not follow on in the source.
    let quoteCharacter: Character?
    /// What alone separates quote and source, if one kind of typography does.
    let onlyDifference: String?

    init(quote: String, source: String) {
        let q = Array(quote)
        // The longest start of the quote that occurs in the source: the
        // occurrence test is monotone in the length, so search by halving.
        var low = 0, high = q.count
        while low < high {
            let mid = (low + high + 1) / 2
            if source.contains(String(q[..<mid])) { low = mid } else { high = mid - 1 }
        }
        matched = low
        quoteCharacter = low < q.count ? q[low] : nil
        if low > 0, let range = source.range(of: String(q[..<low])) {
            sourceOffset = source.distance(from: source.startIndex, to: range.upperBound)
        } else {
            sourceOffset = nil
        }
        onlyDifference = Self.folds.first { fold in
            fold.1(source).contains(fold.1(quote))
        }?.0
    }

    /// Typographic foldings, tried in order: the first under which the
    /// quote occurs names the difference.
    static let folds: [(String, @Sendable (String) -> String)] = [
        ("the kind of quotation marks", { foldQuotes($0) }),
        ("the kind of dashes", { foldDashes($0) }),
        ("the kind of quotation marks and dashes", { foldDashes(foldQuotes($0)) }),
        ("Unicode compatibility forms (such as the ligature ﬁ against fi)", { $0.precomposedStringWithCompatibilityMapping }),
    ]

    static func foldQuotes(_ s: String) -> String {
        String(s.map { c -> Character in
            switch c {
            case "\u{201C}", "\u{201D}", "\u{201E}", "\u{201F}", "\u{00AB}", "\u{00BB}", "\u{2033}": "\""
            case "\u{2018}", "\u{2019}", "\u{201A}", "\u{201B}", "\u{2039}", "\u{203A}", "\u{2032}": "'"
            default: c
            }
        })
    }

    static func foldDashes(_ s: String) -> String {
        String(s.map { c -> Character in
            switch c {
            case "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}", "\u{2015}", "\u{2212}": "-"
            default: c
            }
        })
    }

    /// "; its first 9 characters occur in the source, then it has '"'
    /// (U+0022) where the source has '“' (U+201C) at seed.txt:1:20; the
    /// difference is only the kind of quotation marks".
    func explanation(file: String, original: String) -> String {
        guard let quoteCharacter else { return "" }
        let character = "'\(Self.shown(quoteCharacter))' (\(Self.codes(quoteCharacter)))"
        var out = matched == 0
            ? "; its first character \(character) starts no passage of the source"
            : matched == 1
                ? "; its first character occurs in the source, then it has \(character)"
                : "; its first \(matched) characters occur in the source, then it has \(character)"
        if matched > 0, let sourceOffset {
            if let (line, column, character) = Self.location(ofNormalisedOffset: sourceOffset, in: original) {
                out += " where the source has '\(Self.shown(character))' (\(Self.codes(character))) at \(file):\(line):\(column)"
            } else {
                out += " where the source ends"
            }
        }
        if let onlyDifference { out += "; the difference is only \(onlyDifference)" }
        return out
    }

    var hint: String {
        onlyDifference != nil
            ? "copy the words exactly as the source writes them, with its own punctuation"
            : "copy the words exactly as the source writes them"
    }

    /// The line, column and character of `original` that character
    /// `offset` of its white-space-normalised form comes from; nil past
    /// the end.
    static func location(ofNormalisedOffset offset: Int, in original: String) -> (Int, Int, Character)? {
        var line = 1, column = 1, produced = 0
        var pendingSpace = false, started = false
        for c in original {
            if c.isWhitespace {
                if started { pendingSpace = true }
            } else {
                if pendingSpace {
                    if produced == offset { return (line, column, c) }  // the space itself differs
                    produced += 1
                    pendingSpace = false
                }
                if produced == offset { return (line, column, c) }
                produced += 1
                started = true
            }
            if c == "\n" || c == "\r\n" { line += 1; column = 1 } else { column += 1 }
        }
        return nil
    }

    static func shown(_ c: Character) -> String { c == " " ? " " : String(c) }

    static func codes(_ c: Character) -> String {
        c.unicodeScalars.map { String(format: "U+%04X", $0.value) }.joined(separator: " ")
    }
}
