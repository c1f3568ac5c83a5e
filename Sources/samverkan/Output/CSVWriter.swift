import Foundation
import PartnerRegistry

/// Writes RFC 4180 CSV: a header row, then one row per record; fields
/// with commas, quotes or line breaks are quoted, quotes doubled.
///
/// CSV for a file or a pipe is exact; CSV for a terminal (`neutralise`,
/// by default when standard output is one) shows control and bidi
/// characters as `<U+XXXX>`, as tables do.
struct CSVWriter {
    private(set) var text = ""
    let neutralise: Bool
    /// The date the rows describe, written as a last `as_of` column on
    /// every row (`now`, `2010`, `all-time`), so that each row says it.
    private(set) var asOf: AsOf?

    init(header: [String], asOf: AsOf? = nil, neutralise: Bool = Terminal.stdoutIsTerminal) {
        self.neutralise = neutralise
        append(header + (asOf == nil ? [] : ["as_of"]))
        self.asOf = asOf
    }

    mutating func append(_ fields: [String]) {
        let dated = asOf.map { fields + [$0 == .allTime ? "all-time" : $0.description] } ?? fields
        let fields = neutralise ? dated.map(TerminalText.neutralised) : dated
        text += fields.map(CSVWriter.escape).joined(separator: ",") + "\n"
    }

    static func escape(_ field: String) -> String {
        if field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
            return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return field
    }
}
